"""Erasing a learner ends every session of theirs, on every device, not only the one that pressed the button."""

import json
import uuid

import pytest
from django.contrib.sessions.models import Session
from django.test import Client

from learners.models import Learner, LearnerSession, ProgressEvent
from tests.learners.conftest import csrf

pytestmark = pytest.mark.django_db


def post(client, url, data, token):
    return client.post(url, json.dumps(data), content_type="application/json", HTTP_X_CSRFTOKEN=token)


def seen(module):
    return [
        {
            "id": str(uuid.uuid4()),
            "kind": "step_seen",
            "module": str(module.translation_key),
            "step": module.steps[0].id,
        }
    ]


@pytest.fixture
def two_devices(course):
    """A phone that made progress and saved it on a card, and a session PC signed in with that card."""
    phone = Client(enforce_csrf_checks=True)
    token = csrf(phone)
    post(phone, "/api/progress", {"events": seen(course["first"])}, token)
    code = post(phone, "/api/learner/card", {"pin": "4821"}, token).json()["code"]
    computer = Client(enforce_csrf_checks=True)
    signed = post(computer, "/api/learner/signin", {"code": code, "pin": "4821"}, csrf(computer))
    assert signed.status_code == 200
    return phone, computer


def session_of(client):
    return Session.objects.filter(session_key=client.cookies["sessionid"].value).first()


def test_erasing_on_one_device_ends_the_session_on_the_other_device(two_devices):
    phone, computer = two_devices
    assert session_of(computer).get_decoded()["learner"] == Learner.objects.get().pk

    response = phone.post("/fr/learner/erase/", {"csrfmiddlewaretoken": phone.cookies["csrftoken"].value})

    assert response.status_code == 302
    assert not Learner.objects.exists() and not LearnerSession.objects.exists()
    assert session_of(computer) is None
    assert not any("learner" in session.get_decoded() for session in Session.objects.all()), (
        "no session may still point to the erased learner"
    )


def test_the_other_device_then_sees_nobody_and_new_progress_starts_a_new_learner(two_devices, course):
    phone, computer = two_devices
    erased_id = Learner.objects.get().pk
    post(phone, "/api/learner/erase", {}, phone.cookies["csrftoken"].value)

    assert computer.get("/api/learner/me").json()["card"] is None
    token = csrf(computer)
    assert post(computer, "/api/progress", {"events": seen(course["second"])}, token).status_code == 200
    learner = Learner.objects.get()
    assert learner.pk != erased_id
    assert ProgressEvent.objects.get().learner == learner


def test_signing_out_forgets_the_session_but_keeps_the_learner(two_devices):
    phone, computer = two_devices
    post(computer, "/api/learner/signout", {}, computer.cookies["csrftoken"].value)
    assert Learner.objects.count() == 1
    assert list(LearnerSession.objects.values_list("session_key", flat=True)) == [phone.cookies["sessionid"].value]
