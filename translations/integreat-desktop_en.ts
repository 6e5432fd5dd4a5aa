<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>integreat::chat::ChatClient</name>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="+93"/>
        <source>The chat server answered with an error (HTTP %1).</source>
        <translation>The chat server answered with an error (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/chat/chatthread.cpp" line="+18"/>
        <source>The chat server sent an answer that is not a chat.</source>
        <translation>The chat server sent an answer that is not a chat.</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ChatSession</name>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="+94"/>
        <source>Too many messages. Please try again in a moment.</source>
        <translation>Too many messages. Please try again in a moment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chat is not available in this town.</source>
        <translation>The chat is not available in this town.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No connection to the chat. It will be updated when you are online.</source>
        <translation>No connection to the chat. It will be updated when you are online.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection to the chat. Your message was not sent; it is kept so you can send it again.</source>
        <translation>No connection to the chat. Your message was not sent; it is kept so you can send it again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat could not be loaded: %1</source>
        <translation>The chat could not be loaded: %1</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ContactMessage</name>
    <message>
        <location filename="../core/chat/contactmessage.cpp" line="+21"/>
        <source>Please enter your e-mail address: the answer is sent there.</source>
        <translation>Please enter your e-mail address: the answer is sent there.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not an e-mail address. Please check it (like name@example.org).</source>
        <translation>“%1” is not an e-mail address. Please check it (like name@example.org).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please write your message.</source>
        <translation>Please write your message.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message is too long: at most %1 characters, it has %2.</source>
        <translation>Your message is too long: at most %1 characters, it has %2.</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ZammadForm</name>
    <message>
        <location filename="../core/chat/zammadform.cpp" line="+14"/>
        <source>Your message was sent. The answer comes to your e-mail address.</source>
        <translation>Your message was sent. The answer comes to your e-mail address.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline: your message was not sent. Please send it again when this computer is connected to the internet.</source>
        <translation>You are offline: your message was not sent. Please send it again when this computer is connected to the internet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The town&apos;s contact server has a problem (error %1): your message was not sent. Please try again later.</source>
        <translation>The town&apos;s contact server has a problem (error %1): your message was not sent. Please try again later.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many messages were sent from here. Please wait a moment and try again.</source>
        <translation>Too many messages were sent from here. Please wait a moment and try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This contact form is switched off at the moment: your message was not sent.</source>
        <translation>This contact form is switched off at the moment: your message was not sent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contact server did not accept this e-mail address. Please check it.</source>
        <translation>The contact server did not accept this e-mail address. Please check it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your message could not be sent: %1</source>
        <translation>Your message could not be sent: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the form has no web address to send to</source>
        <translation>the form has no web address to send to</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the contact server refused it (error %1)</source>
        <translation>the contact server refused it (error %1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the contact server&apos;s answer could not be used</source>
        <translation>the contact server&apos;s answer could not be used</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the contact server found a problem with: %1</source>
        <translation>the contact server found a problem with: %1</translation>
    </message>
</context>
<context>
    <name>integreat::cli</name>
    <message>
        <location filename="../app/cli/cmdregions.cpp" line="+42"/>
        <source>List the regions on the server: name, slug, languages.</source>
        <translation>List the regions on the server: name, slug, languages.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include hidden regions.</source>
        <translation>Include hidden regions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+102"/>
        <location filename="../app/cli/cmdstatus.cpp" line="+66"/>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>  (hidden)</source>
        <translation>  (hidden)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsearch.cpp" line="-64"/>
        <source>(found in %1)</source>
        <translation>(found in %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdimporttiles.cpp" line="+26"/>
        <source>Import an offline map (MBTiles, raster PNG/JPEG tiles) for a region. The desktop app shows it under the places when there is no network. Use maps whose licence allows offline use; OpenStreetMap&apos;s own tile servers do not.</source>
        <translation>Import an offline map (MBTiles, raster PNG/JPEG tiles) for a region. The desktop app shows it under the places when there is no network. Use maps whose licence allows offline use; OpenStreetMap&apos;s own tile servers do not.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmdprint.cpp" line="+33"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+55"/>
        <location filename="../app/cli/cmdshow.cpp" line="+53"/>
        <source>Region slug.</source>
        <translation>Region slug.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .mbtiles file.</source>
        <translation>The .mbtiles file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: integreat-cli import-tiles --region SLUG FILE.mbtiles</source>
        <translation>usage: integreat-cli import-tiles --region SLUG FILE.mbtiles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported the offline map “%1” for %2 (zoom %3–%4) into %5</source>
        <translation>Imported the offline map “%1” for %2 (zoom %3–%4) into %5</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsearch.cpp" line="-5"/>
        <source>Search the stored pages, events, places and news of a region, offline. Pages with every word (at the start of a word of the title or the text; titles count double) come first, then pages where a misspelt word is corrected, another form of a word or a compound containing it matches; a question finds the pages sharing its rarer words.</source>
        <translation>Search the stored pages, events, places and news of a region, offline. Pages with every word (at the start of a word of the title or the text; titles count double) come first, then pages where a misspelt word is corrected, another form of a word or a compound containing it matches; a question finds the pages sharing its rarer words.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language code (the user&apos;s).</source>
        <translation>Language code (the user&apos;s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search German too; a German hit is shown in the language when it is translated.</source>
        <translation>Search German too; a German hit is shown in the language when it is translated.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every stored language.</source>
        <translation>Search every stored language.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N results (1-75, default 75).</source>
        <translation>At most N results (1-75, default 75).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read one query per line; print HITS&lt;TAB&gt;MILLISECONDS&lt;TAB&gt;QUERY each.</source>
        <translation>Read one query per line; print HITS&lt;TAB&gt;MILLISECONDS&lt;TAB&gt;QUERY each.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words to search for.</source>
        <translation>Words to search for.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: integreat-cli search --region SLUG --language CODE [--also-german | --all-languages] [--limit N] [--json] QUERY… (or --stdin)</source>
        <translation>usage: integreat-cli search --region SLUG --language CODE [--also-german | --all-languages] [--limit N] [--json] QUERY… (or --stdin)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--also-german and --all-languages exclude each other</source>
        <translation>--also-german and --all-languages exclude each other</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--limit needs a number from 1 to %1</source>
        <translation>--limit needs a number from 1 to %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing of %1 (%2) is in the local store. Sync it first: integreat-cli sync --region %1 --languages %2</source>
        <translation>Nothing of %1 (%2) is in the local store. Sync it first: integreat-cli sync --region %1 --languages %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No results for “%1”.</source>
        <translation>No results for “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results for “%1”:</source>
        <translation>Results for “%1”:</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdprint.cpp" line="+47"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+4"/>
        <location filename="../app/cli/cmdshow.cpp" line="+54"/>
        <location filename="../app/cli/cmdstatus.cpp" line="+14"/>
        <source>Cannot read the local store: %1</source>
        <translation>Cannot read the local store: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdshow.cpp" line="-55"/>
        <source>Print the title and text of a stored page, event or place.</source>
        <translation>Print the title and text of a stored page, event or place.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdprint.cpp" line="-49"/>
        <source>Write a stored page, place or event, or this week&apos;s events, as a printable PDF handout, in one language or two side by side.</source>
        <translation>Write a stored page, place or event, or this week&apos;s events, as a printable PDF handout, in one language or two side by side.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmdshow.cpp" line="+2"/>
        <source>Language code.</source>
        <translation>Language code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print this language in a second column.</source>
        <translation>Print this language in a second column.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the events of the 7 days from today (or --from), instead of PATH.</source>
        <translation>Print the events of the 7 days from today (or --from), instead of PATH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week&apos;s first day (with --week).</source>
        <translation>The week&apos;s first day (with --week).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmdshow.cpp" line="+2"/>
        <source>Path such as /augsburg/de/willkommen/</source>
        <translation>Path such as /augsburg/de/willkommen/</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: integreat-cli print --region SLUG --language CODE [--second-language CODE] (PATH | --week [--from YYYY-MM-DD]) --pdf FILE</source>
        <translation>usage: integreat-cli print --region SLUG --language CODE [--second-language CODE] (PATH | --week [--from YYYY-MM-DD]) --pdf FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--from needs a date such as 2026-12-07.</source>
        <translation>--from needs a date such as 2026-12-07.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder; give the name of the PDF file to write.</source>
        <translation>%1 is a folder; give the name of the PDF file to write.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdshow.cpp" line="+6"/>
        <source>usage: integreat-cli show --region SLUG --language CODE PATH</source>
        <translation>usage: integreat-cli show --region SLUG --language CODE PATH</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last updated: %1</source>
        <translation>Last updated: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization: %1</source>
        <translation>Organization: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When: %1</source>
        <translation>When: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where: %1</source>
        <translation>Where: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category: %1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not in the local store for %2 (%3). Sync it first: integreat-cli sync --region %2 --languages %3</source>
        <translation>%1 is not in the local store for %2 (%3). Sync it first: integreat-cli sync --region %2 --languages %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdstatus.cpp" line="-35"/>
        <source>  %1: %2 pages, %3 events, %4 places, %5 news</source>
        <translation>  %1: %2 pages, %3 events, %4 places, %5 news</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; synced %1</source>
        <translation>; synced %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; never synced</source>
        <translation>; never synced</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; last attempt failed: %1</source>
        <translation>; last attempt failed: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show what the local store holds, per region and language.</source>
        <translation>Show what the local store holds, per region and language.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Store: %1 (%2)</source>
        <translation>Store: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No region synced yet. Try: integreat-cli sync --region augsburg</source>
        <translation>No region synced yet. Try: integreat-cli sync --region augsburg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images and documents: %1 files (%2)</source>
        <translation>Images and documents: %1 files (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %1 not downloaded yet, tried again on the next sync</source>
        <translation>; %1 not downloaded yet, tried again on the next sync</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdpack.cpp" line="+33"/>
        <location filename="../app/cli/cmdsync.cpp" line="+46"/>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
        <translation>%1 added, %2 changed, %3 removed, %4 unchanged</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 pages, %3 events, %4 places, %5 news (synced %6)</source>
        <translation>%1: %2 pages, %3 events, %4 places, %5 news (synced %6)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote the content pack %1 of %2 to %3 (%4; %5 images and documents%6).</source>
        <translation>Wrote the content pack %1 of %2 to %3 (%4; %5 images and documents%6).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, offline map</source>
        <translation>, offline map</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Try again when it has finished.</source>
        <translation>Try again when it has finished.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content pack %1 of %2, made %3</source>
        <translation>Content pack %1 of %2, made %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: imported (content of %2): %3</source>
        <translation>%1: imported (content of %2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: skipped: this PC&apos;s content (synced %2) is newer than the pack&apos;s (%3); use --force to import it anyway</source>
        <translation>%1: skipped: this PC&apos;s content (synced %2) is newer than the pack&apos;s (%3); use --force to import it anyway</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images and documents: %1%2</source>
        <translation>Images and documents: %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; offline map installed</source>
        <translation>; offline map installed</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Content packs: one file with a region&apos;s content, images and offline map, to carry to PCs without (fast) internet or to a whole fleet.
  pack export --region SLUG [--languages de,en] FILE.integreat-pack
  pack import [--force] FILE.integreat-pack
  pack import --watch DIR    import every new pack that appears in DIR, until stopped</source>
        <translation>Content packs: one file with a region&apos;s content, images and offline map, to carry to PCs without (fast) internet or to a whole fleet.
  pack export --region SLUG [--languages de,en] FILE.integreat-pack
  pack import [--force] FILE.integreat-pack
  pack import --watch DIR    import every new pack that appears in DIR, until stopped</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region slug (export).</source>
        <translation>Region slug (export).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated language codes (export; default: all stored).</source>
        <translation>Comma-separated language codes (export; default: all stored).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import languages even where this PC has newer content.</source>
        <translation>Import languages even where this PC has newer content.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch a folder and import each new or changed pack in it.</source>
        <translation>Watch a folder and import each new or changed pack in it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export or import</source>
        <translation>export or import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack file.</source>
        <translation>The pack file.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE.integreat-pack</source>
        <translation>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE.integreat-pack</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE, pack import [--force] FILE or pack import --watch DIR</source>
        <translation>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE, pack import [--force] FILE or pack import --watch DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsync.cpp" line="+27"/>
        <source>resources: %1 downloaded, %2 unchanged, %3 failed</source>
        <translation>resources: %1 downloaded, %2 unchanged, %3 failed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1 not tried (will retry next sync)</source>
        <translation>, %1 not tried (will retry next sync)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (will retry next sync)</source>
        <translation> (will retry next sync)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 no longer used removed</source>
        <translation>, %1 no longer used removed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 received</source>
        <translation>; %1 received</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>warning: resource: %1</source>
        <translation>warning: resource: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: … and %1 more resource problems (see --json)</source>
        <translation>warning: … and %1 more resource problems (see --json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: images and documents not downloaded: %1; they will be tried again on the next sync.</source>
        <translation>warning: images and documents not downloaded: %1; they will be tried again on the next sync.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download a region&apos;s content (pages, events, places, news, imprint) into the local store. Each language is saved whole or not at all.</source>
        <translation>Download a region&apos;s content (pages, events, places, news, imprint) into the local store. Each language is saved whole or not at all.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region slug, e.g. augsburg.</source>
        <translation>Region slug, e.g. augsburg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated language codes, or “all” (default).</source>
        <translation>Comma-separated language codes, or “all” (default).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as JSON on stdout.</source>
        <translation>Print the result as JSON on stdout.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not download the images and documents (PDFs) the content refers to.</source>
        <translation>Do not download the images and documents (PDFs) the content refers to.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply a pages list even when it removes more than half of the stored pages of a language (refused otherwise, keeping the stored pages).</source>
        <translation>Apply a pages list even when it removes more than half of the stored pages of a language (refused otherwise, keeping the stored pages).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When another sync of this data folder is running, wait for it to end instead of giving up.</source>
        <translation>When another sync of this data folder is running, wait for it to end instead of giving up.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests to the server at once (default %1): the languages download side by side.</source>
        <translation>Requests to the server at once (default %1): the languages download side by side.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sync needs --region SLUG (see integreat-cli regions)</source>
        <translation>sync needs --region SLUG (see integreat-cli regions)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--connections needs a number from 1 to %1</source>
        <translation>--connections needs a number from 1 to %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--languages needs codes such as de,en,ar or “all”</source>
        <translation>--languages needs codes such as de,en,ar or “all”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>integreat-cli: %1 received: cancelling the sync; the stored content stays as it was.</source>
        <translation>integreat-cli: %1 received: cancelling the sync; the stored content stays as it was.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Try again when it has finished, or use --wait.</source>
        <translation>Try again when it has finished, or use --wait.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Waiting for it to finish …</source>
        <translation>%1 Waiting for it to finish …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>: 1 item</source>
        <translation>: 1 item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: %1 items</source>
        <translation>: %1 items</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[resources] images and documents: %1 of %2</source>
        <translation>[resources] images and documents: %1 of %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>warning: %1: %2</source>
        <translation>warning: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdrepair.cpp" line="+31"/>
        <source>Downloading %1 (%2) again …</source>
        <translation>Downloading %1 (%2) again …</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmdsync.cpp" line="+6"/>
        <source>%1: FAILED: %2</source>
        <translation>%1: FAILED: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: %3 items</source>
        <translation>%1 %2: %3 items</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2: FAILED: %3</source>
        <translation>%1 %2: FAILED: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the local store; when it is damaged, move it aside (with -wal and -shm, under a dated name), start a fresh one and download again the regions and languages it held.</source>
        <translation>Check the local store; when it is damaged, move it aside (with -wal and -shm, under a dated name), start a fresh one and download again the regions and languages it held.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only check the store; change nothing.</source>
        <translation>Only check the store; change nothing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download this region again instead of those the old store held.</source>
        <translation>Download this region again instead of those the old store held.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --region: comma-separated language codes (default: all).</source>
        <translation>With --region: comma-separated language codes (default: all).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no local store at %1 yet; nothing to repair.</source>
        <translation>There is no local store at %1 yet; nothing to repair.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local store %1 is sound; nothing to repair.</source>
        <translation>The local store %1 is sound; nothing to repair.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>all languages</source>
        <translation>all languages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local store %1 is damaged: %2</source>
        <translation>The local store %1 is damaged: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved region can be read from it.</source>
        <translation>No saved region can be read from it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions it still names: %1</source>
        <translation>Regions it still names: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the local store is damaged; run “integreat-cli repair” to move it aside and download the content again</source>
        <translation>the local store is damaged; run “integreat-cli repair” to move it aside and download the content again</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repair when it has finished.</source>
        <translation>Repair when it has finished.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moved it aside to %1 (nothing was deleted).</source>
        <translation>Moved it aside to %1 (nothing was deleted).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started a fresh store at %1.</source>
        <translation>Started a fresh store at %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved region could be read from the old file. Download one with: integreat-cli sync --region SLUG</source>
        <translation>No saved region could be read from the old file. Download one with: integreat-cli sync --region SLUG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the store was repaired, but not every language could be downloaded again; run integreat-cli sync later</source>
        <translation>the store was repaired, but not every language could be downloaded again; run integreat-cli sync later</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsync.cpp" line="-73"/>
        <location line="+89"/>
        <source>sync cancelled</source>
        <translation>sync cancelled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the server really removed these pages, run the sync again with --allow-mass-removal.</source>
        <translation>If the server really removed these pages, run the sync again with --allow-mass-removal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync failed for %1</source>
        <translation>sync failed for %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+36"/>
        <source>List the regions on the server.</source>
        <translation>List the regions on the server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download a region&apos;s content into the local store.</source>
        <translation>Download a region&apos;s content into the local store.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what the local store holds.</source>
        <translation>Show what the local store holds.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a stored page, event or place.</source>
        <translation>Print a stored page, event or place.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the stored content, offline.</source>
        <translation>Search the stored content, offline.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the local store; move a damaged one aside and download again.</source>
        <translation>Check the local store; move a damaged one aside and download again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import an offline map (MBTiles) for a region.</source>
        <translation>Import an offline map (MBTiles) for a region.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configure kiosk mode: setup, show, set-pin, disable.</source>
        <translation>Configure kiosk mode: setup, show, set-pin, disable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a stored page, place or event, or this week&apos;s events, as a PDF handout.</source>
        <translation>Write a stored page, place or event, or this week&apos;s events, as a PDF handout.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export or import a content pack (one file per region), or watch a folder for packs.</source>
        <translation>Export or import a content pack (one file per region), or watch a folder for packs.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: integreat-cli [global options] COMMAND [options]

Keeps the content of Integreat regions in a local store that works offline.

Commands:
</source>
        <translation>Usage: integreat-cli [global options] COMMAND [options]

Keeps the content of Integreat regions in a local store that works offline.

Commands:
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
</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>no command given</source>
        <translation>no command given</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown command “%1” (see --help)</source>
        <translation>unknown command “%1” (see --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/clipin.cpp" line="+62"/>
        <source>New kiosk PIN (4 to 12 digits): </source>
        <translation>New kiosk PIN (4 to 12 digits): </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same PIN again: </source>
        <translation>The same PIN again: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two PINs differ; nothing was changed</source>
        <translation>the two PINs differ; nothing was changed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no PIN was given (give it on standard input or at the prompt)</source>
        <translation>no PIN was given (give it on standard input or at the prompt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a kiosk PIN has 4 to 12 digits</source>
        <translation>a kiosk PIN has 4 to 12 digits</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdkiosk.cpp" line="+77"/>
        <source>--%1 needs a number from %2 to %3</source>
        <translation>--%1 needs a number from %2 to %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>kiosk setup needs --region SLUG</source>
        <translation>kiosk setup needs --region SLUG</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wrote the kiosk configuration %1.</source>
        <translation>Wrote the kiosk configuration %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integreat-cli: warning: no PIN is set, so nobody can open the kiosk&apos;s admin panel (set one with: integreat-cli kiosk set-pin --config %1)</source>
        <translation>integreat-cli: warning: no PIN is set, so nobody can open the kiosk&apos;s admin panel (set one with: integreat-cli kiosk set-pin --config %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(all stored)</source>
        <translation>(all stored)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration:     %1</source>
        <translation>Configuration:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk mode:        %1</source>
        <translation>Kiosk mode:        %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation>enabled</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions:           %1</source>
        <translation>Regions:           %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:         %1</source>
        <translation>Languages:         %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start language:    %1</source>
        <translation>Start language:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(first)</source>
        <translation>(first)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle seconds:      %1</source>
        <translation>Idle seconds:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countdown seconds: %1</source>
        <translation>Countdown seconds: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections:          %1</source>
        <translation>Sections:          %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN:               %1</source>
        <translation>PIN:               %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set (PBKDF2-HMAC-SHA256, %1 iterations)</source>
        <translation>set (PBKDF2-HMAC-SHA256, %1 iterations)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no region is configured in %1 (integreat-cli kiosk setup --region SLUG)</source>
        <translation>no region is configured in %1 (integreat-cli kiosk setup --region SLUG)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: updated less than %2 hours ago; skipped.</source>
        <translation>%1: updated less than %2 hours ago; skipped.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Configure kiosk mode (integreat-desktop --kiosk):
  setup    write the configuration (--region, --languages, --idle-seconds, --countdown-seconds, --sections, --start-language, --pin)
  show     print it (--check: exit code only)
  set-pin  set a new PIN (standard input, or asked twice)
  sync     download the configured regions and languages (the nightly timer)
  disable  turn kiosk mode off (setup turns it on again)</source>
        <translation>Configure kiosk mode (integreat-desktop --kiosk):
  setup    write the configuration (--region, --languages, --idle-seconds, --countdown-seconds, --sections, --start-language, --pin)
  show     print it (--check: exit code only)
  set-pin  set a new PIN (standard input, or asked twice)
  sync     download the configured regions and languages (the nightly timer)
  disable  turn kiosk mode off (setup turns it on again)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>setup, show, set-pin, sync or disable</source>
        <translation>setup, show, set-pin, sync or disable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: integreat-cli kiosk setup|show|set-pin|sync|disable [--config FILE] (see --help)</source>
        <translation>usage: integreat-cli kiosk setup|show|set-pin|sync|disable [--config FILE] (see --help)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The kiosk PIN is set.</source>
        <translation>The kiosk PIN is set.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kiosk mode is disabled (integreat-cli kiosk setup enables it again).</source>
        <translation>Kiosk mode is disabled (integreat-cli kiosk setup enables it again).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kiosk action “%1” (setup, show, set-pin, sync or disable)</source>
        <translation>unknown kiosk action “%1” (setup, show, set-pin, sync or disable)</translation>
    </message>
    <message>
        <location filename="../app/cli/packwatch.cpp" line="+48"/>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integreat-cli: %1 received: stopped watching %2.</source>
        <translation>integreat-cli: %1 received: stopped watching %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watching %1 for content packs (*%2); stop with Ctrl+C.</source>
        <translation>Watching %1 for content packs (*%2); stop with Ctrl+C.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: pack %2 was imported already.</source>
        <translation>%1: pack %2 was imported already.</translation>
    </message>
</context>
<context>
    <name>integreat::cli::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+28"/>
        <source>Integreat CMS to talk to (default: %1).</source>
        <translation>Integreat CMS to talk to (default: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder of the local store (default: %1).</source>
        <translation>Folder of the local store (default: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give up on a silent server after this many seconds (default: 30).</source>
        <translation>Give up on a silent server after this many seconds (default: 30).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retries of a failed download (default: 3).</source>
        <translation>Retries of a failed download (default: 3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send every request through this proxy: http://HOST:PORT, socks5://HOST:PORT or none (default: the system&apos;s proxy settings).</source>
        <translation>Send every request through this proxy: http://HOST:PORT, socks5://HOST:PORT or none (default: the system&apos;s proxy settings).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (see --help)</source>
        <translation> (see --help)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--server needs an http(s) URL such as https://cms.integreat-app.de</source>
        <translation>--server needs an http(s) URL such as https://cms.integreat-app.de</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout needs a number of seconds of at least 1</source>
        <translation>--timeout needs a number of seconds of at least 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--retries needs a number from 0 to 10</source>
        <translation>--retries needs a number from 0 to 10</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the data folder %1</source>
        <translation>Cannot create the data folder %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the local store %1: %2</source>
        <translation>Cannot open the local store %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run “integreat-cli repair” to move %1 aside and download the content again.</source>
        <translation>Run “integreat-cli repair” to move %1 aside and download the content again.</translation>
    </message>
</context>
<context>
    <name>integreat::cli::KioskOptions</name>
    <message>
        <location filename="../app/cli/cmdkiosk.cpp" line="-251"/>
        <source>The kiosk configuration file (default: %1).</source>
        <translation>The kiosk configuration file (default: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region slug (repeat or comma-separate for several).</source>
        <translation>Region slug (repeat or comma-separate for several).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language codes offered, comma-separated.</source>
        <translation>Language codes offered, comma-separated.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language preselected on the start screen.</source>
        <translation>The language preselected on the start screen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds without touch before the countdown (default: 120).</source>
        <translation>Seconds without touch before the countdown (default: 120).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds of the “Are you still there?” countdown (default: 20).</source>
        <translation>Seconds of the “Are you still there?” countdown (default: 20).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections shown, comma-separated (default: local,places,events,news).</source>
        <translation>Sections shown, comma-separated (default: local,places,events,news).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the PIN (read from standard input when it is not a terminal, else asked twice).</source>
        <translation>Set the PIN (read from standard input when it is not a terminal, else asked twice).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sync: skip a region whose languages were all updated less than N hours ago (the update at boot).</source>
        <translation>sync: skip a region whose languages were all updated less than N hours ago (the update at boot).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show: print nothing; exit 0 only when the kiosk is configured and enabled (for ExecCondition=).</source>
        <translation>show: print nothing; exit 0 only when the kiosk is configured and enabled (for ExecCondition=).</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::AdminPanel</name>
    <message>
        <location filename="../app/desktop/kiosk/adminpanel.cpp" line="+20"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit kiosk</source>
        <translation>Exit kiosk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kiosk administration</source>
        <translation>Kiosk administration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the kiosk</source>
        <translation>Back to the kiosk</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1: last update %2, %3 pages, %4 events, %5 places, %6 news</source>
        <translation>  %1: last update %2, %3 pages, %4 events, %5 places, %6 news</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the last attempt failed: %1</source>
        <translation>the last attempt failed: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is saved yet.</source>
        <translation>Nothing is saved yet.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::Application</name>
    <message>
        <location filename="../app/desktop/shell/application.cpp" line="+246"/>
        <source>nothing is saved in %1 yet; sync a town first</source>
        <translation>nothing is saved in %1 yet; sync a town first</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>could not write the screenshot %1</source>
        <translation>could not write the screenshot %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::BreadcrumbBar</name>
    <message>
        <location filename="../app/desktop/pages/breadcrumbbar.cpp" line="+36"/>
        <source>You are here</source>
        <translation>You are here</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>More: %1</source>
        <translation>More: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ChatSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/chatsection.cpp" line="+105"/>
        <source>Ask Integreat</source>
        <translation>Ask Integreat</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The chat is not offered on this public computer.</source>
        <translation>The chat is not offered on this public computer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>The chat is not available in this town.</source>
        <translation>The chat is not available in this town.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chat of this town is not available on this computer yet.</source>
        <translation>The chat of this town is not available on this computer yet.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ChatView</name>
    <message>
        <location filename="../app/desktop/chat/chatview.cpp" line="+31"/>
        <source>Accept and start the chat</source>
        <translation>Accept and start the chat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>New chat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write your question in any language</source>
        <translation>Write your question in any language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your message</source>
        <translation>Your message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy notice of the chat</source>
        <translation>Privacy notice of the chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State of the chat</source>
        <translation>State of the chat</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Your questions are answered by counselors of the town and by an assistant that knows the town&apos;s information. What you write is sent to the town&apos;s chat server and kept there.</source>
        <translation>Your questions are answered by counselors of the town and by an assistant that knows the town&apos;s information. What you write is sent to the town&apos;s chat server and kept there.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the privacy notice</source>
        <translation>Read the privacy notice</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Ask a question about life in the town. The answer appears here.</source>
        <translation>Ask a question about life in the town. The answer appears here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic answer</source>
        <translation>Automatic answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counselor</source>
        <translation>Counselor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent yet</source>
        <translation>Not sent yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integreat is writing an answer…</source>
        <translation>Integreat is writing an answer…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading the chat…</source>
        <translation>Loading the chat…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CommandLine</name>
    <message>
        <location filename="../app/desktop/shell/commandline.cpp" line="+39"/>
        <source>Integreat: local information for newcomers, in their language, also offline.</source>
        <translation>Integreat: local information for newcomers, in their language, also offline.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of the local store (default: %1).</source>
        <translation>Folder of the local store (default: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integreat CMS to update from (default: %1).</source>
        <translation>Integreat CMS to update from (default: %1).</translation>
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
        <translation>Never use the network; show the saved content only.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a page: an https://integreat.app/… link, an integreat:// link or region/language/path.</source>
        <translation>Open a page: an https://integreat.app/… link, an integreat:// link or region/language/path.</translation>
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
        <translation>Import a content pack (made with integreat-cli pack export) and show the result in the settings; the same as giving FILE.integreat-pack.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Render the window at 1280×800 into a PNG file and exit (for documentation and smoke tests).</source>
        <translation>Render the window at 1280×800 into a PNG file and exit (for documentation and smoke tests).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The same as --open, or a content pack file (.integreat-pack) to import.</source>
        <translation>The same as --open, or a content pack file (.integreat-pack) to import.</translation>
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
        <translation>Send every request through this proxy: http://HOST:PORT, socks5://HOST:PORT or none (default: the system&apos;s proxy settings).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run as a locked public kiosk (full screen, idle reset, links as QR codes).</source>
        <translation>Run as a locked public kiosk (full screen, idle reset, links as QR codes).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kiosk configuration (with --kiosk; default: %1).</source>
        <translation>The kiosk configuration (with --kiosk; default: %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[LINK]</source>
        <translation>[LINK]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Give one content pack to import, not several.</source>
        <translation>Give one content pack to import, not several.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give one link to open, not several.</source>
        <translation>Give one link to open, not several.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--config is for --kiosk.</source>
        <translation>--config is for --kiosk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--kiosk starts at its own start screen: no link or --screenshot.</source>
        <translation>--kiosk starts at its own start screen: no link or --screenshot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A content pack is imported in a window: not with --kiosk or --screenshot.</source>
        <translation>A content pack is imported in a window: not with --kiosk or --screenshot.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--server needs an http(s) URL such as %1.</source>
        <translation>--server needs an http(s) URL such as %1.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ContactFormDialog</name>
    <message>
        <location filename="../app/desktop/pages/contactformdialog.cpp" line="+27"/>
        <location line="+101"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to the town&apos;s team. They answer by e-mail; your message is sent to the town&apos;s contact server.</source>
        <translation>Write to the town&apos;s team. They answer by e-mail; your message is sent to the town&apos;s contact server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Your name (optional)</source>
        <translation>Your name (optional)</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Your e-mail address</source>
        <translation>Your e-mail address</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Your message</source>
        <translation>Your message</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+25"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CounselTools</name>
    <message>
        <location filename="../app/desktop/counsel/counseltools.cpp" line="+25"/>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End session</source>
        <translation>End session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show QR code</source>
        <translation>Show QR code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the text aloud in its language</source>
        <translation>Read the text aloud in its language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear everything of this session and start again (%1)</source>
        <translation>Clear everything of this session and start again (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the link of this page as a QR code to take along on a phone</source>
        <translation>Show the link of this page as a QR code to take along on a phone</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show this in a second language beside it</source>
        <translation>Show this in a second language beside it</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CountdownOverlay</name>
    <message>
        <location filename="../app/desktop/kiosk/countdownoverlay.cpp" line="+14"/>
        <source>Yes, continue</source>
        <translation>Yes, continue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Press any key or move the mouse to continue. In %n seconds the session ends: the app goes back to the start page and what was looked at is cleared.</source>
        <translation>
            <numerusform>Press any key or move the mouse to continue. In %n second the session ends: the app goes back to the start page and what was looked at is cleared.</numerusform>
            <numerusform>Press any key or move the mouse to continue. In %n seconds the session ends: the app goes back to the start page and what was looked at is cleared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Touch the screen to continue. In %n seconds everything starts over and what you looked at is cleared.</source>
        <translation>
            <numerusform>Touch the screen to continue. In %n second everything starts over and what you looked at is cleared.</numerusform>
            <numerusform>Touch the screen to continue. In %n seconds everything starts over and what you looked at is cleared.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DBusNotifier</name>
    <message>
        <location filename="../app/desktop/notify/dbusnotifier.cpp" line="+51"/>
        <source>Open</source>
        <translation>Open</translation>
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
        <translation>The saved content is damaged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be read: %2

Download again moves the file aside under a dated name (nothing is deleted), starts afresh and downloads your towns and languages again.</source>
        <translation>The file %1 cannot be read: %2

Download again moves the file aside under a dated name (nothing is deleted), starts afresh and downloads your towns and languages again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download again</source>
        <translation>Download again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DashboardView</name>
    <message>
        <location filename="../app/desktop/pages/dashboardview.cpp" line="+39"/>
        <source>Local information</source>
        <translation>Local information</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There are no pages in this language yet.</source>
        <translation>There are no pages in this language yet.</translation>
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
        <translation>“%1” is not a link to a page of an Integreat town.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” in %2 is not saved on this computer.</source>
        <translation>“%1” in %2 is not saved on this computer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The chat is not available in this town.</source>
        <translation>The chat is not available in this town.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The linked page is in %1, which is not saved on this computer.</source>
        <translation>The linked page is in %1, which is not saved on this computer.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The linked page is not saved on this computer.</source>
        <translation>The linked page is not saved on this computer.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EndSession</name>
    <message>
        <location filename="../app/desktop/counsel/endsession.cpp" line="+44"/>
        <location line="+6"/>
        <source>End session</source>
        <translation>End session</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>End this session?</source>
        <translation>End this session?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app goes back to the start page. The history, the search, side by side, the news read and the folders used for saving are cleared, so that the next person finds nothing of this session.</source>
        <translation>The app goes back to the start page. The history, the search, side by side, the news read and the folders used for saving are cleared, so that the next person finds nothing of this session.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventDateText</name>
    <message>
        <location filename="../app/desktop/presentation/eventdatetext.cpp" line="+50"/>
        <source>the last %1</source>
        <translation>the last %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the %1. %2</source>
        <translation>the %1. %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1, all day</source>
        <translation>%1, all day</translation>
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
        <translation>Every day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 days</source>
        <translation>Every %1 days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 weeks</source>
        <translation>Every %1 weeks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every month</source>
        <translation>Every month</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 months</source>
        <translation>Every %1 months</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every year</source>
        <translation>Every year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 years</source>
        <translation>Every %1 years</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats</source>
        <translation>Repeats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only on weekdays (Monday to Friday)</source>
        <translation>Only on weekdays (Monday to Friday)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventHtml</name>
    <message>
        <location filename="../app/desktop/events/eventhtml.cpp" line="+80"/>
        <source>Loading dates…</source>
        <translation>Loading dates…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online meeting:</source>
        <translation>Online meeting:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More dates</source>
        <translation>More dates</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventList</name>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+20"/>
        <source>Only dates from</source>
        <translation>Only dates from</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlistmodel.cpp" line="+68"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 7 days</source>
        <translation>Next 7 days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 30 days</source>
        <translation>Next 30 days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+35"/>
        <source>Loading events…</source>
        <translation>Loading events…</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlistmodel.cpp" line="-20"/>
        <source>More dates: %1</source>
        <translation>More dates: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Irregular dates</source>
        <translation>Irregular dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Irregular dates. %1</source>
        <translation>Irregular dates. %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+13"/>
        <source>No events in these days.</source>
        <translation>No events in these days.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No upcoming events.</source>
        <translation>No upcoming events.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventsSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/eventssection.cpp" line="+26"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This event is not on this computer. It may be over or removed, or it is newer than the last update.</source>
        <translation>This event is not on this computer. It may be over or removed, or it is newer than the last update.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventsView</name>
    <message>
        <location filename="../app/desktop/events/eventsview.cpp" line="+45"/>
        <location line="+28"/>
        <source>All events</source>
        <translation>All events</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Save this date for a calendar…</source>
        <translation>Save this date for a calendar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save all dates for a calendar…</source>
        <translation>Save all dates for a calendar…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>This event has irregular dates: they cannot all be worked out, so only the first is shown. Check the dates with the organizer.</source>
        <translation>This event has irregular dates: they cannot all be worked out, so only the first is shown. Check the dates with the organizer.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Save for a calendar</source>
        <translation>Save for a calendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dates are still being worked out. Try again in a moment.</source>
        <translation>The dates are still being worked out. Try again in a moment.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This event has no dates left to save.</source>
        <translation>This event has no dates left to save.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The calendar file could not be saved: %1</source>
        <translation>The calendar file could not be saved: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. Open %1 with your calendar app to add the event.</source>
        <translation>Saved. Open %1 with your calendar app to add the event.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ExternalLinkDialog</name>
    <message>
        <location filename="../app/desktop/pages/externallinkdialog.cpp" line="+38"/>
        <source>Open a website?</source>
        <translation>Open a website?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link leads out of Integreat to a website of &lt;b&gt;%1&lt;/b&gt;. It opens in your web browser and needs an internet connection.</source>
        <translation>This link leads out of Integreat to a website of &lt;b&gt;%1&lt;/b&gt;. It opens in your web browser and needs an internet connection.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Open in browser</source>
        <translation>Open in browser</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open the document online?</source>
        <translation>Open the document online?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document is not saved on this computer. It can be opened from &lt;b&gt;%1&lt;/b&gt; in your browser with an internet connection.</source>
        <translation>This document is not saved on this computer. It can be opened from &lt;b&gt;%1&lt;/b&gt; in your browser with an internet connection.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call this number?</source>
        <translation>Call this number?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your computer&apos;s phone app will call this number:</source>
        <translation>Your computer&apos;s phone app will call this number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write an e-mail?</source>
        <translation>Write an e-mail?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your e-mail program will open a new message to:</source>
        <translation>Your e-mail program will open a new message to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write e-mail</source>
        <translation>Write e-mail</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::FeedbackBox</name>
    <message>
        <location filename="../app/desktop/pages/feedbackbox.cpp" line="+88"/>
        <source>Was this page helpful?</source>
        <translation>Was this page helpful?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, this was helpful</source>
        <translation>Yes, this was helpful</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, this was not helpful</source>
        <translation>No, this was not helpful</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What could be better? (optional, no personal data)</source>
        <translation>What could be better? (optional, no personal data)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on this page</source>
        <translation>Comment on this page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send feedback</source>
        <translation>Send feedback</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Thank you. You may add a comment.</source>
        <translation>Thank you. You may add a comment.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please choose “Yes” or “No”, or write a comment.</source>
        <translation>Please choose “Yes” or “No”, or write a comment.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::FirstRunWizard</name>
    <message>
        <location filename="../app/desktop/firstrun/firstrunwizard.cpp" line="+31"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+221"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="-220"/>
        <location line="+216"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Welcome to Integreat</source>
        <translation>Welcome to Integreat</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The download was cancelled. Nothing was changed on this computer.</source>
        <translation>The download was cancelled. Nothing was changed on this computer.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The server lists no regions.</source>
        <translation>The server lists no regions.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The demo town could not be set up: %1</source>
        <translation>The demo town could not be set up: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stops the download; nothing is changed</source>
        <translation>Stops the download; nothing is changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this window</source>
        <translation>Closes this window</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::HeaderBar</name>
    <message>
        <location filename="../app/desktop/mainwindow/headerbar.cpp" line="+54"/>
        <location line="+1"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear search</source>
        <translation>Clear search</translation>
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
        <translation>Search in %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskApp</name>
    <message>
        <location filename="../app/desktop/shell/kioskapp.cpp" line="+36"/>
        <source>kiosk mode is disabled in %1 (integreat-cli kiosk setup enables it)</source>
        <translation>kiosk mode is disabled in %1 (integreat-cli kiosk setup enables it)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved content cannot be opened: %1</source>
        <translation>The saved content cannot be opened: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskSession</name>
    <message>
        <location filename="../app/desktop/kiosk/kiosksession.cpp" line="+66"/>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this page with you</source>
        <translation>Take this page with you</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskWindow</name>
    <message>
        <location filename="../app/desktop/kiosk/kioskwindow.cpp" line="+77"/>
        <source>The update has finished.</source>
        <translation>The update has finished.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The update failed; the last good content stays in use. %1</source>
        <translation>The update failed; the last good content stays in use. %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nothing is saved on this kiosk yet. The administrator can update the content.</source>
        <translation>Nothing is saved on this kiosk yet. The administrator can update the content.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No PIN is set for this kiosk, so the administration cannot be opened here (integreat-cli kiosk set-pin).</source>
        <translation>No PIN is set for this kiosk, so the administration cannot be opened here (integreat-cli kiosk set-pin).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No region is configured (integreat-cli kiosk setup).</source>
        <translation>No region is configured (integreat-cli kiosk setup).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kiosk runs offline; the nightly update keeps it current.</source>
        <translation>This kiosk runs offline; the nightly update keeps it current.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageButton</name>
    <message>
        <location filename="../app/desktop/mainwindow/languagebutton.cpp" line="+40"/>
        <source>%1 (download)</source>
        <translation>%1 (download)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language of the content: %1</source>
        <translation>Language of the content: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content language: %1</source>
        <translation>Content language: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageNames</name>
    <message>
        <location filename="../app/desktop/presentation/languages.cpp" line="+46"/>
        <source>Albanian</source>
        <translation>Albanian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amharic</source>
        <translation>Amharic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgarian</source>
        <translation>Bulgarian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central Kurdish</source>
        <translation>Central Kurdish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatian</source>
        <translation>Croatian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czech</source>
        <translation>Czech</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greek</source>
        <translation>Greek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungarian</source>
        <translation>Hungarian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kurdish</source>
        <translation>Kurdish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pashto</source>
        <translation>Pashto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persian</source>
        <translation>Persian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>Polish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>Romanian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbian</source>
        <translation>Serbian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation>Ukrainian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnamese</source>
        <translation>Vietnamese</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguagePage</name>
    <message>
        <location filename="../app/desktop/firstrun/languagepage.cpp" line="+22"/>
        <source>Which languages do you want to read?</source>
        <translation>Which languages do you want to read?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The local information of %1 is downloaded in the languages you choose, so you can read it without internet. You can choose several and add more later.</source>
        <translation>The local information of %1 is downloaded in the languages you choose, so you can read it without internet. You can choose several and add more later.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language code %1</source>
        <translation>Language code %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageRow</name>
    <message>
        <location filename="../app/desktop/firstrun/languagerow.cpp" line="+29"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry %1</source>
        <translation>Retry %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Ready to read offline</source>
        <translation>✓ Ready to read offline</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not downloaded: %1</source>
        <translation>Not downloaded: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LinkRouter</name>
    <message>
        <location filename="../app/desktop/pages/linkrouter.cpp" line="+70"/>
        <source>This link cannot be opened: it could harm your computer or your data.</source>
        <translation>This link cannot be opened: it could harm your computer or your data.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This link leads to the list of towns. To read about another town, use “Change” next to the town&apos;s name.</source>
        <translation>This link leads to the list of towns. To read about another town, use “Change” next to the town&apos;s name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This link leads to a part of Integreat that this app does not show yet.</source>
        <translation>This link leads to a part of Integreat that this app does not show yet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download %1</source>
        <translation>Download %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This link leads to “%1” in %2, which is not saved on this computer.</source>
        <translation>This link leads to “%1” in %2, which is not saved on this computer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This page is in %1, which is not saved on this computer yet.</source>
        <translation>This page is in %1, which is not saved on this computer yet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chat is not available in this town.</source>
        <translation>The chat is not available in this town.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The linked event is not on this computer. It may be over or removed, or it is newer than the last update.</source>
        <translation>The linked event is not on this computer. It may be over or removed, or it is newer than the last update.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked place is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>The linked place is not on this computer. It may have been removed, or it is newer than the last update.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked news item is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>The linked news item is not on this computer. It may have been removed, or it is newer than the last update.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked page is not on this computer. It may have been moved or removed, or it is newer than the last update.</source>
        <translation>The linked page is not on this computer. It may have been moved or removed, or it is newer than the last update.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No program on this computer can open this document.</source>
        <translation>No program on this computer can open this document.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This document is not saved on this computer.</source>
        <translation>This document is not saved on this computer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>No program on this computer can open this link.</source>
        <translation>No program on this computer can open this link.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>This offer cannot be opened: its form could not be prepared.</source>
        <translation>This offer cannot be opened: its form could not be prepared.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open online</source>
        <translation>Open online</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LocalInfoSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/localinfosection.cpp" line="+37"/>
        <source>Local information</source>
        <translation>Local information</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LocalInfoView</name>
    <message>
        <location filename="../app/desktop/pages/localinfoview.cpp" line="+57"/>
        <source>Page content</source>
        <translation>Page content</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Start page of the town</source>
        <translation>Start page of the town</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <location line="+31"/>
        <location line="+38"/>
        <location line="+9"/>
        <location line="+21"/>
        <source>Local information</source>
        <translation>Local information</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>This page is not on this computer</source>
        <translation>This page is not on this computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been moved or removed by the last update.</source>
        <translation>It may have been moved or removed by the last update.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+26"/>
        <location line="+1"/>
        <source>Imprint</source>
        <translation>Imprint</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>There is no imprint in this language on this computer.</source>
        <translation>There is no imprint in this language on this computer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The imprint is available in:</source>
        <translation>The imprint is available in:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search: “%1”</source>
        <translation>Search: “%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go to the start page</source>
        <translation>Go to the start page</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Start page in %1</source>
        <translation>Start page in %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not available in %2. It is available in:</source>
        <translation>“%1” is not available in %2. It is available in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not available in %2.</source>
        <translation>“%1” is not available in %2.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MainActions</name>
    <message>
        <location filename="../app/desktop/mainwindow/mainactions.cpp" line="+19"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start page</source>
        <translation>Start page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imprint</source>
        <translation>Imprint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal text size</source>
        <translation>Normal text size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Integreat Desktop</source>
        <translation>About Integreat Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This page</source>
        <translation>This page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MainWindow</name>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindow.cpp" line="+196"/>
        <source>Download %1</source>
        <translation>Download %1</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 is not saved on this computer yet.</source>
        <translation>%1 is not saved on this computer yet.</translation>
    </message>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindowcommands.cpp" line="+171"/>
        <source>About Integreat Desktop</source>
        <translation>About Integreat Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Integreat Desktop %1&lt;/h3&gt;&lt;p&gt;Local information for newcomers, in their language, also without internet.&lt;/p&gt;&lt;p&gt;The content comes from the towns and districts that take part in &lt;a href=&quot;https://integreat-app.de&quot;&gt;Integreat&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Integreat Desktop %1&lt;/h3&gt;&lt;p&gt;Local information for newcomers, in their language, also without internet.&lt;/p&gt;&lt;p&gt;The content comes from the towns and districts that take part in &lt;a href=&quot;https://integreat-app.de&quot;&gt;Integreat&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindowcounsel.cpp" line="+50"/>
        <source>Reading area</source>
        <translation>Reading area</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The section shown, and beside it the same in a second language when Side by side is on</source>
        <translation>The section shown, and beside it the same in a second language when Side by side is on</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MapWidget</name>
    <message>
        <location filename="../app/desktop/places/mapwidget.cpp" line="+30"/>
        <source>Map of places</source>
        <translation>Map of places</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+344"/>
        <source>I am here (sort places by distance from this point)</source>
        <translation>I am here (sort places by distance from this point)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MassRemovalQuestion</name>
    <message>
        <location filename="../app/desktop/sync/massremovalquestion.cpp" line="+16"/>
        <source>Remove saved pages?</source>
        <translation>Remove saved pages?</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n of the %2 saved pages would be removed.</source>
        <translation>
            <numerusform>%1: %n of the %2 saved page would be removed.</numerusform>
            <numerusform>%1: %n of the %2 saved pages would be removed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server sent much less content than before. If you go on, pages you have now will be deleted from this computer.</source>
        <translation>The server sent much less content than before. If you go on, pages you have now will be deleted from this computer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This can be a mistake on the server. If you keep your content, nothing changes and you can try again later.</source>
        <translation>This can be a mistake on the server. If you keep your content, nothing changes and you can try again later.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep my content</source>
        <translation>Keep my content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove them</source>
        <translation>Remove them</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NavigationBar</name>
    <message>
        <location filename="../app/desktop/pages/navigationbar.cpp" line="+29"/>
        <source>Back (Alt+Left)</source>
        <translation>Back (Alt+Left)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward (Alt+Right)</source>
        <translation>Forward (Alt+Right)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsHtml</name>
    <message>
        <location filename="../app/desktop/news/newshtml.cpp" line="+16"/>
        <source>Local news</source>
        <translation>Local news</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Read the original</source>
        <translation>Read the original</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/newssection.cpp" line="+28"/>
        <source>News</source>
        <translation>News</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News (%1)</source>
        <translation>News (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News, %1 new</source>
        <translation>News, %1 new</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This news item is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>This news item is not on this computer. It may have been removed, or it is newer than the last update.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsView</name>
    <message>
        <location filename="../app/desktop/news/newsview.cpp" line="+43"/>
        <location line="+56"/>
        <source>All news</source>
        <translation>All news</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External</source>
        <translation>External</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>News</source>
        <translation>News</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>News item</source>
        <translation>News item</translation>
    </message>
    <message>
        <location filename="../app/desktop/news/newslistmodel.cpp" line="+85"/>
        <source>● New</source>
        <translation>● New</translation>
    </message>
    <message>
        <location filename="../app/desktop/news/newsview.cpp" line="+110"/>
        <source>There are no news in this language yet. New local news of the town appear here after the next update.</source>
        <translation>There are no news in this language yet. New local news of the town appear here after the next update.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No news of this kind. Choose “All” to see every news item.</source>
        <translation>No news of this kind. Choose “All” to see every news item.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NoticeBar</name>
    <message>
        <location filename="../app/desktop/pages/noticebar.cpp" line="+26"/>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Close this notice</source>
        <translation>Close this notice</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationCenter</name>
    <message>
        <location filename="../app/desktop/notify/notificationcenter.cpp" line="+44"/>
        <source>Notifications (%1)</source>
        <translation>Notifications (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>News from %1 (%2)</source>
        <translation>News from %1 (%2)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationsDialog</name>
    <message>
        <location filename="../app/desktop/notify/notificationsdialog.cpp" line="+27"/>
        <source>No notifications yet. New local news of your towns appear here.</source>
        <translation>No notifications yet. New local news of your towns appear here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
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
        <translation>Show a notification when a town publishes news in a language:</translation>
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
        <translation>Look for news every</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::OfferForm</name>
    <message>
        <location filename="../app/desktop/pages/offerform.cpp" line="+27"/>
        <source>Continue to %1</source>
        <translation>Continue to %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PackImport</name>
    <message>
        <location filename="../app/desktop/settings/packimport.cpp" line="+28"/>
        <source>Could not open the local store: %1</source>
        <translation>Could not open the local store: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The content pack %1 was not imported: %2 Nothing on this computer was changed.</source>
        <translation>The content pack %1 was not imported: %2 Nothing on this computer was changed.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported from the content pack: %1 in %2.</source>
        <translation>Imported from the content pack: %1 in %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported, because this computer has newer content of %1 in %2. “Import anyway” replaces it with the older content of the pack.</source>
        <translation>Not imported, because this computer has newer content of %1 in %2. “Import anyway” replaces it with the older content of the pack.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The content pack %1 holds no language.</source>
        <translation>The content pack %1 holds no language.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PackImportPanel</name>
    <message>
        <location filename="../app/desktop/settings/packimportpanel.cpp" line="+23"/>
        <source>Import content pack…</source>
        <translation>Import content pack…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import anyway</source>
        <translation>Import anyway</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a region&apos;s content from a file made with “integreat-cli pack export” (for computers without fast internet).</source>
        <translation>Import a region&apos;s content from a file made with “integreat-cli pack export” (for computers without fast internet).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing the content pack</source>
        <translation>Importing the content pack</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Replaces this computer&apos;s newer content with the older content of the pack.</source>
        <translation>Replaces this computer&apos;s newer content with the older content of the pack.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import content pack</source>
        <translation>Import content pack</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Integreat content packs (*.integreat-pack)</source>
        <translation>Integreat content packs (*.integreat-pack)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Waiting for the running update to finish…</source>
        <translation>Waiting for the running update to finish…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing the content pack…</source>
        <translation>Importing the content pack…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PageHtml</name>
    <message>
        <location filename="../app/desktop/pages/pagehtml.cpp" line="+108"/>
        <source>Last updated on %1</source>
        <translation>Last updated on %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Published on %1</source>
        <translation>Published on %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This page has no text yet.</source>
        <translation>This page has no text yet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Imprint</source>
        <translation>Imprint</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Contact form: write to the town&apos;s team</source>
        <translation>Contact form: write to the town&apos;s team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online offer: opens in your browser</source>
        <translation>Online offer: opens in your browser</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This page is provided by %1</source>
        <translation>This page is provided by %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PinPad</name>
    <message>
        <location filename="../app/desktop/kiosk/pinpad.cpp" line="+22"/>
        <source>Administrator PIN</source>
        <translation>Administrator PIN</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the PIN to open the administration.</source>
        <translation>Enter the PIN to open the administration.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceDetailHtml</name>
    <message>
        <location filename="../app/desktop/places/placedetailhtml.cpp" line="+82"/>
        <source>%1 km away</source>
        <translation>%1 km away</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open all day</source>
        <translation>Open all day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed now</source>
        <translation>Closed now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>Temporarily closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Only with an appointment</source>
        <translation>Only with an appointment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with an appointment</source>
        <translation>with an appointment</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>✓ Barrier-free</source>
        <translation>✓ Barrier-free</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Not barrier-free</source>
        <translation>✗ Not barrier-free</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Navigate (opens a map)</source>
        <translation>Navigate (opens a map)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Make an appointment</source>
        <translation>Make an appointment</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact information</source>
        <translation>Contact information</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office hours</source>
        <translation>Office hours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About this place</source>
        <translation>About this place</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events here</source>
        <translation>Events here</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceFiltersDialog</name>
    <message>
        <location filename="../app/desktop/places/placefiltersdialog.cpp" line="+25"/>
        <source>Only places open now</source>
        <translation>Only places open now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only barrier-free places</source>
        <translation>Only barrier-free places</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter places</source>
        <translation>Filter places</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reset filters</source>
        <translation>Reset filters</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Show %n place(s)</source>
        <translation>
            <numerusform>Show %n place</numerusform>
            <numerusform>Show %n places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceListPanel</name>
    <message>
        <location filename="../app/desktop/places/placelistpanel.cpp" line="+26"/>
        <source>Show all places</source>
        <translation>Show all places</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Search in places</source>
        <translation>Search in places</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+100"/>
        <source>Filters…</source>
        <translation>Filters…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed now</source>
        <translation>Closed now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temporarily closed</source>
        <translation>Temporarily closed</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>open now</source>
        <translation>open now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>barrier-free</source>
        <translation>barrier-free</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Filters (%1)…</source>
        <translation>Filters (%1)…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlacesSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/placessection.cpp" line="+31"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>This place is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>This place is not on this computer. It may have been removed, or it is newer than the last update.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlacesView</name>
    <message>
        <location filename="../app/desktop/places/placesview.cpp" line="+65"/>
        <source>← All places</source>
        <translation>← All places</translation>
    </message>
    <message>
        <location filename="../app/desktop/places/placesviewtiles.cpp" line="+56"/>
        <source>No map of %1 to show. Map tiles need an internet connection or an offline map file (an administrator can import one with “integreat-cli import-tiles”). The places stand on a plain background; the list and the details work without it.</source>
        <translation>No map of %1 to show. Map tiles need an internet connection or an offline map file (an administrator can import one with “integreat-cli import-tiles”). The places stand on a plain background; the list and the details work without it.</translation>
    </message>
    <message>
        <location filename="../app/desktop/places/placesview.cpp" line="-5"/>
        <source>Places and map</source>
        <translation>Places and map</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All places</source>
        <translation>All places</translation>
    </message>
    <message numerus="yes">
        <location line="+162"/>
        <source>%n place(s) at this spot</source>
        <translation>
            <numerusform>%n place at this spot</numerusform>
            <numerusform>%n places at this spot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n place(s), nearest first</source>
        <translation>
            <numerusform>%n place, nearest first</numerusform>
            <numerusform>%n places, nearest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n place(s), A–Z</source>
        <translation>
            <numerusform>%n place, A–Z</numerusform>
            <numerusform>%n places, A–Z</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no places for this town yet. They appear here after the next download.</source>
        <translation>There are no places for this town yet. They appear here after the next download.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No place matches. Change the filters or the search.</source>
        <translation>No place matches. Change the filters or the search.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::QrCard</name>
    <message>
        <location filename="../app/desktop/kiosk/qrcard.cpp" line="+19"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scan the code with your phone&apos;s camera to take this with you.</source>
        <translation>Scan the code with your phone&apos;s camera to take this with you.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Call this number</source>
        <translation>Call this number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an e-mail</source>
        <translation>Write an e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this on your phone</source>
        <translation>Open this on your phone</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(too long for a QR code)</source>
        <translation>(too long for a QR code)</translation>
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
        <translation>QR code of the link</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Scan the code to open this on your phone</source>
        <translation>Scan the code to open this on your phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the code to open “%1” on your phone</source>
        <translation>Scan the code to open “%1” on your phone</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ReadAloudPanel</name>
    <message>
        <location filename="../app/desktop/counsel/readaloudpanel.cpp" line="+20"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading and close</source>
        <translation>Stop reading and close</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionButton</name>
    <message>
        <location filename="../app/desktop/mainwindow/regionbutton.cpp" line="+33"/>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read about another town</source>
        <translation>Read about another town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change town</source>
        <translation>Change town</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Town: %1</source>
        <translation>Town: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Find another town…</source>
        <translation>Find another town…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionList</name>
    <message>
        <location filename="../app/desktop/firstrun/regionlist.cpp" line="+21"/>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <location filename="../app/desktop/firstrun/regionlistmodel.cpp" line="+58"/>
        <source>Nearby</source>
        <translation>Nearby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions near you</source>
        <translation>Regions near you</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Regions starting with %1</source>
        <translation>Regions starting with %1</translation>
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
        <translation>Also for: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionPage</name>
    <message>
        <location filename="../app/desktop/firstrun/regionpage.cpp" line="+42"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the demo town</source>
        <translation>Try the demo town</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where do you live?</source>
        <translation>Where do you live?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your town or district. Its local information is then downloaded so that you can read it without internet.</source>
        <translation>Choose your town or district. Its local information is then downloaded so that you can read it without internet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search, e.g. Landkreis München</source>
        <translation>Search, e.g. Landkreis München</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search for a region</source>
        <translation>Search for a region</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of regions found</source>
        <translation>Number of regions found</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the list of regions…</source>
        <translation>Loading the list of regions…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the list of regions</source>
        <translation>Loading the list of regions</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meanwhile you can look around in Musterstadt, a made-up demo town that comes with the app (in German, English and Arabic).</source>
        <translation>Meanwhile you can look around in Musterstadt, a made-up demo town that comes with the app (in German, English and Arabic).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No connection</source>
        <translation>No connection</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The Integreat server cannot be reached right now, so the list of regions is not available. Please check your internet connection and try again.</source>
        <translation>The Integreat server cannot be reached right now, so the list of regions is not available. Please check your internet connection and try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app is in offline mode, so the list of regions cannot be loaded.</source>
        <translation>The app is in offline mode, so the list of regions cannot be loaded.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No town found for “%1”. Check the spelling, or try your district (Landkreis) or a town nearby: not every town takes part in Integreat yet.</source>
        <translation>No town found for “%1”. Check the spelling, or try your district (Landkreis) or a town nearby: not every town takes part in Integreat yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Regions: %1</source>
        <translation>Regions: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions found: %1</source>
        <translation>Regions found: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RelativeTime</name>
    <message>
        <location filename="../app/desktop/presentation/relativetime.cpp" line="+13"/>
        <source>Not updated yet</source>
        <translation>Not updated yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated just now</source>
        <translation>Updated just now</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated 1 minute ago</source>
        <translation>Updated 1 minute ago</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>Updated %n minute ago</numerusform>
            <numerusform>Updated %n minutes ago</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated 1 hour ago</source>
        <translation>Updated 1 hour ago</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>Updated %n hour ago</numerusform>
            <numerusform>Updated %n hours ago</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated yesterday</source>
        <translation>Updated yesterday</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Updated %n days ago</source>
        <translation>
            <numerusform>Updated %n day ago</numerusform>
            <numerusform>Updated %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated on %1</source>
        <translation>Updated on %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SearchView</name>
    <message>
        <location filename="../app/desktop/search/searchview.cpp" line="+61"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Search: “%1”</source>
        <translation>Search: “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>News</source>
        <translation>News</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Only in %1</source>
        <translation>Only in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text excerpt in %1</source>
        <translation>Text excerpt in %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The search did not work: %1</source>
        <translation>The search did not work: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing found for “%1”.
Try other or fewer words.</source>
        <translation>Nothing found for “%1”.
Try other or fewer words.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found in %1 or in German for “%2”.
Try other or fewer words, or a German word you know from a letter.</source>
        <translation>Nothing found in %1 or in German for “%2”.
Try other or fewer words, or a German word you know from a letter.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n or more results</source>
        <translation>
            <numerusform>%n or more result</numerusform>
            <numerusform>%n or more results</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 result</source>
        <translation>1 result</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n or more results in %1 and German</source>
        <translation>
            <numerusform>%n or more result in %1 and German</numerusform>
            <numerusform>%n or more results in %1 and German</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 result in %1 and German</source>
        <translation>1 result in %1 and German</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n results in %1 and German</source>
        <translation>
            <numerusform>%n result in %1 and German</numerusform>
            <numerusform>%n results in %1 and German</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results for “%1”</source>
        <translation>Results for “%1”</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SectionBar</name>
    <message>
        <location filename="../app/desktop/mainwindow/sectionbar.cpp" line="+47"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SectionShell</name>
    <message>
        <location filename="../app/desktop/mainwindow/sectionshell.cpp" line="+15"/>
        <source>What the section chosen in the section tabs shows</source>
        <translation>What the section chosen in the section tabs shows</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SettingsDialog</name>
    <message>
        <location filename="../app/desktop/settings/settingsdialog.cpp" line="+47"/>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+20"/>
        <source>Language of the app</source>
        <translation>Language of the app</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Like the system (%1)</source>
        <translation>Like the system (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Menus and messages use this language from the next start. The language of the content is chosen above each page.</source>
        <translation>Menus and messages use this language from the next start. The language of the content is chosen above each page.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+20"/>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Update saved towns every</source>
        <translation>Update saved towns every</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer is shared (counseling): show End session in the window</source>
        <translation>This computer is shared (counseling): show End session in the window</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shared computer</source>
        <translation>Shared computer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved content</source>
        <translation>Saved content</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>End the session automatically when not in use</source>
        <translation>End the session automatically when not in use</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>minutes without use</source>
        <translation>minutes without use</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes without use before the session ends</source>
        <translation>Minutes without use before the session ends</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before it ends, a countdown asks whether someone is still there; any key or mouse movement keeps the session. On a shared computer the app also keeps no language, town, news read or folder of a client.</source>
        <translation>Before it ends, a countdown asks whether someone is still there; any key or mouse movement keeps the session. On a shared computer the app also keeps no language, town, news read or folder of a client.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SideBySidePane</name>
    <message>
        <location filename="../app/desktop/counsel/sidebysidepane.cpp" line="+43"/>
        <source>Second language</source>
        <translation>Second language</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Swap sides</source>
        <translation>Swap sides</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>%1 (not downloaded)</source>
        <translation>%1 (not downloaded)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not saved on this computer yet. Download it to show this beside the page (this needs the internet).</source>
        <translation>%1 is not saved on this computer yet. Download it to show this beside the page (this needs the internet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download %1</source>
        <translation>Download %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Downloading %1…</source>
        <translation>Downloading %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading %1: %2</source>
        <translation>Downloading %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1 could not be downloaded: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open a page, an event, a place or a news item to see it here in a second language.</source>
        <translation>Open a page, an event, a place or a news item to see it here in a second language.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“Print this week&apos;s events…” in the menu prints them in both languages.</source>
        <translation>“Print this week&apos;s events…” in the menu prints them in both languages.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only one language of this town is saved: choose a second language above to download it.</source>
        <translation>Only one language of this town is saved: choose a second language above to download it.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Side by side shows pages, events, places and news items; this is not one of them.</source>
        <translation>Side by side shows pages, events, places and news items; this is not one of them.</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>Second language:</source>
        <translation>Second language:</translation>
    </message>
    <message>
        <location line="+327"/>
        <source>This does not exist in %1. It exists in: %2.</source>
        <translation>This does not exist in %1. It exists in: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other language</source>
        <translation>no other language</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SingleInstance</name>
    <message>
        <location filename="../app/desktop/shell/singleinstance.cpp" line="+141"/>
        <source>The running Integreat did not answer in time; it opens the link when it can.</source>
        <translation>The running Integreat did not answer in time; it opens the link when it can.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The running Integreat did not accept the link.</source>
        <translation>The running Integreat did not accept the link.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot watch for a second start of Integreat: %1</source>
        <translation>Cannot watch for a second start of Integreat: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StartScreen</name>
    <message>
        <location filename="../app/desktop/kiosk/startscreen.cpp" line="+42"/>
        <source>Other town</source>
        <translation>Other town</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoragePanel</name>
    <message>
        <location filename="../app/desktop/settings/storagepanel.cpp" line="+37"/>
        <source>Delete saved content?</source>
        <translation>Delete saved content?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete everything saved about %1 from this computer? You can download it again later.</source>
        <translation>Delete everything saved about %1 from this computer? You can download it again later.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved in: %1</source>
        <translation>Saved in: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Space used: %1</source>
        <translation>Space used: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 language</source>
        <translation>1 language</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n languages</source>
        <translation>
            <numerusform>%n language</numerusform>
            <numerusform>%n languages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved content of %1</source>
        <translation>Delete the saved content of %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline map…</source>
        <translation>Offline map…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offline map is imported; choose a file to replace it.</source>
        <translation>An offline map is imported; choose a file to replace it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an offline map (.mbtiles) for the places.</source>
        <translation>Import an offline map (.mbtiles) for the places.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Offline map</source>
        <translation>Offline map</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>MBTiles maps (*.mbtiles)</source>
        <translation>MBTiles maps (*.mbtiles)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No town is saved on this computer.</source>
        <translation>No town is saved on this computer.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not delete</source>
        <translation>Could not delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved content could not be deleted: %1</source>
        <translation>The saved content could not be deleted: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoreGuard</name>
    <message>
        <location filename="../app/desktop/common/storeguard.cpp" line="+33"/>
        <source>The saved content could not be read: %1</source>
        <translation>The saved content could not be read: %1</translation>
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
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved content cannot be opened: %1 (%2)</source>
        <translation>The saved content cannot be opened: %1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The damaged file could not be moved aside: %1</source>
        <translation>The damaged file could not be moved aside: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The saved content cannot be opened: %1</source>
        <translation>The saved content cannot be opened: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Downloading %1 again …</source>
        <translation>Downloading %1 again …</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncController</name>
    <message>
        <location filename="../app/desktop/sync/synccontroller.cpp" line="+48"/>
        <source>Offline mode: no network is used.</source>
        <translation>Offline mode: no network is used.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncPage</name>
    <message>
        <location filename="../app/desktop/firstrun/syncpage.cpp" line="+55"/>
        <source>Downloading the local information</source>
        <translation>Downloading the local information</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download progress</source>
        <translation>Download progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download status</source>
        <translation>Download status</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 – this takes a moment. You can cancel at any time; what is already on this computer stays as it was.</source>
        <translation>%1 – this takes a moment. You can cancel at any time; what is already on this computer stays as it was.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 of %2 – %3: %4</source>
        <translation>%1 of %2 – %3: %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Downloading images and documents: %1 of %2</source>
        <translation>Downloading images and documents: %1 of %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No answer for this language.</source>
        <translation>No answer for this language.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing could be downloaded.</source>
        <translation>Nothing could be downloaded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some languages could not be downloaded. You can retry them or continue with what is there.</source>
        <translation>Some languages could not be downloaded. You can retry them or continue with what is there.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncPresenter</name>
    <message>
        <location filename="../app/desktop/mainwindow/syncpresenter.cpp" line="+46"/>
        <source>This is a demo town with example content: there is nothing to update. Choose your own town with “Change” to get its content.</source>
        <translation>This is a demo town with example content: there is nothing to update. Choose your own town with “Change” to get its content.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An update is running. Please try again when it is done.</source>
        <translation>An update is running. Please try again when it is done.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 of %4)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The language could not be downloaded: %1</source>
        <translation>The language could not be downloaded: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncStateWidget</name>
    <message>
        <location filename="../app/desktop/mainwindow/syncstatewidget.cpp" line="+30"/>
        <location line="+1"/>
        <location line="+168"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Update state</source>
        <translation>Update state</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>Updated %n minute ago</numerusform>
            <numerusform>Updated %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>Updated %n hour ago</numerusform>
            <numerusform>Updated %n hours ago</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+102"/>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+106"/>
        <source>Update failed</source>
        <translation>Update failed</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Updated yesterday</source>
        <translation>Updated yesterday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not updated yet</source>
        <translation>Not updated yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>Example content</source>
        <translation>Example content</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+103"/>
        <source>Updating elsewhere</source>
        <translation>Updating elsewhere</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+121"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+121"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Another update is running.</source>
        <translation>Another update is running.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Another program is updating the content on this computer. Try Sync now again when it is done.</source>
        <translation>Another program is updating the content on this computer. Try Sync now again when it is done.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a demo town with example content. It is not updated from a server; choose your town to get its real content.</source>
        <translation>This is a demo town with example content. It is not updated from a server; choose your town to get its real content.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop the update; the saved content stays as it is</source>
        <translation>Stop the update; the saved content stays as it is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the latest content (F5)</source>
        <translation>Download the latest content (F5)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncWorker</name>
    <message>
        <location filename="../app/desktop/sync/syncworker.cpp" line="+44"/>
        <source>Could not create the data folder %1.</source>
        <translation>Could not create the data folder %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not open the local store: %1</source>
        <translation>Could not open the local store: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
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
        <translation>There is no on-screen keyboard for this language yet: type with Latin letters.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other letters: %1</source>
        <translation>Other letters: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide the keyboard</source>
        <translation>Hide the keyboard</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackOutbox</name>
    <message>
        <location filename="../core/feedback/feedbackoutbox.cpp" line="+33"/>
        <source>Sending your feedback…</source>
        <translation>Sending your feedback…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your feedback will be sent when this computer is online.</source>
        <translation>Your feedback will be sent when this computer is online.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your feedback will be sent when this computer is online, if the app stays open: on a shared computer it is not saved.</source>
        <translation>Your feedback will be sent when this computer is online, if the app stays open: on a shared computer it is not saved.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your feedback could not be sent.</source>
        <translation>Your feedback could not be sent.</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackResult</name>
    <message>
        <location filename="../core/feedback/feedbacksender.cpp" line="+24"/>
        <source>Thank you! Your feedback was sent to the town&apos;s editors.</source>
        <translation>Thank you! Your feedback was sent to the town&apos;s editors.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline: your feedback was not sent.</source>
        <translation>You are offline: your feedback was not sent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Integreat server has a problem (error %1): your feedback was not sent.</source>
        <translation>The Integreat server has a problem (error %1): your feedback was not sent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too much feedback was sent from here in a short time: your feedback was not sent yet.</source>
        <translation>Too much feedback was sent from here in a short time: your feedback was not sent yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Integreat server did not accept this feedback (error %1).</source>
        <translation>The Integreat server did not accept this feedback (error %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Integreat server did not accept this feedback (error %1): %2</source>
        <translation>The Integreat server did not accept this feedback (error %1): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your feedback could not be sent: %1</source>
        <translation>Your feedback could not be sent: %1</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackSender</name>
    <message>
        <location line="+16"/>
        <source>a thumb or a comment is needed</source>
        <translation>a thumb or a comment is needed</translation>
    </message>
</context>
<context>
    <name>integreat::geo</name>
    <message>
        <location filename="../core/geo/tileimport.cpp" line="+23"/>
        <source>%1 is not a region code.</source>
        <translation>%1 is not a region code.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the folder for offline maps in %1.</source>
        <translation>Cannot create the folder for offline maps in %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot copy %1 into the data folder.</source>
        <translation>Cannot copy %1 into the data folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot replace the offline map %1.</source>
        <translation>Cannot replace the offline map %1.</translation>
    </message>
</context>
<context>
    <name>integreat::geo::MbtilesSource</name>
    <message>
        <location filename="../core/geo/mbtilessource.cpp" line="+55"/>
        <source>The map file %1 does not exist.</source>
        <translation>The map file %1 does not exist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not an MBTiles map file (not an SQLite database).</source>
        <translation>%1 is not an MBTiles map file (not an SQLite database).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an MBTiles map file (it has no tiles or metadata table).</source>
        <translation>%1 is not an MBTiles map file (it has no tiles or metadata table).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not an MBTiles map file (its tiles table lacks the MBTiles columns).</source>
        <translation>%1 is not an MBTiles map file (its tiles table lacks the MBTiles columns).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds vector tiles (pbf); only raster maps (PNG, JPEG) can be shown.</source>
        <translation>%1 holds vector tiles (pbf); only raster maps (PNG, JPEG) can be shown.</translation>
    </message>
</context>
<context>
    <name>integreat::geo::OnlineTileSource</name>
    <message>
        <location filename="../core/geo/onlinetilesource.cpp" line="+182"/>
        <source>The tile server gave an unexpected answer (HTTP %1).</source>
        <translation>The tile server gave an unexpected answer (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>integreat::kiosk::KioskConfig</name>
    <message>
        <location filename="../core/kiosk/kioskconfig.cpp" line="+18"/>
        <source>“%1” is not a region slug (like augsburg).</source>
        <translation>“%1” is not a region slug (like augsburg).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a language code (like de or ar).</source>
        <translation>“%1” is not a language code (like de or ar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The start language %1 is not among the languages %2.</source>
        <translation>The start language %1 is not among the languages %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The idle time must be from %1 to %2 seconds.</source>
        <translation>The idle time must be from %1 to %2 seconds.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The countdown must be from 1 to %1 seconds.</source>
        <translation>The countdown must be from 1 to %1 seconds.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one section must be shown.</source>
        <translation>At least one section must be shown.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown section “%1” (known: %2).</source>
        <translation>Unknown section “%1” (known: %2).</translation>
    </message>
</context>
<context>
    <name>integreat::kiosk::KioskConfigFile</name>
    <message>
        <location filename="../core/kiosk/kioskconfigfile.cpp" line="+77"/>
        <source>line %1: expected “key = value”</source>
        <translation>line %1: expected “key = value”</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>line %1: unknown setting “%2”</source>
        <translation>line %1: unknown setting “%2”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: “%2” is not a valid value for %3</source>
        <translation>line %1: “%2” is not a valid value for %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no [kiosk] section</source>
        <translation>there is no [kiosk] section</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The kiosk configuration %1 does not exist; the kiosk runs locked with default settings and no PIN (run integreat-cli kiosk setup).</source>
        <translation>The kiosk configuration %1 does not exist; the kiosk runs locked with default settings and no PIN (run integreat-cli kiosk setup).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The kiosk configuration %1 cannot be read (%2); the kiosk runs locked with default settings and no PIN.</source>
        <translation>The kiosk configuration %1 cannot be read (%2); the kiosk runs locked with default settings and no PIN.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The kiosk configuration %1 is broken (%2); the kiosk runs locked with default settings and no PIN.</source>
        <translation>The kiosk configuration %1 is broken (%2); the kiosk runs locked with default settings and no PIN.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the folder of %1.</source>
        <translation>Cannot create the folder of %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>integreat::net::Fetcher</name>
    <message numerus="yes">
        <location filename="../core/net/fetcher.cpp" line="+63"/>
        <source>The server is busy and asks to try again in %n minute(s).</source>
        <translation>
            <numerusform>The server is busy and asks to try again in %n minute.</numerusform>
            <numerusform>The server is busy and asks to try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>integreat::net::Proxy</name>
    <message>
        <location filename="../core/net/proxy.cpp" line="+41"/>
        <source>The proxy “%1” is not usable: give http://HOST:PORT, socks5://HOST:PORT or none.</source>
        <translation>The proxy “%1” is not usable: give http://HOST:PORT, socks5://HOST:PORT or none.</translation>
    </message>
</context>
<context>
    <name>integreat::net::Transfer</name>
    <message>
        <location filename="../core/net/transfer.cpp" line="+79"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+27"/>
        <source>The download is larger than %1 MB; it was stopped.</source>
        <translation>The download is larger than %1 MB; it was stopped.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server sent the request on to %1, which is not allowed.</source>
        <translation>The server sent the request on to %1, which is not allowed.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <location line="+111"/>
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>The server did not answer within %n second.</numerusform>
            <numerusform>The server did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-99"/>
        <source>The server sent only %1 bytes in %n second(s), less than %2 bytes a second; the download was stopped.</source>
        <translation>
            <numerusform>The server sent only %1 bytes in %n second, less than %2 bytes a second; the download was stopped.</numerusform>
            <numerusform>The server sent only %1 bytes in %n seconds, less than %2 bytes a second; the download was stopped.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not found on the server (HTTP 404).</source>
        <translation>Not found on the server (HTTP 404).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>The server answered with an error (HTTP %1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+20"/>
        <source>The connection was closed before the download was complete.</source>
        <translation>The connection was closed before the download was complete.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The server sent compressed data that cannot be unpacked safely (damaged, or far larger unpacked than sent); the download was stopped.</source>
        <translation>The server sent compressed data that cannot be unpacked safely (damaged, or far larger unpacked than sent); the download was stopped.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server %1 was not found; check the address and the internet connection.</source>
        <translation>The server %1 was not found; check the address and the internet connection.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 refused the connection.</source>
        <translation>The server %1 refused the connection.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure connection to %1 could not be established: %2</source>
        <translation>The secure connection to %1 could not be established: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy could not be reached: %1</source>
        <translation>The proxy could not be reached: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy asks for a user name and password.</source>
        <translation>The proxy asks for a user name and password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request on too many times.</source>
        <translation>The server sent the request on too many times.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request on from https to http, which is not allowed.</source>
        <translation>The server sent the request on from https to http, which is not allowed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no network connection.</source>
        <translation>There is no network connection.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network error (code %1).</source>
        <translation>Network error (code %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error: %1</source>
        <translation>Network error: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack</name>
    <message>
        <location filename="../core/pack/packexporter.cpp" line="+51"/>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <location filename="../core/pack/packinstaller.cpp" line="+41"/>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <location filename="../core/pack/packmanifest.cpp" line="+92"/>
        <location filename="../core/pack/packreader.cpp" line="+46"/>
        <source>This is not an Integreat content pack (its manifest is missing or damaged).</source>
        <translation>This is not an Integreat content pack (its manifest is missing or damaged).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This content pack was made by a newer version of Integreat (pack format %1; this version reads up to %2). Update Integreat to import it.</source>
        <translation>This content pack was made by a newer version of Integreat (pack format %1; this version reads up to %2). Update Integreat to import it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack&apos;s manifest is incomplete or damaged (%1).</source>
        <translation>The pack&apos;s manifest is incomplete or damaged (%1).</translation>
    </message>
    <message>
        <location filename="../core/pack/tarwriter.cpp" line="+53"/>
        <source>Cannot store “%1” in a pack.</source>
        <translation>Cannot store “%1” in a pack.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 changed while it was read.</source>
        <translation>%1 changed while it was read.</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackExporter</name>
    <message>
        <location filename="../core/pack/packexporter.cpp" line="+49"/>
        <source>The region %1 is not in the local store; sync it first.</source>
        <translation>The region %1 is not in the local store; sync it first.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has not been synced in %2 yet; sync it first.</source>
        <translation>%1 has not been synced in %2 yet; sync it first.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+11"/>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the local store: %1</source>
        <translation>Cannot read the local store: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackInstaller</name>
    <message>
        <location filename="../core/pack/packinstaller.cpp" line="+37"/>
        <source>Could not open %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not unpack the pack into %1: %2</source>
        <translation>Could not unpack the pack into %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pack is damaged: its offline map cannot be read (%1).</source>
        <translation>The pack is damaged: its offline map cannot be read (%1).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not save the content pack: %1</source>
        <translation>Could not save the content pack: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackReader</name>
    <message>
        <location filename="../core/pack/packreader.cpp" line="+57"/>
        <source>The pack is damaged: it holds %1, which its manifest does not list.</source>
        <translation>The pack is damaged: it holds %1, which its manifest does not list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pack is damaged: %1 does not have the size its manifest gives.</source>
        <translation>The pack is damaged: %1 does not have the size its manifest gives.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pack is damaged: %1 is too large.</source>
        <translation>The pack is damaged: %1 is too large.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>Could not unpack the pack into %1: %2</source>
        <translation>Could not unpack the pack into %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack is damaged: %1 does not match its checksum.</source>
        <translation>The pack is damaged: %1 does not match its checksum.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The pack is incomplete: %1 is missing.</source>
        <translation>The pack is incomplete: %1 is missing.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pack is damaged: %1 is not valid (%2).</source>
        <translation>The pack is damaged: %1 is not valid (%2).</translation>
    </message>
</context>
<context>
    <name>integreat::pack::TarReader</name>
    <message>
        <location filename="../core/pack/tarreader.cpp" line="+86"/>
        <location line="+38"/>
        <location line="+10"/>
        <source>The pack ends early (it was cut short while copying?).</source>
        <translation>The pack ends early (it was cut short while copying?).</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The pack is damaged: an empty block inside it.</source>
        <translation>The pack is damaged: an empty block inside it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pack is damaged: a part&apos;s header is not valid.</source>
        <translation>The pack is damaged: a part&apos;s header is not valid.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pack is damaged: it holds something other than files.</source>
        <translation>The pack is damaged: it holds something other than files.</translation>
    </message>
</context>
<context>
    <name>integreat::print::Handout</name>
    <message>
        <location filename="../app/desktop/print/handout.cpp" line="+79"/>
        <source>Printed on %1</source>
        <translation>Printed on %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last updated on %1</source>
        <translation>Last updated on %1</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot write %1: the file could not be created</source>
        <translation>Cannot write %1: the file could not be created</translation>
    </message>
</context>
<context>
    <name>integreat::print::HandoutHtml</name>
    <message>
        <location filename="../app/desktop/print/handouthtml.cpp" line="+112"/>
        <location line="+6"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open all day</source>
        <translation>Open all day</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only with an appointment</source>
        <translation>only with an appointment</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>Temporarily closed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Where</translation>
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
        <translation>%1 is not in the local store for %2 (%3).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This item does not exist in “%1”. It exists in: %2.</source>
        <translation>This item does not exist in “%1”. It exists in: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other language</source>
        <translation>no other language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The “%1” version of this item is not stored; sync that language first.</source>
        <translation>The “%1” version of this item is not stored; sync that language first.</translation>
    </message>
</context>
<context>
    <name>integreat::print::PrintActions</name>
    <message>
        <location filename="../app/desktop/print/printactions.cpp" line="+23"/>
        <location line="+46"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+46"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Print next week&apos;s events…</source>
        <translation>Print next week&apos;s events…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save next week&apos;s events as PDF…</source>
        <translation>Save next week&apos;s events as PDF…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Print this week&apos;s events…</source>
        <translation>Print this week&apos;s events…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this week&apos;s events as PDF…</source>
        <translation>Save this week&apos;s events as PDF…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the local store: %1</source>
        <translation>Cannot read the local store: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot print</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The printer could not be used.</source>
        <translation>The printer could not be used.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>integreat::print::WeekHtml</name>
    <message>
        <location filename="../app/desktop/print/weekhtml.cpp" line="+39"/>
        <source>Events of the week</source>
        <translation>Events of the week</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No events on this day.</source>
        <translation>No events on this day.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This event is not translated.</source>
        <translation>This event is not translated.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All day</source>
        <translation>All day</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>irregular dates: check with the organizer</source>
        <translation>irregular dates: check with the organizer</translation>
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
        <translation>No events of %1 are stored in “%2”: there is nothing to print.</translation>
    </message>
</context>
<context>
    <name>integreat::session::SessionWiper</name>
    <message>
        <location filename="../app/desktop/session/sessionwiper.cpp" line="+46"/>
        <source>The file dialogs&apos; history could not be cleared (%1).</source>
        <translation>The file dialogs&apos; history could not be cleared (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not delete %1.</source>
        <translation>Could not delete %1.</translation>
    </message>
</context>
<context>
    <name>integreat::speech::QtSpeechEngine</name>
    <message>
        <location filename="../app/desktop/speech/qtspeechengine.cpp" line="+27"/>
        <source>The speech service failed.</source>
        <translation>The speech service failed.</translation>
    </message>
</context>
<context>
    <name>integreat::speech::ReadAloud</name>
    <message>
        <location filename="../app/desktop/speech/readaloud.cpp" line="+43"/>
        <source>No voice for %1 on this computer</source>
        <translation>No voice for %1 on this computer</translation>
    </message>
</context>
<context>
    <name>integreat::speech::ReadAloudBar</name>
    <message>
        <location filename="../app/desktop/speech/readaloudbar.cpp" line="+21"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slow</source>
        <translation>Slow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal speed</source>
        <translation>Normal speed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast</source>
        <translation>Fast</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
</context>
<context>
    <name>integreat::store::StoreRescue</name>
    <message>
        <location filename="../core/store/storerescue.cpp" line="+36"/>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 is a folder, not a database file</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the integrity check found: %1</source>
        <translation>the integrity check found: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not move %1 to %2.</source>
        <translation>Could not move %1 to %2.</translation>
    </message>
</context>
<context>
    <name>integreat::sync::LanguageFetcher</name>
    <message>
        <location filename="../core/sync/languagefetcher.cpp" line="+89"/>
        <source>region list</source>
        <translation>region list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pages</source>
        <translation>pages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>events</source>
        <translation>events</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>places</source>
        <translation>places</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>place categories</source>
        <translation>place categories</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imprint</source>
        <translation>imprint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>news</source>
        <translation>news</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+22"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+115"/>
        <source>Could not download the %1: %2</source>
        <translation>Could not download the %1: %2</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>The server sent damaged data for the %1 (%2 at byte %3).</source>
        <translation>The server sent damaged data for the %1 (%2 at byte %3).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>news: not offered by the server; the stored news are kept</source>
        <translation>news: not offered by the server; the stored news are kept</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <location line="+52"/>
        <location line="+60"/>
        <source>The %1 could not be read: %2</source>
        <translation>The %1 could not be read: %2</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The language “%1” is not available in this region (HTTP 404).</source>
        <translation>The language “%1” is not available in this region (HTTP 404).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found on the server (HTTP 404).</source>
        <translation>Not found on the server (HTTP 404).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>imprint: not offered by the server</source>
        <translation>imprint: not offered by the server</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ListCheck</name>
    <message>
        <location filename="../core/sync/listcheck.cpp" line="+29"/>
        <source>The server sent %1 items for the %2, more than the %3 this app accepts; the stored %2 are kept.</source>
        <translation>The server sent %1 items for the %2, more than the %3 this app accepts; the stored %2 are kept.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No item of the %1 could be read (%2 received; first problem: %3); the stored %1 are kept.</source>
        <translation>No item of the %1 could be read (%2 received; first problem: %3); the stored %1 are kept.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of the %2 items of the %3 could not be read (%4); the stored %3 are kept.</source>
        <translation>%1 of the %2 items of the %3 could not be read (%4); the stored %3 are kept.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Item %1 of the %2 holds %3 characters of text, more than the %4 this app accepts; the stored %2 are kept.</source>
        <translation>Item %1 of the %2 holds %3 characters of text, more than the %4 this app accepts; the stored %2 are kept.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server&apos;s list of pages for “%1” would remove %2 of the %3 stored pages; the stored pages are kept. Confirm the removal to apply it.</source>
        <translation>The server&apos;s list of pages for “%1” would remove %2 of the %3 stored pages; the stored pages are kept. Confirm the removal to apply it.</translation>
    </message>
</context>
<context>
    <name>integreat::sync::NewsWatcher</name>
    <message>
        <location filename="../core/sync/newswatcher.cpp" line="+38"/>
        <source>The news list could not be read: %1</source>
        <translation>The news list could not be read: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::PackImporter</name>
    <message>
        <location filename="../core/sync/packimporter.cpp" line="+43"/>
        <source>The content pack is incomplete: %1 is missing.</source>
        <translation>The content pack is incomplete: %1 is missing.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>The content pack is damaged: %1 (%2).</source>
        <translation>The content pack is damaged: %1 (%2).</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The content pack names no region it contains.</source>
        <translation>The content pack names no region it contains.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The content pack has none of the languages %1.</source>
        <translation>The content pack has none of the languages %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not create the folder %1.</source>
        <translation>Could not create the folder %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save the content pack: %1</source>
        <translation>Could not save the content pack: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::PageTree</name>
    <message>
        <location filename="../core/sync/pagetree.cpp" line="+33"/>
        <source>page %1: its parent %2 is not in the list; shown at the top level</source>
        <translation>page %1: its parent %2 is not in the list; shown at the top level</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>page %1: its parents lead back to itself; shown at the top level</source>
        <translation>page %1: its parents lead back to itself; shown at the top level</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ResourceDownloader</name>
    <message>
        <location filename="../core/sync/resourcedownloader.cpp" line="+127"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The server is busy (HTTP %1); the other files will be tried on the next sync.</source>
        <translation>The server is busy (HTTP %1); the other files will be tried on the next sync.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Stopped after %n failed downloads in a row; the other files will be tried on the next sync.</source>
        <translation>
            <numerusform>Stopped after %n failed download; the other files will be tried on the next sync.</numerusform>
            <numerusform>Stopped after %n failed downloads in a row; the other files will be tried on the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The server sent a web page instead of the file.</source>
        <translation>The server sent a web page instead of the file.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Could not write the file: %1</source>
        <translation>Could not write the file: %1</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>The server gave an unexpected answer (HTTP %1).</source>
        <translation>The server gave an unexpected answer (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ResourceSync</name>
    <message>
        <location filename="../core/sync/resourcesync.cpp" line="+51"/>
        <source>Cannot create the folder for images and documents: %1</source>
        <translation>Cannot create the folder for images and documents: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not update the list of images and documents: %1</source>
        <translation>Could not update the list of images and documents: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+158"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::sync::SyncEngine</name>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="+37"/>
        <source>loading the list of regions</source>
        <translation>loading the list of regions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saving</source>
        <translation>saving</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>downloading %1</source>
        <translation>downloading %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not load the list of regions from %1: %2</source>
        <translation>Could not load the list of regions from %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sent a damaged list of regions (%1 at byte %2).</source>
        <translation>The server sent a damaged list of regions (%1 at byte %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of regions could not be read: %1</source>
        <translation>The list of regions could not be read: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>Could not save the list of regions: %1</source>
        <translation>Could not save the list of regions: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Could not load the languages of %1: %2</source>
        <translation>Could not load the languages of %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server lists no languages for %1.</source>
        <translation>The server lists no languages for %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no region “%1” on the server.</source>
        <translation>There is no region “%1” on the server.</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+15"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>%1 offers no language “%2” (it offers: %3).</source>
        <translation>%1 offers no language “%2” (it offers: %3).</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Could not read the stored pages: %1</source>
        <translation>Could not read the stored pages: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not save the content: %1</source>
        <translation>Could not save the content: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::SyncLock</name>
    <message>
        <location filename="../core/sync/synclock.cpp" line="+68"/>
        <source>A sync is already running (pid %1).</source>
        <translation>A sync is already running (pid %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync is already running.</source>
        <translation>A sync is already running.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the lock file %1: permission denied.</source>
        <translation>Cannot create the lock file %1: permission denied.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the lock file %1 (is the disk full?).</source>
        <translation>Cannot create the lock file %1 (is the disk full?).</translation>
    </message>
</context>
<context>
    <name>integreat::sync::WriteFailure</name>
    <message>
        <location filename="../core/sync/writefailure.cpp" line="+26"/>
        <location line="+15"/>
        <source>the disk is full (%1)</source>
        <translation>the disk is full (%1)</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>no permission to write in %1</source>
        <translation>no permission to write in %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+8"/>
        <source>%1 is on a read-only file system</source>
        <translation>%1 is on a read-only file system</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file system refused to write %1</source>
        <translation>the file system refused to write %1</translation>
    </message>
</context>
</TS>
