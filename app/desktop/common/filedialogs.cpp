#include "desktop/common/filedialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {

bool g_forgetful = false;

QString run(QWidget *parent, const QString &caption, const QString &start, const QString &filter,
            QFileDialog::AcceptMode mode)
{
    QString chosen;
    {
        QFileDialog dialog(parent, caption, start, filter);
        dialog.setAcceptMode(mode);
        dialog.setFileMode(mode == QFileDialog::AcceptSave ? QFileDialog::AnyFile
                                                           : QFileDialog::ExistingFile);
        if (g_forgetful) {
            dialog.setOption(QFileDialog::DontUseNativeDialog);
            dialog.setHistory({});
        }
        if (dialog.exec() == QDialog::Accepted)
            chosen = dialog.selectedFiles().value(0);
        if (g_forgetful) {
            dialog.setHistory({});
            dialog.setDirectory(FileDialogs::neutralFolder());
        }
    } // QFileDialog writes its history to QtProject.conf here
    if (g_forgetful)
        FileDialogs::forgetHistory();
    return chosen;
}

} // namespace

void FileDialogs::setForgetful(bool forgetful)
{
    g_forgetful = forgetful;
}

bool FileDialogs::isForgetful()
{
    return g_forgetful;
}

QString FileDialogs::neutralFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                  const QString &filter)
{
    const QFileInfo info(suggested);
    const QString start = g_forgetful || info.isRelative()
                              ? QDir(neutralFolder()).filePath(info.fileName())
                              : suggested;
    return run(parent, caption, start, filter, QFileDialog::AcceptSave);
}

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    return run(parent, caption, g_forgetful ? neutralFolder() : QString(), filter,
               QFileDialog::AcceptOpen);
}

QString FileDialogs::historyFile()
{
    return QSettings(QSettings::UserScope, u"QtProject"_s).fileName();
}

bool FileDialogs::forgetHistory()
{
    QSettings dialogs(QSettings::UserScope, u"QtProject"_s);
    dialogs.beginGroup(u"FileDialog"_s);
    dialogs.remove(u"history"_s);
    dialogs.remove(u"lastVisited"_s);
    dialogs.endGroup();
    dialogs.sync();
    return dialogs.status() == QSettings::NoError;
}

} // namespace integreat::desktop
