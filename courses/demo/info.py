"""Demo content of the information pages (about, help, privacy, accessibility, useful contacts), in easy French,
and their translations.

`INFO_PAGES` lists the pages in menu order. Each body is a list of (block type, value) for the InfoPage body:
"heading" (plain text), "paragraph" (one <p>…</p>, plain text with optional <b>…</b>) and "contact" (name,
description, website, phone). Websites and phone numbers are the ones in shared/CONTENT.md; they are not
translated.

`INFO_TRANSLATIONS` maps each French string, exactly as wagtail-localize extracts it (paragraphs without their
<p>), to its translation in each language. Proper names (France Travail, ameli, CAF, ANEF, Reconnect, Emmaüs
Connect, AIR 77, Groupe SOS Solidarités, NUMERIK'AIR 77) and the French button labels stay in French, with their
meaning in brackets.

The privacy page describes the site as it is today: no account, no name or email asked, no advertising, no
statistics tool, no request to another site; the only things kept are the language (in the address and the
language setting) and, in the browser only, whether the French text is shown. Keep it true when this changes.
The accessibility page says "non conforme" because no RGAA audit has been done yet: update it after the audit.
"""

INFO_PAGES = [
    {
        "slug": "a-propos",
        "title": "À propos",
        "intro": "Numerik'AIR vous apprend le numérique, en français et dans votre langue.",
        "body": [
            ("heading", "Qui sommes-nous ?"),
            (
                "paragraph",
                "<p>Ce site fait partie du programme <b>NUMERIK'AIR 77</b>. AIR 77 – Accompagnement Itinérant des "
                "Réfugiés organise ce programme. AIR 77 fait partie du Groupe SOS Solidarités, en Seine-et-Marne.</p>",
            ),
            (
                "paragraph",
                "<p>Le programme aide les personnes réfugiées avec le numérique. Il aide à faire les démarches en "
                "ligne. Il aide aussi à trouver un travail et à apprendre le français.</p>",
            ),
            ("heading", "Les leçons"),
            ("paragraph", "<p>Les leçons sont courtes. Chaque leçon a des étapes avec des images.</p>"),
            (
                "paragraph",
                "<p>Vous lisez chaque étape dans votre langue et en français. Vous pouvez aussi écouter les "
                "étapes.</p>",
            ),
            (
                "paragraph",
                "<p>Les thèmes : l'ordinateur, la souris, la clé USB, la boîte mail, France Travail, le coffre-fort "
                "numérique, les services publics en ligne, le travail et la formation.</p>",
            ),
            ("paragraph", "<p>Le site est gratuit. Vous n'avez pas besoin de compte.</p>"),
            (
                "contact",
                {
                    "name": "Votre équipe AIR 77",
                    "description": (
                        "Une question ? Parlez à votre conseiller ou à votre formateur AIR 77 pendant la séance."
                    ),
                    "website": "",
                    "phone": "",
                },
            ),
        ],
    },
    {
        "slug": "aide",
        "title": "Aide",
        "intro": "Comment utiliser le site, pas à pas.",
        "body": [
            ("heading", "Choisir votre langue"),
            (
                "paragraph",
                "<p>Appuyez sur le bouton de langue, en haut de la page. Choisissez votre langue dans la liste. "
                "Le site change de langue.</p>",
            ),
            ("heading", "Suivre une leçon"),
            (
                "paragraph",
                "<p>Choisissez un thème, puis une leçon. La leçon montre une étape à la fois.</p>",
            ),
            (
                "paragraph",
                "<p>Appuyez sur <b>« Suivant »</b> pour aller à l'étape suivante. Appuyez sur <b>« Précédent »</b> "
                "pour revenir à l'étape d'avant.</p>",
            ),
            ("heading", "Écouter une étape"),
            (
                "paragraph",
                "<p>Sous le texte, cherchez <b>« Écouter »</b>. Appuyez pour entendre l'étape. Parfois, l'audio "
                "n'existe pas encore dans votre langue.</p>",
            ),
            ("heading", "Le texte en français"),
            (
                "paragraph",
                "<p>Chaque étape montre votre langue et le français. Vous pouvez afficher ou cacher le texte en "
                "français. Le site garde votre choix.</p>",
            ),
            ("heading", "Sur votre téléphone"),
            (
                "paragraph",
                "<p>Le site marche bien sur un téléphone. Il marche aussi sur un ordinateur ou une tablette. Il "
                "utilise peu de données internet.</p>",
            ),
            ("heading", "Besoin d'aide ?"),
            ("paragraph", "<p>Parlez à votre conseiller ou à votre formateur AIR 77.</p>"),
        ],
    },
    {
        "slug": "confidentialite",
        "title": "Confidentialité",
        "intro": "Ce que le site sait de vous : presque rien.",
        "body": [
            ("heading", "Pas de compte"),
            (
                "paragraph",
                "<p>Vous n'avez pas besoin de compte. Le site ne demande pas votre nom. Il ne demande pas votre "
                "adresse mail.</p>",
            ),
            ("heading", "Pas de publicité, pas de suivi"),
            (
                "paragraph",
                "<p>Le site n'a pas de publicité. Il n'utilise pas d'outil de statistiques. Il ne vous suit pas "
                "sur internet.</p>",
            ),
            (
                "paragraph",
                "<p>Les pages viennent seulement de ce site. Elles ne demandent rien à un autre site.</p>",
            ),
            (
                "paragraph",
                "<p>Sur la page « Contacts utiles », des liens ouvrent d'autres sites. Ces sites ont leurs propres "
                "règles.</p>",
            ),
            ("heading", "Ce que le site garde"),
            ("paragraph", "<p>Le site garde seulement votre choix de langue.</p>"),
            (
                "paragraph",
                "<p>Votre téléphone garde aussi un choix : afficher ou cacher le texte en français. Ce choix reste "
                "dans votre navigateur. Il ne part pas sur internet.</p>",
            ),
            ("heading", "Une question ?"),
            ("paragraph", "<p>Parlez à votre conseiller ou à votre formateur AIR 77.</p>"),
        ],
    },
    {
        "slug": "accessibilite",
        "title": "Accessibilité",
        "intro": "Le site veut être facile à utiliser pour tout le monde.",
        "body": [
            ("heading", "Ce que nous faisons"),
            ("paragraph", "<p>Le site est fait pour les téléphones. Les boutons sont grands.</p>"),
            (
                "paragraph",
                "<p>Chaque image a un texte qui la décrit. Vous pouvez écouter les étapes des leçons.</p>",
            ),
            (
                "paragraph",
                "<p>Le site marche aussi avec les langues écrites de droite à gauche : l'arabe, le dari et le "
                "pachto.</p>",
            ),
            ("paragraph", "<p>Les phrases sont courtes et simples.</p>"),
            ("heading", "État de conformité"),
            (
                "paragraph",
                "<p>Le RGAA est la règle française pour l'accessibilité des sites internet. Le site n'a pas encore "
                "de contrôle complet avec le RGAA.</p>",
            ),
            (
                "paragraph",
                "<p>Pour cette raison, le site est <b>non conforme</b> au RGAA pour le moment. Certaines pages "
                "peuvent encore poser problème.</p>",
            ),
            ("heading", "Signaler un problème"),
            (
                "paragraph",
                "<p>Vous ne pouvez pas utiliser une page ? Dites-le à votre conseiller ou à votre formateur. Nous "
                "cherchons une solution avec vous.</p>",
            ),
            (
                "paragraph",
                "<p>Vous n'avez pas de réponse ? Vous pouvez contacter le Défenseur des droits.</p>",
            ),
        ],
    },
    {
        "slug": "contacts-utiles",
        "title": "Contacts utiles",
        "intro": "Des services qui peuvent vous aider, avec leur site et leur téléphone.",
        "body": [
            (
                "paragraph",
                "<p>Vous ne savez pas quel service choisir ? Demandez à votre conseiller.</p>",
            ),
            (
                "paragraph",
                "<p><b>Attention</b> : un service public ne demande jamais votre mot de passe par e-mail ou par "
                "SMS. Il ne demande jamais non plus votre numéro de carte bancaire.</p>",
            ),
            ("heading", "Services publics"),
            (
                "contact",
                {
                    "name": "France Travail – emploi",
                    "description": (
                        "Pour chercher un travail ou une formation. Chaque mois, vous vous actualisez dans votre "
                        "espace personnel."
                    ),
                    "website": "https://www.francetravail.fr",
                    "phone": "3949",
                },
            ),
            (
                "contact",
                {
                    "name": "Assurance Maladie – ameli",
                    "description": (
                        "Pour vos frais de santé. Sur votre compte ameli, vous trouvez votre attestation de droits. "
                        "Vous pouvez aussi demander la Complémentaire santé solidaire."
                    ),
                    "website": "https://www.ameli.fr",
                    "phone": "3646",
                },
            ),
            (
                "contact",
                {
                    "name": "CAF – allocations familiales",
                    "description": (
                        "Pour les aides, comme le RSA ou la prime d'activité. Vous déclarez vos ressources tous les "
                        "trois mois."
                    ),
                    "website": "https://www.caf.fr",
                    "phone": "3230",
                },
            ),
            (
                "contact",
                {
                    "name": "Impôts – impots.gouv.fr",
                    "description": (
                        "Chaque printemps, vous déclarez vos revenus, même sans revenus. Ensuite, vous recevez un "
                        "avis d'impôt. On vous le demande pour un logement."
                    ),
                    "website": "https://www.impots.gouv.fr",
                    "phone": "",
                },
            ),
            (
                "contact",
                {
                    "name": "ANEF – titre de séjour",
                    "description": (
                        "Pour les démarches en ligne de votre titre de séjour. Vous pouvez suivre votre demande."
                    ),
                    "website": "https://administration-etrangers-en-france.interieur.gouv.fr",
                    "phone": "",
                },
            ),
            (
                "contact",
                {
                    "name": "Logement social",
                    "description": (
                        "Pour faire votre demande de logement social en ligne. Votre conseiller peut vous aider."
                    ),
                    "website": "https://www.demande-logement-social.gouv.fr",
                    "phone": "",
                },
            ),
            ("heading", "Associations"),
            (
                "contact",
                {
                    "name": "Reconnect – coffre-fort numérique",
                    "description": (
                        "Un coffre-fort numérique solidaire et gratuit. Vous gardez les photos de vos papiers en "
                        "sécurité. Vous ouvrez votre coffre-fort avec un travailleur social."
                    ),
                    "website": "",
                    "phone": "",
                },
            ),
            (
                "contact",
                {
                    "name": "Emmaüs Connect – matériel à petit prix",
                    "description": (
                        "Des téléphones et des ordinateurs remis en état, à petit prix. Des recharges solidaires "
                        "pour le téléphone et internet. Demandez à votre conseiller."
                    ),
                    "website": "",
                    "phone": "",
                },
            ),
        ],
    },
]

