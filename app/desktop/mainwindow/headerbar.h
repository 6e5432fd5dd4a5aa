#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QToolButton;

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

class LanguageButton;
class RegionButton;
class SyncStateWidget;

/// The top of the window: the app mark and the region (with Change), the search field, the
/// content language menu, the sync state with Sync now, and the main menu.
class HeaderBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeaderBar)

public:
    explicit HeaderBar(QWidget *parent = nullptr);

    RegionButton *region() const { return m_region; }
    QLineEdit *searchField() const { return m_search; }
    LanguageButton *language() const { return m_language; }
    SyncStateWidget *syncState() const { return m_syncState; }
    QToolButton *menuButton() const { return m_menu; }

    /// Shows `region`'s name, the other saved regions and "Search in <region>".
    void showRegion(const store::Store &store, const QString &region);
    /// The content languages of `region` (those saved here enabled), `language` current.
    void showLanguages(const store::Store &store, const QString &region, const QString &language);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Icons are tinted with the theme's colours: again after a theme change.
    void updateIcons();
    /// Narrow windows: the sync state shrinks to its button, the search field to its minimum.
    void updateCompact();
    /// The width left for the search field when every other part is at its smallest.
    int roomForSearch() const;

    RegionButton *m_region;
    QLineEdit *m_search;
    LanguageButton *m_language;
    SyncStateWidget *m_syncState;
    QToolButton *m_menu;
    QLabel *m_logo;
    QAction *m_searchIcon;
};

} // namespace integreat::desktop
