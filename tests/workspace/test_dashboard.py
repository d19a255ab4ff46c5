"""The translation dashboard shows, per language, what is missing or out of date — and stays fast."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from courses.models import ModulePage
from tests.factories import ModulePageFactory, ThemePageFactory, step
from tests.utils import audio_document, translate_now
from workspace import dashboard, roles

pytestmark = pytest.mark.django_db

ALL_ARABIC = {
    "Allumer": "تشغيل",
    "Le bouton": "الزر",
    "<p>Appuyez.</p>": "<p>اضغطوا.</p>",
    "Appuyez.": "اضغطوا.",
    "Le bouton rond.": "الزر الدائري.",
    "À la fin, je sais allumer l'ordinateur.": "في النهاية، أعرف كيف أشغّل الحاسوب.",
}


@pytest.fixture
def theme(site):
    theme = ThemePageFactory(parent=site["fr"], title="Ordinateur", slug="ordinateur")
    translate_now(theme, Locale.objects.get(language_code="ar"), {"Ordinateur": "الحاسوب"})
    return theme


def module(theme, title="Allumer"):
    return ModulePageFactory(
        parent=theme, title=title, steps=[step("Le bouton", "Appuyez.", alt="Le bouton rond.", audio=audio_document())]
    )


def states(code="ar"):
    return {state.french["title"]: state for state in dashboard.language_states(code)}


def test_each_module_shows_its_state_in_the_language(theme):
    arabic = Locale.objects.get(language_code="ar")
    done = module(theme, "Allumer")
    translate_now(done, arabic, ALL_ARABIC)
    untouched = module(theme, "Éteindre")
    translate_now(untouched, arabic, {})
    module(theme, "Cliquer")
    found = states()
    assert found["Allumer"].percent == 100 and found["Allumer"].alt_missing == 0
    assert found["Éteindre"].percent < 100 and found["Éteindre"].alt_missing == 1
    assert not found["Cliquer"].translated
    # No Arabic clip yet anywhere: the step still plays French.
    assert found["Allumer"].audio_missing == 1


def test_a_step_recorded_in_the_language_no_longer_counts_as_missing_audio(theme):
    arabic = Locale.objects.get(language_code="ar")
    page = module(theme)
    step_id = page.steps[0].id
    translate_now(page, arabic, ALL_ARABIC, overrides={f"steps.{step_id}.audio": audio_document("ar").pk})
    assert states()["Allumer"].audio_missing == 0
    summary = dashboard.summary(dashboard.language_states("ar"))
    assert summary["audio_percent"] == 100 and summary["complete_percent"] == 100


def test_editing_the_french_flags_the_translation_then_syncing_brings_the_new_step_in_french(
    theme, administrator_client
):
    arabic = Locale.objects.get(language_code="ar")
    page = module(theme)
    translated = translate_now(page, arabic, ALL_ARABIC)
    assert not states()["Allumer"].out_of_date

    # A trainer adds a step to the French module and publishes it.
    french = ModulePage.objects.get(pk=page.pk)
    french.steps.append(("step", step("Nouvelle étape", "Regardez l'écran.")[1]))
    french.save_revision().publish()
    state = states()["Allumer"]
    assert state.out_of_date
    assert "À mettre à jour" in administrator_client.get("/admin/traductions/?lang=ar").content.decode()

    # Syncing (wagtail-localize's "update translations") brings the new step in, still in French.
    response = administrator_client.post(f"/admin/localize/update/{state.source_id}/", {"publish_translations": "on"})
    assert response.status_code == 302
    state = states()["Allumer"]
    assert not state.out_of_date and state.percent < 100 and state.steps == 2
    learner_page = Client().get(ModulePage.objects.get(pk=translated.pk).url).content.decode()
    assert learner_page.count("untranslated-label") == 1
    assert "Regardez l'écran." in learner_page


def test_a_translator_sees_their_language_and_a_trainer_sees_all(theme):
    user = get_user_model().objects.create_user("traducteur-ps", password="x")  # noqa: S106
    user.groups.add(Group.objects.get(name=roles.translator_group_name("ps")))
    client = Client()
    client.force_login(user)
    page = client.get("/admin/traductions/").content.decode()
    assert re.findall(r"\?lang=(\w+)\" lang=", page) == ["ps"]
    assert client.get("/admin/traductions/?lang=ar").context["code"] == "ps"
    trainer = get_user_model().objects.create_user("formatrice", password="x")  # noqa: S106
    trainer.groups.add(Group.objects.get(name=roles.TRAINERS))
    client.force_login(trainer)
    assert len(client.get("/admin/traductions/").context["languages"]) == 7


def test_the_dashboard_costs_the_same_number_of_queries_for_3_or_12_modules(theme):
    arabic = Locale.objects.get(language_code="ar")

    def count():
        with CaptureQueriesContext(connection) as queries:
            dashboard.language_states("ar")
        return len(queries)

    for _ in range(3):
        translate_now(module(theme), arabic, {})
    few = count()
    for _ in range(9):
        translate_now(module(theme), arabic, {})
    assert count() == few
