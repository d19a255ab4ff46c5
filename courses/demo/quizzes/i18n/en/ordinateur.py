"""English translation of the quizzes for theme 1: Using a computer (demo content)."""

QUIZZES = {
    "allumer-se-connecter-eteindre": [
        {
            "prompt": 'Which symbol is on the "Marche/Arrêt" (On/Off) button?',
            "choices": [
                {
                    "label": "An open circle with a line",
                    "feedback": "Yes. The On/Off button has an open circle with a small line at the top.",
                },
                {
                    "label": "Four squares",
                    "feedback": 'No. The four squares are the "Démarrer" (Start) button. '
                    "The On/Off button has an open circle with a line.",
                },
                {
                    "label": "An arrow that turns",
                    "feedback": 'No. The arrow that turns is on the "Entrée" (Enter) key. '
                    "The On/Off button has an open circle with a line.",
                },
            ],
        },
        {
            "prompt": 'Tap the "Marche/Arrêt" (On/Off) button of the system unit in the picture.',
            "alt": "A computer: the screen, the system unit on the right of the screen with a round button, "
            "the keyboard, the mouse, and a laptop.",
            "feedback_correct": "Yes. On the system unit, the On/Off button is at the front. "
            "It has an open circle with a line.",
            "feedback_wrong": "This is not the button. Look at the system unit, on the right of the screen. "
            "The button has an open circle with a line.",
        },
        {
            "prompt": "The computer starts. You see a big photo with the time. What do you do?",
            "alt": "",
            "choices": [
                {
                    "text": "Press a key on the keyboard.",
                    "feedback": 'Yes. The "Mot de passe" (password) box appears. You can open your session.',
                },
                {
                    "text": "Press the On/Off button again.",
                    "feedback": "No. The computer is already on. Press a key on the keyboard.",
                },
                {
                    "text": "Pull out the plug, then plug it in again.",
                    "feedback": "No. Never pull out the plug. Press a key on the keyboard.",
                },
            ],
        },
        {
            "prompt": "To switch off the computer, you can pull out the plug.",
            "alt": "",
            "feedback_correct": "Well done. Never pull out the plug. "
            "You can lose your documents and damage the computer.",
            "feedback_wrong": "In fact, this is false. Pulling out the plug can damage the computer. "
            'Use the "Démarrer" (Start) menu, then "Arrêter" (Shut down).',
        },
        {
            "prompt": "You want to switch off the computer. Put the steps in the right order.",
            "items": [
                "Close your documents and your programs.",
                'Click the "Démarrer" (Start) button.',
                'Click the "Marche/Arrêt" (On/Off) button.',
                'Click "Arrêter" (Shut down).',
                "Wait: the screen turns black.",
            ],
            "feedback_correct": "Well done. You close everything. Then Démarrer, Marche/Arrêt and Arrêter. "
            "Then you wait.",
            "feedback_wrong": "Not quite. First, close your documents. "
            "Then click Démarrer, then Marche/Arrêt, and last Arrêter.",
        },
    ],
    "clavier-azerty": [
        {
            "prompt": 'Tap the "Entrée" (Enter) key on the keyboard.',
            "alt": "A French computer keyboard. At the top, in big letters: A Z E R T Y.",
            "feedback_correct": "Yes. The Entrée key is big, on the right of the letters. "
            "It has an arrow that turns to the left.",
            "feedback_wrong": "This is not the Entrée key. Look for the big key on the right of the letters, "
            "with an arrow that turns to the left.",
        },
        {
            "prompt": "The @ sign is in every email address. What is this sign called in French?",
            "answers": ["arobase", "l'arobase", "une arobase", "arobas", "arrobase", "arrobas", "arobasse"],
            "feedback_correct": 'Yes. In French, the @ sign is called "arobase".',
            "feedback_wrong": 'The right answer is: "arobase". To type it, keep your finger on AltGr. '
            'Then press the "à" key.',
        },
        {
            "prompt": "You want to type the number 5 with the top row of the keyboard. What do you do?",
            "alt": "",
            "choices": [
                {
                    "text": 'Keep your finger on "Maj" (Shift), then press the 5 key.',
                    "feedback": "Yes. On a French keyboard, you type the numbers of the top row with Maj.",
                },
                {
                    "text": "Only press the 5 key.",
                    "feedback": "No. Without Maj, the key types the sign at the bottom. Keep your finger on Maj.",
                },
                {
                    "text": "Keep your finger on AltGr, then press the 5 key.",
                    "feedback": "No. AltGr is for other signs, like @. For a number, use Maj.",
                },
            ],
        },
        {
            "prompt": "Which letters have their own key on the French keyboard? (Several answers are right.)",
            "alt": "",
            "choices": [
                {"text": "é", "feedback": "Yes. The letter é is on the 2 key."},
                {"text": "ç", "feedback": "Yes. The letter ç is on the 9 key."},
                {"text": "ù", "feedback": "Yes. The letter ù is on the right of the letter M."},
                {
                    "text": "ê",
                    "feedback": "No. For ê, first press the ^ key, on the right of P. Then press e.",
                },
            ],
        },
        {
            "prompt": 'The "Retour arrière" (Backspace) key deletes the letter just before the cursor.',
            "alt": "",
            "feedback_correct": "Yes, this is true. The cursor is the small blinking line. "
            "Retour arrière deletes the letter just before it.",
            "feedback_wrong": "In fact, this is true. The Retour arrière key, at the top right, "
            "deletes the letter just before the cursor.",
        },
    ],
}
