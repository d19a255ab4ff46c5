"""Offline mode in a real browser on a phone: the service worker installs, a path is downloaded, the network
goes away, another module of the path opens, its audio plays and its quiz is answered; back online the
attempt is graded and the progress is on the server. A full disk stores nothing half-way."""

import os
import uuid
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from playwright.sync_api import expect
from wagtail.documents import get_document_model

from courses.models import ModulePage
from learners.models import ModuleProgress, QuizAttempt
from tests.learners.conftest import build_course, right_answers

CLIP = Path(__file__).resolve().parents[2] / "demo" / "media" / "audio" / "fr" / "tenir-la-souris-et-cliquer-1.opus"
SHOTS = os.environ.get("NUMERIKAIR_SCREENSHOTS")


@pytest.fixture
def offline_course(live_site):
    """The learner course (a path of two modules); the second module's first step has a real clip."""
    server, homes = live_site
    course = build_course(homes["fr"])
    clip = get_document_model()(title="clip")
    clip.file.save("souris.opus", ContentFile(CLIP.read_bytes()), save=False)
    clip.save()
    second = ModulePage.objects.get(pk=course["second"].pk)
    raw = list(second.steps.raw_data)
    raw[0]["value"]["audio"] = clip.pk
    second.steps = raw
    second.save_revision().publish()
    course["second"] = ModulePage.objects.get(pk=second.pk)
    course["clip"] = clip
    return server, course


def phone_context(browser, width=360, locale="fr-FR"):
    return browser.new_context(viewport={"width": width, "height": 740}, is_mobile=True, has_touch=True, locale=locale)


def open_path_ready(page, url):
    page.goto(url)
    # The worker is active and holds the shell of the page's language.
    page.wait_for_selector("html[data-offline-ready]", state="attached", timeout=30000)
    page.wait_for_selector("[data-offline-download][data-offline-bytes]", state="attached", timeout=30000)


def path_caches(page):
    return page.evaluate("() => caches.keys().then(keys => keys.filter(k => k.startsWith('numerikair-path-')))")


def test_a_downloaded_path_works_offline_and_the_quiz_is_graded_back_online(browser, offline_course):
    server, course = offline_course
    second = course["second"]
    context = phone_context(browser)
    page = context.new_page()
    try:
        open_path_ready(page, f"{server.url}/fr/premiers-pas/")
        block = page.locator("[data-offline-download]")
        expect(block).to_be_visible()
        expect(block.locator("[data-offline-size]")).to_contain_text("Taille du téléchargement")
        page.locator("[data-offline-start]").click()
        page.wait_for_selector("[data-offline-download][data-offline-state=done]", state="attached", timeout=60000)
        expect(block.locator("[data-offline-status]")).to_contain_text("vous pouvez suivre ce parcours sans internet")
        expect(block.locator("[data-offline-list] li")).to_have_count(1)
        assert len(path_caches(page)) == 1

        # 2. Offline: the second module, never opened, comes from the phone.
        context.set_offline(True)
        page.goto(f"{server.url}{second.url}")
        expect(page.locator("h1")).to_contain_text("La souris")
        page.wait_for_selector("html[data-connection=offline]", state="attached", timeout=15000)
        # Its audio plays from the downloaded copy (the player asks for byte ranges).
        audio = page.locator("#step-1 audio")
        audio.evaluate("a => { a.muted = true; return a.play(); }")
        page.wait_for_function("() => document.querySelector('#step-1 audio').currentTime > 0.2", timeout=15000)
        audio.evaluate("a => a.pause()")
        while page.locator(".step.current [rel=next]").count():
            page.locator(".step.current [rel=next]").click()
        page.locator(".step.current [data-step-link=end]").click()
        block_id = second.quiz[0].id
        page.locator(f"input[name='q-{block_id}'][value='{right_answers(second)[block_id]}']").check()
        page.locator(".quiz-form button[type=submit]").click()
        queued = page.locator("[data-offline-queued]")
        expect(queued).to_contain_text("Vos réponses seront corrigées quand vous serez en ligne")
        assert QuizAttempt.objects.count() == 0
        if SHOTS:
            page.screenshot(path=f"{SHOTS}/offline-queued-fr.png", full_page=True)
        # A page neither visited nor downloaded: the offline page, in the learner's language.
        other = page.context.new_page()
        other.goto(f"{server.url}/fr/ordinateur/")
        expect(other.locator("h1")).to_have_text("Vous êtes hors ligne")
        other.close()

        # 3. Back online: graded on the server, shown to the learner; the steps seen are on the server too.
        context.set_offline(False)
        graded = page.locator("[data-offline-graded]")
        expect(graded).to_contain_text("100 %", timeout=30000)
        expect(queued).to_have_count(0)
        attempt = QuizAttempt.objects.get()
        assert attempt.score == 100 and attempt.module_key == second.translation_key
        page.wait_for_selector("[data-lesson][data-progress-pending='0']", state="attached", timeout=30000)
        row = ModuleProgress.objects.get(module_key=second.translation_key)
        assert row.attempts == 1 and row.best_score == 100
        assert len(row.steps_seen) == len(second.steps)
        graded.locator("a").click()
        expect(page.locator("#quiz-result")).to_contain_text("100")
    finally:
        context.close()


