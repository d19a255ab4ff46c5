"""The demo's help page shows the lesson buttons with the names the site gives them in each language."""

import tomllib
from pathlib import Path

import pytest

from demo.loader import LOCALE, Catalogue

SITE = Path(__file__).resolve().parent.parent.parent / "demo" / "content" / "site.toml"


def test_the_help_page_shows_the_lesson_buttons_in_the_language_of_the_page():
    pages = {page["slug"]: page for page in tomllib.loads(SITE.read_text(encoding="utf-8"))["info_pages"]}
    assert "lesson_buttons" in [block["type"] for block in pages["aide"]["body"]]


@pytest.mark.parametrize("language", ["ar", "prs", "ps", "ti", "uk", "ru", "en"])
def test_the_help_page_never_names_a_button_in_french_on_a_translated_page(language):
    page = {page["slug"]: page for page in tomllib.loads(SITE.read_text(encoding="utf-8"))["info_pages"]}["aide"]
    strings = Catalogue(LOCALE / language / "site.po").strings("aide")
    for block in page["body"]:
        if not block["value"]:
            continue
        french = block["value"].removeprefix("<p>").removesuffix("</p>")
        translated = strings.get(french)
        assert translated and translated != french, (language, french)  # translated, not left in French
        for french_name in ("Suivant", "Précédent", "Écouter"):
            assert french_name not in translated, (language, translated)
