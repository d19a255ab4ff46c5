"""Many requests at once lose nothing and store nothing twice (run on SQLite and on PostgreSQL in CI).

Real threads, each with its own database connection, against the real views and services.
"""

import json
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore
from django.db import connection, connections
from django.test import Client

from learners.models import Learner, ModuleProgress, ProgressEvent, QuizAttempt
from tests.learners.conftest import right_answers

pytestmark = pytest.mark.django_db(transaction=True)


def client_for(learner):
    session = SessionStore()
    session["learner"] = learner.pk
    session.create()
    client = Client()
    client.cookies[settings.SESSION_COOKIE_NAME] = session.session_key
    return client


def run_together(count, work):
    """Start `count` calls of work(i) at the same moment; return their results."""
    barrier = threading.Barrier(count)

    def task(index):
        try:
            barrier.wait()
            return work(index)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(task, range(count)))


def post_json(client, url, data):
    response = client.post(url, json.dumps(data), content_type="application/json")
    return response.status_code, response.content


@pytest.mark.skipif(connection.vendor != "postgresql", reason="50 concurrent writers: PostgreSQL (production)")
def test_fifty_concurrent_copies_of_one_attempt_store_it_once_and_answer_alike(course):
    learner = Learner.objects.create()
    module = course["first"]
    payload = {"attempt": str(uuid.uuid4()), "answers": right_answers(module)}
    url = f"/api/quiz/{module.translation_key}/attempts"
    results = run_together(50, lambda i: post_json(client_for(learner), url, payload))
    assert {status for status, _body in results} == {200}
    assert len({body for _status, body in results}) == 1
    assert QuizAttempt.objects.count() == 1
    assert ModuleProgress.objects.get().attempts == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="50 concurrent writers: PostgreSQL (production)")
def test_fifty_concurrent_progress_posts_for_one_learner_lose_no_event(course):
    learner = Learner.objects.create()
    module = course["first"]
    steps = [block.id for block in module.steps]

    def post_one(index):
        event = {
            "id": str(uuid.uuid4()),
            "kind": "step_seen",
            "module": str(module.translation_key),
            "step": steps[index % 3],
        }
        return post_json(client_for(learner), "/api/progress", {"events": [event]})

    results = run_together(50, post_one)
    assert [status for status, _body in results] == [200] * 50
    assert ProgressEvent.objects.filter(learner=learner).count() == 50
    assert sorted(ModuleProgress.objects.get(learner=learner).steps_seen) == sorted(steps)


def test_ten_concurrent_writers_never_hit_database_is_locked(course):
    """On SQLite (the embedded default) writers queue behind each other instead of failing."""
    module = course["first"]
    learners = [Learner.objects.create() for _ in range(10)]
    url = f"/api/quiz/{module.translation_key}/attempts"

    def write(index):
        client = client_for(learners[index])
        event = {
            "id": str(uuid.uuid4()),
            "kind": "step_seen",
            "module": str(module.translation_key),
            "step": module.steps[0].id,
        }
        first = post_json(client, "/api/progress", {"events": [event]})
        second = post_json(client, url, {"attempt": str(uuid.uuid4()), "answers": right_answers(module)})
        return first[0], second[0]

    results = run_together(10, write)
    assert results == [(200, 200)] * 10
    assert ProgressEvent.objects.count() == 10 and QuizAttempt.objects.count() == 10
