"""Quizzes for theme 4: Mon espace France Travail (demo content, easy French)."""

QUIZZES = {
    "se-connecter-et-s-actualiser": [
        {
            "type": "true_false",
            "prompt": "Pôle emploi a changé de nom. Aujourd'hui, il s'appelle France Travail.",
            "image": None,
            "alt": "",
            "answer": True,
            "feedback_correct": "Oui, c'est vrai. Le nom a changé le 1er janvier 2024. C'est le même service public.",
            "feedback_wrong": "En fait, c'est vrai. Depuis le 1er janvier 2024, Pôle emploi s'appelle France Travail.",
        },
        {
            "type": "order",
            "prompt": "Vous voulez ouvrir votre espace France Travail. Mettez les étapes dans l'ordre.",
            "items": [
                "Ouvrez le navigateur internet.",
                "Écrivez francetravail.fr dans la barre d'adresse.",
                "Touchez Se connecter, puis choisissez Candidat.",
                "Écrivez votre identifiant, puis votre mot de passe.",
            ],
            "feedback_correct": "Bravo. Le navigateur, l'adresse du site, Se connecter, puis l'identifiant "
            "et le mot de passe.",
            "feedback_wrong": "Pas tout à fait. D'abord, ouvrez le navigateur et écrivez francetravail.fr. "
            "Puis touchez Se connecter. À la fin, écrivez votre identifiant et votre mot de passe.",
        },
        {
            "type": "single",
            "prompt": "Vous vous actualisez pour le mois de mars. Quand pouvez-vous le faire ?",
            "image": None,
            "alt": "",
            "choices": [
                {
                    "text": "Entre le 28 mars et le 15 avril.",
                    "correct": True,
                    "feedback": "Oui. Vous vous actualisez entre le 28 du mois et le 15 du mois suivant.",
                },
                {
                    "text": "Entre le 1er mars et le 15 mars.",
                    "correct": False,
                    "feedback": "Non. Pour le mois de mars, c'est entre le 28 mars et le 15 avril.",
                },
                {
                    "text": "Le 30 avril seulement.",
                    "correct": False,
                    "feedback": "Non. Le 30 avril, c'est trop tard. Pour mars, c'est entre le 28 mars et le 15 avril.",
                },
            ],
        },
        {
            "type": "multiple",
            "prompt": "Quelles phrases sont justes ? (Plusieurs réponses sont justes.)",
            "image": None,
            "alt": "",
            "choices": [
                {
                    "text": "Votre identifiant est sur vos courriers de France Travail.",
                    "correct": True,
                    "feedback": "Oui. Regardez un courrier de France Travail pour trouver votre identifiant.",
                },
                {
                    "text": "France Travail ne demande jamais votre mot de passe par e-mail ou par SMS.",
                    "correct": True,
                    "feedback": "Oui. Votre mot de passe est secret. Ne le donnez à personne.",
                },
                {
                    "text": "Après l'actualisation, vous gardez la preuve.",
                    "correct": True,
                    "feedback": "Oui. Téléchargez la confirmation, ou faites une capture d'écran.",
                },
                {
                    "text": "Pour aller sur le site, vous ouvrez le lien reçu par SMS.",
                    "correct": False,
                    "feedback": "Non. Écrivez l'adresse vous-même. Un lien reçu par SMS est peut-être une arnaque.",
                },
            ],
        },
        {
            "type": "short",
            "prompt": "Vous n'arrivez pas à vous actualiser. Quel numéro appelez-vous ?",
            "answers": ["3949", "39 49", "39-49", "39.49"],
            "feedback_correct": "Oui. Le 3949 est le numéro de France Travail. "
            "Préparez votre identifiant avant d'appeler.",
            "feedback_wrong": "La bonne réponse est : 3949. Vous pouvez aussi aller dans votre agence France Travail.",
        },
    ],
    "lire-ses-courriers-et-rendez-vous": [
        {
            "type": "image",
            "prompt": "Sur un téléphone, quel bouton ouvre souvent le menu ?",
            "choices": [
                {
                    "image": "quiz/icone-menu.svg",
                    "label": "Trois petits traits",
                    "correct": True,
                    "feedback": "Oui. Sur un téléphone, le bouton du menu a souvent trois petits traits.",
                },
                {
                    "image": "quiz/icone-telecharger.svg",
                    "label": "Une flèche vers le bas",
                    "correct": False,
                    "feedback": "Non. La flèche vers le bas sert à télécharger. "
                    "Le bouton du menu a souvent trois petits traits.",
                },
                {
                    "image": "quiz/icone-loupe.svg",
                    "label": "Une loupe",
                    "correct": False,
                    "feedback": "Non. La loupe sert à chercher. Le bouton du menu a souvent trois petits traits.",
                },
            ],
        },
        {
            "type": "single",
            "prompt": "Dans la liste des courriers, vous voyez une convocation. Qu'est-ce que c'est ?",
            "image": None,
            "alt": "",
            "choices": [
                {
                    "text": "Un rendez-vous obligatoire.",
                    "correct": True,
                    "feedback": "Oui. Une convocation vous donne un rendez-vous obligatoire. "
                    "Lisez bien la date et l'heure.",
                },
                {
                    "text": "Un texte court de votre conseiller.",
                    "correct": False,
                    "feedback": "Non. Un texte court, c'est un message. "
                    "Une convocation vous donne un rendez-vous obligatoire.",
                },
                {
                    "text": "La preuve de votre actualisation.",
                    "correct": False,
                    "feedback": "Non. Une convocation vous donne un rendez-vous obligatoire.",
                },
            ],
        },
        {
            "type": "short",
            "prompt": "Vous téléchargez un courrier. Quel type de fichier arrive sur votre téléphone ?",
            "answers": ["PDF", "un PDF", "fichier PDF", "un fichier PDF", ".pdf"],
            "feedback_correct": "Oui. Le courrier est un fichier PDF. Il est dans le dossier Téléchargements.",
            "feedback_wrong": "La bonne réponse est : PDF. Le fichier est dans le dossier Téléchargements.",
        },
        {
            "type": "multiple",
            "prompt": "Vous avez un rendez-vous à l'agence. Que prenez-vous ? (Plusieurs réponses sont justes.)",
            "image": None,
            "alt": "",
            "choices": [
                {"text": "La convocation", "correct": True, "feedback": "Oui. Prenez la convocation."},
                {
                    "text": "Votre titre de séjour",
                    "correct": True,
                    "feedback": "Oui. Prenez votre titre de séjour.",
                },
                {"text": "Votre CV", "correct": True, "feedback": "Oui. Prenez aussi votre CV."},
                {
                    "text": "Votre mot de passe, écrit sur un papier",
                    "correct": False,
                    "feedback": "Non. Votre mot de passe est secret. Ne le donnez à personne.",
                },
            ],
        },
        {
            "type": "true_false",
            "prompt": "Vous êtes malade. Vous ne pouvez pas venir. "
            "Vous prévenez votre conseiller après le rendez-vous.",
            "image": None,
            "alt": "",
            "answer": False,
            "feedback_correct": "Bravo. Prévenez votre conseiller avant le rendez-vous. "
            "Écrivez un message ou appelez le 3949.",
            "feedback_wrong": "En fait, c'est faux. Prévenez votre conseiller avant le rendez-vous. "
            "Écrivez un message ou appelez le 3949.",
        },
    ],
}
