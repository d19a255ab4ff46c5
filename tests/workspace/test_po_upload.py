"""A translator's PO upload is read strictly: a syntax error or markup that the French does not have is refused,
naming the line, and changes nothing; a correct file, rich-text tags included, still comes in."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation

from tests.factories import ModulePageFactory, ThemePageFactory, step
from tests.utils import group_member, translate_now

pytestmark = pytest.mark.django_db

FRENCH_TEXT = 'Appuyez sur le <b>bouton</b> rond, puis lisez l\'<a href="/aide/">aide</a>.'
# The same text as wagtail-localize writes it in a PO file: the link's address is kept aside, under an id.
SEGMENT = 'Appuyez sur le <b>bouton</b> rond, puis lisez l\'<a id="a1">aide</a>.'


@pytest.fixture
def module(site):
    theme = ThemePageFactory(parent=site["fr"], title="Utiliser un ordinateur", slug="ordinateur")
    return ModulePageFactory(parent=theme, title="Allumer", steps=[step("Le bouton", FRENCH_TEXT)])


def translated(module, code, strings, group_name):
    """The module translated into `code`, and a client logged in as a fresh member of that language's group."""
    locale = Locale.objects.get(language_code=code)
    translate_now(module.get_parent().specific, locale, {})
    translate_now(module, locale, strings)
    translation = Translation.objects.get(source__object_id=module.translation_key, target_locale=locale)
    client = Client()
    client.force_login(group_member(group_name, f"traducteur-{code}", f"mot-de-passe-{code}"))
    return client, translation


@pytest.fixture
def tigrinya(module):
    strings = {"Allumer": "ምውላዕ", "Le bouton": "መጠወቒ", SEGMENT: 'ነቲ ክቡ <b>መጠወቒ</b> ጠውቕዎ፡ ድሕሪኡ <a id="a1">ሓገዝ</a> ኣንብቡ።'}
    return translated(module, "ti", strings, "Traducteurs – tigrigna")


@pytest.fixture
def arabic(module):
    strings = {
        "Allumer": "تشغيل",
        "Le bouton": "الزر",
        SEGMENT: 'اضغط على <b>الزر</b> المستدير، ثم اقرأ <a id="a1">المساعدة</a>.',
    }
    return translated(module, "ar", strings, "Traducteurs – arabe")


def download(client, translation):
    response = client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert response.status_code == 200
    return response.content.decode()


def upload(client, translation, text):
    file = SimpleUploadedFile("module.po", text.encode())
    return client.post(f"/admin/localize/translate/{translation.pk}/pofile/upload/", {"file": file}, follow=True)


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def translated_strings(translation):
    """Every string translation of the module's language: French → translation."""
    return dict(
        StringTranslation.objects.filter(locale=translation.target_locale).values_list("translation_of__data", "data")
    )


def quoted(text):
    return f'"{polib.escape(text)}"'


def with_msgstr(po_text, msgid, msgstr_line):
    """The downloaded PO text with the msgstr line of `msgid` replaced, and that line's number (from 1)."""
    lines = po_text.split("\n")
    number = lines.index(f"msgid {quoted(msgid)}") + 1
    assert lines[number].startswith("msgstr ")
    lines[number] = msgstr_line
    return "\n".join(lines), number + 1


def test_a_correct_po_file_comes_in(tigrinya):
    client, translation = tigrinya
    po_text, _line = with_msgstr(download(client, translation), "Allumer", 'msgstr "ኣብርህ"')
    upload(client, translation, po_text)
    assert translated_strings(translation)["Allumer"] == "ኣብርህ"


def test_a_msgstr_missing_its_opening_quote_is_refused_naming_its_line_and_changes_nothing(tigrinya):
    client, translation = tigrinya
    before = translated_strings(translation)
    po_text, line = with_msgstr(download(client, translation), "Allumer", 'msgstr ኣብርህ"')
    response = upload(client, translation, po_text)
    assert any(f"Ligne {line} :" in message and "guillemets" in message for message in messages_of(response))
    assert translated_strings(translation) == before
    assert before["Allumer"] == "ምውላዕ"


def test_markup_the_french_does_not_have_is_refused_naming_its_line_and_changes_nothing(arabic):
    client, translation = arabic
    before = translated_strings(translation)
    po_text, line = with_msgstr(download(client, translation), "Le bouton", 'msgstr "<script>alert(1)</script>زر"')
    response = upload(client, translation, po_text)
    assert any(f"Ligne {line} :" in message and "<script>" in message for message in messages_of(response))
    assert translated_strings(translation) == before
    assert before["Le bouton"] == "الزر"


def test_a_rich_text_segment_keeping_its_own_tags_comes_in(arabic):
    client, translation = arabic
    new_text = 'اضغط على <b>الزر</b> الدائري، ثم اقرأ <a id="a1">التعليمات</a>.'
    po_text, _line = with_msgstr(download(client, translation), SEGMENT, f"msgstr {quoted(new_text)}")
    upload(client, translation, po_text)
    assert translated_strings(translation)[SEGMENT] == new_text


def test_a_po_file_not_saved_in_utf_8_is_refused_naming_its_line(tigrinya):
    client, translation = tigrinya
    before = translated_strings(translation)
    po_text, line = with_msgstr(download(client, translation), "Allumer", 'msgstr "ምውላዕ"')
    lines = po_text.encode().split(b"\n")
    lines[line - 1] = 'msgstr "À allumer"'.encode("latin-1")
    response = client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/",
        {"file": SimpleUploadedFile("module.po", b"\n".join(lines))},
        follow=True,
    )
    assert any(f"Ligne {line} :" in message and "UTF-8" in message for message in messages_of(response))
    assert translated_strings(translation) == before


def test_a_refused_file_sends_the_translator_back_to_the_editor_they_came_from(tigrinya):
    client, translation = tigrinya
    po_text, _line = with_msgstr(download(client, translation), "Allumer", 'msgstr ኣብርህ"')
    editor = f"http://testserver/admin/pages/{translation.get_target_instance().pk}/edit/"
    response = client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/",
        {"file": SimpleUploadedFile("module.po", po_text.encode()), "next": editor},
    )
    assert response.status_code == 302
    assert response["Location"] == editor
