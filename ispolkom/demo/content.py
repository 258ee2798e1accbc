"""Demo content for the Osipovichi district site: written for this project, trilingual."""

# Section keys used by the loader: "district", "region", "republic".
# Each quote ends with " — " and the role of the speaker (no real names).
NEWS = [
    # ------------------------------------------------------------------ district
    {
        "section": "district",
        "days_ago": 3,
        "time": "10:15",
        "source": None,
        "tags": {"en": ["agriculture", "harvest"], "ru": ["сельское хозяйство", "уборка"], "be": ["сельская гаспадарка", "уборка"]},
        "en": {
            "title": "Osipovichi district farms complete the grain harvest",
            "lead": "Agricultural enterprises of the Osipovichi district have finished threshing grain and are moving on to maize and winter sowing.",
            "body": [
                "The last fields of spring barley were harvested this week by the combine crews of the farms near Lapichi and Tatarka. Despite a rainy spell in the middle of the campaign, the machinery worked in two shifts whenever the weather allowed.",
                "The grain has been delivered to the district's receiving points, and part of it has been kept on the farms for seed and fodder. Specialists of the agriculture and food department note that the quality of the grain this year is generally good.",
                "The crews are now being moved to the maize fields, while the sowing of winter crops continues in parallel. The best combine operators will be honoured at the district harvest festival.",
            ],
        },
        "ru": {
            "title": "Хозяйства Осиповичского района завершили уборку зерновых",
            "lead": "Сельскохозяйственные организации Осиповичского района закончили обмолот зерновых и переходят к уборке кукурузы и севу озимых.",
            "body": [
                "На этой неделе комбайновые экипажи хозяйств у Лапичей и Татарки убрали последние поля ярового ячменя. Несмотря на дождливый период в середине кампании, техника работала в две смены, как только позволяла погода.",
                "Зерно доставлено на приемные пункты района, часть его оставлена в хозяйствах на семена и фураж. Специалисты управления по сельскому хозяйству и продовольствию отмечают, что качество зерна в этом году в целом хорошее.",
                "Теперь экипажи переводят на кукурузные поля, параллельно продолжается сев озимых. Лучших комбайнеров будут чествовать на районном празднике урожая.",
            ],
        },
        "be": {
            "title": "Гаспадаркі Асіповіцкага раёна завяршылі ўборку збожжавых",
            "lead": "Сельскагаспадарчыя арганізацыі Асіповіцкага раёна скончылі абмалот збожжавых і пераходзяць да ўборкі кукурузы і сяўбы азімых.",
            "body": [
                "На гэтым тыдні камбайнавыя экіпажы гаспадарак каля Лапіч і Татаркі ўбралі апошнія палі яравога ячменю. Нягледзячы на дажджлівы перыяд у сярэдзіне кампаніі, тэхніка працавала ў дзве змены, як толькі дазваляла надвор'е.",
                "Збожжа дастаўлена на прыёмныя пункты раёна, частка яго пакінута ў гаспадарках на насенне і фураж. Спецыялісты ўпраўлення па сельскай гаспадарцы і харчаванні адзначаюць, што якасць збожжа сёлета ў цэлым добрая.",
                "Цяпер экіпажы пераводзяць на кукурузныя палі, паралельна працягваецца сяўба азімых. Лепшых камбайнераў ушануюць на раённым свяце ўраджаю.",
            ],
        },
        "quote": {
            "en": "Every tonne of this harvest was earned by hard work, and I thank the machine operators, drivers and farm specialists for their persistence. — the chairman of the district executive committee",
            "ru": "Каждая тонна этого урожая заработана упорным трудом, и я благодарю механизаторов, водителей и специалистов хозяйств за настойчивость. — председатель районного исполнительного комитета",
            "be": "Кожная тона гэтага ўраджаю зароблена ўпартай працай, і я дзякую механізатарам, вадзіцелям і спецыялістам гаспадарак за настойлівасць. — старшыня раённага выканаўчага камітэта",
        },
        "image": "field",
    },
    {
        "section": "district",
        "days_ago": 40,
        "time": "11:00",
        "source": None,
        "tags": {"en": ["education", "schools"], "ru": ["образование", "школы"], "be": ["адукацыя", "школы"]},
        "en": {
            "title": "Schools of the district welcome pupils to the new academic year",
            "lead": "All schools of the Osipovichi district opened on time, and the secondary school in Lapichi welcomed children after a major renovation.",
            "body": [
                "Before the start of the academic year, a district commission inspected every educational institution, from classrooms and canteens to fire safety systems. All schools received their acceptance certificates on time.",
                "In Lapichi, builders replaced the windows, repaired the sports hall and renovated the canteen over the summer. New interactive panels have been installed in the physics and chemistry classrooms.",
                "This year, first-graders all over the district sat down at their desks for the first time. School buses serve rural routes every day, and the education department has adjusted their timetables to the new lesson schedule.",
            ],
        },
        "ru": {
            "title": "Школы района встретили учеников в новом учебном году",
            "lead": "Все школы Осиповичского района открылись вовремя, а средняя школа в Лапичах приняла детей после капитального ремонта.",
            "body": [
                "Перед началом учебного года районная комиссия проверила каждое учреждение образования — от классов и столовых до систем пожарной безопасности. Все школы вовремя получили акты приемки.",
                "В Лапичах за лето строители заменили окна, отремонтировали спортивный зал и обновили столовую. В кабинетах физики и химии установлены новые интерактивные панели.",
                "В этом году по всему району за парты впервые сели первоклассники. Школьные автобусы ежедневно обслуживают сельские маршруты, а отдел по образованию скорректировал их расписание с учетом нового графика уроков.",
            ],
        },
        "be": {
            "title": "Школы раёна сустрэлі вучняў у новым навучальным годзе",
            "lead": "Усе школы Асіповіцкага раёна адкрыліся своечасова, а сярэдняя школа ў Лапічах прыняла дзяцей пасля капітальнага рамонту.",
            "body": [
                "Перад пачаткам навучальнага года раённая камісія праверыла кожную ўстанову адукацыі — ад класаў і сталовых да сістэм пажарнай бяспекі. Усе школы своечасова атрымалі акты прыёмкі.",
                "У Лапічах за лета будаўнікі замянілі вокны, адрамантавалі спартыўную залу і абнавілі сталовую. У кабінетах фізікі і хіміі ўстаноўлены новыя інтэрактыўныя панэлі.",
                "Сёлета па ўсім раёне за парты ўпершыню селі першакласнікі. Школьныя аўтобусы штодня абслугоўваюць сельскія маршруты, а аддзел па адукацыі скарэктаваў іх расклад з улікам новага графіка ўрокаў.",
            ],
        },
        "quote": {
            "en": "We want every child to feel that the school was prepared with care, from the classroom to the canteen. — the head of the education department of the district executive committee",
            "ru": "Мы хотим, чтобы каждый ребенок почувствовал: школу готовили с заботой — от класса до столовой. — начальник отдела по образованию райисполкома",
            "be": "Мы хочам, каб кожнае дзіця адчула: школу рыхтавалі з клопатам — ад класа да сталовай. — начальнік аддзела па адукацыі райвыканкама",
        },
        "image": "school",
    },
    {
        "section": "district",
        "days_ago": 12,
        "time": "14:20",
        "source": None,
        "tags": {"en": ["roads", "improvement"], "ru": ["дороги", "благоустройство"], "be": ["дарогі", "добраўпарадкаванне"]},
        "en": {
            "title": "Road repairs finished on town streets and the Tatarka road",
            "lead": "Road workers have laid new asphalt on several streets of Osipovichi and repaired a section of the local road leading to Tatarka.",
            "body": [
                "In town, the works covered the carriageway and pavements of three streets in the central part of Osipovichi, where the surface had been damaged over several winters. The kerbs were replaced, and the pedestrian crossings near the school were marked again.",
                "On the road to Tatarka, the district road repair and construction unit filled the potholes, cleared the drainage ditches and restored the verges. This section is used every day by school buses and farm machinery.",
                "Residents can report damaged road surfaces by calling the hotline of the district executive committee. Proposals received this year will be taken into account when next season's repairs are planned.",
            ],
        },
        "ru": {
            "title": "Завершен ремонт улиц Осиповичей и дороги на Татарку",
            "lead": "Дорожники уложили новый асфальт на нескольких улицах Осиповичей и отремонтировали участок местной дороги, ведущей в Татарку.",
            "body": [
                "В городе работы охватили проезжую часть и тротуары трех улиц в центральной части Осиповичей, где покрытие пострадало за несколько зим. Заменены бордюры, заново нанесена разметка пешеходных переходов у школы.",
                "На дороге в Татарку районное дорожное ремонтно-строительное управление заделало выбоины, расчистило водоотводные канавы и восстановило обочины. Этим участком ежедневно пользуются школьные автобусы и сельхозтехника.",
                "Сообщить о поврежденном покрытии жители могут по телефону горячей линии райисполкома. Предложения, поступившие в этом году, будут учтены при планировании ремонтов на следующий сезон.",
            ],
        },
        "be": {
            "title": "Завершаны рамонт вуліц Асіповіч і дарогі на Татарку",
            "lead": "Дарожнікі паклалі новы асфальт на некалькіх вуліцах Асіповіч і адрамантавалі ўчастак мясцовай дарогі, якая вядзе ў Татарку.",
            "body": [
                "У горадзе работы ахапілі праезную частку і тратуары трох вуліц у цэнтральнай частцы Асіповіч, дзе пакрыццё пацярпела за некалькі зім. Заменены бардзюры, нанава нанесена разметка пешаходных пераходаў каля школы.",
                "На дарозе ў Татарку раённае дарожнае рамонтна-будаўнічае ўпраўленне ліквідавала выбоіны, расчысціла водаадводныя канавы і аднавіла абочыны. Гэтым участкам штодня карыстаюцца школьныя аўтобусы і сельгастэхніка.",
                "Паведаміць пра пашкоджанае пакрыццё жыхары могуць па тэлефоне гарачай лініі райвыканкама. Прапановы, якія паступілі сёлета, будуць улічаны пры планаванні рамонтаў на наступны сезон.",
            ],
        },
        "quote": None,
        "image": "road",
    },
    {
        "section": "district",
        "days_ago": 8,
        "time": "16:40",
        "source": None,
        "tags": {"en": ["improvement", "children"], "ru": ["благоустройство", "дети"], "be": ["добраўпарадкаванне", "дзеці"]},
        "en": {
            "title": "New children's playground opens in a residential area of Osipovichi",
            "lead": "A modern playground with safe rubber surfacing has appeared in the courtyard of several apartment blocks in Osipovichi.",
            "body": [
                "The site includes swings, a climbing frame, a sandpit and a small area with exercise equipment for teenagers. The rubber surface reduces the risk of injury, and the playground is fenced off from the driveway.",
                "The project was chosen after a meeting with residents, who proposed the location and helped to select the equipment. During a community clean-up day, tenants also planted shrubs and flowers along the fence.",
                "The housing and utilities service will inspect the equipment regularly and keep the area tidy. Similar playgrounds are planned for Yelizovo and several agro-towns of the district next year.",
            ],
        },
        "ru": {
            "title": "В жилом квартале Осиповичей открылась новая детская площадка",
            "lead": "Современная площадка с безопасным резиновым покрытием появилась во дворе нескольких многоквартирных домов в Осиповичах.",
            "body": [
                "На площадке установлены качели, лазательный комплекс, песочница и небольшая зона с тренажерами для подростков. Резиновое покрытие снижает риск травм, а сама площадка отгорожена от проезда.",
                "Проект выбрали после встречи с жителями, которые предложили место и помогли подобрать оборудование. Во время субботника жильцы также высадили кусты и цветы вдоль ограждения.",
                "Жилищно-коммунальная служба будет регулярно осматривать оборудование и поддерживать порядок на территории. Подобные площадки в следующем году планируется установить в Елизово и нескольких агрогородках района.",
            ],
        },
        "be": {
            "title": "У жылым квартале Асіповіч адкрылася новая дзіцячая пляцоўка",
            "lead": "Сучасная пляцоўка з бяспечным гумовым пакрыццём з'явілася ў двары некалькіх шматкватэрных дамоў у Асіповічах.",
            "body": [
                "На пляцоўцы ўстаноўлены арэлі, лазальны комплекс, пясочніца і невялікая зона з трэнажорамі для падлеткаў. Гумовае пакрыццё змяншае рызыку траўмаў, а сама пляцоўка агароджана ад праезду.",
                "Праект выбралі пасля сустрэчы з жыхарамі, якія прапанавалі месца і дапамаглі падабраць абсталяванне. Падчас суботніка жыхары таксама высадзілі кусты і кветкі ўздоўж агароджы.",
                "Жыллёва-камунальная служба будзе рэгулярна аглядаць абсталяванне і падтрымліваць парадак на тэрыторыі. Падобныя пляцоўкі ў наступным годзе плануецца ўсталяваць у Ялізаве і некалькіх аграгарадках раёна.",
            ],
        },
        "quote": None,
        "image": "park",
    },
    {
        "section": "district",
        "days_ago": 21,
        "time": "15:00",
        "source": None,
        "tags": {"en": ["culture", "library", "veterans"], "ru": ["культура", "библиотека", "ветераны"], "be": ["культура", "бібліятэка", "ветэраны"]},
        "en": {
            "title": "Central library hosts a meeting of veterans and young readers",
            "lead": "The district central library brought together veterans and senior pupils for an evening of memories and local history.",
            "body": [
                "Veterans of labour and former servicemen told the pupils about the post-war reconstruction of Osipovichi, the construction of its first enterprises and the life of the district in those years. Many of the stories were illustrated with photographs from family albums.",
                "The librarians prepared an exhibition of books and newspaper articles on the history of the district, as well as a display of documents from the local history collection. The pupils read poems by local authors and presented their own research projects.",
                "The meeting was organised jointly with the district veterans' organisation. The library plans to record the veterans' memories and publish them as a small collection.",
            ],
        },
        "ru": {
            "title": "В центральной библиотеке прошла встреча ветеранов и юных читателей",
            "lead": "Центральная районная библиотека собрала ветеранов и старшеклассников на вечер воспоминаний и краеведения.",
            "body": [
                "Ветераны труда и бывшие военнослужащие рассказали школьникам о послевоенном восстановлении Осиповичей, строительстве первых предприятий и жизни района в те годы. Многие рассказы сопровождались фотографиями из семейных альбомов.",
                "Библиотекари подготовили выставку книг и газетных публикаций по истории района, а также экспозицию документов из краеведческого фонда. Школьники прочитали стихи местных авторов и представили собственные исследовательские работы.",
                "Встреча организована совместно с районной ветеранской организацией. Библиотека планирует записать воспоминания ветеранов и издать их небольшим сборником.",
            ],
        },
        "be": {
            "title": "У цэнтральнай бібліятэцы прайшла сустрэча ветэранаў і юных чытачоў",
            "lead": "Цэнтральная раённая бібліятэка сабрала ветэранаў і старшакласнікаў на вечар успамінаў і краязнаўства.",
            "body": [
                "Ветэраны працы і былыя ваеннаслужачыя расказалі школьнікам пра пасляваеннае аднаўленне Асіповіч, будаўніцтва першых прадпрыемстваў і жыццё раёна ў тыя гады. Многія расповеды суправаджаліся фотаздымкамі з сямейных альбомаў.",
                "Бібліятэкары падрыхтавалі выставу кніг і газетных публікацый па гісторыі раёна, а таксама экспазіцыю дакументаў з краязнаўчага фонду. Школьнікі прачыталі вершы мясцовых аўтараў і прадставілі ўласныя даследчыя работы.",
                "Сустрэча арганізавана сумесна з раённай ветэранскай арганізацыяй. Бібліятэка плануе запісаць успаміны ветэранаў і выдаць іх невялікім зборнікам.",
            ],
        },
        "quote": None,
        "image": "library",
    },
    {
        "section": "district",
        "days_ago": 5,
        "time": "18:10",
        "source": None,
        "tags": {"en": ["sport"], "ru": ["спорт"], "be": ["спорт"]},
        "en": {
            "title": "Osipovichi hosts the district autumn cross-country race",
            "lead": "More than three hundred runners of all ages took part in the traditional autumn cross-country race in the town park.",
            "body": [
                "The courses were laid along the park paths, with separate distances for schoolchildren, adults and veterans of sport. The youngest participants ran just 500 metres, while the main distance was three kilometres.",
                "Teams of schools, enterprises and agricultural organisations competed in the team event. The winners received cups, diplomas and sports equipment from the sports and tourism sector of the district executive committee.",
                "The organisers thanked the medical staff and volunteers who helped on the course. The next district competition, a mini-football tournament, will be held at the town stadium.",
            ],
        },
        "ru": {
            "title": "В Осиповичах прошел районный осенний легкоатлетический кросс",
            "lead": "Более трехсот бегунов разного возраста приняли участие в традиционном осеннем кроссе в городском парке.",
            "body": [
                "Трассы проложили по дорожкам парка, отдельно для школьников, взрослых и ветеранов спорта. Самые юные участники пробежали всего 500 метров, а основная дистанция составила три километра.",
                "В командном зачете соревновались сборные школ, предприятий и сельскохозяйственных организаций. Победители получили кубки, дипломы и спортивный инвентарь от сектора спорта и туризма райисполкома.",
                "Организаторы поблагодарили медицинских работников и волонтеров, которые помогали на трассе. Следующие районные соревнования — турнир по мини-футболу — пройдут на городском стадионе.",
            ],
        },
        "be": {
            "title": "У Асіповічах прайшоў раённы восеньскі лёгкаатлетычны крос",
            "lead": "Больш за трыста бегуноў рознага ўзросту ўзялі ўдзел у традыцыйным восеньскім кросе ў гарадскім парку.",
            "body": [
                "Трасы пракладзены па дарожках парку, асобна для школьнікаў, дарослых і ветэранаў спорту. Самыя юныя ўдзельнікі прабеглі ўсяго 500 метраў, а асноўная дыстанцыя склала тры кіламетры.",
                "У камандным заліку спаборнічалі зборныя школ, прадпрыемстваў і сельскагаспадарчых арганізацый. Пераможцы атрымалі кубкі, дыпломы і спартыўны інвентар ад сектара спорту і турызму райвыканкама.",
                "Арганізатары падзякавалі медыцынскім работнікам і валанцёрам, якія дапамагалі на трасе. Наступныя раённыя спаборніцтвы — турнір па міні-футболе — пройдуць на гарадскім стадыёне.",
            ],
        },
        "quote": None,
        "image": "sport",
    },
    {
        "section": "district",
        "days_ago": 17,
        "time": "12:30",
        "source": None,
        "tags": {"en": ["healthcare"], "ru": ["здравоохранение"], "be": ["ахова здароўя"]},
        "en": {
            "title": "District hospital receives a new ultrasound diagnostic system",
            "lead": "The Osipovichi central district hospital has put an expert-class ultrasound machine into operation, which will shorten waiting times for examinations.",
            "body": [
                "The new system makes it possible to examine the heart, blood vessels and internal organs with high precision. It comes with several probes, including ones designed for examining children.",
                "Doctors of the diagnostic department have completed training on the equipment. Patients from rural medical posts will be examined on specially allocated days, so that they do not have to travel to the regional centre.",
                "The purchase was financed from the district budget and the hospital's own funds. Appointments are made through the registry or on referral from a general practitioner.",
            ],
        },
        "ru": {
            "title": "Районная больница получила новый аппарат ультразвуковой диагностики",
            "lead": "В Осиповичской центральной районной больнице введен в работу ультразвуковой аппарат экспертного класса, который сократит сроки ожидания обследований.",
            "body": [
                "Новая система позволяет с высокой точностью обследовать сердце, сосуды и внутренние органы. Она оснащена несколькими датчиками, в том числе предназначенными для обследования детей.",
                "Врачи диагностического отделения прошли обучение работе на оборудовании. Пациентов из сельских фельдшерско-акушерских пунктов будут обследовать в специально выделенные дни, чтобы им не приходилось ездить в областной центр.",
                "Покупка профинансирована из районного бюджета и собственных средств больницы. Запись ведется через регистратуру или по направлению врача общей практики.",
            ],
        },
        "be": {
            "title": "Раённая бальніца атрымала новы апарат ультрагукавой дыягностыкі",
            "lead": "У Асіповіцкай цэнтральнай раённай бальніцы ўведзены ў работу апарат ультрагукавой дыягностыкі экспертнага класа, які скароціць тэрміны чакання абследаванняў.",
            "body": [
                "Новая сістэма дазваляе з высокай дакладнасцю абследаваць сэрца, сасуды і ўнутраныя органы. Яна абсталявана некалькімі датчыкамі, у тым ліку прызначанымі для абследавання дзяцей.",
                "Урачы дыягнастычнага аддзялення прайшлі навучанне працы на абсталяванні. Пацыентаў з сельскіх фельчарска-акушэрскіх пунктаў будуць абследаваць у спецыяльна вылучаныя дні, каб ім не даводзілася ездзіць у абласны цэнтр.",
                "Набыццё прафінансавана з раённага бюджэту і ўласных сродкаў бальніцы. Запіс вядзецца праз рэгістратуру або па накіраванні ўрача агульнай практыкі.",
            ],
        },
        "quote": {
            "en": "Modern diagnostics close to home is what people expect from us, and this machine is an important step. — the deputy chairman of the district executive committee for social affairs",
            "ru": "Современная диагностика рядом с домом — это то, чего люди ждут от нас, и этот аппарат — важный шаг. — заместитель председателя райисполкома по социальным вопросам",
            "be": "Сучасная дыягностыка побач з домам — гэта тое, чаго людзі чакаюць ад нас, і гэты апарат — важны крок. — намеснік старшыні райвыканкама па сацыяльных пытаннях",
        },
        "image": "hospital",
    },
    {
        "section": "district",
        "days_ago": 26,
        "time": "10:00",
        "source": None,
        "tags": {"en": ["appeals", "reception of citizens"], "ru": ["обращения", "прием граждан"], "be": ["звароты", "прыём грамадзян"]},
        "en": {
            "title": "Chairman holds a visiting reception of citizens in Yelizovo",
            "lead": "The chairman of the Osipovichi District Executive Committee received residents of Yelizovo and nearby villages at the local house of culture.",
            "body": [
                "Residents raised questions about the repair of an apartment block's roof, street lighting, the timetable of a suburban bus and the improvement of the area around the shop. Heads of the relevant services attended the reception, and some issues were resolved on the spot.",
                "Each appeal has been registered and assigned to a responsible official with a deadline for the reply. Progress will be monitored by the administrative secretary of the district executive committee.",
                "Visiting receptions are held regularly in different parts of the district according to a published schedule. Pre-registration is available by telephone from the department for work with appeals of citizens and legal entities.",
            ],
        },
        "ru": {
            "title": "Председатель провел выездной прием граждан в Елизово",
            "lead": "Председатель Осиповичского районного исполнительного комитета принял жителей Елизово и окрестных деревень в местном Доме культуры.",
            "body": [
                "Жители подняли вопросы ремонта крыши многоквартирного дома, уличного освещения, расписания пригородного автобуса и благоустройства территории возле магазина. На приеме присутствовали руководители профильных служб, часть вопросов решена на месте.",
                "Каждое обращение зарегистрировано и передано ответственному должностному лицу с указанием срока ответа. Ход выполнения поручений будет контролировать управляющий делами райисполкома.",
                "Выездные приемы регулярно проводятся в разных частях района по опубликованному графику. Предварительная запись ведется по телефону в отделе по работе с обращениями граждан и юридических лиц.",
            ],
        },
        "be": {
            "title": "Старшыня правёў выязны прыём грамадзян у Ялізаве",
            "lead": "Старшыня Асіповіцкага раённага выканаўчага камітэта прыняў жыхароў Ялізава і навакольных вёсак у мясцовым Доме культуры.",
            "body": [
                "Жыхары паднялі пытанні рамонту даху шматкватэрнага дома, вулічнага асвятлення, раскладу прыгараднага аўтобуса і добраўпарадкавання тэрыторыі каля магазіна. На прыёме прысутнічалі кіраўнікі профільных службаў, частка пытанняў вырашана на месцы.",
                "Кожны зварот зарэгістраваны і перададзены адказнай службовай асобе з указаннем тэрміну адказу. Ход выканання даручэнняў будзе кантраляваць кіраўнік спраў райвыканкама.",
                "Выязныя прыёмы рэгулярна праводзяцца ў розных частках раёна паводле апублікаванага графіка. Папярэдні запіс вядзецца па тэлефоне ў аддзеле па рабоце са зваротамі грамадзян і юрыдычных асоб.",
            ],
        },
        "quote": None,
        "image": None,
    },
    {
        "section": "district",
        "days_ago": 1,
        "time": "08:45",
        "source": None,
        "tags": {"en": ["direct line", "appeals"], "ru": ["прямая линия", "обращения"], "be": ["прамая лінія", "звароты"]},
        "en": {
            "title": "Direct phone line with the district leadership on Saturday",
            "lead": "On Saturday from 9:00 to 12:00, residents can call a deputy chairman of the district executive committee with their questions and suggestions.",
            "body": [
                "This week the line will be held by the deputy chairman responsible for housing and utilities, construction and transport. Questions about heating, repairs of apartment blocks, street lighting and public transport are especially welcome.",
                "Calls are taken on +375 2235 2-68-82. Every call is recorded, and if an issue cannot be resolved during the conversation, the caller will receive an answer within the time limits set by law.",
                "Direct phone lines are held every Saturday, with members of the district leadership taking turns. The schedule is published on the official website and in the district newspaper.",
            ],
        },
        "ru": {
            "title": "«Прямая телефонная линия» с руководством района пройдет в субботу",
            "lead": "В субботу с 9.00 до 12.00 жители могут позвонить заместителю председателя райисполкома со своими вопросами и предложениями.",
            "body": [
                "На этой неделе линию проведет заместитель председателя, курирующий жилищно-коммунальное хозяйство, строительство и транспорт. Особенно ждут вопросов об отоплении, ремонте многоквартирных домов, уличном освещении и работе общественного транспорта.",
                "Звонки принимаются по номеру +375 2235 2-68-82. Каждое обращение фиксируется, и если вопрос нельзя решить во время разговора, заявитель получит ответ в установленные законодательством сроки.",
                "«Прямые телефонные линии» проводятся каждую субботу, члены руководства района ведут их поочередно. График публикуется на официальном сайте и в районной газете.",
            ],
        },
        "be": {
            "title": "«Прамая тэлефонная лінія» з кіраўніцтвам раёна пройдзе ў суботу",
            "lead": "У суботу з 9.00 да 12.00 жыхары могуць патэлефанаваць намесніку старшыні райвыканкама са сваімі пытаннямі і прапановамі.",
            "body": [
                "На гэтым тыдні лінію правядзе намеснік старшыні, які курыруе жыллёва-камунальную гаспадарку, будаўніцтва і транспарт. Асабліва чакаюць пытанняў пра ацяпленне, рамонт шматкватэрных дамоў, вулічнае асвятленне і работу грамадскага транспарту.",
                "Званкі прымаюцца па нумары +375 2235 2-68-82. Кожны зварот фіксуецца, і калі пытанне немагчыма вырашыць падчас размовы, заяўнік атрымае адказ у тэрміны, устаноўленыя заканадаўствам.",
                "«Прамыя тэлефонныя лініі» праводзяцца кожную суботу, члены кіраўніцтва раёна вядуць іх па чарзе. Графік публікуецца на афіцыйным сайце і ў раённай газеце.",
            ],
        },
        "quote": None,
        "image": None,
    },
    {
        "section": "district",
        "days_ago": 14,
        "time": "17:00",
        "source": None,
        "tags": {"en": ["information day", "safety"], "ru": ["единый день информирования", "безопасность"], "be": ["адзіны дзень інфармавання", "бяспека"]},
        "en": {
            "title": "Unified information day focuses on fire safety at home",
            "lead": "Information groups of the district executive committee met work teams across the district to discuss fire safety during the heating season.",
            "body": [
                "Members of the information groups visited enterprises, schools, farms and organisations in Osipovichi and the village councils. Together with rescuers from the district emergencies department, they explained the most common causes of house fires in autumn and winter.",
                "Particular attention was paid to faulty stoves and wiring, the use of heaters and the safety of elderly people living alone. Residents were reminded how autonomous smoke detectors work and where they should be installed.",
                "Participants also asked about public transport, road repairs and medical care. All questions that required an answer were recorded and passed on to the responsible services.",
            ],
        },
        "ru": {
            "title": "Единый день информирования посвятили пожарной безопасности в быту",
            "lead": "Информационные группы райисполкома встретились с трудовыми коллективами района, чтобы обсудить пожарную безопасность в отопительный сезон.",
            "body": [
                "Члены информационных групп побывали на предприятиях, в школах, хозяйствах и организациях Осиповичей и сельсоветов. Вместе со спасателями районного отдела по чрезвычайным ситуациям они рассказали о самых частых причинах пожаров в жилье осенью и зимой.",
                "Особое внимание уделили неисправным печам и электропроводке, использованию обогревателей и безопасности одиноких пожилых людей. Жителям напомнили, как работают автономные пожарные извещатели и где их следует устанавливать.",
                "Участники также задавали вопросы о работе общественного транспорта, ремонте дорог и оказании медицинской помощи. Все вопросы, требующие ответа, записаны и переданы в ответственные службы.",
            ],
        },
        "be": {
            "title": "Адзіны дзень інфармавання прысвяцілі пажарнай бяспецы ў побыце",
            "lead": "Інфармацыйныя групы райвыканкама сустрэліся з працоўнымі калектывамі раёна, каб абмеркаваць пажарную бяспеку ў ацяпляльны сезон.",
            "body": [
                "Члены інфармацыйных груп пабывалі на прадпрыемствах, у школах, гаспадарках і арганізацыях Асіповіч і сельсаветаў. Разам з ратавальнікамі раённага аддзела па надзвычайных сітуацыях яны расказалі пра найбольш частыя прычыны пажараў у жыллі восенню і зімой.",
                "Асаблівую ўвагу ўдзялілі няспраўным печам і электраправодцы, выкарыстанню абагравальнікаў і бяспецы адзінокіх пажылых людзей. Жыхарам нагадалі, як працуюць аўтаномныя пажарныя апавяшчальнікі і дзе іх варта ўсталёўваць.",
                "Удзельнікі таксама задавалі пытанні пра работу грамадскага транспарту, рамонт дарог і аказанне медыцынскай дапамогі. Усе пытанні, якія патрабуюць адказу, запісаны і перададзены ў адказныя службы.",
            ],
        },
        "quote": None,
        "image": None,
    },
    {
        "section": "district",
        "days_ago": 23,
        "time": "10:30",
        "source": None,
        "tags": {"en": ["employment", "job fair"], "ru": ["занятость", "ярмарка вакансий"], "be": ["занятасць", "кірмаш вакансій"]},
        "en": {
            "title": "Job fair in Osipovichi offers more than 150 vacancies",
            "lead": "Employers of the district presented vacancies for drivers, machine operators, teachers, doctors and workers of various trades.",
            "body": [
                "The fair was organised by the labour, employment and social protection department of the district executive committee at the district house of culture. Representatives of industrial enterprises, agricultural organisations, the hospital and schools talked to job seekers in person.",
                "Visitors could also get advice on vocational training and on state support for those who want to start their own business. Young specialists were told about the housing offered by agricultural enterprises.",
                "Several job seekers received referrals for interviews on the same day. An up-to-date list of vacancies is available from the labour, employment and social protection department and on the national vacancy portal.",
            ],
        },
        "ru": {
            "title": "На ярмарке вакансий в Осиповичах предложили более 150 рабочих мест",
            "lead": "Наниматели района представили вакансии водителей, механизаторов, учителей, врачей и рабочих различных профессий.",
            "body": [
                "Ярмарку организовало управление по труду, занятости и социальной защите райисполкома в районном Доме культуры. Представители промышленных предприятий, сельскохозяйственных организаций, больницы и школ лично пообщались с соискателями.",
                "Посетители также могли получить консультации о профессиональном обучении и о государственной поддержке тех, кто хочет открыть собственное дело. Молодым специалистам рассказали о жилье, которое предлагают сельскохозяйственные предприятия.",
                "Несколько соискателей в тот же день получили направления на собеседования. Актуальный перечень вакансий можно узнать в управлении по труду, занятости и социальной защите и на общереспубликанском портале вакансий.",
            ],
        },
        "be": {
            "title": "На кірмашы вакансій у Асіповічах прапанавалі больш за 150 працоўных месцаў",
            "lead": "Наймальнікі раёна прадставілі вакансіі вадзіцеляў, механізатараў, настаўнікаў, урачоў і рабочых розных прафесій.",
            "body": [
                "Кірмаш арганізавала ўпраўленне па працы, занятасці і сацыяльнай абароне райвыканкама ў раённым Доме культуры. Прадстаўнікі прамысловых прадпрыемстваў, сельскагаспадарчых арганізацый, бальніцы і школ асабіста паразмаўлялі з суіскальнікамі.",
                "Наведвальнікі таксама маглі атрымаць кансультацыі пра прафесійнае навучанне і дзяржаўную падтрымку тых, хто хоча адкрыць уласную справу. Маладым спецыялістам расказалі пра жыллё, якое прапануюць сельскагаспадарчыя прадпрыемствы.",
                "Некалькі суіскальнікаў у той жа дзень атрымалі накіраванні на сумоўі. Актуальны пералік вакансій можна даведацца ва ўпраўленні па працы, занятасці і сацыяльнай абароне і на агульнарэспубліканскім партале вакансій.",
            ],
        },
        "quote": {
            "en": "A job fair is the quickest way for an employer and a job seeker to find each other. — the head of the labour, employment and social protection department",
            "ru": "Ярмарка вакансий — самый быстрый способ для нанимателя и соискателя найти друг друга. — начальник управления по труду, занятости и социальной защите райисполкома",
            "be": "Кірмаш вакансій — самы хуткі спосаб для наймальніка і суіскальніка знайсці адзін аднаго. — начальнік упраўлення па працы, занятасці і сацыяльнай абароне райвыканкама",
        },
        "image": None,
    },
    {
        "section": "district",
        "days_ago": 0,
        "time": "09:30",
        "source": None,
        "tags": {"en": ["housing and utilities", "heating season"], "ru": ["ЖКХ", "отопительный сезон"], "be": ["ЖКГ", "ацяпляльны сезон"]},
        "en": {
            "title": "Heating season begins in the Osipovichi district",
            "lead": "Heat supply has been switched on at schools, kindergartens and hospitals, and apartment blocks are being connected step by step.",
            "body": [
                "Over the summer, utility workers replaced several kilometres of heating networks, overhauled the boilers in municipal boiler houses and insulated pipelines in basements. All boiler houses have passed tests and received readiness certificates.",
                "The housing and utilities enterprise also repaired the roofs and entrances of a number of apartment blocks and replaced old windows in stairwells. Fuel reserves, including local wood chips, have been built up for the whole winter.",
                "If the radiators in a flat remain cold, residents are asked to contact the dispatch service of the housing and utilities enterprise. Emergency crews are on duty around the clock throughout the heating season.",
            ],
        },
        "ru": {
            "title": "В Осиповичском районе начался отопительный сезон",
            "lead": "Тепло подано в школы, детские сады и больницы, многоквартирные дома подключаются поэтапно.",
            "body": [
                "За лето коммунальщики заменили несколько километров тепловых сетей, отремонтировали котлы в коммунальных котельных и утеплили трубопроводы в подвалах. Все котельные прошли испытания и получили паспорта готовности.",
                "Жилищно-коммунальное предприятие также отремонтировало кровли и подъезды ряда многоквартирных домов, заменило старые окна на лестничных клетках. Созданы запасы топлива на всю зиму, в том числе местной топливной щепы.",
                "Если в квартире остаются холодными радиаторы, жителей просят обращаться в диспетчерскую службу жилищно-коммунального предприятия. Аварийные бригады дежурят круглосуточно в течение всего отопительного сезона.",
            ],
        },
        "be": {
            "title": "У Асіповіцкім раёне пачаўся ацяпляльны сезон",
            "lead": "Цяпло пададзена ў школы, дзіцячыя сады і бальніцы, шматкватэрныя дамы падключаюцца паэтапна.",
            "body": [
                "За лета камунальнікі замянілі некалькі кіламетраў цеплавых сетак, адрамантавалі катлы ў камунальных кацельнях і ўцяплілі трубаправоды ў падвалах. Усе кацельні прайшлі выпрабаванні і атрымалі пашпарты гатоўнасці.",
                "Жыллёва-камунальнае прадпрыемства таксама адрамантавала дахі і пад'езды шэрагу шматкватэрных дамоў, замяніла старыя вокны на лесвічных пляцоўках. Створаны запасы паліва на ўсю зіму, у тым ліку мясцовай паліўнай трэскі.",
                "Калі ў кватэры застаюцца халоднымі радыятары, жыхароў просяць звяртацца ў дыспетчарскую службу жыллёва-камунальнага прадпрыемства. Аварыйныя брыгады дзяжураць кругласутачна на працягу ўсяго ацяпляльнага сезона.",
            ],
        },
        "quote": {
            "en": "Our task is for every home to be warm, and the services are ready to respond to any request without delay. — the deputy chairman of the district executive committee responsible for housing and utilities",
            "ru": "Наша задача — чтобы в каждом доме было тепло, и службы готовы без промедления реагировать на любое обращение. — заместитель председателя райисполкома, курирующий жилищно-коммунальное хозяйство",
            "be": "Наша задача — каб у кожным доме было цёпла, і службы гатовыя без затрымкі рэагаваць на любы зварот. — намеснік старшыні райвыканкама, які курыруе жыллёва-камунальную гаспадарку",
        },
        "image": "factory",
    },
    {
        "section": "district",
        "days_ago": 44,
        "time": "11:40",
        "source": None,
        "tags": {"en": ["forest", "safety"], "ru": ["лес", "безопасность"], "be": ["лес", "бяспека"]},
        "en": {
            "title": "Foresters ask residents to avoid visiting forests in dry weather",
            "lead": "Due to the high fire danger, the district executive committee has temporarily restricted visits to forests and the entry of vehicles into them.",
            "body": [
                "A long period without rain has dried out the forest floor, and the fire danger class in the district's forests has reached a high level. The restriction applies until the weather changes and will be lifted by a separate decision.",
                "Foresters and rescuers patrol the forests daily, paying particular attention to areas near villages and the shores of the Osipovichi reservoir. Lighting fires, burning dry grass and leaving rubbish in the forest are prohibited.",
                "Anyone who notices smoke or fire should call 101 or 112 immediately. Breaching the restrictions may lead to administrative liability.",
            ],
        },
        "ru": {
            "title": "Лесхоз просит жителей воздержаться от посещения лесов в сухую погоду",
            "lead": "Из-за высокой пожарной опасности райисполком временно ограничил посещение лесов и въезд в них транспортных средств.",
            "body": [
                "Длительный период без дождей иссушил лесную подстилку, и класс пожарной опасности в лесах района достиг высокого уровня. Ограничение действует до изменения погоды и будет снято отдельным решением.",
                "Лесники и спасатели ежедневно патрулируют леса, уделяя особое внимание участкам возле деревень и берегам Осиповичского водохранилища. Запрещено разводить костры, выжигать сухую траву и оставлять мусор в лесу.",
                "Заметив дым или огонь, необходимо сразу позвонить по номеру 101 или 112. За нарушение ограничений предусмотрена административная ответственность.",
            ],
        },
        "be": {
            "title": "Лясгас просіць жыхароў устрымацца ад наведвання лясоў у сухое надвор'е",
            "lead": "З-за высокай пажарнай небяспекі райвыканкам часова абмежаваў наведванне лясоў і ўезд у іх транспартных сродкаў.",
            "body": [
                "Працяглы перыяд без дажджоў высушыў лясны подсціл, і клас пажарнай небяспекі ў лясах раёна дасягнуў высокага ўзроўню. Абмежаванне дзейнічае да змены надвор'я і будзе знята асобным рашэннем.",
                "Ляснікі і ратавальнікі штодня патрулююць лясы, удзяляючы асаблівую ўвагу ўчасткам каля вёсак і берагам Асіповіцкага вадасховішча. Забаронена распальваць вогнішчы, выпальваць сухую траву і пакідаць смецце ў лесе.",
                "Заўважыўшы дым або агонь, неабходна адразу патэлефанаваць па нумары 101 або 112. За парушэнне абмежаванняў прадугледжана адміністрацыйная адказнасць.",
            ],
        },
        "quote": {
            "en": "Most forest fires are caused by people, so a little caution from everyone will protect our forests. — the chief forester of the district forestry enterprise",
            "ru": "Большинство лесных пожаров возникает по вине людей, поэтому немного осторожности от каждого сбережет наши леса. — главный лесничий районного лесхоза",
            "be": "Большасць лясных пажараў узнікае з віны людзей, таму крыху асцярожнасці ад кожнага зберажэ нашы лясы. — галоўны ляснічы раённага лясгаса",
        },
        "image": "forest",
    },
    {
        "section": "district",
        "days_ago": 33,
        "time": "19:20",
        "source": None,
        "tags": {"en": ["culture", "festival"], "ru": ["культура", "фестиваль"], "be": ["культура", "фестываль"]},
        "en": {
            "title": "Folk art festival gathers amateur groups from all over the district",
            "lead": "The district festival of folk art brought together choirs, dance groups and craftspeople on the open-air stage in Osipovichi.",
            "body": [
                "More than twenty amateur groups from rural clubs and houses of culture performed folk songs, dances and scenes from local rituals. The audience particularly enjoyed the performance of a children's folk ensemble from Lapichi.",
                "Craftspeople held a fair of straw weaving, embroidery, pottery and woodcarving, and at the master classes anyone could try their hand at a craft. Local farms offered honey, cheese and pastries.",
                "The festival ended with an evening concert and fireworks. The best groups will represent the Osipovichi district at the regional festival.",
            ],
        },
        "ru": {
            "title": "Фестиваль народного творчества собрал самодеятельные коллективы со всего района",
            "lead": "Районный фестиваль народного творчества собрал хоры, танцевальные коллективы и мастеров на открытой площадке в Осиповичах.",
            "body": [
                "Более двадцати самодеятельных коллективов сельских клубов и домов культуры исполнили народные песни, танцы и сцены местных обрядов. Особенно зрителям понравилось выступление детского фольклорного ансамбля из Лапичей.",
                "Мастера провели ярмарку соломоплетения, вышивки, гончарства и резьбы по дереву, а на мастер-классах свои силы мог попробовать каждый. Местные хозяйства предлагали мед, сыры и выпечку.",
                "Завершился фестиваль вечерним концертом и фейерверком. Лучшие коллективы представят Осиповичский район на областном фестивале.",
            ],
        },
        "be": {
            "title": "Фестываль народнай творчасці сабраў аматарскія калектывы з усяго раёна",
            "lead": "Раённы фестываль народнай творчасці сабраў хоры, танцавальныя калектывы і майстроў на адкрытай пляцоўцы ў Асіповічах.",
            "body": [
                "Больш за дваццаць аматарскіх калектываў сельскіх клубаў і дамоў культуры выканалі народныя песні, танцы і сцэны мясцовых абрадаў. Асабліва гледачам спадабаўся выступ дзіцячага фальклорнага ансамбля з Лапіч.",
                "Майстры правялі кірмаш саломапляцення, вышыўкі, ганчарства і разьбы па дрэве, а на майстар-класах паспрабаваць свае сілы мог кожны. Мясцовыя гаспадаркі прапаноўвалі мёд, сыры і выпечку.",
                "Завяршыўся фестываль вечаровым канцэртам і феерверкам. Лепшыя калектывы прадставяць Асіповіцкі раён на абласным фестывалі.",
            ],
        },
        "quote": None,
        "image": "park",
    },
    # ------------------------------------------------------------------ region
    {
        "section": "region",
        "days_ago": 6,
        "time": "13:00",
        "source": {"name": "BelTA", "url": "https://www.belta.by/"},
        "tags": {"en": ["agriculture", "harvest", "Mogilev region"], "ru": ["сельское хозяйство", "уборка", "Могилевская область"], "be": ["сельская гаспадарка", "уборка", "Магілёўская вобласць"]},
        "en": {
            "title": "Mogilev region farms enter the final stage of harvesting",
            "lead": "Agricultural organisations of the Mogilev region are completing the grain harvest and have started harvesting maize for silage.",
            "body": [
                "Most of the region's grain area has already been harvested, and combine crews from districts that have finished work are helping their neighbours. Where the weather allows, harvesting goes on around the clock.",
                "At the same time, farms are sowing winter rapeseed and winter cereals and laying in fodder for the winter. Regional specialists stress that timely sowing is the basis of next year's harvest.",
                "Grain dryers and receiving points are working at full capacity. The regional executive committee continues to monitor the progress of the campaign every day.",
            ],
        },
        "ru": {
            "title": "Хозяйства Могилевской области выходят на завершающий этап уборки",
            "lead": "Сельскохозяйственные организации Могилевской области завершают уборку зерновых и приступили к заготовке кукурузы на силос.",
            "body": [
                "Большая часть зерновых площадей в области уже убрана, а комбайновые экипажи из районов, завершивших работы, помогают соседям. Там, где позволяет погода, уборка идет круглосуточно.",
                "Одновременно хозяйства ведут сев озимого рапса и озимых зерновых, заготавливают корма на зиму. Специалисты области подчеркивают, что своевременный сев — основа урожая следующего года.",
                "Зерносушильные комплексы и пункты приема зерна работают с полной загрузкой. Облисполком продолжает ежедневно следить за ходом кампании.",
            ],
        },
        "be": {
            "title": "Гаспадаркі Магілёўскай вобласці выходзяць на завяршальны этап уборкі",
            "lead": "Сельскагаспадарчыя арганізацыі Магілёўскай вобласці завяршаюць уборку збожжавых і пачалі нарыхтоўку кукурузы на сілас.",
            "body": [
                "Большая частка збожжавых плошчаў у вобласці ўжо ўбрана, а камбайнавыя экіпажы з раёнаў, якія скончылі работы, дапамагаюць суседзям. Там, дзе дазваляе надвор'е, уборка ідзе кругласутачна.",
                "Адначасова гаспадаркі вядуць сяўбу азімага рапсу і азімых збожжавых, нарыхтоўваюць кармы на зіму. Спецыялісты вобласці падкрэсліваюць, што своечасовая сяўба — аснова ўраджаю наступнага года.",
                "Зернесушыльныя комплексы і пункты прыёму збожжа працуюць з поўнай загрузкай. Аблвыканкам працягвае штодня сачыць за ходам кампаніі.",
            ],
        },
        "quote": {
            "en": "Timely winter sowing matters as much as the harvest itself, because it lays the foundation for next year. — a representative of the agriculture and food committee of the Mogilev Regional Executive Committee",
            "ru": "Своевременный сев озимых важен не меньше, чем сама уборка, ведь он закладывает основу следующего года. — представитель комитета по сельскому хозяйству и продовольствию Могилевского облисполкома",
            "be": "Своечасовая сяўба азімых важная не менш, чым сама ўборка, бо яна закладвае аснову наступнага года. — прадстаўнік камітэта па сельскай гаспадарцы і харчаванні Магілёўскага аблвыканкама",
        },
        "image": "field",
    },
    {
        "section": "region",
        "days_ago": 38,
        "time": "12:00",
        "source": {"name": "Mogilev Regional Executive Committee", "url": "https://mogilev-region.gov.by/"},
        "tags": {"en": ["education", "transport", "Mogilev region"], "ru": ["образование", "транспорт", "Могилевская область"], "be": ["адукацыя", "транспарт", "Магілёўская вобласць"]},
        "en": {
            "title": "Rural schools of the Mogilev region receive new school buses",
            "lead": "Ahead of the academic year, new school buses have been handed over to the education departments of several districts of the Mogilev region.",
            "body": [
                "The buses are fitted with seat belts, speed limiters and satellite navigation, which allows dispatchers to follow the routes in real time. Some of the vehicles are adapted for children with limited mobility.",
                "The new vehicles will replace buses that have reached the end of their service life and will serve routes to schools in agro-towns. Thousands of rural pupils in the region travel to school by bus every day.",
                "The drivers of the new buses have undergone additional training and medical examinations. The region plans to continue renewing the fleet next year.",
            ],
        },
        "ru": {
            "title": "Сельские школы Могилевской области получили новые школьные автобусы",
            "lead": "Накануне учебного года отделам образования нескольких районов Могилевской области переданы новые школьные автобусы.",
            "body": [
                "Автобусы оснащены ремнями безопасности, ограничителями скорости и системами спутниковой навигации, которые позволяют диспетчерам отслеживать маршруты в режиме реального времени. Часть машин приспособлена для детей с ограниченными возможностями передвижения.",
                "Новая техника заменит автобусы, выработавшие ресурс, и будет обслуживать маршруты к школам в агрогородках. Ежедневно на автобусах в школу добираются тысячи сельских учеников области.",
                "Водители новых автобусов прошли дополнительное обучение и медицинский осмотр. В следующем году в области планируют продолжить обновление автопарка.",
            ],
        },
        "be": {
            "title": "Сельскія школы Магілёўскай вобласці атрымалі новыя школьныя аўтобусы",
            "lead": "Напярэдадні навучальнага года аддзелам адукацыі некалькіх раёнаў Магілёўскай вобласці перададзены новыя школьныя аўтобусы.",
            "body": [
                "Аўтобусы абсталяваны рамянямі бяспекі, абмежавальнікамі хуткасці і сістэмамі спадарожнікавай навігацыі, якія дазваляюць дыспетчарам адсочваць маршруты ў рэжыме рэальнага часу. Частка машын прыстасавана для дзяцей з абмежаванымі магчымасцямі перамяшчэння.",
                "Новая тэхніка заменіць аўтобусы, якія выпрацавалі рэсурс, і будзе абслугоўваць маршруты да школ у аграгарадках. Штодня на аўтобусах у школу дабіраюцца тысячы сельскіх вучняў вобласці.",
                "Вадзіцелі новых аўтобусаў прайшлі дадатковае навучанне і медыцынскі агляд. У наступным годзе ў вобласці плануюць працягнуць абнаўленне аўтапарка.",
            ],
        },
        "quote": None,
        "image": "school",
    },
    {
        "section": "region",
        "days_ago": 19,
        "time": "11:20",
        "source": {"name": "BelTA", "url": "https://www.belta.by/"},
        "tags": {"en": ["roads", "Mogilev region"], "ru": ["дороги", "Могилевская область"], "be": ["дарогі", "Магілёўская вобласць"]},
        "en": {
            "title": "Road builders repair local roads across the Mogilev region",
            "lead": "Road organisations of the Mogilev region are completing this season's programme of local road repairs before the cold weather sets in.",
            "body": [
                "This season, work has been carried out on roads linking agro-towns with district centres, as well as on access roads to farms and social facilities. Priority was given to routes used by school buses and public transport.",
                "Besides resurfacing, road workers are replacing culverts, strengthening the verges and putting up new road signs. Several bridges on local roads have also been repaired.",
                "Once the repair season is over, the road services will start preparing for winter maintenance. Stocks of sand and de-icing salt are already being built up.",
            ],
        },
        "ru": {
            "title": "Дорожники ремонтируют местные дороги по всей Могилевской области",
            "lead": "Дорожные организации Могилевской области завершают сезонную программу ремонта местных дорог до наступления холодов.",
            "body": [
                "В этом сезоне работы велись на дорогах, соединяющих агрогородки с районными центрами, а также на подъездах к фермам и социальным объектам. Приоритет отдавался маршрутам школьных автобусов и общественного транспорта.",
                "Помимо обновления покрытия, дорожники меняют водопропускные трубы, укрепляют обочины и устанавливают новые дорожные знаки. Отремонтированы и несколько мостов на местных дорогах.",
                "После окончания ремонтного сезона дорожные службы начнут готовиться к зимнему содержанию. Уже создаются запасы песка и противогололедной соли.",
            ],
        },
        "be": {
            "title": "Дарожнікі рамантуюць мясцовыя дарогі па ўсёй Магілёўскай вобласці",
            "lead": "Дарожныя арганізацыі Магілёўскай вобласці завяршаюць сезонную праграму рамонту мясцовых дарог да надыходу халадоў.",
            "body": [
                "У гэтым сезоне работы вяліся на дарогах, якія злучаюць аграгарадкі з раённымі цэнтрамі, а таксама на пад'ездах да ферм і сацыяльных аб'ектаў. Прыярытэт аддаваўся маршрутам школьных аўтобусаў і грамадскага транспарту.",
                "Акрамя абнаўлення пакрыцця, дарожнікі мяняюць водапрапускныя трубы, умацоўваюць абочыны і ўсталёўваюць новыя дарожныя знакі. Адрамантаваны і некалькі мастоў на мясцовых дарогах.",
                "Пасля заканчэння рамонтнага сезона дарожныя службы пачнуць рыхтавацца да зімовага ўтрымання дарог. Ужо ствараюцца запасы пяску і солі для барацьбы з галалёдам.",
            ],
        },
        "quote": None,
        "image": "road",
    },
    {
        "section": "region",
        "days_ago": 28,
        "time": "14:45",
        "source": {"name": "Mogilev Regional Executive Committee", "url": "https://mogilev-region.gov.by/"},
        "tags": {"en": ["healthcare", "Mogilev region"], "ru": ["здравоохранение", "Могилевская область"], "be": ["ахова здароўя", "Магілёўская вобласць"]},
        "en": {
            "title": "Mogilev regional hospital puts a new computed tomography scanner into operation",
            "lead": "A modern computed tomography scanner has started work at the Mogilev regional clinical hospital, making diagnostics more accessible for residents of the region.",
            "body": [
                "The new scanner performs examinations faster and with a lower radiation dose than the previous equipment. This is especially important for patients with strokes and injuries, for whom every minute counts.",
                "Images can be sent electronically to district hospitals, and regional specialists can advise their colleagues remotely. Residents of the districts, including Osipovichi, are referred for examinations by their attending doctors.",
                "Radiologists and radiographers completed training with the manufacturer's specialists. The hospital plans to extend the scanner's working hours to reduce waiting lists.",
            ],
        },
        "ru": {
            "title": "В Могилевской областной больнице начал работу новый компьютерный томограф",
            "lead": "В Могилевской областной клинической больнице введен в эксплуатацию современный компьютерный томограф, что повысит доступность диагностики для жителей области.",
            "body": [
                "Новый томограф проводит исследования быстрее и с меньшей лучевой нагрузкой, чем прежнее оборудование. Это особенно важно для пациентов с инсультами и травмами, для которых на счету каждая минута.",
                "Изображения можно передавать в районные больницы в электронном виде, а областные специалисты могут дистанционно консультировать коллег. Жителей районов, в том числе Осиповичского, направляют на обследование лечащие врачи.",
                "Врачи-рентгенологи и рентгенолаборанты прошли обучение у специалистов производителя. Больница планирует продлить часы работы томографа, чтобы сократить очереди.",
            ],
        },
        "be": {
            "title": "У Магілёўскай абласной бальніцы пачаў працаваць новы камп'ютарны тамограф",
            "lead": "У Магілёўскай абласной клінічнай бальніцы ўведзены ў эксплуатацыю сучасны камп'ютарны тамограф, што павысіць даступнасць дыягностыкі для жыхароў вобласці.",
            "body": [
                "Новы тамограф праводзіць даследаванні хутчэй і з меншай прамянёвай нагрузкай, чым ранейшае абсталяванне. Гэта асабліва важна для пацыентаў з інсультамі і траўмамі, для якіх на рахунку кожная хвіліна.",
                "Выявы можна перадаваць у раённыя бальніцы ў электронным выглядзе, а абласныя спецыялісты могуць дыстанцыйна кансультаваць калег. Жыхароў раёнаў, у тым ліку Асіповіцкага, накіроўваюць на абследаванне лечачыя ўрачы.",
                "Урачы-рэнтгенолагі і рэнтгенолаборанты прайшлі навучанне ў спецыялістаў вытворцы. Бальніца плануе падоўжыць гадзіны работы тамографа, каб скараціць чэргі.",
            ],
        },
        "quote": None,
        "image": "hospital",
    },
    {
        "section": "region",
        "days_ago": 10,
        "time": "17:30",
        "source": {"name": "BelTA", "url": "https://www.belta.by/"},
        "tags": {"en": ["sport", "Mogilev region"], "ru": ["спорт", "Могилевская область"], "be": ["спорт", "Магілёўская вобласць"]},
        "en": {
            "title": "Osipovichi team competes at the Mogilev region rural sports games",
            "lead": "Teams from all districts of the Mogilev region competed at the regional rural sports festival, and the Osipovichi district team was among the participants.",
            "body": [
                "The programme included athletics, tug-of-war, kettlebell lifting, volleyball and relay races for families. The competitions were held over two days at the stadium of one of the district centres.",
                "Most of the participants are employees of agricultural enterprises, teachers and medical workers from rural areas. The organisers noted the good preparation of the teams and the friendly atmosphere at the venues.",
                "The Osipovichi team won medals in kettlebell lifting and the family relay. The festival is held every year to promote a healthy lifestyle among rural residents.",
            ],
        },
        "ru": {
            "title": "Команда Осиповичского района выступила на областной сельской спартакиаде",
            "lead": "Сборные всех районов Могилевской области соревновались на областном празднике сельского спорта, среди участников была и команда Осиповичского района.",
            "body": [
                "В программу вошли легкая атлетика, перетягивание каната, гиревой спорт, волейбол и эстафеты для семей. Соревнования прошли в течение двух дней на стадионе одного из районных центров.",
                "Большинство участников — работники сельскохозяйственных предприятий, учителя и медики из сельской местности. Организаторы отметили хорошую подготовку команд и дружескую атмосферу на площадках.",
                "Команда Осиповичского района завоевала медали в гиревом спорте и семейной эстафете. Праздник проводится ежегодно для популяризации здорового образа жизни среди сельских жителей.",
            ],
        },
        "be": {
            "title": "Каманда Асіповіцкага раёна выступіла на абласной сельскай спартакіядзе",
            "lead": "Зборныя ўсіх раёнаў Магілёўскай вобласці спаборнічалі на абласным свяце сельскага спорту, сярод удзельнікаў была і каманда Асіповіцкага раёна.",
            "body": [
                "У праграму ўвайшлі лёгкая атлетыка, перацягванне каната, гіравы спорт, валейбол і эстафеты для сем'яў. Спаборніцтвы прайшлі на працягу двух дзён на стадыёне аднаго з раённых цэнтраў.",
                "Большасць удзельнікаў — работнікі сельскагаспадарчых прадпрыемстваў, настаўнікі і медыкі з сельскай мясцовасці. Арганізатары адзначылі добрую падрыхтоўку каманд і сяброўскую атмасферу на пляцоўках.",
                "Каманда Асіповіцкага раёна заваявала медалі ў гіравым спорце і сямейнай эстафеце. Свята праводзіцца штогод для папулярызацыі здаровага ладу жыцця сярод сельскіх жыхароў.",
            ],
        },
        "quote": None,
        "image": "sport",
    },
    {
        "section": "region",
        "days_ago": 35,
        "time": "15:30",
        "source": {"name": "BelTA", "url": "https://www.belta.by/"},
        "tags": {"en": ["tourism", "nature", "Mogilev region"], "ru": ["туризм", "природа", "Могилевская область"], "be": ["турызм", "прырода", "Магілёўская вобласць"]},
        "en": {
            "title": "New ecological trails open for tourists in the Mogilev region",
            "lead": "Several new ecological trails with information boards and rest areas have been laid out in natural areas of the Mogilev region.",
            "body": [
                "The routes run along river valleys, through pine forests and past small lakes, and range from two to twelve kilometres in length. Information boards tell visitors about local plants, birds and the history of nearby villages.",
                "The trails were equipped by forestry enterprises together with local authorities and volunteers. Rest areas with benches, places for campfires and observation towers have been built along the routes.",
                "Tourist information centres in the region offer maps of the trails and advice for families with children. Agro-estates near the routes are ready to welcome guests for one or several days.",
            ],
        },
        "ru": {
            "title": "В Могилевской области для туристов открыли новые экологические тропы",
            "lead": "На природных территориях Могилевской области проложено несколько новых экологических троп с информационными стендами и зонами отдыха.",
            "body": [
                "Маршруты проходят по речным долинам, сосновым борам и мимо небольших озер, их протяженность — от двух до двенадцати километров. Информационные стенды рассказывают о местных растениях, птицах и истории соседних деревень.",
                "Тропы оборудовали лесхозы совместно с местными органами власти и волонтерами. Вдоль маршрутов появились зоны отдыха со скамейками, места для костров и смотровые вышки.",
                "Туристско-информационные центры области предлагают карты троп и рекомендации для семей с детьми. Агроусадьбы рядом с маршрутами готовы принять гостей на один или несколько дней.",
            ],
        },
        "be": {
            "title": "У Магілёўскай вобласці для турыстаў адкрылі новыя экалагічныя сцежкі",
            "lead": "На прыродных тэрыторыях Магілёўскай вобласці пракладзена некалькі новых экалагічных сцежак з інфармацыйнымі стэндамі і зонамі адпачынку.",
            "body": [
                "Маршруты праходзяць па рачных далінах, сасновых барах і міма невялікіх азёр, іх працягласць — ад двух да дванаццаці кіламетраў. Інфармацыйныя стэнды расказваюць пра мясцовыя расліны, птушак і гісторыю суседніх вёсак.",
                "Сцежкі абсталявалі лясгасы сумесна з мясцовымі органамі ўлады і валанцёрамі. Уздоўж маршрутаў з'явіліся зоны адпачынку з лаўкамі, месцы для вогнішчаў і назіральныя вышкі.",
                "Турыстычна-інфармацыйныя цэнтры вобласці прапануюць карты сцежак і рэкамендацыі для сем'яў з дзецьмі. Аграсядзібы побач з маршрутамі гатовыя прыняць гасцей на адзін або некалькі дзён.",
            ],
        },
        "quote": None,
        "image": "river",
    },
    {
        "section": "region",
        "days_ago": 42,
        "time": "16:00",
        "source": {"name": "Mogilev Regional Executive Committee", "url": "https://mogilev-region.gov.by/"},
        "tags": {"en": ["culture", "library", "Mogilev region"], "ru": ["культура", "библиотека", "Могилевская область"], "be": ["культура", "бібліятэка", "Магілёўская вобласць"]},
        "en": {
            "title": "Librarians of the Mogilev region gather for a professional forum",
            "lead": "Specialists of public libraries from all districts of the region met in Mogilev to share their experience of working with readers.",
            "body": [
                "Participants discussed the digitisation of local history collections, reading programmes for children and new formats of events for young people. The most interesting projects of district libraries were presented at the practical sessions.",
                "The Osipovichi central library shared its experience of recording the memories of veterans and long-time residents of the district. Colleagues from other districts showed interest in creating similar collections.",
                "The forum ended with a book fair at which publishers of the region presented new books about the history and nature of the Mogilev region. Many of the books were donated to rural libraries.",
            ],
        },
        "ru": {
            "title": "Библиотекари Могилевской области собрались на профессиональный форум",
            "lead": "Специалисты публичных библиотек всех районов области встретились в Могилеве, чтобы обменяться опытом работы с читателями.",
            "body": [
                "Участники обсудили оцифровку краеведческих фондов, программы чтения для детей и новые форматы мероприятий для молодежи. На практических занятиях были представлены самые интересные проекты районных библиотек.",
                "Осиповичская центральная библиотека рассказала о своем опыте записи воспоминаний ветеранов и старожилов района. Коллеги из других районов заинтересовались созданием подобных сборников.",
                "Завершился форум книжной ярмаркой, на которой издательства региона представили новинки об истории и природе Могилевской области. Многие книги были переданы в дар сельским библиотекам.",
            ],
        },
        "be": {
            "title": "Бібліятэкары Магілёўскай вобласці сабраліся на прафесійны форум",
            "lead": "Спецыялісты публічных бібліятэк усіх раёнаў вобласці сустрэліся ў Магілёве, каб абмяняцца вопытам работы з чытачамі.",
            "body": [
                "Удзельнікі абмеркавалі алічбоўку краязнаўчых фондаў, праграмы чытання для дзяцей і новыя фарматы мерапрыемстваў для моладзі. На практычных занятках былі прадстаўлены найбольш цікавыя праекты раённых бібліятэк.",
                "Асіповіцкая цэнтральная бібліятэка расказала пра свой досвед запісу ўспамінаў ветэранаў і старажылаў раёна. Калегі з іншых раёнаў зацікавіліся стварэннем падобных зборнікаў.",
                "Завяршыўся форум кніжным кірмашом, на якім выдавецтвы рэгіёна прадставілі навінкі пра гісторыю і прыроду Магілёўскай вобласці. Многія кнігі былі перададзены ў дар сельскім бібліятэкам.",
            ],
        },
        "quote": None,
        "image": "library",
    },
    {
        "section": "region",
        "days_ago": 31,
        "time": "09:50",
        "source": {"name": "Mogilev Regional Executive Committee", "url": "https://mogilev-region.gov.by/"},
        "tags": {"en": ["forest", "ecology", "Mogilev region"], "ru": ["лес", "экология", "Могилевская область"], "be": ["лес", "экалогія", "Магілёўская вобласць"]},
        "en": {
            "title": "Foresters of the Mogilev region begin autumn tree planting",
            "lead": "Forestry enterprises of the Mogilev region have started the autumn planting of pine, spruce and oak seedlings on felled areas.",
            "body": [
                "The seedlings are grown in the forestry enterprises' own nurseries, including seedlings with a closed root system, which take root better. Planting is done both by machine and by hand on small plots.",
                "Particular attention is paid to restoring oak woods and mixed stands, which are more resistant to pests and windfall. The young plantations will be tended for several years until they are well established.",
                "Schoolchildren, students and employees of enterprises traditionally join the planting as volunteers. Anyone who wants to take part can contact their nearest forestry office.",
            ],
        },
        "ru": {
            "title": "Лесоводы Могилевской области начали осеннюю посадку леса",
            "lead": "Лесхозы Могилевской области приступили к осенней посадке сеянцев сосны, ели и дуба на вырубках.",
            "body": [
                "Посадочный материал выращивают в собственных питомниках лесхозов, в том числе сеянцы с закрытой корневой системой, которые лучше приживаются. Посадка ведется как с помощью техники, так и вручную на небольших участках.",
                "Особое внимание уделяется восстановлению дубрав и смешанных насаждений, более устойчивых к вредителям и ветровалам. За молодыми лесными культурами будут ухаживать несколько лет, пока они не окрепнут.",
                "К посадке традиционно присоединяются школьники, студенты и работники предприятий. Желающие принять участие могут обратиться в ближайшее лесничество.",
            ],
        },
        "be": {
            "title": "Лесаводы Магілёўскай вобласці пачалі восеньскую пасадку лесу",
            "lead": "Лясгасы Магілёўскай вобласці прыступілі да восеньскай пасадкі сеянцаў хвоі, елкі і дуба на высечках.",
            "body": [
                "Пасадачны матэрыял вырошчваюць ва ўласных гадавальніках лясгасаў, у тым ліку сеянцы з закрытай каранёвай сістэмай, якія лепш прыжываюцца. Пасадка вядзецца як з дапамогай тэхнікі, так і ўручную на невялікіх участках.",
                "Асаблівая ўвага надаецца аднаўленню дуброў і змешаных насаджэнняў, больш устойчывых да шкоднікаў і ветравалаў. Маладыя лясныя культуры будуць даглядаць некалькі гадоў, пакуль яны не ўмацуюцца.",
                "Да пасадкі традыцыйна далучаюцца школьнікі, студэнты і работнікі прадпрыемстваў. Ахвочыя ўзяць удзел могуць звярнуцца ў бліжэйшае лясніцтва.",
            ],
        },
        "quote": None,
        "image": "forest",
    },
    {
        "section": "region",
        "days_ago": 45,
        "time": "10:40",
        "source": {"name": "BelTA", "url": "https://www.belta.by/"},
        "tags": {"en": ["youth", "employment", "Mogilev region"], "ru": ["молодежь", "занятость", "Могилевская область"], "be": ["моладзь", "занятасць", "Магілёўская вобласць"]},
        "en": {
            "title": "Student teams of the region sum up the summer work season",
            "lead": "Thousands of students and senior pupils worked in student teams in the Mogilev region over the summer.",
            "body": [
                "The young people worked on building sites, in agriculture and the food industry, and at children's holiday camps. Many teams helped to renovate schools and improve parks in district centres.",
                "For many participants it was their first official job, with an entry in the employment record book and a wage. Some students have already agreed with their employers to come back after graduation.",
                "The best teams and their leaders received awards at a regional rally in Mogilev. Preparations for the next season will begin in spring.",
            ],
        },
        "ru": {
            "title": "Студенческие отряды региона подвели итоги летнего трудового сезона",
            "lead": "Летом в студенческих отрядах Могилевской области работали тысячи студентов и старшеклассников.",
            "body": [
                "Молодые люди трудились на стройках, в сельском хозяйстве и пищевой промышленности, в детских оздоровительных лагерях. Многие отряды помогали ремонтировать школы и благоустраивать парки в районных центрах.",
                "Для многих участников это была первая официальная работа с записью в трудовой книжке и заработной платой. Некоторые студенты уже договорились с нанимателями, что вернутся к ним после окончания учебы.",
                "Лучшие отряды и их командиры награждены на областном слете в Могилеве. Подготовка к следующему сезону начнется весной.",
            ],
        },
        "be": {
            "title": "Студэнцкія атрады рэгіёна падвялі вынікі летняга працоўнага сезона",
            "lead": "Летам у студэнцкіх атрадах Магілёўскай вобласці працавалі тысячы студэнтаў і старшакласнікаў.",
            "body": [
                "Моладзь працавала на будоўлях, у сельскай гаспадарцы і харчовай прамысловасці, у дзіцячых аздараўленчых лагерах. Многія атрады дапамагалі рамантаваць школы і добраўпарадкоўваць паркі ў раённых цэнтрах.",
                "Для многіх удзельнікаў гэта была першая афіцыйная праца з запісам у працоўнай кніжцы і заробкам. Некаторыя студэнты ўжо дамовіліся з наймальнікамі, што вернуцца да іх пасля заканчэння вучобы.",
                "Лепшыя атрады і іх камандзіры ўзнагароджаны на абласным злёце ў Магілёве. Падрыхтоўка да наступнага сезона пачнецца вясной.",
            ],
        },
        "quote": None,
        "image": None,
    },
    {
        "section": "region",
        "days_ago": 15,
        "time": "12:15",
        "source": {"name": "BelTA", "url": "https://www.belta.by/"},
        "tags": {"en": ["agriculture", "dairy", "Mogilev region"], "ru": ["сельское хозяйство", "молочное животноводство", "Могилевская область"], "be": ["сельская гаспадарка", "малочная жывёлагадоўля", "Магілёўская вобласць"]},
        "en": {
            "title": "Modernised dairy complexes increase milk production in the region",
            "lead": "Agricultural enterprises of the Mogilev region continue to modernise dairy farms, introducing milking robots and modern feeding systems.",
            "body": [
                "Several dairy complexes in the region have been rebuilt this year, with new milking parlours, manure removal systems and ventilation. Better conditions for the animals have a direct effect on productivity and milk quality.",
                "Most of the milk from the modernised farms meets the top grade, known as 'extra', and is supplied to the region's dairies. Part of the output is exported.",
                "Farm workers are being trained to operate the new equipment, and young specialists are attracted by higher wages and housing. The modernisation will continue next year.",
            ],
        },
        "ru": {
            "title": "Модернизированные молочные комплексы наращивают производство молока в регионе",
            "lead": "Сельскохозяйственные предприятия Могилевской области продолжают модернизацию молочно-товарных ферм, внедряя доильных роботов и современные системы кормления.",
            "body": [
                "В этом году в области реконструировано несколько молочных комплексов: установлены новые доильные залы, системы навозоудаления и вентиляции. Улучшение условий содержания животных напрямую влияет на продуктивность и качество молока.",
                "Большая часть молока с модернизированных ферм соответствует сорту «экстра» и поставляется на молочные заводы области. Часть продукции идет на экспорт.",
                "Работников ферм обучают обслуживанию нового оборудования, а молодых специалистов привлекают более высокой зарплатой и жильем. Модернизация продолжится и в следующем году.",
            ],
        },
        "be": {
            "title": "Мадэрнізаваныя малочныя комплексы павялічваюць вытворчасць малака ў рэгіёне",
            "lead": "Сельскагаспадарчыя прадпрыемствы Магілёўскай вобласці працягваюць мадэрнізацыю малочнатаварных ферм, укараняючы даільныя робаты і сучасныя сістэмы кармлення.",
            "body": [
                "Сёлета ў вобласці рэканструявана некалькі малочных комплексаў: усталяваны новыя даільныя залы, сістэмы выдалення гною і вентыляцыі. Паляпшэнне ўмоў утрымання жывёл непасрэдна ўплывае на прадуктыўнасць і якасць малака.",
                "Большая частка малака з мадэрнізаваных ферм адпавядае гатунку «экстра» і пастаўляецца на малочныя заводы вобласці. Частка прадукцыі ідзе на экспарт.",
                "Работнікаў ферм навучаюць абслугоўванню новага абсталявання, а маладых спецыялістаў прыцягваюць больш высокім заробкам і жыллём. Мадэрнізацыя працягнецца і ў наступным годзе.",
            ],
        },
        "quote": None,
        "image": "field",
    },
    {
        "section": "region",
        "days_ago": 2,
        "time": "15:10",
        "source": {"name": "Mogilev Regional Executive Committee", "url": "https://mogilev-region.gov.by/"},
        "tags": {"en": ["improvement", "Mogilev region"], "ru": ["благоустройство", "Могилевская область"], "be": ["добраўпарадкаванне", "Магілёўская вобласць"]},
        "en": {
            "title": "Mogilev region sums up the competition for the best-kept settlement",
            "lead": "The regional executive committee has announced the results of the annual competition among towns and agro-towns for order and improvement.",
            "body": [
                "The commission assessed the condition of streets, parks, courtyards and public spaces, as well as how residents took part in improvement work. Settlements were judged in several categories, from district centres to small agro-towns.",
                "This year, many entrants presented renovated parks with new lighting, footpaths and playgrounds. Projects proposed and carried out by residents themselves received a special mention.",
                "The winners will receive funds for further improvement of their territories. The experience of the best settlements will be shared at a regional seminar for housing and utilities specialists.",
            ],
        },
        "ru": {
            "title": "В Могилевской области подвели итоги конкурса на лучший благоустроенный населенный пункт",
            "lead": "Облисполком объявил итоги ежегодного смотра-конкурса среди городов и агрогородков по наведению порядка и благоустройству.",
            "body": [
                "Комиссия оценивала состояние улиц, парков, дворов и общественных пространств, а также участие жителей в работах по благоустройству. Населенные пункты оценивались в нескольких номинациях — от районных центров до небольших агрогородков.",
                "В этом году многие участники представили обновленные парки с новым освещением, прогулочными дорожками и детскими площадками. Отдельно отмечены проекты, которые предложили и реализовали сами жители.",
                "Победители получат средства на дальнейшее благоустройство своих территорий. Опыт лучших населенных пунктов обобщат на областном семинаре для специалистов жилищно-коммунального хозяйства.",
            ],
        },
        "be": {
            "title": "На Магілёўшчыне падвялі вынікі конкурсу на лепшы добраўпарадкаваны населены пункт",
            "lead": "Аблвыканкам абвясціў вынікі штогадовага агляду-конкурсу сярод гарадоў і аграгарадкоў па навядзенні парадку і добраўпарадкаванні.",
            "body": [
                "Камісія ацэньвала стан вуліц, паркаў, двароў і грамадскіх прастор, а таксама ўдзел жыхароў у работах па добраўпарадкаванні. Населеныя пункты ацэньваліся ў некалькіх намінацыях — ад раённых цэнтраў да невялікіх аграгарадкоў.",
                "Сёлета многія ўдзельнікі прадставілі абноўленыя паркі з новым асвятленнем, прагулачнымі дарожкамі і дзіцячымі пляцоўкамі. Асобна адзначаны праекты, якія прапанавалі і рэалізавалі самі жыхары.",
                "Пераможцы атрымаюць сродкі на далейшае добраўпарадкаванне сваіх тэрыторый. Вопыт лепшых населеных пунктаў будзе абагулены на абласным семінары для спецыялістаў жыллёва-камунальнай гаспадаркі.",
            ],
        },
        "quote": None,
        "image": "park",
    },
    # ------------------------------------------------------------------ republic
    {
        "section": "republic",
        "days_ago": 4,
        "time": "12:00",
        "source": {"name": "BelTA", "url": "https://www.belta.by/"},
        "tags": {"en": ["agriculture", "harvest", "Belarus"], "ru": ["сельское хозяйство", "уборка", "Беларусь"], "be": ["сельская гаспадарка", "уборка", "Беларусь"]},
        "en": {
            "title": "Belarusian farmers approach the end of the grain harvest",
            "lead": "Agricultural organisations across Belarus have harvested most of their grain area, and the campaign is entering its final stage.",
            "body": [
                "The harvest has advanced furthest in the southern regions, where work began earlier. In the north, combine crews are finishing the last fields of late crops.",
                "At the same time, farms are harvesting maize, potatoes and sugar beet and sowing winter crops. Specialists recommend completing winter sowing within the optimal agronomic time frame.",
                "Grain receiving enterprises are accepting produce without delays, and there is enough drying capacity. After the campaign, harvest festivals honouring the best agricultural workers will be held in the regions.",
            ],
        },
        "ru": {
            "title": "Аграрии Беларуси выходят на завершение уборки зерновых",
            "lead": "Сельскохозяйственные организации страны убрали большую часть зерновых площадей, кампания выходит на завершающий этап.",
            "body": [
                "Дальше всего уборка продвинулась в южных областях, где работы начались раньше. На севере комбайновые экипажи заканчивают последние поля поздних культур.",
                "Параллельно хозяйства убирают кукурузу, картофель и сахарную свеклу, ведут сев озимых. Специалисты рекомендуют завершить сев озимых в оптимальные агротехнические сроки.",
                "Хлебоприемные предприятия принимают продукцию без задержек, мощностей для сушки достаточно. После завершения кампании в регионах пройдут праздники урожая, на которых будут чествовать лучших работников отрасли.",
            ],
        },
        "be": {
            "title": "Аграрыі Беларусі выходзяць на завяршэнне ўборкі збожжавых",
            "lead": "Сельскагаспадарчыя арганізацыі краіны ўбралі большую частку збожжавых плошчаў, кампанія выходзіць на завяршальны этап.",
            "body": [
                "Далей за ўсё ўборка прасунулася ў паўднёвых абласцях, дзе работы пачаліся раней. На поўначы камбайнавыя экіпажы заканчваюць апошнія палі позніх культур.",
                "Паралельна гаспадаркі ўбіраюць кукурузу, бульбу і цукровыя буракі, вядуць сяўбу азімых. Спецыялісты рэкамендуюць завяршыць сяўбу азімых у аптымальныя агратэхнічныя тэрміны.",
                "Хлебапрыёмныя прадпрыемствы прымаюць прадукцыю без затрымак, магутнасцей для сушкі дастаткова. Пасля завяршэння кампаніі ў рэгіёнах пройдуць святы ўраджаю, на якіх ушануюць лепшых работнікаў галіны.",
            ],
        },
        "quote": None,
        "image": "field",
    },
    {
        "section": "republic",
        "days_ago": 41,
        "time": "08:30",
        "source": {"name": "Ministry of Education of the Republic of Belarus", "url": "https://edu.gov.by/"},
        "tags": {"en": ["education", "schools", "Belarus"], "ru": ["образование", "школы", "Беларусь"], "be": ["адукацыя", "школы", "Беларусь"]},
        "en": {
            "title": "Schools across Belarus begin the new academic year",
            "lead": "Pupils all over the country have returned to their desks, and tens of thousands of first-graders attended their very first lesson.",
            "body": [
                "Before the academic year, schools were checked for readiness, including safety, heating and catering. Many educational institutions were renovated over the summer and received new equipment for their science classrooms.",
                "The Ministry of Education reminds parents that timetables and information about extracurricular activities are available from class teachers. Schools also offer a wide choice of clubs and sports sections.",
                "During the first weeks of term, the traffic police have stepped up patrols near schools. Drivers are asked to take particular care near educational institutions.",
            ],
        },
        "ru": {
            "title": "Школы Беларуси начали новый учебный год",
            "lead": "Ученики по всей стране вернулись за парты, а десятки тысяч первоклассников пришли на свой первый урок.",
            "body": [
                "Перед началом учебного года школы проверили на готовность, в том числе по вопросам безопасности, отопления и организации питания. Многие учреждения образования за лето отремонтированы и получили новое оборудование для кабинетов естественных наук.",
                "Министерство образования напоминает родителям, что расписание занятий и информацию о внеурочной деятельности можно получить у классных руководителей. В школах также работает широкий выбор кружков и спортивных секций.",
                "В первые недели занятий ГАИ усилила патрулирование возле школ. Водителей просят быть особенно внимательными вблизи учреждений образования.",
            ],
        },
        "be": {
            "title": "Школы Беларусі пачалі новы навучальны год",
            "lead": "Вучні па ўсёй краіне вярнуліся за парты, а дзясяткі тысяч першакласнікаў прыйшлі на свой першы ўрок.",
            "body": [
                "Перад пачаткам навучальнага года школы праверылі на гатоўнасць, у тым ліку па пытаннях бяспекі, ацяплення і арганізацыі харчавання. Многія ўстановы адукацыі за лета адрамантаваны і атрымалі новае абсталяванне для кабінетаў прыродазнаўчых навук.",
                "Міністэрства адукацыі нагадвае бацькам, што расклад заняткаў і інфармацыю пра пазакласную дзейнасць можна атрымаць у класных кіраўнікоў. У школах таксама працуе шырокі выбар гурткоў і спартыўных секцый.",
                "У першыя тыдні заняткаў ДАІ ўзмацніла патруляванне каля школ. Вадзіцеляў просяць быць асабліва ўважлівымі паблізу ўстаноў адукацыі.",
            ],
        },
        "quote": None,
        "image": "school",
    },
    {
        "section": "republic",
        "days_ago": 13,
        "time": "11:00",
        "source": {"name": "Ministry of Health of the Republic of Belarus", "url": "https://minzdrav.gov.by/"},
        "tags": {"en": ["healthcare", "vaccination", "Belarus"], "ru": ["здравоохранение", "вакцинация", "Беларусь"], "be": ["ахова здароўя", "вакцынацыя", "Беларусь"]},
        "en": {
            "title": "Seasonal flu vaccination campaign starts in Belarus",
            "lead": "Health care institutions across the country have started vaccinating the population against seasonal influenza.",
            "body": [
                "Vaccination is recommended first of all for people at risk: older people, patients with chronic diseases, pregnant women, children, and health and education workers. For certain groups, vaccination is free of charge and paid for from the budget.",
                "Doctors advise getting vaccinated before the number of cases rises, as immunity develops within two to three weeks. Vaccination is available at local polyclinics and at vaccination points in enterprises.",
                "Before vaccination, every patient is examined by a doctor. Health workers also remind people of simple preventive measures: washing hands, airing rooms and staying at home when ill.",
            ],
        },
        "ru": {
            "title": "В Беларуси стартовала кампания вакцинации против сезонного гриппа",
            "lead": "Организации здравоохранения по всей стране начали вакцинацию населения против сезонного гриппа.",
            "body": [
                "Прививку прежде всего рекомендуют людям из групп риска: пожилым, пациентам с хроническими заболеваниями, беременным, детям, работникам здравоохранения и образования. Для отдельных категорий вакцинация проводится бесплатно за счет бюджета.",
                "Врачи советуют привиться до подъема заболеваемости, поскольку иммунитет формируется в течение двух-трех недель. Вакцинацию можно пройти в поликлинике по месту жительства и на прививочных пунктах предприятий.",
                "Перед прививкой каждого пациента осматривает врач. Медики также напоминают о простых мерах профилактики: мытье рук, проветривании помещений и домашнем режиме во время болезни.",
            ],
        },
        "be": {
            "title": "У Беларусі стартавала кампанія вакцынацыі супраць сезоннага грыпу",
            "lead": "Арганізацыі аховы здароўя па ўсёй краіне пачалі вакцынацыю насельніцтва супраць сезоннага грыпу.",
            "body": [
                "Прышчэпку найперш рэкамендуюць людзям з груп рызыкі: пажылым, пацыентам з хранічнымі захворваннямі, цяжарным, дзецям, работнікам аховы здароўя і адукацыі. Для асобных катэгорый вакцынацыя праводзіцца бясплатна за кошт бюджэту.",
                "Урачы раяць прышчапіцца да росту захворвальнасці, бо імунітэт фарміруецца на працягу двух-трох тыдняў. Вакцынацыю можна прайсці ў паліклініцы па месцы жыхарства і на прышчэпачных пунктах прадпрыемстваў.",
                "Перад прышчэпкай кожнага пацыента аглядае ўрач. Медыкі таксама нагадваюць пра простыя меры прафілактыкі: мыццё рук, праветрыванне памяшканняў і хатні рэжым падчас хваробы.",
            ],
        },
        "quote": {
            "en": "Vaccination before the season is the simplest and most reliable way to protect yourself and your family from flu. — a specialist of the Ministry of Health",
            "ru": "Вакцинация до начала сезона — самый простой и надежный способ защитить себя и близких от гриппа. — специалист Министерства здравоохранения",
            "be": "Вакцынацыя да пачатку сезона — самы просты і надзейны спосаб абараніць сябе і блізкіх ад грыпу. — спецыяліст Міністэрства аховы здароўя",
        },
        "image": "hospital",
    },
    {
        "section": "republic",
        "days_ago": 1,
        "time": "17:45",
        "source": {"name": "BelTA", "url": "https://www.belta.by/"},
        "tags": {"en": ["weather", "Belarus"], "ru": ["погода", "Беларусь"], "be": ["надвор'е", "Беларусь"]},
        "en": {
            "title": "Forecasters expect cooler weather and the first night frosts",
            "lead": "According to the forecast, a cold air mass will reach Belarus at the beginning of next week, bringing the first ground frosts.",
            "body": [
                "In the daytime, temperatures will range from plus 6 to plus 12 degrees, with brief showers in places. On clear nights the temperature may fall to minus 2 degrees, especially in the northern and eastern districts.",
                "Gardeners are advised to finish lifting root vegetables and to cover heat-loving plants. Drivers should bear in mind that roads and bridges may be icy in the mornings.",
                "Towards the end of the week, a gradual warming is expected. Up-to-date forecasts are published by the national hydrometeorological service.",
            ],
        },
        "ru": {
            "title": "Синоптики ожидают похолодания и первых ночных заморозков",
            "lead": "По прогнозу, в начале следующей недели в Беларусь поступит холодная воздушная масса, которая принесет первые заморозки на почве.",
            "body": [
                "Днем температура составит от плюс 6 до плюс 12 градусов, местами пройдут кратковременные дожди. Ночью при прояснениях температура может опуститься до минус 2 градусов, особенно в северных и восточных районах.",
                "Садоводам советуют завершить уборку корнеплодов и укрыть теплолюбивые растения. Водителям следует учитывать, что по утрам на дорогах и мостах возможна гололедица.",
                "К концу недели ожидается постепенное потепление. Актуальные прогнозы публикует национальная гидрометеорологическая служба.",
            ],
        },
        "be": {
            "title": "Сіноптыкі чакаюць пахаладання і першых начных замаразкаў",
            "lead": "Паводле прагнозу, у пачатку наступнага тыдня ў Беларусь паступіць халодная паветраная маса, якая прынясе першыя замаразкі на глебе.",
            "body": [
                "Удзень тэмпература складзе ад плюс 6 да плюс 12 градусаў, месцамі пройдуць кароткачасовыя дажджы. Уначы пры праясненнях тэмпература можа апусціцца да мінус 2 градусаў, асабліва ў паўночных і ўсходніх раёнах.",
                "Садаводам раяць завяршыць уборку караняплодаў і ўкрыць цеплалюбівыя расліны. Вадзіцелям варта ўлічваць, што раніцай на дарогах і мастах магчыма галалёдзіца.",
                "Да канца тыдня чакаецца паступовае пацяпленне. Актуальныя прагнозы публікуе нацыянальная гідраметэаралагічная служба.",
            ],
        },
        "quote": None,
        "image": None,
    },
    {
        "section": "republic",
        "days_ago": 24,
        "time": "14:00",
        "source": {"name": "BelTA", "url": "https://www.belta.by/"},
        "tags": {"en": ["tourism", "agro-estates", "Belarus"], "ru": ["туризм", "агроусадьбы", "Беларусь"], "be": ["турызм", "аграсядзібы", "Беларусь"]},
        "en": {
            "title": "Agro-estates remain popular with domestic travellers in Belarus",
            "lead": "Rural guesthouses across the country report steady demand from families and groups of friends looking for a quiet holiday in nature.",
            "body": [
                "Guests are attracted by home cooking, fishing, mushroom picking, bathhouses and master classes in traditional crafts. Many agro-estates offer excursions to nearby protected areas and historical sites.",
                "Owners say that weekend trips and short autumn breaks are becoming increasingly popular. Agro-estates located near forests, rivers and lakes are in particular demand.",
                "Information about rural tourism routes and guesthouses is available from regional tourist information centres. Travellers are advised to book accommodation in advance, especially for public holidays.",
            ],
        },
        "ru": {
            "title": "Агроусадьбы остаются популярными у путешественников по Беларуси",
            "lead": "Сельские гостевые дома по всей стране отмечают стабильный спрос со стороны семей и компаний друзей, которые ищут спокойный отдых на природе.",
            "body": [
                "Гостей привлекают домашняя кухня, рыбалка, сбор грибов, бани и мастер-классы по традиционным ремеслам. Многие агроусадьбы предлагают экскурсии в близлежащие заповедные места и к историческим объектам.",
                "Владельцы отмечают, что все популярнее становятся поездки выходного дня и короткий осенний отдых. Особенно востребованы агроусадьбы, расположенные у лесов, рек и озер.",
                "Информацию о маршрутах сельского туризма и гостевых домах можно получить в региональных туристско-информационных центрах. Путешественникам советуют бронировать жилье заранее, особенно на праздники.",
            ],
        },
        "be": {
            "title": "Аграсядзібы застаюцца папулярнымі ў падарожнікаў па Беларусі",
            "lead": "Сельскія гасцявыя дамы па ўсёй краіне адзначаюць стабільны попыт з боку сем'яў і кампаній сяброў, якія шукаюць спакойны адпачынак на прыродзе.",
            "body": [
                "Гасцей прываблівае хатняя кухня, рыбалка, збор грыбоў, лазні і майстар-класы па традыцыйных рамёствах. Многія аграсядзібы прапануюць экскурсіі ў бліжэйшыя запаведныя мясціны і да гістарычных аб'ектаў.",
                "Уладальнікі адзначаюць, што ўсё больш папулярнымі становяцца паездкі выхаднога дня і кароткі восеньскі адпачынак. Асабліва запатрабаваныя аграсядзібы, размешчаныя каля лясоў, рэк і азёр.",
                "Інфармацыю пра маршруты сельскага турызму і гасцявыя дамы можна атрымаць у рэгіянальных турыстычна-інфармацыйных цэнтрах. Падарожнікам раяць браніраваць жыллё загадзя, асабліва на святы.",
            ],
        },
        "quote": None,
        "image": "forest",
    },
    {
        "section": "republic",
        "days_ago": 9,
        "time": "16:20",
        "source": {"name": "BelTA", "url": "https://www.belta.by/"},
        "tags": {"en": ["sport", "healthy lifestyle", "Belarus"], "ru": ["спорт", "здоровый образ жизни", "Беларусь"], "be": ["спорт", "здаровы лад жыцця", "Беларусь"]},
        "en": {
            "title": "Thousands of Belarusians take part in an autumn running day",
            "lead": "Races were held in every region of the country as part of a nationwide autumn sports day.",
            "body": [
                "Schoolchildren, students, employees of enterprises and veterans of sport ran over various distances. In district centres, the starts were organised in parks and at stadiums, with separate races for families.",
                "The main aim of the event is to involve as many people as possible in regular physical activity. Medical staff at the venues offered participants free blood pressure checks and advice on safe training.",
                "The organisers thanked volunteers and sports clubs for their help. Similar mass events are planned for the winter, when skiing competitions will take place.",
            ],
        },
        "ru": {
            "title": "Тысячи жителей Беларуси приняли участие в осеннем дне бега",
            "lead": "Забеги прошли во всех регионах страны в рамках республиканского осеннего спортивного дня.",
            "body": [
                "В забегах на разные дистанции участвовали школьники, студенты, работники предприятий и ветераны спорта. В районных центрах старты организовали в парках и на стадионах, для семей провели отдельные забеги.",
                "Главная цель мероприятия — вовлечь как можно больше людей в регулярные занятия физкультурой. Медики на площадках предлагали участникам бесплатно измерить давление и консультировали по вопросам безопасных тренировок.",
                "Организаторы поблагодарили волонтеров и спортивные клубы за помощь. Подобные массовые мероприятия запланированы и на зиму, когда пройдут лыжные соревнования.",
            ],
        },
        "be": {
            "title": "Тысячы жыхароў Беларусі ўзялі ўдзел у восеньскім дні бегу",
            "lead": "Забегі прайшлі ва ўсіх рэгіёнах краіны ў межах рэспубліканскага восеньскага спартыўнага дня.",
            "body": [
                "У забегах на розныя дыстанцыі ўдзельнічалі школьнікі, студэнты, работнікі прадпрыемстваў і ветэраны спорту. У раённых цэнтрах старты арганізавалі ў парках і на стадыёнах, для сем'яў правялі асобныя забегі.",
                "Галоўная мэта мерапрыемства — прыцягнуць як мага больш людзей да рэгулярных заняткаў фізкультурай. Медыкі на пляцоўках прапаноўвалі ўдзельнікам бясплатна вымераць ціск і кансультавалі па пытаннях бяспечных трэніровак.",
                "Арганізатары падзякавалі валанцёрам і спартыўным клубам за дапамогу. Падобныя масавыя мерапрыемствы запланаваны і на зіму, калі пройдуць лыжныя спаборніцтвы.",
            ],
        },
        "quote": None,
        "image": "sport",
    },
    {
        "section": "republic",
        "days_ago": 36,
        "time": "13:30",
        "source": {"name": "BelTA", "url": "https://www.belta.by/"},
        "tags": {"en": ["culture", "library", "Belarusian language"], "ru": ["культура", "библиотека", "белорусский язык"], "be": ["культура", "бібліятэка", "беларуская мова"]},
        "en": {
            "title": "Day of Belarusian Written Language marked with book exhibitions and meetings",
            "lead": "Libraries, schools and museums across the country held events dedicated to the Day of Belarusian Written Language.",
            "body": [
                "The holiday is celebrated every year on the first Sunday of September, and its main events take place in a different historic town each year. Book exhibitions, meetings with writers and presentations of new publications were organised throughout the country.",
                "Libraries prepared displays of rare books and materials on the history of Belarusian printing and enlightenment. Many schools held open lessons on the native language and literature.",
                "Publishers presented new books for children and adults, including works on local history. The holiday traditionally brings together writers, journalists, teachers and librarians.",
            ],
        },
        "ru": {
            "title": "День белорусской письменности отметили книжными выставками и встречами",
            "lead": "Библиотеки, школы и музеи по всей стране провели мероприятия, посвященные Дню белорусской письменности.",
            "body": [
                "Праздник ежегодно отмечается в первое воскресенье сентября, а его главные события каждый год проходят в одном из исторических городов. По всей стране были организованы книжные выставки, встречи с писателями и презентации новых изданий.",
                "Библиотеки подготовили экспозиции редких книг и материалов по истории белорусского книгопечатания и просветительства. Во многих школах прошли открытые уроки родного языка и литературы.",
                "Издательства представили новые книги для детей и взрослых, в том числе краеведческие издания. Праздник традиционно объединяет писателей, журналистов, педагогов и библиотекарей.",
            ],
        },
        "be": {
            "title": "Дзень беларускага пісьменства адзначылі кніжнымі выставамі і сустрэчамі",
            "lead": "Бібліятэкі, школы і музеі па ўсёй краіне правялі мерапрыемствы, прысвечаныя Дню беларускага пісьменства.",
            "body": [
                "Свята штогод адзначаецца ў першую нядзелю верасня, а яго галоўныя падзеі кожны год праходзяць у адным з гістарычных гарадоў. Па ўсёй краіне былі арганізаваны кніжныя выставы, сустрэчы з пісьменнікамі і прэзентацыі новых выданняў.",
                "Бібліятэкі падрыхтавалі экспазіцыі рэдкіх кніг і матэрыялаў па гісторыі беларускага кнігадрукавання і асветніцтва. У многіх школах прайшлі адкрытыя ўрокі роднай мовы і літаратуры.",
                "Выдавецтвы прадставілі новыя кнігі для дзяцей і дарослых, у тым ліку краязнаўчыя выданні. Свята традыцыйна яднае пісьменнікаў, журналістаў, педагогаў і бібліятэкараў.",
            ],
        },
        "quote": None,
        "image": "library",
    },
    {
        "section": "republic",
        "days_ago": 20,
        "time": "10:10",
        "source": {"name": "BelTA", "url": "https://www.belta.by/"},
        "tags": {"en": ["roads", "Belarus"], "ru": ["дороги", "Беларусь"], "be": ["дарогі", "Беларусь"]},
        "en": {
            "title": "Road services complete the summer repair season on national highways",
            "lead": "Road organisations of the country are finishing scheduled repairs of national roads and bridges before the cold season.",
            "body": [
                "This year, repairs covered sections of main highways as well as roads linking district centres. Road workers renewed the surface, improved drainage and installed new barriers and lighting on dangerous sections.",
                "Special attention was paid to pedestrian safety: new pavements, lit crossings and bus shelters appeared in many villages along the roads. Some of the work was done at night to cause less disruption to traffic.",
                "The road services are now preparing machinery and materials for winter maintenance. Drivers are reminded to switch to winter tyres in good time.",
            ],
        },
        "ru": {
            "title": "Дорожные службы завершают летний ремонтный сезон на республиканских дорогах",
            "lead": "Дорожные организации страны заканчивают плановый ремонт республиканских дорог и мостов до наступления холодов.",
            "body": [
                "В этом году ремонт охватил участки магистралей, а также дорог, связывающих районные центры. Дорожники обновили покрытие, улучшили водоотвод, установили новые ограждения и освещение на опасных участках.",
                "Особое внимание уделено безопасности пешеходов: во многих деревнях вдоль дорог появились новые тротуары, освещенные переходы и остановочные павильоны. Часть работ выполнялась ночью, чтобы меньше мешать движению.",
                "Сейчас дорожные службы готовят технику и материалы к зимнему содержанию. Водителям напоминают о необходимости своевременно перейти на зимние шины.",
            ],
        },
        "be": {
            "title": "Дарожныя службы завяршаюць летні рамонтны сезон на рэспубліканскіх дарогах",
            "lead": "Дарожныя арганізацыі краіны заканчваюць планавы рамонт рэспубліканскіх дарог і мастоў да надыходу халадоў.",
            "body": [
                "Сёлета рамонт ахапіў участкі магістраляў, а таксама дарог, якія звязваюць раённыя цэнтры. Дарожнікі абнавілі пакрыццё, палепшылі водаадвод, усталявалі новыя агароджы і асвятленне на небяспечных участках.",
                "Асаблівая ўвага нададзена бяспецы пешаходаў: у многіх вёсках уздоўж дарог з'явіліся новыя тратуары, асветленыя пераходы і прыпынкавыя павільёны. Частка работ выконвалася ўначы, каб менш перашкаджаць руху.",
                "Цяпер дарожныя службы рыхтуюць тэхніку і матэрыялы да зімовага ўтрымання. Вадзіцелям нагадваюць пра неабходнасць своечасова перайсці на зімовыя шыны.",
            ],
        },
        "quote": None,
        "image": "road",
    },
    {
        "section": "republic",
        "days_ago": 7,
        "time": "09:00",
        "source": {"name": "BelTA", "url": "https://www.belta.by/"},
        "tags": {"en": ["housing and utilities", "heating season", "Belarus"], "ru": ["ЖКХ", "отопительный сезон", "Беларусь"], "be": ["ЖКГ", "ацяпляльны сезон", "Беларусь"]},
        "en": {
            "title": "Heating season starts in Belarusian towns and villages",
            "lead": "Heating is being switched on across the country, starting with hospitals, schools and kindergartens and followed by residential buildings.",
            "body": [
                "The heating season traditionally begins when the average daily air temperature stays below plus eight degrees for several days. Local executive committees decide when to start the heat supply, taking into account the weather in their area.",
                "Housing and utilities organisations prepared boiler houses and heating networks over the summer. Residents are asked to check the condition of their radiators and to report any leaks to their service organisation.",
                "Specialists recommend not covering radiators with furniture or curtains so that heat spreads evenly. Questions about heating can be addressed to the dispatch services and hotlines of housing and utilities organisations.",
            ],
        },
        "ru": {
            "title": "В городах и деревнях Беларуси начинается отопительный сезон",
            "lead": "По всей стране подключают отопление: сначала больницы, школы и детские сады, затем жилые дома.",
            "body": [
                "Отопительный сезон традиционно начинается, когда среднесуточная температура воздуха несколько дней держится ниже плюс восьми градусов. Решение о начале подачи тепла местные исполкомы принимают с учетом погоды в своем регионе.",
                "Жилищно-коммунальные организации за лето подготовили котельные и тепловые сети. Жителей просят проверить состояние радиаторов и сообщать о протечках в обслуживающую организацию.",
                "Специалисты советуют не закрывать радиаторы мебелью и шторами, чтобы тепло распределялось равномерно. С вопросами об отоплении можно обращаться в диспетчерские службы и на горячие линии организаций ЖКХ.",
            ],
        },
        "be": {
            "title": "У гарадах і вёсках Беларусі пачынаецца ацяпляльны сезон",
            "lead": "Па ўсёй краіне падключаюць ацяпленне: спачатку бальніцы, школы і дзіцячыя сады, потым жылыя дамы.",
            "body": [
                "Ацяпляльны сезон традыцыйна пачынаецца, калі сярэднесутачная тэмпература паветра некалькі дзён трымаецца ніжэй за плюс восем градусаў. Рашэнне пра пачатак падачы цяпла мясцовыя выканкамы прымаюць з улікам надвор'я ў сваім рэгіёне.",
                "Жыллёва-камунальныя арганізацыі за лета падрыхтавалі кацельні і цеплавыя сеткі. Жыхароў просяць праверыць стан радыятараў і паведамляць пра працечкі ў абслуговую арганізацыю.",
                "Спецыялісты раяць не закрываць радыятары мэбляй і шторамі, каб цяпло размяркоўвалася раўнамерна. З пытаннямі пра ацяпленне можна звяртацца ў дыспетчарскія службы і на гарачыя лініі арганізацый ЖКГ.",
            ],
        },
        "quote": None,
        "image": None,
    },
    {
        "section": "republic",
        "days_ago": 27,
        "time": "12:40",
        "source": {"name": "Ministry of Health of the Republic of Belarus", "url": "https://minzdrav.gov.by/"},
        "tags": {"en": ["healthcare", "prevention", "Belarus"], "ru": ["здравоохранение", "профилактика", "Беларусь"], "be": ["ахова здароўя", "прафілактыка", "Беларусь"]},
        "en": {
            "title": "Doctors remind adults about the importance of regular health check-ups",
            "lead": "Polyclinics across the country invite adults to undergo a preventive medical examination, which helps to detect diseases at an early stage.",
            "body": [
                "The check-up includes a consultation with a general practitioner, a blood pressure measurement, blood tests and, depending on age, additional screening. The results help doctors assess health risks and give individual recommendations.",
                "Many polyclinics have extended their opening hours and hold check-up days on Saturdays. For village residents, mobile teams of doctors visit rural medical posts.",
                "Appointments can be made by phone, at the registry or online on the polyclinic's website. Doctors stress that a few hours spent on a check-up can prevent a serious illness.",
            ],
        },
        "ru": {
            "title": "Врачи напоминают взрослым о важности регулярной диспансеризации",
            "lead": "Поликлиники по всей стране приглашают взрослых пройти профилактический медицинский осмотр, который помогает выявить заболевания на ранней стадии.",
            "body": [
                "Обследование включает консультацию врача общей практики, измерение давления, анализы крови и, в зависимости от возраста, дополнительные скрининговые исследования. Результаты помогают врачам оценить риски для здоровья и дать индивидуальные рекомендации.",
                "Многие поликлиники продлили часы работы и проводят дни диспансеризации по субботам. К жителям деревень выездные бригады врачей приезжают в фельдшерско-акушерские пункты.",
                "Записаться можно по телефону, в регистратуре или через интернет на сайте поликлиники. Врачи подчеркивают, что несколько часов, потраченных на обследование, могут предотвратить серьезную болезнь.",
            ],
        },
        "be": {
            "title": "Урачы нагадваюць дарослым пра важнасць рэгулярнай дыспансерызацыі",
            "lead": "Паліклінікі па ўсёй краіне запрашаюць дарослых прайсці прафілактычны медыцынскі агляд, які дапамагае выявіць захворванні на ранняй стадыі.",
            "body": [
                "Абследаванне ўключае кансультацыю ўрача агульнай практыкі, вымярэнне ціску, аналізы крыві і, у залежнасці ад узросту, дадатковыя скрынінгавыя даследаванні. Вынікі дапамагаюць урачам ацаніць рызыкі для здароўя і даць індывідуальныя рэкамендацыі.",
                "Многія паліклінікі падоўжылі гадзіны работы і праводзяць дні дыспансерызацыі па суботах. Да жыхароў вёсак выязныя брыгады ўрачоў прыязджаюць у фельчарска-акушэрскія пункты.",
                "Запісацца можна па тэлефоне, у рэгістратуры або праз інтэрнэт на сайце паліклінікі. Урачы падкрэсліваюць, што некалькі гадзін, выдаткаваных на абследаванне, могуць папярэдзіць сур'ёзную хваробу.",
            ],
        },
        "quote": None,
        "image": "hospital",
    },
    {
        "section": "republic",
        "days_ago": 16,
        "time": "11:30",
        "source": {"name": "BelTA", "url": "https://www.belta.by/"},
        "tags": {"en": ["forest", "ecology", "volunteers"], "ru": ["лес", "экология", "волонтеры"], "be": ["лес", "экалогія", "валанцёры"]},
        "en": {
            "title": "Nationwide tree planting campaign gathers volunteers in all regions",
            "lead": "Volunteers, schoolchildren and work teams across Belarus joined the autumn campaign to plant trees in forests, in parks and along roads.",
            "body": [
                "Foresters prepared the planting sites and seedlings in advance and briefed the volunteers before work began. In a single day, participants planted young pines, spruces, oaks and birches over large areas.",
                "In towns, trees and shrubs were planted in parks, courtyards and near schools. For many work teams, taking part in the campaign has become an annual tradition.",
                "Foresters will look after the young plantations and replace any seedlings that fail to take root. Residents can find out about upcoming planting days from their local forestry office.",
            ],
        },
        "ru": {
            "title": "Республиканская акция по посадке деревьев объединила волонтеров во всех регионах",
            "lead": "Волонтеры, школьники и трудовые коллективы по всей Беларуси присоединились к осенней акции по посадке деревьев в лесах, парках и вдоль дорог.",
            "body": [
                "Лесоводы заранее подготовили участки и посадочный материал, а перед началом работ провели инструктаж для добровольцев. За один день участники высадили молодые сосны, ели, дубы и березы на больших площадях.",
                "В городах деревья и кустарники высаживали в парках, дворах и возле школ. Для многих трудовых коллективов участие в акции стало ежегодной традицией.",
                "Лесники будут следить за молодыми посадками и заменят сеянцы, которые не приживутся. О ближайших днях посадки жители могут узнать в своем лесничестве.",
            ],
        },
        "be": {
            "title": "Рэспубліканская акцыя па пасадцы дрэў аб'яднала валанцёраў ва ўсіх рэгіёнах",
            "lead": "Валанцёры, школьнікі і працоўныя калектывы па ўсёй Беларусі далучыліся да восеньскай акцыі па пасадцы дрэў у лясах, парках і ўздоўж дарог.",
            "body": [
                "Лесаводы загадзя падрыхтавалі ўчасткі і пасадачны матэрыял, а перад пачаткам работ правялі інструктаж для добраахвотнікаў. За адзін дзень удзельнікі высадзілі маладыя хвоі, елкі, дубы і бярозы на вялікіх плошчах.",
                "У гарадах дрэвы і кусты высаджвалі ў парках, дварах і каля школ. Для многіх працоўных калектываў удзел у акцыі стаў штогадовай традыцыяй.",
                "Ляснікі будуць сачыць за маладымі пасадкамі і заменяць сеянцы, якія не прыжывуцца. Пра бліжэйшыя дні пасадкі жыхары могуць даведацца ў сваім лясніцтве.",
            ],
        },
        "quote": None,
        "image": "forest",
    },
]

