"""Translators who work offline: download a module as a PO file, translate it, upload it."""

import io

import polib
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from tests.factories import ModulePageFactory, ThemePageFactory, step
from tests.utils import translate_now
from workspace import roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def pashto(site):
    theme = ThemePageFactory(parent=site["fr"], title="Utiliser un ordinateur", slug="ordinateur")
    module = ModulePageFactory(parent=theme, title="Allumer", steps=[step("Le bouton", "Appuyez sur le bouton.")])
    locale = Locale.objects.get(language_code="ps")
    translate_now(theme, locale, {})
    page = translate_now(module, locale, {})
    translation = Translation.objects.get(source__object_id=module.translation_key, target_locale=locale)
    user = get_user_model().objects.create_user("traducteur-ps", password="x")  # noqa: S106
    user.groups.add(Group.objects.get(name=roles.translator_group_name("ps")))
    client = Client()
    client.force_login(user)
    return client, translation, page


def download(client, translation):
    response = client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert response.status_code == 200
    return polib.pofile(response.content.decode())


def upload(client, translation, content):
    file = SimpleUploadedFile("module.po", content.encode() if isinstance(content, str) else content)
    return client.post(f"/admin/localize/translate/{translation.pk}/pofile/upload/", {"file": file}, follow=True)


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def test_a_translated_po_file_comes_back_into_the_module(pashto):
    client, translation, page = pashto
    po = download(client, translation)
    pashto_text = {"Allumer": "چالانول", "Le bouton": "تڼۍ", "Appuyez sur le bouton.": "تڼۍ کېکاږئ."}
    for entry in po:
        entry.msgstr = pashto_text.get(entry.msgid, entry.msgid)
    upload(client, translation, str(po))
    translation.save_target(publish=True)
    page = Page.objects.get(pk=page.pk).specific
    assert page.title == "چالانول"
    assert page.steps[0].value["title"] == "تڼۍ"


def test_a_po_file_of_another_translation_is_refused_and_changes_nothing(pashto, site):
    client, translation, page = pashto
    po = download(client, translation)
    po.metadata["X-WagtailLocalize-TranslationID"] = "00000000-0000-0000-0000-000000000000"
    for entry in po:
        entry.msgstr = "ناسم"
    response = upload(client, translation, str(po))
    assert any("créé pour une autre traduction" in message for message in messages_of(response))
    translation.save_target(publish=True)
    assert Page.objects.get(pk=page.pk).title == "Allumer"


def test_a_malformed_po_file_is_refused_with_a_message(pashto):
    client, translation, page = pashto
    response = upload(client, translation, b"\xff\xfe not a po file \x00")
    assert messages_of(response)
    assert Page.objects.get(pk=page.pk).title == "Allumer"


def test_a_po_file_with_a_script_is_refused_and_the_page_keeps_its_text(pashto):
    client, translation, page = pashto
    po = download(client, translation)
    for entry in po:
        if entry.msgid == "Le bouton":
            entry.msgstr = '<script>alert("x")</script>تڼۍ'
    response = upload(client, translation, str(po))
    body = response.content.decode()
    assert "Ligne " in body and "balises du texte" in body
    translation.save_target(publish=True)
    html = Client().get(Page.objects.get(pk=page.pk).specific.url).content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "تڼۍ" not in html


def test_a_translator_cannot_download_or_upload_another_languages_po_file(pashto, site):
    client, _translation, _page = pashto
    french_module = Page.objects.get(title="Allumer", locale__language_code="fr")
    arabic = translate_now(french_module.specific, Locale.objects.get(language_code="ar"), {"Allumer": "تشغيل"})
    other = Translation.objects.get(source__object_id=french_module.translation_key, target_locale__language_code="ar")
    assert client.get(f"/admin/localize/translate/{other.pk}/pofile/download/").status_code in (302, 403)
    response = upload(client, other, io.BytesIO(b"").getvalue())
    assert Page.objects.get(pk=arabic.pk).title == "تشغيل"
    assert response.status_code in (200, 403)


def test_a_po_file_from_another_tool_without_its_translation_id_is_refused(pashto):
    client, translation, page = pashto
    response = upload(client, translation, 'msgid ""\nmsgstr ""\n"Language: ps\\n"\n\nmsgid "Allumer"\nmsgstr "بل"\n')
    assert response.status_code == 200
    assert messages_of(response)
    assert Page.objects.get(pk=page.pk).title == "Allumer"


def test_machine_translation_is_off_unless_the_organisation_turns_it_on(monkeypatch):
    import importlib

    from django.conf import settings

    assert not hasattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR")
    import config.settings.base as base

    monkeypatch.setenv("LIBRETRANSLATE_URL", "http://127.0.0.1:5000")
    try:
        reloaded = importlib.reload(base)
        assert reloaded.WAGTAILLOCALIZE_MACHINE_TRANSLATOR["OPTIONS"]["LIBRETRANSLATE_URL"] == "http://127.0.0.1:5000"
    finally:
        monkeypatch.delenv("LIBRETRANSLATE_URL")
        vars(base).pop("WAGTAILLOCALIZE_MACHINE_TRANSLATOR", None)
        importlib.reload(base)
