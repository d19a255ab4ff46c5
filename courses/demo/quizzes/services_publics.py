"""Quizzes for theme 7: Les services publics en ligne (demo content, easy French)."""

QUIZZES = {
    "se-connecter-avec-franceconnect": [
        {
            "type": "single",
            "prompt": "FranceConnect, c'est quoi ?",
            "image": None,
            "alt": "",
            "choices": [
                {
                    "text": "Un bouton pour entrer sur un site public avec un compte que vous avez déjà.",
                    "correct": True,
                    "feedback": "Oui. Avec FranceConnect, vous avez moins de mots de passe à retenir.",
                },
                {
                    "text": "Un nouveau compte, avec un nouveau mot de passe.",
                    "correct": False,
                    "feedback": "Non. FranceConnect n'est pas un nouveau compte. "
                    "Vous utilisez un compte que vous avez déjà.",
                },
                {
                    "text": "Un site pour chercher un travail.",
                    "correct": False,
                    "feedback": "Non. Pour chercher un travail, c'est France Travail. "
                    "FranceConnect est un bouton pour vous connecter.",
                },
            ],
        },
        {
            "type": "tap",
            "prompt": "Touchez le bouton S'identifier avec FranceConnect.",
            "image": "services-publics/fc-trouver-bouton.svg",
            "alt": "La page de connexion du site caf.fr : les cases Identifiant et Mot de passe, "
            "le bouton Se connecter, puis un bouton foncé en bas.",
            "target": [29.5, 74.5, 41.0, 17.0],
            "feedback_correct": "Oui. Ce bouton est sur la page de connexion, sous les cases.",
            "feedback_wrong": "Ce n'est pas ce bouton. Cherchez le bouton foncé "
            "« S'identifier avec FranceConnect », sous les cases.",
        },
        {
            "type": "multiple",
            "prompt": "Avec FranceConnect, quels comptes pouvez-vous utiliser ? (Plusieurs réponses sont justes.)",
            "image": None,
            "alt": "",
            "choices": [
                {
                    "text": "Votre compte ameli",
                    "correct": True,
                    "feedback": "Oui. Vous gardez le même identifiant et le même mot de passe.",
                },
                {
                    "text": "Votre compte impots.gouv.fr",
                    "correct": True,
                    "feedback": "Oui. Vous gardez le même identifiant et le même mot de passe.",
                },
                {
                    "text": "Un compte tout nouveau, créé sur FranceConnect",
                    "correct": False,
                    "feedback": "Non. FranceConnect ne crée pas de compte. Il faut déjà avoir un compte.",
                },
            ],
        },
        {
            "type": "true_false",
            "prompt": "Vous êtes sur un ordinateur partagé. Le navigateur propose d'enregistrer "
            "votre mot de passe. Vous acceptez.",
            "image": None,
            "alt": "",
            "answer": False,
            "feedback_correct": "Bravo. Sur un ordinateur partagé, refusez toujours. "
            "À la fin, déconnectez-vous et fermez le navigateur.",
            "feedback_wrong": "En fait, c'est faux. Sur un ordinateur partagé, refusez toujours. "
            "Une autre personne peut ouvrir votre compte.",
        },
        {
            "type": "short",
            "prompt": "Vous avez fini sur le site public. Sur quel bouton cliquez-vous ?",
            "answers": ["Se déconnecter", "déconnecter", "déconnexion", "se déconecter", "déconecter"],
            "feedback_correct": "Oui. Cliquez sur Se déconnecter. "
            "Sur un ordinateur partagé, fermez aussi le navigateur.",
            "feedback_wrong": "La bonne réponse est : Se déconnecter. Ce bouton est souvent en haut de la page.",
        },
    ],
    "mon-compte-ameli": [
        {
            "type": "short",
            "prompt": "Vous avez une question pour l'Assurance Maladie. Quel numéro appelez-vous ?",
            "answers": ["3646", "36 46", "36-46", "36.46"],
            "feedback_correct": "Oui. Le 3646 est le numéro de l'Assurance Maladie.",
            "feedback_wrong": "La bonne réponse est : 3646. C'est le numéro de l'Assurance Maladie.",
        },
        {
            "type": "single",
            "prompt": "C'est votre première connexion à ameli. Comment recevez-vous le code provisoire ?",
            "image": None,
            "alt": "",
            "choices": [
                {
                    "text": "Par courrier, chez vous.",
                    "correct": True,
                    "feedback": "Oui. Votre nom doit être sur la boîte aux lettres. Sinon, le courrier n'arrive pas.",
                },
                {
                    "text": "Par SMS, tout de suite.",
                    "correct": False,
                    "feedback": "Non. Le code provisoire arrive par courrier, chez vous.",
                },
                {
                    "text": "Il est écrit sur votre carte Vitale.",
                    "correct": False,
                    "feedback": "Non. Sur la carte Vitale, il y a votre numéro de sécurité sociale. "
                    "Le code provisoire arrive par courrier.",
                },
            ],
        },
        {
            "type": "multiple",
            "prompt": "Que pouvez-vous faire dans votre compte ameli ? (Plusieurs réponses sont justes.)",
            "image": None,
            "alt": "",
            "choices": [
                {
                    "text": "Voir vos remboursements.",
                    "correct": True,
                    "feedback": "Oui. Vous voyez ce que l'Assurance Maladie vous rembourse.",
                },
                {
                    "text": "Télécharger votre attestation de droits.",
                    "correct": True,
                    "feedback": "Oui. C'est un fichier PDF. L'hôpital ou un médecin peut la demander.",
                },
                {
                    "text": "Demander la Complémentaire santé solidaire (CSS).",
                    "correct": True,
                    "feedback": "Oui. Vous répondez à des questions, puis vous envoyez la demande.",
                },
                {
                    "text": "Vous actualiser chaque mois pour France Travail.",
                    "correct": False,
                    "feedback": "Non. L'actualisation se fait dans votre espace France Travail.",
                },
            ],
        },
        {
            "type": "true_false",
            "prompt": "Un SMS vous demande de payer pour votre carte Vitale. C'est une arnaque.",
            "image": None,
            "alt": "",
            "answer": True,
            "feedback_correct": "Oui, c'est vrai. La carte Vitale est gratuite. Ne payez rien.",
            "feedback_wrong": "En fait, c'est vrai. La carte Vitale est gratuite. "
            "Un message qui demande de payer pour la carte Vitale est une arnaque.",
        },
        {
            "type": "tap",
            "prompt": "Dans le compte ameli, touchez la partie où vous voyez vos remboursements.",
            "image": "services-publics/ameli-compte.svg",
            "alt": "Un téléphone montre le compte ameli avec trois parties : Remboursements, Documents et Messages.",
            "target": [34.7, 30.5, 30.6, 19.0],
            "feedback_correct": "Oui. Ici, vous voyez les remboursements de vos soins.",
            "feedback_wrong": "Ce n'est pas cette partie. Cherchez la partie Remboursements, avec le signe €.",
        },
    ],
}
