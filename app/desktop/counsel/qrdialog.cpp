#include "desktop/counsel/qrdialog.h"

#include "desktop/qr/qrcodewidget.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>
#include <algorithm>

namespace integreat::desktop {

QrDialog::QrDialog(QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_code(new QrCodeWidget(this))
    , m_link(new QLabel(this))
{
    setWindowTitle(tr("QR code"));
    m_heading->setWordWrap(true);
    m_heading->setAlignment(Qt::AlignCenter);
    QFont large = m_heading->font();
    large.setPointSizeF(large.pointSizeF() * 1.3);
    large.setBold(true);
    m_heading->setFont(large);
    m_code->setPreferredSide(420); // about 8 screen pixels per module for long links
    m_code->setAccessibleName(tr("QR code of the link"));
    m_link->setWordWrap(true);
    m_link->setAlignment(Qt::AlignCenter);
    m_link->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_code, 1);
    layout->addWidget(m_link);
    layout->addWidget(buttons);
}

QrDialog::~QrDialog() = default;

void QrDialog::showEvent(QShowEvent *event)
{
    // Qt gives a new top-level window at most 2/3 of the screen, which at 200 % text is less than
    // heading, code, link and button need: the labels then ran into the code. The dialog takes
    // the height its content needs for its width, up to the screen's; when that is not enough the
    // code gives up pixels, never the text (down to its minimum, 200 px: scannable up close).
    if (const QScreen *shown = screen()) {
        const QRect available = shown->availableGeometry();
        const int w = std::min(width(), available.width());
        const int wanted = hasHeightForWidth() ? heightForWidth(w) : sizeHint().height();
        resize(w, std::min(std::max(height(), wanted), available.height()));
        move(available.left() + std::max(0, (available.width() - width()) / 2),
             available.top() + std::max(0, (available.height() - height()) / 2));
    }
    QDialog::showEvent(event);
}

void QrDialog::setLink(const QUrl &url, const QString &title)
{
    m_url = url;
    m_heading->setText(title.isEmpty() ? tr("Scan the code to open this on your phone")
                                       : tr("Scan the code to open “%1” on your phone").arg(title));
    // Phones read the link as bytes: percent-encoded, so any scanner app opens it.
    m_code->setText(url.toString(QUrl::FullyEncoded));
    m_link->setText(url.toDisplayString());
}

} // namespace integreat::desktop
