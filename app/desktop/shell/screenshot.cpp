#include "desktop/shell/screenshot.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

namespace integreat::desktop {

bool Screenshot::capture(QWidget &window, const QString &file, const std::function<bool()> &settled,
                         QSize size, int deadlineMs)
{
    window.resize(size);
    window.show();
    // Let layouts, polishing and queued work (search in its thread) finish: check every
    // 25 ms until settled, and a few rounds more for the last repaint.
    QEventLoop loop;
    QTimer poll;
    const QDeadlineTimer deadline(deadlineMs);
    int quietRounds = 0;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        const bool ready = !settled || settled();
        quietRounds = ready ? quietRounds + 1 : 0;
        if (quietRounds >= 4 || deadline.hasExpired())
            loop.quit();
    });
    poll.start(25);
    loop.exec();
    QCoreApplication::processEvents();

    const QPixmap pixmap = window.grab();
    QDir().mkpath(QFileInfo(file).absolutePath());
    return !pixmap.isNull() && pixmap.save(file, "PNG");
}

} // namespace integreat::desktop
