#include "core/content/sanitizerbuilder.h"

#include "core/content/bidi.h"
#include "core/content/htmltext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace integreat::content {

namespace {

using policy::Action;
using policy::Attributes;

bool isTableContext(QStringView name)
{
    return name == u"table" || name == u"thead" || name == u"tbody" || name == u"tr";
}

bool isTableStructure(QStringView name)
{
    return isTableContext(name) || name == u"td" || name == u"th";
}

bool isCellOrTable(QStringView name)
{
    return name == u"td" || name == u"th" || name == u"table";
}

bool never(QStringView)
{
    return false;
}

} // namespace

SanitizerBuilder::SanitizerBuilder(const SanitizeOptions &options, qsizetype sizeHint)
    : m_server(options.server)
    , m_base(resolutionBase(options.server))
    , m_rewriteImages(options.rewriteImagesToStore)
    , m_rightToLeft(options.rightToLeft)
{
    m_out.reserve(sizeHint + sizeHint / 8);
}

template <typename Target, typename Stop>
qsizetype SanitizerBuilder::findOpen(Target isTarget, Stop isStop, bool matchTransparent) const
{
    for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
        const Entry &e = m_stack.at(i);
        if (e.mode == Mode::Transparent) {
            if (matchTransparent && isTarget(e.name))
                return i;
            continue;
        }
        if (isTarget(e.name))
            return i;
        if (isStop(e.name))
            return -1;
    }
    return -1;
}

/// The innermost entry that is not Transparent, or -1.
qsizetype SanitizerBuilder::topVisible() const
{
    return findOpen([](QStringView) { return true; }, never);
}

void SanitizerBuilder::popTo(qsizetype index)
{
    while (index >= 0 && m_stack.size() > index) {
        const Entry e = m_stack.takeLast();
        if (e.mode == Mode::Kept) {
            if (e.isolateFrom >= 0)
                closeTelLink(e.isolateFrom);
            m_out.append(u"</"_s + e.name + u'>');
            --m_kept;
        } else if (e.mode == Mode::Discard) {
            --m_discard;
        }
    }
}

void SanitizerBuilder::push(const QString &name, Mode mode, const Attributes &attributes)
{
    if (mode == Mode::Kept) {
        emitStartTag(name, attributes);
        ++m_kept;
    } else if (mode == Mode::Discard) {
        ++m_discard;
    }
    m_stack.append({name, mode});
}

/// HTML's implied end tags for a start tag `name`, simplified: block starts close an open p,
/// li closes li, dd/dt close dd/dt, a heading closes a heading, a closes a, body closes head.
void SanitizerBuilder::applyImpliedEnds(const QString &name)
{
    if (policy::closesParagraph(name)) {
        popTo(findOpen([](QStringView n) { return n == u"p"; },
                       [](QStringView n) {
                           return isCellOrTable(n) || n == u"button" || n == u"object" ||
                                  n == u"template" || n == u"applet";
                       }));
    }
    if (name == u"li") {
        popTo(findOpen([](QStringView n) { return n == u"li"; }, policy::stopsListItemSearch));
    } else if (name == u"dd" || name == u"dt") {
        popTo(findOpen([](QStringView n) { return n == u"dd" || n == u"dt"; },
                       policy::stopsListItemSearch));
    } else if (policy::isHeading(name)) {
        const qsizetype top = topVisible();
        if (top >= 0 && policy::isHeading(m_stack.at(top).name))
            popTo(top);
    } else if (name == u"a") {
        popTo(findOpen([](QStringView n) { return n == u"a"; }, isCellOrTable));
    } else if (name == u"body") {
        popTo(findOpen([](QStringView n) { return n == u"head"; }, never));
    }
}

/// Rows, cells and row groups close what is open inside their table (a cell without a row gets
/// one); outside any table they are unwrapped, like browsers do.
SanitizerBuilder::Mode SanitizerBuilder::tableStructureMode(const QString &name)
{
    if (name == u"table") {
        ensureFlow(); // a table right inside a table goes into a cell
        return Mode::Kept;
    }
    const auto row = [](QStringView n) {
        return n == u"tr";
    };
    const auto group = [](QStringView n) {
        return n == u"thead" || n == u"tbody";
    };
    const auto table = [](QStringView n) {
        return n == u"table";
    };
    qsizetype at = -1;
    if (name == u"td" || name == u"th")
        at = findOpen([&](QStringView n) { return row(n) || group(n) || table(n); }, never);
    else if (name == u"tr")
        at = findOpen([&](QStringView n) { return group(n) || table(n); }, never);
    else
        at = findOpen(table, never);
    if (at < 0)
        return Mode::Transparent;
    const bool needRow = (name == u"td" || name == u"th") && !row(m_stack.at(at).name);
    popTo(at + 1);
    if (needRow && m_kept < MaxKeptDepth)
        push(u"tr"_s, Mode::Kept);
    return Mode::Kept;
}

qsizetype SanitizerBuilder::openTables() const
{
    return std::count_if(m_stack.cbegin(), m_stack.cend(), [](const Entry &entry) {
        return entry.mode == Mode::Kept && entry.name == u"table";
    });
}

/// Before content in a table, row or row group: open the row and cell it needs (browsers move
/// such content out of the table; a cell keeps it in place and stable). False when the depth
/// limit leaves no room.
bool SanitizerBuilder::ensureFlow()
{
    const qsizetype top = topVisible();
    if (top < 0 || m_discard > 0 || !isTableContext(m_stack.at(top).name))
        return true;
    const bool needRow = m_stack.at(top).name != u"tr";
    if (m_kept + (needRow ? 2 : 1) > MaxKeptDepth)
        return false;
    if (needRow)
        push(u"tr"_s, Mode::Kept);
    push(u"td"_s, Mode::Kept);
    return true;
}

