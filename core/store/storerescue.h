#pragma once

#include "core/store/storeerror.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace integreat::store {

/// Recovery from a damaged store file (issue 11): checks the file, reads what it still can
/// (which regions and languages were saved), and moves the file with its -wal and -shm aside
/// under a dated name so a fresh store can take its place. Never deletes anything.
class StoreRescue final
{
public:
    explicit StoreRescue(const QString &filePath);

    struct Check
    {
        bool exists = false;
        bool sound = false; ///< opens, migrates and passes PRAGMA integrity_check
        QString problem;    ///< why not, in words (empty when sound)
    };
    /// Opens the file (a directory or non-SQLite file in its place counts as damaged) and runs
    /// the integrity check. Does not create the file.
    Check check() const;

    struct Saved
    {
        QString region;
        QStringList languages;
    };
    /// The regions and languages the file recorded as synced (its sync state, else its
    /// language lists); empty when nothing can be read. Read-only, best effort.
    QList<Saved> savedLanguages() const;

    /// Moves the file (and -wal, -shm) to "<name>.damaged-<yyyyMMdd-HHmmss>"; returns the new
    /// name of the file, or "" with `error` set.
    QString moveAside(const QDateTime &when, QString &error) const;

    /// True when opening failed in a way `integreat-cli repair` (or Download again) can fix.
    static bool isRepairable(StoreError::Reason reason);

private:
    QString m_path;
};

} // namespace integreat::store
