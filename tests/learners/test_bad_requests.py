"""Malformed requests to the API get 400 with a message in the learner's language, store nothing and log one
warning line, never a traceback."""

import json
import logging
import uuid

import pytest

from learners.models import Learner, QuizAttempt
from tests.learners.conftest import csrf

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "body",
    [b"{not json", b'{"events": [', b"\xff\xfe\x00", b'{"a":' * 5000],
    ids=["not json", "cut short", "not utf-8", "nested too deep"],
)
def test_a_malformed_json_body_gets_400_with_a_message_and_no_traceback(client, course, caplog, body):
    token = csrf(client)
    with caplog.at_level(logging.WARNING):
        response = client.post(
            "/api/progress", body, content_type="application/json", HTTP_X_CSRFTOKEN=token, HTTP_ACCEPT_LANGUAGE="fr"
        )
    assert response.status_code == 400
    assert response.json() == {"detail": "Cette demande n'est pas valide."}
    assert [record.getMessage() for record in caplog.records] == ["Bad Request: /api/progress"]
    assert not any(record.exc_info for record in caplog.records)
    assert not Learner.objects.exists()


def test_text_with_a_nul_character_is_refused_before_the_database_sees_it(client, course):
    # PostgreSQL cannot store U+0000 in text or jsonb: it would be a 500 there.
    module = course["first"]
    token = csrf(client)
    quiz = module.quiz[6].id  # the short answer
    body = json.dumps({"attempt": str(uuid.uuid4()), "answers": {quiz: "Entr\u0000ée"}})
    assert "\\u0000" in body
    response = client.post(
        f"/api/quiz/{module.translation_key}/attempts", body, content_type="application/json", HTTP_X_CSRFTOKEN=token
    )
    assert response.status_code == 400
    assert not QuizAttempt.objects.exists() and not Learner.objects.exists()


def test_a_content_length_that_is_not_a_number_is_a_400_not_a_500(client, course):
    token = csrf(client)
    response = client.post(
        "/api/progress", b"{}", content_type="application/json", HTTP_X_CSRFTOKEN=token, CONTENT_LENGTH="many"
    )
    assert response.status_code == 400
