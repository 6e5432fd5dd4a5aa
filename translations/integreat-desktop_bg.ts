<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg">
<context>
    <name>integreat::chat::ChatClient</name>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="+93"/>
        <source>The chat server answered with an error (HTTP %1).</source>
        <translation>Сървърът на чата отговори с грешка (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/chat/chatthread.cpp" line="+18"/>
        <source>The chat server sent an answer that is not a chat.</source>
        <translation>Сървърът на чата изпрати отговор, който не е чат.</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ChatSession</name>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="+94"/>
        <source>Too many messages. Please try again in a moment.</source>
        <translation>Твърде много съобщения. Опитайте отново след малко.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chat is not available in this town.</source>
        <translation>Чатът не е достъпен в този град.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No connection to the chat. It will be updated when you are online.</source>
        <translation>Няма връзка с чата. Той ще се обнови, когато сте онлайн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection to the chat. Your message was not sent; it is kept so you can send it again.</source>
        <translation>Няма връзка с чата. Съобщението ви не е изпратено; запазено е, за да можете да го изпратите отново.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat could not be loaded: %1</source>
        <translation>Чатът не можа да се зареди: %1</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ContactMessage</name>
    <message>
        <location filename="../core/chat/contactmessage.cpp" line="+21"/>
        <source>Please enter your e-mail address: the answer is sent there.</source>
        <translation>Моля, въведете своя имейл адрес: отговорът ще бъде изпратен там.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not an e-mail address. Please check it (like name@example.org).</source>
        <translation>„%1“ не е имейл адрес. Моля, проверете го (например name@example.org).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please write your message.</source>
        <translation>Моля, напишете съобщението си.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message is too long: at most %1 characters, it has %2.</source>
        <translation>Съобщението ви е твърде дълго: най-много %1 знака, а то има %2.</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ZammadForm</name>
    <message>
        <location filename="../core/chat/zammadform.cpp" line="+14"/>
        <source>Your message was sent. The answer comes to your e-mail address.</source>
        <translation>Съобщението ви е изпратено. Отговорът ще дойде на вашия имейл адрес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline: your message was not sent. Please send it again when this computer is connected to the internet.</source>
        <translation>Вие сте офлайн: съобщението ви не е изпратено. Моля, изпратете го отново, когато този компютър е свързан с интернет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The town&apos;s contact server has a problem (error %1): your message was not sent. Please try again later.</source>
        <translation>Сървърът за контакт на града има проблем (грешка %1): съобщението ви не е изпратено. Моля, опитайте отново по-късно.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many messages were sent from here. Please wait a moment and try again.</source>
        <translation>Оттук са изпратени твърде много съобщения. Моля, изчакайте малко и опитайте отново.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This contact form is switched off at the moment: your message was not sent.</source>
        <translation>Тази форма за контакт в момента е изключена: съобщението ви не е изпратено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contact server did not accept this e-mail address. Please check it.</source>
        <translation>Сървърът за контакт не прие този имейл адрес. Моля, проверете го.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your message could not be sent: %1</source>
        <translation>Съобщението ви не можа да бъде изпратено: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the form has no web address to send to</source>
        <translation>формата няма уеб адрес, към който да изпраща</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the contact server refused it (error %1)</source>
        <translation>сървърът за контакт го отказа (грешка %1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the contact server&apos;s answer could not be used</source>
        <translation>отговорът на сървъра за контакт не можа да бъде използван</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the contact server found a problem with: %1</source>
        <translation>сървърът за контакт откри проблем с: %1</translation>
    </message>
</context>
<context>
    <name>integreat::cli</name>
    <message>
        <location filename="../app/cli/clipin.cpp" line="+62"/>
        <source>New kiosk PIN (4 to 12 digits): </source>
        <translation>Нов ПИН за киоска (от 4 до 12 цифри): </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same PIN again: </source>
        <translation>Същият ПИН още веднъж: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two PINs differ; nothing was changed</source>
        <translation>двата ПИН-а се различават; нищо не е променено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no PIN was given (give it on standard input or at the prompt)</source>
        <translation>не е даден ПИН (въведете го на стандартния вход или при подканата)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a kiosk PIN has 4 to 12 digits</source>
        <translation>ПИН-ът за киоска има от 4 до 12 цифри</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdimporttiles.cpp" line="+26"/>
        <source>Import an offline map (MBTiles, raster PNG/JPEG tiles) for a region. The desktop app shows it under the places when there is no network. Use maps whose licence allows offline use; OpenStreetMap&apos;s own tile servers do not.</source>
        <translation>Импортира офлайн карта (MBTiles, растерни плочки PNG/JPEG) за регион. Настолното приложение я показва под местата, когато няма мрежа. Използвайте карти, чийто лиценз позволява офлайн употреба; собствените сървъри за плочки на OpenStreetMap не позволяват това.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmdprint.cpp" line="+33"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+93"/>
        <location filename="../app/cli/cmdshow.cpp" line="+53"/>
        <source>Region slug.</source>
        <translation>Slug на региона.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .mbtiles file.</source>
        <translation>Файлът .mbtiles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: integreat-cli import-tiles --region SLUG FILE.mbtiles</source>
        <translation>употреба: integreat-cli import-tiles --region SLUG ФАЙЛ.mbtiles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported the offline map “%1” for %2 (zoom %3–%4) into %5</source>
        <translation>Офлайн картата „%1“ за %2 (мащаб %3–%4) е импортирана в %5</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdkiosk.cpp" line="+77"/>
        <source>--%1 needs a number from %2 to %3</source>
        <translation>--%1 изисква число от %2 до %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>kiosk setup needs --region SLUG</source>
        <translation>настройката на киоска изисква --region SLUG</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wrote the kiosk configuration %1.</source>
        <translation>Конфигурацията на киоска %1 е записана.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integreat-cli: warning: no PIN is set, so nobody can open the kiosk&apos;s admin panel (set one with: integreat-cli kiosk set-pin --config %1)</source>
        <translation>integreat-cli: предупреждение: не е зададен ПИН, така че никой не може да отвори администраторския панел на киоска (задайте го с: integreat-cli kiosk set-pin --config %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(all stored)</source>
        <translation>(всички запазени)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration:     %1</source>
        <translation>Конфигурация:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk mode:        %1</source>
        <translation>Режим на киоск:    %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation>включен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>изключен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions:           %1</source>
        <translation>Региони:           %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:         %1</source>
        <translation>Езици:             %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start language:    %1</source>
        <translation>Начален език:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(first)</source>
        <translation>(първият)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle seconds:      %1</source>
        <translation>Секунди бездействие: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countdown seconds: %1</source>
        <translation>Секунди обратно броене: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections:          %1</source>
        <translation>Раздели:           %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN:               %1</source>
        <translation>ПИН:               %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set (PBKDF2-HMAC-SHA256, %1 iterations)</source>
        <translation>зададен (PBKDF2-HMAC-SHA256, %1 итерации)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>не е зададен</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no region is configured in %1 (integreat-cli kiosk setup --region SLUG)</source>
        <translation>в %1 не е конфигуриран регион (integreat-cli kiosk setup --region SLUG)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: updated less than %2 hours ago; skipped.</source>
        <translation>%1: актуализиран преди по-малко от %2 ч.; пропуснат.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Configure kiosk mode (integreat-desktop --kiosk):
  setup    write the configuration (--region, --languages, --idle-seconds, --countdown-seconds, --sections, --start-language, --pin)
  show     print it (--check: exit code only)
  set-pin  set a new PIN (standard input, or asked twice)
  sync     download the configured regions and languages (the nightly timer)
  disable  turn kiosk mode off (setup turns it on again)</source>
        <translation>Конфигуриране на режима на киоск (integreat-desktop --kiosk):
  setup    записва конфигурацията (--region, --languages, --idle-seconds, --countdown-seconds, --sections, --start-language, --pin)
  show     показва я (--check: само код на изход)
  set-pin  задава нов ПИН (стандартен вход или пита два пъти)
  sync     изтегля конфигурираните региони и езици (нощният таймер)
  disable  изключва режима на киоск (setup го включва отново)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>setup, show, set-pin, sync or disable</source>
        <translation>setup, show, set-pin, sync или disable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: integreat-cli kiosk setup|show|set-pin|sync|disable [--config FILE] (see --help)</source>
        <translation>употреба: integreat-cli kiosk setup|show|set-pin|sync|disable [--config ФАЙЛ] (вижте --help)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The kiosk PIN is set.</source>
        <translation>ПИН-ът за киоска е зададен.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kiosk mode is disabled (integreat-cli kiosk setup enables it again).</source>
        <translation>Режимът на киоск е изключен (integreat-cli kiosk setup го включва отново).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kiosk action “%1” (setup, show, set-pin, sync or disable)</source>
        <translation>непознато действие за киоска „%1“ (setup, show, set-pin, sync или disable)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdprint.cpp" line="-2"/>
        <source>Write a stored page, place or event, or this week&apos;s events, as a printable PDF handout, in one language or two side by side.</source>
        <translation>Записва запазена страница, място или събитие, или събитията от тази седмица като PDF материал за печат, на един език или на два един до друг.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmdshow.cpp" line="+1"/>
        <source>Language code.</source>
        <translation>Код на езика.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print this language in a second column.</source>
        <translation>Отпечатва този език във втора колона.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF file to write.</source>
        <translation>PDF файлът, който да се запише.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the events of the 7 days from today (or --from), instead of PATH.</source>
        <translation>Отпечатва събитията за 7 дни от днес (или от --from) вместо ПЪТ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week&apos;s first day (with --week).</source>
        <translation>Първият ден на седмицата (с --week).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmdshow.cpp" line="+2"/>
        <source>Path such as /augsburg/de/willkommen/</source>
        <translation>Път, напр. /augsburg/de/willkommen/</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: integreat-cli print --region SLUG --language CODE [--second-language CODE] (PATH | --week [--from YYYY-MM-DD]) --pdf FILE</source>
        <translation>употреба: integreat-cli print --region SLUG --language КОД [--second-language КОД] (ПЪТ | --week [--from YYYY-MM-DD]) --pdf ФАЙЛ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--from needs a date such as 2026-12-07.</source>
        <translation>--from изисква дата, напр. 2026-12-07.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder; give the name of the PDF file to write.</source>
        <translation>%1 е папка; дайте името на PDF файла, който да се запише.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+72"/>
        <location filename="../app/cli/cmdshow.cpp" line="+51"/>
        <location filename="../app/cli/cmdstatus.cpp" line="+80"/>
        <source>Cannot read the local store: %1</source>
        <translation>Локалното хранилище не може да бъде прочетено: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdregions.cpp" line="+42"/>
        <source>List the regions on the server: name, slug, languages.</source>
        <translation>Показва регионите на сървъра: име, slug, езици.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include hidden regions.</source>
        <translation>Включва скритите региони.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cmdsearch.cpp" line="-63"/>
        <location filename="../app/cli/cmdstatus.cpp" line="-14"/>
        <source>Print JSON.</source>
        <translation>Извежда JSON.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>  (hidden)</source>
        <translation>  (скрит)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdrepair.cpp" line="+31"/>
        <source>Downloading %1 (%2) again …</source>
        <translation>%1 (%2) се изтегля отново …</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmdsync.cpp" line="+252"/>
        <source>%1: FAILED: %2</source>
        <translation>%1: НЕУСПЕХ: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: %3 items</source>
        <translation>%1 %2: %3 елемента</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2: FAILED: %3</source>
        <translation>%1 %2: НЕУСПЕХ: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the local store; when it is damaged, move it aside (with -wal and -shm, under a dated name), start a fresh one and download again the regions and languages it held.</source>
        <translation>Проверява локалното хранилище; ако е повредено, го премества настрани (заедно с -wal и -shm, под име с дата), създава ново и изтегля отново регионите и езиците, които е съдържало.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only check the store; change nothing.</source>
        <translation>Само проверява хранилището; не променя нищо.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download this region again instead of those the old store held.</source>
        <translation>Изтегля отново този регион вместо тези от старото хранилище.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --region: comma-separated language codes (default: all).</source>
        <translation>С --region: кодове на езици, разделени със запетая (по подразбиране: всички).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no local store at %1 yet; nothing to repair.</source>
        <translation>Все още няма локално хранилище в %1; няма какво да се поправя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local store %1 is sound; nothing to repair.</source>
        <translation>Локалното хранилище %1 е в изправност; няма какво да се поправя.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>all languages</source>
        <translation>всички езици</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local store %1 is damaged: %2</source>
        <translation>Локалното хранилище %1 е повредено: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved region can be read from it.</source>
        <translation>От него не може да се прочете нито един запазен регион.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions it still names: %1</source>
        <translation>Региони, които все още съдържа: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the local store is damaged; run “integreat-cli repair” to move it aside and download the content again</source>
        <translation>локалното хранилище е повредено; изпълнете „integreat-cli repair“, за да го преместите настрани и да изтеглите съдържанието отново</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repair when it has finished.</source>
        <translation>Поправете го, когато приключи.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moved it aside to %1 (nothing was deleted).</source>
        <translation>Преместено настрани в %1 (нищо не е изтрито).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started a fresh store at %1.</source>
        <translation>Създадено е ново хранилище в %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved region could be read from the old file. Download one with: integreat-cli sync --region SLUG</source>
        <translation>От стария файл не можа да се прочете нито един запазен регион. Изтеглете регион с: integreat-cli sync --region SLUG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the store was repaired, but not every language could be downloaded again; run integreat-cli sync later</source>
        <translation>хранилището е поправено, но не всички езици можаха да бъдат изтеглени отново; изпълнете integreat-cli sync по-късно</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsearch.cpp" line="-64"/>
        <source>(found in %1)</source>
        <translation>(намерено в %1)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Search the stored pages, events, places and news of a region, offline. Pages with every word (at the start of a word of the title or the text; titles count double) come first, then pages where a misspelt word is corrected, another form of a word or a compound containing it matches; a question finds the pages sharing its rarer words.</source>
        <translation>Търси офлайн в запазените страници, събития, места и новини на регион. Първо се показват страниците с всяка дума (в началото на дума от заглавието или текста; заглавията се броят двойно), след това страниците, в които съвпада поправена сгрешена дума, друга форма на думата или сложна дума, която я съдържа; въпрос намира страниците с общи по-редки думи.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language code (the user&apos;s).</source>
        <translation>Код на езика (на потребителя).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search German too; a German hit is shown in the language when it is translated.</source>
        <translation>Търси и на немски; резултат на немски се показва на съответния език, ако е преведен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every stored language.</source>
        <translation>Търси във всички запазени езици.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N results (1-75, default 75).</source>
        <translation>Най-много N резултата (1-75, по подразбиране 75).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read one query per line; print HITS&lt;TAB&gt;MILLISECONDS&lt;TAB&gt;QUERY each.</source>
        <translation>Чете по една заявка на ред; за всяка извежда РЕЗУЛТАТИ&lt;TAB&gt;МИЛИСЕКУНДИ&lt;TAB&gt;ЗАЯВКА.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words to search for.</source>
        <translation>Думи за търсене.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: integreat-cli search --region SLUG --language CODE [--also-german | --all-languages] [--limit N] [--json] QUERY… (or --stdin)</source>
        <translation>употреба: integreat-cli search --region SLUG --language КОД [--also-german | --all-languages] [--limit N] [--json] ЗАЯВКА… (или --stdin)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--also-german and --all-languages exclude each other</source>
        <translation>--also-german и --all-languages се изключват взаимно</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--limit needs a number from 1 to %1</source>
        <translation>--limit изисква число от 1 до %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing of %1 (%2) is in the local store. Sync it first: integreat-cli sync --region %1 --languages %2</source>
        <translation>В локалното хранилище няма нищо от %1 (%2). Първо синхронизирайте: integreat-cli sync --region %1 --languages %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No results for “%1”.</source>
        <translation>Няма резултати за „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results for “%1”:</source>
        <translation>Резултати за „%1“:</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdshow.cpp" line="-55"/>
        <source>Print the title and text of a stored page, event or place.</source>
        <translation>Извежда заглавието и текста на запазена страница, събитие или място.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: integreat-cli show --region SLUG --language CODE PATH</source>
        <translation>употреба: integreat-cli show --region SLUG --language КОД ПЪТ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last updated: %1</source>
        <translation>Последна актуализация: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization: %1</source>
        <translation>Организация: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When: %1</source>
        <translation>Кога: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where: %1</source>
        <translation>Къде: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category: %1</source>
        <translation>Категория: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: %1</source>
        <translation>Адрес: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not in the local store for %2 (%3). Sync it first: integreat-cli sync --region %2 --languages %3</source>
        <translation>%1 не е в локалното хранилище за %2 (%3). Първо синхронизирайте: integreat-cli sync --region %2 --languages %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdstatus.cpp" line="-21"/>
        <source>  %1: %2 pages, %3 events, %4 places, %5 news</source>
        <translation>  %1: страници: %2, събития: %3, места: %4, новини: %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; synced %1</source>
        <translation>; синхронизирано %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; never synced</source>
        <translation>; никога не е синхронизирано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; last attempt failed: %1</source>
        <translation>; последният опит е неуспешен: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show what the local store holds, per region and language.</source>
        <translation>Показва какво съдържа локалното хранилище, по региони и езици.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Store: %1 (%2)</source>
        <translation>Хранилище: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No region synced yet. Try: integreat-cli sync --region augsburg</source>
        <translation>Все още няма синхронизиран регион. Опитайте: integreat-cli sync --region augsburg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images and documents: %1 files (%2)</source>
        <translation>Изображения и документи: %1 файла (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %1 not downloaded yet, tried again on the next sync</source>
        <translation>; %1 още не са изтеглени, нов опит при следващата синхронизация</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdpack.cpp" line="+33"/>
        <location filename="../app/cli/cmdsync.cpp" line="-206"/>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
        <translation>добавени: %1, променени: %2, премахнати: %3, без промяна: %4</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 pages, %3 events, %4 places, %5 news (synced %6)</source>
        <translation>%1: страници: %2, събития: %3, места: %4, новини: %5 (синхронизирано %6)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote the content pack %1 of %2 to %3 (%4; %5 images and documents%6).</source>
        <translation>Пакетът със съдържание %1 за %2 е записан в %3 (%4; изображения и документи: %5%6).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, offline map</source>
        <translation>, офлайн карта</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Try again when it has finished.</source>
        <translation>Опитайте отново, когато приключи.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content pack %1 of %2, made %3</source>
        <translation>Пакет със съдържание %1 за %2, създаден %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: imported (content of %2): %3</source>
        <translation>%1: импортирано (съдържание от %2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: skipped: this PC&apos;s content (synced %2) is newer than the pack&apos;s (%3); use --force to import it anyway</source>
        <translation>%1: пропуснато: съдържанието на този компютър (синхронизирано %2) е по-ново от това в пакета (%3); използвайте --force, за да го импортирате въпреки това</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images and documents: %1%2</source>
        <translation>Изображения и документи: %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; offline map installed</source>
        <translation>; офлайн картата е инсталирана</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Content packs: one file with a region&apos;s content, images and offline map, to carry to PCs without (fast) internet or to a whole fleet.
  pack export --region SLUG [--languages de,en] FILE.integreat-pack
  pack import [--force] FILE.integreat-pack
  pack import --watch DIR    import every new pack that appears in DIR, until stopped</source>
        <translation>Пакети със съдържание: един файл със съдържанието, изображенията и офлайн картата на регион, който да се пренесе на компютри без (бърз) интернет или на много компютри наведнъж.
  pack export --region SLUG [--languages de,en] ФАЙЛ.integreat-pack
  pack import [--force] ФАЙЛ.integreat-pack
  pack import --watch ПАПКА    импортира всеки нов пакет, който се появи в ПАПКА, докато не бъде спряно</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region slug (export).</source>
        <translation>Slug на региона (експорт).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated language codes (export; default: all stored).</source>
        <translation>Кодове на езици, разделени със запетая (експорт; по подразбиране: всички запазени).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import languages even where this PC has newer content.</source>
        <translation>Импортира езиците дори когато този компютър има по-ново съдържание.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch a folder and import each new or changed pack in it.</source>
        <translation>Следи папка и импортира всеки нов или променен пакет в нея.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export or import</source>
        <translation>export или import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack file.</source>
        <translation>Файлът на пакета.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE.integreat-pack</source>
        <translation>употреба: integreat-cli pack export --region SLUG [--languages de,en] ФАЙЛ.integreat-pack</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE, pack import [--force] FILE or pack import --watch DIR</source>
        <translation>употреба: integreat-cli pack export --region SLUG [--languages de,en] ФАЙЛ, pack import [--force] ФАЙЛ или pack import --watch ПАПКА</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsync.cpp" line="+27"/>
        <source>resources: %1 downloaded, %2 unchanged, %3 failed</source>
        <translation>ресурси: изтеглени: %1, без промяна: %2, неуспешни: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1 not tried (will retry next sync)</source>
        <translation>, неопитани: %1 (нов опит при следващата синхронизация)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (will retry next sync)</source>
        <translation> (нов опит при следващата синхронизация)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 no longer used removed</source>
        <translation>, премахнати неизползвани: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 received</source>
        <translation>; получен е %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>warning: resource: %1</source>
        <translation>предупреждение: ресурс: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: … and %1 more resource problems (see --json)</source>
        <translation>предупреждение: … и още %1 проблема с ресурси (вижте --json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: images and documents not downloaded: %1; they will be tried again on the next sync.</source>
        <translation>предупреждение: неизтеглени изображения и документи: %1; ще бъдат опитани отново при следващата синхронизация.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download a region&apos;s content (pages, events, places, news, imprint) into the local store. Each language is saved whole or not at all.</source>
        <translation>Изтегля съдържанието на регион (страници, събития, места, новини, правна информация) в локалното хранилище. Всеки език се запазва изцяло или изобщо не.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region slug, e.g. augsburg.</source>
        <translation>Slug на региона, напр. augsburg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated language codes, or “all” (default).</source>
        <translation>Кодове на езици, разделени със запетая, или „all“ (по подразбиране).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as JSON on stdout.</source>
        <translation>Извежда резултата като JSON на стандартния изход.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not download the images and documents (PDFs) the content refers to.</source>
        <translation>Не изтегля изображенията и документите (PDF), към които сочи съдържанието.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply a pages list even when it removes more than half of the stored pages of a language (refused otherwise, keeping the stored pages).</source>
        <translation>Прилага списък със страници дори когато той премахва повече от половината от запазените страници на даден език (иначе се отказва и запазените страници остават).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When another sync of this data folder is running, wait for it to end instead of giving up.</source>
        <translation>Когато тече друга синхронизация на тази папка с данни, изчаква я да приключи, вместо да се откаже.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests to the server at once (default %1): the languages download side by side.</source>
        <translation>Едновременни заявки към сървъра (по подразбиране %1): езиците се изтеглят паралелно.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sync needs --region SLUG (see integreat-cli regions)</source>
        <translation>sync изисква --region SLUG (вижте integreat-cli regions)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--connections needs a number from 1 to %1</source>
        <translation>--connections изисква число от 1 до %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--languages needs codes such as de,en,ar or “all”</source>
        <translation>--languages изисква кодове като de,en,ar или „all“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>integreat-cli: %1 received: cancelling the sync; the stored content stays as it was.</source>
        <translation>integreat-cli: получен е %1: синхронизацията се отменя; запазеното съдържание остава както беше.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+89"/>
        <source>sync cancelled</source>
        <translation>синхронизацията е отменена</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Try again when it has finished, or use --wait.</source>
        <translation>Опитайте отново, когато приключи, или използвайте --wait.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Waiting for it to finish …</source>
        <translation>%1 Изчакване да приключи …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>: 1 item</source>
        <translation>: 1 елемент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: %1 items</source>
        <translation>: %1 елемента</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[resources] images and documents: %1 of %2</source>
        <translation>[ресурси] изображения и документи: %1 от %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>warning: %1: %2</source>
        <translation>предупреждение: %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>If the server really removed these pages, run the sync again with --allow-mass-removal.</source>
        <translation>Ако сървърът наистина е премахнал тези страници, изпълнете синхронизацията отново с --allow-mass-removal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync failed for %1</source>
        <translation>синхронизацията е неуспешна за %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+36"/>
        <source>List the regions on the server.</source>
        <translation>Показва регионите на сървъра.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download a region&apos;s content into the local store.</source>
        <translation>Изтегля съдържанието на регион в локалното хранилище.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what the local store holds.</source>
        <translation>Показва какво съдържа локалното хранилище.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a stored page, event or place.</source>
        <translation>Извежда запазена страница, събитие или място.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the stored content, offline.</source>
        <translation>Търси офлайн в запазеното съдържание.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the local store; move a damaged one aside and download again.</source>
        <translation>Проверява локалното хранилище; премества повреденото настрани и изтегля отново.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import an offline map (MBTiles) for a region.</source>
        <translation>Импортира офлайн карта (MBTiles) за регион.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configure kiosk mode: setup, show, set-pin, disable.</source>
        <translation>Конфигурира режима на киоск: setup, show, set-pin, disable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a stored page, place or event, or this week&apos;s events, as a PDF handout.</source>
        <translation>Записва запазена страница, място или събитие, или събитията от тази седмица като PDF материал.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export or import a content pack (one file per region), or watch a folder for packs.</source>
        <translation>Експортира или импортира пакет със съдържание (един файл на регион) или следи папка за пакети.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: integreat-cli [global options] COMMAND [options]

Keeps the content of Integreat regions in a local store that works offline.

Commands:
</source>
        <translation>Употреба: integreat-cli [глобални опции] КОМАНДА [опции]

Пази съдържанието на региони на Integreat в локално хранилище, което работи офлайн.

Команди:
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
Глобални опции (за всяка команда):
  --server URL        Integreat CMS (по подразбиране: https://cms.integreat-app.de)
  --data-dir DIR      папка на локалното хранилище (по подразбиране: тази на настолното приложение)
  --timeout SECONDS   отказва се от мълчащ сървър след толкова секунди (по подразбиране: 30)
  --retries N         повторни опити при неуспешно изтегляне (по подразбиране: 3)
  --proxy URL         прокси за всяка заявка: http://HOST:PORT, socks5://HOST:PORT
                      или none (по подразбиране: системното, напр. https_proxy)
  -h, --help          помощ (и след команда)
  -v, --version       версия

Пример:
  integreat-cli sync --region augsburg --languages de,en,ar
</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>no command given</source>
        <translation>не е дадена команда</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown command “%1” (see --help)</source>
        <translation>непозната команда „%1“ (вижте --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/packwatch.cpp" line="+48"/>
        <source>%1 is not a folder.</source>
        <translation>%1 не е папка.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integreat-cli: %1 received: stopped watching %2.</source>
        <translation>integreat-cli: получен е %1: следенето на %2 е спряно.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watching %1 for content packs (*%2); stop with Ctrl+C.</source>
        <translation>Следене на %1 за пакети със съдържание (*%2); спрете с Ctrl+C.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: pack %2 was imported already.</source>
        <translation>%1: пакетът %2 вече е импортиран.</translation>
    </message>
</context>
<context>
    <name>integreat::cli::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+28"/>
        <source>Integreat CMS to talk to (default: %1).</source>
        <translation>Integreat CMS, с който да се свързва (по подразбиране: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder of the local store (default: %1).</source>
        <translation>Папка на локалното хранилище (по подразбиране: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give up on a silent server after this many seconds (default: 30).</source>
        <translation>Отказва се от мълчащ сървър след толкова секунди (по подразбиране: 30).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retries of a failed download (default: 3).</source>
        <translation>Повторни опити при неуспешно изтегляне (по подразбиране: 3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send every request through this proxy: http://HOST:PORT, socks5://HOST:PORT or none (default: the system&apos;s proxy settings).</source>
        <translation>Изпраща всяка заявка през това прокси: http://HOST:PORT, socks5://HOST:PORT или none (по подразбиране: системните настройки за прокси).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (see --help)</source>
        <translation> (вижте --help)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--server needs an http(s) URL such as https://cms.integreat-app.de</source>
        <translation>--server изисква http(s) URL адрес, напр. https://cms.integreat-app.de</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout needs a number of seconds of at least 1</source>
        <translation>--timeout изисква брой секунди, поне 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--retries needs a number from 0 to 10</source>
        <translation>--retries изисква число от 0 до 10</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the data folder %1</source>
        <translation>Папката с данни %1 не може да бъде създадена</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the local store %1: %2</source>
        <translation>Локалното хранилище %1 не може да бъде отворено: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run “integreat-cli repair” to move %1 aside and download the content again.</source>
        <translation>Изпълнете „integreat-cli repair“, за да преместите %1 настрани и да изтеглите съдържанието отново.</translation>
    </message>
</context>
<context>
    <name>integreat::cli::KioskOptions</name>
    <message>
        <location filename="../app/cli/cmdkiosk.cpp" line="-251"/>
        <source>The kiosk configuration file (default: %1).</source>
        <translation>Конфигурационният файл на киоска (по подразбиране: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region slug (repeat or comma-separate for several).</source>
        <translation>Slug на региона (повторете или разделете със запетая за няколко).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language codes offered, comma-separated.</source>
        <translation>Предлагани кодове на езици, разделени със запетая.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language preselected on the start screen.</source>
        <translation>Езикът, избран предварително на началния екран.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds without touch before the countdown (default: 120).</source>
        <translation>Секунди без докосване преди обратното броене (по подразбиране: 120).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds of the “Are you still there?” countdown (default: 20).</source>
        <translation>Секунди на обратното броене „Още ли сте тук?“ (по подразбиране: 20).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections shown, comma-separated (default: local,places,events,news).</source>
        <translation>Показвани раздели, разделени със запетая (по подразбиране: local,places,events,news).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the PIN (read from standard input when it is not a terminal, else asked twice).</source>
        <translation>Задава ПИН (чете се от стандартния вход, когато той не е терминал, иначе се пита два пъти).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sync: skip a region whose languages were all updated less than N hours ago (the update at boot).</source>
        <translation>sync: пропуска регион, чиито езици са актуализирани преди по-малко от N часа (актуализацията при стартиране).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show: print nothing; exit 0 only when the kiosk is configured and enabled (for ExecCondition=).</source>
        <translation>show: не извежда нищо; код на изход 0 само когато киоскът е конфигуриран и включен (за ExecCondition=).</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::AdminPanel</name>
    <message>
        <location filename="../app/desktop/kiosk/adminpanel.cpp" line="+20"/>
        <source>Sync now</source>
        <translation>Синхронизирай сега</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit kiosk</source>
        <translation>Изход от киоска</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kiosk administration</source>
        <translation>Администриране на киоска</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start over</source>
        <translation>Започни отначало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the kiosk</source>
        <translation>Обратно към киоска</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Counting…</source>
        <translation>Преброяване…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>never</source>
        <translation>никога</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1: last update %2, %3 pages, %4 events, %5 places, %6 news</source>
        <translation>  %1: последна актуализация %2, страници: %3, събития: %4, места: %5, новини: %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the last attempt failed: %1</source>
        <translation>последният опит е неуспешен: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is saved yet.</source>
        <translation>Все още нищо не е запазено.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::Application</name>
    <message>
        <location filename="../app/desktop/shell/application.cpp" line="+246"/>
        <source>nothing is saved in %1 yet; sync a town first</source>
        <translation>в %1 все още нищо не е запазено; първо синхронизирайте град</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>could not write the screenshot %1</source>
        <translation>екранната снимка %1 не можа да бъде записана</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::BreadcrumbBar</name>
    <message>
        <location filename="../app/desktop/pages/breadcrumbbar.cpp" line="+36"/>
        <source>You are here</source>
        <translation>Вие сте тук</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>More: %1</source>
        <translation>Още: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ChatSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/chatsection.cpp" line="+105"/>
        <source>Ask Integreat</source>
        <translation>Попитайте Integreat</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The chat is not offered on this public computer.</source>
        <translation>Чатът не се предлага на този публичен компютър.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>The chat is not available in this town.</source>
        <translation>Чатът не е достъпен в този град.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chat of this town is not available on this computer yet.</source>
        <translation>Чатът на този град все още не е достъпен на този компютър.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ChatView</name>
    <message>
        <location filename="../app/desktop/chat/chatview.cpp" line="+31"/>
        <source>Accept and start the chat</source>
        <translation>Приеми и започни чата</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send</source>
        <translation>Изпрати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again</source>
        <translation>Изпрати отново</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>Нов чат</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write your question in any language</source>
        <translation>Напишете въпроса си на какъвто и да е език</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your message</source>
        <translation>Вашето съобщение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>Разговор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy notice of the chat</source>
        <translation>Известие за поверителност на чата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State of the chat</source>
        <translation>Състояние на чата</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Your questions are answered by counselors of the town and by an assistant that knows the town&apos;s information. What you write is sent to the town&apos;s chat server and kept there.</source>
        <translation>На въпросите ви отговарят консултанти от града и асистент, който познава информацията на града. Това, което пишете, се изпраща до сървъра за чат на града и се съхранява там.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the privacy notice</source>
        <translation>Прочетете информацията за поверителност</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Ask a question about life in the town. The answer appears here.</source>
        <translation>Задайте въпрос за живота в града. Отговорът ще се появи тук.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You</source>
        <translation>Вие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic answer</source>
        <translation>Автоматичен отговор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counselor</source>
        <translation>Консултант</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending…</source>
        <translation>Изпращане…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent yet</source>
        <translation>Още не е изпратено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integreat is writing an answer…</source>
        <translation>Integreat пише отговор…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading the chat…</source>
        <translation>Зареждане на чата…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CommandLine</name>
    <message>
        <location filename="../app/desktop/shell/commandline.cpp" line="+39"/>
        <source>Integreat: local information for newcomers, in their language, also offline.</source>
        <translation>Integreat: местна информация за новодошли, на техния език, и офлайн.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of the local store (default: %1).</source>
        <translation>Папка на локалното хранилище (по подразбиране: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integreat CMS to update from (default: %1).</source>
        <translation>Integreat CMS, от който се актуализира (по подразбиране: %1).</translation>
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
        <translation>Никога не използва мрежата; показва само запазеното съдържание.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a page: an https://integreat.app/… link, an integreat:// link or region/language/path.</source>
        <translation>Отваря страница: връзка https://integreat.app/…, връзка integreat:// или регион/език/път.</translation>
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
        <translation>Импортира пакет със съдържание (създаден с integreat-cli pack export) и показва резултата в настройките; същото като задаване на FILE.integreat-pack.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Render the window at 1280×800 into a PNG file and exit (for documentation and smoke tests).</source>
        <translation>Изобразява прозореца в 1280×800 в PNG файл и излиза (за документация и бързи тестове).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The same as --open, or a content pack file (.integreat-pack) to import.</source>
        <translation>Същото като --open или файл с пакет със съдържание (.integreat-pack) за импортиране.</translation>
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
        <translation>Изпраща всяка заявка през това прокси: http://HOST:PORT, socks5://HOST:PORT или none (по подразбиране: системните настройки за прокси).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run as a locked public kiosk (full screen, idle reset, links as QR codes).</source>
        <translation>Работи като заключен публичен киоск (цял екран, нулиране при бездействие, връзки като QR кодове).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kiosk configuration (with --kiosk; default: %1).</source>
        <translation>Конфигурацията на киоска (с --kiosk; по подразбиране: %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[LINK]</source>
        <translation>[LINK]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Give one content pack to import, not several.</source>
        <translation>Дайте един пакет със съдържание за импортиране, не няколко.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give one link to open, not several.</source>
        <translation>Дайте една връзка за отваряне, не няколко.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--config is for --kiosk.</source>
        <translation>--config е за --kiosk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--kiosk starts at its own start screen: no link or --screenshot.</source>
        <translation>--kiosk започва от собствения си начален екран: без връзка и без --screenshot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A content pack is imported in a window: not with --kiosk or --screenshot.</source>
        <translation>Пакетът със съдържание се импортира в прозорец: не с --kiosk или --screenshot.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--server needs an http(s) URL such as %1.</source>
        <translation>--server изисква http(s) URL адрес, напр. %1.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ContactFormDialog</name>
    <message>
        <location filename="../app/desktop/pages/contactformdialog.cpp" line="+27"/>
        <location line="+101"/>
        <source>Send</source>
        <translation>Изпрати</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to the town&apos;s team. They answer by e-mail; your message is sent to the town&apos;s contact server.</source>
        <translation>Пишете на екипа на града. Те отговарят по имейл; съобщението ви се изпраща до сървъра за контакт на града.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Your name (optional)</source>
        <translation>Вашето име (по желание)</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Your e-mail address</source>
        <translation>Вашият имейл адрес</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Your message</source>
        <translation>Вашето съобщение</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+25"/>
        <source>Sending…</source>
        <translation>Изпращане…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CounselTools</name>
    <message>
        <location filename="../app/desktop/counsel/counseltools.cpp" line="+25"/>
        <source>Read aloud</source>
        <translation>Прочети на глас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End session</source>
        <translation>Приключи сесията</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show QR code</source>
        <translation>Покажи QR код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>Един до друг</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the text aloud in its language</source>
        <translation>Прочита текста на глас на неговия език</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear everything of this session and start again (%1)</source>
        <translation>Изчиства всичко от тази сесия и започва отначало (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the link of this page as a QR code to take along on a phone</source>
        <translation>Показва връзката към тази страница като QR код, за да я вземете с вас на телефона</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show this in a second language beside it</source>
        <translation>Показва това до него на втори език</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CountdownOverlay</name>
    <message>
        <location filename="../app/desktop/kiosk/countdownoverlay.cpp" line="+14"/>
        <source>Yes, continue</source>
        <translation>Да, продължи</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Are you still there?</source>
        <translation>Още ли сте тук?</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Press any key or move the mouse to continue. In %n seconds the session ends: the app goes back to the start page and what was looked at is cleared.</source>
        <translation>
            <numerusform>Натиснете клавиш или преместете мишката, за да продължите. След %n секунда сесията приключва: приложението се връща към началната страница и всичко разгледано се изтрива.</numerusform>
            <numerusform>Натиснете клавиш или преместете мишката, за да продължите. След %n секунди сесията приключва: приложението се връща към началната страница и всичко разгледано се изтрива.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Touch the screen to continue. In %n seconds everything starts over and what you looked at is cleared.</source>
        <translation>
            <numerusform>Докоснете екрана, за да продължите. След %n секунда всичко започва отначало и разгледаното се изчиства.</numerusform>
            <numerusform>Докоснете екрана, за да продължите. След %n секунди всичко започва отначало и разгледаното се изчиства.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DBusNotifier</name>
    <message>
        <location filename="../app/desktop/notify/dbusnotifier.cpp" line="+51"/>
        <source>Open</source>
        <translation>Отвори</translation>
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
        <translation>Запазеното съдържание е повредено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be read: %2

Download again moves the file aside under a dated name (nothing is deleted), starts afresh and downloads your towns and languages again.</source>
        <translation>Файлът %1 не може да бъде прочетен: %2

„Изтегли отново“ премества файла настрани под име с дата (нищо не се изтрива), започва отначало и изтегля отново вашите градове и езици.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download again</source>
        <translation>Изтегли отново</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Изход</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DashboardView</name>
    <message>
        <location filename="../app/desktop/pages/dashboardview.cpp" line="+39"/>
        <source>Local information</source>
        <translation>Местна информация</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There are no pages in this language yet.</source>
        <translation>Все още няма страници на този език.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DateText</name>
    <message>
        <location filename="../app/desktop/presentation/datetext.cpp" line="+77"/>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DeepLink</name>
    <message>
        <location filename="../app/desktop/presentation/deeplink.cpp" line="+45"/>
        <source>“%1” is not a link to a page of an Integreat town.</source>
        <translation>„%1“ не е връзка към страница на град в Integreat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” in %2 is not saved on this computer.</source>
        <translation>„%1“ в %2 не е запазено на този компютър.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The chat is not available in this town.</source>
        <translation>Чатът не е достъпен в този град.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked page is not saved on this computer.</source>
        <translation>Страницата от връзката не е запазена на този компютър.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The linked page is in %1, which is not saved on this computer.</source>
        <translation>Страницата от връзката е в %1, което не е запазено на този компютър.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EndSession</name>
    <message>
        <location filename="../app/desktop/counsel/endsession.cpp" line="+44"/>
        <location line="+6"/>
        <source>End session</source>
        <translation>Приключи сесията</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>End this session?</source>
        <translation>Да се приключи ли тази сесия?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app goes back to the start page. The history, the search, side by side, the news read and the folders used for saving are cleared, so that the next person finds nothing of this session.</source>
        <translation>Приложението се връща към началната страница. Историята, търсенето, изгледът „Един до друг“, прочетените новини и папките за запазване се изчистват, така че следващият човек да не намери нищо от тази сесия.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventDateText</name>
    <message>
        <location filename="../app/desktop/presentation/eventdatetext.cpp" line="+50"/>
        <source>the last %1</source>
        <translation>%1 в последната седмица</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the %1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1, all day</source>
        <translation>%1, цял ден</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 – %3, %4</source>
        <translation>%1, %2 – %3, %4</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Every day</source>
        <translation>Всеки ден</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 days</source>
        <translation>На всеки %1 дни</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every week</source>
        <translation>Всяка седмица</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 weeks</source>
        <translation>На всеки %1 седмици</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every month</source>
        <translation>Всеки месец</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 months</source>
        <translation>На всеки %1 месеца</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every year</source>
        <translation>Всяка година</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 years</source>
        <translation>На всеки %1 години</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats</source>
        <translation>Повтаря се</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only on weekdays (Monday to Friday)</source>
        <translation>Само в делнични дни (от понеделник до петък)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventHtml</name>
    <message>
        <location filename="../app/desktop/events/eventhtml.cpp" line="+80"/>
        <source>Loading dates…</source>
        <translation>Зареждане на датите…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online meeting:</source>
        <translation>Онлайн среща:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More dates</source>
        <translation>Още дати</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventList</name>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+20"/>
        <source>Only dates from</source>
        <translation>Само дати от</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First day</source>
        <translation>Първи ден</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Последен ден</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Events</source>
        <translation>Събития</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlistmodel.cpp" line="+68"/>
        <source>Today</source>
        <translation>Днес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>Утре</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 7 days</source>
        <translation>Следващите 7 дни</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 30 days</source>
        <translation>Следващите 30 дни</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>По-късно</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Heading</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+35"/>
        <source>Loading events…</source>
        <translation>Зареждане на събитията…</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlistmodel.cpp" line="-20"/>
        <source>More dates: %1</source>
        <translation>Още дати: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Irregular dates</source>
        <translation>Нередовни дати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Irregular dates. %1</source>
        <translation>Нередовни дати. %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+13"/>
        <source>No events in these days.</source>
        <translation>Няма събития в тези дни.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No upcoming events.</source>
        <translation>Няма предстоящи събития.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventsSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/eventssection.cpp" line="+26"/>
        <source>Events</source>
        <translation>Събития</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This event is not on this computer. It may be over or removed, or it is newer than the last update.</source>
        <translation>Това събитие не е на този компютър. Може да е приключило или премахнато, или е по-ново от последната актуализация.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventsView</name>
    <message>
        <location filename="../app/desktop/events/eventsview.cpp" line="+45"/>
        <location line="+28"/>
        <source>All events</source>
        <translation>Всички събития</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Save this date for a calendar…</source>
        <translation>Запази тази дата за календар…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save all dates for a calendar…</source>
        <translation>Запази всички дати за календар…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Event</source>
        <translation>Събитие</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>This event has irregular dates: they cannot all be worked out, so only the first is shown. Check the dates with the organizer.</source>
        <translation>Това събитие има нередовни дати: не могат да бъдат изчислени всички, затова се показва само първата. Проверете датите при организатора.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Save for a calendar</source>
        <translation>Запазване за календар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>Календарни файлове (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dates are still being worked out. Try again in a moment.</source>
        <translation>Датите все още се изчисляват. Опитайте отново след малко.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This event has no dates left to save.</source>
        <translation>За това събитие не остават дати за запазване.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The calendar file could not be saved: %1</source>
        <translation>Календарният файл не можа да бъде запазен: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. Open %1 with your calendar app to add the event.</source>
        <translation>Запазено. Отворете %1 с приложението за календар, за да добавите събитието.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ExternalLinkDialog</name>
    <message>
        <location filename="../app/desktop/pages/externallinkdialog.cpp" line="+38"/>
        <source>Open a website?</source>
        <translation>Да се отвори ли уебсайт?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link leads out of Integreat to a website of &lt;b&gt;%1&lt;/b&gt;. It opens in your web browser and needs an internet connection.</source>
        <translation>Тази връзка води извън Integreat до уебсайт на &lt;b&gt;%1&lt;/b&gt;. Отваря се в уеб браузъра и изисква интернет връзка.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Open in browser</source>
        <translation>Отвори в браузъра</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open the document online?</source>
        <translation>Да се отвори ли документът онлайн?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document is not saved on this computer. It can be opened from &lt;b&gt;%1&lt;/b&gt; in your browser with an internet connection.</source>
        <translation>Този документ не е запазен на този компютър. Може да бъде отворен от &lt;b&gt;%1&lt;/b&gt; в браузъра при наличие на интернет връзка.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call this number?</source>
        <translation>Да се набере ли този номер?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your computer&apos;s phone app will call this number:</source>
        <translation>Телефонното приложение на компютъра ще набере този номер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Обади се</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write an e-mail?</source>
        <translation>Да се напише ли имейл?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your e-mail program will open a new message to:</source>
        <translation>Имейл програмата ще отвори ново съобщение до:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write e-mail</source>
        <translation>Напиши имейл</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Copy</source>
        <translation>Копирай</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <translation>Копирано</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::FeedbackBox</name>
    <message>
        <location filename="../app/desktop/pages/feedbackbox.cpp" line="+88"/>
        <source>Was this page helpful?</source>
        <translation>Полезна ли беше тази страница?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, this was helpful</source>
        <translation>Да, беше полезно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>Не</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, this was not helpful</source>
        <translation>Не, не беше полезно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What could be better? (optional, no personal data)</source>
        <translation>Какво може да бъде по-добре? (по желание, без лични данни)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on this page</source>
        <translation>Коментар за тази страница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send feedback</source>
        <translation>Изпрати отзив</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Thank you. You may add a comment.</source>
        <translation>Благодарим. Можете да добавите коментар.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please choose “Yes” or “No”, or write a comment.</source>
        <translation>Моля, изберете „Да“ или „Не“, или напишете коментар.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::FirstRunWizard</name>
    <message>
        <location filename="../app/desktop/firstrun/firstrunwizard.cpp" line="+31"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+221"/>
        <source>Next</source>
        <translation>Напред</translation>
    </message>
    <message>
        <location line="-220"/>
        <location line="+216"/>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Welcome to Integreat</source>
        <translation>Добре дошли в Integreat</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The download was cancelled. Nothing was changed on this computer.</source>
        <translation>Изтеглянето е отменено. Нищо не е променено на този компютър.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The server lists no regions.</source>
        <translation>Сървърът не показва региони.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The demo town could not be set up: %1</source>
        <translation>Демо градът не можа да бъде подготвен: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Download</source>
        <translation>Изтегли</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue</source>
        <translation>Продължи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stops the download; nothing is changed</source>
        <translation>Спира изтеглянето; нищо не се променя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this window</source>
        <translation>Затваря този прозорец</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::HeaderBar</name>
    <message>
        <location filename="../app/desktop/mainwindow/headerbar.cpp" line="+54"/>
        <location line="+1"/>
        <source>Search</source>
        <translation>Търсене</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear search</source>
        <translation>Изчисти търсенето</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Search in %1</source>
        <translation>Търсене в %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskApp</name>
    <message>
        <location filename="../app/desktop/shell/kioskapp.cpp" line="+36"/>
        <source>kiosk mode is disabled in %1 (integreat-cli kiosk setup enables it)</source>
        <translation>режимът на киоск е изключен в %1 (integreat-cli kiosk setup го включва)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot create the folder %1</source>
        <translation>папката %1 не може да бъде създадена</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved content cannot be opened: %1</source>
        <translation>Запазеното съдържание не може да бъде отворено: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskSession</name>
    <message>
        <location filename="../app/desktop/kiosk/kiosksession.cpp" line="+66"/>
        <source>Start over</source>
        <translation>Започни отначало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this page with you</source>
        <translation>Вземете тази страница със себе си</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskWindow</name>
    <message>
        <location filename="../app/desktop/kiosk/kioskwindow.cpp" line="+77"/>
        <source>The update has finished.</source>
        <translation>Актуализацията приключи.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The update failed; the last good content stays in use. %1</source>
        <translation>Актуализацията е неуспешна; използва се последното изправно съдържание. %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nothing is saved on this kiosk yet. The administrator can update the content.</source>
        <translation>На този киоск все още нищо не е запазено. Администраторът може да актуализира съдържанието.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Wrong PIN.</source>
        <translation>Грешен ПИН.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Твърде много грешни ПИН-ове. Опитайте отново след %n секунда.</numerusform>
            <numerusform>Твърде много грешни ПИН-ове. Опитайте отново след %n секунди.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No PIN is set for this kiosk, so the administration cannot be opened here (integreat-cli kiosk set-pin).</source>
        <translation>За този киоск не е зададен ПИН, затова администрирането не може да се отвори тук (integreat-cli kiosk set-pin).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No region is configured (integreat-cli kiosk setup).</source>
        <translation>Не е конфигуриран регион (integreat-cli kiosk setup).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kiosk runs offline; the nightly update keeps it current.</source>
        <translation>Този киоск работи офлайн; нощната актуализация го поддържа актуален.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Updating…</source>
        <translation>Актуализиране…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageButton</name>
    <message>
        <location filename="../app/desktop/mainwindow/languagebutton.cpp" line="+40"/>
        <source>%1 (download)</source>
        <translation>%1 (изтегляне)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language of the content: %1</source>
        <translation>Език на съдържанието: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content language: %1</source>
        <translation>Език на съдържанието: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageNames</name>
    <message>
        <location filename="../app/desktop/presentation/languages.cpp" line="+46"/>
        <source>Albanian</source>
        <translation>албански</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amharic</source>
        <translation>амхарски</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>арабски</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgarian</source>
        <translation>български</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central Kurdish</source>
        <translation>централнокюрдски</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatian</source>
        <translation>хърватски</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czech</source>
        <translation>чешки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dari</source>
        <translation>дари</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>английски</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>френски</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>немски</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greek</source>
        <translation>гръцки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungarian</source>
        <translation>унгарски</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>италиански</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kurdish</source>
        <translation>кюрдски</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pashto</source>
        <translation>пущу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persian</source>
        <translation>персийски</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>полски</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>румънски</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>руски</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbian</source>
        <translation>сръбски</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somali</source>
        <translation>сомалийски</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>испански</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tigrinya</source>
        <translation>тигриня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>турски</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation>украински</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation>урду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnamese</source>
        <translation>виетнамски</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguagePage</name>
    <message>
        <location filename="../app/desktop/firstrun/languagepage.cpp" line="+22"/>
        <source>Which languages do you want to read?</source>
        <translation>На какви езици искате да четете?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notice</source>
        <translation>Забележка</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Languages</source>
        <translation>Езици</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The local information of %1 is downloaded in the languages you choose, so you can read it without internet. You can choose several and add more later.</source>
        <translation>Местната информация за %1 се изтегля на езиците, които изберете, за да можете да я четете без интернет. Можете да изберете няколко и да добавите още по-късно.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language code %1</source>
        <translation>Код на езика %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageRow</name>
    <message>
        <location filename="../app/desktop/firstrun/languagerow.cpp" line="+29"/>
        <source>Retry</source>
        <translation>Опитай отново</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry %1</source>
        <translation>Опитай отново: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Waiting</source>
        <translation>Изчакване</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Finished</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Ready to read offline</source>
        <translation>✓ Готово за четене офлайн</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not downloaded: %1</source>
        <translation>Не е изтеглено: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LinkRouter</name>
    <message>
        <location filename="../app/desktop/pages/linkrouter.cpp" line="+70"/>
        <source>This link cannot be opened: it could harm your computer or your data.</source>
        <translation>Тази връзка не може да бъде отворена: може да навреди на компютъра или на данните ви.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This link leads to the list of towns. To read about another town, use “Change” next to the town&apos;s name.</source>
        <translation>Тази връзка води към списъка с градове. За да четете за друг град, използвайте „Смяна“ до името на града.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This link leads to a part of Integreat that this app does not show yet.</source>
        <translation>Тази връзка води към част от Integreat, която това приложение все още не показва.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download %1</source>
        <translation>Изтегли %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This link leads to “%1” in %2, which is not saved on this computer.</source>
        <translation>Тази връзка води към „%1“ в %2, което не е запазено на този компютър.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This page is in %1, which is not saved on this computer yet.</source>
        <translation>Тази страница е в %1, което все още не е запазено на този компютър.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chat is not available in this town.</source>
        <translation>Чатът не е достъпен в този град.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The linked event is not on this computer. It may be over or removed, or it is newer than the last update.</source>
        <translation>Събитието от връзката не е на този компютър. Може да е приключило или премахнато, или е по-ново от последната актуализация.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked place is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Мястото от връзката не е на този компютър. Може да е премахнато или е по-ново от последната актуализация.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked news item is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Новината от връзката не е на този компютър. Може да е премахната или е по-нова от последната актуализация.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked page is not on this computer. It may have been moved or removed, or it is newer than the last update.</source>
        <translation>Страницата от връзката не е на този компютър. Може да е преместена или премахната, или е по-нова от последната актуализация.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No program on this computer can open this document.</source>
        <translation>Никоя програма на този компютър не може да отвори този документ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This document is not saved on this computer.</source>
        <translation>Този документ не е запазен на този компютър.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>No program on this computer can open this link.</source>
        <translation>Никоя програма на този компютър не може да отвори тази връзка.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>This offer cannot be opened: its form could not be prepared.</source>
        <translation>Това предложение не може да се отвори: формулярът му не можа да бъде подготвен.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open online</source>
        <translation>Отвори онлайн</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LocalInfoSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/localinfosection.cpp" line="+37"/>
        <source>Local information</source>
        <translation>Местна информация</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LocalInfoView</name>
    <message>
        <location filename="../app/desktop/pages/localinfoview.cpp" line="+57"/>
        <source>Page content</source>
        <translation>Съдържание на страницата</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Start page of the town</source>
        <translation>Начална страница на града</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation>Резултати от търсенето</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <location line="+31"/>
        <location line="+38"/>
        <location line="+9"/>
        <location line="+21"/>
        <source>Local information</source>
        <translation>Местна информация</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>This page is not on this computer</source>
        <translation>Тази страница не е на този компютър</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been moved or removed by the last update.</source>
        <translation>Може да е преместена или премахната при последната актуализация.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+26"/>
        <location line="+1"/>
        <source>Imprint</source>
        <translation>Правна информация</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>There is no imprint in this language on this computer.</source>
        <translation>На този компютър няма правна информация на този език.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The imprint is available in:</source>
        <translation>Правната информация е налична на:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search</source>
        <translation>Търсене</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search: “%1”</source>
        <translation>Търсене: „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go to the start page</source>
        <translation>Към началната страница</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Start page in %1</source>
        <translation>Начална страница на %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not available in %2. It is available in:</source>
        <translation>„%1“ не е налично на %2. Налично е на:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not available in %2.</source>
        <translation>„%1“ не е налично на %2.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MainActions</name>
    <message>
        <location filename="../app/desktop/mainwindow/mainactions.cpp" line="+19"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward</source>
        <translation>Напред</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start page</source>
        <translation>Начална страница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Търсене</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>Синхронизирай сега</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imprint</source>
        <translation>Правна информация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger text</source>
        <translation>По-голям текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smaller text</source>
        <translation>По-малък текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal text size</source>
        <translation>Нормален размер на текста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Integreat Desktop</source>
        <translation>За Integreat Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Изход</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This page</source>
        <translation>Тази страница</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text size</source>
        <translation>Размер на текста</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MainWindow</name>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindow.cpp" line="+196"/>
        <source>Download %1</source>
        <translation>Изтегли %1</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 is not saved on this computer yet.</source>
        <translation>%1 все още не е запазено на този компютър.</translation>
    </message>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindowcommands.cpp" line="+171"/>
        <source>About Integreat Desktop</source>
        <translation>За Integreat Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Integreat Desktop %1&lt;/h3&gt;&lt;p&gt;Local information for newcomers, in their language, also without internet.&lt;/p&gt;&lt;p&gt;The content comes from the towns and districts that take part in &lt;a href=&quot;https://integreat-app.de&quot;&gt;Integreat&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Integreat Desktop %1&lt;/h3&gt;&lt;p&gt;Местна информация за новодошли, на техния език, и без интернет.&lt;/p&gt;&lt;p&gt;Съдържанието идва от градовете и областите, които участват в &lt;a href=&quot;https://integreat-app.de&quot;&gt;Integreat&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindowcounsel.cpp" line="+50"/>
        <source>Reading area</source>
        <translation>Област за четене</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The section shown, and beside it the same in a second language when Side by side is on</source>
        <translation>Показаният раздел, а до него същото на втори език, когато „Един до друг“ е включено</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MapWidget</name>
    <message>
        <location filename="../app/desktop/places/mapwidget.cpp" line="+30"/>
        <source>Map of places</source>
        <translation>Карта на местата</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Увеличи</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Намали</translation>
    </message>
    <message>
        <location line="+344"/>
        <source>I am here (sort places by distance from this point)</source>
        <translation>Тук съм (подреди местата по разстояние от тази точка)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MassRemovalQuestion</name>
    <message>
        <location filename="../app/desktop/sync/massremovalquestion.cpp" line="+16"/>
        <source>Remove saved pages?</source>
        <translation>Да се премахнат ли запазените страници?</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n of the %2 saved pages would be removed.</source>
        <translation>
            <numerusform>%1: ще бъде премахната %n от %2 запазени страници.</numerusform>
            <numerusform>%1: ще бъдат премахнати %n от %2 запазени страници.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server sent much less content than before. If you go on, pages you have now will be deleted from this computer.</source>
        <translation>Сървърът изпрати много по-малко съдържание от преди. Ако продължите, страниците, които имате сега, ще бъдат изтрити от този компютър.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This can be a mistake on the server. If you keep your content, nothing changes and you can try again later.</source>
        <translation>Това може да е грешка на сървъра. Ако запазите съдържанието си, нищо не се променя и можете да опитате отново по-късно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep my content</source>
        <translation>Запази съдържанието ми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove them</source>
        <translation>Премахни ги</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NavigationBar</name>
    <message>
        <location filename="../app/desktop/pages/navigationbar.cpp" line="+29"/>
        <source>Back (Alt+Left)</source>
        <translation>Назад (Alt+Left)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward (Alt+Right)</source>
        <translation>Напред (Alt+Right)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Напред</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsHtml</name>
    <message>
        <location filename="../app/desktop/news/newshtml.cpp" line="+16"/>
        <source>Local news</source>
        <translation>Местни новини</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Read the original</source>
        <translation>Прочетете оригинала</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/newssection.cpp" line="+28"/>
        <source>News</source>
        <translation>Новини</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News (%1)</source>
        <translation>Новини (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News, %1 new</source>
        <translation>Новини, нови: %1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This news item is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Тази новина не е на този компютър. Може да е премахната или е по-нова от последната актуализация.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsView</name>
    <message>
        <location filename="../app/desktop/news/newsview.cpp" line="+43"/>
        <location line="+56"/>
        <source>All news</source>
        <translation>Всички новини</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>All</source>
        <translation>Всички</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local</source>
        <translation>Местни</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External</source>
        <translation>Външни</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>News</source>
        <translation>Новини</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>News item</source>
        <translation>Новина</translation>
    </message>
    <message>
        <location filename="../app/desktop/news/newslistmodel.cpp" line="+85"/>
        <source>● New</source>
        <translation>● Ново</translation>
    </message>
    <message>
        <location filename="../app/desktop/news/newsview.cpp" line="+110"/>
        <source>There are no news in this language yet. New local news of the town appear here after the next update.</source>
        <translation>Все още няма новини на този език. Новите местни новини на града се появяват тук след следващата актуализация.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No news of this kind. Choose “All” to see every news item.</source>
        <translation>Няма новини от този вид. Изберете „Всички“, за да видите всички новини.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NoticeBar</name>
    <message>
        <location filename="../app/desktop/pages/noticebar.cpp" line="+26"/>
        <source>Notice</source>
        <translation>Забележка</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Close this notice</source>
        <translation>Затвори тази забележка</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationCenter</name>
    <message>
        <location filename="../app/desktop/notify/notificationcenter.cpp" line="+44"/>
        <source>Notifications (%1)</source>
        <translation>Известия (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notifications</source>
        <translation>Известия</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>News from %1 (%2)</source>
        <translation>Новини от %1 (%2)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationsDialog</name>
    <message>
        <location filename="../app/desktop/notify/notificationsdialog.cpp" line="+27"/>
        <source>No notifications yet. New local news of your towns appear here.</source>
        <translation>Все още няма известия. Новите местни новини от вашите градове се появяват тук.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Изчисти</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>Известия</translation>
    </message>
    <message>
        <location filename="../app/desktop/notify/notificationlistmodel.cpp" line="+55"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationsPanel</name>
    <message>
        <location filename="../app/desktop/settings/notificationspanel.cpp" line="+30"/>
        <source>Show a notification when a town publishes news in a language:</source>
        <translation>Показване на известие, когато град публикува новини на език:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Look for news every</source>
        <translation>Проверка за новини на всеки</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::OfferForm</name>
    <message>
        <location filename="../app/desktop/pages/offerform.cpp" line="+27"/>
        <source>Continue to %1</source>
        <translation>Продължете към %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PackImport</name>
    <message>
        <location filename="../app/desktop/settings/packimport.cpp" line="+28"/>
        <source>Could not open the local store: %1</source>
        <translation>Локалното хранилище не можа да бъде отворено: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The content pack %1 was not imported: %2 Nothing on this computer was changed.</source>
        <translation>Пакетът със съдържание %1 не е импортиран: %2 Нищо на този компютър не е променено.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported from the content pack: %1 in %2.</source>
        <translation>Импортирано от пакета със съдържание: %1 (езици: %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported, because this computer has newer content of %1 in %2. “Import anyway” replaces it with the older content of the pack.</source>
        <translation>Не е импортирано, защото на този компютър има по-ново съдържание за %1 (езици: %2). „Импортирай въпреки това“ го заменя с по-старото съдържание от пакета.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The content pack %1 holds no language.</source>
        <translation>Пакетът със съдържание %1 не съдържа нито един език.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PackImportPanel</name>
    <message>
        <location filename="../app/desktop/settings/packimportpanel.cpp" line="+23"/>
        <source>Import content pack…</source>
        <translation>Импортирай пакет със съдържание…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import anyway</source>
        <translation>Импортирай въпреки това</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a region&apos;s content from a file made with “integreat-cli pack export” (for computers without fast internet).</source>
        <translation>Импортирайте съдържанието на регион от файл, създаден с „integreat-cli pack export“ (за компютри без бърз интернет).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing the content pack</source>
        <translation>Импортиране на пакета със съдържание</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Replaces this computer&apos;s newer content with the older content of the pack.</source>
        <translation>Заменя по-новото съдържание на този компютър с по-старото съдържание от пакета.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import content pack</source>
        <translation>Импортиране на пакет със съдържание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Integreat content packs (*.integreat-pack)</source>
        <translation>Пакети със съдържание на Integreat (*.integreat-pack)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Waiting for the running update to finish…</source>
        <translation>Изчакване текущата актуализация да приключи…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing the content pack…</source>
        <translation>Импортиране на пакета със съдържание…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PageHtml</name>
    <message>
        <location filename="../app/desktop/pages/pagehtml.cpp" line="+108"/>
        <source>Last updated on %1</source>
        <translation>Последна актуализация: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Published on %1</source>
        <translation>Публикувано на %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This page has no text yet.</source>
        <translation>Тази страница все още няма текст.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Imprint</source>
        <translation>Правна информация</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Contact form: write to the town&apos;s team</source>
        <translation>Форма за контакт: пишете на екипа на града</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online offer: opens in your browser</source>
        <translation>Онлайн предложение: отваря се в браузъра ви</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This page is provided by %1</source>
        <translation>Тази страница се предоставя от %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PinPad</name>
    <message>
        <location filename="../app/desktop/kiosk/pinpad.cpp" line="+22"/>
        <source>Administrator PIN</source>
        <translation>Администраторски ПИН</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete</source>
        <translation>Изтрий</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the PIN to open the administration.</source>
        <translation>Въведете ПИН, за да отворите администрирането.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceDetailHtml</name>
    <message>
        <location filename="../app/desktop/places/placedetailhtml.cpp" line="+82"/>
        <source>%1 km away</source>
        <translation>на %1 км</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open all day</source>
        <translation>Отворено целия ден</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Затворено</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open now</source>
        <translation>Отворено сега</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed now</source>
        <translation>Затворено сега</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>Временно затворено</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Only with an appointment</source>
        <translation>Само с уговорен час</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with an appointment</source>
        <translation>с уговорен час</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>✓ Barrier-free</source>
        <translation>✓ Без бариери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Not barrier-free</source>
        <translation>✗ Не е без бариери</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Navigate (opens a map)</source>
        <translation>Навигация (отваря карта)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening hours</source>
        <translation>Работно време</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Make an appointment</source>
        <translation>Запишете час</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact information</source>
        <translation>Данни за контакт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile</source>
        <translation>Мобилен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website</source>
        <translation>Уебсайт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment</source>
        <translation>Уговорен час</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office hours</source>
        <translation>Приемно време</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About this place</source>
        <translation>За това място</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events here</source>
        <translation>Събития тук</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceFiltersDialog</name>
    <message>
        <location filename="../app/desktop/places/placefiltersdialog.cpp" line="+25"/>
        <source>Only places open now</source>
        <translation>Само места, отворени сега</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only barrier-free places</source>
        <translation>Само места без бариери</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter places</source>
        <translation>Филтриране на местата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reset filters</source>
        <translation>Нулирай филтрите</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Show %n place(s)</source>
        <translation>
            <numerusform>Покажи %n място</numerusform>
            <numerusform>Покажи %n места</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceListPanel</name>
    <message>
        <location filename="../app/desktop/places/placelistpanel.cpp" line="+26"/>
        <source>Show all places</source>
        <translation>Покажи всички места</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Search in places</source>
        <translation>Търсене в местата</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+100"/>
        <source>Filters…</source>
        <translation>Филтри…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open now</source>
        <translation>Отворено сега</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed now</source>
        <translation>Затворено сега</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temporarily closed</source>
        <translation>Временно затворено</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>open now</source>
        <translation>отворено сега</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>barrier-free</source>
        <translation>без бариери</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Filters (%1)…</source>
        <translation>Филтри (%1)…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlacesSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/placessection.cpp" line="+31"/>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>This place is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Това място не е на този компютър. Може да е премахнато или е по-ново от последната актуализация.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlacesView</name>
    <message>
        <location filename="../app/desktop/places/placesview.cpp" line="+65"/>
        <source>← All places</source>
        <translation>← Всички места</translation>
    </message>
    <message>
        <location filename="../app/desktop/places/placesviewtiles.cpp" line="+56"/>
        <source>No map of %1 to show. Map tiles need an internet connection or an offline map file (an administrator can import one with “integreat-cli import-tiles”). The places stand on a plain background; the list and the details work without it.</source>
        <translation>Няма карта на %1 за показване. Плочките на картата изискват интернет връзка или офлайн файл с карта (администратор може да импортира такъв с „integreat-cli import-tiles“). Местата се показват върху обикновен фон; списъкът и подробностите работят и без карта.</translation>
    </message>
    <message>
        <location filename="../app/desktop/places/placesview.cpp" line="-5"/>
        <source>Places and map</source>
        <translation>Места и карта</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Place</source>
        <translation>Място</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All places</source>
        <translation>Всички места</translation>
    </message>
    <message numerus="yes">
        <location line="+162"/>
        <source>%n place(s) at this spot</source>
        <translation>
            <numerusform>%n място на тази точка</numerusform>
            <numerusform>%n места на тази точка</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n place(s), nearest first</source>
        <translation>
            <numerusform>%n място, първо най-близките</numerusform>
            <numerusform>%n места, първо най-близките</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n place(s), A–Z</source>
        <translation>
            <numerusform>%n място, А–Я</numerusform>
            <numerusform>%n места, А–Я</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no places for this town yet. They appear here after the next download.</source>
        <translation>Все още няма места за този град. Те се появяват тук след следващото изтегляне.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No place matches. Change the filters or the search.</source>
        <translation>Няма подходящо място. Променете филтрите или търсенето.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::QrCard</name>
    <message>
        <location filename="../app/desktop/kiosk/qrcard.cpp" line="+19"/>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scan the code with your phone&apos;s camera to take this with you.</source>
        <translation>Сканирайте кода с камерата на телефона си, за да вземете това със себе си.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Call this number</source>
        <translation>Обадете се на този номер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an e-mail</source>
        <translation>Напишете имейл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this on your phone</source>
        <translation>Отворете това на телефона си</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(too long for a QR code)</source>
        <translation>(твърде дълго за QR код)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::QrDialog</name>
    <message>
        <location filename="../app/desktop/counsel/qrdialog.cpp" line="+20"/>
        <source>QR code</source>
        <translation>QR код</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QR code of the link</source>
        <translation>QR код на връзката</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Scan the code to open this on your phone</source>
        <translation>Сканирайте кода, за да отворите това на телефона си</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the code to open “%1” on your phone</source>
        <translation>Сканирайте кода, за да отворите „%1“ на телефона си</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ReadAloudPanel</name>
    <message>
        <location filename="../app/desktop/counsel/readaloudpanel.cpp" line="+20"/>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading and close</source>
        <translation>Спри четенето и затвори</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionButton</name>
    <message>
        <location filename="../app/desktop/mainwindow/regionbutton.cpp" line="+33"/>
        <source>Town</source>
        <translation>Град</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>Смяна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read about another town</source>
        <translation>Четете за друг град</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change town</source>
        <translation>Смяна на града</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Town: %1</source>
        <translation>Град: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Find another town…</source>
        <translation>Намерете друг град…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionList</name>
    <message>
        <location filename="../app/desktop/firstrun/regionlist.cpp" line="+21"/>
        <source>Regions</source>
        <translation>Региони</translation>
    </message>
    <message>
        <location filename="../app/desktop/firstrun/regionlistmodel.cpp" line="+58"/>
        <source>Nearby</source>
        <translation>Наблизо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions near you</source>
        <translation>Региони близо до вас</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Regions starting with %1</source>
        <translation>Региони, започващи с %1</translation>
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
        <translation>Също за: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionPage</name>
    <message>
        <location filename="../app/desktop/firstrun/regionpage.cpp" line="+42"/>
        <source>Try again</source>
        <translation>Опитай отново</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the demo town</source>
        <translation>Разгледайте демо града</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where do you live?</source>
        <translation>Къде живеете?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your town or district. Its local information is then downloaded so that you can read it without internet.</source>
        <translation>Изберете своя град или област. След това местната информация за него се изтегля, за да можете да я четете без интернет.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search, e.g. Landkreis München</source>
        <translation>Търсене, напр. Landkreis München</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search for a region</source>
        <translation>Търсене на регион</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of regions found</source>
        <translation>Брой намерени региони</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the list of regions…</source>
        <translation>Зареждане на списъка с региони…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the list of regions</source>
        <translation>Зареждане на списъка с региони</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meanwhile you can look around in Musterstadt, a made-up demo town that comes with the app (in German, English and Arabic).</source>
        <translation>Междувременно можете да разгледате Musterstadt, измислен демо град, който идва с приложението (на немски, английски и арабски).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No connection</source>
        <translation>Няма връзка</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The Integreat server cannot be reached right now, so the list of regions is not available. Please check your internet connection and try again.</source>
        <translation>Сървърът на Integreat в момента не е достъпен, затова списъкът с региони не е наличен. Проверете интернет връзката си и опитайте отново.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app is in offline mode, so the list of regions cannot be loaded.</source>
        <translation>Приложението е в офлайн режим, затова списъкът с региони не може да бъде зареден.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No town found for “%1”. Check the spelling, or try your district (Landkreis) or a town nearby: not every town takes part in Integreat yet.</source>
        <translation>Не е намерен град за „%1“. Проверете изписването или опитайте с вашата област (Landkreis) или близък град: все още не всеки град участва в Integreat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Regions: %1</source>
        <translation>Региони: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions found: %1</source>
        <translation>Намерени региони: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RelativeTime</name>
    <message>
        <location filename="../app/desktop/presentation/relativetime.cpp" line="+13"/>
        <source>Not updated yet</source>
        <translation>Все още не е актуализирано</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated just now</source>
        <translation>Актуализирано току-що</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated 1 minute ago</source>
        <translation>Актуализирано преди 1 минута</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>Актуализирано преди %n минута</numerusform>
            <numerusform>Актуализирано преди %n минути</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated 1 hour ago</source>
        <translation>Актуализирано преди 1 час</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>Актуализирано преди %n час</numerusform>
            <numerusform>Актуализирано преди %n часа</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated yesterday</source>
        <translation>Актуализирано вчера</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Updated %n days ago</source>
        <translation>
            <numerusform>Актуализирано преди %n ден</numerusform>
            <numerusform>Актуализирано преди %n дни</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated on %1</source>
        <translation>Актуализирано на %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SearchView</name>
    <message>
        <location filename="../app/desktop/search/searchview.cpp" line="+61"/>
        <source>Search results</source>
        <translation>Резултати от търсенето</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Search: “%1”</source>
        <translation>Търсене: „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching…</source>
        <translation>Търсене…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Събитие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Място</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>News</source>
        <translation>Новини</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Only in %1</source>
        <translation>Само на %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text excerpt in %1</source>
        <translation>Откъс от текста на %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The search did not work: %1</source>
        <translation>Търсенето не проработи: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing found for “%1”.
Try other or fewer words.</source>
        <translation>Нищо не е намерено за „%1“.
Опитайте с други или по-малко думи.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found in %1 or in German for “%2”.
Try other or fewer words, or a German word you know from a letter.</source>
        <translation>Нищо не е намерено на %1 или на немски за „%2“.
Опитайте с други или по-малко думи или с немска дума, която знаете от писмо.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n or more results</source>
        <translation>
            <numerusform>%n или повече резултата</numerusform>
            <numerusform>%n или повече резултата</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 result</source>
        <translation>1 резултат</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n резултат</numerusform>
            <numerusform>%n резултата</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n or more results in %1 and German</source>
        <translation>
            <numerusform>%n или повече резултата на %1 и немски</numerusform>
            <numerusform>%n или повече резултата на %1 и немски</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 result in %1 and German</source>
        <translation>1 резултат на %1 и немски</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n results in %1 and German</source>
        <translation>
            <numerusform>%n резултат на %1 и немски</numerusform>
            <numerusform>%n резултата на %1 и немски</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results for “%1”</source>
        <translation>Резултати за „%1“</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SectionBar</name>
    <message>
        <location filename="../app/desktop/mainwindow/sectionbar.cpp" line="+47"/>
        <source>Sections</source>
        <translation>Раздели</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SectionShell</name>
    <message>
        <location filename="../app/desktop/mainwindow/sectionshell.cpp" line="+15"/>
        <source>What the section chosen in the section tabs shows</source>
        <translation>Какво показва разделът, избран в лентата с раздели</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SettingsDialog</name>
    <message>
        <location filename="../app/desktop/settings/settingsdialog.cpp" line="+47"/>
        <source>High contrast</source>
        <translation>Висок контраст</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+20"/>
        <source>Language of the app</source>
        <translation>Език на приложението</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Like the system (%1)</source>
        <translation>Като системата (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Menus and messages use this language from the next start. The language of the content is chosen above each page.</source>
        <translation>Менютата и съобщенията използват този език от следващото стартиране. Езикът на съдържанието се избира над всяка страница.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+20"/>
        <source>Text size</source>
        <translation>Размер на текста</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading</source>
        <translation>Четене</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>Известия</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Update saved towns every</source>
        <translation>Актуализирай запазените градове на всеки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer is shared (counseling): show End session in the window</source>
        <translation>Този компютър се ползва от различни хора (консултации): показвай „Приключи сесията“ в прозореца</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shared computer</source>
        <translation>Споделен компютър</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved content</source>
        <translation>Запазено съдържание</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>End the session automatically when not in use</source>
        <translation>Автоматично приключване на сесията, когато компютърът не се използва</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>minutes without use</source>
        <translation>минути без използване</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes without use before the session ends</source>
        <translation>Минути без използване преди сесията да приключи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before it ends, a countdown asks whether someone is still there; any key or mouse movement keeps the session. On a shared computer the app also keeps no language, town, news read or folder of a client.</source>
        <translation>Преди края обратно отброяване пита дали някой е още тук; всеки клавиш или движение на мишката запазва сесията. На компютър, ползван от различни хора, приложението също не запазва език, град, прочетени новини или папка на клиент.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SideBySidePane</name>
    <message>
        <location filename="../app/desktop/counsel/sidebysidepane.cpp" line="+43"/>
        <source>Second language</source>
        <translation>Втори език</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Swap sides</source>
        <translation>Размени страните</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>%1 (not downloaded)</source>
        <translation>%1 (не е изтеглено)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not saved on this computer yet. Download it to show this beside the page (this needs the internet).</source>
        <translation>Езикът %1 още не е запазен на този компютър. Изтеглете го, за да се показва до страницата (нужен е интернет).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download %1</source>
        <translation>Изтегли %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Downloading %1…</source>
        <translation>Изтегляне на %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading %1: %2</source>
        <translation>Изтегляне на %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be downloaded: %2</source>
        <translation>Езикът %1 не можа да се изтегли: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open a page, an event, a place or a news item to see it here in a second language.</source>
        <translation>Отворете страница, събитие, място или новина, за да ги видите тук на втори език.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“Print this week&apos;s events…” in the menu prints them in both languages.</source>
        <translation>„Печат на събитията от тази седмица…“ в менюто ги отпечатва на двата езика.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only one language of this town is saved: choose a second language above to download it.</source>
        <translation>За този град е запазен само един език: изберете втори език отгоре, за да го изтеглите.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Side by side shows pages, events, places and news items; this is not one of them.</source>
        <translation>„Един до друг“ показва страници, събития, места и новини; това не е едно от тях.</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>Second language:</source>
        <translation>Втори език:</translation>
    </message>
    <message>
        <location line="+327"/>
        <source>This does not exist in %1. It exists in: %2.</source>
        <translation>Това не съществува на %1. Съществува на: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other language</source>
        <translation>няма друг език</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SingleInstance</name>
    <message>
        <location filename="../app/desktop/shell/singleinstance.cpp" line="+141"/>
        <source>The running Integreat did not answer in time; it opens the link when it can.</source>
        <translation>Работещият Integreat не отговори навреме; ще отвори връзката, когато може.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The running Integreat did not accept the link.</source>
        <translation>Работещият Integreat не прие връзката.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot watch for a second start of Integreat: %1</source>
        <translation>Не може да се следи за второ стартиране на Integreat: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StartScreen</name>
    <message>
        <location filename="../app/desktop/kiosk/startscreen.cpp" line="+42"/>
        <source>Other town</source>
        <translation>Друг град</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoragePanel</name>
    <message>
        <location filename="../app/desktop/settings/storagepanel.cpp" line="+37"/>
        <source>Delete saved content?</source>
        <translation>Да се изтрие ли запазеното съдържание?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete everything saved about %1 from this computer? You can download it again later.</source>
        <translation>Да се изтрие ли от този компютър всичко запазено за %1? Можете да го изтеглите отново по-късно.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Data folder</source>
        <translation>Папка с данни</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved in: %1</source>
        <translation>Запазено в: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting…</source>
        <translation>Преброяване…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Space used: %1</source>
        <translation>Използвано място: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 language</source>
        <translation>1 език</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n languages</source>
        <translation>
            <numerusform>%n език</numerusform>
            <numerusform>%n езика</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Изтрий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved content of %1</source>
        <translation>Изтрий запазеното съдържание за %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline map…</source>
        <translation>Офлайн карта…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offline map is imported; choose a file to replace it.</source>
        <translation>Импортирана е офлайн карта; изберете файл, за да я замените.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an offline map (.mbtiles) for the places.</source>
        <translation>Импортирайте офлайн карта (.mbtiles) за местата.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Offline map</source>
        <translation>Офлайн карта</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>MBTiles maps (*.mbtiles)</source>
        <translation>MBTiles карти (*.mbtiles)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No town is saved on this computer.</source>
        <translation>На този компютър няма запазен град.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not delete</source>
        <translation>Не може да се изтрие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved content could not be deleted: %1</source>
        <translation>Запазеното съдържание не можа да бъде изтрито: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoreGuard</name>
    <message>
        <location filename="../app/desktop/common/storeguard.cpp" line="+33"/>
        <source>The saved content could not be read: %1</source>
        <translation>Запазеното съдържание не можа да бъде прочетено: %1</translation>
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
        <translation>папката %1 не може да бъде създадена</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved content cannot be opened: %1 (%2)</source>
        <translation>Запазеното съдържание не може да бъде отворено: %1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The damaged file could not be moved aside: %1</source>
        <translation>Повреденият файл не можа да бъде преместен настрани: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The saved content cannot be opened: %1</source>
        <translation>Запазеното съдържание не може да бъде отворено: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Downloading %1 again …</source>
        <translation>%1 се изтегля отново …</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncController</name>
    <message>
        <location filename="../app/desktop/sync/synccontroller.cpp" line="+48"/>
        <source>Offline mode: no network is used.</source>
        <translation>Офлайн режим: мрежата не се използва.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncPage</name>
    <message>
        <location filename="../app/desktop/firstrun/syncpage.cpp" line="+55"/>
        <source>Downloading the local information</source>
        <translation>Изтегляне на местната информация</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download progress</source>
        <translation>Напредък на изтеглянето</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download status</source>
        <translation>Състояние на изтеглянето</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 – this takes a moment. You can cancel at any time; what is already on this computer stays as it was.</source>
        <translation>%1 – това отнема малко време. Можете да отмените по всяко време; това, което вече е на този компютър, остава както е.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Connecting…</source>
        <translation>Свързване…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Отменяне…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 of %2 – %3: %4</source>
        <translation>%1 от %2 – %3: %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Downloading images and documents: %1 of %2</source>
        <translation>Изтегляне на изображения и документи: %1 от %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No answer for this language.</source>
        <translation>Няма отговор за този език.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing could be downloaded.</source>
        <translation>Нищо не можа да бъде изтеглено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some languages could not be downloaded. You can retry them or continue with what is there.</source>
        <translation>Някои езици не можаха да бъдат изтеглени. Можете да опитате отново или да продължите с наличното.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncPresenter</name>
    <message>
        <location filename="../app/desktop/mainwindow/syncpresenter.cpp" line="+46"/>
        <source>This is a demo town with example content: there is nothing to update. Choose your own town with “Change” to get its content.</source>
        <translation>Това е демо град с примерно съдържание: няма какво да се актуализира. Изберете своя град със „Смяна“, за да получите съдържанието му.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An update is running. Please try again when it is done.</source>
        <translation>Тече актуализация. Моля, опитайте отново, когато приключи.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Updating…</source>
        <translation>Актуализиране…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 от %4)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The language could not be downloaded: %1</source>
        <translation>Езикът не можа да бъде изтеглен: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncStateWidget</name>
    <message>
        <location filename="../app/desktop/mainwindow/syncstatewidget.cpp" line="+30"/>
        <location line="+1"/>
        <location line="+168"/>
        <source>Offline</source>
        <translation>Офлайн</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Update state</source>
        <translation>Състояние на актуализацията</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>Актуализирано преди %n минута</numerusform>
            <numerusform>Актуализирано преди %n минути</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>Актуализирано преди %n час</numerusform>
            <numerusform>Актуализирано преди %n часа</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated yesterday</source>
        <translation>Актуализирано вчера</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not updated yet</source>
        <translation>Все още не е актуализирано</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+106"/>
        <source>Update failed</source>
        <translation>Актуализацията е неуспешна</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+102"/>
        <source>Updating…</source>
        <translation>Актуализиране…</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+99"/>
        <source>Example content</source>
        <translation>Примерно съдържание</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+103"/>
        <source>Updating elsewhere</source>
        <translation>Актуализира се от друга програма</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+121"/>
        <source>Sync now</source>
        <translation>Синхронизирай сега</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+121"/>
        <source>Stop</source>
        <translation>Спри</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Another update is running.</source>
        <translation>Тече друга актуализация.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Another program is updating the content on this computer. Try Sync now again when it is done.</source>
        <translation>Друга програма актуализира съдържанието на този компютър. Когато приключи, опитайте отново „Синхронизирай сега“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a demo town with example content. It is not updated from a server; choose your town to get its real content.</source>
        <translation>Това е демо град с примерно съдържание. Той не се актуализира от сървър; изберете своя град, за да получите истинското му съдържание.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo</source>
        <translation>Демо</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop the update; the saved content stays as it is</source>
        <translation>Спира актуализацията; запазеното съдържание остава както е</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the latest content (F5)</source>
        <translation>Изтегли най-новото съдържание (F5)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncWorker</name>
    <message>
        <location filename="../app/desktop/sync/syncworker.cpp" line="+44"/>
        <source>Could not create the data folder %1.</source>
        <translation>Папката с данни %1 не можа да бъде създадена.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not open the local store: %1</source>
        <translation>Локалното хранилище не можа да бъде отворено: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
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
        <translation>За този език все още няма екранна клавиатура: пишете с латински букви.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete</source>
        <translation>Изтрий</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other letters: %1</source>
        <translation>Други букви: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Space</source>
        <translation>Интервал</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide the keyboard</source>
        <translation>Скрий клавиатурата</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackOutbox</name>
    <message>
        <location filename="../core/feedback/feedbackoutbox.cpp" line="+33"/>
        <source>Sending your feedback…</source>
        <translation>Изпращане на вашия отзив…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your feedback will be sent when this computer is online.</source>
        <translation>Вашият отзив ще бъде изпратен, когато компютърът е онлайн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your feedback will be sent when this computer is online, if the app stays open: on a shared computer it is not saved.</source>
        <translation>Вашият отзив ще бъде изпратен, когато компютърът е онлайн, ако приложението остане отворено: на компютър, ползван от различни хора, той не се запазва.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your feedback could not be sent.</source>
        <translation>Вашият отзив не можа да бъде изпратен.</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackResult</name>
    <message>
        <location filename="../core/feedback/feedbacksender.cpp" line="+24"/>
        <source>Thank you! Your feedback was sent to the town&apos;s editors.</source>
        <translation>Благодарим! Вашият отзив беше изпратен на редакторите на града.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline: your feedback was not sent.</source>
        <translation>Вие сте офлайн: вашият отзив не беше изпратен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Integreat server has a problem (error %1): your feedback was not sent.</source>
        <translation>Сървърът на Integreat има проблем (грешка %1): вашият отзив не беше изпратен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too much feedback was sent from here in a short time: your feedback was not sent yet.</source>
        <translation>Оттук бяха изпратени твърде много отзиви за кратко време: вашият отзив още не е изпратен.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Integreat server did not accept this feedback (error %1).</source>
        <translation>Сървърът на Integreat не прие този отзив (грешка %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Integreat server did not accept this feedback (error %1): %2</source>
        <translation>Сървърът на Integreat не прие този отзив (грешка %1): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your feedback could not be sent: %1</source>
        <translation>Вашият отзив не можа да бъде изпратен: %1</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackSender</name>
    <message>
        <location line="+16"/>
        <source>a thumb or a comment is needed</source>
        <translation>нужна е оценка или коментар</translation>
    </message>
</context>
<context>
    <name>integreat::geo</name>
    <message>
        <location filename="../core/geo/tileimport.cpp" line="+23"/>
        <source>%1 is not a region code.</source>
        <translation>%1 не е код на регион.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the folder for offline maps in %1.</source>
        <translation>Папката за офлайн карти в %1 не може да бъде създадена.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot copy %1 into the data folder.</source>
        <translation>%1 не може да бъде копиран в папката с данни.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot replace the offline map %1.</source>
        <translation>Офлайн картата %1 не може да бъде заменена.</translation>
    </message>
</context>
<context>
    <name>integreat::geo::MbtilesSource</name>
    <message>
        <location filename="../core/geo/mbtilessource.cpp" line="+55"/>
        <source>The map file %1 does not exist.</source>
        <translation>Файлът с карта %1 не съществува.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not an MBTiles map file (not an SQLite database).</source>
        <translation>%1 не е файл с карта MBTiles (не е база данни SQLite).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an MBTiles map file (it has no tiles or metadata table).</source>
        <translation>%1 не е файл с карта MBTiles (няма таблица tiles или metadata).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not an MBTiles map file (its tiles table lacks the MBTiles columns).</source>
        <translation>%1 не е файл с карта MBTiles (в таблицата tiles липсват колоните на MBTiles).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds vector tiles (pbf); only raster maps (PNG, JPEG) can be shown.</source>
        <translation>%1 съдържа векторни плочки (pbf); могат да се показват само растерни карти (PNG, JPEG).</translation>
    </message>
</context>
<context>
    <name>integreat::geo::OnlineTileSource</name>
    <message>
        <location filename="../core/geo/onlinetilesource.cpp" line="+182"/>
        <source>The tile server gave an unexpected answer (HTTP %1).</source>
        <translation>Сървърът за плочки даде неочакван отговор (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>integreat::kiosk::KioskConfig</name>
    <message>
        <location filename="../core/kiosk/kioskconfig.cpp" line="+18"/>
        <source>“%1” is not a region slug (like augsburg).</source>
        <translation>„%1“ не е slug на регион (като augsburg).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a language code (like de or ar).</source>
        <translation>„%1“ не е код на език (като de или ar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The start language %1 is not among the languages %2.</source>
        <translation>Началният език %1 не е сред езиците %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The idle time must be from %1 to %2 seconds.</source>
        <translation>Времето на бездействие трябва да е от %1 до %2 секунди.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The countdown must be from 1 to %1 seconds.</source>
        <translation>Обратното броене трябва да е от 1 до %1 секунди.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one section must be shown.</source>
        <translation>Трябва да се показва поне един раздел.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown section “%1” (known: %2).</source>
        <translation>Непознат раздел „%1“ (известни: %2).</translation>
    </message>
</context>
<context>
    <name>integreat::kiosk::KioskConfigFile</name>
    <message>
        <location filename="../core/kiosk/kioskconfigfile.cpp" line="+77"/>
        <source>line %1: expected “key = value”</source>
        <translation>ред %1: очаква се „ключ = стойност“</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>line %1: unknown setting “%2”</source>
        <translation>ред %1: непозната настройка „%2“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: “%2” is not a valid value for %3</source>
        <translation>ред %1: „%2“ не е валидна стойност за %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no [kiosk] section</source>
        <translation>няма раздел [kiosk]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The kiosk configuration %1 does not exist; the kiosk runs locked with default settings and no PIN (run integreat-cli kiosk setup).</source>
        <translation>Конфигурацията на киоска %1 не съществува; киоскът работи заключен с настройки по подразбиране и без ПИН (изпълнете integreat-cli kiosk setup).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The kiosk configuration %1 cannot be read (%2); the kiosk runs locked with default settings and no PIN.</source>
        <translation>Конфигурацията на киоска %1 не може да бъде прочетена (%2); киоскът работи заключен с настройки по подразбиране и без ПИН.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The kiosk configuration %1 is broken (%2); the kiosk runs locked with default settings and no PIN.</source>
        <translation>Конфигурацията на киоска %1 е повредена (%2); киоскът работи заключен с настройки по подразбиране и без ПИН.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the folder of %1.</source>
        <translation>Папката на %1 не може да бъде създадена.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 не може да бъде записан: %2</translation>
    </message>
</context>
<context>
    <name>integreat::net::Fetcher</name>
    <message numerus="yes">
        <location filename="../core/net/fetcher.cpp" line="+63"/>
        <source>The server is busy and asks to try again in %n minute(s).</source>
        <translation>
            <numerusform>Сървърът е зает и моли да опитате отново след %n минута.</numerusform>
            <numerusform>Сървърът е зает и моли да опитате отново след %n минути.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>integreat::net::Proxy</name>
    <message>
        <location filename="../core/net/proxy.cpp" line="+41"/>
        <source>The proxy “%1” is not usable: give http://HOST:PORT, socks5://HOST:PORT or none.</source>
        <translation>Проксито „%1“ не може да се използва: дайте http://HOST:PORT, socks5://HOST:PORT или none.</translation>
    </message>
</context>
<context>
    <name>integreat::net::Transfer</name>
    <message>
        <location filename="../core/net/transfer.cpp" line="+79"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+27"/>
        <source>The download is larger than %1 MB; it was stopped.</source>
        <translation>Изтеглянето е по-голямо от %1 MB; то беше спряно.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server sent the request on to %1, which is not allowed.</source>
        <translation>Сървърът пренасочи заявката към %1, което не е позволено.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <location line="+111"/>
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Сървърът не отговори в рамките на %n секунда.</numerusform>
            <numerusform>Сървърът не отговори в рамките на %n секунди.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-99"/>
        <source>The server sent only %1 bytes in %n second(s), less than %2 bytes a second; the download was stopped.</source>
        <translation>
            <numerusform>Сървърът изпрати само %1 байта за %n секунда, по-малко от %2 байта в секунда; изтеглянето беше спряно.</numerusform>
            <numerusform>Сървърът изпрати само %1 байта за %n секунди, по-малко от %2 байта в секунда; изтеглянето беше спряно.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not found on the server (HTTP 404).</source>
        <translation>Не е намерено на сървъра (HTTP 404).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>Сървърът отговори с грешка (HTTP %1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+20"/>
        <source>The connection was closed before the download was complete.</source>
        <translation>Връзката беше затворена, преди изтеглянето да завърши.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The server sent compressed data that cannot be unpacked safely (damaged, or far larger unpacked than sent); the download was stopped.</source>
        <translation>Сървърът изпрати компресирани данни, които не могат да бъдат разархивирани безопасно (повредени или много по-големи след разархивиране, отколкото изпратените); изтеглянето беше спряно.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server %1 was not found; check the address and the internet connection.</source>
        <translation>Сървърът %1 не беше намерен; проверете адреса и интернет връзката.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 refused the connection.</source>
        <translation>Сървърът %1 отказа връзката.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure connection to %1 could not be established: %2</source>
        <translation>Защитената връзка с %1 не можа да бъде установена: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy could not be reached: %1</source>
        <translation>Проксито не е достъпно: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy asks for a user name and password.</source>
        <translation>Проксито изисква потребителско име и парола.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request on too many times.</source>
        <translation>Сървърът пренасочи заявката твърде много пъти.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request on from https to http, which is not allowed.</source>
        <translation>Сървърът пренасочи заявката от https към http, което не е позволено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no network connection.</source>
        <translation>Няма мрежова връзка.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network error (code %1).</source>
        <translation>Мрежова грешка (код %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error: %1</source>
        <translation>Мрежова грешка: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack</name>
    <message>
        <location filename="../core/pack/packexporter.cpp" line="+51"/>
        <source>Could not read %1: %2</source>
        <translation>Не можа да се прочете %1: %2</translation>
    </message>
    <message>
        <location filename="../core/pack/packinstaller.cpp" line="+41"/>
        <source>Could not write %1.</source>
        <translation>Не можа да се запише %1.</translation>
    </message>
    <message>
        <location filename="../core/pack/packmanifest.cpp" line="+92"/>
        <location filename="../core/pack/packreader.cpp" line="+46"/>
        <source>This is not an Integreat content pack (its manifest is missing or damaged).</source>
        <translation>Това не е пакет със съдържание на Integreat (манифестът му липсва или е повреден).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This content pack was made by a newer version of Integreat (pack format %1; this version reads up to %2). Update Integreat to import it.</source>
        <translation>Този пакет със съдържание е създаден с по-нова версия на Integreat (формат на пакета %1; тази версия чете до %2). Обновете Integreat, за да го импортирате.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack&apos;s manifest is incomplete or damaged (%1).</source>
        <translation>Манифестът на пакета е непълен или повреден (%1).</translation>
    </message>
    <message>
        <location filename="../core/pack/tarwriter.cpp" line="+53"/>
        <source>Cannot store “%1” in a pack.</source>
        <translation>„%1“ не може да се съхрани в пакет.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 changed while it was read.</source>
        <translation>%1 се промени, докато се четеше.</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackExporter</name>
    <message>
        <location filename="../core/pack/packexporter.cpp" line="+49"/>
        <source>The region %1 is not in the local store; sync it first.</source>
        <translation>Регионът %1 не е в локалното хранилище; първо го синхронизирайте.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has not been synced in %2 yet; sync it first.</source>
        <translation>Езикът %1 в %2 все още не е синхронизиран; първо го синхронизирайте.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+11"/>
        <source>Could not write %1: %2</source>
        <translation>Не можа да се запише %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the local store: %1</source>
        <translation>Локалното хранилище не може да бъде прочетено: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackInstaller</name>
    <message>
        <location filename="../core/pack/packinstaller.cpp" line="+37"/>
        <source>Could not open %1: %2</source>
        <translation>Не можа да се отвори %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not unpack the pack into %1: %2</source>
        <translation>Пакетът не можа да бъде разопакован в %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pack is damaged: its offline map cannot be read (%1).</source>
        <translation>Пакетът е повреден: офлайн картата му не може да бъде прочетена (%1).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not save the content pack: %1</source>
        <translation>Пакетът със съдържание не можа да бъде запазен: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackReader</name>
    <message>
        <location filename="../core/pack/packreader.cpp" line="+57"/>
        <source>The pack is damaged: it holds %1, which its manifest does not list.</source>
        <translation>Пакетът е повреден: съдържа %1, което не е посочено в манифеста му.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pack is damaged: %1 does not have the size its manifest gives.</source>
        <translation>Пакетът е повреден: %1 няма размера, посочен в манифеста му.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pack is damaged: %1 is too large.</source>
        <translation>Пакетът е повреден: %1 е твърде голям.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>Could not unpack the pack into %1: %2</source>
        <translation>Пакетът не можа да бъде разопакован в %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack is damaged: %1 does not match its checksum.</source>
        <translation>Пакетът е повреден: %1 не съответства на контролната си сума.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The pack is incomplete: %1 is missing.</source>
        <translation>Пакетът е непълен: %1 липсва.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pack is damaged: %1 is not valid (%2).</source>
        <translation>Пакетът е повреден: %1 не е валиден (%2).</translation>
    </message>
</context>
<context>
    <name>integreat::pack::TarReader</name>
    <message>
        <location filename="../core/pack/tarreader.cpp" line="+86"/>
        <location line="+38"/>
        <location line="+10"/>
        <source>The pack ends early (it was cut short while copying?).</source>
        <translation>Пакетът свършва преждевременно (може би копирането е било прекъснато?).</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The pack is damaged: an empty block inside it.</source>
        <translation>Пакетът е повреден: вътре има празен блок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pack is damaged: a part&apos;s header is not valid.</source>
        <translation>Пакетът е повреден: заглавната част на един от елементите не е валидна.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pack is damaged: it holds something other than files.</source>
        <translation>Пакетът е повреден: съдържа нещо различно от файлове.</translation>
    </message>
</context>
<context>
    <name>integreat::print::Handout</name>
    <message>
        <location filename="../app/desktop/print/handout.cpp" line="+79"/>
        <source>Printed on %1</source>
        <translation>Отпечатано на %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last updated on %1</source>
        <translation>Последна актуализация: %1</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 от %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot write %1: the file could not be created</source>
        <translation>%1 не може да бъде записан: файлът не можа да бъде създаден</translation>
    </message>
</context>
<context>
    <name>integreat::print::HandoutHtml</name>
    <message>
        <location filename="../app/desktop/print/handouthtml.cpp" line="+112"/>
        <location line="+6"/>
        <source>Closed</source>
        <translation>Затворено</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open all day</source>
        <translation>Отворено целия ден</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only with an appointment</source>
        <translation>само с уговорен час</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>today</source>
        <translation>днес</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Мобилен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Уебсайт</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>Временно затворено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today</source>
        <translation>Днес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>Работно време</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appointments</source>
        <translation>Уговорени часове</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About</source>
        <translation>Информация</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Къде</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
</context>
<context>
    <name>integreat::print::HandoutLoader</name>
    <message>
        <location filename="../app/desktop/print/handoutloader.cpp" line="+96"/>
        <source>%1 is not in the local store for %2 (%3).</source>
        <translation>%1 не е в локалното хранилище за %2 (%3).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This item does not exist in “%1”. It exists in: %2.</source>
        <translation>Този елемент не съществува на „%1“. Съществува на: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other language</source>
        <translation>няма друг език</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The “%1” version of this item is not stored; sync that language first.</source>
        <translation>Версията на „%1“ на този елемент не е запазена; първо синхронизирайте този език.</translation>
    </message>
</context>
<context>
    <name>integreat::print::PrintActions</name>
    <message>
        <location filename="../app/desktop/print/printactions.cpp" line="+23"/>
        <location line="+46"/>
        <source>Print…</source>
        <translation>Печат…</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+46"/>
        <source>Save as PDF…</source>
        <translation>Запази като PDF…</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Print next week&apos;s events…</source>
        <translation>Печат на събитията от следващата седмица…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save next week&apos;s events as PDF…</source>
        <translation>Запази събитията от следващата седмица като PDF…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Print this week&apos;s events…</source>
        <translation>Печат на събитията от тази седмица…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this week&apos;s events as PDF…</source>
        <translation>Запази събитията от тази седмица като PDF…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the local store: %1</source>
        <translation>Локалното хранилище не може да бъде прочетено: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot print</source>
        <translation>Не може да се отпечата</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The printer could not be used.</source>
        <translation>Принтерът не можа да бъде използван.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as PDF</source>
        <translation>Запазване като PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документи (*.pdf)</translation>
    </message>
</context>
<context>
    <name>integreat::print::WeekHtml</name>
    <message>
        <location filename="../app/desktop/print/weekhtml.cpp" line="+39"/>
        <source>Events of the week</source>
        <translation>Събития през седмицата</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No events on this day.</source>
        <translation>Няма събития в този ден.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This event is not translated.</source>
        <translation>Това събитие не е преведено.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All day</source>
        <translation>Цял ден</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>irregular dates: check with the organizer</source>
        <translation>нередовни дати: проверете при организатора</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
</context>
<context>
    <name>integreat::print::WeekLoader</name>
    <message>
        <location filename="../app/desktop/print/weekloader.cpp" line="+98"/>
        <source>No events of %1 are stored in “%2”: there is nothing to print.</source>
        <translation>Няма запазени събития за %1 на „%2“: няма какво да се отпечата.</translation>
    </message>
</context>
<context>
    <name>integreat::session::SessionWiper</name>
    <message>
        <location filename="../app/desktop/session/sessionwiper.cpp" line="+46"/>
        <source>The file dialogs&apos; history could not be cleared (%1).</source>
        <translation>Историята на диалозите за файлове не можа да бъде изчистена (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not delete %1.</source>
        <translation>%1 не можа да бъде изтрит.</translation>
    </message>
</context>
<context>
    <name>integreat::speech::QtSpeechEngine</name>
    <message>
        <location filename="../app/desktop/speech/qtspeechengine.cpp" line="+27"/>
        <source>The speech service failed.</source>
        <translation>Услугата за реч не проработи.</translation>
    </message>
</context>
<context>
    <name>integreat::speech::ReadAloud</name>
    <message>
        <location filename="../app/desktop/speech/readaloud.cpp" line="+43"/>
        <source>No voice for %1 on this computer</source>
        <translation>Няма глас за %1 на този компютър</translation>
    </message>
</context>
<context>
    <name>integreat::speech::ReadAloudBar</name>
    <message>
        <location filename="../app/desktop/speech/readaloudbar.cpp" line="+21"/>
        <source>Stop</source>
        <translation>Спри</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Скорост</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slow</source>
        <translation>Бавно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal speed</source>
        <translation>Нормална скорост</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast</source>
        <translation>Бързо</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Продължи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read aloud</source>
        <translation>Прочети на глас</translation>
    </message>
</context>
<context>
    <name>integreat::store::StoreRescue</name>
    <message>
        <location filename="../core/store/storerescue.cpp" line="+36"/>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 е папка, а не файл на база данни</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the integrity check found: %1</source>
        <translation>проверката на целостта откри: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not move %1 to %2.</source>
        <translation>%1 не можа да бъде преместен в %2.</translation>
    </message>
</context>
<context>
    <name>integreat::sync::LanguageFetcher</name>
    <message>
        <location filename="../core/sync/languagefetcher.cpp" line="+89"/>
        <source>region list</source>
        <translation>списък с региони</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pages</source>
        <translation>страници</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>events</source>
        <translation>събития</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>places</source>
        <translation>места</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>place categories</source>
        <translation>категории места</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imprint</source>
        <translation>правна информация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>news</source>
        <translation>новини</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+22"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+115"/>
        <source>Could not download the %1: %2</source>
        <translation>Неуспешно изтегляне (%1): %2</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>The server sent damaged data for the %1 (%2 at byte %3).</source>
        <translation>Сървърът изпрати повредени данни (%1): %2 при байт %3.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>news: not offered by the server; the stored news are kept</source>
        <translation>новини: не се предлагат от сървъра; запазените новини се запазват</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <location line="+52"/>
        <location line="+60"/>
        <source>The %1 could not be read: %2</source>
        <translation>Не може да се прочете (%1): %2</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The language “%1” is not available in this region (HTTP 404).</source>
        <translation>Езикът „%1“ не е наличен в този регион (HTTP 404).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found on the server (HTTP 404).</source>
        <translation>Не е намерено на сървъра (HTTP 404).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>imprint: not offered by the server</source>
        <translation>правна информация: не се предлага от сървъра</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ListCheck</name>
    <message>
        <location filename="../core/sync/listcheck.cpp" line="+29"/>
        <source>The server sent %1 items for the %2, more than the %3 this app accepts; the stored %2 are kept.</source>
        <translation>Сървърът изпрати %1 елемента (%2), повече от %3, които това приложение приема; запазените данни (%2) се запазват.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No item of the %1 could be read (%2 received; first problem: %3); the stored %1 are kept.</source>
        <translation>Нито един елемент (%1) не можа да бъде прочетен (получени: %2; първи проблем: %3); запазените данни (%1) се запазват.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of the %2 items of the %3 could not be read (%4); the stored %3 are kept.</source>
        <translation>%1 от %2 елемента (%3) не можаха да бъдат прочетени (%4); запазените данни (%3) се запазват.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Item %1 of the %2 holds %3 characters of text, more than the %4 this app accepts; the stored %2 are kept.</source>
        <translation>Елемент %1 (%2) съдържа %3 знака текст, повече от %4, които това приложение приема; запазените данни (%2) се запазват.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server&apos;s list of pages for “%1” would remove %2 of the %3 stored pages; the stored pages are kept. Confirm the removal to apply it.</source>
        <translation>Списъкът със страници на сървъра за „%1“ би премахнал %2 от %3 запазени страници; запазените страници се запазват. Потвърдете премахването, за да бъде приложено.</translation>
    </message>
</context>
<context>
    <name>integreat::sync::NewsWatcher</name>
    <message>
        <location filename="../core/sync/newswatcher.cpp" line="+38"/>
        <source>The news list could not be read: %1</source>
        <translation>Списъкът с новини не можа да бъде прочетен: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::PackImporter</name>
    <message>
        <location filename="../core/sync/packimporter.cpp" line="+43"/>
        <source>The content pack is incomplete: %1 is missing.</source>
        <translation>Пакетът със съдържание е непълен: липсва %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>The content pack is damaged: %1 (%2).</source>
        <translation>Пакетът със съдържание е повреден: %1 (%2).</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The content pack names no region it contains.</source>
        <translation>Пакетът със съдържание не посочва регион, който съдържа.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The content pack has none of the languages %1.</source>
        <translation>Пакетът със съдържание няма нито един от езиците %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not create the folder %1.</source>
        <translation>Папката %1 не можа да бъде създадена.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not write %1: %2</source>
        <translation>%1 не можа да бъде записан: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save the content pack: %1</source>
        <translation>Пакетът със съдържание не можа да бъде запазен: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::PageTree</name>
    <message>
        <location filename="../core/sync/pagetree.cpp" line="+33"/>
        <source>page %1: its parent %2 is not in the list; shown at the top level</source>
        <translation>страница %1: родителската ѝ страница %2 не е в списъка; показва се на най-горното ниво</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>page %1: its parents lead back to itself; shown at the top level</source>
        <translation>страница %1: родителските ѝ страници водят обратно до нея самата; показва се на най-горното ниво</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ResourceDownloader</name>
    <message>
        <location filename="../core/sync/resourcedownloader.cpp" line="+69"/>
        <source>Could not write the file: %1</source>
        <translation>Файлът не можа да бъде записан: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The server sent a web page instead of the file.</source>
        <translation>Сървърът изпрати уеб страница вместо файла.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The server is busy (HTTP %1); the other files will be tried on the next sync.</source>
        <translation>Сървърът е зает (HTTP %1); останалите файлове ще бъдат опитани при следващата синхронизация.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Stopped after %n failed downloads in a row; the other files will be tried on the next sync.</source>
        <translation>
            <numerusform>Спряно след %n неуспешно изтегляне подред; останалите файлове ще бъдат опитани при следващата синхронизация.</numerusform>
            <numerusform>Спряно след %n неуспешни изтегляния подред; останалите файлове ще бъдат опитани при следващата синхронизация.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The server gave an unexpected answer (HTTP %1).</source>
        <translation>Сървърът даде неочакван отговор (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ResourceSync</name>
    <message>
        <location filename="../core/sync/resourcesync.cpp" line="+51"/>
        <source>Cannot create the folder for images and documents: %1</source>
        <translation>Папката за изображения и документи не може да бъде създадена: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not update the list of images and documents: %1</source>
        <translation>Списъкът с изображения и документи не можа да бъде актуализиран: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+158"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… и още %n.</numerusform>
            <numerusform>… и още %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::sync::SyncEngine</name>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="+37"/>
        <source>loading the list of regions</source>
        <translation>зареждане на списъка с региони</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saving</source>
        <translation>запазване</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>downloading %1</source>
        <translation>изтегляне: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not load the list of regions from %1: %2</source>
        <translation>Списъкът с региони не можа да бъде зареден от %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sent a damaged list of regions (%1 at byte %2).</source>
        <translation>Сървърът изпрати повреден списък с региони (%1 при байт %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of regions could not be read: %1</source>
        <translation>Списъкът с региони не можа да бъде прочетен: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>Could not save the list of regions: %1</source>
        <translation>Списъкът с региони не можа да бъде запазен: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Could not load the languages of %1: %2</source>
        <translation>Езиците на %1 не можаха да бъдат заредени: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server lists no languages for %1.</source>
        <translation>Сървърът не показва езици за %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no region “%1” on the server.</source>
        <translation>На сървъра няма регион „%1“.</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+15"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>%1 offers no language “%2” (it offers: %3).</source>
        <translation>%1 не предлага език „%2“ (предлага: %3).</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Could not read the stored pages: %1</source>
        <translation>Запазените страници не можаха да бъдат прочетени: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not save the content: %1</source>
        <translation>Съдържанието не можа да бъде запазено: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::SyncLock</name>
    <message>
        <location filename="../core/sync/synclock.cpp" line="+68"/>
        <source>A sync is already running (pid %1).</source>
        <translation>Вече тече синхронизация (pid %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync is already running.</source>
        <translation>Вече тече синхронизация.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the lock file %1: permission denied.</source>
        <translation>Файлът за заключване %1 не може да бъде създаден: отказан достъп.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the lock file %1 (is the disk full?).</source>
        <translation>Файлът за заключване %1 не може да бъде създаден (дискът пълен ли е?).</translation>
    </message>
</context>
<context>
    <name>integreat::sync::WriteFailure</name>
    <message>
        <location filename="../core/sync/writefailure.cpp" line="+26"/>
        <location line="+15"/>
        <source>the disk is full (%1)</source>
        <translation>дискът е пълен (%1)</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>no permission to write in %1</source>
        <translation>няма право за запис в %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+8"/>
        <source>%1 is on a read-only file system</source>
        <translation>%1 е във файлова система само за четене</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file system refused to write %1</source>
        <translation>файловата система отказа да запише %1</translation>
    </message>
</context>
</TS>
