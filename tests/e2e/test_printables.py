"""Printables in Chromium: a trainer (a Formateurs member, not a superuser) prints a module's handout for their
class in French and Tigrinya, and in French and Arabic, as an A4 PDF (page.pdf(), as « Enregistrer en PDF » does):
both languages, the pictures, the self-hosted Ethiopic and Arabic fonts, Arabic right to left."""

import os
import re
from pathlib import Path

import pytest
from django.core.files import File
from wagtail.images import get_image_model
from wagtail.models import Locale

from classes.models import Assignment
from tests.factories import LearnerGroupFactory, ModulePageFactory, ThemePageFactory, step
from tests.utils import translate_now

SHOTS = os.environ.get("NUMERIKAIR_SCREENSHOTS")
ILLUSTRATIONS = Path(__file__).resolve().parents[2] / "demo" / "media" / "illustrations" / "ordinateur"
A4_POINTS = (595, 842)  # 210 × 297 mm


def picture(name):
    with open(ILLUSTRATIONS / f"{name}.svg", "rb") as handle:
        return get_image_model().objects.create(title=name, file=File(handle, name=f"{name}.svg"))


@pytest.fixture
def handout_class(live_site):
    _server, homes = live_site
    theme = ThemePageFactory(parent=homes["fr"], title="Utiliser un ordinateur", slug="ordinateur")
    titles = [
        ("Le bouton", "Appuyez sur le bouton rond pour allumer l'ordinateur.", "allumer"),
        ("L'écran", "Attendez : l'écran s'allume. Ne touchez à rien.", "accents"),
        ("La souris", "Posez la main sur la souris. Bougez-la doucement.", "arobase"),
    ]
    module = ModulePageFactory(
        parent=theme,
        title="Allumer l'ordinateur",
        slug="allumer",
        steps=[step(title, text, picture(image), f"Dessin : {title}") for title, text, image in titles],
    )
    translations = {
        "ti": [
            "ኮምፒተር ምውላዕ",
            "እቲ መጠወቒ",
            "ኮምፒተር ንምውላዕ ነቲ ክቡብ መጠወቒ ጠውቑ።",
            "እቲ ስክሪን",
            "ተጸበዩ፡ እቲ ስክሪን ይውላዕ። ዋላ ሓንቲ ኣይትንከፉ።",
        ],
        "ar": [
            "تشغيل الحاسوب",
            "الزر",
            "اضغط على الزر الدائري لتشغيل الحاسوب.",
            "الشاشة",
            "انتظر: الشاشة تضيء. لا تلمس شيئًا.",
        ],
    }
    french = ["Allumer l'ordinateur", titles[0][0], titles[0][1], titles[1][0], titles[1][1]]
    for language, texts in translations.items():
        locale = Locale.objects.get(language_code=language)
        translate_now(theme, locale, {})
        translate_now(module, locale, dict(zip(french, texts, strict=True)))
    return module, translations


def pdf_pages(pdf):
    return len(re.findall(rb"/Type\s*/Page\b", pdf))


