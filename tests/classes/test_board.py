"""The live board of a class: who may open it, the « Besoin d'aide » rule, the JSON it polls, names hidden on
the projected screen, and a number of queries that does not grow with the class."""

import uuid
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from classes.board import QUIZ, STUCK, help_needed
from classes.models import Assignment, Membership
from learners.models import Learner, ModuleProgress, QuizAttempt
from tests.factories import (
    LearnerGroupFactory,
    LearningPathPageFactory,
    ModulePageFactory,
    ThemePageFactory,
    learner_in,
    question,
)

pytestmark = pytest.mark.django_db

NOW = timezone.now()


def board_url(group, tail=""):
    return f"/admin/groupes/{group.pk}/tableau/{tail}"


# --- The « Besoin d'aide » rule ------------------------------------------------------------------------


def test_the_same_question_wrong_in_two_attempts_needs_help():
    attempts = [{"q1": False, "q2": True}, {"q1": False, "q2": True}]
    assert help_needed(attempts, NOW, current=False, done=False, now=NOW) == QUIZ


def test_two_different_questions_wrong_once_each_do_not_need_help():
    attempts = [{"q1": False, "q2": True}, {"q1": True, "q2": False}]
    assert help_needed(attempts, NOW, current=True, done=False, now=NOW) == ""


def test_a_question_got_right_after_two_failures_no_longer_needs_help():
    attempts = [{"q1": False}, {"q1": False}, {"q1": True}]
    assert help_needed(attempts, NOW, current=True, done=False, now=NOW) == ""


def test_six_minutes_on_the_same_step_of_the_current_module_needs_help():
    assert help_needed([], NOW - timedelta(minutes=6), current=True, done=False, now=NOW) == STUCK


def test_four_minutes_on_a_step_a_finished_module_another_module_or_a_learner_gone_do_not_need_help():
    assert help_needed([], NOW - timedelta(minutes=4), current=True, done=False, now=NOW) == ""
    assert help_needed([], NOW - timedelta(minutes=6), current=True, done=True, now=NOW) == ""
    assert help_needed([], NOW - timedelta(minutes=6), current=False, done=False, now=NOW) == ""
    assert help_needed([], NOW - timedelta(hours=2), current=True, done=False, now=NOW) == ""


# --- Who may open it -------------------------------------------------------------------------------------


@pytest.mark.parametrize("tail", ["", "projecteur/", "donnees/"])
def test_another_trainer_and_a_translator_get_403_in_french(group, other_trainer_client, translator_client, tail):
    learner_in(group, "Amina")
    for client in (other_trainer_client, translator_client):
        response = client.get(board_url(group, tail))
        assert response.status_code == 403
        assert "Amina" not in response.content.decode()
    assert "Ce groupe n&#x27;est pas le vôtre" in other_trainer_client.get(board_url(group, tail)).content.decode()


def test_the_class_page_links_to_the_board(trainer_client, group):
    response = trainer_client.get(f"/admin/groupes/edit/{group.pk}/")
    assert response.status_code == 200
    assert "Tableau en direct" in response.content.decode()
    assert board_url(group) in response.content.decode()


# --- What it shows ---------------------------------------------------------------------------------------


def quiz_module(theme, title, steps=3):
    from tests.factories import step

    return ModulePageFactory(
        parent=theme,
        title=title,
        steps=[step(f"Étape {number}") for number in range(1, steps + 1)],
        quiz=[
            question(
                "single_choice",
                "Quel bouton allume l'ordinateur ?",
                choices=[{"text": "Le bouton rond", "correct": True}, {"text": "La touche Entrée"}],
            )
        ],
    )


def attempt(learner, module, right, at=None):
    question_id = module.quiz[0].id
    QuizAttempt.objects.create(
        id=uuid.uuid4(),
        learner=learner,
        module_key=module.translation_key,
        answers={},
        result={"questions": [{"id": question_id, "correct": right, "answer": "x"}]},
        score=100 if right else 0,
        passed=right,
        submitted_at=at or timezone.now(),
    )


def progress(learner, module, step_index, score=None, at=None, done=False):
    ids = [block.id for block in module.steps]
    return ModuleProgress.objects.create(
        learner=learner,
        module_key=module.translation_key,
        steps_seen=ids[: step_index + 1],
        steps_total=len(ids),
        last_step=ids[step_index],
        best_score=score,
        completed_at=timezone.now() if done else None,
        finished_at=timezone.now() if done else None,
        updated_at=at or timezone.now(),
    )


@pytest.fixture
def course(site):
    theme = ThemePageFactory(parent=site["fr"], title="Ordinateur")
    modules = [quiz_module(theme, f"Module {number}") for number in range(1, 9)]
    return theme, modules


