"""`load_demo` builds the site in every language and can be run again without changing anything.

load_demo takes a while (it translates 16 modules through wagtail-localize), so one test loads it twice
and checks what a newcomer gets after `make run`.
"""

import os

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation

from courses.demo.paths import FIRST_PATH
from courses.models import HomePage, LearningPathPage, ModulePage, OrganisationSettings, ThemePage

LANGUAGES = ["fr", "en", "ar", "prs", "ps", "ti", "uk", "ru"]


def load_demo(capture):
    """Run the command; wagtail-localize publishes translations when the transaction commits."""
    with capture(execute=True), open(os.devnull, "w") as out:
        call_command("load_demo", stdout=out, stderr=out)


def snapshot():
    return {
        "locales": sorted(Locale.objects.values_list("language_code", flat=True)),
        "pages": sorted(Page.objects.values_list("url_path", "locale__language_code", "live")),
        "translations": Translation.objects.count(),
        "organisations": OrganisationSettings.objects.count(),
        "users": get_user_model().objects.count(),
        "sites": list(Site.objects.values_list("root_page__url_path", "is_default_site")),
    }


@pytest.mark.django_db
def test_load_demo_twice_gives_the_same_complete_site(monkeypatch, django_capture_on_commit_callbacks, client):
    monkeypatch.setenv("DEMO_ADMIN_USERNAME", "formateur")
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "un-mot-de-passe-long")
    load_demo(django_capture_on_commit_callbacks)
    first = snapshot()
    load_demo(django_capture_on_commit_callbacks)
    assert snapshot() == first

    assert first["locales"] == sorted(LANGUAGES)
    assert not any(Page.find_problems()), "the page tree is inconsistent"
    assert HomePage.objects.live().count() == 8
    user = get_user_model().objects.get(username="formateur")
    assert user.is_superuser and user.check_password("un-mot-de-passe-long")

    # 8 themes and at least 16 modules of at least 6 steps, live in French.
    french = Locale.objects.get(language_code="fr")
    assert ThemePage.objects.live().filter(locale=french).count() == 8
    modules = ModulePage.objects.live().filter(locale=french)
    assert modules.count() >= 16
    for module in modules:
        assert len(module.steps) >= 6, module.title
        for step in module.steps:
            assert step.value["illustration"]["image"] is not None
            assert step.value["illustration"]["alt"].strip(), (module.title, step.value["title"])

    # The first path is live in all 8 languages; every other module at least in Arabic and Dari.
    path = LearningPathPage.objects.get(locale=french, slug=FIRST_PATH["slug"])
    assert sorted(
        path.get_translations(inclusive=True).live().values_list("locale__language_code", flat=True)
    ) == sorted(LANGUAGES)
    path_modules = path.modules
    assert len(path_modules) == 4
    for module in path_modules:
        assert module.get_translations(inclusive=True).live().count() == 8, module.title
    for module in modules:
        codes = set(module.get_translations().live().values_list("locale__language_code", flat=True))
        assert {"ar", "prs"} <= codes, module.title

    # Every step of the path has audio in French, and its own clip in Arabic.
    arabic = Locale.objects.get(language_code="ar")
    for module in path_modules:
        module_ar = module.get_translation(arabic).specific
        for step_fr, step_ar in zip(module.steps, module_ar.steps, strict=True):
            assert step_fr.value["audio"] is not None
            assert step_ar.value["audio"] is not None
            assert step_ar.value["audio"].pk != step_fr.value["audio"].pk
            assert "voix de synthèse" in step_fr.value["audio"].tags.names()

    # A module page in ar, prs and ti shows each step in that language and in French, none untranslated.
    first_module = path_modules[0]
    for code in ["ar", "prs", "ti"]:
        body = client.get(f"/{code}/{first_module.get_parent().slug}/{first_module.slug}/").content.decode()
        assert body.count('class="french"') == len(first_module.steps), code
        assert "untranslated-label" not in body, code

    # Every module ends with a quiz; every kind of question is used; in Arabic the questions are
    # translated and the right answers are still right (the same ids in every language).
    from courses.quiz import QuizStreamBlock, grade, model_answers

    kinds = set()
    for module in modules:
        assert len(module.quiz) >= 4, module.title
        kinds |= {block.block_type for block in module.quiz}
    assert kinds == set(QuizStreamBlock.base_blocks)
    for module in path_modules:
        module_ar = module.get_translation(arabic).specific
        assert [block.value["prompt"] for block in module_ar.quiz] != [block.value["prompt"] for block in module.quiz]
        assert grade(module_ar.quiz, model_answers(module.quiz), source_quiz=module.quiz)["score"] == 100

    # The glossary is in every language, and its words are marked in the lessons.
    from glossary.models import GlossaryTerm

    french_terms = GlossaryTerm.objects.filter(locale=french)
    assert french_terms.count() >= 12
    for term in french_terms:
        assert term.get_translations().count() == 7, term.term
    for code in ["fr", "ar", "ti"]:
        body = client.get(f"/{code}/{first_module.get_parent().slug}/{first_module.slug}/").content.decode()
        assert body.count('class="glossary-term"') >= 3, code