@pytest.mark.parametrize("language", ["ar", "ti"])
def test_no_room_on_the_phone_refuses_the_download_with_a_message(browser, offline_course, language):
    server, course = offline_course
    if language == "ti":
        from wagtail.models import Locale

        from tests.utils import translate_now

        translate_now(course["path"], Locale.objects.get(language_code="ti"), {"Premiers pas numériques": "ቀዳሞት ስጉምቲ"})
    context = phone_context(browser, width=320)
    context.add_init_script("navigator.storage.estimate = () => Promise.resolve({quota: 50000, usage: 40000});")
    page = context.new_page()
    try:
        open_path_ready(page, f"{server.url}/{language}/premiers-pas/")
        page.locator("[data-offline-start]").click()
        block = page.locator("[data-offline-download]")
        page.wait_for_selector("[data-offline-download][data-offline-state=no-room]", state="attached")
        expected = {"ar": "لا توجد مساحة كافية", "ti": "ዝኣክል ቦታ የለን"}[language]
        expect(block.locator("[data-offline-status]")).to_contain_text(expected)
        assert path_caches(page) == []
        box = page.locator("[data-offline-start]").bounding_box()
        assert box["height"] >= 44
        # The block fits the 320 px screen (the header's search form is another matter, not this block's).
        area = block.bounding_box()
        assert area["x"] >= 0 and area["x"] + area["width"] <= 320
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            page.screenshot(path=f"{SHOTS}/offline-no-room-{language}.png", full_page=True)
    finally:
        context.close()


def test_a_disk_full_during_the_download_keeps_nothing(browser, offline_course):
    server, _course = offline_course
    context = phone_context(browser)
    # The third file does not fit: the browser refuses to store it, as on a full phone.
    context.add_init_script(
        """(() => { let n = 0; const put = Cache.prototype.put;
        Cache.prototype.put = function (...args) {
          n += 1;
          if (n === 3) return Promise.reject(new DOMException('full', 'QuotaExceededError'));
          return put.apply(this, args);
        }; })();"""
    )
    page = context.new_page()
    try:
        open_path_ready(page, f"{server.url}/fr/premiers-pas/")
        page.locator("[data-offline-start]").click()
        page.wait_for_selector("[data-offline-download][data-offline-state=failed]", state="attached", timeout=30000)
        expect(page.locator("[data-offline-status]")).to_contain_text("rien n'a été gardé")
        assert path_caches(page) == []
        expect(page.locator("[data-offline-list]")).to_be_hidden()
    finally:
        context.close()


