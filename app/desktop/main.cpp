// integreat-desktop: local information for newcomers, in their language, also offline.
#include "desktop/shell/application.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    using integreat::desktop::Application;
    Application::setIdentity();
    if (const std::optional<int> answered = Application::answerWithoutDisplay(argc, argv))
        return *answered; // --help, --version: no display needed
    QApplication app(argc, argv);
    return Application::run(app, QApplication::arguments());
}
