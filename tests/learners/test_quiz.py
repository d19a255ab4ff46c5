"""Quizzes: seven kinds of question, graded on the server only, usable without JavaScript."""

import re
import uuid

import pytest
from django.core.cache import cache
from django.test import Client

from core.text import fold
from courses.models import ModulePage
from learners.models import ModuleProgress, QuizAttempt
from quiz.blocks import tap_grid
from quiz.grading import grade
from tests.learners.conftest import right_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    return Client()


def form_answers(module, answers):
    """The POST a browser without JavaScript sends for these answers."""
    data = {"attempt": str(uuid.uuid4())}
    for block in module.quiz:
        answer = answers.get(block.id)
        name = f"q-{block.id}"
        if block.block_type == "order":
            for position, item in enumerate(answer, start=1):
                data[f"{name}-{item}"] = str(position)
        elif block.block_type == "tap":
            columns, rows = tap_grid(block.value["image"])
            data[name] = f"{int(answer['x'] * columns // 100)}-{int(answer['y'] * rows // 100)}"
        elif block.block_type == "true_false":
            data[name] = "true" if answer else "false"
        else:
            data[name] = answer
    return data


def test_every_kind_of_question_is_graded(course):
    module = course["first"]
    assert grade(module.quiz, right_answers(module))["score"] == 100
    wrong = {block.id: None for block in module.quiz}
    result = grade(module.quiz, wrong)
    assert result["score"] == 0 and result["passed"] is False


def test_typed_answers_ignore_case_accents_and_spaces():
    assert fold("  ENTREE ") == fold("Entrée")
    assert fold("l’arobase") == fold("l'arobase")


def test_typed_answers_ignore_the_keyboards_digits_and_letter_forms():
    assert fold("٣٦٤٦") == fold("۳۶۴۶") == fold("3646")
    assert fold("چرخک") == fold("چرخك")


def test_a_tap_near_the_target_counts_and_a_tap_elsewhere_does_not(course):
    module = course["first"]
    tap = next(block for block in module.quiz if block.block_type == "tap")
    answers = right_answers(module)
    assert grade(module.quiz, {**answers, tap.id: {"x": 92, "y": 10}})["questions"][5]["correct"] is True
    assert grade(module.quiz, {**answers, tap.id: {"x": 10, "y": 80}})["questions"][5]["correct"] is False


def test_multiple_choice_needs_every_right_answer_and_nothing_else(course):
    module = course["first"]
    question = module.quiz[1]
    ids = [child.id for child in question.value["choices"].bound_blocks]
    assert grade(module.quiz, {question.id: ids[:1]})["questions"][1]["correct"] is False
    assert grade(module.quiz, {question.id: ids})["questions"][1]["correct"] is False
    assert grade(module.quiz, {question.id: ids[:2]})["questions"][1]["correct"] is True


def test_the_page_never_tells_which_answer_is_right_before_submitting(client, course):
    """Swap which choice is right: the page the learner receives stays exactly the same."""
    module = course["first"]
    before = client.get(module.url).content.decode()
    assert "Oui : le bouton rond allume." not in before  # feedback only after an attempt
    page = ModulePage.objects.get(pk=module.pk)
    data = page.quiz.raw_data
    for choice in data[0]["value"]["choices"]:
        choice["value"]["correct"] = not choice["value"]["correct"]
    data[3]["value"]["answer"] = not data[3]["value"]["answer"]
    page.quiz = data
    page.save()
    cache.clear()  # the page cache purges on publish; this test edits the live page directly
    after = client.get(module.url).content.decode()
    strip = lambda html: re.sub(r'name="(attempt|csrfmiddlewaretoken)" value="[^"]+"', "", html)  # noqa: E731
    assert strip(before) == strip(after)


def test_steps_to_order_are_never_shown_in_the_right_order(client, course):
    page = client.get(course["first"].url).content.decode()
    shown = re.findall(r"</select> <span dir=\"auto\">([^<]+)</span>", page)
    assert sorted(shown) == sorted(["Allumer", "Se connecter", "Éteindre"])
    assert shown != ["Allumer", "Se connecter", "Éteindre"]


def test_the_quiz_works_without_javascript_and_shows_feedback_with_icons(client, course):
    module = course["first"]
    response = client.post(f"/fr/learner/quiz/{module.translation_key}/", form_answers(module, right_answers(module)))
    assert response.status_code == 302
    result = client.get(response["Location"].split("#")[0]).content.decode()
    assert "100 %" in result
    assert "Oui : le bouton rond allume." in result
    assert result.count("img/check.svg") >= 7
    assert QuizAttempt.objects.get().passed is True


