#pragma once

#include "pages/location.h"

#include <QList>
#include <QString>
#include <QWidget>

class QHBoxLayout;

namespace integreat::desktop {

/// "Local information › Willkommen › Wissenswertes": where the current page sits. Every
/// crumb but the last is a button; the row follows the content direction.
class BreadcrumbBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BreadcrumbBar)

public:
    struct Crumb
    {
        QString title;
        Location location;
    };

    explicit BreadcrumbBar(QWidget *parent = nullptr);

    void setCrumbs(const QList<Crumb> &crumbs);
    QList<Crumb> crumbs() const { return m_crumbs; }
    /// The titles, for tests and accessibility descriptions.
    QStringList titles() const;

signals:
    void crumbActivated(const integreat::desktop::Location &location);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QHBoxLayout *m_layout;
    QList<Crumb> m_crumbs;
};

} // namespace integreat::desktop
