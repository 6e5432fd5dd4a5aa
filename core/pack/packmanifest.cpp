#include "core/pack/packmanifest.h"

#include "core/pack/tarreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>

using namespace Qt::StringLiterals;

namespace integreat::pack {

namespace {

/// Larger than any part a pack can hold (a tar member is below 2^33 bytes); exact as a double.
constexpr double MaxPartBytes = 9007199254740992.0; // 2^53

QString tr(const char *text)
{
    return QCoreApplication::translate("integreat::pack", text);
}

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

bool isLanguageCode(const QString &code)
{
    return !code.isEmpty() && code.size() <= 20 && isPlainTarName(code) && !code.contains(u'/');
}

} // namespace

const PackPart *PackManifest::part(const QString &name) const
{
    for (const PackPart &p : parts) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QByteArray PackManifest::toJson() const
{
    QJsonObject sync, countObject;
    for (auto it = lastSync.cbegin(); it != lastSync.cend(); ++it)
        sync.insert(it.key(), iso(it.value()));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        countObject.insert(it.key(), QJsonObject{{u"pages"_s, it->pages},
                                                 {u"events"_s, it->events},
                                                 {u"places"_s, it->places},
                                                 {u"news"_s, it->news}});
    }
    QJsonArray partArray;
    for (const PackPart &p : parts) {
        partArray.append(QJsonObject{{u"name"_s, p.name},
                                     {u"bytes"_s, p.bytes},
                                     {u"sha256"_s, QString::fromLatin1(p.sha256.toHex())}});
    }
    const QJsonObject root{
        {u"format"_s, u"integreat-pack"_s},
        {u"format_version"_s, formatVersion},
        {u"pack_id"_s, packId.toString(QUuid::WithoutBraces)},
        {u"region"_s, region},
        {u"languages"_s, QJsonArray::fromStringList(languages)},
        {u"created_at"_s, iso(createdAt)},
        {u"created_by"_s, createdBy},
        {u"last_sync"_s, sync},
        {u"counts"_s, countObject},
        {u"resources"_s, resources},
        {u"tiles"_s, tiles},
        {u"parts"_s, partArray},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<PackManifest> parseManifest(const QByteArray &json, QString &error)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError ||
        root.value("format"_L1).toString() != u"integreat-pack"_s) {
        error = tr("This is not an Integreat content pack (its manifest is missing or damaged).");
        return std::nullopt;
    }
    PackManifest m;
    m.formatVersion = root.value("format_version"_L1).toInt(0);
    if (m.formatVersion > PackFormatVersion) {
        error = tr("This content pack was made by a newer version of Integreat (pack format %1; "
                   "this version reads up to %2). Update Integreat to import it.")
                    .arg(m.formatVersion)
                    .arg(PackFormatVersion);
        return std::nullopt;
    }
    const QString incomplete = tr("The pack's manifest is incomplete or damaged (%1).");
    if (m.formatVersion < 1) {
        error = incomplete.arg(u"format_version"_s);
        return std::nullopt;
    }
    m.packId = QUuid::fromString(root.value("pack_id"_L1).toString());
    m.region = root.value("region"_L1).toString();
    m.createdAt = fromIso(root.value("created_at"_L1));
    m.createdBy = root.value("created_by"_L1).toString();
    m.resources = root.value("resources"_L1).toInt(0);
    m.tiles = root.value("tiles"_L1).toBool(false);
    const auto missing = [&](const QString &what) {
        error = incomplete.arg(what);
        return std::nullopt;
    };
    if (m.packId.isNull())
        return missing(u"pack_id"_s);
    if (!isLanguageCode(m.region))
        return missing(u"region"_s);
    if (!m.createdAt.isValid())
        return missing(u"created_at"_s);
    const QJsonObject sync = root.value("last_sync"_L1).toObject();
    const QJsonObject counts = root.value("counts"_L1).toObject();
    for (const QJsonValue value : root.value("languages"_L1).toArray()) {
        const QString code = value.toString();
        if (!isLanguageCode(code) || m.languages.contains(code))
            return missing(u"languages"_s);
        m.languages << code;
        const QDateTime synced = fromIso(sync.value(code));
        if (!synced.isValid())
            return missing(u"last_sync"_s);
        m.lastSync.insert(code, synced);
        const QJsonObject c = counts.value(code).toObject();
        m.counts.insert(code, PackCounts{c.value("pages"_L1).toInt(), c.value("events"_L1).toInt(),
                                         c.value("places"_L1).toInt(), c.value("news"_L1).toInt()});
    }
    if (m.languages.isEmpty())
        return missing(u"languages"_s);
    QSet<QString> names;
    for (const QJsonValue value : root.value("parts"_L1).toArray()) {
        const QJsonObject o = value.toObject();
        PackPart p;
        p.name = o.value("name"_L1).toString();
        // A JSON number is a double: only whole sizes up to 2^53 are sizes (and converting a
        // larger double to qint64 is undefined; fuzz_pack found a manifest with 1.1e86 bytes).
        const double bytes = o.value("bytes"_L1).toDouble(-1);
        p.bytes =
            bytes >= 0 && bytes <= MaxPartBytes && bytes == std::floor(bytes) ? qint64(bytes) : -1;
        p.sha256 = QByteArray::fromHex(o.value("sha256"_L1).toString().toLatin1());
        if (!isPlainTarName(p.name) || p.name == u"manifest.json"_s || names.contains(p.name) ||
            p.bytes < 0 || p.sha256.size() != 32)
            return missing(u"parts"_s);
        names.insert(p.name);
        m.parts << p;
    }
    if (!names.contains(u"region.json"_s))
        return missing(u"region.json"_s);
    for (const QString &code : std::as_const(m.languages)) {
        if (!names.contains(u"content/"_s + code + u".json"_s))
            return missing(u"content/"_s + code + u".json"_s);
    }
    return m;
}

} // namespace integreat::pack
