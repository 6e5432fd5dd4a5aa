// libFuzzer target: the HTML tokenizer and the sanitizer (core/content) on arbitrary text.

#include "core/content/htmltokenizer.h"
#include "core/content/sanitizer.h"

#include <cstddef>
#include <cstdint>

using namespace integreat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    content::HtmlTokenizer tokenizer(html);
    content::HtmlToken token;
    qsizetype tokens = 0;
    while (tokenizer.next(token)) {
        if (++tokens > html.size() + 1)
            __builtin_trap(); // each token consumes input: more tokens than chars is a loop
    }
    content::sanitize(html);
    return 0;
}
