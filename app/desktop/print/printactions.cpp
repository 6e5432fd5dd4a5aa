#include "desktop/print/printactions.h"

#include "core/store/storeerror.h"
#include "desktop/common/filedialogs.h"
#include "desktop/common/offguithread.h"
#include "desktop/print/handout.h"
#include "desktop/print/weekloader.h"

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
    , m_printNext(new QAction(tr("Print next week's events…"), this))
    , m_savePdfNext(new QAction(tr("Save next week's events as PDF…"), this))
{
    m_request.resourceDir = resourceDir;
    m_print->setShortcut(QKeySequence::Print);
    for (QAction *action : {m_print, m_savePdf, m_printNext, m_savePdfNext})
        action->setEnabled(false);
    m_printNext->setVisible(false);
    m_savePdfNext->setVisible(false);
    connect(m_print, &QAction::triggered, this, [this] { print(0); });
    connect(m_savePdf, &QAction::triggered, this, [this] { askAndSavePdf(0); });
    connect(m_printNext, &QAction::triggered, this, [this] { print(1); });
    connect(m_savePdfNext, &QAction::triggered, this, [this] { askAndSavePdf(1); });
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
    for (QAction *action : {m_print, m_savePdf, m_printNext, m_savePdfNext})
        action->setEnabled(printable && !m_loading);
    m_printNext->setVisible(m_request.week);
    m_savePdfNext->setVisible(m_request.week);
    // What Print… prints, said in its name where it is not the item shown.
    m_print->setText(m_request.week ? tr("Print this week's events…") : tr("Print…"));
    m_savePdf->setText(m_request.week ? tr("Save this week's events as PDF…") : tr("Save as PDF…"));
}

void PrintActions::setSecondLanguage(const QString &language)
{
    m_request.secondLanguage = language;
}

HandoutLoader::Result PrintActions::storeError(const std::exception &error) const
{
    HandoutLoader::Result result;
    result.error = tr("Cannot read the local store: %1").arg(QString::fromUtf8(error.what()));
    return result;
}

void PrintActions::withHandout(int weeksAhead,
                               std::function<void(const HandoutLoader::Result &)> use)
{
    if (m_loading)
        return; // a second press while the first one's handout is worked out
    m_request.weekStart = weeksAhead > 0 ? QDate::currentDate().addDays(7 * weeksAhead) : QDate();
    if (!m_request.week) {
        try {
            use(HandoutLoader::load(m_store, m_request));
        } catch (const store::StoreError &error) {
            use(storeError(error));
        }
        return;
    }
    // The store is read here, in its thread; each event's dates in the week (a rule may take
    // up to Recurrence::MaxMilliseconds) and the HTML are worked out off the GUI thread.
    WeekLoader::Source source;
    try {
        source = WeekLoader::read(m_store, m_request);
    } catch (const store::StoreError &error) {
        use(storeError(error));
        return;
    }
    m_loading = true;
    update();
    desktop::runOffGuiThread(
        this,
        [source = std::move(source), observer = m_weekObserver] {
            if (observer)
                observer();
            return WeekLoader::build(source);
        },
        [this, use = std::move(use)](const HandoutLoader::Result &loaded) {
            m_loading = false;
            update();
            use(loaded);
        });
}

void PrintActions::savePdf(const QString &fileName, std::function<void(const QString &)> done,
                           int weeksAhead)
{
    withHandout(weeksAhead,
                [fileName, done = std::move(done)](const HandoutLoader::Result &loaded) {
                    QString error;
                    if (!loaded.spec)
                        error = loaded.error;
                    else if (Handout(*loaded.spec).writePdf(fileName, &error))
                        error.clear();
                    done(error);
                });
}

void PrintActions::showError(const QString &message) const
{
    QMessageBox::warning(m_parent, tr("Cannot print"), message);
}

void PrintActions::print(int weeksAhead)
{
    withHandout(weeksAhead, [this](const HandoutLoader::Result &loaded) {
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
    });
}

void PrintActions::askAndSavePdf(int weeksAhead)
{
    const QDate first = QDate::currentDate().addDays(7 * weeksAhead);
    const QString name = m_request.week ? u"events-"_s + first.toString(Qt::ISODate)
                                        : m_request.path.section(u'/', -2, -2);
    const QString file = desktop::FileDialogs::saveFileName(
        m_parent, tr("Save as PDF"), (name.isEmpty() ? u"handout"_s : name) + u".pdf"_s,
        tr("PDF documents (*.pdf)"));
    if (file.isEmpty())
        return;
    savePdf(
        file,
        [this](const QString &error) {
            if (!error.isEmpty())
                showError(error);
        },
        weeksAhead);
}

} // namespace integreat::print
