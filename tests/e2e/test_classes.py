"""A class session in real browsers (issue 13's « Done when »): a trainer (a Formateurs member, not a superuser)
creates a class, assigns it a path and projects its QR code; three learners join on their phones, one without a card
who gets one, one who chooses a picture password and signs in with it on another phone, and they answer a module's
quiz; the live board, never reloaded, shows their scores and « Besoin d'aide » for the one who failed the same
question twice; the trainer resets a PIN, prints the cards and a bilingual handout."""

import re

from wagtail.models import Locale

from classes.models import LearnerGroup
from tests.e2e.conftest import answer_quiz, join_with_pin, learner_phone, shot
from tests.learners.conftest import build_course


def fits(page, width):
    return page.evaluate("document.documentElement.scrollWidth") <= width


def test_a_trainer_runs_a_session_that_learners_join_with_a_card_or_pictures(browser, live_site, trainer):
    server, homes = live_site
    course = build_course(homes["fr"])
    mouse_ar = course["second"].get_translation(Locale.objects.get(language_code="ar")).specific

    # 1. The trainer creates the class, assigns it a path and projects its code.
    trainer.goto(f"{server.url}/admin/groupes/new/")
    trainer.fill("input[name=name]", "Mardi matin – Melun")
    trainer.fill("input[name=place]", "Centre social")
    trainer.check("input[name=languages][value=ar]")
    choose_path(trainer, "Premiers pas numériques")
    trainer.get_by_role("button", name=re.compile("^(Créer|Enregistrer)")).first.click()
    trainer.wait_for_url("**/admin/groupes/")
    group = LearnerGroup.objects.get(name="Mardi matin – Melun")
    assert group.created_by.username == "formatrice"
    assert [assignment.page_id for assignment in group.assignments.all()] == [course["path"].pk]
    trainer.goto(f"{server.url}/admin/groupes/{group.pk}/projeter/")
    assert trainer.locator(".join-code").inner_text() == group.join_code
    qr = trainer.locator(".project .qr svg")
    assert qr.is_visible() and qr.bounding_box()["width"] > 300
    trainer.set_viewport_size({"width": 390, "height": 844})
    assert fits(trainer, 390) and trainer.locator(".join-code").is_visible()
    shot(trainer, "classes-project-390")
    trainer.set_viewport_size({"width": 1280, "height": 900})

    # 2. A learner with no card scans the QR code on an Arabic phone, chooses a PIN and gets a card.
    amina_context, amina = learner_phone(browser, locale="ar")
    amina_code = join_with_pin(amina, server, group.join_code, "أمينة", "2468")
    assert amina.url.endswith(f"/ar/groupe/{group.join_code}/")
    assert re.fullmatch(r"[A-Z]+-[A-Z]+-[2-9]{4}", amina_code)
    assert "أنتم الآن في مجموعة" in amina.content()
    assert fits(amina, 360)
    shot(amina, "classes-joined-ar")

    #    Another learner types the code and chooses 3 pictures instead of a PIN (no script needed).
    bilal_context, bilal = learner_phone(browser)
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
    second_context, second = learner_phone(browser)
    second.goto(f"{server.url}/fr/learner/signin/")
    second.click("text=Me connecter avec mes images")
    second.fill("input[name=code]", bilal_code)
    for row, name in enumerate(["cat", "sun", "key"], start=1):
        second.locator(f"label:has(input[name=picture_{row}][value={name}])").click()
    second.locator("form.stack-form button[type=submit]").click()
    second.wait_for_url("**/fr/learner/")
    assert bilal_code in second.content()

    #    A third learner joins with a PIN.
    chloe_context, chloe = learner_phone(browser)
    chloe_code = join_with_pin(chloe, server, group.join_code, "Chloé", "1357")

    # 3. The trainer opens the live board: the three learners, the path's modules, nobody to help yet.
    trainer.goto(f"{server.url}/admin/groupes/{group.pk}/tableau/")
    table = trainer.locator(".board-table")
    for code in (amina_code, bilal_code, chloe_code):
        assert code in table.inner_text()
    assert course["second"].title in table.inner_text()
    assert trainer.locator(".board-score").count() == 0 and trainer.locator(".board-flag").count() == 0
    trainer.evaluate("window.notReloaded = true")

    #    They work on « La souris »: Amina in Arabic fails its question once, Bilal gets it right, Chloé fails it
    #    twice. The board, never reloaded, shows their scores and « Besoin d'aide » in Chloé's row only.
    answer_quiz(amina, server, mouse_ar)
    answer_quiz(second, server, course["second"], right=True)
    answer_quiz(chloe, server, course["second"])
    answer_quiz(chloe, server, course["second"])
    flag = trainer.locator(".board-help .board-flag")
    flag.wait_for(timeout=12_000)
    assert flag.count() == 1 and flag.inner_text() == "Besoin d'aide"
    assert chloe_code in trainer.locator("tr.board-row-help").inner_text()
    assert trainer.locator(f"tr:has-text('{bilal_code}') .board-score").inner_text() == "quiz 100 %"
    assert trainer.locator(f"tr:has-text('{amina_code}') .board-score").inner_text() == "quiz 0 %"
    assert trainer.evaluate("window.notReloaded") is True
    shot(trainer, "classes-board")
    for context in (second_context, chloe_context):
        context.close()

    # 4. The trainer sees the three in the class, resets Amina's PIN, and she signs in with the new one.
    trainer.goto(f"{server.url}/admin/groupes/{group.pk}/apprenants/")
    for code in (amina_code, bilal_code, chloe_code):
        assert code in trainer.content()
    trainer.click(f"a:has-text('{amina_code}')")
    trainer.set_viewport_size({"width": 390, "height": 844})
    assert fits(trainer, 390)
    trainer.locator("button[value=reset_pin]").wait_for()
    shot(trainer, "classes-learner-390")
    trainer.click("button[value=reset_pin]")
    new_pin = trainer.locator(".new-pin").inner_text().strip()
    assert re.fullmatch(r"[0-9]{4}", new_pin)
    amina_context.close()
    again_context, again = learner_phone(browser, locale="ar")
    again.goto(f"{server.url}/ar/learner/signin/")
    again.fill("input[name=code]", amina_code)
    again.fill("input[name=pin]", new_pin)
    again.locator("form.stack-form button[type=submit]").click()
    again.wait_for_url("**/ar/learner/")
    again_context.close()
    shot(trainer, "classes-new-pin-390")
    trainer.goto(f"{server.url}/admin/groupes/")
    shot(trainer, "classes-index-390")
    trainer.goto(f"{server.url}/admin/groupes/edit/{group.pk}/")
    shot(trainer, "classes-edit-390")
    trainer.set_viewport_size({"width": 1280, "height": 900})

    #    The cards to print: one sheet, the three cards, Amina's name in Arabic, no PIN.
    trainer.goto(f"{server.url}/admin/groupes/{group.pk}/cartes/")
    shot(trainer, "classes-print")
    assert trainer.locator(".sheet").count() == 1
    assert trainer.locator(".print-card").count() == 3
    assert "أمينة" in trainer.locator(".sheet").inner_text()
    assert new_pin not in trainer.locator(".sheet").inner_text()
    trainer.emulate_media(media="print")
    assert not trainer.locator(".screen-only").is_visible()
    trainer.emulate_media(media="screen")

    #    The handout of « La souris », in French and the class's Arabic, as an A4 PDF.
    trainer.goto(f"{server.url}/admin/groupes/{group.pk}/supports/")
    trainer.select_option(f"#langue-{course['second'].pk}", "ar")
    trainer.locator(f"form:has(#langue-{course['second'].pk})").get_by_role(
        "button", name="Imprimer un support"
    ).click()
    trainer.wait_for_url(f"**/supports/{course['second'].pk}/?langue=ar")
    assert trainer.locator("h1").inner_text() == "La souris"
    title = trainer.locator(".title-local")
    assert title.inner_text() == "الفأرة" and title.get_attribute("dir") == "rtl"
    assert "Tenez la souris." in trainer.locator(".side-fr").first.inner_text()
    pdf = trainer.pdf(prefer_css_page_size=True)
    assert pdf.startswith(b"%PDF") and b"NotoSansArabic" in pdf


def choose_path(page, title):
    """In the class form, « À faire par le groupe »: add a row and choose the path in Wagtail's page chooser."""
    page.get_by_role("button", name="Ajouter : Parcours ou module").click()
    page.get_by_role("button", name="Choisissez une page").click()
    modal = page.locator(".modal")
    modal.locator("input[name=q]").fill(title)
    modal.locator(f"a.choose-page[data-title='{title}']").click()
    page.locator(".modal").wait_for(state="hidden")
