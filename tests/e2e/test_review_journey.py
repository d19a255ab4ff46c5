"""Review of a language, in Chromium, each role as a member of its group: a Pashto translator changes a
title and sends it for review; learners keep the published text; a trainer approves; learners see it."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, Locale, Page, Workflow, WorkflowTask

from tests.factories import ModulePageFactory, ThemePageFactory, step
from tests.utils import translate_now
from workspace import review, roles

PASHTO = {"Allumer": "چالانول", "Le bouton": "تڼۍ", "Appuyez.": "کېکاږئ."}


@pytest.fixture
def pashto_under_review(live_site):
    server, homes = live_site
    # Browser tests flush the tables: make the review workflow that the migration creates on every install.
    workflow = Workflow.objects.create(name=review.REVIEW_WORKFLOW)
    task = GroupApprovalTask.objects.create(name=review.REVIEW_TASK)
    task.groups.add(Group.objects.get(name=roles.TRAINERS))
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    theme = ThemePageFactory(parent=homes["fr"], title="Ordinateur", slug="ordinateur")
    french = ModulePageFactory(parent=theme, title="Allumer", slug="allumer", steps=[step("Le bouton", "Appuyez.")])
    locale = Locale.objects.get(language_code="ps")
    translate_now(theme, locale, {})
    pashto = translate_now(french, locale, PASHTO)
    review.set_review("ps", True)
    return server, pashto


def test_a_translator_sends_for_review_and_learners_see_the_change_once_a_trainer_approves(
    pashto_under_review, admin_as, phone
):
    server, pashto = pashto_under_review
    translator = admin_as(roles.translator_group_name("ps"), "traducteur-ps")
    translator.goto(f"{server.url}/admin/pages/{pashto.pk}/edit/")
    title = translator.locator("li", has_text="چالانول").filter(has=translator.get_by_role("button", name="Modifier"))
    title.first.get_by_role("button", name="Modifier").click()
    field = translator.locator("textarea").first
    field.fill("کمپیوټر چالانول")
    translator.get_by_role("button", name="Enregistrer").first.click()
    translator.get_by_text("کمپیوټر چالانول").first.wait_for()

    # The editor itself offers the submission, once the translation is ready.
    translator.locator("[data-submit-for-review]").click()
    translator.get_by_text("envoyé à un formateur pour relecture").wait_for()
    translator.get_by_text("Cette traduction attend la relecture d'un formateur").wait_for()

    # On a phone, the dashboard shows the module's state without scrolling sideways.
    translator.set_viewport_size({"width": 390, "height": 844})
    translator.goto(f"{server.url}/admin/traductions/?lang=ps")
    assert "En relecture" in translator.locator("[data-state]").first.inner_text()
    table = translator.locator(".translation-dashboard__table").bounding_box()
    assert table["x"] >= 0 and table["x"] + table["width"] <= 390

    phone.goto(server.url + pashto.url)
    assert "کمپیوټر چالانول" not in phone.content()  # not live until a trainer approves

    trainer = admin_as(roles.TRAINERS, "formatrice")
    state = Page.objects.get(pk=pashto.pk).current_workflow_state
    assert state is not None
    trainer.goto(f"{server.url}/admin/")
    trainer.get_by_text("کمپیوټر چالانول").first.wait_for()  # « En attente de votre relecture »
    approve = trainer.locator("main").get_by_text("Approuver", exact=True).first
    if not approve.is_visible():  # the panel's actions are in a dropdown
        trainer.locator("main").get_by_role("button", name="Actions").first.click()
    approve.click()
    for _ in range(50):  # the approval is a POST from the panel; wait until the workflow has ended
        if Page.objects.get(pk=pashto.pk).current_workflow_state is None:
            break
        trainer.wait_for_timeout(200)
    phone.goto(server.url + Page.objects.get(pk=pashto.pk).url)
    assert "کمپیوټر چالانول" in phone.content()
