#pragma once

#include "core/model/region.h"

#include <QDialog>
#include <QStringList>

class QPushButton;
class QStackedWidget;

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

class LanguagePage;
class RegionPage;
class SyncController;
class SyncPage;

/// The first start (and "add a region" later): pick a region, pick the content languages,
/// download them. exec() returns Accepted once the chosen content is in the store (or the demo
/// town was imported); region() and languages() then say what. Enter moves on, Esc cancels
/// (during the download: cancels the download and goes back to the languages).
class FirstRunWizard final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunWizard)

public:
    FirstRunWizard(SyncController &sync, store::Store &store, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    /// The chosen region's slug (after Accepted).
    QString region() const { return m_region; }
    /// The content languages now in the store, the one to show first at the front.
    QStringList languages() const { return m_languages; }

    /// The UI language (default: the language of QLocale()); preselected with German.
    void setUiLanguage(const QString &code) { m_uiLanguage = code; }
    /// Whether to ask the system for a position for "Nearby" (default: yes).
    void setNearbyEnabled(bool enabled) { m_nearbyEnabled = enabled; }

    RegionPage *regionPage() const { return m_regionPage; }
    LanguagePage *languagePage() const { return m_languagePage; }
    SyncPage *syncPage() const { return m_syncPage; }
    /// Makes the window tall enough to show the region page's failed notice whole, as far as
    /// `available` (the screen's free area) allows. The window opens at most 2/3 of the screen
    /// high, which can hide the demo button below the fold although the screen has room.
    void growForNotice(const QRect &available);

public slots:
    void reject() override;

signals:
    /// The demo pack could not be imported (the message is also shown on the page).
    void demoFailed(const QString &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum Page
    {
        RegionStep,
        LanguageStep,
        SyncStep
    };

    void fetchRegions();
    void onRegionsFetched(const QList<model::Region> &regions, const QString &error);
    void goToRegions();
    void goToLanguages(const QString &slug);
    void goToSync();
    void importDemo();
    void finish(const QString &region, QStringList languages);
    void updateButtons();
    void onNext();
    void onBack();

    SyncController &m_sync;
    store::Store &m_store;
    QStackedWidget *m_pages;
    RegionPage *m_regionPage;
    LanguagePage *m_languagePage;
    SyncPage *m_syncPage;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_cancel;
    std::optional<model::Region> m_chosen;
    QString m_region;
    QStringList m_languages;
    QString m_uiLanguage;
    bool m_nearbyEnabled = true;
    bool m_awaitingRegions = false;
    bool m_started = false;
};

} // namespace integreat::desktop
