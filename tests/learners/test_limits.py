"""Limits that know the real client: sign-in failures per address and per card, QR codes, quiz attempts.

The site runs behind a TLS proxy (10.0.0.2 here, trusted); a classroom's phones share one public address
(198.51.100.20). Refused requests store nothing: no learner, no session, no attempt.
"""

import json
import uuid

import pytest
from django.contrib.sessions.models import Session
from django.test import Client, override_settings

from learners.identity import issue_card
from learners.limits import (
    ATTEMPTS_PER_ADDRESS_PER_MINUTE,
    ATTEMPTS_PER_LEARNER_PER_MINUTE,
    FAILURES_PER_ADDRESS_PER_HOUR,
)
from learners.models import Learner, LearnerCard, ProgressEvent, QuizAttempt
from tests.learners.conftest import csrf, right_answers

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("behind_the_proxy")]

PROXY = "10.0.0.2"
CLASSROOM = "198.51.100.20"


@pytest.fixture
def behind_the_proxy():
    with override_settings(TRUSTED_PROXIES=["10.0.0.0/8"]):
        yield


def browser(address=CLASSROOM, **options):
    """A phone whose requests reach the site through the proxy, which says the phone's address."""
    return Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=address, **options)


def sign_in(client, code, pin, language="en"):
    return client.post(f"/{language}/learner/signin/", {"code": code, "pin": pin})


def new_card(pin="482193"):
    return issue_card(Learner.objects.create(), pin)


def test_seventy_learners_signing_in_behind_one_address_all_get_in():
    cards = [new_card(f"{2000 + number}") for number in range(70)]
    for number, card in enumerate(cards):
        client = browser()
        if number % 7 == 0:  # some mistype their PIN once first
            assert sign_in(client, card.code, "999999").status_code == 400
        response = sign_in(client, card.code, f"{2000 + number}")
        assert response.status_code == 302, (number, response.status_code)
        assert client.session["learner"] == card.learner_id


def test_wrong_codes_from_one_address_are_refused_after_the_limit_even_with_a_right_code_then():
    card = new_card()
    client = browser()
    for number in range(FAILURES_PER_ADDRESS_PER_HOUR):
        assert sign_in(client, f"ARBRE-LUNE-{2222 + number}", "1234").status_code == 400
    response = sign_in(client, card.code, "482193", language="uk")
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    assert "забагато кодів" in response.content.decode()
    assert "learner" not in client.session


def test_the_same_wrong_code_typed_again_counts_once():
    card = new_card()
    client = browser()
    for _ in range(FAILURES_PER_ADDRESS_PER_HOUR + 5):
        sign_in(client, "ARBRE-LUNE-2222", "1234")
    assert sign_in(client, card.code, "482193").status_code == 302


