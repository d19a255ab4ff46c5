"""English translation of the quizzes for theme 6: The digital safe (demo content)."""

QUIZZES = {
    "pourquoi-garder-ses-papiers-en-ligne": [
        {
            "prompt": "Why keep a copy of your papers in a digital safe? (Several answers are right.)",
            "alt": "",
            "choices": [
                {
                    "text": "A paper can get lost, stolen or wet.",
                    "feedback": "Yes. And getting a new paper often takes weeks.",
                },
                {
                    "text": "The copy helps you get a new paper faster.",
                    "feedback": "Yes. You can show the copy, or send it.",
                },
                {
                    "text": "You can see your papers on your phone or on a computer, everywhere.",
                    "feedback": "Yes. The safe also opens on another phone or on a computer.",
                },
                {
                    "text": "You can throw away your original papers.",
                    "feedback": "No. The copy does not replace the original. Keep your originals in a safe place.",
                },
            ],
        },
        {
            "prompt": "What is the name of the free digital safe for people who need support?",
            "answers": ["Reconnect", "Re connect", "Reconect", "Reconnecte"],
            "feedback_correct": 'Yes. Reconnect is free. Before, its name was "cloud solidaire".',
            "feedback_wrong": 'The right answer is: Reconnect. Before, its name was "cloud solidaire".',
        },
        {
            "prompt": "You open your Reconnect safe for the first time. Who do you open it with?",
            "alt": "",
            "choices": [
                {
                    "text": "With a social worker.",
                    "feedback": "Yes. Ask the person who supports you. Come with your original papers.",
                },
                {
                    "text": "With a friend, who keeps your password.",
                    "feedback": "No. Never give your password, not even to a friend. "
                    "You open the safe with a social worker.",
                },
                {
                    "text": "With an employer.",
                    "feedback": "No. You open your safe with a social worker.",
                },
            ],
        },
        {
            "prompt": "The copy in the safe replaces the original paper.",
            "alt": "",
            "feedback_correct": "Well done. The copy does not replace the original. "
            "Keep your originals in a safe place.",
            "feedback_wrong": "In fact, this is false. The copy helps, but it does not replace the original. "
            "Always keep your originals.",
        },
        {
            "prompt": 'Tap the "carte Vitale" (health insurance card) in the picture.',
            "alt": "Six papers to keep: the residence permit, the récépissé (receipt), a document from OFPRA, "
            "the carte Vitale, the tax notice and the CV.",
            "feedback_correct": "Yes. Also keep a copy of your carte Vitale in the safe.",
            "feedback_wrong": "This is not the carte Vitale. Look for the card with a small yellow square, "
            "at the bottom left.",
        },
    ],
    "deposer-et-partager-un-document": [
        {
            "prompt": "You put a paper in your safe. Put the steps in the right order.",
            "items": [
                "Put the paper flat, near the light.",
                "Take a photo: you can see the 4 corners.",
                "Open the right folder.",
                "Tap the + button and choose the photo.",
                "Give the document a clear name.",
            ],
            "feedback_correct": "Well done. A good photo, the right folder, the + button, then a clear name.",
            "feedback_wrong": "Not quite. First, get the paper ready and take the photo. "
            "Then open the folder and tap the + button. At the end, give a clear name.",
        },
        {
            "prompt": "Which document name is clear?",
            "alt": "",
            "choices": [
                {
                    "text": "Titre de séjour recto 2026",
                    "feedback": "Yes. The name says which paper (residence permit), which side (front) and which year.",
                },
                {
                    "text": "IMG_2087",
                    "feedback": "No. This name does not say which paper it is. "
                    "Write which paper, which side and which year.",
                },
                {
                    "text": "Papier",
                    "feedback": 'No. This name ("paper") is too short. Write which paper, which side and which year.',
                },
            ],
        },
        {
            "prompt": "A card has two sides. What is the front of the card called in French?",
            "answers": ["recto", "le recto"],
            "feedback_correct": 'Yes. The front is the "recto". The back is the "verso". Take 2 photos.',
            "feedback_wrong": 'The right answer is: "recto". The back is called the "verso".',
        },
        {
            "prompt": "The professional has finished. You stop sharing. Which picture shows a private document?",
            "choices": [
                {
                    "label": "A closed padlock",
                    "feedback": "Yes. The document is private. It is only for you.",
                },
                {
                    "label": "An open padlock",
                    "feedback": "No. The open padlock shows a shared document. "
                    "A private document has a closed padlock.",
                },
            ],
        },
        {
            "prompt": "Your adviser asks you for a paper. You share your whole safe.",
            "alt": "",
            "feedback_correct": "Well done. Only share the document they ask for.",
            "feedback_wrong": "In fact, this is false. Only share the document they ask for, not your whole safe.",
        },
    ],
}
