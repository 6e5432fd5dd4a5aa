#include "desktop/speech/qtspeechengine.h"

#include <QLocale>
#include <QTextToSpeech>

namespace integreat::speech {

namespace {
QLocale::Language languageOf(const QString &code)
{
    return QLocale(code).language();
}
} // namespace

QtSpeechEngine::QtSpeechEngine(QObject *parent)
    : SpeechEngine(parent)
    , m_speech(new QTextToSpeech(this))
{
    connect(m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        if (state == QTextToSpeech::Ready && m_speaking) {
            m_speaking = false;
            if (!m_stopping)
                emit finished();
            m_stopping = false;
        } else if (state == QTextToSpeech::Error) {
            m_speaking = false;
            emit failed(tr("The speech service failed."));
        }
    });
}

QtSpeechEngine::~QtSpeechEngine() = default;

bool QtSpeechEngine::isAvailable() const
{
    return m_speech->state() != QTextToSpeech::Error && !m_speech->availableLocales().isEmpty();
}

bool QtSpeechEngine::hasVoice(const QString &language) const
{
    const QLocale::Language wanted = languageOf(language);
    if (wanted == QLocale::AnyLanguage || wanted == QLocale::C)
        return false;
    const QList<QLocale> locales = m_speech->availableLocales();
    return std::any_of(locales.begin(), locales.end(),
                       [wanted](const QLocale &locale) { return locale.language() == wanted; });
}

void QtSpeechEngine::speak(const QString &text, const QString &language)
{
    const QLocale::Language wanted = languageOf(language);
    if (m_speech->locale().language() != wanted) {
        for (const QLocale &locale : m_speech->availableLocales()) {
            if (locale.language() == wanted) {
                m_speech->setLocale(locale);
                break;
            }
        }
    }
    m_speaking = true;
    m_stopping = false;
    m_speech->say(text);
}

void QtSpeechEngine::pause()
{
    m_speech->pause();
}

void QtSpeechEngine::resume()
{
    m_speech->resume();
}

void QtSpeechEngine::stop()
{
    m_stopping = m_speaking;
    m_speech->stop();
}

void QtSpeechEngine::setRate(double rate)
{
    m_speech->setRate(std::clamp(rate, -1.0, 1.0));
}

} // namespace integreat::speech
