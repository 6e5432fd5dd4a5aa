// The pack manifest parser (core/pack/packmanifest.h) against hostile sizes. fuzz_pack found a
// manifest whose part size was 1.1e86: converting that double to qint64 was undefined behaviour
// (UBSan); a size must be a whole number from 0 to 2^53 or the manifest is refused.
#include "core/pack/packmanifest.h"

#include <QString>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace Qt::StringLiterals;

namespace {

QByteArray manifest(const QByteArray &contentBytes)
{
    const QByteArray hash(64, 'a');
    return R"({"format": "integreat-pack", "format_version": 1,
      "pack_id": "6f1c2a0e-6a7e-4f4e-9a57-3c1d2b4e5f60", "region": "testtown",
      "languages": ["de"], "created_at": "2026-01-03T00:00:00.000Z", "created_by": "test",
      "last_sync": {"de": "2026-01-03T00:00:00.000Z"},
      "counts": {"de": {"pages": 1, "events": 0, "places": 0, "news": 0}},
      "resources": 0, "tiles": false,
      "parts": [{"name": "region.json", "bytes": 377, "sha256": ")" +
           hash + R"("},
                {"name": "content/de.json", "bytes": )" +
           contentBytes + R"(, "sha256": ")" + hash + R"("}]})";
}

} // namespace

TEST_CASE("A pack manifest with whole part sizes is read")
{
    QString error;
    const auto parsed = pack::parseManifest(manifest("2646"), error);
    INFO(error.toStdString());
    REQUIRE(parsed.has_value());
    REQUIRE(parsed->part(u"content/de.json"_s));
    CHECK(parsed->part(u"content/de.json"_s)->bytes == 2646);
}

TEST_CASE("A pack manifest with a part size beyond any file, negative or fractional is refused")
{
    for (const QByteArray &bytes :
         {QByteArray(
              "111111111111111111111111111111111111111111111111111111111111111111111111112646"),
          QByteArray("1e86"), QByteArray("-5"), QByteArray("1.5"), QByteArray("\"12\""),
          QByteArray("18446744073709551616")}) {
        INFO(bytes.toStdString());
        QString error;
        CHECK_FALSE(pack::parseManifest(manifest(bytes), error).has_value());
        CHECK_FALSE(error.isEmpty());
    }
}
