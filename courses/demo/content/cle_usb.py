"""Theme 3: Utiliser une clé USB (demo content, easy French)."""

THEME = {
    "slug": "cle-usb",
    "title": "Utiliser une clé USB",
    "description": "Brancher une clé USB, ouvrir ses documents, les copier et retirer la clé sans risque.",
    "colour": "purple",
    "pictogram": "cle-usb/theme.svg",
}

MODULES = [
    {
        "slug": "brancher-la-cle-et-ouvrir-ses-fichiers",
        "title": "Brancher la clé et ouvrir ses fichiers",
        "objective": "À la fin, je sais brancher une clé USB et ouvrir un document qui est sur la clé.",
        "duration": 15,
        "level": "debutant",
        "pictogram": "cle-usb/pictogramme-brancher.svg",
        "steps": [
            {
                "title": "À quoi sert une clé USB ?",
                "text": [
                    "Une <b>clé USB</b> est une petite mémoire. Elle garde vos documents.",
                    "Par exemple : votre CV, une photo, une attestation.",
                    "Vous mettez la clé dans votre poche. Vous ouvrez vos documents sur un autre ordinateur.",
                ],
                "image": "cle-usb/a-quoi-sert.svg",
                "alt": "Un CV, une photo et une attestation vont dans une clé USB, entourée. "
                "La clé va ensuite vers un autre ordinateur.",
                "callout": {
                    "kind": "tip",
                    "text": "Une clé USB se perd facilement. "
                    "Gardez aussi une copie de vos papiers importants dans le coffre-fort numérique.",
                },
                "vocabulary": ["la clé USB", "un document"],
            },
            {
                "title": "Trouver le port USB",
                "text": [
                    "La clé entre dans un <b>port USB</b>. C'est un petit trou rectangulaire.",
                    "Sur un ordinateur portable, les ports USB sont sur les côtés.",
                    "Sur un ordinateur de bureau, ils sont devant ou derrière la tour.",
                ],
                "image": "cle-usb/port-usb.svg",
                "alt": "Le côté d'un ordinateur portable avec plusieurs trous. "
                "Le port USB, un trou rectangulaire, est entouré.",
                "callout": {
                    "kind": "tip",
                    "text": "Certains ordinateurs récents ont seulement des petits ports ovales, appelés USB-C. "
                    "Il faut alors un adaptateur.",
                },
                "vocabulary": ["le port USB", "l'ordinateur portable"],
            },
            {
                "title": "Brancher la clé dans le bon sens",
                "text": [
                    "Enlevez le bouchon de la clé.",
                    "Poussez doucement la partie en métal dans le port USB.",
                    "La clé entre dans un seul sens. Si elle bloque, retournez la clé et essayez encore.",
                ],
                "image": "cle-usb/bon-sens.svg",
                "alt": "À gauche, la partie en métal de la clé, montrée par une flèche, "
                "entre dans le port : c'est bon. À droite, la clé bloque : une flèche montre qu'il faut la retourner.",
                "callout": {
                    "kind": "warning",
                    "text": "Ne forcez jamais. Vous pouvez casser la clé ou le port.",
                },
                "vocabulary": ["brancher", "le bouchon", "retourner"],
            },
            {
                "title": "L'ordinateur trouve la clé",
                "text": [
                    "Quand la clé est branchée, l'ordinateur fait souvent un petit bruit.",
                    "Un petit message peut apparaître en bas à droite de l'écran. Il montre le nom de la clé.",
                    "Cliquez sur ce message. Ensuite, choisissez d'ouvrir le dossier.",
                ],
                "image": "cle-usb/cle-reconnue.svg",
                "alt": "Un ordinateur portable avec la clé branchée sur le côté. "
                "En bas à droite de l'écran, le message « Clé USB (E:) » est entouré.",
                "callout": None,
                "vocabulary": ["un message", "l'écran"],
            },
            {
                "title": "Ouvrir l'Explorateur de fichiers",
                "text": [
                    "Sur l'ordinateur, un document s'appelle aussi un <b>fichier</b>.",
                    "L'<b>Explorateur de fichiers</b> montre tous vos fichiers et la clé.",
                    "Pour l'ouvrir, regardez la barre en bas de l'écran. Cliquez sur le dossier jaune.",
                ],
                "image": "cle-usb/explorateur.svg",
                "alt": "La barre en bas de l'écran. L'icône du dossier jaune, "
                "« Explorateur de fichiers », est entourée.",
                "callout": {
                    "kind": "tip",
                    "text": "Autre façon : appuyez en même temps sur la touche <b>Windows</b> "
                    "et sur la touche <b>E</b>.",
                },
                "vocabulary": ["un fichier", "l'Explorateur de fichiers", "un dossier"],
            },
            {
                "title": "Trouver la clé dans la fenêtre",
                "text": [
                    "Une fenêtre s'ouvre. Regardez la colonne de gauche.",
                    "Cherchez le nom de la clé. Il est sous <b>Ce PC</b>.",
                    "Le nom change selon la clé. Il finit souvent par une lettre, par exemple <b>(E:)</b>.",
                ],
                "image": "cle-usb/trouver-la-cle.svg",
                "alt": "La fenêtre de l'Explorateur de fichiers. Dans la colonne de gauche, "
                "sous « Ce PC », le nom « Clé USB (E:) » est entouré.",
                "callout": None,
                "vocabulary": ["la fenêtre", "la colonne de gauche"],
            },
            {
                "title": "Ouvrir un document de la clé",
                "text": [
                    "Cliquez sur le nom de la clé. Vos documents apparaissent à droite.",
                    "Faites un <b>double-clic</b> sur le document. Il s'ouvre.",
                    "Pour fermer le document, cliquez sur la croix en haut à droite.",
                ],
                "image": "cle-usb/ouvrir-document.svg",
                "alt": "La clé est ouverte dans l'Explorateur de fichiers. À droite, "
                "le document « CV Amina » est entouré, avec la souris et un double-clic.",
                "callout": {
                    "kind": "tip",
                    "text": "Le petit dessin devant le nom montre le type du document : un texte, une photo ou un PDF.",
                },
                "vocabulary": ["le double-clic", "ouvrir", "fermer"],
            },
        ],
    },
    {
        "slug": "copier-et-retirer-la-cle",
        "title": "Copier un document et retirer la clé",
        "objective": "À la fin, je sais copier un document sur ma clé USB et retirer la clé sans risque.",
        "duration": 20,
        "level": "debutant",
        "pictogram": "cle-usb/pictogramme-copier.svg",
        "steps": [
            {
                "title": "Copier, c'est faire un double",
                "text": [
                    "<b>Copier</b> un document, c'est faire un double.",
                    "Le document reste sur l'ordinateur. Le même document arrive aussi sur la clé.",
                ],
                "image": "cle-usb/copier-double.svg",
                "alt": "À gauche, un CV sur l'écran de l'ordinateur. Une flèche va vers la clé USB. "
                "Le même CV, entouré, est maintenant aussi sur la clé.",
                "callout": None,
                "vocabulary": ["copier", "une copie"],
            },
            {
                "title": "Trouver le document sur l'ordinateur",
                "text": [
                    "Branchez la clé. Ouvrez l'<b>Explorateur de fichiers</b>.",
                    "Dans la colonne de gauche, cliquez sur <b>Documents</b>.",
                    "Cliquez une fois sur votre document. Il devient bleu : il est sélectionné.",
                ],
                "image": "cle-usb/trouver-document.svg",
                "alt": "L'Explorateur de fichiers ouvert sur « Documents ». "
                "Le document « CV Amina » est sélectionné en bleu clair et entouré.",
                "callout": None,
                "vocabulary": ["sélectionner", "Documents"],
            },
            {
                "title": "Copier le document",
                "text": [
                    "Faites un <b>clic droit</b> sur le document. Un menu s'ouvre.",
                    "Dans le menu, cliquez sur <b>Copier</b>.",
                    "Rien ne change à l'écran. C'est normal : l'ordinateur garde la copie en mémoire.",
                ],
                "image": "cle-usb/menu-copier.svg",
                "alt": "Un menu est ouvert à côté du document « CV Amina ». Le mot « Copier » est entouré.",
                "callout": {
                    "kind": "tip",
                    "text": "Autre façon : sélectionnez le document, puis appuyez en même temps "
                    "sur les touches <b>Ctrl</b> et <b>C</b>.",
                },
                "vocabulary": ["le clic droit", "le menu", "Copier"],
            },
            {
                "title": "Ouvrir la clé",
                "text": [
                    "Dans la colonne de gauche, cliquez sur le nom de la clé, par exemple <b>Clé USB (E:)</b>.",
                    "La fenêtre montre maintenant ce qu'il y a sur la clé.",
                ],
                "image": "cle-usb/ouvrir-cle.svg",
                "alt": "L'Explorateur de fichiers. Dans la colonne de gauche, « Clé USB (E:) » est entouré. "
                "À droite, le message « Ce dossier est vide ».",
                "callout": None,
                "vocabulary": ["la clé USB", "vide"],
            },
            {
                "title": "Coller le document sur la clé",
                "text": [
                    "Faites un <b>clic droit</b> dans un espace blanc de la fenêtre.",
                    "Dans le menu, cliquez sur <b>Coller</b>.",
                    "Attendez un peu. Le document apparaît dans la liste.",
                ],
                "image": "cle-usb/coller.svg",
                "alt": "La clé est ouverte. Un menu est ouvert dans l'espace blanc. Le mot « Coller » est entouré.",
                "callout": {
                    "kind": "tip",
                    "text": "Autre façon : appuyez en même temps sur les touches <b>Ctrl</b> et <b>V</b>.",
                },
                "vocabulary": ["coller", "un espace blanc"],
            },
            {
                "title": "Vérifier que le document est sur la clé",
                "text": [
                    "Regardez la liste de la clé. Le nom de votre document est là.",
                    "Pour être sûr, ouvrez le document avec un double-clic. Puis fermez-le.",
                ],
                "image": "cle-usb/verifier.svg",
                "alt": "La clé est ouverte dans l'Explorateur de fichiers. "
                "Le document « CV Amina » est dans la liste, entouré, avec une coche.",
                "callout": None,
                "vocabulary": ["vérifier", "la liste"],
            },
            {
                "title": "Éjecter la clé",
                "text": [
                    "Avant de retirer la clé, il faut l'<b>éjecter</b>. Fermez d'abord les documents de la clé.",
                    "Dans la colonne de gauche, faites un clic droit sur le nom de la clé.",
                    "Dans le menu, cliquez sur <b>Éjecter</b>.",
                ],
                "image": "cle-usb/ejecter.svg",
                "alt": "Un menu est ouvert sur « Clé USB (E:) » dans la colonne de gauche. "
                "Le mot « Éjecter » est entouré.",
                "callout": {
                    "kind": "warning",
                    "text": "Si vous retirez la clé sans l'éjecter, vos documents peuvent être abîmés ou perdus.",
                },
                "vocabulary": ["éjecter", "retirer"],
            },
            {
                "title": "Retirer la clé",
                "text": [
                    "Attendez le message <b>Le matériel peut être retiré en toute sécurité</b>. "
                    "Ou attendez que la clé disparaisse de la liste.",
                    "Tirez doucement la clé, tout droit.",
                    "Remettez le bouchon et rangez la clé.",
                ],
                "image": "cle-usb/retirer.svg",
                "alt": "Le message « Le matériel peut être retiré en toute sécurité » en bas de l'écran. "
                "Une flèche montre la clé qui sort tout droit du port USB.",
                "callout": {
                    "kind": "tip",
                    "text": "Sur un ordinateur public, à la médiathèque par exemple, n'oubliez pas votre clé.",
                },
                "vocabulary": ["tirer", "ranger"],
            },
        ],
    },
]
