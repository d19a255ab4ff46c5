"""Turn text into search terms the same way for every database: normalised, then stemmed per language.

- French, English, Russian, Arabic and Dari (Persian): Snowball stemmers (snowballstemmer, pure Python).
- Ukrainian: a light suffix stripper (Snowball has no Ukrainian stemmer).
- Pashto and Tigrinya: no stemmer; exact and prefix matching after normalisation.
Everywhere: case folded, accents and other combining marks removed ("écran" = "ecran"); Arabic-script
letter variants unified (alef forms, taa marbuta/haa, yaa/alef maqsura, Arabic/Persian kaf and yaa),
tatweel and zero-width joiners removed. A word that matches nothing is matched with one typo: one letter
changed, added, left out, or two neighbours swapped ("sourri" finds "souris", "мишка" finds "мышка"), for
terms of at least TYPO_MIN_LENGTH letters (a shorter word changed by one letter is often another word).
"""

import html as html_module
import re
from functools import lru_cache

import snowballstemmer

from core.text import fold, unify_script

SNOWBALL = {"fr": "french", "en": "english", "ru": "russian", "ar": "arabic", "prs": "persian"}
MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
WORD = re.compile(r"\w+", re.UNICODE)
INLINE_TAGS = re.compile(r"</?(?:b|i|strong|em|a|span|mark|code)\b[^>]*>", re.IGNORECASE)
TAGS = re.compile(r"<[^>]+>")

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


@lru_cache(maxsize=16)
def _stemmer(language):
    algorithm = SNOWBALL.get(language)
    return snowballstemmer.stemmer(algorithm) if algorithm else None


def _ukrainian_stem(word):
    for ending in UKRAINIAN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


@lru_cache(maxsize=100_000)
def term(word, language):
    """The index term of one word: case, invisible characters and Arabic-script variants folded
    (core.text.unify_script: accents kept for the stemmer), stemmed where a stemmer exists, then without
    accents."""
    word = unify_script(word)
    stemmer = _stemmer(language)
    if stemmer is not None:
        word = stemmer.stemWord(word)
    elif language == "uk":
        word = _ukrainian_stem(word)
    return fold(word)[:64]


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
    prefix = fold(found[-1]) if found else ""
    return stems, prefix


TYPO_MIN_LENGTH = 4


def deletions(value):
    """The term with one letter left out, at each place: what two terms one typo apart have in common."""
    return {value[:index] + value[index + 1 :] for index in range(len(value))}


def one_typo_apart(first, second):
    """Whether `second` is `first` with one letter changed, added or left out, or two neighbours swapped."""
    if first == second or abs(len(first) - len(second)) > 1:
        return False
    if len(first) == len(second):
        different = [index for index, (a, b) in enumerate(zip(first, second, strict=True)) if a != b]
        if len(different) == 1:
            return True
        return (
            len(different) == 2
            and different[1] == different[0] + 1
            and first[different[0]] == second[different[1]]
            and first[different[1]] == second[different[0]]
        )
    shorter, longer = sorted((first, second), key=len)
    index = 0
    while index < len(shorter) and shorter[index] == longer[index]:
        index += 1
    return shorter[index:] == longer[index + 1 :]
