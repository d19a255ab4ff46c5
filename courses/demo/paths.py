"""The demo learning path, in French and in every other language."""

FIRST_PATH = {
    "slug": "premiers-pas-numeriques",
    "title": "Premiers pas numériques",
    "intro": "Pour commencer : l'ordinateur, la souris, la clé USB et votre adresse e-mail.",
    "modules": [
        ("ordinateur", "allumer-se-connecter-eteindre"),
        ("souris", "tenir-la-souris-et-cliquer"),
        ("cle-usb", "brancher-la-cle-et-ouvrir-ses-fichiers"),
        ("email", "creer-son-adresse"),
    ],
}

FIRST_PATH_TRANSLATIONS = {
    "en": {
        "Premiers pas numériques": "First digital steps",
        "Pour commencer : l'ordinateur, la souris, la clé USB et votre adresse e-mail.": (
            "To begin: the computer, the mouse, the USB key and your email address."
        ),
    },
    "ar": {
        "Premiers pas numériques": "الخطوات الرقمية الأولى",
        "Pour commencer : l'ordinateur, la souris, la clé USB et votre adresse e-mail.": (
            "للبداية: الحاسوب، والفأرة، ومفتاح USB، وعنوان بريدك الإلكتروني."
        ),
    },
    "prs": {
        "Premiers pas numériques": "نخستین قدم‌های دیجیتال",
        "Pour commencer : l'ordinateur, la souris, la clé USB et votre adresse e-mail.": (
            "برای شروع: کمپیوتر، ماوس، فلش USB و آدرس ایمیل شما."
        ),
    },
    "ps": {
        "Premiers pas numériques": "لومړني ډیجیټل ګامونه",
        "Pour commencer : l'ordinateur, la souris, la clé USB et votre adresse e-mail.": (
            "د پیل لپاره: کمپیوټر، موږک، USB کیلي او ستاسو برېښنالیک پته."
        ),
    },
    "ti": {
        "Premiers pas numériques": "ቀዳሞት ዲጂታላዊ ስጉምትታት",
        "Pour commencer : l'ordinateur, la souris, la clé USB et votre adresse e-mail.": (
            "ንምጅማር፡ ኮምፒተር፡ ማውስ፡ USB ፍላሽን ናይ ኢመይል ኣድራሻኹምን።"
        ),
    },
    "uk": {
        "Premiers pas numériques": "Перші цифрові кроки",
        "Pour commencer : l'ordinateur, la souris, la clé USB et votre adresse e-mail.": (
            "Для початку: комп'ютер, миша, USB-флешка та ваша електронна адреса."
        ),
    },
    "ru": {
        "Premiers pas numériques": "Первые цифровые шаги",
        "Pour commencer : l'ordinateur, la souris, la clé USB et votre adresse e-mail.": (
            "Для начала: компьютер, мышь, USB-флешка и ваш адрес электронной почты."
        ),
    },
}
