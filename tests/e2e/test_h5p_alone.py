"""An H5P player page opened on its own in Chromium: a package that tries to send the tab to another site
stays where it is, whether or not the browser says it opens a document (Sec-Fetch-Dest)."""

import io

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from h5p.models import H5PPackage
from tests import h5p_packages as packages
from tests.factories import ModulePageFactory, ThemePageFactory, step

# Sends the top-level page to another site as soon as the activity starts.
REDIRECT_JS = """
H5P.NumerikButton = (function (EventDispatcher) {
  function Away(params) { EventDispatcher.call(this); }
  Away.prototype = Object.create(EventDispatcher.prototype);
  Away.prototype.attach = function ($container) {
    try { window.top.location.href = "https://evil.example/phish"; } catch (e) { console.log("AWAY " + e.name); }
    try { window.location.href = "https://evil.example/phish"; } catch (e) { console.log("AWAY " + e.name); }
  };
  return Away;
})(H5P.EventDispatcher);
"""


@pytest.fixture
def redirecting_package(live_site, tmp_path):
    path = tmp_path / "paquet.h5p"
    path.write_bytes(packages.build(packages.files(script=REDIRECT_JS)).getvalue())
    call_command("import_h5p", str(path), "--allow-new-libraries", stdout=io.StringIO())
    server, homes = live_site
    return server, homes, H5PPackage.objects.get()


def stays(phone, url):
    navigations = []
    phone.on("framenavigated", lambda frame: navigations.append(frame.url))
    phone.wait_for_timeout(1500)
    assert phone.url.split("#")[0] == url
    assert not [address for address in navigations if "evil.example" in address]


def test_opened_in_a_tab_the_player_runs_nothing_and_the_tab_stays(redirecting_package, phone):
    server, _homes, package = redirecting_package
    url = f"{server.url}/h5p/play/{package.pk}/"
    phone.goto(url)
    expect(phone.locator("main")).to_contain_text("This activity opens inside its lesson.")
    stays(phone, url)


def test_without_sec_fetch_dest_the_players_own_check_keeps_the_tab(redirecting_package, phone, monkeypatch):
    # What an older browser that sends no Sec-Fetch-Dest gets: the player page itself, in a tab. (Chromium
    # always sends the header, so the live server, in this process, is told to serve the player anyway.)
    monkeypatch.setattr("h5p.views.FRAMED", {"iframe", "frame", "document"})
    server, _homes, package = redirecting_package
    url = f"{server.url}/h5p/play/{package.pk}/"
    phone.goto(url)
    expect(phone.locator("#h5p-alone")).to_be_visible()
    stays(phone, url)


def test_in_a_lesson_the_package_still_cannot_send_the_page_away(redirecting_package, phone):
    server, homes, package = redirecting_package
    theme = ThemePageFactory(parent=homes["fr"], title="La souris", slug="souris")
    module = ModulePageFactory(parent=theme, steps=[step("Essayez", "Appuyez.", h5p=package)])
    url = server.url + module.url
    phone.goto(url)
    phone.locator("[data-h5p-start]").click()
    stays(phone, url)