void SanitizerBuilder::emitStartTag(const QString &name, const Attributes &attributes)
{
    m_out.append(u'<');
    m_out.append(name);
    for (const auto &[key, value] : attributes) {
        m_out.append(u' ');
        m_out.append(key);
        m_out.append(u"=\"");
        policy::appendEscaped(m_out, value, true);
        m_out.append(u'"');
    }
    m_out.append(u'>');
}

void SanitizerBuilder::text(const QString &text, bool raw)
{
    if (m_discard > 0 || text.isEmpty())
        return;
    const QString decoded = raw ? text : decodeEntities(text);
    const qsizetype top = topVisible();
    if (top >= 0 && isTableContext(m_stack.at(top).name)) {
        if (decoded.trimmed().isEmpty())
            return; // layout whitespace between rows and cells
        ensureFlow();
    }
    // Numbers keep their order in right-to-left text (a tel: link is isolated as a whole).
    // An over-long word gets break opportunities so the page lays out in bounded time.
    policy::appendEscaped(
        m_out,
        m_words.apply(m_rightToLeft && m_telLinks == 0 ? bidi::isolateNumbers(decoded) : decoded));
}

/// The text of a tel: link in RTL content, written since `from`, becomes one left-to-right
/// isolate (unless it already is one, or has no digits).
void SanitizerBuilder::closeTelLink(qsizetype from)
{
    --m_telLinks;
    const QStringView text = QStringView(m_out).mid(from);
    if (bidi::isWhollyIsolated(text) ||
        std::none_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); }))
        return;
    m_out.insert(from, bidi::LeftToRightIsolate);
    m_out.append(bidi::PopDirectionalIsolate);
}

void SanitizerBuilder::startTag(const HtmlToken &token)
{
    const policy::ElementRule rule = policy::elementRule(token.name);
    const QString &name = rule.name;
    if (token.name == u"iframe") {
        handleIframe(token);
        return;
    }
    if (policy::isVoidElement(token.name)) {
        handleVoid(name, token);
        return;
    }
    if (rule.action != Action::Drop) {
        applyImpliedEnds(token.name);
        if (name != token.name)
            applyImpliedEnds(name);
    }
    Mode mode = Mode::Kept;
    if (m_discard > 0 || rule.action == Action::Drop || policy::isHidden(token.attributes))
        mode = Mode::Discard;
    else if (rule.action == Action::Unwrap)
        mode = Mode::Transparent;
    else if (isTableStructure(name))
        mode = tableStructureMode(name);
    else
        ensureFlow();
    Attributes attributes;
    if (mode == Mode::Kept) {
        attributes = policy::filterAttributes(name, token.attributes);
        if (name == u"a") {
            const QUrl href = keptHref(token.attributes);
            if (href.isEmpty())
                mode = Mode::Transparent; // the link goes, its text stays
            else
                attributes.prepend({u"href"_s, href.toString(QUrl::FullyEncoded)});
        }
    }
    if (name == u"table" && mode == Mode::Kept && openTables() >= MaxTableDepth)
        mode = Mode::Transparent; // its rows and cells join the enclosing table
    if ((mode == Mode::Kept && m_kept >= MaxKeptDepth) || m_stack.size() >= MaxStackDepth) {
        ++m_ignored[name]; // too deep: the contents join the enclosing element
        return;
    }
    push(name, mode, attributes);
    // A kept link's first attribute is its href (prepended above).
    if (m_rightToLeft && mode == Mode::Kept && name == u"a" &&
        attributes.first().second.startsWith(u"tel:", Qt::CaseInsensitive)) {
        m_stack.last().isolateFrom = m_out.size();
        ++m_telLinks;
    }
    if (token.selfClosing)
        endTag(token.name);
}

void SanitizerBuilder::endTag(const QString &tagName)
{
    if (tagName == u"br") { // "</br>" is a line break for browsers too
        HtmlToken br;
        br.name = u"br"_s;
        startTag(br);
        return;
    }
    if (policy::isVoidElement(tagName))
        return;
    const QString name = policy::elementRule(tagName).name;
    if (const auto it = m_ignored.find(name); it != m_ignored.end() && it.value() > 0) {
        --it.value();
        return;
    }
    const bool structure = isTableStructure(name);
    const auto isStop = [&](QStringView n) {
        if (name == u"table")
            return false;
        if (structure)
            return n == u"table";
        if ((name == u"li" && (n == u"ul" || n == u"ol")) ||
            ((name == u"dd" || name == u"dt") && n == u"dl"))
            return true;
        return isCellOrTable(n);
    };
    if (policy::isHeading(name)) // any heading end tag closes the open heading
        popTo(findOpen(policy::isHeading, isStop, true));
    else
        popTo(findOpen([&](QStringView n) { return n == name; }, isStop, true));
}

void SanitizerBuilder::handleVoid(const QString &name, const HtmlToken &token)
{
    if (m_discard > 0 || policy::elementRule(token.name).action == Action::Drop ||
        policy::isHidden(token.attributes))
        return;
    applyImpliedEnds(name);
    if (name == u"img") {
        handleImage(token);
    } else if (name == u"br" || name == u"hr") {
        ensureFlow();
        m_out.append(name == u"br" ? u"<br>"_s : u"<hr>"_s);
    }
}

SanitizedHtml SanitizerBuilder::finish()
{
    popTo(0);
    m_result.html = std::move(m_out);
    return std::move(m_result);
}

} // namespace integreat::content
