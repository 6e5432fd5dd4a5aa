# Demo pages, part 1: welcome, arriving, authorities, health.
# Each page: key, parent key (None = root), order, thumbnail (image name or None), and per
# language (slug, title, html). In html, {link:KEY|text} becomes a link to another demo page
# and {img:NAME|alt} an image from images/NAME.svg (both resolved by generate.py).

DEMO_NOTE = {
    "de": "<p><strong>Hinweis:</strong> Musterstadt ist eine erfundene Demo-Stadt. Alle Adressen, "
          "Telefonnummern und Namen in dieser Stadt sind ausgedacht. Die bundesweiten Notrufnummern "
          "und Hilfetelefone sind echt.</p>",
    "en": "<p><strong>Please note:</strong> Musterstadt is a fictional demo town. All addresses, "
          "phone numbers and names in this town are made up. The nationwide emergency numbers and "
          "helplines are real.</p>",
    "ar": "<p><strong>ملاحظة:</strong> موسترشتات مدينة تجريبية خيالية. جميع العناوين وأرقام الهواتف "
          "والأسماء في هذه المدينة مُختلَقة. أما أرقام الطوارئ وخطوط المساعدة على مستوى ألمانيا فهي حقيقية.</p>",
}

PAGES_A = [
    dict(key="welcome", parent=None, order=1, thumb="icon-welcome", de=(
        "willkommen", "Willkommen in Musterstadt",
        "{img:welcome|Zeichnung der Musterstadt}"
        "<p>Schön, dass Sie da sind! Diese Seiten helfen Ihnen, sich in Musterstadt zurechtzufinden: "
        "bei Behörden, beim Arzt, bei der Wohnungssuche, in der Schule und im Alltag.</p>"
        "{note}"
        "<p>Wählen Sie oben ein Thema oder lesen Sie zuerst die {link:first-steps|ersten Schritte}.</p>"
    ), en=(
        "welcome", "Welcome to Musterstadt",
        "{img:welcome|Drawing of Musterstadt}"
        "<p>We are glad you are here! These pages help you find your way in Musterstadt: with the "
        "authorities, at the doctor's, when looking for a flat, at school and in everyday life.</p>"
        "{note}"
        "<p>Choose a topic or start with the {link:first-steps|first steps}.</p>"
    ), ar=(
        "أهلا-وسهلا", "أهلاً وسهلاً في موسترشتات",
        "{img:welcome|رسم لمدينة موسترشتات}"
        "<p>يسعدنا وجودك هنا! تساعدك هذه الصفحات على التعرّف على موسترشتات: في الدوائر الرسمية، "
        "وعند الطبيب، وفي البحث عن سكن، وفي المدرسة، وفي الحياة اليومية.</p>"
        "{note}"
        "<p>اختر موضوعاً أو ابدأ بقراءة {link:first-steps|الخطوات الأولى}.</p>"
    )),
    dict(key="about-demo", parent="welcome", order=1, thumb=None, de=(
        "ueber-diese-demo", "Über diese Demo",
        "<p>Diese Inhalte gehören zur Demo von Integreat Desktop. Sie zeigen, wie die App "
        "funktioniert, wenn noch keine Verbindung zum Integreat-Server besteht.</p>"
        "<ul><li>Alle Seiten, Veranstaltungen, Orte und Nachrichten sind Beispiele.</li>"
        "<li>Die Inhalte gibt es auf Deutsch, Englisch und Arabisch.</li>"
        "<li>Sobald Sie online sind, können Sie Ihre echte Stadt oder Ihren Landkreis auswählen.</li></ul>"
        "<p>Die echten Inhalte schreiben die Kommunen selbst, oft zusammen mit Beratungsstellen.</p>"
    ), en=(
        "about-this-demo", "About this demo",
        "<p>This content belongs to the Integreat Desktop demo. It shows how the app works before "
        "it has reached the Integreat server.</p>"
        "<ul><li>All pages, events, places and news are examples.</li>"
        "<li>The content is available in German, English and Arabic.</li>"
        "<li>As soon as you are online you can choose your real town or district.</li></ul>"
        "<p>Real content is written by the municipalities themselves, often together with "
        "counselling centres.</p>"
    ), ar=(
        "عن-هذا-العرض", "عن هذا العرض التجريبي",
        "<p>هذه المحتويات جزء من العرض التجريبي لتطبيق Integreat Desktop. وهي تُظهر كيف يعمل "
        "التطبيق قبل الاتصال بخادم Integreat.</p>"
        "<ul><li>جميع الصفحات والفعاليات والأماكن والأخبار أمثلة فقط.</li>"
        "<li>المحتوى متوفر باللغات الألمانية والإنجليزية والعربية.</li>"
        "<li>عندما تتصل بالإنترنت يمكنك اختيار مدينتك أو دائرتك الحقيقية.</li></ul>"
        "<p>تكتب البلديات المحتوى الحقيقي بنفسها، وغالباً بالتعاون مع مراكز الاستشارة.</p>"
    )),
    dict(key="town", parent="welcome", order=2, thumb=None, de=(
        "die-stadt", "Die Stadt im Überblick",
        "<p>Musterstadt hat etwa 40.000 Einwohnerinnen und Einwohner. Das Zentrum ist der "
        "Marktplatz mit dem Rathaus. Vom Bahnhof fahren Züge jede halbe Stunde in die "
        "nächste Großstadt.</p>"
        "<h3>Wichtige Orte</h3><ul><li>Rathaus mit Bürgerbüro: Marktplatz 1</li>"
        "<li>Stadtbibliothek: Schulstraße 4</li><li>Bahnhof und Busbahnhof: Bahnhofstraße</li></ul>"
        "<p>Alle Orte finden Sie auch auf der Karte.</p>"
    ), en=(
        "the-town", "The town at a glance",
        "<p>Musterstadt has about 40,000 inhabitants. The centre is the market square with the "
        "town hall. Trains leave the station every half hour for the nearest city.</p>"
        "<h3>Important places</h3><ul><li>Town hall with the citizens' office: Marktplatz 1</li>"
        "<li>Public library: Schulstraße 4</li><li>Railway and bus station: Bahnhofstraße</li></ul>"
        "<p>You can also find all places on the map.</p>"
    ), ar=(
        "المدينة", "نظرة عامة على المدينة",
        "<p>يعيش في موسترشتات نحو 40,000 نسمة. مركز المدينة هو ساحة السوق حيث يقع مبنى البلدية. "
        "تنطلق القطارات من المحطة كل نصف ساعة إلى أقرب مدينة كبيرة.</p>"
        "<h3>أماكن مهمة</h3><ul><li>مبنى البلدية ومكتب خدمة المواطنين: Marktplatz 1</li>"
        "<li>المكتبة العامة: Schulstraße 4</li><li>محطة القطار والحافلات: Bahnhofstraße</li></ul>"
        "<p>تجد جميع الأماكن أيضاً على الخريطة.</p>"
    )),
    dict(key="arriving", parent=None, order=2, thumb="icon-arrive", de=(
        "ankommen", "Ankommen",
        "<p>In den ersten Wochen gibt es viel zu erledigen. Hier finden Sie die wichtigsten "
        "Schritte in einer sinnvollen Reihenfolge.</p>"
    ), en=(
        "arriving", "Arriving",
        "<p>There is a lot to do in the first weeks. Here you find the most important steps in a "
        "sensible order.</p>"
    ), ar=(
        "الوصول", "الوصول",
        "<p>هناك الكثير مما يجب إنجازه في الأسابيع الأولى. تجد هنا أهم الخطوات بترتيب مناسب.</p>"
    )),
    dict(key="first-steps", parent="arriving", order=1, thumb=None, de=(
        "erste-schritte", "Erste Schritte",
        "{img:checklist|Eine Checkliste}"
        "<ol><li>Wohnsitz im Bürgerbüro anmelden (innerhalb von 14 Tagen).</li>"
        "<li>Krankenversicherung klären.</li><li>Ein Bankkonto eröffnen.</li>"
        "<li>Einen Termin bei der Migrationsberatung machen.</li>"
        "<li>Einen Deutschkurs suchen.</li></ol>"
        "<p>Bringen Sie zu jedem Termin Ihren Pass oder Ihr Ankunftsdokument mit. Machen Sie von "
        "wichtigen Papieren Kopien und bewahren Sie sie an einem sicheren Ort auf.</p>"
        "<p>Mehr dazu: {link:registration|Wohnsitz anmelden}.</p>"
    ), en=(
        "first-steps", "First steps",
        "{img:checklist|A checklist}"
        "<ol><li>Register your address at the citizens' office (within 14 days).</li>"
        "<li>Sort out your health insurance.</li><li>Open a bank account.</li>"
        "<li>Make an appointment with the migration counselling service.</li>"
        "<li>Look for a German course.</li></ol>"
        "<p>Take your passport or your proof of arrival to every appointment. Make copies of "
        "important papers and keep them in a safe place.</p>"
        "<p>More: {link:registration|registering your address}.</p>"
    ), ar=(
        "الخطوات-الأولى", "الخطوات الأولى",
        "{img:checklist|قائمة مهام}"
        "<ol><li>سجّل عنوان سكنك في مكتب خدمة المواطنين (خلال 14 يوماً).</li>"
        "<li>رتّب أمر التأمين الصحي.</li><li>افتح حساباً مصرفياً.</li>"
        "<li>احجز موعداً لدى مركز استشارات الهجرة.</li><li>ابحث عن دورة لتعلّم اللغة الألمانية.</li></ol>"
        "<p>أحضر جواز سفرك أو وثيقة الوصول إلى كل موعد. اصنع نسخاً من الأوراق المهمة واحفظها في مكان آمن.</p>"
        "<p>للمزيد: {link:registration|تسجيل عنوان السكن}.</p>"
    )),
    dict(key="registration", parent="arriving", order=2, thumb=None, de=(
        "wohnsitz-anmelden", "Wohnsitz anmelden",
        "<p>Wer in eine Wohnung einzieht, muss sich innerhalb von zwei Wochen im Bürgerbüro "
        "anmelden. Das gilt auch für Unterkünfte und Wohngemeinschaften.</p>"
        "<h3>Das brauchen Sie</h3><ul><li>Pass, Personalausweis oder Aufenthaltsdokument</li>"
        "<li>die Wohnungsgeberbestätigung (bekommen Sie von Ihrer Vermieterin oder Ihrem Vermieter)</li></ul>"
        "<p>Die Anmeldung ist kostenlos. Sie bekommen eine Meldebescheinigung. Diese brauchen Sie "
        "später oft, zum Beispiel für die Bank.</p>"
        "<p>Bürgerbüro, Marktplatz 1, Telefon <a href=\"tel:+49123456780\">01234 5678-0</a>.</p>"
    ), en=(
        "registering-your-address", "Registering your address",
        "<p>When you move into a flat you have to register at the citizens' office within two "
        "weeks. This also applies to shared accommodation and flat shares.</p>"
        "<h3>What you need</h3><ul><li>passport, ID card or residence document</li>"
        "<li>the landlord's confirmation (Wohnungsgeberbestätigung) from your landlord</li></ul>"
        "<p>Registration is free. You receive a registration certificate; you will often need it "
        "later, for example at the bank.</p>"
        "<p>Citizens' office, Marktplatz 1, phone <a href=\"tel:+49123456780\">01234 5678-0</a>.</p>"
    ), ar=(
        "تسجيل-السكن", "تسجيل عنوان السكن",
        "<p>عند الانتقال إلى مسكن يجب التسجيل في مكتب خدمة المواطنين خلال أسبوعين. ينطبق هذا "
        "أيضاً على أماكن الإيواء والسكن المشترك.</p>"
        "<h3>ما تحتاجه</h3><ul><li>جواز السفر أو بطاقة الهوية أو وثيقة الإقامة</li>"
        "<li>تأكيد المؤجّر (Wohnungsgeberbestätigung) الذي تحصل عليه من صاحب السكن</li></ul>"
        "<p>التسجيل مجاني. تحصل على شهادة تسجيل، وستحتاجها كثيراً فيما بعد، مثلاً في البنك.</p>"
        "<p>مكتب خدمة المواطنين، Marktplatz 1، هاتف <a href=\"tel:+49123456780\">01234 5678-0</a>.</p>"
    )),
    dict(key="bank", parent="arriving", order=3, thumb=None, de=(
        "bankkonto", "Bankkonto eröffnen",
        "<p>Für Lohn, Miete und Sozialleistungen brauchen Sie ein Girokonto. Jede Person mit "
        "Wohnsitz in der EU hat ein Recht auf ein Basiskonto.</p>"
        "<p>Nehmen Sie Ihren Ausweis und die Meldebescheinigung mit. Fragen Sie nach den "
        "monatlichen Kosten. Geben Sie Ihre PIN und Ihre Zugangsdaten niemals an andere weiter.</p>"
    ), en=(
        "bank-account", "Opening a bank account",
        "<p>You need a current account for wages, rent and benefits. Everyone living in the EU has "
        "the right to a basic account.</p>"
        "<p>Take your ID and your registration certificate. Ask about the monthly fees. Never give "
        "your PIN or your login details to anyone.</p>"
    ), ar=(
        "حساب-مصرفي", "فتح حساب مصرفي",
        "<p>تحتاج إلى حساب جارٍ لاستلام الراتب ودفع الإيجار والحصول على المساعدات الاجتماعية. "
        "لكل شخص مقيم في الاتحاد الأوروبي الحق في حساب أساسي.</p>"
        "<p>خذ معك هويتك وشهادة التسجيل. اسأل عن الرسوم الشهرية. لا تعطِ رقمك السري أو بيانات "
        "الدخول لأي شخص أبداً.</p>"
    )),
    dict(key="transport", parent="arriving", order=4, thumb=None, de=(
        "bus-und-bahn", "Bus und Bahn",
        "<p>In Musterstadt fahren fünf Stadtbuslinien, tagsüber alle 20 Minuten. Fahrkarten gibt "
        "es am Automaten, im Bus und in der App des Verkehrsverbunds.</p>"
        "<p>Mit dem Deutschlandticket fahren Sie für einen festen Monatsbetrag mit Bus und "
        "Regionalzügen in ganz Deutschland. Wer Sozialleistungen bekommt, kann im Bürgerbüro "
        "nach einem ermäßigten Sozialticket fragen.</p>"
    ), en=(
        "bus-and-train", "Buses and trains",
        "<p>Five town bus lines run in Musterstadt, every 20 minutes during the day. Tickets are "
        "sold at machines, on the bus and in the transport association's app.</p>"
        "<p>With the Deutschlandticket you travel on buses and regional trains all over Germany "
        "for a fixed monthly price. If you receive benefits, ask at the citizens' office about a "
        "reduced social ticket.</p>"
    ), ar=(
        "الحافلات-والقطارات", "الحافلات والقطارات",
        "<p>تسير في موسترشتات خمسة خطوط حافلات، كل 20 دقيقة خلال النهار. تُباع التذاكر في "
        "الآلات وفي الحافلة وفي تطبيق شركة النقل.</p>"
        "<p>بتذكرة ألمانيا (Deutschlandticket) تتنقل بالحافلات والقطارات الإقليمية في كل ألمانيا "
        "مقابل مبلغ شهري ثابت. إذا كنت تحصل على مساعدات اجتماعية فاسأل في مكتب خدمة المواطنين "
        "عن تذكرة اجتماعية مخفّضة.</p>"
    )),
    dict(key="authorities", parent=None, order=3, thumb="icon-authorities", de=(
        "behoerden-und-beratung", "Behörden und Beratung",
        "<p>Welche Stelle ist wofür zuständig? Hier finden Sie die wichtigsten Ämter und "
        "Beratungsstellen. Die Beratung ist kostenlos und vertraulich.</p>"
    ), en=(
        "authorities-and-advice", "Authorities and advice",
        "<p>Which office is responsible for what? Here you find the most important authorities "
        "and counselling services. Counselling is free and confidential.</p>"
    ), ar=(
        "الدوائر-والاستشارة", "الدوائر الرسمية والاستشارة",
        "<p>أي جهة مسؤولة عن ماذا؟ تجد هنا أهم الدوائر الرسمية ومراكز الاستشارة. الاستشارة "
        "مجانية وسرّية.</p>"
    )),
    dict(key="immigration-office", parent="authorities", order=1, thumb=None, de=(
        "auslaenderbehoerde", "Ausländerbehörde",
        "<p>Die Ausländerbehörde ist zuständig für Aufenthaltserlaubnisse, Verlängerungen und "
        "Arbeitserlaubnisse. Sie ist im Rathaus, 2. Stock.</p>"
        "<p>Beantragen Sie eine Verlängerung rechtzeitig, am besten acht Wochen vor Ablauf. "
        "Termine nur nach Vereinbarung.</p>"
        "<p>E-Mail: <a href=\"mailto:auslaenderbehoerde@musterstadt.example\">auslaenderbehoerde@musterstadt.example</a></p>"
    ), en=(
        "immigration-office", "Immigration office",
        "<p>The immigration office (Ausländerbehörde) deals with residence permits, extensions and "
        "work permits. It is in the town hall, 2nd floor.</p>"
        "<p>Apply for an extension in good time, ideally eight weeks before your permit expires. "
        "By appointment only.</p>"
        "<p>Email: <a href=\"mailto:auslaenderbehoerde@musterstadt.example\">auslaenderbehoerde@musterstadt.example</a></p>"
    ), ar=(
        "دائرة-الأجانب", "دائرة شؤون الأجانب",
        "<p>دائرة شؤون الأجانب (Ausländerbehörde) مسؤولة عن تصاريح الإقامة وتمديدها وتصاريح العمل. "
        "تقع في مبنى البلدية، الطابق الثاني.</p>"
        "<p>قدّم طلب التمديد في وقت مبكر، ويُفضّل قبل ثمانية أسابيع من انتهاء الإقامة. "
        "الاستقبال بموعد مسبق فقط.</p>"
        "<p>البريد الإلكتروني: <a href=\"mailto:auslaenderbehoerde@musterstadt.example\">auslaenderbehoerde@musterstadt.example</a></p>"
    )),
    dict(key="jobcenter", parent="authorities", order=2, thumb=None, de=(
        "jobcenter-und-sozialamt", "Jobcenter und Sozialamt",
        "<p>Das Jobcenter zahlt Bürgergeld und hilft bei der Arbeitssuche. Das Sozialamt ist für "
        "Menschen zuständig, die nicht arbeiten können, und für Leistungen nach dem "
        "Asylbewerberleistungsgesetz.</p>"
        "<p>Lesen Sie Briefe vom Amt sofort und achten Sie auf Fristen. Wenn Sie etwas nicht "
        "verstehen, hilft die {link:counselling|Migrationsberatung}.</p>"
    ), en=(
        "jobcentre-and-social-welfare-office", "Jobcentre and social welfare office",
        "<p>The jobcentre pays the citizen's allowance (Bürgergeld) and helps you find work. The "
        "social welfare office is responsible for people who cannot work and for benefits for "
        "asylum seekers.</p>"
        "<p>Read letters from the authorities at once and watch the deadlines. If you do not "
        "understand something, the {link:counselling|migration counselling} can help.</p>"
    ), ar=(
        "مركز-العمل-والشؤون-الاجتماعية", "مركز العمل ودائرة الشؤون الاجتماعية",
        "<p>يدفع مركز العمل (Jobcenter) إعانة المواطن (Bürgergeld) ويساعد في البحث عن عمل. أما "
        "دائرة الشؤون الاجتماعية فهي مسؤولة عن الأشخاص غير القادرين على العمل وعن مساعدات طالبي اللجوء.</p>"
        "<p>اقرأ رسائل الدوائر الرسمية فوراً وانتبه إلى المواعيد النهائية. إذا لم تفهم شيئاً "
        "فإن {link:counselling|استشارات الهجرة} تساعدك.</p>"
    )),
    dict(key="counselling", parent="authorities", order=3, thumb=None, de=(
        "migrationsberatung", "Migrationsberatung",
        "<p>Die Migrationsberatung hilft bei Anträgen, Briefen, Wohnungssuche, Deutschkursen und "
        "Fragen zum Aufenthalt. Die Beratung ist kostenlos, vertraulich und unabhängig.</p>"
        "<p>Offene Sprechstunde: dienstags 9–12 Uhr, Lindenweg 7. Beratung auf Deutsch, Englisch, "
        "Arabisch und Persisch.</p>"
    ), en=(
        "migration-counselling", "Migration counselling",
        "<p>Migration counselling helps with applications, letters, finding a flat, German "
        "courses and questions about your residence. It is free, confidential and independent.</p>"
        "<p>Open consultation: Tuesdays 9 am–12 noon, Lindenweg 7. Advice in German, English, "
        "Arabic and Persian.</p>"
    ), ar=(
        "استشارات-الهجرة", "استشارات الهجرة",
        "<p>تساعد استشارات الهجرة في الطلبات والرسائل والبحث عن سكن ودورات اللغة الألمانية "
        "وأسئلة الإقامة. الاستشارة مجانية وسرّية ومستقلة.</p>"
        "<p>ساعات الاستشارة المفتوحة: أيام الثلاثاء من 9 إلى 12، Lindenweg 7. الاستشارة "
        "بالألمانية والإنجليزية والعربية والفارسية.</p>"
    )),
    dict(key="health", parent=None, order=4, thumb="icon-health", de=(
        "gesundheit", "Gesundheit",
        "<p>In Deutschland gehen Sie zuerst zu einer Hausärztin oder einem Hausarzt. Im Notfall "
        "rufen Sie <a href=\"tel:112\">112</a>.</p>"
    ), en=(
        "health", "Health",
        "<p>In Germany you first see a general practitioner (family doctor). In an emergency call "
        "<a href=\"tel:112\">112</a>.</p>"
    ), ar=(
        "الصحة", "الصحة",
        "<p>في ألمانيا تذهب أولاً إلى طبيب الأسرة (طبيب عام). في حالة الطوارئ اتصل بالرقم "
        "<a href=\"tel:112\">112</a>.</p>"
    )),
    dict(key="insurance", parent="health", order=1, thumb=None, de=(
        "krankenversicherung", "Krankenversicherung",
        "<p>In Deutschland muss jede Person krankenversichert sein. Mit einer Arbeit oder mit "
        "Bürgergeld sind Sie meist in einer gesetzlichen Krankenkasse versichert. Kinder sind oft "
        "kostenlos mitversichert.</p>"
        "<p>Zeigen Sie beim Arzt immer Ihre Versichertenkarte. Asylsuchende bekommen in den ersten "
        "Monaten einen Behandlungsschein vom Sozialamt.</p>"
    ), en=(
        "health-insurance", "Health insurance",
        "<p>Everyone in Germany must have health insurance. If you work or receive the citizen's "
        "allowance you are usually insured with a statutory health insurance fund. Children are "
        "often insured free of charge with a parent.</p>"
        "<p>Always show your insurance card at the doctor's. Asylum seekers get a treatment "
        "voucher from the social welfare office in the first months.</p>"
    ), ar=(
        "التأمين-الصحي", "التأمين الصحي",
        "<p>يجب أن يكون لكل شخص في ألمانيا تأمين صحي. إذا كنت تعمل أو تحصل على إعانة المواطن "
        "فأنت غالباً مؤمَّن لدى صندوق تأمين صحي قانوني. وكثيراً ما يُؤمَّن الأطفال مجاناً مع أحد الوالدين.</p>"
        "<p>أظهر دائماً بطاقة التأمين عند الطبيب. يحصل طالبو اللجوء في الأشهر الأولى على قسيمة "
        "علاج من دائرة الشؤون الاجتماعية.</p>"
    )),
    dict(key="doctor", parent="health", order=2, thumb=None, de=(
        "arzt-finden", "Ärztin oder Arzt finden",
        "<p>Rufen Sie in der Praxis an und machen Sie einen Termin. Sagen Sie, wenn Sie eine "
        "Dolmetscherin oder einen Dolmetscher brauchen. Nehmen Sie Ihre "
        "{link:insurance|Versichertenkarte} mit.</p>"
        "<p>Abends und am Wochenende hilft der ärztliche Bereitschaftsdienst unter "
        "<a href=\"tel:116117\">116 117</a> (kostenlos, rund um die Uhr).</p>"
    ), en=(
        "finding-a-doctor", "Finding a doctor",
        "<p>Call the practice and make an appointment. Say if you need an interpreter. Take your "
        "{link:insurance|insurance card} with you.</p>"
        "<p>In the evenings and at weekends the on-call medical service helps on "
        "<a href=\"tel:116117\">116 117</a> (free, day and night).</p>"
    ), ar=(
        "البحث-عن-طبيب", "البحث عن طبيب",
        "<p>اتصل بالعيادة واحجز موعداً. أخبرهم إذا كنت تحتاج إلى مترجم. خذ معك "
        "{link:insurance|بطاقة التأمين}.</p>"
        "<p>في المساء وفي عطلة نهاية الأسبوع تساعدك خدمة الطبيب المناوب على الرقم "
        "<a href=\"tel:116117\">116 117</a> (مجاناً وعلى مدار الساعة).</p>"
    )),
    dict(key="pharmacy", parent="health", order=3, thumb=None, de=(
        "apotheken", "Apotheken und Notdienst",
        "<p>Medikamente bekommen Sie in der Apotheke. Für viele brauchen Sie ein Rezept. Eine "
        "Apotheke in der Nähe hat immer Notdienst, auch nachts. Der Plan hängt an jeder "
        "Apothekentür aus.</p>"
    ), en=(
        "pharmacies", "Pharmacies and night service",
        "<p>You get medicines at the pharmacy (Apotheke); many need a prescription. One pharmacy "
        "nearby is always on duty, also at night. The rota is posted on every pharmacy door.</p>"
    ), ar=(
        "الصيدليات", "الصيدليات والخدمة الليلية",
        "<p>تحصل على الأدوية من الصيدلية (Apotheke)، ويحتاج كثير منها إلى وصفة طبية. هناك دائماً "
        "صيدلية قريبة مناوبة، حتى في الليل. يُعلَّق جدول المناوبات على باب كل صيدلية.</p>"
    )),
    dict(key="mental-health", parent="health", order=4, thumb=None, de=(
        "seelische-gesundheit", "Seelische Gesundheit",
        "<p>Flucht und Neuanfang können sehr belasten. Schlafprobleme, Angst oder Traurigkeit "
        "sind häufig. Sie müssen damit nicht allein bleiben.</p>"
        "<p>Sprechen Sie mit Ihrer Hausärztin oder Ihrem Hausarzt oder mit der "
        "{link:counselling|Migrationsberatung}. Die Telefonseelsorge ist kostenlos und anonym "
        "erreichbar: <a href=\"tel:08001110111\">0800 111 0 111</a>.</p>"
    ), en=(
        "mental-health", "Mental health",
        "<p>Fleeing and starting again can be very stressful. Sleeping problems, fear and "
        "sadness are common. You do not have to face them alone.</p>"
        "<p>Talk to your family doctor or to the {link:counselling|migration counselling}. The "
        "telephone counselling service is free and anonymous: "
        "<a href=\"tel:08001110111\">0800 111 0 111</a>.</p>"
    ), ar=(
        "الصحة-النفسية", "الصحة النفسية",
        "<p>قد يكون اللجوء والبدء من جديد مرهقاً جداً. مشاكل النوم والخوف والحزن أمور شائعة. "
        "لست مضطراً لمواجهتها وحدك.</p>"
        "<p>تحدّث مع طبيب الأسرة أو مع {link:counselling|استشارات الهجرة}. خدمة الاستشارة "
        "الهاتفية مجانية ومن دون ذكر الاسم: <a href=\"tel:08001110111\">0800 111 0 111</a>.</p>"
    )),
]
