#pragma once

#include "core/store/store.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace integreat::sync {

/// What a sync is doing right now, for progress displays.
enum class Stage
{
    Regions,
    Pages,
    Events,
    Places,
    Categories,
    Imprint,
    News,
    Applying,
    Done
};

/// The stage as a short phrase in the user's language ("downloading pages").
QString stageText(Stage stage);

/// Languages download at once: each event is about one `language`, with the sync's totals.
struct Progress
{
    QString language; ///< empty while the region list loads
    Stage stage = Stage::Regions;
    int languageIndex = 0; ///< 0-based place of `language` among the requested ones
    int languageCount = 0;
    int languagesDone = 0; ///< languages finished (saved or failed) so far
    bool finished = false; ///< this event says `language` is finished
    qint64 bytes = 0;      ///< bytes of the current download
    int items = 0;         ///< items of the current list once mapped
};

struct LanguageOutcome
{
    QString code;
    bool ok = false;
    QString error; ///< user-readable, names the cause
    store::ApplyResult counts;
    QStringList warnings; ///< skipped items, optional lists that were not available
    /// The pages list would have removed most stored pages and was refused (error says so);
    /// SyncEngine::setAllowMassRemoval(true) applies it.
    bool massRemovalRefused = false;
    qsizetype pagesStored = 0;   ///< with massRemovalRefused: the language's stored pages
    qsizetype pagesToRemove = 0; ///< with massRemovalRefused: how many of them would go
};

/// What the resource pass (images, PDFs, icons) did; it never fails the sync.
struct ResourceOutcome
{
    bool ran = false;    ///< false: disabled (--no-resources), cancelled, or no language synced
    int referenced = 0;  ///< distinct resources the region's stored content refers to
    int fetched = 0;     ///< downloaded (new, changed, or not cached yet)
    int notModified = 0; ///< revalidated: the server answered 304
    int fresh = 0;       ///< cached and within their freshness window: not requested
    int failed = 0;      ///< could not be downloaded; tried again on the next sync
    int skipped = 0;     ///< not tried (the server asked to slow down, or was unreachable)
    int pruned = 0;      ///< cached resources no stored content refers to any more, deleted
    qint64 bytes = 0;    ///< body bytes downloaded
    QStringList errors;  ///< "URL: cause" for failures, and why the pass stopped early

    int unchanged() const { return notModified + fresh; }
};

struct SyncReport
{
    QString region;
    QString error; ///< a problem before any language could start (unknown region, no network)
    bool cancelled = false;
    /// Another process (integreat-cli, a second window) holds the data folder's sync lock;
    /// `error` says so ("A sync is already running (pid N).").
    bool alreadyRunning = false;
    QList<LanguageOutcome> languages;
    ResourceOutcome resources; ///< after the languages; its failures do not make ok() false

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
