"""The JSON API under /api/: the same services as the pages, session + CSRF, idempotent writes."""

import json
import uuid

import pytest

from learners.models import Learner, ModuleProgress, ProgressEvent, QuizAttempt
from tests.learners.conftest import csrf, right_answers

pytestmark = pytest.mark.django_db


def post(client, url, data, token, **headers):
    return client.post(url, json.dumps(data), content_type="application/json", HTTP_X_CSRFTOKEN=token, **headers)


def step_events(module, count=None):
    return [
        {"id": str(uuid.uuid4()), "kind": "step_seen", "module": str(module.translation_key), "step": block.id}
        for block in list(module.steps)[:count]
    ]


def test_openapi_schema_is_served_with_every_endpoint(client):
    schema = client.get("/api/openapi.json").json()
    paths = set(schema["paths"])
    assert {
        "/api/learner/card",
        "/api/learner/signin",
        "/api/learner/signout",
        "/api/learner/me",
        "/api/learner/export",
        "/api/learner/erase",
        "/api/progress",
        "/api/quiz/{module_key}/attempts",
    } <= paths


def test_writes_without_the_csrf_token_are_refused(client, course):
    response = client.post(
        "/api/progress", json.dumps({"events": step_events(course["first"], 1)}), content_type="application/json"
    )
    assert response.status_code == 403
    assert not ProgressEvent.objects.exists()


def test_first_progress_event_creates_an_anonymous_learner_and_replays_change_nothing(client, course):
    token = csrf(client)
    events = step_events(course["first"], 2)
    first = post(client, "/api/progress", {"events": events}, token)
    assert first.status_code == 200, first.content
    assert first.json() == {"received": 2, "stored": 2}
    again = post(client, "/api/progress", {"events": events}, token)
    assert again.json() == {"received": 2, "stored": 0}
    assert Learner.objects.count() == 1
    assert ProgressEvent.objects.count() == 2
    summary = ModuleProgress.objects.get()
    assert len(summary.steps_seen) == 2 and summary.steps_total == 3


def test_a_step_seen_in_arabic_counts_in_french(client, course):
    token = csrf(client, "/ar/learner/")
    arabic = course["first_ar"]
    response = post(client, "/api/progress", {"events": step_events(arabic, 1)}, token, HTTP_ACCEPT_LANGUAGE="ar")
    assert response.status_code == 200
    me = client.get("/api/learner/me", HTTP_ACCEPT_LANGUAGE="fr").json()
    assert me["modules"][0]["module"] == str(course["first"].translation_key)
    assert me["modules"][0]["title"] == "Allumer l'ordinateur"
    assert me["modules"][0]["steps_seen"] == 1


def test_a_step_of_another_lesson_is_refused_with_a_message_in_the_learners_language(client, course):
    token = csrf(client)
    event = step_events(course["first"], 1)[0]
    event["step"] = course["second"].steps[0].id
    response = post(client, "/api/progress", {"events": [event]}, token, HTTP_ACCEPT_LANGUAGE="ar")
    assert response.status_code == 400
    assert any("\u0600" <= char <= "\u06ff" for char in response.json()["detail"])
    assert not ProgressEvent.objects.exists()


def test_quiz_attempt_is_graded_and_the_same_attempt_again_returns_the_same_result(client, course):
    token = csrf(client)
    module = course["first"]
    url = f"/api/quiz/{module.translation_key}/attempts"
    attempt = str(uuid.uuid4())
    first = post(client, url, {"attempt": attempt, "answers": right_answers(module)}, token)
    assert first.status_code == 200, first.content
    assert first.json()["score"] == 100 and first.json()["passed"] is True
    again = post(client, url, {"attempt": attempt, "answers": {}}, token)
    assert again.json() == first.json()
    assert QuizAttempt.objects.count() == 1
    assert ModuleProgress.objects.get().attempts == 1


