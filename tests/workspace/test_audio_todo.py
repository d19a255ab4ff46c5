"""The translation dashboard lists, per module and language, the steps and questions still without a clip of
their own (« audio à enregistrer »): translators' work, above all where no voice synthesises the language."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import Locale

from tests.factories import ModulePageFactory, ThemePageFactory, question, step
from tests.utils import audio_document, translate_now
from workspace import roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def module(site):
    theme = ThemePageFactory(parent=site["fr"], title="Ordinateur", slug="ordinateur")
    module = ModulePageFactory(
        parent=theme,
        title="Allumer",
        steps=[
            step("Le bouton", "Appuyez.", audio=audio_document("fr-1")),
            step("L'écran", "Regardez.", audio=audio_document("fr-2")),
        ],
        quiz=[question("true_false", prompt="L'écran s'allume seul.", answer=False, audio=audio_document("fr-q1"))],
    )
    for code in ("ti", "ar"):
        locale = Locale.objects.get(language_code=code)
        translate_now(theme, locale, {})
    return module


def dashboard_as_translator(code):
    user = get_user_model().objects.create_user(f"traducteur-{code}", password="x")  # noqa: S106
    user.groups.add(Group.objects.get(name=roles.translator_group_name(code)))
    client = Client()
    client.force_login(user)
    html = client.get(f"/admin/traductions/?lang={code}").content.decode()
    match = re.search(r"<details class=\"audio-todo\" data-audio-todo>(.*?)</details>", html, re.S)
    return match.group(1) if match else ""


def test_a_tigrinya_translator_sees_every_step_and_question_to_record(module):
    translate_now(module, Locale.objects.get(language_code="ti"), {"Allumer": "ምውላዕ"})
    todo = dashboard_as_translator("ti")
    assert "3 audios à enregistrer" in todo
    items = re.findall(r"<li>(.*?)</li>", todo)
    assert items == ["Étape 1 : Le bouton", "Étape 2 : L&#x27;écran", "Question 1 : L&#x27;écran s&#x27;allume seul."]


def test_a_step_with_its_own_clip_leaves_the_list(module):
    first = module.steps[0].id
    translate_now(
        module,
        Locale.objects.get(language_code="ar"),
        {"Allumer": "تشغيل"},
        overrides={f"steps.{first}.audio": audio_document("ar-1").pk},
    )
    todo = dashboard_as_translator("ar")
    assert "2 audios à enregistrer" in todo
    assert "Étape 1" not in todo and "Étape 2 : L&#x27;écran" in todo and "Question 1" in todo
