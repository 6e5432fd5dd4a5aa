#pragma once

#include <QObject>

namespace integreat::desktop {

/// Notices use of the app: an event filter on the whole application that emits activity() for
/// every key, mouse button, wheel, touch or mouse move from the user (spontaneous events; the idle
/// clock of a shared computer's automatic End session). It swallows nothing.
class ActivityFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityFilter)

public:
    explicit ActivityFilter(QObject *parent = nullptr);
    ~ActivityFilter() override;

    /// Whether `type` is an input of the user.
    static bool isInput(int type);

signals:
    void activity();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace integreat::desktop
