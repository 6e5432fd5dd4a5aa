// A word-wrapped right-to-left paragraph in a plain label ends every line at the same edge
// (RtlTextStyle; Qt 6.4's own drawing moved each line that ends in a space left by its width).
#include "themescope.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using integreat::testing::ThemeScope;

namespace {

/// The rightmost dark pixel of each line of text in `label`, drawn on white.
QList<int> lineEnds(QLabel &label)
{
    QImage image(label.size(), QImage::Format_RGB32);
    image.fill(Qt::white);
    label.render(&image);
    QList<int> ends;
    int right = -1;
    for (int y = 0; y < image.height(); ++y) {
        int rowRight = -1;
        for (int x = image.width() - 1; x >= 0 && rowRight < 0; --x) {
            if (qGray(image.pixel(x, y)) < 128)
                rowRight = x;
        }
        if (rowRight >= 0) {
            right = std::max(right, rowRight);
        } else if (right >= 0) { // the gap below a line
            ends.append(right);
            right = -1;
        }
    }
    if (right >= 0)
        ends.append(right);
    return ends;
}

} // namespace

TEST_CASE("A wrapped Arabic label ends every line at its right edge", "[bidi]")
{
    const ThemeScope theme(200); // the app's style, as Theme::apply sets it
    QLabel label(u"اختر مدينتك أو مقاطعتك. ستُنزَّل معلوماتها المحلية لتتمكن من قراءتها دون "
                 u"إنترنت، ويمكنك اختيار عدة لغات وإضافة المزيد لاحقًا."_s);
    label.setWordWrap(true);
    label.setStyleSheet(u"QLabel { color: black; background: white; }"_s);
    // In a right-to-left UI and, as Arabic content, in a left-to-right one.
    for (const Qt::LayoutDirection direction : {Qt::RightToLeft, Qt::LeftToRight}) {
        label.setLayoutDirection(direction);
        label.resize(420, label.heightForWidth(420));
        const QList<int> ends = lineEnds(label);
        INFO("direction " << int(direction) << ", line ends " << ends.size());
        REQUIRE(ends.size() >= 3);
        const auto [first, last] = std::minmax_element(ends.cbegin(), ends.cend() - 1);
        for (const int end : ends)
            INFO(end);
        // Every line but the last one ends at the same edge (the last one too: right-aligned).
        CHECK(*last - *first <= 1);
        CHECK(std::abs(ends.constLast() - *last) <= 1);
    }
}
