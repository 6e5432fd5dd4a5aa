#pragma once

#include "core/chat/zammadform.h"
#include "core/model/offer.h"

#include <QDialog>

class QLabel;
class QNetworkAccessManager;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace integreat::desktop {

/// The town's contact form (an embedded Zammad offer) as a native window: name (optional),
/// e-mail address and message, what is missing said next to the form, and the result of sending
/// in words. The message goes out through chat::ZammadForm; this window never touches the network.
class ContactFormDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactFormDialog)

public:
    /// `title`: the ticket's subject; `sentFrom`: the page's web address (added to the message).
    ContactFormDialog(QNetworkAccessManager &manager, const model::Offer &offer,
                      const QString &title, const QString &sentFrom, QWidget *parent = nullptr);
    ~ContactFormDialog() override;

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *emailField() const { return m_email; }
    QPlainTextEdit *messageField() const { return m_message; }
    QPushButton *sendButton() const { return m_send; }
    chat::ZammadForm &form() const { return *m_form; }
    /// What must be fixed before sending ("" when nothing).
    QString problemText() const;
    /// The result of the last send ("" before one).
    QString resultText() const;
    bool wasSent() const { return m_sent; }

    /// Checks the fields and sends the message when they are fine.
    void submit();

private:
    void onFinished(const chat::ContactResult &result);
    void setBusy(bool busy);

    chat::ZammadForm *m_form;
    model::Offer m_offer;
    QString m_title;
    QString m_sentFrom;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QPlainTextEdit *m_message;
    QLabel *m_problems;
    QLabel *m_result;
    QPushButton *m_send;
    QPushButton *m_close;
    bool m_sent = false;
};

} // namespace integreat::desktop
