#include "desktop/pages/linkrouter.h"

#include "core/content/resourcename.h"
#include "core/store/store.h"
#include "desktop/common/storeguard.h"
#include "desktop/pages/contactformdialog.h"
#include "desktop/pages/pagehtml.h"
#include "desktop/presentation/languages.h"
#include "desktop/presentation/pagelookup.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

LinkRouter::LinkRouter(const store::Store &store, const QUrl &server, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_store(store)
    , m_server(server)
    , m_dialogParent(dialogParent)
    , m_confirm([this](ExternalLinkDialog::Kind kind, const QUrl &url) {
        return ExternalLinkDialog::confirm(kind, url, m_dialogParent);
    })
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_contactForm(
          [this](const model::Offer &offer, const Location &from) { openContactForm(offer, from); })
{
}

void LinkRouter::activate(const QUrl &url, const Location &from)
{
    if (url.scheme() == QString::fromUtf16(PageHtml::NavScheme)) {
        const QString path = url.path();
        if (PageLookup::isDashboardPath(from.region, from.language, path))
            emit navigate(Location::dashboard(from.region, from.language));
        else
            emit navigate(Location::page(from.region, from.language, path));
        return;
    }
    if (url.isRelative() && url.path().isEmpty() && url.hasFragment())
        return; // an anchor inside the page: nothing to leave for

    const content::LinkTarget target = content::classifyLink(url, m_server);
    switch (target.kind) {
    case content::LinkKind::Internal:
        // Is the target saved? A StoreError here is a notice, not an exception in the slot.
        StoreGuard::run([&] { openInternal(content::withLanguage(target, from.language), from); },
                        [this](const QString &text) { emit notice(text, {}); });
        return;
    case content::LinkKind::Telephone:
        confirmAndOpen(ExternalLinkDialog::Kind::Telephone, target.url);
        return;
    case content::LinkKind::Email:
        confirmAndOpen(ExternalLinkDialog::Kind::Email, target.url);
        return;
    case content::LinkKind::External:
        confirmAndOpen(ExternalLinkDialog::Kind::Web, target.url);
        return;
    case content::LinkKind::Pdf:
    case content::LinkKind::Image:
        openResource(target);
        return;
    case content::LinkKind::Forbidden:
        break;
    }
    emit notice(tr("This link cannot be opened: it could harm your computer or your data."), {});
}

void LinkRouter::openInternal(const content::LinkTarget &target, const Location &from)
{
    const PageLookup lookup(m_store);
    if (const auto location = lookup.resolve(target, from)) {
        emit navigate(*location);
        return;
    }
    const QString region = target.region.isEmpty() ? from.region : target.region;
    const QString language = target.language.isEmpty() ? from.language : target.language;
    const QString &route = target.route;
    const QUrl online = target.url;

    if (route == u"landing"_s) {
        emit notice(tr("This link leads to the list of towns. To read about another town, use "
                       "“Change” next to the town's name."),
                    {});
        return;
    }
    if (route == u"offers"_s) {
        emit notice(tr("This link leads to a part of Integreat that this app does not show yet."),
                    {openOnlineAction(online)});
        return;
    }
    const auto storedRegion = m_store.region(region);
    const QString regionName = storedRegion ? storedRegion->name : region;
    const ContentLanguage lang = ContentLanguage::of(storedRegion, language);
    if (!lookup.isStored(region, language)) {
        // Say which town and language the link needs, and offer to download them.
        QList<NoticeBar::Action> actions{
            {tr("Download %1").arg(lang.nativeName), [this, region, language] {
                 emit downloadRequested(region, language);
             }}};
        actions.append(openOnlineAction(online));
        emit notice(lookup.storedLanguages(region).isEmpty()
                        ? tr("This link leads to “%1” in %2, which is not saved on this "
                             "computer.")
                              .arg(regionName, lang.nativeName)
                        : tr("This page is in %1, which is not saved on this computer yet.")
                              .arg(lang.nativeName),
                    actions);
        return;
    }
    if (route == u"chat"_s) { // a saved town without the chat: nothing to open online either
        emit notice(tr("The chat is not available in this town."), {});
        return;
    }
    emit notice(missingText(route), {openOnlineAction(online)});
}

QString LinkRouter::missingText(const QString &route)
{
    if (route == u"event"_s)
        return tr("The linked event is not on this computer. It may be over or removed, or it "
                  "is newer than the last update.");
    if (route == u"place"_s)
        return tr("The linked place is not on this computer. It may have been removed, or it "
                  "is newer than the last update.");
    if (route == u"news-item"_s)
        return tr("The linked news item is not on this computer. It may have been removed, or "
                  "it is newer than the last update.");
    return tr("The linked page is not on this computer. It may have been moved or "
              "removed, or it is newer than the last update.");
}

void LinkRouter::openResource(const content::LinkTarget &target)
{
    if (!m_resourceDir.isEmpty()) {
        const QString file = QDir(m_resourceDir).filePath(content::resourceFileName(target.url));
        if (QFileInfo(file).isFile()) {
            if (!m_opener(QUrl::fromLocalFile(file)))
                emit notice(tr("No program on this computer can open this document."), {});
            return;
        }
    }
    const QString scheme = target.url.scheme();
    if (scheme != u"http"_s && scheme != u"https"_s) {
        emit notice(tr("This document is not saved on this computer."), {});
        return;
    }
    confirmAndOpen(ExternalLinkDialog::Kind::OnlineDocument, target.url);
}

void LinkRouter::confirmAndOpen(ExternalLinkDialog::Kind kind, const QUrl &url)
{
    if (!m_confirm(kind, url))
        return;
    if (!m_opener(url))
        emit notice(tr("No program on this computer can open this link."), {});
}

void LinkRouter::openOffer(const model::Offer &offer, const Location &from)
{
    if (offer.isZammadForm()) {
        m_contactForm(offer, from);
        return;
    }
    if (!offer.isPostForm()) {
        activate(QUrl(offer.url), from);
        return;
    }
    if (!m_confirm(ExternalLinkDialog::Kind::Web, QUrl(offer.url)))
        return;
    const QString file = m_offerForms.write(offer);
    if (file.isEmpty()) {
        emit notice(tr("This offer cannot be opened: its form could not be prepared."), {});
        return;
    }
    if (!m_opener(QUrl::fromLocalFile(file)))
        emit notice(tr("No program on this computer can open this link."), {});
}

void LinkRouter::openContactForm(const model::Offer &offer, const Location &from)
{
    if (!m_contactManager)
        m_contactManager = new QNetworkAccessManager(this);
    // The ticket's subject names the page and the town, as the official apps do.
    QString page = offer.name;
    if (from.kind == Location::Kind::Page) {
        if (const auto shown = m_store.page(from.region, from.language, from.path))
            page = shown->title;
    }
    auto *dialog = new ContactFormDialog(*m_contactManager, offer, page + u" - "_s + from.region,
                                         from.webUrl().toString(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    emit contactFormOpened(dialog);
    dialog->show();
}

NoticeBar::Action LinkRouter::openOnlineAction(const QUrl &url)
{
    return {tr("Open online"), [this, url] {
                confirmAndOpen(ExternalLinkDialog::Kind::Web, url);
            }};
}

} // namespace integreat::desktop
