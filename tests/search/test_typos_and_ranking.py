"""One typo per word is forgiven, in every script, the same on SQLite and PostgreSQL (the suite runs on both);
lessons come before information pages."""

import pytest
from django.core.cache import cache
from wagtail.models import Locale

from courses.models import InfoPage
from search.analysis import one_typo_apart
from tests.factories import ModulePageFactory, ThemePageFactory, step
from tests.utils import translate_now

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()


@pytest.fixture
def lessons(site):
    home = site["fr"]
    theme = ThemePageFactory(parent=home, title="Utiliser la souris", slug="souris", description="Cliquer.")
    mouse = ModulePageFactory(
        parent=theme,
        title="Tenir la souris et cliquer",
        slug="tenir",
        objective="À la fin, je sais cliquer.",
        steps=[
            step("Tenir", "Posez la main sur la souris."),
            step("Le clavier", "Le clavier sert à écrire. La lettre a est sur la touche A."),
        ],
    )
    for page in (theme, mouse):
        page.save_revision().publish()
    translate_now(theme, Locale.objects.get(language_code="ar"), {})
    translate_now(
        mouse,
        Locale.objects.get(language_code="ar"),
        {
            "Le clavier": "لوحة المفاتيح",
            "Le clavier sert à écrire. La lettre a est sur la touche A.": "لوحة المفاتيح للكتابة.",
        },
    )
    translate_now(theme, Locale.objects.get(language_code="ru"), {})
    translate_now(
        mouse,
        Locale.objects.get(language_code="ru"),
        {"Tenir": "Держать мышку", "Posez la main sur la souris.": "Положите руку на мышку. Мышка лежит на столе."},
    )
    about = home.add_child(
        instance=InfoPage(
            title="À propos : souris, souris, souris",
            slug="a-propos",
            intro="Ce site parle de la souris, du clavier et de la souris encore.",
        )
    )
    about.save_revision().publish()
    return {"mouse": mouse, "about": about}


def urls(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    body = response.content.decode()
    return body.split('class="search-results"')[1] if 'class="search-results"' in body else ""


def test_one_typo_finds_the_french_word_souris(client, lessons):
    assert "/fr/souris/tenir/#step-1" in urls(client, "fr", "sourri")
    assert "/fr/souris/tenir/" in urls(client, "fr", "souirs")  # two neighbours swapped


def test_one_letter_left_out_finds_the_arabic_keyboard(client, lessons):
    assert "/ar/souris/tenir/#step-2" in urls(client, "ar", "لوحة المفاتح")


def test_one_letter_changed_finds_the_russian_mouse(client, lessons):
    assert "/ru/souris/tenir/#step-1" in urls(client, "ru", "мишка")


def test_the_word_matched_with_a_typo_is_highlighted(client, lessons):
    assert "<mark>souris</mark>" in urls(client, "fr", "sourri")


def test_two_typos_in_one_word_find_nothing(client, lessons):
    assert urls(client, "fr", "sooorri") == ""
    assert urls(client, "fr", "clovoer") == ""
    assert "/fr/souris/tenir/#step-2" in urls(client, "fr", "clavoer")  # one typo in each word


def test_an_exact_word_is_not_mixed_with_words_one_typo_away(client, site):
    theme = ThemePageFactory(parent=site["fr"], title="Thème", slug="theme")
    line = ModulePageFactory(parent=theme, title="La ligne", slug="ligne", steps=[step("Ligne", "Une ligne.")])
    sign = ModulePageFactory(parent=theme, title="Le signe", slug="signe", steps=[step("Signe", "Un signe.")])
    for page in (line, sign):
        page.save_revision().publish()
    body = urls(client, "fr", "ligne")
    assert "/fr/theme/ligne/" in body
    assert "/fr/theme/signe/" not in body  # « signe » is one letter away, but « ligne » is a word of the site


def test_lessons_rank_above_information_pages(client, lessons):
    theme = lessons["mouse"].get_parent()
    pointer = ModulePageFactory(
        parent=theme, title="Le pointeur", slug="pointeur", steps=[step("La flèche", "Bougez la souris.")]
    )
    pointer.save_revision().publish()
    body = urls(client, "fr", "souris")
    # The About page has « souris » in its title, the pointer lesson only in the text of a step.
    assert "/fr/a-propos/" in body
    assert body.index("/fr/souris/pointeur/#step-1") < body.index("/fr/a-propos/")
    assert body.index("/fr/souris/tenir/") < body.index("/fr/a-propos/")


def test_one_typo_apart_counts_changes_additions_omissions_and_swaps():
    assert one_typo_apart("souris", "souri")
    assert one_typo_apart("souris", "sourix")
    assert one_typo_apart("souris", "souriss")
    assert one_typo_apart("souris", "suoris")
    assert not one_typo_apart("souris", "souris")
    assert not one_typo_apart("souris", "sorui")


def test_ukrainian_and_russian_spellings_of_one_word_find_each_other(client, lessons):
    # « мишка », as a Ukrainian keyboard writes it, finds the Russian « мышку » and « Мышка ».
    assert "/ru/souris/tenir/#step-1" in urls(client, "ru", "мишка")
    assert "/ru/souris/tenir/#step-1" in urls(client, "ru", "мышка")


def test_a_lesson_not_translated_into_tigrinya_is_found_there_in_french_with_a_typo(client, lessons):
    results = urls(client, "ti", "sourri")
    assert "/ti/souris/tenir/#step-1" in results and "/fr/" not in results
    assert "ብፈረንሳይኛ" in results  # « en français », in Tigrinya