def test_feedback_is_shown_in_the_language_of_the_page(client, course):
    module, arabic = course["first"], course["first_ar"]
    response = client.post(f"/ar/learner/quiz/{module.translation_key}/", form_answers(module, right_answers(module)))
    page = client.get(response["Location"].split("#")[0]).content.decode()
    assert response["Location"].startswith("/ar/learner/quiz/")
    assert '<html lang="ar" dir="rtl">' in page and arabic.title in page
    assert "الزر الدائري" in page


def test_a_failed_attempt_can_be_retried_and_the_best_score_is_kept(client, course):
    module = course["first"]
    url = f"/fr/learner/quiz/{module.translation_key}/"
    client.post(url, form_answers(module, right_answers(module)))
    client.post(url, {"attempt": str(uuid.uuid4())})  # nothing answered: 0 %
    assert QuizAttempt.objects.count() == 2
    summary = ModuleProgress.objects.get()
    assert summary.best_score == 100 and summary.attempts == 2


def test_submitting_the_same_form_twice_stores_one_attempt(client, course):
    module = course["first"]
    data = form_answers(module, right_answers(module))
    url = f"/fr/learner/quiz/{module.translation_key}/"
    client.post(url, data)
    client.post(url, data)
    assert QuizAttempt.objects.count() == 1


def test_the_same_position_twice_in_an_order_question_gets_a_message_and_stores_nothing(client, course):
    module = course["first"]
    data = form_answers(module, right_answers(module))
    order = next(block for block in module.quiz if block.block_type == "order")
    for child in order.value["items"].bound_blocks:
        data[f"q-{order.id}-{child.id}"] = "1"
    response = client.post(f"/fr/learner/quiz/{module.translation_key}/", data, follow=True)
    assert "Donnez à chaque étape un numéro différent" in response.content.decode()
    assert not QuizAttempt.objects.exists()


def test_another_learners_attempt_result_is_not_shown(client, course):
    module = course["first"]
    client.post(f"/fr/learner/quiz/{module.translation_key}/", form_answers(module, right_answers(module)))
    attempt = QuizAttempt.objects.get()
    url = f"/fr/learner/quiz/{module.translation_key}/result/{attempt.pk}/"
    assert "Oui : le bouton rond allume." in client.get(url).content.decode()
    other = Client().get(url)
    assert other.status_code == 404
    assert "Oui : le bouton rond allume." not in other.content.decode()


def test_a_single_choice_question_without_exactly_one_right_answer_is_refused_in_the_editor():
    from django.core.exceptions import ValidationError

    from quiz.blocks import SingleChoiceQuestionBlock

    block = SingleChoiceQuestionBlock()
    raw = {"prompt": "?", "image": None, "alt": "", "audio": None}
    none_right = block.to_python({**raw, "choices": [{"text": "a", "correct": False}, {"text": "b", "correct": False}]})
    with pytest.raises(ValidationError):
        block.clean(none_right)
    one_right = block.to_python({**raw, "choices": [{"text": "a", "correct": True}, {"text": "b", "correct": False}]})
    assert block.clean(one_right)


def test_the_trainers_preview_shows_right_answers_and_the_tap_target(course):
    module = course["first"]
    preview = module.make_preview_request().content.decode()
    assert "tap-target" in preview and "left: 70.000000%" in preview
    assert preview.count('class="preview-answer"') == 4  # single: 1, multiple: 2, image: 1


def test_without_javascript_the_screenshot_is_cut_into_cells_of_at_least_44_px_and_each_cell_is_graded(client, course):
    module = course["first"]
    tap = next(block for block in module.quiz if block.block_type == "tap")
    page = client.get(module.url).content.decode()
    cells = re.findall(rf'<input type="radio" name="q-{tap.id}" value="(\d+)-(\d+)"', page)
    # A 640 × 400 screenshot: 5 columns (46 px at 320 px) and 3 rows, each cell taller than wide.
    assert len(cells) == 15 and {int(column) for column, _ in cells} == set(range(5))
    assert "grid-template-columns: repeat(5, 1fr); grid-template-rows: repeat(3, 1fr)" in page
    # The target is x 70–90 %, y 5–15 %: the cells of the top row that touch it are right, every other is wrong.
    for column, row in cells:
        answer = tap.block.answer_from_form(tap, {f"q-{tap.id}": f"{column}-{row}"})
        _answer, correct = tap.block.grade(tap.value, answer)
        assert correct is (row == "0" and column in ("3", "4")), (column, row)

    url = f"/fr/learner/quiz/{module.translation_key}/"
    for cell, expected in (("4-0", True), ("1-2", False)):
        data = {**form_answers(module, right_answers(module)), f"q-{tap.id}": cell, "attempt": str(uuid.uuid4())}
        assert client.post(url, data).status_code == 302
        assert QuizAttempt.objects.get(pk=data["attempt"]).result["questions"][5]["correct"] is expected
