// SanitizerBuilder's links, images and iframes: what is kept of a URL, what becomes a link
// card, and the lists of links and resources the sanitizer reports. The element structure is in
// sanitizerbuilder.cpp.
#include "core/content/linkclassifier.h"
#include "core/content/resourcename.h"
#include "core/content/sanitizerbuilder.h"

using namespace Qt::StringLiterals;

namespace integreat::content {

using policy::Attributes;

void SanitizerBuilder::handleImage(const HtmlToken &token)
{
    const QUrl url = policy::resolveUrl(policy::attribute(token.attributes, u"src"), m_base);
    const QString scheme = url.scheme();
    QUrl local;
    if (scheme == QString::fromUtf16(ResourceScheme) && !fileNameOfLocalResource(url).isEmpty()) {
        local = url; // sanitized before
    } else if (isAllowedResourceHost(url, m_server)) {
        local = m_rewriteImages ? localResourceUrl(url) : url;
        addResource(url);
    } else if (scheme == u"http" || scheme == u"https") { // never fetched: say what it showed
        const QString alt = policy::cleanText(policy::attribute(token.attributes, u"alt"), 1000);
        if (!alt.isEmpty() && ensureFlow())
            policy::appendEscaped(m_out, alt);
        return;
    } else {
        return; // data:, javascript:, file: ...
    }
    if (!ensureFlow())
        return;
    Attributes attributes = policy::filterAttributes(u"img", token.attributes);
    attributes.prepend({u"src"_s, local.toString(QUrl::FullyEncoded)});
    emitStartTag(u"img"_s, attributes);
}

/// An iframe becomes a link card, `<p class="link-card"><a href="SRC">title or host</a></p>`,
/// for http(s) sources; the card closes an open p and a, so it parses back the same.
void SanitizerBuilder::handleIframe(const HtmlToken &token)
{
    const QUrl src = policy::resolveUrl(policy::attribute(token.attributes, u"src"), m_base);
    const bool web = (src.scheme() == u"http" || src.scheme() == u"https") && !src.host().isEmpty();
    if (m_discard == 0 && web && !policy::isHidden(token.attributes)) {
        QString title = policy::attribute(token.attributes, u"title").simplified();
        if (title.isEmpty())
            title = src.host();
        applyImpliedEnds(u"p"_s);
        applyImpliedEnds(u"a"_s);
        if (ensureFlow() && m_kept + 2 <= MaxKeptDepth) {
            emitStartTag(u"p"_s, {{u"class"_s, u"link-card"_s}});
            emitStartTag(u"a"_s, {{u"href"_s, src.toString(QUrl::FullyEncoded)}});
            policy::appendEscaped(m_out, title);
            m_out.append(u"</a></p>"_s);
            addLink(src);
        }
    }
    if (!token.selfClosing && m_stack.size() < MaxStackDepth)
        push(u"iframe"_s, Mode::Discard); // swallows the raw text and the end tag
}

/// The href of a link that stays (http, https, mailto, tel), or empty: the link goes, its text
/// stays.
QUrl SanitizerBuilder::keptHref(const Attributes &attributes)
{
    const QString raw = policy::attribute(attributes, u"href");
    if (raw.trimmed().startsWith(u'#'))
        return {}; // in-page anchors: their targets (id, name) are not kept
    const QUrl url = policy::resolveUrl(raw, m_base);
    if (url.isEmpty())
        return {};
    const LinkTarget target = classifyLink(url, m_server);
    if (target.kind == LinkKind::Forbidden)
        return {};
    addLink(target.url);
    if ((target.kind == LinkKind::Pdf || target.kind == LinkKind::Image) &&
        isAllowedResourceHost(target.url, m_server))
        addResource(target.url);
    return target.url;
}

void SanitizerBuilder::addLink(const QUrl &url)
{
    if (!m_seenLinks.contains(url)) {
        m_seenLinks.insert(url);
        m_result.links.append(url);
    }
}

void SanitizerBuilder::addResource(const QUrl &url)
{
    const QUrl key = url.adjusted(QUrl::RemoveFragment);
    if (!m_seenResources.contains(key)) {
        m_seenResources.insert(key);
        m_result.resources.append(key);
    }
}

} // namespace integreat::content
