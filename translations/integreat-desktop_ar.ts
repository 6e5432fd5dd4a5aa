<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>integreat::chat::ChatClient</name>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="+93"/>
        <source>The chat server answered with an error (HTTP %1).</source>
        <translation>ردّ خادم المحادثة بخطأ (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/chat/chatthread.cpp" line="+18"/>
        <source>The chat server sent an answer that is not a chat.</source>
        <translation>أرسل خادم المحادثة ردًّا ليس محادثة.</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ChatSession</name>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="+94"/>
        <source>Too many messages. Please try again in a moment.</source>
        <translation>رسائل كثيرة جدًّا. يُرجى المحاولة مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chat is not available in this town.</source>
        <translation>المحادثة غير متاحة في هذه المدينة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No connection to the chat. It will be updated when you are online.</source>
        <translation>لا يوجد اتصال بالمحادثة. ستُحدَّث عند اتصالك بالإنترنت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection to the chat. Your message was not sent; it is kept so you can send it again.</source>
        <translation>لا يوجد اتصال بالمحادثة. لم تُرسَل رسالتك؛ وقد حُفظت لتتمكن من إرسالها مرة أخرى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat could not be loaded: %1</source>
        <translation>تعذّر تحميل المحادثة: %1</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ContactMessage</name>
    <message>
        <location filename="../core/chat/contactmessage.cpp" line="+21"/>
        <source>Please enter your e-mail address: the answer is sent there.</source>
        <translation>يُرجى إدخال عنوان بريدك الإلكتروني: سيُرسَل الجواب إليه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not an e-mail address. Please check it (like name@example.org).</source>
        <translation>“%1” ليس عنوان بريد إلكتروني. يُرجى التحقق منه (مثل name@example.org).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please write your message.</source>
        <translation>يُرجى كتابة رسالتك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message is too long: at most %1 characters, it has %2.</source>
        <translation>رسالتك طويلة جدًّا: الحد الأقصى %1 حرفًا، وفيها %2.</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ZammadForm</name>
    <message>
        <location filename="../core/chat/zammadform.cpp" line="+14"/>
        <source>Your message was sent. The answer comes to your e-mail address.</source>
        <translation>أُرسلت رسالتك. سيصل الجواب إلى بريدك الإلكتروني.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline: your message was not sent. Please send it again when this computer is connected to the internet.</source>
        <translation>أنت غير متصل بالإنترنت: لم تُرسَل رسالتك. يُرجى إرسالها مرة أخرى عندما يكون هذا الحاسوب متصلًا بالإنترنت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The town&apos;s contact server has a problem (error %1): your message was not sent. Please try again later.</source>
        <translation>خادم التواصل الخاص بالمدينة فيه مشكلة (الخطأ %1): لم تُرسَل رسالتك. يُرجى المحاولة مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many messages were sent from here. Please wait a moment and try again.</source>
        <translation>أُرسلت رسائل كثيرة جدًّا من هنا. يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This contact form is switched off at the moment: your message was not sent.</source>
        <translation>نموذج التواصل هذا متوقف حاليًّا: لم تُرسَل رسالتك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contact server did not accept this e-mail address. Please check it.</source>
        <translation>لم يقبل خادم التواصل عنوان البريد الإلكتروني هذا. يُرجى التحقق منه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your message could not be sent: %1</source>
        <translation>تعذّر إرسال رسالتك: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the form has no web address to send to</source>
        <translation>ليس للنموذج عنوان ويب يُرسَل إليه</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the contact server refused it (error %1)</source>
        <translation>رفضها خادم التواصل (الخطأ %1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the contact server&apos;s answer could not be used</source>
        <translation>تعذّر استخدام ردّ خادم التواصل</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the contact server found a problem with: %1</source>
        <translation>وجد خادم التواصل مشكلة في: %1</translation>
    </message>
</context>
<context>
    <name>integreat::cli</name>
    <message>
        <location filename="../app/cli/cmdregions.cpp" line="+42"/>
        <source>List the regions on the server: name, slug, languages.</source>
        <translation>عرض المناطق الموجودة على الخادم: الاسم والرمز واللغات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include hidden regions.</source>
        <translation>تضمين المناطق المخفية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+102"/>
        <location filename="../app/cli/cmdstatus.cpp" line="+66"/>
        <source>Print JSON.</source>
        <translation>الإخراج بصيغة JSON.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>  (hidden)</source>
        <translation>  (مخفية)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsearch.cpp" line="-64"/>
        <source>(found in %1)</source>
        <translation>(وُجد في %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdimporttiles.cpp" line="+26"/>
        <source>Import an offline map (MBTiles, raster PNG/JPEG tiles) for a region. The desktop app shows it under the places when there is no network. Use maps whose licence allows offline use; OpenStreetMap&apos;s own tile servers do not.</source>
        <translation>استيراد خريطة دون إنترنت (MBTiles، مربعات خريطة نقطية PNG/JPEG) لمنطقة ما. يعرضها تطبيق سطح المكتب تحت الأماكن عندما لا تتوفر شبكة. استخدم خرائط يسمح ترخيصها بالاستخدام دون إنترنت؛ خوادم مربعات OpenStreetMap نفسها لا تسمح بذلك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmdprint.cpp" line="+33"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+55"/>
        <location filename="../app/cli/cmdshow.cpp" line="+53"/>
        <source>Region slug.</source>
        <translation>رمز المنطقة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .mbtiles file.</source>
        <translation>ملف .mbtiles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: integreat-cli import-tiles --region SLUG FILE.mbtiles</source>
        <translation>الاستخدام: integreat-cli import-tiles --region SLUG FILE.mbtiles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported the offline map “%1” for %2 (zoom %3–%4) into %5</source>
        <translation>تم استيراد الخريطة «%1» للاستخدام دون إنترنت لـ %2 (التكبير %3–%4) إلى %5</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsearch.cpp" line="-5"/>
        <source>Search the stored pages, events, places and news of a region, offline. Pages with every word (at the start of a word of the title or the text; titles count double) come first, then pages where a misspelt word is corrected, another form of a word or a compound containing it matches; a question finds the pages sharing its rarer words.</source>
        <translation>البحث في الصفحات والفعاليات والأماكن والأخبار المحفوظة لمنطقة ما دون إنترنت. تأتي أولًا الصفحات التي فيها كل الكلمات (في بداية كلمة من العنوان أو النص؛ وللعناوين وزن مضاعف)، ثم الصفحات التي تطابق كلمةً مكتوبة خطأً بعد تصحيحها، أو صيغةً أخرى للكلمة، أو كلمةً مركّبة تحتويها؛ أما السؤال فيجد الصفحات التي تشترك معه في كلماته الأقل شيوعًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language code (the user&apos;s).</source>
        <translation>رمز اللغة (لغة المستخدم).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search German too; a German hit is shown in the language when it is translated.</source>
        <translation>البحث بالألمانية أيضًا؛ تُعرض النتيجة الألمانية باللغة المختارة إن كانت مترجمة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every stored language.</source>
        <translation>البحث في كل اللغات المحفوظة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N results (1-75, default 75).</source>
        <translation>على الأكثر N نتيجة (1–75، الافتراضي 75).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read one query per line; print HITS&lt;TAB&gt;MILLISECONDS&lt;TAB&gt;QUERY each.</source>
        <translation>قراءة استعلام واحد في كل سطر؛ وطباعة HITS&lt;TAB&gt;MILLISECONDS&lt;TAB&gt;QUERY لكل منها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words to search for.</source>
        <translation>الكلمات المراد البحث عنها.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: integreat-cli search --region SLUG --language CODE [--also-german | --all-languages] [--limit N] [--json] QUERY… (or --stdin)</source>
        <translation>الاستخدام: integreat-cli search --region SLUG --language CODE [--also-german | --all-languages] [--limit N] [--json] QUERY… (أو --stdin)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--also-german and --all-languages exclude each other</source>
        <translation>لا يمكن استخدام ‎--also-german‎ و ‎--all-languages‎ معًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--limit needs a number from 1 to %1</source>
        <translation>يحتاج ‎--limit‎ إلى عدد من 1 إلى %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing of %1 (%2) is in the local store. Sync it first: integreat-cli sync --region %1 --languages %2</source>
        <translation>لا يوجد شيء من %1 (%2) في المخزن المحلي. قم بالمزامنة أولًا: integreat-cli sync --region %1 --languages %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No results for “%1”.</source>
        <translation>لا نتائج لـ «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results for “%1”:</source>
        <translation>نتائج لـ «%1»:</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdprint.cpp" line="+47"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+4"/>
        <location filename="../app/cli/cmdshow.cpp" line="+54"/>
        <location filename="../app/cli/cmdstatus.cpp" line="+14"/>
        <source>Cannot read the local store: %1</source>
        <translation>تعذّرت قراءة المخزن المحلي: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdshow.cpp" line="-55"/>
        <source>Print the title and text of a stored page, event or place.</source>
        <translation>طباعة عنوان ونص صفحة أو فعالية أو مكان محفوظ.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdprint.cpp" line="-49"/>
        <source>Write a stored page, place or event, or this week&apos;s events, as a printable PDF handout, in one language or two side by side.</source>
        <translation>كتابة صفحة أو مكان أو فعالية محفوظة، أو فعاليات هذا الأسبوع، كنشرة PDF قابلة للطباعة، بلغة واحدة أو بلغتين جنبًا إلى جنب.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmdshow.cpp" line="+2"/>
        <source>Language code.</source>
        <translation>رمز اللغة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print this language in a second column.</source>
        <translation>طباعة هذه اللغة في عمود ثانٍ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF file to write.</source>
        <translation>ملف PDF المراد إنشاؤه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the events of the 7 days from today (or --from), instead of PATH.</source>
        <translation>طباعة فعاليات الأيام السبعة بدءًا من اليوم (أو من ‎--from‎) بدلًا من PATH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week&apos;s first day (with --week).</source>
        <translation>أول يوم في الأسبوع (مع ‎--week‎).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmdshow.cpp" line="+2"/>
        <source>Path such as /augsburg/de/willkommen/</source>
        <translation>المسار، مثل /augsburg/de/willkommen/</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: integreat-cli print --region SLUG --language CODE [--second-language CODE] (PATH | --week [--from YYYY-MM-DD]) --pdf FILE</source>
        <translation>الاستخدام: integreat-cli print --region SLUG --language CODE [--second-language CODE] (PATH | --week [--from YYYY-MM-DD]) --pdf FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--from needs a date such as 2026-12-07.</source>
        <translation>يحتاج ‎--from‎ إلى تاريخ مثل 2026-12-07.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder; give the name of the PDF file to write.</source>
        <translation>%1 مجلد؛ أدخل اسم ملف PDF المراد إنشاؤه.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Wrote %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdshow.cpp" line="+6"/>
        <source>usage: integreat-cli show --region SLUG --language CODE PATH</source>
        <translation>الاستخدام: integreat-cli show --region SLUG --language CODE PATH</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last updated: %1</source>
        <translation>آخر تحديث: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization: %1</source>
        <translation>الجهة: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When: %1</source>
        <translation>متى: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where: %1</source>
        <translation>أين: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category: %1</source>
        <translation>الفئة: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: %1</source>
        <translation>العنوان: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not in the local store for %2 (%3). Sync it first: integreat-cli sync --region %2 --languages %3</source>
        <translation>%1 غير موجود في المخزن المحلي لـ %2 (%3). قم بالمزامنة أولًا: integreat-cli sync --region %2 --languages %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdstatus.cpp" line="-35"/>
        <source>  %1: %2 pages, %3 events, %4 places, %5 news</source>
        <translation>  %1: %2 صفحات، %3 فعاليات، %4 أماكن، %5 أخبار</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; synced %1</source>
        <translation>؛ تمت المزامنة %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; never synced</source>
        <translation>؛ لم تتم المزامنة قط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; last attempt failed: %1</source>
        <translation>؛ فشلت المحاولة الأخيرة: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show what the local store holds, per region and language.</source>
        <translation>عرض ما يحتويه المخزن المحلي لكل منطقة ولغة.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Store: %1 (%2)</source>
        <translation>المخزن: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No region synced yet. Try: integreat-cli sync --region augsburg</source>
        <translation>لم تتم مزامنة أي منطقة بعد. جرّب: integreat-cli sync --region augsburg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images and documents: %1 files (%2)</source>
        <translation>الصور والمستندات: %1 ملفات (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %1 not downloaded yet, tried again on the next sync</source>
        <translation>؛ %1 لم تُنزَّل بعد، وستُعاد المحاولة في المزامنة القادمة</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdpack.cpp" line="+33"/>
        <location filename="../app/cli/cmdsync.cpp" line="+46"/>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
        <translation>%1 أُضيفت، %2 تغيّرت، %3 أُزيلت، %4 دون تغيير</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 pages, %3 events, %4 places, %5 news (synced %6)</source>
        <translation>%1: %2 صفحات، %3 فعاليات، %4 أماكن، %5 أخبار (تمت المزامنة %6)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote the content pack %1 of %2 to %3 (%4; %5 images and documents%6).</source>
        <translation>تمت كتابة حزمة المحتوى %1 لـ %2 في %3 (%4؛ %5 من الصور والمستندات%6).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, offline map</source>
        <translation>، خريطة دون إنترنت</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Try again when it has finished.</source>
        <translation>حاول مرة أخرى بعد انتهائها.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content pack %1 of %2, made %3</source>
        <translation>حزمة المحتوى %1 لـ %2، أُنشئت %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: imported (content of %2): %3</source>
        <translation>%1: تم الاستيراد (محتوى %2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: skipped: this PC&apos;s content (synced %2) is newer than the pack&apos;s (%3); use --force to import it anyway</source>
        <translation>%1: تم التخطي: محتوى هذا الحاسوب (تمت المزامنة %2) أحدث من محتوى الحزمة (%3)؛ استخدم ‎--force‎ لاستيراده رغم ذلك</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images and documents: %1%2</source>
        <translation>الصور والمستندات: %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; offline map installed</source>
        <translation>؛ تم تثبيت الخريطة دون إنترنت</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Content packs: one file with a region&apos;s content, images and offline map, to carry to PCs without (fast) internet or to a whole fleet.
  pack export --region SLUG [--languages de,en] FILE.integreat-pack
  pack import [--force] FILE.integreat-pack
  pack import --watch DIR    import every new pack that appears in DIR, until stopped</source>
        <translation>حزم المحتوى: ملف واحد يضم محتوى منطقة وصورها وخريطتها دون إنترنت، لنقله إلى حواسيب بلا إنترنت (سريع) أو إلى مجموعة كاملة من الأجهزة.
  pack export --region SLUG [--languages de,en] FILE.integreat-pack
  pack import [--force] FILE.integreat-pack
  pack import --watch DIR    استيراد كل حزمة جديدة تظهر في DIR، حتى الإيقاف</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region slug (export).</source>
        <translation>رمز المنطقة (للتصدير).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated language codes (export; default: all stored).</source>
        <translation>رموز اللغات مفصولة بفواصل (للتصدير؛ الافتراضي: كل اللغات المحفوظة).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import languages even where this PC has newer content.</source>
        <translation>استيراد اللغات حتى إن كان محتوى هذا الحاسوب أحدث.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch a folder and import each new or changed pack in it.</source>
        <translation>مراقبة مجلد واستيراد كل حزمة جديدة أو متغيّرة فيه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export or import</source>
        <translation>export أو import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack file.</source>
        <translation>ملف الحزمة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE.integreat-pack</source>
        <translation>الاستخدام: integreat-cli pack export --region SLUG [--languages de,en] FILE.integreat-pack</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE, pack import [--force] FILE or pack import --watch DIR</source>
        <translation>الاستخدام: integreat-cli pack export --region SLUG [--languages de,en] FILE، أو pack import [--force] FILE، أو pack import --watch DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsync.cpp" line="+27"/>
        <source>resources: %1 downloaded, %2 unchanged, %3 failed</source>
        <translation>الموارد: %1 نُزّلت، %2 دون تغيير، %3 فشلت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1 not tried (will retry next sync)</source>
        <translation>، %1 لم تُجرَّب (ستُعاد المحاولة في المزامنة القادمة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (will retry next sync)</source>
        <translation> (ستُعاد المحاولة في المزامنة القادمة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 no longer used removed</source>
        <translation>، أُزيلت %1 لم تعد مستخدمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 received</source>
        <translation>؛ استُلم %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>warning: resource: %1</source>
        <translation>تحذير: مورد: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: … and %1 more resource problems (see --json)</source>
        <translation>تحذير: … و%1 مشكلة أخرى في الموارد (انظر ‎--json‎)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: images and documents not downloaded: %1; they will be tried again on the next sync.</source>
        <translation>تحذير: لم تُنزَّل الصور والمستندات: %1؛ ستُعاد المحاولة في المزامنة القادمة.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download a region&apos;s content (pages, events, places, news, imprint) into the local store. Each language is saved whole or not at all.</source>
        <translation>تنزيل محتوى منطقة (الصفحات والفعاليات والأماكن والأخبار وبيانات النشر) إلى المخزن المحلي. تُحفظ كل لغة كاملة أو لا تُحفظ أبدًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region slug, e.g. augsburg.</source>
        <translation>رمز المنطقة، مثل augsburg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated language codes, or “all” (default).</source>
        <translation>رموز اللغات مفصولة بفواصل، أو «all» (الافتراضي).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as JSON on stdout.</source>
        <translation>طباعة النتيجة بصيغة JSON على stdout.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not download the images and documents (PDFs) the content refers to.</source>
        <translation>عدم تنزيل الصور والمستندات (ملفات PDF) التي يشير إليها المحتوى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply a pages list even when it removes more than half of the stored pages of a language (refused otherwise, keeping the stored pages).</source>
        <translation>تطبيق قائمة الصفحات حتى لو أزالت أكثر من نصف الصفحات المحفوظة للغة ما (وإلا تُرفض القائمة وتبقى الصفحات المحفوظة).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When another sync of this data folder is running, wait for it to end instead of giving up.</source>
        <translation>إذا كانت هناك مزامنة أخرى جارية لمجلد البيانات هذا، انتظار انتهائها بدلًا من التوقف.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests to the server at once (default %1): the languages download side by side.</source>
        <translation>عدد الطلبات إلى الخادم في الوقت نفسه (الافتراضي %1): تُنزَّل اللغات جنبًا إلى جنب.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sync needs --region SLUG (see integreat-cli regions)</source>
        <translation>يحتاج sync إلى ‎--region SLUG‎ (انظر integreat-cli regions)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--connections needs a number from 1 to %1</source>
        <translation>يحتاج ‎--connections‎ إلى رقم من 1 إلى %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--languages needs codes such as de,en,ar or “all”</source>
        <translation>يحتاج ‎--languages‎ إلى رموز مثل de,en,ar أو «all»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>integreat-cli: %1 received: cancelling the sync; the stored content stays as it was.</source>
        <translation>integreat-cli: استُلم %1: جارٍ إلغاء المزامنة؛ يبقى المحتوى المحفوظ كما كان.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Try again when it has finished, or use --wait.</source>
        <translation>حاول مرة أخرى بعد انتهائها، أو استخدم ‎--wait‎.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Waiting for it to finish …</source>
        <translation>%1 جارٍ انتظار انتهائها…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>: 1 item</source>
        <translation>: عنصر واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: %1 items</source>
        <translation>: %1 عناصر</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[resources] images and documents: %1 of %2</source>
        <translation>[الموارد] الصور والمستندات: %1 من %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>warning: %1: %2</source>
        <translation>تحذير: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdrepair.cpp" line="+31"/>
        <source>Downloading %1 (%2) again …</source>
        <translation>جارٍ تنزيل %1 (%2) مرة أخرى…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmdsync.cpp" line="+6"/>
        <source>%1: FAILED: %2</source>
        <translation>%1: فشل: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: %3 items</source>
        <translation>%1 %2: %3 عناصر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2: FAILED: %3</source>
        <translation>%1 %2: فشل: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the local store; when it is damaged, move it aside (with -wal and -shm, under a dated name), start a fresh one and download again the regions and languages it held.</source>
        <translation>فحص المخزن المحلي؛ وإذا كان تالفًا، نقله جانبًا (مع ‎-wal‎ و‎-shm‎، باسم يحمل التاريخ)، وإنشاء مخزن جديد، وتنزيل المناطق واللغات التي كان يحتويها مرة أخرى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only check the store; change nothing.</source>
        <translation>فحص المخزن فقط، دون تغيير أي شيء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download this region again instead of those the old store held.</source>
        <translation>تنزيل هذه المنطقة مرة أخرى بدلًا من المناطق التي كان يحتويها المخزن القديم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --region: comma-separated language codes (default: all).</source>
        <translation>مع ‎--region‎: رموز اللغات مفصولة بفواصل (الافتراضي: الكل).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no local store at %1 yet; nothing to repair.</source>
        <translation>لا يوجد مخزن محلي في %1 بعد؛ لا شيء يحتاج إلى إصلاح.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local store %1 is sound; nothing to repair.</source>
        <translation>المخزن المحلي %1 سليم؛ لا شيء يحتاج إلى إصلاح.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>all languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local store %1 is damaged: %2</source>
        <translation>المخزن المحلي %1 تالف: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved region can be read from it.</source>
        <translation>لا يمكن قراءة أي منطقة محفوظة منه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions it still names: %1</source>
        <translation>المناطق التي لا يزال يذكرها: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the local store is damaged; run “integreat-cli repair” to move it aside and download the content again</source>
        <translation>المخزن المحلي تالف؛ شغّل «integreat-cli repair» لنقله جانبًا وتنزيل المحتوى مرة أخرى</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repair when it has finished.</source>
        <translation>أصلِح المخزن بعد انتهائها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moved it aside to %1 (nothing was deleted).</source>
        <translation>نُقل جانبًا إلى %1 (لم يُحذف شيء).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started a fresh store at %1.</source>
        <translation>أُنشئ مخزن جديد في %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved region could be read from the old file. Download one with: integreat-cli sync --region SLUG</source>
        <translation>تعذّرت قراءة أي منطقة محفوظة من الملف القديم. نزّل منطقة باستخدام: integreat-cli sync --region SLUG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the store was repaired, but not every language could be downloaded again; run integreat-cli sync later</source>
        <translation>أُصلح المخزن، لكن تعذّر تنزيل بعض اللغات مرة أخرى؛ شغّل integreat-cli sync لاحقًا</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsync.cpp" line="-73"/>
        <location line="+89"/>
        <source>sync cancelled</source>
        <translation>أُلغيت المزامنة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the server really removed these pages, run the sync again with --allow-mass-removal.</source>
        <translation>إذا كان الخادم قد أزال هذه الصفحات فعلًا، فأعد المزامنة مع ‎--allow-mass-removal‎.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync failed for %1</source>
        <translation>فشلت المزامنة لـ %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+36"/>
        <source>List the regions on the server.</source>
        <translation>عرض المناطق الموجودة على الخادم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download a region&apos;s content into the local store.</source>
        <translation>تنزيل محتوى منطقة إلى المخزن المحلي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what the local store holds.</source>
        <translation>عرض ما يحتويه المخزن المحلي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a stored page, event or place.</source>
        <translation>طباعة صفحة أو فعالية أو مكان محفوظ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the stored content, offline.</source>
        <translation>البحث في المحتوى المحفوظ دون إنترنت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the local store; move a damaged one aside and download again.</source>
        <translation>فحص المخزن المحلي؛ ونقل المخزن التالف جانبًا والتنزيل مرة أخرى.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import an offline map (MBTiles) for a region.</source>
        <translation>استيراد خريطة دون إنترنت (MBTiles) لمنطقة ما.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configure kiosk mode: setup, show, set-pin, disable.</source>
        <translation>إعداد وضع الكشك: setup وshow وset-pin وdisable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a stored page, place or event, or this week&apos;s events, as a PDF handout.</source>
        <translation>كتابة صفحة أو مكان أو فعالية محفوظة، أو فعاليات هذا الأسبوع، كنشرة PDF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export or import a content pack (one file per region), or watch a folder for packs.</source>
        <translation>تصدير حزمة محتوى أو استيرادها (ملف واحد لكل منطقة)، أو مراقبة مجلد بحثًا عن حزم.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: integreat-cli [global options] COMMAND [options]

Keeps the content of Integreat regions in a local store that works offline.

Commands:
</source>
        <translation>الاستخدام: integreat-cli [خيارات عامة] COMMAND [خيارات]

يحفظ محتوى مناطق Integreat في مخزن محلي يعمل دون إنترنت.

الأوامر:
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
الخيارات العامة (لكل الأوامر):
  --server URL        خادم Integreat CMS (الافتراضي: https://cms.integreat-app.de)
  --data-dir DIR      مجلد المخزن المحلي (الافتراضي: مجلد تطبيق سطح المكتب)
  --timeout SECONDS   التوقف عن انتظار خادم صامت بعد هذه المدة (الافتراضي: 30)
  --retries N         عدد مرات إعادة محاولة التنزيل الفاشل (الافتراضي: 3)
  --proxy URL         خادم وكيل لكل طلب: http://HOST:PORT أو socks5://HOST:PORT
                      أو none (الافتراضي: وكيل النظام، مثل https_proxy)
  -h, --help          المساعدة (أيضًا بعد اسم أمر)
  -v, --version       الإصدار

مثال:
  integreat-cli sync --region augsburg --languages de,en,ar
</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>no command given</source>
        <translation>لم يُحدَّد أي أمر</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown command “%1” (see --help)</source>
        <translation>أمر غير معروف «%1» (انظر ‎--help‎)</translation>
    </message>
    <message>
        <location filename="../app/cli/clipin.cpp" line="+62"/>
        <source>New kiosk PIN (4 to 12 digits): </source>
        <translation>رمز PIN الجديد للكشك (من 4 إلى 12 رقمًا): </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same PIN again: </source>
        <translation>رمز PIN نفسه مرة أخرى: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two PINs differ; nothing was changed</source>
        <translation>رمزا PIN غير متطابقين؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no PIN was given (give it on standard input or at the prompt)</source>
        <translation>لم يُدخَل رمز PIN (أدخله عبر الإدخال القياسي أو عند الطلب)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a kiosk PIN has 4 to 12 digits</source>
        <translation>يتكوّن رمز PIN للكشك من 4 إلى 12 رقمًا</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdkiosk.cpp" line="+77"/>
        <source>--%1 needs a number from %2 to %3</source>
        <translation>يحتاج ‎--%1‎ إلى عدد من %2 إلى %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>kiosk setup needs --region SLUG</source>
        <translation>يحتاج kiosk setup إلى ‎--region SLUG‎</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wrote the kiosk configuration %1.</source>
        <translation>كُتب ملف إعدادات الكشك %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integreat-cli: warning: no PIN is set, so nobody can open the kiosk&apos;s admin panel (set one with: integreat-cli kiosk set-pin --config %1)</source>
        <translation>integreat-cli: تحذير: لم يُعيَّن رمز PIN، لذلك لا يمكن لأحد فتح لوحة إدارة الكشك (عيّنه باستخدام: integreat-cli kiosk set-pin --config %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(all stored)</source>
        <translation>(كل ما هو محفوظ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration:     %1</source>
        <translation>ملف الإعدادات:       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk mode:        %1</source>
        <translation>وضع الكشك:           %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions:           %1</source>
        <translation>المناطق:             %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:         %1</source>
        <translation>اللغات:              %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start language:    %1</source>
        <translation>لغة البدء:           %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(first)</source>
        <translation>(الأولى)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle seconds:      %1</source>
        <translation>ثواني الخمول:        %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countdown seconds: %1</source>
        <translation>ثواني العد التنازلي: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections:          %1</source>
        <translation>الأقسام:             %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN:               %1</source>
        <translation>رمز PIN:             %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set (PBKDF2-HMAC-SHA256, %1 iterations)</source>
        <translation>معيّن (PBKDF2-HMAC-SHA256، %1 تكرار)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>غير معيّن</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no region is configured in %1 (integreat-cli kiosk setup --region SLUG)</source>
        <translation>لا توجد منطقة مُعدّة في %1 (integreat-cli kiosk setup --region SLUG)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: updated less than %2 hours ago; skipped.</source>
        <translation>%1: حُدِّث قبل أقل من %2 ساعة؛ تم تخطّيه.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Configure kiosk mode (integreat-desktop --kiosk):
  setup    write the configuration (--region, --languages, --idle-seconds, --countdown-seconds, --sections, --start-language, --pin)
  show     print it (--check: exit code only)
  set-pin  set a new PIN (standard input, or asked twice)
  sync     download the configured regions and languages (the nightly timer)
  disable  turn kiosk mode off (setup turns it on again)</source>
        <translation>إعداد وضع الكشك (integreat-desktop --kiosk):
  setup    كتابة الإعدادات (--region، --languages، --idle-seconds، --countdown-seconds، --sections، --start-language، --pin)
  show     طباعتها (--check: رمز الخروج فقط)
  set-pin  تعيين رمز PIN جديد (من الإدخال القياسي، أو يُطلب مرتين)
  sync     تنزيل المناطق واللغات المُعدّة (المؤقّت الليلي)
  disable  إيقاف وضع الكشك (يعيد setup تفعيله)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>setup, show, set-pin, sync or disable</source>
        <translation>setup أو show أو set-pin أو sync أو disable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: integreat-cli kiosk setup|show|set-pin|sync|disable [--config FILE] (see --help)</source>
        <translation>الاستخدام: integreat-cli kiosk setup|show|set-pin|sync|disable [--config FILE] (انظر ‎--help‎)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The kiosk PIN is set.</source>
        <translation>تم تعيين رمز PIN للكشك.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kiosk mode is disabled (integreat-cli kiosk setup enables it again).</source>
        <translation>وضع الكشك معطّل (يعيد integreat-cli kiosk setup تفعيله).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kiosk action “%1” (setup, show, set-pin, sync or disable)</source>
        <translation>إجراء كشك غير معروف «%1» (setup أو show أو set-pin أو sync أو disable)</translation>
    </message>
    <message>
        <location filename="../app/cli/packwatch.cpp" line="+48"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ليس مجلدًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integreat-cli: %1 received: stopped watching %2.</source>
        <translation>integreat-cli: تم استلام %1: توقفت مراقبة %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watching %1 for content packs (*%2); stop with Ctrl+C.</source>
        <translation>تجري مراقبة %1 بحثًا عن حزم المحتوى (*%2)؛ للإيقاف اضغط Ctrl+C.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: pack %2 was imported already.</source>
        <translation>%1: الحزمة %2 مستوردة من قبل.</translation>
    </message>
</context>
<context>
    <name>integreat::cli::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+28"/>
        <source>Integreat CMS to talk to (default: %1).</source>
        <translation>خادم Integreat CMS المستخدم (الافتراضي: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder of the local store (default: %1).</source>
        <translation>مجلد المخزن المحلي (الافتراضي: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give up on a silent server after this many seconds (default: 30).</source>
        <translation>التوقف عن انتظار خادم صامت بعد هذا العدد من الثواني (الافتراضي: 30).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retries of a failed download (default: 3).</source>
        <translation>عدد إعادة محاولة التنزيل الفاشل (الافتراضي: 3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send every request through this proxy: http://HOST:PORT, socks5://HOST:PORT or none (default: the system&apos;s proxy settings).</source>
        <translation>إرسال كل طلب عبر هذا الخادم الوكيل: http://HOST:PORT أو socks5://HOST:PORT أو none (الافتراضي: إعدادات الوكيل في النظام).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (see --help)</source>
        <translation> (انظر ‎--help‎)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--server needs an http(s) URL such as https://cms.integreat-app.de</source>
        <translation>يحتاج ‎--server‎ إلى رابط http(s)‎ مثل https://cms.integreat-app.de</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout needs a number of seconds of at least 1</source>
        <translation>يحتاج ‎--timeout‎ إلى عدد ثوانٍ لا يقل عن 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--retries needs a number from 0 to 10</source>
        <translation>يحتاج ‎--retries‎ إلى عدد من 0 إلى 10</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the data folder %1</source>
        <translation>تعذّر إنشاء مجلد البيانات %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the local store %1: %2</source>
        <translation>تعذّر فتح المخزن المحلي %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run “integreat-cli repair” to move %1 aside and download the content again.</source>
        <translation>شغّل «integreat-cli repair» لنقل %1 جانبًا وتنزيل المحتوى مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>integreat::cli::KioskOptions</name>
    <message>
        <location filename="../app/cli/cmdkiosk.cpp" line="-251"/>
        <source>The kiosk configuration file (default: %1).</source>
        <translation>ملف إعدادات الكشك (الافتراضي: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region slug (repeat or comma-separate for several).</source>
        <translation>رمز المنطقة (كرّره أو افصل بفواصل لعدة مناطق).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language codes offered, comma-separated.</source>
        <translation>رموز اللغات المتاحة، مفصولة بفواصل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language preselected on the start screen.</source>
        <translation>اللغة المختارة مسبقًا في شاشة البدء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds without touch before the countdown (default: 120).</source>
        <translation>عدد الثواني دون لمس قبل العد التنازلي (الافتراضي: 120).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds of the “Are you still there?” countdown (default: 20).</source>
        <translation>عدد ثواني العد التنازلي «هل ما زلت هنا؟» (الافتراضي: 20).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections shown, comma-separated (default: local,places,events,news).</source>
        <translation>الأقسام المعروضة، مفصولة بفواصل (الافتراضي: local,places,events,news).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the PIN (read from standard input when it is not a terminal, else asked twice).</source>
        <translation>تعيين رمز PIN (يُقرأ من الإدخال القياسي إن لم يكن طرفية، وإلا يُطلب مرتين).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sync: skip a region whose languages were all updated less than N hours ago (the update at boot).</source>
        <translation>sync: تخطّي المنطقة التي حُدِّثت كل لغاتها قبل أقل من N ساعة (التحديث عند بدء التشغيل).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show: print nothing; exit 0 only when the kiosk is configured and enabled (for ExecCondition=).</source>
        <translation>show: عدم طباعة أي شيء؛ والخروج بالرمز 0 فقط إذا كان الكشك مُعدًّا ومفعّلًا (لـ ‎ExecCondition=‎).</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::AdminPanel</name>
    <message>
        <location filename="../app/desktop/kiosk/adminpanel.cpp" line="+20"/>
        <source>Sync now</source>
        <translation>تحديث الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit kiosk</source>
        <translation>إنهاء وضع الكشك</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kiosk administration</source>
        <translation>إدارة الكشك</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start over</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the kiosk</source>
        <translation>العودة إلى الكشك</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Counting…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>never</source>
        <translation>لم يتم بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1: last update %2, %3 pages, %4 events, %5 places, %6 news</source>
        <translation>  %1: آخر تحديث %2، %3 صفحات، %4 فعاليات، %5 أماكن، %6 أخبار</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the last attempt failed: %1</source>
        <translation>فشلت المحاولة الأخيرة: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is saved yet.</source>
        <translation>لم يُحفظ شيء بعد.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::Application</name>
    <message>
        <location filename="../app/desktop/shell/application.cpp" line="+246"/>
        <source>nothing is saved in %1 yet; sync a town first</source>
        <translation>لا يوجد شيء محفوظ في %1 بعد؛ نزّل مدينة أولًا</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>could not write the screenshot %1</source>
        <translation>تعذّرت كتابة لقطة الشاشة %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::BreadcrumbBar</name>
    <message>
        <location filename="../app/desktop/pages/breadcrumbbar.cpp" line="+36"/>
        <source>You are here</source>
        <translation>أنت هنا</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>More: %1</source>
        <translation>المزيد: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ChatSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/chatsection.cpp" line="+105"/>
        <source>Ask Integreat</source>
        <translation>اسأل Integreat</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The chat is not offered on this public computer.</source>
        <translation>المحادثة غير متاحة على هذا الحاسوب العام.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>The chat is not available in this town.</source>
        <translation>المحادثة غير متاحة في هذه المدينة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chat of this town is not available on this computer yet.</source>
        <translation>المحادثة الخاصة بهذه المدينة غير متاحة على هذا الحاسوب بعد.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ChatView</name>
    <message>
        <location filename="../app/desktop/chat/chatview.cpp" line="+31"/>
        <source>Accept and start the chat</source>
        <translation>الموافقة وبدء المحادثة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again</source>
        <translation>إعادة الإرسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write your question in any language</source>
        <translation>اكتب سؤالك بأي لغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your message</source>
        <translation>رسالتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy notice of the chat</source>
        <translation>إشعار الخصوصية الخاص بالمحادثة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State of the chat</source>
        <translation>حالة المحادثة</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Your questions are answered by counselors of the town and by an assistant that knows the town&apos;s information. What you write is sent to the town&apos;s chat server and kept there.</source>
        <translation>يجيب عن أسئلتك مستشارو المدينة ومساعد آلي يعرف معلومات المدينة. ما تكتبه يُرسَل إلى خادم المحادثة الخاص بالمدينة ويُحفظ هناك.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the privacy notice</source>
        <translation>قراءة إشعار الخصوصية</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Ask a question about life in the town. The answer appears here.</source>
        <translation>اطرح سؤالًا عن الحياة في المدينة. سيظهر الجواب هنا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic answer</source>
        <translation>ردّ آلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counselor</source>
        <translation>مستشار</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent yet</source>
        <translation>لم يُرسَل بعد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integreat is writing an answer…</source>
        <translation>يكتب Integreat جوابًا…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading the chat…</source>
        <translation>جارٍ تحميل المحادثة…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CommandLine</name>
    <message>
        <location filename="../app/desktop/shell/commandline.cpp" line="+39"/>
        <source>Integreat: local information for newcomers, in their language, also offline.</source>
        <translation>Integreat: معلومات محلية للقادمين الجدد بلغتهم، حتى بدون إنترنت.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of the local store (default: %1).</source>
        <translation>مجلد المخزن المحلي (الافتراضي: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integreat CMS to update from (default: %1).</source>
        <translation>خادم Integreat CMS الذي يُحدَّث منه (الافتراضي: %1).</translation>
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
        <translation>عدم استخدام الشبكة أبدًا؛ عرض المحتوى المحفوظ فقط.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a page: an https://integreat.app/… link, an integreat:// link or region/language/path.</source>
        <translation>فتح صفحة: رابط https://integreat.app/…‏ أو رابط integreat://‏ أو منطقة/لغة/مسار.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>LINK</source>
        <translation>رابط</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Import a content pack (made with integreat-cli pack export) and show the result in the settings; the same as giving FILE.integreat-pack.</source>
        <translation>استيراد حزمة محتوى (أُنشئت باستخدام integreat-cli pack export) وعرض النتيجة في الإعدادات؛ مثل إعطاء FILE.integreat-pack.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Render the window at 1280×800 into a PNG file and exit (for documentation and smoke tests).</source>
        <translation>حفظ النافذة بحجم 1280×800 في ملف PNG ثم الخروج (للتوثيق واختبارات التشغيل).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The same as --open, or a content pack file (.integreat-pack) to import.</source>
        <translation>مثل ‎--open‎، أو ملف حزمة محتوى (.integreat-pack) لاستيراده.</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+5"/>
        <location line="+12"/>
        <source>FILE</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Send every request through this proxy: http://HOST:PORT, socks5://HOST:PORT or none (default: the system&apos;s proxy settings).</source>
        <translation>إرسال كل طلب عبر هذا الخادم الوكيل: http://HOST:PORT أو socks5://HOST:PORT أو none (الافتراضي: إعدادات الوكيل في النظام).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run as a locked public kiosk (full screen, idle reset, links as QR codes).</source>
        <translation>التشغيل ككشك عام مقفل (ملء الشاشة، وإعادة الضبط عند عدم الاستخدام، والروابط كرموز QR).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kiosk configuration (with --kiosk; default: %1).</source>
        <translation>ملف إعدادات الكشك (مع ‎--kiosk‎؛ الافتراضي: %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[LINK]</source>
        <translation>[رابط]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Give one content pack to import, not several.</source>
        <translation>أعطِ حزمة محتوى واحدة للاستيراد، وليس عدة حزم.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give one link to open, not several.</source>
        <translation>أعطِ رابطًا واحدًا للفتح، لا عدة روابط.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--config is for --kiosk.</source>
        <translation>الخيار ‎--config‎ مخصّص لـ ‎--kiosk‎.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--kiosk starts at its own start screen: no link or --screenshot.</source>
        <translation>يبدأ ‎--kiosk‎ بشاشة البدء الخاصة به: لا رابط ولا ‎--screenshot‎.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A content pack is imported in a window: not with --kiosk or --screenshot.</source>
        <translation>تُستورد حزمة المحتوى في نافذة: ليس مع ‎--kiosk‎ أو ‎--screenshot‎.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--server needs an http(s) URL such as %1.</source>
        <translation>يحتاج ‎--server‎ إلى رابط http(s)‎ مثل %1.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ContactFormDialog</name>
    <message>
        <location filename="../app/desktop/pages/contactformdialog.cpp" line="+27"/>
        <location line="+101"/>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to the town&apos;s team. They answer by e-mail; your message is sent to the town&apos;s contact server.</source>
        <translation>اكتب إلى فريق المدينة. سيردّون عبر البريد الإلكتروني؛ تُرسَل رسالتك إلى خادم التواصل الخاص بالمدينة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Your name (optional)</source>
        <translation>اسمك (اختياري)</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Your e-mail address</source>
        <translation>عنوان بريدك الإلكتروني</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Your message</source>
        <translation>رسالتك</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+25"/>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CounselTools</name>
    <message>
        <location filename="../app/desktop/counsel/counseltools.cpp" line="+25"/>
        <source>Read aloud</source>
        <translation>قراءة بصوت عالٍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End session</source>
        <translation>إنهاء الجلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show QR code</source>
        <translation>عرض رمز QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>جنبًا إلى جنب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the text aloud in its language</source>
        <translation>قراءة النص بصوت عالٍ بلغته</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear everything of this session and start again (%1)</source>
        <translation>مسح كل ما يخص هذه الجلسة والبدء من جديد (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the link of this page as a QR code to take along on a phone</source>
        <translation>عرض رابط هذه الصفحة كرمز QR لتأخذه معك على الهاتف</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show this in a second language beside it</source>
        <translation>عرض هذا بلغة ثانية بجانبه</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CountdownOverlay</name>
    <message>
        <location filename="../app/desktop/kiosk/countdownoverlay.cpp" line="+14"/>
        <source>Yes, continue</source>
        <translation>نعم، متابعة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Press any key or move the mouse to continue. In %n seconds the session ends: the app goes back to the start page and what was looked at is cleared.</source>
        <translation>
            <numerusform>اضغط أي مفتاح أو حرّك الفأرة للمتابعة. بعد %n ثانية تنتهي الجلسة: يعود التطبيق إلى الصفحة الرئيسية ويُمسح كل ما تم عرضه.</numerusform>
            <numerusform>اضغط أي مفتاح أو حرّك الفأرة للمتابعة. بعد ثانية واحدة تنتهي الجلسة: يعود التطبيق إلى الصفحة الرئيسية ويُمسح كل ما تم عرضه.</numerusform>
            <numerusform>اضغط أي مفتاح أو حرّك الفأرة للمتابعة. بعد ثانيتين تنتهي الجلسة: يعود التطبيق إلى الصفحة الرئيسية ويُمسح كل ما تم عرضه.</numerusform>
            <numerusform>اضغط أي مفتاح أو حرّك الفأرة للمتابعة. بعد %n ثوانٍ تنتهي الجلسة: يعود التطبيق إلى الصفحة الرئيسية ويُمسح كل ما تم عرضه.</numerusform>
            <numerusform>اضغط أي مفتاح أو حرّك الفأرة للمتابعة. بعد %n ثانية تنتهي الجلسة: يعود التطبيق إلى الصفحة الرئيسية ويُمسح كل ما تم عرضه.</numerusform>
            <numerusform>اضغط أي مفتاح أو حرّك الفأرة للمتابعة. بعد %n ثانية تنتهي الجلسة: يعود التطبيق إلى الصفحة الرئيسية ويُمسح كل ما تم عرضه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Touch the screen to continue. In %n seconds everything starts over and what you looked at is cleared.</source>
        <translation>
            <numerusform>المس الشاشة للمتابعة. سيبدأ كل شيء من جديد الآن ويُمحى ما شاهدته.</numerusform>
            <numerusform>المس الشاشة للمتابعة. بعد ثانية واحدة يبدأ كل شيء من جديد ويُمحى ما شاهدته.</numerusform>
            <numerusform>المس الشاشة للمتابعة. بعد ثانيتين يبدأ كل شيء من جديد ويُمحى ما شاهدته.</numerusform>
            <numerusform>المس الشاشة للمتابعة. بعد %n ثوانٍ يبدأ كل شيء من جديد ويُمحى ما شاهدته.</numerusform>
            <numerusform>المس الشاشة للمتابعة. بعد %n ثانية يبدأ كل شيء من جديد ويُمحى ما شاهدته.</numerusform>
            <numerusform>المس الشاشة للمتابعة. بعد %n ثانية يبدأ كل شيء من جديد ويُمحى ما شاهدته.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DBusNotifier</name>
    <message>
        <location filename="../app/desktop/notify/dbusnotifier.cpp" line="+51"/>
        <source>Open</source>
        <translation>فتح</translation>
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
        <translation>المحتوى المحفوظ تالف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be read: %2

Download again moves the file aside under a dated name (nothing is deleted), starts afresh and downloads your towns and languages again.</source>
        <translation>تعذّرت قراءة الملف %1: %2

يؤدي «تنزيل مرة أخرى» إلى نقل الملف جانبًا باسم يحمل التاريخ (لا يُحذف شيء)، ثم البدء من جديد وتنزيل مدنك ولغاتك مرة أخرى.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download again</source>
        <translation>تنزيل مرة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DashboardView</name>
    <message>
        <location filename="../app/desktop/pages/dashboardview.cpp" line="+39"/>
        <source>Local information</source>
        <translation>معلومات محلية</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There are no pages in this language yet.</source>
        <translation>لا توجد صفحات بهذه اللغة بعد.</translation>
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
        <translation>«%1» ليس رابطًا لصفحة مدينة في Integreat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” in %2 is not saved on this computer.</source>
        <translation>محتوى «%1» بـ%2 غير محفوظ على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The chat is not available in this town.</source>
        <translation>المحادثة غير متاحة في هذه المدينة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The linked page is in %1, which is not saved on this computer.</source>
        <translation>الصفحة المرتبطة بـ%1، وهي غير محفوظة على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The linked page is not saved on this computer.</source>
        <translation>الصفحة المرتبطة غير محفوظة على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EndSession</name>
    <message>
        <location filename="../app/desktop/counsel/endsession.cpp" line="+44"/>
        <location line="+6"/>
        <source>End session</source>
        <translation>إنهاء الجلسة</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>End this session?</source>
        <translation>إنهاء هذه الجلسة؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app goes back to the start page. The history, the search, side by side, the news read and the folders used for saving are cleared, so that the next person finds nothing of this session.</source>
        <translation>يعود التطبيق إلى الصفحة الرئيسية. يُمسح السجل والبحث وعرض «جنبًا إلى جنب» والأخبار المقروءة والمجلدات المستخدمة للحفظ، حتى لا يجد الشخص التالي شيئًا من هذه الجلسة.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventDateText</name>
    <message>
        <location filename="../app/desktop/presentation/eventdatetext.cpp" line="+50"/>
        <source>the last %1</source>
        <translation>آخر %1 في الشهر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the %1. %2</source>
        <translation>%2 رقم %1 في الشهر</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1, all day</source>
        <translation>%1، طوال اليوم</translation>
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
        <translation>كل يوم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 days</source>
        <translation>كل %1 أيام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every week</source>
        <translation>كل أسبوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 weeks</source>
        <translation>كل %1 أسابيع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every month</source>
        <translation>كل شهر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 months</source>
        <translation>كل %1 أشهر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every year</source>
        <translation>كل سنة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 years</source>
        <translation>كل %1 سنوات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats</source>
        <translation>يتكرر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only on weekdays (Monday to Friday)</source>
        <translation>فقط في أيام العمل (من الاثنين إلى الجمعة)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventHtml</name>
    <message>
        <location filename="../app/desktop/events/eventhtml.cpp" line="+80"/>
        <source>Loading dates…</source>
        <translation>جارٍ تحميل المواعيد…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online meeting:</source>
        <translation>اجتماع عبر الإنترنت:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More dates</source>
        <translation>مواعيد أخرى</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventList</name>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+20"/>
        <source>Only dates from</source>
        <translation>فقط المواعيد من</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Events</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlistmodel.cpp" line="+68"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>غدًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 7 days</source>
        <translation>الأيام الـ7 القادمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 30 days</source>
        <translation>الأيام الـ30 القادمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Heading</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+35"/>
        <source>Loading events…</source>
        <translation>جارٍ تحميل الفعاليات…</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlistmodel.cpp" line="-20"/>
        <source>More dates: %1</source>
        <translation>مواعيد أخرى: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Irregular dates</source>
        <translation>مواعيد غير منتظمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Irregular dates. %1</source>
        <translation>مواعيد غير منتظمة. %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+13"/>
        <source>No events in these days.</source>
        <translation>لا توجد فعاليات في هذه الأيام.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No upcoming events.</source>
        <translation>لا توجد فعاليات قادمة.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventsSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/eventssection.cpp" line="+26"/>
        <source>Events</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This event is not on this computer. It may be over or removed, or it is newer than the last update.</source>
        <translation>هذه الفعالية غير موجودة على هذا الحاسوب. ربما انتهت أو حُذفت، أو هي أحدث من آخر تحديث.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventsView</name>
    <message>
        <location filename="../app/desktop/events/eventsview.cpp" line="+45"/>
        <location line="+28"/>
        <source>All events</source>
        <translation>كل الفعاليات</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Save this date for a calendar…</source>
        <translation>حفظ هذا الموعد لتقويم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save all dates for a calendar…</source>
        <translation>حفظ كل المواعيد لتقويم…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Event</source>
        <translation>فعالية</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>This event has irregular dates: they cannot all be worked out, so only the first is shown. Check the dates with the organizer.</source>
        <translation>لهذه الفعالية مواعيد غير منتظمة: لا يمكن حسابها كلها، لذلك يُعرض الموعد الأول فقط. تحقّق من المواعيد لدى الجهة المنظِّمة.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Save for a calendar</source>
        <translation>حفظ لتقويم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>ملفات التقويم (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dates are still being worked out. Try again in a moment.</source>
        <translation>ما زال حساب المواعيد جاريًا. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This event has no dates left to save.</source>
        <translation>لم يعد لهذه الفعالية مواعيد لحفظها.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The calendar file could not be saved: %1</source>
        <translation>تعذّر حفظ ملف التقويم: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. Open %1 with your calendar app to add the event.</source>
        <translation>تم الحفظ. افتح %1 بتطبيق التقويم لإضافة الفعالية.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ExternalLinkDialog</name>
    <message>
        <location filename="../app/desktop/pages/externallinkdialog.cpp" line="+38"/>
        <source>Open a website?</source>
        <translation>فتح موقع ويب؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link leads out of Integreat to a website of &lt;b&gt;%1&lt;/b&gt;. It opens in your web browser and needs an internet connection.</source>
        <translation>يقود هذا الرابط خارج Integreat إلى موقع ويب لـ &lt;b&gt;%1&lt;/b&gt;. سيُفتح في متصفحك ويحتاج إلى اتصال بالإنترنت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Open in browser</source>
        <translation>فتح في المتصفح</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open the document online?</source>
        <translation>فتح المستند عبر الإنترنت؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document is not saved on this computer. It can be opened from &lt;b&gt;%1&lt;/b&gt; in your browser with an internet connection.</source>
        <translation>هذا المستند غير محفوظ على هذا الحاسوب. يمكن فتحه من &lt;b&gt;%1&lt;/b&gt; في متصفحك عند الاتصال بالإنترنت.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call this number?</source>
        <translation>الاتصال بهذا الرقم؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your computer&apos;s phone app will call this number:</source>
        <translation>سيتصل تطبيق الهاتف في حاسوبك بهذا الرقم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write an e-mail?</source>
        <translation>كتابة بريد إلكتروني؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your e-mail program will open a new message to:</source>
        <translation>سيفتح برنامج البريد الإلكتروني رسالة جديدة إلى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write e-mail</source>
        <translation>كتابة بريد</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <translation>نُسخ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::FeedbackBox</name>
    <message>
        <location filename="../app/desktop/pages/feedbackbox.cpp" line="+88"/>
        <source>Was this page helpful?</source>
        <translation>هل كانت هذه الصفحة مفيدة؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, this was helpful</source>
        <translation>نعم، كانت مفيدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, this was not helpful</source>
        <translation>لا، لم تكن مفيدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What could be better? (optional, no personal data)</source>
        <translation>ما الذي يمكن تحسينه؟ (اختياري، بدون بيانات شخصية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on this page</source>
        <translation>تعليق على هذه الصفحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send feedback</source>
        <translation>إرسال الملاحظات</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Thank you. You may add a comment.</source>
        <translation>شكرًا لك. يمكنك إضافة تعليق.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please choose “Yes” or “No”, or write a comment.</source>
        <translation>يُرجى اختيار «نعم» أو «لا»، أو كتابة تعليق.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::FirstRunWizard</name>
    <message>
        <location filename="../app/desktop/firstrun/firstrunwizard.cpp" line="+31"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+221"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location line="-220"/>
        <location line="+216"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Welcome to Integreat</source>
        <translation>مرحبًا بك في Integreat</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The download was cancelled. Nothing was changed on this computer.</source>
        <translation>أُلغي التنزيل. لم يتغيّر شيء على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The server lists no regions.</source>
        <translation>لا يعرض الخادم أي مناطق.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The demo town could not be set up: %1</source>
        <translation>تعذّر إعداد المدينة التجريبية: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Download</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stops the download; nothing is changed</source>
        <translation>يوقف التنزيل؛ لن يتغيّر شيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this window</source>
        <translation>يغلق هذه النافذة</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::HeaderBar</name>
    <message>
        <location filename="../app/desktop/mainwindow/headerbar.cpp" line="+54"/>
        <location line="+1"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Search in %1</source>
        <translation>البحث في %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskApp</name>
    <message>
        <location filename="../app/desktop/shell/kioskapp.cpp" line="+36"/>
        <source>kiosk mode is disabled in %1 (integreat-cli kiosk setup enables it)</source>
        <translation>وضع الكشك معطّل في %1 (يفعّله integreat-cli kiosk setup)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot create the folder %1</source>
        <translation>تعذّر إنشاء المجلد %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved content cannot be opened: %1</source>
        <translation>تعذّر فتح المحتوى المحفوظ: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskSession</name>
    <message>
        <location filename="../app/desktop/kiosk/kiosksession.cpp" line="+66"/>
        <source>Start over</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this page with you</source>
        <translation>خذ هذه الصفحة معك</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskWindow</name>
    <message>
        <location filename="../app/desktop/kiosk/kioskwindow.cpp" line="+77"/>
        <source>The update has finished.</source>
        <translation>اكتمل التحديث.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The update failed; the last good content stays in use. %1</source>
        <translation>فشل التحديث؛ يبقى آخر محتوى سليم قيد الاستخدام. %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nothing is saved on this kiosk yet. The administrator can update the content.</source>
        <translation>لم يُحفظ أي شيء على هذا الكشك بعد. يمكن للمسؤول تحديث المحتوى.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Wrong PIN.</source>
        <translation>رمز PIN غير صحيح.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة جدًّا. حاول مرة أخرى الآن.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًّا. حاول مرة أخرى بعد ثانية واحدة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًّا. حاول مرة أخرى بعد ثانيتين.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًّا. حاول مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًّا. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًّا. حاول مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No PIN is set for this kiosk, so the administration cannot be opened here (integreat-cli kiosk set-pin).</source>
        <translation>لم يُعيَّن رمز PIN لهذا الكشك، لذلك لا يمكن فتح الإدارة هنا (integreat-cli kiosk set-pin).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No region is configured (integreat-cli kiosk setup).</source>
        <translation>لا توجد منطقة مُعدّة (integreat-cli kiosk setup).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kiosk runs offline; the nightly update keeps it current.</source>
        <translation>يعمل هذا الكشك دون إنترنت؛ ويُبقيه التحديث الليلي محدَّثًا.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Updating…</source>
        <translation>جارٍ التحديث…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageButton</name>
    <message>
        <location filename="../app/desktop/mainwindow/languagebutton.cpp" line="+40"/>
        <source>%1 (download)</source>
        <translation>%1 (تنزيل)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language of the content: %1</source>
        <translation>لغة المحتوى: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content language: %1</source>
        <translation>لغة المحتوى: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageNames</name>
    <message>
        <location filename="../app/desktop/presentation/languages.cpp" line="+46"/>
        <source>Albanian</source>
        <translation>الألبانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amharic</source>
        <translation>الأمهرية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgarian</source>
        <translation>البلغارية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central Kurdish</source>
        <translation>الكردية الوسطى (السورانية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatian</source>
        <translation>الكرواتية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czech</source>
        <translation>التشيكية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dari</source>
        <translation>الدرية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greek</source>
        <translation>اليونانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungarian</source>
        <translation>المجرية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>الإيطالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kurdish</source>
        <translation>الكردية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pashto</source>
        <translation>البشتو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>البولندية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>الرومانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbian</source>
        <translation>الصربية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somali</source>
        <translation>الصومالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tigrinya</source>
        <translation>التغرينية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>التركية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation>الأوكرانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation>الأردية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnamese</source>
        <translation>الفيتنامية</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguagePage</name>
    <message>
        <location filename="../app/desktop/firstrun/languagepage.cpp" line="+22"/>
        <source>Which languages do you want to read?</source>
        <translation>بأي لغات تريد القراءة؟</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notice</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The local information of %1 is downloaded in the languages you choose, so you can read it without internet. You can choose several and add more later.</source>
        <translation>تُنزَّل المعلومات المحلية لـ %1 باللغات التي تختارها، لتتمكن من قراءتها دون إنترنت. يمكنك اختيار عدة لغات وإضافة المزيد لاحقًا.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language code %1</source>
        <translation>رمز اللغة %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageRow</name>
    <message>
        <location filename="../app/desktop/firstrun/languagerow.cpp" line="+29"/>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry %1</source>
        <translation>إعادة محاولة %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Finished</source>
        <translation>اكتمل</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Ready to read offline</source>
        <translation>✓ جاهز للقراءة دون إنترنت</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not downloaded: %1</source>
        <translation>لم يُنزَّل: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LinkRouter</name>
    <message>
        <location filename="../app/desktop/pages/linkrouter.cpp" line="+70"/>
        <source>This link cannot be opened: it could harm your computer or your data.</source>
        <translation>لا يمكن فتح هذا الرابط: قد يضر بحاسوبك أو ببياناتك.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This link leads to the list of towns. To read about another town, use “Change” next to the town&apos;s name.</source>
        <translation>يقود هذا الرابط إلى قائمة المدن. للقراءة عن مدينة أخرى استخدم «تغيير» بجانب اسم المدينة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This link leads to a part of Integreat that this app does not show yet.</source>
        <translation>يقود هذا الرابط إلى جزء من Integreat لا يعرضه هذا التطبيق بعد.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download %1</source>
        <translation>تنزيل %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This link leads to “%1” in %2, which is not saved on this computer.</source>
        <translation>يقود هذا الرابط إلى «%1» بـ%2، وهذا غير محفوظ على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This page is in %1, which is not saved on this computer yet.</source>
        <translation>هذه الصفحة بـ%1، وهي غير محفوظة على هذا الحاسوب بعد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chat is not available in this town.</source>
        <translation>المحادثة غير متاحة في هذه المدينة.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The linked event is not on this computer. It may be over or removed, or it is newer than the last update.</source>
        <translation>الفعالية المرتبطة غير موجودة على هذا الحاسوب. ربما انتهت أو حُذفت، أو هي أحدث من آخر تحديث.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked place is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>المكان المرتبط غير موجود على هذا الحاسوب. ربما حُذف، أو هو أحدث من آخر تحديث.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked news item is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>الخبر المرتبط غير موجود على هذا الحاسوب. ربما حُذف، أو هو أحدث من آخر تحديث.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked page is not on this computer. It may have been moved or removed, or it is newer than the last update.</source>
        <translation>الصفحة المرتبطة غير موجودة على هذا الحاسوب. ربما نُقلت أو حُذفت، أو هي أحدث من آخر تحديث.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No program on this computer can open this document.</source>
        <translation>لا يوجد برنامج على هذا الحاسوب يستطيع فتح هذا المستند.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This document is not saved on this computer.</source>
        <translation>هذا المستند غير محفوظ على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>No program on this computer can open this link.</source>
        <translation>لا يوجد برنامج على هذا الحاسوب يستطيع فتح هذا الرابط.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>This offer cannot be opened: its form could not be prepared.</source>
        <translation>تعذّر فتح هذا العرض: لم يمكن تجهيز النموذج الخاص به.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open online</source>
        <translation>فتح عبر الإنترنت</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LocalInfoSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/localinfosection.cpp" line="+37"/>
        <source>Local information</source>
        <translation>معلومات محلية</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LocalInfoView</name>
    <message>
        <location filename="../app/desktop/pages/localinfoview.cpp" line="+57"/>
        <source>Page content</source>
        <translation>محتوى الصفحة</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Start page of the town</source>
        <translation>الصفحة الرئيسية للمدينة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page</source>
        <translation>صفحة</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <location line="+31"/>
        <location line="+38"/>
        <location line="+9"/>
        <location line="+21"/>
        <source>Local information</source>
        <translation>معلومات محلية</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>This page is not on this computer</source>
        <translation>هذه الصفحة غير موجودة على هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been moved or removed by the last update.</source>
        <translation>ربما نُقلت أو حُذفت في آخر تحديث.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+26"/>
        <location line="+1"/>
        <source>Imprint</source>
        <translation>بيانات النشر</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>There is no imprint in this language on this computer.</source>
        <translation>لا توجد بيانات نشر بهذه اللغة على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The imprint is available in:</source>
        <translation>بيانات النشر متوفرة بـ:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search: “%1”</source>
        <translation>بحث: «%1»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go to the start page</source>
        <translation>الذهاب إلى الصفحة الرئيسية</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Start page in %1</source>
        <translation>الصفحة الرئيسية بـ%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not available in %2. It is available in:</source>
        <translation>«%1» غير متوفرة بـ%2. وهي متوفرة بـ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not available in %2.</source>
        <translation>«%1» غير متوفرة بـ%2.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MainActions</name>
    <message>
        <location filename="../app/desktop/mainwindow/mainactions.cpp" line="+19"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward</source>
        <translation>للأمام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start page</source>
        <translation>الصفحة الرئيسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>تحديث الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imprint</source>
        <translation>بيانات النشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger text</source>
        <translation>خط أكبر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smaller text</source>
        <translation>خط أصغر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal text size</source>
        <translation>حجم الخط العادي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Integreat Desktop</source>
        <translation>حول Integreat Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This page</source>
        <translation>هذه الصفحة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text size</source>
        <translation>حجم الخط</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MainWindow</name>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindow.cpp" line="+196"/>
        <source>Download %1</source>
        <translation>تنزيل %1</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 is not saved on this computer yet.</source>
        <translation>%1 غير محفوظة على هذا الحاسوب بعد.</translation>
    </message>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindowcommands.cpp" line="+171"/>
        <source>About Integreat Desktop</source>
        <translation>حول Integreat Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Integreat Desktop %1&lt;/h3&gt;&lt;p&gt;Local information for newcomers, in their language, also without internet.&lt;/p&gt;&lt;p&gt;The content comes from the towns and districts that take part in &lt;a href=&quot;https://integreat-app.de&quot;&gt;Integreat&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Integreat Desktop %1&lt;/h3&gt;&lt;p&gt;معلومات محلية للقادمين الجدد بلغتهم، حتى بدون إنترنت.&lt;/p&gt;&lt;p&gt;يأتي المحتوى من المدن والمقاطعات المشاركة في &lt;a href=&quot;https://integreat-app.de&quot;&gt;Integreat&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindowcounsel.cpp" line="+50"/>
        <source>Reading area</source>
        <translation>منطقة القراءة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The section shown, and beside it the same in a second language when Side by side is on</source>
        <translation>القسم المعروض، وبجانبه المحتوى نفسه بلغة ثانية عند تشغيل «جنبًا إلى جنب»</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MapWidget</name>
    <message>
        <location filename="../app/desktop/places/mapwidget.cpp" line="+30"/>
        <source>Map of places</source>
        <translation>خريطة الأماكن</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location line="+344"/>
        <source>I am here (sort places by distance from this point)</source>
        <translation>أنا هنا (ترتيب الأماكن حسب المسافة من هذه النقطة)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MassRemovalQuestion</name>
    <message>
        <location filename="../app/desktop/sync/massremovalquestion.cpp" line="+16"/>
        <source>Remove saved pages?</source>
        <translation>إزالة الصفحات المحفوظة؟</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n of the %2 saved pages would be removed.</source>
        <translation>
            <numerusform>%1: لن تُزال أي صفحة من أصل %2 صفحة محفوظة.</numerusform>
            <numerusform>%1: ستُزال صفحة واحدة من أصل %2 صفحة محفوظة.</numerusform>
            <numerusform>%1: ستُزال صفحتان من أصل %2 صفحة محفوظة.</numerusform>
            <numerusform>%1: ستُزال %n صفحات من أصل %2 صفحة محفوظة.</numerusform>
            <numerusform>%1: ستُزال %n صفحة من أصل %2 صفحة محفوظة.</numerusform>
            <numerusform>%1: ستُزال %n صفحة من أصل %2 صفحة محفوظة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server sent much less content than before. If you go on, pages you have now will be deleted from this computer.</source>
        <translation>أرسل الخادم محتوى أقل بكثير من قبل. إذا تابعت، فستُحذف من هذا الحاسوب صفحات موجودة لديك الآن.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This can be a mistake on the server. If you keep your content, nothing changes and you can try again later.</source>
        <translation>قد يكون هذا خطأً في الخادم. إذا احتفظت بمحتواك، فلن يتغيّر شيء ويمكنك المحاولة مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep my content</source>
        <translation>الاحتفاظ بمحتواي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove them</source>
        <translation>إزالتها</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NavigationBar</name>
    <message>
        <location filename="../app/desktop/pages/navigationbar.cpp" line="+29"/>
        <source>Back (Alt+Left)</source>
        <translation>رجوع (Alt+يسار)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward (Alt+Right)</source>
        <translation>للأمام (Alt+يمين)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>للأمام</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsHtml</name>
    <message>
        <location filename="../app/desktop/news/newshtml.cpp" line="+16"/>
        <source>Local news</source>
        <translation>أخبار محلية</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Read the original</source>
        <translation>قراءة النص الأصلي</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/newssection.cpp" line="+28"/>
        <source>News</source>
        <translation>الأخبار</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News (%1)</source>
        <translation>الأخبار (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News, %1 new</source>
        <translation>الأخبار، %1 جديدة</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This news item is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>هذا الخبر غير موجود على هذا الحاسوب. ربما حُذف، أو هو أحدث من آخر تحديث.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsView</name>
    <message>
        <location filename="../app/desktop/news/newsview.cpp" line="+43"/>
        <location line="+56"/>
        <source>All news</source>
        <translation>كل الأخبار</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local</source>
        <translation>محلية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External</source>
        <translation>خارجية</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>News</source>
        <translation>الأخبار</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>News item</source>
        <translation>خبر</translation>
    </message>
    <message>
        <location filename="../app/desktop/news/newslistmodel.cpp" line="+85"/>
        <source>● New</source>
        <translation>● جديد</translation>
    </message>
    <message>
        <location filename="../app/desktop/news/newsview.cpp" line="+110"/>
        <source>There are no news in this language yet. New local news of the town appear here after the next update.</source>
        <translation>لا توجد أخبار بهذه اللغة بعد. ستظهر هنا الأخبار المحلية الجديدة للمدينة بعد التحديث القادم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No news of this kind. Choose “All” to see every news item.</source>
        <translation>لا توجد أخبار من هذا النوع. اختر «الكل» لرؤية كل الأخبار.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NoticeBar</name>
    <message>
        <location filename="../app/desktop/pages/noticebar.cpp" line="+26"/>
        <source>Notice</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Close this notice</source>
        <translation>إغلاق هذه الملاحظة</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationCenter</name>
    <message>
        <location filename="../app/desktop/notify/notificationcenter.cpp" line="+44"/>
        <source>Notifications (%1)</source>
        <translation>الإشعارات (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>News from %1 (%2)</source>
        <translation>أخبار من %1 (%2)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationsDialog</name>
    <message>
        <location filename="../app/desktop/notify/notificationsdialog.cpp" line="+27"/>
        <source>No notifications yet. New local news of your towns appear here.</source>
        <translation>لا توجد إشعارات بعد. ستظهر هنا الأخبار المحلية الجديدة لمدنك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
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
        <translation>إظهار إشعار عندما تنشر مدينة أخبارًا بإحدى اللغات:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Look for news every</source>
        <translation>البحث عن أخبار كل</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::OfferForm</name>
    <message>
        <location filename="../app/desktop/pages/offerform.cpp" line="+27"/>
        <source>Continue to %1</source>
        <translation>متابعة إلى %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PackImport</name>
    <message>
        <location filename="../app/desktop/settings/packimport.cpp" line="+28"/>
        <source>Could not open the local store: %1</source>
        <translation>تعذّر فتح المخزن المحلي: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The content pack %1 was not imported: %2 Nothing on this computer was changed.</source>
        <translation>لم تُستورد حزمة المحتوى %1: %2 لم يتغيّر شيء على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported from the content pack: %1 in %2.</source>
        <translation>تم الاستيراد من حزمة المحتوى: %1 بـ%2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported, because this computer has newer content of %1 in %2. “Import anyway” replaces it with the older content of the pack.</source>
        <translation>لم يتم الاستيراد، لأن على هذا الحاسوب محتوى أحدث لـ %1 بـ%2. يستبدله «استيراد على أي حال» بالمحتوى الأقدم من الحزمة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The content pack %1 holds no language.</source>
        <translation>لا تحتوي حزمة المحتوى %1 على أي لغة.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PackImportPanel</name>
    <message>
        <location filename="../app/desktop/settings/packimportpanel.cpp" line="+23"/>
        <source>Import content pack…</source>
        <translation>استيراد حزمة محتوى…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import anyway</source>
        <translation>استيراد على أي حال</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a region&apos;s content from a file made with “integreat-cli pack export” (for computers without fast internet).</source>
        <translation>استيراد محتوى منطقة من ملف أُنشئ باستخدام «integreat-cli pack export» (للحواسيب التي ليس لديها إنترنت سريع).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing the content pack</source>
        <translation>جارٍ استيراد حزمة المحتوى</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Replaces this computer&apos;s newer content with the older content of the pack.</source>
        <translation>يستبدل المحتوى الأحدث على هذا الحاسوب بالمحتوى الأقدم من الحزمة.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import content pack</source>
        <translation>استيراد حزمة محتوى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Integreat content packs (*.integreat-pack)</source>
        <translation>حزم محتوى Integreat (*.integreat-pack)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Waiting for the running update to finish…</source>
        <translation>جارٍ انتظار انتهاء التحديث الجاري…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing the content pack…</source>
        <translation>جارٍ استيراد حزمة المحتوى…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PageHtml</name>
    <message>
        <location filename="../app/desktop/pages/pagehtml.cpp" line="+108"/>
        <source>Last updated on %1</source>
        <translation>آخر تحديث في %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Published on %1</source>
        <translation>نُشر في %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This page has no text yet.</source>
        <translation>لا يوجد نص في هذه الصفحة بعد.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Imprint</source>
        <translation>بيانات النشر</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Contact form: write to the town&apos;s team</source>
        <translation>نموذج التواصل: اكتب إلى فريق المدينة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online offer: opens in your browser</source>
        <translation>عرض عبر الإنترنت: يُفتح في متصفحك</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This page is provided by %1</source>
        <translation>هذه الصفحة مقدَّمة من %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PinPad</name>
    <message>
        <location filename="../app/desktop/kiosk/pinpad.cpp" line="+22"/>
        <source>Administrator PIN</source>
        <translation>رمز PIN للمسؤول</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the PIN to open the administration.</source>
        <translation>أدخل رمز PIN لفتح الإدارة.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceDetailHtml</name>
    <message>
        <location filename="../app/desktop/places/placedetailhtml.cpp" line="+82"/>
        <source>%1 km away</source>
        <translation>على بعد %1 كم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open all day</source>
        <translation>مفتوح طوال اليوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open now</source>
        <translation>مفتوح الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed now</source>
        <translation>مغلق الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>مغلق مؤقتًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Only with an appointment</source>
        <translation>بموعد مسبق فقط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with an appointment</source>
        <translation>بموعد مسبق</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>✓ Barrier-free</source>
        <translation>✓ خالٍ من العوائق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Not barrier-free</source>
        <translation>✗ غير خالٍ من العوائق</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Navigate (opens a map)</source>
        <translation>عرض الطريق (يفتح خريطة)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Make an appointment</source>
        <translation>حجز موعد</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact information</source>
        <translation>معلومات الاتصال</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment</source>
        <translation>موعد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office hours</source>
        <translation>ساعات الاستقبال</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About this place</source>
        <translation>عن هذا المكان</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events here</source>
        <translation>فعاليات في هذا المكان</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceFiltersDialog</name>
    <message>
        <location filename="../app/desktop/places/placefiltersdialog.cpp" line="+25"/>
        <source>Only places open now</source>
        <translation>الأماكن المفتوحة الآن فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only barrier-free places</source>
        <translation>الأماكن الخالية من العوائق فقط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter places</source>
        <translation>تصفية الأماكن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reset filters</source>
        <translation>إعادة ضبط التصفية</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Show %n place(s)</source>
        <translation>
            <numerusform>لا أماكن للعرض</numerusform>
            <numerusform>عرض مكان واحد</numerusform>
            <numerusform>عرض مكانين</numerusform>
            <numerusform>عرض %n أماكن</numerusform>
            <numerusform>عرض %n مكانًا</numerusform>
            <numerusform>عرض %n مكان</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceListPanel</name>
    <message>
        <location filename="../app/desktop/places/placelistpanel.cpp" line="+26"/>
        <source>Show all places</source>
        <translation>عرض كل الأماكن</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Search in places</source>
        <translation>البحث في الأماكن</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+100"/>
        <source>Filters…</source>
        <translation>التصفية…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open now</source>
        <translation>مفتوح الآن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed now</source>
        <translation>مغلق الآن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temporarily closed</source>
        <translation>مغلق مؤقتًا</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>open now</source>
        <translation>مفتوح الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>barrier-free</source>
        <translation>خالٍ من العوائق</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Filters (%1)…</source>
        <translation>التصفية (%1)…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlacesSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/placessection.cpp" line="+31"/>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>This place is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>هذا المكان غير موجود على هذا الحاسوب. ربما حُذف، أو هو أحدث من آخر تحديث.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlacesView</name>
    <message>
        <location filename="../app/desktop/places/placesview.cpp" line="+65"/>
        <source>← All places</source>
        <translation>→ كل الأماكن</translation>
    </message>
    <message>
        <location filename="../app/desktop/places/placesviewtiles.cpp" line="+56"/>
        <source>No map of %1 to show. Map tiles need an internet connection or an offline map file (an administrator can import one with “integreat-cli import-tiles”). The places stand on a plain background; the list and the details work without it.</source>
        <translation>لا توجد خريطة لـ %1 لعرضها. تحتاج مربعات الخريطة إلى اتصال بالإنترنت أو إلى ملف خريطة دون إنترنت (يمكن للمسؤول استيراده باستخدام «integreat-cli import-tiles»). تظهر الأماكن على خلفية بسيطة؛ وتعمل القائمة والتفاصيل بدون الخريطة.</translation>
    </message>
    <message>
        <location filename="../app/desktop/places/placesview.cpp" line="-5"/>
        <source>Places and map</source>
        <translation>الأماكن والخريطة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Place</source>
        <translation>مكان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All places</source>
        <translation>كل الأماكن</translation>
    </message>
    <message numerus="yes">
        <location line="+162"/>
        <source>%n place(s) at this spot</source>
        <translation>
            <numerusform>لا أماكن في هذا الموضع</numerusform>
            <numerusform>مكان واحد في هذا الموضع</numerusform>
            <numerusform>مكانان في هذا الموضع</numerusform>
            <numerusform>%n أماكن في هذا الموضع</numerusform>
            <numerusform>%n مكانًا في هذا الموضع</numerusform>
            <numerusform>%n مكان في هذا الموضع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n place(s), nearest first</source>
        <translation>
            <numerusform>لا أماكن</numerusform>
            <numerusform>مكان واحد</numerusform>
            <numerusform>مكانان، الأقرب أولًا</numerusform>
            <numerusform>%n أماكن، الأقرب أولًا</numerusform>
            <numerusform>%n مكانًا، الأقرب أولًا</numerusform>
            <numerusform>%n مكان، الأقرب أولًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n place(s), A–Z</source>
        <translation>
            <numerusform>لا أماكن</numerusform>
            <numerusform>مكان واحد</numerusform>
            <numerusform>مكانان، أبجديًا</numerusform>
            <numerusform>%n أماكن، أبجديًا</numerusform>
            <numerusform>%n مكانًا، أبجديًا</numerusform>
            <numerusform>%n مكان، أبجديًا</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no places for this town yet. They appear here after the next download.</source>
        <translation>لا توجد أماكن لهذه المدينة بعد. ستظهر هنا بعد التنزيل القادم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No place matches. Change the filters or the search.</source>
        <translation>لا يوجد مكان مطابق. غيّر التصفية أو البحث.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::QrCard</name>
    <message>
        <location filename="../app/desktop/kiosk/qrcard.cpp" line="+19"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scan the code with your phone&apos;s camera to take this with you.</source>
        <translation>امسح الرمز بكاميرا هاتفك لتأخذ هذا معك.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Call this number</source>
        <translation>الاتصال بهذا الرقم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an e-mail</source>
        <translation>كتابة بريد إلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this on your phone</source>
        <translation>فتح هذا على هاتفك</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(too long for a QR code)</source>
        <translation>(أطول من أن يُعرض في رمز QR)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::QrDialog</name>
    <message>
        <location filename="../app/desktop/counsel/qrdialog.cpp" line="+20"/>
        <source>QR code</source>
        <translation>رمز QR</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QR code of the link</source>
        <translation>رمز QR للرابط</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Scan the code to open this on your phone</source>
        <translation>امسح الرمز لفتح هذا على هاتفك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the code to open “%1” on your phone</source>
        <translation>امسح الرمز لفتح «%1» على هاتفك</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ReadAloudPanel</name>
    <message>
        <location filename="../app/desktop/counsel/readaloudpanel.cpp" line="+20"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading and close</source>
        <translation>إيقاف القراءة والإغلاق</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionButton</name>
    <message>
        <location filename="../app/desktop/mainwindow/regionbutton.cpp" line="+33"/>
        <source>Town</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read about another town</source>
        <translation>القراءة عن مدينة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change town</source>
        <translation>تغيير المدينة</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Town: %1</source>
        <translation>المدينة: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Find another town…</source>
        <translation>البحث عن مدينة أخرى…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionList</name>
    <message>
        <location filename="../app/desktop/firstrun/regionlist.cpp" line="+21"/>
        <source>Regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <location filename="../app/desktop/firstrun/regionlistmodel.cpp" line="+58"/>
        <source>Nearby</source>
        <translation>بالقرب منك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions near you</source>
        <translation>مناطق قريبة منك</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Regions starting with %1</source>
        <translation>مناطق تبدأ بـ %1</translation>
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
        <translation>أيضًا لـ: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionPage</name>
    <message>
        <location filename="../app/desktop/firstrun/regionpage.cpp" line="+42"/>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the demo town</source>
        <translation>تجربة المدينة التجريبية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where do you live?</source>
        <translation>أين تسكن؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your town or district. Its local information is then downloaded so that you can read it without internet.</source>
        <translation>اختر مدينتك أو مقاطعتك. ستُنزَّل معلوماتها المحلية لتتمكن من قراءتها دون إنترنت.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search, e.g. Landkreis München</source>
        <translation>ابحث، مثلًا Landkreis München</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search for a region</source>
        <translation>البحث عن منطقة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of regions found</source>
        <translation>عدد المناطق التي وُجدت</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the list of regions…</source>
        <translation>جارٍ تحميل قائمة المناطق…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the list of regions</source>
        <translation>جارٍ تحميل قائمة المناطق</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meanwhile you can look around in Musterstadt, a made-up demo town that comes with the app (in German, English and Arabic).</source>
        <translation>في الأثناء يمكنك التجول في Musterstadt، وهي مدينة تجريبية خيالية تأتي مع التطبيق (بالألمانية والإنجليزية والعربية).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No connection</source>
        <translation>لا يوجد اتصال</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The Integreat server cannot be reached right now, so the list of regions is not available. Please check your internet connection and try again.</source>
        <translation>لا يمكن الوصول إلى خادم Integreat الآن، لذلك قائمة المناطق غير متاحة. يُرجى التحقق من اتصالك بالإنترنت والمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app is in offline mode, so the list of regions cannot be loaded.</source>
        <translation>التطبيق في وضع عدم الاتصال، لذلك لا يمكن تحميل قائمة المناطق.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No town found for “%1”. Check the spelling, or try your district (Landkreis) or a town nearby: not every town takes part in Integreat yet.</source>
        <translation>لم يُعثر على مدينة لـ «%1». تحقّق من الكتابة، أو جرّب مقاطعتك (Landkreis) أو مدينة قريبة: لا تشارك كل المدن في Integreat بعد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Regions: %1</source>
        <translation>المناطق: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions found: %1</source>
        <translation>المناطق التي وُجدت: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RelativeTime</name>
    <message>
        <location filename="../app/desktop/presentation/relativetime.cpp" line="+13"/>
        <source>Not updated yet</source>
        <translation>لم يُحدَّث بعد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated just now</source>
        <translation>حُدِّث الآن</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated 1 minute ago</source>
        <translation>حُدِّث قبل دقيقة</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>حُدِّث الآن</numerusform>
            <numerusform>حُدِّث قبل دقيقة</numerusform>
            <numerusform>حُدِّث قبل دقيقتين</numerusform>
            <numerusform>حُدِّث قبل %n دقائق</numerusform>
            <numerusform>حُدِّث قبل %n دقيقة</numerusform>
            <numerusform>حُدِّث قبل %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated 1 hour ago</source>
        <translation>حُدِّث قبل ساعة</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>حُدِّث قبل أقل من ساعة</numerusform>
            <numerusform>حُدِّث قبل ساعة</numerusform>
            <numerusform>حُدِّث قبل ساعتين</numerusform>
            <numerusform>حُدِّث قبل %n ساعات</numerusform>
            <numerusform>حُدِّث قبل %n ساعة</numerusform>
            <numerusform>حُدِّث قبل %n ساعة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated yesterday</source>
        <translation>حُدِّث أمس</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Updated %n days ago</source>
        <translation>
            <numerusform>حُدِّث اليوم</numerusform>
            <numerusform>حُدِّث قبل يوم</numerusform>
            <numerusform>حُدِّث قبل يومين</numerusform>
            <numerusform>حُدِّث قبل %n أيام</numerusform>
            <numerusform>حُدِّث قبل %n يومًا</numerusform>
            <numerusform>حُدِّث قبل %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated on %1</source>
        <translation>حُدِّث في %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SearchView</name>
    <message>
        <location filename="../app/desktop/search/searchview.cpp" line="+61"/>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Search: “%1”</source>
        <translation>بحث: «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Page</source>
        <translation>صفحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>فعالية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>مكان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>News</source>
        <translation>خبر</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Only in %1</source>
        <translation>فقط بـ%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text excerpt in %1</source>
        <translation>مقتطف من النص بـ%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The search did not work: %1</source>
        <translation>لم ينجح البحث: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing found for “%1”.
Try other or fewer words.</source>
        <translation>لم يُعثر على شيء لـ «%1».
جرّب كلمات أخرى أو أقل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found in %1 or in German for “%2”.
Try other or fewer words, or a German word you know from a letter.</source>
        <translation>لم يُعثر على شيء بـ%1 أو بالألمانية لـ «%2».
جرّب كلمات أخرى أو أقل، أو كلمة ألمانية تعرفها من رسالة.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n or more results</source>
        <translation>
            <numerusform>%n نتيجة أو أكثر</numerusform>
            <numerusform>نتيجة واحدة أو أكثر</numerusform>
            <numerusform>نتيجتان أو أكثر</numerusform>
            <numerusform>%n نتائج أو أكثر</numerusform>
            <numerusform>%n نتيجة أو أكثر</numerusform>
            <numerusform>%n نتيجة أو أكثر</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 result</source>
        <translation>نتيجة واحدة</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n results</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n or more results in %1 and German</source>
        <translation>
            <numerusform>%n نتيجة أو أكثر بـ%1 والألمانية</numerusform>
            <numerusform>نتيجة واحدة أو أكثر بـ%1 والألمانية</numerusform>
            <numerusform>نتيجتان أو أكثر بـ%1 والألمانية</numerusform>
            <numerusform>%n نتائج أو أكثر بـ%1 والألمانية</numerusform>
            <numerusform>%n نتيجة أو أكثر بـ%1 والألمانية</numerusform>
            <numerusform>%n نتيجة أو أكثر بـ%1 والألمانية</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 result in %1 and German</source>
        <translation>نتيجة واحدة بـ%1 والألمانية</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n results in %1 and German</source>
        <translation>
            <numerusform>لا نتائج بـ%1 والألمانية</numerusform>
            <numerusform>نتيجة واحدة بـ%1 والألمانية</numerusform>
            <numerusform>نتيجتان بـ%1 والألمانية</numerusform>
            <numerusform>%n نتائج بـ%1 والألمانية</numerusform>
            <numerusform>%n نتيجة بـ%1 والألمانية</numerusform>
            <numerusform>%n نتيجة بـ%1 والألمانية</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results for “%1”</source>
        <translation>نتائج لـ «%1»</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SectionBar</name>
    <message>
        <location filename="../app/desktop/mainwindow/sectionbar.cpp" line="+47"/>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SectionShell</name>
    <message>
        <location filename="../app/desktop/mainwindow/sectionshell.cpp" line="+15"/>
        <source>What the section chosen in the section tabs shows</source>
        <translation>ما يعرضه القسم المختار في علامات تبويب الأقسام</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SettingsDialog</name>
    <message>
        <location filename="../app/desktop/settings/settingsdialog.cpp" line="+47"/>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+20"/>
        <source>Language of the app</source>
        <translation>لغة التطبيق</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Like the system (%1)</source>
        <translation>مثل النظام (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Menus and messages use this language from the next start. The language of the content is chosen above each page.</source>
        <translation>تظهر القوائم والرسائل بهذه اللغة بدءًا من التشغيل القادم. تُختار لغة المحتوى أعلى كل صفحة.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+20"/>
        <source>Text size</source>
        <translation>حجم الخط</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> h</source>
        <translation> ساعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Update saved towns every</source>
        <translation>تحديث المدن المحفوظة كل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer is shared (counseling): show End session in the window</source>
        <translation>هذا الحاسوب مشترك (للاستشارات): إظهار «إنهاء الجلسة» في النافذة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shared computer</source>
        <translation>حاسوب مشترك</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved content</source>
        <translation>المحتوى المحفوظ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>End the session automatically when not in use</source>
        <translation>إنهاء الجلسة تلقائيًا عند عدم الاستخدام</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>minutes without use</source>
        <translation>دقيقة دون استخدام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes without use before the session ends</source>
        <translation>عدد دقائق عدم الاستخدام قبل انتهاء الجلسة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before it ends, a countdown asks whether someone is still there; any key or mouse movement keeps the session. On a shared computer the app also keeps no language, town, news read or folder of a client.</source>
        <translation>قبل انتهاء الجلسة، يسأل عدّ تنازلي هل ما زال أحد هنا؛ أي ضغطة على مفتاح أو حركة للفأرة تُبقي الجلسة. وعلى الحاسوب المشترك لا يحتفظ التطبيق أيضًا بأي لغة أو مدينة أو أخبار مقروءة أو ملف لعميل.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SideBySidePane</name>
    <message>
        <location filename="../app/desktop/counsel/sidebysidepane.cpp" line="+43"/>
        <source>Second language</source>
        <translation>اللغة الثانية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Swap sides</source>
        <translation>تبديل الجانبين</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>%1 (not downloaded)</source>
        <translation>%1 (غير مُنزَّلة)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not saved on this computer yet. Download it to show this beside the page (this needs the internet).</source>
        <translation>%1 غير محفوظة على هذا الحاسوب بعد. نزّلها لعرضها بجانب الصفحة (يحتاج ذلك إلى الإنترنت).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download %1</source>
        <translation>تنزيل %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Downloading %1…</source>
        <translation>جارٍ تنزيل %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading %1: %2</source>
        <translation>جارٍ تنزيل %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be downloaded: %2</source>
        <translation>تعذّر تنزيل %1: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open a page, an event, a place or a news item to see it here in a second language.</source>
        <translation>افتح صفحة أو فعالية أو مكانًا أو خبرًا لتراه هنا بلغة ثانية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“Print this week&apos;s events…” in the menu prints them in both languages.</source>
        <translation>«طباعة فعاليات هذا الأسبوع…» في القائمة يطبعها باللغتين.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only one language of this town is saved: choose a second language above to download it.</source>
        <translation>لغة واحدة فقط من لغات هذه المدينة محفوظة: اختر لغة ثانية في الأعلى لتنزيلها.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Side by side shows pages, events, places and news items; this is not one of them.</source>
        <translation>يعرض «جنبًا إلى جنب» الصفحات والفعاليات والأماكن والأخبار؛ وهذا ليس واحدًا منها.</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>Second language:</source>
        <translation>اللغة الثانية:</translation>
    </message>
    <message>
        <location line="+327"/>
        <source>This does not exist in %1. It exists in: %2.</source>
        <translation>هذا غير متوفر بـ%1. وهو متوفر بـ: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other language</source>
        <translation>لا توجد لغة أخرى</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SingleInstance</name>
    <message>
        <location filename="../app/desktop/shell/singleinstance.cpp" line="+141"/>
        <source>The running Integreat did not answer in time; it opens the link when it can.</source>
        <translation>لم يستجب Integreat المفتوح في الوقت المناسب؛ سيفتح الرابط عندما يستطيع.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The running Integreat did not accept the link.</source>
        <translation>لم يقبل Integreat المفتوح الرابط.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot watch for a second start of Integreat: %1</source>
        <translation>تتعذّر مراقبة تشغيل Integreat مرة ثانية: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StartScreen</name>
    <message>
        <location filename="../app/desktop/kiosk/startscreen.cpp" line="+42"/>
        <source>Other town</source>
        <translation>مدينة أخرى</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoragePanel</name>
    <message>
        <location filename="../app/desktop/settings/storagepanel.cpp" line="+37"/>
        <source>Delete saved content?</source>
        <translation>حذف المحتوى المحفوظ؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete everything saved about %1 from this computer? You can download it again later.</source>
        <translation>حذف كل ما هو محفوظ عن %1 من هذا الحاسوب؟ يمكنك تنزيله مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved in: %1</source>
        <translation>محفوظ في: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Space used: %1</source>
        <translation>المساحة المستخدمة: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 language</source>
        <translation>لغة واحدة</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n languages</source>
        <translation>
            <numerusform>لا لغات</numerusform>
            <numerusform>لغة واحدة</numerusform>
            <numerusform>لغتان</numerusform>
            <numerusform>%n لغات</numerusform>
            <numerusform>%n لغة</numerusform>
            <numerusform>%n لغة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved content of %1</source>
        <translation>حذف المحتوى المحفوظ لـ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline map…</source>
        <translation>خريطة دون إنترنت…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offline map is imported; choose a file to replace it.</source>
        <translation>تم استيراد خريطة دون إنترنت؛ اختر ملفًا لاستبدالها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an offline map (.mbtiles) for the places.</source>
        <translation>استيراد خريطة دون إنترنت (.mbtiles) للأماكن.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Offline map</source>
        <translation>خريطة دون إنترنت</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>MBTiles maps (*.mbtiles)</source>
        <translation>خرائط MBTiles (*.mbtiles)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No town is saved on this computer.</source>
        <translation>لا توجد مدينة محفوظة على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not delete</source>
        <translation>تعذّر الحذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved content could not be deleted: %1</source>
        <translation>تعذّر حذف المحتوى المحفوظ: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoreGuard</name>
    <message>
        <location filename="../app/desktop/common/storeguard.cpp" line="+33"/>
        <source>The saved content could not be read: %1</source>
        <translation>تعذّرت قراءة المحتوى المحفوظ: %1</translation>
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
        <translation>تعذّر إنشاء المجلد %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved content cannot be opened: %1 (%2)</source>
        <translation>تعذّر فتح المحتوى المحفوظ: %1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The damaged file could not be moved aside: %1</source>
        <translation>تعذّر نقل الملف التالف جانبًا: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The saved content cannot be opened: %1</source>
        <translation>تعذّر فتح المحتوى المحفوظ: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Downloading %1 again …</source>
        <translation>جارٍ تنزيل %1 مرة أخرى…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncController</name>
    <message>
        <location filename="../app/desktop/sync/synccontroller.cpp" line="+48"/>
        <source>Offline mode: no network is used.</source>
        <translation>وضع عدم الاتصال: لا تُستخدم الشبكة.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncPage</name>
    <message>
        <location filename="../app/desktop/firstrun/syncpage.cpp" line="+55"/>
        <source>Downloading the local information</source>
        <translation>جارٍ تنزيل المعلومات المحلية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download progress</source>
        <translation>تقدّم التنزيل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download status</source>
        <translation>حالة التنزيل</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 – this takes a moment. You can cancel at any time; what is already on this computer stays as it was.</source>
        <translation>%1 – سيستغرق هذا لحظة. يمكنك الإلغاء في أي وقت؛ وما هو موجود على هذا الحاسوب يبقى كما هو.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 of %2 – %3: %4</source>
        <translation>%1 من %2 – %3: %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Downloading images and documents: %1 of %2</source>
        <translation>جارٍ تنزيل الصور والمستندات: %1 من %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No answer for this language.</source>
        <translation>لا رد لهذه اللغة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing could be downloaded.</source>
        <translation>تعذّر تنزيل أي شيء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some languages could not be downloaded. You can retry them or continue with what is there.</source>
        <translation>تعذّر تنزيل بعض اللغات. يمكنك إعادة المحاولة أو المتابعة بما هو موجود.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done.</source>
        <translation>تم.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncPresenter</name>
    <message>
        <location filename="../app/desktop/mainwindow/syncpresenter.cpp" line="+46"/>
        <source>This is a demo town with example content: there is nothing to update. Choose your own town with “Change” to get its content.</source>
        <translation>هذه مدينة تجريبية بمحتوى نموذجي: لا يوجد ما يُحدَّث. اختر مدينتك عبر «تغيير» للحصول على محتواها.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An update is running. Please try again when it is done.</source>
        <translation>هناك تحديث جارٍ. يُرجى المحاولة مرة أخرى بعد انتهائه.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Updating…</source>
        <translation>جارٍ التحديث…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 من %4)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The language could not be downloaded: %1</source>
        <translation>تعذّر تنزيل اللغة: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncStateWidget</name>
    <message>
        <location filename="../app/desktop/mainwindow/syncstatewidget.cpp" line="+30"/>
        <location line="+1"/>
        <location line="+168"/>
        <source>Offline</source>
        <translation>دون اتصال</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Update state</source>
        <translation>حالة التحديث</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>حُدِّث الآن</numerusform>
            <numerusform>حُدِّث قبل دقيقة</numerusform>
            <numerusform>حُدِّث قبل دقيقتين</numerusform>
            <numerusform>حُدِّث قبل %n دقائق</numerusform>
            <numerusform>حُدِّث قبل %n دقيقة</numerusform>
            <numerusform>حُدِّث قبل %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>حُدِّث قبل أقل من ساعة</numerusform>
            <numerusform>حُدِّث قبل ساعة</numerusform>
            <numerusform>حُدِّث قبل ساعتين</numerusform>
            <numerusform>حُدِّث قبل %n ساعات</numerusform>
            <numerusform>حُدِّث قبل %n ساعة</numerusform>
            <numerusform>حُدِّث قبل %n ساعة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+102"/>
        <source>Updating…</source>
        <translation>جارٍ التحديث…</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+106"/>
        <source>Update failed</source>
        <translation>فشل التحديث</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Updated yesterday</source>
        <translation>حُدِّث أمس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not updated yet</source>
        <translation>لم يُحدَّث بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>Example content</source>
        <translation>محتوى نموذجي</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+103"/>
        <source>Updating elsewhere</source>
        <translation>جارٍ التحديث في مكان آخر</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+121"/>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+121"/>
        <source>Sync now</source>
        <translation>تحديث الآن</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Another update is running.</source>
        <translation>يجري تحديث آخر.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Another program is updating the content on this computer. Try Sync now again when it is done.</source>
        <translation>يقوم برنامج آخر بتحديث المحتوى على هذا الحاسوب. جرّب «تحديث الآن» مرة أخرى عند انتهائه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a demo town with example content. It is not updated from a server; choose your town to get its real content.</source>
        <translation>هذه مدينة تجريبية بمحتوى نموذجي. لا تُحدَّث من خادم؛ اختر مدينتك للحصول على محتواها الحقيقي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo</source>
        <translation>تجريبي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop the update; the saved content stays as it is</source>
        <translation>إيقاف التحديث؛ يبقى المحتوى المحفوظ كما هو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the latest content (F5)</source>
        <translation>تنزيل أحدث محتوى (F5)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncWorker</name>
    <message>
        <location filename="../app/desktop/sync/syncworker.cpp" line="+44"/>
        <source>Could not create the data folder %1.</source>
        <translation>تعذّر إنشاء مجلد البيانات %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not open the local store: %1</source>
        <translation>تعذّر فتح المخزن المحلي: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
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
        <translation>لا توجد لوحة مفاتيح على الشاشة لهذه اللغة بعد: اكتب بالحروف اللاتينية.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Shift</source>
        <translation>مفتاح Shift</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other letters: %1</source>
        <translation>حروف أخرى: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide the keyboard</source>
        <translation>إخفاء لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackOutbox</name>
    <message>
        <location filename="../core/feedback/feedbackoutbox.cpp" line="+33"/>
        <source>Sending your feedback…</source>
        <translation>جارٍ إرسال ملاحظاتك…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your feedback will be sent when this computer is online.</source>
        <translation>ستُرسَل ملاحظاتك عندما يتصل هذا الحاسوب بالإنترنت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your feedback will be sent when this computer is online, if the app stays open: on a shared computer it is not saved.</source>
        <translation>ستُرسَل ملاحظاتك عندما يتصل هذا الحاسوب بالإنترنت، إذا بقي التطبيق مفتوحًا: على الحاسوب المشترك لا تُحفَظ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your feedback could not be sent.</source>
        <translation>تعذّر إرسال ملاحظاتك.</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackResult</name>
    <message>
        <location filename="../core/feedback/feedbacksender.cpp" line="+24"/>
        <source>Thank you! Your feedback was sent to the town&apos;s editors.</source>
        <translation>شكرًا لك! أُرسلت ملاحظاتك إلى محرري المدينة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline: your feedback was not sent.</source>
        <translation>أنت غير متصل بالإنترنت: لم تُرسَل ملاحظاتك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Integreat server has a problem (error %1): your feedback was not sent.</source>
        <translation>يواجه خادم Integreat مشكلة (الخطأ %1): لم تُرسَل ملاحظاتك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too much feedback was sent from here in a short time: your feedback was not sent yet.</source>
        <translation>أُرسلت ملاحظات كثيرة من هنا في وقت قصير: لم تُرسَل ملاحظاتك بعد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Integreat server did not accept this feedback (error %1).</source>
        <translation>لم يقبل خادم Integreat هذه الملاحظات (الخطأ %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Integreat server did not accept this feedback (error %1): %2</source>
        <translation>لم يقبل خادم Integreat هذه الملاحظات (الخطأ %1): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your feedback could not be sent: %1</source>
        <translation>تعذّر إرسال ملاحظاتك: %1</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackSender</name>
    <message>
        <location line="+16"/>
        <source>a thumb or a comment is needed</source>
        <translation>يلزم اختيار «نعم» أو «لا» أو كتابة تعليق</translation>
    </message>
</context>
<context>
    <name>integreat::geo</name>
    <message>
        <location filename="../core/geo/tileimport.cpp" line="+23"/>
        <source>%1 is not a region code.</source>
        <translation>%1 ليس رمز منطقة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the folder for offline maps in %1.</source>
        <translation>تعذّر إنشاء مجلد الخرائط دون اتصال في %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot copy %1 into the data folder.</source>
        <translation>تعذّر نسخ %1 إلى مجلد البيانات.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot replace the offline map %1.</source>
        <translation>تعذّر استبدال الخريطة دون اتصال %1.</translation>
    </message>
</context>
<context>
    <name>integreat::geo::MbtilesSource</name>
    <message>
        <location filename="../core/geo/mbtilessource.cpp" line="+55"/>
        <source>The map file %1 does not exist.</source>
        <translation>ملف الخريطة %1 غير موجود.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not an MBTiles map file (not an SQLite database).</source>
        <translation>%1 ليس ملف خريطة MBTiles (ليس قاعدة بيانات SQLite).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an MBTiles map file (it has no tiles or metadata table).</source>
        <translation>%1 ليس ملف خريطة MBTiles (لا يحتوي على جدول tiles أو metadata).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not an MBTiles map file (its tiles table lacks the MBTiles columns).</source>
        <translation>%1 ليس ملف خريطة MBTiles (جدول tiles فيه لا يحتوي على أعمدة MBTiles).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds vector tiles (pbf); only raster maps (PNG, JPEG) can be shown.</source>
        <translation>يحتوي %1 على مربعات متجهة (pbf)؛ يمكن عرض الخرائط النقطية (PNG وJPEG) فقط.</translation>
    </message>
</context>
<context>
    <name>integreat::geo::OnlineTileSource</name>
    <message>
        <location filename="../core/geo/onlinetilesource.cpp" line="+182"/>
        <source>The tile server gave an unexpected answer (HTTP %1).</source>
        <translation>أعطى خادم الخريطة ردًّا غير متوقع (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>integreat::kiosk::KioskConfig</name>
    <message>
        <location filename="../core/kiosk/kioskconfig.cpp" line="+18"/>
        <source>“%1” is not a region slug (like augsburg).</source>
        <translation>«%1» ليس رمز منطقة (مثل augsburg).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a language code (like de or ar).</source>
        <translation>«%1» ليس رمز لغة (مثل de أو ar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The start language %1 is not among the languages %2.</source>
        <translation>لغة البدء %1 ليست ضمن اللغات %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The idle time must be from %1 to %2 seconds.</source>
        <translation>يجب أن تكون مدة الخمول من %1 إلى %2 ثانية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The countdown must be from 1 to %1 seconds.</source>
        <translation>يجب أن يكون العد التنازلي من 1 إلى %1 ثانية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one section must be shown.</source>
        <translation>يجب عرض قسم واحد على الأقل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown section “%1” (known: %2).</source>
        <translation>قسم غير معروف «%1» (الأقسام المعروفة: %2).</translation>
    </message>
</context>
<context>
    <name>integreat::kiosk::KioskConfigFile</name>
    <message>
        <location filename="../core/kiosk/kioskconfigfile.cpp" line="+77"/>
        <source>line %1: expected “key = value”</source>
        <translation>السطر %1: المتوقع «مفتاح = قيمة»</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>line %1: unknown setting “%2”</source>
        <translation>السطر %1: إعداد غير معروف «%2»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: “%2” is not a valid value for %3</source>
        <translation>السطر %1: «%2» ليست قيمة صالحة لـ %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no [kiosk] section</source>
        <translation>لا يوجد قسم ‎[kiosk]‎</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The kiosk configuration %1 does not exist; the kiosk runs locked with default settings and no PIN (run integreat-cli kiosk setup).</source>
        <translation>ملف إعدادات الكشك %1 غير موجود؛ يعمل الكشك مقفلًا بالإعدادات الافتراضية ودون رمز PIN (شغّل integreat-cli kiosk setup).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The kiosk configuration %1 cannot be read (%2); the kiosk runs locked with default settings and no PIN.</source>
        <translation>تعذّرت قراءة ملف إعدادات الكشك %1 (%2)؛ يعمل الكشك مقفلًا بالإعدادات الافتراضية ودون رمز PIN.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The kiosk configuration %1 is broken (%2); the kiosk runs locked with default settings and no PIN.</source>
        <translation>ملف إعدادات الكشك %1 تالف (%2)؛ يعمل الكشك مقفلًا بالإعدادات الافتراضية ودون رمز PIN.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the folder of %1.</source>
        <translation>تعذّر إنشاء مجلد %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>integreat::net::Fetcher</name>
    <message numerus="yes">
        <location filename="../core/net/fetcher.cpp" line="+63"/>
        <source>The server is busy and asks to try again in %n minute(s).</source>
        <translation>
            <numerusform>الخادم مشغول ويطلب المحاولة مرة أخرى بعد أقل من دقيقة.</numerusform>
            <numerusform>الخادم مشغول ويطلب المحاولة مرة أخرى بعد دقيقة واحدة.</numerusform>
            <numerusform>الخادم مشغول ويطلب المحاولة مرة أخرى بعد دقيقتين.</numerusform>
            <numerusform>الخادم مشغول ويطلب المحاولة مرة أخرى بعد %n دقائق.</numerusform>
            <numerusform>الخادم مشغول ويطلب المحاولة مرة أخرى بعد %n دقيقة.</numerusform>
            <numerusform>الخادم مشغول ويطلب المحاولة مرة أخرى بعد %n دقيقة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
</context>
<context>
    <name>integreat::net::Proxy</name>
    <message>
        <location filename="../core/net/proxy.cpp" line="+41"/>
        <source>The proxy “%1” is not usable: give http://HOST:PORT, socks5://HOST:PORT or none.</source>
        <translation>لا يمكن استخدام الخادم الوكيل «%1»: أدخل http://HOST:PORT أو socks5://HOST:PORT أو none.</translation>
    </message>
</context>
<context>
    <name>integreat::net::Transfer</name>
    <message>
        <location filename="../core/net/transfer.cpp" line="+79"/>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+27"/>
        <source>The download is larger than %1 MB; it was stopped.</source>
        <translation>التنزيل أكبر من %1 ميغابايت؛ وقد أُوقف.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server sent the request on to %1, which is not allowed.</source>
        <translation>أعاد الخادم توجيه الطلب إلى %1، وهذا غير مسموح.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <location line="+111"/>
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>لم يرد الخادم فورًا.</numerusform>
            <numerusform>لم يرد الخادم خلال ثانية واحدة.</numerusform>
            <numerusform>لم يرد الخادم خلال ثانيتين.</numerusform>
            <numerusform>لم يرد الخادم خلال %n ثوانٍ.</numerusform>
            <numerusform>لم يرد الخادم خلال %n ثانية.</numerusform>
            <numerusform>لم يرد الخادم خلال %n ثانية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-99"/>
        <source>The server sent only %1 bytes in %n second(s), less than %2 bytes a second; the download was stopped.</source>
        <translation>
            <numerusform>أرسل الخادم %1 بايت فقط في أقل من ثانية، أي أقل من %2 بايت في الثانية؛ أُوقف التنزيل.</numerusform>
            <numerusform>أرسل الخادم %1 بايت فقط في ثانية واحدة، أي أقل من %2 بايت في الثانية؛ أُوقف التنزيل.</numerusform>
            <numerusform>أرسل الخادم %1 بايت فقط في ثانيتين، أي أقل من %2 بايت في الثانية؛ أُوقف التنزيل.</numerusform>
            <numerusform>أرسل الخادم %1 بايت فقط في %n ثوانٍ، أي أقل من %2 بايت في الثانية؛ أُوقف التنزيل.</numerusform>
            <numerusform>أرسل الخادم %1 بايت فقط في %n ثانية، أي أقل من %2 بايت في الثانية؛ أُوقف التنزيل.</numerusform>
            <numerusform>أرسل الخادم %1 بايت فقط في %n ثانية، أي أقل من %2 بايت في الثانية؛ أُوقف التنزيل.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not found on the server (HTTP 404).</source>
        <translation>غير موجود على الخادم (HTTP 404).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>ردّ الخادم بخطأ (HTTP %1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+20"/>
        <source>The connection was closed before the download was complete.</source>
        <translation>أُغلق الاتصال قبل اكتمال التنزيل.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The server sent compressed data that cannot be unpacked safely (damaged, or far larger unpacked than sent); the download was stopped.</source>
        <translation>أرسل الخادم بيانات مضغوطة لا يمكن فكّ ضغطها بأمان (تالفة، أو أكبر بكثير بعد فكّ الضغط مما أُرسل)؛ أُوقف التنزيل.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server %1 was not found; check the address and the internet connection.</source>
        <translation>لم يُعثر على الخادم %1؛ تحقّق من العنوان ومن الاتصال بالإنترنت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 refused the connection.</source>
        <translation>رفض الخادم %1 الاتصال.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure connection to %1 could not be established: %2</source>
        <translation>تعذّر إنشاء اتصال آمن مع %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy could not be reached: %1</source>
        <translation>تعذّر الوصول إلى الخادم الوكيل: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy asks for a user name and password.</source>
        <translation>يطلب الخادم الوكيل اسم مستخدم وكلمة مرور.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request on too many times.</source>
        <translation>أعاد الخادم توجيه الطلب مرات كثيرة جدًّا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request on from https to http, which is not allowed.</source>
        <translation>أعاد الخادم توجيه الطلب من https إلى http، وهذا غير مسموح.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no network connection.</source>
        <translation>لا يوجد اتصال بالشبكة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network error (code %1).</source>
        <translation>خطأ في الشبكة (الرمز %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error: %1</source>
        <translation>خطأ في الشبكة: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack</name>
    <message>
        <location filename="../core/pack/packexporter.cpp" line="+51"/>
        <source>Could not read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <location filename="../core/pack/packinstaller.cpp" line="+41"/>
        <source>Could not write %1.</source>
        <translation>تعذّرت كتابة %1.</translation>
    </message>
    <message>
        <location filename="../core/pack/packmanifest.cpp" line="+92"/>
        <location filename="../core/pack/packreader.cpp" line="+46"/>
        <source>This is not an Integreat content pack (its manifest is missing or damaged).</source>
        <translation>هذه ليست حزمة محتوى من Integreat (بيانها مفقود أو تالف).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This content pack was made by a newer version of Integreat (pack format %1; this version reads up to %2). Update Integreat to import it.</source>
        <translation>أُنشئت حزمة المحتوى هذه بإصدار أحدث من Integreat (صيغة الحزمة %1؛ هذا الإصدار يقرأ حتى %2). حدِّث Integreat لاستيرادها.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack&apos;s manifest is incomplete or damaged (%1).</source>
        <translation>بيان الحزمة ناقص أو تالف (%1).</translation>
    </message>
    <message>
        <location filename="../core/pack/tarwriter.cpp" line="+53"/>
        <source>Cannot store “%1” in a pack.</source>
        <translation>لا يمكن حفظ “%1” في حزمة.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 changed while it was read.</source>
        <translation>تغيّر %1 أثناء قراءته.</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackExporter</name>
    <message>
        <location filename="../core/pack/packexporter.cpp" line="+49"/>
        <source>The region %1 is not in the local store; sync it first.</source>
        <translation>المنطقة %1 غير موجودة في المخزن المحلي؛ قم بمزامنتها أولًا.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has not been synced in %2 yet; sync it first.</source>
        <translation>لم تتم مزامنة اللغة %1 في %2 بعد؛ قم بمزامنتها أولًا.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+11"/>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the local store: %1</source>
        <translation>تعذّرت قراءة المخزن المحلي: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackInstaller</name>
    <message>
        <location filename="../core/pack/packinstaller.cpp" line="+37"/>
        <source>Could not open %1: %2</source>
        <translation>تعذّر فتح %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not unpack the pack into %1: %2</source>
        <translation>تعذّر فك الحزمة في %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pack is damaged: its offline map cannot be read (%1).</source>
        <translation>الحزمة تالفة: تتعذّر قراءة خريطتها دون إنترنت (%1).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not save the content pack: %1</source>
        <translation>تعذّر حفظ حزمة المحتوى: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackReader</name>
    <message>
        <location filename="../core/pack/packreader.cpp" line="+57"/>
        <source>The pack is damaged: it holds %1, which its manifest does not list.</source>
        <translation>الحزمة تالفة: تحتوي على %1 غير المذكور في بيانها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pack is damaged: %1 does not have the size its manifest gives.</source>
        <translation>الحزمة تالفة: حجم %1 لا يطابق الحجم المذكور في بيانها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pack is damaged: %1 is too large.</source>
        <translation>الحزمة تالفة: %1 كبير جدًّا.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>Could not unpack the pack into %1: %2</source>
        <translation>تعذّر فك الحزمة في %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack is damaged: %1 does not match its checksum.</source>
        <translation>الحزمة تالفة: %1 لا يطابق المجموع الاختباري.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The pack is incomplete: %1 is missing.</source>
        <translation>الحزمة ناقصة: %1 مفقود.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pack is damaged: %1 is not valid (%2).</source>
        <translation>الحزمة تالفة: %1 غير صالح (%2).</translation>
    </message>
</context>
<context>
    <name>integreat::pack::TarReader</name>
    <message>
        <location filename="../core/pack/tarreader.cpp" line="+86"/>
        <location line="+38"/>
        <location line="+10"/>
        <source>The pack ends early (it was cut short while copying?).</source>
        <translation>تنتهي الحزمة قبل أوانها (هل انقطعت أثناء النسخ؟).</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The pack is damaged: an empty block inside it.</source>
        <translation>الحزمة تالفة: فيها كتلة فارغة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pack is damaged: a part&apos;s header is not valid.</source>
        <translation>الحزمة تالفة: ترويسة أحد أجزائها غير صالحة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pack is damaged: it holds something other than files.</source>
        <translation>الحزمة تالفة: تحتوي على شيء غير الملفات.</translation>
    </message>
</context>
<context>
    <name>integreat::print::Handout</name>
    <message>
        <location filename="../app/desktop/print/handout.cpp" line="+79"/>
        <source>Printed on %1</source>
        <translation>طُبع في %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last updated on %1</source>
        <translation>آخر تحديث في %1</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Page %1 of %2</source>
        <translation>صفحة %1 من %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot write %1: the file could not be created</source>
        <translation>تعذّر حفظ %1: لم يمكن إنشاء الملف</translation>
    </message>
</context>
<context>
    <name>integreat::print::HandoutHtml</name>
    <message>
        <location filename="../app/desktop/print/handouthtml.cpp" line="+112"/>
        <location line="+6"/>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open all day</source>
        <translation>مفتوح طوال اليوم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only with an appointment</source>
        <translation>بموعد مسبق فقط</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>مغلق مؤقتًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appointments</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About</source>
        <translation>نبذة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>عبر الإنترنت</translation>
    </message>
</context>
<context>
    <name>integreat::print::HandoutLoader</name>
    <message>
        <location filename="../app/desktop/print/handoutloader.cpp" line="+96"/>
        <source>%1 is not in the local store for %2 (%3).</source>
        <translation>%1 غير موجود في المخزن المحلي لـ %2 (%3).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This item does not exist in “%1”. It exists in: %2.</source>
        <translation>هذا العنصر غير متوفر باللغة «%1». وهو متوفر بـ: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other language</source>
        <translation>لا توجد لغة أخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The “%1” version of this item is not stored; sync that language first.</source>
        <translation>نسخة «%1» من هذا العنصر غير محفوظة؛ نزّل هذه اللغة أولًا.</translation>
    </message>
</context>
<context>
    <name>integreat::print::PrintActions</name>
    <message>
        <location filename="../app/desktop/print/printactions.cpp" line="+23"/>
        <location line="+46"/>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+46"/>
        <source>Save as PDF…</source>
        <translation>حفظ كملف PDF…</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Print next week&apos;s events…</source>
        <translation>طباعة فعاليات الأسبوع القادم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save next week&apos;s events as PDF…</source>
        <translation>حفظ فعاليات الأسبوع القادم كملف PDF…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Print this week&apos;s events…</source>
        <translation>طباعة فعاليات هذا الأسبوع…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this week&apos;s events as PDF…</source>
        <translation>حفظ فعاليات هذا الأسبوع كملف PDF…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the local store: %1</source>
        <translation>تعذّرت قراءة المخزن المحلي: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot print</source>
        <translation>تعذّرت الطباعة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The printer could not be used.</source>
        <translation>تعذّر استخدام الطابعة.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as PDF</source>
        <translation>حفظ كملف PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>integreat::print::WeekHtml</name>
    <message>
        <location filename="../app/desktop/print/weekhtml.cpp" line="+39"/>
        <source>Events of the week</source>
        <translation>فعاليات الأسبوع</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No events on this day.</source>
        <translation>لا توجد فعاليات في هذا اليوم.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This event is not translated.</source>
        <translation>هذه الفعالية غير مترجمة.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All day</source>
        <translation>طوال اليوم</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>irregular dates: check with the organizer</source>
        <translation>مواعيد غير منتظمة: تحقّق منها لدى الجهة المنظِّمة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Online</source>
        <translation>عبر الإنترنت</translation>
    </message>
</context>
<context>
    <name>integreat::print::WeekLoader</name>
    <message>
        <location filename="../app/desktop/print/weekloader.cpp" line="+98"/>
        <source>No events of %1 are stored in “%2”: there is nothing to print.</source>
        <translation>لا توجد فعاليات محفوظة لـ %1 باللغة «%2»: لا يوجد ما يُطبع.</translation>
    </message>
</context>
<context>
    <name>integreat::session::SessionWiper</name>
    <message>
        <location filename="../app/desktop/session/sessionwiper.cpp" line="+46"/>
        <source>The file dialogs&apos; history could not be cleared (%1).</source>
        <translation>تعذّر مسح سجل نوافذ الملفات (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not delete %1.</source>
        <translation>تعذّر حذف %1.</translation>
    </message>
</context>
<context>
    <name>integreat::speech::QtSpeechEngine</name>
    <message>
        <location filename="../app/desktop/speech/qtspeechengine.cpp" line="+27"/>
        <source>The speech service failed.</source>
        <translation>فشلت خدمة النطق.</translation>
    </message>
</context>
<context>
    <name>integreat::speech::ReadAloud</name>
    <message>
        <location filename="../app/desktop/speech/readaloud.cpp" line="+43"/>
        <source>No voice for %1 on this computer</source>
        <translation>لا يوجد صوت لـ %1 على هذا الحاسوب</translation>
    </message>
</context>
<context>
    <name>integreat::speech::ReadAloudBar</name>
    <message>
        <location filename="../app/desktop/speech/readaloudbar.cpp" line="+21"/>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>السرعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slow</source>
        <translation>بطيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal speed</source>
        <translation>سرعة عادية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast</source>
        <translation>سريع</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read aloud</source>
        <translation>قراءة بصوت عالٍ</translation>
    </message>
</context>
<context>
    <name>integreat::store::StoreRescue</name>
    <message>
        <location filename="../core/store/storerescue.cpp" line="+36"/>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 مجلد وليس ملف قاعدة بيانات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the integrity check found: %1</source>
        <translation>وجد فحص السلامة: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not move %1 to %2.</source>
        <translation>تعذّر نقل %1 إلى %2.</translation>
    </message>
</context>
<context>
    <name>integreat::sync::LanguageFetcher</name>
    <message>
        <location filename="../core/sync/languagefetcher.cpp" line="+89"/>
        <source>region list</source>
        <translation>قائمة المناطق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>events</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>place categories</source>
        <translation>فئات الأماكن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imprint</source>
        <translation>بيانات النشر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>news</source>
        <translation>الأخبار</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+22"/>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+115"/>
        <source>Could not download the %1: %2</source>
        <translation>تعذّر تنزيل %1: %2</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>The server sent damaged data for the %1 (%2 at byte %3).</source>
        <translation>أرسل الخادم بيانات تالفة لـ %1 (%2 عند البايت %3).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>news: not offered by the server; the stored news are kept</source>
        <translation>الأخبار: لا يقدّمها الخادم؛ تبقى الأخبار المحفوظة</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <location line="+52"/>
        <location line="+60"/>
        <source>The %1 could not be read: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The language “%1” is not available in this region (HTTP 404).</source>
        <translation>اللغة «%1» غير متوفرة في هذه المنطقة (HTTP 404).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found on the server (HTTP 404).</source>
        <translation>غير موجود على الخادم (HTTP 404).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>imprint: not offered by the server</source>
        <translation>بيانات النشر: لا يقدّمها الخادم</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ListCheck</name>
    <message>
        <location filename="../core/sync/listcheck.cpp" line="+29"/>
        <source>The server sent %1 items for the %2, more than the %3 this app accepts; the stored %2 are kept.</source>
        <translation>%2: أرسل الخادم %1 عنصرًا، وهذا أكثر من الحد الذي يقبله هذا التطبيق (%3)؛ تبقى %2 المحفوظة.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No item of the %1 could be read (%2 received; first problem: %3); the stored %1 are kept.</source>
        <translation>%1: تعذّرت قراءة أي عنصر (استُلم %2؛ أول مشكلة: %3)؛ تبقى %1 المحفوظة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of the %2 items of the %3 could not be read (%4); the stored %3 are kept.</source>
        <translation>%3: تعذّرت قراءة %1 من أصل %2 عنصر (%4)؛ تبقى %3 المحفوظة.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Item %1 of the %2 holds %3 characters of text, more than the %4 this app accepts; the stored %2 are kept.</source>
        <translation>%2: العنصر %1 يحتوي على %3 حرفًا من النص، وهذا أكثر من الحد الذي يقبله هذا التطبيق (%4)؛ تبقى %2 المحفوظة.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server&apos;s list of pages for “%1” would remove %2 of the %3 stored pages; the stored pages are kept. Confirm the removal to apply it.</source>
        <translation>قائمة صفحات الخادم لـ «%1» ستزيل %2 من أصل %3 صفحة محفوظة؛ تبقى الصفحات المحفوظة. أكّد الإزالة لتطبيقها.</translation>
    </message>
</context>
<context>
    <name>integreat::sync::NewsWatcher</name>
    <message>
        <location filename="../core/sync/newswatcher.cpp" line="+38"/>
        <source>The news list could not be read: %1</source>
        <translation>تعذّرت قراءة قائمة الأخبار: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::PackImporter</name>
    <message>
        <location filename="../core/sync/packimporter.cpp" line="+43"/>
        <source>The content pack is incomplete: %1 is missing.</source>
        <translation>حزمة المحتوى ناقصة: %1 مفقود.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>The content pack is damaged: %1 (%2).</source>
        <translation>حزمة المحتوى تالفة: %1 (%2).</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The content pack names no region it contains.</source>
        <translation>لا تذكر حزمة المحتوى أي منطقة تحتويها.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The content pack has none of the languages %1.</source>
        <translation>لا تحتوي حزمة المحتوى أيًّا من اللغات %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not create the folder %1.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save the content pack: %1</source>
        <translation>تعذّر حفظ حزمة المحتوى: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::PageTree</name>
    <message>
        <location filename="../core/sync/pagetree.cpp" line="+33"/>
        <source>page %1: its parent %2 is not in the list; shown at the top level</source>
        <translation>الصفحة %1: صفحتها الأم %2 ليست في القائمة؛ تُعرض في المستوى الأعلى</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>page %1: its parents lead back to itself; shown at the top level</source>
        <translation>الصفحة %1: صفحاتها الأم تعود إليها نفسها؛ تُعرض في المستوى الأعلى</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ResourceDownloader</name>
    <message>
        <location filename="../core/sync/resourcedownloader.cpp" line="+127"/>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The server is busy (HTTP %1); the other files will be tried on the next sync.</source>
        <translation>الخادم مشغول (HTTP %1)؛ ستُجرَّب الملفات الأخرى في المزامنة القادمة.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Stopped after %n failed downloads in a row; the other files will be tried on the next sync.</source>
        <translation>
            <numerusform>توقّف التنزيل؛ ستُجرَّب الملفات الأخرى في المزامنة القادمة.</numerusform>
            <numerusform>توقّف بعد فشل تنزيل واحد؛ ستُجرَّب الملفات الأخرى في المزامنة القادمة.</numerusform>
            <numerusform>توقّف بعد فشل تنزيلين متتاليين؛ ستُجرَّب الملفات الأخرى في المزامنة القادمة.</numerusform>
            <numerusform>توقّف بعد %n تنزيلات فاشلة متتالية؛ ستُجرَّب الملفات الأخرى في المزامنة القادمة.</numerusform>
            <numerusform>توقّف بعد %n تنزيلًا فاشلًا متتاليًا؛ ستُجرَّب الملفات الأخرى في المزامنة القادمة.</numerusform>
            <numerusform>توقّف بعد %n تنزيل فاشل متتالٍ؛ ستُجرَّب الملفات الأخرى في المزامنة القادمة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The server sent a web page instead of the file.</source>
        <translation>أرسل الخادم صفحة ويب بدلًا من الملف.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Could not write the file: %1</source>
        <translation>تعذّرت كتابة الملف: %1</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>The server gave an unexpected answer (HTTP %1).</source>
        <translation>أعطى الخادم ردًّا غير متوقع (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ResourceSync</name>
    <message>
        <location filename="../core/sync/resourcesync.cpp" line="+51"/>
        <source>Cannot create the folder for images and documents: %1</source>
        <translation>تعذّر إنشاء مجلد الصور والمستندات: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not update the list of images and documents: %1</source>
        <translation>تعذّر تحديث قائمة الصور والمستندات: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+158"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>…</numerusform>
            <numerusform>… وواحدة أخرى.</numerusform>
            <numerusform>… واثنتان أخريان.</numerusform>
            <numerusform>… و%n أخرى.</numerusform>
            <numerusform>… و%n أخرى.</numerusform>
            <numerusform>… و%n أخرى.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::sync::SyncEngine</name>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="+37"/>
        <source>loading the list of regions</source>
        <translation>تحميل قائمة المناطق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saving</source>
        <translation>الحفظ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>downloading %1</source>
        <translation>تنزيل %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not load the list of regions from %1: %2</source>
        <translation>تعذّر تحميل قائمة المناطق من %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sent a damaged list of regions (%1 at byte %2).</source>
        <translation>أرسل الخادم قائمة مناطق تالفة (%1 عند البايت %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of regions could not be read: %1</source>
        <translation>تعذّرت قراءة قائمة المناطق: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>Could not save the list of regions: %1</source>
        <translation>تعذّر حفظ قائمة المناطق: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Could not load the languages of %1: %2</source>
        <translation>تعذّر تحميل لغات %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server lists no languages for %1.</source>
        <translation>لا يعرض الخادم أي لغات لـ %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no region “%1” on the server.</source>
        <translation>لا توجد منطقة «%1» على الخادم.</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+15"/>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>%1 offers no language “%2” (it offers: %3).</source>
        <translation>لا تقدّم %1 اللغة «%2» (تقدّم: %3).</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Could not read the stored pages: %1</source>
        <translation>تعذّرت قراءة الصفحات المحفوظة: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not save the content: %1</source>
        <translation>تعذّر حفظ المحتوى: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::SyncLock</name>
    <message>
        <location filename="../core/sync/synclock.cpp" line="+68"/>
        <source>A sync is already running (pid %1).</source>
        <translation>هناك مزامنة جارية بالفعل (PID %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync is already running.</source>
        <translation>هناك مزامنة جارية بالفعل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the lock file %1: permission denied.</source>
        <translation>تعذّر إنشاء ملف القفل %1: لا توجد صلاحية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the lock file %1 (is the disk full?).</source>
        <translation>تعذّر إنشاء ملف القفل %1 (هل القرص ممتلئ؟).</translation>
    </message>
</context>
<context>
    <name>integreat::sync::WriteFailure</name>
    <message>
        <location filename="../core/sync/writefailure.cpp" line="+26"/>
        <location line="+15"/>
        <source>the disk is full (%1)</source>
        <translation>القرص ممتلئ (%1)</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>no permission to write in %1</source>
        <translation>لا توجد صلاحية للكتابة في %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+8"/>
        <source>%1 is on a read-only file system</source>
        <translation>%1 على نظام ملفات للقراءة فقط</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file system refused to write %1</source>
        <translation>رفض نظام الملفات كتابة %1</translation>
    </message>
</context>
</TS>
