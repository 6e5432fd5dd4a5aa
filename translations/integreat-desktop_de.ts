<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>integreat::chat::ChatClient</name>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="+93"/>
        <source>The chat server answered with an error (HTTP %1).</source>
        <translation>Der Chat-Server hat mit einem Fehler geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/chat/chatthread.cpp" line="+18"/>
        <source>The chat server sent an answer that is not a chat.</source>
        <translation>Der Chat-Server hat eine Antwort gesendet, die kein Chat ist.</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ChatSession</name>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="+94"/>
        <source>Too many messages. Please try again in a moment.</source>
        <translation>Zu viele Nachrichten. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chat is not available in this town.</source>
        <translation>Der Chat ist in dieser Stadt nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No connection to the chat. It will be updated when you are online.</source>
        <translation>Keine Verbindung zum Chat. Er wird aktualisiert, sobald Sie online sind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection to the chat. Your message was not sent; it is kept so you can send it again.</source>
        <translation>Keine Verbindung zum Chat. Ihre Nachricht wurde nicht gesendet; sie bleibt erhalten, damit Sie sie noch einmal senden können.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat could not be loaded: %1</source>
        <translation>Der Chat konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ContactMessage</name>
    <message>
        <location filename="../core/chat/contactmessage.cpp" line="+21"/>
        <source>Please enter your e-mail address: the answer is sent there.</source>
        <translation>Bitte geben Sie Ihre E-Mail-Adresse ein: Die Antwort wird dorthin gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not an e-mail address. Please check it (like name@example.org).</source>
        <translation>„%1“ ist keine E-Mail-Adresse. Bitte prüfen Sie sie (zum Beispiel name@example.org).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please write your message.</source>
        <translation>Bitte schreiben Sie Ihre Nachricht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message is too long: at most %1 characters, it has %2.</source>
        <translation>Ihre Nachricht ist zu lang: höchstens %1 Zeichen, sie hat %2.</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ZammadForm</name>
    <message>
        <location filename="../core/chat/zammadform.cpp" line="+14"/>
        <source>Your message was sent. The answer comes to your e-mail address.</source>
        <translation>Ihre Nachricht wurde gesendet. Die Antwort kommt an Ihre E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline: your message was not sent. Please send it again when this computer is connected to the internet.</source>
        <translation>Sie sind offline: Ihre Nachricht wurde nicht gesendet. Bitte senden Sie sie noch einmal, wenn dieser Computer mit dem Internet verbunden ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The town&apos;s contact server has a problem (error %1): your message was not sent. Please try again later.</source>
        <translation>Der Kontaktserver der Stadt hat ein Problem (Fehler %1): Ihre Nachricht wurde nicht gesendet. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many messages were sent from here. Please wait a moment and try again.</source>
        <translation>Von hier wurden zu viele Nachrichten gesendet. Bitte warten Sie einen Moment und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This contact form is switched off at the moment: your message was not sent.</source>
        <translation>Dieses Kontaktformular ist im Moment ausgeschaltet: Ihre Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contact server did not accept this e-mail address. Please check it.</source>
        <translation>Der Kontaktserver hat diese E-Mail-Adresse nicht angenommen. Bitte prüfen Sie sie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your message could not be sent: %1</source>
        <translation>Ihre Nachricht konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the form has no web address to send to</source>
        <translation>das Formular hat keine Webadresse, an die es senden kann</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the contact server refused it (error %1)</source>
        <translation>der Kontaktserver hat sie abgelehnt (Fehler %1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the contact server&apos;s answer could not be used</source>
        <translation>die Antwort des Kontaktservers konnte nicht verwendet werden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the contact server found a problem with: %1</source>
        <translation>der Kontaktserver hat ein Problem gefunden bei: %1</translation>
    </message>
</context>
<context>
    <name>integreat::cli</name>
    <message>
        <location filename="../app/cli/cmdregions.cpp" line="+42"/>
        <source>List the regions on the server: name, slug, languages.</source>
        <translation>Die Regionen auf dem Server auflisten: Name, Kürzel, Sprachen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include hidden regions.</source>
        <translation>Auch versteckte Regionen zeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+102"/>
        <location filename="../app/cli/cmdstatus.cpp" line="+66"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>  (hidden)</source>
        <translation>  (versteckt)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsearch.cpp" line="-64"/>
        <source>(found in %1)</source>
        <translation>(gefunden in %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdimporttiles.cpp" line="+26"/>
        <source>Import an offline map (MBTiles, raster PNG/JPEG tiles) for a region. The desktop app shows it under the places when there is no network. Use maps whose licence allows offline use; OpenStreetMap&apos;s own tile servers do not.</source>
        <translation>Eine Offline-Karte (MBTiles, Rasterkacheln als PNG/JPEG) für eine Region importieren. Die Desktop-App zeigt sie unter den Orten an, wenn es kein Netz gibt. Verwenden Sie Karten, deren Lizenz die Offline-Nutzung erlaubt; die Kachelserver von OpenStreetMap selbst erlauben das nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmdprint.cpp" line="+33"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+55"/>
        <location filename="../app/cli/cmdshow.cpp" line="+53"/>
        <source>Region slug.</source>
        <translation>Kürzel der Region.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .mbtiles file.</source>
        <translation>Die .mbtiles-Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: integreat-cli import-tiles --region SLUG FILE.mbtiles</source>
        <translation>Aufruf: integreat-cli import-tiles --region SLUG FILE.mbtiles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported the offline map “%1” for %2 (zoom %3–%4) into %5</source>
        <translation>Die Offline-Karte „%1“ für %2 (Zoomstufen %3–%4) wurde nach %5 importiert</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsearch.cpp" line="-5"/>
        <source>Search the stored pages, events, places and news of a region, offline. Pages with every word (at the start of a word of the title or the text; titles count double) come first, then pages where a misspelt word is corrected, another form of a word or a compound containing it matches; a question finds the pages sharing its rarer words.</source>
        <translation>Die gespeicherten Seiten, Veranstaltungen, Orte und Nachrichten einer Region durchsuchen, offline. Zuerst kommen Seiten mit jedem Wort (am Anfang eines Wortes im Titel oder im Text; Titel zählen doppelt), dann Seiten, auf die ein korrigiertes falsch geschriebenes Wort, eine andere Form eines Wortes oder ein zusammengesetztes Wort, das es enthält, passt; eine Frage findet die Seiten, die ihre selteneren Wörter enthalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language code (the user&apos;s).</source>
        <translation>Sprachcode (der Sprache der Person).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search German too; a German hit is shown in the language when it is translated.</source>
        <translation>Auch auf Deutsch suchen; ein deutscher Treffer wird in der Sprache gezeigt, wenn er übersetzt ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every stored language.</source>
        <translation>In jeder gespeicherten Sprache suchen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N results (1-75, default 75).</source>
        <translation>Höchstens N Ergebnisse (1–75, Standard 75).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read one query per line; print HITS&lt;TAB&gt;MILLISECONDS&lt;TAB&gt;QUERY each.</source>
        <translation>Eine Suche pro Zeile lesen; je Zeile TREFFER&lt;TAB&gt;MILLISEKUNDEN&lt;TAB&gt;SUCHE ausgeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words to search for.</source>
        <translation>Wörter, nach denen gesucht wird.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: integreat-cli search --region SLUG --language CODE [--also-german | --all-languages] [--limit N] [--json] QUERY… (or --stdin)</source>
        <translation>Aufruf: integreat-cli search --region SLUG --language CODE [--also-german | --all-languages] [--limit N] [--json] QUERY… (oder --stdin)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--also-german and --all-languages exclude each other</source>
        <translation>--also-german und --all-languages schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--limit needs a number from 1 to %1</source>
        <translation>--limit braucht eine Zahl von 1 bis %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing of %1 (%2) is in the local store. Sync it first: integreat-cli sync --region %1 --languages %2</source>
        <translation>Von %1 (%2) ist nichts im lokalen Speicher. Zuerst synchronisieren: integreat-cli sync --region %1 --languages %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No results for “%1”.</source>
        <translation>Keine Ergebnisse für „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results for “%1”:</source>
        <translation>Ergebnisse für „%1“:</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdprint.cpp" line="+47"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+4"/>
        <location filename="../app/cli/cmdshow.cpp" line="+54"/>
        <location filename="../app/cli/cmdstatus.cpp" line="+14"/>
        <source>Cannot read the local store: %1</source>
        <translation>Der lokale Speicher kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdshow.cpp" line="-55"/>
        <source>Print the title and text of a stored page, event or place.</source>
        <translation>Titel und Text einer gespeicherten Seite, Veranstaltung oder eines Ortes ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdprint.cpp" line="-49"/>
        <source>Write a stored page, place or event, or this week&apos;s events, as a printable PDF handout, in one language or two side by side.</source>
        <translation>Eine gespeicherte Seite, einen Ort oder eine Veranstaltung oder die Veranstaltungen dieser Woche als druckbares PDF-Handout speichern, in einer Sprache oder in zwei nebeneinander.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmdshow.cpp" line="+2"/>
        <source>Language code.</source>
        <translation>Sprachcode.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print this language in a second column.</source>
        <translation>Diese Sprache in einer zweiten Spalte drucken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF file to write.</source>
        <translation>Die PDF-Datei, die gespeichert wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the events of the 7 days from today (or --from), instead of PATH.</source>
        <translation>Die Veranstaltungen der 7 Tage ab heute (oder ab --from) drucken, statt PATH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week&apos;s first day (with --week).</source>
        <translation>Der erste Tag der Woche (mit --week).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmdshow.cpp" line="+2"/>
        <source>Path such as /augsburg/de/willkommen/</source>
        <translation>Pfad wie /augsburg/de/willkommen/</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: integreat-cli print --region SLUG --language CODE [--second-language CODE] (PATH | --week [--from YYYY-MM-DD]) --pdf FILE</source>
        <translation>Aufruf: integreat-cli print --region SLUG --language CODE [--second-language CODE] (PATH | --week [--from YYYY-MM-DD]) --pdf FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--from needs a date such as 2026-12-07.</source>
        <translation>--from braucht ein Datum wie 2026-12-07.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder; give the name of the PDF file to write.</source>
        <translation>%1 ist ein Ordner; geben Sie den Namen der PDF-Datei an, die gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Wrote %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdshow.cpp" line="+6"/>
        <source>usage: integreat-cli show --region SLUG --language CODE PATH</source>
        <translation>Aufruf: integreat-cli show --region SLUG --language CODE PATH</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last updated: %1</source>
        <translation>Zuletzt aktualisiert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When: %1</source>
        <translation>Wann: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where: %1</source>
        <translation>Wo: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not in the local store for %2 (%3). Sync it first: integreat-cli sync --region %2 --languages %3</source>
        <translation>%1 ist nicht im lokalen Speicher für %2 (%3). Zuerst synchronisieren: integreat-cli sync --region %2 --languages %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdstatus.cpp" line="-35"/>
        <source>  %1: %2 pages, %3 events, %4 places, %5 news</source>
        <translation>  %1: %2 Seiten, %3 Veranstaltungen, %4 Orte, %5 Nachrichten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; synced %1</source>
        <translation>; synchronisiert %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; never synced</source>
        <translation>; nie synchronisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; last attempt failed: %1</source>
        <translation>; letzter Versuch fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show what the local store holds, per region and language.</source>
        <translation>Zeigen, was der lokale Speicher enthält, je Region und Sprache.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Store: %1 (%2)</source>
        <translation>Speicher: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No region synced yet. Try: integreat-cli sync --region augsburg</source>
        <translation>Noch keine Region synchronisiert. Versuchen Sie: integreat-cli sync --region augsburg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images and documents: %1 files (%2)</source>
        <translation>Bilder und Dokumente: %1 Dateien (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %1 not downloaded yet, tried again on the next sync</source>
        <translation>; %1 noch nicht heruntergeladen, beim nächsten Synchronisieren erneut versucht</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdpack.cpp" line="+33"/>
        <location filename="../app/cli/cmdsync.cpp" line="+46"/>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
        <translation>%1 hinzugefügt, %2 geändert, %3 entfernt, %4 unverändert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 pages, %3 events, %4 places, %5 news (synced %6)</source>
        <translation>%1: %2 Seiten, %3 Veranstaltungen, %4 Orte, %5 Nachrichten (synchronisiert %6)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote the content pack %1 of %2 to %3 (%4; %5 images and documents%6).</source>
        <translation>Das Inhaltspaket %1 von %2 wurde nach %3 geschrieben (%4; %5 Bilder und Dokumente%6).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, offline map</source>
        <translation>, Offline-Karte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Try again when it has finished.</source>
        <translation>Versuchen Sie es noch einmal, wenn sie beendet ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content pack %1 of %2, made %3</source>
        <translation>Inhaltspaket %1 von %2, erstellt %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: imported (content of %2): %3</source>
        <translation>%1: importiert (Inhalt vom %2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: skipped: this PC&apos;s content (synced %2) is newer than the pack&apos;s (%3); use --force to import it anyway</source>
        <translation>%1: übersprungen: Der Inhalt auf diesem PC (synchronisiert %2) ist neuer als der des Pakets (%3); mit --force wird er trotzdem importiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images and documents: %1%2</source>
        <translation>Bilder und Dokumente: %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; offline map installed</source>
        <translation>; Offline-Karte installiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Content packs: one file with a region&apos;s content, images and offline map, to carry to PCs without (fast) internet or to a whole fleet.
  pack export --region SLUG [--languages de,en] FILE.integreat-pack
  pack import [--force] FILE.integreat-pack
  pack import --watch DIR    import every new pack that appears in DIR, until stopped</source>
        <translation>Inhaltspakete: eine Datei mit dem Inhalt, den Bildern und der Offline-Karte einer Region, um sie auf PCs ohne (schnelles) Internet oder auf viele PCs auf einmal zu bringen.
  pack export --region SLUG [--languages de,en] FILE.integreat-pack
  pack import [--force] FILE.integreat-pack
  pack import --watch DIR    jedes neue Paket importieren, das in DIR erscheint, bis zum Beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region slug (export).</source>
        <translation>Kurzname der Region (Export).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated language codes (export; default: all stored).</source>
        <translation>Sprachcodes, durch Kommas getrennt (Export; Standard: alle gespeicherten).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import languages even where this PC has newer content.</source>
        <translation>Sprachen auch dann importieren, wenn dieser PC neueren Inhalt hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch a folder and import each new or changed pack in it.</source>
        <translation>Einen Ordner beobachten und jedes neue oder geänderte Paket darin importieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export or import</source>
        <translation>export oder import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack file.</source>
        <translation>Die Paketdatei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE.integreat-pack</source>
        <translation>Aufruf: integreat-cli pack export --region SLUG [--languages de,en] FILE.integreat-pack</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE, pack import [--force] FILE or pack import --watch DIR</source>
        <translation>Aufruf: integreat-cli pack export --region SLUG [--languages de,en] FILE, pack import [--force] FILE oder pack import --watch DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsync.cpp" line="+27"/>
        <source>resources: %1 downloaded, %2 unchanged, %3 failed</source>
        <translation>Ressourcen: %1 heruntergeladen, %2 unverändert, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1 not tried (will retry next sync)</source>
        <translation>, %1 nicht versucht (beim nächsten Synchronisieren erneut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (will retry next sync)</source>
        <translation> (beim nächsten Synchronisieren erneut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 no longer used removed</source>
        <translation>, %1 nicht mehr benutzte entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 received</source>
        <translation>; %1 empfangen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>warning: resource: %1</source>
        <translation>Warnung: Ressource: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: … and %1 more resource problems (see --json)</source>
        <translation>Warnung: … und %1 weitere Probleme mit Ressourcen (siehe --json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: images and documents not downloaded: %1; they will be tried again on the next sync.</source>
        <translation>Warnung: Bilder und Dokumente nicht heruntergeladen: %1; sie werden beim nächsten Synchronisieren erneut versucht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download a region&apos;s content (pages, events, places, news, imprint) into the local store. Each language is saved whole or not at all.</source>
        <translation>Den Inhalt einer Region (Seiten, Veranstaltungen, Orte, Nachrichten, Impressum) in den lokalen Speicher herunterladen. Jede Sprache wird ganz oder gar nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region slug, e.g. augsburg.</source>
        <translation>Kürzel der Region, z. B. augsburg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated language codes, or “all” (default).</source>
        <translation>Sprachcodes mit Komma getrennt, oder „all“ (Standard).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as JSON on stdout.</source>
        <translation>Das Ergebnis als JSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not download the images and documents (PDFs) the content refers to.</source>
        <translation>Die Bilder und Dokumente (PDFs), auf die der Inhalt verweist, nicht herunterladen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply a pages list even when it removes more than half of the stored pages of a language (refused otherwise, keeping the stored pages).</source>
        <translation>Eine Seitenliste auch dann übernehmen, wenn sie mehr als die Hälfte der gespeicherten Seiten einer Sprache entfernt (sonst wird sie abgelehnt und die gespeicherten Seiten bleiben erhalten).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When another sync of this data folder is running, wait for it to end instead of giving up.</source>
        <translation>Wenn gerade eine andere Synchronisierung dieses Datenordners läuft, auf ihr Ende warten, statt aufzugeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests to the server at once (default %1): the languages download side by side.</source>
        <translation>Gleichzeitige Anfragen an den Server (Standard %1): Die Sprachen werden parallel heruntergeladen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sync needs --region SLUG (see integreat-cli regions)</source>
        <translation>sync braucht --region SLUG (siehe integreat-cli regions)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--connections needs a number from 1 to %1</source>
        <translation>--connections braucht eine Zahl von 1 bis %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--languages needs codes such as de,en,ar or “all”</source>
        <translation>--languages braucht Codes wie de,en,ar oder „all“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>integreat-cli: %1 received: cancelling the sync; the stored content stays as it was.</source>
        <translation>integreat-cli: %1 empfangen: Das Synchronisieren wird abgebrochen; der gespeicherte Inhalt bleibt, wie er war.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Try again when it has finished, or use --wait.</source>
        <translation>Versuchen Sie es erneut, wenn sie beendet ist, oder verwenden Sie --wait.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Waiting for it to finish …</source>
        <translation>%1 Es wird gewartet, bis sie beendet ist …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>: 1 item</source>
        <translation>: 1 Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: %1 items</source>
        <translation>: %1 Einträge</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[resources] images and documents: %1 of %2</source>
        <translation>[Ressourcen] Bilder und Dokumente: %1 von %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>warning: %1: %2</source>
        <translation>Warnung: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdrepair.cpp" line="+31"/>
        <source>Downloading %1 (%2) again …</source>
        <translation>%1 (%2) wird erneut heruntergeladen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmdsync.cpp" line="+6"/>
        <source>%1: FAILED: %2</source>
        <translation>%1: FEHLGESCHLAGEN: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: %3 items</source>
        <translation>%1 %2: %3 Einträge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2: FAILED: %3</source>
        <translation>%1 %2: FEHLGESCHLAGEN: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the local store; when it is damaged, move it aside (with -wal and -shm, under a dated name), start a fresh one and download again the regions and languages it held.</source>
        <translation>Den lokalen Speicher prüfen; wenn er beschädigt ist, ihn beiseitelegen (mit -wal und -shm, unter einem Namen mit Datum), einen neuen anlegen und die Regionen und Sprachen, die er enthielt, erneut herunterladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only check the store; change nothing.</source>
        <translation>Nur den Speicher prüfen; nichts ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download this region again instead of those the old store held.</source>
        <translation>Diese Region erneut herunterladen statt der Regionen, die der alte Speicher enthielt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --region: comma-separated language codes (default: all).</source>
        <translation>Mit --region: Sprachcodes mit Komma getrennt (Standard: alle).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no local store at %1 yet; nothing to repair.</source>
        <translation>Unter %1 gibt es noch keinen lokalen Speicher; es gibt nichts zu reparieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local store %1 is sound; nothing to repair.</source>
        <translation>Der lokale Speicher %1 ist in Ordnung; es gibt nichts zu reparieren.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>all languages</source>
        <translation>alle Sprachen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local store %1 is damaged: %2</source>
        <translation>Der lokale Speicher %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved region can be read from it.</source>
        <translation>Daraus lässt sich keine gespeicherte Region lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions it still names: %1</source>
        <translation>Regionen, die er noch nennt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the local store is damaged; run “integreat-cli repair” to move it aside and download the content again</source>
        <translation>der lokale Speicher ist beschädigt; führen Sie „integreat-cli repair“ aus, um ihn beiseitezulegen und den Inhalt erneut herunterzuladen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repair when it has finished.</source>
        <translation>Reparieren Sie den Speicher, wenn sie beendet ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moved it aside to %1 (nothing was deleted).</source>
        <translation>Er wurde nach %1 verschoben (nichts wurde gelöscht).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started a fresh store at %1.</source>
        <translation>Ein neuer Speicher wurde unter %1 angelegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved region could be read from the old file. Download one with: integreat-cli sync --region SLUG</source>
        <translation>Aus der alten Datei konnte keine gespeicherte Region gelesen werden. Laden Sie eine herunter mit: integreat-cli sync --region SLUG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the store was repaired, but not every language could be downloaded again; run integreat-cli sync later</source>
        <translation>der Speicher wurde repariert, aber nicht jede Sprache konnte erneut heruntergeladen werden; führen Sie später integreat-cli sync aus</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsync.cpp" line="-73"/>
        <location line="+89"/>
        <source>sync cancelled</source>
        <translation>Synchronisieren abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the server really removed these pages, run the sync again with --allow-mass-removal.</source>
        <translation>Wenn der Server diese Seiten wirklich entfernt hat, synchronisieren Sie erneut mit --allow-mass-removal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync failed for %1</source>
        <translation>Synchronisieren fehlgeschlagen für %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+36"/>
        <source>List the regions on the server.</source>
        <translation>Die Regionen auf dem Server auflisten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download a region&apos;s content into the local store.</source>
        <translation>Den Inhalt einer Region in den lokalen Speicher herunterladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what the local store holds.</source>
        <translation>Zeigen, was der lokale Speicher enthält.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a stored page, event or place.</source>
        <translation>Eine gespeicherte Seite, Veranstaltung oder einen Ort ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the stored content, offline.</source>
        <translation>Den gespeicherten Inhalt durchsuchen, offline.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the local store; move a damaged one aside and download again.</source>
        <translation>Den lokalen Speicher prüfen; einen beschädigten beiseitelegen und erneut herunterladen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import an offline map (MBTiles) for a region.</source>
        <translation>Eine Offline-Karte (MBTiles) für eine Region importieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configure kiosk mode: setup, show, set-pin, disable.</source>
        <translation>Den Kiosk-Modus einrichten: setup, show, set-pin, disable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a stored page, place or event, or this week&apos;s events, as a PDF handout.</source>
        <translation>Eine gespeicherte Seite, einen Ort oder eine Veranstaltung oder die Veranstaltungen dieser Woche als PDF-Handout speichern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export or import a content pack (one file per region), or watch a folder for packs.</source>
        <translation>Ein Inhaltspaket (eine Datei je Region) exportieren oder importieren oder einen Ordner auf Pakete beobachten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: integreat-cli [global options] COMMAND [options]

Keeps the content of Integreat regions in a local store that works offline.

Commands:
</source>
        <translation>Aufruf: integreat-cli [globale Optionen] BEFEHL [Optionen]

Hält den Inhalt von Integreat-Regionen in einem lokalen Speicher, der offline funktioniert.

Befehle:
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
Globale Optionen (für jeden Befehl):
  --server URL        Integreat-CMS (Standard: https://cms.integreat-app.de)
  --data-dir DIR      Ordner des lokalen Speichers (Standard: der der Desktop-App)
  --timeout SECONDS   bei einem stummen Server nach dieser Zeit aufgeben (Standard: 30)
  --retries N         Wiederholungen eines fehlgeschlagenen Downloads (Standard: 3)
  --proxy URL         Proxy für jede Anfrage: http://HOST:PORT, socks5://HOST:PORT
                      oder none (Standard: der des Systems, z. B. https_proxy)
  -h, --help          Hilfe (auch nach einem Befehl)
  -v, --version       Version

Beispiel:
  integreat-cli sync --region augsburg --languages de,en,ar
</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown command “%1” (see --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/clipin.cpp" line="+62"/>
        <source>New kiosk PIN (4 to 12 digits): </source>
        <translation>Neue Kiosk-PIN (4 bis 12 Ziffern): </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same PIN again: </source>
        <translation>Dieselbe PIN noch einmal: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two PINs differ; nothing was changed</source>
        <translation>die beiden PINs stimmen nicht überein; es wurde nichts geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no PIN was given (give it on standard input or at the prompt)</source>
        <translation>es wurde keine PIN angegeben (über die Standardeingabe oder bei der Abfrage eingeben)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a kiosk PIN has 4 to 12 digits</source>
        <translation>eine Kiosk-PIN hat 4 bis 12 Ziffern</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdkiosk.cpp" line="+77"/>
        <source>--%1 needs a number from %2 to %3</source>
        <translation>--%1 braucht eine Zahl von %2 bis %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>kiosk setup needs --region SLUG</source>
        <translation>kiosk setup braucht --region SLUG</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wrote the kiosk configuration %1.</source>
        <translation>Die Kiosk-Konfiguration %1 wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integreat-cli: warning: no PIN is set, so nobody can open the kiosk&apos;s admin panel (set one with: integreat-cli kiosk set-pin --config %1)</source>
        <translation>integreat-cli: Warnung: Es ist keine PIN festgelegt, daher kann niemand die Verwaltung des Kiosks öffnen (festlegen mit: integreat-cli kiosk set-pin --config %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(all stored)</source>
        <translation>(alle gespeicherten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration:     %1</source>
        <translation>Konfiguration:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk mode:        %1</source>
        <translation>Kiosk-Modus:       %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation>eingeschaltet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions:           %1</source>
        <translation>Regionen:          %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:         %1</source>
        <translation>Sprachen:          %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start language:    %1</source>
        <translation>Startsprache:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(first)</source>
        <translation>(die erste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle seconds:      %1</source>
        <translation>Leerlaufzeit (s):  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countdown seconds: %1</source>
        <translation>Countdown (s):     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections:          %1</source>
        <translation>Bereiche:          %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN:               %1</source>
        <translation>PIN:               %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set (PBKDF2-HMAC-SHA256, %1 iterations)</source>
        <translation>festgelegt (PBKDF2-HMAC-SHA256, %1 Iterationen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no region is configured in %1 (integreat-cli kiosk setup --region SLUG)</source>
        <translation>in %1 ist keine Region eingerichtet (integreat-cli kiosk setup --region SLUG)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: updated less than %2 hours ago; skipped.</source>
        <translation>%1: vor weniger als %2 Stunden aktualisiert; übersprungen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Configure kiosk mode (integreat-desktop --kiosk):
  setup    write the configuration (--region, --languages, --idle-seconds, --countdown-seconds, --sections, --start-language, --pin)
  show     print it (--check: exit code only)
  set-pin  set a new PIN (standard input, or asked twice)
  sync     download the configured regions and languages (the nightly timer)
  disable  turn kiosk mode off (setup turns it on again)</source>
        <translation>Den Kiosk-Modus einrichten (integreat-desktop --kiosk):
  setup    die Konfiguration schreiben (--region, --languages, --idle-seconds, --countdown-seconds, --sections, --start-language, --pin)
  show     sie ausgeben (--check: nur Exit-Code)
  set-pin  eine neue PIN festlegen (Standardeingabe oder zweimal abgefragt)
  sync     die eingerichteten Regionen und Sprachen herunterladen (der nächtliche Timer)
  disable  den Kiosk-Modus ausschalten (setup schaltet ihn wieder ein)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>setup, show, set-pin, sync or disable</source>
        <translation>setup, show, set-pin, sync oder disable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: integreat-cli kiosk setup|show|set-pin|sync|disable [--config FILE] (see --help)</source>
        <translation>Aufruf: integreat-cli kiosk setup|show|set-pin|sync|disable [--config FILE] (siehe --help)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The kiosk PIN is set.</source>
        <translation>Die Kiosk-PIN ist festgelegt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kiosk mode is disabled (integreat-cli kiosk setup enables it again).</source>
        <translation>Der Kiosk-Modus ist ausgeschaltet (integreat-cli kiosk setup schaltet ihn wieder ein).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kiosk action “%1” (setup, show, set-pin, sync or disable)</source>
        <translation>unbekannte Kiosk-Aktion „%1“ (setup, show, set-pin, sync oder disable)</translation>
    </message>
    <message>
        <location filename="../app/cli/packwatch.cpp" line="+48"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integreat-cli: %1 received: stopped watching %2.</source>
        <translation>integreat-cli: %1 empfangen: %2 wird nicht mehr beobachtet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watching %1 for content packs (*%2); stop with Ctrl+C.</source>
        <translation>%1 wird auf Inhaltspakete (*%2) beobachtet; beenden mit Ctrl+C.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: pack %2 was imported already.</source>
        <translation>%1: Paket %2 wurde schon importiert.</translation>
    </message>
</context>
<context>
    <name>integreat::cli::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+28"/>
        <source>Integreat CMS to talk to (default: %1).</source>
        <translation>Integreat-CMS, mit dem gesprochen wird (Standard: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder of the local store (default: %1).</source>
        <translation>Ordner des lokalen Speichers (Standard: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give up on a silent server after this many seconds (default: 30).</source>
        <translation>Bei einem stummen Server nach so vielen Sekunden aufgeben (Standard: 30).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retries of a failed download (default: 3).</source>
        <translation>Wiederholungen eines fehlgeschlagenen Downloads (Standard: 3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send every request through this proxy: http://HOST:PORT, socks5://HOST:PORT or none (default: the system&apos;s proxy settings).</source>
        <translation>Jede Anfrage über diesen Proxy senden: http://HOST:PORT, socks5://HOST:PORT oder none (Standard: die Proxy-Einstellungen des Systems).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (see --help)</source>
        <translation> (siehe --help)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--server needs an http(s) URL such as https://cms.integreat-app.de</source>
        <translation>--server braucht eine http(s)-URL wie https://cms.integreat-app.de</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout needs a number of seconds of at least 1</source>
        <translation>--timeout braucht eine Anzahl Sekunden von mindestens 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--retries needs a number from 0 to 10</source>
        <translation>--retries braucht eine Zahl von 0 bis 10</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the data folder %1</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the local store %1: %2</source>
        <translation>Der lokale Speicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run “integreat-cli repair” to move %1 aside and download the content again.</source>
        <translation>Führen Sie „integreat-cli repair“ aus, um %1 beiseitezulegen und den Inhalt erneut herunterzuladen.</translation>
    </message>
</context>
<context>
    <name>integreat::cli::KioskOptions</name>
    <message>
        <location filename="../app/cli/cmdkiosk.cpp" line="-251"/>
        <source>The kiosk configuration file (default: %1).</source>
        <translation>Die Konfigurationsdatei des Kiosks (Standard: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region slug (repeat or comma-separate for several).</source>
        <translation>Kürzel der Region (für mehrere wiederholen oder mit Komma trennen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language codes offered, comma-separated.</source>
        <translation>Angebotene Sprachcodes, mit Komma getrennt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language preselected on the start screen.</source>
        <translation>Die Sprache, die auf dem Startbildschirm vorausgewählt ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds without touch before the countdown (default: 120).</source>
        <translation>Sekunden ohne Berührung bis zum Countdown (Standard: 120).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds of the “Are you still there?” countdown (default: 20).</source>
        <translation>Sekunden des Countdowns „Sind Sie noch da?“ (Standard: 20).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections shown, comma-separated (default: local,places,events,news).</source>
        <translation>Angezeigte Bereiche, mit Komma getrennt (Standard: local,places,events,news).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the PIN (read from standard input when it is not a terminal, else asked twice).</source>
        <translation>Die PIN festlegen (von der Standardeingabe gelesen, wenn diese kein Terminal ist, sonst zweimal abgefragt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sync: skip a region whose languages were all updated less than N hours ago (the update at boot).</source>
        <translation>sync: eine Region überspringen, deren Sprachen alle vor weniger als N Stunden aktualisiert wurden (die Aktualisierung beim Start).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show: print nothing; exit 0 only when the kiosk is configured and enabled (for ExecCondition=).</source>
        <translation>show: nichts ausgeben; nur dann mit 0 beenden, wenn der Kiosk eingerichtet und eingeschaltet ist (für ExecCondition=).</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::AdminPanel</name>
    <message>
        <location filename="../app/desktop/kiosk/adminpanel.cpp" line="+20"/>
        <source>Sync now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit kiosk</source>
        <translation>Kiosk beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kiosk administration</source>
        <translation>Kiosk-Verwaltung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the kiosk</source>
        <translation>Zurück zum Kiosk</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1: last update %2, %3 pages, %4 events, %5 places, %6 news</source>
        <translation>  %1: letzte Aktualisierung %2, %3 Seiten, %4 Veranstaltungen, %5 Orte, %6 Nachrichten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the last attempt failed: %1</source>
        <translation>der letzte Versuch ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is saved yet.</source>
        <translation>Es ist noch nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::Application</name>
    <message>
        <location filename="../app/desktop/shell/application.cpp" line="+246"/>
        <source>nothing is saved in %1 yet; sync a town first</source>
        <translation>in %1 ist noch nichts gespeichert; laden Sie zuerst eine Stadt herunter</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>could not write the screenshot %1</source>
        <translation>das Bildschirmfoto %1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::BreadcrumbBar</name>
    <message>
        <location filename="../app/desktop/pages/breadcrumbbar.cpp" line="+36"/>
        <source>You are here</source>
        <translation>Sie sind hier</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>More: %1</source>
        <translation>Weitere: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ChatSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/chatsection.cpp" line="+105"/>
        <source>Ask Integreat</source>
        <translation>Integreat fragen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The chat is not offered on this public computer.</source>
        <translation>Der Chat wird an diesem öffentlichen Computer nicht angeboten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>The chat is not available in this town.</source>
        <translation>Der Chat ist in dieser Stadt nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chat of this town is not available on this computer yet.</source>
        <translation>Der Chat dieser Stadt ist auf diesem Computer noch nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ChatView</name>
    <message>
        <location filename="../app/desktop/chat/chatview.cpp" line="+31"/>
        <source>Accept and start the chat</source>
        <translation>Zustimmen und Chat starten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write your question in any language</source>
        <translation>Schreiben Sie Ihre Frage in einer beliebigen Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your message</source>
        <translation>Ihre Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy notice of the chat</source>
        <translation>Datenschutzhinweis des Chats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State of the chat</source>
        <translation>Status des Chats</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Your questions are answered by counselors of the town and by an assistant that knows the town&apos;s information. What you write is sent to the town&apos;s chat server and kept there.</source>
        <translation>Ihre Fragen werden von Beraterinnen und Beratern der Stadt beantwortet und von einem Assistenten, der die Informationen der Stadt kennt. Was Sie schreiben, wird an den Chat-Server der Stadt gesendet und dort gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the privacy notice</source>
        <translation>Datenschutzhinweis lesen</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Ask a question about life in the town. The answer appears here.</source>
        <translation>Stellen Sie eine Frage zum Leben in der Stadt. Die Antwort erscheint hier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic answer</source>
        <translation>Automatische Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counselor</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent yet</source>
        <translation>Noch nicht gesendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integreat is writing an answer…</source>
        <translation>Integreat schreibt eine Antwort …</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading the chat…</source>
        <translation>Der Chat wird geladen …</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CommandLine</name>
    <message>
        <location filename="../app/desktop/shell/commandline.cpp" line="+39"/>
        <source>Integreat: local information for newcomers, in their language, also offline.</source>
        <translation>Integreat: lokale Informationen für Neuzugewanderte, in ihrer Sprache, auch offline.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of the local store (default: %1).</source>
        <translation>Ordner des lokalen Speichers (Standard: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integreat CMS to update from (default: %1).</source>
        <translation>Integreat-CMS, von dem aktualisiert wird (Standard: %1).</translation>
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
        <translation>Nie das Netzwerk benutzen; nur die gespeicherten Inhalte zeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a page: an https://integreat.app/… link, an integreat:// link or region/language/path.</source>
        <translation>Eine Seite öffnen: ein https://integreat.app/…-Link, ein integreat://-Link oder Region/Sprache/Pfad.</translation>
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
        <translation>Ein Inhaltspaket (erstellt mit integreat-cli pack export) importieren und das Ergebnis in den Einstellungen zeigen; dasselbe wie die Angabe von DATEI.integreat-pack.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Render the window at 1280×800 into a PNG file and exit (for documentation and smoke tests).</source>
        <translation>Das Fenster in 1280×800 als PNG-Datei speichern und beenden (für Dokumentation und Smoke-Tests).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The same as --open, or a content pack file (.integreat-pack) to import.</source>
        <translation>Dasselbe wie --open, oder eine Inhaltspaket-Datei (.integreat-pack) zum Importieren.</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+5"/>
        <location line="+12"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Send every request through this proxy: http://HOST:PORT, socks5://HOST:PORT or none (default: the system&apos;s proxy settings).</source>
        <translation>Jede Anfrage über diesen Proxy senden: http://HOST:PORT, socks5://HOST:PORT oder none (Standard: die Proxy-Einstellungen des Systems).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run as a locked public kiosk (full screen, idle reset, links as QR codes).</source>
        <translation>Als gesperrten öffentlichen Kiosk ausführen (Vollbild, Zurücksetzen bei Inaktivität, Links als QR-Codes).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kiosk configuration (with --kiosk; default: %1).</source>
        <translation>Die Kiosk-Konfiguration (mit --kiosk; Standard: %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[LINK]</source>
        <translation>[LINK]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Give one content pack to import, not several.</source>
        <translation>Bitte nur ein Inhaltspaket zum Importieren angeben, nicht mehrere.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give one link to open, not several.</source>
        <translation>Bitte nur einen Link zum Öffnen angeben, nicht mehrere.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--config is for --kiosk.</source>
        <translation>--config gilt nur für --kiosk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--kiosk starts at its own start screen: no link or --screenshot.</source>
        <translation>--kiosk beginnt mit einem eigenen Startbildschirm: kein Link und kein --screenshot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A content pack is imported in a window: not with --kiosk or --screenshot.</source>
        <translation>Ein Inhaltspaket wird in einem Fenster importiert: nicht mit --kiosk oder --screenshot.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--server needs an http(s) URL such as %1.</source>
        <translation>--server braucht eine http(s)-URL wie %1.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ContactFormDialog</name>
    <message>
        <location filename="../app/desktop/pages/contactformdialog.cpp" line="+27"/>
        <location line="+101"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to the town&apos;s team. They answer by e-mail; your message is sent to the town&apos;s contact server.</source>
        <translation>Schreiben Sie dem Team der Stadt. Es antwortet per E-Mail; Ihre Nachricht wird an den Kontaktserver der Stadt gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Your name (optional)</source>
        <translation>Ihr Name (freiwillig)</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Your e-mail address</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Your message</source>
        <translation>Ihre Nachricht</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+25"/>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CounselTools</name>
    <message>
        <location filename="../app/desktop/counsel/counseltools.cpp" line="+25"/>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show QR code</source>
        <translation>QR-Code zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the text aloud in its language</source>
        <translation>Den Text in seiner Sprache vorlesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear everything of this session and start again (%1)</source>
        <translation>Alles aus dieser Sitzung löschen und neu beginnen (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the link of this page as a QR code to take along on a phone</source>
        <translation>Den Link dieser Seite als QR-Code zeigen, um ihn auf einem Handy mitzunehmen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show this in a second language beside it</source>
        <translation>Dies daneben in einer zweiten Sprache zeigen</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CountdownOverlay</name>
    <message>
        <location filename="../app/desktop/kiosk/countdownoverlay.cpp" line="+14"/>
        <source>Yes, continue</source>
        <translation>Ja, weiter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Press any key or move the mouse to continue. In %n seconds the session ends: the app goes back to the start page and what was looked at is cleared.</source>
        <translation>
            <numerusform>Drücken Sie eine beliebige Taste oder bewegen Sie die Maus, um weiterzumachen. In %n Sekunde endet die Sitzung: Die App kehrt zur Startseite zurück und alles Angesehene wird gelöscht.</numerusform>
            <numerusform>Drücken Sie eine beliebige Taste oder bewegen Sie die Maus, um weiterzumachen. In %n Sekunden endet die Sitzung: Die App kehrt zur Startseite zurück und alles Angesehene wird gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Touch the screen to continue. In %n seconds everything starts over and what you looked at is cleared.</source>
        <translation>
            <numerusform>Berühren Sie den Bildschirm, um weiterzumachen. In %n Sekunde beginnt alles von vorn, und was Sie angesehen haben, wird gelöscht.</numerusform>
            <numerusform>Berühren Sie den Bildschirm, um weiterzumachen. In %n Sekunden beginnt alles von vorn, und was Sie angesehen haben, wird gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DBusNotifier</name>
    <message>
        <location filename="../app/desktop/notify/dbusnotifier.cpp" line="+51"/>
        <source>Open</source>
        <translation>Öffnen</translation>
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
        <translation>Der gespeicherte Inhalt ist beschädigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be read: %2

Download again moves the file aside under a dated name (nothing is deleted), starts afresh and downloads your towns and languages again.</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2

„Erneut herunterladen“ legt die Datei unter einem Namen mit Datum beiseite (nichts wird gelöscht), beginnt neu und lädt Ihre Städte und Sprachen erneut herunter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download again</source>
        <translation>Erneut herunterladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DashboardView</name>
    <message>
        <location filename="../app/desktop/pages/dashboardview.cpp" line="+39"/>
        <source>Local information</source>
        <translation>Lokale Informationen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There are no pages in this language yet.</source>
        <translation>In dieser Sprache gibt es noch keine Seiten.</translation>
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
        <translation>„%1“ ist kein Link auf eine Seite einer Integreat-Stadt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” in %2 is not saved on this computer.</source>
        <translation>„%1“ auf %2 ist auf diesem Computer nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The chat is not available in this town.</source>
        <translation>Der Chat ist in dieser Stadt nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The linked page is in %1, which is not saved on this computer.</source>
        <translation>Die verlinkte Seite ist auf %1, das auf diesem Computer nicht gespeichert ist.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The linked page is not saved on this computer.</source>
        <translation>Die verlinkte Seite ist auf diesem Computer nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EndSession</name>
    <message>
        <location filename="../app/desktop/counsel/endsession.cpp" line="+44"/>
        <location line="+6"/>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>End this session?</source>
        <translation>Diese Sitzung beenden?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app goes back to the start page. The history, the search, side by side, the news read and the folders used for saving are cleared, so that the next person finds nothing of this session.</source>
        <translation>Die App kehrt zur Startseite zurück. Der Verlauf, die Suche, „Nebeneinander“, die gelesenen Nachrichten und die zum Speichern benutzten Ordner werden gelöscht, damit die nächste Person nichts aus dieser Sitzung findet.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventDateText</name>
    <message>
        <location filename="../app/desktop/presentation/eventdatetext.cpp" line="+50"/>
        <source>the last %1</source>
        <translation>letzten %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the %1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1, all day</source>
        <translation>%1, ganztägig</translation>
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
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 days</source>
        <translation>Alle %1 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 weeks</source>
        <translation>Alle %1 Wochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every month</source>
        <translation>Jeden Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 months</source>
        <translation>Alle %1 Monate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every year</source>
        <translation>Jedes Jahr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 years</source>
        <translation>Alle %1 Jahre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats</source>
        <translation>Wiederholt sich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only on weekdays (Monday to Friday)</source>
        <translation>Nur an Werktagen (Montag bis Freitag)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventHtml</name>
    <message>
        <location filename="../app/desktop/events/eventhtml.cpp" line="+80"/>
        <source>Loading dates…</source>
        <translation>Termine werden geladen …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online meeting:</source>
        <translation>Online-Treffen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More dates</source>
        <translation>Weitere Termine</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventList</name>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+20"/>
        <source>Only dates from</source>
        <translation>Nur Termine vom</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlistmodel.cpp" line="+68"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 7 days</source>
        <translation>Nächste 7 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 30 days</source>
        <translation>Nächste 30 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+35"/>
        <source>Loading events…</source>
        <translation>Veranstaltungen werden geladen …</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlistmodel.cpp" line="-20"/>
        <source>More dates: %1</source>
        <translation>Weitere Termine: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Irregular dates</source>
        <translation>Unregelmäßige Termine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Irregular dates. %1</source>
        <translation>Unregelmäßige Termine. %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+13"/>
        <source>No events in these days.</source>
        <translation>In diesem Zeitraum gibt es keine Veranstaltungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No upcoming events.</source>
        <translation>Keine anstehenden Veranstaltungen.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventsSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/eventssection.cpp" line="+26"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This event is not on this computer. It may be over or removed, or it is newer than the last update.</source>
        <translation>Diese Veranstaltung ist nicht auf diesem Computer. Vielleicht ist sie vorbei oder wurde entfernt, oder sie ist neuer als die letzte Aktualisierung.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventsView</name>
    <message>
        <location filename="../app/desktop/events/eventsview.cpp" line="+45"/>
        <location line="+28"/>
        <source>All events</source>
        <translation>Alle Veranstaltungen</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Save this date for a calendar…</source>
        <translation>Diesen Termin für einen Kalender speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save all dates for a calendar…</source>
        <translation>Alle Termine für einen Kalender speichern…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>This event has irregular dates: they cannot all be worked out, so only the first is shown. Check the dates with the organizer.</source>
        <translation>Diese Veranstaltung hat unregelmäßige Termine: Sie können nicht alle berechnet werden, deshalb wird nur der erste gezeigt. Prüfen Sie die Termine beim Veranstalter.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Save for a calendar</source>
        <translation>Für einen Kalender speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dates are still being worked out. Try again in a moment.</source>
        <translation>Die Termine werden noch berechnet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This event has no dates left to save.</source>
        <translation>Für diese Veranstaltung gibt es keine Termine mehr zum Speichern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The calendar file could not be saved: %1</source>
        <translation>Die Kalenderdatei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. Open %1 with your calendar app to add the event.</source>
        <translation>Gespeichert. Öffnen Sie %1 mit Ihrer Kalender-App, um die Veranstaltung hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ExternalLinkDialog</name>
    <message>
        <location filename="../app/desktop/pages/externallinkdialog.cpp" line="+38"/>
        <source>Open a website?</source>
        <translation>Eine Website öffnen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link leads out of Integreat to a website of &lt;b&gt;%1&lt;/b&gt;. It opens in your web browser and needs an internet connection.</source>
        <translation>Dieser Link führt aus Integreat hinaus auf eine Website von &lt;b&gt;%1&lt;/b&gt;. Sie öffnet sich in Ihrem Webbrowser und braucht eine Internetverbindung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open the document online?</source>
        <translation>Das Dokument online öffnen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document is not saved on this computer. It can be opened from &lt;b&gt;%1&lt;/b&gt; in your browser with an internet connection.</source>
        <translation>Dieses Dokument ist auf diesem Computer nicht gespeichert. Es kann mit einer Internetverbindung von &lt;b&gt;%1&lt;/b&gt; in Ihrem Browser geöffnet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call this number?</source>
        <translation>Diese Nummer anrufen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your computer&apos;s phone app will call this number:</source>
        <translation>Die Telefon-App Ihres Computers ruft diese Nummer an:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write an e-mail?</source>
        <translation>Eine E-Mail schreiben?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your e-mail program will open a new message to:</source>
        <translation>Ihr E-Mail-Programm öffnet eine neue Nachricht an:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write e-mail</source>
        <translation>E-Mail schreiben</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::FeedbackBox</name>
    <message>
        <location filename="../app/desktop/pages/feedbackbox.cpp" line="+88"/>
        <source>Was this page helpful?</source>
        <translation>War diese Seite hilfreich?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, this was helpful</source>
        <translation>Ja, das war hilfreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, this was not helpful</source>
        <translation>Nein, das war nicht hilfreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What could be better? (optional, no personal data)</source>
        <translation>Was könnte besser sein? (freiwillig, keine persönlichen Daten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on this page</source>
        <translation>Kommentar zu dieser Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send feedback</source>
        <translation>Rückmeldung senden</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Thank you. You may add a comment.</source>
        <translation>Danke. Sie können noch einen Kommentar hinzufügen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please choose “Yes” or “No”, or write a comment.</source>
        <translation>Bitte wählen Sie „Ja“ oder „Nein“ oder schreiben Sie einen Kommentar.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::FirstRunWizard</name>
    <message>
        <location filename="../app/desktop/firstrun/firstrunwizard.cpp" line="+31"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+221"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="-220"/>
        <location line="+216"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Welcome to Integreat</source>
        <translation>Willkommen bei Integreat</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The download was cancelled. Nothing was changed on this computer.</source>
        <translation>Der Download wurde abgebrochen. Auf diesem Computer wurde nichts verändert.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The server lists no regions.</source>
        <translation>Der Server nennt keine Regionen.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The demo town could not be set up: %1</source>
        <translation>Die Demo-Stadt konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stops the download; nothing is changed</source>
        <translation>Stoppt den Download; nichts wird verändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this window</source>
        <translation>Schließt dieses Fenster</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::HeaderBar</name>
    <message>
        <location filename="../app/desktop/mainwindow/headerbar.cpp" line="+54"/>
        <location line="+1"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Search in %1</source>
        <translation>In %1 suchen</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskApp</name>
    <message>
        <location filename="../app/desktop/shell/kioskapp.cpp" line="+36"/>
        <source>kiosk mode is disabled in %1 (integreat-cli kiosk setup enables it)</source>
        <translation>der Kiosk-Modus ist in %1 ausgeschaltet (integreat-cli kiosk setup schaltet ihn ein)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved content cannot be opened: %1</source>
        <translation>Die gespeicherten Inhalte können nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskSession</name>
    <message>
        <location filename="../app/desktop/kiosk/kiosksession.cpp" line="+66"/>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this page with you</source>
        <translation>Diese Seite mitnehmen</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskWindow</name>
    <message>
        <location filename="../app/desktop/kiosk/kioskwindow.cpp" line="+77"/>
        <source>The update has finished.</source>
        <translation>Die Aktualisierung ist abgeschlossen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The update failed; the last good content stays in use. %1</source>
        <translation>Die Aktualisierung ist fehlgeschlagen; die zuletzt funktionierenden Inhalte werden weiter verwendet. %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nothing is saved on this kiosk yet. The administrator can update the content.</source>
        <translation>Auf diesem Kiosk ist noch nichts gespeichert. Die Administration kann die Inhalte aktualisieren.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Zu viele falsche PINs. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele falsche PINs. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No PIN is set for this kiosk, so the administration cannot be opened here (integreat-cli kiosk set-pin).</source>
        <translation>Für diesen Kiosk ist keine PIN festgelegt, daher kann die Verwaltung hier nicht geöffnet werden (integreat-cli kiosk set-pin).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No region is configured (integreat-cli kiosk setup).</source>
        <translation>Es ist keine Region eingerichtet (integreat-cli kiosk setup).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kiosk runs offline; the nightly update keeps it current.</source>
        <translation>Dieser Kiosk läuft offline; die nächtliche Aktualisierung hält ihn aktuell.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Updating…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageButton</name>
    <message>
        <location filename="../app/desktop/mainwindow/languagebutton.cpp" line="+40"/>
        <source>%1 (download)</source>
        <translation>%1 (herunterladen)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language of the content: %1</source>
        <translation>Sprache des Inhalts: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content language: %1</source>
        <translation>Inhaltssprache: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageNames</name>
    <message>
        <location filename="../app/desktop/presentation/languages.cpp" line="+46"/>
        <source>Albanian</source>
        <translation>Albanisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amharic</source>
        <translation>Amharisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgarian</source>
        <translation>Bulgarisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central Kurdish</source>
        <translation>Zentralkurdisch (Sorani)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatian</source>
        <translation>Kroatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czech</source>
        <translation>Tschechisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greek</source>
        <translation>Griechisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungarian</source>
        <translation>Ungarisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kurdish</source>
        <translation>Kurdisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pashto</source>
        <translation>Paschtu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persian</source>
        <translation>Persisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>Rumänisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbian</source>
        <translation>Serbisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnamese</source>
        <translation>Vietnamesisch</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguagePage</name>
    <message>
        <location filename="../app/desktop/firstrun/languagepage.cpp" line="+22"/>
        <source>Which languages do you want to read?</source>
        <translation>In welchen Sprachen möchten Sie lesen?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The local information of %1 is downloaded in the languages you choose, so you can read it without internet. You can choose several and add more later.</source>
        <translation>Die lokalen Informationen von %1 werden in den Sprachen heruntergeladen, die Sie wählen, damit Sie sie ohne Internet lesen können. Sie können mehrere wählen und später weitere hinzufügen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language code %1</source>
        <translation>Sprachcode %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageRow</name>
    <message>
        <location filename="../app/desktop/firstrun/languagerow.cpp" line="+29"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry %1</source>
        <translation>%1 erneut versuchen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Ready to read offline</source>
        <translation>✓ Bereit zum Offline-Lesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not downloaded: %1</source>
        <translation>Nicht heruntergeladen: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LinkRouter</name>
    <message>
        <location filename="../app/desktop/pages/linkrouter.cpp" line="+70"/>
        <source>This link cannot be opened: it could harm your computer or your data.</source>
        <translation>Dieser Link kann nicht geöffnet werden: Er könnte Ihrem Computer oder Ihren Daten schaden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This link leads to the list of towns. To read about another town, use “Change” next to the town&apos;s name.</source>
        <translation>Dieser Link führt zur Liste der Städte. Um über eine andere Stadt zu lesen, benutzen Sie „Wechseln“ neben dem Namen der Stadt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This link leads to a part of Integreat that this app does not show yet.</source>
        <translation>Dieser Link führt zu einem Teil von Integreat, den diese App noch nicht zeigt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download %1</source>
        <translation>%1 herunterladen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This link leads to “%1” in %2, which is not saved on this computer.</source>
        <translation>Dieser Link führt zu „%1“ auf %2; das ist auf diesem Computer nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This page is in %1, which is not saved on this computer yet.</source>
        <translation>Diese Seite ist auf %1, das auf diesem Computer noch nicht gespeichert ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chat is not available in this town.</source>
        <translation>Der Chat ist in dieser Stadt nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The linked event is not on this computer. It may be over or removed, or it is newer than the last update.</source>
        <translation>Die verlinkte Veranstaltung ist nicht auf diesem Computer. Vielleicht ist sie vorbei oder wurde entfernt, oder sie ist neuer als die letzte Aktualisierung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked place is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Der verlinkte Ort ist nicht auf diesem Computer. Vielleicht wurde er entfernt, oder er ist neuer als die letzte Aktualisierung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked news item is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Die verlinkte Nachricht ist nicht auf diesem Computer. Vielleicht wurde sie entfernt, oder sie ist neuer als die letzte Aktualisierung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked page is not on this computer. It may have been moved or removed, or it is newer than the last update.</source>
        <translation>Die verlinkte Seite ist nicht auf diesem Computer. Vielleicht wurde sie verschoben oder entfernt, oder sie ist neuer als die letzte Aktualisierung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No program on this computer can open this document.</source>
        <translation>Kein Programm auf diesem Computer kann dieses Dokument öffnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This document is not saved on this computer.</source>
        <translation>Dieses Dokument ist auf diesem Computer nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>No program on this computer can open this link.</source>
        <translation>Kein Programm auf diesem Computer kann diesen Link öffnen.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>This offer cannot be opened: its form could not be prepared.</source>
        <translation>Dieses Angebot kann nicht geöffnet werden: Sein Formular konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open online</source>
        <translation>Online öffnen</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LocalInfoSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/localinfosection.cpp" line="+37"/>
        <source>Local information</source>
        <translation>Lokale Informationen</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LocalInfoView</name>
    <message>
        <location filename="../app/desktop/pages/localinfoview.cpp" line="+57"/>
        <source>Page content</source>
        <translation>Seiteninhalt</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Start page of the town</source>
        <translation>Startseite der Stadt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <location line="+31"/>
        <location line="+38"/>
        <location line="+9"/>
        <location line="+21"/>
        <source>Local information</source>
        <translation>Lokale Informationen</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>This page is not on this computer</source>
        <translation>Diese Seite ist nicht auf diesem Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been moved or removed by the last update.</source>
        <translation>Vielleicht wurde sie bei der letzten Aktualisierung verschoben oder entfernt.</translation>
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
        <translation>In dieser Sprache ist kein Impressum auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The imprint is available in:</source>
        <translation>Das Impressum gibt es auf:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search: “%1”</source>
        <translation>Suche: „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go to the start page</source>
        <translation>Zur Startseite</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Start page in %1</source>
        <translation>Startseite auf %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not available in %2. It is available in:</source>
        <translation>„%1“ gibt es nicht auf %2. Es gibt die Seite auf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not available in %2.</source>
        <translation>„%1“ gibt es nicht auf %2.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MainActions</name>
    <message>
        <location filename="../app/desktop/mainwindow/mainactions.cpp" line="+19"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start page</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imprint</source>
        <translation>Impressum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smaller text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal text size</source>
        <translation>Normale Schriftgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Integreat Desktop</source>
        <translation>Über Integreat Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This page</source>
        <translation>Diese Seite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MainWindow</name>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindow.cpp" line="+196"/>
        <source>Download %1</source>
        <translation>%1 herunterladen</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 is not saved on this computer yet.</source>
        <translation>%1 ist auf diesem Computer noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindowcommands.cpp" line="+171"/>
        <source>About Integreat Desktop</source>
        <translation>Über Integreat Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Integreat Desktop %1&lt;/h3&gt;&lt;p&gt;Local information for newcomers, in their language, also without internet.&lt;/p&gt;&lt;p&gt;The content comes from the towns and districts that take part in &lt;a href=&quot;https://integreat-app.de&quot;&gt;Integreat&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Integreat Desktop %1&lt;/h3&gt;&lt;p&gt;Lokale Informationen für Neuzugewanderte, in ihrer Sprache, auch ohne Internet.&lt;/p&gt;&lt;p&gt;Die Inhalte kommen von den Städten und Landkreisen, die bei &lt;a href=&quot;https://integreat-app.de&quot;&gt;Integreat&lt;/a&gt; mitmachen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindowcounsel.cpp" line="+50"/>
        <source>Reading area</source>
        <translation>Lesebereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The section shown, and beside it the same in a second language when Side by side is on</source>
        <translation>Der angezeigte Bereich und daneben derselbe in einer zweiten Sprache, wenn „Nebeneinander“ eingeschaltet ist</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MapWidget</name>
    <message>
        <location filename="../app/desktop/places/mapwidget.cpp" line="+30"/>
        <source>Map of places</source>
        <translation>Karte der Orte</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+344"/>
        <source>I am here (sort places by distance from this point)</source>
        <translation>Ich bin hier (Orte nach Entfernung von diesem Punkt sortieren)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MassRemovalQuestion</name>
    <message>
        <location filename="../app/desktop/sync/massremovalquestion.cpp" line="+16"/>
        <source>Remove saved pages?</source>
        <translation>Gespeicherte Seiten entfernen?</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n of the %2 saved pages would be removed.</source>
        <translation>
            <numerusform>%1: %n von %2 gespeicherten Seiten würde entfernt werden.</numerusform>
            <numerusform>%1: %n von %2 gespeicherten Seiten würden entfernt werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server sent much less content than before. If you go on, pages you have now will be deleted from this computer.</source>
        <translation>Der Server hat viel weniger Inhalte gesendet als vorher. Wenn Sie fortfahren, werden Seiten, die Sie jetzt haben, von diesem Computer gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This can be a mistake on the server. If you keep your content, nothing changes and you can try again later.</source>
        <translation>Das kann ein Fehler auf dem Server sein. Wenn Sie Ihre Inhalte behalten, ändert sich nichts und Sie können es später noch einmal versuchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep my content</source>
        <translation>Meine Inhalte behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove them</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NavigationBar</name>
    <message>
        <location filename="../app/desktop/pages/navigationbar.cpp" line="+29"/>
        <source>Back (Alt+Left)</source>
        <translation>Zurück (Alt+Links)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward (Alt+Right)</source>
        <translation>Vorwärts (Alt+Rechts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsHtml</name>
    <message>
        <location filename="../app/desktop/news/newshtml.cpp" line="+16"/>
        <source>Local news</source>
        <translation>Lokale Nachrichten</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Read the original</source>
        <translation>Original lesen</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/newssection.cpp" line="+28"/>
        <source>News</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News (%1)</source>
        <translation>Nachrichten (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News, %1 new</source>
        <translation>Nachrichten, %1 neu</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This news item is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Diese Nachricht ist nicht auf diesem Computer. Vielleicht wurde sie entfernt, oder sie ist neuer als die letzte Aktualisierung.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsView</name>
    <message>
        <location filename="../app/desktop/news/newsview.cpp" line="+43"/>
        <location line="+56"/>
        <source>All news</source>
        <translation>Alle Nachrichten</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>News</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>News item</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../app/desktop/news/newslistmodel.cpp" line="+85"/>
        <source>● New</source>
        <translation>● Neu</translation>
    </message>
    <message>
        <location filename="../app/desktop/news/newsview.cpp" line="+110"/>
        <source>There are no news in this language yet. New local news of the town appear here after the next update.</source>
        <translation>In dieser Sprache gibt es noch keine Nachrichten. Neue lokale Nachrichten der Stadt erscheinen hier nach der nächsten Aktualisierung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No news of this kind. Choose “All” to see every news item.</source>
        <translation>Keine Nachrichten dieser Art. Wählen Sie „Alle“, um alle Nachrichten zu sehen.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NoticeBar</name>
    <message>
        <location filename="../app/desktop/pages/noticebar.cpp" line="+26"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Close this notice</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationCenter</name>
    <message>
        <location filename="../app/desktop/notify/notificationcenter.cpp" line="+44"/>
        <source>Notifications (%1)</source>
        <translation>Benachrichtigungen (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>News from %1 (%2)</source>
        <translation>Nachrichten aus %1 (%2)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationsDialog</name>
    <message>
        <location filename="../app/desktop/notify/notificationsdialog.cpp" line="+27"/>
        <source>No notifications yet. New local news of your towns appear here.</source>
        <translation>Noch keine Benachrichtigungen. Neue lokale Nachrichten Ihrer Städte erscheinen hier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
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
        <translation>Eine Benachrichtigung zeigen, wenn eine Stadt Nachrichten in einer Sprache veröffentlicht:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Look for news every</source>
        <translation>Nach neuen Nachrichten sehen: alle</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::OfferForm</name>
    <message>
        <location filename="../app/desktop/pages/offerform.cpp" line="+27"/>
        <source>Continue to %1</source>
        <translation>Weiter zu %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PackImport</name>
    <message>
        <location filename="../app/desktop/settings/packimport.cpp" line="+28"/>
        <source>Could not open the local store: %1</source>
        <translation>Der lokale Speicher konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The content pack %1 was not imported: %2 Nothing on this computer was changed.</source>
        <translation>Das Inhaltspaket %1 wurde nicht importiert: %2 Auf diesem Computer wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported from the content pack: %1 in %2.</source>
        <translation>Aus dem Inhaltspaket importiert: %1 auf %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported, because this computer has newer content of %1 in %2. “Import anyway” replaces it with the older content of the pack.</source>
        <translation>Nicht importiert, weil dieser Computer neueren Inhalt von %1 auf %2 hat. „Trotzdem importieren“ ersetzt ihn durch den älteren Inhalt des Pakets.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The content pack %1 holds no language.</source>
        <translation>Das Inhaltspaket %1 enthält keine Sprache.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PackImportPanel</name>
    <message>
        <location filename="../app/desktop/settings/packimportpanel.cpp" line="+23"/>
        <source>Import content pack…</source>
        <translation>Inhaltspaket importieren …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import anyway</source>
        <translation>Trotzdem importieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a region&apos;s content from a file made with “integreat-cli pack export” (for computers without fast internet).</source>
        <translation>Den Inhalt einer Region aus einer Datei importieren, die mit „integreat-cli pack export“ erstellt wurde (für Computer ohne schnelles Internet).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing the content pack</source>
        <translation>Das Inhaltspaket wird importiert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Replaces this computer&apos;s newer content with the older content of the pack.</source>
        <translation>Ersetzt den neueren Inhalt dieses Computers durch den älteren Inhalt des Pakets.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import content pack</source>
        <translation>Inhaltspaket importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Integreat content packs (*.integreat-pack)</source>
        <translation>Integreat-Inhaltspakete (*.integreat-pack)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Waiting for the running update to finish…</source>
        <translation>Es wird gewartet, bis die laufende Aktualisierung beendet ist …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing the content pack…</source>
        <translation>Das Inhaltspaket wird importiert …</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PageHtml</name>
    <message>
        <location filename="../app/desktop/pages/pagehtml.cpp" line="+108"/>
        <source>Last updated on %1</source>
        <translation>Zuletzt aktualisiert am %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Published on %1</source>
        <translation>Veröffentlicht am %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This page has no text yet.</source>
        <translation>Diese Seite hat noch keinen Text.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Imprint</source>
        <translation>Impressum</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Contact form: write to the town&apos;s team</source>
        <translation>Kontaktformular: dem Team der Stadt schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online offer: opens in your browser</source>
        <translation>Online-Angebot: öffnet sich in Ihrem Browser</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This page is provided by %1</source>
        <translation>Diese Seite wird bereitgestellt von %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PinPad</name>
    <message>
        <location filename="../app/desktop/kiosk/pinpad.cpp" line="+22"/>
        <source>Administrator PIN</source>
        <translation>PIN der Administration</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the PIN to open the administration.</source>
        <translation>Geben Sie die PIN ein, um die Verwaltung zu öffnen.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceDetailHtml</name>
    <message>
        <location filename="../app/desktop/places/placedetailhtml.cpp" line="+82"/>
        <source>%1 km away</source>
        <translation>%1 km entfernt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open all day</source>
        <translation>Den ganzen Tag geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open now</source>
        <translation>Jetzt geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed now</source>
        <translation>Jetzt geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>Vorübergehend geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Only with an appointment</source>
        <translation>Nur mit Termin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with an appointment</source>
        <translation>mit Termin</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>✓ Barrier-free</source>
        <translation>✓ Barrierefrei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Not barrier-free</source>
        <translation>✗ Nicht barrierefrei</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Navigate (opens a map)</source>
        <translation>Route planen (öffnet eine Karte)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Make an appointment</source>
        <translation>Termin vereinbaren</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact information</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office hours</source>
        <translation>Sprechzeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About this place</source>
        <translation>Über diesen Ort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events here</source>
        <translation>Veranstaltungen hier</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceFiltersDialog</name>
    <message>
        <location filename="../app/desktop/places/placefiltersdialog.cpp" line="+25"/>
        <source>Only places open now</source>
        <translation>Nur Orte, die jetzt geöffnet sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only barrier-free places</source>
        <translation>Nur barrierefreie Orte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter places</source>
        <translation>Orte filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reset filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Show %n place(s)</source>
        <translation>
            <numerusform>%n Ort anzeigen</numerusform>
            <numerusform>%n Orte anzeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceListPanel</name>
    <message>
        <location filename="../app/desktop/places/placelistpanel.cpp" line="+26"/>
        <source>Show all places</source>
        <translation>Alle Orte anzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Search in places</source>
        <translation>In Orten suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+100"/>
        <source>Filters…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open now</source>
        <translation>Jetzt geöffnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed now</source>
        <translation>Jetzt geschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temporarily closed</source>
        <translation>Vorübergehend geschlossen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>open now</source>
        <translation>jetzt geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>barrier-free</source>
        <translation>barrierefrei</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Filters (%1)…</source>
        <translation>Filter (%1)…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlacesSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/placessection.cpp" line="+31"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>This place is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Dieser Ort ist nicht auf diesem Computer. Vielleicht wurde er entfernt, oder er ist neuer als die letzte Aktualisierung.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlacesView</name>
    <message>
        <location filename="../app/desktop/places/placesview.cpp" line="+65"/>
        <source>← All places</source>
        <translation>← Alle Orte</translation>
    </message>
    <message>
        <location filename="../app/desktop/places/placesviewtiles.cpp" line="+56"/>
        <source>No map of %1 to show. Map tiles need an internet connection or an offline map file (an administrator can import one with “integreat-cli import-tiles”). The places stand on a plain background; the list and the details work without it.</source>
        <translation>Für %1 kann keine Karte angezeigt werden. Kartenkacheln brauchen eine Internetverbindung oder eine Offline-Kartendatei (die Administration kann eine mit „integreat-cli import-tiles“ importieren). Die Orte stehen auf einem einfachen Hintergrund; die Liste und die Details funktionieren auch ohne Karte.</translation>
    </message>
    <message>
        <location filename="../app/desktop/places/placesview.cpp" line="-5"/>
        <source>Places and map</source>
        <translation>Orte und Karte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All places</source>
        <translation>Alle Orte</translation>
    </message>
    <message numerus="yes">
        <location line="+162"/>
        <source>%n place(s) at this spot</source>
        <translation>
            <numerusform>%n Ort an dieser Stelle</numerusform>
            <numerusform>%n Orte an dieser Stelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n place(s), nearest first</source>
        <translation>
            <numerusform>%n Ort, der nächste zuerst</numerusform>
            <numerusform>%n Orte, die nächsten zuerst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n place(s), A–Z</source>
        <translation>
            <numerusform>%n Ort, A–Z</numerusform>
            <numerusform>%n Orte, A–Z</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no places for this town yet. They appear here after the next download.</source>
        <translation>Für diese Stadt gibt es noch keine Orte. Sie erscheinen hier nach dem nächsten Download.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No place matches. Change the filters or the search.</source>
        <translation>Kein Ort passt. Ändern Sie die Filter oder die Suche.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::QrCard</name>
    <message>
        <location filename="../app/desktop/kiosk/qrcard.cpp" line="+19"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scan the code with your phone&apos;s camera to take this with you.</source>
        <translation>Scannen Sie den Code mit der Kamera Ihres Handys, um dies mitzunehmen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Call this number</source>
        <translation>Diese Nummer anrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an e-mail</source>
        <translation>Eine E-Mail schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this on your phone</source>
        <translation>Auf dem Handy öffnen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(too long for a QR code)</source>
        <translation>(zu lang für einen QR-Code)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::QrDialog</name>
    <message>
        <location filename="../app/desktop/counsel/qrdialog.cpp" line="+20"/>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QR code of the link</source>
        <translation>QR-Code des Links</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Scan the code to open this on your phone</source>
        <translation>Scannen Sie den Code, um dies auf Ihrem Handy zu öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the code to open “%1” on your phone</source>
        <translation>Scannen Sie den Code, um „%1“ auf Ihrem Handy zu öffnen</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ReadAloudPanel</name>
    <message>
        <location filename="../app/desktop/counsel/readaloudpanel.cpp" line="+20"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading and close</source>
        <translation>Vorlesen beenden und schließen</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionButton</name>
    <message>
        <location filename="../app/desktop/mainwindow/regionbutton.cpp" line="+33"/>
        <source>Town</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>Wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read about another town</source>
        <translation>Über eine andere Stadt lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change town</source>
        <translation>Stadt wechseln</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Town: %1</source>
        <translation>Stadt: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Find another town…</source>
        <translation>Andere Stadt finden …</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionList</name>
    <message>
        <location filename="../app/desktop/firstrun/regionlist.cpp" line="+21"/>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <location filename="../app/desktop/firstrun/regionlistmodel.cpp" line="+58"/>
        <source>Nearby</source>
        <translation>In der Nähe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions near you</source>
        <translation>Regionen in Ihrer Nähe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Regions starting with %1</source>
        <translation>Regionen mit %1</translation>
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
        <translation>Auch für: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionPage</name>
    <message>
        <location filename="../app/desktop/firstrun/regionpage.cpp" line="+42"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the demo town</source>
        <translation>Die Demo-Stadt ausprobieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where do you live?</source>
        <translation>Wo wohnen Sie?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your town or district. Its local information is then downloaded so that you can read it without internet.</source>
        <translation>Wählen Sie Ihre Stadt oder Ihren Landkreis. Die lokalen Informationen werden dann heruntergeladen, damit Sie sie ohne Internet lesen können.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search, e.g. Landkreis München</source>
        <translation>Suchen, z. B. Landkreis München</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search for a region</source>
        <translation>Nach einer Region suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of regions found</source>
        <translation>Anzahl gefundener Regionen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the list of regions…</source>
        <translation>Die Liste der Regionen wird geladen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the list of regions</source>
        <translation>Die Liste der Regionen wird geladen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meanwhile you can look around in Musterstadt, a made-up demo town that comes with the app (in German, English and Arabic).</source>
        <translation>Inzwischen können Sie sich in Musterstadt umsehen, einer erfundenen Demo-Stadt, die mit der App kommt (auf Deutsch, Englisch und Arabisch).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The Integreat server cannot be reached right now, so the list of regions is not available. Please check your internet connection and try again.</source>
        <translation>Der Integreat-Server ist gerade nicht erreichbar, daher ist die Liste der Regionen nicht verfügbar. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app is in offline mode, so the list of regions cannot be loaded.</source>
        <translation>Die App ist im Offline-Modus, daher kann die Liste der Regionen nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No town found for “%1”. Check the spelling, or try your district (Landkreis) or a town nearby: not every town takes part in Integreat yet.</source>
        <translation>Keine Stadt gefunden für „%1“. Prüfen Sie die Schreibweise, oder versuchen Sie es mit Ihrem Landkreis oder einer Stadt in der Nähe: Noch nicht jede Stadt macht bei Integreat mit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Regions: %1</source>
        <translation>Regionen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions found: %1</source>
        <translation>Gefundene Regionen: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RelativeTime</name>
    <message>
        <location filename="../app/desktop/presentation/relativetime.cpp" line="+13"/>
        <source>Not updated yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated just now</source>
        <translation>Gerade aktualisiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated 1 minute ago</source>
        <translation>Vor 1 Minute aktualisiert</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>Vor %n Minute aktualisiert</numerusform>
            <numerusform>Vor %n Minuten aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated 1 hour ago</source>
        <translation>Vor 1 Stunde aktualisiert</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>Vor %n Stunde aktualisiert</numerusform>
            <numerusform>Vor %n Stunden aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated yesterday</source>
        <translation>Gestern aktualisiert</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Updated %n days ago</source>
        <translation>
            <numerusform>Vor %n Tag aktualisiert</numerusform>
            <numerusform>Vor %n Tagen aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated on %1</source>
        <translation>Aktualisiert am %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SearchView</name>
    <message>
        <location filename="../app/desktop/search/searchview.cpp" line="+61"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Search: “%1”</source>
        <translation>Suche: „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>News</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Only in %1</source>
        <translation>Nur auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text excerpt in %1</source>
        <translation>Textauszug auf %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The search did not work: %1</source>
        <translation>Die Suche hat nicht funktioniert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing found for “%1”.
Try other or fewer words.</source>
        <translation>Nichts gefunden für „%1“.
Versuchen Sie andere oder weniger Wörter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found in %1 or in German for “%2”.
Try other or fewer words, or a German word you know from a letter.</source>
        <translation>Nichts gefunden auf %1 oder auf Deutsch für „%2“.
Versuchen Sie andere oder weniger Wörter oder ein deutsches Wort, das Sie aus einem Brief kennen.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n or more results</source>
        <translation>
            <numerusform>%n oder mehr Ergebnisse</numerusform>
            <numerusform>%n oder mehr Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 result</source>
        <translation>1 Ergebnis</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n or more results in %1 and German</source>
        <translation>
            <numerusform>%n oder mehr Ergebnisse auf %1 und Deutsch</numerusform>
            <numerusform>%n oder mehr Ergebnisse auf %1 und Deutsch</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 result in %1 and German</source>
        <translation>1 Ergebnis auf %1 und Deutsch</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n results in %1 and German</source>
        <translation>
            <numerusform>%n Ergebnis auf %1 und Deutsch</numerusform>
            <numerusform>%n Ergebnisse auf %1 und Deutsch</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results for “%1”</source>
        <translation>Ergebnisse für „%1“</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SectionBar</name>
    <message>
        <location filename="../app/desktop/mainwindow/sectionbar.cpp" line="+47"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SectionShell</name>
    <message>
        <location filename="../app/desktop/mainwindow/sectionshell.cpp" line="+15"/>
        <source>What the section chosen in the section tabs shows</source>
        <translation>Was der in den Bereichsreitern gewählte Bereich zeigt</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SettingsDialog</name>
    <message>
        <location filename="../app/desktop/settings/settingsdialog.cpp" line="+47"/>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+20"/>
        <source>Language of the app</source>
        <translation>Sprache der App</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Like the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Menus and messages use this language from the next start. The language of the content is chosen above each page.</source>
        <translation>Menüs und Meldungen erscheinen ab dem nächsten Start in dieser Sprache. Die Sprache der Inhalte wählen Sie über jeder Seite.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+20"/>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
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
        <translation>Gespeicherte Städte aktualisieren alle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer is shared (counseling): show End session in the window</source>
        <translation>Dieser Computer wird gemeinsam genutzt (Beratung): „Sitzung beenden“ im Fenster zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shared computer</source>
        <translation>Gemeinsam genutzter Computer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved content</source>
        <translation>Gespeicherte Inhalte</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>End the session automatically when not in use</source>
        <translation>Sitzung automatisch beenden, wenn die App nicht benutzt wird</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>minutes without use</source>
        <translation>Minuten ohne Benutzung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes without use before the session ends</source>
        <translation>Minuten ohne Benutzung, bis die Sitzung endet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before it ends, a countdown asks whether someone is still there; any key or mouse movement keeps the session. On a shared computer the app also keeps no language, town, news read or folder of a client.</source>
        <translation>Bevor sie endet, fragt ein Countdown, ob noch jemand da ist; jede Taste oder Mausbewegung hält die Sitzung offen. Auf einem gemeinsam genutzten Computer speichert die App außerdem keine Sprache, keine Stadt, keine gelesenen Nachrichten und keinen Ordner einer Person.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SideBySidePane</name>
    <message>
        <location filename="../app/desktop/counsel/sidebysidepane.cpp" line="+43"/>
        <source>Second language</source>
        <translation>Zweite Sprache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Swap sides</source>
        <translation>Seiten tauschen</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>%1 (not downloaded)</source>
        <translation>%1 (nicht heruntergeladen)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not saved on this computer yet. Download it to show this beside the page (this needs the internet).</source>
        <translation>%1 ist noch nicht auf diesem Computer gespeichert. Laden Sie es herunter, um es neben der Seite anzuzeigen (dafür wird Internet benötigt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download %1</source>
        <translation>%1 herunterladen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading %1: %2</source>
        <translation>%1 wird heruntergeladen: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open a page, an event, a place or a news item to see it here in a second language.</source>
        <translation>Öffnen Sie eine Seite, eine Veranstaltung, einen Ort oder eine Nachricht, um sie hier in einer zweiten Sprache zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“Print this week&apos;s events…” in the menu prints them in both languages.</source>
        <translation>„Veranstaltungen dieser Woche drucken …“ im Menü druckt sie in beiden Sprachen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only one language of this town is saved: choose a second language above to download it.</source>
        <translation>Von dieser Stadt ist nur eine Sprache gespeichert: Wählen Sie oben eine zweite Sprache, um sie herunterzuladen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Side by side shows pages, events, places and news items; this is not one of them.</source>
        <translation>„Nebeneinander“ zeigt Seiten, Veranstaltungen, Orte und Nachrichten; dies gehört nicht dazu.</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>Second language:</source>
        <translation>Zweite Sprache:</translation>
    </message>
    <message>
        <location line="+327"/>
        <source>This does not exist in %1. It exists in: %2.</source>
        <translation>Das gibt es nicht auf %1. Verfügbar auf: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other language</source>
        <translation>keiner anderen Sprache</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SingleInstance</name>
    <message>
        <location filename="../app/desktop/shell/singleinstance.cpp" line="+141"/>
        <source>The running Integreat did not answer in time; it opens the link when it can.</source>
        <translation>Das bereits geöffnete Integreat hat nicht rechtzeitig geantwortet; es öffnet den Link, sobald es kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The running Integreat did not accept the link.</source>
        <translation>Das bereits geöffnete Integreat hat den Link nicht angenommen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot watch for a second start of Integreat: %1</source>
        <translation>Ein zweiter Start von Integreat kann nicht erkannt werden: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StartScreen</name>
    <message>
        <location filename="../app/desktop/kiosk/startscreen.cpp" line="+42"/>
        <source>Other town</source>
        <translation>Andere Stadt</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoragePanel</name>
    <message>
        <location filename="../app/desktop/settings/storagepanel.cpp" line="+37"/>
        <source>Delete saved content?</source>
        <translation>Gespeicherte Inhalte löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete everything saved about %1 from this computer? You can download it again later.</source>
        <translation>Alles, was über %1 gespeichert ist, von diesem Computer löschen? Sie können es später wieder herunterladen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved in: %1</source>
        <translation>Gespeichert in: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Space used: %1</source>
        <translation>Belegter Platz: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 language</source>
        <translation>1 Sprache</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n languages</source>
        <translation>
            <numerusform>%n Sprache</numerusform>
            <numerusform>%n Sprachen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved content of %1</source>
        <translation>Die gespeicherten Inhalte von %1 löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline map…</source>
        <translation>Offline-Karte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offline map is imported; choose a file to replace it.</source>
        <translation>Eine Offline-Karte ist importiert; wählen Sie eine Datei, um sie zu ersetzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an offline map (.mbtiles) for the places.</source>
        <translation>Eine Offline-Karte (.mbtiles) für die Orte importieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Offline map</source>
        <translation>Offline-Karte</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>MBTiles maps (*.mbtiles)</source>
        <translation>MBTiles-Karten (*.mbtiles)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No town is saved on this computer.</source>
        <translation>Auf diesem Computer ist keine Stadt gespeichert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved content could not be deleted: %1</source>
        <translation>Die gespeicherten Inhalte konnten nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoreGuard</name>
    <message>
        <location filename="../app/desktop/common/storeguard.cpp" line="+33"/>
        <source>The saved content could not be read: %1</source>
        <translation>Die gespeicherten Inhalte konnten nicht gelesen werden: %1</translation>
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
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved content cannot be opened: %1 (%2)</source>
        <translation>Der gespeicherte Inhalt kann nicht geöffnet werden: %1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The damaged file could not be moved aside: %1</source>
        <translation>Die beschädigte Datei konnte nicht beiseitegelegt werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The saved content cannot be opened: %1</source>
        <translation>Die gespeicherten Inhalte können nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Downloading %1 again …</source>
        <translation>%1 wird erneut heruntergeladen …</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncController</name>
    <message>
        <location filename="../app/desktop/sync/synccontroller.cpp" line="+48"/>
        <source>Offline mode: no network is used.</source>
        <translation>Offline-Modus: Es wird kein Netzwerk benutzt.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncPage</name>
    <message>
        <location filename="../app/desktop/firstrun/syncpage.cpp" line="+55"/>
        <source>Downloading the local information</source>
        <translation>Die lokalen Informationen werden heruntergeladen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download progress</source>
        <translation>Fortschritt des Downloads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download status</source>
        <translation>Stand des Downloads</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 – this takes a moment. You can cancel at any time; what is already on this computer stays as it was.</source>
        <translation>%1 – das dauert einen Moment. Sie können jederzeit abbrechen; was schon auf diesem Computer ist, bleibt, wie es war.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Breche ab …</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 of %2 – %3: %4</source>
        <translation>%1 von %2 – %3: %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Downloading images and documents: %1 of %2</source>
        <translation>Bilder und Dokumente werden heruntergeladen: %1 von %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No answer for this language.</source>
        <translation>Keine Antwort für diese Sprache.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing could be downloaded.</source>
        <translation>Es konnte nichts heruntergeladen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some languages could not be downloaded. You can retry them or continue with what is there.</source>
        <translation>Einige Sprachen konnten nicht heruntergeladen werden. Sie können es erneut versuchen oder mit dem weitermachen, was da ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncPresenter</name>
    <message>
        <location filename="../app/desktop/mainwindow/syncpresenter.cpp" line="+46"/>
        <source>This is a demo town with example content: there is nothing to update. Choose your own town with “Change” to get its content.</source>
        <translation>Dies ist eine Demo-Stadt mit Beispielinhalten: Es gibt nichts zu aktualisieren. Wählen Sie mit „Wechseln“ Ihre eigene Stadt, um deren Inhalte zu bekommen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An update is running. Please try again when it is done.</source>
        <translation>Gerade läuft eine Aktualisierung. Bitte versuchen Sie es noch einmal, wenn sie fertig ist.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Updating…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 von %4)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The language could not be downloaded: %1</source>
        <translation>Die Sprache konnte nicht heruntergeladen werden: %1</translation>
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
        <translation>Stand der Aktualisierung</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>Vor %n Minute aktualisiert</numerusform>
            <numerusform>Vor %n Minuten aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>Vor %n Stunde aktualisiert</numerusform>
            <numerusform>Vor %n Stunden aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+102"/>
        <source>Updating…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+106"/>
        <source>Update failed</source>
        <translation>Aktualisierung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Updated yesterday</source>
        <translation>Gestern aktualisiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not updated yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>Example content</source>
        <translation>Beispielinhalte</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+103"/>
        <source>Updating elsewhere</source>
        <translation>Wird anderswo aktualisiert</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+121"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+121"/>
        <source>Sync now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Another update is running.</source>
        <translation>Eine andere Aktualisierung läuft.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Another program is updating the content on this computer. Try Sync now again when it is done.</source>
        <translation>Ein anderes Programm aktualisiert gerade die Inhalte auf diesem Computer. Versuchen Sie „Jetzt aktualisieren“ noch einmal, wenn es fertig ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a demo town with example content. It is not updated from a server; choose your town to get its real content.</source>
        <translation>Dies ist eine Demo-Stadt mit Beispielinhalten. Sie wird nicht von einem Server aktualisiert; wählen Sie Ihre Stadt, um deren echte Inhalte zu bekommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop the update; the saved content stays as it is</source>
        <translation>Die Aktualisierung stoppen; die gespeicherten Inhalte bleiben, wie sie sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the latest content (F5)</source>
        <translation>Die neuesten Inhalte herunterladen (F5)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncWorker</name>
    <message>
        <location filename="../app/desktop/sync/syncworker.cpp" line="+44"/>
        <source>Could not create the data folder %1.</source>
        <translation>Der Datenordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not open the local store: %1</source>
        <translation>Der lokale Speicher konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
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
        <translation>Für diese Sprache gibt es noch keine Bildschirmtastatur: Bitte mit lateinischen Buchstaben schreiben.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Shift</source>
        <translation>Umschalttaste</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other letters: %1</source>
        <translation>Andere Buchstaben: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide the keyboard</source>
        <translation>Tastatur ausblenden</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackOutbox</name>
    <message>
        <location filename="../core/feedback/feedbackoutbox.cpp" line="+33"/>
        <source>Sending your feedback…</source>
        <translation>Ihre Rückmeldung wird gesendet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your feedback will be sent when this computer is online.</source>
        <translation>Ihre Rückmeldung wird gesendet, sobald dieser Computer online ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your feedback will be sent when this computer is online, if the app stays open: on a shared computer it is not saved.</source>
        <translation>Ihre Rückmeldung wird gesendet, sobald dieser Computer online ist, wenn die App geöffnet bleibt: Auf einem gemeinsam genutzten Computer wird sie nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your feedback could not be sent.</source>
        <translation>Ihre Rückmeldung konnte nicht gesendet werden.</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackResult</name>
    <message>
        <location filename="../core/feedback/feedbacksender.cpp" line="+24"/>
        <source>Thank you! Your feedback was sent to the town&apos;s editors.</source>
        <translation>Danke! Ihre Rückmeldung wurde an die Redaktion der Stadt gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline: your feedback was not sent.</source>
        <translation>Sie sind offline: Ihre Rückmeldung wurde nicht gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Integreat server has a problem (error %1): your feedback was not sent.</source>
        <translation>Der Integreat-Server hat ein Problem (Fehler %1): Ihre Rückmeldung wurde nicht gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too much feedback was sent from here in a short time: your feedback was not sent yet.</source>
        <translation>Von hier wurden in kurzer Zeit zu viele Rückmeldungen gesendet: Ihre Rückmeldung wurde noch nicht gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Integreat server did not accept this feedback (error %1).</source>
        <translation>Der Integreat-Server hat diese Rückmeldung nicht angenommen (Fehler %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Integreat server did not accept this feedback (error %1): %2</source>
        <translation>Der Integreat-Server hat diese Rückmeldung nicht angenommen (Fehler %1): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your feedback could not be sent: %1</source>
        <translation>Ihre Rückmeldung konnte nicht gesendet werden: %1</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackSender</name>
    <message>
        <location line="+16"/>
        <source>a thumb or a comment is needed</source>
        <translation>ein Daumen oder ein Kommentar ist nötig</translation>
    </message>
</context>
<context>
    <name>integreat::geo</name>
    <message>
        <location filename="../core/geo/tileimport.cpp" line="+23"/>
        <source>%1 is not a region code.</source>
        <translation>%1 ist kein Regionskürzel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the folder for offline maps in %1.</source>
        <translation>Der Ordner für Offline-Karten in %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot copy %1 into the data folder.</source>
        <translation>%1 kann nicht in den Datenordner kopiert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot replace the offline map %1.</source>
        <translation>Die Offline-Karte %1 kann nicht ersetzt werden.</translation>
    </message>
</context>
<context>
    <name>integreat::geo::MbtilesSource</name>
    <message>
        <location filename="../core/geo/mbtilessource.cpp" line="+55"/>
        <source>The map file %1 does not exist.</source>
        <translation>Die Kartendatei %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not an MBTiles map file (not an SQLite database).</source>
        <translation>%1 ist keine MBTiles-Kartendatei (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an MBTiles map file (it has no tiles or metadata table).</source>
        <translation>%1 ist keine MBTiles-Kartendatei (ihr fehlt die Tabelle tiles oder metadata).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not an MBTiles map file (its tiles table lacks the MBTiles columns).</source>
        <translation>%1 ist keine MBTiles-Kartendatei (ihrer Tabelle tiles fehlen die MBTiles-Spalten).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds vector tiles (pbf); only raster maps (PNG, JPEG) can be shown.</source>
        <translation>%1 enthält Vektorkacheln (pbf); nur Rasterkarten (PNG, JPEG) können angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>integreat::geo::OnlineTileSource</name>
    <message>
        <location filename="../core/geo/onlinetilesource.cpp" line="+182"/>
        <source>The tile server gave an unexpected answer (HTTP %1).</source>
        <translation>Der Kartenserver hat unerwartet geantwortet (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>integreat::kiosk::KioskConfig</name>
    <message>
        <location filename="../core/kiosk/kioskconfig.cpp" line="+18"/>
        <source>“%1” is not a region slug (like augsburg).</source>
        <translation>„%1“ ist kein Regionskürzel (wie augsburg).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a language code (like de or ar).</source>
        <translation>„%1“ ist kein Sprachcode (wie de oder ar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The start language %1 is not among the languages %2.</source>
        <translation>Die Startsprache %1 ist nicht unter den Sprachen %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The idle time must be from %1 to %2 seconds.</source>
        <translation>Die Leerlaufzeit muss zwischen %1 und %2 Sekunden liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The countdown must be from 1 to %1 seconds.</source>
        <translation>Der Countdown muss zwischen 1 und %1 Sekunden liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one section must be shown.</source>
        <translation>Mindestens ein Bereich muss angezeigt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown section “%1” (known: %2).</source>
        <translation>Unbekannter Bereich „%1“ (bekannt: %2).</translation>
    </message>
</context>
<context>
    <name>integreat::kiosk::KioskConfigFile</name>
    <message>
        <location filename="../core/kiosk/kioskconfigfile.cpp" line="+77"/>
        <source>line %1: expected “key = value”</source>
        <translation>Zeile %1: „Schlüssel = Wert“ erwartet</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>line %1: unknown setting “%2”</source>
        <translation>Zeile %1: unbekannte Einstellung „%2“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: “%2” is not a valid value for %3</source>
        <translation>Zeile %1: „%2“ ist kein gültiger Wert für %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no [kiosk] section</source>
        <translation>es gibt keinen Abschnitt [kiosk]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The kiosk configuration %1 does not exist; the kiosk runs locked with default settings and no PIN (run integreat-cli kiosk setup).</source>
        <translation>Die Kiosk-Konfiguration %1 gibt es nicht; der Kiosk läuft gesperrt mit Standardeinstellungen und ohne PIN (führen Sie integreat-cli kiosk setup aus).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The kiosk configuration %1 cannot be read (%2); the kiosk runs locked with default settings and no PIN.</source>
        <translation>Die Kiosk-Konfiguration %1 kann nicht gelesen werden (%2); der Kiosk läuft gesperrt mit Standardeinstellungen und ohne PIN.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The kiosk configuration %1 is broken (%2); the kiosk runs locked with default settings and no PIN.</source>
        <translation>Die Kiosk-Konfiguration %1 ist fehlerhaft (%2); der Kiosk läuft gesperrt mit Standardeinstellungen und ohne PIN.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>integreat::net::Fetcher</name>
    <message numerus="yes">
        <location filename="../core/net/fetcher.cpp" line="+63"/>
        <source>The server is busy and asks to try again in %n minute(s).</source>
        <translation>
            <numerusform>Der Server ist ausgelastet und bittet, es in %n Minute erneut zu versuchen.</numerusform>
            <numerusform>Der Server ist ausgelastet und bittet, es in %n Minuten erneut zu versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>integreat::net::Proxy</name>
    <message>
        <location filename="../core/net/proxy.cpp" line="+41"/>
        <source>The proxy “%1” is not usable: give http://HOST:PORT, socks5://HOST:PORT or none.</source>
        <translation>Der Proxy „%1“ ist nicht verwendbar: Geben Sie http://HOST:PORT, socks5://HOST:PORT oder none an.</translation>
    </message>
</context>
<context>
    <name>integreat::net::Transfer</name>
    <message>
        <location filename="../core/net/transfer.cpp" line="+79"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+27"/>
        <source>The download is larger than %1 MB; it was stopped.</source>
        <translation>Der Download ist größer als %1 MB; er wurde gestoppt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server sent the request on to %1, which is not allowed.</source>
        <translation>Der Server hat die Anfrage an %1 weitergeleitet; das ist nicht erlaubt.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <location line="+111"/>
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-99"/>
        <source>The server sent only %1 bytes in %n second(s), less than %2 bytes a second; the download was stopped.</source>
        <translation>
            <numerusform>Der Server hat in %n Sekunde nur %1 Bytes gesendet, weniger als %2 Bytes pro Sekunde; der Download wurde gestoppt.</numerusform>
            <numerusform>Der Server hat in %n Sekunden nur %1 Bytes gesendet, weniger als %2 Bytes pro Sekunde; der Download wurde gestoppt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not found on the server (HTTP 404).</source>
        <translation>Auf dem Server nicht gefunden (HTTP 404).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>Der Server hat mit einem Fehler geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+20"/>
        <source>The connection was closed before the download was complete.</source>
        <translation>Die Verbindung wurde geschlossen, bevor der Download vollständig war.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The server sent compressed data that cannot be unpacked safely (damaged, or far larger unpacked than sent); the download was stopped.</source>
        <translation>Der Server hat komprimierte Daten gesendet, die sich nicht sicher entpacken lassen (beschädigt oder entpackt viel größer als gesendet); der Download wurde gestoppt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server %1 was not found; check the address and the internet connection.</source>
        <translation>Der Server %1 wurde nicht gefunden; prüfen Sie die Adresse und die Internetverbindung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 refused the connection.</source>
        <translation>Der Server %1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure connection to %1 could not be established: %2</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht hergestellt werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy could not be reached: %1</source>
        <translation>Der Proxy ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy asks for a user name and password.</source>
        <translation>Der Proxy verlangt einen Benutzernamen und ein Passwort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request on too many times.</source>
        <translation>Der Server hat die Anfrage zu oft weitergeleitet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request on from https to http, which is not allowed.</source>
        <translation>Der Server hat die Anfrage von https an http weitergeleitet; das ist nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no network connection.</source>
        <translation>Es gibt keine Netzwerkverbindung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network error (code %1).</source>
        <translation>Netzwerkfehler (Code %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack</name>
    <message>
        <location filename="../core/pack/packexporter.cpp" line="+51"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/pack/packinstaller.cpp" line="+41"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/pack/packmanifest.cpp" line="+92"/>
        <location filename="../core/pack/packreader.cpp" line="+46"/>
        <source>This is not an Integreat content pack (its manifest is missing or damaged).</source>
        <translation>Das ist kein Integreat-Inhaltspaket (sein Manifest fehlt oder ist beschädigt).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This content pack was made by a newer version of Integreat (pack format %1; this version reads up to %2). Update Integreat to import it.</source>
        <translation>Dieses Inhaltspaket wurde mit einer neueren Version von Integreat erstellt (Paketformat %1; diese Version liest bis %2). Aktualisieren Sie Integreat, um es zu importieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack&apos;s manifest is incomplete or damaged (%1).</source>
        <translation>Das Manifest des Pakets ist unvollständig oder beschädigt (%1).</translation>
    </message>
    <message>
        <location filename="../core/pack/tarwriter.cpp" line="+53"/>
        <source>Cannot store “%1” in a pack.</source>
        <translation>„%1“ kann nicht in einem Paket gespeichert werden.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 changed while it was read.</source>
        <translation>%1 hat sich beim Lesen geändert.</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackExporter</name>
    <message>
        <location filename="../core/pack/packexporter.cpp" line="+49"/>
        <source>The region %1 is not in the local store; sync it first.</source>
        <translation>Die Region %1 ist nicht im lokalen Speicher; synchronisieren Sie sie zuerst.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has not been synced in %2 yet; sync it first.</source>
        <translation>%1 wurde noch nicht in %2 synchronisiert; synchronisieren Sie es zuerst.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+11"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the local store: %1</source>
        <translation>Der lokale Speicher kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackInstaller</name>
    <message>
        <location filename="../core/pack/packinstaller.cpp" line="+37"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not unpack the pack into %1: %2</source>
        <translation>Das Paket konnte nicht nach %1 entpackt werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pack is damaged: its offline map cannot be read (%1).</source>
        <translation>Das Paket ist beschädigt: Seine Offline-Karte kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not save the content pack: %1</source>
        <translation>Das Inhaltspaket konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackReader</name>
    <message>
        <location filename="../core/pack/packreader.cpp" line="+57"/>
        <source>The pack is damaged: it holds %1, which its manifest does not list.</source>
        <translation>Das Paket ist beschädigt: Es enthält %1, das nicht in seinem Manifest steht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pack is damaged: %1 does not have the size its manifest gives.</source>
        <translation>Das Paket ist beschädigt: %1 hat nicht die Größe, die im Manifest steht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pack is damaged: %1 is too large.</source>
        <translation>Das Paket ist beschädigt: %1 ist zu groß.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>Could not unpack the pack into %1: %2</source>
        <translation>Das Paket konnte nicht nach %1 entpackt werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack is damaged: %1 does not match its checksum.</source>
        <translation>Das Paket ist beschädigt: %1 passt nicht zu seiner Prüfsumme.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The pack is incomplete: %1 is missing.</source>
        <translation>Das Paket ist unvollständig: %1 fehlt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pack is damaged: %1 is not valid (%2).</source>
        <translation>Das Paket ist beschädigt: %1 ist ungültig (%2).</translation>
    </message>
</context>
<context>
    <name>integreat::pack::TarReader</name>
    <message>
        <location filename="../core/pack/tarreader.cpp" line="+86"/>
        <location line="+38"/>
        <location line="+10"/>
        <source>The pack ends early (it was cut short while copying?).</source>
        <translation>Das Paket endet zu früh (wurde es beim Kopieren abgeschnitten?).</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The pack is damaged: an empty block inside it.</source>
        <translation>Das Paket ist beschädigt: Es enthält einen leeren Block.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pack is damaged: a part&apos;s header is not valid.</source>
        <translation>Das Paket ist beschädigt: Der Kopf eines Teils ist ungültig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pack is damaged: it holds something other than files.</source>
        <translation>Das Paket ist beschädigt: Es enthält etwas anderes als Dateien.</translation>
    </message>
</context>
<context>
    <name>integreat::print::Handout</name>
    <message>
        <location filename="../app/desktop/print/handout.cpp" line="+79"/>
        <source>Printed on %1</source>
        <translation>Gedruckt am %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last updated on %1</source>
        <translation>Zuletzt aktualisiert am %1</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot write %1: the file could not be created</source>
        <translation>%1 kann nicht gespeichert werden: Die Datei konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>integreat::print::HandoutHtml</name>
    <message>
        <location filename="../app/desktop/print/handouthtml.cpp" line="+112"/>
        <location line="+6"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open all day</source>
        <translation>Den ganzen Tag geöffnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only with an appointment</source>
        <translation>nur mit Termin</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>Vorübergehend geschlossen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Wo</translation>
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
        <translation>%1 ist nicht im lokalen Speicher für %2 (%3).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This item does not exist in “%1”. It exists in: %2.</source>
        <translation>Diesen Eintrag gibt es nicht in „%1“. Es gibt ihn in: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other language</source>
        <translation>keiner anderen Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The “%1” version of this item is not stored; sync that language first.</source>
        <translation>Die Fassung „%1“ dieses Eintrags ist nicht gespeichert; laden Sie diese Sprache zuerst herunter.</translation>
    </message>
</context>
<context>
    <name>integreat::print::PrintActions</name>
    <message>
        <location filename="../app/desktop/print/printactions.cpp" line="+23"/>
        <location line="+46"/>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+46"/>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern …</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Print next week&apos;s events…</source>
        <translation>Veranstaltungen der nächsten Woche drucken …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save next week&apos;s events as PDF…</source>
        <translation>Veranstaltungen der nächsten Woche als PDF speichern …</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Print this week&apos;s events…</source>
        <translation>Veranstaltungen dieser Woche drucken …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this week&apos;s events as PDF…</source>
        <translation>Veranstaltungen dieser Woche als PDF speichern …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the local store: %1</source>
        <translation>Der lokale Speicher kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The printer could not be used.</source>
        <translation>Der Drucker konnte nicht benutzt werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>integreat::print::WeekHtml</name>
    <message>
        <location filename="../app/desktop/print/weekhtml.cpp" line="+39"/>
        <source>Events of the week</source>
        <translation>Veranstaltungen der Woche</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No events on this day.</source>
        <translation>Keine Veranstaltungen an diesem Tag.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This event is not translated.</source>
        <translation>Diese Veranstaltung ist nicht übersetzt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>irregular dates: check with the organizer</source>
        <translation>unregelmäßige Termine: beim Veranstalter nachfragen</translation>
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
        <translation>Von %1 sind in „%2“ keine Veranstaltungen gespeichert: Es gibt nichts zu drucken.</translation>
    </message>
</context>
<context>
    <name>integreat::session::SessionWiper</name>
    <message>
        <location filename="../app/desktop/session/sessionwiper.cpp" line="+46"/>
        <source>The file dialogs&apos; history could not be cleared (%1).</source>
        <translation>Der Verlauf der Dateidialoge konnte nicht gelöscht werden (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not delete %1.</source>
        <translation>%1 konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>integreat::speech::QtSpeechEngine</name>
    <message>
        <location filename="../app/desktop/speech/qtspeechengine.cpp" line="+27"/>
        <source>The speech service failed.</source>
        <translation>Die Sprachausgabe funktioniert nicht.</translation>
    </message>
</context>
<context>
    <name>integreat::speech::ReadAloud</name>
    <message>
        <location filename="../app/desktop/speech/readaloud.cpp" line="+43"/>
        <source>No voice for %1 on this computer</source>
        <translation>Keine Stimme für %1 auf diesem Computer</translation>
    </message>
</context>
<context>
    <name>integreat::speech::ReadAloudBar</name>
    <message>
        <location filename="../app/desktop/speech/readaloudbar.cpp" line="+21"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slow</source>
        <translation>Langsam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal speed</source>
        <translation>Normale Geschwindigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast</source>
        <translation>Schnell</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
</context>
<context>
    <name>integreat::store::StoreRescue</name>
    <message>
        <location filename="../core/store/storerescue.cpp" line="+36"/>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the integrity check found: %1</source>
        <translation>die Integritätsprüfung hat gefunden: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not move %1 to %2.</source>
        <translation>%1 konnte nicht nach %2 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>integreat::sync::LanguageFetcher</name>
    <message>
        <location filename="../core/sync/languagefetcher.cpp" line="+89"/>
        <source>region list</source>
        <translation>Liste der Regionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>place categories</source>
        <translation>Ortskategorien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imprint</source>
        <translation>Impressum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>news</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+22"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+115"/>
        <source>Could not download the %1: %2</source>
        <translation>Herunterladen fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>The server sent damaged data for the %1 (%2 at byte %3).</source>
        <translation>Der Server hat beschädigte Daten gesendet (%1; %2 bei Byte %3).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>news: not offered by the server; the stored news are kept</source>
        <translation>Nachrichten: vom Server nicht angeboten; die gespeicherten Nachrichten bleiben erhalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <location line="+52"/>
        <location line="+60"/>
        <source>The %1 could not be read: %2</source>
        <translation>Lesen fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The language “%1” is not available in this region (HTTP 404).</source>
        <translation>Die Sprache „%1“ gibt es in dieser Region nicht (HTTP 404).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found on the server (HTTP 404).</source>
        <translation>Auf dem Server nicht gefunden (HTTP 404).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>imprint: not offered by the server</source>
        <translation>Impressum: vom Server nicht angeboten</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ListCheck</name>
    <message>
        <location filename="../core/sync/listcheck.cpp" line="+29"/>
        <source>The server sent %1 items for the %2, more than the %3 this app accepts; the stored %2 are kept.</source>
        <translation>%2: Der Server hat %1 Einträge gesendet, mehr als die %3, die diese App annimmt; die gespeicherten %2 bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No item of the %1 could be read (%2 received; first problem: %3); the stored %1 are kept.</source>
        <translation>%1: Kein Eintrag konnte gelesen werden (%2 empfangen; erstes Problem: %3); die gespeicherten %1 bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of the %2 items of the %3 could not be read (%4); the stored %3 are kept.</source>
        <translation>%3: %1 von %2 Einträgen konnten nicht gelesen werden (%4); die gespeicherten %3 bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Item %1 of the %2 holds %3 characters of text, more than the %4 this app accepts; the stored %2 are kept.</source>
        <translation>%2: Eintrag %1 enthält %3 Zeichen Text, mehr als die %4, die diese App annimmt; die gespeicherten %2 bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server&apos;s list of pages for “%1” would remove %2 of the %3 stored pages; the stored pages are kept. Confirm the removal to apply it.</source>
        <translation>Die Seitenliste des Servers für „%1“ würde %2 der %3 gespeicherten Seiten entfernen; die gespeicherten Seiten bleiben erhalten. Bestätigen Sie das Entfernen, um es zu übernehmen.</translation>
    </message>
</context>
<context>
    <name>integreat::sync::NewsWatcher</name>
    <message>
        <location filename="../core/sync/newswatcher.cpp" line="+38"/>
        <source>The news list could not be read: %1</source>
        <translation>Die Nachrichtenliste konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::PackImporter</name>
    <message>
        <location filename="../core/sync/packimporter.cpp" line="+43"/>
        <source>The content pack is incomplete: %1 is missing.</source>
        <translation>Das Inhaltspaket ist unvollständig: %1 fehlt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>The content pack is damaged: %1 (%2).</source>
        <translation>Das Inhaltspaket ist beschädigt: %1 (%2).</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The content pack names no region it contains.</source>
        <translation>Das Inhaltspaket nennt keine Region, die es enthält.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The content pack has none of the languages %1.</source>
        <translation>Das Inhaltspaket enthält keine der Sprachen %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save the content pack: %1</source>
        <translation>Das Inhaltspaket konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::PageTree</name>
    <message>
        <location filename="../core/sync/pagetree.cpp" line="+33"/>
        <source>page %1: its parent %2 is not in the list; shown at the top level</source>
        <translation>Seite %1: Ihre übergeordnete Seite %2 ist nicht in der Liste; sie wird auf der obersten Ebene gezeigt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>page %1: its parents lead back to itself; shown at the top level</source>
        <translation>Seite %1: Ihre übergeordneten Seiten führen zu ihr selbst zurück; sie wird auf der obersten Ebene gezeigt</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ResourceDownloader</name>
    <message>
        <location filename="../core/sync/resourcedownloader.cpp" line="+127"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The server is busy (HTTP %1); the other files will be tried on the next sync.</source>
        <translation>Der Server ist ausgelastet (HTTP %1); die übrigen Dateien werden beim nächsten Synchronisieren versucht.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Stopped after %n failed downloads in a row; the other files will be tried on the next sync.</source>
        <translation>
            <numerusform>Nach %n fehlgeschlagenen Download gestoppt; die übrigen Dateien werden beim nächsten Synchronisieren versucht.</numerusform>
            <numerusform>Nach %n fehlgeschlagenen Downloads in Folge gestoppt; die übrigen Dateien werden beim nächsten Synchronisieren versucht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The server sent a web page instead of the file.</source>
        <translation>Der Server hat eine Webseite statt der Datei gesendet.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Could not write the file: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>The server gave an unexpected answer (HTTP %1).</source>
        <translation>Der Server hat unerwartet geantwortet (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ResourceSync</name>
    <message>
        <location filename="../core/sync/resourcesync.cpp" line="+51"/>
        <source>Cannot create the folder for images and documents: %1</source>
        <translation>Der Ordner für Bilder und Dokumente kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not update the list of images and documents: %1</source>
        <translation>Die Liste der Bilder und Dokumente konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+158"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiteres.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::sync::SyncEngine</name>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="+37"/>
        <source>loading the list of regions</source>
        <translation>Liste der Regionen wird geladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saving</source>
        <translation>wird gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>downloading %1</source>
        <translation>Herunterladen: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not load the list of regions from %1: %2</source>
        <translation>Die Liste der Regionen konnte nicht von %1 geladen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sent a damaged list of regions (%1 at byte %2).</source>
        <translation>Der Server hat eine beschädigte Liste der Regionen gesendet (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of regions could not be read: %1</source>
        <translation>Die Liste der Regionen konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>Could not save the list of regions: %1</source>
        <translation>Die Liste der Regionen konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Could not load the languages of %1: %2</source>
        <translation>Die Sprachen von %1 konnten nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server lists no languages for %1.</source>
        <translation>Der Server nennt keine Sprachen für %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no region “%1” on the server.</source>
        <translation>Auf dem Server gibt es keine Region „%1“.</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+15"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>%1 offers no language “%2” (it offers: %3).</source>
        <translation>%1 bietet keine Sprache „%2“ an (angeboten: %3).</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Could not read the stored pages: %1</source>
        <translation>Die gespeicherten Seiten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not save the content: %1</source>
        <translation>Der Inhalt konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::SyncLock</name>
    <message>
        <location filename="../core/sync/synclock.cpp" line="+68"/>
        <source>A sync is already running (pid %1).</source>
        <translation>Es läuft bereits eine Synchronisierung (PID %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync is already running.</source>
        <translation>Es läuft bereits eine Synchronisierung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the lock file %1: permission denied.</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden: keine Berechtigung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the lock file %1 (is the disk full?).</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden (ist der Datenträger voll?).</translation>
    </message>
</context>
<context>
    <name>integreat::sync::WriteFailure</name>
    <message>
        <location filename="../core/sync/writefailure.cpp" line="+26"/>
        <location line="+15"/>
        <source>the disk is full (%1)</source>
        <translation>der Datenträger ist voll (%1)</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>no permission to write in %1</source>
        <translation>keine Berechtigung, in %1 zu schreiben</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+8"/>
        <source>%1 is on a read-only file system</source>
        <translation>%1 liegt auf einem schreibgeschützten Dateisystem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file system refused to write %1</source>
        <translation>das Dateisystem hat das Schreiben von %1 verweigert</translation>
    </message>
</context>
</TS>
