<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ti">
<context>
    <name>integreat::chat::ChatClient</name>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="+93"/>
        <source>The chat server answered with an error (HTTP %1).</source>
        <translation>ሰርቨር ቻት ብጌጋ መሊሱ (HTTP %1)።</translation>
    </message>
    <message>
        <location filename="../core/chat/chatthread.cpp" line="+18"/>
        <source>The chat server sent an answer that is not a chat.</source>
        <translation>ሰርቨር ቻት ቻት ዘይኮነ መልሲ ሰዲዱ።</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ChatSession</name>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="+94"/>
        <source>Too many messages. Please try again in a moment.</source>
        <translation>ብዙሕ መልእኽትታት። በጃኻ ቁሩብ ጸኒሕካ እንደገና ፈትን።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chat is not available in this town.</source>
        <translation>ቻት ኣብዚ ከተማ የለን።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No connection to the chat. It will be updated when you are online.</source>
        <translation>ምስ ቻት ርክብ የለን። ምስ ኢንተርነት ምስ ተራኸብካ ክሕደስ እዩ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection to the chat. Your message was not sent; it is kept so you can send it again.</source>
        <translation>ምስ ቻት ርክብ የለን። መልእኽትኻ ኣይተላእከን፤ እንደገና ክትሰዶ ምእንቲ ተዓቂቡ ኣሎ።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat could not be loaded: %1</source>
        <translation>ቻት ክጽዓን ኣይከኣለን: %1</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ContactMessage</name>
    <message>
        <location filename="../core/chat/contactmessage.cpp" line="+21"/>
        <source>Please enter your e-mail address: the answer is sent there.</source>
        <translation>በጃኻ ኣድራሻ ኢመይልካ ጸሓፍ፤ እቲ መልሲ ናብኡ ይለኣኽ።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not an e-mail address. Please check it (like name@example.org).</source>
        <translation>“%1” ኣድራሻ ኢመይል ኣይኮነን። በጃኻ ፈትሾ (ከም name@example.org)።</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please write your message.</source>
        <translation>በጃኻ መልእኽትኻ ጸሓፍ።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message is too long: at most %1 characters, it has %2.</source>
        <translation>መልእኽትኻ ኣዝዩ ነዊሕ እዩ፤ እንተ በዝሐ %1 ፊደላት ይፍቀድ፣ ንሱ ግን %2 ኣለዎ።</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ZammadForm</name>
    <message>
        <location filename="../core/chat/zammadform.cpp" line="+14"/>
        <source>Your message was sent. The answer comes to your e-mail address.</source>
        <translation>መልእኽትኻ ተላኢኹ። እቲ መልሲ ናብ ኣድራሻ ኢመይልካ ክመጽእ እዩ።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline: your message was not sent. Please send it again when this computer is connected to the internet.</source>
        <translation>ምስ ኢንተርነት ኣይተራኸብካን፤ መልእኽትኻ ኣይተላእከን። በጃኻ እዚ ኮምፒዩተር ምስ ኢንተርነት ምስ ተራኸበ እንደገና ስደዶ።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The town&apos;s contact server has a problem (error %1): your message was not sent. Please try again later.</source>
        <translation>ሰርቨር ርክብ ናይቲ ከተማ ጸገም ኣለዎ (ጌጋ %1)፤ መልእኽትኻ ኣይተላእከን። በጃኻ ጸኒሕካ እንደገና ፈትን።</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many messages were sent from here. Please wait a moment and try again.</source>
        <translation>ካብዚ ብዙሓት መልእኽትታት ተላኢኾም። በጃኻ ቁሩብ ተጸበ እሞ እንደገና ፈትን።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This contact form is switched off at the moment: your message was not sent.</source>
        <translation>እዚ ፎርም ርክብ ሕጂ ተዓጽዩ ኣሎ፤ መልእኽትኻ ኣይተላእከን።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contact server did not accept this e-mail address. Please check it.</source>
        <translation>ሰርቨር ርክብ ነዚ ኣድራሻ ኢመይል ኣይተቐበሎን። በጃኻ ፈትሾ።</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your message could not be sent: %1</source>
        <translation>መልእኽትኻ ክለኣኽ ኣይከኣለን: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the form has no web address to send to</source>
        <translation>እቲ ፎርም ዝለኣኸሉ ኣድራሻ መርበብ የብሉን</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the contact server refused it (error %1)</source>
        <translation>ሰርቨር ርክብ ኣይተቐበሎን (ጌጋ %1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the contact server&apos;s answer could not be used</source>
        <translation>መልሲ ሰርቨር ርክብ ክንጥቀመሉ ኣይከኣልናን</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the contact server found a problem with: %1</source>
        <translation>ሰርቨር ርክብ ኣብዚኣቶም ጸገም ረኺቡ: %1</translation>
    </message>
</context>
<context>
    <name>integreat::cli</name>
    <message>
        <location filename="../app/cli/clipin.cpp" line="+62"/>
        <source>New kiosk PIN (4 to 12 digits): </source>
        <translation>ሓድሽ PIN ናይ ኪዮስክ (ካብ 4 ክሳብ 12 ቁጽርታት): </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same PIN again: </source>
        <translation>ተመሳሳሊ PIN ደጊምካ: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two PINs differ; nothing was changed</source>
        <translation>እቶም ክልተ PIN ይፈላለዩ፤ ዋላ ሓንቲ ኣይተቐየረን</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no PIN was given (give it on standard input or at the prompt)</source>
        <translation>PIN ኣይተዋህበን (ብስታንዳርድ ኢንፑት ወይ ኣብቲ ሕቶ ሃቦ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a kiosk PIN has 4 to 12 digits</source>
        <translation>PIN ናይ ኪዮስክ ካብ 4 ክሳብ 12 ቁጽርታት ኣለዎ</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdimporttiles.cpp" line="+26"/>
        <source>Import an offline map (MBTiles, raster PNG/JPEG tiles) for a region. The desktop app shows it under the places when there is no network. Use maps whose licence allows offline use; OpenStreetMap&apos;s own tile servers do not.</source>
        <translation>ንሓደ ከባቢ ብዘይ ኢንተርነት ዝሰርሕ ካርታ (MBTiles፣ PNG/JPEG ስእልታት) ኣእቱ። ናይ ዴስክቶፕ ኣፕ ኔትወርክ ኣብ ዘይብሉ እዋን ኣብ ትሕቲ ቦታታት የርእዮ። ፍቓዶም ብዘይ ኢንተርነት ንምጥቃም ዘፍቅድ ካርታታት ተጠቐም፤ ናይ OpenStreetMap ናይ ባዕሉ ሰርቨራት ኣየፍቅዱን።</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmdprint.cpp" line="+33"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+93"/>
        <location filename="../app/cli/cmdshow.cpp" line="+53"/>
        <source>Region slug.</source>
        <translation>ስም ከባቢ (slug)።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .mbtiles file.</source>
        <translation>እቲ .mbtiles ፋይል።</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: integreat-cli import-tiles --region SLUG FILE.mbtiles</source>
        <translation>ኣጠቓቕማ: integreat-cli import-tiles --region SLUG FILE.mbtiles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported the offline map “%1” for %2 (zoom %3–%4) into %5</source>
        <translation>ብዘይ ኢንተርነት ዝሰርሕ ካርታ “%1” ንዝኾነ %2 (zoom %3–%4) ናብ %5 ኣቲዩ</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdkiosk.cpp" line="+77"/>
        <source>--%1 needs a number from %2 to %3</source>
        <translation>--%1 ካብ %2 ክሳብ %3 ቁጽሪ የድልዮ</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>kiosk setup needs --region SLUG</source>
        <translation>ምድላው ኪዮስክ --region SLUG የድልዮ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wrote the kiosk configuration %1.</source>
        <translation>ቅጥዒ ኪዮስክ %1 ተጻሒፉ።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integreat-cli: warning: no PIN is set, so nobody can open the kiosk&apos;s admin panel (set one with: integreat-cli kiosk set-pin --config %1)</source>
        <translation>integreat-cli: መጠንቀቕታ: PIN ስለ ዘይተቐመጠ፣ ዝኾነ ሰብ ናይ ኪዮስክ ምምሕዳር ክኸፍት ኣይክእልን እዩ (ብዚ ኣቐምጦ: integreat-cli kiosk set-pin --config %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(all stored)</source>
        <translation>(ኩሉ ዝተዓቀበ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration:     %1</source>
        <translation>ቅጥዒ:              %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk mode:        %1</source>
        <translation>ኩነታት ኪዮስክ:       %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation>ክፉት</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>ዕጹው</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions:           %1</source>
        <translation>ከባቢታት:            %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:         %1</source>
        <translation>ቋንቋታት:            %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start language:    %1</source>
        <translation>ቋንቋ መጀመርታ:       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(first)</source>
        <translation>(እቲ ቀዳማይ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle seconds:      %1</source>
        <translation>ካልኢታት ዕረፍቲ:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countdown seconds: %1</source>
        <translation>ካልኢታት ቆጻሪ:       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections:          %1</source>
        <translation>ክፍልታት:            %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN:               %1</source>
        <translation>PIN:               %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set (PBKDF2-HMAC-SHA256, %1 iterations)</source>
        <translation>ተቐሚጡ (PBKDF2-HMAC-SHA256፣ %1 ድግግማት)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>ኣይተቐመጠን</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no region is configured in %1 (integreat-cli kiosk setup --region SLUG)</source>
        <translation>ኣብ %1 ዝተቐመጠ ከባቢ የለን (integreat-cli kiosk setup --region SLUG)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: updated less than %2 hours ago; skipped.</source>
        <translation>%1: ኣብ ዝሓለፈ %2 ሰዓታት ተሓዲሱ እዩ፤ ተሰጊሩ።</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Configure kiosk mode (integreat-desktop --kiosk):
  setup    write the configuration (--region, --languages, --idle-seconds, --countdown-seconds, --sections, --start-language, --pin)
  show     print it (--check: exit code only)
  set-pin  set a new PIN (standard input, or asked twice)
  sync     download the configured regions and languages (the nightly timer)
  disable  turn kiosk mode off (setup turns it on again)</source>
        <translation>ኩነታት ኪዮስክ ኣቐምጥ (integreat-desktop --kiosk):
  setup    ቅጥዒ ጸሓፍ (--region, --languages, --idle-seconds, --countdown-seconds, --sections, --start-language, --pin)
  show     ኣርእዮ (--check: exit code ጥራይ)
  set-pin  ሓድሽ PIN ኣቐምጥ (ስታንዳርድ ኢንፑት፣ ወይ ክልተ ግዜ ይሕተት)
  sync     ዝተቐመጡ ከባቢታትን ቋንቋታትን ኣውርድ (ናይ ለይቲ ሰዓት)
  disable  ኩነታት ኪዮስክ ዕጸው (setup ከም ብሓድሽ ይኸፍቶ)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>setup, show, set-pin, sync or disable</source>
        <translation>setup, show, set-pin, sync ወይ disable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: integreat-cli kiosk setup|show|set-pin|sync|disable [--config FILE] (see --help)</source>
        <translation>ኣጠቓቕማ: integreat-cli kiosk setup|show|set-pin|sync|disable [--config FILE] (--help ርአ)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The kiosk PIN is set.</source>
        <translation>PIN ናይ ኪዮስክ ተቐሚጡ።</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kiosk mode is disabled (integreat-cli kiosk setup enables it again).</source>
        <translation>ኩነታት ኪዮስክ ተዓጽዩ (integreat-cli kiosk setup ከም ብሓድሽ ይኸፍቶ)።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kiosk action “%1” (setup, show, set-pin, sync or disable)</source>
        <translation>ዘይፍለጥ ተግባር ኪዮስክ “%1” (setup, show, set-pin, sync ወይ disable)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdprint.cpp" line="-2"/>
        <source>Write a stored page, place or event, or this week&apos;s events, as a printable PDF handout, in one language or two side by side.</source>
        <translation>ዝተዓቀበ ገጽ፣ ቦታ ወይ ፍጻመ፣ ወይ ፍጻመታት ናይዚ ሰሙን፣ ከም ዝሕተም ወረቐት PDF ጸሓፍ፣ ብሓደ ቋንቋ ወይ ብክልተ ቋንቋ ጎን ንጎን።</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmdshow.cpp" line="+1"/>
        <source>Language code.</source>
        <translation>ኮድ ቋንቋ።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print this language in a second column.</source>
        <translation>ነዚ ቋንቋ ኣብ ካልኣይ ዓምዲ ሕተሞ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF file to write.</source>
        <translation>ዝጽሓፍ PDF ፋይል።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the events of the 7 days from today (or --from), instead of PATH.</source>
        <translation>ኣብ ክንዲ PATH፣ ፍጻመታት ናይ 7 መዓልቲ ካብ ሎሚ (ወይ ካብ --from) ሕተም።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week&apos;s first day (with --week).</source>
        <translation>መጀመርታ መዓልቲ ናይቲ ሰሙን (ምስ --week)።</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmdshow.cpp" line="+2"/>
        <source>Path such as /augsburg/de/willkommen/</source>
        <translation>መንገዲ ከም /augsburg/de/willkommen/</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: integreat-cli print --region SLUG --language CODE [--second-language CODE] (PATH | --week [--from YYYY-MM-DD]) --pdf FILE</source>
        <translation>ኣጠቓቕማ: integreat-cli print --region SLUG --language CODE [--second-language CODE] (PATH | --week [--from YYYY-MM-DD]) --pdf FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--from needs a date such as 2026-12-07.</source>
        <translation>--from ከም 2026-12-07 ዝበለ ዕለት የድልዮ።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder; give the name of the PDF file to write.</source>
        <translation>%1 ፎልደር እዩ፤ ስም ናይቲ ዝጽሓፍ PDF ፋይል ሃብ።</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+72"/>
        <location filename="../app/cli/cmdshow.cpp" line="+51"/>
        <location filename="../app/cli/cmdstatus.cpp" line="+80"/>
        <source>Cannot read the local store: %1</source>
        <translation>እቲ ኣብዚ ዝተዓቀበ ትሕዝቶ ክንበብ ኣይከኣለን: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1</source>
        <translation>%1 ተጻሒፉ</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdregions.cpp" line="+42"/>
        <source>List the regions on the server: name, slug, languages.</source>
        <translation>ኣብ ሰርቨር ዘለዉ ከባቢታት ዘርዝር: ስም፣ slug፣ ቋንቋታት።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include hidden regions.</source>
        <translation>ሕቡኣት ከባቢታት ውን ኣእቱ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cmdsearch.cpp" line="-63"/>
        <location filename="../app/cli/cmdstatus.cpp" line="-14"/>
        <source>Print JSON.</source>
        <translation>JSON ሕተም።</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>  (hidden)</source>
        <translation>  (ሕቡእ)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdrepair.cpp" line="+31"/>
        <source>Downloading %1 (%2) again …</source>
        <translation>%1 (%2) ከም ብሓድሽ ይወርድ ኣሎ …</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmdsync.cpp" line="+252"/>
        <source>%1: FAILED: %2</source>
        <translation>%1: ኣይተዓወተን: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: %3 items</source>
        <translation>%1 %2: %3 ኣቕሑ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2: FAILED: %3</source>
        <translation>%1 %2: ኣይተዓወተን: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the local store; when it is damaged, move it aside (with -wal and -shm, under a dated name), start a fresh one and download again the regions and languages it held.</source>
        <translation>ኣብዚ ዝተዓቀበ ትሕዝቶ ፈትሽ፤ እንተ ተበላሽዩ ንጎኒ ኣግልሶ (ምስ -wal ን -shm፣ ብዕለት ዘለዎ ስም)፣ ሓድሽ ጀምርን ዝነበሩ ከባቢታትን ቋንቋታትን ከም ብሓድሽ ኣውርድን።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only check the store; change nothing.</source>
        <translation>ትሕዝቶ ጥራይ ፈትሽ፤ ዋላ ሓንቲ ኣይትቐይር።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download this region again instead of those the old store held.</source>
        <translation>ኣብ ክንዲ እቶም ኣብቲ ኣረጊት ትሕዝቶ ዝነበሩ፣ ነዚ ከባቢ ከም ብሓድሽ ኣውርድ።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --region: comma-separated language codes (default: all).</source>
        <translation>ምስ --region: ብኮማ ዝተፈላለዩ ኮድ ቋንቋታት (ነባሪ: ኩሎም)።</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no local store at %1 yet; nothing to repair.</source>
        <translation>ኣብ %1 ገና ዝተዓቀበ ትሕዝቶ የለን፤ ዝዕረ ነገር የለን።</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local store %1 is sound; nothing to repair.</source>
        <translation>እቲ ኣብ %1 ዝተዓቀበ ትሕዝቶ ጥዑይ እዩ፤ ዝዕረ ነገር የለን።</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>all languages</source>
        <translation>ኩሎም ቋንቋታት</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local store %1 is damaged: %2</source>
        <translation>እቲ ኣብ %1 ዝተዓቀበ ትሕዝቶ ተበላሽዩ: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved region can be read from it.</source>
        <translation>ካብኡ ዝኾነ ዝተዓቀበ ከባቢ ክንበብ ኣይክእልን።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions it still names: %1</source>
        <translation>ገና ዝጠቕሶም ከባቢታት: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the local store is damaged; run “integreat-cli repair” to move it aside and download the content again</source>
        <translation>እቲ ኣብዚ ዝተዓቀበ ትሕዝቶ ተበላሽዩ፤ ንጎኒ ንምግላስን ትሕዝቶ ከም ብሓድሽ ንምውራድን “integreat-cli repair” ኣሰርሕ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repair when it has finished.</source>
        <translation>ምስ ተወድአ ኣዕሪ።</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moved it aside to %1 (nothing was deleted).</source>
        <translation>ናብ %1 ንጎኒ ተገሊሱ (ዋላ ሓንቲ ኣይተደምሰሰን)።</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started a fresh store at %1.</source>
        <translation>ኣብ %1 ሓድሽ መኽዘን ተጀሚሩ።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved region could be read from the old file. Download one with: integreat-cli sync --region SLUG</source>
        <translation>ካብቲ ኣረጊት ፋይል ዝኾነ ዝተዓቀበ ከባቢ ክንበብ ኣይከኣለን። ሓደ ብዚ ኣውርድ: integreat-cli sync --region SLUG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the store was repaired, but not every language could be downloaded again; run integreat-cli sync later</source>
        <translation>መኽዘን ተዓርዩ፣ ግን ኩሎም ቋንቋታት ከም ብሓድሽ ክወርዱ ኣይከኣሉን፤ ጸኒሕካ integreat-cli sync ኣሰርሕ</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsearch.cpp" line="-64"/>
        <source>(found in %1)</source>
        <translation>(ኣብ %1 ተረኺቡ)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Search the stored pages, events, places and news of a region, offline. Pages with every word (at the start of a word of the title or the text; titles count double) come first, then pages where a misspelt word is corrected, another form of a word or a compound containing it matches; a question finds the pages sharing its rarer words.</source>
        <translation>ኣብ ዝተዓቀቡ ገጻት፣ ፍጻመታት፣ ቦታታትን ዜናታትን ናይ ሓደ ከባቢ ብዘይ ኢንተርነት ድለ። ኩሉ ቃላት ዘለዎም ገጻት (ኣብ መጀመርታ ቃል ናይ ኣርእስቲ ወይ ጽሑፍ፤ ኣርእስትታት ዕጽፊ ይቑጸሩ) ቅድም ይመጹ፣ ደሓር ጌጋ ዝተጻሕፈ ቃል ዝተኣረመሉ፣ ካልእ ቅርጺ ቃል ወይ ዝሓዞ ዝተጻመረ ቃል ዝሰማማዕሉ ገጻት፤ ሕቶ ነቶም ሳሕቲ ዝርከቡ ቃላቱ ዝካፈሉ ገጻት ይረክብ።</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language code (the user&apos;s).</source>
        <translation>ኮድ ቋንቋ (ናይቲ ተጠቃሚ)።</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search German too; a German hit is shown in the language when it is translated.</source>
        <translation>ብጀርመንኛ ውን ድለ፤ ናይ ጀርመንኛ ውጽኢት ምስ ተተርጎመ ብቋንቋኻ ይርአ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every stored language.</source>
        <translation>ኣብ ኩሎም ዝተዓቀቡ ቋንቋታት ድለ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N results (1-75, default 75).</source>
        <translation>እንተ በዝሐ N ውጽኢታት (1-75፣ ነባሪ 75)።</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read one query per line; print HITS&lt;TAB&gt;MILLISECONDS&lt;TAB&gt;QUERY each.</source>
        <translation>ኣብ ነፍሲ ወከፍ መስመር ሓደ ሕቶ ኣንብብ፤ ንነፍሲ ወከፍ HITS&lt;TAB&gt;MILLISECONDS&lt;TAB&gt;QUERY ሕተም።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words to search for.</source>
        <translation>ዝድለዩ ቃላት።</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: integreat-cli search --region SLUG --language CODE [--also-german | --all-languages] [--limit N] [--json] QUERY… (or --stdin)</source>
        <translation>ኣጠቓቕማ: integreat-cli search --region SLUG --language CODE [--also-german | --all-languages] [--limit N] [--json] QUERY… (ወይ --stdin)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--also-german and --all-languages exclude each other</source>
        <translation>--also-german ን --all-languages ን ብሓንሳብ ክሰርሑ ኣይክእሉን</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--limit needs a number from 1 to %1</source>
        <translation>--limit ካብ 1 ክሳብ %1 ቁጽሪ የድልዮ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing of %1 (%2) is in the local store. Sync it first: integreat-cli sync --region %1 --languages %2</source>
        <translation>ካብ %1 (%2) ዋላ ሓንቲ ኣብዚ ኣይተዓቀበን። ቅድም ኣውርዶ: integreat-cli sync --region %1 --languages %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No results for “%1”.</source>
        <translation>ን “%1” ዝኾነ ውጽኢት የለን።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results for “%1”:</source>
        <translation>ውጽኢታት ን “%1”:</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdshow.cpp" line="-55"/>
        <source>Print the title and text of a stored page, event or place.</source>
        <translation>ኣርእስትን ጽሑፍን ናይ ዝተዓቀበ ገጽ፣ ፍጻመ ወይ ቦታ ሕተም።</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: integreat-cli show --region SLUG --language CODE PATH</source>
        <translation>ኣጠቓቕማ: integreat-cli show --region SLUG --language CODE PATH</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last updated: %1</source>
        <translation>ናይ መወዳእታ ምሕዳስ: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization: %1</source>
        <translation>ትካል: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When: %1</source>
        <translation>መዓስ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where: %1</source>
        <translation>ኣበይ: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category: %1</source>
        <translation>ዓይነት: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: %1</source>
        <translation>ኣድራሻ: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not in the local store for %2 (%3). Sync it first: integreat-cli sync --region %2 --languages %3</source>
        <translation>%1 ኣብዚ ን %2 (%3) ኣይተዓቀበን። ቅድም ኣውርዶ: integreat-cli sync --region %2 --languages %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdstatus.cpp" line="-21"/>
        <source>  %1: %2 pages, %3 events, %4 places, %5 news</source>
        <translation>  %1: %2 ገጻት፣ %3 ፍጻመታት፣ %4 ቦታታት፣ %5 ዜናታት</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; synced %1</source>
        <translation>፤ %1 ተሓዲሱ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; never synced</source>
        <translation>፤ ፈጺሙ ኣይተሓደሰን</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; last attempt failed: %1</source>
        <translation>፤ ናይ መወዳእታ ፈተነ ኣይተዓወተን: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show what the local store holds, per region and language.</source>
        <translation>ኣብዚ ዝተዓቀበ ትሕዝቶ ብከባቢን ብቋንቋን ኣርኢ።</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Store: %1 (%2)</source>
        <translation>መኽዘን: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No region synced yet. Try: integreat-cli sync --region augsburg</source>
        <translation>ገና ዝተሓደሰ ከባቢ የለን። ፈትን: integreat-cli sync --region augsburg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images and documents: %1 files (%2)</source>
        <translation>ስእልታትን ሰነዳትን: %1 ፋይላት (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %1 not downloaded yet, tried again on the next sync</source>
        <translation>፤ %1 ገና ኣይወረደን፣ ኣብ ዝቕጽል ምሕዳስ ከም ብሓድሽ ይፍተን</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdpack.cpp" line="+33"/>
        <location filename="../app/cli/cmdsync.cpp" line="-206"/>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
        <translation>%1 ተወሲኹ፣ %2 ተቐይሩ፣ %3 ተኣልዩ፣ %4 ኣይተቐየረን</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 pages, %3 events, %4 places, %5 news (synced %6)</source>
        <translation>%1: %2 ገጻት፣ %3 ፍጻመታት፣ %4 ቦታታት፣ %5 ዜናታት (%6 ተሓዲሱ)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote the content pack %1 of %2 to %3 (%4; %5 images and documents%6).</source>
        <translation>ጥቕሉል ትሕዝቶ %1 ናይ %2 ናብ %3 ተጻሒፉ (%4፤ %5 ስእልታትን ሰነዳትን%6)።</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, offline map</source>
        <translation>፣ ብዘይ ኢንተርነት ዝሰርሕ ካርታ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Try again when it has finished.</source>
        <translation>ምስ ተወድአ ከም ብሓድሽ ፈትን።</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content pack %1 of %2, made %3</source>
        <translation>ጥቕሉል ትሕዝቶ %1 ናይ %2፣ ዝተሰርሓሉ: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: imported (content of %2): %3</source>
        <translation>%1: ኣትዩ (ትሕዝቶ ናይ %2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: skipped: this PC&apos;s content (synced %2) is newer than the pack&apos;s (%3); use --force to import it anyway</source>
        <translation>%1: ተሰጊሩ፤ ትሕዝቶ ናይዚ ኮምፒዩተር (%2 ተሓዲሱ) ካብ ናይቲ ጥቕሉል (%3) ይሓድስ፤ ብዘየገድስ ንምእታዉ --force ተጠቐም</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images and documents: %1%2</source>
        <translation>ስእልታትን ሰነዳትን: %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; offline map installed</source>
        <translation>፤ ብዘይ ኢንተርነት ዝሰርሕ ካርታ ተተኺሉ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Content packs: one file with a region&apos;s content, images and offline map, to carry to PCs without (fast) internet or to a whole fleet.
  pack export --region SLUG [--languages de,en] FILE.integreat-pack
  pack import [--force] FILE.integreat-pack
  pack import --watch DIR    import every new pack that appears in DIR, until stopped</source>
        <translation>ጥቕሉላት ትሕዝቶ: ትሕዝቶ፣ ስእልታትን ብዘይ ኢንተርነት ዝሰርሕ ካርታን ናይ ሓደ ከባቢ ዝሓዘ ሓደ ፋይል፣ ናብ ኮምፒዩተራት ብዘይ (ቅልጡፍ) ኢንተርነት ወይ ናብ ብዙሓት ኮምፒዩተራት ብሓንሳብ ንምውሳድ።
  pack export --region SLUG [--languages de,en] FILE.integreat-pack
  pack import [--force] FILE.integreat-pack
  pack import --watch DIR    ክሳብ ዝቋረጽ፣ ኣብ DIR ዝቐርብ ነፍሲ ወከፍ ሓድሽ ጥቕሉል ኣእቱ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region slug (export).</source>
        <translation>slug ናይ ከባቢ (ን export)።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated language codes (export; default: all stored).</source>
        <translation>ብኮማ ዝተፈላለዩ ኮድ ቋንቋታት (export፤ ነባሪ: ኩሎም ዝተዓቀቡ)።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import languages even where this PC has newer content.</source>
        <translation>ዋላ እዚ ኮምፒዩተር ዝሓደሰ ትሕዝቶ እንተ ሃለዎ፣ ቋንቋታት ኣእቱ።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch a folder and import each new or changed pack in it.</source>
        <translation>ሓደ ፎልደር ተኸታተል፣ ኣብኡ ዘሎ ነፍሲ ወከፍ ሓድሽ ወይ ዝተቐየረ ጥቕሉል ድማ ኣእቱ።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export or import</source>
        <translation>export ወይ import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack file.</source>
        <translation>ፋይል ናይቲ ጥቕሉል።</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE.integreat-pack</source>
        <translation>ኣጠቓቕማ: integreat-cli pack export --region SLUG [--languages de,en] FILE.integreat-pack</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE, pack import [--force] FILE or pack import --watch DIR</source>
        <translation>ኣጠቓቕማ: integreat-cli pack export --region SLUG [--languages de,en] FILE, pack import [--force] FILE ወይ pack import --watch DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsync.cpp" line="+27"/>
        <source>resources: %1 downloaded, %2 unchanged, %3 failed</source>
        <translation>ስእልታትን ሰነዳትን: %1 ወሪዱ፣ %2 ኣይተቐየረን፣ %3 ኣይተዓወተን</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1 not tried (will retry next sync)</source>
        <translation>፣ %1 ኣይተፈተነን (ኣብ ዝቕጽል ምሕዳስ ይፍተን)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (will retry next sync)</source>
        <translation> (ኣብ ዝቕጽል ምሕዳስ ይፍተን)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 no longer used removed</source>
        <translation>፣ %1 ዘይጥቀሙ ተኣልዮም</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 received</source>
        <translation>፤ %1 በጺሑ</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>warning: resource: %1</source>
        <translation>መጠንቀቕታ: ፋይል: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: … and %1 more resource problems (see --json)</source>
        <translation>መጠንቀቕታ: … ካልኦት %1 ጸገማት ፋይላት (--json ርአ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: images and documents not downloaded: %1; they will be tried again on the next sync.</source>
        <translation>መጠንቀቕታ: ዘይወረዱ ስእልታትን ሰነዳትን: %1፤ ኣብ ዝቕጽል ምሕዳስ ከም ብሓድሽ ይፍተኑ።</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download a region&apos;s content (pages, events, places, news, imprint) into the local store. Each language is saved whole or not at all.</source>
        <translation>ትሕዝቶ ሓደ ከባቢ (ገጻት፣ ፍጻመታት፣ ቦታታት፣ ዜናታት፣ ኢምፕሪንት) ናብዚ ኣውርድ። ነፍሲ ወከፍ ቋንቋ ብምሉኡ ይዕቀብ ወይ ፈጺሙ ኣይዕቀብን።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region slug, e.g. augsburg.</source>
        <translation>ስም ከባቢ (slug)፣ ንኣብነት augsburg።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated language codes, or “all” (default).</source>
        <translation>ብኮማ ዝተፈላለዩ ኮድ ቋንቋታት፣ ወይ “all” (ነባሪ)።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as JSON on stdout.</source>
        <translation>ውጽኢት ከም JSON ኣብ stdout ሕተም።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not download the images and documents (PDFs) the content refers to.</source>
        <translation>እቲ ትሕዝቶ ዝጠቕሶም ስእልታትን ሰነዳትን (PDF) ኣይተውርድ።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply a pages list even when it removes more than half of the stored pages of a language (refused otherwise, keeping the stored pages).</source>
        <translation>ዝርዝር ገጻት ልዕሊ ፍርቂ ናይ ዝተዓቀቡ ገጻት ሓደ ቋንቋ እንተ ኣልዩ ውን ተግብሮ (ከምኡ እንተ ዘይኮይኑ ይንጸግ፣ ዝተዓቀቡ ገጻት ይጸንሑ)።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When another sync of this data folder is running, wait for it to end instead of giving up.</source>
        <translation>ካልእ ምሕዳስ ናይዚ ፎልደር እንተ ሰሪሑ፣ ኣብ ክንዲ ምቑራጽ ክሳብ ዝውዳእ ተጸበ።</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests to the server at once (default %1): the languages download side by side.</source>
        <translation>ብሓንሳብ ናብ ሰርቨር ዝለኣኹ ሕቶታት (ነባሪ %1): ቋንቋታት ብሓባር ይወርዱ።</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sync needs --region SLUG (see integreat-cli regions)</source>
        <translation>sync --region SLUG የድልዮ (integreat-cli regions ርአ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--connections needs a number from 1 to %1</source>
        <translation>--connections ካብ 1 ክሳብ %1 ቁጽሪ የድልዮ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--languages needs codes such as de,en,ar or “all”</source>
        <translation>--languages ከም de,en,ar ዝኣመሰሉ ኮድ ወይ “all” የድልዮ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>integreat-cli: %1 received: cancelling the sync; the stored content stays as it was.</source>
        <translation>integreat-cli: %1 በጺሑ: ምሕዳስ ይቋረጽ ኣሎ፤ ዝተዓቀበ ትሕዝቶ ከም ዝነበሮ ይጸንሕ።</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+89"/>
        <source>sync cancelled</source>
        <translation>ምሕዳስ ተቋሪጹ</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Try again when it has finished, or use --wait.</source>
        <translation>ምስ ተወድአ ከም ብሓድሽ ፈትን፣ ወይ --wait ተጠቐም።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Waiting for it to finish …</source>
        <translation>%1 ክሳብ ዝውዳእ ይጽበ ኣሎ …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>: 1 item</source>
        <translation>: 1 ኣቕሓ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: %1 items</source>
        <translation>: %1 ኣቕሑ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[resources] images and documents: %1 of %2</source>
        <translation>[resources] ስእልታትን ሰነዳትን: %1 ካብ %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>warning: %1: %2</source>
        <translation>መጠንቀቕታ: %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>If the server really removed these pages, run the sync again with --allow-mass-removal.</source>
        <translation>ሰርቨር ነዞም ገጻት ብሓቂ እንተ ኣልይዎም፣ ምሕዳስ ምስ --allow-mass-removal ከም ብሓድሽ ኣሰርሕ።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync failed for %1</source>
        <translation>ምሕዳስ ን %1 ኣይተዓወተን</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+36"/>
        <source>List the regions on the server.</source>
        <translation>ኣብ ሰርቨር ዘለዉ ከባቢታት ዘርዝር።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download a region&apos;s content into the local store.</source>
        <translation>ትሕዝቶ ሓደ ከባቢ ናብዚ ኣውርድ።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what the local store holds.</source>
        <translation>ኣብዚ ዝተዓቀበ ትሕዝቶ ኣርኢ።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a stored page, event or place.</source>
        <translation>ዝተዓቀበ ገጽ፣ ፍጻመ ወይ ቦታ ሕተም።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the stored content, offline.</source>
        <translation>ኣብ ዝተዓቀበ ትሕዝቶ ብዘይ ኢንተርነት ድለ።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the local store; move a damaged one aside and download again.</source>
        <translation>ዝተዓቀበ ትሕዝቶ ፈትሽ፤ እንተ ተበላሽዩ ንጎኒ ኣግልሶን ከም ብሓድሽ ኣውርድን።</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import an offline map (MBTiles) for a region.</source>
        <translation>ንሓደ ከባቢ ብዘይ ኢንተርነት ዝሰርሕ ካርታ (MBTiles) ኣእቱ።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configure kiosk mode: setup, show, set-pin, disable.</source>
        <translation>ኩነታት ኪዮስክ ኣቐምጥ: setup, show, set-pin, disable።</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a stored page, place or event, or this week&apos;s events, as a PDF handout.</source>
        <translation>ዝተዓቀበ ገጽ፣ ቦታ ወይ ፍጻመ፣ ወይ ፍጻመታት ናይዚ ሰሙን፣ ከም ወረቐት PDF ጸሓፍ።</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export or import a content pack (one file per region), or watch a folder for packs.</source>
        <translation>ጥቕሉል ትሕዝቶ (ንነፍሲ ወከፍ ከባቢ ሓደ ፋይል) ኣውጽእ ወይ ኣእቱ፣ ወይ ንጥቕሉላት ሓደ ፎልደር ተኸታተል።</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: integreat-cli [global options] COMMAND [options]

Keeps the content of Integreat regions in a local store that works offline.

Commands:
</source>
        <translation>ኣጠቓቕማ: integreat-cli [global options] COMMAND [options]

ትሕዝቶ ከባቢታት Integreat ብዘይ ኢንተርነት ኣብ ዝሰርሕ መኽዘን ይዕቅብ።

ትእዛዛት:
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
ሓፈሻዊ ምርጫታት (ንኩሉ ትእዛዝ):
  --server URL        Integreat CMS (ነባሪ: https://cms.integreat-app.de)
  --data-dir DIR      ፎልደር ናይቲ መኽዘን (ነባሪ: ናይ ዴስክቶፕ ኣፕ)
  --timeout SECONDS   ሰርቨር ስቕ እንተ በለ ድሕሪ እዚ ግዜ ኣቋርጽ (ነባሪ: 30)
  --retries N         ዘይተዓወተ ምውራድ ከም ብሓድሽ ምፍታን (ነባሪ: 3)
  --proxy URL         ፕሮክሲ ንኩሉ ሕቶ: http://HOST:PORT, socks5://HOST:PORT
                      ወይ none (ነባሪ: ናይ ሲስተም፣ ንኣብነት https_proxy)
  -h, --help          ሓገዝ (ድሕሪ ትእዛዝ ውን)
  -v, --version       ቨርሽን

ኣብነት:
  integreat-cli sync --region augsburg --languages de,en,ar
</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>no command given</source>
        <translation>ትእዛዝ ኣይተዋህበን</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown command “%1” (see --help)</source>
        <translation>ዘይፍለጥ ትእዛዝ “%1” (--help ርአ)</translation>
    </message>
    <message>
        <location filename="../app/cli/packwatch.cpp" line="+48"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ፎልደር ኣይኮነን።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integreat-cli: %1 received: stopped watching %2.</source>
        <translation>integreat-cli: %1 ተቐቢሉ፤ ምክትታል %2 ደው ኢሉ።</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watching %1 for content packs (*%2); stop with Ctrl+C.</source>
        <translation>ንጥቕሉላት ትሕዝቶ (*%2) ኣብ %1 ይከታተል ኣሎ፤ ብ Ctrl+C ደው ኣብሎ።</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: pack %2 was imported already.</source>
        <translation>%1: ጥቕሉል %2 ድሮ ኣትዩ እዩ።</translation>
    </message>
</context>
<context>
    <name>integreat::cli::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+28"/>
        <source>Integreat CMS to talk to (default: %1).</source>
        <translation>እቲ ዝዛረቦ Integreat CMS (ነባሪ: %1)።</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder of the local store (default: %1).</source>
        <translation>ፎልደር ናይቲ መኽዘን (ነባሪ: %1)።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give up on a silent server after this many seconds (default: 30).</source>
        <translation>ሰርቨር ስቕ እንተ በለ ድሕሪ እዚ ካልኢታት ኣቋርጽ (ነባሪ: 30)።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retries of a failed download (default: 3).</source>
        <translation>ዘይተዓወተ ምውራድ ክንደይ ግዜ ይፍተን (ነባሪ: 3)።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send every request through this proxy: http://HOST:PORT, socks5://HOST:PORT or none (default: the system&apos;s proxy settings).</source>
        <translation>ኩሉ ሕቶ ብዚ ፕሮክሲ ስደድ: http://HOST:PORT, socks5://HOST:PORT ወይ none (ነባሪ: ቅጥዒ ፕሮክሲ ናይ ሲስተም)።</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (see --help)</source>
        <translation> (--help ርአ)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--server needs an http(s) URL such as https://cms.integreat-app.de</source>
        <translation>--server ከም https://cms.integreat-app.de ዝኣመሰለ http(s) URL የድልዮ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout needs a number of seconds of at least 1</source>
        <translation>--timeout እንተ ወሓደ 1 ካልኢት የድልዮ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--retries needs a number from 0 to 10</source>
        <translation>--retries ካብ 0 ክሳብ 10 ቁጽሪ የድልዮ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the data folder %1</source>
        <translation>ፎልደር ዳታ %1 ክፍጠር ኣይከኣለን</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the local store %1: %2</source>
        <translation>መኽዘን %1 ክኽፈት ኣይከኣለን: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run “integreat-cli repair” to move %1 aside and download the content again.</source>
        <translation>%1 ንጎኒ ንምግላስን ትሕዝቶ ከም ብሓድሽ ንምውራድን “integreat-cli repair” ኣሰርሕ።</translation>
    </message>
</context>
<context>
    <name>integreat::cli::KioskOptions</name>
    <message>
        <location filename="../app/cli/cmdkiosk.cpp" line="-251"/>
        <source>The kiosk configuration file (default: %1).</source>
        <translation>ፋይል ቅጥዒ ኪዮስክ (ነባሪ: %1)።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region slug (repeat or comma-separate for several).</source>
        <translation>ስም ከባቢ (slug) (ንብዙሓት ድገሞ ወይ ብኮማ ፍለዮ)።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language codes offered, comma-separated.</source>
        <translation>ዝቐርቡ ኮድ ቋንቋታት፣ ብኮማ ዝተፈላለዩ።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language preselected on the start screen.</source>
        <translation>ኣብ መጀመርታ ገጽ ቅድሚ ምርጫ ዝተመርጸ ቋንቋ።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds without touch before the countdown (default: 120).</source>
        <translation>ቅድሚ ቆጻሪ ብዘይ ምንካእ ዝሓልፋ ካልኢታት (ነባሪ: 120)።</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds of the “Are you still there?” countdown (default: 20).</source>
        <translation>ካልኢታት ናይቲ “ገና ኣለኻ ዶ?” ቆጻሪ (ነባሪ: 20)።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections shown, comma-separated (default: local,places,events,news).</source>
        <translation>ዝርኣዩ ክፍልታት፣ ብኮማ ዝተፈላለዩ (ነባሪ: local,places,events,news)።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the PIN (read from standard input when it is not a terminal, else asked twice).</source>
        <translation>PIN ኣቐምጥ (ተርሚናል እንተ ዘይኮይኑ ካብ ስታንዳርድ ኢንፑት ይንበብ፣ እንተ ዘይኮይኑ ክልተ ግዜ ይሕተት)።</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sync: skip a region whose languages were all updated less than N hours ago (the update at boot).</source>
        <translation>sync: ኩሎም ቋንቋታቱ ኣብ ዝሓለፈ N ሰዓታት ዝተሓደሱ ከባቢ ሕለፎ (እቲ ኣብ ምጅማር ኮምፒዩተር ዝግበር ምሕዳስ)።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show: print nothing; exit 0 only when the kiosk is configured and enabled (for ExecCondition=).</source>
        <translation>show: ዋላ ሓንቲ ኣይተሕትም፤ ኪዮስክ ተቐሚጡን ክፉትን እንተ ኾይኑ ጥራይ 0 ተመለስ (ን ExecCondition=)።</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::AdminPanel</name>
    <message>
        <location filename="../app/desktop/kiosk/adminpanel.cpp" line="+20"/>
        <source>Sync now</source>
        <translation>ሕጂ ኣሐድስ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit kiosk</source>
        <translation>ካብ ኪዮስክ ውጻእ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kiosk administration</source>
        <translation>ምምሕዳር ኪዮስክ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start over</source>
        <translation>ካብ መጀመርታ ጀምር</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the kiosk</source>
        <translation>ናብ ኪዮስክ ተመለስ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Counting…</source>
        <translation>ይቑጸር ኣሎ…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>never</source>
        <translation>ፈጺሙ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1: last update %2, %3 pages, %4 events, %5 places, %6 news</source>
        <translation>  %1: ናይ መወዳእታ ምሕዳስ %2፣ %3 ገጻት፣ %4 ፍጻመታት፣ %5 ቦታታት፣ %6 ዜናታት</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the last attempt failed: %1</source>
        <translation>ናይ መወዳእታ ፈተነ ኣይተዓወተን: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is saved yet.</source>
        <translation>ገና ዝተዓቀበ የለን።</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::Application</name>
    <message>
        <location filename="../app/desktop/shell/application.cpp" line="+246"/>
        <source>nothing is saved in %1 yet; sync a town first</source>
        <translation>ኣብ %1 ገና ዝተዓቀበ የለን፤ ቅድም ሓንቲ ከተማ ኣሐድስ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>could not write the screenshot %1</source>
        <translation>ስእሊ ስክሪን %1 ክጽሓፍ ኣይከኣለን</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::BreadcrumbBar</name>
    <message>
        <location filename="../app/desktop/pages/breadcrumbbar.cpp" line="+36"/>
        <source>You are here</source>
        <translation>ኣብዚ ኣለኻ</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>More: %1</source>
        <translation>ተወሳኺ: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ChatSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/chatsection.cpp" line="+105"/>
        <source>Ask Integreat</source>
        <translation>Integreat ሕተት</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The chat is not offered on this public computer.</source>
        <translation>ኣብዚ ህዝባዊ ኮምፒዩተር ቻት ኣይቐርብን።</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>The chat is not available in this town.</source>
        <translation>ቻት ኣብዚ ከተማ የለን።</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chat of this town is not available on this computer yet.</source>
        <translation>ቻት ናይዚ ከተማ ገና ኣብዚ ኮምፒዩተር የለን።</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ChatView</name>
    <message>
        <location filename="../app/desktop/chat/chatview.cpp" line="+31"/>
        <source>Accept and start the chat</source>
        <translation>ተቐበል እሞ ቻት ጀምር</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send</source>
        <translation>ስደድ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again</source>
        <translation>እንደገና ስደድ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>ሓድሽ ቻት</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write your question in any language</source>
        <translation>ሕቶኻ ብዝኾነ ቋንቋ ጸሓፍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your message</source>
        <translation>መልእኽትኻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>ዝርርብ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy notice of the chat</source>
        <translation>መግለጺ ብሕትውና ናይ ቻት</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State of the chat</source>
        <translation>ኩነታት ቻት</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Your questions are answered by counselors of the town and by an assistant that knows the town&apos;s information. What you write is sent to the town&apos;s chat server and kept there.</source>
        <translation>ሕቶታትካ ብኣማኸርቲ ናይቲ ከተማን ሓበሬታ ናይቲ ከተማ ብዝፈልጥ ኣውቶማቲክ ሓጋዚን ይምለሱ። ዝጸሓፍካዮ ናብ ሰርቨር ቻት ናይቲ ከተማ ይለኣኽ፣ ኣብኡ ድማ ይዕቀብ።</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the privacy notice</source>
        <translation>መግለጺ ብሕትውና ኣንብብ</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Ask a question about life in the town. The answer appears here.</source>
        <translation>ብዛዕባ ናብራ ኣብቲ ከተማ ሕቶ ሕተት። መልሲ ኣብዚ ይርአ።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You</source>
        <translation>ንስኻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic answer</source>
        <translation>ኣውቶማቲክ መልሲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counselor</source>
        <translation>ኣማኻሪ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending…</source>
        <translation>ይለኣኽ ኣሎ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent yet</source>
        <translation>ገና ኣይተላእከን</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integreat is writing an answer…</source>
        <translation>Integreat መልሲ ይጽሕፍ ኣሎ…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading the chat…</source>
        <translation>ቻት ይጽዓን ኣሎ…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CommandLine</name>
    <message>
        <location filename="../app/desktop/shell/commandline.cpp" line="+39"/>
        <source>Integreat: local information for newcomers, in their language, also offline.</source>
        <translation>Integreat: ከባቢያዊ ሓበሬታ ንሓደስቲ መጻእቲ፣ ብቋንቋኦም፣ ብዘይ ኢንተርነት ውን።</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of the local store (default: %1).</source>
        <translation>ፎልደር ናይቲ መኽዘን (ነባሪ: %1)።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integreat CMS to update from (default: %1).</source>
        <translation>ካብኡ ዝሕደስ Integreat CMS (ነባሪ: %1)።</translation>
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
        <translation>ኔትወርክ ፈጺምካ ኣይትጠቐም፤ ዝተዓቀበ ትሕዝቶ ጥራይ ኣርኢ።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a page: an https://integreat.app/… link, an integreat:// link or region/language/path.</source>
        <translation>ገጽ ክፈት: https://integreat.app/… ሊንክ፣ integreat:// ሊንክ ወይ region/language/path።</translation>
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
        <translation>ጥቕሉል ትሕዝቶ (ብ integreat-cli pack export ዝተሰርሐ) ኣእቱ፣ ውጽኢቱ ድማ ኣብ ቅጥዕታት ኣርኢ፤ ምስ FILE.integreat-pack ምሃብ ሓደ እዩ።</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Render the window at 1280×800 into a PNG file and exit (for documentation and smoke tests).</source>
        <translation>መስኮት ብ 1280×800 ናብ PNG ፋይል ሰሪሕካ ውጻእ (ንሰነድን ንፈተነን)።</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The same as --open, or a content pack file (.integreat-pack) to import.</source>
        <translation>ምስ --open ሓደ እዩ፣ ወይ ዝኣቱ ፋይል ጥቕሉል ትሕዝቶ (.integreat-pack)።</translation>
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
        <translation>ኩሉ ሕቶ ብዚ ፕሮክሲ ስደድ: http://HOST:PORT, socks5://HOST:PORT ወይ none (ነባሪ: ቅጥዒ ፕሮክሲ ናይ ሲስተም)።</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run as a locked public kiosk (full screen, idle reset, links as QR codes).</source>
        <translation>ከም ዝተዓጽወ ህዝባዊ ኪዮስክ ኣሰርሕ (ምሉእ ስክሪን፣ ብዘይ ስራሕ ዳግም ምጅማር፣ ሊንክታት ከም QR ኮድ)።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kiosk configuration (with --kiosk; default: %1).</source>
        <translation>ቅጥዒ ኪዮስክ (ምስ --kiosk፤ ነባሪ: %1)።</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[LINK]</source>
        <translation>[LINK]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Give one content pack to import, not several.</source>
        <translation>ዝኣቱ ሓደ ጥቕሉል ትሕዝቶ ጥራይ ሃብ፣ ብዙሓት ኣይኮነን።</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give one link to open, not several.</source>
        <translation>ሓደ ሊንክ ጥራይ ሃብ፣ ብዙሓት ኣይኮነን።</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--config is for --kiosk.</source>
        <translation>--config ን --kiosk እዩ።</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--kiosk starts at its own start screen: no link or --screenshot.</source>
        <translation>--kiosk ካብ ናይ ባዕሉ መጀመርታ ገጽ ይጅምር: ሊንክ ወይ --screenshot የለን።</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A content pack is imported in a window: not with --kiosk or --screenshot.</source>
        <translation>ጥቕሉል ትሕዝቶ ኣብ መስኮት እዩ ዝኣቱ፤ ምስ --kiosk ወይ --screenshot ኣይኮነን።</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--server needs an http(s) URL such as %1.</source>
        <translation>--server ከም %1 ዝኣመሰለ http(s) URL የድልዮ።</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ContactFormDialog</name>
    <message>
        <location filename="../app/desktop/pages/contactformdialog.cpp" line="+27"/>
        <location line="+101"/>
        <source>Send</source>
        <translation>ስደድ</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Close</source>
        <translation>ዕጸው</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to the town&apos;s team. They answer by e-mail; your message is sent to the town&apos;s contact server.</source>
        <translation>ናብ ጉጅለ ናይቲ ከተማ ጸሓፍ። ብኢመይል ይምልሱ፤ መልእኽትኻ ናብ ሰርቨር ርክብ ናይቲ ከተማ ይለኣኽ።</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Your name (optional)</source>
        <translation>ስምካ (ግዴታ ኣይኮነን)</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Your e-mail address</source>
        <translation>ኣድራሻ ኢመይልካ</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Your message</source>
        <translation>መልእኽትኻ</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+25"/>
        <source>Sending…</source>
        <translation>ይለኣኽ ኣሎ…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CounselTools</name>
    <message>
        <location filename="../app/desktop/counsel/counseltools.cpp" line="+25"/>
        <source>Read aloud</source>
        <translation>ብድምጺ ኣንብብ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End session</source>
        <translation>ክፍለ ግዜ ዛዝም</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show QR code</source>
        <translation>QR ኮድ ኣርኢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>ጎን ንጎን</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the text aloud in its language</source>
        <translation>ነቲ ጽሑፍ ብቋንቋኡ ብድምጺ ኣንብብ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear everything of this session and start again (%1)</source>
        <translation>ኩሉ ናይዚ ክፍለ ግዜ ደምሲስካ ካብ መጀመርታ ጀምር (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the link of this page as a QR code to take along on a phone</source>
        <translation>ሊንክ ናይዚ ገጽ ኣብ ስልኪ ክትወስዶ ምእንቲ ከም QR ኮድ ኣርኢ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show this in a second language beside it</source>
        <translation>ነዚ ብካልኣይ ቋንቋ ኣብ ጎኑ ኣርኢ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CountdownOverlay</name>
    <message>
        <location filename="../app/desktop/kiosk/countdownoverlay.cpp" line="+14"/>
        <source>Yes, continue</source>
        <translation>እወ፣ ቀጽል</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Are you still there?</source>
        <translation>ገና ኣለኻ ዶ?</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Press any key or move the mouse to continue. In %n seconds the session ends: the app goes back to the start page and what was looked at is cleared.</source>
        <translation>
            <numerusform>ንምቕጻል ዝኾነ መፍትሕ ጠውቕ ወይ ማውስ ኣንቀሳቕስ። ድሕሪ %n ካልኢት ክፍለ ግዜ ይዛዘም፤ እቲ ኣፕ ናብ መጀመርታ ገጽ ይምለስ፣ ዝተራእየ ድማ ይድምሰስ።</numerusform>
            <numerusform>ንምቕጻል ዝኾነ መፍትሕ ጠውቕ ወይ ማውስ ኣንቀሳቕስ። ድሕሪ %n ካልኢታት ክፍለ ግዜ ይዛዘም፤ እቲ ኣፕ ናብ መጀመርታ ገጽ ይምለስ፣ ዝተራእየ ድማ ይድምሰስ።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Touch the screen to continue. In %n seconds everything starts over and what you looked at is cleared.</source>
        <translation>
            <numerusform>ንምቕጻል ስክሪን ንከእ። ድሕሪ %n ካልኢት ኩሉ ካብ መጀመርታ ይጅምር፣ ዝረኣኻዮ ድማ ይድምሰስ።</numerusform>
            <numerusform>ንምቕጻል ስክሪን ንከእ። ድሕሪ %n ካልኢታት ኩሉ ካብ መጀመርታ ይጅምር፣ ዝረኣኻዮ ድማ ይድምሰስ።</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DBusNotifier</name>
    <message>
        <location filename="../app/desktop/notify/dbusnotifier.cpp" line="+51"/>
        <source>Open</source>
        <translation>ክፈት</translation>
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
        <translation>እቲ ዝተዓቀበ ትሕዝቶ ተበላሽዩ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be read: %2

Download again moves the file aside under a dated name (nothing is deleted), starts afresh and downloads your towns and languages again.</source>
        <translation>ፋይል %1 ክንበብ ኣይክእልን: %2

“ከም ብሓድሽ ኣውርድ” ነቲ ፋይል ብዕለት ዘለዎ ስም ንጎኒ የግልሶ (ዋላ ሓንቲ ኣይድምሰስን)፣ ብሓድሽ ይጅምር፣ ከተማታትካን ቋንቋታትካን ከም ብሓድሽ የውርድ።</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download again</source>
        <translation>ከም ብሓድሽ ኣውርድ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>ውጻእ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DashboardView</name>
    <message>
        <location filename="../app/desktop/pages/dashboardview.cpp" line="+39"/>
        <source>Local information</source>
        <translation>ከባቢያዊ ሓበሬታ</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There are no pages in this language yet.</source>
        <translation>ገና ብዚ ቋንቋ ገጻት የለዉን።</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DateText</name>
    <message>
        <location filename="../app/desktop/presentation/datetext.cpp" line="+77"/>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1፣ %2</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DeepLink</name>
    <message>
        <location filename="../app/desktop/presentation/deeplink.cpp" line="+45"/>
        <source>“%1” is not a link to a page of an Integreat town.</source>
        <translation>“%1” ናብ ገጽ ናይ Integreat ከተማ ዝወስድ ሊንክ ኣይኮነን።</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” in %2 is not saved on this computer.</source>
        <translation>“%1” ኣብ %2 ኣብዚ ኮምፒዩተር ኣይተዓቀበን።</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The chat is not available in this town.</source>
        <translation>ቻት ኣብዚ ከተማ የለን።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked page is not saved on this computer.</source>
        <translation>እቲ ዝተላገበ ገጽ ኣብዚ ኮምፒዩተር ኣይተዓቀበን።</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The linked page is in %1, which is not saved on this computer.</source>
        <translation>እቲ ዝተላገበ ገጽ ብ %1 እዩ፣ እዚ ድማ ኣብዚ ኮምፒዩተር ኣይተዓቀበን።</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EndSession</name>
    <message>
        <location filename="../app/desktop/counsel/endsession.cpp" line="+44"/>
        <location line="+6"/>
        <source>End session</source>
        <translation>ክፍለ ግዜ ዛዝም</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>End this session?</source>
        <translation>ነዚ ክፍለ ግዜ ትዛዝሞ ዲኻ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app goes back to the start page. The history, the search, side by side, the news read and the folders used for saving are cleared, so that the next person finds nothing of this session.</source>
        <translation>እቲ ኣፕ ናብ መጀመርታ ገጽ ይምለስ። ታሪኽ፣ ድለያ፣ ጎን ንጎን፣ ዝተነበቡ ዜናታትን ንምዕቃብ ዝተጠቐምካሎም ፎልደራትን ይድምሰሱ፣ እቲ ዝቕጽል ሰብ ካብዚ ክፍለ ግዜ ዋላ ሓንቲ ከይረክብ።</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventDateText</name>
    <message>
        <location filename="../app/desktop/presentation/eventdatetext.cpp" line="+50"/>
        <source>the last %1</source>
        <translation>እቲ ናይ መወዳእታ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the %1. %2</source>
        <translation>እቲ %1ይ %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1, all day</source>
        <translation>%1፣ ምሉእ መዓልቲ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>%1, %2</source>
        <translation>%1፣ %2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1, %2 – %3</source>
        <translation>%1፣ %2 – %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 – %3, %4</source>
        <translation>%1፣ %2 – %3፣ %4</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Every day</source>
        <translation>መዓልቲ መዓልቲ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 days</source>
        <translation>ኣብ ነፍሲ ወከፍ %1 መዓልትታት</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every week</source>
        <translation>ሰሙን ሰሙን</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 weeks</source>
        <translation>ኣብ ነፍሲ ወከፍ %1 ሰሙናት</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every month</source>
        <translation>ወርሒ ወርሒ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 months</source>
        <translation>ኣብ ነፍሲ ወከፍ %1 ኣዋርሕ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every year</source>
        <translation>ዓመት ዓመት</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 years</source>
        <translation>ኣብ ነፍሲ ወከፍ %1 ዓመታት</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats</source>
        <translation>ይድገም</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 ኣብ %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only on weekdays (Monday to Friday)</source>
        <translation>ኣብ መዓልታት ስራሕ ጥራይ (ሰኑይ ክሳብ ዓርቢ)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventHtml</name>
    <message>
        <location filename="../app/desktop/events/eventhtml.cpp" line="+80"/>
        <source>Loading dates…</source>
        <translation>ዕለታት ይጽዓኑ ኣለዉ…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address:</source>
        <translation>ኣድራሻ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online meeting:</source>
        <translation>ናይ ኦንላይን ኣኼባ:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More dates</source>
        <translation>ተወሳኺ ዕለታት</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventList</name>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+20"/>
        <source>Only dates from</source>
        <translation>ዕለታት ጥራይ ካብ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>ክሳብ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First day</source>
        <translation>መጀመርታ መዓልቲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>መወዳእታ መዓልቲ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Events</source>
        <translation>ፍጻመታት</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlistmodel.cpp" line="+68"/>
        <source>Today</source>
        <translation>ሎሚ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>ጽባሕ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 7 days</source>
        <translation>ዝመጽእ 7 መዓልቲ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 30 days</source>
        <translation>ዝመጽእ 30 መዓልቲ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>ደሓር</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Heading</source>
        <translation>ኣርእስቲ</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+35"/>
        <source>Loading events…</source>
        <translation>ፍጻመታት ይጽዓኑ ኣለዉ…</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlistmodel.cpp" line="-20"/>
        <source>More dates: %1</source>
        <translation>ተወሳኺ ዕለታት: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Irregular dates</source>
        <translation>ዘይስሩዓት ዕለታት</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Irregular dates. %1</source>
        <translation>ዘይስሩዓት ዕለታት። %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+13"/>
        <source>No events in these days.</source>
        <translation>ኣብዘን መዓልታት ፍጻመታት የለዉን።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No upcoming events.</source>
        <translation>ዝመጽእ ፍጻመታት የለዉን።</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventsSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/eventssection.cpp" line="+26"/>
        <source>Events</source>
        <translation>ፍጻመታት</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This event is not on this computer. It may be over or removed, or it is newer than the last update.</source>
        <translation>እዚ ፍጻመ ኣብዚ ኮምፒዩተር የለን። ተወዲኡ ወይ ተኣልዩ ክኸውን ይኽእል፣ ወይ ድማ ካብ ናይ መወዳእታ ምሕዳስ ሓድሽ እዩ።</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventsView</name>
    <message>
        <location filename="../app/desktop/events/eventsview.cpp" line="+45"/>
        <location line="+28"/>
        <source>All events</source>
        <translation>ኩሎም ፍጻመታት</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Save this date for a calendar…</source>
        <translation>ነዚ ዕለት ንካላንደር ዕቀቦ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save all dates for a calendar…</source>
        <translation>ኩሎም ዕለታት ንካላንደር ዕቀቦም…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Event</source>
        <translation>ፍጻመ</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>This event has irregular dates: they cannot all be worked out, so only the first is shown. Check the dates with the organizer.</source>
        <translation>እዚ ፍጻመ ዘይስሩዓት ዕለታት ኣለውዎ: ኩሎም ክሕሰቡ ስለ ዘይክእሉ፣ እቲ ቀዳማይ ጥራይ ይርአ። ዕለታት ምስ ኣዳላዊ ኣረጋግጽ።</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Save for a calendar</source>
        <translation>ንካላንደር ዕቀብ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>ፋይላት ካላንደር (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dates are still being worked out. Try again in a moment.</source>
        <translation>እቶም ዕለታት ገና ይሕሰቡ ኣለዉ። ቁሩብ ጸኒሕካ እንደገና ፈትን።</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This event has no dates left to save.</source>
        <translation>እዚ ፍጻመ ዝዕቀብ ዝተረፈ ዕለት የብሉን።</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The calendar file could not be saved: %1</source>
        <translation>ፋይል ካላንደር ክዕቀብ ኣይከኣለን: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. Open %1 with your calendar app to add the event.</source>
        <translation>ተዓቂቡ። ነቲ ፍጻመ ንምውሳኽ %1 ብኣፕ ካላንደርካ ክፈቶ።</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ExternalLinkDialog</name>
    <message>
        <location filename="../app/desktop/pages/externallinkdialog.cpp" line="+38"/>
        <source>Open a website?</source>
        <translation>ዌብሳይት ይኽፈት ዶ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link leads out of Integreat to a website of &lt;b&gt;%1&lt;/b&gt;. It opens in your web browser and needs an internet connection.</source>
        <translation>እዚ ሊንክ ካብ Integreat ወጺኡ ናብ ዌብሳይት ናይ &lt;b&gt;%1&lt;/b&gt; ይወስድ። ኣብ ብራውዘርካ ይኽፈት፣ ኢንተርነት ድማ የድልዮ።</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Open in browser</source>
        <translation>ብብራውዘር ክፈት</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open the document online?</source>
        <translation>እቲ ሰነድ ብኢንተርነት ይኽፈት ዶ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document is not saved on this computer. It can be opened from &lt;b&gt;%1&lt;/b&gt; in your browser with an internet connection.</source>
        <translation>እዚ ሰነድ ኣብዚ ኮምፒዩተር ኣይተዓቀበን። ምስ ኢንተርነት ካብ &lt;b&gt;%1&lt;/b&gt; ኣብ ብራውዘርካ ክኽፈት ይኽእል።</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call this number?</source>
        <translation>ናብዚ ቁጽሪ ይደወል ዶ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your computer&apos;s phone app will call this number:</source>
        <translation>ኣፕ ተሌፎን ናይ ኮምፒዩተርካ ናብዚ ቁጽሪ ክድውል እዩ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>ደውል</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write an e-mail?</source>
        <translation>ኢመይል ይጽሓፍ ዶ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your e-mail program will open a new message to:</source>
        <translation>ፕሮግራም ኢመይልካ ሓድሽ መልእኽቲ ናብዚ ክኸፍት እዩ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write e-mail</source>
        <translation>ኢመይል ጸሓፍ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Copy</source>
        <translation>ቕዳሕ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <translation>ተቐዲሑ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::FeedbackBox</name>
    <message>
        <location filename="../app/desktop/pages/feedbackbox.cpp" line="+88"/>
        <source>Was this page helpful?</source>
        <translation>እዚ ገጽ ሓጊዙካ ድዩ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>እወ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, this was helpful</source>
        <translation>እወ፣ እዚ ሓጊዙኒ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>ኣይፋል</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, this was not helpful</source>
        <translation>ኣይፋል፣ እዚ ኣይሓገዘንን</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What could be better? (optional, no personal data)</source>
        <translation>እንታይ ክመሓየሽ ይኽእል? (ኣማራጺ፣ ብዘይ ውልቃዊ ሓበሬታ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on this page</source>
        <translation>ርእይቶ ብዛዕባ እዚ ገጽ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send feedback</source>
        <translation>ግብረ-መልሲ ስደድ</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Thank you. You may add a comment.</source>
        <translation>የቐንየልና። ርእይቶ ክትውስኽ ትኽእል ኢኻ።</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please choose “Yes” or “No”, or write a comment.</source>
        <translation>በጃኻ “እወ” ወይ “ኣይፋል” ምረጽ፣ ወይ ርእይቶ ጸሓፍ።</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::FirstRunWizard</name>
    <message>
        <location filename="../app/desktop/firstrun/firstrunwizard.cpp" line="+31"/>
        <source>Back</source>
        <translation>ንድሕሪት</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+221"/>
        <source>Next</source>
        <translation>ዝቕጽል</translation>
    </message>
    <message>
        <location line="-220"/>
        <location line="+216"/>
        <source>Cancel</source>
        <translation>ሰርዝ</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Welcome to Integreat</source>
        <translation>እንቋዕ ናብ Integreat ብደሓን መጻእኩም</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The download was cancelled. Nothing was changed on this computer.</source>
        <translation>ምውራድ ተቋሪጹ። ኣብዚ ኮምፒዩተር ዋላ ሓንቲ ኣይተቐየረን።</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The server lists no regions.</source>
        <translation>ሰርቨር ዝኾነ ከባቢ ኣይዘርዘረን።</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The demo town could not be set up: %1</source>
        <translation>ናይ ኣብነት ከተማ ክዳሎ ኣይከኣለን: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Download</source>
        <translation>ኣውርድ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue</source>
        <translation>ቀጽል</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stops the download; nothing is changed</source>
        <translation>ምውራድ የቋርጽ፤ ዋላ ሓንቲ ኣይቕየርን</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this window</source>
        <translation>ነዚ መስኮት ይዓጽዎ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::HeaderBar</name>
    <message>
        <location filename="../app/desktop/mainwindow/headerbar.cpp" line="+54"/>
        <location line="+1"/>
        <source>Search</source>
        <translation>ድለ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear search</source>
        <translation>ድለያ ደምስስ</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Menu</source>
        <translation>ሜኑ</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Search in %1</source>
        <translation>ኣብ %1 ድለ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskApp</name>
    <message>
        <location filename="../app/desktop/shell/kioskapp.cpp" line="+36"/>
        <source>kiosk mode is disabled in %1 (integreat-cli kiosk setup enables it)</source>
        <translation>ኩነታት ኪዮስክ ኣብ %1 ተዓጽዩ (integreat-cli kiosk setup ይኸፍቶ)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot create the folder %1</source>
        <translation>ፎልደር %1 ክፍጠር ኣይክእልን</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved content cannot be opened: %1</source>
        <translation>እቲ ዝተዓቀበ ትሕዝቶ ክኽፈት ኣይክእልን: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskSession</name>
    <message>
        <location filename="../app/desktop/kiosk/kiosksession.cpp" line="+66"/>
        <source>Start over</source>
        <translation>ካብ መጀመርታ ጀምር</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this page with you</source>
        <translation>ነዚ ገጽ ምሳኻ ውሰዶ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskWindow</name>
    <message>
        <location filename="../app/desktop/kiosk/kioskwindow.cpp" line="+77"/>
        <source>The update has finished.</source>
        <translation>ምሕዳስ ተወዲኡ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The update failed; the last good content stays in use. %1</source>
        <translation>ምሕዳስ ኣይተዓወተን፤ እቲ ናይ መወዳእታ ጽቡቕ ትሕዝቶ ይጥቀመሉ ኣሎ። %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nothing is saved on this kiosk yet. The administrator can update the content.</source>
        <translation>ኣብዚ ኪዮስክ ገና ዝተዓቀበ የለን። ኣመሓዳሪ ነቲ ትሕዝቶ ከሐድሶ ይኽእል።</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Wrong PIN.</source>
        <translation>ጌጋ PIN።</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>ብዙሕ ጌጋ PIN። ድሕሪ %n ካልኢት ከም ብሓድሽ ፈትን።</numerusform>
            <numerusform>ብዙሕ ጌጋ PIN። ድሕሪ %n ካልኢታት ከም ብሓድሽ ፈትን።</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No PIN is set for this kiosk, so the administration cannot be opened here (integreat-cli kiosk set-pin).</source>
        <translation>ንዚ ኪዮስክ PIN ስለ ዘይተቐመጠ፣ ምምሕዳር ኣብዚ ክኽፈት ኣይክእልን (integreat-cli kiosk set-pin)።</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No region is configured (integreat-cli kiosk setup).</source>
        <translation>ዝተቐመጠ ከባቢ የለን (integreat-cli kiosk setup)።</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kiosk runs offline; the nightly update keeps it current.</source>
        <translation>እዚ ኪዮስክ ብዘይ ኢንተርነት ይሰርሕ፤ ናይ ለይቲ ምሕዳስ ሓድሽ ይገብሮ።</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Updating…</source>
        <translation>ይሕደስ ኣሎ…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageButton</name>
    <message>
        <location filename="../app/desktop/mainwindow/languagebutton.cpp" line="+40"/>
        <source>%1 (download)</source>
        <translation>%1 (ኣውርድ)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language of the content: %1</source>
        <translation>ቋንቋ ትሕዝቶ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content language: %1</source>
        <translation>ቋንቋ ትሕዝቶ: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageNames</name>
    <message>
        <location filename="../app/desktop/presentation/languages.cpp" line="+46"/>
        <source>Albanian</source>
        <translation>ኣልባንኛ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amharic</source>
        <translation>ኣምሓርኛ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>ዓረብኛ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgarian</source>
        <translation>ቡልጋርኛ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central Kurdish</source>
        <translation>ማእከላይ ኩርድኛ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatian</source>
        <translation>ክሮኤሽኛ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czech</source>
        <translation>ቸክኛ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dari</source>
        <translation>ዳሪ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>እንግሊዝኛ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>ፈረንሳይኛ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>ጀርመንኛ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greek</source>
        <translation>ግሪኽኛ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungarian</source>
        <translation>ሃንጋሪኛ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>ጥልያንኛ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kurdish</source>
        <translation>ኩርድኛ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pashto</source>
        <translation>ፓሽቶ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persian</source>
        <translation>ፋርስኛ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>ፖላንድኛ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>ሩማንኛ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>ሩስኛ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbian</source>
        <translation>ሰርብኛ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somali</source>
        <translation>ሶማልኛ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>ስጳንኛ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tigrinya</source>
        <translation>ትግርኛ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>ቱርክኛ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation>ዩክሬንኛ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation>ኡርዱ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnamese</source>
        <translation>ቬትናምኛ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguagePage</name>
    <message>
        <location filename="../app/desktop/firstrun/languagepage.cpp" line="+22"/>
        <source>Which languages do you want to read?</source>
        <translation>ብኣየናይ ቋንቋታት ከተንብብ ትደሊ?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notice</source>
        <translation>መዘኻኸሪ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Languages</source>
        <translation>ቋንቋታት</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The local information of %1 is downloaded in the languages you choose, so you can read it without internet. You can choose several and add more later.</source>
        <translation>ከባቢያዊ ሓበሬታ ናይ %1 ብዘይ ኢንተርነት ከተንብቦ ምእንቲ ብዝመረጽካዮም ቋንቋታት ይወርድ። ብዙሓት ክትመርጽን ደሓር ካልኦት ክትውስኽን ትኽእል።</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language code %1</source>
        <translation>ኮድ ቋንቋ %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageRow</name>
    <message>
        <location filename="../app/desktop/firstrun/languagerow.cpp" line="+29"/>
        <source>Retry</source>
        <translation>ከም ብሓድሽ ፈትን</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry %1</source>
        <translation>%1 ከም ብሓድሽ ፈትን</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Waiting</source>
        <translation>ይጽበ ኣሎ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Finished</source>
        <translation>ተወዲኡ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Ready to read offline</source>
        <translation>✓ ብዘይ ኢንተርነት ንምንባብ ድሉው</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not downloaded: %1</source>
        <translation>ኣይወረደን: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LinkRouter</name>
    <message>
        <location filename="../app/desktop/pages/linkrouter.cpp" line="+70"/>
        <source>This link cannot be opened: it could harm your computer or your data.</source>
        <translation>እዚ ሊንክ ክኽፈት ኣይክእልን: ንኮምፒዩተርካ ወይ ንዳታኻ ክጎድእ ይኽእል።</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This link leads to the list of towns. To read about another town, use “Change” next to the town&apos;s name.</source>
        <translation>እዚ ሊንክ ናብ ዝርዝር ከተማታት ይወስድ። ብዛዕባ ካልእ ከተማ ንምንባብ፣ ኣብ ጎኒ ስም ከተማ ዘሎ “ቀይር” ተጠቐም።</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This link leads to a part of Integreat that this app does not show yet.</source>
        <translation>እዚ ሊንክ ናብ እዚ ኣፕ ገና ዘየርእዮ ክፋል Integreat ይወስድ።</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download %1</source>
        <translation>%1 ኣውርድ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This link leads to “%1” in %2, which is not saved on this computer.</source>
        <translation>እዚ ሊንክ ናብ “%1” ኣብ %2 ይወስድ፣ እዚ ድማ ኣብዚ ኮምፒዩተር ኣይተዓቀበን።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This page is in %1, which is not saved on this computer yet.</source>
        <translation>እዚ ገጽ ብ %1 እዩ፣ እዚ ድማ ገና ኣብዚ ኮምፒዩተር ኣይተዓቀበን።</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chat is not available in this town.</source>
        <translation>ቻት ኣብዚ ከተማ የለን።</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The linked event is not on this computer. It may be over or removed, or it is newer than the last update.</source>
        <translation>እቲ ዝተላገበ ፍጻመ ኣብዚ ኮምፒዩተር የለን። ተወዲኡ ወይ ተኣልዩ ክኸውን ይኽእል፣ ወይ ድማ ካብ ናይ መወዳእታ ምሕዳስ ሓድሽ እዩ።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked place is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>እቲ ዝተላገበ ቦታ ኣብዚ ኮምፒዩተር የለን። ተኣልዩ ክኸውን ይኽእል፣ ወይ ድማ ካብ ናይ መወዳእታ ምሕዳስ ሓድሽ እዩ።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked news item is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>እቲ ዝተላገበ ዜና ኣብዚ ኮምፒዩተር የለን። ተኣልዩ ክኸውን ይኽእል፣ ወይ ድማ ካብ ናይ መወዳእታ ምሕዳስ ሓድሽ እዩ።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked page is not on this computer. It may have been moved or removed, or it is newer than the last update.</source>
        <translation>እቲ ዝተላገበ ገጽ ኣብዚ ኮምፒዩተር የለን። ተቐይሩ ወይ ተኣልዩ ክኸውን ይኽእል፣ ወይ ድማ ካብ ናይ መወዳእታ ምሕዳስ ሓድሽ እዩ።</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No program on this computer can open this document.</source>
        <translation>ኣብዚ ኮምፒዩተር ነዚ ሰነድ ክኸፍት ዝኽእል ፕሮግራም የለን።</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This document is not saved on this computer.</source>
        <translation>እዚ ሰነድ ኣብዚ ኮምፒዩተር ኣይተዓቀበን።</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>No program on this computer can open this link.</source>
        <translation>ኣብዚ ኮምፒዩተር ነዚ ሊንክ ክኸፍት ዝኽእል ፕሮግራም የለን።</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>This offer cannot be opened: its form could not be prepared.</source>
        <translation>እዚ ኣገልግሎት ክኽፈት ኣይክእልን: ፎርሙ ክዳሎ ኣይከኣለን።</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open online</source>
        <translation>ብኢንተርነት ክፈት</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LocalInfoSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/localinfosection.cpp" line="+37"/>
        <source>Local information</source>
        <translation>ከባቢያዊ ሓበሬታ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LocalInfoView</name>
    <message>
        <location filename="../app/desktop/pages/localinfoview.cpp" line="+57"/>
        <source>Page content</source>
        <translation>ትሕዝቶ ገጽ</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Start page of the town</source>
        <translation>መጀመርታ ገጽ ናይቲ ከተማ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation>ውጽኢታት ድልያ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page</source>
        <translation>ገጽ</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <location line="+31"/>
        <location line="+38"/>
        <location line="+9"/>
        <location line="+21"/>
        <source>Local information</source>
        <translation>ከባቢያዊ ሓበሬታ</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>This page is not on this computer</source>
        <translation>እዚ ገጽ ኣብዚ ኮምፒዩተር የለን</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been moved or removed by the last update.</source>
        <translation>ብናይ መወዳእታ ምሕዳስ ተቐይሩ ወይ ተኣልዩ ክኸውን ይኽእል።</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+26"/>
        <location line="+1"/>
        <source>Imprint</source>
        <translation>ኢምፕሪንት</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>There is no imprint in this language on this computer.</source>
        <translation>ኣብዚ ኮምፒዩተር ብዚ ቋንቋ ኢምፕሪንት የለን።</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The imprint is available in:</source>
        <translation>ኢምፕሪንት ብዚኣቶም ይርከብ:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search</source>
        <translation>ድለ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search: “%1”</source>
        <translation>ድለ: “%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go to the start page</source>
        <translation>ናብ መጀመርታ ገጽ ኪድ</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Start page in %1</source>
        <translation>መጀመርታ ገጽ ብ %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not available in %2. It is available in:</source>
        <translation>“%1” ብ %2 ኣይርከብን። ብዚኣቶም ይርከብ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not available in %2.</source>
        <translation>“%1” ብ %2 ኣይርከብን።</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MainActions</name>
    <message>
        <location filename="../app/desktop/mainwindow/mainactions.cpp" line="+19"/>
        <source>Back</source>
        <translation>ንድሕሪት</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward</source>
        <translation>ንቕድሚት</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start page</source>
        <translation>መጀመርታ ገጽ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>ድለ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>ሕጂ ኣሐድስ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imprint</source>
        <translation>ኢምፕሪንት</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>ቅጥዕታት…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger text</source>
        <translation>ዝዓበየ ጽሑፍ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smaller text</source>
        <translation>ዝነኣሰ ጽሑፍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal text size</source>
        <translation>ንቡር ዓቐን ጽሑፍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Integreat Desktop</source>
        <translation>ብዛዕባ Integreat Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>ውጻእ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This page</source>
        <translation>እዚ ገጽ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text size</source>
        <translation>ዓቐን ጽሑፍ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MainWindow</name>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindow.cpp" line="+196"/>
        <source>Download %1</source>
        <translation>%1 ኣውርድ</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 is not saved on this computer yet.</source>
        <translation>%1 ገና ኣብዚ ኮምፒዩተር ኣይተዓቀበን።</translation>
    </message>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindowcommands.cpp" line="+171"/>
        <source>About Integreat Desktop</source>
        <translation>ብዛዕባ Integreat Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Integreat Desktop %1&lt;/h3&gt;&lt;p&gt;Local information for newcomers, in their language, also without internet.&lt;/p&gt;&lt;p&gt;The content comes from the towns and districts that take part in &lt;a href=&quot;https://integreat-app.de&quot;&gt;Integreat&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Integreat Desktop %1&lt;/h3&gt;&lt;p&gt;ከባቢያዊ ሓበሬታ ንሓደስቲ መጻእቲ፣ ብቋንቋኦም፣ ብዘይ ኢንተርነት ውን።&lt;/p&gt;&lt;p&gt;እቲ ትሕዝቶ ካብቶም ኣብ &lt;a href=&quot;https://integreat-app.de&quot;&gt;Integreat&lt;/a&gt; ዝሳተፉ ከተማታትን ወረዳታትን ይመጽእ።&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindowcounsel.cpp" line="+50"/>
        <source>Reading area</source>
        <translation>ቦታ ምንባብ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The section shown, and beside it the same in a second language when Side by side is on</source>
        <translation>እቲ ዝርአ ክፋል፣ ጎን ንጎን ክፉት ምስ ዝኸውን ድማ ኣብ ጎኑ ተመሳሳሊኡ ብካልኣይ ቋንቋ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MapWidget</name>
    <message>
        <location filename="../app/desktop/places/mapwidget.cpp" line="+30"/>
        <source>Map of places</source>
        <translation>ካርታ ቦታታት</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>ኣቕርብ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>ኣርሕቕ</translation>
    </message>
    <message>
        <location line="+344"/>
        <source>I am here (sort places by distance from this point)</source>
        <translation>ኣብዚ ኣለኹ (ቦታታት ብርሕቀት ካብዚ ነጥቢ ስርዖም)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MassRemovalQuestion</name>
    <message>
        <location filename="../app/desktop/sync/massremovalquestion.cpp" line="+16"/>
        <source>Remove saved pages?</source>
        <translation>ዝተዓቀቡ ገጻት ይኣለዩ?</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n of the %2 saved pages would be removed.</source>
        <translation>
            <numerusform>%1: ካብ %2 ዝተዓቀቡ ገጻት %n ክኣለ እዩ።</numerusform>
            <numerusform>%1: ካብ %2 ዝተዓቀቡ ገጻት %n ክኣለዩ እዮም።</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server sent much less content than before. If you go on, pages you have now will be deleted from this computer.</source>
        <translation>ሰርቨር ካብ ቅድሚ ብዙሕ ዝወሓደ ትሕዝቶ ሰዲዱ። እንተ ቐጺልካ፣ ሕጂ ዘለዉኻ ገጻት ካብዚ ኮምፒዩተር ክድምሰሱ እዮም።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This can be a mistake on the server. If you keep your content, nothing changes and you can try again later.</source>
        <translation>እዚ ጌጋ ናይ ሰርቨር ክኸውን ይኽእል። ትሕዝቶኻ እንተ ዓቂብካ፣ ዋላ ሓንቲ ኣይቕየርን፣ ጸኒሕካ ድማ እንደገና ክትፍትን ትኽእል።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep my content</source>
        <translation>ትሕዝቶይ ዓቅብ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove them</source>
        <translation>ኣልዮም</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NavigationBar</name>
    <message>
        <location filename="../app/desktop/pages/navigationbar.cpp" line="+29"/>
        <source>Back (Alt+Left)</source>
        <translation>ንድሕሪት (Alt+Left)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>ንድሕሪት</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward (Alt+Right)</source>
        <translation>ንቕድሚት (Alt+Right)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>ንቕድሚት</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsHtml</name>
    <message>
        <location filename="../app/desktop/news/newshtml.cpp" line="+16"/>
        <source>Local news</source>
        <translation>ከባቢያዊ ዜና</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Read the original</source>
        <translation>ነቲ መበቆላዊ ኣንብብ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/newssection.cpp" line="+28"/>
        <source>News</source>
        <translation>ዜና</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News (%1)</source>
        <translation>ዜና (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News, %1 new</source>
        <translation>ዜና፣ %1 ሓድሽ</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This news item is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>እዚ ዜና ኣብዚ ኮምፒዩተር የለን። ተኣልዩ ክኸውን ይኽእል፣ ወይ ድማ ካብ ናይ መወዳእታ ምሕዳስ ሓድሽ እዩ።</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsView</name>
    <message>
        <location filename="../app/desktop/news/newsview.cpp" line="+43"/>
        <location line="+56"/>
        <source>All news</source>
        <translation>ኩሉ ዜና</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>All</source>
        <translation>ኩሉ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local</source>
        <translation>ከባቢያዊ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External</source>
        <translation>ካብ ደገ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>News</source>
        <translation>ዜና</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>News item</source>
        <translation>ዜና</translation>
    </message>
    <message>
        <location filename="../app/desktop/news/newslistmodel.cpp" line="+85"/>
        <source>● New</source>
        <translation>● ሓድሽ</translation>
    </message>
    <message>
        <location filename="../app/desktop/news/newsview.cpp" line="+110"/>
        <source>There are no news in this language yet. New local news of the town appear here after the next update.</source>
        <translation>ገና ብዚ ቋንቋ ዜና የለን። ሓድሽ ከባቢያዊ ዜና ናይ ከተማ ድሕሪ ዝቕጽል ምሕዳስ ኣብዚ ይርአ።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No news of this kind. Choose “All” to see every news item.</source>
        <translation>ከምዚ ዓይነት ዜና የለን። ኩሉ ዜና ንምርኣይ “ኩሉ” ምረጽ።</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NoticeBar</name>
    <message>
        <location filename="../app/desktop/pages/noticebar.cpp" line="+26"/>
        <source>Notice</source>
        <translation>መዘኻኸሪ</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Close this notice</source>
        <translation>ነዚ መዘኻኸሪ ዕጸዎ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationCenter</name>
    <message>
        <location filename="../app/desktop/notify/notificationcenter.cpp" line="+44"/>
        <source>Notifications (%1)</source>
        <translation>መፍለጢታት (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notifications</source>
        <translation>መፍለጢታት</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>News from %1 (%2)</source>
        <translation>ዜና ካብ %1 (%2)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationsDialog</name>
    <message>
        <location filename="../app/desktop/notify/notificationsdialog.cpp" line="+27"/>
        <source>No notifications yet. New local news of your towns appear here.</source>
        <translation>ገና መፍለጢ የለን። ሓድሽ ከባቢያዊ ዜና ናይ ከተማታትካ ኣብዚ ይርአ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>ኣጽሪ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>መፍለጢታት</translation>
    </message>
    <message>
        <location filename="../app/desktop/notify/notificationlistmodel.cpp" line="+55"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1, %2</source>
        <translation>%1፣ %2</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationsPanel</name>
    <message>
        <location filename="../app/desktop/settings/notificationspanel.cpp" line="+30"/>
        <source>Show a notification when a town publishes news in a language:</source>
        <translation>ሓንቲ ከተማ ብሓደ ቋንቋ ዜና ምስ ኣውጽአት መፍለጢ ኣርኢ:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> min</source>
        <translation> ደቒቕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Look for news every</source>
        <translation>ዜና ድለ ኣብ ነፍሲ ወከፍ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::OfferForm</name>
    <message>
        <location filename="../app/desktop/pages/offerform.cpp" line="+27"/>
        <source>Continue to %1</source>
        <translation>ናብ %1 ቀጽል</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PackImport</name>
    <message>
        <location filename="../app/desktop/settings/packimport.cpp" line="+28"/>
        <source>Could not open the local store: %1</source>
        <translation>መኽዘን ክኽፈት ኣይከኣለን: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The content pack %1 was not imported: %2 Nothing on this computer was changed.</source>
        <translation>ጥቕሉል ትሕዝቶ %1 ኣይኣተወን: %2 ኣብዚ ኮምፒዩተር ዋላ ሓንቲ ኣይተቐየረን።</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported from the content pack: %1 in %2.</source>
        <translation>ካብ ጥቕሉል ትሕዝቶ ኣትዩ: %1 ብ %2።</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported, because this computer has newer content of %1 in %2. “Import anyway” replaces it with the older content of the pack.</source>
        <translation>ኣይኣተወን፣ ምኽንያቱ እዚ ኮምፒዩተር ናይ %1 ብ %2 ዝሓደሰ ትሕዝቶ ስለ ዘለዎ። “ብዘየገድስ ኣእቱ” ብዝኣረገ ትሕዝቶ ናይቲ ጥቕሉል ይትክኦ።</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The content pack %1 holds no language.</source>
        <translation>ጥቕሉል ትሕዝቶ %1 ዋላ ሓደ ቋንቋ የብሉን።</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PackImportPanel</name>
    <message>
        <location filename="../app/desktop/settings/packimportpanel.cpp" line="+23"/>
        <source>Import content pack…</source>
        <translation>ጥቕሉል ትሕዝቶ ኣእቱ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import anyway</source>
        <translation>ብዘየገድስ ኣእቱ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a region&apos;s content from a file made with “integreat-cli pack export” (for computers without fast internet).</source>
        <translation>ትሕዝቶ ሓደ ከባቢ ካብ ብ “integreat-cli pack export” ዝተሰርሐ ፋይል ኣእቱ (ቅልጡፍ ኢንተርነት ንዘይብሎም ኮምፒዩተራት)።</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing the content pack</source>
        <translation>ጥቕሉል ትሕዝቶ ይኣቱ ኣሎ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Replaces this computer&apos;s newer content with the older content of the pack.</source>
        <translation>ዝሓደሰ ትሕዝቶ ናይዚ ኮምፒዩተር ብዝኣረገ ትሕዝቶ ናይቲ ጥቕሉል ይትክኦ።</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import content pack</source>
        <translation>ጥቕሉል ትሕዝቶ ኣእቱ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Integreat content packs (*.integreat-pack)</source>
        <translation>ጥቕሉላት ትሕዝቶ Integreat (*.integreat-pack)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Waiting for the running update to finish…</source>
        <translation>እቲ ዝካየድ ዘሎ ምሕዳስ ክሳብ ዝውዳእ ይጽበ ኣሎ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing the content pack…</source>
        <translation>ጥቕሉል ትሕዝቶ ይኣቱ ኣሎ…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PageHtml</name>
    <message>
        <location filename="../app/desktop/pages/pagehtml.cpp" line="+108"/>
        <source>Last updated on %1</source>
        <translation>ናይ መወዳእታ ምሕዳስ ብ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Published on %1</source>
        <translation>ብ %1 ተዘርጊሑ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This page has no text yet.</source>
        <translation>እዚ ገጽ ገና ጽሑፍ የብሉን።</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Imprint</source>
        <translation>ኢምፕሪንት</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Contact form: write to the town&apos;s team</source>
        <translation>ፎርም ርክብ: ናብ ጉጅለ ናይቲ ከተማ ጸሓፍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online offer: opens in your browser</source>
        <translation>ኣብ ኢንተርነት ዘሎ ኣገልግሎት: ኣብ ብራውዘርካ ይኽፈት</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This page is provided by %1</source>
        <translation>እዚ ገጽ ብ %1 ዝቐረበ እዩ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PinPad</name>
    <message>
        <location filename="../app/desktop/kiosk/pinpad.cpp" line="+22"/>
        <source>Administrator PIN</source>
        <translation>PIN ኣመሓዳሪ</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete</source>
        <translation>ደምስስ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>ሰርዝ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the PIN to open the administration.</source>
        <translation>ምምሕዳር ንምኽፋት PIN ኣእቱ።</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceDetailHtml</name>
    <message>
        <location filename="../app/desktop/places/placedetailhtml.cpp" line="+82"/>
        <source>%1 km away</source>
        <translation>%1 ኪሜ ርሒቑ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open all day</source>
        <translation>ምሉእ መዓልቲ ክፉት</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>ዕጹው</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open now</source>
        <translation>ሕጂ ክፉት</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed now</source>
        <translation>ሕጂ ዕጹው</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>ንግዚኡ ዕጹው</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Only with an appointment</source>
        <translation>ብቆጸራ ጥራይ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with an appointment</source>
        <translation>ብቆጸራ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>✓ Barrier-free</source>
        <translation>✓ ንስንኩላን ምቹእ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Not barrier-free</source>
        <translation>✗ ንስንኩላን ምቹእ ኣይኮነን</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Address</source>
        <translation>ኣድራሻ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Navigate (opens a map)</source>
        <translation>መንገዲ ርአ (ካርታ ይኸፍት)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening hours</source>
        <translation>ሰዓታት ስራሕ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Make an appointment</source>
        <translation>ቆጸራ ሓዝ</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Contacts</source>
        <translation>ርክባት</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact information</source>
        <translation>ሓበሬታ ርክብ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone</source>
        <translation>ተሌፎን</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile</source>
        <translation>ሞባይል</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>ኢመይል</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website</source>
        <translation>ዌብሳይት</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment</source>
        <translation>ቆጸራ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office hours</source>
        <translation>ሰዓታት ቤት ጽሕፈት</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About this place</source>
        <translation>ብዛዕባ እዚ ቦታ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events here</source>
        <translation>ኣብዚ ዘለዉ ፍጻመታት</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceFiltersDialog</name>
    <message>
        <location filename="../app/desktop/places/placefiltersdialog.cpp" line="+25"/>
        <source>Only places open now</source>
        <translation>ሕጂ ክፉታት ቦታታት ጥራይ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only barrier-free places</source>
        <translation>ንስንኩላን ምቹኣት ቦታታት ጥራይ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter places</source>
        <translation>ቦታታት ኣጻሪ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>ዓይነት</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reset filters</source>
        <translation>መጻረዪታት ኣልግስ</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Show %n place(s)</source>
        <translation>
            <numerusform>%n ቦታ ኣርኢ</numerusform>
            <numerusform>%n ቦታታት ኣርኢ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceListPanel</name>
    <message>
        <location filename="../app/desktop/places/placelistpanel.cpp" line="+26"/>
        <source>Show all places</source>
        <translation>ኩሎም ቦታታት ኣርኢ</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Search in places</source>
        <translation>ኣብ ቦታታት ድለ</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+100"/>
        <source>Filters…</source>
        <translation>መጻረዪታት…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Places</source>
        <translation>ቦታታት</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open now</source>
        <translation>ሕጂ ክፉት</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed now</source>
        <translation>ሕጂ ዕጹው</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temporarily closed</source>
        <translation>ንግዚኡ ዕጹው</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>open now</source>
        <translation>ሕጂ ክፉት</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>barrier-free</source>
        <translation>ንስንኩላን ምቹእ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Filters (%1)…</source>
        <translation>መጻረዪታት (%1)…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlacesSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/placessection.cpp" line="+31"/>
        <source>Places</source>
        <translation>ቦታታት</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>This place is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>እዚ ቦታ ኣብዚ ኮምፒዩተር የለን። ተኣልዩ ክኸውን ይኽእል፣ ወይ ድማ ካብ ናይ መወዳእታ ምሕዳስ ሓድሽ እዩ።</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlacesView</name>
    <message>
        <location filename="../app/desktop/places/placesview.cpp" line="+65"/>
        <source>← All places</source>
        <translation>← ኩሎም ቦታታት</translation>
    </message>
    <message>
        <location filename="../app/desktop/places/placesviewtiles.cpp" line="+56"/>
        <source>No map of %1 to show. Map tiles need an internet connection or an offline map file (an administrator can import one with “integreat-cli import-tiles”). The places stand on a plain background; the list and the details work without it.</source>
        <translation>ናይ %1 ዝርአ ካርታ የለን። ካርታ ኢንተርነት ወይ ብዘይ ኢንተርነት ዝሰርሕ ፋይል ካርታ የድልዮ (ኣመሓዳሪ ብ “integreat-cli import-tiles” ከእትዎ ይኽእል)። ቦታታት ኣብ ቀሊል ድሕረ ባይታ ይርኣዩ፤ ዝርዝርን ዝርዝር ሓበሬታን ብዘይ ካርታ ይሰርሑ።</translation>
    </message>
    <message>
        <location filename="../app/desktop/places/placesview.cpp" line="-5"/>
        <source>Places and map</source>
        <translation>ቦታታትን ካርታን</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Place</source>
        <translation>ቦታ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All places</source>
        <translation>ኩሎም ቦታታት</translation>
    </message>
    <message numerus="yes">
        <location line="+162"/>
        <source>%n place(s) at this spot</source>
        <translation>
            <numerusform>ኣብዚ ቦታ %n ቦታ</numerusform>
            <numerusform>ኣብዚ ቦታ %n ቦታታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n place(s), nearest first</source>
        <translation>
            <numerusform>%n ቦታ፣ እቲ ዝቐረበ ቅድም</numerusform>
            <numerusform>%n ቦታታት፣ እቲ ዝቐረበ ቅድም</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n place(s), A–Z</source>
        <translation>
            <numerusform>%n ቦታ፣ A–Z</numerusform>
            <numerusform>%n ቦታታት፣ A–Z</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no places for this town yet. They appear here after the next download.</source>
        <translation>ገና ነዛ ከተማ ቦታታት የለዉን። ድሕሪ ዝቕጽል ምውራድ ኣብዚ ይርኣዩ።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No place matches. Change the filters or the search.</source>
        <translation>ዝሰማማዕ ቦታ የለን። መጻረዪታት ወይ ድልያ ቀይር።</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::QrCard</name>
    <message>
        <location filename="../app/desktop/kiosk/qrcard.cpp" line="+19"/>
        <source>Close</source>
        <translation>ዕጸው</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scan the code with your phone&apos;s camera to take this with you.</source>
        <translation>ነዚ ምሳኻ ንምውሳድ ነቲ ኮድ ብካሜራ ተሌፎንካ ስካን ግበሮ።</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Call this number</source>
        <translation>ናብዚ ቁጽሪ ደውል</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an e-mail</source>
        <translation>ኢመይል ጸሓፍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this on your phone</source>
        <translation>ነዚ ኣብ ተሌፎንካ ክፈቶ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(too long for a QR code)</source>
        <translation>(ን QR ኮድ ኣዝዩ ነዊሕ እዩ)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::QrDialog</name>
    <message>
        <location filename="../app/desktop/counsel/qrdialog.cpp" line="+20"/>
        <source>QR code</source>
        <translation>QR ኮድ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QR code of the link</source>
        <translation>QR ኮድ ናይቲ ሊንክ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Scan the code to open this on your phone</source>
        <translation>ነዚ ኣብ ስልኪኻ ንምኽፋት ነቲ ኮድ ስካን ግበሮ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the code to open “%1” on your phone</source>
        <translation>“%1” ኣብ ስልኪኻ ንምኽፋት ነቲ ኮድ ስካን ግበሮ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ReadAloudPanel</name>
    <message>
        <location filename="../app/desktop/counsel/readaloudpanel.cpp" line="+20"/>
        <source>Close</source>
        <translation>ዕጸው</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading and close</source>
        <translation>ምንባብ ኣቋርጽ እሞ ዕጸው</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionButton</name>
    <message>
        <location filename="../app/desktop/mainwindow/regionbutton.cpp" line="+33"/>
        <source>Town</source>
        <translation>ከተማ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>ቀይር</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read about another town</source>
        <translation>ብዛዕባ ካልእ ከተማ ኣንብብ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change town</source>
        <translation>ከተማ ቀይር</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Town: %1</source>
        <translation>ከተማ: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Find another town…</source>
        <translation>ካልእ ከተማ ድለ…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionList</name>
    <message>
        <location filename="../app/desktop/firstrun/regionlist.cpp" line="+21"/>
        <source>Regions</source>
        <translation>ከባቢታት</translation>
    </message>
    <message>
        <location filename="../app/desktop/firstrun/regionlistmodel.cpp" line="+58"/>
        <source>Nearby</source>
        <translation>ኣብ ቀረባ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions near you</source>
        <translation>ኣብ ቀረባኻ ዘለዉ ከባቢታት</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Regions starting with %1</source>
        <translation>ብ %1 ዝጅምሩ ከባቢታት</translation>
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
        <translation>ንዚኣቶም ውን: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionPage</name>
    <message>
        <location filename="../app/desktop/firstrun/regionpage.cpp" line="+42"/>
        <source>Try again</source>
        <translation>ከም ብሓድሽ ፈትን</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the demo town</source>
        <translation>ናይ ኣብነት ከተማ ፈትን</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where do you live?</source>
        <translation>ኣበይ ትነብር?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your town or district. Its local information is then downloaded so that you can read it without internet.</source>
        <translation>ከተማኻ ወይ ወረዳኻ ምረጽ። ብዘይ ኢንተርነት ከተንብቦ ምእንቲ ከባቢያዊ ሓበሬታኡ ይወርድ።</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search, e.g. Landkreis München</source>
        <translation>ድለ፣ ንኣብነት Landkreis München</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search for a region</source>
        <translation>ከባቢ ድለ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of regions found</source>
        <translation>ቁጽሪ ዝተረኽቡ ከባቢታት</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the list of regions…</source>
        <translation>ዝርዝር ከባቢታት ይመጽእ ኣሎ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the list of regions</source>
        <translation>ዝርዝር ከባቢታት ይመጽእ ኣሎ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meanwhile you can look around in Musterstadt, a made-up demo town that comes with the app (in German, English and Arabic).</source>
        <translation>ክሳብ ሽዑ ኣብ Musterstadt ክትርኢ ትኽእል፣ ምስቲ ኣፕ ዝመጽእ ናይ ኣብነት ከተማ እያ (ብጀርመንኛ፣ እንግሊዝኛን ዓረብኛን)።</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No connection</source>
        <translation>ርክብ የለን</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The Integreat server cannot be reached right now, so the list of regions is not available. Please check your internet connection and try again.</source>
        <translation>ሰርቨር Integreat ሕጂ ክብጻሕ ስለ ዘይክእል፣ ዝርዝር ከባቢታት የለን። በጃኻ ርክብ ኢንተርነትካ ፈትሽን ከም ብሓድሽ ፈትንን።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app is in offline mode, so the list of regions cannot be loaded.</source>
        <translation>እቲ ኣፕ ብዘይ ኢንተርነት ይሰርሕ ስለ ዘሎ፣ ዝርዝር ከባቢታት ክመጽእ ኣይክእልን።</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No town found for “%1”. Check the spelling, or try your district (Landkreis) or a town nearby: not every town takes part in Integreat yet.</source>
        <translation>ን “%1” ከተማ ኣይተረኽበን። ኣጻሕሕፋ ፈትሽ፣ ወይ ወረዳኻ (Landkreis) ወይ ኣብ ቀረባ ዘላ ከተማ ፈትን: ኩለን ከተማታት ገና ኣብ Integreat ኣይሳተፋን።</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Regions: %1</source>
        <translation>ከባቢታት: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions found: %1</source>
        <translation>ዝተረኽቡ ከባቢታት: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RelativeTime</name>
    <message>
        <location filename="../app/desktop/presentation/relativetime.cpp" line="+13"/>
        <source>Not updated yet</source>
        <translation>ገና ኣይተሓደሰን</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated just now</source>
        <translation>ሕጂ ተሓዲሱ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated 1 minute ago</source>
        <translation>ቅድሚ 1 ደቒቕ ተሓዲሱ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>ቅድሚ %n ደቒቕ ተሓዲሱ</numerusform>
            <numerusform>ቅድሚ %n ደቓይቕ ተሓዲሱ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated 1 hour ago</source>
        <translation>ቅድሚ 1 ሰዓት ተሓዲሱ</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>ቅድሚ %n ሰዓት ተሓዲሱ</numerusform>
            <numerusform>ቅድሚ %n ሰዓታት ተሓዲሱ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated yesterday</source>
        <translation>ትማሊ ተሓዲሱ</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Updated %n days ago</source>
        <translation>
            <numerusform>ቅድሚ %n መዓልቲ ተሓዲሱ</numerusform>
            <numerusform>ቅድሚ %n መዓልታት ተሓዲሱ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated on %1</source>
        <translation>ብ %1 ተሓዲሱ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SearchView</name>
    <message>
        <location filename="../app/desktop/search/searchview.cpp" line="+61"/>
        <source>Search results</source>
        <translation>ውጽኢታት ድልያ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Search: “%1”</source>
        <translation>ድለ: “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching…</source>
        <translation>ይድለ ኣሎ…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Page</source>
        <translation>ገጽ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>ፍጻመ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>ቦታ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>News</source>
        <translation>ዜና</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Only in %1</source>
        <translation>ብ %1 ጥራይ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text excerpt in %1</source>
        <translation>ክፋል ጽሑፍ ብ %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The search did not work: %1</source>
        <translation>ድልያ ኣይሰርሐን: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing found for “%1”.
Try other or fewer words.</source>
        <translation>ን “%1” ዝተረኽበ የለን።
ካልእ ወይ ውሑድ ቃላት ፈትን።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found in %1 or in German for “%2”.
Try other or fewer words, or a German word you know from a letter.</source>
        <translation>ን “%2” ብ %1 ወይ ብጀርመንኛ ዝተረኽበ የለን።
ካልእ ወይ ውሑድ ቃላት ፈትን፣ ወይ ካብ ደብዳበ እትፈልጦ ናይ ጀርመንኛ ቃል።</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n or more results</source>
        <translation>
            <numerusform>%n ወይ ልዕሊኡ ውጽኢት</numerusform>
            <numerusform>%n ወይ ልዕሊኡ ውጽኢታት</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 result</source>
        <translation>1 ውጽኢት</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n ውጽኢት</numerusform>
            <numerusform>%n ውጽኢታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n or more results in %1 and German</source>
        <translation>
            <numerusform>%n ወይ ልዕሊኡ ውጽኢት ብ %1ን ጀርመንኛን</numerusform>
            <numerusform>%n ወይ ልዕሊኡ ውጽኢታት ብ %1ን ጀርመንኛን</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 result in %1 and German</source>
        <translation>1 ውጽኢት ብ %1ን ጀርመንኛን</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n results in %1 and German</source>
        <translation>
            <numerusform>%n ውጽኢት ብ %1ን ጀርመንኛን</numerusform>
            <numerusform>%n ውጽኢታት ብ %1ን ጀርመንኛን</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results for “%1”</source>
        <translation>ውጽኢታት ን “%1”</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SectionBar</name>
    <message>
        <location filename="../app/desktop/mainwindow/sectionbar.cpp" line="+47"/>
        <source>Sections</source>
        <translation>ክፍልታት</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SectionShell</name>
    <message>
        <location filename="../app/desktop/mainwindow/sectionshell.cpp" line="+15"/>
        <source>What the section chosen in the section tabs shows</source>
        <translation>እቲ ኣብ ታባት ክፍልታት ዝተመርጸ ክፋል ዘርእዮ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SettingsDialog</name>
    <message>
        <location filename="../app/desktop/settings/settingsdialog.cpp" line="+47"/>
        <source>High contrast</source>
        <translation>ልዑል ፍልልይ ሕብሪ</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Settings</source>
        <translation>ቅጥዕታት</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+20"/>
        <source>Language of the app</source>
        <translation>ቋንቋ ናይቲ ኣፕ</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Like the system (%1)</source>
        <translation>ከም ሲስተም (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Menus and messages use this language from the next start. The language of the content is chosen above each page.</source>
        <translation>ሜኑታትን መልእኽትታትን ካብ ዝቕጽል ምጅማር ነዚ ቋንቋ ይጥቀሙ። ቋንቋ ትሕዝቶ ኣብ ልዕሊ ነፍሲ ወከፍ ገጽ ይምረጽ።</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+20"/>
        <source>Text size</source>
        <translation>ዓቐን ጽሑፍ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading</source>
        <translation>ምንባብ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>መፍለጢታት</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> h</source>
        <translation> ሰዓት</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Update saved towns every</source>
        <translation>ዝተዓቀቡ ከተማታት ምሕዳስ፣ ኣብ ነፍሲ ወከፍ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer is shared (counseling): show End session in the window</source>
        <translation>እዚ ኮምፒዩተር ብብዙሓት ሰባት ይጥቀሙሉ (ምኽሪ): “ክፍለ ግዜ ዛዝም” ኣብ መስኮት ኣርኢ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shared computer</source>
        <translation>ብሓባር ዝጥቀሙሉ ኮምፒዩተር</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved content</source>
        <translation>ዝተዓቀበ ትሕዝቶ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>End the session automatically when not in use</source>
        <translation>ኣብ ዘይጥቀመሉ ግዜ ክፍለ ግዜ ብኣውቶማቲክ ዛዝም</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>minutes without use</source>
        <translation>ደቓይቕ ብዘይ ጥቕሚ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes without use before the session ends</source>
        <translation>ቅድሚ ክፍለ ግዜ ምዝዛሙ ብዘይ ጥቕሚ ዝሓልፉ ደቓይቕ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before it ends, a countdown asks whether someone is still there; any key or mouse movement keeps the session. On a shared computer the app also keeps no language, town, news read or folder of a client.</source>
        <translation>ቅድሚ ምዝዛሙ፣ ቁጽሪ ንድሕሪት ሰብ ገና ከም ዘሎ ይሓትት፤ ዝኾነ መፍትሕ ወይ ምንቅስቓስ ማውስ ነቲ ክፍለ ግዜ የቐጽሎ። ኣብ ብሓባር ዝጥቀሙሉ ኮምፒዩተር፣ እቲ ኣፕ ቋንቋ፣ ከተማ፣ ዝተነበ ዜና ወይ ፎልደር ናይ ዓሚል ውን ኣይዕቅብን።</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SideBySidePane</name>
    <message>
        <location filename="../app/desktop/counsel/sidebysidepane.cpp" line="+43"/>
        <source>Second language</source>
        <translation>ካልኣይ ቋንቋ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Swap sides</source>
        <translation>ጎናት ቀያይር</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>%1 (not downloaded)</source>
        <translation>%1 (ኣይወረደን)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not saved on this computer yet. Download it to show this beside the page (this needs the internet).</source>
        <translation>%1 ገና ኣብዚ ኮምፒዩተር ኣይተዓቀበን። ነዚ ኣብ ጎኒ እቲ ገጽ ንምርኣይ ኣውርዶ (ኢንተርነት የድልዮ)።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download %1</source>
        <translation>%1 ኣውርድ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Downloading %1…</source>
        <translation>%1 ይወርድ ኣሎ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading %1: %2</source>
        <translation>%1 ይወርድ ኣሎ: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1 ክወርድ ኣይከኣለን: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open a page, an event, a place or a news item to see it here in a second language.</source>
        <translation>ኣብዚ ብካልኣይ ቋንቋ ንምርኣይ ገጽ፣ ፍጻመ፣ ቦታ ወይ ዜና ክፈት።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“Print this week&apos;s events…” in the menu prints them in both languages.</source>
        <translation>ኣብ ሜኑ ዘሎ “ፍጻመታት ናይዚ ሰሙን ሕተም…” ብክልቲኡ ቋንቋታት ይሕትሞም።</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only one language of this town is saved: choose a second language above to download it.</source>
        <translation>ናይዚ ከተማ ሓደ ቋንቋ ጥራይ እዩ ተዓቂቡ፤ ንምውራድ ኣብ ላዕሊ ካልኣይ ቋንቋ ምረጽ።</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Side by side shows pages, events, places and news items; this is not one of them.</source>
        <translation>ጎን ንጎን ገጻት፣ ፍጻመታት፣ ቦታታትን ዜናን የርኢ፤ እዚ ካብኣቶም ሓደ ኣይኮነን።</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>Second language:</source>
        <translation>ካልኣይ ቋንቋ:</translation>
    </message>
    <message>
        <location line="+327"/>
        <source>This does not exist in %1. It exists in: %2.</source>
        <translation>እዚ ብ%1 የለን። ኣብዞም ቋንቋታት ኣሎ: %2።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other language</source>
        <translation>ካልእ ቋንቋ የለን</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SingleInstance</name>
    <message>
        <location filename="../app/desktop/shell/singleinstance.cpp" line="+141"/>
        <source>The running Integreat did not answer in time; it opens the link when it can.</source>
        <translation>እቲ ዝሰርሕ ዘሎ Integreat ብግዜኡ ኣይመለሰን፤ ምስ ከኣለ ነቲ ሊንክ ክኸፍቶ እዩ።</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The running Integreat did not accept the link.</source>
        <translation>እቲ ዝሰርሕ ዘሎ Integreat ነቲ ሊንክ ኣይተቐበሎን።</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot watch for a second start of Integreat: %1</source>
        <translation>ካልኣይ ምጅማር Integreat ክከታተል ኣይክእልን: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StartScreen</name>
    <message>
        <location filename="../app/desktop/kiosk/startscreen.cpp" line="+42"/>
        <source>Other town</source>
        <translation>ካልእ ከተማ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoragePanel</name>
    <message>
        <location filename="../app/desktop/settings/storagepanel.cpp" line="+37"/>
        <source>Delete saved content?</source>
        <translation>ዝተዓቀበ ትሕዝቶ ይደምሰስ ዶ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete everything saved about %1 from this computer? You can download it again later.</source>
        <translation>ብዛዕባ %1 ዝተዓቀበ ኩሉ ካብዚ ኮምፒዩተር ይደምሰስ ዶ? ደሓር ከም ብሓድሽ ከተውርዶ ትኽእል።</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Data folder</source>
        <translation>ፎልደር ዳታ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved in: %1</source>
        <translation>ዝተዓቀበሉ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting…</source>
        <translation>ይቑጸር ኣሎ…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Space used: %1</source>
        <translation>ዝተጠቕመ ቦታ: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 language</source>
        <translation>1 ቋንቋ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n languages</source>
        <translation>
            <numerusform>%n ቋንቋ</numerusform>
            <numerusform>%n ቋንቋታት</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>ደምስስ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved content of %1</source>
        <translation>ዝተዓቀበ ትሕዝቶ ናይ %1 ደምስስ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline map…</source>
        <translation>ብዘይ ኢንተርነት ዝሰርሕ ካርታ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offline map is imported; choose a file to replace it.</source>
        <translation>ብዘይ ኢንተርነት ዝሰርሕ ካርታ ኣትዩ ኣሎ፤ ንምትካኡ ፋይል ምረጽ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an offline map (.mbtiles) for the places.</source>
        <translation>ንቦታታት ብዘይ ኢንተርነት ዝሰርሕ ካርታ (.mbtiles) ኣእቱ።</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Offline map</source>
        <translation>ብዘይ ኢንተርነት ዝሰርሕ ካርታ</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>MBTiles maps (*.mbtiles)</source>
        <translation>ካርታታት MBTiles (*.mbtiles)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No town is saved on this computer.</source>
        <translation>ኣብዚ ኮምፒዩተር ዝተዓቀበት ከተማ የላን።</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not delete</source>
        <translation>ክድምሰስ ኣይከኣለን</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved content could not be deleted: %1</source>
        <translation>እቲ ዝተዓቀበ ትሕዝቶ ክድምሰስ ኣይከኣለን: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoreGuard</name>
    <message>
        <location filename="../app/desktop/common/storeguard.cpp" line="+33"/>
        <source>The saved content could not be read: %1</source>
        <translation>እቲ ዝተዓቀበ ትሕዝቶ ክንበብ ኣይከኣለን: %1</translation>
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
        <translation>ፎልደር %1 ክፍጠር ኣይክእልን</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved content cannot be opened: %1 (%2)</source>
        <translation>እቲ ዝተዓቀበ ትሕዝቶ ክኽፈት ኣይክእልን: %1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The damaged file could not be moved aside: %1</source>
        <translation>እቲ ዝተበላሸወ ፋይል ንጎኒ ክግለስ ኣይከኣለን: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The saved content cannot be opened: %1</source>
        <translation>እቲ ዝተዓቀበ ትሕዝቶ ክኽፈት ኣይክእልን: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Downloading %1 again …</source>
        <translation>%1 ከም ብሓድሽ ይወርድ ኣሎ …</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncController</name>
    <message>
        <location filename="../app/desktop/sync/synccontroller.cpp" line="+48"/>
        <source>Offline mode: no network is used.</source>
        <translation>ብዘይ ኢንተርነት: ኔትወርክ ኣይጥቀምን።</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncPage</name>
    <message>
        <location filename="../app/desktop/firstrun/syncpage.cpp" line="+55"/>
        <source>Downloading the local information</source>
        <translation>ከባቢያዊ ሓበሬታ ይወርድ ኣሎ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download progress</source>
        <translation>ምዕባለ ምውራድ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download status</source>
        <translation>ኩነታት ምውራድ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 – this takes a moment. You can cancel at any time; what is already on this computer stays as it was.</source>
        <translation>%1 – እዚ ቁሩብ ግዜ ይወስድ። ኣብ ዝኾነ ግዜ ከተቋርጽ ትኽእል፤ ኣብዚ ኮምፒዩተር ዘሎ ከም ዝነበሮ ይጸንሕ።</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Connecting…</source>
        <translation>ይራኸብ ኣሎ…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>የቋርጽ ኣሎ…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 of %2 – %3: %4</source>
        <translation>%1 ካብ %2 – %3: %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Downloading images and documents: %1 of %2</source>
        <translation>ስእልታትን ሰነዳትን ይወርዱ ኣለዉ: %1 ካብ %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation>ተቋሪጹ።</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No answer for this language.</source>
        <translation>ንዚ ቋንቋ መልሲ የለን።</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing could be downloaded.</source>
        <translation>ዋላ ሓንቲ ክወርድ ኣይከኣለን።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some languages could not be downloaded. You can retry them or continue with what is there.</source>
        <translation>ገሊኦም ቋንቋታት ክወርዱ ኣይከኣሉን። ከም ብሓድሽ ክትፍትኖም ወይ ብዘሎ ክትቅጽል ትኽእል።</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done.</source>
        <translation>ተወዲኡ።</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncPresenter</name>
    <message>
        <location filename="../app/desktop/mainwindow/syncpresenter.cpp" line="+46"/>
        <source>This is a demo town with example content: there is nothing to update. Choose your own town with “Change” to get its content.</source>
        <translation>እዚ ናይ ኣብነት ትሕዝቶ ዘለዋ ናይ ኣብነት ከተማ እያ: ዝሕደስ የለን። ትሕዝቶ ከተማኻ ንምርካብ ብ “ቀይር” ከተማኻ ምረጽ።</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An update is running. Please try again when it is done.</source>
        <translation>ምሕዳስ ይሰርሕ ኣሎ። በጃኻ ምስ ተወድአ ከም ብሓድሽ ፈትን።</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Updating…</source>
        <translation>ይሕደስ ኣሎ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 ካብ %4)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The language could not be downloaded: %1</source>
        <translation>እቲ ቋንቋ ክወርድ ኣይከኣለን: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncStateWidget</name>
    <message>
        <location filename="../app/desktop/mainwindow/syncstatewidget.cpp" line="+30"/>
        <location line="+1"/>
        <location line="+168"/>
        <source>Offline</source>
        <translation>ብዘይ ኢንተርነት</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Update state</source>
        <translation>ኩነታት ምሕዳስ</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>ቅድሚ %n ደቒቕ ተሓዲሱ</numerusform>
            <numerusform>ቅድሚ %n ደቓይቕ ተሓዲሱ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>ቅድሚ %n ሰዓት ተሓዲሱ</numerusform>
            <numerusform>ቅድሚ %n ሰዓታት ተሓዲሱ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated yesterday</source>
        <translation>ትማሊ ተሓዲሱ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not updated yet</source>
        <translation>ገና ኣይተሓደሰን</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+106"/>
        <source>Update failed</source>
        <translation>ምሕዳስ ኣይተዓወተን</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+102"/>
        <source>Updating…</source>
        <translation>ይሕደስ ኣሎ…</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+99"/>
        <source>Example content</source>
        <translation>ናይ ኣብነት ትሕዝቶ</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+103"/>
        <source>Updating elsewhere</source>
        <translation>ካልእ ቦታ ይሕደስ ኣሎ</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+121"/>
        <source>Sync now</source>
        <translation>ሕጂ ኣሐድስ</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+121"/>
        <source>Stop</source>
        <translation>ደው ኣብል</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Another update is running.</source>
        <translation>ካልእ ምሕዳስ ይሰርሕ ኣሎ።</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Another program is updating the content on this computer. Try Sync now again when it is done.</source>
        <translation>ካልእ ፕሮግራም ነቲ ኣብዚ ኮምፒዩተር ዘሎ ትሕዝቶ የሐድሶ ኣሎ። ምስ ወድአ “ሕጂ ኣሐድስ” እንደገና ፈትን።</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a demo town with example content. It is not updated from a server; choose your town to get its real content.</source>
        <translation>እዚ ናይ ኣብነት ትሕዝቶ ዘለዋ ናይ ኣብነት ከተማ እያ። ካብ ሰርቨር ኣይሕደስን፤ ሓቀኛ ትሕዝቶ ንምርካብ ከተማኻ ምረጽ።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo</source>
        <translation>ኣብነት</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop the update; the saved content stays as it is</source>
        <translation>ምሕዳስ ደው ኣብል፤ ዝተዓቀበ ትሕዝቶ ከም ዘለዎ ይጸንሕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the latest content (F5)</source>
        <translation>እቲ ሓድሽ ትሕዝቶ ኣውርድ (F5)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncWorker</name>
    <message>
        <location filename="../app/desktop/sync/syncworker.cpp" line="+44"/>
        <source>Could not create the data folder %1.</source>
        <translation>ፎልደር ዳታ %1 ክፍጠር ኣይከኣለን።</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not open the local store: %1</source>
        <translation>መኽዘን ክኽፈት ኣይከኣለን: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelled.</source>
        <translation>ተቋሪጹ።</translation>
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
        <translation>ንዚ ቋንቋ ገና ኣብ ስክሪን ዝርአ ኪቦርድ የለን: ብላቲን ፊደላት ጸሓፍ።</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete</source>
        <translation>ደምስስ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other letters: %1</source>
        <translation>ካልኦት ፊደላት: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Space</source>
        <translation>ባዶ ቦታ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide the keyboard</source>
        <translation>ኪቦርድ ሕባእ</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackOutbox</name>
    <message>
        <location filename="../core/feedback/feedbackoutbox.cpp" line="+33"/>
        <source>Sending your feedback…</source>
        <translation>ግብረ-መልስኻ ይለኣኽ ኣሎ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your feedback will be sent when this computer is online.</source>
        <translation>እዚ ኮምፒዩተር ምስ ኢንተርነት ምስ ተራኸበ ግብረ-መልስኻ ክለኣኽ እዩ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your feedback will be sent when this computer is online, if the app stays open: on a shared computer it is not saved.</source>
        <translation>እቲ ኣፕ ክፉት እንተ ጸኒሑ፣ እዚ ኮምፒዩተር ምስ ኢንተርነት ምስ ተራኸበ ግብረ-መልስኻ ክለኣኽ እዩ፤ ኣብ ብሓባር ዝጥቀሙሉ ኮምፒዩተር ኣይዕቀብን።</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your feedback could not be sent.</source>
        <translation>ግብረ-መልስኻ ክለኣኽ ኣይከኣለን።</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackResult</name>
    <message>
        <location filename="../core/feedback/feedbacksender.cpp" line="+24"/>
        <source>Thank you! Your feedback was sent to the town&apos;s editors.</source>
        <translation>የቐንየልና! ግብረ-መልስኻ ናብ ኣዳለውቲ ናይቲ ከተማ ተላኢኹ።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline: your feedback was not sent.</source>
        <translation>ምስ ኢንተርነት ኣይተራኸብካን፤ ግብረ-መልስኻ ኣይተላእከን።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Integreat server has a problem (error %1): your feedback was not sent.</source>
        <translation>ሰርቨር Integreat ጸገም ኣለዎ (ጌጋ %1)፤ ግብረ-መልስኻ ኣይተላእከን።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too much feedback was sent from here in a short time: your feedback was not sent yet.</source>
        <translation>ኣብ ሓጺር ግዜ ካብዚ ብዙሕ ግብረ-መልሲ ተላኢኹ፤ ግብረ-መልስኻ ገና ኣይተላእከን።</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Integreat server did not accept this feedback (error %1).</source>
        <translation>ሰርቨር Integreat ነዚ ግብረ-መልሲ ኣይተቐበሎን (ጌጋ %1)።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Integreat server did not accept this feedback (error %1): %2</source>
        <translation>ሰርቨር Integreat ነዚ ግብረ-መልሲ ኣይተቐበሎን (ጌጋ %1): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your feedback could not be sent: %1</source>
        <translation>ግብረ-መልስኻ ክለኣኽ ኣይከኣለን: %1</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackSender</name>
    <message>
        <location line="+16"/>
        <source>a thumb or a comment is needed</source>
        <translation>ምልክት ዓባይ ኣጻብዕ ወይ ርእይቶ የድሊ</translation>
    </message>
</context>
<context>
    <name>integreat::geo</name>
    <message>
        <location filename="../core/geo/tileimport.cpp" line="+23"/>
        <source>%1 is not a region code.</source>
        <translation>%1 ኮድ ከባቢ ኣይኮነን።</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the folder for offline maps in %1.</source>
        <translation>ኣብ %1 ፎልደር ንብዘይ ኢንተርነት ዝሰርሑ ካርታታት ክፍጠር ኣይክእልን።</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot copy %1 into the data folder.</source>
        <translation>%1 ናብ ፎልደር ዳታ ክቕዳሕ ኣይክእልን።</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot replace the offline map %1.</source>
        <translation>ብዘይ ኢንተርነት ዝሰርሕ ካርታ %1 ክትካእ ኣይክእልን።</translation>
    </message>
</context>
<context>
    <name>integreat::geo::MbtilesSource</name>
    <message>
        <location filename="../core/geo/mbtilessource.cpp" line="+55"/>
        <source>The map file %1 does not exist.</source>
        <translation>ፋይል ካርታ %1 የለን።</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not an MBTiles map file (not an SQLite database).</source>
        <translation>%1 ፋይል ካርታ MBTiles ኣይኮነን (SQLite ዳታቤዝ ኣይኮነን)።</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an MBTiles map file (it has no tiles or metadata table).</source>
        <translation>%1 ፋይል ካርታ MBTiles ኣይኮነን (tiles ወይ metadata ሰንጠረዥ የብሉን)።</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not an MBTiles map file (its tiles table lacks the MBTiles columns).</source>
        <translation>%1 ፋይል ካርታ MBTiles ኣይኮነን (ሰንጠረዥ tiles ዓምድታት MBTiles የብሉን)።</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds vector tiles (pbf); only raster maps (PNG, JPEG) can be shown.</source>
        <translation>%1 vector tiles (pbf) ሒዙ ኣሎ፤ raster ካርታታት (PNG, JPEG) ጥራይ ክርኣዩ ይኽእሉ።</translation>
    </message>
</context>
<context>
    <name>integreat::geo::OnlineTileSource</name>
    <message>
        <location filename="../core/geo/onlinetilesource.cpp" line="+182"/>
        <source>The tile server gave an unexpected answer (HTTP %1).</source>
        <translation>ሰርቨር ካርታ ዘይተጸበናዮ መልሲ ሂቡ (HTTP %1)።</translation>
    </message>
</context>
<context>
    <name>integreat::kiosk::KioskConfig</name>
    <message>
        <location filename="../core/kiosk/kioskconfig.cpp" line="+18"/>
        <source>“%1” is not a region slug (like augsburg).</source>
        <translation>“%1” ስም ከባቢ (slug) ኣይኮነን (ከም augsburg)።</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a language code (like de or ar).</source>
        <translation>“%1” ኮድ ቋንቋ ኣይኮነን (ከም de ወይ ar)።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The start language %1 is not among the languages %2.</source>
        <translation>ቋንቋ መጀመርታ %1 ኣብ መንጎ ቋንቋታት %2 የለን።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The idle time must be from %1 to %2 seconds.</source>
        <translation>ግዜ ዕረፍቲ ካብ %1 ክሳብ %2 ካልኢታት ክኸውን ኣለዎ።</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The countdown must be from 1 to %1 seconds.</source>
        <translation>ቆጻሪ ካብ 1 ክሳብ %1 ካልኢታት ክኸውን ኣለዎ።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one section must be shown.</source>
        <translation>እንተ ወሓደ ሓደ ክፋል ክርአ ኣለዎ።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown section “%1” (known: %2).</source>
        <translation>ዘይፍለጥ ክፋል “%1” (ዝፍለጡ: %2)።</translation>
    </message>
</context>
<context>
    <name>integreat::kiosk::KioskConfigFile</name>
    <message>
        <location filename="../core/kiosk/kioskconfigfile.cpp" line="+77"/>
        <source>line %1: expected “key = value”</source>
        <translation>መስመር %1: “key = value” ይጽበ ነይሩ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>line %1: unknown setting “%2”</source>
        <translation>መስመር %1: ዘይፍለጥ ቅጥዒ “%2”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: “%2” is not a valid value for %3</source>
        <translation>መስመር %1: “%2” ን %3 ቅኑዕ ዋጋ ኣይኮነን</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no [kiosk] section</source>
        <translation>ክፋል [kiosk] የለን</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The kiosk configuration %1 does not exist; the kiosk runs locked with default settings and no PIN (run integreat-cli kiosk setup).</source>
        <translation>ቅጥዒ ኪዮስክ %1 የለን፤ ኪዮስክ ብነባሪ ቅጥዕታትን ብዘይ PIN ተዓጺዩ ይሰርሕ (integreat-cli kiosk setup ኣሰርሕ)።</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The kiosk configuration %1 cannot be read (%2); the kiosk runs locked with default settings and no PIN.</source>
        <translation>ቅጥዒ ኪዮስክ %1 ክንበብ ኣይክእልን (%2)፤ ኪዮስክ ብነባሪ ቅጥዕታትን ብዘይ PIN ተዓጺዩ ይሰርሕ።</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The kiosk configuration %1 is broken (%2); the kiosk runs locked with default settings and no PIN.</source>
        <translation>ቅጥዒ ኪዮስክ %1 ተበላሽዩ (%2)፤ ኪዮስክ ብነባሪ ቅጥዕታትን ብዘይ PIN ተዓጺዩ ይሰርሕ።</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the folder of %1.</source>
        <translation>ፎልደር ናይ %1 ክፍጠር ኣይክእልን።</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 ክጽሓፍ ኣይክእልን: %2</translation>
    </message>
</context>
<context>
    <name>integreat::net::Fetcher</name>
    <message numerus="yes">
        <location filename="../core/net/fetcher.cpp" line="+63"/>
        <source>The server is busy and asks to try again in %n minute(s).</source>
        <translation>
            <numerusform>ሰርቨር ተጸሚዱ ስለ ዘሎ ድሕሪ %n ደቒቕ ከም ብሓድሽ ክትፍትን ይሓትት።</numerusform>
            <numerusform>ሰርቨር ተጸሚዱ ስለ ዘሎ ድሕሪ %n ደቓይቕ ከም ብሓድሽ ክትፍትን ይሓትት።</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>Cancelled.</source>
        <translation>ተቋሪጹ።</translation>
    </message>
</context>
<context>
    <name>integreat::net::Proxy</name>
    <message>
        <location filename="../core/net/proxy.cpp" line="+41"/>
        <source>The proxy “%1” is not usable: give http://HOST:PORT, socks5://HOST:PORT or none.</source>
        <translation>ፕሮክሲ “%1” ክጥቀመሉ ኣይክእልን: http://HOST:PORT, socks5://HOST:PORT ወይ none ሃብ።</translation>
    </message>
</context>
<context>
    <name>integreat::net::Transfer</name>
    <message>
        <location filename="../core/net/transfer.cpp" line="+79"/>
        <source>Cancelled.</source>
        <translation>ተቋሪጹ።</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+27"/>
        <source>The download is larger than %1 MB; it was stopped.</source>
        <translation>እቲ ምውራድ ካብ %1 MB ይዓቢ፤ ደው ኢሉ።</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server sent the request on to %1, which is not allowed.</source>
        <translation>ሰርቨር ነቲ ሕቶ ናብ %1 ኣመሓላሊፍዎ፣ እዚ ድማ ኣይፍቀድን።</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <location line="+111"/>
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>ሰርቨር ኣብ ውሽጢ %n ካልኢት ኣይመለሰን።</numerusform>
            <numerusform>ሰርቨር ኣብ ውሽጢ %n ካልኢታት ኣይመለሰን።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-99"/>
        <source>The server sent only %1 bytes in %n second(s), less than %2 bytes a second; the download was stopped.</source>
        <translation>
            <numerusform>ሰርቨር ኣብ %n ካልኢት %1 bytes ጥራይ ሰዲዱ፣ ካብ %2 bytes ኣብ ካልኢት ዝወሓደ፤ ምውራድ ደው ኢሉ።</numerusform>
            <numerusform>ሰርቨር ኣብ %n ካልኢታት %1 bytes ጥራይ ሰዲዱ፣ ካብ %2 bytes ኣብ ካልኢት ዝወሓደ፤ ምውራድ ደው ኢሉ።</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not found on the server (HTTP 404).</source>
        <translation>ኣብ ሰርቨር ኣይተረኽበን (HTTP 404)።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>ሰርቨር ብጌጋ መሊሱ (HTTP %1)።</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+20"/>
        <source>The connection was closed before the download was complete.</source>
        <translation>ምውራድ ከይተወድአ ርክብ ተዓጽዩ።</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The server sent compressed data that cannot be unpacked safely (damaged, or far larger unpacked than sent); the download was stopped.</source>
        <translation>ሰርቨር ብውሑስ ክፍታሕ ዘይክእል ዝተጸቕጠ ዳታ ሰዲዱ (ዝተበላሸወ፣ ወይ ምስ ተፈትሐ ካብቲ ዝተሰደ ኣዝዩ ዝዓቢ)፤ ምውራድ ደው ኢሉ።</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server %1 was not found; check the address and the internet connection.</source>
        <translation>ሰርቨር %1 ኣይተረኽበን፤ ኣድራሻን ርክብ ኢንተርነትን ፈትሽ።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 refused the connection.</source>
        <translation>ሰርቨር %1 ርክብ ኣብዩ።</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure connection to %1 could not be established: %2</source>
        <translation>ውሑስ ርክብ ምስ %1 ክምስረት ኣይከኣለን: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy could not be reached: %1</source>
        <translation>ፕሮክሲ ክብጻሕ ኣይከኣለን: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy asks for a user name and password.</source>
        <translation>ፕሮክሲ ስም ተጠቃሚን ፓስዎርድን ይሓትት።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request on too many times.</source>
        <translation>ሰርቨር ነቲ ሕቶ ብዙሕ ግዜ ኣመሓላሊፍዎ።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request on from https to http, which is not allowed.</source>
        <translation>ሰርቨር ነቲ ሕቶ ካብ https ናብ http ኣመሓላሊፍዎ፣ እዚ ድማ ኣይፍቀድን።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no network connection.</source>
        <translation>ርክብ ኔትወርክ የለን።</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network error (code %1).</source>
        <translation>ጌጋ ኔትወርክ (ኮድ %1)።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error: %1</source>
        <translation>ጌጋ ኔትወርክ: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack</name>
    <message>
        <location filename="../core/pack/packexporter.cpp" line="+51"/>
        <source>Could not read %1: %2</source>
        <translation>%1 ክንበብ ኣይከኣለን: %2</translation>
    </message>
    <message>
        <location filename="../core/pack/packinstaller.cpp" line="+41"/>
        <source>Could not write %1.</source>
        <translation>%1 ክጽሓፍ ኣይከኣለን።</translation>
    </message>
    <message>
        <location filename="../core/pack/packmanifest.cpp" line="+92"/>
        <location filename="../core/pack/packreader.cpp" line="+46"/>
        <source>This is not an Integreat content pack (its manifest is missing or damaged).</source>
        <translation>እዚ ጥቕሉል ትሕዝቶ Integreat ኣይኮነን (ዝርዝር ትሕዝቶኡ የለን ወይ ተበላሽዩ)።</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This content pack was made by a newer version of Integreat (pack format %1; this version reads up to %2). Update Integreat to import it.</source>
        <translation>እዚ ጥቕሉል ትሕዝቶ ብዝሓደሰ ስሪት Integreat እዩ ተሰሪሑ (ቅርጺ ጥቕሉል %1፤ እዚ ስሪት ክሳብ %2 የንብብ)። ንምእታዉ Integreat ኣሐድሶ።</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack&apos;s manifest is incomplete or damaged (%1).</source>
        <translation>ዝርዝር ትሕዝቶ ናይቲ ጥቕሉል ዘይምሉእ ወይ ዝተበላሸወ እዩ (%1)።</translation>
    </message>
    <message>
        <location filename="../core/pack/tarwriter.cpp" line="+53"/>
        <source>Cannot store “%1” in a pack.</source>
        <translation>“%1” ኣብ ጥቕሉል ክዕቀብ ኣይክእልን።</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 changed while it was read.</source>
        <translation>%1 ክንበብ ከሎ ተቐይሩ።</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackExporter</name>
    <message>
        <location filename="../core/pack/packexporter.cpp" line="+49"/>
        <source>The region %1 is not in the local store; sync it first.</source>
        <translation>ከባቢ %1 ኣብዚ ኣይተዓቀበን፤ ቅድም ኣውርዶ።</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has not been synced in %2 yet; sync it first.</source>
        <translation>%1 ገና ኣብ %2 ኣይተሓደሰን፤ ቅድም ኣውርዶ።</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+11"/>
        <source>Could not write %1: %2</source>
        <translation>%1 ክጽሓፍ ኣይከኣለን: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the local store: %1</source>
        <translation>እቲ ኣብዚ ዝተዓቀበ ትሕዝቶ ክንበብ ኣይከኣለን: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackInstaller</name>
    <message>
        <location filename="../core/pack/packinstaller.cpp" line="+37"/>
        <source>Could not open %1: %2</source>
        <translation>%1 ክኽፈት ኣይከኣለን: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not unpack the pack into %1: %2</source>
        <translation>እቲ ጥቕሉል ናብ %1 ክፍታሕ ኣይከኣለን: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pack is damaged: its offline map cannot be read (%1).</source>
        <translation>እቲ ጥቕሉል ተበላሽዩ፤ እቲ ብዘይ ኢንተርነት ዝሰርሕ ካርታኡ ክንበብ ኣይክእልን (%1)።</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not save the content pack: %1</source>
        <translation>እቲ ጥቕሉል ትሕዝቶ ክዕቀብ ኣይከኣለን: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackReader</name>
    <message>
        <location filename="../core/pack/packreader.cpp" line="+57"/>
        <source>The pack is damaged: it holds %1, which its manifest does not list.</source>
        <translation>እቲ ጥቕሉል ተበላሽዩ፤ %1 ሒዙ ኣሎ፣ ዝርዝር ትሕዝቶኡ ግን ኣይጠቕሶን።</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pack is damaged: %1 does not have the size its manifest gives.</source>
        <translation>እቲ ጥቕሉል ተበላሽዩ፤ %1 እቲ ዝርዝር ትሕዝቶ ዝሃቦ መጠን የብሉን።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pack is damaged: %1 is too large.</source>
        <translation>እቲ ጥቕሉል ተበላሽዩ፤ %1 ኣዝዩ ዓቢ እዩ።</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>Could not unpack the pack into %1: %2</source>
        <translation>እቲ ጥቕሉል ናብ %1 ክፍታሕ ኣይከኣለን: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack is damaged: %1 does not match its checksum.</source>
        <translation>እቲ ጥቕሉል ተበላሽዩ፤ %1 ምስ checksum ኣይሰማማዕን።</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The pack is incomplete: %1 is missing.</source>
        <translation>እቲ ጥቕሉል ዘይምሉእ እዩ፤ %1 የለን።</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pack is damaged: %1 is not valid (%2).</source>
        <translation>እቲ ጥቕሉል ተበላሽዩ፤ %1 ቅኑዕ ኣይኮነን (%2)።</translation>
    </message>
</context>
<context>
    <name>integreat::pack::TarReader</name>
    <message>
        <location filename="../core/pack/tarreader.cpp" line="+86"/>
        <location line="+38"/>
        <location line="+10"/>
        <source>The pack ends early (it was cut short while copying?).</source>
        <translation>እቲ ጥቕሉል ቀልጢፉ ይውዳእ (ምናልባት ኣብ ግዜ ምቕዳሕ ተቛሪጹ ይኸውን?)።</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The pack is damaged: an empty block inside it.</source>
        <translation>እቲ ጥቕሉል ተበላሽዩ፤ ኣብ ውሽጡ ባዶ ብሎክ ኣሎ።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pack is damaged: a part&apos;s header is not valid.</source>
        <translation>እቲ ጥቕሉል ተበላሽዩ፤ ርእሲ ሓደ ክፋል ቅኑዕ ኣይኮነን።</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pack is damaged: it holds something other than files.</source>
        <translation>እቲ ጥቕሉል ተበላሽዩ፤ ካብ ፋይላት ዝተፈልየ ነገር ሒዙ ኣሎ።</translation>
    </message>
</context>
<context>
    <name>integreat::print::Handout</name>
    <message>
        <location filename="../app/desktop/print/handout.cpp" line="+79"/>
        <source>Printed on %1</source>
        <translation>ብ %1 ዝተሓትመ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last updated on %1</source>
        <translation>ናይ መወዳእታ ምሕዳስ ብ %1</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Page %1 of %2</source>
        <translation>ገጽ %1 ካብ %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot write %1: the file could not be created</source>
        <translation>%1 ክጽሓፍ ኣይክእልን: እቲ ፋይል ክፍጠር ኣይከኣለን</translation>
    </message>
</context>
<context>
    <name>integreat::print::HandoutHtml</name>
    <message>
        <location filename="../app/desktop/print/handouthtml.cpp" line="+112"/>
        <location line="+6"/>
        <source>Closed</source>
        <translation>ዕጹው</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open all day</source>
        <translation>ምሉእ መዓልቲ ክፉት</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only with an appointment</source>
        <translation>ብቆጸራ ጥራይ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>today</source>
        <translation>ሎሚ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Phone</source>
        <translation>ተሌፎን</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>ሞባይል</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>ኢመይል</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>ዌብሳይት</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact</source>
        <translation>ርክብ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Address</source>
        <translation>ኣድራሻ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>ንግዚኡ ዕጹው</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today</source>
        <translation>ሎሚ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>ሰዓታት ስራሕ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appointments</source>
        <translation>ቆጸራታት</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About</source>
        <translation>ብዛዕባ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>መዓስ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>ኣበይ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>ኦንላይን</translation>
    </message>
</context>
<context>
    <name>integreat::print::HandoutLoader</name>
    <message>
        <location filename="../app/desktop/print/handoutloader.cpp" line="+96"/>
        <source>%1 is not in the local store for %2 (%3).</source>
        <translation>%1 ኣብዚ ን %2 (%3) ኣይተዓቀበን።</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This item does not exist in “%1”. It exists in: %2.</source>
        <translation>እዚ ኣብ “%1” የለን። ዘሎ ብ: %2።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other language</source>
        <translation>ካልእ ቋንቋ የለን</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The “%1” version of this item is not stored; sync that language first.</source>
        <translation>ናይ “%1” ቅዳሕ ናይዚ ኣይተዓቀበን፤ ቅድም ነቲ ቋንቋ ኣውርዶ።</translation>
    </message>
</context>
<context>
    <name>integreat::print::PrintActions</name>
    <message>
        <location filename="../app/desktop/print/printactions.cpp" line="+23"/>
        <location line="+46"/>
        <source>Print…</source>
        <translation>ሕተም…</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+46"/>
        <source>Save as PDF…</source>
        <translation>ከም PDF ዕቀብ…</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Print next week&apos;s events…</source>
        <translation>ፍጻመታት ናይ ዝመጽእ ሰሙን ሕተም…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save next week&apos;s events as PDF…</source>
        <translation>ፍጻመታት ናይ ዝመጽእ ሰሙን ከም PDF ዕቀብ…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Print this week&apos;s events…</source>
        <translation>ፍጻመታት ናይዚ ሰሙን ሕተም…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this week&apos;s events as PDF…</source>
        <translation>ፍጻመታት ናይዚ ሰሙን ከም PDF ዕቀብ…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the local store: %1</source>
        <translation>እቲ ኣብዚ ዝተዓቀበ ትሕዝቶ ክንበብ ኣይከኣለን: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot print</source>
        <translation>ክሕተም ኣይክእልን</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The printer could not be used.</source>
        <translation>ፕሪንተር ክጥቀመሉ ኣይከኣለን።</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as PDF</source>
        <translation>ከም PDF ዕቀብ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>ሰነዳት PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>integreat::print::WeekHtml</name>
    <message>
        <location filename="../app/desktop/print/weekhtml.cpp" line="+39"/>
        <source>Events of the week</source>
        <translation>ፍጻመታት ናይቲ ሰሙን</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No events on this day.</source>
        <translation>ኣብዛ መዓልቲ ፍጻመታት የለዉን።</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This event is not translated.</source>
        <translation>እዚ ፍጻመ ኣይተተርጎመን።</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All day</source>
        <translation>ምሉእ መዓልቲ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>irregular dates: check with the organizer</source>
        <translation>ዘይስሩዓት ዕለታት: ምስ ኣዳላዊ ኣረጋግጽ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Online</source>
        <translation>ኦንላይን</translation>
    </message>
</context>
<context>
    <name>integreat::print::WeekLoader</name>
    <message>
        <location filename="../app/desktop/print/weekloader.cpp" line="+98"/>
        <source>No events of %1 are stored in “%2”: there is nothing to print.</source>
        <translation>ናይ %1 ፍጻመታት ኣብ “%2” ኣይተዓቀቡን፤ ዝሕተም የለን።</translation>
    </message>
</context>
<context>
    <name>integreat::session::SessionWiper</name>
    <message>
        <location filename="../app/desktop/session/sessionwiper.cpp" line="+46"/>
        <source>The file dialogs&apos; history could not be cleared (%1).</source>
        <translation>ታሪኽ መስኮታት ፋይል ክጸሪ ኣይከኣለን (%1)።</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not delete %1.</source>
        <translation>%1 ክድምሰስ ኣይከኣለን።</translation>
    </message>
</context>
<context>
    <name>integreat::speech::QtSpeechEngine</name>
    <message>
        <location filename="../app/desktop/speech/qtspeechengine.cpp" line="+27"/>
        <source>The speech service failed.</source>
        <translation>ኣገልግሎት ድምጺ ኣይሰርሐን።</translation>
    </message>
</context>
<context>
    <name>integreat::speech::ReadAloud</name>
    <message>
        <location filename="../app/desktop/speech/readaloud.cpp" line="+43"/>
        <source>No voice for %1 on this computer</source>
        <translation>ኣብዚ ኮምፒዩተር ን %1 ድምጺ የለን</translation>
    </message>
</context>
<context>
    <name>integreat::speech::ReadAloudBar</name>
    <message>
        <location filename="../app/desktop/speech/readaloudbar.cpp" line="+21"/>
        <source>Stop</source>
        <translation>ደው ኣብል</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>ቅልጣፈ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slow</source>
        <translation>ቀስ ኢሉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal speed</source>
        <translation>ንቡር ቅልጣፈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast</source>
        <translation>ቀልጢፉ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pause</source>
        <translation>ጠጠው ኣብል</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>ቀጽል</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read aloud</source>
        <translation>ብድምጺ ኣንብብ</translation>
    </message>
</context>
<context>
    <name>integreat::store::StoreRescue</name>
    <message>
        <location filename="../core/store/storerescue.cpp" line="+36"/>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 ፎልደር እዩ፣ ፋይል ዳታቤዝ ኣይኮነን</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the integrity check found: %1</source>
        <translation>ፍተሻ ምሉእነት ዝረኸቦ: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not move %1 to %2.</source>
        <translation>%1 ናብ %2 ክግዕዝ ኣይከኣለን።</translation>
    </message>
</context>
<context>
    <name>integreat::sync::LanguageFetcher</name>
    <message>
        <location filename="../core/sync/languagefetcher.cpp" line="+89"/>
        <source>region list</source>
        <translation>ዝርዝር ከባቢታት</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pages</source>
        <translation>ገጻት</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>events</source>
        <translation>ፍጻመታት</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>places</source>
        <translation>ቦታታት</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>place categories</source>
        <translation>ዓይነታት ቦታታት</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imprint</source>
        <translation>ኢምፕሪንት</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>news</source>
        <translation>ዜና</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+22"/>
        <source>Cancelled.</source>
        <translation>ተቋሪጹ።</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+115"/>
        <source>Could not download the %1: %2</source>
        <translation>%1 ክወርድ ኣይከኣለን: %2</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>The server sent damaged data for the %1 (%2 at byte %3).</source>
        <translation>ሰርቨር ን %1 ዝተበላሸወ ዳታ ሰዲዱ (%2 ኣብ byte %3)።</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>news: not offered by the server; the stored news are kept</source>
        <translation>ዜና: ሰርቨር ኣየቕርቦን፤ ዝተዓቀበ ዜና ይጸንሕ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <location line="+52"/>
        <location line="+60"/>
        <source>The %1 could not be read: %2</source>
        <translation>%1 ክንበብ ኣይከኣለን: %2</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The language “%1” is not available in this region (HTTP 404).</source>
        <translation>ቋንቋ “%1” ኣብዚ ከባቢ የለን (HTTP 404)።</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found on the server (HTTP 404).</source>
        <translation>ኣብ ሰርቨር ኣይተረኽበን (HTTP 404)።</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>imprint: not offered by the server</source>
        <translation>ኢምፕሪንት: ሰርቨር ኣየቕርቦን</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ListCheck</name>
    <message>
        <location filename="../core/sync/listcheck.cpp" line="+29"/>
        <source>The server sent %1 items for the %2, more than the %3 this app accepts; the stored %2 are kept.</source>
        <translation>ሰርቨር ን %2 %1 ኣቕሑ ሰዲዱ፣ እዚ ኣፕ ካብ ዝቕበሎ %3 ይበዝሕ፤ ዝተዓቀቡ %2 ይጸንሑ።</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No item of the %1 could be read (%2 received; first problem: %3); the stored %1 are kept.</source>
        <translation>ካብ %1 ዋላ ሓደ ኣቕሓ ክንበብ ኣይከኣለን (%2 በጺሑ፤ ቀዳማይ ጸገም: %3)፤ ዝተዓቀቡ %1 ይጸንሑ።</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of the %2 items of the %3 could not be read (%4); the stored %3 are kept.</source>
        <translation>%1 ካብ %2 ኣቕሑ ናይ %3 ክንበቡ ኣይከኣሉን (%4)፤ ዝተዓቀቡ %3 ይጸንሑ።</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Item %1 of the %2 holds %3 characters of text, more than the %4 this app accepts; the stored %2 are kept.</source>
        <translation>ኣቕሓ %1 ናይ %2 %3 ፊደላት ጽሑፍ ሒዙ፣ እዚ ኣፕ ካብ ዝቕበሎ %4 ይበዝሕ፤ ዝተዓቀቡ %2 ይጸንሑ።</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server&apos;s list of pages for “%1” would remove %2 of the %3 stored pages; the stored pages are kept. Confirm the removal to apply it.</source>
        <translation>ዝርዝር ገጻት ሰርቨር ን “%1” ካብ %3 ዝተዓቀቡ ገጻት %2 ምኣለየ፤ ዝተዓቀቡ ገጻት ይጸንሑ። ንምትግባሩ ምእላዩ ኣረጋግጽ።</translation>
    </message>
</context>
<context>
    <name>integreat::sync::NewsWatcher</name>
    <message>
        <location filename="../core/sync/newswatcher.cpp" line="+38"/>
        <source>The news list could not be read: %1</source>
        <translation>ዝርዝር ዜና ክንበብ ኣይከኣለን: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::PackImporter</name>
    <message>
        <location filename="../core/sync/packimporter.cpp" line="+43"/>
        <source>The content pack is incomplete: %1 is missing.</source>
        <translation>እቲ ጥቕሉል ትሕዝቶ ምሉእ ኣይኮነን: %1 የለን።</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>The content pack is damaged: %1 (%2).</source>
        <translation>እቲ ጥቕሉል ትሕዝቶ ተበላሽዩ: %1 (%2)።</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The content pack names no region it contains.</source>
        <translation>እቲ ጥቕሉል ትሕዝቶ ዝሓዞ ከባቢ ኣይጠቐሰን።</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The content pack has none of the languages %1.</source>
        <translation>እቲ ጥቕሉል ትሕዝቶ ካብ ቋንቋታት %1 ሓደ እኳ የብሉን።</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not create the folder %1.</source>
        <translation>ፎልደር %1 ክፍጠር ኣይከኣለን።</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not write %1: %2</source>
        <translation>%1 ክጽሓፍ ኣይከኣለን: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save the content pack: %1</source>
        <translation>እቲ ጥቕሉል ትሕዝቶ ክዕቀብ ኣይከኣለን: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::PageTree</name>
    <message>
        <location filename="../core/sync/pagetree.cpp" line="+33"/>
        <source>page %1: its parent %2 is not in the list; shown at the top level</source>
        <translation>ገጽ %1: ወላዲኡ %2 ኣብቲ ዝርዝር የለን፤ ኣብ ላዕለዋይ ደረጃ ይርአ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>page %1: its parents lead back to itself; shown at the top level</source>
        <translation>ገጽ %1: ወለዱ ናብ ባዕሉ ይምልሱ፤ ኣብ ላዕለዋይ ደረጃ ይርአ</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ResourceDownloader</name>
    <message>
        <location filename="../core/sync/resourcedownloader.cpp" line="+69"/>
        <source>Could not write the file: %1</source>
        <translation>እቲ ፋይል ክጽሓፍ ኣይከኣለን: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cancelled.</source>
        <translation>ተቋሪጹ።</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The server sent a web page instead of the file.</source>
        <translation>ሰርቨር ኣብ ክንዲ እቲ ፋይል ዌብ ገጽ ሰዲዱ።</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The server is busy (HTTP %1); the other files will be tried on the next sync.</source>
        <translation>ሰርቨር ተጸሚዱ ኣሎ (HTTP %1)፤ እቶም ካልኦት ፋይላት ኣብ ዝቕጽል ምሕዳስ ይፍተኑ።</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Stopped after %n failed downloads in a row; the other files will be tried on the next sync.</source>
        <translation>
            <numerusform>ድሕሪ %n ተኸታተልቲ ዘይተዓወቱ ምውራዳት ደው ኢሉ፤ እቶም ካልኦት ፋይላት ኣብ ዝቕጽል ምሕዳስ ይፍተኑ።</numerusform>
            <numerusform>ድሕሪ %n ተኸታተልቲ ዘይተዓወቱ ምውራዳት ደው ኢሉ፤ እቶም ካልኦት ፋይላት ኣብ ዝቕጽል ምሕዳስ ይፍተኑ።</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The server gave an unexpected answer (HTTP %1).</source>
        <translation>ሰርቨር ዘይተጸበናዮ መልሲ ሂቡ (HTTP %1)።</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ResourceSync</name>
    <message>
        <location filename="../core/sync/resourcesync.cpp" line="+51"/>
        <source>Cannot create the folder for images and documents: %1</source>
        <translation>ፎልደር ንስእልታትን ሰነዳትን ክፍጠር ኣይክእልን: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not update the list of images and documents: %1</source>
        <translation>ዝርዝር ስእልታትን ሰነዳትን ክሕደስ ኣይከኣለን: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+158"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… ካልእ %n።</numerusform>
            <numerusform>… ካልኦት %n።</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::sync::SyncEngine</name>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="+37"/>
        <source>loading the list of regions</source>
        <translation>ዝርዝር ከባቢታት ይመጽእ ኣሎ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saving</source>
        <translation>ይዕቀብ ኣሎ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>ተወዲኡ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>downloading %1</source>
        <translation>%1 ይወርድ ኣሎ</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not load the list of regions from %1: %2</source>
        <translation>ዝርዝር ከባቢታት ካብ %1 ክመጽእ ኣይከኣለን: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sent a damaged list of regions (%1 at byte %2).</source>
        <translation>ሰርቨር ዝተበላሸወ ዝርዝር ከባቢታት ሰዲዱ (%1 ኣብ byte %2)።</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of regions could not be read: %1</source>
        <translation>ዝርዝር ከባቢታት ክንበብ ኣይከኣለን: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>Could not save the list of regions: %1</source>
        <translation>ዝርዝር ከባቢታት ክዕቀብ ኣይከኣለን: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Could not load the languages of %1: %2</source>
        <translation>ቋንቋታት ናይ %1 ክመጹ ኣይከኣሉን: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server lists no languages for %1.</source>
        <translation>ሰርቨር ን %1 ዝኾነ ቋንቋ ኣይዘርዘረን።</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no region “%1” on the server.</source>
        <translation>ኣብ ሰርቨር ከባቢ “%1” የለን።</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+15"/>
        <source>Cancelled.</source>
        <translation>ተቋሪጹ።</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>%1 offers no language “%2” (it offers: %3).</source>
        <translation>%1 ቋንቋ “%2” ኣየቕርብን (ዘቕርቦ: %3)።</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Could not read the stored pages: %1</source>
        <translation>ዝተዓቀቡ ገጻት ክንበቡ ኣይከኣሉን: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not save the content: %1</source>
        <translation>እቲ ትሕዝቶ ክዕቀብ ኣይከኣለን: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::SyncLock</name>
    <message>
        <location filename="../core/sync/synclock.cpp" line="+68"/>
        <source>A sync is already running (pid %1).</source>
        <translation>ምሕዳስ ድሮ ይሰርሕ ኣሎ (pid %1)።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync is already running.</source>
        <translation>ምሕዳስ ድሮ ይሰርሕ ኣሎ።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the lock file %1: permission denied.</source>
        <translation>ፋይል መዕጸዊ %1 ክፍጠር ኣይክእልን: ፍቓድ የለን።</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the lock file %1 (is the disk full?).</source>
        <translation>ፋይል መዕጸዊ %1 ክፍጠር ኣይክእልን (ዲስክ መሊኡ ድዩ?)።</translation>
    </message>
</context>
<context>
    <name>integreat::sync::WriteFailure</name>
    <message>
        <location filename="../core/sync/writefailure.cpp" line="+26"/>
        <location line="+15"/>
        <source>the disk is full (%1)</source>
        <translation>ዲስክ መሊኡ (%1)</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>no permission to write in %1</source>
        <translation>ኣብ %1 ንምጽሓፍ ፍቓድ የለን</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+8"/>
        <source>%1 is on a read-only file system</source>
        <translation>%1 ንምንባብ ጥራይ ኣብ ዝኸውን ሲስተም ፋይል እዩ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file system refused to write %1</source>
        <translation>ሲስተም ፋይል %1 ምጽሓፍ ኣብዩ</translation>
    </message>
</context>
</TS>
