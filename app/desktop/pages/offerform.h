#pragma once

#include "core/model/offer.h"

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace integreat::desktop {

/// How an offer with `post` fields (Lehrstellenradar) opens: the browser gets a small local page
/// whose form posts the offer's fields to its URL at once, as the official app posts them from its
/// web view. The pages live in a private temporary directory (owner only) that is removed with
/// this object.
class OfferForm final
{
    Q_DECLARE_TR_FUNCTIONS(integreat::desktop::OfferForm)
    Q_DISABLE_COPY_MOVE(OfferForm)

public:
    OfferForm() = default;
    ~OfferForm() = default;

    /// The page: a UTF-8 HTML form (method post, every field hidden) submitted on load, with a
    /// button for browsers that run no scripts. Empty when the offer's URL is not http(s).
    static QString html(const model::Offer &offer);
    /// Writes the page of `offer` and returns its file; empty when it could not be written.
    QString write(const model::Offer &offer);
    /// The directory the pages are written to (empty before the first write).
    QString directory() const { return m_dir ? m_dir->path() : QString(); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_written = 0;
};

} // namespace integreat::desktop
