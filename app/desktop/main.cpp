// integreat-desktop: local information for newcomers, in their language, also offline.
#include "app/application.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    integreat::desktop::Application::setIdentity();
    QApplication app(argc, argv);
    return integreat::desktop::Application::run(app, QApplication::arguments());
}
