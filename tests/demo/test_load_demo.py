"""`load_demo` builds the site in every language from demo/content/*.toml and demo/locale/<lang>/*.po, and
can be run again without changing anything.

load_demo takes a while (it translates 16 modules through wagtail-localize), so the complete site is loaded
by two tests only; the translator's fix loads one theme.
"""

import io
import shutil

import polib
import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision, Site
from wagtail_localize.models import SegmentOverride, StringTranslation, Translation, TranslationSource

from core.audio import is_synthetic
from courses.models import (
    Competence,
    CompetenceDomain,
    HomePage,
    LearningPathPage,
    ModulePage,
    OrganisationSettings,
    ThemePage,
)
from demo.loader import LOCALE, Demo, read
from diagnostic.models import DiagnosticOutcome, DiagnosticQuestion
from glossary.models import GlossaryTerm
from quiz.blocks import QuizStreamBlock
from quiz.grading import grade, model_answers
from tests.diagnostic.conftest import Player, form_answer, text

LANGUAGES = ["fr", "en", "ar", "prs", "ps", "ti", "uk", "ru"]
FIRST_PATH = read("site")["path"]
ARABIC_MODULE_BYTES = 69_000  # 68,096 bytes measured by bench/page_cache.py


def load_demo(capture):
    """Run the command; returns (stdout, stderr). Publications deferred to the commit are run too."""
    out, err = io.StringIO(), io.StringIO()
    with capture(execute=True):
        call_command("load_demo", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.mark.django_db
def test_load_demo_builds_the_complete_site_in_every_language(monkeypatch, django_capture_on_commit_callbacks, client):
    monkeypatch.setenv("DEMO_ADMIN_USERNAME", "formateur")
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "un-mot-de-passe-long")
    out, err = load_demo(django_capture_on_commit_callbacks)

    # Every string of the demo has its entry in the PO files: nothing is reported as untranslated.
    assert err == ""
    assert "Lessons: 64 theme pages, 128 module pages." in out
    assert "Simulations: 40 simulation pages." in out  # 5 demo simulations in the 8 languages
    assert "Demo content ready: 8 home pages." in out
    assert "Admin: /admin/ — user 'formateur', password 'un-mot-de-passe-long'" in out

    assert sorted(Locale.objects.values_list("language_code", flat=True)) == sorted(LANGUAGES)
    assert not any(Page.find_problems()), "the page tree is inconsistent"
    assert HomePage.objects.live().count() == 8
    assert Site.objects.get(is_default_site=True).root_page.specific.locale.language_code == "fr"
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

    # The first path and every module are live in all 8 languages: no learner meets a lesson missing.
    path = LearningPathPage.objects.get(locale=french, slug=FIRST_PATH["slug"])
    assert sorted(
        path.get_translations(inclusive=True).live().values_list("locale__language_code", flat=True)
    ) == sorted(LANGUAGES)
    path_modules = path.modules
    assert [f"{module.get_parent().slug}/{module.slug}" for module in path_modules] == FIRST_PATH["modules"]
    for module in modules:
        codes = set(module.get_translations(inclusive=True).live().values_list("locale__language_code", flat=True))
        assert codes == set(LANGUAGES), module.title
    english = Locale.objects.get(language_code="en")
    for code in ["en", "ps", "ru", "ti", "uk"]:
        assert ThemePage.objects.live().filter(locale__language_code=code).count() == 8, code
        assert ModulePage.objects.live().filter(locale__language_code=code).count() == modules.count(), code

    # The translations are the PO files' strings, through wagtail-localize's PO import.
    arabic = Locale.objects.get(language_code="ar")
    first_module = path_modules[0]
    module_ar = first_module.get_translation(arabic).specific
    assert module_ar.title == "تشغيل الحاسوب، وتسجيل الدخول، والإطفاء"
    assert first_module.get_translation(english).title == "Switch on, sign in and switch off"
    assert path.get_translation(arabic).title == "الخطوات الرقمية الأولى"
    assert StringTranslation.objects.filter(locale=arabic, tool_name="load_demo").exists()

    # Every step and quiz question of the 16 modules has audio in French, and its own clip in each language
    # espeak-ng has a voice for; all of them are labelled synthetic. Dari, Pashto and Tigrinya have none.
    for module in ModulePage.objects.filter(locale__language_code="fr").specific():
        for code in ["ar", "en", "ru", "uk", "prs", "ps", "ti"]:
            translated = module.get_translation_or_none(Locale.objects.get(language_code=code))
            if translated is None:
                continue
            french_clips = [bound.value["audio"] for bound in [*module.steps, *module.quiz]]
            clips = [bound.value["audio"] for bound in [*translated.specific.steps, *translated.specific.quiz]]
            assert all(clip is not None and is_synthetic(clip) for clip in french_clips)
            if code in ("prs", "ps", "ti"):
                assert [clip.pk for clip in clips] == [clip.pk for clip in french_clips]
            else:
                assert all(
                    clip.pk != french.pk and is_synthetic(clip)
                    for clip, french in zip(clips, french_clips, strict=True)
                )

    # A module page in ar, prs and ti shows each step in that language and in French, none untranslated.
    for code in ["ar", "prs", "ti"]:
        body = client.get(f"/{code}/{first_module.get_parent().slug}/{first_module.slug}/").content.decode()
        assert body.count('class="french"') == len(first_module.steps), code
        assert "untranslated-label" not in body, code
        # The synthesised clips (Arabic, or the French one « Listen in French ») say so in the learner's language.
        assert {"ar": "صوت اصطناعي", "prs": "صدای مصنوعی", "ti": "ሰብ ዘይኮነ ድምጺ"}[code] in body, code
    # The diagnostic's prompts are spoken in Arabic and in Dari (espeak-ng's Persian voice) by their own clip,
    # in Tigrinya by none of the French.
    for question in DiagnosticQuestion.objects.filter(locale__language_code="fr"):
        french_clip = question.question[0].value["audio"]
        for code in ["ar", "prs"]:
            clip = question.get_translation(Locale.objects.get(language_code=code)).question[0].value["audio"]
            assert is_synthetic(french_clip) and is_synthetic(clip) and clip.pk != french_clip.pk, code
            assert clip.title == f"démo/{code}/diagnostic-{question.sort_order + 1}.opus (voix de synthèse)"

    # The Arabic module page, in bytes (the same on every machine): it was 70 KB with a popover per word
    # and occurrence (issue 14); each glossary explanation is now in the page once.
    arabic_page = client.get(f"/ar/{first_module.get_parent().slug}/{first_module.slug}/").content
    assert len(arabic_page) <= ARABIC_MODULE_BYTES, len(arabic_page)

    # Every module ends with a quiz; every kind of question is used; in Arabic the questions are
    # translated and the right answers are still right (the same ids in every language).

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
    french_terms = GlossaryTerm.objects.filter(locale=french)
    assert french_terms.count() >= 12
    for term in french_terms:
        assert term.get_translations().count() == 7, term.term
    assert french_terms.get(term="la souris").get_translation(Locale.objects.get(language_code="ti")).term == "ማውስ"
    for code in ["fr", "ar", "ti"]:
        body = client.get(f"/{code}/{first_module.get_parent().slug}/{first_module.slug}/").content.decode()
        assert body.count('class="glossary-term"') >= 3, code

    # The organisation and the information pages are translated too.
    assert OrganisationSettings.objects.count() == 8
    assert Page.objects.get(locale=arabic, slug="a-propos").title == "حول الموقع"
    # The help page describes the lesson buttons by their arrows and loudspeaker, never by a French name.
    for code, next_label in [("ar", "التالي"), ("ti", "ዝቕጽል")]:
        help_page = Page.objects.get(
            locale__language_code=code, translation_key=Page.objects.get(slug="aide", locale=french).translation_key
        )
        body = client.get(help_page.url).content.decode()
        assert next_label in body, code
        for french_name in ("Suivant", "Précédent", "Écouter"):
            assert french_name not in body, (code, french_name)

    # The skills framework (5 domains, 16 competences), the paths after the first one and the diagnostic's
    # 10 questions, in every language; every module teaches at least one competence.
    assert CompetenceDomain.objects.count() == 5 * 8
    assert Competence.objects.count() == 16 * 8
    assert Competence.objects.get(locale=arabic, code="2.1").name == "التفاعل"
    assert DiagnosticQuestion.objects.filter(locale=french).count() == 10
    for code in LANGUAGES:
        assert DiagnosticQuestion.objects.filter(locale__language_code=code).count() == 10, code
        assert LearningPathPage.objects.live().filter(locale__language_code=code).count() == 3, code
    assert list(DiagnosticOutcome.objects.values_list("from_level", "path__slug")) == [
        (0, FIRST_PATH["slug"]),
        (1, "le-clavier-et-les-fichiers"),
        (2, "mes-demarches-en-ligne"),
    ]
    assert not modules.filter(competences__isnull=True).exists()
    for code in ["fr", "ar", "ti"]:
        assert client.get(f"/{code}/diagnostic/").status_code == 200, code
    check_the_drag_task(client)


