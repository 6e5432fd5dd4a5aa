#include "cli/clipin.h"

#include "cli/cliconsole.h"
#include "core/kiosk/pinhash.h"

#include <QCoreApplication>
#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace integreat::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("integreat::cli", text);
}

QString readLine()
{
    std::string line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.push_back(char(c));
    QString text = QString::fromStdString(line);
    if (text.endsWith(u'\r'))
        text.chop(1);
    return text;
}

/// Asks on the terminal with echo off (restored afterwards, also when reading fails).
QString askHidden(const QString &prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios saved{};
    const bool haveTerminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    const QString answer = readLine();
    if (haveTerminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputc('\n', stderr);
    return answer;
}

} // namespace

std::optional<QString> readNewPin()
{
    QString pin;
    if (!isatty(STDIN_FILENO)) {
        pin = readLine().trimmed();
    } else {
        pin = askHidden(tr("New kiosk PIN (4 to 12 digits): "));
        const QString again = askHidden(tr("The same PIN again: "));
        if (pin != again) {
            fail(tr("the two PINs differ; nothing was changed"));
            return std::nullopt;
        }
    }
    if (pin.isEmpty()) {
        fail(tr("no PIN was given (give it on standard input or at the prompt)"), 2);
        return std::nullopt;
    }
    if (!kiosk::PinHash::isValidPin(pin)) {
        fail(tr("a kiosk PIN has 4 to 12 digits"), 2);
        return std::nullopt;
    }
    return pin;
}

} // namespace integreat::cli
