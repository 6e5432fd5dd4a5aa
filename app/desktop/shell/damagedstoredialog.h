#pragma once

#include <QMessageBox>
#include <functional>

class QAbstractButton;

namespace integreat::desktop {

/// "The saved content is damaged" (issue 11): names the store file and what is wrong with it,
/// and offers Download again (move the file aside, start afresh, download the saved towns
/// again) or Quit.
class DamagedStoreDialog final : public QMessageBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DamagedStoreDialog)

public:
    enum class Answer
    {
        DownloadAgain,
        Quit
    };
    /// Answers in place of the user (tests): called with the ready dialog instead of exec().
    using AnswerHook = std::function<Answer(DamagedStoreDialog &)>;

    DamagedStoreDialog(const QString &filePath, const QString &problem, QWidget *parent = nullptr);

    QAbstractButton *downloadAgainButton() const { return m_downloadAgain; }
    QAbstractButton *quitButton() const { return m_quit; }

    /// Shows the dialog (or asks the hook) and returns the answer; closing it means Quit.
    Answer ask();

    /// Installs (or, with an empty function, removes) the hook that answers every dialog.
    static void setAnswerHook(AnswerHook hook);

private:
    QAbstractButton *m_downloadAgain = nullptr;
    QAbstractButton *m_quit = nullptr;
};

} // namespace integreat::desktop
