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
    layout->addStretch();
    layout->addWidget(m_notice);
}

void StartScreen::setRegion(const QString &name, const QList<ContentLanguage> &languages)
{
    // "Integreat" and the town: the language tiles below say the rest in every language.
    m_title->setText(u"Integreat · "_s + name);
    while (QLayoutItem *item = m_tiles->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_codes.clear();
    QFont tileFont = font();
    tileFont.setPointSizeF(tileFont.pointSizeF() * 1.8);
    tileFont.setBold(true);
    for (const ContentLanguage &language : languages) {
        auto *tile = new QPushButton(language.nativeName, this);
        tile->setObjectName(u"KioskLanguage_"_s + language.code);
        tile->setFont(tileFont);
        tile->setMinimumSize(220, 110);
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        tile->setLayoutDirection(language.direction());
        const QString code = language.code;
        connect(tile, &QPushButton::clicked, this, [this, code] { emit languageChosen(code); });
        const int index = int(m_codes.size());
        m_tiles->addWidget(tile, index / Columns, index % Columns);
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
