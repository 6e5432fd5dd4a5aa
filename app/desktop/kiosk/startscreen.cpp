#include "desktop/kiosk/startscreen.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {
constexpr int Columns = 3;
}

StartScreen::StartScreen(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_tiles(new QGridLayout)
    , m_otherTown(new QPushButton(u"⌂"_s, this))
{
    setObjectName(u"KioskStartScreen"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 32);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->hide();
    m_tiles->setSpacing(16);
    layout->addWidget(m_title);
    layout->addSpacing(32);
    layout->addLayout(m_tiles);
    layout->addSpacing(32);
    // A house: the way back to the towns, understood without words in any language.
    m_otherTown->setObjectName(u"KioskOtherTown"_s);
    m_otherTown->setAccessibleName(tr("Other town"));
    QFont backFont = font();
    backFont.setPointSizeF(backFont.pointSizeF() * 2);
    m_otherTown->setFont(backFont);
    m_otherTown->setMinimumSize(110, 80);
    m_otherTown->hide();
    connect(m_otherTown, &QPushButton::clicked, this, &StartScreen::otherTownRequested);
    layout->addWidget(m_otherTown, 0, Qt::AlignHCenter);
    layout->addStretch();
    layout->addWidget(m_notice);
}

void StartScreen::clearTiles()
{
    while (QLayoutItem *item = m_tiles->takeAt(0)) {
        if (QWidget *tile = item->widget()) {
            tile->hide();
            tile->setObjectName(QString()); // the new tiles take the names
            tile->deleteLater();            // may run in the tile's own click
        }
        delete item;
    }
    m_codes.clear();
    m_towns.clear();
}

QPushButton *StartScreen::addTile(const QString &text, const QString &name)
{
    QFont tileFont = font();
    tileFont.setPointSizeF(tileFont.pointSizeF() * 1.8);
    tileFont.setBold(true);
    auto *tile = new QPushButton(text, this);
    tile->setObjectName(name);
    tile->setFont(tileFont);
    tile->setMinimumSize(220, 110);
    tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    const int index = m_tiles->count();
    m_tiles->addWidget(tile, index / Columns, index % Columns);
    return tile;
}

void StartScreen::setTowns(const QList<Town> &towns)
{
    m_title->setText(u"Integreat"_s);
    clearTiles();
    m_otherTown->hide();
    for (const Town &town : towns) {
        QPushButton *tile = addTile(town.name, u"KioskTown_"_s + town.slug);
        const QString slug = town.slug;
        connect(tile, &QPushButton::clicked, this, [this, slug] { emit townChosen(slug); });
        m_towns += slug;
    }
}

void StartScreen::setRegion(const QString &name, const QList<ContentLanguage> &languages,
                            bool canGoBack)
{
    // "Integreat" and the town: the language tiles below say the rest in every language.
    m_title->setText(u"Integreat · "_s + name);
    clearTiles();
    m_otherTown->setVisible(canGoBack);
    for (const ContentLanguage &language : languages) {
        QPushButton *tile = addTile(language.nativeName, u"KioskLanguage_"_s + language.code);
        tile->setLayoutDirection(language.direction());
        const QString code = language.code;
        connect(tile, &QPushButton::clicked, this, [this, code] { emit languageChosen(code); });
        m_codes += code;
    }
}

void StartScreen::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString StartScreen::notice() const
{
    return m_notice->text();
}

} // namespace integreat::desktop
