"""English translation of the quizzes for theme 5: Creating an email account (demo content)."""

QUIZZES = {
    "creer-son-adresse": [
        {
            "prompt": "You create your email address. Put the steps in the right order.",
            "items": [
                'Click "Créer un compte" (Create an account).',
                "Type your first name and your surname.",
                "Choose your address and your password.",
                "Give your phone number.",
                "Type the code you got by SMS.",
            ],
            "feedback_correct": "Well done. At the end, the code you got by SMS confirms your email account.",
            "feedback_wrong": 'Not quite. First, click "Créer un compte" (Create an account). '
            "Then the first name and the surname, the address, the password and the phone. "
            "At the end, the code you got by SMS.",
        },
        {
            "prompt": "Which email address is a good choice?",
            "alt": "",
            "choices": [
                {
                    "text": "amina.diallo@example.com",
                    "feedback": "Yes. Your first name, a dot, your surname: it is simple and serious.",
                },
                {
                    "text": "amina diallo@example.com",
                    "feedback": "No. An email address has no spaces. Type amina.diallo, with a dot.",
                },
                {
                    "text": "petite.etoile@example.com",
                    "feedback": "No. Avoid nicknames. An employer is going to read your address.",
                },
            ],
        },
        {
            "prompt": "How do you make a strong password? (Several answers are right.)",
            "alt": "",
            "choices": [
                {"text": "At least 12 characters.", "feedback": "Yes. At least 12 characters."},
                {
                    "text": "Letters, numbers and a symbol like !",
                    "feedback": "Yes. Mix letters, numbers and symbols.",
                },
                {
                    "text": "Three words you like, a number and a symbol.",
                    "feedback": "Yes. This is a good idea. This password is easy for you to remember.",
                },
                {
                    "text": "Your date of birth.",
                    "feedback": "No. Do not use your date of birth or your name. Other people know them.",
                },
            ],
        },
        {
            "prompt": "The form asks for the password twice. Tap the box where you type it the second time.",
            "alt": 'The form: the "Mot de passe" (password) box, the "Confirmer" (Confirm) box below it, '
            'and a "Solide" (strong) bar. On the right, the advice: 12 characters or more.',
            "feedback_correct": 'Yes. This is the "Confirmer" (Confirm) box. Type exactly the same password.',
            "feedback_wrong": "This is not the right box. The second time, type the password "
            'in the "Confirmer" (Confirm) box, under the "Mot de passe" (password) box.',
        },
        {
            "prompt": "A real email service can ask you to give your password.",
            "alt": "",
            "feedback_correct": "Well done. A real service never asks you for your password. Do not give it to anyone.",
            "feedback_wrong": "In fact, this is false. A real service never asks for your password. "
            "You can give your address to people. Your password: never.",
        },
    ],
    "lire-ecrire-envoyer-un-message": [
        {
            "prompt": "In the inbox, a message you have not read yet is written in bold.",
            "alt": "",
            "feedback_correct": "Yes, this is true. Click the message in bold to read it.",
            "feedback_wrong": "In fact, this is true. A message you have not read yet is written in bold. "
            "Click it to read it.",
        },
        {
            "prompt": "Your message is ready. Tap the button to send it.",
            "alt": 'The "Nouveau message" (New message) window: the "À" (To) box, the "Objet" (Subject) box, '
            "the text of the message, and a dark blue button at the bottom left.",
            "feedback_correct": 'Yes. Click "Envoyer" (Send). The message is sent.',
            "feedback_wrong": 'This is not the right button. Look for the "Envoyer" (Send) button, '
            "at the bottom of the window.",
        },
        {
            "prompt": "At the end of the message, you write a polite word, then your first name and surname. "
            "What is this word in French?",
            "answers": ["Cordialement", "Bien cordialement", "cordialemant", "cordialment", "cordiallement"],
            "feedback_correct": 'Yes. "Cordialement" (Kind regards), then your first name and your surname.',
            "feedback_wrong": 'The right answer is: "Cordialement" (Kind regards). '
            'At the start of the message, you write "Bonjour" (Hello).',
        },
        {
            "prompt": 'A message says it comes from the "Assurance Maladie" (health insurance). '
            "It asks for your bank card number. What do you do?",
            "alt": "",
            "choices": [
                {
                    "text": "You do not click the link. You delete the message.",
                    "feedback": "Yes. This is a scam. A public service never asks for your bank card number.",
                },
                {
                    "text": "You answer with your card number.",
                    "feedback": "No. A public service never asks for your bank card number by email. Do not answer.",
                },
                {
                    "text": "You click the link to check.",
                    "feedback": "No. Do not click the link. Go to the real website yourself, or ask your adviser.",
                },
            ],
        },
        {
            "prompt": "You write a new message. Put the steps in the right order.",
            "items": [
                'Click "Nouveau message" (New message).',
                'In the "À" (To) box, type the address of the person you write to.',
                'Type the "Objet" (Subject), then the text.',
                'Read it again, then click "Envoyer" (Send).',
            ],
            "feedback_correct": "Well done. The person you write to, the subject, the text. "
            "Then you read it again and you send it.",
            "feedback_wrong": 'Not quite. First, "Nouveau message". Then the address in the "À" box, '
            'the subject and the text. At the end, read it again and click "Envoyer".',
        },
    ],
}
