"""Load test with a fault: 200 learners (locust, bench/locustfile.py) browse lessons, post progress and answer
quizzes for 2 minutes against gunicorn + PostgreSQL + Redis; midway, PostgreSQL restarts.

    .venv/bin/python bench/pg_restart.py [--users 200] [--duration 120] [--restart-at 60] [--system-postgres]

By default the run gets a PostgreSQL of its own (initdb in a temporary folder, on a free port, run as the
`postgres` user when started as root), restarted with `pg_ctl restart -m fast`, so that nobody else using the
machine's PostgreSQL sees the fault. `--system-postgres` uses the cluster on 127.0.0.1:5432 instead and
restarts it with `pg_ctlcluster <version> main restart` (it is started again if a restart failed). Redis is
the one on 127.0.0.1:6379 (database 13). Not in `make bench` nor in CI: it needs locust
(`requirements-dev.txt`) and takes about 5 minutes with the preparation.

Reported: requests and errors per kind, p50/p95 latency, how long PostgreSQL was down, the error window
(first to last failed request, in seconds), retries, and writes lost: acknowledged by the server (200) but
not in the database, or never stored after the client's retries. The target is 0 lost.
"""

import argparse
import glob
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

from common import ROOT, demo_env, free_port, prepare

REDIS_URL = "redis://127.0.0.1:6379/13"


def postgres_bin():
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda path: int(path.split("/")[4]))
    if not versions:
        sys.exit("PostgreSQL's server binaries are not installed (/usr/lib/postgresql/<version>/bin).")
    return Path(versions[-1]).parent


def as_postgres(command):
    """initdb and the server refuse to run as root."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def wait_ready(port, host="127.0.0.1", timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready = subprocess.run(["pg_isready", "-q", "-h", host, "-p", str(port)], check=False)
        if ready.returncode == 0:
            return True
        time.sleep(0.2)
    return False


class PrivatePostgres:
    """A throw-away PostgreSQL server for this run only."""

    def __init__(self, folder):
        self.bin = postgres_bin()
        self.data = Path(folder) / "pgdata"
        self.port = free_port()
        Path(folder).chmod(0o755)
        self.data.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.data, "postgres", "postgres")
        self.log = Path(folder) / "postgres.log"

    def pg_ctl(self, *args):
        command = as_postgres([str(self.bin / "pg_ctl"), "-D", str(self.data), "-w", *args])
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)

    def start(self):
        initdb = [str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8"]
        subprocess.run(as_postgres([*initdb, "--locale=C.UTF-8"]), check=True, stdout=subprocess.DEVNULL)
        options = f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1 -c max_connections=200"
        self.pg_ctl("-o", options, "-l", str(self.data / "server.log"), "start")
        return f"postgres://postgres@127.0.0.1:{self.port}"

    def restart(self):
        self.pg_ctl("-m", "fast", "restart")  # the options of the last start are kept

    def stop(self):
        self.pg_ctl("-m", "fast", "stop")

    def events(self):
        """The server's own account of the restart (timestamps, shutdown and start)."""
        log = self.data / "server.log"
        if not log.exists():
            return []
        wanted = ("shutdown", "shut down", "ready to accept", "checkpoint complete", "terminating")
        return [line for line in log.read_text(errors="replace").splitlines() if any(w in line for w in wanted)]


class SystemPostgres:
    """The machine's cluster on 127.0.0.1:5432, restarted with pg_ctlcluster (never left stopped)."""

    port = 5432

    def __init__(self, _folder):
        self.version = postgres_bin().parent.name

    def start(self):
        if not wait_ready(self.port, timeout=1):
            self.ctl("start")
        return "postgres://postgres@127.0.0.1:5432"

    def ctl(self, action):
        command = ["pg_ctlcluster", "--skip-systemctl-redirect", self.version, "main", action]
        subprocess.run(command, check=False)

    def restart(self):
        self.ctl("restart")
        if not wait_ready(self.port, timeout=30):
            self.ctl("start")

    def stop(self):
        if not wait_ready(self.port, timeout=5):
            self.ctl("start")

    def events(self):
        return []


