#include "core/content/resourcefinder.h"

#include "core/content/htmltext.h"
#include "core/content/resourcename.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace integreat::content {

namespace {

const QString kOfficialDomain = u"integreat-app.de"_s;

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isUrlAttribute(QStringView name)
{
    return name.compare(u"src", Qt::CaseInsensitive) == 0 ||
           name.compare(u"href", Qt::CaseInsensitive) == 0;
}

/// Walks the tags of an HTML fragment and hands every src/href value to `found`.
class AttributeScanner final
{
public:
    explicit AttributeScanner(const QString &html)
        : m_html(html)
        , m_size(html.size())
    {
    }

    template <typename Visit> void run(Visit &&visit)
    {
        while (m_pos < m_size) {
            m_pos = m_html.indexOf(u'<', m_pos);
            if (m_pos < 0 || m_pos + 1 >= m_size)
                return;
            if (QStringView(m_html).mid(m_pos, 4) == u"<!--") {
                const qsizetype end = m_html.indexOf(u"-->"_s, m_pos + 4);
                if (end < 0)
                    return;
                m_pos = end + 3;
                continue;
            }
            ++m_pos;
            if (!isAsciiLetter(at(m_pos)))
                continue; // closing tag, doctype, stray "<"
            const qsizetype nameStart = m_pos;
            while (m_pos < m_size && !isSpace(at(m_pos)) && at(m_pos) != u'>' && at(m_pos) != u'/')
                ++m_pos;
            const QString tag = m_html.mid(nameStart, m_pos - nameStart).toLower();
            readAttributes(visit);
            if (tag == u"script" || tag == u"style") {
                const qsizetype end = m_html.indexOf(u"</" + tag, m_pos, Qt::CaseInsensitive);
                if (end < 0)
                    return;
                m_pos = end;
            }
        }
    }

private:
    QChar at(qsizetype i) const { return i < m_size ? m_html.at(i) : QChar(); }
    void skipSpace()
    {
        while (m_pos < m_size && isSpace(at(m_pos)))
            ++m_pos;
    }

    template <typename Visit> void readAttributes(Visit &visit)
    {
        while (m_pos < m_size) {
            while (m_pos < m_size && (isSpace(at(m_pos)) || at(m_pos) == u'/'))
                ++m_pos;
            if (m_pos >= m_size)
                return;
            if (at(m_pos) == u'>') {
                ++m_pos;
                return;
            }
            const qsizetype nameStart = m_pos;
            while (m_pos < m_size && !isSpace(at(m_pos)) && at(m_pos) != u'=' &&
                   at(m_pos) != u'>' && at(m_pos) != u'/')
                ++m_pos;
            if (m_pos == nameStart) { // a stray "="
                ++m_pos;
                continue;
            }
            const QStringView name = QStringView(m_html).mid(nameStart, m_pos - nameStart);
            skipSpace();
            if (at(m_pos) != u'=')
                continue; // an attribute without a value
            ++m_pos;
            skipSpace();
            QStringView value;
            const QChar quote = at(m_pos);
            if (quote == u'"' || quote == u'\'') {
                const qsizetype start = m_pos + 1;
                qsizetype end = m_html.indexOf(quote, start);
                if (end < 0)
                    end = m_size;
                value = QStringView(m_html).mid(start, end - start);
                m_pos = std::min(end + 1, m_size);
            } else {
                const qsizetype start = m_pos;
                while (m_pos < m_size && !isSpace(at(m_pos)) && at(m_pos) != u'>')
                    ++m_pos;
                value = QStringView(m_html).mid(start, m_pos - start);
            }
            if (isUrlAttribute(name))
                visit(value);
        }
    }

    const QString &m_html;
    const qsizetype m_size;
    qsizetype m_pos = 0;
};

} // namespace

bool isCmsHost(const QUrl &url, const QUrl &server)
{
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return false;
    if (!url.userInfo().isEmpty())
        return false; // never send (or store) credentials embedded in content
    QString host = url.host().toLower();
    if (host.endsWith(u'.'))
        host.chop(1);
    if (host.isEmpty())
        return false;
    QString serverHost = server.host().toLower();
    if (serverHost.endsWith(u'.'))
        serverHost.chop(1);
    if (!serverHost.isEmpty() && host == serverHost)
        return true;
    // cms.integreat-app.de, cms-test.integreat-app.de and the media hosts are all subdomains.
    return host.endsWith(u'.' + kOfficialDomain) && host.size() > kOfficialDomain.size() + 1;
}

bool hasResourceExtension(const QUrl &url)
{
    static const QStringList known{u"png"_s,  u"jpg"_s, u"jpeg"_s, u"gif"_s,
                                   u"webp"_s, u"svg"_s, u"pdf"_s};
    const QString path = url.path();
    const qsizetype dot = path.lastIndexOf(u'.');
    if (dot < 0 || path.indexOf(u'/', dot) >= 0)
        return false;
    return known.contains(path.mid(dot + 1).toLower());
}

std::optional<QUrl> resolveResource(const QString &reference, const QUrl &server,
                                    bool requireExtension)
{
    QString value = reference.trimmed();
    value.remove(u'\t');
    value.remove(u'\n');
    value.remove(u'\r');
    if (value.isEmpty())
        return std::nullopt;
    QUrl url(value, QUrl::TolerantMode);
    if (!url.isValid())
        return std::nullopt;
    if (url.scheme().isEmpty()) {
        if (!server.isValid() || server.isRelative())
            return std::nullopt;
        // Like the CMS's own links: relative to the server's root, whatever path --server has.
        QUrl base = server.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                    QUrl::RemoveUserInfo);
        base.setPath(u"/"_s);
        url = base.resolved(url);
    }
    url = url.adjusted(QUrl::RemoveFragment);
    if (!isCmsHost(url, server))
        return std::nullopt;
    if (requireExtension && !hasResourceExtension(url))
        return std::nullopt;
    return url;
}

QList<QUrl> findResources(const QString &html, const QUrl &server)
{
    QList<QUrl> found;
    QSet<QString> seen;
    AttributeScanner(html).run([&](QStringView raw) {
        const QString value = raw.contains(u'&') ? decodeEntities(raw.toString()) : raw.toString();
        const std::optional<QUrl> url = resolveResource(value, server);
        if (!url)
            return;
        const QString key = QString::fromLatin1(url->toEncoded());
        if (seen.contains(key))
            return;
        seen.insert(key);
        found.append(*url);
    });
    return found;
}

QStringList findLocalResourceFiles(const QString &html)
{
    const QString scheme = QString::fromUtf16(ResourceScheme) + u':';
    QStringList files;
    for (qsizetype at = html.indexOf(scheme); at >= 0; at = html.indexOf(scheme, at + 1)) {
        qsizetype end = at + scheme.size();
        while (end < html.size() && !isSpace(html.at(end)) && html.at(end) != u'"' &&
               html.at(end) != u'\'' && html.at(end) != u'>' && html.at(end) != u')')
            ++end;
        QUrl local;
        local.setScheme(QString::fromUtf16(ResourceScheme));
        local.setPath(html.mid(at + scheme.size(), end - at - scheme.size()));
        const QString file = fileNameOfLocalResource(local);
        if (!file.isEmpty() && !files.contains(file))
            files << file;
    }
    return files;
}

} // namespace integreat::content
