"""A simulation as the learner plays it without JavaScript: one fake screen per step, the banner, the hint
when they go wrong, the feedback when they get it right, and only successes stored — never what they typed."""

import html as htmllib
import re

import pytest

from learners.models import Learner
from simulators.models import PracticeResult
from tests.simulators.privacy import tables_containing

pytestmark = pytest.mark.django_db


def text(response):
    """The page as a reader sees it (entities decoded)."""
    return htmllib.unescape(response.content.decode())


def buttons(html):
    """{label: value} of the fake screen's buttons."""
    return {label.strip(): value for value, label in re.findall(r'name="choice" value="([^"]+)"[^>]*>([^<]+)<', html)}


def press(client, page_url, number, label, extra=None):
    html = text(client.get(f"{page_url}?step={number}"))
    data = {"step": str(number), "choice": buttons(html)[label], **(extra or {})}
    return client.post(page_url, data)


def test_the_banner_says_it_is_a_practice_site_in_french(client, simulation):
    html = text(client.get(simulation.url))
    assert "Site d'entraînement — rien n'est envoyé" in html
    assert "EXERCICE" in html and "Espace emploi (exercice)" in html


def test_the_banner_says_it_in_french_and_in_arabic(client, arabic_simulation):
    html = text(client.get(arabic_simulation.url))
    assert "Site d'entraînement — rien n'est envoyé" in html
    assert "موقع للتدريب — لا يُرسَل أي شيء" in html


def test_the_first_step_shows_its_instruction_and_step_1_of_3_in_french(client, simulation):
    html = text(client.get(simulation.url))
    assert "Appuyez sur « Créer mon compte »." in html
    assert "Étape 1 sur 3" in html


def test_no_field_of_the_fake_screen_can_send_what_is_typed(client, simulation):
    html = text(client.get(f"{simulation.url}?step=2"))
    form = re.search(r"<form[^>]*data-simulation.*?</form>", html, re.S).group(0)
    assert "multipart" not in form
    named = re.findall(r'<(?:input|select|textarea)[^>]*\bname="([^"]+)"', form)
    assert set(named) == {"csrfmiddlewaretoken", "step"}
    assert 'type="email"' in form


def test_the_expected_button_without_javascript_moves_on_and_shows_the_feedback(client, simulation):
    response = press(client, simulation.url, 1, "Créer mon compte")
    assert response.status_code == 302
    html = text(client.get(response["Location"]))
    assert "Bien : la page d'inscription s'ouvre." in html
    assert "Étape 2 sur 3" in html


def test_the_wrong_button_shows_the_hint_and_stores_nothing(client, simulation):
    response = press(client, simulation.url, 1, "Se connecter")
    assert response.status_code == 200
    html = text(response)
    assert "Le bouton « Créer mon compte » est en bas." in html
    assert "data-hint hidden" not in html
    assert not PracticeResult.objects.exists()


def test_every_step_done_says_well_done_in_french(client, simulation):
    press(client, simulation.url, 1, "Créer mon compte")
    press(client, simulation.url, 2, "Continuer")
    response = press(client, simulation.url, 3, "Valider")
    html = text(client.get(response["Location"]))
    assert "Bravo ! Vous avez fini cet entraînement." in html
    assert PracticeResult.objects.filter(succeeded=True).count() == 3


def test_text_typed_and_posted_anyway_is_stored_nowhere(client, simulation):
    marker = "marqueur-unique-7f3a9c@exemple.fr"
    press(client, simulation.url, 2, "Continuer", extra={"email": marker, "f-x": marker})
    assert PracticeResult.objects.filter(succeeded=True).count() == 1
    assert tables_containing(marker) == []


def test_a_step_replayed_is_stored_once(client, simulation):
    for _ in range(3):
        press(client, simulation.url, 1, "Créer mon compte")
    assert PracticeResult.objects.count() == 1
    assert Learner.objects.count() == 1


def test_a_nonsense_step_number_gives_the_first_step_not_an_error(client, simulation):
    assert client.get(f"{simulation.url}?step=abc").status_code == 200
    response = client.post(simulation.url, {"step": "99999999999999999999", "choice": "x"})
    assert response.status_code == 200
    assert client.post(simulation.url, {"step": "-3"}).status_code == 200
    assert not PracticeResult.objects.exists()


def test_the_arabic_simulation_gives_the_instruction_in_arabic_beside_the_french(client, arabic_simulation):
    html = text(client.get(arabic_simulation.url))
    assert "اضغطوا على « Créer mon compte »." in html
    assert 'lang="fr"' in html and "Appuyez sur « Créer mon compte »." in html
    assert 'dir="rtl"' in html


def test_the_arabic_simulation_counts_for_the_same_exercise_as_the_french(client, simulation, arabic_simulation):
    press(client, arabic_simulation.url, 1, "Créer mon compte")
    press(client, simulation.url, 1, "Créer mon compte")
    assert PracticeResult.objects.count() == 1
    assert PracticeResult.objects.get().exercise == str(simulation.translation_key)


def test_a_step_not_yet_translated_is_marked_as_french_on_the_arabic_page(client, arabic_simulation):
    page = text(client.get(f"{arabic_simulation.url}?step=2"))
    assert 'aria-labelledby="instruction-title" lang="fr" dir="ltr"' in page
    first = text(client.get(arabic_simulation.url))
    assert 'aria-labelledby="instruction-title" lang="fr"' not in first
