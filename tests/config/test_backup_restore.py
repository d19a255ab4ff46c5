"""Backups (README, "Backups"): `pg_dump` of the database plus a copy of the media folder. The database is
dumped, dropped and restored, the media copied back, and the site serves the same pages, pictures and
learner progress as before. PostgreSQL only (CI runs it); the database has a name of its own."""

import json
import os
import re
import shutil
import subprocess
import uuid

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connections
from django.test import Client
from wagtail.images.tests.utils import get_test_image_file

pytestmark = [
    pytest.mark.skipif(
        settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
        reason="the backup is a PostgreSQL dump (set DATABASE_URL to a PostgreSQL database)",
    ),
    # Committed data (pg_dump reads from another session), in a database of its own (see own_database).
    pytest.mark.django_db(transaction=True),
]
TOOLS = ["pg_dump", "pg_restore", "psql"]


def postgres(*command, database="postgres"):
    """Run a PostgreSQL client tool against the server of the test database."""
    params = connections["default"].settings_dict
    env = {
        **os.environ,
        "PGHOST": params.get("HOST") or "127.0.0.1",
        "PGPORT": str(params.get("PORT") or 5432),
        "PGUSER": params.get("USER") or "postgres",
        "PGPASSWORD": params.get("PASSWORD") or "",
        "PGDATABASE": database,
    }
    done = subprocess.run(command, env=env, check=False, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"{' '.join(command)}: {done.stderr}"
    return done


@pytest.fixture
def own_database(transactional_db, tmp_path_factory):
    """The site's database for this test: a copy of the test database under a unique name, dropped after."""
    missing = [tool for tool in TOOLS if not shutil.which(tool)]
    if missing:
        pytest.fail(f"PostgreSQL client tools missing: {', '.join(missing)} (apt-get install postgresql-client)")
    default = connections["default"]
    test_name = default.settings_dict["NAME"]
    name = f"numerikair_backup_{uuid.uuid4().hex[:12]}"
    connections.close_all()
    postgres("psql", "-qc", f'CREATE DATABASE "{name}"')
    try:
        # A copy, not the test database itself: it is dropped below, and other tests share the test database.
        clone = tmp_path_factory.mktemp("clone") / "test.dump"
        postgres("pg_dump", "--format=custom", "--no-owner", f"--file={clone}", database=test_name)
        postgres("pg_restore", "--no-owner", "--no-privileges", f"--dbname={name}", str(clone))
        default.settings_dict["NAME"] = name
        yield name
    finally:
        connections.close_all()
        default.settings_dict["NAME"] = test_name
        postgres("psql", "-qc", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def build_site():
    """A published lesson with a picture, and a learner with a card and progress in it."""
    from wagtail.images import get_image_model

    from learners.identity import issue_card
    from learners.models import Learner, ModuleProgress
    from tests.factories import ModulePageFactory, ThemePageFactory, step
    from tests.utils import create_multilingual_site

    homes = create_multilingual_site()
    image = get_image_model().objects.create(title="La souris", file=get_test_image_file(size=(320, 200)))
    theme = ThemePageFactory(parent=homes["fr"], title="Utiliser la souris", slug="souris")
    module = ModulePageFactory(
        parent=theme, title="Cliquer", slug="cliquer", steps=[step("Le clic", "Appuyez une fois.", image=image)]
    )
    learner = Learner.objects.create(display_name="Amina")
    card = issue_card(learner, "4821")
    ModuleProgress.objects.create(
        learner=learner, module_key=module.translation_key, steps_seen=[module.steps[0].id], steps_total=1
    )
    return {"urls": [homes["fr"].url, theme.url, module.url, homes["ar"].url], "image": image.file.url, "card": card}


def normalise(html):
    """A page as a visitor sees it, without what changes on every response (CSRF tokens, nonces)."""
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', 'name="csrfmiddlewaretoken"', html)
    return re.sub(r'nonce="[^"]+"', "nonce", html)


def what_the_site_serves(site):
    cache.clear()
    client = Client()
    pages = {}
    for url in site["urls"]:
        response = client.get(url)
        assert response.status_code == 200, url
        pages[url] = normalise(response.content.decode())
    picture = client.get(site["image"])
    assert picture.status_code == 200
    pages[site["image"]] = b"".join(picture.streaming_content if picture.streaming else [picture.content])
    client.get("/fr/learner/")
    signed = client.post(
        "/api/learner/signin",
        json.dumps({"code": site["card"].code, "pin": "4821"}),
        content_type="application/json",
        HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value,
    )
    assert signed.status_code == 200
    pages["learner"] = {key: signed.json()[key] for key in ("card", "modules")}
    return pages


def test_a_dump_and_a_media_copy_restore_the_same_site_after_the_database_is_dropped(own_database, tmp_path):
    site = build_site()
    before = what_the_site_serves(site)
    media = settings.MEDIA_ROOT

    # The backup, as the README says: pg_dump in PostgreSQL's custom format, and a copy of the media folder.
    dump = tmp_path / "numerikair.dump"
    postgres("pg_dump", "--format=custom", "--no-owner", f"--file={dump}", database=own_database)
    shutil.copytree(media, tmp_path / "media-backup")

    # The disaster: the database and the uploads are gone.
    connections.close_all()
    postgres("psql", "-qc", f'DROP DATABASE "{own_database}" WITH (FORCE)')
    shutil.rmtree(media)
    databases = postgres("psql", "-Atc", "SELECT datname FROM pg_database").stdout.split()
    assert own_database not in databases

    # The restore.
    postgres("psql", "-qc", f'CREATE DATABASE "{own_database}"')
    postgres("pg_restore", "--no-owner", "--no-privileges", f"--dbname={own_database}", str(dump))
    shutil.copytree(tmp_path / "media-backup", media)

    after = what_the_site_serves(site)
    assert after.keys() == before.keys()
    for key in before:
        assert after[key] == before[key], key
    assert before["learner"]["modules"][0]["steps_seen"] == 1
