"""English translation of the quizzes for theme 7: Online public services (demo content)."""

QUIZZES = {
    "se-connecter-avec-franceconnect": [
        {
            "prompt": "What is FranceConnect?",
            "alt": "",
            "choices": [
                {
                    "text": "A button to enter a public website with an account you already have.",
                    "feedback": "Yes. With FranceConnect, you have fewer passwords to remember.",
                },
                {
                    "text": "A new account, with a new password.",
                    "feedback": "No. FranceConnect is not a new account. You use an account you already have.",
                },
                {
                    "text": "A website to look for a job.",
                    "feedback": "No. To look for a job, it is France Travail. FranceConnect is a button to log in.",
                },
            ],
        },
        {
            "prompt": 'Tap the "S\'identifier avec FranceConnect" (Log in with FranceConnect) button.',
            "alt": 'The login page of the caf.fr website: the "Identifiant" (login ID) and "Mot de passe" '
            '(password) boxes, the "Se connecter" (Log in) button, then a dark button at the bottom.',
            "feedback_correct": "Yes. This button is on the login page, under the boxes.",
            "feedback_wrong": "This is not the right button. Look for the dark button "
            '"S\'identifier avec FranceConnect", under the boxes.',
        },
        {
            "prompt": "With FranceConnect, which accounts can you use? (Several answers are right.)",
            "alt": "",
            "choices": [
                {
                    "text": "Your ameli account",
                    "feedback": "Yes. You keep the same login ID and the same password.",
                },
                {
                    "text": "Your impots.gouv.fr account",
                    "feedback": "Yes. You keep the same login ID and the same password.",
                },
                {
                    "text": "A brand new account, created on FranceConnect",
                    "feedback": "No. FranceConnect does not create accounts. You must already have an account.",
                },
            ],
        },
        {
            "prompt": "You are on a shared computer. The browser offers to save your password. You say yes.",
            "alt": "",
            "feedback_correct": "Well done. On a shared computer, always say no. "
            "At the end, log out and close the browser.",
            "feedback_wrong": "In fact, this is false. On a shared computer, always say no. "
            "Another person can open your account.",
        },
        {
            "prompt": "You have finished on the public website. Which button do you click?",
            "answers": ["Se déconnecter", "déconnecter", "déconnexion", "se déconecter", "déconecter"],
            "feedback_correct": 'Yes. Click "Se déconnecter" (Log out). On a shared computer, also close the browser.',
            "feedback_wrong": 'The right answer is: "Se déconnecter" (Log out). '
            "This button is often at the top of the page.",
        },
    ],
    "mon-compte-ameli": [
        {
            "prompt": 'You have a question for the "Assurance Maladie" (health insurance). Which number do you call?',
            "answers": ["3646", "36 46", "36-46", "36.46"],
            "feedback_correct": "Yes. 3646 is the phone number of the Assurance Maladie.",
            "feedback_wrong": "The right answer is: 3646. It is the phone number of the Assurance Maladie.",
        },
        {
            "prompt": "This is your first time logging in to ameli. How do you get the temporary code?",
            "alt": "",
            "choices": [
                {
                    "text": "By post, at home.",
                    "feedback": "Yes. Your name must be on the letterbox. If not, the letter does not arrive.",
                },
                {
                    "text": "By SMS, straight away.",
                    "feedback": "No. The temporary code arrives by post, at home.",
                },
                {
                    "text": 'It is written on your "carte Vitale" (health insurance card).',
                    "feedback": "No. On the carte Vitale, there is your social security number. "
                    "The temporary code arrives by post.",
                },
            ],
        },
        {
            "prompt": "What can you do in your ameli account? (Several answers are right.)",
            "alt": "",
            "choices": [
                {
                    "text": "See your refunds.",
                    "feedback": "Yes. You see what the Assurance Maladie pays you back.",
                },
                {
                    "text": 'Download your "attestation de droits" (proof of health insurance).',
                    "feedback": "Yes. It is a PDF file. The hospital or a doctor can ask for it.",
                },
                {
                    "text": 'Ask for the "Complémentaire santé solidaire" (CSS, extra health cover).',
                    "feedback": "Yes. You answer some questions, then you send the request.",
                },
                {
                    "text": "Do your monthly update for France Travail.",
                    "feedback": "No. You do the monthly update in your France Travail space.",
                },
            ],
        },
        {
            "prompt": "An SMS asks you to pay for your carte Vitale. It is a scam.",
            "alt": "",
            "feedback_correct": "Yes, this is true. The carte Vitale is free. Do not pay anything.",
            "feedback_wrong": "In fact, this is true. The carte Vitale is free. "
            "A message that asks you to pay for the carte Vitale is a scam.",
        },
        {
            "prompt": "In the ameli account, tap the part where you see your refunds.",
            "alt": 'A phone shows the ameli account with three parts: "Remboursements" (Refunds), '
            '"Documents" and "Messages".',
            "feedback_correct": "Yes. Here, you see the refunds for your health care.",
            "feedback_wrong": 'This is not the right part. Look for the "Remboursements" (Refunds) part, '
            "with the € sign.",
        },
    ],
}
