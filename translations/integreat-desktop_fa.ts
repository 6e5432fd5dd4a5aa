<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name>integreat::chat::ChatClient</name>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="+93"/>
        <source>The chat server answered with an error (HTTP %1).</source>
        <translation>سرور گفت‌وگو با خطا پاسخ داد (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/chat/chatthread.cpp" line="+18"/>
        <source>The chat server sent an answer that is not a chat.</source>
        <translation>سرور گفت‌وگو پاسخی فرستاد که گفت‌وگو نیست.</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ChatSession</name>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="+94"/>
        <source>Too many messages. Please try again in a moment.</source>
        <translation>پیام‌ها خیلی زیاد است. لطفاً کمی بعد دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chat is not available in this town.</source>
        <translation>گفت‌وگو در این شهر در دسترس نیست.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No connection to the chat. It will be updated when you are online.</source>
        <translation>اتصالی به گفت‌وگو نیست. وقتی به اینترنت وصل شوید، به‌روز می‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection to the chat. Your message was not sent; it is kept so you can send it again.</source>
        <translation>اتصالی به گفت‌وگو نیست. پیام شما فرستاده نشد؛ نگه داشته شده تا بتوانید دوباره آن را بفرستید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat could not be loaded: %1</source>
        <translation>گفت‌وگو بارگیری نشد: %1</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ContactMessage</name>
    <message>
        <location filename="../core/chat/contactmessage.cpp" line="+21"/>
        <source>Please enter your e-mail address: the answer is sent there.</source>
        <translation>لطفاً نشانی ایمیل خود را وارد کنید: پاسخ به آنجا فرستاده می‌شود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not an e-mail address. Please check it (like name@example.org).</source>
        <translation>“%1” نشانی ایمیل نیست. لطفاً آن را بررسی کنید (مانند name@example.org).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please write your message.</source>
        <translation>لطفاً پیام خود را بنویسید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message is too long: at most %1 characters, it has %2.</source>
        <translation>پیام شما خیلی طولانی است: حداکثر %1 نویسه مجاز است، اما %2 نویسه دارد.</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ZammadForm</name>
    <message>
        <location filename="../core/chat/zammadform.cpp" line="+14"/>
        <source>Your message was sent. The answer comes to your e-mail address.</source>
        <translation>پیام شما فرستاده شد. پاسخ به نشانی ایمیل شما می‌آید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline: your message was not sent. Please send it again when this computer is connected to the internet.</source>
        <translation>شما آفلاین هستید: پیام شما فرستاده نشد. لطفاً وقتی این رایانه به اینترنت وصل شد، دوباره آن را بفرستید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The town&apos;s contact server has a problem (error %1): your message was not sent. Please try again later.</source>
        <translation>سرور تماس شهر مشکل دارد (خطای %1): پیام شما فرستاده نشد. لطفاً بعداً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many messages were sent from here. Please wait a moment and try again.</source>
        <translation>از اینجا پیام‌های خیلی زیادی فرستاده شده است. لطفاً کمی صبر کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This contact form is switched off at the moment: your message was not sent.</source>
        <translation>این فرم تماس در حال حاضر خاموش است: پیام شما فرستاده نشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contact server did not accept this e-mail address. Please check it.</source>
        <translation>سرور تماس این نشانی ایمیل را نپذیرفت. لطفاً آن را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your message could not be sent: %1</source>
        <translation>پیام شما فرستاده نشد: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the form has no web address to send to</source>
        <translation>فرم هیچ نشانی وبی برای فرستادن ندارد</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the contact server refused it (error %1)</source>
        <translation>سرور تماس آن را نپذیرفت (خطای %1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the contact server&apos;s answer could not be used</source>
        <translation>از پاسخ سرور تماس نمی‌شد استفاده کرد</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the contact server found a problem with: %1</source>
        <translation>سرور تماس در این مورد مشکلی پیدا کرد: %1</translation>
    </message>
</context>
<context>
    <name>integreat::cli</name>
    <message>
        <location filename="../app/cli/cmdregions.cpp" line="+42"/>
        <source>List the regions on the server: name, slug, languages.</source>
        <translation>فهرست مناطق روی سرور: نام، شناسه، زبان‌ها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include hidden regions.</source>
        <translation>مناطق پنهان هم نشان داده شوند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+102"/>
        <location filename="../app/cli/cmdstatus.cpp" line="+66"/>
        <source>Print JSON.</source>
        <translation>خروجی به صورت JSON.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>  (hidden)</source>
        <translation>  (پنهان)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsearch.cpp" line="-64"/>
        <source>(found in %1)</source>
        <translation>(یافت‌شده در %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdimporttiles.cpp" line="+26"/>
        <source>Import an offline map (MBTiles, raster PNG/JPEG tiles) for a region. The desktop app shows it under the places when there is no network. Use maps whose licence allows offline use; OpenStreetMap&apos;s own tile servers do not.</source>
        <translation>وارد کردن یک نقشه‌ی آفلاین (MBTiles، کاشی‌های رستری PNG/JPEG) برای یک منطقه. برنامه‌ی دسکتاپ وقتی شبکه در دسترس نیست آن را در بخش مکان‌ها نشان می‌دهد. از نقشه‌هایی استفاده کنید که مجوزشان استفاده‌ی آفلاین را مجاز می‌داند؛ سرورهای کاشی خود OpenStreetMap این اجازه را نمی‌دهند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmdprint.cpp" line="+33"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+55"/>
        <location filename="../app/cli/cmdshow.cpp" line="+53"/>
        <source>Region slug.</source>
        <translation>شناسه‌ی منطقه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .mbtiles file.</source>
        <translation>فایل .mbtiles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: integreat-cli import-tiles --region SLUG FILE.mbtiles</source>
        <translation>کاربرد: integreat-cli import-tiles --region SLUG FILE.mbtiles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported the offline map “%1” for %2 (zoom %3–%4) into %5</source>
        <translation>نقشه‌ی آفلاین «%1» برای %2 (بزرگ‌نمایی %3–%4) در %5 وارد شد</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsearch.cpp" line="-5"/>
        <source>Search the stored pages, events, places and news of a region, offline. Pages with every word (at the start of a word of the title or the text; titles count double) come first, then pages where a misspelt word is corrected, another form of a word or a compound containing it matches; a question finds the pages sharing its rarer words.</source>
        <translation>جست‌وجو در صفحه‌ها، رویدادها، مکان‌ها و اخبار ذخیره‌شده‌ی یک منطقه، بدون اینترنت. اول صفحه‌هایی می‌آیند که همه‌ی واژه‌ها را دارند (در آغاز واژه‌ای از عنوان یا متن؛ عنوان‌ها دو برابر حساب می‌شوند)، سپس صفحه‌هایی که در آن‌ها واژه‌ای با غلط املایی اصلاح شده، یا شکل دیگری از یک واژه یا واژه‌ی مرکبی که آن را در بر دارد پیدا شده است؛ یک پرسش، صفحه‌هایی را پیدا می‌کند که واژه‌های کمیاب‌ترش را دارند.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language code (the user&apos;s).</source>
        <translation>کد زبان (زبان کاربر).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search German too; a German hit is shown in the language when it is translated.</source>
        <translation>به آلمانی هم جست‌وجو شود؛ نتیجه‌ی آلمانی، اگر ترجمه شده باشد، به آن زبان نشان داده می‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every stored language.</source>
        <translation>جست‌وجو در همه‌ی زبان‌های ذخیره‌شده.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N results (1-75, default 75).</source>
        <translation>حداکثر N نتیجه (۱ تا ۷۵، پیش‌فرض ۷۵).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read one query per line; print HITS&lt;TAB&gt;MILLISECONDS&lt;TAB&gt;QUERY each.</source>
        <translation>در هر سطر یک جست‌وجو خوانده شود؛ برای هر کدام HITS&lt;TAB&gt;MILLISECONDS&lt;TAB&gt;QUERY چاپ شود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words to search for.</source>
        <translation>واژه‌هایی که جست‌وجو می‌شوند.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: integreat-cli search --region SLUG --language CODE [--also-german | --all-languages] [--limit N] [--json] QUERY… (or --stdin)</source>
        <translation>کاربرد: integreat-cli search --region SLUG --language CODE [--also-german | --all-languages] [--limit N] [--json] QUERY… (یا --stdin)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--also-german and --all-languages exclude each other</source>
        <translation>‎--also-german‎ و ‎--all-languages‎ را نمی‌توان با هم به کار برد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--limit needs a number from 1 to %1</source>
        <translation>‎--limit‎ به عددی از ۱ تا %1 نیاز دارد</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing of %1 (%2) is in the local store. Sync it first: integreat-cli sync --region %1 --languages %2</source>
        <translation>چیزی از %1 (%2) در حافظه‌ی محلی نیست. اول همگام‌سازی کنید: integreat-cli sync --region %1 --languages %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No results for “%1”.</source>
        <translation>نتیجه‌ای برای «%1» نیست.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results for “%1”:</source>
        <translation>نتایج برای «%1»:</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdprint.cpp" line="+47"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+4"/>
        <location filename="../app/cli/cmdshow.cpp" line="+54"/>
        <location filename="../app/cli/cmdstatus.cpp" line="+14"/>
        <source>Cannot read the local store: %1</source>
        <translation>حافظه‌ی محلی خوانده نمی‌شود: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdshow.cpp" line="-55"/>
        <source>Print the title and text of a stored page, event or place.</source>
        <translation>عنوان و متن یک صفحه، رویداد یا مکان ذخیره‌شده چاپ شود.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdprint.cpp" line="-49"/>
        <source>Write a stored page, place or event, or this week&apos;s events, as a printable PDF handout, in one language or two side by side.</source>
        <translation>نوشتن یک صفحه، مکان یا رویداد ذخیره‌شده، یا رویدادهای این هفته، به‌صورت یک برگه‌ی PDF قابل چاپ، به یک زبان یا دو زبان کنار هم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmdshow.cpp" line="+2"/>
        <source>Language code.</source>
        <translation>کد زبان.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print this language in a second column.</source>
        <translation>این زبان در ستون دوم چاپ شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF file to write.</source>
        <translation>فایل PDF که نوشته می‌شود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the events of the 7 days from today (or --from), instead of PATH.</source>
        <translation>چاپ رویدادهای ۷ روز از امروز (یا از ‎--from‎)، به جای PATH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week&apos;s first day (with --week).</source>
        <translation>نخستین روز هفته (همراه با ‎--week‎).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmdshow.cpp" line="+2"/>
        <source>Path such as /augsburg/de/willkommen/</source>
        <translation>مسیری مانند /augsburg/de/willkommen/</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: integreat-cli print --region SLUG --language CODE [--second-language CODE] (PATH | --week [--from YYYY-MM-DD]) --pdf FILE</source>
        <translation>کاربرد: integreat-cli print --region SLUG --language CODE [--second-language CODE] (PATH | --week [--from YYYY-MM-DD]) --pdf FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--from needs a date such as 2026-12-07.</source>
        <translation>‎--from‎ به تاریخی مانند 2026-12-07 نیاز دارد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder; give the name of the PDF file to write.</source>
        <translation>%1 یک پوشه است؛ نام فایل PDF را که باید نوشته شود بدهید.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Wrote %1</source>
        <translation>%1 نوشته شد</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdshow.cpp" line="+6"/>
        <source>usage: integreat-cli show --region SLUG --language CODE PATH</source>
        <translation>کاربرد: integreat-cli show --region SLUG --language CODE PATH</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last updated: %1</source>
        <translation>آخرین به‌روزرسانی: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization: %1</source>
        <translation>سازمان: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When: %1</source>
        <translation>زمان: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where: %1</source>
        <translation>مکان: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category: %1</source>
        <translation>دسته: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: %1</source>
        <translation>نشانی: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not in the local store for %2 (%3). Sync it first: integreat-cli sync --region %2 --languages %3</source>
        <translation>%1 در حافظه‌ی محلی برای %2 (%3) نیست. اول همگام‌سازی کنید: integreat-cli sync --region %2 --languages %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdstatus.cpp" line="-35"/>
        <source>  %1: %2 pages, %3 events, %4 places, %5 news</source>
        <translation>  %1: %2 صفحه، %3 رویداد، %4 مکان، %5 خبر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; synced %1</source>
        <translation>؛ همگام‌سازی‌شده %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; never synced</source>
        <translation>؛ هرگز همگام‌سازی نشده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; last attempt failed: %1</source>
        <translation>؛ آخرین تلاش ناموفق بود: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show what the local store holds, per region and language.</source>
        <translation>نمایش آنچه در حافظه‌ی محلی هست، برای هر منطقه و زبان.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Store: %1 (%2)</source>
        <translation>حافظه: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No region synced yet. Try: integreat-cli sync --region augsburg</source>
        <translation>هنوز هیچ منطقه‌ای همگام‌سازی نشده. امتحان کنید: integreat-cli sync --region augsburg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images and documents: %1 files (%2)</source>
        <translation>تصاویر و اسناد: %1 فایل (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %1 not downloaded yet, tried again on the next sync</source>
        <translation>؛ %1 هنوز دانلود نشده، در همگام‌سازی بعدی دوباره تلاش می‌شود</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdpack.cpp" line="+33"/>
        <location filename="../app/cli/cmdsync.cpp" line="+46"/>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
        <translation>%1 افزوده، %2 تغییر یافته، %3 حذف شده، %4 بدون تغییر</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 pages, %3 events, %4 places, %5 news (synced %6)</source>
        <translation>%1: %2 صفحه، %3 رویداد، %4 مکان، %5 خبر (همگام‌سازی‌شده %6)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote the content pack %1 of %2 to %3 (%4; %5 images and documents%6).</source>
        <translation>بسته‌ی محتوای %1 از %2 در %3 نوشته شد (%4؛ %5 تصویر و سند%6).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, offline map</source>
        <translation>، نقشه‌ی آفلاین</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Try again when it has finished.</source>
        <translation>وقتی تمام شد دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content pack %1 of %2, made %3</source>
        <translation>بسته‌ی محتوای %1 از %2، ساخته‌شده در %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: imported (content of %2): %3</source>
        <translation>%1: وارد شد (محتوای %2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: skipped: this PC&apos;s content (synced %2) is newer than the pack&apos;s (%3); use --force to import it anyway</source>
        <translation>%1: رد شد: محتوای این رایانه (همگام‌سازی‌شده %2) از محتوای بسته (%3) تازه‌تر است؛ برای وارد کردن آن در هر صورت از ‎--force‎ استفاده کنید</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images and documents: %1%2</source>
        <translation>تصاویر و اسناد: %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; offline map installed</source>
        <translation>؛ نقشه‌ی آفلاین نصب شد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Content packs: one file with a region&apos;s content, images and offline map, to carry to PCs without (fast) internet or to a whole fleet.
  pack export --region SLUG [--languages de,en] FILE.integreat-pack
  pack import [--force] FILE.integreat-pack
  pack import --watch DIR    import every new pack that appears in DIR, until stopped</source>
        <translation>بسته‌های محتوا: یک فایل با محتوا، تصاویر و نقشه‌ی آفلاین یک منطقه، برای بردن به رایانه‌هایی بدون اینترنت (سریع) یا به همه‌ی رایانه‌های یک مجموعه.
  pack export --region SLUG [--languages de,en] FILE.integreat-pack
  pack import [--force] FILE.integreat-pack
  pack import --watch DIR    هر بسته‌ی تازه‌ای که در DIR پیدا شود وارد می‌شود، تا زمانی که متوقف شود</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region slug (export).</source>
        <translation>شناسه‌ی منطقه (برای خروجی گرفتن).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated language codes (export; default: all stored).</source>
        <translation>کدهای زبان، جداشده با ویرگول (برای خروجی گرفتن؛ پیش‌فرض: همه‌ی زبان‌های ذخیره‌شده).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import languages even where this PC has newer content.</source>
        <translation>زبان‌ها وارد شوند، حتی اگر محتوای این رایانه تازه‌تر باشد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch a folder and import each new or changed pack in it.</source>
        <translation>یک پوشه زیر نظر گرفته شود و هر بسته‌ی تازه یا تغییرکرده در آن وارد شود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export or import</source>
        <translation>export یا import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack file.</source>
        <translation>فایل بسته.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE.integreat-pack</source>
        <translation>کاربرد: integreat-cli pack export --region SLUG [--languages de,en] FILE.integreat-pack</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE, pack import [--force] FILE or pack import --watch DIR</source>
        <translation>کاربرد: integreat-cli pack export --region SLUG [--languages de,en] FILE، pack import [--force] FILE یا pack import --watch DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsync.cpp" line="+27"/>
        <source>resources: %1 downloaded, %2 unchanged, %3 failed</source>
        <translation>منابع: %1 دانلود شده، %2 بدون تغییر، %3 ناموفق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1 not tried (will retry next sync)</source>
        <translation>، %1 امتحان نشده (در همگام‌سازی بعدی دوباره)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (will retry next sync)</source>
        <translation> (در همگام‌سازی بعدی دوباره)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 no longer used removed</source>
        <translation>، %1 مورد بی‌استفاده حذف شد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 received</source>
        <translation>؛ %1 دریافت شد</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>warning: resource: %1</source>
        <translation>هشدار: منبع: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: … and %1 more resource problems (see --json)</source>
        <translation>هشدار: … و %1 مشکل دیگر در منابع (‎--json‎ را ببینید)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: images and documents not downloaded: %1; they will be tried again on the next sync.</source>
        <translation>هشدار: تصاویر و اسناد دانلود نشدند: %1؛ در همگام‌سازی بعدی دوباره تلاش می‌شود.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download a region&apos;s content (pages, events, places, news, imprint) into the local store. Each language is saved whole or not at all.</source>
        <translation>دانلود محتوای یک منطقه (صفحه‌ها، رویدادها، مکان‌ها، اخبار، شناسنامه‌ی حقوقی) در حافظه‌ی محلی. هر زبان یا کامل ذخیره می‌شود یا اصلاً ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region slug, e.g. augsburg.</source>
        <translation>شناسه‌ی منطقه، مثلاً augsburg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated language codes, or “all” (default).</source>
        <translation>کدهای زبان جداشده با ویرگول، یا «all» (پیش‌فرض).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as JSON on stdout.</source>
        <translation>نتیجه به صورت JSON در stdout چاپ شود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not download the images and documents (PDFs) the content refers to.</source>
        <translation>تصاویر و اسنادی (PDF) که محتوا به آن‌ها اشاره می‌کند دانلود نشوند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply a pages list even when it removes more than half of the stored pages of a language (refused otherwise, keeping the stored pages).</source>
        <translation>فهرست صفحه‌ها اعمال شود، حتی اگر بیش از نیمی از صفحه‌های ذخیره‌شده‌ی یک زبان را حذف کند (در غیر این صورت رد می‌شود و صفحه‌های ذخیره‌شده می‌مانند).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When another sync of this data folder is running, wait for it to end instead of giving up.</source>
        <translation>اگر همگام‌سازی دیگری برای این پوشه‌ی داده‌ها در حال اجراست، به‌جای دست کشیدن، تا پایان آن صبر شود.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests to the server at once (default %1): the languages download side by side.</source>
        <translation>تعداد درخواست‌های هم‌زمان به سرور (پیش‌فرض %1): زبان‌ها هم‌زمان دانلود می‌شوند.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sync needs --region SLUG (see integreat-cli regions)</source>
        <translation>sync به ‎--region SLUG‎ نیاز دارد (integreat-cli regions را ببینید)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--connections needs a number from 1 to %1</source>
        <translation>‎--connections‎ به عددی از 1 تا %1 نیاز دارد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--languages needs codes such as de,en,ar or “all”</source>
        <translation>‎--languages‎ به کدهایی مانند de,en,ar یا «all» نیاز دارد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>integreat-cli: %1 received: cancelling the sync; the stored content stays as it was.</source>
        <translation>integreat-cli: %1 دریافت شد: همگام‌سازی لغو می‌شود؛ محتوای ذخیره‌شده همان‌طور که بود می‌ماند.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Try again when it has finished, or use --wait.</source>
        <translation>وقتی تمام شد دوباره امتحان کنید، یا از ‎--wait‎ استفاده کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Waiting for it to finish …</source>
        <translation>%1 در انتظار پایان آن …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>: 1 item</source>
        <translation>: ۱ مورد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: %1 items</source>
        <translation>: %1 مورد</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[resources] images and documents: %1 of %2</source>
        <translation>[منابع] تصاویر و اسناد: %1 از %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>warning: %1: %2</source>
        <translation>هشدار: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdrepair.cpp" line="+31"/>
        <source>Downloading %1 (%2) again …</source>
        <translation>دانلود دوباره‌ی %1 (%2) …</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmdsync.cpp" line="+6"/>
        <source>%1: FAILED: %2</source>
        <translation>%1: ناموفق: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: %3 items</source>
        <translation>%1 %2: %3 مورد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2: FAILED: %3</source>
        <translation>%1 %2: ناموفق: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the local store; when it is damaged, move it aside (with -wal and -shm, under a dated name), start a fresh one and download again the regions and languages it held.</source>
        <translation>حافظه‌ی محلی بررسی شود؛ اگر آسیب دیده باشد، کنار گذاشته شود (همراه با ‎-wal‎ و ‎-shm‎، با نامی تاریخ‌دار)، حافظه‌ای تازه ساخته شود و مناطق و زبان‌هایی که در آن بودند دوباره دانلود شوند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only check the store; change nothing.</source>
        <translation>فقط حافظه بررسی شود؛ چیزی تغییر نکند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download this region again instead of those the old store held.</source>
        <translation>به‌جای مناطقی که در حافظه‌ی قدیمی بودند، این منطقه دوباره دانلود شود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --region: comma-separated language codes (default: all).</source>
        <translation>همراه با ‎--region‎: کدهای زبان، جداشده با ویرگول (پیش‌فرض: همه).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no local store at %1 yet; nothing to repair.</source>
        <translation>هنوز هیچ حافظه‌ی محلی‌ای در %1 نیست؛ چیزی برای تعمیر نیست.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local store %1 is sound; nothing to repair.</source>
        <translation>حافظه‌ی محلی %1 سالم است؛ چیزی برای تعمیر نیست.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>all languages</source>
        <translation>همه‌ی زبان‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local store %1 is damaged: %2</source>
        <translation>حافظه‌ی محلی %1 آسیب دیده است: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved region can be read from it.</source>
        <translation>هیچ منطقه‌ی ذخیره‌شده‌ای از آن خوانده نمی‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions it still names: %1</source>
        <translation>مناطقی که هنوز در آن نام برده شده‌اند: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the local store is damaged; run “integreat-cli repair” to move it aside and download the content again</source>
        <translation>حافظه‌ی محلی آسیب دیده است؛ «integreat-cli repair» را اجرا کنید تا آن را کنار بگذارد و محتوا را دوباره دانلود کند</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repair when it has finished.</source>
        <translation>وقتی تمام شد، تعمیر کنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moved it aside to %1 (nothing was deleted).</source>
        <translation>به %1 منتقل شد (چیزی حذف نشد).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started a fresh store at %1.</source>
        <translation>حافظه‌ی تازه‌ای در %1 ساخته شد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved region could be read from the old file. Download one with: integreat-cli sync --region SLUG</source>
        <translation>هیچ منطقه‌ی ذخیره‌شده‌ای از فایل قدیمی خوانده نشد. یک منطقه را با این فرمان دانلود کنید: integreat-cli sync --region SLUG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the store was repaired, but not every language could be downloaded again; run integreat-cli sync later</source>
        <translation>حافظه تعمیر شد، اما همه‌ی زبان‌ها دوباره دانلود نشدند؛ بعداً integreat-cli sync را اجرا کنید</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsync.cpp" line="-73"/>
        <location line="+89"/>
        <source>sync cancelled</source>
        <translation>همگام‌سازی لغو شد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the server really removed these pages, run the sync again with --allow-mass-removal.</source>
        <translation>اگر سرور واقعاً این صفحه‌ها را حذف کرده است، همگام‌سازی را با ‎--allow-mass-removal‎ دوباره اجرا کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync failed for %1</source>
        <translation>همگام‌سازی برای %1 ناموفق بود</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+36"/>
        <source>List the regions on the server.</source>
        <translation>فهرست مناطق روی سرور.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download a region&apos;s content into the local store.</source>
        <translation>دانلود محتوای یک منطقه در حافظه‌ی محلی.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what the local store holds.</source>
        <translation>نمایش آنچه در حافظه‌ی محلی هست.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a stored page, event or place.</source>
        <translation>چاپ یک صفحه، رویداد یا مکان ذخیره‌شده.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the stored content, offline.</source>
        <translation>جست‌وجو در محتوای ذخیره‌شده، بدون اینترنت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the local store; move a damaged one aside and download again.</source>
        <translation>بررسی حافظه‌ی محلی؛ کنار گذاشتن حافظه‌ی آسیب‌دیده و دانلود دوباره.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import an offline map (MBTiles) for a region.</source>
        <translation>وارد کردن نقشه‌ی آفلاین (MBTiles) برای یک منطقه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configure kiosk mode: setup, show, set-pin, disable.</source>
        <translation>پیکربندی حالت کیوسک: setup، show، set-pin، disable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a stored page, place or event, or this week&apos;s events, as a PDF handout.</source>
        <translation>نوشتن یک صفحه، مکان یا رویداد ذخیره‌شده، یا رویدادهای این هفته، به‌صورت برگه‌ی PDF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export or import a content pack (one file per region), or watch a folder for packs.</source>
        <translation>خروجی گرفتن از بسته‌ی محتوا یا وارد کردن آن (یک فایل برای هر منطقه)، یا زیر نظر گرفتن یک پوشه برای بسته‌ها.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: integreat-cli [global options] COMMAND [options]

Keeps the content of Integreat regions in a local store that works offline.

Commands:
</source>
        <translation>کاربرد: integreat-cli [گزینه‌های عمومی] COMMAND [گزینه‌ها]

محتوای مناطق Integreat را در حافظه‌ای محلی نگه می‌دارد که بدون اینترنت کار می‌کند.

فرمان‌ها:
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
گزینه‌های عمومی (برای هر فرمان):
  --server URL        سرور Integreat CMS (پیش‌فرض: https://cms.integreat-app.de)
  --data-dir DIR      پوشه‌ی حافظه‌ی محلی (پیش‌فرض: پوشه‌ی برنامه‌ی دسکتاپ)
  --timeout SECONDS   پس از این مدت از سرور خاموش دست کشیده شود (پیش‌فرض: ۳۰)
  --retries N         تعداد تلاش دوباره برای دانلود ناموفق (پیش‌فرض: ۳)
  --proxy URL         پروکسی برای همه‌ی درخواست‌ها: http://HOST:PORT، socks5://HOST:PORT
                      یا none (پیش‌فرض: پروکسی سیستم، مثلاً https_proxy)
  -h, --help          راهنما (پس از یک فرمان هم)
  -v, --version       نسخه

مثال:
  integreat-cli sync --region augsburg --languages de,en,ar
</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>no command given</source>
        <translation>هیچ فرمانی داده نشده</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown command “%1” (see --help)</source>
        <translation>فرمان ناشناخته «%1» (‎--help‎ را ببینید)</translation>
    </message>
    <message>
        <location filename="../app/cli/clipin.cpp" line="+62"/>
        <source>New kiosk PIN (4 to 12 digits): </source>
        <translation>کد PIN تازه‌ی کیوسک (۴ تا ۱۲ رقم): </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same PIN again: </source>
        <translation>همان کد PIN را دوباره وارد کنید: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two PINs differ; nothing was changed</source>
        <translation>دو کد PIN با هم فرق دارند؛ چیزی تغییر نکرد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no PIN was given (give it on standard input or at the prompt)</source>
        <translation>کد PIN داده نشد (آن را از ورودی استاندارد یا هنگام پرسش وارد کنید)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a kiosk PIN has 4 to 12 digits</source>
        <translation>کد PIN کیوسک ۴ تا ۱۲ رقم دارد</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdkiosk.cpp" line="+77"/>
        <source>--%1 needs a number from %2 to %3</source>
        <translation>‎--%1‎ به عددی از %2 تا %3 نیاز دارد</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>kiosk setup needs --region SLUG</source>
        <translation>kiosk setup به ‎--region SLUG‎ نیاز دارد</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wrote the kiosk configuration %1.</source>
        <translation>پیکربندی کیوسک در %1 نوشته شد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integreat-cli: warning: no PIN is set, so nobody can open the kiosk&apos;s admin panel (set one with: integreat-cli kiosk set-pin --config %1)</source>
        <translation>integreat-cli: هشدار: کد PIN تنظیم نشده است، برای همین هیچ‌کس نمی‌تواند پنل مدیریت کیوسک را باز کند (با این فرمان تنظیمش کنید: integreat-cli kiosk set-pin --config %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(all stored)</source>
        <translation>(همه‌ی موارد ذخیره‌شده)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration:     %1</source>
        <translation>پیکربندی:            %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk mode:        %1</source>
        <translation>حالت کیوسک:          %1</translation>
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
        <translation>مناطق:               %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:         %1</source>
        <translation>زبان‌ها:              %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start language:    %1</source>
        <translation>زبان آغازین:         %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(first)</source>
        <translation>(زبان نخست)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle seconds:      %1</source>
        <translation>زمان بی‌کاری (ثانیه): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countdown seconds: %1</source>
        <translation>شمارش معکوس (ثانیه): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections:          %1</source>
        <translation>بخش‌ها:               %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN:               %1</source>
        <translation>کد PIN:              %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set (PBKDF2-HMAC-SHA256, %1 iterations)</source>
        <translation>تنظیم شده (PBKDF2-HMAC-SHA256، %1 تکرار)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>تنظیم نشده</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no region is configured in %1 (integreat-cli kiosk setup --region SLUG)</source>
        <translation>در %1 هیچ منطقه‌ای پیکربندی نشده است (integreat-cli kiosk setup --region SLUG)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: updated less than %2 hours ago; skipped.</source>
        <translation>%1: کمتر از %2 ساعت پیش به‌روز شده است؛ رد شد.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Configure kiosk mode (integreat-desktop --kiosk):
  setup    write the configuration (--region, --languages, --idle-seconds, --countdown-seconds, --sections, --start-language, --pin)
  show     print it (--check: exit code only)
  set-pin  set a new PIN (standard input, or asked twice)
  sync     download the configured regions and languages (the nightly timer)
  disable  turn kiosk mode off (setup turns it on again)</source>
        <translation>پیکربندی حالت کیوسک (integreat-desktop --kiosk):
  setup    نوشتن پیکربندی (--region، --languages، --idle-seconds، --countdown-seconds، --sections، --start-language، --pin)
  show     چاپ پیکربندی (--check: فقط کد خروج)
  set-pin  تنظیم کد PIN تازه (از ورودی استاندارد، یا با دو بار پرسیدن)
  sync     دانلود مناطق و زبان‌های پیکربندی‌شده (زمان‌سنج شبانه)
  disable  خاموش کردن حالت کیوسک (setup دوباره روشنش می‌کند)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>setup, show, set-pin, sync or disable</source>
        <translation>setup، show، set-pin، sync یا disable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: integreat-cli kiosk setup|show|set-pin|sync|disable [--config FILE] (see --help)</source>
        <translation>کاربرد: integreat-cli kiosk setup|show|set-pin|sync|disable [--config FILE] (‎--help‎ را ببینید)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The kiosk PIN is set.</source>
        <translation>کد PIN کیوسک تنظیم شد.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kiosk mode is disabled (integreat-cli kiosk setup enables it again).</source>
        <translation>حالت کیوسک غیرفعال شد (integreat-cli kiosk setup دوباره فعالش می‌کند).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kiosk action “%1” (setup, show, set-pin, sync or disable)</source>
        <translation>کار ناشناخته‌ی کیوسک «%1» (setup، show، set-pin، sync یا disable)</translation>
    </message>
    <message>
        <location filename="../app/cli/packwatch.cpp" line="+48"/>
        <source>%1 is not a folder.</source>
        <translation>%1 پوشه نیست.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integreat-cli: %1 received: stopped watching %2.</source>
        <translation>integreat-cli: %1 دریافت شد: زیر نظر گرفتن %2 متوقف شد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watching %1 for content packs (*%2); stop with Ctrl+C.</source>
        <translation>پوشه‌ی %1 برای بسته‌های محتوا (*%2) زیر نظر است؛ برای توقف Ctrl+C را بزنید.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: pack %2 was imported already.</source>
        <translation>%1: بسته‌ی %2 قبلاً وارد شده است.</translation>
    </message>
</context>
<context>
    <name>integreat::cli::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+28"/>
        <source>Integreat CMS to talk to (default: %1).</source>
        <translation>سرور Integreat CMS مورد استفاده (پیش‌فرض: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder of the local store (default: %1).</source>
        <translation>پوشه‌ی حافظه‌ی محلی (پیش‌فرض: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give up on a silent server after this many seconds (default: 30).</source>
        <translation>پس از این تعداد ثانیه از سرور خاموش دست کشیده شود (پیش‌فرض: ۳۰).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retries of a failed download (default: 3).</source>
        <translation>تعداد تلاش دوباره برای دانلود ناموفق (پیش‌فرض: ۳).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send every request through this proxy: http://HOST:PORT, socks5://HOST:PORT or none (default: the system&apos;s proxy settings).</source>
        <translation>همه‌ی درخواست‌ها از این پروکسی فرستاده شوند: http://HOST:PORT، socks5://HOST:PORT یا none (پیش‌فرض: تنظیمات پروکسی سیستم).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (see --help)</source>
        <translation> (‎--help‎ را ببینید)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--server needs an http(s) URL such as https://cms.integreat-app.de</source>
        <translation>‎--server‎ به نشانی http(s)‎ مانند https://cms.integreat-app.de نیاز دارد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout needs a number of seconds of at least 1</source>
        <translation>‎--timeout‎ به تعداد ثانیه‌ای دست‌کم ۱ نیاز دارد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--retries needs a number from 0 to 10</source>
        <translation>‎--retries‎ به عددی از ۰ تا ۱۰ نیاز دارد</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the data folder %1</source>
        <translation>پوشه‌ی داده‌ی %1 ساخته نمی‌شود</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the local store %1: %2</source>
        <translation>حافظه‌ی محلی %1 باز نمی‌شود: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run “integreat-cli repair” to move %1 aside and download the content again.</source>
        <translation>«integreat-cli repair» را اجرا کنید تا %1 کنار گذاشته شود و محتوا دوباره دانلود شود.</translation>
    </message>
</context>
<context>
    <name>integreat::cli::KioskOptions</name>
    <message>
        <location filename="../app/cli/cmdkiosk.cpp" line="-251"/>
        <source>The kiosk configuration file (default: %1).</source>
        <translation>فایل پیکربندی کیوسک (پیش‌فرض: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region slug (repeat or comma-separate for several).</source>
        <translation>شناسه‌ی منطقه (برای چند منطقه، تکرار کنید یا با ویرگول جدا کنید).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language codes offered, comma-separated.</source>
        <translation>کدهای زبان‌هایی که ارائه می‌شوند، جداشده با ویرگول.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language preselected on the start screen.</source>
        <translation>زبانی که در صفحه‌ی آغازین از پیش انتخاب شده است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds without touch before the countdown (default: 120).</source>
        <translation>چند ثانیه بدون لمس، پیش از شروع شمارش معکوس (پیش‌فرض: ۱۲۰).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds of the “Are you still there?” countdown (default: 20).</source>
        <translation>مدت شمارش معکوس «هنوز اینجا هستید؟» به ثانیه (پیش‌فرض: ۲۰).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections shown, comma-separated (default: local,places,events,news).</source>
        <translation>بخش‌هایی که نشان داده می‌شوند، جداشده با ویرگول (پیش‌فرض: local,places,events,news).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the PIN (read from standard input when it is not a terminal, else asked twice).</source>
        <translation>کد PIN تنظیم شود (اگر ورودی استاندارد ترمینال نباشد از آن خوانده می‌شود، وگرنه دو بار پرسیده می‌شود).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sync: skip a region whose languages were all updated less than N hours ago (the update at boot).</source>
        <translation>sync: از منطقه‌ای که همه‌ی زبان‌هایش کمتر از N ساعت پیش به‌روز شده‌اند، رد شود (به‌روزرسانی هنگام راه‌اندازی).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show: print nothing; exit 0 only when the kiosk is configured and enabled (for ExecCondition=).</source>
        <translation>show: چیزی چاپ نشود؛ فقط وقتی کیوسک پیکربندی و فعال شده است با کد 0 خارج شود (برای ExecCondition=).</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::AdminPanel</name>
    <message>
        <location filename="../app/desktop/kiosk/adminpanel.cpp" line="+20"/>
        <source>Sync now</source>
        <translation>اکنون به‌روز کن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit kiosk</source>
        <translation>خروج از کیوسک</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kiosk administration</source>
        <translation>مدیریت کیوسک</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start over</source>
        <translation>شروع از نو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the kiosk</source>
        <translation>بازگشت به کیوسک</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Counting…</source>
        <translation>در حال شمارش…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1: last update %2, %3 pages, %4 events, %5 places, %6 news</source>
        <translation>  %1: آخرین به‌روزرسانی: %2، %3 صفحه، %4 رویداد، %5 مکان، %6 خبر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the last attempt failed: %1</source>
        <translation>آخرین تلاش ناموفق بود: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is saved yet.</source>
        <translation>هنوز چیزی ذخیره نشده است.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::Application</name>
    <message>
        <location filename="../app/desktop/shell/application.cpp" line="+246"/>
        <source>nothing is saved in %1 yet; sync a town first</source>
        <translation>هنوز چیزی در %1 ذخیره نشده؛ اول یک شهر را دانلود کنید</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>could not write the screenshot %1</source>
        <translation>تصویر صفحه‌ی %1 نوشته نشد</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::BreadcrumbBar</name>
    <message>
        <location filename="../app/desktop/pages/breadcrumbbar.cpp" line="+36"/>
        <source>You are here</source>
        <translation>شما اینجا هستید</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>More: %1</source>
        <translation>بیشتر: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ChatSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/chatsection.cpp" line="+105"/>
        <source>Ask Integreat</source>
        <translation>از Integreat بپرسید</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The chat is not offered on this public computer.</source>
        <translation>گفت‌وگو روی این رایانه‌ی عمومی ارائه نمی‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>The chat is not available in this town.</source>
        <translation>گفت‌وگو در این شهر در دسترس نیست.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chat of this town is not available on this computer yet.</source>
        <translation>گفت‌وگوی این شهر هنوز روی این رایانه در دسترس نیست.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ChatView</name>
    <message>
        <location filename="../app/desktop/chat/chatview.cpp" line="+31"/>
        <source>Accept and start the chat</source>
        <translation>پذیرفتن و شروع گفت‌وگو</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again</source>
        <translation>ارسال دوباره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>گفت‌وگوی تازه</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write your question in any language</source>
        <translation>پرسش خود را به هر زبانی بنویسید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your message</source>
        <translation>پیام شما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>گفت‌وگو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy notice of the chat</source>
        <translation>اطلاعیه‌ی حریم خصوصی گفت‌وگو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State of the chat</source>
        <translation>وضعیت گفت‌وگو</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Your questions are answered by counselors of the town and by an assistant that knows the town&apos;s information. What you write is sent to the town&apos;s chat server and kept there.</source>
        <translation>به پرسش‌های شما مشاوران شهر و یک دستیار خودکار که اطلاعات شهر را می‌شناسد پاسخ می‌دهند. آنچه می‌نویسید به سرور گفت‌وگوی شهر فرستاده و همان‌جا نگه داشته می‌شود.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the privacy notice</source>
        <translation>خواندن اطلاعیه‌ی حریم خصوصی</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Ask a question about life in the town. The answer appears here.</source>
        <translation>پرسشی درباره‌ی زندگی در شهر بپرسید. پاسخ اینجا نشان داده می‌شود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You</source>
        <translation>شما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic answer</source>
        <translation>پاسخ خودکار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counselor</source>
        <translation>مشاور</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending…</source>
        <translation>در حال ارسال…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent yet</source>
        <translation>هنوز ارسال نشده</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integreat is writing an answer…</source>
        <translation>Integreat در حال نوشتن پاسخ است…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading the chat…</source>
        <translation>در حال بارگیری گفت‌وگو…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CommandLine</name>
    <message>
        <location filename="../app/desktop/shell/commandline.cpp" line="+39"/>
        <source>Integreat: local information for newcomers, in their language, also offline.</source>
        <translation>Integreat: اطلاعات محلی برای تازه‌واردان، به زبان خودشان، حتی بدون اینترنت.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of the local store (default: %1).</source>
        <translation>پوشه‌ی حافظه‌ی محلی (پیش‌فرض: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>پوشه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integreat CMS to update from (default: %1).</source>
        <translation>سرور Integreat CMS برای به‌روزرسانی (پیش‌فرض: %1).</translation>
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
        <translation>هرگز از شبکه استفاده نشود؛ فقط محتوای ذخیره‌شده نشان داده شود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a page: an https://integreat.app/… link, an integreat:// link or region/language/path.</source>
        <translation>باز کردن یک صفحه: پیوند https://integreat.app/…‏، پیوند integreat://‏ یا منطقه/زبان/مسیر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>LINK</source>
        <translation>پیوند</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Import a content pack (made with integreat-cli pack export) and show the result in the settings; the same as giving FILE.integreat-pack.</source>
        <translation>وارد کردن یک بسته‌ی محتوا (ساخته‌شده با integreat-cli pack export) و نمایش نتیجه در تنظیمات؛ همانند دادن FILE.integreat-pack.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Render the window at 1280×800 into a PNG file and exit (for documentation and smoke tests).</source>
        <translation>پنجره در اندازه‌ی ۱۲۸۰×۸۰۰ در یک فایل PNG ذخیره شود و برنامه بسته شود (برای مستندسازی و آزمون‌های اولیه).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The same as --open, or a content pack file (.integreat-pack) to import.</source>
        <translation>همانند ‎--open‎، یا یک فایل بسته‌ی محتوا (.integreat-pack) برای وارد کردن.</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+5"/>
        <location line="+12"/>
        <source>FILE</source>
        <translation>فایل</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Send every request through this proxy: http://HOST:PORT, socks5://HOST:PORT or none (default: the system&apos;s proxy settings).</source>
        <translation>همه‌ی درخواست‌ها از این پروکسی فرستاده شوند: http://HOST:PORT، socks5://HOST:PORT یا none (پیش‌فرض: تنظیمات پروکسی سیستم).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run as a locked public kiosk (full screen, idle reset, links as QR codes).</source>
        <translation>به‌صورت کیوسک عمومیِ قفل‌شده اجرا شود (تمام‌صفحه، بازنشانی پس از بی‌کاری، پیوندها به‌صورت کد QR).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kiosk configuration (with --kiosk; default: %1).</source>
        <translation>پیکربندی کیوسک (همراه با ‎--kiosk‎؛ پیش‌فرض: %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[LINK]</source>
        <translation>[پیوند]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Give one content pack to import, not several.</source>
        <translation>فقط یک بسته‌ی محتوا برای وارد کردن بدهید، نه چند بسته.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give one link to open, not several.</source>
        <translation>فقط یک پیوند برای باز کردن بدهید، نه چند تا.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--config is for --kiosk.</source>
        <translation>‎--config‎ فقط همراه با ‎--kiosk‎ به کار می‌رود.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--kiosk starts at its own start screen: no link or --screenshot.</source>
        <translation>‎--kiosk‎ با صفحه‌ی آغازین خودش شروع می‌شود: پیوند یا ‎--screenshot‎ نمی‌پذیرد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A content pack is imported in a window: not with --kiosk or --screenshot.</source>
        <translation>بسته‌ی محتوا در یک پنجره وارد می‌شود: نه همراه با ‎--kiosk‎ یا ‎--screenshot‎.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--server needs an http(s) URL such as %1.</source>
        <translation>‎--server‎ به نشانی http(s)‎ مانند %1 نیاز دارد.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ContactFormDialog</name>
    <message>
        <location filename="../app/desktop/pages/contactformdialog.cpp" line="+27"/>
        <location line="+101"/>
        <source>Send</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to the town&apos;s team. They answer by e-mail; your message is sent to the town&apos;s contact server.</source>
        <translation>به تیم شهر بنویسید. آن‌ها با ایمیل پاسخ می‌دهند؛ پیام شما به سرور تماس شهر فرستاده می‌شود.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Your name (optional)</source>
        <translation>نام شما (اختیاری)</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Your e-mail address</source>
        <translation>نشانی ایمیل شما</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Your message</source>
        <translation>پیام شما</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+25"/>
        <source>Sending…</source>
        <translation>در حال ارسال…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CounselTools</name>
    <message>
        <location filename="../app/desktop/counsel/counseltools.cpp" line="+25"/>
        <source>Read aloud</source>
        <translation>خواندن با صدای بلند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End session</source>
        <translation>پایان جلسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show QR code</source>
        <translation>نمایش کد QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>کنار هم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the text aloud in its language</source>
        <translation>خواندن متن با صدای بلند به زبان خودش</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear everything of this session and start again (%1)</source>
        <translation>پاک کردن همه‌چیزِ این جلسه و شروع دوباره (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the link of this page as a QR code to take along on a phone</source>
        <translation>نمایش پیوند این صفحه به شکل کد QR، تا آن را روی گوشی با خود ببرید</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show this in a second language beside it</source>
        <translation>نمایش این به زبانی دوم در کنارش</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CountdownOverlay</name>
    <message>
        <location filename="../app/desktop/kiosk/countdownoverlay.cpp" line="+14"/>
        <source>Yes, continue</source>
        <translation>بله، ادامه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Are you still there?</source>
        <translation>هنوز اینجا هستید؟</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Press any key or move the mouse to continue. In %n seconds the session ends: the app goes back to the start page and what was looked at is cleared.</source>
        <translation>
            <numerusform>برای ادامه، یک کلید را فشار دهید یا موس را حرکت دهید. تا %n ثانیه‌ی دیگر جلسه پایان می‌یابد: برنامه به صفحه‌ی آغازین برمی‌گردد و آنچه دیده شده پاک می‌شود.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Touch the screen to continue. In %n seconds everything starts over and what you looked at is cleared.</source>
        <translation>
            <numerusform>برای ادامه، صفحه‌نمایش را لمس کنید. %n ثانیه‌ی دیگر همه‌چیز از نو شروع می‌شود و آنچه دیدید پاک می‌شود.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DBusNotifier</name>
    <message>
        <location filename="../app/desktop/notify/dbusnotifier.cpp" line="+51"/>
        <source>Open</source>
        <translation>باز کردن</translation>
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
        <translation>محتوای ذخیره‌شده آسیب دیده است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be read: %2

Download again moves the file aside under a dated name (nothing is deleted), starts afresh and downloads your towns and languages again.</source>
        <translation>فایل %1 خوانده نمی‌شود: %2

با «دانلود دوباره»، فایل با نامی تاریخ‌دار کنار گذاشته می‌شود (چیزی حذف نمی‌شود)، همه‌چیز از نو شروع می‌شود و شهرها و زبان‌های شما دوباره دانلود می‌شوند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download again</source>
        <translation>دانلود دوباره</translation>
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
        <translation>اطلاعات محلی</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There are no pages in this language yet.</source>
        <translation>هنوز صفحه‌ای به این زبان نیست.</translation>
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
        <translation>«%1» پیوندی به صفحه‌ای از یک شهر Integreat نیست.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” in %2 is not saved on this computer.</source>
        <translation>«%1» به زبان %2 روی این رایانه ذخیره نشده است.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The chat is not available in this town.</source>
        <translation>گفت‌وگو در این شهر در دسترس نیست.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The linked page is in %1, which is not saved on this computer.</source>
        <translation>صفحه‌ی پیوندشده به زبان %1 است که روی این رایانه ذخیره نشده است.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The linked page is not saved on this computer.</source>
        <translation>صفحه‌ی پیوندشده روی این رایانه ذخیره نشده است.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EndSession</name>
    <message>
        <location filename="../app/desktop/counsel/endsession.cpp" line="+44"/>
        <location line="+6"/>
        <source>End session</source>
        <translation>پایان جلسه</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>End this session?</source>
        <translation>این جلسه پایان یابد؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app goes back to the start page. The history, the search, side by side, the news read and the folders used for saving are cleared, so that the next person finds nothing of this session.</source>
        <translation>برنامه به صفحه‌ی آغازین برمی‌گردد. تاریخچه، جست‌وجو، نمای «کنار هم»، خبرهای خوانده‌شده و پوشه‌هایی که برای ذخیره به کار رفته‌اند پاک می‌شوند تا نفر بعدی چیزی از این جلسه پیدا نکند.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventDateText</name>
    <message>
        <location filename="../app/desktop/presentation/eventdatetext.cpp" line="+50"/>
        <source>the last %1</source>
        <translation>آخرین %1 ماه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the %1. %2</source>
        <translation>%2 شماره‌ی %1 در ماه</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1, all day</source>
        <translation>%1، تمام روز</translation>
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
        <translation>هر روز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 days</source>
        <translation>هر %1 روز یک‌بار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every week</source>
        <translation>هر هفته</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 weeks</source>
        <translation>هر %1 هفته یک‌بار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every month</source>
        <translation>هر ماه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 months</source>
        <translation>هر %1 ماه یک‌بار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every year</source>
        <translation>هر سال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 years</source>
        <translation>هر %1 سال یک‌بار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats</source>
        <translation>تکرار می‌شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only on weekdays (Monday to Friday)</source>
        <translation>فقط در روزهای کاری (دوشنبه تا جمعه)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventHtml</name>
    <message>
        <location filename="../app/desktop/events/eventhtml.cpp" line="+80"/>
        <source>Loading dates…</source>
        <translation>در حال بارگیری تاریخ‌ها…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address:</source>
        <translation>نشانی:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online meeting:</source>
        <translation>جلسه‌ی آنلاین:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More dates</source>
        <translation>تاریخ‌های دیگر</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventList</name>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+20"/>
        <source>Only dates from</source>
        <translation>فقط تاریخ‌ها از</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First day</source>
        <translation>روز اول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>روز آخر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Events</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlistmodel.cpp" line="+68"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>فردا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 7 days</source>
        <translation>7 روز آینده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 30 days</source>
        <translation>30 روز آینده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>بعدتر</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Heading</source>
        <translation>سرعنوان</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+35"/>
        <source>Loading events…</source>
        <translation>در حال بارگیری رویدادها…</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlistmodel.cpp" line="-20"/>
        <source>More dates: %1</source>
        <translation>تاریخ‌های دیگر: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Irregular dates</source>
        <translation>تاریخ‌های نامنظم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Irregular dates. %1</source>
        <translation>تاریخ‌های نامنظم. %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+13"/>
        <source>No events in these days.</source>
        <translation>در این روزها رویدادی نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No upcoming events.</source>
        <translation>رویداد پیش‌رویی نیست.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventsSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/eventssection.cpp" line="+26"/>
        <source>Events</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This event is not on this computer. It may be over or removed, or it is newer than the last update.</source>
        <translation>این رویداد روی این رایانه نیست. شاید تمام یا حذف شده باشد، یا از آخرین به‌روزرسانی تازه‌تر باشد.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventsView</name>
    <message>
        <location filename="../app/desktop/events/eventsview.cpp" line="+45"/>
        <location line="+28"/>
        <source>All events</source>
        <translation>همه‌ی رویدادها</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Save this date for a calendar…</source>
        <translation>ذخیره‌ی این تاریخ برای تقویم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save all dates for a calendar…</source>
        <translation>ذخیره‌ی همه‌ی تاریخ‌ها برای تقویم…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>This event has irregular dates: they cannot all be worked out, so only the first is shown. Check the dates with the organizer.</source>
        <translation>این رویداد تاریخ‌های نامنظم دارد: همه‌ی آن‌ها را نمی‌توان محاسبه کرد، برای همین فقط اولین تاریخ نشان داده می‌شود. تاریخ‌ها را از برگزارکننده بپرسید.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Save for a calendar</source>
        <translation>ذخیره برای تقویم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>فایل‌های تقویم (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dates are still being worked out. Try again in a moment.</source>
        <translation>تاریخ‌ها هنوز در حال محاسبه‌اند. کمی بعد دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This event has no dates left to save.</source>
        <translation>این رویداد دیگر تاریخی برای ذخیره ندارد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The calendar file could not be saved: %1</source>
        <translation>فایل تقویم ذخیره نشد: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. Open %1 with your calendar app to add the event.</source>
        <translation>ذخیره شد. برای افزودن رویداد، %1 را با برنامه‌ی تقویم خود باز کنید.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ExternalLinkDialog</name>
    <message>
        <location filename="../app/desktop/pages/externallinkdialog.cpp" line="+38"/>
        <source>Open a website?</source>
        <translation>وب‌سایت باز شود؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link leads out of Integreat to a website of &lt;b&gt;%1&lt;/b&gt;. It opens in your web browser and needs an internet connection.</source>
        <translation>این پیوند از Integreat بیرون می‌رود، به وب‌سایتی از &lt;b&gt;%1&lt;/b&gt;. در مرورگر شما باز می‌شود و به اینترنت نیاز دارد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Open in browser</source>
        <translation>باز کردن در مرورگر</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open the document online?</source>
        <translation>سند آنلاین باز شود؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document is not saved on this computer. It can be opened from &lt;b&gt;%1&lt;/b&gt; in your browser with an internet connection.</source>
        <translation>این سند روی این رایانه ذخیره نشده است. می‌توان آن را با اتصال به اینترنت از &lt;b&gt;%1&lt;/b&gt; در مرورگر باز کرد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call this number?</source>
        <translation>با این شماره تماس گرفته شود؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your computer&apos;s phone app will call this number:</source>
        <translation>برنامه‌ی تلفن رایانه‌ی شما با این شماره تماس می‌گیرد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write an e-mail?</source>
        <translation>ایمیل نوشته شود؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your e-mail program will open a new message to:</source>
        <translation>برنامه‌ی ایمیل شما پیام تازه‌ای باز می‌کند به:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write e-mail</source>
        <translation>نوشتن ایمیل</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Copy</source>
        <translation>کپی</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <translation>کپی شد</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::FeedbackBox</name>
    <message>
        <location filename="../app/desktop/pages/feedbackbox.cpp" line="+88"/>
        <source>Was this page helpful?</source>
        <translation>آیا این صفحه مفید بود؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, this was helpful</source>
        <translation>بله، مفید بود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>نه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, this was not helpful</source>
        <translation>نه، مفید نبود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What could be better? (optional, no personal data)</source>
        <translation>چه چیزی می‌تواند بهتر باشد؟ (اختیاری، بدون اطلاعات شخصی)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on this page</source>
        <translation>نظر درباره‌ی این صفحه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send feedback</source>
        <translation>ارسال بازخورد</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Thank you. You may add a comment.</source>
        <translation>سپاسگزاریم. می‌توانید نظری هم اضافه کنید.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please choose “Yes” or “No”, or write a comment.</source>
        <translation>لطفاً «بله» یا «نه» را انتخاب کنید، یا نظری بنویسید.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::FirstRunWizard</name>
    <message>
        <location filename="../app/desktop/firstrun/firstrunwizard.cpp" line="+31"/>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+221"/>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <location line="-220"/>
        <location line="+216"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Welcome to Integreat</source>
        <translation>به Integreat خوش آمدید</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The download was cancelled. Nothing was changed on this computer.</source>
        <translation>دانلود لغو شد. چیزی روی این رایانه تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The server lists no regions.</source>
        <translation>سرور هیچ منطقه‌ای را فهرست نمی‌کند.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The demo town could not be set up: %1</source>
        <translation>شهر نمونه راه‌اندازی نشد: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Download</source>
        <translation>دانلود</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stops the download; nothing is changed</source>
        <translation>دانلود را متوقف می‌کند؛ چیزی تغییر نمی‌کند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this window</source>
        <translation>این پنجره را می‌بندد</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::HeaderBar</name>
    <message>
        <location filename="../app/desktop/mainwindow/headerbar.cpp" line="+54"/>
        <location line="+1"/>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear search</source>
        <translation>پاک کردن جست‌وجو</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Menu</source>
        <translation>منو</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Search in %1</source>
        <translation>جست‌وجو در %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskApp</name>
    <message>
        <location filename="../app/desktop/shell/kioskapp.cpp" line="+36"/>
        <source>kiosk mode is disabled in %1 (integreat-cli kiosk setup enables it)</source>
        <translation>حالت کیوسک در %1 غیرفعال است (integreat-cli kiosk setup فعالش می‌کند)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot create the folder %1</source>
        <translation>پوشه‌ی %1 ساخته نمی‌شود</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved content cannot be opened: %1</source>
        <translation>محتوای ذخیره‌شده باز نمی‌شود: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskSession</name>
    <message>
        <location filename="../app/desktop/kiosk/kiosksession.cpp" line="+66"/>
        <source>Start over</source>
        <translation>شروع از نو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this page with you</source>
        <translation>این صفحه را با خود ببرید</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskWindow</name>
    <message>
        <location filename="../app/desktop/kiosk/kioskwindow.cpp" line="+77"/>
        <source>The update has finished.</source>
        <translation>به‌روزرسانی تمام شد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The update failed; the last good content stays in use. %1</source>
        <translation>به‌روزرسانی ناموفق بود؛ آخرین محتوای سالم همچنان به کار می‌رود. %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nothing is saved on this kiosk yet. The administrator can update the content.</source>
        <translation>هنوز چیزی روی این کیوسک ذخیره نشده است. مدیر سیستم می‌تواند محتوا را به‌روز کند.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Wrong PIN.</source>
        <translation>کد PIN نادرست است.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>کد PIN بیش از حد اشتباه وارد شد. %n ثانیه‌ی دیگر دوباره تلاش کنید.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No PIN is set for this kiosk, so the administration cannot be opened here (integreat-cli kiosk set-pin).</source>
        <translation>برای این کیوسک کد PIN تنظیم نشده است، برای همین بخش مدیریت اینجا باز نمی‌شود (integreat-cli kiosk set-pin).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No region is configured (integreat-cli kiosk setup).</source>
        <translation>هیچ منطقه‌ای پیکربندی نشده است (integreat-cli kiosk setup).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kiosk runs offline; the nightly update keeps it current.</source>
        <translation>این کیوسک بدون اینترنت کار می‌کند؛ به‌روزرسانی شبانه آن را به‌روز نگه می‌دارد.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Updating…</source>
        <translation>در حال به‌روزرسانی…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageButton</name>
    <message>
        <location filename="../app/desktop/mainwindow/languagebutton.cpp" line="+40"/>
        <source>%1 (download)</source>
        <translation>%1 (دانلود)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language of the content: %1</source>
        <translation>زبان محتوا: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content language: %1</source>
        <translation>زبان محتوا: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageNames</name>
    <message>
        <location filename="../app/desktop/presentation/languages.cpp" line="+46"/>
        <source>Albanian</source>
        <translation>آلبانیایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amharic</source>
        <translation>امهری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>عربی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgarian</source>
        <translation>بلغاری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central Kurdish</source>
        <translation>کردی سورانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatian</source>
        <translation>کرواتی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czech</source>
        <translation>چکی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dari</source>
        <translation>دری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>فرانسوی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>آلمانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greek</source>
        <translation>یونانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungarian</source>
        <translation>مجاری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>ایتالیایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kurdish</source>
        <translation>کردی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pashto</source>
        <translation>پشتو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>لهستانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>رومانیایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>روسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbian</source>
        <translation>صربی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somali</source>
        <translation>سومالیایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>اسپانیایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tigrinya</source>
        <translation>تیگرینیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>ترکی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation>اوکراینی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation>اردو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnamese</source>
        <translation>ویتنامی</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguagePage</name>
    <message>
        <location filename="../app/desktop/firstrun/languagepage.cpp" line="+22"/>
        <source>Which languages do you want to read?</source>
        <translation>به چه زبان‌هایی می‌خواهید بخوانید؟</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notice</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Languages</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The local information of %1 is downloaded in the languages you choose, so you can read it without internet. You can choose several and add more later.</source>
        <translation>اطلاعات محلی %1 به زبان‌هایی که انتخاب می‌کنید دانلود می‌شود تا بتوانید آن را بدون اینترنت بخوانید. می‌توانید چند زبان انتخاب کنید و بعداً زبان‌های دیگری هم اضافه کنید.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language code %1</source>
        <translation>کد زبان %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageRow</name>
    <message>
        <location filename="../app/desktop/firstrun/languagerow.cpp" line="+29"/>
        <source>Retry</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry %1</source>
        <translation>تلاش دوباره برای %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Waiting</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Finished</source>
        <translation>تمام شد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Ready to read offline</source>
        <translation>✓ آماده برای خواندن بدون اینترنت</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not downloaded: %1</source>
        <translation>دانلود نشد: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LinkRouter</name>
    <message>
        <location filename="../app/desktop/pages/linkrouter.cpp" line="+70"/>
        <source>This link cannot be opened: it could harm your computer or your data.</source>
        <translation>این پیوند باز نمی‌شود: ممکن است به رایانه یا داده‌های شما آسیب بزند.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This link leads to the list of towns. To read about another town, use “Change” next to the town&apos;s name.</source>
        <translation>این پیوند به فهرست شهرها می‌رود. برای خواندن درباره‌ی شهری دیگر، از «تغییر» کنار نام شهر استفاده کنید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This link leads to a part of Integreat that this app does not show yet.</source>
        <translation>این پیوند به بخشی از Integreat می‌رود که این برنامه هنوز نشان نمی‌دهد.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download %1</source>
        <translation>دانلود %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This link leads to “%1” in %2, which is not saved on this computer.</source>
        <translation>این پیوند به «%1» به زبان %2 می‌رود که روی این رایانه ذخیره نشده است.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This page is in %1, which is not saved on this computer yet.</source>
        <translation>این صفحه به %1 است که هنوز روی این رایانه ذخیره نشده است.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chat is not available in this town.</source>
        <translation>گفت‌وگو در این شهر در دسترس نیست.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The linked event is not on this computer. It may be over or removed, or it is newer than the last update.</source>
        <translation>رویداد پیوندشده روی این رایانه نیست. شاید تمام یا حذف شده باشد، یا از آخرین به‌روزرسانی تازه‌تر باشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked place is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>مکان پیوندشده روی این رایانه نیست. شاید حذف شده باشد، یا از آخرین به‌روزرسانی تازه‌تر باشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked news item is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>خبر پیوندشده روی این رایانه نیست. شاید حذف شده باشد، یا از آخرین به‌روزرسانی تازه‌تر باشد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked page is not on this computer. It may have been moved or removed, or it is newer than the last update.</source>
        <translation>صفحه‌ی پیوندشده روی این رایانه نیست. شاید جابه‌جا یا حذف شده باشد، یا از آخرین به‌روزرسانی تازه‌تر باشد.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No program on this computer can open this document.</source>
        <translation>هیچ برنامه‌ای روی این رایانه این سند را باز نمی‌کند.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This document is not saved on this computer.</source>
        <translation>این سند روی این رایانه ذخیره نشده است.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>No program on this computer can open this link.</source>
        <translation>هیچ برنامه‌ای روی این رایانه این پیوند را باز نمی‌کند.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>This offer cannot be opened: its form could not be prepared.</source>
        <translation>این خدمت باز نمی‌شود: فرم آن آماده نشد.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open online</source>
        <translation>باز کردن آنلاین</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LocalInfoSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/localinfosection.cpp" line="+37"/>
        <source>Local information</source>
        <translation>اطلاعات محلی</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LocalInfoView</name>
    <message>
        <location filename="../app/desktop/pages/localinfoview.cpp" line="+57"/>
        <source>Page content</source>
        <translation>محتوای صفحه</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Start page of the town</source>
        <translation>صفحه‌ی آغازین شهر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation>نتایج جست‌وجو</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page</source>
        <translation>صفحه</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <location line="+31"/>
        <location line="+38"/>
        <location line="+9"/>
        <location line="+21"/>
        <source>Local information</source>
        <translation>اطلاعات محلی</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>This page is not on this computer</source>
        <translation>این صفحه روی این رایانه نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been moved or removed by the last update.</source>
        <translation>شاید در آخرین به‌روزرسانی جابه‌جا یا حذف شده باشد.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+26"/>
        <location line="+1"/>
        <source>Imprint</source>
        <translation>شناسنامه‌ی حقوقی</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>There is no imprint in this language on this computer.</source>
        <translation>شناسنامه‌ی حقوقی به این زبان روی این رایانه نیست.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The imprint is available in:</source>
        <translation>شناسنامه‌ی حقوقی به این زبان‌ها هست:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search: “%1”</source>
        <translation>جست‌وجو: «%1»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go to the start page</source>
        <translation>رفتن به صفحه‌ی آغازین</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Start page in %1</source>
        <translation>صفحه‌ی آغازین به %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not available in %2. It is available in:</source>
        <translation>«%1» به %2 موجود نیست. به این زبان‌ها موجود است:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not available in %2.</source>
        <translation>«%1» به %2 موجود نیست.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MainActions</name>
    <message>
        <location filename="../app/desktop/mainwindow/mainactions.cpp" line="+19"/>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward</source>
        <translation>جلو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start page</source>
        <translation>صفحه‌ی آغازین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>اکنون به‌روز کن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imprint</source>
        <translation>شناسنامه‌ی حقوقی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>تنظیمات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger text</source>
        <translation>متن بزرگ‌تر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smaller text</source>
        <translation>متن کوچک‌تر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal text size</source>
        <translation>اندازه‌ی عادی متن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Integreat Desktop</source>
        <translation>درباره‌ی Integreat Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This page</source>
        <translation>این صفحه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text size</source>
        <translation>اندازه‌ی متن</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MainWindow</name>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindow.cpp" line="+196"/>
        <source>Download %1</source>
        <translation>دانلود %1</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 is not saved on this computer yet.</source>
        <translation>%1 هنوز روی این رایانه ذخیره نشده است.</translation>
    </message>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindowcommands.cpp" line="+171"/>
        <source>About Integreat Desktop</source>
        <translation>درباره‌ی Integreat Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Integreat Desktop %1&lt;/h3&gt;&lt;p&gt;Local information for newcomers, in their language, also without internet.&lt;/p&gt;&lt;p&gt;The content comes from the towns and districts that take part in &lt;a href=&quot;https://integreat-app.de&quot;&gt;Integreat&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Integreat Desktop %1&lt;/h3&gt;&lt;p&gt;اطلاعات محلی برای تازه‌واردان، به زبان خودشان، حتی بدون اینترنت.&lt;/p&gt;&lt;p&gt;محتوا از شهرها و شهرستان‌هایی می‌آید که در &lt;a href=&quot;https://integreat-app.de&quot;&gt;Integreat&lt;/a&gt; شرکت دارند.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindowcounsel.cpp" line="+50"/>
        <source>Reading area</source>
        <translation>ناحیه‌ی خواندن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The section shown, and beside it the same in a second language when Side by side is on</source>
        <translation>بخش نمایش‌داده‌شده، و در کنار آن همان محتوا به زبانی دوم، وقتی «کنار هم» روشن است</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MapWidget</name>
    <message>
        <location filename="../app/desktop/places/mapwidget.cpp" line="+30"/>
        <source>Map of places</source>
        <translation>نقشه‌ی مکان‌ها</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>بزرگ‌نمایی</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>کوچک‌نمایی</translation>
    </message>
    <message>
        <location line="+344"/>
        <source>I am here (sort places by distance from this point)</source>
        <translation>من اینجا هستم (مرتب کردن مکان‌ها بر اساس فاصله از این نقطه)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MassRemovalQuestion</name>
    <message>
        <location filename="../app/desktop/sync/massremovalquestion.cpp" line="+16"/>
        <source>Remove saved pages?</source>
        <translation>صفحه‌های ذخیره‌شده حذف شوند؟</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n of the %2 saved pages would be removed.</source>
        <translation>
            <numerusform>%1: %n صفحه از %2 صفحه‌ی ذخیره‌شده حذف می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server sent much less content than before. If you go on, pages you have now will be deleted from this computer.</source>
        <translation>سرور خیلی کمتر از قبل محتوا فرستاد. اگر ادامه دهید، صفحه‌هایی که اکنون دارید از این رایانه حذف می‌شوند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This can be a mistake on the server. If you keep your content, nothing changes and you can try again later.</source>
        <translation>ممکن است این اشتباهی در سرور باشد. اگر محتوای خود را نگه دارید، چیزی تغییر نمی‌کند و می‌توانید بعداً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep my content</source>
        <translation>محتوایم را نگه دار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove them</source>
        <translation>حذفشان کن</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NavigationBar</name>
    <message>
        <location filename="../app/desktop/pages/navigationbar.cpp" line="+29"/>
        <source>Back (Alt+Left)</source>
        <translation>بازگشت (Alt+چپ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward (Alt+Right)</source>
        <translation>جلو (Alt+راست)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>جلو</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsHtml</name>
    <message>
        <location filename="../app/desktop/news/newshtml.cpp" line="+16"/>
        <source>Local news</source>
        <translation>اخبار محلی</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Read the original</source>
        <translation>خواندن متن اصلی</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/newssection.cpp" line="+28"/>
        <source>News</source>
        <translation>اخبار</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News (%1)</source>
        <translation>اخبار (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News, %1 new</source>
        <translation>اخبار، %1 تازه</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This news item is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>این خبر روی این رایانه نیست. شاید حذف شده باشد، یا از آخرین به‌روزرسانی تازه‌تر باشد.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsView</name>
    <message>
        <location filename="../app/desktop/news/newsview.cpp" line="+43"/>
        <location line="+56"/>
        <source>All news</source>
        <translation>همه‌ی اخبار</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local</source>
        <translation>محلی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External</source>
        <translation>خارجی</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>News</source>
        <translation>اخبار</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>News item</source>
        <translation>خبر</translation>
    </message>
    <message>
        <location filename="../app/desktop/news/newslistmodel.cpp" line="+85"/>
        <source>● New</source>
        <translation>● تازه</translation>
    </message>
    <message>
        <location filename="../app/desktop/news/newsview.cpp" line="+110"/>
        <source>There are no news in this language yet. New local news of the town appear here after the next update.</source>
        <translation>هنوز خبری به این زبان نیست. اخبار محلی تازه‌ی شهر پس از به‌روزرسانی بعدی اینجا نشان داده می‌شوند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No news of this kind. Choose “All” to see every news item.</source>
        <translation>خبری از این نوع نیست. برای دیدن همه‌ی اخبار، «همه» را انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NoticeBar</name>
    <message>
        <location filename="../app/desktop/pages/noticebar.cpp" line="+26"/>
        <source>Notice</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Close this notice</source>
        <translation>بستن این یادداشت</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationCenter</name>
    <message>
        <location filename="../app/desktop/notify/notificationcenter.cpp" line="+44"/>
        <source>Notifications (%1)</source>
        <translation>اعلان‌ها (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notifications</source>
        <translation>اعلان‌ها</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>News from %1 (%2)</source>
        <translation>اخبار از %1 (%2)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationsDialog</name>
    <message>
        <location filename="../app/desktop/notify/notificationsdialog.cpp" line="+27"/>
        <source>No notifications yet. New local news of your towns appear here.</source>
        <translation>هنوز اعلانی نیست. اخبار محلی تازه‌ی شهرهای شما اینجا نشان داده می‌شوند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>اعلان‌ها</translation>
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
        <translation>وقتی یک شهر به یک زبان خبری منتشر می‌کند، اعلان نشان داده شود:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Look for news every</source>
        <translation>جست‌وجوی اخبار هر</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::OfferForm</name>
    <message>
        <location filename="../app/desktop/pages/offerform.cpp" line="+27"/>
        <source>Continue to %1</source>
        <translation>ادامه به %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PackImport</name>
    <message>
        <location filename="../app/desktop/settings/packimport.cpp" line="+28"/>
        <source>Could not open the local store: %1</source>
        <translation>حافظه‌ی محلی باز نشد: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The content pack %1 was not imported: %2 Nothing on this computer was changed.</source>
        <translation>بسته‌ی محتوای %1 وارد نشد: %2 چیزی روی این رایانه تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported from the content pack: %1 in %2.</source>
        <translation>از بسته‌ی محتوا وارد شد: %1 به %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported, because this computer has newer content of %1 in %2. “Import anyway” replaces it with the older content of the pack.</source>
        <translation>وارد نشد، چون این رایانه محتوای تازه‌تری از %1 به %2 دارد. «در هر صورت وارد کن» آن را با محتوای قدیمی‌تر بسته جایگزین می‌کند.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The content pack %1 holds no language.</source>
        <translation>بسته‌ی محتوای %1 هیچ زبانی ندارد.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PackImportPanel</name>
    <message>
        <location filename="../app/desktop/settings/packimportpanel.cpp" line="+23"/>
        <source>Import content pack…</source>
        <translation>وارد کردن بسته‌ی محتوا…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import anyway</source>
        <translation>در هر صورت وارد کن</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a region&apos;s content from a file made with “integreat-cli pack export” (for computers without fast internet).</source>
        <translation>محتوای یک منطقه را از فایلی که با «integreat-cli pack export» ساخته شده وارد کنید (برای رایانه‌هایی بدون اینترنت سریع).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing the content pack</source>
        <translation>در حال وارد کردن بسته‌ی محتوا</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Replaces this computer&apos;s newer content with the older content of the pack.</source>
        <translation>محتوای تازه‌تر این رایانه را با محتوای قدیمی‌تر بسته جایگزین می‌کند.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import content pack</source>
        <translation>وارد کردن بسته‌ی محتوا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Integreat content packs (*.integreat-pack)</source>
        <translation>بسته‌های محتوای Integreat (*.integreat-pack)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Waiting for the running update to finish…</source>
        <translation>در انتظار پایان به‌روزرسانی در حال اجرا…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing the content pack…</source>
        <translation>در حال وارد کردن بسته‌ی محتوا…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PageHtml</name>
    <message>
        <location filename="../app/desktop/pages/pagehtml.cpp" line="+108"/>
        <source>Last updated on %1</source>
        <translation>آخرین به‌روزرسانی در %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Published on %1</source>
        <translation>منتشرشده در %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This page has no text yet.</source>
        <translation>این صفحه هنوز متنی ندارد.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Imprint</source>
        <translation>شناسنامه‌ی حقوقی</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Contact form: write to the town&apos;s team</source>
        <translation>فرم تماس: به تیم شهر بنویسید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online offer: opens in your browser</source>
        <translation>خدمت آنلاین: در مرورگر شما باز می‌شود</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This page is provided by %1</source>
        <translation>این صفحه را %1 فراهم کرده است</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PinPad</name>
    <message>
        <location filename="../app/desktop/kiosk/pinpad.cpp" line="+22"/>
        <source>Administrator PIN</source>
        <translation>کد PIN مدیر</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the PIN to open the administration.</source>
        <translation>برای باز کردن بخش مدیریت، کد PIN را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceDetailHtml</name>
    <message>
        <location filename="../app/desktop/places/placedetailhtml.cpp" line="+82"/>
        <source>%1 km away</source>
        <translation>%1 کیلومتر فاصله</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open all day</source>
        <translation>تمام روز باز است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>بسته</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open now</source>
        <translation>اکنون باز است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed now</source>
        <translation>اکنون بسته است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>موقتاً بسته است</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Only with an appointment</source>
        <translation>فقط با وقت قبلی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with an appointment</source>
        <translation>با وقت قبلی</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>✓ Barrier-free</source>
        <translation>✓ دسترس‌پذیر برای همه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Not barrier-free</source>
        <translation>✗ دسترس‌پذیر برای همه نیست</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Navigate (opens a map)</source>
        <translation>مسیریابی (یک نقشه باز می‌شود)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening hours</source>
        <translation>ساعت‌های کاری</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Make an appointment</source>
        <translation>گرفتن وقت</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact information</source>
        <translation>اطلاعات تماس</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment</source>
        <translation>وقت ملاقات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office hours</source>
        <translation>ساعت‌های پذیرش</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About this place</source>
        <translation>درباره‌ی این مکان</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events here</source>
        <translation>رویدادهای این مکان</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceFiltersDialog</name>
    <message>
        <location filename="../app/desktop/places/placefiltersdialog.cpp" line="+25"/>
        <source>Only places open now</source>
        <translation>فقط مکان‌هایی که اکنون باز هستند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only barrier-free places</source>
        <translation>فقط مکان‌های دسترس‌پذیر برای همه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter places</source>
        <translation>فیلتر کردن مکان‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reset filters</source>
        <translation>بازنشانی فیلترها</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Show %n place(s)</source>
        <translation>
            <numerusform>نمایش %n مکان</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceListPanel</name>
    <message>
        <location filename="../app/desktop/places/placelistpanel.cpp" line="+26"/>
        <source>Show all places</source>
        <translation>نمایش همه‌ی مکان‌ها</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Search in places</source>
        <translation>جست‌وجو در مکان‌ها</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+100"/>
        <source>Filters…</source>
        <translation>فیلترها…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Places</source>
        <translation>مکان‌ها</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open now</source>
        <translation>اکنون باز است</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed now</source>
        <translation>اکنون بسته است</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temporarily closed</source>
        <translation>موقتاً بسته است</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>open now</source>
        <translation>اکنون باز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>barrier-free</source>
        <translation>دسترس‌پذیر برای همه</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Filters (%1)…</source>
        <translation>فیلترها (%1)…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlacesSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/placessection.cpp" line="+31"/>
        <source>Places</source>
        <translation>مکان‌ها</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>This place is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>این مکان روی این رایانه نیست. شاید حذف شده باشد، یا از آخرین به‌روزرسانی تازه‌تر باشد.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlacesView</name>
    <message>
        <location filename="../app/desktop/places/placesview.cpp" line="+65"/>
        <source>← All places</source>
        <translation>→ همه‌ی مکان‌ها</translation>
    </message>
    <message>
        <location filename="../app/desktop/places/placesviewtiles.cpp" line="+56"/>
        <source>No map of %1 to show. Map tiles need an internet connection or an offline map file (an administrator can import one with “integreat-cli import-tiles”). The places stand on a plain background; the list and the details work without it.</source>
        <translation>نقشه‌ای از %1 برای نمایش وجود ندارد. کاشی‌های نقشه به اتصال اینترنت یا یک فایل نقشه‌ی آفلاین نیاز دارند (مدیر سیستم می‌تواند آن را با «integreat-cli import-tiles» وارد کند). مکان‌ها روی یک زمینه‌ی ساده نشان داده می‌شوند؛ فهرست و جزئیات بدون نقشه هم کار می‌کنند.</translation>
    </message>
    <message>
        <location filename="../app/desktop/places/placesview.cpp" line="-5"/>
        <source>Places and map</source>
        <translation>مکان‌ها و نقشه</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Place</source>
        <translation>مکان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All places</source>
        <translation>همه‌ی مکان‌ها</translation>
    </message>
    <message numerus="yes">
        <location line="+162"/>
        <source>%n place(s) at this spot</source>
        <translation>
            <numerusform>%n مکان در این نقطه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n place(s), nearest first</source>
        <translation>
            <numerusform>%n مکان، نزدیک‌ترین‌ها اول</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n place(s), A–Z</source>
        <translation>
            <numerusform>%n مکان، به ترتیب الفبا</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no places for this town yet. They appear here after the next download.</source>
        <translation>هنوز مکانی برای این شهر وجود ندارد. پس از دانلود بعدی اینجا نشان داده می‌شوند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No place matches. Change the filters or the search.</source>
        <translation>هیچ مکانی پیدا نشد. فیلترها یا جست‌وجو را تغییر دهید.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::QrCard</name>
    <message>
        <location filename="../app/desktop/kiosk/qrcard.cpp" line="+19"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scan the code with your phone&apos;s camera to take this with you.</source>
        <translation>برای بردن این اطلاعات با خود، کد را با دوربین گوشی‌تان اسکن کنید.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Call this number</source>
        <translation>با این شماره تماس بگیرید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an e-mail</source>
        <translation>ایمیل بنویسید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this on your phone</source>
        <translation>این را در گوشی خود باز کنید</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(too long for a QR code)</source>
        <translation>(برای کد QR بیش از حد طولانی است)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::QrDialog</name>
    <message>
        <location filename="../app/desktop/counsel/qrdialog.cpp" line="+20"/>
        <source>QR code</source>
        <translation>کد QR</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QR code of the link</source>
        <translation>کد QR پیوند</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Scan the code to open this on your phone</source>
        <translation>کد را اسکن کنید تا این را روی گوشی خود باز کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the code to open “%1” on your phone</source>
        <translation>کد را اسکن کنید تا «%1» را روی گوشی خود باز کنید</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ReadAloudPanel</name>
    <message>
        <location filename="../app/desktop/counsel/readaloudpanel.cpp" line="+20"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading and close</source>
        <translation>توقف خواندن و بستن</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionButton</name>
    <message>
        <location filename="../app/desktop/mainwindow/regionbutton.cpp" line="+33"/>
        <source>Town</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read about another town</source>
        <translation>خواندن درباره‌ی شهری دیگر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change town</source>
        <translation>تغییر شهر</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Town: %1</source>
        <translation>شهر: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Find another town…</source>
        <translation>یافتن شهری دیگر…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionList</name>
    <message>
        <location filename="../app/desktop/firstrun/regionlist.cpp" line="+21"/>
        <source>Regions</source>
        <translation>مناطق</translation>
    </message>
    <message>
        <location filename="../app/desktop/firstrun/regionlistmodel.cpp" line="+58"/>
        <source>Nearby</source>
        <translation>نزدیک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions near you</source>
        <translation>مناطق نزدیک شما</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Regions starting with %1</source>
        <translation>مناطق آغازشده با %1</translation>
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
        <translation>همچنین برای: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionPage</name>
    <message>
        <location filename="../app/desktop/firstrun/regionpage.cpp" line="+42"/>
        <source>Try again</source>
        <translation>دوباره تلاش کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the demo town</source>
        <translation>امتحان شهر نمونه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where do you live?</source>
        <translation>کجا زندگی می‌کنید؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your town or district. Its local information is then downloaded so that you can read it without internet.</source>
        <translation>شهر یا شهرستان خود را انتخاب کنید. سپس اطلاعات محلی آن دانلود می‌شود تا بتوانید آن را بدون اینترنت بخوانید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search, e.g. Landkreis München</source>
        <translation>جست‌وجو، مثلاً Landkreis München</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search for a region</source>
        <translation>جست‌وجوی منطقه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of regions found</source>
        <translation>تعداد مناطق یافت‌شده</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the list of regions…</source>
        <translation>در حال بارگیری فهرست مناطق…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the list of regions</source>
        <translation>در حال بارگیری فهرست مناطق</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meanwhile you can look around in Musterstadt, a made-up demo town that comes with the app (in German, English and Arabic).</source>
        <translation>در این میان می‌توانید در Musterstadt گشتی بزنید؛ یک شهر نمونه‌ی خیالی که همراه برنامه است (به آلمانی، انگلیسی و عربی).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No connection</source>
        <translation>اتصال برقرار نیست</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The Integreat server cannot be reached right now, so the list of regions is not available. Please check your internet connection and try again.</source>
        <translation>اکنون به سرور Integreat دسترسی نیست، برای همین فهرست مناطق در دسترس نیست. لطفاً اتصال اینترنت خود را بررسی کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app is in offline mode, so the list of regions cannot be loaded.</source>
        <translation>برنامه در حالت آفلاین است، برای همین فهرست مناطق بارگیری نمی‌شود.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No town found for “%1”. Check the spelling, or try your district (Landkreis) or a town nearby: not every town takes part in Integreat yet.</source>
        <translation>شهری برای «%1» پیدا نشد. املا را بررسی کنید، یا شهرستان خود (Landkreis) یا شهری در نزدیکی را امتحان کنید: هنوز همه‌ی شهرها در Integreat شرکت ندارند.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Regions: %1</source>
        <translation>مناطق: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions found: %1</source>
        <translation>مناطق یافت‌شده: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RelativeTime</name>
    <message>
        <location filename="../app/desktop/presentation/relativetime.cpp" line="+13"/>
        <source>Not updated yet</source>
        <translation>هنوز به‌روز نشده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated just now</source>
        <translation>همین حالا به‌روز شد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated 1 minute ago</source>
        <translation>۱ دقیقه پیش به‌روز شد</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>%n دقیقه پیش به‌روز شد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated 1 hour ago</source>
        <translation>۱ ساعت پیش به‌روز شد</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>%n ساعت پیش به‌روز شد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated yesterday</source>
        <translation>دیروز به‌روز شد</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Updated %n days ago</source>
        <translation>
            <numerusform>%n روز پیش به‌روز شد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated on %1</source>
        <translation>به‌روز شده در %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SearchView</name>
    <message>
        <location filename="../app/desktop/search/searchview.cpp" line="+61"/>
        <source>Search results</source>
        <translation>نتایج جست‌وجو</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Search: “%1”</source>
        <translation>جست‌وجو: «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching…</source>
        <translation>در حال جست‌وجو…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Page</source>
        <translation>صفحه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>مکان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>News</source>
        <translation>خبر</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Only in %1</source>
        <translation>فقط به %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text excerpt in %1</source>
        <translation>بخشی از متن به %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The search did not work: %1</source>
        <translation>جست‌وجو انجام نشد: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing found for “%1”.
Try other or fewer words.</source>
        <translation>چیزی برای «%1» پیدا نشد.
واژه‌های دیگر یا کمتری را امتحان کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found in %1 or in German for “%2”.
Try other or fewer words, or a German word you know from a letter.</source>
        <translation>چیزی به %1 یا آلمانی برای «%2» پیدا نشد.
واژه‌های دیگر یا کمتری را امتحان کنید، یا واژه‌ای آلمانی که از یک نامه می‌شناسید.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n or more results</source>
        <translation>
            <numerusform>%n نتیجه یا بیشتر</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 result</source>
        <translation>۱ نتیجه</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n نتیجه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n or more results in %1 and German</source>
        <translation>
            <numerusform>%n نتیجه یا بیشتر به %1 و آلمانی</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 result in %1 and German</source>
        <translation>۱ نتیجه به %1 و آلمانی</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n results in %1 and German</source>
        <translation>
            <numerusform>%n نتیجه به %1 و آلمانی</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results for “%1”</source>
        <translation>نتایج برای «%1»</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SectionBar</name>
    <message>
        <location filename="../app/desktop/mainwindow/sectionbar.cpp" line="+47"/>
        <source>Sections</source>
        <translation>بخش‌ها</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SectionShell</name>
    <message>
        <location filename="../app/desktop/mainwindow/sectionshell.cpp" line="+15"/>
        <source>What the section chosen in the section tabs shows</source>
        <translation>آنچه بخشِ انتخاب‌شده در زبانه‌های بخش‌ها نشان می‌دهد</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SettingsDialog</name>
    <message>
        <location filename="../app/desktop/settings/settingsdialog.cpp" line="+47"/>
        <source>High contrast</source>
        <translation>کنتراست بالا</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+20"/>
        <source>Language of the app</source>
        <translation>زبان برنامه</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Like the system (%1)</source>
        <translation>مانند سیستم (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Menus and messages use this language from the next start. The language of the content is chosen above each page.</source>
        <translation>منوها و پیام‌ها از اجرای بعدی به این زبان نشان داده می‌شوند. زبان محتوا بالای هر صفحه انتخاب می‌شود.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+20"/>
        <source>Text size</source>
        <translation>اندازه‌ی متن</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading</source>
        <translation>خواندن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>اعلان‌ها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> h</source>
        <translation> ساعت</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Update saved towns every</source>
        <translation>به‌روزرسانی شهرهای ذخیره‌شده هر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer is shared (counseling): show End session in the window</source>
        <translation>این رایانه مشترک است (مشاوره): نمایش «پایان جلسه» در پنجره</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shared computer</source>
        <translation>رایانه‌ی مشترک</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved content</source>
        <translation>محتوای ذخیره‌شده</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>End the session automatically when not in use</source>
        <translation>پایان خودکار جلسه هنگام استفاده نشدن</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>minutes without use</source>
        <translation>دقیقه بدون استفاده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes without use before the session ends</source>
        <translation>دقیقه‌های بدون استفاده پیش از پایان جلسه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before it ends, a countdown asks whether someone is still there; any key or mouse movement keeps the session. On a shared computer the app also keeps no language, town, news read or folder of a client.</source>
        <translation>پیش از پایان، یک شمارش معکوس می‌پرسد که آیا کسی هنوز اینجاست؛ با فشار هر کلید یا حرکت موس، جلسه ادامه پیدا می‌کند. روی رایانه‌ی مشترک، برنامه همچنین هیچ زبان، شهر، خبرِ خوانده‌شده یا پوشه‌ی مراجعه‌کننده‌ای را نگه نمی‌دارد.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SideBySidePane</name>
    <message>
        <location filename="../app/desktop/counsel/sidebysidepane.cpp" line="+43"/>
        <source>Second language</source>
        <translation>زبان دوم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Swap sides</source>
        <translation>جابه‌جا کردن دو طرف</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>%1 (not downloaded)</source>
        <translation>%1 (دانلود نشده)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not saved on this computer yet. Download it to show this beside the page (this needs the internet).</source>
        <translation>%1 هنوز روی این رایانه ذخیره نشده است. آن را دانلود کنید تا این در کنار صفحه نشان داده شود (به اینترنت نیاز دارد).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download %1</source>
        <translation>دانلود %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Downloading %1…</source>
        <translation>در حال دانلود %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading %1: %2</source>
        <translation>در حال دانلود %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1 دانلود نشد: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open a page, an event, a place or a news item to see it here in a second language.</source>
        <translation>یک صفحه، رویداد، مکان یا خبر را باز کنید تا آن را اینجا به زبانی دوم ببینید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“Print this week&apos;s events…” in the menu prints them in both languages.</source>
        <translation>«چاپ رویدادهای این هفته…» در منو، آن‌ها را به هر دو زبان چاپ می‌کند.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only one language of this town is saved: choose a second language above to download it.</source>
        <translation>فقط یک زبانِ این شهر ذخیره شده است: برای دانلود زبانی دوم، آن را در بالا انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Side by side shows pages, events, places and news items; this is not one of them.</source>
        <translation>«کنار هم» صفحه‌ها، رویدادها، مکان‌ها و خبرها را نشان می‌دهد؛ این یکی از آن‌ها نیست.</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>Second language:</source>
        <translation>زبان دوم:</translation>
    </message>
    <message>
        <location line="+327"/>
        <source>This does not exist in %1. It exists in: %2.</source>
        <translation>این به %1 وجود ندارد. به این زبان‌ها وجود دارد: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other language</source>
        <translation>هیچ زبان دیگری</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SingleInstance</name>
    <message>
        <location filename="../app/desktop/shell/singleinstance.cpp" line="+141"/>
        <source>The running Integreat did not answer in time; it opens the link when it can.</source>
        <translation>Integreat که در حال اجراست به‌موقع پاسخ نداد؛ هر وقت بتواند پیوند را باز می‌کند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The running Integreat did not accept the link.</source>
        <translation>Integreat که در حال اجراست پیوند را نپذیرفت.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot watch for a second start of Integreat: %1</source>
        <translation>اجرای دوباره‌ی Integreat را نمی‌توان تشخیص داد: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StartScreen</name>
    <message>
        <location filename="../app/desktop/kiosk/startscreen.cpp" line="+42"/>
        <source>Other town</source>
        <translation>شهری دیگر</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoragePanel</name>
    <message>
        <location filename="../app/desktop/settings/storagepanel.cpp" line="+37"/>
        <source>Delete saved content?</source>
        <translation>محتوای ذخیره‌شده پاک شود؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete everything saved about %1 from this computer? You can download it again later.</source>
        <translation>همه‌ی آنچه درباره‌ی %1 ذخیره شده از این رایانه پاک شود؟ بعداً می‌توانید دوباره آن را دانلود کنید.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Data folder</source>
        <translation>پوشه‌ی داده‌ها</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved in: %1</source>
        <translation>ذخیره‌شده در: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting…</source>
        <translation>در حال شمارش…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Space used: %1</source>
        <translation>فضای اشغال‌شده: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 language</source>
        <translation>۱ زبان</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n languages</source>
        <translation>
            <numerusform>%n زبان</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved content of %1</source>
        <translation>پاک کردن محتوای ذخیره‌شده‌ی %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline map…</source>
        <translation>نقشه‌ی آفلاین…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offline map is imported; choose a file to replace it.</source>
        <translation>یک نقشه‌ی آفلاین وارد شده است؛ برای جایگزینی آن یک فایل انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an offline map (.mbtiles) for the places.</source>
        <translation>وارد کردن نقشه‌ی آفلاین (.mbtiles) برای مکان‌ها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Offline map</source>
        <translation>نقشه‌ی آفلاین</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>MBTiles maps (*.mbtiles)</source>
        <translation>نقشه‌های MBTiles (*.mbtiles)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No town is saved on this computer.</source>
        <translation>هیچ شهری روی این رایانه ذخیره نشده است.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not delete</source>
        <translation>پاک نشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved content could not be deleted: %1</source>
        <translation>محتوای ذخیره‌شده پاک نشد: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoreGuard</name>
    <message>
        <location filename="../app/desktop/common/storeguard.cpp" line="+33"/>
        <source>The saved content could not be read: %1</source>
        <translation>محتوای ذخیره‌شده خوانده نشد: %1</translation>
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
        <translation>پوشه‌ی %1 ساخته نمی‌شود</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved content cannot be opened: %1 (%2)</source>
        <translation>محتوای ذخیره‌شده باز نمی‌شود: %1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The damaged file could not be moved aside: %1</source>
        <translation>فایل آسیب‌دیده کنار گذاشته نشد: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The saved content cannot be opened: %1</source>
        <translation>محتوای ذخیره‌شده باز نمی‌شود: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Downloading %1 again …</source>
        <translation>دانلود دوباره‌ی %1 …</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncController</name>
    <message>
        <location filename="../app/desktop/sync/synccontroller.cpp" line="+48"/>
        <source>Offline mode: no network is used.</source>
        <translation>حالت آفلاین: از شبکه استفاده نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncPage</name>
    <message>
        <location filename="../app/desktop/firstrun/syncpage.cpp" line="+55"/>
        <source>Downloading the local information</source>
        <translation>در حال دانلود اطلاعات محلی</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download progress</source>
        <translation>پیشرفت دانلود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download status</source>
        <translation>وضعیت دانلود</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 – this takes a moment. You can cancel at any time; what is already on this computer stays as it was.</source>
        <translation>%1 – این کمی طول می‌کشد. هر زمان می‌توانید لغو کنید؛ آنچه روی این رایانه هست، همان‌طور که بود می‌ماند.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Connecting…</source>
        <translation>در حال اتصال…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 of %2 – %3: %4</source>
        <translation>%1 از %2 – %3: %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Downloading images and documents: %1 of %2</source>
        <translation>در حال دانلود تصاویر و اسناد: %1 از %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No answer for this language.</source>
        <translation>برای این زبان پاسخی نیامد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing could be downloaded.</source>
        <translation>هیچ چیزی دانلود نشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some languages could not be downloaded. You can retry them or continue with what is there.</source>
        <translation>برخی زبان‌ها دانلود نشدند. می‌توانید دوباره تلاش کنید یا با آنچه هست ادامه دهید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done.</source>
        <translation>انجام شد.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncPresenter</name>
    <message>
        <location filename="../app/desktop/mainwindow/syncpresenter.cpp" line="+46"/>
        <source>This is a demo town with example content: there is nothing to update. Choose your own town with “Change” to get its content.</source>
        <translation>این یک شهر نمونه با محتوای نمونه است: چیزی برای به‌روزرسانی نیست. برای گرفتن محتوای شهر خودتان، آن را با «تغییر» انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An update is running. Please try again when it is done.</source>
        <translation>یک به‌روزرسانی در جریان است. لطفاً پس از پایان آن دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Updating…</source>
        <translation>در حال به‌روزرسانی…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 از %4)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The language could not be downloaded: %1</source>
        <translation>زبان دانلود نشد: %1</translation>
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
        <translation>وضعیت به‌روزرسانی</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>%n دقیقه پیش به‌روز شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>%n ساعت پیش به‌روز شد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+102"/>
        <source>Updating…</source>
        <translation>در حال به‌روزرسانی…</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+106"/>
        <source>Update failed</source>
        <translation>به‌روزرسانی ناموفق بود</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Updated yesterday</source>
        <translation>دیروز به‌روز شد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not updated yet</source>
        <translation>هنوز به‌روز نشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>Example content</source>
        <translation>محتوای نمونه</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+103"/>
        <source>Updating elsewhere</source>
        <translation>در حال به‌روزرسانی در جای دیگر</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+121"/>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+121"/>
        <source>Sync now</source>
        <translation>اکنون به‌روز کن</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Another update is running.</source>
        <translation>به‌روزرسانی دیگری در حال اجراست.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Another program is updating the content on this computer. Try Sync now again when it is done.</source>
        <translation>برنامه‌ی دیگری در حال به‌روزرسانی محتوا روی این رایانه است. وقتی تمام شد، دوباره «اکنون به‌روز کن» را امتحان کنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a demo town with example content. It is not updated from a server; choose your town to get its real content.</source>
        <translation>این یک شهر نمونه با محتوای نمونه است. از سرور به‌روز نمی‌شود؛ برای گرفتن محتوای واقعی، شهر خود را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo</source>
        <translation>نمونه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop the update; the saved content stays as it is</source>
        <translation>توقف به‌روزرسانی؛ محتوای ذخیره‌شده همان‌طور که هست می‌ماند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the latest content (F5)</source>
        <translation>دانلود تازه‌ترین محتوا (F5)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncWorker</name>
    <message>
        <location filename="../app/desktop/sync/syncworker.cpp" line="+44"/>
        <source>Could not create the data folder %1.</source>
        <translation>پوشه‌ی داده‌ی %1 ساخته نشد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not open the local store: %1</source>
        <translation>حافظه‌ی محلی باز نشد: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
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
        <translation>هنوز صفحه‌کلید روی صفحه برای این زبان وجود ندارد: با حروف لاتین بنویسید.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Shift</source>
        <translation>کلید Shift</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other letters: %1</source>
        <translation>حروف دیگر: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Space</source>
        <translation>فاصله</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide the keyboard</source>
        <translation>پنهان کردن صفحه‌کلید</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackOutbox</name>
    <message>
        <location filename="../core/feedback/feedbackoutbox.cpp" line="+33"/>
        <source>Sending your feedback…</source>
        <translation>در حال ارسال بازخورد شما…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your feedback will be sent when this computer is online.</source>
        <translation>بازخورد شما وقتی این رایانه به اینترنت وصل شود، ارسال می‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your feedback will be sent when this computer is online, if the app stays open: on a shared computer it is not saved.</source>
        <translation>بازخورد شما وقتی این رایانه به اینترنت وصل شود ارسال می‌شود، اگر برنامه باز بماند: روی رایانه‌ی مشترک ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your feedback could not be sent.</source>
        <translation>بازخورد شما ارسال نشد.</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackResult</name>
    <message>
        <location filename="../core/feedback/feedbacksender.cpp" line="+24"/>
        <source>Thank you! Your feedback was sent to the town&apos;s editors.</source>
        <translation>سپاسگزاریم! بازخورد شما برای ویراستاران شهر فرستاده شد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline: your feedback was not sent.</source>
        <translation>شما آفلاین هستید: بازخورد شما ارسال نشد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Integreat server has a problem (error %1): your feedback was not sent.</source>
        <translation>سرور Integreat مشکلی دارد (خطای %1): بازخورد شما ارسال نشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too much feedback was sent from here in a short time: your feedback was not sent yet.</source>
        <translation>در زمانی کوتاه بازخورد زیادی از اینجا فرستاده شده است: بازخورد شما هنوز ارسال نشده است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Integreat server did not accept this feedback (error %1).</source>
        <translation>سرور Integreat این بازخورد را نپذیرفت (خطای %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Integreat server did not accept this feedback (error %1): %2</source>
        <translation>سرور Integreat این بازخورد را نپذیرفت (خطای %1): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your feedback could not be sent: %1</source>
        <translation>بازخورد شما ارسال نشد: %1</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackSender</name>
    <message>
        <location line="+16"/>
        <source>a thumb or a comment is needed</source>
        <translation>انتخاب «بله» یا «نه» یا نوشتن نظر لازم است</translation>
    </message>
</context>
<context>
    <name>integreat::geo</name>
    <message>
        <location filename="../core/geo/tileimport.cpp" line="+23"/>
        <source>%1 is not a region code.</source>
        <translation>%1 شناسه‌ی منطقه نیست.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the folder for offline maps in %1.</source>
        <translation>پوشه‌ی نقشه‌های آفلاین در %1 ساخته نمی‌شود.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot copy %1 into the data folder.</source>
        <translation>%1 در پوشه‌ی داده‌ها کپی نمی‌شود.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot replace the offline map %1.</source>
        <translation>نقشه‌ی آفلاین %1 جایگزین نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>integreat::geo::MbtilesSource</name>
    <message>
        <location filename="../core/geo/mbtilessource.cpp" line="+55"/>
        <source>The map file %1 does not exist.</source>
        <translation>فایل نقشه‌ی %1 وجود ندارد.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not an MBTiles map file (not an SQLite database).</source>
        <translation>%1 فایل نقشه‌ی MBTiles نیست (پایگاه داده‌ی SQLite نیست).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an MBTiles map file (it has no tiles or metadata table).</source>
        <translation>%1 فایل نقشه‌ی MBTiles نیست (جدول tiles یا metadata ندارد).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not an MBTiles map file (its tiles table lacks the MBTiles columns).</source>
        <translation>%1 فایل نقشه‌ی MBTiles نیست (جدول tiles آن ستون‌های MBTiles را ندارد).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds vector tiles (pbf); only raster maps (PNG, JPEG) can be shown.</source>
        <translation>%1 شامل کاشی‌های برداری (pbf) است؛ فقط نقشه‌های رستری (PNG، JPEG) نمایش داده می‌شوند.</translation>
    </message>
</context>
<context>
    <name>integreat::geo::OnlineTileSource</name>
    <message>
        <location filename="../core/geo/onlinetilesource.cpp" line="+182"/>
        <source>The tile server gave an unexpected answer (HTTP %1).</source>
        <translation>سرور کاشی پاسخ غیرمنتظره‌ای داد (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>integreat::kiosk::KioskConfig</name>
    <message>
        <location filename="../core/kiosk/kioskconfig.cpp" line="+18"/>
        <source>“%1” is not a region slug (like augsburg).</source>
        <translation>«%1» شناسه‌ی منطقه نیست (مانند augsburg).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a language code (like de or ar).</source>
        <translation>«%1» کد زبان نیست (مانند de یا ar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The start language %1 is not among the languages %2.</source>
        <translation>زبان آغازین %1 در میان زبان‌های %2 نیست.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The idle time must be from %1 to %2 seconds.</source>
        <translation>زمان بی‌کاری باید از %1 تا %2 ثانیه باشد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The countdown must be from 1 to %1 seconds.</source>
        <translation>شمارش معکوس باید از ۱ تا %1 ثانیه باشد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one section must be shown.</source>
        <translation>دست‌کم یک بخش باید نشان داده شود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown section “%1” (known: %2).</source>
        <translation>بخش ناشناخته «%1» (بخش‌های شناخته‌شده: %2).</translation>
    </message>
</context>
<context>
    <name>integreat::kiosk::KioskConfigFile</name>
    <message>
        <location filename="../core/kiosk/kioskconfigfile.cpp" line="+77"/>
        <source>line %1: expected “key = value”</source>
        <translation>سطر %1: قالب «key = value» انتظار می‌رفت</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>line %1: unknown setting “%2”</source>
        <translation>سطر %1: تنظیم ناشناخته «%2»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: “%2” is not a valid value for %3</source>
        <translation>سطر %1: «%2» مقدار معتبری برای %3 نیست</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no [kiosk] section</source>
        <translation>بخش [kiosk] وجود ندارد</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The kiosk configuration %1 does not exist; the kiosk runs locked with default settings and no PIN (run integreat-cli kiosk setup).</source>
        <translation>پیکربندی کیوسک %1 وجود ندارد؛ کیوسک با تنظیمات پیش‌فرض و بدون کد PIN، قفل‌شده اجرا می‌شود (integreat-cli kiosk setup را اجرا کنید).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The kiosk configuration %1 cannot be read (%2); the kiosk runs locked with default settings and no PIN.</source>
        <translation>پیکربندی کیوسک %1 خوانده نمی‌شود (%2)؛ کیوسک با تنظیمات پیش‌فرض و بدون کد PIN، قفل‌شده اجرا می‌شود.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The kiosk configuration %1 is broken (%2); the kiosk runs locked with default settings and no PIN.</source>
        <translation>پیکربندی کیوسک %1 خراب است (%2)؛ کیوسک با تنظیمات پیش‌فرض و بدون کد PIN، قفل‌شده اجرا می‌شود.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the folder of %1.</source>
        <translation>پوشه‌ی فایل %1 ساخته نمی‌شود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 نوشته نمی‌شود: %2</translation>
    </message>
</context>
<context>
    <name>integreat::net::Fetcher</name>
    <message numerus="yes">
        <location filename="../core/net/fetcher.cpp" line="+63"/>
        <source>The server is busy and asks to try again in %n minute(s).</source>
        <translation>
            <numerusform>سرور شلوغ است و می‌خواهد %n دقیقه‌ی دیگر دوباره تلاش کنید.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
</context>
<context>
    <name>integreat::net::Proxy</name>
    <message>
        <location filename="../core/net/proxy.cpp" line="+41"/>
        <source>The proxy “%1” is not usable: give http://HOST:PORT, socks5://HOST:PORT or none.</source>
        <translation>پروکسی «%1» قابل استفاده نیست: http://HOST:PORT، socks5://HOST:PORT یا none را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>integreat::net::Transfer</name>
    <message>
        <location filename="../core/net/transfer.cpp" line="+79"/>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+27"/>
        <source>The download is larger than %1 MB; it was stopped.</source>
        <translation>حجم دانلود بیشتر از %1 مگابایت است؛ دانلود متوقف شد.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server sent the request on to %1, which is not allowed.</source>
        <translation>سرور درخواست را به %1 فرستاد، که مجاز نیست.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <location line="+111"/>
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>سرور در %n ثانیه پاسخ نداد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-99"/>
        <source>The server sent only %1 bytes in %n second(s), less than %2 bytes a second; the download was stopped.</source>
        <translation>
            <numerusform>سرور در %n ثانیه فقط %1 بایت فرستاد، کمتر از %2 بایت در ثانیه؛ دانلود متوقف شد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not found on the server (HTTP 404).</source>
        <translation>روی سرور پیدا نشد (HTTP 404).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>سرور با خطا پاسخ داد (HTTP %1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+20"/>
        <source>The connection was closed before the download was complete.</source>
        <translation>اتصال پیش از کامل شدن دانلود بسته شد.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The server sent compressed data that cannot be unpacked safely (damaged, or far larger unpacked than sent); the download was stopped.</source>
        <translation>سرور داده‌ی فشرده‌ای فرستاد که نمی‌توان آن را با اطمینان باز کرد (آسیب‌دیده است، یا پس از باز شدن بسیار بزرگ‌تر از حجم فرستاده‌شده است)؛ دانلود متوقف شد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server %1 was not found; check the address and the internet connection.</source>
        <translation>سرور %1 پیدا نشد؛ نشانی و اتصال اینترنت را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 refused the connection.</source>
        <translation>سرور %1 اتصال را رد کرد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure connection to %1 could not be established: %2</source>
        <translation>اتصال امن به %1 برقرار نشد: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy could not be reached: %1</source>
        <translation>دسترسی به پروکسی ممکن نشد: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy asks for a user name and password.</source>
        <translation>پروکسی نام کاربری و گذرواژه می‌خواهد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request on too many times.</source>
        <translation>سرور درخواست را دفعات زیادی به جای دیگر فرستاد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request on from https to http, which is not allowed.</source>
        <translation>سرور درخواست را از https به http فرستاد، که مجاز نیست.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no network connection.</source>
        <translation>اتصال شبکه وجود ندارد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network error (code %1).</source>
        <translation>خطای شبکه (کد %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error: %1</source>
        <translation>خطای شبکه: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack</name>
    <message>
        <location filename="../core/pack/packexporter.cpp" line="+51"/>
        <source>Could not read %1: %2</source>
        <translation>%1 خوانده نشد: %2</translation>
    </message>
    <message>
        <location filename="../core/pack/packinstaller.cpp" line="+41"/>
        <source>Could not write %1.</source>
        <translation>%1 نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../core/pack/packmanifest.cpp" line="+92"/>
        <location filename="../core/pack/packreader.cpp" line="+46"/>
        <source>This is not an Integreat content pack (its manifest is missing or damaged).</source>
        <translation>این یک بسته‌ی محتوای Integreat نیست (فهرست محتویات آن وجود ندارد یا آسیب دیده است).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This content pack was made by a newer version of Integreat (pack format %1; this version reads up to %2). Update Integreat to import it.</source>
        <translation>این بسته‌ی محتوا با نسخه‌ی تازه‌تری از Integreat ساخته شده است (قالب بسته %1؛ این نسخه تا %2 را می‌خواند). برای وارد کردن آن، Integreat را به‌روزرسانی کنید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack&apos;s manifest is incomplete or damaged (%1).</source>
        <translation>فهرست محتویات بسته ناقص است یا آسیب دیده است (%1).</translation>
    </message>
    <message>
        <location filename="../core/pack/tarwriter.cpp" line="+53"/>
        <source>Cannot store “%1” in a pack.</source>
        <translation>“%1” را نمی‌توان در بسته ذخیره کرد.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 changed while it was read.</source>
        <translation>%1 هنگام خواندن تغییر کرد.</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackExporter</name>
    <message>
        <location filename="../core/pack/packexporter.cpp" line="+49"/>
        <source>The region %1 is not in the local store; sync it first.</source>
        <translation>منطقه‌ی %1 در حافظه‌ی محلی نیست؛ اول آن را همگام‌سازی کنید.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has not been synced in %2 yet; sync it first.</source>
        <translation>زبان %1 هنوز در %2 همگام‌سازی نشده است؛ اول آن را همگام‌سازی کنید.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+11"/>
        <source>Could not write %1: %2</source>
        <translation>%1 نوشته نشد: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the local store: %1</source>
        <translation>حافظه‌ی محلی خوانده نمی‌شود: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackInstaller</name>
    <message>
        <location filename="../core/pack/packinstaller.cpp" line="+37"/>
        <source>Could not open %1: %2</source>
        <translation>%1 باز نشد: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not unpack the pack into %1: %2</source>
        <translation>بسته در %1 باز نشد: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pack is damaged: its offline map cannot be read (%1).</source>
        <translation>بسته آسیب دیده است: نقشه‌ی آفلاین آن خوانده نمی‌شود (%1).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not save the content pack: %1</source>
        <translation>بسته‌ی محتوا ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackReader</name>
    <message>
        <location filename="../core/pack/packreader.cpp" line="+57"/>
        <source>The pack is damaged: it holds %1, which its manifest does not list.</source>
        <translation>بسته آسیب دیده است: %1 در آن هست، اما در فهرست محتویات آن نیامده است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pack is damaged: %1 does not have the size its manifest gives.</source>
        <translation>بسته آسیب دیده است: اندازه‌ی %1 با اندازه‌ای که در فهرست محتویات آمده مطابقت ندارد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pack is damaged: %1 is too large.</source>
        <translation>بسته آسیب دیده است: %1 خیلی بزرگ است.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>Could not unpack the pack into %1: %2</source>
        <translation>بسته در %1 باز نشد: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack is damaged: %1 does not match its checksum.</source>
        <translation>بسته آسیب دیده است: %1 با مجموع کنترلی خود مطابقت ندارد.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The pack is incomplete: %1 is missing.</source>
        <translation>بسته ناقص است: %1 وجود ندارد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pack is damaged: %1 is not valid (%2).</source>
        <translation>بسته آسیب دیده است: %1 معتبر نیست (%2).</translation>
    </message>
</context>
<context>
    <name>integreat::pack::TarReader</name>
    <message>
        <location filename="../core/pack/tarreader.cpp" line="+86"/>
        <location line="+38"/>
        <location line="+10"/>
        <source>The pack ends early (it was cut short while copying?).</source>
        <translation>بسته زودتر از موعد تمام می‌شود (شاید هنگام کپی نیمه‌کاره مانده است؟).</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The pack is damaged: an empty block inside it.</source>
        <translation>بسته آسیب دیده است: یک بلوک خالی در آن هست.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pack is damaged: a part&apos;s header is not valid.</source>
        <translation>بسته آسیب دیده است: سرآیند یکی از بخش‌ها معتبر نیست.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pack is damaged: it holds something other than files.</source>
        <translation>بسته آسیب دیده است: چیزی غیر از فایل در آن هست.</translation>
    </message>
</context>
<context>
    <name>integreat::print::Handout</name>
    <message>
        <location filename="../app/desktop/print/handout.cpp" line="+79"/>
        <source>Printed on %1</source>
        <translation>تاریخ چاپ: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last updated on %1</source>
        <translation>آخرین به‌روزرسانی در %1</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Page %1 of %2</source>
        <translation>صفحه‌ی %1 از %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot write %1: the file could not be created</source>
        <translation>%1 نوشته نمی‌شود: فایل ساخته نشد</translation>
    </message>
</context>
<context>
    <name>integreat::print::HandoutHtml</name>
    <message>
        <location filename="../app/desktop/print/handouthtml.cpp" line="+112"/>
        <location line="+6"/>
        <source>Closed</source>
        <translation>بسته</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open all day</source>
        <translation>تمام روز باز است</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only with an appointment</source>
        <translation>فقط با وقت قبلی</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact</source>
        <translation>تماس</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>موقتاً بسته است</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>ساعت‌های کاری</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appointments</source>
        <translation>وقت گرفتن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About</source>
        <translation>درباره</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>محل</translation>
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
        <translation>%1 در حافظه‌ی محلی برای %2 (%3) نیست.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This item does not exist in “%1”. It exists in: %2.</source>
        <translation>این مورد به زبان «%1» وجود ندارد. به این زبان‌ها هست: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other language</source>
        <translation>هیچ زبان دیگری</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The “%1” version of this item is not stored; sync that language first.</source>
        <translation>نسخه‌ی «%1» این مورد ذخیره نشده است؛ اول آن زبان را همگام‌سازی کنید.</translation>
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
        <translation>ذخیره به‌صورت PDF…</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Print next week&apos;s events…</source>
        <translation>چاپ رویدادهای هفته‌ی آینده…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save next week&apos;s events as PDF…</source>
        <translation>ذخیره‌ی رویدادهای هفته‌ی آینده به‌صورت PDF…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Print this week&apos;s events…</source>
        <translation>چاپ رویدادهای این هفته…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this week&apos;s events as PDF…</source>
        <translation>ذخیره‌ی رویدادهای این هفته به‌صورت PDF…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the local store: %1</source>
        <translation>حافظه‌ی محلی خوانده نمی‌شود: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot print</source>
        <translation>چاپ ممکن نیست</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The printer could not be used.</source>
        <translation>چاپگر قابل استفاده نبود.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as PDF</source>
        <translation>ذخیره به‌صورت PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>اسناد PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>integreat::print::WeekHtml</name>
    <message>
        <location filename="../app/desktop/print/weekhtml.cpp" line="+39"/>
        <source>Events of the week</source>
        <translation>رویدادهای هفته</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No events on this day.</source>
        <translation>در این روز رویدادی نیست.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This event is not translated.</source>
        <translation>این رویداد ترجمه نشده است.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All day</source>
        <translation>تمام روز</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>irregular dates: check with the organizer</source>
        <translation>تاریخ‌های نامنظم: از برگزارکننده بپرسید</translation>
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
        <translation>هیچ رویدادی از %1 به زبان «%2» ذخیره نشده است: چیزی برای چاپ نیست.</translation>
    </message>
</context>
<context>
    <name>integreat::session::SessionWiper</name>
    <message>
        <location filename="../app/desktop/session/sessionwiper.cpp" line="+46"/>
        <source>The file dialogs&apos; history could not be cleared (%1).</source>
        <translation>تاریخچه‌ی پنجره‌های انتخاب فایل پاک نشد (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not delete %1.</source>
        <translation>%1 حذف نشد.</translation>
    </message>
</context>
<context>
    <name>integreat::speech::QtSpeechEngine</name>
    <message>
        <location filename="../app/desktop/speech/qtspeechengine.cpp" line="+27"/>
        <source>The speech service failed.</source>
        <translation>سرویس گفتار کار نکرد.</translation>
    </message>
</context>
<context>
    <name>integreat::speech::ReadAloud</name>
    <message>
        <location filename="../app/desktop/speech/readaloud.cpp" line="+43"/>
        <source>No voice for %1 on this computer</source>
        <translation>روی این رایانه صدایی برای %1 نیست</translation>
    </message>
</context>
<context>
    <name>integreat::speech::ReadAloudBar</name>
    <message>
        <location filename="../app/desktop/speech/readaloudbar.cpp" line="+21"/>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>سرعت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slow</source>
        <translation>آهسته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal speed</source>
        <translation>سرعت عادی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast</source>
        <translation>تند</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pause</source>
        <translation>مکث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read aloud</source>
        <translation>خواندن با صدای بلند</translation>
    </message>
</context>
<context>
    <name>integreat::store::StoreRescue</name>
    <message>
        <location filename="../core/store/storerescue.cpp" line="+36"/>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 یک پوشه است، نه فایل پایگاه داده</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the integrity check found: %1</source>
        <translation>بررسی درستی داده‌ها این را یافت: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not move %1 to %2.</source>
        <translation>%1 به %2 منتقل نشد.</translation>
    </message>
</context>
<context>
    <name>integreat::sync::LanguageFetcher</name>
    <message>
        <location filename="../core/sync/languagefetcher.cpp" line="+89"/>
        <source>region list</source>
        <translation>فهرست مناطق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pages</source>
        <translation>صفحه‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>events</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>places</source>
        <translation>مکان‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>place categories</source>
        <translation>دسته‌های مکان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imprint</source>
        <translation>شناسنامه‌ی حقوقی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>news</source>
        <translation>اخبار</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+22"/>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+115"/>
        <source>Could not download the %1: %2</source>
        <translation>%1 دانلود نشد: %2</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>The server sent damaged data for the %1 (%2 at byte %3).</source>
        <translation>سرور داده‌های آسیب‌دیده برای %1 فرستاد (%2 در بایت %3).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>news: not offered by the server; the stored news are kept</source>
        <translation>اخبار: سرور ارائه نمی‌کند؛ اخبار ذخیره‌شده می‌مانند</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <location line="+52"/>
        <location line="+60"/>
        <source>The %1 could not be read: %2</source>
        <translation>%1 خوانده نشد: %2</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The language “%1” is not available in this region (HTTP 404).</source>
        <translation>زبان «%1» در این منطقه موجود نیست (HTTP 404).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found on the server (HTTP 404).</source>
        <translation>روی سرور پیدا نشد (HTTP 404).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>imprint: not offered by the server</source>
        <translation>شناسنامه‌ی حقوقی: سرور ارائه نمی‌کند</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ListCheck</name>
    <message>
        <location filename="../core/sync/listcheck.cpp" line="+29"/>
        <source>The server sent %1 items for the %2, more than the %3 this app accepts; the stored %2 are kept.</source>
        <translation>سرور %1 مورد برای %2 فرستاد، بیشتر از %3 موردی که این برنامه می‌پذیرد؛ موارد ذخیره‌شده‌ی %2 نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No item of the %1 could be read (%2 received; first problem: %3); the stored %1 are kept.</source>
        <translation>هیچ موردی از %1 خوانده نشد (%2 مورد دریافت شد؛ نخستین مشکل: %3)؛ موارد ذخیره‌شده‌ی %1 نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of the %2 items of the %3 could not be read (%4); the stored %3 are kept.</source>
        <translation>%1 مورد از %2 مورد %3 خوانده نشد (%4)؛ موارد ذخیره‌شده‌ی %3 نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Item %1 of the %2 holds %3 characters of text, more than the %4 this app accepts; the stored %2 are kept.</source>
        <translation>مورد %1 از %2، %3 نویسه متن دارد، بیشتر از %4 نویسه‌ای که این برنامه می‌پذیرد؛ موارد ذخیره‌شده‌ی %2 نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server&apos;s list of pages for “%1” would remove %2 of the %3 stored pages; the stored pages are kept. Confirm the removal to apply it.</source>
        <translation>فهرست صفحه‌های سرور برای «%1»، %2 صفحه از %3 صفحه‌ی ذخیره‌شده را حذف می‌کرد؛ صفحه‌های ذخیره‌شده نگه داشته می‌شوند. برای اعمال حذف، آن را تأیید کنید.</translation>
    </message>
</context>
<context>
    <name>integreat::sync::NewsWatcher</name>
    <message>
        <location filename="../core/sync/newswatcher.cpp" line="+38"/>
        <source>The news list could not be read: %1</source>
        <translation>فهرست اخبار خوانده نشد: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::PackImporter</name>
    <message>
        <location filename="../core/sync/packimporter.cpp" line="+43"/>
        <source>The content pack is incomplete: %1 is missing.</source>
        <translation>بسته‌ی محتوا ناقص است: %1 وجود ندارد.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>The content pack is damaged: %1 (%2).</source>
        <translation>بسته‌ی محتوا آسیب دیده است: %1 (%2).</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The content pack names no region it contains.</source>
        <translation>بسته‌ی محتوا نام هیچ منطقه‌ای را ندارد.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The content pack has none of the languages %1.</source>
        <translation>بسته‌ی محتوا هیچ‌یک از زبان‌های %1 را ندارد.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not create the folder %1.</source>
        <translation>پوشه‌ی %1 ساخته نشد.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not write %1: %2</source>
        <translation>%1 نوشته نشد: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save the content pack: %1</source>
        <translation>بسته‌ی محتوا ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::PageTree</name>
    <message>
        <location filename="../core/sync/pagetree.cpp" line="+33"/>
        <source>page %1: its parent %2 is not in the list; shown at the top level</source>
        <translation>صفحه‌ی %1: صفحه‌ی بالادستی آن (%2) در فهرست نیست؛ در بالاترین سطح نشان داده می‌شود</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>page %1: its parents lead back to itself; shown at the top level</source>
        <translation>صفحه‌ی %1: صفحه‌های بالادستی‌اش دوباره به خودش می‌رسند؛ در بالاترین سطح نشان داده می‌شود</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ResourceDownloader</name>
    <message>
        <location filename="../core/sync/resourcedownloader.cpp" line="+127"/>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The server is busy (HTTP %1); the other files will be tried on the next sync.</source>
        <translation>سرور شلوغ است (HTTP %1)؛ فایل‌های دیگر در همگام‌سازی بعدی امتحان می‌شوند.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Stopped after %n failed downloads in a row; the other files will be tried on the next sync.</source>
        <translation>
            <numerusform>پس از %n دانلود ناموفق پیاپی متوقف شد؛ فایل‌های دیگر در همگام‌سازی بعدی امتحان می‌شوند.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The server sent a web page instead of the file.</source>
        <translation>سرور به جای فایل یک صفحه‌ی وب فرستاد.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Could not write the file: %1</source>
        <translation>فایل نوشته نشد: %1</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>The server gave an unexpected answer (HTTP %1).</source>
        <translation>سرور پاسخ غیرمنتظره‌ای داد (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ResourceSync</name>
    <message>
        <location filename="../core/sync/resourcesync.cpp" line="+51"/>
        <source>Cannot create the folder for images and documents: %1</source>
        <translation>پوشه‌ی تصاویر و اسناد ساخته نمی‌شود: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not update the list of images and documents: %1</source>
        <translation>فهرست تصاویر و اسناد به‌روز نشد: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+158"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… و %n مورد دیگر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::sync::SyncEngine</name>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="+37"/>
        <source>loading the list of regions</source>
        <translation>بارگیری فهرست مناطق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saving</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>downloading %1</source>
        <translation>دانلود %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not load the list of regions from %1: %2</source>
        <translation>فهرست مناطق از %1 بارگیری نشد: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sent a damaged list of regions (%1 at byte %2).</source>
        <translation>سرور فهرست مناطقِ آسیب‌دیده‌ای فرستاد (%1 در بایت %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of regions could not be read: %1</source>
        <translation>فهرست مناطق خوانده نشد: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>Could not save the list of regions: %1</source>
        <translation>فهرست مناطق ذخیره نشد: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Could not load the languages of %1: %2</source>
        <translation>زبان‌های %1 بارگیری نشدند: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server lists no languages for %1.</source>
        <translation>سرور هیچ زبانی برای %1 فهرست نمی‌کند.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no region “%1” on the server.</source>
        <translation>منطقه‌ای به نام «%1» روی سرور نیست.</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+15"/>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>%1 offers no language “%2” (it offers: %3).</source>
        <translation>%1 زبان «%2» را ارائه نمی‌کند (زبان‌های موجود: %3).</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Could not read the stored pages: %1</source>
        <translation>صفحه‌های ذخیره‌شده خوانده نشدند: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not save the content: %1</source>
        <translation>محتوا ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::SyncLock</name>
    <message>
        <location filename="../core/sync/synclock.cpp" line="+68"/>
        <source>A sync is already running (pid %1).</source>
        <translation>یک همگام‌سازی از قبل در حال اجراست (pid %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync is already running.</source>
        <translation>یک همگام‌سازی از قبل در حال اجراست.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the lock file %1: permission denied.</source>
        <translation>فایل قفل %1 ساخته نمی‌شود: اجازه‌ی دسترسی وجود ندارد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the lock file %1 (is the disk full?).</source>
        <translation>فایل قفل %1 ساخته نمی‌شود (آیا دیسک پر است؟).</translation>
    </message>
</context>
<context>
    <name>integreat::sync::WriteFailure</name>
    <message>
        <location filename="../core/sync/writefailure.cpp" line="+26"/>
        <location line="+15"/>
        <source>the disk is full (%1)</source>
        <translation>دیسک پر است (%1)</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>no permission to write in %1</source>
        <translation>اجازه‌ی نوشتن در %1 وجود ندارد</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+8"/>
        <source>%1 is on a read-only file system</source>
        <translation>%1 روی یک سیستم فایل فقط‌خواندنی است</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file system refused to write %1</source>
        <translation>سیستم فایل اجازه‌ی نوشتن %1 را نداد</translation>
    </message>
</context>
</TS>
