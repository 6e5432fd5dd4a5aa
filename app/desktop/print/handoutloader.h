#pragma once

#include "desktop/print/handout.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

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

private:
    static std::optional<Handout::Column> column(const store::Store &store, const QString &region,
                                                 const QString &language, const QString &path,
                                                 QStringList *languages);
};

} // namespace integreat::print
