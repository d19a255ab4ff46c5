"""English translation of theme 1: Using a computer (demo content)."""

THEME = {
    "title": "Using a computer",
    "description": "Switch on the computer, type with the keyboard and switch off the computer.",
}

MODULES = {
    "allumer-se-connecter-eteindre": {
        "title": "Switch on, sign in and switch off",
        "objective": "At the end, I can switch on the computer, open my session and switch off the computer.",
        "steps": [
            {
                "title": "The parts of the computer",
                "text": [
                    "This is a computer. The <b>screen</b> shows the pictures.",
                    "The <b>keyboard</b> is for typing. The <b>mouse</b> is for pointing and choosing.",
                    "The <b>system unit</b>, or tower, makes the computer work. A laptop has everything in one device.",
                ],
                "alt": "A computer: the screen in the middle, the system unit on the right, the keyboard in front, "
                "the mouse next to it. On the right, a laptop.",
                "callout": None,
                "vocabulary": ["the screen", "the keyboard", "the system unit"],
            },
            {
                "title": "Switch on the computer",
                "text": [
                    "Look for the <b>Marche/Arrêt</b> (On/Off) button. "
                    "It has this symbol: an open circle with a small line at the top.",
                    "On the system unit, it is at the front. On a laptop, it is often above the keyboard.",
                    "Press this button once. Wait: the computer starts.",
                ],
                "alt": "On the left, the front of a system unit. On the right, the corner of a laptop. "
                "On both, the On/Off button, an open circle with a line, is circled in orange.",
                "callout": "The screen stays black? The screen often has its own button. Press this button too.",
                "vocabulary": ["to switch on", "the On/Off button"],
            },
            {
                "title": "Open your session",
                "text": [
                    "Do you see a big photo with the time? Press a key on the keyboard.",
                    "Click in the <b>Mot de passe</b> (password) box. Type your password.",
                    "Press the <b>Entrée</b> (Enter) key. Your <b>session</b> opens: "
                    "it is your own space on the computer.",
                ],
                "alt": "The sign-in screen: a circle with the outline of a person, the name Amina, "
                "and below it the Mot de passe (password) box circled in orange, with an arrow on the right.",
                "callout": "Your password is secret. Hide the keyboard when you type it.",
                "vocabulary": ["the session", "the password"],
            },
            {
                "title": "The desktop",
                "text": [
                    "Your session is open. You see the <b>desktop</b>. It is the start screen of the computer.",
                    "On the desktop, there are small pictures: the <b>icons</b>. "
                    "An icon opens a folder, a document or a program.",
                ],
                "alt": "The computer desktop: a light background, three icons on the left, Corbeille (Recycle Bin), "
                "Documents and Internet, circled in orange, and a bar at the bottom.",
                "callout": 'In French, the word "bureau" has two meanings: the work table (a desk), '
                "and this screen of the computer.",
                "vocabulary": ["the desktop", "an icon"],
            },
            {
                "title": "The taskbar",
                "text": [
                    "At the bottom of the screen, there is a long bar: the <b>taskbar</b>.",
                    "On the left or in the middle, there is the <b>Démarrer</b> (Start) button. "
                    "It has a picture of four squares.",
                    "On the right, you see the time and the date.",
                ],
                "alt": "The taskbar at the bottom of the screen, shown by an orange arrow: on the left the Démarrer "
                "(Start) button with four squares, in the middle some icons, on the right the time and the date.",
                "callout": None,
                "vocabulary": ["the taskbar", "the Start button"],
            },
            {
                "title": "Switch off: open the Démarrer (Start) menu",
                "text": [
                    "Before you switch off, close your documents and your programs.",
                    "Click the <b>Démarrer</b> (Start) button, at the bottom of the screen. A menu opens.",
                ],
                "alt": "The Démarrer (Start) button, at the bottom left of the screen, is circled in orange. "
                "Above it, the Start menu is open.",
                "callout": "The keyboard also has a key with four squares. It opens the same menu.",
                "vocabulary": ["to switch off", "the menu"],
            },
            {
                "title": "Click Arrêter (Shut down)",
                "text": [
                    "At the bottom of the menu, click the <b>Marche/Arrêt</b> (On/Off) button. "
                    "It is the same symbol: an open circle with a line.",
                    "A small list opens. Click <b>Arrêter</b> (Shut down).",
                ],
                "alt": "The Start menu is open. At the bottom, the On/Off button has the number 1. "
                "A small list shows Mettre en veille (Sleep), Arrêter (Shut down) and Redémarrer (Restart). "
                "Arrêter is circled in orange, with the number 2.",
                "callout": "Be sure to choose Arrêter. With Mettre en veille (Sleep), "
                "the computer is not really switched off.",
                "vocabulary": ["Shut down", "Sleep"],
            },
            {
                "title": "Wait until the end",
                "text": [
                    "The computer switches off by itself. Wait a little.",
                    "The screen turns black. The small lights go off. It is finished.",
                    "On a laptop, you can now close the screen.",
                ],
                "alt": "On the left, a black screen with a tick: the computer is properly switched off. "
                "On the right, a plug pulled out of the wall, crossed out with a big orange cross: "
                "this is not allowed.",
                "callout": "Never pull out the plug to switch off the computer. "
                "You can lose your documents and damage the computer.",
                "vocabulary": ["to unplug", "the plug"],
            },
        ],
    },
}
