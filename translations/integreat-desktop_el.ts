<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name>integreat::chat::ChatClient</name>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="+93"/>
        <source>The chat server answered with an error (HTTP %1).</source>
        <translation>Ο διακομιστής συνομιλίας απάντησε με σφάλμα (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/chat/chatthread.cpp" line="+18"/>
        <source>The chat server sent an answer that is not a chat.</source>
        <translation>Ο διακομιστής συνομιλίας έστειλε απάντηση που δεν είναι συνομιλία.</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ChatSession</name>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="+94"/>
        <source>Too many messages. Please try again in a moment.</source>
        <translation>Πάρα πολλά μηνύματα. Δοκιμάστε ξανά σε λίγο.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chat is not available in this town.</source>
        <translation>Η συνομιλία δεν είναι διαθέσιμη σε αυτή την πόλη.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No connection to the chat. It will be updated when you are online.</source>
        <translation>Δεν υπάρχει σύνδεση με τη συνομιλία. Θα ενημερωθεί όταν είστε συνδεδεμένοι.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection to the chat. Your message was not sent; it is kept so you can send it again.</source>
        <translation>Δεν υπάρχει σύνδεση με τη συνομιλία. Το μήνυμά σας δεν στάλθηκε· φυλάσσεται για να το στείλετε ξανά.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat could not be loaded: %1</source>
        <translation>Δεν ήταν δυνατή η φόρτωση της συνομιλίας: %1</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ContactMessage</name>
    <message>
        <location filename="../core/chat/contactmessage.cpp" line="+21"/>
        <source>Please enter your e-mail address: the answer is sent there.</source>
        <translation>Γράψτε τη διεύθυνση e-mail σας: η απάντηση θα σταλεί εκεί.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not an e-mail address. Please check it (like name@example.org).</source>
        <translation>Το «%1» δεν είναι διεύθυνση e-mail. Ελέγξτε την (π.χ. name@example.org).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please write your message.</source>
        <translation>Γράψτε το μήνυμά σας.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message is too long: at most %1 characters, it has %2.</source>
        <translation>Το μήνυμά σας είναι πολύ μεγάλο: επιτρέπονται έως %1 χαρακτήρες, ενώ έχει %2.</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ZammadForm</name>
    <message>
        <location filename="../core/chat/zammadform.cpp" line="+14"/>
        <source>Your message was sent. The answer comes to your e-mail address.</source>
        <translation>Το μήνυμά σας στάλθηκε. Η απάντηση θα έρθει στη διεύθυνση e-mail σας.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline: your message was not sent. Please send it again when this computer is connected to the internet.</source>
        <translation>Είστε εκτός σύνδεσης: το μήνυμά σας δεν στάλθηκε. Στείλτε το ξανά όταν αυτός ο υπολογιστής συνδεθεί στο διαδίκτυο.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The town&apos;s contact server has a problem (error %1): your message was not sent. Please try again later.</source>
        <translation>Ο διακομιστής επικοινωνίας της πόλης έχει πρόβλημα (σφάλμα %1): το μήνυμά σας δεν στάλθηκε. Δοκιμάστε ξανά αργότερα.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many messages were sent from here. Please wait a moment and try again.</source>
        <translation>Στάλθηκαν πάρα πολλά μηνύματα από εδώ. Περιμένετε λίγο και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This contact form is switched off at the moment: your message was not sent.</source>
        <translation>Αυτή η φόρμα επικοινωνίας είναι απενεργοποιημένη αυτή τη στιγμή: το μήνυμά σας δεν στάλθηκε.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contact server did not accept this e-mail address. Please check it.</source>
        <translation>Ο διακομιστής επικοινωνίας δεν δέχτηκε αυτή τη διεύθυνση e-mail. Ελέγξτε την.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your message could not be sent: %1</source>
        <translation>Δεν ήταν δυνατή η αποστολή του μηνύματός σας: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the form has no web address to send to</source>
        <translation>η φόρμα δεν έχει διεύθυνση ιστού για αποστολή</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the contact server refused it (error %1)</source>
        <translation>ο διακομιστής επικοινωνίας το απέρριψε (σφάλμα %1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the contact server&apos;s answer could not be used</source>
        <translation>η απάντηση του διακομιστή επικοινωνίας δεν ήταν δυνατό να χρησιμοποιηθεί</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the contact server found a problem with: %1</source>
        <translation>ο διακομιστής επικοινωνίας βρήκε πρόβλημα σε: %1</translation>
    </message>
</context>
<context>
    <name>integreat::cli</name>
    <message>
        <location filename="../app/cli/clipin.cpp" line="+62"/>
        <source>New kiosk PIN (4 to 12 digits): </source>
        <translation>Νέο PIN κιόσκ (4 έως 12 ψηφία): </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same PIN again: </source>
        <translation>Ξανά το ίδιο PIN: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two PINs differ; nothing was changed</source>
        <translation>τα δύο PIN διαφέρουν· δεν άλλαξε τίποτα</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no PIN was given (give it on standard input or at the prompt)</source>
        <translation>δεν δόθηκε PIN (δώστε το στην τυπική είσοδο ή όταν ζητηθεί)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a kiosk PIN has 4 to 12 digits</source>
        <translation>ένα PIN κιόσκ έχει 4 έως 12 ψηφία</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdimporttiles.cpp" line="+26"/>
        <source>Import an offline map (MBTiles, raster PNG/JPEG tiles) for a region. The desktop app shows it under the places when there is no network. Use maps whose licence allows offline use; OpenStreetMap&apos;s own tile servers do not.</source>
        <translation>Εισαγωγή χάρτη εκτός σύνδεσης (MBTiles, πλακίδια raster PNG/JPEG) για μια περιοχή. Η εφαρμογή υπολογιστή τον δείχνει κάτω από τις τοποθεσίες όταν δεν υπάρχει δίκτυο. Χρησιμοποιήστε χάρτες των οποίων η άδεια επιτρέπει χρήση εκτός σύνδεσης· οι διακομιστές πλακιδίων του ίδιου του OpenStreetMap δεν το επιτρέπουν.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmdprint.cpp" line="+33"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+93"/>
        <location filename="../app/cli/cmdshow.cpp" line="+53"/>
        <source>Region slug.</source>
        <translation>Σύντομο όνομα (slug) της περιοχής.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .mbtiles file.</source>
        <translation>Το αρχείο .mbtiles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: integreat-cli import-tiles --region SLUG FILE.mbtiles</source>
        <translation>χρήση: integreat-cli import-tiles --region SLUG FILE.mbtiles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported the offline map “%1” for %2 (zoom %3–%4) into %5</source>
        <translation>Ο χάρτης εκτός σύνδεσης «%1» για %2 (ζουμ %3–%4) εισήχθη στο %5</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdkiosk.cpp" line="+77"/>
        <source>--%1 needs a number from %2 to %3</source>
        <translation>το --%1 χρειάζεται έναν αριθμό από %2 έως %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>kiosk setup needs --region SLUG</source>
        <translation>η ρύθμιση του κιόσκ χρειάζεται --region SLUG</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wrote the kiosk configuration %1.</source>
        <translation>Γράφτηκαν οι ρυθμίσεις του κιόσκ %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integreat-cli: warning: no PIN is set, so nobody can open the kiosk&apos;s admin panel (set one with: integreat-cli kiosk set-pin --config %1)</source>
        <translation>integreat-cli: προειδοποίηση: δεν έχει οριστεί PIN, οπότε κανείς δεν μπορεί να ανοίξει τον πίνακα διαχείρισης του κιόσκ (ορίστε ένα με: integreat-cli kiosk set-pin --config %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(all stored)</source>
        <translation>(όλες οι αποθηκευμένες)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration:     %1</source>
        <translation>Ρυθμίσεις:         %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk mode:        %1</source>
        <translation>Λειτουργία κιόσκ:  %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation>ενεργή</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>ανενεργή</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions:           %1</source>
        <translation>Περιοχές:          %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:         %1</source>
        <translation>Γλώσσες:           %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start language:    %1</source>
        <translation>Γλώσσα έναρξης:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(first)</source>
        <translation>(η πρώτη)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle seconds:      %1</source>
        <translation>Δευτ. αδράνειας:   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countdown seconds: %1</source>
        <translation>Δευτ. αντίστρ. μέτρ.: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections:          %1</source>
        <translation>Ενότητες:          %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN:               %1</source>
        <translation>PIN:               %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set (PBKDF2-HMAC-SHA256, %1 iterations)</source>
        <translation>ορίστηκε (PBKDF2-HMAC-SHA256, %1 επαναλήψεις)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>δεν ορίστηκε</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no region is configured in %1 (integreat-cli kiosk setup --region SLUG)</source>
        <translation>δεν έχει ρυθμιστεί περιοχή στο %1 (integreat-cli kiosk setup --region SLUG)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: updated less than %2 hours ago; skipped.</source>
        <translation>%1: ενημερώθηκε πριν από λιγότερο από %2 ώρες· παραλείφθηκε.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Configure kiosk mode (integreat-desktop --kiosk):
  setup    write the configuration (--region, --languages, --idle-seconds, --countdown-seconds, --sections, --start-language, --pin)
  show     print it (--check: exit code only)
  set-pin  set a new PIN (standard input, or asked twice)
  sync     download the configured regions and languages (the nightly timer)
  disable  turn kiosk mode off (setup turns it on again)</source>
        <translation>Ρύθμιση της λειτουργίας κιόσκ (integreat-desktop --kiosk):
  setup    γράφει τις ρυθμίσεις (--region, --languages, --idle-seconds, --countdown-seconds, --sections, --start-language, --pin)
  show     τις εμφανίζει (--check: μόνο κωδικός εξόδου)
  set-pin  ορίζει νέο PIN (τυπική είσοδος ή ερώτηση δύο φορές)
  sync     κατεβάζει τις ρυθμισμένες περιοχές και γλώσσες (το νυχτερινό χρονόμετρο)
  disable  απενεργοποιεί τη λειτουργία κιόσκ (το setup την ενεργοποιεί ξανά)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>setup, show, set-pin, sync or disable</source>
        <translation>setup, show, set-pin, sync ή disable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: integreat-cli kiosk setup|show|set-pin|sync|disable [--config FILE] (see --help)</source>
        <translation>χρήση: integreat-cli kiosk setup|show|set-pin|sync|disable [--config FILE] (δείτε --help)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The kiosk PIN is set.</source>
        <translation>Το PIN του κιόσκ ορίστηκε.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kiosk mode is disabled (integreat-cli kiosk setup enables it again).</source>
        <translation>Η λειτουργία κιόσκ απενεργοποιήθηκε (το integreat-cli kiosk setup την ενεργοποιεί ξανά).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kiosk action “%1” (setup, show, set-pin, sync or disable)</source>
        <translation>άγνωστη ενέργεια κιόσκ «%1» (setup, show, set-pin, sync ή disable)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdprint.cpp" line="-2"/>
        <source>Write a stored page, place or event, or this week&apos;s events, as a printable PDF handout, in one language or two side by side.</source>
        <translation>Εγγραφή μιας αποθηκευμένης σελίδας, τοποθεσίας ή εκδήλωσης, ή των εκδηλώσεων αυτής της εβδομάδας, ως εντύπου PDF για εκτύπωση, σε μία γλώσσα ή σε δύο δίπλα-δίπλα.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmdshow.cpp" line="+1"/>
        <source>Language code.</source>
        <translation>Κωδικός γλώσσας.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print this language in a second column.</source>
        <translation>Εκτύπωση αυτής της γλώσσας σε δεύτερη στήλη.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF file to write.</source>
        <translation>Το αρχείο PDF που θα γραφτεί.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the events of the 7 days from today (or --from), instead of PATH.</source>
        <translation>Εκτύπωση των εκδηλώσεων των 7 ημερών από σήμερα (ή από το --from), αντί για PATH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week&apos;s first day (with --week).</source>
        <translation>Η πρώτη ημέρα της εβδομάδας (με --week).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmdshow.cpp" line="+2"/>
        <source>Path such as /augsburg/de/willkommen/</source>
        <translation>Διαδρομή όπως /augsburg/de/willkommen/</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: integreat-cli print --region SLUG --language CODE [--second-language CODE] (PATH | --week [--from YYYY-MM-DD]) --pdf FILE</source>
        <translation>χρήση: integreat-cli print --region SLUG --language CODE [--second-language CODE] (PATH | --week [--from YYYY-MM-DD]) --pdf FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--from needs a date such as 2026-12-07.</source>
        <translation>Το --from χρειάζεται μια ημερομηνία όπως 2026-12-07.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder; give the name of the PDF file to write.</source>
        <translation>Το %1 είναι φάκελος· δώστε το όνομα του αρχείου PDF που θα γραφτεί.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+72"/>
        <location filename="../app/cli/cmdshow.cpp" line="+51"/>
        <location filename="../app/cli/cmdstatus.cpp" line="+80"/>
        <source>Cannot read the local store: %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση της τοπικής αποθήκης: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1</source>
        <translation>Γράφτηκε το %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdregions.cpp" line="+42"/>
        <source>List the regions on the server: name, slug, languages.</source>
        <translation>Λίστα των περιοχών στον διακομιστή: όνομα, slug, γλώσσες.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include hidden regions.</source>
        <translation>Να περιλαμβάνονται και οι κρυφές περιοχές.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cmdsearch.cpp" line="-63"/>
        <location filename="../app/cli/cmdstatus.cpp" line="-14"/>
        <source>Print JSON.</source>
        <translation>Έξοδος σε JSON.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>  (hidden)</source>
        <translation>  (κρυφή)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdrepair.cpp" line="+31"/>
        <source>Downloading %1 (%2) again …</source>
        <translation>Νέα λήψη του %1 (%2) …</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmdsync.cpp" line="+252"/>
        <source>%1: FAILED: %2</source>
        <translation>%1: ΑΠΕΤΥΧΕ: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: %3 items</source>
        <translation>%1 %2: %3 στοιχεία</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2: FAILED: %3</source>
        <translation>%1 %2: ΑΠΕΤΥΧΕ: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the local store; when it is damaged, move it aside (with -wal and -shm, under a dated name), start a fresh one and download again the regions and languages it held.</source>
        <translation>Έλεγχος της τοπικής αποθήκης· αν είναι κατεστραμμένη, μετακινείται στην άκρη (μαζί με -wal και -shm, με όνομα που έχει ημερομηνία), δημιουργείται νέα και κατεβαίνουν ξανά οι περιοχές και οι γλώσσες που περιείχε.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only check the store; change nothing.</source>
        <translation>Μόνο έλεγχος της αποθήκης· καμία αλλαγή.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download this region again instead of those the old store held.</source>
        <translation>Νέα λήψη αυτής της περιοχής αντί για εκείνες που είχε η παλιά αποθήκη.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --region: comma-separated language codes (default: all).</source>
        <translation>Με --region: κωδικοί γλωσσών χωρισμένοι με κόμμα (προεπιλογή: όλες).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no local store at %1 yet; nothing to repair.</source>
        <translation>Δεν υπάρχει ακόμα τοπική αποθήκη στο %1· δεν υπάρχει τίποτα για επισκευή.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local store %1 is sound; nothing to repair.</source>
        <translation>Η τοπική αποθήκη %1 είναι εντάξει· δεν υπάρχει τίποτα για επισκευή.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>all languages</source>
        <translation>όλες οι γλώσσες</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local store %1 is damaged: %2</source>
        <translation>Η τοπική αποθήκη %1 είναι κατεστραμμένη: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved region can be read from it.</source>
        <translation>Καμία αποθηκευμένη περιοχή δεν μπορεί να διαβαστεί από αυτήν.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions it still names: %1</source>
        <translation>Περιοχές που ακόμα αναφέρει: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the local store is damaged; run “integreat-cli repair” to move it aside and download the content again</source>
        <translation>η τοπική αποθήκη είναι κατεστραμμένη· εκτελέστε «integreat-cli repair» για να μετακινηθεί στην άκρη και να κατέβει ξανά το περιεχόμενο</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repair when it has finished.</source>
        <translation>Κάντε επισκευή όταν τελειώσει.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moved it aside to %1 (nothing was deleted).</source>
        <translation>Μετακινήθηκε στην άκρη ως %1 (δεν διαγράφηκε τίποτα).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started a fresh store at %1.</source>
        <translation>Δημιουργήθηκε νέα αποθήκη στο %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved region could be read from the old file. Download one with: integreat-cli sync --region SLUG</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση καμίας αποθηκευμένης περιοχής από το παλιό αρχείο. Κατεβάστε μία με: integreat-cli sync --region SLUG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the store was repaired, but not every language could be downloaded again; run integreat-cli sync later</source>
        <translation>η αποθήκη επισκευάστηκε, αλλά δεν ήταν δυνατή η νέα λήψη όλων των γλωσσών· εκτελέστε αργότερα integreat-cli sync</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsearch.cpp" line="-64"/>
        <source>(found in %1)</source>
        <translation>(βρέθηκε σε %1)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Search the stored pages, events, places and news of a region, offline. Pages with every word (at the start of a word of the title or the text; titles count double) come first, then pages where a misspelt word is corrected, another form of a word or a compound containing it matches; a question finds the pages sharing its rarer words.</source>
        <translation>Αναζήτηση στις αποθηκευμένες σελίδες, εκδηλώσεις, τοποθεσίες και ειδήσεις μιας περιοχής, εκτός σύνδεσης. Πρώτα εμφανίζονται οι σελίδες με όλες τις λέξεις (στην αρχή μιας λέξης του τίτλου ή του κειμένου· οι τίτλοι μετράνε διπλά), μετά οι σελίδες όπου διορθώνεται μια λέξη με λάθος ορθογραφία ή ταιριάζει άλλη μορφή μιας λέξης ή μια σύνθετη λέξη που την περιέχει· μια ερώτηση βρίσκει τις σελίδες που έχουν κοινές τις πιο σπάνιες λέξεις της.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language code (the user&apos;s).</source>
        <translation>Κωδικός γλώσσας (του χρήστη).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search German too; a German hit is shown in the language when it is translated.</source>
        <translation>Αναζήτηση και στα γερμανικά· ένα αποτέλεσμα στα γερμανικά εμφανίζεται στη γλώσσα, αν έχει μεταφραστεί.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every stored language.</source>
        <translation>Αναζήτηση σε κάθε αποθηκευμένη γλώσσα.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N results (1-75, default 75).</source>
        <translation>Το πολύ N αποτελέσματα (1-75, προεπιλογή 75).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read one query per line; print HITS&lt;TAB&gt;MILLISECONDS&lt;TAB&gt;QUERY each.</source>
        <translation>Ανάγνωση ενός ερωτήματος ανά γραμμή· εμφανίζει για το καθένα HITS&lt;TAB&gt;MILLISECONDS&lt;TAB&gt;QUERY.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words to search for.</source>
        <translation>Λέξεις για αναζήτηση.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: integreat-cli search --region SLUG --language CODE [--also-german | --all-languages] [--limit N] [--json] QUERY… (or --stdin)</source>
        <translation>χρήση: integreat-cli search --region SLUG --language CODE [--also-german | --all-languages] [--limit N] [--json] QUERY… (ή --stdin)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--also-german and --all-languages exclude each other</source>
        <translation>τα --also-german και --all-languages δεν μπορούν να χρησιμοποιηθούν μαζί</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--limit needs a number from 1 to %1</source>
        <translation>το --limit χρειάζεται έναν αριθμό από 1 έως %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing of %1 (%2) is in the local store. Sync it first: integreat-cli sync --region %1 --languages %2</source>
        <translation>Τίποτα από %1 (%2) δεν υπάρχει στην τοπική αποθήκη. Κάντε πρώτα συγχρονισμό: integreat-cli sync --region %1 --languages %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No results for “%1”.</source>
        <translation>Κανένα αποτέλεσμα για «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results for “%1”:</source>
        <translation>Αποτελέσματα για «%1»:</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdshow.cpp" line="-55"/>
        <source>Print the title and text of a stored page, event or place.</source>
        <translation>Εμφάνιση του τίτλου και του κειμένου μιας αποθηκευμένης σελίδας, εκδήλωσης ή τοποθεσίας.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: integreat-cli show --region SLUG --language CODE PATH</source>
        <translation>χρήση: integreat-cli show --region SLUG --language CODE PATH</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last updated: %1</source>
        <translation>Τελευταία ενημέρωση: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization: %1</source>
        <translation>Οργανισμός: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When: %1</source>
        <translation>Πότε: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where: %1</source>
        <translation>Πού: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category: %1</source>
        <translation>Κατηγορία: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: %1</source>
        <translation>Διεύθυνση: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not in the local store for %2 (%3). Sync it first: integreat-cli sync --region %2 --languages %3</source>
        <translation>Το %1 δεν υπάρχει στην τοπική αποθήκη για %2 (%3). Κάντε πρώτα συγχρονισμό: integreat-cli sync --region %2 --languages %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdstatus.cpp" line="-21"/>
        <source>  %1: %2 pages, %3 events, %4 places, %5 news</source>
        <translation>  %1: %2 σελίδες, %3 εκδηλώσεις, %4 τοποθεσίες, %5 ειδήσεις</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; synced %1</source>
        <translation>· συγχρονισμός %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; never synced</source>
        <translation>· δεν έγινε ποτέ συγχρονισμός</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; last attempt failed: %1</source>
        <translation>· η τελευταία προσπάθεια απέτυχε: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show what the local store holds, per region and language.</source>
        <translation>Εμφάνιση του περιεχομένου της τοπικής αποθήκης, ανά περιοχή και γλώσσα.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Store: %1 (%2)</source>
        <translation>Αποθήκη: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No region synced yet. Try: integreat-cli sync --region augsburg</source>
        <translation>Δεν έχει συγχρονιστεί ακόμα καμία περιοχή. Δοκιμάστε: integreat-cli sync --region augsburg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images and documents: %1 files (%2)</source>
        <translation>Εικόνες και έγγραφα: %1 αρχεία (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %1 not downloaded yet, tried again on the next sync</source>
        <translation>· %1 δεν έχουν κατέβει ακόμα, νέα προσπάθεια στον επόμενο συγχρονισμό</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdpack.cpp" line="+33"/>
        <location filename="../app/cli/cmdsync.cpp" line="-206"/>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
        <translation>%1 προστέθηκαν, %2 άλλαξαν, %3 αφαιρέθηκαν, %4 χωρίς αλλαγή</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 pages, %3 events, %4 places, %5 news (synced %6)</source>
        <translation>%1: %2 σελίδες, %3 εκδηλώσεις, %4 τοποθεσίες, %5 ειδήσεις (συγχρονισμός %6)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote the content pack %1 of %2 to %3 (%4; %5 images and documents%6).</source>
        <translation>Το πακέτο περιεχομένου %1 της περιοχής %2 γράφτηκε στο %3 (%4· %5 εικόνες και έγγραφα%6).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, offline map</source>
        <translation>, χάρτης εκτός σύνδεσης</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Try again when it has finished.</source>
        <translation>Δοκιμάστε ξανά όταν τελειώσει.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content pack %1 of %2, made %3</source>
        <translation>Πακέτο περιεχομένου %1 της περιοχής %2, δημιουργήθηκε %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: imported (content of %2): %3</source>
        <translation>%1: εισήχθη (περιεχόμενο από %2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: skipped: this PC&apos;s content (synced %2) is newer than the pack&apos;s (%3); use --force to import it anyway</source>
        <translation>%1: παραλείφθηκε: το περιεχόμενο αυτού του υπολογιστή (συγχρονισμός %2) είναι νεότερο από του πακέτου (%3)· χρησιμοποιήστε --force για να εισαχθεί παρ’ όλα αυτά</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images and documents: %1%2</source>
        <translation>Εικόνες και έγγραφα: %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; offline map installed</source>
        <translation>· εγκαταστάθηκε χάρτης εκτός σύνδεσης</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Content packs: one file with a region&apos;s content, images and offline map, to carry to PCs without (fast) internet or to a whole fleet.
  pack export --region SLUG [--languages de,en] FILE.integreat-pack
  pack import [--force] FILE.integreat-pack
  pack import --watch DIR    import every new pack that appears in DIR, until stopped</source>
        <translation>Πακέτα περιεχομένου: ένα αρχείο με το περιεχόμενο, τις εικόνες και τον χάρτη εκτός σύνδεσης μιας περιοχής, για μεταφορά σε υπολογιστές χωρίς (γρήγορο) διαδίκτυο ή σε πολλούς υπολογιστές μαζί.
  pack export --region SLUG [--languages de,en] FILE.integreat-pack
  pack import [--force] FILE.integreat-pack
  pack import --watch DIR    εισαγωγή κάθε νέου πακέτου που εμφανίζεται στο DIR, μέχρι να σταματήσει</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region slug (export).</source>
        <translation>Slug της περιοχής (εξαγωγή).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated language codes (export; default: all stored).</source>
        <translation>Κωδικοί γλωσσών χωρισμένοι με κόμμα (εξαγωγή· προεπιλογή: όλες οι αποθηκευμένες).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import languages even where this PC has newer content.</source>
        <translation>Εισαγωγή γλωσσών ακόμα κι όταν αυτός ο υπολογιστής έχει νεότερο περιεχόμενο.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch a folder and import each new or changed pack in it.</source>
        <translation>Παρακολούθηση ενός φακέλου και εισαγωγή κάθε νέου ή αλλαγμένου πακέτου σε αυτόν.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export or import</source>
        <translation>export ή import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack file.</source>
        <translation>Το αρχείο του πακέτου.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE.integreat-pack</source>
        <translation>χρήση: integreat-cli pack export --region SLUG [--languages de,en] FILE.integreat-pack</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE, pack import [--force] FILE or pack import --watch DIR</source>
        <translation>χρήση: integreat-cli pack export --region SLUG [--languages de,en] FILE, pack import [--force] FILE ή pack import --watch DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsync.cpp" line="+27"/>
        <source>resources: %1 downloaded, %2 unchanged, %3 failed</source>
        <translation>πόροι: %1 κατέβηκαν, %2 χωρίς αλλαγή, %3 απέτυχαν</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1 not tried (will retry next sync)</source>
        <translation>, %1 δεν δοκιμάστηκαν (νέα προσπάθεια στον επόμενο συγχρονισμό)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (will retry next sync)</source>
        <translation> (νέα προσπάθεια στον επόμενο συγχρονισμό)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 no longer used removed</source>
        <translation>, %1 που δεν χρησιμοποιούνται πια αφαιρέθηκαν</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 received</source>
        <translation>· ελήφθη %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>warning: resource: %1</source>
        <translation>προειδοποίηση: πόρος: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: … and %1 more resource problems (see --json)</source>
        <translation>προειδοποίηση: … και %1 ακόμα προβλήματα πόρων (δείτε --json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: images and documents not downloaded: %1; they will be tried again on the next sync.</source>
        <translation>προειδοποίηση: εικόνες και έγγραφα που δεν κατέβηκαν: %1· θα γίνει νέα προσπάθεια στον επόμενο συγχρονισμό.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download a region&apos;s content (pages, events, places, news, imprint) into the local store. Each language is saved whole or not at all.</source>
        <translation>Λήψη του περιεχομένου μιας περιοχής (σελίδες, εκδηλώσεις, τοποθεσίες, ειδήσεις, στοιχεία έκδοσης) στην τοπική αποθήκη. Κάθε γλώσσα αποθηκεύεται ολόκληρη ή καθόλου.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region slug, e.g. augsburg.</source>
        <translation>Slug της περιοχής, π.χ. augsburg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated language codes, or “all” (default).</source>
        <translation>Κωδικοί γλωσσών χωρισμένοι με κόμμα ή «all» (προεπιλογή).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as JSON on stdout.</source>
        <translation>Έξοδος του αποτελέσματος ως JSON στο stdout.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not download the images and documents (PDFs) the content refers to.</source>
        <translation>Να μην κατέβουν οι εικόνες και τα έγγραφα (PDF) στα οποία παραπέμπει το περιεχόμενο.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply a pages list even when it removes more than half of the stored pages of a language (refused otherwise, keeping the stored pages).</source>
        <translation>Εφαρμογή μιας λίστας σελίδων ακόμα κι αν αφαιρεί πάνω από τις μισές αποθηκευμένες σελίδες μιας γλώσσας (αλλιώς απορρίπτεται και οι αποθηκευμένες σελίδες διατηρούνται).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When another sync of this data folder is running, wait for it to end instead of giving up.</source>
        <translation>Αν τρέχει άλλος συγχρονισμός αυτού του φακέλου δεδομένων, να περιμένει να τελειώσει αντί να σταματήσει.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests to the server at once (default %1): the languages download side by side.</source>
        <translation>Ταυτόχρονα αιτήματα προς τον διακομιστή (προεπιλογή %1): οι γλώσσες κατεβαίνουν παράλληλα.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sync needs --region SLUG (see integreat-cli regions)</source>
        <translation>ο συγχρονισμός χρειάζεται --region SLUG (δείτε integreat-cli regions)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--connections needs a number from 1 to %1</source>
        <translation>το --connections χρειάζεται αριθμό από 1 έως %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--languages needs codes such as de,en,ar or “all”</source>
        <translation>το --languages χρειάζεται κωδικούς όπως de,en,ar ή «all»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>integreat-cli: %1 received: cancelling the sync; the stored content stays as it was.</source>
        <translation>integreat-cli: ελήφθη %1: ο συγχρονισμός ακυρώνεται· το αποθηκευμένο περιεχόμενο μένει όπως ήταν.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+89"/>
        <source>sync cancelled</source>
        <translation>ο συγχρονισμός ακυρώθηκε</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Try again when it has finished, or use --wait.</source>
        <translation>Δοκιμάστε ξανά όταν τελειώσει ή χρησιμοποιήστε --wait.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Waiting for it to finish …</source>
        <translation>%1 Αναμονή να τελειώσει …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>: 1 item</source>
        <translation>: 1 στοιχείο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: %1 items</source>
        <translation>: %1 στοιχεία</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[resources] images and documents: %1 of %2</source>
        <translation>[πόροι] εικόνες και έγγραφα: %1 από %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>warning: %1: %2</source>
        <translation>προειδοποίηση: %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>If the server really removed these pages, run the sync again with --allow-mass-removal.</source>
        <translation>Αν ο διακομιστής όντως αφαίρεσε αυτές τις σελίδες, εκτελέστε ξανά τον συγχρονισμό με --allow-mass-removal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync failed for %1</source>
        <translation>ο συγχρονισμός απέτυχε για %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+36"/>
        <source>List the regions on the server.</source>
        <translation>Λίστα των περιοχών στον διακομιστή.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download a region&apos;s content into the local store.</source>
        <translation>Λήψη του περιεχομένου μιας περιοχής στην τοπική αποθήκη.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what the local store holds.</source>
        <translation>Εμφάνιση του περιεχομένου της τοπικής αποθήκης.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a stored page, event or place.</source>
        <translation>Εκτύπωση μιας αποθηκευμένης σελίδας, εκδήλωσης ή τοποθεσίας.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the stored content, offline.</source>
        <translation>Αναζήτηση στο αποθηκευμένο περιεχόμενο, εκτός σύνδεσης.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the local store; move a damaged one aside and download again.</source>
        <translation>Έλεγχος της τοπικής αποθήκης· μετακίνηση μιας κατεστραμμένης στην άκρη και νέα λήψη.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import an offline map (MBTiles) for a region.</source>
        <translation>Εισαγωγή χάρτη εκτός σύνδεσης (MBTiles) για μια περιοχή.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configure kiosk mode: setup, show, set-pin, disable.</source>
        <translation>Ρύθμιση της λειτουργίας κιόσκ: setup, show, set-pin, disable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a stored page, place or event, or this week&apos;s events, as a PDF handout.</source>
        <translation>Εγγραφή μιας αποθηκευμένης σελίδας, τοποθεσίας ή εκδήλωσης, ή των εκδηλώσεων αυτής της εβδομάδας, ως εντύπου PDF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export or import a content pack (one file per region), or watch a folder for packs.</source>
        <translation>Εξαγωγή ή εισαγωγή πακέτου περιεχομένου (ένα αρχείο ανά περιοχή) ή παρακολούθηση φακέλου για πακέτα.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: integreat-cli [global options] COMMAND [options]

Keeps the content of Integreat regions in a local store that works offline.

Commands:
</source>
        <translation>Χρήση: integreat-cli [γενικές επιλογές] COMMAND [επιλογές]

Κρατά το περιεχόμενο των περιοχών του Integreat σε τοπική αποθήκη που λειτουργεί εκτός σύνδεσης.

Εντολές:
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
Γενικές επιλογές (για κάθε εντολή):
  --server URL        Integreat CMS (προεπιλογή: https://cms.integreat-app.de)
  --data-dir DIR      φάκελος της τοπικής αποθήκης (προεπιλογή: της εφαρμογής υπολογιστή)
  --timeout SECONDS   εγκατάλειψη αν ο διακομιστής δεν απαντά για τόσο χρόνο (προεπιλογή: 30)
  --retries N         επαναλήψεις μιας αποτυχημένης λήψης (προεπιλογή: 3)
  --proxy URL         διακομιστής μεσολάβησης για κάθε αίτημα: http://HOST:PORT, socks5://HOST:PORT
                      ή none (προεπιλογή: του συστήματος, π.χ. https_proxy)
  -h, --help          βοήθεια (και μετά από μια εντολή)
  -v, --version       έκδοση

Παράδειγμα:
  integreat-cli sync --region augsburg --languages de,en,ar
</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>no command given</source>
        <translation>δεν δόθηκε εντολή</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown command “%1” (see --help)</source>
        <translation>άγνωστη εντολή «%1» (δείτε --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/packwatch.cpp" line="+48"/>
        <source>%1 is not a folder.</source>
        <translation>Το %1 δεν είναι φάκελος.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integreat-cli: %1 received: stopped watching %2.</source>
        <translation>integreat-cli: λήφθηκε %1: η παρακολούθηση του %2 σταμάτησε.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watching %1 for content packs (*%2); stop with Ctrl+C.</source>
        <translation>Παρακολούθηση του %1 για πακέτα περιεχομένου (*%2)· διακοπή με Ctrl+C.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: pack %2 was imported already.</source>
        <translation>%1: το πακέτο %2 έχει ήδη εισαχθεί.</translation>
    </message>
</context>
<context>
    <name>integreat::cli::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+28"/>
        <source>Integreat CMS to talk to (default: %1).</source>
        <translation>Το Integreat CMS με το οποίο γίνεται η επικοινωνία (προεπιλογή: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder of the local store (default: %1).</source>
        <translation>Φάκελος της τοπικής αποθήκης (προεπιλογή: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give up on a silent server after this many seconds (default: 30).</source>
        <translation>Εγκατάλειψη αν ο διακομιστής δεν απαντά μετά από τόσα δευτερόλεπτα (προεπιλογή: 30).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retries of a failed download (default: 3).</source>
        <translation>Επαναλήψεις μιας αποτυχημένης λήψης (προεπιλογή: 3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send every request through this proxy: http://HOST:PORT, socks5://HOST:PORT or none (default: the system&apos;s proxy settings).</source>
        <translation>Αποστολή κάθε αιτήματος μέσω αυτού του διακομιστή μεσολάβησης: http://HOST:PORT, socks5://HOST:PORT ή none (προεπιλογή: οι ρυθμίσεις μεσολάβησης του συστήματος).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (see --help)</source>
        <translation> (δείτε --help)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--server needs an http(s) URL such as https://cms.integreat-app.de</source>
        <translation>το --server χρειάζεται μια διεύθυνση URL http(s) όπως https://cms.integreat-app.de</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout needs a number of seconds of at least 1</source>
        <translation>το --timeout χρειάζεται αριθμό δευτερολέπτων τουλάχιστον 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--retries needs a number from 0 to 10</source>
        <translation>το --retries χρειάζεται έναν αριθμό από 0 έως 10</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the data folder %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου δεδομένων %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the local store %1: %2</source>
        <translation>Δεν είναι δυνατό το άνοιγμα της τοπικής αποθήκης %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run “integreat-cli repair” to move %1 aside and download the content again.</source>
        <translation>Εκτελέστε «integreat-cli repair» για να μετακινηθεί το %1 στην άκρη και να κατέβει ξανά το περιεχόμενο.</translation>
    </message>
</context>
<context>
    <name>integreat::cli::KioskOptions</name>
    <message>
        <location filename="../app/cli/cmdkiosk.cpp" line="-251"/>
        <source>The kiosk configuration file (default: %1).</source>
        <translation>Το αρχείο ρυθμίσεων του κιόσκ (προεπιλογή: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region slug (repeat or comma-separate for several).</source>
        <translation>Slug της περιοχής (επαναλάβετε ή χωρίστε με κόμμα για περισσότερες).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language codes offered, comma-separated.</source>
        <translation>Κωδικοί των προσφερόμενων γλωσσών, χωρισμένοι με κόμμα.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language preselected on the start screen.</source>
        <translation>Η γλώσσα που είναι προεπιλεγμένη στην οθόνη έναρξης.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds without touch before the countdown (default: 120).</source>
        <translation>Δευτερόλεπτα χωρίς άγγιγμα πριν από την αντίστροφη μέτρηση (προεπιλογή: 120).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds of the “Are you still there?” countdown (default: 20).</source>
        <translation>Δευτερόλεπτα της αντίστροφης μέτρησης «Είστε ακόμα εδώ;» (προεπιλογή: 20).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections shown, comma-separated (default: local,places,events,news).</source>
        <translation>Ενότητες που εμφανίζονται, χωρισμένες με κόμμα (προεπιλογή: local,places,events,news).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the PIN (read from standard input when it is not a terminal, else asked twice).</source>
        <translation>Ορισμός του PIN (διαβάζεται από την τυπική είσοδο όταν δεν είναι τερματικό, αλλιώς ζητείται δύο φορές).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sync: skip a region whose languages were all updated less than N hours ago (the update at boot).</source>
        <translation>sync: παράλειψη μιας περιοχής της οποίας όλες οι γλώσσες ενημερώθηκαν πριν από λιγότερο από N ώρες (η ενημέρωση κατά την εκκίνηση).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show: print nothing; exit 0 only when the kiosk is configured and enabled (for ExecCondition=).</source>
        <translation>show: δεν εμφανίζει τίποτα· έξοδος 0 μόνο όταν το κιόσκ είναι ρυθμισμένο και ενεργό (για ExecCondition=).</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::AdminPanel</name>
    <message>
        <location filename="../app/desktop/kiosk/adminpanel.cpp" line="+20"/>
        <source>Sync now</source>
        <translation>Συγχρονισμός τώρα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit kiosk</source>
        <translation>Έξοδος από το κιόσκ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kiosk administration</source>
        <translation>Διαχείριση κιόσκ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start over</source>
        <translation>Από την αρχή</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the kiosk</source>
        <translation>Πίσω στο κιόσκ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Counting…</source>
        <translation>Καταμέτρηση…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>never</source>
        <translation>ποτέ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1: last update %2, %3 pages, %4 events, %5 places, %6 news</source>
        <translation>  %1: τελευταία ενημέρωση %2, %3 σελίδες, %4 εκδηλώσεις, %5 τοποθεσίες, %6 ειδήσεις</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the last attempt failed: %1</source>
        <translation>η τελευταία προσπάθεια απέτυχε: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is saved yet.</source>
        <translation>Δεν έχει αποθηκευτεί τίποτα ακόμα.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::Application</name>
    <message>
        <location filename="../app/desktop/shell/application.cpp" line="+246"/>
        <source>nothing is saved in %1 yet; sync a town first</source>
        <translation>δεν έχει αποθηκευτεί ακόμα τίποτα στο %1· συγχρονίστε πρώτα μια πόλη</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>could not write the screenshot %1</source>
        <translation>δεν ήταν δυνατή η εγγραφή του στιγμιότυπου οθόνης %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::BreadcrumbBar</name>
    <message>
        <location filename="../app/desktop/pages/breadcrumbbar.cpp" line="+36"/>
        <source>You are here</source>
        <translation>Είστε εδώ</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>More: %1</source>
        <translation>Περισσότερα: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ChatSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/chatsection.cpp" line="+105"/>
        <source>Ask Integreat</source>
        <translation>Ρωτήστε το Integreat</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The chat is not offered on this public computer.</source>
        <translation>Η συνομιλία δεν προσφέρεται σε αυτόν τον δημόσιο υπολογιστή.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>The chat is not available in this town.</source>
        <translation>Η συνομιλία δεν είναι διαθέσιμη σε αυτή την πόλη.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chat of this town is not available on this computer yet.</source>
        <translation>Η συνομιλία αυτής της πόλης δεν είναι ακόμα διαθέσιμη σε αυτόν τον υπολογιστή.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ChatView</name>
    <message>
        <location filename="../app/desktop/chat/chatview.cpp" line="+31"/>
        <source>Accept and start the chat</source>
        <translation>Αποδοχή και έναρξη συνομιλίας</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again</source>
        <translation>Αποστολή ξανά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>Νέα συνομιλία</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write your question in any language</source>
        <translation>Γράψτε την ερώτησή σας σε οποιαδήποτε γλώσσα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your message</source>
        <translation>Το μήνυμά σας</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>Συνομιλία</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy notice of the chat</source>
        <translation>Ενημέρωση απορρήτου της συνομιλίας</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State of the chat</source>
        <translation>Κατάσταση της συνομιλίας</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Your questions are answered by counselors of the town and by an assistant that knows the town&apos;s information. What you write is sent to the town&apos;s chat server and kept there.</source>
        <translation>Στις ερωτήσεις σας απαντούν σύμβουλοι της πόλης και ένας βοηθός που γνωρίζει τις πληροφορίες της πόλης. Ό,τι γράφετε στέλνεται στον διακομιστή συνομιλίας της πόλης και φυλάσσεται εκεί.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the privacy notice</source>
        <translation>Διαβάστε τη δήλωση απορρήτου</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Ask a question about life in the town. The answer appears here.</source>
        <translation>Κάντε μια ερώτηση για τη ζωή στην πόλη. Η απάντηση εμφανίζεται εδώ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You</source>
        <translation>Εσείς</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic answer</source>
        <translation>Αυτόματη απάντηση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counselor</source>
        <translation>Σύμβουλος</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending…</source>
        <translation>Αποστολή…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent yet</source>
        <translation>Δεν στάλθηκε ακόμα</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integreat is writing an answer…</source>
        <translation>Το Integreat γράφει μια απάντηση…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading the chat…</source>
        <translation>Φόρτωση της συνομιλίας…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CommandLine</name>
    <message>
        <location filename="../app/desktop/shell/commandline.cpp" line="+39"/>
        <source>Integreat: local information for newcomers, in their language, also offline.</source>
        <translation>Integreat: τοπικές πληροφορίες για νεοαφιχθέντες, στη γλώσσα τους, και εκτός σύνδεσης.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of the local store (default: %1).</source>
        <translation>Φάκελος της τοπικής αποθήκης (προεπιλογή: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integreat CMS to update from (default: %1).</source>
        <translation>Integreat CMS από το οποίο γίνεται η ενημέρωση (προεπιλογή: %1).</translation>
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
        <translation>Χωρίς χρήση δικτύου· εμφάνιση μόνο του αποθηκευμένου περιεχομένου.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a page: an https://integreat.app/… link, an integreat:// link or region/language/path.</source>
        <translation>Άνοιγμα σελίδας: σύνδεσμος https://integreat.app/…, σύνδεσμος integreat:// ή περιοχή/γλώσσα/διαδρομή.</translation>
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
        <translation>Εισαγωγή πακέτου περιεχομένου (που δημιουργήθηκε με το integreat-cli pack export) και εμφάνιση του αποτελέσματος στις ρυθμίσεις· το ίδιο με το να δώσετε FILE.integreat-pack.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Render the window at 1280×800 into a PNG file and exit (for documentation and smoke tests).</source>
        <translation>Απόδοση του παραθύρου σε 1280×800 σε αρχείο PNG και έξοδος (για τεκμηρίωση και δοκιμές).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The same as --open, or a content pack file (.integreat-pack) to import.</source>
        <translation>Το ίδιο με το --open ή ένα αρχείο πακέτου περιεχομένου (.integreat-pack) για εισαγωγή.</translation>
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
        <translation>Αποστολή κάθε αιτήματος μέσω αυτού του διακομιστή μεσολάβησης: http://HOST:PORT, socks5://HOST:PORT ή none (προεπιλογή: οι ρυθμίσεις μεσολάβησης του συστήματος).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run as a locked public kiosk (full screen, idle reset, links as QR codes).</source>
        <translation>Λειτουργία ως κλειδωμένο δημόσιο κιόσκ (πλήρης οθόνη, επαναφορά σε αδράνεια, σύνδεσμοι ως κωδικοί QR).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kiosk configuration (with --kiosk; default: %1).</source>
        <translation>Οι ρυθμίσεις του κιόσκ (με --kiosk· προεπιλογή: %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[LINK]</source>
        <translation>[LINK]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Give one content pack to import, not several.</source>
        <translation>Δώστε ένα πακέτο περιεχομένου για εισαγωγή, όχι πολλά.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give one link to open, not several.</source>
        <translation>Δώστε έναν σύνδεσμο για άνοιγμα, όχι πολλούς.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--config is for --kiosk.</source>
        <translation>Το --config είναι για το --kiosk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--kiosk starts at its own start screen: no link or --screenshot.</source>
        <translation>Το --kiosk ξεκινά από τη δική του οθόνη έναρξης: χωρίς σύνδεσμο ή --screenshot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A content pack is imported in a window: not with --kiosk or --screenshot.</source>
        <translation>Το πακέτο περιεχομένου εισάγεται σε παράθυρο: όχι με --kiosk ή --screenshot.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--server needs an http(s) URL such as %1.</source>
        <translation>Το --server χρειάζεται μια διεύθυνση URL http(s) όπως %1.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ContactFormDialog</name>
    <message>
        <location filename="../app/desktop/pages/contactformdialog.cpp" line="+27"/>
        <location line="+101"/>
        <source>Send</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to the town&apos;s team. They answer by e-mail; your message is sent to the town&apos;s contact server.</source>
        <translation>Γράψτε στην ομάδα της πόλης. Απαντούν μέσω e-mail· το μήνυμά σας στέλνεται στον διακομιστή επικοινωνίας της πόλης.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Your name (optional)</source>
        <translation>Το όνομά σας (προαιρετικά)</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Your e-mail address</source>
        <translation>Η διεύθυνση e-mail σας</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Your message</source>
        <translation>Το μήνυμά σας</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+25"/>
        <source>Sending…</source>
        <translation>Αποστολή…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CounselTools</name>
    <message>
        <location filename="../app/desktop/counsel/counseltools.cpp" line="+25"/>
        <source>Read aloud</source>
        <translation>Ανάγνωση φωναχτά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End session</source>
        <translation>Τέλος συνεδρίας</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show QR code</source>
        <translation>Εμφάνιση κωδικού QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>Δίπλα-δίπλα</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the text aloud in its language</source>
        <translation>Ανάγνωση του κειμένου φωναχτά στη γλώσσα του</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear everything of this session and start again (%1)</source>
        <translation>Διαγραφή όλων όσων αφορούν αυτή τη συνεδρία και νέα αρχή (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the link of this page as a QR code to take along on a phone</source>
        <translation>Εμφάνιση του συνδέσμου αυτής της σελίδας ως κωδικού QR, για να τον πάρετε μαζί σας στο τηλέφωνο</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show this in a second language beside it</source>
        <translation>Εμφάνιση δίπλα σε μια δεύτερη γλώσσα</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CountdownOverlay</name>
    <message>
        <location filename="../app/desktop/kiosk/countdownoverlay.cpp" line="+14"/>
        <source>Yes, continue</source>
        <translation>Ναι, συνέχεια</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Are you still there?</source>
        <translation>Είστε ακόμα εδώ;</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Press any key or move the mouse to continue. In %n seconds the session ends: the app goes back to the start page and what was looked at is cleared.</source>
        <translation>
            <numerusform>Πατήστε οποιοδήποτε πλήκτρο ή κουνήστε το ποντίκι για να συνεχίσετε. Σε %n δευτερόλεπτο η συνεδρία τελειώνει: η εφαρμογή επιστρέφει στην αρχική σελίδα και ό,τι προβλήθηκε διαγράφεται.</numerusform>
            <numerusform>Πατήστε οποιοδήποτε πλήκτρο ή κουνήστε το ποντίκι για να συνεχίσετε. Σε %n δευτερόλεπτα η συνεδρία τελειώνει: η εφαρμογή επιστρέφει στην αρχική σελίδα και ό,τι προβλήθηκε διαγράφεται.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Touch the screen to continue. In %n seconds everything starts over and what you looked at is cleared.</source>
        <translation>
            <numerusform>Αγγίξτε την οθόνη για να συνεχίσετε. Σε %n δευτερόλεπτο όλα ξεκινούν από την αρχή και όσα είδατε διαγράφονται.</numerusform>
            <numerusform>Αγγίξτε την οθόνη για να συνεχίσετε. Σε %n δευτερόλεπτα όλα ξεκινούν από την αρχή και όσα είδατε διαγράφονται.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DBusNotifier</name>
    <message>
        <location filename="../app/desktop/notify/dbusnotifier.cpp" line="+51"/>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
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
        <translation>Το αποθηκευμένο περιεχόμενο είναι κατεστραμμένο</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be read: %2

Download again moves the file aside under a dated name (nothing is deleted), starts afresh and downloads your towns and languages again.</source>
        <translation>Το αρχείο %1 δεν μπορεί να διαβαστεί: %2

Η «Νέα λήψη» μετακινεί το αρχείο στην άκρη με όνομα που έχει ημερομηνία (δεν διαγράφεται τίποτα), ξεκινά από την αρχή και κατεβάζει ξανά τις πόλεις και τις γλώσσες σας.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download again</source>
        <translation>Νέα λήψη</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Έξοδος</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DashboardView</name>
    <message>
        <location filename="../app/desktop/pages/dashboardview.cpp" line="+39"/>
        <source>Local information</source>
        <translation>Τοπικές πληροφορίες</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There are no pages in this language yet.</source>
        <translation>Δεν υπάρχουν ακόμα σελίδες σε αυτή τη γλώσσα.</translation>
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
        <translation>Το «%1» δεν είναι σύνδεσμος προς σελίδα μιας πόλης του Integreat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” in %2 is not saved on this computer.</source>
        <translation>Το «%1» στα %2 δεν είναι αποθηκευμένο σε αυτόν τον υπολογιστή.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The chat is not available in this town.</source>
        <translation>Η συνομιλία δεν είναι διαθέσιμη σε αυτή την πόλη.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked page is not saved on this computer.</source>
        <translation>Η συνδεδεμένη σελίδα δεν είναι αποθηκευμένη σε αυτόν τον υπολογιστή.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The linked page is in %1, which is not saved on this computer.</source>
        <translation>Η συνδεδεμένη σελίδα είναι στα %1, που δεν είναι αποθηκευμένα σε αυτόν τον υπολογιστή.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EndSession</name>
    <message>
        <location filename="../app/desktop/counsel/endsession.cpp" line="+44"/>
        <location line="+6"/>
        <source>End session</source>
        <translation>Τέλος συνεδρίας</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>End this session?</source>
        <translation>Τέλος αυτής της συνεδρίας;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app goes back to the start page. The history, the search, side by side, the news read and the folders used for saving are cleared, so that the next person finds nothing of this session.</source>
        <translation>Η εφαρμογή επιστρέφει στην αρχική σελίδα. Το ιστορικό, η αναζήτηση, η προβολή δίπλα-δίπλα, οι ειδήσεις που διαβάστηκαν και οι φάκελοι που χρησιμοποιήθηκαν για αποθήκευση διαγράφονται, ώστε το επόμενο άτομο να μη βρει τίποτα από αυτή τη συνεδρία.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventDateText</name>
    <message>
        <location filename="../app/desktop/presentation/eventdatetext.cpp" line="+50"/>
        <source>the last %1</source>
        <translation>την τελευταία %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the %1. %2</source>
        <translation>την %1η %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1, all day</source>
        <translation>%1, όλη την ημέρα</translation>
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
        <translation>Κάθε ημέρα</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 days</source>
        <translation>Κάθε %1 ημέρες</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every week</source>
        <translation>Κάθε εβδομάδα</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 weeks</source>
        <translation>Κάθε %1 εβδομάδες</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every month</source>
        <translation>Κάθε μήνα</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 months</source>
        <translation>Κάθε %1 μήνες</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every year</source>
        <translation>Κάθε χρόνο</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 years</source>
        <translation>Κάθε %1 χρόνια</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats</source>
        <translation>Επαναλαμβάνεται</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only on weekdays (Monday to Friday)</source>
        <translation>Μόνο τις καθημερινές (Δευτέρα έως Παρασκευή)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventHtml</name>
    <message>
        <location filename="../app/desktop/events/eventhtml.cpp" line="+80"/>
        <source>Loading dates…</source>
        <translation>Φόρτωση ημερομηνιών…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address:</source>
        <translation>Διεύθυνση:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online meeting:</source>
        <translation>Διαδικτυακή συνάντηση:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More dates</source>
        <translation>Περισσότερες ημερομηνίες</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventList</name>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+20"/>
        <source>Only dates from</source>
        <translation>Μόνο ημερομηνίες από</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>έως</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First day</source>
        <translation>Πρώτη ημέρα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Τελευταία ημέρα</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Events</source>
        <translation>Εκδηλώσεις</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlistmodel.cpp" line="+68"/>
        <source>Today</source>
        <translation>Σήμερα</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>Αύριο</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 7 days</source>
        <translation>Επόμενες 7 ημέρες</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 30 days</source>
        <translation>Επόμενες 30 ημέρες</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Αργότερα</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Heading</source>
        <translation>Επικεφαλίδα</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+35"/>
        <source>Loading events…</source>
        <translation>Φόρτωση εκδηλώσεων…</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlistmodel.cpp" line="-20"/>
        <source>More dates: %1</source>
        <translation>Περισσότερες ημερομηνίες: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Irregular dates</source>
        <translation>Ακανόνιστες ημερομηνίες</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Irregular dates. %1</source>
        <translation>Ακανόνιστες ημερομηνίες. %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+13"/>
        <source>No events in these days.</source>
        <translation>Καμία εκδήλωση αυτές τις ημέρες.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No upcoming events.</source>
        <translation>Καμία επερχόμενη εκδήλωση.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventsSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/eventssection.cpp" line="+26"/>
        <source>Events</source>
        <translation>Εκδηλώσεις</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This event is not on this computer. It may be over or removed, or it is newer than the last update.</source>
        <translation>Αυτή η εκδήλωση δεν υπάρχει σε αυτόν τον υπολογιστή. Μπορεί να έχει τελειώσει ή να έχει αφαιρεθεί ή είναι νεότερη από την τελευταία ενημέρωση.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventsView</name>
    <message>
        <location filename="../app/desktop/events/eventsview.cpp" line="+45"/>
        <location line="+28"/>
        <source>All events</source>
        <translation>Όλες οι εκδηλώσεις</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Save this date for a calendar…</source>
        <translation>Αποθήκευση αυτής της ημερομηνίας για ημερολόγιο…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save all dates for a calendar…</source>
        <translation>Αποθήκευση όλων των ημερομηνιών για ημερολόγιο…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Event</source>
        <translation>Εκδήλωση</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>This event has irregular dates: they cannot all be worked out, so only the first is shown. Check the dates with the organizer.</source>
        <translation>Αυτή η εκδήλωση έχει ακανόνιστες ημερομηνίες: δεν μπορούν να υπολογιστούν όλες, οπότε εμφανίζεται μόνο η πρώτη. Ελέγξτε τις ημερομηνίες με τον διοργανωτή.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Save for a calendar</source>
        <translation>Αποθήκευση για ημερολόγιο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>Αρχεία ημερολογίου (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dates are still being worked out. Try again in a moment.</source>
        <translation>Οι ημερομηνίες υπολογίζονται ακόμα. Δοκιμάστε ξανά σε λίγο.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This event has no dates left to save.</source>
        <translation>Αυτή η εκδήλωση δεν έχει άλλες ημερομηνίες για αποθήκευση.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The calendar file could not be saved: %1</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση του αρχείου ημερολογίου: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. Open %1 with your calendar app to add the event.</source>
        <translation>Αποθηκεύτηκε. Ανοίξτε το %1 με την εφαρμογή ημερολογίου σας για να προσθέσετε την εκδήλωση.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ExternalLinkDialog</name>
    <message>
        <location filename="../app/desktop/pages/externallinkdialog.cpp" line="+38"/>
        <source>Open a website?</source>
        <translation>Άνοιγμα ιστότοπου;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link leads out of Integreat to a website of &lt;b&gt;%1&lt;/b&gt;. It opens in your web browser and needs an internet connection.</source>
        <translation>Αυτός ο σύνδεσμος οδηγεί έξω από το Integreat σε έναν ιστότοπο του &lt;b&gt;%1&lt;/b&gt;. Ανοίγει στο πρόγραμμα περιήγησης και χρειάζεται σύνδεση στο διαδίκτυο.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Open in browser</source>
        <translation>Άνοιγμα στο πρόγραμμα περιήγησης</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open the document online?</source>
        <translation>Άνοιγμα του εγγράφου online;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document is not saved on this computer. It can be opened from &lt;b&gt;%1&lt;/b&gt; in your browser with an internet connection.</source>
        <translation>Αυτό το έγγραφο δεν είναι αποθηκευμένο σε αυτόν τον υπολογιστή. Μπορεί να ανοίξει από το &lt;b&gt;%1&lt;/b&gt; στο πρόγραμμα περιήγησης με σύνδεση στο διαδίκτυο.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call this number?</source>
        <translation>Κλήση αυτού του αριθμού;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your computer&apos;s phone app will call this number:</source>
        <translation>Η εφαρμογή τηλεφώνου του υπολογιστή σας θα καλέσει αυτόν τον αριθμό:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Κλήση</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write an e-mail?</source>
        <translation>Αποστολή e-mail;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your e-mail program will open a new message to:</source>
        <translation>Το πρόγραμμα e-mail σας θα ανοίξει ένα νέο μήνυμα προς:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write e-mail</source>
        <translation>Αποστολή e-mail</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Copy</source>
        <translation>Αντιγραφή</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <translation>Αντιγράφηκε</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::FeedbackBox</name>
    <message>
        <location filename="../app/desktop/pages/feedbackbox.cpp" line="+88"/>
        <source>Was this page helpful?</source>
        <translation>Σας βοήθησε αυτή η σελίδα;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ναι</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, this was helpful</source>
        <translation>Ναι, με βοήθησε</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>Όχι</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, this was not helpful</source>
        <translation>Όχι, δεν με βοήθησε</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What could be better? (optional, no personal data)</source>
        <translation>Τι θα μπορούσε να είναι καλύτερο; (προαιρετικά, χωρίς προσωπικά δεδομένα)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on this page</source>
        <translation>Σχόλιο για αυτή τη σελίδα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send feedback</source>
        <translation>Αποστολή σχολίων</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Thank you. You may add a comment.</source>
        <translation>Ευχαριστούμε. Μπορείτε να προσθέσετε ένα σχόλιο.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please choose “Yes” or “No”, or write a comment.</source>
        <translation>Επιλέξτε «Ναι» ή «Όχι» ή γράψτε ένα σχόλιο.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::FirstRunWizard</name>
    <message>
        <location filename="../app/desktop/firstrun/firstrunwizard.cpp" line="+31"/>
        <source>Back</source>
        <translation>Πίσω</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+221"/>
        <source>Next</source>
        <translation>Επόμενο</translation>
    </message>
    <message>
        <location line="-220"/>
        <location line="+216"/>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Welcome to Integreat</source>
        <translation>Καλώς ήρθατε στο Integreat</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The download was cancelled. Nothing was changed on this computer.</source>
        <translation>Η λήψη ακυρώθηκε. Δεν άλλαξε τίποτα σε αυτόν τον υπολογιστή.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The server lists no regions.</source>
        <translation>Ο διακομιστής δεν έχει καμία περιοχή.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The demo town could not be set up: %1</source>
        <translation>Δεν ήταν δυνατή η προετοιμασία της πόλης επίδειξης: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Download</source>
        <translation>Λήψη</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue</source>
        <translation>Συνέχεια</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stops the download; nothing is changed</source>
        <translation>Σταματά τη λήψη· δεν αλλάζει τίποτα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this window</source>
        <translation>Κλείνει αυτό το παράθυρο</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::HeaderBar</name>
    <message>
        <location filename="../app/desktop/mainwindow/headerbar.cpp" line="+54"/>
        <location line="+1"/>
        <source>Search</source>
        <translation>Αναζήτηση</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear search</source>
        <translation>Καθαρισμός αναζήτησης</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Menu</source>
        <translation>Μενού</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Search in %1</source>
        <translation>Αναζήτηση σε %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskApp</name>
    <message>
        <location filename="../app/desktop/shell/kioskapp.cpp" line="+36"/>
        <source>kiosk mode is disabled in %1 (integreat-cli kiosk setup enables it)</source>
        <translation>η λειτουργία κιόσκ είναι απενεργοποιημένη στο %1 (το integreat-cli kiosk setup την ενεργοποιεί)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot create the folder %1</source>
        <translation>δεν είναι δυνατή η δημιουργία του φακέλου %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved content cannot be opened: %1</source>
        <translation>Το αποθηκευμένο περιεχόμενο δεν μπορεί να ανοίξει: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskSession</name>
    <message>
        <location filename="../app/desktop/kiosk/kiosksession.cpp" line="+66"/>
        <source>Start over</source>
        <translation>Από την αρχή</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this page with you</source>
        <translation>Πάρτε αυτή τη σελίδα μαζί σας</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskWindow</name>
    <message>
        <location filename="../app/desktop/kiosk/kioskwindow.cpp" line="+77"/>
        <source>The update has finished.</source>
        <translation>Η ενημέρωση ολοκληρώθηκε.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The update failed; the last good content stays in use. %1</source>
        <translation>Η ενημέρωση απέτυχε· χρησιμοποιείται το τελευταίο σωστό περιεχόμενο. %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nothing is saved on this kiosk yet. The administrator can update the content.</source>
        <translation>Δεν έχει αποθηκευτεί ακόμα τίποτα σε αυτό το κιόσκ. Ο διαχειριστής μπορεί να ενημερώσει το περιεχόμενο.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Wrong PIN.</source>
        <translation>Λάθος PIN.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Πάρα πολλά λάθος PIN. Δοκιμάστε ξανά σε %n δευτερόλεπτο.</numerusform>
            <numerusform>Πάρα πολλά λάθος PIN. Δοκιμάστε ξανά σε %n δευτερόλεπτα.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No PIN is set for this kiosk, so the administration cannot be opened here (integreat-cli kiosk set-pin).</source>
        <translation>Δεν έχει οριστεί PIN για αυτό το κιόσκ, οπότε η διαχείριση δεν μπορεί να ανοίξει εδώ (integreat-cli kiosk set-pin).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No region is configured (integreat-cli kiosk setup).</source>
        <translation>Δεν έχει ρυθμιστεί περιοχή (integreat-cli kiosk setup).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kiosk runs offline; the nightly update keeps it current.</source>
        <translation>Αυτό το κιόσκ λειτουργεί εκτός σύνδεσης· η νυχτερινή ενημέρωση το κρατά επίκαιρο.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Updating…</source>
        <translation>Ενημέρωση…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageButton</name>
    <message>
        <location filename="../app/desktop/mainwindow/languagebutton.cpp" line="+40"/>
        <source>%1 (download)</source>
        <translation>%1 (λήψη)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language of the content: %1</source>
        <translation>Γλώσσα του περιεχομένου: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content language: %1</source>
        <translation>Γλώσσα περιεχομένου: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageNames</name>
    <message>
        <location filename="../app/desktop/presentation/languages.cpp" line="+46"/>
        <source>Albanian</source>
        <translation>Αλβανικά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amharic</source>
        <translation>Αμχαρικά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>Αραβικά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgarian</source>
        <translation>Βουλγαρικά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central Kurdish</source>
        <translation>Κεντρικά Κουρδικά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatian</source>
        <translation>Κροατικά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czech</source>
        <translation>Τσεχικά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dari</source>
        <translation>Ντάρι</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Αγγλικά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Γαλλικά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Γερμανικά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greek</source>
        <translation>Ελληνικά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungarian</source>
        <translation>Ουγγρικά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>Ιταλικά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kurdish</source>
        <translation>Κουρδικά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pashto</source>
        <translation>Πάστο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persian</source>
        <translation>Περσικά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>Πολωνικά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>Ρουμανικά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Ρωσικά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbian</source>
        <translation>Σερβικά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somali</source>
        <translation>Σομαλικά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Ισπανικά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tigrinya</source>
        <translation>Τιγκρίνια</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>Τουρκικά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation>Ουκρανικά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation>Ούρντου</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnamese</source>
        <translation>Βιετναμέζικα</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguagePage</name>
    <message>
        <location filename="../app/desktop/firstrun/languagepage.cpp" line="+22"/>
        <source>Which languages do you want to read?</source>
        <translation>Σε ποιες γλώσσες θέλετε να διαβάζετε;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notice</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Languages</source>
        <translation>Γλώσσες</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The local information of %1 is downloaded in the languages you choose, so you can read it without internet. You can choose several and add more later.</source>
        <translation>Οι τοπικές πληροφορίες του %1 κατεβαίνουν στις γλώσσες που επιλέγετε, ώστε να μπορείτε να τις διαβάζετε χωρίς διαδίκτυο. Μπορείτε να επιλέξετε πολλές και να προσθέσετε κι άλλες αργότερα.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language code %1</source>
        <translation>Κωδικός γλώσσας %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageRow</name>
    <message>
        <location filename="../app/desktop/firstrun/languagerow.cpp" line="+29"/>
        <source>Retry</source>
        <translation>Ξανά</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry %1</source>
        <translation>Ξανά %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Waiting</source>
        <translation>Σε αναμονή</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Finished</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Ready to read offline</source>
        <translation>✓ Έτοιμο για ανάγνωση εκτός σύνδεσης</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not downloaded: %1</source>
        <translation>Δεν κατέβηκε: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LinkRouter</name>
    <message>
        <location filename="../app/desktop/pages/linkrouter.cpp" line="+70"/>
        <source>This link cannot be opened: it could harm your computer or your data.</source>
        <translation>Αυτός ο σύνδεσμος δεν μπορεί να ανοίξει: θα μπορούσε να βλάψει τον υπολογιστή ή τα δεδομένα σας.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This link leads to the list of towns. To read about another town, use “Change” next to the town&apos;s name.</source>
        <translation>Αυτός ο σύνδεσμος οδηγεί στη λίστα των πόλεων. Για να διαβάσετε για άλλη πόλη, χρησιμοποιήστε το «Αλλαγή» δίπλα στο όνομα της πόλης.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This link leads to a part of Integreat that this app does not show yet.</source>
        <translation>Αυτός ο σύνδεσμος οδηγεί σε ένα μέρος του Integreat που αυτή η εφαρμογή δεν δείχνει ακόμα.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download %1</source>
        <translation>Λήψη: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This link leads to “%1” in %2, which is not saved on this computer.</source>
        <translation>Αυτός ο σύνδεσμος οδηγεί στο «%1» στα %2, που δεν είναι αποθηκευμένα σε αυτόν τον υπολογιστή.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This page is in %1, which is not saved on this computer yet.</source>
        <translation>Αυτή η σελίδα είναι στα %1, που δεν είναι ακόμα αποθηκευμένα σε αυτόν τον υπολογιστή.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chat is not available in this town.</source>
        <translation>Η συνομιλία δεν είναι διαθέσιμη σε αυτή την πόλη.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The linked event is not on this computer. It may be over or removed, or it is newer than the last update.</source>
        <translation>Η συνδεδεμένη εκδήλωση δεν υπάρχει σε αυτόν τον υπολογιστή. Μπορεί να έχει τελειώσει ή να έχει αφαιρεθεί ή είναι νεότερη από την τελευταία ενημέρωση.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked place is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Η συνδεδεμένη τοποθεσία δεν υπάρχει σε αυτόν τον υπολογιστή. Μπορεί να έχει αφαιρεθεί ή είναι νεότερη από την τελευταία ενημέρωση.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked news item is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Η συνδεδεμένη είδηση δεν υπάρχει σε αυτόν τον υπολογιστή. Μπορεί να έχει αφαιρεθεί ή είναι νεότερη από την τελευταία ενημέρωση.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked page is not on this computer. It may have been moved or removed, or it is newer than the last update.</source>
        <translation>Η συνδεδεμένη σελίδα δεν υπάρχει σε αυτόν τον υπολογιστή. Μπορεί να έχει μετακινηθεί ή αφαιρεθεί ή είναι νεότερη από την τελευταία ενημέρωση.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No program on this computer can open this document.</source>
        <translation>Κανένα πρόγραμμα σε αυτόν τον υπολογιστή δεν μπορεί να ανοίξει αυτό το έγγραφο.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This document is not saved on this computer.</source>
        <translation>Αυτό το έγγραφο δεν είναι αποθηκευμένο σε αυτόν τον υπολογιστή.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>No program on this computer can open this link.</source>
        <translation>Κανένα πρόγραμμα σε αυτόν τον υπολογιστή δεν μπορεί να ανοίξει αυτόν τον σύνδεσμο.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>This offer cannot be opened: its form could not be prepared.</source>
        <translation>Αυτή η υπηρεσία δεν μπορεί να ανοίξει: δεν ήταν δυνατή η προετοιμασία της φόρμας της.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open online</source>
        <translation>Άνοιγμα online</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LocalInfoSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/localinfosection.cpp" line="+37"/>
        <source>Local information</source>
        <translation>Τοπικές πληροφορίες</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LocalInfoView</name>
    <message>
        <location filename="../app/desktop/pages/localinfoview.cpp" line="+57"/>
        <source>Page content</source>
        <translation>Περιεχόμενο σελίδας</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Start page of the town</source>
        <translation>Αρχική σελίδα της πόλης</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation>Αποτελέσματα αναζήτησης</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page</source>
        <translation>Σελίδα</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <location line="+31"/>
        <location line="+38"/>
        <location line="+9"/>
        <location line="+21"/>
        <source>Local information</source>
        <translation>Τοπικές πληροφορίες</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>This page is not on this computer</source>
        <translation>Αυτή η σελίδα δεν υπάρχει σε αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been moved or removed by the last update.</source>
        <translation>Μπορεί να μετακινήθηκε ή να αφαιρέθηκε με την τελευταία ενημέρωση.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+26"/>
        <location line="+1"/>
        <source>Imprint</source>
        <translation>Στοιχεία έκδοσης</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>There is no imprint in this language on this computer.</source>
        <translation>Δεν υπάρχουν στοιχεία έκδοσης σε αυτή τη γλώσσα σε αυτόν τον υπολογιστή.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The imprint is available in:</source>
        <translation>Τα στοιχεία έκδοσης υπάρχουν στα:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search</source>
        <translation>Αναζήτηση</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search: “%1”</source>
        <translation>Αναζήτηση: «%1»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go to the start page</source>
        <translation>Μετάβαση στην αρχική σελίδα</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Start page in %1</source>
        <translation>Αρχική σελίδα στα %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not available in %2. It is available in:</source>
        <translation>Το «%1» δεν υπάρχει στα %2. Υπάρχει στα:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not available in %2.</source>
        <translation>Το «%1» δεν υπάρχει στα %2.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MainActions</name>
    <message>
        <location filename="../app/desktop/mainwindow/mainactions.cpp" line="+19"/>
        <source>Back</source>
        <translation>Πίσω</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward</source>
        <translation>Εμπρός</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start page</source>
        <translation>Αρχική σελίδα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Αναζήτηση</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>Συγχρονισμός τώρα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imprint</source>
        <translation>Στοιχεία έκδοσης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>Ρυθμίσεις…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger text</source>
        <translation>Μεγαλύτερο κείμενο</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smaller text</source>
        <translation>Μικρότερο κείμενο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal text size</source>
        <translation>Κανονικό μέγεθος κειμένου</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Integreat Desktop</source>
        <translation>Σχετικά με το Integreat Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Έξοδος</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This page</source>
        <translation>Αυτή η σελίδα</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text size</source>
        <translation>Μέγεθος κειμένου</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MainWindow</name>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindow.cpp" line="+196"/>
        <source>Download %1</source>
        <translation>Λήψη: %1</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 is not saved on this computer yet.</source>
        <translation>Το %1 δεν είναι ακόμα αποθηκευμένο σε αυτόν τον υπολογιστή.</translation>
    </message>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindowcommands.cpp" line="+171"/>
        <source>About Integreat Desktop</source>
        <translation>Σχετικά με το Integreat Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Integreat Desktop %1&lt;/h3&gt;&lt;p&gt;Local information for newcomers, in their language, also without internet.&lt;/p&gt;&lt;p&gt;The content comes from the towns and districts that take part in &lt;a href=&quot;https://integreat-app.de&quot;&gt;Integreat&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Integreat Desktop %1&lt;/h3&gt;&lt;p&gt;Τοπικές πληροφορίες για νεοαφιχθέντες, στη γλώσσα τους, και χωρίς διαδίκτυο.&lt;/p&gt;&lt;p&gt;Το περιεχόμενο προέρχεται από τις πόλεις και τους νομούς που συμμετέχουν στο &lt;a href=&quot;https://integreat-app.de&quot;&gt;Integreat&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindowcounsel.cpp" line="+50"/>
        <source>Reading area</source>
        <translation>Περιοχή ανάγνωσης</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The section shown, and beside it the same in a second language when Side by side is on</source>
        <translation>Η ενότητα που εμφανίζεται και δίπλα της το ίδιο σε δεύτερη γλώσσα, όταν είναι ενεργό το «Δίπλα-δίπλα»</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MapWidget</name>
    <message>
        <location filename="../app/desktop/places/mapwidget.cpp" line="+30"/>
        <source>Map of places</source>
        <translation>Χάρτης τοποθεσιών</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Μεγέθυνση</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Σμίκρυνση</translation>
    </message>
    <message>
        <location line="+344"/>
        <source>I am here (sort places by distance from this point)</source>
        <translation>Είμαι εδώ (ταξινόμηση τοποθεσιών κατά απόσταση από αυτό το σημείο)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MassRemovalQuestion</name>
    <message>
        <location filename="../app/desktop/sync/massremovalquestion.cpp" line="+16"/>
        <source>Remove saved pages?</source>
        <translation>Αφαίρεση αποθηκευμένων σελίδων;</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n of the %2 saved pages would be removed.</source>
        <translation>
            <numerusform>%1: θα αφαιρεθεί %n από τις %2 αποθηκευμένες σελίδες.</numerusform>
            <numerusform>%1: θα αφαιρεθούν %n από τις %2 αποθηκευμένες σελίδες.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server sent much less content than before. If you go on, pages you have now will be deleted from this computer.</source>
        <translation>Ο διακομιστής έστειλε πολύ λιγότερο περιεχόμενο από πριν. Αν συνεχίσετε, σελίδες που έχετε τώρα θα διαγραφούν από αυτόν τον υπολογιστή.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This can be a mistake on the server. If you keep your content, nothing changes and you can try again later.</source>
        <translation>Αυτό μπορεί να είναι λάθος του διακομιστή. Αν κρατήσετε το περιεχόμενό σας, δεν αλλάζει τίποτα και μπορείτε να δοκιμάσετε ξανά αργότερα.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep my content</source>
        <translation>Διατήρηση του περιεχομένου μου</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove them</source>
        <translation>Αφαίρεση</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NavigationBar</name>
    <message>
        <location filename="../app/desktop/pages/navigationbar.cpp" line="+29"/>
        <source>Back (Alt+Left)</source>
        <translation>Πίσω (Alt+Αριστερά)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Πίσω</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward (Alt+Right)</source>
        <translation>Εμπρός (Alt+Δεξιά)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Εμπρός</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsHtml</name>
    <message>
        <location filename="../app/desktop/news/newshtml.cpp" line="+16"/>
        <source>Local news</source>
        <translation>Τοπικά νέα</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Read the original</source>
        <translation>Ανάγνωση του πρωτοτύπου</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/newssection.cpp" line="+28"/>
        <source>News</source>
        <translation>Ειδήσεις</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News (%1)</source>
        <translation>Ειδήσεις (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News, %1 new</source>
        <translation>Ειδήσεις, %1 νέες</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This news item is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Αυτή η είδηση δεν υπάρχει σε αυτόν τον υπολογιστή. Μπορεί να έχει αφαιρεθεί ή είναι νεότερη από την τελευταία ενημέρωση.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsView</name>
    <message>
        <location filename="../app/desktop/news/newsview.cpp" line="+43"/>
        <location line="+56"/>
        <source>All news</source>
        <translation>Όλες οι ειδήσεις</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>All</source>
        <translation>Όλες</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local</source>
        <translation>Τοπικές</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External</source>
        <translation>Εξωτερικές</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>News</source>
        <translation>Ειδήσεις</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>News item</source>
        <translation>Είδηση</translation>
    </message>
    <message>
        <location filename="../app/desktop/news/newslistmodel.cpp" line="+85"/>
        <source>● New</source>
        <translation>● Νέο</translation>
    </message>
    <message>
        <location filename="../app/desktop/news/newsview.cpp" line="+110"/>
        <source>There are no news in this language yet. New local news of the town appear here after the next update.</source>
        <translation>Δεν υπάρχουν ακόμα ειδήσεις σε αυτή τη γλώσσα. Τα νέα τοπικά νέα της πόλης εμφανίζονται εδώ μετά την επόμενη ενημέρωση.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No news of this kind. Choose “All” to see every news item.</source>
        <translation>Καμία είδηση αυτού του είδους. Επιλέξτε «Όλες» για να δείτε όλες τις ειδήσεις.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NoticeBar</name>
    <message>
        <location filename="../app/desktop/pages/noticebar.cpp" line="+26"/>
        <source>Notice</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Close this notice</source>
        <translation>Κλείσιμο αυτής της σημείωσης</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationCenter</name>
    <message>
        <location filename="../app/desktop/notify/notificationcenter.cpp" line="+44"/>
        <source>Notifications (%1)</source>
        <translation>Ειδοποιήσεις (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notifications</source>
        <translation>Ειδοποιήσεις</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>News from %1 (%2)</source>
        <translation>Ειδήσεις από %1 (%2)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationsDialog</name>
    <message>
        <location filename="../app/desktop/notify/notificationsdialog.cpp" line="+27"/>
        <source>No notifications yet. New local news of your towns appear here.</source>
        <translation>Καμία ειδοποίηση ακόμα. Τα νέα τοπικά νέα των πόλεών σας εμφανίζονται εδώ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Καθαρισμός</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>Ειδοποιήσεις</translation>
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
        <translation>Εμφάνιση ειδοποίησης όταν μια πόλη δημοσιεύει ειδήσεις σε μια γλώσσα:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> min</source>
        <translation> λεπτά</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Look for news every</source>
        <translation>Έλεγχος για ειδήσεις κάθε</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::OfferForm</name>
    <message>
        <location filename="../app/desktop/pages/offerform.cpp" line="+27"/>
        <source>Continue to %1</source>
        <translation>Συνέχεια στο %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PackImport</name>
    <message>
        <location filename="../app/desktop/settings/packimport.cpp" line="+28"/>
        <source>Could not open the local store: %1</source>
        <translation>Δεν ήταν δυνατό το άνοιγμα της τοπικής αποθήκης: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The content pack %1 was not imported: %2 Nothing on this computer was changed.</source>
        <translation>Το πακέτο περιεχομένου %1 δεν εισήχθη: %2 Δεν άλλαξε τίποτα σε αυτόν τον υπολογιστή.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported from the content pack: %1 in %2.</source>
        <translation>Εισήχθη από το πακέτο περιεχομένου: %1 (γλώσσες: %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported, because this computer has newer content of %1 in %2. “Import anyway” replaces it with the older content of the pack.</source>
        <translation>Δεν εισήχθη, επειδή αυτός ο υπολογιστής έχει νεότερο περιεχόμενο για %1 (γλώσσες: %2). Το «Εισαγωγή παρ’ όλα αυτά» το αντικαθιστά με το παλαιότερο περιεχόμενο του πακέτου.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The content pack %1 holds no language.</source>
        <translation>Το πακέτο περιεχομένου %1 δεν περιέχει καμία γλώσσα.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PackImportPanel</name>
    <message>
        <location filename="../app/desktop/settings/packimportpanel.cpp" line="+23"/>
        <source>Import content pack…</source>
        <translation>Εισαγωγή πακέτου περιεχομένου…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import anyway</source>
        <translation>Εισαγωγή παρ’ όλα αυτά</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a region&apos;s content from a file made with “integreat-cli pack export” (for computers without fast internet).</source>
        <translation>Εισαγωγή του περιεχομένου μιας περιοχής από αρχείο που δημιουργήθηκε με το «integreat-cli pack export» (για υπολογιστές χωρίς γρήγορο διαδίκτυο).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing the content pack</source>
        <translation>Γίνεται εισαγωγή του πακέτου περιεχομένου</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Replaces this computer&apos;s newer content with the older content of the pack.</source>
        <translation>Αντικαθιστά το νεότερο περιεχόμενο αυτού του υπολογιστή με το παλαιότερο περιεχόμενο του πακέτου.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import content pack</source>
        <translation>Εισαγωγή πακέτου περιεχομένου</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Integreat content packs (*.integreat-pack)</source>
        <translation>Πακέτα περιεχομένου Integreat (*.integreat-pack)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Waiting for the running update to finish…</source>
        <translation>Αναμονή να τελειώσει η τρέχουσα ενημέρωση…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing the content pack…</source>
        <translation>Γίνεται εισαγωγή του πακέτου περιεχομένου…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PageHtml</name>
    <message>
        <location filename="../app/desktop/pages/pagehtml.cpp" line="+108"/>
        <source>Last updated on %1</source>
        <translation>Τελευταία ενημέρωση στις %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Published on %1</source>
        <translation>Δημοσιεύτηκε στις %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This page has no text yet.</source>
        <translation>Αυτή η σελίδα δεν έχει ακόμα κείμενο.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Imprint</source>
        <translation>Στοιχεία έκδοσης</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Contact form: write to the town&apos;s team</source>
        <translation>Φόρμα επικοινωνίας: γράψτε στην ομάδα της πόλης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online offer: opens in your browser</source>
        <translation>Διαδικτυακή υπηρεσία: ανοίγει στο πρόγραμμα περιήγησης</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This page is provided by %1</source>
        <translation>Αυτή η σελίδα παρέχεται από %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PinPad</name>
    <message>
        <location filename="../app/desktop/kiosk/pinpad.cpp" line="+22"/>
        <source>Administrator PIN</source>
        <translation>PIN διαχειριστή</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the PIN to open the administration.</source>
        <translation>Εισαγάγετε το PIN για να ανοίξει η διαχείριση.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceDetailHtml</name>
    <message>
        <location filename="../app/desktop/places/placedetailhtml.cpp" line="+82"/>
        <source>%1 km away</source>
        <translation>%1 km μακριά</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open all day</source>
        <translation>Ανοιχτά όλη την ημέρα</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Κλειστά</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open now</source>
        <translation>Ανοιχτά τώρα</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed now</source>
        <translation>Κλειστά τώρα</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>Προσωρινά κλειστά</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Only with an appointment</source>
        <translation>Μόνο με ραντεβού</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with an appointment</source>
        <translation>με ραντεβού</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>✓ Barrier-free</source>
        <translation>✓ Χωρίς εμπόδια</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Not barrier-free</source>
        <translation>✗ Με εμπόδια</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Address</source>
        <translation>Διεύθυνση</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Navigate (opens a map)</source>
        <translation>Πλοήγηση (ανοίγει χάρτη)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening hours</source>
        <translation>Ώρες λειτουργίας</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Make an appointment</source>
        <translation>Κλείστε ραντεβού</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Contacts</source>
        <translation>Επαφές</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact information</source>
        <translation>Στοιχεία επικοινωνίας</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile</source>
        <translation>Κινητό</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website</source>
        <translation>Ιστότοπος</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment</source>
        <translation>Ραντεβού</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office hours</source>
        <translation>Ώρες εξυπηρέτησης</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About this place</source>
        <translation>Σχετικά με αυτή την τοποθεσία</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events here</source>
        <translation>Εκδηλώσεις εδώ</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceFiltersDialog</name>
    <message>
        <location filename="../app/desktop/places/placefiltersdialog.cpp" line="+25"/>
        <source>Only places open now</source>
        <translation>Μόνο τοποθεσίες ανοιχτές τώρα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only barrier-free places</source>
        <translation>Μόνο τοποθεσίες χωρίς εμπόδια</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter places</source>
        <translation>Φιλτράρισμα τοποθεσιών</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reset filters</source>
        <translation>Επαναφορά φίλτρων</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Show %n place(s)</source>
        <translation>
            <numerusform>Εμφάνιση %n τοποθεσίας</numerusform>
            <numerusform>Εμφάνιση %n τοποθεσιών</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceListPanel</name>
    <message>
        <location filename="../app/desktop/places/placelistpanel.cpp" line="+26"/>
        <source>Show all places</source>
        <translation>Εμφάνιση όλων των τοποθεσιών</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Search in places</source>
        <translation>Αναζήτηση στις τοποθεσίες</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+100"/>
        <source>Filters…</source>
        <translation>Φίλτρα…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Places</source>
        <translation>Τοποθεσίες</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open now</source>
        <translation>Ανοιχτά τώρα</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed now</source>
        <translation>Κλειστά τώρα</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temporarily closed</source>
        <translation>Προσωρινά κλειστά</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>open now</source>
        <translation>ανοιχτά τώρα</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>barrier-free</source>
        <translation>χωρίς εμπόδια</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Filters (%1)…</source>
        <translation>Φίλτρα (%1)…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlacesSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/placessection.cpp" line="+31"/>
        <source>Places</source>
        <translation>Τοποθεσίες</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>This place is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Αυτή η τοποθεσία δεν υπάρχει σε αυτόν τον υπολογιστή. Μπορεί να έχει αφαιρεθεί ή είναι νεότερη από την τελευταία ενημέρωση.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlacesView</name>
    <message>
        <location filename="../app/desktop/places/placesview.cpp" line="+65"/>
        <source>← All places</source>
        <translation>← Όλες οι τοποθεσίες</translation>
    </message>
    <message>
        <location filename="../app/desktop/places/placesviewtiles.cpp" line="+56"/>
        <source>No map of %1 to show. Map tiles need an internet connection or an offline map file (an administrator can import one with “integreat-cli import-tiles”). The places stand on a plain background; the list and the details work without it.</source>
        <translation>Δεν υπάρχει χάρτης του %1 για εμφάνιση. Τα πλακίδια του χάρτη χρειάζονται σύνδεση στο διαδίκτυο ή ένα αρχείο χάρτη εκτός σύνδεσης (ένας διαχειριστής μπορεί να εισαγάγει ένα με το «integreat-cli import-tiles»). Οι τοποθεσίες εμφανίζονται σε απλό φόντο· η λίστα και οι λεπτομέρειες λειτουργούν και χωρίς αυτόν.</translation>
    </message>
    <message>
        <location filename="../app/desktop/places/placesview.cpp" line="-5"/>
        <source>Places and map</source>
        <translation>Τοποθεσίες και χάρτης</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Place</source>
        <translation>Τοποθεσία</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All places</source>
        <translation>Όλες οι τοποθεσίες</translation>
    </message>
    <message numerus="yes">
        <location line="+162"/>
        <source>%n place(s) at this spot</source>
        <translation>
            <numerusform>%n τοποθεσία σε αυτό το σημείο</numerusform>
            <numerusform>%n τοποθεσίες σε αυτό το σημείο</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n place(s), nearest first</source>
        <translation>
            <numerusform>%n τοποθεσία, πρώτα η πιο κοντινή</numerusform>
            <numerusform>%n τοποθεσίες, πρώτα η πιο κοντινή</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n place(s), A–Z</source>
        <translation>
            <numerusform>%n τοποθεσία, Α–Ω</numerusform>
            <numerusform>%n τοποθεσίες, Α–Ω</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no places for this town yet. They appear here after the next download.</source>
        <translation>Δεν υπάρχουν ακόμα τοποθεσίες για αυτή την πόλη. Εμφανίζονται εδώ μετά την επόμενη λήψη.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No place matches. Change the filters or the search.</source>
        <translation>Καμία τοποθεσία δεν ταιριάζει. Αλλάξτε τα φίλτρα ή την αναζήτηση.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::QrCard</name>
    <message>
        <location filename="../app/desktop/kiosk/qrcard.cpp" line="+19"/>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scan the code with your phone&apos;s camera to take this with you.</source>
        <translation>Σαρώστε τον κωδικό με την κάμερα του τηλεφώνου σας για να το πάρετε μαζί σας.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Call this number</source>
        <translation>Κλήση αυτού του αριθμού</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an e-mail</source>
        <translation>Αποστολή e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this on your phone</source>
        <translation>Άνοιγμα στο τηλέφωνό σας</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(too long for a QR code)</source>
        <translation>(πολύ μεγάλο για κωδικό QR)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::QrDialog</name>
    <message>
        <location filename="../app/desktop/counsel/qrdialog.cpp" line="+20"/>
        <source>QR code</source>
        <translation>Κωδικός QR</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QR code of the link</source>
        <translation>Κωδικός QR του συνδέσμου</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Scan the code to open this on your phone</source>
        <translation>Σαρώστε τον κωδικό για να το ανοίξετε στο τηλέφωνό σας</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the code to open “%1” on your phone</source>
        <translation>Σαρώστε τον κωδικό για να ανοίξετε το «%1» στο τηλέφωνό σας</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ReadAloudPanel</name>
    <message>
        <location filename="../app/desktop/counsel/readaloudpanel.cpp" line="+20"/>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading and close</source>
        <translation>Διακοπή ανάγνωσης και κλείσιμο</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionButton</name>
    <message>
        <location filename="../app/desktop/mainwindow/regionbutton.cpp" line="+33"/>
        <source>Town</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>Αλλαγή</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read about another town</source>
        <translation>Διαβάστε για άλλη πόλη</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change town</source>
        <translation>Αλλαγή πόλης</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Town: %1</source>
        <translation>Πόλη: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Find another town…</source>
        <translation>Βρείτε άλλη πόλη…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionList</name>
    <message>
        <location filename="../app/desktop/firstrun/regionlist.cpp" line="+21"/>
        <source>Regions</source>
        <translation>Περιοχές</translation>
    </message>
    <message>
        <location filename="../app/desktop/firstrun/regionlistmodel.cpp" line="+58"/>
        <source>Nearby</source>
        <translation>Κοντά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions near you</source>
        <translation>Περιοχές κοντά σας</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Regions starting with %1</source>
        <translation>Περιοχές που αρχίζουν από %1</translation>
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
        <translation>Επίσης για: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionPage</name>
    <message>
        <location filename="../app/desktop/firstrun/regionpage.cpp" line="+42"/>
        <source>Try again</source>
        <translation>Δοκιμάστε ξανά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the demo town</source>
        <translation>Δοκιμάστε την πόλη επίδειξης</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where do you live?</source>
        <translation>Πού μένετε;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your town or district. Its local information is then downloaded so that you can read it without internet.</source>
        <translation>Επιλέξτε την πόλη ή τον νομό σας. Οι τοπικές πληροφορίες του κατεβαίνουν, ώστε να μπορείτε να τις διαβάζετε χωρίς διαδίκτυο.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search, e.g. Landkreis München</source>
        <translation>Αναζήτηση, π.χ. Landkreis München</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search for a region</source>
        <translation>Αναζήτηση περιοχής</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of regions found</source>
        <translation>Αριθμός περιοχών που βρέθηκαν</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the list of regions…</source>
        <translation>Φόρτωση της λίστας περιοχών…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the list of regions</source>
        <translation>Φόρτωση της λίστας περιοχών</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meanwhile you can look around in Musterstadt, a made-up demo town that comes with the app (in German, English and Arabic).</source>
        <translation>Στο μεταξύ μπορείτε να δείτε τη Musterstadt, μια φανταστική πόλη επίδειξης που συνοδεύει την εφαρμογή (στα γερμανικά, αγγλικά και αραβικά).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No connection</source>
        <translation>Χωρίς σύνδεση</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The Integreat server cannot be reached right now, so the list of regions is not available. Please check your internet connection and try again.</source>
        <translation>Ο διακομιστής του Integreat δεν είναι διαθέσιμος αυτή τη στιγμή, οπότε η λίστα των περιοχών δεν είναι διαθέσιμη. Ελέγξτε τη σύνδεσή σας στο διαδίκτυο και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app is in offline mode, so the list of regions cannot be loaded.</source>
        <translation>Η εφαρμογή είναι σε λειτουργία εκτός σύνδεσης, οπότε η λίστα των περιοχών δεν μπορεί να φορτωθεί.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No town found for “%1”. Check the spelling, or try your district (Landkreis) or a town nearby: not every town takes part in Integreat yet.</source>
        <translation>Δεν βρέθηκε πόλη για «%1». Ελέγξτε την ορθογραφία ή δοκιμάστε τον νομό σας (Landkreis) ή μια κοντινή πόλη: δεν συμμετέχουν ακόμα όλες οι πόλεις στο Integreat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Regions: %1</source>
        <translation>Περιοχές: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions found: %1</source>
        <translation>Περιοχές που βρέθηκαν: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RelativeTime</name>
    <message>
        <location filename="../app/desktop/presentation/relativetime.cpp" line="+13"/>
        <source>Not updated yet</source>
        <translation>Δεν έχει ενημερωθεί ακόμα</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated just now</source>
        <translation>Ενημερώθηκε μόλις τώρα</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated 1 minute ago</source>
        <translation>Ενημερώθηκε πριν από 1 λεπτό</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>Ενημερώθηκε πριν από %n λεπτό</numerusform>
            <numerusform>Ενημερώθηκε πριν από %n λεπτά</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated 1 hour ago</source>
        <translation>Ενημερώθηκε πριν από 1 ώρα</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>Ενημερώθηκε πριν από %n ώρα</numerusform>
            <numerusform>Ενημερώθηκε πριν από %n ώρες</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated yesterday</source>
        <translation>Ενημερώθηκε χθες</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Updated %n days ago</source>
        <translation>
            <numerusform>Ενημερώθηκε πριν από %n ημέρα</numerusform>
            <numerusform>Ενημερώθηκε πριν από %n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated on %1</source>
        <translation>Ενημερώθηκε στις %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SearchView</name>
    <message>
        <location filename="../app/desktop/search/searchview.cpp" line="+61"/>
        <source>Search results</source>
        <translation>Αποτελέσματα αναζήτησης</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Search: “%1”</source>
        <translation>Αναζήτηση: «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching…</source>
        <translation>Αναζήτηση…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Page</source>
        <translation>Σελίδα</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Εκδήλωση</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Τοποθεσία</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>News</source>
        <translation>Είδηση</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Only in %1</source>
        <translation>Μόνο στα %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text excerpt in %1</source>
        <translation>Απόσπασμα κειμένου στα %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The search did not work: %1</source>
        <translation>Η αναζήτηση δεν λειτούργησε: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing found for “%1”.
Try other or fewer words.</source>
        <translation>Δεν βρέθηκε τίποτα για «%1».
Δοκιμάστε άλλες ή λιγότερες λέξεις.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found in %1 or in German for “%2”.
Try other or fewer words, or a German word you know from a letter.</source>
        <translation>Δεν βρέθηκε τίποτα στα %1 ή στα γερμανικά για «%2».
Δοκιμάστε άλλες ή λιγότερες λέξεις ή μια γερμανική λέξη που ξέρετε από μια επιστολή.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n or more results</source>
        <translation>
            <numerusform>%n ή περισσότερα αποτελέσματα</numerusform>
            <numerusform>%n ή περισσότερα αποτελέσματα</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 result</source>
        <translation>1 αποτέλεσμα</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n αποτέλεσμα</numerusform>
            <numerusform>%n αποτελέσματα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n or more results in %1 and German</source>
        <translation>
            <numerusform>%n ή περισσότερα αποτελέσματα στα %1 και στα γερμανικά</numerusform>
            <numerusform>%n ή περισσότερα αποτελέσματα στα %1 και στα γερμανικά</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 result in %1 and German</source>
        <translation>1 αποτέλεσμα στα %1 και στα γερμανικά</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n results in %1 and German</source>
        <translation>
            <numerusform>%n αποτέλεσμα στα %1 και στα γερμανικά</numerusform>
            <numerusform>%n αποτελέσματα στα %1 και στα γερμανικά</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results for “%1”</source>
        <translation>Αποτελέσματα για «%1»</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SectionBar</name>
    <message>
        <location filename="../app/desktop/mainwindow/sectionbar.cpp" line="+47"/>
        <source>Sections</source>
        <translation>Ενότητες</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SectionShell</name>
    <message>
        <location filename="../app/desktop/mainwindow/sectionshell.cpp" line="+15"/>
        <source>What the section chosen in the section tabs shows</source>
        <translation>Τι δείχνει η ενότητα που επιλέχθηκε στις καρτέλες ενοτήτων</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SettingsDialog</name>
    <message>
        <location filename="../app/desktop/settings/settingsdialog.cpp" line="+47"/>
        <source>High contrast</source>
        <translation>Υψηλή αντίθεση</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Settings</source>
        <translation>Ρυθμίσεις</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+20"/>
        <source>Language of the app</source>
        <translation>Γλώσσα της εφαρμογής</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Like the system (%1)</source>
        <translation>Όπως το σύστημα (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Menus and messages use this language from the next start. The language of the content is chosen above each page.</source>
        <translation>Τα μενού και τα μηνύματα χρησιμοποιούν αυτή τη γλώσσα από την επόμενη εκκίνηση. Η γλώσσα του περιεχομένου επιλέγεται πάνω από κάθε σελίδα.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+20"/>
        <source>Text size</source>
        <translation>Μέγεθος κειμένου</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading</source>
        <translation>Ανάγνωση</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>Ειδοποιήσεις</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> h</source>
        <translation> ώρες</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Update saved towns every</source>
        <translation>Ενημέρωση των αποθηκευμένων πόλεων κάθε</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer is shared (counseling): show End session in the window</source>
        <translation>Αυτός ο υπολογιστής είναι κοινόχρηστος (συμβουλευτική): εμφάνιση του «Τέλος συνεδρίας» στο παράθυρο</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shared computer</source>
        <translation>Κοινόχρηστος υπολογιστής</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved content</source>
        <translation>Αποθηκευμένο περιεχόμενο</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>End the session automatically when not in use</source>
        <translation>Αυτόματο τέλος της συνεδρίας όταν δεν χρησιμοποιείται</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>minutes without use</source>
        <translation>λεπτά χωρίς χρήση</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes without use before the session ends</source>
        <translation>Λεπτά χωρίς χρήση πριν τελειώσει η συνεδρία</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before it ends, a countdown asks whether someone is still there; any key or mouse movement keeps the session. On a shared computer the app also keeps no language, town, news read or folder of a client.</source>
        <translation>Πριν τελειώσει, μια αντίστροφη μέτρηση ρωτά αν είναι ακόμα κάποιος εκεί· οποιοδήποτε πλήκτρο ή κίνηση του ποντικιού διατηρεί τη συνεδρία. Σε κοινόχρηστο υπολογιστή η εφαρμογή επίσης δεν κρατά γλώσσα, πόλη, ειδήσεις που διαβάστηκαν ή φάκελο πελάτη.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SideBySidePane</name>
    <message>
        <location filename="../app/desktop/counsel/sidebysidepane.cpp" line="+43"/>
        <source>Second language</source>
        <translation>Δεύτερη γλώσσα</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Swap sides</source>
        <translation>Εναλλαγή πλευρών</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>%1 (not downloaded)</source>
        <translation>%1 (δεν έχει ληφθεί)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not saved on this computer yet. Download it to show this beside the page (this needs the internet).</source>
        <translation>Η γλώσσα %1 δεν έχει αποθηκευτεί ακόμα σε αυτόν τον υπολογιστή. Κάντε λήψη της για να εμφανίζεται δίπλα στη σελίδα (χρειάζεται σύνδεση στο διαδίκτυο).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download %1</source>
        <translation>Λήψη: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Downloading %1…</source>
        <translation>Λήψη της γλώσσας %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading %1: %2</source>
        <translation>Λήψη της γλώσσας %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be downloaded: %2</source>
        <translation>Δεν ήταν δυνατή η λήψη της γλώσσας %1: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open a page, an event, a place or a news item to see it here in a second language.</source>
        <translation>Ανοίξτε μια σελίδα, μια εκδήλωση, μια τοποθεσία ή μια είδηση για να τη δείτε εδώ σε δεύτερη γλώσσα.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“Print this week&apos;s events…” in the menu prints them in both languages.</source>
        <translation>Το «Εκτύπωση εκδηλώσεων αυτής της εβδομάδας…» στο μενού τις εκτυπώνει και στις δύο γλώσσες.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only one language of this town is saved: choose a second language above to download it.</source>
        <translation>Για αυτή την πόλη έχει αποθηκευτεί μόνο μία γλώσσα: επιλέξτε μια δεύτερη γλώσσα παραπάνω για να κάνετε λήψη.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Side by side shows pages, events, places and news items; this is not one of them.</source>
        <translation>Το «Δίπλα-δίπλα» εμφανίζει σελίδες, εκδηλώσεις, τοποθεσίες και ειδήσεις· αυτό δεν είναι κάτι από αυτά.</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>Second language:</source>
        <translation>Δεύτερη γλώσσα:</translation>
    </message>
    <message>
        <location line="+327"/>
        <source>This does not exist in %1. It exists in: %2.</source>
        <translation>Αυτό δεν υπάρχει στα %1. Υπάρχει στα: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other language</source>
        <translation>καμία άλλη γλώσσα</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SingleInstance</name>
    <message>
        <location filename="../app/desktop/shell/singleinstance.cpp" line="+141"/>
        <source>The running Integreat did not answer in time; it opens the link when it can.</source>
        <translation>Το Integreat που τρέχει δεν απάντησε εγκαίρως· θα ανοίξει τον σύνδεσμο όταν μπορέσει.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The running Integreat did not accept the link.</source>
        <translation>Το Integreat που τρέχει δεν δέχτηκε τον σύνδεσμο.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot watch for a second start of Integreat: %1</source>
        <translation>Δεν είναι δυνατή η παρακολούθηση για δεύτερη εκκίνηση του Integreat: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StartScreen</name>
    <message>
        <location filename="../app/desktop/kiosk/startscreen.cpp" line="+42"/>
        <source>Other town</source>
        <translation>Άλλη πόλη</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoragePanel</name>
    <message>
        <location filename="../app/desktop/settings/storagepanel.cpp" line="+37"/>
        <source>Delete saved content?</source>
        <translation>Διαγραφή του αποθηκευμένου περιεχομένου;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete everything saved about %1 from this computer? You can download it again later.</source>
        <translation>Να διαγραφούν όλα όσα είναι αποθηκευμένα για %1 από αυτόν τον υπολογιστή; Μπορείτε να τα κατεβάσετε ξανά αργότερα.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Data folder</source>
        <translation>Φάκελος δεδομένων</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved in: %1</source>
        <translation>Αποθηκευμένο στο: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting…</source>
        <translation>Καταμέτρηση…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Space used: %1</source>
        <translation>Χώρος σε χρήση: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 language</source>
        <translation>1 γλώσσα</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n languages</source>
        <translation>
            <numerusform>%n γλώσσα</numerusform>
            <numerusform>%n γλώσσες</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved content of %1</source>
        <translation>Διαγραφή του αποθηκευμένου περιεχομένου του %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline map…</source>
        <translation>Χάρτης εκτός σύνδεσης…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offline map is imported; choose a file to replace it.</source>
        <translation>Έχει εισαχθεί χάρτης εκτός σύνδεσης· επιλέξτε ένα αρχείο για να τον αντικαταστήσετε.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an offline map (.mbtiles) for the places.</source>
        <translation>Εισαγωγή χάρτη εκτός σύνδεσης (.mbtiles) για τις τοποθεσίες.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Offline map</source>
        <translation>Χάρτης εκτός σύνδεσης</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>MBTiles maps (*.mbtiles)</source>
        <translation>Χάρτες MBTiles (*.mbtiles)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No town is saved on this computer.</source>
        <translation>Δεν είναι αποθηκευμένη καμία πόλη σε αυτόν τον υπολογιστή.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not delete</source>
        <translation>Η διαγραφή δεν ήταν δυνατή</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved content could not be deleted: %1</source>
        <translation>Δεν ήταν δυνατή η διαγραφή του αποθηκευμένου περιεχομένου: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoreGuard</name>
    <message>
        <location filename="../app/desktop/common/storeguard.cpp" line="+33"/>
        <source>The saved content could not be read: %1</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση του αποθηκευμένου περιεχομένου: %1</translation>
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
        <translation>δεν είναι δυνατή η δημιουργία του φακέλου %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved content cannot be opened: %1 (%2)</source>
        <translation>Το αποθηκευμένο περιεχόμενο δεν μπορεί να ανοίξει: %1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The damaged file could not be moved aside: %1</source>
        <translation>Δεν ήταν δυνατή η μετακίνηση του κατεστραμμένου αρχείου στην άκρη: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The saved content cannot be opened: %1</source>
        <translation>Το αποθηκευμένο περιεχόμενο δεν μπορεί να ανοίξει: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Downloading %1 again …</source>
        <translation>Νέα λήψη του %1 …</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncController</name>
    <message>
        <location filename="../app/desktop/sync/synccontroller.cpp" line="+48"/>
        <source>Offline mode: no network is used.</source>
        <translation>Λειτουργία εκτός σύνδεσης: δεν χρησιμοποιείται δίκτυο.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncPage</name>
    <message>
        <location filename="../app/desktop/firstrun/syncpage.cpp" line="+55"/>
        <source>Downloading the local information</source>
        <translation>Λήψη των τοπικών πληροφοριών</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download progress</source>
        <translation>Πρόοδος λήψης</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download status</source>
        <translation>Κατάσταση λήψης</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 – this takes a moment. You can cancel at any time; what is already on this computer stays as it was.</source>
        <translation>%1 – αυτό διαρκεί λίγο. Μπορείτε να ακυρώσετε οποιαδήποτε στιγμή· ό,τι υπάρχει ήδη σε αυτόν τον υπολογιστή μένει όπως ήταν.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Connecting…</source>
        <translation>Σύνδεση…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Ακύρωση…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 of %2 – %3: %4</source>
        <translation>%1 από %2 – %3: %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Downloading images and documents: %1 of %2</source>
        <translation>Λήψη εικόνων και εγγράφων: %1 από %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation>Ακυρώθηκε.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No answer for this language.</source>
        <translation>Καμία απάντηση για αυτή τη γλώσσα.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing could be downloaded.</source>
        <translation>Δεν ήταν δυνατή η λήψη τίποτα.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some languages could not be downloaded. You can retry them or continue with what is there.</source>
        <translation>Ορισμένες γλώσσες δεν ήταν δυνατό να κατέβουν. Μπορείτε να τις δοκιμάσετε ξανά ή να συνεχίσετε με ό,τι υπάρχει.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done.</source>
        <translation>Ολοκληρώθηκε.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncPresenter</name>
    <message>
        <location filename="../app/desktop/mainwindow/syncpresenter.cpp" line="+46"/>
        <source>This is a demo town with example content: there is nothing to update. Choose your own town with “Change” to get its content.</source>
        <translation>Αυτή είναι μια πόλη επίδειξης με παραδείγματα περιεχομένου: δεν υπάρχει τίποτα για ενημέρωση. Επιλέξτε τη δική σας πόλη με το «Αλλαγή» για να πάρετε το περιεχόμενό της.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An update is running. Please try again when it is done.</source>
        <translation>Γίνεται ήδη ενημέρωση. Δοκιμάστε ξανά όταν τελειώσει.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Updating…</source>
        <translation>Ενημέρωση…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 από %4)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The language could not be downloaded: %1</source>
        <translation>Δεν ήταν δυνατή η λήψη της γλώσσας: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncStateWidget</name>
    <message>
        <location filename="../app/desktop/mainwindow/syncstatewidget.cpp" line="+30"/>
        <location line="+1"/>
        <location line="+168"/>
        <source>Offline</source>
        <translation>Εκτός σύνδεσης</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Update state</source>
        <translation>Κατάσταση ενημέρωσης</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>Ενημερώθηκε πριν από %n λεπτό</numerusform>
            <numerusform>Ενημερώθηκε πριν από %n λεπτά</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>Ενημερώθηκε πριν από %n ώρα</numerusform>
            <numerusform>Ενημερώθηκε πριν από %n ώρες</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated yesterday</source>
        <translation>Ενημερώθηκε χθες</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not updated yet</source>
        <translation>Δεν έχει ενημερωθεί ακόμα</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+106"/>
        <source>Update failed</source>
        <translation>Η ενημέρωση απέτυχε</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+102"/>
        <source>Updating…</source>
        <translation>Ενημέρωση…</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+99"/>
        <source>Example content</source>
        <translation>Παράδειγμα περιεχομένου</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+103"/>
        <source>Updating elsewhere</source>
        <translation>Ενημερώνεται αλλού</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+121"/>
        <source>Sync now</source>
        <translation>Συγχρονισμός τώρα</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+121"/>
        <source>Stop</source>
        <translation>Διακοπή</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Another update is running.</source>
        <translation>Εκτελείται άλλη ενημέρωση.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Another program is updating the content on this computer. Try Sync now again when it is done.</source>
        <translation>Ένα άλλο πρόγραμμα ενημερώνει το περιεχόμενο σε αυτόν τον υπολογιστή. Δοκιμάστε ξανά το «Συγχρονισμός τώρα» όταν τελειώσει.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a demo town with example content. It is not updated from a server; choose your town to get its real content.</source>
        <translation>Αυτή είναι μια πόλη επίδειξης με παραδείγματα περιεχομένου. Δεν ενημερώνεται από διακομιστή· επιλέξτε την πόλη σας για να πάρετε το πραγματικό της περιεχόμενο.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo</source>
        <translation>Επίδειξη</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop the update; the saved content stays as it is</source>
        <translation>Διακοπή της ενημέρωσης· το αποθηκευμένο περιεχόμενο μένει όπως είναι</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the latest content (F5)</source>
        <translation>Λήψη του πιο πρόσφατου περιεχομένου (F5)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncWorker</name>
    <message>
        <location filename="../app/desktop/sync/syncworker.cpp" line="+44"/>
        <source>Could not create the data folder %1.</source>
        <translation>Δεν ήταν δυνατή η δημιουργία του φακέλου δεδομένων %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not open the local store: %1</source>
        <translation>Δεν ήταν δυνατό το άνοιγμα της τοπικής αποθήκης: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelled.</source>
        <translation>Ακυρώθηκε.</translation>
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
        <translation>Δεν υπάρχει ακόμα πληκτρολόγιο οθόνης για αυτή τη γλώσσα: γράψτε με λατινικά γράμματα.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other letters: %1</source>
        <translation>Άλλα γράμματα: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Space</source>
        <translation>Διάστημα</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide the keyboard</source>
        <translation>Απόκρυψη πληκτρολογίου</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackOutbox</name>
    <message>
        <location filename="../core/feedback/feedbackoutbox.cpp" line="+33"/>
        <source>Sending your feedback…</source>
        <translation>Αποστολή των σχολίων σας…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your feedback will be sent when this computer is online.</source>
        <translation>Τα σχόλιά σας θα σταλούν όταν ο υπολογιστής συνδεθεί στο διαδίκτυο.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your feedback will be sent when this computer is online, if the app stays open: on a shared computer it is not saved.</source>
        <translation>Τα σχόλιά σας θα σταλούν όταν ο υπολογιστής συνδεθεί στο διαδίκτυο, αν η εφαρμογή μείνει ανοιχτή: σε κοινόχρηστο υπολογιστή δεν αποθηκεύονται.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your feedback could not be sent.</source>
        <translation>Δεν ήταν δυνατή η αποστολή των σχολίων σας.</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackResult</name>
    <message>
        <location filename="../core/feedback/feedbacksender.cpp" line="+24"/>
        <source>Thank you! Your feedback was sent to the town&apos;s editors.</source>
        <translation>Ευχαριστούμε! Τα σχόλιά σας στάλθηκαν στους συντάκτες της πόλης.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline: your feedback was not sent.</source>
        <translation>Είστε εκτός σύνδεσης: τα σχόλιά σας δεν στάλθηκαν.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Integreat server has a problem (error %1): your feedback was not sent.</source>
        <translation>Ο διακομιστής του Integreat έχει πρόβλημα (σφάλμα %1): τα σχόλιά σας δεν στάλθηκαν.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too much feedback was sent from here in a short time: your feedback was not sent yet.</source>
        <translation>Στάλθηκαν πάρα πολλά σχόλια από εδώ σε λίγο χρόνο: τα σχόλιά σας δεν έχουν σταλεί ακόμα.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Integreat server did not accept this feedback (error %1).</source>
        <translation>Ο διακομιστής του Integreat δεν δέχτηκε αυτά τα σχόλια (σφάλμα %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Integreat server did not accept this feedback (error %1): %2</source>
        <translation>Ο διακομιστής του Integreat δεν δέχτηκε αυτά τα σχόλια (σφάλμα %1): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your feedback could not be sent: %1</source>
        <translation>Δεν ήταν δυνατή η αποστολή των σχολίων σας: %1</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackSender</name>
    <message>
        <location line="+16"/>
        <source>a thumb or a comment is needed</source>
        <translation>χρειάζεται μια αξιολόγηση ή ένα σχόλιο</translation>
    </message>
</context>
<context>
    <name>integreat::geo</name>
    <message>
        <location filename="../core/geo/tileimport.cpp" line="+23"/>
        <source>%1 is not a region code.</source>
        <translation>Το %1 δεν είναι κωδικός περιοχής.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the folder for offline maps in %1.</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου για χάρτες εκτός σύνδεσης στο %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot copy %1 into the data folder.</source>
        <translation>Δεν είναι δυνατή η αντιγραφή του %1 στον φάκελο δεδομένων.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot replace the offline map %1.</source>
        <translation>Δεν είναι δυνατή η αντικατάσταση του χάρτη εκτός σύνδεσης %1.</translation>
    </message>
</context>
<context>
    <name>integreat::geo::MbtilesSource</name>
    <message>
        <location filename="../core/geo/mbtilessource.cpp" line="+55"/>
        <source>The map file %1 does not exist.</source>
        <translation>Το αρχείο χάρτη %1 δεν υπάρχει.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not an MBTiles map file (not an SQLite database).</source>
        <translation>Το %1 δεν είναι αρχείο χάρτη MBTiles (δεν είναι βάση δεδομένων SQLite).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an MBTiles map file (it has no tiles or metadata table).</source>
        <translation>Το %1 δεν είναι αρχείο χάρτη MBTiles (δεν έχει πίνακα tiles ή metadata).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not an MBTiles map file (its tiles table lacks the MBTiles columns).</source>
        <translation>Το %1 δεν είναι αρχείο χάρτη MBTiles (στον πίνακα tiles λείπουν οι στήλες MBTiles).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds vector tiles (pbf); only raster maps (PNG, JPEG) can be shown.</source>
        <translation>Το %1 περιέχει διανυσματικά πλακίδια (pbf)· μπορούν να εμφανιστούν μόνο χάρτες raster (PNG, JPEG).</translation>
    </message>
</context>
<context>
    <name>integreat::geo::OnlineTileSource</name>
    <message>
        <location filename="../core/geo/onlinetilesource.cpp" line="+182"/>
        <source>The tile server gave an unexpected answer (HTTP %1).</source>
        <translation>Ο διακομιστής πλακιδίων έδωσε μια απρόσμενη απάντηση (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>integreat::kiosk::KioskConfig</name>
    <message>
        <location filename="../core/kiosk/kioskconfig.cpp" line="+18"/>
        <source>“%1” is not a region slug (like augsburg).</source>
        <translation>Το «%1» δεν είναι slug περιοχής (όπως augsburg).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a language code (like de or ar).</source>
        <translation>Το «%1» δεν είναι κωδικός γλώσσας (όπως de ή ar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The start language %1 is not among the languages %2.</source>
        <translation>Η γλώσσα έναρξης %1 δεν είναι μία από τις γλώσσες %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The idle time must be from %1 to %2 seconds.</source>
        <translation>Ο χρόνος αδράνειας πρέπει να είναι από %1 έως %2 δευτερόλεπτα.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The countdown must be from 1 to %1 seconds.</source>
        <translation>Η αντίστροφη μέτρηση πρέπει να είναι από 1 έως %1 δευτερόλεπτα.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one section must be shown.</source>
        <translation>Πρέπει να εμφανίζεται τουλάχιστον μία ενότητα.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown section “%1” (known: %2).</source>
        <translation>Άγνωστη ενότητα «%1» (γνωστές: %2).</translation>
    </message>
</context>
<context>
    <name>integreat::kiosk::KioskConfigFile</name>
    <message>
        <location filename="../core/kiosk/kioskconfigfile.cpp" line="+77"/>
        <source>line %1: expected “key = value”</source>
        <translation>γραμμή %1: αναμενόταν «key = value»</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>line %1: unknown setting “%2”</source>
        <translation>γραμμή %1: άγνωστη ρύθμιση «%2»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: “%2” is not a valid value for %3</source>
        <translation>γραμμή %1: το «%2» δεν είναι έγκυρη τιμή για %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no [kiosk] section</source>
        <translation>δεν υπάρχει ενότητα [kiosk]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The kiosk configuration %1 does not exist; the kiosk runs locked with default settings and no PIN (run integreat-cli kiosk setup).</source>
        <translation>Οι ρυθμίσεις κιόσκ %1 δεν υπάρχουν· το κιόσκ λειτουργεί κλειδωμένο με προεπιλεγμένες ρυθμίσεις και χωρίς PIN (εκτελέστε integreat-cli kiosk setup).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The kiosk configuration %1 cannot be read (%2); the kiosk runs locked with default settings and no PIN.</source>
        <translation>Οι ρυθμίσεις κιόσκ %1 δεν μπορούν να διαβαστούν (%2)· το κιόσκ λειτουργεί κλειδωμένο με προεπιλεγμένες ρυθμίσεις και χωρίς PIN.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The kiosk configuration %1 is broken (%2); the kiosk runs locked with default settings and no PIN.</source>
        <translation>Οι ρυθμίσεις κιόσκ %1 είναι χαλασμένες (%2)· το κιόσκ λειτουργεί κλειδωμένο με προεπιλεγμένες ρυθμίσεις και χωρίς PIN.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the folder of %1.</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου του %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>Δεν είναι δυνατή η εγγραφή του %1: %2</translation>
    </message>
</context>
<context>
    <name>integreat::net::Fetcher</name>
    <message numerus="yes">
        <location filename="../core/net/fetcher.cpp" line="+63"/>
        <source>The server is busy and asks to try again in %n minute(s).</source>
        <translation>
            <numerusform>Ο διακομιστής είναι απασχολημένος και ζητά νέα προσπάθεια σε %n λεπτό.</numerusform>
            <numerusform>Ο διακομιστής είναι απασχολημένος και ζητά νέα προσπάθεια σε %n λεπτά.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>Cancelled.</source>
        <translation>Ακυρώθηκε.</translation>
    </message>
</context>
<context>
    <name>integreat::net::Proxy</name>
    <message>
        <location filename="../core/net/proxy.cpp" line="+41"/>
        <source>The proxy “%1” is not usable: give http://HOST:PORT, socks5://HOST:PORT or none.</source>
        <translation>Ο διακομιστής μεσολάβησης «%1» δεν μπορεί να χρησιμοποιηθεί: δώστε http://HOST:PORT, socks5://HOST:PORT ή none.</translation>
    </message>
</context>
<context>
    <name>integreat::net::Transfer</name>
    <message>
        <location filename="../core/net/transfer.cpp" line="+79"/>
        <source>Cancelled.</source>
        <translation>Ακυρώθηκε.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+27"/>
        <source>The download is larger than %1 MB; it was stopped.</source>
        <translation>Η λήψη είναι μεγαλύτερη από %1 MB· σταμάτησε.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server sent the request on to %1, which is not allowed.</source>
        <translation>Ο διακομιστής προώθησε το αίτημα στο %1, κάτι που δεν επιτρέπεται.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <location line="+111"/>
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Ο διακομιστής δεν απάντησε μέσα σε %n δευτερόλεπτο.</numerusform>
            <numerusform>Ο διακομιστής δεν απάντησε μέσα σε %n δευτερόλεπτα.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-99"/>
        <source>The server sent only %1 bytes in %n second(s), less than %2 bytes a second; the download was stopped.</source>
        <translation>
            <numerusform>Ο διακομιστής έστειλε μόνο %1 byte σε %n δευτερόλεπτο, λιγότερα από %2 byte ανά δευτερόλεπτο· η λήψη σταμάτησε.</numerusform>
            <numerusform>Ο διακομιστής έστειλε μόνο %1 byte σε %n δευτερόλεπτα, λιγότερα από %2 byte ανά δευτερόλεπτο· η λήψη σταμάτησε.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not found on the server (HTTP 404).</source>
        <translation>Δεν βρέθηκε στον διακομιστή (HTTP 404).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>Ο διακομιστής απάντησε με σφάλμα (HTTP %1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+20"/>
        <source>The connection was closed before the download was complete.</source>
        <translation>Η σύνδεση έκλεισε πριν ολοκληρωθεί η λήψη.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The server sent compressed data that cannot be unpacked safely (damaged, or far larger unpacked than sent); the download was stopped.</source>
        <translation>Ο διακομιστής έστειλε συμπιεσμένα δεδομένα που δεν μπορούν να αποσυμπιεστούν με ασφάλεια (κατεστραμμένα ή πολύ μεγαλύτερα μετά την αποσυμπίεση)· η λήψη σταμάτησε.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server %1 was not found; check the address and the internet connection.</source>
        <translation>Ο διακομιστής %1 δεν βρέθηκε· ελέγξτε τη διεύθυνση και τη σύνδεση στο διαδίκτυο.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 refused the connection.</source>
        <translation>Ο διακομιστής %1 αρνήθηκε τη σύνδεση.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure connection to %1 could not be established: %2</source>
        <translation>Δεν ήταν δυνατή η δημιουργία ασφαλούς σύνδεσης με το %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy could not be reached: %1</source>
        <translation>Ο διακομιστής μεσολάβησης δεν είναι προσβάσιμος: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy asks for a user name and password.</source>
        <translation>Ο διακομιστής μεσολάβησης ζητά όνομα χρήστη και κωδικό πρόσβασης.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request on too many times.</source>
        <translation>Ο διακομιστής προώθησε το αίτημα πάρα πολλές φορές.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request on from https to http, which is not allowed.</source>
        <translation>Ο διακομιστής προώθησε το αίτημα από https σε http, κάτι που δεν επιτρέπεται.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no network connection.</source>
        <translation>Δεν υπάρχει σύνδεση δικτύου.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network error (code %1).</source>
        <translation>Σφάλμα δικτύου (κωδικός %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error: %1</source>
        <translation>Σφάλμα δικτύου: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack</name>
    <message>
        <location filename="../core/pack/packexporter.cpp" line="+51"/>
        <source>Could not read %1: %2</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση του %1: %2</translation>
    </message>
    <message>
        <location filename="../core/pack/packinstaller.cpp" line="+41"/>
        <source>Could not write %1.</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του %1.</translation>
    </message>
    <message>
        <location filename="../core/pack/packmanifest.cpp" line="+92"/>
        <location filename="../core/pack/packreader.cpp" line="+46"/>
        <source>This is not an Integreat content pack (its manifest is missing or damaged).</source>
        <translation>Αυτό δεν είναι πακέτο περιεχομένου Integreat (το manifest λείπει ή είναι κατεστραμμένο).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This content pack was made by a newer version of Integreat (pack format %1; this version reads up to %2). Update Integreat to import it.</source>
        <translation>Αυτό το πακέτο περιεχομένου δημιουργήθηκε από νεότερη έκδοση του Integreat (μορφή πακέτου %1· αυτή η έκδοση διαβάζει έως %2). Ενημερώστε το Integreat για να το εισαγάγετε.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack&apos;s manifest is incomplete or damaged (%1).</source>
        <translation>Το manifest του πακέτου είναι ελλιπές ή κατεστραμμένο (%1).</translation>
    </message>
    <message>
        <location filename="../core/pack/tarwriter.cpp" line="+53"/>
        <source>Cannot store “%1” in a pack.</source>
        <translation>Δεν είναι δυνατή η αποθήκευση του «%1» σε πακέτο.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 changed while it was read.</source>
        <translation>Το %1 άλλαξε ενώ διαβαζόταν.</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackExporter</name>
    <message>
        <location filename="../core/pack/packexporter.cpp" line="+49"/>
        <source>The region %1 is not in the local store; sync it first.</source>
        <translation>Η περιοχή %1 δεν υπάρχει στην τοπική αποθήκη· συγχρονίστε την πρώτα.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has not been synced in %2 yet; sync it first.</source>
        <translation>Η γλώσσα %1 δεν έχει συγχρονιστεί ακόμα στην περιοχή %2· συγχρονίστε την πρώτα.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+11"/>
        <source>Could not write %1: %2</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the local store: %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση της τοπικής αποθήκης: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackInstaller</name>
    <message>
        <location filename="../core/pack/packinstaller.cpp" line="+37"/>
        <source>Could not open %1: %2</source>
        <translation>Δεν ήταν δυνατό το άνοιγμα του %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not unpack the pack into %1: %2</source>
        <translation>Δεν ήταν δυνατή η αποσυμπίεση του πακέτου στο %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pack is damaged: its offline map cannot be read (%1).</source>
        <translation>Το πακέτο είναι κατεστραμμένο: ο χάρτης εκτός σύνδεσης δεν μπορεί να διαβαστεί (%1).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not save the content pack: %1</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση του πακέτου περιεχομένου: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackReader</name>
    <message>
        <location filename="../core/pack/packreader.cpp" line="+57"/>
        <source>The pack is damaged: it holds %1, which its manifest does not list.</source>
        <translation>Το πακέτο είναι κατεστραμμένο: περιέχει το %1, που δεν αναφέρεται στο manifest του.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pack is damaged: %1 does not have the size its manifest gives.</source>
        <translation>Το πακέτο είναι κατεστραμμένο: το %1 δεν έχει το μέγεθος που δίνει το manifest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pack is damaged: %1 is too large.</source>
        <translation>Το πακέτο είναι κατεστραμμένο: το %1 είναι πολύ μεγάλο.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>Could not unpack the pack into %1: %2</source>
        <translation>Δεν ήταν δυνατή η αποσυμπίεση του πακέτου στο %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack is damaged: %1 does not match its checksum.</source>
        <translation>Το πακέτο είναι κατεστραμμένο: το %1 δεν ταιριάζει με το άθροισμα ελέγχου του.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The pack is incomplete: %1 is missing.</source>
        <translation>Το πακέτο είναι ελλιπές: λείπει το %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pack is damaged: %1 is not valid (%2).</source>
        <translation>Το πακέτο είναι κατεστραμμένο: το %1 δεν είναι έγκυρο (%2).</translation>
    </message>
</context>
<context>
    <name>integreat::pack::TarReader</name>
    <message>
        <location filename="../core/pack/tarreader.cpp" line="+86"/>
        <location line="+38"/>
        <location line="+10"/>
        <source>The pack ends early (it was cut short while copying?).</source>
        <translation>Το πακέτο τελειώνει πρόωρα (διακόπηκε κατά την αντιγραφή;).</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The pack is damaged: an empty block inside it.</source>
        <translation>Το πακέτο είναι κατεστραμμένο: περιέχει ένα κενό μπλοκ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pack is damaged: a part&apos;s header is not valid.</source>
        <translation>Το πακέτο είναι κατεστραμμένο: η κεφαλίδα ενός μέρους δεν είναι έγκυρη.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pack is damaged: it holds something other than files.</source>
        <translation>Το πακέτο είναι κατεστραμμένο: περιέχει κάτι άλλο εκτός από αρχεία.</translation>
    </message>
</context>
<context>
    <name>integreat::print::Handout</name>
    <message>
        <location filename="../app/desktop/print/handout.cpp" line="+79"/>
        <source>Printed on %1</source>
        <translation>Εκτυπώθηκε στις %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last updated on %1</source>
        <translation>Τελευταία ενημέρωση στις %1</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Page %1 of %2</source>
        <translation>Σελίδα %1 από %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot write %1: the file could not be created</source>
        <translation>Δεν είναι δυνατή η εγγραφή του %1: δεν ήταν δυνατή η δημιουργία του αρχείου</translation>
    </message>
</context>
<context>
    <name>integreat::print::HandoutHtml</name>
    <message>
        <location filename="../app/desktop/print/handouthtml.cpp" line="+112"/>
        <location line="+6"/>
        <source>Closed</source>
        <translation>Κλειστά</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open all day</source>
        <translation>Ανοιχτά όλη την ημέρα</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only with an appointment</source>
        <translation>μόνο με ραντεβού</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>today</source>
        <translation>σήμερα</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Κινητό</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Ιστότοπος</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact</source>
        <translation>Επικοινωνία</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Address</source>
        <translation>Διεύθυνση</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>Προσωρινά κλειστά</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today</source>
        <translation>Σήμερα</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>Ώρες λειτουργίας</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appointments</source>
        <translation>Ραντεβού</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About</source>
        <translation>Σχετικά</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Πού</translation>
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
        <translation>Το %1 δεν υπάρχει στην τοπική αποθήκη για %2 (%3).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This item does not exist in “%1”. It exists in: %2.</source>
        <translation>Αυτό το στοιχείο δεν υπάρχει στα «%1». Υπάρχει στα: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other language</source>
        <translation>καμία άλλη γλώσσα</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The “%1” version of this item is not stored; sync that language first.</source>
        <translation>Η έκδοση «%1» αυτού του στοιχείου δεν είναι αποθηκευμένη· συγχρονίστε πρώτα αυτή τη γλώσσα.</translation>
    </message>
</context>
<context>
    <name>integreat::print::PrintActions</name>
    <message>
        <location filename="../app/desktop/print/printactions.cpp" line="+23"/>
        <location line="+46"/>
        <source>Print…</source>
        <translation>Εκτύπωση…</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+46"/>
        <source>Save as PDF…</source>
        <translation>Αποθήκευση ως PDF…</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Print next week&apos;s events…</source>
        <translation>Εκτύπωση εκδηλώσεων της επόμενης εβδομάδας…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save next week&apos;s events as PDF…</source>
        <translation>Αποθήκευση εκδηλώσεων της επόμενης εβδομάδας ως PDF…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Print this week&apos;s events…</source>
        <translation>Εκτύπωση εκδηλώσεων αυτής της εβδομάδας…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this week&apos;s events as PDF…</source>
        <translation>Αποθήκευση εκδηλώσεων αυτής της εβδομάδας ως PDF…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the local store: %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση της τοπικής αποθήκης: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot print</source>
        <translation>Η εκτύπωση δεν είναι δυνατή</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The printer could not be used.</source>
        <translation>Δεν ήταν δυνατή η χρήση του εκτυπωτή.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as PDF</source>
        <translation>Αποθήκευση ως PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Έγγραφα PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>integreat::print::WeekHtml</name>
    <message>
        <location filename="../app/desktop/print/weekhtml.cpp" line="+39"/>
        <source>Events of the week</source>
        <translation>Εκδηλώσεις της εβδομάδας</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No events on this day.</source>
        <translation>Καμία εκδήλωση αυτή την ημέρα.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This event is not translated.</source>
        <translation>Αυτή η εκδήλωση δεν έχει μεταφραστεί.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All day</source>
        <translation>Όλη την ημέρα</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>irregular dates: check with the organizer</source>
        <translation>ακανόνιστες ημερομηνίες: ελέγξτε με τον διοργανωτή</translation>
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
        <translation>Δεν υπάρχουν αποθηκευμένες εκδηλώσεις για %1 στα «%2»: δεν υπάρχει τίποτα για εκτύπωση.</translation>
    </message>
</context>
<context>
    <name>integreat::session::SessionWiper</name>
    <message>
        <location filename="../app/desktop/session/sessionwiper.cpp" line="+46"/>
        <source>The file dialogs&apos; history could not be cleared (%1).</source>
        <translation>Δεν ήταν δυνατή η διαγραφή του ιστορικού των παραθύρων αρχείων (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not delete %1.</source>
        <translation>Δεν ήταν δυνατή η διαγραφή του %1.</translation>
    </message>
</context>
<context>
    <name>integreat::speech::QtSpeechEngine</name>
    <message>
        <location filename="../app/desktop/speech/qtspeechengine.cpp" line="+27"/>
        <source>The speech service failed.</source>
        <translation>Η υπηρεσία ομιλίας απέτυχε.</translation>
    </message>
</context>
<context>
    <name>integreat::speech::ReadAloud</name>
    <message>
        <location filename="../app/desktop/speech/readaloud.cpp" line="+43"/>
        <source>No voice for %1 on this computer</source>
        <translation>Δεν υπάρχει φωνή για %1 σε αυτόν τον υπολογιστή</translation>
    </message>
</context>
<context>
    <name>integreat::speech::ReadAloudBar</name>
    <message>
        <location filename="../app/desktop/speech/readaloudbar.cpp" line="+21"/>
        <source>Stop</source>
        <translation>Διακοπή</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Ταχύτητα</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slow</source>
        <translation>Αργά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal speed</source>
        <translation>Κανονική ταχύτητα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast</source>
        <translation>Γρήγορα</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pause</source>
        <translation>Παύση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Συνέχεια</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read aloud</source>
        <translation>Ανάγνωση φωναχτά</translation>
    </message>
</context>
<context>
    <name>integreat::store::StoreRescue</name>
    <message>
        <location filename="../core/store/storerescue.cpp" line="+36"/>
        <source>%1 is a folder, not a database file</source>
        <translation>Το %1 είναι φάκελος, όχι αρχείο βάσης δεδομένων</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the integrity check found: %1</source>
        <translation>ο έλεγχος ακεραιότητας βρήκε: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not move %1 to %2.</source>
        <translation>Δεν ήταν δυνατή η μετακίνηση του %1 στο %2.</translation>
    </message>
</context>
<context>
    <name>integreat::sync::LanguageFetcher</name>
    <message>
        <location filename="../core/sync/languagefetcher.cpp" line="+89"/>
        <source>region list</source>
        <translation>λίστα περιοχών</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pages</source>
        <translation>σελίδες</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>events</source>
        <translation>εκδηλώσεις</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>places</source>
        <translation>τοποθεσίες</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>place categories</source>
        <translation>κατηγορίες τοποθεσιών</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imprint</source>
        <translation>στοιχεία έκδοσης</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>news</source>
        <translation>ειδήσεις</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+22"/>
        <source>Cancelled.</source>
        <translation>Ακυρώθηκε.</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+115"/>
        <source>Could not download the %1: %2</source>
        <translation>Η λήψη απέτυχε (%1): %2</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>The server sent damaged data for the %1 (%2 at byte %3).</source>
        <translation>Ο διακομιστής έστειλε κατεστραμμένα δεδομένα (%1): %2 στο byte %3.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>news: not offered by the server; the stored news are kept</source>
        <translation>ειδήσεις: δεν προσφέρονται από τον διακομιστή· οι αποθηκευμένες ειδήσεις διατηρούνται</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <location line="+52"/>
        <location line="+60"/>
        <source>The %1 could not be read: %2</source>
        <translation>Η ανάγνωση απέτυχε (%1): %2</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The language “%1” is not available in this region (HTTP 404).</source>
        <translation>Η γλώσσα «%1» δεν είναι διαθέσιμη σε αυτή την περιοχή (HTTP 404).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found on the server (HTTP 404).</source>
        <translation>Δεν βρέθηκε στον διακομιστή (HTTP 404).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>imprint: not offered by the server</source>
        <translation>στοιχεία έκδοσης: δεν προσφέρονται από τον διακομιστή</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ListCheck</name>
    <message>
        <location filename="../core/sync/listcheck.cpp" line="+29"/>
        <source>The server sent %1 items for the %2, more than the %3 this app accepts; the stored %2 are kept.</source>
        <translation>%2: ο διακομιστής έστειλε %1 στοιχεία, περισσότερα από τα %3 που δέχεται αυτή η εφαρμογή· τα αποθηκευμένα διατηρούνται (%2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No item of the %1 could be read (%2 received; first problem: %3); the stored %1 are kept.</source>
        <translation>%1: κανένα στοιχείο δεν μπορεί να διαβαστεί (ελήφθησαν %2· πρώτο πρόβλημα: %3)· τα αποθηκευμένα διατηρούνται (%1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of the %2 items of the %3 could not be read (%4); the stored %3 are kept.</source>
        <translation>%3: %1 από τα %2 στοιχεία δεν μπορούν να διαβαστούν (%4)· τα αποθηκευμένα διατηρούνται (%3).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Item %1 of the %2 holds %3 characters of text, more than the %4 this app accepts; the stored %2 are kept.</source>
        <translation>%2: το στοιχείο %1 έχει %3 χαρακτήρες κειμένου, περισσότερους από τους %4 που δέχεται αυτή η εφαρμογή· τα αποθηκευμένα διατηρούνται (%2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server&apos;s list of pages for “%1” would remove %2 of the %3 stored pages; the stored pages are kept. Confirm the removal to apply it.</source>
        <translation>Η λίστα σελίδων του διακομιστή για «%1» θα αφαιρούσε %2 από τις %3 αποθηκευμένες σελίδες· οι αποθηκευμένες σελίδες διατηρούνται. Επιβεβαιώστε την αφαίρεση για να εφαρμοστεί.</translation>
    </message>
</context>
<context>
    <name>integreat::sync::NewsWatcher</name>
    <message>
        <location filename="../core/sync/newswatcher.cpp" line="+38"/>
        <source>The news list could not be read: %1</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση της λίστας ειδήσεων: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::PackImporter</name>
    <message>
        <location filename="../core/sync/packimporter.cpp" line="+43"/>
        <source>The content pack is incomplete: %1 is missing.</source>
        <translation>Το πακέτο περιεχομένου είναι ελλιπές: λείπει το %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>The content pack is damaged: %1 (%2).</source>
        <translation>Το πακέτο περιεχομένου είναι κατεστραμμένο: %1 (%2).</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The content pack names no region it contains.</source>
        <translation>Το πακέτο περιεχομένου δεν αναφέρει ποια περιοχή περιέχει.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The content pack has none of the languages %1.</source>
        <translation>Το πακέτο περιεχομένου δεν έχει καμία από τις γλώσσες %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not create the folder %1.</source>
        <translation>Δεν ήταν δυνατή η δημιουργία του φακέλου %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not write %1: %2</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save the content pack: %1</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση του πακέτου περιεχομένου: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::PageTree</name>
    <message>
        <location filename="../core/sync/pagetree.cpp" line="+33"/>
        <source>page %1: its parent %2 is not in the list; shown at the top level</source>
        <translation>σελίδα %1: η γονική της %2 δεν είναι στη λίστα· εμφανίζεται στο ανώτερο επίπεδο</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>page %1: its parents lead back to itself; shown at the top level</source>
        <translation>σελίδα %1: οι γονικές της οδηγούν πίσω στην ίδια· εμφανίζεται στο ανώτερο επίπεδο</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ResourceDownloader</name>
    <message>
        <location filename="../core/sync/resourcedownloader.cpp" line="+69"/>
        <source>Could not write the file: %1</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του αρχείου: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cancelled.</source>
        <translation>Ακυρώθηκε.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The server sent a web page instead of the file.</source>
        <translation>Ο διακομιστής έστειλε μια ιστοσελίδα αντί για το αρχείο.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The server is busy (HTTP %1); the other files will be tried on the next sync.</source>
        <translation>Ο διακομιστής είναι απασχολημένος (HTTP %1)· τα υπόλοιπα αρχεία θα δοκιμαστούν στον επόμενο συγχρονισμό.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Stopped after %n failed downloads in a row; the other files will be tried on the next sync.</source>
        <translation>
            <numerusform>Διακοπή μετά από %n αποτυχημένη λήψη· τα υπόλοιπα αρχεία θα δοκιμαστούν στον επόμενο συγχρονισμό.</numerusform>
            <numerusform>Διακοπή μετά από %n αποτυχημένες λήψεις στη σειρά· τα υπόλοιπα αρχεία θα δοκιμαστούν στον επόμενο συγχρονισμό.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The server gave an unexpected answer (HTTP %1).</source>
        <translation>Ο διακομιστής έδωσε μια απρόσμενη απάντηση (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ResourceSync</name>
    <message>
        <location filename="../core/sync/resourcesync.cpp" line="+51"/>
        <source>Cannot create the folder for images and documents: %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου για εικόνες και έγγραφα: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not update the list of images and documents: %1</source>
        <translation>Δεν ήταν δυνατή η ενημέρωση της λίστας εικόνων και εγγράφων: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+158"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… και %n ακόμα.</numerusform>
            <numerusform>… και %n ακόμα.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::sync::SyncEngine</name>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="+37"/>
        <source>loading the list of regions</source>
        <translation>φόρτωση της λίστας περιοχών</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saving</source>
        <translation>αποθήκευση</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>ολοκληρώθηκε</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>downloading %1</source>
        <translation>λήψη: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not load the list of regions from %1: %2</source>
        <translation>Δεν ήταν δυνατή η φόρτωση της λίστας περιοχών από το %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sent a damaged list of regions (%1 at byte %2).</source>
        <translation>Ο διακομιστής έστειλε κατεστραμμένη λίστα περιοχών (%1 στο byte %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of regions could not be read: %1</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση της λίστας περιοχών: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>Could not save the list of regions: %1</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση της λίστας περιοχών: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Could not load the languages of %1: %2</source>
        <translation>Δεν ήταν δυνατή η φόρτωση των γλωσσών του %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server lists no languages for %1.</source>
        <translation>Ο διακομιστής δεν έχει γλώσσες για %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no region “%1” on the server.</source>
        <translation>Δεν υπάρχει περιοχή «%1» στον διακομιστή.</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+15"/>
        <source>Cancelled.</source>
        <translation>Ακυρώθηκε.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>%1 offers no language “%2” (it offers: %3).</source>
        <translation>Το %1 δεν προσφέρει τη γλώσσα «%2» (προσφέρει: %3).</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Could not read the stored pages: %1</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση των αποθηκευμένων σελίδων: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not save the content: %1</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση του περιεχομένου: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::SyncLock</name>
    <message>
        <location filename="../core/sync/synclock.cpp" line="+68"/>
        <source>A sync is already running (pid %1).</source>
        <translation>Ήδη τρέχει ένας συγχρονισμός (pid %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync is already running.</source>
        <translation>Ήδη τρέχει ένας συγχρονισμός.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the lock file %1: permission denied.</source>
        <translation>Δεν είναι δυνατή η δημιουργία του αρχείου κλειδώματος %1: δεν επιτρέπεται η πρόσβαση.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the lock file %1 (is the disk full?).</source>
        <translation>Δεν είναι δυνατή η δημιουργία του αρχείου κλειδώματος %1 (μήπως ο δίσκος είναι γεμάτος;).</translation>
    </message>
</context>
<context>
    <name>integreat::sync::WriteFailure</name>
    <message>
        <location filename="../core/sync/writefailure.cpp" line="+26"/>
        <location line="+15"/>
        <source>the disk is full (%1)</source>
        <translation>ο δίσκος είναι γεμάτος (%1)</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>no permission to write in %1</source>
        <translation>δεν υπάρχει δικαίωμα εγγραφής στο %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+8"/>
        <source>%1 is on a read-only file system</source>
        <translation>το %1 βρίσκεται σε σύστημα αρχείων μόνο για ανάγνωση</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file system refused to write %1</source>
        <translation>το σύστημα αρχείων αρνήθηκε την εγγραφή του %1</translation>
    </message>
</context>
</TS>
