#include "core/store/searchindex.h"

#include "core/content/htmltext.h"
#include "core/content/normalizer.h"
#include "core/store/database.h"
#include "core/store/searchvocabulary.h"
#include "core/store/storeerror.h"

#include <QCryptographicHash>
#include <QtEndian>
#include <algorithm>

namespace integreat::store {

using namespace Qt::StringLiterals;

namespace {

/// Raise when the normalization changes what it produces for existing text (not needed for
/// pure additions): stores built before then are re-indexed when opened.
constexpr int kNormalizerVersion = 1;

struct Source
{
    const char16_t *kind;
    SearchIndex::ContentSource content;
};
constexpr Source kSources[] = {{SearchIndex::Page, {"pages"_L1, "path"_L1}},
                               {SearchIndex::Event, {"events"_L1, "path"_L1}},
                               {SearchIndex::Place, {"places"_L1, "path"_L1}},
                               {SearchIndex::News, {"news"_L1, "id"_L1}}};

} // namespace

SearchIndex::ContentSource SearchIndex::contentSource(const QString &kind)
{
    for (const Source &source : kSources) {
        if (kind == QStringView(source.kind))
            return source.content;
    }
    throw StoreError(StoreError::Reason::InvalidInput, {}, u"no search kind "_s + kind);
}

SearchIndex::Text::Text(const QString &title, const QString &html)
    : title(content::normalizeForSearch(title))
    , body(content::normalizeForSearch(content::htmlToPlainText(html)))
{
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.addData(this->title.toUtf8());
    sha1.addData(QByteArrayView("\n", 1));
    sha1.addData(body.toUtf8());
    hash = qFromBigEndian<qint64>(sha1.result().constData());
}

SearchIndex::Text SearchIndex::Text::withTerms(const QString &title, const QString &html)
{
    Text text(title, html);
    text.collectTerms();
    return text;
}

void SearchIndex::Text::collectTerms()
{
    // A writer skips the words it has seen by a hash of their text, without copying them: most
    // words of an item were seen in earlier items. (Two words with one 64-bit hash would leave
    // the second out of the vocabulary: it could not be a typo correction, no more.) FNV-1a:
    // the words are short and only this process compares the hashes.
    terms.clear();
    const auto add = [this](QStringView word) {
        size_t wordHash = 0xcbf29ce484222325ULL;
        for (const QChar c : word)
            wordHash = (wordHash ^ c.unicode()) * 0x100000001b3ULL;
        terms.emplace_back(wordHash, word);
    };
    SearchVocabulary::forEachTerm(title, add);
    SearchVocabulary::forEachTerm(body, add);
    std::sort(terms.begin(), terms.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    terms.erase(std::unique(terms.begin(), terms.end(),
                            [](const auto &a, const auto &b) { return a.first == b.first; }),
                terms.end());
    termsCollected = true;
}

struct SearchIndex::Doc
{
    qint64 id = 0;
    QString scope;
    qint64 hash = 0;
};

class SearchIndex::DerivedWrites final
{
public:
    explicit DerivedWrites(Database &db)
        : m_db(db)
        , m_before(db.totalChanges())
    {
    }
    ~DerivedWrites() { m_db.excludeFromChanges(m_db.totalChanges() - m_before); }
    Q_DISABLE_COPY_MOVE(DerivedWrites)

private:
    Database &m_db;
    qint64 m_before;
};

SearchIndex::SearchIndex(Database &db)
    : m_db(db)
{
}

SearchIndex::~SearchIndex() = default;

QString SearchIndex::stamp()
{
    return u"normalizer %1, unicode %2"_s.arg(kNormalizerVersion)
        .arg(int(QChar::currentUnicodeVersion()));
}

Statement &SearchIndex::cached(const QString &sql)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end())
        found = m_statements.try_emplace(sql, m_db.prepare(sql)).first;
    return found->second;
}

std::optional<qint64> SearchIndex::scopeId(const QString &region, const QString &language,
                                           bool create)
{
    const QString cacheKey = region + u'\n' + language;
    if (const auto found = m_scopes.constFind(cacheKey); found != m_scopes.cend())
        return found.value();
    Statement &query =
        cached(u"SELECT id FROM search_scopes WHERE region = ?1 AND language = ?2"_s);
    query.bindAll(region, language);
    std::optional<qint64> id;
    if (query.step())
        id = query.columnInt64(0);
    query.reset();
    if (!id && create) {
        const DerivedWrites derived(m_db);
        cached(u"INSERT INTO search_scopes (region, language) VALUES (?1, ?2)"_s)
            .bindAll(region, language)
            .exec();
        id = m_db.lastInsertRowId();
    }
    if (id)
        m_scopes.insert(cacheKey, *id);
    return id;
}

