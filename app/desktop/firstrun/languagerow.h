#pragma once

#include "core/model/region.h"
#include "core/sync/syncreport.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace integreat::desktop {

/// One language on the sync page: its native name, what is happening to it, and "Retry" when
/// it failed.
class LanguageRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageRow)

public:
    enum class State
    {
        Waiting,
        Running,
        Done,
        Failed
    };

    LanguageRow(const model::Language &language, QWidget *parent = nullptr);

    QString code() const { return m_code; }
    State state() const { return m_state; }
    QString error() const { return m_error; }

    void setWaiting();
    void setRunning(const QString &what);
    /// Its lists are through; the outcome comes with the end of the run.
    void setFinished();
    void setDone(const sync::LanguageOutcome &outcome);
    void setFailed(const QString &error);

signals:
    void retryClicked(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void alignName();

    void setStatus(const QString &text, const QColor &color);

    QString m_code;
    QString m_name;
    State m_state = State::Waiting;
    QString m_error;
    QLabel *m_nameLabel;
    QLabel *m_status;
    QPushButton *m_retry;
};

} // namespace integreat::desktop
