#pragma once

#include <QObject>
#include <QStringList>

namespace integreat::speech {

class SpeechEngine;

/// Reads a text aloud sentence by sentence in the content language's voice: tells which
/// sentence is being spoken (for highlighting), pauses, resumes, stops, changes speed. Where no
/// voice exists for the language it says so (noVoice) and speaks nothing.
class ReadAloud final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadAloud)

public:
    enum class State
    {
        Idle,
        Speaking,
        Paused
    };
    Q_ENUM(State)

    explicit ReadAloud(SpeechEngine &engine, QObject *parent = nullptr);
    ~ReadAloud() override;

    /// The plain text to read and its language code; stops what is being read.
    void setContent(const QString &text, const QString &language);
    QStringList sentences() const { return m_sentences; }
    QString language() const { return m_language; }

    /// Whether the content language has a voice.
    bool canSpeak() const;
    /// "No voice for Tigrinya on this computer", or empty when there is one.
    QString noVoiceText() const;

    void play(); ///< from the start, or resumes when paused
    void pause();
    void stop();
    void setRate(double rate);
    State state() const { return m_state; }
    int currentSentence() const { return m_current; }

signals:
    void sentenceStarted(int index, const QString &sentence);
    void stateChanged(integreat::speech::ReadAloud::State state);
    void noVoice(const QString &message);
    void failed(const QString &message);
    void done();

private:
    void speakCurrent();
    void next();
    void setState(State state);

    SpeechEngine &m_engine;
    QStringList m_sentences;
    QString m_language;
    int m_current = -1;
    State m_state = State::Idle;
};

} // namespace integreat::speech
