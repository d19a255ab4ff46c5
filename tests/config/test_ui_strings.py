"""Every UI string is translated in every language, with the right plural forms."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALES = Path(settings.BASE_DIR) / "locales"


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_every_message_is_translated_and_none_is_fuzzy(code):
    catalogue = polib.pofile(str(LOCALES / code / "LC_MESSAGES" / "django.po"))
    assert catalogue.metadata["Language"] == code
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == [] and fuzzy == []
    plural_count = int(catalogue.metadata["Plural-Forms"].split("nplurals=")[1].split(";")[0])
    for entry in catalogue.translated_entries():
        if entry.msgid_plural:
            assert len(entry.msgstr_plural) == plural_count, entry.msgid
            assert all(entry.msgstr_plural.values()), entry.msgid


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_placeholders_are_kept_in_translations(code):
    import re

    catalogue = polib.pofile(str(LOCALES / code / "LC_MESSAGES" / "django.po"))
    for entry in catalogue.translated_entries():
        expected = set(re.findall(r"%\((\w+)\)s", entry.msgid))
        for text in [entry.msgstr, *entry.msgstr_plural.values()]:
            if text:
                assert set(re.findall(r"%\((\w+)\)s", text)) <= expected | {"counter"}, (entry.msgid, text)