@pytest.mark.parametrize(
    "tamper",
    [
        lambda answers, module: {**answers, "not-a-question": "x"},
        lambda answers, module: {**answers, module.quiz[0].id: "not-a-choice"},
        lambda answers, module: {**answers, module.quiz[0].id: 3},
        lambda answers, module: {**answers, module.quiz[1].id: "a string, not a list"},
        lambda answers, module: {**answers, module.quiz[3].id: "yes"},
        lambda answers, module: {**answers, module.quiz[4].id: answers[module.quiz[4].id][:2]},
        lambda answers, module: {**answers, module.quiz[5].id: {"x": 500, "y": 2}},
        lambda answers, module: {**answers, module.quiz[6].id: "x" * 5000},
        lambda answers, module: "not a dict",
    ],
    ids=[
        "unknown question",
        "unknown choice",
        "wrong type",
        "list expected",
        "bool expected",
        "order incomplete",
        "tap out of image",
        "huge text",
        "not a mapping",
    ],
)
def test_tampered_answers_get_400_with_a_message_and_store_nothing(client, course, tamper):
    token = csrf(client)
    module = course["first"]
    answers = tamper(right_answers(module), module)
    response = post(
        client,
        f"/api/quiz/{module.translation_key}/attempts",
        {"attempt": str(uuid.uuid4()), "answers": answers},
        token,
    )
    assert response.status_code == 400
    assert response.json()["detail"]
    assert not QuizAttempt.objects.exists()
    assert not ModuleProgress.objects.filter(attempts__gt=0).exists()


def test_a_huge_payload_is_refused_before_it_is_read(client, course):
    token = csrf(client)
    module = course["first"]
    answers = {f"q{i}": "x" * 100 for i in range(1000)}
    response = post(
        client,
        f"/api/quiz/{module.translation_key}/attempts",
        {"attempt": str(uuid.uuid4()), "answers": answers},
        token,
    )
    assert response.status_code == 400
    assert not QuizAttempt.objects.exists()


def test_an_attempt_id_of_another_learner_is_refused(client, course):
    from django.test import Client

    module = course["first"]
    url = f"/api/quiz/{module.translation_key}/attempts"
    attempt = str(uuid.uuid4())
    token = csrf(client)
    post(client, url, {"attempt": attempt, "answers": right_answers(module)}, token)
    intruder = Client(enforce_csrf_checks=True)
    response = post(intruder, url, {"attempt": attempt, "answers": {}}, csrf(intruder))
    assert response.status_code == 409
    assert QuizAttempt.objects.count() == 1
    assert QuizAttempt.objects.get().score == 100


def test_card_signin_me_export_and_erase_through_the_api(client, course):
    from django.test import Client

    token = csrf(client)
    post(client, "/api/progress", {"events": step_events(course["first"])}, token)
    card = post(client, "/api/learner/card", {"pin": "4821", "display_name": "أمينة"}, token)
    assert card.status_code == 201, card.content
    code = card.json()["code"]
    other = Client(enforce_csrf_checks=True)
    signed = post(other, "/api/learner/signin", {"code": code.lower(), "pin": "4821"}, csrf(other))
    assert signed.status_code == 200
    assert signed.json()["card"] == code
    assert signed.json()["modules"][0]["steps_seen"] == 3
    exported = other.get("/api/learner/export")
    assert exported["Content-Disposition"].startswith("attachment")
    assert json.loads(exported.content)["learner"]["display_name"] == "أمينة"
    erased = post(other, "/api/learner/erase", {}, other.cookies["csrftoken"].value)
    assert erased.status_code == 204
    assert not Learner.objects.exists() and not ProgressEvent.objects.exists()


def test_a_progress_post_and_a_quiz_attempt_cost_a_fixed_number_of_queries(
    client, course, django_assert_max_num_queries
):
    token = csrf(client)
    module = course["first"]
    post(client, "/api/progress", {"events": step_events(module, 1)}, token)  # the learner exists now
    with django_assert_max_num_queries(11):
        post(client, "/api/progress", {"events": step_events(module)}, token)
    with django_assert_max_num_queries(17):
        response = post(
            client,
            f"/api/quiz/{module.translation_key}/attempts",
            {"attempt": str(uuid.uuid4()), "answers": right_answers(module)},
            token,
        )
    assert response.json()["score"] == 100


@pytest.mark.parametrize("at", ["2031-01-01T10:00:00", "2031-01-01T10:00:00+02:00"])
def test_an_event_dated_in_the_future_by_a_wrong_phone_clock_is_stored_at_the_time_received(client, course, at):
    from django.utils import timezone

    token = csrf(client)
    event = {**step_events(course["first"], 1)[0], "at": at}
    assert post(client, "/api/progress", {"events": [event]}, token).status_code == 200
    assert ProgressEvent.objects.get().occurred_at <= timezone.now()
