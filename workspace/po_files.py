"""Read an uploaded PO file strictly before wagtail-localize imports it, and say which line is wrong.

wagtail-localize reads PO files with polib, which is lenient: a msgstr missing its opening quote loses its
first letters without an error, and a translation is imported whatever markup it holds. Here each line must
be a keyword followed by a properly quoted string, or the continuation of one; and a translation may hold
only the markup of its own msgid — the inline tags wagtail-localize writes into rich-text segments
(`<b>`, `<a id="a1">`, `<br/>`) and the entities of escaped text (`&amp;`). Returns problems, never HTTP.
"""

import re
from dataclasses import dataclass, field

import polib

KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)(?:\s+(.*))?")
QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')
# The escapes polib turns back into characters; any other would be imported as a backslash and a letter.
BAD_ESCAPE = re.compile(r'\\[^\\"ntr]')
CHARSET = re.compile(r"charset=([^\s;]+)", re.IGNORECASE)
UTF_8 = {"utf-8", "utf8"}
# A tag starts with "<" and a letter, "/", "!" or "?"; a tag without its ">" counts too.
TAG = re.compile(r"<[A-Za-z/!?][^<>]*>?")
ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]*;|#[0-9]+;?|#[xX][0-9A-Fa-f]+;?)")
# What may come after each keyword within one entry; None: between entries.
FOLLOWS = {
    None: {"msgctxt", "msgid"},
    "msgctxt": {"msgid"},
    "msgid": {"msgid_plural", "msgstr"},
    "msgid_plural": {"msgstr[]"},
    "msgstr": {"msgctxt", "msgid"},
    "msgstr[]": {"msgstr[]", "msgctxt", "msgid"},
}
ENTRY_DONE = {None, "msgstr", "msgstr[]"}


@dataclass(frozen=True)
class Problem:
    """One reason to refuse the file, on one line (counted from 1, as PO editors do)."""

    line: int
    message: str

    def __str__(self):
        return f"Ligne {self.line} : {self.message}"


@dataclass
class Entry:
    """The strings of one entry, each kept as its quoted pieces with their lines."""

    obsolete: bool
    fields: dict = field(default_factory=dict)

    def text(self, keyword):
        return "".join(piece for _line, piece in self.fields.get(keyword, []))

    def translations(self):
        return [pieces for keyword, pieces in self.fields.items() if keyword.startswith("msgstr")]


