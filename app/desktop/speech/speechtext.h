#pragma once

#include <QString>
#include <QStringList>

namespace integreat::speech {

/// Text as it is read aloud: split into sentences, phone numbers spelled digit by digit.
class SpeechText final
{
public:
    /// The sentences of `text` (Unicode sentence boundaries, line breaks end a sentence too),
    /// trimmed, empty ones dropped.
    static QStringList sentences(const QString &text);
    /// Phone numbers ("+49 821 324-0", "0821 324 0"; a leading + or 0, at least 6 digits)
    /// become digits with spaces, groups separated by commas: "+ 4 9, 8 2 1, 3 2 4, 0". Other
    /// numbers (years, times, amounts) stay as they are.
    static QString spoken(const QString &sentence);
};

} // namespace integreat::speech