def check_the_drag_task(client):
    """The demo diagnostic's drag task (issue 16): a mouse question in all 8 languages, its prompt spoken by a
    synthetic clip of its own where a voice speaks the language, and answered in Arabic without JavaScript by
    tapping the picture; a learner who passes the mouse questions is then proposed the second path, one who
    fails them « Premiers pas numériques »."""
    french = list(DiagnosticQuestion.objects.filter(locale__language_code="fr"))
    drag = next(question for question in french if question.block.block_type == "drag")
    assert [question.block.block_type for question in french].count("drag") == 1
    assert (drag.level, drag.crcn_level, drag.competence.code) == (1, 1, "5.2")
    # Second of the mouse questions: asked to every learner who reaches the mouse level.
    assert [question.pk for question in french if question.level == 1].index(drag.pk) == 1
    french_value = drag.block.value
    assert french_value["prompt"] == "Faites glisser le document sur la clé USB."
    assert french_value["item"] is not None
    assert [choice["label"] for choice in french_value["choices"]] == ["La clé USB", "Le cadenas", "La loupe"]
    prompts = {}
    for code in LANGUAGES:
        shown = drag.get_translation(Locale.objects.get(language_code=code))
        assert shown.block.block_type == "drag", code
        value = shown.block.value
        prompts[code] = value["prompt"]
        assert value["item"].pk == french_value["item"].pk, code
        assert [choice["correct"] for choice in value["choices"]] == [True, False, False], code
        clip = value["audio"]
        if code in ("fr", "ar", "en", "ru", "uk", "prs"):
            assert is_synthetic(clip) and clip.title == f"démo/{code}/diagnostic-2.opus (voix de synthèse)", code
        else:  # Pashto and Tigrinya: no voice, so the French clip stays and the page offers none
            assert clip.pk == french_value["audio"].pk, code
        if code != "fr":
            assert [choice["label"] for choice in value["choices"]] != ["La clé USB", "Le cadenas", "La loupe"]
    assert len(set(prompts.values())) == 8, prompts
    assert prompts["ar"] == "اسحبوا المستند فوق ذاكرة USB."
    assert prompts["prs"] == "سند را روی فلش USB بکشید."

    # In Arabic, without JavaScript: fail the keyboard questions, pass the first mouse one, then the drag task
    # is on the screen; tapping the USB key's picture posts it, and the answer is right.
    player = Player("ar", client)
    page = text(player.start())
    while player.current().pk != drag.pk:
        page = text(player.answer(right=player.current().level == 1))
    assert "اسحبوا المستند فوق ذاكرة USB." in page and "ذاكرة USB" in page and "القفل" in page
    assert "صوت اصطناعي" in page  # the Arabic clip says it is a synthetic voice
    response = player.post(str(drag.translation_key), drag.block, form_answer(drag.block, True))
    assert response.status_code == 200
    assert player.state["answers"][-1] == {"question": str(drag.translation_key), "level": 1, "correct": True}
    # Two mouse questions right: the mouse level is passed, and the result proposes the next path, in Arabic.
    assert player.state["finished"] and player.state["level"] == 1
    assert "لوحة المفاتيح والملفات" in text(response)
    assert LearningPathPage.objects.get(translation_key=player.state["path_key"], locale__language_code="fr").slug == (
        "le-clavier-et-les-fichiers"
    )
    # A learner who fails the mouse questions, the drag task among them, is proposed the first steps.
    player = Player("ar", Client())
    player.start()
    player.answer_by_level(passes=set())
    assert drag in player.asked
    assert player.state["level"] == 0
    assert (
        LearningPathPage.objects.get(translation_key=player.state["path_key"], locale__language_code="fr").slug
        == (FIRST_PATH["slug"])
    )


