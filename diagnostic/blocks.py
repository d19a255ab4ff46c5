"""The diagnostic's kinds of question: those of a quiz, and dragging an icon onto the right picture."""

from wagtail.images.blocks import ImageChooserBlock

from quiz.blocks import ImageChoiceQuestionBlock, QuizStreamBlock


class DragQuestionBlock(ImageChoiceQuestionBlock):
    """Drag an icon (a file, a letter) onto the right picture (the bin, the envelope). Graded like a choice of
    images: without JavaScript, or for a learner who cannot drag, the learner taps the right picture instead."""

    item = ImageChooserBlock(label="Icône à faire glisser")
    form_template = "diagnostic/questions/drag.html"

    def present(self, bound, show_answers=False):
        question = super().present(bound, show_answers)
        question["item"] = bound.value["item"]
        return question

    class Meta:
        icon = "pick"
        label = "Glisser sur la bonne image"


class DiagnosticStreamBlock(QuizStreamBlock):
    """A diagnostic question: a quiz question, or a drag task."""

    drag = DragQuestionBlock()
