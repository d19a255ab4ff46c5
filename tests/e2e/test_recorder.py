"""A Pashto translator records a step's audio in the admin with the microphone (Chromium's fake one), and
the learner hears it on the Pashto lesson."""

import pytest
from wagtail.models import Locale

from courses.models import ModulePage
from tests.e2e.conftest import CHROMIUM
from tests.factories import ModulePageFactory, ThemePageFactory, step
from tests.utils import audio_document, group_member, translate_now
from workspace import roles

PASHTO = {"Allumer": "چالانول", "Le bouton": "تڼۍ", "Appuyez.": "کېکاږئ."}


@pytest.fixture
def microphone_browser(browser):
    """A second Chromium whose microphone is a fake device that plays a tone (no permission prompt)."""
    other = browser.browser_type.launch(
        executable_path=CHROMIUM,
        headless=True,
        args=["--no-sandbox", "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"],
    )
    yield other
    other.close()


def test_a_translator_records_a_step_and_the_learner_hears_it(live_site, microphone_browser):
    server, homes = live_site
    theme = ThemePageFactory(parent=homes["fr"], title="Ordinateur", slug="ordinateur")
    french = ModulePageFactory(
        parent=theme, title="Allumer", slug="allumer", steps=[step("Le bouton", "Appuyez.", audio=audio_document("fr"))]
    )
    locale = Locale.objects.get(language_code="ps")
    translate_now(theme, locale, {})
    pashto = translate_now(french, locale, PASHTO)
    group_member(roles.translator_group_name("ps"), "traducteur-ps", "mot-de-passe-ps")

    context = microphone_browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    context.grant_permissions(["microphone"], origin=server.url)
    page = context.new_page()
    page.goto(f"{server.url}/admin/login/")
    page.fill("input[name=username]", "traducteur-ps")
    page.fill("input[name=password]", "mot-de-passe-ps")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    page.goto(f"{server.url}/admin/traductions/?lang=ps")
    page.get_by_role("link", name="Enregistrer l'audio").first.click()
    item = page.locator("[data-step]").first
    item.locator("[data-record]").click()
    page.wait_for_timeout(1500)
    item.locator("[data-stop]").click()
    item.locator("[data-preview] audio").wait_for(state="visible")
    item.locator("[data-keep]").click()
    page.locator("[data-step][data-saved='1']").wait_for(state="attached")
    # The clip is in the draft; the translator publishes it from the dashboard.
    page.goto(f"{server.url}/admin/traductions/?lang=ps")
    page.locator("[data-send]").first.click()
    page.get_by_text("est publié").wait_for()
    context.close()

    clip = ModulePage.objects.get(pk=pashto.pk).steps[0].value["audio"]
    assert clip.pk != french.steps[0].value["audio"].pk and clip.file_extension == "webm"
    learner = microphone_browser.new_page(viewport={"width": 360, "height": 740})
    learner.goto(server.url + pashto.url)
    audio = learner.locator("#step-1 audio").first
    assert audio.get_attribute("src") == clip.url
    audio.evaluate("a => { a.muted = true; return a.play(); }")
    learner.wait_for_function("() => document.querySelector('#step-1 audio').currentTime > 0.2", timeout=10000)
    learner.close()
