#include "core/content/sanitizer.h"

#include "core/content/htmltokenizer.h"
#include "core/content/sanitizerbuilder.h"

namespace integreat::content {

SanitizedHtml sanitize(const QString &html, const SanitizeOptions &options)
{
    SanitizerBuilder builder(options, html.size());
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    while (tokenizer.next(token)) {
        switch (token.type) {
        case HtmlToken::Type::StartTag:
            builder.startTag(token);
            break;
        case HtmlToken::Type::EndTag:
            builder.endTag(token.name);
            break;
        case HtmlToken::Type::Text:
            builder.text(token.text, false);
            break;
        case HtmlToken::Type::RawText:
            builder.text(token.text, true);
            break;
        }
    }
    return builder.finish();
}

} // namespace integreat::content
