"""Quizzes for theme 6: Le coffre-fort numérique (demo content, easy French)."""

QUIZZES = {
    "pourquoi-garder-ses-papiers-en-ligne": [
        {
            "type": "multiple",
            "prompt": "Pourquoi garder une copie de vos papiers dans un coffre-fort numérique ? "
            "(Plusieurs réponses sont justes.)",
            "image": None,
            "alt": "",
            "choices": [
                {
                    "text": "Un papier peut être perdu, volé ou mouillé.",
                    "correct": True,
                    "feedback": "Oui. Et refaire un papier prend souvent des semaines.",
                },
                {
                    "text": "La copie aide à refaire un papier plus vite.",
                    "correct": True,
                    "feedback": "Oui. Vous pouvez montrer la copie, ou l'envoyer.",
                },
                {
                    "text": "Vous voyez vos papiers sur votre téléphone ou sur un ordinateur, partout.",
                    "correct": True,
                    "feedback": "Oui. Le coffre-fort s'ouvre aussi sur un autre téléphone ou sur un ordinateur.",
                },
                {
                    "text": "Vous pouvez jeter vos papiers originaux.",
                    "correct": False,
                    "feedback": "Non. La copie ne remplace pas l'original. Gardez vos originaux dans un endroit sûr.",
                },
            ],
        },
        {
            "type": "short",
            "prompt": "Comment s'appelle le coffre-fort numérique solidaire et gratuit ?",
            "answers": ["Reconnect", "Re connect", "Reconect", "Reconnecte"],
            "feedback_correct": "Oui. Reconnect est gratuit. Avant, son nom était le cloud solidaire.",
            "feedback_wrong": "La bonne réponse est : Reconnect. Avant, son nom était le cloud solidaire.",
        },
        {
            "type": "single",
            "prompt": "La première fois, avec qui ouvrez-vous votre coffre-fort Reconnect ?",
            "image": None,
            "alt": "",
            "choices": [
                {
                    "text": "Avec un travailleur social.",
                    "correct": True,
                    "feedback": "Oui. Demandez à la personne qui vous accompagne. Venez avec vos papiers originaux.",
                },
                {
                    "text": "Avec un ami, qui garde votre mot de passe.",
                    "correct": False,
                    "feedback": "Non. Ne donnez jamais votre mot de passe, même à un ami. "
                    "Vous ouvrez le coffre-fort avec un travailleur social.",
                },
                {
                    "text": "Avec un employeur.",
                    "correct": False,
                    "feedback": "Non. Vous ouvrez votre coffre-fort avec un travailleur social.",
                },
            ],
        },
        {
            "type": "true_false",
            "prompt": "La copie dans le coffre-fort remplace le papier original.",
            "image": None,
            "alt": "",
            "answer": False,
            "feedback_correct": "Bravo. La copie ne remplace pas l'original. Gardez vos originaux dans un endroit sûr.",
            "feedback_wrong": "En fait, c'est faux. La copie aide, mais elle ne remplace pas l'original. "
            "Gardez toujours vos originaux.",
        },
        {
            "type": "tap",
            "prompt": "Touchez la carte Vitale sur l'image.",
            "image": "coffre-fort/quels-papiers.svg",
            "alt": "Six papiers à garder : le titre de séjour, le récépissé, un document de l'OFPRA, "
            "la carte Vitale, l'avis d'impôt et le CV.",
            "target": [3.0, 50.5, 30.5, 44.0],
            "feedback_correct": "Oui. Gardez aussi une copie de votre carte Vitale dans le coffre-fort.",
            "feedback_wrong": "Ce n'est pas la carte Vitale. "
            "Cherchez la carte avec un petit carré jaune, en bas à gauche.",
        },
    ],
    "deposer-et-partager-un-document": [
        {
            "type": "order",
            "prompt": "Vous mettez un papier dans votre coffre-fort. Mettez les étapes dans l'ordre.",
            "items": [
                "Posez le papier à plat, près de la lumière.",
                "Prenez une photo : on voit les 4 coins.",
                "Ouvrez le bon dossier.",
                "Touchez le bouton + et choisissez la photo.",
                "Donnez un nom clair au document.",
            ],
            "feedback_correct": "Bravo. Une bonne photo, le bon dossier, le bouton +, puis un nom clair.",
            "feedback_wrong": "Pas tout à fait. D'abord, préparez le papier et prenez la photo. "
            "Puis ouvrez le dossier et touchez le bouton +. À la fin, donnez un nom clair.",
        },
        {
            "type": "single",
            "prompt": "Quel nom de document est clair ?",
            "image": None,
            "alt": "",
            "choices": [
                {
                    "text": "Titre de séjour recto 2026",
                    "correct": True,
                    "feedback": "Oui. Le nom dit quel papier, quel côté et quelle année.",
                },
                {
                    "text": "IMG_2087",
                    "correct": False,
                    "feedback": "Non. Ce nom ne dit pas quel papier c'est. "
                    "Écrivez quel papier, quel côté et quelle année.",
                },
                {
                    "text": "Papier",
                    "correct": False,
                    "feedback": "Non. Ce nom est trop court. Écrivez quel papier, quel côté et quelle année.",
                },
            ],
        },
        {
            "type": "short",
            "prompt": "Une carte a deux côtés. Comment s'appelle le devant de la carte ?",
            "answers": ["recto", "le recto"],
            "feedback_correct": "Oui. Le devant est le recto. Le derrière est le verso. Prenez 2 photos.",
            "feedback_wrong": "La bonne réponse est : recto. Le derrière s'appelle le verso.",
        },
        {
            "type": "image",
            "prompt": "Le professionnel a fini. Vous arrêtez le partage. Quelle image montre un document privé ?",
            "choices": [
                {
                    "image": "quiz/cadenas-ferme.svg",
                    "label": "Un cadenas fermé",
                    "correct": True,
                    "feedback": "Oui. Le document est privé. Il est seulement pour vous.",
                },
                {
                    "image": "quiz/cadenas-ouvert.svg",
                    "label": "Un cadenas ouvert",
                    "correct": False,
                    "feedback": "Non. Le cadenas ouvert montre un document partagé. "
                    "Un document privé a un cadenas fermé.",
                },
            ],
        },
        {
            "type": "true_false",
            "prompt": "Votre conseiller vous demande un papier. Vous partagez tout votre coffre-fort.",
            "image": None,
            "alt": "",
            "answer": False,
            "feedback_correct": "Bravo. Partagez seulement le document demandé.",
            "feedback_wrong": "En fait, c'est faux. Partagez seulement le document demandé, "
            "pas tout votre coffre-fort.",
        },
    ],
}
