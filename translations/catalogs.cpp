#include "translations/catalogs.h"

using namespace Qt::StringLiterals;

namespace integreat::i18n {

QString catalogDir()
{
    return u":/i18n"_s;
}

QString catalogPath(const QString &language)
{
    return catalogDir() + u"/integreat-desktop_"_s + language + u".qm"_s;
}

} // namespace integreat::i18n
