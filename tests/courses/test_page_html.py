"""The learner pages are valid HTML for browsers and assistive technology: whole-pixel image sizes, srcsets
without duplicate candidates, landmarks with unique names, and a meta description on every page."""

import re
from collections import Counter

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from wagtail.models import Locale

from tests.factories import LearningPathPageFactory, ModulePageFactory, ThemePageFactory, question, step
from tests.utils import translate_now

pytestmark = pytest.mark.django_db

# A 640 × 400 drawing: an SVG is never enlarged, so its width-1024 rendition is 640 wide like width-640.
SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400" viewBox="0 0 640 400">'
    b'<rect width="640" height="400" fill="#0b5563"/></svg>'
)


def svg_image(title):
    from wagtail.images import get_image_model

    image = get_image_model()(title=title)
    image.file.save(f"{title}.svg", ContentFile(SVG, name=f"{title}.svg"), save=False)
    image.save()
    return image


@pytest.fixture
def course(site):
    """A theme and a module drawn in SVG (pictograms and illustrations), with a tip, a warning, words to
    remember and a quiz, translated into Arabic; a path and an information page."""
    home = site["fr"]
    drawing, pictogram = svg_image("ecran"), svg_image("picto")
    theme = ThemePageFactory(parent=home, title="Utiliser un ordinateur", slug="ordinateur", pictogram=pictogram)
    module = ModulePageFactory(
        parent=theme,
        title="Allumer l'ordinateur",
        slug="allumer",
        pictogram=pictogram,
        objective="À la fin, je sais allumer l'ordinateur.",
        steps=[
            step("Le bouton", "Appuyez sur le bouton.", drawing, "Le bouton.", callout="Rond.", vocabulary=["l'écran"]),
            step("Attendre", "Attendez.", drawing, "L'écran.", callout="Ne débranchez pas.", callout_kind="warning"),
            step("La session", "Tapez le mot de passe.", drawing, "Le champ."),
        ],
        quiz=[question("true_false", "On éteint en débranchant le câble.", answer=False)],
    )
    arabic = Locale.objects.get(language_code="ar")
    translate_now(theme, arabic, {"Utiliser un ordinateur": "استخدام الحاسوب"})
    translate_now(
        module,
        arabic,
        {
            "Allumer l'ordinateur": "تشغيل الحاسوب",
            "Le bouton": "الزر",
            "Appuyez sur le bouton.": "اضغط على الزر.",
            "Rond.": "دائري.",
        },
    )
    LearningPathPageFactory(parent=home, title="Premiers pas", slug="premiers-pas", modules=[module])
    return {"theme": theme, "module": module}


PAGES = ["/fr/", "/fr/ordinateur/", "/fr/ordinateur/allumer/", "/ar/ordinateur/allumer/", "/fr/premiers-pas/"]


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.mark.parametrize("url", PAGES)
def test_image_sizes_are_whole_pixels(client, course, url):
    images = soup(client, url).find_all("img")
    assert any(img["src"].endswith(".svg") and "/media/" in img["src"] for img in images), "no SVG rendition"
    for img in images:
        for attribute in ("width", "height"):
            if img.has_attr(attribute):
                assert re.fullmatch(r"\d+", img[attribute]), f"{attribute}={img[attribute]!r} in {img}"


@pytest.mark.parametrize("url", PAGES)
def test_every_srcset_has_one_candidate_per_width(client, course, url):
    page = soup(client, url)
    srcsets = [tag["srcset"] for tag in page.find_all(["img", "source"]) if tag.has_attr("srcset")]
    if url.endswith("allumer/"):
        assert srcsets, "the illustrations have no srcset"
    for srcset in srcsets:
        candidates = [candidate.split() for candidate in srcset.split(",")]
        if len(candidates) == 1 and len(candidates[0]) == 1:
            continue  # a single URL, no descriptor
        for candidate in candidates:
            assert len(candidate) == 2 and re.fullmatch(r"[1-9]\d*w", candidate[1]), srcset
        widths = [descriptor for _url, descriptor in candidates]
        urls = [address for address, _descriptor in candidates]
        assert len(set(widths)) == len(widths) and len(set(urls)) == len(urls), srcset


# HTML-AAM: which elements are landmarks, and when.
SECTIONING = {"article", "aside", "main", "nav", "section"}
IMPLICIT = {"main": "main", "nav": "navigation", "aside": "complementary", "header": "banner", "footer": "contentinfo"}
LANDMARK_ROLES = {"banner", "complementary", "contentinfo", "form", "main", "navigation", "region", "search"}


def accessible_name(page, tag):
    if tag.has_attr("aria-labelledby"):
        parts = [page.find(id=ident) for ident in tag["aria-labelledby"].split()]
        return " ".join(part.get_text(" ", strip=True) for part in parts if part)
    return " ".join(tag.get("aria-label", "").split())


