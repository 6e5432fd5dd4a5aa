#pragma once

#include <QString>
#include <QUrl>
#include <QWidget>
#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

/// Settings → Saved content → "Import content pack…": a file dialog (*.integreat-pack; on a
/// shared computer a forgetful one, FileDialogs), then the import in a worker thread
/// (PackImport::run) with a busy bar, then the result in words under the button, with
/// "Import anyway" when languages were skipped because this computer's content is newer.
class PackImportPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackImportPanel)

public:
    PackImportPanel(store::Store &store, const QString &dataDir, QWidget *parent = nullptr);
    ~PackImportPanel() override;

    /// The CMS the app syncs from: the base for relative links in the pack's pages.
    void setServer(const QUrl &server) { m_server = server; }
    /// Starts importing `file` (nothing when an import is running); finished() tells the end.
    void importFile(const QString &file, bool force = false);
    bool isRunning() const { return m_running; }
    /// The result of the last import in words (empty before one ended).
    QString resultText() const { return m_result; }
    QPushButton *chooseButton() const { return m_choose; }
    /// Shown after an import that skipped languages; imports the same file with force.
    QPushButton *importAnywayButton() const { return m_anyway; }

signals:
    /// An import changed content of `region`: what is shown of it should be read again.
    void contentImported(const QString &region);
    /// An import ended (resultText() holds how).
    void finished();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void choose();
    void showResult(const QString &text);
    /// Scrolls the settings so that the panel (its result) is in view.
    void reveal();

    store::Store &m_store;
    QString m_dataDir;
    QUrl m_server;
    QPushButton *m_choose;
    QProgressBar *m_busy;
    QLabel *m_status;
    QPushButton *m_anyway;
    QString m_file;
    QString m_result;
    bool m_running = false;
    bool m_reveal = false; ///< the result is to be scrolled into view
    /// Ends a wait for a running sync when the panel closes.
    std::shared_ptr<std::atomic_bool> m_closing = std::make_shared<std::atomic_bool>(false);
};

} // namespace integreat::desktop
