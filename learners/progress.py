"""The one service layer behind the HTML forms and the JSON API: progress events, quiz attempts, summaries,
paths, export and erasure.

Every write locks the learner's row first (SELECT … FOR UPDATE on PostgreSQL; SQLite transactions are
IMMEDIATE, so writers queue), then checks which client-generated ids already exist: replaying events or an
attempt changes nothing and concurrent copies of one request store it once.
"""

import json
import uuid

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from courses.models import LearningPathPage, ModulePage
from learners.errors import BadPayload, NotFound, NotYours, PayloadTooLarge
from learners.models import H5PResult, Learner, ModuleProgress, ProgressEvent, QuizAttempt
from quiz.blocks import QuizPayloadError
from quiz.grading import feedback, grade

MAX_EVENTS = 200
MAX_STATEMENT_BYTES = 16 * 1024


# --- Content lookups ---------------------------------------------------------------------------------


def _in_language(pages, language):
    by_language = {page.locale.language_code: page for page in pages}
    return (
        by_language.get(language or get_language())
        or by_language.get(settings.LANGUAGE_CODE)
        or next(iter(by_language.values()), None)
    )


def module_for(key, language=None):
    """The live module with this translation key, in `language` if it is translated, else in French."""
    return _in_language(ModulePage.objects.live().filter(translation_key=key).select_related("locale"), language)


def path_for(key, language=None):
    return _in_language(LearningPathPage.objects.live().filter(translation_key=key).select_related("locale"), language)


def step_ids(module):
    return [block.id for block in module.steps]


# --- Summaries -----------------------------------------------------------------------------------------


def _summary(learner, key):
    row, _created = ModuleProgress.objects.get_or_create(learner=learner, module_key=key)
    return row


def _update_completion(row, module, now):
    if row.completed_at is None and row.finished_at and (not module.quiz or row.passed_at):
        row.completed_at = now


def progress_by_key(learner, keys):
    """{module translation key: ModuleProgress} for the given modules (one query)."""
    if learner is None:
        return {}
    return {row.module_key: row for row in ModuleProgress.objects.filter(learner=learner, module_key__in=list(keys))}


def continue_where_stopped(learner, language=None):
    """The module the learner touched last and has not completed, in their language, with the step."""
    if learner is None:
        return None
    row = learner.module_progress.filter(completed_at__isnull=True).order_by("-updated_at").first()
    if row is None:
        return None
    module = module_for(row.module_key, language)
    if module is None:
        return None
    return {"module": module, "progress": row, "step": row.last_step}


def path_status(learner, path):
    """Each module of a path with the learner's progress; complete when every module is."""
    modules = path.modules
    rows = progress_by_key(learner, [module.translation_key for module in modules])
    items = [{"module": module, "progress": rows.get(module.translation_key)} for module in modules]
    done = sum(1 for item in items if item["progress"] and item["progress"].completed_at)
    return {"items": items, "done": done, "total": len(items), "complete": bool(items) and done == len(items)}


# --- Writes ------------------------------------------------------------------------------------------


def _lock(learner):
    """Serialise every write of one learner (no lost updates of the summary)."""
    return Learner.objects.select_for_update().get(pk=learner.pk)


def _when(at, now):
    """The client's time of an event, never in the future (a phone's clock may be wrong)."""
    if at is None:
        return now
    if timezone.is_naive(at):
        at = timezone.make_aware(at, timezone.get_current_timezone())
    return min(at, now)


