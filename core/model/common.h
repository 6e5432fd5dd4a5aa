#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>
#include <optional>

namespace integreat::model {

/// Other-language versions of an item: language code -> path of the translation
/// (for news: language code -> news id). Empty when there is none.
using AvailableLanguages = QMap<QString, QString>;

struct Organization
{
    QString name;
    QString website;
    QString logoUrl;
    bool operator==(const Organization &) const = default;
};

/// A postal address with optional coordinates (the API's `location` object).
struct Address
{
    QString name;
    QString street; ///< the API's `address`
    QString postcode;
    QString town;
    QString country;
    std::optional<double> latitude;
    std::optional<double> longitude;
    bool isEmpty() const { return name.isEmpty() && street.isEmpty() && town.isEmpty(); }
    bool operator==(const Address &) const = default;
};

/// Fields every content item (page, event, place, imprint) shares.
struct ContentBase
{
    std::optional<int> id; ///< translation id; null for fallback-language items
    QString path;          ///< stable key: /region/lang/slug/.../ (percent-decoded Unicode)
    QString url;
    QString title;
    QString excerpt; ///< plain text, entities decoded
    QString content; ///< HTML as delivered by the API
    QDateTime lastUpdated;
    AvailableLanguages availableLanguages;
    QString thumbnail;
};

} // namespace integreat::model
