#pragma once

#include "desktop/presentation/languages.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace integreat::desktop {

/// The kiosk's start screen: the town's name and its languages as large tiles with native
/// names; touching one starts a visitor's session in that language. A kiosk of several towns
/// first offers the towns as tiles, and the language tiles a way back to them.
class StartScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartScreen)

public:
    explicit StartScreen(QWidget *parent = nullptr);

    struct Town
    {
        QString slug;
        QString name;
    };

    /// The towns as tiles (a kiosk configured for several).
    void setTowns(const QList<Town> &towns);
    /// The languages of one town as tiles; `canGoBack`: a button back to the towns.
    void setRegion(const QString &name, const QList<ContentLanguage> &languages,
                   bool canGoBack = false);
    /// A line for the administrator (a missing or broken configuration); empty hides it.
    void setNotice(const QString &text);
    QString notice() const;
    QStringList languageCodes() const { return m_codes; }
    QStringList townSlugs() const { return m_towns; }
    QPushButton *otherTownButton() const { return m_otherTown; }

signals:
    void languageChosen(const QString &code);
    void townChosen(const QString &slug);
    void otherTownRequested();

private:
    void clearTiles();
    QPushButton *addTile(const QString &text, const QString &name);

    QLabel *m_title;
    QLabel *m_notice;
    QGridLayout *m_tiles;
    QPushButton *m_otherTown;
    QStringList m_codes;
    QStringList m_towns;
};

} // namespace integreat::desktop
