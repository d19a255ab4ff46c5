"""Theme 4: Mon espace France Travail (demo content, easy French)."""

THEME = {
    "slug": "france-travail",
    "title": "Mon espace France Travail",
    "description": "Se connecter, s'actualiser chaque mois et lire ses courriers.",
    "colour": "green",
    "pictogram": "france-travail/theme.svg",
}

MODULES = [
    {
        "slug": "se-connecter-et-s-actualiser",
        "title": "Se connecter et s'actualiser chaque mois",
        "objective": "À la fin, je sais ouvrir mon espace France Travail et m'actualiser chaque mois.",
        "duration": 20,
        "level": "debutant",
        "pictogram": "france-travail/actualiser.svg",
        "steps": [
            {
                "title": "France Travail, c'est quoi ?",
                "text": [
                    "<b>France Travail</b> aide les personnes qui cherchent un travail.",
                    "Avant, son nom était <b>Pôle emploi</b>. Le 1er janvier 2024, le nom a changé.",
                    "C'est le même service public.",
                ],
                "image": "france-travail/nouveau-nom.svg",
                "alt": "Un ancien panneau « Pôle emploi » barré, une flèche, puis le nouveau panneau "
                "« France Travail », entouré. En dessous : 1er janvier 2024.",
                "callout": {
                    "kind": "tip",
                    "text": "Sur un vieux papier, vous lisez peut-être « Pôle emploi ». "
                    "Aujourd'hui, c'est France Travail.",
                },
                "vocabulary": ["chercher un travail", "le service public"],
            },
            {
                "title": "Ouvrir le site francetravail.fr",
                "text": [
                    "Ouvrez le <b>navigateur</b> internet sur votre téléphone ou sur un ordinateur.",
                    "Écrivez <b>francetravail.fr</b> dans la barre d'adresse, en haut. Validez.",
                ],
                "image": "france-travail/adresse-du-site.svg",
                "alt": "Un téléphone avec le navigateur ouvert. En haut, dans la barre d'adresse, "
                "« francetravail.fr » est entouré.",
                "callout": {
                    "kind": "warning",
                    "text": "Écrivez l'adresse vous-même. N'ouvrez pas un lien reçu par SMS : "
                    "c'est peut-être une arnaque.",
                },
                "vocabulary": ["le navigateur", "la barre d'adresse"],
            },
            {
                "title": "Aller dans l'espace Candidat",
                "text": [
                    "En haut de la page, touchez le bouton <b>Se connecter</b>.",
                    "Choisissez <b>Candidat</b>. Le candidat est la personne qui cherche un travail.",
                ],
                "image": "france-travail/bouton-se-connecter.svg",
                "alt": "La page d'accueil de France Travail, simplifiée. En haut à droite, le bouton "
                "« Se connecter » est entouré. Dessous, une flèche montre le choix « Candidat ».",
                "callout": None,
                "vocabulary": ["se connecter", "le candidat"],
            },
            {
                "title": "L'identifiant et le mot de passe",
                "text": [
                    "Écrivez votre <b>identifiant</b>. Il est sur vos courriers de France Travail.",
                    "Puis écrivez votre <b>mot de passe</b>. Validez.",
                    "Mot de passe oublié ? Sous la case, touchez le lien pour le mot de passe oublié.",
                ],
                "image": "france-travail/identifiant.svg",
                "alt": "La page de connexion : d'abord la case « Identifiant » (numéro 1), "
                "puis la case « Mot de passe » (numéro 2).",
                "callout": {
                    "kind": "warning",
                    "text": "Votre mot de passe est secret. Ne le donnez à personne. France Travail ne le "
                    "demande jamais par e-mail ou par SMS.",
                },
                "vocabulary": ["l'identifiant", "le mot de passe", "secret"],
            },
            {
                "title": "Quand s'actualiser ?",
                "text": [
                    "Chaque mois, vous devez vous <b>actualiser</b>. Vous dites à France Travail votre "
                    "situation du mois.",
                    "Vous pouvez le faire entre le <b>28</b> du mois et le <b>15</b> du mois suivant.",
                    "Exemple : pour le mois de mars, vous vous actualisez entre le 28 mars et le 15 avril.",
                ],
                "image": "france-travail/calendrier.svg",
                "alt": "Deux pages de calendrier : le 28 mars et le 15 avril. Une flèche va de l'une à "
                "l'autre : c'est le moment pour s'actualiser.",
                "callout": {
                    "kind": "warning",
                    "text": "Si vous oubliez, France Travail peut arrêter votre inscription. "
                    "Le paiement de vos aides peut aussi s'arrêter.",
                },
                "vocabulary": ["s'actualiser", "le mois suivant"],
            },
            {
                "title": "Répondre aux questions",
                "text": [
                    "Dans votre espace personnel, touchez le lien pour vous <b>actualiser</b>.",
                    "Le site pose des questions sur le mois passé. Exemple : avez-vous travaillé ?",
                    "Répondez honnêtement : <b>Oui</b> ou <b>Non</b>. Si vous avez travaillé, écrivez vos "
                    "heures et votre salaire.",
                ],
                "image": "france-travail/questions.svg",
                "alt": "Un écran avec deux questions. Pour chaque question, deux choix : « Oui » ou "
                "« Non ». Les choix de la première question sont entourés.",
                "callout": {
                    "kind": "warning",
                    "text": "Dites toujours la vérité. Une fausse réponse peut vous obliger à rendre de l'argent.",
                },
                "vocabulary": ["honnêtement", "le salaire", "les heures"],
            },
            {
                "title": "Valider et garder la preuve",
                "text": [
                    "À la fin, relisez vos réponses. Puis validez.",
                    "Le site affiche une confirmation. Téléchargez-la, ou faites une "
                    "<b>capture d'écran</b> (une photo de l'écran).",
                    "C'est votre <b>preuve</b> : gardez-la.",
                ],
                "image": "france-travail/preuve.svg",
                "alt": "Un écran avec une grande coche : l'actualisation est finie. Le bouton pour "
                "télécharger la preuve est entouré.",
                "callout": {
                    "kind": "tip",
                    "text": "Rangez la preuve dans votre coffre-fort numérique. Vous la retrouvez facilement.",
                },
                "vocabulary": ["valider", "la capture d'écran", "la preuve"],
            },
            {
                "title": "Besoin d'aide ? Appelez le 3949",
                "text": [
                    "Vous n'arrivez pas à vous connecter ou à vous actualiser ?",
                    "Appelez France Travail au <b>3949</b>. Vous pouvez aussi aller dans votre agence France Travail.",
                ],
                "image": "france-travail/appeler-3949.svg",
                "alt": "Un téléphone appelle le 3949 : le numéro est entouré. À côté, une agence France Travail.",
                "callout": {
                    "kind": "tip",
                    "text": "Avant d'appeler, préparez votre identifiant France Travail.",
                },
                "vocabulary": ["appeler", "l'agence"],
            },
        ],
    },
    {
        "slug": "lire-ses-courriers-et-rendez-vous",
        "title": "Lire ses courriers et ses rendez-vous",
        "objective": "À la fin, je sais lire mes courriers, télécharger une lettre et voir mes rendez-vous.",
        "duration": 20,
        "level": "debutant",
        "pictogram": "france-travail/courriers.svg",
        "steps": [
            {
                "title": "Les messages et les courriers",
                "text": [
                    "France Travail vous écrit dans votre espace personnel.",
                    "Un <b>message</b> est un texte court, souvent de votre conseiller. Un <b>courrier</b> "
                    "est une lettre officielle.",
                    "Regardez votre espace personnel chaque semaine.",
                ],
                "image": "france-travail/message-et-courrier.svg",
                "alt": "À gauche, une bulle avec un texte court : un message. À droite, une lettre "
                "officielle : un courrier.",
                "callout": {
                    "kind": "warning",
                    "text": "Un vrai message de France Travail ne demande jamais votre mot de passe ni "
                    "votre carte bancaire.",
                },
                "vocabulary": ["le message", "le courrier", "le conseiller"],
            },
            {
                "title": "Trouver vos courriers",
                "text": [
                    "Connectez-vous à votre espace personnel.",
                    "Ouvrez le <b>menu</b>. Touchez la ligne des courriers.",
                ],
                "image": "france-travail/menu.svg",
                "alt": "Un téléphone. En haut à gauche, le bouton du menu (trois traits) est entouré. "
                "Le menu est ouvert : une flèche montre la ligne « Courriers ».",
                "callout": {
                    "kind": "tip",
                    "text": "Sur un téléphone, le bouton du menu a souvent trois petits traits.",
                },
                "vocabulary": ["le menu", "chercher"],
            },
            {
                "title": "Ouvrir un courrier",
                "text": [
                    "Vous voyez la liste de vos courriers. En général, le plus récent est en haut.",
                    "Lisez la date et le titre. Touchez un courrier pour l'ouvrir.",
                    "Attention aux <b>convocations</b> : une convocation vous donne un rendez-vous obligatoire.",
                ],
                "image": "france-travail/liste-courriers.svg",
                "alt": "Une liste de trois courriers avec leur date. Le premier, une convocation "
                "nouvelle, est entouré.",
                "callout": None,
                "vocabulary": ["la liste", "la convocation", "obligatoire"],
            },
            {
                "title": "Télécharger un courrier en PDF",
                "text": [
                    "Dans le courrier, touchez le bouton pour <b>télécharger</b>.",
                    "Le courrier arrive sur votre téléphone : c'est un fichier <b>PDF</b>. Il est dans le "
                    "dossier <b>Téléchargements</b>.",
                ],
                "image": "france-travail/telecharger-pdf.svg",
                "alt": "Une lettre ouverte. Le bouton de téléchargement, avec une flèche vers le bas, "
                "est entouré. Le fichier PDF va dans le dossier « Téléchargements ».",
                "callout": {
                    "kind": "tip",
                    "text": "Vous pouvez envoyer ce fichier PDF par e-mail. Vous pouvez aussi le ranger "
                    "dans votre coffre-fort numérique.",
                },
                "vocabulary": ["télécharger", "le fichier PDF"],
            },
            {
                "title": "Écrire à votre conseiller",
                "text": [
                    "Dans vos messages, vous lisez les réponses de votre conseiller.",
                    "Vous pouvez aussi écrire à votre conseiller.",
                    "Écrivez des phrases courtes. Posez une seule question par message.",
                ],
                "image": "france-travail/ecrire-conseiller.svg",
                "alt": "Un échange de messages avec le conseiller. En bas, la case pour écrire et le "
                "bouton pour envoyer sont entourés.",
                "callout": None,
                "vocabulary": ["écrire", "la réponse", "envoyer"],
            },
            {
                "title": "Voir vos rendez-vous",
                "text": [
                    "Dans le menu, cherchez vos <b>rendez-vous</b>.",
                    "Pour chaque rendez-vous, lisez la date, l'heure et le lieu.",
                    "Le rendez-vous peut être à l'agence, par téléphone ou en vidéo.",
                ],
                "image": "france-travail/rendez-vous.svg",
                "alt": "Une fiche de rendez-vous : la date et l'heure sont entourées. En dessous, "
                "trois images : l'agence, le téléphone, la vidéo.",
                "callout": {
                    "kind": "tip",
                    "text": "Notez le rendez-vous dans le calendrier de votre téléphone. Mettez une alarme la veille.",
                },
                "vocabulary": ["le rendez-vous", "la date", "l'heure"],
            },
            {
                "title": "Le jour du rendez-vous",
                "text": [
                    "Partez en avance. Arrivez quelques minutes avant l'heure.",
                    "Prenez la convocation et votre titre de séjour. Prenez aussi votre CV.",
                    "Le rendez-vous est par téléphone ? Gardez votre téléphone près de vous, avec de la batterie.",
                ],
                "image": "france-travail/jour-du-rendez-vous.svg",
                "alt": "Les choses à prendre : la convocation (entourée), le titre de séjour et le CV. "
                "À côté, une horloge : arrivez en avance.",
                "callout": None,
                "vocabulary": ["en avance", "le titre de séjour"],
            },
            {
                "title": "Vous ne pouvez pas venir ?",
                "text": [
                    "Vous êtes malade, ou vous avez un entretien d'embauche ? Prévenez votre conseiller "
                    "<b>avant</b> le rendez-vous.",
                    "Écrivez un message à votre conseiller, ou appelez le <b>3949</b>. Donnez la raison.",
                    "Gardez une preuve : le papier du médecin, ou une capture d'écran de votre message.",
                ],
                "image": "france-travail/prevenir.svg",
                "alt": "Un rendez-vous barré dans le calendrier. À côté, un message au conseiller : "
                "« Je suis malade, je ne peux pas venir. » Le bouton pour envoyer est entouré.",
                "callout": {
                    "kind": "warning",
                    "text": "Vous ne venez pas et vous ne prévenez pas ? France Travail peut arrêter "
                    "votre inscription ou vos aides.",
                },
                "vocabulary": ["prévenir", "la raison", "l'entretien d'embauche"],
            },
        ],
    },
]
