#pragma once

#include <QString>
#include <QUrl>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace integreat::desktop {

class PackImporter;

/// Settings → Saved content → "Import content pack…": a file dialog (*.integreat-pack; on a
/// shared computer a forgetful one, FileDialogs), then the import (PackImporter, which outlives
/// the panel) with a busy bar, then the result in words under the button, with "Import anyway"
/// when languages were skipped because this computer's content is newer. A panel opened while
/// an import runs shows it running.
class PackImportPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackImportPanel)

public:
    explicit PackImportPanel(PackImporter &importer, QWidget *parent = nullptr);

    PackImporter &importer() const { return m_importer; }
    /// The CMS the app syncs from: the base for relative links in the pack's pages.
    void setServer(const QUrl &server);
    /// Starts importing `file` (nothing when an import is running); the importer tells the end.
    void importFile(const QString &file, bool force = false);
    bool isRunning() const;
    /// The result of the last import in words (empty before one ended).
    QString resultText() const { return m_result; }
    QPushButton *chooseButton() const { return m_choose; }
    /// Shown after an import that skipped languages; imports the same file with force.
    QPushButton *importAnywayButton() const { return m_anyway; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void choose();
    /// Busy: waiting for the running update, or importing.
    void showRunning();
    void showFinished();
    void showResult(const QString &text);
    /// Scrolls the settings so that the panel (its result) is in view.
    void reveal();

    PackImporter &m_importer;
    QPushButton *m_choose;
    QProgressBar *m_busy;
    QLabel *m_status;
    QPushButton *m_anyway;
    QString m_result;
    bool m_reveal = false; ///< the result is to be scrolled into view
};

} // namespace integreat::desktop
