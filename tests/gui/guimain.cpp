#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QStandardPaths>
#include <catch2/catch.hpp>

// GUI test executables get a QApplication on the offscreen platform (also when ctest lists the
// tests), and QStandardPaths' test mode so that no test touches the user's settings or data.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("IntegreatDesktopTests"));
    QCoreApplication::setApplicationName(QStringLiteral("integreat-gui-tests"));
    return Catch::Session().run(argc, argv);
}
