"""The diagnostic as the views use it: the question bank, the run kept in the session, answers checked
against the question that was asked, the result saved on the learner's card (once per run).

The run lives in the session until it ends, so a diagnostic left halfway is found again on the same
browser (to continue or to start again). A finished run is saved as a DiagnosticResult when the learner
has a card; otherwise it stays in the session and is saved as soon as they make a card or sign in.
"""

import uuid

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from wagtail.models import Locale

from courses.models import Competence, LearningPathPage
from diagnostic import engine
from diagnostic.models import DiagnosticOutcome, DiagnosticQuestion, DiagnosticResult
from learners import identity
from quiz.blocks import QuizPayloadError

SESSION_KEY = "diagnostic"


class DiagnosticError(Exception):
    """Input the diagnostic refuses, with a message for the learner; nothing was stored."""

    def __init__(self, message, status=400):
        super().__init__(message)
        self.message = message
        self.status = status


# --- The bank ------------------------------------------------------------------------------------------


def source_questions():
    """The French questions, in the order they are asked: level, then order within the level."""
    return list(
        DiagnosticQuestion.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by(
            "level", "sort_order", "pk"
        )
    )


def bank(questions=None):
    """[{"key", "level", "crcn_level", "competence"}] for the engine."""
    rows = []
    for question in questions if questions is not None else source_questions():
        if question.block is None:
            continue
        competence = question.competence
        rows.append(
            {
                "key": str(question.translation_key),
                "level": question.level,
                "crcn_level": question.crcn_level,
                "competence": competence.code if competence else None,
            }
        )
    return rows


def question_in(key, language):
    """The question `key` in `language` when translated, else in French; None if it no longer exists."""
    questions = DiagnosticQuestion.objects.filter(translation_key=key).select_related("locale")
    by_language = {question.locale.language_code: question for question in questions}
    return by_language.get(language) or by_language.get(settings.LANGUAGE_CODE)


# --- The run in the session ----------------------------------------------------------------------------


def current_run(request):
    return request.session.get(SESSION_KEY)


def _save(request, state):
    request.session[SESSION_KEY] = state
    request.session.modified = True


def start(request):
    """A new run (the previous one, finished and saved or not, is replaced). Returns the state."""
    questions = bank()
    if not questions:
        raise DiagnosticError(_("The diagnostic has no questions yet. Ask your trainer."), status=503)
    state = engine.advance(engine.new_state(questions), questions)
    _save(request, state)
    return state


def answer(request, run, key, data):
    """Record the answer to question `key` of run `run` from the posted form `data`; returns the state.

    Refuses (DiagnosticError, nothing stored) an answer for a question that was not asked, for another
    run, or malformed. An answer sent twice (a replay, the back button) is not counted twice.
    """
    state = current_run(request)
    if state is None or state["run"] != run:
        if _is_uuid(run) and DiagnosticResult.objects.filter(run=run).exists():
            raise DiagnosticError(_("This diagnostic is already finished: its result is saved. Here it is."), 409)
        raise DiagnosticError(
            _("This answer belongs to a diagnostic that is no longer open. Here is where you are now."), 409
        )
    if state["finished"]:
        raise DiagnosticError(
            _("This diagnostic is already finished: your answers are saved once. Here is the result."), 409
        )
    if engine.minutes_left(state) == 0:
        end_in_time(request, state)
        raise DiagnosticError(time_up_message(), 409)
    if key in state["asked"]:
        raise DiagnosticError(_("You already answered this question. Here is the next one."), 409)
    if key != state["pending"]:
        raise DiagnosticError(
            _("This answer is for a question that was not asked. Please answer the question on the screen.")
        )
    questions = bank()
    entry = next((question for question in questions if question["key"] == key), None)
    source = question_in(key, settings.LANGUAGE_CODE)
    if entry is None or source is None:
        # Removed by a trainer while the learner was answering: go on without it.
        state["asked"].append(key)
        state["pending"] = None
        _save(request, engine.advance(state, questions))
        return state
    bound = source.block
    if data.get("skip"):
        correct = False
    else:
        try:
            given = bound.block.answer_from_form(bound, data)
        except QuizPayloadError as error:
            raise DiagnosticError(str(error)) from None
        if given is None:
            raise DiagnosticError(_("Choose an answer, or press “I don't know”."))
        translated = question_in(key, request.LANGUAGE_CODE)
        shown = translated.block if translated else None
        also = shown.block.accepted_answers(shown.value) if shown else []
        try:
            _answer, correct = bound.block.grade(bound.value, given, also)
        except QuizPayloadError as error:
            raise DiagnosticError(str(error)) from None
    engine.record(state, key, entry["level"], correct)
    engine.advance(state, questions)
    if state["finished"]:
        _conclude(request, state, questions)
    _save(request, state)
    return state


