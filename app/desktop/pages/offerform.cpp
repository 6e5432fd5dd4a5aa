#include "desktop/pages/offerform.h"

#include <QDir>
#include <QFile>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

QString OfferForm::html(const model::Offer &offer)
{
    const QUrl target(offer.url, QUrl::StrictMode);
    if (!target.isValid() || (target.scheme() != u"https"_s && target.scheme() != u"http"_s))
        return {};
    QString fields;
    for (const auto &[name, value] : offer.post) {
        fields += u"<input type=\"hidden\" name=\""_s + name.toHtmlEscaped() + u"\" value=\""_s +
                  value.toHtmlEscaped() + u"\">\n"_s;
    }
    const QString title = offer.name.toHtmlEscaped();
    return u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"_s
           u"<meta name=\"referrer\" content=\"no-referrer\"><title>"_s +
           title + u"</title></head>\n<body onload=\"document.forms[0].submit()\">\n"_s +
           u"<form method=\"post\" accept-charset=\"utf-8\" action=\""_s +
           target.toString(QUrl::FullyEncoded).toHtmlEscaped() + u"\">\n"_s + fields +
           u"<button type=\"submit\">"_s + tr("Continue to %1").toHtmlEscaped().arg(title) +
           u"</button>\n</form>\n</body></html>\n"_s;
}

QString OfferForm::write(const model::Offer &offer)
{
    const QString page = html(offer);
    if (page.isEmpty())
        return {};
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(u"integreat-offer-XXXXXX"_s));
        if (!m_dir->isValid()) {
            m_dir.reset();
            return {};
        }
    }
    QFile file(QDir(m_dir->path()).filePath(u"offer-%1.html"_s.arg(++m_written)));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = page.toUtf8();
    if (file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

} // namespace integreat::desktop
