#pragma once

#include "desktop/presentation/languages.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace integreat::desktop {

/// The kiosk's start screen: the town's name and its languages as large tiles with native
/// names; touching one starts a visitor's session in that language.
class StartScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartScreen)

public:
    explicit StartScreen(QWidget *parent = nullptr);

    void setRegion(const QString &name, const QList<ContentLanguage> &languages);
    /// A line for the administrator (a missing or broken configuration); empty hides it.
    void setNotice(const QString &text);
    QString notice() const;
    QStringList languageCodes() const { return m_codes; }

signals:
    void languageChosen(const QString &code);

private:
    QLabel *m_title;
    QLabel *m_notice;
    QGridLayout *m_tiles;
    QStringList m_codes;
};

} // namespace integreat::desktop
