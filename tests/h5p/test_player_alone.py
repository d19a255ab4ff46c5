"""The H5P player opened on its own (in a tab, not in its lesson's frame) plays nothing, so a package's
script cannot send the tab to another site. Chromium checks it for real in tests/e2e/test_h5p_alone.py."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command

from h5p.models import H5PPackage
from tests import h5p_packages as packages

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def package(tmp_path):
    path = tmp_path / "paquet.h5p"
    path.write_bytes(packages.build().getvalue())
    call_command("import_h5p", str(path), "--allow-new-libraries", stdout=io.StringIO())
    return H5PPackage.objects.get()


def test_opened_in_a_tab_the_player_is_a_page_without_any_script(client, package):
    response = client.get(f"/h5p/play/{package.pk}/", HTTP_SEC_FETCH_DEST="document", HTTP_ACCEPT_LANGUAGE="ar")
    assert response.status_code == 200
    body = response.content.decode()
    assert "<script" not in body
    assert "يُفتح هذا النشاط داخل درسه." in body
    policy = response["Content-Security-Policy"]
    assert policy.startswith("sandbox;") and "allow-scripts" not in policy and "script-src" not in policy
    assert "Sec-Fetch-Dest" in response["Vary"]


def test_in_its_lessons_frame_the_player_plays(client, package):
    response = client.get(f"/h5p/play/{package.pk}/", HTTP_SEC_FETCH_DEST="iframe")
    assert 'id="h5p-container"' in response.content.decode()
    assert response["Content-Security-Policy"].startswith("sandbox allow-scripts;")
    assert "Sec-Fetch-Dest" in response["Vary"]  # a cached copy of one is never served as the other


def test_without_the_header_the_players_script_refuses_to_start_outside_a_frame(client, package):
    # Older browsers send no Sec-Fetch-Dest: the player's own script checks before loading the package.
    body = client.get(f"/h5p/play/{package.pk}/").content.decode()
    assert 'id="h5p-alone" hidden' in body
    script = (ROOT / "site/static/js/h5p-player.js").read_text()
    guard = script.index("window.top === window.self")
    assert guard < script.index("new H5PStandalone.H5P")
