"""Fixtures for the whole suite: uploads go to a temporary folder, messages are compiled, a multilingual
site, members of each role and a class are at hand."""

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import compile_messages  # noqa: E402

# The compiled catalogues are build output; compile them here too so that a bare `pytest` works.
compile_messages.compile_all(verbose=False)


# The SQLite test database is a file per run (see config/settings/test.py). Django replaces the file but not
# its WAL journal, which SQLite would replay into a new database: remove what runs that ended left behind.
def _ended(path):
    try:
        os.kill(int(path.name.split("-")[2].split(".")[0]), 0)
    except (ValueError, IndexError, ProcessLookupError):
        return True
    except PermissionError:
        return False
    return path.name.startswith(f".test-db-{os.getpid()}.")


for stale in ROOT.glob(".test-db-*.sqlite3*"):
    if _ended(stale):
        stale.unlink(missing_ok=True)

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
BROWSER_REQUIRED = os.environ.get("NUMERIKAIR_REQUIRE_BROWSER", "") == "1"


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache (rolled-back tests reuse ids that cache keys contain)."""
    from django.core.cache import cache

    cache.clear()


def _member_client(group_name, username):
    from tests.utils import member_client

    return member_client(group_name, username)


@pytest.fixture
def trainer_client(db):
    """The admin as a fresh member of Formateurs: each role is tested as its members are, never as a superuser."""
    return _member_client("Formateurs", "formatrice")


@pytest.fixture
def other_trainer_client(db):
    """A second Formateurs member, who runs none of `trainer_client`'s classes."""
    return _member_client("Formateurs", "autre-formateur")


@pytest.fixture
def administrator_client(db):
    """The admin as a fresh member of Administrateurs (not a superuser)."""
    return _member_client("Administrateurs", "administratrice")


@pytest.fixture
def translator_client(db):
    """A fresh member of the Arabic translators, who may not see classes."""
    return _member_client("Traducteurs – arabe", "traductrice")


@pytest.fixture
def group(trainer_client):
    """A class run by `trainer_client`."""
    from tests.factories import LearnerGroupFactory

    return LearnerGroupFactory(name="Mardi matin – Melun", created_by=trainer_client.user)


@pytest.fixture
def site(db):
    from tests.utils import create_multilingual_site

    return create_multilingual_site()


def pytest_report_header(config):
    if Path(CHROMIUM).exists():
        return f"browser tests: Chromium at {CHROMIUM}"
    if BROWSER_REQUIRED:
        return f"browser tests: REQUIRED but no Chromium at {CHROMIUM}: they will fail"
    return f"browser tests: SKIPPED, no Chromium at {CHROMIUM} (install Debian's chromium to run them)"


def pytest_collection_modifyitems(config, items):
    if Path(CHROMIUM).exists() or BROWSER_REQUIRED:
        return
    skip = pytest.mark.skip(reason=f"no Chromium at {CHROMIUM}; browser tests skipped")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if not Path(CHROMIUM).exists() and not BROWSER_REQUIRED:
        terminalreporter.write_line(
            f"NOTE: browser tests were skipped because Chromium is not installed at {CHROMIUM}.", yellow=True
        )
