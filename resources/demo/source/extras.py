# Demo events, places, place categories, news and imprint (same idea as pages_*.py: one entry
# per item with the text of every language).

CATEGORIES = [
    dict(id=1, icon="office", color="#1DC6C6",
         name={"de": "Behörde", "en": "Authority", "ar": "دائرة رسمية"}),
    dict(id=2, icon="service", color="#07DC03",
         name={"de": "Beratung", "en": "Counselling", "ar": "استشارة"}),
    dict(id=3, icon="education", color="#8E44AD",
         name={"de": "Bildung", "en": "Education", "ar": "تعليم"}),
    dict(id=4, icon="shopping", color="#F39C12",
         name={"de": "Günstig einkaufen", "en": "Low-cost shopping", "ar": "تسوّق بأسعار منخفضة"}),
    dict(id=5, icon="leisure", color="#2E86C1",
         name={"de": "Freizeit", "en": "Leisure", "ar": "أوقات الفراغ"}),
]

# Opening hours shorthands: Monday..Sunday.
def hours(*days):
    out = []
    for day in days:
        if day is None:
            out.append({"allDay": False, "closed": True, "appointmentOnly": False, "timeSlots": []})
        elif day == "appointment":
            out.append({"allDay": False, "closed": False, "appointmentOnly": True, "timeSlots": []})
        else:
            slots = [{"start": s.split("-")[0], "end": s.split("-")[1]} for s in day.split(",")]
            out.append({"allDay": False, "closed": False, "appointmentOnly": False,
                        "timeSlots": slots})
    return out

PLACES = [
    dict(id=1, category=1, lat=50.10012, lon=10.40035, street="Marktplatz 1",
         phone="+49 1234 5678-0", email="buergerbuero@musterstadt.example",
         website="https://www.musterstadt.example/buergerbuero",
         hours=hours("08:00-12:00", "08:00-12:00,14:00-18:00", "08:00-12:00", "08:00-12:00,14:00-18:00",
                     "08:00-12:00", None, None),
         de=("rathaus-buergerbuero", "Rathaus und Bürgerbüro",
             "<p>Anmeldung des Wohnsitzes, Ausweise, Meldebescheinigungen. Im 2. Stock: die "
             "Ausländerbehörde (nur mit Termin).</p>"),
         en=("town-hall-citizens-office", "Town hall and citizens' office",
             "<p>Registering your address, ID documents, registration certificates. 2nd floor: "
             "the immigration office (by appointment only).</p>"),
         ar=("البلدية-ومكتب-المواطنين", "مبنى البلدية ومكتب خدمة المواطنين",
             "<p>تسجيل السكن، وثائق الهوية، شهادات التسجيل. في الطابق الثاني: دائرة شؤون الأجانب "
             "(بموعد مسبق فقط).</p>")),
    dict(id=2, category=2, lat=50.10231, lon=10.39712, street="Lindenweg 7",
         phone="+49 1234 5678-40", email="beratung@musterstadt.example", website=None,
         hours=hours("appointment", "09:00-12:00", "appointment", "13:00-16:00", "appointment", None, None),
         de=("migrationsberatung", "Migrationsberatung Lindenweg",
             "<p>Kostenlose, vertrauliche Beratung zu Aufenthalt, Anträgen, Wohnen und Arbeit. "
             "Offene Sprechstunde dienstags.</p>"),
         en=("migration-counselling", "Migration counselling Lindenweg",
             "<p>Free, confidential advice on residence, applications, housing and work. Open "
             "consultation on Tuesdays.</p>"),
         ar=("استشارات-الهجرة", "استشارات الهجرة في Lindenweg",
             "<p>استشارة مجانية وسرّية حول الإقامة والطلبات والسكن والعمل. استشارة مفتوحة أيام الثلاثاء.</p>")),
    dict(id=3, category=3, lat=50.09874, lon=10.40311, street="Schulstraße 4",
         phone="+49 1234 5678-60", email="bibliothek@musterstadt.example",
         website="https://www.musterstadt.example/bibliothek",
         hours=hours("10:00-18:00", "10:00-18:00", "10:00-19:00", "10:00-18:00", "10:00-16:00",
                     "10:00-13:00", None),
         de=("stadtbibliothek", "Stadtbibliothek",
             "<p>Bücher, Filme und Lernmaterial in vielen Sprachen, Computer mit Internet. "
             "Mittwochs Sprachcafé.</p>"),
         en=("public-library", "Public library",
             "<p>Books, films and learning material in many languages, computers with internet. "
             "Language café on Wednesdays.</p>"),
         ar=("المكتبة-العامة", "المكتبة العامة",
             "<p>كتب وأفلام ومواد تعليمية بلغات كثيرة، وحواسيب متصلة بالإنترنت. مقهى اللغة أيام الأربعاء.</p>")),
    dict(id=4, category=3, lat=50.10420, lon=10.40540, street="Am Stadtpark 2",
         phone="+49 1234 5678-70", email="vhs@musterstadt.example", website=None,
         hours=hours("09:00-12:00,14:00-17:00", "09:00-12:00", "09:00-12:00,14:00-17:00",
                     "09:00-12:00", "09:00-12:00", None, None),
         de=("volkshochschule", "Volkshochschule",
             "<p>Integrationskurse, Deutschkurse für jedes Niveau, Alphabetisierungskurse. "
             "Einstufungstest ohne Termin zu den Öffnungszeiten.</p>"),
         en=("adult-education-centre", "Adult education centre",
             "<p>Integration courses, German courses for every level, literacy courses. Placement "
             "tests without an appointment during opening hours.</p>"),
         ar=("مركز-تعليم-الكبار", "مركز تعليم الكبار",
             "<p>دورات الاندماج، دورات اللغة الألمانية لكل المستويات، دورات محو الأمية. اختبار "
             "تحديد المستوى من دون موعد خلال ساعات العمل.</p>")),
    dict(id=5, category=4, lat=50.09702, lon=10.39855, street="Gartenstraße 15",
         phone=None, email="kleiderkammer@musterstadt.example", website=None,
         hours=hours(None, "14:00-17:00", None, "14:00-17:00", None, "10:00-12:00", None),
         de=("kleiderkammer", "Kleiderkammer",
             "<p>Gut erhaltene Kleidung, Schuhe und Haushaltswaren gegen eine kleine Spende. "
             "Spenden nehmen wir samstags an.</p>"),
         en=("clothing-store", "Second-hand clothing store",
             "<p>Clothes, shoes and household goods in good condition for a small donation. We "
             "accept donations on Saturdays.</p>"),
         ar=("مخزن-الملابس", "مخزن الملابس المستعملة",
             "<p>ملابس وأحذية وأدوات منزلية بحالة جيدة مقابل تبرّع بسيط. نستقبل التبرعات أيام السبت.</p>")),
    dict(id=6, category=5, lat=50.10544, lon=10.39420, street="Parkallee 1",
         phone="+49 1234 5678-90", email=None, website=None,
         hours=hours("14:00-20:00", "14:00-20:00", "14:00-20:00", "14:00-20:00", "14:00-22:00",
                     "12:00-22:00", None),
         de=("jugendzentrum", "Jugendzentrum Parkallee",
             "<p>Treffpunkt für Jugendliche von 12 bis 21 Jahren: Tischtennis, Musikraum, "
             "Hausaufgabenhilfe und Ausflüge. Der Eintritt ist frei.</p>"),
         en=("youth-centre", "Youth centre Parkallee",
             "<p>A meeting place for young people from 12 to 21: table tennis, a music room, "
             "homework help and trips. Entry is free.</p>"),
         ar=("مركز-الشباب", "مركز الشباب في Parkallee",
             "<p>ملتقى للشباب من عمر 12 إلى 21 سنة: تنس الطاولة، غرفة موسيقى، مساعدة في "
             "الواجبات المدرسية ورحلات. الدخول مجاني.</p>")),
]