std::optional<SearchIndex::Doc> SearchIndex::findDoc(const QString &kind, const QString &region,
                                                     const QString &language, const QString &key)
{
    Statement &query = cached(u"SELECT id, scope, hash FROM search_docs WHERE region = ?1 "
                              u"AND language = ?2 AND kind = ?3 AND key = ?4"_s);
    query.bindAll(region, language, kind, key);
    std::optional<Doc> doc;
    if (query.step())
        doc = Doc{query.columnInt64(0), query.columnText(1), query.columnInt64(2)};
    query.reset();
    return doc;
}

std::optional<SearchIndex::Text> SearchIndex::storedText(const QString &kind, const QString &region,
                                                         const QString &language,
                                                         const QString &key)
{
    const ContentSource source = contentSource(kind);
    Statement &query = cached(u"SELECT title, content FROM %1 WHERE region = ?1 AND "
                              u"language = ?2 AND %2 = ?3"_s.arg(source.table, source.key));
    query.bindAll(region, language, key);
    std::optional<Text> text;
    if (query.step())
        text.emplace(query.columnText(0), query.columnText(1));
    query.reset();
    return text;
}

void SearchIndex::writeFts(bool remove, qint64 id, const QString &scope, const Text &text)
{
    Statement &statement =
        remove
            ? cached(u"INSERT INTO search_fts (search_fts, rowid, scope, title, body) "
                     u"VALUES ('delete', ?1, ?2, ?3, ?4)"_s)
            : cached(
                  u"INSERT INTO search_fts (rowid, scope, title, body) VALUES (?1, ?2, ?3, ?4)"_s);
    statement.bindAll(id, scope, text.title, text.body).exec();
}

bool SearchIndex::takeOut(const Doc &doc, const QString &kind, const QString &region,
                          const QString &language, const QString &key)
{
    const std::optional<Text> indexed = storedText(kind, region, language, key);
    if (!indexed || indexed->hash != doc.hash)
        return false;
    writeFts(true, doc.id, doc.scope, *indexed);
    return true;
}

void SearchIndex::rebuildAfterMismatch()
{
    if (m_rebuilt) {
        throw StoreError(StoreError::Reason::Other, {},
                         u"the search index does not match the content even after a rebuild"_s);
    }
    rebuild();
    m_rebuilt = true;
}

void SearchIndex::insertNew(const QString &kind, const QString &region, const QString &language,
                            const QString &key, const Text &text)
{
    const QString scope =
        u"s%1 s%2"_s.arg(*scopeId(region, QString(), true)).arg(*scopeId(region, language, true));
    cached(u"INSERT INTO search_docs (region, language, kind, key, scope, hash) "
           u"VALUES (?1, ?2, ?3, ?4, ?5, ?6)"_s)
        .bindAll(region, language, kind, key, scope, text.hash)
        .exec();
    writeFts(false, m_db.lastInsertRowId(), scope, text);
    addTerms(text);
}

void SearchIndex::addTerms(const Text &text)
{
    if (!text.termsCollected) {
        Text collected = text;
        collected.collectTerms();
        addTerms(collected);
        return;
    }
    Statement *insert = nullptr;
    for (const auto &[wordHash, word] : text.terms) {
        if (m_termHashes.insert(wordHash).second) {
            if (!insert)
                insert = &cached(u"INSERT OR IGNORE INTO search_terms (term) VALUES (?1)"_s);
            insert->bind(1, word).exec();
        }
    }
}

void SearchIndex::ensureWriteBuffer()
{
    // FTS5 keeps the words of pending rows in memory up to "hashsize" bytes (1 MB by default)
    // and writes a new index segment each time it fills up; the segments are merged again
    // later. 16 MB makes a town's full sync write and merge about a tenth as many (a third
    // less work for the index) and costs at most that much memory while a sync writes.
    constexpr qint64 kHashSize = 16 * 1024 * 1024;
    if (m_bufferChecked)
        return;
    m_bufferChecked = true;
    Statement &current = cached(u"SELECT v FROM search_fts_config WHERE k = 'hashsize'"_s);
    const bool set = current.step() && current.columnInt64(0) == kHashSize;
    current.reset();
    if (set)
        return;
    const DerivedWrites derived(m_db);
    m_db.prepare(u"INSERT INTO search_fts (search_fts, rank) VALUES ('hashsize', ?1)"_s)
        .bind(1, kHashSize)
        .exec();
}

