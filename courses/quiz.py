"""Quiz questions at the end of a module: their blocks, the form the learner sees, and server-side grading.

Every question, choice and item is named by its StreamField/ListBlock id, which wagtail-localize keeps in
every translation: an answer given in Arabic is graded against the French module's key and the feedback can
be shown in any language. The form never says which answer is right: choices carry only their random ids,
the steps to order are shuffled, and feedback is rendered only for a submitted attempt.
"""

import random
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from courses.blocks import AudioChooserBlock

DEFAULT_PASS_MARK = 70
TAP_GRID = 10  # the screenshot is cut into 10 × 10 cells that can be tapped without JavaScript
TAP_TOLERANCE = 100 / TAP_GRID / 2  # percent: a tapped cell counts when it touches the target
MAX_TEXT_ANSWER = 200


class QuizPayloadError(ValueError):
    """The answers do not fit the quiz (tampered or broken client): nothing is stored."""


# --- Blocks ----------------------------------------------------------------------------------------


class QuestionBlock(blocks.StructBlock):
    """What every question has: the prompt, an optional picture and an optional recording."""

    prompt = blocks.CharBlock(label="Question", max_length=250, help_text="Une phrase courte, en français facile.")
    image = ImageChooserBlock(required=False, label="Image (facultatif)")
    alt = blocks.CharBlock(required=False, max_length=250, label="Texte alternatif de l'image")
    audio = AudioChooserBlock(label="Audio de la question (facultatif)")

    def clean(self, value):
        value = super().clean(value)
        if value.get("image") and not value.get("alt"):
            raise StructBlockValidationError(
                {"alt": ValidationError("Décrivez l'image pour les personnes qui ne la voient pas.")}
            )
        return value


class FeedbackMixin(blocks.StructBlock):
    feedback_correct = blocks.CharBlock(required=False, max_length=300, label="Message si la réponse est juste")
    feedback_wrong = blocks.CharBlock(required=False, max_length=300, label="Message si la réponse est fausse")


class ChoiceAnswerBlock(blocks.StructBlock):
    """One possible answer written as text."""

    text = blocks.CharBlock(label="Réponse", max_length=160)
    correct = blocks.BooleanBlock(required=False, label="C'est une bonne réponse")
    feedback = blocks.CharBlock(required=False, max_length=300, label="Explication montrée après la réponse")

    class Meta:
        icon = "radio-full"


class ImageAnswerBlock(blocks.StructBlock):
    """One possible answer shown as a picture, with a short label that is also read aloud."""

    image = ImageChooserBlock(label="Image")
    label = blocks.CharBlock(label="Nom de l'image", max_length=80, help_text="Écrit sous l'image et lu à voix haute.")
    audio = AudioChooserBlock(label="Audio du nom (facultatif)")
    correct = blocks.BooleanBlock(required=False, label="C'est la bonne image")
    feedback = blocks.CharBlock(required=False, max_length=300, label="Explication montrée après la réponse")

    class Meta:
        icon = "image"


def _count_correct(value):
    return sum(1 for choice in value["choices"] if choice["correct"])


def _require_one_correct(value, message):
    if _count_correct(value) != 1:
        raise StructBlockValidationError({"choices": ValidationError(message)})


class SingleChoiceQuestionBlock(QuestionBlock):
    """One right answer among a few."""

    choices = blocks.ListBlock(ChoiceAnswerBlock(), min_num=2, max_num=6, label="Réponses")

    def clean(self, value):
        value = super().clean(value)
        _require_one_correct(value, "Cochez exactement une bonne réponse.")
        return value

    class Meta:
        icon = "radio-full"
        label = "Choix unique"


class MultipleChoiceQuestionBlock(QuestionBlock):
    """Several right answers: the learner must tick all of them and nothing else."""

    choices = blocks.ListBlock(ChoiceAnswerBlock(), min_num=2, max_num=8, label="Réponses")

    def clean(self, value):
        value = super().clean(value)
        if _count_correct(value) < 1:
            raise StructBlockValidationError({"choices": ValidationError("Cochez au moins une bonne réponse.")})
        return value

    class Meta:
        icon = "tasks"
        label = "Choix multiple"


class ImageChoiceQuestionBlock(QuestionBlock):
    """The answers are pictures: for learners who read little."""

    choices = blocks.ListBlock(ImageAnswerBlock(), min_num=2, max_num=6, label="Images")

    def clean(self, value):
        value = super().clean(value)
        _require_one_correct(value, "Cochez exactement une bonne image.")
        return value

    class Meta:
        icon = "image"
        label = "Choix d'images"


