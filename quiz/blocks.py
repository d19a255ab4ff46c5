"""Quiz questions at the end of a module. Each kind of question is one block class that knows how to
present itself, grade an answer, give feedback, read the plain HTML form and show a model answer: adding a
kind touches one class (and its form template).

Every question, choice and item is named by its StreamField/ListBlock id, which wagtail-localize keeps in
every translation: an answer given in Arabic is graded against the French module's key and the feedback can
be shown in any language. The form never says which answer is right: choices carry only their random ids,
the steps to order are shuffled, and feedback is rendered only for a submitted attempt.
"""

import random

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from core.blocks import AudioChooserBlock
from core.text import fold

DEFAULT_PASS_MARK = 70
# The screenshot is cut into cells that can be tapped without JavaScript: 5 columns, so that on a 320 px
# phone (where the quiz shows the picture 232 px wide) a cell is at least 44 px wide, and as many rows as
# keep each cell at least as tall as it is wide (see tap_grid). A tap counts when its cell touches the target.
TAP_GRID = 5
MAX_TEXT_ANSWER = 200


class QuizPayloadError(ValueError):
    """The answers do not fit the quiz (tampered or broken client): nothing is stored."""


def _ids(value, field):
    return [child.id for child in value[field].bound_blocks]


# --- The base of every question ------------------------------------------------------------------


class CompetenceChooserBlock(SnippetChooserBlock):
    """The framework competence (courses.Competence, named by its label so that the quiz, below the
    content app, imports nothing of it) that a question checks. Every translation keeps the French one:
    wagtail-localize copies the value instead of asking for a translated competence."""

    def __init__(self, **kwargs):
        super().__init__("courses.Competence", **kwargs)

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value


class QuestionBlock(blocks.StructBlock):
    """What every question has: the prompt, an optional picture and an optional recording."""

    prompt = blocks.CharBlock(label="Question", max_length=250, help_text="Une phrase courte, en français facile.")
    image = ImageChooserBlock(required=False, label="Image (facultatif)")
    alt = blocks.CharBlock(required=False, max_length=250, label="Texte alternatif de l'image")
    audio = AudioChooserBlock(label="Audio de la question (facultatif)")
    competence = CompetenceChooserBlock(
        required=False,
        label="Compétence vérifiée (facultatif)",
        help_text="La compétence du référentiel (CRCN) que cette question vérifie.",
    )

    form_template = None  # the part of the form that asks this kind of question

    def clean(self, value):
        value = super().clean(value)
        if value.get("image") and not value.get("alt"):
            raise StructBlockValidationError(
                {"alt": ValidationError("Décrivez l'image pour les personnes qui ne la voient pas.")}
            )
        return value

    def present(self, bound, show_answers=False):
        """What the form needs to ask the question, with nothing that tells the right answer unless
        `show_answers` (the trainers' preview)."""
        value = bound.value
        return {
            "id": bound.id,
            "type": bound.block_type,
            "template": self.form_template,
            "prompt": value["prompt"],
            "image": value.get("image"),
            "alt": value.get("alt"),
            "audio": value.get("audio"),
        }

    def grade(self, value, answer, also_accepted=()):
        """(normalised answer, correct?); raises QuizPayloadError for a malformed answer."""
        raise NotImplementedError

    def feedback(self, value, graded):
        """(labels of the chosen answers, messages) to show after an attempt."""
        message = value["feedback_correct"] if graded["correct"] else value["feedback_wrong"]
        return [], [message] if message else []

    def feedback_audio(self, value, graded):
        """The clips that say the feedback messages of `feedback`, in the same order (where there is one)."""
        clip = value.get("feedback_correct_audio" if graded["correct"] else "feedback_wrong_audio")
        return [clip] if clip else []

    def model_answer(self, bound):
        """The answer of somebody who knows everything, in the API's format (tests and benchmarks)."""
        raise NotImplementedError

    def answer_from_form(self, bound, data):
        """The answer in the API's format from the plain HTML form (no JavaScript), or None if unanswered."""
        raw = data.get(f"q-{bound.id}", "")
        return raw if raw != "" else None

    def accepted_answers(self, value):
        """Typed answers that count for this question in every language (see grading.grade)."""
        return []