# Events. "rule" (iCal, DTSTART in UTC without Z as the CMS sends it) makes an event recurring;
# one-off events carry fixed dates that the importer moves into the coming weeks.
EVENTS = [
    dict(id=1, place=3, start="2026-01-07T17:00:00", end="2026-01-07T19:00:00",
         rule="DTSTART:20260107T160000\nRRULE:FREQ=WEEKLY;BYDAY=WE",
         de=("sprachcafe", "Sprachcafé",
             "<p>Deutsch sprechen bei Tee und Keksen. Für alle Niveaus, ohne Anmeldung.</p>"),
         en=("language-cafe", "Language café",
             "<p>Speak German over tea and biscuits. All levels welcome, no registration.</p>"),
         ar=("مقهى-اللغة", "مقهى اللغة",
             "<p>تحدّث الألمانية مع الشاي والبسكويت. لكل المستويات ومن دون تسجيل.</p>")),
    dict(id=2, place=2, start="2026-01-05T10:00:00", end="2026-01-05T12:00:00",
         rule="DTSTART:20260105T090000\nRRULE:FREQ=MONTHLY;BYDAY=1MO",
         de=("infovormittag-arbeit", "Infovormittag: Arbeit und Ausbildung",
             "<p>Wie finde ich Arbeit? Was ist eine Ausbildung? Mit Dolmetschung ins Arabische.</p>"),
         en=("info-morning-work", "Info morning: work and vocational training",
             "<p>How do I find work? What is vocational training? With interpreting into Arabic.</p>"),
         ar=("صباح-معلومات-العمل", "صباح معلومات: العمل والتدريب المهني",
             "<p>كيف أجد عملاً؟ ما هو التدريب المهني؟ مع ترجمة فورية إلى العربية.</p>")),
    dict(id=3, place=6, start="2026-06-20T14:00:00", end="2026-06-20T20:00:00", rule=None,
         de=("fest-der-kulturen", "Fest der Kulturen",
             "<p>Musik, Essen aus vielen Ländern und Spiele für Kinder im Stadtpark. Eintritt frei.</p>"),
         en=("festival-of-cultures", "Festival of cultures",
             "<p>Music, food from many countries and games for children in the town park. Free entry.</p>"),
         ar=("مهرجان-الثقافات", "مهرجان الثقافات",
             "<p>موسيقى وطعام من بلدان كثيرة وألعاب للأطفال في حديقة المدينة. الدخول مجاني.</p>")),
    dict(id=4, place=1, start="2026-03-12T18:00:00", end="2026-03-12T19:30:00", rule=None,
         de=("elternabend-schule", "Infoabend: Schule in Deutschland",
             "<p>Wie funktioniert die Schule? Was müssen Eltern wissen? Fragen sind willkommen.</p>"),
         en=("info-evening-school", "Info evening: school in Germany",
             "<p>How does school work? What do parents need to know? Questions are welcome.</p>"),
         ar=("أمسية-المدرسة", "أمسية معلومات: المدرسة في ألمانيا",
             "<p>كيف تعمل المدرسة؟ ماذا يجب أن يعرف الوالدان؟ نرحّب بالأسئلة.</p>")),
]