def test_wrong_pins_count_for_the_address_as_well_as_for_the_card():
    cards = [new_card() for _ in range(FAILURES_PER_ADDRESS_PER_HOUR // 3 + 1)]
    client = browser()
    tries = 0
    for card in cards:
        for _ in range(3):  # under the card's own lock (5)
            if tries == FAILURES_PER_ADDRESS_PER_HOUR:
                break
            assert sign_in(client, card.code, "000000").status_code == 400
            tries += 1
    assert sign_in(client, cards[-1].code, "482193").status_code == 429
    assert not LearnerCard.objects.filter(locked_until__isnull=False).exists()


def test_another_address_behind_the_same_proxy_keeps_its_budget():
    card = new_card()
    guesser = browser("203.0.113.66")
    for number in range(FAILURES_PER_ADDRESS_PER_HOUR):
        sign_in(guesser, f"ARBRE-LUNE-{2222 + number}", "1234")
    assert sign_in(guesser, card.code, "482193").status_code == 429
    assert sign_in(browser(), card.code, "482193").status_code == 302


def test_an_address_written_by_the_phone_itself_does_not_escape_the_limit():
    card = new_card()
    for number in range(FAILURES_PER_ADDRESS_PER_HOUR):
        # Each request claims another address; the proxy appends the one it saw.
        client = browser(f"192.0.2.{number}, 203.0.113.66")
        sign_in(client, f"ARBRE-LUNE-{2222 + number}", "1234")
    assert sign_in(browser("203.0.113.66"), card.code, "482193").status_code == 429


def test_the_api_refuses_with_json_429_and_retry_after():
    card = new_card()
    client = browser(enforce_csrf_checks=True)
    token = csrf(client)
    for number in range(FAILURES_PER_ADDRESS_PER_HOUR):
        client.post(
            "/api/learner/signin",
            json.dumps({"code": f"ARBRE-LUNE-{2222 + number}", "pin": "1234"}),
            content_type="application/json",
            HTTP_X_CSRFTOKEN=token,
        )
    response = client.post(
        "/api/learner/signin",
        json.dumps({"code": card.code, "pin": "482193"}),
        content_type="application/json",
        HTTP_X_CSRFTOKEN=token,
        HTTP_ACCEPT_LANGUAGE="ar",
    )
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert any("\u0600" <= char <= "\u06ff" for char in response.json()["detail"])


def test_unknown_qr_codes_are_limited_per_address_and_a_real_one_then_waits():
    card = new_card()
    client = browser()
    for number in range(FAILURES_PER_ADDRESS_PER_HOUR):
        assert client.get(f"/fr/learner/qr/not-a-secret-{number}/").status_code == 410
    response = client.get(f"/fr/learner/qr/{card.qr_secret}/")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert browser("203.0.113.5").get(f"/fr/learner/qr/{card.qr_secret}/").status_code == 200


# --- Quiz attempts ------------------------------------------------------------------------------------


def attempt(client, module, token, attempt_id=None, **headers):
    return client.post(
        f"/api/quiz/{module.translation_key}/attempts",
        json.dumps({"attempt": attempt_id or str(uuid.uuid4()), "answers": right_answers(module)}),
        content_type="application/json",
        HTTP_X_CSRFTOKEN=token,
        **headers,
    )


def a_learner_who_has_seen_a_step(module):
    client = browser(enforce_csrf_checks=True)
    token = csrf(client)
    event = {"id": str(uuid.uuid4()), "kind": "step_seen", "module": str(module.translation_key)}
    event["step"] = module.steps[0].id
    body = json.dumps({"events": [event]})
    client.post("/api/progress", body, content_type="application/json", HTTP_X_CSRFTOKEN=token)
    return client, token


def test_a_flood_of_quiz_attempts_from_one_learner_is_refused_after_the_limit(course):
    module = course["first"]
    client, token = a_learner_who_has_seen_a_step(module)
    statuses = [attempt(client, module, token).status_code for _ in range(ATTEMPTS_PER_LEARNER_PER_MINUTE + 20)]
    assert statuses.count(200) == ATTEMPTS_PER_LEARNER_PER_MINUTE
    assert QuizAttempt.objects.count() == ATTEMPTS_PER_LEARNER_PER_MINUTE
    refused = attempt(client, module, token, HTTP_ACCEPT_LANGUAGE="ru")
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 60
    assert "подождите" in refused.json()["detail"]


def test_sending_the_same_attempt_again_costs_nothing(course):
    module = course["first"]
    client, token = a_learner_who_has_seen_a_step(module)
    same = str(uuid.uuid4())
    for _ in range(ATTEMPTS_PER_LEARNER_PER_MINUTE + 5):
        assert attempt(client, module, token, same).status_code == 200
    assert attempt(client, module, token).status_code == 200
    assert QuizAttempt.objects.count() == 2


def test_fresh_sessions_from_one_address_are_limited_too_and_refused_ones_store_nothing(course):
    module = course["first"]
    for _ in range(ATTEMPTS_PER_ADDRESS_PER_MINUTE):
        client = browser(enforce_csrf_checks=True)
        assert attempt(client, module, csrf(client)).status_code == 200
    learners, sessions = Learner.objects.count(), Session.objects.count()
    client = browser(enforce_csrf_checks=True)
    assert attempt(client, module, csrf(client)).status_code == 429
    assert (Learner.objects.count(), Session.objects.count()) == (learners, sessions)
    # Another address is not affected.
    other = browser("203.0.113.9", enforce_csrf_checks=True)
    assert attempt(other, module, csrf(other)).status_code == 200


def test_the_quiz_form_without_javascript_says_to_wait_in_the_page_language(course):
    from tests.learners.test_quiz import form_answers

    module = course["first"]
    client, token = a_learner_who_has_seen_a_step(module)
    url = f"/fr/learner/quiz/{module.translation_key}/"
    for _ in range(ATTEMPTS_PER_LEARNER_PER_MINUTE + 1):
        form = {**form_answers(module, right_answers(module)), "csrfmiddlewaretoken": token}
        response = client.post(url, form, follow=True)
    assert QuizAttempt.objects.count() == ATTEMPTS_PER_LEARNER_PER_MINUTE
    assert "Vous avez envoyé beaucoup de réponses" in response.content.decode()


# --- Refused API calls store nothing ------------------------------------------------------------------


def nothing_stored():
    return not Learner.objects.exists() and not Session.objects.exists() and not QuizAttempt.objects.exists()


@pytest.mark.parametrize(
    ("url", "body"),
    [
        ("/api/quiz/{unknown}/attempts", {"attempt": "{id}", "answers": {}}),
        ("/api/quiz/{module}/attempts", {"attempt": "{id}", "answers": {"not-a-question": "x"}}),
        ("/api/quiz/{module}/attempts", {"attempt": "not-a-uuid", "answers": {}}),
        ("/api/progress", {"events": [{"id": "{id}", "kind": "step_seen", "module": "{unknown}", "step": "x"}]}),
        ("/api/progress", {"events": [{"id": "{id}", "kind": "step_seen", "module": "{module}", "step": "x"}]}),
        ("/api/learner/card", {"pin": "12ab"}),
        ("/api/h5p/results", {"id": "{id}", "module": "{module}", "package": 999, "statement": {}}),
    ],
    ids=[
        "unknown quiz",
        "tampered answers",
        "bad attempt id",
        "unknown lesson",
        "unknown step",
        "bad pin",
        "no package",
    ],
)
def test_a_refused_api_call_creates_no_learner_and_no_session(course, url, body):
    module = course["first"]
    values = {"module": str(module.translation_key), "unknown": str(uuid.uuid4()), "id": str(uuid.uuid4())}
    url = url.format(**values)
    body = json.loads(json.dumps(body).replace("{module}", values["module"]).replace("{unknown}", values["unknown"]))
    body = json.loads(json.dumps(body).replace("{id}", values["id"]))
    client = browser(enforce_csrf_checks=True)
    token = csrf(client)
    response = client.post(url, json.dumps(body), content_type="application/json", HTTP_X_CSRFTOKEN=token)
    assert 400 <= response.status_code < 500, response.content
    assert nothing_stored()
    assert not ProgressEvent.objects.exists()
