// The content sanitizer (core/content/sanitizer.h): hostile HTML, repair, limits, idempotence.
#include "core/content/htmltext.h"
#include "core/content/resourcename.h"
#include "core/content/sanitizer.h"
#include "test_content_support.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

using namespace integreat::content;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

const QUrl kServer(u"https://cms.integreat-app.de"_s);

QString clean(const QString &html)
{
    return sanitize(html, {kServer}).html;
}

} // namespace

TEST_CASE("content: scripts styles and event handlers are removed", "[sanitizer]")
{
    CHECK(clean(u"<script>alert(1)</script><p>ok</p>"_s) == u"<p>ok</p>"_s);
    CHECK(clean(u"<SCRIPT type=text/javascript>if (a<b) x('</p>')</SCRIPT>after"_s) == u"after"_s);
    CHECK(clean(u"<style>p{color:red}</style><p>x</p>"_s) == u"<p>x</p>"_s);
    CHECK(clean(u"<p onclick=\"alert(1)\" ONMOUSEOVER='x()' onload=y>t</p>"_s) == u"<p>t</p>"_s);
    CHECK(clean(u"<b/onmouseover=alert(1)>x</b>"_s) == u"<b>x</b>"_s);
    CHECK(clean(u"<script>unclosed <p>never shown"_s).isEmpty());
    CHECK(clean(u"<scr<script>ipt>alert(1)</script>"_s) == u"ipt&gt;alert(1)"_s); // "scr<script"
    CHECK(clean(u"<noscript><p>x</p></noscript><template><p>t</p></template>y"_s) == u"y"_s);
    CHECK(clean(u"<svg onload=alert(1)><script>x</script><text>s</text></svg>z"_s) == u"z"_s);
    CHECK(clean(u"<math><mi>x</mi></math><form action=x><input name=a>f</form>w"_s) == u"w"_s);
    CHECK(clean(u"<object data=x.swf><embed src=x.swf>o</object><p>p</p>"_s) == u"<p>p</p>"_s);
    CHECK(clean(u"<!-- <script>x</script> --><p>a</p><!--->b<?php echo 1 ?>"_s) == u"<p>a</p>b"_s);
    CHECK(clean(u"<![CDATA[<script>x</script>]]>c"_s) == u"x]]&gt;c"_s); // as browsers read it
    CHECK(clean(u"<head><title>t</title><meta charset=utf-8><link rel=stylesheet href=x>"
                "</head><body><p>b</p></body>"_s) == u"<p>b</p>"_s);
    const QString out = clean(u"<img src=x onerror=alert(1)><a href=# onclick=alert(2)>a</a>"_s);
    CHECK_FALSE(out.contains(u"onerror"_s));
    CHECK_FALSE(out.contains(u"alert"_s));
}

TEST_CASE("content: dangerous link schemes lose the link but keep the text", "[sanitizer]")
{
    for (const QString &href :
         {u"javascript:alert(1)"_s, u"JaVaScRiPt:alert(1)"_s, u"&#106;avascript:alert(1)"_s,
          u"&#x6A;&#x61;vascript:alert(1)"_s, u"java&#x09;script:alert(1)"_s,
          u"java\nscript:alert(1)"_s, u"  javascript:alert(1)"_s, u"\x01javascript:x"_s,
          u"vbscript:msgbox(1)"_s, u"data:text/html;base64,PHNjcmlwdD4="_s, u"file:///etc/passwd"_s,
          u"about:blank"_s, u"qrc:/x"_s, u"ftp://x.org/f"_s, u"#anchor"_s, u""_s, u"tel:"_s}) {
        INFO(href.toStdString());
        const SanitizedHtml out =
            sanitize(u"<p><a href=\""_s + href + u"\">text</a></p>"_s, {kServer});
        CHECK(out.html == u"<p>text</p>"_s);
        CHECK(out.links.isEmpty());
    }
    CHECK(clean(u"<a>no href</a>"_s) == u"no href"_s);
}

