"""The levels of the mouse and keyboard trainers, with their instructions in the learner's language.

Each level is harder than the one before; the keyboard levels add one kind of key each time. An audio clip
`simulators/audio/<lang>/<trainer>-<level>.opus` in the static files is offered when it exists.
"""

from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

MOUSE_LEVELS = [
    # (what the level trains, instruction with a mouse, instruction on a touch screen)
    ("point", _("Move the mouse pointer onto the orange circle."), _("Tap the orange circle with your finger.")),
    (
        "click",
        _("Click the circle 3 times. It moves and gets smaller."),
        _("Tap the circle 3 times. It moves and gets smaller."),
    ),
    ("double-click", _("Double-click the circle: click twice, quickly."), _("Tap the circle twice, quickly.")),
    (
        "drag",
        _("Drag the circle into the box: press, hold, move, then let go."),
        _("Drag the circle into the box with your finger: touch, hold, move, then let go."),
    ),
    (
        "scroll",
        _("Scroll down in the box with the wheel, then click the circle."),
        _("Scroll down in the box with your finger, then tap the circle."),
    ),
    (
        "right-click",
        _("Right-click the circle: click with the right button."),
        _("Press and hold the circle for one second."),
    ),
]

# (text to type, instruction). Level 6 starts with a wrong letter already typed.
KEYBOARD_LEVELS = [
    ("bonjour", _("Type the word in small letters.")),
    ("Bonjour Paris", _("Type it with the capital letters: hold Maj (Shift) and press the letter.")),
    ("café, élève, ça, à", _("Type the accents: é, è, à and ç have their own keys.")),
    ("Melun 77000", _("Type the numbers: on this keyboard, hold Maj (Shift) and press the key on the top row.")),
    ("amina@exemple.fr", _("Type the e-mail address: @ is AltGr + à (the 0 key).")),
    ("Bonjour", _("Erase the extra letter with ← (Backspace), then press Entrée (Enter).")),
]
KEYBOARD_START = {6: "Bonjourr"}


def clip_for(trainer, level, language=None):
    """The URL of the level's recorded instruction in the current language, or "" when there is none."""
    path = f"simulators/audio/{language or get_language()}/{trainer}-{level}.opus"
    return static(path) if finders.find(path) else ""


def mouse_levels():
    return [
        {"number": number, "kind": kind, "mouse": mouse, "touch": touch, "clip": clip_for("mouse", number)}
        for number, (kind, mouse, touch) in enumerate(MOUSE_LEVELS, start=1)
    ]


def keyboard_levels():
    return [
        {
            "number": number,
            "text": text,
            "instruction": instruction,
            "start": KEYBOARD_START.get(number, ""),
            "clip": clip_for("keyboard", number),
        }
        for number, (text, instruction) in enumerate(KEYBOARD_LEVELS, start=1)
    ]