def snapshot():
    """Everything load_demo writes, with the dates that a change would move."""
    return {
        "locales": sorted(Locale.objects.values_list("language_code", flat=True)),
        "pages": sorted(
            Page.objects.values_list(
                "url_path", "locale__language_code", "title", "live", "latest_revision_id", "last_published_at"
            )
        ),
        "revisions": Revision.objects.count(),
        "sources": sorted(TranslationSource.objects.values_list("id", "last_updated_at")),
        "translations": Translation.objects.count(),
        "strings": sorted(StringTranslation.objects.values_list("id", "data", "updated_at")),
        "overrides": SegmentOverride.objects.count(),
        "terms": sorted(GlossaryTerm.objects.values_list("id", "term", "definition", "updated_at")),
        "organisations": sorted(OrganisationSettings.objects.values_list("id", "name", "contact_text")),
        "images": get_image_model().objects.count(),
        "users": sorted(get_user_model().objects.values_list("username", "password")),
        "sites": list(Site.objects.values_list("root_page__url_path", "is_default_site")),
    }


@pytest.mark.django_db
def test_a_second_load_demo_changes_nothing_and_keeps_the_trainers_edits(django_capture_on_commit_callbacks):
    load_demo(django_capture_on_commit_callbacks)
    # A trainer rewrites a French module's title; an Arabic translator rewrites the Arabic one.
    french = Locale.objects.get(language_code="fr")
    arabic = Locale.objects.get(language_code="ar")
    module = ModulePage.objects.get(locale=french, slug="tenir-la-souris-et-cliquer")
    module.title = "Tenir la souris, cliquer"
    module.save_revision().publish()
    module_ar = module.get_translation(arabic)
    module_ar.title = "الفأرة والنقر"
    module_ar.save_revision().publish()
    before = snapshot()

    out, err = load_demo(django_capture_on_commit_callbacks)

    assert snapshot() == before
    assert err == ""
    assert "(already existed, password unchanged)" in out
    assert ModulePage.objects.get(pk=module.pk).title == "Tenir la souris, cliquer"
    assert ModulePage.objects.get(pk=module_ar.pk).title == "الفأرة والنقر"


