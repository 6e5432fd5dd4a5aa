#include "core/content/excerpt.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace integreat::content {

namespace {

constexpr QStringView kEllipsis = u"...";

/// The code point that ends just before `index` in `text`.
char32_t codePointBefore(const QString &text, qsizetype index)
{
    const char16_t last = text.at(index - 1).unicode();
    if (QChar::isLowSurrogate(last) && index >= 2 && text.at(index - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(index - 2).unicode(), last);
    return last;
}

QString replaceLineBreaks(QString text)
{
    text.replace(u'\n', u' ');
    return text;
}

} // namespace

QList<TextRange> findMatches(const NormalizedText &text, const QStringList &normalizedWords,
                             bool wordStartOnly)
{
    QList<TextRange> found;
    for (const QString &word : normalizedWords) {
        if (word.isEmpty())
            continue;
        qsizetype from = 0;
        while (true) {
            const qsizetype at = text.text.indexOf(word, from);
            if (at < 0)
                break;
            if (wordStartOnly && at > 0 && isWordCharacter(codePointBefore(text.text, at))) {
                from = at + 1;
                continue;
            }
            const qsizetype start = text.sourceStart(at);
            found.append({start, text.sourceEnd(at + word.size() - 1) - start});
            from = at + word.size();
        }
    }
    std::sort(found.begin(), found.end(),
              [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    QList<TextRange> merged;
    for (const TextRange &range : std::as_const(found)) {
        if (!merged.isEmpty() && range.start <= merged.last().end()) {
            TextRange &last = merged.last();
            last.length = std::max(last.end(), range.end()) - last.start;
        } else {
            merged.append(range);
        }
    }
    return merged;
}

QList<TextRange> findMatches(const QString &text, const QStringList &words, bool wordStartOnly)
{
    QStringList normalized;
    for (const QString &word : words)
        normalized.append(normalizeForSearch(word));
    return findMatches(normalizeWithOffsets(text), normalized, wordStartOnly);
}

std::optional<TextRange> findFirstMatch(const QString &text, const QStringList &normalizedWords)
{
    constexpr qsizetype kPiece = 1024;
    for (qsizetype from = 0; from < text.size();) {
        // Pieces end at white space, so no word is cut and each piece begins a word.
        qsizetype to = std::min(text.size(), from + kPiece);
        while (to < text.size() && !text.at(to).isSpace())
            ++to;
        const QList<TextRange> found = findMatches(
            normalizeWithOffsets(QStringView(text).mid(from, to - from)), normalizedWords);
        if (!found.isEmpty())
            return TextRange{found.constFirst().start + from, found.constFirst().length};
        from = to;
    }
    return std::nullopt;
}

QString truncateText(const QString &text, int maxChars, bool reverse)
{
    const QString trimmed = replaceLineBreaks(text).trimmed();
    if (trimmed.size() <= maxChars)
        return trimmed;
    // Room for the text, a space and the ellipsis; cut at the last space that still fits.
    const qsizetype room = std::max<qsizetype>(maxChars - kEllipsis.size() - 1, 1);
    if (reverse) {
        const QString tail = trimmed.right(room + 1);
        const qsizetype space = tail.indexOf(u' ');
        const QString kept = space >= 0 ? tail.mid(space + 1) : trimmed.right(room);
        return kEllipsis + u' ' + kept.trimmed();
    }
    const QString head = trimmed.left(room + 1);
    const qsizetype space = head.lastIndexOf(u' ');
    const QString kept = space > 0 ? head.left(space) : trimmed.left(room);
    return kept.trimmed() + u' ' + kEllipsis;
}

QString excerptAround(const QString &text, qsizetype matchStart, qsizetype matchLength,
                      int maxChars)
{
    const QString flat = replaceLineBreaks(text);
    const int half = maxChars / 2;
    if (flat.trimmed().size() <= maxChars || matchStart <= half)
        return truncateText(flat, maxChars);
    if (matchLength >= maxChars)
        return truncateText(flat.mid(matchStart), maxChars);
    if (flat.size() - matchStart < half)
        return truncateText(flat, maxChars, true);
    return truncateText(flat.left(matchStart), half, true) + u' ' +
           truncateText(flat.mid(matchStart), half);
}

QString excerpt(const QString &text, const QString &query, int maxChars)
{
    const QString needle = normalizeForSearch(query);
    if (needle.isEmpty())
        return truncateText(text, maxChars);
    const NormalizedText normalized = normalizeWithOffsets(text);
    const qsizetype at = normalized.text.indexOf(needle);
    if (at < 0)
        return truncateText(text, maxChars);
    const qsizetype start = normalized.sourceStart(at);
    const qsizetype end = normalized.sourceEnd(at + needle.size() - 1);
    return excerptAround(text, start, end - start, maxChars);
}

} // namespace integreat::content
