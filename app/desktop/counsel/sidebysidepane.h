#pragma once

#include "desktop/presentation/location.h"

#include <QUrl>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QToolButton;

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

class ContentBrowser;
class LinkRouter;
class ScrollSync;

/// Side by side: the item on the left (the window's reader) in a second language on the right,
/// in that language's direction and font, scrolled together heading by heading. The second
/// language is any saved language of the town; where the item does not exist in it, a notice
/// says so with the languages it exists in. Links on this side open the pair.
class SideBySidePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SideBySidePane)

public:
    SideBySidePane(const store::Store &store, const QUrl &server, QWidget *parent = nullptr);
    ~SideBySidePane() override;

    void setResourceDir(const QString &dir);
    /// Shows `item` (what the left side shows, in `left`) in the second language here.
    void showPair(const Location &item, ContentBrowser *left);
    /// Forgets the item, the second language and the left side.
    void clear();

    QString secondLanguage() const { return m_second; }
    void setSecondLanguage(const QString &language);
    /// What this side shows (empty route when the item does not exist in the second language).
    Location shownRoute() const { return m_shown; }

    ContentBrowser *browser() const { return m_browser; }
    QComboBox *languageBox() const { return m_languages; }
    QToolButton *swapButton() const { return m_swap; }
    QString noticeText() const;
    ScrollSync *scrollSync() const { return m_sync; }

signals:
    /// A link on this side was followed: open `route` (in the left side's language where the
    /// target exists in it).
    void openRequested(const integreat::desktop::Location &route);
    /// The user asked to swap the sides' languages.
    void swapRequested();
    void secondLanguageChanged(const QString &language);

private:
    /// Both sides' reads of the store go through StoreGuard: its sentence shows in the notice.
    void readStore(const std::function<void()> &read);
    void showNotice(const QString &text);
    void pairUp(const Location &item, ContentBrowser *left);
    void fillLanguages();
    void render();
    QString htmlOf(const Location &route) const;
    void followLink(const Location &route);

    const store::Store &m_store;
    QString m_resourceDir;
    Location m_item;
    Location m_shown;
    QString m_second;
    QComboBox *m_languages;
    QToolButton *m_swap;
    QLabel *m_notice;
    ContentBrowser *m_browser;
    LinkRouter *m_router;
    ScrollSync *m_sync;
    ContentBrowser *m_left = nullptr;
    bool m_filling = false;
};

} // namespace integreat::desktop
