"""A learner who types "ordinateur", "ecran" or "حاسوب" finds the right lesson, in their language."""

import pytest
from django.core.cache import cache
from wagtail.models import Locale

from search.analysis import analyse_query, term
from search.models import SearchDocument
from tests.factories import ModulePageFactory, ThemePageFactory, step
from tests.utils import translate_now

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()


@pytest.fixture
def lessons(site):
    home = site["fr"]
    theme = ThemePageFactory(parent=home, title="Utiliser un ordinateur", slug="ordinateur", description="Les bases.")
    module = ModulePageFactory(
        parent=theme,
        title="Allumer l'appareil",
        slug="allumer",
        objective="À la fin, je sais allumer.",
        steps=[
            step("Les parties", "Les ordinateurs ont un écran et un clavier.", vocabulary=["la souris"]),
            step("La session", "Tapez votre mot de passe."),
        ],
    )
    other = ModulePageFactory(
        parent=theme,
        title="Le courriel",
        slug="courriel",
        objective="À la fin, je sais écrire un courriel.",
        steps=[step("Écrire", "Vous écrivez un message à France Travail.")],
    )
    for page in (theme, module, other):  # as a trainer does: publishing indexes the page
        page.save_revision().publish()
    arabic = Locale.objects.get(language_code="ar")
    translate_now(theme, arabic, {"Utiliser un ordinateur": "استخدام الحاسوب", "Les bases.": "الأساسيات."})
    translate_now(
        module,
        arabic,
        {
            "Allumer l'appareil": "تشغيل الجهاز",
            "À la fin, je sais allumer.": "في النهاية، أعرف كيف أشغّل.",
            "Les parties": "الأجزاء",
            "Les ordinateurs ont un écran et un clavier.": "لِلْحاسوبِ شاشةٌ ولوحةُ مفاتيح. الحاسوب مفيد.",
            "la souris": "الفأرة",
            "La session": "الجلسة",
            "Tapez votre mot de passe.": "اكتبوا كلمة المرور.",
        },
    )
    return {"module": module, "other": other, "theme": theme}


def result_urls(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return response


def test_plural_finds_singular_and_the_step_that_matched(client, lessons):
    body = result_urls(client, "fr", "ordinateur").content.decode()
    assert "/fr/ordinateur/allumer/#step-1" in body
    assert "<mark>ordinateurs</mark>" in body


def test_accents_and_case_are_ignored(client, lessons):
    body = result_urls(client, "fr", "ECRAN").content.decode()
    assert "/fr/ordinateur/allumer/#step-1" in body
    assert "<mark>écran</mark>" in body


def test_arabic_finds_words_with_the_article_diacritics_and_letter_variants(client, lessons):
    body = result_urls(client, "ar", "حاسوب").content.decode()
    assert "/ar/ordinateur/allumer/#step-1" in body
    assert "<mark>" in body
    assert term("لِلْحاسوبِ", "ar") == term("حاسوب", "ar")
    assert term("أساسيات", "ar") == term("اساسيات", "ar")
    assert term("مكتبة", "ar") == term("مكتبه", "ar")


def test_results_come_only_from_the_active_language(client, lessons):
    body = result_urls(client, "ar", "حاسوب").content.decode()
    assert "/fr/" not in body.split('class="search-results"')[1]
    body = result_urls(client, "fr", "حاسوب").content.decode()
    assert 'class="search-results"' not in body


def test_french_results_are_shown_labelled_when_the_language_has_none(client, lessons):
    # « appareil » is only in the French of a page translated into Arabic (whose Arabic says الجهاز).
    body = result_urls(client, "ar", "appareil").content.decode()
    assert "نتائج بالفرنسية" in body  # "Results in French"
    french = body.split('class="french-results"')[1]
    assert "/fr/ordinateur/allumer/" in french


def test_a_module_not_translated_into_arabic_is_found_in_arabic_labelled_in_french_under_ar(client, lessons):
    body = result_urls(client, "ar", "courriel").content.decode()
    results = body.split('class="search-results"')[1]
    assert "/ar/ordinateur/courriel/" in results and "/fr/" not in results
    assert "بالفرنسية" in results  # « en français », in Arabic
    assert 'class="french-results"' not in body


def test_prefix_matching_suggests_while_typing(client, lessons):
    response = client.get("/fr/search/suggest/", {"q": "ordina"})
    labels = [item["label"] for item in response.json()["suggestions"]]
    assert any("Allumer l'appareil" in label for label in labels)
    assert client.get("/ar/search/suggest/", {"q": "حاسو"}).json()["suggestions"]


def test_several_words_must_all_match(client, lessons):
    body = result_urls(client, "fr", "écran clavier").content.decode()
    assert "#step-1" in body and "#step-2" not in body
    body = result_urls(client, "fr", "écran message").content.decode()
    assert 'class="search-results"' not in body


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "x" * 10_000,
        "!!! ??? ...",
        '"ordinateur*"',
        "NEAR(a b)",
        "a:b OR 1=1; DROP TABLE x;--",
        "écran حاسوب ትግርኛ",
    ],
)
def test_bad_queries_answer_normally(client, lessons, query):
    response = client.get("/fr/search/", {"q": query})
    assert response.status_code == 200
    assert b"search-form" in response.content