@contextmanager
def gunicorn(env, log):
    """gunicorn with the project's settings on a free local port, its errors in `log`; yields its base URL."""
    port = free_port()
    command = [str(Path(sys.executable).parent / "gunicorn"), "config.wsgi", "--config", "config/gunicorn.conf.py"]
    command += ["--bind", f"127.0.0.1:{port}", "--access-logfile", "/dev/null", "--error-logfile", str(log)]
    with open(log, "w") as output:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        for _attempt in range(300):
            try:
                urllib.request.urlopen(f"{url}/healthz", timeout=1)  # noqa: S310
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("gunicorn did not start")
        yield url
    finally:
        process.terminate()
        process.wait()


def server_errors(log):
    """What the server logged while answering 500: exception classes and worker timeouts, counted."""
    found = Counter()
    for line in Path(log).read_text(errors="replace").splitlines():
        match = re.match(r"^([a-zA-Z_.]+(?:Error|Exception|Timeout)): (.{0,160})", line)
        if match:
            found[f"{match.group(1)}: {match.group(2)}"] += 1
        elif "WORKER TIMEOUT" in line:
            found["gunicorn: WORKER TIMEOUT"] += 1
    return found


def manage(env, script):
    output = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script], cwd=ROOT, env=env, check=True, capture_output=True
    )
    return json.loads(output.stdout.splitlines()[-1])


def content(env):
    """The first path's modules: key, step ids, right answers, and their URL in every language."""
    return manage(
        env,
        "import json; from courses.models import LearningPathPage, ModulePage; from quiz.grading import model_answers\n"
        "path = LearningPathPage.objects.live().get(locale__language_code='fr')\n"
        "out = []\n"
        "for module in path.modules:\n"
        "    urls = {m.locale.language_code: m.url for m in ModulePage.objects.live()"
        ".filter(translation_key=module.translation_key).select_related('locale')}\n"
        "    out.append({'key': str(module.translation_key), 'steps': [b.id for b in module.steps],"
        " 'answers': model_answers(module.quiz) if module.quiz else {}, 'urls': urls})\n"
        "print(json.dumps({'modules': [m for m in out if m['answers']]}))",
    )


