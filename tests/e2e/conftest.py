"""Browser tests: Playwright's sync API runs an event loop in the test thread, and the live server
needs data committed to the database (transactional tests)."""

import os
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


@pytest.fixture
def live_site(browser, transactional_db, live_server):
    from tests.utils import create_multilingual_site

    homes = create_multilingual_site(
        taglines={
            "fr": "Le numérique pas à pas, dans ma langue.",
            "ar": "المهارات الرقمية خطوة بخطوة، بلغتي.",
            "ti": "ዲጂታላዊ ክእለት ስጉምቲ ብስጉምቲ፡ ብቋንቋይ።",
        }
    )
    return live_server, homes


@pytest.fixture
def admin_as(browser, live_site):
    """`admin_as(group, username)`: the Wagtail admin in a desktop Chromium (in French), logged in as a fresh
    member of that group — each role is tested as its members are, never as a superuser."""
    from tests.utils import group_member

    server, _homes = live_site
    contexts = []

    def log_in(group_name, username):
        password = f"mot-de-passe-{username}"
        group_member(group_name, username, password)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
        contexts.append(context)
        page = context.new_page()
        page.goto(f"{server.url}/admin/login/")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", password)
        page.click("button[type=submit]")
        page.wait_for_url("**/admin/")
        return page

    yield log_in
    for context in contexts:
        context.close()


def pytest_collection_modifyitems(items):
    for item in items:
        item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="package")
def browser():
    """One Chromium for the browser tests, closed when they are done (its event loop must not outlive them)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Browser tests are required here but Chromium is missing at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in this thread; the tests' ORM calls are still sync.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def phone(browser):
    """A page in a 360 px wide, touch-enabled browser context, like a cheap Android phone."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def diagnostic_site(live_site):
    """The live site with the test diagnostic (tests/diagnostic/conftest.py): competences, paths, questions."""
    from tests.diagnostic.conftest import build_diagnostic, build_framework

    server, homes = live_site
    return server, build_diagnostic(homes["fr"], build_framework(homes["fr"]))


# A class session (test_classes.py, test_board.py): the trainer, the learners' phones, their work, screenshots.
SHOTS = os.environ.get("NUMERIKAIR_SCREENSHOTS")


def shot(page, name):
    """A full-page screenshot in $NUMERIKAIR_SCREENSHOTS, when it is set (to look at)."""
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=f"{SHOTS}/{name}.png", full_page=True)


@pytest.fixture
def trainer(admin_as):
    """The admin as « formatrice », a fresh Formateurs member who runs classes."""
    return admin_as("Formateurs", "formatrice")


def learner_phone(browser, locale="fr-FR"):
    """A new 360 px touch browser context, like a learner's cheap Android phone, and its page."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True, locale=locale)
    return context, context.new_page()


def join_with_pin(page, server, join_code, name, pin):
    """Scan the class's QR code (its join URL) with no card, give a name and a PIN; return the new card's code."""
    page.goto(f"{server.url}/groupe/{join_code}/")
    page.fill("input[name=display_name]", name)
    page.fill("input[name=pin]", pin)
    page.fill("input[name=pin_again]", pin)
    page.locator("form.stack-form button[type=submit]").click()
    page.wait_for_selector(".learner-card-code")
    return page.locator(".learner-card-code").inner_text().strip()


def answer_quiz(page, server, module, right=False):
    """Open the module's quiz and answer its first (single choice) question, wrong unless `right`."""
    from quiz.grading import model_answers

    question = module.quiz[0]
    answer = model_answers(module.quiz)[question.id]
    choice = f"[value='{answer}']" if right else f":not([value='{answer}'])"
    page.goto(server.url + module.url + "#quiz")
    page.locator(f"input[name='q-{question.id}']{choice}").first.check()
    page.locator(".quiz-form button[type=submit]").click()
    page.wait_for_selector("#quiz-result.passed" if right else "#quiz-result.failed")
