#include "desktop/mainwindow/sectionshell.h"

#include "desktop/mainwindow/sectionbar.h"

#include <QScopedValueRollback>
#include <QStackedWidget>

namespace integreat::desktop {

SectionShell::SectionShell(SectionBar &bar, QStackedWidget &stack, QObject *parent)
    : QObject(parent)
    , m_bar(bar)
    , m_stack(stack)
{
    m_stack.setAccessibleDescription(tr("What the section chosen in the section tabs shows"));
}

void SectionShell::showAsCurrent(const Section *section)
{
    m_bar.setCurrent(section->id());
    m_stack.setAccessibleName(section->accessibleTitle());
}

void SectionShell::add(Section *section)
{
    m_sections.append(section);
    m_stack.addWidget(section->widget());
    const auto move = [this, section](const Location &route) {
        if (!m_applying && m_stack.currentWidget() == section->widget())
            emit navigate(route);
    };
    connect(section, &Section::navigate, this, move);
    connect(section, &Section::linkNavigate, this, move);
    connect(section, &Section::titleChanged, this, [this, section] {
        m_bar.setTitle(section->id(), section->title(), section->accessibleTitle());
        if (m_stack.currentWidget() == section->widget()) {
            m_stack.setAccessibleName(section->accessibleTitle());
            emit titleChanged();
        }
    });
    connect(section, &Section::downloadRequested, this, &SectionShell::downloadRequested);
}

Section *SectionShell::current() const
{
    for (Section *section : m_sections) {
        if (section->widget() == m_stack.currentWidget())
            return section;
    }
    return m_sections.constFirst();
}

Section *SectionShell::sectionFor(const Location &route) const
{
    for (Section *section : m_sections) {
        if (section->id() == route.section())
            return section;
    }
    return m_sections.constFirst();
}

void SectionShell::setOffered(const QStringList &ids)
{
    m_offered = ids;
}

bool SectionShell::isOffered(const QString &id) const
{
    return m_offered.isEmpty() || m_offered.contains(id);
}

void SectionShell::show(const Location &route)
{
    Section *section = sectionFor(route);
    Location shown = route;
    // A section the kiosk does not offer, or one that shows nothing here (the chat of a town
    // without it): the start of the first one that can, saying why where the section says.
    const QString unavailable = section->unavailableText(m_region);
    if (!isOffered(section->id()) || !unavailable.isEmpty()) {
        for (Section *offered : std::as_const(m_sections)) {
            if (isOffered(offered->id()) && offered->unavailableText(m_region).isEmpty()) {
                section = offered;
                shown = offered->startRoute(route.region, route.language);
                break;
            }
        }
    }
    {
        const QScopedValueRollback<bool> applying(m_applying, true);
        section->open(shown);
        if (m_stale.removeAll(section) > 0)
            section->refresh();
        m_stack.setCurrentWidget(section->widget());
    }
    showAsCurrent(section);
    if (!unavailable.isEmpty())
        section->showNotice(unavailable, {});
}

void SectionShell::setRegion(const std::optional<model::Region> &region, const QString &currentId)
{
    m_region = region;
    QList<SectionBar::Section> entries;
    for (const Section *section : std::as_const(m_sections)) {
        if (section->isEnabledFor(region) && isOffered(section->id()))
            entries.append({section->id(), section->title()});
    }
    m_bar.setSections(entries, currentId);
}

void SectionShell::setLanguage(const QString &region, const QString &language)
{
    for (Section *section : std::as_const(m_sections)) {
        section->regionChanged(region, language);
        m_bar.setTitle(section->id(), section->title(), section->accessibleTitle());
    }
    m_stack.setAccessibleName(current()->accessibleTitle());
}

void SectionShell::refresh()
{
    Section *shown = current();
    m_stale = m_sections;
    m_stale.removeAll(shown);
    {
        const QScopedValueRollback<bool> applying(m_applying, true);
        shown->refresh();
    }
    showAsCurrent(shown);
}

std::optional<Location> SectionShell::routeOf(const QString &id, const Location &current) const
{
    for (const Section *section : m_sections) {
        if (section->id() != id)
            continue;
        const Location route = section->currentRoute();
        if (route.region == current.region && route.language == current.language)
            return route;
        return section->startRoute(current.region, current.language);
    }
    return std::nullopt;
}

} // namespace integreat::desktop
