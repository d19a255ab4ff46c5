"""A class in real browsers: a trainer (a Formateurs member, not a superuser) creates it and projects its
code; two learners join on their phones, one without a card who gets one, one who chooses a picture password
and signs in with it on another phone; the trainer resets a PIN and opens the cards to print."""

import os
import re
from pathlib import Path

import pytest

from classes.models import LearnerGroup
from classes.roles import grant_groups


@pytest.fixture
def trainer(admin_as):
    from django.contrib.auth.models import Group, Permission

    grant_groups(Group, Permission)  # the browser tests' database is flushed: give the rights again
    return admin_as("Formateurs", "formatrice")


SHOTS = os.environ.get("NUMERIKAIR_SCREENSHOTS")


def shot(page, name):
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=f"{SHOTS}/{name}.png", full_page=True)


def phone(browser, locale="fr-FR"):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True, locale=locale)
    return context, context.new_page()


def fits(page, width):
    return page.evaluate("document.documentElement.scrollWidth") <= width


def test_a_trainer_runs_a_class_that_learners_join_with_a_card_or_pictures(browser, live_site, trainer):
    server, _homes = live_site

    # 1. The trainer creates the class and projects its code.
    trainer.goto(f"{server.url}/admin/groupes/new/")
    trainer.fill("input[name=name]", "Mardi matin – Melun")
    trainer.fill("input[name=place]", "Centre social")
    trainer.check("input[name=languages][value=ar]")
    trainer.get_by_role("button", name=re.compile("^(Créer|Enregistrer)")).first.click()
    trainer.wait_for_url("**/admin/groupes/")
    group = LearnerGroup.objects.get(name="Mardi matin – Melun")
    assert group.created_by.username == "formatrice"
    trainer.goto(f"{server.url}/admin/groupes/{group.pk}/projeter/")
    assert trainer.locator(".join-code").inner_text() == group.join_code
    qr = trainer.locator(".project .qr svg")
    assert qr.is_visible() and qr.bounding_box()["width"] > 300
    trainer.set_viewport_size({"width": 390, "height": 844})
    assert fits(trainer, 390) and trainer.locator(".join-code").is_visible()
    shot(trainer, "classes-project-390")
    trainer.set_viewport_size({"width": 1280, "height": 900})

    # 2. A learner with no card scans the QR code on an Arabic phone, chooses a PIN and gets a card.
    amina_context, amina = phone(browser, locale="ar")
    amina.goto(f"{server.url}/groupe/{group.join_code}/")
    assert amina.url.endswith(f"/ar/groupe/{group.join_code}/")
    amina.fill("input[name=display_name]", "أمينة")
    amina.fill("input[name=pin]", "2468")
    amina.fill("input[name=pin_again]", "2468")
    amina.locator("form.stack-form button[type=submit]").click()
    amina.wait_for_selector(".learner-card-code")
    amina_code = amina.locator(".learner-card-code").inner_text().strip()
    assert re.fullmatch(r"[A-Z]+-[A-Z]+-[2-9]{4}", amina_code)
    assert "أنتم الآن في مجموعة" in amina.content()
    assert fits(amina, 360)
    shot(amina, "classes-joined-ar")

    # 3. Another learner types the code and chooses 3 pictures instead of a PIN (no script needed).
    bilal_context, bilal = phone(browser)
    bilal.goto(f"{server.url}/fr/groupe/")
    bilal.fill("input[name=code]", group.join_code.lower())
    bilal.locator("form.stack-form button[type=submit]").click()
    bilal.wait_for_url(f"**/fr/groupe/{group.join_code}/")
    for row, name in enumerate(["cat", "sun", "key"], start=1):
        bilal.locator(f"label:has(input[name=picture_{row}][value={name}])").click()
    shot(bilal, "classes-join-pictures")
    bilal.locator("form.stack-form button[type=submit]").click()
    bilal.wait_for_selector(".card-pictures")
    shot(bilal, "classes-card-pictures")
    assert [img.get_attribute("alt") for img in bilal.locator(".card-pictures img").all()] == ["chat", "soleil", "clé"]
    bilal_code = bilal.locator(".learner-card-code").inner_text().strip()
    bilal_context.close()

    #    On another phone, they sign in by tapping the pictures in order.
    second_context, second = phone(browser)
    second.goto(f"{server.url}/fr/learner/signin/")
    second.click("text=Me connecter avec mes images")
    second.fill("input[name=code]", bilal_code)
    for row, name in enumerate(["cat", "sun", "key"], start=1):
        second.locator(f"label:has(input[name=picture_{row}][value={name}])").click()
    second.locator("form.stack-form button[type=submit]").click()
    second.wait_for_url("**/fr/learner/")
    assert bilal_code in second.content()
    second_context.close()

    # 4. The trainer sees both in the class, resets Amina's PIN, and she signs in with the new one.
    trainer.goto(f"{server.url}/admin/groupes/{group.pk}/apprenants/")
    assert bilal_code in trainer.content() and amina_code in trainer.content()
    trainer.click(f"a:has-text('{amina_code}')")
    trainer.set_viewport_size({"width": 390, "height": 844})
    assert fits(trainer, 390)
    trainer.locator("button[value=reset_pin]").wait_for()
    shot(trainer, "classes-learner-390")
    trainer.click("button[value=reset_pin]")
    new_pin = trainer.locator(".new-pin").inner_text().strip()
    assert re.fullmatch(r"[0-9]{4}", new_pin)
    amina_context.close()
    again_context, again = phone(browser, locale="ar")
    again.goto(f"{server.url}/ar/learner/signin/")
    again.fill("input[name=code]", amina_code)
    again.fill("input[name=pin]", new_pin)
    again.locator("form.stack-form button[type=submit]").click()
    again.wait_for_url("**/ar/learner/")
    again_context.close()

    # 5. The trainer opens the cards to print: one sheet, both cards, Amina's name in Arabic, no PIN.
    shot(trainer, "classes-new-pin-390")
    trainer.goto(f"{server.url}/admin/groupes/")
    shot(trainer, "classes-index-390")
    trainer.goto(f"{server.url}/admin/groupes/{group.pk}/apprenants/")
    shot(trainer, "classes-learners-390")
    trainer.goto(f"{server.url}/admin/groupes/edit/{group.pk}/")
    shot(trainer, "classes-edit-390")
    trainer.set_viewport_size({"width": 1280, "height": 900})
    trainer.goto(f"{server.url}/admin/groupes/{group.pk}/cartes/")
    shot(trainer, "classes-print")
    assert trainer.locator(".sheet").count() == 1
    assert trainer.locator(".print-card").count() == 2
    assert "أمينة" in trainer.locator(".sheet").inner_text()
    assert new_pin not in trainer.locator(".sheet").inner_text()
    trainer.emulate_media(media="print")
    assert not trainer.locator(".screen-only").is_visible()