void SearchIndex::put(const QString &kind, const QString &region, const QString &language,
                      const QString &key, const QString &title, const QString &html)
{
    put(kind, region, language, key, Text(title, html));
}

void SearchIndex::put(const QString &kind, const QString &region, const QString &language,
                      const QString &key, const Text &text)
{
    ensureWriteBuffer();
    const DerivedWrites derived(m_db);
    const std::optional<Doc> doc = findDoc(kind, region, language, key);
    if (!doc) {
        insertNew(kind, region, language, key, text);
        return;
    }
    if (doc->hash == text.hash)
        return; // the searchable text did not change
    if (!takeOut(*doc, kind, region, language, key)) {
        rebuildAfterMismatch();
        put(kind, region, language, key, text);
        return;
    }
    cached(u"UPDATE search_docs SET hash = ?2 WHERE id = ?1"_s).bindAll(doc->id, text.hash).exec();
    writeFts(false, doc->id, doc->scope, text);
    addTerms(text);
}

void SearchIndex::remove(const QString &kind, const QString &region, const QString &language,
                         const QString &key)
{
    const DerivedWrites derived(m_db);
    const std::optional<Doc> doc = findDoc(kind, region, language, key);
    if (!doc)
        return;
    if (!takeOut(*doc, kind, region, language, key)) {
        rebuildAfterMismatch();
        remove(kind, region, language, key);
        return;
    }
    cached(u"DELETE FROM search_docs WHERE id = ?1"_s).bind(1, doc->id).exec();
}

void SearchIndex::removeRegion(const QString &region)
{
    Statement others =
        m_db.prepare(u"SELECT EXISTS (SELECT 1 FROM search_docs WHERE region <> ?1)"_s);
    others.bind(1, region);
    if (others.step() && others.columnInt(0) == 0) {
        // The only region indexed (a kiosk reset, say): no need to read its content back.
        const DerivedWrites derived(m_db);
        m_db.exec(
            u"INSERT INTO search_fts (search_fts) VALUES ('delete-all'); "
            u"DELETE FROM search_docs; DELETE FROM search_scopes; DELETE FROM search_terms"_s);
        m_scopes.clear();
        m_termHashes.clear();
        return;
    }
    struct Item
    {
        QString kind, language, key;
    };
    QList<Item> items;
    Statement query =
        m_db.prepare(u"SELECT kind, language, key FROM search_docs WHERE region = ?1"_s);
    query.bind(1, region);
    while (query.step())
        items.append({query.columnText(0), query.columnText(1), query.columnText(2)});
    for (const Item &item : std::as_const(items))
        remove(item.kind, region, item.language, item.key);
    const DerivedWrites derived(m_db);
    m_db.prepare(u"DELETE FROM search_scopes WHERE region = ?1"_s).bind(1, region).exec();
    m_scopes.clear();
}

void SearchIndex::rebuild()
{
    ensureWriteBuffer();
    const DerivedWrites derived(m_db);
    m_db.exec(u"INSERT INTO search_fts (search_fts) VALUES ('delete-all'); "
              u"DELETE FROM search_docs; DELETE FROM search_scopes; DELETE FROM search_terms"_s);
    m_scopes.clear();
    m_termHashes.clear();
    for (const Source &source : kSources) {
        Statement rows = m_db.prepare(
            u"SELECT region, language, %1, title, content FROM %2 ORDER BY region, language"_s.arg(
                source.content.key, source.content.table));
        const QString kind = QString::fromUtf16(source.kind);
        while (rows.step()) {
            insertNew(kind, rows.columnText(0), rows.columnText(1), rows.columnText(2),
                      Text(rows.columnText(3), rows.columnText(4)));
        }
    }
    m_db.prepare(u"INSERT INTO search_state (id, stamp) VALUES (1, ?1) "
                 u"ON CONFLICT (id) DO UPDATE SET stamp = excluded.stamp"_s)
        .bind(1, stamp())
        .exec();
}

bool SearchIndex::rebuildIfStale()
{
    const auto current = [this] {
        return m_db.queryText(u"SELECT stamp FROM search_state WHERE id = 1"_s) == stamp();
    };
    if (current())
        return false;
    Transaction transaction(m_db);
    if (current()) // another process was quicker
        return false;
    rebuild();
    transaction.commit();
    return true;
}

} // namespace integreat::store
