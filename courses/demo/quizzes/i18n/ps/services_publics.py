"""Pashto translation of the quizzes of theme 7: Les services publics en ligne (demo content)."""

QUIZZES = {
    "se-connecter-avec-franceconnect": [
        {
            "prompt": "FranceConnect څه شی دی؟",
            "alt": "",
            "choices": [
                {
                    "text": "یوه تڼۍ چې په هغې یوې دولتي ویب پاڼې ته ننوځئ، د هغه حساب په مرسته چې مخکې یې لرئ.",
                    "feedback": "هو. د FranceConnect په مرسته، لږ پټنومونه په یاد ساتئ.",
                },
                {
                    "text": "یو نوی حساب، له نوي پټنوم سره.",
                    "feedback": "نه. FranceConnect نوی حساب نه دی. تاسو هغه حساب کاروئ چې مخکې یې لرئ.",
                },
                {
                    "text": "د کار د لټولو لپاره یوه ویب پاڼه.",
                    "feedback": "نه. د کار د لټولو لپاره France Travail دی. FranceConnect د ننوتلو یوه تڼۍ ده.",
                },
            ],
        },
        {
            "prompt": "په «S'identifier avec FranceConnect» تڼۍ ګوته ووهئ.",
            "alt": "د caf.fr ویب پاڼې د ننوتلو پاڼه: "
            "د Identifiant او Mot de passe خانې، د Se connecter تڼۍ، بیا لاندې یوه تیاره تڼۍ.",
            "feedback_correct": "هو. دا تڼۍ د ننوتلو په پاڼه کې ده، د خانو لاندې.",
            "feedback_wrong": "دا هغه تڼۍ نه ده. تیاره تڼۍ «S'identifier avec FranceConnect» ولټوئ، د خانو لاندې.",
        },
        {
            "prompt": "د FranceConnect په مرسته کوم حسابونه کارولای شئ؟ (څو ځوابونه سم دي.)",
            "alt": "",
            "choices": [
                {
                    "text": "ستاسو د ameli حساب",
                    "feedback": "هو. همغه identifiant (د ننوتلو نوم) او همغه پټنوم کاروئ.",
                },
                {
                    "text": "ستاسو د impots.gouv.fr حساب",
                    "feedback": "هو. همغه identifiant (د ننوتلو نوم) او همغه پټنوم کاروئ.",
                },
                {
                    "text": "یو بالکل نوی حساب، چې په FranceConnect کې جوړ شوی",
                    "feedback": "نه. FranceConnect حساب نه جوړوي. باید مخکې یو حساب ولرئ.",
                },
            ],
        },
        {
            "prompt": "تاسو په یو ګډ کمپیوټر کار کوئ (نور خلک یې هم کاروي). "
            "براوزر وړاندیز کوي چې ستاسو پټنوم خوندي کړي. تاسو یې منئ.",
            "alt": "",
            "feedback_correct": "آفرین. په ګډ کمپیوټر کې تل یې رد کړئ. "
            "په پای کې، له خپل حساب څخه ووځئ او براوزر بند کړئ.",
            "feedback_wrong": "په حقیقت کې، دا سمه نه ده. په ګډ کمپیوټر کې تل یې رد کړئ. "
            "بل کس کولای شي ستاسو حساب پرانیزي.",
        },
        {
            "prompt": "په دولتي ویب پاڼه کې مو کار خلاص شو. په کومه تڼۍ کلیک کوئ؟",
            "answers": [
                "Se déconnecter",
                "déconnecter",
                "déconnexion",
                "se déconecter",
                "déconecter",
            ],
            "feedback_correct": "هو. په «Se déconnecter» (وتل) کلیک وکړئ. په ګډ کمپیوټر کې براوزر هم بند کړئ.",
            "feedback_wrong": "سم ځواب دا دی: Se déconnecter. دا تڼۍ ډېری وخت د پاڼې په پورتنۍ برخه کې وي.",
        },
    ],
    "mon-compte-ameli": [
        {
            "prompt": "د Assurance Maladie (روغتیا بیمې) لپاره پوښتنه لرئ. کومې شمېرې ته زنګ وهئ؟",
            "answers": [
                "3646",
                "36 46",
                "36-46",
                "36.46",
            ],
            "feedback_correct": "هو. 3646 د Assurance Maladie شمېره ده.",
            "feedback_wrong": "سم ځواب دا دی: 3646. دا د Assurance Maladie شمېره ده.",
        },
        {
            "prompt": "تاسو د لومړي ځل لپاره ameli ته ننوځئ. لنډمهاله کوډ څنګه ترلاسه کوئ؟",
            "alt": "",
            "choices": [
                {
                    "text": "د پوستې په لیک کې، خپل کور ته.",
                    "feedback": "هو. ستاسو نوم باید د لیکونو په بکس لیکل شوی وي. که نه، لیک نه رسېږي.",
                },
                {
                    "text": "په SMS کې، سمدستي.",
                    "feedback": "نه. لنډمهاله کوډ د پوستې په لیک کې ستاسو کور ته راځي.",
                },
                {
                    "text": "ستاسو په carte Vitale لیکل شوی دی.",
                    "feedback": "نه. په carte Vitale ستاسو د ټولنیز امنیت شمېره (numéro de sécurité sociale) ده. "
                    "لنډمهاله کوډ د پوستې په لیک کې راځي.",
                },
            ],
        },
        {
            "prompt": "په خپل ameli حساب کې څه کولای شئ؟ (څو ځوابونه سم دي.)",
            "alt": "",
            "choices": [
                {
                    "text": "هغه پیسې وګورئ چې تاسو ته بېرته درکړل شوې (remboursements).",
                    "feedback": "هو. تاسو وینئ چې Assurance Maladie تاسو ته څه بېرته درکوي.",
                },
                {
                    "text": "خپل attestation de droits (د حقونو تصدیق لیک) ډاونلوډ کړئ.",
                    "feedback": "هو. دا یو PDF فایل دی. روغتون یا ډاکټر کېدای شي دا وغواړي.",
                },
                {
                    "text": "د Complémentaire santé solidaire (CSS) غوښتنه وکړئ.",
                    "feedback": "هو. پوښتنو ته ځواب ورکوئ، بیا غوښتنه لېږئ.",
                },
                {
                    "text": "هره میاشت د France Travail لپاره خپل حالت تازه کړئ.",
                    "feedback": "نه. حالت تازه کول ستاسو د France Travail په شخصي حساب کې کېږي.",
                },
            ],
        },
        {
            "prompt": "یو SMS له تاسو غواړي چې د خپل carte Vitale لپاره پیسې ورکړئ. دا درغلي ده.",
            "alt": "",
            "feedback_correct": "هو، دا سمه ده. carte Vitale وړیا ده. هېڅ پیسې مه ورکوئ.",
            "feedback_wrong": "په حقیقت کې، دا سمه ده. carte Vitale وړیا ده. "
            "هغه پیغام چې د carte Vitale لپاره پیسې غواړي، درغلي ده.",
        },
        {
            "prompt": "د ameli په حساب کې، په هغه برخه ګوته ووهئ چې بېرته درکړل شوې پیسې پکې وینئ.",
            "alt": "یو ټیلیفون د ameli حساب ښيي، چې درې برخې لري: Remboursements، Documents او Messages.",
            "feedback_correct": "هو. دلته د خپلې درملنې بېرته درکړل شوې پیسې وینئ.",
            "feedback_wrong": "دا هغه برخه نه ده. د «Remboursements» برخه ولټوئ، چې د € نښه لري.",
        },
    ],
}
