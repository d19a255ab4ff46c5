"""The diagnostic's pages under /<lang>/diagnostic/: plain forms that work without JavaScript."""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from wagtail.images import get_image_model

from diagnostic import engine, services
from diagnostic.models import DiagnosticResult
from learners import identity
from quiz.grading import french_clips, own_clip


def _learner_with_card(request):
    learner = identity.current_learner(request)
    return learner if learner is not None and learner.active_card is not None else None


@require_GET
def intro(request):
    """What the diagnostic is, and start it (or continue one left halfway, or see the last result)."""
    state = services.current_run(request)
    saved_now = state is not None and not state.get("saved") and services.save_on_card(request, state)
    if saved_now:
        messages.success(request, _saved_message())
    learner = _learner_with_card(request)
    context = {
        "state": state,
        "in_progress": state is not None and not state["finished"],
        "answered": len(state["asked"]) if state else 0,
        "has_result": (state is not None and state["finished"])
        or (learner is not None and learner.diagnostics.exists()),
        "max_questions": engine.MAX_QUESTIONS,
        "max_minutes": engine.MAX_MINUTES,
    }
    return render(request, "diagnostic/intro.html", context)


def _saved_message():
    return _("Your diagnostic result is saved on your card.")


@require_POST
def start(request):
    """Start again from the first question (a run left halfway is dropped, a saved result is kept)."""
    try:
        services.start(request)
    except services.DiagnosticError as error:
        messages.error(request, error.message)
        return redirect("diagnostic:intro")
    return redirect("diagnostic:question")


@require_GET
def question(request):
    state = services.current_run(request)
    if state is None:
        return redirect("diagnostic:intro")
    if state["finished"]:
        return redirect("diagnostic:result")
    if engine.minutes_left(state) == 0:
        services.end_in_time(request, state)
        messages.warning(request, services.time_up_message())
        return redirect("diagnostic:result")
    return _question_page(request, state)


def _question_page(request, state, error=None, status=200):
    shown = services.question_in(state["pending"], request.LANGUAGE_CODE)
    if shown is None:  # removed by a trainer meanwhile: skip it
        state["pending"] = None
        engine.advance(state, services.bank())
        request.session[services.SESSION_KEY] = state
        return redirect("diagnostic:question")
    bound = shown.block
    french = source = None
    if shown.locale.language_code != settings.LANGUAGE_CODE:
        source = services.question_in(state["pending"], settings.LANGUAGE_CODE)
        french = source.block.value["prompt"] if source else None
    presented = bound.block.present(bound)
    # A translated prompt never plays the French clip: its language's own, or the browser's voice, or none.
    presented["audio"] = own_clip(presented["audio"], french_clips([source.block] if source else []))
    context = {
        "state": state,
        "number": len(state["asked"]) + 1,
        "max_questions": engine.MAX_QUESTIONS,
        "minutes_left": engine.minutes_left(state),
        "question": {"number": len(state["asked"]) + 1, **presented},
        "key": state["pending"],
        "french_prompt": french,
        "prompt_language": shown.locale.language_code,
        "error": error,
    }
    return render(request, "diagnostic/question.html", context, status=status)


@require_POST
def answer(request):
    """One answer, as the plain form posts it; the next question or the result."""
    try:
        state = services.answer(request, request.POST.get("run", ""), request.POST.get("question", ""), request.POST)
    except services.DiagnosticError as error:
        state = services.current_run(request)
        if error.status == 409 or state is None or state["finished"]:
            messages.warning(request, error.message)
            if state is not None and not state["finished"]:
                return redirect("diagnostic:question")
            return redirect(
                "diagnostic:result" if state is not None or _learner_with_card(request) else "diagnostic:intro"
            )
        return _question_page(request, state, error=error.message, status=error.status)
    if state["finished"]:
        return redirect("diagnostic:result")
    return redirect("diagnostic:question")


@require_GET
def result(request):
    """The proposed path in pictures and in the learner's language, and the level in each competence."""
    state = services.current_run(request)
    learner = _learner_with_card(request)
    if state is not None and state["finished"]:
        if not state.get("saved") and services.save_on_card(request, state):
            messages.success(request, _saved_message())
        level, competences, path_key = state["level"], state.get("competences", {}), state.get("path_key")
    else:
        latest = learner.diagnostics.order_by("-finished_at").first() if learner else None
        if latest is None:
            return redirect("diagnostic:intro")
        level, competences, path_key = latest.level, latest.competences, latest.path_key
    path = services.path_in(path_key, request.LANGUAGE_CODE)
    modules = path.modules if path else []
    images = get_image_model().objects.filter(id__in=[module.pictogram_id for module in modules if module.pictogram_id])
    pictures = {image.id: image for image in images}
    history = list(DiagnosticResult.objects.filter(learner=learner).order_by("finished_at")) if learner else []
    progress = services.progress_per_competence(history) if len(history) > 1 else {}
    rows = services.competences_in(competences, request.LANGUAGE_CODE)
    for row in rows:
        if row["code"] in progress:
            row["first"] = progress[row["code"]][0]
    context = {
        "level": level,
        "first_path": level == 0,
        "path": path,
        "modules": [{"page": module, "pictogram": pictures.get(module.pictogram_id)} for module in modules],
        "competences": rows,
        "has_card": learner is not None,
        "saved": learner is not None and (state is None or state.get("saved") or not state["finished"]),
        "repeated": len(history) > 1,
    }
    return render(request, "diagnostic/result.html", context)
