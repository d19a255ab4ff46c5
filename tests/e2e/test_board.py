"""The live board in real browsers: a trainer (a Formateurs member, not a superuser) opens the board of their
class; a learner joins on a phone and answers the same quiz question wrong twice; the board, never reloaded,
shows « Besoin d'aide ». The projected board shows no name until the trainer ticks « afficher les prénoms »."""

from django.contrib.auth import get_user_model

from classes.models import Assignment, LearnerGroup
from tests.e2e.conftest import answer_quiz, join_with_pin, learner_phone, shot
from tests.learners.conftest import build_course


def test_the_board_shows_besoin_d_aide_live_when_a_learner_fails_the_same_question_twice(browser, live_site, trainer):
    server, homes = live_site
    course = build_course(homes["fr"])
    user = get_user_model().objects.get(username="formatrice")
    group = LearnerGroup.objects.create(name="Mardi matin – Melun", created_by=user)
    Assignment.objects.create(group=group, page=course["path"], sort_order=0)

    # A learner joins on a phone with a new card.
    context, learner = learner_phone(browser)
    join_with_pin(learner, server, group.join_code, "أمينة", "2468")

    # The trainer opens the board on a phone: the learner, the path's modules, nobody to help yet.
    trainer.set_viewport_size({"width": 390, "height": 844})
    trainer.goto(f"{server.url}/admin/groupes/edit/{group.pk}/")
    board_url = f"/admin/groupes/{group.pk}/tableau/"
    assert trainer.locator(f"a[href='{board_url}']").is_visible()  # « Tableau en direct » in the class's header
    assert trainer.evaluate("document.documentElement.scrollWidth") <= 390
    shot(trainer, "board-class-390")
    trainer.goto(server.url + board_url)
    table = trainer.locator(".board-table")
    assert "أمينة" in table.inner_text() and course["second"].title in table.inner_text()
    assert trainer.locator(".board-flag").count() == 0
    assert trainer.evaluate("document.documentElement.scrollWidth") <= 390
    trainer.evaluate("window.notReloaded = true")

    # The learner answers the second module's question wrong, twice.
    answer_quiz(learner, server, course["second"])
    trainer.locator(".board-score").first.wait_for(timeout=10_000)  # one failure: a score, no flag
    assert trainer.locator(".board-flag").count() == 0
    answer_quiz(learner, server, course["second"])

    # Without a reload, the board shows « Besoin d'aide » in the learner's cell.
    flag = trainer.locator(".board-help .board-flag")
    flag.wait_for(timeout=12_000)
    assert flag.inner_text() == "Besoin d'aide"
    assert trainer.evaluate("window.notReloaded") is True
    assert "1 à aider" in trainer.locator("[data-board-status]").inner_text()
    # Redrawn live, her Arabic name still starts under « n° 1 », not at the far edge of the cell.
    text_left = (
        "el => { const range = document.createRange(); range.selectNodeContents(el);"
        " return range.getBoundingClientRect().x; }"
    )
    label, name = (
        trainer.locator(f".board-table {part}").first.evaluate(text_left) for part in (".board-label", ".board-name")
    )
    assert abs(name - label) <= 2
    shot(trainer, "board-390")

    # The projected board: large type, « n° 1 » and no name until the trainer ticks the first names.
    trainer.set_viewport_size({"width": 1280, "height": 720})
    trainer.goto(f"{server.url}{board_url}projecteur/")
    projected = trainer.locator(".board-table").inner_text()
    assert "n° 1" in projected and "أمينة" not in projected and "Besoin d'aide" in projected
    shot(trainer, "board-projector")
    trainer.check("input[name=prenoms]")  # submits by itself
    trainer.wait_for_url("**/projecteur/?prenoms=1")
    assert "أمينة" in trainer.locator(".board-table").inner_text()
    shot(trainer, "board-projector-names")
    context.close()
