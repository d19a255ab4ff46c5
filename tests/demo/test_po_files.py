"""The demo's translations are PO files that a translator opens in Poedit: valid, with proper headers, one
entry per French string, and nothing that is not in the French content files."""

import re
import shutil
import subprocess
import tomllib

import polib
import pytest

from core.text import fold
from demo.loader import CONTENT, LOCALE

PO_FILES = sorted(LOCALE.glob("*/*.po"))
PARAGRAPH = re.compile(r"^<p>(.*)</p>$", re.DOTALL)


def french_strings(name):
    """Every string of demo/content/<name>.toml, and the text inside each <p>…</p> value."""
    with open(CONTENT / f"{name}.toml", "rb") as handle:
        data = tomllib.load(handle)
    found = set()

    def walk(value):
        if isinstance(value, str):
            found.add(value)
            match = PARAGRAPH.match(value)
            if match:
                found.add(match.group(1))
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(data)
    return found, data


def test_every_language_and_content_file_has_its_po_file():
    names = {path.relative_to(LOCALE).as_posix() for path in PO_FILES}
    for code in ["ar", "en", "prs", "ps", "ru", "ti", "uk"]:
        assert {f"{code}/{path.stem}.po" for path in CONTENT.glob("*.toml")} <= names, code
    assert not (LOCALE / "fr").exists()


@pytest.mark.parametrize("path", PO_FILES, ids=lambda path: path.relative_to(LOCALE).as_posix())
def test_a_po_file_is_valid_and_translates_only_strings_of_its_french_file(path):
    po = polib.pofile(str(path))
    language = path.parent.name
    assert po.metadata["Language"] == language
    assert po.metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert po.metadata["Plural-Forms"].startswith("nplurals=")
    assert len(po) > 0
    if shutil.which("msgfmt"):
        subprocess.run(["msgfmt", "--check-format", "-o", "/dev/null", str(path)], check=True)

    french, data = french_strings(path.stem)
    objects = {f"theme {data['theme']['slug']}"} if "theme" in data else {"home page", "organisation"}
    objects |= {f"module {module['slug']}" for module in data.get("modules", [])}
    objects |= {f"path {data['path']['slug']}"} if "path" in data else set()
    objects |= {f"info page {page['slug']}" for page in data.get("info_pages", [])}
    objects |= {f"glossary {term['term']}" for term in data.get("terms", [])}
    keys = [(entry.msgctxt, entry.msgid) for entry in po]
    assert len(keys) == len(set(keys)), "an entry is there twice"
    for entry in po:
        assert entry.msgid in french, f"not in demo/content/{path.stem}.toml: {entry.msgid!r}"
        assert entry.msgctxt is None or entry.msgctxt in objects, entry.msgctxt
        assert entry.msgstr != entry.msgid, f"a copy of the French: {entry.msgid!r}"
        assert entry.comment, f"no comment saying where {entry.msgid!r} is used"
        if entry.msgstr:
            assert entry.msgstr.count("<b>") == entry.msgid.count("<b>"), entry.msgid


@pytest.mark.parametrize("path", sorted(LOCALE.glob("*/0*.po")), ids=lambda path: path.relative_to(LOCALE).as_posix())
def test_typed_answers_are_translated_only_where_they_differ_from_the_french_ones(path):
    _french, data = french_strings(path.stem)
    translations = {(entry.msgctxt, entry.msgid): entry.msgstr for entry in polib.pofile(str(path))}
    for module in data["modules"]:
        for question in module.get("quiz", []):
            if question["type"] != "short_answer":
                continue
            french_answers = {fold(answer) for answer in question["answers"]}
            for answer in question["answers"]:
                translated = translations.get((f"module {module['slug']}", answer), translations.get((None, answer)))
                assert not translated or fold(translated) not in french_answers, (module["slug"], answer)