NEWS = [
    dict(id=1, date="2026-11-20T09:00:00+01:00",
         de=("Bürgerbüro: neue Öffnungszeiten",
             "Ab Dezember hat das Bürgerbüro auch donnerstags bis 18 Uhr geöffnet. (Demo-Nachricht)"),
         en=("Citizens' office: new opening hours",
             "From December the citizens' office is also open until 6 pm on Thursdays. (Demo news)"),
         ar=("مكتب خدمة المواطنين: مواعيد جديدة",
             "ابتداءً من ديسمبر يفتح مكتب خدمة المواطنين أيضاً يوم الخميس حتى الساعة 18. (خبر تجريبي)")),
    dict(id=2, date="2026-11-12T14:30:00+01:00",
         de=("Neue Deutschkurse ab Januar",
             "Die Volkshochschule startet im Januar drei neue Kurse, einer davon mit Kinderbetreuung. "
             "Anmeldung ab sofort. (Demo-Nachricht)"),
         en=("New German courses from January",
             "The adult education centre starts three new courses in January, one of them with "
             "childcare. Registration is open. (Demo news)"),
         ar=("دورات ألمانية جديدة ابتداءً من يناير",
             "يبدأ مركز تعليم الكبار في يناير ثلاث دورات جديدة، إحداها مع رعاية للأطفال. التسجيل "
             "مفتوح الآن. (خبر تجريبي)")),
    dict(id=3, date="2026-10-30T08:00:00+01:00",
         de=("Winterkleidung in der Kleiderkammer",
             "Die Kleiderkammer hat Jacken und Winterschuhe für Kinder bekommen. (Demo-Nachricht)"),
         en=("Winter clothes at the clothing store",
             "The second-hand clothing store has received jackets and winter shoes for children. "
             "(Demo news)"),
         ar=("ملابس شتوية في مخزن الملابس",
             "وصلت إلى مخزن الملابس المستعملة معاطف وأحذية شتوية للأطفال. (خبر تجريبي)")),
]

IMPRINT = {
    "de": ("Impressum (Demo)",
           "<p>Dies ist das Impressum der <strong>Demo-Stadt Musterstadt</strong>. Musterstadt gibt "
           "es nicht; alle Inhalte wurden für die Demo von Integreat Desktop geschrieben und "
           "stammen nicht von einer Kommune.</p><p>Echte Inhalte und das echte Impressum Ihrer "
           "Region erhalten Sie, sobald Sie Ihre Region über das Internet auswählen.</p>"),
    "en": ("Imprint (demo)",
           "<p>This is the imprint of the <strong>demo town Musterstadt</strong>. Musterstadt does "
           "not exist; all content was written for the Integreat Desktop demo and does not come "
           "from a municipality.</p><p>You get real content and your region's real imprint as "
           "soon as you choose your region over the internet.</p>"),
    "ar": ("بيانات النشر (عرض تجريبي)",
           "<p>هذه بيانات النشر الخاصة <strong>بالمدينة التجريبية موسترشتات</strong>. موسترشتات غير "
           "موجودة؛ كُتب كل المحتوى للعرض التجريبي لتطبيق Integreat Desktop ولم يصدر عن أي بلدية.</p>"
           "<p>تحصل على المحتوى الحقيقي وبيانات النشر الحقيقية لمنطقتك عندما تختار منطقتك عبر الإنترنت.</p>"),
}
