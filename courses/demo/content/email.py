"""Theme 5: Créer une boîte mail (demo content, easy French)."""

THEME = {
    "slug": "email",
    "title": "Créer une boîte mail",
    "description": "Créer son adresse mail, lire et envoyer des messages, reconnaître une arnaque.",
    "colour": "orange",
    "pictogram": "email/theme.svg",
}

MODULES = [
    {
        "slug": "creer-son-adresse",
        "title": "Créer son adresse mail",
        "objective": "À la fin, j'ai une adresse mail et un mot de passe solide, bien notés et bien gardés.",
        "duration": 25,
        "level": "debutant",
        "pictogram": "email/pictogramme-adresse.svg",
        "steps": [
            {
                "title": "À quoi sert une adresse mail ?",
                "text": [
                    "Avec une <b>adresse mail</b>, vous recevez et vous envoyez des messages par Internet.",
                    "France Travail, la CAF et les employeurs demandent souvent votre adresse mail.",
                    "Une adresse mail ressemble à ça : <b>amina.diallo@example.com</b>.",
                ],
                "image": "email/a-quoi-sert.svg",
                "alt": "Un téléphone avec une enveloppe. Des messages arrivent de France Travail, "
                "de la CAF et d'un employeur. En dessous, l'adresse mail est entourée.",
                "callout": None,
                "vocabulary": ["une adresse mail", "un message"],
            },
            {
                "title": "Choisir un service de messagerie",
                "text": [
                    "Pour avoir une adresse mail, il faut un <b>service de messagerie</b>.",
                    "Il existe des services de messagerie gratuits. Un conseiller peut vous aider à en choisir un.",
                    "Ouvrez le site du service. Cliquez sur <b>Créer un compte</b>.",
                ],
                "image": "email/creer-un-compte.svg",
                "alt": "La page d'accueil d'un service de messagerie gratuit. "
                "Le bouton « Créer un compte » est entouré.",
                "callout": {
                    "kind": "tip",
                    "text": "Une adresse mail peut être gratuite. Vous n'avez pas besoin de payer.",
                },
                "vocabulary": ["un service de messagerie", "gratuit", "créer un compte"],
            },
            {
                "title": "Écrire votre prénom et votre nom",
                "text": [
                    "Une page avec des cases s'ouvre. C'est un <b>formulaire</b>.",
                    "Écrivez votre <b>prénom</b> et votre <b>nom</b>, comme sur vos papiers.",
                    "Écrivez aussi votre date de naissance. Puis cliquez sur <b>Suivant</b>.",
                ],
                "image": "email/prenom-nom.svg",
                "alt": "Un formulaire. Deux flèches montrent les cases « Prénom » et « Nom », déjà remplies. "
                "En dessous, la date de naissance et le bouton « Suivant ».",
                "callout": None,
                "vocabulary": ["le formulaire", "le prénom", "le nom"],
            },
            {
                "title": "Choisir votre adresse",
                "text": [
                    "Choisissez une adresse simple : votre prénom, un point, votre nom. "
                    "Par exemple <b>amina.diallo</b>.",
                    "Écrivez sans accent et sans espace.",
                    "Si l'adresse est déjà prise, ajoutez un chiffre. Par exemple <b>amina.diallo77</b>.",
                ],
                "image": "email/choisir-adresse.svg",
                "alt": "L'adresse amina.diallo@example.com en trois parties. La première partie, "
                "« amina.diallo », est entourée : c'est vous qui la choisissez. Puis le signe @, puis le service.",
                "callout": {
                    "kind": "tip",
                    "text": "Évitez les surnoms et les mots drôles. Un employeur va lire votre adresse.",
                },
                "vocabulary": ["le point", "l'arobase (@)", "un chiffre"],
            },
            {
                "title": "Choisir un mot de passe solide",
                "text": [
                    "Le <b>mot de passe</b> protège votre boîte mail. Il doit être solide.",
                    "Un mot de passe solide a au moins 12 caractères : des lettres, des chiffres "
                    "et un signe comme <b>!</b>",
                    "Une idée : trois mots que vous aimez, un chiffre et un signe. N'utilisez pas votre nom "
                    "ni votre date de naissance.",
                ],
                "image": "email/mot-de-passe.svg",
                "alt": "Le formulaire. La case « Mot de passe », avec des points à la place des lettres, "
                "est entourée. En dessous, la case « Confirmer » et une barre presque pleine : « Solide ».",
                "callout": {
                    "kind": "tip",
                    "text": "Le formulaire demande le mot de passe deux fois. Écrivez exactement le même "
                    "dans la case <b>Confirmer</b>.",
                },
                "vocabulary": ["le mot de passe", "solide", "un caractère"],
            },
            {
                "title": "Ajouter votre numéro de téléphone",
                "text": [
                    "Le service demande un <b>numéro de téléphone</b>. Donnez votre numéro à vous.",
                    "Si vous oubliez votre mot de passe, le service envoie un code par SMS à ce numéro.",
                    "Avec ce code, vous pouvez de nouveau ouvrir votre boîte mail.",
                ],
                "image": "email/telephone.svg",
                "alt": "Le formulaire. La case « Numéro de téléphone » est entourée. "
                "À côté, un téléphone reçoit un SMS avec un code.",
                "callout": {
                    "kind": "tip",
                    "text": "Vous changez de numéro ? Changez-le aussi dans votre boîte mail.",
                },
                "vocabulary": ["le numéro de téléphone", "un SMS", "un code"],
            },
            {
                "title": "Confirmer avec le code",
                "text": [
                    "Le service envoie un <b>code</b> par SMS sur votre téléphone.",
                    "Écrivez ce code dans la case. Cliquez sur <b>Suivant</b>.",
                    "Votre boîte mail est prête.",
                ],
                "image": "email/code-sms.svg",
                "alt": "À gauche, un téléphone avec un SMS : « Votre code : 482 916 ». "
                "Une flèche va vers la case « Code » du formulaire, entourée.",
                "callout": {
                    "kind": "warning",
                    "text": "Ce code est secret. Ne le donnez à personne, même au téléphone.",
                },
                "vocabulary": ["confirmer", "la case"],
            },
            {
                "title": "Noter l'adresse et le mot de passe",
                "text": [
                    "Écrivez votre adresse mail et votre mot de passe sur un papier.",
                    "Rangez ce papier chez vous, avec vos papiers importants.",
                    "Votre adresse, vous pouvez la donner. Votre mot de passe, jamais.",
                ],
                "image": "email/noter.svg",
                "alt": "Un carnet avec l'adresse mail et le mot de passe, et une coche : c'est bien. "
                "À droite, une personne demande « Votre mot de passe ? » : une croix dit non.",
                "callout": {
                    "kind": "warning",
                    "text": "Ne donnez jamais votre mot de passe. Un vrai service ne vous le demande jamais.",
                },
                "vocabulary": ["noter", "ranger", "jamais"],
            },
        ],
    },
    {
        "slug": "lire-ecrire-envoyer-un-message",
        "title": "Lire, écrire et envoyer un message",
        "objective": "À la fin, je sais lire un message, répondre, écrire un nouveau message "
        "et reconnaître une arnaque.",
        "duration": 20,
        "level": "debutant",
        "pictogram": "email/pictogramme-message.svg",
        "steps": [
            {
                "title": "Ouvrir votre boîte de réception",
                "text": [
                    "Ouvrez le site ou l'application de votre service de messagerie.",
                    "Écrivez votre adresse mail et votre mot de passe. Cliquez sur <b>Se connecter</b>.",
                    "Vous voyez la <b>boîte de réception</b> : la liste des messages que vous recevez.",
                ],
                "image": "email/boite-de-reception.svg",
                "alt": "Une boîte mail. Dans la colonne de gauche, « Boîte de réception » est entouré. "
                "À droite, la liste des messages.",
                "callout": None,
                "vocabulary": ["la boîte de réception", "se connecter"],
            },
            {
                "title": "Lire un message",
                "text": [
                    "Chaque ligne est un message. Vous voyez qui l'envoie : c'est l'<b>expéditeur</b>.",
                    "Vous voyez aussi le sujet du message : c'est l'<b>objet</b>.",
                    "Un message pas encore lu est écrit en gras. Cliquez dessus pour le lire.",
                ],
                "image": "email/lire.svg",
                "alt": "La liste des messages. Le premier message, en gras, de France Travail, "
                "objet « Votre rendez-vous », est entouré.",
                "callout": None,
                "vocabulary": ["l'expéditeur", "l'objet", "en gras"],
            },
            {
                "title": "Répondre à un message",
                "text": [
                    "Sous le message, cliquez sur <b>Répondre</b>.",
                    "L'adresse et l'objet sont déjà écrits. Écrivez seulement votre réponse.",
                    "Puis cliquez sur <b>Envoyer</b>.",
                ],
                "image": "email/repondre.svg",
                "alt": "Un message ouvert de Sara, la formatrice. Sous le texte, "
                "le bouton « Répondre » est entouré. À côté, le bouton « Transférer ».",
                "callout": None,
                "vocabulary": ["répondre", "la réponse"],
            },
            {
                "title": "Écrire un nouveau message",
                "text": [
                    "En haut à gauche, cliquez sur <b>Nouveau message</b>. Parfois, le bouton s'appelle <b>Écrire</b>.",
                    "Une fenêtre s'ouvre avec des cases vides.",
                ],
                "image": "email/nouveau-message.svg",
                "alt": "La boîte mail. En haut à gauche, le bouton « Nouveau message » est entouré, "
                "avec la souris dessus.",
                "callout": None,
                "vocabulary": ["un nouveau message", "écrire"],
            },
            {
                "title": "Écrire l'adresse du destinataire",
                "text": [
                    "La personne qui reçoit le message est le <b>destinataire</b>.",
                    "Dans la case <b>À</b>, écrivez son adresse mail.",
                    "Vérifiez chaque lettre. Avec une seule erreur, le message n'arrive pas.",
                ],
                "image": "email/destinataire.svg",
                "alt": "La fenêtre « Nouveau message ». La case « À », avec l'adresse sara.martin@example.com, "
                "est entourée. En dessous, les touches AltGr et à pour écrire @.",
                "callout": {
                    "kind": "tip",
                    "text": "Pour écrire <b>@</b> sur un clavier d'ordinateur : appuyez en même temps "
                    "sur <b>AltGr</b> et sur la touche <b>à</b> (la touche 0).",
                },
                "vocabulary": ["le destinataire", "l'arobase (@)"],
            },
            {
                "title": "Écrire l'objet et le texte",
                "text": [
                    "Dans la case <b>Objet</b>, écrivez le sujet en quelques mots. Par exemple : "
                    "<b>Demande de rendez-vous</b>.",
                    "Dans la grande case, écrivez votre message. Commencez par <b>Bonjour</b>.",
                    "À la fin, écrivez <b>Cordialement</b>, puis votre prénom et votre nom.",
                ],
                "image": "email/objet-texte.svg",
                "alt": "La fenêtre « Nouveau message ». La case « Objet » : « Demande de rendez-vous », entourée. "
                "En dessous, le texte commence par « Bonjour » et finit par « Cordialement, Amina Diallo ».",
                "callout": {
                    "kind": "tip",
                    "text": "Écrivez toujours un objet. Le destinataire comprend tout de suite pourquoi vous écrivez.",
                },
                "vocabulary": ["l'objet", "Bonjour", "Cordialement"],
            },
            {
                "title": "Envoyer le message",
                "text": [
                    "Relisez votre message.",
                    "Cliquez sur <b>Envoyer</b>. Le message part.",
                    "Vous retrouvez le message dans le dossier <b>Envoyés</b>.",
                ],
                "image": "email/envoyer.svg",
                "alt": "La fenêtre « Nouveau message » est remplie. "
                "En bas, le bouton « Envoyer » est entouré, avec une flèche.",
                "callout": None,
                "vocabulary": ["envoyer", "relire", "Envoyés"],
            },
            {
                "title": "Reconnaître une arnaque",
                "text": [
                    "Attention aux faux messages. Ils font peur ou ils promettent de l'argent.",
                    "Un service public ne demande jamais votre mot de passe ou votre numéro de carte bancaire, "
                    "par mail ou par SMS.",
                    "Ne cliquez pas sur le lien et ne répondez pas. Supprimez le message.",
                ],
                "image": "email/arnaque.svg",
                "alt": "Un faux message « Assurance Maladie » qui demande le numéro de carte bancaire. "
                "La demande est entourée, avec un panneau « Arnaque ! ».",
                "callout": {
                    "kind": "warning",
                    "text": "Vous avez un doute ? Demandez à votre conseiller. Ou allez vous-même sur le vrai site, "
                    "sans cliquer sur le lien.",
                },
                "vocabulary": ["une arnaque", "un lien", "supprimer"],
            },
        ],
    },
]
