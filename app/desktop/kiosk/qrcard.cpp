#include "desktop/kiosk/qrcard.h"

#include "desktop/qr/qrcodewidget.h"

#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

QrCard::QrCard(QWidget *parent)
    : KioskOverlay(parent)
    , m_heading(new QLabel(this))
    , m_code(new QrCodeWidget(this))
    , m_target(new QLabel(this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(u"KioskQrCard"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(16);
    const QFont big = scaledFont(1.6, true);
    m_heading->setFont(big);
    m_heading->setAlignment(Qt::AlignCenter);
    m_heading->setWordWrap(true);
    m_target->setFont(scaledFont(1.4));
    m_target->setAlignment(Qt::AlignCenter);
    m_target->setWordWrap(true);
    m_target->setTextInteractionFlags(Qt::NoTextInteraction);
    m_close->setMinimumSize(240, 64);
    m_close->setFont(big);
    auto *hint =
        new QLabel(tr("Scan the code with your phone's camera to take this with you."), this);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    layout->addWidget(m_heading);
    layout->addWidget(hint);
    layout->addWidget(m_code, 1);
    layout->addWidget(m_target);
    layout->addWidget(m_close, 0, Qt::AlignHCenter);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
}

QString QrCard::payloadFor(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded);
}

QString QrCard::headingFor(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme == u"tel"_s)
        return tr("Call this number");
    if (scheme == u"mailto"_s)
        return tr("Write an e-mail");
    return tr("Open this on your phone");
}

QString QrCard::targetText(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme == u"tel"_s || scheme == u"mailto"_s) {
        // Numbers and addresses stay left-to-right inside right-to-left text.
        return QChar(0x2066) + url.path(QUrl::FullyDecoded) + QChar(0x2069);
    }
    return QChar(0x2066) + url.toDisplayString() + QChar(0x2069);
}

void QrCard::showUrl(const QUrl &url)
{
    m_heading->setText(headingFor(url));
    m_target->setText(targetText(url));
    if (!m_code->setText(payloadFor(url)))
        m_target->setText(targetText(url) + u"\n"_s + tr("(too long for a QR code)"));
    popUp();
    m_close->setFocus(Qt::OtherFocusReason);
}

QString QrCard::payload() const
{
    return isVisible() ? m_code->text() : QString();
}

} // namespace integreat::desktop