TEST_CASE("content: links are absolute and tel tel is normalized", "[sanitizer]")
{
    const SanitizedHtml out = sanitize(
        u"<a href='tel:tel:+4982132434494'>call</a> <a href=\"mailto:a@b.de\" target=_blank "
        "rel=noopener>mail</a> <a href=/augsburg/de/willkommen/>rel</a> "
        "<a href=\"https://example.com/?a=1&amp;b=2\">ext</a> "
        "<a href=\"https://cms.integreat-app.de/media/doc.PDF\">pdf</a> "
        "<a href=\"https://example.com/x.pdf\">remote pdf</a>"_s,
        {kServer});
    CHECK(out.html == u"<a href=\"tel:+4982132434494\">call</a> <a href=\"mailto:a@b.de\">mail</a> "
                      "<a href=\"https://cms.integreat-app.de/augsburg/de/willkommen/\">rel</a> "
                      "<a href=\"https://example.com/?a=1&amp;b=2\">ext</a> "
                      "<a href=\"https://cms.integreat-app.de/media/doc.PDF\">pdf</a> "
                      "<a href=\"https://example.com/x.pdf\">remote pdf</a>"_s);
    CHECK(out.links.size() == 6);
    CHECK(out.links.first() == QUrl(u"tel:+4982132434494"_s));
    REQUIRE(out.resources.size() == 1); // linked PDFs on our hosts only
    CHECK(out.resources.first() == QUrl(u"https://cms.integreat-app.de/media/doc.PDF"_s));
}

TEST_CASE("content: images come from the store or become their alt text", "[sanitizer]")
{
    const QUrl media(u"https://cms.integreat-app.de/media/regions/1/pic.png"_s);
    const SanitizedHtml out = sanitize(
        u"<p><img src=\"/media/regions/1/pic.png\" alt=\"Map\" width=\"300\" height=\"200\" "
        "onerror=\"x\" srcset=\"a 1x\" loading=lazy><img src='https://example.com/track.gif' "
        "alt='Logo of X'><img src=\"data:image/png;base64,AAAA\" alt=d>"
        "<img src=\"javascript:alert(1)\"><img src=https://cms.integreat-app.de/media/regions/1/"
        "pic.png#again></p>"_s,
        {kServer});
    const QString local = localResourceUrl(media).toString();
    CHECK(out.html == u"<p><img src=\""_s + local +
                          u"\" alt=\"Map\" width=\"300\">Logo of X<img src=\""_s + local +
                          u"\"></p>"_s);
    CHECK(out.resources == QList<QUrl>{media});
    // Media hosts and the --server host are allowed; look-alikes are not.
    const QUrl server(u"http://127.0.0.1:8080"_s);
    CHECK(isAllowedResourceHost(QUrl(u"https://media.integreat-app.de/a.png"_s), server));
    CHECK(isAllowedResourceHost(QUrl(u"http://127.0.0.1:9999/a.png"_s), server));
    CHECK_FALSE(isAllowedResourceHost(QUrl(u"https://integreat.app/a.png"_s),
                                      {})); // the web app serves no media
    CHECK_FALSE(isAllowedResourceHost(QUrl(u"https://evilintegreat-app.de/a.png"_s), {}));
    CHECK_FALSE(isAllowedResourceHost(QUrl(u"https://integreat-app.de.evil.com/a.png"_s), {}));
    CHECK_FALSE(isAllowedResourceHost(QUrl(u"ftp://cms.integreat-app.de/a.png"_s), {}));
    CHECK_FALSE(isAllowedResourceHost(QUrl(u"file:///etc/a.png"_s), {}));
    // Relative images on a test server resolve against it.
    CHECK(sanitize(u"<img src=/a.png>"_s, {server}).resources ==
          QList<QUrl>{QUrl(u"http://127.0.0.1:8080/a.png"_s)});
}

TEST_CASE("content: hidden elements are dropped with their contents", "[sanitizer]")
{
    for (const QString &attrs :
         {u"style=\"display:none\""_s, u"style=\"DISPLAY : NONE\""_s,
          u"style='color:red;display: none ;'"_s, u"style=\"display:none!important\""_s,
          u"style=\"display: none  !IMPORTANT\""_s, u"style=display:none"_s,
          u"style=\"display&#58;none\""_s, u"style=\"visibility:hidden\""_s, u"hidden"_s,
          u"hidden=\"hidden\""_s, u"HIDDEN=until-found"_s}) {
        INFO(attrs.toStdString());
        CHECK(clean(u"<p>a</p><div "_s + attrs +
                    u"><p>secret <b>x</b></p><img src=/a.png></div>"
                    "<p>b</p>"_s) == u"<p>a</p><p>b</p>"_s);
        CHECK(clean(u"x<span "_s + attrs + u">secret</span>y<img "_s + attrs + u" src=/a.png>"_s) ==
              u"xy"_s);
    }
    CHECK(clean(u"<p style=\"display:block\">shown</p>"_s) == u"<p>shown</p>"_s);
    CHECK(clean(u"<section hidden><section>in</section>still hidden</section>z"_s) == u"z"_s);
}

