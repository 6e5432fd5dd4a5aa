# Demo pages, part 2: German courses, work, housing, children and school, emergencies.
# Same format as pages_a.py.

PAGES_B = [
    dict(key="language", parent=None, order=5, thumb="icon-language", de=(
        "deutsch-lernen", "Deutsch lernen",
        "<p>Deutsch hilft bei der Arbeit, bei Behörden und im Alltag. In Musterstadt gibt es "
        "Kurse für jedes Niveau, auch mit Kinderbetreuung.</p>"
    ), en=(
        "learning-german", "Learning German",
        "<p>German helps at work, with the authorities and in everyday life. Musterstadt has "
        "courses for every level, some with childcare.</p>"
    ), ar=(
        "تعلم-الألمانية", "تعلّم اللغة الألمانية",
        "<p>تساعدك اللغة الألمانية في العمل ومع الدوائر الرسمية وفي الحياة اليومية. في موسترشتات "
        "دورات لكل المستويات، وبعضها مع رعاية للأطفال.</p>"
    )),
    dict(key="integration-course", parent="language", order=1, thumb=None, de=(
        "integrationskurs", "Integrationskurs",
        "<p>Der Integrationskurs besteht aus einem Sprachkurs (meist 600 Stunden) und einem "
        "Orientierungskurs über Leben, Geschichte und Recht in Deutschland. Am Ende steht eine "
        "Prüfung.</p>"
        "<p>Ob Sie teilnehmen dürfen oder müssen, steht in einem Schreiben der Ausländerbehörde "
        "oder des Jobcenters. Mit diesem Schreiben melden Sie sich bei der Volkshochschule an.</p>"
    ), en=(
        "integration-course", "Integration course",
        "<p>The integration course consists of a language course (usually 600 hours) and an "
        "orientation course about life, history and law in Germany. It ends with an exam.</p>"
        "<p>A letter from the immigration office or the jobcentre says whether you may or must "
        "take part. Take this letter to the adult education centre to sign up.</p>"
    ), ar=(
        "دورة-الاندماج", "دورة الاندماج",
        "<p>تتكوّن دورة الاندماج من دورة لغة (600 ساعة عادةً) ودورة توجيهية عن الحياة والتاريخ "
        "والقانون في ألمانيا، وتنتهي بامتحان.</p>"
        "<p>تبيّن رسالة من دائرة الأجانب أو من مركز العمل ما إذا كان يحق لك أو يجب عليك المشاركة. "
        "خذ هذه الرسالة إلى مركز تعليم الكبار (Volkshochschule) للتسجيل.</p>"
    )),
    dict(key="language-cafe", parent="language", order=2, thumb=None, de=(
        "sprachcafe", "Sprachcafé und freie Angebote",
        "<p>Im Sprachcafé der Stadtbibliothek üben Sie Deutsch im Gespräch, jeden Mittwoch von "
        "17 bis 19 Uhr. Ohne Anmeldung, kostenlos.</p>"
        "<p>In der Bibliothek können Sie außerdem Lernbücher ausleihen und an Computern mit "
        "Lernprogrammen üben. Ein Bibliotheksausweis ist für Geflüchtete kostenlos.</p>"
    ), en=(
        "language-cafe", "Language café and free offers",
        "<p>At the language café in the public library you practise German in conversation, "
        "every Wednesday from 5 to 7 pm. No registration, free of charge.</p>"
        "<p>You can also borrow textbooks and practise with learning software on the library "
        "computers. A library card is free for refugees.</p>"
    ), ar=(
        "مقهى-اللغة", "مقهى اللغة والعروض المجانية",
        "<p>في مقهى اللغة بالمكتبة العامة تتدرّب على الألمانية بالمحادثة، كل يوم أربعاء من "
        "الساعة 17 حتى 19. من دون تسجيل ومجاناً.</p>"
        "<p>يمكنك أيضاً استعارة كتب تعليمية والتدرّب ببرامج تعليمية على حواسيب المكتبة. بطاقة "
        "المكتبة مجانية للاجئين.</p>"
    )),
    dict(key="work", parent=None, order=6, thumb="icon-work", de=(
        "arbeit", "Arbeit",
        "<p>Arbeit bedeutet eigenes Geld, Kontakte und bessere Sprachkenntnisse. Hier erfahren "
        "Sie, was Sie vor dem ersten Job wissen sollten.</p>"
    ), en=(
        "work", "Work",
        "<p>Work means your own money, contacts and better German. Here you learn what to know "
        "before your first job.</p>"
    ), ar=(
        "العمل", "العمل",
        "<p>العمل يعني دخلاً خاصاً بك وعلاقات جديدة ولغة ألمانية أفضل. تعرّف هنا على ما يجب "
        "معرفته قبل وظيفتك الأولى.</p>"
    )),
    dict(key="work-permit", parent="work", order=1, thumb=None, de=(
        "arbeitserlaubnis", "Arbeitserlaubnis",
        "<p>Ob Sie arbeiten dürfen, steht auf Ihrem Aufenthaltsdokument. Steht dort "
        "„Erwerbstätigkeit erlaubt“, dürfen Sie jede Arbeit annehmen. Steht dort „nur mit "
        "Erlaubnis der Ausländerbehörde“, beantragen Sie die Erlaubnis für die konkrete Stelle bei "
        "der {link:immigration-office|Ausländerbehörde}.</p>"
        "<p>Arbeiten ohne Erlaubnis kann Ihrem Aufenthalt schaden.</p>"
    ), en=(
        "work-permit", "Work permit",
        "<p>Your residence document says whether you may work. If it says “Erwerbstätigkeit "
        "erlaubt” you may take any job. If it says you need the permission of the immigration "
        "office, apply to the {link:immigration-office|immigration office} for permission for the "
        "specific job.</p>"
        "<p>Working without permission can harm your residence status.</p>"
    ), ar=(
        "تصريح-العمل", "تصريح العمل",
        "<p>تبيّن وثيقة إقامتك ما إذا كان يحق لك العمل. إذا كُتب عليها «Erwerbstätigkeit erlaubt» "
        "فيحق لك قبول أي عمل. وإذا كُتب أنك تحتاج إلى إذن دائرة الأجانب فقدّم طلب الإذن للوظيفة المحددة "
        "لدى {link:immigration-office|دائرة شؤون الأجانب}.</p>"
        "<p>العمل من دون تصريح قد يضرّ بوضع إقامتك.</p>"
    )),
    dict(key="recognition", parent="work", order=2, thumb=None, de=(
        "anerkennung", "Anerkennung von Abschlüssen",
        "<p>Haben Sie eine Ausbildung oder ein Studium im Ausland abgeschlossen? Dann kann Ihr "
        "Abschluss in Deutschland anerkannt werden. Für manche Berufe, etwa in der Pflege, ist "
        "das Pflicht.</p>"
        "<p>Bringen Sie Zeugnisse und, wenn möglich, Übersetzungen zur Beratung mit. Die "
        "Migrationsberatung sagt Ihnen, welche Stelle zuständig ist.</p>"
    ), en=(
        "recognition-of-qualifications", "Recognition of qualifications",
        "<p>Did you finish vocational training or a degree abroad? Then your qualification can be "
        "recognised in Germany. For some professions, nursing for example, this is required.</p>"
        "<p>Bring certificates and, if possible, translations to the counselling. The migration "
        "counselling tells you which office is responsible.</p>"
    ), ar=(
        "الاعتراف-بالشهادات", "الاعتراف بالشهادات",
        "<p>هل أنهيت تدريباً مهنياً أو دراسة جامعية في الخارج؟ يمكن الاعتراف بشهادتك في ألمانيا. "
        "وهذا إلزامي لبعض المهن، مثل التمريض.</p>"
        "<p>أحضر الشهادات وترجماتها إن أمكن إلى الاستشارة. ستخبرك استشارات الهجرة بالجهة المسؤولة.</p>"
    )),
    dict(key="applying", parent="work", order=3, thumb=None, de=(
        "bewerbung", "Bewerbung",
        "<p>Eine Bewerbung besteht meist aus einem Anschreiben und einem Lebenslauf. Viele "
        "Betriebe in Musterstadt freuen sich auch über einen kurzen Anruf oder einen Besuch.</p>"
        "<p>Das Jobcenter und die Agentur für Arbeit helfen beim Schreiben der Unterlagen und "
        "zahlen manchmal Fahrtkosten zu Vorstellungsgesprächen.</p>"
    ), en=(
        "applying-for-a-job", "Applying for a job",
        "<p>An application usually consists of a cover letter and a CV. Many businesses in "
        "Musterstadt also welcome a short phone call or a visit.</p>"
        "<p>The jobcentre and the employment agency help you write the documents and sometimes "
        "pay travel costs to interviews.</p>"
    ), ar=(
        "التقديم-على-عمل", "التقديم على عمل",
        "<p>يتكوّن طلب العمل عادةً من رسالة تعريفية وسيرة ذاتية. كما ترحّب شركات كثيرة في "
        "موسترشتات بمكالمة قصيرة أو زيارة.</p>"
        "<p>يساعدك مركز العمل ووكالة العمل في كتابة الأوراق، وأحياناً يدفعان تكاليف السفر إلى "
        "مقابلات العمل.</p>"
    )),
    dict(key="housing", parent=None, order=7, thumb="icon-housing", de=(
        "wohnen", "Wohnen",
        "<p>Eine eigene Wohnung zu finden braucht Geduld. Hier finden Sie Tipps zur Suche, zum "
        "Mietvertrag und zum Zusammenleben im Haus.</p>"
    ), en=(
        "housing", "Housing",
        "<p>Finding a flat of your own takes patience. Here are tips on searching, on the tenancy "
        "agreement and on living together in a building.</p>"
    ), ar=(
        "السكن", "السكن",
        "<p>يحتاج العثور على مسكن خاص إلى صبر. تجد هنا نصائح حول البحث وعقد الإيجار والعيش "
        "المشترك في المبنى.</p>"
    )),
    dict(key="flat-search", parent="housing", order=1, thumb=None, de=(
        "wohnung-suchen", "Wohnung suchen",
        "<p>Wohnungen finden Sie in Internetportalen, in der Zeitung und bei der städtischen "
        "Wohnungsbaugesellschaft. Wer Bürgergeld bekommt, fragt vor dem Unterschreiben beim "
        "Jobcenter, ob die Miete übernommen wird.</p>"
        "<p>Zahlen Sie nie Geld, bevor Sie die Wohnung gesehen und einen Vertrag haben. Nach dem "
        "Einzug: {link:registration|Wohnsitz anmelden}.</p>"
    ), en=(
        "finding-a-flat", "Finding a flat",
        "<p>You find flats on internet portals, in the newspaper and at the municipal housing "
        "company. If you receive the citizen's allowance, ask the jobcentre before signing "
        "whether it will pay the rent.</p>"
        "<p>Never pay money before you have seen the flat and have a contract. After moving in: "
        "{link:registration|register your address}.</p>"
    ), ar=(
        "البحث-عن-سكن", "البحث عن سكن",
        "<p>تجد الشقق في مواقع الإنترنت وفي الصحف ولدى شركة الإسكان التابعة للبلدية. إذا كنت "
        "تحصل على إعانة المواطن فاسأل مركز العمل قبل التوقيع عمّا إذا كان سيدفع الإيجار.</p>"
        "<p>لا تدفع أي مال قبل أن ترى الشقة ويكون لديك عقد. بعد الانتقال: "
        "{link:registration|سجّل عنوان سكنك}.</p>"
    )),
    dict(key="tenancy", parent="housing", order=2, thumb=None, de=(
        "mietvertrag", "Mietvertrag und Nebenkosten",
        "<p>Im Mietvertrag stehen die Kaltmiete, die Nebenkosten (Heizung, Wasser, Müll) und die "
        "Kaution. Die Kaution beträgt höchstens drei Kaltmieten.</p>"
        "<p>Einmal im Jahr kommt die Nebenkostenabrechnung. Lüften Sie mehrmals täglich kurz, "
        "damit kein Schimmel entsteht. Von 22 bis 6 Uhr gilt Nachtruhe.</p>"
    ), en=(
        "tenancy-agreement", "Tenancy agreement and service charges",
        "<p>The tenancy agreement states the basic rent, the service charges (heating, water, "
        "waste) and the deposit. The deposit is at most three months' basic rent.</p>"
        "<p>Once a year you receive the service charge statement. Air the rooms briefly several "
        "times a day to prevent mould. Quiet hours are from 10 pm to 6 am.</p>"
    ), ar=(
        "عقد-الإيجار", "عقد الإيجار والتكاليف الإضافية",
        "<p>يتضمن عقد الإيجار الإيجار الأساسي والتكاليف الإضافية (التدفئة والماء والنفايات) "
        "ومبلغ التأمين. لا يتجاوز التأمين ثلاثة أضعاف الإيجار الأساسي.</p>"
        "<p>تصلك مرة في السنة تسوية التكاليف الإضافية. قم بتهوية الغرف لفترات قصيرة عدة مرات "
        "يومياً لتجنّب العفن. ساعات الهدوء من الساعة 22 حتى 6 صباحاً.</p>"
    )),
    dict(key="waste", parent="housing", order=3, thumb=None, de=(
        "muell-trennen", "Müll trennen",
        "{img:waste|Vier Mülltonnen in Gelb, Blau, Braun und Grau}"
        "<ul><li><strong>Gelbe Tonne:</strong> Verpackungen aus Plastik und Metall</li>"
        "<li><strong>Blaue Tonne:</strong> Papier und Karton</li>"
        "<li><strong>Braune Tonne:</strong> Essensreste und Gartenabfälle</li>"
        "<li><strong>Graue Tonne:</strong> Restmüll</li></ul>"
        "<p>Glasflaschen bringen Sie zum Glascontainer. Pfandflaschen geben Sie im Supermarkt "
        "zurück und bekommen Geld.</p>"
    ), en=(
        "sorting-waste", "Sorting waste",
        "{img:waste|Four bins in yellow, blue, brown and grey}"
        "<ul><li><strong>Yellow bin:</strong> plastic and metal packaging</li>"
        "<li><strong>Blue bin:</strong> paper and cardboard</li>"
        "<li><strong>Brown bin:</strong> food leftovers and garden waste</li>"
        "<li><strong>Grey bin:</strong> everything else</li></ul>"
        "<p>Take glass bottles to the bottle bank. Return deposit bottles (Pfand) at the "
        "supermarket and get money back.</p>"
    ), ar=(
        "فرز-النفايات", "فرز النفايات",
        "{img:waste|أربع حاويات باللون الأصفر والأزرق والبني والرمادي}"
        "<ul><li><strong>الحاوية الصفراء:</strong> العبوات البلاستيكية والمعدنية</li>"
        "<li><strong>الحاوية الزرقاء:</strong> الورق والكرتون</li>"
        "<li><strong>الحاوية البنية:</strong> بقايا الطعام ومخلفات الحديقة</li>"
        "<li><strong>الحاوية الرمادية:</strong> باقي النفايات</li></ul>"
        "<p>ضع الزجاجات الزجاجية في حاوية الزجاج. أعد زجاجات الرهن (Pfand) إلى السوبرماركت "
        "واسترد المال.</p>"
    )),
    dict(key="family", parent=None, order=8, thumb="icon-family", de=(
        "kinder-schule-familie", "Kinder, Schule und Familie",
        "<p>Kinder haben in Deutschland ein Recht auf einen Kita-Platz und müssen zur Schule "
        "gehen. Hier erfahren Sie, wie Sie Ihr Kind anmelden.</p>"
    ), en=(
        "children-school-family", "Children, school and family",
        "<p>In Germany children have a right to a day-care place and must go to school. Here you "
        "learn how to register your child.</p>"
    ), ar=(
        "الأطفال-والمدرسة-والأسرة", "الأطفال والمدرسة والأسرة",
        "<p>للأطفال في ألمانيا الحق في مكان في الحضانة، والتعليم المدرسي إلزامي. تعرّف هنا على "
        "طريقة تسجيل طفلك.</p>"
    )),
    dict(key="daycare", parent="family", order=1, thumb=None, de=(
        "kita", "Kita und Kindergarten",
        "<p>Ab dem ersten Geburtstag hat Ihr Kind ein Recht auf einen Betreuungsplatz. Melden Sie "
        "Ihr Kind früh an, am besten über das Kita-Portal der Stadt oder im Bürgerbüro.</p>"
        "<p>Familien mit wenig Einkommen zahlen oft keine oder nur geringe Gebühren.</p>"
    ), en=(
        "day-care", "Day care and kindergarten",
        "<p>From the first birthday your child has a right to a day-care place. Register your "
        "child early, ideally on the town's day-care portal or at the citizens' office.</p>"
        "<p>Families on a low income often pay no fees or only small ones.</p>"
    ), ar=(
        "الحضانة", "الحضانة وروضة الأطفال",
        "<p>من عيد الميلاد الأول يحق لطفلك الحصول على مكان رعاية. سجّل طفلك مبكراً، ويُفضّل عبر "
        "بوابة الحضانات التابعة للمدينة أو في مكتب خدمة المواطنين.</p>"
        "<p>غالباً لا تدفع الأسر ذات الدخل المحدود رسوماً أو تدفع رسوماً قليلة.</p>"
    )),
    dict(key="school", parent="family", order=2, thumb=None, de=(
        "schule", "Schule",
        "<p>Die Schulpflicht beginnt mit etwa sechs Jahren und dauert mindestens neun Jahre. Die "
        "Grundschule dauert vier Jahre. Kinder ohne Deutschkenntnisse lernen zuerst in einer "
        "Deutschklasse.</p>"
        "<p>Zur Anmeldung gehen Sie mit Ihrem Kind zur Grundschule in Ihrem Wohngebiet. Fragen "
        "Sie nach Elternabenden: Dort erfahren Sie viel über den Schulalltag.</p>"
        "<p>Für jüngere Kinder: {link:daycare|Kita und Kindergarten}.</p>"
    ), en=(
        "school", "School",
        "<p>Compulsory schooling starts at about six and lasts at least nine years. Primary "
        "school takes four years. Children who do not speak German first learn in a German "
        "class.</p>"
        "<p>To register, go with your child to the primary school for your area. Ask about "
        "parents' evenings: you learn a lot about school life there.</p>"
        "<p>For younger children: {link:daycare|day care and kindergarten}.</p>"
    ), ar=(
        "المدرسة", "المدرسة",
        "<p>يبدأ التعليم الإلزامي في سن السادسة تقريباً ويستمر تسع سنوات على الأقل. تستمر "
        "المرحلة الابتدائية أربع سنوات. يتعلّم الأطفال الذين لا يتحدثون الألمانية أولاً في صف "
        "خاص باللغة الألمانية.</p>"
        "<p>للتسجيل اذهب مع طفلك إلى المدرسة الابتدائية في منطقة سكنك. اسأل عن اجتماعات أولياء "
        "الأمور، ففيها تعرف الكثير عن الحياة المدرسية.</p>"
        "<p>للأطفال الأصغر سناً: {link:daycare|الحضانة وروضة الأطفال}.</p>"
    )),
    dict(key="child-benefit", parent="family", order=3, thumb=None, de=(
        "kindergeld", "Kindergeld",
        "<p>Eltern bekommen für jedes Kind monatlich Kindergeld, wenn sie eine passende "
        "Aufenthaltserlaubnis haben. Den Antrag stellen Sie bei der Familienkasse.</p>"
        "<p>Sie brauchen dafür die Steuer-Identifikationsnummer von Ihnen und Ihrem Kind.</p>"
    ), en=(
        "child-benefit", "Child benefit",
        "<p>Parents receive child benefit (Kindergeld) every month for each child if they have a "
        "suitable residence permit. You apply at the family benefits office.</p>"
        "<p>You need your and your child's tax identification number.</p>"
    ), ar=(
        "إعانة-الأطفال", "إعانة الأطفال",
        "<p>يحصل الوالدان شهرياً على إعانة الأطفال (Kindergeld) عن كل طفل إذا كان لديهما تصريح "
        "إقامة مناسب. يُقدَّم الطلب لدى صندوق الأسرة (Familienkasse).</p>"
        "<p>تحتاج إلى رقم التعريف الضريبي الخاص بك وبطفلك.</p>"
    )),
    dict(key="emergencies", parent=None, order=9, thumb="icon-emergency", de=(
        "notfaelle", "Notfälle",
        "{img:emergency-numbers|Notrufnummern 112 und 110}"
        "<p>In einem Notfall zählt jede Minute. Diese Nummern sind kostenlos und funktionieren "
        "auch ohne Guthaben.</p>"
    ), en=(
        "emergencies", "Emergencies",
        "{img:emergency-numbers|Emergency numbers 112 and 110}"
        "<p>In an emergency every minute counts. These numbers are free and also work without "
        "credit on your phone.</p>"
    ), ar=(
        "حالات-الطوارئ", "حالات الطوارئ",
        "{img:emergency-numbers|رقما الطوارئ 112 و110}"
        "<p>في حالات الطوارئ كل دقيقة مهمة. هذه الأرقام مجانية وتعمل حتى من دون رصيد في هاتفك.</p>"
    )),
    dict(key="emergency-numbers", parent="emergencies", order=1, thumb=None, de=(
        "notrufnummern", "Notrufnummern",
        "<ul><li><a href=\"tel:112\">112</a>: Feuerwehr und Rettungsdienst</li>"
        "<li><a href=\"tel:110\">110</a>: Polizei</li>"
        "<li><a href=\"tel:116117\">116 117</a>: ärztlicher Bereitschaftsdienst</li>"
        "<li><a href=\"tel:08001110111\">0800 111 0 111</a>: Telefonseelsorge</li></ul>"
        "<p>Sagen Sie am Telefon: Wo ist es passiert? Was ist passiert? Wie viele Verletzte? "
        "Warten Sie auf Rückfragen.</p>"
    ), en=(
        "emergency-numbers", "Emergency numbers",
        "<ul><li><a href=\"tel:112\">112</a>: fire brigade and ambulance</li>"
        "<li><a href=\"tel:110\">110</a>: police</li>"
        "<li><a href=\"tel:116117\">116 117</a>: on-call doctor</li>"
        "<li><a href=\"tel:08001110111\">0800 111 0 111</a>: telephone counselling</li></ul>"
        "<p>On the phone say: Where did it happen? What happened? How many people are hurt? "
        "Wait for questions.</p>"
    ), ar=(
        "أرقام-الطوارئ", "أرقام الطوارئ",
        "<ul><li><a href=\"tel:112\">112</a>: الإطفاء والإسعاف</li>"
        "<li><a href=\"tel:110\">110</a>: الشرطة</li>"
        "<li><a href=\"tel:116117\">116 117</a>: الطبيب المناوب</li>"
        "<li><a href=\"tel:08001110111\">0800 111 0 111</a>: الاستشارة الهاتفية</li></ul>"
        "<p>قل على الهاتف: أين حدث ذلك؟ ماذا حدث؟ كم عدد المصابين؟ وانتظر الأسئلة.</p>"
    )),
    dict(key="violence", parent="emergencies", order=2, thumb=None, de=(
        "hilfe-bei-gewalt", "Hilfe bei Gewalt",
        "<p>Gewalt ist in Deutschland verboten, auch in der Familie. Wenn Sie bedroht werden, "
        "rufen Sie <a href=\"tel:110\">110</a>.</p>"
        "<p>Das Hilfetelefon „Gewalt gegen Frauen“ berät rund um die Uhr, kostenlos, anonym und "
        "in vielen Sprachen: <a href=\"tel:116016\">116 016</a>. Frauen und ihre Kinder finden "
        "Schutz in einem Frauenhaus.</p>"
    ), en=(
        "help-against-violence", "Help against violence",
        "<p>Violence is against the law in Germany, also within the family. If you are "
        "threatened, call <a href=\"tel:110\">110</a>.</p>"
        "<p>The helpline “Violence against women” advises day and night, free, anonymously and in "
        "many languages: <a href=\"tel:116016\">116 016</a>. Women and their children find "
        "protection in a women's shelter.</p>"
    ), ar=(
        "المساعدة-ضد-العنف", "المساعدة ضد العنف",
        "<p>العنف ممنوع في ألمانيا، حتى داخل الأسرة. إذا تعرّضت للتهديد فاتصل بالرقم "
        "<a href=\"tel:110\">110</a>.</p>"
        "<p>يقدّم خط المساعدة «العنف ضد المرأة» الاستشارة على مدار الساعة، مجاناً ومن دون ذكر "
        "الاسم وبلغات كثيرة: <a href=\"tel:116016\">116 016</a>. تجد النساء وأطفالهن الحماية في "
        "دار لإيواء النساء.</p>"
    )),
]
