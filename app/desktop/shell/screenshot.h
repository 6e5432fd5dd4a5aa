#pragma once

#include <QSize>
#include <QString>
#include <functional>

class QWidget;

namespace integreat::desktop {

/// --screenshot: renders a window at a fixed size into a PNG, once what it shows has settled
/// (`settled` says so; e.g. search results have arrived), or after a deadline.
class Screenshot final
{
public:
    static constexpr QSize DefaultSize{1280, 800};

    static bool capture(QWidget &window, const QString &file,
                        const std::function<bool()> &settled = {}, QSize size = DefaultSize,
                        int deadlineMs = 5000);
};

} // namespace integreat::desktop
