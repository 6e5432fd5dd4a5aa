// integreat-layoutbench: how long a page with hostile text takes to be set and laid out (issue
// 11), and the peak memory of doing it: one unbroken word of 1 MB and of 300 KB (Latin, and
// Arabic laid out right to left in the Arabic content font), text nested
// 1,000 levels deep and a page of 20,000 paragraphs. "new" is what the app does: the HTML
// sanitized as the sync stores it (over-long words get break opportunities, deep nesting is
// flattened) and shown in the content browser; "old" is the raw HTML in a plain QTextDocument
// of the same width and wrap mode, without either. Each figure is a fresh child process
// (--one), so peak RSS (VmHWM) is that page's alone; an "old" run longer than --timeout is
// stopped and printed as "> N s". Prints figures; asserts nothing.
#include "core/content/sanitizer.h"
#include "desktop/common/theme.h"
#include "desktop/pages/contentbrowser.h"
#include "procstatus.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextDocument>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace integreat;

using integreat::bench::statusKb;

namespace {

constexpr int ContentBrowserWidth = 900; ///< a window's page view: the column is ReadableWidth

struct Case
{
    const char *name;
    const char *label;
};

constexpr Case Cases[] = {
    {"word1m", "one word of 1 MB"},           {"word300k", "one word of 300 KB"},
    {"word1m-ar", "one Arabic word of 1 MB"}, {"word300k-ar", "one Arabic word of 300 KB"},
    {"nesting", "nesting 1,000 levels deep"}, {"paragraphs", "20,000 paragraphs"}};

bool isArabic(const QString &name)
{
    return name.endsWith("-ar"_L1);
}

/// `size` characters of one word: "w", or the Arabic alphabet over and over (its letters join).
QString longWord(qsizetype size, bool arabic)
{
    if (!arabic)
        return QString(size, u'w');
    const QString letters = u"ابتثجحخدذرزسشصضطظعغفقكلمنهوي"_s;
    return letters.repeated(size / letters.size() + 1).left(size);
}

QString pageHtml(const QString &name)
{
    if (name.startsWith("word"_L1)) {
        const qsizetype size = name.startsWith("word1m"_L1) ? 1024 * 1024 : 300 * 1024;
        const bool arabic = isArabic(name);
        return (arabic ? u"<p>قبل</p><p>"_s : u"<p>Vorher</p><p>"_s) + longWord(size, arabic) +
               (arabic ? u"</p><p>بعد</p>"_s : u"</p><p>Nachher</p>"_s);
    }
    QString html;
    if (name == "nesting"_L1) {
        for (int i = 0; i < 1000; ++i)
            html += u"<div>Ebene %1 "_s.arg(i);
        html += u"ganz unten"_s;
        for (int i = 0; i < 1000; ++i)
            html += u"</div>"_s;
        return html;
    }
    for (int i = 0; i < 20000; ++i)
        html += u"<p>Absatz %1: Die Ausländerbehörde berät zu Aufenthalt, Arbeit und Familie; "
                u"Termine gibt es online oder am Telefon.</p>"_s.arg(i);
    return html;
}

/// One page in this process: prints "sanitizeMs layoutMs peakKb baseKb".
int runOne(const QString &name, bool old)
{
    const QString raw = pageHtml(name);
    const qint64 baseKb = statusKb("VmRSS");
    QElapsedTimer timer;
    timer.start();
    double sanitizeMs = 0;
    double layoutMs = 0;
    if (old) {
        QTextDocument document;
        document.setTextWidth(desktop::ContentBrowser::ReadableWidth);
        QTextOption option = document.defaultTextOption();
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        if (isArabic(name))
            option.setTextDirection(Qt::RightToLeft);
        document.setDefaultTextOption(option);
        document.setHtml(raw);
        document.documentLayout()->documentSize();
        layoutMs = double(timer.nsecsElapsed()) / 1e6;
    } else {
        content::SanitizeOptions options;
        options.server = QUrl(u"https://cms.integreat-app.de"_s);
        const QString html = content::sanitize(raw, options).html;
        sanitizeMs = double(timer.nsecsElapsed()) / 1e6;
        desktop::ContentBrowser browser;
        browser.resize(ContentBrowserWidth, 700);
        browser.show();
        timer.restart();
        desktop::ContentLanguage language;
        language.code = isArabic(name) ? u"ar"_s : u"de"_s;
        language.rightToLeft = isArabic(name);
        browser.showDocument(html, desktop::Theme::current().contentStyleSheet(), language);
        browser.document()->documentLayout()->documentSize();
        layoutMs = double(timer.nsecsElapsed()) / 1e6;
    }
    std::printf("%.1f %.1f %lld %lld\n", sanitizeMs, layoutMs,
                static_cast<long long>(statusKb("VmHWM")), static_cast<long long>(baseKb));
    return 0;
}

struct Figures
{
    bool finished = false;
    double sanitizeMs = 0;
    double layoutMs = 0;
    double peakMb = 0;
    double growthMb = 0;
};

Figures measure(const QString &name, bool old, int timeoutS)
{
    const QList<double> n = bench::runSelf(
        {u"--one"_s, name, u"--mode"_s, old ? u"old"_s : u"new"_s}, timeoutS * 1000, 4);
    Figures figures;
    if (n.isEmpty())
        return figures;
    figures.finished = true;
    figures.sanitizeMs = n.at(0);
    figures.layoutMs = n.at(1);
    figures.peakMb = n.at(2) / 1024.0;
    figures.growthMb = (n.at(2) - n.at(3)) / 1024.0;
    return figures;
}

QString shown(const Figures &f, int timeoutS)
{
    if (!f.finished)
        return u"> %1 s"_s.arg(timeoutS);
    return u"%1 ms, %2 MB (+%3)"_s.arg(f.layoutMs, 0, 'f', 0)
        .arg(f.peakMb, 0, 'f', 0)
        .arg(std::max(0.0, f.growthMb), 0, 'f', 0);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    desktop::Theme::apply(app, desktop::Theme::make(false, 100));
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Layout time and peak memory of hostile pages."_s);
    parser.addHelpOption();
    const QCommandLineOption one(u"one"_s, u"Only lay out CASE in this process."_s, u"CASE"_s);
    const QCommandLineOption mode(u"mode"_s, u"With --one: new or old."_s, u"MODE"_s, u"new"_s);
    const QCommandLineOption timeout(
        u"timeout"_s, u"Seconds before a run is stopped (default 120)."_s, u"SECONDS"_s, u"120"_s);
    parser.addOptions({one, mode, timeout});
    parser.process(app);
    if (parser.isSet(one))
        return runOne(parser.value(one), parser.value(mode) == "old"_L1);

    const int timeoutS = std::max(1, parser.value(timeout).toInt());
    std::printf("Page layout, content column %d px: time to set and lay out; peak RSS of the "
                "process (+ growth for the page)\n",
                desktop::ContentBrowser::ReadableWidth);
    std::printf("  %-28s %-26s %-26s %s\n", "page", "new (long words broken)", "old (plain)",
                "sanitize (at sync)");
    for (const Case &c : Cases) {
        const QString name = QString::fromLatin1(c.name);
        const Figures now = measure(name, false, timeoutS);
        const Figures before = measure(name, true, timeoutS);
        std::printf("  %-28s %-26s %-26s %.0f ms\n", c.label, qPrintable(shown(now, timeoutS)),
                    qPrintable(shown(before, timeoutS)), now.sanitizeMs);
        std::fflush(stdout);
    }
    return 0;
}
