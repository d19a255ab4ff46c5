"""Lighthouse mobile performance of the Arabic and Tigrinya module pages (targets: score ≥ 95, TBT < 200 ms).

Serves the demo exactly as `make run` does (gunicorn + whitenoise, DEBUG off) from a throw-away SQLite
database, then runs Lighthouse's mobile audit (its default: a mid-range phone, slow 4G and a 4× slower CPU,
simulated) N times per page and prints the median of each figure. Lighthouse is a tool of the machine, not of
the project: it is found at $LIGHTHOUSE, else /work/lh/node_modules/.bin/lighthouse, else on the PATH, and it
drives $CHROMIUM_PATH (Debian's /usr/bin/chromium); it never downloads a browser.

    mkdir -p /work/lh && cd /work/lh && npm i -E lighthouse@12.2.3      # once (Node 18 or 20)
    .venv/bin/python bench/lighthouse.py [--runs 5] [--url http://127.0.0.1:8000] [ar ti fr ...]

--url measures a site that is already running (`make run`) instead of loading the demo (about 5 minutes).
The last report of each page goes to bench/out/lighthouse-<code>.json.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import urllib.request
from contextlib import nullcontext
from pathlib import Path

from common import CHROMIUM, OUT, demo_env, gunicorn, prepare

MODULE = "/{code}/ordinateur/allumer-se-connecter-eteindre/"
TARGET_SCORE = 95
TARGET_TBT = 200
CHROME_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# (column, width, audit, how the audit's numericValue is shown)
FIGURES = [
    ("TBT ms", 8, "total-blocking-time", "{:.0f}"),
    ("FCP ms", 8, "first-contentful-paint", "{:.0f}"),
    ("LCP ms", 8, "largest-contentful-paint", "{:.0f}"),
    ("CLS", 7, "cumulative-layout-shift", "{:.3f}"),
    ("bytes", 8, "total-byte-weight", "{:.0f}"),
]


def lighthouse_command():
    """The Lighthouse CLI of this machine, or None."""
    for candidate in (os.environ.get("LIGHTHOUSE"), "/work/lh/node_modules/.bin/lighthouse"):
        if candidate and Path(candidate).is_file():
            return candidate
    return shutil.which("lighthouse")


def audit(lighthouse, url, report, attempts=3):
    """One Lighthouse mobile run of `url`; returns (score out of 100, {audit: numericValue}).

    On a busy machine Lighthouse now and then loses its trace (NO_NAVSTART): that run is made again."""
    command = [lighthouse, url, "--only-categories=performance", "--output=json", f"--output-path={report}"]
    command += ["--quiet", f"--chrome-flags={' '.join(CHROME_FLAGS)}"]
    for attempt in range(1, attempts + 1):
        done = subprocess.run(command, env={**os.environ, "CHROME_PATH": CHROMIUM}, check=False)
        if done.returncode == 0:
            break
        print(f"  Lighthouse failed on {url} (attempt {attempt} of {attempts})", file=sys.stderr)
    else:
        sys.exit(f"Lighthouse failed {attempts} times on {url}")
    result = json.loads(report.read_text())
    audits = result["audits"]
    return result["categories"]["performance"]["score"] * 100, {
        name: audits[name]["numericValue"] for _column, _width, name, _shown in FIGURES
    }


def main(codes, runs, base_url):
    lighthouse = lighthouse_command()
    if lighthouse is None:
        sys.exit(
            "Lighthouse is not installed. Install it outside the project (Node 18 or 20):\n"
            "    mkdir -p /work/lh && cd /work/lh && npm i -E lighthouse@12.2.3\n"
            "or set LIGHTHOUSE to the path of its `lighthouse` command."
        )
    if not Path(CHROMIUM).is_file():
        sys.exit(f"No Chromium at {CHROMIUM} (set CHROMIUM_PATH): Lighthouse never downloads one here.")
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        if base_url:
            server = nullcontext(base_url.rstrip("/"))
        else:
            env = demo_env(tmp)
            prepare(env)
            server = gunicorn(env)
        with server as url:
            header = f"{'module page':<46}{'score':>6}" + "".join(f"{column:>{width}}" for column, width, *_ in FIGURES)
            print(f"Lighthouse mobile, median of {runs} runs")
            print(header)
            ok = True
            for code in codes:
                page = url + MODULE.format(code=code)
                urllib.request.urlopen(page).read()  # noqa: S310 (our own server): renditions and caches warm
                scores, values = [], {name: [] for _column, _width, name, _shown in FIGURES}
                for _run in range(runs):
                    score, figures = audit(lighthouse, page, OUT / f"lighthouse-{code}.json")
                    scores.append(score)
                    for name, value in figures.items():
                        values[name].append(value)
                medians = {name: statistics.median(found) for name, found in values.items()}
                score = statistics.median(scores)
                ok = ok and score >= TARGET_SCORE and medians["total-blocking-time"] < TARGET_TBT
                cells = "".join(f"{shown.format(medians[name]):>{width}}" for _c, width, name, shown in FIGURES)
                print(f"{MODULE.format(code=code):<46}{score:>6.0f}{cells}")
                runs_tbt = [round(value) for value in values["total-blocking-time"]]
                print(f"{'':<52}  runs: scores {[round(s) for s in scores]}, TBT {runs_tbt}")
    met = "met" if ok else "MISSED"
    print(f"targets (score >= {TARGET_SCORE}, TBT < {TARGET_TBT} ms on every page): {met}")
    return 0 if ok else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("codes", nargs="*", default=["ar", "ti"], help="languages of the module page (ar ti)")
    parser.add_argument("--runs", type=int, default=5, help="Lighthouse runs per page (median)")
    parser.add_argument("--url", help="measure this running site instead of serving the demo")
    arguments = parser.parse_args()
    sys.exit(main(arguments.codes, arguments.runs, arguments.url))
