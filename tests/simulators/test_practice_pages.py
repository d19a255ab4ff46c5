"""Where simulations appear for the learner: the « S'entraîner » list, a module's step, their progress page."""

import html

import pytest

from tests.factories import ModulePageFactory, ThemePageFactory, step
from tests.simulators.factories import SimulationPageFactory

pytestmark = pytest.mark.django_db


def text(response):
    return html.unescape(response.content.decode())


def press_first_step(client, simulation):
    import re

    page = text(client.get(simulation.url))
    choice = re.search(r'name="choice" value="([^"]+)"[^>]*>\s*Créer mon compte', page).group(1)
    client.post(simulation.url, {"step": "1", "choice": choice})


def test_the_practice_list_is_called_s_entrainer_in_french_and_lists_trainers_and_simulations(client, simulation):
    page = text(client.get("/fr/practice/"))
    assert "<h1>S'entraîner</h1>" in page
    assert "Entraînement à la souris" in page and "Entraînement au clavier AZERTY" in page
    assert simulation.title in page and simulation.url in page


def test_the_tigrinya_list_offers_the_french_simulation_when_it_is_not_translated(client, simulation):
    page = text(client.get("/ti/practice/"))
    assert "ምልምማድ" in page
    assert simulation.title in page and 'lang="fr"' in page
    assert f'href="/ti/{simulation.slug}/"' in page
    served = text(client.get(f"/ti/{simulation.slug}/"))
    assert "መለማመዲ መርበብ — ዋላ ሓንቲ ኣይለኣኽን" in served and "Appuyez sur « Créer mon compte »." in served


def test_the_arabic_list_shows_the_arabic_translation(client, arabic_simulation):
    page = text(client.get("/ar/practice/"))
    assert "إنشاء حساب" in page and arabic_simulation.url in page


def test_my_progress_says_stuck_at_step_2_of_the_simulation_in_french(client, simulation):
    press_first_step(client, simulation)
    page = text(client.get("/fr/learner/"))
    assert "Bloqué à l'étape 2 de « Créer un compte »" in page
    assert f"{simulation.url}?step=2" in page


def test_my_progress_says_it_in_arabic_too(client, simulation, arabic_simulation):
    press_first_step(client, arabic_simulation)
    page = text(client.get("/ar/learner/"))
    assert "متوقف عند الخطوة 2 من «إنشاء حساب»" in page


def test_a_module_step_links_to_its_simulation(client, site, simulation):
    theme = ThemePageFactory(parent=site["fr"])
    module = ModulePageFactory(parent=theme, steps=[step(simulation=simulation)])
    page = text(client.get(module.url))
    assert "S'entraîner sur un faux site" in page
    assert f'href="{simulation.url}"' in page


def test_a_draft_simulation_is_neither_listed_nor_linked(client, site):
    draft = SimulationPageFactory(parent=site["fr"], title="Brouillon secret", live=False)
    theme = ThemePageFactory(parent=site["fr"])
    module = ModulePageFactory(parent=theme, steps=[step(simulation=draft)])
    assert "Brouillon secret" not in text(client.get("/fr/practice/"))
    assert "Brouillon secret" not in text(client.get(module.url))


def test_my_progress_says_the_trainer_level_reached_and_links_to_practice(client, site):
    client.get("/fr/practice/keyboard/")
    client.post(
        "/fr/practice/result/",
        '{"exercise": "keyboard", "step": "1", "ok": true}',
        content_type="application/json",
        HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value,
    )
    page = text(client.get("/fr/learner/"))
    assert "Entraînement au clavier AZERTY</a> — Arrêté au niveau 2" in page
    assert 'href="/fr/practice/"' in page


@pytest.mark.parametrize("name, script", [("mouse", "mouse.js"), ("keyboard", "keyboard.js")])
def test_both_trainers_share_one_head_and_breadcrumb_and_load_their_own_script_in_arabic(client, site, name, script):
    body = client.get(f"/ar/practice/{name}/").content.decode()
    for shared in ("simulators/css/simulators", "js/common", "simulators/js/speak", "simulators/js/trainer"):
        assert body.count(shared) == 1, shared
    assert f"simulators/js/{script}" in body
    assert 'class="breadcrumb"' in body and 'href="/ar/"' in body
    assert 'name="csrfmiddlewaretoken"' in body
