#include "core/content/longwords.h"

namespace integreat::content {

namespace {

bool endsWord(QChar c)
{
    return c.isSpace() || c.unicode() == LongWordBreaker::ZeroWidthSpace ||
           c.unicode() == 0x00AD; // soft hyphen
}

/// Direction marks and isolates: they take no room on a line.
bool isDirectionControl(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) ||
           (u >= 0x2066 && u <= 0x2069);
}

} // namespace

QString LongWordBreaker::apply(const QString &text)
{
    QString out; // stays null until the first break is needed: most text is returned as it is
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (endsWord(c)) {
            m_run = 0;
        } else if (!isDirectionControl(c)) {
            if (m_run >= MaxWordChars && !c.isLowSurrogate() && !c.isMark()) {
                if (out.isNull()) {
                    out.reserve(text.size() + text.size() / MaxWordChars + 1);
                    out.append(QStringView(text).left(i));
                }
                out.append(QChar(ZeroWidthSpace));
                m_run = 0;
            }
            ++m_run;
        }
        if (!out.isNull())
            out.append(c);
    }
    return out.isNull() ? text : out;
}

} // namespace integreat::content