def problems_in(data):
    """Every reason to refuse this PO file (bytes), empty if wagtail-localize may import it."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        return [
            Problem(
                line,
                "le fichier n'est pas enregistré en UTF-8. Enregistrez-le en UTF-8 (Poedit le fait "
                "par défaut), puis envoyez-le à nouveau.",
            )
        ]
    entries, problem = read_entries(text.removeprefix("\ufeff"))
    if problem:
        return [problem]
    if not any(entry.text("msgid") for entry in entries):
        return [Problem(1, "le fichier ne contient aucun texte à traduire.")]
    return [*charset_problems(entries), *duplicate_problems(entries), *markup_problems(entries)]


def read_entries(text):
    """The entries of the file, or the first line that a strict reading refuses."""
    entries, entry, last, last_key, last_line, previous_was_string = [], None, None, None, 0, False
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        obsolete = line.startswith("#~") and not line.startswith("#~|")
        if obsolete:
            line = line[2:].strip()
        if not line or line.startswith("#"):
            previous_was_string = False
            continue
        if line.startswith('"'):
            if not previous_was_string:
                return entries, Problem(number, "texte entre guillemets sans msgid ni msgstr juste avant lui.")
            piece, problem = quoted(line, number)
            if problem:
                return entries, problem
            entry.fields[last_key].append((number, piece))
            continue
        match = KEYWORD.fullmatch(line)
        if not match:
            return entries, Problem(
                number,
                f"« {shorten(line)} » n'est pas une ligne de fichier PO : chaque ligne est un mot-clé "
                "(msgctxt, msgid, msgstr) suivi d'un texte entre guillemets droits, la suite d'un tel texte, "
                "un commentaire (#) ou une ligne vide.",
            )
        keyword = match[1]
        kind = "msgstr[]" if keyword.startswith("msgstr[") else keyword
        if kind not in FOLLOWS[last]:
            return entries, Problem(number, order_message(last, keyword))
        piece, problem = quoted(match[2] or "", number, keyword)
        if problem:
            return entries, problem
        if last in ENTRY_DONE:
            entry = Entry(obsolete=obsolete)
            entries.append(entry)
        if keyword in entry.fields:
            return entries, Problem(number, f"« {keyword} » apparaît deux fois dans la même entrée.")
        entry.fields[keyword] = [(number, piece)]
        last, last_key, last_line, previous_was_string = kind, keyword, number, True
    if last not in ENTRY_DONE:
        return entries, Problem(last_line, "le fichier se termine avant le msgstr de cette entrée.")
    return entries, None


def quoted(rest, number, keyword=None):
    """The text of one quoted string (with polib's unescaping), or why it is not one."""
    match = QUOTED.fullmatch(rest.strip())
    if not match:
        where = f"après « {keyword} »" if keyword else "sur cette ligne"
        return None, Problem(
            number,
            f'le texte {where} doit être entre guillemets droits ("…") : un guillemet manque, ou un '
            "guillemet du texte n'est pas précédé d'une barre oblique (\\\").",
        )
    escape = BAD_ESCAPE.search(match[1])
    if escape:
        return None, Problem(
            number, f"« {escape[0]} » n'est pas permis dans un fichier PO (seuls \\n, \\t, \\r, \\\" et \\\\ le sont)."
        )
    return polib.unescape(match[1]), None


def order_message(last, keyword):
    if last in ENTRY_DONE:
        return f"une entrée commence par « msgctxt » ou « msgid », pas par « {keyword} »."
    if last == "msgctxt":
        return f"« msgid » doit suivre « msgctxt », pas « {keyword} »."
    if last == "msgid_plural":
        return f"« msgstr[0] » doit suivre « msgid_plural », pas « {keyword} »."
    if keyword.startswith("msgstr["):
        return f"« {keyword} » n'est permis qu'après « msgid_plural »."
    return f"« msgstr » doit suivre « msgid », pas « {keyword} » : l'entrée au-dessus n'a pas de msgstr."


def charset_problems(entries):
    """polib reads the file in the charset its header names: anything but UTF-8 would garble the text."""
    header = next((entry for entry in entries if not entry.text("msgid") and "msgctxt" not in entry.fields), None)
    if header is None:
        return []
    for line, piece in header.fields.get("msgstr", []):
        match = CHARSET.search(piece)
        if match and match[1].lower() not in UTF_8:
            return [Problem(line, f"l'en-tête annonce l'encodage « {shorten(match[1])} » : seul l'UTF-8 est accepté.")]
    return []


def duplicate_problems(entries):
    """polib keeps both copies of an entry, and wagtail-localize imports the last one without a word."""
    seen, problems = set(), []
    for entry in entries:
        key = (entry.obsolete, entry.text("msgctxt") if "msgctxt" in entry.fields else None, entry.text("msgid"))
        if key in seen:
            line = entry.fields["msgid"][0][0]
            problems.append(Problem(line, f"« {shorten(key[2])} » est déjà traduit plus haut dans le fichier."))
        seen.add(key)
    return problems


def markup_problems(entries):
    """A translation may hold only the tags and entities of its msgid, written the same way."""
    problems = []
    for entry in entries:
        msgid = entry.text("msgid")
        if not msgid:
            continue  # the header: its msgstr is metadata
        allowed = {normal_tag(tag) for tag in TAG.findall(msgid)} | set(ENTITY.findall(msgid))
        for pieces in entry.translations():
            for line, markup in foreign_markup(pieces, allowed):
                problems.append(
                    Problem(
                        line,
                        f"la traduction contient « {shorten(markup)} », qui n'est pas dans le texte français. "
                        "Un fichier PO ne contient que du texte : gardez seulement les balises du texte "
                        "français, telles quelles.",
                    )
                )
                break  # one problem per translation is enough to find it
    return problems


def foreign_markup(pieces, allowed):
    """(line, markup) for each tag or entity of a translation that is not in `allowed`."""
    text = "".join(piece for _line, piece in pieces)
    starts, offset = [], 0
    for line, piece in pieces:
        starts.append((offset, line))
        offset += len(piece)
    for match in sorted([*TAG.finditer(text), *ENTITY.finditer(text)], key=lambda match: match.start()):
        markup = match[0]
        if (normal_tag(markup) if markup.startswith("<") else markup) in allowed:
            continue
        line = next(line for start, line in reversed(starts) if start <= match.start())
        yield line, markup


def normal_tag(tag):
    """`<br>`, `<br/>` and `<br />` are the same tag."""
    return re.sub(r"\s*/?>$", ">", re.sub(r"\s+", " ", tag))


def shorten(text, size=40):
    return text if len(text) <= size else text[: size - 1] + "…"
