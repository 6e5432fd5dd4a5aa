#include "desktop/chat/chatview.h"

#include "core/content/bidi.h"
#include "core/content/sanitizer.h"
#include "desktop/common/theme.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/noticebar.h"
#include "desktop/presentation/datetext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QVBoxLayout>
#include <optional>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

ChatView::ChatView(chat::ChatSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_privacy(new QWidget(this))
    , m_privacyText(new QLabel(m_privacy))
    , m_accept(new QPushButton(tr("Accept and start the chat"), m_privacy))
    , m_notice(new NoticeBar(this))
    , m_transcript(new ContentBrowser(this))
    , m_status(new QLabel(this))
    , m_input(new QLineEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_retry(new QPushButton(tr("Send again"), this))
    , m_newChat(new QPushButton(tr("New chat"), this))
{
    setObjectName(u"ChatView"_s);
    auto *privacyLayout = new QVBoxLayout(m_privacy);
    privacyLayout->setContentsMargins(12, 12, 12, 12);
    m_privacyText->setWordWrap(true);
    m_privacyText->setTextFormat(Qt::RichText);
    privacyLayout->addWidget(m_privacyText);
    privacyLayout->addWidget(m_accept, 0, Qt::AlignLeading);
    privacyLayout->addStretch();

    m_status->setWordWrap(true);
    m_status->setContentsMargins(12, 4, 12, 4);
    m_input->setPlaceholderText(tr("Write your question in any language"));
    m_input->setAccessibleName(tr("Your message"));
    m_transcript->setAccessibleName(tr("Conversation"));
    m_privacyText->setAccessibleName(tr("Privacy notice of the chat"));
    m_status->setAccessibleName(tr("State of the chat"));
    auto *inputRow = new QHBoxLayout;
    inputRow->setContentsMargins(12, 0, 12, 12);
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_send);
    inputRow->addWidget(m_retry);
    inputRow->addWidget(m_newChat);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notice);
    layout->addWidget(m_privacy, 1);
    layout->addWidget(m_transcript, 1);
    layout->addWidget(m_status);
    layout->addLayout(inputRow);

    connect(m_accept, &QPushButton::clicked, this, &ChatView::privacyAcceptedByUser);
    connect(m_newChat, &QPushButton::clicked, this, &ChatView::newChatRequested);
    connect(m_send, &QPushButton::clicked, this, &ChatView::submit);
    connect(m_input, &QLineEdit::returnPressed, this, &ChatView::submit);
    connect(m_retry, &QPushButton::clicked, &m_session, &chat::ChatSession::retry);
    connect(m_transcript, &ContentBrowser::linkActivated, this, &ChatView::linkActivated);
    connect(m_privacyText, &QLabel::linkActivated, this,
            [this](const QString &link) { emit linkActivated(QUrl(link)); });
    connect(&m_session, &chat::ChatSession::changed, this, [this] { render(false); });
    update();
}

void ChatView::setServer(const QUrl &server)
{
    if (server != m_server)
        m_rendered.clear(); // links are resolved against it
    m_server = server;
}

void ChatView::setPrivacy(bool accepted, const QString &url)
{
    m_accepted = accepted;
    QString text = tr("Your questions are answered by counselors of the town and by an assistant "
                      "that knows the town's information. What you write is sent to the town's "
                      "chat server and kept there.")
                       .toHtmlEscaped();
    const QUrl policy(url);
    if (policy.isValid() && (policy.scheme() == u"https"_s || policy.scheme() == u"http"_s))
        text += u" <a href=\""_s + policy.toString(QUrl::FullyEncoded).toHtmlEscaped() + u"\">"_s +
                tr("Read the privacy notice").toHtmlEscaped() + u"</a>"_s;
    m_privacyText->setText(text);
    update();
}

void ChatView::setAvailable(bool available)
{
    m_available = available;
    update();
}

void ChatView::setContentRightToLeft(bool rightToLeft)
{
    m_rightToLeft = rightToLeft;
    update();
}

void ChatView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    emit visibilityChanged(true);
}

void ChatView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    emit visibilityChanged(false);
}

void ChatView::submit()
{
    const QString text = m_input->text().trimmed();
    if (text.isEmpty() || !m_accepted)
        return;
    m_session.send(text);
    m_input->clear();
}

namespace {

/// The direction of the first letter with a strong one (numbers and marks have none).
std::optional<Qt::LayoutDirection> strongDirection(QStringView text)
{
    for (const QChar c : text) {
        const QChar::Direction d = c.direction();
        if (d == QChar::DirL)
            return Qt::LeftToRight;
        if (d == QChar::DirR || d == QChar::DirAL)
            return Qt::RightToLeft;
    }
    return std::nullopt;
}

/// One message (or the unsent one) as a box: its meta line first, then its text.
QString bubble(const QString &meta, const QString &body)
{
    return u"<table width=\"100%\" cellpadding=\"8\"><tr><td style=\"border: 1px solid %1;\">"
           u"<p class=\"meta\">"_s.arg(Theme::current().border.name()) +
           meta + u"</p>"_s + body + u"</td></tr></table>"_s;
}

} // namespace

