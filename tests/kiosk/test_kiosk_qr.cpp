// QR codes as the kiosk renders them decode back to their text (zbarimg from zbar-tools).
#include "desktop/kiosk/qrcard.h"
#include "desktop/qr/qrcodewidget.h"
#include "zbar.h"

#include <QPushButton>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace integreat::desktop;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

TEST_CASE("Rendered QR codes decode back to their text")
{
    if (zbarimg().isEmpty()) {
        WARN("SKIPPED: zbarimg (Debian zbar-tools) is not installed");
        return;
    }
    const QStringList texts{
        u"tel:+49821324123"_s, u"mailto:beratung@example.org"_s,
        u"https://integreat.app/augsburg/de/willkommen/"_s,
        u"https://example.org/Über uns?q=ä ö ü&x=مرحبا"_s, // UTF-8 survives
    };
    for (const QString &text : texts) {
        INFO(text.toStdString());
        QrCodeWidget widget;
        REQUIRE(widget.setText(text));
        CHECK(decodeQr(widget.image(6)).trimmed() == text);
        // And as painted on screen, at the widget's size.
        widget.resize(400, 400);
        CHECK(decodeQr(widget.grab().toImage()).trimmed() == text);
    }
}

TEST_CASE("The QR card shows where a link leads and holds the link itself")
{
    QWidget window;
    window.resize(800, 600);
    QrCard card(&window);
    window.show();
    card.showUrl(QUrl(u"tel:+49 821 324-123"_s));
    CHECK(card.isVisible());
    CHECK(card.geometry() == window.rect());
    CHECK(card.payload() == QUrl(u"tel:+49 821 324-123"_s).toString(QUrl::FullyEncoded));
    CHECK(QrCard::targetText(QUrl(u"tel:+49 821 324-123"_s)).contains(u"+49 821 324-123"_s));
    CHECK(QrCard::targetText(QUrl(u"mailto:a@b.de"_s)).contains(u"a@b.de"_s));
    card.closeButton()->click();
    CHECK_FALSE(card.isVisible());
    CHECK(card.payload().isEmpty());

    QrCodeWidget tooLong;
    CHECK_FALSE(tooLong.setText(QString(8000, u'x')));
    CHECK(tooLong.image().isNull());
}