# French source string -> translation, per language. Keys are the French strings above, exactly as
# wagtail-localize extracts them (paragraphs without their <p>); websites and phone numbers are not translated.
INFO_TRANSLATIONS = {
    "en": {
        # À propos
        "À propos": "About",
        "Numerik'AIR vous apprend le numérique, en français et dans votre langue.": (
            "Numerik'AIR teaches you digital skills, in French and in your language."
        ),
        "Qui sommes-nous ?": "Who are we?",
        "Ce site fait partie du programme <b>NUMERIK'AIR 77</b>. AIR 77 – Accompagnement Itinérant des Réfugiés "
        "organise ce programme. AIR 77 fait partie du Groupe SOS Solidarités, en Seine-et-Marne.": (
            "This site is part of the <b>NUMERIK'AIR 77</b> programme. AIR 77 – Accompagnement Itinérant des "
            "Réfugiés (outreach support for refugees) runs this programme. AIR 77 is part of Groupe SOS "
            "Solidarités, in Seine-et-Marne."
        ),
        "Le programme aide les personnes réfugiées avec le numérique. Il aide à faire les démarches en ligne. Il "
        "aide aussi à trouver un travail et à apprendre le français.": (
            "The programme helps refugees with digital skills. It helps you do your paperwork online. It also "
            "helps you find work and learn French."
        ),
        "Les leçons": "The lessons",
        "Les leçons sont courtes. Chaque leçon a des étapes avec des images.": (
            "The lessons are short. Each lesson has steps with pictures."
        ),
        "Vous lisez chaque étape dans votre langue et en français. Vous pouvez aussi écouter les étapes.": (
            "You read each step in your language and in French. You can also listen to the steps."
        ),
        "Les thèmes : l'ordinateur, la souris, la clé USB, la boîte mail, France Travail, le coffre-fort "
        "numérique, les services publics en ligne, le travail et la formation.": (
            "The themes: the computer, the mouse, the USB key, email, France Travail, the digital safe, online "
            "public services, work and training."
        ),
        "Le site est gratuit. Vous n'avez pas besoin de compte.": "The site is free. You do not need an account.",
        "Votre équipe AIR 77": "Your AIR 77 team",
        "Une question ? Parlez à votre conseiller ou à votre formateur AIR 77 pendant la séance.": (
            "A question? Talk to your AIR 77 adviser or trainer during the session."
        ),
        # Aide
        "Aide": "Help",
        "Comment utiliser le site, pas à pas.": "How to use the site, step by step.",
        "Choisir votre langue": "Choose your language",
        "Appuyez sur le bouton de langue, en haut de la page. Choisissez votre langue dans la liste. Le site "
        "change de langue.": (
            "Press the language button at the top of the page. Choose your language in the list. The site changes "
            "language."
        ),
        "Suivre une leçon": "Follow a lesson",
        "Choisissez un thème, puis une leçon. La leçon montre une étape à la fois.": (
            "Choose a theme, then a lesson. The lesson shows one step at a time."
        ),
        "Appuyez sur <b>« Suivant »</b> pour aller à l'étape suivante. Appuyez sur <b>« Précédent »</b> pour "
        "revenir à l'étape d'avant.": (
            "Press <b>« Suivant »</b> (Next) to go to the next step. Press <b>« Précédent »</b> (Previous) to go "
            "back to the step before."
        ),
        "Écouter une étape": "Listen to a step",
        "Sous le texte, cherchez <b>« Écouter »</b>. Appuyez pour entendre l'étape. Parfois, l'audio n'existe pas "
        "encore dans votre langue.": (
            "Under the text, look for <b>« Écouter »</b> (Listen). Press it to hear the step. Sometimes there is "
            "no audio in your language yet."
        ),
        "Le texte en français": "The French text",
        "Chaque étape montre votre langue et le français. Vous pouvez afficher ou cacher le texte en français. Le "
        "site garde votre choix.": (
            "Each step shows your language and French. You can show or hide the French text. The site remembers "
            "your choice."
        ),
        "Sur votre téléphone": "On your phone",
        "Le site marche bien sur un téléphone. Il marche aussi sur un ordinateur ou une tablette. Il utilise peu "
        "de données internet.": (
            "The site works well on a phone. It also works on a computer or a tablet. It uses little internet data."
        ),
        "Besoin d'aide ?": "Need help?",
        "Parlez à votre conseiller ou à votre formateur AIR 77.": "Talk to your AIR 77 adviser or trainer.",
        # Confidentialité
        "Confidentialité": "Privacy",
        "Ce que le site sait de vous : presque rien.": "What the site knows about you: almost nothing.",
        "Pas de compte": "No account",
        "Vous n'avez pas besoin de compte. Le site ne demande pas votre nom. Il ne demande pas votre adresse mail.": (
            "You do not need an account. The site does not ask for your name. It does not ask for your email address."
        ),
        "Pas de publicité, pas de suivi": "No advertising, no tracking",
        "Le site n'a pas de publicité. Il n'utilise pas d'outil de statistiques. Il ne vous suit pas sur internet.": (
            "The site has no advertising. It uses no statistics tool. It does not follow you on the internet."
        ),
        "Les pages viennent seulement de ce site. Elles ne demandent rien à un autre site.": (
            "The pages come only from this site. They ask nothing from any other site."
        ),
        "Sur la page « Contacts utiles », des liens ouvrent d'autres sites. Ces sites ont leurs propres règles.": (
            "On the “Useful contacts” page, links open other sites. Those sites have their own rules."
        ),
        "Ce que le site garde": "What the site keeps",
        "Le site garde seulement votre choix de langue.": "The site keeps only your choice of language.",
        "Votre téléphone garde aussi un choix : afficher ou cacher le texte en français. Ce choix reste dans "
        "votre navigateur. Il ne part pas sur internet.": (
            "Your phone also keeps one choice: showing or hiding the French text. This choice stays in your "
            "browser. It is not sent over the internet."
        ),
        "Une question ?": "A question?",
        # Accessibilité
        "Accessibilité": "Accessibility",
        "Le site veut être facile à utiliser pour tout le monde.": "The site aims to be easy to use for everyone.",
        "Ce que nous faisons": "What we do",
        "Le site est fait pour les téléphones. Les boutons sont grands.": (
            "The site is made for phones. The buttons are large."
        ),
        "Chaque image a un texte qui la décrit. Vous pouvez écouter les étapes des leçons.": (
            "Each picture has a text that describes it. You can listen to the steps of the lessons."
        ),
        "Le site marche aussi avec les langues écrites de droite à gauche : l'arabe, le dari et le pachto.": (
            "The site also works with languages written from right to left: Arabic, Dari and Pashto."
        ),
        "Les phrases sont courtes et simples.": "The sentences are short and simple.",
        "État de conformité": "Compliance status",
        "Le RGAA est la règle française pour l'accessibilité des sites internet. Le site n'a pas encore de "
        "contrôle complet avec le RGAA.": (
            "The RGAA is the French standard for website accessibility. The site has not yet had a full RGAA check."
        ),
        "Pour cette raison, le site est <b>non conforme</b> au RGAA pour le moment. Certaines pages peuvent "
        "encore poser problème.": (
            "For this reason, the site is <b>not compliant</b> (non conforme) with the RGAA for now. Some pages "
            "may still cause problems."
        ),
        "Signaler un problème": "Report a problem",
        "Vous ne pouvez pas utiliser une page ? Dites-le à votre conseiller ou à votre formateur. Nous cherchons "
        "une solution avec vous.": (
            "You cannot use a page? Tell your adviser or your trainer. We look for a solution with you."
        ),
        "Vous n'avez pas de réponse ? Vous pouvez contacter le Défenseur des droits.": (
            "No answer? You can contact the Défenseur des droits (the French rights ombudsman)."
        ),
        # Contacts utiles
        "Contacts utiles": "Useful contacts",
        "Des services qui peuvent vous aider, avec leur site et leur téléphone.": (
            "Services that can help you, with their website and phone number."
        ),
        "Vous ne savez pas quel service choisir ? Demandez à votre conseiller.": (
            "You do not know which service to choose? Ask your adviser."
        ),
        "<b>Attention</b> : un service public ne demande jamais votre mot de passe par e-mail ou par SMS. Il ne "
        "demande jamais non plus votre numéro de carte bancaire.": (
            "<b>Warning</b>: a public service never asks for your password by email or by SMS. It never asks for "
            "your bank card number either."
        ),
        "Services publics": "Public services",
        "France Travail – emploi": "France Travail – employment",
        "Pour chercher un travail ou une formation. Chaque mois, vous vous actualisez dans votre espace personnel.": (
            "To look for a job or a training course. Every month, you update your situation (actualisation) in "
            "your personal space."
        ),
        "Assurance Maladie – ameli": "Assurance Maladie (health insurance) – ameli",
        "Pour vos frais de santé. Sur votre compte ameli, vous trouvez votre attestation de droits. Vous pouvez "
        "aussi demander la Complémentaire santé solidaire.": (
            "For your health costs. In your ameli account, you find your « attestation de droits » (proof of your "
            "health cover). You can also apply for the « Complémentaire santé solidaire » (extra health cover)."
        ),
        "CAF – allocations familiales": "CAF – family benefits",
        "Pour les aides, comme le RSA ou la prime d'activité. Vous déclarez vos ressources tous les trois mois.": (
            "For benefits such as the RSA or the « prime d'activité » (in-work bonus). You declare your income "
            "every three months."
        ),
        "Impôts – impots.gouv.fr": "Taxes – impots.gouv.fr",
        "Chaque printemps, vous déclarez vos revenus, même sans revenus. Ensuite, vous recevez un avis d'impôt. "
        "On vous le demande pour un logement.": (
            "Every spring, you declare your income, even if you have no income. Then you receive an « avis "
            "d'impôt » (tax notice). You are asked for it when you look for housing."
        ),
        "ANEF – titre de séjour": "ANEF – residence permit",
        "Pour les démarches en ligne de votre titre de séjour. Vous pouvez suivre votre demande.": (
            "For the online procedures for your residence permit. You can follow your application."
        ),
        "Logement social": "Social housing",
        "Pour faire votre demande de logement social en ligne. Votre conseiller peut vous aider.": (
            "To apply for social housing online. Your adviser can help you."
        ),
        "Associations": "Non-profit organisations",
        "Reconnect – coffre-fort numérique": "Reconnect – digital safe",
        "Un coffre-fort numérique solidaire et gratuit. Vous gardez les photos de vos papiers en sécurité. Vous "
        "ouvrez votre coffre-fort avec un travailleur social.": (
            "A free digital safe run by a solidarity association. You keep photos of your papers safe. You open "
            "your safe with a social worker."
        ),
        "Emmaüs Connect – matériel à petit prix": "Emmaüs Connect – low-cost equipment",
        "Des téléphones et des ordinateurs remis en état, à petit prix. Des recharges solidaires pour le "
        "téléphone et internet. Demandez à votre conseiller.": (
            "Refurbished phones and computers at a low price. Low-cost top-ups for your phone and internet. Ask "
            "your adviser."
        ),
    },
    "ar": {
        # À propos
        "À propos": "حول الموقع",
        "Numerik'AIR vous apprend le numérique, en français et dans votre langue.": (
            "يعلّمكم Numerik'AIR استخدام الأدوات الرقمية، بالفرنسية وبلغتكم."
        ),
        "Qui sommes-nous ?": "من نحن؟",
        "Ce site fait partie du programme <b>NUMERIK'AIR 77</b>. AIR 77 – Accompagnement Itinérant des Réfugiés "
        "organise ce programme. AIR 77 fait partie du Groupe SOS Solidarités, en Seine-et-Marne.": (
            "هذا الموقع جزء من برنامج <b>NUMERIK'AIR 77</b>. ينظّم هذا البرنامج فريق AIR 77 – Accompagnement "
            "Itinérant des Réfugiés (المرافقة المتنقّلة للاجئين). ينتمي AIR 77 إلى Groupe SOS Solidarités، في "
            "Seine-et-Marne."
        ),
        "Le programme aide les personnes réfugiées avec le numérique. Il aide à faire les démarches en ligne. Il "
        "aide aussi à trouver un travail et à apprendre le français.": (
            "يساعد البرنامج اللاجئين في استخدام الأدوات الرقمية. يساعد على القيام بالإجراءات الإدارية عبر الإنترنت. "
            "ويساعد أيضًا على إيجاد عمل وتعلّم الفرنسية."
        ),
        "Les leçons": "الدروس",
        "Les leçons sont courtes. Chaque leçon a des étapes avec des images.": (
            "الدروس قصيرة. في كل درس خطوات مع صور."
        ),
        "Vous lisez chaque étape dans votre langue et en français. Vous pouvez aussi écouter les étapes.": (
            "تقرؤون كل خطوة بلغتكم وبالفرنسية. يمكنكم أيضًا الاستماع إلى الخطوات."
        ),
        "Les thèmes : l'ordinateur, la souris, la clé USB, la boîte mail, France Travail, le coffre-fort "
        "numérique, les services publics en ligne, le travail et la formation.": (
            "المواضيع: الحاسوب، الفأرة، ذاكرة USB، البريد الإلكتروني، France Travail، الخزنة الرقمية، الخدمات "
            "العامة على الإنترنت، العمل والتدريب."
        ),
        "Le site est gratuit. Vous n'avez pas besoin de compte.": "الموقع مجاني. لا تحتاجون إلى حساب.",
        "Votre équipe AIR 77": "فريقكم في AIR 77",
        "Une question ? Parlez à votre conseiller ou à votre formateur AIR 77 pendant la séance.": (
            "هل لديكم سؤال؟ تحدّثوا إلى مستشاركم أو مدرّبكم في AIR 77 أثناء الجلسة."
        ),
        # Aide
        "Aide": "مساعدة",
        "Comment utiliser le site, pas à pas.": "كيف تستخدمون الموقع، خطوة بخطوة.",
        "Choisir votre langue": "اختيار لغتكم",
        "Appuyez sur le bouton de langue, en haut de la page. Choisissez votre langue dans la liste. Le site "
        "change de langue.": ("اضغطوا على زر اللغة، في أعلى الصفحة. اختاروا لغتكم من القائمة. يتغيّر الموقع إلى لغتكم."),
        "Suivre une leçon": "متابعة درس",
        "Choisissez un thème, puis une leçon. La leçon montre une étape à la fois.": (
            "اختاروا موضوعًا، ثم درسًا. يعرض الدرس خطوة واحدة في كل مرة."
        ),
        "Appuyez sur <b>« Suivant »</b> pour aller à l'étape suivante. Appuyez sur <b>« Précédent »</b> pour "
        "revenir à l'étape d'avant.": (
            "اضغطوا على <b>« Suivant »</b> (التالي) للانتقال إلى الخطوة التالية. اضغطوا على <b>« Précédent »</b> "
            "(السابق) للرجوع إلى الخطوة السابقة."
        ),
        "Écouter une étape": "الاستماع إلى خطوة",
        "Sous le texte, cherchez <b>« Écouter »</b>. Appuyez pour entendre l'étape. Parfois, l'audio n'existe pas "
        "encore dans votre langue.": (
            "تحت النص، ابحثوا عن <b>« Écouter »</b> (استمع). اضغطوا عليه لسماع الخطوة. أحيانًا لا يوجد الصوت بلغتكم بعد."
        ),
        "Le texte en français": "النص بالفرنسية",
        "Chaque étape montre votre langue et le français. Vous pouvez afficher ou cacher le texte en français. Le "
        "site garde votre choix.": (
            "كل خطوة تعرض لغتكم والفرنسية معًا. يمكنكم إظهار النص الفرنسي أو إخفاؤه. يحفظ الموقع اختياركم."
        ),
        "Sur votre téléphone": "على هاتفكم",
        "Le site marche bien sur un téléphone. Il marche aussi sur un ordinateur ou une tablette. Il utilise peu "
        "de données internet.": (
            "يعمل الموقع جيدًا على الهاتف. ويعمل أيضًا على الحاسوب أو الجهاز اللوحي. يستهلك القليل من بيانات الإنترنت."
        ),
        "Besoin d'aide ?": "تحتاجون إلى مساعدة؟",
        "Parlez à votre conseiller ou à votre formateur AIR 77.": "تحدّثوا إلى مستشاركم أو مدرّبكم في AIR 77.",
        # Confidentialité
        "Confidentialité": "الخصوصية",
        "Ce que le site sait de vous : presque rien.": "ما يعرفه الموقع عنكم: لا شيء تقريبًا.",
        "Pas de compte": "بدون حساب",
        "Vous n'avez pas besoin de compte. Le site ne demande pas votre nom. Il ne demande pas votre adresse mail.": (
            "لا تحتاجون إلى حساب. لا يطلب الموقع اسمكم. ولا يطلب عنوان بريدكم الإلكتروني."
        ),
        "Pas de publicité, pas de suivi": "لا إعلانات، ولا تتبّع",
        "Le site n'a pas de publicité. Il n'utilise pas d'outil de statistiques. Il ne vous suit pas sur internet.": (
            "لا توجد إعلانات في الموقع. لا يستخدم أي أداة إحصاءات. لا يتتبّعكم على الإنترنت."
        ),
        "Les pages viennent seulement de ce site. Elles ne demandent rien à un autre site.": (
            "الصفحات تأتي من هذا الموقع فقط. لا تطلب شيئًا من أي موقع آخر."
        ),
        "Sur la page « Contacts utiles », des liens ouvrent d'autres sites. Ces sites ont leurs propres règles.": (
            "في صفحة « جهات اتصال مفيدة »، توجد روابط تفتح مواقع أخرى. لهذه المواقع قواعدها الخاصة."
        ),
        "Ce que le site garde": "ما يحفظه الموقع",
        "Le site garde seulement votre choix de langue.": "يحفظ الموقع اختيار لغتكم فقط.",
        "Votre téléphone garde aussi un choix : afficher ou cacher le texte en français. Ce choix reste dans "
        "votre navigateur. Il ne part pas sur internet.": (
            "يحفظ هاتفكم أيضًا اختيارًا واحدًا: إظهار النص الفرنسي أو إخفاؤه. يبقى هذا الاختيار في متصفّحكم. لا "
            "يُرسَل عبر الإنترنت."
        ),
        "Une question ?": "هل لديكم سؤال؟",
        # Accessibilité
        "Accessibilité": "إمكانية الوصول",
        "Le site veut être facile à utiliser pour tout le monde.": "يريد الموقع أن يكون سهل الاستخدام للجميع.",
        "Ce que nous faisons": "ما نقوم به",
        "Le site est fait pour les téléphones. Les boutons sont grands.": "الموقع مصمَّم للهواتف. الأزرار كبيرة.",
        "Chaque image a un texte qui la décrit. Vous pouvez écouter les étapes des leçons.": (
            "لكل صورة نص يصفها. يمكنكم الاستماع إلى خطوات الدروس."
        ),
        "Le site marche aussi avec les langues écrites de droite à gauche : l'arabe, le dari et le pachto.": (
            "يعمل الموقع أيضًا مع اللغات التي تُكتب من اليمين إلى اليسار: العربية والدرية والبشتو."
        ),
        "Les phrases sont courtes et simples.": "الجمل قصيرة وبسيطة.",
        "État de conformité": "حالة المطابقة",
        "Le RGAA est la règle française pour l'accessibilité des sites internet. Le site n'a pas encore de "
        "contrôle complet avec le RGAA.": (
            "RGAA هو المعيار الفرنسي لإمكانية الوصول إلى المواقع الإلكترونية. لم يخضع الموقع بعد لفحص كامل وفق RGAA."
        ),
        "Pour cette raison, le site est <b>non conforme</b> au RGAA pour le moment. Certaines pages peuvent "
        "encore poser problème.": (
            "لهذا السبب، الموقع <b>غير مطابق</b> (non conforme) لمعيار RGAA حاليًا. ما زالت بعض الصفحات قد تسبّب مشاكل."
        ),
        "Signaler un problème": "الإبلاغ عن مشكلة",
        "Vous ne pouvez pas utiliser une page ? Dites-le à votre conseiller ou à votre formateur. Nous cherchons "
        "une solution avec vous.": ("لا تستطيعون استخدام صفحة؟ أخبروا مستشاركم أو مدرّبكم. نبحث معكم عن حل."),
        "Vous n'avez pas de réponse ? Vous pouvez contacter le Défenseur des droits.": (
            "لم تحصلوا على رد؟ يمكنكم التواصل مع Défenseur des droits (المدافع عن الحقوق)."
        ),
        # Contacts utiles
        "Contacts utiles": "جهات اتصال مفيدة",
        "Des services qui peuvent vous aider, avec leur site et leur téléphone.": (
            "خدمات يمكنها مساعدتكم، مع موقعها الإلكتروني ورقم هاتفها."
        ),
        "Vous ne savez pas quel service choisir ? Demandez à votre conseiller.": (
            "لا تعرفون أي خدمة تختارون؟ اسألوا مستشاركم."
        ),
        "<b>Attention</b> : un service public ne demande jamais votre mot de passe par e-mail ou par SMS. Il ne "
        "demande jamais non plus votre numéro de carte bancaire.": (
            "<b>انتبهوا</b>: الخدمة العامة لا تطلب أبدًا كلمة المرور عبر البريد الإلكتروني أو الرسائل القصيرة "
            "(SMS). ولا تطلب أبدًا رقم بطاقتكم البنكية."
        ),
        "Services publics": "الخدمات العامة",
        "France Travail – emploi": "France Travail – العمل",
        "Pour chercher un travail ou une formation. Chaque mois, vous vous actualisez dans votre espace personnel.": (
            "للبحث عن عمل أو تدريب. كل شهر، تحدّثون وضعكم (actualisation) في فضائكم الشخصي."
        ),
        "Assurance Maladie – ameli": "Assurance Maladie (التأمين الصحي) – ameli",
        "Pour vos frais de santé. Sur votre compte ameli, vous trouvez votre attestation de droits. Vous pouvez "
        "aussi demander la Complémentaire santé solidaire.": (
            "لمصاريفكم الصحية. في حساب ameli، تجدون « attestation de droits » (شهادة الحقوق). يمكنكم أيضًا طلب "
            "« Complémentaire santé solidaire » (التغطية الصحية التكميلية التضامنية)."
        ),
        "CAF – allocations familiales": "CAF – المنح العائلية",
        "Pour les aides, comme le RSA ou la prime d'activité. Vous déclarez vos ressources tous les trois mois.": (
            "للمساعدات مثل RSA أو « prime d'activité » (منحة النشاط). تصرّحون بمواردكم كل ثلاثة أشهر."
        ),
        "Impôts – impots.gouv.fr": "الضرائب – impots.gouv.fr",
        "Chaque printemps, vous déclarez vos revenus, même sans revenus. Ensuite, vous recevez un avis d'impôt. "
        "On vous le demande pour un logement.": (
            "كل ربيع، تصرّحون بدخلكم، حتى لو لم يكن لديكم دخل. بعد ذلك، تستلمون « avis d'impôt » (إشعار "
            "الضريبة). يُطلب منكم عند البحث عن سكن."
        ),
        "ANEF – titre de séjour": "ANEF – بطاقة الإقامة",
        "Pour les démarches en ligne de votre titre de séjour. Vous pouvez suivre votre demande.": (
            "للإجراءات عبر الإنترنت الخاصة ببطاقة إقامتكم. يمكنكم متابعة طلبكم."
        ),
        "Logement social": "السكن الاجتماعي",
        "Pour faire votre demande de logement social en ligne. Votre conseiller peut vous aider.": (
            "لتقديم طلب السكن الاجتماعي عبر الإنترنت. يمكن لمستشاركم مساعدتكم."
        ),
        "Associations": "الجمعيات",
        "Reconnect – coffre-fort numérique": "Reconnect – الخزنة الرقمية",
        "Un coffre-fort numérique solidaire et gratuit. Vous gardez les photos de vos papiers en sécurité. Vous "
        "ouvrez votre coffre-fort avec un travailleur social.": (
            "خزنة رقمية تضامنية ومجانية. تحفظون صور أوراقكم بأمان. تفتحون خزنتكم مع العامل الاجتماعي."
        ),
        "Emmaüs Connect – matériel à petit prix": "Emmaüs Connect – أجهزة بسعر منخفض",
        "Des téléphones et des ordinateurs remis en état, à petit prix. Des recharges solidaires pour le "
        "téléphone et internet. Demandez à votre conseiller.": (
            "هواتف وحواسيب مُجدَّدة، بسعر منخفض. شحن رصيد تضامني للهاتف والإنترنت. اسألوا مستشاركم."
        ),
    },
    "prs": {
        # À propos
        "À propos": "دربارهٔ ما",
        "Numerik'AIR vous apprend le numérique, en français et dans votre langue.": (
            "Numerik'AIR مهارت‌های دیجیتال را به زبان فرانسوی و به زبان خود شما یاد می‌دهد."
        ),
        "Qui sommes-nous ?": "ما کی هستیم؟",
        "Ce site fait partie du programme <b>NUMERIK'AIR 77</b>. AIR 77 – Accompagnement Itinérant des Réfugiés "
        "organise ce programme. AIR 77 fait partie du Groupe SOS Solidarités, en Seine-et-Marne.": (
            "این ویب‌سایت بخشی از برنامهٔ <b>NUMERIK'AIR 77</b> است. AIR 77 – Accompagnement Itinérant des "
            "Réfugiés (همراهی سیار پناهندگان) این برنامه را پیش می‌برد. AIR 77 بخشی از Groupe SOS Solidarités در "
            "Seine-et-Marne است."
        ),
        "Le programme aide les personnes réfugiées avec le numérique. Il aide à faire les démarches en ligne. Il "
        "aide aussi à trouver un travail et à apprendre le français.": (
            "این برنامه در بخش دیجیتال به پناهندگان کمک می‌کند. در انجام کارهای اداری در انترنت کمک می‌کند. "
            "همچنان در پیدا کردن کار و یاد گرفتن زبان فرانسوی کمک می‌کند."
        ),
        "Les leçons": "درس‌ها",
        "Les leçons sont courtes. Chaque leçon a des étapes avec des images.": (
            "درس‌ها کوتاه هستند. هر درس چند قدم با تصویر دارد."
        ),
        "Vous lisez chaque étape dans votre langue et en français. Vous pouvez aussi écouter les étapes.": (
            "شما هر قدم را به زبان خود و به فرانسوی می‌خوانید. همچنان می‌توانید به قدم‌ها گوش کنید."
        ),
        "Les thèmes : l'ordinateur, la souris, la clé USB, la boîte mail, France Travail, le coffre-fort "
        "numérique, les services publics en ligne, le travail et la formation.": (
            "موضوع‌ها: کمپیوتر، ماوس، فلش USB، ایمیل، France Travail، صندوق امن دیجیتال، خدمات دولتی در "
            "انترنت، کار و آموزش."
        ),
        "Le site est gratuit. Vous n'avez pas besoin de compte.": ("این ویب‌سایت رایگان است. به حساب نیاز ندارید."),
        "Votre équipe AIR 77": "تیم AIR 77 شما",
        "Une question ? Parlez à votre conseiller ou à votre formateur AIR 77 pendant la séance.": (
            "سؤال دارید؟ در وقت جلسه با مشاور یا استاد AIR 77 خود صحبت کنید."
        ),
        # Aide
        "Aide": "کمک",
        "Comment utiliser le site, pas à pas.": "چطور از ویب‌سایت استفاده کنید، قدم به قدم.",
        "Choisir votre langue": "زبان خود را انتخاب کنید",
        "Appuyez sur le bouton de langue, en haut de la page. Choisissez votre langue dans la liste. Le site "
        "change de langue.": (
            "دکمهٔ زبان را در بالای صفحه فشار دهید. زبان خود را از فهرست انتخاب کنید. زبان ویب‌سایت تغییر می‌کند."
        ),
        "Suivre une leçon": "یک درس را دنبال کنید",
        "Choisissez un thème, puis une leçon. La leçon montre une étape à la fois.": (
            "یک موضوع و بعد یک درس را انتخاب کنید. درس هر بار یک قدم را نشان می‌دهد."
        ),
        "Appuyez sur <b>« Suivant »</b> pour aller à l'étape suivante. Appuyez sur <b>« Précédent »</b> pour "
        "revenir à l'étape d'avant.": (
            "برای رفتن به قدم بعدی، <b>« Suivant »</b> (بعدی) را فشار دهید. برای برگشتن به قدم قبلی، "
            "<b>« Précédent »</b> (قبلی) را فشار دهید."
        ),
        "Écouter une étape": "به یک قدم گوش کنید",
        "Sous le texte, cherchez <b>« Écouter »</b>. Appuyez pour entendre l'étape. Parfois, l'audio n'existe pas "
        "encore dans votre langue.": (
            "زیر متن، <b>« Écouter »</b> (گوش کنید) را پیدا کنید. آن را فشار دهید تا قدم را بشنوید. گاهی صدا هنوز "
            "به زبان شما موجود نیست."
        ),
        "Le texte en français": "متن فرانسوی",
        "Chaque étape montre votre langue et le français. Vous pouvez afficher ou cacher le texte en français. Le "
        "site garde votre choix.": (
            "هر قدم زبان شما و فرانسوی را با هم نشان می‌دهد. می‌توانید متن فرانسوی را نشان دهید یا پنهان کنید. "
            "ویب‌سایت انتخاب شما را به یاد می‌دارد."
        ),
        "Sur votre téléphone": "در تیلفون شما",
        "Le site marche bien sur un téléphone. Il marche aussi sur un ordinateur ou une tablette. Il utilise peu "
        "de données internet.": (
            "ویب‌سایت در تیلفون خوب کار می‌کند. در کمپیوتر یا تبلت هم کار می‌کند. انترنت کم مصرف می‌کند."
        ),
        "Besoin d'aide ?": "به کمک نیاز دارید؟",
        "Parlez à votre conseiller ou à votre formateur AIR 77.": "با مشاور یا استاد AIR 77 خود صحبت کنید.",
        # Confidentialité
        "Confidentialité": "حریم خصوصی",
        "Ce que le site sait de vous : presque rien.": "آنچه ویب‌سایت دربارهٔ شما می‌داند: تقریباً هیچ چیز.",
        "Pas de compte": "بدون حساب",
        "Vous n'avez pas besoin de compte. Le site ne demande pas votre nom. Il ne demande pas votre adresse mail.": (
            "به حساب نیاز ندارید. ویب‌سایت نام شما را نمی‌پرسد. آدرس ایمیل شما را هم نمی‌پرسد."
        ),
        "Pas de publicité, pas de suivi": "بدون اعلان، بدون تعقیب",
        "Le site n'a pas de publicité. Il n'utilise pas d'outil de statistiques. Il ne vous suit pas sur internet.": (
            "ویب‌سایت اعلان تجارتی ندارد. از هیچ ابزار آمار استفاده نمی‌کند. شما را در انترنت تعقیب نمی‌کند."
        ),
        "Les pages viennent seulement de ce site. Elles ne demandent rien à un autre site.": (
            "صفحه‌ها فقط از همین ویب‌سایت می‌آیند. از هیچ ویب‌سایت دیگر چیزی نمی‌خواهند."
        ),
        "Sur la page « Contacts utiles », des liens ouvrent d'autres sites. Ces sites ont leurs propres règles.": (
            "در صفحهٔ «تماس‌های مفید»، لینک‌ها ویب‌سایت‌های دیگر را باز می‌کنند. آن ویب‌سایت‌ها قاعده‌های خود را دارند."
        ),
        "Ce que le site garde": "آنچه ویب‌سایت نگه می‌دارد",
        "Le site garde seulement votre choix de langue.": "ویب‌سایت فقط انتخاب زبان شما را نگه می‌دارد.",
        "Votre téléphone garde aussi un choix : afficher ou cacher le texte en français. Ce choix reste dans "
        "votre navigateur. Il ne part pas sur internet.": (
            "تیلفون شما یک انتخاب دیگر را هم نگه می‌دارد: نشان دادن یا پنهان کردن متن فرانسوی. این انتخاب در "
            "براوزر شما می‌ماند. به انترنت فرستاده نمی‌شود."
        ),
        "Une question ?": "سؤال دارید؟",
        # Accessibilité
        "Accessibilité": "دسترسی آسان",
        "Le site veut être facile à utiliser pour tout le monde.": (
            "ویب‌سایت می‌خواهد استفاده از آن برای همه آسان باشد."
        ),
        "Ce que nous faisons": "آنچه ما انجام می‌دهیم",
        "Le site est fait pour les téléphones. Les boutons sont grands.": (
            "ویب‌سایت برای تیلفون ساخته شده است. دکمه‌ها بزرگ هستند."
        ),
        "Chaque image a un texte qui la décrit. Vous pouvez écouter les étapes des leçons.": (
            "هر تصویر یک متن دارد که آن را شرح می‌دهد. می‌توانید به قدم‌های درس‌ها گوش کنید."
        ),
        "Le site marche aussi avec les langues écrites de droite à gauche : l'arabe, le dari et le pachto.": (
            "ویب‌سایت با زبان‌هایی که از راست به چپ نوشته می‌شوند هم کار می‌کند: عربی، دری و پشتو."
        ),
        "Les phrases sont courtes et simples.": "جمله‌ها کوتاه و ساده هستند.",
        "État de conformité": "وضعیت مطابقت",
        "Le RGAA est la règle française pour l'accessibilité des sites internet. Le site n'a pas encore de "
        "contrôle complet avec le RGAA.": (
            "RGAA قاعدهٔ فرانسوی برای دسترسی آسان به ویب‌سایت‌ها است. ویب‌سایت هنوز به طور کامل با RGAA بررسی نشده است."
        ),
        "Pour cette raison, le site est <b>non conforme</b> au RGAA pour le moment. Certaines pages peuvent "
        "encore poser problème.": (
            "به همین دلیل، ویب‌سایت فعلاً با RGAA <b>مطابقت ندارد</b> (non conforme). بعضی صفحه‌ها ممکن است هنوز "
            "مشکل داشته باشند."
        ),
        "Signaler un problème": "گزارش یک مشکل",
        "Vous ne pouvez pas utiliser une page ? Dites-le à votre conseiller ou à votre formateur. Nous cherchons "
        "une solution avec vous.": (
            "نمی‌توانید از یک صفحه استفاده کنید؟ به مشاور یا استاد خود بگویید. ما همراه شما راه حل پیدا می‌کنیم."
        ),
        "Vous n'avez pas de réponse ? Vous pouvez contacter le Défenseur des droits.": (
            "جواب نگرفتید؟ می‌توانید با Défenseur des droits (مدافع حقوق) تماس بگیرید."
        ),
        # Contacts utiles
        "Contacts utiles": "تماس‌های مفید",
        "Des services qui peuvent vous aider, avec leur site et leur téléphone.": (
            "اداره‌هایی که می‌توانند به شما کمک کنند، با ویب‌سایت و شمارهٔ تیلفون آن‌ها."
        ),
        "Vous ne savez pas quel service choisir ? Demandez à votre conseiller.": (
            "نمی‌دانید کدام اداره را انتخاب کنید؟ از مشاور خود بپرسید."
        ),
        "<b>Attention</b> : un service public ne demande jamais votre mot de passe par e-mail ou par SMS. Il ne "
        "demande jamais non plus votre numéro de carte bancaire.": (
            "<b>توجه</b>: یک ادارهٔ دولتی هیچ وقت رمز شما را با ایمیل یا پیامک (SMS) نمی‌خواهد. هیچ وقت شمارهٔ "
            "کارت بانکی شما را هم نمی‌خواهد."
        ),
        "Services publics": "خدمات دولتی",
        "France Travail – emploi": "France Travail – کار",
        "Pour chercher un travail ou une formation. Chaque mois, vous vous actualisez dans votre espace personnel.": (
            "برای پیدا کردن کار یا آموزش. هر ماه، وضعیت خود را در صفحهٔ شخصی خود تازه می‌کنید (actualisation)."
        ),
        "Assurance Maladie – ameli": "Assurance Maladie (بیمهٔ صحی) – ameli",
        "Pour vos frais de santé. Sur votre compte ameli, vous trouvez votre attestation de droits. Vous pouvez "
        "aussi demander la Complémentaire santé solidaire.": (
            "برای مصارف صحی شما. در حساب ameli خود، « attestation de droits » (تصدیق حق بیمه) را پیدا می‌کنید. "
            "همچنان می‌توانید « Complémentaire santé solidaire » (بیمهٔ تکمیلی صحی) را درخواست کنید."
        ),
        "CAF – allocations familiales": "CAF – کمک‌های خانوادگی",
        "Pour les aides, comme le RSA ou la prime d'activité. Vous déclarez vos ressources tous les trois mois.": (
            "برای کمک‌های مالی، مثل RSA یا « prime d'activité » (کمک مالی برای کارگران). هر سه ماه، درآمد خود را "
            "اعلام می‌کنید."
        ),
        "Impôts – impots.gouv.fr": "مالیات – impots.gouv.fr",
        "Chaque printemps, vous déclarez vos revenus, même sans revenus. Ensuite, vous recevez un avis d'impôt. "
        "On vous le demande pour un logement.": (
            "هر بهار، درآمد خود را اعلام می‌کنید، حتی اگر درآمد ندارید. بعد، یک « avis d'impôt » (اطلاعیهٔ مالیات) "
            "دریافت می‌کنید. برای گرفتن خانه آن را از شما می‌خواهند."
        ),
        "ANEF – titre de séjour": "ANEF – کارت اقامت",
        "Pour les démarches en ligne de votre titre de séjour. Vous pouvez suivre votre demande.": (
            "برای کارهای اداری کارت اقامت شما در انترنت. می‌توانید درخواست خود را دنبال کنید."
        ),
        "Logement social": "مسکن اجتماعی",
        "Pour faire votre demande de logement social en ligne. Votre conseiller peut vous aider.": (
            "برای درخواست مسکن اجتماعی در انترنت. مشاور شما می‌تواند به شما کمک کند."
        ),
        "Associations": "انجمن‌ها",
        "Reconnect – coffre-fort numérique": "Reconnect – صندوق امن دیجیتال",
        "Un coffre-fort numérique solidaire et gratuit. Vous gardez les photos de vos papiers en sécurité. Vous "
        "ouvrez votre coffre-fort avec un travailleur social.": (
            "یک صندوق امن دیجیتال رایگان و بر پایهٔ همبستگی. عکس‌های اسناد خود را به شکل مصئون نگه می‌دارید. "
            "صندوق امن خود را همراه یک مددکار اجتماعی باز می‌کنید."
        ),
        "Emmaüs Connect – matériel à petit prix": "Emmaüs Connect – وسایل ارزان",
        "Des téléphones et des ordinateurs remis en état, à petit prix. Des recharges solidaires pour le "
        "téléphone et internet. Demandez à votre conseiller.": (
            "تیلفون و کمپیوتر ترمیم‌شده، به قیمت ارزان. کریدت ارزان برای تیلفون و انترنت. از مشاور خود بپرسید."
        ),
    },
    "ps": {
        # À propos
        "À propos": "زموږ په اړه",
        "Numerik'AIR vous apprend le numérique, en français et dans votre langue.": (
            "Numerik'AIR تاسو ته ډیجیټل مهارتونه در زده کوي، په فرانسوي او ستاسو په ژبه."
        ),
        "Qui sommes-nous ?": "موږ څوک یو؟",
        "Ce site fait partie du programme <b>NUMERIK'AIR 77</b>. AIR 77 – Accompagnement Itinérant des Réfugiés "
        "organise ce programme. AIR 77 fait partie du Groupe SOS Solidarités, en Seine-et-Marne.": (
            "دا ویب پاڼه د <b>NUMERIK'AIR 77</b> پروګرام برخه ده. AIR 77 – Accompagnement Itinérant des Réfugiés "
            "(له کډوالو سره ګرځنده ملاتړ) دا پروګرام چلوي. AIR 77 د Groupe SOS Solidarités برخه ده، په "
            "Seine-et-Marne کې."
        ),
        "Le programme aide les personnes réfugiées avec le numérique. Il aide à faire les démarches en ligne. Il "
        "aide aussi à trouver un travail et à apprendre le français.": (
            "دا پروګرام له کډوالو سره په ډیجیټل برخه کې مرسته کوي. د انټرنېټ له لارې د اداري کارونو په ترسره کولو "
            "کې مرسته کوي. همدارنګه د کار په موندلو او د فرانسوي ژبې په زده کولو کې مرسته کوي."
        ),
        "Les leçons": "لوستونه",
        "Les leçons sont courtes. Chaque leçon a des étapes avec des images.": (
            "لوستونه لنډ دي. هر لوست له انځورونو سره ګامونه لري."
        ),
        "Vous lisez chaque étape dans votre langue et en français. Vous pouvez aussi écouter les étapes.": (
            "تاسو هر ګام په خپله ژبه او په فرانسوي لولئ. تاسو کولای شئ ګامونو ته غوږ هم ونیسئ."
        ),
        "Les thèmes : l'ordinateur, la souris, la clé USB, la boîte mail, France Travail, le coffre-fort "
        "numérique, les services publics en ligne, le travail et la formation.": (
            "موضوعګانې: کمپیوټر، موږک، USB فلش، ایمیل، France Travail، ډیجیټل خوندي صندوق، د انټرنېټ له لارې "
            "عامه خدمتونه، کار او زده کړه."
        ),
        "Le site est gratuit. Vous n'avez pas besoin de compte.": ("دا ویب پاڼه وړیا ده. تاسو حساب ته اړتیا نه لرئ."),
        "Votre équipe AIR 77": "ستاسو د AIR 77 ټیم",
        "Une question ? Parlez à votre conseiller ou à votre formateur AIR 77 pendant la séance.": (
            "پوښتنه لرئ؟ د ناستې پر مهال د AIR 77 له خپل سلاکار یا ښوونکي سره خبرې وکړئ."
        ),
        # Aide
        "Aide": "مرسته",
        "Comment utiliser le site, pas à pas.": "ویب پاڼه څنګه وکاروئ، ګام په ګام.",
        "Choisir votre langue": "خپله ژبه وټاکئ",
        "Appuyez sur le bouton de langue, en haut de la page. Choisissez votre langue dans la liste. Le site "
        "change de langue.": ("د پاڼې په سر کې د ژبې تڼۍ کېکاږئ. له لړلیک څخه خپله ژبه وټاکئ. د ویب پاڼې ژبه بدلېږي."),
        "Suivre une leçon": "یو لوست تعقیب کړئ",
        "Choisissez un thème, puis une leçon. La leçon montre une étape à la fois.": (
            "یوه موضوع، بیا یو لوست وټاکئ. لوست هر ځل یو ګام ښيي."
        ),
        "Appuyez sur <b>« Suivant »</b> pour aller à l'étape suivante. Appuyez sur <b>« Précédent »</b> pour "
        "revenir à l'étape d'avant.": (
            "بل ګام ته د تللو لپاره <b>« Suivant »</b> (بل) کېکاږئ. مخکیني ګام ته د ورګرځېدو لپاره "
            "<b>« Précédent »</b> (مخکینی) کېکاږئ."
        ),
        "Écouter une étape": "یو ګام ته غوږ ونیسئ",
        "Sous le texte, cherchez <b>« Écouter »</b>. Appuyez pour entendre l'étape. Parfois, l'audio n'existe pas "
        "encore dans votre langue.": (
            "د متن لاندې <b>« Écouter »</b> (واورئ) ومومئ. هغه کېکاږئ چې ګام واورئ. ځینې وختونه غږ لا تر اوسه "
            "ستاسو په ژبه نشته."
        ),
        "Le texte en français": "فرانسوي متن",
        "Chaque étape montre votre langue et le français. Vous pouvez afficher ou cacher le texte en français. Le "
        "site garde votre choix.": (
            "هر ګام ستاسو ژبه او فرانسوي یوځای ښيي. تاسو کولای شئ فرانسوي متن ښکاره یا پټ کړئ. ویب پاڼه ستاسو "
            "انتخاب په یاد ساتي."
        ),
        "Sur votre téléphone": "ستاسو په ټیلیفون کې",
        "Le site marche bien sur un téléphone. Il marche aussi sur un ordinateur ou une tablette. Il utilise peu "
        "de données internet.": (
            "ویب پاڼه په ټیلیفون کې ښه کار کوي. په کمپیوټر یا ټابلېټ کې هم کار کوي. لږ انټرنېټ مصرفوي."
        ),
        "Besoin d'aide ?": "مرستې ته اړتیا لرئ؟",
        "Parlez à votre conseiller ou à votre formateur AIR 77.": ("د AIR 77 له خپل سلاکار یا ښوونکي سره خبرې وکړئ."),
        # Confidentialité
        "Confidentialité": "محرمیت",
        "Ce que le site sait de vous : presque rien.": "ویب پاڼه ستاسو په اړه څه پوهېږي: نږدې هېڅ.",
        "Pas de compte": "حساب نشته",
        "Vous n'avez pas besoin de compte. Le site ne demande pas votre nom. Il ne demande pas votre adresse mail.": (
            "تاسو حساب ته اړتیا نه لرئ. ویب پاڼه ستاسو نوم نه غواړي. ستاسو ایمیل پته هم نه غواړي."
        ),
        "Pas de publicité, pas de suivi": "اعلان نشته، څارنه نشته",
        "Le site n'a pas de publicité. Il n'utilise pas d'outil de statistiques. Il ne vous suit pas sur internet.": (
            "په ویب پاڼه کې اعلانونه نشته. د احصایې هېڅ وسیله نه کاروي. تاسو په انټرنېټ کې نه څاري."
        ),
        "Les pages viennent seulement de ce site. Elles ne demandent rien à un autre site.": (
            "پاڼې یوازې له همدې ویب پاڼې راځي. له بلې ویب پاڼې څخه هېڅ نه غواړي."
        ),
        "Sur la page « Contacts utiles », des liens ouvrent d'autres sites. Ces sites ont leurs propres règles.": (
            "د « ګټورې اړیکې » په پاڼه کې، لینکونه نورې ویب پاڼې پرانیزي. هغه ویب پاڼې خپل قواعد لري."
        ),
        "Ce que le site garde": "ویب پاڼه څه ساتي",
        "Le site garde seulement votre choix de langue.": "ویب پاڼه یوازې ستاسو د ژبې انتخاب ساتي.",
        "Votre téléphone garde aussi un choix : afficher ou cacher le texte en français. Ce choix reste dans "
        "votre navigateur. Il ne part pas sur internet.": (
            "ستاسو ټیلیفون یو بل انتخاب هم ساتي: د فرانسوي متن ښکاره کول یا پټول. دا انتخاب ستاسو په براوزر کې "
            "پاتې کېږي. انټرنېټ ته نه لېږل کېږي."
        ),
        "Une question ?": "پوښتنه لرئ؟",
        # Accessibilité
        "Accessibilité": "لاسرسی",
        "Le site veut être facile à utiliser pour tout le monde.": (
            "ویب پاڼه غواړي چې د ټولو لپاره یې کارول اسانه وي."
        ),
        "Ce que nous faisons": "موږ څه کوو",
        "Le site est fait pour les téléphones. Les boutons sont grands.": (
            "ویب پاڼه د ټیلیفون لپاره جوړه شوې ده. تڼۍ لویې دي."
        ),
        "Chaque image a un texte qui la décrit. Vous pouvez écouter les étapes des leçons.": (
            "هر انځور یو متن لري چې هغه بیانوي. تاسو کولای شئ د لوستونو ګامونو ته غوږ ونیسئ."
        ),
        "Le site marche aussi avec les langues écrites de droite à gauche : l'arabe, le dari et le pachto.": (
            "ویب پاڼه له هغو ژبو سره هم کار کوي چې له ښي نه کیڼ لور ته لیکل کېږي: عربي، دري او پښتو."
        ),
        "Les phrases sont courtes et simples.": "جملې لنډې او ساده دي.",
        "État de conformité": "د مطابقت حالت",
        "Le RGAA est la règle française pour l'accessibilité des sites internet. Le site n'a pas encore de "
        "contrôle complet avec le RGAA.": (
            "RGAA د ویب پاڼو د لاسرسي لپاره فرانسوي قاعده ده. ویب پاڼه لا تر اوسه د RGAA له مخې په بشپړه توګه نه "
            "ده کتل شوې."
        ),
        "Pour cette raison, le site est <b>non conforme</b> au RGAA pour le moment. Certaines pages peuvent "
        "encore poser problème.": (
            "له همدې امله، ویب پاڼه اوس مهال له RGAA سره <b>مطابقت نه لري</b> (non conforme). ځینې پاڼې لا هم "
            "ممکن ستونزې ولري."
        ),
        "Signaler un problème": "د ستونزې خبرول",
        "Vous ne pouvez pas utiliser une page ? Dites-le à votre conseiller ou à votre formateur. Nous cherchons "
        "une solution avec vous.": ("یوه پاڼه نشئ کارولای؟ خپل سلاکار یا ښوونکي ته ووایاست. موږ له تاسو سره حل لټوو."),
        "Vous n'avez pas de réponse ? Vous pouvez contacter le Défenseur des droits.": (
            "ځواب مو ترلاسه نه کړ؟ تاسو کولای شئ له Défenseur des droits (د حقونو مدافع) سره اړیکه ونیسئ."
        ),
        # Contacts utiles
        "Contacts utiles": "ګټورې اړیکې",
        "Des services qui peuvent vous aider, avec leur site et leur téléphone.": (
            "هغه خدمتونه چې له تاسو سره مرسته کولای شي، د هغوی له ویب پاڼې او ټیلیفون شمېرې سره."
        ),
        "Vous ne savez pas quel service choisir ? Demandez à votre conseiller.": (
            "نه پوهېږئ کوم خدمت وټاکئ؟ له خپل سلاکار څخه وپوښتئ."
        ),
        "<b>Attention</b> : un service public ne demande jamais votre mot de passe par e-mail ou par SMS. Il ne "
        "demande jamais non plus votre numéro de carte bancaire.": (
            "<b>پام وکړئ</b>: عامه خدمت هېڅکله ستاسو پټنوم د ایمیل یا SMS له لارې نه غواړي. هېڅکله ستاسو د بانکي "
            "کارت شمېره هم نه غواړي."
        ),
        "Services publics": "عامه خدمتونه",
        "France Travail – emploi": "France Travail – کار",
        "Pour chercher un travail ou une formation. Chaque mois, vous vous actualisez dans votre espace personnel.": (
            "د کار یا زده کړې د موندلو لپاره. هره میاشت، تاسو په خپله شخصي برخه کې خپل حالت تازه کوئ (actualisation)."
        ),
        "Assurance Maladie – ameli": "Assurance Maladie (روغتیايي بیمه) – ameli",
        "Pour vos frais de santé. Sur votre compte ameli, vous trouvez votre attestation de droits. Vous pouvez "
        "aussi demander la Complémentaire santé solidaire.": (
            "ستاسو د روغتیا د لګښتونو لپاره. په خپل ameli حساب کې، « attestation de droits » (د بیمې د حقونو "
            "سند) پیدا کوئ. تاسو کولای شئ « Complémentaire santé solidaire » (بشپړونکې روغتیايي بیمه) هم وغواړئ."
        ),
        "CAF – allocations familiales": "CAF – کورنۍ مرستې",
        "Pour les aides, comme le RSA ou la prime d'activité. Vous déclarez vos ressources tous les trois mois.": (
            "د مرستو لپاره، لکه RSA یا « prime d'activité » (د کار کوونکو لپاره مرسته). هرې درې میاشتې خپل "
            "عواید اعلانوئ."
        ),
        "Impôts – impots.gouv.fr": "مالیات – impots.gouv.fr",
        "Chaque printemps, vous déclarez vos revenus, même sans revenus. Ensuite, vous recevez un avis d'impôt. "
        "On vous le demande pour un logement.": (
            "هر پسرلی خپل عواید اعلانوئ، حتی که عواید نه لرئ. بیا یو « avis d'impôt » (د مالیې خبرتیا) ترلاسه "
            "کوئ. د کور لپاره یې له تاسو غواړي."
        ),
        "ANEF – titre de séjour": "ANEF – د اوسېدو کارت",
        "Pour les démarches en ligne de votre titre de séjour. Vous pouvez suivre votre demande.": (
            "ستاسو د اوسېدو کارت د آنلاین اداري کارونو لپاره. تاسو کولای شئ خپله غوښتنه تعقیب کړئ."
        ),
        "Logement social": "ټولنیز استوګنځی",
        "Pour faire votre demande de logement social en ligne. Votre conseiller peut vous aider.": (
            "د انټرنېټ له لارې د ټولنیز استوګنځي د غوښتنې لپاره. ستاسو سلاکار کولای شي له تاسو سره مرسته وکړي."
        ),
        "Associations": "ټولنې",
        "Reconnect – coffre-fort numérique": "Reconnect – ډیجیټل خوندي صندوق",
        "Un coffre-fort numérique solidaire et gratuit. Vous gardez les photos de vos papiers en sécurité. Vous "
        "ouvrez votre coffre-fort avec un travailleur social.": (
            "یو وړیا ډیجیټل خوندي صندوق چې د پیوستون پر بنسټ جوړ دی. تاسو د خپلو اسنادو انځورونه په خوندي ډول "
            "ساتئ. تاسو خپل صندوق له یو ټولنیز کارکوونکي سره پرانیزئ."
        ),
        "Emmaüs Connect – matériel à petit prix": "Emmaüs Connect – ارزانه وسایل",
        "Des téléphones et des ordinateurs remis en état, à petit prix. Des recharges solidaires pour le "
        "téléphone et internet. Demandez à votre conseiller.": (
            "بیا جوړ شوي ټیلیفونونه او کمپیوټرونه، په ارزانه بیه. د ټیلیفون او انټرنېټ لپاره ارزانه کریډیټ. له "
            "خپل سلاکار څخه وپوښتئ."
        ),
    },
    "ti": {
        # À propos
        "À propos": "ብዛዕባና",
        "Numerik'AIR vous apprend le numérique, en français et dans votre langue.": (
            "Numerik'AIR ዲጂታላዊ ክእለት ይምህረኩም፡ ብፈረንሳይኛን ብቋንቋኹምን።"
        ),
        "Qui sommes-nous ?": "መን ኢና?",
        "Ce site fait partie du programme <b>NUMERIK'AIR 77</b>. AIR 77 – Accompagnement Itinérant des Réfugiés "
        "organise ce programme. AIR 77 fait partie du Groupe SOS Solidarités, en Seine-et-Marne.": (
            "እዚ ወብሳይት ክፋል ናይ <b>NUMERIK'AIR 77</b> መደብ እዩ። AIR 77 – Accompagnement Itinérant des Réfugiés "
            "(ተንቀሳቓሲ ደገፍ ንስደተኛታት) ነዚ መደብ የካይዶ። AIR 77 ክፋል ናይ Groupe SOS Solidarités እዩ፡ ኣብ "
            "Seine-et-Marne።"
        ),
        "Le programme aide les personnes réfugiées avec le numérique. Il aide à faire les démarches en ligne. Il "
        "aide aussi à trouver un travail et à apprendre le français.": (
            "እቲ መደብ ንስደተኛታት ብዲጂታላዊ ክእለት ይሕግዝ። ብኢንተርነት ምምሕዳራዊ ጉዳያት ንምፍጻም ይሕግዝ። ከምኡ እውን ስራሕ ንምርካብን ፈረንሳይኛ ንምምሃርን ይሕግዝ።"
        ),
        "Les leçons": "ትምህርትታት",
        "Les leçons sont courtes. Chaque leçon a des étapes avec des images.": (
            "ትምህርትታት ሓጸርቲ እዮም። ነፍሲ ወከፍ ትምህርቲ ምስ ስእልታት ዘለዉ ስጉምትታት ኣለዎ።"
        ),
        "Vous lisez chaque étape dans votre langue et en français. Vous pouvez aussi écouter les étapes.": (
            "ነፍሲ ወከፍ ስጉምቲ ብቋንቋኹምን ብፈረንሳይኛን ተንብቡ። ንስጉምትታት ክትሰምዑ እውን ትኽእሉ።"
        ),
        "Les thèmes : l'ordinateur, la souris, la clé USB, la boîte mail, France Travail, le coffre-fort "
        "numérique, les services publics en ligne, le travail et la formation.": (
            "ኣርእስትታት፦ ኮምፒዩተር፡ ማውስ፡ ፍላሽ (clé USB)፡ ኢመይል፡ France Travail፡ ዲጂታላዊ ካዝና፡ ብኢንተርነት "
            "ዝወሃቡ ህዝባዊ ኣገልግሎታት፡ ስራሕን ስልጠናን።"
        ),
        "Le site est gratuit. Vous n'avez pas besoin de compte.": ("እዚ ወብሳይት ብናጻ እዩ። ኣካውንት ኣየድልየኩምን።"),
        "Votre équipe AIR 77": "ጉጅለ AIR 77 ናትኩም",
        "Une question ? Parlez à votre conseiller ou à votre formateur AIR 77 pendant la séance.": (
            "ሕቶ ኣለኩም ድዩ? ኣብ እዋን ኣኼባ ንኣማኻሪኹም ወይ መምህርኹም ናይ AIR 77 ተዛረብዎ።"
        ),
        # Aide
        "Aide": "ሓገዝ",
        "Comment utiliser le site, pas à pas.": "ነዚ ወብሳይት ብኸመይ ትጥቀሙሉ፡ ስጉምቲ ብስጉምቲ።",
        "Choisir votre langue": "ቋንቋኹም ምረጹ",
        "Appuyez sur le bouton de langue, en haut de la page. Choisissez votre langue dans la liste. Le site "
        "change de langue.": ("ኣብ ላዕሊ ናይ ገጽ ዘሎ መልጎም ቋንቋ ጠውቑ። ካብቲ ዝርዝር ቋንቋኹም ምረጹ። ቋንቋ ናይቲ ወብሳይት ይቕየር።"),
        "Suivre une leçon": "ሓደ ትምህርቲ ምክትታል",
        "Choisissez un thème, puis une leçon. La leçon montre une étape à la fois.": (
            "ሓደ ኣርእስቲ፡ ድሕሪኡ ሓደ ትምህርቲ ምረጹ። እቲ ትምህርቲ ኣብ ሓደ ግዜ ሓደ ስጉምቲ ጥራይ የርኢ።"
        ),
        "Appuyez sur <b>« Suivant »</b> pour aller à l'étape suivante. Appuyez sur <b>« Précédent »</b> pour "
        "revenir à l'étape d'avant.": (
            "ናብቲ ዝቕጽል ስጉምቲ ንምኻድ <b>« Suivant »</b> (ዝቕጽል) ጠውቑ። ናብቲ ዝሓለፈ ስጉምቲ ንምምላስ <b>« Précédent »</b> (ዝሓለፈ) ጠውቑ።"
        ),
        "Écouter une étape": "ንሓደ ስጉምቲ ምስማዕ",
        "Sous le texte, cherchez <b>« Écouter »</b>. Appuyez pour entendre l'étape. Parfois, l'audio n'existe pas "
        "encore dans votre langue.": (
            "ኣብ ትሕቲ እቲ ጽሑፍ፡ <b>« Écouter »</b> (ስምዑ) ድለዩ። ነቲ ስጉምቲ ንምስማዕ ጠውቕዎ። ሓሓሊፉ፡ ብቋንቋኹም ድምጺ ገና የለን።"
        ),
        "Le texte en français": "ጽሑፍ ብፈረንሳይኛ",
        "Chaque étape montre votre langue et le français. Vous pouvez afficher ou cacher le texte en français. Le "
        "site garde votre choix.": (
            "ነፍሲ ወከፍ ስጉምቲ ቋንቋኹምን ፈረንሳይኛን ብሓባር የርኢ። ነቲ ናይ ፈረንሳይኛ ጽሑፍ ከተርእይዎ ወይ ክትሓብእዎ ትኽእሉ። እቲ ወብሳይት ምርጫኹም ይዝክር።"
        ),
        "Sur votre téléphone": "ኣብ ተሌፎንኩም",
        "Le site marche bien sur un téléphone. Il marche aussi sur un ordinateur ou une tablette. Il utilise peu "
        "de données internet.": ("እቲ ወብሳይት ኣብ ተሌፎን ጽቡቕ ይሰርሕ። ኣብ ኮምፒዩተር ወይ ታብሌት እውን ይሰርሕ። ውሑድ ዳታ ኢንተርነት ይጥቀም።"),
        "Besoin d'aide ?": "ሓገዝ የድልየኩም ድዩ?",
        "Parlez à votre conseiller ou à votre formateur AIR 77.": "ንኣማኻሪኹም ወይ መምህርኹም ናይ AIR 77 ተዛረብዎ።",
        # Confidentialité
        "Confidentialité": "ምስጢራውነት",
        "Ce que le site sait de vous : presque rien.": "እቲ ወብሳይት ብዛዕባኹም ዝፈልጦ፦ ዳርጋ ዋላ ሓንቲ።",
        "Pas de compte": "ኣካውንት የለን",
        "Vous n'avez pas besoin de compte. Le site ne demande pas votre nom. Il ne demande pas votre adresse mail.": (
            "ኣካውንት ኣየድልየኩምን። እቲ ወብሳይት ሽምኩም ኣይሓትትን። ኣድራሻ ኢመይልኩም እውን ኣይሓትትን።"
        ),
        "Pas de publicité, pas de suivi": "መወዓውዒ የለን፡ ምክትታል የለን",
        "Le site n'a pas de publicité. Il n'utilise pas d'outil de statistiques. Il ne vous suit pas sur internet.": (
            "እቲ ወብሳይት መወዓውዒ የብሉን። ናይ ስታቲስቲክስ መሳርሒ ኣይጥቀምን። ኣብ ኢንተርነት ኣይከታተለኩምን።"
        ),
        "Les pages viennent seulement de ce site. Elles ne demandent rien à un autre site.": (
            "እቶም ገጻት ካብዚ ወብሳይት ጥራይ እዮም ዝመጹ። ካብ ካልእ ወብሳይት ዋላ ሓንቲ ኣይሓቱን።"
        ),
        "Sur la page « Contacts utiles », des liens ouvrent d'autres sites. Ces sites ont leurs propres règles.": (
            "ኣብ ገጽ « ጠቐምቲ ርክባት »፡ ሊንክታት ካልኦት ወብሳይታት ይኸፍቱ። እቶም ወብሳይታት ናይ ገዛእ ርእሶም ሕግታት ኣለዎም።"
        ),
        "Ce que le site garde": "እቲ ወብሳይት ዝዕቅቦ",
        "Le site garde seulement votre choix de langue.": "እቲ ወብሳይት ምርጫ ቋንቋኹም ጥራይ ይዕቅብ።",
        "Votre téléphone garde aussi un choix : afficher ou cacher le texte en français. Ce choix reste dans "
        "votre navigateur. Il ne part pas sur internet.": (
            "ተሌፎንኩም ሓደ ካልእ ምርጫ እውን ይዕቅብ፦ ናይ ፈረንሳይኛ ጽሑፍ ምርኣይ ወይ ምሕባእ። እዚ ምርጫ ኣብ ብራውዘርኩም ይተርፍ። ናብ ኢንተርነት ኣይለኣኽን።"
        ),
        "Une question ?": "ሕቶ ኣለኩም ድዩ?",
        # Accessibilité
        "Accessibilité": "ተበጻሕነት",
        "Le site veut être facile à utiliser pour tout le monde.": "እቲ ወብሳይት ንኹሉ ሰብ ቀሊል ክኸውን ይደሊ።",
        "Ce que nous faisons": "እንገብሮ",
        "Le site est fait pour les téléphones. Les boutons sont grands.": (
            "እቲ ወብሳይት ንተሌፎን ተባሂሉ ዝተሰርሐ እዩ። መልጎማት ዓበይቲ እዮም።"
        ),
        "Chaque image a un texte qui la décrit. Vous pouvez écouter les étapes des leçons.": (
            "ነፍሲ ወከፍ ስእሊ ዝገልጾ ጽሑፍ ኣለዎ። ስጉምትታት ናይ ትምህርትታት ክትሰምዑ ትኽእሉ።"
        ),
        "Le site marche aussi avec les langues écrites de droite à gauche : l'arabe, le dari et le pachto.": (
            "እቲ ወብሳይት ምስ ካብ የማን ናብ ጸጋም ዝጽሓፉ ቋንቋታት እውን ይሰርሕ፦ ዓረብኛ፡ ዳሪን ፓሽቶን።"
        ),
        "Les phrases sont courtes et simples.": "ሓረጋት ሓጸርትን ቀለልትን እዮም።",
        "État de conformité": "ኩነታት ምስምማዕ",
        "Le RGAA est la règle française pour l'accessibilité des sites internet. Le site n'a pas encore de "
        "contrôle complet avec le RGAA.": (
            "RGAA ናይ ፈረንሳ መምዘኒ ተበጻሕነት ወብሳይታት እዩ። እቲ ወብሳይት ገና ብመሰረት RGAA ምሉእ ምርመራ ኣይተገብረሉን።"
        ),
        "Pour cette raison, le site est <b>non conforme</b> au RGAA pour le moment. Certaines pages peuvent "
        "encore poser problème.": ("ስለዚ፡ እቲ ወብሳይት ሕጂ ምስ RGAA <b>ኣይሰማማዕን</b> (non conforme)። ገለ ገጻት ገና ጸገም ከምጽኡ ይኽእሉ።"),
        "Signaler un problème": "ጸገም ምሕባር",
        "Vous ne pouvez pas utiliser une page ? Dites-le à votre conseiller ou à votre formateur. Nous cherchons "
        "une solution avec vous.": ("ሓደ ገጽ ክትጥቀሙ ኣይከኣልኩምን? ንኣማኻሪኹም ወይ መምህርኹም ንገርዎም። ምሳኹም ኮይንና ፍታሕ ንደሊ።"),
        "Vous n'avez pas de réponse ? Vous pouvez contacter le Défenseur des droits.": (
            "መልሲ ኣይረኸብኩምን? ምስ Défenseur des droits (ተጣባቒ መሰላት) ክትራኸቡ ትኽእሉ።"
        ),
        # Contacts utiles
        "Contacts utiles": "ጠቐምቲ ርክባት",
        "Des services qui peuvent vous aider, avec leur site et leur téléphone.": (
            "ክሕግዙኹም ዝኽእሉ ኣገልግሎታት፡ ምስ ወብሳይቶምን ቁጽሪ ተሌፎኖምን።"
        ),
        "Vous ne savez pas quel service choisir ? Demandez à votre conseiller.": (
            "ኣየናይ ኣገልግሎት ከም ትመርጹ ኣይፈለጥኩምን? ንኣማኻሪኹም ሕተትዎ።"
        ),
        "<b>Attention</b> : un service public ne demande jamais votre mot de passe par e-mail ou par SMS. Il ne "
        "demande jamais non plus votre numéro de carte bancaire.": (
            "<b>ተጠንቀቑ</b>፦ ህዝባዊ ኣገልግሎት ብኢመይል ወይ ብSMS መሕለፊ ቃልኩም ፈጺሙ ኣይሓትትን። ቁጽሪ ባንክ ካርድኩም እውን ፈጺሙ ኣይሓትትን።"
        ),
        "Services publics": "ህዝባዊ ኣገልግሎታት",
        "France Travail – emploi": "France Travail – ስራሕ",
        "Pour chercher un travail ou une formation. Chaque mois, vous vous actualisez dans votre espace personnel.": (
            "ስራሕ ወይ ስልጠና ንምድላይ። ኣብ ነፍሲ ወከፍ ወርሒ፡ ኣብ ውልቃዊ ክፍልኹም ኩነታትኩም ተሐድሱ (actualisation)።"
        ),
        "Assurance Maladie – ameli": "Assurance Maladie (መድሕን ጥዕና) – ameli",
        "Pour vos frais de santé. Sur votre compte ameli, vous trouvez votre attestation de droits. Vous pouvez "
        "aussi demander la Complémentaire santé solidaire.": (
            "ንወጻኢታት ጥዕናኹም። ኣብ ኣካውንት ameli ናትኩም፡ « attestation de droits » (ምስክር ወረቐት መሰል መድሕን) "
            "ትረኽቡ። « Complémentaire santé solidaire » (ተወሳኺ መድሕን ጥዕና) እውን ክትሓቱ ትኽእሉ።"
        ),
        "CAF – allocations familiales": "CAF – ስድራቤታዊ ሓገዛት",
        "Pour les aides, comme le RSA ou la prime d'activité. Vous déclarez vos ressources tous les trois mois.": (
            "ንሓገዛት ከም RSA ወይ « prime d'activité » (ሓገዝ ንሰራሕተኛታት)። ኣብ ነፍሲ ወከፍ ሰለስተ ወርሒ እቶትኩም ትሕብሩ።"
        ),
        "Impôts – impots.gouv.fr": "ግብሪ – impots.gouv.fr",
        "Chaque printemps, vous déclarez vos revenus, même sans revenus. Ensuite, vous recevez un avis d'impôt. "
        "On vous le demande pour un logement.": (
            "ኣብ ነፍሲ ወከፍ ጽድያ፡ እቶትኩም ትሕብሩ፡ እቶት እንተ ዘይብልኩም እውን። ድሕሪኡ፡ « avis d'impôt » (መግለጺ "
            "ግብሪ) ትቕበሉ። ገዛ ክትደልዩ ከለኹም ይሕተት።"
        ),
        "ANEF – titre de séjour": "ANEF – ናይ መንበሪ ፍቓድ",
        "Pour les démarches en ligne de votre titre de séjour. Vous pouvez suivre votre demande.": (
            "ንናይ መንበሪ ፍቓድኩም ብኢንተርነት ዝግበሩ ምምሕዳራዊ ጉዳያት። ሕቶኹም ክትከታተሉ ትኽእሉ።"
        ),
        "Logement social": "ማሕበራዊ መንበሪ ገዛ",
        "Pour faire votre demande de logement social en ligne. Votre conseiller peut vous aider.": (
            "ሕቶ ማሕበራዊ መንበሪ ገዛ ብኢንተርነት ንምቕራብ። ኣማኻሪኹም ክሕግዘኩም ይኽእል።"
        ),
        "Associations": "ማሕበራት",
        "Reconnect – coffre-fort numérique": "Reconnect – ዲጂታላዊ ካዝና",
        "Un coffre-fort numérique solidaire et gratuit. Vous gardez les photos de vos papiers en sécurité. Vous "
        "ouvrez votre coffre-fort avec un travailleur social.": (
            "ብናጻን ብሓባራዊ ምትሕግጋዝን ዝሰርሕ ዲጂታላዊ ካዝና። ስእልታት ወረቓቕትኹም ብውሑስ ትዕቅቡ። ካዝናኹም ምስ ማሕበራዊ ሰራሕተኛ ትኸፍቱ።"
        ),
        "Emmaüs Connect – matériel à petit prix": "Emmaüs Connect – ሕሳር ዋጋ ዘለዎ መሳርሒ",
        "Des téléphones et des ordinateurs remis en état, à petit prix. Des recharges solidaires pour le "
        "téléphone et internet. Demandez à votre conseiller.": (
            "ዝተጸገኑ ተሌፎናትን ኮምፒዩተራትን፡ ብሕሳር ዋጋ። ንተሌፎንን ኢንተርነትን ብሕሳር ዋጋ ዝወሃብ ካርድ። ንኣማኻሪኹም ሕተትዎ።"
        ),
    },
    "uk": {
        # À propos
        "À propos": "Про сайт",
        "Numerik'AIR vous apprend le numérique, en français et dans votre langue.": (
            "Numerik'AIR навчає вас цифрових навичок французькою та вашою мовою."
        ),
        "Qui sommes-nous ?": "Хто ми?",
        "Ce site fait partie du programme <b>NUMERIK'AIR 77</b>. AIR 77 – Accompagnement Itinérant des Réfugiés "
        "organise ce programme. AIR 77 fait partie du Groupe SOS Solidarités, en Seine-et-Marne.": (
            "Цей сайт є частиною програми <b>NUMERIK'AIR 77</b>. Цю програму веде AIR 77 – Accompagnement "
            "Itinérant des Réfugiés (виїзний супровід біженців). AIR 77 входить до Groupe SOS Solidarités, у "
            "департаменті Seine-et-Marne."
        ),
        "Le programme aide les personnes réfugiées avec le numérique. Il aide à faire les démarches en ligne. Il "
        "aide aussi à trouver un travail et à apprendre le français.": (
            "Програма допомагає біженцям з цифровими навичками. Вона допомагає оформлювати документи онлайн. Вона "
            "також допомагає знайти роботу і вивчати французьку."
        ),
        "Les leçons": "Уроки",
        "Les leçons sont courtes. Chaque leçon a des étapes avec des images.": (
            "Уроки короткі. Кожен урок має кроки з малюнками."
        ),
        "Vous lisez chaque étape dans votre langue et en français. Vous pouvez aussi écouter les étapes.": (
            "Ви читаєте кожен крок вашою мовою і французькою. Ви також можете слухати кроки."
        ),
        "Les thèmes : l'ordinateur, la souris, la clé USB, la boîte mail, France Travail, le coffre-fort "
        "numérique, les services publics en ligne, le travail et la formation.": (
            "Теми: комп’ютер, миша, флешка, електронна пошта, France Travail, цифровий сейф, державні послуги "
            "онлайн, робота і навчання."
        ),
        "Le site est gratuit. Vous n'avez pas besoin de compte.": (
            "Сайт безкоштовний. Вам не потрібен обліковий запис."
        ),
        "Votre équipe AIR 77": "Ваша команда AIR 77",
        "Une question ? Parlez à votre conseiller ou à votre formateur AIR 77 pendant la séance.": (
            "Є питання? Зверніться до свого консультанта чи тренера AIR 77 під час заняття."
        ),
        # Aide
        "Aide": "Допомога",
        "Comment utiliser le site, pas à pas.": "Як користуватися сайтом, крок за кроком.",
        "Choisir votre langue": "Виберіть мову",
        "Appuyez sur le bouton de langue, en haut de la page. Choisissez votre langue dans la liste. Le site "
        "change de langue.": ("Натисніть кнопку мови вгорі сторінки. Виберіть свою мову в списку. Сайт змінює мову."),
        "Suivre une leçon": "Як пройти урок",
        "Choisissez un thème, puis une leçon. La leçon montre une étape à la fois.": (
            "Виберіть тему, потім урок. Урок показує один крок за раз."
        ),
        "Appuyez sur <b>« Suivant »</b> pour aller à l'étape suivante. Appuyez sur <b>« Précédent »</b> pour "
        "revenir à l'étape d'avant.": (
            "Натисніть <b>« Suivant »</b> (Далі), щоб перейти до наступного кроку. Натисніть "
            "<b>« Précédent »</b> (Назад), щоб повернутися до попереднього кроку."
        ),
        "Écouter une étape": "Слухати крок",
        "Sous le texte, cherchez <b>« Écouter »</b>. Appuyez pour entendre l'étape. Parfois, l'audio n'existe pas "
        "encore dans votre langue.": (
            "Під текстом знайдіть <b>« Écouter »</b> (Слухати). Натисніть, щоб почути крок. Іноді аудіо вашою "
            "мовою ще немає."
        ),
        "Le texte en français": "Текст французькою",
        "Chaque étape montre votre langue et le français. Vous pouvez afficher ou cacher le texte en français. Le "
        "site garde votre choix.": (
            "Кожен крок показує вашу мову і французьку разом. Ви можете показати або сховати французький текст. "
            "Сайт запам’ятовує ваш вибір."
        ),
        "Sur votre téléphone": "На вашому телефоні",
        "Le site marche bien sur un téléphone. Il marche aussi sur un ordinateur ou une tablette. Il utilise peu "
        "de données internet.": (
            "Сайт добре працює на телефоні. Він також працює на комп’ютері чи планшеті. Він використовує мало "
            "мобільного інтернету."
        ),
        "Besoin d'aide ?": "Потрібна допомога?",
        "Parlez à votre conseiller ou à votre formateur AIR 77.": (
            "Зверніться до свого консультанта чи тренера AIR 77."
        ),
        # Confidentialité
        "Confidentialité": "Конфіденційність",
        "Ce que le site sait de vous : presque rien.": "Що сайт знає про вас: майже нічого.",
        "Pas de compte": "Без облікового запису",
        "Vous n'avez pas besoin de compte. Le site ne demande pas votre nom. Il ne demande pas votre adresse mail.": (
            "Вам не потрібен обліковий запис. Сайт не питає вашого імені. Він не питає вашої електронної адреси."
        ),
        "Pas de publicité, pas de suivi": "Без реклами, без стеження",
        "Le site n'a pas de publicité. Il n'utilise pas d'outil de statistiques. Il ne vous suit pas sur internet.": (
            "На сайті немає реклами. Він не використовує інструментів статистики. Він не стежить за вами в інтернеті."
        ),
        "Les pages viennent seulement de ce site. Elles ne demandent rien à un autre site.": (
            "Сторінки завантажуються лише з цього сайту. Вони нічого не запитують в інших сайтів."
        ),
        "Sur la page « Contacts utiles », des liens ouvrent d'autres sites. Ces sites ont leurs propres règles.": (
            "На сторінці «Корисні контакти» посилання відкривають інші сайти. Ці сайти мають власні правила."
        ),
        "Ce que le site garde": "Що зберігає сайт",
        "Le site garde seulement votre choix de langue.": "Сайт зберігає лише ваш вибір мови.",
        "Votre téléphone garde aussi un choix : afficher ou cacher le texte en français. Ce choix reste dans "
        "votre navigateur. Il ne part pas sur internet.": (
            "Ваш телефон також зберігає один вибір: показувати чи ховати французький текст. Цей вибір залишається "
            "у вашому браузері. Він не надсилається в інтернет."
        ),
        "Une question ?": "Є питання?",
        # Accessibilité
        "Accessibilité": "Доступність",
        "Le site veut être facile à utiliser pour tout le monde.": "Сайт прагне бути зручним для всіх.",
        "Ce que nous faisons": "Що ми робимо",
        "Le site est fait pour les téléphones. Les boutons sont grands.": (
            "Сайт створений для телефонів. Кнопки великі."
        ),
        "Chaque image a un texte qui la décrit. Vous pouvez écouter les étapes des leçons.": (
            "Кожен малюнок має текст, який його описує. Ви можете слухати кроки уроків."
        ),
        "Le site marche aussi avec les langues écrites de droite à gauche : l'arabe, le dari et le pachto.": (
            "Сайт також працює з мовами, які пишуть справа наліво: арабською, дарі та пушту."
        ),
        "Les phrases sont courtes et simples.": "Речення короткі й прості.",
        "État de conformité": "Стан відповідності",
        "Le RGAA est la règle française pour l'accessibilité des sites internet. Le site n'a pas encore de "
        "contrôle complet avec le RGAA.": (
            "RGAA — це французький стандарт доступності сайтів. Сайт ще не пройшов повної перевірки за RGAA."
        ),
        "Pour cette raison, le site est <b>non conforme</b> au RGAA pour le moment. Certaines pages peuvent "
        "encore poser problème.": (
            "Тому зараз сайт <b>не відповідає</b> (non conforme) вимогам RGAA. Деякі сторінки ще можуть "
            "створювати труднощі."
        ),
        "Signaler un problème": "Повідомити про проблему",
        "Vous ne pouvez pas utiliser une page ? Dites-le à votre conseiller ou à votre formateur. Nous cherchons "
        "une solution avec vous.": (
            "Не можете користуватися сторінкою? Скажіть про це своєму консультанту чи тренеру. Ми разом з вами "
            "шукаємо рішення."
        ),
        "Vous n'avez pas de réponse ? Vous pouvez contacter le Défenseur des droits.": (
            "Немає відповіді? Ви можете звернутися до Défenseur des droits (Захисник прав)."
        ),
        # Contacts utiles
        "Contacts utiles": "Корисні контакти",
        "Des services qui peuvent vous aider, avec leur site et leur téléphone.": (
            "Служби, які можуть вам допомогти, з їхнім сайтом і телефоном."
        ),
        "Vous ne savez pas quel service choisir ? Demandez à votre conseiller.": (
            "Не знаєте, яку службу вибрати? Запитайте свого консультанта."
        ),
        "<b>Attention</b> : un service public ne demande jamais votre mot de passe par e-mail ou par SMS. Il ne "
        "demande jamais non plus votre numéro de carte bancaire.": (
            "<b>Увага</b>: державна служба ніколи не просить ваш пароль електронною поштою чи в SMS. Вона також "
            "ніколи не просить номер вашої банківської картки."
        ),
        "Services publics": "Державні служби",
        "France Travail – emploi": "France Travail – робота",
        "Pour chercher un travail ou une formation. Chaque mois, vous vous actualisez dans votre espace personnel.": (
            "Щоб шукати роботу чи навчання. Щомісяця ви оновлюєте свою ситуацію (actualisation) в особистому кабінеті."
        ),
        "Assurance Maladie – ameli": "Assurance Maladie (медичне страхування) – ameli",
        "Pour vos frais de santé. Sur votre compte ameli, vous trouvez votre attestation de droits. Vous pouvez "
        "aussi demander la Complémentaire santé solidaire.": (
            "Для ваших витрат на здоров’я. У своєму обліковому записі ameli ви знаходите « attestation de "
            "droits » (довідку про право на страхування). Ви також можете подати заяву на « Complémentaire santé "
            "solidaire » (додаткове медичне страхування)."
        ),
        "CAF – allocations familiales": "CAF – сімейні виплати",
        "Pour les aides, comme le RSA ou la prime d'activité. Vous déclarez vos ressources tous les trois mois.": (
            "Для допомоги, як-от RSA чи « prime d'activité » (доплата працюючим). Ви декларуєте свої доходи "
            "кожні три місяці."
        ),
        "Impôts – impots.gouv.fr": "Податки – impots.gouv.fr",
        "Chaque printemps, vous déclarez vos revenus, même sans revenus. Ensuite, vous recevez un avis d'impôt. "
        "On vous le demande pour un logement.": (
            "Щовесни ви декларуєте свої доходи, навіть якщо доходів немає. Потім ви отримуєте « avis d'impôt » "
            "(податкове повідомлення). Його просять, коли ви шукаєте житло."
        ),
        "ANEF – titre de séjour": "ANEF – посвідка на проживання",
        "Pour les démarches en ligne de votre titre de séjour. Vous pouvez suivre votre demande.": (
            "Для онлайн-процедур щодо вашої посвідки на проживання. Ви можете стежити за своєю заявою."
        ),
        "Logement social": "Соціальне житло",
        "Pour faire votre demande de logement social en ligne. Votre conseiller peut vous aider.": (
            "Щоб подати заяву на соціальне житло онлайн. Ваш консультант може вам допомогти."
        ),
        "Associations": "Асоціації",
        "Reconnect – coffre-fort numérique": "Reconnect – цифровий сейф",
        "Un coffre-fort numérique solidaire et gratuit. Vous gardez les photos de vos papiers en sécurité. Vous "
        "ouvrez votre coffre-fort avec un travailleur social.": (
            "Безкоштовний солідарний цифровий сейф. Ви безпечно зберігаєте фото своїх документів. Ви відкриваєте "
            "свій сейф разом із соціальним працівником."
        ),
        "Emmaüs Connect – matériel à petit prix": "Emmaüs Connect – недорога техніка",
        "Des téléphones et des ordinateurs remis en état, à petit prix. Des recharges solidaires pour le "
        "téléphone et internet. Demandez à votre conseiller.": (
            "Відновлені телефони й комп’ютери за низькою ціною. Недороге поповнення рахунку для телефону та "
            "інтернету. Запитайте свого консультанта."
        ),
    },
    "ru": {
        # À propos
        "À propos": "О сайте",
        "Numerik'AIR vous apprend le numérique, en français et dans votre langue.": (
            "Numerik'AIR учит вас цифровым навыкам на французском и на вашем языке."
        ),
        "Qui sommes-nous ?": "Кто мы?",
        "Ce site fait partie du programme <b>NUMERIK'AIR 77</b>. AIR 77 – Accompagnement Itinérant des Réfugiés "
        "organise ce programme. AIR 77 fait partie du Groupe SOS Solidarités, en Seine-et-Marne.": (
            "Этот сайт — часть программы <b>NUMERIK'AIR 77</b>. Эту программу ведёт AIR 77 – Accompagnement "
            "Itinérant des Réfugiés (выездное сопровождение беженцев). AIR 77 входит в Groupe SOS Solidarités, "
            "в департаменте Seine-et-Marne."
        ),
        "Le programme aide les personnes réfugiées avec le numérique. Il aide à faire les démarches en ligne. Il "
        "aide aussi à trouver un travail et à apprendre le français.": (
            "Программа помогает беженцам с цифровыми навыками. Она помогает оформлять документы онлайн. Она также "
            "помогает найти работу и учить французский."
        ),
        "Les leçons": "Уроки",
        "Les leçons sont courtes. Chaque leçon a des étapes avec des images.": (
            "Уроки короткие. В каждом уроке есть шаги с картинками."
        ),
        "Vous lisez chaque étape dans votre langue et en français. Vous pouvez aussi écouter les étapes.": (
            "Вы читаете каждый шаг на вашем языке и на французском. Вы также можете слушать шаги."
        ),
        "Les thèmes : l'ordinateur, la souris, la clé USB, la boîte mail, France Travail, le coffre-fort "
        "numérique, les services publics en ligne, le travail et la formation.": (
            "Темы: компьютер, мышь, флешка, электронная почта, France Travail, цифровой сейф, государственные "
            "услуги онлайн, работа и обучение."
        ),
        "Le site est gratuit. Vous n'avez pas besoin de compte.": ("Сайт бесплатный. Вам не нужна учётная запись."),
        "Votre équipe AIR 77": "Ваша команда AIR 77",
        "Une question ? Parlez à votre conseiller ou à votre formateur AIR 77 pendant la séance.": (
            "Есть вопрос? Обратитесь к своему консультанту или преподавателю AIR 77 во время занятия."
        ),
        # Aide
        "Aide": "Помощь",
        "Comment utiliser le site, pas à pas.": "Как пользоваться сайтом, шаг за шагом.",
        "Choisir votre langue": "Выберите язык",
        "Appuyez sur le bouton de langue, en haut de la page. Choisissez votre langue dans la liste. Le site "
        "change de langue.": ("Нажмите кнопку языка вверху страницы. Выберите свой язык в списке. Сайт меняет язык."),
        "Suivre une leçon": "Как пройти урок",
        "Choisissez un thème, puis une leçon. La leçon montre une étape à la fois.": (
            "Выберите тему, потом урок. Урок показывает один шаг за раз."
        ),
        "Appuyez sur <b>« Suivant »</b> pour aller à l'étape suivante. Appuyez sur <b>« Précédent »</b> pour "
        "revenir à l'étape d'avant.": (
            "Нажмите <b>« Suivant »</b> (Далее), чтобы перейти к следующему шагу. Нажмите <b>« Précédent »</b> "
            "(Назад), чтобы вернуться к предыдущему шагу."
        ),
        "Écouter une étape": "Слушать шаг",
        "Sous le texte, cherchez <b>« Écouter »</b>. Appuyez pour entendre l'étape. Parfois, l'audio n'existe pas "
        "encore dans votre langue.": (
            "Под текстом найдите <b>« Écouter »</b> (Слушать). Нажмите, чтобы услышать шаг. Иногда аудио на "
            "вашем языке ещё нет."
        ),
        "Le texte en français": "Текст на французском",
        "Chaque étape montre votre langue et le français. Vous pouvez afficher ou cacher le texte en français. Le "
        "site garde votre choix.": (
            "Каждый шаг показывает ваш язык и французский вместе. Вы можете показать или скрыть французский текст. "
            "Сайт запоминает ваш выбор."
        ),
        "Sur votre téléphone": "На вашем телефоне",
        "Le site marche bien sur un téléphone. Il marche aussi sur un ordinateur ou une tablette. Il utilise peu "
        "de données internet.": (
            "Сайт хорошо работает на телефоне. Он также работает на компьютере или планшете. Он расходует мало "
            "мобильного интернета."
        ),
        "Besoin d'aide ?": "Нужна помощь?",
        "Parlez à votre conseiller ou à votre formateur AIR 77.": (
            "Обратитесь к своему консультанту или преподавателю AIR 77."
        ),
        # Confidentialité
        "Confidentialité": "Конфиденциальность",
        "Ce que le site sait de vous : presque rien.": "Что сайт знает о вас: почти ничего.",
        "Pas de compte": "Без учётной записи",
        "Vous n'avez pas besoin de compte. Le site ne demande pas votre nom. Il ne demande pas votre adresse mail.": (
            "Вам не нужна учётная запись. Сайт не спрашивает ваше имя. Он не спрашивает ваш адрес электронной почты."
        ),
        "Pas de publicité, pas de suivi": "Без рекламы, без слежки",
        "Le site n'a pas de publicité. Il n'utilise pas d'outil de statistiques. Il ne vous suit pas sur internet.": (
            "На сайте нет рекламы. Он не использует инструменты статистики. Он не следит за вами в интернете."
        ),
        "Les pages viennent seulement de ce site. Elles ne demandent rien à un autre site.": (
            "Страницы загружаются только с этого сайта. Они ничего не запрашивают у других сайтов."
        ),
        "Sur la page « Contacts utiles », des liens ouvrent d'autres sites. Ces sites ont leurs propres règles.": (
            "На странице «Полезные контакты» ссылки открывают другие сайты. У этих сайтов свои правила."
        ),
        "Ce que le site garde": "Что хранит сайт",
        "Le site garde seulement votre choix de langue.": "Сайт хранит только ваш выбор языка.",
        "Votre téléphone garde aussi un choix : afficher ou cacher le texte en français. Ce choix reste dans "
        "votre navigateur. Il ne part pas sur internet.": (
            "Ваш телефон также хранит один выбор: показывать или скрывать французский текст. Этот выбор остаётся "
            "в вашем браузере. Он не отправляется в интернет."
        ),
        "Une question ?": "Есть вопрос?",
        # Accessibilité
        "Accessibilité": "Доступность",
        "Le site veut être facile à utiliser pour tout le monde.": "Сайт стремится быть удобным для всех.",
        "Ce que nous faisons": "Что мы делаем",
        "Le site est fait pour les téléphones. Les boutons sont grands.": (
            "Сайт сделан для телефонов. Кнопки большие."
        ),
        "Chaque image a un texte qui la décrit. Vous pouvez écouter les étapes des leçons.": (
            "У каждой картинки есть текст, который её описывает. Вы можете слушать шаги уроков."
        ),
        "Le site marche aussi avec les langues écrites de droite à gauche : l'arabe, le dari et le pachto.": (
            "Сайт также работает с языками, которые пишут справа налево: арабским, дари и пушту."
        ),
        "Les phrases sont courtes et simples.": "Предложения короткие и простые.",
        "État de conformité": "Состояние соответствия",
        "Le RGAA est la règle française pour l'accessibilité des sites internet. Le site n'a pas encore de "
        "contrôle complet avec le RGAA.": (
            "RGAA — это французский стандарт доступности сайтов. Сайт ещё не прошёл полную проверку по RGAA."
        ),
        "Pour cette raison, le site est <b>non conforme</b> au RGAA pour le moment. Certaines pages peuvent "
        "encore poser problème.": (
            "Поэтому сейчас сайт <b>не соответствует</b> (non conforme) требованиям RGAA. Некоторые страницы ещё "
            "могут вызывать трудности."
        ),
        "Signaler un problème": "Сообщить о проблеме",
        "Vous ne pouvez pas utiliser une page ? Dites-le à votre conseiller ou à votre formateur. Nous cherchons "
        "une solution avec vous.": (
            "Не можете пользоваться страницей? Скажите об этом своему консультанту или преподавателю. Мы вместе с "
            "вами ищем решение."
        ),
        "Vous n'avez pas de réponse ? Vous pouvez contacter le Défenseur des droits.": (
            "Нет ответа? Вы можете обратиться к Défenseur des droits (Защитник прав)."
        ),
        # Contacts utiles
        "Contacts utiles": "Полезные контакты",
        "Des services qui peuvent vous aider, avec leur site et leur téléphone.": (
            "Службы, которые могут вам помочь, с их сайтом и телефоном."
        ),
        "Vous ne savez pas quel service choisir ? Demandez à votre conseiller.": (
            "Не знаете, какую службу выбрать? Спросите своего консультанта."
        ),
        "<b>Attention</b> : un service public ne demande jamais votre mot de passe par e-mail ou par SMS. Il ne "
        "demande jamais non plus votre numéro de carte bancaire.": (
            "<b>Внимание</b>: государственная служба никогда не просит ваш пароль по электронной почте или в SMS. "
            "Она также никогда не просит номер вашей банковской карты."
        ),
        "Services publics": "Государственные службы",
        "France Travail – emploi": "France Travail – работа",
        "Pour chercher un travail ou une formation. Chaque mois, vous vous actualisez dans votre espace personnel.": (
            "Чтобы искать работу или обучение. Каждый месяц вы обновляете свою ситуацию (actualisation) в личном "
            "кабинете."
        ),
        "Assurance Maladie – ameli": "Assurance Maladie (медицинское страхование) – ameli",
        "Pour vos frais de santé. Sur votre compte ameli, vous trouvez votre attestation de droits. Vous pouvez "
        "aussi demander la Complémentaire santé solidaire.": (
            "Для ваших расходов на здоровье. В своей учётной записи ameli вы найдёте « attestation de droits » "
            "(справку о праве на страховку). Вы также можете подать заявку на « Complémentaire santé solidaire » "
            "(дополнительную медицинскую страховку)."
        ),
        "CAF – allocations familiales": "CAF – семейные пособия",
        "Pour les aides, comme le RSA ou la prime d'activité. Vous déclarez vos ressources tous les trois mois.": (
            "Для пособий, например RSA или « prime d'activité » (доплата работающим). Вы декларируете свои доходы "
            "каждые три месяца."
        ),
        "Impôts – impots.gouv.fr": "Налоги – impots.gouv.fr",
        "Chaque printemps, vous déclarez vos revenus, même sans revenus. Ensuite, vous recevez un avis d'impôt. "
        "On vous le demande pour un logement.": (
            "Каждую весну вы декларируете свои доходы, даже если доходов нет. Потом вы получаете « avis "
            "d'impôt » (налоговое уведомление). Его просят, когда вы ищете жильё."
        ),
        "ANEF – titre de séjour": "ANEF – вид на жительство",
        "Pour les démarches en ligne de votre titre de séjour. Vous pouvez suivre votre demande.": (
            "Для онлайн-процедур по вашему виду на жительство. Вы можете следить за своим заявлением."
        ),
        "Logement social": "Социальное жильё",
        "Pour faire votre demande de logement social en ligne. Votre conseiller peut vous aider.": (
            "Чтобы подать заявку на социальное жильё онлайн. Ваш консультант может вам помочь."
        ),
        "Associations": "Ассоциации",
        "Reconnect – coffre-fort numérique": "Reconnect – цифровой сейф",
        "Un coffre-fort numérique solidaire et gratuit. Vous gardez les photos de vos papiers en sécurité. Vous "
        "ouvrez votre coffre-fort avec un travailleur social.": (
            "Бесплатный солидарный цифровой сейф. Вы надёжно храните фото своих документов. Вы открываете свой "
            "сейф вместе с социальным работником."
        ),
        "Emmaüs Connect – matériel à petit prix": "Emmaüs Connect – недорогая техника",
        "Des téléphones et des ordinateurs remis en état, à petit prix. Des recharges solidaires pour le "
        "téléphone et internet. Demandez à votre conseiller.": (
            "Восстановленные телефоны и компьютеры по низкой цене. Недорогое пополнение счёта для телефона и "
            "интернета. Спросите своего консультанта."
        ),
    },
}
