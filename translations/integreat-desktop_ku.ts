<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ku">
<context>
    <name>integreat::chat::ChatClient</name>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="+93"/>
        <source>The chat server answered with an error (HTTP %1).</source>
        <translation>Servera çatê bi çewtiyekê bersiv da (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/chat/chatthread.cpp" line="+18"/>
        <source>The chat server sent an answer that is not a chat.</source>
        <translation>Servera çatê bersivek şand ku ne çat e.</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ChatSession</name>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="+94"/>
        <source>Too many messages. Please try again in a moment.</source>
        <translation>Peyam pir zêde ne. Ji kerema xwe piştî kêlîkekê dîsa biceribînin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chat is not available in this town.</source>
        <translation>Çat li vî bajarî tune ye.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No connection to the chat. It will be updated when you are online.</source>
        <translation>Girêdana bi çatê re tune. Dema ku hûn bi înternetê ve girêdayî bin, ew ê were nûkirin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection to the chat. Your message was not sent; it is kept so you can send it again.</source>
        <translation>Girêdana bi çatê re tune. Peyama we nehat şandin; ew tê parastin da ku hûn dîsa bişînin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat could not be loaded: %1</source>
        <translation>Çat nehat barkirin: %1</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ContactMessage</name>
    <message>
        <location filename="../core/chat/contactmessage.cpp" line="+21"/>
        <source>Please enter your e-mail address: the answer is sent there.</source>
        <translation>Ji kerema xwe navnîşana e-nameya xwe binivîsin: bersiv dê ji wir re were şandin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not an e-mail address. Please check it (like name@example.org).</source>
        <translation>“%1” ne navnîşaneke e-nameyê ye. Ji kerema xwe kontrol bikin (wek name@example.org).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please write your message.</source>
        <translation>Ji kerema xwe peyama xwe binivîsin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message is too long: at most %1 characters, it has %2.</source>
        <translation>Peyama we pir dirêj e: herî zêde %1 tîp dibin, lê %2 tîp tê de hene.</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ZammadForm</name>
    <message>
        <location filename="../core/chat/zammadform.cpp" line="+14"/>
        <source>Your message was sent. The answer comes to your e-mail address.</source>
        <translation>Peyama we hat şandin. Bersiv dê were navnîşana e-nameya we.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline: your message was not sent. Please send it again when this computer is connected to the internet.</source>
        <translation>Hûn ne bi înternetê ve girêdayî ne: peyama we nehat şandin. Ji kerema xwe dema ku ev komputer bi înternetê ve girêdayî be, dîsa bişînin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The town&apos;s contact server has a problem (error %1): your message was not sent. Please try again later.</source>
        <translation>Servera têkiliyê ya bajêr pirsgirêkek heye (çewtî %1): peyama we nehat şandin. Ji kerema xwe paşê dîsa biceribînin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many messages were sent from here. Please wait a moment and try again.</source>
        <translation>Ji vir pir zêde peyam hatin şandin. Ji kerema xwe kêlîkekê li bendê bin û dîsa biceribînin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This contact form is switched off at the moment: your message was not sent.</source>
        <translation>Ev forma têkiliyê niha girtî ye: peyama we nehat şandin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contact server did not accept this e-mail address. Please check it.</source>
        <translation>Servera têkiliyê ev navnîşana e-nameyê qebûl nekir. Ji kerema xwe kontrol bikin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your message could not be sent: %1</source>
        <translation>Peyama we nehat şandin: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the form has no web address to send to</source>
        <translation>di formê de navnîşaneke malperê ji bo şandinê tune</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the contact server refused it (error %1)</source>
        <translation>servera têkiliyê ew red kir (çewtî %1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the contact server&apos;s answer could not be used</source>
        <translation>bersiva servera têkiliyê nehat bikaranîn</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the contact server found a problem with: %1</source>
        <translation>servera têkiliyê di van de pirsgirêkek dît: %1</translation>
    </message>
</context>
<context>
    <name>integreat::cli</name>
    <message>
        <location filename="../app/cli/clipin.cpp" line="+62"/>
        <source>New kiosk PIN (4 to 12 digits): </source>
        <translation>PIN-a nû ya kioskê (4 heta 12 reqem): </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same PIN again: </source>
        <translation>Heman PIN dîsa: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two PINs differ; nothing was changed</source>
        <translation>her du PIN ne wek hev in; tiştek nehat guhertin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no PIN was given (give it on standard input or at the prompt)</source>
        <translation>PIN nehat dayîn (wê li têketina standard an dema ku tê pirsîn binivîsin)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a kiosk PIN has 4 to 12 digits</source>
        <translation>PIN-a kioskê 4 heta 12 reqem e</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdimporttiles.cpp" line="+26"/>
        <source>Import an offline map (MBTiles, raster PNG/JPEG tiles) for a region. The desktop app shows it under the places when there is no network. Use maps whose licence allows offline use; OpenStreetMap&apos;s own tile servers do not.</source>
        <translation>Nexşeyeke bêînternet (MBTiles, kaşiyên raster PNG/JPEG) ji bo herêmekê îthal bike. Sepana komputerê wê li binê cihan nîşan dide dema ku tor tune be. Nexşeyên ku lîsansa wan destûra bikaranîna bêînternet dide bi kar bînin; serverên kaşiyan ên OpenStreetMap bi xwe vê destûrê nadin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmdprint.cpp" line="+33"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+93"/>
        <location filename="../app/cli/cmdshow.cpp" line="+53"/>
        <source>Region slug.</source>
        <translation>Navê kurt (slug) yê herêmê.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .mbtiles file.</source>
        <translation>Pela .mbtiles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: integreat-cli import-tiles --region SLUG FILE.mbtiles</source>
        <translation>bikaranîn: integreat-cli import-tiles --region SLUG FILE.mbtiles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported the offline map “%1” for %2 (zoom %3–%4) into %5</source>
        <translation>Nexşeya bêînternet “%1” ji bo %2 (zoom %3–%4) hat îthalkirin nav %5</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdkiosk.cpp" line="+77"/>
        <source>--%1 needs a number from %2 to %3</source>
        <translation>--%1 hejmarekê ji %2 heta %3 dixwaze</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>kiosk setup needs --region SLUG</source>
        <translation>sazkirina kioskê --region SLUG dixwaze</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wrote the kiosk configuration %1.</source>
        <translation>Mîhengên kioskê %1 hatin nivîsandin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integreat-cli: warning: no PIN is set, so nobody can open the kiosk&apos;s admin panel (set one with: integreat-cli kiosk set-pin --config %1)</source>
        <translation>integreat-cli: hişyarî: PIN nehatiye danîn, ji ber vê yekê kes nikare panela rêveberiyê ya kioskê veke (yekê bi vê danin: integreat-cli kiosk set-pin --config %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(all stored)</source>
        <translation>(hemû yên tomarkirî)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration:     %1</source>
        <translation>Mîheng:            %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk mode:        %1</source>
        <translation>Moda kioskê:       %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation>çalak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>neçalak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions:           %1</source>
        <translation>Herêm:             %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:         %1</source>
        <translation>Ziman:             %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start language:    %1</source>
        <translation>Zimanê destpêkê:   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(first)</source>
        <translation>(yê yekem)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle seconds:      %1</source>
        <translation>Çirkeyên bêkarî:   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countdown seconds: %1</source>
        <translation>Çirkeyên jimartinê: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections:          %1</source>
        <translation>Beş:               %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN:               %1</source>
        <translation>PIN:               %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set (PBKDF2-HMAC-SHA256, %1 iterations)</source>
        <translation>hatiye danîn (PBKDF2-HMAC-SHA256, %1 dubarekirin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>nehatiye danîn</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no region is configured in %1 (integreat-cli kiosk setup --region SLUG)</source>
        <translation>di %1 de tu herêm nehatiye mîhengkirin (integreat-cli kiosk setup --region SLUG)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: updated less than %2 hours ago; skipped.</source>
        <translation>%1: kêmtir ji %2 demjimêran berê hat nûkirin; hat derbaskirin.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Configure kiosk mode (integreat-desktop --kiosk):
  setup    write the configuration (--region, --languages, --idle-seconds, --countdown-seconds, --sections, --start-language, --pin)
  show     print it (--check: exit code only)
  set-pin  set a new PIN (standard input, or asked twice)
  sync     download the configured regions and languages (the nightly timer)
  disable  turn kiosk mode off (setup turns it on again)</source>
        <translation>Moda kioskê mîheng bike (integreat-desktop --kiosk):
  setup    mîhengan dinivîse (--region, --languages, --idle-seconds, --countdown-seconds, --sections, --start-language, --pin)
  show     wan nîşan dide (--check: tenê koda derketinê)
  set-pin  PIN-eke nû datîne (têketina standard, an du caran tê pirsîn)
  sync     herêm û zimanên mîhengkirî dadixe (demjimêra şevê)
  disable  moda kioskê vedimirîne (setup wê dîsa vêdixe)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>setup, show, set-pin, sync or disable</source>
        <translation>setup, show, set-pin, sync an disable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: integreat-cli kiosk setup|show|set-pin|sync|disable [--config FILE] (see --help)</source>
        <translation>bikaranîn: integreat-cli kiosk setup|show|set-pin|sync|disable [--config FILE] (li --help binêrin)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The kiosk PIN is set.</source>
        <translation>PIN-a kioskê hat danîn.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kiosk mode is disabled (integreat-cli kiosk setup enables it again).</source>
        <translation>Moda kioskê hat vemirandin (integreat-cli kiosk setup wê dîsa vêdixe).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kiosk action “%1” (setup, show, set-pin, sync or disable)</source>
        <translation>çalakiya kioskê ya nenas “%1” (setup, show, set-pin, sync an disable)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdprint.cpp" line="-2"/>
        <source>Write a stored page, place or event, or this week&apos;s events, as a printable PDF handout, in one language or two side by side.</source>
        <translation>Rûpel, cih an bûyereke tomarkirî, an bûyerên vê hefteyê, wekî belgeyeke PDF ya ji bo çapkirinê binivîse, bi zimanekî an bi du zimanan li kêleka hev.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmdshow.cpp" line="+1"/>
        <source>Language code.</source>
        <translation>Koda zimanî.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print this language in a second column.</source>
        <translation>Vî zimanî di stûna duyem de çap bike.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF file to write.</source>
        <translation>Pela PDF ya ku dê were nivîsandin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the events of the 7 days from today (or --from), instead of PATH.</source>
        <translation>Bûyerên 7 rojan ji îro ve (an ji --from ve) çap bike, li şûna PATH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week&apos;s first day (with --week).</source>
        <translation>Roja yekem a hefteyê (bi --week).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmdshow.cpp" line="+2"/>
        <source>Path such as /augsburg/de/willkommen/</source>
        <translation>Rêyek wek /augsburg/de/willkommen/</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: integreat-cli print --region SLUG --language CODE [--second-language CODE] (PATH | --week [--from YYYY-MM-DD]) --pdf FILE</source>
        <translation>bikaranîn: integreat-cli print --region SLUG --language CODE [--second-language CODE] (PATH | --week [--from YYYY-MM-DD]) --pdf FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--from needs a date such as 2026-12-07.</source>
        <translation>--from dîrokeke wek 2026-12-07 dixwaze.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder; give the name of the PDF file to write.</source>
        <translation>%1 peldank e; navê pela PDF ya ku dê were nivîsandin bidin.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+72"/>
        <location filename="../app/cli/cmdshow.cpp" line="+51"/>
        <location filename="../app/cli/cmdstatus.cpp" line="+80"/>
        <source>Cannot read the local store: %1</source>
        <translation>Depoya herêmî nayê xwendin: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1</source>
        <translation>%1 hat nivîsandin</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdregions.cpp" line="+42"/>
        <source>List the regions on the server: name, slug, languages.</source>
        <translation>Herêmên li ser serverê rêz bike: nav, slug, ziman.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include hidden regions.</source>
        <translation>Herêmên veşartî jî têxe nav.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cmdsearch.cpp" line="-63"/>
        <location filename="../app/cli/cmdstatus.cpp" line="-14"/>
        <source>Print JSON.</source>
        <translation>Wekî JSON derxe.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>  (hidden)</source>
        <translation>  (veşartî)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdrepair.cpp" line="+31"/>
        <source>Downloading %1 (%2) again …</source>
        <translation>%1 (%2) dîsa tê daxistin …</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmdsync.cpp" line="+252"/>
        <source>%1: FAILED: %2</source>
        <translation>%1: BI SER NEKET: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: %3 items</source>
        <translation>%1 %2: %3 tişt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2: FAILED: %3</source>
        <translation>%1 %2: BI SER NEKET: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the local store; when it is damaged, move it aside (with -wal and -shm, under a dated name), start a fresh one and download again the regions and languages it held.</source>
        <translation>Depoya herêmî kontrol bike; heke xerabûyî be, wê bide aliyekî (bi -wal û -shm re, bi navekî bi dîrok), depoyeke nû dest pê bike û herêm û zimanên ku tê de bûn dîsa dakêşe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only check the store; change nothing.</source>
        <translation>Tenê depoyê kontrol bike; tiştekî neguherîne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download this region again instead of those the old store held.</source>
        <translation>Li şûna yên ku di depoya kevn de bûn, vê herêmê dîsa dakêşe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --region: comma-separated language codes (default: all).</source>
        <translation>Bi --region: kodên zimanan bi bêhnok ji hev veqetandî (pêşdanasîn: hemû).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no local store at %1 yet; nothing to repair.</source>
        <translation>Li %1 hîn depoyeke herêmî tune; tiştek ji bo tamîrkirinê tune.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local store %1 is sound; nothing to repair.</source>
        <translation>Depoya herêmî %1 saxlem e; tiştek ji bo tamîrkirinê tune.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>all languages</source>
        <translation>hemû ziman</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local store %1 is damaged: %2</source>
        <translation>Depoya herêmî %1 xerabûyî ye: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved region can be read from it.</source>
        <translation>Tu herêmeke tomarkirî ji wê nayê xwendin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions it still names: %1</source>
        <translation>Herêmên ku hîn navê wan tê de ye: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the local store is damaged; run “integreat-cli repair” to move it aside and download the content again</source>
        <translation>depoya herêmî xerabûyî ye; “integreat-cli repair” bixebitînin da ku bide aliyekî û naverok dîsa were daxistin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repair when it has finished.</source>
        <translation>Dema ku qediya, tamîr bikin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moved it aside to %1 (nothing was deleted).</source>
        <translation>Wekî %1 hat danîn aliyekî (tiştek nehat jêbirin).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started a fresh store at %1.</source>
        <translation>Depoyeke nû li %1 dest pê kir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved region could be read from the old file. Download one with: integreat-cli sync --region SLUG</source>
        <translation>Ji pela kevn tu herêmeke tomarkirî nehat xwendin. Yekê bi vê dakêşin: integreat-cli sync --region SLUG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the store was repaired, but not every language could be downloaded again; run integreat-cli sync later</source>
        <translation>depo hat tamîrkirin, lê ne hemû ziman dîsa hatin daxistin; paşê integreat-cli sync bixebitînin</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsearch.cpp" line="-64"/>
        <source>(found in %1)</source>
        <translation>(di %1 de hat dîtin)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Search the stored pages, events, places and news of a region, offline. Pages with every word (at the start of a word of the title or the text; titles count double) come first, then pages where a misspelt word is corrected, another form of a word or a compound containing it matches; a question finds the pages sharing its rarer words.</source>
        <translation>Di rûpel, bûyer, cih û nûçeyên tomarkirî yên herêmekê de bêînternet bigere. Pêşî rûpelên ku her peyv tê de hene tên (li destpêka peyveke sernav an nivîsê; sernav du caran tên hesibandin), paşê rûpelên ku peyveke şaş hatiye nivîsandin tê rastkirin, an formeke din a peyvê an peyveke hevedudanî ya ku wê dihewîne li hev tê; pirsek rûpelên ku peyvên wê yên kêmtir hene dibîne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language code (the user&apos;s).</source>
        <translation>Koda zimanî (ya bikarhêner).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search German too; a German hit is shown in the language when it is translated.</source>
        <translation>Bi almanî jî bigere; encameke almanî bi wî zimanî tê nîşandan heke hatibe wergerandin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every stored language.</source>
        <translation>Di her zimanê tomarkirî de bigere.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N results (1-75, default 75).</source>
        <translation>Herî zêde N encam (1-75, pêşdanasîn 75).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read one query per line; print HITS&lt;TAB&gt;MILLISECONDS&lt;TAB&gt;QUERY each.</source>
        <translation>Di her rêzê de pirsek bixwîne; ji bo her yekê HITS&lt;TAB&gt;MILLISECONDS&lt;TAB&gt;QUERY derxe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words to search for.</source>
        <translation>Peyvên ji bo lêgerînê.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: integreat-cli search --region SLUG --language CODE [--also-german | --all-languages] [--limit N] [--json] QUERY… (or --stdin)</source>
        <translation>bikaranîn: integreat-cli search --region SLUG --language CODE [--also-german | --all-languages] [--limit N] [--json] QUERY… (an --stdin)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--also-german and --all-languages exclude each other</source>
        <translation>--also-german û --all-languages bi hev re nabin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--limit needs a number from 1 to %1</source>
        <translation>--limit hejmarekê ji 1 heta %1 dixwaze</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing of %1 (%2) is in the local store. Sync it first: integreat-cli sync --region %1 --languages %2</source>
        <translation>Tiştek ji %1 (%2) di depoya herêmî de tune. Pêşî senkronîze bikin: integreat-cli sync --region %1 --languages %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No results for “%1”.</source>
        <translation>Ji bo “%1” tu encam tune.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results for “%1”:</source>
        <translation>Encamên ji bo “%1”:</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdshow.cpp" line="-55"/>
        <source>Print the title and text of a stored page, event or place.</source>
        <translation>Sernav û nivîsa rûpel, bûyer an cihekî tomarkirî nîşan bide.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: integreat-cli show --region SLUG --language CODE PATH</source>
        <translation>bikaranîn: integreat-cli show --region SLUG --language CODE PATH</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last updated: %1</source>
        <translation>Nûkirina dawî: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization: %1</source>
        <translation>Rêxistin: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When: %1</source>
        <translation>Kengî: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where: %1</source>
        <translation>Li ku: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category: %1</source>
        <translation>Kategorî: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: %1</source>
        <translation>Navnîşan: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not in the local store for %2 (%3). Sync it first: integreat-cli sync --region %2 --languages %3</source>
        <translation>%1 di depoya herêmî de ji bo %2 (%3) tune. Pêşî senkronîze bikin: integreat-cli sync --region %2 --languages %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdstatus.cpp" line="-21"/>
        <source>  %1: %2 pages, %3 events, %4 places, %5 news</source>
        <translation>  %1: %2 rûpel, %3 bûyer, %4 cih, %5 nûçe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; synced %1</source>
        <translation>; senkronîzekirin %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; never synced</source>
        <translation>; qet nehatiye senkronîzekirin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; last attempt failed: %1</source>
        <translation>; hewldana dawî bi ser neket: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show what the local store holds, per region and language.</source>
        <translation>Nîşan bide ka di depoya herêmî de çi heye, li gorî herêm û zimanî.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Store: %1 (%2)</source>
        <translation>Depo: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No region synced yet. Try: integreat-cli sync --region augsburg</source>
        <translation>Hîn tu herêm nehatiye senkronîzekirin. Biceribînin: integreat-cli sync --region augsburg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images and documents: %1 files (%2)</source>
        <translation>Wêne û belge: %1 pel (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %1 not downloaded yet, tried again on the next sync</source>
        <translation>; %1 hîn nehatine daxistin, di senkronîzekirina bê de dîsa tên ceribandin</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdpack.cpp" line="+33"/>
        <location filename="../app/cli/cmdsync.cpp" line="-206"/>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
        <translation>%1 hatin zêdekirin, %2 hatin guhertin, %3 hatin rakirin, %4 neguherî</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 pages, %3 events, %4 places, %5 news (synced %6)</source>
        <translation>%1: %2 rûpel, %3 bûyer, %4 cih, %5 nûçe (senkronîzekirin %6)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote the content pack %1 of %2 to %3 (%4; %5 images and documents%6).</source>
        <translation>Pakêta naverokê %1 ya %2 di %3 de hat nivîsandin (%4; %5 wêne û belge%6).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, offline map</source>
        <translation>, nexşeya bêînternet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Try again when it has finished.</source>
        <translation>Dema ku biqede, dîsa biceribînin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content pack %1 of %2, made %3</source>
        <translation>Pakêta naverokê %1 ya %2, hatiye çêkirin: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: imported (content of %2): %3</source>
        <translation>%1: hat îthalkirin (naveroka %2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: skipped: this PC&apos;s content (synced %2) is newer than the pack&apos;s (%3); use --force to import it anyway</source>
        <translation>%1: hat derbaskirin: naveroka vê komputerê (senkronîzekirin %2) ji ya pakêtê (%3) nûtir e; ji bo ku dîsa jî were îthalkirin --force bi kar bînin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images and documents: %1%2</source>
        <translation>Wêne û belge: %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; offline map installed</source>
        <translation>; nexşeya bêînternet hat sazkirin</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Content packs: one file with a region&apos;s content, images and offline map, to carry to PCs without (fast) internet or to a whole fleet.
  pack export --region SLUG [--languages de,en] FILE.integreat-pack
  pack import [--force] FILE.integreat-pack
  pack import --watch DIR    import every new pack that appears in DIR, until stopped</source>
        <translation>Pakêtên naverokê: pelek bi naverok, wêne û nexşeya bêînternet a herêmekê, ji bo birina ser komputerên bê înterneta (bilez) an ser gelek komputeran bi hev re.
  pack export --region SLUG [--languages de,en] FILE.integreat-pack
  pack import [--force] FILE.integreat-pack
  pack import --watch DIR    her pakêta nû ya ku di DIR de xuya dibe îthal bike, heta ku were rawestandin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region slug (export).</source>
        <translation>Slug-a herêmê (ji bo export).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated language codes (export; default: all stored).</source>
        <translation>Kodên zimanan bi bêhnok ji hev veqetandî (export; pêşdanasîn: hemû yên tomarkirî).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import languages even where this PC has newer content.</source>
        <translation>Zimanan îthal bike, heta ku naveroka vê komputerê nûtir be jî.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch a folder and import each new or changed pack in it.</source>
        <translation>Çavdêriya peldankekê bike û her pakêta nû an guhertî ya tê de îthal bike.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export or import</source>
        <translation>export an import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack file.</source>
        <translation>Pela pakêtê.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE.integreat-pack</source>
        <translation>bikaranîn: integreat-cli pack export --region SLUG [--languages de,en] FILE.integreat-pack</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE, pack import [--force] FILE or pack import --watch DIR</source>
        <translation>bikaranîn: integreat-cli pack export --region SLUG [--languages de,en] FILE, pack import [--force] FILE an pack import --watch DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsync.cpp" line="+27"/>
        <source>resources: %1 downloaded, %2 unchanged, %3 failed</source>
        <translation>çavkanî: %1 hatin daxistin, %2 neguherî, %3 bi ser neketin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1 not tried (will retry next sync)</source>
        <translation>, %1 nehatin ceribandin (di senkronîzekirina bê de dîsa tên ceribandin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (will retry next sync)</source>
        <translation> (di senkronîzekirina bê de dîsa tê ceribandin)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 no longer used removed</source>
        <translation>, %1 yên ku êdî nayên bikaranîn hatin rakirin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 received</source>
        <translation>; %1 hat wergirtin</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>warning: resource: %1</source>
        <translation>hişyarî: çavkanî: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: … and %1 more resource problems (see --json)</source>
        <translation>hişyarî: … û %1 pirsgirêkên din ên çavkaniyan (li --json binêrin)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: images and documents not downloaded: %1; they will be tried again on the next sync.</source>
        <translation>hişyarî: wêne û belgeyên nehatine daxistin: %1; ew ê di senkronîzekirina bê de dîsa werin ceribandin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download a region&apos;s content (pages, events, places, news, imprint) into the local store. Each language is saved whole or not at all.</source>
        <translation>Naveroka herêmekê (rûpel, bûyer, cih, nûçe, agahiyên weşanê) dakêşe nav depoya herêmî. Her ziman bi tevahî tê tomarkirin an qet nayê tomarkirin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region slug, e.g. augsburg.</source>
        <translation>Slug-a herêmê, mînak augsburg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated language codes, or “all” (default).</source>
        <translation>Kodên zimanan bi bêhnok ji hev veqetandî, an “all” (pêşdanasîn).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as JSON on stdout.</source>
        <translation>Encamê wekî JSON li stdout derxe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not download the images and documents (PDFs) the content refers to.</source>
        <translation>Wêne û belgeyên (PDF) ku naverok behsa wan dike daneyêne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply a pages list even when it removes more than half of the stored pages of a language (refused otherwise, keeping the stored pages).</source>
        <translation>Lîsteyeke rûpelan bicîh bîne heta ku ji nîvê rûpelên tomarkirî yên zimanekî zêdetir rake jî (wekî din tê redkirin û rûpelên tomarkirî dimînin).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When another sync of this data folder is running, wait for it to end instead of giving up.</source>
        <translation>Dema ku senkronîzekirineke din a vê peldanka daneyan dixebite, li şûna dev jê berdanê, li bendê bimîne heta ku biqede.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests to the server at once (default %1): the languages download side by side.</source>
        <translation>Daxwazên di heman demê de ji serverê re (pêşdanasîn %1): ziman bi hev re tên daxistin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sync needs --region SLUG (see integreat-cli regions)</source>
        <translation>senkronîzekirin --region SLUG dixwaze (li integreat-cli regions binêrin)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--connections needs a number from 1 to %1</source>
        <translation>--connections hejmarekê ji 1 heta %1 dixwaze</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--languages needs codes such as de,en,ar or “all”</source>
        <translation>--languages kodên wek de,en,ar an “all” dixwaze</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>integreat-cli: %1 received: cancelling the sync; the stored content stays as it was.</source>
        <translation>integreat-cli: %1 hat wergirtin: senkronîzekirin tê betalkirin; naveroka tomarkirî wek xwe dimîne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+89"/>
        <source>sync cancelled</source>
        <translation>senkronîzekirin hat betalkirin</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Try again when it has finished, or use --wait.</source>
        <translation>Dema ku qediya dîsa biceribînin, an --wait bi kar bînin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Waiting for it to finish …</source>
        <translation>%1 Li benda qedandinê …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>: 1 item</source>
        <translation>: 1 tişt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: %1 items</source>
        <translation>: %1 tişt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[resources] images and documents: %1 of %2</source>
        <translation>[çavkanî] wêne û belge: %1 ji %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>warning: %1: %2</source>
        <translation>hişyarî: %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>If the server really removed these pages, run the sync again with --allow-mass-removal.</source>
        <translation>Heke server bi rastî ev rûpel rakirine, senkronîzekirinê bi --allow-mass-removal dîsa bixebitînin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync failed for %1</source>
        <translation>senkronîzekirin ji bo %1 bi ser neket</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+36"/>
        <source>List the regions on the server.</source>
        <translation>Herêmên li ser serverê rêz bike.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download a region&apos;s content into the local store.</source>
        <translation>Naveroka herêmekê dakêşe nav depoya herêmî.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what the local store holds.</source>
        <translation>Nîşan bide ka di depoya herêmî de çi heye.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a stored page, event or place.</source>
        <translation>Rûpel, bûyer an cihekî tomarkirî çap bike.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the stored content, offline.</source>
        <translation>Di naveroka tomarkirî de bigere, bêînternet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the local store; move a damaged one aside and download again.</source>
        <translation>Depoya herêmî kontrol bike; ya xerabûyî bide aliyekî û dîsa dakêşe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import an offline map (MBTiles) for a region.</source>
        <translation>Nexşeyeke bêînternet (MBTiles) ji bo herêmekê îthal bike.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configure kiosk mode: setup, show, set-pin, disable.</source>
        <translation>Moda kioskê mîheng bike: setup, show, set-pin, disable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a stored page, place or event, or this week&apos;s events, as a PDF handout.</source>
        <translation>Rûpel, cih an bûyereke tomarkirî, an bûyerên vê hefteyê, wekî belgeyeke PDF binivîse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export or import a content pack (one file per region), or watch a folder for packs.</source>
        <translation>Pakêteke naverokê (ji bo her herêmê pelek) derxe an îthal bike, an çavdêriya peldankekê ji bo pakêtan bike.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: integreat-cli [global options] COMMAND [options]

Keeps the content of Integreat regions in a local store that works offline.

Commands:
</source>
        <translation>Bikaranîn: integreat-cli [vebijarkên giştî] COMMAND [vebijark]

Naveroka herêmên Integreat di depoyeke herêmî de ku bêînternet dixebite diparêze.

Ferman:
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
Vebijarkên giştî (ji bo her fermanê):
  --server URL        Integreat CMS (pêşdanasîn: https://cms.integreat-app.de)
  --data-dir DIR      peldanka depoya herêmî (pêşdanasîn: ya sepana komputerê)
  --timeout SECONDS   piştî ewqas demê dev ji serverê bêdeng berde (pêşdanasîn: 30)
  --retries N         dubarekirinên daxistineke têkçûyî (pêşdanasîn: 3)
  --proxy URL         proxy ji bo her daxwazê: http://HOST:PORT, socks5://HOST:PORT
                      an none (pêşdanasîn: ya pergalê, mînak https_proxy)
  -h, --help          alîkarî (piştî fermanekê jî)
  -v, --version       guherto

Mînak:
  integreat-cli sync --region augsburg --languages de,en,ar
</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>no command given</source>
        <translation>ferman nehat dayîn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown command “%1” (see --help)</source>
        <translation>fermana nenas “%1” (li --help binêrin)</translation>
    </message>
    <message>
        <location filename="../app/cli/packwatch.cpp" line="+48"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ne peldank e.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integreat-cli: %1 received: stopped watching %2.</source>
        <translation>integreat-cli: %1 hat wergirtin: çavdêriya %2 hat rawestandin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watching %1 for content packs (*%2); stop with Ctrl+C.</source>
        <translation>Çavdêriya %1 ji bo pakêtên naverokê (*%2) tê kirin; bi Ctrl+C rawestînin.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: pack %2 was imported already.</source>
        <translation>%1: pakêta %2 berê hatiye îthalkirin.</translation>
    </message>
</context>
<context>
    <name>integreat::cli::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+28"/>
        <source>Integreat CMS to talk to (default: %1).</source>
        <translation>Integreat CMS-a ku pê re tê axaftin (pêşdanasîn: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder of the local store (default: %1).</source>
        <translation>Peldanka depoya herêmî (pêşdanasîn: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give up on a silent server after this many seconds (default: 30).</source>
        <translation>Piştî ewqas çirkeyan dev ji serverê bêdeng berde (pêşdanasîn: 30).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retries of a failed download (default: 3).</source>
        <translation>Dubarekirinên daxistineke têkçûyî (pêşdanasîn: 3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send every request through this proxy: http://HOST:PORT, socks5://HOST:PORT or none (default: the system&apos;s proxy settings).</source>
        <translation>Her daxwazê bi vê proxy-yê bişîne: http://HOST:PORT, socks5://HOST:PORT an none (pêşdanasîn: mîhengên proxy yên pergalê).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (see --help)</source>
        <translation> (li --help binêrin)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--server needs an http(s) URL such as https://cms.integreat-app.de</source>
        <translation>--server URL-eke http(s) wek https://cms.integreat-app.de dixwaze</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout needs a number of seconds of at least 1</source>
        <translation>--timeout hejmareke çirkeyan a herî kêm 1 dixwaze</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--retries needs a number from 0 to 10</source>
        <translation>--retries hejmarekê ji 0 heta 10 dixwaze</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the data folder %1</source>
        <translation>Peldanka daneyan %1 nayê çêkirin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the local store %1: %2</source>
        <translation>Depoya herêmî %1 venabe: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run “integreat-cli repair” to move %1 aside and download the content again.</source>
        <translation>“integreat-cli repair” bixebitînin da ku %1 bide aliyekî û naverok dîsa were daxistin.</translation>
    </message>
</context>
<context>
    <name>integreat::cli::KioskOptions</name>
    <message>
        <location filename="../app/cli/cmdkiosk.cpp" line="-251"/>
        <source>The kiosk configuration file (default: %1).</source>
        <translation>Pela mîhengên kioskê (pêşdanasîn: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region slug (repeat or comma-separate for several).</source>
        <translation>Slug-a herêmê (ji bo çendan dubare bikin an bi bêhnok veqetînin).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language codes offered, comma-separated.</source>
        <translation>Kodên zimanên pêşkêşkirî, bi bêhnok ji hev veqetandî.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language preselected on the start screen.</source>
        <translation>Zimanê ku li ser ekrana destpêkê pêşwext hatiye hilbijartin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds without touch before the countdown (default: 120).</source>
        <translation>Çirkeyên bê destlêdan berî jimartina paşverû (pêşdanasîn: 120).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds of the “Are you still there?” countdown (default: 20).</source>
        <translation>Çirkeyên jimartina paşverû ya “Hûn hîn li vir in?” (pêşdanasîn: 20).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections shown, comma-separated (default: local,places,events,news).</source>
        <translation>Beşên ku tên nîşandan, bi bêhnok ji hev veqetandî (pêşdanasîn: local,places,events,news).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the PIN (read from standard input when it is not a terminal, else asked twice).</source>
        <translation>PIN-ê diyar bike (ji têketina standard tê xwendin dema ku ne termînal be, wekî din du caran tê pirsîn).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sync: skip a region whose languages were all updated less than N hours ago (the update at boot).</source>
        <translation>sync: herêmeke ku hemû zimanên wê kêmtir ji N demjimêran berê hatine nûkirin derbas bike (nûkirina dema destpêkirina komputerê).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show: print nothing; exit 0 only when the kiosk is configured and enabled (for ExecCondition=).</source>
        <translation>show: tiştekî dernexe; tenê dema ku kiosk mîhengkirî û çalak be bi 0 derkeve (ji bo ExecCondition=).</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::AdminPanel</name>
    <message>
        <location filename="../app/desktop/kiosk/adminpanel.cpp" line="+20"/>
        <source>Sync now</source>
        <translation>Niha senkronîze bike</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit kiosk</source>
        <translation>Ji kioskê derkeve</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kiosk administration</source>
        <translation>Rêveberiya kioskê</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start over</source>
        <translation>Ji nû ve dest pê bike</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the kiosk</source>
        <translation>Vegere kioskê</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Counting…</source>
        <translation>Tê hesabkirin…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>never</source>
        <translation>qet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1: last update %2, %3 pages, %4 events, %5 places, %6 news</source>
        <translation>  %1: nûkirina dawî %2, %3 rûpel, %4 bûyer, %5 cih, %6 nûçe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the last attempt failed: %1</source>
        <translation>hewldana dawî bi ser neket: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is saved yet.</source>
        <translation>Hîn tiştek nehatiye tomarkirin.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::Application</name>
    <message>
        <location filename="../app/desktop/shell/application.cpp" line="+246"/>
        <source>nothing is saved in %1 yet; sync a town first</source>
        <translation>hîn tiştek li %1 nehatiye tomarkirin; pêşî bajarekî senkronîze bikin</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>could not write the screenshot %1</source>
        <translation>wêneya ekranê %1 nehat nivîsandin</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::BreadcrumbBar</name>
    <message>
        <location filename="../app/desktop/pages/breadcrumbbar.cpp" line="+36"/>
        <source>You are here</source>
        <translation>Hûn li vir in</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>More: %1</source>
        <translation>Zêdetir: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ChatSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/chatsection.cpp" line="+105"/>
        <source>Ask Integreat</source>
        <translation>Ji Integreat bipirse</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The chat is not offered on this public computer.</source>
        <translation>Çat li ser vê komputera giştî nayê pêşkêşkirin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>The chat is not available in this town.</source>
        <translation>Çat li vî bajarî tune ye.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chat of this town is not available on this computer yet.</source>
        <translation>Çata vî bajarî hîn li ser vê komputerê tune.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ChatView</name>
    <message>
        <location filename="../app/desktop/chat/chatview.cpp" line="+31"/>
        <source>Accept and start the chat</source>
        <translation>Qebûl bike û çatê dest pê bike</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send</source>
        <translation>Bişîne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again</source>
        <translation>Dîsa bişîne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>Çata nû</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write your question in any language</source>
        <translation>Pirsa xwe bi her zimanî binivîsin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your message</source>
        <translation>Peyama we</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>Axaftin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy notice of the chat</source>
        <translation>Agahiyên parastina daneyan ên çatê</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State of the chat</source>
        <translation>Rewşa çatê</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Your questions are answered by counselors of the town and by an assistant that knows the town&apos;s information. What you write is sent to the town&apos;s chat server and kept there.</source>
        <translation>Şêwirmendên bajêr û alîkarekî ku agahiyên bajêr dizane bersiva pirsên we didin. Tiştê ku hûn dinivîsin ji servera çatê ya bajêr re tê şandin û li wir tê hilanîn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the privacy notice</source>
        <translation>Agahiyên parastina daneyan bixwîne</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Ask a question about life in the town. The answer appears here.</source>
        <translation>Li ser jiyana li bajêr pirsekê bikin. Bersiv li vir xuya dibe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You</source>
        <translation>Hûn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic answer</source>
        <translation>Bersiva otomatîk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counselor</source>
        <translation>Şêwirmend</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending…</source>
        <translation>Tê şandin…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent yet</source>
        <translation>Hîn nehatiye şandin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integreat is writing an answer…</source>
        <translation>Integreat bersivekê dinivîse…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading the chat…</source>
        <translation>Çat tê barkirin…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CommandLine</name>
    <message>
        <location filename="../app/desktop/shell/commandline.cpp" line="+39"/>
        <source>Integreat: local information for newcomers, in their language, also offline.</source>
        <translation>Integreat: agahiyên herêmî ji bo kesên nû hatî, bi zimanê wan, bêînternet jî.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of the local store (default: %1).</source>
        <translation>Peldanka depoya herêmî (pêşdanasîn: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integreat CMS to update from (default: %1).</source>
        <translation>Integreat CMS-a ku jê tê nûkirin (pêşdanasîn: %1).</translation>
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
        <translation>Qet torê bi kar neyne; tenê naveroka tomarkirî nîşan bide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a page: an https://integreat.app/… link, an integreat:// link or region/language/path.</source>
        <translation>Rûpelekê veke: girêdanek https://integreat.app/…, girêdanek integreat:// an herêm/ziman/rê.</translation>
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
        <translation>Pakêteke naverokê (bi integreat-cli pack export hatiye çêkirin) îthal bike û encamê di mîhengan de nîşan bide; wekî dayîna FILE.integreat-pack e.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Render the window at 1280×800 into a PNG file and exit (for documentation and smoke tests).</source>
        <translation>Pencereyê bi 1280×800 di pelekî PNG de çêke û derkeve (ji bo belgekirin û ceribandinan).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The same as --open, or a content pack file (.integreat-pack) to import.</source>
        <translation>Wekî --open, an pelê pakêteke naverokê (.integreat-pack) ji bo îthalkirinê.</translation>
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
        <translation>Her daxwazê bi vê proxy-yê bişîne: http://HOST:PORT, socks5://HOST:PORT an none (pêşdanasîn: mîhengên proxy yên pergalê).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run as a locked public kiosk (full screen, idle reset, links as QR codes).</source>
        <translation>Wekî kioskeke giştî ya girtî bixebite (ekrana tevahî, vegerandin piştî bêkariyê, girêdan wekî kodên QR).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kiosk configuration (with --kiosk; default: %1).</source>
        <translation>Mîhengên kioskê (bi --kiosk; pêşdanasîn: %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[LINK]</source>
        <translation>[LINK]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Give one content pack to import, not several.</source>
        <translation>Ji bo îthalkirinê tenê pakêteke naverokê bidin, ne çend pakêtan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give one link to open, not several.</source>
        <translation>Girêdanekê bidin ku were vekirin, ne çendan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--config is for --kiosk.</source>
        <translation>--config ji bo --kiosk e.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--kiosk starts at its own start screen: no link or --screenshot.</source>
        <translation>--kiosk li ekrana xwe ya destpêkê dest pê dike: bê girêdan an --screenshot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A content pack is imported in a window: not with --kiosk or --screenshot.</source>
        <translation>Pakêta naverokê di pencereyekê de tê îthalkirin: ne bi --kiosk an --screenshot.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--server needs an http(s) URL such as %1.</source>
        <translation>--server URL-eke http(s) wek %1 dixwaze.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ContactFormDialog</name>
    <message>
        <location filename="../app/desktop/pages/contactformdialog.cpp" line="+27"/>
        <location line="+101"/>
        <source>Send</source>
        <translation>Bişîne</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Close</source>
        <translation>Bigire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to the town&apos;s team. They answer by e-mail; your message is sent to the town&apos;s contact server.</source>
        <translation>Ji tîma bajêr re binivîsin. Ew bi e-nameyê bersiv didin; peyama we ji servera têkiliyê ya bajêr re tê şandin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Your name (optional)</source>
        <translation>Navê we (ne mecbûrî)</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Your e-mail address</source>
        <translation>Navnîşana e-nameya we</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Your message</source>
        <translation>Peyama we</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+25"/>
        <source>Sending…</source>
        <translation>Tê şandin…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CounselTools</name>
    <message>
        <location filename="../app/desktop/counsel/counseltools.cpp" line="+25"/>
        <source>Read aloud</source>
        <translation>Bi deng bixwîne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End session</source>
        <translation>Danişînê biqedîne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show QR code</source>
        <translation>Koda QR nîşan bide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>Li kêleka hev</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the text aloud in its language</source>
        <translation>Nivîsê bi zimanê wê bi deng bixwîne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear everything of this session and start again (%1)</source>
        <translation>Her tiştê vê danişînê paqij bike û ji nû ve dest pê bike (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the link of this page as a QR code to take along on a phone</source>
        <translation>Girêdana vê rûpelê wekî koda QR nîşan bide, da ku li ser telefonê bi xwe re bibin</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show this in a second language beside it</source>
        <translation>Vê bi zimanekî duyem li kêleka wê nîşan bide</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CountdownOverlay</name>
    <message>
        <location filename="../app/desktop/kiosk/countdownoverlay.cpp" line="+14"/>
        <source>Yes, continue</source>
        <translation>Erê, bidomîne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Are you still there?</source>
        <translation>Hûn hîn li vir in?</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Press any key or move the mouse to continue. In %n seconds the session ends: the app goes back to the start page and what was looked at is cleared.</source>
        <translation>
            <numerusform>Ji bo berdewamkirinê bişkokekê bitikînin an mişkê bilivînin. Piştî %n çirkeyê danişîn diqede: sepan vedigere rûpela destpêkê û tiştên hatine dîtin tên paqijkirin.</numerusform>
            <numerusform>Ji bo berdewamkirinê bişkokekê bitikînin an mişkê bilivînin. Piştî %n çirkeyan danişîn diqede: sepan vedigere rûpela destpêkê û tiştên hatine dîtin tên paqijkirin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Touch the screen to continue. In %n seconds everything starts over and what you looked at is cleared.</source>
        <translation>
            <numerusform>Ji bo domandinê destê xwe li ekranê bidin. Piştî %n çirkeyê her tişt ji nû ve dest pê dike û tiştên ku we dîtin tên paqijkirin.</numerusform>
            <numerusform>Ji bo domandinê destê xwe li ekranê bidin. Piştî %n çirkeyan her tişt ji nû ve dest pê dike û tiştên ku we dîtin tên paqijkirin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DBusNotifier</name>
    <message>
        <location filename="../app/desktop/notify/dbusnotifier.cpp" line="+51"/>
        <source>Open</source>
        <translation>Veke</translation>
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
        <translation>Naveroka tomarkirî xerabûyî ye</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be read: %2

Download again moves the file aside under a dated name (nothing is deleted), starts afresh and downloads your towns and languages again.</source>
        <translation>Pela %1 nayê xwendin: %2

“Dîsa dakêşe” pelê bi navekî bi dîrok dide aliyekî (tiştek nayê jêbirin), ji nû ve dest pê dike û bajar û zimanên we dîsa dadixe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download again</source>
        <translation>Dîsa dakêşe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Derkeve</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DashboardView</name>
    <message>
        <location filename="../app/desktop/pages/dashboardview.cpp" line="+39"/>
        <source>Local information</source>
        <translation>Agahiyên herêmî</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There are no pages in this language yet.</source>
        <translation>Hîn bi vî zimanî tu rûpel tune.</translation>
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
        <translation>“%1” ne girêdaneke rûpeleke bajarekî Integreat e.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” in %2 is not saved on this computer.</source>
        <translation>“%1” bi %2 li ser vê komputerê nehatiye tomarkirin.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The chat is not available in this town.</source>
        <translation>Çat li vî bajarî tune ye.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked page is not saved on this computer.</source>
        <translation>Rûpela girêdayî li ser vê komputerê nehatiye tomarkirin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The linked page is in %1, which is not saved on this computer.</source>
        <translation>Rûpela girêdayî bi %1 e, ku li ser vê komputerê nehatiye tomarkirin.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EndSession</name>
    <message>
        <location filename="../app/desktop/counsel/endsession.cpp" line="+44"/>
        <location line="+6"/>
        <source>End session</source>
        <translation>Danişînê biqedîne</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>End this session?</source>
        <translation>Vê danişînê biqedînin?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app goes back to the start page. The history, the search, side by side, the news read and the folders used for saving are cleared, so that the next person finds nothing of this session.</source>
        <translation>Bername vedigere rûpela destpêkê. Dîrok, lêgerîn, “li kêleka hev”, nûçeyên xwendî û peldankên ji bo tomarkirinê hatine bikaranîn tên paqijkirin, da ku kesê piştre tiştekî ji vê danişînê nebîne.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventDateText</name>
    <message>
        <location filename="../app/desktop/presentation/eventdatetext.cpp" line="+50"/>
        <source>the last %1</source>
        <translation>%1 ya dawî</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the %1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1, all day</source>
        <translation>%1, tevahiya rojê</translation>
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
        <translation>Her roj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 days</source>
        <translation>Her %1 rojan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every week</source>
        <translation>Her hefte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 weeks</source>
        <translation>Her %1 hefteyan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every month</source>
        <translation>Her meh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 months</source>
        <translation>Her %1 mehan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every year</source>
        <translation>Her sal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 years</source>
        <translation>Her %1 salan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats</source>
        <translation>Dubare dibe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only on weekdays (Monday to Friday)</source>
        <translation>Tenê di rojên kar de (Duşem heta În)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventHtml</name>
    <message>
        <location filename="../app/desktop/events/eventhtml.cpp" line="+80"/>
        <source>Loading dates…</source>
        <translation>Dîrok tên barkirin…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address:</source>
        <translation>Navnîşan:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online meeting:</source>
        <translation>Civîna online:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More dates</source>
        <translation>Dîrokên din</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventList</name>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+20"/>
        <source>Only dates from</source>
        <translation>Tenê dîrokên ji</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>heta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First day</source>
        <translation>Roja yekem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Roja dawî</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Events</source>
        <translation>Bûyer</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlistmodel.cpp" line="+68"/>
        <source>Today</source>
        <translation>Îro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>Sibê</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 7 days</source>
        <translation>7 rojên bê</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 30 days</source>
        <translation>30 rojên bê</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Paşê</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Heading</source>
        <translation>Sernav</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+35"/>
        <source>Loading events…</source>
        <translation>Bûyer tên barkirin…</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlistmodel.cpp" line="-20"/>
        <source>More dates: %1</source>
        <translation>Dîrokên din: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Irregular dates</source>
        <translation>Dîrokên nerêkûpêk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Irregular dates. %1</source>
        <translation>Dîrokên nerêkûpêk. %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+13"/>
        <source>No events in these days.</source>
        <translation>Di van rojan de tu bûyer tune.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No upcoming events.</source>
        <translation>Tu bûyerên bê tune.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventsSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/eventssection.cpp" line="+26"/>
        <source>Events</source>
        <translation>Bûyer</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This event is not on this computer. It may be over or removed, or it is newer than the last update.</source>
        <translation>Ev bûyer li ser vê komputerê tune. Dibe ku qediyabe an hatibe rakirin, an jî ji nûkirina dawî nûtir e.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventsView</name>
    <message>
        <location filename="../app/desktop/events/eventsview.cpp" line="+45"/>
        <location line="+28"/>
        <source>All events</source>
        <translation>Hemû bûyer</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Save this date for a calendar…</source>
        <translation>Vê dîrokê ji bo salnameyê tomar bike…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save all dates for a calendar…</source>
        <translation>Hemû dîrokan ji bo salnameyê tomar bike…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Event</source>
        <translation>Bûyer</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>This event has irregular dates: they cannot all be worked out, so only the first is shown. Check the dates with the organizer.</source>
        <translation>Dîrokên vê bûyerê nerêkûpêk in: hemû nayên hesibandin, ji ber vê yekê tenê ya yekem tê nîşandan. Dîrokan ji organîzatoran bipirsin.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Save for a calendar</source>
        <translation>Ji bo salnameyê tomar bike</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>Pelên salnameyê (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dates are still being worked out. Try again in a moment.</source>
        <translation>Dîrok hîn tên hesabkirin. Piştî kêlîkekê dîsa biceribînin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This event has no dates left to save.</source>
        <translation>Ji vê bûyerê tu dîrok nemaye ku were tomarkirin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The calendar file could not be saved: %1</source>
        <translation>Pela salnameyê nehat tomarkirin: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. Open %1 with your calendar app to add the event.</source>
        <translation>Hat tomarkirin. %1 bi sepana salnameya xwe vekin da ku bûyerê zêde bikin.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ExternalLinkDialog</name>
    <message>
        <location filename="../app/desktop/pages/externallinkdialog.cpp" line="+38"/>
        <source>Open a website?</source>
        <translation>Malperekê veke?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link leads out of Integreat to a website of &lt;b&gt;%1&lt;/b&gt;. It opens in your web browser and needs an internet connection.</source>
        <translation>Ev girêdan ji Integreat derdikeve û diçe malpereke &lt;b&gt;%1&lt;/b&gt;. Di geroka we de vedibe û girêdana înternetê dixwaze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Open in browser</source>
        <translation>Di gerokê de veke</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open the document online?</source>
        <translation>Belgeyê online veke?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document is not saved on this computer. It can be opened from &lt;b&gt;%1&lt;/b&gt; in your browser with an internet connection.</source>
        <translation>Ev belge li ser vê komputerê nehatiye tomarkirin. Bi girêdana înternetê dikare ji &lt;b&gt;%1&lt;/b&gt; di geroka we de were vekirin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call this number?</source>
        <translation>Li vê hejmarê bigere?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your computer&apos;s phone app will call this number:</source>
        <translation>Sepana telefonê ya komputera we dê li vê hejmarê bigere:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Bigere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write an e-mail?</source>
        <translation>E-nameyekê binivîse?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your e-mail program will open a new message to:</source>
        <translation>Bernameya e-nameyê ya we dê peyameke nû veke ji bo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write e-mail</source>
        <translation>E-name binivîse</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Copy</source>
        <translation>Kopî bike</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <translation>Hat kopîkirin</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::FeedbackBox</name>
    <message>
        <location filename="../app/desktop/pages/feedbackbox.cpp" line="+88"/>
        <source>Was this page helpful?</source>
        <translation>Ev rûpel bi kêr hat?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Erê</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, this was helpful</source>
        <translation>Erê, bi kêr hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, this was not helpful</source>
        <translation>Na, bi kêr nehat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What could be better? (optional, no personal data)</source>
        <translation>Çi dikare çêtir be? (bijarte, bê daneyên kesane)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on this page</source>
        <translation>Şîrove li ser vê rûpelê</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send feedback</source>
        <translation>Nerînê bişîne</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Thank you. You may add a comment.</source>
        <translation>Spas. Hûn dikarin şîroveyekê jî lê zêde bikin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please choose “Yes” or “No”, or write a comment.</source>
        <translation>Ji kerema xwe “Erê” an “Na” hilbijêrin, an şîroveyekê binivîsin.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::FirstRunWizard</name>
    <message>
        <location filename="../app/desktop/firstrun/firstrunwizard.cpp" line="+31"/>
        <source>Back</source>
        <translation>Paş</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+221"/>
        <source>Next</source>
        <translation>Pêş</translation>
    </message>
    <message>
        <location line="-220"/>
        <location line="+216"/>
        <source>Cancel</source>
        <translation>Betal bike</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Welcome to Integreat</source>
        <translation>Bi xêr hatin Integreat</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The download was cancelled. Nothing was changed on this computer.</source>
        <translation>Daxistin hat betalkirin. Li ser vê komputerê tiştek nehat guhertin.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The server lists no regions.</source>
        <translation>Server tu herêmê nîşan nade.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The demo town could not be set up: %1</source>
        <translation>Bajarê demo nehat amadekirin: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Download</source>
        <translation>Dakêşe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue</source>
        <translation>Bidomîne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stops the download; nothing is changed</source>
        <translation>Daxistinê radiwestîne; tiştek nayê guhertin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this window</source>
        <translation>Vê pencereyê digire</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::HeaderBar</name>
    <message>
        <location filename="../app/desktop/mainwindow/headerbar.cpp" line="+54"/>
        <location line="+1"/>
        <source>Search</source>
        <translation>Lêgerîn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear search</source>
        <translation>Lêgerînê paqij bike</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Menu</source>
        <translation>Menû</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Search in %1</source>
        <translation>Di %1 de bigere</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskApp</name>
    <message>
        <location filename="../app/desktop/shell/kioskapp.cpp" line="+36"/>
        <source>kiosk mode is disabled in %1 (integreat-cli kiosk setup enables it)</source>
        <translation>moda kioskê di %1 de neçalak e (integreat-cli kiosk setup wê çalak dike)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot create the folder %1</source>
        <translation>peldanka %1 nayê çêkirin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved content cannot be opened: %1</source>
        <translation>Naveroka tomarkirî venabe: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskSession</name>
    <message>
        <location filename="../app/desktop/kiosk/kiosksession.cpp" line="+66"/>
        <source>Start over</source>
        <translation>Ji nû ve dest pê bike</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this page with you</source>
        <translation>Vê rûpelê bi xwe re bibin</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskWindow</name>
    <message>
        <location filename="../app/desktop/kiosk/kioskwindow.cpp" line="+77"/>
        <source>The update has finished.</source>
        <translation>Nûkirin qediya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The update failed; the last good content stays in use. %1</source>
        <translation>Nûkirin bi ser neket; naveroka dawî ya baş tê bikaranîn. %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nothing is saved on this kiosk yet. The administrator can update the content.</source>
        <translation>Hîn li ser vê kioskê tiştek nehatiye tomarkirin. Rêveber dikare naverokê nû bike.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Wrong PIN.</source>
        <translation>PIN-a şaş.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Gelek PIN-ên şaş. Piştî %n çirkeyê dîsa biceribînin.</numerusform>
            <numerusform>Gelek PIN-ên şaş. Piştî %n çirkeyan dîsa biceribînin.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No PIN is set for this kiosk, so the administration cannot be opened here (integreat-cli kiosk set-pin).</source>
        <translation>Ji bo vê kioskê PIN nehatiye danîn, ji ber vê yekê rêveberî li vir venabe (integreat-cli kiosk set-pin).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No region is configured (integreat-cli kiosk setup).</source>
        <translation>Tu herêm nehatiye mîhengkirin (integreat-cli kiosk setup).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kiosk runs offline; the nightly update keeps it current.</source>
        <translation>Ev kiosk bêînternet dixebite; nûkirina şevê wê rojane dihêle.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Updating…</source>
        <translation>Tê nûkirin…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageButton</name>
    <message>
        <location filename="../app/desktop/mainwindow/languagebutton.cpp" line="+40"/>
        <source>%1 (download)</source>
        <translation>%1 (dakêşe)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language of the content: %1</source>
        <translation>Zimanê naverokê: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content language: %1</source>
        <translation>Zimanê naverokê: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageNames</name>
    <message>
        <location filename="../app/desktop/presentation/languages.cpp" line="+46"/>
        <source>Albanian</source>
        <translation>Albanî</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amharic</source>
        <translation>Amharî</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>Erebî</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgarian</source>
        <translation>Bulgarî</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central Kurdish</source>
        <translation>Kurdiya navendî</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatian</source>
        <translation>Xirwatî</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czech</source>
        <translation>Çekî</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dari</source>
        <translation>Derî</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Îngilîzî</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Fransî</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Almanî</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greek</source>
        <translation>Yûnanî</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungarian</source>
        <translation>Macarî</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>Îtalî</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kurdish</source>
        <translation>Kurdî</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pashto</source>
        <translation>Peştûyî</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persian</source>
        <translation>Farisî</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>Polonî</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>Romanî</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Rûsî</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbian</source>
        <translation>Sirbî</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somali</source>
        <translation>Somalî</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Spanî</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tigrinya</source>
        <translation>Tigrînî</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>Tirkî</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation>Ukraynî</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation>Urdûyî</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnamese</source>
        <translation>Viyetnamî</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguagePage</name>
    <message>
        <location filename="../app/desktop/firstrun/languagepage.cpp" line="+22"/>
        <source>Which languages do you want to read?</source>
        <translation>Hûn dixwazin bi kîjan zimanan bixwînin?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notice</source>
        <translation>Têbînî</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Languages</source>
        <translation>Ziman</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The local information of %1 is downloaded in the languages you choose, so you can read it without internet. You can choose several and add more later.</source>
        <translation>Agahiyên herêmî yên %1 bi zimanên ku hûn hilbijêrin tên daxistin, da ku hûn bikaribin bê înternet bixwînin. Hûn dikarin çend zimanan hilbijêrin û paşê yên din jî zêde bikin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language code %1</source>
        <translation>Koda zimanî %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageRow</name>
    <message>
        <location filename="../app/desktop/firstrun/languagerow.cpp" line="+29"/>
        <source>Retry</source>
        <translation>Dîsa biceribîne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry %1</source>
        <translation>%1 dîsa biceribîne</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Waiting</source>
        <translation>Li bendê ye</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Finished</source>
        <translation>Qediya</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Ready to read offline</source>
        <translation>✓ Ji bo xwendina bêînternet amade ye</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not downloaded: %1</source>
        <translation>Nehat daxistin: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LinkRouter</name>
    <message>
        <location filename="../app/desktop/pages/linkrouter.cpp" line="+70"/>
        <source>This link cannot be opened: it could harm your computer or your data.</source>
        <translation>Ev girêdan nayê vekirin: dikare zirarê bide komputer an daneyên we.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This link leads to the list of towns. To read about another town, use “Change” next to the town&apos;s name.</source>
        <translation>Ev girêdan diçe lîsteya bajaran. Ji bo xwendina li ser bajarekî din, “Biguherîne” ya li kêleka navê bajêr bi kar bînin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This link leads to a part of Integreat that this app does not show yet.</source>
        <translation>Ev girêdan diçe beşeke Integreat ku ev sepan hîn nîşan nade.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download %1</source>
        <translation>%1 dakêşe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This link leads to “%1” in %2, which is not saved on this computer.</source>
        <translation>Ev girêdan diçe “%1” bi %2, ku li ser vê komputerê nehatiye tomarkirin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This page is in %1, which is not saved on this computer yet.</source>
        <translation>Ev rûpel bi %1 e, ku hîn li ser vê komputerê nehatiye tomarkirin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chat is not available in this town.</source>
        <translation>Çat li vî bajarî tune ye.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The linked event is not on this computer. It may be over or removed, or it is newer than the last update.</source>
        <translation>Bûyera girêdayî li ser vê komputerê tune. Dibe ku qediyabe an hatibe rakirin, an jî ji nûkirina dawî nûtir e.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked place is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Cihê girêdayî li ser vê komputerê tune. Dibe ku hatibe rakirin, an jî ji nûkirina dawî nûtir e.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked news item is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Nûçeya girêdayî li ser vê komputerê tune. Dibe ku hatibe rakirin, an jî ji nûkirina dawî nûtir e.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked page is not on this computer. It may have been moved or removed, or it is newer than the last update.</source>
        <translation>Rûpela girêdayî li ser vê komputerê tune. Dibe ku hatibe guhastin an rakirin, an jî ji nûkirina dawî nûtir e.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No program on this computer can open this document.</source>
        <translation>Tu bername li ser vê komputerê nikare vê belgeyê veke.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This document is not saved on this computer.</source>
        <translation>Ev belge li ser vê komputerê nehatiye tomarkirin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>No program on this computer can open this link.</source>
        <translation>Tu bername li ser vê komputerê nikare vê girêdanê veke.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>This offer cannot be opened: its form could not be prepared.</source>
        <translation>Ev pêşniyar venabe: forma wê nehat amadekirin.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open online</source>
        <translation>Online veke</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LocalInfoSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/localinfosection.cpp" line="+37"/>
        <source>Local information</source>
        <translation>Agahiyên herêmî</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LocalInfoView</name>
    <message>
        <location filename="../app/desktop/pages/localinfoview.cpp" line="+57"/>
        <source>Page content</source>
        <translation>Naveroka rûpelê</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Start page of the town</source>
        <translation>Rûpela destpêkê ya bajêr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation>Encamên lêgerînê</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page</source>
        <translation>Rûpel</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <location line="+31"/>
        <location line="+38"/>
        <location line="+9"/>
        <location line="+21"/>
        <source>Local information</source>
        <translation>Agahiyên herêmî</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>This page is not on this computer</source>
        <translation>Ev rûpel li ser vê komputerê tune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been moved or removed by the last update.</source>
        <translation>Dibe ku bi nûkirina dawî hatibe guhastin an rakirin.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+26"/>
        <location line="+1"/>
        <source>Imprint</source>
        <translation>Agahiyên weşanê</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>There is no imprint in this language on this computer.</source>
        <translation>Bi vî zimanî li ser vê komputerê agahiyên weşanê tune.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The imprint is available in:</source>
        <translation>Agahiyên weşanê bi van zimanan hene:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search</source>
        <translation>Lêgerîn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search: “%1”</source>
        <translation>Lêgerîn: “%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go to the start page</source>
        <translation>Here rûpela destpêkê</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Start page in %1</source>
        <translation>Rûpela destpêkê bi %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not available in %2. It is available in:</source>
        <translation>“%1” bi %2 tune. Bi van zimanan heye:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not available in %2.</source>
        <translation>“%1” bi %2 tune.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MainActions</name>
    <message>
        <location filename="../app/desktop/mainwindow/mainactions.cpp" line="+19"/>
        <source>Back</source>
        <translation>Paş</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward</source>
        <translation>Pêş</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start page</source>
        <translation>Rûpela destpêkê</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Lêgerîn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>Niha senkronîze bike</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imprint</source>
        <translation>Agahiyên weşanê</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>Mîheng…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger text</source>
        <translation>Nivîsa mezintir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smaller text</source>
        <translation>Nivîsa piçûktir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal text size</source>
        <translation>Mezinahiya normal a nivîsê</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Integreat Desktop</source>
        <translation>Derbarê Integreat Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Derkeve</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This page</source>
        <translation>Ev rûpel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text size</source>
        <translation>Mezinahiya nivîsê</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MainWindow</name>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindow.cpp" line="+196"/>
        <source>Download %1</source>
        <translation>%1 dakêşe</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 is not saved on this computer yet.</source>
        <translation>%1 hîn li ser vê komputerê nehatiye tomarkirin.</translation>
    </message>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindowcommands.cpp" line="+171"/>
        <source>About Integreat Desktop</source>
        <translation>Derbarê Integreat Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Integreat Desktop %1&lt;/h3&gt;&lt;p&gt;Local information for newcomers, in their language, also without internet.&lt;/p&gt;&lt;p&gt;The content comes from the towns and districts that take part in &lt;a href=&quot;https://integreat-app.de&quot;&gt;Integreat&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Integreat Desktop %1&lt;/h3&gt;&lt;p&gt;Agahiyên herêmî ji bo kesên nû hatî, bi zimanê wan, bê înternet jî.&lt;/p&gt;&lt;p&gt;Naverok ji bajar û navçeyên ku beşdarî &lt;a href=&quot;https://integreat-app.de&quot;&gt;Integreat&lt;/a&gt; dibin tê.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindowcounsel.cpp" line="+50"/>
        <source>Reading area</source>
        <translation>Qada xwendinê</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The section shown, and beside it the same in a second language when Side by side is on</source>
        <translation>Beşa ku tê nîşandan, û li kêleka wê heman naverok bi zimanekî duyem, dema ku “Li kêleka hev” vekirî be</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MapWidget</name>
    <message>
        <location filename="../app/desktop/places/mapwidget.cpp" line="+30"/>
        <source>Map of places</source>
        <translation>Nexşeya cihan</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Nêzîk bike</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Dûr bike</translation>
    </message>
    <message>
        <location line="+344"/>
        <source>I am here (sort places by distance from this point)</source>
        <translation>Ez li vir im (cihan li gorî dûrahiya ji vê xalê rêz bike)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MassRemovalQuestion</name>
    <message>
        <location filename="../app/desktop/sync/massremovalquestion.cpp" line="+16"/>
        <source>Remove saved pages?</source>
        <translation>Rûpelên tomarkirî werin rakirin?</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n of the %2 saved pages would be removed.</source>
        <translation>
            <numerusform>%1: %n ji %2 rûpelên tomarkirî dê were rakirin.</numerusform>
            <numerusform>%1: %n ji %2 rûpelên tomarkirî dê werin rakirin.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server sent much less content than before. If you go on, pages you have now will be deleted from this computer.</source>
        <translation>Serverê ji berê pir kêmtir naverok şand. Heke hûn bidomînin, rûpelên ku niha li ba we ne dê ji vê komputerê werin jêbirin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This can be a mistake on the server. If you keep your content, nothing changes and you can try again later.</source>
        <translation>Dibe ku ev çewtiyeke serverê be. Heke hûn naveroka xwe biparêzin, tiştek naguhere û hûn dikarin paşê dîsa biceribînin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep my content</source>
        <translation>Naveroka min biparêze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove them</source>
        <translation>Wan rake</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NavigationBar</name>
    <message>
        <location filename="../app/desktop/pages/navigationbar.cpp" line="+29"/>
        <source>Back (Alt+Left)</source>
        <translation>Paş (Alt+Çep)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Paş</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward (Alt+Right)</source>
        <translation>Pêş (Alt+Rast)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Pêş</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsHtml</name>
    <message>
        <location filename="../app/desktop/news/newshtml.cpp" line="+16"/>
        <source>Local news</source>
        <translation>Nûçeyên herêmî</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Read the original</source>
        <translation>Orîjînalê bixwîne</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/newssection.cpp" line="+28"/>
        <source>News</source>
        <translation>Nûçe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News (%1)</source>
        <translation>Nûçe (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News, %1 new</source>
        <translation>Nûçe, %1 nû</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This news item is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Ev nûçe li ser vê komputerê tune. Dibe ku hatibe rakirin, an jî ji nûkirina dawî nûtir e.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsView</name>
    <message>
        <location filename="../app/desktop/news/newsview.cpp" line="+43"/>
        <location line="+56"/>
        <source>All news</source>
        <translation>Hemû nûçe</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>All</source>
        <translation>Hemû</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local</source>
        <translation>Herêmî</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External</source>
        <translation>Derveyî</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>News</source>
        <translation>Nûçe</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>News item</source>
        <translation>Nûçe</translation>
    </message>
    <message>
        <location filename="../app/desktop/news/newslistmodel.cpp" line="+85"/>
        <source>● New</source>
        <translation>● Nû</translation>
    </message>
    <message>
        <location filename="../app/desktop/news/newsview.cpp" line="+110"/>
        <source>There are no news in this language yet. New local news of the town appear here after the next update.</source>
        <translation>Hîn bi vî zimanî tu nûçe tune. Nûçeyên herêmî yên nû yên bajêr piştî nûkirina bê li vir xuya dibin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No news of this kind. Choose “All” to see every news item.</source>
        <translation>Ji vî cureyî tu nûçe tune. “Hemû” hilbijêrin da ku hemû nûçeyan bibînin.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NoticeBar</name>
    <message>
        <location filename="../app/desktop/pages/noticebar.cpp" line="+26"/>
        <source>Notice</source>
        <translation>Têbînî</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Close this notice</source>
        <translation>Vê têbîniyê bigire</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationCenter</name>
    <message>
        <location filename="../app/desktop/notify/notificationcenter.cpp" line="+44"/>
        <source>Notifications (%1)</source>
        <translation>Agahdarî (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notifications</source>
        <translation>Agahdarî</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>News from %1 (%2)</source>
        <translation>Nûçe ji %1 (%2)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationsDialog</name>
    <message>
        <location filename="../app/desktop/notify/notificationsdialog.cpp" line="+27"/>
        <source>No notifications yet. New local news of your towns appear here.</source>
        <translation>Hîn tu agahdarî tune. Nûçeyên herêmî yên nû yên bajarên we li vir xuya dibin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Paqij bike</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>Agahdarî</translation>
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
        <translation>Dema ku bajarek bi zimanekî nûçeyan diweşîne agahdariyekê nîşan bide:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> min</source>
        <translation> deq.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Look for news every</source>
        <translation>Li nûçeyan bigere, her</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::OfferForm</name>
    <message>
        <location filename="../app/desktop/pages/offerform.cpp" line="+27"/>
        <source>Continue to %1</source>
        <translation>Bidomîne: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PackImport</name>
    <message>
        <location filename="../app/desktop/settings/packimport.cpp" line="+28"/>
        <source>Could not open the local store: %1</source>
        <translation>Depoya herêmî venebû: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The content pack %1 was not imported: %2 Nothing on this computer was changed.</source>
        <translation>Pakêta naverokê %1 nehat îthalkirin: %2 Li ser vê komputerê tiştek nehat guhertin.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported from the content pack: %1 in %2.</source>
        <translation>Ji pakêta naverokê hat îthalkirin: %1 bi %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported, because this computer has newer content of %1 in %2. “Import anyway” replaces it with the older content of the pack.</source>
        <translation>Nehat îthalkirin, ji ber ku li ser vê komputerê naveroka nûtir a %1 bi %2 heye. “Dîsa jî îthal bike” wê bi naveroka kevntir a pakêtê diguherîne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The content pack %1 holds no language.</source>
        <translation>Di pakêta naverokê %1 de tu ziman tune.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PackImportPanel</name>
    <message>
        <location filename="../app/desktop/settings/packimportpanel.cpp" line="+23"/>
        <source>Import content pack…</source>
        <translation>Pakêta naverokê îthal bike…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import anyway</source>
        <translation>Dîsa jî îthal bike</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a region&apos;s content from a file made with “integreat-cli pack export” (for computers without fast internet).</source>
        <translation>Naveroka herêmekê ji pelekî ku bi “integreat-cli pack export” hatiye çêkirin îthal bike (ji bo komputerên bê înterneta bilez).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing the content pack</source>
        <translation>Pakêta naverokê tê îthalkirin</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Replaces this computer&apos;s newer content with the older content of the pack.</source>
        <translation>Naveroka nûtir a vê komputerê bi naveroka kevntir a pakêtê diguherîne.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import content pack</source>
        <translation>Pakêta naverokê îthal bike</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Integreat content packs (*.integreat-pack)</source>
        <translation>Pakêtên naverokê yên Integreat (*.integreat-pack)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Waiting for the running update to finish…</source>
        <translation>Li benda qedandina nûkirina ku didome…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing the content pack…</source>
        <translation>Pakêta naverokê tê îthalkirin…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PageHtml</name>
    <message>
        <location filename="../app/desktop/pages/pagehtml.cpp" line="+108"/>
        <source>Last updated on %1</source>
        <translation>Nûkirina dawî di %1 de</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Published on %1</source>
        <translation>Hat weşandin: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This page has no text yet.</source>
        <translation>Di vê rûpelê de hîn nivîs tune.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Imprint</source>
        <translation>Agahiyên weşanê</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Contact form: write to the town&apos;s team</source>
        <translation>Forma têkiliyê: ji tîma bajêr re binivîsin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online offer: opens in your browser</source>
        <translation>Pêşniyara li ser înternetê: di geroka we de vedibe</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This page is provided by %1</source>
        <translation>Ev rûpel ji aliyê %1 ve tê pêşkêşkirin</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PinPad</name>
    <message>
        <location filename="../app/desktop/kiosk/pinpad.cpp" line="+22"/>
        <source>Administrator PIN</source>
        <translation>PIN-a rêveberê</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete</source>
        <translation>Jê bibe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Betal bike</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the PIN to open the administration.</source>
        <translation>Ji bo vekirina rêveberiyê PIN-ê binivîsin.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceDetailHtml</name>
    <message>
        <location filename="../app/desktop/places/placedetailhtml.cpp" line="+82"/>
        <source>%1 km away</source>
        <translation>%1 km dûr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open all day</source>
        <translation>Tevahiya rojê vekirî ye</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Girtî ye</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open now</source>
        <translation>Niha vekirî ye</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed now</source>
        <translation>Niha girtî ye</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>Demkî girtî ye</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Only with an appointment</source>
        <translation>Tenê bi randevûyê</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with an appointment</source>
        <translation>bi randevûyê</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>✓ Barrier-free</source>
        <translation>✓ Bêasteng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Not barrier-free</source>
        <translation>✗ Ne bêasteng</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Address</source>
        <translation>Navnîşan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Navigate (opens a map)</source>
        <translation>Rê nîşan bide (nexşeyekê vedike)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening hours</source>
        <translation>Demên vebûnê</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Make an appointment</source>
        <translation>Randevûyekê bigirin</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Contacts</source>
        <translation>Têkilî</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact information</source>
        <translation>Agahiyên têkiliyê</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile</source>
        <translation>Mobîl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>E-name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website</source>
        <translation>Malper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment</source>
        <translation>Randevû</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office hours</source>
        <translation>Demên pêşwaziyê</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About this place</source>
        <translation>Derbarê vî cihî</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events here</source>
        <translation>Bûyerên li vir</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceFiltersDialog</name>
    <message>
        <location filename="../app/desktop/places/placefiltersdialog.cpp" line="+25"/>
        <source>Only places open now</source>
        <translation>Tenê cihên ku niha vekirî ne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only barrier-free places</source>
        <translation>Tenê cihên bêasteng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter places</source>
        <translation>Cihan parzûn bike</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategorî</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reset filters</source>
        <translation>Parzûnan vegerîne</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Show %n place(s)</source>
        <translation>
            <numerusform>%n cihî nîşan bide</numerusform>
            <numerusform>%n cihan nîşan bide</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceListPanel</name>
    <message>
        <location filename="../app/desktop/places/placelistpanel.cpp" line="+26"/>
        <source>Show all places</source>
        <translation>Hemû cihan nîşan bide</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Search in places</source>
        <translation>Di cihan de bigere</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+100"/>
        <source>Filters…</source>
        <translation>Parzûn…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Places</source>
        <translation>Cih</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open now</source>
        <translation>Niha vekirî ye</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed now</source>
        <translation>Niha girtî ye</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temporarily closed</source>
        <translation>Demkî girtî ye</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>open now</source>
        <translation>niha vekirî ye</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>barrier-free</source>
        <translation>bêasteng</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Filters (%1)…</source>
        <translation>Parzûn (%1)…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlacesSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/placessection.cpp" line="+31"/>
        <source>Places</source>
        <translation>Cih</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>This place is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Ev cih li ser vê komputerê tune. Dibe ku hatibe rakirin, an jî ji nûkirina dawî nûtir e.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlacesView</name>
    <message>
        <location filename="../app/desktop/places/placesview.cpp" line="+65"/>
        <source>← All places</source>
        <translation>← Hemû cih</translation>
    </message>
    <message>
        <location filename="../app/desktop/places/placesviewtiles.cpp" line="+56"/>
        <source>No map of %1 to show. Map tiles need an internet connection or an offline map file (an administrator can import one with “integreat-cli import-tiles”). The places stand on a plain background; the list and the details work without it.</source>
        <translation>Nexşeya %1 tune ku were nîşandan. Kaşiyên nexşeyê girêdana înternetê an pelekî nexşeya bêînternet dixwazin (rêveberek dikare bi “integreat-cli import-tiles” yekê îthal bike). Cih li ser paşxaneyeke sade xuya dibin; lîste û hûrgilî bêyî wê jî dixebitin.</translation>
    </message>
    <message>
        <location filename="../app/desktop/places/placesview.cpp" line="-5"/>
        <source>Places and map</source>
        <translation>Cih û nexşe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Place</source>
        <translation>Cih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All places</source>
        <translation>Hemû cih</translation>
    </message>
    <message numerus="yes">
        <location line="+162"/>
        <source>%n place(s) at this spot</source>
        <translation>
            <numerusform>%n cih li vê xalê</numerusform>
            <numerusform>%n cih li vê xalê</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n place(s), nearest first</source>
        <translation>
            <numerusform>%n cih, yê herî nêzîk pêşî</numerusform>
            <numerusform>%n cih, yê herî nêzîk pêşî</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n place(s), A–Z</source>
        <translation>
            <numerusform>%n cih, A–Z</numerusform>
            <numerusform>%n cih, A–Z</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no places for this town yet. They appear here after the next download.</source>
        <translation>Hîn ji bo vî bajarî tu cih tune. Piştî daxistina bê li vir xuya dibin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No place matches. Change the filters or the search.</source>
        <translation>Tu cih li hev nayê. Parzûnan an lêgerînê biguherînin.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::QrCard</name>
    <message>
        <location filename="../app/desktop/kiosk/qrcard.cpp" line="+19"/>
        <source>Close</source>
        <translation>Bigire</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scan the code with your phone&apos;s camera to take this with you.</source>
        <translation>Kodê bi kameraya telefona xwe bixwînin da ku vê bi xwe re bibin.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Call this number</source>
        <translation>Li vê hejmarê bigere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an e-mail</source>
        <translation>E-nameyekê binivîse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this on your phone</source>
        <translation>Vê li ser telefona xwe vekin</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(too long for a QR code)</source>
        <translation>(ji bo koda QR pir dirêj e)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::QrDialog</name>
    <message>
        <location filename="../app/desktop/counsel/qrdialog.cpp" line="+20"/>
        <source>QR code</source>
        <translation>Koda QR</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QR code of the link</source>
        <translation>Koda QR ya girêdanê</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Scan the code to open this on your phone</source>
        <translation>Kodê bi telefona xwe sken bikin da ku vê li ser wê vekin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the code to open “%1” on your phone</source>
        <translation>Kodê bi telefona xwe sken bikin da ku “%1” li ser wê vekin</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ReadAloudPanel</name>
    <message>
        <location filename="../app/desktop/counsel/readaloudpanel.cpp" line="+20"/>
        <source>Close</source>
        <translation>Bigire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading and close</source>
        <translation>Xwendinê rawestîne û bigire</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionButton</name>
    <message>
        <location filename="../app/desktop/mainwindow/regionbutton.cpp" line="+33"/>
        <source>Town</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>Biguherîne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read about another town</source>
        <translation>Li ser bajarekî din bixwînin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change town</source>
        <translation>Bajêr biguherîne</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Town: %1</source>
        <translation>Bajar: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Find another town…</source>
        <translation>Bajarekî din bibînin…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionList</name>
    <message>
        <location filename="../app/desktop/firstrun/regionlist.cpp" line="+21"/>
        <source>Regions</source>
        <translation>Herêm</translation>
    </message>
    <message>
        <location filename="../app/desktop/firstrun/regionlistmodel.cpp" line="+58"/>
        <source>Nearby</source>
        <translation>Nêzîk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions near you</source>
        <translation>Herêmên nêzîkî we</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Regions starting with %1</source>
        <translation>Herêmên ku bi %1 dest pê dikin</translation>
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
        <translation>Ji bo van jî: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionPage</name>
    <message>
        <location filename="../app/desktop/firstrun/regionpage.cpp" line="+42"/>
        <source>Try again</source>
        <translation>Dîsa biceribîne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the demo town</source>
        <translation>Bajarê demo biceribînin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where do you live?</source>
        <translation>Hûn li ku dijîn?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your town or district. Its local information is then downloaded so that you can read it without internet.</source>
        <translation>Bajar an navçeya xwe hilbijêrin. Paşê agahiyên wê yên herêmî tên daxistin, da ku hûn bikaribin bê înternet bixwînin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search, e.g. Landkreis München</source>
        <translation>Bigere, mînak Landkreis München</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search for a region</source>
        <translation>Li herêmekê bigere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of regions found</source>
        <translation>Hejmara herêmên hatine dîtin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the list of regions…</source>
        <translation>Lîsteya herêman tê barkirin…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the list of regions</source>
        <translation>Lîsteya herêman tê barkirin</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meanwhile you can look around in Musterstadt, a made-up demo town that comes with the app (in German, English and Arabic).</source>
        <translation>Di vê navberê de hûn dikarin li Musterstadt binêrin, bajarekî demo yê çêkirî ku bi sepanê re tê (bi almanî, îngilîzî û erebî).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No connection</source>
        <translation>Girêdan tune</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The Integreat server cannot be reached right now, so the list of regions is not available. Please check your internet connection and try again.</source>
        <translation>Niha xwe nagihîne servera Integreat, ji ber vê yekê lîsteya herêman tune. Ji kerema xwe girêdana xwe ya înternetê kontrol bikin û dîsa biceribînin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app is in offline mode, so the list of regions cannot be loaded.</source>
        <translation>Sepan di moda bêînternet de ye, ji ber vê yekê lîsteya herêman nayê barkirin.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No town found for “%1”. Check the spelling, or try your district (Landkreis) or a town nearby: not every town takes part in Integreat yet.</source>
        <translation>Ji bo “%1” tu bajar nehat dîtin. Rastnivîsê kontrol bikin, an navçeya xwe (Landkreis) an bajarekî nêzîk biceribînin: hîn ne her bajar beşdarî Integreat dibe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Regions: %1</source>
        <translation>Herêm: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions found: %1</source>
        <translation>Herêmên hatine dîtin: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RelativeTime</name>
    <message>
        <location filename="../app/desktop/presentation/relativetime.cpp" line="+13"/>
        <source>Not updated yet</source>
        <translation>Hîn nehatiye nûkirin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated just now</source>
        <translation>Niha hat nûkirin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated 1 minute ago</source>
        <translation>Berî 1 deqeyê hat nûkirin</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>Berî %n deqeyê hat nûkirin</numerusform>
            <numerusform>Berî %n deqeyan hat nûkirin</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated 1 hour ago</source>
        <translation>Berî 1 saetê hat nûkirin</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>Berî %n saetê hat nûkirin</numerusform>
            <numerusform>Berî %n saetan hat nûkirin</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated yesterday</source>
        <translation>Duh hat nûkirin</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Updated %n days ago</source>
        <translation>
            <numerusform>Berî %n rojê hat nûkirin</numerusform>
            <numerusform>Berî %n rojan hat nûkirin</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated on %1</source>
        <translation>Di %1 de hat nûkirin</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SearchView</name>
    <message>
        <location filename="../app/desktop/search/searchview.cpp" line="+61"/>
        <source>Search results</source>
        <translation>Encamên lêgerînê</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Search: “%1”</source>
        <translation>Lêgerîn: “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching…</source>
        <translation>Tê gerandin…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Page</source>
        <translation>Rûpel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Bûyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Cih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>News</source>
        <translation>Nûçe</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Only in %1</source>
        <translation>Tenê bi %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text excerpt in %1</source>
        <translation>Perçeyek ji nivîsê bi %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The search did not work: %1</source>
        <translation>Lêgerîn nexebitî: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing found for “%1”.
Try other or fewer words.</source>
        <translation>Ji bo “%1” tiştek nehat dîtin.
Peyvên din an kêmtir biceribînin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found in %1 or in German for “%2”.
Try other or fewer words, or a German word you know from a letter.</source>
        <translation>Ji bo “%2” ne bi %1 û ne jî bi almanî tiştek nehat dîtin.
Peyvên din an kêmtir biceribînin, an peyveke almanî ku hûn ji nameyekê dizanin.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n or more results</source>
        <translation>
            <numerusform>%n an zêdetir encam</numerusform>
            <numerusform>%n an zêdetir encam</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 result</source>
        <translation>1 encam</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n encam</numerusform>
            <numerusform>%n encam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n or more results in %1 and German</source>
        <translation>
            <numerusform>%n an zêdetir encam bi %1 û almanî</numerusform>
            <numerusform>%n an zêdetir encam bi %1 û almanî</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 result in %1 and German</source>
        <translation>1 encam bi %1 û almanî</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n results in %1 and German</source>
        <translation>
            <numerusform>%n encam bi %1 û almanî</numerusform>
            <numerusform>%n encam bi %1 û almanî</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results for “%1”</source>
        <translation>Encamên ji bo “%1”</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SectionBar</name>
    <message>
        <location filename="../app/desktop/mainwindow/sectionbar.cpp" line="+47"/>
        <source>Sections</source>
        <translation>Beş</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SectionShell</name>
    <message>
        <location filename="../app/desktop/mainwindow/sectionshell.cpp" line="+15"/>
        <source>What the section chosen in the section tabs shows</source>
        <translation>Tiştê ku beşa hilbijartî di tabên beşan de nîşan dide</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SettingsDialog</name>
    <message>
        <location filename="../app/desktop/settings/settingsdialog.cpp" line="+47"/>
        <source>High contrast</source>
        <translation>Kontrasta bilind</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Settings</source>
        <translation>Mîheng</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+20"/>
        <source>Language of the app</source>
        <translation>Zimanê sepanê</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Like the system (%1)</source>
        <translation>Wek pergalê (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Menus and messages use this language from the next start. The language of the content is chosen above each page.</source>
        <translation>Menû û peyam ji destpêka bê ve vî zimanî bi kar tînin. Zimanê naverokê li jorê her rûpelê tê hilbijartin.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+20"/>
        <source>Text size</source>
        <translation>Mezinahiya nivîsê</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading</source>
        <translation>Xwendin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>Agahdarî</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> h</source>
        <translation> demjimêr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Update saved towns every</source>
        <translation>Nûkirina bajarên tomarkirî, her</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer is shared (counseling): show End session in the window</source>
        <translation>Ev komputer hevpar e (şêwirmendî): “Danişînê biqedîne” di pencereyê de nîşan bide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shared computer</source>
        <translation>Komputera hevpar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved content</source>
        <translation>Naveroka tomarkirî</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>End the session automatically when not in use</source>
        <translation>Dema ku nayê bikaranîn danişînê bixweber biqedîne</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>minutes without use</source>
        <translation>deqe bê bikaranîn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes without use before the session ends</source>
        <translation>Deqeyên bê bikaranîn berî ku danişîn biqede</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before it ends, a countdown asks whether someone is still there; any key or mouse movement keeps the session. On a shared computer the app also keeps no language, town, news read or folder of a client.</source>
        <translation>Berî ku biqede, jimartineke paşverû dipirse ka hîn kes li vir e; her bişkok an livîna mişkê danişînê diparêze. Li ser komputera hevpar sepan her wiha tu ziman, bajar, nûçeyên xwendî an peldanka muraciatkarekî nahêle.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SideBySidePane</name>
    <message>
        <location filename="../app/desktop/counsel/sidebysidepane.cpp" line="+43"/>
        <source>Second language</source>
        <translation>Zimanê duyem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Swap sides</source>
        <translation>Aliyan biguherîne</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>%1 (not downloaded)</source>
        <translation>%1 (nehatiye daxistin)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not saved on this computer yet. Download it to show this beside the page (this needs the internet).</source>
        <translation>%1 hîn li ser vê komputerê nehatiye tomarkirin. Wê dakêşin da ku ev li kêleka rûpelê were nîşandan (înternet pêwîst e).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download %1</source>
        <translation>%1 dakêşe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Downloading %1…</source>
        <translation>%1 tê daxistin…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading %1: %2</source>
        <translation>%1 tê daxistin: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1 nehat daxistin: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open a page, an event, a place or a news item to see it here in a second language.</source>
        <translation>Rûpelek, bûyerek, cihek an nûçeyek vekin da ku li vir bi zimanekî duyem bibînin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“Print this week&apos;s events…” in the menu prints them in both languages.</source>
        <translation>“Bûyerên vê hefteyê çap bike…” di menûyê de wan bi her du zimanan çap dike.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only one language of this town is saved: choose a second language above to download it.</source>
        <translation>Ji vî bajarî tenê zimanek hatiye tomarkirin: ji bo daxistinê, li jor zimanekî duyem hilbijêrin.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Side by side shows pages, events, places and news items; this is not one of them.</source>
        <translation>“Li kêleka hev” rûpel, bûyer, cih û nûçeyan nîşan dide; ev ne yek ji wan e.</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>Second language:</source>
        <translation>Zimanê duyem:</translation>
    </message>
    <message>
        <location line="+327"/>
        <source>This does not exist in %1. It exists in: %2.</source>
        <translation>Ev bi %1 tune ye. Bi van zimanan heye: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other language</source>
        <translation>zimanekî din tune</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SingleInstance</name>
    <message>
        <location filename="../app/desktop/shell/singleinstance.cpp" line="+141"/>
        <source>The running Integreat did not answer in time; it opens the link when it can.</source>
        <translation>Integreat-a ku dixebite di wextê xwe de bersiv neda; dema ku bikaribe dê girêdanê veke.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The running Integreat did not accept the link.</source>
        <translation>Integreat-a ku dixebite girêdan qebûl nekir.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot watch for a second start of Integreat: %1</source>
        <translation>Destpêkirina duyem a Integreat nayê şopandin: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StartScreen</name>
    <message>
        <location filename="../app/desktop/kiosk/startscreen.cpp" line="+42"/>
        <source>Other town</source>
        <translation>Bajarekî din</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoragePanel</name>
    <message>
        <location filename="../app/desktop/settings/storagepanel.cpp" line="+37"/>
        <source>Delete saved content?</source>
        <translation>Naveroka tomarkirî jê bibe?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete everything saved about %1 from this computer? You can download it again later.</source>
        <translation>Her tiştê ku derbarê %1 de hatiye tomarkirin ji vê komputerê jê bibe? Hûn dikarin paşê dîsa dakêşin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Data folder</source>
        <translation>Peldanka daneyan</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved in: %1</source>
        <translation>Tomarkirî li: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting…</source>
        <translation>Tê hesabkirin…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Space used: %1</source>
        <translation>Cihê bikaranîn: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 language</source>
        <translation>1 ziman</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n languages</source>
        <translation>
            <numerusform>%n ziman</numerusform>
            <numerusform>%n ziman</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Jê bibe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved content of %1</source>
        <translation>Naveroka tomarkirî ya %1 jê bibe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline map…</source>
        <translation>Nexşeya bêînternet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offline map is imported; choose a file to replace it.</source>
        <translation>Nexşeyeke bêînternet hatiye îthalkirin; ji bo guhertina wê pelekî hilbijêrin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an offline map (.mbtiles) for the places.</source>
        <translation>Ji bo cihan nexşeyeke bêînternet (.mbtiles) îthal bike.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Offline map</source>
        <translation>Nexşeya bêînternet</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>MBTiles maps (*.mbtiles)</source>
        <translation>Nexşeyên MBTiles (*.mbtiles)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No town is saved on this computer.</source>
        <translation>Li ser vê komputerê tu bajar nehatiye tomarkirin.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not delete</source>
        <translation>Nehat jêbirin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved content could not be deleted: %1</source>
        <translation>Naveroka tomarkirî nehat jêbirin: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoreGuard</name>
    <message>
        <location filename="../app/desktop/common/storeguard.cpp" line="+33"/>
        <source>The saved content could not be read: %1</source>
        <translation>Naveroka tomarkirî nehat xwendin: %1</translation>
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
        <translation>peldanka %1 nayê çêkirin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved content cannot be opened: %1 (%2)</source>
        <translation>Naveroka tomarkirî venabe: %1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The damaged file could not be moved aside: %1</source>
        <translation>Pela xerabûyî nehat danîn aliyekî: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The saved content cannot be opened: %1</source>
        <translation>Naveroka tomarkirî venabe: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Downloading %1 again …</source>
        <translation>%1 dîsa tê daxistin …</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncController</name>
    <message>
        <location filename="../app/desktop/sync/synccontroller.cpp" line="+48"/>
        <source>Offline mode: no network is used.</source>
        <translation>Moda bêînternet: tor nayê bikaranîn.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncPage</name>
    <message>
        <location filename="../app/desktop/firstrun/syncpage.cpp" line="+55"/>
        <source>Downloading the local information</source>
        <translation>Agahiyên herêmî tên daxistin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download progress</source>
        <translation>Pêşketina daxistinê</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download status</source>
        <translation>Rewşa daxistinê</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 – this takes a moment. You can cancel at any time; what is already on this computer stays as it was.</source>
        <translation>%1 – ev hinekî dem digire. Hûn dikarin her dem betal bikin; tiştê ku jixwe li ser vê komputerê ye wek xwe dimîne.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Connecting…</source>
        <translation>Tê girêdan…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Tê betalkirin…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 of %2 – %3: %4</source>
        <translation>%1 ji %2 – %3: %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Downloading images and documents: %1 of %2</source>
        <translation>Wêne û belge tên daxistin: %1 ji %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation>Hat betalkirin.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No answer for this language.</source>
        <translation>Ji bo vî zimanî bersiv tune.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing could be downloaded.</source>
        <translation>Tiştek nehat daxistin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some languages could not be downloaded. You can retry them or continue with what is there.</source>
        <translation>Hin ziman nehatin daxistin. Hûn dikarin wan dîsa biceribînin an bi tiştê ku heye bidomînin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done.</source>
        <translation>Qediya.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncPresenter</name>
    <message>
        <location filename="../app/desktop/mainwindow/syncpresenter.cpp" line="+46"/>
        <source>This is a demo town with example content: there is nothing to update. Choose your own town with “Change” to get its content.</source>
        <translation>Ev bajarekî demo ye bi naveroka mînak: tiştek ji bo nûkirinê tune. Bajarê xwe bi “Biguherîne” hilbijêrin da ku naveroka wê bistînin.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An update is running. Please try again when it is done.</source>
        <translation>Nûkirinek dixebite. Ji kerema xwe dema ku qediya dîsa biceribînin.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Updating…</source>
        <translation>Tê nûkirin…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 ji %4)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The language could not be downloaded: %1</source>
        <translation>Ziman nehat daxistin: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncStateWidget</name>
    <message>
        <location filename="../app/desktop/mainwindow/syncstatewidget.cpp" line="+30"/>
        <location line="+1"/>
        <location line="+168"/>
        <source>Offline</source>
        <translation>Bêînternet</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Update state</source>
        <translation>Rewşa nûkirinê</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>Berî %n deqeyê hat nûkirin</numerusform>
            <numerusform>Berî %n deqeyan hat nûkirin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>Berî %n saetê hat nûkirin</numerusform>
            <numerusform>Berî %n saetan hat nûkirin</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated yesterday</source>
        <translation>Duh hat nûkirin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not updated yet</source>
        <translation>Hîn nehatiye nûkirin</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+106"/>
        <source>Update failed</source>
        <translation>Nûkirin bi ser neket</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+102"/>
        <source>Updating…</source>
        <translation>Tê nûkirin…</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+99"/>
        <source>Example content</source>
        <translation>Naveroka mînak</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+103"/>
        <source>Updating elsewhere</source>
        <translation>Li cihekî din tê nûkirin</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+121"/>
        <source>Sync now</source>
        <translation>Niha senkronîze bike</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+121"/>
        <source>Stop</source>
        <translation>Raweste</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Another update is running.</source>
        <translation>Nûkirineke din dixebite.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Another program is updating the content on this computer. Try Sync now again when it is done.</source>
        <translation>Bernameyeke din naveroka li ser vê komputerê nû dike. Dema ku ew qediya, “Niha senkronîze bike” dîsa biceribînin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a demo town with example content. It is not updated from a server; choose your town to get its real content.</source>
        <translation>Ev bajarekî demo ye bi naveroka mînak. Ji serverekê nayê nûkirin; bajarê xwe hilbijêrin da ku naveroka wê ya rastîn bistînin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop the update; the saved content stays as it is</source>
        <translation>Nûkirinê rawestîne; naveroka tomarkirî wek xwe dimîne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the latest content (F5)</source>
        <translation>Naveroka herî nû dakêşe (F5)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncWorker</name>
    <message>
        <location filename="../app/desktop/sync/syncworker.cpp" line="+44"/>
        <source>Could not create the data folder %1.</source>
        <translation>Peldanka daneyan %1 nehat çêkirin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not open the local store: %1</source>
        <translation>Depoya herêmî venebû: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelled.</source>
        <translation>Hat betalkirin.</translation>
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
        <translation>Hîn ji bo vî zimanî klavyeya li ser ekranê tune ye: bi tîpên latînî binivîsin.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete</source>
        <translation>Jê bibe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other letters: %1</source>
        <translation>Tîpên din: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Space</source>
        <translation>Valahî</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide the keyboard</source>
        <translation>Klavyeyê veşêre</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackOutbox</name>
    <message>
        <location filename="../core/feedback/feedbackoutbox.cpp" line="+33"/>
        <source>Sending your feedback…</source>
        <translation>Nerîna we tê şandin…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your feedback will be sent when this computer is online.</source>
        <translation>Dema ku ev komputer bi înternetê ve girêdayî be, nerîna we dê were şandin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your feedback will be sent when this computer is online, if the app stays open: on a shared computer it is not saved.</source>
        <translation>Dema ku ev komputer bi înternetê ve girêdayî be, nerîna we dê were şandin, heke sepan vekirî bimîne: li ser komputera hevpar nayê tomarkirin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your feedback could not be sent.</source>
        <translation>Nerîna we nehat şandin.</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackResult</name>
    <message>
        <location filename="../core/feedback/feedbacksender.cpp" line="+24"/>
        <source>Thank you! Your feedback was sent to the town&apos;s editors.</source>
        <translation>Spas! Nerîna we ji edîtorên bajêr re hat şandin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline: your feedback was not sent.</source>
        <translation>Hûn ne bi înternetê ve girêdayî ne: nerîna we nehat şandin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Integreat server has a problem (error %1): your feedback was not sent.</source>
        <translation>Servera Integreat pirsgirêkek heye (çewtî %1): nerîna we nehat şandin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too much feedback was sent from here in a short time: your feedback was not sent yet.</source>
        <translation>Di demeke kurt de ji vir gelek nerîn hatin şandin: nerîna we hîn nehatiye şandin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Integreat server did not accept this feedback (error %1).</source>
        <translation>Servera Integreat ev nerîn qebûl nekir (çewtî %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Integreat server did not accept this feedback (error %1): %2</source>
        <translation>Servera Integreat ev nerîn qebûl nekir (çewtî %1): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your feedback could not be sent: %1</source>
        <translation>Nerîna we nehat şandin: %1</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackSender</name>
    <message>
        <location line="+16"/>
        <source>a thumb or a comment is needed</source>
        <translation>“Erê” an “Na” an şîroveyek pêwîst e</translation>
    </message>
</context>
<context>
    <name>integreat::geo</name>
    <message>
        <location filename="../core/geo/tileimport.cpp" line="+23"/>
        <source>%1 is not a region code.</source>
        <translation>%1 ne koda herêmê ye.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the folder for offline maps in %1.</source>
        <translation>Peldanka nexşeyên bêînternet li %1 nayê çêkirin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot copy %1 into the data folder.</source>
        <translation>%1 nayê kopîkirin nav peldanka daneyan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot replace the offline map %1.</source>
        <translation>Nexşeya bêînternet %1 nayê guhertin.</translation>
    </message>
</context>
<context>
    <name>integreat::geo::MbtilesSource</name>
    <message>
        <location filename="../core/geo/mbtilessource.cpp" line="+55"/>
        <source>The map file %1 does not exist.</source>
        <translation>Pela nexşeyê %1 tune.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not an MBTiles map file (not an SQLite database).</source>
        <translation>%1 ne pelekî nexşeya MBTiles e (ne danegeheke SQLite ye).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an MBTiles map file (it has no tiles or metadata table).</source>
        <translation>%1 ne pelekî nexşeya MBTiles e (tabloya tiles an metadata tune).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not an MBTiles map file (its tiles table lacks the MBTiles columns).</source>
        <translation>%1 ne pelekî nexşeya MBTiles e (di tabloya tiles de stûnên MBTiles kêm in).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds vector tiles (pbf); only raster maps (PNG, JPEG) can be shown.</source>
        <translation>%1 kaşiyên vektorî (pbf) dihewîne; tenê nexşeyên raster (PNG, JPEG) dikarin werin nîşandan.</translation>
    </message>
</context>
<context>
    <name>integreat::geo::OnlineTileSource</name>
    <message>
        <location filename="../core/geo/onlinetilesource.cpp" line="+182"/>
        <source>The tile server gave an unexpected answer (HTTP %1).</source>
        <translation>Servera kaşiyan bersiveke nehêvîkirî da (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>integreat::kiosk::KioskConfig</name>
    <message>
        <location filename="../core/kiosk/kioskconfig.cpp" line="+18"/>
        <source>“%1” is not a region slug (like augsburg).</source>
        <translation>“%1” ne slug-a herêmê ye (wek augsburg).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a language code (like de or ar).</source>
        <translation>“%1” ne koda zimanî ye (wek de an ar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The start language %1 is not among the languages %2.</source>
        <translation>Zimanê destpêkê %1 ne di nav zimanên %2 de ye.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The idle time must be from %1 to %2 seconds.</source>
        <translation>Dema bêkariyê divê ji %1 heta %2 çirke be.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The countdown must be from 1 to %1 seconds.</source>
        <translation>Jimartina paşverû divê ji 1 heta %1 çirke be.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one section must be shown.</source>
        <translation>Divê herî kêm beşek were nîşandan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown section “%1” (known: %2).</source>
        <translation>Beşa nenas “%1” (yên naskirî: %2).</translation>
    </message>
</context>
<context>
    <name>integreat::kiosk::KioskConfigFile</name>
    <message>
        <location filename="../core/kiosk/kioskconfigfile.cpp" line="+77"/>
        <source>line %1: expected “key = value”</source>
        <translation>rêza %1: “key = value” dihat hêvîkirin</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>line %1: unknown setting “%2”</source>
        <translation>rêza %1: mîhenga nenas “%2”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: “%2” is not a valid value for %3</source>
        <translation>rêza %1: “%2” ji bo %3 ne nirxeke derbasdar e</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no [kiosk] section</source>
        <translation>beşa [kiosk] tune</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The kiosk configuration %1 does not exist; the kiosk runs locked with default settings and no PIN (run integreat-cli kiosk setup).</source>
        <translation>Mîhengên kioskê %1 tune; kiosk bi mîhengên pêşdanasîn û bê PIN girtî dixebite (integreat-cli kiosk setup bixebitînin).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The kiosk configuration %1 cannot be read (%2); the kiosk runs locked with default settings and no PIN.</source>
        <translation>Mîhengên kioskê %1 nayên xwendin (%2); kiosk bi mîhengên pêşdanasîn û bê PIN girtî dixebite.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The kiosk configuration %1 is broken (%2); the kiosk runs locked with default settings and no PIN.</source>
        <translation>Mîhengên kioskê %1 xerab in (%2); kiosk bi mîhengên pêşdanasîn û bê PIN girtî dixebite.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the folder of %1.</source>
        <translation>Peldanka %1 nayê çêkirin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 nayê nivîsandin: %2</translation>
    </message>
</context>
<context>
    <name>integreat::net::Fetcher</name>
    <message numerus="yes">
        <location filename="../core/net/fetcher.cpp" line="+63"/>
        <source>The server is busy and asks to try again in %n minute(s).</source>
        <translation>
            <numerusform>Server mijûl e û dixwaze piştî %n deqeyê dîsa were ceribandin.</numerusform>
            <numerusform>Server mijûl e û dixwaze piştî %n deqeyan dîsa were ceribandin.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>Cancelled.</source>
        <translation>Hat betalkirin.</translation>
    </message>
</context>
<context>
    <name>integreat::net::Proxy</name>
    <message>
        <location filename="../core/net/proxy.cpp" line="+41"/>
        <source>The proxy “%1” is not usable: give http://HOST:PORT, socks5://HOST:PORT or none.</source>
        <translation>Proxy “%1” nayê bikaranîn: http://HOST:PORT, socks5://HOST:PORT an none bidin.</translation>
    </message>
</context>
<context>
    <name>integreat::net::Transfer</name>
    <message>
        <location filename="../core/net/transfer.cpp" line="+79"/>
        <source>Cancelled.</source>
        <translation>Hat betalkirin.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+27"/>
        <source>The download is larger than %1 MB; it was stopped.</source>
        <translation>Daxistin ji %1 MB mezintir e; hat rawestandin.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server sent the request on to %1, which is not allowed.</source>
        <translation>Server daxwaz şand %1, ku destûr nayê dayîn.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <location line="+111"/>
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Server di nav %n çirkeyê de bersiv neda.</numerusform>
            <numerusform>Server di nav %n çirkeyan de bersiv neda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-99"/>
        <source>The server sent only %1 bytes in %n second(s), less than %2 bytes a second; the download was stopped.</source>
        <translation>
            <numerusform>Server di %n çirkeyê de tenê %1 bayt şand, ji %2 baytan di çirkeyê de kêmtir; daxistin hat rawestandin.</numerusform>
            <numerusform>Server di %n çirkeyan de tenê %1 bayt şand, ji %2 baytan di çirkeyê de kêmtir; daxistin hat rawestandin.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not found on the server (HTTP 404).</source>
        <translation>Li ser serverê nehat dîtin (HTTP 404).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>Server bi çewtiyekê bersiv da (HTTP %1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+20"/>
        <source>The connection was closed before the download was complete.</source>
        <translation>Girêdan berî ku daxistin biqede hat girtin.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The server sent compressed data that cannot be unpacked safely (damaged, or far larger unpacked than sent); the download was stopped.</source>
        <translation>Server daneyên pêçayî şandin ku bi ewlehî nayên vekirin (xerabûyî, an piştî vekirinê ji ya hatî şandin gelek mezintir); daxistin hat rawestandin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server %1 was not found; check the address and the internet connection.</source>
        <translation>Servera %1 nehat dîtin; navnîşan û girêdana înternetê kontrol bikin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 refused the connection.</source>
        <translation>Servera %1 girêdan red kir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure connection to %1 could not be established: %2</source>
        <translation>Girêdana ewle bi %1 re nehat çêkirin: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy could not be reached: %1</source>
        <translation>Xwe nagihîne proxy-yê: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy asks for a user name and password.</source>
        <translation>Proxy navê bikarhêner û şîfreyê dixwaze.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request on too many times.</source>
        <translation>Server daxwaz pir caran şand cihekî din.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request on from https to http, which is not allowed.</source>
        <translation>Server daxwaz ji https şand http, ku destûr nayê dayîn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no network connection.</source>
        <translation>Girêdana torê tune.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network error (code %1).</source>
        <translation>Çewtiya torê (kod %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error: %1</source>
        <translation>Çewtiya torê: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack</name>
    <message>
        <location filename="../core/pack/packexporter.cpp" line="+51"/>
        <source>Could not read %1: %2</source>
        <translation>%1 nehat xwendin: %2</translation>
    </message>
    <message>
        <location filename="../core/pack/packinstaller.cpp" line="+41"/>
        <source>Could not write %1.</source>
        <translation>%1 nehat nivîsandin.</translation>
    </message>
    <message>
        <location filename="../core/pack/packmanifest.cpp" line="+92"/>
        <location filename="../core/pack/packreader.cpp" line="+46"/>
        <source>This is not an Integreat content pack (its manifest is missing or damaged).</source>
        <translation>Ev ne pakêteke naverokê ya Integreat e (lîsteya naverokê ya wê tune ye an xerabûyî ye).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This content pack was made by a newer version of Integreat (pack format %1; this version reads up to %2). Update Integreat to import it.</source>
        <translation>Ev pakêta naverokê bi guhertoyeke nûtir a Integreat hatiye çêkirin (formata pakêtê %1; ev guherto heta %2 dixwîne). Ji bo îthalkirinê Integreat nû bikin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack&apos;s manifest is incomplete or damaged (%1).</source>
        <translation>Lîsteya naverokê ya pakêtê ne temam e an xerabûyî ye (%1).</translation>
    </message>
    <message>
        <location filename="../core/pack/tarwriter.cpp" line="+53"/>
        <source>Cannot store “%1” in a pack.</source>
        <translation>“%1” nikare di pakêtekê de were tomarkirin.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 changed while it was read.</source>
        <translation>%1 dema ku dihat xwendin hat guhertin.</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackExporter</name>
    <message>
        <location filename="../core/pack/packexporter.cpp" line="+49"/>
        <source>The region %1 is not in the local store; sync it first.</source>
        <translation>Herêma %1 ne di depoya herêmî de ye; pêşî senkronîze bikin.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has not been synced in %2 yet; sync it first.</source>
        <translation>%1 hîn li %2 nehatiye senkronîzekirin; pêşî senkronîze bikin.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+11"/>
        <source>Could not write %1: %2</source>
        <translation>%1 nehat nivîsandin: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the local store: %1</source>
        <translation>Depoya herêmî nayê xwendin: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackInstaller</name>
    <message>
        <location filename="../core/pack/packinstaller.cpp" line="+37"/>
        <source>Could not open %1: %2</source>
        <translation>%1 venebû: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not unpack the pack into %1: %2</source>
        <translation>Pakêt nehat vekirin nav %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pack is damaged: its offline map cannot be read (%1).</source>
        <translation>Pakêt xerabûyî ye: nexşeya wê ya bêînternet nayê xwendin (%1).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not save the content pack: %1</source>
        <translation>Pakêta naverokê nehat tomarkirin: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackReader</name>
    <message>
        <location filename="../core/pack/packreader.cpp" line="+57"/>
        <source>The pack is damaged: it holds %1, which its manifest does not list.</source>
        <translation>Pakêt xerabûyî ye: %1 tê de heye, lê di lîsteya naverokê ya wê de tune.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pack is damaged: %1 does not have the size its manifest gives.</source>
        <translation>Pakêt xerabûyî ye: mezinahiya %1 ne ew e ku lîsteya naverokê dide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pack is damaged: %1 is too large.</source>
        <translation>Pakêt xerabûyî ye: %1 pir mezin e.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>Could not unpack the pack into %1: %2</source>
        <translation>Pakêt nehat vekirin nav %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack is damaged: %1 does not match its checksum.</source>
        <translation>Pakêt xerabûyî ye: %1 li gorî checksum-a xwe nayê.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The pack is incomplete: %1 is missing.</source>
        <translation>Pakêt ne temam e: %1 tune ye.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pack is damaged: %1 is not valid (%2).</source>
        <translation>Pakêt xerabûyî ye: %1 ne derbasdar e (%2).</translation>
    </message>
</context>
<context>
    <name>integreat::pack::TarReader</name>
    <message>
        <location filename="../core/pack/tarreader.cpp" line="+86"/>
        <location line="+38"/>
        <location line="+10"/>
        <source>The pack ends early (it was cut short while copying?).</source>
        <translation>Pakêt zû diqede (dibe ku dema kopîkirinê qut bûbe?).</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The pack is damaged: an empty block inside it.</source>
        <translation>Pakêt xerabûyî ye: blokeke vala di nav de heye.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pack is damaged: a part&apos;s header is not valid.</source>
        <translation>Pakêt xerabûyî ye: serê beşekê ne derbasdar e.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pack is damaged: it holds something other than files.</source>
        <translation>Pakêt xerabûyî ye: ji bilî pelan tiştekî din tê de heye.</translation>
    </message>
</context>
<context>
    <name>integreat::print::Handout</name>
    <message>
        <location filename="../app/desktop/print/handout.cpp" line="+79"/>
        <source>Printed on %1</source>
        <translation>Di %1 de hat çapkirin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last updated on %1</source>
        <translation>Nûkirina dawî di %1 de</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Page %1 of %2</source>
        <translation>Rûpel %1 ji %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot write %1: the file could not be created</source>
        <translation>%1 nayê nivîsandin: pel nehat çêkirin</translation>
    </message>
</context>
<context>
    <name>integreat::print::HandoutHtml</name>
    <message>
        <location filename="../app/desktop/print/handouthtml.cpp" line="+112"/>
        <location line="+6"/>
        <source>Closed</source>
        <translation>Girtî ye</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open all day</source>
        <translation>Tevahiya rojê vekirî ye</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only with an appointment</source>
        <translation>tenê bi randevûyê</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>today</source>
        <translation>îro</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobîl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Malper</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact</source>
        <translation>Têkilî</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Address</source>
        <translation>Navnîşan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>Demkî girtî ye</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today</source>
        <translation>Îro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>Demên vebûnê</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appointments</source>
        <translation>Randevû</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About</source>
        <translation>Derbarê</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>Kengî</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Li ku</translation>
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
        <translation>%1 di depoya herêmî de ji bo %2 (%3) tune.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This item does not exist in “%1”. It exists in: %2.</source>
        <translation>Ev tişt bi “%1” tune. Bi van heye: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other language</source>
        <translation>zimanekî din tune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The “%1” version of this item is not stored; sync that language first.</source>
        <translation>Guhertoya “%1” ya vî tiştî nehatiye tomarkirin; pêşî wî zimanî senkronîze bikin.</translation>
    </message>
</context>
<context>
    <name>integreat::print::PrintActions</name>
    <message>
        <location filename="../app/desktop/print/printactions.cpp" line="+23"/>
        <location line="+46"/>
        <source>Print…</source>
        <translation>Çap bike…</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+46"/>
        <source>Save as PDF…</source>
        <translation>Wekî PDF tomar bike…</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Print next week&apos;s events…</source>
        <translation>Bûyerên hefteya bê çap bike…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save next week&apos;s events as PDF…</source>
        <translation>Bûyerên hefteya bê wekî PDF tomar bike…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Print this week&apos;s events…</source>
        <translation>Bûyerên vê hefteyê çap bike…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this week&apos;s events as PDF…</source>
        <translation>Bûyerên vê hefteyê wekî PDF tomar bike…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the local store: %1</source>
        <translation>Depoya herêmî nayê xwendin: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot print</source>
        <translation>Çap nabe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The printer could not be used.</source>
        <translation>Çapker nehat bikaranîn.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as PDF</source>
        <translation>Wekî PDF tomar bike</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Belgeyên PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>integreat::print::WeekHtml</name>
    <message>
        <location filename="../app/desktop/print/weekhtml.cpp" line="+39"/>
        <source>Events of the week</source>
        <translation>Bûyerên hefteyê</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No events on this day.</source>
        <translation>Di vê rojê de bûyer tune.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This event is not translated.</source>
        <translation>Ev bûyer nehatiye wergerandin.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All day</source>
        <translation>Tevahiya rojê</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>irregular dates: check with the organizer</source>
        <translation>dîrokên nerêkûpêk: ji organîzatoran bipirsin</translation>
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
        <translation>Ji %1 tu bûyer bi “%2” nehatine tomarkirin: tiştek ji bo çapkirinê tune.</translation>
    </message>
</context>
<context>
    <name>integreat::session::SessionWiper</name>
    <message>
        <location filename="../app/desktop/session/sessionwiper.cpp" line="+46"/>
        <source>The file dialogs&apos; history could not be cleared (%1).</source>
        <translation>Dîroka pencereyên pelan nehat paqijkirin (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not delete %1.</source>
        <translation>%1 nehat jêbirin.</translation>
    </message>
</context>
<context>
    <name>integreat::speech::QtSpeechEngine</name>
    <message>
        <location filename="../app/desktop/speech/qtspeechengine.cpp" line="+27"/>
        <source>The speech service failed.</source>
        <translation>Servîsa axaftinê bi ser neket.</translation>
    </message>
</context>
<context>
    <name>integreat::speech::ReadAloud</name>
    <message>
        <location filename="../app/desktop/speech/readaloud.cpp" line="+43"/>
        <source>No voice for %1 on this computer</source>
        <translation>Li ser vê komputerê ji bo %1 deng tune</translation>
    </message>
</context>
<context>
    <name>integreat::speech::ReadAloudBar</name>
    <message>
        <location filename="../app/desktop/speech/readaloudbar.cpp" line="+21"/>
        <source>Stop</source>
        <translation>Raweste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Lez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slow</source>
        <translation>Hêdî</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal speed</source>
        <translation>Leza normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast</source>
        <translation>Bilez</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pause</source>
        <translation>Bisekine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Bidomîne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read aloud</source>
        <translation>Bi deng bixwîne</translation>
    </message>
</context>
<context>
    <name>integreat::store::StoreRescue</name>
    <message>
        <location filename="../core/store/storerescue.cpp" line="+36"/>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 peldank e, ne pelê danegehê ye</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the integrity check found: %1</source>
        <translation>kontrola yekparebûnê ev dît: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not move %1 to %2.</source>
        <translation>%1 nehat guhastin bo %2.</translation>
    </message>
</context>
<context>
    <name>integreat::sync::LanguageFetcher</name>
    <message>
        <location filename="../core/sync/languagefetcher.cpp" line="+89"/>
        <source>region list</source>
        <translation>lîsteya herêman</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pages</source>
        <translation>rûpel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>events</source>
        <translation>bûyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>places</source>
        <translation>cih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>place categories</source>
        <translation>kategoriyên cihan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imprint</source>
        <translation>agahiyên weşanê</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>news</source>
        <translation>nûçe</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+22"/>
        <source>Cancelled.</source>
        <translation>Hat betalkirin.</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+115"/>
        <source>Could not download the %1: %2</source>
        <translation>Daxistin bi ser neket (%1): %2</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>The server sent damaged data for the %1 (%2 at byte %3).</source>
        <translation>Server daneyên xerabûyî şandin (%1): %2 li bayta %3.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>news: not offered by the server; the stored news are kept</source>
        <translation>nûçe: ji aliyê serverê ve nayên pêşkêşkirin; nûçeyên tomarkirî dimînin</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <location line="+52"/>
        <location line="+60"/>
        <source>The %1 could not be read: %2</source>
        <translation>Xwendin bi ser neket (%1): %2</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The language “%1” is not available in this region (HTTP 404).</source>
        <translation>Zimanê “%1” li vê herêmê tune (HTTP 404).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found on the server (HTTP 404).</source>
        <translation>Li ser serverê nehat dîtin (HTTP 404).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>imprint: not offered by the server</source>
        <translation>agahiyên weşanê: ji aliyê serverê ve nayên pêşkêşkirin</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ListCheck</name>
    <message>
        <location filename="../core/sync/listcheck.cpp" line="+29"/>
        <source>The server sent %1 items for the %2, more than the %3 this app accepts; the stored %2 are kept.</source>
        <translation>%2: server %1 tişt şandin, ji %3 yên ku ev sepan qebûl dike zêdetir; yên tomarkirî dimînin (%2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No item of the %1 could be read (%2 received; first problem: %3); the stored %1 are kept.</source>
        <translation>%1: tu tişt nehat xwendin (%2 hatin wergirtin; pirsgirêka yekem: %3); yên tomarkirî dimînin (%1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of the %2 items of the %3 could not be read (%4); the stored %3 are kept.</source>
        <translation>%3: %1 ji %2 tiştan nehatin xwendin (%4); yên tomarkirî dimînin (%3).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Item %1 of the %2 holds %3 characters of text, more than the %4 this app accepts; the stored %2 are kept.</source>
        <translation>%2: tiştê %1 %3 tîpên nivîsê dihewîne, ji %4 yên ku ev sepan qebûl dike zêdetir; yên tomarkirî dimînin (%2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server&apos;s list of pages for “%1” would remove %2 of the %3 stored pages; the stored pages are kept. Confirm the removal to apply it.</source>
        <translation>Lîsteya rûpelan a serverê ji bo “%1” dê %2 ji %3 rûpelên tomarkirî rake; rûpelên tomarkirî dimînin. Ji bo bicîhanîna wê rakirinê piştrast bikin.</translation>
    </message>
</context>
<context>
    <name>integreat::sync::NewsWatcher</name>
    <message>
        <location filename="../core/sync/newswatcher.cpp" line="+38"/>
        <source>The news list could not be read: %1</source>
        <translation>Lîsteya nûçeyan nehat xwendin: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::PackImporter</name>
    <message>
        <location filename="../core/sync/packimporter.cpp" line="+43"/>
        <source>The content pack is incomplete: %1 is missing.</source>
        <translation>Pakêta naverokê ne temam e: %1 kêm e.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>The content pack is damaged: %1 (%2).</source>
        <translation>Pakêta naverokê xerabûyî ye: %1 (%2).</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The content pack names no region it contains.</source>
        <translation>Pakêta naverokê nabêje kîjan herêmê dihewîne.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The content pack has none of the languages %1.</source>
        <translation>Di pakêta naverokê de tu ji zimanên %1 tune.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not create the folder %1.</source>
        <translation>Peldanka %1 nehat çêkirin.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not write %1: %2</source>
        <translation>%1 nehat nivîsandin: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save the content pack: %1</source>
        <translation>Pakêta naverokê nehat tomarkirin: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::PageTree</name>
    <message>
        <location filename="../core/sync/pagetree.cpp" line="+33"/>
        <source>page %1: its parent %2 is not in the list; shown at the top level</source>
        <translation>rûpel %1: dêûbavê wê %2 ne di lîsteyê de ye; li asta jorîn tê nîşandan</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>page %1: its parents lead back to itself; shown at the top level</source>
        <translation>rûpel %1: dêûbavên wê dîsa digihîjin wê bi xwe; li asta jorîn tê nîşandan</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ResourceDownloader</name>
    <message>
        <location filename="../core/sync/resourcedownloader.cpp" line="+69"/>
        <source>Could not write the file: %1</source>
        <translation>Pel nehat nivîsandin: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cancelled.</source>
        <translation>Hat betalkirin.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The server sent a web page instead of the file.</source>
        <translation>Server li şûna pelê rûpeleke malperê şand.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The server is busy (HTTP %1); the other files will be tried on the next sync.</source>
        <translation>Server mijûl e (HTTP %1); pelên din dê di senkronîzekirina bê de werin ceribandin.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Stopped after %n failed downloads in a row; the other files will be tried on the next sync.</source>
        <translation>
            <numerusform>Piştî %n daxistina têkçûyî hat rawestandin; pelên din dê di senkronîzekirina bê de werin ceribandin.</numerusform>
            <numerusform>Piştî %n daxistinên têkçûyî yên li pey hev hat rawestandin; pelên din dê di senkronîzekirina bê de werin ceribandin.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The server gave an unexpected answer (HTTP %1).</source>
        <translation>Server bersiveke nehêvîkirî da (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ResourceSync</name>
    <message>
        <location filename="../core/sync/resourcesync.cpp" line="+51"/>
        <source>Cannot create the folder for images and documents: %1</source>
        <translation>Peldanka wêne û belgeyan nayê çêkirin: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not update the list of images and documents: %1</source>
        <translation>Lîsteya wêne û belgeyan nehat nûkirin: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+158"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… û %n din.</numerusform>
            <numerusform>… û %n yên din.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::sync::SyncEngine</name>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="+37"/>
        <source>loading the list of regions</source>
        <translation>lîsteya herêman tê barkirin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saving</source>
        <translation>tê tomarkirin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>qediya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>downloading %1</source>
        <translation>%1 tê daxistin</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not load the list of regions from %1: %2</source>
        <translation>Lîsteya herêman ji %1 nehat barkirin: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sent a damaged list of regions (%1 at byte %2).</source>
        <translation>Server lîsteyeke xerabûyî ya herêman şand (%1 li bayta %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of regions could not be read: %1</source>
        <translation>Lîsteya herêman nehat xwendin: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>Could not save the list of regions: %1</source>
        <translation>Lîsteya herêman nehat tomarkirin: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Could not load the languages of %1: %2</source>
        <translation>Zimanên %1 nehatin barkirin: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server lists no languages for %1.</source>
        <translation>Server ji bo %1 tu ziman nîşan nade.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no region “%1” on the server.</source>
        <translation>Li ser serverê herêma “%1” tune.</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+15"/>
        <source>Cancelled.</source>
        <translation>Hat betalkirin.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>%1 offers no language “%2” (it offers: %3).</source>
        <translation>%1 zimanê “%2” pêşkêş nake (pêşkêş dike: %3).</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Could not read the stored pages: %1</source>
        <translation>Rûpelên tomarkirî nehatin xwendin: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not save the content: %1</source>
        <translation>Naverok nehat tomarkirin: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::SyncLock</name>
    <message>
        <location filename="../core/sync/synclock.cpp" line="+68"/>
        <source>A sync is already running (pid %1).</source>
        <translation>Senkronîzekirinek jixwe dixebite (pid %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync is already running.</source>
        <translation>Senkronîzekirinek jixwe dixebite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the lock file %1: permission denied.</source>
        <translation>Pela kilîtkirinê %1 nayê çêkirin: destûr nayê dayîn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the lock file %1 (is the disk full?).</source>
        <translation>Pela kilîtkirinê %1 nayê çêkirin (gelo dîsk tijî ye?).</translation>
    </message>
</context>
<context>
    <name>integreat::sync::WriteFailure</name>
    <message>
        <location filename="../core/sync/writefailure.cpp" line="+26"/>
        <location line="+15"/>
        <source>the disk is full (%1)</source>
        <translation>dîsk tijî ye (%1)</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>no permission to write in %1</source>
        <translation>destûra nivîsandinê li %1 tune</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+8"/>
        <source>%1 is on a read-only file system</source>
        <translation>%1 li ser pergaleke pelan a tenê-xwendinê ye</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file system refused to write %1</source>
        <translation>pergala pelan nivîsandina %1 red kir</translation>
    </message>
</context>
</TS>
