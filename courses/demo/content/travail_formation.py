"""Theme 8: Travail et formation (demo content, easy French)."""

THEME = {
    "slug": "travail-formation",
    "title": "Travail et formation",
    "description": "Faire son CV et chercher un travail sur internet.",
    "colour": "slate",
    "pictogram": "travail-formation/theme.svg",
}

MODULES = [
    {
        "slug": "faire-son-cv",
        "title": "Faire son CV",
        "objective": "À la fin, je sais écrire mon CV sur une page et l'enregistrer en PDF.",
        "duration": 30,
        "level": "intermediaire",
        "pictogram": "travail-formation/cv.svg",
        "steps": [
            {
                "title": "Un CV, c'est quoi ?",
                "text": [
                    "Un <b>CV</b> est un document. Il présente votre travail et ce que vous savez faire.",
                    "L'employeur lit votre CV. Puis il choisit les personnes pour un entretien.",
                    "Vous envoyez votre CV pour répondre à une offre d'emploi.",
                ],
                "image": "travail-formation/cv-document.svg",
                "alt": (
                    "Un CV d'une page : le nom en haut, puis les parties Expérience, Langues, Compétences et Formation."
                ),
                "callout": None,
                "vocabulary": ["un CV", "un employeur", "un entretien"],
            },
            {
                "title": "Votre nom et vos coordonnées",
                "text": [
                    "En haut du CV, écrivez votre prénom et votre nom.",
                    "Écrivez aussi vos <b>coordonnées</b> : votre téléphone, votre email et votre ville.",
                    "La photo n'est pas obligatoire. Votre âge et votre nationalité non plus.",
                ],
                "image": "travail-formation/cv-coordonnees.svg",
                "alt": (
                    "Le haut d'un CV : le nom, le téléphone, l'email et la ville, entourés en orange. Il n'y a pas de "
                    "photo."
                ),
                "callout": {
                    "kind": "tip",
                    "text": (
                        "Utilisez une adresse email simple et sérieuse, par exemple avec votre prénom et votre nom."
                    ),
                },
                "vocabulary": ["les coordonnées", "obligatoire"],
            },
            {
                "title": "Votre expérience",
                "text": [
                    "Dans la partie <b>Expérience</b>, écrivez les travaux que vous avez faits.",
                    "Le travail dans votre pays compte aussi. Écrivez le métier, le pays et les années.",
                    "Commencez par le travail le plus récent.",
                ],
                "image": "travail-formation/cv-experience.svg",
                "alt": (
                    "La partie Expérience d'un CV avec deux travaux. La ligne « Cuisinière, Kaboul, Afghanistan » est "
                    "entourée en orange."
                ),
                "callout": {
                    "kind": "tip",
                    "text": "Le bénévolat et les stages comptent aussi. Écrivez-les.",
                },
                "vocabulary": ["l'expérience", "un métier", "le bénévolat"],
            },
            {
                "title": "Les langues : une force",
                "text": [
                    "Vous parlez plusieurs langues ? C'est une force pour un employeur.",
                    "Dans la partie <b>Langues</b>, écrivez chaque langue avec votre niveau.",
                    "Par exemple : dari, langue maternelle. Anglais, courant. Français, intermédiaire.",
                ],
                "image": "travail-formation/cv-langues.svg",
                "alt": (
                    "La partie Langues d'un CV, entourée en orange : dari, pachto, anglais et français, avec des "
                    "points pour le niveau."
                ),
                "callout": None,
                "vocabulary": ["une langue", "le niveau", "la langue maternelle"],
            },
            {
                "title": "Vos compétences",
                "text": [
                    "Les <b>compétences</b>, c'est ce que vous savez faire.",
                    "Par exemple : cuisiner pour un groupe, conduire, réparer, utiliser un ordinateur.",
                    "Vous avez le permis de conduire ? Écrivez-le.",
                ],
                "image": "travail-formation/cv-competences.svg",
                "alt": (
                    "La partie Compétences d'un CV avec trois dessins : une casserole pour la cuisine, une voiture "
                    "pour le permis B, un ordinateur pour l'informatique."
                ),
                "callout": None,
                "vocabulary": ["une compétence", "le permis de conduire"],
            },
            {
                "title": "Votre formation",
                "text": [
                    "Dans la partie <b>Formation</b>, écrivez vos diplômes et vos cours.",
                    "Les diplômes de votre pays comptent. Écrivez le nom du diplôme, le pays et l'année.",
                    "Écrivez aussi vos cours de français et vos formations en France.",
                ],
                "image": "travail-formation/cv-formation.svg",
                "alt": (
                    "La partie Formation d'un CV : un cours de français en France et un diplôme du pays d'origine, "
                    "entouré en orange. Un diplôme roulé est dessiné à côté."
                ),
                "callout": None,
                "vocabulary": ["la formation", "un diplôme"],
            },
            {
                "title": "Une seule page",
                "text": [
                    "Un employeur lit un CV très vite. Votre CV tient sur <b>une page</b>.",
                    "Faites des phrases courtes. Vérifiez l'orthographe.",
                    "Demandez à une personne de relire votre CV.",
                ],
                "image": "travail-formation/cv-une-page.svg",
                "alt": (
                    "À gauche, un CV d'une seule page, avec une coche, entouré en orange. À droite, un CV de trois "
                    "pages, barré d'une croix."
                ),
                "callout": {
                    "kind": "tip",
                    "text": (
                        "Pour chaque offre, vous pouvez changer un peu votre CV. Mettez en premier ce qui va avec "
                        "l'offre."
                    ),
                },
                "vocabulary": ["une page", "relire"],
            },
            {
                "title": "Enregistrer en PDF et garder une copie",
                "text": [
                    "Enregistrez votre CV au format <b>PDF</b>. Le PDF garde la même forme sur tous les écrans.",
                    "Donnez un nom clair au fichier. Par exemple : CV-Prenom-Nom.",
                    "Gardez une copie dans votre coffre-fort numérique Reconnect.",
                ],
                "image": "travail-formation/cv-pdf.svg",
                "alt": (
                    "Une fenêtre pour enregistrer : le nom du fichier CV-Amina-Karimi et le format PDF, entouré en "
                    "orange. Une flèche va vers un coffre-fort."
                ),
                "callout": {
                    "kind": "tip",
                    "text": (
                        "Dans votre logiciel, cherchez Enregistrer sous, Exporter ou Télécharger. Puis choisissez PDF."
                    ),
                },
                "vocabulary": ["enregistrer", "un fichier", "le coffre-fort numérique"],
            },
        ],
    },
    {
        "slug": "chercher-une-offre-d-emploi",
        "title": "Chercher une offre d'emploi",
        "objective": "À la fin, je sais chercher une offre, la lire et reconnaître une fausse offre.",
        "duration": 20,
        "level": "debutant",
        "pictogram": "travail-formation/offre-emploi.svg",
        "steps": [
            {
                "title": "Où chercher une offre ?",
                "text": [
                    "Cherchez sur le site de France Travail : <b>francetravail.fr</b>.",
                    "Il y a aussi des sites d'emploi. Par exemple : <b>Indeed</b>.",
                    "Chercher une offre est gratuit.",
                ],
                "image": "travail-formation/offre-sites.svg",
                "alt": (
                    "Deux fenêtres : le site francetravail.fr et un autre site d'emploi. Les deux montrent une liste "
                    "d'offres."
                ),
                "callout": None,
                "vocabulary": ["une offre d'emploi", "un site d'emploi", "gratuit"],
            },
            {
                "title": "Taper le métier et la ville",
                "text": [
                    "Dans la première case, tapez le métier. Par exemple : <b>aide-cuisinier</b>. C'est le mot-clé.",
                    "Dans la deuxième case, tapez la ville. Par exemple : <b>Melun</b>.",
                    "Cliquez sur le bouton pour chercher. Il montre souvent une <b>loupe</b>.",
                ],
                "image": "travail-formation/offre-recherche.svg",
                "alt": (
                    "Une recherche : « aide-cuisinier » dans la case Métier, « Melun » dans la case Lieu. Le bouton "
                    "avec une loupe est entouré en orange."
                ),
                "callout": {
                    "kind": "tip",
                    "text": "Pas d'offre ? Essayez un autre mot, ou une ville plus grande.",
                },
                "vocabulary": ["le mot-clé", "la ville", "la loupe"],
            },
            {
                "title": "Lire une offre",
                "text": [
                    "Lisez d'abord le <b>poste</b> : c'est le métier proposé.",
                    "Regardez le <b>lieu</b> : la ville du travail. Pouvez-vous y aller chaque jour ?",
                    "<b>H/F</b> veut dire : homme ou femme. L'offre est pour tout le monde.",
                ],
                "image": "travail-formation/offre-lire.svg",
                "alt": (
                    "Une offre : « Agent d'entretien H/F », à Meaux, en CDD, 24 heures par semaine. Le poste et le "
                    "lieu sont entourés en orange."
                ),
                "callout": None,
                "vocabulary": ["le poste", "le lieu", "H/F"],
            },
            {
                "title": "Le contrat : CDI, CDD ou intérim",
                "text": [
                    "<b>CDI</b> : contrat à durée indéterminée. Il n'a pas de date de fin.",
                    "<b>CDD</b> : contrat à durée déterminée. Il a une date de fin.",
                    (
                        "<b>Intérim</b> : une agence d'intérim vous envoie travailler dans une entreprise, souvent "
                        "pour peu de temps."
                    ),
                ],
                "image": "travail-formation/offre-contrats.svg",
                "alt": (
                    "Trois cartes : CDI avec une flèche sans fin, CDD avec un calendrier et une date de fin, intérim "
                    "avec une agence qui envoie vers deux entreprises."
                ),
                "callout": None,
                "vocabulary": ["le contrat", "une agence d'intérim"],
            },
            {
                "title": "Les horaires et le salaire",
                "text": [
                    "<b>Temps plein</b> : 35 heures par semaine. <b>Temps partiel</b> : moins d'heures.",
                    "Regardez les <b>horaires</b>. Le travail est-il tôt le matin, la nuit ou le week-end ?",
                    (
                        "L'offre donne souvent le <b>salaire brut</b>. Vous recevez le <b>salaire net</b> : il est un "
                        "peu plus petit."
                    ),
                ],
                "image": "travail-formation/offre-horaires-salaire.svg",
                "alt": (
                    "Le bas d'une offre : « Temps partiel, 24 h par semaine », les horaires et « 12,50 € brut de "
                    "l'heure », entourés en orange. Une flèche montre que le net est plus petit que le brut."
                ),
                "callout": None,
                "vocabulary": ["le temps plein", "les horaires", "le salaire"],
            },
            {
                "title": "Garder l'offre",
                "text": [
                    "Une offre vous plaît ? Gardez-la pour répondre plus tard.",
                    "Connectez-vous à votre compte sur le site. Il y a souvent un bouton pour garder l'offre.",
                    "Vous pouvez aussi noter le numéro de l'offre ou faire une capture d'écran.",
                ],
                "image": "travail-formation/offre-sauvegarder.svg",
                "alt": (
                    "Une offre avec, en haut à droite, une étoile pour garder l'offre, entourée en orange. Le numéro "
                    "de l'offre est écrit sous le titre."
                ),
                "callout": {
                    "kind": "tip",
                    "text": "Notez aussi la date et le nom de l'entreprise. Répondez vite : les offres partent vite.",
                },
                "vocabulary": ["garder", "une capture d'écran"],
            },
            {
                "title": "Reconnaître une fausse offre",
                "text": [
                    "Attention : il y a des fausses offres. Elles veulent votre argent ou vos papiers.",
                    "Un vrai employeur ne demande jamais d'argent pour avoir un travail.",
                    "Avant un vrai entretien, ne donnez jamais vos coordonnées bancaires ou la copie de vos papiers.",
                ],
                "image": "travail-formation/offre-fausse.svg",
                "alt": (
                    "Une fausse offre sur un téléphone : « Payez 50 € » et « Envoyez votre RIB et votre titre de "
                    "séjour » sont entourés en orange. À côté, un panneau danger."
                ),
                "callout": {
                    "kind": "warning",
                    "text": (
                        "Un salaire très haut pour un travail très facile ? Un contact seulement par message ? "
                        "Méfiez-vous."
                    ),
                },
                "vocabulary": ["une fausse offre", "les coordonnées bancaires", "le RIB"],
            },
            {
                "title": "Que faire devant une offre douteuse ?",
                "text": [
                    "Ne répondez pas. Ne payez rien. Ne cliquez pas sur les liens.",
                    "Parlez-en à votre conseiller France Travail. Vous pouvez appeler le <b>3949</b>.",
                    (
                        "Après un vrai entretien, l'employeur demande vos papiers et votre RIB pour le contrat. C'est "
                        "normal."
                    ),
                ],
                "image": "travail-formation/offre-que-faire.svg",
                "alt": (
                    "Une personne parle avec une conseillère. À côté, un téléphone affiche le numéro 3949, entouré en "
                    "orange."
                ),
                "callout": {
                    "kind": "warning",
                    "text": "Vous avez donné votre carte bancaire ? Appelez votre banque tout de suite.",
                },
                "vocabulary": ["une offre douteuse", "le conseiller", "la banque"],
            },
        ],
    },
]
