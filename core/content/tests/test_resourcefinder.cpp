// Which URLs in content are resources the cache downloads (core/content/resourcefinder.h).
#include "core/content/resourcefinder.h"
#include "core/content/resourcename.h"

#include <QStringList>
#include <catch2/catch.hpp>

using namespace integreat::content;
using namespace Qt::StringLiterals;

namespace {

const QUrl kServer(u"https://cms.example.org"_s);

QStringList found(const QString &html, const QUrl &server = kServer)
{
    QStringList out;
    for (const QUrl &url : findResources(html, server))
        out << url.toString(QUrl::FullyEncoded);
    return out;
}

} // namespace

TEST_CASE("Images and documents in src and href are found in document order")
{
    const QString html =
        uR"html(<p><img src="https://cms.example.org/media/a.png"> <a href="https://cms.example.org/media/info.pdf">PDF</a>
<img src="https://cms.example.org/media/b.JPG" alt=""><img SRC='https://cms.example.org/media/c.jpeg'>
<img src=https://cms.example.org/media/d.gif><img src = "https://cms.example.org/media/e.webp">
<img src="https://cms.example.org/static/svg/pin.svg"></p>)html"_s;
    CHECK(found(html) ==
          QStringList{
              u"https://cms.example.org/media/a.png"_s, u"https://cms.example.org/media/info.pdf"_s,
              u"https://cms.example.org/media/b.JPG"_s, u"https://cms.example.org/media/c.jpeg"_s,
              u"https://cms.example.org/media/d.gif"_s, u"https://cms.example.org/media/e.webp"_s,
              u"https://cms.example.org/static/svg/pin.svg"_s});
}

TEST_CASE("Links to pages and files of other kinds are not resources")
{
    const QString html = uR"html(<a href="https://cms.example.org/augsburg/de/willkommen/">Seite</a>
<a href="https://cms.example.org/media/list.docx">Word</a><a href="https://cms.example.org/media/">Ordner</a>
<a href="https://cms.example.org/download.php?file=a.png">query only</a>
<a href="https://cms.example.org/media/x.png/">folder named x.png</a>)html"_s;
    CHECK(found(html).isEmpty());
}

TEST_CASE("Relative references resolve against the root of the server")
{
    CHECK(found(u"<img src=\"/media/a.png\"><img src=\"media/b.png\">"_s) ==
          QStringList{u"https://cms.example.org/media/a.png"_s,
                      u"https://cms.example.org/media/b.png"_s});
    CHECK(found(u"<img src=\"media/b.png\">"_s, QUrl(u"https://cms.example.org/api/v3/"_s)) ==
          QStringList{u"https://cms.example.org/media/b.png"_s});
    CHECK(found(u"<img src=\"//cms.integreat-app.de/media/p.png\">"_s) ==
          QStringList{u"https://cms.integreat-app.de/media/p.png"_s});
    CHECK(found(u"<img src=\"/media/a.png\">"_s, QUrl()).isEmpty());
}

TEST_CASE("Only the server host and the Integreat CMS and media hosts are allowed")
{
    const QUrl server(u"http://127.0.0.1:8123"_s);
    CHECK(isCmsHost(QUrl(u"http://127.0.0.1:8123/media/a.png"_s), server));
    CHECK(isCmsHost(QUrl(u"https://cms.integreat-app.de/media/a.png"_s), server));
    CHECK(isCmsHost(QUrl(u"https://cms-test.integreat-app.de/media/a.png"_s), server));
    CHECK(isCmsHost(QUrl(u"https://media.integreat-app.de/a.png"_s), server));
    CHECK(isCmsHost(QUrl(u"https://CMS.Integreat-App.de/a.png"_s), server));
    CHECK_FALSE(isCmsHost(QUrl(u"http://localhost:8123/media/a.png"_s), server));
    CHECK_FALSE(isCmsHost(QUrl(u"https://example.org/a.png"_s), server));
    CHECK_FALSE(isCmsHost(QUrl(u"https://evilintegreat-app.de/a.png"_s), server));
    CHECK_FALSE(isCmsHost(QUrl(u"https://integreat-app.de.evil.com/a.png"_s), server));
    CHECK_FALSE(isCmsHost(QUrl(u"https://user:secret@cms.integreat-app.de/a.png"_s), server));
    CHECK_FALSE(isCmsHost(QUrl(u"ftp://cms.integreat-app.de/a.png"_s), server));
    CHECK_FALSE(isCmsHost(QUrl(u"file://cms.integreat-app.de/a.png"_s), server));

    const QString html =
        uR"html(<img src="https://example.org/a.png"><img src="https://cms.integreat-app.de/b.png">
<img src="http://localhost:8000/static/svg/pin.svg">)html"_s;
    CHECK(found(html) == QStringList{u"https://cms.integreat-app.de/b.png"_s});
}

