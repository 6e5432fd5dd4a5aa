#pragma once

#include "core/model/region.h"

#include <QWidget>
#include <optional>

class QGeoPositionInfo;
class QGeoPositionInfoSource;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace integreat::desktop {

class RegionList;

/// First-run page 1: where do you live? A search field (name and aliases, like the official
/// app), the live regions grouped A–Z, "Nearby" when a position is known; while loading a busy
/// bar; when the list cannot be loaded a message with "Try again" and "Try the demo town".
class RegionPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionPage)

public:
    explicit RegionPage(QWidget *parent = nullptr);
    ~RegionPage() override;

    void setLoading();
    void setRegions(const QList<model::Region> &regions);
    /// `detail`: the cause (a sentence); `canRetry`: false in offline mode.
    void setFailed(const QString &detail, bool canRetry);
    /// Asks the system's position source once (if there is one) for the Nearby section.
    void startPositioning();
    /// The user's position (from the position source, or set by tests).
    void setPosition(double latitude, double longitude);

    QString selectedSlug() const;
    std::optional<model::Region> selectedRegion() const;
    std::optional<model::Region> regionBySlug(const QString &slug) const;
    bool hasNearby() const { return !m_nearby.isEmpty(); }
    /// True once the list of regions is shown (not loading, not failed).
    bool isListShown() const;
    void focusSearch();
    /// The heading's sentence under the title.
    QLabel *introLabel() const { return m_intro; }
    /// How much taller the page would have to be to show the failed notice whole, without
    /// scrolling (0 when it fits or is not shown).
    int missingHeight() const;

signals:
    void regionActivated(const QString &slug);
    void selectionChanged();
    void retryRequested();
    void demoRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void onPosition(const QGeoPositionInfo &info);

    QList<model::Region> m_regions;
    QList<model::Region> m_nearby;
    std::optional<model::GeoPoint> m_here; ///< the user's position, once known
    QLabel *m_title;
    QLabel *m_intro;
    QLineEdit *m_search;
    QLabel *m_count;
    RegionList *m_list;
    QStackedWidget *m_states;
    QScrollArea *m_failedScroll;
    QProgressBar *m_busy;
    QLabel *m_errorText;
    QLabel *m_errorDetail;
    QPushButton *m_retry;
    QPushButton *m_demo;
    QGeoPositionInfoSource *m_position = nullptr;
};

} // namespace integreat::desktop
