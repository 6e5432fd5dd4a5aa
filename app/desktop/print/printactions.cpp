#include "desktop/print/printactions.h"

#include "core/store/storeerror.h"
#include "desktop/common/filedialogs.h"
#include "desktop/print/handout.h"

#include <QAction>
#include <QDate>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>

using namespace Qt::StringLiterals;

namespace integreat::print {

PrintActions::PrintActions(const store::Store &store, const QString &resourceDir, QWidget *parent)
    : QObject(parent)
    , m_store(store)
    , m_parent(parent)
    , m_print(new QAction(tr("Print…"), this))
    , m_savePdf(new QAction(tr("Save as PDF…"), this))
{
    m_request.resourceDir = resourceDir;
    m_print->setShortcut(QKeySequence::Print);
    m_print->setEnabled(false);
    m_savePdf->setEnabled(false);
    connect(m_print, &QAction::triggered, this, &PrintActions::print);
    connect(m_savePdf, &QAction::triggered, this, &PrintActions::askAndSavePdf);
}

PrintActions::~PrintActions() = default;

void PrintActions::setRoute(const QString &region, const QString &language, const QString &path)
{
    m_request.region = region;
    m_request.language = language;
    m_request.path = path;
    m_request.week = false;
    update();
}

void PrintActions::setWeek(const QString &region, const QString &language)
{
    m_request.region = region;
    m_request.language = language;
    m_request.path.clear();
    m_request.week = true;
    update();
}

void PrintActions::update()
{
    const bool printable = !m_request.region.isEmpty() && !m_request.language.isEmpty() &&
                           (m_request.week || !m_request.path.isEmpty());
    m_print->setEnabled(printable);
    m_savePdf->setEnabled(printable);
    // What Print… prints, said in its name where it is not the item shown.
    m_print->setText(m_request.week ? tr("Print this week's events…") : tr("Print…"));
    m_savePdf->setText(m_request.week ? tr("Save this week's events as PDF…") : tr("Save as PDF…"));
}

void PrintActions::setSecondLanguage(const QString &language)
{
    m_request.secondLanguage = language;
}

HandoutLoader::Result PrintActions::load() const
{
    try {
        return HandoutLoader::load(m_store, m_request);
    } catch (const store::StoreError &error) {
        HandoutLoader::Result result;
        result.error = tr("Cannot read the local store: %1").arg(QString::fromUtf8(error.what()));
        return result;
    }
}

QString PrintActions::savePdf(const QString &fileName) const
{
    const HandoutLoader::Result loaded = load();
    if (!loaded.spec)
        return loaded.error;
    QString error;
    if (!Handout(*loaded.spec).writePdf(fileName, &error))
        return error;
    return {};
}

void PrintActions::showError(const QString &message) const
{
    QMessageBox::warning(m_parent, tr("Cannot print"), message);
}

void PrintActions::print()
{
    const HandoutLoader::Result loaded = load();
    if (!loaded.spec) {
        showError(loaded.error);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Handout(*loaded.spec).paint(&printer) == 0)
        showError(tr("The printer could not be used."));
}

void PrintActions::askAndSavePdf()
{
    const QString name = m_request.week ? u"events-"_s + QDate::currentDate().toString(Qt::ISODate)
                                        : m_request.path.section(u'/', -2, -2);
    const QString file = desktop::FileDialogs::saveFileName(
        m_parent, tr("Save as PDF"), (name.isEmpty() ? u"handout"_s : name) + u".pdf"_s,
        tr("PDF documents (*.pdf)"));
    if (file.isEmpty())
        return;
    if (const QString error = savePdf(file); !error.isEmpty())
        showError(error);
}

} // namespace integreat::print