def test_a_downloaded_path_is_downloaded_again_when_a_new_revision_is_published_and_can_be_removed(
    browser, offline_course
):
    server, course = offline_course
    context = phone_context(browser)
    page = context.new_page()
    try:
        open_path_ready(page, f"{server.url}/fr/premiers-pas/")
        page.locator("[data-offline-start]").click()
        page.wait_for_selector("[data-offline-download][data-offline-state=done]", state="attached", timeout=60000)
        before = path_caches(page)
        second = ModulePage.objects.get(pk=course["second"].pk)
        second.title = "La souris, pas à pas"
        second.save_revision().publish()
        open_path_ready(page, f"{server.url}/fr/premiers-pas/")
        page.wait_for_function(
            "before => caches.keys().then(keys => { const mine = keys.filter(k => k.startsWith('numerikair-path-'));"
            " return mine.length === 1 && mine[0] !== before; })",
            arg=before[0],
            timeout=60000,
        )
        page.wait_for_selector("[data-offline-download][data-offline-state=done]", state="attached", timeout=60000)
        context.set_offline(True)
        page.goto(f"{server.url}{second.url}")
        expect(page.locator("h1")).to_contain_text("La souris, pas à pas")
        # Removed from the phone with its button: nothing of it is left.
        context.set_offline(False)
        open_path_ready(page, f"{server.url}/fr/premiers-pas/")
        page.locator("[data-offline-remove]").click()
        expect(page.locator("[data-offline-list]")).to_be_hidden()
        assert path_caches(page) == []
    finally:
        context.close()


READ_PROGRESS_STORE = """() => new Promise((resolve, reject) => {
  const opened = indexedDB.open('numerikair-offline');
  opened.onerror = () => reject(opened.error);
  opened.onsuccess = () => {
    const all = opened.result.transaction('progress').objectStore('progress').getAll();
    all.onsuccess = () => { opened.result.close(); resolve(all.result); };
  };
})"""


def test_steps_seen_offline_wait_in_indexeddb_and_an_old_localstorage_queue_moves_there_once(browser, offline_course):
    server, course = offline_course
    first, second = course["first"], course["second"]
    # A step seen with the previous version of the site, still in its queue (localStorage) on this phone.
    legacy = {
        "id": str(uuid.uuid4()),
        "kind": "step_seen",
        "module": str(second.translation_key),
        "step": second.steps[0].id,
        "at": "2026-12-07T10:00:00+00:00",
    }
    context = phone_context(browser)
    page = context.new_page()
    try:
        page.goto(f"{server.url}/fr/")
        page.evaluate("event => localStorage.setItem('numerikair-progress', JSON.stringify([event]))", legacy)
        page.goto(f"{server.url}{first.url}")
        page.wait_for_selector("[data-lesson][data-progress-pending='0']", state="attached", timeout=30000)
        # Moved into IndexedDB, sent with the lesson's first step, and gone from localStorage.
        assert page.evaluate("() => localStorage.getItem('numerikair-progress')") is None
        assert ModuleProgress.objects.get(module_key=second.translation_key).steps_seen == [second.steps[0].id]
        assert page.evaluate(READ_PROGRESS_STORE) == []

        # Offline: the next step seen waits in IndexedDB (nothing in localStorage) ...
        context.set_offline(True)
        page.locator(".step.current [rel=next]").click()
        page.wait_for_selector("[data-lesson][data-progress-pending='1']", state="attached", timeout=30000)
        waiting = page.evaluate(READ_PROGRESS_STORE)
        assert [(event["kind"], event["step"]) for event in waiting] == [("step_seen", first.steps[1].id)]
        assert page.evaluate("() => localStorage.getItem('numerikair-progress')") is None
        # ... and reaches the server once the connection is back.
        context.set_offline(False)
        page.wait_for_selector("[data-lesson][data-progress-pending='0']", state="attached", timeout=30000)
        row = ModuleProgress.objects.get(module_key=first.translation_key)
        assert row.steps_seen[:2] == [first.steps[0].id, first.steps[1].id]
        assert page.evaluate(READ_PROGRESS_STORE) == []
    finally:
        context.close()
