#pragma once

#include "core/content/linkclassifier.h"
#include "desktop/pages/externallinkdialog.h"
#include "desktop/pages/noticebar.h"
#include "desktop/pages/offerform.h"
#include "desktop/presentation/location.h"

#include <QObject>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

/// Decides what a link in content does (content::classifyLink): Integreat pages, events,
/// places and news open in the app (in another stored region or language too; what is not
/// saved names its town and language and offers to download them), tel:, mailto: and
/// websites open through the desktop after showing where they lead, PDFs and images open from
/// the local store, file:/javascript: and the like never open. Whatever cannot be done is said
/// in a notice.
class ContactFormDialog;

class LinkRouter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkRouter)

public:
    /// Asks the user before a link leaves the app; true = open it.
    using Confirm = std::function<bool(ExternalLinkDialog::Kind, const QUrl &)>;
    /// Hands a URL to the desktop (browser, phone, mail or PDF viewer); false if it failed.
    using Opener = std::function<bool(const QUrl &)>;
    /// Opens the town's contact form (a Zammad offer) shown at a location.
    using ContactFormOpener = std::function<void(const model::Offer &, const Location &)>;

    LinkRouter(const store::Store &store, const QUrl &server, QWidget *dialogParent);

    void setResourceDir(const QString &dir) { m_resourceDir = dir; }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setOpener(Opener opener) { m_opener = std::move(opener); }
    /// Replaces the native contact form (kiosk mode shows a QR code of the page instead).
    void setContactFormOpener(ContactFormOpener opener) { m_contactForm = std::move(opener); }

    /// Acts on `url`, activated in the content shown at `from`.
    void activate(const QUrl &url, const Location &from);
    /// Opens an embedded offer shown at `from`: a link like any website; an offer with `post`
    /// fields as a local page that posts them (OfferForm), after the same question; the Zammad
    /// contact form as a native form (ContactFormDialog).
    void openOffer(const model::Offer &offer, const Location &from);
    /// Where offer forms are written (empty before the first).
    QString offerFormDirectory() const { return m_offerForms.directory(); }

signals:
    void navigate(const integreat::desktop::Location &location);
    void notice(const QString &text, const QList<integreat::desktop::NoticeBar::Action> &actions);
    /// The user asked to download a language of a region (from a notice).
    void downloadRequested(const QString &region, const QString &language);
    /// A contact form window opened (it deletes itself when closed).
    void contactFormOpened(integreat::desktop::ContactFormDialog *dialog);

private:
    void openInternal(const content::LinkTarget &target, const Location &from);
    void openResource(const content::LinkTarget &target);
    /// "The linked page/event/place/news item is not on this computer …"
    static QString missingText(const QString &route);
    void confirmAndOpen(ExternalLinkDialog::Kind kind, const QUrl &url);
    NoticeBar::Action openOnlineAction(const QUrl &url);
    void openContactForm(const model::Offer &offer, const Location &from);

    const store::Store &m_store;
    QUrl m_server;
    QString m_resourceDir;
    QWidget *m_dialogParent;
    Confirm m_confirm;
    Opener m_opener;
    OfferForm m_offerForms;
    ContactFormOpener m_contactForm;
    QNetworkAccessManager *m_contactManager = nullptr; ///< made for the first contact form
};

} // namespace integreat::desktop
