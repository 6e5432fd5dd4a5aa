#include "desktop/counsel/itemlink.h"

#include "desktop/print/handout.h"

using namespace Qt::StringLiterals;

namespace integreat::desktop {

QUrl ItemLink::webUrl(const Location &location)
{
    if (!location.isValid() || !location.isItem() || location.path.isEmpty())
        return {};
    if (location.kind ==
        Location::Kind::NewsItem) // the web app's route: /{region}/{language}/news/{id}
        return print::Handout::webUrl(
            u"/%1/%2/news/%3"_s.arg(location.region, location.language, location.path));
    return print::Handout::webUrl(location.path);
}

} // namespace integreat::desktop
