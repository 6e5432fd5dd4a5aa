#include "desktop/kiosk/pinpad.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

PinPad::PinPad(QWidget *parent)
    : KioskOverlay(parent)
    , m_message(new QLabel(this))
    , m_field(new QLineEdit(this))
{
    setObjectName(u"KioskPinPad"_s);
    setLayoutDirection(Qt::LeftToRight); // a keypad reads the same in every language
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    auto *title = new QLabel(tr("Administrator PIN"), this);
    title->setFont(scaledFont(1.8, true));
    title->setAlignment(Qt::AlignCenter);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_field->setObjectName(u"KioskPinField"_s);
    m_field->setEchoMode(QLineEdit::Password);
    m_field->setAlignment(Qt::AlignCenter);
    m_field->setFont(scaledFont(1.8));
    m_field->setMaxLength(12);
    m_field->setFixedWidth(300);
    m_field->setContextMenuPolicy(Qt::NoContextMenu);
    connect(m_field, &QLineEdit::returnPressed, this, &PinPad::submit);
    layout->addWidget(title);
    layout->addWidget(m_message);
    layout->addWidget(m_field, 0, Qt::AlignHCenter);

    auto *keys = new QGridLayout;
    const auto key = [this](const QString &text) {
        auto *button = new QPushButton(text, this);
        button->setMinimumSize(96, 72);
        button->setFont(scaledFont(1.6, true));
        button->setFocusPolicy(Qt::NoFocus);
        return button;
    };
    for (int digit = 1; digit <= 10; ++digit) {
        const QString text = QString::number(digit % 10);
        QPushButton *button = key(text);
        connect(button, &QPushButton::clicked, this, [this, text] { m_field->insert(text); });
        const int index = digit == 10 ? 10 : digit - 1;
        keys->addWidget(button, index / 3, index % 3);
    }
    QPushButton *erase = key(u"⌫"_s);
    erase->setAccessibleName(tr("Delete"));
    connect(erase, &QPushButton::clicked, m_field, &QLineEdit::backspace);
    keys->addWidget(erase, 3, 0);
    QPushButton *ok = key(tr("OK"));
    connect(ok, &QPushButton::clicked, this, &PinPad::submit);
    keys->addWidget(ok, 3, 2);
    auto *keyRow = new QHBoxLayout;
    keyRow->addStretch();
    keyRow->addLayout(keys);
    keyRow->addStretch();
    layout->addLayout(keyRow);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setMinimumSize(200, 64);
    connect(cancel, &QPushButton::clicked, this, &QWidget::hide);
    layout->addWidget(cancel, 0, Qt::AlignHCenter);
    layout->addStretch();
}

void PinPad::open()
{
    m_field->clear();
    m_message->setText(tr("Enter the PIN to open the administration."));
    popUp();
    m_field->setFocus(Qt::OtherFocusReason);
}

void PinPad::showMessage(const QString &text)
{
    m_message->setText(text);
}

void PinPad::submit()
{
    const QString pin = m_field->text();
    m_field->clear();
    emit pinEntered(pin);
}

} // namespace integreat::desktop
