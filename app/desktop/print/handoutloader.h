#pragma once

#include "desktop/print/handout.h"
#include "desktop/print/handouthtml.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

class QTranslator;

namespace integreat::store {
class Store;
}

namespace integreat::print {

/// What to print: a stored page, place or event (by path) of a region in one language, and
/// optionally the same item in a second language beside it (found through
/// `available_languages`). Shared by the desktop's Print… / Save as PDF… and integreat-cli print.
struct HandoutRequest
{
    QString region;
    QString language;
    QString path;           ///< store key: /augsburg/de/willkommen/
    QString secondLanguage; ///< empty: one language
    QString resourceDir;    ///< <data-dir>/resources
    /// "This week's events" instead of an item (`path` is not used): the 7 days from
    /// `weekStart` (today when invalid), see WeekLoader.
    bool week = false;
    QDate weekStart;
};

/// Reads a HandoutRequest from the store and builds the Handout::Spec; a request that cannot be
/// met gives a sentence saying why (not stored, not translated: with the languages it has).
class HandoutLoader final
{
    Q_DECLARE_TR_FUNCTIONS(integreat::print::HandoutLoader)

public:
    struct Result
    {
        std::optional<Handout::Spec> spec;
        QString error;
    };

    static Result load(const store::Store &store, const HandoutRequest &request);

    /// What every handout of `request` shares: the town's name, the date printed, the
    /// resource folder; no columns yet.
    static Handout::Spec emptySpec(const store::Store &store, const HandoutRequest &request);
    /// A column of `language` without a body: its code, native name and direction.
    static Handout::Column emptyColumn(const store::Store &store, const QString &region,
                                       const QString &language);
    /// Options for HTML in `language`: its locale, now, and its UI catalog (loaded into
    /// `translator`, which must outlive the options) for the labels.
    static HandoutHtml::Options options(const QString &language, QTranslator &translator);

private:
    static std::optional<Handout::Column> column(const store::Store &store, const QString &region,
                                                 const QString &language, const QString &path,
                                                 QStringList *languages);
};

} // namespace integreat::print
