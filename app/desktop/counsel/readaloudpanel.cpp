#include "desktop/counsel/readaloudpanel.h"

#include "desktop/pages/contentbrowser.h"
#include "desktop/speech/qtspeechengine.h"
#include "desktop/speech/readaloud.h"
#include "desktop/speech/readaloudbar.h"

#include <QHBoxLayout>
#include <QPalette>
#include <QTextDocument>
#include <QToolButton>

namespace integreat::desktop {

ReadAloudPanel::ReadAloudPanel(QWidget *parent)
    : QWidget(parent)
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("ReadAloudPanel"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Stop reading and close"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->addStretch(1);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &ReadAloudPanel::close);
    hide();
}

ReadAloudPanel::~ReadAloudPanel()
{
    if (m_reader)
        m_reader->stop();
}

void ReadAloudPanel::setEngine(speech::SpeechEngine *engine)
{
    if (!m_reader)
        m_engine = engine;
}

ContentBrowser *ReadAloudPanel::shownBrowser(const QWidget *root)
{
    if (!root)
        return nullptr;
    const auto browsers = root->findChildren<ContentBrowser *>();
    for (ContentBrowser *browser : browsers) {
        if (browser->isVisibleTo(root) && !browser->document()->isEmpty())
            return browser;
    }
    return nullptr;
}

void ReadAloudPanel::ensureReader()
{
    if (m_reader)
        return;
    if (!m_engine) {
        m_ownEngine = std::make_unique<speech::QtSpeechEngine>();
        m_engine = m_ownEngine.get();
    }
    m_reader = new speech::ReadAloud(*m_engine, this);
    m_bar = new speech::ReadAloudBar(*m_reader, this);
    static_cast<QHBoxLayout *>(layout())->insertWidget(0, m_bar, 1);
    connect(m_reader, &speech::ReadAloud::sentenceStarted, this,
            [this](int, const QString &sentence) { highlight(sentence); });
    connect(m_reader, &speech::ReadAloud::stateChanged, this,
            [this](speech::ReadAloud::State state) {
                if (state == speech::ReadAloud::State::Idle)
                    clearHighlight();
            });
}

void ReadAloudPanel::read(ContentBrowser *browser, const QString &language)
{
    ensureReader();
    clearHighlight();
    m_browser = browser;
    m_searchFrom = 0;
    m_reader->setContent(browser ? browser->document()->toPlainText() : QString(), language);
    m_bar->refresh();
    show();
    if (m_reader->canSpeak())
        m_reader->play();
}

void ReadAloudPanel::close()
{
    if (m_reader)
        m_reader->stop();
    clearHighlight();
    m_browser = nullptr;
    hide();
}

void ReadAloudPanel::highlight(const QString &sentence)
{
    if (!m_browser)
        return;
    QTextDocument *document = m_browser->document();
    QTextCursor found = document->find(sentence, m_searchFrom);
    if (found.isNull())
        found = document->find(sentence, 0);
    QList<QTextEdit::ExtraSelection> selections;
    if (!found.isNull()) {
        m_searchFrom = found.selectionEnd();
        QTextEdit::ExtraSelection selection;
        selection.cursor = found;
        selection.format.setBackground(palette().color(QPalette::Highlight));
        selection.format.setForeground(palette().color(QPalette::HighlightedText));
        selections << selection;
        QTextCursor visible(found);
        visible.clearSelection();
        m_browser->setTextCursor(visible);
        m_browser->ensureCursorVisible();
    }
    m_browser->setExtraSelections(selections);
}

void ReadAloudPanel::clearHighlight()
{
    if (m_browser)
        m_browser->setExtraSelections({});
}

} // namespace integreat::desktop
