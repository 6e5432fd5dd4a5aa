#pragma once

#include "core/sync/syncreport.h"

#include <QMessageBox>
#include <QStringList>

namespace integreat::desktop {

/// Asks the user whether a sync the engine refused because its pages lists would remove most of
/// the saved pages (LanguageOutcome::massRemovalRefused) may go ahead: "Keep my content" is
/// the default (and Escape), "Remove them" syncs those languages again with the removal
/// allowed. Window-modal and asynchronous: answered() follows, once.
class MassRemovalQuestion final : public QMessageBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MassRemovalQuestion)

public:
    /// `languageNames`: code -> name in the user's eyes, for every refused language.
    MassRemovalQuestion(const QList<sync::LanguageOutcome> &refused,
                        const QHash<QString, QString> &languageNames, QWidget *parent);

    /// The languages of the refused outcomes.
    QStringList languages() const { return m_languages; }
    QAbstractButton *keepButton() const { return m_keep; }
    QAbstractButton *removeButton() const { return m_remove; }

    /// The languages of `report` that were refused for a mass removal.
    static QList<sync::LanguageOutcome> refusedOf(const sync::SyncReport &report);

signals:
    /// `remove`: the user chose "Remove them".
    void answered(bool remove);

private:
    QStringList m_languages;
    QAbstractButton *m_keep;
    QAbstractButton *m_remove;
};

} // namespace integreat::desktop
