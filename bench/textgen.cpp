#include "textgen.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace integreat::bench {

namespace {
QStringList syllables(TextGenerator::Script script)
{
    switch (script) {
    case TextGenerator::Script::German:
        return {u"an"_s,   u"be"_s,   u"stra"_s, u"ße"_s,   u"grü"_s, u"ung"_s,  u"lich"_s,
                u"ver"_s,  u"amt"_s,  u"hal"_s,  u"tung"_s, u"ent"_s, u"schu"_s, u"le"_s,
                u"ar"_s,   u"beit"_s, u"woh"_s,  u"nung"_s, u"kin"_s, u"der"_s,  u"auf"_s,
                u"ent"_s,  u"halt"_s, u"ti"_s,   u"tel"_s,  u"öff"_s, u"zeit"_s, u"ge"_s,
                u"sund"_s, u"heit"_s, u"kur"_s,  u"sus"_s};
    case TextGenerator::Script::Latin:
        return {u"ka"_s,  u"ri"_s,  u"mon"_s, u"te"_s, u"sa"_s,  u"lo"_s,   u"ber"_s, u"vi"_s,
                u"an"_s,  u"tor"_s, u"el"_s,  u"ma"_s, u"ne"_s,  u"sho"_s,  u"ul"_s,  u"pa"_s,
                u"dim"_s, u"ğı"_s,  u"çe"_s,  u"ra"_s, u"ion"_s, u"ment"_s, u"ca"_s,  u"do"_s};
    case TextGenerator::Script::Arabic:
        return {u"كتا"_s, u"مد"_s, u"رس"_s, u"ة"_s,  u"ال"_s, u"سكن"_s, u"عمل"_s, u"إقا"_s,
                u"مة"_s,  u"صح"_s, u"طب"_s, u"يب"_s, u"مك"_s, u"تب"_s,  u"لغ"_s,  u"دو"_s,
                u"رة"_s,  u"أو"_s, u"لا"_s, u"د"_s,  u"مَ"_s,  u"دْ"_s,   u"رَ"_s,   u"سَة"_s};
    case TextGenerator::Script::Persian:
        return {u"می\u200Cرو"_s, u"خا"_s,  u"نه"_s, u"کا"_s, u"ر"_s,   u"گا"_s, u"ه"_s,  u"پز"_s,
                u"شک"_s,         u"زبا"_s, u"ن"_s,  u"مد"_s, u"ر"_s,   u"سه"_s, u"ای"_s, u"ران"_s,
                u"ها"_s,         u"ی"_s,   u"دو"_s, u"لت"_s, u"اقا"_s, u"مت"_s, u"کو"_s, u"دک"_s};
    case TextGenerator::Script::Cyrillic:
        return {u"ра"_s,  u"бо"_s,  u"та"_s, u"ви"_s, u"за"_s,  u"ння"_s, u"кра"_s, u"ї"_s,
                u"ще"_s,  u"ліз"_s, u"до"_s, u"ку"_s, u"мен"_s, u"ти"_s,  u"шко"_s, u"ла"_s,
                u"жит"_s, u"ло"_s,  u"ме"_s, u"ди"_s, u"ци"_s,  u"на"_s,  u"пра"_s, u"ця"_s};
    }
    return {};
}
} // namespace

TextGenerator::TextGenerator(Script script, quint32 seed, int vocabularySize)
    : m_random(seed)
{
    const QStringList parts = syllables(script);
    QSet<QString> seen;
    while (m_vocabulary.size() < vocabularySize) {
        QString w;
        const int count = 2 + int(m_random.bounded(3));
        for (int i = 0; i < count; ++i)
            w += parts.at(int(m_random.bounded(parts.size())));
        if (!seen.contains(w)) {
            seen.insert(w);
            m_vocabulary << w;
        }
    }
}

QString TextGenerator::word()
{
    // Skewed draw: index = N * u^3 favours the first words of the vocabulary.
    const double u = m_random.generateDouble();
    const int index = int(double(m_vocabulary.size() - 1) * u * u * u);
    return m_vocabulary.at(index);
}

QString TextGenerator::words(int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << word();
    return out.join(u' ');
}

QString TextGenerator::sentence()
{
    QString s = words(6 + int(m_random.bounded(10)));
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s + u'.';
}

QString TextGenerator::html(int bytes)
{
    QString out;
    qsizetype written = 0;
    while (written < bytes) {
        QString paragraph = u"<p>"_s;
        const int sentences = 2 + int(m_random.bounded(4));
        for (int i = 0; i < sentences; ++i)
            paragraph += sentence() + u' ';
        paragraph += u"</p>\n"_s;
        written += paragraph.toUtf8().size();
        out += paragraph;
    }
    return out;
}

} // namespace integreat::bench
