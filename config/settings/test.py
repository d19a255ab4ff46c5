"""Settings for the test suite: fast hashing, plain static storage, the same middleware and languages."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"

# SQLite tests use a file, not Django's shared in-memory database: concurrent writers then behave as in
# production (WAL, immediate transactions, busy timeout) instead of failing with "table is locked". One
# file per test run, so that two runs in one checkout never share (and break) each other's database.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / f".test-db-{os.getpid()}.sqlite3")}  # noqa: F405