TEST_CASE("file: data: javascript: and mailto: references are never resources")
{
    const QString html =
        uR"html(<img src="file:///etc/passwd.png"><img src="data:image/png;base64,iVBORw0KGgo=">
<a href="javascript:alert('x.png')">x</a><a href="mailto:someone@cms.example.org?subject=a.pdf">m</a>
<a href="tel:+49123.png">t</a>)html"_s;
    CHECK(found(html).isEmpty());
    CHECK_FALSE(resolveResource(u"file:///tmp/x.png"_s, kServer));
    CHECK_FALSE(resolveResource(u"   "_s, kServer));
}

TEST_CASE("Entities are decoded and fragments dropped and duplicates reported once")
{
    const QString html =
        uR"html(<img src="https://cms.example.org/media/a.png?w=1&amp;h=2"><a href="/media/doc.pdf#page=3">1</a>
<a href="https://cms.example.org/media/doc.pdf">2</a><img src=" https://cms.example.org/media/a.png?w=1&h=2 ">)html"_s;
    CHECK(found(html) == QStringList{u"https://cms.example.org/media/a.png?w=1&h=2"_s,
                                     u"https://cms.example.org/media/doc.pdf"_s});
    // The file name is the same whether or not the fragment was there.
    CHECK(
        resourceFileName(QUrl(u"https://cms.example.org/media/doc.pdf#page=3"_s)) ==
        resourceFileName(findResources(u"<a href=\"/media/doc.pdf#page=3\">"_s, kServer).first()));
}

TEST_CASE("Comments and script and style text and look-alike attributes are skipped")
{
    const QString html =
        uR"html(<!-- <img src="/media/commented.png"> --><script>var s = '<img src="/media/script.png">';</script>
<style>.x { background: url("/media/style.png") }</style><img data-src="/media/lazy.png" srcset="/media/set.png 2x">
<p title='src="/media/title.png"'>text src="/media/text.png"</p><img src="/media/real.png">)html"_s;
    CHECK(found(html) == QStringList{u"https://cms.example.org/media/real.png"_s});
}

TEST_CASE("Broken markup neither crashes nor loops")
{
    for (const QString &html :
         {u""_s, u"<"_s, u"<img"_s, u"<img src"_s, u"<img src="_s, u"<img src=\""_s,
          u"<img src='/media/a.png"_s, u"<!-- <img src=/media/a.png>"_s,
          u"<script><img src=/media/a.png>"_s, u"<<<>>>==\"'"_s, u"<a =x href=>"_s}) {
        INFO(html.toStdString());
        CHECK(found(html).size() <= 1);
    }
    CHECK(found(u"<img src='/media/a.png"_s) ==
          QStringList{u"https://cms.example.org/media/a.png"_s});
}

TEST_CASE("Thumbnails and icons are accepted without a known extension")
{
    CHECK(resolveResource(u"https://cms.example.org/thumb/42"_s, kServer, false));
    CHECK_FALSE(resolveResource(u"https://cms.example.org/thumb/42"_s, kServer));
    CHECK_FALSE(resolveResource(u"https://example.org/thumb.png"_s, kServer, false));
    CHECK(hasResourceExtension(QUrl(u"https://x/a.PDF?download=1"_s)));
    CHECK_FALSE(hasResourceExtension(QUrl(u"https://x/a.pdf.html"_s)));
}

TEST_CASE("Links already rewritten to the local store name their cache files")
{
    const QString a = resourceFileName(QUrl(u"https://cms.example.org/media/a.png"_s));
    const QString b = resourceFileName(QUrl(u"https://cms.example.org/media/b.pdf"_s));
    const QString html =
        u"<img src=\"integreat-resource:%1\"><a href='integreat-resource:%2'>b</a>"
        u"<img src=integreat-resource:%1><img src=\"integreat-resource:../../etc/passwd\">"
        u"<img src=\"integreat-resource:short.png\">"_s.arg(a, b);
    CHECK(findLocalResourceFiles(html) == QStringList{a, b});
    CHECK(findResources(html, kServer).isEmpty());
}
