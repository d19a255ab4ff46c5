"""Theme 1: Utiliser un ordinateur (demo content, easy French)."""

THEME = {
    "slug": "ordinateur",
    "title": "Utiliser un ordinateur",
    "description": "Allumer l'ordinateur, écrire avec le clavier et éteindre l'ordinateur.",
    "colour": "teal",
    "pictogram": "ordinateur/theme.svg",
}

MODULES = [
    {
        "slug": "allumer-se-connecter-eteindre",
        "title": "Allumer, se connecter et éteindre",
        "objective": "À la fin, je sais allumer l'ordinateur, ouvrir ma session et éteindre l'ordinateur.",
        "duration": 15,
        "level": "debutant",
        "pictogram": "ordinateur/allumer.svg",
        "steps": [
            {
                "title": "Les parties de l'ordinateur",
                "text": [
                    "Voici un ordinateur. L'<b>écran</b> montre les images.",
                    "Le <b>clavier</b> sert à écrire. La <b>souris</b> sert à montrer et à choisir.",
                    "L'<b>unité centrale</b>, ou tour, fait marcher l'ordinateur. "
                    "Un ordinateur portable a tout dans un seul appareil.",
                ],
                "image": "ordinateur/parties.svg",
                "alt": "Un ordinateur : l'écran au milieu, l'unité centrale à droite, le clavier devant, "
                "la souris à côté. À droite, un ordinateur portable.",
                "callout": None,
                "vocabulary": ["l'écran", "le clavier", "l'unité centrale"],
            },
            {
                "title": "Allumer l'ordinateur",
                "text": [
                    "Cherchez le bouton <b>Marche/Arrêt</b>. "
                    "Il a ce symbole : un cercle ouvert avec un petit trait en haut.",
                    "Sur l'unité centrale, il est devant. "
                    "Sur un ordinateur portable, il est souvent au-dessus du clavier.",
                    "Appuyez une fois sur ce bouton. Attendez : l'ordinateur démarre.",
                ],
                "image": "ordinateur/bouton-allumer.svg",
                "alt": "À gauche, l'avant d'une unité centrale. À droite, le coin d'un ordinateur portable. "
                "Sur les deux, le bouton Marche/Arrêt, un cercle ouvert avec un trait, est entouré en orange.",
                "callout": {
                    "kind": "tip",
                    "text": "L'écran reste noir ? L'écran a souvent son propre bouton. Appuyez aussi sur ce bouton.",
                },
                "vocabulary": ["allumer", "le bouton Marche/Arrêt"],
            },
            {
                "title": "Ouvrir votre session",
                "text": [
                    "Vous voyez une grande photo avec l'heure ? Appuyez sur une touche du clavier.",
                    "Cliquez dans la case <b>Mot de passe</b>. Écrivez votre mot de passe.",
                    "Appuyez sur la touche <b>Entrée</b>. Votre <b>session</b> s'ouvre : c'est votre espace "
                    "sur l'ordinateur.",
                ],
                "image": "ordinateur/session.svg",
                "alt": "L'écran de connexion : un rond avec une silhouette, le nom Amina, "
                "et en dessous la case Mot de passe entourée en orange, avec une flèche à droite.",
                "callout": {
                    "kind": "warning",
                    "text": "Votre mot de passe est secret. Cachez le clavier quand vous l'écrivez.",
                },
                "vocabulary": ["la session", "le mot de passe"],
            },
            {
                "title": "Le bureau",
                "text": [
                    "Votre session est ouverte. Vous voyez le <b>bureau</b>. C'est l'écran de départ de l'ordinateur.",
                    "Sur le bureau, il y a des petits dessins : les <b>icônes</b>. "
                    "Une icône ouvre un dossier, un document ou un programme.",
                ],
                "image": "ordinateur/bureau.svg",
                "alt": "Le bureau de l'ordinateur : un fond clair, trois icônes à gauche (Corbeille, Documents, "
                "Internet) entourées en orange, et une barre en bas.",
                "callout": {
                    "kind": "tip",
                    "text": "Le mot « bureau » a deux sens : la table de travail, et cet écran de l'ordinateur.",
                },
                "vocabulary": ["le bureau", "une icône"],
            },
            {
                "title": "La barre des tâches",
                "text": [
                    "En bas de l'écran, il y a une longue barre : la <b>barre des tâches</b>.",
                    "À gauche ou au milieu, il y a le bouton <b>Démarrer</b>. Il a un dessin de quatre carrés.",
                    "À droite, vous voyez l'heure et la date.",
                ],
                "image": "ordinateur/barre-des-taches.svg",
                "alt": "La barre des tâches en bas de l'écran, montrée par une flèche orange : à gauche le bouton "
                "Démarrer avec quatre carrés, au milieu des icônes, à droite l'heure et la date.",
                "callout": None,
                "vocabulary": ["la barre des tâches", "le bouton Démarrer"],
            },
            {
                "title": "Éteindre : ouvrir le menu Démarrer",
                "text": [
                    "Avant d'éteindre, fermez vos documents et vos programmes.",
                    "Cliquez sur le bouton <b>Démarrer</b>, en bas de l'écran. Un menu s'ouvre.",
                ],
                "image": "ordinateur/menu-demarrer.svg",
                "alt": "Le bouton Démarrer, en bas à gauche de l'écran, est entouré en orange. "
                "Au-dessus, le menu Démarrer est ouvert.",
                "callout": {
                    "kind": "tip",
                    "text": "Le clavier a aussi une touche avec quatre carrés. Elle ouvre le même menu.",
                },
                "vocabulary": ["éteindre", "le menu"],
            },
            {
                "title": "Cliquer sur Arrêter",
                "text": [
                    "En bas du menu, cliquez sur le bouton <b>Marche/Arrêt</b>. "
                    "C'est le même symbole : un cercle ouvert avec un trait.",
                    "Une petite liste s'ouvre. Cliquez sur <b>Arrêter</b>.",
                ],
                "image": "ordinateur/arreter.svg",
                "alt": "Le menu Démarrer ouvert. En bas, le bouton Marche/Arrêt porte le numéro 1. "
                "Une petite liste montre Mettre en veille, Arrêter et Redémarrer. "
                "Arrêter est entouré en orange, avec le numéro 2.",
                "callout": {
                    "kind": "tip",
                    "text": "Choisissez bien Arrêter. Avec Mettre en veille, l'ordinateur n'est pas vraiment éteint.",
                },
                "vocabulary": ["Arrêter", "Mettre en veille"],
            },
            {
                "title": "Attendre la fin",
                "text": [
                    "L'ordinateur s'éteint tout seul. Attendez un peu.",
                    "L'écran devient noir. Les petites lumières s'éteignent. C'est fini.",
                    "Sur un ordinateur portable, vous pouvez maintenant fermer l'écran.",
                ],
                "image": "ordinateur/ne-pas-debrancher.svg",
                "alt": "À gauche, un écran noir avec une coche : l'ordinateur est bien éteint. "
                "À droite, une prise tirée du mur, barrée d'une grande croix orange : c'est interdit.",
                "callout": {
                    "kind": "warning",
                    "text": "Ne débranchez jamais la prise pour éteindre l'ordinateur. "
                    "Vous pouvez perdre vos documents et abîmer l'ordinateur.",
                },
                "vocabulary": ["débrancher", "la prise"],
            },
        ],
    },
    {
        "slug": "clavier-azerty",
        "title": "Le clavier AZERTY",
        "objective": "À la fin, je sais écrire mon nom et mon adresse avec le clavier.",
        "duration": 20,
        "level": "debutant",
        "pictogram": "ordinateur/clavier.svg",
        "steps": [
            {
                "title": "Le clavier français",
                "text": [
                    "En France, le clavier s'appelle <b>AZERTY</b>. Ce sont les six premières lettres, en haut "
                    "à gauche.",
                    "Chaque bouton du clavier s'appelle une <b>touche</b>.",
                    "Appuyez une fois sur une touche : la lettre s'écrit sur l'écran.",
                ],
                "image": "ordinateur/clavier-azerty.svg",
                "alt": "Un clavier d'ordinateur français. En haut à gauche, les lettres A Z E R T Y sont "
                "entourées en orange.",
                "callout": {
                    "kind": "tip",
                    "text": "Le clavier anglais s'appelle QWERTY. Sur ce clavier, les lettres A, Z, Q, W et M "
                    "ne sont pas à la même place.",
                },
                "vocabulary": ["le clavier", "une touche"],
            },
            {
                "title": "Les majuscules",
                "text": [
                    "Une touche de lettre écrit une minuscule : a, b, c.",
                    "Pour une majuscule, gardez le doigt sur la touche <b>Maj</b>. Appuyez sur la lettre : A, B, C.",
                    "La touche <b>Maj</b> a une flèche vers le haut. Il y a une touche Maj à gauche et une à droite.",
                ],
                "image": "ordinateur/majuscules.svg",
                "alt": "En haut, en grand : Maj + A = A majuscule. En bas, le clavier : la touche Maj à gauche et "
                "la touche A sont entourées en orange.",
                "callout": {
                    "kind": "tip",
                    "text": "Toutes vos lettres sont en majuscules ? Appuyez une fois sur la touche « Verr. Maj », "
                    "au-dessus de Maj.",
                },
                "vocabulary": ["une majuscule", "une minuscule", "la touche Maj"],
            },
            {
                "title": "Les chiffres",
                "text": [
                    "Les chiffres sont sur la ligne du haut du clavier.",
                    "Sur un clavier français, gardez le doigt sur <b>Maj</b>. Puis appuyez sur la touche du chiffre.",
                    "Sans Maj, la touche écrit le signe du bas, par exemple é ou è.",
                ],
                "image": "ordinateur/chiffres.svg",
                "alt": "En haut, en grand : Maj + la touche du chiffre 1 = 1. En bas, le clavier : "
                "la ligne des chiffres et la touche Maj sont entourées en orange.",
                "callout": {
                    "kind": "tip",
                    "text": "Un grand clavier a aussi des chiffres à droite : le pavé numérique. "
                    "Là, pas besoin de Maj.",
                },
                "vocabulary": ["un chiffre", "le pavé numérique"],
            },
            {
                "title": "Les accents",
                "text": [
                    "Le français a des lettres avec un accent. Elles ont leur touche sur le clavier.",
                    "Sur la ligne du haut : <b>é</b> (touche 2), <b>è</b> (touche 7), <b>ç</b> (touche 9), "
                    "<b>à</b> (touche 0). La lettre <b>ù</b> est à droite de la lettre M.",
                    "Appuyez sur la touche, sans Maj. La lettre avec l'accent s'écrit.",
                ],
                "image": "ordinateur/accents.svg",
                "alt": "En haut, en grand : é è ç à ù. En bas, le clavier : les touches é, è, ç, à et ù sont "
                "entourées en orange.",
                "callout": {
                    "kind": "tip",
                    "text": "Pour écrire ê ou â, appuyez sur la touche ^, à droite de P. Puis appuyez sur la lettre.",
                },
                "vocabulary": ["un accent", "la cédille"],
            },
            {
                "title": "L'arobase @",
                "text": [
                    "Le signe <b>@</b> s'appelle l'arobase. Il est dans toutes les adresses mail.",
                    "Gardez le doigt sur la touche <b>AltGr</b>, à droite de la barre d'espace.",
                    "Appuyez sur la touche <b>à</b> (touche 0). Le signe @ s'écrit.",
                ],
                "image": "ordinateur/arobase.svg",
                "alt": "En haut, en grand : AltGr + la touche à 0 = @. En bas, le clavier : la touche AltGr, "
                "à droite de la barre d'espace, et la touche à 0 sont entourées en orange.",
                "callout": {
                    "kind": "tip",
                    "text": "Pas de touche AltGr ? Gardez les doigts sur Ctrl et Alt, puis appuyez sur à.",
                },
                "vocabulary": ["l'arobase", "la touche AltGr"],
            },
            {
                "title": "L'espace et la touche pour effacer",
                "text": [
                    "La <b>barre d'espace</b> est la grande touche en bas. Elle met un espace entre deux mots.",
                    "La touche <b>Retour arrière</b> est en haut à droite. Elle a une flèche vers la gauche.",
                    "Elle efface la lettre juste avant le petit trait qui clignote : le <b>curseur</b>.",
                ],
                "image": "ordinateur/espace-effacer.svg",
                "alt": "En haut, le mot Bonjour écrit dans une case, avec le curseur après. En bas, le clavier : "
                "la barre d'espace et la touche Retour arrière sont entourées en orange.",
                "callout": None,
                "vocabulary": ["la barre d'espace", "effacer", "le curseur"],
            },
            {
                "title": "La touche Entrée",
                "text": [
                    "La touche <b>Entrée</b> est grande, à droite des lettres. "
                    "Elle a une flèche qui tourne vers la gauche.",
                    "Dans un texte, elle va à la ligne.",
                    "Dans une case à remplir, elle valide votre réponse. C'est comme cliquer sur <b>OK</b>.",
                ],
                "image": "ordinateur/entree.svg",
                "alt": "En haut, deux lignes de texte et une flèche qui va à la ligne. En bas, le clavier : "
                "la grande touche Entrée, à droite, est entourée en orange.",
                "callout": None,
                "vocabulary": ["la touche Entrée", "aller à la ligne", "valider"],
            },
            {
                "title": "Écrire votre nom et votre adresse",
                "text": [
                    "Cliquez dans la case <b>Prénom</b>. Écrivez votre prénom, avec une majuscule au début.",
                    "Faites la même chose dans la case <b>Nom</b>. Puis, dans la case <b>Adresse</b>, "
                    "écrivez le numéro et le nom de la rue.",
                    "Écrivez le <b>code postal</b> et la ville. Vérifiez, puis appuyez sur <b>Entrée</b>.",
                ],
                "image": "ordinateur/nom-adresse.svg",
                "alt": "Une page avec des cases à remplir : Prénom (Amina), Nom (Diallo), Adresse, Code postal, "
                "Ville. La case Adresse, vide, est entourée en orange.",
                "callout": {
                    "kind": "tip",
                    "text": "Le code postal a 5 chiffres. En Seine-et-Marne, il commence par 77.",
                },
                "vocabulary": ["le prénom", "le nom", "le code postal"],
            },
        ],
    },
]
