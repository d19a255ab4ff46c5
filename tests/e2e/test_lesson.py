"""A learner follows a lesson on a 360 px phone: one step per screen, French beside Arabic, audio plays."""

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.files.base import ContentFile
from playwright.sync_api import expect
from wagtail.documents import get_document_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale

from tests.factories import ModulePageFactory, ThemePageFactory, step
from tests.utils import translate_now

CLIP = Path(__file__).resolve().parents[2] / "demo" / "media" / "audio" / "fr" / "tenir-la-souris-et-cliquer-1.opus"


@pytest.fixture
def lesson(live_site):
    server, homes = live_site
    from wagtail.images import get_image_model

    image = get_image_model().objects.create(title="écran", file=get_test_image_file(size=(800, 500)))
    clip = get_document_model()(title="clip")
    clip.file.save("clip.opus", ContentFile(CLIP.read_bytes()), save=False)
    clip.save()
    theme = ThemePageFactory(parent=homes["fr"], title="La souris", slug="souris")
    module = ModulePageFactory(
        parent=theme,
        title="Cliquer",
        slug="cliquer",
        steps=[
            step("Tenir la souris", "Posez la main sur la souris.", image, "Une main sur la souris.", audio=clip),
            step("Cliquer", "Appuyez sur le bouton gauche.", image, "Le bouton gauche."),
            step("Double-cliquer", "Appuyez deux fois vite.", image, "Deux clics."),
        ],
    )
    arabic = Locale.objects.get(language_code="ar")
    translate_now(theme, arabic, {"La souris": "الفأرة"})
    translate_now(
        module,
        arabic,
        {
            "Cliquer": "النقر",
            "Tenir la souris": "مسك الفأرة",
            "Posez la main sur la souris.": "ضعوا اليد على الفأرة.",
            "Appuyez sur le bouton gauche.": "اضغطوا على الزر الأيسر.",
            "Double-cliquer": "النقر المزدوج",
            "Appuyez deux fois vite.": "اضغطوا مرتين بسرعة.",
        },
    )
    return server


def test_one_step_per_screen_next_and_previous_in_arabic(lesson, phone):
    requests = []
    phone.on("request", lambda request: requests.append(request.url))
    phone.goto(f"{lesson.url}/ar/souris/cliquer/")
    steps = phone.locator("li.step")
    assert steps.count() == 3
    assert phone.locator("li.step:visible").count() == 1
    assert phone.locator("#step-1").is_visible()
    assert "ضعوا اليد على الفأرة." in phone.locator("#step-1").inner_text()
    assert "Posez la main sur la souris." in phone.locator("#step-1 .french").inner_text()

    next_button = phone.locator("#step-1 .step-nav a[rel=next]")
    box = next_button.bounding_box()
    assert box["height"] >= 48
    next_button.click()
    assert phone.locator("#step-2").is_visible() and not phone.locator("#step-1").is_visible()
    assert phone.url.endswith("#step-2")
    phone.locator("#step-2 .step-nav a[rel=prev]").click()
    assert phone.locator("#step-1").is_visible()

    own = urlsplit(lesson.url).netloc
    assert [url for url in requests if urlsplit(url).netloc != own and not url.startswith(("data:", "blob:"))] == []


def test_hiding_the_french_is_remembered(lesson, phone):
    phone.goto(f"{lesson.url}/ar/souris/cliquer/")
    assert phone.locator("#step-1 .french").is_visible()
    phone.locator(".french-toggle a").click()
    expect(phone.locator("#step-1 .french")).to_be_hidden()
    phone.reload()
    expect(phone.locator("#step-1 .french")).to_be_hidden()


def test_the_step_clip_plays(lesson, phone):
    phone.goto(f"{lesson.url}/fr/souris/cliquer/")
    audio = phone.locator("#step-1 audio").first
    assert audio.get_attribute("preload") == "none"
    audio.evaluate("a => { a.muted = true; return a.play(); }")
    phone.wait_for_function("() => document.querySelector('#step-1 audio').currentTime > 0.2", timeout=10000)
    assert audio.evaluate("a => a.duration") > 1


def test_without_javascript_every_step_is_readable(lesson, browser):
    context = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{lesson.url}/fr/souris/cliquer/")
    assert page.locator("li.step:visible").count() == 3
    page.locator("#step-1 .step-nav a[rel=next]").click()
    assert page.url.endswith("#step-2")
    context.close()


def test_without_javascript_a_step_is_drawn_only_when_the_learner_reaches_it(lesson, browser):
    # The phone lays out and paints the step on screen, not the whole lesson in two languages at once.
    context = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{lesson.url}/ar/souris/cliquer/")
    drawn = "selector => document.querySelector(selector).checkVisibility({ contentVisibilityAuto: true })"
    assert page.evaluate(drawn, "#step-1 h2")
    assert not page.evaluate(drawn, "#lesson-end h2")
    page.locator("#lesson-end").scroll_into_view_if_needed()
    for _attempt in range(50):  # drawn at the next frame (no wait_for_function: scripts are off)
        if page.evaluate(drawn, "#lesson-end h2"):
            break
        page.wait_for_timeout(100)
    assert page.evaluate(drawn, "#lesson-end h2")
    assert page.locator("#lesson-end h2").is_visible()
    context.close()


def test_the_lesson_asks_the_server_for_progress_only_once_the_page_has_loaded(lesson, phone):
    # The step on screen comes first; the progress, the heartbeat and the learner's figures follow. (The
    # progress itself is posted with keepalive, which the browser's resource timing does not list.)
    phone.goto(f"{lesson.url}/ar/souris/cliquer/")
    expect(phone.locator("[data-lesson]")).to_have_attribute("data-progress-pending", "0")
    phone.wait_for_function("() => document.documentElement.getAttribute('data-connection') === 'online'")
    early = phone.evaluate(
        r"""() => {
            const loaded = performance.getEntriesByType("navigation")[0].loadEventStart;
            return performance.getEntriesByType("resource")
                .filter(entry => /\/(api|offline)\//.test(entry.name))
                .map(entry => [new URL(entry.name).pathname, entry.startTime >= loaded]);
        }"""
    )
    paths = {path for path, _after in early}
    assert {"/api/csrf", "/api/learner/me", "/offline/ping"} <= paths, early
    assert [path for path, after in early if not after] == []
