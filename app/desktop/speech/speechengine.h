#pragma once

#include <QObject>
#include <QString>

namespace integreat::speech {

/// What reads text aloud: the system's speech (QtSpeechEngine) or, in tests, a fake. One
/// utterance at a time; `finished` when it has been spoken (not after stop()).
class SpeechEngine : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Whether a voice of this language (code: de, ar, ti) exists. Never a stand-in voice of
    /// another language.
    virtual bool hasVoice(const QString &language) const = 0;
    /// Speaks `text` with a voice of `language` (hasVoice() must be true).
    virtual void speak(const QString &text, const QString &language) = 0;
    virtual void pause() = 0;
    virtual void resume() = 0;
    virtual void stop() = 0;
    /// -1 (slowest) … 0 (normal) … 1 (fastest).
    virtual void setRate(double rate) = 0;

signals:
    void finished();
    void failed(const QString &message);
};

} // namespace integreat::speech
