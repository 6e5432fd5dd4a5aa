#pragma once

#include <QWidget>

class QToolButton;

namespace integreat::desktop {

class BreadcrumbBar;

/// Back and Forward buttons followed by the breadcrumbs, in the UI's direction (mirrored in a
/// right-to-left UI, whatever the page's direction).
class NavigationBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationBar)

public:
    explicit NavigationBar(QWidget *parent = nullptr);

    BreadcrumbBar *breadcrumbs() const { return m_breadcrumbs; }
    QToolButton *backButton() const { return m_back; }
    QToolButton *forwardButton() const { return m_forward; }
    void setHistoryState(bool canGoBack, bool canGoForward);

signals:
    void backRequested();
    void forwardRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcons();

    QToolButton *m_back;
    QToolButton *m_forward;
    BreadcrumbBar *m_breadcrumbs;
};

} // namespace integreat::desktop
