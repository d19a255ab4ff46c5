"""Retention: anonymous learners without a card are erased after LEARNER_RETENTION_DAYS of inactivity, with
their sessions; learners with a card stay; expired sessions are cleared (`manage.py purge_learners`)."""

import json
import uuid
from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from learners.identity import issue_card
from learners.models import Learner, LearnerSession, ModuleProgress, ProgressEvent
from tests.learners.conftest import csrf

pytestmark = pytest.mark.django_db


def visitor_with_progress(module):
    """A browser whose visitor saw one step: an anonymous learner tied to its session."""
    browser = Client(enforce_csrf_checks=True)
    token = csrf(browser)
    event = {
        "id": str(uuid.uuid4()),
        "kind": "step_seen",
        "module": str(module.translation_key),
        "step": module.steps[0].id,
    }
    response = browser.post(
        "/api/progress", json.dumps({"events": [event]}), content_type="application/json", HTTP_X_CSRFTOKEN=token
    )
    assert response.status_code == 200
    return browser, Learner.objects.get(sessions__session_key=browser.cookies["sessionid"].value)


def age(learner, days):
    then = timezone.now() - timedelta(days=days)
    Learner.objects.filter(pk=learner.pk).update(created_at=then, last_active_at=then)
    ModuleProgress.objects.filter(learner=learner).update(updated_at=then)


def purge(**options):
    call_command("purge_learners", **options)


def test_an_anonymous_learner_inactive_for_91_days_is_erased_with_their_session(course):
    browser, learner = visitor_with_progress(course["first"])
    age(learner, 91)

    purge()

    assert not Learner.objects.exists() and not ProgressEvent.objects.exists()
    assert not Session.objects.filter(session_key=browser.cookies["sessionid"].value).exists()
    assert browser.get("/api/learner/me").json()["modules"] == []


def test_an_anonymous_learner_active_89_days_ago_is_kept(course):
    _browser, learner = visitor_with_progress(course["first"])
    age(learner, 89)
    purge()
    assert Learner.objects.filter(pk=learner.pk).exists()


def test_a_learner_with_a_card_is_kept_however_long_ago(course):
    _browser, learner = visitor_with_progress(course["first"])
    issue_card(learner, "4821")
    age(learner, 400)
    purge()
    assert Learner.objects.filter(pk=learner.pk).exists()


def test_the_retention_period_is_a_setting(course, settings):
    _browser, learner = visitor_with_progress(course["first"])
    age(learner, 31)
    settings.LEARNER_RETENTION_DAYS = 60
    purge()
    assert Learner.objects.exists()
    settings.LEARNER_RETENTION_DAYS = 30
    purge()
    assert not Learner.objects.exists()


def test_recent_h5p_or_progress_activity_keeps_an_old_anonymous_learner(course):
    _browser, learner = visitor_with_progress(course["first"])
    age(learner, 120)
    ModuleProgress.objects.filter(learner=learner).update(updated_at=timezone.now() - timedelta(days=2))
    purge()
    assert Learner.objects.exists()


def test_a_dry_run_counts_and_erases_nothing(course, capsys):
    _browser, learner = visitor_with_progress(course["first"])
    age(learner, 91)
    purge(dry_run=True)
    assert "1 apprenant" in capsys.readouterr().out
    assert Learner.objects.exists()


def test_expired_sessions_are_cleared_and_their_records_forgotten(course):
    browser, learner = visitor_with_progress(course["first"])
    issue_card(learner, "4821")
    Session.objects.create(session_key="x" * 32, session_data="", expire_date=timezone.now() - timedelta(days=1))
    Session.objects.filter(session_key=browser.cookies["sessionid"].value).update(
        expire_date=timezone.now() - timedelta(seconds=1)
    )

    purge()

    assert not Session.objects.exists()
    assert not LearnerSession.objects.exists()
    assert Learner.objects.filter(pk=learner.pk).exists()


def test_the_privacy_page_states_the_retention_period_in_every_language():
    """The demo's privacy page says how long data is kept (the setting's value, written in by load_demo: see
    tests/demo/test_privacy_page.py); every one of its strings is translated."""
    import tomllib

    import polib

    from demo.loader import CONTENT, LOCALE

    with open(CONTENT / "site.toml", "rb") as handle:
        page = next(page for page in tomllib.load(handle)["info_pages"] if page["slug"] == "confidentialite")
    texts = [page["title"], page["intro"]] + [
        block["value"].removeprefix("<p>").removesuffix("</p>") for block in page["body"]
    ]
    assert any("{retention_days} jours" in text for text in texts)
    assert any("PIN" in text for text in texts) and any("session" in text for text in texts)
    for language in ["en", "ar", "prs", "ps", "ti", "uk", "ru"]:
        translated = {entry.msgid: entry.msgstr for entry in polib.pofile(str(LOCALE / language / "site.po"))}
        missing = [text for text in texts if not translated.get(text)]
        assert not missing, (language, missing)
        assert any("{retention_days}" in translated[text] for text in texts), language
