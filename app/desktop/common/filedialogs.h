#pragma once

#include <QString>

class QWidget;

namespace integreat::desktop {

/// The app's file dialogs (Save for a calendar, Save as PDF, open an offline map). On a shared
/// computer they are "forgetful": they start in a neutral folder (Documents) whatever was used
/// before, use Qt's own dialog (a desktop's native one keeps its own list of recent files) and
/// leave no history in QtProject.conf (group FileDialog: history, lastVisited), which
/// QFileDialog writes when it closes.
class FileDialogs final
{
public:
    FileDialogs() = delete;

    static void setForgetful(bool forgetful);
    static bool isForgetful();
    /// The folder a forgetful dialog starts in.
    static QString neutralFolder();

    /// The file to save to, or empty when cancelled; `suggested` is a path or a file name.
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                const QString &filter);
    /// An existing file to open, or empty when cancelled.
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);

    /// Removes the file dialogs' history and last folder from QtProject.conf; false when the
    /// file could not be written.
    static bool forgetHistory();
    /// The QtProject.conf the history lives in (for messages).
    static QString historyFile();
};

} // namespace integreat::desktop
