"""« Par où commencer ? » in Chromium on a 360 px phone, in French, Arabic and Tigrinya: a learner who fails
the mouse questions is proposed « Premiers pas numériques », one who passes them a later path."""

import pytest

from diagnostic.models import DiagnosticQuestion
from tests.diagnostic.conftest import PATH_TITLES


def answer(page, question, right):
    """Answer the question on the screen with taps and typing, as a learner would."""
    bound = question.block
    kind, value, name = bound.block_type, bound.value, f"q-{bound.id}"
    if kind == "tap":
        area = page.locator(f"#question-{bound.id} .tap-area")
        box = area.bounding_box()
        if right:
            x = (value["target_x"] + value["target_width"] / 2) / 100 * box["width"]
            y = (value["target_y"] + value["target_height"] / 2) / 100 * box["height"]
        else:
            x, y = 3, 3
        area.click(position={"x": x, "y": y})
    elif kind in ("image_choice", "single_choice", "drag"):  # a drag task can be answered by a tap too
        choice = next(child for child in value["choices"].bound_blocks if bool(child.value["correct"]) == right)
        page.locator(f"label:has(input[name='{name}'][value='{choice.id}'])").click()
    elif kind == "short_answer":
        page.locator(f"input[name='{name}']").fill("@" if right else "a")
    elif kind == "true_false":
        page.locator(f"input[name='{name}'][value='{'true' if bool(value['answer']) == right else 'false'}']").check()
    page.locator("#diagnostic-next").click()


@pytest.mark.parametrize("language", ["fr", "ar", "ti"])
@pytest.mark.parametrize("passes_mouse, proposed", [(False, "premiers"), (True, "later")])
def test_the_diagnostic_proposes_a_path_from_the_mouse_questions(
    diagnostic_site, phone, language, passes_mouse, proposed
):
    server, _diagnostic = diagnostic_site
    page = phone
    page.goto(f"{server.url}/{language}/diagnostic/")
    page.locator("#diagnostic-start").click()
    # Each prompt can be heard: with the browser's voice when it has one for the language, and then
    # only (the button is labelled « synthetic voice »); never a button that does nothing.
    has_voice = page.evaluate(
        "lang => speechSynthesis.getVoices().some(voice => voice.lang.toLowerCase().startsWith(lang))", language
    )
    assert page.locator(".listen-tts").is_visible() == has_voice
    asked = []
    while "/diagnostic/result/" not in page.url:
        page.locator("input[name=question]").wait_for(state="attached")
        key = page.locator("input[name=question]").get_attribute("value")
        question = DiagnosticQuestion.objects.get(translation_key=key, locale__language_code="fr")
        asked.append(question.level)
        # The page fits the phone: nothing wider than the screen.
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        answer(page, question, right=passes_mouse and question.level == 1)
        page.wait_for_load_state()
    assert 1 in asked  # the mouse questions were asked
    assert len(asked) <= 12
    title = page.locator(".diagnostic-path-title").inner_text()
    assert title == PATH_TITLES[proposed][language]
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def test_with_a_tigrinya_voice_the_question_is_read_aloud_through_the_shared_listen_button(diagnostic_site, browser):
    server, _diagnostic = diagnostic_site
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    context.add_init_script(
        "Object.defineProperty(speechSynthesis, 'getVoices', {value: () => [{lang: 'ti-ER', name: 'ትግርኛ'}]});"
        "window.spoken = []; window.SpeechSynthesisUtterance = function (text) { this.text = text; };"
        "speechSynthesis.speak = utterance => window.spoken.push(utterance.text);"
    )
    page = context.new_page()
    page.goto(f"{server.url}/ti/diagnostic/")
    page.locator("#diagnostic-start").click()
    button = page.locator(".listen-tts")
    button.wait_for(state="visible")
    button.click()
    spoken = page.evaluate("window.spoken")
    assert spoken == [page.locator("#diagnostic-prompt").text_content()]
    context.close()


def test_a_drag_task_is_answered_by_dragging_the_icon_onto_the_picture(diagnostic_site, phone, tmp_path):
    from tests.diagnostic.test_diagnostic import drag_task

    server, diagnostic = diagnostic_site
    task = drag_task(diagnostic)
    page = phone
    page.goto(f"{server.url}/fr/diagnostic/")
    page.locator("#diagnostic-start").click()
    item = page.locator("[data-drag-item]")
    item.wait_for()
    box = item.bounding_box()
    assert box["width"] >= 44 and box["height"] >= 44
    target = page.locator("[data-drop]").first  # « La corbeille », the right one
    target.scroll_into_view_if_needed()
    box, goal = item.bounding_box(), target.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(goal["x"] + goal["width"] / 2, goal["y"] + goal["height"] / 2, steps=8)
    page.mouse.up()
    assert page.locator("[data-drop] input").first.is_checked()
    page.screenshot(path=tmp_path / "drag-360.png", full_page=True)
    page.locator("#diagnostic-next").click()
    page.wait_for_load_state()
    # The form sent the picture the icon was dropped on: the diagnostic went on to its next question.
    assert page.locator("input[name=question]").get_attribute("value") != str(task.translation_key)