def record_events(learner, events):
    """Store progress events [{id, kind, module, step, at}]; events already stored are skipped.

    Returns {"received": n, "stored": m}. Raises BadPayload/NotFound (nothing stored) for an unknown module
    or a step that is not in its module, NotYours for an event id that belongs to somebody else.
    """
    if len(events) > MAX_EVENTS:
        raise PayloadTooLarge(_("Send at most %(max)s events at a time.") % {"max": MAX_EVENTS})
    modules = {}
    for event in events:
        key = event["module"]
        if key not in modules:
            modules[key] = module_for(key)
            if modules[key] is None:
                raise NotFound()
        if event["kind"] == ProgressEvent.STEP_SEEN and event.get("step") not in step_ids(modules[key]):
            raise BadPayload(_("A step does not belong to its lesson."))
    now = timezone.now()
    language = get_language() or ""
    with transaction.atomic():
        learner = _lock(learner)
        ids = {event["id"] for event in events}
        owners = dict(ProgressEvent.objects.filter(id__in=ids).values_list("id", "learner_id"))
        if any(owner != learner.pk for owner in owners.values()):
            raise NotYours()
        new = {}
        for event in events:
            if event["id"] not in owners and event["id"] not in new:
                new[event["id"]] = ProgressEvent(
                    id=event["id"],
                    learner=learner,
                    kind=event["kind"],
                    module_key=event["module"],
                    step=event.get("step") or "",
                    language=language,
                    occurred_at=_when(event.get("at"), now),
                    received_at=now,
                )
        ProgressEvent.objects.bulk_create(new.values())
        for key in {event.module_key for event in new.values()}:
            module = modules[key]
            mine = sorted((e for e in new.values() if e.module_key == key), key=lambda e: e.occurred_at)
            row = _summary(learner, key)
            ids_in_order = step_ids(module)
            seen = set(row.steps_seen) | {e.step for e in mine if e.kind == ProgressEvent.STEP_SEEN}
            row.steps_seen = [step for step in ids_in_order if step in seen]
            row.steps_total = len(ids_in_order)
            steps = [e.step for e in mine if e.kind == ProgressEvent.STEP_SEEN]
            if steps:
                row.last_step = steps[-1]
            finished = any(e.kind == ProgressEvent.MODULE_FINISHED for e in mine)
            if row.finished_at is None and (finished or len(row.steps_seen) == row.steps_total):
                row.finished_at = now
            _update_completion(row, module, now)
            row.updated_at = now
            row.save()
        learner.last_active_at = now
        learner.save(update_fields=["last_active_at"])
    return {"received": len(events), "stored": len(new)}


def submit_attempt(learner, module_key, attempt_id, answers, quiz_as_seen=None):
    """Grade and keep one quiz attempt; the same attempt id again returns the stored attempt.

    `quiz_as_seen`: the quiz (StreamValue) the learner answered, when it has changed since (an attempt made
    offline, sent later, is graded against the version the learner saw).

    Returns (attempt, created, module). Raises NotFound, BadPayload (tampered answers: nothing stored) or
    NotYours.
    """
    module = module_for(module_key)
    if module is None or not module.quiz:
        raise NotFound()
    now = timezone.now()
    with transaction.atomic():
        learner = _lock(learner)
        existing = QuizAttempt.objects.filter(pk=attempt_id).first()
        if existing is not None:
            if existing.learner_id != learner.pk or existing.module_key != module.translation_key:
                raise NotYours()
            return existing, False, module
        try:
            french = module.french_source
            source_quiz = french.quiz if french is not None and french.pk != module.pk else None
            quiz = module.quiz if quiz_as_seen is None else quiz_as_seen
            result = grade(quiz, answers, module.pass_mark, source_quiz=source_quiz)
        except QuizPayloadError as error:
            raise BadPayload(str(error)) from None
        try:
            with transaction.atomic():
                attempt = QuizAttempt.objects.create(
                    id=attempt_id,
                    learner=learner,
                    module_key=module.translation_key,
                    language=get_language() or "",
                    answers=answers,
                    result=result,
                    score=result["score"],
                    passed=result["passed"],
                    submitted_at=now,
                )
        except IntegrityError:  # another learner sent the same id at the same moment
            raise NotYours() from None
        row = _summary(learner, module.translation_key)
        row.attempts += 1
        row.best_score = max(row.best_score or 0, result["score"])
        if result["passed"] and row.passed_at is None:
            row.passed_at = now
        if not row.steps_total:
            row.steps_total = len(step_ids(module))
        _update_completion(row, module, now)
        row.updated_at = now
        row.save()
        learner.last_active_at = now
        learner.save(update_fields=["last_active_at"])
    return attempt, True, module


def french_quiz(module):
    """The French quiz of a translated module (None for a French one): its clips are not the translation's."""
    french = module.french_source
    return french.quiz if french is not None and french.pk != module.pk else None


