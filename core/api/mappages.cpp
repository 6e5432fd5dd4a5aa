// Pages (`pages/`, `children/`, `parents/`, `page/`) and the imprint: api.md §3.3, §3.7.
#include "core/api/mapcommon.h"
#include "core/api/mappers.h"

using namespace Qt::StringLiterals;

namespace integreat::api {

namespace {

model::Page mapPage(const QJsonObject &object, json::ItemIssues &issues)
{
    model::Page page;
    detail::readContentBase(object, page, issues);
    if (issues.skipped())
        return page;
    // Root pages: {"id": 0, "url": null, "path": null}; the imprint: null.
    const QJsonValue parent = object.value("parent"_L1);
    if (parent.isObject()) {
        const QJsonObject parentObject = parent.toObject();
        page.parentPath = json::decodePath(json::string(parentObject, "path"_L1));
        if (page.parentPath.isEmpty())
            page.parentPath = json::pathOfUrl(json::string(parentObject, "url"_L1));
    } else if (parent.isString()) {
        page.parentPath = json::pathOfUrl(parent.toString());
    }
    page.order = json::integer(object, "order"_L1, 0);
    page.organization = detail::readOrganization(object.value("organization"_L1));
    page.offers = detail::readOffers(object.value("embedded_offers"_L1), issues);
    return page;
}

} // namespace

MapResult<model::Page> mapPages(const QJsonDocument &doc)
{
    return json::mapItems<model::Page>(doc, "pages"_L1, json::Shape::ListOrObject, mapPage);
}

MapResult<model::Page> mapImprint(const QJsonDocument &doc)
{
    // One object, or `[]` with HTTP 200 when the region has none.
    return json::mapItems<model::Page>(doc, "imprint"_L1, json::Shape::ListOrObject, mapPage);
}

} // namespace integreat::api
