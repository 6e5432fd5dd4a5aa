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

/// apply() puts a break before such a character only.
bool takesBreakBefore(QChar c)
{
    return !endsWord(c) && !isDirectionControl(c) && !c.isLowSurrogate() && !c.isMark();
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
            if (m_run >= MaxWordChars && takesBreakBefore(c)) {
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

QList<qsizetype> LongWordBreaker::findBreaks(QStringView text)
{
    QList<qsizetype> breaks;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u == ZeroWidthSpace && m_run >= MaxWordChars && i + 1 < text.size() &&
            takesBreakBefore(text.at(i + 1))) {
            breaks.append(i);
            m_run = 0; // apply() counted the word anew after it
        } else if (u == QChar::LineSeparator || u == QChar::ParagraphSeparator) {
            continue;
        } else if (endsWord(c)) {
            m_run = 0;
        } else if (!isDirectionControl(c)) {
            ++m_run;
        }
    }
    return breaks;
}

} // namespace integreat::content
