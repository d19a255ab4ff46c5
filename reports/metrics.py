"""The rules behind the reports, each in one small function: time spent, the translation to check, and how a
wrong answer is named. Pure functions of plain values, so each is tested on its own (tests/reports)."""

import json
from datetime import timedelta

# Time spent is read from the learner's progress events: the time between two events counts when it is under
# SESSION_GAP (the learner was reading the step); a longer gap means they left, and a new session begins.
SESSION_GAP = timedelta(minutes=20)

# « Traduction à vérifier »: a question's success rate in one language is at least TRANSLATION_GAP below its
# rate in all the other languages together, each side with at least MIN_SAMPLE answers.
MIN_SAMPLE = 10
TRANSLATION_GAP = 0.30


def time_spent(timestamps):
    """(total time, number of sessions) from one learner's event times, in any order."""
    ordered = sorted(timestamps)
    total, sessions = timedelta(0), 0
    previous = None
    for moment in ordered:
        if previous is None or moment - previous > SESSION_GAP:
            sessions += 1
        else:
            total += moment - previous
        previous = moment
    return total, sessions


def counted_gaps(events):
    """[(item, time)] from one learner's [(moment, item)]: each gap under SESSION_GAP, with the item of the
    event that ends it (the module or the day the learner was working on)."""
    ordered = sorted(events, key=lambda event: event[0])
    return [
        (item, after - before)
        for (before, _item), (after, item) in zip(ordered, ordered[1:], strict=False)
        if after - before <= SESSION_GAP
    ]


def time_by_key(events):
    """{key: time spent} from [(learner, key, moment)], all learners together (see counted_gaps)."""
    by_learner = {}
    for learner, key, moment in events:
        by_learner.setdefault(learner, []).append((moment, key))
    spent = {}
    for moments in by_learner.values():
        for key, gap in counted_gaps(moments):
            spent[key] = spent.get(key, timedelta(0)) + gap
    return spent


def minutes(delta):
    return round(delta.total_seconds() / 60) if delta else 0


def success_rate(right, total):
    return right / total if total else None


def translations_to_check(stats):
    """The languages whose translation of a question should be checked.

    `stats` is {language: (right answers, answers)} for one question. A language is flagged when it has at
    least MIN_SAMPLE answers, the other languages together have at least MIN_SAMPLE too, and its success rate
    is at least TRANSLATION_GAP below theirs."""
    flagged = set()
    for language, (right, total) in stats.items():
        if total < MIN_SAMPLE:
            continue
        other_right = sum(r for lang, (r, _t) in stats.items() if lang != language)
        other_total = sum(t for lang, (_r, t) in stats.items() if lang != language)
        if other_total < MIN_SAMPLE:
            continue
        if right / total <= other_right / other_total - TRANSLATION_GAP:
            flagged.add(language)
    return flagged


def answer_key(answer):
    """A hashable form of a graded answer (a choice id, a list of ids, a boolean, a text, a point)."""
    if isinstance(answer, str):
        return answer.strip().casefold()
    return json.dumps(answer, sort_keys=True)


def answer_label(bound, key):
    """How a wrong answer reads for the trainer, from the (French) question block and `answer_key`."""
    if bound is None:
        return key
    value = bound.value
    kind = bound.block_type
    try:
        answer = key if kind == "short_answer" else json.loads(key) if key[:1] in '[{tf"0123456789-' else key
    except ValueError:
        answer = key
    if kind in ("single_choice", "image_choice", "multiple_choice"):
        names = {
            child.id: child.value.get("text") or child.value.get("label") for child in value["choices"].bound_blocks
        }
        chosen = answer if isinstance(answer, list) else [answer]
        return " + ".join(str(names.get(item, "?")) for item in chosen)
    if kind == "true_false":
        return "Vrai" if answer is True else "Faux"
    if kind == "order":
        names = {child.id: child.value for child in value["items"].bound_blocks}
        return " → ".join(str(names.get(item, "?")) for item in answer) if isinstance(answer, list) else key
    if kind == "tap":
        return "Un autre endroit de l'image"
    return str(answer)
