#pragma once

#include "desktop/counsel/pairhtml.h"
#include "desktop/presentation/location.h"

#include <QUrl>
#include <QWidget>
#include <functional>

class QComboBox;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
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
/// language is any saved language of the town; the town's other languages are offered for
/// download (the window syncs them: this pane never touches the network). Where the item does
/// not exist in the second language, a notice says so with the languages it exists in. Links on
/// this side open the pair. The language bar wraps onto two lines when the pane is narrow.
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
    QLabel *languageLabel() const { return m_label; }
    /// "Download …" for a chosen language that is not saved yet (hidden otherwise).
    QPushButton *downloadButton() const { return m_download; }
    QProgressBar *downloadProgress() const { return m_progress; }
    QString noticeText() const;
    /// Marks the chooser's languages that are not saved ("… (not downloaded)").
    static constexpr int NotDownloadedRole = Qt::UserRole + 1;

    /// The download asked for with downloadRequested() is under way: `text` says where it is.
    void showDownloadProgress(const QString &text);
    /// The download of `language` ended: saved (`error` empty), the pair shows; else `error`
    /// says why.
    void downloadFinished(const QString &region, const QString &language, const QString &error);
    ScrollSync *scrollSync() const { return m_sync; }

signals:
    /// A link on this side was followed: open `route` (in the left side's language where the
    /// target exists in it).
    void openRequested(const integreat::desktop::Location &route);
    /// The user asked to swap the sides' languages.
    void swapRequested();
    void secondLanguageChanged(const QString &language);
    /// The user chose to download `language` of `region` for this side.
    void downloadRequested(const QString &region, const QString &language);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Both sides' reads of the store go through StoreGuard: its sentence shows in the notice.
    void readStore(const std::function<void()> &read);
    void showNotice(const QString &text);
    void pairUp(const Location &item, ContentBrowser *left);
    void fillLanguages();
    void render();
    void offerDownload(const QString &language);
    void expandDates(const Location &event);
    void layoutBar();
    void followLink(const Location &route);

    const store::Store &m_store;
    QString m_resourceDir;
    Location m_item;
    Location m_shown;
    QString m_second;
    QLabel *m_label;
    QComboBox *m_languages;
    QToolButton *m_swap;
    QGridLayout *m_bar;
    QLabel *m_notice;
    QPushButton *m_download;
    QProgressBar *m_progress;
    QString m_offered;          ///< the language offered or being downloaded
    bool m_downloading = false; ///< the offered language's download was asked for and runs
    PairHtml::EventDates m_dates;
    quint64 m_datesGeneration = 0;
    int m_barRows = 0; ///< the language bar's lines (1 to 3)
    ContentBrowser *m_browser;
    LinkRouter *m_router;
    ScrollSync *m_sync;
    ContentBrowser *m_left = nullptr;
    bool m_filling = false;
};

} // namespace integreat::desktop
