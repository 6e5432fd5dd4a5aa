// libFuzzer target: the JSON -> model mappers (core/api) for every list kind and the region
// list. The first byte picks the mapper, the rest is the JSON text. Nothing may crash, hang or
// leak, whatever the server sends.

#include "core/api/mappers.h"

#include <QJsonDocument>
#include <cstddef>
#include <cstdint>

using namespace integreat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));
    switch (data[0] % 8) {
    case 0:
        api::mapRegions(doc);
        break;
    case 1:
        api::mapLanguages(doc);
        break;
    case 2:
        api::mapPages(doc);
        break;
    case 3:
        api::mapEvents(doc);
        break;
    case 4:
        api::mapPlaces(doc);
        break;
    case 5:
        api::mapPlaceCategories(doc);
        break;
    case 6:
        api::mapImprint(doc);
        break;
    default:
        api::mapNews(doc);
        break;
    }
    return 0;
}
