"""Validating and importing a large H5P package: peak memory and time of `manage.py import_h5p`.

Builds a ~100 MB package (a small H5P library, and 100 MB of incompressible media in content/), then
imports it in a fresh process (SQLite and media in a temporary folder) and reports that process's peak
resident memory and wall time. Target: peak memory under 100 MB (files are streamed, never held whole).

    .venv/bin/python bench/h5p_import.py [--megabytes 100]
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile

from common import ROOT

sys.path.insert(0, str(ROOT))
from tests import h5p_packages  # noqa: E402  (the test suite's own tiny library)


def build(path, megabytes):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in h5p_packages.files().items():
            archive.writestr(name, data)
        for index in range(max(1, megabytes // 25)):
            with archive.open(f"content/videos/clip-{index}.mp4", "w", force_zip64=True) as handle:
                for _ in range(25):
                    handle.write(os.urandom(1024 * 1024))


MEASURE = """
import resource, sys
import django
django.setup()
if sys.argv[1] != "-":
    from django.core.management import call_command
    call_command("import_h5p", sys.argv[1], allow_new_libraries=True)
print("PEAK", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def measure(env, package):
    """Peak RSS (MB) of one process that sets Django up and imports `package` (or nothing)."""
    output = subprocess.run(
        [sys.executable, "-c", MEASURE, package or "-"], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout
    return int(output.rsplit("PEAK", 1)[1]) / 1024


def main(megabytes):
    with tempfile.TemporaryDirectory() as tmp:
        package = os.path.join(tmp, "large.h5p")
        build(package, megabytes)
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3",
            "MEDIA_ROOT": f"{tmp}/media",
        }
        subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
        baseline = measure(env, None)
        started = time.perf_counter()
        peak = measure(env, package)
        elapsed = time.perf_counter() - started
        size = os.path.getsize(package)
        print(
            json.dumps(
                {
                    "package_mb": round(size / 1e6, 1),
                    "import_seconds": round(elapsed, 1),
                    "peak_rss_mb": round(peak, 1),
                    "django_process_alone_mb": round(baseline, 1),
                }
            )
        )
        print(
            f"import_h5p of a {size / 1e6:.0f} MB package: {elapsed:.1f} s, peak RSS {peak:.0f} MB "
            f"(a Django process that imports nothing: {baseline:.0f} MB; the import adds {peak - baseline:.0f} MB)"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=int, default=100)
    main(parser.parse_args().megabytes)
