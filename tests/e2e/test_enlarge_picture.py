"""A learner on a 360 px phone, in French, Arabic and Tigrinya, enlarges a lesson illustration: the French labels
drawn in it (13-15 px in a 640 px drawing, so 7-8 px on the phone) become at least 12 px, the enlarged view
scrolls sideways inside itself and not the page, and « Close » or Escape shuts it."""

import os
import re
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from playwright.sync_api import expect
from wagtail.models import Locale

from tests.factories import ModulePageFactory, ThemePageFactory, step
from tests.utils import translate_now

DRAWING = Path(__file__).resolve().parents[2] / "demo" / "media" / "illustrations" / "email" / "boite-de-reception.svg"
SMALLEST_LABEL = min(float(size) for size in re.findall(rb'font-size="([0-9.]+)"', DRAWING.read_bytes()))
PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True}
SHOTS = os.environ.get("NUMERIKAIR_SCREENSHOTS")  # a folder for screenshots to look at, if set
TRANSLATIONS = {
    "ar": {"Lire ses messages": "قراءة الرسائل", "La boîte de réception.": "صندوق الوارد."},
    "ti": {"Lire ses messages": "መልእኽትታት ምንባብ", "La boîte de réception.": "ሳጹን መእተዊ።"},
}
ENLARGE = {"fr": "Agrandir l'image", "ar": "تكبير الصورة", "ti": "ስእሊ ኣግፍሑ"}
CLOSE = {"fr": "Fermer", "ar": "إغلاق", "ti": "ዕጸው"}


@pytest.fixture
def lesson(live_site):
    """One step illustrated with the demo's inbox drawing (its smallest label is 13 px), in fr, ar and ti."""
    server, homes = live_site
    from wagtail.images import get_image_model

    image = get_image_model()(title="boite")
    image.file.save("boite.svg", ContentFile(DRAWING.read_bytes(), name="boite.svg"), save=False)
    image.save()
    theme = ThemePageFactory(parent=homes["fr"], title="Les e-mails", slug="email")
    module = ModulePageFactory(
        parent=theme,
        title="Lire ses messages",
        slug="lire",
        steps=[step("La boîte de réception", "Vos messages sont à gauche.", image, "La boîte de réception.")],
    )
    for code, strings in TRANSLATIONS.items():
        locale = Locale.objects.get(language_code=code)
        translate_now(theme, locale, {"Les e-mails": strings["Lire ses messages"]})
        translate_now(module, locale, strings)
    return server


@pytest.fixture
def phone(browser):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    yield page
    context.close()


def page_scrolls_sideways(page):
    return page.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth")


@pytest.mark.parametrize("code", ["fr", "ar", "ti"])
def test_the_enlarged_picture_shows_its_smallest_label_at_12_px_or_more(lesson, phone, code):
    phone.goto(f"{lesson.url}/{code}/email/lire/")
    button = phone.get_by_role("link", name=ENLARGE[code])
    box = button.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 44, f"{code}: « {ENLARGE[code]} » is {box}"
    small = phone.locator("figure.illustration img").bounding_box()["width"]
    assert small * SMALLEST_LABEL / 640 < 12, "the picture on the page is already legible: nothing to test"

    button.click()
    dialog = phone.locator("dialog.enlarged[open]")
    picture = dialog.locator("img")
    phone.wait_for_function("() => document.querySelector('dialog.enlarged img').complete")
    width = picture.bounding_box()["width"]
    assert width >= 640 * 12 / SMALLEST_LABEL, f"{code}: enlarged picture {width} px wide"
    assert width * SMALLEST_LABEL / 640 >= 12
    # The drawing is a French screen, read from the left: in Arabic too the view opens at its left edge.
    assert abs(picture.bounding_box()["x"]) < 1, f"{code}: the view opens at x={picture.bounding_box()['x']}"
    assert picture.get_attribute("alt") == phone.locator("figure.illustration img").get_attribute("alt")
    # The view scrolls sideways inside itself; the page does not.
    assert phone.evaluate(
        "() => { const v = document.querySelector('.enlarged-view'); return v.scrollWidth > v.clientWidth; }"
    )
    assert not page_scrolls_sideways(phone), f"{code}: the page scrolls sideways"
    close = dialog.get_by_role("button", name=CLOSE[code])
    close_box = close.bounding_box()
    assert close_box["height"] >= 44 and close_box["width"] >= 44
    assert close_box["x"] >= 0 and close_box["x"] + close_box["width"] <= 360, "« Close » is off the screen"
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        phone.screenshot(path=f"{SHOTS}/enlarged-{code}-360.png")

    phone.keyboard.press("Escape")
    expect(phone.locator("dialog.enlarged"), f"{code}: Escape left the picture open").to_have_count(0)
    assert phone.evaluate("() => document.activeElement.matches('[data-enlarge]')"), "focus went back to the link"

    button.click()
    phone.locator("dialog.enlarged[open]").get_by_role("button", name=CLOSE[code]).click()
    expect(phone.locator("dialog.enlarged"), f"{code}: « Close » left the picture open").to_have_count(0)
    assert not page_scrolls_sideways(phone)


def test_without_javascript_the_button_opens_the_picture_itself(lesson, browser):
    context = browser.new_context(java_script_enabled=False, **PHONE)
    page = context.new_page()
    page.goto(f"{lesson.url}/ar/email/lire/")
    page.get_by_role("link", name=ENLARGE["ar"]).click()
    page.wait_for_load_state()
    assert page.url.endswith(".svg"), page.url
    assert "boîte de réception" in page.content()  # the drawing, served whole
    context.close()
