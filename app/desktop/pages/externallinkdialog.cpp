#include "desktop/pages/externallinkdialog.h"

#include "desktop/common/theme.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

QString ExternalLinkDialog::displayText(Kind kind, const QUrl &url)
{
    switch (kind) {
    case Kind::Telephone:
    case Kind::Email:
        return QUrl::fromPercentEncoding(url.path().toUtf8());
    case Kind::Web:
    case Kind::OnlineDocument:
        break;
    }
    return url.toDisplayString();
}

ExternalLinkDialog::ExternalLinkDialog(Kind kind, const QUrl &url, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"ExternalLinkDialog"_s);
    QString title;
    QString intro;
    QString openLabel;
    switch (kind) {
    case Kind::Web:
        title = tr("Open a website?");
        intro = tr("This link leads out of Integreat to a website of <b>%1</b>. It opens in "
                   "your web browser and needs an internet connection.")
                    .arg(url.host().toHtmlEscaped());
        openLabel = tr("Open in browser");
        break;
    case Kind::OnlineDocument:
        title = tr("Open the document online?");
        intro = tr("This document is not saved on this computer. It can be opened from "
                   "<b>%1</b> in your browser with an internet connection.")
                    .arg(url.host().toHtmlEscaped());
        openLabel = tr("Open in browser");
        break;
    case Kind::Telephone:
        title = tr("Call this number?");
        intro = tr("Your computer's phone app will call this number:");
        openLabel = tr("Call");
        break;
    case Kind::Email:
        title = tr("Write an e-mail?");
        intro = tr("Your e-mail program will open a new message to:");
        openLabel = tr("Write e-mail");
        break;
    }
    setWindowTitle(title);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    auto *heading = new QLabel(title, this);
    heading->setFont(Theme::current().font(Theme::FontRole::Heading));
    layout->addWidget(heading);
    auto *text = new QLabel(intro, this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    layout->addWidget(text);

    auto *address = new QLabel(this);
    address->setObjectName(u"LinkAddress"_s);
    address->setTextFormat(Qt::PlainText);
    address->setText(displayText(kind, url));
    address->setWordWrap(true);
    address->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Screen readers announce the number or address itself, not a word for it.
    address->setAccessibleName(displayText(kind, url));
    address->setFont(Theme::current().font(Theme::FontRole::Heading));
    address->setMinimumWidth(420);
    address->setLayoutDirection(Qt::LeftToRight); // addresses and numbers read left to right
    layout->addWidget(address);
    layout->addSpacing(8);

    auto *buttons = new QDialogButtonBox(this);
    // Named before the box polishes it, so the style sheet's primary look applies.
    auto *open = new QPushButton(openLabel, this);
    open->setObjectName(u"PrimaryButton"_s);
    buttons->addButton(open, QDialogButtonBox::AcceptRole);
    open->setDefault(true);
    QPushButton *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    const QString copied = displayText(kind, url);
    connect(copy, &QPushButton::clicked, this, [copy, copied] {
        QApplication::clipboard()->setText(copied);
        copy->setText(tr("Copied"));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool ExternalLinkDialog::confirm(Kind kind, const QUrl &url, QWidget *parent)
{
    ExternalLinkDialog dialog(kind, url, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace integreat::desktop
