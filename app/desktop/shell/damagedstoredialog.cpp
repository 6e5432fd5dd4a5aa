#include "desktop/shell/damagedstoredialog.h"

#include "desktop/presentation/pathtext.h"

#include <QPushButton>

namespace integreat::desktop {

namespace {
DamagedStoreDialog::AnswerHook &answerHook()
{
    static DamagedStoreDialog::AnswerHook hook;
    return hook;
}
} // namespace

DamagedStoreDialog::DamagedStoreDialog(const QString &filePath, const QString &problem,
                                       QWidget *parent)
    : QMessageBox(parent)
{
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Integreat"));
    setText(tr("The saved content is damaged"));
    setInformativeText(
        tr("The file %1 cannot be read: %2\n\nDownload again moves the file aside under a dated "
           "name (nothing is deleted), starts afresh and downloads your towns and languages "
           "again.")
            .arg(shownPath(filePath), problem));
    m_downloadAgain = addButton(tr("Download again"), QMessageBox::AcceptRole);
    m_quit = addButton(tr("Quit"), QMessageBox::RejectRole);
    setDefaultButton(static_cast<QPushButton *>(m_downloadAgain));
    setEscapeButton(m_quit);
}

DamagedStoreDialog::Answer DamagedStoreDialog::ask()
{
    if (answerHook())
        return answerHook()(*this);
    exec();
    return clickedButton() == m_downloadAgain ? Answer::DownloadAgain : Answer::Quit;
}

void DamagedStoreDialog::setAnswerHook(AnswerHook hook)
{
    answerHook() = std::move(hook);
}

} // namespace integreat::desktop
