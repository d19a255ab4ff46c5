"""Bytes a 360 px-wide Chromium transfers to show the home page, per language.

Serves the demo site exactly as `make run` does (gunicorn + whitenoise, compressed static files) from
a throw-away SQLite database, loads /<code>/ with an empty cache and adds up what crossed the network
(headers and compressed bodies) for the HTML, CSS, JS, fonts and images. Target: at most 50 KB each.

    .venv/bin/python bench/page_weight.py [fr ar ti ...]

Screenshots go to bench/out/home-<code>.png.
"""

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import defaultdict
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
BUDGET = 50 * 1024


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(env):
    python = sys.executable
    for command in (["migrate", "--noinput", "-v0"], ["load_demo"], ["collectstatic", "--noinput", "-v0"]):
        subprocess.run([python, "manage.py", *command], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    port = free_port()
    gunicorn = Path(python).parent / "gunicorn"
    process = subprocess.Popen(
        [str(gunicorn), "config.wsgi", "--config", "config/gunicorn.conf.py", "--bind", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _attempt in range(100):
        try:
            urllib.request.urlopen(f"{url}/healthz", timeout=1)  # noqa: S310
            return process, url
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("gunicorn did not start")


def measure(browser, url, code):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    kinds, sizes = {}, defaultdict(int)
    cdp.on("Network.responseReceived", lambda event: kinds.__setitem__(event["requestId"], event["type"]))
    cdp.on(
        "Network.loadingFinished",
        lambda event: sizes.__setitem__(event["requestId"], event["encodedDataLength"]),
    )
    page.goto(f"{url}/{code}/", wait_until="networkidle")
    page.evaluate("document.fonts.ready")
    page.wait_for_timeout(300)
    OUT.mkdir(exist_ok=True)
    page.screenshot(path=OUT / f"home-{code}.png", full_page=True)
    by_kind = defaultdict(int)
    for request_id, size in sizes.items():
        by_kind[kinds.get(request_id, "Other")] += size
    context.close()
    return by_kind


def main(codes):
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "DJANGO_DEBUG": "0",
            "DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3",
            "MEDIA_ROOT": f"{tmp}/media",
        }
        process, url = serve(env)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
                )
                print(f"{'page':<6}{'total':>9}  breakdown (bytes on the wire, headers included)")
                worst = 0
                for code in codes:
                    by_kind = measure(browser, url, code)
                    total = sum(by_kind.values())
                    worst = max(worst, total)
                    detail = ", ".join(f"{kind} {size}" for kind, size in sorted(by_kind.items()))
                    print(f"/{code + '/':<5}{total:>9}  {detail}")
                browser.close()
        finally:
            process.terminate()
            process.wait()
    print(f"budget {BUDGET} bytes per page: {'met' if worst <= BUDGET else 'EXCEEDED'} (largest {worst})")
    return 0 if worst <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["fr", "ar", "ti", "ps", "ru"]))
