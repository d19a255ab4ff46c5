"""A lesson in a browser without JavaScript, on a 320 px phone in Arabic: the page is public (no cookie), the
quiz is sent, the learner confirms on a page of their own, and sees the result there (issue 14 §1)."""

import os
from pathlib import Path

import pytest

from tests.learners.conftest import build_course

SHOTS = os.environ.get("NUMERIKAIR_SCREENSHOTS")


@pytest.fixture
def course(live_site):
    server, homes = live_site
    return server, build_course(homes["fr"])


def test_the_quiz_works_without_javascript_on_a_public_arabic_lesson(browser, course):
    server, course = course
    context = browser.new_context(viewport={"width": 320, "height": 640}, is_mobile=True, java_script_enabled=False)
    page = context.new_page()
    response = page.goto(server.url + course["first_ar"].url)
    assert "public" in response.headers["cache-control"]
    assert not context.cookies()  # the public lesson set none
    page.locator(".quiz-form input[type=radio]").first.check(force=True)
    page.locator(".quiz-form button[type=submit]").click()
    confirm = page.locator("main form button[type=submit]")
    assert confirm.inner_text() == "التحقق من إجاباتي"  # "Check my answers"
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=f"{SHOTS}/public-confirm-ar-320.png", full_page=True)
    box = confirm.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 200, box  # a big tap target
    confirm.click()
    result = page.locator("#quiz-result")
    result.wait_for()
    assert "/ar/learner/quiz/" in page.url
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/public-result-ar-320.png")
    context.close()
