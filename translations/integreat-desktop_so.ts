<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so">
<context>
    <name>integreat::chat::ChatClient</name>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="+93"/>
        <source>The chat server answered with an error (HTTP %1).</source>
        <translation>Server-ka chat-ku wuxuu ku jawaabay qalad (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/chat/chatthread.cpp" line="+18"/>
        <source>The chat server sent an answer that is not a chat.</source>
        <translation>Server-ka chat-ku wuxuu soo diray jawaab aan chat ahayn.</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ChatSession</name>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="+94"/>
        <source>Too many messages. Please try again in a moment.</source>
        <translation>Fariimo aad u badan. Fadlan mar kale isku day wax yar kadib.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chat is not available in this town.</source>
        <translation>Chat-ku kama jiro magaaladan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No connection to the chat. It will be updated when you are online.</source>
        <translation>Xiriir lalama laha chat-ka. Waa la cusboonaysiin doonaa marka aad internet hesho.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection to the chat. Your message was not sent; it is kept so you can send it again.</source>
        <translation>Xiriir lalama laha chat-ka. Fariintaada lama dirin; waa la kaydiyay si aad mar kale u dirto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat could not be loaded: %1</source>
        <translation>Chat-ka lama soo rarin karin: %1</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ContactMessage</name>
    <message>
        <location filename="../core/chat/contactmessage.cpp" line="+21"/>
        <source>Please enter your e-mail address: the answer is sent there.</source>
        <translation>Fadlan geli cinwaanka e-mail-kaaga: jawaabta halkaas ayaa loo soo dirayaa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not an e-mail address. Please check it (like name@example.org).</source>
        <translation>“%1” ma aha cinwaan e-mail. Fadlan hubi (sida name@example.org).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please write your message.</source>
        <translation>Fadlan qor fariintaada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message is too long: at most %1 characters, it has %2.</source>
        <translation>Fariintaadu aad bay u dheer tahay: ugu badnaan %1 xaraf, waxayse leedahay %2.</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ZammadForm</name>
    <message>
        <location filename="../core/chat/zammadform.cpp" line="+14"/>
        <source>Your message was sent. The answer comes to your e-mail address.</source>
        <translation>Fariintaada waa la diray. Jawaabtu waxay imaan doontaa cinwaanka e-mail-kaaga.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline: your message was not sent. Please send it again when this computer is connected to the internet.</source>
        <translation>Internet kuma xirnid: fariintaada lama dirin. Fadlan mar kale dir marka kombiyuutarkan uu ku xirmo internet-ka.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The town&apos;s contact server has a problem (error %1): your message was not sent. Please try again later.</source>
        <translation>Server-ka xiriirka ee magaaladu wuxuu qabaa dhibaato (qalad %1): fariintaada lama dirin. Fadlan mar kale isku day goor dambe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many messages were sent from here. Please wait a moment and try again.</source>
        <translation>Fariimo aad u badan ayaa halkan laga diray. Fadlan wax yar sug oo mar kale isku day.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This contact form is switched off at the moment: your message was not sent.</source>
        <translation>Foomkan xiriirka hadda waa la damiyay: fariintaada lama dirin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contact server did not accept this e-mail address. Please check it.</source>
        <translation>Server-ka xiriirku ma aqbalin cinwaankan e-mail. Fadlan hubi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your message could not be sent: %1</source>
        <translation>Fariintaada lama diri karin: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the form has no web address to send to</source>
        <translation>foomku ma laha cinwaan web oo loo diro</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the contact server refused it (error %1)</source>
        <translation>server-ka xiriirku wuu diiday (qalad %1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the contact server&apos;s answer could not be used</source>
        <translation>jawaabta server-ka xiriirka lama isticmaali karin</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the contact server found a problem with: %1</source>
        <translation>server-ka xiriirku wuxuu dhibaato ka helay: %1</translation>
    </message>
</context>
<context>
    <name>integreat::cli</name>
    <message>
        <location filename="../app/cli/clipin.cpp" line="+62"/>
        <source>New kiosk PIN (4 to 12 digits): </source>
        <translation>PIN cusub oo kiosk-ga (4 ilaa 12 lambar): </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same PIN again: </source>
        <translation>Isla PIN-ka mar kale: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two PINs differ; nothing was changed</source>
        <translation>labada PIN way kala duwan yihiin; waxba lama beddelin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no PIN was given (give it on standard input or at the prompt)</source>
        <translation>PIN lama bixin (ku bixi standard input ama su&apos;aasha)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a kiosk PIN has 4 to 12 digits</source>
        <translation>PIN-ka kiosk-gu waa 4 ilaa 12 lambar</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdimporttiles.cpp" line="+26"/>
        <source>Import an offline map (MBTiles, raster PNG/JPEG tiles) for a region. The desktop app shows it under the places when there is no network. Use maps whose licence allows offline use; OpenStreetMap&apos;s own tile servers do not.</source>
        <translation>Soo geli khariidad internet la&apos;aan ah (MBTiles, raster PNG/JPEG tiles) oo deegaan ah. Barnaamijka desktop-ku wuxuu ku muujiyaa hoosta goobaha marka aan shabakad jirin. Isticmaal khariidado shatigoodu oggol yahay isticmaal internet la&apos;aan ah; server-yada tiles ee OpenStreetMap laftooda ma oggola.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmdprint.cpp" line="+33"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+93"/>
        <location filename="../app/cli/cmdshow.cpp" line="+53"/>
        <source>Region slug.</source>
        <translation>Magaca gaaban ee deegaanka (slug).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .mbtiles file.</source>
        <translation>Faylka .mbtiles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: integreat-cli import-tiles --region SLUG FILE.mbtiles</source>
        <translation>isticmaal: integreat-cli import-tiles --region SLUG FILE.mbtiles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported the offline map “%1” for %2 (zoom %3–%4) into %5</source>
        <translation>Khariidadda internet la&apos;aanta “%1” ee %2 (zoom %3–%4) waxaa la geliyay %5</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdkiosk.cpp" line="+77"/>
        <source>--%1 needs a number from %2 to %3</source>
        <translation>--%1 wuxuu u baahan yahay lambar %2 ilaa %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>kiosk setup needs --region SLUG</source>
        <translation>diyaarinta kiosk-gu waxay u baahan tahay --region SLUG</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wrote the kiosk configuration %1.</source>
        <translation>Waxaa la qoray habaynta kiosk-ga %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integreat-cli: warning: no PIN is set, so nobody can open the kiosk&apos;s admin panel (set one with: integreat-cli kiosk set-pin --config %1)</source>
        <translation>integreat-cli: digniin: PIN lama dhigin, sidaa darteed qofna ma furi karo guddiga maamulka kiosk-ga (ku dhig: integreat-cli kiosk set-pin --config %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(all stored)</source>
        <translation>(dhammaan kuwa kaydsan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration:     %1</source>
        <translation>Habayn:            %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk mode:        %1</source>
        <translation>Habka kiosk:       %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation>shidan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>damsan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions:           %1</source>
        <translation>Deegaanno:         %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:         %1</source>
        <translation>Luqado:            %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start language:    %1</source>
        <translation>Luqadda bilowga:   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(first)</source>
        <translation>(kan koowaad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle seconds:      %1</source>
        <translation>Ilbiriqsiyada nasashada: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countdown seconds: %1</source>
        <translation>Ilbiriqsiyada tirinta: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections:          %1</source>
        <translation>Qaybo:             %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN:               %1</source>
        <translation>PIN:               %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set (PBKDF2-HMAC-SHA256, %1 iterations)</source>
        <translation>waa la dhigay (PBKDF2-HMAC-SHA256, %1 jeer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>lama dhigin</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no region is configured in %1 (integreat-cli kiosk setup --region SLUG)</source>
        <translation>deegaan lagama habayn %1 (integreat-cli kiosk setup --region SLUG)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: updated less than %2 hours ago; skipped.</source>
        <translation>%1: waxaa la cusboonaysiiyay wax ka yar %2 saacadood ka hor; waa laga boodday.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Configure kiosk mode (integreat-desktop --kiosk):
  setup    write the configuration (--region, --languages, --idle-seconds, --countdown-seconds, --sections, --start-language, --pin)
  show     print it (--check: exit code only)
  set-pin  set a new PIN (standard input, or asked twice)
  sync     download the configured regions and languages (the nightly timer)
  disable  turn kiosk mode off (setup turns it on again)</source>
        <translation>Habee habka kiosk (integreat-desktop --kiosk):
  setup    qor habaynta (--region, --languages, --idle-seconds, --countdown-seconds, --sections, --start-language, --pin)
  show     daabac (--check: exit code oo keliya)
  set-pin  dhig PIN cusub (standard input, ama laba jeer ayaa la weydiiyaa)
  sync     soo deji deegaannada iyo luqadaha la habeeyay (saacadda habeenkii)
  disable  dami habka kiosk (setup ayaa mar kale shida)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>setup, show, set-pin, sync or disable</source>
        <translation>setup, show, set-pin, sync ama disable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: integreat-cli kiosk setup|show|set-pin|sync|disable [--config FILE] (see --help)</source>
        <translation>isticmaal: integreat-cli kiosk setup|show|set-pin|sync|disable [--config FILE] (eeg --help)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The kiosk PIN is set.</source>
        <translation>PIN-ka kiosk-ga waa la dhigay.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kiosk mode is disabled (integreat-cli kiosk setup enables it again).</source>
        <translation>Habka kiosk waa la damiyay (integreat-cli kiosk setup ayaa mar kale shida).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kiosk action “%1” (setup, show, set-pin, sync or disable)</source>
        <translation>ficil kiosk oo aan la aqoon “%1” (setup, show, set-pin, sync ama disable)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdprint.cpp" line="-2"/>
        <source>Write a stored page, place or event, or this week&apos;s events, as a printable PDF handout, in one language or two side by side.</source>
        <translation>Ku qor bog, goob ama dhacdo kaydsan, ama dhacdooyinka toddobaadkan, warqad PDF ah oo la daabici karo, hal luqad ama laba luqadood oo dhinac-dhinac ah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmdshow.cpp" line="+1"/>
        <source>Language code.</source>
        <translation>Koodhka luqadda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print this language in a second column.</source>
        <translation>Luqaddan ku daabac tiir labaad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF file to write.</source>
        <translation>Faylka PDF ee la qorayo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the events of the 7 days from today (or --from), instead of PATH.</source>
        <translation>Daabac dhacdooyinka 7-da maalmood laga bilaabo maanta (ama --from), halkii PATH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week&apos;s first day (with --week).</source>
        <translation>Maalinta koowaad ee toddobaadka (oo la raacayo --week).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmdshow.cpp" line="+2"/>
        <source>Path such as /augsburg/de/willkommen/</source>
        <translation>Waddo sida /augsburg/de/willkommen/</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: integreat-cli print --region SLUG --language CODE [--second-language CODE] (PATH | --week [--from YYYY-MM-DD]) --pdf FILE</source>
        <translation>isticmaal: integreat-cli print --region SLUG --language CODE [--second-language CODE] (PATH | --week [--from YYYY-MM-DD]) --pdf FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--from needs a date such as 2026-12-07.</source>
        <translation>--from wuxuu u baahan yahay taariikh sida 2026-12-07.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder; give the name of the PDF file to write.</source>
        <translation>%1 waa gal (folder); sheeg magaca faylka PDF ee la qorayo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+72"/>
        <location filename="../app/cli/cmdshow.cpp" line="+51"/>
        <location filename="../app/cli/cmdstatus.cpp" line="+80"/>
        <source>Cannot read the local store: %1</source>
        <translation>Kaydka maxalliga ah lama akhrin karo: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1</source>
        <translation>Waa la qoray %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdregions.cpp" line="+42"/>
        <source>List the regions on the server: name, slug, languages.</source>
        <translation>Liiska deegaannada ku jira server-ka: magac, slug, luqado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include hidden regions.</source>
        <translation>Ku dar deegaannada qarsoon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cmdsearch.cpp" line="-63"/>
        <location filename="../app/cli/cmdstatus.cpp" line="-14"/>
        <source>Print JSON.</source>
        <translation>Daabac JSON.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>  (hidden)</source>
        <translation>  (qarsoon)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdrepair.cpp" line="+31"/>
        <source>Downloading %1 (%2) again …</source>
        <translation>%1 (%2) mar kale ayaa la soo dejinayaa …</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmdsync.cpp" line="+252"/>
        <source>%1: FAILED: %2</source>
        <translation>%1: WAY FASHILANTAY: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: %3 items</source>
        <translation>%1 %2: %3 shay</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2: FAILED: %3</source>
        <translation>%1 %2: WAY FASHILANTAY: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the local store; when it is damaged, move it aside (with -wal and -shm, under a dated name), start a fresh one and download again the regions and languages it held.</source>
        <translation>Hubi kaydka maxalliga ah; haddii uu xumaaday, dhinac u dhig (oo ay la socdaan -wal iyo -shm, magac taariikh leh), bilow mid cusub oo mar kale soo deji deegaannada iyo luqadaha uu hayay.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only check the store; change nothing.</source>
        <translation>Kaydka oo keliya hubi; waxba ha beddelin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download this region again instead of those the old store held.</source>
        <translation>Deegaankan mar kale soo deji halkii aad ka soo dejin lahayd kuwii kaydkii hore hayay.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --region: comma-separated language codes (default: all).</source>
        <translation>Iyadoo la raacinayo --region: koodhadhka luqadaha oo hakad (,) lagu kala saaray (caadi ahaan: dhammaan).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no local store at %1 yet; nothing to repair.</source>
        <translation>Weli kayd maxalli ah kuma jiro %1; waxba lama hagaajinayo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local store %1 is sound; nothing to repair.</source>
        <translation>Kaydka maxalliga ah ee %1 waa caafimaad qaba; waxba lama hagaajinayo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>all languages</source>
        <translation>dhammaan luqadaha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local store %1 is damaged: %2</source>
        <translation>Kaydka maxalliga ah ee %1 wuu xumaaday: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved region can be read from it.</source>
        <translation>Wax deegaan kaydsan ah lagama akhrin karo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions it still names: %1</source>
        <translation>Deegaannada uu weli magacaabo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the local store is damaged; run “integreat-cli repair” to move it aside and download the content again</source>
        <translation>kaydka maxalliga ah wuu xumaaday; socodsii “integreat-cli repair” si dhinac loogu dhigo oo waxyaabaha mar kale loo soo dejiyo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repair when it has finished.</source>
        <translation>Hagaaji marka uu dhammaado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moved it aside to %1 (nothing was deleted).</source>
        <translation>Waxaa dhinac loogu dhigay %1 (waxba lama tirtirin).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started a fresh store at %1.</source>
        <translation>Kayd cusub ayaa laga bilaabay %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved region could be read from the old file. Download one with: integreat-cli sync --region SLUG</source>
        <translation>Wax deegaan kaydsan ah lagama akhrin karin faylkii hore. Mid ku soo deji: integreat-cli sync --region SLUG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the store was repaired, but not every language could be downloaded again; run integreat-cli sync later</source>
        <translation>kaydka waa la hagaajiyay, laakiin luqadaha oo dhan mar kale lama soo dejin karin; goor dambe socodsii integreat-cli sync</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsearch.cpp" line="-64"/>
        <source>(found in %1)</source>
        <translation>(waxaa laga helay %1)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Search the stored pages, events, places and news of a region, offline. Pages with every word (at the start of a word of the title or the text; titles count double) come first, then pages where a misspelt word is corrected, another form of a word or a compound containing it matches; a question finds the pages sharing its rarer words.</source>
        <translation>Ka raadi bogagga, dhacdooyinka, goobaha iyo wararka kaydsan ee deegaan, internet la&apos;aan. Bogagga leh eray kasta (bilowga eray ee cinwaanka ama qoraalka; cinwaannadu laba jeer ayay tirsadaan) ayaa ugu horreeya, kadib bogagga uu ku saxmay eray si khaldan loo qoray, qaab kale oo eray ah ama eray isku dhafan oo ku jira uu ku habboon yahay; su&apos;aal waxay helaysaa bogagga la wadaaga erayadeeda dhifka ah.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language code (the user&apos;s).</source>
        <translation>Koodhka luqadda (ee isticmaalaha).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search German too; a German hit is shown in the language when it is translated.</source>
        <translation>Sidoo kale ka raadi Jarmalka; natiijo Jarmal ah waxaa lagu muujiyaa luqadda marka la turjumay.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every stored language.</source>
        <translation>Ka raadi luqad kasta oo kaydsan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N results (1-75, default 75).</source>
        <translation>Ugu badnaan N natiijo (1-75, caadi ahaan 75).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read one query per line; print HITS&lt;TAB&gt;MILLISECONDS&lt;TAB&gt;QUERY each.</source>
        <translation>Akhri hal su&apos;aal sadar kasta; mid kasta daabac HITS&lt;TAB&gt;MILLISECONDS&lt;TAB&gt;QUERY.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words to search for.</source>
        <translation>Erayada la raadinayo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: integreat-cli search --region SLUG --language CODE [--also-german | --all-languages] [--limit N] [--json] QUERY… (or --stdin)</source>
        <translation>isticmaal: integreat-cli search --region SLUG --language CODE [--also-german | --all-languages] [--limit N] [--json] QUERY… (ama --stdin)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--also-german and --all-languages exclude each other</source>
        <translation>--also-german iyo --all-languages lama wada isticmaali karo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--limit needs a number from 1 to %1</source>
        <translation>--limit wuxuu u baahan yahay lambar 1 ilaa %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing of %1 (%2) is in the local store. Sync it first: integreat-cli sync --region %1 --languages %2</source>
        <translation>Waxba oo %1 (%2) ah kuma jiraan kaydka maxalliga ah. Marka hore soo deji: integreat-cli sync --region %1 --languages %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No results for “%1”.</source>
        <translation>Natiijo looma helin “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results for “%1”:</source>
        <translation>Natiijooyinka “%1”:</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdshow.cpp" line="-55"/>
        <source>Print the title and text of a stored page, event or place.</source>
        <translation>Daabac cinwaanka iyo qoraalka bog, dhacdo ama goob kaydsan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: integreat-cli show --region SLUG --language CODE PATH</source>
        <translation>isticmaal: integreat-cli show --region SLUG --language CODE PATH</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last updated: %1</source>
        <translation>Markii ugu dambeysay la cusboonaysiiyay: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization: %1</source>
        <translation>Hay&apos;adda: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When: %1</source>
        <translation>Goorma: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where: %1</source>
        <translation>Halkee: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category: %1</source>
        <translation>Nooca: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: %1</source>
        <translation>Cinwaan: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not in the local store for %2 (%3). Sync it first: integreat-cli sync --region %2 --languages %3</source>
        <translation>%1 kuma jiro kaydka maxalliga ah ee %2 (%3). Marka hore soo deji: integreat-cli sync --region %2 --languages %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdstatus.cpp" line="-21"/>
        <source>  %1: %2 pages, %3 events, %4 places, %5 news</source>
        <translation>  %1: %2 bog, %3 dhacdo, %4 goob, %5 war</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; synced %1</source>
        <translation>; la cusboonaysiiyay %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; never synced</source>
        <translation>; weligii lama cusboonaysiin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; last attempt failed: %1</source>
        <translation>; isku daygii ugu dambeeyay wuu fashilmay: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show what the local store holds, per region and language.</source>
        <translation>Muuji waxa kaydka maxalliga ahi hayo, deegaan iyo luqad kasta.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Store: %1 (%2)</source>
        <translation>Kayd: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No region synced yet. Try: integreat-cli sync --region augsburg</source>
        <translation>Weli deegaan lama cusboonaysiin. Isku day: integreat-cli sync --region augsburg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images and documents: %1 files (%2)</source>
        <translation>Sawirro iyo dukumentiyo: %1 fayl (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %1 not downloaded yet, tried again on the next sync</source>
        <translation>; %1 weli lama soo dejin, mar kale ayaa la isku dayayaa cusboonaysiinta xigta</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdpack.cpp" line="+33"/>
        <location filename="../app/cli/cmdsync.cpp" line="-206"/>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
        <translation>%1 lagu daray, %2 la beddelay, %3 la saaray, %4 aan isbeddelin</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 pages, %3 events, %4 places, %5 news (synced %6)</source>
        <translation>%1: %2 bog, %3 dhacdo, %4 goob, %5 war (la cusboonaysiiyay %6)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote the content pack %1 of %2 to %3 (%4; %5 images and documents%6).</source>
        <translation>Xirmada waxyaabaha %1 ee %2 waxaa lagu qoray %3 (%4; %5 sawirro iyo dukumentiyo%6).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, offline map</source>
        <translation>, khariidad internet la&apos;aan ah</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Try again when it has finished.</source>
        <translation>Mar kale isku day marka uu dhammaado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content pack %1 of %2, made %3</source>
        <translation>Xirmada waxyaabaha %1 ee %2, la sameeyay: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: imported (content of %2): %3</source>
        <translation>%1: waa la geliyay (waxyaabaha %2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: skipped: this PC&apos;s content (synced %2) is newer than the pack&apos;s (%3); use --force to import it anyway</source>
        <translation>%1: waa laga booday: waxyaabaha kombiyuutarkan (la cusboonaysiiyay %2) way ka cusub yihiin kuwa xirmada (%3); isticmaal --force si aad u geliso si kastaba</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images and documents: %1%2</source>
        <translation>Sawirro iyo dukumentiyo: %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; offline map installed</source>
        <translation>; khariidadda internet la&apos;aanta waa la rakibay</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Content packs: one file with a region&apos;s content, images and offline map, to carry to PCs without (fast) internet or to a whole fleet.
  pack export --region SLUG [--languages de,en] FILE.integreat-pack
  pack import [--force] FILE.integreat-pack
  pack import --watch DIR    import every new pack that appears in DIR, until stopped</source>
        <translation>Xirmooyinka waxyaabaha: hal fayl oo ay ku jiraan waxyaabaha deegaan, sawirrada iyo khariidadda internet la&apos;aanta, si loogu qaado kombiyuutarro aan lahayn internet (degdeg ah) ama kombiyuutarro badan hal mar.
  pack export --region SLUG [--languages de,en] FILE.integreat-pack
  pack import [--force] FILE.integreat-pack
  pack import --watch DIR    geli xirmo kasta oo cusub oo ka soo muuqda DIR, ilaa la joojiyo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region slug (export).</source>
        <translation>Slug-ga deegaanka (export).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated language codes (export; default: all stored).</source>
        <translation>Koodhadhka luqadaha oo hakad lagu kala saaray (export; caadi ahaan: dhammaan kuwa kaydsan).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import languages even where this PC has newer content.</source>
        <translation>Geli luqadaha xitaa haddii kombiyuutarkan uu leeyahay waxyaabo ka cusub.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch a folder and import each new or changed pack in it.</source>
        <translation>La soco gal oo geli xirmo kasta oo cusub ama la beddelay oo ku jira.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export or import</source>
        <translation>export ama import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack file.</source>
        <translation>Faylka xirmada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE.integreat-pack</source>
        <translation>isticmaal: integreat-cli pack export --region SLUG [--languages de,en] FILE.integreat-pack</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE, pack import [--force] FILE or pack import --watch DIR</source>
        <translation>isticmaal: integreat-cli pack export --region SLUG [--languages de,en] FILE, pack import [--force] FILE ama pack import --watch DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsync.cpp" line="+27"/>
        <source>resources: %1 downloaded, %2 unchanged, %3 failed</source>
        <translation>faylal: %1 la soo dejiyay, %2 aan isbeddelin, %3 fashilmay</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1 not tried (will retry next sync)</source>
        <translation>, %1 lama isku dayin (cusboonaysiinta xigta ayaa la isku dayayaa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (will retry next sync)</source>
        <translation> (cusboonaysiinta xigta ayaa la isku dayayaa)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 no longer used removed</source>
        <translation>, %1 aan la isticmaalin waa la saaray</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 received</source>
        <translation>; %1 ayaa la helay</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>warning: resource: %1</source>
        <translation>digniin: fayl: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: … and %1 more resource problems (see --json)</source>
        <translation>digniin: … iyo %1 dhibaato fayl oo kale (eeg --json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: images and documents not downloaded: %1; they will be tried again on the next sync.</source>
        <translation>digniin: sawirro iyo dukumentiyo aan la soo dejin: %1; mar kale ayaa la isku dayayaa cusboonaysiinta xigta.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download a region&apos;s content (pages, events, places, news, imprint) into the local store. Each language is saved whole or not at all.</source>
        <translation>Soo deji waxyaabaha deegaan (bogag, dhacdooyin, goobo, warar, impressum) una geli kaydka maxalliga ah. Luqad kasta si buuxda ayaa loo kaydiyaa ama haba yaraatee lama kaydiyo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region slug, e.g. augsburg.</source>
        <translation>Magaca gaaban ee deegaanka (slug), tusaale augsburg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated language codes, or “all” (default).</source>
        <translation>Koodhadhka luqadaha oo hakad lagu kala saaray, ama “all” (caadi).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as JSON on stdout.</source>
        <translation>Natiijada u daabac JSON ahaan stdout.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not download the images and documents (PDFs) the content refers to.</source>
        <translation>Ha soo dejin sawirrada iyo dukumentiyada (PDF) ee waxyaabaha ay tilmaamaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply a pages list even when it removes more than half of the stored pages of a language (refused otherwise, keeping the stored pages).</source>
        <translation>Dabaq liiska bogagga xitaa haddii uu saaro in ka badan kala badh bogagga kaydsan ee luqad (haddii kale waa la diidaa, bogagga kaydsan way sii jiraan).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When another sync of this data folder is running, wait for it to end instead of giving up.</source>
        <translation>Haddii cusboonaysiin kale oo galkan xogta ah socoto, sug inta ay dhammaanayso halkii aad ka joojin lahayd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests to the server at once (default %1): the languages download side by side.</source>
        <translation>Codsiyada server-ka loo diro hal mar (caadi ahaan %1): luqaduhu waxay soo degaan isku mar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sync needs --region SLUG (see integreat-cli regions)</source>
        <translation>sync wuxuu u baahan yahay --region SLUG (eeg integreat-cli regions)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--connections needs a number from 1 to %1</source>
        <translation>--connections wuxuu u baahan yahay lambar u dhexeeya 1 ilaa %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--languages needs codes such as de,en,ar or “all”</source>
        <translation>--languages wuxuu u baahan yahay koodhadh sida de,en,ar ama “all”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>integreat-cli: %1 received: cancelling the sync; the stored content stays as it was.</source>
        <translation>integreat-cli: %1 ayaa la helay: cusboonaysiinta waa la joojinayaa; waxyaabaha kaydsan sidooda ayay ahaanayaan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+89"/>
        <source>sync cancelled</source>
        <translation>cusboonaysiinta waa la joojiyay</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Try again when it has finished, or use --wait.</source>
        <translation>Mar kale isku day marka uu dhammaado, ama isticmaal --wait.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Waiting for it to finish …</source>
        <translation>%1 Waxaa la sugayaa inta uu dhammaanayo …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>: 1 item</source>
        <translation>: 1 shay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: %1 items</source>
        <translation>: %1 shay</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[resources] images and documents: %1 of %2</source>
        <translation>[resources] sawirro iyo dukumentiyo: %1 ka mid ah %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>warning: %1: %2</source>
        <translation>digniin: %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>If the server really removed these pages, run the sync again with --allow-mass-removal.</source>
        <translation>Haddii server-ku runtii saaray bogaggan, mar kale socodsii cusboonaysiinta adigoo raacinaya --allow-mass-removal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync failed for %1</source>
        <translation>cusboonaysiinta %1 way fashilantay</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+36"/>
        <source>List the regions on the server.</source>
        <translation>Liiska deegaannada ku jira server-ka.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download a region&apos;s content into the local store.</source>
        <translation>Soo deji waxyaabaha deegaan una geli kaydka maxalliga ah.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what the local store holds.</source>
        <translation>Muuji waxa kaydka maxalliga ahi hayo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a stored page, event or place.</source>
        <translation>Daabac bog, dhacdo ama goob kaydsan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the stored content, offline.</source>
        <translation>Ka raadi waxyaabaha kaydsan, internet la&apos;aan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the local store; move a damaged one aside and download again.</source>
        <translation>Hubi kaydka maxalliga ah; mid xumaaday dhinac u dhig oo mar kale soo deji.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import an offline map (MBTiles) for a region.</source>
        <translation>Soo geli khariidad internet la&apos;aan ah (MBTiles) oo deegaan ah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configure kiosk mode: setup, show, set-pin, disable.</source>
        <translation>Habee habka kiosk: setup, show, set-pin, disable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a stored page, place or event, or this week&apos;s events, as a PDF handout.</source>
        <translation>Ku qor bog, goob ama dhacdo kaydsan, ama dhacdooyinka toddobaadkan, warqad PDF ah.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export or import a content pack (one file per region), or watch a folder for packs.</source>
        <translation>Ka saar ama geli xirmo waxyaabo (hal fayl deegaan kasta), ama la soco gal si aad u hesho xirmooyin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: integreat-cli [global options] COMMAND [options]

Keeps the content of Integreat regions in a local store that works offline.

Commands:
</source>
        <translation>Isticmaal: integreat-cli [global options] COMMAND [options]

Wuxuu waxyaabaha deegaannada Integreat ku hayaa kayd maxalli ah oo internet la&apos;aan ku shaqeeya.

Amarrada:
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
Doorashooyinka guud (amar kasta):
  --server URL        Integreat CMS (caadi ahaan: https://cms.integreat-app.de)
  --data-dir DIR      galka kaydka maxalliga ah (caadi ahaan: kan barnaamijka desktop-ka)
  --timeout SECONDS   jooji haddii server-ku aamuso muddadan kadib (caadi ahaan: 30)
  --retries N         isku day kale oo soo dejin fashilantay (caadi ahaan: 3)
  --proxy URL         proxy codsi kasta: http://HOST:PORT, socks5://HOST:PORT
                      ama none (caadi ahaan: kan nidaamka, tusaale https_proxy)
  -h, --help          caawimaad (sidoo kale amar kadib)
  -v, --version       nooca (version)

Tusaale:
  integreat-cli sync --region augsburg --languages de,en,ar
</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>no command given</source>
        <translation>amar lama bixin</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown command “%1” (see --help)</source>
        <translation>amar aan la aqoon “%1” (eeg --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/packwatch.cpp" line="+48"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ma aha gal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integreat-cli: %1 received: stopped watching %2.</source>
        <translation>integreat-cli: %1 waa la helay: la socodka %2 waa la joojiyay.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watching %1 for content packs (*%2); stop with Ctrl+C.</source>
        <translation>%1 waa la la socdaa si loo helo xirmooyin waxyaabo (*%2); ku jooji Ctrl+C.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: pack %2 was imported already.</source>
        <translation>%1: xirmada %2 horay ayaa loo geliyay.</translation>
    </message>
</context>
<context>
    <name>integreat::cli::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+28"/>
        <source>Integreat CMS to talk to (default: %1).</source>
        <translation>Integreat CMS-ka lala hadlayo (caadi ahaan: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder of the local store (default: %1).</source>
        <translation>Galka kaydka maxalliga ah (caadi ahaan: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give up on a silent server after this many seconds (default: 30).</source>
        <translation>Jooji haddii server-ku aamuso ilbiriqsiyadan kadib (caadi ahaan: 30).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retries of a failed download (default: 3).</source>
        <translation>Isku dayada kale ee soo dejin fashilantay (caadi ahaan: 3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send every request through this proxy: http://HOST:PORT, socks5://HOST:PORT or none (default: the system&apos;s proxy settings).</source>
        <translation>Codsi kasta u dir proxy-gan: http://HOST:PORT, socks5://HOST:PORT ama none (caadi ahaan: habaynta proxy-ga nidaamka).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (see --help)</source>
        <translation> (eeg --help)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--server needs an http(s) URL such as https://cms.integreat-app.de</source>
        <translation>--server wuxuu u baahan yahay URL http(s) ah sida https://cms.integreat-app.de</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout needs a number of seconds of at least 1</source>
        <translation>--timeout wuxuu u baahan yahay ugu yaraan 1 ilbiriqsi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--retries needs a number from 0 to 10</source>
        <translation>--retries wuxuu u baahan yahay lambar 0 ilaa 10</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the data folder %1</source>
        <translation>Lama samayn karo galka xogta %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the local store %1: %2</source>
        <translation>Kaydka maxalliga ah %1 lama furi karo: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run “integreat-cli repair” to move %1 aside and download the content again.</source>
        <translation>Socodsii “integreat-cli repair” si %1 dhinac loogu dhigo oo waxyaabaha mar kale loo soo dejiyo.</translation>
    </message>
</context>
<context>
    <name>integreat::cli::KioskOptions</name>
    <message>
        <location filename="../app/cli/cmdkiosk.cpp" line="-251"/>
        <source>The kiosk configuration file (default: %1).</source>
        <translation>Faylka habaynta kiosk-ga (caadi ahaan: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region slug (repeat or comma-separate for several).</source>
        <translation>Magaca gaaban ee deegaanka (ku celi ama hakad ku kala saar dhowr).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language codes offered, comma-separated.</source>
        <translation>Koodhadhka luqadaha la bixinayo, hakad lagu kala saaray.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language preselected on the start screen.</source>
        <translation>Luqadda horay loo doortay ee shaashadda bilowga.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds without touch before the countdown (default: 120).</source>
        <translation>Ilbiriqsiyada aan la taaban ka hor tirinta (caadi ahaan: 120).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds of the “Are you still there?” countdown (default: 20).</source>
        <translation>Ilbiriqsiyada tirinta “Weli ma joogtaa?” (caadi ahaan: 20).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections shown, comma-separated (default: local,places,events,news).</source>
        <translation>Qaybaha la muujinayo, hakad lagu kala saaray (caadi ahaan: local,places,events,news).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the PIN (read from standard input when it is not a terminal, else asked twice).</source>
        <translation>Dhig PIN-ka (waxaa laga akhriyaa standard input marka aanu terminal ahayn, haddii kale laba jeer ayaa la weydiiyaa).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sync: skip a region whose languages were all updated less than N hours ago (the update at boot).</source>
        <translation>sync: ka bood deegaan luqadihiisa oo dhan la cusboonaysiiyay wax ka yar N saacadood ka hor (cusboonaysiinta marka kombiyuutarku shido).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show: print nothing; exit 0 only when the kiosk is configured and enabled (for ExecCondition=).</source>
        <translation>show: waxba ha daabacin; ka bax 0 oo keliya marka kiosk-ga la habeeyay oo uu shidan yahay (ExecCondition= awgeed).</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::AdminPanel</name>
    <message>
        <location filename="../app/desktop/kiosk/adminpanel.cpp" line="+20"/>
        <source>Sync now</source>
        <translation>Hadda cusboonaysii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit kiosk</source>
        <translation>Ka bax kiosk-ga</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kiosk administration</source>
        <translation>Maamulka kiosk-ga</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start over</source>
        <translation>Bilow mar kale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the kiosk</source>
        <translation>Ku noqo kiosk-ga</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Counting…</source>
        <translation>Waa la tirinayaa…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>never</source>
        <translation>weligii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1: last update %2, %3 pages, %4 events, %5 places, %6 news</source>
        <translation>  %1: cusboonaysiintii ugu dambeysay %2, %3 bog, %4 dhacdo, %5 goob, %6 war</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the last attempt failed: %1</source>
        <translation>isku daygii ugu dambeeyay wuu fashilmay: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is saved yet.</source>
        <translation>Weli waxba lama kaydin.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::Application</name>
    <message>
        <location filename="../app/desktop/shell/application.cpp" line="+246"/>
        <source>nothing is saved in %1 yet; sync a town first</source>
        <translation>weli waxba laguma kaydin %1; marka hore cusboonaysii magaalo</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>could not write the screenshot %1</source>
        <translation>sawirka shaashadda %1 lama qori karin</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::BreadcrumbBar</name>
    <message>
        <location filename="../app/desktop/pages/breadcrumbbar.cpp" line="+36"/>
        <source>You are here</source>
        <translation>Halkan ayaad joogtaa</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>More: %1</source>
        <translation>Wax kale: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ChatSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/chatsection.cpp" line="+105"/>
        <source>Ask Integreat</source>
        <translation>Weydii Integreat</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The chat is not offered on this public computer.</source>
        <translation>Chat-ka lagama bixiyo kombiyuutarkan dadweynaha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>The chat is not available in this town.</source>
        <translation>Chat-ku kama jiro magaaladan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chat of this town is not available on this computer yet.</source>
        <translation>Chat-ka magaaladan weli kama jiro kombiyuutarkan.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ChatView</name>
    <message>
        <location filename="../app/desktop/chat/chatview.cpp" line="+31"/>
        <source>Accept and start the chat</source>
        <translation>Aqbal oo bilow chat-ka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send</source>
        <translation>Dir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again</source>
        <translation>Mar kale dir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>Chat cusub</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write your question in any language</source>
        <translation>Su&apos;aashaada ku qor luqad kasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your message</source>
        <translation>Fariintaada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>Wada-hadal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy notice of the chat</source>
        <translation>Ogeysiiska arrimaha gaarka ah ee chat-ka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State of the chat</source>
        <translation>Xaaladda chat-ka</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Your questions are answered by counselors of the town and by an assistant that knows the town&apos;s information. What you write is sent to the town&apos;s chat server and kept there.</source>
        <translation>Su&apos;aalahaaga waxaa ka jawaaba la-taliyayaasha magaalada iyo kaaliye garanaya macluumaadka magaalada. Waxa aad qorto waxaa loo diraa server-ka chat-ka ee magaalada waana lagu kaydiyaa halkaas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the privacy notice</source>
        <translation>Akhri ogeysiiska arrimaha gaarka ah</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Ask a question about life in the town. The answer appears here.</source>
        <translation>Su&apos;aal ka weydii nolosha magaalada. Jawaabtu halkan ayay ka muuqan doontaa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You</source>
        <translation>Adiga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic answer</source>
        <translation>Jawaab toos ah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counselor</source>
        <translation>La-taliye</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending…</source>
        <translation>Waa la dirayaa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent yet</source>
        <translation>Weli lama dirin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integreat is writing an answer…</source>
        <translation>Integreat wuxuu qorayaa jawaab…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading the chat…</source>
        <translation>Chat-ka waa la soo rarayaa…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CommandLine</name>
    <message>
        <location filename="../app/desktop/shell/commandline.cpp" line="+39"/>
        <source>Integreat: local information for newcomers, in their language, also offline.</source>
        <translation>Integreat: macluumaad maxalli ah oo loogu talagalay dadka cusub, luqaddooda, xitaa internet la&apos;aan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of the local store (default: %1).</source>
        <translation>Galka kaydka maxalliga ah (caadi ahaan: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integreat CMS to update from (default: %1).</source>
        <translation>Integreat CMS-ka laga cusboonaysiinayo (caadi ahaan: %1).</translation>
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
        <translation>Weligaa ha isticmaalin shabakadda; muuji waxyaabaha kaydsan oo keliya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a page: an https://integreat.app/… link, an integreat:// link or region/language/path.</source>
        <translation>Fur bog: link https://integreat.app/…, link integreat:// ama region/language/path.</translation>
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
        <translation>Geli xirmo waxyaabo (lagu sameeyay integreat-cli pack export) oo natiijada ku muuji dejinta; waa la mid bixinta FILE.integreat-pack.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Render the window at 1280×800 into a PNG file and exit (for documentation and smoke tests).</source>
        <translation>Daaqadda u samee 1280×800 fayl PNG ah kadibna ka bax (dukumentiyo iyo tijaabooyin awgood).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The same as --open, or a content pack file (.integreat-pack) to import.</source>
        <translation>Waa la mid --open, ama fayl xirmo waxyaabo ah (.integreat-pack) oo la gelinayo.</translation>
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
        <translation>Codsi kasta u dir proxy-gan: http://HOST:PORT, socks5://HOST:PORT ama none (caadi ahaan: habaynta proxy-ga nidaamka).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run as a locked public kiosk (full screen, idle reset, links as QR codes).</source>
        <translation>U shaqee sidii kiosk dadweyne oo xiran (shaashad buuxda, dib u bilaabid marka aan la isticmaalin, linkyo QR code ah).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kiosk configuration (with --kiosk; default: %1).</source>
        <translation>Habaynta kiosk-ga (iyadoo la raacinayo --kiosk; caadi ahaan: %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[LINK]</source>
        <translation>[LINK]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Give one content pack to import, not several.</source>
        <translation>Bixi hal xirmo waxyaabo oo keliya oo la geliyo, ha bixin dhowr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give one link to open, not several.</source>
        <translation>Bixi hal link oo la furo, ee ha bixin dhowr.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--config is for --kiosk.</source>
        <translation>--config waxaa loogu talagalay --kiosk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--kiosk starts at its own start screen: no link or --screenshot.</source>
        <translation>--kiosk wuxuu ka bilaabmaa shaashaddiisa bilowga: link ama --screenshot ma jiraan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A content pack is imported in a window: not with --kiosk or --screenshot.</source>
        <translation>Xirmada waxyaabaha waxaa lagu geliyaa daaqad: lama isticmaali karo --kiosk ama --screenshot.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--server needs an http(s) URL such as %1.</source>
        <translation>--server wuxuu u baahan yahay URL http(s) ah sida %1.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ContactFormDialog</name>
    <message>
        <location filename="../app/desktop/pages/contactformdialog.cpp" line="+27"/>
        <location line="+101"/>
        <source>Send</source>
        <translation>Dir</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Close</source>
        <translation>Xir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to the town&apos;s team. They answer by e-mail; your message is sent to the town&apos;s contact server.</source>
        <translation>U qor kooxda magaalada. Waxay kugu soo jawaabaan e-mail; fariintaada waxaa loo dirayaa server-ka xiriirka ee magaalada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Your name (optional)</source>
        <translation>Magacaaga (ikhtiyaari)</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Your e-mail address</source>
        <translation>Cinwaanka e-mail-kaaga</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Your message</source>
        <translation>Fariintaada</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+25"/>
        <source>Sending…</source>
        <translation>Waa la dirayaa…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CounselTools</name>
    <message>
        <location filename="../app/desktop/counsel/counseltools.cpp" line="+25"/>
        <source>Read aloud</source>
        <translation>Kor u akhri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End session</source>
        <translation>Dhammee fadhiga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show QR code</source>
        <translation>Tus QR code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>Dhinac-dhinac</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the text aloud in its language</source>
        <translation>Qoraalka kor ugu akhri luqaddiisa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear everything of this session and start again (%1)</source>
        <translation>Tirtir wax walba oo fadhigan ah oo dib u bilow (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the link of this page as a QR code to take along on a phone</source>
        <translation>U tus link-ga boggan QR code ahaan si aad ugu qaadato taleefan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show this in a second language beside it</source>
        <translation>Kan ku tus luqad labaad oo dhinaciisa ah</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CountdownOverlay</name>
    <message>
        <location filename="../app/desktop/kiosk/countdownoverlay.cpp" line="+14"/>
        <source>Yes, continue</source>
        <translation>Haa, sii wad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Are you still there?</source>
        <translation>Weli ma joogtaa?</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Press any key or move the mouse to continue. In %n seconds the session ends: the app goes back to the start page and what was looked at is cleared.</source>
        <translation>
            <numerusform>Riix fure kasta ama dhaqaaji jiirka si aad u sii wadato. %n ilbiriqsi kadib fadhigu wuu dhammaanayaa: barnaamijku wuxuu ku noqonayaa bogga bilowga, waxa la eegayna waa la tirtirayaa.</numerusform>
            <numerusform>Riix fure kasta ama dhaqaaji jiirka si aad u sii wadato. %n ilbiriqsi kadib fadhigu wuu dhammaanayaa: barnaamijku wuxuu ku noqonayaa bogga bilowga, waxa la eegayna waa la tirtirayaa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Touch the screen to continue. In %n seconds everything starts over and what you looked at is cleared.</source>
        <translation>
            <numerusform>Taabo shaashadda si aad u sii wadato. %n ilbiriqsi kadib wax walba dib ayay u bilaabmayaan, waxa aad eegtayna waa la tirtirayaa.</numerusform>
            <numerusform>Taabo shaashadda si aad u sii wadato. %n ilbiriqsi kadib wax walba dib ayay u bilaabmayaan, waxa aad eegtayna waa la tirtirayaa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DBusNotifier</name>
    <message>
        <location filename="../app/desktop/notify/dbusnotifier.cpp" line="+51"/>
        <source>Open</source>
        <translation>Fur</translation>
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
        <translation>Waxyaabaha kaydsan way xumaadeen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be read: %2

Download again moves the file aside under a dated name (nothing is deleted), starts afresh and downloads your towns and languages again.</source>
        <translation>Faylka %1 lama akhrin karo: %2

“Mar kale soo deji” wuxuu faylka dhinac u dhigaa magac taariikh leh (waxba lama tirtiro), si cusub ayuu u bilaabaa, mar kalena wuxuu soo dejiyaa magaalooyinkaaga iyo luqadahaaga.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download again</source>
        <translation>Mar kale soo deji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Ka bax</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DashboardView</name>
    <message>
        <location filename="../app/desktop/pages/dashboardview.cpp" line="+39"/>
        <source>Local information</source>
        <translation>Macluumaad maxalli ah</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There are no pages in this language yet.</source>
        <translation>Weli bogag kuma jiraan luqaddan.</translation>
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
        <translation>“%1” ma aha link u socda bog magaalo Integreat ah.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” in %2 is not saved on this computer.</source>
        <translation>“%1” ee %2 laguma kaydin kombiyuutarkan.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The chat is not available in this town.</source>
        <translation>Chat-ku kama jiro magaaladan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked page is not saved on this computer.</source>
        <translation>Bogga link-ku tilmaamayo laguma kaydin kombiyuutarkan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The linked page is in %1, which is not saved on this computer.</source>
        <translation>Bogga link-ku tilmaamayo wuxuu ku qoran yahay %1, taas oo aan lagu kaydin kombiyuutarkan.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EndSession</name>
    <message>
        <location filename="../app/desktop/counsel/endsession.cpp" line="+44"/>
        <location line="+6"/>
        <source>End session</source>
        <translation>Dhammee fadhiga</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>End this session?</source>
        <translation>Ma dhammaynaysaa fadhigan?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app goes back to the start page. The history, the search, side by side, the news read and the folders used for saving are cleared, so that the next person finds nothing of this session.</source>
        <translation>Barnaamijku wuxuu ku noqonayaa bogga bilowga. Taariikhda, raadinta, dhinac-dhinaca, wararka la akhriyay iyo galalka loo isticmaalay kaydinta waa la tirtirayaa, si qofka xiga uusan waxba uga helin fadhigan.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventDateText</name>
    <message>
        <location filename="../app/desktop/presentation/eventdatetext.cpp" line="+50"/>
        <source>the last %1</source>
        <translation>%1-da ugu dambeysa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the %1. %2</source>
        <translation>%2-da %1-aad</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1, all day</source>
        <translation>%1, maalinta oo dhan</translation>
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
        <translation>Maalin kasta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 days</source>
        <translation>%1 maalmood kasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every week</source>
        <translation>Toddobaad kasta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 weeks</source>
        <translation>%1 toddobaad kasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every month</source>
        <translation>Bil kasta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 months</source>
        <translation>%1 bilood kasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every year</source>
        <translation>Sannad kasta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 years</source>
        <translation>%1 sannadood kasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats</source>
        <translation>Wuu soo noqnoqdaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 maalinta %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only on weekdays (Monday to Friday)</source>
        <translation>Maalmaha shaqada oo keliya (Isniin ilaa Jimce)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventHtml</name>
    <message>
        <location filename="../app/desktop/events/eventhtml.cpp" line="+80"/>
        <source>Loading dates…</source>
        <translation>Taariikhaha waa la soo rarayaa…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address:</source>
        <translation>Cinwaan:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online meeting:</source>
        <translation>Kulan online ah:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More dates</source>
        <translation>Taariikho kale</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventList</name>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+20"/>
        <source>Only dates from</source>
        <translation>Taariikhaha oo keliya laga bilaabo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>ilaa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First day</source>
        <translation>Maalinta koowaad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Maalinta ugu dambeysa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Events</source>
        <translation>Dhacdooyin</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlistmodel.cpp" line="+68"/>
        <source>Today</source>
        <translation>Maanta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>Berri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 7 days</source>
        <translation>7-da maalmood ee soo socda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 30 days</source>
        <translation>30-ka maalmood ee soo socda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Goor dambe</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Heading</source>
        <translation>Cinwaan</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+35"/>
        <source>Loading events…</source>
        <translation>Dhacdooyinka waa la soo rarayaa…</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlistmodel.cpp" line="-20"/>
        <source>More dates: %1</source>
        <translation>Taariikho kale: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Irregular dates</source>
        <translation>Taariikho aan joogto ahayn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Irregular dates. %1</source>
        <translation>Taariikho aan joogto ahayn. %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+13"/>
        <source>No events in these days.</source>
        <translation>Maalmahan dhacdooyin ma jiraan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No upcoming events.</source>
        <translation>Dhacdooyin soo socda ma jiraan.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventsSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/eventssection.cpp" line="+26"/>
        <source>Events</source>
        <translation>Dhacdooyin</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This event is not on this computer. It may be over or removed, or it is newer than the last update.</source>
        <translation>Dhacdadan kuma jirto kombiyuutarkan. Waxaa laga yaabaa inay dhammaatay ama la saaray, ama way ka cusub tahay cusboonaysiintii ugu dambeysay.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventsView</name>
    <message>
        <location filename="../app/desktop/events/eventsview.cpp" line="+45"/>
        <location line="+28"/>
        <source>All events</source>
        <translation>Dhammaan dhacdooyinka</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Save this date for a calendar…</source>
        <translation>Taariikhdan u kaydi kalandar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save all dates for a calendar…</source>
        <translation>Dhammaan taariikhaha u kaydi kalandar…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Event</source>
        <translation>Dhacdo</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>This event has irregular dates: they cannot all be worked out, so only the first is shown. Check the dates with the organizer.</source>
        <translation>Dhacdadan waxay leedahay taariikho aan joogto ahayn: dhammaan lama xisaabin karo, sidaa darteed kan ugu horreeya oo keliya ayaa la muujiyay. Taariikhaha ka hubi qabanqaabiyaha.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Save for a calendar</source>
        <translation>U kaydi kalandar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>Faylasha kalandarka (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dates are still being worked out. Try again in a moment.</source>
        <translation>Taariikhaha weli waa la xisaabinayaa. Mar kale isku day wax yar kadib.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This event has no dates left to save.</source>
        <translation>Dhacdadan ma laha taariikho hadhay oo la kaydiyo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The calendar file could not be saved: %1</source>
        <translation>Faylka kalandarka lama kaydin karin: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. Open %1 with your calendar app to add the event.</source>
        <translation>Waa la kaydiyay. Ku fur %1 barnaamijka kalandarkaaga si aad dhacdada ugu darto.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ExternalLinkDialog</name>
    <message>
        <location filename="../app/desktop/pages/externallinkdialog.cpp" line="+38"/>
        <source>Open a website?</source>
        <translation>Ma la furaa website?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link leads out of Integreat to a website of &lt;b&gt;%1&lt;/b&gt;. It opens in your web browser and needs an internet connection.</source>
        <translation>Link-gan wuxuu kaa saarayaa Integreat una geynayaa website-ka &lt;b&gt;%1&lt;/b&gt;. Wuxuu ku furmayaa browser-kaaga wuxuuna u baahan yahay internet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Open in browser</source>
        <translation>Ku fur browser-ka</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open the document online?</source>
        <translation>Dukumentiga ma online ayaa lagu furaa?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document is not saved on this computer. It can be opened from &lt;b&gt;%1&lt;/b&gt; in your browser with an internet connection.</source>
        <translation>Dukumentigan laguma kaydin kombiyuutarkan. Waxaa laga furi karaa &lt;b&gt;%1&lt;/b&gt; browser-kaaga adigoo internet haysta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call this number?</source>
        <translation>Ma la wacaa lambarkan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your computer&apos;s phone app will call this number:</source>
        <translation>Barnaamijka taleefanka ee kombiyuutarkaagu wuxuu wacayaa lambarkan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Wac</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write an e-mail?</source>
        <translation>Ma la qoraa e-mail?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your e-mail program will open a new message to:</source>
        <translation>Barnaamijkaaga e-mail-ku wuxuu u furayaa farriin cusub:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write e-mail</source>
        <translation>Qor e-mail</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Copy</source>
        <translation>Koobiyee</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <translation>Waa la koobiyeeyay</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::FeedbackBox</name>
    <message>
        <location filename="../app/desktop/pages/feedbackbox.cpp" line="+88"/>
        <source>Was this page helpful?</source>
        <translation>Boggani ma ku caawiyay?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Haa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, this was helpful</source>
        <translation>Haa, tani way i caawisay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>Maya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, this was not helpful</source>
        <translation>Maya, tani ima caawin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What could be better? (optional, no personal data)</source>
        <translation>Maxaa ka fiicnaan kara? (ikhtiyaari, xog shakhsi ah la&apos;aan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on this page</source>
        <translation>Faallo ku saabsan boggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send feedback</source>
        <translation>Dir jawaab-celinta</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Thank you. You may add a comment.</source>
        <translation>Mahadsanid. Waxaad ku dari kartaa faallo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please choose “Yes” or “No”, or write a comment.</source>
        <translation>Fadlan dooro “Haa” ama “Maya”, ama qor faallo.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::FirstRunWizard</name>
    <message>
        <location filename="../app/desktop/firstrun/firstrunwizard.cpp" line="+31"/>
        <source>Back</source>
        <translation>Dib</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+221"/>
        <source>Next</source>
        <translation>Xiga</translation>
    </message>
    <message>
        <location line="-220"/>
        <location line="+216"/>
        <source>Cancel</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Welcome to Integreat</source>
        <translation>Ku soo dhawoow Integreat</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The download was cancelled. Nothing was changed on this computer.</source>
        <translation>Soo dejinta waa la joojiyay. Waxba lagama beddelin kombiyuutarkan.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The server lists no regions.</source>
        <translation>Server-ku wax deegaan ah ma liis gareyn.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The demo town could not be set up: %1</source>
        <translation>Magaalada tusaalaha lama diyaarin karin: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Download</source>
        <translation>Soo deji</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue</source>
        <translation>Sii wad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stops the download; nothing is changed</source>
        <translation>Wuxuu joojiyaa soo dejinta; waxba lama beddelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this window</source>
        <translation>Wuxuu xiraa daaqaddan</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::HeaderBar</name>
    <message>
        <location filename="../app/desktop/mainwindow/headerbar.cpp" line="+54"/>
        <location line="+1"/>
        <source>Search</source>
        <translation>Raadi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear search</source>
        <translation>Tirtir raadinta</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Search in %1</source>
        <translation>Ka raadi %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskApp</name>
    <message>
        <location filename="../app/desktop/shell/kioskapp.cpp" line="+36"/>
        <source>kiosk mode is disabled in %1 (integreat-cli kiosk setup enables it)</source>
        <translation>habka kiosk waa damsan yahay %1 (integreat-cli kiosk setup ayaa shida)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot create the folder %1</source>
        <translation>lama samayn karo galka %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved content cannot be opened: %1</source>
        <translation>Waxyaabaha kaydsan lama furi karo: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskSession</name>
    <message>
        <location filename="../app/desktop/kiosk/kiosksession.cpp" line="+66"/>
        <source>Start over</source>
        <translation>Bilow mar kale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this page with you</source>
        <translation>Boggan qaado</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskWindow</name>
    <message>
        <location filename="../app/desktop/kiosk/kioskwindow.cpp" line="+77"/>
        <source>The update has finished.</source>
        <translation>Cusboonaysiintu way dhammaatay.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The update failed; the last good content stays in use. %1</source>
        <translation>Cusboonaysiintu way fashilantay; waxyaabihii ugu dambeeyay ee wanaagsanaa ayaa weli la isticmaalayaa. %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nothing is saved on this kiosk yet. The administrator can update the content.</source>
        <translation>Weli waxba laguma kaydin kiosk-gan. Maamulaha ayaa cusboonaysiin kara waxyaabaha.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Wrong PIN.</source>
        <translation>PIN khaldan.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>PIN khaldan oo aad u badan. Mar kale isku day %n ilbiriqsi kadib.</numerusform>
            <numerusform>PIN khaldan oo aad u badan. Mar kale isku day %n ilbiriqsi kadib.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No PIN is set for this kiosk, so the administration cannot be opened here (integreat-cli kiosk set-pin).</source>
        <translation>PIN looma dhigin kiosk-gan, sidaa darteed maamulka halkan lagama furi karo (integreat-cli kiosk set-pin).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No region is configured (integreat-cli kiosk setup).</source>
        <translation>Deegaan lama habayn (integreat-cli kiosk setup).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kiosk runs offline; the nightly update keeps it current.</source>
        <translation>Kiosk-gan wuxuu shaqeeyaa internet la&apos;aan; cusboonaysiinta habeenkii ayaa cusub ka dhigta.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Updating…</source>
        <translation>Waa la cusboonaysiinayaa…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageButton</name>
    <message>
        <location filename="../app/desktop/mainwindow/languagebutton.cpp" line="+40"/>
        <source>%1 (download)</source>
        <translation>%1 (soo deji)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language of the content: %1</source>
        <translation>Luqadda waxyaabaha: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content language: %1</source>
        <translation>Luqadda waxyaabaha: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageNames</name>
    <message>
        <location filename="../app/desktop/presentation/languages.cpp" line="+46"/>
        <source>Albanian</source>
        <translation>Albaaniyaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amharic</source>
        <translation>Amxaari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>Carabi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgarian</source>
        <translation>Bulgaariyaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central Kurdish</source>
        <translation>Kurdiga Dhexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatian</source>
        <translation>Kuroweeshiyaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czech</source>
        <translation>Jeek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Ingiriisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Faransiis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Jarmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greek</source>
        <translation>Giriig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungarian</source>
        <translation>Hangari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>Talyaani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kurdish</source>
        <translation>Kurdi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pashto</source>
        <translation>Bashtuun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persian</source>
        <translation>Faarisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>Boolish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>Romaaniyaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Ruush</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbian</source>
        <translation>Seerbiyaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somali</source>
        <translation>Soomaali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Isbaanish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>Turki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation>Yukreeniyaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnamese</source>
        <translation>Fiitnaamiis</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguagePage</name>
    <message>
        <location filename="../app/desktop/firstrun/languagepage.cpp" line="+22"/>
        <source>Which languages do you want to read?</source>
        <translation>Luqadee ayaad rabtaa inaad akhrido?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notice</source>
        <translation>Ogeysiis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Languages</source>
        <translation>Luqado</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The local information of %1 is downloaded in the languages you choose, so you can read it without internet. You can choose several and add more later.</source>
        <translation>Macluumaadka maxalliga ah ee %1 waxaa lagu soo dejinayaa luqadaha aad doorato, si aad u akhrin karto internet la&apos;aan. Waxaad dooran kartaa dhowr, goor dambana waad ku dari kartaa kuwo kale.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language code %1</source>
        <translation>Koodhka luqadda %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageRow</name>
    <message>
        <location filename="../app/desktop/firstrun/languagerow.cpp" line="+29"/>
        <source>Retry</source>
        <translation>Mar kale isku day</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry %1</source>
        <translation>Mar kale isku day %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Waiting</source>
        <translation>Sugaya</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Finished</source>
        <translation>Dhammaaday</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Ready to read offline</source>
        <translation>✓ Diyaar u ah akhris internet la&apos;aan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not downloaded: %1</source>
        <translation>Lama soo dejin: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LinkRouter</name>
    <message>
        <location filename="../app/desktop/pages/linkrouter.cpp" line="+70"/>
        <source>This link cannot be opened: it could harm your computer or your data.</source>
        <translation>Link-gan lama furi karo: wuxuu waxyeelayn karaa kombiyuutarkaaga ama xogtaada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This link leads to the list of towns. To read about another town, use “Change” next to the town&apos;s name.</source>
        <translation>Link-gan wuxuu kuu geynayaa liiska magaalooyinka. Si aad wax uga akhrido magaalo kale, isticmaal “Beddel” oo ku ag yaal magaca magaalada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This link leads to a part of Integreat that this app does not show yet.</source>
        <translation>Link-gan wuxuu kuu geynayaa qayb Integreat ah oo barnaamijkani weli muujin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download %1</source>
        <translation>Soo deji %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This link leads to “%1” in %2, which is not saved on this computer.</source>
        <translation>Link-gan wuxuu kuu geynayaa “%1” ee %2, taas oo aan lagu kaydin kombiyuutarkan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This page is in %1, which is not saved on this computer yet.</source>
        <translation>Boggan wuxuu ku qoran yahay %1, taas oo weli aan lagu kaydin kombiyuutarkan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chat is not available in this town.</source>
        <translation>Chat-ku kama jiro magaaladan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The linked event is not on this computer. It may be over or removed, or it is newer than the last update.</source>
        <translation>Dhacdada link-ku tilmaamayo kuma jirto kombiyuutarkan. Waxaa laga yaabaa inay dhammaatay ama la saaray, ama way ka cusub tahay cusboonaysiintii ugu dambeysay.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked place is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Goobta link-ku tilmaamayo kuma jirto kombiyuutarkan. Waxaa laga yaabaa in la saaray, ama way ka cusub tahay cusboonaysiintii ugu dambeysay.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked news item is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Warka link-ku tilmaamayo kuma jiro kombiyuutarkan. Waxaa laga yaabaa in la saaray, ama wuu ka cusub yahay cusboonaysiintii ugu dambeysay.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked page is not on this computer. It may have been moved or removed, or it is newer than the last update.</source>
        <translation>Bogga link-ku tilmaamayo kuma jiro kombiyuutarkan. Waxaa laga yaabaa in la raray ama la saaray, ama wuu ka cusub yahay cusboonaysiintii ugu dambeysay.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No program on this computer can open this document.</source>
        <translation>Kombiyuutarkan ma laha barnaamij furi kara dukumentigan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This document is not saved on this computer.</source>
        <translation>Dukumentigan laguma kaydin kombiyuutarkan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>No program on this computer can open this link.</source>
        <translation>Kombiyuutarkan ma laha barnaamij furi kara link-gan.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>This offer cannot be opened: its form could not be prepared.</source>
        <translation>Adeeggan lama furi karo: foomkiisa lama diyaarin karin.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open online</source>
        <translation>Online ku fur</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LocalInfoSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/localinfosection.cpp" line="+37"/>
        <source>Local information</source>
        <translation>Macluumaad maxalli ah</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LocalInfoView</name>
    <message>
        <location filename="../app/desktop/pages/localinfoview.cpp" line="+57"/>
        <source>Page content</source>
        <translation>Waxa bogga ku jira</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Start page of the town</source>
        <translation>Bogga bilowga ee magaalada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation>Natiijooyinka raadinta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page</source>
        <translation>Bog</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <location line="+31"/>
        <location line="+38"/>
        <location line="+9"/>
        <location line="+21"/>
        <source>Local information</source>
        <translation>Macluumaad maxalli ah</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>This page is not on this computer</source>
        <translation>Boggan kuma jiro kombiyuutarkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been moved or removed by the last update.</source>
        <translation>Waxaa laga yaabaa in cusboonaysiintii ugu dambeysay ay rartay ama saartay.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+26"/>
        <location line="+1"/>
        <source>Imprint</source>
        <translation>Impressum</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>There is no imprint in this language on this computer.</source>
        <translation>Impressum luqaddan ah kuma jiro kombiyuutarkan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The imprint is available in:</source>
        <translation>Impressum-ku wuxuu ku jiraa:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search</source>
        <translation>Raadi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search: “%1”</source>
        <translation>Raadi: “%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go to the start page</source>
        <translation>Tag bogga bilowga</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Start page in %1</source>
        <translation>Bogga bilowga ee %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not available in %2. It is available in:</source>
        <translation>“%1” laguma helo %2. Waxaa lagu helaa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not available in %2.</source>
        <translation>“%1” laguma helo %2.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MainActions</name>
    <message>
        <location filename="../app/desktop/mainwindow/mainactions.cpp" line="+19"/>
        <source>Back</source>
        <translation>Dib</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward</source>
        <translation>Hore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start page</source>
        <translation>Bogga bilowga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Raadi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>Hadda cusboonaysii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imprint</source>
        <translation>Impressum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>Dejinta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger text</source>
        <translation>Qoraal ka weyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smaller text</source>
        <translation>Qoraal ka yar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal text size</source>
        <translation>Cabbirka qoraalka caadiga ah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Integreat Desktop</source>
        <translation>Ku saabsan Integreat Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Ka bax</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This page</source>
        <translation>Boggan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text size</source>
        <translation>Cabbirka qoraalka</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MainWindow</name>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindow.cpp" line="+196"/>
        <source>Download %1</source>
        <translation>Soo deji %1</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 is not saved on this computer yet.</source>
        <translation>%1 weli laguma kaydin kombiyuutarkan.</translation>
    </message>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindowcommands.cpp" line="+171"/>
        <source>About Integreat Desktop</source>
        <translation>Ku saabsan Integreat Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Integreat Desktop %1&lt;/h3&gt;&lt;p&gt;Local information for newcomers, in their language, also without internet.&lt;/p&gt;&lt;p&gt;The content comes from the towns and districts that take part in &lt;a href=&quot;https://integreat-app.de&quot;&gt;Integreat&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Integreat Desktop %1&lt;/h3&gt;&lt;p&gt;Macluumaad maxalli ah oo loogu talagalay dadka cusub, luqaddooda, xitaa internet la&apos;aan.&lt;/p&gt;&lt;p&gt;Waxyaabaha waxay ka yimaadaan magaalooyinka iyo degmooyinka ka qayb qaata &lt;a href=&quot;https://integreat-app.de&quot;&gt;Integreat&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindowcounsel.cpp" line="+50"/>
        <source>Reading area</source>
        <translation>Meesha akhriska</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The section shown, and beside it the same in a second language when Side by side is on</source>
        <translation>Qaybta la muujiyay, iyo dhinaceeda isla taas oo luqad labaad ah marka Dhinac-dhinac uu shidan yahay</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MapWidget</name>
    <message>
        <location filename="../app/desktop/places/mapwidget.cpp" line="+30"/>
        <source>Map of places</source>
        <translation>Khariidadda goobaha</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Soo dhawee</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Fogee</translation>
    </message>
    <message>
        <location line="+344"/>
        <source>I am here (sort places by distance from this point)</source>
        <translation>Halkan ayaan joogaa (goobaha u kala horrayso fogaanta barkan)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MassRemovalQuestion</name>
    <message>
        <location filename="../app/desktop/sync/massremovalquestion.cpp" line="+16"/>
        <source>Remove saved pages?</source>
        <translation>Ma la saaraa bogagga kaydsan?</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n of the %2 saved pages would be removed.</source>
        <translation>
            <numerusform>%1: %n ka mid ah %2 bog ee kaydsan ayaa la saari doonaa.</numerusform>
            <numerusform>%1: %n ka mid ah %2 bog ee kaydsan ayaa la saari doonaa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server sent much less content than before. If you go on, pages you have now will be deleted from this computer.</source>
        <translation>Server-ku wuxuu soo diray waxyaabo aad uga yar kuwii hore. Haddii aad sii wadato, bogagga aad hadda haysato waa laga tirtiri doonaa kombiyuutarkan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This can be a mistake on the server. If you keep your content, nothing changes and you can try again later.</source>
        <translation>Tani waxay noqon kartaa qalad server-ka ah. Haddii aad hayso waxyaabahaaga, waxba isma beddelaan, goor dambena mar kale ayaad isku dayi kartaa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep my content</source>
        <translation>Hay waxyaabahayga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove them</source>
        <translation>Saar</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NavigationBar</name>
    <message>
        <location filename="../app/desktop/pages/navigationbar.cpp" line="+29"/>
        <source>Back (Alt+Left)</source>
        <translation>Dib (Alt+Left)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Dib</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward (Alt+Right)</source>
        <translation>Hore (Alt+Right)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Hore</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsHtml</name>
    <message>
        <location filename="../app/desktop/news/newshtml.cpp" line="+16"/>
        <source>Local news</source>
        <translation>Warar maxalli ah</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Read the original</source>
        <translation>Akhri kii asalka ahaa</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/newssection.cpp" line="+28"/>
        <source>News</source>
        <translation>Warar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News (%1)</source>
        <translation>Warar (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News, %1 new</source>
        <translation>Warar, %1 cusub</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This news item is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Warkan kuma jiro kombiyuutarkan. Waxaa laga yaabaa in la saaray, ama wuu ka cusub yahay cusboonaysiintii ugu dambeysay.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsView</name>
    <message>
        <location filename="../app/desktop/news/newsview.cpp" line="+43"/>
        <location line="+56"/>
        <source>All news</source>
        <translation>Dhammaan wararka</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>All</source>
        <translation>Dhammaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local</source>
        <translation>Maxalli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External</source>
        <translation>Dibadda</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>News</source>
        <translation>Warar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>News item</source>
        <translation>War</translation>
    </message>
    <message>
        <location filename="../app/desktop/news/newslistmodel.cpp" line="+85"/>
        <source>● New</source>
        <translation>● Cusub</translation>
    </message>
    <message>
        <location filename="../app/desktop/news/newsview.cpp" line="+110"/>
        <source>There are no news in this language yet. New local news of the town appear here after the next update.</source>
        <translation>Weli warar kuma jiraan luqaddan. Wararka maxalliga ah ee cusub ee magaalada halkan ayay ka soo muuqanayaan cusboonaysiinta xigta kadib.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No news of this kind. Choose “All” to see every news item.</source>
        <translation>Warar noocan ah ma jiraan. Dooro “Dhammaan” si aad u aragto war kasta.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NoticeBar</name>
    <message>
        <location filename="../app/desktop/pages/noticebar.cpp" line="+26"/>
        <source>Notice</source>
        <translation>Ogeysiis</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Close this notice</source>
        <translation>Xir ogeysiiskan</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationCenter</name>
    <message>
        <location filename="../app/desktop/notify/notificationcenter.cpp" line="+44"/>
        <source>Notifications (%1)</source>
        <translation>Ogeysiisyo (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notifications</source>
        <translation>Ogeysiisyo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>News from %1 (%2)</source>
        <translation>Warar ka yimid %1 (%2)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationsDialog</name>
    <message>
        <location filename="../app/desktop/notify/notificationsdialog.cpp" line="+27"/>
        <source>No notifications yet. New local news of your towns appear here.</source>
        <translation>Weli ogeysiisyo ma jiraan. Wararka maxalliga ah ee cusub ee magaalooyinkaaga halkan ayay ka soo muuqdaan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Tirtir</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>Ogeysiisyo</translation>
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
        <translation>Muuji ogeysiis marka magaalo ay warar ku daabacdo luqad:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> min</source>
        <translation> daqiiqo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Look for news every</source>
        <translation>Warar raadi mar kasta oo</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::OfferForm</name>
    <message>
        <location filename="../app/desktop/pages/offerform.cpp" line="+27"/>
        <source>Continue to %1</source>
        <translation>U gudub %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PackImport</name>
    <message>
        <location filename="../app/desktop/settings/packimport.cpp" line="+28"/>
        <source>Could not open the local store: %1</source>
        <translation>Kaydka maxalliga ah lama furi karin: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The content pack %1 was not imported: %2 Nothing on this computer was changed.</source>
        <translation>Xirmada waxyaabaha %1 lama gelin: %2 Waxba lagama beddelin kombiyuutarkan.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported from the content pack: %1 in %2.</source>
        <translation>Waxaa laga geliyay xirmada waxyaabaha: %1 (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported, because this computer has newer content of %1 in %2. “Import anyway” replaces it with the older content of the pack.</source>
        <translation>Lama gelin, sababtoo ah kombiyuutarkan wuxuu hayaa waxyaabo ka cusub oo %1 ah (%2). “Si kastaba geli” waxay ku beddeshaa waxyaabaha duugga ah ee xirmada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The content pack %1 holds no language.</source>
        <translation>Xirmada waxyaabaha %1 kuma jirto wax luqad ah.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PackImportPanel</name>
    <message>
        <location filename="../app/desktop/settings/packimportpanel.cpp" line="+23"/>
        <source>Import content pack…</source>
        <translation>Geli xirmo waxyaabo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import anyway</source>
        <translation>Si kastaba geli</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a region&apos;s content from a file made with “integreat-cli pack export” (for computers without fast internet).</source>
        <translation>Geli waxyaabaha deegaan oo ka yimid fayl lagu sameeyay “integreat-cli pack export” (kombiyuutarrada aan lahayn internet degdeg ah).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing the content pack</source>
        <translation>Xirmada waxyaabaha waa la gelinayaa</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Replaces this computer&apos;s newer content with the older content of the pack.</source>
        <translation>Waxyaabaha ka cusub ee kombiyuutarkan waxay ku beddeshaa waxyaabaha duugga ah ee xirmada.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import content pack</source>
        <translation>Geli xirmo waxyaabo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Integreat content packs (*.integreat-pack)</source>
        <translation>Xirmooyinka waxyaabaha Integreat (*.integreat-pack)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Waiting for the running update to finish…</source>
        <translation>Waxaa la sugayaa inta cusboonaysiinta socota ay dhammaanayso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing the content pack…</source>
        <translation>Xirmada waxyaabaha waa la gelinayaa…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PageHtml</name>
    <message>
        <location filename="../app/desktop/pages/pagehtml.cpp" line="+108"/>
        <source>Last updated on %1</source>
        <translation>La cusboonaysiiyay %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Published on %1</source>
        <translation>La daabacay %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This page has no text yet.</source>
        <translation>Boggan weli qoraal ma laha.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Imprint</source>
        <translation>Impressum</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Contact form: write to the town&apos;s team</source>
        <translation>Foomka xiriirka: u qor kooxda magaalada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online offer: opens in your browser</source>
        <translation>Adeeg internet ah: wuxuu ku furmayaa browser-kaaga</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This page is provided by %1</source>
        <translation>Boggan waxaa bixiyay %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PinPad</name>
    <message>
        <location filename="../app/desktop/kiosk/pinpad.cpp" line="+22"/>
        <source>Administrator PIN</source>
        <translation>PIN-ka maamulaha</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete</source>
        <translation>Tirtir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the PIN to open the administration.</source>
        <translation>Geli PIN-ka si aad u furto maamulka.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceDetailHtml</name>
    <message>
        <location filename="../app/desktop/places/placedetailhtml.cpp" line="+82"/>
        <source>%1 km away</source>
        <translation>%1 km u jirta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open all day</source>
        <translation>Furan maalinta oo dhan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Xiran</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open now</source>
        <translation>Hadda furan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed now</source>
        <translation>Hadda xiran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>Si ku meel gaar ah u xiran</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Only with an appointment</source>
        <translation>Ballan oo keliya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with an appointment</source>
        <translation>ballan leh</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>✓ Barrier-free</source>
        <translation>✓ Ku habboon dadka naafada ah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Not barrier-free</source>
        <translation>✗ Kuma habboona dadka naafada ah</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Address</source>
        <translation>Cinwaan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Navigate (opens a map)</source>
        <translation>Jihee (khariidad ayuu furaa)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening hours</source>
        <translation>Saacadaha furitaanka</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Make an appointment</source>
        <translation>Qabso ballan</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Contacts</source>
        <translation>Xiriirro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact information</source>
        <translation>Macluumaadka xiriirka</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone</source>
        <translation>Taleefan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile</source>
        <translation>Mobayl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment</source>
        <translation>Ballan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office hours</source>
        <translation>Saacadaha xafiiska</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About this place</source>
        <translation>Ku saabsan goobtan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events here</source>
        <translation>Dhacdooyinka halkan</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceFiltersDialog</name>
    <message>
        <location filename="../app/desktop/places/placefiltersdialog.cpp" line="+25"/>
        <source>Only places open now</source>
        <translation>Goobaha hadda furan oo keliya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only barrier-free places</source>
        <translation>Goobaha ku habboon dadka naafada ah oo keliya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter places</source>
        <translation>Shaandhee goobaha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Nooca</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reset filters</source>
        <translation>Dib u dhig shaandhooyinka</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Show %n place(s)</source>
        <translation>
            <numerusform>Muuji %n goob</numerusform>
            <numerusform>Muuji %n goobood</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceListPanel</name>
    <message>
        <location filename="../app/desktop/places/placelistpanel.cpp" line="+26"/>
        <source>Show all places</source>
        <translation>Muuji dhammaan goobaha</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Search in places</source>
        <translation>Ka raadi goobaha</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+100"/>
        <source>Filters…</source>
        <translation>Shaandhooyin…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Places</source>
        <translation>Goobo</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open now</source>
        <translation>Hadda furan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed now</source>
        <translation>Hadda xiran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temporarily closed</source>
        <translation>Si ku meel gaar ah u xiran</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>open now</source>
        <translation>hadda furan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>barrier-free</source>
        <translation>ku habboon dadka naafada ah</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Filters (%1)…</source>
        <translation>Shaandhooyin (%1)…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlacesSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/placessection.cpp" line="+31"/>
        <source>Places</source>
        <translation>Goobo</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>This place is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Goobtan kuma jirto kombiyuutarkan. Waxaa laga yaabaa in la saaray, ama way ka cusub tahay cusboonaysiintii ugu dambeysay.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlacesView</name>
    <message>
        <location filename="../app/desktop/places/placesview.cpp" line="+65"/>
        <source>← All places</source>
        <translation>← Dhammaan goobaha</translation>
    </message>
    <message>
        <location filename="../app/desktop/places/placesviewtiles.cpp" line="+56"/>
        <source>No map of %1 to show. Map tiles need an internet connection or an offline map file (an administrator can import one with “integreat-cli import-tiles”). The places stand on a plain background; the list and the details work without it.</source>
        <translation>Khariidad %1 ah oo la muujiyo ma jirto. Khariidaddu waxay u baahan tahay internet ama fayl khariidad internet la&apos;aan ah (maamule ayaa ku soo gelin kara “integreat-cli import-tiles”). Goobaha waxay ku muuqdaan asal cad; liiska iyo faahfaahinta way shaqeeyaan iyada la&apos;aanteed.</translation>
    </message>
    <message>
        <location filename="../app/desktop/places/placesview.cpp" line="-5"/>
        <source>Places and map</source>
        <translation>Goobo iyo khariidad</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Place</source>
        <translation>Goob</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All places</source>
        <translation>Dhammaan goobaha</translation>
    </message>
    <message numerus="yes">
        <location line="+162"/>
        <source>%n place(s) at this spot</source>
        <translation>
            <numerusform>%n goob oo meeshan ah</numerusform>
            <numerusform>%n goobood oo meeshan ah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n place(s), nearest first</source>
        <translation>
            <numerusform>%n goob, kan ugu dhow ayaa hore</numerusform>
            <numerusform>%n goobood, kan ugu dhow ayaa hore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n place(s), A–Z</source>
        <translation>
            <numerusform>%n goob, A–Z</numerusform>
            <numerusform>%n goobood, A–Z</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no places for this town yet. They appear here after the next download.</source>
        <translation>Weli goobo looma hayo magaaladan. Halkan ayay ka soo muuqan doonaan soo dejinta xigta kadib.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No place matches. Change the filters or the search.</source>
        <translation>Goob ku habboon ma jirto. Beddel shaandhooyinka ama raadinta.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::QrCard</name>
    <message>
        <location filename="../app/desktop/kiosk/qrcard.cpp" line="+19"/>
        <source>Close</source>
        <translation>Xir</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scan the code with your phone&apos;s camera to take this with you.</source>
        <translation>Koodhka ku sawir kamaradda taleefankaaga si aad u qaadato.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Call this number</source>
        <translation>Wac lambarkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an e-mail</source>
        <translation>Qor e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this on your phone</source>
        <translation>Ku fur taleefankaaga</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(too long for a QR code)</source>
        <translation>(aad ayuu ugu dheer yahay QR code)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::QrDialog</name>
    <message>
        <location filename="../app/desktop/counsel/qrdialog.cpp" line="+20"/>
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QR code of the link</source>
        <translation>QR code-ka link-ga</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Scan the code to open this on your phone</source>
        <translation>Iskaan garee code-ka si aad tan ugu furto taleefankaaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the code to open “%1” on your phone</source>
        <translation>Iskaan garee code-ka si aad “%1” ugu furto taleefankaaga</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ReadAloudPanel</name>
    <message>
        <location filename="../app/desktop/counsel/readaloudpanel.cpp" line="+20"/>
        <source>Close</source>
        <translation>Xir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading and close</source>
        <translation>Jooji akhriska oo xir</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionButton</name>
    <message>
        <location filename="../app/desktop/mainwindow/regionbutton.cpp" line="+33"/>
        <source>Town</source>
        <translation>Magaalo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>Beddel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read about another town</source>
        <translation>Wax ka akhri magaalo kale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change town</source>
        <translation>Beddel magaalada</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Town: %1</source>
        <translation>Magaalo: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Find another town…</source>
        <translation>Raadi magaalo kale…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionList</name>
    <message>
        <location filename="../app/desktop/firstrun/regionlist.cpp" line="+21"/>
        <source>Regions</source>
        <translation>Deegaanno</translation>
    </message>
    <message>
        <location filename="../app/desktop/firstrun/regionlistmodel.cpp" line="+58"/>
        <source>Nearby</source>
        <translation>Kuwa u dhow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions near you</source>
        <translation>Deegaannada kuu dhow</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Regions starting with %1</source>
        <translation>Deegaannada ku bilaabma %1</translation>
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
        <translation>Sidoo kale: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionPage</name>
    <message>
        <location filename="../app/desktop/firstrun/regionpage.cpp" line="+42"/>
        <source>Try again</source>
        <translation>Mar kale isku day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the demo town</source>
        <translation>Isku day magaalada tusaalaha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where do you live?</source>
        <translation>Xaggee ayaad ku nooshahay?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your town or district. Its local information is then downloaded so that you can read it without internet.</source>
        <translation>Dooro magaaladaada ama degmadaada. Macluumaadkeeda maxalliga ah ayaa markaas la soo dejinayaa si aad u akhrin karto internet la&apos;aan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search, e.g. Landkreis München</source>
        <translation>Raadi, tusaale Landkreis München</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search for a region</source>
        <translation>Raadi deegaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of regions found</source>
        <translation>Tirada deegaannada la helay</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the list of regions…</source>
        <translation>Liiska deegaannada waa la soo rarayaa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the list of regions</source>
        <translation>Liiska deegaannada waa la soo rarayaa</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meanwhile you can look around in Musterstadt, a made-up demo town that comes with the app (in German, English and Arabic).</source>
        <translation>Inta la sugayo waxaad dhex eegi kartaa Musterstadt, magaalo tusaale ah oo male ah oo barnaamijka la socota (Jarmal, Ingiriisi iyo Carabi).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No connection</source>
        <translation>Xiriir ma jiro</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The Integreat server cannot be reached right now, so the list of regions is not available. Please check your internet connection and try again.</source>
        <translation>Server-ka Integreat hadda lama gaari karo, sidaa darteed liiska deegaannada lama heli karo. Fadlan hubi xiriirka internet-kaaga oo mar kale isku day.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app is in offline mode, so the list of regions cannot be loaded.</source>
        <translation>Barnaamijku wuxuu ku jiraa habka internet la&apos;aanta, sidaa darteed liiska deegaannada lama soo rari karo.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No town found for “%1”. Check the spelling, or try your district (Landkreis) or a town nearby: not every town takes part in Integreat yet.</source>
        <translation>Magaalo looma helin “%1”. Hubi higgaadda, ama isku day degmadaada (Landkreis) ama magaalo kuu dhow: magaalo kastaa weli kama qayb qaadato Integreat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Regions: %1</source>
        <translation>Deegaanno: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions found: %1</source>
        <translation>Deegaannada la helay: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RelativeTime</name>
    <message>
        <location filename="../app/desktop/presentation/relativetime.cpp" line="+13"/>
        <source>Not updated yet</source>
        <translation>Weli lama cusboonaysiin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated just now</source>
        <translation>Hadda la cusboonaysiiyay</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated 1 minute ago</source>
        <translation>La cusboonaysiiyay 1 daqiiqo ka hor</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>La cusboonaysiiyay %n daqiiqo ka hor</numerusform>
            <numerusform>La cusboonaysiiyay %n daqiiqo ka hor</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated 1 hour ago</source>
        <translation>La cusboonaysiiyay 1 saac ka hor</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>La cusboonaysiiyay %n saac ka hor</numerusform>
            <numerusform>La cusboonaysiiyay %n saacadood ka hor</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated yesterday</source>
        <translation>La cusboonaysiiyay shalay</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Updated %n days ago</source>
        <translation>
            <numerusform>La cusboonaysiiyay %n maalin ka hor</numerusform>
            <numerusform>La cusboonaysiiyay %n maalmood ka hor</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated on %1</source>
        <translation>La cusboonaysiiyay %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SearchView</name>
    <message>
        <location filename="../app/desktop/search/searchview.cpp" line="+61"/>
        <source>Search results</source>
        <translation>Natiijooyinka raadinta</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Search: “%1”</source>
        <translation>Raadi: “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching…</source>
        <translation>Waa la raadinayaa…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Page</source>
        <translation>Bog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Dhacdo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Goob</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>News</source>
        <translation>Warar</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Only in %1</source>
        <translation>Kaliya %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text excerpt in %1</source>
        <translation>Qayb qoraal ah oo %1 ah</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The search did not work: %1</source>
        <translation>Raadintu ma shaqayn: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing found for “%1”.
Try other or fewer words.</source>
        <translation>Waxba looma helin “%1”.
Isku day erayo kale ama ka yar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found in %1 or in German for “%2”.
Try other or fewer words, or a German word you know from a letter.</source>
        <translation>Waxba looma helin “%2” oo %1 ama Jarmal ah.
Isku day erayo kale ama ka yar, ama eray Jarmal ah oo aad ka taqaan warqad.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n or more results</source>
        <translation>
            <numerusform>%n natiijo ama ka badan</numerusform>
            <numerusform>%n natiijo ama ka badan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 result</source>
        <translation>1 natiijo</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n natiijo</numerusform>
            <numerusform>%n natiijo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n or more results in %1 and German</source>
        <translation>
            <numerusform>%n natiijo ama ka badan oo %1 iyo Jarmal ah</numerusform>
            <numerusform>%n natiijo ama ka badan oo %1 iyo Jarmal ah</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 result in %1 and German</source>
        <translation>1 natiijo oo %1 iyo Jarmal ah</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n results in %1 and German</source>
        <translation>
            <numerusform>%n natiijo oo %1 iyo Jarmal ah</numerusform>
            <numerusform>%n natiijo oo %1 iyo Jarmal ah</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results for “%1”</source>
        <translation>Natiijooyinka “%1”</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SectionBar</name>
    <message>
        <location filename="../app/desktop/mainwindow/sectionbar.cpp" line="+47"/>
        <source>Sections</source>
        <translation>Qaybo</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SectionShell</name>
    <message>
        <location filename="../app/desktop/mainwindow/sectionshell.cpp" line="+15"/>
        <source>What the section chosen in the section tabs shows</source>
        <translation>Waxa ay muujinayso qaybta laga doortay tabsyada qaybaha</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SettingsDialog</name>
    <message>
        <location filename="../app/desktop/settings/settingsdialog.cpp" line="+47"/>
        <source>High contrast</source>
        <translation>Kala duwanaansho sare</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Settings</source>
        <translation>Dejinta</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+20"/>
        <source>Language of the app</source>
        <translation>Luqadda barnaamijka</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Like the system (%1)</source>
        <translation>Sida nidaamka (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Menus and messages use this language from the next start. The language of the content is chosen above each page.</source>
        <translation>Menu-yada iyo farriimaha waxay isticmaalayaan luqaddan marka xigta ee la bilaabo. Luqadda waxyaabaha waxaa lagu doortaa korka bog kasta.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+20"/>
        <source>Text size</source>
        <translation>Cabbirka qoraalka</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading</source>
        <translation>Akhris</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>Ogeysiisyo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> h</source>
        <translation> saacadood</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Update saved towns every</source>
        <translation>Cusboonaysii magaalooyinka kaydsan mar kasta oo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer is shared (counseling): show End session in the window</source>
        <translation>Kombiyuutarkan waa la wadaagaa (la-talin): ku tus “Dhammee fadhiga” daaqadda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shared computer</source>
        <translation>Kombiyuutar la wadaago</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved content</source>
        <translation>Waxyaabaha kaydsan</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>End the session automatically when not in use</source>
        <translation>Si toos ah u dhammee fadhiga marka aan la isticmaalayn</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>minutes without use</source>
        <translation>daqiiqo oo aan la isticmaalin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes without use before the session ends</source>
        <translation>Daqiiqadaha aan la isticmaalin ka hor inta uusan fadhigu dhammaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before it ends, a countdown asks whether someone is still there; any key or mouse movement keeps the session. On a shared computer the app also keeps no language, town, news read or folder of a client.</source>
        <translation>Ka hor inta uusan dhammaan, tirin hoos u socota ayaa weydiinaysa in qof weli joogo; fure kasta ama dhaqaajinta jiirka ayaa fadhiga sii haysa. Kombiyuutar la wadaago barnaamijku sidoo kale ma hayo luqad, magaalo, warar la akhriyay ama gal macmiil.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SideBySidePane</name>
    <message>
        <location filename="../app/desktop/counsel/sidebysidepane.cpp" line="+43"/>
        <source>Second language</source>
        <translation>Luqadda labaad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Swap sides</source>
        <translation>Is-weydaarsi dhinacyada</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>%1 (not downloaded)</source>
        <translation>%1 (lama soo dejin)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not saved on this computer yet. Download it to show this beside the page (this needs the internet).</source>
        <translation>%1 weli laguma kaydin kombiyuutarkan. Soo deji si aad tan ugu muujiso bogga dhinaciisa (waxay u baahan tahay internet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download %1</source>
        <translation>Soo deji %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Downloading %1…</source>
        <translation>%1 waa la soo dejinayaa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading %1: %2</source>
        <translation>%1 waa la soo dejinayaa: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1 lama soo dejin karin: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open a page, an event, a place or a news item to see it here in a second language.</source>
        <translation>Fur bog, dhacdo, goob ama war si aad halkan ugu aragto luqad labaad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“Print this week&apos;s events…” in the menu prints them in both languages.</source>
        <translation>“Daabac dhacdooyinka toddobaadkan…” ee menu-ga wuxuu ku daabacaa labada luqadood.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only one language of this town is saved: choose a second language above to download it.</source>
        <translation>Luqad keliya oo magaaladan ah ayaa kaydsan: kor ka dooro luqad labaad si aad u soo dejiso.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Side by side shows pages, events, places and news items; this is not one of them.</source>
        <translation>Dhinac-dhinac waxay muujisaa bogag, dhacdooyin, goobo iyo warar; kani ma aha mid ka mid ah.</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>Second language:</source>
        <translation>Luqadda labaad:</translation>
    </message>
    <message>
        <location line="+327"/>
        <source>This does not exist in %1. It exists in: %2.</source>
        <translation>Kani kuma jiro %1. Wuxuu ku jiraa: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other language</source>
        <translation>luqad kale ma jirto</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SingleInstance</name>
    <message>
        <location filename="../app/desktop/shell/singleinstance.cpp" line="+141"/>
        <source>The running Integreat did not answer in time; it opens the link when it can.</source>
        <translation>Integreat-ka socda waqtigii kuma jawaabin; wuxuu furi doonaa link-ga marka uu awoodo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The running Integreat did not accept the link.</source>
        <translation>Integreat-ka socda ma aqbalin link-ga.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot watch for a second start of Integreat: %1</source>
        <translation>Lama ilaalin karo bilaabid labaad oo Integreat ah: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StartScreen</name>
    <message>
        <location filename="../app/desktop/kiosk/startscreen.cpp" line="+42"/>
        <source>Other town</source>
        <translation>Magaalo kale</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoragePanel</name>
    <message>
        <location filename="../app/desktop/settings/storagepanel.cpp" line="+37"/>
        <source>Delete saved content?</source>
        <translation>Ma la tirtiraa waxyaabaha kaydsan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete everything saved about %1 from this computer? You can download it again later.</source>
        <translation>Ma ka tirtiraa kombiyuutarkan wax kasta oo laga kaydiyay %1? Goor dambe mar kale ayaad soo dejisan kartaa.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Data folder</source>
        <translation>Galka xogta</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved in: %1</source>
        <translation>Waxaa lagu kaydiyay: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting…</source>
        <translation>Waa la tirinayaa…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Space used: %1</source>
        <translation>Meesha la isticmaalay: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 language</source>
        <translation>1 luqad</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n languages</source>
        <translation>
            <numerusform>%n luqad</numerusform>
            <numerusform>%n luqadood</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Tirtir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved content of %1</source>
        <translation>Tirtir waxyaabaha kaydsan ee %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline map…</source>
        <translation>Khariidad internet la&apos;aan ah…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offline map is imported; choose a file to replace it.</source>
        <translation>Khariidad internet la&apos;aan ah ayaa la geliyay; dooro fayl si aad u beddesho.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an offline map (.mbtiles) for the places.</source>
        <translation>Soo geli khariidad internet la&apos;aan ah (.mbtiles) oo goobaha ah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Offline map</source>
        <translation>Khariidad internet la&apos;aan ah</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>MBTiles maps (*.mbtiles)</source>
        <translation>Khariidadaha MBTiles (*.mbtiles)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No town is saved on this computer.</source>
        <translation>Magaalo laguma kaydin kombiyuutarkan.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not delete</source>
        <translation>Lama tirtiri karin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved content could not be deleted: %1</source>
        <translation>Waxyaabaha kaydsan lama tirtiri karin: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoreGuard</name>
    <message>
        <location filename="../app/desktop/common/storeguard.cpp" line="+33"/>
        <source>The saved content could not be read: %1</source>
        <translation>Waxyaabaha kaydsan lama akhrin karin: %1</translation>
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
        <translation>lama samayn karo galka %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved content cannot be opened: %1 (%2)</source>
        <translation>Waxyaabaha kaydsan lama furi karo: %1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The damaged file could not be moved aside: %1</source>
        <translation>Faylka xumaaday dhinac looma dhigi karin: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The saved content cannot be opened: %1</source>
        <translation>Waxyaabaha kaydsan lama furi karo: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Downloading %1 again …</source>
        <translation>%1 mar kale ayaa la soo dejinayaa …</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncController</name>
    <message>
        <location filename="../app/desktop/sync/synccontroller.cpp" line="+48"/>
        <source>Offline mode: no network is used.</source>
        <translation>Habka internet la&apos;aanta: shabakad lama isticmaalo.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncPage</name>
    <message>
        <location filename="../app/desktop/firstrun/syncpage.cpp" line="+55"/>
        <source>Downloading the local information</source>
        <translation>Macluumaadka maxalliga ah waa la soo dejinayaa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download progress</source>
        <translation>Horumarka soo dejinta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download status</source>
        <translation>Xaaladda soo dejinta</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 – this takes a moment. You can cancel at any time; what is already on this computer stays as it was.</source>
        <translation>%1 – tani waxay qaadanaysaa in yar. Waad joojin kartaa wakhti kasta; waxa hore ugu jiray kombiyuutarkan sidiisa ayuu ahaanayaa.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Connecting…</source>
        <translation>Waa la xiriirinayaa…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Waa la joojinayaa…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 of %2 – %3: %4</source>
        <translation>%1 ka mid ah %2 – %3: %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Downloading images and documents: %1 of %2</source>
        <translation>Sawirrada iyo dukumentiyada waa la soo dejinayaa: %1 ka mid ah %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation>Waa la joojiyay.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No answer for this language.</source>
        <translation>Jawaab looma helin luqaddan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing could be downloaded.</source>
        <translation>Waxba lama soo dejin karin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some languages could not be downloaded. You can retry them or continue with what is there.</source>
        <translation>Luqadaha qaar lama soo dejin karin. Mar kale ayaad isku dayi kartaa ama ku sii wadan kartaa waxa jira.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done.</source>
        <translation>Waa dhammaatay.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncPresenter</name>
    <message>
        <location filename="../app/desktop/mainwindow/syncpresenter.cpp" line="+46"/>
        <source>This is a demo town with example content: there is nothing to update. Choose your own town with “Change” to get its content.</source>
        <translation>Tani waa magaalo tusaale ah oo leh waxyaabo tusaale ah: waxba lama cusboonaysiinayo. Ku dooro magaaladaada “Beddel” si aad u hesho waxyaabaheeda.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An update is running. Please try again when it is done.</source>
        <translation>Cusboonaysiin ayaa socota. Fadlan mar kale isku day marka ay dhammaato.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Updating…</source>
        <translation>Waa la cusboonaysiinayaa…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 ka mid ah %4)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The language could not be downloaded: %1</source>
        <translation>Luqadda lama soo dejin karin: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncStateWidget</name>
    <message>
        <location filename="../app/desktop/mainwindow/syncstatewidget.cpp" line="+30"/>
        <location line="+1"/>
        <location line="+168"/>
        <source>Offline</source>
        <translation>Internet la&apos;aan</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Update state</source>
        <translation>Xaaladda cusboonaysiinta</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>La cusboonaysiiyay %n daqiiqo ka hor</numerusform>
            <numerusform>La cusboonaysiiyay %n daqiiqo ka hor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>La cusboonaysiiyay %n saac ka hor</numerusform>
            <numerusform>La cusboonaysiiyay %n saacadood ka hor</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated yesterday</source>
        <translation>La cusboonaysiiyay shalay</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not updated yet</source>
        <translation>Weli lama cusboonaysiin</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+106"/>
        <source>Update failed</source>
        <translation>Cusboonaysiintu way fashilantay</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+102"/>
        <source>Updating…</source>
        <translation>Waa la cusboonaysiinayaa…</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+99"/>
        <source>Example content</source>
        <translation>Waxyaabo tusaale ah</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+103"/>
        <source>Updating elsewhere</source>
        <translation>Meel kale ayaa la cusboonaysiinayaa</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+121"/>
        <source>Sync now</source>
        <translation>Hadda cusboonaysii</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+121"/>
        <source>Stop</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Another update is running.</source>
        <translation>Cusboonaysiin kale ayaa socota.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Another program is updating the content on this computer. Try Sync now again when it is done.</source>
        <translation>Barnaamij kale ayaa cusboonaysiinaya waxyaabaha kombiyuutarkan. Marka uu dhammeeyo, mar kale isku day “Hadda cusboonaysii”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a demo town with example content. It is not updated from a server; choose your town to get its real content.</source>
        <translation>Tani waa magaalo tusaale ah oo leh waxyaabo tusaale ah. Server lagama cusboonaysiiyo; dooro magaaladaada si aad u hesho waxyaabaheeda dhabta ah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo</source>
        <translation>Tusaale</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop the update; the saved content stays as it is</source>
        <translation>Jooji cusboonaysiinta; waxyaabaha kaydsan sidooda ayay ahaanayaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the latest content (F5)</source>
        <translation>Soo deji waxyaabaha ugu cusub (F5)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncWorker</name>
    <message>
        <location filename="../app/desktop/sync/syncworker.cpp" line="+44"/>
        <source>Could not create the data folder %1.</source>
        <translation>Lama samayn karin galka xogta %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not open the local store: %1</source>
        <translation>Kaydka maxalliga ah lama furi karin: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelled.</source>
        <translation>Waa la joojiyay.</translation>
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
        <translation>Weli ma jiro kiiboor shaashadda ah oo luqaddan ah: ku qor xarfaha Laatiinka.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete</source>
        <translation>Tirtir</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other letters: %1</source>
        <translation>Xarfo kale: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Space</source>
        <translation>Meel bannaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide the keyboard</source>
        <translation>Qari kiiboorka</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackOutbox</name>
    <message>
        <location filename="../core/feedback/feedbackoutbox.cpp" line="+33"/>
        <source>Sending your feedback…</source>
        <translation>Jawaab-celintaada waa la dirayaa…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your feedback will be sent when this computer is online.</source>
        <translation>Jawaab-celintaada waa la diri doonaa marka kombiyuutarkan internet ku xirmo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your feedback will be sent when this computer is online, if the app stays open: on a shared computer it is not saved.</source>
        <translation>Jawaab-celintaada waa la diri doonaa marka kombiyuutarkan internet ku xirmo, haddii barnaamijku furnaado: kombiyuutar la wadaago lama kaydiyo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your feedback could not be sent.</source>
        <translation>Jawaab-celintaada lama diri karin.</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackResult</name>
    <message>
        <location filename="../core/feedback/feedbacksender.cpp" line="+24"/>
        <source>Thank you! Your feedback was sent to the town&apos;s editors.</source>
        <translation>Mahadsanid! Jawaab-celintaada waxaa loo diray tifaftirayaasha magaalada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline: your feedback was not sent.</source>
        <translation>Internet kuma xirnid: jawaab-celintaada lama dirin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Integreat server has a problem (error %1): your feedback was not sent.</source>
        <translation>Server-ka Integreat wuxuu qabaa dhibaato (qalad %1): jawaab-celintaada lama dirin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too much feedback was sent from here in a short time: your feedback was not sent yet.</source>
        <translation>Jawaab-celin aad u badan ayaa halkan laga diray wakhti gaaban: jawaab-celintaada weli lama dirin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Integreat server did not accept this feedback (error %1).</source>
        <translation>Server-ka Integreat ma aqbalin jawaab-celintan (qalad %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Integreat server did not accept this feedback (error %1): %2</source>
        <translation>Server-ka Integreat ma aqbalin jawaab-celintan (qalad %1): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your feedback could not be sent: %1</source>
        <translation>Jawaab-celintaada lama diri karin: %1</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackSender</name>
    <message>
        <location line="+16"/>
        <source>a thumb or a comment is needed</source>
        <translation>suul ama faallo ayaa loo baahan yahay</translation>
    </message>
</context>
<context>
    <name>integreat::geo</name>
    <message>
        <location filename="../core/geo/tileimport.cpp" line="+23"/>
        <source>%1 is not a region code.</source>
        <translation>%1 ma aha koodh deegaan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the folder for offline maps in %1.</source>
        <translation>Galka khariidadaha internet la&apos;aanta lagama samayn karo %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot copy %1 into the data folder.</source>
        <translation>%1 looma koobiyeyn karo galka xogta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot replace the offline map %1.</source>
        <translation>Khariidadda internet la&apos;aanta %1 lama beddeli karo.</translation>
    </message>
</context>
<context>
    <name>integreat::geo::MbtilesSource</name>
    <message>
        <location filename="../core/geo/mbtilessource.cpp" line="+55"/>
        <source>The map file %1 does not exist.</source>
        <translation>Faylka khariidadda %1 ma jiro.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not an MBTiles map file (not an SQLite database).</source>
        <translation>%1 ma aha fayl khariidad MBTiles ah (ma aha database SQLite).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an MBTiles map file (it has no tiles or metadata table).</source>
        <translation>%1 ma aha fayl khariidad MBTiles ah (ma laha shaxda tiles ama metadata).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not an MBTiles map file (its tiles table lacks the MBTiles columns).</source>
        <translation>%1 ma aha fayl khariidad MBTiles ah (shaxdiisa tiles ma laha tiirarka MBTiles).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds vector tiles (pbf); only raster maps (PNG, JPEG) can be shown.</source>
        <translation>%1 wuxuu hayaa vector tiles (pbf); khariidadaha raster (PNG, JPEG) oo keliya ayaa la muujin karaa.</translation>
    </message>
</context>
<context>
    <name>integreat::geo::OnlineTileSource</name>
    <message>
        <location filename="../core/geo/onlinetilesource.cpp" line="+182"/>
        <source>The tile server gave an unexpected answer (HTTP %1).</source>
        <translation>Server-ka khariidaddu wuxuu bixiyay jawaab aan la filayn (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>integreat::kiosk::KioskConfig</name>
    <message>
        <location filename="../core/kiosk/kioskconfig.cpp" line="+18"/>
        <source>“%1” is not a region slug (like augsburg).</source>
        <translation>“%1” ma aha magac gaaban oo deegaan (sida augsburg).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a language code (like de or ar).</source>
        <translation>“%1” ma aha koodh luqadeed (sida de ama ar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The start language %1 is not among the languages %2.</source>
        <translation>Luqadda bilowga %1 kuma jirto luqadaha %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The idle time must be from %1 to %2 seconds.</source>
        <translation>Waqtiga nasashadu waa inuu ahaadaa %1 ilaa %2 ilbiriqsi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The countdown must be from 1 to %1 seconds.</source>
        <translation>Tirintu waa inay ahaataa 1 ilaa %1 ilbiriqsi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one section must be shown.</source>
        <translation>Ugu yaraan hal qayb waa in la muujiyaa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown section “%1” (known: %2).</source>
        <translation>Qayb aan la aqoon “%1” (kuwa la yaqaan: %2).</translation>
    </message>
</context>
<context>
    <name>integreat::kiosk::KioskConfigFile</name>
    <message>
        <location filename="../core/kiosk/kioskconfigfile.cpp" line="+77"/>
        <source>line %1: expected “key = value”</source>
        <translation>sadarka %1: waxaa la filayay “key = value”</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>line %1: unknown setting “%2”</source>
        <translation>sadarka %1: habayn aan la aqoon “%2”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: “%2” is not a valid value for %3</source>
        <translation>sadarka %1: “%2” ma aha qiime sax ah oo %3 ah</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no [kiosk] section</source>
        <translation>ma jirto qaybta [kiosk]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The kiosk configuration %1 does not exist; the kiosk runs locked with default settings and no PIN (run integreat-cli kiosk setup).</source>
        <translation>Habaynta kiosk-ga %1 ma jirto; kiosk-gu wuxuu u shaqeynayaa si xiran oo leh habaynta caadiga ah oo aan PIN lahayn (socodsii integreat-cli kiosk setup).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The kiosk configuration %1 cannot be read (%2); the kiosk runs locked with default settings and no PIN.</source>
        <translation>Habaynta kiosk-ga %1 lama akhrin karo (%2); kiosk-gu wuxuu u shaqeynayaa si xiran oo leh habaynta caadiga ah oo aan PIN lahayn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The kiosk configuration %1 is broken (%2); the kiosk runs locked with default settings and no PIN.</source>
        <translation>Habaynta kiosk-ga %1 way jabtay (%2); kiosk-gu wuxuu u shaqeynayaa si xiran oo leh habaynta caadiga ah oo aan PIN lahayn.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the folder of %1.</source>
        <translation>Lama samayn karo galka %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>Lama qori karo %1: %2</translation>
    </message>
</context>
<context>
    <name>integreat::net::Fetcher</name>
    <message numerus="yes">
        <location filename="../core/net/fetcher.cpp" line="+63"/>
        <source>The server is busy and asks to try again in %n minute(s).</source>
        <translation>
            <numerusform>Server-ku wuu mashquul yahay wuxuuna codsanayaa in mar kale la isku dayo %n daqiiqo kadib.</numerusform>
            <numerusform>Server-ku wuu mashquul yahay wuxuuna codsanayaa in mar kale la isku dayo %n daqiiqo kadib.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>Cancelled.</source>
        <translation>Waa la joojiyay.</translation>
    </message>
</context>
<context>
    <name>integreat::net::Proxy</name>
    <message>
        <location filename="../core/net/proxy.cpp" line="+41"/>
        <source>The proxy “%1” is not usable: give http://HOST:PORT, socks5://HOST:PORT or none.</source>
        <translation>Proxy-ga “%1” lama isticmaali karo: bixi http://HOST:PORT, socks5://HOST:PORT ama none.</translation>
    </message>
</context>
<context>
    <name>integreat::net::Transfer</name>
    <message>
        <location filename="../core/net/transfer.cpp" line="+79"/>
        <source>Cancelled.</source>
        <translation>Waa la joojiyay.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+27"/>
        <source>The download is larger than %1 MB; it was stopped.</source>
        <translation>Soo dejintu way ka weyn tahay %1 MB; waa la joojiyay.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server sent the request on to %1, which is not allowed.</source>
        <translation>Server-ku codsiga wuxuu u gudbiyay %1, taas oo aan la oggolayn.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <location line="+111"/>
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Server-ku kuma jawaabin %n ilbiriqsi gudahood.</numerusform>
            <numerusform>Server-ku kuma jawaabin %n ilbiriqsi gudahood.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-99"/>
        <source>The server sent only %1 bytes in %n second(s), less than %2 bytes a second; the download was stopped.</source>
        <translation>
            <numerusform>Server-ku wuxuu soo diray %1 bytes oo keliya %n ilbiriqsi gudahood, wax ka yar %2 bytes ilbiriqsigii; soo dejinta waa la joojiyay.</numerusform>
            <numerusform>Server-ku wuxuu soo diray %1 bytes oo keliya %n ilbiriqsi gudahood, wax ka yar %2 bytes ilbiriqsigii; soo dejinta waa la joojiyay.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not found on the server (HTTP 404).</source>
        <translation>Laguma helin server-ka (HTTP 404).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>Server-ku wuxuu ku jawaabay khalad (HTTP %1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+20"/>
        <source>The connection was closed before the download was complete.</source>
        <translation>Xiriirka waa la xiray ka hor inta aan soo dejintu dhammaan.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The server sent compressed data that cannot be unpacked safely (damaged, or far larger unpacked than sent); the download was stopped.</source>
        <translation>Server-ku wuxuu soo diray xog la cadaadiyay oo aan si ammaan ah loo furi karin (way xumaatay, ama marka la furo aad ayay uga weyn tahay intii la soo diray); soo dejinta waa la joojiyay.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server %1 was not found; check the address and the internet connection.</source>
        <translation>Server-ka %1 lama helin; hubi cinwaanka iyo xiriirka internet-ka.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 refused the connection.</source>
        <translation>Server-ka %1 wuu diiday xiriirka.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure connection to %1 could not be established: %2</source>
        <translation>Xiriirka ammaanka ah ee %1 lama samayn karin: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy could not be reached: %1</source>
        <translation>Proxy-ga lama gaari karin: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy asks for a user name and password.</source>
        <translation>Proxy-gu wuxuu weydiinayaa magac isticmaale iyo furaha sirta ah.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request on too many times.</source>
        <translation>Server-ku codsiga wuu gudbiyay marar aad u badan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request on from https to http, which is not allowed.</source>
        <translation>Server-ku codsiga wuxuu ka gudbiyay https una gudbiyay http, taas oo aan la oggolayn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no network connection.</source>
        <translation>Xiriir shabakadeed ma jiro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network error (code %1).</source>
        <translation>Khalad shabakadeed (koodh %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error: %1</source>
        <translation>Khalad shabakadeed: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack</name>
    <message>
        <location filename="../core/pack/packexporter.cpp" line="+51"/>
        <source>Could not read %1: %2</source>
        <translation>%1 lama akhrin karin: %2</translation>
    </message>
    <message>
        <location filename="../core/pack/packinstaller.cpp" line="+41"/>
        <source>Could not write %1.</source>
        <translation>%1 lama qori karin.</translation>
    </message>
    <message>
        <location filename="../core/pack/packmanifest.cpp" line="+92"/>
        <location filename="../core/pack/packreader.cpp" line="+46"/>
        <source>This is not an Integreat content pack (its manifest is missing or damaged).</source>
        <translation>Tani ma aha xirmo waxyaabo Integreat (liiska waxyaabaheeda ma jiro ama wuu xumaaday).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This content pack was made by a newer version of Integreat (pack format %1; this version reads up to %2). Update Integreat to import it.</source>
        <translation>Xirmadan waxyaabaha waxaa sameeyay nooc ka cusub oo Integreat ah (qaabka xirmada %1; noocani wuxuu akhriyaa ilaa %2). Cusboonaysii Integreat si aad u geliso.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack&apos;s manifest is incomplete or damaged (%1).</source>
        <translation>Liiska waxyaabaha xirmadu waa dhiman yahay ama wuu xumaaday (%1).</translation>
    </message>
    <message>
        <location filename="../core/pack/tarwriter.cpp" line="+53"/>
        <source>Cannot store “%1” in a pack.</source>
        <translation>“%1” laguma kaydin karo xirmo.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 changed while it was read.</source>
        <translation>%1 wuu isbeddelay intii la akhrinayay.</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackExporter</name>
    <message>
        <location filename="../core/pack/packexporter.cpp" line="+49"/>
        <source>The region %1 is not in the local store; sync it first.</source>
        <translation>Deegaanka %1 kuma jiro kaydka maxalliga ah; marka hore soo deji.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has not been synced in %2 yet; sync it first.</source>
        <translation>%1 weli laguma cusboonaysiin %2; marka hore soo deji.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+11"/>
        <source>Could not write %1: %2</source>
        <translation>%1 lama qori karin: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the local store: %1</source>
        <translation>Kaydka maxalliga ah lama akhrin karo: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackInstaller</name>
    <message>
        <location filename="../core/pack/packinstaller.cpp" line="+37"/>
        <source>Could not open %1: %2</source>
        <translation>%1 lama furi karin: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not unpack the pack into %1: %2</source>
        <translation>Xirmada laguma furfuri karin %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pack is damaged: its offline map cannot be read (%1).</source>
        <translation>Xirmadu way xumaatay: khariidaddeeda internet la&apos;aanta lama akhrin karo (%1).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not save the content pack: %1</source>
        <translation>Xirmada waxyaabaha lama kaydin karin: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackReader</name>
    <message>
        <location filename="../core/pack/packreader.cpp" line="+57"/>
        <source>The pack is damaged: it holds %1, which its manifest does not list.</source>
        <translation>Xirmadu way xumaatay: waxay haysaa %1, oo aan ku jirin liiska waxyaabaheeda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pack is damaged: %1 does not have the size its manifest gives.</source>
        <translation>Xirmadu way xumaatay: %1 ma laha cabbirka uu sheegayo liiska waxyaabaheedu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pack is damaged: %1 is too large.</source>
        <translation>Xirmadu way xumaatay: %1 aad buu u weyn yahay.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>Could not unpack the pack into %1: %2</source>
        <translation>Xirmada laguma furfuri karin %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack is damaged: %1 does not match its checksum.</source>
        <translation>Xirmadu way xumaatay: %1 ma waafaqsana checksum-keeda.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The pack is incomplete: %1 is missing.</source>
        <translation>Xirmadu waa dhiman tahay: %1 ma jiro.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pack is damaged: %1 is not valid (%2).</source>
        <translation>Xirmadu way xumaatay: %1 ma saxna (%2).</translation>
    </message>
</context>
<context>
    <name>integreat::pack::TarReader</name>
    <message>
        <location filename="../core/pack/tarreader.cpp" line="+86"/>
        <location line="+38"/>
        <location line="+10"/>
        <source>The pack ends early (it was cut short while copying?).</source>
        <translation>Xirmadu goor hore ayay dhammaatay (ma la gooyay intii la koobiyeynayay?).</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The pack is damaged: an empty block inside it.</source>
        <translation>Xirmadu way xumaatay: waxaa ku jira qayb madhan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pack is damaged: a part&apos;s header is not valid.</source>
        <translation>Xirmadu way xumaatay: madaxa qayb ka mid ah ma saxna.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pack is damaged: it holds something other than files.</source>
        <translation>Xirmadu way xumaatay: waxay haysaa wax aan fayl ahayn.</translation>
    </message>
</context>
<context>
    <name>integreat::print::Handout</name>
    <message>
        <location filename="../app/desktop/print/handout.cpp" line="+79"/>
        <source>Printed on %1</source>
        <translation>La daabacay %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last updated on %1</source>
        <translation>La cusboonaysiiyay %1</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Page %1 of %2</source>
        <translation>Bogga %1 ee %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot write %1: the file could not be created</source>
        <translation>Lama qori karo %1: faylka lama samayn karin</translation>
    </message>
</context>
<context>
    <name>integreat::print::HandoutHtml</name>
    <message>
        <location filename="../app/desktop/print/handouthtml.cpp" line="+112"/>
        <location line="+6"/>
        <source>Closed</source>
        <translation>Xiran</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open all day</source>
        <translation>Furan maalinta oo dhan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only with an appointment</source>
        <translation>ballan oo keliya</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>today</source>
        <translation>maanta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Phone</source>
        <translation>Taleefan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobayl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact</source>
        <translation>Xiriir</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Address</source>
        <translation>Cinwaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>Si ku meel gaar ah u xiran</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today</source>
        <translation>Maanta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>Saacadaha furitaanka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appointments</source>
        <translation>Ballamo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About</source>
        <translation>Ku saabsan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>Goorma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Halkee</translation>
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
        <translation>%1 kuma jiro kaydka maxalliga ah ee %2 (%3).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This item does not exist in “%1”. It exists in: %2.</source>
        <translation>Shaygan kuma jiro “%1”. Wuxuu ku jiraa: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other language</source>
        <translation>luqad kale ma jirto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The “%1” version of this item is not stored; sync that language first.</source>
        <translation>Nooca “%1” ee shaygan lama kaydin; marka hore soo deji luqaddaas.</translation>
    </message>
</context>
<context>
    <name>integreat::print::PrintActions</name>
    <message>
        <location filename="../app/desktop/print/printactions.cpp" line="+23"/>
        <location line="+46"/>
        <source>Print…</source>
        <translation>Daabac…</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+46"/>
        <source>Save as PDF…</source>
        <translation>U kaydi PDF ahaan…</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Print next week&apos;s events…</source>
        <translation>Daabac dhacdooyinka toddobaadka soo socda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save next week&apos;s events as PDF…</source>
        <translation>U kaydi dhacdooyinka toddobaadka soo socda PDF ahaan…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Print this week&apos;s events…</source>
        <translation>Daabac dhacdooyinka toddobaadkan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this week&apos;s events as PDF…</source>
        <translation>U kaydi dhacdooyinka toddobaadkan PDF ahaan…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the local store: %1</source>
        <translation>Kaydka maxalliga ah lama akhrin karo: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot print</source>
        <translation>Lama daabici karo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The printer could not be used.</source>
        <translation>Daabacaha lama isticmaali karin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as PDF</source>
        <translation>U kaydi PDF ahaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dukumentiyada PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>integreat::print::WeekHtml</name>
    <message>
        <location filename="../app/desktop/print/weekhtml.cpp" line="+39"/>
        <source>Events of the week</source>
        <translation>Dhacdooyinka toddobaadka</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No events on this day.</source>
        <translation>Maalintan dhacdooyin ma jiraan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This event is not translated.</source>
        <translation>Dhacdadan lama turjumin.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All day</source>
        <translation>Maalinta oo dhan</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>irregular dates: check with the organizer</source>
        <translation>taariikho aan joogto ahayn: ka hubi qabanqaabiyaha</translation>
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
        <translation>Dhacdooyin %1 ah laguma kaydin “%2”: waxba ma jiraan oo la daabaco.</translation>
    </message>
</context>
<context>
    <name>integreat::session::SessionWiper</name>
    <message>
        <location filename="../app/desktop/session/sessionwiper.cpp" line="+46"/>
        <source>The file dialogs&apos; history could not be cleared (%1).</source>
        <translation>Taariikhda daaqadaha faylasha lama tirtiri karin (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not delete %1.</source>
        <translation>Lama tirtiri karin %1.</translation>
    </message>
</context>
<context>
    <name>integreat::speech::QtSpeechEngine</name>
    <message>
        <location filename="../app/desktop/speech/qtspeechengine.cpp" line="+27"/>
        <source>The speech service failed.</source>
        <translation>Adeegga codka wuu fashilmay.</translation>
    </message>
</context>
<context>
    <name>integreat::speech::ReadAloud</name>
    <message>
        <location filename="../app/desktop/speech/readaloud.cpp" line="+43"/>
        <source>No voice for %1 on this computer</source>
        <translation>Cod %1 ah kuma jiro kombiyuutarkan</translation>
    </message>
</context>
<context>
    <name>integreat::speech::ReadAloudBar</name>
    <message>
        <location filename="../app/desktop/speech/readaloudbar.cpp" line="+21"/>
        <source>Stop</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Xawaare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slow</source>
        <translation>Tartiib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal speed</source>
        <translation>Xawaare caadi ah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast</source>
        <translation>Dhakhso</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pause</source>
        <translation>Hakad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Sii wad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read aloud</source>
        <translation>Kor u akhri</translation>
    </message>
</context>
<context>
    <name>integreat::store::StoreRescue</name>
    <message>
        <location filename="../core/store/storerescue.cpp" line="+36"/>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 waa gal, ma aha fayl database</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the integrity check found: %1</source>
        <translation>hubinta saxnaanta waxay heshay: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not move %1 to %2.</source>
        <translation>Lama rari karin %1 loona rari karin %2.</translation>
    </message>
</context>
<context>
    <name>integreat::sync::LanguageFetcher</name>
    <message>
        <location filename="../core/sync/languagefetcher.cpp" line="+89"/>
        <source>region list</source>
        <translation>liiska deegaannada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pages</source>
        <translation>bogagga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>events</source>
        <translation>dhacdooyinka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>places</source>
        <translation>goobaha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>place categories</source>
        <translation>noocyada goobaha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imprint</source>
        <translation>impressum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>news</source>
        <translation>wararka</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+22"/>
        <source>Cancelled.</source>
        <translation>Waa la joojiyay.</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+115"/>
        <source>Could not download the %1: %2</source>
        <translation>Lama soo dejin karin %1: %2</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>The server sent damaged data for the %1 (%2 at byte %3).</source>
        <translation>Server-ku wuxuu soo diray xog xumaatay oo %1 ah (%2 byte %3).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>news: not offered by the server; the stored news are kept</source>
        <translation>warar: server-ku ma bixiyo; wararka kaydsan way sii jiraan</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <location line="+52"/>
        <location line="+60"/>
        <source>The %1 could not be read: %2</source>
        <translation>%1 lama akhrin karin: %2</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The language “%1” is not available in this region (HTTP 404).</source>
        <translation>Luqadda “%1” laguma helo deegaankan (HTTP 404).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found on the server (HTTP 404).</source>
        <translation>Laguma helin server-ka (HTTP 404).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>imprint: not offered by the server</source>
        <translation>impressum: server-ku ma bixiyo</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ListCheck</name>
    <message>
        <location filename="../core/sync/listcheck.cpp" line="+29"/>
        <source>The server sent %1 items for the %2, more than the %3 this app accepts; the stored %2 are kept.</source>
        <translation>Server-ku wuxuu soo diray %1 shay oo %2 ah, in ka badan %3 ee barnaamijkani aqbalo; %2 kaydsan way sii jiraan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No item of the %1 could be read (%2 received; first problem: %3); the stored %1 are kept.</source>
        <translation>Hal shay oo %1 ah lama akhrin karin (%2 la helay; dhibaatada koowaad: %3); %1 kaydsan way sii jiraan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of the %2 items of the %3 could not be read (%4); the stored %3 are kept.</source>
        <translation>%1 ka mid ah %2 shay oo %3 ah lama akhrin karin (%4); %3 kaydsan way sii jiraan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Item %1 of the %2 holds %3 characters of text, more than the %4 this app accepts; the stored %2 are kept.</source>
        <translation>Shayga %1 ee %2 wuxuu hayaa %3 xaraf oo qoraal ah, in ka badan %4 ee barnaamijkani aqbalo; %2 kaydsan way sii jiraan.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server&apos;s list of pages for “%1” would remove %2 of the %3 stored pages; the stored pages are kept. Confirm the removal to apply it.</source>
        <translation>Liiska bogagga server-ka ee “%1” wuxuu saari lahaa %2 ka mid ah %3 bog oo kaydsan; bogagga kaydsan way sii jiraan. Xaqiiji saarista si loo dabaqo.</translation>
    </message>
</context>
<context>
    <name>integreat::sync::NewsWatcher</name>
    <message>
        <location filename="../core/sync/newswatcher.cpp" line="+38"/>
        <source>The news list could not be read: %1</source>
        <translation>Liiska wararka lama akhrin karin: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::PackImporter</name>
    <message>
        <location filename="../core/sync/packimporter.cpp" line="+43"/>
        <source>The content pack is incomplete: %1 is missing.</source>
        <translation>Xirmada waxyaabaha ma dhammaystirna: %1 ayaa maqan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>The content pack is damaged: %1 (%2).</source>
        <translation>Xirmada waxyaabaha way xumaatay: %1 (%2).</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The content pack names no region it contains.</source>
        <translation>Xirmada waxyaabaha ma sheegin deegaan ay ka kooban tahay.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The content pack has none of the languages %1.</source>
        <translation>Xirmada waxyaabaha ma laha midna luqadaha %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not create the folder %1.</source>
        <translation>Lama samayn karin galka %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not write %1: %2</source>
        <translation>Lama qori karin %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save the content pack: %1</source>
        <translation>Xirmada waxyaabaha lama kaydin karin: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::PageTree</name>
    <message>
        <location filename="../core/sync/pagetree.cpp" line="+33"/>
        <source>page %1: its parent %2 is not in the list; shown at the top level</source>
        <translation>bogga %1: waalidkiis %2 kuma jiro liiska; waxaa lagu muujiyay heerka ugu sarreeya</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>page %1: its parents lead back to itself; shown at the top level</source>
        <translation>bogga %1: waalidkiis waxay dib ugu noqdaan isaga laftiisa; waxaa lagu muujiyay heerka ugu sarreeya</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ResourceDownloader</name>
    <message>
        <location filename="../core/sync/resourcedownloader.cpp" line="+69"/>
        <source>Could not write the file: %1</source>
        <translation>Faylka lama qori karin: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cancelled.</source>
        <translation>Waa la joojiyay.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The server sent a web page instead of the file.</source>
        <translation>Server-ku wuxuu soo diray bog internet halkii uu ka soo diri lahaa faylka.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The server is busy (HTTP %1); the other files will be tried on the next sync.</source>
        <translation>Server-ku wuu mashquul yahay (HTTP %1); faylasha kale waxaa la isku dayi doonaa cusboonaysiinta xigta.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Stopped after %n failed downloads in a row; the other files will be tried on the next sync.</source>
        <translation>
            <numerusform>Waa la joojiyay %n soo dejin oo isku xiga oo fashilmay kadib; faylasha kale waxaa la isku dayi doonaa cusboonaysiinta xigta.</numerusform>
            <numerusform>Waa la joojiyay %n soo dejin oo isku xiga oo fashilmay kadib; faylasha kale waxaa la isku dayi doonaa cusboonaysiinta xigta.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The server gave an unexpected answer (HTTP %1).</source>
        <translation>Server-ku wuxuu bixiyay jawaab aan la filayn (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ResourceSync</name>
    <message>
        <location filename="../core/sync/resourcesync.cpp" line="+51"/>
        <source>Cannot create the folder for images and documents: %1</source>
        <translation>Lama samayn karo galka sawirrada iyo dukumentiyada: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not update the list of images and documents: %1</source>
        <translation>Liiska sawirrada iyo dukumentiyada lama cusboonaysiin karin: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+158"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… iyo %n kale.</numerusform>
            <numerusform>… iyo %n kale.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::sync::SyncEngine</name>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="+37"/>
        <source>loading the list of regions</source>
        <translation>liiska deegaannada waa la soo rarayaa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saving</source>
        <translation>waa la kaydinayaa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>waa dhammaatay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>downloading %1</source>
        <translation>waa la soo dejinayaa %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not load the list of regions from %1: %2</source>
        <translation>Liiska deegaannada lagama soo rari karin %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sent a damaged list of regions (%1 at byte %2).</source>
        <translation>Server-ku wuxuu soo diray liis deegaanno oo xumaaday (%1 byte %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of regions could not be read: %1</source>
        <translation>Liiska deegaannada lama akhrin karin: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>Could not save the list of regions: %1</source>
        <translation>Liiska deegaannada lama kaydin karin: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Could not load the languages of %1: %2</source>
        <translation>Luqadaha %1 lama soo rari karin: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server lists no languages for %1.</source>
        <translation>Server-ku luqad uma liis gareyn %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no region “%1” on the server.</source>
        <translation>Deegaanka “%1” kuma jiro server-ka.</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+15"/>
        <source>Cancelled.</source>
        <translation>Waa la joojiyay.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>%1 offers no language “%2” (it offers: %3).</source>
        <translation>%1 ma bixiyo luqadda “%2” (wuxuu bixiyaa: %3).</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Could not read the stored pages: %1</source>
        <translation>Bogagga kaydsan lama akhrin karin: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not save the content: %1</source>
        <translation>Waxyaabaha lama kaydin karin: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::SyncLock</name>
    <message>
        <location filename="../core/sync/synclock.cpp" line="+68"/>
        <source>A sync is already running (pid %1).</source>
        <translation>Cusboonaysiin ayaa horay u socota (pid %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync is already running.</source>
        <translation>Cusboonaysiin ayaa horay u socota.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the lock file %1: permission denied.</source>
        <translation>Lama samayn karo faylka quful-ka %1: oggolaansho ma jirto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the lock file %1 (is the disk full?).</source>
        <translation>Lama samayn karo faylka quful-ka %1 (diskigu ma buuxaa?).</translation>
    </message>
</context>
<context>
    <name>integreat::sync::WriteFailure</name>
    <message>
        <location filename="../core/sync/writefailure.cpp" line="+26"/>
        <location line="+15"/>
        <source>the disk is full (%1)</source>
        <translation>diskigu waa buuxaa (%1)</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>no permission to write in %1</source>
        <translation>oggolaansho looma hayo in wax lagu qoro %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+8"/>
        <source>%1 is on a read-only file system</source>
        <translation>%1 wuxuu ku jiraa nidaam fayl oo akhris-keliya ah</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file system refused to write %1</source>
        <translation>nidaamka faylka wuu diiday inuu qoro %1</translation>
    </message>
</context>
</TS>
