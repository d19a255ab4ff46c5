"""Two app servers sharing one PostgreSQL database, one Redis and one object storage: does one learner's session
work across both, and is any write lost?

Starts a local S3 server (moto, as in the tests) and two gunicorn instances on two ports, both with the
production storage settings (core/object_storage.py), a fresh PostgreSQL database and Redis. One learner's
requests then go alternately to each server (one cookie jar: cookies do not depend on the port): get a card,
read "me", send progress events (first one after the other, then from 8 threads at once), replay a batch,
submit quiz attempts, and read the progress back. A picture rendered by one server is fetched from the other.
At the end the rows are counted in the database.

    DATABASE_ADMIN_URL=postgres://postgres@127.0.0.1:5432/postgres REDIS_URL=redis://127.0.0.1:6379/14 \
        .venv/bin/python bench/two_servers.py
"""

import http.cookiejar
import itertools
import json
import logging
import os
import re
import statistics
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg  # noqa: E402

from bench.common import free_port, gunicorn, prepare  # noqa: E402

ADMIN_URL = os.environ.get("DATABASE_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/14")
BUCKET = "numerikair-bench"
BATCHES, THREADED_BATCHES, ATTEMPTS = 20, 40, 10


class Learner:
    """One browser: one cookie jar, requests sent to the servers in turn."""

    def __init__(self, servers):
        self.servers = servers
        self.turn = 0
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.lock = threading.Lock()
        self.timings = {}  # kind -> [seconds]
        self.served = [0] * len(servers)

    def csrf(self):
        return next(cookie.value for cookie in self.jar if cookie.name == "csrftoken")

    def request(self, kind, path, payload=None, server=None):
        with self.lock:
            if server is None:
                server, self.turn = self.turn, (self.turn + 1) % len(self.servers)
            self.served[server] += 1
        headers = {"Accept-Language": "fr"}
        data = None
        if payload is not None:
            data = json.dumps(payload).encode()
            headers |= {"Content-Type": "application/json", "X-CSRFToken": self.csrf()}
            headers["Referer"] = self.servers[server] + "/"
        request = urllib.request.Request(self.servers[server] + path, data=data, headers=headers)
        start = time.perf_counter()
        try:
            with self.opener.open(request, timeout=30) as response:
                status, body = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, body = error.code, error.read()
        with self.lock:
            self.timings.setdefault(kind, []).append(time.perf_counter() - start)
        return status, body


