#pragma once

#include "desktop/mainwindow/section.h"

#include <QList>
#include <QObject>

class QStackedWidget;

namespace integreat::desktop {

class SectionBar;

/// The window's sections behind the section bar: shows the section a route belongs to, lists
/// the sections a region enables, keeps their tab titles, refreshes the shown one in place (the
/// others when they are shown next) and passes on the moves the shown section makes itself. The
/// stack is named after the section shown (what a screen reader says for it).
class SectionShell final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionShell)

public:
    SectionShell(SectionBar &bar, QStackedWidget &stack, QObject *parent = nullptr);

    /// Adds a section (its widget to the stack); the shell does not own it.
    void add(Section *section);
    const QList<Section *> &sections() const { return m_sections; }
    /// The section on screen (the first one before anything was shown).
    Section *current() const;

    /// Shows `route` in its section and that section; a route of a section that is not
    /// offered or shows nothing in the region (Section::unavailableText) shows the start of the
    /// first section that can instead, with the section's notice.
    void show(const Location &route);
    /// The sections `region` enables go on the bar, `currentId` selected; routes shown next are
    /// in this region.
    void setRegion(const std::optional<model::Region> &region, const QString &currentId);
    /// Tells every section the region and language shown now (tab counts).
    void setLanguage(const QString &region, const QString &language);
    /// Only these sections are offered (a kiosk's configuration); empty: every one. A route of
    /// another section shows the first offered section's start instead.
    void setOffered(const QStringList &ids);
    bool isOffered(const QString &id) const;
    /// Reads the shown section again in place, the others when they are shown next.
    void refresh();
    /// Where section `id` was left in `current`'s region and language, else where it starts;
    /// nothing for an unknown section.
    std::optional<Location> routeOf(const QString &id, const Location &current) const;

signals:
    /// The shown section moved (an item opened, a link followed): a new history entry.
    void navigate(const integreat::desktop::Location &route);
    /// The shown section's title changed (window title).
    void titleChanged();
    void downloadRequested(const QString &region, const QString &language);

private:
    Section *sectionFor(const Location &route) const;
    /// Marks `id` as shown on the bar and names the stack after it: screen readers announce the
    /// stack (a "layered pane") when the focus enters it (F6).
    void showAsCurrent(const Section *section);

    SectionBar &m_bar;
    QStackedWidget &m_stack;
    QList<Section *> m_sections;
    std::optional<model::Region> m_region; ///< the region of the routes shown (setRegion)
    QStringList m_offered;                 ///< empty: every section
    QList<Section *> m_stale; ///< to be read again when shown (after a sync, a theme change)
    bool m_applying = false;  ///< a route is being shown: the section's own moves are not new
};

} // namespace integreat::desktop
