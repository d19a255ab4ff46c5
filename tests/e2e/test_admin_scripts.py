"""Translators in the admin see and type their language: our Ethiopic and Arabic fonts on a computer that has
none (this one), right-to-left fields for Arabic, Dari and Pashto."""

import os
import re
from pathlib import Path

import wagtail.admin
from wagtail.models import Locale

from tests.factories import ModulePageFactory, ThemePageFactory, step
from tests.utils import translate_now
from workspace import roles

WAGTAIL_CORE_CSS = Path(wagtail.admin.__file__).parent / "static" / "wagtailadmin" / "css" / "core.css"
TIGRINYA = {"Allumer": "ምውላዕ", "Le bouton": "እቲ መጠወቒ", "Appuyez.": "ጠውቑ።"}
ARABIC = {"Allumer": "تشغيل", "Le bouton": "الزر", "Appuyez.": "اضغط."}
SHOTS = os.environ.get("NUMERIKAIR_SCREENSHOTS")


def shot(page, name):
    """A screenshot to look at with one's own eyes (empty boxes or not), when NUMERIKAIR_SCREENSHOTS names a folder."""
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=f"{SHOTS}/{name}.png")


def translated_module(homes, code, strings):
    """A module in French under a theme, both translated into `code` through wagtail-localize."""
    theme = ThemePageFactory(parent=homes["fr"], title="Ordinateur", slug="ordinateur")
    french = ModulePageFactory(parent=theme, title="Allumer", slug="allumer", steps=[step("Le bouton", "Appuyez.")])
    locale = Locale.objects.get(language_code=code)
    translate_now(theme, locale, {})
    return translate_now(french, locale, strings)


def rendering_fonts(page, element, inside_control=False):
    """The fonts Chromium actually used to draw the text of `element` (DevTools protocol). A form control
    draws its value in its own user-agent shadow tree: `inside_control` asks for that text."""
    element.evaluate("element => element.setAttribute('data-fonts-probe', '')")
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": -1, "pierce": True})["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": "[data-fonts-probe]"})["nodeId"]
    if inside_control:
        shadow = cdp.send("DOM.describeNode", {"nodeId": node, "depth": 2, "pierce": True})["node"]["shadowRoots"][0]
        inner = shadow["children"][0]["backendNodeId"]
        node = cdp.send("DOM.pushNodesByBackendIdsToFrontend", {"backendNodeIds": [inner]})["nodeIds"][0]
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    cdp.detach()
    element.evaluate("element => element.removeAttribute('data-fonts-probe')")
    return fonts


def assert_drawn_in_our_ethiopic_font(fonts, text):
    """Every Ethiopic character of `text` came from our font: no empty boxes, no system font."""
    drawn = {font["familyName"]: font for font in fonts}
    assert "Noto Sans Ethiopic" in drawn, fonts
    assert drawn["Noto Sans Ethiopic"]["isCustomFont"] is True
    ethiopic = sum(1 for character in text if "\u1200" <= character <= "\u137f")
    assert sum(font["glyphCount"] for font in fonts if font["isCustomFont"]) >= ethiopic, fonts


def test_the_admin_font_stack_is_ours_for_arabic_and_ethiopic_then_wagtails_own(admin_as):
    page = admin_as(roles.TRAINERS, "formatrice")
    wagtail_stack = re.search(r"--w-font-sans:([^;}]*)", WAGTAIL_CORE_CSS.read_text()).group(1)
    stack = page.evaluate("getComputedStyle(document.documentElement).getPropertyValue('--w-font-sans')")

    def families(value):
        return [family.strip() for family in value.split(",")]

    # Our families are kept to their scripts by unicode-range; after them, Latin text gets Wagtail's fonts,
    # exactly as Wagtail lists them (this fails when an upgrade changes Wagtail's stack: copy the new one).
    assert families(stack) == ['"Numerik Arabic"', '"Numerik Ethiopic"', *families(wagtail_stack)]


def test_a_tigrinya_translator_sees_tigrinya_in_our_font_in_the_translation_editor(live_site, admin_as):
    server, homes = live_site
    tigrinya = translated_module(homes, "ti", TIGRINYA)
    page = admin_as(roles.translator_group_name("ti"), "traducteur-ti")
    page.goto(f"{server.url}/admin/pages/{tigrinya.pk}/edit/")
    # A translation on display in the editor.
    shown = page.locator(".js-translation-editor p", has_text=TIGRINYA["Le bouton"]).first
    shown.wait_for()
    # The translator edits the title: the text is now in a form control.
    page.locator(".js-translation-editor").get_by_role("button", name="Modifier").first.click()
    box = page.locator(".js-translation-editor textarea")
    box.wait_for()
    page.evaluate("document.fonts.ready")
    shown.scroll_into_view_if_needed()
    shot(page, "admin-tigrinya-translation")

    # The title in Wagtail's header, drawn with the page (so before the font had arrived), and in bold.
    title = page.locator("header a", has_text=TIGRINYA["Allumer"]).first
    assert_drawn_in_our_ethiopic_font(rendering_fonts(page, title), TIGRINYA["Allumer"])
    assert_drawn_in_our_ethiopic_font(rendering_fonts(page, shown), TIGRINYA["Le bouton"])
    assert_drawn_in_our_ethiopic_font(rendering_fonts(page, box, inside_control=True), box.input_value())
    assert box.input_value() == TIGRINYA["Allumer"]
    # The editor's heading is in French, not the English its bundle writes.
    heading = page.locator(".js-translation-editor h3").first
    assert heading.inner_text() == "Traduction : Français → Tigrigna", heading.inner_text()
    # French in a button keeps Wagtail's (system) font.
    button = page.locator(".js-translation-editor").get_by_role("button", name="Enregistrer")
    assert not any(font["isCustomFont"] for font in rendering_fonts(page, button))


def test_an_arabic_translator_types_right_to_left_in_the_translation_editor(live_site, admin_as):
    server, homes = live_site
    arabic = translated_module(homes, "ar", ARABIC)
    page = admin_as(roles.translator_group_name("ar"), "traducteur-ar")
    page.goto(f"{server.url}/admin/pages/{arabic.pk}/edit/")
    editor = page.locator(".js-translation-editor")
    editor.get_by_role("button", name="Modifier").first.click()
    box = editor.locator("textarea")
    box.wait_for()
    box.press("End")
    box.press_sequentially(" الحاسوب")
    shot(page, "admin-arabic-translation")

    def direction(locator):
        return locator.evaluate("element => getComputedStyle(element).direction")

    assert direction(box) == "rtl"
    assert box.get_attribute("lang") == "ar"
    # On display, the Arabic reads right to left and the French it comes from left to right.
    assert direction(editor.locator("p", has_text=ARABIC["Le bouton"]).first) == "rtl"
    assert direction(editor.locator("p", has_text="Le bouton").first) == "ltr"


def test_an_arabic_translator_types_right_to_left_in_wagtails_own_page_editor(live_site, admin_as):
    server, homes = live_site
    page = admin_as(roles.translator_group_name("ar"), "traducteur-ar-accueil")
    page.goto(f"{server.url}/admin/pages/{homes['ar'].pk}/edit/")
    tagline = page.locator("#id_tagline")
    tagline.wait_for()
    shot(page, "admin-arabic-page")

    def direction(locator):
        return locator.evaluate("element => getComputedStyle(element).direction")

    assert direction(tagline) == "rtl" and tagline.get_attribute("lang") == "ar"
    # The slug and the admin's own search box stay left to right.
    assert direction(page.locator("#id_slug")) == "ltr"
    assert direction(page.locator("input[name=q]").first) == "ltr"