def test_long_queries_are_cut_and_say_so(client, lessons):
    body = client.get("/fr/search/", {"q": "ordinateur " * 100}).content.decode()
    assert "seul le début" in body
    assert analyse_query("a" * 500, "fr")[0] == ["a" * 64]


def test_empty_and_punctuation_only_queries_get_a_helpful_message(client, lessons):
    assert "Tapez un mot" in client.get("/fr/search/", {"q": ""}).content.decode()
    assert "signes seuls" in client.get("/fr/search/", {"q": "?!…"}).content.decode()


def test_search_is_rate_limited_per_address_with_a_friendly_message(client, lessons):
    for _ in range(60):
        client.get("/fr/search/", {"q": "écran"}, REMOTE_ADDR="10.0.0.9")
    response = client.get("/fr/search/", {"q": "écran"}, REMOTE_ADDR="10.0.0.9")
    assert response.status_code == 429
    assert "Attendez une minute" in response.content.decode()
    assert client.get("/fr/search/", {"q": "écran"}, REMOTE_ADDR="10.0.0.10").status_code == 200


def test_the_index_follows_publishing_and_unpublishing_in_every_language(client, lessons):
    module = lessons["module"]
    arabic_module = module.get_translation(Locale.objects.get(language_code="ar"))
    arabic_module.unpublish()
    assert not SearchDocument.objects.filter(page=arabic_module).exists()
    assert "/ar/ordinateur/allumer/" not in result_urls(client, "ar", "حاسوب").content.decode()
    module.steps = [step("Nouveau", "Le navigateur ouvre les sites.")]
    module.save_revision().publish()
    assert "/fr/ordinateur/allumer/" in result_urls(client, "fr", "navigateurs").content.decode()
    assert "#step-1" not in result_urls(client, "fr", "ordinateur").content.decode().split("search-results")[-1]


def test_the_search_box_is_in_the_header_and_works_without_javascript(client, lessons):
    body = client.get("/ar/").content.decode()
    assert 'action="/ar/search/"' in body and 'method="get"' in body and 'name="q"' in body


def test_one_long_module_shows_at_most_two_results_so_it_does_not_hide_the_others(client, site):
    theme = ThemePageFactory(parent=site["fr"], title="La souris", slug="souris", description="Utiliser la souris.")
    long = ModulePageFactory(
        parent=theme,
        title="Cliquer",
        slug="cliquer",
        steps=[step(f"Clic {number}", "Cliquez avec le bouton gauche.") for number in range(1, 6)],
    )
    short = ModulePageFactory(
        parent=theme, title="Glisser", slug="glisser", steps=[step("Glisser", "Cliquez et gardez le bouton.")]
    )
    for page in (theme, long, short):
        page.save_revision().publish()
    body = client.get("/fr/search/", {"q": "cliquez"}).content.decode()
    assert body.count(f'href="{long.url}') == 2
    assert f'href="{short.url}#step-1"' in body
