// The search queries the benchmark runs on metropolis (Metropolis::queries()); the region itself
// is generated in metropolis.cpp.
#include "metropolis.h"
#include "textgen.h"

using namespace Qt::StringLiterals;

namespace integreat::bench {

QList<QPair<QString, QString>> Metropolis::queries() const
{
    // Common, medium and rare words plus two-word and prefix queries, per script; a typo, a
    // question and a word's inside.
    QList<QPair<QString, QString>> out;
    const int ranks[] = {0, 3, 20, 150, 900, 2500};
    for (int li = 0; li < m_size.languages; ++li) {
        const QString lang = m_languages.at(li);
        if (lang != u"de"_s && lang != u"ar"_s && lang != u"uk"_s && lang != u"fa"_s)
            continue;
        const TextGenerator &gen = m_text.at(li);
        for (int rank : ranks)
            out.append({lang, gen.vocabulary(rank)});
        out.append({lang, gen.vocabulary(1) + u' ' + gen.vocabulary(40)});
        out.append({lang, gen.vocabulary(60).left(3)});
        // What the forgiving search rounds do: a typo (one letter of a rarer word doubled), a
        // question of five words common and rare, and a piece from inside a word.
        QString typo = gen.vocabulary(150);
        typo.insert(typo.size() / 2, typo.at(typo.size() / 2));
        out.append({lang, typo});
        out.append({lang, QStringList{gen.vocabulary(0), gen.vocabulary(3), gen.vocabulary(20),
                                      gen.vocabulary(150), gen.vocabulary(900)}
                              .join(u' ')});
        out.append({lang, gen.vocabulary(45).mid(1)});
    }
    return out;
}

} // namespace integreat::bench