class FeedbackMixin(blocks.StructBlock):
    feedback_correct = blocks.CharBlock(required=False, max_length=300, label="Message si la réponse est juste")
    feedback_wrong = blocks.CharBlock(required=False, max_length=300, label="Message si la réponse est fausse")
    feedback_correct_audio = AudioChooserBlock(label="Audio du message si la réponse est juste (facultatif)")
    feedback_wrong_audio = AudioChooserBlock(label="Audio du message si la réponse est fausse (facultatif)")


# --- Choices ---------------------------------------------------------------------------------------


class ChoiceAnswerBlock(blocks.StructBlock):
    """One possible answer written as text."""

    text = blocks.CharBlock(label="Réponse", max_length=160)
    correct = blocks.BooleanBlock(required=False, label="C'est une bonne réponse")
    feedback = blocks.CharBlock(required=False, max_length=300, label="Explication montrée après la réponse")
    feedback_audio = AudioChooserBlock(label="Audio de l'explication (facultatif)")

    class Meta:
        icon = "radio-full"


class ImageAnswerBlock(blocks.StructBlock):
    """One possible answer shown as a picture, with a short label that is also read aloud."""

    image = ImageChooserBlock(label="Image")
    label = blocks.CharBlock(label="Nom de l'image", max_length=80, help_text="Écrit sous l'image et lu à voix haute.")
    audio = AudioChooserBlock(label="Audio du nom (facultatif)")
    correct = blocks.BooleanBlock(required=False, label="C'est la bonne image")
    feedback = blocks.CharBlock(required=False, max_length=300, label="Explication montrée après la réponse")
    feedback_audio = AudioChooserBlock(label="Audio de l'explication (facultatif)")

    class Meta:
        icon = "image"


class ChoiceQuestionBlock(QuestionBlock):
    """Questions answered by choosing among `choices`; `one_right_answer` says how many may be right."""

    one_right_answer = True
    wrong_count_message = "Cochez exactement une bonne réponse."

    def clean(self, value):
        value = super().clean(value)
        right = sum(1 for choice in value["choices"] if choice["correct"])
        if (right != 1) if self.one_right_answer else (right < 1):
            raise StructBlockValidationError({"choices": ValidationError(self.wrong_count_message)})
        return value

    def present(self, bound, show_answers=False):
        question = super().present(bound, show_answers)
        question["choices"] = [
            {
                "id": child.id,
                "text": child.value.get("text", ""),
                "label": child.value.get("label", ""),
                "image": child.value.get("image"),
                "audio": child.value.get("audio"),
                **({"correct": bool(child.value["correct"])} if show_answers else {}),
            }
            for child in bound.value["choices"].bound_blocks
        ]
        return question

    def _check_choice(self, value, answer):
        if not isinstance(answer, str) or answer not in _ids(value, "choices"):
            raise QuizPayloadError(_("An answer is not one of the choices of its question."))
        return answer

    def _right(self, value):
        return {child.id for child in value["choices"].bound_blocks if child.value["correct"]}

    def grade(self, value, answer, also_accepted=()):
        answer = self._check_choice(value, answer)
        return answer, answer in self._right(value)

    def feedback(self, value, graded):
        chosen = graded["answer"] if isinstance(graded["answer"], list) else [graded["answer"]]
        labels, messages = [], []
        for child in value["choices"].bound_blocks:
            if child.id in chosen:
                labels.append(child.value.get("text") or child.value.get("label"))
                if child.value["feedback"]:
                    messages.append(child.value["feedback"])
        return labels, messages

    def feedback_audio(self, value, graded):
        chosen = graded["answer"] if isinstance(graded["answer"], list) else [graded["answer"]]
        return [
            child.value.get("feedback_audio")
            for child in value["choices"].bound_blocks
            if child.id in chosen and child.value["feedback"] and child.value.get("feedback_audio")
        ]

    def model_answer(self, bound):
        return next(iter(self._right(bound.value)))


class SingleChoiceQuestionBlock(ChoiceQuestionBlock):
    """One right answer among a few."""

    choices = blocks.ListBlock(ChoiceAnswerBlock(), min_num=2, max_num=6, label="Réponses")
    form_template = "quiz/questions/single_choice.html"

    class Meta:
        icon = "radio-full"
        label = "Choix unique"


