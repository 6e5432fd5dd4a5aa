#pragma once

#include <QDebug>
#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <optional>

namespace integreat::model {

/// What sync, the store and the news watcher key content by: one language of one region
/// ("augsburg", "de"). Its text form is "region/language".
struct ContentKey
{
    QString region;   ///< the region's slug
    QString language; ///< the language code

    bool operator==(const ContentKey &) const = default;
    bool isValid() const { return !region.isEmpty() && !language.isEmpty(); }

    /// "augsburg/de".
    QString toString() const { return region + u'/' + language; }
    /// The key of "region/language"; nullopt unless both parts are there and the region holds
    /// no slash.
    static std::optional<ContentKey> fromString(QStringView text)
    {
        const qsizetype slash = text.indexOf(u'/');
        if (slash <= 0 || slash == text.size() - 1)
            return std::nullopt;
        return ContentKey{text.left(slash).toString(), text.mid(slash + 1).toString()};
    }
};

inline size_t qHash(const ContentKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.region, key.language);
}

inline QDebug operator<<(QDebug debug, const ContentKey &key)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "ContentKey(" << key.toString() << ')';
    return debug;
}

} // namespace integreat::model

Q_DECLARE_METATYPE(integreat::model::ContentKey)
