// libFuzzer target: the link classifier (core/content) on arbitrary URLs, with and without a
// server, and with a language applied.

#include "core/content/linkclassifier.h"

#include <QUrl>
#include <cstddef>
#include <cstdint>

using namespace integreat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QUrl url(text);
    const content::LinkTarget plain = content::classifyLink(url);
    content::withLanguage(plain, QStringLiteral("de"));
    const content::LinkTarget server =
        content::classifyLink(url, QUrl(QStringLiteral("http://127.0.0.1:8080/")));
    content::withLanguage(server, QStringLiteral("ar"));
    return 0;
}