# Order matters: parents come before their children; the loader puts the news index
# into the main menu right after the first page.
PAGES = [
    {
        "slug": "about",
        "parent": None,
        "show_in_menus": True,
        "en": {
            "title": "About the district",
            "intro": "The Osipovichi district lies in the west of the Mogilev region and combines forests, rivers and a major railway junction.",
            "body": [
                "The district covers an area of about 1,900 square kilometres and borders the Minsk region. Its administrative centre is the town of Osipovichi; other settlements include the urban settlement of Yelizovo and many villages, among them Lapichi, Tatarka and Dorogi.",
                "Around 45,000 people live in the district, most of them in the town of Osipovichi. Forests cover a large part of its territory.",
                "The Svisloch and the Ptich flow through the district, and the Osipovichi reservoir on the Svisloch is a favourite place for recreation and fishing. The picturesque river banks and woodlands attract tourists and mushroom pickers.",
                "Osipovichi is an important railway junction where lines towards Minsk, Bobruisk, Mogilev and Baranovichi meet. The district's economy rests on industry (wood processing and the production of car parts and building materials) and on agriculture.",
            ],
        },
        "ru": {
            "title": "О районе",
            "intro": "Осиповичский район расположен на западе Могилевской области и сочетает в себе леса, реки и крупный железнодорожный узел.",
            "body": [
                "Площадь района составляет около 1 900 квадратных километров, он граничит с Минской областью. Административный центр — город Осиповичи; среди других населенных пунктов — городской поселок Елизово и множество деревень, в том числе Лапичи, Татарка и Дороги.",
                "В районе проживает около 45 тысяч человек, большинство из них — в городе Осиповичи. Значительную часть территории занимают леса.",
                "По территории района протекают реки Свислочь и Птичь, а Осиповичское водохранилище на Свислочи — любимое место отдыха и рыбалки. Живописные берега рек и лесные массивы привлекают туристов и грибников.",
                "Осиповичи — важный железнодорожный узел, где сходятся линии в направлении Минска, Бобруйска, Могилева и Барановичей. Основу экономики района составляют промышленность (деревообработка, производство автомобильных агрегатов и строительных материалов) и сельское хозяйство.",
            ],
        },
        "be": {
            "title": "Пра раён",
            "intro": "Асіповіцкі раён размешчаны на захадзе Магілёўскай вобласці і спалучае лясы, рэкі і буйны чыгуначны вузел.",
            "body": [
                "Плошча раёна складае каля 1 900 квадратных кіламетраў, ён мяжуе з Мінскай вобласцю. Адміністрацыйны цэнтр — горад Асіповічы; сярод іншых населеных пунктаў — гарадскі пасёлак Ялізава і мноства вёсак, у тым ліку Лапічы, Татарка і Дарагі.",
                "У раёне пражывае каля 45 тысяч чалавек, большасць з іх — у горадзе Асіповічы. Значную частку тэрыторыі займаюць лясы.",
                "Па тэрыторыі раёна цякуць рэкі Свіслач і Пціч, а Асіповіцкае вадасховішча на Свіслачы — улюбёнае месца адпачынку і рыбалкі. Маляўнічыя берагі рэк і лясныя масівы прываблююць турыстаў і грыбнікоў.",
                "Асіповічы — важны чыгуначны вузел, дзе сыходзяцца лініі ў напрамку Мінска, Бабруйска, Магілёва і Баранавіч. Аснову эканомікі раёна складаюць прамысловасць (дрэваапрацоўка, вытворчасць аўтамабільных агрэгатаў і будаўнічых матэрыялаў) і сельская гаспадарка.",
            ],
        },
    },
    {
        "slug": "leadership",
        "parent": None,
        "show_in_menus": True,
        "en": {
            "title": "Leadership and structure",
            "intro": "The district executive committee is the local executive and administrative body responsible for the development of the Osipovichi district.",
            "body": [
                "The executive committee is headed by the chairman, who directs its work as a whole, coordinates its departments and represents the district in relations with regional and national bodies. The chairman regularly holds personal receptions of citizens and representatives of legal entities.",
                "The first deputy chairman supervises agriculture and food. The deputy chairmen are responsible for housing and utilities, construction and transport; for the economy, trade and services; and for the social sphere, including education, health care, culture, sport and social protection.",
                "The administrative secretary organises record keeping, the work with appeals of citizens and legal entities, the one window service and the preparation of meetings of the executive committee.",
                "The structure of the executive committee includes the departments of organisational and personnel work; ideological work, culture and youth affairs; education; economy; finance; architecture and construction; and housing and utilities. It also includes the agriculture and food department, the labour, employment and social protection department, the civil registry office, the legal sector and the land management service, whose contact details are given on the Contacts page.",
            ],
        },
        "ru": {
            "title": "Руководство и структура",
            "intro": "Районный исполнительный комитет — местный исполнительный и распорядительный орган, отвечающий за развитие Осиповичского района.",
            "body": [
                "Райисполком возглавляет председатель, который руководит его работой в целом, координирует деятельность структурных подразделений и представляет район во взаимоотношениях с областными и республиканскими органами. Председатель регулярно проводит личные приемы граждан и представителей юридических лиц.",
                "Первый заместитель председателя курирует вопросы сельского хозяйства и продовольствия. Заместители председателя отвечают за жилищно-коммунальное хозяйство, строительство и транспорт; за экономику, торговлю и услуги; за социальную сферу, включая образование, здравоохранение, культуру, спорт и социальную защиту.",
                "Управляющий делами организует делопроизводство, работу с обращениями граждан и юридических лиц, деятельность службы «одно окно» и подготовку заседаний райисполкома.",
                "В структуру райисполкома входят отделы организационно-кадровой работы; идеологической работы, культуры и по делам молодежи; по образованию; экономики; финансовый отдел; отдел архитектуры и строительства; отдел жилищно-коммунального хозяйства. Также в нее входят управление по сельскому хозяйству и продовольствию, управление по труду, занятости и социальной защите, отдел записи актов гражданского состояния, юридический сектор и землеустроительная служба, контактные данные которых приведены на странице «Контакты».",
            ],
        },
        "be": {
            "title": "Кіраўніцтва і структура",
            "intro": "Раённы выканаўчы камітэт — мясцовы выканаўчы і распарадчы орган, які адказвае за развіццё Асіповіцкага раёна.",
            "body": [
                "Райвыканкам узначальвае старшыня, які кіруе яго работай у цэлым, каардынуе дзейнасць структурных падраздзяленняў і прадстаўляе раён ва ўзаемаадносінах з абласнымі і рэспубліканскімі органамі. Старшыня рэгулярна праводзіць асабістыя прыёмы грамадзян і прадстаўнікоў юрыдычных асоб.",
                "Першы намеснік старшыні курыруе пытанні сельскай гаспадаркі і харчавання. Намеснікі старшыні адказваюць за жыллёва-камунальную гаспадарку, будаўніцтва і транспарт; за эканоміку, гандаль і паслугі; за сацыяльную сферу, уключаючы адукацыю, ахову здароўя, культуру, спорт і сацыяльную абарону.",
                "Кіраўнік спраў арганізуе справаводства, работу са зваротамі грамадзян і юрыдычных асоб, дзейнасць службы «адно акно» і падрыхтоўку пасяджэнняў райвыканкама.",
                "У структуру райвыканкама ўваходзяць аддзелы арганізацыйна-кадравай работы; ідэалагічнай работы, культуры і па справах моладзі; па адукацыі; эканомікі; фінансавы аддзел; аддзел архітэктуры і будаўніцтва; аддзел жыллёва-камунальнай гаспадаркі. Таксама ў яе ўваходзяць упраўленне па сельскай гаспадарцы і харчаванні, упраўленне па працы, занятасці і сацыяльнай абароне, аддзел запісу актаў грамадзянскага стану, юрыдычны сектар і служба землеўпарадкавання, кантактныя даныя якіх прыведзены на старонцы «Кантакты».",
            ],
        },
    },
    {
        "slug": "appeals",
        "parent": None,
        "show_in_menus": True,
        "en": {
            "title": "Appeals of citizens and legal entities",
            "intro": "Citizens and organisations can contact the district executive committee in writing, orally or electronically.",
            "body": [
                "Since 2 January 2023, electronic appeals to state bodies, including the district executive committee, have been submitted through the national appeals system at обращения.бел. The applicant creates a personal account in the system, where they can follow the progress of the appeal and receive the reply. Electronic appeals sent in other ways, for example by ordinary e-mail, are not accepted for consideration.",
                "Written appeals can be sent by post or handed in at the reception of the executive committee during working hours, and oral appeals are accepted during personal receptions. An appeal must state the applicant's surname, first name and patronymic (or the name of the organisation), the address and the substance of the matter; a written appeal must be signed.",
                "As a rule, appeals are considered within 15 days, and those that require additional study within one month. Anonymous appeals are not considered unless they contain information about a crime that is being prepared or has been committed.",
                "The chairman and the deputy chairmen hold personal receptions of citizens and representatives of legal entities according to a schedule published on this site; pre-registration is available by telephone. In addition, every Saturday members of the district leadership hold a 'direct phone line', when residents can ask questions and make suggestions.",
            ],
        },
        "ru": {
            "title": "Обращения граждан и юридических лиц",
            "intro": "Граждане и организации могут обратиться в райисполком письменно, устно или в электронной форме.",
            "body": [
                "С 2 января 2023 года электронные обращения в государственные органы, в том числе в райисполком, подаются через общереспубликанскую систему обращений по адресу обращения.бел. Заявитель создает личный кабинет в системе, где можно следить за ходом рассмотрения обращения и получить ответ. Электронные обращения, направленные иными способами, например по обычной электронной почте, к рассмотрению не принимаются.",
                "Письменные обращения можно направить по почте или передать в приемную райисполкома в рабочее время, устные обращения принимаются во время личных приемов. В обращении указываются фамилия, собственное имя, отчество (или наименование организации), адрес и суть вопроса; письменное обращение должно быть подписано.",
                "Как правило, обращения рассматриваются в течение 15 дней, а требующие дополнительного изучения — в течение месяца. Анонимные обращения не рассматриваются, за исключением содержащих сведения о готовящемся или совершенном преступлении.",
                "Председатель и его заместители проводят личные приемы граждан и представителей юридических лиц по графику, опубликованному на сайте; предварительная запись ведется по телефону. Кроме того, каждую субботу руководство района проводит «прямую телефонную линию», во время которой жители могут задать вопросы и высказать предложения.",
            ],
        },
        "be": {
            "title": "Звароты грамадзян і юрыдычных асоб",
            "intro": "Грамадзяне і арганізацыі могуць звярнуцца ў райвыканкам пісьмова, вусна або ў электроннай форме.",
            "body": [
                "З 2 студзеня 2023 года электронныя звароты ў дзяржаўныя органы, у тым ліку ў райвыканкам, падаюцца праз агульнарэспубліканскую сістэму зваротаў па адрасе обращения.бел. Заяўнік стварае асабісты кабінет у сістэме, дзе можна сачыць за ходам разгляду звароту і атрымаць адказ. Электронныя звароты, накіраваныя іншымі спосабамі, напрыклад па звычайнай электроннай пошце, да разгляду не прымаюцца.",
                "Пісьмовыя звароты можна даслаць поштай або перадаць у прыёмную райвыканкама ў працоўны час, вусныя звароты прымаюцца падчас асабістых прыёмаў. У звароце пазначаюцца прозвішча, уласнае імя, імя па бацьку (або найменне арганізацыі), адрас і сутнасць пытання; пісьмовы зварот павінен быць падпісаны.",
                "Як правіла, звароты разглядаюцца на працягу 15 дзён, а тыя, што патрабуюць дадатковага вывучэння, — на працягу месяца. Ананімныя звароты не разглядаюцца, за выключэннем тых, што змяшчаюць звесткі пра злачынства, якое рыхтуецца або ўчынена.",
                "Старшыня і яго намеснікі праводзяць асабістыя прыёмы грамадзян і прадстаўнікоў юрыдычных асоб паводле графіка, апублікаванага на сайце; папярэдні запіс вядзецца па тэлефоне. Акрамя таго, кожную суботу кіраўніцтва раёна праводзіць «прамую тэлефонную лінію», падчас якой жыхары могуць задаць пытанні і выказаць прапановы.",
            ],
        },
    },
    {
        "slug": "one-window",
        "parent": None,
        "show_in_menus": True,
        "en": {
            "title": "One window service",
            "intro": "The one window service lets residents apply for administrative procedures in one place, without going from office to office.",
            "body": [
                "The one window service of the district executive committee accepts applications from citizens and legal entities for administrative procedures: issuing certificates, registering people who need better housing conditions, approving the alteration and redevelopment of dwellings, and decisions on land plots for building and maintaining a house. The list of procedures and the requirements for them are set by legislation, in particular, for applications from citizens, by Decree No. 200 of the President of the Republic of Belarus.",
                "To apply, you usually need an identity document and an application; some procedures require additional documents or the payment of a fee. If information from other state bodies is needed, the one window specialists request it themselves, so the applicant does not have to collect it.",
                "Time limits depend on the procedure: some are carried out on the day of application, others within 15 days or one month. The exact time limit, the list of documents and the amount of the fee for each procedure can be checked with the one window specialists by telephone or in person.",
                "The working hours of the service are set for the convenience of residents and are displayed at the service's premises and on this site. A decision on an administrative procedure may be appealed to a higher body or to a court.",
            ],
        },
        "ru": {
            "title": "Служба «одно окно»",
            "intro": "Служба «одно окно» позволяет обратиться за осуществлением административной процедуры в одном месте, не обходя несколько кабинетов.",
            "body": [
                "Служба «одно окно» райисполкома принимает заявления граждан и юридических лиц об осуществлении административных процедур: выдаче справок, принятии на учет нуждающихся в улучшении жилищных условий, согласовании переустройства и перепланировки жилых помещений, решениях по земельным участкам для строительства и обслуживания жилого дома. Перечень процедур и требования к ним установлены законодательством, в частности для заявлений граждан — Указом Президента Республики Беларусь № 200.",
                "Для обращения, как правило, нужны документ, удостоверяющий личность, и заявление; для некоторых процедур требуются дополнительные документы или внесение платы. Если необходимы сведения от других государственных органов, специалисты «одного окна» запрашивают их самостоятельно, и заявителю не нужно собирать их самому.",
                "Сроки зависят от процедуры: одни осуществляются в день обращения, другие — в течение 15 дней или месяца. Точный срок, перечень документов и размер платы по каждой процедуре можно уточнить у специалистов «одного окна» по телефону или лично.",
                "Режим работы службы установлен с учетом удобства жителей и размещен в помещении службы и на сайте. Решение по административной процедуре может быть обжаловано в вышестоящий орган или в суд.",
            ],
        },
        "be": {
            "title": "Служба «адно акно»",
            "intro": "Служба «адно акно» дазваляе звярнуцца па ажыццяўленне адміністрацыйнай працэдуры ў адным месцы, не абыходзячы некалькі кабінетаў.",
            "body": [
                "Служба «адно акно» райвыканкама прымае заявы грамадзян і юрыдычных асоб аб ажыццяўленні адміністрацыйных працэдур: выдачы даведак, пастаноўцы на ўлік тых, хто мае патрэбу ў паляпшэнні жыллёвых умоў, узгадненні пераўладкавання і перапланіроўкі жылых памяшканняў, рашэннях па зямельных участках для будаўніцтва і абслугоўвання жылога дома. Пералік працэдур і патрабаванні да іх устаноўлены заканадаўствам, у прыватнасці для заяў грамадзян — Указам Прэзідэнта Рэспублікі Беларусь № 200.",
                "Каб звярнуцца, як правіла, патрэбны дакумент, які сведчыць асобу, і заява; для некаторых працэдур патрабуюцца дадатковыя дакументы або ўнясенне платы. Калі неабходныя звесткі ад іншых дзяржаўных органаў, спецыялісты «аднаго акна» запытваюць іх самастойна, і заяўніку не трэба збіраць іх самому.",
                "Тэрміны залежаць ад працэдуры: адны ажыццяўляюцца ў дзень звароту, іншыя — на працягу 15 дзён або месяца. Дакладны тэрмін, пералік дакументаў і памер платы па кожнай працэдуры можна ўдакладніць у спецыялістаў «аднаго акна» па тэлефоне або асабіста.",
                "Рэжым работы службы ўстаноўлены з улікам зручнасці жыхароў і размешчаны ў памяшканні службы і на сайце. Рашэнне па адміністрацыйнай працэдуры можа быць абскарджана ў вышэйстаячы орган або ў суд.",
            ],
        },
    },
    {
        "slug": "contacts",
        "parent": None,
        "show_in_menus": True,
        "en": {
            "title": "Contacts",
            "intro": "How to reach the Osipovichi District Executive Committee.",
            "body": [
                "Postal address: 213760, Mogilev region, Osipovichi, Sumchenko street, 37.",
                "Reception: +375 2235 2-57-44. Press service: +375 2235 2-79-30. Hotline: +375 2235 2-68-82.",
                "E-mail: ispolkom@osipovichi.gov.by. Electronic appeals are submitted only through the national system обращения.бел.",
                "Working hours: Monday–Friday, 8:00–17:00, lunch break 13:00–14:00. Saturday and Sunday are days off.",
            ],
        },
        "ru": {
            "title": "Контакты",
            "intro": "Как связаться с Осиповичским районным исполнительным комитетом.",
            "body": [
                "Почтовый адрес: 213760, Могилевская область, г. Осиповичи, ул. Сумченко, 37.",
                "Приемная: +375 2235 2-57-44. Пресс-служба: +375 2235 2-79-30. Горячая линия: +375 2235 2-68-82.",
                "Электронная почта: ispolkom@osipovichi.gov.by. Электронные обращения подаются только через систему обращения.бел.",
                "Режим работы: понедельник–пятница, 8:00–17:00, обед 13:00–14:00. Суббота и воскресенье — выходные дни.",
            ],
        },
        "be": {
            "title": "Кантакты",
            "intro": "Як звязацца з Асіповіцкім раённым выканаўчым камітэтам.",
            "body": [
                "Паштовы адрас: 213760, Магілёўская вобласць, г. Асіповічы, вул. Сумчанкі, 37.",
                "Прыёмная: +375 2235 2-57-44. Прэс-служба: +375 2235 2-79-30. Гарачая лінія: +375 2235 2-68-82.",
                "Электронная пошта: ispolkom@osipovichi.gov.by. Электронныя звароты падаюцца толькі праз сістэму обращения.бел.",
                "Рэжым работы: панядзелак–пятніца, 8:00–17:00, абедзенны перапынак 13:00–14:00. Субота і нядзеля — выхадныя дні.",
            ],
        },
    },
    {
        "slug": "history",
        "parent": "about",
        "show_in_menus": True,
        "en": {
            "title": "History of the town",
            "intro": "Osipovichi grew from a small village into a town largely thanks to the railway.",
            "body": [
                "The settlement is first mentioned in written sources in the 16th century, when it was a small village in the Grand Duchy of Lithuania. For centuries its inhabitants lived by farming, forest trades and crafts, and the surrounding lands changed owners more than once.",
                "The turning point came in the 1870s, when the Libava–Romny railway was laid through the area and a station was built here. The railway attracted workers, traders and craftsmen, and a settlement with a depot, warehouses and sawmills grew up around the station.",
                "In the 20th century Osipovichi became the centre of a district and later received the status of a town. During the Great Patriotic War the town was occupied, and its railway junction became a target of partisan operations; the district was liberated in the summer of 1944.",
                "After the war the town was rebuilt, and new enterprises, schools, hospitals and residential areas appeared. Today Osipovichi is a modern district centre that keeps the memory of its past alive in its monuments and memorials.",
            ],
        },
        "ru": {
            "title": "История города",
            "intro": "Осиповичи выросли из небольшой деревни в город во многом благодаря железной дороге.",
            "body": [
                "Поселение впервые упоминается в письменных источниках в XVI веке, когда оно было небольшой деревней в составе Великого княжества Литовского. На протяжении столетий его жители занимались земледелием, лесными промыслами и ремеслами, а окрестные земли не раз меняли владельцев.",
                "Переломными стали 1870-е годы, когда через эти места проложили Либаво-Роменскую железную дорогу и построили станцию. Железная дорога привлекла рабочих, торговцев и ремесленников, и вокруг станции вырос поселок с депо, складами и лесопилками.",
                "В XX веке Осиповичи стали центром района, а позднее получили статус города. В годы Великой Отечественной войны город был оккупирован, а железнодорожный узел стал объектом операций партизан; район освобожден летом 1944 года.",
                "После войны город восстановили, в нем появились новые предприятия, школы, больницы и жилые кварталы. Сегодня Осиповичи — современный районный центр, который хранит память о своем прошлом в памятниках и мемориалах.",
            ],
        },
        "be": {
            "title": "Гісторыя горада",
            "intro": "Асіповічы выраслі з невялікай вёскі ў горад шмат у чым дзякуючы чыгунцы.",
            "body": [
                "Паселішча ўпершыню згадваецца ў пісьмовых крыніцах у XVI стагоддзі, калі яно было невялікай вёскай у складзе Вялікага Княства Літоўскага. На працягу стагоддзяў яго жыхары займаліся земляробствам, ляснымі промысламі і рамёствамі, а навакольныя землі не раз мянялі ўладальнікаў.",
                "Пераломнымі сталі 1870-я гады, калі праз гэтыя мясціны праклалі Лібава-Роменскую чыгунку і пабудавалі станцыю. Чыгунка прыцягнула рабочых, гандляроў і рамеснікаў, і вакол станцыі вырас пасёлак з дэпо, складамі і лесапільнямі.",
                "У XX стагоддзі Асіповічы сталі цэнтрам раёна, а пазней атрымалі статус горада. У гады Вялікай Айчыннай вайны горад быў акупаваны, а чыгуначны вузел стаў аб'ектам аперацый партызан; раён вызвалены летам 1944 года.",
                "Пасля вайны горад аднавілі, у ім з'явіліся новыя прадпрыемствы, школы, бальніцы і жылыя кварталы. Сёння Асіповічы — сучасны раённы цэнтр, які захоўвае памяць пра сваё мінулае ў помніках і мемарыялах.",
            ],
        },
    },
    {
        "slug": "economy",
        "parent": "about",
        "show_in_menus": True,
        "en": {
            "title": "Economy",
            "intro": "The district's economy combines industrial enterprises, the processing of local raw materials and agricultural production.",
            "body": [
                "Industry is the largest sector of the district's economy. Enterprises in Osipovichi produce car units and components for machinery as well as building materials, and they process timber into sawn wood, furniture parts and fuel.",
                "Forests are one of the district's main natural resources. The forestry enterprise carries out planting, forest care and felling, and local companies use the timber to make building materials, pallets and wood fuel.",
                "The district's agricultural enterprises grow grain, rapeseed, maize and potatoes and produce milk and meat. Dairy complexes are being modernised, and the farms are introducing resource-saving technologies.",
                "The district is open to investors: free land plots and unused premises are on offer, and the location at a railway junction near the Minsk–Gomel highway makes logistics convenient. Information on investment proposals is available from the economy department of the district executive committee.",
            ],
        },
        "ru": {
            "title": "Экономика",
            "intro": "Экономика района объединяет промышленные предприятия, переработку местного сырья и сельскохозяйственное производство.",
            "body": [
                "Промышленность — крупнейшая отрасль экономики района. Предприятия Осиповичей выпускают автомобильные агрегаты и узлы для техники, строительные материалы, а также перерабатывают древесину в пиломатериалы, детали для мебели и топливо.",
                "Леса — одно из главных природных богатств района. Лесхоз ведет посадку, уход за лесом и рубки, а местные предприятия используют древесину для производства строительных материалов, поддонов и древесного топлива.",
                "Сельскохозяйственные предприятия района выращивают зерновые, рапс, кукурузу и картофель, производят молоко и мясо. Молочно-товарные комплексы модернизируются, в хозяйствах внедряются ресурсосберегающие технологии.",
                "Район открыт для инвесторов: предлагаются свободные земельные участки и неиспользуемые помещения, а расположение на железнодорожном узле вблизи трассы Минск — Гомель делает логистику удобной. Информацию об инвестиционных предложениях можно получить в отделе экономики райисполкома.",
            ],
        },
        "be": {
            "title": "Эканоміка",
            "intro": "Эканоміка раёна спалучае прамысловыя прадпрыемствы, перапрацоўку мясцовай сыравіны і сельскагаспадарчую вытворчасць.",
            "body": [
                "Прамысловасць — найбуйнейшая галіна эканомікі раёна. Прадпрыемствы Асіповіч выпускаюць аўтамабільныя агрэгаты і вузлы для тэхнікі, будаўнічыя матэрыялы, а таксама перапрацоўваюць драўніну ў піламатэрыялы, дэталі для мэблі і паліва.",
                "Лясы — адно з галоўных прыродных багаццяў раёна. Лясгас вядзе пасадку, догляд лесу і высечкі, а мясцовыя прадпрыемствы выкарыстоўваюць драўніну для вытворчасці будаўнічых матэрыялаў, паддонаў і драўнянага паліва.",
                "Сельскагаспадарчыя прадпрыемствы раёна вырошчваюць збожжавыя, рапс, кукурузу і бульбу, вырабляюць малако і мяса. Малочнатаварныя комплексы мадэрнізуюцца, у гаспадарках укараняюцца рэсурсашчадныя тэхналогіі.",
                "Раён адкрыты для інвестараў: прапануюцца вольныя зямельныя ўчасткі і невыкарыстоўваныя памяшканні, а размяшчэнне на чыгуначным вузле паблізу трасы Мінск — Гомель робіць лагістыку зручнай. Інфармацыю пра інвестыцыйныя прапановы можна атрымаць у аддзеле эканомікі райвыканкама.",
            ],
        },
    },
]
