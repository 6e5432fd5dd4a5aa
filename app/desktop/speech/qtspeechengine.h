#pragma once

#include "desktop/speech/speechengine.h"

class QTextToSpeech;

namespace integreat::speech {

/// SpeechEngine over Qt TextToSpeech (on Linux the speech-dispatcher plugin with espeak-ng's
/// voices). A language counts as voiced when the engine lists a locale of that language.
class QtSpeechEngine final : public SpeechEngine
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QtSpeechEngine)

public:
    explicit QtSpeechEngine(QObject *parent = nullptr);
    ~QtSpeechEngine() override;

    /// Whether the system's speech service answered (a backend is loaded and usable).
    bool isAvailable() const;

    bool hasVoice(const QString &language) const override;
    void speak(const QString &text, const QString &language) override;
    void pause() override;
    void resume() override;
    void stop() override;
    void setRate(double rate) override;

private:
    QTextToSpeech *m_speech;
    bool m_speaking = false;
    bool m_stopping = false;
};

} // namespace integreat::speech
