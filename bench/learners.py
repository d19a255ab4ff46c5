"""50 learners at once against gunicorn on 127.0.0.1: progress posts and quiz submissions.

Each simulated learner opens a demo module (to get its CSRF token and session), then, all together,
posts `--rounds` progress events and `--rounds` quiz attempts through the JSON API, like the site's own
script does. Reported: p50/p95 latency per kind of request, errors, and lost writes (events and attempts
that answered 200 but are not in the database; must be 0). Then the same for the API replaying every
request (idempotence under load: nothing new may be stored).

    .venv/bin/python bench/learners.py [--learners 50] [--rounds 10] [--postgres]

--postgres runs against a throw-away PostgreSQL database on 127.0.0.1 (user postgres) and Redis db 14;
the default is the embedded SQLite file, as `make run` serves it.
"""

import argparse
import http.cookiejar
import ipaddress
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

from common import ROOT, demo_env, gunicorn, prepare

MODULE = "/fr/ordinateur/allumer-se-connecter-eteindre/"


class Learner:
    """One browser: its own cookies, CSRF token and timings."""

    def __init__(self, base, number=0):
        self.base = base
        # Each phone has its own address, as behind the site's TLS proxy (TRUSTED_PROXIES, below): the limits
        # count per client (RFC 2544's benchmarking range).
        self.address = str(ipaddress.ip_address("198.18.0.1") + number)
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.token = None

    def open_module(self):
        with self.opener.open(self.base + MODULE) as response:
            response.read()
        self.token = next(cookie.value for cookie in self.jar if cookie.name == "csrftoken")

    def post(self, path, payload):
        request = urllib.request.Request(
            self.base + path,
            data=json.dumps(payload).encode(),
            headers={
                "Content-Type": "application/json",
                "X-CSRFToken": self.token,
                "Referer": self.base + MODULE,
                "X-Forwarded-For": self.address,
            },
            method="POST",
        )
        started = time.perf_counter()
        try:
            with self.opener.open(request, timeout=60) as response:
                body = response.read()
                status = response.status
        except urllib.error.HTTPError as error:
            body, status = error.read(), error.code
        except OSError as error:
            body, status = str(error).encode(), 0
        return status, body, (time.perf_counter() - started) * 1000


def content(env):
    """The module's key, step ids and right answers, read with Django from the benchmark's database."""
    script = (
        "import json; from courses.models import ModulePage; from quiz.grading import model_answers;"
        "m = ModulePage.objects.get(slug='allumer-se-connecter-eteindre', locale__language_code='fr');"
        "print(json.dumps({'key': str(m.translation_key), 'steps': [b.id for b in m.steps],"
        " 'answers': model_answers(m.quiz)}))"
    )
    output = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script], cwd=ROOT, env=env, check=True, capture_output=True
    )
    return json.loads(output.stdout.splitlines()[-1])


def counts(env):
    script = (
        "import json; from learners.models import ProgressEvent, QuizAttempt;"
        "print(json.dumps([ProgressEvent.objects.count(), QuizAttempt.objects.count()]))"
    )
    output = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script], cwd=ROOT, env=env, check=True, capture_output=True
    )
    return json.loads(output.stdout.splitlines()[-1])


def percentile(values, share):
    values = sorted(values)
    return values[max(0, int(round(len(values) * share)) - 1)] if values else float("nan")


def run(base, env, learners, rounds):
    quiz = content(env)
    people = [Learner(base, number) for number in range(learners)]
    for person in people:
        person.open_module()
    sent = {person: [] for person in people}
    barrier = threading.Barrier(learners)

    def session(person):
        barrier.wait()
        results = []
        for round_number in range(rounds):
            event = {
                "id": str(uuid.uuid4()),
                "kind": "step_seen",
                "module": quiz["key"],
                "step": quiz["steps"][round_number % len(quiz["steps"])],
            }
            payload = {"events": [event]}
            status, _body, ms = person.post("/api/progress", payload)
            results.append(("progress", status, ms))
            sent[person].append(("/api/progress", payload))
            attempt = {"attempt": str(uuid.uuid4()), "answers": quiz["answers"]}
            path = f"/api/quiz/{quiz['key']}/attempts"
            status, _body, ms = person.post(path, attempt)
            results.append(("quiz", status, ms))
            sent[person].append((path, attempt))
        return results

    before = counts(env)
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=learners) as pool:
        results = [item for chunk in pool.map(session, people) for item in chunk]
    elapsed = time.perf_counter() - started
    after = counts(env)
    report("first send", results, elapsed)
    ok_events = sum(1 for kind, status, _ms in results if kind == "progress" and status == 200)
    ok_attempts = sum(1 for kind, status, _ms in results if kind == "quiz" and status == 200)
    lost = (ok_events - (after[0] - before[0])) + (ok_attempts - (after[1] - before[1]))
    print(f"  stored: {after[0] - before[0]} events, {after[1] - before[1]} attempts; lost writes: {lost}")

    # Replay every request at once (a flaky connection resending): nothing new may be stored.
    barrier = threading.Barrier(learners)

    def replay(person):
        barrier.wait()
        return [(path.split("/")[2], *person.post(path, payload)[::2]) for path, payload in sent[person]]

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=learners) as pool:
        replayed = [item for chunk in pool.map(replay, people) for item in chunk]
    elapsed = time.perf_counter() - started
    final = counts(env)
    report("replay", [(kind if kind == "quiz" else "progress", status, ms) for kind, status, ms in replayed], elapsed)
    print(f"  new rows on replay: {final[0] - after[0]} events, {final[1] - after[1]} attempts (must be 0)")


def report(label, results, elapsed):
    print(f"{label}: {len(results)} requests in {elapsed:.1f} s ({len(results) / elapsed:.0f} req/s)")
    for kind in ("progress", "quiz"):
        times = [ms for k, _status, ms in results if k == kind]
        errors = sum(1 for k, status, _ms in results if k == kind and status != 200)
        print(
            f"  {kind:8} p50 {statistics.median(times):7.1f} ms   p95 {percentile(times, 0.95):7.1f} ms   "
            f"errors {errors}"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--learners", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**demo_env(tmp), "TRUSTED_PROXIES": "127.0.0.1"}
        database = None
        if args.postgres:
            database = f"numerikair_bench_{os.getpid()}"
            subprocess.run(
                ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f"CREATE DATABASE {database}"], check=True
            )
            env["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{database}"
            env["REDIS_URL"] = "redis://127.0.0.1:6379/14"
        try:
            prepare(env)
            engine = "PostgreSQL + Redis" if args.postgres else "SQLite (WAL)"
            print(f"{args.learners} learners × {args.rounds} rounds, gunicorn (config/gunicorn.conf.py), {engine}")
            with gunicorn(env) as url:
                run(url, env, args.learners, args.rounds)
        finally:
            if database:
                subprocess.run(
                    ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f"DROP DATABASE IF EXISTS {database}"],
                    check=False,
                )


if __name__ == "__main__":
    main()
