<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>integreat::chat::ChatClient</name>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="+93"/>
        <source>The chat server answered with an error (HTTP %1).</source>
        <translation>Sohbet sunucusu bir hata bildirdi (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/chat/chatthread.cpp" line="+18"/>
        <source>The chat server sent an answer that is not a chat.</source>
        <translation>Sohbet sunucusu sohbet olmayan bir yanıt gönderdi.</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ChatSession</name>
    <message>
        <location filename="../core/chat/chatsession.cpp" line="+94"/>
        <source>Too many messages. Please try again in a moment.</source>
        <translation>Çok fazla mesaj. Lütfen biraz sonra tekrar deneyin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chat is not available in this town.</source>
        <translation>Bu şehirde sohbet kullanılamıyor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No connection to the chat. It will be updated when you are online.</source>
        <translation>Sohbete bağlantı yok. Çevrimiçi olduğunuzda güncellenecek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection to the chat. Your message was not sent; it is kept so you can send it again.</source>
        <translation>Sohbete bağlantı yok. Mesajınız gönderilmedi; tekrar gönderebilmeniz için saklanıyor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat could not be loaded: %1</source>
        <translation>Sohbet yüklenemedi: %1</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ContactMessage</name>
    <message>
        <location filename="../core/chat/contactmessage.cpp" line="+21"/>
        <source>Please enter your e-mail address: the answer is sent there.</source>
        <translation>Lütfen e-posta adresinizi girin: yanıt bu adrese gönderilir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not an e-mail address. Please check it (like name@example.org).</source>
        <translation>“%1” bir e-posta adresi değil. Lütfen kontrol edin (örneğin name@example.org).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please write your message.</source>
        <translation>Lütfen mesajınızı yazın.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message is too long: at most %1 characters, it has %2.</source>
        <translation>Mesajınız çok uzun: en fazla %1 karakter olabilir, mesajınızda %2 karakter var.</translation>
    </message>
</context>
<context>
    <name>integreat::chat::ZammadForm</name>
    <message>
        <location filename="../core/chat/zammadform.cpp" line="+14"/>
        <source>Your message was sent. The answer comes to your e-mail address.</source>
        <translation>Mesajınız gönderildi. Yanıt e-posta adresinize gelecek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline: your message was not sent. Please send it again when this computer is connected to the internet.</source>
        <translation>Çevrimdışısınız: mesajınız gönderilmedi. Bu bilgisayar internete bağlandığında lütfen yeniden gönderin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The town&apos;s contact server has a problem (error %1): your message was not sent. Please try again later.</source>
        <translation>Şehrin iletişim sunucusunda bir sorun var (hata %1): mesajınız gönderilmedi. Lütfen daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many messages were sent from here. Please wait a moment and try again.</source>
        <translation>Buradan çok fazla mesaj gönderildi. Lütfen biraz bekleyip yeniden deneyin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This contact form is switched off at the moment: your message was not sent.</source>
        <translation>Bu iletişim formu şu anda kapalı: mesajınız gönderilmedi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contact server did not accept this e-mail address. Please check it.</source>
        <translation>İletişim sunucusu bu e-posta adresini kabul etmedi. Lütfen kontrol edin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your message could not be sent: %1</source>
        <translation>Mesajınız gönderilemedi: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the form has no web address to send to</source>
        <translation>formda gönderilecek bir web adresi yok</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the contact server refused it (error %1)</source>
        <translation>iletişim sunucusu mesajı reddetti (hata %1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the contact server&apos;s answer could not be used</source>
        <translation>iletişim sunucusunun yanıtı kullanılamadı</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the contact server found a problem with: %1</source>
        <translation>iletişim sunucusu şurada bir sorun buldu: %1</translation>
    </message>
</context>
<context>
    <name>integreat::cli</name>
    <message>
        <location filename="../app/cli/cmdregions.cpp" line="+42"/>
        <source>List the regions on the server: name, slug, languages.</source>
        <translation>Sunucudaki bölgeleri listele: ad, kısa ad, diller.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include hidden regions.</source>
        <translation>Gizli bölgeleri de göster.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+102"/>
        <location filename="../app/cli/cmdstatus.cpp" line="+66"/>
        <source>Print JSON.</source>
        <translation>JSON olarak yazdır.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>  (hidden)</source>
        <translation>  (gizli)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsearch.cpp" line="-64"/>
        <source>(found in %1)</source>
        <translation>(%1 dilinde bulundu)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdimporttiles.cpp" line="+26"/>
        <source>Import an offline map (MBTiles, raster PNG/JPEG tiles) for a region. The desktop app shows it under the places when there is no network. Use maps whose licence allows offline use; OpenStreetMap&apos;s own tile servers do not.</source>
        <translation>Bir bölge için çevrimdışı harita (MBTiles, PNG/JPEG raster karolar) içe aktar. Masaüstü uygulaması, ağ yokken haritayı yerlerin altında gösterir. Lisansı çevrimdışı kullanıma izin veren haritalar kullanın; OpenStreetMap&apos;in kendi karo sunucuları buna izin vermez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmdprint.cpp" line="+33"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+55"/>
        <location filename="../app/cli/cmdshow.cpp" line="+53"/>
        <source>Region slug.</source>
        <translation>Bölgenin kısa adı.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .mbtiles file.</source>
        <translation>.mbtiles dosyası.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: integreat-cli import-tiles --region SLUG FILE.mbtiles</source>
        <translation>kullanım: integreat-cli import-tiles --region SLUG FILE.mbtiles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported the offline map “%1” for %2 (zoom %3–%4) into %5</source>
        <translation>%2 için “%1” çevrimdışı haritası (yakınlaştırma %3–%4) %5 konumuna aktarıldı</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsearch.cpp" line="-5"/>
        <source>Search the stored pages, events, places and news of a region, offline. Pages with every word (at the start of a word of the title or the text; titles count double) come first, then pages where a misspelt word is corrected, another form of a word or a compound containing it matches; a question finds the pages sharing its rarer words.</source>
        <translation>Bir bölgenin kayıtlı sayfalarında, etkinliklerinde, yerlerinde ve haberlerinde çevrimdışı ara. Önce tüm kelimeleri içeren sayfalar gelir (başlıktaki ya da metindeki bir kelimenin başında; başlıklar iki kat sayılır), ardından yanlış yazılmış bir kelimenin düzeltildiği, bir kelimenin başka bir biçiminin ya da onu içeren bir birleşik kelimenin eşleştiği sayfalar; bir soru ise daha az rastlanan kelimelerini içeren sayfaları bulur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language code (the user&apos;s).</source>
        <translation>Dil kodu (kullanıcının dili).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search German too; a German hit is shown in the language when it is translated.</source>
        <translation>Almanca da ara; Almanca bir sonuç, çevirisi varsa o dilde gösterilir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every stored language.</source>
        <translation>Kayıtlı tüm dillerde ara.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N results (1-75, default 75).</source>
        <translation>En fazla N sonuç (1–75, varsayılan 75).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read one query per line; print HITS&lt;TAB&gt;MILLISECONDS&lt;TAB&gt;QUERY each.</source>
        <translation>Her satırdan bir arama oku; her biri için HITS&lt;TAB&gt;MILLISECONDS&lt;TAB&gt;QUERY yazdır.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words to search for.</source>
        <translation>Aranacak sözcükler.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: integreat-cli search --region SLUG --language CODE [--also-german | --all-languages] [--limit N] [--json] QUERY… (or --stdin)</source>
        <translation>kullanım: integreat-cli search --region SLUG --language CODE [--also-german | --all-languages] [--limit N] [--json] QUERY… (ya da --stdin)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--also-german and --all-languages exclude each other</source>
        <translation>--also-german ve --all-languages birlikte kullanılamaz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--limit needs a number from 1 to %1</source>
        <translation>--limit 1 ile %1 arasında bir sayı gerektirir</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing of %1 (%2) is in the local store. Sync it first: integreat-cli sync --region %1 --languages %2</source>
        <translation>Yerel depoda %1 (%2) için hiçbir şey yok. Önce eşitleyin: integreat-cli sync --region %1 --languages %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No results for “%1”.</source>
        <translation>“%1” için sonuç yok.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results for “%1”:</source>
        <translation>“%1” için sonuçlar:</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdprint.cpp" line="+47"/>
        <location filename="../app/cli/cmdsearch.cpp" line="+4"/>
        <location filename="../app/cli/cmdshow.cpp" line="+54"/>
        <location filename="../app/cli/cmdstatus.cpp" line="+14"/>
        <source>Cannot read the local store: %1</source>
        <translation>Yerel depo okunamıyor: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdshow.cpp" line="-55"/>
        <source>Print the title and text of a stored page, event or place.</source>
        <translation>Kayıtlı bir sayfanın, etkinliğin ya da yerin başlığını ve metnini yazdır.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdprint.cpp" line="-49"/>
        <source>Write a stored page, place or event, or this week&apos;s events, as a printable PDF handout, in one language or two side by side.</source>
        <translation>Kayıtlı bir sayfayı, yeri ya da etkinliği veya bu haftanın etkinliklerini, tek dilde ya da iki dilde yan yana, yazdırılabilir bir PDF belgesi olarak yaz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmdshow.cpp" line="+2"/>
        <source>Language code.</source>
        <translation>Dil kodu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print this language in a second column.</source>
        <translation>Bu dili ikinci bir sütunda yazdır.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF file to write.</source>
        <translation>Yazılacak PDF dosyası.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the events of the 7 days from today (or --from), instead of PATH.</source>
        <translation>PATH yerine bugünden (ya da --from tarihinden) itibaren 7 günün etkinliklerini yazdır.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week&apos;s first day (with --week).</source>
        <translation>Haftanın ilk günü (--week ile).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmdshow.cpp" line="+2"/>
        <source>Path such as /augsburg/de/willkommen/</source>
        <translation>/augsburg/de/willkommen/ gibi bir yol</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: integreat-cli print --region SLUG --language CODE [--second-language CODE] (PATH | --week [--from YYYY-MM-DD]) --pdf FILE</source>
        <translation>kullanım: integreat-cli print --region SLUG --language CODE [--second-language CODE] (PATH | --week [--from YYYY-MM-DD]) --pdf FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--from needs a date such as 2026-12-07.</source>
        <translation>--from için 2026-12-07 gibi bir tarih gerekir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder; give the name of the PDF file to write.</source>
        <translation>%1 bir klasör; yazılacak PDF dosyasının adını verin.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Wrote %1</source>
        <translation>%1 yazıldı</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdshow.cpp" line="+6"/>
        <source>usage: integreat-cli show --region SLUG --language CODE PATH</source>
        <translation>kullanım: integreat-cli show --region SLUG --language CODE PATH</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last updated: %1</source>
        <translation>Son güncelleme: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization: %1</source>
        <translation>Kurum: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When: %1</source>
        <translation>Ne zaman: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where: %1</source>
        <translation>Nerede: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category: %1</source>
        <translation>Kategori: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: %1</source>
        <translation>Adres: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not in the local store for %2 (%3). Sync it first: integreat-cli sync --region %2 --languages %3</source>
        <translation>%1, %2 (%3) için yerel depoda yok. Önce eşitleyin: integreat-cli sync --region %2 --languages %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdstatus.cpp" line="-35"/>
        <source>  %1: %2 pages, %3 events, %4 places, %5 news</source>
        <translation>  %1: %2 sayfa, %3 etkinlik, %4 yer, %5 haber</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; synced %1</source>
        <translation>; eşitlendi: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; never synced</source>
        <translation>; hiç eşitlenmedi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; last attempt failed: %1</source>
        <translation>; son deneme başarısız: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show what the local store holds, per region and language.</source>
        <translation>Yerel deponun bölge ve dil başına neleri içerdiğini göster.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Store: %1 (%2)</source>
        <translation>Depo: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No region synced yet. Try: integreat-cli sync --region augsburg</source>
        <translation>Henüz hiçbir bölge eşitlenmedi. Deneyin: integreat-cli sync --region augsburg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images and documents: %1 files (%2)</source>
        <translation>Resimler ve belgeler: %1 dosya (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %1 not downloaded yet, tried again on the next sync</source>
        <translation>; %1 henüz indirilmedi, bir sonraki eşitlemede yeniden denenecek</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdpack.cpp" line="+33"/>
        <location filename="../app/cli/cmdsync.cpp" line="+46"/>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
        <translation>%1 eklendi, %2 değişti, %3 kaldırıldı, %4 değişmedi</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 pages, %3 events, %4 places, %5 news (synced %6)</source>
        <translation>%1: %2 sayfa, %3 etkinlik, %4 yer, %5 haber (eşitlendi: %6)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote the content pack %1 of %2 to %3 (%4; %5 images and documents%6).</source>
        <translation>%2 bölgesinin %1 içerik paketi %3 konumuna yazıldı (%4; %5 resim ve belge%6).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, offline map</source>
        <translation>, çevrimdışı harita</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Try again when it has finished.</source>
        <translation>Bittiğinde yeniden deneyin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content pack %1 of %2, made %3</source>
        <translation>%2 bölgesinin %1 içerik paketi, oluşturulma: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: imported (content of %2): %3</source>
        <translation>%1: içe aktarıldı (%2 tarihli içerik): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: skipped: this PC&apos;s content (synced %2) is newer than the pack&apos;s (%3); use --force to import it anyway</source>
        <translation>%1: atlandı: bu bilgisayardaki içerik (eşitlendi: %2) paketteki içerikten (%3) daha yeni; yine de içe aktarmak için --force kullanın</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images and documents: %1%2</source>
        <translation>Resimler ve belgeler: %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; offline map installed</source>
        <translation>; çevrimdışı harita kuruldu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Content packs: one file with a region&apos;s content, images and offline map, to carry to PCs without (fast) internet or to a whole fleet.
  pack export --region SLUG [--languages de,en] FILE.integreat-pack
  pack import [--force] FILE.integreat-pack
  pack import --watch DIR    import every new pack that appears in DIR, until stopped</source>
        <translation>İçerik paketleri: bir bölgenin içeriğini, resimlerini ve çevrimdışı haritasını içeren tek bir dosya; (hızlı) interneti olmayan bilgisayarlara ya da tüm bilgisayar filosuna taşımak için.
  pack export --region SLUG [--languages de,en] FILE.integreat-pack
  pack import [--force] FILE.integreat-pack
  pack import --watch DIR    DIR klasöründe beliren her yeni paketi, durdurulana kadar içe aktar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region slug (export).</source>
        <translation>Bölgenin kısa adı (dışa aktarma).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated language codes (export; default: all stored).</source>
        <translation>Virgülle ayrılmış dil kodları (dışa aktarma; varsayılan: kayıtlı tüm diller).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import languages even where this PC has newer content.</source>
        <translation>Bu bilgisayarda daha yeni içerik olsa bile dilleri içe aktar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch a folder and import each new or changed pack in it.</source>
        <translation>Bir klasörü izle ve içindeki her yeni ya da değişmiş paketi içe aktar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export or import</source>
        <translation>export ya da import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack file.</source>
        <translation>Paket dosyası.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE.integreat-pack</source>
        <translation>kullanım: integreat-cli pack export --region SLUG [--languages de,en] FILE.integreat-pack</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>usage: integreat-cli pack export --region SLUG [--languages de,en] FILE, pack import [--force] FILE or pack import --watch DIR</source>
        <translation>kullanım: integreat-cli pack export --region SLUG [--languages de,en] FILE, pack import [--force] FILE ya da pack import --watch DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsync.cpp" line="+27"/>
        <source>resources: %1 downloaded, %2 unchanged, %3 failed</source>
        <translation>kaynaklar: %1 indirildi, %2 değişmedi, %3 başarısız</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1 not tried (will retry next sync)</source>
        <translation>, %1 denenmedi (bir sonraki eşitlemede yeniden denenecek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (will retry next sync)</source>
        <translation> (bir sonraki eşitlemede yeniden denenecek)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 no longer used removed</source>
        <translation>, artık kullanılmayan %1 kaldırıldı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 received</source>
        <translation>; %1 alındı</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>warning: resource: %1</source>
        <translation>uyarı: kaynak: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: … and %1 more resource problems (see --json)</source>
        <translation>uyarı: … ve %1 kaynak sorunu daha (bkz. --json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: images and documents not downloaded: %1; they will be tried again on the next sync.</source>
        <translation>uyarı: resimler ve belgeler indirilmedi: %1; bir sonraki eşitlemede yeniden denenecek.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download a region&apos;s content (pages, events, places, news, imprint) into the local store. Each language is saved whole or not at all.</source>
        <translation>Bir bölgenin içeriğini (sayfalar, etkinlikler, yerler, haberler, künye) yerel depoya indir. Her dil ya tümüyle kaydedilir ya da hiç kaydedilmez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region slug, e.g. augsburg.</source>
        <translation>Bölgenin kısa adı, örn. augsburg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated language codes, or “all” (default).</source>
        <translation>Virgülle ayrılmış dil kodları ya da “all” (varsayılan).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as JSON on stdout.</source>
        <translation>Sonucu stdout&apos;a JSON olarak yazdır.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not download the images and documents (PDFs) the content refers to.</source>
        <translation>İçeriğin bağlantı verdiği resimleri ve belgeleri (PDF) indirme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply a pages list even when it removes more than half of the stored pages of a language (refused otherwise, keeping the stored pages).</source>
        <translation>Bir sayfa listesini, bir dilin kayıtlı sayfalarının yarısından fazlasını kaldırsa bile uygula (aksi halde reddedilir ve kayıtlı sayfalar korunur).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When another sync of this data folder is running, wait for it to end instead of giving up.</source>
        <translation>Bu veri klasörü için başka bir eşitleme çalışıyorsa vazgeçmek yerine bitmesini bekle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests to the server at once (default %1): the languages download side by side.</source>
        <translation>Sunucuya aynı anda yapılan istek sayısı (varsayılan %1): diller yan yana indirilir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sync needs --region SLUG (see integreat-cli regions)</source>
        <translation>sync için --region SLUG gerekir (bkz. integreat-cli regions)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--connections needs a number from 1 to %1</source>
        <translation>--connections için 1 ile %1 arasında bir sayı gerekir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--languages needs codes such as de,en,ar or “all”</source>
        <translation>--languages için de,en,ar gibi kodlar ya da “all” gerekir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>integreat-cli: %1 received: cancelling the sync; the stored content stays as it was.</source>
        <translation>integreat-cli: %1 alındı: eşitleme iptal ediliyor; kayıtlı içerik olduğu gibi kalır.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Try again when it has finished, or use --wait.</source>
        <translation>Bittiğinde yeniden deneyin ya da --wait kullanın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Waiting for it to finish …</source>
        <translation>%1 Bitmesi bekleniyor …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>: 1 item</source>
        <translation>: 1 öğe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: %1 items</source>
        <translation>: %1 öğe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[resources] images and documents: %1 of %2</source>
        <translation>[kaynaklar] resimler ve belgeler: %1 / %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>warning: %1: %2</source>
        <translation>uyarı: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdrepair.cpp" line="+31"/>
        <source>Downloading %1 (%2) again …</source>
        <translation>%1 (%2) yeniden indiriliyor …</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmdsync.cpp" line="+6"/>
        <source>%1: FAILED: %2</source>
        <translation>%1: BAŞARISIZ: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: %3 items</source>
        <translation>%1 %2: %3 öğe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2: FAILED: %3</source>
        <translation>%1 %2: BAŞARISIZ: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the local store; when it is damaged, move it aside (with -wal and -shm, under a dated name), start a fresh one and download again the regions and languages it held.</source>
        <translation>Yerel depoyu denetle; bozuksa kenara taşı (-wal ve -shm ile birlikte, tarihli bir adla), yeni bir depo başlat ve içerdiği bölgeleri ve dilleri yeniden indir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only check the store; change nothing.</source>
        <translation>Yalnızca depoyu denetle; hiçbir şeyi değiştirme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download this region again instead of those the old store held.</source>
        <translation>Eski deponun içerdiği bölgeler yerine bu bölgeyi yeniden indir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --region: comma-separated language codes (default: all).</source>
        <translation>--region ile: virgülle ayrılmış dil kodları (varsayılan: tümü).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no local store at %1 yet; nothing to repair.</source>
        <translation>%1 konumunda henüz yerel depo yok; onarılacak bir şey yok.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local store %1 is sound; nothing to repair.</source>
        <translation>Yerel depo %1 sağlam; onarılacak bir şey yok.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>all languages</source>
        <translation>tüm diller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local store %1 is damaged: %2</source>
        <translation>Yerel depo %1 bozuk: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved region can be read from it.</source>
        <translation>İçinden kayıtlı hiçbir bölge okunamıyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions it still names: %1</source>
        <translation>Hâlâ adı geçen bölgeler: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the local store is damaged; run “integreat-cli repair” to move it aside and download the content again</source>
        <translation>yerel depo bozuk; kenara taşımak ve içeriği yeniden indirmek için “integreat-cli repair” komutunu çalıştırın</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repair when it has finished.</source>
        <translation>Bittiğinde onarın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moved it aside to %1 (nothing was deleted).</source>
        <translation>%1 konumuna taşındı (hiçbir şey silinmedi).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started a fresh store at %1.</source>
        <translation>%1 konumunda yeni bir depo başlatıldı.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved region could be read from the old file. Download one with: integreat-cli sync --region SLUG</source>
        <translation>Eski dosyadan kayıtlı hiçbir bölge okunamadı. Şu komutla bir bölge indirin: integreat-cli sync --region SLUG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the store was repaired, but not every language could be downloaded again; run integreat-cli sync later</source>
        <translation>depo onarıldı, ancak dillerin hepsi yeniden indirilemedi; daha sonra integreat-cli sync çalıştırın</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdsync.cpp" line="-73"/>
        <location line="+89"/>
        <source>sync cancelled</source>
        <translation>eşitleme iptal edildi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the server really removed these pages, run the sync again with --allow-mass-removal.</source>
        <translation>Sunucu bu sayfaları gerçekten kaldırdıysa eşitlemeyi --allow-mass-removal ile yeniden çalıştırın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync failed for %1</source>
        <translation>%1 için eşitleme başarısız oldu</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+36"/>
        <source>List the regions on the server.</source>
        <translation>Sunucudaki bölgeleri listele.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download a region&apos;s content into the local store.</source>
        <translation>Bir bölgenin içeriğini yerel depoya indir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what the local store holds.</source>
        <translation>Yerel deponun neleri içerdiğini göster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a stored page, event or place.</source>
        <translation>Kayıtlı bir sayfayı, etkinliği ya da yeri yazdır.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the stored content, offline.</source>
        <translation>Kayıtlı içerikte çevrimdışı ara.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the local store; move a damaged one aside and download again.</source>
        <translation>Yerel depoyu denetle; bozuk bir depoyu kenara taşı ve yeniden indir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import an offline map (MBTiles) for a region.</source>
        <translation>Bir bölge için çevrimdışı harita (MBTiles) içe aktar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configure kiosk mode: setup, show, set-pin, disable.</source>
        <translation>Kiosk modunu yapılandır: setup, show, set-pin, disable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a stored page, place or event, or this week&apos;s events, as a PDF handout.</source>
        <translation>Kayıtlı bir sayfayı, yeri ya da etkinliği veya bu haftanın etkinliklerini PDF belgesi olarak yaz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export or import a content pack (one file per region), or watch a folder for packs.</source>
        <translation>Bir içerik paketini (bölge başına bir dosya) dışa ya da içe aktar veya paketler için bir klasörü izle.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: integreat-cli [global options] COMMAND [options]

Keeps the content of Integreat regions in a local store that works offline.

Commands:
</source>
        <translation>Kullanım: integreat-cli [genel seçenekler] KOMUT [seçenekler]

Integreat bölgelerinin içeriğini çevrimdışı çalışan yerel bir depoda tutar.

Komutlar:
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
Genel seçenekler (her komut için):
  --server URL        Integreat CMS (varsayılan: https://cms.integreat-app.de)
  --data-dir DIR      yerel deponun klasörü (varsayılan: masaüstü uygulamasınınki)
  --timeout SECONDS   yanıt vermeyen sunucudan bu kadar süre sonra vazgeç (varsayılan: 30)
  --retries N         başarısız bir indirmenin yeniden deneme sayısı (varsayılan: 3)
  --proxy URL         her istek için proxy: http://HOST:PORT, socks5://HOST:PORT
                      ya da none (varsayılan: sistemin proxy ayarı, ör. https_proxy)
  -h, --help          yardım (bir komuttan sonra da)
  -v, --version       sürüm

Örnek:
  integreat-cli sync --region augsburg --languages de,en,ar
</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>no command given</source>
        <translation>komut verilmedi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown command “%1” (see --help)</source>
        <translation>bilinmeyen komut “%1” (bkz. --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/clipin.cpp" line="+62"/>
        <source>New kiosk PIN (4 to 12 digits): </source>
        <translation>Yeni kiosk PIN kodu (4 ila 12 rakam): </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same PIN again: </source>
        <translation>Aynı PIN kodunu tekrar girin: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two PINs differ; nothing was changed</source>
        <translation>iki PIN kodu birbirinden farklı; hiçbir şey değiştirilmedi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no PIN was given (give it on standard input or at the prompt)</source>
        <translation>PIN kodu verilmedi (standart girdiden ya da istendiğinde girin)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a kiosk PIN has 4 to 12 digits</source>
        <translation>kiosk PIN kodu 4 ila 12 rakamdan oluşur</translation>
    </message>
    <message>
        <location filename="../app/cli/cmdkiosk.cpp" line="+77"/>
        <source>--%1 needs a number from %2 to %3</source>
        <translation>--%1 %2 ile %3 arasında bir sayı gerektirir</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>kiosk setup needs --region SLUG</source>
        <translation>kiosk setup için --region SLUG gerekir</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wrote the kiosk configuration %1.</source>
        <translation>Kiosk yapılandırması %1 dosyasına yazıldı.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integreat-cli: warning: no PIN is set, so nobody can open the kiosk&apos;s admin panel (set one with: integreat-cli kiosk set-pin --config %1)</source>
        <translation>integreat-cli: uyarı: PIN kodu ayarlanmamış, bu yüzden kimse kioskun yönetim panelini açamaz (şu komutla ayarlayın: integreat-cli kiosk set-pin --config %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(all stored)</source>
        <translation>(kayıtlı olanların tümü)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration:     %1</source>
        <translation>Yapılandırma:         %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk mode:        %1</source>
        <translation>Kiosk modu:           %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation>etkin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>devre dışı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions:           %1</source>
        <translation>Bölgeler:             %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:         %1</source>
        <translation>Diller:               %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start language:    %1</source>
        <translation>Başlangıç dili:       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(first)</source>
        <translation>(ilk dil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle seconds:      %1</source>
        <translation>Hareketsiz süre (sn): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countdown seconds: %1</source>
        <translation>Geri sayım (sn):      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections:          %1</source>
        <translation>Bölümler:             %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN:               %1</source>
        <translation>PIN:                  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set (PBKDF2-HMAC-SHA256, %1 iterations)</source>
        <translation>ayarlandı (PBKDF2-HMAC-SHA256, %1 yineleme)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>ayarlanmadı</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no region is configured in %1 (integreat-cli kiosk setup --region SLUG)</source>
        <translation>%1 içinde hiçbir bölge yapılandırılmamış (integreat-cli kiosk setup --region SLUG)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: updated less than %2 hours ago; skipped.</source>
        <translation>%1: %2 saatten daha kısa süre önce güncellendi; atlandı.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Configure kiosk mode (integreat-desktop --kiosk):
  setup    write the configuration (--region, --languages, --idle-seconds, --countdown-seconds, --sections, --start-language, --pin)
  show     print it (--check: exit code only)
  set-pin  set a new PIN (standard input, or asked twice)
  sync     download the configured regions and languages (the nightly timer)
  disable  turn kiosk mode off (setup turns it on again)</source>
        <translation>Kiosk modunu yapılandır (integreat-desktop --kiosk):
  setup    yapılandırmayı yaz (--region, --languages, --idle-seconds, --countdown-seconds, --sections, --start-language, --pin)
  show     yapılandırmayı göster (--check: yalnızca çıkış kodu)
  set-pin  yeni bir PIN kodu ayarla (standart girdiden ya da iki kez sorarak)
  sync     yapılandırılmış bölgeleri ve dilleri indir (gece zamanlayıcısı)
  disable  kiosk modunu kapat (setup yeniden açar)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>setup, show, set-pin, sync or disable</source>
        <translation>setup, show, set-pin, sync ya da disable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: integreat-cli kiosk setup|show|set-pin|sync|disable [--config FILE] (see --help)</source>
        <translation>kullanım: integreat-cli kiosk setup|show|set-pin|sync|disable [--config FILE] (bkz. --help)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The kiosk PIN is set.</source>
        <translation>Kiosk PIN kodu ayarlandı.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kiosk mode is disabled (integreat-cli kiosk setup enables it again).</source>
        <translation>Kiosk modu kapatıldı (integreat-cli kiosk setup ile yeniden açılır).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kiosk action “%1” (setup, show, set-pin, sync or disable)</source>
        <translation>bilinmeyen kiosk işlemi “%1” (setup, show, set-pin, sync ya da disable)</translation>
    </message>
    <message>
        <location filename="../app/cli/packwatch.cpp" line="+48"/>
        <source>%1 is not a folder.</source>
        <translation>%1 bir klasör değil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integreat-cli: %1 received: stopped watching %2.</source>
        <translation>integreat-cli: %1 alındı: %2 artık izlenmiyor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watching %1 for content packs (*%2); stop with Ctrl+C.</source>
        <translation>%1 içerik paketleri (*%2) için izleniyor; durdurmak için Ctrl+C.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: pack %2 was imported already.</source>
        <translation>%1: %2 paketi zaten içe aktarılmıştı.</translation>
    </message>
</context>
<context>
    <name>integreat::cli::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+28"/>
        <source>Integreat CMS to talk to (default: %1).</source>
        <translation>Bağlanılacak Integreat CMS (varsayılan: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder of the local store (default: %1).</source>
        <translation>Yerel deponun klasörü (varsayılan: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give up on a silent server after this many seconds (default: 30).</source>
        <translation>Yanıt vermeyen sunucudan bu kadar saniye sonra vazgeç (varsayılan: 30).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retries of a failed download (default: 3).</source>
        <translation>Başarısız bir indirmenin yeniden deneme sayısı (varsayılan: 3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send every request through this proxy: http://HOST:PORT, socks5://HOST:PORT or none (default: the system&apos;s proxy settings).</source>
        <translation>Her isteği bu proxy üzerinden gönder: http://HOST:PORT, socks5://HOST:PORT ya da none (varsayılan: sistemin proxy ayarları).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (see --help)</source>
        <translation> (bkz. --help)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--server needs an http(s) URL such as https://cms.integreat-app.de</source>
        <translation>--server için https://cms.integreat-app.de gibi bir http(s) adresi gerekir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout needs a number of seconds of at least 1</source>
        <translation>--timeout için en az 1 saniye gerekir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--retries needs a number from 0 to 10</source>
        <translation>--retries için 0 ile 10 arasında bir sayı gerekir</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the data folder %1</source>
        <translation>Veri klasörü %1 oluşturulamıyor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the local store %1: %2</source>
        <translation>Yerel depo %1 açılamıyor: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run “integreat-cli repair” to move %1 aside and download the content again.</source>
        <translation>%1 dosyasını kenara taşımak ve içeriği yeniden indirmek için “integreat-cli repair” komutunu çalıştırın.</translation>
    </message>
</context>
<context>
    <name>integreat::cli::KioskOptions</name>
    <message>
        <location filename="../app/cli/cmdkiosk.cpp" line="-251"/>
        <source>The kiosk configuration file (default: %1).</source>
        <translation>Kiosk yapılandırma dosyası (varsayılan: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region slug (repeat or comma-separate for several).</source>
        <translation>Bölgenin kısa adı (birden fazla bölge için tekrarlayın ya da virgülle ayırın).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language codes offered, comma-separated.</source>
        <translation>Sunulan dil kodları, virgülle ayrılmış.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language preselected on the start screen.</source>
        <translation>Başlangıç ekranında önceden seçili dil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds without touch before the countdown (default: 120).</source>
        <translation>Geri sayım başlamadan önce dokunulmadan geçen saniye (varsayılan: 120).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds of the “Are you still there?” countdown (default: 20).</source>
        <translation>“Hâlâ orada mısınız?” geri sayımının saniyesi (varsayılan: 20).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections shown, comma-separated (default: local,places,events,news).</source>
        <translation>Gösterilen bölümler, virgülle ayrılmış (varsayılan: local,places,events,news).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the PIN (read from standard input when it is not a terminal, else asked twice).</source>
        <translation>PIN kodunu ayarla (standart girdi bir terminal değilse oradan okunur, değilse iki kez sorulur).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sync: skip a region whose languages were all updated less than N hours ago (the update at boot).</source>
        <translation>sync: tüm dilleri N saatten daha kısa süre önce güncellenmiş bir bölgeyi atla (açılıştaki güncelleme).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show: print nothing; exit 0 only when the kiosk is configured and enabled (for ExecCondition=).</source>
        <translation>show: hiçbir şey yazdırma; yalnızca kiosk yapılandırılmış ve etkinse 0 ile çık (ExecCondition= için).</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::AdminPanel</name>
    <message>
        <location filename="../app/desktop/kiosk/adminpanel.cpp" line="+20"/>
        <source>Sync now</source>
        <translation>Şimdi güncelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit kiosk</source>
        <translation>Kiosktan çık</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kiosk administration</source>
        <translation>Kiosk yönetimi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start over</source>
        <translation>Baştan başla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the kiosk</source>
        <translation>Kioska dön</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Counting…</source>
        <translation>Sayılıyor…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>never</source>
        <translation>yok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1: last update %2, %3 pages, %4 events, %5 places, %6 news</source>
        <translation>  %1: son güncelleme: %2, %3 sayfa, %4 etkinlik, %5 yer, %6 haber</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the last attempt failed: %1</source>
        <translation>son deneme başarısız oldu: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is saved yet.</source>
        <translation>Henüz hiçbir şey kayıtlı değil.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::Application</name>
    <message>
        <location filename="../app/desktop/shell/application.cpp" line="+246"/>
        <source>nothing is saved in %1 yet; sync a town first</source>
        <translation>%1 içinde henüz bir şey kayıtlı değil; önce bir şehir indirin</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>could not write the screenshot %1</source>
        <translation>ekran görüntüsü %1 yazılamadı</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::BreadcrumbBar</name>
    <message>
        <location filename="../app/desktop/pages/breadcrumbbar.cpp" line="+36"/>
        <source>You are here</source>
        <translation>Buradasınız</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>More: %1</source>
        <translation>Daha fazla: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ChatSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/chatsection.cpp" line="+105"/>
        <source>Ask Integreat</source>
        <translation>Integreat&apos;e sor</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The chat is not offered on this public computer.</source>
        <translation>Bu herkese açık bilgisayarda sohbet sunulmuyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>The chat is not available in this town.</source>
        <translation>Bu şehirde sohbet kullanılamıyor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chat of this town is not available on this computer yet.</source>
        <translation>Bu şehrin sohbeti bu bilgisayarda henüz kullanılamıyor.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ChatView</name>
    <message>
        <location filename="../app/desktop/chat/chatview.cpp" line="+31"/>
        <source>Accept and start the chat</source>
        <translation>Kabul et ve sohbeti başlat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again</source>
        <translation>Tekrar gönder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>Yeni sohbet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write your question in any language</source>
        <translation>Sorunuzu herhangi bir dilde yazın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your message</source>
        <translation>Mesajınız</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>Sohbet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy notice of the chat</source>
        <translation>Sohbetin gizlilik bildirimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State of the chat</source>
        <translation>Sohbetin durumu</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Your questions are answered by counselors of the town and by an assistant that knows the town&apos;s information. What you write is sent to the town&apos;s chat server and kept there.</source>
        <translation>Sorularınızı şehrin danışmanları ve şehrin bilgilerini bilen bir asistan yanıtlar. Yazdıklarınız şehrin sohbet sunucusuna gönderilir ve orada saklanır.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the privacy notice</source>
        <translation>Gizlilik bildirimini okuyun</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Ask a question about life in the town. The answer appears here.</source>
        <translation>Şehirdeki yaşamla ilgili bir soru sorun. Yanıt burada görünür.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You</source>
        <translation>Siz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic answer</source>
        <translation>Otomatik yanıt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counselor</source>
        <translation>Danışman</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending…</source>
        <translation>Gönderiliyor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent yet</source>
        <translation>Henüz gönderilmedi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integreat is writing an answer…</source>
        <translation>Integreat bir yanıt yazıyor…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading the chat…</source>
        <translation>Sohbet yükleniyor…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CommandLine</name>
    <message>
        <location filename="../app/desktop/shell/commandline.cpp" line="+39"/>
        <source>Integreat: local information for newcomers, in their language, also offline.</source>
        <translation>Integreat: yeni gelenler için kendi dillerinde yerel bilgiler, çevrimdışı da.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of the local store (default: %1).</source>
        <translation>Yerel deponun klasörü (varsayılan: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>KLASÖR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integreat CMS to update from (default: %1).</source>
        <translation>Güncellemenin yapılacağı Integreat CMS (varsayılan: %1).</translation>
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
        <translation>Ağı hiç kullanma; yalnızca kayıtlı içeriği göster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a page: an https://integreat.app/… link, an integreat:// link or region/language/path.</source>
        <translation>Bir sayfa aç: https://integreat.app/… bağlantısı, integreat:// bağlantısı ya da bölge/dil/yol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>LINK</source>
        <translation>BAĞLANTI</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Import a content pack (made with integreat-cli pack export) and show the result in the settings; the same as giving FILE.integreat-pack.</source>
        <translation>Bir içerik paketini (integreat-cli pack export ile oluşturulmuş) içe aktar ve sonucu ayarlarda göster; FILE.integreat-pack vermekle aynıdır.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Render the window at 1280×800 into a PNG file and exit (for documentation and smoke tests).</source>
        <translation>Pencereyi 1280×800 boyutunda bir PNG dosyasına kaydet ve çık (belgeleme ve hızlı testler için).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The same as --open, or a content pack file (.integreat-pack) to import.</source>
        <translation>--open ile aynı ya da içe aktarılacak bir içerik paketi dosyası (.integreat-pack).</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+5"/>
        <location line="+12"/>
        <source>FILE</source>
        <translation>DOSYA</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Send every request through this proxy: http://HOST:PORT, socks5://HOST:PORT or none (default: the system&apos;s proxy settings).</source>
        <translation>Her isteği bu proxy üzerinden gönder: http://HOST:PORT, socks5://HOST:PORT ya da none (varsayılan: sistemin proxy ayarları).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run as a locked public kiosk (full screen, idle reset, links as QR codes).</source>
        <translation>Kilitli, herkese açık bir kiosk olarak çalıştır (tam ekran, hareketsizlikte sıfırlama, bağlantılar QR kodu olarak).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kiosk configuration (with --kiosk; default: %1).</source>
        <translation>Kiosk yapılandırması (--kiosk ile; varsayılan: %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[LINK]</source>
        <translation>[BAĞLANTI]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Give one content pack to import, not several.</source>
        <translation>İçe aktarmak için birkaç değil, tek bir içerik paketi verin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give one link to open, not several.</source>
        <translation>Açmak için birden fazla değil, tek bir bağlantı verin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--config is for --kiosk.</source>
        <translation>--config yalnızca --kiosk ile kullanılır.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--kiosk starts at its own start screen: no link or --screenshot.</source>
        <translation>--kiosk kendi başlangıç ekranıyla açılır: bağlantı ya da --screenshot verilemez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A content pack is imported in a window: not with --kiosk or --screenshot.</source>
        <translation>İçerik paketi bir pencerede içe aktarılır: --kiosk ya da --screenshot ile olmaz.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--server needs an http(s) URL such as %1.</source>
        <translation>--server için %1 gibi bir http(s) adresi gerekir.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ContactFormDialog</name>
    <message>
        <location filename="../app/desktop/pages/contactformdialog.cpp" line="+27"/>
        <location line="+101"/>
        <source>Send</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to the town&apos;s team. They answer by e-mail; your message is sent to the town&apos;s contact server.</source>
        <translation>Şehrin ekibine yazın. Ekip e-postayla yanıt verir; mesajınız şehrin iletişim sunucusuna gönderilir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Your name (optional)</source>
        <translation>Adınız (isteğe bağlı)</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Your e-mail address</source>
        <translation>E-posta adresiniz</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Your message</source>
        <translation>Mesajınız</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+25"/>
        <source>Sending…</source>
        <translation>Gönderiliyor…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CounselTools</name>
    <message>
        <location filename="../app/desktop/counsel/counseltools.cpp" line="+25"/>
        <source>Read aloud</source>
        <translation>Sesli oku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End session</source>
        <translation>Oturumu bitir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show QR code</source>
        <translation>QR kodunu göster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>Yan yana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the text aloud in its language</source>
        <translation>Metni kendi dilinde sesli oku</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear everything of this session and start again (%1)</source>
        <translation>Bu oturumdaki her şeyi temizle ve yeniden başla (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the link of this page as a QR code to take along on a phone</source>
        <translation>Telefonda yanınızda götürmek için bu sayfanın bağlantısını QR kodu olarak göster</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show this in a second language beside it</source>
        <translation>Bunu yanında ikinci bir dilde göster</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::CountdownOverlay</name>
    <message>
        <location filename="../app/desktop/kiosk/countdownoverlay.cpp" line="+14"/>
        <source>Yes, continue</source>
        <translation>Evet, devam et</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Are you still there?</source>
        <translation>Hâlâ orada mısınız?</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Press any key or move the mouse to continue. In %n seconds the session ends: the app goes back to the start page and what was looked at is cleared.</source>
        <translation>
            <numerusform>Devam etmek için bir tuşa basın ya da fareyi hareket ettirin. %n saniye sonra oturum biter: uygulama başlangıç sayfasına döner ve bakılan her şey silinir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Touch the screen to continue. In %n seconds everything starts over and what you looked at is cleared.</source>
        <translation>
            <numerusform>Devam etmek için ekrana dokunun. %n saniye sonra her şey baştan başlar ve baktığınız sayfalar silinir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DBusNotifier</name>
    <message>
        <location filename="../app/desktop/notify/dbusnotifier.cpp" line="+51"/>
        <source>Open</source>
        <translation>Aç</translation>
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
        <translation>Kayıtlı içerik bozuk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be read: %2

Download again moves the file aside under a dated name (nothing is deleted), starts afresh and downloads your towns and languages again.</source>
        <translation>%1 dosyası okunamıyor: %2

“Yeniden indir”, dosyayı tarihli bir adla kenara taşır (hiçbir şey silinmez), baştan başlar ve şehirlerinizi ve dillerinizi yeniden indirir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download again</source>
        <translation>Yeniden indir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Çık</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::DashboardView</name>
    <message>
        <location filename="../app/desktop/pages/dashboardview.cpp" line="+39"/>
        <source>Local information</source>
        <translation>Yerel bilgiler</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There are no pages in this language yet.</source>
        <translation>Bu dilde henüz sayfa yok.</translation>
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
        <translation>“%1” bir Integreat şehrinin sayfasına giden bir bağlantı değil.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” in %2 is not saved on this computer.</source>
        <translation>%2 dilindeki “%1” bu bilgisayarda kayıtlı değil.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The chat is not available in this town.</source>
        <translation>Bu şehirde sohbet kullanılamıyor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The linked page is in %1, which is not saved on this computer.</source>
        <translation>Bağlantı verilen sayfa %1 dilinde; bu dil bu bilgisayarda kayıtlı değil.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The linked page is not saved on this computer.</source>
        <translation>Bağlantı verilen sayfa bu bilgisayarda kayıtlı değil.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EndSession</name>
    <message>
        <location filename="../app/desktop/counsel/endsession.cpp" line="+44"/>
        <location line="+6"/>
        <source>End session</source>
        <translation>Oturumu bitir</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>End this session?</source>
        <translation>Bu oturum bitirilsin mi?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app goes back to the start page. The history, the search, side by side, the news read and the folders used for saving are cleared, so that the next person finds nothing of this session.</source>
        <translation>Uygulama başlangıç sayfasına döner. Geçmiş, arama, yan yana görünüm, okunan haberler ve kaydetmek için kullanılan klasörler temizlenir; böylece sonraki kişi bu oturumdan hiçbir şey bulmaz.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventDateText</name>
    <message>
        <location filename="../app/desktop/presentation/eventdatetext.cpp" line="+50"/>
        <source>the last %1</source>
        <translation>ayın son %1 günü</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the %1. %2</source>
        <translation>ayın %1. %2 günü</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1, all day</source>
        <translation>%1, tüm gün</translation>
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
        <translation>Her gün</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 days</source>
        <translation>%1 günde bir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every week</source>
        <translation>Her hafta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 weeks</source>
        <translation>%1 haftada bir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every month</source>
        <translation>Her ay</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 months</source>
        <translation>%1 ayda bir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every year</source>
        <translation>Her yıl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 years</source>
        <translation>%1 yılda bir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats</source>
        <translation>Tekrarlanır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only on weekdays (Monday to Friday)</source>
        <translation>Yalnızca hafta içi (pazartesiden cumaya)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventHtml</name>
    <message>
        <location filename="../app/desktop/events/eventhtml.cpp" line="+80"/>
        <source>Loading dates…</source>
        <translation>Tarihler yükleniyor…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online meeting:</source>
        <translation>Çevrimiçi toplantı:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More dates</source>
        <translation>Diğer tarihler</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventList</name>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+20"/>
        <source>Only dates from</source>
        <translation>Yalnızca şu aralıktaki tarihler:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First day</source>
        <translation>İlk gün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Son gün</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Events</source>
        <translation>Etkinlikler</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlistmodel.cpp" line="+68"/>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>Yarın</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 7 days</source>
        <translation>Önümüzdeki 7 gün</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 30 days</source>
        <translation>Önümüzdeki 30 gün</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Daha sonra</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Heading</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+35"/>
        <source>Loading events…</source>
        <translation>Etkinlikler yükleniyor…</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlistmodel.cpp" line="-20"/>
        <source>More dates: %1</source>
        <translation>Diğer tarihler: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Irregular dates</source>
        <translation>Düzensiz tarihler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Irregular dates. %1</source>
        <translation>Düzensiz tarihler. %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/events/eventlist.cpp" line="+13"/>
        <source>No events in these days.</source>
        <translation>Bu günlerde etkinlik yok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No upcoming events.</source>
        <translation>Yaklaşan etkinlik yok.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventsSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/eventssection.cpp" line="+26"/>
        <source>Events</source>
        <translation>Etkinlikler</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This event is not on this computer. It may be over or removed, or it is newer than the last update.</source>
        <translation>Bu etkinlik bu bilgisayarda yok. Sona ermiş ya da kaldırılmış olabilir, ya da son güncellemeden daha yeni olabilir.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::EventsView</name>
    <message>
        <location filename="../app/desktop/events/eventsview.cpp" line="+45"/>
        <location line="+28"/>
        <source>All events</source>
        <translation>Tüm etkinlikler</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Save this date for a calendar…</source>
        <translation>Bu tarihi takvim için kaydet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save all dates for a calendar…</source>
        <translation>Tüm tarihleri takvim için kaydet…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Event</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>This event has irregular dates: they cannot all be worked out, so only the first is shown. Check the dates with the organizer.</source>
        <translation>Bu etkinliğin tarihleri düzensiz: hepsi hesaplanamıyor, bu yüzden yalnızca ilki gösteriliyor. Tarihleri düzenleyiciyle kontrol edin.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Save for a calendar</source>
        <translation>Takvim için kaydet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>Takvim dosyaları (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dates are still being worked out. Try again in a moment.</source>
        <translation>Tarihler hâlâ hesaplanıyor. Birazdan yeniden deneyin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This event has no dates left to save.</source>
        <translation>Bu etkinliğin kaydedilecek tarihi kalmadı.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The calendar file could not be saved: %1</source>
        <translation>Takvim dosyası kaydedilemedi: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. Open %1 with your calendar app to add the event.</source>
        <translation>Kaydedildi. Etkinliği eklemek için %1 dosyasını takvim uygulamanızla açın.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ExternalLinkDialog</name>
    <message>
        <location filename="../app/desktop/pages/externallinkdialog.cpp" line="+38"/>
        <source>Open a website?</source>
        <translation>Web sitesi açılsın mı?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link leads out of Integreat to a website of &lt;b&gt;%1&lt;/b&gt;. It opens in your web browser and needs an internet connection.</source>
        <translation>Bu bağlantı Integreat&apos;in dışına, &lt;b&gt;%1&lt;/b&gt; adresindeki bir web sitesine gidiyor. Site web tarayıcınızda açılır ve internet bağlantısı gerektirir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Open in browser</source>
        <translation>Tarayıcıda aç</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open the document online?</source>
        <translation>Belge çevrimiçi açılsın mı?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document is not saved on this computer. It can be opened from &lt;b&gt;%1&lt;/b&gt; in your browser with an internet connection.</source>
        <translation>Bu belge bu bilgisayarda kayıtlı değil. İnternet bağlantısıyla &lt;b&gt;%1&lt;/b&gt; adresinden tarayıcınızda açılabilir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call this number?</source>
        <translation>Bu numara aransın mı?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your computer&apos;s phone app will call this number:</source>
        <translation>Bilgisayarınızın telefon uygulaması bu numarayı arayacak:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Ara</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write an e-mail?</source>
        <translation>E-posta yazılsın mı?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your e-mail program will open a new message to:</source>
        <translation>E-posta programınız şu adrese yeni bir ileti açacak:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write e-mail</source>
        <translation>E-posta yaz</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <translation>Kopyalandı</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::FeedbackBox</name>
    <message>
        <location filename="../app/desktop/pages/feedbackbox.cpp" line="+88"/>
        <source>Was this page helpful?</source>
        <translation>Bu sayfa yararlı oldu mu?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, this was helpful</source>
        <translation>Evet, bu yararlıydı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, this was not helpful</source>
        <translation>Hayır, bu yararlı değildi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What could be better? (optional, no personal data)</source>
        <translation>Ne daha iyi olabilir? (isteğe bağlı, kişisel bilgi yazmayın)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on this page</source>
        <translation>Bu sayfa hakkında yorum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send feedback</source>
        <translation>Geri bildirim gönder</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Thank you. You may add a comment.</source>
        <translation>Teşekkürler. İsterseniz bir yorum ekleyebilirsiniz.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please choose “Yes” or “No”, or write a comment.</source>
        <translation>Lütfen “Evet” ya da “Hayır” seçin veya bir yorum yazın.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::FirstRunWizard</name>
    <message>
        <location filename="../app/desktop/firstrun/firstrunwizard.cpp" line="+31"/>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+221"/>
        <source>Next</source>
        <translation>İleri</translation>
    </message>
    <message>
        <location line="-220"/>
        <location line="+216"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Welcome to Integreat</source>
        <translation>Integreat&apos;e hoş geldiniz</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The download was cancelled. Nothing was changed on this computer.</source>
        <translation>İndirme iptal edildi. Bu bilgisayarda hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The server lists no regions.</source>
        <translation>Sunucu hiçbir bölge listelemiyor.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The demo town could not be set up: %1</source>
        <translation>Tanıtım şehri kurulamadı: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Download</source>
        <translation>İndir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue</source>
        <translation>Devam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stops the download; nothing is changed</source>
        <translation>İndirmeyi durdurur; hiçbir şey değişmez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this window</source>
        <translation>Bu pencereyi kapatır</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::HeaderBar</name>
    <message>
        <location filename="../app/desktop/mainwindow/headerbar.cpp" line="+54"/>
        <location line="+1"/>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear search</source>
        <translation>Aramayı temizle</translation>
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
        <translation>%1 içinde ara</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskApp</name>
    <message>
        <location filename="../app/desktop/shell/kioskapp.cpp" line="+36"/>
        <source>kiosk mode is disabled in %1 (integreat-cli kiosk setup enables it)</source>
        <translation>kiosk modu %1 içinde kapalı (integreat-cli kiosk setup ile açılır)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot create the folder %1</source>
        <translation>%1 klasörü oluşturulamıyor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved content cannot be opened: %1</source>
        <translation>Kayıtlı içerik açılamıyor: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskSession</name>
    <message>
        <location filename="../app/desktop/kiosk/kiosksession.cpp" line="+66"/>
        <source>Start over</source>
        <translation>Baştan başla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this page with you</source>
        <translation>Bu sayfayı yanınıza alın</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::KioskWindow</name>
    <message>
        <location filename="../app/desktop/kiosk/kioskwindow.cpp" line="+77"/>
        <source>The update has finished.</source>
        <translation>Güncelleme tamamlandı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The update failed; the last good content stays in use. %1</source>
        <translation>Güncelleme başarısız oldu; son sağlam içerik kullanılmaya devam ediyor. %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nothing is saved on this kiosk yet. The administrator can update the content.</source>
        <translation>Bu kioskta henüz hiçbir şey kayıtlı değil. Yönetici içeriği güncelleyebilir.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Wrong PIN.</source>
        <translation>Yanlış PIN.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Çok fazla yanlış PIN girildi. %n saniye sonra yeniden deneyin.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No PIN is set for this kiosk, so the administration cannot be opened here (integreat-cli kiosk set-pin).</source>
        <translation>Bu kiosk için PIN kodu ayarlanmamış, bu yüzden yönetim paneli burada açılamaz (integreat-cli kiosk set-pin).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No region is configured (integreat-cli kiosk setup).</source>
        <translation>Hiçbir bölge yapılandırılmamış (integreat-cli kiosk setup).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kiosk runs offline; the nightly update keeps it current.</source>
        <translation>Bu kiosk çevrimdışı çalışır; her gece yapılan güncelleme onu güncel tutar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Updating…</source>
        <translation>Güncelleniyor…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageButton</name>
    <message>
        <location filename="../app/desktop/mainwindow/languagebutton.cpp" line="+40"/>
        <source>%1 (download)</source>
        <translation>%1 (indir)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language of the content: %1</source>
        <translation>İçeriğin dili: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content language: %1</source>
        <translation>İçerik dili: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageNames</name>
    <message>
        <location filename="../app/desktop/presentation/languages.cpp" line="+46"/>
        <source>Albanian</source>
        <translation>Arnavutça</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amharic</source>
        <translation>Amharca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>Arapça</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgarian</source>
        <translation>Bulgarca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central Kurdish</source>
        <translation>Orta Kürtçe (Sorani)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatian</source>
        <translation>Hırvatça</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czech</source>
        <translation>Çekçe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dari</source>
        <translation>Darice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>İngilizce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Fransızca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Almanca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greek</source>
        <translation>Yunanca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungarian</source>
        <translation>Macarca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>İtalyanca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kurdish</source>
        <translation>Kürtçe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pashto</source>
        <translation>Peştuca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persian</source>
        <translation>Farsça</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>Lehçe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>Rumence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Rusça</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbian</source>
        <translation>Sırpça</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somali</source>
        <translation>Somalice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>İspanyolca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tigrinya</source>
        <translation>Tigrinya dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation>Ukraynaca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation>Urduca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnamese</source>
        <translation>Vietnamca</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguagePage</name>
    <message>
        <location filename="../app/desktop/firstrun/languagepage.cpp" line="+22"/>
        <source>Which languages do you want to read?</source>
        <translation>Hangi dillerde okumak istiyorsunuz?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notice</source>
        <translation>Not</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The local information of %1 is downloaded in the languages you choose, so you can read it without internet. You can choose several and add more later.</source>
        <translation>%1 yerel bilgileri seçtiğiniz dillerde indirilir, böylece internetsiz okuyabilirsiniz. Birden fazla dil seçebilir ve daha sonra başka diller ekleyebilirsiniz.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language code %1</source>
        <translation>Dil kodu %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LanguageRow</name>
    <message>
        <location filename="../app/desktop/firstrun/languagerow.cpp" line="+29"/>
        <source>Retry</source>
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry %1</source>
        <translation>%1 için yeniden dene</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Waiting</source>
        <translation>Bekliyor</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Finished</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Ready to read offline</source>
        <translation>✓ Çevrimdışı okumaya hazır</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not downloaded: %1</source>
        <translation>İndirilmedi: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LinkRouter</name>
    <message>
        <location filename="../app/desktop/pages/linkrouter.cpp" line="+70"/>
        <source>This link cannot be opened: it could harm your computer or your data.</source>
        <translation>Bu bağlantı açılamaz: bilgisayarınıza ya da verilerinize zarar verebilir.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This link leads to the list of towns. To read about another town, use “Change” next to the town&apos;s name.</source>
        <translation>Bu bağlantı şehir listesine gidiyor. Başka bir şehir hakkında okumak için şehrin adının yanındaki “Değiştir”i kullanın.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This link leads to a part of Integreat that this app does not show yet.</source>
        <translation>Bu bağlantı, Integreat&apos;in bu uygulamanın henüz göstermediği bir bölümüne gidiyor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download %1</source>
        <translation>%1 indir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This link leads to “%1” in %2, which is not saved on this computer.</source>
        <translation>Bu bağlantı %2 dilindeki “%1” içeriğine gidiyor; bu içerik bu bilgisayarda kayıtlı değil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This page is in %1, which is not saved on this computer yet.</source>
        <translation>Bu sayfa %1 dilinde; bu dil bu bilgisayarda henüz kayıtlı değil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chat is not available in this town.</source>
        <translation>Bu şehirde sohbet kullanılamıyor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The linked event is not on this computer. It may be over or removed, or it is newer than the last update.</source>
        <translation>Bağlantı verilen etkinlik bu bilgisayarda yok. Sona ermiş ya da kaldırılmış olabilir, ya da son güncellemeden daha yeni olabilir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked place is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Bağlantı verilen yer bu bilgisayarda yok. Kaldırılmış olabilir ya da son güncellemeden daha yeni olabilir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked news item is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Bağlantı verilen haber bu bilgisayarda yok. Kaldırılmış olabilir ya da son güncellemeden daha yeni olabilir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked page is not on this computer. It may have been moved or removed, or it is newer than the last update.</source>
        <translation>Bağlantı verilen sayfa bu bilgisayarda yok. Taşınmış ya da kaldırılmış olabilir, ya da son güncellemeden daha yeni olabilir.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No program on this computer can open this document.</source>
        <translation>Bu bilgisayardaki hiçbir program bu belgeyi açamıyor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This document is not saved on this computer.</source>
        <translation>Bu belge bu bilgisayarda kayıtlı değil.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>No program on this computer can open this link.</source>
        <translation>Bu bilgisayardaki hiçbir program bu bağlantıyı açamıyor.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>This offer cannot be opened: its form could not be prepared.</source>
        <translation>Bu hizmet açılamıyor: formu hazırlanamadı.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open online</source>
        <translation>Çevrimiçi aç</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LocalInfoSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/localinfosection.cpp" line="+37"/>
        <source>Local information</source>
        <translation>Yerel bilgiler</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::LocalInfoView</name>
    <message>
        <location filename="../app/desktop/pages/localinfoview.cpp" line="+57"/>
        <source>Page content</source>
        <translation>Sayfa içeriği</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Start page of the town</source>
        <translation>Şehrin başlangıç sayfası</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation>Arama sonuçları</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page</source>
        <translation>Sayfa</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <location line="+31"/>
        <location line="+38"/>
        <location line="+9"/>
        <location line="+21"/>
        <source>Local information</source>
        <translation>Yerel bilgiler</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>This page is not on this computer</source>
        <translation>Bu sayfa bu bilgisayarda yok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been moved or removed by the last update.</source>
        <translation>Son güncellemede taşınmış ya da kaldırılmış olabilir.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+26"/>
        <location line="+1"/>
        <source>Imprint</source>
        <translation>Künye</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>There is no imprint in this language on this computer.</source>
        <translation>Bu bilgisayarda bu dilde künye yok.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The imprint is available in:</source>
        <translation>Künye şu dillerde var:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search: “%1”</source>
        <translation>Arama: “%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go to the start page</source>
        <translation>Başlangıç sayfasına git</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Start page in %1</source>
        <translation>Başlangıç sayfası (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not available in %2. It is available in:</source>
        <translation>“%1” %2 dilinde yok. Şu dillerde var:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not available in %2.</source>
        <translation>“%1” %2 dilinde yok.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MainActions</name>
    <message>
        <location filename="../app/desktop/mainwindow/mainactions.cpp" line="+19"/>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward</source>
        <translation>İleri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start page</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>Şimdi güncelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imprint</source>
        <translation>Künye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>Ayarlar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger text</source>
        <translation>Daha büyük yazı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smaller text</source>
        <translation>Daha küçük yazı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal text size</source>
        <translation>Normal yazı boyutu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Integreat Desktop</source>
        <translation>Integreat Desktop hakkında</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Çık</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This page</source>
        <translation>Bu sayfa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text size</source>
        <translation>Yazı boyutu</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MainWindow</name>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindow.cpp" line="+196"/>
        <source>Download %1</source>
        <translation>%1 indir</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 is not saved on this computer yet.</source>
        <translation>%1 bu bilgisayarda henüz kayıtlı değil.</translation>
    </message>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindowcommands.cpp" line="+171"/>
        <source>About Integreat Desktop</source>
        <translation>Integreat Desktop hakkında</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Integreat Desktop %1&lt;/h3&gt;&lt;p&gt;Local information for newcomers, in their language, also without internet.&lt;/p&gt;&lt;p&gt;The content comes from the towns and districts that take part in &lt;a href=&quot;https://integreat-app.de&quot;&gt;Integreat&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Integreat Desktop %1&lt;/h3&gt;&lt;p&gt;Yeni gelenler için kendi dillerinde yerel bilgiler, internetsiz de.&lt;/p&gt;&lt;p&gt;İçerik, &lt;a href=&quot;https://integreat-app.de&quot;&gt;Integreat&lt;/a&gt;&apos;e katılan şehir ve ilçelerden gelir.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/desktop/mainwindow/mainwindowcounsel.cpp" line="+50"/>
        <source>Reading area</source>
        <translation>Okuma alanı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The section shown, and beside it the same in a second language when Side by side is on</source>
        <translation>Gösterilen bölüm ve Yan yana açıkken yanında aynısı ikinci bir dilde</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MapWidget</name>
    <message>
        <location filename="../app/desktop/places/mapwidget.cpp" line="+30"/>
        <source>Map of places</source>
        <translation>Yerler haritası</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Yakınlaştır</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Uzaklaştır</translation>
    </message>
    <message>
        <location line="+344"/>
        <source>I am here (sort places by distance from this point)</source>
        <translation>Buradayım (yerleri bu noktaya uzaklığa göre sırala)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::MassRemovalQuestion</name>
    <message>
        <location filename="../app/desktop/sync/massremovalquestion.cpp" line="+16"/>
        <source>Remove saved pages?</source>
        <translation>Kayıtlı sayfalar kaldırılsın mı?</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n of the %2 saved pages would be removed.</source>
        <translation>
            <numerusform>%1: kayıtlı %2 sayfadan %n tanesi kaldırılacak.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server sent much less content than before. If you go on, pages you have now will be deleted from this computer.</source>
        <translation>Sunucu öncekinden çok daha az içerik gönderdi. Devam ederseniz, şu anda sahip olduğunuz sayfalar bu bilgisayardan silinecek.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This can be a mistake on the server. If you keep your content, nothing changes and you can try again later.</source>
        <translation>Bu, sunucudaki bir hata olabilir. İçeriğinizi korursanız hiçbir şey değişmez ve daha sonra tekrar deneyebilirsiniz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep my content</source>
        <translation>İçeriğimi koru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove them</source>
        <translation>Kaldır</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NavigationBar</name>
    <message>
        <location filename="../app/desktop/pages/navigationbar.cpp" line="+29"/>
        <source>Back (Alt+Left)</source>
        <translation>Geri (Alt+Sol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward (Alt+Right)</source>
        <translation>İleri (Alt+Sağ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>İleri</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsHtml</name>
    <message>
        <location filename="../app/desktop/news/newshtml.cpp" line="+16"/>
        <source>Local news</source>
        <translation>Yerel haberler</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Read the original</source>
        <translation>Orijinali oku</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/newssection.cpp" line="+28"/>
        <source>News</source>
        <translation>Haberler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News (%1)</source>
        <translation>Haberler (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News, %1 new</source>
        <translation>Haberler, %1 yeni</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This news item is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Bu haber bu bilgisayarda yok. Kaldırılmış olabilir ya da son güncellemeden daha yeni olabilir.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NewsView</name>
    <message>
        <location filename="../app/desktop/news/newsview.cpp" line="+43"/>
        <location line="+56"/>
        <source>All news</source>
        <translation>Tüm haberler</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>All</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local</source>
        <translation>Yerel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External</source>
        <translation>Dış kaynaklı</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>News</source>
        <translation>Haberler</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>News item</source>
        <translation>Haber</translation>
    </message>
    <message>
        <location filename="../app/desktop/news/newslistmodel.cpp" line="+85"/>
        <source>● New</source>
        <translation>● Yeni</translation>
    </message>
    <message>
        <location filename="../app/desktop/news/newsview.cpp" line="+110"/>
        <source>There are no news in this language yet. New local news of the town appear here after the next update.</source>
        <translation>Bu dilde henüz haber yok. Şehrin yeni yerel haberleri bir sonraki güncellemeden sonra burada görünür.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No news of this kind. Choose “All” to see every news item.</source>
        <translation>Bu türde haber yok. Tüm haberleri görmek için “Tümü”nü seçin.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NoticeBar</name>
    <message>
        <location filename="../app/desktop/pages/noticebar.cpp" line="+26"/>
        <source>Notice</source>
        <translation>Not</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Close this notice</source>
        <translation>Bu notu kapat</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationCenter</name>
    <message>
        <location filename="../app/desktop/notify/notificationcenter.cpp" line="+44"/>
        <source>Notifications (%1)</source>
        <translation>Bildirimler (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notifications</source>
        <translation>Bildirimler</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>News from %1 (%2)</source>
        <translation>%1 kaynaklı haberler (%2)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::NotificationsDialog</name>
    <message>
        <location filename="../app/desktop/notify/notificationsdialog.cpp" line="+27"/>
        <source>No notifications yet. New local news of your towns appear here.</source>
        <translation>Henüz bildirim yok. Şehirlerinizin yeni yerel haberleri burada görünür.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>Bildirimler</translation>
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
        <translation>Bir şehir şu dilde haber yayımladığında bildirim göster:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Look for news every</source>
        <translation>Haberleri şu aralıkla denetle:</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::OfferForm</name>
    <message>
        <location filename="../app/desktop/pages/offerform.cpp" line="+27"/>
        <source>Continue to %1</source>
        <translation>Devam et: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PackImport</name>
    <message>
        <location filename="../app/desktop/settings/packimport.cpp" line="+28"/>
        <source>Could not open the local store: %1</source>
        <translation>Yerel depo açılamadı: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The content pack %1 was not imported: %2 Nothing on this computer was changed.</source>
        <translation>%1 içerik paketi içe aktarılmadı: %2 Bu bilgisayarda hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported from the content pack: %1 in %2.</source>
        <translation>İçerik paketinden içe aktarıldı: %1 (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported, because this computer has newer content of %1 in %2. “Import anyway” replaces it with the older content of the pack.</source>
        <translation>İçe aktarılmadı, çünkü bu bilgisayarda %1 için daha yeni içerik var (%2). “Yine de içe aktar”, bunu paketteki daha eski içerikle değiştirir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The content pack %1 holds no language.</source>
        <translation>%1 içerik paketinde hiç dil yok.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PackImportPanel</name>
    <message>
        <location filename="../app/desktop/settings/packimportpanel.cpp" line="+23"/>
        <source>Import content pack…</source>
        <translation>İçerik paketini içe aktar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import anyway</source>
        <translation>Yine de içe aktar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a region&apos;s content from a file made with “integreat-cli pack export” (for computers without fast internet).</source>
        <translation>Bir bölgenin içeriğini “integreat-cli pack export” ile oluşturulmuş bir dosyadan içe aktar (hızlı interneti olmayan bilgisayarlar için).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing the content pack</source>
        <translation>İçerik paketi içe aktarılıyor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Replaces this computer&apos;s newer content with the older content of the pack.</source>
        <translation>Bu bilgisayardaki daha yeni içeriği paketteki daha eski içerikle değiştirir.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import content pack</source>
        <translation>İçerik paketini içe aktar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Integreat content packs (*.integreat-pack)</source>
        <translation>Integreat içerik paketleri (*.integreat-pack)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Waiting for the running update to finish…</source>
        <translation>Süren güncellemenin bitmesi bekleniyor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing the content pack…</source>
        <translation>İçerik paketi içe aktarılıyor…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PageHtml</name>
    <message>
        <location filename="../app/desktop/pages/pagehtml.cpp" line="+108"/>
        <source>Last updated on %1</source>
        <translation>Son güncelleme: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Published on %1</source>
        <translation>Yayın tarihi: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This page has no text yet.</source>
        <translation>Bu sayfada henüz metin yok.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Imprint</source>
        <translation>Künye</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Contact form: write to the town&apos;s team</source>
        <translation>İletişim formu: şehrin ekibine yazın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online offer: opens in your browser</source>
        <translation>Çevrimiçi hizmet: tarayıcınızda açılır</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This page is provided by %1</source>
        <translation>Bu sayfayı sağlayan: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PinPad</name>
    <message>
        <location filename="../app/desktop/kiosk/pinpad.cpp" line="+22"/>
        <source>Administrator PIN</source>
        <translation>Yönetici PIN kodu</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the PIN to open the administration.</source>
        <translation>Yönetim panelini açmak için PIN kodunu girin.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceDetailHtml</name>
    <message>
        <location filename="../app/desktop/places/placedetailhtml.cpp" line="+82"/>
        <source>%1 km away</source>
        <translation>%1 km uzakta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open all day</source>
        <translation>Gün boyu açık</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open now</source>
        <translation>Şu anda açık</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed now</source>
        <translation>Şu anda kapalı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>Geçici olarak kapalı</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Only with an appointment</source>
        <translation>Yalnızca randevuyla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with an appointment</source>
        <translation>randevuyla</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>✓ Barrier-free</source>
        <translation>✓ Engelsiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Not barrier-free</source>
        <translation>✗ Engelsiz değil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Navigate (opens a map)</source>
        <translation>Yol tarifi al (harita açılır)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening hours</source>
        <translation>Çalışma saatleri</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Make an appointment</source>
        <translation>Randevu al</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Contacts</source>
        <translation>İletişim kişileri</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact information</source>
        <translation>İletişim bilgileri</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile</source>
        <translation>Cep telefonu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website</source>
        <translation>Web sitesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment</source>
        <translation>Randevu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office hours</source>
        <translation>Görüşme saatleri</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About this place</source>
        <translation>Bu yer hakkında</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events here</source>
        <translation>Buradaki etkinlikler</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceFiltersDialog</name>
    <message>
        <location filename="../app/desktop/places/placefiltersdialog.cpp" line="+25"/>
        <source>Only places open now</source>
        <translation>Yalnızca şu anda açık yerler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only barrier-free places</source>
        <translation>Yalnızca engelsiz yerler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter places</source>
        <translation>Yerleri filtrele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reset filters</source>
        <translation>Filtreleri sıfırla</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Show %n place(s)</source>
        <translation>
            <numerusform>%n yeri göster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlaceListPanel</name>
    <message>
        <location filename="../app/desktop/places/placelistpanel.cpp" line="+26"/>
        <source>Show all places</source>
        <translation>Tüm yerleri göster</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Search in places</source>
        <translation>Yerlerde ara</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+100"/>
        <source>Filters…</source>
        <translation>Filtreler…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Places</source>
        <translation>Yerler</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open now</source>
        <translation>Şu anda açık</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed now</source>
        <translation>Şu anda kapalı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temporarily closed</source>
        <translation>Geçici olarak kapalı</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>open now</source>
        <translation>şu anda açık</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>barrier-free</source>
        <translation>engelsiz</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Filters (%1)…</source>
        <translation>Filtreler (%1)…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlacesSection</name>
    <message>
        <location filename="../app/desktop/mainwindow/placessection.cpp" line="+31"/>
        <source>Places</source>
        <translation>Yerler</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>This place is not on this computer. It may have been removed, or it is newer than the last update.</source>
        <translation>Bu yer bu bilgisayarda yok. Kaldırılmış olabilir ya da son güncellemeden daha yeni olabilir.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::PlacesView</name>
    <message>
        <location filename="../app/desktop/places/placesview.cpp" line="+65"/>
        <source>← All places</source>
        <translation>← Tüm yerler</translation>
    </message>
    <message>
        <location filename="../app/desktop/places/placesviewtiles.cpp" line="+56"/>
        <source>No map of %1 to show. Map tiles need an internet connection or an offline map file (an administrator can import one with “integreat-cli import-tiles”). The places stand on a plain background; the list and the details work without it.</source>
        <translation>%1 için gösterilecek harita yok. Harita karoları için internet bağlantısı ya da çevrimdışı harita dosyası gerekir (bir yönetici “integreat-cli import-tiles” ile içe aktarabilir). Yerler düz bir arka plan üzerinde gösterilir; liste ve ayrıntılar harita olmadan da çalışır.</translation>
    </message>
    <message>
        <location filename="../app/desktop/places/placesview.cpp" line="-5"/>
        <source>Places and map</source>
        <translation>Yerler ve harita</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All places</source>
        <translation>Tüm yerler</translation>
    </message>
    <message numerus="yes">
        <location line="+162"/>
        <source>%n place(s) at this spot</source>
        <translation>
            <numerusform>Bu noktada %n yer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n place(s), nearest first</source>
        <translation>
            <numerusform>%n yer, en yakın olan önce</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n place(s), A–Z</source>
        <translation>
            <numerusform>%n yer, A–Z</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no places for this town yet. They appear here after the next download.</source>
        <translation>Bu şehir için henüz yer yok. Bir sonraki indirmeden sonra burada görünecekler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No place matches. Change the filters or the search.</source>
        <translation>Eşleşen yer yok. Filtreleri ya da aramayı değiştirin.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::QrCard</name>
    <message>
        <location filename="../app/desktop/kiosk/qrcard.cpp" line="+19"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scan the code with your phone&apos;s camera to take this with you.</source>
        <translation>Bunu yanınıza almak için kodu telefonunuzun kamerasıyla tarayın.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Call this number</source>
        <translation>Bu numarayı arayın</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an e-mail</source>
        <translation>E-posta yazın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this on your phone</source>
        <translation>Bunu telefonunuzda açın</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(too long for a QR code)</source>
        <translation>(QR kodu için fazla uzun)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::QrDialog</name>
    <message>
        <location filename="../app/desktop/counsel/qrdialog.cpp" line="+20"/>
        <source>QR code</source>
        <translation>QR kodu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QR code of the link</source>
        <translation>Bağlantının QR kodu</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Scan the code to open this on your phone</source>
        <translation>Bunu telefonunuzda açmak için kodu tarayın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the code to open “%1” on your phone</source>
        <translation>“%1” sayfasını telefonunuzda açmak için kodu tarayın</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::ReadAloudPanel</name>
    <message>
        <location filename="../app/desktop/counsel/readaloudpanel.cpp" line="+20"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading and close</source>
        <translation>Okumayı durdur ve kapat</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionButton</name>
    <message>
        <location filename="../app/desktop/mainwindow/regionbutton.cpp" line="+33"/>
        <source>Town</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>Değiştir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read about another town</source>
        <translation>Başka bir şehir hakkında oku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change town</source>
        <translation>Şehri değiştir</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Town: %1</source>
        <translation>Şehir: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Find another town…</source>
        <translation>Başka bir şehir bul…</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionList</name>
    <message>
        <location filename="../app/desktop/firstrun/regionlist.cpp" line="+21"/>
        <source>Regions</source>
        <translation>Bölgeler</translation>
    </message>
    <message>
        <location filename="../app/desktop/firstrun/regionlistmodel.cpp" line="+58"/>
        <source>Nearby</source>
        <translation>Yakında</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions near you</source>
        <translation>Yakınınızdaki bölgeler</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Regions starting with %1</source>
        <translation>%1 ile başlayan bölgeler</translation>
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
        <translation>Şunlar için de: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RegionPage</name>
    <message>
        <location filename="../app/desktop/firstrun/regionpage.cpp" line="+42"/>
        <source>Try again</source>
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the demo town</source>
        <translation>Tanıtım şehrini dene</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where do you live?</source>
        <translation>Nerede yaşıyorsunuz?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your town or district. Its local information is then downloaded so that you can read it without internet.</source>
        <translation>Şehrinizi ya da ilçenizi seçin. Ardından yerel bilgileri indirilir, böylece internetsiz okuyabilirsiniz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search, e.g. Landkreis München</source>
        <translation>Ara, örn. Landkreis München</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search for a region</source>
        <translation>Bölge ara</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of regions found</source>
        <translation>Bulunan bölge sayısı</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the list of regions…</source>
        <translation>Bölge listesi yükleniyor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the list of regions</source>
        <translation>Bölge listesi yükleniyor</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meanwhile you can look around in Musterstadt, a made-up demo town that comes with the app (in German, English and Arabic).</source>
        <translation>Bu arada, uygulamayla gelen uydurma bir tanıtım şehri olan Musterstadt&apos;a göz atabilirsiniz (Almanca, İngilizce ve Arapça).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No connection</source>
        <translation>Bağlantı yok</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The Integreat server cannot be reached right now, so the list of regions is not available. Please check your internet connection and try again.</source>
        <translation>Integreat sunucusuna şu anda ulaşılamıyor, bu yüzden bölge listesi kullanılamıyor. Lütfen internet bağlantınızı kontrol edip yeniden deneyin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app is in offline mode, so the list of regions cannot be loaded.</source>
        <translation>Uygulama çevrimdışı modda, bu yüzden bölge listesi yüklenemiyor.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No town found for “%1”. Check the spelling, or try your district (Landkreis) or a town nearby: not every town takes part in Integreat yet.</source>
        <translation>“%1” için şehir bulunamadı. Yazımı kontrol edin ya da ilçenizi (Landkreis) veya yakındaki bir şehri deneyin: henüz her şehir Integreat&apos;e katılmıyor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Regions: %1</source>
        <translation>Bölgeler: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions found: %1</source>
        <translation>Bulunan bölgeler: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::RelativeTime</name>
    <message>
        <location filename="../app/desktop/presentation/relativetime.cpp" line="+13"/>
        <source>Not updated yet</source>
        <translation>Henüz güncellenmedi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated just now</source>
        <translation>Az önce güncellendi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated 1 minute ago</source>
        <translation>1 dakika önce güncellendi</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>%n dakika önce güncellendi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated 1 hour ago</source>
        <translation>1 saat önce güncellendi</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>%n saat önce güncellendi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated yesterday</source>
        <translation>Dün güncellendi</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Updated %n days ago</source>
        <translation>
            <numerusform>%n gün önce güncellendi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated on %1</source>
        <translation>%1 tarihinde güncellendi</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SearchView</name>
    <message>
        <location filename="../app/desktop/search/searchview.cpp" line="+61"/>
        <source>Search results</source>
        <translation>Arama sonuçları</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Search: “%1”</source>
        <translation>Arama: “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching…</source>
        <translation>Aranıyor…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Page</source>
        <translation>Sayfa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>News</source>
        <translation>Haber</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Only in %1</source>
        <translation>Yalnızca %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text excerpt in %1</source>
        <translation>%1 metin alıntısı</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The search did not work: %1</source>
        <translation>Arama çalışmadı: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing found for “%1”.
Try other or fewer words.</source>
        <translation>“%1” için bir şey bulunamadı.
Başka ya da daha az sözcük deneyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found in %1 or in German for “%2”.
Try other or fewer words, or a German word you know from a letter.</source>
        <translation>%1 ya da Almanca olarak “%2” için bir şey bulunamadı.
Başka ya da daha az sözcük, ya da bir mektuptan bildiğiniz Almanca bir sözcük deneyin.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n or more results</source>
        <translation>
            <numerusform>%n veya daha fazla sonuç</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 result</source>
        <translation>1 sonuç</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n sonuç</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n or more results in %1 and German</source>
        <translation>
            <numerusform>%1 ve Almanca %n veya daha fazla sonuç</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 result in %1 and German</source>
        <translation>%1 ve Almanca 1 sonuç</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n results in %1 and German</source>
        <translation>
            <numerusform>%1 ve Almanca %n sonuç</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results for “%1”</source>
        <translation>“%1” için sonuçlar</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SectionBar</name>
    <message>
        <location filename="../app/desktop/mainwindow/sectionbar.cpp" line="+47"/>
        <source>Sections</source>
        <translation>Bölümler</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SectionShell</name>
    <message>
        <location filename="../app/desktop/mainwindow/sectionshell.cpp" line="+15"/>
        <source>What the section chosen in the section tabs shows</source>
        <translation>Bölüm sekmelerinde seçilen bölümün gösterdikleri</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SettingsDialog</name>
    <message>
        <location filename="../app/desktop/settings/settingsdialog.cpp" line="+47"/>
        <source>High contrast</source>
        <translation>Yüksek karşıtlık</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+20"/>
        <source>Language of the app</source>
        <translation>Uygulamanın dili</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Like the system (%1)</source>
        <translation>Sistemdeki gibi (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Menus and messages use this language from the next start. The language of the content is chosen above each page.</source>
        <translation>Menüler ve iletiler bir sonraki başlatmadan itibaren bu dilde olur. İçeriğin dili her sayfanın üstünden seçilir.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+20"/>
        <source>Text size</source>
        <translation>Yazı boyutu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading</source>
        <translation>Okuma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>Bildirimler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> h</source>
        <translation> saat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Update saved towns every</source>
        <translation>Kayıtlı şehirlerin güncelleme aralığı:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer is shared (counseling): show End session in the window</source>
        <translation>Bu bilgisayar ortak kullanılıyor (danışmanlık): pencerede Oturumu bitir düğmesini göster</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shared computer</source>
        <translation>Ortak bilgisayar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved content</source>
        <translation>Kayıtlı içerik</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>End the session automatically when not in use</source>
        <translation>Kullanılmadığında oturumu otomatik olarak bitir</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>minutes without use</source>
        <translation>dakika kullanılmazsa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes without use before the session ends</source>
        <translation>Oturum bitmeden önce kullanılmadan geçen dakika</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before it ends, a countdown asks whether someone is still there; any key or mouse movement keeps the session. On a shared computer the app also keeps no language, town, news read or folder of a client.</source>
        <translation>Oturum bitmeden önce bir geri sayım, hâlâ birinin orada olup olmadığını sorar; herhangi bir tuş ya da fare hareketi oturumu devam ettirir. Ortak bir bilgisayarda uygulama ayrıca hiçbir dili, şehri, okunan haberi ya da danışan klasörünü saklamaz.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SideBySidePane</name>
    <message>
        <location filename="../app/desktop/counsel/sidebysidepane.cpp" line="+43"/>
        <source>Second language</source>
        <translation>İkinci dil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Swap sides</source>
        <translation>Tarafları değiştir</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>%1 (not downloaded)</source>
        <translation>%1 (indirilmedi)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not saved on this computer yet. Download it to show this beside the page (this needs the internet).</source>
        <translation>%1 bu bilgisayarda henüz kayıtlı değil. Bunu sayfanın yanında göstermek için indirin (internet gerekir).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download %1</source>
        <translation>%1 indir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Downloading %1…</source>
        <translation>%1 indiriliyor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading %1: %2</source>
        <translation>%1 indiriliyor: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1 indirilemedi: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open a page, an event, a place or a news item to see it here in a second language.</source>
        <translation>Burada ikinci bir dilde görmek için bir sayfa, etkinlik, yer ya da haber açın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“Print this week&apos;s events…” in the menu prints them in both languages.</source>
        <translation>Menüdeki “Bu haftanın etkinliklerini yazdır…” bunları iki dilde de yazdırır.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only one language of this town is saved: choose a second language above to download it.</source>
        <translation>Bu şehrin yalnızca bir dili kayıtlı: indirmek için yukarıdan ikinci bir dil seçin.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Side by side shows pages, events, places and news items; this is not one of them.</source>
        <translation>Yan yana görünüm sayfaları, etkinlikleri, yerleri ve haberleri gösterir; bu bunlardan biri değil.</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>Second language:</source>
        <translation>İkinci dil:</translation>
    </message>
    <message>
        <location line="+327"/>
        <source>This does not exist in %1. It exists in: %2.</source>
        <translation>Bu, %1 dilinde yok. Şu dillerde var: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other language</source>
        <translation>başka dil yok</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SingleInstance</name>
    <message>
        <location filename="../app/desktop/shell/singleinstance.cpp" line="+141"/>
        <source>The running Integreat did not answer in time; it opens the link when it can.</source>
        <translation>Çalışan Integreat zamanında yanıt vermedi; bağlantıyı açabildiğinde açacak.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The running Integreat did not accept the link.</source>
        <translation>Çalışan Integreat bağlantıyı kabul etmedi.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot watch for a second start of Integreat: %1</source>
        <translation>Integreat&apos;in ikinci kez başlatılması izlenemiyor: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StartScreen</name>
    <message>
        <location filename="../app/desktop/kiosk/startscreen.cpp" line="+42"/>
        <source>Other town</source>
        <translation>Başka şehir</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoragePanel</name>
    <message>
        <location filename="../app/desktop/settings/storagepanel.cpp" line="+37"/>
        <source>Delete saved content?</source>
        <translation>Kayıtlı içerik silinsin mi?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete everything saved about %1 from this computer? You can download it again later.</source>
        <translation>%1 hakkında kayıtlı olan her şey bu bilgisayardan silinsin mi? Daha sonra yeniden indirebilirsiniz.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Data folder</source>
        <translation>Veri klasörü</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved in: %1</source>
        <translation>Kayıt yeri: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting…</source>
        <translation>Sayılıyor…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Space used: %1</source>
        <translation>Kullanılan alan: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 language</source>
        <translation>1 dil</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n languages</source>
        <translation>
            <numerusform>%n dil</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved content of %1</source>
        <translation>%1 için kayıtlı içeriği sil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline map…</source>
        <translation>Çevrimdışı harita…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offline map is imported; choose a file to replace it.</source>
        <translation>Çevrimdışı bir harita içe aktarıldı; değiştirmek için bir dosya seçin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an offline map (.mbtiles) for the places.</source>
        <translation>Yerler için çevrimdışı harita (.mbtiles) içe aktar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Offline map</source>
        <translation>Çevrimdışı harita</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>MBTiles maps (*.mbtiles)</source>
        <translation>MBTiles haritaları (*.mbtiles)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No town is saved on this computer.</source>
        <translation>Bu bilgisayarda kayıtlı şehir yok.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not delete</source>
        <translation>Silinemedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved content could not be deleted: %1</source>
        <translation>Kayıtlı içerik silinemedi: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::StoreGuard</name>
    <message>
        <location filename="../app/desktop/common/storeguard.cpp" line="+33"/>
        <source>The saved content could not be read: %1</source>
        <translation>Kayıtlı içerik okunamadı: %1</translation>
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
        <translation>%1 klasörü oluşturulamıyor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved content cannot be opened: %1 (%2)</source>
        <translation>Kayıtlı içerik açılamıyor: %1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The damaged file could not be moved aside: %1</source>
        <translation>Bozuk dosya kenara taşınamadı: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The saved content cannot be opened: %1</source>
        <translation>Kayıtlı içerik açılamıyor: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Downloading %1 again …</source>
        <translation>%1 yeniden indiriliyor …</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncController</name>
    <message>
        <location filename="../app/desktop/sync/synccontroller.cpp" line="+48"/>
        <source>Offline mode: no network is used.</source>
        <translation>Çevrimdışı mod: ağ kullanılmıyor.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncPage</name>
    <message>
        <location filename="../app/desktop/firstrun/syncpage.cpp" line="+55"/>
        <source>Downloading the local information</source>
        <translation>Yerel bilgiler indiriliyor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download progress</source>
        <translation>İndirme ilerlemesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download status</source>
        <translation>İndirme durumu</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 – this takes a moment. You can cancel at any time; what is already on this computer stays as it was.</source>
        <translation>%1 – bu biraz sürer. İstediğiniz zaman iptal edebilirsiniz; bu bilgisayarda zaten olanlar olduğu gibi kalır.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Connecting…</source>
        <translation>Bağlanıyor…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>İptal ediliyor…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 of %2 – %3: %4</source>
        <translation>%1 / %2 – %3: %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Downloading images and documents: %1 of %2</source>
        <translation>Resimler ve belgeler indiriliyor: %1 / %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No answer for this language.</source>
        <translation>Bu dil için yanıt yok.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing could be downloaded.</source>
        <translation>Hiçbir şey indirilemedi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some languages could not be downloaded. You can retry them or continue with what is there.</source>
        <translation>Bazı diller indirilemedi. Yeniden deneyebilir ya da olanlarla devam edebilirsiniz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done.</source>
        <translation>Tamam.</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncPresenter</name>
    <message>
        <location filename="../app/desktop/mainwindow/syncpresenter.cpp" line="+46"/>
        <source>This is a demo town with example content: there is nothing to update. Choose your own town with “Change” to get its content.</source>
        <translation>Bu, örnek içerikli bir tanıtım şehri: güncellenecek bir şey yok. Kendi şehrinizin içeriğini almak için şehrinizi “Değiştir” ile seçin.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An update is running. Please try again when it is done.</source>
        <translation>Bir güncelleme sürüyor. Lütfen bittiğinde yeniden deneyin.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Updating…</source>
        <translation>Güncelleniyor…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 / %4)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The language could not be downloaded: %1</source>
        <translation>Dil indirilemedi: %1</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncStateWidget</name>
    <message>
        <location filename="../app/desktop/mainwindow/syncstatewidget.cpp" line="+30"/>
        <location line="+1"/>
        <location line="+168"/>
        <source>Offline</source>
        <translation>Çevrimdışı</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Update state</source>
        <translation>Güncelleme durumu</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>%n dakika önce güncellendi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>%n saat önce güncellendi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+102"/>
        <source>Updating…</source>
        <translation>Güncelleniyor…</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+106"/>
        <source>Update failed</source>
        <translation>Güncelleme başarısız</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Updated yesterday</source>
        <translation>Dün güncellendi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not updated yet</source>
        <translation>Henüz güncellenmedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>Example content</source>
        <translation>Örnek içerik</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+103"/>
        <source>Updating elsewhere</source>
        <translation>Başka yerde güncelleniyor</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+121"/>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+121"/>
        <source>Sync now</source>
        <translation>Şimdi güncelle</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Another update is running.</source>
        <translation>Başka bir güncelleme çalışıyor.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Another program is updating the content on this computer. Try Sync now again when it is done.</source>
        <translation>Başka bir program bu bilgisayardaki içeriği güncelliyor. Bittiğinde Şimdi güncelle düğmesini tekrar deneyin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a demo town with example content. It is not updated from a server; choose your town to get its real content.</source>
        <translation>Bu, örnek içerikli bir tanıtım şehri. Sunucudan güncellenmez; gerçek içeriği almak için şehrinizi seçin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo</source>
        <translation>Tanıtım</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop the update; the saved content stays as it is</source>
        <translation>Güncellemeyi durdur; kayıtlı içerik olduğu gibi kalır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the latest content (F5)</source>
        <translation>En yeni içeriği indir (F5)</translation>
    </message>
</context>
<context>
    <name>integreat::desktop::SyncWorker</name>
    <message>
        <location filename="../app/desktop/sync/syncworker.cpp" line="+44"/>
        <source>Could not create the data folder %1.</source>
        <translation>Veri klasörü %1 oluşturulamadı.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not open the local store: %1</source>
        <translation>Yerel depo açılamadı: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
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
        <translation>Bu dil için henüz ekran klavyesi yok: Latin harfleriyle yazın.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other letters: %1</source>
        <translation>Diğer harfler: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Space</source>
        <translation>Boşluk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide the keyboard</source>
        <translation>Klavyeyi gizle</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackOutbox</name>
    <message>
        <location filename="../core/feedback/feedbackoutbox.cpp" line="+33"/>
        <source>Sending your feedback…</source>
        <translation>Geri bildiriminiz gönderiliyor…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your feedback will be sent when this computer is online.</source>
        <translation>Geri bildiriminiz bu bilgisayar çevrimiçi olduğunda gönderilecek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your feedback will be sent when this computer is online, if the app stays open: on a shared computer it is not saved.</source>
        <translation>Uygulama açık kalırsa geri bildiriminiz bu bilgisayar çevrimiçi olduğunda gönderilecek: ortak bir bilgisayarda kaydedilmez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your feedback could not be sent.</source>
        <translation>Geri bildiriminiz gönderilemedi.</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackResult</name>
    <message>
        <location filename="../core/feedback/feedbacksender.cpp" line="+24"/>
        <source>Thank you! Your feedback was sent to the town&apos;s editors.</source>
        <translation>Teşekkürler! Geri bildiriminiz şehrin editörlerine gönderildi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline: your feedback was not sent.</source>
        <translation>Çevrimdışısınız: geri bildiriminiz gönderilmedi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Integreat server has a problem (error %1): your feedback was not sent.</source>
        <translation>Integreat sunucusunda bir sorun var (hata %1): geri bildiriminiz gönderilmedi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too much feedback was sent from here in a short time: your feedback was not sent yet.</source>
        <translation>Kısa sürede buradan çok fazla geri bildirim gönderildi: geri bildiriminiz henüz gönderilmedi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Integreat server did not accept this feedback (error %1).</source>
        <translation>Integreat sunucusu bu geri bildirimi kabul etmedi (hata %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Integreat server did not accept this feedback (error %1): %2</source>
        <translation>Integreat sunucusu bu geri bildirimi kabul etmedi (hata %1): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your feedback could not be sent: %1</source>
        <translation>Geri bildiriminiz gönderilemedi: %1</translation>
    </message>
</context>
<context>
    <name>integreat::feedback::FeedbackSender</name>
    <message>
        <location line="+16"/>
        <source>a thumb or a comment is needed</source>
        <translation>bir başparmak işareti ya da bir yorum gerekli</translation>
    </message>
</context>
<context>
    <name>integreat::geo</name>
    <message>
        <location filename="../core/geo/tileimport.cpp" line="+23"/>
        <source>%1 is not a region code.</source>
        <translation>%1 bir bölge kodu değil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the folder for offline maps in %1.</source>
        <translation>%1 içinde çevrimdışı haritalar için klasör oluşturulamıyor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot copy %1 into the data folder.</source>
        <translation>%1 veri klasörüne kopyalanamıyor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot replace the offline map %1.</source>
        <translation>Çevrimdışı harita %1 değiştirilemiyor.</translation>
    </message>
</context>
<context>
    <name>integreat::geo::MbtilesSource</name>
    <message>
        <location filename="../core/geo/mbtilessource.cpp" line="+55"/>
        <source>The map file %1 does not exist.</source>
        <translation>Harita dosyası %1 yok.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not an MBTiles map file (not an SQLite database).</source>
        <translation>%1 bir MBTiles harita dosyası değil (SQLite veritabanı değil).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an MBTiles map file (it has no tiles or metadata table).</source>
        <translation>%1 bir MBTiles harita dosyası değil (tiles ya da metadata tablosu yok).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not an MBTiles map file (its tiles table lacks the MBTiles columns).</source>
        <translation>%1 bir MBTiles harita dosyası değil (tiles tablosunda MBTiles sütunları yok).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds vector tiles (pbf); only raster maps (PNG, JPEG) can be shown.</source>
        <translation>%1 vektör karolar (pbf) içeriyor; yalnızca raster haritalar (PNG, JPEG) gösterilebilir.</translation>
    </message>
</context>
<context>
    <name>integreat::geo::OnlineTileSource</name>
    <message>
        <location filename="../core/geo/onlinetilesource.cpp" line="+182"/>
        <source>The tile server gave an unexpected answer (HTTP %1).</source>
        <translation>Karo sunucusu beklenmeyen bir yanıt verdi (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>integreat::kiosk::KioskConfig</name>
    <message>
        <location filename="../core/kiosk/kioskconfig.cpp" line="+18"/>
        <source>“%1” is not a region slug (like augsburg).</source>
        <translation>“%1” bir bölge kısa adı değil (örneğin augsburg).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a language code (like de or ar).</source>
        <translation>“%1” bir dil kodu değil (örneğin de ya da ar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The start language %1 is not among the languages %2.</source>
        <translation>Başlangıç dili %1, %2 dilleri arasında değil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The idle time must be from %1 to %2 seconds.</source>
        <translation>Hareketsiz süre %1 ile %2 saniye arasında olmalıdır.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The countdown must be from 1 to %1 seconds.</source>
        <translation>Geri sayım 1 ile %1 saniye arasında olmalıdır.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one section must be shown.</source>
        <translation>En az bir bölüm gösterilmelidir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown section “%1” (known: %2).</source>
        <translation>Bilinmeyen bölüm “%1” (bilinenler: %2).</translation>
    </message>
</context>
<context>
    <name>integreat::kiosk::KioskConfigFile</name>
    <message>
        <location filename="../core/kiosk/kioskconfigfile.cpp" line="+77"/>
        <source>line %1: expected “key = value”</source>
        <translation>satır %1: “key = value” biçimi bekleniyordu</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>line %1: unknown setting “%2”</source>
        <translation>satır %1: bilinmeyen ayar “%2”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: “%2” is not a valid value for %3</source>
        <translation>satır %1: “%2”, %3 için geçerli bir değer değil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no [kiosk] section</source>
        <translation>[kiosk] bölümü yok</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The kiosk configuration %1 does not exist; the kiosk runs locked with default settings and no PIN (run integreat-cli kiosk setup).</source>
        <translation>Kiosk yapılandırması %1 mevcut değil; kiosk varsayılan ayarlarla ve PIN kodu olmadan kilitli çalışıyor (integreat-cli kiosk setup çalıştırın).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The kiosk configuration %1 cannot be read (%2); the kiosk runs locked with default settings and no PIN.</source>
        <translation>Kiosk yapılandırması %1 okunamıyor (%2); kiosk varsayılan ayarlarla ve PIN kodu olmadan kilitli çalışıyor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The kiosk configuration %1 is broken (%2); the kiosk runs locked with default settings and no PIN.</source>
        <translation>Kiosk yapılandırması %1 bozuk (%2); kiosk varsayılan ayarlarla ve PIN kodu olmadan kilitli çalışıyor.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the folder of %1.</source>
        <translation>%1 dosyasının klasörü oluşturulamıyor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
</context>
<context>
    <name>integreat::net::Fetcher</name>
    <message numerus="yes">
        <location filename="../core/net/fetcher.cpp" line="+63"/>
        <source>The server is busy and asks to try again in %n minute(s).</source>
        <translation>
            <numerusform>Sunucu meşgul ve %n dakika sonra yeniden denemenizi istiyor.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
</context>
<context>
    <name>integreat::net::Proxy</name>
    <message>
        <location filename="../core/net/proxy.cpp" line="+41"/>
        <source>The proxy “%1” is not usable: give http://HOST:PORT, socks5://HOST:PORT or none.</source>
        <translation>“%1” proxy&apos;si kullanılamıyor: http://HOST:PORT, socks5://HOST:PORT ya da none girin.</translation>
    </message>
</context>
<context>
    <name>integreat::net::Transfer</name>
    <message>
        <location filename="../core/net/transfer.cpp" line="+79"/>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+27"/>
        <source>The download is larger than %1 MB; it was stopped.</source>
        <translation>İndirilen veri %1 MB&apos;tan büyük; indirme durduruldu.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server sent the request on to %1, which is not allowed.</source>
        <translation>Sunucu isteği %1 adresine yönlendirdi; buna izin verilmiyor.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <location line="+111"/>
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Sunucu %n saniye içinde yanıt vermedi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-99"/>
        <source>The server sent only %1 bytes in %n second(s), less than %2 bytes a second; the download was stopped.</source>
        <translation>
            <numerusform>Sunucu %n saniyede yalnızca %1 bayt gönderdi, bu saniyede %2 bayttan az; indirme durduruldu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not found on the server (HTTP 404).</source>
        <translation>Sunucuda bulunamadı (HTTP 404).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>Sunucu bir hatayla yanıt verdi (HTTP %1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+20"/>
        <source>The connection was closed before the download was complete.</source>
        <translation>Bağlantı, indirme tamamlanmadan kapandı.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The server sent compressed data that cannot be unpacked safely (damaged, or far larger unpacked than sent); the download was stopped.</source>
        <translation>Sunucu, güvenle açılamayan sıkıştırılmış veri gönderdi (bozuk ya da açıldığında gönderilenden çok daha büyük); indirme durduruldu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server %1 was not found; check the address and the internet connection.</source>
        <translation>%1 sunucusu bulunamadı; adresi ve internet bağlantısını kontrol edin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 refused the connection.</source>
        <translation>%1 sunucusu bağlantıyı reddetti.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure connection to %1 could not be established: %2</source>
        <translation>%1 ile güvenli bağlantı kurulamadı: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy could not be reached: %1</source>
        <translation>Proxy&apos;ye ulaşılamadı: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy asks for a user name and password.</source>
        <translation>Proxy bir kullanıcı adı ve parola istiyor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request on too many times.</source>
        <translation>Sunucu isteği çok fazla kez yönlendirdi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request on from https to http, which is not allowed.</source>
        <translation>Sunucu isteği https&apos;ten http&apos;ye yönlendirdi; buna izin verilmiyor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no network connection.</source>
        <translation>Ağ bağlantısı yok.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network error (code %1).</source>
        <translation>Ağ hatası (kod %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error: %1</source>
        <translation>Ağ hatası: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack</name>
    <message>
        <location filename="../core/pack/packexporter.cpp" line="+51"/>
        <source>Could not read %1: %2</source>
        <translation>%1 okunamadı: %2</translation>
    </message>
    <message>
        <location filename="../core/pack/packinstaller.cpp" line="+41"/>
        <source>Could not write %1.</source>
        <translation>%1 yazılamadı.</translation>
    </message>
    <message>
        <location filename="../core/pack/packmanifest.cpp" line="+92"/>
        <location filename="../core/pack/packreader.cpp" line="+46"/>
        <source>This is not an Integreat content pack (its manifest is missing or damaged).</source>
        <translation>Bu bir Integreat içerik paketi değil (manifest dosyası eksik ya da bozuk).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This content pack was made by a newer version of Integreat (pack format %1; this version reads up to %2). Update Integreat to import it.</source>
        <translation>Bu içerik paketi Integreat uygulamasının daha yeni bir sürümüyle oluşturulmuş (paket biçimi %1; bu sürüm en fazla %2 biçimini okuyabilir). İçe aktarmak için Integreat uygulamasını güncelleyin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack&apos;s manifest is incomplete or damaged (%1).</source>
        <translation>Paketin manifest dosyası eksik ya da bozuk (%1).</translation>
    </message>
    <message>
        <location filename="../core/pack/tarwriter.cpp" line="+53"/>
        <source>Cannot store “%1” in a pack.</source>
        <translation>“%1” bir pakete kaydedilemiyor.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 changed while it was read.</source>
        <translation>%1 okunurken değişti.</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackExporter</name>
    <message>
        <location filename="../core/pack/packexporter.cpp" line="+49"/>
        <source>The region %1 is not in the local store; sync it first.</source>
        <translation>%1 bölgesi yerel depoda yok; önce eşitleyin.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has not been synced in %2 yet; sync it first.</source>
        <translation>%1 dili %2 bölgesinde henüz eşitlenmedi; önce eşitleyin.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+11"/>
        <source>Could not write %1: %2</source>
        <translation>%1 yazılamadı: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the local store: %1</source>
        <translation>Yerel depo okunamıyor: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackInstaller</name>
    <message>
        <location filename="../core/pack/packinstaller.cpp" line="+37"/>
        <source>Could not open %1: %2</source>
        <translation>%1 açılamadı: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not unpack the pack into %1: %2</source>
        <translation>Paket %1 içine açılamadı: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pack is damaged: its offline map cannot be read (%1).</source>
        <translation>Paket bozuk: çevrimdışı haritası okunamıyor (%1).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not save the content pack: %1</source>
        <translation>İçerik paketi kaydedilemedi: %1</translation>
    </message>
</context>
<context>
    <name>integreat::pack::PackReader</name>
    <message>
        <location filename="../core/pack/packreader.cpp" line="+57"/>
        <source>The pack is damaged: it holds %1, which its manifest does not list.</source>
        <translation>Paket bozuk: manifest dosyasında listelenmeyen %1 öğesini içeriyor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pack is damaged: %1 does not have the size its manifest gives.</source>
        <translation>Paket bozuk: %1 öğesinin boyutu manifest dosyasında belirtilen boyutla aynı değil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pack is damaged: %1 is too large.</source>
        <translation>Paket bozuk: %1 çok büyük.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>Could not unpack the pack into %1: %2</source>
        <translation>Paket %1 içine açılamadı: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack is damaged: %1 does not match its checksum.</source>
        <translation>Paket bozuk: %1 sağlama toplamıyla eşleşmiyor.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The pack is incomplete: %1 is missing.</source>
        <translation>Paket eksik: %1 bulunamadı.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pack is damaged: %1 is not valid (%2).</source>
        <translation>Paket bozuk: %1 geçerli değil (%2).</translation>
    </message>
</context>
<context>
    <name>integreat::pack::TarReader</name>
    <message>
        <location filename="../core/pack/tarreader.cpp" line="+86"/>
        <location line="+38"/>
        <location line="+10"/>
        <source>The pack ends early (it was cut short while copying?).</source>
        <translation>Paket erken bitiyor (kopyalanırken yarıda mı kesildi?).</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The pack is damaged: an empty block inside it.</source>
        <translation>Paket bozuk: içinde boş bir blok var.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pack is damaged: a part&apos;s header is not valid.</source>
        <translation>Paket bozuk: bir parçanın başlığı geçerli değil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pack is damaged: it holds something other than files.</source>
        <translation>Paket bozuk: dosya olmayan bir şey içeriyor.</translation>
    </message>
</context>
<context>
    <name>integreat::print::Handout</name>
    <message>
        <location filename="../app/desktop/print/handout.cpp" line="+79"/>
        <source>Printed on %1</source>
        <translation>Yazdırma tarihi: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last updated on %1</source>
        <translation>Son güncelleme: %1</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Page %1 of %2</source>
        <translation>Sayfa %1 / %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot write %1: the file could not be created</source>
        <translation>%1 yazılamıyor: dosya oluşturulamadı</translation>
    </message>
</context>
<context>
    <name>integreat::print::HandoutHtml</name>
    <message>
        <location filename="../app/desktop/print/handouthtml.cpp" line="+112"/>
        <location line="+6"/>
        <source>Closed</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open all day</source>
        <translation>Gün boyu açık</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only with an appointment</source>
        <translation>yalnızca randevuyla</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>today</source>
        <translation>bugün</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Cep telefonu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Web sitesi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact</source>
        <translation>İletişim</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>Geçici olarak kapalı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>Çalışma saatleri</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appointments</source>
        <translation>Randevu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About</source>
        <translation>Hakkında</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Nerede</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Çevrimiçi</translation>
    </message>
</context>
<context>
    <name>integreat::print::HandoutLoader</name>
    <message>
        <location filename="../app/desktop/print/handoutloader.cpp" line="+96"/>
        <source>%1 is not in the local store for %2 (%3).</source>
        <translation>%1, %2 (%3) için yerel depoda yok.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This item does not exist in “%1”. It exists in: %2.</source>
        <translation>Bu öğe “%1” dilinde yok. Şu dillerde var: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other language</source>
        <translation>başka dil yok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The “%1” version of this item is not stored; sync that language first.</source>
        <translation>Bu öğenin “%1” sürümü kayıtlı değil; önce o dili eşitleyin.</translation>
    </message>
</context>
<context>
    <name>integreat::print::PrintActions</name>
    <message>
        <location filename="../app/desktop/print/printactions.cpp" line="+23"/>
        <location line="+46"/>
        <source>Print…</source>
        <translation>Yazdır…</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+46"/>
        <source>Save as PDF…</source>
        <translation>PDF olarak kaydet…</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Print next week&apos;s events…</source>
        <translation>Gelecek haftanın etkinliklerini yazdır…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save next week&apos;s events as PDF…</source>
        <translation>Gelecek haftanın etkinliklerini PDF olarak kaydet…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Print this week&apos;s events…</source>
        <translation>Bu haftanın etkinliklerini yazdır…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this week&apos;s events as PDF…</source>
        <translation>Bu haftanın etkinliklerini PDF olarak kaydet…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the local store: %1</source>
        <translation>Yerel depo okunamıyor: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot print</source>
        <translation>Yazdırılamıyor</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The printer could not be used.</source>
        <translation>Yazıcı kullanılamadı.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as PDF</source>
        <translation>PDF olarak kaydet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF belgeleri (*.pdf)</translation>
    </message>
</context>
<context>
    <name>integreat::print::WeekHtml</name>
    <message>
        <location filename="../app/desktop/print/weekhtml.cpp" line="+39"/>
        <source>Events of the week</source>
        <translation>Haftanın etkinlikleri</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No events on this day.</source>
        <translation>Bu gün etkinlik yok.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This event is not translated.</source>
        <translation>Bu etkinlik çevrilmemiş.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All day</source>
        <translation>Tüm gün</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>irregular dates: check with the organizer</source>
        <translation>düzensiz tarihler: düzenleyiciyle kontrol edin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Online</source>
        <translation>Çevrimiçi</translation>
    </message>
</context>
<context>
    <name>integreat::print::WeekLoader</name>
    <message>
        <location filename="../app/desktop/print/weekloader.cpp" line="+98"/>
        <source>No events of %1 are stored in “%2”: there is nothing to print.</source>
        <translation>%1 için “%2” dilinde kayıtlı etkinlik yok: yazdırılacak bir şey yok.</translation>
    </message>
</context>
<context>
    <name>integreat::session::SessionWiper</name>
    <message>
        <location filename="../app/desktop/session/sessionwiper.cpp" line="+46"/>
        <source>The file dialogs&apos; history could not be cleared (%1).</source>
        <translation>Dosya pencerelerinin geçmişi temizlenemedi (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not delete %1.</source>
        <translation>%1 silinemedi.</translation>
    </message>
</context>
<context>
    <name>integreat::speech::QtSpeechEngine</name>
    <message>
        <location filename="../app/desktop/speech/qtspeechengine.cpp" line="+27"/>
        <source>The speech service failed.</source>
        <translation>Konuşma hizmeti çalışmadı.</translation>
    </message>
</context>
<context>
    <name>integreat::speech::ReadAloud</name>
    <message>
        <location filename="../app/desktop/speech/readaloud.cpp" line="+43"/>
        <source>No voice for %1 on this computer</source>
        <translation>Bu bilgisayarda %1 için ses yok</translation>
    </message>
</context>
<context>
    <name>integreat::speech::ReadAloudBar</name>
    <message>
        <location filename="../app/desktop/speech/readaloudbar.cpp" line="+21"/>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Hız</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slow</source>
        <translation>Yavaş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal speed</source>
        <translation>Normal hız</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast</source>
        <translation>Hızlı</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Devam et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read aloud</source>
        <translation>Sesli oku</translation>
    </message>
</context>
<context>
    <name>integreat::store::StoreRescue</name>
    <message>
        <location filename="../core/store/storerescue.cpp" line="+36"/>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 bir klasör, veritabanı dosyası değil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the integrity check found: %1</source>
        <translation>bütünlük denetimi şunu buldu: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not move %1 to %2.</source>
        <translation>%1, %2 konumuna taşınamadı.</translation>
    </message>
</context>
<context>
    <name>integreat::sync::LanguageFetcher</name>
    <message>
        <location filename="../core/sync/languagefetcher.cpp" line="+89"/>
        <source>region list</source>
        <translation>bölge listesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pages</source>
        <translation>sayfalar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>events</source>
        <translation>etkinlikler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>places</source>
        <translation>yerler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>place categories</source>
        <translation>yer kategorileri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imprint</source>
        <translation>künye</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>news</source>
        <translation>haberler</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+22"/>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+115"/>
        <source>Could not download the %1: %2</source>
        <translation>İndirilemedi (%1): %2</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>The server sent damaged data for the %1 (%2 at byte %3).</source>
        <translation>Sunucu bozuk veri gönderdi (%1; %3. baytta %2).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>news: not offered by the server; the stored news are kept</source>
        <translation>haberler: sunucu sunmuyor; kayıtlı haberler korunuyor</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <location line="+52"/>
        <location line="+60"/>
        <source>The %1 could not be read: %2</source>
        <translation>Okunamadı (%1): %2</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The language “%1” is not available in this region (HTTP 404).</source>
        <translation>“%1” dili bu bölgede yok (HTTP 404).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found on the server (HTTP 404).</source>
        <translation>Sunucuda bulunamadı (HTTP 404).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>imprint: not offered by the server</source>
        <translation>künye: sunucu sunmuyor</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ListCheck</name>
    <message>
        <location filename="../core/sync/listcheck.cpp" line="+29"/>
        <source>The server sent %1 items for the %2, more than the %3 this app accepts; the stored %2 are kept.</source>
        <translation>Sunucu %2 için %1 öğe gönderdi; bu, uygulamanın kabul ettiği %3 öğeden fazla; kayıtlı %2 korunuyor.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No item of the %1 could be read (%2 received; first problem: %3); the stored %1 are kept.</source>
        <translation>%1 listesindeki hiçbir öğe okunamadı (%2 alındı; ilk sorun: %3); kayıtlı %1 korunuyor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of the %2 items of the %3 could not be read (%4); the stored %3 are kept.</source>
        <translation>%3 listesindeki %2 öğeden %1 tanesi okunamadı (%4); kayıtlı %3 korunuyor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Item %1 of the %2 holds %3 characters of text, more than the %4 this app accepts; the stored %2 are kept.</source>
        <translation>%2 listesindeki %1. öğe %3 karakter metin içeriyor; bu, uygulamanın kabul ettiği %4 karakterden fazla; kayıtlı %2 korunuyor.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server&apos;s list of pages for “%1” would remove %2 of the %3 stored pages; the stored pages are kept. Confirm the removal to apply it.</source>
        <translation>Sunucunun “%1” için sayfa listesi, kayıtlı %3 sayfadan %2 tanesini kaldıracaktı; kayıtlı sayfalar korunuyor. Uygulamak için kaldırmayı onaylayın.</translation>
    </message>
</context>
<context>
    <name>integreat::sync::NewsWatcher</name>
    <message>
        <location filename="../core/sync/newswatcher.cpp" line="+38"/>
        <source>The news list could not be read: %1</source>
        <translation>Haber listesi okunamadı: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::PackImporter</name>
    <message>
        <location filename="../core/sync/packimporter.cpp" line="+43"/>
        <source>The content pack is incomplete: %1 is missing.</source>
        <translation>İçerik paketi eksik: %1 yok.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>The content pack is damaged: %1 (%2).</source>
        <translation>İçerik paketi bozuk: %1 (%2).</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The content pack names no region it contains.</source>
        <translation>İçerik paketi içerdiği bölgeyi belirtmiyor.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The content pack has none of the languages %1.</source>
        <translation>İçerik paketinde %1 dillerinden hiçbiri yok.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not create the folder %1.</source>
        <translation>%1 klasörü oluşturulamadı.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not write %1: %2</source>
        <translation>%1 yazılamadı: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save the content pack: %1</source>
        <translation>İçerik paketi kaydedilemedi: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::PageTree</name>
    <message>
        <location filename="../core/sync/pagetree.cpp" line="+33"/>
        <source>page %1: its parent %2 is not in the list; shown at the top level</source>
        <translation>sayfa %1: üst sayfası %2 listede yok; en üst düzeyde gösteriliyor</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>page %1: its parents lead back to itself; shown at the top level</source>
        <translation>sayfa %1: üst sayfaları yine kendisine çıkıyor; en üst düzeyde gösteriliyor</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ResourceDownloader</name>
    <message>
        <location filename="../core/sync/resourcedownloader.cpp" line="+127"/>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The server is busy (HTTP %1); the other files will be tried on the next sync.</source>
        <translation>Sunucu meşgul (HTTP %1); diğer dosyalar bir sonraki eşitlemede denenecek.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Stopped after %n failed downloads in a row; the other files will be tried on the next sync.</source>
        <translation>
            <numerusform>Art arda %n başarısız indirmeden sonra durduruldu; diğer dosyalar bir sonraki eşitlemede denenecek.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The server sent a web page instead of the file.</source>
        <translation>Sunucu dosya yerine bir web sayfası gönderdi.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Could not write the file: %1</source>
        <translation>Dosya yazılamadı: %1</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>The server gave an unexpected answer (HTTP %1).</source>
        <translation>Sunucu beklenmeyen bir yanıt verdi (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>integreat::sync::ResourceSync</name>
    <message>
        <location filename="../core/sync/resourcesync.cpp" line="+51"/>
        <source>Cannot create the folder for images and documents: %1</source>
        <translation>Resimler ve belgeler için klasör oluşturulamıyor: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not update the list of images and documents: %1</source>
        <translation>Resim ve belge listesi güncellenemedi: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+158"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… ve %n tane daha.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integreat::sync::SyncEngine</name>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="+37"/>
        <source>loading the list of regions</source>
        <translation>bölge listesi yükleniyor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saving</source>
        <translation>kaydediliyor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>tamam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>downloading %1</source>
        <translation>indiriliyor: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not load the list of regions from %1: %2</source>
        <translation>Bölge listesi %1 adresinden yüklenemedi: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sent a damaged list of regions (%1 at byte %2).</source>
        <translation>Sunucu bozuk bir bölge listesi gönderdi (%2. baytta %1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of regions could not be read: %1</source>
        <translation>Bölge listesi okunamadı: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>Could not save the list of regions: %1</source>
        <translation>Bölge listesi kaydedilemedi: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Could not load the languages of %1: %2</source>
        <translation>%1 bölgesinin dilleri yüklenemedi: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server lists no languages for %1.</source>
        <translation>Sunucu %1 için hiçbir dil listelemiyor.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no region “%1” on the server.</source>
        <translation>Sunucuda “%1” adında bir bölge yok.</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+15"/>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>%1 offers no language “%2” (it offers: %3).</source>
        <translation>%1, “%2” dilini sunmuyor (sunulanlar: %3).</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Could not read the stored pages: %1</source>
        <translation>Kayıtlı sayfalar okunamadı: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not save the content: %1</source>
        <translation>İçerik kaydedilemedi: %1</translation>
    </message>
</context>
<context>
    <name>integreat::sync::SyncLock</name>
    <message>
        <location filename="../core/sync/synclock.cpp" line="+68"/>
        <source>A sync is already running (pid %1).</source>
        <translation>Bir eşitleme zaten çalışıyor (pid %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync is already running.</source>
        <translation>Bir eşitleme zaten çalışıyor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the lock file %1: permission denied.</source>
        <translation>Kilit dosyası %1 oluşturulamıyor: izin reddedildi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the lock file %1 (is the disk full?).</source>
        <translation>Kilit dosyası %1 oluşturulamıyor (disk dolu mu?).</translation>
    </message>
</context>
<context>
    <name>integreat::sync::WriteFailure</name>
    <message>
        <location filename="../core/sync/writefailure.cpp" line="+26"/>
        <location line="+15"/>
        <source>the disk is full (%1)</source>
        <translation>disk dolu (%1)</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>no permission to write in %1</source>
        <translation>%1 içine yazma izni yok</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+8"/>
        <source>%1 is on a read-only file system</source>
        <translation>%1 salt okunur bir dosya sisteminde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file system refused to write %1</source>
        <translation>dosya sistemi %1 yazılmasını reddetti</translation>
    </message>
</context>
</TS>
