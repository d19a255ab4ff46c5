"""Learner cards: a code to read aloud, a PIN, a QR code; locks and limits against guessing."""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from learners.identity import issue_card, normalise_code
from learners.models import Learner, LearnerCard

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    """A browser whose forms carry their CSRF token (Django's test client skips the check)."""
    return Client()


@pytest.fixture
def card(db):
    return issue_card(Learner.objects.create(display_name="Amina"), "482193")


def sign_in(client, code, pin):
    client.get("/en/learner/signin/")
    return client.post("/en/learner/signin/", {"code": code, "pin": pin})


def test_card_code_is_two_words_and_four_digits_without_look_alike_characters(card):
    assert re.fullmatch(r"[A-Z]+-[A-Z]+-[2-9]{4}", card.code)


def test_code_is_accepted_in_small_letters_with_spaces_or_accents():
    assert normalise_code(" plume citron 4827 ") == "PLUME-CITRON-4827"
    assert normalise_code("Plumé-Citron-4827") == "PLUME-CITRON-4827"


def test_saving_progress_gives_a_card_with_the_chosen_pin_and_shows_its_qr_code(client):
    client.get("/fr/learner/card/")
    response = client.post(
        "/fr/learner/card/", {"display_name": "ሰላም", "pin": "2468", "pin_again": "2468"}, follow=True
    )
    card = LearnerCard.objects.get()
    assert card.learner.display_name == "ሰላም"
    page = response.content.decode()
    assert card.code in page and "<svg" in page
    assert "2468" not in page


def test_a_pin_that_is_not_4_to_6_digits_is_refused_in_the_learners_language(client):
    client.get("/ar/learner/card/")
    response = client.post("/ar/learner/card/", {"pin": "12ab", "pin_again": "12ab"})
    assert response.status_code == 400
    assert not LearnerCard.objects.exists()
    errors = re.findall(r'class="field-error"[^>]*>([^<]+)<', response.content.decode())
    assert errors and all(any("\u0600" <= char <= "\u06ff" for char in error) for error in errors)


def test_signing_in_with_code_and_pin_rotates_the_session(card):
    client = Client()
    client.get("/fr/learner/")
    client.session.save()
    before = client.cookies["sessionid"].value if "sessionid" in client.cookies else None
    response = sign_in(client, card.code.lower(), "482193")
    assert response.status_code == 302
    assert client.cookies["sessionid"].value != before
    assert client.session["learner"] == card.learner_id


def test_a_wrong_pin_says_so_and_counts_down(card):
    response = sign_in(Client(), card.code, "000000")
    assert response.status_code == 400
    assert "4 tries left" in response.content.decode()


def test_wrong_pin_five_times_locks_the_card_for_fifteen_minutes(card):
    client = Client()
    for _ in range(5):
        response = sign_in(client, card.code, "111111")
    assert response.status_code == 423
    assert "15 minutes" in response.content.decode()
    # Even the right PIN is refused while the card is locked...
    assert sign_in(client, card.code, "482193").status_code == 423
    # ...and accepted once the lock has passed.
    LearnerCard.objects.filter(pk=card.pk).update(locked_until=timezone.now() - timedelta(seconds=1))
    assert sign_in(client, card.code, "482193").status_code == 302


def test_scanning_the_qr_code_asks_before_signing_in(card):
    client = Client()
    url = f"/fr/learner/qr/{card.qr_secret}/"
    page = client.get(url)
    assert page.status_code == 200 and card.code in page.content.decode()
    assert "learner" not in client.session
    client.post(url)
    assert client.session["learner"] == card.learner_id


@pytest.mark.parametrize("state", ["revoked", "expired"])
def test_a_revoked_or_expired_qr_code_says_why_and_offers_code_and_pin(card, state):
    if state == "revoked":
        issue_card(card.learner, "1357")  # a new card revokes the old one
    else:
        LearnerCard.objects.filter(pk=card.pk).update(qr_expires_at=timezone.now() - timedelta(days=1))
    client = Client()
    response = client.post(f"/fr/learner/qr/{card.qr_secret}/")
    assert response.status_code == 410
    page = response.content.decode()
    assert 'name="code"' in page and 'name="pin"' in page
    assert "learner" not in client.session


def test_a_new_card_replaces_the_old_one_and_keeps_the_progress(card):
    new = issue_card(card.learner, "1357")
    assert new.code != card.code and new.qr_secret != card.qr_secret
    response = sign_in(Client(), card.code, "482193")
    assert response.status_code == 410
    assert sign_in(Client(), new.code, "1357").status_code == 302


def test_progress_made_before_signing_in_joins_the_card(client, card, course):
    import json
    import uuid

    from learners.models import ModuleProgress

    module = course["first"]
    client.get(module.url)
    token = client.get("/api/csrf").json()["token"]  # as lesson.js does: the public page holds no token
    event = {
        "id": str(uuid.uuid4()),
        "kind": "step_seen",
        "module": str(module.translation_key),
        "step": module.steps[0].id,
    }
    client.post(
        "/api/progress", json.dumps({"events": [event]}), content_type="application/json", HTTP_X_CSRFTOKEN=token
    )
    client.post("/fr/learner/signin/", {"code": card.code, "pin": "482193", "csrfmiddlewaretoken": token})
    assert Learner.objects.count() == 1
    assert ModuleProgress.objects.get().learner_id == card.learner_id
