"""Quizzes for theme 1: Utiliser un ordinateur (demo content, easy French)."""

QUIZZES = {
    "allumer-se-connecter-eteindre": [
        {
            "type": "image",
            "prompt": "Quel symbole est sur le bouton Marche/Arrêt ?",
            "choices": [
                {
                    "image": "ordinateur/allumer.svg",
                    "label": "Un cercle ouvert avec un trait",
                    "correct": True,
                    "feedback": "Oui. Le bouton Marche/Arrêt a un cercle ouvert avec un petit trait en haut.",
                },
                {
                    "image": "quiz/symbole-demarrer.svg",
                    "label": "Quatre carrés",
                    "correct": False,
                    "feedback": "Non. Les quatre carrés, c'est le bouton Démarrer. "
                    "Le bouton Marche/Arrêt a un cercle ouvert avec un trait.",
                },
                {
                    "image": "quiz/touche-entree.svg",
                    "label": "Une flèche coudée",
                    "correct": False,
                    "feedback": "Non. La flèche qui tourne est sur la touche Entrée. "
                    "Le bouton Marche/Arrêt a un cercle ouvert avec un trait.",
                },
            ],
        },
        {
            "type": "tap",
            "prompt": "Touchez le bouton Marche/Arrêt de l'unité centrale sur l'image.",
            "image": "ordinateur/parties.svg",
            "alt": "Un ordinateur : l'écran, l'unité centrale à droite de l'écran avec un bouton rond, "
            "le clavier, la souris, et un ordinateur portable.",
            "target": [61.0, 25.0, 9.4, 15.0],
            "feedback_correct": "Oui. Sur l'unité centrale, le bouton Marche/Arrêt est devant. "
            "Il a un cercle ouvert avec un trait.",
            "feedback_wrong": "Ce n'est pas le bouton. Regardez l'unité centrale, à droite de l'écran. "
            "Le bouton a un cercle ouvert avec un trait.",
        },
        {
            "type": "single",
            "prompt": "L'ordinateur démarre. Vous voyez une grande photo avec l'heure. Que faites-vous ?",
            "image": None,
            "alt": "",
            "choices": [
                {
                    "text": "Appuyez sur une touche du clavier.",
                    "correct": True,
                    "feedback": "Oui. La case Mot de passe apparaît. Vous pouvez ouvrir votre session.",
                },
                {
                    "text": "Appuyez encore sur le bouton Marche/Arrêt.",
                    "correct": False,
                    "feedback": "Non. L'ordinateur est déjà allumé. Appuyez sur une touche du clavier.",
                },
                {
                    "text": "Débranchez la prise, puis rebranchez-la.",
                    "correct": False,
                    "feedback": "Non. Ne débranchez jamais la prise. Appuyez sur une touche du clavier.",
                },
            ],
        },
        {
            "type": "true_false",
            "prompt": "Pour éteindre l'ordinateur, vous pouvez débrancher la prise.",
            "image": None,
            "alt": "",
            "answer": False,
            "feedback_correct": "Bravo. Ne débranchez jamais la prise. "
            "Vous pouvez perdre vos documents et abîmer l'ordinateur.",
            "feedback_wrong": "En fait, c'est faux. Débrancher la prise peut abîmer l'ordinateur. "
            "Utilisez le menu Démarrer, puis Arrêter.",
        },
        {
            "type": "order",
            "prompt": "Vous voulez éteindre l'ordinateur. Mettez les étapes dans l'ordre.",
            "items": [
                "Fermez vos documents et vos programmes.",
                "Cliquez sur le bouton Démarrer.",
                "Cliquez sur le bouton Marche/Arrêt.",
                "Cliquez sur Arrêter.",
                "Attendez : l'écran devient noir.",
            ],
            "feedback_correct": "Bravo. Vous fermez tout. Puis Démarrer, Marche/Arrêt et Arrêter. "
            "Ensuite, vous attendez.",
            "feedback_wrong": "Pas tout à fait. D'abord, fermez vos documents. "
            "Puis cliquez sur Démarrer, sur Marche/Arrêt, et enfin sur Arrêter.",
        },
    ],
    "clavier-azerty": [
        {
            "type": "tap",
            "prompt": "Touchez la touche Entrée sur le clavier.",
            "image": "ordinateur/clavier-azerty.svg",
            "alt": "Un clavier d'ordinateur français. En haut, en grand, les lettres A Z E R T Y.",
            "target": [87.0, 55.0, 10.5, 20.5],
            "feedback_correct": "Oui. La touche Entrée est grande, à droite des lettres. "
            "Elle a une flèche qui tourne vers la gauche.",
            "feedback_wrong": "Ce n'est pas la touche Entrée. Cherchez la grande touche à droite des lettres, "
            "avec une flèche qui tourne vers la gauche.",
        },
        {
            "type": "short",
            "prompt": "Le signe @ est dans toutes les adresses mail. Comment s'appelle ce signe ?",
            "answers": ["arobase", "l'arobase", "une arobase", "arobas", "arrobase", "arrobas", "arobasse"],
            "feedback_correct": "Oui. Le signe @ s'appelle l'arobase.",
            "feedback_wrong": "La bonne réponse est : arobase. Pour l'écrire, gardez le doigt sur AltGr. "
            "Puis appuyez sur la touche à.",
        },
        {
            "type": "single",
            "prompt": "Vous voulez écrire le chiffre 5 avec la ligne du haut du clavier. Que faites-vous ?",
            "image": None,
            "alt": "",
            "choices": [
                {
                    "text": "Gardez le doigt sur Maj, puis appuyez sur la touche 5.",
                    "correct": True,
                    "feedback": "Oui. Sur un clavier français, les chiffres du haut s'écrivent avec Maj.",
                },
                {
                    "text": "Appuyez seulement sur la touche 5.",
                    "correct": False,
                    "feedback": "Non. Sans Maj, la touche écrit le signe du bas. Gardez le doigt sur Maj.",
                },
                {
                    "text": "Gardez le doigt sur AltGr, puis appuyez sur la touche 5.",
                    "correct": False,
                    "feedback": "Non. AltGr sert pour d'autres signes, comme @. Pour un chiffre, utilisez Maj.",
                },
            ],
        },
        {
            "type": "multiple",
            "prompt": "Quelles lettres ont leur propre touche sur le clavier français ? "
            "(Plusieurs réponses sont justes.)",
            "image": None,
            "alt": "",
            "choices": [
                {"text": "é", "correct": True, "feedback": "Oui. La lettre é est sur la touche 2."},
                {"text": "ç", "correct": True, "feedback": "Oui. La lettre ç est sur la touche 9."},
                {"text": "ù", "correct": True, "feedback": "Oui. La lettre ù est à droite de la lettre M."},
                {
                    "text": "ê",
                    "correct": False,
                    "feedback": "Non. Pour ê, appuyez d'abord sur la touche ^, à droite de P. Puis appuyez sur e.",
                },
            ],
        },
        {
            "type": "true_false",
            "prompt": "La touche Retour arrière efface la lettre juste avant le curseur.",
            "image": None,
            "alt": "",
            "answer": True,
            "feedback_correct": "Oui, c'est vrai. Le curseur est le petit trait qui clignote. "
            "Retour arrière efface la lettre juste avant.",
            "feedback_wrong": "En fait, c'est vrai. La touche Retour arrière, en haut à droite, "
            "efface la lettre juste avant le curseur.",
        },
    ],
}