class TrueFalseQuestionBlock(QuestionBlock, FeedbackMixin):
    """A sentence that is true or false."""

    answer = blocks.BooleanBlock(required=False, label="La phrase est vraie")

    class Meta:
        icon = "tick-inverse"
        label = "Vrai ou faux"


class OrderQuestionBlock(QuestionBlock, FeedbackMixin):
    """Steps to put back in order; the learner sees them shuffled."""

    items = blocks.ListBlock(
        blocks.CharBlock(max_length=160, label="Étape"),
        min_num=3,
        max_num=8,
        label="Étapes, dans le bon ordre",
    )

    class Meta:
        icon = "order"
        label = "Remettre dans l'ordre"


class TapQuestionBlock(QuestionBlock, FeedbackMixin):
    """Tap the right place on a screenshot. The target is a rectangle in percent of the image."""

    target_x = blocks.FloatBlock(min_value=0, max_value=100, label="Cible : gauche (%)")
    target_y = blocks.FloatBlock(min_value=0, max_value=100, label="Cible : haut (%)")
    target_width = blocks.FloatBlock(min_value=1, max_value=100, label="Cible : largeur (%)")
    target_height = blocks.FloatBlock(min_value=1, max_value=100, label="Cible : hauteur (%)")

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if not value.get("image"):
            errors["image"] = ValidationError("Choisissez la capture d'écran sur laquelle l'apprenant touche.")
        if value["target_x"] + value["target_width"] > 100:
            errors["target_width"] = ValidationError(
                "La cible dépasse le bord droit de l'image (gauche + largeur > 100)."
            )
        if value["target_y"] + value["target_height"] > 100:
            errors["target_height"] = ValidationError("La cible dépasse le bas de l'image (haut + hauteur > 100).")
        if errors:
            raise StructBlockValidationError(errors)
        return value

    class Meta:
        icon = "crosshairs"
        label = "Toucher le bon endroit"
        form_classname = "struct-block tap-question-block"
        help_text = (
            "La cible est un rectangle en pourcentage de l'image : par exemple gauche 70, haut 5, largeur 25, "
            "hauteur 10 pour un bouton en haut à droite. L'aperçu de la page (bouton « Aperçu ») montre la cible en "
            "orange et les bonnes réponses ; les apprenants ne les voient jamais."
        )


class ShortAnswerQuestionBlock(QuestionBlock, FeedbackMixin):
    """A word to type; compared without case, accents or extra spaces."""

    answers = blocks.ListBlock(
        blocks.CharBlock(max_length=MAX_TEXT_ANSWER, label="Réponse acceptée"),
        min_num=1,
        label="Réponses acceptées",
        help_text="Toutes les façons justes de l'écrire. Majuscules et accents ne comptent pas.",
    )

    class Meta:
        icon = "pilcrow"
        label = "Réponse courte"


class QuizStreamBlock(blocks.StreamBlock):
    """The questions of a module's quiz."""

    single_choice = SingleChoiceQuestionBlock()
    multiple_choice = MultipleChoiceQuestionBlock()
    image_choice = ImageChoiceQuestionBlock()
    true_false = TrueFalseQuestionBlock()
    order = OrderQuestionBlock()
    tap = TapQuestionBlock()
    short_answer = ShortAnswerQuestionBlock()


# --- Presentation -----------------------------------------------------------------------------------


def _choices(value):
    return [
        {
            "id": child.id,
            "text": child.value.get("text", ""),
            "label": child.value.get("label", ""),
            "image": child.value.get("image"),
            "audio": child.value.get("audio"),
        }
        for child in value["choices"].bound_blocks
    ]


def shuffled_items(block):
    """The items of an order question in a fixed order that is never the right one."""
    items = [{"id": child.id, "text": child.value} for child in block.value["items"].bound_blocks]
    shuffled = list(items)
    random.Random(block.id).shuffle(shuffled)  # noqa: S311 (a presentation order, not a secret)
    if len(shuffled) > 1 and shuffled == items:
        shuffled = shuffled[1:] + shuffled[:1]
    return shuffled


def questions_for_form(quiz, show_answers=False):
    """What the template needs to ask each question, with nothing that tells the right answer.

    `show_answers` is for the editor's preview only: right choices are marked and the tap target drawn.
    """
    questions = []
    for number, block in enumerate(quiz, start=1):
        value = block.value
        question = {
            "number": number,
            "id": block.id,
            "type": block.block_type,
            "prompt": value["prompt"],
            "image": value.get("image"),
            "alt": value.get("alt"),
            "audio": value.get("audio"),
        }
        if block.block_type in ("single_choice", "multiple_choice", "image_choice"):
            question["choices"] = _choices(value)
            if show_answers:
                right = {child.id for child in value["choices"].bound_blocks if child.value["correct"]}
                for choice in question["choices"]:
                    choice["correct"] = choice["id"] in right
        elif block.block_type == "order":
            question["items"] = shuffled_items(block)
            question["positions"] = list(range(1, len(question["items"]) + 1))
        elif block.block_type == "tap":
            if show_answers:
                question["target"] = {
                    "x": value["target_x"],
                    "y": value["target_y"],
                    "width": value["target_width"],
                    "height": value["target_height"],
                }
            question["cells"] = [
                {"value": f"{column}-{row}", "column": column, "row": row}
                for row in range(TAP_GRID)
                for column in range(TAP_GRID)
            ]
        questions.append(question)
    return questions


