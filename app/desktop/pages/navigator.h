#pragma once

#include "desktop/presentation/location.h"

#include <QList>
#include <QObject>

namespace integreat::desktop {

/// The Back/Forward history of the window, over every section's routes (Location), with each
/// entry's scroll position.
/// open() adds an entry (dropping what was ahead), replace() changes the current one
/// (search as you type, a language switch that should not pile up entries).
class Navigator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Navigator)

public:
    explicit Navigator(QObject *parent = nullptr);

    bool hasCurrent() const { return m_index >= 0; }
    Location current() const;
    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index >= 0 && m_index < m_entries.size() - 1; }
    /// The scroll position remembered for the current entry (0 for a new one).
    int currentScroll() const;
    int size() const { return int(m_entries.size()); }
    /// The position of the current entry (-1 without one) and the entry at `index`.
    int index() const { return m_index; }
    Location at(int index) const;

public slots:
    /// Goes to `location` as a new entry; nothing happens when it is the current one.
    void open(const integreat::desktop::Location &location);
    void replace(const integreat::desktop::Location &location);
    /// Forgets the history and starts again at `location`.
    void reset(const integreat::desktop::Location &location);
    void back();
    void forward();
    void setCurrentScroll(int value);

signals:
    /// The current location changed (any cause).
    void currentChanged(const integreat::desktop::Location &location);
    void historyChanged();

private:
    struct Entry
    {
        Location location;
        int scroll = 0;
    };
    void moveTo(int index);

    QList<Entry> m_entries;
    int m_index = -1;
};

} // namespace integreat::desktop
