#include "desktop/pages/navigator.h"

namespace integreat::desktop {

Navigator::Navigator(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Location>();
}

Location Navigator::current() const
{
    return m_index >= 0 ? m_entries.at(m_index).location : Location{};
}

Location Navigator::at(int index) const
{
    return index >= 0 && index < m_entries.size() ? m_entries.at(index).location : Location{};
}

int Navigator::currentScroll() const
{
    return m_index >= 0 ? m_entries.at(m_index).scroll : 0;
}

void Navigator::open(const Location &location)
{
    if (m_index >= 0 && m_entries.at(m_index).location == location)
        return;
    m_entries.resize(m_index + 1);
    m_entries.append(Entry{location, 0});
    m_index = int(m_entries.size()) - 1;
    emit currentChanged(location);
    emit historyChanged();
}

void Navigator::replace(const Location &location)
{
    if (m_index < 0) {
        open(location);
        return;
    }
    if (m_entries.at(m_index).location == location)
        return;
    m_entries[m_index] = Entry{location, 0};
    emit currentChanged(location);
    emit historyChanged();
}

void Navigator::reset(const Location &location)
{
    m_entries = {Entry{location, 0}};
    m_index = 0;
    emit currentChanged(location);
    emit historyChanged();
}

void Navigator::back()
{
    if (canGoBack())
        moveTo(m_index - 1);
}

void Navigator::forward()
{
    if (canGoForward())
        moveTo(m_index + 1);
}

void Navigator::moveTo(int index)
{
    m_index = index;
    emit currentChanged(m_entries.at(m_index).location);
    emit historyChanged();
}

void Navigator::setCurrentScroll(int value)
{
    if (m_index >= 0)
        m_entries[m_index].scroll = value;
}

} // namespace integreat::desktop