def missing(env, acknowledged):
    """Of these acknowledged ids, those that are not in the database."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(acknowledged, handle)
    try:
        return manage(
            env,
            "import json; from learners.models import ProgressEvent, QuizAttempt\n"
            f"ids = json.load(open({handle.name!r}))\n"
            "stored = lambda model, key: set(map(str, model.objects.filter(id__in=ids[key])"
            ".values_list('id', flat=True)))\n"
            "events, attempts = stored(ProgressEvent, 'events'), stored(QuizAttempt, 'attempts')\n"
            "print(json.dumps({'events': sorted(set(ids['events']) - events),"
            " 'attempts': sorted(set(ids['attempts']) - attempts)}))",
        )
    finally:
        os.remove(handle.name)


def percentile(values, share):
    values = sorted(values)
    return values[max(0, int(round(len(values) * share)) - 1)] if values else float("nan")


def report(summary, restart, lost, gave_up_missing):
    requests = summary["requests"]
    print(f"\n{len(requests)} requests, {summary['retries']} retries of a failed write")
    for kind in ("page", "progress", "quiz"):
        times = [ms for _at, k, _status, ms in requests if k == kind]
        failures = [status for _at, k, status, _ms in requests if k == kind and (status == 0 or status >= 500)]
        refused = [status for _at, k, status, _ms in requests if k == kind and 400 <= status < 500]
        if times:
            print(
                f"  {kind:8} {len(times):6} requests   p50 {statistics.median(times):7.0f} ms   "
                f"p95 {percentile(times, 0.95):7.0f} ms   errors {len(failures)} (5xx or no answer), {len(refused)} 4xx"
            )
    statuses = {}
    for _at, _kind, status, _ms in requests:
        if status == 0 or status >= 500:
            statuses[status] = statuses.get(status, 0) + 1
    # When each failed request got its answer (a request sent before the restart fails when it happens).
    failed_at = sorted(at + ms / 1000 for at, _kind, status, ms in requests if status == 0 or status >= 500)
    print(f"  PostgreSQL down for {restart['down']:.1f} s ({restart['started'] - restart['t0']:.0f} s into the run)")
    server_failed = sorted(at + ms / 1000 for at, _kind, status, ms in requests if status >= 500)
    if server_failed:
        print(
            f"  error window (first to last 5xx answer): {server_failed[-1] - server_failed[0]:.1f} s, from "
            f"{server_failed[0] - restart['t0']:.1f} s to {server_failed[-1] - restart['t0']:.1f} s into the run"
        )
    if failed_at:
        print(
            f"  counting requests without an answer too: {failed_at[-1] - failed_at[0]:.1f} s, from "
            f"{failed_at[0] - restart['t0']:.1f} s to {failed_at[-1] - restart['t0']:.1f} s; statuses {statuses}"
        )
        buckets = Counter(int((at - restart["t0"]) // 5) * 5 for at in failed_at)
        print(
            "  failed answers per 5 s (seconds into the run: count): "
            + ", ".join(f"{start}: {count}" for start, count in sorted(buckets.items()))
        )
    else:
        print("  error window: 0 s (no failed request)")
    acknowledged = summary["acknowledged"]
    print(
        f"  writes acknowledged: {len(acknowledged['events'])} events, {len(acknowledged['attempts'])} attempts; "
        f"lost (acknowledged, not stored): {len(lost['events']) + len(lost['attempts'])}"
    )
    gave_up = summary["gave_up"]
    print(
        f"  writes given up after retries: {len(gave_up['events']) + len(gave_up['attempts'])}, "
        f"of which not stored: {gave_up_missing} (target 0)"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--spawn-rate", type=float, default=20)
    parser.add_argument("--duration", type=int, default=120, help="seconds of load")
    parser.add_argument("--restart-at", type=int, default=None, help="seconds into the load (default: midway)")
    parser.add_argument("--system-postgres", action="store_true", help="restart the machine's cluster")
    args = parser.parse_args()
    restart_at = args.duration // 2 if args.restart_at is None else args.restart_at
    locust = Path(sys.executable).parent / "locust"
    if not locust.exists():
        sys.exit("locust is not installed: .venv/bin/pip install -r requirements-dev.txt")

    with tempfile.TemporaryDirectory() as tmp:
        server = (SystemPostgres if args.system_postgres else PrivatePostgres)(tmp)
        base = server.start()
        database = f"numerikair_locust_{os.getpid()}"
        psql = ["psql", "-h", "127.0.0.1", "-p", str(server.port), "-U", "postgres", "-qc"]
        subprocess.run([*psql, f"CREATE DATABASE {database}"], check=True)
        env = {**demo_env(tmp), "DATABASE_URL": f"{base}/{database}", "REDIS_URL": REDIS_URL}
        try:
            print("preparing: migrate, load_demo, collectstatic…", flush=True)
            prepare(env)
            modules = content(env)
            env["NK_BENCH_CONTENT"] = json.dumps(modules)
            env["NK_BENCH_OUT"] = out = f"{tmp}/summary.json"
            print(
                f"{args.users} learners for {args.duration} s on {len(modules['modules'])} modules; gunicorn "
                f"(config/gunicorn.conf.py: WEB_CONCURRENCY={os.environ.get('WEB_CONCURRENCY', 2)}), PostgreSQL on "
                f"port {server.port}, Redis; PostgreSQL restarts at {restart_at} s",
                flush=True,
            )
            log = Path(tmp) / "gunicorn.log"
            with gunicorn(env, log) as url:
                restart = {}

                def fault():
                    time.sleep(restart_at)
                    restart["started"] = time.time()
                    server.restart()
                    wait_ready(server.port)
                    restart["down"] = time.time() - restart["started"]

                command = [str(locust), "-f", str(ROOT / "bench" / "locustfile.py"), "--headless", "--only-summary"]
                command += ["-u", str(args.users), "-r", str(args.spawn_rate), "-t", f"{args.duration}s"]
                command += ["--stop-timeout", "70", "--host", url, "--loglevel", "WARNING"]
                restart["t0"] = time.time()
                thread = threading.Thread(target=fault, daemon=True)
                thread.start()
                subprocess.run(command, cwd=ROOT, env=env, check=False)
                thread.join()
            with open(out) as handle:
                summary = json.load(handle)
            lost = missing(env, summary["acknowledged"])
            gave_up = missing(env, summary["gave_up"])
            report(summary, restart, lost, len(gave_up["events"]) + len(gave_up["attempts"]))
            print(f"  run started at {time.strftime('%H:%M:%S', time.localtime(restart['t0']))}; PostgreSQL said:")
            for line in server.events()[-12:]:
                print(f"    {line[:150]}")
            print("  server errors logged:")
            for line, count in server_errors(log).most_common(8):
                print(f"    {count:5} × {line}")
        finally:
            subprocess.run([*psql, f"DROP DATABASE IF EXISTS {database} WITH (FORCE)"], check=False)
            server.stop()


if __name__ == "__main__":
    main()
