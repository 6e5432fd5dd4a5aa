#pragma once

#include "desktop/presentation/location.h"

#include <QObject>
#include <functional>

class QAction;
class QToolButton;
class QWidget;

namespace integreat::desktop {

class EndSession;
class IdleEnd;
class Navigator;
class QrDialog;
class ReadAloudPanel;
class SideBySidePane;

/// The reader's tools for counseling on a shared computer: a row above the content with
/// "Read aloud" and "Show QR code" (pages, events, places, news items: the item's web link to
/// take along) and "End session" (Ctrl+Shift+E; its
/// button where the counselor sees it when the computer is shared), and the read-aloud
/// controls under it. The window adds the actions to its menu.
class CounselTools final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CounselTools)

public:
    CounselTools(Navigator &navigator, SideBySidePane *sideBySide, QWidget *window);
    ~CounselTools() override;

    /// The row of tools and the read-aloud controls, for the window's layout.
    QWidget *widget() const { return m_widget; }
    /// What the window shows now (the current section's widget): where the text to read is.
    void setShownContent(std::function<QWidget *()> shown);
    /// Shows the End session button in the row (a shared computer); the action works anyway.
    void setEndSessionButtonVisible(bool visible);

    QAction *readAloudAction() const { return m_readAloud; }
    QAction *endSessionAction() const { return m_endSession; }
    QAction *qrCodeAction() const { return m_qrCode; }
    /// Side by side (checkable): the pane beside the content, for pages, events, places and
    /// news.
    QAction *sideBySideAction() const { return m_sideBySide; }
    SideBySidePane *sideBySide() const { return m_pane; }
    /// Switches the window's content language (Swap sides).
    void setLanguageSwitch(std::function<void(const QString &)> switchLanguage);
    /// The QR code dialog while it exists (after Show QR code).
    QrDialog *qrDialog() const { return m_qrDialog; }
    /// The title of what is shown, for the QR code's heading.
    void setShownTitle(std::function<QString()> title);
    /// A button in the row for `action` (actions added later by other tools).
    QToolButton *addButton(QAction *action);
    ReadAloudPanel *readAloud() const { return m_panel; }
    EndSession *endSession() const { return m_end; }
    /// The automatic End session after a time without use (off until set).
    IdleEnd *idleEnd() const { return m_idleEnd; }

private:
    void onLocationChanged(const Location &location);
    void startReading();
    void showQrCode();
    void updateSideBySide();
    void updateRow();

    Navigator &m_navigator;
    QWidget *m_widget;
    QWidget *m_row;
    ReadAloudPanel *m_panel;
    EndSession *m_end;
    IdleEnd *m_idleEnd;
    QAction *m_readAloud;
    QAction *m_endSession;
    QAction *m_qrCode;
    QAction *m_sideBySide;
    SideBySidePane *m_pane;
    std::function<void(const QString &)> m_switchLanguage;
    QrDialog *m_qrDialog = nullptr;
    std::function<QString()> m_title;
    QToolButton *m_endButton;
    std::function<QWidget *()> m_shown;
    bool m_isItem = false;
};

} // namespace integreat::desktop
