#include "desktop/sync/massremovalquestion.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

MassRemovalQuestion::MassRemovalQuestion(const QList<sync::LanguageOutcome> &refused,
                                         const QHash<QString, QString> &languageNames,
                                         QWidget *parent)
    : QMessageBox(parent)
{
    setObjectName(u"MassRemovalQuestion"_s);
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Remove saved pages?"));
    QStringList lines;
    for (const sync::LanguageOutcome &outcome : refused) {
        m_languages << outcome.code;
        const QString name = languageNames.value(outcome.code, outcome.code);
        lines << tr("%1: %n of the %2 saved pages would be removed.", nullptr,
                    int(outcome.pagesToRemove))
                     .arg(name)
                     .arg(outcome.pagesStored);
    }
    setText(tr("The server sent much less content than before. If you go on, pages you have "
               "now will be deleted from this computer."));
    setInformativeText(lines.join(u'\n') + u"\n\n"_s +
                       tr("This can be a mistake on the server. If you keep your content, "
                          "nothing changes and you can try again later."));
    m_keep = addButton(tr("Keep my content"), QMessageBox::RejectRole);
    m_remove = addButton(tr("Remove them"), QMessageBox::DestructiveRole);
    setDefaultButton(qobject_cast<QPushButton *>(m_keep));
    setEscapeButton(m_keep);
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    connect(this, &QMessageBox::buttonClicked, this,
            [this](QAbstractButton *button) { emit answered(button == m_remove); });
}

QList<sync::LanguageOutcome> MassRemovalQuestion::refusedOf(const sync::SyncReport &report)
{
    QList<sync::LanguageOutcome> refused;
    if (report.cancelled)
        return refused;
    for (const sync::LanguageOutcome &outcome : report.languages) {
        if (outcome.massRemovalRefused)
            refused << outcome;
    }
    return refused;
}

} // namespace integreat::desktop
