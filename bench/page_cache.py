"""Requests per second (wrk) for a static file, a cached anonymous module page and an uncached one, side by side.

The demo site under gunicorn (config/gunicorn.conf.py: 2 workers × 2 threads). The Arabic demo module page is
measured from the page cache (courses/page_cache.py), then with PAGE_CACHE_ENABLED=0 (rendered every time,
still with its fragment cache of the steps); a file of the same size is served by whitenoise from the same
gunicorn. Each at 8 and 64 connections. Targets: cached ≥ 0.5× static, uncached ≥ 0.1× static.

    .venv/bin/python bench/page_cache.py [--seconds 10] [--redis redis://127.0.0.1:6379/14]

Without --redis the cache is each worker's memory; with it, Redis as in production. Needs wrk
(apt-get install -y wrk).
"""

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request

from common import ROOT, demo_env, gunicorn, prepare

MODULE = "/ar/ordinateur/allumer-se-connecter-eteindre/"
STATIC = "/static/bench-page-cache-same-size.html"
CONNECTIONS = (8, 64)
TARGETS = {"cached": 0.5, "uncached": 0.1}


def wrk(url, connections, seconds):
    output = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors:
        sys.exit(f"{url}: {errors.group(1)} error responses\n{output}")
    return rate


def main(seconds, redis):
    if shutil.which("wrk") is None:
        sys.exit("wrk is missing: apt-get install -y wrk")
    rates = {}
    with tempfile.TemporaryDirectory() as tmp:
        env = demo_env(tmp)
        if redis:
            env["REDIS_URL"] = redis
        prepare(env)
        with gunicorn({**env, "PAGE_CACHE_ENABLED": "1"}) as url, urllib.request.urlopen(url + MODULE) as response:  # noqa: S310
            html = response.read()
            headers = dict(response.headers)
        # A static file of the same size, written before gunicorn starts so that whitenoise serves it.
        static = ROOT / "static" / STATIC.rsplit("/", 1)[1]
        static.write_bytes(b"x" * len(html))
        try:
            for cached in (True, False):
                with gunicorn({**env, "PAGE_CACHE_ENABLED": "1" if cached else "0"}) as url:
                    for connections in CONNECTIONS:
                        if cached:
                            rates["static", connections] = wrk(url + STATIC, connections, seconds)
                        urllib.request.urlopen(url + MODULE).read()  # noqa: S310 (stored in the cache)
                        name = "cached" if cached else "uncached"
                        rates[name, connections] = wrk(url + MODULE, connections, seconds)
        finally:
            static.unlink()
    print(f"Arabic module page: {len(html)} bytes, Cache-Control: {headers.get('Cache-Control')}")
    print(f"cache: {'Redis ' + redis if redis else 'each worker memory'}; wrk {seconds} s per line\n")
    print(f"{'':<10}" + "".join(f"{f'{c} connections':>28}" for c in CONNECTIONS))
    failed = False
    for name in ("static", "cached", "uncached"):
        cells = []
        for connections in CONNECTIONS:
            rate = rates[name, connections]
            ratio = rate / rates["static", connections]
            target = TARGETS.get(name)
            failed |= target is not None and ratio < target
            cells.append(f"{rate:>10.0f} req/s {ratio:>6.2f}× static")
        print(f"{name:<10}" + "".join(f"{cell:>28}" for cell in cells))
    print("\ntargets: cached ≥ 0.5× static, uncached ≥ 0.1× static:", "MISSED" if failed else "met")
    return 1 if failed else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--redis", default="")
    arguments = parser.parse_args()
    sys.exit(main(arguments.seconds, arguments.redis))
