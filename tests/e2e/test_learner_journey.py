"""The whole journey of a learner without email, in a real browser on a 360 px phone: a lesson and its quiz
in Arabic, a learner card, the same progress in French on a second device, the path completed, the
attestation downloaded and verified, the data exported and erased."""

import io
import json
import os
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from learners.models import Learner
from tests.learners.conftest import build_course, right_answers

SHOTS = os.environ.get("NUMERIKAIR_SCREENSHOTS")


def shot(page, name):
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=f"{SHOTS}/{name}.png", full_page=True)


@pytest.fixture
def course(live_site):
    server, homes = live_site
    return server, build_course(homes["fr"])


def follow_steps(page):
    """Read every step with the Next button, then Finish; wait until the progress is stored."""
    while page.locator(".step.current [rel=next]").count():
        page.locator(".step.current [rel=next]").click()
    page.locator(".step.current [data-step-link=end]").click()
    page.locator("[data-lesson][data-progress-pending='0']").wait_for(state="attached")


def answer_quiz(page, module):
    answers = right_answers(module)
    for block in module.quiz:
        name = f"q-{block.id}"
        answer = answers[block.id]
        kind = block.block_type
        if kind in ("single_choice", "image_choice"):
            page.locator(f"input[name='{name}'][value='{answer}']").check()
        elif kind == "multiple_choice":
            for choice in answer:
                page.locator(f"input[name='{name}'][value='{choice}']").check()
        elif kind == "true_false":
            page.locator(f"input[name='{name}'][value='{'true' if answer else 'false'}']").check()
        elif kind == "order":
            for position, item in enumerate(answer, start=1):
                page.locator(f"select[name='{name}-{item}']").select_option(str(position))
        elif kind == "tap":
            area = page.locator(f"#question-{block.id} .tap-area")
            box = area.bounding_box()
            value = block.value
            x = (value["target_x"] + value["target_width"] / 2) / 100 * box["width"]
            y = (value["target_y"] + value["target_height"] / 2) / 100 * box["height"]
            area.click(position={"x": x, "y": y})
        elif kind == "short_answer":
            page.locator(f"input[name='{name}']").fill(answer)
    page.locator(".quiz-form button[type=submit]").click()
    page.wait_for_selector("#quiz-result")


def new_phone(browser):
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True, accept_downloads=True
    )
    return context, context.new_page()


def test_learner_journey_from_arabic_lesson_to_verified_attestation_and_erasure(browser, course):
    server, course = course
    first, second, first_ar = course["first"], course["second"], course["first_ar"]

    # 1. An anonymous learner follows the first lesson in Arabic and passes its quiz.
    phone_a, page = new_phone(browser)
    page.goto(server.url + first_ar.url)
    follow_steps(page)
    shot(page, "1-lesson-end-ar")
    answer_quiz(page, first_ar)
    result = page.locator("#quiz-result")
    assert "100" in result.inner_text()
    assert result.locator("img[src$='check.svg']").count() >= 7
    shot(page, "2-quiz-result-ar")

    # 2. They save their progress: a learner card with a PIN they choose.
    page.locator(".learner-link").click()
    page.locator("a[href$='/learner/card/']").first.click()
    page.fill("input[name=display_name]", "أمينة")
    page.fill("input[name=pin]", "2580")
    page.fill("input[name=pin_again]", "2580")
    page.locator(".stack-form button[type=submit]").click()
    code = page.locator(".learner-card-code").inner_text().strip()
    assert re.fullmatch(r"[A-Z]+-[A-Z]+-[2-9]{4}", code)
    assert page.locator(".learner-card-qr svg").count() == 1
    shot(page, "3-card-ar")

    # 3. On another device, in French, code + PIN bring the same progress.
    phone_b, other = new_phone(browser)
    other.goto(server.url + "/fr/learner/signin/")
    other.fill("input[name=code]", code.lower().replace("-", " "))
    other.fill("input[name=pin]", "2580")
    other.locator(".stack-form button[type=submit]").click()
    other.wait_for_url(re.compile(r"/fr/learner/$"))
    lessons = other.locator("#modules-title + ul").inner_text()
    assert first.title in lessons
    assert "Terminé" in lessons
    shot(other, "4-my-progress-fr")

    # 4. They complete the path with the second lesson, in French.
    other.goto(server.url + second.url)
    follow_steps(other)
    answer_quiz(other, second)
    other.goto(server.url + course["path"].url)
    assert other.locator(".path-progress progress").get_attribute("value") == "2"
    shot(other, "5-path-complete-fr")

    # 5. The attestation: a PDF with the path and a verification code...
    with other.expect_download() as download_info:
        other.locator(".path-progress button[type=submit]").click()
    pdf = Path(download_info.value.path()).read_bytes()
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Premiers pas numériques" in text
    verification = re.search(r"[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}", text).group(0)

    # ...that a trainer or an employer checks at the URL printed on it.
    employer = browser.new_page()
    employer.goto(f"{server.url}/fr/verify/{verification}/")
    assert "أمينة" in employer.locator(".verified").inner_text()
    assert "Premiers pas numériques" in employer.locator(".verified").inner_text()
    shot(employer, "6-verify-fr")
    employer.close()

    # 6. My data: downloaded as JSON, then erased.
    other.goto(server.url + "/fr/learner/")
    with other.expect_download() as download_info:
        other.locator("a[href$='/learner/export/']").click()
    data = json.loads(Path(download_info.value.path()).read_text())
    assert len(data["quiz_attempts"]) == 2 and data["attestations"][0]["code"] == verification
    other.locator("a[href$='/learner/erase/']").click()
    other.locator("form button.danger").click()
    other.wait_for_url(re.compile(r"/fr/learner/$"))
    assert Learner.objects.count() == 0
    employer = browser.new_page()
    response = employer.goto(f"{server.url}/fr/verify/{verification}/")
    assert response.status == 404
    employer.close()
    phone_a.close()
    phone_b.close()
