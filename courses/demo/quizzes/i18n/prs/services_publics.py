"""Dari (prs) translation of the quizzes of theme 7: Les services publics en ligne (demo content)."""

QUIZZES = {
    "se-connecter-avec-franceconnect": [
        {
            "prompt": "FranceConnect چیست؟",
            "alt": "",
            "choices": [
                {
                    "text": "یک دکمه برای داخل شدن به یک ویب‌سایت دولتی، با حسابی که از پیش دارید.",
                    "feedback": "بلی. با FranceConnect، رمزهای کمتری را باید به یاد داشته باشید.",
                },
                {
                    "text": "یک حساب نو، با یک رمز نو.",
                    "feedback": "نه. FranceConnect یک حساب نو نیست. شما از حسابی استفاده می‌کنید که از پیش دارید.",
                },
                {
                    "text": "یک ویب‌سایت برای جستجوی کار.",
                    "feedback": "نه. برای جستجوی کار، France Travail است. FranceConnect یک دکمه برای داخل شدن است.",
                },
            ],
        },
        {
            "prompt": "دکمه «S'identifier avec FranceConnect» (داخل شدن با FranceConnect) را لمس کنید.",
            "alt": "صفحه داخل شدن ویب‌سایت caf.fr: "
            "خانه‌های «Identifiant» (نام کاربری) و «Mot de passe» (رمز)، دکمه «Se connecter» (داخل شدن)، بعد یک "
            "دکمه تیره در پایین.",
            "feedback_correct": "بلی. این دکمه در صفحه داخل شدن است، زیر خانه‌ها.",
            "feedback_wrong": "این دکمه نیست. دکمه تیره «S'identifier avec FranceConnect» را پیدا کنید، زیر خانه‌ها.",
        },
        {
            "prompt": "با FranceConnect، از کدام حساب‌ها می‌توانید استفاده کنید؟ (چند جواب درست است.)",
            "alt": "",
            "choices": [
                {
                    "text": "حساب ameli شما",
                    "feedback": "بلی. همان نام کاربری و همان رمز را استفاده می‌کنید.",
                },
                {
                    "text": "حساب impots.gouv.fr شما",
                    "feedback": "بلی. همان نام کاربری و همان رمز را استفاده می‌کنید.",
                },
                {
                    "text": "یک حساب کاملاً نو، که در FranceConnect ساخته شده است",
                    "feedback": "نه. FranceConnect حساب نمی‌سازد. باید از پیش یک حساب داشته باشید.",
                },
            ],
        },
        {
            "prompt": "در یک کمپیوتر مشترک هستید. براوزر پیشنهاد می‌کند که رمز شما را ذخیره کند. شما قبول می‌کنید.",
            "alt": "",
            "feedback_correct": "آفرین. در یک کمپیوتر مشترک، همیشه «نه» بگویید. در آخر، خارج شوید و براوزر را ببندید.",
            "feedback_wrong": "در حقیقت، این غلط است. در یک کمپیوتر مشترک، همیشه «نه» بگویید. "
            "یک شخص دیگر ممکن است حساب شما را باز کند.",
        },
        {
            "prompt": "کار شما در ویب‌سایت دولتی تمام شد. بالای کدام دکمه کلیک می‌کنید؟ (کلمهٔ فرانسوی را بنویسید.)",
            "answers": [
                "Se déconnecter",
                "déconnecter",
                "déconnexion",
                "se déconecter",
                "déconecter",
            ],
            "feedback_correct": "بلی. بالای «Se déconnecter» (خارج شدن) کلیک کنید. "
            "در یک کمپیوتر مشترک، براوزر را هم ببندید.",
            "feedback_wrong": "جواب درست: Se déconnecter (خارج شدن). این دکمه اکثراً در بالای صفحه است.",
        },
    ],
    "mon-compte-ameli": [
        {
            "prompt": "برای «Assurance Maladie» (بیمه صحی) سؤال دارید. به کدام شماره زنگ می‌زنید؟",
            "answers": [
                "3646",
                "36 46",
                "36-46",
                "۳۶۴۶",
            ],
            "feedback_correct": "بلی. 3646 شماره Assurance Maladie است.",
            "feedback_wrong": "جواب درست: 3646. این شماره Assurance Maladie است.",
        },
        {
            "prompt": "بار اول است که به ameli داخل می‌شوید. «code provisoire» (کود موقت) را چطور می‌گیرید؟",
            "alt": "",
            "choices": [
                {
                    "text": "با پست، در خانهٔ خود.",
                    "feedback": "بلی. نام شما باید روی صندوق پست باشد. اگر نه، نامه به شما نمی‌رسد.",
                },
                {
                    "text": "با SMS، فوراً.",
                    "feedback": "نه. کود موقت با پست، به خانهٔ شما می‌آید.",
                },
                {
                    "text": "روی carte Vitale شما نوشته شده است.",
                    "feedback": "نه. "
                    "روی carte Vitale، numéro de sécurité sociale (شماره بیمه اجتماعی) شما نوشته شده است. "
                    "کود موقت با پست می‌آید.",
                },
            ],
        },
        {
            "prompt": "در حساب ameli خود چه کارهایی می‌توانید بکنید؟ (چند جواب درست است.)",
            "alt": "",
            "choices": [
                {
                    "text": "دیدن بازپرداخت‌های خود.",
                    "feedback": "بلی. می‌بینید که Assurance Maladie چه پولی را به شما پس می‌دهد.",
                },
                {
                    "text": "دانلود کردن attestation de droits (تصدیق حقوق) خود.",
                    "feedback": "بلی. این یک فایل PDF است. شفاخانه یا یک داکتر ممکن است آن را بخواهد.",
                },
                {
                    "text": "درخواست کردن Complémentaire santé solidaire (CSS، بیمه تکمیلی صحی).",
                    "feedback": "بلی. به چند سؤال جواب می‌دهید، بعد درخواست را می‌فرستید.",
                },
                {
                    "text": "تازه کردن وضعیت خود در هر ماه برای France Travail.",
                    "feedback": "نه. تازه کردن وضعیت در حساب شخصی France Travail شما انجام می‌شود.",
                },
            ],
        },
        {
            "prompt": "یک SMS از شما می‌خواهد که برای carte Vitale خود پول بپردازید. این کلاهبرداری است.",
            "alt": "",
            "feedback_correct": "بلی، این درست است. carte Vitale رایگان است. هیچ پولی نپردازید.",
            "feedback_wrong": "در حقیقت، این درست است. carte Vitale رایگان است. "
            "پیامی که برای carte Vitale پول می‌خواهد، کلاهبرداری است.",
        },
        {
            "prompt": "در حساب ameli، بخشی را لمس کنید که بازپرداخت‌های خود را در آن می‌بینید.",
            "alt": "یک تیلفون حساب ameli را با سه بخش نشان می‌دهد: "
            "Remboursements (بازپرداخت‌ها)، Documents (اسناد) و Messages (پیام‌ها).",
            "feedback_correct": "بلی. این‌جا بازپرداخت‌های مصارف تداوی خود را می‌بینید.",
            "feedback_wrong": "این بخش نیست. بخش «Remboursements» (بازپرداخت‌ها) را پیدا کنید، با علامت €.",
        },
    ],
}
