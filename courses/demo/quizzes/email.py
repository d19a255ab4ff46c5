"""Quizzes for theme 5: Créer une boîte mail (demo content, easy French)."""

QUIZZES = {
    "creer-son-adresse": [
        {
            "type": "order",
            "prompt": "Vous créez votre adresse mail. Mettez les étapes dans l'ordre.",
            "items": [
                "Cliquez sur Créer un compte.",
                "Écrivez votre prénom et votre nom.",
                "Choisissez votre adresse et votre mot de passe.",
                "Donnez votre numéro de téléphone.",
                "Écrivez le code reçu par SMS.",
            ],
            "feedback_correct": "Bravo. À la fin, le code reçu par SMS confirme votre boîte mail.",
            "feedback_wrong": "Pas tout à fait. D'abord, cliquez sur Créer un compte. "
            "Puis le prénom et le nom, l'adresse, le mot de passe et le téléphone. "
            "À la fin, le code reçu par SMS.",
        },
        {
            "type": "single",
            "prompt": "Quelle adresse mail est un bon choix ?",
            "image": None,
            "alt": "",
            "choices": [
                {
                    "text": "amina.diallo@example.com",
                    "correct": True,
                    "feedback": "Oui. Votre prénom, un point, votre nom : c'est simple et sérieux.",
                },
                {
                    "text": "amina diallo@example.com",
                    "correct": False,
                    "feedback": "Non. Une adresse mail n'a pas d'espace. Écrivez amina.diallo, avec un point.",
                },
                {
                    "text": "petite.etoile@example.com",
                    "correct": False,
                    "feedback": "Non. Évitez les surnoms. Un employeur va lire votre adresse.",
                },
            ],
        },
        {
            "type": "multiple",
            "prompt": "Comment faire un mot de passe solide ? (Plusieurs réponses sont justes.)",
            "image": None,
            "alt": "",
            "choices": [
                {"text": "Au moins 12 caractères.", "correct": True, "feedback": "Oui. Au moins 12 caractères."},
                {
                    "text": "Des lettres, des chiffres et un signe comme !",
                    "correct": True,
                    "feedback": "Oui. Mélangez les lettres, les chiffres et les signes.",
                },
                {
                    "text": "Trois mots que vous aimez, un chiffre et un signe.",
                    "correct": True,
                    "feedback": "Oui. C'est une bonne idée. Vous vous souvenez facilement de ce mot de passe.",
                },
                {
                    "text": "Votre date de naissance.",
                    "correct": False,
                    "feedback": "Non. N'utilisez pas votre date de naissance ni votre nom. "
                    "D'autres personnes les connaissent.",
                },
            ],
        },
        {
            "type": "tap",
            "prompt": "Le formulaire demande le mot de passe deux fois. "
            "Touchez la case où vous l'écrivez la deuxième fois.",
            "image": "email/mot-de-passe.svg",
            "alt": "Le formulaire : la case Mot de passe, la case Confirmer en dessous, et une barre Solide. "
            "À droite, les conseils : 12 caractères ou plus.",
            "target": [8.8, 63.0, 48.1, 13.0],
            "feedback_correct": "Oui. C'est la case Confirmer. Écrivez exactement le même mot de passe.",
            "feedback_wrong": "Ce n'est pas cette case. La deuxième fois, écrivez le mot de passe "
            "dans la case Confirmer, sous la case Mot de passe.",
        },
        {
            "type": "true_false",
            "prompt": "Un vrai service de messagerie vous demande votre mot de passe par message ou par téléphone.",
            "image": None,
            "alt": "",
            "answer": False,
            "feedback_correct": "Bravo. Un vrai service ne vous demande jamais votre mot de passe. "
            "Ne le donnez à personne.",
            "feedback_wrong": "En fait, c'est faux. Un vrai service ne demande jamais votre mot de passe. "
            "Votre adresse, vous pouvez la donner. Votre mot de passe, jamais.",
        },
    ],
    "lire-ecrire-envoyer-un-message": [
        {
            "type": "true_false",
            "prompt": "Dans la boîte de réception, un message pas encore lu est écrit en gras.",
            "image": None,
            "alt": "",
            "answer": True,
            "feedback_correct": "Oui, c'est vrai. Cliquez sur le message en gras pour le lire.",
            "feedback_wrong": "En fait, c'est vrai. Un message pas encore lu est écrit en gras. "
            "Cliquez dessus pour le lire.",
        },
        {
            "type": "tap",
            "prompt": "Votre message est prêt. Touchez le bouton pour l'envoyer.",
            "image": "email/objet-texte.svg",
            "alt": "La fenêtre Nouveau message : la case À, la case Objet, le texte du message, "
            "et un bouton bleu foncé en bas à gauche.",
            "target": [4.5, 81.0, 22.5, 12.5],
            "feedback_correct": "Oui. Cliquez sur Envoyer. Le message part.",
            "feedback_wrong": "Ce n'est pas ce bouton. Cherchez le bouton Envoyer, en bas de la fenêtre.",
        },
        {
            "type": "short",
            "prompt": "À la fin du message, vous écrivez un mot poli, puis votre prénom et votre nom. "
            "Quel est ce mot ?",
            "answers": ["Cordialement", "Bien cordialement", "cordialemant", "cordialment", "cordiallement"],
            "feedback_correct": "Oui. Cordialement, puis votre prénom et votre nom.",
            "feedback_wrong": "La bonne réponse est : Cordialement. Au début du message, vous écrivez Bonjour.",
        },
        {
            "type": "single",
            "prompt": "Un message dit venir de l'Assurance Maladie. "
            "Il demande votre numéro de carte bancaire. Que faites-vous ?",
            "image": None,
            "alt": "",
            "choices": [
                {
                    "text": "Vous ne cliquez pas sur le lien. Vous supprimez le message.",
                    "correct": True,
                    "feedback": "Oui. C'est une arnaque. "
                    "Un service public ne demande jamais votre numéro de carte bancaire.",
                },
                {
                    "text": "Vous répondez avec votre numéro de carte.",
                    "correct": False,
                    "feedback": "Non. Un service public ne demande jamais votre numéro de carte bancaire "
                    "par mail. Ne répondez pas.",
                },
                {
                    "text": "Vous cliquez sur le lien pour vérifier.",
                    "correct": False,
                    "feedback": "Non. Ne cliquez pas sur le lien. "
                    "Allez vous-même sur le vrai site, ou demandez à votre conseiller.",
                },
            ],
        },
        {
            "type": "order",
            "prompt": "Vous écrivez un nouveau message. Mettez les étapes dans l'ordre.",
            "items": [
                "Cliquez sur Nouveau message.",
                "Dans la case À, écrivez l'adresse du destinataire.",
                "Écrivez l'objet, puis le texte.",
                "Relisez, puis cliquez sur Envoyer.",
            ],
            "feedback_correct": "Bravo. Le destinataire, l'objet, le texte, puis vous relisez et vous envoyez.",
            "feedback_wrong": "Pas tout à fait. D'abord, Nouveau message. Puis l'adresse dans la case À, "
            "l'objet et le texte. À la fin, relisez et cliquez sur Envoyer.",
        },
    ],
}
