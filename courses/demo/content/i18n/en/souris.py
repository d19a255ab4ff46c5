"""English translation of theme 2: Using the mouse (demo content)."""

THEME = {
    "title": "Using the mouse",
    "description": "Move the mouse, click, move an icon and scroll a page.",
}

MODULES = {
    "tenir-la-souris-et-cliquer": {
        "title": "Hold the mouse and click",
        "objective": "At the end, I can move the mouse, click and double-click.",
        "steps": [
            {
                "title": "The mouse",
                "text": [
                    "The <b>mouse</b> is for pointing and choosing on the screen.",
                    "It has two buttons: the <b>left button</b> and the <b>right button</b>.",
                    "In the middle, there is a small wheel: the <b>scroll wheel</b>.",
                ],
                "alt": "A mouse seen from above, with the name of each part: the left button, the right button "
                "and the scroll wheel in the middle.",
                "callout": "Some mice have no cable. They work with a battery.",
                "vocabulary": ["the mouse", "the left button", "the scroll wheel"],
            },
            {
                "title": "Hold the mouse",
                "text": [
                    "Put your hand on the mouse. The mouse stays flat on the table.",
                    "Put your <b>index finger</b> on the left button. "
                    "Put your <b>middle finger</b> on the right button.",
                    "Your <b>thumb</b> holds the side of the mouse. Keep your hand relaxed.",
                ],
                "alt": "A hand on the mouse, seen from above: the index finger on the left button, circled in "
                "orange, the middle finger on the right button, the thumb on the side.",
                "callout": None,
                "vocabulary": ["the index finger", "the middle finger", "the thumb"],
            },
            {
                "title": "The pointer moves",
                "text": [
                    "Move the mouse on the table. On the screen, a small arrow moves too: it is the <b>pointer</b>.",
                    "Move the mouse to the left: the pointer goes to the left.",
                    "Move the mouse towards you: the pointer goes down.",
                ],
                "alt": "On the left, a mouse on the table with arrows in four directions. On the right, "
                "the screen with the pointer, a small white arrow, circled in orange.",
                "callout": "Are you at the edge of the table? Lift the mouse and put it back in the middle. "
                "The pointer does not move.",
                "vocabulary": ["the pointer", "to move"],
            },
            {
                "title": "The left click",
                "text": [
                    "Press the <b>left button</b> once with your index finger, then let go. This is a <b>click</b>.",
                    "A click is for choosing: a button, a box, a link.",
                    "Do not move the mouse while you click.",
                ],
                "alt": 'A mouse seen from above. The left button is orange and circled. Next to it, the word "clic" '
                "(click).",
                "callout": None,
                "vocabulary": ["a click", "to click"],
            },
            {
                "title": "Click a button",
                "text": [
                    "First, put the pointer on the button on the page.",
                    "On a button or a link, the pointer often turns into a small <b>hand</b>.",
                    "Do a left click. The page does what the button is for.",
                ],
                "alt": 'A web page with a "Valider" (Confirm) button. The hand-shaped pointer is on the button, '
                "circled in orange.",
                "callout": None,
                "vocabulary": ["a button", "a link"],
            },
            {
                "title": "The double click",
                "text": [
                    "A <b>double click</b> is two very quick clicks on the left button: click-click.",
                    "On the desktop, a double click opens an icon: a folder, a document, a program.",
                ],
                "alt": "The computer desktop. The icon of the Documents folder is circled in orange. "
                'The pointer is on it, with the words "clic clic".',
                "callout": "On a web page, one click is enough. The double click is for the icons "
                "on the desktop and in folders.",
                "vocabulary": ["a double click", "to open"],
            },
            {
                "title": "Practise",
                "text": [
                    "Do a double click on the <b>Documents</b> folder. A <b>window</b> opens.",
                    "To close the window, click once on the cross <b>X</b>, at the top right.",
                    "Do it again three times. Little by little, it gets easier.",
                ],
                "alt": "The window of the Documents folder is open. At the top right, the cross X to close it "
                "is circled in orange.",
                "callout": "The window does not open? Your two clicks are too slow. "
                "Click faster, without moving the mouse.",
                "vocabulary": ["a window", "to close", "the cross"],
            },
        ],
    },
}
