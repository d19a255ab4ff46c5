"""Turn the demo quizzes of courses/demo/quizzes/ (French) and their i18n/ folders into quiz blocks and
translation strings."""

import importlib

BLOCK_TYPES = {
    "single": "single_choice",
    "multiple": "multiple_choice",
    "image": "image_choice",
    "true_false": "true_false",
    "order": "order",
    "tap": "tap",
    "short": "short_answer",
}


def french_quizzes(theme_file):
    try:
        return importlib.import_module(f"courses.demo.quizzes.{theme_file}").QUIZZES
    except ModuleNotFoundError:
        return {}


def translated_quizzes(language, theme_file):
    try:
        return importlib.import_module(f"courses.demo.quizzes.i18n.{language}.{theme_file}").QUIZZES
    except ModuleNotFoundError:
        return {}


def quiz_blocks(questions, library):
    """[(block type, value)] for ModulePage.quiz."""
    blocks = []
    for question in questions:
        kind = question["type"]
        image = question.get("image")
        value = {
            "prompt": question["prompt"],
            "image": library.image(image) if image and kind != "image" else None,
            "alt": question.get("alt", ""),
            "audio": None,
        }
        if kind in ("single", "multiple"):
            value["choices"] = [
                {"text": choice["text"], "correct": choice["correct"], "feedback": choice["feedback"]}
                for choice in question["choices"]
            ]
        elif kind == "image":
            value["choices"] = [
                {
                    "image": library.image(choice["image"]),
                    "label": choice["label"],
                    "audio": None,
                    "correct": choice["correct"],
                    "feedback": choice["feedback"],
                }
                for choice in question["choices"]
            ]
        else:
            value["feedback_correct"] = question["feedback_correct"]
            value["feedback_wrong"] = question["feedback_wrong"]
            if kind == "true_false":
                value["answer"] = question["answer"]
            elif kind == "order":
                value["items"] = list(question["items"])
            elif kind == "tap":
                x, y, width, height = question["target"]
                value.update(target_x=x, target_y=y, target_width=width, target_height=height)
            elif kind == "short":
                value["answers"] = list(question["answers"])
        blocks.append((BLOCK_TYPES[kind], value))
    return blocks


def quiz_strings(french, translated):
    """Map each French string of a module's quiz to its translation (parallel structures)."""
    strings = {}

    def pair(source, target):
        if source and target:
            strings[source] = target

    for fr_question, tr_question in zip(french, translated, strict=True):
        for field in ("prompt", "alt", "feedback_correct", "feedback_wrong"):
            pair(fr_question.get(field), tr_question.get(field))
        for fr_choice, tr_choice in zip(fr_question.get("choices", []), tr_question.get("choices", []), strict=True):
            for field in ("text", "label", "feedback"):
                pair(fr_choice.get(field), tr_choice.get(field))
        for field in ("items", "answers"):
            for source, target in zip(fr_question.get(field, []), tr_question.get(field, []), strict=True):
                pair(source, target)
    return strings
