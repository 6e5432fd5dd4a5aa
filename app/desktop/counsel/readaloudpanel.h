#pragma once

#include <QPointer>
#include <QWidget>
#include <memory>

class QToolButton;

namespace integreat::speech {
class ReadAloud;
class ReadAloudBar;
class SpeechEngine;
} // namespace integreat::speech

namespace integreat::desktop {

class ContentBrowser;

/// Read aloud in the reader: the speech controls (speech::ReadAloudBar) above the content and
/// the sentence being read highlighted in the content browser. Reads in the content language's
/// voice; where there is none the bar says so and nothing is read. The system's speech engine
/// is started on first use only.
class ReadAloudPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadAloudPanel)

public:
    explicit ReadAloudPanel(QWidget *parent = nullptr);
    ~ReadAloudPanel() override;

    /// Uses `engine` instead of the system's (tests); not owned; call before the first read().
    void setEngine(speech::SpeechEngine *engine);
    /// The content browser shown inside `root` (the visible one), or null.
    static ContentBrowser *shownBrowser(const QWidget *root);

    /// Shows the controls and reads `browser`'s text in `language` from the start (or says
    /// that there is no voice for it).
    void read(ContentBrowser *browser, const QString &language);
    /// Stops reading, removes the highlight and hides the controls.
    void close();

    /// Null before the first read().
    speech::ReadAloud *reader() const { return m_reader; }
    speech::ReadAloudBar *bar() const { return m_bar; }
    QToolButton *closeButton() const { return m_close; }

private:
    void ensureReader();
    void highlight(const QString &sentence);
    void clearHighlight();

    std::unique_ptr<speech::SpeechEngine> m_ownEngine;
    speech::SpeechEngine *m_engine = nullptr;
    speech::ReadAloud *m_reader = nullptr;
    speech::ReadAloudBar *m_bar = nullptr;
    QToolButton *m_close;
    QPointer<ContentBrowser> m_browser;
    int m_searchFrom = 0;
};

} // namespace integreat::desktop