@pytest.mark.parametrize("language", ["ti", "ar"])
def test_a_trainer_prints_a_bilingual_handout_of_their_classes_module_as_an_a4_pdf(
    live_site, admin_as, handout_class, language
):
    server, _homes = live_site
    module, translations = handout_class
    trainer = admin_as("Formateurs", "formatrice")
    from django.contrib.auth import get_user_model

    group = LearnerGroupFactory(name="Mardi matin", created_by=get_user_model().objects.get(username="formatrice"))
    group.languages = ["ti"]
    group.save()
    Assignment.objects.create(group=group, page=module, sort_order=0)

    # From the class's screen, « Imprimer un support » (in the « ⋯ » menu, so the header fits a phone).
    trainer.goto(f"{server.url}/admin/groupes/edit/{group.pk}/")
    trainer.locator("#w-slim-header-buttons .w-dropdown__toggle").click()
    trainer.get_by_role("link", name="Imprimer un support").click()
    trainer.wait_for_url(f"**/admin/groupes/{group.pk}/supports/")
    trainer.select_option(f"#langue-{module.pk}", language)
    trainer.get_by_role("button", name="Imprimer un support").click()
    trainer.wait_for_url(f"**/supports/{module.pk}/?langue={language}")
    trainer.wait_for_load_state("networkidle")

    local = trainer.locator(".side-local").first
    assert local.get_attribute("lang") == language
    assert local.get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    assert translations[language][2] in local.inner_text()
    assert "Appuyez sur le bouton rond" in trainer.locator(".side-fr").first.inner_text()
    # Every step's picture is drawn, and the script's self-hosted font is loaded and used.
    assert trainer.evaluate("[...document.querySelectorAll('.picture img')].every(img => img.naturalWidth > 0)")
    assert trainer.locator(".picture img").count() == 3
    family = "Numerik Ethiopic" if language == "ti" else "Numerik Arabic"
    assert trainer.evaluate(f"document.fonts.check('12px \"{family}\"', {translations[language][1]!r})")
    if language == "ar":  # French on the left, Arabic on its right, read right to left
        french_box = trainer.locator(".side-fr").first.bounding_box()
        assert local.bounding_box()["x"] > french_box["x"]

    # On the trainer's phone the handout reads in one column and fits the screen.
    trainer.set_viewport_size({"width": 390, "height": 844})
    assert trainer.evaluate("document.documentElement.scrollWidth") <= 390
    if SHOTS:
        trainer.screenshot(path=f"{SHOTS}/handout-fr-{language}-390.png", full_page=True)
    trainer.set_viewport_size({"width": 1280, "height": 900})

    trainer.emulate_media(media="print")
    assert not trainer.locator(".toolbar").is_visible()  # no screen chrome on paper
    pdf = trainer.pdf(prefer_css_page_size=True, print_background=True)
    assert pdf.startswith(b"%PDF")
    assert 1 <= pdf_pages(pdf) <= 3  # three steps with pictures: each step whole, on at most 3 pages
    assert re.search(rb"/MediaBox\s*\[\s*0 0 (594|595)\.?\d* (841|842)\.?\d*", pdf)  # A4
    font = b"NotoSansEthiopic" if language == "ti" else b"NotoSansArabic"
    assert font in pdf  # the script's text is drawn with the self-hosted font, not boxes
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        Path(f"{SHOTS}/handout-fr-{language}.pdf").write_bytes(pdf)
        trainer.screenshot(path=f"{SHOTS}/handout-fr-{language}-print.png", full_page=True)


def test_a_trainer_prints_the_classes_attestations_six_to_an_a4_page(live_site, admin_as):
    import datetime

    from classes.joining import join
    from learners.identity import issue_card
    from learners.models import Attestation, Learner

    server, _homes = live_site
    trainer = admin_as("Formateurs", "formatrice")
    from django.contrib.auth import get_user_model

    group = LearnerGroupFactory(name="Mardi matin", created_by=get_user_model().objects.get(username="formatrice"))
    for index, (name, language) in enumerate([("أمينة", "ar"), ("ሰላም", "ti"), ("", "uk"), ("Olena", "uk")] * 2):
        learner = Learner.objects.create(display_name=name, language=language)
        issue_card(learner, "4826")
        join(group, learner)
        Attestation.objects.create(
            learner=learner,
            path_key=f"00000000-0000-0000-0000-{index:012d}",
            code=f"ABCDE-2345{index}",
            holder=name or learner.active_card.code,
            path_title="Premiers pas numériques",
            modules=[],
            language=language,
            issued_at=datetime.datetime(2026, 3, 4, 10, tzinfo=datetime.UTC),
        )
    trainer.goto(f"{server.url}/admin/groupes/{group.pk}/attestations/")
    trainer.wait_for_load_state("networkidle")
    assert trainer.locator(".print-attestation").count() == 8
    assert trainer.locator(".print-attestation .qr svg").count() == 8
    trainer.emulate_media(media="print")
    pdf = trainer.pdf(prefer_css_page_size=True, print_background=True)
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        Path(f"{SHOTS}/attestations.pdf").write_bytes(pdf)
    assert pdf_pages(pdf) == 2  # 6 on the first A4 sheet, 2 on the second
    assert b"NotoSansEthiopic" in pdf and b"NotoSansArabic" in pdf  # names and dates in their scripts
