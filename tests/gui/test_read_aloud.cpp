// Read aloud (speech::ReadAloud) with a fake engine: sentences in order in the content
// language, phone numbers digit by digit, pause/resume/stop, speed, "no voice" instead of a
// wrong voice; and once with the system's engine where it has a voice (else SKIPPED).
#include "corpus.h"
#include "desktop/speech/qtspeechengine.h"
#include "desktop/speech/readaloud.h"
#include "desktop/speech/readaloudbar.h"
#include "desktop/speech/speechtext.h"
#include "fakespeechengine.h"

#include <QComboBox>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

TEST_CASE("Read aloud speaks the sentences in order in the content language")
{
    FakeSpeechEngine engine({u"de"_s, u"ar"_s});
    speech::ReadAloud reader(engine);
    QSignalSpy started(&reader, &speech::ReadAloud::sentenceStarted);
    QSignalSpy done(&reader, &speech::ReadAloud::done);
    reader.setContent(u"Willkommen in Augsburg. Rufen Sie an: +49 821 324-0.\nTermine gibt es "
                      "von 7.30 bis 8.00 Uhr!"_s,
                      u"de"_s);
    REQUIRE(reader.sentences().size() == 3);
    CHECK(reader.canSpeak());
    reader.play();
    CHECK(reader.state() == speech::ReadAloud::State::Speaking);
    REQUIRE(engine.spoken.size() == 1);
    CHECK(engine.spoken.at(0) == u"Willkommen in Augsburg."_s);
    REQUIRE(started.size() == 1);
    CHECK(started.at(0).at(0).toInt() == 0);
    CHECK(started.at(0).at(1).toString() == u"Willkommen in Augsburg."_s);

    engine.finish();
    REQUIRE(engine.spoken.size() == 2);
    CHECK(engine.spoken.at(1) == u"Rufen Sie an: + 4 9, 8 2 1, 3 2 4, 0."_s);
    CHECK(started.at(1).at(0).toInt() == 1);
    CHECK(started.at(1).at(1).toString() == u"Rufen Sie an: +49 821 324-0."_s); // shown as is
    CHECK(reader.currentSentence() == 1);

    engine.finish();
    REQUIRE(engine.spoken.size() == 3);
    CHECK(engine.spoken.at(2) == u"Termine gibt es von 7.30 bis 8.00 Uhr!"_s);
    CHECK(engine.languages == QStringList{u"de"_s, u"de"_s, u"de"_s});
    engine.finish();
    CHECK(done.size() == 1);
    CHECK(reader.state() == speech::ReadAloud::State::Idle);
    CHECK(engine.spoken.size() == 3);

    reader.setContent(u"مرحبا بكم في أوغسبورغ. هل لديكم أطفال؟ اتصلوا بنا."_s, u"ar"_s);
    CHECK(reader.sentences() ==
          QStringList{u"مرحبا بكم في أوغسبورغ."_s, u"هل لديكم أطفال؟"_s, u"اتصلوا بنا."_s});
    reader.play();
    CHECK(engine.languages.last() == u"ar"_s);
    CHECK(engine.spoken.last() == u"مرحبا بكم في أوغسبورغ."_s);
}

TEST_CASE("Read aloud pauses, resumes, stops and changes speed")
{
    FakeSpeechEngine engine({u"en"_s});
    speech::ReadAloud reader(engine);
    reader.setContent(u"One. Two. Three."_s, u"en"_s);
    reader.play();
    reader.pause();
    CHECK(engine.paused);
    CHECK(reader.state() == speech::ReadAloud::State::Paused);
    reader.play();
    CHECK_FALSE(engine.paused);
    CHECK(reader.state() == speech::ReadAloud::State::Speaking);
    CHECK(engine.spoken.size() == 1); // resumed, not restarted

    reader.setRate(0.5);
    CHECK(engine.rate == 0.5);
    reader.stop();
    CHECK(engine.stops == 1);
    CHECK(reader.state() == speech::ReadAloud::State::Idle);
    engine.finish(); // a late "finished" after stop moves nothing on
    CHECK(engine.spoken.size() == 1);

    reader.play(); // from the start again
    CHECK(engine.spoken.last() == u"One."_s);
}

