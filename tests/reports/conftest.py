"""A class with learners who followed a module with a quiz: progress events, attempts, an attestation and two
diagnostics, written directly (the learner-side API is tested in tests/learners). The class and its learners
come from the suite's `group` fixture and tests/factories.py (learner_in)."""

import uuid
from datetime import timedelta

import pytest
from django.utils import timezone

from courses.models import ModulePage
from diagnostic.models import DiagnosticResult
from learners.models import Attestation, ModuleProgress, ProgressEvent, QuizAttempt
from tests.factories import ModulePageFactory, ThemePageFactory, question, step


@pytest.fixture
def module(site):
    theme = ThemePageFactory(parent=site["fr"], title="Ordinateur")
    return ModulePageFactory(
        parent=theme,
        title="Allumer l'ordinateur",
        steps=[step("Le bouton"), step("L'écran")],
        quiz=[
            question(
                "single_choice",
                prompt="Où est le bouton ?",
                choices=[{"text": "Devant", "correct": True}, {"text": "Derrière"}, {"text": "Dessous"}],
            ),
            question("true_false", prompt="L'écran s'allume seul.", answer=False),
        ],
    )


def quiz_ids(module):
    module = ModulePage.objects.get(pk=module.pk)
    first, second = module.quiz
    choices = [child.id for child in first.value["choices"].bound_blocks]
    return first.id, second.id, choices


def answer(learner, module, right_choice, language="ar", when=None):
    """One quiz attempt: the choice question answered with choice number `right_choice` (0 is right), the
    true-or-false question right."""
    first, second, choices = quiz_ids(module)
    correct = right_choice == 0
    result = {
        "score": 100 if correct else 50,
        "passed": correct,
        "pass_mark": 70,
        "questions": [
            {"id": first, "correct": correct, "answer": choices[right_choice]},
            {"id": second, "correct": True, "answer": False},
        ],
    }
    return QuizAttempt.objects.create(
        id=uuid.uuid4(),
        learner=learner,
        module_key=module.translation_key,
        language=language,
        answers={},
        result=result,
        score=result["score"],
        passed=correct,
        submitted_at=when or timezone.now(),
    )


def follow(learner, module, minutes=(0, 4, 9), completed=True, score=100, start=None):
    """Progress events at these minutes after `start`, and the module's summary."""
    start = start or timezone.now() - timedelta(hours=1)
    for minute in minutes:
        ProgressEvent.objects.create(
            id=uuid.uuid4(),
            learner=learner,
            kind=ProgressEvent.STEP_SEEN,
            module_key=module.translation_key,
            step="s",
            occurred_at=start + timedelta(minutes=minute),
        )
    return ModuleProgress.objects.create(
        learner=learner,
        module_key=module.translation_key,
        steps_seen=["a", "b"],
        steps_total=2,
        best_score=score,
        attempts=1,
        completed_at=start + timedelta(minutes=minutes[-1]) if completed else None,
    )


def attest(learner, title="Premiers pas"):
    return Attestation.objects.create(
        learner=learner,
        path_key=uuid.uuid4(),
        code=uuid.uuid4().hex[:10].upper(),
        holder=learner.display_name or "X",
        path_title=title,
        modules=[],
    )


def diagnose(learner, level, competences, when):
    return DiagnosticResult.objects.create(
        learner=learner, run=uuid.uuid4(), level=level, competences=competences, finished_at=when, started_at=when
    )
