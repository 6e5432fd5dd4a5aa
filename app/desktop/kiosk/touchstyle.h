#pragma once

#include <QProxyStyle>

namespace integreat::desktop {

/// The kiosk's style for widgets whose parts the style sheet cannot size: a line edit's
/// icon buttons (clear, search) follow the small icon size, which this makes large enough
/// for a 44 × 44 px touch target. Everything else is the application's style.
class TouchStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TouchStyle)

public:
    TouchStyle();

    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
};

} // namespace integreat::desktop
