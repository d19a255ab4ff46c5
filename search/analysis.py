"""Turn text into search terms the same way for every database: normalised, then stemmed per language.

- French, English, Russian, Arabic and Dari (Persian): Snowball stemmers (snowballstemmer, pure Python).
- Ukrainian: a light suffix stripper (Snowball has no Ukrainian stemmer).
- Pashto and Tigrinya: no stemmer; exact and prefix matching after normalisation.
Everywhere: case folded, accents and other combining marks removed ("écran" = "ecran"); Arabic-script
letter variants unified (alef forms, taa marbuta/haa, yaa/alef maqsura, Arabic/Persian kaf and yaa),
tatweel and zero-width joiners removed.
"""

import html as html_module
import re
import unicodedata
from functools import lru_cache

import snowballstemmer

SNOWBALL = {"fr": "french", "en": "english", "ru": "russian", "ar": "arabic", "prs": "persian"}
ARABIC_SCRIPT = {"ar", "prs", "ps"}
MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
WORD = re.compile(r"\w+", re.UNICODE)
INLINE_TAGS = re.compile(r"</?(?:b|i|strong|em|a|span|mark|code)\b[^>]*>", re.IGNORECASE)
TAGS = re.compile(r"<[^>]+>")

ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d\u200e\u200f]")
ARABIC_LETTERS = str.maketrans(
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
UKRAINIAN_ENDINGS = sorted(
    [
        "ами",
        "ями",
        "ові",
        "еві",
        "ові",
        "ого",
        "ому",
        "ими",
        "ій",
        "ий",
        "ої",
        "ою",
        "ею",
        "ах",
        "ях",
        "ам",
        "ям",
        "ом",
        "ем",
        "ів",
        "їв",
        "ти",
        "ть",
        "ся",
        "сь",
        "а",
        "я",
        "о",
        "е",
        "и",
        "і",
        "ї",
        "у",
        "ю",
    ],
    key=len,
    reverse=True,
)


def strip_marks(text):
    """Remove accents and other combining marks (é -> e, ё -> е, й -> и: query and index agree)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=16)
def _stemmer(language):
    algorithm = SNOWBALL.get(language)
    return snowballstemmer.stemmer(algorithm) if algorithm else None


def _ukrainian_stem(word):
    for ending in UKRAINIAN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def normalise(text, language):
    """Lower case, no combining marks, Arabic-script variants unified; keeps word boundaries."""
    text = text.casefold()
    if language in ARABIC_SCRIPT:
        text = ARABIC_MARKS.sub("", text).translate(ARABIC_LETTERS)
    return text


@lru_cache(maxsize=100_000)
def term(word, language):
    """The index term of one word: normalised, stemmed where a stemmer exists, without accents."""
    word = normalise(word, language)
    stemmer = _stemmer(language)
    if stemmer is not None:
        word = stemmer.stemWord(word)
    elif language == "uk":
        word = _ukrainian_stem(word)
    word = strip_marks(word)
    if language in ARABIC_SCRIPT:
        word = word.translate(ARABIC_LETTERS)
    return word[:64]


def words(text):
    """(start, end, word) of each word of a plain text."""
    return [(match.start(), match.end(), match.group()) for match in WORD.finditer(text)]


def plain(html):
    """Text of rich text: inline tags vanish ("L'<b>écran</b>" -> "L'écran"), block tags become spaces."""
    return html_module.unescape(re.sub(r"\s+", " ", TAGS.sub(" ", INLINE_TAGS.sub("", html))).strip())


def terms(text, language):
    """Index terms of a text (words of one letter are ignored; the "l" of "l'écran", say)."""
    return [term(word, language) for _start, _end, word in words(text) if len(word) > 1 or not word.isascii()]


def analyse_query(query, language):
    """Terms of a query: cut to 200 characters, at most 8 terms. The last word may be unfinished
    (the learner is typing), so it is also matched as a prefix of its normalised form."""
    query = query[:MAX_QUERY_LENGTH]
    found = [word for _start, _end, word in words(query) if len(word) > 1 or not word.isascii()][:MAX_TERMS]
    stems = [term(word, language) for word in found]
    prefix = strip_marks(normalise(found[-1], language)) if found else ""
    if language in ARABIC_SCRIPT and prefix:
        prefix = prefix.translate(ARABIC_LETTERS)
    return stems, prefix
