<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>integreat::chat::ChatClient</name>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="+93"/>
        <source>The chat server answered with an error (HTTP %1).</source>
        <translation>Serwer czatu odpowiedział błędem (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/chat/chatthread.cpp" line="+18"/>
        <source>The chat server sent an answer that is not a chat.</source>
        <translation>Serwer czatu wysłał odpowiedź, która nie jest czatem.</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ChatSession</name>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="+94"/>
        <source>Too many messages. Please try again in a moment.</source>
        <translation>Za dużo wiadomości. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chat is not available in this town.</source>
        <translation>Czat nie jest dostępny w tym mieście.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No connection to the chat. It will be updated when you are online.</source>
        <translation>Brak połączenia z czatem. Zostanie zaktualizowany, gdy będziesz online.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection to the chat. Your message was not sent; it is kept so you can send it again.</source>
        <translation>Brak połączenia z czatem. Twoja wiadomość nie została wysłana; została zachowana, aby można było wysłać ją ponownie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat could not be loaded: %1</source>
        <translation>Nie można wczytać czatu: %1</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ContactMessage</name>
    <message>
        <location filename="../core/chat/contactmessage.cpp" line="+21"/>
        <source>Please enter your e-mail address: the answer is sent there.</source>
        <translation>Wpisz swój adres e-mail: na niego przyjdzie odpowiedź.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not an e-mail address. Please check it (like name@example.org).</source>
        <translation>„%1” nie jest adresem e-mail. Sprawdź go (np. name@example.org).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please write your message.</source>
        <translation>Napisz swoją wiadomość.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message is too long: at most %1 characters, it has %2.</source>
        <translation>Twoja wiadomość jest za długa: może mieć najwyżej %1 znaków, a ma %2.</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ZammadForm</name>
    <message>
        <location filename="../core/chat/zammadform.cpp" line="+14"/>
        <source>Your message was sent. The answer comes to your e-mail address.</source>
        <translation>Twoja wiadomość została wysłana. Odpowiedź przyjdzie na Twój adres e-mail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline: your message was not sent. Please send it again when this computer is connected to the internet.</source>
        <translation>Jesteś offline: Twoja wiadomość nie została wysłana. Wyślij ją ponownie, gdy ten komputer będzie połączony z internetem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The town&apos;s contact server has a problem (error %1): your message was not sent. Please try again later.</source>
        <translation>Serwer kontaktowy miasta ma problem (błąd %1): Twoja wiadomość nie została wysłana. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many messages were sent from here. Please wait a moment and try again.</source>
        <translation>Z tego miejsca wysłano za dużo wiadomości. Poczekaj chwilę i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This contact form is switched off at the moment: your message was not sent.</source>
        <translation>Ten formularz kontaktowy jest obecnie wyłączony: Twoja wiadomość nie została wysłana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contact server did not accept this e-mail address. Please check it.</source>
        <translation>Serwer kontaktowy nie przyjął tego adresu e-mail. Sprawdź go.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your message could not be sent: %1</source>
        <translation>Nie udało się wysłać Twojej wiadomości: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the form has no web address to send to</source>
        <translation>formularz nie ma adresu internetowego, na który można wysłać</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the contact server refused it (error %1)</source>
        <translation>serwer kontaktowy ją odrzucił (błąd %1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the contact server&apos;s answer could not be used</source>
        <translation>nie można było użyć odpowiedzi serwera kontaktowego</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the contact server found a problem with: %1</source>
        <translation>serwer kontaktowy znalazł problem z: %1</translation>
    </message>
</context>
<context>
    <name>integreat::cli</name>
    <message>
        <location filename="../app/cli/clipin.cpp" line="+62"/>
        <source>New kiosk PIN (4 to 12 digits): </source>
        <translation>Nowy PIN kiosku (od 4 do 12 cyfr): </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same PIN again: </source>
        <translation>Ten sam PIN jeszcze raz: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two PINs differ; nothing was changed</source>
        <translation>podane PIN-y się różnią; nic nie zostało zmienione</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no PIN was given (give it on standard input or at the prompt)</source>
        <translation>nie podano PIN-u (podaj go na standardowym wejściu lub po wyświetleniu monitu)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a kiosk PIN has 4 to 12 digits</source>
        <translation>PIN kiosku ma od 4 do 12 cyfr</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdimporttiles.cpp" line="+26"/>
        <source>Import an offline map (MBTiles, raster PNG/JPEG tiles) for a region. The desktop app shows it under the places when there is no network. Use maps whose licence allows offline use; OpenStreetMap&apos;s own tile servers do not.</source>
        <translation>Importuj mapę offline (MBTiles, kafelki rastrowe PNG/JPEG) dla regionu. Aplikacja desktopowa pokazuje ją pod miejscami, gdy nie ma sieci. Używaj map, których licencja pozwala na użycie offline; własne serwery kafelków OpenStreetMap na to nie pozwalają.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmdprint.cpp" line="+33"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+93"/>
        <location filename="../app/cli/cmdshow.cpp" line="+53"/>
        <source>Region slug.</source>
        <translation>Slug regionu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .mbtiles file.</source>
        <translation>Plik .mbtiles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: integreat-cli import-tiles --region SLUG FILE.mbtiles</source>
        <translation>użycie: integreat-cli import-tiles --region SLUG PLIK.mbtiles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported the offline map “%1” for %2 (zoom %3–%4) into %5</source>
        <translation>Zaimportowano mapę offline „%1” dla %2 (zoom %3–%4) do %5</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdkiosk.cpp" line="+77"/>
        <source>--%1 needs a number from %2 to %3</source>
        <translation>--%1 wymaga liczby od %2 do %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>kiosk setup needs --region SLUG</source>
        <translation>konfiguracja kiosku wymaga --region SLUG</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wrote the kiosk configuration %1.</source>
        <translation>Zapisano konfigurację kiosku %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integreat-cli: warning: no PIN is set, so nobody can open the kiosk&apos;s admin panel (set one with: integreat-cli kiosk set-pin --config %1)</source>
        <translation>integreat-cli: ostrzeżenie: nie ustawiono PIN-u, więc nikt nie może otworzyć panelu administracyjnego kiosku (ustaw go poleceniem: integreat-cli kiosk set-pin --config %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(all stored)</source>
        <translation>(wszystkie zapisane)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration:     %1</source>
        <translation>Konfiguracja:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk mode:        %1</source>
        <translation>Tryb kiosku:       %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation>włączony</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>wyłączony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions:           %1</source>
        <translation>Regiony:           %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:         %1</source>
        <translation>Języki:            %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start language:    %1</source>
        <translation>Język startowy:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(first)</source>
        <translation>(pierwszy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle seconds:      %1</source>
        <translation>Sekundy bezczynności: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countdown seconds: %1</source>
        <translation>Sekundy odliczania: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections:          %1</source>
        <translation>Sekcje:            %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN:               %1</source>
        <translation>PIN:               %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set (PBKDF2-HMAC-SHA256, %1 iterations)</source>
        <translation>ustawiony (PBKDF2-HMAC-SHA256, %1 iteracji)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>nieustawiony</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no region is configured in %1 (integreat-cli kiosk setup --region SLUG)</source>
        <translation>w %1 nie skonfigurowano żadnego regionu (integreat-cli kiosk setup --region SLUG)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: updated less than %2 hours ago; skipped.</source>
        <translation>%1: zaktualizowano mniej niż %2 godz. temu; pominięto.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Configure kiosk mode (integreat-desktop --kiosk):
  setup    write the configuration (--region, --languages, --idle-seconds, --countdown-seconds, --sections, --start-language, --pin)
  show     print it (--check: exit code only)
  set-pin  set a new PIN (standard input, or asked twice)
  sync     download the configured regions and languages (the nightly timer)
  disable  turn kiosk mode off (setup turns it on again)</source>
        <translation>Konfiguracja trybu kiosku (integreat-desktop --kiosk):
  setup    zapisz konfigurację (--region, --languages, --idle-seconds, --countdown-seconds, --sections, --start-language, --pin)
  show     wyświetl ją (--check: tylko kod wyjścia)
  set-pin  ustaw nowy PIN (standardowe wejście lub dwukrotne pytanie)
  sync     pobierz skonfigurowane regiony i języki (nocny timer)
  disable  wyłącz tryb kiosku (setup włącza go ponownie)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>setup, show, set-pin, sync or disable</source>
        <translation>setup, show, set-pin, sync lub disable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: integreat-cli kiosk setup|show|set-pin|sync|disable [--config FILE] (see --help)</source>
        <translation>użycie: integreat-cli kiosk setup|show|set-pin|sync|disable [--config PLIK] (zobacz --help)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The kiosk PIN is set.</source>
        <translation>PIN kiosku został ustawiony.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kiosk mode is disabled (integreat-cli kiosk setup enables it again).</source>
        <translation>Tryb kiosku jest wyłączony (integreat-cli kiosk setup włącza go ponownie).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kiosk action “%1” (setup, show, set-pin, sync or disable)</source>
        <translation>nieznana akcja kiosku „%1” (setup, show, set-pin, sync lub disable)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdprint.cpp" line="-2"/>
        <source>Write a stored page, place or event, or this week&apos;s events, as a printable PDF handout, in one language or two side by side.</source>
        <translation>Utwórz z zapisanej strony, miejsca lub wydarzenia albo z wydarzeń tego tygodnia ulotkę PDF do druku, w jednym języku lub w dwóch obok siebie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmdshow.cpp" line="+1"/>
        <source>Language code.</source>
        <translation>Kod języka.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print this language in a second column.</source>
        <translation>Wydrukuj ten język w drugiej kolumnie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF file to write.</source>
        <translation>Plik PDF do zapisania.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the events of the 7 days from today (or --from), instead of PATH.</source>
        <translation>Wydrukuj wydarzenia z 7 dni od dzisiaj (lub od --from) zamiast argumentu ŚCIEŻKA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week&apos;s first day (with --week).</source>
        <translation>Pierwszy dzień tygodnia (z --week).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmdshow.cpp" line="+2"/>
        <source>Path such as /augsburg/de/willkommen/</source>
        <translation>Ścieżka, np. /augsburg/de/willkommen/</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: integreat-cli print --region SLUG --language CODE [--second-language CODE] (PATH | --week [--from YYYY-MM-DD]) --pdf FILE</source>
        <translation>użycie: integreat-cli print --region SLUG --language KOD [--second-language KOD] (ŚCIEŻKA | --week [--from YYYY-MM-DD]) --pdf PLIK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--from needs a date such as 2026-12-07.</source>
        <translation>--from wymaga daty, np. 2026-12-07.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder; give the name of the PDF file to write.</source>
        <translation>%1 to folder; podaj nazwę pliku PDF do zapisania.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+72"/>
        <location filename="../app/cli/cmdshow.cpp" line="+51"/>
        <location filename="../app/cli/cmdstatus.cpp" line="+80"/>
        <source>Cannot read the local store: %1</source>
        <translation>Nie można odczytać lokalnej bazy: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1</source>
        <translation>Zapisano %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdregions.cpp" line="+42"/>
        <source>List the regions on the server: name, slug, languages.</source>
        <translation>Wyświetl regiony na serwerze: nazwa, slug, języki.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include hidden regions.</source>
        <translation>Uwzględnij ukryte regiony.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cmdsearch.cpp" line="-63"/>
        <location filename="../app/cli/cmdstatus.cpp" line="-14"/>
        <source>Print JSON.</source>
        <translation>Wypisz JSON.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>  (hidden)</source>
        <translation>  (ukryty)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdrepair.cpp" line="+31"/>
        <source>Downloading %1 (%2) again …</source>
        <translation>Ponowne pobieranie %1 (%2) …</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmdsync.cpp" line="+252"/>
        <source>%1: FAILED: %2</source>
        <translation>%1: BŁĄD: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: %3 items</source>
        <translation>%1 %2: %3 elementów</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2: FAILED: %3</source>
        <translation>%1 %2: BŁĄD: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the local store; when it is damaged, move it aside (with -wal and -shm, under a dated name), start a fresh one and download again the regions and languages it held.</source>
        <translation>Sprawdź lokalną bazę; jeśli jest uszkodzona, przenieś ją na bok (razem z -wal i -shm, pod nazwą z datą), utwórz nową i ponownie pobierz regiony i języki, które zawierała.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only check the store; change nothing.</source>
        <translation>Tylko sprawdź bazę; niczego nie zmieniaj.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download this region again instead of those the old store held.</source>
        <translation>Pobierz ponownie ten region zamiast tych, które zawierała stara baza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --region: comma-separated language codes (default: all).</source>
        <translation>Z --region: kody języków oddzielone przecinkami (domyślnie: wszystkie).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no local store at %1 yet; nothing to repair.</source>
        <translation>W %1 nie ma jeszcze lokalnej bazy; nie ma czego naprawiać.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local store %1 is sound; nothing to repair.</source>
        <translation>Lokalna baza %1 jest w porządku; nie ma czego naprawiać.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>all languages</source>
        <translation>wszystkie języki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local store %1 is damaged: %2</source>
        <translation>Lokalna baza %1 jest uszkodzona: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved region can be read from it.</source>
        <translation>Nie można z niej odczytać żadnego zapisanego regionu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions it still names: %1</source>
        <translation>Regiony, które jeszcze wymienia: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the local store is damaged; run “integreat-cli repair” to move it aside and download the content again</source>
        <translation>lokalna baza jest uszkodzona; uruchom „integreat-cli repair”, aby przenieść ją na bok i ponownie pobrać treści</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repair when it has finished.</source>
        <translation>Napraw, gdy się zakończy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moved it aside to %1 (nothing was deleted).</source>
        <translation>Przeniesiono ją na bok do %1 (nic nie zostało usunięte).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started a fresh store at %1.</source>
        <translation>Utworzono nową bazę w %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved region could be read from the old file. Download one with: integreat-cli sync --region SLUG</source>
        <translation>Ze starego pliku nie można było odczytać żadnego zapisanego regionu. Pobierz region poleceniem: integreat-cli sync --region SLUG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the store was repaired, but not every language could be downloaded again; run integreat-cli sync later</source>
        <translation>baza została naprawiona, ale nie wszystkie języki udało się ponownie pobrać; uruchom później integreat-cli sync</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsearch.cpp" line="-64"/>
        <source>(found in %1)</source>
        <translation>(znaleziono w %1)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Search the stored pages, events, places and news of a region, offline. Pages with every word (at the start of a word of the title or the text; titles count double) come first, then pages where a misspelt word is corrected, another form of a word or a compound containing it matches; a question finds the pages sharing its rarer words.</source>
        <translation>Przeszukaj zapisane strony, wydarzenia, miejsca i wiadomości regionu, offline. Najpierw pojawiają się strony zawierające każde słowo (na początku słowa w tytule lub tekście; tytuły liczą się podwójnie), potem strony, w których pasuje poprawione słowo z literówką, inna forma słowa lub słowo złożone, które je zawiera; pytanie znajduje strony, które mają te same rzadsze słowa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language code (the user&apos;s).</source>
        <translation>Kod języka (użytkownika).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search German too; a German hit is shown in the language when it is translated.</source>
        <translation>Szukaj też po niemiecku; trafienie w języku niemieckim jest pokazywane w danym języku, jeśli jest przetłumaczone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every stored language.</source>
        <translation>Szukaj we wszystkich zapisanych językach.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N results (1-75, default 75).</source>
        <translation>Najwyżej N wyników (1-75, domyślnie 75).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read one query per line; print HITS&lt;TAB&gt;MILLISECONDS&lt;TAB&gt;QUERY each.</source>
        <translation>Czytaj jedno zapytanie na wiersz; dla każdego wypisz TRAFIENIA&lt;TAB&gt;MILISEKUNDY&lt;TAB&gt;ZAPYTANIE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words to search for.</source>
        <translation>Słowa do wyszukania.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: integreat-cli search --region SLUG --language CODE [--also-german | --all-languages] [--limit N] [--json] QUERY… (or --stdin)</source>
        <translation>użycie: integreat-cli search --region SLUG --language KOD [--also-german | --all-languages] [--limit N] [--json] ZAPYTANIE… (lub --stdin)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--also-german and --all-languages exclude each other</source>
        <translation>--also-german i --all-languages wykluczają się wzajemnie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--limit needs a number from 1 to %1</source>
        <translation>--limit wymaga liczby od 1 do %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing of %1 (%2) is in the local store. Sync it first: integreat-cli sync --region %1 --languages %2</source>
        <translation>W lokalnej bazie nie ma nic z %1 (%2). Najpierw zsynchronizuj: integreat-cli sync --region %1 --languages %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No results for “%1”.</source>
        <translation>Brak wyników dla „%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results for “%1”:</source>
        <translation>Wyniki dla „%1”:</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdshow.cpp" line="-55"/>
        <source>Print the title and text of a stored page, event or place.</source>
        <translation>Wypisz tytuł i tekst zapisanej strony, wydarzenia lub miejsca.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: integreat-cli show --region SLUG --language CODE PATH</source>
        <translation>użycie: integreat-cli show --region SLUG --language KOD ŚCIEŻKA</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last updated: %1</source>
        <translation>Ostatnia aktualizacja: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization: %1</source>
        <translation>Organizacja: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When: %1</source>
        <translation>Kiedy: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where: %1</source>
        <translation>Gdzie: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category: %1</source>
        <translation>Kategoria: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: %1</source>
        <translation>Adres: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not in the local store for %2 (%3). Sync it first: integreat-cli sync --region %2 --languages %3</source>
        <translation>%1 nie ma w lokalnej bazie dla %2 (%3). Najpierw zsynchronizuj: integreat-cli sync --region %2 --languages %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdstatus.cpp" line="-21"/>
        <source>  %1: %2 pages, %3 events, %4 places, %5 news</source>
        <translation>  %1: strony: %2, wydarzenia: %3, miejsca: %4, wiadomości: %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; synced %1</source>
        <translation>; zsynchronizowano %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; never synced</source>
        <translation>; nigdy nie synchronizowano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; last attempt failed: %1</source>
        <translation>; ostatnia próba nie powiodła się: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show what the local store holds, per region and language.</source>
        <translation>Pokaż, co zawiera lokalna baza, według regionu i języka.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Store: %1 (%2)</source>
        <translation>Baza: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No region synced yet. Try: integreat-cli sync --region augsburg</source>
        <translation>Nie zsynchronizowano jeszcze żadnego regionu. Spróbuj: integreat-cli sync --region augsburg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images and documents: %1 files (%2)</source>
        <translation>Obrazy i dokumenty: %1 plików (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %1 not downloaded yet, tried again on the next sync</source>
        <translation>; %1 jeszcze nie pobrano, ponowna próba przy następnej synchronizacji</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdpack.cpp" line="+33"/>
        <location filename="../app/cli/cmdsync.cpp" line="-206"/>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
        <translation>dodano: %1, zmieniono: %2, usunięto: %3, bez zmian: %4</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 pages, %3 events, %4 places, %5 news (synced %6)</source>
        <translation>%1: strony: %2, wydarzenia: %3, miejsca: %4, wiadomości: %5 (zsynchronizowano %6)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote the content pack %1 of %2 to %3 (%4; %5 images and documents%6).</source>
        <translation>Zapisano pakiet treści %1 regionu %2 do %3 (%4; obrazy i dokumenty: %5%6).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, offline map</source>
        <translation>, mapa offline</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Try again when it has finished.</source>
        <translation>Spróbuj ponownie, gdy się zakończy.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content pack %1 of %2, made %3</source>
        <translation>Pakiet treści %1 regionu %2, utworzony %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: imported (content of %2): %3</source>
        <translation>%1: zaimportowano (treści z %2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: skipped: this PC&apos;s content (synced %2) is newer than the pack&apos;s (%3); use --force to import it anyway</source>
        <translation>%1: pominięto: treści na tym komputerze (zsynchronizowane %2) są nowsze niż w pakiecie (%3); użyj --force, aby mimo to je zaimportować</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images and documents: %1%2</source>
        <translation>Obrazy i dokumenty: %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; offline map installed</source>
        <translation>; zainstalowano mapę offline</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Content packs: one file with a region&apos;s content, images and offline map, to carry to PCs without (fast) internet or to a whole fleet.
  pack export --region SLUG [--languages de,en] FILE.integreat-pack
  pack import [--force] FILE.integreat-pack
  pack import --watch DIR    import every new pack that appears in DIR, until stopped</source>
        <translation>Pakiety treści: jeden plik z treściami regionu, obrazami i mapą offline, do przeniesienia na komputery bez (szybkiego) internetu lub na wiele komputerów naraz.
  pack export --region SLUG [--languages de,en] PLIK.integreat-pack
  pack import [--force] PLIK.integreat-pack
  pack import --watch KATALOG    importuj każdy nowy pakiet, który pojawi się w KATALOG, aż do zatrzymania</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region slug (export).</source>
        <translation>Slug regionu (eksport).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated language codes (export; default: all stored).</source>
        <translation>Kody języków oddzielone przecinkami (eksport; domyślnie: wszystkie zapisane).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import languages even where this PC has newer content.</source>
        <translation>Importuj języki nawet wtedy, gdy ten komputer ma nowsze treści.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch a folder and import each new or changed pack in it.</source>
        <translation>Obserwuj folder i importuj każdy nowy lub zmieniony pakiet w nim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export or import</source>
        <translation>export lub import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack file.</source>
        <translation>Plik pakietu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE.integreat-pack</source>
        <translation>użycie: integreat-cli pack export --region SLUG [--languages de,en] PLIK.integreat-pack</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE, pack import [--force] FILE or pack import --watch DIR</source>
        <translation>użycie: integreat-cli pack export --region SLUG [--languages de,en] PLIK, pack import [--force] PLIK lub pack import --watch KATALOG</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsync.cpp" line="+27"/>
        <source>resources: %1 downloaded, %2 unchanged, %3 failed</source>
        <translation>zasoby: pobrano: %1, bez zmian: %2, błędy: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1 not tried (will retry next sync)</source>
        <translation>, nie próbowano: %1 (ponowna próba przy następnej synchronizacji)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (will retry next sync)</source>
        <translation> (ponowna próba przy następnej synchronizacji)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 no longer used removed</source>
        <translation>, usunięto nieużywane: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 received</source>
        <translation>; otrzymano %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>warning: resource: %1</source>
        <translation>ostrzeżenie: zasób: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: … and %1 more resource problems (see --json)</source>
        <translation>ostrzeżenie: … i jeszcze %1 problemów z zasobami (zobacz --json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: images and documents not downloaded: %1; they will be tried again on the next sync.</source>
        <translation>ostrzeżenie: nie pobrano obrazów i dokumentów: %1; zostaną pobrane ponownie przy następnej synchronizacji.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download a region&apos;s content (pages, events, places, news, imprint) into the local store. Each language is saved whole or not at all.</source>
        <translation>Pobierz treści regionu (strony, wydarzenia, miejsca, wiadomości, stopkę redakcyjną) do lokalnej bazy. Każdy język jest zapisywany w całości albo wcale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region slug, e.g. augsburg.</source>
        <translation>Slug regionu, np. augsburg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated language codes, or “all” (default).</source>
        <translation>Kody języków oddzielone przecinkami lub „all” (domyślnie).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as JSON on stdout.</source>
        <translation>Wypisz wynik jako JSON na standardowe wyjście.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not download the images and documents (PDFs) the content refers to.</source>
        <translation>Nie pobieraj obrazów i dokumentów (PDF), do których odwołują się treści.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply a pages list even when it removes more than half of the stored pages of a language (refused otherwise, keeping the stored pages).</source>
        <translation>Zastosuj listę stron nawet wtedy, gdy usuwa ona ponad połowę zapisanych stron języka (w przeciwnym razie zostanie odrzucona, a zapisane strony pozostaną).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When another sync of this data folder is running, wait for it to end instead of giving up.</source>
        <translation>Gdy trwa inna synchronizacja tego folderu danych, poczekaj na jej zakończenie zamiast rezygnować.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests to the server at once (default %1): the languages download side by side.</source>
        <translation>Liczba jednoczesnych zapytań do serwera (domyślnie %1): języki są pobierane równolegle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sync needs --region SLUG (see integreat-cli regions)</source>
        <translation>sync wymaga --region SLUG (zobacz integreat-cli regions)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--connections needs a number from 1 to %1</source>
        <translation>--connections wymaga liczby od 1 do %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--languages needs codes such as de,en,ar or “all”</source>
        <translation>--languages wymaga kodów, np. de,en,ar lub „all”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>integreat-cli: %1 received: cancelling the sync; the stored content stays as it was.</source>
        <translation>integreat-cli: otrzymano %1: anulowanie synchronizacji; zapisane treści pozostają bez zmian.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+89"/>
        <source>sync cancelled</source>
        <translation>synchronizacja anulowana</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Try again when it has finished, or use --wait.</source>
        <translation>Spróbuj ponownie, gdy się zakończy, lub użyj --wait.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Waiting for it to finish …</source>
        <translation>%1 Czekanie na zakończenie …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>: 1 item</source>
        <translation>: 1 element</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: %1 items</source>
        <translation>: %1 elementów</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[resources] images and documents: %1 of %2</source>
        <translation>[zasoby] obrazy i dokumenty: %1 z %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>warning: %1: %2</source>
        <translation>ostrzeżenie: %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>If the server really removed these pages, run the sync again with --allow-mass-removal.</source>
        <translation>Jeśli serwer naprawdę usunął te strony, uruchom synchronizację ponownie z --allow-mass-removal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync failed for %1</source>
        <translation>synchronizacja nie powiodła się dla %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+36"/>
        <source>List the regions on the server.</source>
        <translation>Wyświetl regiony na serwerze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download a region&apos;s content into the local store.</source>
        <translation>Pobierz treści regionu do lokalnej bazy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what the local store holds.</source>
        <translation>Pokaż, co zawiera lokalna baza.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a stored page, event or place.</source>
        <translation>Wypisz zapisaną stronę, wydarzenie lub miejsce.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the stored content, offline.</source>
        <translation>Przeszukaj zapisane treści, offline.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the local store; move a damaged one aside and download again.</source>
        <translation>Sprawdź lokalną bazę; uszkodzoną przenieś na bok i pobierz ponownie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import an offline map (MBTiles) for a region.</source>
        <translation>Importuj mapę offline (MBTiles) dla regionu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configure kiosk mode: setup, show, set-pin, disable.</source>
        <translation>Konfiguruj tryb kiosku: setup, show, set-pin, disable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a stored page, place or event, or this week&apos;s events, as a PDF handout.</source>
        <translation>Utwórz z zapisanej strony, miejsca lub wydarzenia albo z wydarzeń tego tygodnia ulotkę PDF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export or import a content pack (one file per region), or watch a folder for packs.</source>
        <translation>Eksportuj lub importuj pakiet treści (jeden plik na region) albo obserwuj folder z pakietami.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: integreat-cli [global options] COMMAND [options]

Keeps the content of Integreat regions in a local store that works offline.

Commands:
</source>
        <translation>Użycie: integreat-cli [opcje globalne] POLECENIE [opcje]

Przechowuje treści regionów Integreat w lokalnej bazie, która działa offline.

Polecenia:
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
Opcje globalne (dla każdego polecenia):
  --server URL        Integreat CMS (domyślnie: https://cms.integreat-app.de)
  --data-dir DIR      folder lokalnej bazy (domyślnie: folder aplikacji desktopowej)
  --timeout SECONDS   po tylu sekundach ciszy serwera zrezygnuj (domyślnie: 30)
  --retries N         liczba ponownych prób nieudanego pobierania (domyślnie: 3)
  --proxy URL         proxy dla każdego żądania: http://HOST:PORT, socks5://HOST:PORT
                      lub none (domyślnie: systemowe, np. https_proxy)
  -h, --help          pomoc (również po poleceniu)
  -v, --version       wersja

Przykład:
  integreat-cli sync --region augsburg --languages de,en,ar
</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>no command given</source>
        <translation>nie podano polecenia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown command “%1” (see --help)</source>
        <translation>nieznane polecenie „%1” (zobacz --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/packwatch.cpp" line="+48"/>
        <source>%1 is not a folder.</source>
        <translation>%1 nie jest folderem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integreat-cli: %1 received: stopped watching %2.</source>
        <translation>integreat-cli: otrzymano %1: zakończono obserwowanie %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watching %1 for content packs (*%2); stop with Ctrl+C.</source>
        <translation>Obserwowanie %1 w poszukiwaniu pakietów treści (*%2); zatrzymaj klawiszami Ctrl+C.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: pack %2 was imported already.</source>
        <translation>%1: pakiet %2 został już zaimportowany.</translation>
    </message>
</context>
<context>
    <name>integreat::cli::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+28"/>
        <source>Integreat CMS to talk to (default: %1).</source>
        <translation>Integreat CMS, z którym się łączyć (domyślnie: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder of the local store (default: %1).</source>
        <translation>Folder lokalnej bazy (domyślnie: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give up on a silent server after this many seconds (default: 30).</source>
        <translation>Zrezygnuj, gdy serwer milczy przez tyle sekund (domyślnie: 30).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retries of a failed download (default: 3).</source>
        <translation>Liczba ponownych prób nieudanego pobierania (domyślnie: 3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send every request through this proxy: http://HOST:PORT, socks5://HOST:PORT or none (default: the system&apos;s proxy settings).</source>
        <translation>Wysyłaj każde żądanie przez to proxy: http://HOST:PORT, socks5://HOST:PORT lub none (domyślnie: ustawienia proxy systemu).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (see --help)</source>
        <translation> (zobacz --help)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--server needs an http(s) URL such as https://cms.integreat-app.de</source>
        <translation>--server wymaga adresu URL http(s), np. https://cms.integreat-app.de</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout needs a number of seconds of at least 1</source>
        <translation>--timeout wymaga liczby sekund, co najmniej 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--retries needs a number from 0 to 10</source>
        <translation>--retries wymaga liczby od 0 do 10</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the data folder %1</source>
        <translation>Nie można utworzyć folderu danych %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the local store %1: %2</source>
        <translation>Nie można otworzyć lokalnej bazy %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run “integreat-cli repair” to move %1 aside and download the content again.</source>
        <translation>Uruchom „integreat-cli repair”, aby przenieść %1 na bok i ponownie pobrać treści.</translation>
    </message>
</context>
<context>
    <name>integreat::cli::KioskOptions</name>
    <message>
        <location filename="../app/cli/cmdkiosk.cpp" line="-251"/>
        <source>The kiosk configuration file (default: %1).</source>
        <translation>Plik konfiguracji kiosku (domyślnie: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region slug (repeat or comma-separate for several).</source>
        <translation>Slug regionu (powtórz lub oddziel przecinkami, aby podać kilka).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language codes offered, comma-separated.</source>
        <translation>Oferowane kody języków, oddzielone przecinkami.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language preselected on the start screen.</source>
        <translation>Język wybrany wstępnie na ekranie startowym.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds without touch before the countdown (default: 120).</source>
        <translation>Sekundy bez dotyku przed odliczaniem (domyślnie: 120).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds of the “Are you still there?” countdown (default: 20).</source>
        <translation>Sekundy odliczania „Czy nadal tu jesteś?” (domyślnie: 20).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections shown, comma-separated (default: local,places,events,news).</source>
        <translation>Pokazywane sekcje, oddzielone przecinkami (domyślnie: local,places,events,news).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the PIN (read from standard input when it is not a terminal, else asked twice).</source>
        <translation>Ustaw PIN (odczytywany ze standardowego wejścia, gdy nie jest to terminal, w przeciwnym razie pytanie dwukrotne).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sync: skip a region whose languages were all updated less than N hours ago (the update at boot).</source>
        <translation>sync: pomiń region, którego wszystkie języki zaktualizowano mniej niż N godzin temu (aktualizacja przy starcie).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show: print nothing; exit 0 only when the kiosk is configured and enabled (for ExecCondition=).</source>
        <translation>show: nic nie wypisuj; kod wyjścia 0 tylko wtedy, gdy kiosk jest skonfigurowany i włączony (dla ExecCondition=).</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::AdminPanel</name>
    <message>
        <location filename="../app/desktop/kiosk/adminpanel.cpp" line="+20"/>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit kiosk</source>
        <translation>Zamknij kiosk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kiosk administration</source>
        <translation>Administracja kiosku</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start over</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the kiosk</source>
        <translation>Wróć do kiosku</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Counting…</source>
        <translation>Liczenie…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1: last update %2, %3 pages, %4 events, %5 places, %6 news</source>
        <translation>  %1: ostatnia aktualizacja %2, strony: %3, wydarzenia: %4, miejsca: %5, wiadomości: %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the last attempt failed: %1</source>
        <translation>ostatnia próba nie powiodła się: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is saved yet.</source>
        <translation>Nic nie jest jeszcze zapisane.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::Application</name>
    <message>
        <location filename="../app/desktop/shell/application.cpp" line="+246"/>
        <source>nothing is saved in %1 yet; sync a town first</source>
        <translation>w %1 nic nie jest jeszcze zapisane; najpierw zsynchronizuj miasto</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>could not write the screenshot %1</source>
        <translation>nie można zapisać zrzutu ekranu %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::BreadcrumbBar</name>
    <message>
        <location filename="../app/desktop/pages/breadcrumbbar.cpp" line="+36"/>
        <source>You are here</source>
        <translation>Jesteś tutaj</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>More: %1</source>
        <translation>Więcej: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ChatSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/chatsection.cpp" line="+105"/>
        <source>Ask Integreat</source>
        <translation>Zapytaj Integreat</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The chat is not offered on this public computer.</source>
        <translation>Czat nie jest oferowany na tym publicznym komputerze.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>The chat is not available in this town.</source>
        <translation>Czat nie jest dostępny w tym mieście.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chat of this town is not available on this computer yet.</source>
        <translation>Czat tego miasta nie jest jeszcze dostępny na tym komputerze.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ChatView</name>
    <message>
        <location filename="../app/desktop/chat/chatview.cpp" line="+31"/>
        <source>Accept and start the chat</source>
        <translation>Zaakceptuj i rozpocznij czat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again</source>
        <translation>Wyślij ponownie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>Nowy czat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write your question in any language</source>
        <translation>Napisz pytanie w dowolnym języku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your message</source>
        <translation>Twoja wiadomość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy notice of the chat</source>
        <translation>Informacja o prywatności czatu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State of the chat</source>
        <translation>Stan czatu</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Your questions are answered by counselors of the town and by an assistant that knows the town&apos;s information. What you write is sent to the town&apos;s chat server and kept there.</source>
        <translation>Na Twoje pytania odpowiadają doradcy z miasta oraz asystent, który zna informacje miasta. To, co piszesz, jest wysyłane na serwer czatu miasta i tam przechowywane.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the privacy notice</source>
        <translation>Przeczytaj informację o ochronie danych</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Ask a question about life in the town. The answer appears here.</source>
        <translation>Zadaj pytanie o życie w mieście. Odpowiedź pojawi się tutaj.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You</source>
        <translation>Ty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic answer</source>
        <translation>Odpowiedź automatyczna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counselor</source>
        <translation>Doradca</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent yet</source>
        <translation>Jeszcze nie wysłano</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integreat is writing an answer…</source>
        <translation>Integreat pisze odpowiedź…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading the chat…</source>
        <translation>Wczytywanie czatu…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CommandLine</name>
    <message>
        <location filename="../app/desktop/shell/commandline.cpp" line="+39"/>
        <source>Integreat: local information for newcomers, in their language, also offline.</source>
        <translation>Integreat: lokalne informacje dla nowo przybyłych, w ich języku, także offline.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of the local store (default: %1).</source>
        <translation>Folder lokalnej bazy (domyślnie: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integreat CMS to update from (default: %1).</source>
        <translation>Integreat CMS, z którego pobierane są aktualizacje (domyślnie: %1).</translation>
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
        <translation>Nigdy nie używaj sieci; pokazuj tylko zapisane treści.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a page: an https://integreat.app/… link, an integreat:// link or region/language/path.</source>
        <translation>Otwórz stronę: link https://integreat.app/…, link integreat:// lub region/język/ścieżka.</translation>
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
        <translation>Importuj pakiet treści (utworzony poleceniem integreat-cli pack export) i pokaż wynik w ustawieniach; to samo co podanie FILE.integreat-pack.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Render the window at 1280×800 into a PNG file and exit (for documentation and smoke tests).</source>
        <translation>Wyrenderuj okno w rozdzielczości 1280×800 do pliku PNG i zakończ (do dokumentacji i testów).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The same as --open, or a content pack file (.integreat-pack) to import.</source>
        <translation>To samo co --open lub plik pakietu treści (.integreat-pack) do zaimportowania.</translation>
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
        <translation>Wysyłaj każde żądanie przez to proxy: http://HOST:PORT, socks5://HOST:PORT lub none (domyślnie: ustawienia proxy systemu).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run as a locked public kiosk (full screen, idle reset, links as QR codes).</source>
        <translation>Uruchom jako zablokowany publiczny kiosk (pełny ekran, reset po bezczynności, linki jako kody QR).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kiosk configuration (with --kiosk; default: %1).</source>
        <translation>Konfiguracja kiosku (z --kiosk; domyślnie: %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[LINK]</source>
        <translation>[LINK]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Give one content pack to import, not several.</source>
        <translation>Podaj jeden pakiet treści do zaimportowania, nie kilka.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give one link to open, not several.</source>
        <translation>Podaj jeden link do otwarcia, nie kilka.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--config is for --kiosk.</source>
        <translation>--config jest przeznaczone dla --kiosk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--kiosk starts at its own start screen: no link or --screenshot.</source>
        <translation>--kiosk zaczyna od własnego ekranu startowego: bez linku i bez --screenshot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A content pack is imported in a window: not with --kiosk or --screenshot.</source>
        <translation>Pakiet treści importuje się w oknie: nie z --kiosk ani --screenshot.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--server needs an http(s) URL such as %1.</source>
        <translation>--server wymaga adresu URL http(s), np. %1.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ContactFormDialog</name>
    <message>
        <location filename="../app/desktop/pages/contactformdialog.cpp" line="+27"/>
        <location line="+101"/>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to the town&apos;s team. They answer by e-mail; your message is sent to the town&apos;s contact server.</source>
        <translation>Napisz do zespołu miasta. Odpowiada e-mailem; Twoja wiadomość jest wysyłana do serwera kontaktowego miasta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Your name (optional)</source>
        <translation>Twoje imię (opcjonalnie)</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Your e-mail address</source>
        <translation>Twój adres e-mail</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Your message</source>
        <translation>Twoja wiadomość</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+25"/>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CounselTools</name>
    <message>
        <location filename="../app/desktop/counsel/counseltools.cpp" line="+25"/>
        <source>Read aloud</source>
        <translation>Czytaj na głos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End session</source>
        <translation>Zakończ sesję</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show QR code</source>
        <translation>Pokaż kod QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>Obok siebie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the text aloud in its language</source>
        <translation>Przeczytaj tekst na głos w jego języku</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear everything of this session and start again (%1)</source>
        <translation>Wyczyść wszystko z tej sesji i zacznij od nowa (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the link of this page as a QR code to take along on a phone</source>
        <translation>Pokaż link do tej strony jako kod QR, aby zabrać go ze sobą na telefonie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show this in a second language beside it</source>
        <translation>Pokaż to obok w drugim języku</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CountdownOverlay</name>
    <message>
        <location filename="../app/desktop/kiosk/countdownoverlay.cpp" line="+14"/>
        <source>Yes, continue</source>
        <translation>Tak, kontynuuj</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Are you still there?</source>
        <translation>Czy nadal tu jesteś?</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Press any key or move the mouse to continue. In %n seconds the session ends: the app goes back to the start page and what was looked at is cleared.</source>
        <translation>
            <numerusform>Naciśnij dowolny klawisz lub porusz myszą, aby kontynuować. Za %n sekundę sesja się zakończy: aplikacja wróci do strony startowej, a wszystko, co było oglądane, zostanie usunięte.</numerusform>
            <numerusform>Naciśnij dowolny klawisz lub porusz myszą, aby kontynuować. Za %n sekundy sesja się zakończy: aplikacja wróci do strony startowej, a wszystko, co było oglądane, zostanie usunięte.</numerusform>
            <numerusform>Naciśnij dowolny klawisz lub porusz myszą, aby kontynuować. Za %n sekund sesja się zakończy: aplikacja wróci do strony startowej, a wszystko, co było oglądane, zostanie usunięte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Touch the screen to continue. In %n seconds everything starts over and what you looked at is cleared.</source>
        <translation>
            <numerusform>Dotknij ekranu, aby kontynuować. Za %n sekundę wszystko zacznie się od nowa, a to, co oglądano, zostanie wyczyszczone.</numerusform>
            <numerusform>Dotknij ekranu, aby kontynuować. Za %n sekundy wszystko zacznie się od nowa, a to, co oglądano, zostanie wyczyszczone.</numerusform>
            <numerusform>Dotknij ekranu, aby kontynuować. Za %n sekund wszystko zacznie się od nowa, a to, co oglądano, zostanie wyczyszczone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DBusNotifier</name>
    <message>
        <location filename="../app/desktop/notify/dbusnotifier.cpp" line="+51"/>
        <source>Open</source>
        <translation>Otwórz</translation>
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
        <translation>Zapisane treści są uszkodzone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be read: %2

Download again moves the file aside under a dated name (nothing is deleted), starts afresh and downloads your towns and languages again.</source>
        <translation>Nie można odczytać pliku %1: %2

„Pobierz ponownie” przenosi plik na bok pod nazwą z datą (nic nie jest usuwane), zaczyna od nowa i ponownie pobiera Twoje miasta i języki.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download again</source>
        <translation>Pobierz ponownie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DashboardView</name>
    <message>
        <location filename="../app/desktop/pages/dashboardview.cpp" line="+39"/>
        <source>Local information</source>
        <translation>Informacje lokalne</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There are no pages in this language yet.</source>
        <translation>W tym języku nie ma jeszcze żadnych stron.</translation>
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
        <translation>„%1” nie jest linkiem do strony miasta w Integreat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” in %2 is not saved on this computer.</source>
        <translation>„%1” w %2 nie jest zapisane na tym komputerze.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The chat is not available in this town.</source>
        <translation>Czat nie jest dostępny w tym mieście.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked page is not saved on this computer.</source>
        <translation>Strona z linku nie jest zapisana na tym komputerze.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The linked page is in %1, which is not saved on this computer.</source>
        <translation>Strona z linku jest w %1, które nie jest zapisane na tym komputerze.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EndSession</name>
    <message>
        <location filename="../app/desktop/counsel/endsession.cpp" line="+44"/>
        <location line="+6"/>
        <source>End session</source>
        <translation>Zakończ sesję</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>End this session?</source>
        <translation>Zakończyć tę sesję?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app goes back to the start page. The history, the search, side by side, the news read and the folders used for saving are cleared, so that the next person finds nothing of this session.</source>
        <translation>Aplikacja wróci do strony startowej. Historia, wyszukiwanie, widok obok siebie, przeczytane wiadomości i foldery używane do zapisywania zostaną wyczyszczone, aby następna osoba nie znalazła nic z tej sesji.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventDateText</name>
    <message>
        <location filename="../app/desktop/presentation/eventdatetext.cpp" line="+50"/>
        <source>the last %1</source>
        <translation>%1 (ostatni w miesiącu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the %1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1, all day</source>
        <translation>%1, cały dzień</translation>
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
        <translation>Codziennie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 days</source>
        <translation>Co %1 dni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every week</source>
        <translation>Co tydzień</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 weeks</source>
        <translation>Co %1 tygodni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every month</source>
        <translation>Co miesiąc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 months</source>
        <translation>Co %1 miesięcy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every year</source>
        <translation>Co roku</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 years</source>
        <translation>Co %1 lat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats</source>
        <translation>Powtarza się</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only on weekdays (Monday to Friday)</source>
        <translation>Tylko w dni robocze (od poniedziałku do piątku)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventHtml</name>
    <message>
        <location filename="../app/desktop/events/eventhtml.cpp" line="+80"/>
        <source>Loading dates…</source>
        <translation>Wczytywanie terminów…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online meeting:</source>
        <translation>Spotkanie online:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More dates</source>
        <translation>Więcej terminów</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventList</name>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+20"/>
        <source>Only dates from</source>
        <translation>Tylko terminy od</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Events</source>
        <translation>Wydarzenia</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlistmodel.cpp" line="+68"/>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>Jutro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 7 days</source>
        <translation>Następne 7 dni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 30 days</source>
        <translation>Następne 30 dni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Później</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Heading</source>
        <translation>Nagłówek</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+35"/>
        <source>Loading events…</source>
        <translation>Wczytywanie wydarzeń…</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlistmodel.cpp" line="-20"/>
        <source>More dates: %1</source>
        <translation>Więcej terminów: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Irregular dates</source>
        <translation>Nieregularne terminy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Irregular dates. %1</source>
        <translation>Nieregularne terminy. %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+13"/>
        <source>No events in these days.</source>
        <translation>Brak wydarzeń w tych dniach.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No upcoming events.</source>
        <translation>Brak nadchodzących wydarzeń.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventsSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/eventssection.cpp" line="+26"/>
        <source>Events</source>
        <translation>Wydarzenia</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This event is not on this computer. It may be over or removed, or it is newer than the last update.</source>
        <translation>Tego wydarzenia nie ma na tym komputerze. Mogło się już odbyć lub zostać usunięte albo jest nowsze niż ostatnia aktualizacja.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventsView</name>
    <message>
        <location filename="../app/desktop/events/eventsview.cpp" line="+45"/>
        <location line="+28"/>
        <source>All events</source>
        <translation>Wszystkie wydarzenia</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Save this date for a calendar…</source>
        <translation>Zapisz ten termin do kalendarza…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save all dates for a calendar…</source>
        <translation>Zapisz wszystkie terminy do kalendarza…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>This event has irregular dates: they cannot all be worked out, so only the first is shown. Check the dates with the organizer.</source>
        <translation>To wydarzenie ma nieregularne terminy: nie da się ustalić wszystkich, więc pokazany jest tylko pierwszy. Sprawdź terminy u organizatora.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Save for a calendar</source>
        <translation>Zapisz do kalendarza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>Pliki kalendarza (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dates are still being worked out. Try again in a moment.</source>
        <translation>Terminy są jeszcze obliczane. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This event has no dates left to save.</source>
        <translation>To wydarzenie nie ma już terminów do zapisania.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The calendar file could not be saved: %1</source>
        <translation>Nie można zapisać pliku kalendarza: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. Open %1 with your calendar app to add the event.</source>
        <translation>Zapisano. Otwórz %1 w aplikacji kalendarza, aby dodać wydarzenie.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ExternalLinkDialog</name>
    <message>
        <location filename="../app/desktop/pages/externallinkdialog.cpp" line="+38"/>
        <source>Open a website?</source>
        <translation>Otworzyć stronę internetową?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link leads out of Integreat to a website of &lt;b&gt;%1&lt;/b&gt;. It opens in your web browser and needs an internet connection.</source>
        <translation>Ten link prowadzi poza Integreat, do strony internetowej &lt;b&gt;%1&lt;/b&gt;. Otworzy się w przeglądarce i wymaga połączenia z internetem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Open in browser</source>
        <translation>Otwórz w przeglądarce</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open the document online?</source>
        <translation>Otworzyć dokument online?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document is not saved on this computer. It can be opened from &lt;b&gt;%1&lt;/b&gt; in your browser with an internet connection.</source>
        <translation>Ten dokument nie jest zapisany na tym komputerze. Można go otworzyć z &lt;b&gt;%1&lt;/b&gt; w przeglądarce, jeśli jest połączenie z internetem.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call this number?</source>
        <translation>Zadzwonić pod ten numer?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your computer&apos;s phone app will call this number:</source>
        <translation>Aplikacja telefonu na komputerze zadzwoni pod ten numer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Zadzwoń</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write an e-mail?</source>
        <translation>Napisać e-mail?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your e-mail program will open a new message to:</source>
        <translation>Program pocztowy otworzy nową wiadomość do:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write e-mail</source>
        <translation>Napisz e-mail</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <translation>Skopiowano</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::FeedbackBox</name>
    <message>
        <location filename="../app/desktop/pages/feedbackbox.cpp" line="+88"/>
        <source>Was this page helpful?</source>
        <translation>Czy ta strona była pomocna?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, this was helpful</source>
        <translation>Tak, to było pomocne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, this was not helpful</source>
        <translation>Nie, to nie było pomocne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What could be better? (optional, no personal data)</source>
        <translation>Co można poprawić? (opcjonalnie, bez danych osobowych)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on this page</source>
        <translation>Komentarz do tej strony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send feedback</source>
        <translation>Wyślij opinię</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Thank you. You may add a comment.</source>
        <translation>Dziękujemy. Możesz dodać komentarz.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please choose “Yes” or “No”, or write a comment.</source>
        <translation>Wybierz „Tak” lub „Nie” albo napisz komentarz.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::FirstRunWizard</name>
    <message>
        <location filename="../app/desktop/firstrun/firstrunwizard.cpp" line="+31"/>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+221"/>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location line="-220"/>
        <location line="+216"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Welcome to Integreat</source>
        <translation>Witamy w Integreat</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The download was cancelled. Nothing was changed on this computer.</source>
        <translation>Pobieranie zostało anulowane. Na tym komputerze nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The server lists no regions.</source>
        <translation>Serwer nie podaje żadnych regionów.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The demo town could not be set up: %1</source>
        <translation>Nie można przygotować miasta demo: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Download</source>
        <translation>Pobierz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue</source>
        <translation>Kontynuuj</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stops the download; nothing is changed</source>
        <translation>Zatrzymuje pobieranie; nic nie zostanie zmienione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this window</source>
        <translation>Zamyka to okno</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::HeaderBar</name>
    <message>
        <location filename="../app/desktop/mainwindow/headerbar.cpp" line="+54"/>
        <location line="+1"/>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear search</source>
        <translation>Wyczyść wyszukiwanie</translation>
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
        <translation>Szukaj w %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskApp</name>
    <message>
        <location filename="../app/desktop/shell/kioskapp.cpp" line="+36"/>
        <source>kiosk mode is disabled in %1 (integreat-cli kiosk setup enables it)</source>
        <translation>tryb kiosku jest wyłączony w %1 (integreat-cli kiosk setup go włącza)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot create the folder %1</source>
        <translation>nie można utworzyć folderu %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved content cannot be opened: %1</source>
        <translation>Nie można otworzyć zapisanych treści: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskSession</name>
    <message>
        <location filename="../app/desktop/kiosk/kiosksession.cpp" line="+66"/>
        <source>Start over</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this page with you</source>
        <translation>Zabierz tę stronę ze sobą</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskWindow</name>
    <message>
        <location filename="../app/desktop/kiosk/kioskwindow.cpp" line="+77"/>
        <source>The update has finished.</source>
        <translation>Aktualizacja została zakończona.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The update failed; the last good content stays in use. %1</source>
        <translation>Aktualizacja nie powiodła się; nadal używane są ostatnie poprawne treści. %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nothing is saved on this kiosk yet. The administrator can update the content.</source>
        <translation>Na tym kiosku nic nie jest jeszcze zapisane. Administrator może zaktualizować treści.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Wrong PIN.</source>
        <translation>Błędny PIN.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie za %n sekundę.</numerusform>
            <numerusform>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie za %n sekundy.</numerusform>
            <numerusform>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No PIN is set for this kiosk, so the administration cannot be opened here (integreat-cli kiosk set-pin).</source>
        <translation>Dla tego kiosku nie ustawiono PIN-u, więc nie można tu otworzyć administracji (integreat-cli kiosk set-pin).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No region is configured (integreat-cli kiosk setup).</source>
        <translation>Nie skonfigurowano żadnego regionu (integreat-cli kiosk setup).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kiosk runs offline; the nightly update keeps it current.</source>
        <translation>Ten kiosk działa offline; nocna aktualizacja utrzymuje go na bieżąco.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Updating…</source>
        <translation>Aktualizowanie…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageButton</name>
    <message>
        <location filename="../app/desktop/mainwindow/languagebutton.cpp" line="+40"/>
        <source>%1 (download)</source>
        <translation>%1 (pobierz)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language of the content: %1</source>
        <translation>Język treści: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content language: %1</source>
        <translation>Język treści: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageNames</name>
    <message>
        <location filename="../app/desktop/presentation/languages.cpp" line="+46"/>
        <source>Albanian</source>
        <translation>albański</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amharic</source>
        <translation>amharski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>arabski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgarian</source>
        <translation>bułgarski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central Kurdish</source>
        <translation>kurdyjski centralny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatian</source>
        <translation>chorwacki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czech</source>
        <translation>czeski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dari</source>
        <translation>dari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>angielski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>francuski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>niemiecki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greek</source>
        <translation>grecki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungarian</source>
        <translation>węgierski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>włoski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kurdish</source>
        <translation>kurdyjski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pashto</source>
        <translation>paszto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persian</source>
        <translation>perski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>polski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>rumuński</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>rosyjski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbian</source>
        <translation>serbski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somali</source>
        <translation>somalijski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>hiszpański</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tigrinya</source>
        <translation>tigrinia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>turecki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation>ukraiński</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation>urdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnamese</source>
        <translation>wietnamski</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguagePage</name>
    <message>
        <location filename="../app/desktop/firstrun/languagepage.cpp" line="+22"/>
        <source>Which languages do you want to read?</source>
        <translation>W jakich językach chcesz czytać?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notice</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The local information of %1 is downloaded in the languages you choose, so you can read it without internet. You can choose several and add more later.</source>
        <translation>Informacje lokalne dla %1 zostaną pobrane w wybranych językach, aby można je było czytać bez internetu. Możesz wybrać kilka języków i później dodać kolejne.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language code %1</source>
        <translation>Kod języka %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageRow</name>
    <message>
        <location filename="../app/desktop/firstrun/languagerow.cpp" line="+29"/>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry %1</source>
        <translation>Ponów %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Waiting</source>
        <translation>Oczekiwanie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Finished</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Ready to read offline</source>
        <translation>✓ Gotowe do czytania offline</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not downloaded: %1</source>
        <translation>Nie pobrano: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LinkRouter</name>
    <message>
        <location filename="../app/desktop/pages/linkrouter.cpp" line="+70"/>
        <source>This link cannot be opened: it could harm your computer or your data.</source>
        <translation>Tego linku nie można otworzyć: mógłby zaszkodzić komputerowi lub danym.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This link leads to the list of towns. To read about another town, use “Change” next to the town&apos;s name.</source>
        <translation>Ten link prowadzi do listy miast. Aby czytać o innym mieście, użyj przycisku „Zmień” obok nazwy miasta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This link leads to a part of Integreat that this app does not show yet.</source>
        <translation>Ten link prowadzi do części Integreat, której ta aplikacja jeszcze nie pokazuje.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download %1</source>
        <translation>Pobierz %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This link leads to “%1” in %2, which is not saved on this computer.</source>
        <translation>Ten link prowadzi do „%1” w %2, które nie jest zapisane na tym komputerze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This page is in %1, which is not saved on this computer yet.</source>
        <translation>Ta strona jest w %1, które nie jest jeszcze zapisane na tym komputerze.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chat is not available in this town.</source>
        <translation>Czat nie jest dostępny w tym mieście.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The linked event is not on this computer. It may be over or removed, or it is newer than the last update.</source>
        <translation>Wydarzenia z linku nie ma na tym komputerze. Mogło się już odbyć lub zostać usunięte albo jest nowsze niż ostatnia aktualizacja.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked place is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Miejsca z linku nie ma na tym komputerze. Mogło zostać usunięte albo jest nowsze niż ostatnia aktualizacja.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked news item is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Wiadomości z linku nie ma na tym komputerze. Mogła zostać usunięta albo jest nowsza niż ostatnia aktualizacja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked page is not on this computer. It may have been moved or removed, or it is newer than the last update.</source>
        <translation>Strony z linku nie ma na tym komputerze. Mogła zostać przeniesiona lub usunięta albo jest nowsza niż ostatnia aktualizacja.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No program on this computer can open this document.</source>
        <translation>Żaden program na tym komputerze nie może otworzyć tego dokumentu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This document is not saved on this computer.</source>
        <translation>Ten dokument nie jest zapisany na tym komputerze.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>No program on this computer can open this link.</source>
        <translation>Żaden program na tym komputerze nie może otworzyć tego linku.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>This offer cannot be opened: its form could not be prepared.</source>
        <translation>Nie można otworzyć tej oferty: nie udało się przygotować jej formularza.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open online</source>
        <translation>Otwórz online</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LocalInfoSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/localinfosection.cpp" line="+37"/>
        <source>Local information</source>
        <translation>Informacje lokalne</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LocalInfoView</name>
    <message>
        <location filename="../app/desktop/pages/localinfoview.cpp" line="+57"/>
        <source>Page content</source>
        <translation>Treść strony</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Start page of the town</source>
        <translation>Strona startowa miasta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation>Wyniki wyszukiwania</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page</source>
        <translation>Strona</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <location line="+31"/>
        <location line="+38"/>
        <location line="+9"/>
        <location line="+21"/>
        <source>Local information</source>
        <translation>Informacje lokalne</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>This page is not on this computer</source>
        <translation>Tej strony nie ma na tym komputerze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been moved or removed by the last update.</source>
        <translation>Mogła zostać przeniesiona lub usunięta podczas ostatniej aktualizacji.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+26"/>
        <location line="+1"/>
        <source>Imprint</source>
        <translation>Stopka redakcyjna</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>There is no imprint in this language on this computer.</source>
        <translation>Na tym komputerze nie ma stopki redakcyjnej w tym języku.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The imprint is available in:</source>
        <translation>Stopka redakcyjna jest dostępna w:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search: “%1”</source>
        <translation>Szukaj: „%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go to the start page</source>
        <translation>Przejdź do strony startowej</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Start page in %1</source>
        <translation>Strona startowa w %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not available in %2. It is available in:</source>
        <translation>„%1” nie jest dostępne w %2. Jest dostępne w:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not available in %2.</source>
        <translation>„%1” nie jest dostępne w %2.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MainActions</name>
    <message>
        <location filename="../app/desktop/mainwindow/mainactions.cpp" line="+19"/>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start page</source>
        <translation>Strona startowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imprint</source>
        <translation>Stopka redakcyjna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger text</source>
        <translation>Większy tekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smaller text</source>
        <translation>Mniejszy tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal text size</source>
        <translation>Normalny rozmiar tekstu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Integreat Desktop</source>
        <translation>O Integreat Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This page</source>
        <translation>Ta strona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text size</source>
        <translation>Rozmiar tekstu</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MainWindow</name>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindow.cpp" line="+196"/>
        <source>Download %1</source>
        <translation>Pobierz %1</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 is not saved on this computer yet.</source>
        <translation>%1 nie jest jeszcze zapisane na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindowcommands.cpp" line="+171"/>
        <source>About Integreat Desktop</source>
        <translation>O Integreat Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Integreat Desktop %1&lt;/h3&gt;&lt;p&gt;Local information for newcomers, in their language, also without internet.&lt;/p&gt;&lt;p&gt;The content comes from the towns and districts that take part in &lt;a href=&quot;https://integreat-app.de&quot;&gt;Integreat&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Integreat Desktop %1&lt;/h3&gt;&lt;p&gt;Informacje lokalne dla nowo przybyłych, w ich języku, także bez internetu.&lt;/p&gt;&lt;p&gt;Treści pochodzą z miast i powiatów, które uczestniczą w &lt;a href=&quot;https://integreat-app.de&quot;&gt;Integreat&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindowcounsel.cpp" line="+50"/>
        <source>Reading area</source>
        <translation>Obszar czytania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The section shown, and beside it the same in a second language when Side by side is on</source>
        <translation>Pokazywana sekcja, a obok to samo w drugim języku, gdy włączone jest „Obok siebie”</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MapWidget</name>
    <message>
        <location filename="../app/desktop/places/mapwidget.cpp" line="+30"/>
        <source>Map of places</source>
        <translation>Mapa miejsc</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <location line="+344"/>
        <source>I am here (sort places by distance from this point)</source>
        <translation>Jestem tutaj (sortuj miejsca według odległości od tego punktu)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MassRemovalQuestion</name>
    <message>
        <location filename="../app/desktop/sync/massremovalquestion.cpp" line="+16"/>
        <source>Remove saved pages?</source>
        <translation>Usunąć zapisane strony?</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n of the %2 saved pages would be removed.</source>
        <translation>
            <numerusform>%1: zostanie usunięta %n z %2 zapisanych stron.</numerusform>
            <numerusform>%1: zostaną usunięte %n z %2 zapisanych stron.</numerusform>
            <numerusform>%1: zostanie usuniętych %n z %2 zapisanych stron.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server sent much less content than before. If you go on, pages you have now will be deleted from this computer.</source>
        <translation>Serwer przesłał znacznie mniej treści niż wcześniej. Jeśli przejdziesz dalej, strony, które masz teraz, zostaną usunięte z tego komputera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This can be a mistake on the server. If you keep your content, nothing changes and you can try again later.</source>
        <translation>To może być błąd po stronie serwera. Jeśli zachowasz swoje treści, nic się nie zmieni i możesz spróbować ponownie później.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep my content</source>
        <translation>Zachowaj moje treści</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove them</source>
        <translation>Usuń je</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NavigationBar</name>
    <message>
        <location filename="../app/desktop/pages/navigationbar.cpp" line="+29"/>
        <source>Back (Alt+Left)</source>
        <translation>Wstecz (Alt+Left)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward (Alt+Right)</source>
        <translation>Dalej (Alt+Right)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Dalej</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsHtml</name>
    <message>
        <location filename="../app/desktop/news/newshtml.cpp" line="+16"/>
        <source>Local news</source>
        <translation>Wiadomości lokalne</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Read the original</source>
        <translation>Przeczytaj oryginał</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/newssection.cpp" line="+28"/>
        <source>News</source>
        <translation>Wiadomości</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News (%1)</source>
        <translation>Wiadomości (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News, %1 new</source>
        <translation>Wiadomości, nowe: %1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This news item is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Tej wiadomości nie ma na tym komputerze. Mogła zostać usunięta albo jest nowsza niż ostatnia aktualizacja.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsView</name>
    <message>
        <location filename="../app/desktop/news/newsview.cpp" line="+43"/>
        <location line="+56"/>
        <source>All news</source>
        <translation>Wszystkie wiadomości</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local</source>
        <translation>Lokalne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External</source>
        <translation>Zewnętrzne</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>News</source>
        <translation>Wiadomości</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>News item</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <location filename="../app/desktop/news/newslistmodel.cpp" line="+85"/>
        <source>● New</source>
        <translation>● Nowe</translation>
    </message>
    <message>
        <location filename="../app/desktop/news/newsview.cpp" line="+110"/>
        <source>There are no news in this language yet. New local news of the town appear here after the next update.</source>
        <translation>W tym języku nie ma jeszcze wiadomości. Nowe lokalne wiadomości z miasta pojawią się tutaj po następnej aktualizacji.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No news of this kind. Choose “All” to see every news item.</source>
        <translation>Brak wiadomości tego rodzaju. Wybierz „Wszystkie”, aby zobaczyć wszystkie wiadomości.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NoticeBar</name>
    <message>
        <location filename="../app/desktop/pages/noticebar.cpp" line="+26"/>
        <source>Notice</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Close this notice</source>
        <translation>Zamknij tę uwagę</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationCenter</name>
    <message>
        <location filename="../app/desktop/notify/notificationcenter.cpp" line="+44"/>
        <source>Notifications (%1)</source>
        <translation>Powiadomienia (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notifications</source>
        <translation>Powiadomienia</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>News from %1 (%2)</source>
        <translation>Wiadomości z %1 (%2)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationsDialog</name>
    <message>
        <location filename="../app/desktop/notify/notificationsdialog.cpp" line="+27"/>
        <source>No notifications yet. New local news of your towns appear here.</source>
        <translation>Nie ma jeszcze powiadomień. Tutaj pojawią się nowe lokalne wiadomości z Twoich miast.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>Powiadomienia</translation>
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
        <translation>Pokazuj powiadomienie, gdy miasto opublikuje wiadomości w języku:</translation>
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
        <translation>Sprawdzaj wiadomości co</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::OfferForm</name>
    <message>
        <location filename="../app/desktop/pages/offerform.cpp" line="+27"/>
        <source>Continue to %1</source>
        <translation>Przejdź dalej: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PackImport</name>
    <message>
        <location filename="../app/desktop/settings/packimport.cpp" line="+28"/>
        <source>Could not open the local store: %1</source>
        <translation>Nie można otworzyć lokalnej bazy: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The content pack %1 was not imported: %2 Nothing on this computer was changed.</source>
        <translation>Pakiet treści %1 nie został zaimportowany: %2 Na tym komputerze nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported from the content pack: %1 in %2.</source>
        <translation>Zaimportowano z pakietu treści: %1 (języki: %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported, because this computer has newer content of %1 in %2. “Import anyway” replaces it with the older content of the pack.</source>
        <translation>Nie zaimportowano, ponieważ ten komputer ma nowsze treści dla %1 (języki: %2). „Importuj mimo to” zastępuje je starszymi treściami z pakietu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The content pack %1 holds no language.</source>
        <translation>Pakiet treści %1 nie zawiera żadnego języka.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PackImportPanel</name>
    <message>
        <location filename="../app/desktop/settings/packimportpanel.cpp" line="+23"/>
        <source>Import content pack…</source>
        <translation>Importuj pakiet treści…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import anyway</source>
        <translation>Importuj mimo to</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a region&apos;s content from a file made with “integreat-cli pack export” (for computers without fast internet).</source>
        <translation>Importuj treści regionu z pliku utworzonego poleceniem „integreat-cli pack export” (dla komputerów bez szybkiego internetu).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing the content pack</source>
        <translation>Importowanie pakietu treści</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Replaces this computer&apos;s newer content with the older content of the pack.</source>
        <translation>Zastępuje nowsze treści tego komputera starszymi treściami z pakietu.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import content pack</source>
        <translation>Importuj pakiet treści</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Integreat content packs (*.integreat-pack)</source>
        <translation>Pakiety treści Integreat (*.integreat-pack)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Waiting for the running update to finish…</source>
        <translation>Czekanie na zakończenie trwającej aktualizacji…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing the content pack…</source>
        <translation>Importowanie pakietu treści…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PageHtml</name>
    <message>
        <location filename="../app/desktop/pages/pagehtml.cpp" line="+108"/>
        <source>Last updated on %1</source>
        <translation>Ostatnia aktualizacja: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Published on %1</source>
        <translation>Opublikowano %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This page has no text yet.</source>
        <translation>Ta strona nie ma jeszcze tekstu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Imprint</source>
        <translation>Stopka redakcyjna</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Contact form: write to the town&apos;s team</source>
        <translation>Formularz kontaktowy: napisz do zespołu miasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online offer: opens in your browser</source>
        <translation>Oferta online: otworzy się w przeglądarce</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This page is provided by %1</source>
        <translation>Tę stronę udostępnia %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PinPad</name>
    <message>
        <location filename="../app/desktop/kiosk/pinpad.cpp" line="+22"/>
        <source>Administrator PIN</source>
        <translation>PIN administratora</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the PIN to open the administration.</source>
        <translation>Wpisz PIN, aby otworzyć administrację.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceDetailHtml</name>
    <message>
        <location filename="../app/desktop/places/placedetailhtml.cpp" line="+82"/>
        <source>%1 km away</source>
        <translation>%1 km stąd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open all day</source>
        <translation>Otwarte całą dobę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open now</source>
        <translation>Teraz otwarte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed now</source>
        <translation>Teraz zamknięte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>Tymczasowo zamknięte</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Only with an appointment</source>
        <translation>Tylko po umówieniu wizyty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with an appointment</source>
        <translation>po umówieniu wizyty</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>✓ Barrier-free</source>
        <translation>✓ Bez barier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Not barrier-free</source>
        <translation>✗ Z barierami</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Navigate (opens a map)</source>
        <translation>Nawiguj (otwiera mapę)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening hours</source>
        <translation>Godziny otwarcia</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Make an appointment</source>
        <translation>Umów wizytę</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact information</source>
        <translation>Dane kontaktowe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile</source>
        <translation>Komórka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website</source>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office hours</source>
        <translation>Godziny przyjęć</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About this place</source>
        <translation>O tym miejscu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events here</source>
        <translation>Wydarzenia w tym miejscu</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceFiltersDialog</name>
    <message>
        <location filename="../app/desktop/places/placefiltersdialog.cpp" line="+25"/>
        <source>Only places open now</source>
        <translation>Tylko miejsca teraz otwarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only barrier-free places</source>
        <translation>Tylko miejsca bez barier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter places</source>
        <translation>Filtruj miejsca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reset filters</source>
        <translation>Resetuj filtry</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Show %n place(s)</source>
        <translation>
            <numerusform>Pokaż %n miejsce</numerusform>
            <numerusform>Pokaż %n miejsca</numerusform>
            <numerusform>Pokaż %n miejsc</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceListPanel</name>
    <message>
        <location filename="../app/desktop/places/placelistpanel.cpp" line="+26"/>
        <source>Show all places</source>
        <translation>Pokaż wszystkie miejsca</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Search in places</source>
        <translation>Szukaj w miejscach</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+100"/>
        <source>Filters…</source>
        <translation>Filtry…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Places</source>
        <translation>Miejsca</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open now</source>
        <translation>Teraz otwarte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed now</source>
        <translation>Teraz zamknięte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temporarily closed</source>
        <translation>Tymczasowo zamknięte</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>open now</source>
        <translation>teraz otwarte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>barrier-free</source>
        <translation>bez barier</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Filters (%1)…</source>
        <translation>Filtry (%1)…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlacesSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/placessection.cpp" line="+31"/>
        <source>Places</source>
        <translation>Miejsca</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>This place is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Tego miejsca nie ma na tym komputerze. Mogło zostać usunięte albo jest nowsze niż ostatnia aktualizacja.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlacesView</name>
    <message>
        <location filename="../app/desktop/places/placesview.cpp" line="+65"/>
        <source>← All places</source>
        <translation>← Wszystkie miejsca</translation>
    </message>
    <message>
        <location filename="../app/desktop/places/placesviewtiles.cpp" line="+56"/>
        <source>No map of %1 to show. Map tiles need an internet connection or an offline map file (an administrator can import one with “integreat-cli import-tiles”). The places stand on a plain background; the list and the details work without it.</source>
        <translation>Brak mapy dla %1. Kafelki mapy wymagają połączenia z internetem lub pliku mapy offline (administrator może go zaimportować poleceniem „integreat-cli import-tiles”). Miejsca są pokazane na zwykłym tle; lista i szczegóły działają bez mapy.</translation>
    </message>
    <message>
        <location filename="../app/desktop/places/placesview.cpp" line="-5"/>
        <source>Places and map</source>
        <translation>Miejsca i mapa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All places</source>
        <translation>Wszystkie miejsca</translation>
    </message>
    <message numerus="yes">
        <location line="+162"/>
        <source>%n place(s) at this spot</source>
        <translation>
            <numerusform>%n miejsce w tym punkcie</numerusform>
            <numerusform>%n miejsca w tym punkcie</numerusform>
            <numerusform>%n miejsc w tym punkcie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n place(s), nearest first</source>
        <translation>
            <numerusform>%n miejsce, od najbliższego</numerusform>
            <numerusform>%n miejsca, od najbliższego</numerusform>
            <numerusform>%n miejsc, od najbliższego</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n place(s), A–Z</source>
        <translation>
            <numerusform>%n miejsce, A–Z</numerusform>
            <numerusform>%n miejsca, A–Z</numerusform>
            <numerusform>%n miejsc, A–Z</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no places for this town yet. They appear here after the next download.</source>
        <translation>Dla tego miasta nie ma jeszcze miejsc. Pojawią się tutaj po następnym pobraniu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No place matches. Change the filters or the search.</source>
        <translation>Żadne miejsce nie pasuje. Zmień filtry lub wyszukiwanie.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::QrCard</name>
    <message>
        <location filename="../app/desktop/kiosk/qrcard.cpp" line="+19"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scan the code with your phone&apos;s camera to take this with you.</source>
        <translation>Zeskanuj kod aparatem telefonu, aby zabrać to ze sobą.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Call this number</source>
        <translation>Zadzwoń pod ten numer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an e-mail</source>
        <translation>Napisz e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this on your phone</source>
        <translation>Otwórz to na telefonie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(too long for a QR code)</source>
        <translation>(za długie na kod QR)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::QrDialog</name>
    <message>
        <location filename="../app/desktop/counsel/qrdialog.cpp" line="+20"/>
        <source>QR code</source>
        <translation>Kod QR</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QR code of the link</source>
        <translation>Kod QR linku</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Scan the code to open this on your phone</source>
        <translation>Zeskanuj kod, aby otworzyć to na telefonie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the code to open “%1” on your phone</source>
        <translation>Zeskanuj kod, aby otworzyć „%1” na telefonie</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ReadAloudPanel</name>
    <message>
        <location filename="../app/desktop/counsel/readaloudpanel.cpp" line="+20"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading and close</source>
        <translation>Zatrzymaj czytanie i zamknij</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionButton</name>
    <message>
        <location filename="../app/desktop/mainwindow/regionbutton.cpp" line="+33"/>
        <source>Town</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read about another town</source>
        <translation>Czytaj o innym mieście</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change town</source>
        <translation>Zmień miasto</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Town: %1</source>
        <translation>Miasto: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Find another town…</source>
        <translation>Znajdź inne miasto…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionList</name>
    <message>
        <location filename="../app/desktop/firstrun/regionlist.cpp" line="+21"/>
        <source>Regions</source>
        <translation>Regiony</translation>
    </message>
    <message>
        <location filename="../app/desktop/firstrun/regionlistmodel.cpp" line="+58"/>
        <source>Nearby</source>
        <translation>W pobliżu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions near you</source>
        <translation>Regiony w pobliżu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Regions starting with %1</source>
        <translation>Regiony na literę %1</translation>
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
        <translation>Także dla: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionPage</name>
    <message>
        <location filename="../app/desktop/firstrun/regionpage.cpp" line="+42"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the demo town</source>
        <translation>Wypróbuj miasto demo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where do you live?</source>
        <translation>Gdzie mieszkasz?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your town or district. Its local information is then downloaded so that you can read it without internet.</source>
        <translation>Wybierz swoje miasto lub powiat. Jego informacje lokalne zostaną pobrane, aby można je było czytać bez internetu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search, e.g. Landkreis München</source>
        <translation>Szukaj, np. Landkreis München</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search for a region</source>
        <translation>Szukaj regionu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of regions found</source>
        <translation>Liczba znalezionych regionów</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the list of regions…</source>
        <translation>Ładowanie listy regionów…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the list of regions</source>
        <translation>Ładowanie listy regionów</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meanwhile you can look around in Musterstadt, a made-up demo town that comes with the app (in German, English and Arabic).</source>
        <translation>W międzyczasie możesz rozejrzeć się po Musterstadt, wymyślonym mieście demo dołączonym do aplikacji (po niemiecku, angielsku i arabsku).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No connection</source>
        <translation>Brak połączenia</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The Integreat server cannot be reached right now, so the list of regions is not available. Please check your internet connection and try again.</source>
        <translation>Serwer Integreat jest teraz niedostępny, więc lista regionów nie jest dostępna. Sprawdź połączenie z internetem i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app is in offline mode, so the list of regions cannot be loaded.</source>
        <translation>Aplikacja jest w trybie offline, więc nie można załadować listy regionów.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No town found for “%1”. Check the spelling, or try your district (Landkreis) or a town nearby: not every town takes part in Integreat yet.</source>
        <translation>Nie znaleziono miasta dla „%1”. Sprawdź pisownię albo spróbuj swojego powiatu (Landkreis) lub pobliskiego miasta: nie każde miasto uczestniczy już w Integreat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Regions: %1</source>
        <translation>Regiony: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions found: %1</source>
        <translation>Znalezione regiony: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RelativeTime</name>
    <message>
        <location filename="../app/desktop/presentation/relativetime.cpp" line="+13"/>
        <source>Not updated yet</source>
        <translation>Jeszcze nie zaktualizowano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated just now</source>
        <translation>Zaktualizowano przed chwilą</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated 1 minute ago</source>
        <translation>Zaktualizowano minutę temu</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>Zaktualizowano %n minutę temu</numerusform>
            <numerusform>Zaktualizowano %n minuty temu</numerusform>
            <numerusform>Zaktualizowano %n minut temu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated 1 hour ago</source>
        <translation>Zaktualizowano godzinę temu</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>Zaktualizowano %n godzinę temu</numerusform>
            <numerusform>Zaktualizowano %n godziny temu</numerusform>
            <numerusform>Zaktualizowano %n godzin temu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated yesterday</source>
        <translation>Zaktualizowano wczoraj</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Updated %n days ago</source>
        <translation>
            <numerusform>Zaktualizowano %n dzień temu</numerusform>
            <numerusform>Zaktualizowano %n dni temu</numerusform>
            <numerusform>Zaktualizowano %n dni temu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated on %1</source>
        <translation>Zaktualizowano %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SearchView</name>
    <message>
        <location filename="../app/desktop/search/searchview.cpp" line="+61"/>
        <source>Search results</source>
        <translation>Wyniki wyszukiwania</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Search: “%1”</source>
        <translation>Szukaj: „%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching…</source>
        <translation>Wyszukiwanie…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Page</source>
        <translation>Strona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>News</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Only in %1</source>
        <translation>Tylko w %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text excerpt in %1</source>
        <translation>Fragment tekstu w %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The search did not work: %1</source>
        <translation>Wyszukiwanie nie zadziałało: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing found for “%1”.
Try other or fewer words.</source>
        <translation>Nic nie znaleziono dla „%1”.
Spróbuj innych lub mniej słów.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found in %1 or in German for “%2”.
Try other or fewer words, or a German word you know from a letter.</source>
        <translation>Nic nie znaleziono w %1 ani po niemiecku dla „%2”.
Spróbuj innych lub mniej słów albo niemieckiego słowa, które znasz z listu.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n or more results</source>
        <translation>
            <numerusform>%n lub więcej wyników</numerusform>
            <numerusform>%n lub więcej wyników</numerusform>
            <numerusform>%n lub więcej wyników</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 result</source>
        <translation>1 wynik</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n wynik</numerusform>
            <numerusform>%n wyniki</numerusform>
            <numerusform>%n wyników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n or more results in %1 and German</source>
        <translation>
            <numerusform>%n lub więcej wyników w %1 i po niemiecku</numerusform>
            <numerusform>%n lub więcej wyników w %1 i po niemiecku</numerusform>
            <numerusform>%n lub więcej wyników w %1 i po niemiecku</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 result in %1 and German</source>
        <translation>1 wynik w %1 i po niemiecku</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n results in %1 and German</source>
        <translation>
            <numerusform>%n wynik w %1 i po niemiecku</numerusform>
            <numerusform>%n wyniki w %1 i po niemiecku</numerusform>
            <numerusform>%n wyników w %1 i po niemiecku</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results for “%1”</source>
        <translation>Wyniki dla „%1”</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SectionBar</name>
    <message>
        <location filename="../app/desktop/mainwindow/sectionbar.cpp" line="+47"/>
        <source>Sections</source>
        <translation>Sekcje</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SectionShell</name>
    <message>
        <location filename="../app/desktop/mainwindow/sectionshell.cpp" line="+15"/>
        <source>What the section chosen in the section tabs shows</source>
        <translation>Co pokazuje sekcja wybrana na kartach sekcji</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SettingsDialog</name>
    <message>
        <location filename="../app/desktop/settings/settingsdialog.cpp" line="+47"/>
        <source>High contrast</source>
        <translation>Wysoki kontrast</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+20"/>
        <source>Language of the app</source>
        <translation>Język aplikacji</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Like the system (%1)</source>
        <translation>Jak w systemie (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Menus and messages use this language from the next start. The language of the content is chosen above each page.</source>
        <translation>Menu i komunikaty będą w tym języku od następnego uruchomienia. Język treści wybiera się nad każdą stroną.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+20"/>
        <source>Text size</source>
        <translation>Rozmiar tekstu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading</source>
        <translation>Czytanie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>Powiadomienia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> h</source>
        <translation> godz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Update saved towns every</source>
        <translation>Aktualizuj zapisane miasta co</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer is shared (counseling): show End session in the window</source>
        <translation>Ten komputer jest współdzielony (doradztwo): pokazuj w oknie „Zakończ sesję”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shared computer</source>
        <translation>Komputer współdzielony</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved content</source>
        <translation>Zapisane treści</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>End the session automatically when not in use</source>
        <translation>Automatycznie kończ sesję, gdy komputer nie jest używany</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>minutes without use</source>
        <translation>min bez użycia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes without use before the session ends</source>
        <translation>Minuty bez użycia przed zakończeniem sesji</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before it ends, a countdown asks whether someone is still there; any key or mouse movement keeps the session. On a shared computer the app also keeps no language, town, news read or folder of a client.</source>
        <translation>Przed zakończeniem odliczanie pyta, czy ktoś jeszcze jest przy komputerze; dowolny klawisz lub ruch myszy podtrzymuje sesję. Na współdzielonym komputerze aplikacja nie zapamiętuje też języka, miasta, przeczytanych wiadomości ani folderu klienta.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SideBySidePane</name>
    <message>
        <location filename="../app/desktop/counsel/sidebysidepane.cpp" line="+43"/>
        <source>Second language</source>
        <translation>Drugi język</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Swap sides</source>
        <translation>Zamień strony</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>%1 (not downloaded)</source>
        <translation>%1 (nie pobrano)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not saved on this computer yet. Download it to show this beside the page (this needs the internet).</source>
        <translation>Język %1 nie jest jeszcze zapisany na tym komputerze. Pobierz go, aby wyświetlić obok strony (potrzebny jest internet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download %1</source>
        <translation>Pobierz %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Downloading %1…</source>
        <translation>Pobieranie języka %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading %1: %2</source>
        <translation>Pobieranie języka %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be downloaded: %2</source>
        <translation>Nie udało się pobrać języka %1: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open a page, an event, a place or a news item to see it here in a second language.</source>
        <translation>Otwórz stronę, wydarzenie, miejsce lub wiadomość, aby zobaczyć je tutaj w drugim języku.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“Print this week&apos;s events…” in the menu prints them in both languages.</source>
        <translation>„Drukuj wydarzenia z tego tygodnia…” w menu drukuje je w obu językach.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only one language of this town is saved: choose a second language above to download it.</source>
        <translation>Dla tego miasta zapisano tylko jeden język: wybierz powyżej drugi język, aby go pobrać.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Side by side shows pages, events, places and news items; this is not one of them.</source>
        <translation>„Obok siebie” pokazuje strony, wydarzenia, miejsca i wiadomości; to nie jest żadne z nich.</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>Second language:</source>
        <translation>Drugi język:</translation>
    </message>
    <message>
        <location line="+327"/>
        <source>This does not exist in %1. It exists in: %2.</source>
        <translation>Tego nie ma w języku: %1. Jest w językach: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other language</source>
        <translation>brak innego języka</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SingleInstance</name>
    <message>
        <location filename="../app/desktop/shell/singleinstance.cpp" line="+141"/>
        <source>The running Integreat did not answer in time; it opens the link when it can.</source>
        <translation>Uruchomiony Integreat nie odpowiedział na czas; otworzy link, gdy będzie mógł.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The running Integreat did not accept the link.</source>
        <translation>Uruchomiony Integreat nie przyjął linku.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot watch for a second start of Integreat: %1</source>
        <translation>Nie można wykrywać ponownego uruchomienia Integreat: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StartScreen</name>
    <message>
        <location filename="../app/desktop/kiosk/startscreen.cpp" line="+42"/>
        <source>Other town</source>
        <translation>Inne miasto</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoragePanel</name>
    <message>
        <location filename="../app/desktop/settings/storagepanel.cpp" line="+37"/>
        <source>Delete saved content?</source>
        <translation>Usunąć zapisane treści?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete everything saved about %1 from this computer? You can download it again later.</source>
        <translation>Usunąć z tego komputera wszystko, co zapisano o %1? Można to później pobrać ponownie.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Data folder</source>
        <translation>Folder danych</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved in: %1</source>
        <translation>Zapisano w: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting…</source>
        <translation>Liczenie…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Space used: %1</source>
        <translation>Zajęte miejsce: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 language</source>
        <translation>1 język</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n languages</source>
        <translation>
            <numerusform>%n język</numerusform>
            <numerusform>%n języki</numerusform>
            <numerusform>%n języków</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved content of %1</source>
        <translation>Usuń zapisane treści %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline map…</source>
        <translation>Mapa offline…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offline map is imported; choose a file to replace it.</source>
        <translation>Mapa offline jest zaimportowana; wybierz plik, aby ją zastąpić.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an offline map (.mbtiles) for the places.</source>
        <translation>Importuj mapę offline (.mbtiles) dla miejsc.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Offline map</source>
        <translation>Mapa offline</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>MBTiles maps (*.mbtiles)</source>
        <translation>Mapy MBTiles (*.mbtiles)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No town is saved on this computer.</source>
        <translation>Na tym komputerze nie zapisano żadnego miasta.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not delete</source>
        <translation>Nie można usunąć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved content could not be deleted: %1</source>
        <translation>Nie można usunąć zapisanych treści: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoreGuard</name>
    <message>
        <location filename="../app/desktop/common/storeguard.cpp" line="+33"/>
        <source>The saved content could not be read: %1</source>
        <translation>Nie można odczytać zapisanych treści: %1</translation>
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
        <translation>nie można utworzyć folderu %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved content cannot be opened: %1 (%2)</source>
        <translation>Nie można otworzyć zapisanych treści: %1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The damaged file could not be moved aside: %1</source>
        <translation>Nie można przenieść uszkodzonego pliku na bok: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The saved content cannot be opened: %1</source>
        <translation>Nie można otworzyć zapisanych treści: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Downloading %1 again …</source>
        <translation>Ponowne pobieranie %1 …</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncController</name>
    <message>
        <location filename="../app/desktop/sync/synccontroller.cpp" line="+48"/>
        <source>Offline mode: no network is used.</source>
        <translation>Tryb offline: sieć nie jest używana.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncPage</name>
    <message>
        <location filename="../app/desktop/firstrun/syncpage.cpp" line="+55"/>
        <source>Downloading the local information</source>
        <translation>Pobieranie informacji lokalnych</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download progress</source>
        <translation>Postęp pobierania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download status</source>
        <translation>Stan pobierania</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 – this takes a moment. You can cancel at any time; what is already on this computer stays as it was.</source>
        <translation>%1 – to chwilę potrwa. Możesz anulować w każdej chwili; to, co już jest na tym komputerze, pozostanie bez zmian.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 of %2 – %3: %4</source>
        <translation>%1 z %2 – %3: %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Downloading images and documents: %1 of %2</source>
        <translation>Pobieranie obrazów i dokumentów: %1 z %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No answer for this language.</source>
        <translation>Brak odpowiedzi dla tego języka.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing could be downloaded.</source>
        <translation>Nie udało się nic pobrać.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some languages could not be downloaded. You can retry them or continue with what is there.</source>
        <translation>Niektórych języków nie udało się pobrać. Możesz spróbować ponownie lub kontynuować z tym, co jest.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done.</source>
        <translation>Gotowe.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncPresenter</name>
    <message>
        <location filename="../app/desktop/mainwindow/syncpresenter.cpp" line="+46"/>
        <source>This is a demo town with example content: there is nothing to update. Choose your own town with “Change” to get its content.</source>
        <translation>To jest miasto demo z przykładowymi treściami: nie ma czego aktualizować. Wybierz swoje miasto przyciskiem „Zmień”, aby pobrać jego treści.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An update is running. Please try again when it is done.</source>
        <translation>Trwa aktualizacja. Spróbuj ponownie, gdy się zakończy.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Updating…</source>
        <translation>Aktualizowanie…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 z %4)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The language could not be downloaded: %1</source>
        <translation>Nie udało się pobrać języka: %1</translation>
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
        <translation>Stan aktualizacji</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>Zaktualizowano %n minutę temu</numerusform>
            <numerusform>Zaktualizowano %n minuty temu</numerusform>
            <numerusform>Zaktualizowano %n minut temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>Zaktualizowano %n godzinę temu</numerusform>
            <numerusform>Zaktualizowano %n godziny temu</numerusform>
            <numerusform>Zaktualizowano %n godzin temu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated yesterday</source>
        <translation>Zaktualizowano wczoraj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not updated yet</source>
        <translation>Jeszcze nie zaktualizowano</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+106"/>
        <source>Update failed</source>
        <translation>Aktualizacja nie powiodła się</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+102"/>
        <source>Updating…</source>
        <translation>Aktualizowanie…</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+99"/>
        <source>Example content</source>
        <translation>Przykładowe treści</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+103"/>
        <source>Updating elsewhere</source>
        <translation>Aktualizacja w innym programie</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+121"/>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+121"/>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Another update is running.</source>
        <translation>Trwa inna aktualizacja.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Another program is updating the content on this computer. Try Sync now again when it is done.</source>
        <translation>Inny program aktualizuje treści na tym komputerze. Gdy skończy, ponownie użyj „Synchronizuj teraz”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a demo town with example content. It is not updated from a server; choose your town to get its real content.</source>
        <translation>To jest miasto demo z przykładowymi treściami. Nie jest aktualizowane z serwera; wybierz swoje miasto, aby otrzymać jego prawdziwe treści.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop the update; the saved content stays as it is</source>
        <translation>Zatrzymaj aktualizację; zapisane treści pozostaną bez zmian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the latest content (F5)</source>
        <translation>Pobierz najnowsze treści (F5)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncWorker</name>
    <message>
        <location filename="../app/desktop/sync/syncworker.cpp" line="+44"/>
        <source>Could not create the data folder %1.</source>
        <translation>Nie można utworzyć folderu danych %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not open the local store: %1</source>
        <translation>Nie można otworzyć lokalnej bazy: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
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
        <translation>Dla tego języka nie ma jeszcze klawiatury ekranowej: pisz literami łacińskimi.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other letters: %1</source>
        <translation>Inne litery: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Space</source>
        <translation>Spacja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide the keyboard</source>
        <translation>Ukryj klawiaturę</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackOutbox</name>
    <message>
        <location filename="../core/feedback/feedbackoutbox.cpp" line="+33"/>
        <source>Sending your feedback…</source>
        <translation>Wysyłanie opinii…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your feedback will be sent when this computer is online.</source>
        <translation>Twoja opinia zostanie wysłana, gdy ten komputer będzie online.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your feedback will be sent when this computer is online, if the app stays open: on a shared computer it is not saved.</source>
        <translation>Twoja opinia zostanie wysłana, gdy ten komputer będzie online, jeśli aplikacja pozostanie otwarta: na współdzielonym komputerze nie jest zapisywana.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your feedback could not be sent.</source>
        <translation>Nie udało się wysłać opinii.</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackResult</name>
    <message>
        <location filename="../core/feedback/feedbacksender.cpp" line="+24"/>
        <source>Thank you! Your feedback was sent to the town&apos;s editors.</source>
        <translation>Dziękujemy! Twoja opinia została wysłana do redakcji miasta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline: your feedback was not sent.</source>
        <translation>Jesteś offline: opinia nie została wysłana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Integreat server has a problem (error %1): your feedback was not sent.</source>
        <translation>Serwer Integreat ma problem (błąd %1): opinia nie została wysłana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too much feedback was sent from here in a short time: your feedback was not sent yet.</source>
        <translation>Z tego miejsca wysłano zbyt wiele opinii w krótkim czasie: Twoja opinia nie została jeszcze wysłana.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Integreat server did not accept this feedback (error %1).</source>
        <translation>Serwer Integreat nie przyjął tej opinii (błąd %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Integreat server did not accept this feedback (error %1): %2</source>
        <translation>Serwer Integreat nie przyjął tej opinii (błąd %1): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your feedback could not be sent: %1</source>
        <translation>Nie udało się wysłać opinii: %1</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackSender</name>
    <message>
        <location line="+16"/>
        <source>a thumb or a comment is needed</source>
        <translation>potrzebna jest ocena lub komentarz</translation>
    </message>
</context>
<context>
    <name>integreat::geo</name>
    <message>
        <location filename="../core/geo/tileimport.cpp" line="+23"/>
        <source>%1 is not a region code.</source>
        <translation>%1 nie jest kodem regionu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the folder for offline maps in %1.</source>
        <translation>Nie można utworzyć folderu na mapy offline w %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot copy %1 into the data folder.</source>
        <translation>Nie można skopiować %1 do folderu danych.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot replace the offline map %1.</source>
        <translation>Nie można zastąpić mapy offline %1.</translation>
    </message>
</context>
<context>
    <name>integreat::geo::MbtilesSource</name>
    <message>
        <location filename="../core/geo/mbtilessource.cpp" line="+55"/>
        <source>The map file %1 does not exist.</source>
        <translation>Plik mapy %1 nie istnieje.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not an MBTiles map file (not an SQLite database).</source>
        <translation>%1 nie jest plikiem mapy MBTiles (nie jest bazą danych SQLite).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an MBTiles map file (it has no tiles or metadata table).</source>
        <translation>%1 nie jest plikiem mapy MBTiles (nie ma tabeli tiles ani metadata).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not an MBTiles map file (its tiles table lacks the MBTiles columns).</source>
        <translation>%1 nie jest plikiem mapy MBTiles (jego tabeli tiles brakuje kolumn MBTiles).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds vector tiles (pbf); only raster maps (PNG, JPEG) can be shown.</source>
        <translation>%1 zawiera kafelki wektorowe (pbf); można pokazywać tylko mapy rastrowe (PNG, JPEG).</translation>
    </message>
</context>
<context>
    <name>integreat::geo::OnlineTileSource</name>
    <message>
        <location filename="../core/geo/onlinetilesource.cpp" line="+182"/>
        <source>The tile server gave an unexpected answer (HTTP %1).</source>
        <translation>Serwer kafelków dał nieoczekiwaną odpowiedź (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>integreat::kiosk::KioskConfig</name>
    <message>
        <location filename="../core/kiosk/kioskconfig.cpp" line="+18"/>
        <source>“%1” is not a region slug (like augsburg).</source>
        <translation>„%1” nie jest slugiem regionu (np. augsburg).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a language code (like de or ar).</source>
        <translation>„%1” nie jest kodem języka (np. de lub ar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The start language %1 is not among the languages %2.</source>
        <translation>Język startowy %1 nie należy do języków %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The idle time must be from %1 to %2 seconds.</source>
        <translation>Czas bezczynności musi wynosić od %1 do %2 sekund.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The countdown must be from 1 to %1 seconds.</source>
        <translation>Odliczanie musi trwać od 1 do %1 sekund.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one section must be shown.</source>
        <translation>Musi być pokazana co najmniej jedna sekcja.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown section “%1” (known: %2).</source>
        <translation>Nieznana sekcja „%1” (znane: %2).</translation>
    </message>
</context>
<context>
    <name>integreat::kiosk::KioskConfigFile</name>
    <message>
        <location filename="../core/kiosk/kioskconfigfile.cpp" line="+77"/>
        <source>line %1: expected “key = value”</source>
        <translation>wiersz %1: oczekiwano „klucz = wartość”</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>line %1: unknown setting “%2”</source>
        <translation>wiersz %1: nieznane ustawienie „%2”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: “%2” is not a valid value for %3</source>
        <translation>wiersz %1: „%2” nie jest prawidłową wartością dla %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no [kiosk] section</source>
        <translation>brak sekcji [kiosk]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The kiosk configuration %1 does not exist; the kiosk runs locked with default settings and no PIN (run integreat-cli kiosk setup).</source>
        <translation>Konfiguracja kiosku %1 nie istnieje; kiosk działa zablokowany z ustawieniami domyślnymi i bez PIN-u (uruchom integreat-cli kiosk setup).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The kiosk configuration %1 cannot be read (%2); the kiosk runs locked with default settings and no PIN.</source>
        <translation>Nie można odczytać konfiguracji kiosku %1 (%2); kiosk działa zablokowany z ustawieniami domyślnymi i bez PIN-u.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The kiosk configuration %1 is broken (%2); the kiosk runs locked with default settings and no PIN.</source>
        <translation>Konfiguracja kiosku %1 jest uszkodzona (%2); kiosk działa zablokowany z ustawieniami domyślnymi i bez PIN-u.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the folder of %1.</source>
        <translation>Nie można utworzyć folderu dla %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>integreat::net::Fetcher</name>
    <message numerus="yes">
        <location filename="../core/net/fetcher.cpp" line="+63"/>
        <source>The server is busy and asks to try again in %n minute(s).</source>
        <translation>
            <numerusform>Serwer jest zajęty i prosi o ponowną próbę za %n minutę.</numerusform>
            <numerusform>Serwer jest zajęty i prosi o ponowną próbę za %n minuty.</numerusform>
            <numerusform>Serwer jest zajęty i prosi o ponowną próbę za %n minut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
</context>
<context>
    <name>integreat::net::Proxy</name>
    <message>
        <location filename="../core/net/proxy.cpp" line="+41"/>
        <source>The proxy “%1” is not usable: give http://HOST:PORT, socks5://HOST:PORT or none.</source>
        <translation>Nie można użyć proxy „%1”: podaj http://HOST:PORT, socks5://HOST:PORT lub none.</translation>
    </message>
</context>
<context>
    <name>integreat::net::Transfer</name>
    <message>
        <location filename="../core/net/transfer.cpp" line="+79"/>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+27"/>
        <source>The download is larger than %1 MB; it was stopped.</source>
        <translation>Pobierany plik jest większy niż %1 MB; pobieranie zostało zatrzymane.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server sent the request on to %1, which is not allowed.</source>
        <translation>Serwer przekierował żądanie do %1, co jest niedozwolone.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <location line="+111"/>
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Serwer nie odpowiedział w ciągu %n sekundy.</numerusform>
            <numerusform>Serwer nie odpowiedział w ciągu %n sekund.</numerusform>
            <numerusform>Serwer nie odpowiedział w ciągu %n sekund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-99"/>
        <source>The server sent only %1 bytes in %n second(s), less than %2 bytes a second; the download was stopped.</source>
        <translation>
            <numerusform>Serwer wysłał tylko %1 bajtów w ciągu %n sekundy, mniej niż %2 bajtów na sekundę; pobieranie zostało zatrzymane.</numerusform>
            <numerusform>Serwer wysłał tylko %1 bajtów w ciągu %n sekund, mniej niż %2 bajtów na sekundę; pobieranie zostało zatrzymane.</numerusform>
            <numerusform>Serwer wysłał tylko %1 bajtów w ciągu %n sekund, mniej niż %2 bajtów na sekundę; pobieranie zostało zatrzymane.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not found on the server (HTTP 404).</source>
        <translation>Nie znaleziono na serwerze (HTTP 404).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>Serwer odpowiedział błędem (HTTP %1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+20"/>
        <source>The connection was closed before the download was complete.</source>
        <translation>Połączenie zostało zamknięte przed zakończeniem pobierania.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The server sent compressed data that cannot be unpacked safely (damaged, or far larger unpacked than sent); the download was stopped.</source>
        <translation>Serwer wysłał skompresowane dane, których nie można bezpiecznie rozpakować (uszkodzone lub po rozpakowaniu znacznie większe niż wysłane); pobieranie zostało zatrzymane.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server %1 was not found; check the address and the internet connection.</source>
        <translation>Nie znaleziono serwera %1; sprawdź adres i połączenie z internetem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 refused the connection.</source>
        <translation>Serwer %1 odrzucił połączenie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure connection to %1 could not be established: %2</source>
        <translation>Nie można nawiązać bezpiecznego połączenia z %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy could not be reached: %1</source>
        <translation>Nie można połączyć się z proxy: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy asks for a user name and password.</source>
        <translation>Proxy wymaga nazwy użytkownika i hasła.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request on too many times.</source>
        <translation>Serwer przekierował żądanie zbyt wiele razy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request on from https to http, which is not allowed.</source>
        <translation>Serwer przekierował żądanie z https na http, co jest niedozwolone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no network connection.</source>
        <translation>Brak połączenia z siecią.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network error (code %1).</source>
        <translation>Błąd sieci (kod %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error: %1</source>
        <translation>Błąd sieci: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack</name>
    <message>
        <location filename="../core/pack/packexporter.cpp" line="+51"/>
        <source>Could not read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location filename="../core/pack/packinstaller.cpp" line="+41"/>
        <source>Could not write %1.</source>
        <translation>Nie można zapisać %1.</translation>
    </message>
    <message>
        <location filename="../core/pack/packmanifest.cpp" line="+92"/>
        <location filename="../core/pack/packreader.cpp" line="+46"/>
        <source>This is not an Integreat content pack (its manifest is missing or damaged).</source>
        <translation>To nie jest pakiet treści Integreat (brak jego manifestu lub manifest jest uszkodzony).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This content pack was made by a newer version of Integreat (pack format %1; this version reads up to %2). Update Integreat to import it.</source>
        <translation>Ten pakiet treści został utworzony w nowszej wersji Integreat (format pakietu %1; ta wersja odczytuje do %2). Zaktualizuj Integreat, aby go zaimportować.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack&apos;s manifest is incomplete or damaged (%1).</source>
        <translation>Manifest pakietu jest niekompletny lub uszkodzony (%1).</translation>
    </message>
    <message>
        <location filename="../core/pack/tarwriter.cpp" line="+53"/>
        <source>Cannot store “%1” in a pack.</source>
        <translation>Nie można zapisać „%1” w pakiecie.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 changed while it was read.</source>
        <translation>%1 zmienił się podczas odczytu.</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackExporter</name>
    <message>
        <location filename="../core/pack/packexporter.cpp" line="+49"/>
        <source>The region %1 is not in the local store; sync it first.</source>
        <translation>Regionu %1 nie ma w lokalnej bazie; najpierw go zsynchronizuj.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has not been synced in %2 yet; sync it first.</source>
        <translation>Język %1 w regionie %2 nie został jeszcze zsynchronizowany; najpierw go zsynchronizuj.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+11"/>
        <source>Could not write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the local store: %1</source>
        <translation>Nie można odczytać lokalnej bazy: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackInstaller</name>
    <message>
        <location filename="../core/pack/packinstaller.cpp" line="+37"/>
        <source>Could not open %1: %2</source>
        <translation>Nie można otworzyć %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not unpack the pack into %1: %2</source>
        <translation>Nie można rozpakować pakietu do %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pack is damaged: its offline map cannot be read (%1).</source>
        <translation>Pakiet jest uszkodzony: nie można odczytać jego mapy offline (%1).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not save the content pack: %1</source>
        <translation>Nie można zapisać pakietu treści: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackReader</name>
    <message>
        <location filename="../core/pack/packreader.cpp" line="+57"/>
        <source>The pack is damaged: it holds %1, which its manifest does not list.</source>
        <translation>Pakiet jest uszkodzony: zawiera %1, czego nie wymienia jego manifest.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pack is damaged: %1 does not have the size its manifest gives.</source>
        <translation>Pakiet jest uszkodzony: %1 nie ma rozmiaru podanego w manifeście.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pack is damaged: %1 is too large.</source>
        <translation>Pakiet jest uszkodzony: %1 jest za duży.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>Could not unpack the pack into %1: %2</source>
        <translation>Nie można rozpakować pakietu do %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack is damaged: %1 does not match its checksum.</source>
        <translation>Pakiet jest uszkodzony: %1 nie zgadza się ze swoją sumą kontrolną.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The pack is incomplete: %1 is missing.</source>
        <translation>Pakiet jest niekompletny: brakuje %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pack is damaged: %1 is not valid (%2).</source>
        <translation>Pakiet jest uszkodzony: %1 jest nieprawidłowy (%2).</translation>
    </message>
</context>
<context>
    <name>integreat::pack::TarReader</name>
    <message>
        <location filename="../core/pack/tarreader.cpp" line="+86"/>
        <location line="+38"/>
        <location line="+10"/>
        <source>The pack ends early (it was cut short while copying?).</source>
        <translation>Pakiet kończy się przedwcześnie (może kopiowanie zostało przerwane?).</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The pack is damaged: an empty block inside it.</source>
        <translation>Pakiet jest uszkodzony: w środku jest pusty blok.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pack is damaged: a part&apos;s header is not valid.</source>
        <translation>Pakiet jest uszkodzony: nagłówek jednej z części jest nieprawidłowy.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pack is damaged: it holds something other than files.</source>
        <translation>Pakiet jest uszkodzony: zawiera coś innego niż pliki.</translation>
    </message>
</context>
<context>
    <name>integreat::print::Handout</name>
    <message>
        <location filename="../app/desktop/print/handout.cpp" line="+79"/>
        <source>Printed on %1</source>
        <translation>Wydrukowano %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last updated on %1</source>
        <translation>Ostatnia aktualizacja: %1</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot write %1: the file could not be created</source>
        <translation>Nie można zapisać %1: nie udało się utworzyć pliku</translation>
    </message>
</context>
<context>
    <name>integreat::print::HandoutHtml</name>
    <message>
        <location filename="../app/desktop/print/handouthtml.cpp" line="+112"/>
        <location line="+6"/>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open all day</source>
        <translation>Otwarte całą dobę</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only with an appointment</source>
        <translation>tylko po umówieniu wizyty</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>today</source>
        <translation>dzisiaj</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Komórka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>Tymczasowo zamknięte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>Godziny otwarcia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appointments</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About</source>
        <translation>Informacje</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Gdzie</translation>
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
        <translation>%1 nie ma w lokalnej bazie dla %2 (%3).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This item does not exist in “%1”. It exists in: %2.</source>
        <translation>Ten element nie istnieje w „%1”. Istnieje w: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other language</source>
        <translation>brak innego języka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The “%1” version of this item is not stored; sync that language first.</source>
        <translation>Wersja „%1” tego elementu nie jest zapisana; najpierw zsynchronizuj ten język.</translation>
    </message>
</context>
<context>
    <name>integreat::print::PrintActions</name>
    <message>
        <location filename="../app/desktop/print/printactions.cpp" line="+23"/>
        <location line="+46"/>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+46"/>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Print next week&apos;s events…</source>
        <translation>Drukuj wydarzenia z przyszłego tygodnia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save next week&apos;s events as PDF…</source>
        <translation>Zapisz wydarzenia z przyszłego tygodnia jako PDF…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Print this week&apos;s events…</source>
        <translation>Drukuj wydarzenia z tego tygodnia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this week&apos;s events as PDF…</source>
        <translation>Zapisz wydarzenia z tego tygodnia jako PDF…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the local store: %1</source>
        <translation>Nie można odczytać lokalnej bazy: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot print</source>
        <translation>Nie można drukować</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The printer could not be used.</source>
        <translation>Nie można użyć drukarki.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>integreat::print::WeekHtml</name>
    <message>
        <location filename="../app/desktop/print/weekhtml.cpp" line="+39"/>
        <source>Events of the week</source>
        <translation>Wydarzenia tygodnia</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No events on this day.</source>
        <translation>Brak wydarzeń tego dnia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This event is not translated.</source>
        <translation>To wydarzenie nie jest przetłumaczone.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All day</source>
        <translation>Cały dzień</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>irregular dates: check with the organizer</source>
        <translation>nieregularne terminy: sprawdź u organizatora</translation>
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
        <translation>Brak zapisanych wydarzeń %1 w „%2”: nie ma czego drukować.</translation>
    </message>
</context>
<context>
    <name>integreat::session::SessionWiper</name>
    <message>
        <location filename="../app/desktop/session/sessionwiper.cpp" line="+46"/>
        <source>The file dialogs&apos; history could not be cleared (%1).</source>
        <translation>Nie można wyczyścić historii okien wyboru plików (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not delete %1.</source>
        <translation>Nie można usunąć %1.</translation>
    </message>
</context>
<context>
    <name>integreat::speech::QtSpeechEngine</name>
    <message>
        <location filename="../app/desktop/speech/qtspeechengine.cpp" line="+27"/>
        <source>The speech service failed.</source>
        <translation>Usługa mowy nie zadziałała.</translation>
    </message>
</context>
<context>
    <name>integreat::speech::ReadAloud</name>
    <message>
        <location filename="../app/desktop/speech/readaloud.cpp" line="+43"/>
        <source>No voice for %1 on this computer</source>
        <translation>Brak głosu dla %1 na tym komputerze</translation>
    </message>
</context>
<context>
    <name>integreat::speech::ReadAloudBar</name>
    <message>
        <location filename="../app/desktop/speech/readaloudbar.cpp" line="+21"/>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Szybkość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slow</source>
        <translation>Wolno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal speed</source>
        <translation>Normalna szybkość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast</source>
        <translation>Szybko</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pause</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read aloud</source>
        <translation>Czytaj na głos</translation>
    </message>
</context>
<context>
    <name>integreat::store::StoreRescue</name>
    <message>
        <location filename="../core/store/storerescue.cpp" line="+36"/>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 to folder, a nie plik bazy danych</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the integrity check found: %1</source>
        <translation>sprawdzenie integralności wykazało: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not move %1 to %2.</source>
        <translation>Nie można przenieść %1 do %2.</translation>
    </message>
</context>
<context>
    <name>integreat::sync::LanguageFetcher</name>
    <message>
        <location filename="../core/sync/languagefetcher.cpp" line="+89"/>
        <source>region list</source>
        <translation>lista regionów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pages</source>
        <translation>strony</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>events</source>
        <translation>wydarzenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>places</source>
        <translation>miejsca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>place categories</source>
        <translation>kategorie miejsc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imprint</source>
        <translation>stopka redakcyjna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>news</source>
        <translation>wiadomości</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+22"/>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+115"/>
        <source>Could not download the %1: %2</source>
        <translation>Nie można pobrać (%1): %2</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>The server sent damaged data for the %1 (%2 at byte %3).</source>
        <translation>Serwer wysłał uszkodzone dane (%1): %2 w bajcie %3.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>news: not offered by the server; the stored news are kept</source>
        <translation>wiadomości: serwer ich nie oferuje; zapisane wiadomości zostają zachowane</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <location line="+52"/>
        <location line="+60"/>
        <source>The %1 could not be read: %2</source>
        <translation>Nie można odczytać (%1): %2</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The language “%1” is not available in this region (HTTP 404).</source>
        <translation>Język „%1” nie jest dostępny w tym regionie (HTTP 404).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found on the server (HTTP 404).</source>
        <translation>Nie znaleziono na serwerze (HTTP 404).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>imprint: not offered by the server</source>
        <translation>stopka redakcyjna: serwer jej nie oferuje</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ListCheck</name>
    <message>
        <location filename="../core/sync/listcheck.cpp" line="+29"/>
        <source>The server sent %1 items for the %2, more than the %3 this app accepts; the stored %2 are kept.</source>
        <translation>Serwer wysłał %1 elementów (%2), więcej niż %3, które akceptuje ta aplikacja; zapisane dane (%2) zostają zachowane.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No item of the %1 could be read (%2 received; first problem: %3); the stored %1 are kept.</source>
        <translation>Nie można odczytać żadnego elementu (%1) (otrzymano: %2; pierwszy problem: %3); zapisane dane (%1) zostają zachowane.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of the %2 items of the %3 could not be read (%4); the stored %3 are kept.</source>
        <translation>Nie można odczytać %1 z %2 elementów (%3) (%4); zapisane dane (%3) zostają zachowane.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Item %1 of the %2 holds %3 characters of text, more than the %4 this app accepts; the stored %2 are kept.</source>
        <translation>Element %1 (%2) zawiera %3 znaków tekstu, więcej niż %4, które akceptuje ta aplikacja; zapisane dane (%2) zostają zachowane.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server&apos;s list of pages for “%1” would remove %2 of the %3 stored pages; the stored pages are kept. Confirm the removal to apply it.</source>
        <translation>Lista stron z serwera dla „%1” usunęłaby %2 z %3 zapisanych stron; zapisane strony zostają zachowane. Potwierdź usunięcie, aby je zastosować.</translation>
    </message>
</context>
<context>
    <name>integreat::sync::NewsWatcher</name>
    <message>
        <location filename="../core/sync/newswatcher.cpp" line="+38"/>
        <source>The news list could not be read: %1</source>
        <translation>Nie można odczytać listy wiadomości: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::PackImporter</name>
    <message>
        <location filename="../core/sync/packimporter.cpp" line="+43"/>
        <source>The content pack is incomplete: %1 is missing.</source>
        <translation>Pakiet treści jest niekompletny: brakuje %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>The content pack is damaged: %1 (%2).</source>
        <translation>Pakiet treści jest uszkodzony: %1 (%2).</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The content pack names no region it contains.</source>
        <translation>Pakiet treści nie podaje żadnego regionu, który zawiera.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The content pack has none of the languages %1.</source>
        <translation>Pakiet treści nie zawiera żadnego z języków %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save the content pack: %1</source>
        <translation>Nie można zapisać pakietu treści: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::PageTree</name>
    <message>
        <location filename="../core/sync/pagetree.cpp" line="+33"/>
        <source>page %1: its parent %2 is not in the list; shown at the top level</source>
        <translation>strona %1: jej strona nadrzędna %2 nie występuje na liście; pokazana na najwyższym poziomie</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>page %1: its parents lead back to itself; shown at the top level</source>
        <translation>strona %1: jej strony nadrzędne prowadzą z powrotem do niej samej; pokazana na najwyższym poziomie</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ResourceDownloader</name>
    <message>
        <location filename="../core/sync/resourcedownloader.cpp" line="+69"/>
        <source>Could not write the file: %1</source>
        <translation>Nie można zapisać pliku: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The server sent a web page instead of the file.</source>
        <translation>Serwer wysłał stronę internetową zamiast pliku.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The server is busy (HTTP %1); the other files will be tried on the next sync.</source>
        <translation>Serwer jest zajęty (HTTP %1); pozostałe pliki zostaną pobrane przy następnej synchronizacji.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Stopped after %n failed downloads in a row; the other files will be tried on the next sync.</source>
        <translation>
            <numerusform>Zatrzymano po %n nieudanym pobieraniu z rzędu; pozostałe pliki zostaną pobrane przy następnej synchronizacji.</numerusform>
            <numerusform>Zatrzymano po %n nieudanych pobieraniach z rzędu; pozostałe pliki zostaną pobrane przy następnej synchronizacji.</numerusform>
            <numerusform>Zatrzymano po %n nieudanych pobieraniach z rzędu; pozostałe pliki zostaną pobrane przy następnej synchronizacji.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The server gave an unexpected answer (HTTP %1).</source>
        <translation>Serwer dał nieoczekiwaną odpowiedź (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ResourceSync</name>
    <message>
        <location filename="../core/sync/resourcesync.cpp" line="+51"/>
        <source>Cannot create the folder for images and documents: %1</source>
        <translation>Nie można utworzyć folderu na obrazy i dokumenty: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not update the list of images and documents: %1</source>
        <translation>Nie można zaktualizować listy obrazów i dokumentów: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+158"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… i %n więcej.</numerusform>
            <numerusform>… i %n więcej.</numerusform>
            <numerusform>… i %n więcej.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::sync::SyncEngine</name>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="+37"/>
        <source>loading the list of regions</source>
        <translation>ładowanie listy regionów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saving</source>
        <translation>zapisywanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>gotowe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>downloading %1</source>
        <translation>pobieranie: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not load the list of regions from %1: %2</source>
        <translation>Nie można załadować listy regionów z %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sent a damaged list of regions (%1 at byte %2).</source>
        <translation>Serwer wysłał uszkodzoną listę regionów (%1 w bajcie %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of regions could not be read: %1</source>
        <translation>Nie można odczytać listy regionów: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>Could not save the list of regions: %1</source>
        <translation>Nie można zapisać listy regionów: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Could not load the languages of %1: %2</source>
        <translation>Nie można załadować języków %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server lists no languages for %1.</source>
        <translation>Serwer nie podaje żadnych języków dla %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no region “%1” on the server.</source>
        <translation>Na serwerze nie ma regionu „%1”.</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+15"/>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>%1 offers no language “%2” (it offers: %3).</source>
        <translation>%1 nie oferuje języka „%2” (oferuje: %3).</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Could not read the stored pages: %1</source>
        <translation>Nie można odczytać zapisanych stron: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not save the content: %1</source>
        <translation>Nie można zapisać treści: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::SyncLock</name>
    <message>
        <location filename="../core/sync/synclock.cpp" line="+68"/>
        <source>A sync is already running (pid %1).</source>
        <translation>Synchronizacja już trwa (pid %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync is already running.</source>
        <translation>Synchronizacja już trwa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the lock file %1: permission denied.</source>
        <translation>Nie można utworzyć pliku blokady %1: brak uprawnień.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the lock file %1 (is the disk full?).</source>
        <translation>Nie można utworzyć pliku blokady %1 (czy dysk jest pełny?).</translation>
    </message>
</context>
<context>
    <name>integreat::sync::WriteFailure</name>
    <message>
        <location filename="../core/sync/writefailure.cpp" line="+26"/>
        <location line="+15"/>
        <source>the disk is full (%1)</source>
        <translation>dysk jest pełny (%1)</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>no permission to write in %1</source>
        <translation>brak uprawnień do zapisu w %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+8"/>
        <source>%1 is on a read-only file system</source>
        <translation>%1 jest w systemie plików tylko do odczytu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file system refused to write %1</source>
        <translation>system plików odmówił zapisu %1</translation>
    </message>
</context>
</TS>
