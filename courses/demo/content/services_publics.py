"""Theme 7: Les services publics en ligne (demo content, easy French)."""

THEME = {
    "slug": "services-publics",
    "title": "Les services publics en ligne",
    "description": "Se connecter aux sites publics et utiliser son compte ameli.",
    "colour": "red",
    "pictogram": "services-publics/theme.svg",
}

MODULES = [
    {
        "slug": "se-connecter-avec-franceconnect",
        "title": "Se connecter avec FranceConnect",
        "objective": "À la fin, je sais me connecter à un site public avec FranceConnect, sans risque.",
        "duration": 15,
        "level": "debutant",
        "pictogram": "services-publics/franceconnect.svg",
        "steps": [
            {
                "title": "FranceConnect, c'est quoi ?",
                "text": [
                    "<b>FranceConnect</b> est un bouton. Il est sur beaucoup de sites publics.",
                    "Avec ce bouton, vous entrez sur un site avec un compte que vous avez déjà.",
                    "Vous avez moins de mots de passe à retenir.",
                ],
                "image": "services-publics/fc-un-bouton.svg",
                "alt": (
                    "Au centre, le bouton « S'identifier avec FranceConnect ». Des flèches vont vers trois sites : "
                    "ameli.fr, impots.gouv.fr et caf.fr."
                ),
                "callout": None,
                "vocabulary": ["un site public", "un mot de passe"],
            },
            {
                "title": "Il faut déjà un compte",
                "text": [
                    "FranceConnect n'est pas un nouveau compte. Vous utilisez un compte que vous avez déjà.",
                    "Par exemple : votre compte <b>ameli</b> ou votre compte <b>impots.gouv.fr</b>.",
                    "Vous gardez le même identifiant et le même mot de passe.",
                ],
                "image": "services-publics/fc-compte-existant.svg",
                "alt": (
                    "Deux cartes de compte : « Compte ameli » et « Compte impots.gouv.fr ». Un cercle orange entoure "
                    "les deux cartes."
                ),
                "callout": {
                    "kind": "tip",
                    "text": (
                        "Vous n'avez pas encore de compte ? Demandez de l'aide à votre conseiller pour en créer un."
                    ),
                },
                "vocabulary": ["un compte", "un identifiant"],
            },
            {
                "title": "Trouver le bouton FranceConnect",
                "text": [
                    "Allez sur le site public. Par exemple, le site de la CAF ou de France Travail.",
                    "Cherchez la page de connexion.",
                    "Cliquez sur le bouton <b>S'identifier avec FranceConnect</b>.",
                ],
                "image": "services-publics/fc-trouver-bouton.svg",
                "alt": (
                    "Une page de connexion : les cases Identifiant et Mot de passe, puis, en dessous, le bouton foncé "
                    "« S'identifier avec FranceConnect », entouré en orange."
                ),
                "callout": None,
                "vocabulary": ["la page de connexion", "un bouton"],
            },
            {
                "title": "Choisir votre compte",
                "text": [
                    "Une nouvelle page s'ouvre. Elle montre plusieurs comptes.",
                    "Cliquez sur le compte que vous avez. Par exemple : <b>ameli</b>.",
                ],
                "image": "services-publics/fc-choisir-compte.svg",
                "alt": (
                    "Une page montre plusieurs comptes dans des carrés : impots.gouv.fr, ameli.fr et d'autres. Une "
                    "flèche orange montre le carré ameli.fr."
                ),
                "callout": None,
                "vocabulary": ["choisir", "cliquer"],
            },
            {
                "title": "Taper votre identifiant et votre mot de passe",
                "text": [
                    "Vous arrivez sur la page de votre compte. Par exemple, la page ameli.",
                    "Tapez votre identifiant. Pour ameli, c'est votre numéro de sécurité sociale.",
                    "Tapez votre mot de passe. Puis cliquez sur le bouton pour valider.",
                ],
                "image": "services-publics/fc-identifiant.svg",
                "alt": (
                    "La page de connexion ameli, avec l'adresse ameli.fr en haut. Les cases « Numéro de sécurité "
                    "sociale » et « Mot de passe » sont entourées en orange."
                ),
                "callout": {
                    "kind": "tip",
                    "text": "Votre mot de passe est secret. Cachez l'écran quand vous le tapez.",
                },
                "vocabulary": ["taper", "le numéro de sécurité sociale"],
            },
            {
                "title": "Revenir sur le site, connecté",
                "text": [
                    "Parfois, une page vous demande de confirmer. Cliquez sur le bouton pour continuer.",
                    "Vous revenez sur le premier site. Vous êtes connecté.",
                    "Votre nom est souvent écrit en haut de la page.",
                ],
                "image": "services-publics/fc-connecte.svg",
                "alt": (
                    "Le site public après la connexion. En haut à droite, le nom de la personne connectée est entouré "
                    "en orange."
                ),
                "callout": None,
                "vocabulary": ["être connecté", "confirmer"],
            },
            {
                "title": "Vérifier l'adresse du site",
                "text": [
                    "Regardez l'adresse en haut de l'écran. C'est la <b>barre d'adresse</b>.",
                    "L'adresse doit être celle du vrai site. Par exemple : <b>ameli.fr</b> ou <b>impots.gouv.fr</b>.",
                    "Votre mot de passe ameli se tape seulement sur le site ameli.",
                ],
                "image": "services-publics/fc-adresse.svg",
                "alt": (
                    "À gauche, la barre d'adresse « impots.gouv.fr », entourée en orange. À droite, un faux SMS qui "
                    "demande un mot de passe, avec une grande croix : c'est non."
                ),
                "callout": {
                    "kind": "warning",
                    "text": (
                        "Ne donnez jamais votre mot de passe par email, par SMS ou par téléphone. Un service public ne "
                        "le demande jamais."
                    ),
                },
                "vocabulary": ["l'adresse", "la barre d'adresse", "une arnaque"],
            },
            {
                "title": "Se déconnecter à la fin",
                "text": [
                    "Vous avez fini ? Cliquez sur <b>Se déconnecter</b>. Ce bouton est souvent en haut de la page.",
                    "Sur un ordinateur partagé, fermez aussi le navigateur.",
                ],
                "image": "services-publics/fc-deconnexion.svg",
                "alt": "Le site public. En haut à droite, le bouton « Se déconnecter » est entouré en orange.",
                "callout": {
                    "kind": "tip",
                    "text": (
                        "Le navigateur propose parfois d'enregistrer votre mot de passe. Sur un ordinateur partagé, "
                        "refusez toujours."
                    ),
                },
                "vocabulary": ["se déconnecter", "le navigateur"],
            },
        ],
    },
    {
        "slug": "mon-compte-ameli",
        "title": "Mon compte ameli",
        "objective": (
            "À la fin, je sais ouvrir mon compte ameli, télécharger mon attestation de droits et demander la CSS."
        ),
        "duration": 20,
        "level": "debutant",
        "pictogram": "services-publics/ameli.svg",
        "steps": [
            {
                "title": "Le compte ameli, c'est quoi ?",
                "text": [
                    (
                        "<b>ameli.fr</b> est le site de l'Assurance Maladie. L'Assurance Maladie paie une partie de "
                        "vos soins."
                    ),
                    "Dans votre <b>compte ameli</b>, vous voyez vos remboursements.",
                    "Vous pouvez aussi télécharger des documents et envoyer des messages.",
                ],
                "image": "services-publics/ameli-compte.svg",
                "alt": (
                    "Un téléphone montre le compte ameli avec trois parties : les remboursements, les documents et les "
                    "messages."
                ),
                "callout": None,
                "vocabulary": ["l'Assurance Maladie", "les soins", "un remboursement"],
            },
            {
                "title": "Votre numéro de sécurité sociale",
                "text": [
                    "Pour ouvrir le compte, il faut votre <b>numéro de sécurité sociale</b>.",
                    "Il a 13 chiffres, puis une clé de 2 chiffres.",
                    "Il est écrit sur votre carte Vitale et sur votre attestation de droits.",
                ],
                "image": "services-publics/ameli-numero.svg",
                "alt": (
                    "Une carte Vitale avec un nom. Le numéro de sécurité sociale, sous le nom, est entouré en orange."
                ),
                "callout": {
                    "kind": "tip",
                    "text": (
                        "Vous n'avez pas encore de numéro ? Demandez à votre conseiller ou à l'accueil de l'Assurance "
                        "Maladie."
                    ),
                },
                "vocabulary": ["le numéro de sécurité sociale", "la carte Vitale"],
            },
            {
                "title": "Première connexion : le code provisoire",
                "text": [
                    "La première fois, allez sur ameli.fr et demandez à créer votre compte.",
                    "Vous recevez un <b>code provisoire</b> par courrier, chez vous.",
                    "Avec ce code, vous vous connectez. Ensuite, vous choisissez votre mot de passe.",
                ],
                "image": "services-publics/ameli-code-provisoire.svg",
                "alt": (
                    "Une boîte aux lettres et une lettre de l'Assurance Maladie. Le code provisoire, sur la lettre, "
                    "est entouré en orange."
                ),
                "callout": {
                    "kind": "tip",
                    "text": "Votre nom doit être sur la boîte aux lettres. Sinon, le courrier n'arrive pas.",
                },
                "vocabulary": ["le code provisoire", "le courrier"],
            },
            {
                "title": "Ou bien : entrer avec FranceConnect",
                "text": [
                    "Vous avez déjà un compte impots.gouv.fr ? Vous pouvez utiliser <b>FranceConnect</b>.",
                    "Sur la page de connexion ameli, cliquez sur <b>S'identifier avec FranceConnect</b>.",
                    "Vous n'attendez pas le courrier.",
                ],
                "image": "services-publics/ameli-franceconnect.svg",
                "alt": (
                    "La page de connexion ameli. Sous les cases, le bouton « S'identifier avec FranceConnect » est "
                    "entouré en orange."
                ),
                "callout": None,
                "vocabulary": ["FranceConnect", "attendre"],
            },
            {
                "title": "Télécharger l'attestation de droits",
                "text": [
                    "L'<b>attestation de droits</b> montre que vous avez l'Assurance Maladie.",
                    "L'hôpital, un médecin ou une administration peuvent la demander.",
                    "Dans votre compte, cherchez <b>attestation de droits</b>. Téléchargez-la : c'est un fichier PDF.",
                ],
                "image": "services-publics/ameli-attestation.svg",
                "alt": (
                    "Le document « Attestation de droits » en PDF. Le bouton avec une flèche vers le bas, pour "
                    "télécharger, est entouré en orange."
                ),
                "callout": {
                    "kind": "tip",
                    "text": "Gardez une copie dans votre coffre-fort numérique Reconnect. Vous ne la perdez plus.",
                },
                "vocabulary": ["l'attestation de droits", "télécharger"],
            },
            {
                "title": "La Complémentaire santé solidaire",
                "text": [
                    (
                        "La <b>Complémentaire santé solidaire</b> s'appelle aussi la <b>CSS</b>. Elle aide à payer les "
                        "soins."
                    ),
                    "Avec la CSS, en général, vous n'avancez pas d'argent chez le médecin ou à la pharmacie.",
                    "Elle est gratuite ou coûte peu. Cela dépend de vos ressources.",
                ],
                "image": "services-publics/ameli-css.svg",
                "alt": (
                    "Un bouclier marqué CSS, entouré en orange, protège quatre dessins : le médecin, les médicaments, "
                    "les dents et les lunettes."
                ),
                "callout": None,
                "vocabulary": ["la Complémentaire santé solidaire", "la pharmacie", "les ressources"],
            },
            {
                "title": "Demander la CSS en ligne",
                "text": [
                    "Dans votre compte ameli, vous pouvez demander la CSS.",
                    "Vous répondez à des questions sur votre foyer et vos ressources. Puis vous envoyez la demande.",
                    "La CSS dure un an. Chaque année, vous faites une nouvelle demande.",
                ],
                "image": "services-publics/ameli-css-demande.svg",
                "alt": (
                    "Une liste de démarches dans le compte ameli. La ligne « Complémentaire santé solidaire » est "
                    "entourée en orange."
                ),
                "callout": {
                    "kind": "tip",
                    "text": "Faites la nouvelle demande deux mois avant la fin de votre CSS.",
                },
                "vocabulary": ["une demande", "le foyer"],
            },
            {
                "title": "Besoin d'aide ? Attention aux arnaques",
                "text": [
                    "Pour une question, appelez l'Assurance Maladie au <b>3646</b>.",
                    "Attention aux faux messages.",
                    (
                        "L'Assurance Maladie ne demande jamais votre mot de passe ou votre carte bancaire par SMS ou "
                        "par email."
                    ),
                ],
                "image": "services-publics/ameli-aide.svg",
                "alt": (
                    "À gauche, un téléphone appelle le 3646, entouré en orange. À droite, un faux SMS demande de payer "
                    "pour la carte Vitale, avec une grande croix : c'est non."
                ),
                "callout": {
                    "kind": "warning",
                    "text": (
                        "La carte Vitale est gratuite. Un message qui demande de payer pour la carte Vitale est une "
                        "arnaque."
                    ),
                },
                "vocabulary": ["appeler", "une arnaque"],
            },
        ],
    },
]