# --- Grading -----------------------------------------------------------------------------------------


# Letters that Arabic, Persian and Pashto keyboards type differently for the same word.
ARABIC_SCRIPT_VARIANTS = str.maketrans({"ک": "ك", "ی": "ي", "ى": "ي", "ې": "ي", "ۍ": "ي", "ة": "ه", "ـ": None})


def fold(text):
    """Case, accents, spacing and the keyboard's digits do not count in a typed answer ("٣٩٤٩" = "3949")."""
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    bare = "".join(
        str(unicodedata.decimal(char)) if char.isdecimal() else char
        for char in decomposed
        if not unicodedata.combining(char)
    )
    return " ".join(bare.replace("’", "'").translate(ARABIC_SCRIPT_VARIANTS).split())


def _ids(value, field):
    return [child.id for child in value[field].bound_blocks]


def _check_choice(value, answer, field="choices"):
    if not isinstance(answer, str) or answer not in _ids(value, field):
        raise QuizPayloadError(_("An answer is not one of the choices of its question."))
    return answer


def _grade_one(block, answer, also_accepted=()):
    """(normalised answer, correct?) for one question; raises QuizPayloadError for a malformed answer."""
    value = block.value
    kind = block.block_type
    if kind in ("single_choice", "image_choice"):
        answer = _check_choice(value, answer)
        correct = next(child.value["correct"] for child in value["choices"].bound_blocks if child.id == answer)
        return answer, bool(correct)
    if kind == "multiple_choice":
        if not isinstance(answer, list) or len(answer) > len(value["choices"]) or len(set(answer)) != len(answer):
            raise QuizPayloadError(_("A multiple-choice answer must be a list of different choices."))
        chosen = {_check_choice(value, item) for item in answer}
        right = {child.id for child in value["choices"].bound_blocks if child.value["correct"]}
        return sorted(chosen), chosen == right
    if kind == "true_false":
        if not isinstance(answer, bool):
            raise QuizPayloadError(_("A true-or-false answer must be true or false."))
        return answer, answer == bool(value["answer"])
    if kind == "order":
        ids = _ids(value, "items")
        if not isinstance(answer, list) or sorted(map(str, answer)) != sorted(ids) or len(answer) != len(ids):
            raise QuizPayloadError(_("To put the steps in order, give each step exactly once."))
        return list(answer), list(answer) == ids
    if kind == "tap":
        if (
            not isinstance(answer, dict)
            or set(answer) != {"x", "y"}
            or not all(isinstance(answer[axis], int | float) and not isinstance(answer[axis], bool) for axis in "xy")
            or not all(0 <= answer[axis] <= 100 for axis in "xy")
        ):
            raise QuizPayloadError(_("A tap must be a point with x and y between 0 and 100."))
        x, y = float(answer["x"]), float(answer["y"])
        inside = (
            value["target_x"] - TAP_TOLERANCE <= x <= value["target_x"] + value["target_width"] + TAP_TOLERANCE
            and value["target_y"] - TAP_TOLERANCE <= y <= value["target_y"] + value["target_height"] + TAP_TOLERANCE
        )
        return {"x": x, "y": y}, inside
    if kind == "short_answer":
        if not isinstance(answer, str) or len(answer) > MAX_TEXT_ANSWER:
            raise QuizPayloadError(
                _("A typed answer must be text of at most %(max)s characters.") % {"max": MAX_TEXT_ANSWER}
            )
        accepted = {fold(item) for item in [*value["answers"], *also_accepted]}
        return answer.strip(), fold(answer) in accepted
    raise QuizPayloadError(_("This question cannot be answered."))


