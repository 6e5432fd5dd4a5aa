// libFuzzer target: the content pack reader (core/pack). Reads and checks a pack from bytes in
// memory (PackReader without a spool folder: nothing is written anywhere). The first byte picks
// what the rest is, so the parsers behind the SHA-256 checks are reached too:
//   0  a whole pack file (a ustar archive)
//   1  content/de.json, wrapped here into a pack with matching sizes and checksums
//   2  manifest.json alone (parseManifest)
//   3  region.json alone (the region codec)
// A damaged or hostile pack must give an error, never a crash or a hang.

#include "core/pack/packcodec.h"
#include "core/pack/packmanifest.h"
#include "core/pack/packreader.h"
#include "core/pack/tarwriter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QUuid>
#include <cstddef>
#include <cstdint>

using namespace integreat;
using namespace Qt::StringLiterals;

namespace {

void readPack(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    pack::PackReader reader;
    reader.read(buffer);
}

/// A pack around `content` as content/de.json, with a fixed one-language region.
QByteArray wrap(const QByteArray &content)
{
    const QByteArray region =
        R"({"slug":"testtown","name":"Testtown","languages":[{"code":"de","native_name":"Deutsch"}]})";
    const QByteArray resources = "[]";
    pack::PackManifest manifest;
    manifest.packId = QUuid(u"{6f1c2a0e-6a7e-4f4e-9a57-3c1d2b4e5f60}"_s);
    manifest.region = u"testtown"_s;
    manifest.languages = {u"de"_s};
    manifest.createdAt = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
    manifest.lastSync.insert(u"de"_s, manifest.createdAt);
    manifest.counts.insert(u"de"_s, {1, 0, 0, 0});
    const QList<std::pair<QString, QByteArray>> parts{{u"region.json"_s, region},
                                                      {u"content/de.json"_s, content},
                                                      {u"resources.json"_s, resources}};
    for (const auto &[name, bytes] : parts) {
        manifest.parts << pack::PackPart{
            name, bytes.size(), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256)};
    }
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    pack::TarWriter tar(out, 0);
    tar.add(u"manifest.json"_s, manifest.toJson());
    for (const auto &[name, bytes] : parts)
        tar.add(name, bytes);
    tar.finish();
    return out.data();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 4) {
    case 0:
        readPack(rest);
        break;
    case 1:
        readPack(wrap(rest));
        break;
    case 2: {
        QString error;
        pack::parseManifest(rest, error);
        break;
    }
    default:
        pack::codec::regionFromJson(QJsonDocument::fromJson(rest).object());
        break;
    }
    return 0;
}