def _fresh_database():
    name = f"bench_two_servers_{os.getpid()}"
    with psycopg.connect(ADMIN_URL, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    parts = urlsplit(ADMIN_URL)
    return name, urlunsplit(parts._replace(path=f"/{name}"))


def _drop_database(name):
    with psycopg.connect(ADMIN_URL, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _s3_server(stack, env):
    import boto3
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one line per S3 request otherwise
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    stack.callback(server.stop)
    credentials = {
        "AWS_ACCESS_KEY_ID": "bench",
        "AWS_SECRET_ACCESS_KEY": "bench",
        "AWS_DEFAULT_REGION": "us-east-1",
        "NO_PROXY": "127.0.0.1,localhost",
    }
    os.environ.update(credentials)
    endpoint = f"http://127.0.0.1:{port}"
    boto3.client("s3", endpoint_url=endpoint).create_bucket(Bucket=BUCKET)
    env |= credentials | {
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": endpoint,
        "AWS_S3_ADDRESSING_STYLE": "path",
    }
    return endpoint


def _quiz_module(env):
    """A live module with steps and a quiz (read from the database the servers share), and right answers."""
    os.environ.update(env)
    import django

    django.setup()
    from courses.models import ModulePage
    from quiz.grading import model_answers

    for module in ModulePage.objects.live().filter(locale__language_code="fr").order_by("path"):
        if module.quiz and len(module.steps) >= 2:
            return str(module.translation_key), [block.id for block in module.steps], model_answers(module.quiz)
    raise RuntimeError("the demo has no module with steps and a quiz")


def _counts(learner_code):
    from learners.models import Learner as LearnerRow
    from learners.models import ModuleProgress, ProgressEvent, QuizAttempt

    learners = LearnerRow.objects.filter(cards__code=learner_code) if learner_code else LearnerRow.objects.all()
    return {
        "learners": LearnerRow.objects.count(),
        "card holder found": learners.count(),
        "progress events": ProgressEvent.objects.count(),
        "quiz attempts": QuizAttempt.objects.count(),
        "attempts in the summary": sum(ModuleProgress.objects.values_list("attempts", flat=True)),
    }


def main():
    with ExitStack() as stack:
        tmp = stack.enter_context(tempfile.TemporaryDirectory())
        name, database_url = _fresh_database()
        stack.callback(_drop_database, name)
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "DJANGO_DEBUG": "0",
            "DATABASE_URL": database_url,
            "REDIS_URL": REDIS_URL,
            "MEDIA_ROOT": f"{tmp}/media-unused",  # uploads go to the bucket, not to either server's disk
        }
        endpoint = _s3_server(stack, env)
        started = time.perf_counter()
        prepare(env)
        print(
            f"fresh database {name}, demo loaded, media in bucket {BUCKET} at {endpoint} "
            f"({time.perf_counter() - started:.0f} s)"
        )
        servers = [stack.enter_context(gunicorn(env)) for _ in range(2)]
        print(f"servers: {servers[0]} and {servers[1]}, Redis {REDIS_URL}")
        module, steps, answers = _quiz_module(env)
        learner = Learner(servers)
        checks = []

        def check(what, ok):
            checks.append((what, ok))
            print(f"  [{'ok' if ok else 'FAILED'}] {what}")

        status, _body = learner.request("page", "/fr/learner/", server=0)
        check("server A gives the page and the CSRF cookie", status == 200 and learner.csrf())
        status, body = learner.request("card", "/api/learner/card", {"pin": "4821", "display_name": "Amina"}, server=1)
        code = json.loads(body).get("code") if status == 201 else None
        check(f"server B gives the card ({status})", code is not None)
        status, body = learner.request("me", "/api/learner/me", server=0)
        check("server A knows the learner B created", status == 200 and json.loads(body)["card"] == code)

        step_turn = itertools.count()  # every step of the module in turn, across batches and threads

        def events(count):
            return [
                {
                    "id": str(uuid.uuid4()),
                    "kind": "step_seen",
                    "module": module,
                    "step": steps[next(step_turn) % len(steps)],
                }
                for _ in range(count)
            ]

        sent, stored = 0, 0
        replay = None
        for _ in range(BATCHES):
            batch = events(3)
            replay = batch
            status, body = learner.request("progress", "/api/progress", {"events": batch})
            sent += len(batch)
            stored += json.loads(body)["stored"] if status == 200 else 0
        with ThreadPoolExecutor(8) as pool:
            results = list(
                pool.map(
                    lambda batch: learner.request("progress", "/api/progress", {"events": batch}),
                    [events(2) for _ in range(THREADED_BATCHES)],
                )
            )
        sent += 2 * THREADED_BATCHES
        stored += sum(json.loads(body)["stored"] for status, body in results if status == 200)
        check(
            f"every progress event stored once ({stored} of {sent}, 8 threads for {THREADED_BATCHES} batches)",
            stored == sent,
        )
        status, body = learner.request("progress", "/api/progress", {"events": replay}, server=0)
        check("a batch replayed on the other server stores nothing", status == 200 and json.loads(body)["stored"] == 0)

        attempt_ids = [str(uuid.uuid4()) for _ in range(ATTEMPTS)]
        scores = []
        for attempt in attempt_ids:
            status, body = learner.request(
                "attempt", f"/api/quiz/{module}/attempts", {"attempt": attempt, "answers": answers}
            )
            scores.append(json.loads(body).get("score") if status == 200 else status)
        status, body = learner.request(
            "attempt", f"/api/quiz/{module}/attempts", {"attempt": attempt_ids[0], "answers": {}}, server=1
        )
        check(
            f"quiz attempts graded on both servers (scores {sorted(set(map(str, scores)))}), a replay kept once",
            all(isinstance(score, int) for score in scores) and status == 200,
        )

        mine = []
        for server in (0, 1):
            status, body = learner.request("me", "/api/learner/me", server=server)
            mine.append(next(m for m in json.loads(body)["modules"] if m["module"] == module))
        check(
            f"both servers read the same progress ({mine[0]['steps_seen']} steps, {mine[0]['attempts']} attempts)",
            mine[0] == mine[1] and mine[0]["attempts"] == ATTEMPTS and mine[0]["steps_seen"] == len(set(steps)),
        )

        status, body = learner.request("page", "/fr/", server=0)
        pictures = sorted(set(re.findall(r'src="(/media/[^"]+)"', body.decode())))
        fetched = [learner.request("media", picture, server=1)[0] for picture in pictures[:10]]
        check(
            f"pictures rendered by A ({len(pictures)}) served by B from the bucket",
            bool(pictures) and set(fetched) == {200},
        )

        counts = _counts(code)
        check(
            f"rows in the database: {counts}",
            counts["card holder found"] == 1
            and counts["progress events"] == sent
            and counts["quiz attempts"] == ATTEMPTS
            and counts["attempts in the summary"] == ATTEMPTS,
        )

        print(f"requests: {learner.served[0]} to A, {learner.served[1]} to B")
        for kind, seconds in sorted(learner.timings.items()):
            print(
                f"  {kind:9} n={len(seconds):3}  median {statistics.median(seconds) * 1000:6.1f} ms  "
                f"max {max(seconds) * 1000:6.1f} ms"
            )
        failed = [what for what, ok in checks if not ok]
        print("RESULT: " + ("every check passed" if not failed else f"{len(failed)} check(s) FAILED"))
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
