#pragma once

#include "desktop/common/translations.h"

#include <QGuiApplication>
#include <QLocale>

namespace integreat::testing {

/// The UI in `code` (its catalog, locale and direction) for one test, as before afterwards.
struct UiLanguage
{
    explicit UiLanguage(const QString &code)
    {
        translations.install(code);
        QLocale::setDefault(QLocale(code));
        QGuiApplication::setLayoutDirection(QLocale(code).textDirection());
    }
    ~UiLanguage()
    {
        QLocale::setDefault(locale);
        QGuiApplication::setLayoutDirection(direction);
    }
    Q_DISABLE_COPY_MOVE(UiLanguage)

    QLocale locale;
    Qt::LayoutDirection direction = QGuiApplication::layoutDirection();
    desktop::Translations translations;
};

} // namespace integreat::testing
