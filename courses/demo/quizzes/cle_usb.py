"""Quizzes for theme 3: Utiliser une clé USB (demo content, easy French)."""

QUIZZES = {
    "brancher-la-cle-et-ouvrir-ses-fichiers": [
        {
            "type": "image",
            "prompt": "Où entre la clé USB ? Quelle image montre un port USB ?",
            "choices": [
                {
                    "image": "quiz/port-usb.svg",
                    "label": "Un trou rectangulaire",
                    "correct": True,
                    "feedback": "Oui. Le port USB est un petit trou rectangulaire.",
                },
                {
                    "image": "quiz/port-usb-c.svg",
                    "label": "Un petit trou ovale",
                    "correct": False,
                    "feedback": "Non. Ce petit trou ovale s'appelle USB-C. "
                    "Pour votre clé, il faut alors un adaptateur.",
                },
                {
                    "image": "quiz/prise-ronde.svg",
                    "label": "Un petit trou rond",
                    "correct": False,
                    "feedback": "Non. La clé USB entre dans un trou rectangulaire : le port USB.",
                },
            ],
        },
        {
            "type": "true_false",
            "prompt": "La clé USB ne rentre pas dans le port. Vous poussez plus fort.",
            "image": None,
            "alt": "",
            "answer": False,
            "feedback_correct": "Bravo. Ne forcez jamais. Retournez la clé et essayez encore.",
            "feedback_wrong": "En fait, c'est faux. Si vous forcez, vous pouvez casser la clé ou le port. "
            "Retournez la clé et essayez encore.",
        },
        {
            "type": "multiple",
            "prompt": "Comment ouvrir l'Explorateur de fichiers ? (Plusieurs réponses sont justes.)",
            "image": None,
            "alt": "",
            "choices": [
                {
                    "text": "Cliquez sur le dossier jaune, dans la barre en bas de l'écran.",
                    "correct": True,
                    "feedback": "Oui. Le dossier jaune ouvre l'Explorateur de fichiers.",
                },
                {
                    "text": "Appuyez en même temps sur la touche Windows et sur la touche E.",
                    "correct": True,
                    "feedback": "Oui. Windows et E, en même temps, ouvrent aussi l'Explorateur de fichiers.",
                },
                {
                    "text": "Cliquez sur l'heure, en bas à droite de l'écran.",
                    "correct": False,
                    "feedback": "Non. L'heure ne montre pas vos fichiers. Cliquez sur le dossier jaune.",
                },
            ],
        },
        {
            "type": "tap",
            "prompt": "Touchez le nom de la clé USB dans la colonne de gauche.",
            "image": "cle-usb/ouvrir-document.svg",
            "alt": "La fenêtre de l'Explorateur de fichiers. À gauche, une colonne : Bureau, Téléchargements, "
            "Documents, Images, Ce PC, Disque local, Clé USB et Réseau. À droite, trois documents.",
            "target": [2.5, 75.0, 30.5, 10.5],
            "feedback_correct": "Oui. Le nom de la clé est sous Ce PC. "
            "Il finit souvent par une lettre, par exemple (E:).",
            "feedback_wrong": "Ce n'est pas la clé. Regardez la colonne de gauche, sous Ce PC. Cherchez Clé USB (E:).",
        },
        {
            "type": "order",
            "prompt": "Vous voulez ouvrir votre CV. Il est sur la clé. Mettez les étapes dans l'ordre.",
            "items": [
                "Branchez la clé dans le port USB.",
                "Ouvrez l'Explorateur de fichiers.",
                "Cliquez sur le nom de la clé, dans la colonne de gauche.",
                "Faites un double-clic sur le document.",
            ],
            "feedback_correct": "Bravo. La clé, l'Explorateur, le nom de la clé, puis un double-clic sur le document.",
            "feedback_wrong": "Pas tout à fait. D'abord, branchez la clé. Puis ouvrez l'Explorateur de fichiers. "
            "Cliquez sur la clé, puis faites un double-clic sur le document.",
        },
    ],
    "copier-et-retirer-la-cle": [
        {
            "type": "order",
            "prompt": "Vous copiez votre CV sur la clé. Mettez les étapes dans l'ordre.",
            "items": [
                "Dans Documents, cliquez une fois sur votre CV.",
                "Faites un clic droit sur le CV, puis cliquez sur Copier.",
                "Cliquez sur le nom de la clé, dans la colonne de gauche.",
                "Faites un clic droit dans un espace blanc, puis cliquez sur Coller.",
            ],
            "feedback_correct": "Bravo. Vous copiez sur l'ordinateur, puis vous collez sur la clé.",
            "feedback_wrong": "Pas tout à fait. D'abord, choisissez le CV et cliquez sur Copier. "
            "Ensuite, ouvrez la clé et cliquez sur Coller.",
        },
        {
            "type": "true_false",
            "prompt": "Vous copiez un document sur la clé. Le document n'est plus sur l'ordinateur.",
            "image": None,
            "alt": "",
            "answer": False,
            "feedback_correct": "Bravo. Copier, c'est faire un double. Le document reste aussi sur l'ordinateur.",
            "feedback_wrong": "En fait, c'est faux. Copier, c'est faire un double. "
            "Le document reste sur l'ordinateur et arrive aussi sur la clé.",
        },
        {
            "type": "multiple",
            "prompt": "Quelles phrases sont justes ? (Plusieurs réponses sont justes.)",
            "image": None,
            "alt": "",
            "choices": [
                {
                    "text": "Ctrl et C, en même temps : le document est copié.",
                    "correct": True,
                    "feedback": "Oui. Ctrl et C copient le document choisi.",
                },
                {
                    "text": "Ctrl et V, en même temps : le document est collé.",
                    "correct": True,
                    "feedback": "Oui. Ctrl et V collent le document.",
                },
                {
                    "text": "Après Copier, rien ne change à l'écran. C'est normal.",
                    "correct": True,
                    "feedback": "Oui. L'ordinateur garde la copie en mémoire.",
                },
                {
                    "text": "Vous pouvez retirer la clé sans l'éjecter.",
                    "correct": False,
                    "feedback": "Non. Éjectez toujours la clé avant de la retirer. "
                    "Sinon, vos documents peuvent être abîmés ou perdus.",
                },
            ],
        },
        {
            "type": "short",
            "prompt": "Avant de retirer la clé, vous faites un clic droit sur son nom. "
            "Sur quel mot cliquez-vous dans le menu ?",
            "answers": ["Éjecter", "éjecte", "éjection", "éjecter la clé"],
            "feedback_correct": "Oui. Cliquez sur Éjecter. Puis attendez le message avant de retirer la clé.",
            "feedback_wrong": "La bonne réponse est : Éjecter. "
            "Sans éjecter, vos documents peuvent être abîmés ou perdus.",
        },
        {
            "type": "single",
            "prompt": "Vous avez cliqué sur Éjecter. Quand pouvez-vous retirer la clé ?",
            "image": None,
            "alt": "",
            "choices": [
                {
                    "text": "Quand le message « Le matériel peut être retiré en toute sécurité » apparaît.",
                    "correct": True,
                    "feedback": "Oui. Ou quand la clé disparaît de la liste. Tirez alors doucement, tout droit.",
                },
                {
                    "text": "Tout de suite, même si un document de la clé est encore ouvert.",
                    "correct": False,
                    "feedback": "Non. Fermez d'abord les documents de la clé. Puis attendez le message.",
                },
                {
                    "text": "Quand l'ordinateur fait un petit bruit.",
                    "correct": False,
                    "feedback": "Non. Le petit bruit, c'est quand vous branchez la clé. "
                    "Attendez le message « Le matériel peut être retiré en toute sécurité ».",
                },
            ],
        },
    ],
}
