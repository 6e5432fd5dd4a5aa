#include "desktop/speech/readaloud.h"

#include "desktop/speech/speechengine.h"
#include "desktop/speech/speechtext.h"

#include <QLocale>

namespace integreat::speech {

ReadAloud::ReadAloud(SpeechEngine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    connect(&m_engine, &SpeechEngine::finished, this, &ReadAloud::next);
    connect(&m_engine, &SpeechEngine::failed, this, [this](const QString &message) {
        m_current = -1;
        setState(State::Idle);
        emit failed(message);
    });
}

ReadAloud::~ReadAloud() = default;

void ReadAloud::setContent(const QString &text, const QString &language)
{
    stop();
    m_sentences = SpeechText::sentences(text);
    m_language = language;
}

bool ReadAloud::canSpeak() const
{
    return m_engine.hasVoice(m_language);
}

QString ReadAloud::noVoiceText() const
{
    if (canSpeak())
        return {};
    const QLocale locale(m_language);
    const QString name =
        locale.language() == QLocale::C ? m_language : QLocale::languageToString(locale.language());
    return tr("No voice for %1 on this computer").arg(name);
}

void ReadAloud::play()
{
    if (m_state == State::Paused) {
        m_engine.resume();
        setState(State::Speaking);
        return;
    }
    if (m_state == State::Speaking || m_sentences.isEmpty())
        return;
    if (!canSpeak()) {
        emit noVoice(noVoiceText());
        return;
    }
    m_current = 0;
    setState(State::Speaking);
    speakCurrent();
}

void ReadAloud::pause()
{
    if (m_state != State::Speaking)
        return;
    m_engine.pause();
    setState(State::Paused);
}

void ReadAloud::stop()
{
    if (m_state == State::Idle)
        return;
    m_current = -1;
    setState(State::Idle);
    m_engine.stop();
}

void ReadAloud::setRate(double rate)
{
    m_engine.setRate(rate);
}

void ReadAloud::speakCurrent()
{
    const QString sentence = m_sentences.at(m_current);
    emit sentenceStarted(m_current, sentence);
    m_engine.speak(SpeechText::spoken(sentence), m_language);
}

void ReadAloud::next()
{
    if (m_state == State::Idle)
        return;
    if (m_current + 1 >= m_sentences.size()) {
        m_current = -1;
        setState(State::Idle);
        emit done();
        return;
    }
    ++m_current;
    speakCurrent();
}

void ReadAloud::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace integreat::speech
