<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ckb">
<context>
    <name>integreat::chat::ChatClient</name>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="+93"/>
        <source>The chat server answered with an error (HTTP %1).</source>
        <translation>سێرڤەری چات بە هەڵەیەک وەڵامی دایەوە (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/chat/chatthread.cpp" line="+18"/>
        <source>The chat server sent an answer that is not a chat.</source>
        <translation>سێرڤەری چات وەڵامێکی نارد کە چات نییە.</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ChatSession</name>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="+94"/>
        <source>Too many messages. Please try again in a moment.</source>
        <translation>نامە زۆر نێردراون. تکایە دوای کەمێک دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chat is not available in this town.</source>
        <translation>چات لەم شارەدا بەردەست نییە.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No connection to the chat. It will be updated when you are online.</source>
        <translation>پەیوەندی بە چاتەوە نییە. کاتێک ئینتەرنێتت هەبوو نوێ دەکرێتەوە.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection to the chat. Your message was not sent; it is kept so you can send it again.</source>
        <translation>پەیوەندی بە چاتەوە نییە. نامەکەت نەنێردرا؛ هەڵگیراوە بۆ ئەوەی بتوانیت دووبارە بینێریتەوە.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat could not be loaded: %1</source>
        <translation>چات بار نەکرا: %1</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ContactMessage</name>
    <message>
        <location filename="../core/chat/contactmessage.cpp" line="+21"/>
        <source>Please enter your e-mail address: the answer is sent there.</source>
        <translation>تکایە ناونیشانی ئیمەیڵەکەت بنووسە: وەڵامەکە بۆ ئەوێ دەنێردرێت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not an e-mail address. Please check it (like name@example.org).</source>
        <translation>“%1” ناونیشانی ئیمەیڵ نییە. تکایە بیپشکنە (وەک name@example.org).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please write your message.</source>
        <translation>تکایە نامەکەت بنووسە.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message is too long: at most %1 characters, it has %2.</source>
        <translation>نامەکەت زۆر درێژە: زۆرترین %1 پیت، بەڵام %2 پیتی تێدایە.</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ZammadForm</name>
    <message>
        <location filename="../core/chat/zammadform.cpp" line="+14"/>
        <source>Your message was sent. The answer comes to your e-mail address.</source>
        <translation>نامەکەت نێردرا. وەڵامەکە دێت بۆ ناونیشانی ئیمەیڵەکەت.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline: your message was not sent. Please send it again when this computer is connected to the internet.</source>
        <translation>تۆ ئۆفلاینیت: نامەکەت نەنێردرا. تکایە کاتێک ئەم کۆمپیوتەرە بە ئینتەرنێتەوە بەسترا، دووبارە بینێرەوە.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The town&apos;s contact server has a problem (error %1): your message was not sent. Please try again later.</source>
        <translation>سێرڤەری پەیوەندیی شارەکە کێشەی هەیە (هەڵەی %1): نامەکەت نەنێردرا. تکایە دواتر دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many messages were sent from here. Please wait a moment and try again.</source>
        <translation>نامەی زۆر لێرەوە نێردراون. تکایە کەمێک چاوەڕێ بکە و دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This contact form is switched off at the moment: your message was not sent.</source>
        <translation>ئەم فۆڕمی پەیوەندییە لە ئێستادا کوژاوەتەوە: نامەکەت نەنێردرا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contact server did not accept this e-mail address. Please check it.</source>
        <translation>سێرڤەری پەیوەندی ئەم ناونیشانی ئیمەیڵەی قبووڵ نەکرد. تکایە بیپشکنە.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your message could not be sent: %1</source>
        <translation>نامەکەت نەنێردرا: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the form has no web address to send to</source>
        <translation>فۆڕمەکە هیچ ناونیشانێکی وێبی نییە بۆ ناردن</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the contact server refused it (error %1)</source>
        <translation>سێرڤەری پەیوەندی ڕەتی کردەوە (هەڵەی %1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the contact server&apos;s answer could not be used</source>
        <translation>وەڵامی سێرڤەری پەیوەندی بەکارنەهات</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the contact server found a problem with: %1</source>
        <translation>سێرڤەری پەیوەندی کێشەیەکی دۆزییەوە لە: %1</translation>
    </message>
</context>
<context>
    <name>integreat::cli</name>
    <message>
        <location filename="../app/cli/clipin.cpp" line="+62"/>
        <source>New kiosk PIN (4 to 12 digits): </source>
        <translation>PINی نوێی کیۆسک (٤ بۆ ١٢ ژمارە): </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same PIN again: </source>
        <translation>هەمان PIN دووبارە: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two PINs differ; nothing was changed</source>
        <translation>دوو PINەکە جیاوازن؛ هیچ نەگۆڕدرا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no PIN was given (give it on standard input or at the prompt)</source>
        <translation>هیچ PINێک نەدرا (لە standard input یان لە کاتی پرسیاردا بینووسە)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a kiosk PIN has 4 to 12 digits</source>
        <translation>PINی کیۆسک ٤ بۆ ١٢ ژمارەیە</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdimporttiles.cpp" line="+26"/>
        <source>Import an offline map (MBTiles, raster PNG/JPEG tiles) for a region. The desktop app shows it under the places when there is no network. Use maps whose licence allows offline use; OpenStreetMap&apos;s own tile servers do not.</source>
        <translation>نەخشەیەکی ئۆفلاین (MBTiles، تایلی وێنەیی PNG/JPEG) بۆ ناوچەیەک هاوردە بکە. ئەپی سەرمێز کاتێک تۆڕ نییە لە ژێر شوێنەکاندا پیشانی دەدات. نەخشەیەک بەکاربهێنە کە مۆڵەتەکەی ڕێگە بە بەکارهێنانی ئۆفلاین دەدات؛ سێرڤەرەکانی تایلی OpenStreetMap خۆیان ڕێگە نادەن.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmdprint.cpp" line="+33"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+93"/>
        <location filename="../app/cli/cmdshow.cpp" line="+53"/>
        <source>Region slug.</source>
        <translation>slugی ناوچە.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .mbtiles file.</source>
        <translation>فایلی .mbtiles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: integreat-cli import-tiles --region SLUG FILE.mbtiles</source>
        <translation>بەکارهێنان: integreat-cli import-tiles --region SLUG FILE.mbtiles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported the offline map “%1” for %2 (zoom %3–%4) into %5</source>
        <translation>نەخشەی ئۆفلاینی “%1” بۆ %2 (زووم %3–%4) هاوردە کرا بۆ %5</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdkiosk.cpp" line="+77"/>
        <source>--%1 needs a number from %2 to %3</source>
        <translation>--%1 ژمارەیەکی نێوان %2 و %3 پێویستە</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>kiosk setup needs --region SLUG</source>
        <translation>ڕێکخستنی کیۆسک --region SLUG پێویستە</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wrote the kiosk configuration %1.</source>
        <translation>ڕێکخستنی کیۆسک لە %1 نووسرا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integreat-cli: warning: no PIN is set, so nobody can open the kiosk&apos;s admin panel (set one with: integreat-cli kiosk set-pin --config %1)</source>
        <translation>integreat-cli: ئاگاداری: هیچ PINێک دانەنراوە، بۆیە کەس ناتوانێت پانێڵی بەڕێوەبەری کیۆسک بکاتەوە (یەکێک دابنێ بە: integreat-cli kiosk set-pin --config %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(all stored)</source>
        <translation>(هەمووی پاشەکەوتکراو)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration:     %1</source>
        <translation>ڕێکخستن:           %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk mode:        %1</source>
        <translation>دۆخی کیۆسک:        %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation>چالاک</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>ناچالاک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions:           %1</source>
        <translation>ناوچەکان:          %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:         %1</source>
        <translation>زمانەکان:          %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start language:    %1</source>
        <translation>زمانی دەستپێک:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(first)</source>
        <translation>(یەکەم)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle seconds:      %1</source>
        <translation>چرکەکانی بێکاری:   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countdown seconds: %1</source>
        <translation>چرکەکانی ژماردن:   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections:          %1</source>
        <translation>بەشەکان:           %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN:               %1</source>
        <translation>PIN:               %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set (PBKDF2-HMAC-SHA256, %1 iterations)</source>
        <translation>دانراوە (PBKDF2-HMAC-SHA256، %1 دووبارەکردنەوە)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>دانەنراوە</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no region is configured in %1 (integreat-cli kiosk setup --region SLUG)</source>
        <translation>هیچ ناوچەیەک لە %1 ڕێکنەخراوە (integreat-cli kiosk setup --region SLUG)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: updated less than %2 hours ago; skipped.</source>
        <translation>%1: کەمتر لە %2 کاتژمێر لەمەوبەر نوێ کراوەتەوە؛ تێپەڕێنرا.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Configure kiosk mode (integreat-desktop --kiosk):
  setup    write the configuration (--region, --languages, --idle-seconds, --countdown-seconds, --sections, --start-language, --pin)
  show     print it (--check: exit code only)
  set-pin  set a new PIN (standard input, or asked twice)
  sync     download the configured regions and languages (the nightly timer)
  disable  turn kiosk mode off (setup turns it on again)</source>
        <translation>ڕێکخستنی دۆخی کیۆسک (integreat-desktop --kiosk):
  setup    ڕێکخستنەکە بنووسە (--region, --languages, --idle-seconds, --countdown-seconds, --sections, --start-language, --pin)
  show     چاپی بکە (--check: تەنها کۆدی دەرچوون)
  set-pin  PINێکی نوێ دابنێ (standard input، یان دوو جار دەپرسرێت)
  sync     ناوچە و زمانە ڕێکخراوەکان دابگرە (کاتژمێری شەوانە)
  disable  دۆخی کیۆسک بکوژێنەوە (setup دووبارە دەیکاتەوە)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>setup, show, set-pin, sync or disable</source>
        <translation>setup، show، set-pin، sync یان disable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: integreat-cli kiosk setup|show|set-pin|sync|disable [--config FILE] (see --help)</source>
        <translation>بەکارهێنان: integreat-cli kiosk setup|show|set-pin|sync|disable [--config FILE] (بڕوانە --help)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The kiosk PIN is set.</source>
        <translation>PINی کیۆسک دانرا.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kiosk mode is disabled (integreat-cli kiosk setup enables it again).</source>
        <translation>دۆخی کیۆسک ناچالاک کرا (integreat-cli kiosk setup دووبارە چالاکی دەکات).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kiosk action “%1” (setup, show, set-pin, sync or disable)</source>
        <translation>کرداری نەناسراوی کیۆسک “%1” (setup، show، set-pin، sync یان disable)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdprint.cpp" line="-2"/>
        <source>Write a stored page, place or event, or this week&apos;s events, as a printable PDF handout, in one language or two side by side.</source>
        <translation>پەڕە، شوێن یان چالاکییەکی پاشەکەوتکراو، یان چالاکییەکانی ئەم هەفتەیە، وەک پەڕەیەکی PDF بۆ چاپکردن بنووسە، بە یەک زمان یان بە دوو زمان لە تەنیشت یەک.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmdshow.cpp" line="+1"/>
        <source>Language code.</source>
        <translation>کۆدی زمان.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print this language in a second column.</source>
        <translation>ئەم زمانە لە ستوونی دووەمدا چاپ بکە.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF file to write.</source>
        <translation>ئەو فایلە PDFەی دەنووسرێت.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the events of the 7 days from today (or --from), instead of PATH.</source>
        <translation>چالاکییەکانی 7 ڕۆژ لە ئەمڕۆوە (یان لە --from ەوە) چاپ بکە، لە جیاتی PATH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week&apos;s first day (with --week).</source>
        <translation>یەکەم ڕۆژی هەفتە (لەگەڵ --week).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmdshow.cpp" line="+2"/>
        <source>Path such as /augsburg/de/willkommen/</source>
        <translation>ڕێڕەوێکی وەک /augsburg/de/willkommen/</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: integreat-cli print --region SLUG --language CODE [--second-language CODE] (PATH | --week [--from YYYY-MM-DD]) --pdf FILE</source>
        <translation>بەکارهێنان: integreat-cli print --region SLUG --language CODE [--second-language CODE] (PATH | --week [--from YYYY-MM-DD]) --pdf FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--from needs a date such as 2026-12-07.</source>
        <translation>--from بەرواری وەک 2026-12-07 پێویستە.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder; give the name of the PDF file to write.</source>
        <translation>%1 فۆڵدەرە؛ ناوی ئەو فایلە PDFە بنووسە کە دەنووسرێت.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+72"/>
        <location filename="../app/cli/cmdshow.cpp" line="+51"/>
        <location filename="../app/cli/cmdstatus.cpp" line="+80"/>
        <source>Cannot read the local store: %1</source>
        <translation>ناتوانرێت کۆگای ناوخۆیی بخوێنرێتەوە: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1</source>
        <translation>%1 نووسرا</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdregions.cpp" line="+42"/>
        <source>List the regions on the server: name, slug, languages.</source>
        <translation>لیستی ناوچەکانی سەر سێرڤەر: ناو، slug، زمانەکان.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include hidden regions.</source>
        <translation>ناوچە شاراوەکانیش لەخۆبگرە.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cmdsearch.cpp" line="-63"/>
        <location filename="../app/cli/cmdstatus.cpp" line="-14"/>
        <source>Print JSON.</source>
        <translation>JSON چاپ بکە.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>  (hidden)</source>
        <translation>  (شاراوە)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdrepair.cpp" line="+31"/>
        <source>Downloading %1 (%2) again …</source>
        <translation>%1 (%2) دووبارە دادەگیرێت …</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmdsync.cpp" line="+252"/>
        <source>%1: FAILED: %2</source>
        <translation>%1: سەرکەوتوو نەبوو: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: %3 items</source>
        <translation>%1 %2: %3 بابەت</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2: FAILED: %3</source>
        <translation>%1 %2: سەرکەوتوو نەبوو: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the local store; when it is damaged, move it aside (with -wal and -shm, under a dated name), start a fresh one and download again the regions and languages it held.</source>
        <translation>کۆگای ناوخۆیی بپشکنە؛ ئەگەر تێکچووبوو، لایبدە (لەگەڵ -wal و -shm، بە ناوێکی بەرواردار)، کۆگایەکی نوێ دەست پێبکە و ئەو ناوچە و زمانانەی تێیدا بوون دووبارە دابگرە.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only check the store; change nothing.</source>
        <translation>تەنها کۆگاکە بپشکنە؛ هیچ مەگۆڕە.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download this region again instead of those the old store held.</source>
        <translation>لە جیاتی ئەوانەی کۆگا کۆنەکە تێیدا بوون، ئەم ناوچەیە دووبارە دابگرە.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --region: comma-separated language codes (default: all).</source>
        <translation>لەگەڵ --region: کۆدەکانی زمان بە کۆما جیاکراوە (بنەڕەت: هەموو).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no local store at %1 yet; nothing to repair.</source>
        <translation>هێشتا هیچ کۆگایەکی ناوخۆیی لە %1 نییە؛ هیچ شتێک بۆ چاککردنەوە نییە.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local store %1 is sound; nothing to repair.</source>
        <translation>کۆگای ناوخۆیی %1 تەندروستە؛ هیچ شتێک بۆ چاککردنەوە نییە.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>all languages</source>
        <translation>هەموو زمانەکان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local store %1 is damaged: %2</source>
        <translation>کۆگای ناوخۆیی %1 تێکچووە: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved region can be read from it.</source>
        <translation>هیچ ناوچەیەکی پاشەکەوتکراو لێی ناخوێنرێتەوە.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions it still names: %1</source>
        <translation>ئەو ناوچانەی هێشتا ناویان تێدایە: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the local store is damaged; run “integreat-cli repair” to move it aside and download the content again</source>
        <translation>کۆگای ناوخۆیی تێکچووە؛ “integreat-cli repair” جێبەجێ بکە بۆ لادانی و دووبارە داگرتنی ناوەڕۆکەکە</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repair when it has finished.</source>
        <translation>کاتێک تەواو بوو چاکی بکەرەوە.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moved it aside to %1 (nothing was deleted).</source>
        <translation>لادرا بۆ %1 (هیچ شتێک نەسڕایەوە).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started a fresh store at %1.</source>
        <translation>کۆگایەکی نوێ لە %1 دەستی پێکرد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved region could be read from the old file. Download one with: integreat-cli sync --region SLUG</source>
        <translation>هیچ ناوچەیەکی پاشەکەوتکراو لە فایلە کۆنەکە نەخوێنرایەوە. یەکێک دابگرە بە: integreat-cli sync --region SLUG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the store was repaired, but not every language could be downloaded again; run integreat-cli sync later</source>
        <translation>کۆگاکە چاککرایەوە، بەڵام هەموو زمانەکان دووبارە دانەگیران؛ دواتر integreat-cli sync جێبەجێ بکە</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsearch.cpp" line="-64"/>
        <source>(found in %1)</source>
        <translation>(لە %1 دۆزرایەوە)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Search the stored pages, events, places and news of a region, offline. Pages with every word (at the start of a word of the title or the text; titles count double) come first, then pages where a misspelt word is corrected, another form of a word or a compound containing it matches; a question finds the pages sharing its rarer words.</source>
        <translation>بە بێ ئینتەرنێت لە پەڕە، چالاکی، شوێن و هەواڵە پاشەکەوتکراوەکانی ناوچەیەک بگەڕێ. ئەو پەڕانەی هەموو وشەکانیان تێدایە (لە سەرەتای وشەیەکی ناونیشان یان دەقەکەدا؛ ناونیشان دوو جار دەژمێردرێت) یەکەم دێن، پاشان ئەو پەڕانەی کە وشەیەکی هەڵە نووسراو چاک دەکرێت، شێوەیەکی تری وشەیەک یان وشەیەکی لێکدراو کە ئەوی تێدایە دەگونجێت؛ پرسیارێک ئەو پەڕانە دەدۆزێتەوە کە وشە دەگمەنەکانی تێدایە.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language code (the user&apos;s).</source>
        <translation>کۆدی زمان (هی بەکارهێنەر).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search German too; a German hit is shown in the language when it is translated.</source>
        <translation>بە ئەڵمانیش بگەڕێ؛ ئەنجامێکی ئەڵمانی بەو زمانە پیشان دەدرێت ئەگەر وەرگێڕدرابێت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every stored language.</source>
        <translation>لە هەموو زمانە پاشەکەوتکراوەکاندا بگەڕێ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N results (1-75, default 75).</source>
        <translation>زۆرترین N ئەنجام (1-75، بنەڕەت 75).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read one query per line; print HITS&lt;TAB&gt;MILLISECONDS&lt;TAB&gt;QUERY each.</source>
        <translation>لە هەر دێڕێکدا یەک پرسیار بخوێنەوە؛ بۆ هەر یەکێک HITS&lt;TAB&gt;MILLISECONDS&lt;TAB&gt;QUERY چاپ بکە.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words to search for.</source>
        <translation>ئەو وشانەی بۆیان دەگەڕێیت.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: integreat-cli search --region SLUG --language CODE [--also-german | --all-languages] [--limit N] [--json] QUERY… (or --stdin)</source>
        <translation>بەکارهێنان: integreat-cli search --region SLUG --language CODE [--also-german | --all-languages] [--limit N] [--json] QUERY… (یان --stdin)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--also-german and --all-languages exclude each other</source>
        <translation>--also-german و --all-languages پێکەوە بەکارنایەن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--limit needs a number from 1 to %1</source>
        <translation>--limit ژمارەیەکی نێوان 1 و %1 پێویستە</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing of %1 (%2) is in the local store. Sync it first: integreat-cli sync --region %1 --languages %2</source>
        <translation>هیچ شتێک لە %1 (%2) لە کۆگای ناوخۆییدا نییە. یەکەم جار هاوکاتی بکە: integreat-cli sync --region %1 --languages %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No results for “%1”.</source>
        <translation>هیچ ئەنجامێک بۆ “%1” نییە.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results for “%1”:</source>
        <translation>ئەنجامەکان بۆ “%1”:</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdshow.cpp" line="-55"/>
        <source>Print the title and text of a stored page, event or place.</source>
        <translation>ناونیشان و دەقی پەڕە، چالاکی یان شوێنێکی پاشەکەوتکراو چاپ بکە.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: integreat-cli show --region SLUG --language CODE PATH</source>
        <translation>بەکارهێنان: integreat-cli show --region SLUG --language CODE PATH</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last updated: %1</source>
        <translation>دوایین نوێکردنەوە: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization: %1</source>
        <translation>ڕێکخراو: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When: %1</source>
        <translation>کەی: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where: %1</source>
        <translation>لە کوێ: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category: %1</source>
        <translation>پۆل: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: %1</source>
        <translation>ناونیشان: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not in the local store for %2 (%3). Sync it first: integreat-cli sync --region %2 --languages %3</source>
        <translation>%1 لە کۆگای ناوخۆیی بۆ %2 (%3) نییە. یەکەم جار هاوکاتی بکە: integreat-cli sync --region %2 --languages %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdstatus.cpp" line="-21"/>
        <source>  %1: %2 pages, %3 events, %4 places, %5 news</source>
        <translation>  %1: %2 پەڕە، %3 چالاکی، %4 شوێن، %5 هەواڵ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; synced %1</source>
        <translation>؛ هاوکاتکرا %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; never synced</source>
        <translation>؛ هەرگیز هاوکات نەکراوە</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; last attempt failed: %1</source>
        <translation>؛ دوایین هەوڵ سەرکەوتوو نەبوو: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show what the local store holds, per region and language.</source>
        <translation>پیشاندانی ئەوەی کۆگای ناوخۆیی تێیدایە، بەپێی ناوچە و زمان.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Store: %1 (%2)</source>
        <translation>کۆگا: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No region synced yet. Try: integreat-cli sync --region augsburg</source>
        <translation>هێشتا هیچ ناوچەیەک هاوکات نەکراوە. ئەمە تاقی بکەرەوە: integreat-cli sync --region augsburg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images and documents: %1 files (%2)</source>
        <translation>وێنە و بەڵگەنامەکان: %1 فایل (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %1 not downloaded yet, tried again on the next sync</source>
        <translation>؛ %1 هێشتا دانەگیراوە، لە هاوکاتکردنی داهاتوودا دووبارە هەوڵ دەدرێتەوە</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdpack.cpp" line="+33"/>
        <location filename="../app/cli/cmdsync.cpp" line="-206"/>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
        <translation>%1 زیادکرا، %2 گۆڕدرا، %3 لابرا، %4 نەگۆڕاو</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 pages, %3 events, %4 places, %5 news (synced %6)</source>
        <translation>%1: %2 پەڕە، %3 چالاکی، %4 شوێن، %5 هەواڵ (هاوکاتکرا %6)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote the content pack %1 of %2 to %3 (%4; %5 images and documents%6).</source>
        <translation>پاکێجی ناوەڕۆکی %1ی %2 نووسرا بۆ %3 (%4؛ %5 وێنە و بەڵگەنامە%6).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, offline map</source>
        <translation>، نەخشەی ئۆفلاین</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Try again when it has finished.</source>
        <translation>کاتێک تەواو بوو دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content pack %1 of %2, made %3</source>
        <translation>پاکێجی ناوەڕۆکی %1ی %2، دروستکراوە لە %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: imported (content of %2): %3</source>
        <translation>%1: هاوردە کرا (ناوەڕۆکی %2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: skipped: this PC&apos;s content (synced %2) is newer than the pack&apos;s (%3); use --force to import it anyway</source>
        <translation>%1: تێپەڕێنرا: ناوەڕۆکی ئەم کۆمپیوتەرە (هاوکاتکرا %2) لە ناوەڕۆکی پاکێجەکە (%3) نوێترە؛ بۆ هاوردەکردنی هەر چۆنێک بێت --force بەکاربهێنە</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images and documents: %1%2</source>
        <translation>وێنە و بەڵگەنامەکان: %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; offline map installed</source>
        <translation>؛ نەخشەی ئۆفلاین دامەزرا</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Content packs: one file with a region&apos;s content, images and offline map, to carry to PCs without (fast) internet or to a whole fleet.
  pack export --region SLUG [--languages de,en] FILE.integreat-pack
  pack import [--force] FILE.integreat-pack
  pack import --watch DIR    import every new pack that appears in DIR, until stopped</source>
        <translation>پاکێجی ناوەڕۆک: یەک فایل بە ناوەڕۆک و وێنە و نەخشەی ئۆفلاینی ناوچەیەک، بۆ بردنی بۆ ئەو کۆمپیوتەرانەی ئینتەرنێتی (خێرا)یان نییە یان بۆ هەموو کۆمپیوتەرەکانی دامەزراوەیەک.
  pack export --region SLUG [--languages de,en] FILE.integreat-pack
  pack import [--force] FILE.integreat-pack
  pack import --watch DIR    هەر پاکێجێکی نوێ کە لە DIR دەردەکەوێت هاوردە دەکات، تا ڕادەگیرێت</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region slug (export).</source>
        <translation>slugی ناوچە (هەناردە).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated language codes (export; default: all stored).</source>
        <translation>کۆدی زمانەکان، بە کۆما جیاکراوە (هەناردە؛ بنەڕەت: هەموو ئەوانەی پاشەکەوت کراون).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import languages even where this PC has newer content.</source>
        <translation>زمانەکان هاوردە بکە، تەنانەت ئەگەر ناوەڕۆکی ئەم کۆمپیوتەرە نوێتر بێت.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch a folder and import each new or changed pack in it.</source>
        <translation>چاودێریی فۆڵدەرێک بکە و هەر پاکێجێکی نوێ یان گۆڕاو تێیدا هاوردە بکە.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export or import</source>
        <translation>export یان import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack file.</source>
        <translation>فایلی پاکێج.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE.integreat-pack</source>
        <translation>بەکارهێنان: integreat-cli pack export --region SLUG [--languages de,en] FILE.integreat-pack</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE, pack import [--force] FILE or pack import --watch DIR</source>
        <translation>بەکارهێنان: integreat-cli pack export --region SLUG [--languages de,en] FILE، pack import [--force] FILE یان pack import --watch DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsync.cpp" line="+27"/>
        <source>resources: %1 downloaded, %2 unchanged, %3 failed</source>
        <translation>سەرچاوەکان: %1 داگیرا، %2 نەگۆڕاو، %3 سەرکەوتوو نەبوو</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1 not tried (will retry next sync)</source>
        <translation>، %1 هەوڵی بۆ نەدرا (لە هاوکاتکردنی داهاتوودا دووبارە هەوڵ دەدرێتەوە)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (will retry next sync)</source>
        <translation> (لە هاوکاتکردنی داهاتوودا دووبارە هەوڵ دەدرێتەوە)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 no longer used removed</source>
        <translation>، %1 کە چیتر بەکارنایەت لابرا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 received</source>
        <translation>؛ %1 وەرگیرا</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>warning: resource: %1</source>
        <translation>ئاگاداری: سەرچاوە: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: … and %1 more resource problems (see --json)</source>
        <translation>ئاگاداری: … و %1 کێشەی تری سەرچاوە (بڕوانە --json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: images and documents not downloaded: %1; they will be tried again on the next sync.</source>
        <translation>ئاگاداری: وێنە و بەڵگەنامەکان دانەگیران: %1؛ لە هاوکاتکردنی داهاتوودا دووبارە هەوڵ دەدرێتەوە.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download a region&apos;s content (pages, events, places, news, imprint) into the local store. Each language is saved whole or not at all.</source>
        <translation>ناوەڕۆکی ناوچەیەک (پەڕە، چالاکی، شوێن، هەواڵ، ناسنامەی بڵاوکەرەوە) بۆ کۆگای ناوخۆیی دابگرە. هەر زمانێک یان بە تەواوی پاشەکەوت دەکرێت یان هیچ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region slug, e.g. augsburg.</source>
        <translation>slugی ناوچە، بۆ نموونە augsburg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated language codes, or “all” (default).</source>
        <translation>کۆدەکانی زمان بە کۆما جیاکراوە، یان “all” (بنەڕەت).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as JSON on stdout.</source>
        <translation>ئەنجامەکە وەک JSON لە stdout چاپ بکە.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not download the images and documents (PDFs) the content refers to.</source>
        <translation>ئەو وێنە و بەڵگەنامانەی (PDF) کە ناوەڕۆکەکە ئاماژەیان پێدەکات دامەگرە.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply a pages list even when it removes more than half of the stored pages of a language (refused otherwise, keeping the stored pages).</source>
        <translation>لیستی پەڕەکان جێبەجێ بکە تەنانەت ئەگەر زیاتر لە نیوەی پەڕە پاشەکەوتکراوەکانی زمانێک لاببات (ئەگینا ڕەت دەکرێتەوە و پەڕە پاشەکەوتکراوەکان دەمێننەوە).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When another sync of this data folder is running, wait for it to end instead of giving up.</source>
        <translation>کاتێک هاوکاتکردنێکی تری ئەم فۆڵدەری داتایە کار دەکات، چاوەڕێ بکە تا تەواو دەبێت لە جیاتی وازهێنان.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests to the server at once (default %1): the languages download side by side.</source>
        <translation>ژمارەی داواکارییە هاوکاتەکان بۆ سێرڤەر (بنەڕەت %1): زمانەکان پێکەوە دادەگیرێن.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sync needs --region SLUG (see integreat-cli regions)</source>
        <translation>هاوکاتکردن --region SLUG پێویستە (بڕوانە integreat-cli regions)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--connections needs a number from 1 to %1</source>
        <translation>--connections ژمارەیەکی لە 1 بۆ %1 پێویستە</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--languages needs codes such as de,en,ar or “all”</source>
        <translation>--languages کۆدی وەک de,en,ar یان “all” پێویستە</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>integreat-cli: %1 received: cancelling the sync; the stored content stays as it was.</source>
        <translation>integreat-cli: %1 وەرگیرا: هاوکاتکردن هەڵدەوەشێنرێتەوە؛ ناوەڕۆکی پاشەکەوتکراو وەک خۆی دەمێنێتەوە.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+89"/>
        <source>sync cancelled</source>
        <translation>هاوکاتکردن هەڵوەشێنرایەوە</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Try again when it has finished, or use --wait.</source>
        <translation>کاتێک تەواو بوو دووبارە هەوڵ بدەرەوە، یان --wait بەکاربهێنە.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Waiting for it to finish …</source>
        <translation>%1 چاوەڕێی تەواوبوونی دەکرێت …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>: 1 item</source>
        <translation>: 1 بابەت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: %1 items</source>
        <translation>: %1 بابەت</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[resources] images and documents: %1 of %2</source>
        <translation>[resources] وێنە و بەڵگەنامەکان: %1 لە %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>warning: %1: %2</source>
        <translation>ئاگاداری: %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>If the server really removed these pages, run the sync again with --allow-mass-removal.</source>
        <translation>ئەگەر سێرڤەر بەڕاستی ئەم پەڕانەی لابردووە، هاوکاتکردنەکە دووبارە بە --allow-mass-removal جێبەجێ بکە.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync failed for %1</source>
        <translation>هاوکاتکردن بۆ %1 سەرکەوتوو نەبوو</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+36"/>
        <source>List the regions on the server.</source>
        <translation>لیستی ناوچەکانی سەر سێرڤەر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download a region&apos;s content into the local store.</source>
        <translation>ناوەڕۆکی ناوچەیەک بۆ کۆگای ناوخۆیی دابگرە.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what the local store holds.</source>
        <translation>پیشاندانی ئەوەی کۆگای ناوخۆیی تێیدایە.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a stored page, event or place.</source>
        <translation>پەڕە، چالاکی یان شوێنێکی پاشەکەوتکراو چاپ بکە.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the stored content, offline.</source>
        <translation>بە بێ ئینتەرنێت لە ناوەڕۆکی پاشەکەوتکراودا بگەڕێ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the local store; move a damaged one aside and download again.</source>
        <translation>کۆگای ناوخۆیی بپشکنە؛ کۆگای تێکچوو لاببە و دووبارە دابگرە.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import an offline map (MBTiles) for a region.</source>
        <translation>نەخشەیەکی ئۆفلاین (MBTiles) بۆ ناوچەیەک هاوردە بکە.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configure kiosk mode: setup, show, set-pin, disable.</source>
        <translation>ڕێکخستنی دۆخی کیۆسک: setup، show، set-pin، disable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a stored page, place or event, or this week&apos;s events, as a PDF handout.</source>
        <translation>پەڕە، شوێن یان چالاکییەکی پاشەکەوتکراو، یان چالاکییەکانی ئەم هەفتەیە، وەک پەڕەیەکی PDF بنووسە.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export or import a content pack (one file per region), or watch a folder for packs.</source>
        <translation>پاکێجێکی ناوەڕۆک هەناردە یان هاوردە بکە (یەک فایل بۆ هەر ناوچەیەک)، یان چاودێریی فۆڵدەرێک بکە بۆ پاکێجەکان.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: integreat-cli [global options] COMMAND [options]

Keeps the content of Integreat regions in a local store that works offline.

Commands:
</source>
        <translation>بەکارهێنان: integreat-cli [global options] COMMAND [options]

ناوەڕۆکی ناوچەکانی Integreat لە کۆگایەکی ناوخۆییدا دەپارێزێت کە بە بێ ئینتەرنێت کار دەکات.

فەرمانەکان:
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>
Global options (every command):
  --server URL        Integreat CMS (default: https://cms.integreat-app.de)
  --data-dir DIR      folder of the local store (default: the desktop app&apos;s)
  --timeout SECONDS   give up on a silent server after this long (default: 30)
  --retries N         retries of a failed download (default: 3)
  --proxy URL         proxy for every request: http://HOST:PORT, socks5://HOST:PORT
                      or none (default: the system&apos;s, e.g. https_proxy)
  -h, --help          help (also after a command)
  -v, --version       version

Example:
  integreat-cli sync --region augsburg --languages de,en,ar
</source>
        <translation>
هەڵبژاردنە گشتییەکان (بۆ هەموو فەرمانێک):
  --server URL        Integreat CMS (بنەڕەت: https://cms.integreat-app.de)
  --data-dir DIR      فۆڵدەری کۆگای ناوخۆیی (بنەڕەت: هی ئەپی سەرمێز)
  --timeout SECONDS   دوای ئەم ماوەیە واز لە سێرڤەرێکی بێدەنگ بهێنە (بنەڕەت: 30)
  --retries N         دووبارە هەوڵدانەوەی داگرتنێکی سەرنەکەوتوو (بنەڕەت: 3)
  --proxy URL         proxy بۆ هەموو داواکارییەک: http://HOST:PORT، socks5://HOST:PORT
                      یان none (بنەڕەت: هی سیستەم، بۆ نموونە https_proxy)
  -h, --help          یارمەتی (دوای فەرمانێکیش)
  -v, --version       وەشان

نموونە:
  integreat-cli sync --region augsburg --languages de,en,ar
</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>no command given</source>
        <translation>هیچ فەرمانێک نەدرا</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown command “%1” (see --help)</source>
        <translation>فەرمانی نەناسراو “%1” (بڕوانە --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/packwatch.cpp" line="+48"/>
        <source>%1 is not a folder.</source>
        <translation>%1 فۆڵدەر نییە.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integreat-cli: %1 received: stopped watching %2.</source>
        <translation>integreat-cli: %1 وەرگیرا: چاودێریکردنی %2 ڕاگیرا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watching %1 for content packs (*%2); stop with Ctrl+C.</source>
        <translation>چاودێریی %1 دەکرێت بۆ پاکێجی ناوەڕۆک (*%2)؛ بە Ctrl+C ڕایبگرە.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: pack %2 was imported already.</source>
        <translation>%1: پاکێجی %2 پێشتر هاوردە کراوە.</translation>
    </message>
</context>
<context>
    <name>integreat::cli::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+28"/>
        <source>Integreat CMS to talk to (default: %1).</source>
        <translation>ئەو Integreat CMSەی قسەی لەگەڵ دەکرێت (بنەڕەت: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder of the local store (default: %1).</source>
        <translation>فۆڵدەری کۆگای ناوخۆیی (بنەڕەت: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give up on a silent server after this many seconds (default: 30).</source>
        <translation>دوای ئەم چەند چرکەیە واز لە سێرڤەرێکی بێدەنگ بهێنە (بنەڕەت: 30).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retries of a failed download (default: 3).</source>
        <translation>دووبارە هەوڵدانەوەی داگرتنێکی سەرنەکەوتوو (بنەڕەت: 3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send every request through this proxy: http://HOST:PORT, socks5://HOST:PORT or none (default: the system&apos;s proxy settings).</source>
        <translation>هەموو داواکارییەک لە ڕێگەی ئەم proxyیەوە بنێرە: http://HOST:PORT، socks5://HOST:PORT یان none (بنەڕەت: ڕێکخستنەکانی proxyی سیستەم).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (see --help)</source>
        <translation> (بڕوانە --help)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--server needs an http(s) URL such as https://cms.integreat-app.de</source>
        <translation>--server ناونیشانێکی http(s) پێویستە وەک https://cms.integreat-app.de</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout needs a number of seconds of at least 1</source>
        <translation>--timeout ژمارەی چرکە پێویستە، لانیکەم 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--retries needs a number from 0 to 10</source>
        <translation>--retries ژمارەیەکی نێوان 0 و 10 پێویستە</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the data folder %1</source>
        <translation>ناتوانرێت فۆڵدەری داتای %1 دروست بکرێت</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the local store %1: %2</source>
        <translation>ناتوانرێت کۆگای ناوخۆیی %1 بکرێتەوە: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run “integreat-cli repair” to move %1 aside and download the content again.</source>
        <translation>“integreat-cli repair” جێبەجێ بکە بۆ لادانی %1 و دووبارە داگرتنی ناوەڕۆکەکە.</translation>
    </message>
</context>
<context>
    <name>integreat::cli::KioskOptions</name>
    <message>
        <location filename="../app/cli/cmdkiosk.cpp" line="-251"/>
        <source>The kiosk configuration file (default: %1).</source>
        <translation>فایلی ڕێکخستنی کیۆسک (بنەڕەت: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region slug (repeat or comma-separate for several).</source>
        <translation>slugی ناوچە (بۆ چەند دانەیەک دووبارەی بکەرەوە یان بە کۆما جیایان بکەرەوە).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language codes offered, comma-separated.</source>
        <translation>ئەو کۆدانەی زمان کە پێشکەش دەکرێن، بە کۆما جیاکراوە.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language preselected on the start screen.</source>
        <translation>ئەو زمانەی لە شاشەی دەستپێکدا پێشوەختە هەڵبژێردراوە.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds without touch before the countdown (default: 120).</source>
        <translation>چرکەکانی بێ دەستلێدان پێش ژماردنی پێچەوانە (بنەڕەت: 120).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds of the “Are you still there?” countdown (default: 20).</source>
        <translation>چرکەکانی ژماردنی پێچەوانەی “هێشتا لێرەیت؟” (بنەڕەت: 20).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections shown, comma-separated (default: local,places,events,news).</source>
        <translation>ئەو بەشانەی پیشان دەدرێن، بە کۆما جیاکراوە (بنەڕەت: local,places,events,news).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the PIN (read from standard input when it is not a terminal, else asked twice).</source>
        <translation>PIN دابنێ (لە standard input دەخوێنرێتەوە ئەگەر terminal نەبێت، ئەگینا دوو جار دەپرسرێت).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sync: skip a region whose languages were all updated less than N hours ago (the update at boot).</source>
        <translation>sync: ئەو ناوچەیە تێپەڕێنە کە هەموو زمانەکانی کەمتر لە N کاتژمێر لەمەوبەر نوێ کراونەتەوە (نوێکردنەوەی کاتی دەستپێکردن).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show: print nothing; exit 0 only when the kiosk is configured and enabled (for ExecCondition=).</source>
        <translation>show: هیچ چاپ مەکە؛ تەنها کاتێک 0 بگەڕێنەوە کە کیۆسک ڕێکخراو و چالاک بێت (بۆ ExecCondition=).</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::AdminPanel</name>
    <message>
        <location filename="../app/desktop/kiosk/adminpanel.cpp" line="+20"/>
        <source>Sync now</source>
        <translation>ئێستا هاوکاتی بکە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit kiosk</source>
        <translation>دەرچوون لە کیۆسک</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kiosk administration</source>
        <translation>بەڕێوەبردنی کیۆسک</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start over</source>
        <translation>لە سەرەتاوە دەست پێبکەرەوە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the kiosk</source>
        <translation>گەڕانەوە بۆ کیۆسک</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Counting…</source>
        <translation>دەژمێردرێت…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>never</source>
        <translation>هەرگیز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1: last update %2, %3 pages, %4 events, %5 places, %6 news</source>
        <translation>  %1: دوایین نوێکردنەوە %2، %3 پەڕە، %4 چالاکی، %5 شوێن، %6 هەواڵ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the last attempt failed: %1</source>
        <translation>دوایین هەوڵ سەرکەوتوو نەبوو: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is saved yet.</source>
        <translation>هێشتا هیچ شتێک پاشەکەوت نەکراوە.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::Application</name>
    <message>
        <location filename="../app/desktop/shell/application.cpp" line="+246"/>
        <source>nothing is saved in %1 yet; sync a town first</source>
        <translation>هێشتا هیچ شتێک لە %1 پاشەکەوت نەکراوە؛ یەکەم جار شارێک هاوکات بکە</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>could not write the screenshot %1</source>
        <translation>ناتوانرێت وێنەی شاشەی %1 بنووسرێت</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::BreadcrumbBar</name>
    <message>
        <location filename="../app/desktop/pages/breadcrumbbar.cpp" line="+36"/>
        <source>You are here</source>
        <translation>تۆ لێرەیت</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>More: %1</source>
        <translation>زیاتر: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ChatSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/chatsection.cpp" line="+105"/>
        <source>Ask Integreat</source>
        <translation>پرسیار لە Integreat بکە</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The chat is not offered on this public computer.</source>
        <translation>چات لەسەر ئەم کۆمپیوتەرە گشتییە پێشکەش ناکرێت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>The chat is not available in this town.</source>
        <translation>چات لەم شارەدا بەردەست نییە.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chat of this town is not available on this computer yet.</source>
        <translation>چاتی ئەم شارە هێشتا لەسەر ئەم کۆمپیوتەرە بەردەست نییە.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ChatView</name>
    <message>
        <location filename="../app/desktop/chat/chatview.cpp" line="+31"/>
        <source>Accept and start the chat</source>
        <translation>ڕازیم، چات دەست پێبکە</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send</source>
        <translation>ناردن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again</source>
        <translation>دووبارە ناردنەوە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>چاتی نوێ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write your question in any language</source>
        <translation>پرسیارەکەت بە هەر زمانێک بنووسە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your message</source>
        <translation>نامەکەت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>گفتوگۆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy notice of the chat</source>
        <translation>ئاگاداری تایبەتێتیی چات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State of the chat</source>
        <translation>دۆخی چات</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Your questions are answered by counselors of the town and by an assistant that knows the town&apos;s information. What you write is sent to the town&apos;s chat server and kept there.</source>
        <translation>ڕاوێژکارانی شارەکە و یاریدەدەرێکی خۆکار کە زانیارییەکانی شارەکە دەزانێت وەڵامی پرسیارەکانت دەدەنەوە. ئەوەی دەینووسیت بۆ سێرڤەری چاتی شارەکە دەنێردرێت و لەوێ هەڵدەگیرێت.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the privacy notice</source>
        <translation>ئاگاداری تایبەتێتی بخوێنەوە</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Ask a question about life in the town. The answer appears here.</source>
        <translation>پرسیارێک دەربارەی ژیان لە شارەکەدا بکە. وەڵامەکە لێرە دەردەکەوێت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You</source>
        <translation>تۆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic answer</source>
        <translation>وەڵامی خۆکار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counselor</source>
        <translation>ڕاوێژکار</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending…</source>
        <translation>دەنێردرێت…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent yet</source>
        <translation>هێشتا نەنێردراوە</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integreat is writing an answer…</source>
        <translation>Integreat وەڵامێک دەنووسێت…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading the chat…</source>
        <translation>چات بار دەکرێت…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CommandLine</name>
    <message>
        <location filename="../app/desktop/shell/commandline.cpp" line="+39"/>
        <source>Integreat: local information for newcomers, in their language, also offline.</source>
        <translation>Integreat: زانیاری ناوخۆیی بۆ تازەهاتووان، بە زمانی خۆیان، بە بێ ئینتەرنێتیش.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of the local store (default: %1).</source>
        <translation>فۆڵدەری کۆگای ناوخۆیی (بنەڕەت: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integreat CMS to update from (default: %1).</source>
        <translation>ئەو Integreat CMSەی نوێکردنەوەی لێوە وەردەگیرێت (بنەڕەت: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Never use the network; show the saved content only.</source>
        <translation>هەرگیز تۆڕ بەکارمەهێنە؛ تەنها ناوەڕۆکی پاشەکەوتکراو پیشان بدە.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a page: an https://integreat.app/… link, an integreat:// link or region/language/path.</source>
        <translation>پەڕەیەک بکەرەوە: بەستەرێکی https://integreat.app/…، بەستەرێکی integreat:// یان region/language/path.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>LINK</source>
        <translation>LINK</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Import a content pack (made with integreat-cli pack export) and show the result in the settings; the same as giving FILE.integreat-pack.</source>
        <translation>پاکێجێکی ناوەڕۆک هاوردە بکە (کە بە integreat-cli pack export دروستکراوە) و ئەنجامەکە لە ڕێکخستنەکاندا پیشان بدە؛ هەمان شتە وەک دانی FILE.integreat-pack.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Render the window at 1280×800 into a PNG file and exit (for documentation and smoke tests).</source>
        <translation>پەنجەرەکە بە قەبارەی 1280×800 بۆ فایلێکی PNG دروست بکە و دەربچە (بۆ بەڵگەنامە و تاقیکردنەوە).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The same as --open, or a content pack file (.integreat-pack) to import.</source>
        <translation>هەمان شتە وەک --open، یان فایلی پاکێجێکی ناوەڕۆک (.integreat-pack) بۆ هاوردەکردن.</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+5"/>
        <location line="+12"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Send every request through this proxy: http://HOST:PORT, socks5://HOST:PORT or none (default: the system&apos;s proxy settings).</source>
        <translation>هەموو داواکارییەک لە ڕێگەی ئەم proxyیەوە بنێرە: http://HOST:PORT، socks5://HOST:PORT یان none (بنەڕەت: ڕێکخستنەکانی proxyی سیستەم).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run as a locked public kiosk (full screen, idle reset, links as QR codes).</source>
        <translation>وەک کیۆسکێکی گشتیی داخراو کار بکە (شاشەی تەواو، دەستپێکردنەوە دوای بێکاری، بەستەرەکان وەک کۆدی QR).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kiosk configuration (with --kiosk; default: %1).</source>
        <translation>ڕێکخستنی کیۆسک (لەگەڵ --kiosk؛ بنەڕەت: %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[LINK]</source>
        <translation>[LINK]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Give one content pack to import, not several.</source>
        <translation>تەنها یەک پاکێجی ناوەڕۆک بدە بۆ هاوردەکردن، نەک چەند دانەیەک.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give one link to open, not several.</source>
        <translation>تەنها یەک بەستەر بدە بۆ کردنەوە، نەک چەند دانەیەک.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--config is for --kiosk.</source>
        <translation>--config بۆ --kiosk ە.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--kiosk starts at its own start screen: no link or --screenshot.</source>
        <translation>--kiosk لە شاشەی دەستپێکی خۆیەوە دەست پێدەکات: نە بەستەر و نە --screenshot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A content pack is imported in a window: not with --kiosk or --screenshot.</source>
        <translation>پاکێجی ناوەڕۆک لە پەنجەرەیەکدا هاوردە دەکرێت: نەک لەگەڵ --kiosk یان --screenshot.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--server needs an http(s) URL such as %1.</source>
        <translation>--server ناونیشانێکی http(s) پێویستە وەک %1.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ContactFormDialog</name>
    <message>
        <location filename="../app/desktop/pages/contactformdialog.cpp" line="+27"/>
        <location line="+101"/>
        <source>Send</source>
        <translation>ناردن</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to the town&apos;s team. They answer by e-mail; your message is sent to the town&apos;s contact server.</source>
        <translation>بۆ تیمی شارەکە بنووسە. بە ئیمەیڵ وەڵام دەدەنەوە؛ نامەکەت دەنێردرێت بۆ سێرڤەری پەیوەندیی شارەکە.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Your name (optional)</source>
        <translation>ناوت (ئارەزوومەندانە)</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Your e-mail address</source>
        <translation>ناونیشانی ئیمەیڵەکەت</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Your message</source>
        <translation>نامەکەت</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+25"/>
        <source>Sending…</source>
        <translation>دەنێردرێت…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CounselTools</name>
    <message>
        <location filename="../app/desktop/counsel/counseltools.cpp" line="+25"/>
        <source>Read aloud</source>
        <translation>بە دەنگی بەرز بخوێنەوە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End session</source>
        <translation>کۆتایی دانیشتن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show QR code</source>
        <translation>کۆدی QR پیشان بدە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>لە تەنیشت یەک</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the text aloud in its language</source>
        <translation>دەقەکە بە زمانی خۆی بە دەنگی بەرز بخوێنەوە</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear everything of this session and start again (%1)</source>
        <translation>هەموو شتێکی ئەم دانیشتنە بسڕەوە و لە سەرەتاوە دەست پێبکەرەوە (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the link of this page as a QR code to take along on a phone</source>
        <translation>بەستەری ئەم پەڕەیە وەک کۆدی QR پیشان بدە بۆ ئەوەی لەسەر مۆبایل لەگەڵ خۆتی ببەیت</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show this in a second language beside it</source>
        <translation>ئەمە بە زمانێکی دووەم لە تەنیشتیەوە پیشان بدە</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CountdownOverlay</name>
    <message>
        <location filename="../app/desktop/kiosk/countdownoverlay.cpp" line="+14"/>
        <source>Yes, continue</source>
        <translation>بەڵێ، بەردەوام بە</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Are you still there?</source>
        <translation>هێشتا لێرەیت؟</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Press any key or move the mouse to continue. In %n seconds the session ends: the app goes back to the start page and what was looked at is cleared.</source>
        <translation>
            <numerusform>بۆ بەردەوامبوون کلیلێک دابگرە یان ماوسەکە بجووڵێنە. دوای %n چرکە دانیشتنەکە کۆتایی دێت: بەرنامەکە دەگەڕێتەوە بۆ پەڕەی سەرەتا و ئەوەی بینراوە دەسڕدرێتەوە.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Touch the screen to continue. In %n seconds everything starts over and what you looked at is cleared.</source>
        <translation>
            <numerusform>بۆ بەردەوامبوون دەست لە شاشەکە بدە. دوای %n چرکە هەموو شتێک لە سەرەتاوە دەست پێدەکاتەوە و ئەوەی سەیرت کردووە دەسڕدرێتەوە.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DBusNotifier</name>
    <message>
        <location filename="../app/desktop/notify/dbusnotifier.cpp" line="+51"/>
        <source>Open</source>
        <translation>کردنەوە</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DamagedStoreDialog</name>
    <message>
        <location filename="../app/desktop/shell/damagedstoredialog.cpp" line="+22"/>
        <source>Integreat</source>
        <translation>Integreat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved content is damaged</source>
        <translation>ناوەڕۆکی پاشەکەوتکراو تێکچووە</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be read: %2

Download again moves the file aside under a dated name (nothing is deleted), starts afresh and downloads your towns and languages again.</source>
        <translation>فایلی %1 ناخوێنرێتەوە: %2

«دووبارە داگرتنەوە» فایلەکە بە ناوێکی بەرواردار لادەبات (هیچ شتێک ناسڕدرێتەوە)، لە سەرەتاوە دەست پێدەکات و شار و زمانەکانت دووبارە دادەگرێت.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download again</source>
        <translation>دووبارە داگرتنەوە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>دەرچوون</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DashboardView</name>
    <message>
        <location filename="../app/desktop/pages/dashboardview.cpp" line="+39"/>
        <source>Local information</source>
        <translation>زانیاری ناوخۆیی</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There are no pages in this language yet.</source>
        <translation>هێشتا هیچ پەڕەیەک بەم زمانە نییە.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DateText</name>
    <message>
        <location filename="../app/desktop/presentation/datetext.cpp" line="+77"/>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DeepLink</name>
    <message>
        <location filename="../app/desktop/presentation/deeplink.cpp" line="+45"/>
        <source>“%1” is not a link to a page of an Integreat town.</source>
        <translation>“%1” بەستەرێک نییە بۆ پەڕەیەکی شارێکی Integreat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” in %2 is not saved on this computer.</source>
        <translation>“%1” لە %2 لەسەر ئەم کۆمپیوتەرە پاشەکەوت نەکراوە.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The chat is not available in this town.</source>
        <translation>چات لەم شارەدا بەردەست نییە.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked page is not saved on this computer.</source>
        <translation>پەڕە بەستەرکراوەکە لەسەر ئەم کۆمپیوتەرە پاشەکەوت نەکراوە.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The linked page is in %1, which is not saved on this computer.</source>
        <translation>پەڕە بەستەرکراوەکە بە %1 ە، کە لەسەر ئەم کۆمپیوتەرە پاشەکەوت نەکراوە.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EndSession</name>
    <message>
        <location filename="../app/desktop/counsel/endsession.cpp" line="+44"/>
        <location line="+6"/>
        <source>End session</source>
        <translation>کۆتایی دانیشتن</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>End this session?</source>
        <translation>کۆتایی بەم دانیشتنە دێنیت؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app goes back to the start page. The history, the search, side by side, the news read and the folders used for saving are cleared, so that the next person finds nothing of this session.</source>
        <translation>ئەپەکە دەگەڕێتەوە بۆ پەڕەی سەرەتا. مێژوو، گەڕان، «لە تەنیشت یەک»، هەواڵە خوێندراوەکان و ئەو فۆڵدەرانەی بۆ پاشەکەوتکردن بەکارهاتوون دەسڕدرێنەوە، بۆ ئەوەی کەسی داهاتوو هیچ شتێک لەم دانیشتنە نەدۆزێتەوە.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventDateText</name>
    <message>
        <location filename="../app/desktop/presentation/eventdatetext.cpp" line="+50"/>
        <source>the last %1</source>
        <translation>دوایین %1ی مانگ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the %1. %2</source>
        <translation>%2ی ژمارە %1ی مانگ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1, all day</source>
        <translation>%1، هەموو ڕۆژ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1, %2 – %3</source>
        <translation>%1، %2 – %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 – %3, %4</source>
        <translation>%1، %2 – %3، %4</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Every day</source>
        <translation>هەموو ڕۆژێک</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 days</source>
        <translation>هەر %1 ڕۆژ جارێک</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every week</source>
        <translation>هەموو هەفتەیەک</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 weeks</source>
        <translation>هەر %1 هەفتە جارێک</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every month</source>
        <translation>هەموو مانگێک</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 months</source>
        <translation>هەر %1 مانگ جارێک</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every year</source>
        <translation>هەموو ساڵێک</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 years</source>
        <translation>هەر %1 ساڵ جارێک</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats</source>
        <translation>دووبارە دەبێتەوە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only on weekdays (Monday to Friday)</source>
        <translation>تەنها ڕۆژانی کار (دووشەممە تا هەینی)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventHtml</name>
    <message>
        <location filename="../app/desktop/events/eventhtml.cpp" line="+80"/>
        <source>Loading dates…</source>
        <translation>بەروارەکان بار دەکرێن…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address:</source>
        <translation>ناونیشان:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online meeting:</source>
        <translation>کۆبوونەوەی ئۆنلاین:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More dates</source>
        <translation>بەرواری زیاتر</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventList</name>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+20"/>
        <source>Only dates from</source>
        <translation>تەنها بەروارەکان لە</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First day</source>
        <translation>یەکەم ڕۆژ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>دوایین ڕۆژ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Events</source>
        <translation>چالاکییەکان</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlistmodel.cpp" line="+68"/>
        <source>Today</source>
        <translation>ئەمڕۆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>سبەی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 7 days</source>
        <translation>٧ ڕۆژی داهاتوو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 30 days</source>
        <translation>٣٠ ڕۆژی داهاتوو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>پاشتر</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Heading</source>
        <translation>سەردێڕ</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+35"/>
        <source>Loading events…</source>
        <translation>چالاکییەکان بار دەکرێن…</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlistmodel.cpp" line="-20"/>
        <source>More dates: %1</source>
        <translation>بەرواری زیاتر: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Irregular dates</source>
        <translation>بەرواری ناڕێک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Irregular dates. %1</source>
        <translation>بەرواری ناڕێک. %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+13"/>
        <source>No events in these days.</source>
        <translation>لەم ڕۆژانەدا هیچ چالاکییەک نییە.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No upcoming events.</source>
        <translation>هیچ چالاکییەکی داهاتوو نییە.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventsSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/eventssection.cpp" line="+26"/>
        <source>Events</source>
        <translation>چالاکییەکان</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This event is not on this computer. It may be over or removed, or it is newer than the last update.</source>
        <translation>ئەم چالاکییە لەسەر ئەم کۆمپیوتەرە نییە. لەوانەیە تەواو بووبێت یان لابرابێت، یان لە دوایین نوێکردنەوە نوێتر بێت.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventsView</name>
    <message>
        <location filename="../app/desktop/events/eventsview.cpp" line="+45"/>
        <location line="+28"/>
        <source>All events</source>
        <translation>هەموو چالاکییەکان</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Save this date for a calendar…</source>
        <translation>ئەم بەروارە بۆ ڕۆژژمێر پاشەکەوت بکە…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save all dates for a calendar…</source>
        <translation>هەموو بەروارەکان بۆ ڕۆژژمێر پاشەکەوت بکە…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Event</source>
        <translation>چالاکی</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>This event has irregular dates: they cannot all be worked out, so only the first is shown. Check the dates with the organizer.</source>
        <translation>ئەم چالاکییە بەرواری ناڕێکی هەیە: ناتوانرێت هەموویان دیاری بکرێن، بۆیە تەنها یەکەمیان پیشان دەدرێت. بەروارەکان لە ڕێکخەرەکە بپرسە.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Save for a calendar</source>
        <translation>پاشەکەوتکردن بۆ ڕۆژژمێر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>فایلەکانی ڕۆژژمێر (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dates are still being worked out. Try again in a moment.</source>
        <translation>بەروارەکان هێشتا ئامادە دەکرێن. دوای کەمێک دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This event has no dates left to save.</source>
        <translation>ئەم چالاکییە هیچ بەروارێکی نەماوە بۆ پاشەکەوتکردن.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The calendar file could not be saved: %1</source>
        <translation>فایلی ڕۆژژمێر پاشەکەوت نەکرا: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. Open %1 with your calendar app to add the event.</source>
        <translation>پاشەکەوت کرا. %1 بە ئەپی ڕۆژژمێرەکەت بکەرەوە بۆ زیادکردنی چالاکییەکە.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ExternalLinkDialog</name>
    <message>
        <location filename="../app/desktop/pages/externallinkdialog.cpp" line="+38"/>
        <source>Open a website?</source>
        <translation>ماڵپەڕێک بکرێتەوە؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link leads out of Integreat to a website of &lt;b&gt;%1&lt;/b&gt;. It opens in your web browser and needs an internet connection.</source>
        <translation>ئەم بەستەرە لە Integreat دەتباتە دەرەوە بۆ ماڵپەڕێکی &lt;b&gt;%1&lt;/b&gt;. لە وێبگەڕەکەتدا دەکرێتەوە و پێویستی بە ئینتەرنێتە.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Open in browser</source>
        <translation>لە وێبگەڕدا بکەرەوە</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open the document online?</source>
        <translation>بەڵگەنامەکە ئۆنلاین بکرێتەوە؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document is not saved on this computer. It can be opened from &lt;b&gt;%1&lt;/b&gt; in your browser with an internet connection.</source>
        <translation>ئەم بەڵگەنامەیە لەسەر ئەم کۆمپیوتەرە پاشەکەوت نەکراوە. دەتوانرێت لە &lt;b&gt;%1&lt;/b&gt; لە وێبگەڕەکەتدا بە ئینتەرنێت بکرێتەوە.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call this number?</source>
        <translation>پەیوەندی بەم ژمارەیەوە بکرێت؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your computer&apos;s phone app will call this number:</source>
        <translation>ئەپی تەلەفۆنی کۆمپیوتەرەکەت پەیوەندی بەم ژمارەیەوە دەکات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>پەیوەندی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write an e-mail?</source>
        <translation>ئیمەیڵێک بنووسرێت؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your e-mail program will open a new message to:</source>
        <translation>بەرنامەی ئیمەیڵەکەت نامەیەکی نوێ دەکاتەوە بۆ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write e-mail</source>
        <translation>ئیمەیڵ بنووسە</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Copy</source>
        <translation>لەبەرگرتنەوە</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <translation>لەبەرگیرایەوە</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::FeedbackBox</name>
    <message>
        <location filename="../app/desktop/pages/feedbackbox.cpp" line="+88"/>
        <source>Was this page helpful?</source>
        <translation>ئایا ئەم پەڕەیە بەسوود بوو؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>بەڵێ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, this was helpful</source>
        <translation>بەڵێ، بەسوود بوو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>نەخێر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, this was not helpful</source>
        <translation>نەخێر، بەسوود نەبوو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What could be better? (optional, no personal data)</source>
        <translation>چی دەتوانێت باشتر بێت؟ (ئارەزوومەندانە، بێ زانیاریی کەسی)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on this page</source>
        <translation>لێدوان لەسەر ئەم پەڕەیە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send feedback</source>
        <translation>ناردنی ڕاوبۆچوون</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Thank you. You may add a comment.</source>
        <translation>سوپاس. دەتوانیت لێدوانێکیش زیاد بکەیت.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please choose “Yes” or “No”, or write a comment.</source>
        <translation>تکایە «بەڵێ» یان «نەخێر» هەڵبژێرە، یان لێدوانێک بنووسە.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::FirstRunWizard</name>
    <message>
        <location filename="../app/desktop/firstrun/firstrunwizard.cpp" line="+31"/>
        <source>Back</source>
        <translation>گەڕانەوە</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+221"/>
        <source>Next</source>
        <translation>دواتر</translation>
    </message>
    <message>
        <location line="-220"/>
        <location line="+216"/>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Welcome to Integreat</source>
        <translation>بەخێربێیت بۆ Integreat</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The download was cancelled. Nothing was changed on this computer.</source>
        <translation>داگرتنەکە هەڵوەشێنرایەوە. هیچ شتێک لەسەر ئەم کۆمپیوتەرە نەگۆڕدرا.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The server lists no regions.</source>
        <translation>سێرڤەر هیچ ناوچەیەکی لە لیستدا نییە.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The demo town could not be set up: %1</source>
        <translation>شاری نموونە ئامادە نەکرا: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Download</source>
        <translation>داگرتن</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue</source>
        <translation>بەردەوام بە</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stops the download; nothing is changed</source>
        <translation>داگرتنەکە ڕادەگرێت؛ هیچ شتێک ناگۆڕێت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this window</source>
        <translation>ئەم پەنجەرەیە دادەخات</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::HeaderBar</name>
    <message>
        <location filename="../app/desktop/mainwindow/headerbar.cpp" line="+54"/>
        <location line="+1"/>
        <source>Search</source>
        <translation>گەڕان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear search</source>
        <translation>سڕینەوەی گەڕان</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Menu</source>
        <translation>مێنیو</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Search in %1</source>
        <translation>گەڕان لە %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskApp</name>
    <message>
        <location filename="../app/desktop/shell/kioskapp.cpp" line="+36"/>
        <source>kiosk mode is disabled in %1 (integreat-cli kiosk setup enables it)</source>
        <translation>دۆخی کیۆسک لە %1 ناچالاکە (integreat-cli kiosk setup چالاکی دەکات)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot create the folder %1</source>
        <translation>ناتوانرێت فۆڵدەری %1 دروست بکرێت</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved content cannot be opened: %1</source>
        <translation>ناوەڕۆکی پاشەکەوتکراو ناکرێتەوە: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskSession</name>
    <message>
        <location filename="../app/desktop/kiosk/kiosksession.cpp" line="+66"/>
        <source>Start over</source>
        <translation>لە سەرەتاوە دەست پێبکەرەوە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this page with you</source>
        <translation>ئەم پەڕەیە لەگەڵ خۆت ببە</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskWindow</name>
    <message>
        <location filename="../app/desktop/kiosk/kioskwindow.cpp" line="+77"/>
        <source>The update has finished.</source>
        <translation>نوێکردنەوەکە تەواو بوو.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The update failed; the last good content stays in use. %1</source>
        <translation>نوێکردنەوەکە سەرکەوتوو نەبوو؛ دوایین ناوەڕۆکی باش بەکاردێت. %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nothing is saved on this kiosk yet. The administrator can update the content.</source>
        <translation>هێشتا هیچ شتێک لەسەر ئەم کیۆسکە پاشەکەوت نەکراوە. بەڕێوەبەر دەتوانێت ناوەڕۆکەکە نوێ بکاتەوە.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Wrong PIN.</source>
        <translation>PINی هەڵە.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>PINی هەڵەی زۆر. دوای %n چرکە دووبارە هەوڵ بدەرەوە.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No PIN is set for this kiosk, so the administration cannot be opened here (integreat-cli kiosk set-pin).</source>
        <translation>هیچ PINێک بۆ ئەم کیۆسکە دانەنراوە، بۆیە بەڕێوەبردن لێرە ناکرێتەوە (integreat-cli kiosk set-pin).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No region is configured (integreat-cli kiosk setup).</source>
        <translation>هیچ ناوچەیەک ڕێکنەخراوە (integreat-cli kiosk setup).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kiosk runs offline; the nightly update keeps it current.</source>
        <translation>ئەم کیۆسکە بە بێ ئینتەرنێت کار دەکات؛ نوێکردنەوەی شەوانە نوێی دەهێڵێتەوە.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Updating…</source>
        <translation>نوێ دەکرێتەوە…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageButton</name>
    <message>
        <location filename="../app/desktop/mainwindow/languagebutton.cpp" line="+40"/>
        <source>%1 (download)</source>
        <translation>%1 (داگرتن)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language of the content: %1</source>
        <translation>زمانی ناوەڕۆک: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content language: %1</source>
        <translation>زمانی ناوەڕۆک: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageNames</name>
    <message>
        <location filename="../app/desktop/presentation/languages.cpp" line="+46"/>
        <source>Albanian</source>
        <translation>ئەلبانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amharic</source>
        <translation>ئەمهەری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>عەرەبی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgarian</source>
        <translation>بولگاری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central Kurdish</source>
        <translation>کوردیی ناوەندی (سۆرانی)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatian</source>
        <translation>کرۆاتی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czech</source>
        <translation>چیکی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dari</source>
        <translation>دەری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>ئینگلیزی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>فەرەنسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>ئەڵمانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greek</source>
        <translation>یۆنانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungarian</source>
        <translation>هەنگاری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>ئیتاڵی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kurdish</source>
        <translation>کوردی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pashto</source>
        <translation>پەشتۆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>پۆڵەندی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>ڕۆمانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>ڕووسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbian</source>
        <translation>سربی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somali</source>
        <translation>سۆماڵی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>ئیسپانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tigrinya</source>
        <translation>تیگرینیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>تورکی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation>ئۆکرانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation>ئوردو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnamese</source>
        <translation>ڤیەتنامی</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguagePage</name>
    <message>
        <location filename="../app/desktop/firstrun/languagepage.cpp" line="+22"/>
        <source>Which languages do you want to read?</source>
        <translation>دەتەوێت بە چ زمانێک بخوێنیتەوە؟</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notice</source>
        <translation>تێبینی</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Languages</source>
        <translation>زمانەکان</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The local information of %1 is downloaded in the languages you choose, so you can read it without internet. You can choose several and add more later.</source>
        <translation>زانیاری ناوخۆیی %1 بەو زمانانەی هەڵیاندەبژێریت دادەگیرێت، بۆ ئەوەی بە بێ ئینتەرنێت بیخوێنیتەوە. دەتوانیت چەند زمانێک هەڵبژێریت و دواتر زیاتریش زیاد بکەیت.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language code %1</source>
        <translation>کۆدی زمان %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageRow</name>
    <message>
        <location filename="../app/desktop/firstrun/languagerow.cpp" line="+29"/>
        <source>Retry</source>
        <translation>دووبارە هەوڵدانەوە</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry %1</source>
        <translation>دووبارە هەوڵدانەوە %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Waiting</source>
        <translation>چاوەڕوانی</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Finished</source>
        <translation>تەواو بوو</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Ready to read offline</source>
        <translation>✓ ئامادەیە بۆ خوێندنەوە بە بێ ئینتەرنێت</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not downloaded: %1</source>
        <translation>دانەگیراوە: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LinkRouter</name>
    <message>
        <location filename="../app/desktop/pages/linkrouter.cpp" line="+70"/>
        <source>This link cannot be opened: it could harm your computer or your data.</source>
        <translation>ئەم بەستەرە ناکرێتەوە: لەوانەیە زیان بە کۆمپیوتەر یان داتاکانت بگەیەنێت.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This link leads to the list of towns. To read about another town, use “Change” next to the town&apos;s name.</source>
        <translation>ئەم بەستەرە دەتباتە لیستی شارەکان. بۆ خوێندنەوە دەربارەی شارێکی تر، «گۆڕین» لە تەنیشت ناوی شارەکە بەکاربهێنە.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This link leads to a part of Integreat that this app does not show yet.</source>
        <translation>ئەم بەستەرە دەتباتە بەشێکی Integreat کە ئەم ئەپە هێشتا پیشانی نادات.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download %1</source>
        <translation>داگرتنی %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This link leads to “%1” in %2, which is not saved on this computer.</source>
        <translation>ئەم بەستەرە دەتباتە “%1” لە %2، کە لەسەر ئەم کۆمپیوتەرە پاشەکەوت نەکراوە.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This page is in %1, which is not saved on this computer yet.</source>
        <translation>ئەم پەڕەیە بە %1 ە، کە هێشتا لەسەر ئەم کۆمپیوتەرە پاشەکەوت نەکراوە.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chat is not available in this town.</source>
        <translation>چات لەم شارەدا بەردەست نییە.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The linked event is not on this computer. It may be over or removed, or it is newer than the last update.</source>
        <translation>چالاکییە بەستەرکراوەکە لەسەر ئەم کۆمپیوتەرە نییە. لەوانەیە تەواو بووبێت یان لابرابێت، یان لە دوایین نوێکردنەوە نوێتر بێت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked place is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>شوێنە بەستەرکراوەکە لەسەر ئەم کۆمپیوتەرە نییە. لەوانەیە لابرابێت، یان لە دوایین نوێکردنەوە نوێتر بێت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked news item is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>هەواڵە بەستەرکراوەکە لەسەر ئەم کۆمپیوتەرە نییە. لەوانەیە لابرابێت، یان لە دوایین نوێکردنەوە نوێتر بێت.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked page is not on this computer. It may have been moved or removed, or it is newer than the last update.</source>
        <translation>پەڕە بەستەرکراوەکە لەسەر ئەم کۆمپیوتەرە نییە. لەوانەیە گوازرابێتەوە یان لابرابێت، یان لە دوایین نوێکردنەوە نوێتر بێت.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No program on this computer can open this document.</source>
        <translation>هیچ بەرنامەیەک لەسەر ئەم کۆمپیوتەرە ناتوانێت ئەم بەڵگەنامەیە بکاتەوە.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This document is not saved on this computer.</source>
        <translation>ئەم بەڵگەنامەیە لەسەر ئەم کۆمپیوتەرە پاشەکەوت نەکراوە.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>No program on this computer can open this link.</source>
        <translation>هیچ بەرنامەیەک لەسەر ئەم کۆمپیوتەرە ناتوانێت ئەم بەستەرە بکاتەوە.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>This offer cannot be opened: its form could not be prepared.</source>
        <translation>ئەم خزمەتگوزارییە ناکرێتەوە: فۆرمەکەی ئامادە نەکرا.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open online</source>
        <translation>ئۆنلاین بکەرەوە</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LocalInfoSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/localinfosection.cpp" line="+37"/>
        <source>Local information</source>
        <translation>زانیاری ناوخۆیی</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LocalInfoView</name>
    <message>
        <location filename="../app/desktop/pages/localinfoview.cpp" line="+57"/>
        <source>Page content</source>
        <translation>ناوەڕۆکی پەڕە</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Start page of the town</source>
        <translation>پەڕەی سەرەتای شارەکە</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation>ئەنجامەکانی گەڕان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page</source>
        <translation>پەڕە</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <location line="+31"/>
        <location line="+38"/>
        <location line="+9"/>
        <location line="+21"/>
        <source>Local information</source>
        <translation>زانیاری ناوخۆیی</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>This page is not on this computer</source>
        <translation>ئەم پەڕەیە لەسەر ئەم کۆمپیوتەرە نییە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been moved or removed by the last update.</source>
        <translation>لەوانەیە لە دوایین نوێکردنەوەدا گوازرابێتەوە یان لابرابێت.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+26"/>
        <location line="+1"/>
        <source>Imprint</source>
        <translation>ناسنامەی بڵاوکەرەوە</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>There is no imprint in this language on this computer.</source>
        <translation>هیچ ناسنامەی بڵاوکەرەوەیەک بەم زمانە لەسەر ئەم کۆمپیوتەرە نییە.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The imprint is available in:</source>
        <translation>ناسنامەی بڵاوکەرەوە بەم زمانانە هەیە:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search</source>
        <translation>گەڕان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search: “%1”</source>
        <translation>گەڕان: “%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go to the start page</source>
        <translation>بڕۆ بۆ پەڕەی سەرەتا</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Start page in %1</source>
        <translation>پەڕەی سەرەتا بە %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not available in %2. It is available in:</source>
        <translation>“%1” بە %2 بەردەست نییە. بەم زمانانە بەردەستە:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not available in %2.</source>
        <translation>“%1” بە %2 بەردەست نییە.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MainActions</name>
    <message>
        <location filename="../app/desktop/mainwindow/mainactions.cpp" line="+19"/>
        <source>Back</source>
        <translation>گەڕانەوە</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward</source>
        <translation>پێشەوە</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start page</source>
        <translation>پەڕەی سەرەتا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>گەڕان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>ئێستا هاوکاتی بکە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imprint</source>
        <translation>ناسنامەی بڵاوکەرەوە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>ڕێکخستنەکان…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger text</source>
        <translation>دەقی گەورەتر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smaller text</source>
        <translation>دەقی بچووکتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal text size</source>
        <translation>قەبارەی ئاسایی دەق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Integreat Desktop</source>
        <translation>دەربارەی Integreat Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>دەرچوون</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This page</source>
        <translation>ئەم پەڕەیە</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text size</source>
        <translation>قەبارەی دەق</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MainWindow</name>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindow.cpp" line="+196"/>
        <source>Download %1</source>
        <translation>داگرتنی %1</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 is not saved on this computer yet.</source>
        <translation>%1 هێشتا لەسەر ئەم کۆمپیوتەرە پاشەکەوت نەکراوە.</translation>
    </message>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindowcommands.cpp" line="+171"/>
        <source>About Integreat Desktop</source>
        <translation>دەربارەی Integreat Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Integreat Desktop %1&lt;/h3&gt;&lt;p&gt;Local information for newcomers, in their language, also without internet.&lt;/p&gt;&lt;p&gt;The content comes from the towns and districts that take part in &lt;a href=&quot;https://integreat-app.de&quot;&gt;Integreat&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Integreat Desktop %1&lt;/h3&gt;&lt;p&gt;زانیاری ناوخۆیی بۆ تازەهاتووان، بە زمانی خۆیان، بە بێ ئینتەرنێتیش.&lt;/p&gt;&lt;p&gt;ناوەڕۆکەکە لەو شار و قەزایانەوە دێت کە بەشدارن لە &lt;a href=&quot;https://integreat-app.de&quot;&gt;Integreat&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindowcounsel.cpp" line="+50"/>
        <source>Reading area</source>
        <translation>ناوچەی خوێندنەوە</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The section shown, and beside it the same in a second language when Side by side is on</source>
        <translation>ئەو بەشەی پیشان دەدرێت، و لە تەنیشتیەوە هەمان شت بە زمانێکی دووەم کاتێک «لە تەنیشت یەک» چالاکە</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MapWidget</name>
    <message>
        <location filename="../app/desktop/places/mapwidget.cpp" line="+30"/>
        <source>Map of places</source>
        <translation>نەخشەی شوێنەکان</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>گەورەکردن</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>بچووککردن</translation>
    </message>
    <message>
        <location line="+344"/>
        <source>I am here (sort places by distance from this point)</source>
        <translation>من لێرەم (شوێنەکان بەپێی دووری لەم خاڵەوە ڕیز بکە)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MassRemovalQuestion</name>
    <message>
        <location filename="../app/desktop/sync/massremovalquestion.cpp" line="+16"/>
        <source>Remove saved pages?</source>
        <translation>پەڕە پاشەکەوتکراوەکان لاببرێن؟</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n of the %2 saved pages would be removed.</source>
        <translation>
            <numerusform>%1: %n پەڕە لە %2 پەڕە پاشەکەوتکراوەکە لادەبرێن.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server sent much less content than before. If you go on, pages you have now will be deleted from this computer.</source>
        <translation>سێرڤەر ناوەڕۆکێکی زۆر کەمتری لە پێشوو نارد. ئەگەر بەردەوام بیت، ئەو پەڕانەی ئێستا هەتن لەم کۆمپیوتەرە دەسڕدرێنەوە.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This can be a mistake on the server. If you keep your content, nothing changes and you can try again later.</source>
        <translation>لەوانەیە ئەمە هەڵەیەکی سێرڤەر بێت. ئەگەر ناوەڕۆکەکەت بهێڵیتەوە، هیچ شتێک ناگۆڕێت و دەتوانیت دواتر دووبارە هەوڵ بدەیتەوە.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep my content</source>
        <translation>ناوەڕۆکەکەم بهێڵەرەوە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove them</source>
        <translation>لایانبە</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NavigationBar</name>
    <message>
        <location filename="../app/desktop/pages/navigationbar.cpp" line="+29"/>
        <source>Back (Alt+Left)</source>
        <translation>گەڕانەوە (Alt+Left)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>گەڕانەوە</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward (Alt+Right)</source>
        <translation>پێشەوە (Alt+Right)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>پێشەوە</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsHtml</name>
    <message>
        <location filename="../app/desktop/news/newshtml.cpp" line="+16"/>
        <source>Local news</source>
        <translation>هەواڵی ناوخۆیی</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Read the original</source>
        <translation>دەقی ڕەسەن بخوێنەوە</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/newssection.cpp" line="+28"/>
        <source>News</source>
        <translation>هەواڵ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News (%1)</source>
        <translation>هەواڵ (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News, %1 new</source>
        <translation>هەواڵ، %1 نوێ</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This news item is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>ئەم هەواڵە لەسەر ئەم کۆمپیوتەرە نییە. لەوانەیە لابرابێت، یان لە دوایین نوێکردنەوە نوێتر بێت.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsView</name>
    <message>
        <location filename="../app/desktop/news/newsview.cpp" line="+43"/>
        <location line="+56"/>
        <source>All news</source>
        <translation>هەموو هەواڵەکان</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>All</source>
        <translation>هەموو</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local</source>
        <translation>ناوخۆیی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External</source>
        <translation>دەرەکی</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>News</source>
        <translation>هەواڵ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>News item</source>
        <translation>هەواڵ</translation>
    </message>
    <message>
        <location filename="../app/desktop/news/newslistmodel.cpp" line="+85"/>
        <source>● New</source>
        <translation>● نوێ</translation>
    </message>
    <message>
        <location filename="../app/desktop/news/newsview.cpp" line="+110"/>
        <source>There are no news in this language yet. New local news of the town appear here after the next update.</source>
        <translation>هێشتا هیچ هەواڵێک بەم زمانە نییە. هەواڵی نوێی ناوخۆیی شارەکە دوای نوێکردنەوەی داهاتوو لێرە دەردەکەون.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No news of this kind. Choose “All” to see every news item.</source>
        <translation>هیچ هەواڵێکی لەم جۆرە نییە. «هەموو» هەڵبژێرە بۆ بینینی هەموو هەواڵەکان.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NoticeBar</name>
    <message>
        <location filename="../app/desktop/pages/noticebar.cpp" line="+26"/>
        <source>Notice</source>
        <translation>تێبینی</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Close this notice</source>
        <translation>داخستنی ئەم تێبینییە</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationCenter</name>
    <message>
        <location filename="../app/desktop/notify/notificationcenter.cpp" line="+44"/>
        <source>Notifications (%1)</source>
        <translation>ئاگادارکردنەوەکان (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notifications</source>
        <translation>ئاگادارکردنەوەکان</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>News from %1 (%2)</source>
        <translation>هەواڵ لە %1 (%2)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationsDialog</name>
    <message>
        <location filename="../app/desktop/notify/notificationsdialog.cpp" line="+27"/>
        <source>No notifications yet. New local news of your towns appear here.</source>
        <translation>هێشتا هیچ ئاگادارکردنەوەیەک نییە. هەواڵی نوێی ناوخۆیی شارەکانت لێرە دەردەکەون.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>پاککردنەوە</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>ئاگادارکردنەوەکان</translation>
    </message>
    <message>
        <location filename="../app/desktop/notify/notificationlistmodel.cpp" line="+55"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationsPanel</name>
    <message>
        <location filename="../app/desktop/settings/notificationspanel.cpp" line="+30"/>
        <source>Show a notification when a town publishes news in a language:</source>
        <translation>کاتێک شارێک هەواڵ بە زمانێک بڵاو دەکاتەوە ئاگادارکردنەوە پیشان بدە:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> min</source>
        <translation> خولەک</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Look for news every</source>
        <translation>گەڕان بەدوای هەواڵدا هەر</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::OfferForm</name>
    <message>
        <location filename="../app/desktop/pages/offerform.cpp" line="+27"/>
        <source>Continue to %1</source>
        <translation>بەردەوامبە بۆ %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PackImport</name>
    <message>
        <location filename="../app/desktop/settings/packimport.cpp" line="+28"/>
        <source>Could not open the local store: %1</source>
        <translation>کۆگای ناوخۆیی نەکرایەوە: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The content pack %1 was not imported: %2 Nothing on this computer was changed.</source>
        <translation>پاکێجی ناوەڕۆکی %1 هاوردە نەکرا: %2 هیچ شتێک لەسەر ئەم کۆمپیوتەرە نەگۆڕدرا.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported from the content pack: %1 in %2.</source>
        <translation>لە پاکێجی ناوەڕۆکەوە هاوردە کرا: %1 بە %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported, because this computer has newer content of %1 in %2. “Import anyway” replaces it with the older content of the pack.</source>
        <translation>هاوردە نەکرا، چونکە ئەم کۆمپیوتەرە ناوەڕۆکی نوێتری %1 بە %2ی هەیە. «هەر هاوردەی بکە» ئەو ناوەڕۆکە بە ناوەڕۆکە کۆنترەکەی پاکێجەکە دەگۆڕێت.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The content pack %1 holds no language.</source>
        <translation>پاکێجی ناوەڕۆکی %1 هیچ زمانێکی تێدا نییە.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PackImportPanel</name>
    <message>
        <location filename="../app/desktop/settings/packimportpanel.cpp" line="+23"/>
        <source>Import content pack…</source>
        <translation>هاوردەکردنی پاکێجی ناوەڕۆک…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import anyway</source>
        <translation>هەر هاوردەی بکە</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a region&apos;s content from a file made with “integreat-cli pack export” (for computers without fast internet).</source>
        <translation>ناوەڕۆکی ناوچەیەک لە فایلێک هاوردە بکە کە بە “integreat-cli pack export” دروستکراوە (بۆ ئەو کۆمپیوتەرانەی ئینتەرنێتی خێرایان نییە).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing the content pack</source>
        <translation>پاکێجی ناوەڕۆک هاوردە دەکرێت</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Replaces this computer&apos;s newer content with the older content of the pack.</source>
        <translation>ناوەڕۆکی نوێتری ئەم کۆمپیوتەرە بە ناوەڕۆکە کۆنترەکەی پاکێجەکە دەگۆڕێت.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import content pack</source>
        <translation>هاوردەکردنی پاکێجی ناوەڕۆک</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Integreat content packs (*.integreat-pack)</source>
        <translation>پاکێجەکانی ناوەڕۆکی Integreat (*.integreat-pack)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Waiting for the running update to finish…</source>
        <translation>چاوەڕێی تەواوبوونی نوێکردنەوەی ئێستا دەکرێت…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing the content pack…</source>
        <translation>پاکێجی ناوەڕۆک هاوردە دەکرێت…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PageHtml</name>
    <message>
        <location filename="../app/desktop/pages/pagehtml.cpp" line="+108"/>
        <source>Last updated on %1</source>
        <translation>دوایین نوێکردنەوە لە %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Published on %1</source>
        <translation>بڵاوکراوەتەوە لە %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This page has no text yet.</source>
        <translation>ئەم پەڕەیە هێشتا هیچ دەقێکی نییە.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Imprint</source>
        <translation>ناسنامەی بڵاوکەرەوە</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Contact form: write to the town&apos;s team</source>
        <translation>فۆڕمی پەیوەندی: بۆ تیمی شارەکە بنووسە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online offer: opens in your browser</source>
        <translation>خزمەتگوزاری ئۆنلاین: لە وێبگەڕەکەتدا دەکرێتەوە</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This page is provided by %1</source>
        <translation>ئەم پەڕەیە لەلایەن %1 ەوە پێشکەش کراوە</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PinPad</name>
    <message>
        <location filename="../app/desktop/kiosk/pinpad.cpp" line="+22"/>
        <source>Administrator PIN</source>
        <translation>PINی بەڕێوەبەر</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete</source>
        <translation>سڕینەوە</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>باشە</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the PIN to open the administration.</source>
        <translation>PIN بنووسە بۆ کردنەوەی بەڕێوەبردن.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceDetailHtml</name>
    <message>
        <location filename="../app/desktop/places/placedetailhtml.cpp" line="+82"/>
        <source>%1 km away</source>
        <translation>%1 کم دوور</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open all day</source>
        <translation>هەموو ڕۆژ کراوەیە</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>داخراوە</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open now</source>
        <translation>ئێستا کراوەیە</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed now</source>
        <translation>ئێستا داخراوە</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>بە شێوەی کاتی داخراوە</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Only with an appointment</source>
        <translation>تەنها بە وادە</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with an appointment</source>
        <translation>بە وادە</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>✓ Barrier-free</source>
        <translation>✓ بێ بەربەست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Not barrier-free</source>
        <translation>✗ بێ بەربەست نییە</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Address</source>
        <translation>ناونیشان</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Navigate (opens a map)</source>
        <translation>ڕێنوێنی (نەخشەیەک دەکاتەوە)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening hours</source>
        <translation>کاتەکانی کردنەوە</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Make an appointment</source>
        <translation>وادەیەک بگرە</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Contacts</source>
        <translation>پەیوەندییەکان</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact information</source>
        <translation>زانیاری پەیوەندی</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone</source>
        <translation>تەلەفۆن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile</source>
        <translation>مۆبایل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>ئیمەیڵ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website</source>
        <translation>ماڵپەڕ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment</source>
        <translation>وادە</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office hours</source>
        <translation>کاتەکانی کار</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About this place</source>
        <translation>دەربارەی ئەم شوێنە</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events here</source>
        <translation>چالاکییەکانی ئێرە</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceFiltersDialog</name>
    <message>
        <location filename="../app/desktop/places/placefiltersdialog.cpp" line="+25"/>
        <source>Only places open now</source>
        <translation>تەنها ئەو شوێنانەی ئێستا کراوەن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only barrier-free places</source>
        <translation>تەنها شوێنە بێ بەربەستەکان</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter places</source>
        <translation>پاڵاوتنی شوێنەکان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>پۆل</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reset filters</source>
        <translation>لابردنی پاڵاوتنەکان</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Show %n place(s)</source>
        <translation>
            <numerusform>پیشاندانی %n شوێن</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceListPanel</name>
    <message>
        <location filename="../app/desktop/places/placelistpanel.cpp" line="+26"/>
        <source>Show all places</source>
        <translation>پیشاندانی هەموو شوێنەکان</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Search in places</source>
        <translation>گەڕان لە شوێنەکاندا</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+100"/>
        <source>Filters…</source>
        <translation>پاڵاوتنەکان…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Places</source>
        <translation>شوێنەکان</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open now</source>
        <translation>ئێستا کراوەیە</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed now</source>
        <translation>ئێستا داخراوە</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temporarily closed</source>
        <translation>بە شێوەی کاتی داخراوە</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>open now</source>
        <translation>ئێستا کراوەیە</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>barrier-free</source>
        <translation>بێ بەربەست</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Filters (%1)…</source>
        <translation>پاڵاوتنەکان (%1)…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlacesSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/placessection.cpp" line="+31"/>
        <source>Places</source>
        <translation>شوێنەکان</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>This place is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>ئەم شوێنە لەسەر ئەم کۆمپیوتەرە نییە. لەوانەیە لابرابێت، یان لە دوایین نوێکردنەوە نوێتر بێت.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlacesView</name>
    <message>
        <location filename="../app/desktop/places/placesview.cpp" line="+65"/>
        <source>← All places</source>
        <translation>→ هەموو شوێنەکان</translation>
    </message>
    <message>
        <location filename="../app/desktop/places/placesviewtiles.cpp" line="+56"/>
        <source>No map of %1 to show. Map tiles need an internet connection or an offline map file (an administrator can import one with “integreat-cli import-tiles”). The places stand on a plain background; the list and the details work without it.</source>
        <translation>هیچ نەخشەیەکی %1 نییە بۆ پیشاندان. تایلەکانی نەخشە پێویستیان بە ئینتەرنێت یان فایلێکی نەخشەی ئۆفلاین هەیە (بەڕێوەبەرێک دەتوانێت بە “integreat-cli import-tiles” یەکێک هاوردە بکات). شوێنەکان لەسەر پاشبنەمایەکی سادە دەردەکەون؛ لیست و وردەکارییەکان بەبێ نەخشەش کار دەکەن.</translation>
    </message>
    <message>
        <location filename="../app/desktop/places/placesview.cpp" line="-5"/>
        <source>Places and map</source>
        <translation>شوێنەکان و نەخشە</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Place</source>
        <translation>شوێن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All places</source>
        <translation>هەموو شوێنەکان</translation>
    </message>
    <message numerus="yes">
        <location line="+162"/>
        <source>%n place(s) at this spot</source>
        <translation>
            <numerusform>%n شوێن لەم خاڵەدا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n place(s), nearest first</source>
        <translation>
            <numerusform>%n شوێن، نزیکترین یەکەم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n place(s), A–Z</source>
        <translation>
            <numerusform>%n شوێن، A–Z</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no places for this town yet. They appear here after the next download.</source>
        <translation>هێشتا هیچ شوێنێک بۆ ئەم شارە نییە. دوای داگرتنی داهاتوو لێرە دەردەکەون.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No place matches. Change the filters or the search.</source>
        <translation>هیچ شوێنێک ناگونجێت. پاڵاوتنەکان یان گەڕانەکە بگۆڕە.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::QrCard</name>
    <message>
        <location filename="../app/desktop/kiosk/qrcard.cpp" line="+19"/>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scan the code with your phone&apos;s camera to take this with you.</source>
        <translation>کۆدەکە بە کامێرای تەلەفۆنەکەت بخوێنەوە بۆ ئەوەی ئەمە لەگەڵ خۆت ببەیت.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Call this number</source>
        <translation>پەیوەندی بەم ژمارەیەوە بکە</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an e-mail</source>
        <translation>ئیمەیڵێک بنووسە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this on your phone</source>
        <translation>ئەمە لەسەر تەلەفۆنەکەت بکەرەوە</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(too long for a QR code)</source>
        <translation>(زۆر درێژە بۆ کۆدی QR)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::QrDialog</name>
    <message>
        <location filename="../app/desktop/counsel/qrdialog.cpp" line="+20"/>
        <source>QR code</source>
        <translation>کۆدی QR</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QR code of the link</source>
        <translation>کۆدی QRی بەستەرەکە</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Scan the code to open this on your phone</source>
        <translation>کۆدەکە سکان بکە بۆ ئەوەی ئەمە لەسەر مۆبایلەکەت بکەیتەوە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the code to open “%1” on your phone</source>
        <translation>کۆدەکە سکان بکە بۆ ئەوەی “%1” لەسەر مۆبایلەکەت بکەیتەوە</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ReadAloudPanel</name>
    <message>
        <location filename="../app/desktop/counsel/readaloudpanel.cpp" line="+20"/>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading and close</source>
        <translation>خوێندنەوە ڕابگرە و دایبخە</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionButton</name>
    <message>
        <location filename="../app/desktop/mainwindow/regionbutton.cpp" line="+33"/>
        <source>Town</source>
        <translation>شار</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>گۆڕین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read about another town</source>
        <translation>دەربارەی شارێکی تر بخوێنەوە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change town</source>
        <translation>گۆڕینی شار</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Town: %1</source>
        <translation>شار: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Find another town…</source>
        <translation>شارێکی تر بدۆزەرەوە…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionList</name>
    <message>
        <location filename="../app/desktop/firstrun/regionlist.cpp" line="+21"/>
        <source>Regions</source>
        <translation>ناوچەکان</translation>
    </message>
    <message>
        <location filename="../app/desktop/firstrun/regionlistmodel.cpp" line="+58"/>
        <source>Nearby</source>
        <translation>نزیک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions near you</source>
        <translation>ناوچەکانی نزیک تۆ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Regions starting with %1</source>
        <translation>ناوچەکان کە بە %1 دەست پێدەکەن</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1 (%2)</source>
        <comment>region name (matching aliases)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Also for: %1</source>
        <translation>هەروەها بۆ: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionPage</name>
    <message>
        <location filename="../app/desktop/firstrun/regionpage.cpp" line="+42"/>
        <source>Try again</source>
        <translation>دووبارە هەوڵ بدەرەوە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the demo town</source>
        <translation>شاری نموونە تاقی بکەرەوە</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where do you live?</source>
        <translation>لە کوێ دەژیت؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your town or district. Its local information is then downloaded so that you can read it without internet.</source>
        <translation>شار یان قەزاکەت هەڵبژێرە. پاشان زانیاری ناوخۆییەکەی دادەگیرێت بۆ ئەوەی بە بێ ئینتەرنێت بیخوێنیتەوە.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search, e.g. Landkreis München</source>
        <translation>گەڕان، بۆ نموونە Landkreis München</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search for a region</source>
        <translation>گەڕان بەدوای ناوچەیەکدا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of regions found</source>
        <translation>ژمارەی ناوچە دۆزراوەکان</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the list of regions…</source>
        <translation>لیستی ناوچەکان بار دەکرێت…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the list of regions</source>
        <translation>لیستی ناوچەکان بار دەکرێت</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meanwhile you can look around in Musterstadt, a made-up demo town that comes with the app (in German, English and Arabic).</source>
        <translation>لەو کاتەدا دەتوانیت سەیری Musterstadt بکەیت، شارێکی نموونەی دروستکراو کە لەگەڵ ئەپەکە دێت (بە ئەڵمانی، ئینگلیزی و عەرەبی).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No connection</source>
        <translation>پەیوەندی نییە</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The Integreat server cannot be reached right now, so the list of regions is not available. Please check your internet connection and try again.</source>
        <translation>ئێستا ناتوانرێت بگەیت بە سێرڤەری Integreat، بۆیە لیستی ناوچەکان بەردەست نییە. تکایە پەیوەندی ئینتەرنێتەکەت بپشکنە و دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app is in offline mode, so the list of regions cannot be loaded.</source>
        <translation>ئەپەکە لە دۆخی ئۆفلایندایە، بۆیە لیستی ناوچەکان بار ناکرێت.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No town found for “%1”. Check the spelling, or try your district (Landkreis) or a town nearby: not every town takes part in Integreat yet.</source>
        <translation>هیچ شارێک بۆ “%1” نەدۆزرایەوە. ڕێنووسەکە بپشکنە، یان قەزاکەت (Landkreis) یان شارێکی نزیک تاقی بکەرەوە: هێشتا هەموو شارێک بەشدار نییە لە Integreat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Regions: %1</source>
        <translation>ناوچەکان: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions found: %1</source>
        <translation>ناوچە دۆزراوەکان: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RelativeTime</name>
    <message>
        <location filename="../app/desktop/presentation/relativetime.cpp" line="+13"/>
        <source>Not updated yet</source>
        <translation>هێشتا نوێ نەکراوەتەوە</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated just now</source>
        <translation>ئێستا نوێ کرایەوە</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated 1 minute ago</source>
        <translation>١ خولەک لەمەوبەر نوێ کرایەوە</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>%n خولەک لەمەوبەر نوێ کرایەوە</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated 1 hour ago</source>
        <translation>١ کاتژمێر لەمەوبەر نوێ کرایەوە</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>%n کاتژمێر لەمەوبەر نوێ کرایەوە</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated yesterday</source>
        <translation>دوێنێ نوێ کرایەوە</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Updated %n days ago</source>
        <translation>
            <numerusform>%n ڕۆژ لەمەوبەر نوێ کرایەوە</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated on %1</source>
        <translation>لە %1 نوێ کرایەوە</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SearchView</name>
    <message>
        <location filename="../app/desktop/search/searchview.cpp" line="+61"/>
        <source>Search results</source>
        <translation>ئەنجامەکانی گەڕان</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Search: “%1”</source>
        <translation>گەڕان: “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching…</source>
        <translation>گەڕان…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Page</source>
        <translation>پەڕە</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>چالاکی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>شوێن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>News</source>
        <translation>هەواڵ</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Only in %1</source>
        <translation>تەنها بە %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text excerpt in %1</source>
        <translation>پارچەیەک لە دەق بە %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The search did not work: %1</source>
        <translation>گەڕانەکە کاری نەکرد: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing found for “%1”.
Try other or fewer words.</source>
        <translation>هیچ شتێک بۆ “%1” نەدۆزرایەوە.
وشەی تر یان کەمتر تاقی بکەرەوە.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found in %1 or in German for “%2”.
Try other or fewer words, or a German word you know from a letter.</source>
        <translation>هیچ شتێک بە %1 یان بە ئەڵمانی بۆ “%2” نەدۆزرایەوە.
وشەی تر یان کەمتر تاقی بکەرەوە، یان وشەیەکی ئەڵمانی کە لە نامەیەکەوە دەیزانیت.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n or more results</source>
        <translation>
            <numerusform>%n ئەنجام یان زیاتر</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 result</source>
        <translation>١ ئەنجام</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n ئەنجام</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n or more results in %1 and German</source>
        <translation>
            <numerusform>%n ئەنجام یان زیاتر بە %1 و ئەڵمانی</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 result in %1 and German</source>
        <translation>١ ئەنجام بە %1 و ئەڵمانی</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n results in %1 and German</source>
        <translation>
            <numerusform>%n ئەنجام بە %1 و ئەڵمانی</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results for “%1”</source>
        <translation>ئەنجامەکان بۆ “%1”</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SectionBar</name>
    <message>
        <location filename="../app/desktop/mainwindow/sectionbar.cpp" line="+47"/>
        <source>Sections</source>
        <translation>بەشەکان</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SectionShell</name>
    <message>
        <location filename="../app/desktop/mainwindow/sectionshell.cpp" line="+15"/>
        <source>What the section chosen in the section tabs shows</source>
        <translation>ئەوەی بەشە هەڵبژێردراوەکە لە تابەکانی بەشەکاندا پیشانی دەدات</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SettingsDialog</name>
    <message>
        <location filename="../app/desktop/settings/settingsdialog.cpp" line="+47"/>
        <source>High contrast</source>
        <translation>کۆنتراستی بەرز</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Settings</source>
        <translation>ڕێکخستنەکان</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+20"/>
        <source>Language of the app</source>
        <translation>زمانی ئەپ</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Like the system (%1)</source>
        <translation>وەک سیستەم (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Menus and messages use this language from the next start. The language of the content is chosen above each page.</source>
        <translation>لیست و پەیامەکان لە دەستپێکردنی داهاتووەوە ئەم زمانە بەکاردەهێنن. زمانی ناوەڕۆک لە سەرەوەی هەر پەڕەیەک هەڵدەبژێردرێت.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+20"/>
        <source>Text size</source>
        <translation>قەبارەی دەق</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading</source>
        <translation>خوێندنەوە</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>ئاگادارکردنەوەکان</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> h</source>
        <translation> کاتژمێر</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Update saved towns every</source>
        <translation>شارە پاشەکەوتکراوەکان نوێ بکەرەوە هەر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer is shared (counseling): show End session in the window</source>
        <translation>ئەم کۆمپیوتەرە هاوبەشە (ڕاوێژکاری): «کۆتایی دانیشتن» لە پەنجەرەکەدا پیشان بدە</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shared computer</source>
        <translation>کۆمپیوتەری هاوبەش</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved content</source>
        <translation>ناوەڕۆکی پاشەکەوتکراو</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>End the session automatically when not in use</source>
        <translation>کۆتاییهێنانی خۆکاری دانیشتن کاتێک بەکارنایەت</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>minutes without use</source>
        <translation>خولەک بێ بەکارهێنان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes without use before the session ends</source>
        <translation>خولەکەکانی بێ بەکارهێنان پێش کۆتاییهاتنی دانیشتن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before it ends, a countdown asks whether someone is still there; any key or mouse movement keeps the session. On a shared computer the app also keeps no language, town, news read or folder of a client.</source>
        <translation>پێش کۆتاییهاتن، ژماردنێکی پێچەوانە دەپرسێت ئایا کەسێک هێشتا لێرەیە؛ هەر کلیلێک یان جووڵەیەکی ماوس دانیشتنەکە دەهێڵێتەوە. لەسەر کۆمپیوتەری هاوبەش بەرنامەکە هیچ زمان، شار، هەواڵی خوێندراوە یان فۆڵدەری کڕیارێکیش ناهێڵێتەوە.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SideBySidePane</name>
    <message>
        <location filename="../app/desktop/counsel/sidebysidepane.cpp" line="+43"/>
        <source>Second language</source>
        <translation>زمانی دووەم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Swap sides</source>
        <translation>لاکان بگۆڕەوە</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>%1 (not downloaded)</source>
        <translation>%1 (دانەگیراوە)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not saved on this computer yet. Download it to show this beside the page (this needs the internet).</source>
        <translation>%1 هێشتا لەسەر ئەم کۆمپیوتەرە پاشەکەوت نەکراوە. دایبگرە بۆ ئەوەی لە تەنیشت پەڕەکەوە پیشان بدرێت (ئینتەرنێتی پێویستە).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download %1</source>
        <translation>داگرتنی %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Downloading %1…</source>
        <translation>%1 دادەگیرێت…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading %1: %2</source>
        <translation>%1 دادەگیرێت: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1 دانەگیرا: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open a page, an event, a place or a news item to see it here in a second language.</source>
        <translation>پەڕەیەک، چالاکییەک، شوێنێک یان هەواڵێک بکەرەوە بۆ ئەوەی لێرە بە زمانێکی دووەم بیبینیت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“Print this week&apos;s events…” in the menu prints them in both languages.</source>
        <translation>«چاپکردنی چالاکییەکانی ئەم هەفتەیە…» لە مێنیوەکەدا بە هەردوو زمان چاپیان دەکات.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only one language of this town is saved: choose a second language above to download it.</source>
        <translation>تەنها یەک زمانی ئەم شارە پاشەکەوت کراوە: لە سەرەوە زمانێکی دووەم هەڵبژێرە بۆ داگرتنی.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Side by side shows pages, events, places and news items; this is not one of them.</source>
        <translation>«لە تەنیشت یەک» پەڕە، چالاکی، شوێن و هەواڵەکان پیشان دەدات؛ ئەمە یەکێک لەوانە نییە.</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>Second language:</source>
        <translation>زمانی دووەم:</translation>
    </message>
    <message>
        <location line="+327"/>
        <source>This does not exist in %1. It exists in: %2.</source>
        <translation>ئەمە بە %1 بوونی نییە. بەم زمانانە هەیە: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other language</source>
        <translation>هیچ زمانێکی تر</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SingleInstance</name>
    <message>
        <location filename="../app/desktop/shell/singleinstance.cpp" line="+141"/>
        <source>The running Integreat did not answer in time; it opens the link when it can.</source>
        <translation>ئەو Integreatەی کار دەکات لە کاتی خۆیدا وەڵامی نەدایەوە؛ کاتێک توانی بەستەرەکە دەکاتەوە.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The running Integreat did not accept the link.</source>
        <translation>ئەو Integreatەی کار دەکات بەستەرەکەی وەرنەگرت.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot watch for a second start of Integreat: %1</source>
        <translation>ناتوانرێت چاودێری دەستپێکردنی دووەمی Integreat بکرێت: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StartScreen</name>
    <message>
        <location filename="../app/desktop/kiosk/startscreen.cpp" line="+42"/>
        <source>Other town</source>
        <translation>شارێکی تر</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoragePanel</name>
    <message>
        <location filename="../app/desktop/settings/storagepanel.cpp" line="+37"/>
        <source>Delete saved content?</source>
        <translation>ناوەڕۆکی پاشەکەوتکراو بسڕدرێتەوە؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete everything saved about %1 from this computer? You can download it again later.</source>
        <translation>هەموو ئەوەی دەربارەی %1 پاشەکەوت کراوە لەم کۆمپیوتەرە بسڕدرێتەوە؟ دەتوانیت دواتر دووبارە دایبگریتەوە.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Data folder</source>
        <translation>فۆڵدەری داتا</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved in: %1</source>
        <translation>پاشەکەوت کراوە لە: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting…</source>
        <translation>دەژمێردرێت…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Space used: %1</source>
        <translation>شوێنی بەکارهاتوو: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 language</source>
        <translation>١ زمان</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n languages</source>
        <translation>
            <numerusform>%n زمان</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>سڕینەوە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved content of %1</source>
        <translation>سڕینەوەی ناوەڕۆکی پاشەکەوتکراوی %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline map…</source>
        <translation>نەخشەی ئۆفلاین…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offline map is imported; choose a file to replace it.</source>
        <translation>نەخشەیەکی ئۆفلاین هاوردە کراوە؛ فایلێک هەڵبژێرە بۆ جێگرتنەوەی.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an offline map (.mbtiles) for the places.</source>
        <translation>نەخشەیەکی ئۆفلاین (.mbtiles) بۆ شوێنەکان هاوردە بکە.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Offline map</source>
        <translation>نەخشەی ئۆفلاین</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>MBTiles maps (*.mbtiles)</source>
        <translation>نەخشەکانی MBTiles (*.mbtiles)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No town is saved on this computer.</source>
        <translation>هیچ شارێک لەسەر ئەم کۆمپیوتەرە پاشەکەوت نەکراوە.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not delete</source>
        <translation>نەسڕدرایەوە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved content could not be deleted: %1</source>
        <translation>ناوەڕۆکی پاشەکەوتکراو نەسڕدرایەوە: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoreGuard</name>
    <message>
        <location filename="../app/desktop/common/storeguard.cpp" line="+33"/>
        <source>The saved content could not be read: %1</source>
        <translation>ناوەڕۆکی پاشەکەوتکراو نەخوێنرایەوە: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoreOpener</name>
    <message>
        <location filename="../app/desktop/shell/storeopener.cpp" line="+31"/>
        <location line="+59"/>
        <source>Integreat</source>
        <translation>Integreat</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>cannot create the folder %1</source>
        <translation>ناتوانرێت فۆڵدەری %1 دروست بکرێت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved content cannot be opened: %1 (%2)</source>
        <translation>ناوەڕۆکی پاشەکەوتکراو ناکرێتەوە: %1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The damaged file could not be moved aside: %1</source>
        <translation>فایلە تێکچووەکە لانەبرا: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The saved content cannot be opened: %1</source>
        <translation>ناوەڕۆکی پاشەکەوتکراو ناکرێتەوە: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Downloading %1 again …</source>
        <translation>%1 دووبارە دادەگیرێت …</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncController</name>
    <message>
        <location filename="../app/desktop/sync/synccontroller.cpp" line="+48"/>
        <source>Offline mode: no network is used.</source>
        <translation>دۆخی ئۆفلاین: هیچ تۆڕێک بەکارناهێنرێت.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncPage</name>
    <message>
        <location filename="../app/desktop/firstrun/syncpage.cpp" line="+55"/>
        <source>Downloading the local information</source>
        <translation>زانیاری ناوخۆیی دادەگیرێت</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download progress</source>
        <translation>پێشکەوتنی داگرتن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download status</source>
        <translation>دۆخی داگرتن</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 – this takes a moment. You can cancel at any time; what is already on this computer stays as it was.</source>
        <translation>%1 – ئەمە کەمێک کاتی دەوێت. دەتوانیت هەر کاتێک بیەوێت هەڵیبوەشێنیتەوە؛ ئەوەی لەسەر ئەم کۆمپیوتەرەیە وەک خۆی دەمێنێتەوە.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Connecting…</source>
        <translation>پەیوەندی دەکرێت…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>هەڵدەوەشێنرێتەوە…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 of %2 – %3: %4</source>
        <translation>%1 لە %2 – %3: %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Downloading images and documents: %1 of %2</source>
        <translation>وێنە و بەڵگەنامەکان دادەگیرێن: %1 لە %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation>هەڵوەشێنرایەوە.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No answer for this language.</source>
        <translation>هیچ وەڵامێک بۆ ئەم زمانە نییە.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing could be downloaded.</source>
        <translation>هیچ شتێک دانەگیرا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some languages could not be downloaded. You can retry them or continue with what is there.</source>
        <translation>هەندێک زمان دانەگیران. دەتوانیت دووبارە هەوڵیان بدەیتەوە یان لەگەڵ ئەوەی هەیە بەردەوام بیت.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done.</source>
        <translation>تەواو.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncPresenter</name>
    <message>
        <location filename="../app/desktop/mainwindow/syncpresenter.cpp" line="+46"/>
        <source>This is a demo town with example content: there is nothing to update. Choose your own town with “Change” to get its content.</source>
        <translation>ئەمە شارێکی نموونەیە بە ناوەڕۆکی نموونەیی: هیچ شتێک بۆ نوێکردنەوە نییە. بە «گۆڕین» شاری خۆت هەڵبژێرە بۆ وەرگرتنی ناوەڕۆکەکەی.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An update is running. Please try again when it is done.</source>
        <translation>نوێکردنەوەیەک کار دەکات. تکایە کاتێک تەواو بوو دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Updating…</source>
        <translation>نوێ دەکرێتەوە…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 لە %4)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The language could not be downloaded: %1</source>
        <translation>زمانەکە دانەگیرا: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncStateWidget</name>
    <message>
        <location filename="../app/desktop/mainwindow/syncstatewidget.cpp" line="+30"/>
        <location line="+1"/>
        <location line="+168"/>
        <source>Offline</source>
        <translation>ئۆفلاین</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Update state</source>
        <translation>دۆخی نوێکردنەوە</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>%n خولەک لەمەوبەر نوێ کرایەوە</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>%n کاتژمێر لەمەوبەر نوێ کرایەوە</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated yesterday</source>
        <translation>دوێنێ نوێ کرایەوە</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not updated yet</source>
        <translation>هێشتا نوێ نەکراوەتەوە</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+106"/>
        <source>Update failed</source>
        <translation>نوێکردنەوە سەرکەوتوو نەبوو</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+102"/>
        <source>Updating…</source>
        <translation>نوێ دەکرێتەوە…</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+99"/>
        <source>Example content</source>
        <translation>ناوەڕۆکی نموونە</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+103"/>
        <source>Updating elsewhere</source>
        <translation>لە شوێنێکی تر نوێ دەکرێتەوە</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+121"/>
        <source>Sync now</source>
        <translation>ئێستا هاوکاتی بکە</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+121"/>
        <source>Stop</source>
        <translation>ڕاگرتن</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Another update is running.</source>
        <translation>نوێکردنەوەیەکی تر لە کاردایە.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Another program is updating the content on this computer. Try Sync now again when it is done.</source>
        <translation>بەرنامەیەکی تر ناوەڕۆکی سەر ئەم کۆمپیوتەرە نوێ دەکاتەوە. کاتێک تەواو بوو دووبارە «ئێستا هاوکاتی بکە» تاقی بکەرەوە.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a demo town with example content. It is not updated from a server; choose your town to get its real content.</source>
        <translation>ئەمە شارێکی نموونەیە بە ناوەڕۆکی نموونەیی. لە سێرڤەرەوە نوێ ناکرێتەوە؛ شارەکەت هەڵبژێرە بۆ وەرگرتنی ناوەڕۆکی ڕاستەقینەی.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo</source>
        <translation>نموونە</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop the update; the saved content stays as it is</source>
        <translation>نوێکردنەوەکە ڕابگرە؛ ناوەڕۆکی پاشەکەوتکراو وەک خۆی دەمێنێتەوە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the latest content (F5)</source>
        <translation>داگرتنی نوێترین ناوەڕۆک (F5)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncWorker</name>
    <message>
        <location filename="../app/desktop/sync/syncworker.cpp" line="+44"/>
        <source>Could not create the data folder %1.</source>
        <translation>فۆڵدەری داتای %1 دروست نەکرا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not open the local store: %1</source>
        <translation>کۆگای ناوخۆیی نەکرایەوە: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelled.</source>
        <translation>هەڵوەشێنرایەوە.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SystemNotifier</name>
    <message>
        <location filename="../app/desktop/notify/systemnotifier.cpp" line="+40"/>
        <source>Integreat</source>
        <translation>Integreat</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::TouchKeyboard</name>
    <message>
        <location filename="../app/desktop/kiosk/touchkeyboard.cpp" line="+44"/>
        <source>There is no on-screen keyboard for this language yet: type with Latin letters.</source>
        <translation>هێشتا تەختەکلیلی سەر شاشە بۆ ئەم زمانە نییە: بە پیتی لاتینی بنووسە.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Shift</source>
        <translation>دوگمەی Shift</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete</source>
        <translation>سڕینەوە</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other letters: %1</source>
        <translation>پیتی تر: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Space</source>
        <translation>بۆشایی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide the keyboard</source>
        <translation>تەختەکلیل بشارەوە</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackOutbox</name>
    <message>
        <location filename="../core/feedback/feedbackoutbox.cpp" line="+33"/>
        <source>Sending your feedback…</source>
        <translation>ڕاوبۆچوونەکەت دەنێردرێت…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your feedback will be sent when this computer is online.</source>
        <translation>ڕاوبۆچوونەکەت دەنێردرێت کاتێک ئەم کۆمپیوتەرە بە ئینتەرنێتەوە بەسترا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your feedback will be sent when this computer is online, if the app stays open: on a shared computer it is not saved.</source>
        <translation>ڕاوبۆچوونەکەت دەنێردرێت کاتێک ئەم کۆمپیوتەرە بە ئینتەرنێتەوە بەسترا، ئەگەر بەرنامەکە کراوە بمێنێت: لەسەر کۆمپیوتەری هاوبەش پاشەکەوت ناکرێت.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your feedback could not be sent.</source>
        <translation>ڕاوبۆچوونەکەت نەنێردرا.</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackResult</name>
    <message>
        <location filename="../core/feedback/feedbacksender.cpp" line="+24"/>
        <source>Thank you! Your feedback was sent to the town&apos;s editors.</source>
        <translation>سوپاس! ڕاوبۆچوونەکەت بۆ دەستکاریکەرانی شار نێردرا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline: your feedback was not sent.</source>
        <translation>تۆ ئۆفلاینیت: ڕاوبۆچوونەکەت نەنێردرا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Integreat server has a problem (error %1): your feedback was not sent.</source>
        <translation>سێرڤەری Integreat کێشەی هەیە (هەڵەی %1): ڕاوبۆچوونەکەت نەنێردرا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too much feedback was sent from here in a short time: your feedback was not sent yet.</source>
        <translation>لە ماوەیەکی کورتدا ڕاوبۆچوونی زۆر لێرەوە نێردراوە: ڕاوبۆچوونەکەت هێشتا نەنێردراوە.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Integreat server did not accept this feedback (error %1).</source>
        <translation>سێرڤەری Integreat ئەم ڕاوبۆچوونەی قبووڵ نەکرد (هەڵەی %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Integreat server did not accept this feedback (error %1): %2</source>
        <translation>سێرڤەری Integreat ئەم ڕاوبۆچوونەی قبووڵ نەکرد (هەڵەی %1): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your feedback could not be sent: %1</source>
        <translation>ڕاوبۆچوونەکەت نەنێردرا: %1</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackSender</name>
    <message>
        <location line="+16"/>
        <source>a thumb or a comment is needed</source>
        <translation>«بەڵێ» یان «نەخێر» یان لێدوانێک پێویستە</translation>
    </message>
</context>
<context>
    <name>integreat::geo</name>
    <message>
        <location filename="../core/geo/tileimport.cpp" line="+23"/>
        <source>%1 is not a region code.</source>
        <translation>%1 کۆدی ناوچە نییە.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the folder for offline maps in %1.</source>
        <translation>ناتوانرێت فۆڵدەر بۆ نەخشە ئۆفلاینەکان لە %1 دروست بکرێت.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot copy %1 into the data folder.</source>
        <translation>ناتوانرێت %1 بۆ فۆڵدەری داتا لەبەر بگیرێتەوە.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot replace the offline map %1.</source>
        <translation>ناتوانرێت نەخشەی ئۆفلاینی %1 جێگرەوە بکرێت.</translation>
    </message>
</context>
<context>
    <name>integreat::geo::MbtilesSource</name>
    <message>
        <location filename="../core/geo/mbtilessource.cpp" line="+55"/>
        <source>The map file %1 does not exist.</source>
        <translation>فایلی نەخشەی %1 بوونی نییە.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not an MBTiles map file (not an SQLite database).</source>
        <translation>%1 فایلی نەخشەی MBTiles نییە (داتابەیسی SQLite نییە).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an MBTiles map file (it has no tiles or metadata table).</source>
        <translation>%1 فایلی نەخشەی MBTiles نییە (خشتەی tiles یان metadataی نییە).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not an MBTiles map file (its tiles table lacks the MBTiles columns).</source>
        <translation>%1 فایلی نەخشەی MBTiles نییە (خشتەی tilesی ستوونەکانی MBTilesی تێدا نییە).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds vector tiles (pbf); only raster maps (PNG, JPEG) can be shown.</source>
        <translation>%1 تایلی ڤێکتەری (pbf) تێدایە؛ تەنها نەخشەی وێنەیی (PNG، JPEG) پیشان دەدرێن.</translation>
    </message>
</context>
<context>
    <name>integreat::geo::OnlineTileSource</name>
    <message>
        <location filename="../core/geo/onlinetilesource.cpp" line="+182"/>
        <source>The tile server gave an unexpected answer (HTTP %1).</source>
        <translation>سێرڤەری تایل وەڵامێکی چاوەڕواننەکراوی دایەوە (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>integreat::kiosk::KioskConfig</name>
    <message>
        <location filename="../core/kiosk/kioskconfig.cpp" line="+18"/>
        <source>“%1” is not a region slug (like augsburg).</source>
        <translation>“%1” slugی ناوچە نییە (وەک augsburg).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a language code (like de or ar).</source>
        <translation>“%1” کۆدی زمان نییە (وەک de یان ar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The start language %1 is not among the languages %2.</source>
        <translation>زمانی دەستپێکی %1 لەناو زمانەکانی %2 دا نییە.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The idle time must be from %1 to %2 seconds.</source>
        <translation>کاتی بێکاری دەبێت لە %1 بۆ %2 چرکە بێت.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The countdown must be from 1 to %1 seconds.</source>
        <translation>ژماردنی پێچەوانە دەبێت لە 1 بۆ %1 چرکە بێت.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one section must be shown.</source>
        <translation>دەبێت لانیکەم یەک بەش پیشان بدرێت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown section “%1” (known: %2).</source>
        <translation>بەشی نەناسراو “%1” (ناسراوەکان: %2).</translation>
    </message>
</context>
<context>
    <name>integreat::kiosk::KioskConfigFile</name>
    <message>
        <location filename="../core/kiosk/kioskconfigfile.cpp" line="+77"/>
        <source>line %1: expected “key = value”</source>
        <translation>دێڕی %1: “key = value” چاوەڕوان دەکرا</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>line %1: unknown setting “%2”</source>
        <translation>دێڕی %1: ڕێکخستنی نەناسراو “%2”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: “%2” is not a valid value for %3</source>
        <translation>دێڕی %1: “%2” نرخێکی دروست نییە بۆ %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no [kiosk] section</source>
        <translation>هیچ بەشێکی [kiosk] نییە</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The kiosk configuration %1 does not exist; the kiosk runs locked with default settings and no PIN (run integreat-cli kiosk setup).</source>
        <translation>ڕێکخستنی کیۆسکی %1 بوونی نییە؛ کیۆسک بە داخراوی و بە ڕێکخستنی بنەڕەتی و بێ PIN کار دەکات (integreat-cli kiosk setup جێبەجێ بکە).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The kiosk configuration %1 cannot be read (%2); the kiosk runs locked with default settings and no PIN.</source>
        <translation>ڕێکخستنی کیۆسکی %1 ناخوێنرێتەوە (%2)؛ کیۆسک بە داخراوی و بە ڕێکخستنی بنەڕەتی و بێ PIN کار دەکات.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The kiosk configuration %1 is broken (%2); the kiosk runs locked with default settings and no PIN.</source>
        <translation>ڕێکخستنی کیۆسکی %1 تێکچووە (%2)؛ کیۆسک بە داخراوی و بە ڕێکخستنی بنەڕەتی و بێ PIN کار دەکات.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the folder of %1.</source>
        <translation>ناتوانرێت فۆڵدەری %1 دروست بکرێت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>ناتوانرێت %1 بنووسرێت: %2</translation>
    </message>
</context>
<context>
    <name>integreat::net::Fetcher</name>
    <message numerus="yes">
        <location filename="../core/net/fetcher.cpp" line="+63"/>
        <source>The server is busy and asks to try again in %n minute(s).</source>
        <translation>
            <numerusform>سێرڤەر سەرقاڵە و داوا دەکات دوای %n خولەک دووبارە هەوڵ بدرێتەوە.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>Cancelled.</source>
        <translation>هەڵوەشێنرایەوە.</translation>
    </message>
</context>
<context>
    <name>integreat::net::Proxy</name>
    <message>
        <location filename="../core/net/proxy.cpp" line="+41"/>
        <source>The proxy “%1” is not usable: give http://HOST:PORT, socks5://HOST:PORT or none.</source>
        <translation>proxyی “%1” بەکارنایەت: http://HOST:PORT، socks5://HOST:PORT یان none بنووسە.</translation>
    </message>
</context>
<context>
    <name>integreat::net::Transfer</name>
    <message>
        <location filename="../core/net/transfer.cpp" line="+79"/>
        <source>Cancelled.</source>
        <translation>هەڵوەشێنرایەوە.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+27"/>
        <source>The download is larger than %1 MB; it was stopped.</source>
        <translation>داگرتنەکە لە %1 MB گەورەترە؛ ڕاگیرا.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server sent the request on to %1, which is not allowed.</source>
        <translation>سێرڤەر داواکارییەکەی ناردەوە بۆ %1، کە ڕێگەپێدراو نییە.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <location line="+111"/>
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>سێرڤەر لە ماوەی %n چرکەدا وەڵامی نەدایەوە.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-99"/>
        <source>The server sent only %1 bytes in %n second(s), less than %2 bytes a second; the download was stopped.</source>
        <translation>
            <numerusform>سێرڤەر لە %n چرکەدا تەنها %1 بایتی نارد، کەمتر لە %2 بایت لە چرکەیەکدا؛ داگرتنەکە ڕاگیرا.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not found on the server (HTTP 404).</source>
        <translation>لەسەر سێرڤەر نەدۆزرایەوە (HTTP 404).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>سێرڤەر بە هەڵەیەک وەڵامی دایەوە (HTTP %1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+20"/>
        <source>The connection was closed before the download was complete.</source>
        <translation>پەیوەندییەکە پێش تەواوبوونی داگرتنەکە داخرا.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The server sent compressed data that cannot be unpacked safely (damaged, or far larger unpacked than sent); the download was stopped.</source>
        <translation>سێرڤەر داتای پەستێنراوی نارد کە بە سەلامەتی ناکرێتەوە (تێکچووە، یان دوای کردنەوە زۆر لەوەی نێردراوە گەورەترە)؛ داگرتنەکە ڕاگیرا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server %1 was not found; check the address and the internet connection.</source>
        <translation>سێرڤەری %1 نەدۆزرایەوە؛ ناونیشانەکە و پەیوەندی ئینتەرنێت بپشکنە.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 refused the connection.</source>
        <translation>سێرڤەری %1 پەیوەندییەکەی ڕەتکردەوە.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure connection to %1 could not be established: %2</source>
        <translation>پەیوەندی پارێزراو لەگەڵ %1 دانەمەزرا: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy could not be reached: %1</source>
        <translation>نەگەیشترا بە proxy: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy asks for a user name and password.</source>
        <translation>proxy ناوی بەکارهێنەر و وشەی نهێنی داوا دەکات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request on too many times.</source>
        <translation>سێرڤەر داواکارییەکەی زۆر جار ناردەوە.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request on from https to http, which is not allowed.</source>
        <translation>سێرڤەر داواکارییەکەی لە https ەوە ناردەوە بۆ http، کە ڕێگەپێدراو نییە.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no network connection.</source>
        <translation>هیچ پەیوەندییەکی تۆڕ نییە.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network error (code %1).</source>
        <translation>هەڵەی تۆڕ (کۆد %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error: %1</source>
        <translation>هەڵەی تۆڕ: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack</name>
    <message>
        <location filename="../core/pack/packexporter.cpp" line="+51"/>
        <source>Could not read %1: %2</source>
        <translation>%1 نەخوێندرایەوە: %2</translation>
    </message>
    <message>
        <location filename="../core/pack/packinstaller.cpp" line="+41"/>
        <source>Could not write %1.</source>
        <translation>%1 نەنووسرا.</translation>
    </message>
    <message>
        <location filename="../core/pack/packmanifest.cpp" line="+92"/>
        <location filename="../core/pack/packreader.cpp" line="+46"/>
        <source>This is not an Integreat content pack (its manifest is missing or damaged).</source>
        <translation>ئەمە پاکێجی ناوەڕۆکی Integreat نییە (لیستی ناوەڕۆکەکەی نییە یان تێکچووە).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This content pack was made by a newer version of Integreat (pack format %1; this version reads up to %2). Update Integreat to import it.</source>
        <translation>ئەم پاکێجی ناوەڕۆکە بە وەشانێکی نوێتری Integreat دروستکراوە (فۆرماتی پاکێج %1؛ ئەم وەشانە تا %2 دەخوێنێتەوە). بۆ هاوردەکردنی، Integreat نوێ بکەرەوە.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack&apos;s manifest is incomplete or damaged (%1).</source>
        <translation>لیستی ناوەڕۆکی پاکێجەکە ناتەواوە یان تێکچووە (%1).</translation>
    </message>
    <message>
        <location filename="../core/pack/tarwriter.cpp" line="+53"/>
        <source>Cannot store “%1” in a pack.</source>
        <translation>ناتوانرێت “%1” لە پاکێجێکدا پاشەکەوت بکرێت.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 changed while it was read.</source>
        <translation>%1 لە کاتی خوێندنەوەدا گۆڕا.</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackExporter</name>
    <message>
        <location filename="../core/pack/packexporter.cpp" line="+49"/>
        <source>The region %1 is not in the local store; sync it first.</source>
        <translation>ناوچەی %1 لە کۆگای ناوخۆییدا نییە؛ یەکەم جار هاوکاتی بکە.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has not been synced in %2 yet; sync it first.</source>
        <translation>زمانی %1 هێشتا لە %2 هاوکات نەکراوە؛ یەکەم جار هاوکاتی بکە.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+11"/>
        <source>Could not write %1: %2</source>
        <translation>%1 نەنووسرا: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the local store: %1</source>
        <translation>ناتوانرێت کۆگای ناوخۆیی بخوێنرێتەوە: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackInstaller</name>
    <message>
        <location filename="../core/pack/packinstaller.cpp" line="+37"/>
        <source>Could not open %1: %2</source>
        <translation>%1 نەکرایەوە: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not unpack the pack into %1: %2</source>
        <translation>پاکێجەکە لە %1 دا نەکرایەوە: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pack is damaged: its offline map cannot be read (%1).</source>
        <translation>پاکێجەکە تێکچووە: نەخشە ئۆفلاینەکەی ناخوێنرێتەوە (%1).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not save the content pack: %1</source>
        <translation>پاکێجی ناوەڕۆک پاشەکەوت نەکرا: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackReader</name>
    <message>
        <location filename="../core/pack/packreader.cpp" line="+57"/>
        <source>The pack is damaged: it holds %1, which its manifest does not list.</source>
        <translation>پاکێجەکە تێکچووە: %1ی تێدایە، کە لە لیستی ناوەڕۆکەکەیدا نییە.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pack is damaged: %1 does not have the size its manifest gives.</source>
        <translation>پاکێجەکە تێکچووە: قەبارەی %1 وەک ئەوە نییە کە لیستی ناوەڕۆکەکە دەیڵێت.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pack is damaged: %1 is too large.</source>
        <translation>پاکێجەکە تێکچووە: %1 زۆر گەورەیە.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>Could not unpack the pack into %1: %2</source>
        <translation>پاکێجەکە لە %1 دا نەکرایەوە: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack is damaged: %1 does not match its checksum.</source>
        <translation>پاکێجەکە تێکچووە: %1 لەگەڵ checksumەکەیدا ناگونجێت.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The pack is incomplete: %1 is missing.</source>
        <translation>پاکێجەکە ناتەواوە: %1 نییە.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pack is damaged: %1 is not valid (%2).</source>
        <translation>پاکێجەکە تێکچووە: %1 دروست نییە (%2).</translation>
    </message>
</context>
<context>
    <name>integreat::pack::TarReader</name>
    <message>
        <location filename="../core/pack/tarreader.cpp" line="+86"/>
        <location line="+38"/>
        <location line="+10"/>
        <source>The pack ends early (it was cut short while copying?).</source>
        <translation>پاکێجەکە زوو کۆتایی دێت (لە کاتی کۆپیکردندا بڕاوە؟).</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The pack is damaged: an empty block inside it.</source>
        <translation>پاکێجەکە تێکچووە: بلۆکێکی بەتاڵی تێدایە.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pack is damaged: a part&apos;s header is not valid.</source>
        <translation>پاکێجەکە تێکچووە: سەرپەڕەی بەشێکی دروست نییە.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pack is damaged: it holds something other than files.</source>
        <translation>پاکێجەکە تێکچووە: شتێکی جگە لە فایلی تێدایە.</translation>
    </message>
</context>
<context>
    <name>integreat::print::Handout</name>
    <message>
        <location filename="../app/desktop/print/handout.cpp" line="+79"/>
        <source>Printed on %1</source>
        <translation>چاپکراوە لە %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last updated on %1</source>
        <translation>دوایین نوێکردنەوە لە %1</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Page %1 of %2</source>
        <translation>پەڕەی %1 لە %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot write %1: the file could not be created</source>
        <translation>ناتوانرێت %1 بنووسرێت: فایلەکە دروست نەکرا</translation>
    </message>
</context>
<context>
    <name>integreat::print::HandoutHtml</name>
    <message>
        <location filename="../app/desktop/print/handouthtml.cpp" line="+112"/>
        <location line="+6"/>
        <source>Closed</source>
        <translation>داخراوە</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open all day</source>
        <translation>هەموو ڕۆژ کراوەیە</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only with an appointment</source>
        <translation>تەنها بە وادە</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>today</source>
        <translation>ئەمڕۆ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Phone</source>
        <translation>تەلەفۆن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>مۆبایل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>ئیمەیڵ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>ماڵپەڕ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact</source>
        <translation>پەیوەندی</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Address</source>
        <translation>ناونیشان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>بە شێوەی کاتی داخراوە</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today</source>
        <translation>ئەمڕۆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>کاتەکانی کردنەوە</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appointments</source>
        <translation>وادەکان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About</source>
        <translation>دەربارە</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>کەی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>لە کوێ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>ئۆنلاین</translation>
    </message>
</context>
<context>
    <name>integreat::print::HandoutLoader</name>
    <message>
        <location filename="../app/desktop/print/handoutloader.cpp" line="+96"/>
        <source>%1 is not in the local store for %2 (%3).</source>
        <translation>%1 لە کۆگای ناوخۆیی بۆ %2 (%3) نییە.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This item does not exist in “%1”. It exists in: %2.</source>
        <translation>ئەم بابەتە بە “%1” بوونی نییە. بەم زمانانە هەیە: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other language</source>
        <translation>هیچ زمانێکی تر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The “%1” version of this item is not stored; sync that language first.</source>
        <translation>وەشانی “%1”ی ئەم بابەتە پاشەکەوت نەکراوە؛ یەکەم جار ئەو زمانە هاوکات بکە.</translation>
    </message>
</context>
<context>
    <name>integreat::print::PrintActions</name>
    <message>
        <location filename="../app/desktop/print/printactions.cpp" line="+23"/>
        <location line="+46"/>
        <source>Print…</source>
        <translation>چاپکردن…</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+46"/>
        <source>Save as PDF…</source>
        <translation>پاشەکەوتکردن وەک PDF…</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Print next week&apos;s events…</source>
        <translation>چاپکردنی چالاکییەکانی هەفتەی داهاتوو…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save next week&apos;s events as PDF…</source>
        <translation>پاشەکەوتکردنی چالاکییەکانی هەفتەی داهاتوو وەک PDF…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Print this week&apos;s events…</source>
        <translation>چاپکردنی چالاکییەکانی ئەم هەفتەیە…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this week&apos;s events as PDF…</source>
        <translation>پاشەکەوتکردنی چالاکییەکانی ئەم هەفتەیە وەک PDF…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the local store: %1</source>
        <translation>ناتوانرێت کۆگای ناوخۆیی بخوێنرێتەوە: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot print</source>
        <translation>چاپ ناکرێت</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The printer could not be used.</source>
        <translation>چاپکەرەکە بەکارنەهات.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as PDF</source>
        <translation>پاشەکەوتکردن وەک PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>بەڵگەنامەکانی PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>integreat::print::WeekHtml</name>
    <message>
        <location filename="../app/desktop/print/weekhtml.cpp" line="+39"/>
        <source>Events of the week</source>
        <translation>چالاکییەکانی هەفتە</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No events on this day.</source>
        <translation>لەم ڕۆژەدا هیچ چالاکییەک نییە.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This event is not translated.</source>
        <translation>ئەم چالاکییە وەرنەگێڕدراوە.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All day</source>
        <translation>هەموو ڕۆژ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>irregular dates: check with the organizer</source>
        <translation>بەرواری ناڕێک: لە ڕێکخەرەکە بپرسە</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Online</source>
        <translation>ئۆنلاین</translation>
    </message>
</context>
<context>
    <name>integreat::print::WeekLoader</name>
    <message>
        <location filename="../app/desktop/print/weekloader.cpp" line="+98"/>
        <source>No events of %1 are stored in “%2”: there is nothing to print.</source>
        <translation>هیچ چالاکییەکی %1 بە “%2” پاشەکەوت نەکراوە: هیچ شتێک نییە بۆ چاپکردن.</translation>
    </message>
</context>
<context>
    <name>integreat::session::SessionWiper</name>
    <message>
        <location filename="../app/desktop/session/sessionwiper.cpp" line="+46"/>
        <source>The file dialogs&apos; history could not be cleared (%1).</source>
        <translation>مێژووی پەنجەرەکانی فایل پاک نەکرایەوە (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not delete %1.</source>
        <translation>%1 نەسڕدرایەوە.</translation>
    </message>
</context>
<context>
    <name>integreat::speech::QtSpeechEngine</name>
    <message>
        <location filename="../app/desktop/speech/qtspeechengine.cpp" line="+27"/>
        <source>The speech service failed.</source>
        <translation>خزمەتگوزاری قسەکردن سەرکەوتوو نەبوو.</translation>
    </message>
</context>
<context>
    <name>integreat::speech::ReadAloud</name>
    <message>
        <location filename="../app/desktop/speech/readaloud.cpp" line="+43"/>
        <source>No voice for %1 on this computer</source>
        <translation>هیچ دەنگێک بۆ %1 لەسەر ئەم کۆمپیوتەرە نییە</translation>
    </message>
</context>
<context>
    <name>integreat::speech::ReadAloudBar</name>
    <message>
        <location filename="../app/desktop/speech/readaloudbar.cpp" line="+21"/>
        <source>Stop</source>
        <translation>ڕاگرتن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>خێرایی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slow</source>
        <translation>هێواش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal speed</source>
        <translation>خێرایی ئاسایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast</source>
        <translation>خێرا</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pause</source>
        <translation>وەستان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>بەردەوامبوون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read aloud</source>
        <translation>بە دەنگی بەرز بخوێنەوە</translation>
    </message>
</context>
<context>
    <name>integreat::store::StoreRescue</name>
    <message>
        <location filename="../core/store/storerescue.cpp" line="+36"/>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 فۆڵدەرە، نەک فایلی داتابەیس</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the integrity check found: %1</source>
        <translation>پشکنینی تەواوێتی ئەمەی دۆزییەوە: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not move %1 to %2.</source>
        <translation>%1 نەگوازرایەوە بۆ %2.</translation>
    </message>
</context>
<context>
    <name>integreat::sync::LanguageFetcher</name>
    <message>
        <location filename="../core/sync/languagefetcher.cpp" line="+89"/>
        <source>region list</source>
        <translation>لیستی ناوچەکان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pages</source>
        <translation>پەڕەکان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>events</source>
        <translation>چالاکییەکان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>places</source>
        <translation>شوێنەکان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>place categories</source>
        <translation>پۆلەکانی شوێن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imprint</source>
        <translation>ناسنامەی بڵاوکەرەوە</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>news</source>
        <translation>هەواڵەکان</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+22"/>
        <source>Cancelled.</source>
        <translation>هەڵوەشێنرایەوە.</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+115"/>
        <source>Could not download the %1: %2</source>
        <translation>%1 دانەگیرا: %2</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>The server sent damaged data for the %1 (%2 at byte %3).</source>
        <translation>سێرڤەر داتای تێکچووی نارد بۆ %1 (%2 لە بایتی %3).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>news: not offered by the server; the stored news are kept</source>
        <translation>هەواڵ: سێرڤەر پێشکەشی ناکات؛ هەواڵە پاشەکەوتکراوەکان دەمێننەوە</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <location line="+52"/>
        <location line="+60"/>
        <source>The %1 could not be read: %2</source>
        <translation>%1 نەخوێنرایەوە: %2</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The language “%1” is not available in this region (HTTP 404).</source>
        <translation>زمانی “%1” لەم ناوچەیەدا بەردەست نییە (HTTP 404).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found on the server (HTTP 404).</source>
        <translation>لەسەر سێرڤەر نەدۆزرایەوە (HTTP 404).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>imprint: not offered by the server</source>
        <translation>ناسنامەی بڵاوکەرەوە: سێرڤەر پێشکەشی ناکات</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ListCheck</name>
    <message>
        <location filename="../core/sync/listcheck.cpp" line="+29"/>
        <source>The server sent %1 items for the %2, more than the %3 this app accepts; the stored %2 are kept.</source>
        <translation>سێرڤەر %1 بابەتی بۆ %2 نارد، زیاتر لەو %3ەی ئەم ئەپە وەری دەگرێت؛ %2ی پاشەکەوتکراو دەمێننەوە.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No item of the %1 could be read (%2 received; first problem: %3); the stored %1 are kept.</source>
        <translation>هیچ بابەتێکی %1 نەخوێنرایەوە (%2 وەرگیرا؛ یەکەم کێشە: %3)؛ %1ی پاشەکەوتکراو دەمێننەوە.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of the %2 items of the %3 could not be read (%4); the stored %3 are kept.</source>
        <translation>%1 لە %2 بابەتی %3 نەخوێنرانەوە (%4)؛ %3ی پاشەکەوتکراو دەمێننەوە.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Item %1 of the %2 holds %3 characters of text, more than the %4 this app accepts; the stored %2 are kept.</source>
        <translation>بابەتی %1ی %2 %3 پیتی دەقی تێدایە، زیاتر لەو %4ەی ئەم ئەپە وەری دەگرێت؛ %2ی پاشەکەوتکراو دەمێننەوە.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server&apos;s list of pages for “%1” would remove %2 of the %3 stored pages; the stored pages are kept. Confirm the removal to apply it.</source>
        <translation>لیستی پەڕەکانی سێرڤەر بۆ “%1” %2 لە %3 پەڕەی پاشەکەوتکراو لادەبات؛ پەڕە پاشەکەوتکراوەکان دەمێننەوە. لابردنەکە پشتڕاست بکەرەوە بۆ جێبەجێکردنی.</translation>
    </message>
</context>
<context>
    <name>integreat::sync::NewsWatcher</name>
    <message>
        <location filename="../core/sync/newswatcher.cpp" line="+38"/>
        <source>The news list could not be read: %1</source>
        <translation>لیستی هەواڵەکان نەخوێنرایەوە: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::PackImporter</name>
    <message>
        <location filename="../core/sync/packimporter.cpp" line="+43"/>
        <source>The content pack is incomplete: %1 is missing.</source>
        <translation>پاکێجی ناوەڕۆک ناتەواوە: %1 نییە.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>The content pack is damaged: %1 (%2).</source>
        <translation>پاکێجی ناوەڕۆک تێکچووە: %1 (%2).</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The content pack names no region it contains.</source>
        <translation>پاکێجی ناوەڕۆک ناوی هیچ ناوچەیەک نابات کە تێیدایە.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The content pack has none of the languages %1.</source>
        <translation>پاکێجی ناوەڕۆک هیچ یەک لە زمانەکانی %1ی تێدا نییە.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not create the folder %1.</source>
        <translation>فۆڵدەری %1 دروست نەکرا.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not write %1: %2</source>
        <translation>%1 نەنووسرا: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save the content pack: %1</source>
        <translation>پاکێجی ناوەڕۆک پاشەکەوت نەکرا: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::PageTree</name>
    <message>
        <location filename="../core/sync/pagetree.cpp" line="+33"/>
        <source>page %1: its parent %2 is not in the list; shown at the top level</source>
        <translation>پەڕەی %1: پەڕە سەرەکییەکەی %2 لە لیستدا نییە؛ لە ئاستی سەرەوە پیشان دەدرێت</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>page %1: its parents lead back to itself; shown at the top level</source>
        <translation>پەڕەی %1: پەڕە سەرەکییەکانی دەگەڕێنەوە بۆ خۆی؛ لە ئاستی سەرەوە پیشان دەدرێت</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ResourceDownloader</name>
    <message>
        <location filename="../core/sync/resourcedownloader.cpp" line="+69"/>
        <source>Could not write the file: %1</source>
        <translation>فایلەکە نەنووسرا: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cancelled.</source>
        <translation>هەڵوەشێنرایەوە.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The server sent a web page instead of the file.</source>
        <translation>سێرڤەر لە جیاتی فایلەکە پەڕەیەکی وێبی نارد.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The server is busy (HTTP %1); the other files will be tried on the next sync.</source>
        <translation>سێرڤەر سەرقاڵە (HTTP %1)؛ فایلەکانی تر لە هاوکاتکردنی داهاتوودا هەوڵیان بۆ دەدرێت.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Stopped after %n failed downloads in a row; the other files will be tried on the next sync.</source>
        <translation>
            <numerusform>دوای %n داگرتنی سەرنەکەوتوو لە دوای یەک ڕاگیرا؛ فایلەکانی تر لە هاوکاتکردنی داهاتوودا هەوڵیان بۆ دەدرێت.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The server gave an unexpected answer (HTTP %1).</source>
        <translation>سێرڤەر وەڵامێکی چاوەڕواننەکراوی دایەوە (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ResourceSync</name>
    <message>
        <location filename="../core/sync/resourcesync.cpp" line="+51"/>
        <source>Cannot create the folder for images and documents: %1</source>
        <translation>ناتوانرێت فۆڵدەر بۆ وێنە و بەڵگەنامەکان دروست بکرێت: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not update the list of images and documents: %1</source>
        <translation>لیستی وێنە و بەڵگەنامەکان نوێ نەکرایەوە: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+158"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… و %n ی تر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::sync::SyncEngine</name>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="+37"/>
        <source>loading the list of regions</source>
        <translation>لیستی ناوچەکان بار دەکرێت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saving</source>
        <translation>پاشەکەوت دەکرێت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>تەواو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>downloading %1</source>
        <translation>%1 دادەگیرێت</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not load the list of regions from %1: %2</source>
        <translation>لیستی ناوچەکان لە %1 بار نەکرا: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sent a damaged list of regions (%1 at byte %2).</source>
        <translation>سێرڤەر لیستێکی تێکچووی ناوچەکانی نارد (%1 لە بایتی %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of regions could not be read: %1</source>
        <translation>لیستی ناوچەکان نەخوێنرایەوە: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>Could not save the list of regions: %1</source>
        <translation>لیستی ناوچەکان پاشەکەوت نەکرا: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Could not load the languages of %1: %2</source>
        <translation>زمانەکانی %1 بار نەکران: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server lists no languages for %1.</source>
        <translation>سێرڤەر هیچ زمانێک بۆ %1 لیست ناکات.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no region “%1” on the server.</source>
        <translation>هیچ ناوچەیەکی “%1” لەسەر سێرڤەر نییە.</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+15"/>
        <source>Cancelled.</source>
        <translation>هەڵوەشێنرایەوە.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>%1 offers no language “%2” (it offers: %3).</source>
        <translation>%1 زمانی “%2” پێشکەش ناکات (ئەمانە پێشکەش دەکات: %3).</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Could not read the stored pages: %1</source>
        <translation>پەڕە پاشەکەوتکراوەکان نەخوێنرانەوە: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not save the content: %1</source>
        <translation>ناوەڕۆکەکە پاشەکەوت نەکرا: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::SyncLock</name>
    <message>
        <location filename="../core/sync/synclock.cpp" line="+68"/>
        <source>A sync is already running (pid %1).</source>
        <translation>هاوکاتکردنێک پێشتر کار دەکات (pid %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync is already running.</source>
        <translation>هاوکاتکردنێک پێشتر کار دەکات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the lock file %1: permission denied.</source>
        <translation>ناتوانرێت فایلی قفڵی %1 دروست بکرێت: ڕێگەپێدان نییە.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the lock file %1 (is the disk full?).</source>
        <translation>ناتوانرێت فایلی قفڵی %1 دروست بکرێت (ئایا دیسک پڕە؟).</translation>
    </message>
</context>
<context>
    <name>integreat::sync::WriteFailure</name>
    <message>
        <location filename="../core/sync/writefailure.cpp" line="+26"/>
        <location line="+15"/>
        <source>the disk is full (%1)</source>
        <translation>دیسکەکە پڕە (%1)</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>no permission to write in %1</source>
        <translation>هیچ ڕێگەپێدانێک نییە بۆ نووسین لە %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+8"/>
        <source>%1 is on a read-only file system</source>
        <translation>%1 لەسەر سیستەمێکی فایلی تەنها-خوێندنەوەیە</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file system refused to write %1</source>
        <translation>سیستەمی فایل ڕێگەی نەدا %1 بنووسرێت</translation>
    </message>
</context>
</TS>
