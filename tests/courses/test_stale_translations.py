"""No outdated translation reaches a learner unmarked: when the French of a step changes after it was
translated, the learner sees that step with the « not yet translated » label until the translator catches up."""

import pytest
from wagtail.models import Locale

from courses.models import ModulePage
from tests.factories import ModulePageFactory, ThemePageFactory, step
from tests.utils import translate_now

pytestmark = pytest.mark.django_db

NOT_YET_TRANSLATED_AR = "لم تُترجم بعد"

ARABIC = {
    "Allumer": "التشغيل",
    "Le bouton": "الزر",
    "Appuyez sur le bouton rond.": "اضغطوا على الزر الدائري.",
    "L'écran s'allume.": "تضيء الشاشة.",
    "Attendez un peu.": "انتظروا قليلا.",
    "La session": "الجلسة",
    "Tapez votre mot de passe.": "اكتبوا كلمة المرور.",
}


@pytest.fixture
def lesson(site):
    theme = ThemePageFactory(parent=site["fr"], slug="ordinateur")
    module = ModulePageFactory(
        parent=theme,
        title="Allumer",
        slug="allumer",
        steps=[
            step("Le bouton", "Appuyez sur le bouton rond.</p><p>L'écran s'allume.", callout="Attendez un peu."),
            step("La session", "Tapez votre mot de passe."),
        ],
    )
    arabic = Locale.objects.get(language_code="ar")
    translate_now(theme, arabic, {})
    translate_now(module, arabic, ARABIC)
    return module


def sections(body):
    first = body[body.index('id="step-1"') : body.index('id="step-2"')]
    second = body[body.index('id="step-2"') : body.index('id="lesson-end"')]
    return first, second


def edit_french_and_sync(module, change):
    """A trainer changes the French and publishes; the translation is synchronised (wagtail-localize keeps
    the translations of the strings that did not change)."""
    module = ModulePage.objects.get(pk=module.pk)
    data = module.steps.get_prep_value()
    change(data[0]["value"])
    module.steps = data
    module.save_revision().publish()
    translate_now(ModulePage.objects.get(pk=module.pk), Locale.objects.get(language_code="ar"), ARABIC)


def test_an_up_to_date_translation_has_no_label(client, lesson):
    first, second = sections(client.get("/ar/ordinateur/allumer/").content.decode())
    assert NOT_YET_TRANSLATED_AR not in first and NOT_YET_TRANSLATED_AR not in second


def test_a_changed_french_sentence_marks_its_step_not_yet_translated(client, lesson):
    def change(value):
        value["text"] = "<p>Appuyez sur le bouton rond.</p><p>L'écran devient clair.</p>"

    edit_french_and_sync(lesson, change)
    first, second = sections(client.get("/ar/ordinateur/allumer/").content.decode())
    assert "L'écran devient clair." in first
    assert NOT_YET_TRANSLATED_AR in first  # the title and first sentence are translated, the second is not
    assert NOT_YET_TRANSLATED_AR not in second


def test_a_changed_french_tip_marks_its_step_not_yet_translated(client, lesson):
    def change(value):
        value["callout"]["text"] = "Attendez une minute."

    edit_french_and_sync(lesson, change)
    first, _second = sections(client.get("/ar/ordinateur/allumer/").content.decode())
    assert "Attendez une minute." in first and NOT_YET_TRANSLATED_AR in first


def test_a_changed_french_title_marks_its_step_not_yet_translated(client, lesson):
    def change(value):
        value["title"] = "Le bouton rond"

    edit_french_and_sync(lesson, change)
    first, _second = sections(client.get("/ar/ordinateur/allumer/").content.decode())
    assert NOT_YET_TRANSLATED_AR in first


def test_tips_render_bold_and_nothing_else(client, site):
    theme = ThemePageFactory(parent=site["fr"], slug="cle")
    ModulePageFactory(
        parent=theme,
        slug="copier",
        steps=[step("Copier", "Copiez.", callout="Cliquez sur <b>Copier</b>. <script>alert(1)</script><i>x</i>")],
    )
    body = client.get("/fr/cle/copier/").content.decode()
    tip = body[body.index('class="callout') :]
    tip = tip[: tip.index("</details>")]  # a tip folds behind a tap
    assert "Cliquez sur <b>Copier</b>." in tip
    assert "&lt;b&gt;" not in tip
    assert "<script>" not in tip and "&lt;script&gt;alert(1)&lt;/script&gt;" in tip
    assert "&lt;i&gt;x&lt;/i&gt;" in tip


def test_an_unclosed_bold_in_a_tip_ends_with_the_tip():
    from courses.blocks import bold_only

    assert bold_only("Un <b>mot") == "Un <b>mot</b>"
    assert bold_only("Un mot</b> <B>fort</B>") == "Un mot <b>fort</b>"
