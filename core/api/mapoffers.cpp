// Offers embedded in pages (`embedded_offers`): api.md §3.8.
#include "core/api/mapcommon.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace integreat::api::detail {

namespace {

// Offers leave the app for a browser: only http(s) URLs are kept.
QString webUrl(const QString &text, const QString &what, json::ItemIssues &issues)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https"_s && scheme != u"http"_s)) {
        issues.note(u"embedded offer: %1 is not a web address, left out"_s.arg(what));
        return {};
    }
    return trimmed;
}

std::optional<model::Offer> readOffer(const QJsonValue &value, qsizetype index,
                                      json::ItemIssues &issues)
{
    const QString where = u"embedded offer %1"_s.arg(index);
    if (!value.isObject()) {
        issues.note(where + u" left out: it is "_s + json::typeName(value));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    model::Offer offer;
    offer.name = json::string(object, "name"_L1).trimmed();
    offer.alias = json::string(object, "alias"_L1).trimmed();
    offer.url = webUrl(json::string(object, "url"_L1), where + u" url"_s, issues);
    offer.thumbnail = webUrl(json::string(object, "thumbnail"_L1), where + u" thumbnail"_s, issues);
    const QJsonValue post = object.value("post"_L1);
    if (post.isObject()) {
        const QJsonObject fields = post.toObject();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            const QString fieldValue = json::string(it.value());
            if (fieldValue.isEmpty() && !it.value().isString())
                issues.note(where + u": post field '%1' is %2, left out"_s.arg(
                                        it.key(), json::typeName(it.value())));
            else
                offer.post.append({it.key(), fieldValue});
        }
    } else if (!post.isNull() && !post.isUndefined()) {
        issues.note(where + u": post is "_s + json::typeName(post) + u", ignored"_s);
    }
    if (offer.isZammadForm()) {
        if (webUrl(offer.zammadUrl(), where + u" zammad-url"_s, issues).isEmpty())
            offer.post.clear();
    }
    if (offer.name.isEmpty()) {
        issues.note(where + u" left out: it has no name"_s);
        return std::nullopt;
    }
    if (offer.url.isEmpty() && !offer.isZammadForm()) {
        issues.note(where + u" left out: it leads nowhere (no url)"_s);
        return std::nullopt;
    }
    return offer;
}

} // namespace

QList<model::Offer> readOffers(const QJsonValue &value, json::ItemIssues &issues)
{
    QList<model::Offer> offers;
    if (value.isNull() || value.isUndefined())
        return offers;
    if (!value.isArray()) {
        issues.note(u"embedded_offers is "_s + json::typeName(value) + u", not a list"_s);
        return offers;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (auto offer = readOffer(array.at(i), i, issues))
            offers.append(std::move(*offer));
    }
    return offers;
}

} // namespace integreat::api::detail
