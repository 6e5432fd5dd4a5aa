#include "desktop/mainwindow/chatsection.h"

#include "core/chat/chatclient.h"
#include "core/chat/chatdeviceids.h"
#include "core/chat/chatsession.h"
#include "core/content/bidi.h"
#include "core/store/store.h"
#include "desktop/chat/chatview.h"
#include "desktop/pages/linkrouter.h"
#include "desktop/pages/noticebar.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

ChatSection::ChatSection(const store::Store &store, const QUrl &server, const QString &settingsFile,
                         QObject *parent)
    : Section(parent)
    , m_store(store)
    , m_settingsFile(settingsFile)
    , m_manager(std::make_unique<QNetworkAccessManager>())
    , m_client(std::make_unique<chat::ChatClient>(*m_manager, server))
    , m_session(std::make_unique<chat::ChatSession>(*m_client))
    , m_ids(std::make_unique<chat::ChatDeviceIds>(settingsFile))
    , m_check(std::make_unique<chat::ChatEnabledCheck>(*m_manager, server))
    , m_view(new ChatView(*m_session))
    , m_router(new LinkRouter(store, server, m_view))
{
    m_view->setServer(server);
    connect(m_view, &ChatView::visibilityChanged, this, [this](bool visible) {
        m_visible = visible;
        updateActive();
    });
    connect(m_view, &ChatView::privacyAcceptedByUser, this, [this] {
        m_ids->acceptPrivacy(m_route.region);
        refresh();
    });
    connect(m_view, &ChatView::newChatRequested, this, [this] {
        m_ids->renew(m_route.region);
        refresh();
    });
    connect(m_check.get(), &chat::ChatEnabledCheck::finished, this, &ChatSection::onChecked);
    connect(m_view, &ChatView::linkActivated, this,
            [this](const QUrl &url) { m_router->activate(url, m_route); });
    connect(m_router, &LinkRouter::navigate, this, &Section::linkNavigate);
    connect(m_router, &LinkRouter::notice, this, &ChatSection::showNotice);
    connect(m_router, &LinkRouter::downloadRequested, this, &Section::downloadRequested);
}

ChatSection::~ChatSection()
{
    m_check->cancel();
    m_session->setActive(false);
    delete m_view.data(); // before the session it shows (unless the window deleted it first)
}

void ChatSection::setModePolicy(const ModePolicy &policy)
{
    m_policy = policy;
    makeDeviceIds();
    if (policy.mode() == ModePolicy::Mode::Kiosk)
        m_session->setAddress({});
}

void ChatSection::setSharedComputer(bool shared)
{
    if (shared == m_shared)
        return;
    m_shared = shared;
    makeDeviceIds();
    if (m_visible)
        refresh();
}

void ChatSection::forgetClient()
{
    if (m_ids->isPersistent())
        return;
    m_session->setAddress({});
    makeDeviceIds();
    if (m_visible)
        refresh();
}

void ChatSection::makeDeviceIds()
{
    const bool persistent = m_policy.mayWriteSettings() && !m_shared;
    m_ids = std::make_unique<chat::ChatDeviceIds>(persistent ? m_settingsFile : QString());
}

ChatView *ChatSection::view() const
{
    return m_view.data();
}

QString ChatSection::id() const
{
    return u"chat"_s;
}

QString ChatSection::title() const
{
    return tr("Ask Integreat");
}

QWidget *ChatSection::widget() const
{
    return m_view.data();
}

bool ChatSection::isEnabledFor(const std::optional<model::Region> &region) const
{
    return region && region->chatEnabled && m_policy.mode() != ModePolicy::Mode::Kiosk;
}

QString ChatSection::unavailableText(const std::optional<model::Region> &region) const
{
    if (m_policy.mode() == ModePolicy::Mode::Kiosk)
        return tr("The chat is not offered on this public computer.");
    return isEnabledFor(region) ? QString() : tr("The chat is not available in this town.");
}

Location ChatSection::startRoute(const QString &region, const QString &language) const
{
    return Location::chat(region, language);
}

bool ChatSection::open(const Location &route)
{
    m_route = Location::chat(route.region, route.language);
    refresh();
    return true;
}

void ChatSection::refresh()
{
    const auto region = m_store.region(m_route.region);
    if (!isEnabledFor(region)) {
        showUnavailable(tr("The chat is not available in this town."));
        return;
    }
    const QString deviceId = m_ids->idFor(m_route.region);
    const auto answer = m_deviceAnswers.constFind(m_route.region + u'/' + deviceId);
    if (answer != m_deviceAnswers.constEnd() &&
        *answer == chat::ChatEnabledCheck::Answer::Disabled) {
        showUnavailable(tr("The chat of this town is not available on this computer yet."));
        return;
    }
    m_view->noticeBar()->clearNotice();
    m_view->setAvailable(true);
    m_view->setContentRightToLeft(content::bidi::isRightToLeftLanguage(m_route.language));
    m_view->setPrivacy(m_ids->privacyAccepted(m_route.region), region->chatPrivacyUrl);
    if (answer == m_deviceAnswers.constEnd()) {
        // Ask the server about this device first; no chat request before it answered.
        m_session->setAddress({});
        if (!m_check->isChecking(m_route.region, deviceId))
            m_check->check(m_route.region, deviceId);
    } else {
        m_session->setAddress({m_route.region, m_route.language, deviceId});
    }
    updateActive();
}

void ChatSection::onChecked(const QString &region, const QString &deviceId,
                            chat::ChatEnabledCheck::Answer answer)
{
    m_deviceAnswers.insert(region + u'/' + deviceId, answer);
    if (region == m_route.region && deviceId == m_ids->idFor(region))
        refresh();
}

void ChatSection::showUnavailable(const QString &text)
{
    m_check->cancel();
    m_session->setAddress({});
    m_view->setPrivacy(false, {});
    m_view->setAvailable(false);
    showNotice(text, {});
    updateActive();
}

QStringList ChatSection::titleParts() const
{
    return {title()};
}

void ChatSection::showNotice(const QString &text, const QList<NoticeBar::Action> &actions)
{
    m_view->noticeBar()->showNotice(text, actions);
}

void ChatSection::updateActive()
{
    // Only while the panel is on screen, and never before the privacy notice is accepted.
    m_session->setActive(m_visible && m_view->privacyAccepted() && m_session->address().isValid());
}

} // namespace integreat::desktop
