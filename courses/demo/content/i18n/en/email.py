"""English translation of theme 5: Creating an email account (demo content)."""

THEME = {
    "title": "Creating an email account",
    "description": "Create your email address, read and send messages, recognise a scam.",
}

MODULES = {
    "creer-son-adresse": {
        "title": "Create your email address",
        "objective": "At the end, I have an email address and a strong password, carefully written down and kept safe.",
        "steps": [
            {
                "title": "What is an email address for?",
                "text": [
                    "With an <b>email address</b>, you receive and you send messages over the Internet.",
                    "France Travail (the employment service), the CAF (family benefits) and employers "
                    "often ask for your email address.",
                    "An email address looks like this: <b>amina.diallo@example.com</b>.",
                ],
                "alt": "A phone with an envelope. Messages arrive from France Travail, the CAF and an employer. "
                "Below, the email address is circled.",
                "callout": None,
                "vocabulary": ["an email address", "a message"],
            },
            {
                "title": "Choose an email service",
                "text": [
                    "To have an email address, you need an <b>email service</b>.",
                    "There are free email services. An adviser can help you choose one.",
                    "Open the website of the service. Click <b>Créer un compte</b> (Create an account).",
                ],
                "alt": 'The home page of a free email service. The "Créer un compte" (Create an account) button '
                "is circled.",
                "callout": "An email address can be free. You do not need to pay.",
                "vocabulary": ["an email service", "free", "to create an account"],
            },
            {
                "title": "Type your first name and surname",
                "text": [
                    "A page with boxes opens. It is a <b>form</b>.",
                    "Type your <b>first name</b> and your <b>surname</b>, as on your papers.",
                    "Also type your date of birth. Then click <b>Suivant</b> (Next).",
                ],
                "alt": 'A form. Two arrows show the boxes "Prénom" (first name) and "Nom" (surname), already '
                'filled in. Below, the date of birth and the "Suivant" (Next) button.',
                "callout": None,
                "vocabulary": ["the form", "the first name", "the surname"],
            },
            {
                "title": "Choose your address",
                "text": [
                    "Choose a simple address: your first name, a dot, your surname. For example <b>amina.diallo</b>.",
                    "Type it without accents and without spaces.",
                    "If the address is already taken, add a number. For example <b>amina.diallo77</b>.",
                ],
                "alt": 'The address amina.diallo@example.com in three parts. The first part, "amina.diallo", '
                "is circled: you choose it yourself. Then the @ sign, then the service.",
                "callout": "Avoid nicknames and funny words. An employer is going to read your address.",
                "vocabulary": ["the dot", "the at sign (@)", "a number"],
            },
            {
                "title": "Choose a strong password",
                "text": [
                    "The <b>password</b> protects your email account. It must be strong.",
                    "A strong password has at least 12 characters: letters, numbers and a symbol like <b>!</b>",
                    "An idea: three words you like, a number and a symbol. Do not use your name or your date of birth.",
                ],
                "alt": 'The form. The "Mot de passe" (password) box, with dots instead of letters, is circled. '
                'Below, the "Confirmer" (Confirm) box and an almost full bar: "Solide" (strong).',
                "callout": "The form asks for the password twice. Type exactly the same password "
                "in the <b>Confirmer</b> (Confirm) box.",
                "vocabulary": ["the password", "strong", "a character"],
            },
            {
                "title": "Add your phone number",
                "text": [
                    "The service asks for a <b>phone number</b>. Give your own number.",
                    "If you forget your password, the service sends a code by SMS to this number.",
                    "With this code, you can open your email account again.",
                ],
                "alt": 'The form. The "Numéro de téléphone" (phone number) box is circled. '
                "Next to it, a phone receives an SMS with a code.",
                "callout": "Are you changing your number? Change it in your email account too.",
                "vocabulary": ["the phone number", "an SMS", "a code"],
            },
            {
                "title": "Confirm with the code",
                "text": [
                    "The service sends a <b>code</b> by SMS to your phone.",
                    "Type this code in the box. Click <b>Suivant</b> (Next).",
                    "Your email account is ready.",
                ],
                "alt": 'On the left, a phone with an SMS: "Votre code : 482 916" (Your code: 482 916). '
                'An arrow goes to the "Code" box of the form, which is circled.',
                "callout": "This code is secret. Do not give it to anyone, not even on the phone.",
                "vocabulary": ["to confirm", "the box"],
            },
            {
                "title": "Write down the address and the password",
                "text": [
                    "Write your email address and your password on a piece of paper.",
                    "Put this paper away at home, with your important papers.",
                    "You can give your address to people. Your password: never.",
                ],
                "alt": "A notebook with the email address and the password, and a tick: this is good. "
                'On the right, a person asks "Votre mot de passe ?" (Your password?): a cross says no.',
                "callout": "Never give your password. A real service never asks you for it.",
                "vocabulary": ["to write down", "to put away", "never"],
            },
        ],
    },
}
