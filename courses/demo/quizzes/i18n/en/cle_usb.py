"""English translation of the quizzes for theme 3: Using a USB stick (demo content)."""

QUIZZES = {
    "brancher-la-cle-et-ouvrir-ses-fichiers": [
        {
            "prompt": "Where does the USB stick go in? Which picture shows a USB port?",
            "choices": [
                {
                    "label": "A rectangular hole",
                    "feedback": "Yes. The USB port is a small rectangular hole.",
                },
                {
                    "label": "A small oval hole",
                    "feedback": "No. This small oval hole is called USB-C. For your stick, you then need an adapter.",
                },
                {
                    "label": "A small round hole",
                    "feedback": "No. The USB stick goes into a rectangular hole: the USB port.",
                },
            ],
        },
        {
            "prompt": "The USB stick does not go into the port. You push harder.",
            "alt": "",
            "feedback_correct": "Well done. Never force it. Turn the stick over and try again.",
            "feedback_wrong": "In fact, this is false. If you force it, you can break the stick or the port. "
            "Turn the stick over and try again.",
        },
        {
            "prompt": 'How do you open the "Explorateur de fichiers" (File Explorer)? (Several answers are right.)',
            "alt": "",
            "choices": [
                {
                    "text": "Click the yellow folder, in the bar at the bottom of the screen.",
                    "feedback": "Yes. The yellow folder opens File Explorer.",
                },
                {
                    "text": "Press the Windows key and the E key at the same time.",
                    "feedback": "Yes. Windows and E, at the same time, also open File Explorer.",
                },
                {
                    "text": "Click the time, at the bottom right of the screen.",
                    "feedback": "No. The time does not show your files. Click the yellow folder.",
                },
            ],
        },
        {
            "prompt": "Tap the name of the USB stick in the left column.",
            "alt": 'File Explorer. On the left, a column: "Bureau" (Desktop), "Téléchargements" '
            '(Downloads), "Documents", "Images", "Ce PC" (This PC), "Disque local" (Local Disk), '
            '"Clé USB" (USB stick) and "Réseau" (Network). On the right, three documents.',
            "feedback_correct": 'Yes. The name of the stick is under "Ce PC" (This PC). '
            "It often ends with a letter, for example (E:).",
            "feedback_wrong": 'This is not the stick. Look at the left column, under "Ce PC" (This PC). '
            'Look for "Clé USB (E:)".',
        },
        {
            "prompt": "You want to open your CV. It is on the stick. Put the steps in the right order.",
            "items": [
                "Plug the stick into the USB port.",
                "Open File Explorer.",
                "Click the name of the stick, in the left column.",
                "Do a double click on the document.",
            ],
            "feedback_correct": "Well done. The stick, File Explorer, the name of the stick, "
            "then a double click on the document.",
            "feedback_wrong": "Not quite. First, plug in the stick. Then open File Explorer. "
            "Click the stick, then do a double click on the document.",
        },
    ],
    "copier-et-retirer-la-cle": [
        {
            "prompt": "You copy your CV onto the stick. Put the steps in the right order.",
            "items": [
                'In "Documents", click your CV once.',
                'Do a right click on the CV, then click "Copier" (Copy).',
                "Click the name of the stick, in the left column.",
                'Do a right click in an empty white space, then click "Coller" (Paste).',
            ],
            "feedback_correct": "Well done. You copy on the computer, then you paste on the stick.",
            "feedback_wrong": 'Not quite. First, choose the CV and click "Copier" (Copy). '
            'Then open the stick and click "Coller" (Paste).',
        },
        {
            "prompt": "You copy a document onto the stick. The document is no longer on the computer.",
            "alt": "",
            "feedback_correct": "Well done. Copying makes a second copy. The document also stays on the computer.",
            "feedback_wrong": "In fact, this is false. Copying makes a second copy. "
            "The document stays on the computer and also goes onto the stick.",
        },
        {
            "prompt": "Which sentences are right? (Several answers are right.)",
            "alt": "",
            "choices": [
                {
                    "text": "Ctrl and C, at the same time: the document is copied.",
                    "feedback": "Yes. Ctrl and C copy the chosen document.",
                },
                {
                    "text": "Ctrl and V, at the same time: the document is pasted.",
                    "feedback": "Yes. Ctrl and V paste the document.",
                },
                {
                    "text": 'After "Copier" (Copy), nothing changes on the screen. This is normal.',
                    "feedback": "Yes. The computer keeps the copy in its memory.",
                },
                {
                    "text": "You can take out the stick without ejecting it.",
                    "feedback": "No. Always eject the stick before you take it out. "
                    "If not, your documents can be damaged or lost.",
                },
            ],
        },
        {
            "prompt": "Before you take out the stick, you do a right click on its name. "
            "Which word do you click in the menu?",
            "answers": ["Éjecter", "éjecte", "éjection", "éjecter la clé"],
            "feedback_correct": 'Yes. Click "Éjecter" (Eject). Then wait for the message before you take out '
            "the stick.",
            "feedback_wrong": 'The right answer is: "Éjecter" (Eject). '
            "If you do not eject the stick, your documents can be damaged or lost.",
        },
        {
            "prompt": 'You clicked "Éjecter" (Eject). When can you take out the stick?',
            "alt": "",
            "choices": [
                {
                    "text": 'When the message "Le matériel peut être retiré en toute sécurité" '
                    "(Safe to remove hardware) appears.",
                    "feedback": "Yes. Or when the stick is no longer in the list. Then pull gently, straight out.",
                },
                {
                    "text": "Straight away, even if a document from the stick is still open.",
                    "feedback": "No. First close the documents from the stick. Then wait for the message.",
                },
                {
                    "text": "When the computer makes a small sound.",
                    "feedback": "No. The small sound is when you plug in the stick. "
                    'Wait for the message "Le matériel peut être retiré en toute sécurité".',
                },
            ],
        },
    ],
}
