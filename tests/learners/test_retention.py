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