def grade(quiz, answers, pass_mark=DEFAULT_PASS_MARK, source_quiz=None):
    """Grade `answers` ({question id: answer}) against a quiz StreamValue. Unanswered questions are wrong.

    `source_quiz` is the French quiz of a translated module: the French typed answers count too (the
    learner may type the word they see on the French screen).
    """
    if not isinstance(answers, dict):
        raise QuizPayloadError(_("The answers must be given question by question."))
    blocks_by_id = {block.id: block for block in quiz}
    unknown = set(answers) - set(blocks_by_id)
    if unknown:
        raise QuizPayloadError(_("An answer refers to a question that is not in this quiz."))
    source_answers = {
        block.id: list(block.value["answers"]) for block in (source_quiz or []) if block.block_type == "short_answer"
    }
    results = []
    for block in quiz:
        if block.id in answers and answers[block.id] is not None:
            answer, correct = _grade_one(block, answers[block.id], source_answers.get(block.id, ()))
        else:
            answer, correct = None, False
        results.append({"id": block.id, "correct": correct, "answer": answer})
    total = len(results)
    score = round(100 * sum(result["correct"] for result in results) / total) if total else 0
    return {"score": score, "passed": score >= pass_mark, "pass_mark": pass_mark, "questions": results}


def feedback(quiz, result):
    """The graded questions in the language of `quiz`, with the message for each answer."""
    blocks_by_id = {block.id: block for block in quiz}
    shown = []
    for number, graded in enumerate(result["questions"], start=1):
        block = blocks_by_id.get(graded["id"])
        if block is None:  # the question was removed since the attempt
            continue
        value = block.value
        messages = []
        chosen_labels = []
        if block.block_type in ("single_choice", "image_choice", "multiple_choice"):
            chosen = graded["answer"] if isinstance(graded["answer"], list) else [graded["answer"]]
            for child in value["choices"].bound_blocks:
                if child.id in chosen:
                    chosen_labels.append(child.value.get("text") or child.value.get("label"))
                    if child.value["feedback"]:
                        messages.append(child.value["feedback"])
        else:
            message = value["feedback_correct"] if graded["correct"] else value["feedback_wrong"]
            if message:
                messages.append(message)
        shown.append(
            {
                "number": number,
                "id": graded["id"],
                "prompt": value["prompt"],
                "correct": graded["correct"],
                "answered": graded["answer"] is not None,
                "chosen": chosen_labels,
                "messages": messages,
            }
        )
    return shown


def model_answers(quiz):
    """The answers of somebody who knows everything, in the API's format (tests and benchmarks)."""
    answers = {}
    for block in quiz:
        value = block.value
        kind = block.block_type
        if kind in ("single_choice", "image_choice"):
            answers[block.id] = next(child.id for child in value["choices"].bound_blocks if child.value["correct"])
        elif kind == "multiple_choice":
            answers[block.id] = [child.id for child in value["choices"].bound_blocks if child.value["correct"]]
        elif kind == "true_false":
            answers[block.id] = bool(value["answer"])
        elif kind == "order":
            answers[block.id] = _ids(value, "items")
        elif kind == "tap":
            answers[block.id] = {
                "x": value["target_x"] + value["target_width"] / 2,
                "y": value["target_y"] + value["target_height"] / 2,
            }
        elif kind == "short_answer":
            answers[block.id] = value["answers"][0]
    return answers


def answers_from_form(quiz, data):
    """Turn the plain HTML form (no JavaScript) into the same answers the API takes."""
    answers = {}
    for block in quiz:
        name = f"q-{block.id}"
        kind = block.block_type
        if kind == "multiple_choice":
            values = data.getlist(name)
            if values:
                answers[block.id] = values
        elif kind == "true_false":
            if data.get(name) in ("true", "false"):
                answers[block.id] = data.get(name) == "true"
            elif data.get(name):
                raise QuizPayloadError(_("A true-or-false answer must be true or false."))
        elif kind == "order":
            positions = {}
            for child in block.value["items"].bound_blocks:
                raw = data.get(f"{name}-{child.id}", "")
                if raw:
                    if not raw.isdigit():
                        raise QuizPayloadError(_("To put the steps in order, give each step exactly once."))
                    positions[child.id] = int(raw)
            if positions:
                if len(positions) != len(block.value["items"]) or sorted(positions.values()) != list(
                    range(1, len(positions) + 1)
                ):
                    raise QuizPayloadError(_("Give each step a different number, from 1 to the number of steps."))
                answers[block.id] = sorted(positions, key=positions.get)
        elif kind == "tap":
            cell = data.get(name, "")
            if cell:
                try:
                    column, row = (int(part) for part in cell.split("-"))
                except ValueError:
                    raise QuizPayloadError(_("A tap must be a point with x and y between 0 and 100.")) from None
                if not (0 <= column < TAP_GRID and 0 <= row < TAP_GRID):
                    raise QuizPayloadError(_("A tap must be a point with x and y between 0 and 100."))
                size = 100 / TAP_GRID
                answers[block.id] = {"x": (column + 0.5) * size, "y": (row + 0.5) * size}
        elif data.get(name, "") != "":
            answers[block.id] = data.get(name)
    return answers
