"""Folding text so that what a learner types matches what we stored, whatever the keyboard.

One rule for quiz answers, search terms and card codes: case, accents and other combining marks, the
keyboard's digits ("٣٩٤٩" = "3949"), Arabic-script letter variants that Arabic, Dari and Pashto keyboards type
differently for the same word, Cyrillic letters that Ukrainian and Russian write differently ("и"/"ы"), and
invisible characters (tatweel, zero-width joiners: a Dari word typed with a zero-width non-joiner is the same
word without it) do not count.
"""

import re
import unicodedata

# Letters that Arabic, Persian and Pashto keyboards type differently for the same word.
ARABIC_SCRIPT_VARIANTS = str.maketrans(
    {
        "\u0623": "\u0627",  # أ -> ا
        "\u0625": "\u0627",  # إ -> ا
        "\u0622": "\u0627",  # آ -> ا
        "\u0671": "\u0627",  # ٱ -> ا
        "\u0629": "\u0647",  # ة -> ه
        "\u0649": "\u064a",  # ى -> ي
        "\u06cc": "\u064a",  # ی (Persian yaa) -> ي
        "\u06d0": "\u064a",  # ې (Pashto yaa) -> ي
        "\u06cd": "\u064a",  # ۍ -> ي
        "\u0626": "\u064a",  # ئ -> ي
        "\u06a9": "\u0643",  # ک (Persian kaf) -> ك
        "\u0624": "\u0648",  # ؤ -> و
    }
)
# Cyrillic letters that Ukrainian and Russian write differently for the same sound ("мишка" in Ukrainian is
# "мышка" in Russian; "і" and "и", "є" and "е"): a learner types the letters of their own keyboard. Applied
# after accents are removed (ё, ї and й are already е, і and и then).
CYRILLIC_VARIANTS = str.maketrans({"ы": "и", "і": "и", "є": "е", "э": "е", "ґ": "г"})
# Arabic vowel marks, tatweel, zero-width (non-)joiners and direction marks, word joiner, BOM.
INVISIBLE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u2060\ufeff]")


def unify_script(text):
    """Case folded, invisible characters removed, Arabic-script variants unified; accents are kept (a
    stemmer still needs them)."""
    return INVISIBLE.sub("", str(text).casefold()).translate(ARABIC_SCRIPT_VARIANTS)


def strip_marks(text):
    """Remove accents and other combining marks (é -> e, ё -> е, й -> и)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def fold(text):
    """What counts in a typed text: no case, accents, invisible characters, letter variants (Arabic-script
    and Cyrillic) or extra spaces, and the keyboard's digits as 0-9."""
    bare = strip_marks(unify_script(text)).translate(ARABIC_SCRIPT_VARIANTS).translate(CYRILLIC_VARIANTS)
    digits = "".join(str(unicodedata.decimal(char)) if char.isdecimal() else char for char in bare)
    return " ".join(digits.replace("\u2019", "'").split())
