"""English translation of the quizzes for theme 2: Using the mouse (demo content)."""

QUIZZES = {
    "tenir-la-souris-et-cliquer": [
        {
            "prompt": "On which mouse button do you put your index finger?",
            "alt": "",
            "choices": [
                {
                    "text": "On the left button.",
                    "feedback": "Yes. The index finger goes on the left button. "
                    "The middle finger goes on the right button.",
                },
                {
                    "text": "On the right button.",
                    "feedback": "No. On the right button, you put your middle finger. "
                    "The index finger goes on the left button.",
                },
                {
                    "text": "On the side of the mouse.",
                    "feedback": "No. The thumb goes on the side. The index finger goes on the left button.",
                },
            ],
        },
        {
            "prompt": "Tap the scroll wheel of the mouse in the picture.",
            "alt": "A mouse seen from above, with two buttons and a small wheel between them. "
            "The left button is orange.",
            "feedback_correct": "Yes. The scroll wheel is the small wheel, "
            "between the left button and the right button.",
            "feedback_wrong": "This is not the scroll wheel. Look for the small wheel in the middle, "
            "between the two buttons.",
        },
        {
            "prompt": "The pointer is on a button or on a link. What shape does it often have?",
            "choices": [
                {
                    "label": "A small hand",
                    "feedback": "Yes. On a button or a link, the pointer often turns into a small hand. You can click.",
                },
                {
                    "label": "A small arrow",
                    "feedback": "No. The small arrow is the usual pointer. "
                    "On a button or a link, it often turns into a small hand.",
                },
                {
                    "label": "A small line",
                    "feedback": "No. On a button or a link, the pointer often turns into a small hand.",
                },
            ],
        },
        {
            "prompt": "On a web page, you do a double click on a link.",
            "alt": "",
            "feedback_correct": "Well done. On a web page, one click is enough. "
            "The double click is for the icons on the desktop and in folders.",
            "feedback_wrong": "In fact, this is false. On a web page, one click is enough. "
            "The double click is for the icons on the desktop and in folders.",
        },
        {
            "prompt": 'You want to open the "Documents" folder, then close it. Put the steps in the right order.',
            "items": [
                "Put your hand on the mouse.",
                'Put the pointer on the "Documents" folder.',
                "Do a double click: the window opens.",
                "Click once on the cross X to close the window.",
            ],
            "feedback_correct": "Well done. You point at the folder, you do a double click. "
            "Then you close it with the cross.",
            "feedback_wrong": "Not quite. First, put the pointer on the folder. "
            "Then do a double click. At the end, click the cross X.",
        },
    ],
    "clic-droit-glisser-molette": [
        {
            "prompt": "You do a right click on an icon. What can the menu show? (Several answers are right.)",
            "alt": "",
            "choices": [
                {
                    "text": "Ouvrir (Open)",
                    "feedback": 'Yes. "Ouvrir" is often in the right-click menu.',
                },
                {
                    "text": "Renommer (Rename)",
                    "feedback": 'Yes. "Renommer" means to change the name.',
                },
                {
                    "text": "Supprimer (Delete)",
                    "feedback": 'Yes. "Supprimer" means to throw away.',
                },
                {
                    "text": "Arrêter (Shut down)",
                    "feedback": 'No. "Arrêter" is in the "Démarrer" (Start) menu. It switches off the computer.',
                },
            ],
        },
        {
            "prompt": 'You put the CV document away in the "Mes papiers" (My papers) folder. '
            "Put the steps in the right order.",
            "items": [
                "Put the pointer on the CV document.",
                "Press the left button and keep your finger down.",
                'Move the mouse to the "Mes papiers" folder.',
                "Let go of the button.",
            ],
            "feedback_correct": "Well done. You press, you move, you let go: this is drag and drop.",
            "feedback_wrong": "Not quite. First, the pointer on the document. "
            "Then press, move the mouse, and let go of the button on the folder.",
        },
        {
            "prompt": "What is the small wheel between the two mouse buttons called?",
            "answers": ["scroll wheel", "the scroll wheel", "molette"],
            "feedback_correct": 'Yes. The scroll wheel ("la molette") scrolls the page.',
            "feedback_wrong": 'The right answer is: the scroll wheel ("la molette"). Turn it to scroll the page.',
        },
        {
            "prompt": 'You let go of a document on the "Corbeille" (Recycle Bin). The document is deleted.',
            "alt": "",
            "feedback_correct": "Yes, this is true. Be careful: let go of the document on the right folder.",
            "feedback_wrong": "In fact, this is true. On the Corbeille, the document is deleted. "
            "Let go of it on the right folder.",
        },
        {
            "prompt": "You have a laptop. How do you scroll the page with the touchpad?",
            "alt": "",
            "choices": [
                {
                    "text": "Slide two fingers together up or down.",
                    "feedback": "Yes. With two fingers together, the page scrolls.",
                },
                {
                    "text": "Touch the touchpad twice, quickly.",
                    "feedback": "No. Two quick touches make a double click. To scroll, slide two fingers.",
                },
                {
                    "text": "Press the bottom right of the touchpad.",
                    "feedback": "No. The bottom right is a right click. To scroll, slide two fingers.",
                },
            ],
        },
    ],
}