TEST_CASE("content: iframes become link cards", "[sanitizer]")
{
    SanitizedHtml out =
        sanitize(u"<iframe src=\"https://player.vimeo.com/video/1?dnt=1\" title=\"Welcome video\" "
                 "width=640 onload=alert(1) allowfullscreen></iframe>"_s,
                 {kServer});
    CHECK(out.html == u"<p class=\"link-card\"><a href=\"https://player.vimeo.com/video/1?dnt=1\">"
                      "Welcome video</a></p>"_s);
    CHECK(out.links == QList<QUrl>{QUrl(u"https://player.vimeo.com/video/1?dnt=1"_s)});
    CHECK(clean(u"<iframe src=https://www.youtube.com/embed/x>fallback <b>text</b></iframe>"_s) ==
          u"<p class=\"link-card\"><a href=\"https://www.youtube.com/embed/x\">www.youtube.com</a>"
          "</p>"_s);
    CHECK(clean(u"<iframe src=\"javascript:alert(1)\"></iframe>x"_s) == u"x"_s);
    CHECK(clean(u"<iframe src=\"data:text/html,<script>x</script>\"></iframe>x"_s) == u"x"_s);
    CHECK(clean(u"<iframe srcdoc=\"<script>x</script>\"></iframe>x"_s) == u"x"_s);
    CHECK(clean(u"<iframe title=v src=\"https://vimeo.com\"/>after"_s) ==
          u"<p class=\"link-card\"><a href=\"https://vimeo.com\">v</a></p>after"_s);
    // Inside a paragraph or a link the card closes them, so it never nests in either.
    CHECK(clean(u"<p>see <iframe src=https://vimeo.com/1></iframe> here</p>"_s) ==
          u"<p>see </p><p class=\"link-card\"><a href=\"https://vimeo.com/1\">vimeo.com</a></p>"
          " here"_s);
    CHECK(clean(u"<a href=https://x.de>a<iframe src=https://vimeo.com/1></iframe>b</a>"_s) ==
          u"<a href=\"https://x.de\">a</a><p class=\"link-card\"><a href=\"https://vimeo.com/1\">"
          "vimeo.com</a></p>b"_s);
    CHECK(clean(u"<div style=display:none><iframe src=https://vimeo.com/1></iframe></div>"_s)
              .isEmpty());
}

TEST_CASE("content: details and summary become a heading and the body", "[sanitizer]")
{
    CHECK(clean(u"<details><summary>More</summary><p>body</p></details>"_s) ==
          u"<h3>More</h3><p>body</p>"_s);
    CHECK(clean(u"<details open><summary>Q <b>1</b></summary>answer</details>"_s) ==
          u"<h3>Q <b>1</b></h3>answer"_s);
    CHECK(clean(u"<p>intro<details><summary>S</summary>b</details>"_s) ==
          u"<p>intro</p><h3>S</h3>b"_s);
}

