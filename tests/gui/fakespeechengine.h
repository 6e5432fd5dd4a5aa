#pragma once

#include "desktop/speech/speechengine.h"

#include <QSet>
#include <QStringList>

namespace integreat::testing {

/// A SpeechEngine for tests: records what it is asked to say and finishes an utterance when the
/// test says so.
class FakeSpeechEngine final : public speech::SpeechEngine
{
    Q_OBJECT

public:
    explicit FakeSpeechEngine(QSet<QString> voices)
        : m_voices(std::move(voices))
    {
    }

    bool hasVoice(const QString &language) const override { return m_voices.contains(language); }
    void speak(const QString &text, const QString &language) override
    {
        spoken << text;
        languages << language;
        speaking = true;
    }
    void pause() override { paused = true; }
    void resume() override { paused = false; }
    void stop() override
    {
        speaking = false;
        ++stops;
    }
    void setRate(double value) override { rate = value; }

    /// The current utterance has been spoken.
    void finish()
    {
        speaking = false;
        emit finished();
    }

    QStringList spoken;
    QStringList languages;
    bool speaking = false;
    bool paused = false;
    int stops = 0;
    double rate = 0;

private:
    QSet<QString> m_voices;
};

} // namespace integreat::testing
