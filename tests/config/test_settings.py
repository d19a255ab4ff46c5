"""Configuration comes from the environment; production refuses to start half-configured."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent.parent
GOOD_SECRET = "x7$kq9!vB2#mZ4@rT8^wL1&yN6*pD3(eH5)uJ0-cF9+aS2=gK7"


def run_django(args, **env):
    """Run manage.py in a fresh process with a clean, explicit environment."""
    base = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "DATABASE_URL", "REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def production_env(**extra):
    return {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": GOOD_SECRET,
        "ALLOWED_HOSTS": "numerikair.example.org",
        "CSRF_TRUSTED_ORIGINS": "https://numerikair.example.org",
        "DATABASE_URL": f"sqlite:///{ROOT}/db.sqlite3",
        "REDIS_URL": "redis://127.0.0.1:6379/14",
        **extra,
    }


def test_production_settings_pass_check_deploy_without_any_warning():
    result = run_django(["check", "--deploy", "--fail-level", "WARNING"], **production_env())
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_production_refuses_to_start_without_secret_key():
    env = production_env()
    env.pop("SECRET_KEY")
    result = run_django(["check"], **env)
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "Numerik'AIR cannot start: SECRET_KEY is not set; set it to a long random string."
    ]


def test_production_refuses_to_start_without_redis_url():
    env = production_env()
    env.pop("REDIS_URL")
    result = run_django(["check"], **env)
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "Numerik'AIR cannot start: REDIS_URL is not set; set it to the Redis that every worker shares, "
        "e.g. redis://127.0.0.1:6379/0."
    ]


@pytest.mark.parametrize("url", ["postgres://user@host:notaport/name", "nonsense", "mysql+://::"])
def test_a_malformed_database_url_stops_the_process_with_one_sentence_naming_it(url):
    result = run_django(["check"], **production_env(DATABASE_URL=url))
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "DATABASE_URL" in lines[0]


def test_production_sets_strict_security_headers():
    script = (
        "import django; django.setup();"
        "from django.conf import settings as s;"
        "print(s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT,"
        " s.SECURE_CONTENT_TYPE_NOSNIFF, s.SECURE_REFERRER_POLICY, s.DEBUG)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env={**os.environ, **production_env()}, capture_output=True, text=True
    )
    assert result.stdout.split() == ["31536000", "True", "True", "True", "True", "same-origin", "False"]


def test_every_learner_page_has_a_policy_that_allows_no_other_origin(client, site):
    response = client.get("/fr/")
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["default-src"] == "'self'"
    for name, value in directives.items():
        sources = value.split()
        assert all(source in {"'self'", "'none'", "data:", "blob:"} for source in sources), (name, value)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite only")
def test_sqlite_waits_for_concurrent_writers_instead_of_failing(db):
    options = settings.DATABASES["default"]["OPTIONS"]
    assert options["timeout"] >= 10
    assert options["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in options["init_command"]


def test_sqlite_file_database_is_in_wal_mode(tmp_path):
    script = (
        "import django; django.setup();"
        "from django.db import connection;"
        "c = connection.cursor(); c.execute('PRAGMA journal_mode'); print(c.fetchone()[0])"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path}/x.sqlite3",
    }
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.stdout.strip() == "wal", result.stderr


def test_redis_url_selects_the_redis_cache_that_forgives_an_outage():
    script = (
        "import django; django.setup(); from django.conf import settings as s; print(s.CACHES['default']['BACKEND'])"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.dev", "REDIS_URL": "redis://127.0.0.1:6379/1"}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.stdout.strip() == "config.cache.ForgivingRedisCache"


def test_admin_is_in_french_whatever_the_browser_language(admin_client):
    response = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert response.status_code == 200
    assert 'lang="fr"' in response.content.decode()


def test_an_admin_user_who_prefers_english_gets_english(admin_client, admin_user):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    assert 'lang="en"' in admin_client.get("/admin/").content.decode()


def test_the_admin_may_use_inline_styles_and_scripts_but_still_no_other_origin(admin_client, site):
    admin_policy = admin_client.get("/admin/")["Content-Security-Policy"]
    assert "style-src 'self' 'unsafe-inline'" in admin_policy
    assert "script-src 'self' 'unsafe-inline'" in admin_policy
    assert "http" not in admin_policy
    learner_policy = admin_client.get("/fr/")["Content-Security-Policy"]
    assert "unsafe-inline" not in learner_policy


def test_trainers_see_language_names_in_french_in_the_admin(admin_client, site):
    from django.utils import translation
    from wagtail.models import Locale

    with translation.override("fr"):
        assert Locale.objects.get(language_code="ar").get_display_name() == "Arabe"
        assert Locale.objects.get(language_code="ti").get_display_name() == "Tigrigna"


def test_pages_are_sent_compressed_to_browsers_that_accept_it(client, site):
    import gzip

    response = client.get("/ar/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert response["Content-Encoding"] == "gzip"
    assert '<html lang="ar" dir="rtl">' in gzip.decompress(response.content).decode()
