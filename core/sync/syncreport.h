#pragma once

#include "store/store.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace integreat::sync {

/// What a sync is doing right now, for progress displays.
enum class Stage { Regions, Pages, Events, Places, Categories, Imprint, News, Applying, Done };

/// The stage as a short phrase in the user's language ("downloading pages").
QString stageText(Stage stage);

struct Progress
{
    QString language; ///< empty while the region list loads
    Stage stage = Stage::Regions;
    int languageIndex = 0; ///< 0-based
    int languageCount = 0;
    qint64 bytes = 0; ///< bytes of the current download
    int items = 0;    ///< items of the current list once mapped
};

struct LanguageOutcome
{
    QString code;
    bool ok = false;
    QString error; ///< user-readable, names the cause
    store::ApplyResult counts;
    QStringList warnings; ///< skipped items, optional lists that were not available
};

struct SyncReport
{
    QString region;
    QString error; ///< a problem before any language could start (unknown region, no network)
    bool cancelled = false;
    QList<LanguageOutcome> languages;

    bool ok() const
    {
        if (!error.isEmpty() || cancelled || languages.isEmpty())
            return false;
        for (const LanguageOutcome &language : languages) {
            if (!language.ok)
                return false;
        }
        return true;
    }
};

} // namespace integreat::sync