@pytest.mark.django_db
def test_a_translators_fix_in_a_po_file_shows_on_the_translated_page(
    tmp_path, django_capture_on_commit_callbacks, client
):
    shutil.copytree(LOCALE, tmp_path / "locale")
    po_path = tmp_path / "locale" / "ar" / "02-souris.po"
    po = polib.pofile(str(po_path))
    fixes = {
        "Tenir la souris et cliquer": "إمساك الفأرة والنقر",
        "Le pointeur bouge": "المؤشر يتحرّك على الشاشة",
    }
    for entry in po:
        if entry.msgid in fixes:
            assert entry.msgstr not in ("", fixes[entry.msgid])
            entry.msgstr = fixes[entry.msgid]
    po.save(str(po_path))

    demo = Demo(log=lambda message: None, locale_dir=tmp_path / "locale")
    with django_capture_on_commit_callbacks(execute=True):
        demo.create_locales()
        demo.create_home(read("site")["home"])
        demo.load_theme(HomePage.objects.get(locale__language_code="fr"), "02-souris")

    arabic = Locale.objects.get(language_code="ar")
    module_ar = ModulePage.objects.get(locale=arabic, slug="tenir-la-souris-et-cliquer")
    assert module_ar.title == "إمساك الفأرة والنقر"
    assert [block.value["title"] for block in module_ar.steps][2] == "المؤشر يتحرّك على الشاشة"
    body = client.get("/ar/souris/tenir-la-souris-et-cliquer/").content.decode()
    assert "إمساك الفأرة والنقر" in body
    assert "المؤشر يتحرّك على الشاشة" in body
    assert "مسك الفأرة والنقر" not in body  # the Arabic title before the fix
    assert demo.misses == []
