"""The live board in real browsers: a trainer (a Formateurs member, not a superuser) opens the board of their
class; a learner joins on a phone and answers the same quiz question wrong twice; the board, never reloaded,
shows « Besoin d'aide ». The projected board shows no name until the trainer ticks « afficher les prénoms »."""

import os
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from classes.models import Assignment, LearnerGroup
from classes.roles import grant_groups
from quiz.grading import model_answers
from tests.learners.conftest import build_course

SHOTS = os.environ.get("NUMERIKAIR_SCREENSHOTS")


def shot(page, name):
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=f"{SHOTS}/{name}.png", full_page=True)


@pytest.fixture
def trainer(admin_as):
    from django.contrib.auth.models import Group, Permission

    grant_groups(Group, Permission)  # the browser tests' database is flushed: give the rights again
    return admin_as("Formateurs", "formatrice")


def answer_wrong(page, server, module):
    """Open the module's quiz and give a wrong answer to its (single choice) question."""
    question = module.quiz[0]
    right = model_answers(module.quiz)[question.id]
    page.goto(server.url + module.url + "#quiz")
    page.locator(f"input[name='q-{question.id}']:not([value='{right}'])").first.check()
    page.locator(".quiz-form button[type=submit]").click()
    page.wait_for_selector("#quiz-result.failed")


def test_the_board_shows_besoin_d_aide_live_when_a_learner_fails_the_same_question_twice(browser, live_site, trainer):
    server, homes = live_site
    course = build_course(homes["fr"])
    user = get_user_model().objects.get(username="formatrice")
    group = LearnerGroup.objects.create(name="Mardi matin – Melun", created_by=user)
    Assignment.objects.create(group=group, page=course["path"], sort_order=0)

    # A learner joins on a phone with a new card.
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True, locale="fr-FR"
    )
    learner = context.new_page()
    learner.goto(f"{server.url}/groupe/{group.join_code}/")
    learner.fill("input[name=display_name]", "Amina")
    learner.fill("input[name=pin]", "2468")
    learner.fill("input[name=pin_again]", "2468")
    learner.locator("form.stack-form button[type=submit]").click()
    learner.wait_for_selector(".learner-card-code")

    # The trainer opens the board on a phone: the learner, the path's modules, nobody to help yet.
    trainer.set_viewport_size({"width": 390, "height": 844})
    trainer.goto(f"{server.url}/admin/groupes/edit/{group.pk}/")
    board_url = f"/admin/groupes/{group.pk}/tableau/"
    assert trainer.locator(f"a[href='{board_url}']").is_visible()  # « Tableau en direct » in the class's header
    assert trainer.evaluate("document.documentElement.scrollWidth") <= 390
    shot(trainer, "board-class-390")
    trainer.goto(server.url + board_url)
    table = trainer.locator(".board-table")
    assert "Amina" in table.inner_text() and course["second"].title in table.inner_text()
    assert trainer.locator(".board-flag").count() == 0
    assert trainer.evaluate("document.documentElement.scrollWidth") <= 390
    trainer.evaluate("window.notReloaded = true")

    # The learner answers the second module's question wrong, twice.
    answer_wrong(learner, server, course["second"])
    trainer.locator(".board-score").first.wait_for(timeout=10_000)  # one failure: a score, no flag
    assert trainer.locator(".board-flag").count() == 0
    answer_wrong(learner, server, course["second"])

    # Without a reload, the board shows « Besoin d'aide » in the learner's cell.
    flag = trainer.locator(".board-help .board-flag")
    flag.wait_for(timeout=12_000)
    assert flag.inner_text() == "Besoin d'aide"
    assert trainer.evaluate("window.notReloaded") is True
    assert "1 à aider" in trainer.locator("[data-board-status]").inner_text()
    shot(trainer, "board-390")

    # The projected board: large type, « n° 1 » and no name until the trainer ticks the first names.
    trainer.set_viewport_size({"width": 1280, "height": 720})
    trainer.goto(f"{server.url}{board_url}projecteur/")
    projected = trainer.locator(".board-table").inner_text()
    assert "n° 1" in projected and "Amina" not in projected and "Besoin d'aide" in projected
    shot(trainer, "board-projector")
    trainer.check("input[name=prenoms]")  # submits by itself
    trainer.wait_for_url("**/projecteur/?prenoms=1")
    assert "Amina" in trainer.locator(".board-table").inner_text()
    shot(trainer, "board-projector-names")
    context.close()
