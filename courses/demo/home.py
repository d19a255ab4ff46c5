"""Demo content of the portal: the home page and the organisation, in French and their translations."""

HOME_FR = {
    "title": "Numerik'AIR",
    "tagline": "Le numérique pas à pas, dans ma langue.",
    "intro": (
        "<p>Des leçons courtes, avec des images. En français et dans votre langue. Pas besoin d'adresse e-mail.</p>"
    ),
}

# French source string -> translation, per language. Keys must be the French strings above, exactly
# as wagtail-localize extracts them (rich text paragraphs without their <p>).
HOME_TRANSLATIONS = {
    "en": {
        "Le numérique pas à pas, dans ma langue.": "Digital skills step by step, in my language.",
        "Des leçons courtes, avec des images. En français et dans votre langue. Pas besoin d'adresse e-mail.": (
            "Short lessons with pictures. In French and in your language. No email address needed."
        ),
    },
    "ar": {
        "Le numérique pas à pas, dans ma langue.": "المهارات الرقمية خطوة بخطوة، بلغتي.",
        "Des leçons courtes, avec des images. En français et dans votre langue. Pas besoin d'adresse e-mail.": (
            "دروس قصيرة مع صور. بالفرنسية وبلغتك. لا حاجة إلى بريد إلكتروني."
        ),
    },
    "prs": {
        "Le numérique pas à pas, dans ma langue.": "مهارت‌های دیجیتال قدم به قدم، به زبان من.",
        "Des leçons courtes, avec des images. En français et dans votre langue. Pas besoin d'adresse e-mail.": (
            "درس‌های کوتاه با تصویر. به زبان فرانسوی و به زبان شما. به ایمیل نیاز نیست."
        ),
    },
    "ps": {
        "Le numérique pas à pas, dans ma langue.": "ډیجیټل مهارتونه ګام په ګام، زما په ژبه.",
        "Des leçons courtes, avec des images. En français et dans votre langue. Pas besoin d'adresse e-mail.": (
            "لنډ لوستونه له انځورونو سره. په فرانسوي او ستاسو په ژبه. برېښنالیک ته اړتیا نشته."
        ),
    },
    "ti": {
        "Le numérique pas à pas, dans ma langue.": "ዲጂታላዊ ክእለት ስጉምቲ ብስጉምቲ፡ ብቋንቋይ።",
        "Des leçons courtes, avec des images. En français et dans votre langue. Pas besoin d'adresse e-mail.": (
            "ሓጸርቲ ትምህርትታት ምስ ስእልታት። ብፈረንሳይኛን ብቋንቋኹምን። ኢመይል ኣየድልን እዩ።"
        ),
    },
    "uk": {
        "Le numérique pas à pas, dans ma langue.": "Цифрові навички крок за кроком, моєю мовою.",
        "Des leçons courtes, avec des images. En français et dans votre langue. Pas besoin d'adresse e-mail.": (
            "Короткі уроки з малюнками. Французькою та вашою мовою. Електронна пошта не потрібна."
        ),
    },
    "ru": {
        "Le numérique pas à pas, dans ma langue.": "Цифровые навыки шаг за шагом, на моём языке.",
        "Des leçons courtes, avec des images. En français et dans votre langue. Pas besoin d'adresse e-mail.": (
            "Короткие уроки с картинками. На французском и на вашем языке. Электронная почта не нужна."
        ),
    },
}

ORGANISATION_FR = {
    "name": "AIR 77 – Groupe SOS Solidarités",
    "contact_text": "Une question ? Parlez à votre conseiller ou à votre formateur AIR 77 pendant la séance.",
}

ORGANISATION_TRANSLATIONS = {
    "en": {
        "Une question ? Parlez à votre conseiller ou à votre formateur AIR 77 pendant la séance.": (
            "A question? Talk to your AIR 77 adviser or trainer during the session."
        )
    },
    "ar": {
        "Une question ? Parlez à votre conseiller ou à votre formateur AIR 77 pendant la séance.": (
            "هل لديك سؤال؟ تحدّث إلى مستشارك أو مدرّبك في AIR 77 أثناء الجلسة."
        )
    },
    "prs": {
        "Une question ? Parlez à votre conseiller ou à votre formateur AIR 77 pendant la séance.": (
            "سؤال دارید؟ در وقت جلسه با مشاور یا استاد AIR 77 خود صحبت کنید."
        )
    },
    "ps": {
        "Une question ? Parlez à votre conseiller ou à votre formateur AIR 77 pendant la séance.": (
            "پوښتنه لرئ؟ د ناستې پر مهال د AIR 77 له خپل سلاکار یا ښوونکي سره خبرې وکړئ."
        )
    },
    "ti": {
        "Une question ? Parlez à votre conseiller ou à votre formateur AIR 77 pendant la séance.": (
            "ሕቶ ኣለኩም ድዩ? ኣብ እዋን ኣኼባ ንኣማኻሪኹም ወይ መምህርኹም ናይ AIR 77 ተዛረብዎ።"
        )
    },
    "uk": {
        "Une question ? Parlez à votre conseiller ou à votre formateur AIR 77 pendant la séance.": (
            "Є питання? Зверніться до свого консультанта чи тренера AIR 77 під час заняття."
        )
    },
    "ru": {
        "Une question ? Parlez à votre conseiller ou à votre formateur AIR 77 pendant la séance.": (
            "Есть вопрос? Обратитесь к своему консультанту или преподавателю AIR 77 во время занятия."
        )
    },
}
