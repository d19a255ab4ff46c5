"""Search time with a little and a lot of content, on the database DATABASE_URL points at.

    DATABASE_URL=sqlite:////tmp/search-1000.sqlite3 .venv/bin/python bench/search.py --prepare --modules 1000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/search_1000 \
        .venv/bin/python bench/search.py --prepare --modules 1000

--prepare migrates, loads the demo and adds N synthetic modules translated into every language
(`generate_content`); without it the database is used as it is. Then each query is sent through Django's
test client (the whole view: analysis, index lookups, result pages, template) `--repeat` times per language;
the script prints the median and p95 per query and overall.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = {
    "fr": [
        "ordinateur",
        "ecran",
        "mot de passe",
        "clavier souris",
        "courrier",
        "synthétique",
        "franceconnect",
        "ordina",
    ],
    "ar": ["حاسوب", "الشاشة", "كلمة المرور", "ordinateur"],
    "prs": ["کمپیوتر", "ایمیل"],
    "ru": ["компьютер", "пароль"],
    "ti": ["ኮምፒዩተር"],
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prepare", action="store_true")
    parser.add_argument("--modules", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    os.environ.setdefault("DJANGO_DEBUG", "0")
    python = sys.executable
    subprocess.run([python, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, check=True)
    if args.prepare:
        for command in (["migrate", "--noinput", "-v0"], ["load_demo"]):
            subprocess.run([python, "manage.py", *command], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        if args.modules:
            subprocess.run(
                [python, "manage.py", "generate_content", "--modules", str(args.modules)], cwd=ROOT, check=True
            )

    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client

    from courses.models import ModulePage
    from search.models import SearchDocument, SearchTerm

    settings.ALLOWED_HOSTS = ["*"]
    client = Client()
    modules = ModulePage.objects.filter(locale__language_code="fr").count()
    print(
        f"{connection.vendor}: {modules} French modules, {ModulePage.objects.count()} module pages in all languages, "
        f"{SearchDocument.objects.count()} indexed documents, {SearchTerm.objects.count()} terms"
    )
    every = []
    for language, queries in QUERIES.items():
        for query in queries:
            durations = []
            for _ in range(args.repeat):
                cache.clear()  # the rate limit must not kick in
                started = time.perf_counter()
                response = client.get(f"/{language}/search/", {"q": query}, REMOTE_ADDR="127.0.0.1")
                durations.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, response.status_code
            durations.sort()
            every += durations
            results = response.content.decode().count('class="search-result"')
            print(
                f"  /{language}/search/?q={query:<16} median {statistics.median(durations):6.1f} ms   "
                f"p95 {durations[int(len(durations) * 0.95) - 1]:6.1f} ms   {results} results"
            )
    every.sort()
    print(f"all queries: median {statistics.median(every):.1f} ms, p95 {every[int(len(every) * 0.95) - 1]:.1f} ms")


if __name__ == "__main__":
    main()
