#pragma once

#include "core/feedback/feedbackoutbox.h"
#include "core/model/feedback.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace integreat::desktop {

/// "Was this page helpful?" under a page, event or place: a thumb up or down, then an optional
/// comment and Send. The feedback goes to a feedback::FeedbackOutbox (sent at once, or queued
/// while offline); the box says in words what became of it. One widget, reused by every
/// section; hidden without an outbox (kiosk mode) or an item to rate. It is UI chrome: it keeps
/// the UI's direction whatever the direction of the page above it.
class FeedbackBox final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackBox)

public:
    explicit FeedbackBox(QWidget *parent = nullptr);

    /// Null: the box stays hidden (kiosk mode has no feedback).
    void setOutbox(feedback::FeedbackOutbox *outbox);
    /// The item the feedback is about (its rating and comment are ignored); starts afresh
    /// unless it is the item shown already.
    void setTarget(const model::Feedback &target);
    void clearTarget();
    /// Ends a visitor's session: the comment typed and the answer shown are gone.
    void reset();

    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    QLineEdit *commentField() const { return m_comment; }
    QPushButton *sendButton() const { return m_send; }
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose(model::Feedback::Rating rating);
    void send();
    void onStateChanged(int ticket, feedback::FeedbackOutbox::State state, const QString &text);
    void updateVisibility();
    /// The state in words in the question's place (empty: the question again).
    void showStatus(const QString &text);
    void retranslate();
    void updateIcons(); ///< in the text colour, as large as the text

    QLabel *m_question;
    QPushButton *m_up;
    QPushButton *m_down;
    QLineEdit *m_comment;
    QPushButton *m_send;
    QLabel *m_status;
    QPointer<feedback::FeedbackOutbox> m_outbox;
    model::Feedback m_target;
    model::Feedback::Rating m_rating = model::Feedback::Rating::None;
    int m_ticket = 0;
};

} // namespace integreat::desktop
