"""A module page of the demo: bytes of the first view at 360 px, and server time against a static file.

1. Bytes a 360 px-wide Chromium transfers for the first view of a module page (HTML, CSS, JS, fonts and
   the first illustration; the next steps' pictures are lazy) in fr, ar and ti. Target: at most 150 KB.
2. Median and p95 server time for the module page over N sequential requests, and the same for a static
   file of the same size served by the same gunicorn (whitenoise); the ratio of the medians is the figure.

    .venv/bin/python bench/module_page.py [--requests 200]
"""

import argparse
import statistics
import sys
import tempfile
import time
import urllib.request

from common import CHROMIUM, CHROMIUM_ARGS, OUT, ROOT, demo_env, gunicorn, prepare, transfer
from playwright.sync_api import sync_playwright

BUDGET = 150 * 1024
MODULE = "/{code}/ordinateur/allumer-se-connecter-eteindre/"


def timings(url, count):
    durations = []
    for _ in range(count):
        started = time.perf_counter()
        with urllib.request.urlopen(url) as response:  # noqa: S310 (our own local server)
            response.read()
        durations.append((time.perf_counter() - started) * 1000)
    durations.sort()
    return statistics.median(durations), durations[int(len(durations) * 0.95) - 1]


def main(requests):
    with tempfile.TemporaryDirectory() as tmp:
        env = demo_env(tmp)
        prepare(env)
        with gunicorn(env) as url:
            html = urllib.request.urlopen(url + MODULE.format(code="fr")).read()  # noqa: S310
        # A static file of the same size, collected before gunicorn starts so that whitenoise serves it.
        static = ROOT / "static" / "bench-same-size.html"
        static.write_bytes(b"x" * len(html))
        try:
            with gunicorn(env) as url:
                with sync_playwright() as playwright:
                    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                    worst = 0
                    print(f"{'module page':<54}{'total':>8}  breakdown (bytes on the wire)")
                    for code in ["fr", "ar", "ti"]:
                        path = MODULE.format(code=code)
                        by_kind = transfer(browser, url + path, OUT / f"module-{code}.png")
                        total = sum(by_kind.values())
                        worst = max(worst, total)
                        detail = ", ".join(f"{kind} {size}" for kind, size in sorted(by_kind.items()))
                        print(f"{path:<54}{total:>8}  {detail}")
                    browser.close()
                timings(url + MODULE.format(code="ar"), 20)  # warm up: renditions, caches, connections
                page_median, page_p95 = timings(url + MODULE.format(code="ar"), requests)
                file_median, file_p95 = timings(url + "/static/bench-same-size.html", requests)
        finally:
            static.unlink(missing_ok=True)
    print(f"first view budget {BUDGET} bytes: {'met' if worst <= BUDGET else 'EXCEEDED'} (largest {worst})")
    print(f"server time, {requests} requests, module page ({len(html)} bytes of HTML) in ar:")
    print(f"  module page  median {page_median:.1f} ms, p95 {page_p95:.1f} ms")
    print(f"  static file  median {file_median:.1f} ms, p95 {file_p95:.1f} ms (same size, same gunicorn)")
    print(f"  ratio of medians: {page_median / file_median:.1f}")
    return 0 if worst <= BUDGET else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    sys.exit(main(parser.parse_args().requests))
