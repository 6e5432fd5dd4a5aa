#include "desktop/pages/contactformdialog.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

ContactFormDialog::ContactFormDialog(QNetworkAccessManager &manager, const model::Offer &offer,
                                     const QString &title, const QString &sentFrom, QWidget *parent)
    : QDialog(parent)
    , m_form(new chat::ZammadForm(manager, this))
    , m_offer(offer)
    , m_title(title)
    , m_sentFrom(sentFrom)
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_message(new QPlainTextEdit(this))
    , m_problems(new QLabel(this))
    , m_result(new QLabel(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(u"ContactFormDialog"_s);
    setWindowTitle(offer.name);
    auto *intro = new QLabel(tr("Write to the town's team. They answer by e-mail; your message "
                                "is sent to the town's contact server."),
                             this);
    intro->setWordWrap(true);
    m_name->setAccessibleName(tr("Your name (optional)"));
    m_email->setAccessibleName(tr("Your e-mail address"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_message->setAccessibleName(tr("Your message"));
    m_message->setTabChangesFocus(true);
    auto *fields = new QFormLayout;
    fields->addRow(tr("Your name (optional)"), m_name);
    fields->addRow(tr("Your e-mail address"), m_email);
    fields->addRow(tr("Your message"), m_message);
    for (QLabel *label : {m_problems, m_result}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->hide();
    }
    QFont strong = m_problems->font();
    strong.setBold(true);
    m_problems->setFont(strong);
    m_send->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_send);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fields);
    layout->addWidget(m_problems);
    layout->addWidget(m_result);
    layout->addLayout(buttons);

    connect(m_send, &QPushButton::clicked, this, &ContactFormDialog::submit);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_form, &chat::ZammadForm::finished, this, &ContactFormDialog::onFinished);
}

ContactFormDialog::~ContactFormDialog()
{
    m_form->cancel();
}

QString ContactFormDialog::problemText() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

QString ContactFormDialog::resultText() const
{
    return m_result->isHidden() ? QString() : m_result->text();
}

void ContactFormDialog::submit()
{
    if (m_form->isBusy() || m_sent)
        return;
    chat::ContactMessage message{m_name->text(), m_email->text(), m_message->toPlainText()};
    const auto problems = message.problems();
    QStringList lines;
    for (const auto &problem : problems)
        lines << problem.text;
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    if (!problems.isEmpty()) {
        (problems.constFirst().field == chat::ContactMessage::Field::Email
             ? static_cast<QWidget *>(m_email)
             : m_message)
            ->setFocus();
        return;
    }
    m_result->setText(tr("Sending…"));
    m_result->show();
    setBusy(true);
    m_form->send(QUrl(m_offer.zammadUrl()), message, m_title, m_sentFrom);
}

void ContactFormDialog::onFinished(const chat::ContactResult &result)
{
    m_sent = result.status == chat::ContactResult::Status::Sent;
    setBusy(false);
    m_result->setText(result.text());
    m_result->show();
    if (m_sent) {
        // Sent: nothing left to do here but close (what was written is not sent twice).
        for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_email),
                               static_cast<QWidget *>(m_message)})
            field->setEnabled(false);
        m_send->hide();
        m_close->setFocus();
    }
}

void ContactFormDialog::setBusy(bool busy)
{
    m_send->setEnabled(!busy);
    m_send->setText(busy ? tr("Sending…") : tr("Send"));
}

} // namespace integreat::desktop
