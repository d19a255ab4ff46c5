"""The live board of a class during a session: its learners × its modules (those assigned first, in order,
then those any member touched), where each learner is (step n/N, done), the quiz score, and « Besoin
d'aide » (`help_needed`).

Everything is read in a constant number of queries, whatever the number of learners or modules: the
assignments, the modules of the assigned paths, the members, their progress, their quiz attempts and the
modules' pages (step ids read from the raw StreamField data, without loading any image).

On a projected screen learners appear as « n° 7 » (their rank in the class, by arrival), their name only if
the trainer ticks « afficher les prénoms ».
"""

from collections import defaultdict
from datetime import timedelta

from django.db.models import OuterRef, Subquery
from django.utils import timezone

from classes.models import Assignment, Membership
from courses.models import ModulePage, PathModule
from learners.models import LearnerCard, ModuleProgress, QuizAttempt

STUCK_AFTER = timedelta(minutes=5)  # on one step without progress for longer: « Besoin d'aide »
SESSION_GAP = timedelta(minutes=45)  # silent for longer: the learner has left the session, no flag
POLL_SECONDS = 5

QUIZ = "quiz"
STUCK = "stuck"
REASONS = {
    QUIZ: "a raté deux fois la même question",
    STUCK: f"bloqué sur une étape depuis plus de {int(STUCK_AFTER.total_seconds() // 60)} minutes",
}


def help_needed(wrong_by_attempt, last_progress_at, current, done, now):
    """Why the learner needs help in this module, or "" if they do not.

    - QUIZ: a question of the module's quiz was wrong in two attempts and the learner has not got it right
      since (`wrong_by_attempt`: for each attempt in submission order, {question id: answered right}).
    - STUCK: this is the module the learner is in (`current`: their latest activity), it is not done, and
      nothing progressed for more than STUCK_AFTER while the learner is still in the session (less than
      SESSION_GAP since that last progress).
    """
    wrong_twice = defaultdict(int)
    for questions in wrong_by_attempt:
        for question, right in questions.items():
            wrong_twice[question] = 0 if right else wrong_twice[question] + 1
    if any(count >= 2 for count in wrong_twice.values()):
        return QUIZ
    if current and not done and last_progress_at is not None:
        silent = now - last_progress_at
        if STUCK_AFTER < silent < SESSION_GAP:
            return STUCK
    return ""


def _module_keys(group):
    """The translation keys of the assigned modules, in order (a path's modules in the path's order)."""
    assigned = list(
        Assignment.objects.filter(group=group)
        .order_by("sort_order", "pk")
        .values_list("page_id", "page__translation_key", "page__content_type__model")
    )
    path_ids = [page_id for page_id, _key, model in assigned if model == "learningpathpage"]
    in_path = defaultdict(list)
    for path_id, key in (
        PathModule.objects.filter(path_id__in=path_ids)
        .order_by("sort_order", "pk")
        .values_list("path_id", "module__translation_key")
    ):
        in_path[path_id].append(key)
    keys = []
    for page_id, key, model in assigned:
        keys.extend(in_path[page_id] if model == "learningpathpage" else [key])
    return list(dict.fromkeys(keys))


def _members(group):
    cards = LearnerCard.objects.filter(learner=OuterRef("learner"), revoked_at__isnull=True).order_by("-created_at")
    return list(
        Membership.objects.filter(group=group)
        .select_related("learner")
        .annotate(card_code=Subquery(cards.values("code")[:1]))
        .order_by("joined_at", "pk")
    )


def _modules(keys):
    """{translation key: the French page (or any other if there is no French one)} of these modules."""
    pages = {}
    for page in (
        ModulePage.objects.filter(translation_key__in=keys)
        .select_related("locale")
        .only("title", "translation_key", "steps", "quiz", "locale__language_code", "live")
    ):
        best = pages.get(page.translation_key)
        if best is None or page.locale.language_code == "fr":
            pages[page.translation_key] = page
    return pages


def build(group, names=False, cards=False, now=None):
    """The board's data, as the JSON endpoint sends it and the templates show it: each learner as « n° 7 »,
    with the name they gave if `names`, and their card code if `cards` (never on a projected screen)."""
    now = now or timezone.now()
    memberships = _members(group)
    learner_ids = [membership.learner_id for membership in memberships]
    progress = list(
        ModuleProgress.objects.filter(learner_id__in=Subquery(Membership.objects.filter(group=group).values("learner")))
        .only(
            "learner_id",
            "module_key",
            "steps_seen",
            "steps_total",
            "last_step",
            "finished_at",
            "best_score",
            "attempts",
            "completed_at",
            "updated_at",
        )
        .order_by("updated_at")
    )
    assigned = _module_keys(group)
    touched = [row.module_key for row in progress if row.module_key not in assigned]
    keys = list(dict.fromkeys([*assigned, *touched]))
    pages = _modules(keys)
    keys = [key for key in keys if key in pages]
    attempts = defaultdict(list)
    for learner_id, key, result in (
        QuizAttempt.objects.filter(
            learner_id__in=Subquery(Membership.objects.filter(group=group).values("learner")), module_key__in=keys
        )
        .order_by("submitted_at", "pk")
        .values_list("learner_id", "module_key", "result")
    ):
        questions = (result or {}).get("questions") or []
        attempts[learner_id, key].append({q["id"]: bool(q.get("correct")) for q in questions if "id" in q})

    by_cell = {(row.learner_id, row.module_key): row for row in progress}
    latest = {row.learner_id: row.module_key for row in progress}  # ordered by updated_at: the last wins
    steps = {key: [block["id"] for block in pages[key].steps.raw_data] for key in keys}
    modules = [
        {
            "key": str(key),
            "title": pages[key].title,
            "steps": len(steps[key]),
            "quiz": bool(pages[key].quiz.raw_data),
            "assigned": key in assigned,
        }
        for key in keys
    ]
    learners = []
    for rank, membership in enumerate(memberships, start=1):
        learner = membership.learner
        cells, help_count = [], 0
        for key in keys:
            row = by_cell.get((learner.pk, key))
            tries = attempts.get((learner.pk, key), [])
            if row is None and not tries:
                cells.append({"state": "none"})
                continue
            done = bool(row and row.completed_at)
            step = 0
            if row and row.last_step in steps[key]:
                step = steps[key].index(row.last_step) + 1
            elif row:
                step = len(row.steps_seen)
            reason = help_needed(
                tries, row.updated_at if row else None, latest.get(learner.pk) == key and not done, done, now
            )
            help_count += bool(reason)
            cells.append(
                {
                    "state": "done" if done else ("finished" if row and row.finished_at else "started"),
                    "step": step,
                    "steps": len(steps[key]),
                    "score": row.best_score if row else None,
                    "attempts": len(tries),
                    "help": reason,
                }
            )
        entry = {"rank": rank, "label": f"n° {rank}", "help": help_count, "cells": cells}
        if names:
            entry["name"] = learner.display_name
        if cards:
            entry["card"] = membership.card_code or ""
        learners.append(entry)
    return {
        "group": group.name,
        "at": now.isoformat(),
        "poll": POLL_SECONDS,
        "reasons": REASONS,
        "names": names,
        "modules": modules,
        "learners": learners,
        "help": sum(1 for entry in learners if entry["help"]),
        "count": len(learner_ids),
    }
