"""A translator records or uploads each step's audio in their language; bad files change nothing."""

import struct
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, TestCase
from wagtail.documents import get_document_model
from wagtail.models import Locale

from courses.models import ModulePage
from tests.factories import ModulePageFactory, ThemePageFactory, step
from tests.utils import audio_document, translate_now
from workspace import roles

pytestmark = pytest.mark.django_db

CLIP = Path(__file__).resolve().parents[2] / "demo" / "media" / "audio" / "ar" / "allumer-se-connecter-eteindre-1.opus"


PASHTO = {"Allumer": "چالانول", "Le bouton": "تڼۍ", "Appuyez.": "کېکاږئ."}


@pytest.fixture
def pashto_module(site):
    theme = ThemePageFactory(parent=site["fr"], title="Ordinateur", slug="ordinateur")
    french = ModulePageFactory(
        parent=theme,
        title="Allumer",
        steps=[step("Le bouton", "Appuyez.", audio=audio_document("fr")), step("Fin", "Bravo.")],
    )
    locale = Locale.objects.get(language_code="ps")
    translate_now(theme, locale, {})
    return french, translate_now(french, locale, PASHTO)


def translator(code):
    user = get_user_model().objects.create_user(f"traducteur-{code}", password="x")  # noqa: S106
    user.groups.add(Group.objects.get(name=roles.translator_group_name(code)))
    client = Client()
    client.force_login(user)
    return client


def send(client, page, data, name="clip.opus", step_index=0):
    from django.test import TestCase

    # wagtail-localize publishes when the transaction commits (at once in a real request).
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(
            f"/admin/traductions/audio/{page.pk}/",
            {"step": page.steps[step_index].id, "audio": SimpleUploadedFile(name, data)},
            HTTP_ACCEPT="application/json",
        )


def test_a_clip_saved_for_a_step_plays_on_the_learner_page_once_the_translator_publishes(pashto_module):
    french, pashto = pashto_module
    client = translator("ps")
    assert client.get(f"/admin/traductions/audio/{pashto.pk}/").status_code == 200
    response = send(client, pashto, CLIP.read_bytes())
    assert response.status_code == 200, response.content
    page = ModulePage.objects.get(pk=pashto.pk)
    clip = page.get_latest_revision_as_object().steps[0].value["audio"]
    assert clip.pk != french.steps[0].value["audio"].pk and clip.file_extension == "ogg"
    # The recording goes into the draft: learners hear it once the translator publishes.
    assert clip.url not in Client().get(page.url).content.decode()
    with TestCase.captureOnCommitCallbacks(execute=True):
        assert client.post(f"/admin/traductions/envoyer/{page.pk}/").status_code == 302
    html = Client().get(page.url).content.decode()
    assert clip.url in html
    # A sync from the French keeps the translator's clip (it is wagtail-localize's override).
    french.save_revision().publish()
    translate_now(french, Locale.objects.get(language_code="ps"), PASHTO)
    assert ModulePage.objects.get(pk=pashto.pk).steps[0].value["audio"].pk == clip.pk


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<html>not audio</html>", "pas un audio"),
        (b"\x89PNG\r\n\x1a\n" + b"0" * 100, "pas un audio"),
        (b"", "vide"),
        (b"OggS" + b"0" * 1_600_000, "trop lourd"),
    ],
    ids=["html", "png", "empty", "too big"],
)
def test_a_file_that_is_not_a_small_web_audio_clip_is_refused(pashto_module, data, message):
    _french, pashto = pashto_module
    documents = get_document_model().objects.count()
    response = send(translator("ps"), pashto, data)
    assert response.status_code == 400
    assert message in response.json()["error"]
    assert get_document_model().objects.count() == documents


def test_a_clip_longer_than_three_minutes_is_refused(pashto_module):
    _french, pashto = pashto_module
    data = bytearray(CLIP.read_bytes())
    last = data.rfind(b"OggS")
    struct.pack_into("<q", data, last + 6, 200 * 48_000)  # the last page says 200 s
    response = send(translator("ps"), pashto, bytes(data))
    assert response.status_code == 400 and "3 minutes" in response.json()["error"]


def test_a_step_without_french_audio_asks_for_the_french_first(pashto_module):
    _french, pashto = pashto_module
    response = send(translator("ps"), pashto, CLIP.read_bytes(), step_index=1)
    assert response.status_code == 400 and "français" in response.json()["error"]


def test_a_translator_cannot_record_for_another_language(pashto_module):
    _french, pashto = pashto_module
    before = ModulePage.objects.get(pk=pashto.pk).steps[0].value["audio"].pk
    response = send(translator("ar"), pashto, CLIP.read_bytes())
    assert response.status_code == 403
    assert ModulePage.objects.get(pk=pashto.pk).steps[0].value["audio"].pk == before
