"""The CRCN as content: translatable competences, modules and quiz questions tagged with them, and the same
tags in every translation."""

import json

import pytest
from wagtail.models import Locale

from courses.models import ModulePage
from tests.factories import ModulePageFactory, ThemePageFactory, question
from tests.utils import translate_now

pytestmark = pytest.mark.django_db


def test_a_competence_translates_its_name_and_keeps_its_code_in_arabic(framework):
    from wagtail_localize.models import TranslationSource

    competence = framework["2.1"]
    source, _created = TranslationSource.get_or_create_from_instance(competence)
    strings = {segment.string.data for segment in source.stringsegment_set.select_related("string")}
    assert strings == {"Interagir"}  # the code is the framework's, not translated
    arabic = competence.get_translation(Locale.objects.get(language_code="ar"))
    assert (arabic.code, arabic.name) == ("2.1", "التفاعل")


def test_a_module_and_its_quiz_questions_keep_their_competences_in_tigrinya(site, framework):
    theme = ThemePageFactory(parent=site["fr"])
    module = ModulePageFactory(
        parent=theme,
        title="Écrire une adresse mail",
        competences=[framework["2.1"], framework["3.1"]],
        quiz=[question("short_answer", "Écrivez l'arobase.", answers=["@"], competence=framework["3.1"])],
    )
    tigrinya = Locale.objects.get(language_code="ti")
    translate_now(theme, tigrinya, {})
    translated = translate_now(module, tigrinya, {"Écrire une adresse mail": "ኣድራሻ ኢመይል ምጽሓፍ"})
    translated = ModulePage.objects.get(pk=translated.pk)
    assert {competence.code for competence in translated.competences.all()} == {"2.1", "3.1"}
    assert translated.quiz[0].value["competence"] == framework["3.1"]
    assert translated.crcn_level == 1


def test_a_trainer_tags_a_module_with_competences_in_the_editor(trainer_client, site, framework):
    theme = ThemePageFactory(parent=site["fr"])
    module = ModulePageFactory(parent=theme)
    page = trainer_client.get(f"/admin/pages/{module.pk}/edit/").content.decode()
    assert '"fieldName": "competences"' in page  # a box to tick per competence
    assert "2.1 Interagir" in page and "5.2 Construire un environnement num" in page
    # Only the French competences are offered (the panel's HTML is escaped for JavaScript).
    assert json.dumps("التفاعل")[1:-1] not in page.lower()


def test_a_trainer_finds_the_framework_and_the_diagnostic_questions_in_the_admin(trainer_client, diagnostic):
    questions = trainer_client.get("/admin/snippets/diagnostic/diagnosticquestion/")
    assert questions.status_code == 200
    assert "Palier 1 · Touchez le bouton OK." in questions.content.decode()
    competences = trainer_client.get("/admin/snippets/courses/competence/")
    assert competences.status_code == 200
    assert "5.2 Construire un environnement numérique" in competences.content.decode()


@pytest.mark.parametrize("code", ["fr", "ar", "prs", "ps", "ti", "uk", "ru", "en"])
def test_the_home_page_links_to_the_diagnostic_in_every_language(client, site, code):
    from django.utils import translation

    with translation.override(code):
        label = translation.gettext("Where do I start?")
    assert code == "en" or label != "Where do I start?"  # translated
    body = client.get(f"/{code}/").content.decode()
    assert f'<a class="button" href="/{code}/diagnostic/">{label}</a>' in body
    if code == "fr":
        assert "Par où commencer ?" in body
