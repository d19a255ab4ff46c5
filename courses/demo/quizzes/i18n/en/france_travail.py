"""English translation of the quizzes for theme 4: My France Travail space (demo content)."""

QUIZZES = {
    "se-connecter-et-s-actualiser": [
        {
            "prompt": "Pôle emploi changed its name. Today, it is called France Travail.",
            "alt": "",
            "feedback_correct": "Yes, this is true. The name changed on 1 January 2024. It is the same public service.",
            "feedback_wrong": "In fact, this is true. "
            "Since 1 January 2024, Pôle emploi has been called France Travail.",
        },
        {
            "prompt": "You want to open your France Travail space. Put the steps in the right order.",
            "items": [
                "Open the internet browser.",
                "Type francetravail.fr in the address bar.",
                'Tap "Se connecter" (Log in), then choose "Candidat" (Job seeker).',
                'Type your "identifiant" (login ID), then your password.',
            ],
            "feedback_correct": "Well done. The browser, the address of the website, Se connecter, "
            "then the login ID and the password.",
            "feedback_wrong": "Not quite. First, open the browser and type francetravail.fr. "
            'Then tap "Se connecter". At the end, type your login ID and your password.',
        },
        {
            "prompt": 'You do your "actualisation" (monthly update) for the month of March. When can you do it?',
            "alt": "",
            "choices": [
                {
                    "text": "Between 28 March and 15 April.",
                    "feedback": "Yes. You do your monthly update between the 28th of the month "
                    "and the 15th of the next month.",
                },
                {
                    "text": "Between 1 March and 15 March.",
                    "feedback": "No. For the month of March, it is between 28 March and 15 April.",
                },
                {
                    "text": "Only on 30 April.",
                    "feedback": "No. 30 April is too late. For March, it is between 28 March and 15 April.",
                },
            ],
        },
        {
            "prompt": "Which sentences are right? (Several answers are right.)",
            "alt": "",
            "choices": [
                {
                    "text": "Your login ID is on your letters from France Travail.",
                    "feedback": "Yes. Look at a letter from France Travail to find your login ID.",
                },
                {
                    "text": "France Travail never asks for your password by email or by SMS.",
                    "feedback": "Yes. Your password is secret. Do not give it to anyone.",
                },
                {
                    "text": "After the monthly update, you keep the proof.",
                    "feedback": "Yes. Download the confirmation, or take a screenshot.",
                },
                {
                    "text": "To go to the website, you open the link you got by SMS.",
                    "feedback": "No. Type the address yourself. A link you got by SMS can be a scam.",
                },
            ],
        },
        {
            "prompt": "You cannot do your monthly update. Which number do you call?",
            "answers": ["3949", "39 49", "39-49", "39.49"],
            "feedback_correct": "Yes. 3949 is the phone number of France Travail. "
            "Have your login ID ready before you call.",
            "feedback_wrong": "The right answer is: 3949. You can also go to your France Travail office.",
        },
    ],
    "lire-ses-courriers-et-rendez-vous": [
        {
            "prompt": "On a phone, which button often opens the menu?",
            "choices": [
                {
                    "label": "Three small lines",
                    "feedback": "Yes. On a phone, the menu button often has three small lines.",
                },
                {
                    "label": "An arrow pointing down",
                    "feedback": "No. The arrow pointing down is for downloading. "
                    "The menu button often has three small lines.",
                },
                {
                    "label": "A magnifying glass",
                    "feedback": "No. The magnifying glass is for searching. "
                    "The menu button often has three small lines.",
                },
            ],
        },
        {
            "prompt": 'In the list of letters, you see a "convocation". What is it?',
            "alt": "",
            "choices": [
                {
                    "text": "An appointment you must go to.",
                    "feedback": "Yes. A convocation gives you an appointment you must go to. "
                    "Read the date and the time carefully.",
                },
                {
                    "text": "A short text from your adviser.",
                    "feedback": "No. A short text is a message. A convocation gives you an appointment you must go to.",
                },
                {
                    "text": "The proof of your monthly update.",
                    "feedback": "No. A convocation gives you an appointment you must go to.",
                },
            ],
        },
        {
            "prompt": "You download a letter. What type of file arrives on your phone?",
            "answers": ["PDF", "a PDF", "PDF file", "a PDF file", ".pdf"],
            "feedback_correct": 'Yes. The letter is a PDF file. It is in the "Téléchargements" (Downloads) folder.',
            "feedback_wrong": 'The right answer is: PDF. The file is in the "Téléchargements" (Downloads) folder.',
        },
        {
            "prompt": "You have an appointment at the France Travail office. What do you take with you? "
            "(Several answers are right.)",
            "alt": "",
            "choices": [
                {"text": "The convocation", "feedback": "Yes. Take the convocation."},
                {
                    "text": "Your residence permit",
                    "feedback": "Yes. Take your residence permit.",
                },
                {"text": "Your CV", "feedback": "Yes. Also take your CV."},
                {
                    "text": "Your password, written on a piece of paper",
                    "feedback": "No. Your password is secret. Do not give it to anyone.",
                },
            ],
        },
        {
            "prompt": "You are ill. You cannot come. You tell your adviser after the appointment.",
            "alt": "",
            "feedback_correct": "Well done. Tell your adviser before the appointment. Write a message or call 3949.",
            "feedback_wrong": "In fact, this is false. Tell your adviser before the appointment. "
            "Write a message or call 3949.",
        },
    ],
}
