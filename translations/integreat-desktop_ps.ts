<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ps">
<context>
    <name>integreat::chat::ChatClient</name>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="+93"/>
        <source>The chat server answered with an error (HTTP %1).</source>
        <translation>د چټ سرور په تېروتنه ځواب ورکړ (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/chat/chatthread.cpp" line="+18"/>
        <source>The chat server sent an answer that is not a chat.</source>
        <translation>د چټ سرور داسې ځواب راولېږه چې چټ نه دی.</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ChatSession</name>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="+94"/>
        <source>Too many messages. Please try again in a moment.</source>
        <translation>ډېر زیات پیغامونه. مهرباني وکړئ لږ وروسته بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chat is not available in this town.</source>
        <translation>چټ په دې ښار کې شتون نه لري.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No connection to the chat. It will be updated when you are online.</source>
        <translation>له چټ سره اړیکه نشته. کله چې انټرنېټ ته وصل شئ، تازه به شي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection to the chat. Your message was not sent; it is kept so you can send it again.</source>
        <translation>له چټ سره اړیکه نشته. ستاسو پیغام ونه لېږل شو؛ ساتل شوی دی څو یې بیا ولېږئ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat could not be loaded: %1</source>
        <translation>چټ رانه وړل شو: %1</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ContactMessage</name>
    <message>
        <location filename="../core/chat/contactmessage.cpp" line="+21"/>
        <source>Please enter your e-mail address: the answer is sent there.</source>
        <translation>مهرباني وکړئ خپل برېښنالیک پته ولیکئ: ځواب به هلته ولېږل شي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not an e-mail address. Please check it (like name@example.org).</source>
        <translation>“%1” برېښنالیک پته نه ده. مهرباني وکړئ وې ګورئ (لکه name@example.org).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please write your message.</source>
        <translation>مهرباني وکړئ خپل پیغام ولیکئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message is too long: at most %1 characters, it has %2.</source>
        <translation>ستاسو پیغام ډېر اوږد دی: تر ټولو زیات %1 توري، خو دا %2 توري لري.</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ZammadForm</name>
    <message>
        <location filename="../core/chat/zammadform.cpp" line="+14"/>
        <source>Your message was sent. The answer comes to your e-mail address.</source>
        <translation>ستاسو پیغام ولېږل شو. ځواب به ستاسو برېښنالیک پتې ته راشي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline: your message was not sent. Please send it again when this computer is connected to the internet.</source>
        <translation>تاسو آفلاین یاست: ستاسو پیغام ونه لېږل شو. مهرباني وکړئ کله چې دا کمپیوټر له انټرنېټ سره وصل شو، بیا یې ولېږئ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The town&apos;s contact server has a problem (error %1): your message was not sent. Please try again later.</source>
        <translation>د ښار د اړیکې سرور ستونزه لري (تېروتنه %1): ستاسو پیغام ونه لېږل شو. مهرباني وکړئ وروسته بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many messages were sent from here. Please wait a moment and try again.</source>
        <translation>له دې ځایه ډېر زیات پیغامونه لېږل شوي. مهرباني وکړئ لږ صبر وکړئ او بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This contact form is switched off at the moment: your message was not sent.</source>
        <translation>دا د اړیکې فورمه اوس بنده ده: ستاسو پیغام ونه لېږل شو.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contact server did not accept this e-mail address. Please check it.</source>
        <translation>د اړیکې سرور دا برېښنالیک پته ونه منله. مهرباني وکړئ وې ګورئ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your message could not be sent: %1</source>
        <translation>ستاسو پیغام ونه لېږل شو: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the form has no web address to send to</source>
        <translation>فورمه د لېږلو لپاره هېڅ وېب پته نه لري</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the contact server refused it (error %1)</source>
        <translation>د اړیکې سرور رد کړ (تېروتنه %1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the contact server&apos;s answer could not be used</source>
        <translation>د اړیکې سرور ځواب نه شو کارول کېدای</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the contact server found a problem with: %1</source>
        <translation>د اړیکې سرور په دې کې ستونزه وموندله: %1</translation>
    </message>
</context>
<context>
    <name>integreat::cli</name>
    <message>
        <location filename="../app/cli/clipin.cpp" line="+62"/>
        <source>New kiosk PIN (4 to 12 digits): </source>
        <translation>د کیوسک نوی PIN (له ۴ تر ۱۲ عددونو): </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same PIN again: </source>
        <translation>همدغه PIN بیا: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two PINs differ; nothing was changed</source>
        <translation>دواړه PINونه سره توپیر لري؛ هېڅ شی بدل نه شو</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no PIN was given (give it on standard input or at the prompt)</source>
        <translation>هېڅ PIN ورنه کړل شو (په standard input یا د پوښتنې پر مهال یې ورکړئ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a kiosk PIN has 4 to 12 digits</source>
        <translation>د کیوسک PIN له ۴ تر ۱۲ عددونه لري</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdimporttiles.cpp" line="+26"/>
        <source>Import an offline map (MBTiles, raster PNG/JPEG tiles) for a region. The desktop app shows it under the places when there is no network. Use maps whose licence allows offline use; OpenStreetMap&apos;s own tile servers do not.</source>
        <translation>د یوې سیمې لپاره آفلاین نقشه (MBTiles، د PNG/JPEG انځوریزې ټوټې) راوړئ. د ډیسکټاپ اپ یې هغه مهال د ځایونو لاندې ښيي چې شبکه نه وي. هغه نقشې وکاروئ چې جواز یې آفلاین کارونې ته اجازه ورکوي؛ د OpenStreetMap خپل سرورونه یې اجازه نه ورکوي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmdprint.cpp" line="+33"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+93"/>
        <location filename="../app/cli/cmdshow.cpp" line="+53"/>
        <source>Region slug.</source>
        <translation>د سیمې slug.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .mbtiles file.</source>
        <translation>د .mbtiles فایل.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: integreat-cli import-tiles --region SLUG FILE.mbtiles</source>
        <translation>کارونه: integreat-cli import-tiles --region SLUG FILE.mbtiles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported the offline map “%1” for %2 (zoom %3–%4) into %5</source>
        <translation>آفلاین نقشه “%1” د %2 لپاره (زوم %3–%4) په %5 کې راوړل شوه</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdkiosk.cpp" line="+77"/>
        <source>--%1 needs a number from %2 to %3</source>
        <translation>--%1 له %2 تر %3 پورې یو عدد ته اړتیا لري</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>kiosk setup needs --region SLUG</source>
        <translation>د کیوسک جوړول --region SLUG ته اړتیا لري</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wrote the kiosk configuration %1.</source>
        <translation>د کیوسک ترتیبات %1 ولیکل شول.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integreat-cli: warning: no PIN is set, so nobody can open the kiosk&apos;s admin panel (set one with: integreat-cli kiosk set-pin --config %1)</source>
        <translation>integreat-cli: خبرداری: هېڅ PIN نه دی ټاکل شوی، نو هېڅوک د کیوسک د مدیر پاڼه نه شي پرانیستلی (یو یې وټاکئ: integreat-cli kiosk set-pin --config %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(all stored)</source>
        <translation>(ټول ساتل شوي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration:     %1</source>
        <translation>ترتیبات:          %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk mode:        %1</source>
        <translation>د کیوسک حالت:     %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions:           %1</source>
        <translation>سیمې:             %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:         %1</source>
        <translation>ژبې:              %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start language:    %1</source>
        <translation>د پیل ژبه:        %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(first)</source>
        <translation>(لومړۍ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle seconds:      %1</source>
        <translation>د بې کارۍ ثانیې:   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countdown seconds: %1</source>
        <translation>د شمېرنې ثانیې:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections:          %1</source>
        <translation>برخې:             %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN:               %1</source>
        <translation>PIN:               %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set (PBKDF2-HMAC-SHA256, %1 iterations)</source>
        <translation>ټاکل شوی (PBKDF2-HMAC-SHA256، %1 تکرارونه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>نه دی ټاکل شوی</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no region is configured in %1 (integreat-cli kiosk setup --region SLUG)</source>
        <translation>په %1 کې هېڅ سیمه نه ده ټاکل شوې (integreat-cli kiosk setup --region SLUG)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: updated less than %2 hours ago; skipped.</source>
        <translation>%1: له %2 ساعتونو کم وخت مخکې تازه شوی؛ پرېښودل شو.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Configure kiosk mode (integreat-desktop --kiosk):
  setup    write the configuration (--region, --languages, --idle-seconds, --countdown-seconds, --sections, --start-language, --pin)
  show     print it (--check: exit code only)
  set-pin  set a new PIN (standard input, or asked twice)
  sync     download the configured regions and languages (the nightly timer)
  disable  turn kiosk mode off (setup turns it on again)</source>
        <translation>د کیوسک حالت تنظیمول (integreat-desktop --kiosk):
  setup    ترتیبات ولیکئ (--region, --languages, --idle-seconds, --countdown-seconds, --sections, --start-language, --pin)
  show     یې چاپ کړئ (--check: یوازې د وتلو کوډ)
  set-pin  نوی PIN وټاکئ (standard input، یا دوه ځله پوښتل کېږي)
  sync     ټاکلې سیمې او ژبې ښکته کړئ (د شپې ټایمر)
  disable  د کیوسک حالت بند کړئ (setup یې بیا چالانوي)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>setup, show, set-pin, sync or disable</source>
        <translation>setup، show، set-pin، sync یا disable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: integreat-cli kiosk setup|show|set-pin|sync|disable [--config FILE] (see --help)</source>
        <translation>کارونه: integreat-cli kiosk setup|show|set-pin|sync|disable [--config FILE] (--help وګورئ)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The kiosk PIN is set.</source>
        <translation>د کیوسک PIN وټاکل شو.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kiosk mode is disabled (integreat-cli kiosk setup enables it again).</source>
        <translation>د کیوسک حالت غیرفعال شو (integreat-cli kiosk setup یې بیا فعالوي).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kiosk action “%1” (setup, show, set-pin, sync or disable)</source>
        <translation>د کیوسک نامعلوم عمل “%1” (setup، show، set-pin، sync یا disable)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdprint.cpp" line="-2"/>
        <source>Write a stored page, place or event, or this week&apos;s events, as a printable PDF handout, in one language or two side by side.</source>
        <translation>یوه ساتل شوې پاڼه، ځای یا پېښه، یا د دې اونۍ پېښې د چاپ وړ PDF پاڼې په توګه ولیکئ، په یوه ژبه یا په دوو ژبو څنګ په څنګ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmdshow.cpp" line="+1"/>
        <source>Language code.</source>
        <translation>د ژبې کوډ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print this language in a second column.</source>
        <translation>دا ژبه په دویم ستون کې چاپ کړئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF file to write.</source>
        <translation>هغه PDF فایل چې لیکل کېږي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the events of the 7 days from today (or --from), instead of PATH.</source>
        <translation>له نن ورځې (یا له --from) څخه د 7 ورځو پېښې چاپ کړئ، د PATH پر ځای.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week&apos;s first day (with --week).</source>
        <translation>د اونۍ لومړۍ ورځ (له --week سره).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmdshow.cpp" line="+2"/>
        <source>Path such as /augsburg/de/willkommen/</source>
        <translation>لاره لکه /augsburg/de/willkommen/</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: integreat-cli print --region SLUG --language CODE [--second-language CODE] (PATH | --week [--from YYYY-MM-DD]) --pdf FILE</source>
        <translation>کارونه: integreat-cli print --region SLUG --language CODE [--second-language CODE] (PATH | --week [--from YYYY-MM-DD]) --pdf FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--from needs a date such as 2026-12-07.</source>
        <translation>--from یوې نېټې ته اړتیا لري لکه 2026-12-07.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder; give the name of the PDF file to write.</source>
        <translation>%1 یو فولډر دی؛ د هغه PDF فایل نوم ورکړئ چې لیکل کېږي.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+72"/>
        <location filename="../app/cli/cmdshow.cpp" line="+51"/>
        <location filename="../app/cli/cmdstatus.cpp" line="+80"/>
        <source>Cannot read the local store: %1</source>
        <translation>ځايي زېرمه نه شي لوستل کېدای: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1</source>
        <translation>%1 ولیکل شو</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdregions.cpp" line="+42"/>
        <source>List the regions on the server: name, slug, languages.</source>
        <translation>په سرور کې د سیمو لېست: نوم، slug، ژبې.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include hidden regions.</source>
        <translation>پټې سیمې هم شاملې کړئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cmdsearch.cpp" line="-63"/>
        <location filename="../app/cli/cmdstatus.cpp" line="-14"/>
        <source>Print JSON.</source>
        <translation>JSON چاپ کړئ.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>  (hidden)</source>
        <translation>  (پټ)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdrepair.cpp" line="+31"/>
        <source>Downloading %1 (%2) again …</source>
        <translation>%1 (%2) بیا ښکته کېږي …</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmdsync.cpp" line="+252"/>
        <source>%1: FAILED: %2</source>
        <translation>%1: ناکام شو: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: %3 items</source>
        <translation>%1 %2: %3 توکي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2: FAILED: %3</source>
        <translation>%1 %2: ناکام شو: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the local store; when it is damaged, move it aside (with -wal and -shm, under a dated name), start a fresh one and download again the regions and languages it held.</source>
        <translation>ځايي زېرمه وڅېړئ؛ که خرابه وي، یوې خوا ته یې کړئ (له -wal او -shm سره، د نېټې لرونکي نوم لاندې)، نوې زېرمه پیل کړئ او هغه سیمې او ژبې بیا ښکته کړئ چې پکې وې.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only check the store; change nothing.</source>
        <translation>یوازې زېرمه وڅېړئ؛ هېڅ شی مه بدلوئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download this region again instead of those the old store held.</source>
        <translation>د هغو پر ځای چې زړه زېرمه کې وې، دا سیمه بیا ښکته کړئ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --region: comma-separated language codes (default: all).</source>
        <translation>له --region سره: د ژبو کوډونه په کامې سره جلا (ډیفالټ: ټولې).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no local store at %1 yet; nothing to repair.</source>
        <translation>په %1 کې لا ځايي زېرمه نشته؛ د سمولو لپاره هېڅ شی نشته.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local store %1 is sound; nothing to repair.</source>
        <translation>ځايي زېرمه %1 روغه ده؛ د سمولو لپاره هېڅ شی نشته.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>all languages</source>
        <translation>ټولې ژبې</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local store %1 is damaged: %2</source>
        <translation>ځايي زېرمه %1 خرابه ده: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved region can be read from it.</source>
        <translation>هېڅ ساتل شوې سیمه ترې نه شي لوستل کېدای.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions it still names: %1</source>
        <translation>هغه سیمې چې لا یې نومونه پکې دي: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the local store is damaged; run “integreat-cli repair” to move it aside and download the content again</source>
        <translation>ځايي زېرمه خرابه ده؛ “integreat-cli repair” وچلوئ څو یوې خوا ته شي او منځپانګه بیا ښکته شي</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repair when it has finished.</source>
        <translation>کله چې پای ته ورسېږي، سمه یې کړئ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moved it aside to %1 (nothing was deleted).</source>
        <translation>یوې خوا ته %1 ته یوړل شوه (هېڅ شی ونه ړنګ شو).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started a fresh store at %1.</source>
        <translation>نوې زېرمه په %1 کې پیل شوه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved region could be read from the old file. Download one with: integreat-cli sync --region SLUG</source>
        <translation>له زاړه فایل څخه هېڅ ساتل شوې سیمه ونه لوستل شوه. یوه یې ښکته کړئ: integreat-cli sync --region SLUG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the store was repaired, but not every language could be downloaded again; run integreat-cli sync later</source>
        <translation>زېرمه سمه شوه، خو ټولې ژبې بیا ښکته نه شوې؛ وروسته integreat-cli sync وچلوئ</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsearch.cpp" line="-64"/>
        <source>(found in %1)</source>
        <translation>(په %1 کې وموندل شو)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Search the stored pages, events, places and news of a region, offline. Pages with every word (at the start of a word of the title or the text; titles count double) come first, then pages where a misspelt word is corrected, another form of a word or a compound containing it matches; a question finds the pages sharing its rarer words.</source>
        <translation>د یوې سیمې په ساتل شویو پاڼو، پېښو، ځایونو او خبرونو کې له انټرنېټ پرته لټون وکړئ. هغه پاڼې چې ټول ټکي لري (د سرلیک یا متن د یوه ټکي په پیل کې؛ سرلیکونه دوه ځله شمېرل کېږي) لومړی راځي، بیا هغه پاڼې چې پکې غلط لیکل شوی ټکی سمېږي، د یوه ټکي بل ډول یا هغه مرکب ټکی چې دا ټکی لري سمون خوري؛ یوه پوښتنه هغه پاڼې پیدا کوي چې د هغې نادر ټکي لري.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language code (the user&apos;s).</source>
        <translation>د ژبې کوډ (د کاروونکي).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search German too; a German hit is shown in the language when it is translated.</source>
        <translation>په الماني کې هم لټون وکړئ؛ الماني پایله په هغه ژبه ښودل کېږي که ژباړل شوې وي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every stored language.</source>
        <translation>په ټولو ساتل شویو ژبو کې لټون وکړئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N results (1-75, default 75).</source>
        <translation>تر ټولو ډېر N پایلې (1-75، ډیفالټ 75).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read one query per line; print HITS&lt;TAB&gt;MILLISECONDS&lt;TAB&gt;QUERY each.</source>
        <translation>په هره کرښه کې یوه پوښتنه ولولئ؛ د هرې لپاره HITS&lt;TAB&gt;MILLISECONDS&lt;TAB&gt;QUERY چاپ کړئ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words to search for.</source>
        <translation>هغه ټکي چې لټول کېږي.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: integreat-cli search --region SLUG --language CODE [--also-german | --all-languages] [--limit N] [--json] QUERY… (or --stdin)</source>
        <translation>کارونه: integreat-cli search --region SLUG --language CODE [--also-german | --all-languages] [--limit N] [--json] QUERY… (یا --stdin)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--also-german and --all-languages exclude each other</source>
        <translation>--also-german او --all-languages یو له بل سره نه یوځای کېږي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--limit needs a number from 1 to %1</source>
        <translation>--limit له 1 تر %1 پورې یو عدد ته اړتیا لري</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing of %1 (%2) is in the local store. Sync it first: integreat-cli sync --region %1 --languages %2</source>
        <translation>د %1 (%2) هېڅ شی په ځايي زېرمه کې نشته. لومړی یې همغږي کړئ: integreat-cli sync --region %1 --languages %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No results for “%1”.</source>
        <translation>د “%1” لپاره هېڅ پایله نشته.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results for “%1”:</source>
        <translation>د “%1” پایلې:</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdshow.cpp" line="-55"/>
        <source>Print the title and text of a stored page, event or place.</source>
        <translation>د یوې ساتل شوې پاڼې، پېښې یا ځای سرلیک او متن چاپ کړئ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: integreat-cli show --region SLUG --language CODE PATH</source>
        <translation>کارونه: integreat-cli show --region SLUG --language CODE PATH</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last updated: %1</source>
        <translation>وروستی تازه کول: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization: %1</source>
        <translation>اداره: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When: %1</source>
        <translation>کله: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where: %1</source>
        <translation>چېرې: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category: %1</source>
        <translation>کټګوري: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: %1</source>
        <translation>پته: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not in the local store for %2 (%3). Sync it first: integreat-cli sync --region %2 --languages %3</source>
        <translation>%1 د %2 (%3) لپاره په ځايي زېرمه کې نشته. لومړی یې همغږي کړئ: integreat-cli sync --region %2 --languages %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdstatus.cpp" line="-21"/>
        <source>  %1: %2 pages, %3 events, %4 places, %5 news</source>
        <translation>  %1: %2 پاڼې، %3 پېښې، %4 ځایونه، %5 خبرونه</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; synced %1</source>
        <translation>؛ همغږي شوی %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; never synced</source>
        <translation>؛ هېڅکله همغږي شوی نه دی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; last attempt failed: %1</source>
        <translation>؛ وروستۍ هڅه ناکامه شوه: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show what the local store holds, per region and language.</source>
        <translation>وښیئ چې ځايي زېرمه څه لري، د سیمې او ژبې له مخې.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Store: %1 (%2)</source>
        <translation>زېرمه: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No region synced yet. Try: integreat-cli sync --region augsburg</source>
        <translation>لا هېڅ سیمه همغږي شوې نه ده. دا وازمایئ: integreat-cli sync --region augsburg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images and documents: %1 files (%2)</source>
        <translation>انځورونه او اسناد: %1 فایلونه (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %1 not downloaded yet, tried again on the next sync</source>
        <translation>؛ %1 لا ښکته شوي نه دي، په راتلونکې همغږۍ کې بیا هڅه کېږي</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdpack.cpp" line="+33"/>
        <location filename="../app/cli/cmdsync.cpp" line="-206"/>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
        <translation>%1 زیات شول، %2 بدل شول، %3 لرې شول، %4 نابدله</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 pages, %3 events, %4 places, %5 news (synced %6)</source>
        <translation>%1: %2 پاڼې، %3 پېښې، %4 ځایونه، %5 خبرونه (همغږي شوی %6)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote the content pack %1 of %2 to %3 (%4; %5 images and documents%6).</source>
        <translation>د %2 د منځپانګې بسته %1 په %3 کې ولیکل شوه (%4؛ %5 انځورونه او اسناد%6).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, offline map</source>
        <translation>، آفلاین نقشه</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Try again when it has finished.</source>
        <translation>کله چې پای ته ورسېږي بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content pack %1 of %2, made %3</source>
        <translation>د %2 د منځپانګې بسته %1، جوړه شوې %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: imported (content of %2): %3</source>
        <translation>%1: راوړل شوه (د %2 منځپانګه): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: skipped: this PC&apos;s content (synced %2) is newer than the pack&apos;s (%3); use --force to import it anyway</source>
        <translation>%1: پرېښودل شوه: د دې کمپیوټر منځپانګه (همغږي شوې %2) د بستې له منځپانګې (%3) نوې ده؛ د دې لپاره چې بیا هم یې راوړئ --force وکاروئ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images and documents: %1%2</source>
        <translation>انځورونه او اسناد: %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; offline map installed</source>
        <translation>؛ آفلاین نقشه نصب شوه</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Content packs: one file with a region&apos;s content, images and offline map, to carry to PCs without (fast) internet or to a whole fleet.
  pack export --region SLUG [--languages de,en] FILE.integreat-pack
  pack import [--force] FILE.integreat-pack
  pack import --watch DIR    import every new pack that appears in DIR, until stopped</source>
        <translation>د منځپانګې بستې: یو فایل چې د یوې سیمې منځپانګه، انځورونه او آفلاین نقشه لري، تر څو هغو کمپیوټرونو ته یوړل شي چې (چټک) انټرنېټ نه لري، یا د یوې ادارې ټولو کمپیوټرونو ته.
  pack export --region SLUG [--languages de,en] FILE.integreat-pack
  pack import [--force] FILE.integreat-pack
  pack import --watch DIR    هره نوې بسته چې په DIR کې ښکاره شي راوړي، تر هغه چې ودرول شي</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region slug (export).</source>
        <translation>د سیمې slug (صادرول).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated language codes (export; default: all stored).</source>
        <translation>د ژبو کوډونه، په کامې سره جلا (صادرول؛ ډیفالټ: ټولې ساتل شوې ژبې).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import languages even where this PC has newer content.</source>
        <translation>ژبې راوړئ، حتی که د دې کمپیوټر منځپانګه نوې وي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch a folder and import each new or changed pack in it.</source>
        <translation>یو فولډر وڅارئ او په هغه کې هره نوې یا بدله شوې بسته راوړئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export or import</source>
        <translation>export یا import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack file.</source>
        <translation>د بستې فایل.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE.integreat-pack</source>
        <translation>کارونه: integreat-cli pack export --region SLUG [--languages de,en] FILE.integreat-pack</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE, pack import [--force] FILE or pack import --watch DIR</source>
        <translation>کارونه: integreat-cli pack export --region SLUG [--languages de,en] FILE، pack import [--force] FILE یا pack import --watch DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsync.cpp" line="+27"/>
        <source>resources: %1 downloaded, %2 unchanged, %3 failed</source>
        <translation>سرچینې: %1 ښکته شول، %2 نابدله، %3 ناکام</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1 not tried (will retry next sync)</source>
        <translation>، %1 هڅه نه ده شوې (په راتلونکې همغږۍ کې بیا هڅه کېږي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (will retry next sync)</source>
        <translation> (په راتلونکې همغږۍ کې بیا هڅه کېږي)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 no longer used removed</source>
        <translation>، %1 چې نور نه کارول کېږي لرې شول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 received</source>
        <translation>؛ %1 ترلاسه شو</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>warning: resource: %1</source>
        <translation>خبرداری: سرچینه: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: … and %1 more resource problems (see --json)</source>
        <translation>خبرداری: … او د سرچینو %1 نورې ستونزې (--json وګورئ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: images and documents not downloaded: %1; they will be tried again on the next sync.</source>
        <translation>خبرداری: انځورونه او اسناد ښکته نه شول: %1؛ په راتلونکې همغږۍ کې به بیا هڅه وشي.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download a region&apos;s content (pages, events, places, news, imprint) into the local store. Each language is saved whole or not at all.</source>
        <translation>د یوې سیمې منځپانګه (پاڼې، پېښې، ځایونه، خبرونه، د خپرونکي معلومات) ځايي زېرمې ته ښکته کړئ. هره ژبه یا بشپړه ساتل کېږي یا هېڅ نه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region slug, e.g. augsburg.</source>
        <translation>د سیمې slug، د بېلګې په توګه augsburg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated language codes, or “all” (default).</source>
        <translation>د ژبو کوډونه په کامې سره جلا، یا “all” (ډیفالټ).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as JSON on stdout.</source>
        <translation>پایله د JSON په توګه په stdout کې چاپ کړئ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not download the images and documents (PDFs) the content refers to.</source>
        <translation>هغه انځورونه او اسناد (PDF) مه ښکته کوئ چې منځپانګه ورته اشاره کوي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply a pages list even when it removes more than half of the stored pages of a language (refused otherwise, keeping the stored pages).</source>
        <translation>د پاڼو لېست پلی کړئ حتی که د یوې ژبې له نیمایي ډېرې ساتل شوې پاڼې لرې کړي (که نه نو ردېږي او ساتل شوې پاڼې پاتې کېږي).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When another sync of this data folder is running, wait for it to end instead of giving up.</source>
        <translation>کله چې د دې ډېټا فولډر بله همغږي روانه وي، د پای ته رسېدو انتظار وباسئ پر ځای د دې چې لاس واخلئ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests to the server at once (default %1): the languages download side by side.</source>
        <translation>سرور ته په یوه وخت کې غوښتنې (ډیفالټ %1): ژبې یو د بل تر څنګ ښکته کېږي.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sync needs --region SLUG (see integreat-cli regions)</source>
        <translation>همغږي --region SLUG ته اړتیا لري (integreat-cli regions وګورئ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--connections needs a number from 1 to %1</source>
        <translation>--connections له 1 تر %1 پورې یوې شمېرې ته اړتیا لري</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--languages needs codes such as de,en,ar or “all”</source>
        <translation>--languages کوډونو ته اړتیا لري لکه de,en,ar یا “all”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>integreat-cli: %1 received: cancelling the sync; the stored content stays as it was.</source>
        <translation>integreat-cli: %1 ترلاسه شو: همغږي لغوه کېږي؛ ساتل شوې منځپانګه لکه څنګه چې وه پاتې کېږي.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+89"/>
        <source>sync cancelled</source>
        <translation>همغږي لغوه شوه</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Try again when it has finished, or use --wait.</source>
        <translation>کله چې پای ته ورسېږي بیا هڅه وکړئ، یا --wait وکاروئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Waiting for it to finish …</source>
        <translation>%1 د پای ته رسېدو انتظار کېږي …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>: 1 item</source>
        <translation>: 1 توکی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: %1 items</source>
        <translation>: %1 توکي</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[resources] images and documents: %1 of %2</source>
        <translation>[resources] انځورونه او اسناد: %1 له %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>warning: %1: %2</source>
        <translation>خبرداری: %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>If the server really removed these pages, run the sync again with --allow-mass-removal.</source>
        <translation>که سرور په ریښتیا دا پاڼې لرې کړې وي، همغږي بیا له --allow-mass-removal سره وچلوئ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync failed for %1</source>
        <translation>د %1 لپاره همغږي ناکامه شوه</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+36"/>
        <source>List the regions on the server.</source>
        <translation>په سرور کې د سیمو لېست.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download a region&apos;s content into the local store.</source>
        <translation>د یوې سیمې منځپانګه ځايي زېرمې ته ښکته کړئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what the local store holds.</source>
        <translation>وښیئ چې ځايي زېرمه څه لري.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a stored page, event or place.</source>
        <translation>یوه ساتل شوې پاڼه، پېښه یا ځای چاپ کړئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the stored content, offline.</source>
        <translation>په ساتل شوې منځپانګه کې له انټرنېټ پرته لټون وکړئ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the local store; move a damaged one aside and download again.</source>
        <translation>ځايي زېرمه وڅېړئ؛ خرابه زېرمه یوې خوا ته کړئ او بیا یې ښکته کړئ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import an offline map (MBTiles) for a region.</source>
        <translation>د یوې سیمې لپاره آفلاین نقشه (MBTiles) راوړئ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configure kiosk mode: setup, show, set-pin, disable.</source>
        <translation>د کیوسک حالت تنظیمول: setup، show، set-pin، disable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a stored page, place or event, or this week&apos;s events, as a PDF handout.</source>
        <translation>یوه ساتل شوې پاڼه، ځای یا پېښه، یا د دې اونۍ پېښې د PDF پاڼې په توګه ولیکئ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export or import a content pack (one file per region), or watch a folder for packs.</source>
        <translation>د منځپانګې بسته صادره یا راوړئ (د هرې سیمې لپاره یو فایل)، یا د بستو لپاره یو فولډر وڅارئ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: integreat-cli [global options] COMMAND [options]

Keeps the content of Integreat regions in a local store that works offline.

Commands:
</source>
        <translation>کارونه: integreat-cli [global options] COMMAND [options]

د Integreat سیمو منځپانګه په یوه ځايي زېرمه کې ساتي چې له انټرنېټ پرته کار کوي.

کمانډونه:
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
عمومي اختیارونه (د هر کمانډ لپاره):
  --server URL        Integreat CMS (ډیفالټ: https://cms.integreat-app.de)
  --data-dir DIR      د ځايي زېرمې فولډر (ډیفالټ: د ډیسکټاپ اپ)
  --timeout SECONDS   له دومره وخت وروسته له چوپ سرور څخه لاس واخلئ (ډیفالټ: 30)
  --retries N         د ناکام ښکته کولو بیا هڅې (ډیفالټ: 3)
  --proxy URL         د هرې غوښتنې لپاره proxy: http://HOST:PORT، socks5://HOST:PORT
                      یا none (ډیفالټ: د سیسټم، لکه https_proxy)
  -h, --help          مرسته (له کمانډ وروسته هم)
  -v, --version       نسخه

بېلګه:
  integreat-cli sync --region augsburg --languages de,en,ar
</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>no command given</source>
        <translation>هېڅ کمانډ ورنه کړل شو</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown command “%1” (see --help)</source>
        <translation>نامعلوم کمانډ “%1” (--help وګورئ)</translation>
    </message>
    <message>
        <location filename="../app/cli/packwatch.cpp" line="+48"/>
        <source>%1 is not a folder.</source>
        <translation>%1 فولډر نه دی.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integreat-cli: %1 received: stopped watching %2.</source>
        <translation>integreat-cli: %1 ترلاسه شو: د %2 څارنه ودرول شوه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watching %1 for content packs (*%2); stop with Ctrl+C.</source>
        <translation>%1 د منځپانګې د بستو (*%2) لپاره څارل کېږي؛ د ودرولو لپاره Ctrl+C ووهئ.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: pack %2 was imported already.</source>
        <translation>%1: بسته %2 مخکې راوړل شوې ده.</translation>
    </message>
</context>
<context>
    <name>integreat::cli::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+28"/>
        <source>Integreat CMS to talk to (default: %1).</source>
        <translation>هغه Integreat CMS چې ورسره خبرې کېږي (ډیفالټ: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder of the local store (default: %1).</source>
        <translation>د ځايي زېرمې فولډر (ډیفالټ: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give up on a silent server after this many seconds (default: 30).</source>
        <translation>له دومره ثانیو وروسته له چوپ سرور څخه لاس واخلئ (ډیفالټ: 30).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retries of a failed download (default: 3).</source>
        <translation>د ناکام ښکته کولو بیا هڅې (ډیفالټ: 3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send every request through this proxy: http://HOST:PORT, socks5://HOST:PORT or none (default: the system&apos;s proxy settings).</source>
        <translation>هره غوښتنه د دې proxy له لارې ولېږئ: http://HOST:PORT، socks5://HOST:PORT یا none (ډیفالټ: د سیسټم د proxy ترتیبات).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (see --help)</source>
        <translation> (--help وګورئ)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--server needs an http(s) URL such as https://cms.integreat-app.de</source>
        <translation>--server یو http(s) پتې ته اړتیا لري لکه https://cms.integreat-app.de</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout needs a number of seconds of at least 1</source>
        <translation>--timeout لږ تر لږه د 1 ثانیې عدد ته اړتیا لري</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--retries needs a number from 0 to 10</source>
        <translation>--retries له 0 تر 10 پورې یو عدد ته اړتیا لري</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the data folder %1</source>
        <translation>د ډېټا فولډر %1 نه شي جوړېدای</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the local store %1: %2</source>
        <translation>ځايي زېرمه %1 نه شي پرانیستل کېدای: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run “integreat-cli repair” to move %1 aside and download the content again.</source>
        <translation>“integreat-cli repair” وچلوئ څو %1 یوې خوا ته شي او منځپانګه بیا ښکته شي.</translation>
    </message>
</context>
<context>
    <name>integreat::cli::KioskOptions</name>
    <message>
        <location filename="../app/cli/cmdkiosk.cpp" line="-251"/>
        <source>The kiosk configuration file (default: %1).</source>
        <translation>د کیوسک د ترتیباتو فایل (ډیفالټ: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region slug (repeat or comma-separate for several).</source>
        <translation>د سیمې slug (د څو سیمو لپاره یې تکرار کړئ یا په کامې سره جلا کړئ).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language codes offered, comma-separated.</source>
        <translation>وړاندې شوي د ژبو کوډونه، په کامې سره جلا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language preselected on the start screen.</source>
        <translation>هغه ژبه چې د پیل په پرده کې مخکې ټاکل شوې وي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds without touch before the countdown (default: 120).</source>
        <translation>د شمېرنې تر پیل مخکې له لمس پرته ثانیې (ډیفالټ: 120).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds of the “Are you still there?” countdown (default: 20).</source>
        <translation>د “تاسو لا دلته یاست؟” د شمېرنې ثانیې (ډیفالټ: 20).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections shown, comma-separated (default: local,places,events,news).</source>
        <translation>ښودل شوې برخې، په کامې سره جلا (ډیفالټ: local,places,events,news).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the PIN (read from standard input when it is not a terminal, else asked twice).</source>
        <translation>PIN وټاکئ (که ټرمینل نه وي له standard input څخه لوستل کېږي، که نه دوه ځله پوښتل کېږي).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sync: skip a region whose languages were all updated less than N hours ago (the update at boot).</source>
        <translation>sync: هغه سیمه پرېږدئ چې ټولې ژبې یې له N ساعتونو کم وخت مخکې تازه شوې وي (د پیل پر مهال تازه کول).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show: print nothing; exit 0 only when the kiosk is configured and enabled (for ExecCondition=).</source>
        <translation>show: هېڅ شی مه چاپوئ؛ یوازې هغه مهال 0 سره ووځئ چې کیوسک تنظیم او فعال وي (د ExecCondition= لپاره).</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::AdminPanel</name>
    <message>
        <location filename="../app/desktop/kiosk/adminpanel.cpp" line="+20"/>
        <source>Sync now</source>
        <translation>اوس همغږي کړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit kiosk</source>
        <translation>له کیوسک څخه وتل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kiosk administration</source>
        <translation>د کیوسک اداره</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start over</source>
        <translation>له سره پیل کړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the kiosk</source>
        <translation>بېرته کیوسک ته</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Counting…</source>
        <translation>شمېرل کېږي…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>never</source>
        <translation>هېڅکله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1: last update %2, %3 pages, %4 events, %5 places, %6 news</source>
        <translation>  %1: وروستی تازه کول %2، %3 پاڼې، %4 پېښې، %5 ځایونه، %6 خبرونه</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the last attempt failed: %1</source>
        <translation>وروستۍ هڅه ناکامه شوه: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is saved yet.</source>
        <translation>لا هېڅ شی نه دی ساتل شوی.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::Application</name>
    <message>
        <location filename="../app/desktop/shell/application.cpp" line="+246"/>
        <source>nothing is saved in %1 yet; sync a town first</source>
        <translation>لا په %1 کې هېڅ شی نه دی ساتل شوی؛ لومړی یو ښار همغږي کړئ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>could not write the screenshot %1</source>
        <translation>د پردې انځور %1 نه شو لیکل کېدای</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::BreadcrumbBar</name>
    <message>
        <location filename="../app/desktop/pages/breadcrumbbar.cpp" line="+36"/>
        <source>You are here</source>
        <translation>تاسو دلته یاست</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>More: %1</source>
        <translation>نور: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ChatSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/chatsection.cpp" line="+105"/>
        <source>Ask Integreat</source>
        <translation>له Integreat وپوښتئ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The chat is not offered on this public computer.</source>
        <translation>چټ په دې عامه کمپیوټر کې نه وړاندې کېږي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>The chat is not available in this town.</source>
        <translation>چټ په دې ښار کې شتون نه لري.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chat of this town is not available on this computer yet.</source>
        <translation>د دې ښار چټ لا په دې کمپیوټر کې شتون نه لري.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ChatView</name>
    <message>
        <location filename="../app/desktop/chat/chatview.cpp" line="+31"/>
        <source>Accept and start the chat</source>
        <translation>منل او د چټ پیل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send</source>
        <translation>لېږل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again</source>
        <translation>بیا لېږل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>نوی چټ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write your question in any language</source>
        <translation>خپله پوښتنه په هره ژبه ولیکئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your message</source>
        <translation>ستاسو پیغام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>خبرې اترې</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy notice of the chat</source>
        <translation>د چټ د محرمیت خبرتیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State of the chat</source>
        <translation>د چټ حالت</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Your questions are answered by counselors of the town and by an assistant that knows the town&apos;s information. What you write is sent to the town&apos;s chat server and kept there.</source>
        <translation>ستاسو پوښتنو ته د ښار سلاکاران او یو اتومات مرستیال ځواب ورکوي چې د ښار معلومات پېژني. هغه څه چې تاسو یې لیکئ د ښار د چټ سرور ته لېږل کېږي او هلته ساتل کېږي.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the privacy notice</source>
        <translation>د محرمیت خبرتیا ولولئ</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Ask a question about life in the town. The answer appears here.</source>
        <translation>د ښار د ژوند په اړه یوه پوښتنه وکړئ. ځواب به دلته ښکاره شي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You</source>
        <translation>تاسو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic answer</source>
        <translation>اتومات ځواب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counselor</source>
        <translation>سلاکار</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending…</source>
        <translation>لېږل کېږي…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent yet</source>
        <translation>لا نه دی لېږل شوی</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integreat is writing an answer…</source>
        <translation>Integreat ځواب لیکي…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading the chat…</source>
        <translation>چټ راوړل کېږي…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CommandLine</name>
    <message>
        <location filename="../app/desktop/shell/commandline.cpp" line="+39"/>
        <source>Integreat: local information for newcomers, in their language, also offline.</source>
        <translation>Integreat: د نویو راغلو لپاره ځايي معلومات، په خپله ژبه، له انټرنېټ پرته هم.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of the local store (default: %1).</source>
        <translation>د ځايي زېرمې فولډر (ډیفالټ: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integreat CMS to update from (default: %1).</source>
        <translation>هغه Integreat CMS چې تازه معلومات ترې اخیستل کېږي (ډیفالټ: %1).</translation>
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
        <translation>هېڅکله شبکه مه کاروئ؛ یوازې ساتل شوې منځپانګه وښیئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a page: an https://integreat.app/… link, an integreat:// link or region/language/path.</source>
        <translation>یوه پاڼه پرانیزئ: د https://integreat.app/… لینک، د integreat:// لینک یا region/language/path.</translation>
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
        <translation>د منځپانګې یوه بسته راوړئ (چې له integreat-cli pack export سره جوړه شوې وي) او پایله په ترتیباتو کې وښایئ؛ لکه د FILE.integreat-pack ورکول.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Render the window at 1280×800 into a PNG file and exit (for documentation and smoke tests).</source>
        <translation>کړکۍ په 1280×800 کچه یو PNG فایل ته جوړه کړئ او ووځئ (د اسنادو او ازموینو لپاره).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The same as --open, or a content pack file (.integreat-pack) to import.</source>
        <translation>لکه --open، یا د راوړلو لپاره د منځپانګې د بستې فایل (.integreat-pack).</translation>
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
        <translation>هره غوښتنه د دې proxy له لارې ولېږئ: http://HOST:PORT، socks5://HOST:PORT یا none (ډیفالټ: د سیسټم د proxy ترتیبات).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run as a locked public kiosk (full screen, idle reset, links as QR codes).</source>
        <translation>د یوه تړل شوي عامه کیوسک په توګه وچلېږي (بشپړه پرده، د بې کارۍ وروسته له سره پیل، لینکونه د QR کوډونو په توګه).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kiosk configuration (with --kiosk; default: %1).</source>
        <translation>د کیوسک ترتیبات (له --kiosk سره؛ ډیفالټ: %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[LINK]</source>
        <translation>[LINK]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Give one content pack to import, not several.</source>
        <translation>د راوړلو لپاره د منځپانګې یوازې یوه بسته ورکړئ، نه څو.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give one link to open, not several.</source>
        <translation>د پرانیستلو لپاره یو لینک ورکړئ، نه څو.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--config is for --kiosk.</source>
        <translation>--config د --kiosk لپاره دی.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--kiosk starts at its own start screen: no link or --screenshot.</source>
        <translation>--kiosk له خپلې پیل پردې پیلېږي: نه لینک او نه --screenshot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A content pack is imported in a window: not with --kiosk or --screenshot.</source>
        <translation>د منځپانګې بسته په یوه کړکۍ کې راوړل کېږي: نه له --kiosk یا --screenshot سره.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--server needs an http(s) URL such as %1.</source>
        <translation>--server یو http(s) پتې ته اړتیا لري لکه %1.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ContactFormDialog</name>
    <message>
        <location filename="../app/desktop/pages/contactformdialog.cpp" line="+27"/>
        <location line="+101"/>
        <source>Send</source>
        <translation>لېږل</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Close</source>
        <translation>تړل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to the town&apos;s team. They answer by e-mail; your message is sent to the town&apos;s contact server.</source>
        <translation>د ښار ټیم ته ولیکئ. هغوی په برېښنالیک ځواب درکوي؛ ستاسو پیغام د ښار د اړیکې سرور ته لېږل کېږي.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Your name (optional)</source>
        <translation>ستاسو نوم (اختیاري)</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Your e-mail address</source>
        <translation>ستاسو برېښنالیک پته</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Your message</source>
        <translation>ستاسو پیغام</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+25"/>
        <source>Sending…</source>
        <translation>لېږل کېږي…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CounselTools</name>
    <message>
        <location filename="../app/desktop/counsel/counseltools.cpp" line="+25"/>
        <source>Read aloud</source>
        <translation>په لوړ غږ ولولئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End session</source>
        <translation>د ناستې پای</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show QR code</source>
        <translation>QR کوډ وښیئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>څنګ په څنګ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the text aloud in its language</source>
        <translation>متن په خپله ژبه په لوړ غږ ولولئ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear everything of this session and start again (%1)</source>
        <translation>د دې ناستې هر څه پاک کړئ او له سره پیل وکړئ (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the link of this page as a QR code to take along on a phone</source>
        <translation>د دې پاڼې لینک د QR کوډ په توګه وښیئ، څو یې په ګرځنده تلیفون کې له ځانه سره یوسئ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show this in a second language beside it</source>
        <translation>دا په یوه دویمه ژبه تر څنګ وښیئ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CountdownOverlay</name>
    <message>
        <location filename="../app/desktop/kiosk/countdownoverlay.cpp" line="+14"/>
        <source>Yes, continue</source>
        <translation>هو، دوام ورکړئ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Are you still there?</source>
        <translation>تاسو لا دلته یاست؟</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Press any key or move the mouse to continue. In %n seconds the session ends: the app goes back to the start page and what was looked at is cleared.</source>
        <translation>
            <numerusform>د دوام لپاره کومه تڼۍ کېکاږئ یا موږک وخوځوئ. په %n ثانیه کې ناسته پای ته رسېږي: اپ د پیل پاڼې ته ستنېږي او هر هغه څه چې کتل شوي پاک کېږي.</numerusform>
            <numerusform>د دوام لپاره کومه تڼۍ کېکاږئ یا موږک وخوځوئ. په %n ثانیو کې ناسته پای ته رسېږي: اپ د پیل پاڼې ته ستنېږي او هر هغه څه چې کتل شوي پاک کېږي.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Touch the screen to continue. In %n seconds everything starts over and what you looked at is cleared.</source>
        <translation>
            <numerusform>د دوام لپاره پرده لمس کړئ. په %n ثانیو کې هر څه له سره پیلېږي او هغه څه چې تاسو کتلي پاکېږي.</numerusform>
            <numerusform>د دوام لپاره پرده لمس کړئ. په %n ثانیو کې هر څه له سره پیلېږي او هغه څه چې تاسو کتلي پاکېږي.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DBusNotifier</name>
    <message>
        <location filename="../app/desktop/notify/dbusnotifier.cpp" line="+51"/>
        <source>Open</source>
        <translation>پرانیستل</translation>
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
        <translation>ساتل شوې منځپانګه خرابه ده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be read: %2

Download again moves the file aside under a dated name (nothing is deleted), starts afresh and downloads your towns and languages again.</source>
        <translation>فایل %1 نه شي لوستل کېدای: %2

«بیا ښکته کول» فایل د نېټې لرونکي نوم لاندې یوې خوا ته کوي (هېڅ شی نه ړنګېږي)، له سره پیلوي او ستاسو ښارونه او ژبې بیا ښکته کوي.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download again</source>
        <translation>بیا ښکته کول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>وتل</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DashboardView</name>
    <message>
        <location filename="../app/desktop/pages/dashboardview.cpp" line="+39"/>
        <source>Local information</source>
        <translation>ځايي معلومات</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There are no pages in this language yet.</source>
        <translation>لا په دې ژبه هېڅ پاڼه نشته.</translation>
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
        <translation>“%1” د Integreat د یوه ښار پاڼې ته لینک نه دی.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” in %2 is not saved on this computer.</source>
        <translation>“%1” په %2 کې پر دې کمپیوټر ساتل شوی نه دی.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The chat is not available in this town.</source>
        <translation>چټ په دې ښار کې شتون نه لري.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked page is not saved on this computer.</source>
        <translation>تړل شوې پاڼه پر دې کمپیوټر ساتل شوې نه ده.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The linked page is in %1, which is not saved on this computer.</source>
        <translation>تړل شوې پاڼه په %1 ده، چې پر دې کمپیوټر ساتل شوې نه ده.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EndSession</name>
    <message>
        <location filename="../app/desktop/counsel/endsession.cpp" line="+44"/>
        <location line="+6"/>
        <source>End session</source>
        <translation>د ناستې پای</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>End this session?</source>
        <translation>دا ناسته پای ته ورسوئ؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app goes back to the start page. The history, the search, side by side, the news read and the folders used for saving are cleared, so that the next person finds nothing of this session.</source>
        <translation>اپ د پیل پاڼې ته بېرته ځي. تاریخچه، لټون، «څنګ په څنګ»، لوستل شوي خبرونه او د ساتلو لپاره کارول شوي فولډرونه پاکېږي، څو راتلونکی کس د دې ناستې هېڅ شی ونه مومي.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventDateText</name>
    <message>
        <location filename="../app/desktop/presentation/eventdatetext.cpp" line="+50"/>
        <source>the last %1</source>
        <translation>د میاشتې وروستی %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the %1. %2</source>
        <translation>د میاشتې %1م %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1, all day</source>
        <translation>%1، ټوله ورځ</translation>
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
        <translation>هره ورځ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 days</source>
        <translation>هرو %1 ورځو کې یو ځل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every week</source>
        <translation>هره اونۍ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 weeks</source>
        <translation>هرو %1 اونیو کې یو ځل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every month</source>
        <translation>هره میاشت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 months</source>
        <translation>هرو %1 میاشتو کې یو ځل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every year</source>
        <translation>هر کال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 years</source>
        <translation>هرو %1 کلونو کې یو ځل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats</source>
        <translation>تکرارېږي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only on weekdays (Monday to Friday)</source>
        <translation>یوازې د کار ورځې (دوشنبه تر جمعې)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventHtml</name>
    <message>
        <location filename="../app/desktop/events/eventhtml.cpp" line="+80"/>
        <source>Loading dates…</source>
        <translation>نېټې راوړل کېږي…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address:</source>
        <translation>پته:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online meeting:</source>
        <translation>آنلاین غونډه:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More dates</source>
        <translation>نورې نېټې</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventList</name>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+20"/>
        <source>Only dates from</source>
        <translation>یوازې نېټې له</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>تر</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First day</source>
        <translation>لومړۍ ورځ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>وروستۍ ورځ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Events</source>
        <translation>پېښې</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlistmodel.cpp" line="+68"/>
        <source>Today</source>
        <translation>نن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>سبا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 7 days</source>
        <translation>راتلونکې ۷ ورځې</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 30 days</source>
        <translation>راتلونکې ۳۰ ورځې</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>وروسته</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Heading</source>
        <translation>سرلیک</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+35"/>
        <source>Loading events…</source>
        <translation>پېښې راوړل کېږي…</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlistmodel.cpp" line="-20"/>
        <source>More dates: %1</source>
        <translation>نورې نېټې: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Irregular dates</source>
        <translation>نامنظمې نېټې</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Irregular dates. %1</source>
        <translation>نامنظمې نېټې. %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+13"/>
        <source>No events in these days.</source>
        <translation>په دې ورځو کې هېڅ پېښه نشته.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No upcoming events.</source>
        <translation>هېڅ راتلونکې پېښه نشته.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventsSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/eventssection.cpp" line="+26"/>
        <source>Events</source>
        <translation>پېښې</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This event is not on this computer. It may be over or removed, or it is newer than the last update.</source>
        <translation>دا پېښه پر دې کمپیوټر نشته. کېدای شي پای ته رسېدلې یا لرې شوې وي، یا له وروستي تازه کولو نوې وي.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventsView</name>
    <message>
        <location filename="../app/desktop/events/eventsview.cpp" line="+45"/>
        <location line="+28"/>
        <source>All events</source>
        <translation>ټولې پېښې</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Save this date for a calendar…</source>
        <translation>دا نېټه د کلیزې لپاره خوندي کړئ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save all dates for a calendar…</source>
        <translation>ټولې نېټې د کلیزې لپاره خوندي کړئ…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Event</source>
        <translation>پېښه</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>This event has irregular dates: they cannot all be worked out, so only the first is shown. Check the dates with the organizer.</source>
        <translation>د دې پېښې نېټې نامنظمې دي: ټولې نه شي معلومېدای، نو یوازې لومړۍ نېټه ښودل کېږي. نېټې له تنظیموونکي سره وګورئ.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Save for a calendar</source>
        <translation>د کلیزې لپاره خوندي کول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>د کلیزې فایلونه (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dates are still being worked out. Try again in a moment.</source>
        <translation>نېټې لا هم محاسبه کېږي. لږ وروسته بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This event has no dates left to save.</source>
        <translation>دې پېښې ته د خوندي کولو لپاره هېڅ نېټه نه ده پاتې.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The calendar file could not be saved: %1</source>
        <translation>د کلیزې فایل خوندي نه شو: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. Open %1 with your calendar app to add the event.</source>
        <translation>خوندي شو. %1 په خپل کلیزې اپ کې پرانیزئ څو پېښه زیاته کړئ.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ExternalLinkDialog</name>
    <message>
        <location filename="../app/desktop/pages/externallinkdialog.cpp" line="+38"/>
        <source>Open a website?</source>
        <translation>ویب پاڼه پرانیستل شي؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link leads out of Integreat to a website of &lt;b&gt;%1&lt;/b&gt;. It opens in your web browser and needs an internet connection.</source>
        <translation>دا لینک له Integreat څخه بهر د &lt;b&gt;%1&lt;/b&gt; یوې ویب پاڼې ته ځي. ستاسو په براوزر کې پرانیستل کېږي او انټرنېټ ته اړتیا لري.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Open in browser</source>
        <translation>په براوزر کې پرانیستل</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open the document online?</source>
        <translation>سند آنلاین پرانیستل شي؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document is not saved on this computer. It can be opened from &lt;b&gt;%1&lt;/b&gt; in your browser with an internet connection.</source>
        <translation>دا سند پر دې کمپیوټر ساتل شوی نه دی. له &lt;b&gt;%1&lt;/b&gt; څخه ستاسو په براوزر کې د انټرنېټ په مرسته پرانیستل کېدای شي.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call this number?</source>
        <translation>دې شمېرې ته زنګ ووهل شي؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your computer&apos;s phone app will call this number:</source>
        <translation>ستاسو د کمپیوټر د ټیلیفون اپ به دې شمېرې ته زنګ ووهي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>زنګ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write an e-mail?</source>
        <translation>برېښنالیک ولیکل شي؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your e-mail program will open a new message to:</source>
        <translation>ستاسو د برېښنالیک پروګرام به یو نوی پیغام پرانیزي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write e-mail</source>
        <translation>برېښنالیک ولیکئ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Copy</source>
        <translation>کاپي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <translation>کاپي شو</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::FeedbackBox</name>
    <message>
        <location filename="../app/desktop/pages/feedbackbox.cpp" line="+88"/>
        <source>Was this page helpful?</source>
        <translation>ایا دا پاڼه ګټوره وه؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>هو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, this was helpful</source>
        <translation>هو، ګټوره وه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>نه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, this was not helpful</source>
        <translation>نه، ګټوره نه وه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What could be better? (optional, no personal data)</source>
        <translation>څه شی ښه کېدای شي؟ (اختیاري، پرته له شخصي معلوماتو)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on this page</source>
        <translation>پر دې پاڼې تبصره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send feedback</source>
        <translation>نظر ولېږئ</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Thank you. You may add a comment.</source>
        <translation>مننه. تاسو کولی شئ تبصره هم ورزیاته کړئ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please choose “Yes” or “No”, or write a comment.</source>
        <translation>مهرباني وکړئ «هو» یا «نه» وټاکئ، یا تبصره ولیکئ.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::FirstRunWizard</name>
    <message>
        <location filename="../app/desktop/firstrun/firstrunwizard.cpp" line="+31"/>
        <source>Back</source>
        <translation>شاته</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+221"/>
        <source>Next</source>
        <translation>بل</translation>
    </message>
    <message>
        <location line="-220"/>
        <location line="+216"/>
        <source>Cancel</source>
        <translation>لغوه کول</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Welcome to Integreat</source>
        <translation>Integreat ته ښه راغلاست</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The download was cancelled. Nothing was changed on this computer.</source>
        <translation>ښکته کول لغوه شو. پر دې کمپیوټر هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The server lists no regions.</source>
        <translation>سرور هېڅ سیمه نه لري.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The demo town could not be set up: %1</source>
        <translation>ازمایښتي ښار جوړ نه شو: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Download</source>
        <translation>ښکته کول</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue</source>
        <translation>دوام</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stops the download; nothing is changed</source>
        <translation>ښکته کول دروي؛ هېڅ شی نه بدلېږي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this window</source>
        <translation>دا کړکۍ تړي</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::HeaderBar</name>
    <message>
        <location filename="../app/desktop/mainwindow/headerbar.cpp" line="+54"/>
        <location line="+1"/>
        <source>Search</source>
        <translation>لټون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear search</source>
        <translation>لټون پاک کړئ</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Menu</source>
        <translation>مینو</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Search in %1</source>
        <translation>په %1 کې لټون</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskApp</name>
    <message>
        <location filename="../app/desktop/shell/kioskapp.cpp" line="+36"/>
        <source>kiosk mode is disabled in %1 (integreat-cli kiosk setup enables it)</source>
        <translation>په %1 کې د کیوسک حالت غیرفعال دی (integreat-cli kiosk setup یې فعالوي)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot create the folder %1</source>
        <translation>فولډر %1 نه شي جوړېدای</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved content cannot be opened: %1</source>
        <translation>ساتل شوې منځپانګه نه شي پرانیستل کېدای: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskSession</name>
    <message>
        <location filename="../app/desktop/kiosk/kiosksession.cpp" line="+66"/>
        <source>Start over</source>
        <translation>له سره پیل کړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this page with you</source>
        <translation>دا پاڼه له ځان سره یوسئ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskWindow</name>
    <message>
        <location filename="../app/desktop/kiosk/kioskwindow.cpp" line="+77"/>
        <source>The update has finished.</source>
        <translation>تازه کول پای ته ورسېدل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The update failed; the last good content stays in use. %1</source>
        <translation>تازه کول ناکام شول؛ وروستۍ سمه منځپانګه کارول کېږي. %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nothing is saved on this kiosk yet. The administrator can update the content.</source>
        <translation>لا پر دې کیوسک هېڅ شی نه دی ساتل شوی. مدیر کولای شي منځپانګه تازه کړي.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Wrong PIN.</source>
        <translation>غلط PIN.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>ډېر غلط PINونه. په %n ثانیو کې بیا هڅه وکړئ.</numerusform>
            <numerusform>ډېر غلط PINونه. په %n ثانیو کې بیا هڅه وکړئ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No PIN is set for this kiosk, so the administration cannot be opened here (integreat-cli kiosk set-pin).</source>
        <translation>د دې کیوسک لپاره PIN نه دی ټاکل شوی، نو اداره دلته نه شي پرانیستل کېدای (integreat-cli kiosk set-pin).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No region is configured (integreat-cli kiosk setup).</source>
        <translation>هېڅ سیمه نه ده ټاکل شوې (integreat-cli kiosk setup).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kiosk runs offline; the nightly update keeps it current.</source>
        <translation>دا کیوسک له انټرنېټ پرته کار کوي؛ د شپې تازه کول یې تازه ساتي.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Updating…</source>
        <translation>تازه کېږي…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageButton</name>
    <message>
        <location filename="../app/desktop/mainwindow/languagebutton.cpp" line="+40"/>
        <source>%1 (download)</source>
        <translation>%1 (ښکته کول)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language of the content: %1</source>
        <translation>د منځپانګې ژبه: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content language: %1</source>
        <translation>د منځپانګې ژبه: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageNames</name>
    <message>
        <location filename="../app/desktop/presentation/languages.cpp" line="+46"/>
        <source>Albanian</source>
        <translation>البانیایي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amharic</source>
        <translation>امهري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>عربي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgarian</source>
        <translation>بلغاریایي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central Kurdish</source>
        <translation>مرکزي کوردي (سوراني)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatian</source>
        <translation>کروشیایي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czech</source>
        <translation>چکي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dari</source>
        <translation>دري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>انګلیسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>فرانسوي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>الماني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greek</source>
        <translation>یوناني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungarian</source>
        <translation>هنګري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>ایټالوي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kurdish</source>
        <translation>کوردي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pashto</source>
        <translation>پښتو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persian</source>
        <translation>فارسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>پولنډي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>رومانیایي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>روسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbian</source>
        <translation>سربیایي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somali</source>
        <translation>سومالیایي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>هسپانوي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tigrinya</source>
        <translation>تیګرینیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>ترکي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation>اوکرایني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation>اردو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnamese</source>
        <translation>ویتنامي</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguagePage</name>
    <message>
        <location filename="../app/desktop/firstrun/languagepage.cpp" line="+22"/>
        <source>Which languages do you want to read?</source>
        <translation>په کومو ژبو لوستل غواړئ؟</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notice</source>
        <translation>یادونه</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Languages</source>
        <translation>ژبې</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The local information of %1 is downloaded in the languages you choose, so you can read it without internet. You can choose several and add more later.</source>
        <translation>د %1 ځايي معلومات په هغو ژبو ښکته کېږي چې تاسو یې ټاکئ، څو یې له انټرنېټ پرته ولولئ. تاسو کولای شئ څو ژبې وټاکئ او وروسته نورې هم زیاتې کړئ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language code %1</source>
        <translation>د ژبې کوډ %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageRow</name>
    <message>
        <location filename="../app/desktop/firstrun/languagerow.cpp" line="+29"/>
        <source>Retry</source>
        <translation>بیا هڅه</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry %1</source>
        <translation>بیا هڅه %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Waiting</source>
        <translation>انتظار</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Finished</source>
        <translation>پای ته ورسېد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Ready to read offline</source>
        <translation>✓ له انټرنېټ پرته لوستلو ته چمتو</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not downloaded: %1</source>
        <translation>ښکته نه شو: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LinkRouter</name>
    <message>
        <location filename="../app/desktop/pages/linkrouter.cpp" line="+70"/>
        <source>This link cannot be opened: it could harm your computer or your data.</source>
        <translation>دا لینک نه شي پرانیستل کېدای: کېدای شي ستاسو کمپیوټر یا ډېټا ته زیان ورسوي.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This link leads to the list of towns. To read about another town, use “Change” next to the town&apos;s name.</source>
        <translation>دا لینک د ښارونو لېست ته ځي. د بل ښار په اړه د لوستلو لپاره، د ښار د نوم تر څنګ «بدلول» وکاروئ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This link leads to a part of Integreat that this app does not show yet.</source>
        <translation>دا لینک د Integreat یوې هغې برخې ته ځي چې دا اپ یې لا نه ښيي.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download %1</source>
        <translation>%1 ښکته کړئ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This link leads to “%1” in %2, which is not saved on this computer.</source>
        <translation>دا لینک په %2 کې “%1” ته ځي، چې پر دې کمپیوټر ساتل شوی نه دی.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This page is in %1, which is not saved on this computer yet.</source>
        <translation>دا پاڼه په %1 ده، چې لا پر دې کمپیوټر ساتل شوې نه ده.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chat is not available in this town.</source>
        <translation>چټ په دې ښار کې شتون نه لري.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The linked event is not on this computer. It may be over or removed, or it is newer than the last update.</source>
        <translation>تړل شوې پېښه پر دې کمپیوټر نشته. کېدای شي پای ته رسېدلې یا لرې شوې وي، یا له وروستي تازه کولو نوې وي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked place is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>تړل شوی ځای پر دې کمپیوټر نشته. کېدای شي لرې شوی وي، یا له وروستي تازه کولو نوی وي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked news item is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>تړل شوی خبر پر دې کمپیوټر نشته. کېدای شي لرې شوی وي، یا له وروستي تازه کولو نوی وي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked page is not on this computer. It may have been moved or removed, or it is newer than the last update.</source>
        <translation>تړل شوې پاڼه پر دې کمپیوټر نشته. کېدای شي بل ځای ته وړل شوې یا لرې شوې وي، یا له وروستي تازه کولو نوې وي.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No program on this computer can open this document.</source>
        <translation>پر دې کمپیوټر هېڅ پروګرام دا سند نه شي پرانیستلی.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This document is not saved on this computer.</source>
        <translation>دا سند پر دې کمپیوټر ساتل شوی نه دی.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>No program on this computer can open this link.</source>
        <translation>پر دې کمپیوټر هېڅ پروګرام دا لینک نه شي پرانیستلی.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>This offer cannot be opened: its form could not be prepared.</source>
        <translation>دا خدمت نه شي پرانیستل کېدای: د هغه فورمه چمتو نه شوه.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open online</source>
        <translation>آنلاین پرانیستل</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LocalInfoSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/localinfosection.cpp" line="+37"/>
        <source>Local information</source>
        <translation>ځايي معلومات</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LocalInfoView</name>
    <message>
        <location filename="../app/desktop/pages/localinfoview.cpp" line="+57"/>
        <source>Page content</source>
        <translation>د پاڼې منځپانګه</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Start page of the town</source>
        <translation>د ښار د پیل پاڼه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation>د لټون پایلې</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page</source>
        <translation>پاڼه</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <location line="+31"/>
        <location line="+38"/>
        <location line="+9"/>
        <location line="+21"/>
        <source>Local information</source>
        <translation>ځايي معلومات</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>This page is not on this computer</source>
        <translation>دا پاڼه پر دې کمپیوټر نشته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been moved or removed by the last update.</source>
        <translation>کېدای شي په وروستي تازه کولو کې بل ځای ته وړل شوې یا لرې شوې وي.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+26"/>
        <location line="+1"/>
        <source>Imprint</source>
        <translation>د خپرونکي معلومات</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>There is no imprint in this language on this computer.</source>
        <translation>پر دې کمپیوټر په دې ژبه د خپرونکي معلومات نشته.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The imprint is available in:</source>
        <translation>د خپرونکي معلومات په دې ژبو شته:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search</source>
        <translation>لټون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search: “%1”</source>
        <translation>لټون: “%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go to the start page</source>
        <translation>د پیل پاڼې ته ورشئ</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Start page in %1</source>
        <translation>د پیل پاڼه په %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not available in %2. It is available in:</source>
        <translation>“%1” په %2 کې نشته. په دې ژبو شته:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not available in %2.</source>
        <translation>“%1” په %2 کې نشته.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MainActions</name>
    <message>
        <location filename="../app/desktop/mainwindow/mainactions.cpp" line="+19"/>
        <source>Back</source>
        <translation>شاته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward</source>
        <translation>مخ ته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start page</source>
        <translation>د پیل پاڼه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>لټون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>اوس همغږي کړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imprint</source>
        <translation>د خپرونکي معلومات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>ترتیبات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger text</source>
        <translation>لوی متن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smaller text</source>
        <translation>کوچنی متن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal text size</source>
        <translation>د متن عادي کچه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Integreat Desktop</source>
        <translation>د Integreat Desktop په اړه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>وتل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This page</source>
        <translation>دا پاڼه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text size</source>
        <translation>د متن کچه</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MainWindow</name>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindow.cpp" line="+196"/>
        <source>Download %1</source>
        <translation>%1 ښکته کړئ</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 is not saved on this computer yet.</source>
        <translation>%1 لا پر دې کمپیوټر ساتل شوی نه دی.</translation>
    </message>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindowcommands.cpp" line="+171"/>
        <source>About Integreat Desktop</source>
        <translation>د Integreat Desktop په اړه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Integreat Desktop %1&lt;/h3&gt;&lt;p&gt;Local information for newcomers, in their language, also without internet.&lt;/p&gt;&lt;p&gt;The content comes from the towns and districts that take part in &lt;a href=&quot;https://integreat-app.de&quot;&gt;Integreat&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Integreat Desktop %1&lt;/h3&gt;&lt;p&gt;د نویو راغلو لپاره ځايي معلومات، په خپله ژبه، له انټرنېټ پرته هم.&lt;/p&gt;&lt;p&gt;منځپانګه له هغو ښارونو او ولسوالیو راځي چې په &lt;a href=&quot;https://integreat-app.de&quot;&gt;Integreat&lt;/a&gt; کې برخه لري.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindowcounsel.cpp" line="+50"/>
        <source>Reading area</source>
        <translation>د لوستلو برخه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The section shown, and beside it the same in a second language when Side by side is on</source>
        <translation>ښودل شوې برخه، او د هغې تر څنګ همغه په دویمه ژبه، کله چې «څنګ په څنګ» فعال وي</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MapWidget</name>
    <message>
        <location filename="../app/desktop/places/mapwidget.cpp" line="+30"/>
        <source>Map of places</source>
        <translation>د ځایونو نقشه</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>لویول</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>کوچنی کول</translation>
    </message>
    <message>
        <location line="+344"/>
        <source>I am here (sort places by distance from this point)</source>
        <translation>زه دلته یم (ځایونه له دې ټکي څخه د واټن له مخې ترتیب کړئ)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MassRemovalQuestion</name>
    <message>
        <location filename="../app/desktop/sync/massremovalquestion.cpp" line="+16"/>
        <source>Remove saved pages?</source>
        <translation>ساتل شوې پاڼې لرې شي؟</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n of the %2 saved pages would be removed.</source>
        <translation>
            <numerusform>%1: له %2 ساتل شویو پاڼو څخه به %n پاڼه لرې شي.</numerusform>
            <numerusform>%1: له %2 ساتل شویو پاڼو څخه به %n پاڼې لرې شي.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server sent much less content than before. If you go on, pages you have now will be deleted from this computer.</source>
        <translation>سرور تر مخکې ډېره لږه منځپانګه راولېږله. که دوام ورکړئ، هغه پاڼې چې اوس یې لرئ له دې کمپیوټر څخه به ړنګې شي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This can be a mistake on the server. If you keep your content, nothing changes and you can try again later.</source>
        <translation>کېدای شي دا د سرور تېروتنه وي. که خپله منځپانګه وساتئ، هېڅ شی نه بدلېږي او وروسته بیا هڅه کولای شئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep my content</source>
        <translation>زما منځپانګه وساتئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove them</source>
        <translation>لرې یې کړئ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NavigationBar</name>
    <message>
        <location filename="../app/desktop/pages/navigationbar.cpp" line="+29"/>
        <source>Back (Alt+Left)</source>
        <translation>شاته (Alt+Left)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>شاته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward (Alt+Right)</source>
        <translation>مخ ته (Alt+Right)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>مخ ته</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsHtml</name>
    <message>
        <location filename="../app/desktop/news/newshtml.cpp" line="+16"/>
        <source>Local news</source>
        <translation>ځايي خبرونه</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Read the original</source>
        <translation>اصلي متن ولولئ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/newssection.cpp" line="+28"/>
        <source>News</source>
        <translation>خبرونه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News (%1)</source>
        <translation>خبرونه (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News, %1 new</source>
        <translation>خبرونه، %1 نوي</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This news item is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>دا خبر پر دې کمپیوټر نشته. کېدای شي لرې شوی وي، یا له وروستي تازه کولو نوی وي.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsView</name>
    <message>
        <location filename="../app/desktop/news/newsview.cpp" line="+43"/>
        <location line="+56"/>
        <source>All news</source>
        <translation>ټول خبرونه</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>All</source>
        <translation>ټول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local</source>
        <translation>ځايي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External</source>
        <translation>بهرني</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>News</source>
        <translation>خبرونه</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>News item</source>
        <translation>خبر</translation>
    </message>
    <message>
        <location filename="../app/desktop/news/newslistmodel.cpp" line="+85"/>
        <source>● New</source>
        <translation>● نوی</translation>
    </message>
    <message>
        <location filename="../app/desktop/news/newsview.cpp" line="+110"/>
        <source>There are no news in this language yet. New local news of the town appear here after the next update.</source>
        <translation>لا په دې ژبه هېڅ خبر نشته. د ښار نوي ځايي خبرونه له راتلونکي تازه کولو وروسته دلته ښکاري.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No news of this kind. Choose “All” to see every news item.</source>
        <translation>د دې ډول هېڅ خبر نشته. د ټولو خبرونو لیدلو لپاره «ټول» وټاکئ.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NoticeBar</name>
    <message>
        <location filename="../app/desktop/pages/noticebar.cpp" line="+26"/>
        <source>Notice</source>
        <translation>یادونه</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Close this notice</source>
        <translation>دا یادونه وتړئ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationCenter</name>
    <message>
        <location filename="../app/desktop/notify/notificationcenter.cpp" line="+44"/>
        <source>Notifications (%1)</source>
        <translation>خبرتیاوې (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notifications</source>
        <translation>خبرتیاوې</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>News from %1 (%2)</source>
        <translation>خبرونه له %1 (%2)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationsDialog</name>
    <message>
        <location filename="../app/desktop/notify/notificationsdialog.cpp" line="+27"/>
        <source>No notifications yet. New local news of your towns appear here.</source>
        <translation>لا هېڅ خبرتیا نشته. ستاسو د ښارونو نوي ځايي خبرونه دلته ښکاري.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>پاکول</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>خبرتیاوې</translation>
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
        <translation>کله چې یو ښار په یوه ژبه خبر خپور کړي، خبرتیا وښیئ:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> min</source>
        <translation> دقیقې</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Look for news every</source>
        <translation>د خبرونو لټون هر</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::OfferForm</name>
    <message>
        <location filename="../app/desktop/pages/offerform.cpp" line="+27"/>
        <source>Continue to %1</source>
        <translation>%1 ته دوام ورکړئ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PackImport</name>
    <message>
        <location filename="../app/desktop/settings/packimport.cpp" line="+28"/>
        <source>Could not open the local store: %1</source>
        <translation>ځايي زېرمه پرانیستل نه شوه: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The content pack %1 was not imported: %2 Nothing on this computer was changed.</source>
        <translation>د منځپانګې بسته %1 رانه وړل شوه: %2 پر دې کمپیوټر هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported from the content pack: %1 in %2.</source>
        <translation>له منځپانګې بستې څخه راوړل شوه: %1 په %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported, because this computer has newer content of %1 in %2. “Import anyway” replaces it with the older content of the pack.</source>
        <translation>رانه وړل شوه، ځکه چې پر دې کمپیوټر د %1 په %2 کې نوې منځپانګه شته. «بیا هم راوړئ» هغه د بستې په زړې منځپانګې بدلوي.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The content pack %1 holds no language.</source>
        <translation>د منځپانګې بسته %1 هېڅ ژبه نه لري.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PackImportPanel</name>
    <message>
        <location filename="../app/desktop/settings/packimportpanel.cpp" line="+23"/>
        <source>Import content pack…</source>
        <translation>د منځپانګې بسته راوړئ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import anyway</source>
        <translation>بیا هم راوړئ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a region&apos;s content from a file made with “integreat-cli pack export” (for computers without fast internet).</source>
        <translation>د یوې سیمې منځپانګه له هغه فایل څخه راوړئ چې له “integreat-cli pack export” سره جوړ شوی وي (د هغو کمپیوټرونو لپاره چې چټک انټرنېټ نه لري).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing the content pack</source>
        <translation>د منځپانګې بسته راوړل کېږي</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Replaces this computer&apos;s newer content with the older content of the pack.</source>
        <translation>د دې کمپیوټر نوې منځپانګه د بستې په زړې منځپانګې بدلوي.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import content pack</source>
        <translation>د منځپانګې بسته راوړئ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Integreat content packs (*.integreat-pack)</source>
        <translation>د Integreat د منځپانګې بستې (*.integreat-pack)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Waiting for the running update to finish…</source>
        <translation>د روانې تازه کولو د پای ته رسېدو انتظار کېږي…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing the content pack…</source>
        <translation>د منځپانګې بسته راوړل کېږي…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PageHtml</name>
    <message>
        <location filename="../app/desktop/pages/pagehtml.cpp" line="+108"/>
        <source>Last updated on %1</source>
        <translation>وروستی تازه کول په %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Published on %1</source>
        <translation>په %1 خپور شوی</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This page has no text yet.</source>
        <translation>دا پاڼه لا متن نه لري.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Imprint</source>
        <translation>د خپرونکي معلومات</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Contact form: write to the town&apos;s team</source>
        <translation>د اړیکې فورمه: د ښار ټیم ته ولیکئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online offer: opens in your browser</source>
        <translation>آنلاین خدمت: ستاسو په براوزر کې پرانیستل کېږي</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This page is provided by %1</source>
        <translation>دا پاڼه د %1 لخوا برابره شوې</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PinPad</name>
    <message>
        <location filename="../app/desktop/kiosk/pinpad.cpp" line="+22"/>
        <source>Administrator PIN</source>
        <translation>د مدیر PIN</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete</source>
        <translation>ړنګول</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>سمه ده</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>لغوه کول</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the PIN to open the administration.</source>
        <translation>د ادارې د پرانیستلو لپاره PIN ولیکئ.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceDetailHtml</name>
    <message>
        <location filename="../app/desktop/places/placedetailhtml.cpp" line="+82"/>
        <source>%1 km away</source>
        <translation>%1 کیلومتره لرې</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open all day</source>
        <translation>ټوله ورځ پرانیستی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>تړلی</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open now</source>
        <translation>اوس پرانیستی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed now</source>
        <translation>اوس تړلی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>په لنډمهاله توګه تړلی</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Only with an appointment</source>
        <translation>یوازې د وخت په اخیستلو</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with an appointment</source>
        <translation>د وخت په اخیستلو</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>✓ Barrier-free</source>
        <translation>✓ خنډ نه لري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Not barrier-free</source>
        <translation>✗ خنډ لري</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Address</source>
        <translation>پته</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Navigate (opens a map)</source>
        <translation>لارښوونه (نقشه پرانیزي)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening hours</source>
        <translation>د پرانیستلو وختونه</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Make an appointment</source>
        <translation>وخت واخلئ</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Contacts</source>
        <translation>اړیکې</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact information</source>
        <translation>د اړیکې معلومات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone</source>
        <translation>ټیلیفون</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>برېښنالیک</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website</source>
        <translation>ویب پاڼه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment</source>
        <translation>ملاقات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office hours</source>
        <translation>د کار وختونه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About this place</source>
        <translation>د دې ځای په اړه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events here</source>
        <translation>دلته پېښې</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceFiltersDialog</name>
    <message>
        <location filename="../app/desktop/places/placefiltersdialog.cpp" line="+25"/>
        <source>Only places open now</source>
        <translation>یوازې هغه ځایونه چې اوس پرانیستي دي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only barrier-free places</source>
        <translation>یوازې بې خنډه ځایونه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter places</source>
        <translation>ځایونه فلټر کړئ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>کټګوري</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reset filters</source>
        <translation>فلټرونه بېرته تنظیم کړئ</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Show %n place(s)</source>
        <translation>
            <numerusform>%n ځای وښیئ</numerusform>
            <numerusform>%n ځایونه وښیئ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceListPanel</name>
    <message>
        <location filename="../app/desktop/places/placelistpanel.cpp" line="+26"/>
        <source>Show all places</source>
        <translation>ټول ځایونه وښیئ</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Search in places</source>
        <translation>په ځایونو کې لټون</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+100"/>
        <source>Filters…</source>
        <translation>فلټرونه…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Places</source>
        <translation>ځایونه</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open now</source>
        <translation>اوس پرانیستی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed now</source>
        <translation>اوس تړلی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temporarily closed</source>
        <translation>په لنډمهاله توګه تړلی</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>open now</source>
        <translation>اوس پرانیستی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>barrier-free</source>
        <translation>بې خنډه</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Filters (%1)…</source>
        <translation>فلټرونه (%1)…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlacesSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/placessection.cpp" line="+31"/>
        <source>Places</source>
        <translation>ځایونه</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>This place is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>دا ځای پر دې کمپیوټر نشته. کېدای شي لرې شوی وي، یا له وروستي تازه کولو نوی وي.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlacesView</name>
    <message>
        <location filename="../app/desktop/places/placesview.cpp" line="+65"/>
        <source>← All places</source>
        <translation>→ ټول ځایونه</translation>
    </message>
    <message>
        <location filename="../app/desktop/places/placesviewtiles.cpp" line="+56"/>
        <source>No map of %1 to show. Map tiles need an internet connection or an offline map file (an administrator can import one with “integreat-cli import-tiles”). The places stand on a plain background; the list and the details work without it.</source>
        <translation>د %1 هېڅ نقشه د ښودلو لپاره نشته. د نقشې ټوټې انټرنېټ یا آفلاین نقشې فایل ته اړتیا لري (مدیر کولای شي یو یې په “integreat-cli import-tiles” راوړي). ځایونه پر ساده شالید ښودل کېږي؛ لېست او جزییات له نقشې پرته هم کار کوي.</translation>
    </message>
    <message>
        <location filename="../app/desktop/places/placesview.cpp" line="-5"/>
        <source>Places and map</source>
        <translation>ځایونه او نقشه</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Place</source>
        <translation>ځای</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All places</source>
        <translation>ټول ځایونه</translation>
    </message>
    <message numerus="yes">
        <location line="+162"/>
        <source>%n place(s) at this spot</source>
        <translation>
            <numerusform>په دې ځای کې %n ځای</numerusform>
            <numerusform>په دې ځای کې %n ځایونه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n place(s), nearest first</source>
        <translation>
            <numerusform>%n ځای، تر ټولو نږدې لومړی</numerusform>
            <numerusform>%n ځایونه، تر ټولو نږدې لومړی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n place(s), A–Z</source>
        <translation>
            <numerusform>%n ځای، A–Z</numerusform>
            <numerusform>%n ځایونه، A–Z</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no places for this town yet. They appear here after the next download.</source>
        <translation>لا د دې ښار لپاره هېڅ ځای نشته. له راتلونکي ښکته کولو وروسته دلته ښکاري.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No place matches. Change the filters or the search.</source>
        <translation>هېڅ ځای سمون نه خوري. فلټرونه یا لټون بدل کړئ.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::QrCard</name>
    <message>
        <location filename="../app/desktop/kiosk/qrcard.cpp" line="+19"/>
        <source>Close</source>
        <translation>تړل</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scan the code with your phone&apos;s camera to take this with you.</source>
        <translation>کوډ د خپل ټیلیفون په کمرې سره سکن کړئ څو دا له ځان سره یوسئ.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Call this number</source>
        <translation>دې شمېرې ته زنګ ووهئ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an e-mail</source>
        <translation>برېښنالیک ولیکئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this on your phone</source>
        <translation>دا په خپل ټیلیفون کې پرانیزئ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(too long for a QR code)</source>
        <translation>(د QR کوډ لپاره ډېر اوږد)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::QrDialog</name>
    <message>
        <location filename="../app/desktop/counsel/qrdialog.cpp" line="+20"/>
        <source>QR code</source>
        <translation>QR کوډ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QR code of the link</source>
        <translation>د لینک QR کوډ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Scan the code to open this on your phone</source>
        <translation>کوډ سکن کړئ څو دا په خپل ګرځنده تلیفون کې پرانیزئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the code to open “%1” on your phone</source>
        <translation>کوډ سکن کړئ څو “%1” په خپل ګرځنده تلیفون کې پرانیزئ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ReadAloudPanel</name>
    <message>
        <location filename="../app/desktop/counsel/readaloudpanel.cpp" line="+20"/>
        <source>Close</source>
        <translation>تړل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading and close</source>
        <translation>لوستل ودروئ او وې تړئ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionButton</name>
    <message>
        <location filename="../app/desktop/mainwindow/regionbutton.cpp" line="+33"/>
        <source>Town</source>
        <translation>ښار</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>بدلول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read about another town</source>
        <translation>د بل ښار په اړه ولولئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change town</source>
        <translation>ښار بدل کړئ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Town: %1</source>
        <translation>ښار: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Find another town…</source>
        <translation>بل ښار ومومئ…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionList</name>
    <message>
        <location filename="../app/desktop/firstrun/regionlist.cpp" line="+21"/>
        <source>Regions</source>
        <translation>سیمې</translation>
    </message>
    <message>
        <location filename="../app/desktop/firstrun/regionlistmodel.cpp" line="+58"/>
        <source>Nearby</source>
        <translation>نږدې</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions near you</source>
        <translation>ستاسو نږدې سیمې</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Regions starting with %1</source>
        <translation>هغه سیمې چې په %1 پیلېږي</translation>
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
        <translation>همدارنګه د: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionPage</name>
    <message>
        <location filename="../app/desktop/firstrun/regionpage.cpp" line="+42"/>
        <source>Try again</source>
        <translation>بیا هڅه وکړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the demo town</source>
        <translation>ازمایښتي ښار وازمایئ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where do you live?</source>
        <translation>چېرته اوسېږئ؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your town or district. Its local information is then downloaded so that you can read it without internet.</source>
        <translation>خپل ښار یا ولسوالي وټاکئ. بیا یې ځايي معلومات ښکته کېږي څو یې له انټرنېټ پرته ولولئ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search, e.g. Landkreis München</source>
        <translation>لټون، لکه Landkreis München</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search for a region</source>
        <translation>د سیمې لټون</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of regions found</source>
        <translation>د موندل شویو سیمو شمېر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the list of regions…</source>
        <translation>د سیمو لېست پورته کېږي…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the list of regions</source>
        <translation>د سیمو لېست پورته کېږي</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meanwhile you can look around in Musterstadt, a made-up demo town that comes with the app (in German, English and Arabic).</source>
        <translation>په دې منځ کې تاسو کولای شئ Musterstadt وګورئ، یو جوړ شوی ازمایښتي ښار چې له اپ سره راځي (په الماني، انګلیسي او عربي).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No connection</source>
        <translation>اړیکه نشته</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The Integreat server cannot be reached right now, so the list of regions is not available. Please check your internet connection and try again.</source>
        <translation>اوس مهال د Integreat سرور ته لاسرسی نشته، نو د سیمو لېست شتون نه لري. مهرباني وکړئ خپل انټرنېټ وګورئ او بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app is in offline mode, so the list of regions cannot be loaded.</source>
        <translation>اپ په آفلاین حالت کې دی، نو د سیمو لېست نه شي پورته کېدای.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No town found for “%1”. Check the spelling, or try your district (Landkreis) or a town nearby: not every town takes part in Integreat yet.</source>
        <translation>د “%1” لپاره هېڅ ښار ونه موندل شو. املا وګورئ، یا خپله ولسوالي (Landkreis) یا نږدې ښار وازمایئ: لا ټول ښارونه په Integreat کې برخه نه لري.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Regions: %1</source>
        <translation>سیمې: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions found: %1</source>
        <translation>موندل شوې سیمې: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RelativeTime</name>
    <message>
        <location filename="../app/desktop/presentation/relativetime.cpp" line="+13"/>
        <source>Not updated yet</source>
        <translation>لا تازه شوی نه دی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated just now</source>
        <translation>همدا اوس تازه شو</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated 1 minute ago</source>
        <translation>۱ دقیقه مخکې تازه شو</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>%n دقیقه مخکې تازه شو</numerusform>
            <numerusform>%n دقیقې مخکې تازه شو</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated 1 hour ago</source>
        <translation>۱ ساعت مخکې تازه شو</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>%n ساعت مخکې تازه شو</numerusform>
            <numerusform>%n ساعته مخکې تازه شو</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated yesterday</source>
        <translation>پرون تازه شو</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Updated %n days ago</source>
        <translation>
            <numerusform>%n ورځ مخکې تازه شو</numerusform>
            <numerusform>%n ورځې مخکې تازه شو</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated on %1</source>
        <translation>په %1 تازه شو</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SearchView</name>
    <message>
        <location filename="../app/desktop/search/searchview.cpp" line="+61"/>
        <source>Search results</source>
        <translation>د لټون پایلې</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Search: “%1”</source>
        <translation>لټون: “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching…</source>
        <translation>لټون کېږي…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Page</source>
        <translation>پاڼه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>پېښه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>ځای</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>News</source>
        <translation>خبرونه</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Only in %1</source>
        <translation>یوازې په %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text excerpt in %1</source>
        <translation>په %1 کې د متن برخه</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The search did not work: %1</source>
        <translation>لټون کار ونه کړ: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing found for “%1”.
Try other or fewer words.</source>
        <translation>د “%1” لپاره هېڅ شی ونه موندل شو.
نور یا لږ ټکي وازمایئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found in %1 or in German for “%2”.
Try other or fewer words, or a German word you know from a letter.</source>
        <translation>په %1 یا الماني کې د “%2” لپاره هېڅ شی ونه موندل شو.
نور یا لږ ټکي وازمایئ، یا هغه الماني ټکی چې له یوه لیک څخه یې پېژنئ.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n or more results</source>
        <translation>
            <numerusform>%n یا ډېرې پایلې</numerusform>
            <numerusform>%n یا ډېرې پایلې</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 result</source>
        <translation>۱ پایله</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n پایله</numerusform>
            <numerusform>%n پایلې</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n or more results in %1 and German</source>
        <translation>
            <numerusform>په %1 او الماني کې %n یا ډېرې پایلې</numerusform>
            <numerusform>په %1 او الماني کې %n یا ډېرې پایلې</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 result in %1 and German</source>
        <translation>په %1 او الماني کې ۱ پایله</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n results in %1 and German</source>
        <translation>
            <numerusform>په %1 او الماني کې %n پایله</numerusform>
            <numerusform>په %1 او الماني کې %n پایلې</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results for “%1”</source>
        <translation>د “%1” پایلې</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SectionBar</name>
    <message>
        <location filename="../app/desktop/mainwindow/sectionbar.cpp" line="+47"/>
        <source>Sections</source>
        <translation>برخې</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SectionShell</name>
    <message>
        <location filename="../app/desktop/mainwindow/sectionshell.cpp" line="+15"/>
        <source>What the section chosen in the section tabs shows</source>
        <translation>هغه څه چې د برخو په ټبونو کې ټاکل شوې برخه یې ښيي</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SettingsDialog</name>
    <message>
        <location filename="../app/desktop/settings/settingsdialog.cpp" line="+47"/>
        <source>High contrast</source>
        <translation>لوړ کنټراسټ</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+20"/>
        <source>Language of the app</source>
        <translation>د اپ ژبه</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Like the system (%1)</source>
        <translation>د سیسټم په څېر (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Menus and messages use this language from the next start. The language of the content is chosen above each page.</source>
        <translation>مینو او پیغامونه له راتلونکي پیل څخه دا ژبه کاروي. د منځپانګې ژبه د هرې پاڼې پورته ټاکل کېږي.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+20"/>
        <source>Text size</source>
        <translation>د متن کچه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading</source>
        <translation>لوستل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>خبرتیاوې</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> h</source>
        <translation> ساعته</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Update saved towns every</source>
        <translation>ساتل شوي ښارونه تازه کړئ هر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer is shared (counseling): show End session in the window</source>
        <translation>دا کمپیوټر ګډ کارول کېږي (سلاکاري): په کړکۍ کې «د ناستې پای» وښیئ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shared computer</source>
        <translation>ګډ کمپیوټر</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved content</source>
        <translation>ساتل شوې منځپانګه</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>End the session automatically when not in use</source>
        <translation>کله چې نه کارول کېږي، ناسته په خپله پای ته ورسوئ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>minutes without use</source>
        <translation>دقیقې پرته له کارونې</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes without use before the session ends</source>
        <translation>د ناستې له پای ته رسېدو مخکې پرته له کارونې دقیقې</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before it ends, a countdown asks whether someone is still there; any key or mouse movement keeps the session. On a shared computer the app also keeps no language, town, news read or folder of a client.</source>
        <translation>له پای ته رسېدو مخکې، یوه شاتنۍ شمېرنه پوښتي چې ایا څوک لا دلته شته؛ هره تڼۍ یا د موږک خوځښت ناسته ساتي. په ګډ کمپیوټر کې اپ همداراز هېڅ ژبه، ښار، لوستل شوي خبرونه یا د مراجعه کوونکي فولډر نه ساتي.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SideBySidePane</name>
    <message>
        <location filename="../app/desktop/counsel/sidebysidepane.cpp" line="+43"/>
        <source>Second language</source>
        <translation>دویمه ژبه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Swap sides</source>
        <translation>اړخونه بدل کړئ</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>%1 (not downloaded)</source>
        <translation>%1 (ښکته شوې نه ده)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not saved on this computer yet. Download it to show this beside the page (this needs the internet).</source>
        <translation>%1 لا پر دې کمپیوټر ساتل شوې نه ده. ښکته یې کړئ څو دا د پاڼې تر څنګ وښودل شي (انټرنېټ ته اړتیا لري).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download %1</source>
        <translation>%1 ښکته کړئ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Downloading %1…</source>
        <translation>%1 ښکته کېږي…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading %1: %2</source>
        <translation>%1 ښکته کېږي: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1 ښکته نه شوه: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open a page, an event, a place or a news item to see it here in a second language.</source>
        <translation>یوه پاڼه، پېښه، ځای یا خبر پرانیزئ څو دلته یې په دویمه ژبه وګورئ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“Print this week&apos;s events…” in the menu prints them in both languages.</source>
        <translation>په مینو کې «د دې اونۍ د پېښو چاپ…» هغه په دواړو ژبو چاپوي.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only one language of this town is saved: choose a second language above to download it.</source>
        <translation>د دې ښار یوازې یوه ژبه ساتل شوې ده: د ښکته کولو لپاره پورته دویمه ژبه وټاکئ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Side by side shows pages, events, places and news items; this is not one of them.</source>
        <translation>«څنګ په څنګ» پاڼې، پېښې، ځایونه او خبرونه ښيي؛ دا له هغو څخه نه دی.</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>Second language:</source>
        <translation>دویمه ژبه:</translation>
    </message>
    <message>
        <location line="+327"/>
        <source>This does not exist in %1. It exists in: %2.</source>
        <translation>دا په %1 کې نشته. په دې ژبو کې شته: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other language</source>
        <translation>بله هېڅ ژبه نه</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SingleInstance</name>
    <message>
        <location filename="../app/desktop/shell/singleinstance.cpp" line="+141"/>
        <source>The running Integreat did not answer in time; it opens the link when it can.</source>
        <translation>چلېدونکي Integreat په وخت ځواب ورنه کړ؛ کله چې وکولای شي لینک پرانیزي.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The running Integreat did not accept the link.</source>
        <translation>چلېدونکي Integreat لینک ونه مانه.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot watch for a second start of Integreat: %1</source>
        <translation>د Integreat دویم پیل نه شي څارل کېدای: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StartScreen</name>
    <message>
        <location filename="../app/desktop/kiosk/startscreen.cpp" line="+42"/>
        <source>Other town</source>
        <translation>بل ښار</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoragePanel</name>
    <message>
        <location filename="../app/desktop/settings/storagepanel.cpp" line="+37"/>
        <source>Delete saved content?</source>
        <translation>ساتل شوې منځپانګه ړنګه شي؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete everything saved about %1 from this computer? You can download it again later.</source>
        <translation>د %1 په اړه ټول ساتل شوي شیان له دې کمپیوټر څخه ړنګ شي؟ تاسو کولای شئ وروسته یې بیا ښکته کړئ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Data folder</source>
        <translation>د ډېټا فولډر</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved in: %1</source>
        <translation>ساتل شوی په: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting…</source>
        <translation>شمېرل کېږي…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Space used: %1</source>
        <translation>کارول شوی ځای: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 language</source>
        <translation>۱ ژبه</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n languages</source>
        <translation>
            <numerusform>%n ژبه</numerusform>
            <numerusform>%n ژبې</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>ړنګول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved content of %1</source>
        <translation>د %1 ساتل شوې منځپانګه ړنګه کړئ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline map…</source>
        <translation>آفلاین نقشه…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offline map is imported; choose a file to replace it.</source>
        <translation>یوه آفلاین نقشه راوړل شوې ده؛ د بدلولو لپاره یو فایل وټاکئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an offline map (.mbtiles) for the places.</source>
        <translation>د ځایونو لپاره آفلاین نقشه (.mbtiles) راوړئ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Offline map</source>
        <translation>آفلاین نقشه</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>MBTiles maps (*.mbtiles)</source>
        <translation>MBTiles نقشې (*.mbtiles)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No town is saved on this computer.</source>
        <translation>پر دې کمپیوټر هېڅ ښار ساتل شوی نه دی.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not delete</source>
        <translation>ړنګ نه شو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved content could not be deleted: %1</source>
        <translation>ساتل شوې منځپانګه ړنګه نه شوه: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoreGuard</name>
    <message>
        <location filename="../app/desktop/common/storeguard.cpp" line="+33"/>
        <source>The saved content could not be read: %1</source>
        <translation>ساتل شوې منځپانګه ونه لوستل شوه: %1</translation>
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
        <translation>فولډر %1 نه شي جوړېدای</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved content cannot be opened: %1 (%2)</source>
        <translation>ساتل شوې منځپانګه نه شي پرانیستل کېدای: %1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The damaged file could not be moved aside: %1</source>
        <translation>خراب فایل یوې خوا ته نه شو: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The saved content cannot be opened: %1</source>
        <translation>ساتل شوې منځپانګه نه شي پرانیستل کېدای: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Downloading %1 again …</source>
        <translation>%1 بیا ښکته کېږي …</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncController</name>
    <message>
        <location filename="../app/desktop/sync/synccontroller.cpp" line="+48"/>
        <source>Offline mode: no network is used.</source>
        <translation>آفلاین حالت: هېڅ شبکه نه کارول کېږي.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncPage</name>
    <message>
        <location filename="../app/desktop/firstrun/syncpage.cpp" line="+55"/>
        <source>Downloading the local information</source>
        <translation>ځايي معلومات ښکته کېږي</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download progress</source>
        <translation>د ښکته کولو پرمختګ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download status</source>
        <translation>د ښکته کولو حالت</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 – this takes a moment. You can cancel at any time; what is already on this computer stays as it was.</source>
        <translation>%1 – دا لږ وخت نیسي. تاسو هر وخت لغوه کولای شئ؛ هغه څه چې دمخه پر دې کمپیوټر دي همداسې پاتې کېږي.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Connecting…</source>
        <translation>نښلول کېږي…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>لغوه کېږي…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 of %2 – %3: %4</source>
        <translation>%1 له %2 – %3: %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Downloading images and documents: %1 of %2</source>
        <translation>انځورونه او اسناد ښکته کېږي: %1 له %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation>لغوه شو.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No answer for this language.</source>
        <translation>د دې ژبې لپاره هېڅ ځواب نشته.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing could be downloaded.</source>
        <translation>هېڅ شی ښکته نه شو.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some languages could not be downloaded. You can retry them or continue with what is there.</source>
        <translation>ځینې ژبې ښکته نه شوې. تاسو کولای شئ بیا یې هڅه وکړئ یا د هغه څه سره دوام ورکړئ چې شته.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done.</source>
        <translation>بشپړ شو.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncPresenter</name>
    <message>
        <location filename="../app/desktop/mainwindow/syncpresenter.cpp" line="+46"/>
        <source>This is a demo town with example content: there is nothing to update. Choose your own town with “Change” to get its content.</source>
        <translation>دا یو ازمایښتي ښار دی چې بېلګه منځپانګه لري: د تازه کولو لپاره هېڅ شی نشته. د «بدلول» په مرسته خپل ښار وټاکئ څو د هغه منځپانګه ترلاسه کړئ.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An update is running. Please try again when it is done.</source>
        <translation>یو تازه کول روان دی. مهرباني وکړئ کله چې پای ته ورسېږي بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Updating…</source>
        <translation>تازه کېږي…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 له %4)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The language could not be downloaded: %1</source>
        <translation>ژبه ښکته نه شوه: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncStateWidget</name>
    <message>
        <location filename="../app/desktop/mainwindow/syncstatewidget.cpp" line="+30"/>
        <location line="+1"/>
        <location line="+168"/>
        <source>Offline</source>
        <translation>آفلاین</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Update state</source>
        <translation>د تازه کولو حالت</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>%n دقیقه مخکې تازه شو</numerusform>
            <numerusform>%n دقیقې مخکې تازه شو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>%n ساعت مخکې تازه شو</numerusform>
            <numerusform>%n ساعته مخکې تازه شو</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated yesterday</source>
        <translation>پرون تازه شو</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not updated yet</source>
        <translation>لا تازه شوی نه دی</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+106"/>
        <source>Update failed</source>
        <translation>تازه کول ناکام شول</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+102"/>
        <source>Updating…</source>
        <translation>تازه کېږي…</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+99"/>
        <source>Example content</source>
        <translation>بېلګه منځپانګه</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+103"/>
        <source>Updating elsewhere</source>
        <translation>په بل ځای کې تازه کېږي</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+121"/>
        <source>Sync now</source>
        <translation>اوس همغږي کړئ</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+121"/>
        <source>Stop</source>
        <translation>درول</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Another update is running.</source>
        <translation>بل تازه کول روان دي.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Another program is updating the content on this computer. Try Sync now again when it is done.</source>
        <translation>بل پروګرام پر دې کمپیوټر منځپانګه تازه کوي. کله چې پای ته ورسېږي، بیا «اوس همغږي کړئ» وازمایئ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a demo town with example content. It is not updated from a server; choose your town to get its real content.</source>
        <translation>دا یو ازمایښتي ښار دی چې بېلګه منځپانګه لري. له سرور څخه نه تازه کېږي؛ خپل ښار وټاکئ څو د هغه اصلي منځپانګه ترلاسه کړئ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo</source>
        <translation>ازمایښتي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop the update; the saved content stays as it is</source>
        <translation>تازه کول ودروئ؛ ساتل شوې منځپانګه همداسې پاتې کېږي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the latest content (F5)</source>
        <translation>وروستۍ منځپانګه ښکته کړئ (F5)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncWorker</name>
    <message>
        <location filename="../app/desktop/sync/syncworker.cpp" line="+44"/>
        <source>Could not create the data folder %1.</source>
        <translation>د ډېټا فولډر %1 جوړ نه شو.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not open the local store: %1</source>
        <translation>ځايي زېرمه پرانیستل نه شوه: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelled.</source>
        <translation>لغوه شو.</translation>
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
        <translation>لا د دې ژبې لپاره پر پرده کیبورډ نشته: په لاتیني تورو ولیکئ.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Shift</source>
        <translation>Shift تڼۍ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete</source>
        <translation>ړنګول</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other letters: %1</source>
        <translation>نور توري: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Space</source>
        <translation>تش ځای</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide the keyboard</source>
        <translation>کیبورډ پټ کړئ</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackOutbox</name>
    <message>
        <location filename="../core/feedback/feedbackoutbox.cpp" line="+33"/>
        <source>Sending your feedback…</source>
        <translation>ستاسو نظر لېږل کېږي…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your feedback will be sent when this computer is online.</source>
        <translation>ستاسو نظر به هغه وخت ولېږل شي چې دا کمپیوټر انټرنېټ ته وصل شي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your feedback will be sent when this computer is online, if the app stays open: on a shared computer it is not saved.</source>
        <translation>ستاسو نظر به هغه وخت ولېږل شي چې دا کمپیوټر انټرنېټ ته وصل شي، که اپ پرانیستی پاتې شي: په ګډ کمپیوټر کې نه ساتل کېږي.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your feedback could not be sent.</source>
        <translation>ستاسو نظر ونه لېږل شو.</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackResult</name>
    <message>
        <location filename="../core/feedback/feedbacksender.cpp" line="+24"/>
        <source>Thank you! Your feedback was sent to the town&apos;s editors.</source>
        <translation>مننه! ستاسو نظر د ښار ایډیټرانو ته ولېږل شو.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline: your feedback was not sent.</source>
        <translation>تاسو آفلاین یاست: ستاسو نظر ونه لېږل شو.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Integreat server has a problem (error %1): your feedback was not sent.</source>
        <translation>د Integreat سرور ستونزه لري (تېروتنه %1): ستاسو نظر ونه لېږل شو.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too much feedback was sent from here in a short time: your feedback was not sent yet.</source>
        <translation>په لنډ وخت کې له دې ځایه ډېر نظرونه لېږل شوي: ستاسو نظر لا نه دی لېږل شوی.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Integreat server did not accept this feedback (error %1).</source>
        <translation>د Integreat سرور دا نظر ونه مانه (تېروتنه %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Integreat server did not accept this feedback (error %1): %2</source>
        <translation>د Integreat سرور دا نظر ونه مانه (تېروتنه %1): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your feedback could not be sent: %1</source>
        <translation>ستاسو نظر ونه لېږل شو: %1</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackSender</name>
    <message>
        <location line="+16"/>
        <source>a thumb or a comment is needed</source>
        <translation>«هو» یا «نه» یا تبصره اړینه ده</translation>
    </message>
</context>
<context>
    <name>integreat::geo</name>
    <message>
        <location filename="../core/geo/tileimport.cpp" line="+23"/>
        <source>%1 is not a region code.</source>
        <translation>%1 د سیمې کوډ نه دی.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the folder for offline maps in %1.</source>
        <translation>په %1 کې د آفلاین نقشو لپاره فولډر نه شي جوړېدای.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot copy %1 into the data folder.</source>
        <translation>%1 د ډېټا فولډر ته نه شي کاپي کېدای.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot replace the offline map %1.</source>
        <translation>آفلاین نقشه %1 نه شي بدلېدای.</translation>
    </message>
</context>
<context>
    <name>integreat::geo::MbtilesSource</name>
    <message>
        <location filename="../core/geo/mbtilessource.cpp" line="+55"/>
        <source>The map file %1 does not exist.</source>
        <translation>د نقشې فایل %1 شتون نه لري.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not an MBTiles map file (not an SQLite database).</source>
        <translation>%1 د MBTiles نقشې فایل نه دی (SQLite ډېټابېس نه دی).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an MBTiles map file (it has no tiles or metadata table).</source>
        <translation>%1 د MBTiles نقشې فایل نه دی (د tiles یا metadata جدول نه لري).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not an MBTiles map file (its tiles table lacks the MBTiles columns).</source>
        <translation>%1 د MBTiles نقشې فایل نه دی (د tiles جدول یې د MBTiles ستونونه نه لري).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds vector tiles (pbf); only raster maps (PNG, JPEG) can be shown.</source>
        <translation>%1 وکټوري ټوټې (pbf) لري؛ یوازې انځوریزې نقشې (PNG، JPEG) ښودل کېدای شي.</translation>
    </message>
</context>
<context>
    <name>integreat::geo::OnlineTileSource</name>
    <message>
        <location filename="../core/geo/onlinetilesource.cpp" line="+182"/>
        <source>The tile server gave an unexpected answer (HTTP %1).</source>
        <translation>د نقشې ټوټو سرور یو ناڅاپي ځواب ورکړ (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>integreat::kiosk::KioskConfig</name>
    <message>
        <location filename="../core/kiosk/kioskconfig.cpp" line="+18"/>
        <source>“%1” is not a region slug (like augsburg).</source>
        <translation>“%1” د سیمې slug نه دی (لکه augsburg).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a language code (like de or ar).</source>
        <translation>“%1” د ژبې کوډ نه دی (لکه de یا ar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The start language %1 is not among the languages %2.</source>
        <translation>د پیل ژبه %1 د %2 ژبو په منځ کې نشته.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The idle time must be from %1 to %2 seconds.</source>
        <translation>د بې کارۍ وخت باید له %1 تر %2 ثانیو پورې وي.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The countdown must be from 1 to %1 seconds.</source>
        <translation>شمېرنه باید له 1 تر %1 ثانیو پورې وي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one section must be shown.</source>
        <translation>لږ تر لږه یوه برخه باید وښودل شي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown section “%1” (known: %2).</source>
        <translation>نامعلومه برخه “%1” (پېژندل شوې: %2).</translation>
    </message>
</context>
<context>
    <name>integreat::kiosk::KioskConfigFile</name>
    <message>
        <location filename="../core/kiosk/kioskconfigfile.cpp" line="+77"/>
        <source>line %1: expected “key = value”</source>
        <translation>کرښه %1: “key = value” تمه کېده</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>line %1: unknown setting “%2”</source>
        <translation>کرښه %1: نامعلوم تنظیم “%2”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: “%2” is not a valid value for %3</source>
        <translation>کرښه %1: “%2” د %3 لپاره سم ارزښت نه دی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no [kiosk] section</source>
        <translation>هېڅ [kiosk] برخه نشته</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The kiosk configuration %1 does not exist; the kiosk runs locked with default settings and no PIN (run integreat-cli kiosk setup).</source>
        <translation>د کیوسک ترتیبات %1 شتون نه لري؛ کیوسک په تړلي ډول، د ډیفالټ ترتیباتو سره او له PIN پرته چلېږي (integreat-cli kiosk setup وچلوئ).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The kiosk configuration %1 cannot be read (%2); the kiosk runs locked with default settings and no PIN.</source>
        <translation>د کیوسک ترتیبات %1 نه شي لوستل کېدای (%2)؛ کیوسک په تړلي ډول، د ډیفالټ ترتیباتو سره او له PIN پرته چلېږي.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The kiosk configuration %1 is broken (%2); the kiosk runs locked with default settings and no PIN.</source>
        <translation>د کیوسک ترتیبات %1 مات دي (%2)؛ کیوسک په تړلي ډول، د ډیفالټ ترتیباتو سره او له PIN پرته چلېږي.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the folder of %1.</source>
        <translation>د %1 فولډر نه شي جوړېدای.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 نه شي لیکل کېدای: %2</translation>
    </message>
</context>
<context>
    <name>integreat::net::Fetcher</name>
    <message numerus="yes">
        <location filename="../core/net/fetcher.cpp" line="+63"/>
        <source>The server is busy and asks to try again in %n minute(s).</source>
        <translation>
            <numerusform>سرور بوخت دی او غواړي چې په %n دقیقه کې بیا هڅه وشي.</numerusform>
            <numerusform>سرور بوخت دی او غواړي چې په %n دقیقو کې بیا هڅه وشي.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>Cancelled.</source>
        <translation>لغوه شو.</translation>
    </message>
</context>
<context>
    <name>integreat::net::Proxy</name>
    <message>
        <location filename="../core/net/proxy.cpp" line="+41"/>
        <source>The proxy “%1” is not usable: give http://HOST:PORT, socks5://HOST:PORT or none.</source>
        <translation>proxy “%1” د کارولو وړ نه دی: http://HOST:PORT، socks5://HOST:PORT یا none ورکړئ.</translation>
    </message>
</context>
<context>
    <name>integreat::net::Transfer</name>
    <message>
        <location filename="../core/net/transfer.cpp" line="+79"/>
        <source>Cancelled.</source>
        <translation>لغوه شو.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+27"/>
        <source>The download is larger than %1 MB; it was stopped.</source>
        <translation>ښکته کول له %1 MB څخه لوی دی؛ ودرول شو.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server sent the request on to %1, which is not allowed.</source>
        <translation>سرور غوښتنه %1 ته ولېږله، چې اجازه نه لري.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <location line="+111"/>
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>سرور په %n ثانیه کې ځواب ورنه کړ.</numerusform>
            <numerusform>سرور په %n ثانیو کې ځواب ورنه کړ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-99"/>
        <source>The server sent only %1 bytes in %n second(s), less than %2 bytes a second; the download was stopped.</source>
        <translation>
            <numerusform>سرور په %n ثانیه کې یوازې %1 بایټه ولېږل، په ثانیه کې له %2 بایټو لږ؛ ښکته کول ودرول شو.</numerusform>
            <numerusform>سرور په %n ثانیو کې یوازې %1 بایټه ولېږل، په ثانیه کې له %2 بایټو لږ؛ ښکته کول ودرول شو.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not found on the server (HTTP 404).</source>
        <translation>په سرور کې ونه موندل شو (HTTP 404).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>سرور په تېروتنه ځواب ورکړ (HTTP %1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+20"/>
        <source>The connection was closed before the download was complete.</source>
        <translation>اړیکه د ښکته کولو له بشپړېدو مخکې پرې شوه.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The server sent compressed data that cannot be unpacked safely (damaged, or far larger unpacked than sent); the download was stopped.</source>
        <translation>سرور کمپرس شوې ډېټا ولېږله چې په خوندي ډول نه شي خلاصېدای (خرابه ده، یا له خلاصېدو وروسته له لېږل شوې ډېره لویه ده)؛ ښکته کول ودرول شو.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server %1 was not found; check the address and the internet connection.</source>
        <translation>سرور %1 ونه موندل شو؛ پته او د انټرنېټ اړیکه وګورئ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 refused the connection.</source>
        <translation>سرور %1 اړیکه رد کړه.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure connection to %1 could not be established: %2</source>
        <translation>له %1 سره خوندي اړیکه جوړه نه شوه: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy could not be reached: %1</source>
        <translation>proxy ته لاسرسی ونه شو: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy asks for a user name and password.</source>
        <translation>proxy د کاروونکي نوم او پټنوم غواړي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request on too many times.</source>
        <translation>سرور غوښتنه ډېر ځله ولېږله.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request on from https to http, which is not allowed.</source>
        <translation>سرور غوښتنه له https څخه http ته ولېږله، چې اجازه نه لري.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no network connection.</source>
        <translation>د شبکې اړیکه نشته.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network error (code %1).</source>
        <translation>د شبکې تېروتنه (کوډ %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error: %1</source>
        <translation>د شبکې تېروتنه: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack</name>
    <message>
        <location filename="../core/pack/packexporter.cpp" line="+51"/>
        <source>Could not read %1: %2</source>
        <translation>%1 ونه لوستل شو: %2</translation>
    </message>
    <message>
        <location filename="../core/pack/packinstaller.cpp" line="+41"/>
        <source>Could not write %1.</source>
        <translation>%1 ونه لیکل شو.</translation>
    </message>
    <message>
        <location filename="../core/pack/packmanifest.cpp" line="+92"/>
        <location filename="../core/pack/packreader.cpp" line="+46"/>
        <source>This is not an Integreat content pack (its manifest is missing or damaged).</source>
        <translation>دا د Integreat د منځپانګې بسته نه ده (د هغې د منځپانګې لېست نشته یا خراب دی).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This content pack was made by a newer version of Integreat (pack format %1; this version reads up to %2). Update Integreat to import it.</source>
        <translation>دا د منځپانګې بسته د Integreat د نوې نسخې لخوا جوړه شوې ده (د بستې بڼه %1؛ دا نسخه تر %2 پورې لوستلی شي). د راوړلو لپاره Integreat تازه کړئ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack&apos;s manifest is incomplete or damaged (%1).</source>
        <translation>د بستې د منځپانګې لېست نیمګړی یا خراب دی (%1).</translation>
    </message>
    <message>
        <location filename="../core/pack/tarwriter.cpp" line="+53"/>
        <source>Cannot store “%1” in a pack.</source>
        <translation>“%1” په بسته کې نه شي ساتل کېدای.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 changed while it was read.</source>
        <translation>%1 د لوستلو پر مهال بدل شو.</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackExporter</name>
    <message>
        <location filename="../core/pack/packexporter.cpp" line="+49"/>
        <source>The region %1 is not in the local store; sync it first.</source>
        <translation>سیمه %1 په ځايي زېرمه کې نشته؛ لومړی یې همغږي کړئ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has not been synced in %2 yet; sync it first.</source>
        <translation>ژبه %1 لا په %2 کې همغږي شوې نه ده؛ لومړی یې همغږي کړئ.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+11"/>
        <source>Could not write %1: %2</source>
        <translation>%1 ونه لیکل شو: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the local store: %1</source>
        <translation>ځايي زېرمه نه شي لوستل کېدای: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackInstaller</name>
    <message>
        <location filename="../core/pack/packinstaller.cpp" line="+37"/>
        <source>Could not open %1: %2</source>
        <translation>%1 پرانیستل نه شو: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not unpack the pack into %1: %2</source>
        <translation>بسته په %1 کې خلاصه نه شوه: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pack is damaged: its offline map cannot be read (%1).</source>
        <translation>بسته خرابه ده: د هغې آفلاین نقشه نه شي لوستل کېدای (%1).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not save the content pack: %1</source>
        <translation>د منځپانګې بسته خوندي نه شوه: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackReader</name>
    <message>
        <location filename="../core/pack/packreader.cpp" line="+57"/>
        <source>The pack is damaged: it holds %1, which its manifest does not list.</source>
        <translation>بسته خرابه ده: %1 پکې دی، چې د هغې د منځپانګې په لېست کې نه دی.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pack is damaged: %1 does not have the size its manifest gives.</source>
        <translation>بسته خرابه ده: د %1 اندازه هغه نه ده چې د منځپانګې لېست یې ښيي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pack is damaged: %1 is too large.</source>
        <translation>بسته خرابه ده: %1 ډېر لوی دی.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>Could not unpack the pack into %1: %2</source>
        <translation>بسته په %1 کې خلاصه نه شوه: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack is damaged: %1 does not match its checksum.</source>
        <translation>بسته خرابه ده: %1 له خپل checksum سره سمون نه لري.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The pack is incomplete: %1 is missing.</source>
        <translation>بسته نیمګړې ده: %1 نشته.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pack is damaged: %1 is not valid (%2).</source>
        <translation>بسته خرابه ده: %1 سم نه دی (%2).</translation>
    </message>
</context>
<context>
    <name>integreat::pack::TarReader</name>
    <message>
        <location filename="../core/pack/tarreader.cpp" line="+86"/>
        <location line="+38"/>
        <location line="+10"/>
        <source>The pack ends early (it was cut short while copying?).</source>
        <translation>بسته له وخت مخکې پای ته رسېږي (ښايي د کاپي کولو پر مهال پرې شوې وي؟).</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The pack is damaged: an empty block inside it.</source>
        <translation>بسته خرابه ده: په هغې کې یو خالي بلاک دی.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pack is damaged: a part&apos;s header is not valid.</source>
        <translation>بسته خرابه ده: د یوې برخې سرلیک سم نه دی.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pack is damaged: it holds something other than files.</source>
        <translation>بسته خرابه ده: له فایلونو پرته نور څه هم پکې دي.</translation>
    </message>
</context>
<context>
    <name>integreat::print::Handout</name>
    <message>
        <location filename="../app/desktop/print/handout.cpp" line="+79"/>
        <source>Printed on %1</source>
        <translation>چاپ شوی په %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last updated on %1</source>
        <translation>وروستی تازه کول په %1</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Page %1 of %2</source>
        <translation>پاڼه %1 له %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot write %1: the file could not be created</source>
        <translation>%1 نه شي لیکل کېدای: فایل جوړ نه شو</translation>
    </message>
</context>
<context>
    <name>integreat::print::HandoutHtml</name>
    <message>
        <location filename="../app/desktop/print/handouthtml.cpp" line="+112"/>
        <location line="+6"/>
        <source>Closed</source>
        <translation>تړلی</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open all day</source>
        <translation>ټوله ورځ پرانیستی</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only with an appointment</source>
        <translation>یوازې د وخت په اخیستلو</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>today</source>
        <translation>نن</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Phone</source>
        <translation>ټیلیفون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>برېښنالیک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>ویب پاڼه</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact</source>
        <translation>اړیکه</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Address</source>
        <translation>پته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>په لنډمهاله توګه تړلی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today</source>
        <translation>نن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>د پرانیستلو وختونه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appointments</source>
        <translation>ملاقاتونه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About</source>
        <translation>په اړه</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>کله</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>چېرې</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>آنلاین</translation>
    </message>
</context>
<context>
    <name>integreat::print::HandoutLoader</name>
    <message>
        <location filename="../app/desktop/print/handoutloader.cpp" line="+96"/>
        <source>%1 is not in the local store for %2 (%3).</source>
        <translation>%1 د %2 (%3) لپاره په ځايي زېرمه کې نشته.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This item does not exist in “%1”. It exists in: %2.</source>
        <translation>دا توکی په “%1” کې نشته. په دې کې شته: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other language</source>
        <translation>بله هېڅ ژبه نه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The “%1” version of this item is not stored; sync that language first.</source>
        <translation>د دې توکي “%1” نسخه ساتل شوې نه ده؛ لومړی هغه ژبه همغږي کړئ.</translation>
    </message>
</context>
<context>
    <name>integreat::print::PrintActions</name>
    <message>
        <location filename="../app/desktop/print/printactions.cpp" line="+23"/>
        <location line="+46"/>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+46"/>
        <source>Save as PDF…</source>
        <translation>د PDF په توګه خوندي کول…</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Print next week&apos;s events…</source>
        <translation>د راتلونکې اونۍ د پېښو چاپ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save next week&apos;s events as PDF…</source>
        <translation>د راتلونکې اونۍ پېښې د PDF په توګه خوندي کول…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Print this week&apos;s events…</source>
        <translation>د دې اونۍ د پېښو چاپ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this week&apos;s events as PDF…</source>
        <translation>د دې اونۍ پېښې د PDF په توګه خوندي کول…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the local store: %1</source>
        <translation>ځايي زېرمه نه شي لوستل کېدای: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot print</source>
        <translation>چاپ نه شي کېدای</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The printer could not be used.</source>
        <translation>پرنټر ونه کارول شو.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as PDF</source>
        <translation>د PDF په توګه خوندي کول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF اسناد (*.pdf)</translation>
    </message>
</context>
<context>
    <name>integreat::print::WeekHtml</name>
    <message>
        <location filename="../app/desktop/print/weekhtml.cpp" line="+39"/>
        <source>Events of the week</source>
        <translation>د اونۍ پېښې</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No events on this day.</source>
        <translation>په دې ورځ هېڅ پېښه نشته.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This event is not translated.</source>
        <translation>دا پېښه نه ده ژباړل شوې.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All day</source>
        <translation>ټوله ورځ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>irregular dates: check with the organizer</source>
        <translation>نامنظمې نېټې: له تنظیموونکي سره یې وګورئ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Online</source>
        <translation>آنلاین</translation>
    </message>
</context>
<context>
    <name>integreat::print::WeekLoader</name>
    <message>
        <location filename="../app/desktop/print/weekloader.cpp" line="+98"/>
        <source>No events of %1 are stored in “%2”: there is nothing to print.</source>
        <translation>د %1 هېڅ پېښې په “%2” کې نه دي ساتل شوې: د چاپ لپاره هېڅ شی نشته.</translation>
    </message>
</context>
<context>
    <name>integreat::session::SessionWiper</name>
    <message>
        <location filename="../app/desktop/session/sessionwiper.cpp" line="+46"/>
        <source>The file dialogs&apos; history could not be cleared (%1).</source>
        <translation>د فایل کړکیو تاریخچه پاکه نه شوه (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not delete %1.</source>
        <translation>%1 ړنګ نه شو.</translation>
    </message>
</context>
<context>
    <name>integreat::speech::QtSpeechEngine</name>
    <message>
        <location filename="../app/desktop/speech/qtspeechengine.cpp" line="+27"/>
        <source>The speech service failed.</source>
        <translation>د غږ خدمت ناکام شو.</translation>
    </message>
</context>
<context>
    <name>integreat::speech::ReadAloud</name>
    <message>
        <location filename="../app/desktop/speech/readaloud.cpp" line="+43"/>
        <source>No voice for %1 on this computer</source>
        <translation>پر دې کمپیوټر د %1 لپاره هېڅ غږ نشته</translation>
    </message>
</context>
<context>
    <name>integreat::speech::ReadAloudBar</name>
    <message>
        <location filename="../app/desktop/speech/readaloudbar.cpp" line="+21"/>
        <source>Stop</source>
        <translation>درول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>سرعت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slow</source>
        <translation>ورو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal speed</source>
        <translation>عادي سرعت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast</source>
        <translation>چټک</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pause</source>
        <translation>ځنډ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>بیا پیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read aloud</source>
        <translation>په لوړ غږ ولولئ</translation>
    </message>
</context>
<context>
    <name>integreat::store::StoreRescue</name>
    <message>
        <location filename="../core/store/storerescue.cpp" line="+36"/>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 فولډر دی، د ډېټابېس فایل نه دی</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the integrity check found: %1</source>
        <translation>د بشپړتیا ازموینې دا وموندل: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not move %1 to %2.</source>
        <translation>%1 %2 ته ونه وړل شو.</translation>
    </message>
</context>
<context>
    <name>integreat::sync::LanguageFetcher</name>
    <message>
        <location filename="../core/sync/languagefetcher.cpp" line="+89"/>
        <source>region list</source>
        <translation>د سیمو لېست</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pages</source>
        <translation>پاڼې</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>events</source>
        <translation>پېښې</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>places</source>
        <translation>ځایونه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>place categories</source>
        <translation>د ځایونو کټګورۍ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imprint</source>
        <translation>د خپرونکي معلومات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>news</source>
        <translation>خبرونه</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+22"/>
        <source>Cancelled.</source>
        <translation>لغوه شو.</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+115"/>
        <source>Could not download the %1: %2</source>
        <translation>%1 ښکته نه شول: %2</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>The server sent damaged data for the %1 (%2 at byte %3).</source>
        <translation>سرور د %1 لپاره خرابه ډېټا ولېږله (%2 په بایټ %3 کې).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>news: not offered by the server; the stored news are kept</source>
        <translation>خبرونه: سرور یې نه وړاندې کوي؛ ساتل شوي خبرونه پاتې کېږي</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <location line="+52"/>
        <location line="+60"/>
        <source>The %1 could not be read: %2</source>
        <translation>%1 ونه لوستل شول: %2</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The language “%1” is not available in this region (HTTP 404).</source>
        <translation>ژبه “%1” په دې سیمه کې شتون نه لري (HTTP 404).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found on the server (HTTP 404).</source>
        <translation>په سرور کې ونه موندل شو (HTTP 404).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>imprint: not offered by the server</source>
        <translation>د خپرونکي معلومات: سرور یې نه وړاندې کوي</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ListCheck</name>
    <message>
        <location filename="../core/sync/listcheck.cpp" line="+29"/>
        <source>The server sent %1 items for the %2, more than the %3 this app accepts; the stored %2 are kept.</source>
        <translation>سرور د %2 لپاره %1 توکي ولېږل، له هغو %3 څخه ډېر چې دا اپ یې مني؛ ساتل شوي %2 پاتې کېږي.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No item of the %1 could be read (%2 received; first problem: %3); the stored %1 are kept.</source>
        <translation>د %1 هېڅ توکی ونه لوستل شو (%2 ترلاسه شول؛ لومړۍ ستونزه: %3)؛ ساتل شوي %1 پاتې کېږي.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of the %2 items of the %3 could not be read (%4); the stored %3 are kept.</source>
        <translation>د %3 له %2 توکو څخه %1 ونه لوستل شول (%4)؛ ساتل شوي %3 پاتې کېږي.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Item %1 of the %2 holds %3 characters of text, more than the %4 this app accepts; the stored %2 are kept.</source>
        <translation>د %2 توکی %1 د متن %3 توري لري، له هغو %4 څخه ډېر چې دا اپ یې مني؛ ساتل شوي %2 پاتې کېږي.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server&apos;s list of pages for “%1” would remove %2 of the %3 stored pages; the stored pages are kept. Confirm the removal to apply it.</source>
        <translation>د “%1” لپاره د سرور د پاڼو لېست به له %3 ساتل شویو پاڼو څخه %2 لرې کړي؛ ساتل شوې پاڼې پاتې کېږي. د پلي کولو لپاره لرې کول تایید کړئ.</translation>
    </message>
</context>
<context>
    <name>integreat::sync::NewsWatcher</name>
    <message>
        <location filename="../core/sync/newswatcher.cpp" line="+38"/>
        <source>The news list could not be read: %1</source>
        <translation>د خبرونو لېست ونه لوستل شو: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::PackImporter</name>
    <message>
        <location filename="../core/sync/packimporter.cpp" line="+43"/>
        <source>The content pack is incomplete: %1 is missing.</source>
        <translation>د منځپانګې بسته نیمګړې ده: %1 نشته.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>The content pack is damaged: %1 (%2).</source>
        <translation>د منځپانګې بسته خرابه ده: %1 (%2).</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The content pack names no region it contains.</source>
        <translation>د منځپانګې بسته د هېڅ سیمې نوم نه اخلي چې پکې وي.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The content pack has none of the languages %1.</source>
        <translation>د منځپانګې بسته له %1 ژبو څخه هېڅ یوه نه لري.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not create the folder %1.</source>
        <translation>فولډر %1 جوړ نه شو.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not write %1: %2</source>
        <translation>%1 ونه لیکل شو: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save the content pack: %1</source>
        <translation>د منځپانګې بسته خوندي نه شوه: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::PageTree</name>
    <message>
        <location filename="../core/sync/pagetree.cpp" line="+33"/>
        <source>page %1: its parent %2 is not in the list; shown at the top level</source>
        <translation>پاڼه %1: مورنۍ پاڼه یې %2 په لېست کې نشته؛ په لوړه کچه ښودل کېږي</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>page %1: its parents lead back to itself; shown at the top level</source>
        <translation>پاڼه %1: مورنۍ پاڼې یې بېرته پخپله دې ته رسېږي؛ په لوړه کچه ښودل کېږي</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ResourceDownloader</name>
    <message>
        <location filename="../core/sync/resourcedownloader.cpp" line="+69"/>
        <source>Could not write the file: %1</source>
        <translation>فایل ونه لیکل شو: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cancelled.</source>
        <translation>لغوه شو.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The server sent a web page instead of the file.</source>
        <translation>سرور د فایل پر ځای یوه ویب پاڼه ولېږله.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The server is busy (HTTP %1); the other files will be tried on the next sync.</source>
        <translation>سرور بوخت دی (HTTP %1)؛ نور فایلونه به په راتلونکې همغږۍ کې وازمایل شي.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Stopped after %n failed downloads in a row; the other files will be tried on the next sync.</source>
        <translation>
            <numerusform>له %n پرله پسې ناکام ښکته کولو وروسته ودرول شو؛ نور فایلونه به په راتلونکې همغږۍ کې وازمایل شي.</numerusform>
            <numerusform>له %n پرله پسې ناکام ښکته کولو وروسته ودرول شو؛ نور فایلونه به په راتلونکې همغږۍ کې وازمایل شي.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The server gave an unexpected answer (HTTP %1).</source>
        <translation>سرور یو ناڅاپي ځواب ورکړ (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ResourceSync</name>
    <message>
        <location filename="../core/sync/resourcesync.cpp" line="+51"/>
        <source>Cannot create the folder for images and documents: %1</source>
        <translation>د انځورونو او اسنادو لپاره فولډر نه شي جوړېدای: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not update the list of images and documents: %1</source>
        <translation>د انځورونو او اسنادو لېست تازه نه شو: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+158"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… او %n نور.</numerusform>
            <numerusform>… او %n نور.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::sync::SyncEngine</name>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="+37"/>
        <source>loading the list of regions</source>
        <translation>د سیمو لېست پورته کېږي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saving</source>
        <translation>خوندي کېږي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>بشپړ شو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>downloading %1</source>
        <translation>%1 ښکته کېږي</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not load the list of regions from %1: %2</source>
        <translation>د سیمو لېست له %1 څخه پورته نه شو: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sent a damaged list of regions (%1 at byte %2).</source>
        <translation>سرور د سیمو خراب لېست ولېږه (%1 په بایټ %2 کې).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of regions could not be read: %1</source>
        <translation>د سیمو لېست ونه لوستل شو: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>Could not save the list of regions: %1</source>
        <translation>د سیمو لېست خوندي نه شو: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Could not load the languages of %1: %2</source>
        <translation>د %1 ژبې پورته نه شوې: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server lists no languages for %1.</source>
        <translation>سرور د %1 لپاره هېڅ ژبه نه لري.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no region “%1” on the server.</source>
        <translation>په سرور کې “%1” نومې سیمه نشته.</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+15"/>
        <source>Cancelled.</source>
        <translation>لغوه شو.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>%1 offers no language “%2” (it offers: %3).</source>
        <translation>%1 ژبه “%2” نه وړاندې کوي (دا وړاندې کوي: %3).</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Could not read the stored pages: %1</source>
        <translation>ساتل شوې پاڼې ونه لوستل شوې: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not save the content: %1</source>
        <translation>منځپانګه خوندي نه شوه: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::SyncLock</name>
    <message>
        <location filename="../core/sync/synclock.cpp" line="+68"/>
        <source>A sync is already running (pid %1).</source>
        <translation>یوه همغږي دمخه روانه ده (pid %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync is already running.</source>
        <translation>یوه همغږي دمخه روانه ده.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the lock file %1: permission denied.</source>
        <translation>د قفل فایل %1 نه شي جوړېدای: اجازه نشته.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the lock file %1 (is the disk full?).</source>
        <translation>د قفل فایل %1 نه شي جوړېدای (ایا ډیسک ډک دی؟).</translation>
    </message>
</context>
<context>
    <name>integreat::sync::WriteFailure</name>
    <message>
        <location filename="../core/sync/writefailure.cpp" line="+26"/>
        <location line="+15"/>
        <source>the disk is full (%1)</source>
        <translation>ډیسک ډک دی (%1)</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>no permission to write in %1</source>
        <translation>په %1 کې د لیکلو اجازه نشته</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+8"/>
        <source>%1 is on a read-only file system</source>
        <translation>%1 یوازې د لوستلو وړ فایل سیسټم کې دی</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file system refused to write %1</source>
        <translation>فایل سیسټم د %1 لیکل رد کړل</translation>
    </message>
</context>
</TS>
