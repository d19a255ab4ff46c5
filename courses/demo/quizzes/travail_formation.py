"""Quizzes for theme 8: Travail et formation (demo content, easy French)."""

QUIZZES = {
    "faire-son-cv": [
        {
            "type": "multiple",
            "prompt": "Qu'écrivez-vous en haut du CV ? (Plusieurs réponses sont justes.)",
            "image": None,
            "alt": "",
            "choices": [
                {"text": "Votre prénom et votre nom.", "correct": True, "feedback": "Oui. Ils sont en haut du CV."},
                {
                    "text": "Votre téléphone et votre email.",
                    "correct": True,
                    "feedback": "Oui. L'employeur peut vous contacter.",
                },
                {"text": "Votre ville.", "correct": True, "feedback": "Oui. La ville fait partie de vos coordonnées."},
                {
                    "text": "Votre photo : elle est obligatoire.",
                    "correct": False,
                    "feedback": "Non. La photo n'est pas obligatoire. Votre âge et votre nationalité non plus.",
                },
            ],
        },
        {
            "type": "tap",
            "prompt": "Touchez la partie Langues du CV.",
            "image": "travail-formation/cv-document.svg",
            "alt": "Un CV d'une page : le nom en haut, puis les parties Expérience, Langues, Compétences et Formation.",
            "target": [29.5, 45.5, 41.0, 13.0],
            "feedback_correct": "Oui. Dans la partie Langues, écrivez chaque langue avec votre niveau.",
            "feedback_wrong": "Ce n'est pas la partie Langues. Elle est sous la partie Expérience.",
        },
        {
            "type": "true_false",
            "prompt": "Le travail fait dans votre pays compte aussi dans votre CV.",
            "image": None,
            "alt": "",
            "answer": True,
            "feedback_correct": "Oui, c'est vrai. Écrivez le métier, le pays et les années.",
            "feedback_wrong": "En fait, c'est vrai. Le travail dans votre pays compte. "
            "Écrivez le métier, le pays et les années.",
        },
        {
            "type": "image",
            "prompt": "Un employeur lit un CV très vite. Quel CV est le bon ?",
            "choices": [
                {
                    "image": "quiz/cv-une-page.svg",
                    "label": "Un CV d'une page",
                    "correct": True,
                    "feedback": "Oui. Votre CV tient sur une page. Faites des phrases courtes.",
                },
                {
                    "image": "quiz/cv-trois-pages.svg",
                    "label": "Un CV de trois pages",
                    "correct": False,
                    "feedback": "Non. Trois pages, c'est trop long. Votre CV tient sur une page.",
                },
            ],
        },
        {
            "type": "single",
            "prompt": "Vous avez un diplôme de votre pays. Où l'écrivez-vous dans le CV ?",
            "image": None,
            "alt": "",
            "choices": [
                {
                    "text": "Dans la partie Formation.",
                    "correct": True,
                    "feedback": "Oui. Écrivez le nom du diplôme, le pays et l'année.",
                },
                {
                    "text": "Dans la partie Expérience.",
                    "correct": False,
                    "feedback": "Non. La partie Expérience est pour les travaux. "
                    "Les diplômes vont dans la partie Formation.",
                },
                {
                    "text": "Nulle part : seuls les diplômes français comptent.",
                    "correct": False,
                    "feedback": "Non. Les diplômes de votre pays comptent. Écrivez-les dans la partie Formation.",
                },
            ],
        },
    ],
    "chercher-une-offre-d-emploi": [
        {
            "type": "image",
            "prompt": "Vous avez tapé le métier et la ville. Sur quel bouton cliquez-vous pour chercher ?",
            "choices": [
                {
                    "image": "quiz/icone-loupe.svg",
                    "label": "Une loupe",
                    "correct": True,
                    "feedback": "Oui. Le bouton pour chercher montre souvent une loupe.",
                },
                {
                    "image": "quiz/icone-etoile.svg",
                    "label": "Une étoile",
                    "correct": False,
                    "feedback": "Non. L'étoile sert à garder une offre. Pour chercher, cliquez sur la loupe.",
                },
                {
                    "image": "quiz/icone-menu.svg",
                    "label": "Trois petits traits",
                    "correct": False,
                    "feedback": "Non. Les trois traits ouvrent souvent le menu. Pour chercher, cliquez sur la loupe.",
                },
            ],
        },
        {
            "type": "single",
            "prompt": "L'offre dit : CDD. Qu'est-ce que cela veut dire ?",
            "image": None,
            "alt": "",
            "choices": [
                {
                    "text": "Un contrat avec une date de fin.",
                    "correct": True,
                    "feedback": "Oui. CDD veut dire contrat à durée déterminée. Il a une date de fin.",
                },
                {
                    "text": "Un contrat sans date de fin.",
                    "correct": False,
                    "feedback": "Non. Le contrat sans date de fin, c'est le CDI. Le CDD a une date de fin.",
                },
                {
                    "text": "Un travail donné par une agence d'intérim.",
                    "correct": False,
                    "feedback": "Non. Ça, c'est l'intérim. Le CDD est un contrat avec une date de fin.",
                },
            ],
        },
        {
            "type": "true_false",
            "prompt": "Un vrai employeur peut vous demander de l'argent pour avoir un travail.",
            "image": None,
            "alt": "",
            "answer": False,
            "feedback_correct": "Bravo. Un vrai employeur ne demande jamais d'argent. Ne payez rien.",
            "feedback_wrong": "En fait, c'est faux. Un vrai employeur ne demande jamais d'argent "
            "pour avoir un travail. C'est une fausse offre.",
        },
        {
            "type": "tap",
            "prompt": "Touchez le type de contrat dans l'offre.",
            "image": "travail-formation/offre-lire.svg",
            "alt": "Une offre d'emploi : Agent d'entretien H/F, à Meaux. En dessous, deux étiquettes, puis le salaire.",
            "target": [10.3, 38.0, 23.8, 13.0],
            "feedback_correct": "Oui. Ici, c'est un CDD de 6 mois. Le contrat a une date de fin.",
            "feedback_wrong": "Ce n'est pas le contrat. Cherchez CDD, CDI ou intérim, sous le lieu.",
        },
        {
            "type": "multiple",
            "prompt": "Quels signes montrent une fausse offre ? (Plusieurs réponses sont justes.)",
            "image": None,
            "alt": "",
            "choices": [
                {
                    "text": "On vous demande de payer pour avoir le travail.",
                    "correct": True,
                    "feedback": "Oui. Un vrai employeur ne demande jamais d'argent.",
                },
                {
                    "text": "On demande votre RIB et votre titre de séjour avant un entretien.",
                    "correct": True,
                    "feedback": "Oui. Avant un vrai entretien, ne donnez pas ces papiers.",
                },
                {
                    "text": "Un salaire très haut pour un travail très facile.",
                    "correct": True,
                    "feedback": "Oui. Méfiez-vous de ce genre d'offre.",
                },
                {
                    "text": "L'offre donne le lieu, le contrat et les horaires.",
                    "correct": False,
                    "feedback": "Non. C'est normal. Une vraie offre donne souvent ces informations.",
                },
            ],
        },
    ],
}
