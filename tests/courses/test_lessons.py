"""A module is read step by step, in the learner's language beside French, with pictures and audio."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale

from tests.factories import ModulePageFactory, ThemePageFactory, step
from tests.utils import audio_document, translate_now

pytestmark = pytest.mark.django_db


@pytest.fixture
def image():
    from wagtail.images import get_image_model

    return get_image_model().objects.create(title="écran", file=get_test_image_file(size=(1200, 750)))


@pytest.fixture
def lesson(site, image):
    """A French theme and module with two steps, translated into Arabic (second step still in French)."""
    home = site["fr"]
    theme = ThemePageFactory(parent=home, title="Utiliser un ordinateur", slug="ordinateur")
    clip_fr, clip_ar = audio_document("fr-1"), audio_document("ar-1")
    module = ModulePageFactory(
        parent=theme,
        title="Allumer l'ordinateur",
        slug="allumer",
        steps=[
            step(
                "Le bouton",
                "Appuyez sur le bouton rond.",
                image,
                "Le bouton rond.",
                audio=clip_fr,
                vocabulary=["l'écran"],
            ),
            step("La session", "Tapez votre mot de passe.", image, "Le champ du mot de passe."),
        ],
    )
    arabic = Locale.objects.get(language_code="ar")
    translate_now(theme, arabic, {"Utiliser un ordinateur": "استخدام الحاسوب", "Une phrase simple.": "جملة بسيطة."})
    first_step_id = module.steps[0].id
    module_ar = translate_now(
        module,
        arabic,
        {
            "Allumer l'ordinateur": "تشغيل الحاسوب",
            "Le bouton": "الزر",
            "Appuyez sur le bouton rond.": "اضغط على الزر الدائري.",
            "Le bouton rond.": "الزر الدائري.",
            "l'écran": "الشاشة",
        },
        overrides={f"steps.{first_step_id}.audio": clip_ar.pk},
    )
    return {"theme": theme, "module": module, "module_ar": module_ar, "clip_fr": clip_fr, "clip_ar": clip_ar}


def test_translated_step_shows_the_learner_language_and_the_french_together(client, lesson):
    body = client.get("/ar/ordinateur/allumer/").content.decode()
    first = body[body.index('id="step-1"') : body.index('id="step-2"')]
    assert "اضغط على الزر الدائري." in first
    assert "Appuyez sur le bouton rond." in first
    assert re.search(r'<div class="french" lang="fr" dir="ltr"', first)


def test_a_step_not_yet_translated_shows_the_french_with_a_label_in_the_learner_language(client, lesson):
    body = client.get("/ar/ordinateur/allumer/").content.decode()
    second = body[body.index('id="step-2"') : body.index('id="lesson-end"')]
    assert "Tapez votre mot de passe." in second
    assert "لم تُترجم بعد" in second  # "Not yet translated into العربية"
    assert second.count("Tapez votre mot de passe.") == 1  # French once, no empty translated box


def test_a_partly_translated_step_marks_as_french_only_the_parts_still_in_french(client, site, image):
    theme = ThemePageFactory(parent=site["fr"], slug="clavier")
    module = ModulePageFactory(
        parent=theme,
        slug="taper",
        steps=[
            step(
                "Le clavier",
                "Posez les mains.</p><p>Tapez une lettre.",
                image,
                "Un clavier.",
                callout="Doucement.",
                vocabulary=["une touche"],
            )
        ],
    )
    ukrainian = Locale.objects.get(language_code="uk")
    translate_now(theme, ukrainian, {})
    strings = {"Le clavier": "Клавіатура", "Posez les mains.": "Покладіть руки.", "Un clavier.": "Клавіатура."}
    translate_now(module, ukrainian, strings)
    body = client.get("/uk/clavier/taper/").content.decode()
    first = body[body.index('id="step-1"') : body.index('id="lesson-end"')]
    assert "untranslated-label" in first  # « not yet translated », in Ukrainian
    # Translated: the title, the first paragraph and the picture's description, in the page's language (uk).
    assert re.search(r'<h2 id="step-1-title">Клавіатура</h2>', first)
    assert re.search(r"<p[^>]*>Покладіть руки.</p>", first)
    assert not re.search(r'<p[^>]*lang="fr"[^>]*>Покладіть', first)
    assert '<figure class="illustration">' in first
    assert '<div class="step-text">' in first
    # Still French: the second paragraph, the tip and the word to remember, and only those.
    assert re.search(r'<p[^>]* lang="fr" dir="ltr">Tapez une lettre.</p>', first)
    assert re.search(r'<p lang="fr" dir="ltr">Doucement.</p>', first)
    assert re.search(r'<span class="word-fr" lang="fr" dir="ltr">une touche</span>', first)
    assert len(re.findall(r'\slang="fr"', first)) == 3
    assert re.search(r'<html lang="uk"', body)


def test_vocabulary_shows_the_french_word_and_its_translation(client, lesson):
    body = client.get("/ar/ordinateur/allumer/").content.decode()
    assert re.search(
        r'<span class="word-fr" lang="fr" dir="ltr">l&#x27;écran</span> <span class="word-local">الشاشة</span>', body
    )


def test_each_language_version_of_a_step_plays_its_own_clip(client, lesson):
    body = client.get("/ar/ordinateur/allumer/").content.decode()
    first = body[body.index('id="step-1"') : body.index('id="step-2"')]
    assert lesson["clip_ar"].url in first
    assert lesson["clip_fr"].url in first
    assert all('preload="none"' in tag for tag in re.findall(r"<audio[^>]*>", body))
    french = client.get("/fr/ordinateur/allumer/").content.decode()
    assert lesson["clip_fr"].url in french and lesson["clip_ar"].url not in french


def test_a_translation_still_pointing_at_the_french_clip_does_not_offer_it_as_the_learner_language(client, site, image):
    theme = ThemePageFactory(parent=site["fr"], slug="souris")
    clip = audio_document("fr-only")
    module = ModulePageFactory(
        parent=theme, slug="cliquer", steps=[step("Cliquer", "Appuyez.", image, "Une souris.", audio=clip)]
    )
    english = Locale.objects.get(language_code="en")
    translate_now(theme, english, {})
    translate_now(module, english, {"Cliquer": "Click", "Appuyez.": "Press."})
    body = client.get("/en/souris/cliquer/").content.decode()
    assert body.count(clip.url) == 1  # only as the French clip
    assert "Listen in French" in body


def test_without_a_clip_the_listen_button_is_hidden_until_the_browser_has_a_voice(client, lesson):
    body = client.get("/fr/ordinateur/allumer/").content.decode()
    second = body[body.index('id="step-2"') : body.index('id="lesson-end"')]
    button = re.search(r'<button type="button" class="button secondary listen-tts"[^>]*>', second).group(0)
    assert "hidden" in button
    assert 'data-speak-lang="fr"' in button


def test_illustrations_have_alt_text_and_responsive_sources_lazy_except_the_first(client, lesson):
    body = client.get("/fr/ordinateur/allumer/").content.decode()
    pictures = re.findall(r"<picture>.*?</picture>", body, re.S)
    assert len(pictures) == 2
    for picture in pictures:
        assert 'type="image/avif"' in picture and 'type="image/webp"' in picture
        assert re.search(r'srcset="[^"]*320w[^"]*640w[^"]*1024w', picture)
        img = re.search(r"<img[^>]*>", picture).group(0)
        assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
    assert 'alt="Le bouton rond."' in pictures[0] and 'loading="lazy"' not in pictures[0]
    assert 'alt="Le champ du mot de passe."' in pictures[1] and 'loading="lazy"' in pictures[1]


def test_all_steps_are_on_the_page_with_anchors_so_no_script_is_needed(client, lesson):
    body = client.get("/fr/ordinateur/allumer/").content.decode()
    assert 'id="step-1"' in body and 'id="step-2"' in body
    assert 'href="#step-2"' in body
    assert "<script" not in body.split("</head>")[1]  # the only script is the deferred lesson.js in <head>


def test_module_not_translated_into_the_language_shows_french_with_a_notice(client, lesson):
    response = client.get("/ti/ordinateur/allumer/")
    assert response.status_code == 200
    body = response.content.decode()
    assert '<html lang="ti" dir="ltr">' in body
    assert "Appuyez sur le bouton rond." in body
    assert "ገና ናብ ትግርኛ ኣይተተርጎመን" in body  # "not yet translated into ትግርኛ"


def test_unknown_module_is_still_a_404(client, lesson):
    assert client.get("/ar/ordinateur/nothing-here/").status_code == 404


def test_queries_for_a_module_do_not_grow_with_its_steps(client, site, image):
    theme = ThemePageFactory(parent=site["fr"], slug="theme-q")

    def queries_for(slug, count):
        ModulePageFactory(
            parent=theme,
            slug=slug,
            steps=[step(f"Étape {n}", f"Texte {n}.", image, f"Image {n}") for n in range(count)],
        )
        client.get(f"/fr/theme-q/{slug}/")  # renditions are made on the first view
        cache.clear()  # measure a rendering of the steps, not the cached fragment
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/fr/theme-q/{slug}/").status_code == 200
        return len(queries)

    assert queries_for("small", 5) == queries_for("large", 40)


def test_queries_for_a_translated_module_do_not_grow_with_its_steps(client, site, image):
    theme = ThemePageFactory(parent=site["fr"], slug="theme-t")
    arabic = Locale.objects.get(language_code="ar")
    translate_now(theme, arabic, {})

    def queries_for(slug, count):
        module = ModulePageFactory(
            parent=theme,
            slug=slug,
            steps=[step(f"Étape {n}", f"Texte {n}.", image, f"Image {n}") for n in range(count)],
        )
        translate_now(module, arabic, {f"Texte {n}.": f"نص {n}." for n in range(count)})
        client.get(f"/ar/theme-t/{slug}/")
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/ar/theme-t/{slug}/").status_code == 200
        return len(queries)

    small = queries_for("small", 5)
    assert small == queries_for("large", 40)
    print(f"queries for a translated module page: {small}")


def test_home_lists_themes_and_paths_and_a_theme_lists_its_modules(client, lesson):
    from tests.factories import LearningPathPageFactory

    LearningPathPageFactory(parent=lesson["theme"].get_parent(), title="Premiers pas", modules=[lesson["module"]])
    home = client.get("/fr/").content.decode()
    assert "Utiliser un ordinateur" in home and "Premiers pas" in home and "Commencer ici" in home
    theme = client.get("/fr/ordinateur/").content.decode()
    assert "Allumer l&#x27;ordinateur" in theme and "10 min" in theme and "2 étapes" in theme


def test_sitemap_lists_live_pages_in_every_language(client, lesson):
    body = client.get("/sitemap.xml").content.decode()
    assert "/fr/ordinateur/allumer/" in body
    assert "/ar/ordinateur/allumer/" in body
    for code in ["fr", "en", "ar", "prs", "ps", "ti", "uk", "ru"]:
        assert f"/{code}/</loc>" in body


def test_a_path_lists_its_modules_in_order_in_the_learner_language(client, lesson):
    from tests.factories import LearningPathPageFactory

    home = lesson["theme"].get_parent()
    second = ModulePageFactory(parent=lesson["theme"], title="Éteindre", slug="eteindre")
    path = LearningPathPageFactory(
        parent=home, title="Premiers pas", slug="premiers-pas", modules=[second, lesson["module"]]
    )
    body = client.get("/fr/premiers-pas/").content.decode()
    assert body.index("Éteindre") < body.index("Allumer l&#x27;ordinateur")
    assert "20 min" in body  # 10 + 10
    translate_now(path, Locale.objects.get(language_code="ar"), {"Premiers pas": "الخطوات الأولى"})
    arabic = client.get("/ar/premiers-pas/").content.decode()
    assert "الخطوات الأولى" in arabic
    assert "تشغيل الحاسوب" in arabic  # the module's Arabic translation, linked in Arabic
    assert "/ar/ordinateur/allumer/" in arabic


def test_a_new_revision_is_shown_at_once_despite_the_cached_steps(client, lesson):
    from wagtail.rich_text import RichText

    assert "Appuyez sur le bouton rond." in client.get("/ar/ordinateur/allumer/").content.decode()
    module = lesson["module"]
    module.steps[0].value["text"] = RichText("<p>Appuyez longtemps sur le bouton.</p>")  # same step, same id
    module.save_revision().publish()
    body = client.get("/fr/ordinateur/allumer/").content.decode()
    assert "Appuyez longtemps sur le bouton." in body and "Appuyez sur le bouton rond." not in body
    # The Arabic page shows the new French text beside its translation, without waiting for the cache.
    arabic = client.get("/ar/ordinateur/allumer/").content.decode()
    assert "Appuyez longtemps sur le bouton." in arabic and "اضغط على الزر الدائري." in arabic