def attempt_feedback(attempt, language=None, module=None):
    """The result of an attempt with its messages in `language` (the page the learner reads)."""
    if module is None or module.translation_key != attempt.module_key:
        module = module_for(attempt.module_key, language)
    return {
        "attempt": str(attempt.pk),
        "score": attempt.score,
        "passed": attempt.passed,
        "pass_mark": attempt.result["pass_mark"],
        "questions": feedback(module.quiz, attempt.result, source_quiz=french_quiz(module)) if module else [],
    }


def packages_of(module_key):
    """The H5P packages used by any language version of a module (a translator may choose another)."""
    ids = set()
    for module in ModulePage.objects.live().filter(translation_key=module_key).only("id", "steps"):
        for block in module.steps.raw_data:
            package = (block.get("value") or {}).get("h5p")
            if isinstance(package, int):
                ids.add(package)
    return ids


def _number(value):
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def record_h5p(learner, module_key, package_id, result_id, statement):
    """Keep an xAPI statement of an H5P activity and count it, as self-reported, in the module's progress.

    Returns (H5PResult, created). The same result id again changes nothing.
    """
    if module_for(module_key) is None:
        raise NotFound()
    if package_id not in packages_of(module_key):
        raise BadPayload(_("This activity is not part of this lesson."))
    if not isinstance(statement, dict) or len(json.dumps(statement)) > MAX_STATEMENT_BYTES:
        raise BadPayload(_("This activity result is not valid."))
    verb = statement.get("verb") if isinstance(statement.get("verb"), dict) else {}
    verb_id = str(verb.get("id", ""))[:200]
    result = statement.get("result") if isinstance(statement.get("result"), dict) else {}
    score = result.get("score") if isinstance(result.get("score"), dict) else {}
    raw, maximum, scaled = _number(score.get("raw")), _number(score.get("max")), _number(score.get("scaled"))
    percent = None
    if raw is not None and maximum and 0 <= raw <= maximum:
        percent = round(100 * raw / maximum)
    elif scaled is not None and 0 <= scaled <= 1:
        percent = round(100 * scaled)
    completed = result.get("completion") is True or verb_id.endswith(("/completed", "/passed"))
    now = timezone.now()
    with transaction.atomic():
        learner = _lock(learner)
        existing = H5PResult.objects.filter(pk=result_id).first()
        if existing is not None:
            if existing.learner_id != learner.pk:
                raise NotYours()
            return existing, False
        try:
            with transaction.atomic():
                stored = H5PResult.objects.create(
                    id=result_id,
                    learner=learner,
                    module_key=module_key,
                    package_id=package_id,
                    verb=verb_id,
                    score_raw=raw,
                    score_max=maximum,
                    completed=completed,
                    statement=statement,
                    received_at=now,
                )
        except IntegrityError:
            raise NotYours() from None
        row = _summary(learner, module_key)
        activity = dict(row.activities.get(str(package_id), {"best": None, "completed": False}))
        if percent is not None:
            activity["best"] = max(activity["best"] or 0, percent)
        activity["completed"] = activity["completed"] or completed
        row.activities = {**row.activities, str(package_id): activity}
        row.updated_at = now
        row.save()
    return stored, True


# --- The learner's own data (the export is learners.downloads.everything_stored) ----------------------


def erase(learner):
    """Delete the learner, everything that refers to them and their sessions on every device (Learner.erase)."""
    learner.erase()


def finish_module(learner, module):
    """ "I have finished this module" (without JavaScript every step is on one page): every step seen, and the
    module finished. Event ids are derived from the learner, module and step, so pressing twice stores once."""
    key = module.translation_key
    events = [
        {
            "id": uuid.uuid5(uuid.NAMESPACE_URL, f"{learner.pk}:{key}:{step}"),
            "kind": ProgressEvent.STEP_SEEN,
            "module": key,
            "step": step,
        }
        for step in step_ids(module)
    ]
    events.append(
        {
            "id": uuid.uuid5(uuid.NAMESPACE_URL, f"{learner.pk}:{key}:finished"),
            "kind": ProgressEvent.MODULE_FINISHED,
            "module": key,
            "step": "",
        }
    )
    return record_events(learner, events)
