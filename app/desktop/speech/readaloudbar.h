#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace integreat::speech {

class ReadAloud;

/// The Read aloud controls: Read aloud / Pause / Resume, Stop, speed; where the content language
/// has no voice, the button is off and the bar says so. Call refresh() after new content.
class ReadAloudBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadAloudBar)

public:
    explicit ReadAloudBar(ReadAloud &reader, QWidget *parent = nullptr);
    ~ReadAloudBar() override;

    void refresh();

    QToolButton *playButton() const { return m_play; }
    QToolButton *stopButton() const { return m_stop; }
    QComboBox *speedBox() const { return m_speed; }
    QString notice() const;

private:
    void playOrPause();

    ReadAloud &m_reader;
    QToolButton *m_play;
    QToolButton *m_stop;
    QComboBox *m_speed;
    QLabel *m_notice;
};

} // namespace integreat::speech
