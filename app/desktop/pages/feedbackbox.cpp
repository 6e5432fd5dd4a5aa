#include "desktop/pages/feedbackbox.h"

#include "desktop/accessibility/liveregion.h"
#include "desktop/common/icons.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

using Rating = model::Feedback::Rating;
using State = feedback::FeedbackOutbox::State;

namespace {
constexpr int MaxComment = 1000;
}

FeedbackBox::FeedbackBox(QWidget *parent)
    : QFrame(parent)
    , m_question(new QLabel(this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
    , m_comment(new QLineEdit(this))
    , m_send(new QPushButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"FeedbackBox"_s);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 6, 24, 6);
    auto *row = new QHBoxLayout;
    m_question->setObjectName(u"FeedbackQuestion"_s);
    m_question->setWordWrap(true);
    row->addWidget(m_question, 1);
    // The state takes the question's place: two rows at most, also at 200 % text on 800×600.
    m_status->setObjectName(u"FeedbackStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    a11y::LiveRegion::install(m_status); // "Sent", "will be sent when online" are announced
    row->addWidget(m_status, 1);
    for (QPushButton *thumb : {m_up, m_down}) {
        thumb->setCheckable(true);
        thumb->setAutoDefault(false);
        row->addWidget(thumb);
    }
    m_up->setObjectName(u"FeedbackUp"_s);
    m_down->setObjectName(u"FeedbackDown"_s);
    layout->addLayout(row);
    auto *commentRow = new QHBoxLayout;
    m_comment->setObjectName(u"FeedbackComment"_s);
    m_comment->setMaxLength(MaxComment);
    m_comment->setClearButtonEnabled(true);
    commentRow->addWidget(m_comment, 1);
    m_send->setObjectName(u"FeedbackSend"_s);
    commentRow->addWidget(m_send);
    layout->addLayout(commentRow);
    m_question->setBuddy(m_up);

    // UI chrome in the UI's direction, also under a page that runs the other way (an Arabic
    // UI under a German page): the page's direction stops here.
    setLayoutDirection(QGuiApplication::layoutDirection());
    connect(qGuiApp, &QGuiApplication::layoutDirectionChanged, this,
            [this](Qt::LayoutDirection direction) { setLayoutDirection(direction); });

    connect(m_up, &QPushButton::clicked, this, [this] { choose(Rating::Up); });
    connect(m_down, &QPushButton::clicked, this, [this] { choose(Rating::Down); });
    connect(m_send, &QPushButton::clicked, this, &FeedbackBox::send);
    connect(m_comment, &QLineEdit::returnPressed, this, &FeedbackBox::send);
    retranslate();
    reset();
    updateVisibility();
}

QString FeedbackBox::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void FeedbackBox::retranslate()
{
    m_question->setText(tr("Was this page helpful?"));
    m_up->setText(tr("Yes"));
    m_up->setAccessibleName(tr("Yes, this was helpful"));
    m_up->setToolTip(m_up->accessibleName());
    m_down->setText(tr("No"));
    m_down->setAccessibleName(tr("No, this was not helpful"));
    m_down->setToolTip(m_down->accessibleName());
    m_comment->setPlaceholderText(tr("What could be better? (optional, no personal data)"));
    m_comment->setAccessibleName(tr("Comment on this page"));
    m_send->setText(tr("Send feedback"));
    updateIcons();
}

void FeedbackBox::updateIcons()
{
    const int size = fontMetrics().height();
    for (QPushButton *thumb : {m_up, m_down})
        thumb->setIconSize(QSize(size, size));
    m_up->setIcon(Icons::icon(u"thumb-up"_s));
    m_down->setIcon(Icons::icon(u"thumb-down"_s));
}

void FeedbackBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange ||
             event->type() == QEvent::FontChange)
        updateIcons();
    QFrame::changeEvent(event);
}

void FeedbackBox::setOutbox(feedback::FeedbackOutbox *outbox)
{
    if (m_outbox)
        m_outbox->disconnect(this);
    m_outbox = outbox;
    if (m_outbox)
        connect(m_outbox, &feedback::FeedbackOutbox::stateChanged, this,
                &FeedbackBox::onStateChanged);
    updateVisibility();
}

void FeedbackBox::setTarget(const model::Feedback &target)
{
    const bool same = target.key == m_target.key && target.kind == m_target.kind &&
                      target.slug == m_target.slug && !m_target.slug.isEmpty();
    m_target = target;
    m_target.rating = Rating::None;
    m_target.comment.clear();
    if (!same)
        reset();
    updateVisibility();
}

void FeedbackBox::clearTarget()
{
    m_target = {};
    reset();
    updateVisibility();
}

void FeedbackBox::reset()
{
    m_rating = Rating::None;
    m_ticket = 0;
    m_up->setChecked(false);
    m_down->setChecked(false);
    m_up->setEnabled(true);
    m_down->setEnabled(true);
    m_comment->clear();
    m_comment->hide();
    m_send->hide();
    showStatus(QString());
}

void FeedbackBox::showStatus(const QString &text)
{
    m_status->setText(text);
    if (!text.isEmpty())
        a11y::LiveRegion::announce(m_status, text);
    m_status->setVisible(!text.isEmpty());
    m_question->setVisible(text.isEmpty());
}

void FeedbackBox::updateVisibility()
{
    setVisible(m_outbox && m_target.key.isValid());
}

void FeedbackBox::choose(Rating rating)
{
    m_rating = rating;
    m_up->setChecked(rating == Rating::Up);
    m_down->setChecked(rating == Rating::Down);
    m_comment->show();
    m_send->show();
    showStatus(tr("Thank you. You may add a comment."));
    m_comment->setFocus(Qt::OtherFocusReason);
}

void FeedbackBox::send()
{
    if (!m_outbox || !m_target.key.isValid())
        return;
    model::Feedback given = m_target;
    given.rating = m_rating;
    given.comment = m_comment->text().trimmed();
    if (!given.isComplete()) {
        showStatus(tr("Please choose “Yes” or “No”, or write a comment."));
        return;
    }
    // The keyboard stays in the box (the state is selectable text), not at the window's top.
    const bool hadFocus = m_comment->hasFocus() || m_send->hasFocus();
    if (hadFocus)
        m_status->setFocus(Qt::OtherFocusReason);
    m_up->setEnabled(false);
    m_down->setEnabled(false);
    m_comment->hide();
    m_send->hide();
    m_ticket = m_outbox->submit(given);
}

void FeedbackBox::onStateChanged(int ticket, State state, const QString &text)
{
    if (ticket == 0 || ticket != m_ticket)
        return;
    showStatus(text);
    if (state == State::Failed) {
        // Let the visitor try again (their comment was kept in the field).
        m_up->setEnabled(true);
        m_down->setEnabled(true);
        m_comment->show();
        m_send->show();
    }
}

} // namespace integreat::desktop