TEST_CASE("Read aloud says there is no voice instead of reading with a wrong one")
{
    FakeSpeechEngine engine({u"de"_s, u"en"_s, u"ar"_s});
    speech::ReadAloud reader(engine);
    QSignalSpy noVoice(&reader, &speech::ReadAloud::noVoice);
    for (const auto &[code, name] :
         {std::pair{u"ti"_s, u"Tigrinya"_s}, std::pair{u"ps"_s, u"Pashto"_s},
          std::pair{u"ckb"_s, u"Kurdish"_s}}) {
        reader.setContent(u"Some text. More text."_s, code);
        CHECK_FALSE(reader.canSpeak());
        reader.play();
        CHECK(reader.state() == speech::ReadAloud::State::Idle);
        REQUIRE_FALSE(noVoice.isEmpty());
        const QString message = noVoice.takeLast().at(0).toString();
        INFO(message.toStdString());
        CHECK(message.contains(name));
        CHECK(reader.noVoiceText() == message);
    }
    CHECK(engine.spoken.isEmpty());
}

TEST_CASE("The Read aloud bar plays, pauses, stops, sets the speed and says when there is no voice")
{
    FakeSpeechEngine engine({u"de"_s});
    speech::ReadAloud reader(engine);
    reader.setContent(u"Erster Satz. Zweiter Satz."_s, u"de"_s);
    speech::ReadAloudBar bar(reader);
    bar.refresh();
    CHECK(bar.playButton()->isEnabled());
    CHECK_FALSE(bar.stopButton()->isEnabled());
    CHECK(bar.notice().isEmpty());
    bar.playButton()->click();
    CHECK(engine.spoken == QStringList{u"Erster Satz."_s});
    CHECK(bar.stopButton()->isEnabled());
    bar.playButton()->click(); // pause
    CHECK(reader.state() == speech::ReadAloud::State::Paused);
    CHECK(engine.paused);
    bar.speedBox()->setCurrentIndex(2);
    CHECK(engine.rate > 0);
    bar.stopButton()->click();
    CHECK(reader.state() == speech::ReadAloud::State::Idle);
    CHECK_FALSE(bar.stopButton()->isEnabled());

    reader.setContent(u"ሰላም።"_s, u"ti"_s);
    bar.refresh();
    CHECK_FALSE(bar.playButton()->isEnabled());
    CHECK(bar.notice().contains(u"Tigrinya"_s));
}

TEST_CASE("Spoken text spells phone numbers and leaves other numbers alone")
{
    CHECK(speech::SpeechText::spoken(u"Tel. 0821 324-0"_s) == u"Tel. 0 8 2 1, 3 2 4, 0"_s);
    CHECK(speech::SpeechText::spoken(u"+49 (0)821"_s) == u"+49 (0)821"_s); // too short parts
    CHECK(speech::SpeechText::spoken(u"von 7.30 bis 8.00 Uhr, 2015/2016, 500000 Euro"_s) ==
          u"von 7.30 bis 8.00 Uhr, 2015/2016, 500000 Euro"_s);
    CHECK(speech::SpeechText::spoken(u"اتصل على +49 821 324-0"_s) ==
          u"اتصل على + 4 9, 8 2 1, 3 2 4, 0"_s);
}

TEST_CASE("Read aloud speaks with the system's voice where one exists")
{
    // Opt-in: without a sound device a spawned speech-dispatcher can block a client for minutes.
    if (qEnvironmentVariable("INTEGREAT_TEST_SPEECH") != u"1"_s) {
        reportSkip(u"set INTEGREAT_TEST_SPEECH=1 to read aloud with the system's speech service"_s);
        return;
    }
    speech::QtSpeechEngine engine;
    if (!engine.isAvailable()) {
        reportSkip(u"no speech service (speech-dispatcher with espeak-ng) answers here"_s);
        return;
    }
    const QString language = engine.hasVoice(u"de"_s) ? u"de"_s : u"en"_s;
    if (!engine.hasVoice(language)) {
        reportSkip(u"the speech service has no German or English voice"_s);
        return;
    }
    CHECK_FALSE(engine.hasVoice(u"zz"_s));
    speech::ReadAloud reader(engine);
    QSignalSpy done(&reader, &speech::ReadAloud::done);
    QSignalSpy failed(&reader, &speech::ReadAloud::failed);
    reader.setContent(u"Hallo."_s, language);
    reader.play();
    const QDeadlineTimer deadline(15000);
    while (done.isEmpty() && failed.isEmpty() && !deadline.hasExpired())
        done.wait(200);
    if (!failed.isEmpty()) {
        reportSkip(u"the speech service failed: "_s + failed.at(0).at(0).toString());
        return;
    }
    if (done.isEmpty()) {
        // Without a sound device speech-dispatcher takes the text and never reports it spoken.
        reportSkip(u"the speech service took the text but did not finish it (no audio output?)"_s);
        return;
    }
    CHECK(done.size() == 1);
    CHECK(reader.state() == speech::ReadAloud::State::Idle);
}
