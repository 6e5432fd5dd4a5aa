#include "desktop/settings/packimportpanel.h"

#include "desktop/accessibility/liveregion.h"
#include "desktop/common/filedialogs.h"
#include "desktop/settings/packimporter.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

PackImportPanel::PackImportPanel(PackImporter &importer, QWidget *parent)
    : QWidget(parent)
    , m_importer(importer)
    , m_choose(new QPushButton(tr("Import content pack…"), this))
    , m_busy(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_anyway(new QPushButton(tr("Import anyway"), this))
{
    setObjectName(u"PackImport"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *row = new QHBoxLayout;
    m_choose->setObjectName(u"ImportPack"_s);
    m_choose->setToolTip(tr("Import a region's content from a file made with “integreat-cli "
                            "pack export” (for computers without fast internet)."));
    connect(m_choose, &QPushButton::clicked, this, &PackImportPanel::choose);
    row->addWidget(m_choose);
    m_busy->setRange(0, 0); // no steps to count: busy until the import ends
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Importing the content pack"));
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    row->addWidget(m_busy);
    row->addStretch(1);
    layout->addLayout(row);
    m_status->setObjectName(u"PackImportResult"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    a11y::LiveRegion::install(m_status); // the end of an import is announced
    m_status->hide();
    layout->addWidget(m_status);
    m_anyway->setObjectName(u"ImportPackAnyway"_s);
    m_anyway->setAccessibleDescription(
        tr("Replaces this computer's newer content with the older content of the pack."));
    m_anyway->hide();
    connect(m_anyway, &QPushButton::clicked, this, [this] { importFile(m_importer.file(), true); });
    auto *anywayRow = new QHBoxLayout;
    anywayRow->addWidget(m_anyway);
    anywayRow->addStretch(1);
    layout->addLayout(anywayRow);
    connect(&m_importer, &PackImporter::stateChanged, this, &PackImportPanel::showRunning);
    connect(&m_importer, &PackImporter::finished, this, &PackImportPanel::showFinished);
    if (m_importer.isRunning()) // started before these settings were opened
        showRunning();
}

void PackImportPanel::setServer(const QUrl &server)
{
    m_importer.setServer(server);
}

bool PackImportPanel::isRunning() const
{
    return m_importer.isRunning();
}

void PackImportPanel::choose()
{
    const QString file = FileDialogs::openFileName(
        this, tr("Import content pack"), tr("Integreat content packs (*.integreat-pack)"));
    if (!file.isEmpty())
        importFile(file);
}

void PackImportPanel::importFile(const QString &file, bool force)
{
    m_importer.start(file, force);
}

void PackImportPanel::showRunning()
{
    if (!m_importer.isRunning())
        return; // showFinished() follows
    m_busy->show();
    m_status->show();
    // The buttons go away while it runs: the keyboard focus stays here, on the result line.
    if (m_choose->hasFocus() || m_anyway->hasFocus())
        m_status->setFocus(Qt::OtherFocusReason);
    m_choose->setEnabled(false);
    m_anyway->hide();
    showResult(m_importer.state() == PackImporter::State::Waiting
                   ? tr("Waiting for the running update to finish…")
                   : tr("Importing the content pack…"));
    m_result.clear();
}

void PackImportPanel::showFinished()
{
    m_busy->hide();
    m_choose->setEnabled(true);
    if (m_status->hasFocus())
        m_choose->setFocus(Qt::OtherFocusReason);
    showResult(m_importer.resultText());
    m_anyway->setVisible(m_importer.skippedOlder());
}

void PackImportPanel::showResult(const QString &text)
{
    m_result = text;
    m_status->setText(text);
    a11y::LiveRegion::announce(m_status, text);
    // In the settings' scrolled sections, bring the result into view (an import started from
    // the command line opens the settings at their top), once the layout has made room for it,
    // and again while the panel grows (the dialog being laid out, the text wrapping).
    m_reveal = true;
    QTimer::singleShot(0, this, &PackImportPanel::reveal);
}

void PackImportPanel::reveal()
{
    for (QWidget *above = parentWidget(); above; above = above->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(above)) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            area->ensureWidgetVisible(this, 0, 12);
            break;
        }
    }
    // Done once all of it is on screen; until then each resize tries again.
    if (isVisible() && visibleRegion() == QRegion(rect()))
        m_reveal = false;
}

void PackImportPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_reveal)
        QTimer::singleShot(0, this, &PackImportPanel::reveal);
}

} // namespace integreat::desktop