def test_the_json_lists_assigned_modules_first_then_touched_ones_with_step_score_and_help(
    trainer_client, group, course
):
    _theme, modules = course
    path = LearningPathPageFactory(parent=modules[0].get_parent().get_parent(), modules=[modules[2], modules[1]])
    Assignment.objects.create(group=group, page=path, sort_order=0)
    Assignment.objects.create(group=group, page=modules[4], sort_order=1)
    amina = learner_in(group, "Amina")
    bilal = learner_in(group, "Bilal", language="fr")
    progress(amina, modules[2], 1, score=0)
    attempt(amina, modules[2], right=False)
    attempt(amina, modules[2], right=False)
    progress(bilal, modules[6], 2, done=True, score=100, at=timezone.now() - timedelta(minutes=20))
    progress(bilal, modules[1], 0, at=timezone.now() - timedelta(minutes=7))

    response = trainer_client.get(board_url(group, "donnees/"))
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    data = response.json()
    assert [module["title"] for module in data["modules"]] == ["Module 3", "Module 2", "Module 5", "Module 7"]
    assert [module["assigned"] for module in data["modules"]] == [True, True, True, False]
    assert data["modules"][0]["steps"] == 3 and data["poll"] <= 5
    first, second = data["learners"]
    assert (first["label"], first["name"], second["name"]) == ("n° 1", "Amina", "Bilal")
    assert first["card"] == amina.active_card.code
    assert first["cells"][0] == {
        "state": "started",
        "step": 2,
        "steps": 3,
        "score": 0,
        "attempts": 2,
        "help": "quiz",
    }
    assert data["reasons"]["quiz"] == "a raté deux fois la même question"
    assert first["cells"][1] == {"state": "none"}
    assert second["cells"][1]["help"] == "stuck" and second["cells"][1]["step"] == 1
    assert second["cells"][3]["state"] == "done" and second["cells"][3]["help"] == ""
    assert data["help"] == 2 and data["count"] == 2


def test_the_trainer_page_shows_the_board_without_javascript_with_a_refresh_link(trainer_client, group, course):
    _theme, modules = course
    amina = learner_in(group, "Amina")
    progress(amina, modules[0], 0)
    attempt(amina, modules[0], right=False)
    attempt(amina, modules[0], right=False)
    html = trainer_client.get(board_url(group)).content.decode()
    assert "Besoin d&#x27;aide</strong>" in html or "Besoin d'aide</strong>" in html
    assert "Amina" in html and "étape 1/3" in html and "Rafraîchir" in html
    assert "classes/board.js" in html and "Mode projecteur" in html


def test_the_projected_board_hides_names_and_card_codes_unless_the_trainer_ticks_first_names(
    trainer_client, group, course
):
    _theme, modules = course
    amina = learner_in(group, "Amina")
    progress(amina, modules[0], 0)
    code = amina.active_card.code
    html = trainer_client.get(board_url(group, "projecteur/")).content.decode()
    assert "n° 1" in html and "Amina" not in html and code not in html
    assert "afficher les prénoms" in html
    data = trainer_client.get(board_url(group, "donnees/?projecteur=1")).json()
    assert "name" not in data["learners"][0] and "card" not in data["learners"][0]
    assert "Amina" not in str(data) and code not in str(data)

    html = trainer_client.get(board_url(group, "projecteur/?prenoms=1")).content.decode()
    assert "Amina" in html and code not in html
    data = trainer_client.get(board_url(group, "donnees/?projecteur=1&prenoms=1")).json()
    assert data["learners"][0]["name"] == "Amina" and "card" not in data["learners"][0]


def test_an_empty_class_shows_a_french_sentence(trainer_client, group):
    html = trainer_client.get(board_url(group)).content.decode()
    assert "Personne n'a encore rejoint ce groupe." in html
    assert trainer_client.get(board_url(group, "donnees/")).json()["learners"] == []


# --- A constant number of queries ------------------------------------------------------------------------


def class_of(trainer, modules, size):
    """A class of `size` learners, each with progress and two quiz attempts in each of the 8 modules."""
    group = LearnerGroupFactory(created_by=trainer)
    path = LearningPathPageFactory(parent=modules[0].get_parent().get_parent(), modules=modules[:4])
    Assignment.objects.create(group=group, page=path, sort_order=0)
    Assignment.objects.create(group=group, page=modules[4], sort_order=1)
    learners = Learner.objects.bulk_create([Learner(display_name=f"L{n}", language="ar") for n in range(size)])
    Membership.objects.bulk_create([Membership(group=group, learner=learner) for learner in learners])
    for learner in learners:
        for index, module in enumerate(modules):
            progress(learner, module, index % 3, score=50)
            attempt(learner, module, right=False)
            attempt(learner, module, right=True)
    return group


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_the_board_makes_as_many_queries_for_30_learners_as_for_3(trainer_client, course):
    _theme, modules = course
    small = class_of(trainer_client.user, modules, 3)
    big = class_of(trainer_client.user, modules, 30)
    for tail in ("", "projecteur/", "donnees/"):
        queries(trainer_client, board_url(small, tail))  # warm the session and the caches once
        assert queries(trainer_client, board_url(small, tail)) == queries(trainer_client, board_url(big, tail))
    data = trainer_client.get(board_url(big, "donnees/")).json()
    assert len(data["learners"]) == 30 and len(data["modules"]) == 8
