#pragma once

#include <QList>
#include <QString>
#include <QWidget>
#include <functional>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace integreat::desktop {

/// A calm banner above the content: "This page does not exist in English. It exists in:
/// [Deutsch] [العربية]". Not modal; it goes away on the next navigation or with its ✕.
class NoticeBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeBar)

public:
    struct Action
    {
        QString label;
        std::function<void()> run;
    };

    explicit NoticeBar(QWidget *parent = nullptr);

    void showNotice(const QString &text, const QList<Action> &actions = {});
    void clearNotice();
    /// Runs a read of the store through StoreGuard: a StoreError shows its sentence here
    /// instead of escaping into the Qt slot that started the read. False when it failed.
    bool readStore(const std::function<void()> &read);
    QString text() const;
    /// Labels of the action buttons shown now.
    QStringList actionLabels() const;
    /// Runs the action with `label` (tests, keyboard users through the buttons).
    bool trigger(const QString &label);

private:
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_actions;
    QToolButton *m_close;
    QList<Action> m_current;
};

} // namespace integreat::desktop
