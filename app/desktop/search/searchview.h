#pragma once

#include "core/store/search.h"
#include "desktop/presentation/languages.h"
#include "desktop/presentation/location.h"

#include <QWidget>

class QLabel;
class QListView;
class QStandardItemModel;

namespace integreat::desktop {

class SearchRunner;
class SearchResultDelegate;

/// Search results as you type: title, kind and a snippet with the matches highlighted, in the
/// content language (a German hit shows as its translation where one exists). Says so, in the
/// user's language, when nothing is found.
class SearchView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchView)

public:
    static constexpr int HitKindRole = Qt::UserRole + 50;
    static constexpr int HitPathRole = Qt::UserRole + 51;

    SearchView(SearchRunner &runner, QWidget *parent = nullptr);

    /// Searches `location.query` in its region and language (and German).
    void showQuery(const Location &location, const ContentLanguage &language);
    void clear();
    /// Leaves hits of these kinds ("page", "event", "place", "news") out (a kiosk that does not
    /// show their section).
    void setHiddenKinds(const QStringList &kinds) { m_hiddenKinds = kinds; }

    QListView *list() const { return m_list; }
    int resultCount() const;
    QStringList resultTitles() const;
    QString summaryText() const;
    /// "Results for “Kindergeld”" when the query was corrected, else empty.
    QString correctedText() const;
    bool isSearching() const { return m_searching; }
    void focusResults();

signals:
    void resultActivated(const integreat::desktop::Location &location);
    /// An event, news or place hit: `kind` "event" (path = event path), "news" (path = news
    /// id) or "place" (path = place path).
    void itemActivated(const QString &kind, const QString &path);
    /// The results for the current query are on screen (`count` may be 0).
    void resultsShown(int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showResults(const QString &query, const QList<store::SearchHit> &hits,
                     const QString &error);
    QString snippetHtml(const store::SearchHit &hit) const;
    QString kindLabel(const QString &kind) const;

    SearchRunner &m_runner;
    QLabel *m_heading;
    QLabel *m_summary;
    QLabel *m_corrected; ///< "Results for …" when the search corrected a word
    QLabel *m_empty;
    QListView *m_list;
    QStandardItemModel *m_model;
    SearchResultDelegate *m_delegate;
    Location m_location;
    ContentLanguage m_language;
    bool m_searching = false;
    QStringList m_hiddenKinds;
};

} // namespace integreat::desktop
