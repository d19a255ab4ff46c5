"""A trainer writes a module in the Wagtail admin, as they would at a session, and a learner opens it."""

from pathlib import Path

import pytest
from wagtail.images.tests.utils import get_test_image_file

from courses.models import ModulePage
from tests.factories import ThemePageFactory
from workspace import roles

CLIP = Path(__file__).resolve().parents[2] / "demo" / "media" / "audio" / "fr" / "tenir-la-souris-et-cliquer-1.opus"
STEPS = [
    ("Tenir la souris", "Posez la main sur la souris.", "Une main posée sur la souris."),
    ("Cliquer", "Appuyez une fois sur le bouton gauche.", "Le bouton gauche de la souris."),
    ("Double-cliquer", "Appuyez deux fois vite sur le bouton gauche.", "Deux clics rapides."),
]


@pytest.fixture
def trainer_setup(live_site, tmp_path):
    """A theme to write in, and a drawing and an audio clip on the trainer's computer."""
    server, homes = live_site
    theme = ThemePageFactory(parent=homes["fr"], title="Utiliser la souris", slug="souris")
    drawing = tmp_path / "souris-dessinee.png"
    drawing.write_bytes(get_test_image_file(size=(800, 500)).file.getvalue())
    clip = tmp_path / "tenir-la-souris.opus"
    clip.write_bytes(CLIP.read_bytes())
    return server, theme, drawing, clip


def open_chooser(page, chooser_id):
    page.locator(f"#{chooser_id} button[data-chooser-action-choose]").click()
    modal = page.locator(".modal")
    modal.wait_for(state="visible")
    return modal


def choose(page, chooser_id, item_text):
    """Open a Wagtail chooser and pick the item whose title is `item_text`."""
    modal = open_chooser(page, chooser_id)
    modal.locator("[data-chooser-modal-choice]").filter(has_text=item_text).first.click()
    modal.wait_for(state="hidden")


def upload_in_chooser(page, chooser_id, path, title):
    """Open a Wagtail image or document chooser, upload `path` in its upload tab, and so choose it."""
    modal = open_chooser(page, chooser_id)
    modal.get_by_role("tab", name="Transférer").click()
    modal.locator("input[type=file]").set_input_files(str(path))
    modal.get_by_label("Titre").fill(title)
    modal.locator("form[enctype='multipart/form-data'] button[type=submit]").click()
    modal.wait_for(state="hidden")


def test_trainer_uploads_an_image_and_an_audio_clip_writes_three_steps_and_publishes_then_a_learner_reads_it(
    trainer_setup, admin_as, browser
):
    server, theme, drawing, clip = trainer_setup
    page = admin_as(roles.TRAINERS, "formatrice")

    page.goto(f"{server.url}/admin/pages/add/courses/modulepage/{theme.pk}/")
    page.fill("#id_title", "Cliquer avec la souris")
    page.fill("#id_objective", "À la fin, je sais cliquer et double-cliquer.")
    for index, (title, text, alt) in enumerate(STEPS):
        page.locator("[data-contentpath=steps] .c-sf-add-button").last.click()
        page.fill(f"#steps-{index}-value-title", title)
        editor = page.locator(f"#steps-{index}-value-text").locator("xpath=..").locator(".public-DraftEditor-content")
        editor.click()
        editor.press_sequentially(text)
        if index == 0:  # the drawing goes into the library from the chooser, then serves every step
            upload_in_chooser(page, f"steps-{index}-value-illustration-image-chooser", drawing, "Souris dessinée")
        else:
            choose(page, f"steps-{index}-value-illustration-image-chooser", "Souris dessinée")
        page.fill(f"#steps-{index}-value-illustration-alt", alt)
        if index == 0:  # the recorded clip too goes into the library from the step's audio chooser
            upload_in_chooser(page, f"steps-{index}-value-audio-chooser", clip, "Audio tenir la souris")

    # A question at the end: the quiz offers the seven kinds of question in a menu.
    page.locator("[data-contentpath=quiz] .c-sf-add-button").last.click()
    page.get_by_role("option", name="Vrai ou faux").click()
    page.fill("#quiz-0-value-prompt", "On clique avec le bouton gauche.")
    page.check("#quiz-0-value-answer")

    page.locator("footer .w-dropdown__toggle, .footer .w-dropdown__toggle").first.click()
    page.get_by_role("button", name="Publier").click()
    page.wait_for_url("**/admin/pages/**")
    assert "Cliquer avec la souris" in page.content()

    module = ModulePage.objects.get(slug="cliquer-avec-la-souris")
    assert module.live and module.locale.language_code == "fr" and len(module.steps) == 3
    assert {step.value["illustration"]["image"].title for step in module.steps} == {"Souris dessinée"}
    assert module.steps[0].value["audio"].title == "Audio tenir la souris"
    assert module.quiz[0].block_type == "true_false" and module.quiz[0].value["answer"] is True

    learner = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    phone = learner.new_page()
    phone.goto(f"{server.url}/fr/souris/cliquer-avec-la-souris/")
    assert phone.locator("h1").inner_text() == "Cliquer avec la souris"
    assert phone.locator("li.step").count() == 3
    assert phone.locator("#step-1 picture img").get_attribute("alt") == "Une main posée sur la souris."
    assert phone.locator("#step-1 audio").count() == 1
    phone.locator("#step-1 .step-nav a[rel=next]").click()
    assert "Appuyez une fois sur le bouton gauche." in phone.locator("#step-2").inner_text()
    assert "On clique avec le bouton gauche." in phone.locator("#quiz").inner_text()
    learner.close()