def landmarks(page):
    found = []
    for tag in page.find_all(True):
        name = accessible_name(page, tag)
        role = tag.get("role") or IMPLICIT.get(tag.name)
        scoped = any(parent.name in SECTIONING for parent in tag.parents)
        if tag.name in ("header", "footer") and not tag.has_attr("role") and scoped:
            continue  # a section's own header or footer is no landmark
        if tag.name == "section" and not tag.has_attr("role"):
            role = "region" if name else None
        if tag.name == "form" and not tag.has_attr("role"):
            role = "form" if name else None
        if role in LANDMARK_ROLES:
            found.append((role, name))
    return found


@pytest.mark.parametrize("url", [*PAGES, "/fr/search/?q=ordinateur", "/ar/search/?q=ordinateur"])
def test_landmarks_have_unique_names(client, course, url):
    found = landmarks(soup(client, url))
    assert ("main", "") in found and ("navigation", "") not in found, found
    duplicates = [landmark for landmark, count in Counter(found).items() if count > 1]
    assert duplicates == [], found


@pytest.mark.parametrize(
    "url",
    [*PAGES, "/ti/", "/fr/search/?q=ordinateur", "/ti/learner/", "/ar/learner/card/", "/fr/learner/signin/"],
)
def test_every_page_has_a_meta_description(client, course, url):
    descriptions = soup(client, url).find_all("meta", attrs={"name": "description"})
    assert len(descriptions) == 1 and descriptions[0]["content"].strip(), url


def test_the_meta_description_is_the_page_summary_unless_the_editor_wrote_one(client, course):
    description = soup(client, "/fr/ordinateur/allumer/").find("meta", attrs={"name": "description"})["content"]
    assert description == "À la fin, je sais allumer l'ordinateur."
    theme = course["theme"]
    theme.search_description = "Allumer, cliquer, écrire : les premiers gestes."
    theme.save_revision().publish()
    description = soup(client, "/fr/ordinateur/").find("meta", attrs={"name": "description"})["content"]
    assert description == "Allumer, cliquer, écrire : les premiers gestes."
    # Pages that are not Wagtail pages say what the site is, in the learner's language.
    description = soup(client, "/ar/learner/").find("meta", attrs={"name": "description"})["content"]
    assert "الفرنسية" in description


def test_tips_and_words_to_remember_fold_behind_a_tap_and_warnings_stay_open(client, course):
    page = soup(client, "/ar/ordinateur/allumer/")
    first, second = page.find(id="step-1"), page.find(id="step-2")
    tip = first.find("details", class_="callout")
    assert tip is not None and not tip.has_attr("open") and tip.summary.get_text(strip=True)
    words = first.find("details", class_="vocabulary")
    assert words is not None and not words.has_attr("open") and "الشاشة" not in words.summary.get_text()
    assert words.find(class_="word-fr").get_text() == "l'écran"
    warning = second.find(class_="callout-warning")
    assert warning.name != "details" and "Ne débranchez pas." in warning.get_text()


def test_the_french_toggle_is_a_link_that_says_what_it_will_do(client, course):
    shown = soup(client, "/ar/ordinateur/allumer/")
    toggle = shown.find(attrs={"data-french-toggle": True})
    assert toggle.name == "a" and toggle["href"] == "?french=0"
    assert toggle.get_text(strip=True) == "إخفاء النص الفرنسي"  # "Hide the French text"
    assert "french-hidden" not in shown.find(attrs={"data-lesson": True})["class"]

    hidden = soup(client, "/ar/ordinateur/allumer/?french=0")
    toggle = hidden.find(attrs={"data-french-toggle": True})
    assert toggle["href"] == "?french=1"
    assert toggle.get_text(strip=True) == "إظهار النص الفرنسي"  # "Show the French text"
    assert "french-hidden" in hidden.find(attrs={"data-lesson": True})["class"]
    # The French text is still in the page (the stylesheet hides it), for the script to show it again.
    assert "Appuyez sur le bouton." in str(hidden)


@pytest.mark.parametrize(
    ("url", "fonts"),
    [
        ("/ar/ordinateur/allumer/", ["noto-sans-arabic"]),
        ("/ti/", ["noto-sans-ethiopic"]),
        ("/fr/ordinateur/allumer/", []),
        ("/ru/", []),
    ],
)
def test_a_page_preloads_the_font_of_its_own_script_and_no_other(client, course, url, fonts):
    # The Arabic or Tigrinya text is laid out once, in our font, instead of first in a fallback font.
    preloads = soup(client, url).find_all("link", rel="preload")
    assert [link["href"].rsplit("/", 1)[1].split(".")[0] for link in preloads] == fonts
    for link in preloads:
        assert link["as"] == "font" and link["type"] == "font/woff2" and link.has_attr("crossorigin")
