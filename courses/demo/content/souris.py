"""Theme 2: Utiliser la souris (demo content, easy French)."""

THEME = {
    "slug": "souris",
    "title": "Utiliser la souris",
    "description": "Bouger la souris, cliquer, déplacer une icône et faire défiler une page.",
    "colour": "blue",
    "pictogram": "souris/theme.svg",
}

MODULES = [
    {
        "slug": "tenir-la-souris-et-cliquer",
        "title": "Tenir la souris et cliquer",
        "objective": "À la fin, je sais bouger la souris, cliquer et faire un double clic.",
        "duration": 15,
        "level": "debutant",
        "pictogram": "souris/cliquer.svg",
        "steps": [
            {
                "title": "La souris",
                "text": [
                    "La <b>souris</b> sert à montrer et à choisir sur l'écran.",
                    "Elle a deux boutons : le <b>bouton gauche</b> et le <b>bouton droit</b>.",
                    "Au milieu, il y a une petite roue : la <b>molette</b>.",
                ],
                "image": "souris/souris.svg",
                "alt": "Une souris vue de dessus, avec le nom de chaque partie : le bouton gauche, le bouton "
                "droit et la molette au milieu.",
                "callout": {
                    "kind": "tip",
                    "text": "Certaines souris n'ont pas de fil. Elles marchent avec une pile.",
                },
                "vocabulary": ["la souris", "le bouton gauche", "la molette"],
            },
            {
                "title": "Tenir la souris",
                "text": [
                    "Posez la main sur la souris. La souris reste à plat sur la table.",
                    "Mettez l'<b>index</b> sur le bouton gauche. Mettez le <b>majeur</b> sur le bouton droit.",
                    "Le <b>pouce</b> tient le côté de la souris. Gardez la main souple.",
                ],
                "image": "souris/tenir.svg",
                "alt": "Une main posée sur la souris, vue de dessus : l'index sur le bouton gauche, entouré en "
                "orange, le majeur sur le bouton droit, le pouce sur le côté.",
                "callout": None,
                "vocabulary": ["l'index", "le majeur", "le pouce"],
            },
            {
                "title": "Le pointeur bouge",
                "text": [
                    "Bougez la souris sur la table. Sur l'écran, une petite flèche bouge aussi : "
                    "c'est le <b>pointeur</b>.",
                    "Bougez la souris vers la gauche : le pointeur va à gauche.",
                    "Bougez la souris vers vous : le pointeur descend.",
                ],
                "image": "souris/pointeur.svg",
                "alt": "À gauche, une souris sur la table avec des flèches dans quatre directions. À droite, "
                "l'écran avec le pointeur, une petite flèche blanche, entouré en orange.",
                "callout": {
                    "kind": "tip",
                    "text": "Vous êtes au bord de la table ? Soulevez la souris et reposez-la au milieu. "
                    "Le pointeur ne bouge pas.",
                },
                "vocabulary": ["le pointeur", "bouger"],
            },
            {
                "title": "Le clic gauche",
                "text": [
                    "Appuyez une fois sur le <b>bouton gauche</b> avec l'index, puis lâchez. C'est un <b>clic</b>.",
                    "Le clic sert à choisir : un bouton, une case, un lien.",
                    "Ne bougez pas la souris pendant le clic.",
                ],
                "image": "souris/clic-gauche.svg",
                "alt": "Une souris vue de dessus. Le bouton gauche est en orange et entouré. À côté, le mot « clic ».",
                "callout": None,
                "vocabulary": ["un clic", "cliquer"],
            },
            {
                "title": "Cliquer sur un bouton",
                "text": [
                    "Mettez d'abord le pointeur sur le bouton de la page.",
                    "Sur un bouton ou un lien, le pointeur devient souvent une petite <b>main</b>.",
                    "Faites un clic gauche. La page fait l'action du bouton.",
                ],
                "image": "souris/cliquer-bouton.svg",
                "alt": "Une page internet avec un bouton « Valider ». Le pointeur en forme de main est sur le "
                "bouton, entouré en orange.",
                "callout": None,
                "vocabulary": ["un bouton", "un lien"],
            },
            {
                "title": "Le double clic",
                "text": [
                    "Un <b>double clic</b>, c'est deux clics très rapides sur le bouton gauche : clic-clic.",
                    "Sur le bureau, le double clic ouvre une icône : un dossier, un document, un programme.",
                ],
                "image": "souris/double-clic.svg",
                "alt": "Le bureau de l'ordinateur. L'icône du dossier Documents est entourée en orange. "
                "Le pointeur est dessus, avec les mots « clic clic ».",
                "callout": {
                    "kind": "tip",
                    "text": "Sur une page internet, un seul clic suffit. Le double clic sert pour les icônes "
                    "du bureau et des dossiers.",
                },
                "vocabulary": ["un double clic", "ouvrir"],
            },
            {
                "title": "Entraînez-vous",
                "text": [
                    "Faites un double clic sur le dossier <b>Documents</b>. Une <b>fenêtre</b> s'ouvre.",
                    "Pour fermer la fenêtre, cliquez une fois sur la croix <b>X</b>, en haut à droite.",
                    "Recommencez trois fois. Petit à petit, c'est plus facile.",
                ],
                "image": "souris/entrainement.svg",
                "alt": "La fenêtre du dossier Documents est ouverte. En haut à droite, la croix X pour fermer "
                "est entourée en orange.",
                "callout": {
                    "kind": "tip",
                    "text": "La fenêtre ne s'ouvre pas ? Vos deux clics sont trop lents. "
                    "Cliquez plus vite, sans bouger la souris.",
                },
                "vocabulary": ["une fenêtre", "fermer", "la croix"],
            },
        ],
    },
    {
        "slug": "clic-droit-glisser-molette",
        "title": "Clic droit, glisser-déposer et molette",
        "objective": "À la fin, je sais faire un clic droit, déplacer une icône, faire défiler une page "
        "et utiliser le pavé tactile.",
        "duration": 20,
        "level": "debutant",
        "pictogram": "souris/glisser.svg",
        "steps": [
            {
                "title": "Le clic droit",
                "text": [
                    "Appuyez une fois sur le <b>bouton droit</b> avec le majeur, puis lâchez. "
                    "C'est un <b>clic droit</b>.",
                    "Un petit menu s'ouvre à côté du pointeur.",
                ],
                "image": "souris/clic-droit.svg",
                "alt": "Une souris vue de dessus. Le bouton droit est en orange et entouré. "
                "À côté, les mots « clic droit ».",
                "callout": None,
                "vocabulary": ["le clic droit", "le bouton droit"],
            },
            {
                "title": "Choisir dans le menu",
                "text": [
                    "Faites un clic droit sur une icône. Le menu montre ce que vous pouvez faire.",
                    "Par exemple : <b>Ouvrir</b>, <b>Copier</b>, <b>Renommer</b> (changer le nom), "
                    "<b>Supprimer</b> (jeter).",
                    "Cliquez avec le bouton gauche sur votre choix.",
                ],
                "image": "souris/menu-clic-droit.svg",
                "alt": "Une icône de document « CV » et, à côté, le menu du clic droit : Ouvrir, Copier, "
                "Renommer, Supprimer. Ouvrir est entouré en orange.",
                "callout": {
                    "kind": "tip",
                    "text": "Pour fermer le menu sans choisir, cliquez à côté du menu. "
                    "Vous pouvez aussi appuyer sur la touche Échap.",
                },
                "vocabulary": ["renommer", "supprimer"],
            },
            {
                "title": "Glisser-déposer",
                "text": [
                    "Glisser-déposer, c'est déplacer une icône avec la souris.",
                    "Mettez le pointeur sur l'icône. Appuyez sur le bouton gauche et <b>gardez le doigt appuyé</b>.",
                    "Bougez la souris jusqu'à la bonne place. Lâchez le bouton : l'icône reste là.",
                ],
                "image": "souris/glisser-deposer.svg",
                "alt": "Le document « CV » et le dossier « Mes papiers ». Une grande flèche orange va du "
                "document au dossier : 1 appuyez, 2 bougez, 3 lâchez.",
                "callout": None,
                "vocabulary": ["glisser", "déposer", "lâcher"],
            },
            {
                "title": "Ranger un document dans un dossier",
                "text": [
                    "Essayez : glissez le document <b>CV</b> sur le dossier <b>Mes papiers</b>.",
                    "Le dossier change de couleur. Lâchez le bouton.",
                    "Le document est maintenant rangé dans le dossier.",
                ],
                "image": "souris/ranger-document.svg",
                "alt": "Le document CV est glissé sur le dossier Mes papiers. Le dossier est coloré et entouré "
                "en orange. La Corbeille est plus loin, à droite.",
                "callout": {
                    "kind": "warning",
                    "text": "Ne lâchez pas le document sur la Corbeille. Sinon, il est supprimé.",
                },
                "vocabulary": ["ranger", "un dossier", "la corbeille"],
            },
            {
                "title": "La molette",
                "text": [
                    "La <b>molette</b> est la petite roue entre les deux boutons.",
                    "Tournez la molette vers vous avec l'index : vous descendez dans la page. "
                    "Tournez-la vers l'écran : vous remontez.",
                    "On dit : faire <b>défiler</b> la page.",
                ],
                "image": "souris/molette.svg",
                "alt": "Une souris avec la molette entourée en orange. À côté, une longue page, avec une flèche "
                "vers le haut et une flèche vers le bas.",
                "callout": None,
                "vocabulary": ["la molette", "faire défiler"],
            },
            {
                "title": "La barre de défilement",
                "text": [
                    "Une longue page ne tient pas dans l'écran. Le bas de la page est caché.",
                    "À droite de la fenêtre, il y a une barre étroite : la <b>barre de défilement</b>.",
                    "Glissez cette barre vers le bas : vous voyez la suite de la page.",
                ],
                "image": "souris/barre-defilement.svg",
                "alt": "Une fenêtre avec une longue page. À droite, la barre de défilement est montrée par une "
                "flèche orange. Une flèche montre qu'on la glisse vers le bas.",
                "callout": {
                    "kind": "tip",
                    "text": "Le bouton pour valider est souvent tout en bas de la page. "
                    "Faites défiler la page pour le trouver.",
                },
                "vocabulary": ["la barre de défilement", "le bas de la page"],
            },
            {
                "title": "Le pavé tactile",
                "text": [
                    "Un ordinateur portable a un <b>pavé tactile</b> : un rectangle plat sous le clavier. "
                    "Il remplace la souris.",
                    "Posez un doigt sur le pavé tactile et bougez le doigt : le pointeur bouge.",
                    "Touchez une fois le pavé : c'est un clic. Touchez deux fois vite : c'est un double clic.",
                ],
                "image": "souris/pave-tactile.svg",
                "alt": "Un ordinateur portable ouvert. Sous le clavier, le pavé tactile est entouré en orange. "
                "Un doigt est posé dessus.",
                "callout": None,
                "vocabulary": ["le pavé tactile", "toucher"],
            },
            {
                "title": "Clic droit et défilement sur le pavé",
                "text": [
                    "Le bas du pavé tactile sert de boutons. Appuyez en bas à gauche : c'est un clic gauche.",
                    "Appuyez en bas à droite : c'est un <b>clic droit</b>.",
                    "Glissez deux doigts ensemble vers le haut ou vers le bas : la page défile.",
                ],
                "image": "souris/pave-deux-doigts.svg",
                "alt": "Le pavé tactile en grand. En bas à gauche : clic gauche. En bas à droite : clic droit, "
                "entouré en orange. Au milieu, deux doigts glissent vers le haut et vers le bas.",
                "callout": {
                    "kind": "tip",
                    "text": "Le pavé tactile est difficile pour vous ? "
                    "Vous pouvez brancher une souris sur l'ordinateur portable.",
                },
                "vocabulary": ["deux doigts", "brancher"],
            },
        ],
    },
]
