"""Each kind of question presents, grades and explains itself; a whole quiz only walks them."""

import pytest
from django.http import QueryDict

from quiz.blocks import QuestionBlock, QuizStreamBlock
from quiz.grading import answers_from_form, feedback, grade, model_answers, questions_for_form
from tests.factories import ModulePageFactory, ThemePageFactory, question
from tests.utils import create_multilingual_site

pytestmark = pytest.mark.django_db

ZWNJ = "\u200c"


@pytest.fixture
def dari_module():
    homes = create_multilingual_site()
    theme = ThemePageFactory(parent=homes["fr"])
    return ModulePageFactory(
        parent=theme,
        quiz=[question("short_answer", "Écrivez « je veux » en dari.", answers=[f"می{ZWNJ}خواهم"])],
    )


def test_a_dari_answer_typed_without_the_zero_width_non_joiner_is_right(dari_module):
    quiz = dari_module.quiz
    assert grade(quiz, {quiz[0].id: "میخواهم"})["score"] == 100
    assert grade(quiz, {quiz[0].id: f"می{ZWNJ}خواهم"})["score"] == 100
    assert grade(quiz, {quiz[0].id: "میخورم"})["score"] == 0


def test_every_kind_of_question_is_one_block_class_with_its_own_form_template():
    kinds = QuizStreamBlock().child_blocks
    assert set(kinds) == {
        "single_choice",
        "multiple_choice",
        "image_choice",
        "true_false",
        "order",
        "tap",
        "short_answer",
    }
    for name, block in kinds.items():
        assert isinstance(block, QuestionBlock), name
        assert block.form_template == f"quiz/questions/{name}.html", name


def test_a_model_answer_given_through_the_plain_form_scores_full_marks(dari_module):
    quiz = dari_module.quiz
    form = QueryDict(mutable=True)
    form[f"q-{quiz[0].id}"] = model_answers(quiz)[quiz[0].id]
    result = grade(quiz, answers_from_form(quiz, form))
    assert result["score"] == 100
    assert feedback(quiz, result)[0]["messages"] == ["Bravo."]


def test_the_form_of_a_typed_answer_question_never_carries_the_accepted_answers(dari_module):
    asked = questions_for_form(dari_module.quiz)[0]
    assert asked["template"] == "quiz/questions/short_answer.html"
    assert "خواهم" not in str(asked)


@pytest.fixture
def every_kind():
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="capture", file=get_test_image_file())
    homes = create_multilingual_site()
    theme = ThemePageFactory(parent=homes["fr"])
    return ModulePageFactory(
        parent=theme,
        quiz=[
            question("single_choice", choices=[{"text": "Oui", "correct": True}, {"text": "Non"}]),
            question(
                "multiple_choice",
                choices=[
                    {"text": "Le clavier", "correct": True},
                    {"text": "La souris", "correct": True},
                    {"text": "Le câble"},
                ],
            ),
            question(
                "image_choice",
                choices=[{"image": image, "label": "souris", "correct": True}, {"image": image, "label": "clavier"}],
            ),
            question("true_false", answer=False),
            question("order", items=["Allumer", "Se connecter", "Éteindre"]),
            question(
                "tap", image=image, alt="Un écran.", target_x=70.0, target_y=5.0, target_width=20.0, target_height=10.0
            ),
            question("short_answer", answers=["Entrée"]),
        ],
    ).quiz


def wrong_answer(bound):
    right = bound.block.model_answer(bound)
    kind = bound.block_type
    if kind in ("single_choice", "image_choice"):
        return next(child.id for child in bound.value["choices"].bound_blocks if child.id != right)
    if kind == "multiple_choice":
        return right[:1]
    if kind == "true_false":
        return not right
    if kind == "order":
        return list(reversed(right))
    if kind == "tap":
        return {"x": 5.0, "y": 95.0}
    return "Espace"


def test_for_every_kind_the_right_answer_is_right_and_a_wrong_one_is_wrong(every_kind):
    for bound in every_kind:
        right = bound.block.grade(bound.value, bound.block.model_answer(bound))[1]
        wrong = bound.block.grade(bound.value, wrong_answer(bound))[1]
        assert (bound.block_type, right, wrong) == (bound.block_type, True, False)
