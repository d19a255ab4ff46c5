"""Glossary words are marked in the lessons: tap one to see it in French and in your language, explained."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import Locale

from glossary.models import GlossaryTerm
from tests.factories import ModulePageFactory, ThemePageFactory, step
from tests.utils import translate_now
from workspace import roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson(site):
    french_locale = Locale.objects.get(language_code="fr")
    mouse = GlossaryTerm.objects.create(
        locale=french_locale, term="la souris", definition="Le petit appareil qui bouge la flèche."
    )
    arabic = Locale.objects.get(language_code="ar")
    translate_now(
        mouse,
        arabic,
        {"la souris": "الفأرة", "Le petit appareil qui bouge la flèche.": "الجهاز الصغير الذي يحرّك السهم."},
    )
    theme = ThemePageFactory(parent=site["fr"], title="Souris", slug="souris")
    module = ModulePageFactory(
        parent=theme,
        title="Tenir",
        steps=[step("Tenir", "Posez la main sur la souris. Bougez la souris.")],
    )
    translate_now(theme, arabic, {})
    module_ar = translate_now(
        module,
        arabic,
        {"Tenir": "الإمساك", "Posez la main sur la souris. Bougez la souris.": "ضعوا اليد على الفأرة. حرّكوا الفأرة."},
    )
    return module, module_ar, mouse


def test_the_first_glossary_word_of_a_step_opens_its_explanation(client, lesson):
    module, _module_ar, _mouse = lesson
    page = client.get(module.url).content.decode()
    assert page.count('class="glossary-term"') == 1
    assert re.search(r'<button type="button" class="glossary-term" popovertarget="g-\w+">la souris</button>', page)
    assert "Le petit appareil qui bouge la flèche." in page


def test_on_an_arabic_lesson_both_columns_explain_the_word_in_arabic_with_the_french_word(client, lesson):
    _module, module_ar, _mouse = lesson
    page = client.get(module_ar.url).content.decode()
    arabic = re.search(r'class="glossary-term" popovertarget="(g-\w+)">الفأرة</button>', page)
    french = re.search(r'class="glossary-term" popovertarget="(g-\w+)">la souris</button>', page)
    assert arabic.group(1) == french.group(1)  # one explanation for both columns (issue 14: once per word)
    assert page.count("الجهاز الصغير الذي يحرّك السهم.") == 1
    assert '<span class="glossary-french" lang="fr" dir="ltr">(la souris)</span>' in page


def test_changing_a_glossary_word_shows_at_once_in_the_lessons(client, lesson):
    module, _module_ar, mouse = lesson
    client.get(module.url)  # the steps are cached now
    mouse.definition = "Un petit appareil pour pointer."
    mouse.save()
    assert "Un petit appareil pour pointer." in client.get(module.url).content.decode()


def test_words_in_links_are_not_marked_and_text_stays_escaped():
    from glossary.marking import mark

    entries = [{"key": "k", "term": "souris", "french": None, "definition": "<b>x</b>", "audio": None}]
    html = mark('<p><a href="/x">souris</a> et souris</p>', entries, "g1")
    assert html.count("glossary-term") == 1 and "&lt;b&gt;x&lt;/b&gt;" in html


def test_translators_translate_their_language_of_the_glossary_only(lesson):
    _module, _module_ar, mouse = lesson
    arabic_term = GlossaryTerm.objects.get(locale__language_code="ar")
    user = get_user_model().objects.create_user("traducteur-ar", password="x")  # noqa: S106
    user.groups.add(Group.objects.get(name=roles.translator_group_name("ar")))
    client = Client()
    client.force_login(user)
    assert client.get(f"/admin/snippets/courses/glossaryterm/edit/{arabic_term.pk}/").status_code == 200
    response = client.get(f"/admin/snippets/courses/glossaryterm/edit/{mouse.pk}/", follow=True)
    assert response.redirect_chain[-1][0] == "/admin/"
    client.post(f"/admin/snippets/courses/glossaryterm/edit/{mouse.pk}/", {"term": "piraté", "definition": "x"})
    assert GlossaryTerm.objects.get(pk=mouse.pk).term == "la souris"
