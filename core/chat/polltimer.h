#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

namespace integreat::chat {

/// When an open chat asks the server again: a single-shot timer the session starts and stops.
/// It runs on a QTimer; tests override start/stop/isActive and emit timeout() themselves, so they
/// drive the polling by its events instead of waiting for time to pass.
class PollTimer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollTimer)

public:
    explicit PollTimer(QObject *parent = nullptr);
    ~PollTimer() override;

    virtual void start(std::chrono::milliseconds interval);
    virtual void stop();
    virtual bool isActive() const;

signals:
    void timeout();

private:
    QTimer m_timer;
};

} // namespace integreat::chat
