"""The demo's help page shows the lesson buttons with the names the site gives them in each language."""

import tomllib
from pathlib import Path

SITE = Path(__file__).resolve().parent.parent.parent / "demo" / "content" / "site.toml"


def test_the_help_page_shows_the_lesson_buttons_in_the_language_of_the_page():
    pages = {page["slug"]: page for page in tomllib.loads(SITE.read_text(encoding="utf-8"))["info_pages"]}
    assert "lesson_buttons" in [block["type"] for block in pages["aide"]["body"]]
