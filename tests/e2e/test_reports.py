"""Admin › Rapports in Chromium, as a fresh Formateurs member: a class report on a 390 px phone, and the
programme indicators printed on one A4 page."""

import re

from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.factories import LearnerGroupFactory, ModulePageFactory, ThemePageFactory, learner_in, step
from tests.reports.conftest import attest, follow

SHOTS = "/tmp/reports-shots"  # noqa: S108 (screenshots to look at, not a secret)


def test_a_trainer_reads_a_class_report_on_a_phone_and_prints_the_indicators_on_one_a4_page(admin_as, live_site):
    server, homes = live_site
    page = admin_as("Formateurs", "formatrice")
    trainer = get_user_model().objects.get(username="formatrice")
    group = LearnerGroupFactory(name="Mardi matin – Melun", created_by=trainer)
    theme = ThemePageFactory(parent=homes["fr"], title="Ordinateur")
    modules = [
        ModulePageFactory(parent=theme, title=title, steps=[step()])
        for title in ("Allumer l'ordinateur", "Utiliser la souris", "Écrire un courriel")
    ]
    for index, (name, language) in enumerate((("Amina", "ar"), ("", "ti"), ("Ahmad", "prs"), ("Ahmad", "ps"))):
        learner = learner_in(group, name=name, language=language)
        for module in modules[: index + 1]:
            follow(learner, module, minutes=(0, 5, 12))
        if index % 2:
            attest(learner)

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{server.url}/admin/rapports/groupes/{group.pk}/")
    expect(page.get_by_role("img", name=re.compile("Modules terminés"))).to_be_visible()
    figure = page.locator(".report-figure").first.bounding_box()
    assert figure["x"] >= 0 and figure["x"] + figure["width"] <= 390
    assert page.locator("tbody tr").count() >= 4
    page.screenshot(path=f"{SHOTS}/class-report-390.png", full_page=True)

    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{server.url}/admin/rapports/indicateurs/?vue=groupe")
    page.screenshot(path=f"{SHOTS}/indicators.png", full_page=True)
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", print_background=True)
    page.set_viewport_size({"width": 718, "height": 1047})  # A4 less the 12 mm margins, at 96 dpi
    page.screenshot(path=f"{SHOTS}/indicators-print.png", full_page=True)
    assert not page.locator(".w-slim-header").is_visible()
    page.emulate_media(media="screen")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pages == 1
    with open(f"{SHOTS}/indicators.pdf", "wb") as file:
        file.write(pdf)
