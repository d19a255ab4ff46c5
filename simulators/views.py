"""Practice pages under /<lang>/practice/: the list, the mouse and keyboard trainers, and the endpoint that
stores a step's success (the only data a practice page ever sends)."""

import json
import uuid

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_GET, require_POST

from learners.identity import current_learner, with_learner
from simulators import progress, trainers
from simulators.models import PracticeResult, SimulationPage


@require_GET
@ensure_csrf_cookie
def practice(request):
    """« S'entraîner »: the trainers and the simulations, with where the learner stands in each."""
    pages = progress.simulations()
    learner = current_learner(request)
    standings = {item.exercise: item for item in progress.standings(learner, pages)}
    trainers = [
        {"name": name, "title": title, "url": url, "standing": standings.get(name)}
        for name, (title, url) in progress.trainers().items()
    ]
    items = [
        {"page": page, "url": progress.url_in_language(page), "standing": standings.get(page.exercise_key)}
        for page in pages
    ]
    return render(request, "simulators/practice.html", {"trainers": trainers, "simulations": items})


@require_GET
@ensure_csrf_cookie
def mouse(request):
    """The mouse trainer: point, click, double-click, drag and drop, scroll, right-click (tap, long press and
    scroll on a touch screen), one level after the other."""
    return render(request, "simulators/mouse.html", {"levels": trainers.mouse_levels()})


@require_GET
@ensure_csrf_cookie
def keyboard(request):
    """The keyboard trainer on a French AZERTY layout: letters, capitals, accents, digits, @, Enter, Backspace."""
    return render(request, "simulators/keyboard.html", {"levels": trainers.keyboard_levels()})


def _valid_step(exercise, step):
    if exercise in progress.TRAINER_LEVELS:
        return step.isdigit() and 1 <= int(step) <= progress.TRAINER_LEVELS[exercise]
    try:
        key = uuid.UUID(exercise)
    except ValueError:
        return False
    page = SimulationPage.objects.live().filter(translation_key=key).first()
    return page is not None and any(block.id == step for block in page.steps)


@require_POST
def result(request):
    """Store that a step of an exercise succeeded: {"exercise", "step", "ok", "mistakes"}. Anything else in
    the request is ignored; a replay or a step sent out of order is stored once."""
    try:
        payload = json.loads(request.body or b"{}")
        exercise = str(payload["exercise"])[:64]
        step = str(payload["step"])[:64]
        succeeded = payload.get("ok") is True
        mistakes = payload.get("mistakes")
        mistakes = min(int(mistakes), 999) if isinstance(mistakes, int) and mistakes >= 0 else None
    except (ValueError, KeyError, TypeError, AttributeError):
        return JsonResponse({"error": _("This result could not be read.")}, status=400)
    if not _valid_step(exercise, step):
        return JsonResponse({"error": _("This exercise or step does not exist.")}, status=400)
    row = with_learner(request, lambda learner: PracticeResult.record(learner, exercise, step, succeeded, mistakes))
    return JsonResponse({"exercise": exercise, "step": step, "succeeded": row.succeeded})
