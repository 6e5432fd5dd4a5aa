#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace integreat::model {

/// An offer the CMS embeds in a page (`embedded_offers`, api.md §3.8): IHK Lehrstellenbörse,
/// Lehrstellenradar, Sprungbrett, a Zammad contact form. The CMS has already put the region's
/// postal code where the offer asks for it (into `url` or a `post` field).
struct Offer
{
    QString name;
    QString alias;
    QString url;       ///< http(s) or empty (the Zammad form has none)
    QString thumbnail; ///< http(s) or empty
    /// Form fields to POST to `url`, in the order sent; empty: the offer is a plain link.
    QList<QPair<QString, QString>> post;

    /// The value of a post field; empty when absent.
    QString postValue(const QString &name) const
    {
        for (const auto &[key, value] : post) {
            if (key == name)
                return value;
        }
        return {};
    }
    /// The Zammad contact form's server (`post["zammad-url"]`); empty for other offers.
    QString zammadUrl() const { return postValue(QStringLiteral("zammad-url")); }
    bool isZammadForm() const { return !zammadUrl().isEmpty(); }
    /// An offer opened by POSTing its fields to `url` (Lehrstellenradar).
    bool isPostForm() const { return !post.isEmpty() && !isZammadForm(); }
    bool operator==(const Offer &) const = default;
};

} // namespace integreat::model
