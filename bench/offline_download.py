"""Bytes of « Télécharger ce parcours » for each demo learning path, per language (default: ar and ti).

Serves the demo exactly as `make run` does (gunicorn + whitenoise) from a throw-away SQLite database, asks
/api/offline/paths/<key>?language=<code> what the download holds (pages, pictures, audio of that language,
scripts and styles), then fetches every file as the phone does and adds up the bytes on the wire (gzip
where the server compresses) and the bytes stored in the phone.

    .venv/bin/python bench/offline_download.py [ar ti ...]
"""

import gzip
import json
import subprocess
import sys
import tempfile
import urllib.request

from common import ROOT, demo_env, gunicorn, prepare

KEYS = (
    "from courses.models import LearningPathPage\n"
    "for p in LearningPathPage.objects.live().filter(locale__language_code='fr'):\n"
    "    print('PATH', p.translation_key, p.slug)"
)


def fetch(url, gzip_ok=True):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (our own local server)
        body = response.read()
        wire = len(body)
        if response.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        return body, wire


def main(codes):
    with tempfile.TemporaryDirectory() as tmp:
        env = demo_env(tmp)
        prepare(env)
        listing = subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", KEYS], cwd=ROOT, env=env, check=True, capture_output=True
        )
        paths = [line.split()[1:3] for line in listing.stdout.decode().splitlines() if line.startswith("PATH ")]
        with gunicorn(env) as url:
            print(f"{'path':<28}{'lang':<6}{'files':>6}{'stored':>10}{'wire':>10}  stored bytes by kind")
            for key, slug in paths:
                for code in codes:
                    body, _wire = fetch(f"{url}/api/offline/paths/{key}?language={code}", gzip_ok=False)
                    data = json.loads(body)
                    wire = sum(fetch(url + item["url"])[1] for item in data["files"])
                    kinds = ", ".join(f"{kind} {size}" for kind, size in sorted(data["by_kind"].items()))
                    print(f"{slug[:27]:<28}{code:<6}{len(data['files']):>6}{data['bytes']:>10}{wire:>10}  {kinds}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["ar", "ti"]))
