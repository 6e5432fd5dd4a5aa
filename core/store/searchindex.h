#pragma once

#include "core/store/statement.h"

#include <QHash>
#include <QString>
#include <QStringView>
#include <QtGlobal>
#include <map>
#include <optional>
#include <unordered_set>
#include <utility>
#include <vector>

namespace integreat::store {

class Database;

/// Keeps the full-text index (schema version 3, searchschema.cpp) in step with the content
/// tables. The FTS5 table search_fts is contentless: it holds only the index of each item's
/// normalized title and plain body (content::normalizeForSearch of content::htmlToPlainText),
/// not a second copy of the text; search_docs maps its rowids to items and keeps a hash of the
/// text indexed; search_terms (schema version 6) holds every indexed word once, for typo
/// correction, word forms and compounds (SearchVocabulary). Words are only added there, never
/// taken out one by one (a word no longer in any item only costs a lookup); rebuild() and
/// removing the last region clear it. To take an item's words out of the index, FTS5 needs the
/// text it indexed: it is
/// computed again from the content row, so put() and remove() must be called BEFORE the content
/// row is overwritten or deleted (ContentWriter does, in the same transaction, so the index
/// always matches the committed content and a rollback takes both back). If the recomputed text
/// does not hash to what was indexed (the normalizer or the HTML-to-text conversion changed in
/// between), the whole index is rebuilt instead of being damaged. An item whose normalized
/// text is unchanged is not touched. Rows written here are left out of
/// Database::totalChanges(): they are derived data, not content.
class SearchIndex final
{
public:
    /// The kinds of content indexed, as stored in search_docs.kind.
    static constexpr char16_t Page[] = u"page";
    static constexpr char16_t Event[] = u"event";
    static constexpr char16_t Place[] = u"place";
    static constexpr char16_t News[] = u"news";

    /// The searchable form of one item: its normalized title and plain body and their hash.
    /// Pure and thread-safe to build, so a writer can build many at once (ContentWriter does,
    /// on every core) and only feed them to the database in its own thread.
    struct Text
    {
        Text() = default; ///< empty (QFuture results need one)
        Text(const QString &title, const QString &html);
        /// Also collects the item's words for the vocabulary (collectTerms()).
        static Text withTerms(const QString &title, const QString &html);
        /// Collects the distinct words of title and body that the vocabulary keeps, with a
        /// hash of each (views into title and body).
        void collectTerms();

        QString title, body;
        qint64 hash = 0;
        bool termsCollected = false;
        std::vector<std::pair<size_t, QStringView>> terms;
    };

    explicit SearchIndex(Database &db);
    ~SearchIndex();
    Q_DISABLE_COPY_MOVE(SearchIndex)

    /// Indexes one item (`key` = its path, for news its id) with its new title and HTML
    /// content. Call before its content row is written.
    void put(const QString &kind, const QString &region, const QString &language,
             const QString &key, const QString &title, const QString &html);
    /// The same with the item's text already built (Text(title, html) of the same values).
    void put(const QString &kind, const QString &region, const QString &language,
             const QString &key, const Text &text);
    /// Takes one item out of the index. Call before its content row is deleted.
    void remove(const QString &kind, const QString &region, const QString &language,
                const QString &key);
    /// Takes a whole region out. Call before its content is deleted.
    void removeRegion(const QString &region);
    /// Empties the index and indexes every page, event, place and news item again.
    void rebuild();
    /// Rebuilds the index (in its own transaction) when it was built by another normalizer or
    /// Unicode version than this build's. Returns true when it did.
    bool rebuildIfStale();
    /// What the index depends on besides the content: normalizer and Unicode versions.
    static QString stamp();

    /// Where the items of a kind are stored: the content table and its key column.
    struct ContentSource
    {
        QLatin1StringView table, key;
    };
    static ContentSource contentSource(const QString &kind);

    /// The id of a search scope: a (region, language) pair, or a whole region when `language`
    /// is empty. Every indexed item carries the tokens "s<id>" of its two scopes, so a query
    /// can be confined to languages or a region inside the FTS index itself. Created on demand
    /// when `create`, else nullopt for a scope never indexed.
    std::optional<qint64> scopeId(const QString &region, const QString &language, bool create);

private:
    /// Counts the rows written while it lives as derived, not content.
    class DerivedWrites;
    struct Doc;

    std::optional<Doc> findDoc(const QString &kind, const QString &region, const QString &language,
                               const QString &key);
    /// The normalized text of the item as its content row holds it now (nullopt: no row).
    std::optional<Text> storedText(const QString &kind, const QString &region,
                                   const QString &language, const QString &key);
    /// Takes the item's words out of search_fts; false when its content no longer yields the
    /// text that was indexed.
    bool takeOut(const Doc &doc, const QString &kind, const QString &region,
                 const QString &language, const QString &key);
    void insertNew(const QString &kind, const QString &region, const QString &language,
                   const QString &key, const Text &text);
    /// Adds the words of `text` not yet in search_terms (the vocabulary, SearchVocabulary).
    void addTerms(const Text &text);
    void writeFts(bool remove, qint64 id, const QString &scope, const Text &text);
    void rebuildAfterMismatch();
    /// Lets FTS5 gather more of a big write in memory before it writes index segments
    /// (fewer segments to merge); once per writer, persistent in search_fts_config.
    void ensureWriteBuffer();
    Statement &cached(const QString &sql);

    Database &m_db;
    std::unordered_set<size_t> m_termHashes; ///< words in search_terms (this writer's lifetime)
    QHash<QString, qint64> m_scopes; ///< region + '\n' + language -> id (this writer's lifetime)
    std::map<QString, Statement> m_statements;
    bool m_rebuilt = false;
    bool m_bufferChecked = false;
};

} // namespace integreat::store
