"""The endpoint that stores a trainer's level or a simulation's step: only success and mistakes, once per
step whatever the order or the number of times it is sent, and a plain refusal (never a 500) for nonsense."""

import json

import pytest

from simulators.models import PracticeResult
from tests.simulators.privacy import tables_containing

pytestmark = pytest.mark.django_db

URL = "/fr/practice/result/"


def post(client, payload, raw=None):
    client.get("/fr/practice/mouse/")  # the CSRF cookie, as the trainer's page gives it
    return client.post(
        URL,
        raw if raw is not None else json.dumps(payload),
        content_type="application/json",
        HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value,
    )


def test_a_level_passed_is_stored_once_however_often_it_is_sent(client, site):
    for _ in range(3):
        assert post(client, {"exercise": "mouse", "step": "1", "ok": True, "mistakes": 2}).status_code == 200
    assert PracticeResult.objects.filter(exercise="mouse", step="1", succeeded=True).count() == 1


def test_levels_sent_out_of_order_are_each_stored_and_the_fewest_mistakes_kept(client, site):
    post(client, {"exercise": "keyboard", "step": "3", "ok": True, "mistakes": 4})
    post(client, {"exercise": "keyboard", "step": "1", "ok": True, "mistakes": 0})
    post(client, {"exercise": "keyboard", "step": "3", "ok": True, "mistakes": 1})
    post(client, {"exercise": "keyboard", "step": "3", "ok": False, "mistakes": 9})
    rows = {row.step: row for row in PracticeResult.objects.filter(exercise="keyboard")}
    assert sorted(rows) == ["1", "3"]
    assert rows["3"].succeeded and rows["3"].mistakes == 1


def test_the_progress_page_says_stopped_at_the_first_level_not_passed_in_french(client, site):
    post(client, {"exercise": "keyboard", "step": "1", "ok": True})
    post(client, {"exercise": "keyboard", "step": "3", "ok": True})
    html = client.get("/fr/practice/").content.decode()
    assert "Arrêté au niveau 2" in html


def test_nonsense_is_refused_with_a_message_in_french_and_stores_nothing(client, site):
    assert post(client, None, raw="{not json").status_code == 400
    assert post(client, None, raw="[1, 2]").status_code == 400
    response = post(client, {"exercise": "mouse", "step": "99", "ok": True})
    assert response.status_code == 400
    assert response.json()["error"] == "Cet exercice ou cette étape n'existe pas."
    assert post(client, {"exercise": "not-a-trainer", "step": "1", "ok": True}).status_code == 400
    assert post(client, {"exercise": "00000000-0000-0000-0000-000000000000", "step": "x"}).status_code == 400
    assert not PracticeResult.objects.exists()


def test_a_simulation_step_can_be_sent_by_its_block_id(client, simulation):
    step_id = list(simulation.steps)[1].id
    assert post(client, {"exercise": str(simulation.translation_key), "step": step_id, "ok": True}).status_code == 200
    assert PracticeResult.objects.get().step == step_id


def test_text_sent_with_a_result_is_stored_nowhere(client, site):
    marker = "texte-tape-9d1c42"
    post(client, {"exercise": "keyboard", "step": "5", "ok": True, "typed": marker, "text": marker})
    assert PracticeResult.objects.count() == 1
    assert tables_containing(marker) == []


def test_a_result_without_the_csrf_token_is_refused(site):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.post(
        URL, json.dumps({"exercise": "mouse", "step": "1", "ok": True}), content_type="application/json"
    )
    assert response.status_code == 403
    assert not PracticeResult.objects.exists()


def test_the_search_for_typed_text_does_find_it_where_it_is_stored(site):
    from learners.models import Learner

    Learner.objects.create(display_name="texte-tape-5e2b77")
    assert tables_containing("texte-tape-5e2b77") == ["learners_learner.display_name"]


def test_erasing_my_data_erases_my_practice_results(client, site):
    post(client, {"exercise": "mouse", "step": "2", "ok": True})
    assert PracticeResult.objects.count() == 1
    client.post("/fr/learner/erase/", HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value)
    assert not PracticeResult.objects.exists()
