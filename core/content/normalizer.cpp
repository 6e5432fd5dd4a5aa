#include "core/content/normalizer.h"

namespace integreat::content {

namespace {

/// Collects the normalized UTF-16 units (and, optionally, the source index of each) in
/// buffers that grow by doubling: far cheaper than appending QChar by QChar.
class Writer final
{
public:
    Writer(QString &out, QList<qsizetype> *starts, qsizetype expected)
        : m_out(out)
        , m_starts(starts)
    {
        grow(expected + 16);
    }
    ~Writer()
    {
        m_out.resize(m_size);
        if (m_starts)
            m_starts->resize(m_size);
    }
    Q_DISABLE_COPY_MOVE(Writer)

    void push(char16_t unit, qsizetype source)
    {
        if (m_size == m_capacity)
            grow(2 * m_capacity);
        m_text[m_size] = unit;
        if (m_starts)
            m_index[m_size] = source;
        ++m_size;
    }
    void push(char32_t cp, qsizetype source)
    {
        if (QChar::requiresSurrogates(cp)) {
            push(QChar::highSurrogate(cp), source);
            push(QChar::lowSurrogate(cp), source);
        } else {
            push(char16_t(cp), source);
        }
    }

private:
    void grow(qsizetype capacity)
    {
        m_capacity = capacity;
        m_out.resize(capacity);
        m_text = reinterpret_cast<char16_t *>(m_out.data());
        if (m_starts) {
            m_starts->resize(capacity);
            m_index = m_starts->data();
        }
    }

    QString &m_out;
    QList<qsizetype> *m_starts;
    char16_t *m_text = nullptr;
    qsizetype *m_index = nullptr;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};

/// Appends the normalized form of one code point that has no further decomposition: drops
/// marks, format characters and tatweel, lowers the case and applies the extra folds.
void appendFolded(char32_t cp, Writer &out, qsizetype source)
{
    switch (QChar::category(cp)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return;
    case QChar::Number_DecimalDigit: {
        const int digit = QChar::digitValue(cp);
        out.push(digit >= 0 && digit <= 9 ? char32_t(u'0' + digit) : cp, source);
        return;
    }
    default:
        break;
    }
    cp = QChar::toLower(cp);
    switch (cp) {
    case 0x00DF: // ß (also ẞ, lowered above)
        out.push(u's', source);
        out.push(u's', source);
        return;
    case 0x0131: // ı dotless i
        out.push(u'i', source);
        return;
    case 0x03C2: // ς final sigma
        out.push(char16_t(0x03C3), source);
        return;
    case 0x0640: // ـ tatweel
    case 0x0674: // ٴ high hamza
        return;
    case 0x0671: // ٱ alef wasla
    case 0x0672: // ٲ alef with wavy hamza above
    case 0x0673: // ٳ alef with wavy hamza below
        out.push(char16_t(0x0627), source);
        return;
    case 0x0649: // ى alef maqsura
    case 0x06CC: // ی Farsi yeh
        out.push(char16_t(0x064A), source);
        return;
    case 0x06A9: // ک keheh
        out.push(char16_t(0x0643), source);
        return;
    default:
        out.push(cp, source);
    }
}

/// Full compatibility decomposition (NFKD) of one code point, each piece folded. Marks are
/// dropped afterwards, so the canonical reordering NFKD would do among them does not matter.
void appendNormalized(char32_t cp, Writer &out, qsizetype source)
{
    if (cp < 0x80) {
        out.push((cp >= u'A' && cp <= u'Z') ? char16_t(cp + 32) : char16_t(cp), source);
        return;
    }
    if (QChar::decompositionTag(cp) == QChar::NoDecomposition) {
        appendFolded(cp, out, source);
        return;
    }
    const QString pieces = QChar::decomposition(cp);
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        char32_t piece = pieces.at(i).unicode();
        if (QChar::isHighSurrogate(piece) && i + 1 < pieces.size() &&
            pieces.at(i + 1).isLowSurrogate()) {
            piece = QChar::surrogateToUcs4(pieces.at(i).unicode(), pieces.at(i + 1).unicode());
            ++i;
        }
        appendNormalized(piece, out, source);
    }
}

void normalizeInto(QStringView source, QString &text, QList<qsizetype> *starts)
{
    Writer out(text, starts, source.size());
    const char16_t *units = source.utf16();
    const qsizetype size = source.size();
    for (qsizetype i = 0; i < size; ++i) {
        const qsizetype start = i;
        char32_t cp = units[i];
        if (cp < 0x80) {
            out.push((cp >= u'A' && cp <= u'Z') ? char16_t(cp + 32) : char16_t(cp), start);
            continue;
        }
        if (QChar::isHighSurrogate(cp) && i + 1 < size && QChar::isLowSurrogate(units[i + 1])) {
            cp = QChar::surrogateToUcs4(char16_t(cp), units[i + 1]);
            ++i;
        }
        appendNormalized(cp, out, start);
    }
}

} // namespace

QString normalizeForSearch(const QString &text)
{
    QString out;
    normalizeInto(text, out, nullptr);
    return out.trimmed();
}

NormalizedText normalizeWithOffsets(QStringView source)
{
    NormalizedText result;
    result.sourceSize = source.size();
    normalizeInto(source, result.text, &result.starts);
    return result;
}

qsizetype NormalizedText::sourceStart(qsizetype index) const
{
    return index >= 0 && index < starts.size() ? starts.at(index) : sourceSize;
}

qsizetype NormalizedText::sourceEnd(qsizetype index) const
{
    if (index < 0)
        return 0;
    if (index >= starts.size())
        return sourceSize;
    const qsizetype start = starts.at(index);
    for (qsizetype next = index + 1; next < starts.size(); ++next) {
        if (starts.at(next) != start)
            return starts.at(next);
    }
    return sourceSize;
}

bool isWordCharacter(char32_t cp)
{
    if (cp < 0x80)
        return (cp >= u'a' && cp <= u'z') || (cp >= u'A' && cp <= u'Z') ||
               (cp >= u'0' && cp <= u'9');
    return QChar::isLetterOrNumber(cp) || QChar::category(cp) == QChar::Other_PrivateUse;
}

QStringList searchWords(const QString &query)
{
    const QString normalized = normalizeForSearch(query);
    QStringList words;
    qsizetype wordStart = -1;
    for (qsizetype i = 0; i <= normalized.size(); ++i) {
        bool inWord = false;
        qsizetype width = 1;
        if (i < normalized.size()) {
            char32_t cp = normalized.at(i).unicode();
            if (QChar::isHighSurrogate(cp) && i + 1 < normalized.size()) {
                cp = QChar::surrogateToUcs4(char16_t(cp), normalized.at(i + 1).unicode());
                width = 2;
            }
            inWord = isWordCharacter(cp);
        }
        if (inWord && wordStart < 0)
            wordStart = i;
        if (!inWord && wordStart >= 0) {
            words.append(normalized.mid(wordStart, i - wordStart));
            wordStart = -1;
        }
        i += width - 1;
    }
    return words;
}

} // namespace integreat::content
