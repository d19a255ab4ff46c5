"""Learners for locust: browse lessons, post progress and answer quizzes like the site's own script does,
resending a write that failed with the same client id (as lesson.js keeps unsent events) until it is stored.

Run by bench/pg_restart.py, which passes the demo's content in NK_BENCH_CONTENT and reads the summary this
file writes to NK_BENCH_OUT when the test stops: every request (time, kind, status, latency) and the ids of
the writes the server acknowledged, so that the runner can count those missing from the database.
"""

import json
import os
import random
import time
import uuid

import gevent
from locust import HttpUser, between, events, task

CONTENT = json.loads(os.environ.get("NK_BENCH_CONTENT", "{}"))
RETRIES = int(os.environ.get("NK_BENCH_RETRIES", "60"))  # one a second: a minute of outage at most
REQUESTS = []  # (seconds since the epoch, kind, status, milliseconds)
ACKNOWLEDGED = {"events": [], "attempts": []}
GAVE_UP = {"events": [], "attempts": []}
RETRIED = {"count": 0}


def failed(status):
    """What a client resends: no answer, or a server error (5xx, 503 included). 4xx would not change."""
    return status == 0 or status >= 500


class Learner(HttpUser):
    """A learner on a phone: reads lessons, marks steps seen, answers the quiz now and then."""

    wait_time = between(1, 3)

    def on_start(self):
        self.module = random.choice(CONTENT["modules"])  # noqa: S311
        self.token = ""
        self.ensure_token()

    def ensure_token(self):
        """The CSRF cookie comes with a page: open one again until it is there (the first may have failed)."""
        for _attempt in range(RETRIES):
            if self.token:
                return
            self.get(self.module["urls"]["fr"], "page")
            self.token = self.client.cookies.get("csrftoken", "")
            if not self.token:
                gevent.sleep(1)

    def get(self, url, kind):
        started = time.time()
        with self.client.get(url, name=kind, catch_response=True) as response:
            status = response.status_code or 0
            if status >= 400 or status == 0:
                response.failure(f"status {status}")
        REQUESTS.append((started, kind, status, (time.time() - started) * 1000))
        return status

    def write(self, path, payload, kind, key, ident):
        """POST until the server answers something other than a failure; the same client id every time."""
        self.ensure_token()
        for attempt in range(RETRIES):
            started = time.time()
            with self.client.post(
                path,
                json=payload,
                name=kind,
                headers={"X-CSRFToken": self.token, "Referer": self.host + self.module["urls"]["fr"]},
                catch_response=True,
            ) as response:
                status = response.status_code or 0
                if status != 200:
                    response.failure(f"status {status}")
            REQUESTS.append((started, kind, status, (time.time() - started) * 1000))
            if status == 200:
                ACKNOWLEDGED[key].append(ident)
                return
            if not failed(status):
                break  # refused for good (4xx): not a fault of the server
            if attempt:
                RETRIED["count"] += 1
            gevent.sleep(1)
        GAVE_UP[key].append(ident)

    @task(4)
    def browse(self):
        language = random.choice(list(self.module["urls"]))  # noqa: S311
        self.get(random.choice([self.module["urls"][language], f"/{language}/"]), "page")  # noqa: S311

    @task(3)
    def progress(self):
        ident = str(uuid.uuid4())
        event = {"id": ident, "kind": "step_seen", "module": self.module["key"]}
        event["step"] = random.choice(self.module["steps"])  # noqa: S311
        self.write("/api/progress", {"events": [event]}, "progress", "events", ident)

    @task(1)
    def quiz(self):
        ident = str(uuid.uuid4())
        payload = {"attempt": ident, "answers": self.module["answers"]}
        self.write(f"/api/quiz/{self.module['key']}/attempts", payload, "quiz", "attempts", ident)


@events.test_stop.add_listener
def write_summary(environment, **kwargs):
    path = os.environ.get("NK_BENCH_OUT")
    if path:
        with open(path, "w") as handle:
            json.dump(
                {"requests": REQUESTS, "acknowledged": ACKNOWLEDGED, "gave_up": GAVE_UP, "retries": RETRIED["count"]},
                handle,
            )
