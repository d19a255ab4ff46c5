"""The class report (Admin › Rapports › groupe) of a class of 500 learners with progress, beside the home page.

    .venv/bin/python bench/class_report.py [--learners 500] [--repeat 15] [--database /tmp/x.sqlite3]

Builds a throw-away SQLite database (migrate + load_demo, DJANGO_DEBUG=0; --database reuses one built before),
adds a class of N learners with
cards, each with progress in 6 demo modules (about 18 progress events), 2 quiz attempts, a diagnostic and, for one
in three, an attestation. Then, in one process and interleaved, renders `--repeat` times the class report (as
its trainer, a fresh Formateurs member, first page of 50 rows with its chart) and its CSV export (all rows),
and the French home page (anonymous). Prints the median of each and the ratio report / home page, and the
number of queries of each (that the report's does not grow with the class is asserted in tests/reports).
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def populate(learner_count):
    from django.utils import timezone

    from classes.models import LearnerGroup
    from courses.models import ModulePage
    from diagnostic.models import DiagnosticResult
    from learners.models import Attestation, ModuleProgress, ProgressEvent, QuizAttempt
    from tests.factories import add_learners
    from tests.utils import group_member

    existing = LearnerGroup.objects.filter(name="Banc d'essai").select_related("created_by").first()
    if existing:  # --database given again: the class is there already
        print(f"{existing.memberships.count()} learners already in the database")
        return existing.created_by, existing
    trainer = group_member("Formateurs", "bench-formatrice", "x")
    group = LearnerGroup.objects.create(name="Banc d'essai", created_by=trainer)
    modules = list(ModulePage.objects.filter(locale__language_code="fr").live()[:6])
    learners = add_learners(group, learner_count, languages=("ar", "prs", "ps", "ti", "uk", "ru"), prefix="BANC")
    now = timezone.now()
    progress, events, attempts, attestations, diagnostics = [], [], [], [], []
    for index, learner in enumerate(learners):
        start = now - timedelta(days=index % 30, hours=2)
        for number, module in enumerate(modules):
            done = (index + number) % 3 != 0
            progress.append(
                ModuleProgress(
                    learner=learner,
                    module_key=module.translation_key,
                    steps_seen=["a", "b", "c"],
                    steps_total=3,
                    best_score=60 + (index + number) % 40,
                    attempts=1 + number % 2,
                    completed_at=start if done else None,
                )
            )
            for step in range(3):
                events.append(
                    ProgressEvent(
                        id=uuid.uuid4(),
                        learner=learner,
                        kind=ProgressEvent.STEP_SEEN,
                        module_key=module.translation_key,
                        step=str(step),
                        occurred_at=start + timedelta(minutes=10 * number + 3 * step),
                    )
                )
        for module in modules[:2]:
            attempts.append(
                QuizAttempt(
                    id=uuid.uuid4(),
                    learner=learner,
                    module_key=module.translation_key,
                    language=learner.language,
                    answers={},
                    result={"score": 80, "passed": True, "questions": []},
                    score=80,
                    passed=True,
                )
            )
        if index % 3 == 0:
            attestations.append(
                Attestation(
                    learner=learner,
                    path_key=uuid.uuid4(),
                    code=f"B{index:07d}",
                    holder=f"BANC-{index:04d}",
                    path_title="Premiers pas",
                    modules=[],
                )
            )
        diagnostics.append(
            DiagnosticResult(learner=learner, run=uuid.uuid4(), level=1 + index % 5, competences={"1.1": 1, "2.1": 0})
        )
    for model, rows in (
        (ModuleProgress, progress),
        (ProgressEvent, events),
        (QuizAttempt, attempts),
        (Attestation, attestations),
        (DiagnosticResult, diagnostics),
    ):
        model.objects.bulk_create(rows, batch_size=2000)
    print(f"{learner_count} learners, {len(modules)} modules each, {len(events)} progress events")
    return trainer, group


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--database", help="a SQLite file: built the first time, reused afterwards")
    args = parser.parse_args()
    database = Path(args.database or Path(tempfile.mkdtemp(prefix="bench-class-report-")) / "bench.sqlite3")
    os.environ.update(
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        DJANGO_DEBUG="0",
        DATABASE_URL=f"sqlite:///{database}",
        MEDIA_ROOT=str(database.parent / "media"),
    )
    if not database.exists():
        for command in (["migrate", "--noinput", "-v0"], ["load_demo"]):
            subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)

    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    settings.ALLOWED_HOSTS = ["*"]
    # Static URLs without the manifest of collectstatic (the same template work, no build step needed).
    static = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    override_settings(STORAGES={**settings.STORAGES, "staticfiles": static}).enable()
    trainer, group = populate(args.learners)
    staff, visitor = Client(), Client()
    staff.force_login(trainer)
    urls = {
        "class report (page 1 of 50 rows + chart)": (staff, f"/admin/rapports/groupes/{group.pk}/"),
        f"class report CSV ({args.learners} rows)": (staff, f"/admin/rapports/groupes/{group.pk}/?export=csv"),
        "home page /fr/": (visitor, "/fr/"),
    }
    timings = {label: [] for label in urls}
    queries = {}
    for label, (client, url) in urls.items():  # warm up, and count queries
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
            if response.streaming:
                b"".join(response.streaming_content)
        assert response.status_code == 200, (url, response.status_code)
        queries[label] = len(captured)
    for _round in range(args.repeat):
        for label, (client, url) in urls.items():
            started = time.perf_counter()
            response = client.get(url)
            if response.streaming:
                b"".join(response.streaming_content)
            timings[label].append((time.perf_counter() - started) * 1000)
    home = statistics.median(timings["home page /fr/"])
    print(f"{connection.vendor}, {args.repeat} renders each, interleaved")
    for label, values in timings.items():
        median = statistics.median(values)
        print(f"{label:42} median {median:7.1f} ms  ×{median / home:5.1f} home page  {queries[label]:3} queries")


if __name__ == "__main__":
    main()