TEST_CASE("content: attributes are reduced to a safe set", "[sanitizer]")
{
    CHECK(clean(u"<p class=\"test\" style=\"color: rgb(0, 0, 0)\">text</p>"_s) ==
          u"<p class=\"test\" style=\"color:rgb(0, 0, 0)\">text</p>"_s);
    CHECK(clean(u"<span style=\"color: #99cc00; font-size: 40px; position:fixed; "
                "TEXT-ALIGN: Center; font-weight:bold; background-color: yellow\">x</span>"_s) ==
          u"<span style=\"color:#99cc00;text-align:Center;font-weight:bold;"
          "background-color:yellow\">x</span>"_s);
    for (const QString &style :
         {u"background-color: url(http://x/y.png)"_s, u"color: red; width: expression(alert(1))"_s,
          u"@import 'x.css'; color: red"_s, u"color: r\\65 d"_s, u"color:/**/red"_s,
          u"color: red; background: u&#114;l(x)"_s, u"color: javascript:x"_s,
          u"color: red;-moz-binding:url(x)"_s}) {
        INFO(style.toStdString());
        CHECK(clean(u"<p style=\""_s + style + u"\">t</p>"_s) == u"<p>t</p>"_s);
    }
    CHECK(clean(u"<p dir=RTL lang=ar-SY title='a \"quoted\" <title>' id=x data-x=1 "
                "aria-label=l>t</p>"_s) ==
          u"<p dir=\"rtl\" lang=\"ar-SY\" title=\"a &quot;quoted&quot; &lt;title&gt;\">t</p>"_s);
    CHECK(clean(u"<p dir=sideways lang='de\"><script>' class='a b\" onclick=x'>t</p>"_s) ==
          u"<p class=\"a\">t</p>"_s);
    CHECK(clean(u"<table><tr><td colspan=2 rowspan=\"99999\" width=9>c</td><th colspan=x>h"
                "</th></tr></table>"_s) ==
          u"<table><tr><td colspan=\"2\">c</td><th>h</th></tr></table>"_s);
    CHECK(clean(u"<a href=https://x.de title=t target=_blank rel=noopener download>l</a>"_s) ==
          u"<a href=\"https://x.de\" title=\"t\">l</a>"_s);
}

TEST_CASE("content: unknown elements are unwrapped and blocks stay blocks", "[sanitizer]")
{
    CHECK(clean(u"<font color=red><small>s</small><mark>m</mark></font>"_s) == u"sm"_s);
    CHECK(clean(u"<section><article>a</article></section><center>c</center>"_s) ==
          u"<div><div>a</div></div><div>c</div>"_s);
    CHECK(clean(u"<strike>s</strike><del>d</del><ins>i</ins><kbd>k</kbd>"_s) ==
          u"<s>s</s><s>d</s><u>i</u><code>k</code>"_s);
    CHECK(clean(u"<video src=x.mp4>Your browser cannot play this</video>v"_s) == u"v"_s);
    CHECK(clean(u"<xmp><b>literal</b></xmp>"_s) == u"<pre>&lt;b&gt;literal&lt;/b&gt;</pre>"_s);
}

TEST_CASE("content: malformed HTML is repaired into well-formed output", "[sanitizer]")
{
    CHECK(clean(u"<P>One<P>Two<DIV>Three"_s) == u"<p>One</p><p>Two</p><div>Three</div>"_s);
    CHECK(clean(u"<ul><li>a<li>b<ul><li>c</ul><li>d</ul>"_s) ==
          u"<ul><li>a</li><li>b<ul><li>c</li></ul></li><li>d</li></ul>"_s);
    CHECK(clean(u"<b><i>x</b>y</i>"_s) == u"<b><i>x</i></b>y"_s);
    CHECK(clean(u"a < b && c <3 d<"_s) == u"a &lt; b &amp;&amp; c &lt;3 d&lt;"_s);
    CHECK(clean(u"<p>cut <a href=\"https://x.de"_s) == u"<p>cut </p>"_s);
    CHECK(clean(u"<a href=https://x.de/?a=1&b=2>u</a>"_s) ==
          u"<a href=\"https://x.de/?a=1&amp;b=2\">u</a>"_s);
    CHECK(clean(u"<p>\r\nline\r\nnext\rlast</p>\r\n"_s) == u"<p>\nline\nnext\nlast</p>\n"_s);
    CHECK(clean(u"</div></p>x</b><br/></br>"_s) == u"x<br><br>"_s);
    CHECK(clean(u"<h1>a<h2>b</h1>c"_s) == u"<h1>a</h1><h2>b</h2>c"_s);
    CHECK(clean(u"<a href=https://a.de>1<a href=https://b.de>2</a>3</a>"_s) ==
          u"<a href=\"https://a.de\">1</a><a href=\"https://b.de\">2</a>3"_s);
    CHECK(clean(u"<table>\n<td>a<td>b<tr><th>c</table>"_s) ==
          u"<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>"_s);
    CHECK(clean(u"<table>stray<tr><td>x</td></tr></table>"_s) ==
          u"<table><tr><td>stray</td></tr><tr><td>x</td></tr></table>"_s);
    CHECK(clean(u"<td>cell</td><tr>row</tr>"_s) == u"cellrow"_s);
    CHECK(clean(u"<div><table><tr><td></div>in</td></tr></table>out</div>"_s) ==
          u"<div><table><tr><td>in</td></tr></table>out</div>"_s);
    CHECK(clean(u"&amp;lt;script&amp;gt; &lt;b&gt; &uuml; &#1582; &bogus; &amp"_s) ==
          u"&amp;lt;script&amp;gt; &lt;b&gt; ü خ &amp;bogus; &amp;amp"_s);
    CHECK(clean(QString(u"a\u0000b\u0008c\u00A0d"_s)) == u"abc\u00A0d"_s);
    const QString outs[] = {clean(u"<p>x<ul><li>unclosed <b>bold <i>it"_s),
                            clean(u"<<<>>><<a>><//b><p/><p id=1 id=2 class=a class=b>"_s),
                            clean(u"<img src=\"/a.png\" alt=\"unterminated"_s)};
    for (const QString &out : outs) {
        INFO(out.toStdString());
        CHECK(wellFormedProblem(out).isEmpty());
    }
}

