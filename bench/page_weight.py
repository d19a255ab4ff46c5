"""Bytes a 360 px-wide Chromium transfers to show the home page, per language (target: at most 50 KB).

Serves the demo exactly as `make run` does (gunicorn + whitenoise, compressed static files) from a throw-away
SQLite database and adds up what crossed the network (headers and compressed bodies) for one cold load.

    .venv/bin/python bench/page_weight.py [fr ar ti ...]

Screenshots go to bench/out/home-<code>.png.
"""

import sys
import tempfile

from common import CHROMIUM, CHROMIUM_ARGS, OUT, demo_env, gunicorn, prepare, transfer
from playwright.sync_api import sync_playwright

BUDGET = 50 * 1024


def main(codes):
    with tempfile.TemporaryDirectory() as tmp:
        env = demo_env(tmp)
        prepare(env)
        with gunicorn(env) as url, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            print(f"{'page':<6}{'total':>9}  breakdown (bytes on the wire, headers included)")
            worst = 0
            for code in codes:
                by_kind = transfer(browser, f"{url}/{code}/", OUT / f"home-{code}.png")
                total = sum(by_kind.values())
                worst = max(worst, total)
                detail = ", ".join(f"{kind} {size}" for kind, size in sorted(by_kind.items()))
                print(f"/{code + '/':<5}{total:>9}  {detail}")
            browser.close()
    print(f"budget {BUDGET} bytes per page: {'met' if worst <= BUDGET else 'EXCEEDED'} (largest {worst})")
    return 0 if worst <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["fr", "ar", "ti", "ps", "ru"]))
