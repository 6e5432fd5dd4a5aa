#pragma once

#include <QObject>
#include <QString>

namespace integreat::desktop {

/// Where a notification bubble goes: the desktop (SystemNotifier: D-Bus, else the tray) or, in
/// tests, a recorder. `key` comes back through activated() when the user clicks the bubble.
class Notifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    explicit Notifier(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
    ~Notifier() override = default;

    virtual void notify(const QString &key, const QString &title, const QString &body) = 0;

signals:
    void activated(const QString &key);
};

} // namespace integreat::desktop
