"""Quizzes for theme 2: Utiliser la souris (demo content, easy French)."""

QUIZZES = {
    "tenir-la-souris-et-cliquer": [
        {
            "type": "single",
            "prompt": "Sur quel bouton de la souris mettez-vous l'index ?",
            "image": None,
            "alt": "",
            "choices": [
                {
                    "text": "Sur le bouton gauche.",
                    "correct": True,
                    "feedback": "Oui. L'index va sur le bouton gauche. Le majeur va sur le bouton droit.",
                },
                {
                    "text": "Sur le bouton droit.",
                    "correct": False,
                    "feedback": "Non. Sur le bouton droit, vous mettez le majeur. L'index va sur le bouton gauche.",
                },
                {
                    "text": "Sur le côté de la souris.",
                    "correct": False,
                    "feedback": "Non. Sur le côté, c'est le pouce. L'index va sur le bouton gauche.",
                },
            ],
        },
        {
            "type": "tap",
            "prompt": "Touchez la molette de la souris sur l'image.",
            "image": "souris/clic-gauche.svg",
            "alt": "Une souris vue de dessus, avec deux boutons et une petite roue entre les deux. "
            "Le bouton gauche est en orange.",
            "target": [45.5, 30.0, 9.0, 17.0],
            "feedback_correct": "Oui. La molette est la petite roue, entre le bouton gauche et le bouton droit.",
            "feedback_wrong": "Ce n'est pas la molette. Cherchez la petite roue au milieu, entre les deux boutons.",
        },
        {
            "type": "image",
            "prompt": "Le pointeur est sur un bouton ou sur un lien. Quelle forme a-t-il souvent ?",
            "choices": [
                {
                    "image": "quiz/pointeur-main.svg",
                    "label": "Une petite main",
                    "correct": True,
                    "feedback": "Oui. Sur un bouton ou un lien, le pointeur devient souvent une petite main. "
                    "Vous pouvez cliquer.",
                },
                {
                    "image": "quiz/pointeur-fleche.svg",
                    "label": "Une petite flèche",
                    "correct": False,
                    "feedback": "Non. La petite flèche est le pointeur habituel. "
                    "Sur un bouton ou un lien, il devient souvent une petite main.",
                },
                {
                    "image": "quiz/curseur-texte.svg",
                    "label": "Un petit trait",
                    "correct": False,
                    "feedback": "Non. Sur un bouton ou un lien, le pointeur devient souvent une petite main.",
                },
            ],
        },
        {
            "type": "true_false",
            "prompt": "Sur une page internet, vous faites un double clic sur un lien.",
            "image": None,
            "alt": "",
            "answer": False,
            "feedback_correct": "Bravo. Sur une page internet, un seul clic suffit. "
            "Le double clic sert pour les icônes du bureau et des dossiers.",
            "feedback_wrong": "En fait, c'est faux. Sur une page internet, un seul clic suffit. "
            "Le double clic sert pour les icônes du bureau et des dossiers.",
        },
        {
            "type": "order",
            "prompt": "Vous voulez ouvrir le dossier Documents, puis le fermer. Mettez les étapes dans l'ordre.",
            "items": [
                "Posez la main sur la souris.",
                "Mettez le pointeur sur le dossier Documents.",
                "Faites un double clic : la fenêtre s'ouvre.",
                "Cliquez une fois sur la croix X pour fermer la fenêtre.",
            ],
            "feedback_correct": "Bravo. Vous montrez le dossier, vous faites un double clic. "
            "Puis vous fermez avec la croix.",
            "feedback_wrong": "Pas tout à fait. D'abord, mettez le pointeur sur le dossier. "
            "Puis faites un double clic. À la fin, cliquez sur la croix X.",
        },
    ],
    "clic-droit-glisser-molette": [
        {
            "type": "multiple",
            "prompt": "Vous faites un clic droit sur une icône. Que peut montrer le menu ? "
            "(Plusieurs réponses sont justes.)",
            "image": None,
            "alt": "",
            "choices": [
                {"text": "Ouvrir", "correct": True, "feedback": "Oui. Ouvrir est souvent dans le menu du clic droit."},
                {"text": "Renommer", "correct": True, "feedback": "Oui. Renommer veut dire changer le nom."},
                {"text": "Supprimer", "correct": True, "feedback": "Oui. Supprimer veut dire jeter."},
                {
                    "text": "Arrêter",
                    "correct": False,
                    "feedback": "Non. Arrêter est dans le menu Démarrer. Il sert à éteindre l'ordinateur.",
                },
            ],
        },
        {
            "type": "order",
            "prompt": "Vous rangez le document CV dans le dossier Mes papiers. Mettez les étapes dans l'ordre.",
            "items": [
                "Mettez le pointeur sur le document CV.",
                "Appuyez sur le bouton gauche et gardez le doigt appuyé.",
                "Bougez la souris jusqu'au dossier Mes papiers.",
                "Lâchez le bouton.",
            ],
            "feedback_correct": "Bravo. Vous appuyez, vous bougez, vous lâchez : c'est le glisser-déposer.",
            "feedback_wrong": "Pas tout à fait. D'abord, le pointeur sur le document. "
            "Puis appuyez, bougez la souris, et lâchez le bouton sur le dossier.",
        },
        {
            "type": "short",
            "prompt": "Comment s'appelle la petite roue entre les deux boutons de la souris ?",
            "answers": ["molette", "la molette", "une molette"],
            "feedback_correct": "Oui. La molette fait défiler la page.",
            "feedback_wrong": "La bonne réponse est : la molette. Tournez-la pour faire défiler la page.",
        },
        {
            "type": "true_false",
            "prompt": "Vous lâchez un document sur la Corbeille. Le document est supprimé.",
            "image": None,
            "alt": "",
            "answer": True,
            "feedback_correct": "Oui, c'est vrai. Faites attention : lâchez le document sur le bon dossier.",
            "feedback_wrong": "En fait, c'est vrai. Sur la Corbeille, le document est supprimé. "
            "Lâchez-le sur le bon dossier.",
        },
        {
            "type": "single",
            "prompt": "Vous avez un ordinateur portable. Comment faire défiler la page avec le pavé tactile ?",
            "image": None,
            "alt": "",
            "choices": [
                {
                    "text": "Glissez deux doigts ensemble vers le haut ou vers le bas.",
                    "correct": True,
                    "feedback": "Oui. Avec deux doigts ensemble, la page défile.",
                },
                {
                    "text": "Touchez deux fois vite le pavé tactile.",
                    "correct": False,
                    "feedback": "Non. Deux touches rapides font un double clic. "
                    "Pour faire défiler, glissez deux doigts.",
                },
                {
                    "text": "Appuyez en bas à droite du pavé tactile.",
                    "correct": False,
                    "feedback": "Non. En bas à droite, c'est un clic droit. Pour faire défiler, glissez deux doigts.",
                },
            ],
        },
    ],
}