TEST_CASE("content: sanitizing twice gives the same result", "[sanitizer]")
{
    QStringList inputs = hostileSamples();
    QRandomGenerator random(20260821);
    for (int i = 0; i < 400; ++i)
        inputs.append(tagSoup(random, 60));
    for (const QString &input : std::as_const(inputs)) {
        const QString once = clean(input);
        INFO("input: " << input.toStdString() << "\nonce:  " << once.toStdString());
        CHECK(clean(once) == once);
        CHECK(wellFormedProblem(once).isEmpty());
        CHECK(unsafeProblem(once).isEmpty());
    }
}

TEST_CASE("content: a 1 MB input is sanitized in linear time", "[sanitizer]")
{
    QString chunk = u"<div class=\"c\"><p>Paragraph with <b>bold</b>, <a href=\"/x/y/\">a link"
                    "</a> &amp; <img src=\"/media/a.png\" alt=\"a\"> text<br></p>"
                    "<ul><li>one<li>two</ul><script>var x = '<p>';</script></div>\r\n"_s;
    QString big;
    while (big.size() < 1024 * 1024)
        big += chunk;
    QElapsedTimer timer;
    timer.start();
    const SanitizedHtml out = sanitize(big, {kServer});
    const qint64 ms = timer.elapsed();
    CHECK(ms < 5000);
    CHECK(out.resources.size() == 1);
    CHECK(wellFormedProblem(out.html).isEmpty());
    // Twice the input takes about twice the time, not four times.
    timer.restart();
    sanitize(big + big, {kServer});
    CHECK(timer.elapsed() < 4 * ms + 500);
    // Pathological: 1 MB of unclosed tags, stray '<', comments and attributes.
    for (const QString &unit : {u"<b>"_s, u"<"_s, u"<!--"_s, u"<p a=1 b=2 c=3 "_s, u"</x>"_s,
                                u"<li>"_s, u"<font>"_s, u"<table><td>"_s, u"<!---->"_s}) {
        timer.restart();
        const QString soup = unit.repeated(1024 * 1024 / unit.size());
        CHECK(wellFormedProblem(clean(soup)).isEmpty());
        INFO(unit.toStdString());
        CHECK(timer.elapsed() < 5000);
    }
}

TEST_CASE("content: 10000-deep nesting is flattened without a crash", "[sanitizer]")
{
    for (const QString &open : {u"<div>"_s, u"<b><i>"_s, u"<font>"_s, u"<span hidden>"_s,
                                u"<table><tr><td>"_s, u"<ul><li>"_s, u"<blockquote>"_s}) {
        const QString input = open.repeated(10000) + u"deep text"_s;
        const QString out = clean(input);
        INFO(open.toStdString());
        CHECK(wellFormedProblem(out).isEmpty());
        CHECK(maxDepth(out) <= 200);
        if (open != u"<span hidden>")
            CHECK(out.contains(u"deep text"_s));
        CHECK(clean(out) == out);
    }
    const QString closed =
        u"<div>"_s.repeated(10000) + u"x"_s + u"</div>"_s.repeated(10000) + u"<p>after</p>"_s;
    const QString out = clean(closed);
    CHECK(out.endsWith(u"x"_s + u"</div>"_s.repeated(200) + u"<p>after</p>"_s));
}
