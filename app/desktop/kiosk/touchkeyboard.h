#pragma once

#include "desktop/kiosk/keyboardlayout.h"

#include <QPair>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace integreat::desktop {

/// The kiosk's on-screen keyboard: large keys in the layout of the visitor's script (German,
/// English, Arabic, Persian, Ukrainian, Russian, Turkish; other languages get Latin letters and
/// a note saying so), Shift, Backspace, Space, a key that switches to Latin and German and one
/// that hides the keyboard. Its keys never take the focus: each tap is a key press sent to the
/// target (the search field), so the field behaves as with a real keyboard.
class TouchKeyboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TouchKeyboard)

public:
    static constexpr int KeySize = 56; ///< px at 100 %: above the 44 px touch minimum

    explicit TouchKeyboard(QWidget *parent = nullptr);

    /// Shows the layout of content language `code` (or Latin with a note).
    void setLanguage(const QString &code);
    /// Where the keys type.
    void setTarget(QWidget *target);
    QString layoutCode() const;
    /// The note shown when the language has no layout of its own (else empty).
    QString note() const;
    /// The key typing `text` in the shown layout (for tests), or nullptr.
    QPushButton *key(const QString &text) const;
    QPushButton *shiftKey() const { return m_shift; }
    QPushButton *backspaceKey() const { return m_backspace; }
    QPushButton *spaceKey() const { return m_space; }
    QPushButton *switchKey() const { return m_switch; }
    QPushButton *hideKey() const { return m_hide; }

signals:
    /// The hide key was tapped.
    void hideRequested();

private:
    void rebuild();
    void setShifted(bool on);
    void type(const QString &text);
    void sendKey(int key, const QString &text);
    QPushButton *makeKey(const QString &label, const QString &name);

    QList<const KeyboardLayout *> m_choices;
    int m_choice = 0;
    bool m_shifted = false;
    QString m_note;
    QList<QPair<QPushButton *, QString>> m_keys; ///< the letter keys and what they type
    QPointer<QWidget> m_target;
    QLabel *m_noteLabel;
    QVBoxLayout *m_rows;
    QPushButton *m_shift = nullptr;
    QPushButton *m_backspace = nullptr;
    QPushButton *m_space = nullptr;
    QPushButton *m_switch = nullptr;
    QPushButton *m_hide = nullptr;
};

} // namespace integreat::desktop
