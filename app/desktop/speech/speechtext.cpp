#include "desktop/speech/speechtext.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

using namespace Qt::StringLiterals;

namespace integreat::speech {

QStringList SpeechText::sentences(const QString &text)
{
    QStringList result;
    for (const QString &paragraph : text.split(u'\n')) {
        QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, paragraph);
        qsizetype start = 0;
        while (finder.toNextBoundary() >= 0) {
            const qsizetype end = finder.position();
            const QString sentence = paragraph.mid(start, end - start).trimmed();
            if (!sentence.isEmpty())
                result << sentence;
            start = end;
        }
    }
    return result;
}

QString SpeechText::spoken(const QString &sentence)
{
    static const QRegularExpression phone(
        uR"((?<![\d.,])(?:\+|0)\d*(?:[ \-/]?\d+)+(?![\d.,]\d))"_s);
    QString result;
    qsizetype last = 0;
    auto it = phone.globalMatch(sentence);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString number = match.captured();
        qsizetype digits = 0;
        for (const QChar c : number)
            digits += c.isDigit() ? 1 : 0;
        if (digits < 6)
            continue;
        QStringList groups;
        QString group;
        for (const QChar c : number) {
            if (c.isDigit() || c == u'+') {
                group += group.isEmpty() ? QString(c) : u' ' + QString(c);
            } else if (!group.isEmpty()) {
                groups << group;
                group.clear();
            }
        }
        if (!group.isEmpty())
            groups << group;
        result += QStringView(sentence).mid(last, match.capturedStart() - last);
        result += groups.join(u", "_s);
        last = match.capturedEnd();
    }
    result += QStringView(sentence).mid(last);
    return result;
}

} // namespace integreat::speech
