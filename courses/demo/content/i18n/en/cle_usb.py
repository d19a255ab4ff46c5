"""English translation of theme 3: Using a USB stick (demo content)."""

THEME = {
    "title": "Using a USB stick",
    "description": "Plug in a USB stick, open your documents, copy them and remove the stick safely.",
}

MODULES = {
    "brancher-la-cle-et-ouvrir-ses-fichiers": {
        "title": "Plug in the stick and open your files",
        "objective": "At the end, I can plug in a USB stick and open a document that is on the stick.",
        "steps": [
            {
                "title": "What is a USB stick for?",
                "text": [
                    "A <b>USB stick</b> is a small memory. It keeps your documents.",
                    "For example: your CV, a photo, a certificate.",
                    "You put the stick in your pocket. You open your documents on another computer.",
                ],
                "alt": "A CV, a photo and a certificate go into a USB stick, which is circled. "
                "Then the stick goes to another computer.",
                "callout": "A USB stick is easy to lose. "
                "Also keep a copy of your important papers in the digital safe.",
                "vocabulary": ["the USB stick", "a document"],
            },
            {
                "title": "Find the USB port",
                "text": [
                    "The stick goes into a <b>USB port</b>. It is a small rectangular hole.",
                    "On a laptop, the USB ports are on the sides.",
                    "On a desktop computer, they are at the front or at the back of the tower.",
                ],
                "alt": "The side of a laptop with several holes. The USB port, a rectangular hole, is circled.",
                "callout": "Some new computers only have small oval ports, called USB-C. Then you need an adapter.",
                "vocabulary": ["the USB port", "the laptop"],
            },
            {
                "title": "Plug in the stick the right way round",
                "text": [
                    "Take the cap off the stick.",
                    "Gently push the metal part into the USB port.",
                    "The stick only goes in one way. If it gets stuck, turn the stick over and try again.",
                ],
                "alt": "On the left, the metal part of the stick, shown by an arrow, goes into the port: "
                "this is right. On the right, the stick is stuck: an arrow shows that you must turn it over.",
                "callout": "Never force it. You can break the stick or the port.",
                "vocabulary": ["to plug in", "the cap", "to turn over"],
            },
            {
                "title": "The computer finds the stick",
                "text": [
                    "When the stick is plugged in, the computer often makes a small sound.",
                    "A small message can appear at the bottom right of the screen. It shows the name of the stick.",
                    "Click this message. Then choose to open the folder.",
                ],
                "alt": "A laptop with the stick plugged into its side. At the bottom right of the screen, "
                'the message "Clé USB (E:)" is circled.',
                "callout": None,
                "vocabulary": ["a message", "the screen"],
            },
            {
                "title": "Open the Explorateur de fichiers (File Explorer)",
                "text": [
                    "On the computer, a document is also called a <b>file</b>.",
                    "The <b>Explorateur de fichiers</b> (File Explorer) shows all your files and the stick.",
                    "To open it, look at the bar at the bottom of the screen. Click the yellow folder.",
                ],
                "alt": 'The bar at the bottom of the screen. The yellow folder icon, "Explorateur de fichiers" '
                "(File Explorer), is circled.",
                "callout": "Another way: press the <b>Windows</b> key and the <b>E</b> key at the same time.",
                "vocabulary": ["a file", "File Explorer", "a folder"],
            },
            {
                "title": "Find the stick in the window",
                "text": [
                    "A window opens. Look at the left column.",
                    "Look for the name of the stick. It is under <b>Ce PC</b> (This PC).",
                    "The name is different for each stick. It often ends with a letter, for example <b>(E:)</b>.",
                ],
                "alt": 'The File Explorer window. In the left column, under "Ce PC" (This PC), '
                'the name "Clé USB (E:)" is circled.',
                "callout": None,
                "vocabulary": ["the window", "the left column"],
            },
            {
                "title": "Open a document from the stick",
                "text": [
                    "Click the name of the stick. Your documents appear on the right.",
                    "Do a <b>double click</b> on the document. It opens.",
                    "To close the document, click the cross at the top right.",
                ],
                "alt": 'The stick is open in File Explorer. On the right, the document "CV Amina" is circled, '
                "with the mouse and a double click.",
                "callout": "The small picture in front of the name shows the type of document: "
                "a text, a photo or a PDF.",
                "vocabulary": ["the double click", "to open", "to close"],
            },
        ],
    },
}
