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
#include <QVBoxLayout>
#include <algorithm>

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
    connect(&m_session, &chat::ChatSession::changed, this, &ChatView::update);
    update();
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

QString ChatView::messagesHtml() const
{
    const Theme &theme = Theme::current();
    content::SanitizeOptions options;
    options.server = m_server;
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
        // The writer's own messages at the end of the line, the answers at its start: mirrored
        // in a right-to-left chat. The time stays left-to-right after the name in either.
        const QString align = message.userIsAuthor != m_rightToLeft ? u"right"_s : u"left"_s;
        QString meta = u"<b>"_s + who.toHtmlEscaped() + u"</b>"_s;
        if (message.createdAt.isValid())
            meta += u" · "_s +
                    content::bidi::isolated(DateText::dateTime(message.createdAt)).toHtmlEscaped();
        // A right-to-left message keeps its numbers left to right (a phone number in a Farsi
        // answer in a German chat), whatever the chat's language.
        options.rightToLeft =
            QTextDocumentFragment::fromHtml(message.content).toPlainText().isRightToLeft();
        html +=
            u"<table width=\"100%\" cellpadding=\"8\"><tr><td align=\""_s + align +
            u"\" style=\"border: 1px solid %1;\"><p class=\"meta\">"_s.arg(theme.border.name()) +
            meta + u"</p>"_s + content::sanitize(message.content, options).html +
            u"</td></tr></table>"_s;
    }
    if (!m_session.pendingMessage().isEmpty()) {
        html += u"<p align=\""_s + (m_rightToLeft ? u"left"_s : u"right"_s) + u"\"><i>"_s +
                m_session.pendingMessage().toHtmlEscaped() + u"</i><br><span class=\"meta\">"_s +
                (m_session.state() == chat::ChatSession::State::Sending ? tr("Sending…")
                                                                        : tr("Not sent yet"))
                    .toHtmlEscaped() +
                u"</span></p>"_s;
    }
    if (m_session.thread().chatbotTyping)
        html += u"<p class=\"meta\">"_s + tr("Integreat is writing an answer…").toHtmlEscaped() +
                u"</p>"_s;
    return html + u"</body></html>"_s;
}

void ChatView::update()
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
    m_html = messagesHtml();
    m_transcript->showDocument(m_html, {}, m_rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    applyParagraphDirections();
}

void ChatView::applyParagraphDirections()
{
    const Qt::LayoutDirection chat = m_rightToLeft ? Qt::RightToLeft : Qt::LeftToRight;
    QTextDocument *document = m_transcript->document();
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        // The first letter with a strong direction decides (numbers and marks do not).
        const auto strong = std::find_if(text.cbegin(), text.cend(), [](QChar c) {
            const QChar::Direction d = c.direction();
            return d == QChar::DirL || d == QChar::DirR || d == QChar::DirAL;
        });
        if (strong == text.cend())
            continue;
        const Qt::LayoutDirection own =
            strong->direction() == QChar::DirL ? Qt::LeftToRight : Qt::RightToLeft;
        if (own == chat)
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setLayoutDirection(own);
        format.setAlignment((own == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft) |
                            Qt::AlignAbsolute);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
    cursor.endEditBlock();
}

} // namespace integreat::desktop
