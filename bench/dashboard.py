"""The translation dashboard with a little and a lot of content, on the database DATABASE_URL points at.

    DATABASE_URL=sqlite:////tmp/dash.sqlite3 .venv/bin/python bench/dashboard.py --prepare --modules 200

--prepare migrates, loads the demo and adds N synthetic modules translated into every language
(`generate_content`); without it the database is used as it is. Then, for each language, the dashboard's
data (workspace.dashboard.language_states) and the whole admin page are timed `--repeat` times: median and
p95. (That the number of queries does not grow with the number of modules is asserted in the tests.)
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prepare", action="store_true")
    parser.add_argument("--modules", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    os.environ.setdefault("DJANGO_DEBUG", "0")
    python = sys.executable
    if args.prepare:
        for command in (["migrate", "--noinput", "-v0"], ["load_demo"]):
            subprocess.run([python, "manage.py", *command], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        if args.modules:
            subprocess.run(
                [python, "manage.py", "generate_content", "--modules", str(args.modules), "--localize"],
                cwd=ROOT,
                check=True,
            )

    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client

    from courses.models import ModulePage
    from workspace import dashboard

    settings.ALLOWED_HOSTS = ["*"]
    admin = get_user_model().objects.filter(is_superuser=True).first()
    client = Client()
    client.force_login(admin)
    modules = ModulePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).count()
    pages = ModulePage.objects.count()
    print(f"{modules} French modules, {pages} module pages in all, {connection.vendor}")
    everything = []
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        data, page = [], []
        for _ in range(args.repeat):
            started = time.perf_counter()
            states = dashboard.language_states(code)
            data.append((time.perf_counter() - started) * 1000)
            assert len(states) == modules
            started = time.perf_counter()
            response = client.get(f"/admin/traductions/?lang={code}")
            page.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200
        everything += page
        print(
            f"{code:4} data: median {statistics.median(data):6.1f} ms   "
            f"page: median {statistics.median(page):6.1f} ms, p95 {sorted(page)[int(len(page) * 0.95) - 1]:6.1f} ms"
        )
    print(f"all languages, whole page: median {statistics.median(everything):.1f} ms")


if __name__ == "__main__":
    main()