class MultipleChoiceQuestionBlock(ChoiceQuestionBlock):
    """Several right answers: the learner must tick all of them and nothing else."""

    choices = blocks.ListBlock(ChoiceAnswerBlock(), min_num=2, max_num=8, label="Réponses")
    form_template = "quiz/questions/multiple_choice.html"
    one_right_answer = False
    wrong_count_message = "Cochez au moins une bonne réponse."

    def grade(self, value, answer, also_accepted=()):
        if not isinstance(answer, list) or len(answer) > len(value["choices"]) or len(set(answer)) != len(answer):
            raise QuizPayloadError(_("A multiple-choice answer must be a list of different choices."))
        chosen = {self._check_choice(value, item) for item in answer}
        return sorted(chosen), chosen == self._right(value)

    def model_answer(self, bound):
        right = self._right(bound.value)
        return [child.id for child in bound.value["choices"].bound_blocks if child.id in right]

    def answer_from_form(self, bound, data):
        return data.getlist(f"q-{bound.id}") or None

    class Meta:
        icon = "tasks"
        label = "Choix multiple"


class ImageChoiceQuestionBlock(ChoiceQuestionBlock):
    """The answers are pictures: for learners who read little."""

    choices = blocks.ListBlock(ImageAnswerBlock(), min_num=2, max_num=6, label="Images")
    form_template = "quiz/questions/image_choice.html"
    wrong_count_message = "Cochez exactement une bonne image."

    class Meta:
        icon = "image"
        label = "Choix d'images"


# --- Other kinds ------------------------------------------------------------------------------------


class TrueFalseQuestionBlock(QuestionBlock, FeedbackMixin):
    """A sentence that is true or false."""

    answer = blocks.BooleanBlock(required=False, label="La phrase est vraie")
    form_template = "quiz/questions/true_false.html"

    def grade(self, value, answer, also_accepted=()):
        if not isinstance(answer, bool):
            raise QuizPayloadError(_("A true-or-false answer must be true or false."))
        return answer, answer == bool(value["answer"])

    def model_answer(self, bound):
        return bool(bound.value["answer"])

    def answer_from_form(self, bound, data):
        raw = data.get(f"q-{bound.id}")
        if raw in ("true", "false"):
            return raw == "true"
        if raw:
            raise QuizPayloadError(_("A true-or-false answer must be true or false."))
        return None

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
    form_template = "quiz/questions/order.html"

    def present(self, bound, show_answers=False):
        question = super().present(bound, show_answers)
        question["items"] = self.shuffled_items(bound)
        question["positions"] = list(range(1, len(question["items"]) + 1))
        return question

    @staticmethod
    def shuffled_items(bound):
        """The items in a fixed order that is never the right one."""
        items = [{"id": child.id, "text": child.value} for child in bound.value["items"].bound_blocks]
        shuffled = list(items)
        random.Random(bound.id).shuffle(shuffled)  # noqa: S311 (a presentation order, not a secret)
        if len(shuffled) > 1 and shuffled == items:
            shuffled = shuffled[1:] + shuffled[:1]
        return shuffled

    def grade(self, value, answer, also_accepted=()):
        ids = _ids(value, "items")
        if not isinstance(answer, list) or sorted(map(str, answer)) != sorted(ids) or len(answer) != len(ids):
            raise QuizPayloadError(_("To put the steps in order, give each step exactly once."))
        return list(answer), list(answer) == ids

    def model_answer(self, bound):
        return _ids(bound.value, "items")

    def answer_from_form(self, bound, data):
        positions = {}
        for child in bound.value["items"].bound_blocks:
            raw = data.get(f"q-{bound.id}-{child.id}", "")
            if raw:
                if not raw.isdigit():
                    raise QuizPayloadError(_("To put the steps in order, give each step exactly once."))
                positions[child.id] = int(raw)
        if not positions:
            return None
        if len(positions) != len(bound.value["items"]) or sorted(positions.values()) != list(
            range(1, len(positions) + 1)
        ):
            raise QuizPayloadError(_("Give each step a different number, from 1 to the number of steps."))
        return sorted(positions, key=positions.get)

    class Meta:
        icon = "order"
        label = "Remettre dans l'ordre"