def time_up_message():
    return _("The %(minutes)s minutes are over. Here is your result from the answers you gave.") % {
        "minutes": engine.MAX_MINUTES
    }


def end_in_time(request, state):
    """The MAX_MINUTES are over: the run ends with the level its answers have shown so far (the answer sent
    late is not counted), and the result is saved like any other."""
    engine.finish(state)
    _conclude(request, state, bank())
    _save(request, state)


def _is_uuid(text):
    try:
        uuid.UUID(str(text))
    except ValueError:
        return False
    return True


def _conclude(request, state, questions):
    state["competences"] = engine.competence_levels(state, questions)
    outcome = outcome_for(state["level"])
    state["path_key"] = str(outcome.path.translation_key) if outcome else None
    state["language"] = request.LANGUAGE_CODE
    state["saved"] = False
    save_on_card(request, state)


def save_on_card(request, state):
    """Save a finished run on the learner's card, once; True when it is saved (now or before)."""
    if not state or not state.get("finished"):
        return False
    if state.get("saved"):
        return True
    learner = identity.current_learner(request)
    if learner is None or learner.active_card is None:
        return False
    try:
        with transaction.atomic():
            DiagnosticResult.objects.get_or_create(
                run=state["run"],
                defaults={
                    "learner": learner,
                    "language": state.get("language", ""),
                    "level": state["level"],
                    "competences": state.get("competences", {}),
                    "answers": state["answers"],
                    "path_key": state.get("path_key"),
                    "started_at": parse_datetime(state["started_at"]) or timezone.now(),
                    "finished_at": parse_datetime(state.get("finished_at", "")) or timezone.now(),
                },
            )
    except IntegrityError:  # saved by a concurrent request
        pass
    state["saved"] = True
    _save(request, state)
    return True


# --- What the learner sees -----------------------------------------------------------------------------


def outcome_for(level):
    return (
        DiagnosticOutcome.objects.filter(from_level__lte=level).select_related("path").order_by("-from_level").first()
    )


def path_in(path_key, language):
    """The proposed path in `language` when it is translated and live, else the French one."""
    if not path_key:
        return None
    paths = LearningPathPage.objects.live().filter(translation_key=path_key).select_related("locale")
    by_language = {path.locale.language_code: path for path in paths}
    return by_language.get(language) or by_language.get(settings.LANGUAGE_CODE)


def competences_in(levels, language):
    """[{"code", "name", "level"}] in the learner's language, in the framework's order."""
    french = Competence.objects.filter(code__in=levels, locale__language_code=settings.LANGUAGE_CODE)
    locale = Locale.objects.filter(language_code=language).first()
    rows = []
    for competence in french.select_related("pictogram").order_by("code"):
        shown = competence.in_language(locale) if locale else competence
        rows.append({"code": competence.code, "name": shown.name, "level": levels[competence.code]})
    return rows


def progress_per_competence(results):
    """First and latest diagnostic of a learner per competence: {code: (first level, latest level)}."""
    if not results:
        return {}
    first, latest = results[0], results[-1]
    codes = sorted(set(first.competences) | set(latest.competences))
    return {code: (first.competences.get(code, 0), latest.competences.get(code, 0)) for code in codes}
