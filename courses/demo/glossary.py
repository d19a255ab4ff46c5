"""Demo glossary: terms of the lessons with an easy definition, in French and every language."""

# Each "term" is written exactly as it appears in the step texts of the lessons (French, or the lesson translation
# of that language), so that courses.glossary.mark() can find it: the marker looks inside one piece of text between
# two tags, so "Le <b>mot de passe</b>" is found by "mot de passe" but not by "le mot de passe".

TERMS = [
    {
        "term": "la souris",
        "definition": "Le petit appareil que vous tenez dans la main. Il sert à montrer et à choisir sur l'écran.",
        "image": "souris/souris.svg",
        "translations": {
            "en": {
                "term": "the mouse",
                "definition": "The small device you hold in your hand. It is for pointing and choosing on the screen.",
            },
            "ar": {
                "term": "الفأرة",
                "definition": "الجهاز الصغير الذي تمسكونه بيدكم. يُستعمل للإشارة وللاختيار على الشاشة.",
            },
            "prs": {
                "term": "ماوس",
                "definition": "دستگاه کوچکی که در دست می‌گیرید. برای نشان دادن و انتخاب کردن روی صفحهٔ نمایش است.",
            },
            "ps": {
                "term": "موږک",
                "definition": "هغه کوچنۍ وسیله چې په لاس کې یې نیسئ. په سکرین کې د شیانو د ښودلو او ټاکلو لپاره ده.",
            },
            "ti": {
                "term": "ማውስ",
                "definition": "ብኢድኩም እትሕዝዎ ንእሽቶ መሳርሒ። ኣብ ስክሪን ንምምልካትን ንምምራጽን የገልግል።",
            },
            "uk": {
                "term": "миша",
                "definition": "Маленький пристрій, який ви тримаєте в руці. "
                "Він потрібен, щоб показувати й вибирати на екрані.",
            },
            "ru": {
                "term": "мышь",
                "definition": "Маленькое устройство, которое вы держите в руке. Оно нужно, чтобы показывать и выбирать "
                "на экране.",
            },
        },
    },
    {
        "term": "le clavier",
        "definition": "L'appareil avec des touches pour les lettres, les chiffres et les signes. "
        "Il sert à écrire sur l'ordinateur.",
        "image": "ordinateur/clavier-azerty.svg",
        "translations": {
            "en": {
                "term": "the keyboard",
                "definition": "The device with keys for letters, numbers and symbols. "
                "It is for typing on the computer.",
            },
            "ar": {
                "term": "لوحة المفاتيح",
                "definition": "الجهاز الذي فيه مفاتيح للحروف والأرقام والعلامات. يُستعمل للكتابة على الحاسوب.",
            },
            "prs": {
                "term": "کیبورد",
                "definition": "دستگاهی که کلیدهایی برای حرف‌ها، عددها و علامت‌ها دارد. برای نوشتن در کمپیوتر است.",
            },
            "ps": {
                "term": "کیبورډ",
                "definition": "هغه وسیله چې د تورو، عددونو او نښو لپاره تڼۍ لري. په کمپیوټر کې د لیکلو لپاره ده.",
            },
            "ti": {
                "term": "ኪቦርድ",
                "definition": "ንፊደላት፡ ቁጽርታትን ምልክታትን መልጎማት ዘለዎ መሳርሒ። ኣብ ኮምፒዩተር ንምጽሓፍ የገልግል።",
            },
            "uk": {
                "term": "клавіатура",
                "definition": "Пристрій із клавішами для літер, цифр і знаків. Він потрібен, щоб писати на комп’ютері.",
            },
            "ru": {
                "term": "клавиатура",
                "definition": "Устройство с клавишами для букв, цифр и знаков. Оно нужно, чтобы писать на компьютере.",
            },
        },
    },
    {
        "term": "l'écran",
        "definition": "La partie de l'ordinateur ou du téléphone qui montre les images et les textes.",
        "image": "ordinateur/parties.svg",
        "translations": {
            "en": {
                "term": "the screen",
                "definition": "The part of the computer or phone that shows pictures and text.",
            },
            "ar": {
                "term": "الشاشة",
                "definition": "جزء الحاسوب أو الهاتف الذي يعرض الصور والنصوص.",
            },
            "prs": {
                "term": "صفحهٔ نمایش",
                "definition": "بخشی از کمپیوتر یا تیلفون که تصویرها و نوشته‌ها را نشان می‌دهد.",
            },
            "ps": {
                "term": "سکرین",
                "definition": "د کمپیوټر یا ټیلیفون هغه برخه چې انځورونه او لیکنې ښيي.",
            },
            "ti": {
                "term": "ስክሪን",
                "definition": "ስእልታትን ጽሑፋትን ዘርኢ ክፋል ናይ ኮምፒዩተር ወይ ተሌፎን።",
            },
            "uk": {
                "term": "екран",
                "definition": "Частина комп’ютера чи телефону, яка показує зображення й тексти.",
            },
            "ru": {
                "term": "экран",
                "definition": "Часть компьютера или телефона, которая показывает изображения и тексты.",
            },
        },
    },
    {
        "term": "mot de passe",
        "definition": "Le mot secret qui ouvre votre session, votre boîte mail ou votre compte. "
        "Ne le donnez jamais à personne.",
        "image": "email/mot-de-passe.svg",
        "translations": {
            "en": {
                "term": "password",
                "definition": "The secret word that opens your session, your email account or another account. "
                "Never give it to anyone.",
            },
            "ar": {
                "term": "كلمة المرور",
                "definition": "الكلمة السرية التي تفتح جلستكم أو بريدكم الإلكتروني أو حسابكم. لا تعطوها لأي أحد أبدًا.",
            },
            "prs": {
                "term": "رمز",
                "definition": "کلمهٔ مخفی که حساب کاربری، صندوق ایمیل یا حساب‌های دیگر شما را باز می‌کند. "
                "هرگز آن را به کسی ندهید.",
            },
            "ps": {
                "term": "پټنوم",
                "definition": "هغه پټه کلمه چې ستاسو سېشن، ایمیل بکس یا حساب پرانیزي. هېڅکله یې هېچا ته مه ورکوئ.",
            },
            "ti": {
                "term": "መሕለፊ ቃል",
                "definition": "ንሰሽንኩም፡ ንሳጹን ኢመይልኩም ወይ ንኣካውንትኩም ዝኸፍት ምስጢራዊ ቃል። ንዝኾነ ሰብ ፈጺምኩም ኣይትሃብዎ።",
            },
            "uk": {
                "term": "пароль",
                "definition": "Таємне слово, яке відкриває ваш сеанс, поштову скриньку чи обліковий запис. "
                "Ніколи нікому його не давайте.",
            },
            "ru": {
                "term": "пароль",
                "definition": "Секретное слово, которое открывает ваш сеанс, почтовый ящик или аккаунт. "
                "Никогда никому его не давайте.",
            },
        },
    },
    {
        "term": "clé USB",
        "definition": "Une petite mémoire qui se branche sur l'ordinateur. "
        "Elle garde vos documents et tient dans votre poche.",
        "image": "cle-usb/a-quoi-sert.svg",
        "translations": {
            "en": {
                "term": "USB stick",
                "definition": "A small memory that you plug into the computer. "
                "It keeps your documents and fits in your pocket.",
            },
            "ar": {
                "term": "ذاكرة USB",
                "definition": "جهاز تخزين صغير يُوصَل بالحاسوب. يحتفظ بمستنداتكم، ويدخل في جيبكم.",
            },
            "prs": {
                "term": "فلش USB",
                "definition": "یک حافظهٔ کوچک که به کمپیوتر وصل می‌شود. سندهای شما را نگه می‌دارد و در جیب شما جا می‌شود.",
            },
            "ps": {
                "term": "USB فلش",
                "definition": "یوه کوچنۍ حافظه چې په کمپیوټر پورې لګول کېږي. ستاسو اسناد ساتي او په جیب کې ځاییږي.",
            },
            "ti": {
                "term": "ፍላሽ",
                "definition": "ኣብ ኮምፒዩተር ዝኣቱ ንእሽቶ መኽዘን። ሰነዳትኩም ይዕቅብ፡ ኣብ ጁባኹም'ውን ይኣቱ።",
            },
            "uk": {
                "term": "флешка",
                "definition": "Маленька пам’ять, яку вставляють у комп’ютер. "
                "Вона зберігає ваші документи й поміщається в кишені.",
            },
            "ru": {
                "term": "флешка",
                "definition": "Маленькая память, которую вставляют в компьютер. "
                "Она хранит ваши документы и помещается в кармане.",
            },
        },
    },
    {
        "term": "le pointeur",
        "definition": "La petite flèche sur l'écran. Elle bouge quand vous bougez la souris.",
        "image": "souris/pointeur.svg",
        "translations": {
            "en": {
                "term": "the pointer",
                "definition": "The small arrow on the screen. It moves when you move the mouse.",
            },
            "ar": {
                "term": "المؤشر",
                "definition": "السهم الصغير على الشاشة. يتحرك عندما تحرّكون الفأرة.",
            },
            "prs": {
                "term": "نشانگر",
                "definition": "تیر کوچک روی صفحهٔ نمایش. وقتی ماوس را حرکت می‌دهید، این تیر هم حرکت می‌کند.",
            },
            "ps": {
                "term": "پوینټر",
                "definition": "په سکرین کې کوچنی غشی. کله چې موږک خوځوئ، دا غشی هم خوځېږي.",
            },
            "ti": {
                "term": "መመልከቲ",
                "definition": "ኣብ ስክሪን ዘሎ ንእሽቶ ፍላጻ። ማውስ ክተንቀሳቕሱ ከለኹም፡ ንሱ'ውን ይንቀሳቐስ።",
            },
            "uk": {
                "term": "вказівник",
                "definition": "Маленька стрілка на екрані. Вона рухається, коли ви рухаєте мишу.",
            },
            "ru": {
                "term": "указатель",
                "definition": "Маленькая стрелка на экране. Она двигается, когда вы двигаете мышь.",
            },
        },
    },
    {
        "term": "un double clic",
        "definition": "Deux clics très rapides sur le bouton gauche de la souris. "
        "Il ouvre une icône du bureau ou d'un dossier.",
        "image": "souris/double-clic.svg",
        "translations": {
            "en": {
                "term": "a double click",
                "definition": "Two very quick clicks on the left button of the mouse. "
                "It opens an icon on the desktop or in a folder.",
            },
            "ar": {
                "term": "نقرة مزدوجة",
                "definition": "نقرتان سريعتان جدًا على الزر الأيسر للفأرة. تفتح أيقونة على سطح المكتب أو في مجلد.",
            },
            "prs": {
                "term": "دوبار کلیک",
                "definition": "دو کلیک خیلی تیز روی دکمهٔ چپ ماوس. با آن یک آیکن روی دسکتاپ یا در یک فولدر باز می‌شود.",
            },
            "ps": {
                "term": "ډبل کلیک",
                "definition": "د موږک په کیڼه تڼۍ دوه ډېر چټک کلیکونه. "
                "په دې سره د ډیسکټاپ یا فولډر یو آیکون پرانیستل کېږي.",
            },
            "ti": {
                "term": "ድርብ ክሊክ",
                "definition": "ኣብ ጸጋማይ መልጎም ማውስ ክልተ ኣዝዮም ቅልጡፋት ክሊክ። ኣብ ቀንዲ ገጽ ወይ ኣብ ማህደር ዘሎ ኣይኮን ይኸፍት።",
            },
            "uk": {
                "term": "подвійне клацання",
                "definition": "Два дуже швидкі клацання лівою кнопкою миші. "
                "Воно відкриває значок на робочому столі чи в папці.",
            },
            "ru": {
                "term": "двойной клик",
                "definition": "Два очень быстрых клика левой кнопкой мыши. "
                "Он открывает значок на рабочем столе или в папке.",
            },
        },
    },
    {
        "term": "le bureau",
        "definition": "L'écran de départ de l'ordinateur. Vous le voyez quand votre session est ouverte.",
        "image": "ordinateur/bureau.svg",
        "translations": {
            "en": {
                "term": "the desktop",
                "definition": "The start screen of the computer. You see it when your session is open.",
            },
            "ar": {
                "term": "سطح المكتب",
                "definition": "شاشة البداية في الحاسوب. ترونها عندما تكون جلستكم مفتوحة.",
            },
            "prs": {
                "term": "دسکتاپ",
                "definition": "صفحهٔ شروع کمپیوتر. وقتی حساب کاربری شما باز است، آن را می‌بینید.",
            },
            "ps": {
                "term": "ډیسکټاپ",
                "definition": "د کمپیوټر د پیل سکرین. کله چې ستاسو سېشن پرانیستل شي، دا وینئ.",
            },
            "ti": {
                "term": "ቀንዲ ገጽ",
                "definition": "ናይ ኮምፒዩተር መጀመርታ ስክሪን። ሰሽንኩም ምስ ተኸፍተ ትርእይዎ።",
            },
            "uk": {
                "term": "робочий стіл",
                "definition": "Початковий екран комп’ютера. Ви бачите його, коли ваш сеанс відкрито.",
            },
            "ru": {
                "term": "рабочий стол",
                "definition": "Начальный экран компьютера. Вы видите его, когда ваш сеанс открыт.",
            },
        },
    },
    {
        "term": "une icône",
        "definition": "Un petit dessin sur l'écran. "
        "Avec un double clic, il ouvre un dossier, un document ou un programme.",
        "image": "ordinateur/bureau.svg",
        "translations": {
            "en": {
                "term": "an icon",
                "definition": "A small picture on the screen. With a double click, it opens a folder, a document "
                "or a program.",
            },
            "ar": {
                "term": "أيقونة",
                "definition": "رسم صغير على الشاشة. بنقرة مزدوجة، يفتح مجلدًا أو مستندًا أو برنامجًا.",
            },
            "prs": {
                "term": "آیکن",
                "definition": "یک تصویر کوچک روی صفحهٔ نمایش. "
                "با دوبار کلیک، یک فولدر، یک سند یا یک برنامه را باز می‌کند.",
            },
            "ps": {
                "term": "آیکون",
                "definition": "په سکرین کې یو کوچنی انځور. په ډبل کلیک سره یو فولډر، یو سند یا یو پروګرام پرانیزي.",
            },
            "ti": {
                "term": "ኣይኮን",
                "definition": "ኣብ ስክሪን ዘሎ ንእሽቶ ስእሊ። ብድርብ ክሊክ ማህደር፡ ሰነድ ወይ ፕሮግራም ይኸፍት።",
            },
            "uk": {
                "term": "значок",
                "definition": "Маленький малюнок на екрані. Подвійне клацання по ньому відкриває папку, документ "
                "або програму.",
            },
            "ru": {
                "term": "значок",
                "definition": "Маленькая картинка на экране. Двойной клик по нему открывает папку, документ "
                "или программу.",
            },
        },
    },
    {
        "term": "la fenêtre",
        "definition": "La partie de l'écran qui s'ouvre pour montrer un dossier, un document ou un programme. "
        "Pour la fermer, cliquez sur la croix X en haut à droite.",
        "image": "souris/entrainement.svg",
        "translations": {
            "en": {
                "term": "the window",
                "definition": "The part of the screen that opens to show a folder, a document or a program. "
                "To close it, click the cross X at the top right.",
            },
            "ar": {
                "term": "النافذة",
                "definition": "جزء من الشاشة يُفتح ليعرض مجلدًا أو مستندًا أو برنامجًا. "
                "لإغلاقها، انقروا على علامة X في الأعلى على اليمين.",
            },
            "prs": {
                "term": "پنجره",
                "definition": "بخشی از صفحهٔ نمایش که باز می‌شود و یک فولدر، یک سند یا یک برنامه را نشان می‌دهد. "
                "برای بستن آن، روی علامت X در بالا طرف راست کلیک کنید.",
            },
            "ps": {
                "term": "کړکۍ",
                "definition": "د سکرین هغه برخه چې پرانیستل کېږي او یو فولډر، سند یا پروګرام ښيي. "
                "د بندولو لپاره یې، په پورته ښي ګوټ کې په X چلیپا کلیک وکړئ.",
            },
            "ti": {
                "term": "መስኮት",
                "definition": "ማህደር፡ ሰነድ ወይ ፕሮግራም ንምርኣይ ዝኽፈት ክፋል ስክሪን። ንምዕጻዉ፡ ኣብ ላዕሊ የማን ዘሎ ምልክት X ክሊክ ግበሩ።",
            },
            "uk": {
                "term": "вікно",
                "definition": "Частина екрана, яка відкривається й показує папку, документ або програму. "
                "Щоб закрити вікно, клацніть хрестик X угорі праворуч.",
            },
            "ru": {
                "term": "окно",
                "definition": "Часть экрана, которая открывается и показывает папку, документ или программу. "
                "Чтобы закрыть окно, кликните на крестик X вверху справа.",
            },
        },
    },
    {
        "term": "le dossier",
        "definition": "Une boîte sur l'ordinateur pour ranger vos documents. Son icône est souvent jaune.",
        "image": "souris/ranger-document.svg",
        "translations": {
            "en": {
                "term": "the folder",
                "definition": "A box on the computer where you keep your documents. Its icon is often yellow.",
            },
            "ar": {
                "term": "المجلد",
                "definition": "صندوق في الحاسوب لترتيب مستنداتكم. أيقونته غالبًا صفراء.",
            },
            "prs": {
                "term": "فولدر",
                "definition": "یک جعبه در کمپیوتر برای جا دادن سندهای شما. آیکن آن اکثراً زرد است.",
            },
            "ps": {
                "term": "فولډر",
                "definition": "په کمپیوټر کې یو بکس، چې خپل اسناد پکې ساتئ. آیکون یې ډېری وخت ژیړ وي.",
            },
            "ti": {
                "term": "ማህደር",
                "definition": "ኣብ ኮምፒዩተር ሰነዳትኩም እተቐምጡሉ ሳጹን። ኣይኮኑ መብዛሕትኡ ግዜ ብጫ እዩ።",
            },
            "uk": {
                "term": "папку",
                "definition": "Наче коробка на комп’ютері: у ній зберігають документи. Її значок часто жовтий.",
            },
            "ru": {
                "term": "папку",
                "definition": "Как коробка на компьютере: в ней хранят документы. Её значок часто жёлтый.",
            },
        },
    },
    {
        "term": "une adresse mail",
        "definition": "Votre adresse sur Internet pour recevoir et envoyer des messages. "
        "Elle a toujours le signe @, par exemple amina.diallo@example.com.",
        "image": "email/choisir-adresse.svg",
        "translations": {
            "en": {
                "term": "an email address",
                "definition": "Your address on the Internet to receive and send messages. "
                "It always has the @ sign, for example amina.diallo@example.com.",
            },
            "ar": {
                "term": "عنوان بريد إلكتروني",
                "definition": "عنوانكم على الإنترنت لاستقبال الرسائل وإرسالها. "
                "فيه دائمًا العلامة @، مثلًا amina.diallo@example.com.",
            },
            "prs": {
                "term": "آدرس ایمیل",
                "definition": "آدرس شما در انترنت برای گرفتن و فرستادن پیام. "
                "همیشه علامت @ را دارد، مثلاً amina.diallo@example.com.",
            },
            "ps": {
                "term": "ایمیل پته",
                "definition": "په انټرنېټ کې ستاسو پته، د پیغامونو د ترلاسه کولو او لېږلو لپاره. "
                "تل د @ نښه لري، لکه amina.diallo@example.com.",
            },
            "ti": {
                "term": "ኣድራሻ ኢመይል",
                "definition": "መልእኽትታት ንምቕባልን ንምልኣኽን ናትኩም ኣድራሻ ኣብ ኢንተርነት። "
                "ኩሉ ግዜ ምልክት @ ኣለዎ፡ ንኣብነት amina.diallo@example.com።",
            },
            "uk": {
                "term": "електронна адреса",
                "definition": "Ваша адреса в інтернеті, щоб отримувати й надсилати листи. "
                "У ній завжди є знак @, наприклад amina.diallo@example.com.",
            },
            "ru": {
                "term": "адрес электронной почты",
                "definition": "Ваш адрес в интернете, чтобы получать и отправлять письма. "
                "В нём всегда есть знак @, например amina.diallo@example.com.",
            },
        },
    },
    {
        "term": "le port USB",
        "definition": "Le petit trou rectangulaire de l'ordinateur. Vous branchez la clé USB dans ce trou.",
        "image": "cle-usb/port-usb.svg",
        "translations": {
            "en": {
                "term": "the USB port",
                "definition": "The small rectangular hole on the computer. You plug the USB stick into this hole.",
            },
            "ar": {
                "term": "منفذ USB",
                "definition": "الفتحة الصغيرة المستطيلة في الحاسوب. تُدخلون ذاكرة USB في هذه الفتحة.",
            },
            "prs": {
                "term": "پورت USB",
                "definition": "سوراخ کوچک مستطیل‌شکل در کمپیوتر. فلش USB را در این سوراخ وصل می‌کنید.",
            },
            "ps": {
                "term": "USB پورټ",
                "definition": "په کمپیوټر کې کوچنی مستطیل سوری. USB فلش په دې سوري کې لګوئ.",
            },
            "ti": {
                "term": "መእተዊ USB",
                "definition": "ኣብ ኮምፒዩተር ዘሎ ኣርባዕተ ኩርናዕ ዘለዎ ንእሽቶ ነቓዕ። ፍላሽ ኣብዚ ነቓዕ ተእትውዎ።",
            },
            "uk": {
                "term": "USB-порт",
                "definition": "Маленький прямокутний отвір у комп’ютері. У цей отвір ви вставляєте флешку.",
            },
            "ru": {
                "term": "USB-порт",
                "definition": "Маленькое прямоугольное отверстие в компьютере. В это отверстие вы вставляете флешку.",
            },
        },
    },
    {
        "term": "le menu",
        "definition": "Une liste de choix qui s'ouvre sur l'écran, par exemple avec le bouton Démarrer "
        "ou un clic droit. Cliquez sur votre choix.",
        "image": "ordinateur/menu-demarrer.svg",
        "translations": {
            "en": {
                "term": "the menu",
                "definition": "A list of choices that opens on the screen, for example with the Démarrer (Start) "
                "button or a right click. Click your choice.",
            },
            "ar": {
                "term": "القائمة",
                "definition": "لائحة اختيارات تُفتح على الشاشة، مثلًا بزر Démarrer (ابدأ) أو بنقرة يمنى. "
                "انقروا على اختياركم.",
            },
            "prs": {
                "term": "مینو",
                "definition": "فهرستی از انتخاب‌ها که روی صفحهٔ نمایش باز می‌شود، مثلاً با دکمهٔ Démarrer (شروع) "
                "یا با کلیک راست. روی انتخاب خود کلیک کنید.",
            },
            "ps": {
                "term": "مېنو",
                "definition": "د انتخابونو لېست چې په سکرین کې پرانیستل کېږي، لکه د Démarrer (پیل) تڼۍ "
                "یا ښي کلیک سره. په خپل انتخاب کلیک وکړئ.",
            },
            "ti": {
                "term": "ሜኑ",
                "definition": "ኣብ ስክሪን ዝኽፈት ዝርዝር ምርጫታት፡ ንኣብነት ብመልጎም Démarrer (ጀምር) ወይ ብየማናይ ክሊክ። ኣብቲ ምርጫኹም ክሊክ ግበሩ።",
            },
            "uk": {
                "term": "меню",
                "definition": "Список варіантів, який відкривається на екрані, наприклад кнопкою Démarrer (Пуск) "
                "або клацанням правою кнопкою. Клацніть потрібний варіант.",
            },
            "ru": {
                "term": "меню",
                "definition": "Список вариантов, который открывается на экране, например кнопкой Démarrer («Пуск») "
                "или правым кликом. Кликните на нужный вариант.",
            },
        },
    },
]
