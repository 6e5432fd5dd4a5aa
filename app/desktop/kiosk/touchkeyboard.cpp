#include "desktop/kiosk/touchkeyboard.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

TouchKeyboard::TouchKeyboard(QWidget *parent)
    : QWidget(parent)
    , m_noteLabel(new QLabel(this))
    , m_rows(new QVBoxLayout)
{
    setObjectName(u"KioskKeyboard"_s);
    setAttribute(Qt::WA_StyledBackground);
    setFocusPolicy(Qt::NoFocus);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    // Keys lie as on the script's keyboard, also in a right-to-left window.
    setLayoutDirection(Qt::LeftToRight);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 12);
    layout->setSpacing(6);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setAlignment(Qt::AlignCenter);
    m_noteLabel->hide();
    layout->addWidget(m_noteLabel);
    m_rows->setSpacing(6);
    layout->addLayout(m_rows);
    setLanguage(u"en"_s);
}

void TouchKeyboard::setLanguage(const QString &code)
{
    bool fallback = false;
    KeyboardLayout::forLanguage(code, &fallback);
    m_choices = KeyboardLayout::choicesFor(code);
    m_choice = 0;
    m_note = fallback ? tr("There is no on-screen keyboard for this language yet: type with "
                           "Latin letters.")
                      : QString();
    m_noteLabel->setText(m_note);
    m_noteLabel->setVisible(fallback);
    rebuild();
}

void TouchKeyboard::setTarget(QWidget *target)
{
    m_target = target;
}

QString TouchKeyboard::layoutCode() const
{
    return m_choices.value(m_choice)->code;
}

QString TouchKeyboard::note() const
{
    return m_note;
}

QPushButton *TouchKeyboard::key(const QString &text) const
{
    for (const auto &[button, base] : m_keys) {
        if (base == text)
            return button;
    }
    return nullptr;
}

QPushButton *TouchKeyboard::makeKey(const QString &label, const QString &name)
{
    auto *button = new QPushButton(label, this);
    button->setObjectName(name);
    button->setFocusPolicy(Qt::NoFocus);
    button->setMinimumSize(KeySize, KeySize);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QFont keyFont = font();
    keyFont.setPointSizeF(keyFont.pointSizeF() * 1.5);
    button->setFont(keyFont);
    button->show(); // at once, also when the keyboard is already on screen
    return button;
}

void TouchKeyboard::rebuild()
{
    while (QLayoutItem *row = m_rows->takeAt(0)) {
        if (QLayout *keys = row->layout()) {
            while (QLayoutItem *item = keys->takeAt(0)) {
                if (QWidget *button = item->widget()) {
                    button->hide();
                    button->deleteLater(); // rebuild() may run in a key's own click
                }
                delete item;
            }
        }
        delete row;
    }
    m_keys.clear();
    const KeyboardLayout &layout = *m_choices.value(m_choice);
    const qsizetype last = layout.rows.size() - 1;
    for (qsizetype r = 0; r <= last; ++r) {
        auto *row = new QHBoxLayout;
        row->setSpacing(6);
        if (r == last && layout.hasCase) {
            m_shift = makeKey(u"⇧"_s, u"KioskKeyShift"_s);
            m_shift->setAccessibleName(tr("Shift"));
            m_shift->setCheckable(true);
            connect(m_shift, &QPushButton::clicked, this, &TouchKeyboard::setShifted);
            row->addWidget(m_shift, 3);
        } else if (r == last) {
            m_shift = nullptr;
        }
        for (const QString &text : layout.rows.at(r)) {
            QPushButton *button = makeKey(text, u"KioskKey_"_s + text);
            connect(button, &QPushButton::clicked, this, [this, text] {
                type(m_shifted ? m_choices.value(m_choice)->shifted(text) : text);
            });
            row->addWidget(button, 2);
            m_keys.append({button, text});
        }
        if (r == last) {
            m_backspace = makeKey(u"⌫"_s, u"KioskKeyBackspace"_s);
            m_backspace->setAccessibleName(tr("Delete"));
            m_backspace->setAutoRepeat(true);
            connect(m_backspace, &QPushButton::clicked, this,
                    [this] { sendKey(Qt::Key_Backspace, {}); });
            row->addWidget(m_backspace, 3);
        }
        m_rows->addLayout(row);
    }
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(6);
    const KeyboardLayout &next = *m_choices.value((m_choice + 1) % m_choices.size());
    m_switch = makeKey(u"⇆ "_s + next.label, u"KioskKeySwitch"_s);
    m_switch->setAccessibleName(tr("Other letters: %1").arg(next.label));
    connect(m_switch, &QPushButton::clicked, this, [this] {
        m_choice = (m_choice + 1) % int(m_choices.size());
        rebuild();
    });
    m_space = makeKey(layout.label, u"KioskKeySpace"_s);
    m_space->setAccessibleName(tr("Space"));
    connect(m_space, &QPushButton::clicked, this, [this] { sendKey(Qt::Key_Space, u" "_s); });
    m_hide = makeKey(u"⌨ ▾"_s, u"KioskKeyHide"_s);
    m_hide->setAccessibleName(tr("Hide the keyboard"));
    m_hide->setToolTip(m_hide->accessibleName());
    connect(m_hide, &QPushButton::clicked, this, &TouchKeyboard::hideRequested);
    bottom->addWidget(m_switch, 3);
    bottom->addWidget(m_space, 10);
    bottom->addWidget(m_hide, 3);
    m_rows->addLayout(bottom);
    setShifted(false);
}

void TouchKeyboard::setShifted(bool on)
{
    m_shifted = on;
    if (m_shift)
        m_shift->setChecked(on);
    const KeyboardLayout &layout = *m_choices.value(m_choice);
    for (const auto &[button, base] : std::as_const(m_keys))
        button->setText(on ? layout.shifted(base) : base);
}

void TouchKeyboard::type(const QString &text)
{
    const int key = text.size() == 1 ? int(text.at(0).toUpper().unicode()) : int(Qt::Key_unknown);
    sendKey(key, text);
    if (m_shifted) // Shift holds for one letter, as on a phone
        setShifted(false);
}

void TouchKeyboard::sendKey(int key, const QString &text)
{
    QWidget *target = m_target ? m_target.data() : QApplication::focusWidget();
    if (!target)
        return;
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(target, &release);
}

} // namespace integreat::desktop
