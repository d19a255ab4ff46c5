"""The demo simulations load from demo/content/simulations.toml and their PO files: five fake sites of at
least six steps each, every step with a button to press, translated where the PO file translates them."""

import html

import pytest
from django.test import Client
from wagtail.models import Locale

from demo.loader import Demo, read
from demo.simulations import load_simulations
from simulators.models import SimulationPage

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "ar", "prs", "ps", "ti", "uk", "ru"]


@pytest.fixture
def demo_simulations(django_capture_on_commit_callbacks):
    demo = Demo(log=lambda message: None)
    with django_capture_on_commit_callbacks(execute=True):
        demo.create_locales()
        home = demo.create_home(read("site")["home"])
        pages = load_simulations(demo, home, read("simulations")["simulations"])
    return demo, pages


def test_five_demo_simulations_of_at_least_six_steps_each_in_french(demo_simulations):
    _demo, pages = demo_simulations
    assert len(pages) == 5
    for page in pages:
        assert page.live and page.locale.language_code == "fr"
        steps = page.screen_steps()
        assert len(steps) >= 6, page.slug
        assert all(step.expected_id for step in steps), page.slug


def test_every_translated_string_has_its_entry_so_nothing_is_reported_untranslated(demo_simulations):
    demo, _pages = demo_simulations
    assert demo.misses == []


def test_every_demo_simulation_is_translated_into_every_language_with_a_button_for_each_step(demo_simulations):
    _demo, pages = demo_simulations
    for page in pages:
        for code in LANGUAGES:
            translated = SimulationPage.objects.live().get(
                translation_key=page.translation_key, locale__language_code=code
            )
            assert translated.title != page.title, (page.slug, code)
            assert all(step.expected_id for step in translated.screen_steps()), (page.slug, code)


def test_the_france_travail_instructions_are_translated_but_keep_the_french_button_names(demo_simulations):
    _demo, pages = demo_simulations
    france_travail = next(page for page in pages if page.slug == "creer-son-compte-france-travail")
    for code in LANGUAGES:
        translated = SimulationPage.objects.live().get(
            translation_key=france_travail.translation_key, locale__language_code=code
        )
        steps = translated.screen_steps()
        assert steps[0].instruction != "Vous cherchez un emploi. Appuyez sur « M'inscrire ».", code
        assert "M'inscrire" in steps[0].instruction, code  # the French button keeps its French name


def test_the_tigrinya_learner_plays_the_france_travail_signup_with_the_french_screen(demo_simulations):
    _demo, pages = demo_simulations
    france_travail = next(page for page in pages if page.slug == "creer-son-compte-france-travail")
    tigrinya = france_travail.get_translation(Locale.objects.get(language_code="ti"))
    page = html.unescape(Client().get(tigrinya.url).content.decode())
    assert "ስራሕ ትደልዩ ኣለኹም።" in page
    assert ">M'inscrire</button>" in page and "Espace emploi — exercice" in page


def test_the_phishing_answers_are_in_arabic_and_the_right_one_still_counts(demo_simulations):
    _demo, pages = demo_simulations
    phishing = next(page for page in pages if page.slug == "reperer-un-faux-e-mail")
    arabic = phishing.get_translation(Locale.objects.get(language_code="ar"))
    client = Client()
    page = html.unescape(client.get(f"{arabic.url}?step=2").content.decode())
    assert "لا، العنوان غريب" in page
    step = arabic.specific.screen_steps()[1]
    response = client.post(arabic.url, {"step": "2", "choice": step.expected_id})
    assert response.status_code == 302 and "step=3" in response["Location"]
