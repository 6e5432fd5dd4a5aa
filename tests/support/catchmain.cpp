#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <catch2/catch.hpp>

// Every test executable gets a QCoreApplication so that Qt's event loop, networking and
// timers work; tests drive the loop themselves until a signal or a deadline.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("IntegreatDesktopTests"));
    QCoreApplication::setApplicationName(QStringLiteral("integreat-tests"));
    return Catch::Session().run(argc, argv);
}