const ChatView::Rendered &ChatView::rendered(const chat::ChatMessage &message) const
{
    // A message's text does not change under its id: its direction and sanitized HTML are worked
    // out once, not on every poll.
    const auto cached = m_rendered.constFind(message.id);
    if (cached != m_rendered.constEnd() && cached->content == message.content)
        return *cached;
    Rendered entry;
    entry.content = message.content;
    // A right-to-left message keeps its numbers left to right (a phone number in a Farsi
    // answer in a German chat), whatever the chat's language.
    entry.rightToLeft =
        QTextDocumentFragment::fromHtml(message.content).toPlainText().isRightToLeft();
    content::SanitizeOptions options;
    options.server = m_server;
    options.rightToLeft = entry.rightToLeft;
    entry.html = content::sanitize(message.content, options).html;
    return *m_rendered.insert(message.id, entry);
}

QString ChatView::messagesHtml() const
{
    QString html = u"<html><body>"_s;
    const auto &messages = m_session.thread().messages;
    if (messages.isEmpty() && m_session.pendingMessage().isEmpty())
        html +=
            u"<p class=\"meta\">"_s +
            tr("Ask a question about life in the town. The answer appears here.").toHtmlEscaped() +
            u"</p>"_s;
    for (const chat::ChatMessage &message : messages) {
        const QString who = message.userIsAuthor      ? tr("You")
                            : message.automaticAnswer ? tr("Automatic answer")
                                                      : tr("Counselor");
        QString meta = u"<b>"_s + who.toHtmlEscaped() + u"</b>"_s;
        // The date and time run in the direction of their first letter (an Arabic UI's day and
        // month names right to left, their numbers left to right) wherever the line stands.
        if (message.createdAt.isValid())
            meta += u" · "_s + content::bidi::isolated(DateText::dateTime(message.createdAt),
                                                       content::bidi::FirstStrongIsolate)
                                   .toHtmlEscaped();
        html += bubble(meta, rendered(message).html);
    }
    if (!m_session.pendingMessage().isEmpty()) {
        const QString state = m_session.state() == chat::ChatSession::State::Sending
                                  ? tr("Sending…")
                                  : tr("Not sent yet");
        html += bubble(state.toHtmlEscaped(),
                       u"<p><i>"_s + m_session.pendingMessage().toHtmlEscaped() + u"</i></p>"_s);
    }
    if (m_session.thread().chatbotTyping)
        html += u"<p class=\"meta\">"_s + tr("Integreat is writing an answer…").toHtmlEscaped() +
                u"</p>"_s;
    return html + u"</body></html>"_s;
}

void ChatView::update()
{
    render(true);
}

void ChatView::render(bool always)
{
    m_privacy->setVisible(m_available && !m_accepted);
    m_transcript->setVisible(m_available && m_accepted);
    m_input->setEnabled(m_available && m_accepted);
    const auto state = m_session.state();
    using State = chat::ChatSession::State;
    m_send->setEnabled(m_available && m_accepted && state != State::Sending &&
                       state != State::Unavailable);
    m_retry->setVisible(m_accepted && !m_session.pendingMessage().isEmpty() &&
                        state != State::Sending);
    m_newChat->setEnabled(m_accepted && !m_session.thread().messages.isEmpty());
    const QString status =
        state == State::Loading ? tr("Loading the chat…") : m_session.statusText();
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    if (!m_accepted)
        return;
    const QString html = messagesHtml();
    // A poll that brought nothing new leaves the transcript as it is (and where it is scrolled).
    if (!always && html == m_html)
        return;
    m_html = html;
    m_transcript->showDocument(m_html, {}, m_rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    applyDirections();
}

void ChatView::applyDirections()
{
    // The writer's own messages stand at the end of the line, the answers at its start: mirrored
    // in a right-to-left chat. Every line of a message, its meta line (in the UI's language)
    // included, stands on its message's side; each paragraph runs in the direction of its own
    // text (a Farsi answer in a German chat right to left, on the answers' side).
    const Qt::LayoutDirection chat = m_rightToLeft ? Qt::RightToLeft : Qt::LeftToRight;
    const Qt::Alignment start =
        (m_rightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute;
    const Qt::Alignment end = (m_rightToLeft ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignAbsolute;
    QList<bool> own; // per box, in order: the messages, then the unsent one
    for (const chat::ChatMessage &message : m_session.thread().messages)
        own.append(message.userIsAuthor);
    if (!m_session.pendingMessage().isEmpty())
        own.append(true);

    QTextDocument *document = m_transcript->document();
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    const QList<QTextFrame *> boxes = document->rootFrame()->childFrames();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        // The box (message) the block is in: its side; outside one (the hint, "writing…") the
        // answers' side.
        QTextFrame *frame = QTextCursor(block).currentFrame();
        while (frame && frame->parentFrame() && frame->parentFrame() != document->rootFrame())
            frame = frame->parentFrame();
        const qsizetype index = frame == document->rootFrame() ? -1 : boxes.indexOf(frame);
        const Qt::Alignment alignment = index >= 0 && own.value(index) ? end : start;
        const Qt::LayoutDirection direction = strongDirection(block.text()).value_or(chat);
        QTextBlockFormat format = block.blockFormat();
        if (format.layoutDirection() == direction && format.alignment() == alignment)
            continue;
        format.setLayoutDirection(direction);
        format.setAlignment(alignment);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
    cursor.endEditBlock();
}

} // namespace integreat::desktop
