#include "core/content/stopwords.h"

#include "core/content/normalizer.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace integreat::content {

namespace {

struct List
{
    const char *language;
    const char *words; ///< space separated, as written; normalized when first used
};

// Articles, pronouns, auxiliaries, prepositions, conjunctions and question words: the words
// a question is made of besides its subject.
constexpr List kLists[] = {
    {"de", "der die das den dem des ein eine einen einem einer eines und oder aber doch auch "
           "nicht kein keine ich du er sie es wir ihr mich mir dich dir sich uns euch ihnen mein "
           "meine meinen dein deine sein seine unser ist sind bin bist war waren wird werden "
           "wurde kann kannst können muss musst müssen soll sollen darf darfst dürfen will "
           "möchte möchten hat habe haben hast gibt wie wo was wer wen wem wann warum wieso "
           "welche welcher welches woher wohin womit in im an am auf aus bei beim mit nach von "
           "vom zu zum zur für über unter um durch gegen ohne vor hier da dort es man so sehr "
           "noch schon nur mal bitte gern gerne ja nein wenn dass ob als"},
    {"en", "the a an and or but not no i you he she it we they me my your his her our their "
           "them us is are am was were be been being do does did have has had can could will "
           "would shall should may might must how where what who whom when why which there here "
           "in on at to for of from by with about into over under as if that this these those "
           "so very please get"},
    {"ar", "في من الى إلى على عن مع هل ما ماذا متى اين أين كيف لماذا من هو هي هم انا أنا "
           "انت أنت نحن هذا هذه ذلك تلك الذي التي و او أو ثم لا لم لن ان أن إن كان كانت يكون "
           "قد عند بعد قبل كل اي أي يمكن يمكنني استطيع أستطيع اريد أريد"},
    {"fa", "در به از با برای که و یا این آن را تا هم است هست هستم نیست بود شد می من تو او ما "
           "شما آنها چه چی چطور چگونه کجا کی چرا آیا کدام باید میتوانم "
           "می‌توانم "
           "میخواهم "
           "می‌خواهم"},
    {"uk", "і й та або але не ні я ти він вона воно ми ви вони мене мені мій моя моє мої це "
           "той та ті цей ця є був була було були буде бути в у на з із зі до від для про по "
           "за під над при як де що хто коли чому чи який яка яке які куди можна можу треба "
           "хочу мені"},
    {"ru", "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по "
           "только ее мне было вот от меня о из ему теперь когда даже ну ли если уже или ни быть "
           "был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где "
           "есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под "
           "будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой "
           "тем чтобы нее можно при куда зачем всех никогда сегодня хочу мне"},
    {"tr", "ve veya ile bir bu şu o ben sen biz siz onlar için gibi ama da de ki mi mı mu mü "
           "ne nasıl nerede neden niçin hangi kim kaç zaman var yok olarak daha çok en her "
           "nereye istiyorum"},
};

QHash<QString, QSet<QString>> buildLists()
{
    QHash<QString, QSet<QString>> lists;
    for (const List &list : kLists) {
        QSet<QString> &words = lists[QString::fromLatin1(list.language)];
        for (const QString &word : searchWords(QString::fromUtf8(list.words)))
            words.insert(word);
    }
    return lists;
}

} // namespace

bool isStopWord(const QString &language, const QString &normalizedWord)
{
    static const QHash<QString, QSet<QString>> lists = buildLists();
    const auto found = lists.constFind(language.section(u'-', 0, 0).toLower());
    return found != lists.cend() && found->contains(normalizedWord);
}

} // namespace integreat::content
