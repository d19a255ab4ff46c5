"""Logs without secrets: QR secrets, verification codes and tokens show as *** in Django's logs and in
gunicorn's access log (a real gunicorn is run); LOG_FORMAT=json writes one JSON object per line."""

import http.client
import io
import json
import logging
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from config.logging_setup import JsonFormatter, MaskSecretsFilter, mask

ROOT = Path(__file__).resolve().parent.parent.parent
SECRET = "Zq8vR2mK7xP1wL4nT9bY3cD6fH0jS5gA"


@pytest.mark.parametrize(
    ("written", "logged"),
    [
        (f"/fr/learner/qr/{SECRET}/", "/fr/learner/qr/***/"),
        (f"GET /ar/learner/qr/{SECRET}/?next=/ar/ HTTP/1.1", "GET /ar/learner/qr/***/?next=/ar/ HTTP/1.1"),
        ("/uk/verify/K7XP-2M9Q/", "/uk/verify/***/"),
        ("/fr/verify/?code=K7XP-2M9Q", "/fr/verify/?code=***"),
        ("/fr/learner/attestation/K7XP-2M9Q.pdf", "/fr/learner/attestation/***.pdf"),
        (
            f"https://numerikair.example.org/fr/learner/qr/{SECRET}/",
            "https://numerikair.example.org/fr/learner/qr/***/",
        ),
        ("/admin/password_reset/confirm/MQ/c4x-0123abcd/", "/admin/password_reset/confirm/***/"),
        ("/fr/search/?q=ordinateur&token=abc", "/fr/search/?q=ordinateur&token=***"),
        ("code=K7XP-2M9Q&lang=fr", "code=***&lang=fr"),  # gunicorn's query-string atom has no "?"
        ("/fr/learner/", "/fr/learner/"),
    ],
)
def test_secrets_in_urls_are_masked(written, logged):
    assert mask(written) == logged


def record(message, *args, exc_info=None):
    return logging.LogRecord("django.request", logging.WARNING, __file__, 1, message, args, exc_info)


def test_the_filter_masks_messages_and_tracebacks():
    entry = record("Gone: %s", f"/fr/learner/qr/{SECRET}/")
    try:
        raise ValueError(f"while serving /fr/learner/qr/{SECRET}/")
    except ValueError:
        entry.exc_info = sys.exc_info()
    MaskSecretsFilter().filter(entry)
    assert entry.getMessage() == "Gone: /fr/learner/qr/***/"
    assert SECRET not in entry.exc_text and "qr/***/" in entry.exc_text


def test_a_json_line_has_time_level_logger_and_the_masked_message():
    line = json.loads(JsonFormatter().format(record("Not Found: %s", "/ti/verify/K7XP-2M9Q/")))
    assert line["level"] == "WARNING" and line["logger"] == "django.request"
    assert line["message"] == "Not Found: /ti/verify/***/"
    assert line["time"].endswith("+00:00")


def test_a_real_request_for_a_qr_page_is_logged_masked_by_django(client, db):
    console = next(handler for handler in logging.getLogger().handlers if handler.name == "console")
    written = io.StringIO()
    previous = console.setStream(written)
    try:
        client.get(f"/fr/learner/qr/{SECRET}/")  # unknown secret: 410, logged by django.request
    finally:
        console.setStream(previous)
    assert "Gone: /fr/learner/qr/***/" in written.getvalue()
    assert SECRET not in written.getvalue()


def test_log_format_json_makes_djangos_logs_json(tmp_path):
    script = (
        "import django, logging; django.setup();"
        f"logging.getLogger('django.request').warning('Gone: %s', '/fr/learner/qr/{SECRET}/')"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test", "LOG_FORMAT": "json"}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True)
    line = json.loads(result.stderr.strip().splitlines()[-1])
    assert line["message"] == "Gone: /fr/learner/qr/***/"


# --- gunicorn, for real --------------------------------------------------------------------------------


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(port, path, **headers):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path, headers=headers)
        return connection.getresponse().status
    finally:
        connection.close()


def serve_and_log(tmp_path, log_format):
    """Start gunicorn with config/gunicorn.conf.py, ask for a QR page and a verification page, return its logs."""
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3",
        "WEB_CONCURRENCY": "1",
        "LOG_FORMAT": log_format,
    }
    command = [sys.executable, "-m", "gunicorn", "config.wsgi", "--config", "config/gunicorn.conf.py"]
    server = subprocess.Popen(
        [*command, "--bind", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        for _ in range(150):
            try:
                get(port, "/healthz")  # any answer will do (503 without a migrated database)
                break
            except OSError:
                time.sleep(0.1)
        referer = f"http://127.0.0.1:{port}/fr/learner/qr/{SECRET}/"
        for path in (f"/fr/learner/qr/{SECRET}/", "/ar/verify/K7XP-2M9Q/?code=K7XP-2M9Q"):
            get(port, path, Referer=referer)  # 503 or 404: the log line is what matters
    finally:
        server.terminate()
        out, err = server.communicate(timeout=30)
    return out, err


def test_gunicorns_access_log_masks_the_qr_secret_the_code_and_the_referer(tmp_path):
    out, err = serve_and_log(tmp_path, "text")
    lines = [line for line in out.splitlines() if "/learner/qr/" in line or "/verify/" in line]
    assert len(lines) >= 2, (out, err)
    assert SECRET not in out + err and "K7XP-2M9Q" not in out + err
    assert any('"GET /fr/learner/qr/***/ HTTP/1.1"' in line for line in lines)
    assert any("/ar/verify/***/?code=*** HTTP/1.1" in line for line in lines)


def test_gunicorns_access_log_can_be_json(tmp_path):
    out, err = serve_and_log(tmp_path, "json")
    entries = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    qr = [entry for entry in entries if "/learner/qr/" in entry["path"]]
    assert qr and qr[0]["path"] == "/fr/learner/qr/***/" and qr[0]["method"] == "GET"
    assert qr[0]["referer"].endswith("/fr/learner/qr/***/")
    assert isinstance(qr[0]["status"], int)
    verify = [entry for entry in entries if "/verify/" in entry["path"]]
    assert verify and verify[0]["path"] == "/ar/verify/***/?code=***"
    assert SECRET not in out + err and "K7XP-2M9Q" not in out + err
