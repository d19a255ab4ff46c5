"""Theme 6: Le coffre-fort numérique (demo content, easy French)."""

THEME = {
    "slug": "coffre-fort",
    "title": "Le coffre-fort numérique",
    "description": "Garder une copie de ses papiers sur internet, en sécurité, et la partager.",
    "colour": "brown",
    "pictogram": "coffre-fort/theme.svg",
}

MODULES = [
    {
        "slug": "pourquoi-garder-ses-papiers-en-ligne",
        "title": "Pourquoi garder ses papiers en ligne",
        "objective": "À la fin, je sais pourquoi un coffre-fort numérique protège mes papiers.",
        "duration": 10,
        "level": "debutant",
        "pictogram": "coffre-fort/pourquoi.svg",
        "steps": [
            {
                "title": "Vos papiers sont précieux",
                "text": [
                    "Vos papiers montrent qui vous êtes.",
                    "Ils ouvrent vos <b>droits</b> : le travail, la santé, le logement, les aides.",
                    "Sans vos papiers, une démarche devient longue et difficile.",
                ],
                "image": "coffre-fort/papiers-precieux.svg",
                "alt": "Des papiers importants : une carte avec une photo et deux lettres officielles. "
                "Autour, quatre images : le travail, la santé, le logement, les aides.",
                "callout": None,
                "vocabulary": ["les papiers", "les droits", "la démarche"],
            },
            {
                "title": "Un papier peut disparaître",
                "text": [
                    "Un papier peut être <b>perdu</b> ou <b>volé</b>.",
                    "Il peut aussi être <b>mouillé</b> par la pluie, ou déchiré.",
                    "Refaire un papier prend souvent des semaines, parfois des mois.",
                ],
                "image": "coffre-fort/perdu-vole-mouille.svg",
                "alt": "Trois dessins : un papier perdu avec un point d'interrogation, une main qui prend "
                "un papier dans un sac (volé), un papier sous la pluie (mouillé).",
                "callout": None,
                "vocabulary": ["perdu", "volé", "mouillé"],
            },
            {
                "title": "Le coffre-fort numérique",
                "text": [
                    "Un <b>coffre-fort numérique</b> garde une copie de vos papiers sur internet.",
                    "Vous prenez une photo du papier. Le coffre-fort garde la photo.",
                    "Vous voyez vos papiers sur votre téléphone ou sur un ordinateur, partout.",
                ],
                "image": "coffre-fort/une-copie.svg",
                "alt": "Un papier, puis un téléphone qui le prend en photo, puis la copie rangée dans un "
                "coffre-fort sur internet (entouré).",
                "callout": {
                    "kind": "warning",
                    "text": "La copie ne remplace pas le papier original. Gardez toujours vos originaux "
                    "dans un endroit sûr.",
                },
                "vocabulary": ["le coffre-fort numérique", "la copie", "l'original"],
            },
            {
                "title": "Reconnect, gratuit et solidaire",
                "text": [
                    "<b>Reconnect</b> est un coffre-fort numérique solidaire. Il est gratuit.",
                    "Avant, son nom était le <b>cloud solidaire</b>.",
                    "Vous ouvrez votre coffre-fort avec un travailleur social. Demandez à la personne qui "
                    "vous accompagne.",
                ],
                "image": "coffre-fort/avec-travailleur-social.svg",
                "alt": "Une personne et un travailleur social, assis à une table. Ils ouvrent ensemble "
                "le coffre-fort sur un téléphone. Une étiquette dit : gratuit.",
                "callout": {
                    "kind": "tip",
                    "text": "Venez avec vos papiers originaux. Le travailleur social vous aide à mettre les "
                    "premiers papiers dans le coffre-fort.",
                },
                "vocabulary": ["gratuit", "solidaire", "le travailleur social"],
            },
            {
                "title": "Quels papiers garder ?",
                "text": [
                    "Gardez votre <b>titre de séjour</b> ou votre <b>récépissé</b>.",
                    "Gardez les documents de l'<b>OFPRA</b>, par exemple votre acte de naissance.",
                    "Gardez aussi votre <b>carte Vitale</b>, votre <b>avis d'impôt</b> et votre <b>CV</b>.",
                ],
                "image": "coffre-fort/quels-papiers.svg",
                "alt": "Six papiers : le titre de séjour, le récépissé, un document de l'OFPRA, la carte "
                "Vitale, l'avis d'impôt et le CV.",
                "callout": {
                    "kind": "tip",
                    "text": "Vous avez des diplômes ou des fiches de paie ? Gardez-les aussi.",
                },
                "vocabulary": ["le titre de séjour", "le récépissé", "l'avis d'impôt"],
            },
            {
                "title": "Privé et sécurisé",
                "text": [
                    "Votre coffre-fort est <b>privé</b>. Pour l'ouvrir, il faut votre identifiant et votre "
                    "mot de passe.",
                    "Vous choisissez qui voit vos documents. C'est vous qui décidez de <b>partager</b>.",
                    "Le coffre-fort est <b>sécurisé</b> : vos documents sont protégés.",
                ],
                "image": "coffre-fort/prive-securise.svg",
                "alt": "Un coffre-fort fermé. À côté, un gros cadenas fermé (entouré) et une clé.",
                "callout": {
                    "kind": "warning",
                    "text": "Ne donnez jamais votre mot de passe, même à un ami.",
                },
                "vocabulary": ["privé", "sécurisé", "partager"],
            },
            {
                "title": "Vos papiers toujours avec vous",
                "text": [
                    "Vous avez perdu un papier ? Ouvrez votre coffre-fort.",
                    "Montrez la copie, ou envoyez-la. Elle aide à refaire le papier plus vite.",
                    "Votre coffre-fort s'ouvre aussi sur un autre téléphone ou sur un ordinateur.",
                ],
                "image": "coffre-fort/toujours-avec-vous.svg",
                "alt": "Au guichet, une personne montre la copie de son titre de séjour sur son téléphone (entouré).",
                "callout": {
                    "kind": "tip",
                    "text": "Retenez bien votre mot de passe. Vous l'avez oublié ? Demandez de l'aide à "
                    "votre travailleur social.",
                },
                "vocabulary": ["montrer", "envoyer"],
            },
        ],
    },
    {
        "slug": "deposer-et-partager-un-document",
        "title": "Déposer et partager un document",
        "objective": "À la fin, je sais photographier un papier, le ranger dans mon coffre-fort et le partager.",
        "duration": 20,
        "level": "intermediaire",
        "pictogram": "coffre-fort/deposer-partager.svg",
        "steps": [
            {
                "title": "Ouvrir votre coffre-fort",
                "text": [
                    "Ouvrez <b>Reconnect</b> sur votre téléphone : l'application ou le site internet.",
                    "Écrivez votre <b>identifiant</b> et votre <b>mot de passe</b>. Validez.",
                ],
                "image": "coffre-fort/se-connecter.svg",
                "alt": "Un téléphone avec la page de connexion du coffre-fort : la case « Identifiant » "
                "et la case « Mot de passe » sont entourées.",
                "callout": None,
                "vocabulary": ["l'application", "se connecter"],
            },
            {
                "title": "Préparer le papier",
                "text": [
                    "Posez le papier bien <b>à plat</b> sur une table.",
                    "Choisissez un endroit avec beaucoup de <b>lumière</b> : près d'une fenêtre ou d'une lampe.",
                ],
                "image": "coffre-fort/a-plat.svg",
                "alt": "Un papier posé à plat sur une table foncée (entouré), près d'une fenêtre avec le soleil.",
                "callout": {
                    "kind": "tip",
                    "text": "Posez le papier blanc sur une table foncée. Le papier se voit mieux.",
                },
                "vocabulary": ["à plat", "la lumière"],
            },
            {
                "title": "Prendre une bonne photo",
                "text": [
                    "Tenez le téléphone au-dessus du papier, bien droit.",
                    "Toute la page doit être sur la photo. On voit les 4 coins.",
                    "La photo doit être <b>lisible</b> : vous lisez chaque mot. Sinon, recommencez.",
                ],
                "image": "coffre-fort/bonne-photo.svg",
                "alt": "Deux photos. À gauche, une mauvaise photo : la page est coupée et penchée. "
                "À droite, une bonne photo (entourée) : toute la page, droite, avec les 4 coins.",
                "callout": {
                    "kind": "tip",
                    "text": "Pour une carte, prenez 2 photos : le recto (le devant) et le verso (le derrière).",
                },
                "vocabulary": ["les coins", "lisible", "le recto et le verso"],
            },
            {
                "title": "Choisir un dossier",
                "text": [
                    "Dans le coffre-fort, vos documents sont rangés dans des <b>dossiers</b>.",
                    "Ouvrez le bon dossier. Par exemple : Identité, Santé ou Travail.",
                    "Il n'y a pas le bon dossier ? Vous pouvez créer un nouveau dossier.",
                ],
                "image": "coffre-fort/dossiers.svg",
                "alt": "Quatre dossiers : Identité, Santé, Travail, Logement. Le dossier « Identité » est entouré.",
                "callout": None,
                "vocabulary": ["le dossier", "ranger", "créer"],
            },
            {
                "title": "Déposer le document",
                "text": [
                    "Dans le dossier, touchez le bouton pour ajouter un document. Souvent, ce bouton a "
                    "un signe <b>+</b>.",
                    "Choisissez la photo dans votre <b>galerie</b>. Attendez la fin de l'envoi.",
                ],
                "image": "coffre-fort/ajouter.svg",
                "alt": "Le dossier « Identité » ouvert sur un téléphone. En bas à droite, le bouton "
                "rond avec un signe plus est entouré. À droite, les photos de la galerie.",
                "callout": {
                    "kind": "tip",
                    "text": "Dans le coffre-fort, la photo du papier devient un document.",
                },
                "vocabulary": ["déposer", "la galerie"],
            },
            {
                "title": "Donner un nom clair",
                "text": [
                    "Donnez un <b>nom</b> clair au document. Le nom dit : quel papier, quel côté, quelle année.",
                    "Exemple : « Titre de séjour recto 2026 ». Pas « IMG_2087 ».",
                    "Avec un nom clair, vous trouvez vite le bon document.",
                ],
                "image": "coffre-fort/nom-clair.svg",
                "alt": "Deux noms de document. « IMG_2087 » est barré. « Titre de séjour recto 2026 » "
                "est entouré : c'est un nom clair.",
                "callout": {
                    "kind": "tip",
                    "text": "Vous pouvez changer le nom plus tard. On dit : renommer.",
                },
                "vocabulary": ["le nom", "renommer"],
            },
            {
                "title": "Partager un document",
                "text": [
                    "Un professionnel vous demande un papier ? Par exemple votre conseiller France Travail "
                    "ou une assistante sociale.",
                    "Ouvrez le document. Touchez le bouton pour <b>partager</b>.",
                    "Choisissez la personne. Elle peut voir ce document.",
                ],
                "image": "coffre-fort/partager.svg",
                "alt": "Un document ouvert. Le bouton pour partager est entouré. Une flèche va vers la "
                "personne choisie : la conseillère.",
                "callout": {
                    "kind": "warning",
                    "text": "Partagez seulement le document demandé. Ne partagez pas tout votre coffre-fort.",
                },
                "vocabulary": ["partager", "le professionnel"],
            },
            {
                "title": "Arrêter le partage",
                "text": [
                    "Le professionnel a fini ? Arrêtez le partage.",
                    "Ouvrez le document. Choisissez d'arrêter le partage.",
                    "Le document redevient <b>privé</b>. Il est seulement pour vous.",
                ],
                "image": "coffre-fort/arreter-partage.svg",
                "alt": "Un document avec un interrupteur. Avant : « Partagé », cadenas ouvert. Après : "
                "« Privé », cadenas fermé (entouré).",
                "callout": {
                    "kind": "tip",
                    "text": "Vous avez un doute ? Demandez à votre travailleur social de vérifier avec vous.",
                },
                "vocabulary": ["arrêter le partage", "privé"],
            },
        ],
    },
]
