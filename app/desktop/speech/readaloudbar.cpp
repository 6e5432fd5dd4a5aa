#include "desktop/speech/readaloudbar.h"

#include "desktop/speech/readaloud.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace integreat::speech {

ReadAloudBar::ReadAloudBar(ReadAloud &reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_play(new QToolButton(this))
    , m_stop(new QToolButton(this))
    , m_speed(new QComboBox(this))
    , m_notice(new QLabel(this))
{
    m_play->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_stop->setText(tr("Stop"));
    m_speed->setAccessibleName(tr("Speed"));
    // Rates of Qt TextToSpeech: -1 … 1, 0 normal.
    m_speed->addItem(tr("Slow"), -0.4);
    m_speed->addItem(tr("Normal speed"), 0.0);
    m_speed->addItem(tr("Fast"), 0.4);
    m_speed->setCurrentIndex(1);
    m_notice->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_play);
    layout->addWidget(m_stop);
    layout->addWidget(m_speed);
    layout->addWidget(m_notice, 1);
    connect(m_play, &QToolButton::clicked, this, &ReadAloudBar::playOrPause);
    connect(m_stop, &QToolButton::clicked, &m_reader, &ReadAloud::stop);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_reader.setRate(m_speed->itemData(index).toDouble()); });
    connect(&m_reader, &ReadAloud::stateChanged, this, &ReadAloudBar::refresh);
    connect(&m_reader, &ReadAloud::failed, m_notice, &QLabel::setText);
    refresh();
}

ReadAloudBar::~ReadAloudBar() = default;

QString ReadAloudBar::notice() const
{
    return m_notice->text();
}

void ReadAloudBar::refresh()
{
    const bool voiced = m_reader.canSpeak();
    const ReadAloud::State state = m_reader.state();
    m_play->setText(state == ReadAloud::State::Speaking ? tr("Pause")
                    : state == ReadAloud::State::Paused ? tr("Resume")
                                                        : tr("Read aloud"));
    m_play->setEnabled(voiced && !m_reader.sentences().isEmpty());
    m_stop->setEnabled(state != ReadAloud::State::Idle);
    m_notice->setText(voiced ? QString() : m_reader.noVoiceText());
    m_play->setToolTip(voiced ? QString() : m_reader.noVoiceText());
}

void ReadAloudBar::playOrPause()
{
    if (m_reader.state() == ReadAloud::State::Speaking)
        m_reader.pause();
    else
        m_reader.play();
}

} // namespace integreat::speech
