"""A whole quiz: the form, grading an attempt, the feedback, and the plain form's answers. Each question's
block does its own part (quiz.blocks); this module only walks the quiz."""

from django.utils.translation import gettext as _

from quiz.blocks import DEFAULT_PASS_MARK, QuizPayloadError

AUDIO_FIELDS = ("audio", "feedback_audio", "feedback_correct_audio", "feedback_wrong_audio")


def french_clips(source_quiz):
    """The ids of the clips in the French quiz of a translated module: a translation that still points at
    one of them has no clip of its own in its language, and plays none (never French audio for a question
    written in another language)."""
    clips = set()
    for bound in source_quiz or []:
        values = [bound.value, *(bound.value.get("choices") or [])]
        clips.update(value[field].pk for value in values for field in AUDIO_FIELDS if value.get(field) is not None)
    return clips


def own_clip(clip, french):
    return clip if clip is not None and clip.pk not in french else None


def questions_for_form(quiz, show_answers=False, source_quiz=None):
    """What the template needs to ask each question, with nothing that tells the right answer.

    `show_answers` is for the editor's preview only: right choices are marked and the tap target drawn.
    `source_quiz` is the French quiz of a translated module (see french_clips).
    """
    french = french_clips(source_quiz)
    questions = []
    for number, bound in enumerate(quiz, start=1):
        question = {"number": number, **bound.block.present(bound, show_answers)}
        question["audio"] = own_clip(question.get("audio"), french)
        for choice in question.get("choices", []):
            choice["audio"] = own_clip(choice.get("audio"), french)
        questions.append(question)
    return questions


def grade(quiz, answers, pass_mark=DEFAULT_PASS_MARK, source_quiz=None):
    """Grade `answers` ({question id: answer}) against a quiz StreamValue. Unanswered questions are wrong.

    `source_quiz` is the French quiz of a translated module: its accepted typed answers count too (the
    learner may type the word they see on the French screen).
    """
    if not isinstance(answers, dict):
        raise QuizPayloadError(_("The answers must be given question by question."))
    if set(answers) - {bound.id for bound in quiz}:
        raise QuizPayloadError(_("An answer refers to a question that is not in this quiz."))
    also_accepted = {bound.id: bound.block.accepted_answers(bound.value) for bound in (source_quiz or [])}
    results = []
    for bound in quiz:
        if answers.get(bound.id) is not None:
            answer, correct = bound.block.grade(bound.value, answers[bound.id], also_accepted.get(bound.id, ()))
        else:
            answer, correct = None, False
        results.append({"id": bound.id, "correct": correct, "answer": answer})
    total = len(results)
    score = round(100 * sum(result["correct"] for result in results) / total) if total else 0
    return {"score": score, "passed": score >= pass_mark, "pass_mark": pass_mark, "questions": results}


def feedback(quiz, result, source_quiz=None):
    """The graded questions in the language of `quiz`, with the message for each answer and the clips that
    say the question and the messages in that language (`source_quiz`: see french_clips)."""
    french = french_clips(source_quiz)
    by_id = {bound.id: bound for bound in quiz}
    shown = []
    for number, graded in enumerate(result["questions"], start=1):
        bound = by_id.get(graded["id"])
        if bound is None:  # the question was removed since the attempt
            continue
        chosen, messages = bound.block.feedback(bound.value, graded)
        shown.append(
            {
                "number": number,
                "id": graded["id"],
                "prompt": bound.value["prompt"],
                "correct": graded["correct"],
                "answered": graded["answer"] is not None,
                "chosen": chosen,
                "messages": messages,
                "audio": own_clip(bound.value.get("audio"), french),
                "feedback_audio": [
                    clip for clip in bound.block.feedback_audio(bound.value, graded) if own_clip(clip, french)
                ],
            }
        )
    return shown


def model_answers(quiz):
    """The answers of somebody who knows everything, in the API's format (tests and benchmarks)."""
    return {bound.id: bound.block.model_answer(bound) for bound in quiz}


def answers_from_form(quiz, data):
    """Turn the plain HTML form (no JavaScript) into the same answers the API takes."""
    answers = {}
    for bound in quiz:
        answer = bound.block.answer_from_form(bound, data)
        if answer is not None:
            answers[bound.id] = answer
    return answers
