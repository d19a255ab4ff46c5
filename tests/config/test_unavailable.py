"""While the database is down, learners get 503 with Retry-After and a message in their language (JSON on the
API), and the log gets one warning line, not a traceback."""

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import OperationalError, connection
from django.test import Client

from config.unavailable import RETRY_AFTER_SECONDS
from learners.identity import issue_card
from learners.models import Learner

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def database_down():
    """Every new query fails as when PostgreSQL restarts: the connection cannot be (re)established."""

    def refuse():
        raise OperationalError('connection to server at "127.0.0.1", port 5432 failed: Connection refused')

    connection.ensure_connection = refuse
    try:
        yield
    finally:
        del connection.ensure_connection  # back to the class's method, before the test's rollback needs it


@pytest.fixture
def browser():
    return Client(raise_request_exception=False)


@pytest.mark.parametrize(
    ("path", "language", "expected"),
    [("/fr/", "fr", "Le site est indisponible pour un moment"), ("/ar/learner/", "ar", "الموقع غير متاح للحظات")],
)
def test_a_page_answers_503_with_retry_after_in_the_visitors_language(
    site, database_down, browser, path, language, expected
):  # noqa: E501
    response = browser.get(path)
    assert response.status_code == 503
    assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)
    body = response.content.decode()
    assert f'<html lang="{language}"' in body
    assert expected in body
    assert "OperationalError" not in body and "5432" not in body


def test_the_api_answers_json_503_in_the_requests_language(db, database_down, browser):
    browser.cookies["sessionid"] = "a" * 32  # a returning learner: their session is read from the database
    response = browser.get("/api/learner/me", HTTP_ACCEPT_LANGUAGE="uk")
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)
    assert response.json()["detail"].startswith("Сайт ненадовго недоступний")


def test_an_outage_is_one_warning_line_without_traceback(site, database_down, browser, caplog):
    with caplog.at_level(logging.WARNING):
        browser.get("/fr/")
    ours = [record for record in caplog.records if record.name == "numerikair.unavailable"]
    assert len(ours) == 1 and "Database unavailable" in ours[0].getMessage()
    assert not any(record.exc_info for record in caplog.records)


def test_a_failure_while_saving_the_session_after_the_view_is_a_503_too(db, monkeypatch, browser):
    card = issue_card(Learner.objects.create(), "482193")
    browser.get("/fr/learner/signin/")

    def refuse(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr("django.contrib.sessions.backends.db.SessionStore.save", refuse)
    response = browser.post("/fr/learner/signin/", {"code": card.code, "pin": "482193"})
    assert response.status_code == 503
    assert "Le site est indisponible" in response.content.decode()


def test_other_server_errors_on_the_api_are_json_too(db, monkeypatch, browser):
    def bug(*args, **kwargs):
        raise RuntimeError("a bug with secret internals")

    monkeypatch.setattr("learners.api.me", bug)
    response = browser.get("/api/learner/me", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert "secret internals" not in response.json()["detail"]
    assert response.json()["detail"].startswith("Il y a eu un problème")


def test_a_real_process_whose_database_is_gone_answers_503(tmp_path):
    script = (
        "import django, json; django.setup();"
        "from django.test import Client;"
        "c = Client(raise_request_exception=False);"
        "page = c.get('/ru/', HTTP_ACCEPT_LANGUAGE='ru');"
        "c.cookies['sessionid'] = 'a' * 32;"
        "api = c.get('/api/learner/me');"
        "print(json.dumps({'page': [page.status_code, page['Retry-After'], page.content.decode()],"
        " 'api': [api.status_code, api['Content-Type']]}))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path}/missing-folder/db.sqlite3",
    }
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    status, retry_after, body = answer["page"]
    assert (status, retry_after) == (503, str(RETRY_AFTER_SECONDS))
    assert "Сайт ненадолго недоступен" in body
    assert answer["api"] == [503, "application/json"]
    assert "Traceback" not in result.stderr