def tap_grid(image):
    """(columns, rows) of the cells over a screenshot: TAP_GRID columns, and rows no shorter than a column is
    wide, so each cell is at least 44 × 44 px wherever the picture is at least 220 px wide."""
    width, height = (getattr(image, "width", 0) or 0), (getattr(image, "height", 0) or 0)
    if not width or not height:
        return TAP_GRID, TAP_GRID * 2 // 3
    return TAP_GRID, max(1, min(3 * TAP_GRID, TAP_GRID * height // width))


class TapQuestionBlock(QuestionBlock, FeedbackMixin):
    """Tap the right place on a screenshot. The target is a rectangle in percent of the image."""

    target_x = blocks.FloatBlock(min_value=0, max_value=100, label="Cible : gauche (%)")
    target_y = blocks.FloatBlock(min_value=0, max_value=100, label="Cible : haut (%)")
    target_width = blocks.FloatBlock(min_value=1, max_value=100, label="Cible : largeur (%)")
    target_height = blocks.FloatBlock(min_value=1, max_value=100, label="Cible : hauteur (%)")
    form_template = "quiz/questions/tap.html"

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

    def present(self, bound, show_answers=False):
        question = super().present(bound, show_answers)
        value = bound.value
        if show_answers:
            question["target"] = {
                "x": value["target_x"],
                "y": value["target_y"],
                "width": value["target_width"],
                "height": value["target_height"],
            }
        columns, rows = tap_grid(value.get("image"))
        question["grid"] = {"columns": columns, "rows": rows}
        question["cells"] = [
            {"value": f"{column}-{row}", "column": column, "row": row}
            for row in range(rows)
            for column in range(columns)
        ]
        return question

    def grade(self, value, answer, also_accepted=()):
        if (
            not isinstance(answer, dict)
            or set(answer) != {"x", "y"}
            or not all(isinstance(answer[axis], int | float) and not isinstance(answer[axis], bool) for axis in "xy")
            or not all(0 <= answer[axis] <= 100 for axis in "xy")
        ):
            raise QuizPayloadError(_("A tap must be a point with x and y between 0 and 100."))
        x, y = float(answer["x"]), float(answer["y"])
        columns, rows = tap_grid(value.get("image"))
        # Half a cell either side: the tap of a finger (or the cell chosen without script) touches the target.
        across, down = 50 / columns, 50 / rows
        inside = (
            value["target_x"] - across <= x <= value["target_x"] + value["target_width"] + across
            and value["target_y"] - down <= y <= value["target_y"] + value["target_height"] + down
        )
        return {"x": x, "y": y}, inside

    def model_answer(self, bound):
        value = bound.value
        return {"x": value["target_x"] + value["target_width"] / 2, "y": value["target_y"] + value["target_height"] / 2}

    def answer_from_form(self, bound, data):
        cell = data.get(f"q-{bound.id}", "")
        if not cell:
            return None
        try:
            column, row = (int(part) for part in cell.split("-"))
        except ValueError:
            raise QuizPayloadError(_("A tap must be a point with x and y between 0 and 100.")) from None
        columns, rows = tap_grid(bound.value.get("image"))
        if not (0 <= column < columns and 0 <= row < rows):
            raise QuizPayloadError(_("A tap must be a point with x and y between 0 and 100."))
        return {"x": (column + 0.5) * 100 / columns, "y": (row + 0.5) * 100 / rows}

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
    """A word to type; compared without case, accents, letter variants or extra spaces (core.text.fold)."""

    answers = blocks.ListBlock(
        blocks.CharBlock(max_length=MAX_TEXT_ANSWER, label="Réponse acceptée"),
        min_num=1,
        label="Réponses acceptées",
        help_text="Toutes les façons justes de l'écrire. Majuscules et accents ne comptent pas.",
    )
    form_template = "quiz/questions/short_answer.html"

    def present(self, bound, show_answers=False):
        question = super().present(bound, show_answers)
        # The hint under the field says what to type: a number, or the answer in French (which always counts).
        question["number"] = all(fold(answer).replace(" ", "").isdigit() for answer in bound.value["answers"])
        return question

    def grade(self, value, answer, also_accepted=()):
        if not isinstance(answer, str) or len(answer) > MAX_TEXT_ANSWER:
            raise QuizPayloadError(
                _("A typed answer must be text of at most %(max)s characters.") % {"max": MAX_TEXT_ANSWER}
            )
        accepted = {fold(item) for item in [*value["answers"], *also_accepted]}
        return answer.strip(), fold(answer) in accepted

    def model_answer(self, bound):
        return bound.value["answers"][0]

    def accepted_answers(self, value):
        return list(value["answers"])

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
