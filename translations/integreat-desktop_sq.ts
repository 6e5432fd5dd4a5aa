<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sq">
<context>
    <name>integreat::chat::ChatClient</name>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="+93"/>
        <source>The chat server answered with an error (HTTP %1).</source>
        <translation>Serveri i bisedës u përgjigj me një gabim (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/chat/chatthread.cpp" line="+18"/>
        <source>The chat server sent an answer that is not a chat.</source>
        <translation>Serveri i bisedës dërgoi një përgjigje që nuk është bisedë.</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ChatSession</name>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="+94"/>
        <source>Too many messages. Please try again in a moment.</source>
        <translation>Shumë mesazhe. Ju lutemi provoni përsëri pas pak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chat is not available in this town.</source>
        <translation>Biseda nuk është e disponueshme në këtë qytet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No connection to the chat. It will be updated when you are online.</source>
        <translation>Nuk ka lidhje me bisedën. Do të përditësohet kur të jeni në linjë.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection to the chat. Your message was not sent; it is kept so you can send it again.</source>
        <translation>Nuk ka lidhje me bisedën. Mesazhi juaj nuk u dërgua; ruhet që ta dërgoni përsëri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat could not be loaded: %1</source>
        <translation>Biseda nuk mund të ngarkohej: %1</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ContactMessage</name>
    <message>
        <location filename="../core/chat/contactmessage.cpp" line="+21"/>
        <source>Please enter your e-mail address: the answer is sent there.</source>
        <translation>Shkruani adresën tuaj të e-mailit: përgjigjja dërgohet atje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not an e-mail address. Please check it (like name@example.org).</source>
        <translation>“%1” nuk është adresë e-maili. Ju lutemi kontrollojeni (p.sh. name@example.org).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please write your message.</source>
        <translation>Ju lutemi shkruani mesazhin tuaj.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message is too long: at most %1 characters, it has %2.</source>
        <translation>Mesazhi juaj është shumë i gjatë: lejohen të shumtën %1 shenja, ai ka %2.</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ZammadForm</name>
    <message>
        <location filename="../core/chat/zammadform.cpp" line="+14"/>
        <source>Your message was sent. The answer comes to your e-mail address.</source>
        <translation>Mesazhi juaj u dërgua. Përgjigjja do të vijë në adresën tuaj të e-mailit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline: your message was not sent. Please send it again when this computer is connected to the internet.</source>
        <translation>Jeni jashtë linje: mesazhi juaj nuk u dërgua. Ju lutemi dërgojeni përsëri kur ky kompjuter të lidhet me internetin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The town&apos;s contact server has a problem (error %1): your message was not sent. Please try again later.</source>
        <translation>Serveri i kontaktit të qytetit ka një problem (gabimi %1): mesazhi juaj nuk u dërgua. Ju lutemi provoni përsëri më vonë.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many messages were sent from here. Please wait a moment and try again.</source>
        <translation>Nga këtu u dërguan shumë mesazhe. Ju lutemi prisni pak dhe provoni përsëri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This contact form is switched off at the moment: your message was not sent.</source>
        <translation>Ky formular kontakti është i fikur për momentin: mesazhi juaj nuk u dërgua.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contact server did not accept this e-mail address. Please check it.</source>
        <translation>Serveri i kontaktit nuk e pranoi këtë adresë e-maili. Ju lutemi kontrollojeni.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your message could not be sent: %1</source>
        <translation>Mesazhi juaj nuk mund të dërgohej: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the form has no web address to send to</source>
        <translation>formulari nuk ka adresë interneti ku të dërgojë</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the contact server refused it (error %1)</source>
        <translation>serveri i kontaktit e refuzoi (gabimi %1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the contact server&apos;s answer could not be used</source>
        <translation>përgjigjja e serverit të kontaktit nuk mund të përdorej</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the contact server found a problem with: %1</source>
        <translation>serveri i kontaktit gjeti një problem te: %1</translation>
    </message>
</context>
<context>
    <name>integreat::cli</name>
    <message>
        <location filename="../app/cli/clipin.cpp" line="+62"/>
        <source>New kiosk PIN (4 to 12 digits): </source>
        <translation>PIN i ri i kioskut (4 deri në 12 shifra): </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same PIN again: </source>
        <translation>I njëjti PIN përsëri: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two PINs differ; nothing was changed</source>
        <translation>të dy PIN-et ndryshojnë; nuk u ndryshua asgjë</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no PIN was given (give it on standard input or at the prompt)</source>
        <translation>nuk u dha asnjë PIN (jepeni në hyrjen standarde ose kur kërkohet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a kiosk PIN has 4 to 12 digits</source>
        <translation>PIN-i i kioskut ka 4 deri në 12 shifra</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdimporttiles.cpp" line="+26"/>
        <source>Import an offline map (MBTiles, raster PNG/JPEG tiles) for a region. The desktop app shows it under the places when there is no network. Use maps whose licence allows offline use; OpenStreetMap&apos;s own tile servers do not.</source>
        <translation>Importo një hartë jashtë linje (MBTiles, pllaka raster PNG/JPEG) për një rajon. Aplikacioni i kompjuterit e shfaq atë nën vendet kur nuk ka rrjet. Përdorni harta, licenca e të cilave lejon përdorimin jashtë linje; serverët e pllakave të vetë OpenStreetMap nuk e lejojnë.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmdprint.cpp" line="+33"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+93"/>
        <location filename="../app/cli/cmdshow.cpp" line="+53"/>
        <source>Region slug.</source>
        <translation>Emri i shkurtër (slug) i rajonit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .mbtiles file.</source>
        <translation>Skedari .mbtiles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: integreat-cli import-tiles --region SLUG FILE.mbtiles</source>
        <translation>përdorimi: integreat-cli import-tiles --region SLUG FILE.mbtiles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported the offline map “%1” for %2 (zoom %3–%4) into %5</source>
        <translation>Harta jashtë linje “%1” për %2 (zmadhimi %3–%4) u importua në %5</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdkiosk.cpp" line="+77"/>
        <source>--%1 needs a number from %2 to %3</source>
        <translation>--%1 kërkon një numër nga %2 deri në %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>kiosk setup needs --region SLUG</source>
        <translation>konfigurimi i kioskut kërkon --region SLUG</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wrote the kiosk configuration %1.</source>
        <translation>Konfigurimi i kioskut %1 u shkrua.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integreat-cli: warning: no PIN is set, so nobody can open the kiosk&apos;s admin panel (set one with: integreat-cli kiosk set-pin --config %1)</source>
        <translation>integreat-cli: paralajmërim: nuk është vendosur PIN, prandaj askush nuk mund të hapë panelin e administrimit të kioskut (vendosni një me: integreat-cli kiosk set-pin --config %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(all stored)</source>
        <translation>(të gjitha të ruajturat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration:     %1</source>
        <translation>Konfigurimi:       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk mode:        %1</source>
        <translation>Modaliteti kiosk:  %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>joaktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions:           %1</source>
        <translation>Rajonet:           %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:         %1</source>
        <translation>Gjuhët:            %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start language:    %1</source>
        <translation>Gjuha e nisjes:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(first)</source>
        <translation>(e para)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle seconds:      %1</source>
        <translation>Sekonda pa veprim: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countdown seconds: %1</source>
        <translation>Sekonda numërimi: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections:          %1</source>
        <translation>Seksionet:         %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN:               %1</source>
        <translation>PIN:               %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set (PBKDF2-HMAC-SHA256, %1 iterations)</source>
        <translation>i vendosur (PBKDF2-HMAC-SHA256, %1 përsëritje)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>i pavendosur</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no region is configured in %1 (integreat-cli kiosk setup --region SLUG)</source>
        <translation>nuk është konfiguruar asnjë rajon në %1 (integreat-cli kiosk setup --region SLUG)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: updated less than %2 hours ago; skipped.</source>
        <translation>%1: u përditësua më pak se %2 orë më parë; u anashkalua.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Configure kiosk mode (integreat-desktop --kiosk):
  setup    write the configuration (--region, --languages, --idle-seconds, --countdown-seconds, --sections, --start-language, --pin)
  show     print it (--check: exit code only)
  set-pin  set a new PIN (standard input, or asked twice)
  sync     download the configured regions and languages (the nightly timer)
  disable  turn kiosk mode off (setup turns it on again)</source>
        <translation>Konfiguroni modalitetin kiosk (integreat-desktop --kiosk):
  setup    shkruan konfigurimin (--region, --languages, --idle-seconds, --countdown-seconds, --sections, --start-language, --pin)
  show     e shfaq (--check: vetëm kodin e daljes)
  set-pin  vendos një PIN të ri (hyrja standarde, ose pyetet dy herë)
  sync     shkarkon rajonet dhe gjuhët e konfiguruara (kohëmatësi i natës)
  disable  çaktivizon modalitetin kiosk (setup e aktivizon përsëri)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>setup, show, set-pin, sync or disable</source>
        <translation>setup, show, set-pin, sync ose disable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: integreat-cli kiosk setup|show|set-pin|sync|disable [--config FILE] (see --help)</source>
        <translation>përdorimi: integreat-cli kiosk setup|show|set-pin|sync|disable [--config FILE] (shihni --help)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The kiosk PIN is set.</source>
        <translation>PIN-i i kioskut u vendos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kiosk mode is disabled (integreat-cli kiosk setup enables it again).</source>
        <translation>Modaliteti kiosk u çaktivizua (integreat-cli kiosk setup e aktivizon përsëri).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kiosk action “%1” (setup, show, set-pin, sync or disable)</source>
        <translation>veprim i panjohur i kioskut “%1” (setup, show, set-pin, sync ose disable)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdprint.cpp" line="-2"/>
        <source>Write a stored page, place or event, or this week&apos;s events, as a printable PDF handout, in one language or two side by side.</source>
        <translation>Shkruaj një faqe, vend ose aktivitet të ruajtur, ose aktivitetet e kësaj jave, si fletë PDF për printim, në një gjuhë ose në dy gjuhë krah për krah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmdshow.cpp" line="+1"/>
        <source>Language code.</source>
        <translation>Kodi i gjuhës.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print this language in a second column.</source>
        <translation>Printo këtë gjuhë në një kolonë të dytë.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF file to write.</source>
        <translation>Skedari PDF që do të shkruhet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the events of the 7 days from today (or --from), instead of PATH.</source>
        <translation>Printo aktivitetet e 7 ditëve duke nisur nga sot (ose nga --from), në vend të PATH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week&apos;s first day (with --week).</source>
        <translation>Dita e parë e javës (me --week).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmdshow.cpp" line="+2"/>
        <source>Path such as /augsburg/de/willkommen/</source>
        <translation>Shteg si /augsburg/de/willkommen/</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: integreat-cli print --region SLUG --language CODE [--second-language CODE] (PATH | --week [--from YYYY-MM-DD]) --pdf FILE</source>
        <translation>përdorimi: integreat-cli print --region SLUG --language CODE [--second-language CODE] (PATH | --week [--from YYYY-MM-DD]) --pdf FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--from needs a date such as 2026-12-07.</source>
        <translation>--from kërkon një datë si 2026-12-07.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder; give the name of the PDF file to write.</source>
        <translation>%1 është dosje; jepni emrin e skedarit PDF që do të shkruhet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+72"/>
        <location filename="../app/cli/cmdshow.cpp" line="+51"/>
        <location filename="../app/cli/cmdstatus.cpp" line="+80"/>
        <source>Cannot read the local store: %1</source>
        <translation>Ruajtja lokale nuk mund të lexohet: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1</source>
        <translation>U shkrua %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdregions.cpp" line="+42"/>
        <source>List the regions on the server: name, slug, languages.</source>
        <translation>Lista e rajoneve në server: emri, slug, gjuhët.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include hidden regions.</source>
        <translation>Përfshi rajonet e fshehura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cmdsearch.cpp" line="-63"/>
        <location filename="../app/cli/cmdstatus.cpp" line="-14"/>
        <source>Print JSON.</source>
        <translation>Shfaq si JSON.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>  (hidden)</source>
        <translation>  (i fshehur)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdrepair.cpp" line="+31"/>
        <source>Downloading %1 (%2) again …</source>
        <translation>Po shkarkohet përsëri %1 (%2) …</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmdsync.cpp" line="+252"/>
        <source>%1: FAILED: %2</source>
        <translation>%1: DËSHTOI: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: %3 items</source>
        <translation>%1 %2: %3 elemente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2: FAILED: %3</source>
        <translation>%1 %2: DËSHTOI: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the local store; when it is damaged, move it aside (with -wal and -shm, under a dated name), start a fresh one and download again the regions and languages it held.</source>
        <translation>Kontrollo ruajtjen lokale; kur është e dëmtuar, zhvendose mënjanë (me -wal dhe -shm, me një emër me datë), nis një të re dhe shkarko përsëri rajonet dhe gjuhët që kishte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only check the store; change nothing.</source>
        <translation>Vetëm kontrollo ruajtjen; mos ndrysho asgjë.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download this region again instead of those the old store held.</source>
        <translation>Shkarko përsëri këtë rajon në vend të atyre që kishte ruajtja e vjetër.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --region: comma-separated language codes (default: all).</source>
        <translation>Me --region: kodet e gjuhëve të ndara me presje (parazgjedhja: të gjitha).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no local store at %1 yet; nothing to repair.</source>
        <translation>Ende nuk ka ruajtje lokale në %1; nuk ka asgjë për të riparuar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local store %1 is sound; nothing to repair.</source>
        <translation>Ruajtja lokale %1 është në rregull; nuk ka asgjë për të riparuar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>all languages</source>
        <translation>të gjitha gjuhët</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local store %1 is damaged: %2</source>
        <translation>Ruajtja lokale %1 është e dëmtuar: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved region can be read from it.</source>
        <translation>Asnjë rajon i ruajtur nuk mund të lexohet prej saj.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions it still names: %1</source>
        <translation>Rajonet që ende përmend: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the local store is damaged; run “integreat-cli repair” to move it aside and download the content again</source>
        <translation>ruajtja lokale është e dëmtuar; ekzekutoni “integreat-cli repair” për ta zhvendosur mënjanë dhe për ta shkarkuar përsëri përmbajtjen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repair when it has finished.</source>
        <translation>Riparojeni kur të ketë mbaruar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moved it aside to %1 (nothing was deleted).</source>
        <translation>U zhvendos mënjanë si %1 (nuk u fshi asgjë).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started a fresh store at %1.</source>
        <translation>U nis një ruajtje e re në %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved region could be read from the old file. Download one with: integreat-cli sync --region SLUG</source>
        <translation>Asnjë rajon i ruajtur nuk mund të lexohej nga skedari i vjetër. Shkarkoni një me: integreat-cli sync --region SLUG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the store was repaired, but not every language could be downloaded again; run integreat-cli sync later</source>
        <translation>ruajtja u riparua, por jo çdo gjuhë mund të shkarkohej përsëri; ekzekutoni më vonë integreat-cli sync</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsearch.cpp" line="-64"/>
        <source>(found in %1)</source>
        <translation>(gjetur në %1)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Search the stored pages, events, places and news of a region, offline. Pages with every word (at the start of a word of the title or the text; titles count double) come first, then pages where a misspelt word is corrected, another form of a word or a compound containing it matches; a question finds the pages sharing its rarer words.</source>
        <translation>Kërko jashtë linje në faqet, aktivitetet, vendet dhe lajmet e ruajtura të një rajoni. Fillimisht vijnë faqet me çdo fjalë (në fillim të një fjale të titullit ose të tekstit; titujt numërohen dyfish), pastaj faqet ku korrigjohet një fjalë e shkruar gabim, ose përputhet një formë tjetër e fjalës ose një fjalë e përbërë që e përmban; një pyetje gjen faqet që kanë të përbashkëta fjalët e saj më të rralla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language code (the user&apos;s).</source>
        <translation>Kodi i gjuhës (i përdoruesit).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search German too; a German hit is shown in the language when it is translated.</source>
        <translation>Kërko edhe në gjermanisht; një rezultat në gjermanisht shfaqet në gjuhën tuaj kur është përkthyer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every stored language.</source>
        <translation>Kërko në çdo gjuhë të ruajtur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N results (1-75, default 75).</source>
        <translation>Më së shumti N rezultate (1-75, parazgjedhja 75).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read one query per line; print HITS&lt;TAB&gt;MILLISECONDS&lt;TAB&gt;QUERY each.</source>
        <translation>Lexo një kërkim për rresht; shfaq për secilin HITS&lt;TAB&gt;MILLISECONDS&lt;TAB&gt;QUERY.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words to search for.</source>
        <translation>Fjalët për t&apos;u kërkuar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: integreat-cli search --region SLUG --language CODE [--also-german | --all-languages] [--limit N] [--json] QUERY… (or --stdin)</source>
        <translation>përdorimi: integreat-cli search --region SLUG --language CODE [--also-german | --all-languages] [--limit N] [--json] QUERY… (ose --stdin)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--also-german and --all-languages exclude each other</source>
        <translation>--also-german dhe --all-languages përjashtojnë njëri-tjetrin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--limit needs a number from 1 to %1</source>
        <translation>--limit kërkon një numër nga 1 deri në %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing of %1 (%2) is in the local store. Sync it first: integreat-cli sync --region %1 --languages %2</source>
        <translation>Asgjë nga %1 (%2) nuk është në ruajtjen lokale. Sinkronizojeni fillimisht: integreat-cli sync --region %1 --languages %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No results for “%1”.</source>
        <translation>Asnjë rezultat për “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results for “%1”:</source>
        <translation>Rezultatet për “%1”:</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdshow.cpp" line="-55"/>
        <source>Print the title and text of a stored page, event or place.</source>
        <translation>Shfaq titullin dhe tekstin e një faqeje, aktiviteti ose vendi të ruajtur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: integreat-cli show --region SLUG --language CODE PATH</source>
        <translation>përdorimi: integreat-cli show --region SLUG --language CODE PATH</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last updated: %1</source>
        <translation>Përditësimi i fundit: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization: %1</source>
        <translation>Organizata: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When: %1</source>
        <translation>Kur: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where: %1</source>
        <translation>Ku: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category: %1</source>
        <translation>Kategoria: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: %1</source>
        <translation>Adresa: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not in the local store for %2 (%3). Sync it first: integreat-cli sync --region %2 --languages %3</source>
        <translation>%1 nuk është në ruajtjen lokale për %2 (%3). Sinkronizojeni fillimisht: integreat-cli sync --region %2 --languages %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdstatus.cpp" line="-21"/>
        <source>  %1: %2 pages, %3 events, %4 places, %5 news</source>
        <translation>  %1: %2 faqe, %3 aktivitete, %4 vende, %5 lajme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; synced %1</source>
        <translation>; sinkronizuar %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; never synced</source>
        <translation>; nuk është sinkronizuar kurrë</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; last attempt failed: %1</source>
        <translation>; përpjekja e fundit dështoi: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show what the local store holds, per region and language.</source>
        <translation>Shfaq çfarë ka ruajtja lokale, sipas rajonit dhe gjuhës.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Store: %1 (%2)</source>
        <translation>Ruajtja: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No region synced yet. Try: integreat-cli sync --region augsburg</source>
        <translation>Ende nuk është sinkronizuar asnjë rajon. Provoni: integreat-cli sync --region augsburg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images and documents: %1 files (%2)</source>
        <translation>Imazhe dhe dokumente: %1 skedarë (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %1 not downloaded yet, tried again on the next sync</source>
        <translation>; %1 ende të pashkarkuara, provohen përsëri në sinkronizimin e ardhshëm</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdpack.cpp" line="+33"/>
        <location filename="../app/cli/cmdsync.cpp" line="-206"/>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
        <translation>%1 të shtuara, %2 të ndryshuara, %3 të hequra, %4 të pandryshuara</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 pages, %3 events, %4 places, %5 news (synced %6)</source>
        <translation>%1: %2 faqe, %3 aktivitete, %4 vende, %5 lajme (sinkronizuar %6)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote the content pack %1 of %2 to %3 (%4; %5 images and documents%6).</source>
        <translation>Paketa e përmbajtjes %1 e rajonit %2 u shkrua në %3 (%4; %5 imazhe dhe dokumente%6).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, offline map</source>
        <translation>, hartë jashtë linje</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Try again when it has finished.</source>
        <translation>Provoni përsëri kur të ketë mbaruar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content pack %1 of %2, made %3</source>
        <translation>Paketa e përmbajtjes %1 e rajonit %2, krijuar më %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: imported (content of %2): %3</source>
        <translation>%1: u importua (përmbajtje nga %2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: skipped: this PC&apos;s content (synced %2) is newer than the pack&apos;s (%3); use --force to import it anyway</source>
        <translation>%1: u anashkalua: përmbajtja e këtij kompjuteri (sinkronizuar %2) është më e re se ajo e paketës (%3); përdorni --force për ta importuar gjithsesi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images and documents: %1%2</source>
        <translation>Imazhe dhe dokumente: %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; offline map installed</source>
        <translation>; harta jashtë linje u instalua</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Content packs: one file with a region&apos;s content, images and offline map, to carry to PCs without (fast) internet or to a whole fleet.
  pack export --region SLUG [--languages de,en] FILE.integreat-pack
  pack import [--force] FILE.integreat-pack
  pack import --watch DIR    import every new pack that appears in DIR, until stopped</source>
        <translation>Paketat e përmbajtjes: një skedar me përmbajtjen, imazhet dhe hartën jashtë linje të një rajoni, për ta çuar në kompjuterë pa internet (të shpejtë) ose në një grup të tërë kompjuterësh.
  pack export --region SLUG [--languages de,en] FILE.integreat-pack
  pack import [--force] FILE.integreat-pack
  pack import --watch DIR    importo çdo paketë të re që shfaqet në DIR, derisa të ndalet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region slug (export).</source>
        <translation>Slug i rajonit (eksport).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated language codes (export; default: all stored).</source>
        <translation>Kode gjuhësh të ndara me presje (eksport; parazgjedhja: të gjitha të ruajturat).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import languages even where this PC has newer content.</source>
        <translation>Importo gjuhët edhe kur ky kompjuter ka përmbajtje më të re.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch a folder and import each new or changed pack in it.</source>
        <translation>Vëzhgo një dosje dhe importo çdo paketë të re ose të ndryshuar në të.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export or import</source>
        <translation>export ose import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack file.</source>
        <translation>Skedari i paketës.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE.integreat-pack</source>
        <translation>përdorimi: integreat-cli pack export --region SLUG [--languages de,en] FILE.integreat-pack</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE, pack import [--force] FILE or pack import --watch DIR</source>
        <translation>përdorimi: integreat-cli pack export --region SLUG [--languages de,en] FILE, pack import [--force] FILE ose pack import --watch DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsync.cpp" line="+27"/>
        <source>resources: %1 downloaded, %2 unchanged, %3 failed</source>
        <translation>burimet: %1 të shkarkuara, %2 të pandryshuara, %3 të dështuara</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1 not tried (will retry next sync)</source>
        <translation>, %1 të paprovuara (provohen përsëri në sinkronizimin e ardhshëm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (will retry next sync)</source>
        <translation> (provohet përsëri në sinkronizimin e ardhshëm)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 no longer used removed</source>
        <translation>, %1 që nuk përdoren më u hoqën</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 received</source>
        <translation>; u mor %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>warning: resource: %1</source>
        <translation>paralajmërim: burim: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: … and %1 more resource problems (see --json)</source>
        <translation>paralajmërim: … dhe %1 probleme të tjera me burimet (shihni --json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: images and documents not downloaded: %1; they will be tried again on the next sync.</source>
        <translation>paralajmërim: imazhe dhe dokumente të pashkarkuara: %1; do të provohen përsëri në sinkronizimin e ardhshëm.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download a region&apos;s content (pages, events, places, news, imprint) into the local store. Each language is saved whole or not at all.</source>
        <translation>Shkarko përmbajtjen e një rajoni (faqe, aktivitete, vende, lajme, impresum) në ruajtjen lokale. Çdo gjuhë ruhet e plotë ose aspak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region slug, e.g. augsburg.</source>
        <translation>Slug i rajonit, p.sh. augsburg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated language codes, or “all” (default).</source>
        <translation>Kodet e gjuhëve të ndara me presje, ose “all” (parazgjedhja).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as JSON on stdout.</source>
        <translation>Shfaq rezultatin si JSON në stdout.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not download the images and documents (PDFs) the content refers to.</source>
        <translation>Mos shkarko imazhet dhe dokumentet (PDF) që përmend përmbajtja.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply a pages list even when it removes more than half of the stored pages of a language (refused otherwise, keeping the stored pages).</source>
        <translation>Zbato një listë faqesh edhe kur heq më shumë se gjysmën e faqeve të ruajtura të një gjuhe (përndryshe refuzohet dhe faqet e ruajtura mbahen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When another sync of this data folder is running, wait for it to end instead of giving up.</source>
        <translation>Kur po ekzekutohet një sinkronizim tjetër i kësaj dosjeje të dhënash, prit të mbarojë në vend që të heqësh dorë.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests to the server at once (default %1): the languages download side by side.</source>
        <translation>Kërkesa njëkohësisht te serveri (parazgjedhja %1): gjuhët shkarkohen paralelisht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sync needs --region SLUG (see integreat-cli regions)</source>
        <translation>sinkronizimi kërkon --region SLUG (shihni integreat-cli regions)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--connections needs a number from 1 to %1</source>
        <translation>--connections kërkon një numër nga 1 deri në %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--languages needs codes such as de,en,ar or “all”</source>
        <translation>--languages kërkon kode si de,en,ar ose “all”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>integreat-cli: %1 received: cancelling the sync; the stored content stays as it was.</source>
        <translation>integreat-cli: u mor %1: sinkronizimi po anulohet; përmbajtja e ruajtur mbetet siç ishte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+89"/>
        <source>sync cancelled</source>
        <translation>sinkronizimi u anulua</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Try again when it has finished, or use --wait.</source>
        <translation>Provoni përsëri kur të ketë mbaruar, ose përdorni --wait.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Waiting for it to finish …</source>
        <translation>%1 Po pritet të mbarojë …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>: 1 item</source>
        <translation>: 1 element</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: %1 items</source>
        <translation>: %1 elemente</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[resources] images and documents: %1 of %2</source>
        <translation>[burimet] imazhe dhe dokumente: %1 nga %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>warning: %1: %2</source>
        <translation>paralajmërim: %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>If the server really removed these pages, run the sync again with --allow-mass-removal.</source>
        <translation>Nëse serveri vërtet i hoqi këto faqe, ekzekutoni përsëri sinkronizimin me --allow-mass-removal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync failed for %1</source>
        <translation>sinkronizimi dështoi për %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+36"/>
        <source>List the regions on the server.</source>
        <translation>Lista e rajoneve në server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download a region&apos;s content into the local store.</source>
        <translation>Shkarko përmbajtjen e një rajoni në ruajtjen lokale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what the local store holds.</source>
        <translation>Shfaq çfarë ka ruajtja lokale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a stored page, event or place.</source>
        <translation>Printo një faqe, aktivitet ose vend të ruajtur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the stored content, offline.</source>
        <translation>Kërko në përmbajtjen e ruajtur, jashtë linje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the local store; move a damaged one aside and download again.</source>
        <translation>Kontrollo ruajtjen lokale; zhvendos mënjanë një të dëmtuar dhe shkarko përsëri.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import an offline map (MBTiles) for a region.</source>
        <translation>Importo një hartë jashtë linje (MBTiles) për një rajon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configure kiosk mode: setup, show, set-pin, disable.</source>
        <translation>Konfiguro modalitetin kiosk: setup, show, set-pin, disable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a stored page, place or event, or this week&apos;s events, as a PDF handout.</source>
        <translation>Shkruaj një faqe, vend ose aktivitet të ruajtur, ose aktivitetet e kësaj jave, si fletë PDF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export or import a content pack (one file per region), or watch a folder for packs.</source>
        <translation>Eksporto ose importo një paketë përmbajtjeje (një skedar për çdo rajon), ose vëzhgo një dosje për paketa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: integreat-cli [global options] COMMAND [options]

Keeps the content of Integreat regions in a local store that works offline.

Commands:
</source>
        <translation>Përdorimi: integreat-cli [opsione globale] COMMAND [opsione]

Mban përmbajtjen e rajoneve të Integreat në një ruajtje lokale që funksionon jashtë linje.

Komandat:
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
Opsione globale (për çdo komandë):
  --server URL        Integreat CMS (parazgjedhja: https://cms.integreat-app.de)
  --data-dir DIR      dosja e ruajtjes lokale (parazgjedhja: ajo e aplikacionit të kompjuterit)
  --timeout SECONDS   hiq dorë nga një server që nuk përgjigjet pas kaq kohe (parazgjedhja: 30)
  --retries N         riprovime të një shkarkimi të dështuar (parazgjedhja: 3)
  --proxy URL         proxy për çdo kërkesë: http://HOST:PORT, socks5://HOST:PORT
                      ose none (parazgjedhja: ai i sistemit, p.sh. https_proxy)
  -h, --help          ndihmë (edhe pas një komande)
  -v, --version       versioni

Shembull:
  integreat-cli sync --region augsburg --languages de,en,ar
</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>no command given</source>
        <translation>nuk u dha asnjë komandë</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown command “%1” (see --help)</source>
        <translation>komandë e panjohur “%1” (shihni --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/packwatch.cpp" line="+48"/>
        <source>%1 is not a folder.</source>
        <translation>%1 nuk është dosje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integreat-cli: %1 received: stopped watching %2.</source>
        <translation>integreat-cli: u mor %1: vëzhgimi i %2 u ndal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watching %1 for content packs (*%2); stop with Ctrl+C.</source>
        <translation>Po vëzhgohet %1 për paketa përmbajtjeje (*%2); ndaleni me Ctrl+C.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: pack %2 was imported already.</source>
        <translation>%1: paketa %2 është importuar tashmë.</translation>
    </message>
</context>
<context>
    <name>integreat::cli::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+28"/>
        <source>Integreat CMS to talk to (default: %1).</source>
        <translation>Integreat CMS me të cilin komunikohet (parazgjedhja: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder of the local store (default: %1).</source>
        <translation>Dosja e ruajtjes lokale (parazgjedhja: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give up on a silent server after this many seconds (default: 30).</source>
        <translation>Hiq dorë nga një server që nuk përgjigjet pas kaq sekondash (parazgjedhja: 30).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retries of a failed download (default: 3).</source>
        <translation>Riprovime të një shkarkimi të dështuar (parazgjedhja: 3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send every request through this proxy: http://HOST:PORT, socks5://HOST:PORT or none (default: the system&apos;s proxy settings).</source>
        <translation>Dërgo çdo kërkesë përmes këtij proxy: http://HOST:PORT, socks5://HOST:PORT ose none (parazgjedhja: cilësimet e proxy të sistemit).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (see --help)</source>
        <translation> (shihni --help)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--server needs an http(s) URL such as https://cms.integreat-app.de</source>
        <translation>--server kërkon një URL http(s) si https://cms.integreat-app.de</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout needs a number of seconds of at least 1</source>
        <translation>--timeout kërkon një numër sekondash, të paktën 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--retries needs a number from 0 to 10</source>
        <translation>--retries kërkon një numër nga 0 deri në 10</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the data folder %1</source>
        <translation>Dosja e të dhënave %1 nuk mund të krijohet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the local store %1: %2</source>
        <translation>Ruajtja lokale %1 nuk mund të hapet: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run “integreat-cli repair” to move %1 aside and download the content again.</source>
        <translation>Ekzekutoni “integreat-cli repair” për të zhvendosur mënjanë %1 dhe për të shkarkuar përsëri përmbajtjen.</translation>
    </message>
</context>
<context>
    <name>integreat::cli::KioskOptions</name>
    <message>
        <location filename="../app/cli/cmdkiosk.cpp" line="-251"/>
        <source>The kiosk configuration file (default: %1).</source>
        <translation>Skedari i konfigurimit të kioskut (parazgjedhja: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region slug (repeat or comma-separate for several).</source>
        <translation>Slug i rajonit (përsëriteni ose ndajeni me presje për disa).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language codes offered, comma-separated.</source>
        <translation>Kodet e gjuhëve që ofrohen, të ndara me presje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language preselected on the start screen.</source>
        <translation>Gjuha e parazgjedhur në ekranin e nisjes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds without touch before the countdown (default: 120).</source>
        <translation>Sekonda pa prekje para numërimit mbrapsht (parazgjedhja: 120).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds of the “Are you still there?” countdown (default: 20).</source>
        <translation>Sekondat e numërimit mbrapsht “A jeni ende këtu?” (parazgjedhja: 20).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections shown, comma-separated (default: local,places,events,news).</source>
        <translation>Seksionet që shfaqen, të ndara me presje (parazgjedhja: local,places,events,news).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the PIN (read from standard input when it is not a terminal, else asked twice).</source>
        <translation>Vendos PIN-in (lexohet nga hyrja standarde kur nuk është terminal, përndryshe pyetet dy herë).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sync: skip a region whose languages were all updated less than N hours ago (the update at boot).</source>
        <translation>sync: anashkalo një rajon, gjuhët e të cilit janë përditësuar të gjitha më pak se N orë më parë (përditësimi në nisje).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show: print nothing; exit 0 only when the kiosk is configured and enabled (for ExecCondition=).</source>
        <translation>show: mos shfaq asgjë; dil me 0 vetëm kur kiosku është i konfiguruar dhe aktiv (për ExecCondition=).</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::AdminPanel</name>
    <message>
        <location filename="../app/desktop/kiosk/adminpanel.cpp" line="+20"/>
        <source>Sync now</source>
        <translation>Sinkronizo tani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit kiosk</source>
        <translation>Dil nga kiosku</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kiosk administration</source>
        <translation>Administrimi i kioskut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start over</source>
        <translation>Fillo nga e para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the kiosk</source>
        <translation>Kthehu te kiosku</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Counting…</source>
        <translation>Po numërohet…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>never</source>
        <translation>kurrë</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1: last update %2, %3 pages, %4 events, %5 places, %6 news</source>
        <translation>  %1: përditësimi i fundit %2, %3 faqe, %4 aktivitete, %5 vende, %6 lajme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the last attempt failed: %1</source>
        <translation>përpjekja e fundit dështoi: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is saved yet.</source>
        <translation>Ende nuk është ruajtur asgjë.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::Application</name>
    <message>
        <location filename="../app/desktop/shell/application.cpp" line="+246"/>
        <source>nothing is saved in %1 yet; sync a town first</source>
        <translation>ende nuk është ruajtur asgjë në %1; sinkronizoni fillimisht një qytet</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>could not write the screenshot %1</source>
        <translation>pamja e ekranit %1 nuk mund të shkruhej</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::BreadcrumbBar</name>
    <message>
        <location filename="../app/desktop/pages/breadcrumbbar.cpp" line="+36"/>
        <source>You are here</source>
        <translation>Ju jeni këtu</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>More: %1</source>
        <translation>Më shumë: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ChatSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/chatsection.cpp" line="+105"/>
        <source>Ask Integreat</source>
        <translation>Pyet Integreat</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The chat is not offered on this public computer.</source>
        <translation>Biseda nuk ofrohet në këtë kompjuter publik.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>The chat is not available in this town.</source>
        <translation>Biseda nuk është e disponueshme në këtë qytet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chat of this town is not available on this computer yet.</source>
        <translation>Biseda e këtij qyteti nuk është ende e disponueshme në këtë kompjuter.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ChatView</name>
    <message>
        <location filename="../app/desktop/chat/chatview.cpp" line="+31"/>
        <source>Accept and start the chat</source>
        <translation>Prano dhe nis bisedën</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send</source>
        <translation>Dërgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again</source>
        <translation>Dërgo përsëri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>Bisedë e re</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write your question in any language</source>
        <translation>Shkruani pyetjen tuaj në çfarëdo gjuhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your message</source>
        <translation>Mesazhi juaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>Bisedë</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy notice of the chat</source>
        <translation>Njoftimi për privatësinë i bisedës</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State of the chat</source>
        <translation>Gjendja e bisedës</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Your questions are answered by counselors of the town and by an assistant that knows the town&apos;s information. What you write is sent to the town&apos;s chat server and kept there.</source>
        <translation>Pyetjeve tuaja u përgjigjen këshilltarë të qytetit dhe një asistent që njeh informacionin e qytetit. Ajo që shkruani dërgohet te serveri i bisedës i qytetit dhe ruhet atje.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the privacy notice</source>
        <translation>Lexoni njoftimin për privatësinë</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Ask a question about life in the town. The answer appears here.</source>
        <translation>Bëni një pyetje për jetën në qytet. Përgjigjja shfaqet këtu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You</source>
        <translation>Ju</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic answer</source>
        <translation>Përgjigje automatike</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counselor</source>
        <translation>Këshilltar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending…</source>
        <translation>Po dërgohet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent yet</source>
        <translation>Ende e padërguar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integreat is writing an answer…</source>
        <translation>Integreat po shkruan një përgjigje…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading the chat…</source>
        <translation>Po ngarkohet biseda…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CommandLine</name>
    <message>
        <location filename="../app/desktop/shell/commandline.cpp" line="+39"/>
        <source>Integreat: local information for newcomers, in their language, also offline.</source>
        <translation>Integreat: informacion lokal për të ardhurit e rinj, në gjuhën e tyre, edhe jashtë linje.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of the local store (default: %1).</source>
        <translation>Dosja e ruajtjes lokale (parazgjedhja: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integreat CMS to update from (default: %1).</source>
        <translation>Integreat CMS nga i cili përditësohet (parazgjedhja: %1).</translation>
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
        <translation>Mos përdor kurrë rrjetin; shfaq vetëm përmbajtjen e ruajtur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a page: an https://integreat.app/… link, an integreat:// link or region/language/path.</source>
        <translation>Hap një faqe: një lidhje https://integreat.app/…, një lidhje integreat:// ose rajon/gjuhë/shteg.</translation>
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
        <translation>Importo një paketë përmbajtjeje (të krijuar me integreat-cli pack export) dhe shfaq rezultatin te cilësimet; njësoj si të jepni FILE.integreat-pack.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Render the window at 1280×800 into a PNG file and exit (for documentation and smoke tests).</source>
        <translation>Vizato dritaren në 1280×800 në një skedar PNG dhe dil (për dokumentim dhe teste).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The same as --open, or a content pack file (.integreat-pack) to import.</source>
        <translation>Njësoj si --open, ose një skedar pakete përmbajtjeje (.integreat-pack) për ta importuar.</translation>
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
        <translation>Dërgo çdo kërkesë përmes këtij proxy: http://HOST:PORT, socks5://HOST:PORT ose none (parazgjedhja: cilësimet e proxy të sistemit).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run as a locked public kiosk (full screen, idle reset, links as QR codes).</source>
        <translation>Ekzekuto si kiosk publik i kyçur (ekran i plotë, rinisje pas mosveprimit, lidhjet si kode QR).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kiosk configuration (with --kiosk; default: %1).</source>
        <translation>Konfigurimi i kioskut (me --kiosk; parazgjedhja: %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[LINK]</source>
        <translation>[LINK]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Give one content pack to import, not several.</source>
        <translation>Jepni vetëm një paketë përmbajtjeje për ta importuar, jo disa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give one link to open, not several.</source>
        <translation>Jepni një lidhje për ta hapur, jo disa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--config is for --kiosk.</source>
        <translation>--config është për --kiosk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--kiosk starts at its own start screen: no link or --screenshot.</source>
        <translation>--kiosk nis në ekranin e vet të nisjes: pa lidhje ose --screenshot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A content pack is imported in a window: not with --kiosk or --screenshot.</source>
        <translation>Paketa e përmbajtjes importohet në një dritare: jo me --kiosk ose --screenshot.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--server needs an http(s) URL such as %1.</source>
        <translation>--server kërkon një URL http(s) si %1.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ContactFormDialog</name>
    <message>
        <location filename="../app/desktop/pages/contactformdialog.cpp" line="+27"/>
        <location line="+101"/>
        <source>Send</source>
        <translation>Dërgo</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to the town&apos;s team. They answer by e-mail; your message is sent to the town&apos;s contact server.</source>
        <translation>Shkruajini ekipit të qytetit. Ata përgjigjen me e-mail; mesazhi juaj dërgohet te serveri i kontaktit të qytetit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Your name (optional)</source>
        <translation>Emri juaj (opsional)</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Your e-mail address</source>
        <translation>Adresa juaj e e-mailit</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Your message</source>
        <translation>Mesazhi juaj</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+25"/>
        <source>Sending…</source>
        <translation>Po dërgohet…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CounselTools</name>
    <message>
        <location filename="../app/desktop/counsel/counseltools.cpp" line="+25"/>
        <source>Read aloud</source>
        <translation>Lexo me zë</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End session</source>
        <translation>Përfundo seancën</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show QR code</source>
        <translation>Shfaq kodin QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>Krah për krah</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the text aloud in its language</source>
        <translation>Lexo tekstin me zë në gjuhën e tij</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear everything of this session and start again (%1)</source>
        <translation>Fshi gjithçka nga kjo seancë dhe fillo nga e para (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the link of this page as a QR code to take along on a phone</source>
        <translation>Shfaq lidhjen e kësaj faqeje si kod QR, për ta marrë me vete në telefon</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show this in a second language beside it</source>
        <translation>Shfaq këtë krah për krah në një gjuhë të dytë</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CountdownOverlay</name>
    <message>
        <location filename="../app/desktop/kiosk/countdownoverlay.cpp" line="+14"/>
        <source>Yes, continue</source>
        <translation>Po, vazhdo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Are you still there?</source>
        <translation>A jeni ende këtu?</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Press any key or move the mouse to continue. In %n seconds the session ends: the app goes back to the start page and what was looked at is cleared.</source>
        <translation>
            <numerusform>Shtypni një tast ose lëvizni miun për të vazhduar. Pas %n sekonde seanca përfundon: aplikacioni kthehet te faqja e nisjes dhe ajo që është parë fshihet.</numerusform>
            <numerusform>Shtypni një tast ose lëvizni miun për të vazhduar. Pas %n sekondash seanca përfundon: aplikacioni kthehet te faqja e nisjes dhe ajo që është parë fshihet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Touch the screen to continue. In %n seconds everything starts over and what you looked at is cleared.</source>
        <translation>
            <numerusform>Prekni ekranin për të vazhduar. Pas %n sekonde gjithçka fillon nga e para dhe ajo që keni parë fshihet.</numerusform>
            <numerusform>Prekni ekranin për të vazhduar. Pas %n sekondash gjithçka fillon nga e para dhe ajo që keni parë fshihet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DBusNotifier</name>
    <message>
        <location filename="../app/desktop/notify/dbusnotifier.cpp" line="+51"/>
        <source>Open</source>
        <translation>Hap</translation>
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
        <translation>Përmbajtja e ruajtur është e dëmtuar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be read: %2

Download again moves the file aside under a dated name (nothing is deleted), starts afresh and downloads your towns and languages again.</source>
        <translation>Skedari %1 nuk mund të lexohet: %2

“Shkarko përsëri” e zhvendos skedarin mënjanë me një emër me datë (nuk fshihet asgjë), fillon nga e para dhe shkarkon përsëri qytetet dhe gjuhët tuaja.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download again</source>
        <translation>Shkarko përsëri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Dil</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DashboardView</name>
    <message>
        <location filename="../app/desktop/pages/dashboardview.cpp" line="+39"/>
        <source>Local information</source>
        <translation>Informacion lokal</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There are no pages in this language yet.</source>
        <translation>Ende nuk ka faqe në këtë gjuhë.</translation>
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
        <translation>“%1” nuk është lidhje për një faqe të një qyteti të Integreat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” in %2 is not saved on this computer.</source>
        <translation>“%1” në %2 nuk është ruajtur në këtë kompjuter.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The chat is not available in this town.</source>
        <translation>Biseda nuk është e disponueshme në këtë qytet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked page is not saved on this computer.</source>
        <translation>Faqja e lidhur nuk është ruajtur në këtë kompjuter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The linked page is in %1, which is not saved on this computer.</source>
        <translation>Faqja e lidhur është në %1, e cila nuk është ruajtur në këtë kompjuter.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EndSession</name>
    <message>
        <location filename="../app/desktop/counsel/endsession.cpp" line="+44"/>
        <location line="+6"/>
        <source>End session</source>
        <translation>Përfundo seancën</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>End this session?</source>
        <translation>Të përfundojë kjo seancë?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app goes back to the start page. The history, the search, side by side, the news read and the folders used for saving are cleared, so that the next person finds nothing of this session.</source>
        <translation>Aplikacioni kthehet në faqen e nisjes. Historiku, kërkimi, pamja krah për krah, lajmet e lexuara dhe dosjet e përdorura për ruajtje fshihen, që personi tjetër të mos gjejë asgjë nga kjo seancë.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventDateText</name>
    <message>
        <location filename="../app/desktop/presentation/eventdatetext.cpp" line="+50"/>
        <source>the last %1</source>
        <translation>%1 e fundit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the %1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1, all day</source>
        <translation>%1, gjithë ditën</translation>
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
        <translation>Çdo ditë</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 days</source>
        <translation>Çdo %1 ditë</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every week</source>
        <translation>Çdo javë</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 weeks</source>
        <translation>Çdo %1 javë</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every month</source>
        <translation>Çdo muaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 months</source>
        <translation>Çdo %1 muaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every year</source>
        <translation>Çdo vit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 years</source>
        <translation>Çdo %1 vjet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats</source>
        <translation>Përsëritet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only on weekdays (Monday to Friday)</source>
        <translation>Vetëm në ditët e punës (e hënë deri të premte)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventHtml</name>
    <message>
        <location filename="../app/desktop/events/eventhtml.cpp" line="+80"/>
        <source>Loading dates…</source>
        <translation>Po ngarkohen datat…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address:</source>
        <translation>Adresa:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online meeting:</source>
        <translation>Takim online:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More dates</source>
        <translation>Më shumë data</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventList</name>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+20"/>
        <source>Only dates from</source>
        <translation>Vetëm datat nga</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>deri</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First day</source>
        <translation>Dita e parë</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Dita e fundit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Events</source>
        <translation>Aktivitete</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlistmodel.cpp" line="+68"/>
        <source>Today</source>
        <translation>Sot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>Nesër</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 7 days</source>
        <translation>7 ditët e ardhshme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 30 days</source>
        <translation>30 ditët e ardhshme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Më vonë</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Heading</source>
        <translation>Titull</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+35"/>
        <source>Loading events…</source>
        <translation>Po ngarkohen aktivitetet…</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlistmodel.cpp" line="-20"/>
        <source>More dates: %1</source>
        <translation>Më shumë data: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Irregular dates</source>
        <translation>Data të parregullta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Irregular dates. %1</source>
        <translation>Data të parregullta. %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+13"/>
        <source>No events in these days.</source>
        <translation>Asnjë aktivitet në këto ditë.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No upcoming events.</source>
        <translation>Asnjë aktivitet i ardhshëm.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventsSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/eventssection.cpp" line="+26"/>
        <source>Events</source>
        <translation>Aktivitete</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This event is not on this computer. It may be over or removed, or it is newer than the last update.</source>
        <translation>Ky aktivitet nuk është në këtë kompjuter. Mund të ketë mbaruar ose të jetë hequr, ose është më i ri se përditësimi i fundit.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventsView</name>
    <message>
        <location filename="../app/desktop/events/eventsview.cpp" line="+45"/>
        <location line="+28"/>
        <source>All events</source>
        <translation>Të gjitha aktivitetet</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Save this date for a calendar…</source>
        <translation>Ruaj këtë datë për një kalendar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save all dates for a calendar…</source>
        <translation>Ruaj të gjitha datat për një kalendar…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Event</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>This event has irregular dates: they cannot all be worked out, so only the first is shown. Check the dates with the organizer.</source>
        <translation>Ky aktivitet ka data të parregullta: nuk mund të llogariten të gjitha, prandaj shfaqet vetëm e para. Kontrolloni datat me organizatorin.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Save for a calendar</source>
        <translation>Ruaj për një kalendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>Skedarë kalendari (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dates are still being worked out. Try again in a moment.</source>
        <translation>Datat po llogariten ende. Provoni përsëri pas pak.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This event has no dates left to save.</source>
        <translation>Ky aktivitet nuk ka më data për t&apos;u ruajtur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The calendar file could not be saved: %1</source>
        <translation>Skedari i kalendarit nuk mund të ruhej: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. Open %1 with your calendar app to add the event.</source>
        <translation>U ruajt. Hapni %1 me aplikacionin tuaj të kalendarit për të shtuar aktivitetin.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ExternalLinkDialog</name>
    <message>
        <location filename="../app/desktop/pages/externallinkdialog.cpp" line="+38"/>
        <source>Open a website?</source>
        <translation>Të hapet një faqe interneti?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link leads out of Integreat to a website of &lt;b&gt;%1&lt;/b&gt;. It opens in your web browser and needs an internet connection.</source>
        <translation>Kjo lidhje të çon jashtë Integreat në një faqe interneti të &lt;b&gt;%1&lt;/b&gt;. Hapet në shfletuesin tuaj dhe kërkon lidhje me internetin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Open in browser</source>
        <translation>Hap në shfletues</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open the document online?</source>
        <translation>Të hapet dokumenti online?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document is not saved on this computer. It can be opened from &lt;b&gt;%1&lt;/b&gt; in your browser with an internet connection.</source>
        <translation>Ky dokument nuk është ruajtur në këtë kompjuter. Mund të hapet nga &lt;b&gt;%1&lt;/b&gt; në shfletuesin tuaj me lidhje interneti.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call this number?</source>
        <translation>Të telefonohet ky numër?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your computer&apos;s phone app will call this number:</source>
        <translation>Aplikacioni i telefonit i kompjuterit tuaj do ta telefonojë këtë numër:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write an e-mail?</source>
        <translation>Të shkruhet një e-mail?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your e-mail program will open a new message to:</source>
        <translation>Programi juaj i e-mailit do të hapë një mesazh të ri për:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write e-mail</source>
        <translation>Shkruaj e-mail</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Copy</source>
        <translation>Kopjo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <translation>U kopjua</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::FeedbackBox</name>
    <message>
        <location filename="../app/desktop/pages/feedbackbox.cpp" line="+88"/>
        <source>Was this page helpful?</source>
        <translation>A ju ndihmoi kjo faqe?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Po</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, this was helpful</source>
        <translation>Po, kjo më ndihmoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>Jo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, this was not helpful</source>
        <translation>Jo, kjo nuk më ndihmoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What could be better? (optional, no personal data)</source>
        <translation>Çfarë mund të ishte më mirë? (opsionale, pa të dhëna personale)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on this page</source>
        <translation>Koment për këtë faqe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send feedback</source>
        <translation>Dërgo vlerësimin</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Thank you. You may add a comment.</source>
        <translation>Faleminderit. Mund të shtoni edhe një koment.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please choose “Yes” or “No”, or write a comment.</source>
        <translation>Ju lutemi zgjidhni “Po” ose “Jo”, ose shkruani një koment.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::FirstRunWizard</name>
    <message>
        <location filename="../app/desktop/firstrun/firstrunwizard.cpp" line="+31"/>
        <source>Back</source>
        <translation>Prapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+221"/>
        <source>Next</source>
        <translation>Tjetër</translation>
    </message>
    <message>
        <location line="-220"/>
        <location line="+216"/>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Welcome to Integreat</source>
        <translation>Mirë se vini në Integreat</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The download was cancelled. Nothing was changed on this computer.</source>
        <translation>Shkarkimi u anulua. Nuk u ndryshua asgjë në këtë kompjuter.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The server lists no regions.</source>
        <translation>Serveri nuk ka asnjë rajon.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The demo town could not be set up: %1</source>
        <translation>Qyteti demonstrues nuk mund të përgatitej: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Download</source>
        <translation>Shkarko</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue</source>
        <translation>Vazhdo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stops the download; nothing is changed</source>
        <translation>Ndalon shkarkimin; nuk ndryshohet asgjë</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this window</source>
        <translation>Mbyll këtë dritare</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::HeaderBar</name>
    <message>
        <location filename="../app/desktop/mainwindow/headerbar.cpp" line="+54"/>
        <location line="+1"/>
        <source>Search</source>
        <translation>Kërko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear search</source>
        <translation>Pastro kërkimin</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Menu</source>
        <translation>Menyja</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Search in %1</source>
        <translation>Kërko në %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskApp</name>
    <message>
        <location filename="../app/desktop/shell/kioskapp.cpp" line="+36"/>
        <source>kiosk mode is disabled in %1 (integreat-cli kiosk setup enables it)</source>
        <translation>modaliteti kiosk është çaktivizuar në %1 (integreat-cli kiosk setup e aktivizon)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot create the folder %1</source>
        <translation>dosja %1 nuk mund të krijohet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved content cannot be opened: %1</source>
        <translation>Përmbajtja e ruajtur nuk mund të hapet: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskSession</name>
    <message>
        <location filename="../app/desktop/kiosk/kiosksession.cpp" line="+66"/>
        <source>Start over</source>
        <translation>Fillo nga e para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this page with you</source>
        <translation>Merreni këtë faqe me vete</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskWindow</name>
    <message>
        <location filename="../app/desktop/kiosk/kioskwindow.cpp" line="+77"/>
        <source>The update has finished.</source>
        <translation>Përditësimi përfundoi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The update failed; the last good content stays in use. %1</source>
        <translation>Përditësimi dështoi; përdoret përmbajtja e fundit e mirë. %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nothing is saved on this kiosk yet. The administrator can update the content.</source>
        <translation>Ende nuk është ruajtur asgjë në këtë kiosk. Administratori mund ta përditësojë përmbajtjen.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Wrong PIN.</source>
        <translation>PIN i gabuar.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Shumë PIN të gabuar. Provoni përsëri pas %n sekonde.</numerusform>
            <numerusform>Shumë PIN të gabuar. Provoni përsëri pas %n sekondash.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No PIN is set for this kiosk, so the administration cannot be opened here (integreat-cli kiosk set-pin).</source>
        <translation>Për këtë kiosk nuk është vendosur PIN, prandaj administrimi nuk mund të hapet këtu (integreat-cli kiosk set-pin).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No region is configured (integreat-cli kiosk setup).</source>
        <translation>Nuk është konfiguruar asnjë rajon (integreat-cli kiosk setup).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kiosk runs offline; the nightly update keeps it current.</source>
        <translation>Ky kiosk funksionon jashtë linje; përditësimi i natës e mban të aktualizuar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Updating…</source>
        <translation>Po përditësohet…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageButton</name>
    <message>
        <location filename="../app/desktop/mainwindow/languagebutton.cpp" line="+40"/>
        <source>%1 (download)</source>
        <translation>%1 (shkarko)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language of the content: %1</source>
        <translation>Gjuha e përmbajtjes: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content language: %1</source>
        <translation>Gjuha e përmbajtjes: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageNames</name>
    <message>
        <location filename="../app/desktop/presentation/languages.cpp" line="+46"/>
        <source>Albanian</source>
        <translation>Shqip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amharic</source>
        <translation>Amharisht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>Arabisht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgarian</source>
        <translation>Bullgarisht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central Kurdish</source>
        <translation>Kurdishte qendrore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatian</source>
        <translation>Kroatisht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czech</source>
        <translation>Çekisht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Anglisht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Frëngjisht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Gjermanisht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greek</source>
        <translation>Greqisht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungarian</source>
        <translation>Hungarisht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>Italisht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kurdish</source>
        <translation>Kurdisht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pashto</source>
        <translation>Pashto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persian</source>
        <translation>Persisht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>Polonisht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>Rumanisht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Rusisht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbian</source>
        <translation>Serbisht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somali</source>
        <translation>Somalisht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Spanjisht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tigrinya</source>
        <translation>Tigrinja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>Turqisht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation>Ukrainisht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnamese</source>
        <translation>Vietnamisht</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguagePage</name>
    <message>
        <location filename="../app/desktop/firstrun/languagepage.cpp" line="+22"/>
        <source>Which languages do you want to read?</source>
        <translation>Në cilat gjuhë dëshironi të lexoni?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notice</source>
        <translation>Njoftim</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Languages</source>
        <translation>Gjuhët</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The local information of %1 is downloaded in the languages you choose, so you can read it without internet. You can choose several and add more later.</source>
        <translation>Informacioni lokal i %1 shkarkohet në gjuhët që zgjidhni, që ta lexoni pa internet. Mund të zgjidhni disa dhe të shtoni të tjera më vonë.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language code %1</source>
        <translation>Kodi i gjuhës %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageRow</name>
    <message>
        <location filename="../app/desktop/firstrun/languagerow.cpp" line="+29"/>
        <source>Retry</source>
        <translation>Provo përsëri</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry %1</source>
        <translation>Provo përsëri %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Waiting</source>
        <translation>Në pritje</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Finished</source>
        <translation>Përfundoi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Ready to read offline</source>
        <translation>✓ Gati për t&apos;u lexuar jashtë linje</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not downloaded: %1</source>
        <translation>I pashkarkuar: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LinkRouter</name>
    <message>
        <location filename="../app/desktop/pages/linkrouter.cpp" line="+70"/>
        <source>This link cannot be opened: it could harm your computer or your data.</source>
        <translation>Kjo lidhje nuk mund të hapet: mund të dëmtojë kompjuterin ose të dhënat tuaja.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This link leads to the list of towns. To read about another town, use “Change” next to the town&apos;s name.</source>
        <translation>Kjo lidhje të çon te lista e qyteteve. Për të lexuar për një qytet tjetër, përdorni “Ndrysho” pranë emrit të qytetit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This link leads to a part of Integreat that this app does not show yet.</source>
        <translation>Kjo lidhje të çon në një pjesë të Integreat që ky aplikacion ende nuk e shfaq.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download %1</source>
        <translation>Shkarko %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This link leads to “%1” in %2, which is not saved on this computer.</source>
        <translation>Kjo lidhje të çon te “%1” në %2, e cila nuk është ruajtur në këtë kompjuter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This page is in %1, which is not saved on this computer yet.</source>
        <translation>Kjo faqe është në %1, e cila ende nuk është ruajtur në këtë kompjuter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chat is not available in this town.</source>
        <translation>Biseda nuk është e disponueshme në këtë qytet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The linked event is not on this computer. It may be over or removed, or it is newer than the last update.</source>
        <translation>Aktiviteti i lidhur nuk është në këtë kompjuter. Mund të ketë mbaruar ose të jetë hequr, ose është më i ri se përditësimi i fundit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked place is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Vendi i lidhur nuk është në këtë kompjuter. Mund të jetë hequr, ose është më i ri se përditësimi i fundit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked news item is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Lajmi i lidhur nuk është në këtë kompjuter. Mund të jetë hequr, ose është më i ri se përditësimi i fundit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked page is not on this computer. It may have been moved or removed, or it is newer than the last update.</source>
        <translation>Faqja e lidhur nuk është në këtë kompjuter. Mund të jetë zhvendosur ose hequr, ose është më e re se përditësimi i fundit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No program on this computer can open this document.</source>
        <translation>Asnjë program në këtë kompjuter nuk mund ta hapë këtë dokument.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This document is not saved on this computer.</source>
        <translation>Ky dokument nuk është ruajtur në këtë kompjuter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>No program on this computer can open this link.</source>
        <translation>Asnjë program në këtë kompjuter nuk mund ta hapë këtë lidhje.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>This offer cannot be opened: its form could not be prepared.</source>
        <translation>Ky shërbim nuk mund të hapet: formulari i tij nuk mund të përgatitej.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open online</source>
        <translation>Hap online</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LocalInfoSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/localinfosection.cpp" line="+37"/>
        <source>Local information</source>
        <translation>Informacion lokal</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LocalInfoView</name>
    <message>
        <location filename="../app/desktop/pages/localinfoview.cpp" line="+57"/>
        <source>Page content</source>
        <translation>Përmbajtja e faqes</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Start page of the town</source>
        <translation>Faqja e nisjes e qytetit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation>Rezultatet e kërkimit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page</source>
        <translation>Faqe</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <location line="+31"/>
        <location line="+38"/>
        <location line="+9"/>
        <location line="+21"/>
        <source>Local information</source>
        <translation>Informacion lokal</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>This page is not on this computer</source>
        <translation>Kjo faqe nuk është në këtë kompjuter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been moved or removed by the last update.</source>
        <translation>Mund të jetë zhvendosur ose hequr nga përditësimi i fundit.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+26"/>
        <location line="+1"/>
        <source>Imprint</source>
        <translation>Impresum</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>There is no imprint in this language on this computer.</source>
        <translation>Nuk ka impresum në këtë gjuhë në këtë kompjuter.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The imprint is available in:</source>
        <translation>Impresumi është i disponueshëm në:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search</source>
        <translation>Kërko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search: “%1”</source>
        <translation>Kërko: “%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go to the start page</source>
        <translation>Shko te faqja e nisjes</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Start page in %1</source>
        <translation>Faqja e nisjes në %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not available in %2. It is available in:</source>
        <translation>“%1” nuk është i disponueshëm në %2. Është i disponueshëm në:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not available in %2.</source>
        <translation>“%1” nuk është i disponueshëm në %2.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MainActions</name>
    <message>
        <location filename="../app/desktop/mainwindow/mainactions.cpp" line="+19"/>
        <source>Back</source>
        <translation>Prapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward</source>
        <translation>Përpara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start page</source>
        <translation>Faqja e nisjes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Kërko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>Sinkronizo tani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imprint</source>
        <translation>Impresum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>Cilësimet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger text</source>
        <translation>Tekst më i madh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smaller text</source>
        <translation>Tekst më i vogël</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal text size</source>
        <translation>Madhësia normale e tekstit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Integreat Desktop</source>
        <translation>Rreth Integreat Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This page</source>
        <translation>Kjo faqe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text size</source>
        <translation>Madhësia e tekstit</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MainWindow</name>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindow.cpp" line="+196"/>
        <source>Download %1</source>
        <translation>Shkarko %1</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 is not saved on this computer yet.</source>
        <translation>%1 ende nuk është ruajtur në këtë kompjuter.</translation>
    </message>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindowcommands.cpp" line="+171"/>
        <source>About Integreat Desktop</source>
        <translation>Rreth Integreat Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Integreat Desktop %1&lt;/h3&gt;&lt;p&gt;Local information for newcomers, in their language, also without internet.&lt;/p&gt;&lt;p&gt;The content comes from the towns and districts that take part in &lt;a href=&quot;https://integreat-app.de&quot;&gt;Integreat&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Integreat Desktop %1&lt;/h3&gt;&lt;p&gt;Informacion lokal për të ardhurit e rinj, në gjuhën e tyre, edhe pa internet.&lt;/p&gt;&lt;p&gt;Përmbajtja vjen nga qytetet dhe qarqet që marrin pjesë në &lt;a href=&quot;https://integreat-app.de&quot;&gt;Integreat&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindowcounsel.cpp" line="+50"/>
        <source>Reading area</source>
        <translation>Zona e leximit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The section shown, and beside it the same in a second language when Side by side is on</source>
        <translation>Seksioni i shfaqur dhe, pranë tij, i njëjti në një gjuhë të dytë kur Krah për krah është aktiv</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MapWidget</name>
    <message>
        <location filename="../app/desktop/places/mapwidget.cpp" line="+30"/>
        <source>Map of places</source>
        <translation>Harta e vendeve</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Zmadho</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Zvogëlo</translation>
    </message>
    <message>
        <location line="+344"/>
        <source>I am here (sort places by distance from this point)</source>
        <translation>Unë jam këtu (rendit vendet sipas largësisë nga kjo pikë)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MassRemovalQuestion</name>
    <message>
        <location filename="../app/desktop/sync/massremovalquestion.cpp" line="+16"/>
        <source>Remove saved pages?</source>
        <translation>Të hiqen faqet e ruajtura?</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n of the %2 saved pages would be removed.</source>
        <translation>
            <numerusform>%1: do të hiqej %n nga %2 faqet e ruajtura.</numerusform>
            <numerusform>%1: do të hiqeshin %n nga %2 faqet e ruajtura.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server sent much less content than before. If you go on, pages you have now will be deleted from this computer.</source>
        <translation>Serveri dërgoi shumë më pak përmbajtje se më parë. Nëse vazhdoni, faqet që keni tani do të fshihen nga ky kompjuter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This can be a mistake on the server. If you keep your content, nothing changes and you can try again later.</source>
        <translation>Ky mund të jetë një gabim i serverit. Nëse e mbani përmbajtjen tuaj, nuk ndryshon asgjë dhe mund të provoni përsëri më vonë.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep my content</source>
        <translation>Mbaj përmbajtjen time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove them</source>
        <translation>Hiqi</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NavigationBar</name>
    <message>
        <location filename="../app/desktop/pages/navigationbar.cpp" line="+29"/>
        <source>Back (Alt+Left)</source>
        <translation>Prapa (Alt+Majtas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Prapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward (Alt+Right)</source>
        <translation>Përpara (Alt+Djathtas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Përpara</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsHtml</name>
    <message>
        <location filename="../app/desktop/news/newshtml.cpp" line="+16"/>
        <source>Local news</source>
        <translation>Lajme lokale</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Read the original</source>
        <translation>Lexo origjinalin</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/newssection.cpp" line="+28"/>
        <source>News</source>
        <translation>Lajme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News (%1)</source>
        <translation>Lajme (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News, %1 new</source>
        <translation>Lajme, %1 të reja</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This news item is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Ky lajm nuk është në këtë kompjuter. Mund të jetë hequr, ose është më i ri se përditësimi i fundit.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsView</name>
    <message>
        <location filename="../app/desktop/news/newsview.cpp" line="+43"/>
        <location line="+56"/>
        <source>All news</source>
        <translation>Të gjitha lajmet</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>All</source>
        <translation>Të gjitha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External</source>
        <translation>Të jashtme</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>News</source>
        <translation>Lajme</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>News item</source>
        <translation>Lajm</translation>
    </message>
    <message>
        <location filename="../app/desktop/news/newslistmodel.cpp" line="+85"/>
        <source>● New</source>
        <translation>● E re</translation>
    </message>
    <message>
        <location filename="../app/desktop/news/newsview.cpp" line="+110"/>
        <source>There are no news in this language yet. New local news of the town appear here after the next update.</source>
        <translation>Ende nuk ka lajme në këtë gjuhë. Lajmet e reja lokale të qytetit shfaqen këtu pas përditësimit të ardhshëm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No news of this kind. Choose “All” to see every news item.</source>
        <translation>Asnjë lajm i këtij lloji. Zgjidhni “Të gjitha” për të parë çdo lajm.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NoticeBar</name>
    <message>
        <location filename="../app/desktop/pages/noticebar.cpp" line="+26"/>
        <source>Notice</source>
        <translation>Njoftim</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Close this notice</source>
        <translation>Mbyll këtë njoftim</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationCenter</name>
    <message>
        <location filename="../app/desktop/notify/notificationcenter.cpp" line="+44"/>
        <source>Notifications (%1)</source>
        <translation>Njoftimet (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notifications</source>
        <translation>Njoftimet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>News from %1 (%2)</source>
        <translation>Lajme nga %1 (%2)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationsDialog</name>
    <message>
        <location filename="../app/desktop/notify/notificationsdialog.cpp" line="+27"/>
        <source>No notifications yet. New local news of your towns appear here.</source>
        <translation>Ende nuk ka njoftime. Lajmet e reja lokale të qyteteve tuaja shfaqen këtu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Pastro</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>Njoftimet</translation>
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
        <translation>Shfaq një njoftim kur një qytet publikon lajme në një gjuhë:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Look for news every</source>
        <translation>Kërko për lajme çdo</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::OfferForm</name>
    <message>
        <location filename="../app/desktop/pages/offerform.cpp" line="+27"/>
        <source>Continue to %1</source>
        <translation>Vazhdo te %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PackImport</name>
    <message>
        <location filename="../app/desktop/settings/packimport.cpp" line="+28"/>
        <source>Could not open the local store: %1</source>
        <translation>Ruajtja lokale nuk mund të hapej: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The content pack %1 was not imported: %2 Nothing on this computer was changed.</source>
        <translation>Paketa e përmbajtjes %1 nuk u importua: %2 Asgjë nuk u ndryshua në këtë kompjuter.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported from the content pack: %1 in %2.</source>
        <translation>U importua nga paketa e përmbajtjes: %1 në %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported, because this computer has newer content of %1 in %2. “Import anyway” replaces it with the older content of the pack.</source>
        <translation>Nuk u importua, sepse ky kompjuter ka përmbajtje më të re të %1 në %2. “Importo gjithsesi” e zëvendëson me përmbajtjen më të vjetër të paketës.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The content pack %1 holds no language.</source>
        <translation>Paketa e përmbajtjes %1 nuk përmban asnjë gjuhë.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PackImportPanel</name>
    <message>
        <location filename="../app/desktop/settings/packimportpanel.cpp" line="+23"/>
        <source>Import content pack…</source>
        <translation>Importo paketë përmbajtjeje…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import anyway</source>
        <translation>Importo gjithsesi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a region&apos;s content from a file made with “integreat-cli pack export” (for computers without fast internet).</source>
        <translation>Importo përmbajtjen e një rajoni nga një skedar i krijuar me “integreat-cli pack export” (për kompjuterë pa internet të shpejtë).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing the content pack</source>
        <translation>Po importohet paketa e përmbajtjes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Replaces this computer&apos;s newer content with the older content of the pack.</source>
        <translation>Zëvendëson përmbajtjen më të re të këtij kompjuteri me përmbajtjen më të vjetër të paketës.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import content pack</source>
        <translation>Importo paketë përmbajtjeje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Integreat content packs (*.integreat-pack)</source>
        <translation>Paketa përmbajtjeje Integreat (*.integreat-pack)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Waiting for the running update to finish…</source>
        <translation>Po pritet të mbarojë përditësimi në vazhdim…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing the content pack…</source>
        <translation>Po importohet paketa e përmbajtjes…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PageHtml</name>
    <message>
        <location filename="../app/desktop/pages/pagehtml.cpp" line="+108"/>
        <source>Last updated on %1</source>
        <translation>Përditësuar më %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Published on %1</source>
        <translation>Publikuar më %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This page has no text yet.</source>
        <translation>Kjo faqe ende nuk ka tekst.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Imprint</source>
        <translation>Impresum</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Contact form: write to the town&apos;s team</source>
        <translation>Formulari i kontaktit: shkruajini ekipit të qytetit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online offer: opens in your browser</source>
        <translation>Shërbim në internet: hapet në shfletuesin tuaj</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This page is provided by %1</source>
        <translation>Kjo faqe ofrohet nga %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PinPad</name>
    <message>
        <location filename="../app/desktop/kiosk/pinpad.cpp" line="+22"/>
        <source>Administrator PIN</source>
        <translation>PIN-i i administratorit</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete</source>
        <translation>Fshi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the PIN to open the administration.</source>
        <translation>Vendosni PIN-in për të hapur administrimin.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceDetailHtml</name>
    <message>
        <location filename="../app/desktop/places/placedetailhtml.cpp" line="+82"/>
        <source>%1 km away</source>
        <translation>%1 km larg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open all day</source>
        <translation>Hapur gjithë ditën</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Mbyllur</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open now</source>
        <translation>Hapur tani</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed now</source>
        <translation>Mbyllur tani</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>Mbyllur përkohësisht</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Only with an appointment</source>
        <translation>Vetëm me takim</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with an appointment</source>
        <translation>me takim</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>✓ Barrier-free</source>
        <translation>✓ Pa pengesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Not barrier-free</source>
        <translation>✗ Me pengesa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Navigate (opens a map)</source>
        <translation>Navigo (hap një hartë)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening hours</source>
        <translation>Orari i hapjes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Make an appointment</source>
        <translation>Lini një takim</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Contacts</source>
        <translation>Kontaktet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact information</source>
        <translation>Të dhënat e kontaktit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile</source>
        <translation>Celulari</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website</source>
        <translation>Faqja e internetit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment</source>
        <translation>Takim</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office hours</source>
        <translation>Orari i pritjes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About this place</source>
        <translation>Rreth këtij vendi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events here</source>
        <translation>Aktivitete këtu</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceFiltersDialog</name>
    <message>
        <location filename="../app/desktop/places/placefiltersdialog.cpp" line="+25"/>
        <source>Only places open now</source>
        <translation>Vetëm vendet e hapura tani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only barrier-free places</source>
        <translation>Vetëm vendet pa pengesa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter places</source>
        <translation>Filtro vendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reset filters</source>
        <translation>Rivendos filtrat</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Show %n place(s)</source>
        <translation>
            <numerusform>Shfaq %n vend</numerusform>
            <numerusform>Shfaq %n vende</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceListPanel</name>
    <message>
        <location filename="../app/desktop/places/placelistpanel.cpp" line="+26"/>
        <source>Show all places</source>
        <translation>Shfaq të gjitha vendet</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Search in places</source>
        <translation>Kërko në vende</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+100"/>
        <source>Filters…</source>
        <translation>Filtrat…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Places</source>
        <translation>Vende</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open now</source>
        <translation>Hapur tani</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed now</source>
        <translation>Mbyllur tani</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temporarily closed</source>
        <translation>Mbyllur përkohësisht</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>open now</source>
        <translation>hapur tani</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>barrier-free</source>
        <translation>pa pengesa</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Filters (%1)…</source>
        <translation>Filtrat (%1)…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlacesSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/placessection.cpp" line="+31"/>
        <source>Places</source>
        <translation>Vende</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>This place is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Ky vend nuk është në këtë kompjuter. Mund të jetë hequr, ose është më i ri se përditësimi i fundit.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlacesView</name>
    <message>
        <location filename="../app/desktop/places/placesview.cpp" line="+65"/>
        <source>← All places</source>
        <translation>← Të gjitha vendet</translation>
    </message>
    <message>
        <location filename="../app/desktop/places/placesviewtiles.cpp" line="+56"/>
        <source>No map of %1 to show. Map tiles need an internet connection or an offline map file (an administrator can import one with “integreat-cli import-tiles”). The places stand on a plain background; the list and the details work without it.</source>
        <translation>Nuk ka hartë të %1 për t&apos;u shfaqur. Pllakat e hartës kërkojnë lidhje me internetin ose një skedar harte jashtë linje (një administrator mund të importojë një me “integreat-cli import-tiles”). Vendet shfaqen mbi një sfond të thjeshtë; lista dhe detajet funksionojnë edhe pa të.</translation>
    </message>
    <message>
        <location filename="../app/desktop/places/placesview.cpp" line="-5"/>
        <source>Places and map</source>
        <translation>Vende dhe harta</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Place</source>
        <translation>Vend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All places</source>
        <translation>Të gjitha vendet</translation>
    </message>
    <message numerus="yes">
        <location line="+162"/>
        <source>%n place(s) at this spot</source>
        <translation>
            <numerusform>%n vend në këtë pikë</numerusform>
            <numerusform>%n vende në këtë pikë</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n place(s), nearest first</source>
        <translation>
            <numerusform>%n vend, më i afërti i pari</numerusform>
            <numerusform>%n vende, më i afërti i pari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n place(s), A–Z</source>
        <translation>
            <numerusform>%n vend, A–Z</numerusform>
            <numerusform>%n vende, A–Z</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no places for this town yet. They appear here after the next download.</source>
        <translation>Ende nuk ka vende për këtë qytet. Ato shfaqen këtu pas shkarkimit të ardhshëm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No place matches. Change the filters or the search.</source>
        <translation>Asnjë vend nuk përputhet. Ndryshoni filtrat ose kërkimin.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::QrCard</name>
    <message>
        <location filename="../app/desktop/kiosk/qrcard.cpp" line="+19"/>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scan the code with your phone&apos;s camera to take this with you.</source>
        <translation>Skanoni kodin me kamerën e telefonit tuaj për ta marrë me vete.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Call this number</source>
        <translation>Telefono këtë numër</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an e-mail</source>
        <translation>Shkruaj një e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this on your phone</source>
        <translation>Hape këtë në telefonin tuaj</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(too long for a QR code)</source>
        <translation>(shumë i gjatë për një kod QR)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::QrDialog</name>
    <message>
        <location filename="../app/desktop/counsel/qrdialog.cpp" line="+20"/>
        <source>QR code</source>
        <translation>Kodi QR</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QR code of the link</source>
        <translation>Kodi QR i lidhjes</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Scan the code to open this on your phone</source>
        <translation>Skanoni kodin për ta hapur këtë në telefonin tuaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the code to open “%1” on your phone</source>
        <translation>Skanoni kodin për të hapur “%1” në telefonin tuaj</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ReadAloudPanel</name>
    <message>
        <location filename="../app/desktop/counsel/readaloudpanel.cpp" line="+20"/>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading and close</source>
        <translation>Ndalo leximin dhe mbyll</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionButton</name>
    <message>
        <location filename="../app/desktop/mainwindow/regionbutton.cpp" line="+33"/>
        <source>Town</source>
        <translation>Qyteti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>Ndrysho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read about another town</source>
        <translation>Lexoni për një qytet tjetër</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change town</source>
        <translation>Ndrysho qytetin</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Town: %1</source>
        <translation>Qyteti: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Find another town…</source>
        <translation>Gjeni një qytet tjetër…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionList</name>
    <message>
        <location filename="../app/desktop/firstrun/regionlist.cpp" line="+21"/>
        <source>Regions</source>
        <translation>Rajonet</translation>
    </message>
    <message>
        <location filename="../app/desktop/firstrun/regionlistmodel.cpp" line="+58"/>
        <source>Nearby</source>
        <translation>Afër</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions near you</source>
        <translation>Rajonet afër jush</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Regions starting with %1</source>
        <translation>Rajonet që fillojnë me %1</translation>
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
        <translation>Edhe për: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionPage</name>
    <message>
        <location filename="../app/desktop/firstrun/regionpage.cpp" line="+42"/>
        <source>Try again</source>
        <translation>Provo përsëri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the demo town</source>
        <translation>Provoni qytetin demonstrues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where do you live?</source>
        <translation>Ku jetoni?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your town or district. Its local information is then downloaded so that you can read it without internet.</source>
        <translation>Zgjidhni qytetin ose qarkun tuaj. Informacioni i tij lokal shkarkohet më pas që ta lexoni pa internet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search, e.g. Landkreis München</source>
        <translation>Kërko, p.sh. Landkreis München</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search for a region</source>
        <translation>Kërko një rajon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of regions found</source>
        <translation>Numri i rajoneve të gjetura</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the list of regions…</source>
        <translation>Po ngarkohet lista e rajoneve…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the list of regions</source>
        <translation>Po ngarkohet lista e rajoneve</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meanwhile you can look around in Musterstadt, a made-up demo town that comes with the app (in German, English and Arabic).</source>
        <translation>Ndërkohë mund të shikoni Musterstadt, një qytet demonstrues i sajuar që vjen me aplikacionin (në gjermanisht, anglisht dhe arabisht).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No connection</source>
        <translation>Nuk ka lidhje</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The Integreat server cannot be reached right now, so the list of regions is not available. Please check your internet connection and try again.</source>
        <translation>Serveri i Integreat nuk mund të arrihet tani, prandaj lista e rajoneve nuk është e disponueshme. Ju lutemi kontrolloni lidhjen tuaj me internetin dhe provoni përsëri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app is in offline mode, so the list of regions cannot be loaded.</source>
        <translation>Aplikacioni është në modalitetin jashtë linje, prandaj lista e rajoneve nuk mund të ngarkohet.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No town found for “%1”. Check the spelling, or try your district (Landkreis) or a town nearby: not every town takes part in Integreat yet.</source>
        <translation>Nuk u gjet asnjë qytet për “%1”. Kontrolloni drejtshkrimin, ose provoni qarkun tuaj (Landkreis) ose një qytet afër: jo çdo qytet merr pjesë ende në Integreat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Regions: %1</source>
        <translation>Rajonet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions found: %1</source>
        <translation>Rajonet e gjetura: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RelativeTime</name>
    <message>
        <location filename="../app/desktop/presentation/relativetime.cpp" line="+13"/>
        <source>Not updated yet</source>
        <translation>Ende i papërditësuar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated just now</source>
        <translation>Përditësuar pikërisht tani</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated 1 minute ago</source>
        <translation>Përditësuar para 1 minute</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>Përditësuar para %n minute</numerusform>
            <numerusform>Përditësuar para %n minutash</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated 1 hour ago</source>
        <translation>Përditësuar para 1 ore</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>Përditësuar para %n ore</numerusform>
            <numerusform>Përditësuar para %n orësh</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated yesterday</source>
        <translation>Përditësuar dje</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Updated %n days ago</source>
        <translation>
            <numerusform>Përditësuar para %n dite</numerusform>
            <numerusform>Përditësuar para %n ditësh</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated on %1</source>
        <translation>Përditësuar më %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SearchView</name>
    <message>
        <location filename="../app/desktop/search/searchview.cpp" line="+61"/>
        <source>Search results</source>
        <translation>Rezultatet e kërkimit</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Search: “%1”</source>
        <translation>Kërko: “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching…</source>
        <translation>Po kërkohet…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Page</source>
        <translation>Faqe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Vend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>News</source>
        <translation>Lajm</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Only in %1</source>
        <translation>Vetëm në %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text excerpt in %1</source>
        <translation>Fragment teksti në %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The search did not work: %1</source>
        <translation>Kërkimi nuk funksionoi: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing found for “%1”.
Try other or fewer words.</source>
        <translation>Nuk u gjet asgjë për “%1”.
Provoni fjalë të tjera ose më pak fjalë.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found in %1 or in German for “%2”.
Try other or fewer words, or a German word you know from a letter.</source>
        <translation>Nuk u gjet asgjë në %1 ose në gjermanisht për “%2”.
Provoni fjalë të tjera ose më pak fjalë, ose një fjalë gjermane që e njihni nga një letër.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n or more results</source>
        <translation>
            <numerusform>%n ose më shumë rezultate</numerusform>
            <numerusform>%n ose më shumë rezultate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 result</source>
        <translation>1 rezultat</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n rezultat</numerusform>
            <numerusform>%n rezultate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n or more results in %1 and German</source>
        <translation>
            <numerusform>%n ose më shumë rezultate në %1 dhe gjermanisht</numerusform>
            <numerusform>%n ose më shumë rezultate në %1 dhe gjermanisht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 result in %1 and German</source>
        <translation>1 rezultat në %1 dhe gjermanisht</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n results in %1 and German</source>
        <translation>
            <numerusform>%n rezultat në %1 dhe gjermanisht</numerusform>
            <numerusform>%n rezultate në %1 dhe gjermanisht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results for “%1”</source>
        <translation>Rezultatet për “%1”</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SectionBar</name>
    <message>
        <location filename="../app/desktop/mainwindow/sectionbar.cpp" line="+47"/>
        <source>Sections</source>
        <translation>Seksionet</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SectionShell</name>
    <message>
        <location filename="../app/desktop/mainwindow/sectionshell.cpp" line="+15"/>
        <source>What the section chosen in the section tabs shows</source>
        <translation>Çfarë shfaq seksioni i zgjedhur te skedat e seksioneve</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SettingsDialog</name>
    <message>
        <location filename="../app/desktop/settings/settingsdialog.cpp" line="+47"/>
        <source>High contrast</source>
        <translation>Kontrast i lartë</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Settings</source>
        <translation>Cilësimet</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+20"/>
        <source>Language of the app</source>
        <translation>Gjuha e aplikacionit</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Like the system (%1)</source>
        <translation>Si sistemi (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Menus and messages use this language from the next start. The language of the content is chosen above each page.</source>
        <translation>Menytë dhe mesazhet përdorin këtë gjuhë nga nisja e ardhshme. Gjuha e përmbajtjes zgjidhet mbi çdo faqe.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+20"/>
        <source>Text size</source>
        <translation>Madhësia e tekstit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading</source>
        <translation>Leximi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>Njoftimet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> h</source>
        <translation> orë</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Update saved towns every</source>
        <translation>Përditëso qytetet e ruajtura çdo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer is shared (counseling): show End session in the window</source>
        <translation>Ky kompjuter përdoret nga shumë persona (këshillim): shfaq Përfundo seancën në dritare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shared computer</source>
        <translation>Kompjuter i përbashkët</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved content</source>
        <translation>Përmbajtja e ruajtur</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>End the session automatically when not in use</source>
        <translation>Përfundo seancën automatikisht kur nuk përdoret</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>minutes without use</source>
        <translation>minuta pa përdorim</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes without use before the session ends</source>
        <translation>Minuta pa përdorim para se të përfundojë seanca</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before it ends, a countdown asks whether someone is still there; any key or mouse movement keeps the session. On a shared computer the app also keeps no language, town, news read or folder of a client.</source>
        <translation>Para se të përfundojë, një numërim mbrapsht pyet nëse dikush është ende aty; çdo tast ose lëvizje e miut e mban seancën. Në një kompjuter të përbashkët aplikacioni gjithashtu nuk ruan asnjë gjuhë, qytet, lajme të lexuara apo dosje të një klienti.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SideBySidePane</name>
    <message>
        <location filename="../app/desktop/counsel/sidebysidepane.cpp" line="+43"/>
        <source>Second language</source>
        <translation>Gjuha e dytë</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Swap sides</source>
        <translation>Ndërro anët</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>%1 (not downloaded)</source>
        <translation>%1 (nuk është shkarkuar)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not saved on this computer yet. Download it to show this beside the page (this needs the internet).</source>
        <translation>%1 ende nuk është ruajtur në këtë kompjuter. Shkarkojeni për ta shfaqur këtë pranë faqes (duhet internet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download %1</source>
        <translation>Shkarko %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Downloading %1…</source>
        <translation>Po shkarkohet %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading %1: %2</source>
        <translation>Po shkarkohet %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1 nuk mund të shkarkohej: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open a page, an event, a place or a news item to see it here in a second language.</source>
        <translation>Hapni një faqe, një aktivitet, një vend ose një lajm për ta parë këtu në një gjuhë të dytë.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“Print this week&apos;s events…” in the menu prints them in both languages.</source>
        <translation>“Printo aktivitetet e kësaj jave…” në meny i printon ato në të dyja gjuhët.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only one language of this town is saved: choose a second language above to download it.</source>
        <translation>Vetëm një gjuhë e këtij qyteti është ruajtur: zgjidhni më lart një gjuhë të dytë për ta shkarkuar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Side by side shows pages, events, places and news items; this is not one of them.</source>
        <translation>Krah për krah shfaq faqe, aktivitete, vende dhe lajme; kjo nuk është një prej tyre.</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>Second language:</source>
        <translation>Gjuha e dytë:</translation>
    </message>
    <message>
        <location line="+327"/>
        <source>This does not exist in %1. It exists in: %2.</source>
        <translation>Kjo nuk ekziston në %1. Ekziston në: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other language</source>
        <translation>asnjë gjuhë tjetër</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SingleInstance</name>
    <message>
        <location filename="../app/desktop/shell/singleinstance.cpp" line="+141"/>
        <source>The running Integreat did not answer in time; it opens the link when it can.</source>
        <translation>Integreat që po ekzekutohet nuk u përgjigj në kohë; do ta hapë lidhjen kur të mundet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The running Integreat did not accept the link.</source>
        <translation>Integreat që po ekzekutohet nuk e pranoi lidhjen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot watch for a second start of Integreat: %1</source>
        <translation>Nuk mund të vëzhgohet një nisje e dytë e Integreat: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StartScreen</name>
    <message>
        <location filename="../app/desktop/kiosk/startscreen.cpp" line="+42"/>
        <source>Other town</source>
        <translation>Qytet tjetër</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoragePanel</name>
    <message>
        <location filename="../app/desktop/settings/storagepanel.cpp" line="+37"/>
        <source>Delete saved content?</source>
        <translation>Të fshihet përmbajtja e ruajtur?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete everything saved about %1 from this computer? You can download it again later.</source>
        <translation>Të fshihet nga ky kompjuter gjithçka e ruajtur për %1? Mund ta shkarkoni përsëri më vonë.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Data folder</source>
        <translation>Dosja e të dhënave</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved in: %1</source>
        <translation>Ruajtur në: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting…</source>
        <translation>Po numërohet…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Space used: %1</source>
        <translation>Hapësira e përdorur: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 language</source>
        <translation>1 gjuhë</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n languages</source>
        <translation>
            <numerusform>%n gjuhë</numerusform>
            <numerusform>%n gjuhë</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Fshi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved content of %1</source>
        <translation>Fshi përmbajtjen e ruajtur të %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline map…</source>
        <translation>Harta jashtë linje…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offline map is imported; choose a file to replace it.</source>
        <translation>Është importuar një hartë jashtë linje; zgjidhni një skedar për ta zëvendësuar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an offline map (.mbtiles) for the places.</source>
        <translation>Importo një hartë jashtë linje (.mbtiles) për vendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Offline map</source>
        <translation>Harta jashtë linje</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>MBTiles maps (*.mbtiles)</source>
        <translation>Harta MBTiles (*.mbtiles)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No town is saved on this computer.</source>
        <translation>Asnjë qytet nuk është ruajtur në këtë kompjuter.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not delete</source>
        <translation>Nuk mund të fshihej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved content could not be deleted: %1</source>
        <translation>Përmbajtja e ruajtur nuk mund të fshihej: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoreGuard</name>
    <message>
        <location filename="../app/desktop/common/storeguard.cpp" line="+33"/>
        <source>The saved content could not be read: %1</source>
        <translation>Përmbajtja e ruajtur nuk mund të lexohej: %1</translation>
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
        <translation>dosja %1 nuk mund të krijohet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved content cannot be opened: %1 (%2)</source>
        <translation>Përmbajtja e ruajtur nuk mund të hapet: %1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The damaged file could not be moved aside: %1</source>
        <translation>Skedari i dëmtuar nuk mund të zhvendosej mënjanë: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The saved content cannot be opened: %1</source>
        <translation>Përmbajtja e ruajtur nuk mund të hapet: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Downloading %1 again …</source>
        <translation>Po shkarkohet përsëri %1 …</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncController</name>
    <message>
        <location filename="../app/desktop/sync/synccontroller.cpp" line="+48"/>
        <source>Offline mode: no network is used.</source>
        <translation>Modaliteti jashtë linje: nuk përdoret rrjeti.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncPage</name>
    <message>
        <location filename="../app/desktop/firstrun/syncpage.cpp" line="+55"/>
        <source>Downloading the local information</source>
        <translation>Po shkarkohet informacioni lokal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download progress</source>
        <translation>Ecuria e shkarkimit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download status</source>
        <translation>Gjendja e shkarkimit</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 – this takes a moment. You can cancel at any time; what is already on this computer stays as it was.</source>
        <translation>%1 – kjo zgjat pak. Mund ta anuloni në çdo kohë; ajo që është tashmë në këtë kompjuter mbetet siç ishte.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Connecting…</source>
        <translation>Po lidhet…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Po anulohet…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 of %2 – %3: %4</source>
        <translation>%1 nga %2 – %3: %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Downloading images and documents: %1 of %2</source>
        <translation>Po shkarkohen imazhet dhe dokumentet: %1 nga %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation>U anulua.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No answer for this language.</source>
        <translation>Asnjë përgjigje për këtë gjuhë.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing could be downloaded.</source>
        <translation>Nuk mund të shkarkohej asgjë.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some languages could not be downloaded. You can retry them or continue with what is there.</source>
        <translation>Disa gjuhë nuk mund të shkarkoheshin. Mund t&apos;i provoni përsëri ose të vazhdoni me atë që ka.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done.</source>
        <translation>U krye.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncPresenter</name>
    <message>
        <location filename="../app/desktop/mainwindow/syncpresenter.cpp" line="+46"/>
        <source>This is a demo town with example content: there is nothing to update. Choose your own town with “Change” to get its content.</source>
        <translation>Ky është një qytet demonstrues me përmbajtje shembull: nuk ka asgjë për t&apos;u përditësuar. Zgjidhni qytetin tuaj me “Ndrysho” për të marrë përmbajtjen e tij.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An update is running. Please try again when it is done.</source>
        <translation>Po bëhet një përditësim. Ju lutemi provoni përsëri kur të mbarojë.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Updating…</source>
        <translation>Po përditësohet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 nga %4)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The language could not be downloaded: %1</source>
        <translation>Gjuha nuk mund të shkarkohej: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncStateWidget</name>
    <message>
        <location filename="../app/desktop/mainwindow/syncstatewidget.cpp" line="+30"/>
        <location line="+1"/>
        <location line="+168"/>
        <source>Offline</source>
        <translation>Jashtë linje</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Update state</source>
        <translation>Gjendja e përditësimit</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>Përditësuar para %n minute</numerusform>
            <numerusform>Përditësuar para %n minutash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>Përditësuar para %n ore</numerusform>
            <numerusform>Përditësuar para %n orësh</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated yesterday</source>
        <translation>Përditësuar dje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not updated yet</source>
        <translation>Ende i papërditësuar</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+106"/>
        <source>Update failed</source>
        <translation>Përditësimi dështoi</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+102"/>
        <source>Updating…</source>
        <translation>Po përditësohet…</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+99"/>
        <source>Example content</source>
        <translation>Përmbajtje shembull</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+103"/>
        <source>Updating elsewhere</source>
        <translation>Po përditësohet diku tjetër</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+121"/>
        <source>Sync now</source>
        <translation>Sinkronizo tani</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+121"/>
        <source>Stop</source>
        <translation>Ndalo</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Another update is running.</source>
        <translation>Po kryhet një përditësim tjetër.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Another program is updating the content on this computer. Try Sync now again when it is done.</source>
        <translation>Një program tjetër po përditëson përmbajtjen në këtë kompjuter. Provoni përsëri Sinkronizo tani kur të ketë mbaruar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a demo town with example content. It is not updated from a server; choose your town to get its real content.</source>
        <translation>Ky është një qytet demonstrues me përmbajtje shembull. Nuk përditësohet nga një server; zgjidhni qytetin tuaj për të marrë përmbajtjen e tij të vërtetë.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop the update; the saved content stays as it is</source>
        <translation>Ndalo përditësimin; përmbajtja e ruajtur mbetet siç është</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the latest content (F5)</source>
        <translation>Shkarko përmbajtjen më të fundit (F5)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncWorker</name>
    <message>
        <location filename="../app/desktop/sync/syncworker.cpp" line="+44"/>
        <source>Could not create the data folder %1.</source>
        <translation>Dosja e të dhënave %1 nuk mund të krijohej.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not open the local store: %1</source>
        <translation>Ruajtja lokale nuk mund të hapej: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelled.</source>
        <translation>U anulua.</translation>
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
        <translation>Për këtë gjuhë nuk ka ende tastierë në ekran: shkruani me shkronja latine.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete</source>
        <translation>Fshi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other letters: %1</source>
        <translation>Shkronja të tjera: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Space</source>
        <translation>Hapësirë</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide the keyboard</source>
        <translation>Fshih tastierën</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackOutbox</name>
    <message>
        <location filename="../core/feedback/feedbackoutbox.cpp" line="+33"/>
        <source>Sending your feedback…</source>
        <translation>Vlerësimi juaj po dërgohet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your feedback will be sent when this computer is online.</source>
        <translation>Vlerësimi juaj do të dërgohet kur ky kompjuter të jetë në linjë.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your feedback will be sent when this computer is online, if the app stays open: on a shared computer it is not saved.</source>
        <translation>Vlerësimi juaj do të dërgohet kur ky kompjuter të jetë në linjë, nëse aplikacioni mbetet i hapur: në një kompjuter të përbashkët ai nuk ruhet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your feedback could not be sent.</source>
        <translation>Vlerësimi juaj nuk mund të dërgohej.</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackResult</name>
    <message>
        <location filename="../core/feedback/feedbacksender.cpp" line="+24"/>
        <source>Thank you! Your feedback was sent to the town&apos;s editors.</source>
        <translation>Faleminderit! Vlerësimi juaj iu dërgua redaktorëve të qytetit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline: your feedback was not sent.</source>
        <translation>Jeni jashtë linje: vlerësimi juaj nuk u dërgua.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Integreat server has a problem (error %1): your feedback was not sent.</source>
        <translation>Serveri i Integreat ka një problem (gabimi %1): vlerësimi juaj nuk u dërgua.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too much feedback was sent from here in a short time: your feedback was not sent yet.</source>
        <translation>Nga këtu u dërguan shumë vlerësime në pak kohë: vlerësimi juaj ende nuk u dërgua.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Integreat server did not accept this feedback (error %1).</source>
        <translation>Serveri i Integreat nuk e pranoi këtë vlerësim (gabimi %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Integreat server did not accept this feedback (error %1): %2</source>
        <translation>Serveri i Integreat nuk e pranoi këtë vlerësim (gabimi %1): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your feedback could not be sent: %1</source>
        <translation>Vlerësimi juaj nuk mund të dërgohej: %1</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackSender</name>
    <message>
        <location line="+16"/>
        <source>a thumb or a comment is needed</source>
        <translation>nevojitet një shenjë gishti ose një koment</translation>
    </message>
</context>
<context>
    <name>integreat::geo</name>
    <message>
        <location filename="../core/geo/tileimport.cpp" line="+23"/>
        <source>%1 is not a region code.</source>
        <translation>%1 nuk është kod rajoni.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the folder for offline maps in %1.</source>
        <translation>Dosja për hartat jashtë linje nuk mund të krijohet në %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot copy %1 into the data folder.</source>
        <translation>%1 nuk mund të kopjohet në dosjen e të dhënave.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot replace the offline map %1.</source>
        <translation>Harta jashtë linje %1 nuk mund të zëvendësohet.</translation>
    </message>
</context>
<context>
    <name>integreat::geo::MbtilesSource</name>
    <message>
        <location filename="../core/geo/mbtilessource.cpp" line="+55"/>
        <source>The map file %1 does not exist.</source>
        <translation>Skedari i hartës %1 nuk ekziston.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not an MBTiles map file (not an SQLite database).</source>
        <translation>%1 nuk është skedar harte MBTiles (nuk është bazë të dhënash SQLite).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an MBTiles map file (it has no tiles or metadata table).</source>
        <translation>%1 nuk është skedar harte MBTiles (nuk ka tabelë tiles ose metadata).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not an MBTiles map file (its tiles table lacks the MBTiles columns).</source>
        <translation>%1 nuk është skedar harte MBTiles (tabelës tiles i mungojnë kolonat MBTiles).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds vector tiles (pbf); only raster maps (PNG, JPEG) can be shown.</source>
        <translation>%1 përmban pllaka vektoriale (pbf); mund të shfaqen vetëm harta raster (PNG, JPEG).</translation>
    </message>
</context>
<context>
    <name>integreat::geo::OnlineTileSource</name>
    <message>
        <location filename="../core/geo/onlinetilesource.cpp" line="+182"/>
        <source>The tile server gave an unexpected answer (HTTP %1).</source>
        <translation>Serveri i pllakave dha një përgjigje të papritur (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>integreat::kiosk::KioskConfig</name>
    <message>
        <location filename="../core/kiosk/kioskconfig.cpp" line="+18"/>
        <source>“%1” is not a region slug (like augsburg).</source>
        <translation>“%1” nuk është slug rajoni (si augsburg).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a language code (like de or ar).</source>
        <translation>“%1” nuk është kod gjuhe (si de ose ar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The start language %1 is not among the languages %2.</source>
        <translation>Gjuha e nisjes %1 nuk është ndër gjuhët %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The idle time must be from %1 to %2 seconds.</source>
        <translation>Koha pa veprim duhet të jetë nga %1 deri në %2 sekonda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The countdown must be from 1 to %1 seconds.</source>
        <translation>Numërimi mbrapsht duhet të jetë nga 1 deri në %1 sekonda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one section must be shown.</source>
        <translation>Duhet të shfaqet të paktën një seksion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown section “%1” (known: %2).</source>
        <translation>Seksion i panjohur “%1” (të njohura: %2).</translation>
    </message>
</context>
<context>
    <name>integreat::kiosk::KioskConfigFile</name>
    <message>
        <location filename="../core/kiosk/kioskconfigfile.cpp" line="+77"/>
        <source>line %1: expected “key = value”</source>
        <translation>rreshti %1: pritej “key = value”</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>line %1: unknown setting “%2”</source>
        <translation>rreshti %1: cilësim i panjohur “%2”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: “%2” is not a valid value for %3</source>
        <translation>rreshti %1: “%2” nuk është vlerë e vlefshme për %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no [kiosk] section</source>
        <translation>nuk ka seksion [kiosk]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The kiosk configuration %1 does not exist; the kiosk runs locked with default settings and no PIN (run integreat-cli kiosk setup).</source>
        <translation>Konfigurimi i kioskut %1 nuk ekziston; kiosku funksionon i kyçur me cilësimet e parazgjedhura dhe pa PIN (ekzekutoni integreat-cli kiosk setup).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The kiosk configuration %1 cannot be read (%2); the kiosk runs locked with default settings and no PIN.</source>
        <translation>Konfigurimi i kioskut %1 nuk mund të lexohet (%2); kiosku funksionon i kyçur me cilësimet e parazgjedhura dhe pa PIN.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The kiosk configuration %1 is broken (%2); the kiosk runs locked with default settings and no PIN.</source>
        <translation>Konfigurimi i kioskut %1 është i prishur (%2); kiosku funksionon i kyçur me cilësimet e parazgjedhura dhe pa PIN.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the folder of %1.</source>
        <translation>Dosja e %1 nuk mund të krijohet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 nuk mund të shkruhet: %2</translation>
    </message>
</context>
<context>
    <name>integreat::net::Fetcher</name>
    <message numerus="yes">
        <location filename="../core/net/fetcher.cpp" line="+63"/>
        <source>The server is busy and asks to try again in %n minute(s).</source>
        <translation>
            <numerusform>Serveri është i zënë dhe kërkon të provohet përsëri pas %n minute.</numerusform>
            <numerusform>Serveri është i zënë dhe kërkon të provohet përsëri pas %n minutash.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>Cancelled.</source>
        <translation>U anulua.</translation>
    </message>
</context>
<context>
    <name>integreat::net::Proxy</name>
    <message>
        <location filename="../core/net/proxy.cpp" line="+41"/>
        <source>The proxy “%1” is not usable: give http://HOST:PORT, socks5://HOST:PORT or none.</source>
        <translation>Proxy “%1” nuk mund të përdoret: jepni http://HOST:PORT, socks5://HOST:PORT ose none.</translation>
    </message>
</context>
<context>
    <name>integreat::net::Transfer</name>
    <message>
        <location filename="../core/net/transfer.cpp" line="+79"/>
        <source>Cancelled.</source>
        <translation>U anulua.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+27"/>
        <source>The download is larger than %1 MB; it was stopped.</source>
        <translation>Shkarkimi është më i madh se %1 MB; u ndalua.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server sent the request on to %1, which is not allowed.</source>
        <translation>Serveri e përcolli kërkesën te %1, gjë që nuk lejohet.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <location line="+111"/>
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Serveri nuk u përgjigj brenda %n sekonde.</numerusform>
            <numerusform>Serveri nuk u përgjigj brenda %n sekondash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-99"/>
        <source>The server sent only %1 bytes in %n second(s), less than %2 bytes a second; the download was stopped.</source>
        <translation>
            <numerusform>Serveri dërgoi vetëm %1 bajt në %n sekondë, më pak se %2 bajt në sekondë; shkarkimi u ndalua.</numerusform>
            <numerusform>Serveri dërgoi vetëm %1 bajt në %n sekonda, më pak se %2 bajt në sekondë; shkarkimi u ndalua.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not found on the server (HTTP 404).</source>
        <translation>Nuk u gjet në server (HTTP 404).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>Serveri u përgjigj me një gabim (HTTP %1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+20"/>
        <source>The connection was closed before the download was complete.</source>
        <translation>Lidhja u mbyll para se të përfundonte shkarkimi.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The server sent compressed data that cannot be unpacked safely (damaged, or far larger unpacked than sent); the download was stopped.</source>
        <translation>Serveri dërgoi të dhëna të ngjeshura që nuk mund të shpaketohen në mënyrë të sigurt (të dëmtuara, ose shumë më të mëdha të shpaketuara se sa u dërguan); shkarkimi u ndalua.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server %1 was not found; check the address and the internet connection.</source>
        <translation>Serveri %1 nuk u gjet; kontrolloni adresën dhe lidhjen me internetin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 refused the connection.</source>
        <translation>Serveri %1 e refuzoi lidhjen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure connection to %1 could not be established: %2</source>
        <translation>Lidhja e sigurt me %1 nuk mund të vendosej: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy could not be reached: %1</source>
        <translation>Proxy nuk mund të arrihej: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy asks for a user name and password.</source>
        <translation>Proxy kërkon emër përdoruesi dhe fjalëkalim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request on too many times.</source>
        <translation>Serveri e përcolli kërkesën shumë herë.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request on from https to http, which is not allowed.</source>
        <translation>Serveri e përcolli kërkesën nga https në http, gjë që nuk lejohet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no network connection.</source>
        <translation>Nuk ka lidhje me rrjetin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network error (code %1).</source>
        <translation>Gabim rrjeti (kodi %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error: %1</source>
        <translation>Gabim rrjeti: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack</name>
    <message>
        <location filename="../core/pack/packexporter.cpp" line="+51"/>
        <source>Could not read %1: %2</source>
        <translation>%1 nuk mund të lexohej: %2</translation>
    </message>
    <message>
        <location filename="../core/pack/packinstaller.cpp" line="+41"/>
        <source>Could not write %1.</source>
        <translation>%1 nuk mund të shkruhej.</translation>
    </message>
    <message>
        <location filename="../core/pack/packmanifest.cpp" line="+92"/>
        <location filename="../core/pack/packreader.cpp" line="+46"/>
        <source>This is not an Integreat content pack (its manifest is missing or damaged).</source>
        <translation>Kjo nuk është paketë përmbajtjeje e Integreat (manifesti mungon ose është i dëmtuar).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This content pack was made by a newer version of Integreat (pack format %1; this version reads up to %2). Update Integreat to import it.</source>
        <translation>Kjo paketë përmbajtjeje është krijuar nga një version më i ri i Integreat (formati i paketës %1; ky version lexon deri në %2). Përditësoni Integreat për ta importuar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack&apos;s manifest is incomplete or damaged (%1).</source>
        <translation>Manifesti i paketës është i paplotë ose i dëmtuar (%1).</translation>
    </message>
    <message>
        <location filename="../core/pack/tarwriter.cpp" line="+53"/>
        <source>Cannot store “%1” in a pack.</source>
        <translation>“%1” nuk mund të ruhet në një paketë.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 changed while it was read.</source>
        <translation>%1 ndryshoi ndërsa po lexohej.</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackExporter</name>
    <message>
        <location filename="../core/pack/packexporter.cpp" line="+49"/>
        <source>The region %1 is not in the local store; sync it first.</source>
        <translation>Rajoni %1 nuk është në ruajtjen lokale; sinkronizojeni fillimisht.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has not been synced in %2 yet; sync it first.</source>
        <translation>Gjuha %1 nuk është sinkronizuar ende në %2; sinkronizojeni fillimisht.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+11"/>
        <source>Could not write %1: %2</source>
        <translation>%1 nuk mund të shkruhej: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the local store: %1</source>
        <translation>Ruajtja lokale nuk mund të lexohet: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackInstaller</name>
    <message>
        <location filename="../core/pack/packinstaller.cpp" line="+37"/>
        <source>Could not open %1: %2</source>
        <translation>%1 nuk mund të hapej: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not unpack the pack into %1: %2</source>
        <translation>Paketa nuk mund të shpaketohej në %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pack is damaged: its offline map cannot be read (%1).</source>
        <translation>Paketa është e dëmtuar: harta e saj jashtë linje nuk mund të lexohet (%1).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not save the content pack: %1</source>
        <translation>Paketa e përmbajtjes nuk mund të ruhej: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackReader</name>
    <message>
        <location filename="../core/pack/packreader.cpp" line="+57"/>
        <source>The pack is damaged: it holds %1, which its manifest does not list.</source>
        <translation>Paketa është e dëmtuar: përmban %1, që nuk është në listën e manifestit të saj.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pack is damaged: %1 does not have the size its manifest gives.</source>
        <translation>Paketa është e dëmtuar: %1 nuk ka madhësinë që jep manifesti i saj.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pack is damaged: %1 is too large.</source>
        <translation>Paketa është e dëmtuar: %1 është shumë i madh.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>Could not unpack the pack into %1: %2</source>
        <translation>Paketa nuk mund të shpaketohej në %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack is damaged: %1 does not match its checksum.</source>
        <translation>Paketa është e dëmtuar: %1 nuk përputhet me shumën e saj të kontrollit.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The pack is incomplete: %1 is missing.</source>
        <translation>Paketa është e paplotë: mungon %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pack is damaged: %1 is not valid (%2).</source>
        <translation>Paketa është e dëmtuar: %1 nuk është i vlefshëm (%2).</translation>
    </message>
</context>
<context>
    <name>integreat::pack::TarReader</name>
    <message>
        <location filename="../core/pack/tarreader.cpp" line="+86"/>
        <location line="+38"/>
        <location line="+10"/>
        <source>The pack ends early (it was cut short while copying?).</source>
        <translation>Paketa mbaron para kohe (u ndërpre gjatë kopjimit?).</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The pack is damaged: an empty block inside it.</source>
        <translation>Paketa është e dëmtuar: ka një bllok bosh brenda saj.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pack is damaged: a part&apos;s header is not valid.</source>
        <translation>Paketa është e dëmtuar: koka e një pjese nuk është e vlefshme.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pack is damaged: it holds something other than files.</source>
        <translation>Paketa është e dëmtuar: përmban diçka tjetër përveç skedarëve.</translation>
    </message>
</context>
<context>
    <name>integreat::print::Handout</name>
    <message>
        <location filename="../app/desktop/print/handout.cpp" line="+79"/>
        <source>Printed on %1</source>
        <translation>Printuar më %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last updated on %1</source>
        <translation>Përditësuar më %1</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Page %1 of %2</source>
        <translation>Faqja %1 nga %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot write %1: the file could not be created</source>
        <translation>%1 nuk mund të shkruhet: skedari nuk mund të krijohej</translation>
    </message>
</context>
<context>
    <name>integreat::print::HandoutHtml</name>
    <message>
        <location filename="../app/desktop/print/handouthtml.cpp" line="+112"/>
        <location line="+6"/>
        <source>Closed</source>
        <translation>Mbyllur</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open all day</source>
        <translation>Hapur gjithë ditën</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only with an appointment</source>
        <translation>vetëm me takim</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>today</source>
        <translation>sot</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Phone</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Celulari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Faqja e internetit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>Mbyllur përkohësisht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today</source>
        <translation>Sot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>Orari i hapjes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appointments</source>
        <translation>Takimet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About</source>
        <translation>Rreth</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>Kur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Ku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
</context>
<context>
    <name>integreat::print::HandoutLoader</name>
    <message>
        <location filename="../app/desktop/print/handoutloader.cpp" line="+96"/>
        <source>%1 is not in the local store for %2 (%3).</source>
        <translation>%1 nuk është në ruajtjen lokale për %2 (%3).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This item does not exist in “%1”. It exists in: %2.</source>
        <translation>Ky element nuk ekziston në “%1”. Ekziston në: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other language</source>
        <translation>asnjë gjuhë tjetër</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The “%1” version of this item is not stored; sync that language first.</source>
        <translation>Versioni “%1” i këtij elementi nuk është ruajtur; sinkronizoni fillimisht atë gjuhë.</translation>
    </message>
</context>
<context>
    <name>integreat::print::PrintActions</name>
    <message>
        <location filename="../app/desktop/print/printactions.cpp" line="+23"/>
        <location line="+46"/>
        <source>Print…</source>
        <translation>Printo…</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+46"/>
        <source>Save as PDF…</source>
        <translation>Ruaj si PDF…</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Print next week&apos;s events…</source>
        <translation>Printo aktivitetet e javës së ardhshme…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save next week&apos;s events as PDF…</source>
        <translation>Ruaj aktivitetet e javës së ardhshme si PDF…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Print this week&apos;s events…</source>
        <translation>Printo aktivitetet e kësaj jave…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this week&apos;s events as PDF…</source>
        <translation>Ruaj aktivitetet e kësaj jave si PDF…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the local store: %1</source>
        <translation>Ruajtja lokale nuk mund të lexohet: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot print</source>
        <translation>Nuk mund të printohet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The printer could not be used.</source>
        <translation>Printeri nuk mund të përdorej.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as PDF</source>
        <translation>Ruaj si PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumente PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>integreat::print::WeekHtml</name>
    <message>
        <location filename="../app/desktop/print/weekhtml.cpp" line="+39"/>
        <source>Events of the week</source>
        <translation>Aktivitetet e javës</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No events on this day.</source>
        <translation>Asnjë aktivitet në këtë ditë.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This event is not translated.</source>
        <translation>Ky aktivitet nuk është përkthyer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All day</source>
        <translation>Gjithë ditën</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>irregular dates: check with the organizer</source>
        <translation>data të parregullta: kontrolloni me organizatorin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
</context>
<context>
    <name>integreat::print::WeekLoader</name>
    <message>
        <location filename="../app/desktop/print/weekloader.cpp" line="+98"/>
        <source>No events of %1 are stored in “%2”: there is nothing to print.</source>
        <translation>Asnjë aktivitet i %1 nuk është ruajtur në “%2”: nuk ka asgjë për të printuar.</translation>
    </message>
</context>
<context>
    <name>integreat::session::SessionWiper</name>
    <message>
        <location filename="../app/desktop/session/sessionwiper.cpp" line="+46"/>
        <source>The file dialogs&apos; history could not be cleared (%1).</source>
        <translation>Historiku i dritareve të skedarëve nuk mund të pastrohej (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not delete %1.</source>
        <translation>%1 nuk mund të fshihej.</translation>
    </message>
</context>
<context>
    <name>integreat::speech::QtSpeechEngine</name>
    <message>
        <location filename="../app/desktop/speech/qtspeechengine.cpp" line="+27"/>
        <source>The speech service failed.</source>
        <translation>Shërbimi i të folurit dështoi.</translation>
    </message>
</context>
<context>
    <name>integreat::speech::ReadAloud</name>
    <message>
        <location filename="../app/desktop/speech/readaloud.cpp" line="+43"/>
        <source>No voice for %1 on this computer</source>
        <translation>Nuk ka zë për %1 në këtë kompjuter</translation>
    </message>
</context>
<context>
    <name>integreat::speech::ReadAloudBar</name>
    <message>
        <location filename="../app/desktop/speech/readaloudbar.cpp" line="+21"/>
        <source>Stop</source>
        <translation>Ndalo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Shpejtësia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slow</source>
        <translation>Ngadalë</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal speed</source>
        <translation>Shpejtësi normale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast</source>
        <translation>Shpejt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pause</source>
        <translation>Pauzë</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Vazhdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read aloud</source>
        <translation>Lexo me zë</translation>
    </message>
</context>
<context>
    <name>integreat::store::StoreRescue</name>
    <message>
        <location filename="../core/store/storerescue.cpp" line="+36"/>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 është dosje, jo skedar baze të dhënash</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the integrity check found: %1</source>
        <translation>kontrolli i integritetit gjeti: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not move %1 to %2.</source>
        <translation>%1 nuk mund të zhvendosej në %2.</translation>
    </message>
</context>
<context>
    <name>integreat::sync::LanguageFetcher</name>
    <message>
        <location filename="../core/sync/languagefetcher.cpp" line="+89"/>
        <source>region list</source>
        <translation>lista e rajoneve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pages</source>
        <translation>faqet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>events</source>
        <translation>aktivitetet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>places</source>
        <translation>vendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>place categories</source>
        <translation>kategoritë e vendeve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imprint</source>
        <translation>impresumi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>news</source>
        <translation>lajmet</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+22"/>
        <source>Cancelled.</source>
        <translation>U anulua.</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+115"/>
        <source>Could not download the %1: %2</source>
        <translation>Shkarkimi dështoi (%1): %2</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>The server sent damaged data for the %1 (%2 at byte %3).</source>
        <translation>Serveri dërgoi të dhëna të dëmtuara (%1): %2 te bajti %3.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>news: not offered by the server; the stored news are kept</source>
        <translation>lajmet: nuk ofrohen nga serveri; lajmet e ruajtura mbahen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <location line="+52"/>
        <location line="+60"/>
        <source>The %1 could not be read: %2</source>
        <translation>Leximi dështoi (%1): %2</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The language “%1” is not available in this region (HTTP 404).</source>
        <translation>Gjuha “%1” nuk është e disponueshme në këtë rajon (HTTP 404).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found on the server (HTTP 404).</source>
        <translation>Nuk u gjet në server (HTTP 404).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>imprint: not offered by the server</source>
        <translation>impresumi: nuk ofrohet nga serveri</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ListCheck</name>
    <message>
        <location filename="../core/sync/listcheck.cpp" line="+29"/>
        <source>The server sent %1 items for the %2, more than the %3 this app accepts; the stored %2 are kept.</source>
        <translation>%2: serveri dërgoi %1 elemente, më shumë se %3 që pranon ky aplikacion; të ruajturat mbahen (%2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No item of the %1 could be read (%2 received; first problem: %3); the stored %1 are kept.</source>
        <translation>%1: asnjë element nuk mund të lexohej (u morën %2; problemi i parë: %3); të ruajturat mbahen (%1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of the %2 items of the %3 could not be read (%4); the stored %3 are kept.</source>
        <translation>%3: %1 nga %2 elementet nuk mund të lexoheshin (%4); të ruajturat mbahen (%3).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Item %1 of the %2 holds %3 characters of text, more than the %4 this app accepts; the stored %2 are kept.</source>
        <translation>%2: elementi %1 ka %3 karaktere teksti, më shumë se %4 që pranon ky aplikacion; të ruajturat mbahen (%2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server&apos;s list of pages for “%1” would remove %2 of the %3 stored pages; the stored pages are kept. Confirm the removal to apply it.</source>
        <translation>Lista e faqeve të serverit për “%1” do të hiqte %2 nga %3 faqet e ruajtura; faqet e ruajtura mbahen. Konfirmoni heqjen për ta zbatuar.</translation>
    </message>
</context>
<context>
    <name>integreat::sync::NewsWatcher</name>
    <message>
        <location filename="../core/sync/newswatcher.cpp" line="+38"/>
        <source>The news list could not be read: %1</source>
        <translation>Lista e lajmeve nuk mund të lexohej: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::PackImporter</name>
    <message>
        <location filename="../core/sync/packimporter.cpp" line="+43"/>
        <source>The content pack is incomplete: %1 is missing.</source>
        <translation>Paketa e përmbajtjes është e paplotë: mungon %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>The content pack is damaged: %1 (%2).</source>
        <translation>Paketa e përmbajtjes është e dëmtuar: %1 (%2).</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The content pack names no region it contains.</source>
        <translation>Paketa e përmbajtjes nuk tregon asnjë rajon që përmban.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The content pack has none of the languages %1.</source>
        <translation>Paketa e përmbajtjes nuk ka asnjë nga gjuhët %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not create the folder %1.</source>
        <translation>Dosja %1 nuk mund të krijohej.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not write %1: %2</source>
        <translation>%1 nuk mund të shkruhej: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save the content pack: %1</source>
        <translation>Paketa e përmbajtjes nuk mund të ruhej: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::PageTree</name>
    <message>
        <location filename="../core/sync/pagetree.cpp" line="+33"/>
        <source>page %1: its parent %2 is not in the list; shown at the top level</source>
        <translation>faqja %1: prindi i saj %2 nuk është në listë; shfaqet në nivelin më të lartë</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>page %1: its parents lead back to itself; shown at the top level</source>
        <translation>faqja %1: prindërit e saj çojnë përsëri te vetja; shfaqet në nivelin më të lartë</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ResourceDownloader</name>
    <message>
        <location filename="../core/sync/resourcedownloader.cpp" line="+69"/>
        <source>Could not write the file: %1</source>
        <translation>Skedari nuk mund të shkruhej: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cancelled.</source>
        <translation>U anulua.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The server sent a web page instead of the file.</source>
        <translation>Serveri dërgoi një faqe interneti në vend të skedarit.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The server is busy (HTTP %1); the other files will be tried on the next sync.</source>
        <translation>Serveri është i zënë (HTTP %1); skedarët e tjerë do të provohen në sinkronizimin e ardhshëm.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Stopped after %n failed downloads in a row; the other files will be tried on the next sync.</source>
        <translation>
            <numerusform>U ndal pas %n shkarkimi të dështuar; skedarët e tjerë do të provohen në sinkronizimin e ardhshëm.</numerusform>
            <numerusform>U ndal pas %n shkarkimeve të dështuara radhazi; skedarët e tjerë do të provohen në sinkronizimin e ardhshëm.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The server gave an unexpected answer (HTTP %1).</source>
        <translation>Serveri dha një përgjigje të papritur (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ResourceSync</name>
    <message>
        <location filename="../core/sync/resourcesync.cpp" line="+51"/>
        <source>Cannot create the folder for images and documents: %1</source>
        <translation>Dosja për imazhet dhe dokumentet nuk mund të krijohet: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not update the list of images and documents: %1</source>
        <translation>Lista e imazheve dhe dokumenteve nuk mund të përditësohej: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+158"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… dhe %n tjetër.</numerusform>
            <numerusform>… dhe %n të tjera.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::sync::SyncEngine</name>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="+37"/>
        <source>loading the list of regions</source>
        <translation>po ngarkohet lista e rajoneve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saving</source>
        <translation>po ruhet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>u krye</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>downloading %1</source>
        <translation>po shkarkohet %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not load the list of regions from %1: %2</source>
        <translation>Lista e rajoneve nuk mund të ngarkohej nga %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sent a damaged list of regions (%1 at byte %2).</source>
        <translation>Serveri dërgoi një listë të dëmtuar rajonesh (%1 te bajti %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of regions could not be read: %1</source>
        <translation>Lista e rajoneve nuk mund të lexohej: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>Could not save the list of regions: %1</source>
        <translation>Lista e rajoneve nuk mund të ruhej: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Could not load the languages of %1: %2</source>
        <translation>Gjuhët e %1 nuk mund të ngarkoheshin: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server lists no languages for %1.</source>
        <translation>Serveri nuk ka gjuhë për %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no region “%1” on the server.</source>
        <translation>Nuk ka rajon “%1” në server.</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+15"/>
        <source>Cancelled.</source>
        <translation>U anulua.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>%1 offers no language “%2” (it offers: %3).</source>
        <translation>%1 nuk ofron gjuhën “%2” (ofron: %3).</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Could not read the stored pages: %1</source>
        <translation>Faqet e ruajtura nuk mund të lexoheshin: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not save the content: %1</source>
        <translation>Përmbajtja nuk mund të ruhej: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::SyncLock</name>
    <message>
        <location filename="../core/sync/synclock.cpp" line="+68"/>
        <source>A sync is already running (pid %1).</source>
        <translation>Një sinkronizim po ekzekutohet tashmë (pid %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync is already running.</source>
        <translation>Një sinkronizim po ekzekutohet tashmë.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the lock file %1: permission denied.</source>
        <translation>Skedari i kyçjes %1 nuk mund të krijohet: leja u refuzua.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the lock file %1 (is the disk full?).</source>
        <translation>Skedari i kyçjes %1 nuk mund të krijohet (a është disku plot?).</translation>
    </message>
</context>
<context>
    <name>integreat::sync::WriteFailure</name>
    <message>
        <location filename="../core/sync/writefailure.cpp" line="+26"/>
        <location line="+15"/>
        <source>the disk is full (%1)</source>
        <translation>disku është plot (%1)</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>no permission to write in %1</source>
        <translation>nuk ka leje për të shkruar në %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+8"/>
        <source>%1 is on a read-only file system</source>
        <translation>%1 është në një sistem skedarësh vetëm për lexim</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file system refused to write %1</source>
        <translation>sistemi i skedarëve refuzoi të shkruajë %1</translation>
    </message>
</context>
</TS>
