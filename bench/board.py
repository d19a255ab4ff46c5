"""The live board's JSON refresh for a class of 30 learners × 8 modules, beside the home page, in one run.

    .venv/bin/python bench/board.py [--learners 30] [--modules 8] [--repeat 60]

A throw-away demo site (SQLite, as `make run` serves it, through gunicorn on 127.0.0.1) gets N synthetic
modules if the demo has fewer than --modules, a trainer (a fresh Formateurs member), and a class of
--learners learners, each with progress and two quiz attempts (one failed) in each of the modules. The
trainer signs in through the admin's login form, then the board's JSON (`/admin/groupes/<id>/tableau/
donnees/`, what the page polls every 5 s) and the French home page are fetched in turn, `--repeat` times
each: median and p95 of each, and the ratio of the medians. (That its number of queries does not grow with
the class is asserted in tests/classes/test_board.py.)
"""

import argparse
import http.cookiejar
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

from common import ROOT, demo_env, gunicorn, prepare

USERNAME, PASSWORD = "formatrice-bench", "mot-de-passe-bench-42"


def populate(env, learners, modules):
    """Make the trainer and the class in the benchmark's database; returns the class's id."""
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    import uuid

    from django.contrib.auth.models import Group, Permission
    from django.utils import timezone

    from classes.models import Assignment, LearnerGroup
    from classes.roles import grant_groups
    from courses.models import ModulePage
    from learners.models import ModuleProgress, QuizAttempt
    from tests.factories import add_learners
    from tests.utils import group_member

    french = ModulePage.objects.filter(locale__language_code="fr").order_by("path")
    if french.count() < modules:
        subprocess.run(
            [sys.executable, "manage.py", "generate_content", "--modules", str(modules)],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    pages = list(french[:modules])
    grant_groups(Group, Permission)
    user = group_member("Formateurs", USERNAME, PASSWORD)
    group = LearnerGroup.objects.create(name="Banc d'essai", created_by=user)
    for index, page in enumerate(pages[:5]):
        Assignment.objects.create(group=group, page=page, sort_order=index)
    people = add_learners(group, learners, prefix="BANC-ESSAI", name="Apprenant {n}")
    now = timezone.now()
    rows, attempts = [], []
    for n, learner in enumerate(people):
        for m, page in enumerate(pages):
            ids = [block["id"] for block in page.steps.raw_data]
            seen = ids[: 1 + (n + m) % len(ids)]
            rows.append(
                ModuleProgress(
                    learner=learner,
                    module_key=page.translation_key,
                    steps_seen=seen,
                    steps_total=len(ids),
                    last_step=seen[-1],
                    best_score=50,
                    attempts=2,
                    updated_at=now,
                )
            )
            questions = [block["id"] for block in page.quiz.raw_data] or ["q"]
            for right in (False, True):
                result = {"questions": [{"id": q, "correct": right, "answer": None} for q in questions]}
                attempts.append(
                    QuizAttempt(
                        id=uuid.uuid4(),
                        learner=learner,
                        module_key=page.translation_key,
                        answers={},
                        result=result,
                        score=100 if right else 0,
                        passed=right,
                        submitted_at=now,
                    )
                )
    ModuleProgress.objects.bulk_create(rows)
    QuizAttempt.objects.bulk_create(attempts)
    return group.pk, len(pages)


def sign_in(base):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with opener.open(f"{base}/admin/login/") as response:
        response.read()
    token = next(cookie.value for cookie in jar if cookie.name == "csrftoken")
    data = urllib.parse.urlencode({"username": USERNAME, "password": PASSWORD, "csrfmiddlewaretoken": token})
    request = urllib.request.Request(f"{base}/admin/login/", data=data.encode(), headers={"Referer": f"{base}/admin/"})
    with opener.open(request) as response:
        response.read()
    assert any(cookie.name == "sessionid" for cookie in jar), "the trainer could not sign in"
    return opener


def timed(opener, url):
    started = time.perf_counter()
    with opener.open(url) as response:
        body = response.read()
        assert response.status == 200, response.status
    return (time.perf_counter() - started) * 1000, body


def summary(values):
    ordered = sorted(values)
    return statistics.median(values), ordered[max(0, int(len(ordered) * 0.95) - 1)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=30)
    parser.add_argument("--modules", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = demo_env(tmp)
        print("preparing the demo site (migrate, load_demo, collectstatic)…", file=sys.stderr, flush=True)
        prepare(env)
        group_id, modules = populate(env, args.learners, args.modules)
        print("timing…", file=sys.stderr, flush=True)
        with gunicorn(env) as base:
            opener = sign_in(base)
            board_url = f"{base}/admin/groupes/{group_id}/tableau/donnees/"
            home_url = f"{base}/fr/"
            _ms, body = timed(opener, board_url)
            data = json.loads(body)
            assert len(data["learners"]) == args.learners and len(data["modules"]) == modules, data["modules"]
            timed(opener, home_url)
            board, home = [], []
            for _ in range(args.repeat):
                board.append(timed(opener, board_url)[0])
                home.append(timed(opener, home_url)[0])
    board_median, board_p95 = summary(board)
    home_median, home_p95 = summary(home)
    print(f"class of {args.learners} learners × {modules} modules, {args.repeat} requests each, SQLite, gunicorn")
    print(f"board JSON refresh: median {board_median:6.1f} ms, p95 {board_p95:6.1f} ms, {len(body)} bytes")
    print(f"home page /fr/:     median {home_median:6.1f} ms, p95 {home_p95:6.1f} ms")
    print(f"ratio board / home (medians): {board_median / home_median:.2f}")


if __name__ == "__main__":
    main()
