"""The adaptive part, with no database and no HTTP: a binary search over the diagnostic's levels.

The state is a small dict kept in the learner's session. `low` levels are known to be passed and the
learner is known to fail above `high` (positions in the sorted list of levels that have questions); each
probe asks the middle level until it is settled: passed after PASS_AFTER right answers, failed after
FAIL_AFTER wrong ones, or by majority when the level has no question left. The search stops as soon as
low == high, so a learner who fails the first level is done after 2 or 3 questions.
"""

import math
import uuid
from datetime import timedelta

from django.utils import timezone
from django.utils.dateparse import parse_datetime

PASS_AFTER = 2
FAIL_AFTER = 2
MAX_QUESTIONS = 12
MAX_MINUTES = 10


def new_state(bank):
    """A fresh run over `bank`: [{"key", "level"}] in the order questions are asked within a level."""
    levels = sorted({question["level"] for question in bank})
    return {
        "run": str(uuid.uuid4()),
        "levels": levels,
        "low": 0,
        "high": len(levels),
        "asked": [],
        "answers": [],
        "pending": None,
        "started_at": timezone.now().isoformat(),
        "finished": False,
        "level": None,
    }


def probe_level(state):
    """The level being probed (a level value, not a position)."""
    return state["levels"][(state["low"] + state["high"] + 1) // 2 - 1]


def _settled(state, bank):
    """True (passed), False (failed) or None (ask more) for the level being probed."""
    level = probe_level(state)
    answers = [answer for answer in state["answers"] if answer["level"] == level]
    right = sum(answer["correct"] for answer in answers)
    wrong = len(answers) - right
    if right >= PASS_AFTER:
        return True
    if wrong >= FAIL_AFTER:
        return False
    if _next_question(state, bank) is None:
        return right > wrong
    return None


def _next_question(state, bank):
    level = probe_level(state)
    for question in bank:
        if question["level"] == level and question["key"] not in state["asked"]:
            return question["key"]
    return None


def advance(state, bank):
    """Settle what can be settled, then either finish or choose the next question (state["pending"])."""
    while not state["finished"]:
        if state["low"] >= state["high"] or len(state["asked"]) >= MAX_QUESTIONS:
            finish(state)
            break
        settled = _settled(state, bank)
        if settled is None:
            state["pending"] = _next_question(state, bank)
            break
        middle = (state["low"] + state["high"] + 1) // 2
        if settled:
            state["low"] = middle
        else:
            state["high"] = middle - 1
    return state


def minutes_left(state, now=None):
    """Whole minutes left before the MAX_MINUTES deadline, rounded up (0: the time is up)."""
    started = parse_datetime(state["started_at"]) or timezone.now()
    seconds = (started + timedelta(minutes=MAX_MINUTES) - (now or timezone.now())).total_seconds()
    return max(0, math.ceil(seconds / 60))


def finish(state):
    state["finished"] = True
    state["pending"] = None
    state["level"] = state["levels"][state["low"] - 1] if state["low"] else 0
    state["finished_at"] = timezone.now().isoformat()


def record(state, key, level, correct):
    """The answer to the pending question; the caller has checked that `key` is the pending one."""
    state["asked"].append(key)
    state["answers"].append({"question": key, "level": level, "correct": bool(correct)})
    state["pending"] = None


def competence_levels(state, bank):
    """{competence code: CRCN level reached} for every competence the diagnostic checks.

    A level the search found passed counts for all its questions, asked or not (that is what the binary search
    concludes); above it, nothing counts: 0 means "to learn".
    """
    reached = {}
    for question in bank:
        code = question.get("competence")
        if not code:
            continue
        earned = question["crcn_level"] if question["level"] <= state["level"] else 0
        reached[code] = max(reached.get(code, 0), earned)
    return reached
