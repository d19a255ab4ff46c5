"""Every module is reachable in every language: a theme or module with no translation is listed in the
learner's navigation with « en français » written in their language, and opens in French under /<code>/."""

import re
import uuid
from urllib.parse import unquote

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale

from learners.models import Learner, ModuleProgress
from tests.factories import LearningPathPageFactory, ModulePageFactory, ThemePageFactory, question, step
from tests.utils import translate_now

pytestmark = pytest.mark.django_db

IN_FRENCH_TI = "ብፈረንሳይኛ"  # « en français » in Tigrinya


@pytest.fixture
def client():
    return Client()


@pytest.fixture
def course(site):
    """Theme « ordinateur » translated into Tigrinya with one of its two modules; theme « email » and its
    module not translated at all; a path through the translated and the untranslated module."""
    home = site["fr"]
    tigrinya = Locale.objects.get(language_code="ti")
    computer = ThemePageFactory(parent=home, title="Utiliser un ordinateur", slug="ordinateur")
    switch_on = ModulePageFactory(parent=computer, title="Allumer l'ordinateur", slug="allumer")
    keyboard = ModulePageFactory(
        parent=computer,
        title="Le clavier AZERTY",
        slug="clavier",
        steps=[step("Les lettres", "Tapez votre prénom.")],
        quiz=[
            question(
                "single_choice",
                "Quelle touche fait une majuscule ?",
                choices=[
                    {"text": "Maj", "correct": True, "feedback": "Oui : Maj fait une majuscule."},
                    {"text": "Entrée", "feedback": "Non : Entrée va à la ligne."},
                ],
            )
        ],
    )
    email = ThemePageFactory(parent=home, title="Créer une boîte mail", slug="email")
    address = ModulePageFactory(parent=email, title="Créer son adresse", slug="creer")
    path = LearningPathPageFactory(
        parent=home, title="Premiers pas", slug="premiers-pas", modules=[switch_on, keyboard]
    )
    translate_now(computer, tigrinya, {"Utiliser un ordinateur": "ኮምፒተር ምጥቃም"})
    translate_now(switch_on, tigrinya, {"Allumer l'ordinateur": "ኮምፒተር ምውላዕ"})
    translate_now(path, tigrinya, {"Premiers pas": "ቀዳሞት ስጉምቲ"})
    return {"computer": computer, "switch_on": switch_on, "keyboard": keyboard, "email": email, "address": address}


def test_untranslated_theme_is_listed_on_the_tigrinya_home_with_en_francais_label(client, course):
    body = client.get("/ti/").content.decode()
    assert "ኮምፒተር ምጥቃም" in body  # the translated theme, in Tigrinya
    assert 'href="/ti/email/"' in body  # the untranslated theme, under /ti/
    tile = body[body.index('href="/ti/email/"') :]
    tile = tile[: tile.index("</a>")]
    assert "Créer une boîte mail" in tile and IN_FRENCH_TI in tile
    assert IN_FRENCH_TI not in body[body.index("ኮምፒተር ምጥቃም") - 300 : body.index("ኮምፒተር ምጥቃም")]


def test_untranslated_module_is_listed_in_tigrinya_with_en_francais_label(client, course):
    body = client.get("/ti/ordinateur/").content.decode()
    assert "ኮምፒተር ምውላዕ" in body  # translated module, in Tigrinya
    card = body[body.index('href="/ti/ordinateur/clavier/"') :]
    card = card[: card.index("</a>")]
    assert "Le clavier AZERTY" in card and IN_FRENCH_TI in card
    assert "/fr/" not in body.split("<main", 1)[-1].split("</main>", 1)[0]


def test_untranslated_module_listed_in_tigrinya_opens_in_french_in_the_tigrinya_shell(client, course):
    response = client.get("/ti/ordinateur/clavier/")
    body = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ti"' in body
    assert "Tapez votre prénom." in body  # the French lesson
    assert 'href="/ti/ordinateur/"' in body  # back to the Tigrinya theme, not to /fr/


def test_untranslated_theme_opens_under_tigrinya_and_lists_its_modules_there(client, course):
    body = client.get("/ti/email/").content.decode()
    assert "Créer une boîte mail" in body
    assert "ገና ናብ ቋንቋኹም ኣይተተርጎመን" in body  # "not yet translated into your language", in Tigrinya
    card = body[body.index('href="/ti/email/creer/"') :]
    assert IN_FRENCH_TI in card[: card.index("</a>")]
    assert client.get("/ti/email/creer/").status_code == 200


def test_every_module_is_listed_in_every_language(client, course):
    for code in ["en", "ar", "prs", "ps", "ti", "uk", "ru"]:
        home = client.get(f"/{code}/").content.decode()
        assert f'href="/{code}/ordinateur/"' in home and f'href="/{code}/email/"' in home, code
        for theme, module in [("ordinateur", "allumer"), ("ordinateur", "clavier"), ("email", "creer")]:
            assert f'href="/{code}/{theme}/{module}/"' in client.get(f"/{code}/{theme}/").content.decode(), code
            assert client.get(f"/{code}/{theme}/{module}/").status_code == 200, code


def test_a_tigrinya_path_links_its_untranslated_module_under_ti_with_the_label(client, course):
    body = client.get("/ti/premiers-pas/").content.decode()
    assert 'href="/ti/ordinateur/allumer/"' in body
    card = body[body.index('href="/ti/ordinateur/clavier/"') :]
    assert IN_FRENCH_TI in card[: card.index("</a>")]


def test_an_untranslated_path_is_listed_in_ukrainian_in_french_with_the_label(client, course, site):
    LearningPathPageFactory(parent=site["fr"], title="Mon courriel", slug="courriel", modules=[course["address"]])
    body = client.get("/uk/").content.decode()
    card = body[body.index('href="/uk/courriel/"') :]
    card = card[: card.index("</a>")]
    assert "Mon courriel" in card and "французькою" in card
    path = client.get("/uk/courriel/").content.decode()
    assert 'href="/uk/email/creer/"' in path
    assert "Цей маршрут ще не перекладено вашою мовою." in path  # "This path is not yet translated…"


def test_quiz_of_untranslated_module_keeps_tigrinya_learner_under_ti(client, course):
    module = course["keyboard"]
    client.get("/ti/ordinateur/clavier/")
    block = module.quiz[0]
    right = next(choice.id for choice in block.value["choices"].bound_blocks if choice.value["correct"])
    response = client.post(
        f"/ti/learner/quiz/{module.translation_key}/", {"attempt": str(uuid.uuid4()), f"q-{block.id}": right}
    )
    assert response.status_code == 302
    assert response["Location"].startswith(f"/ti/learner/quiz/{module.translation_key}/result/")
    result = client.get(response["Location"].split("#")[0]).content.decode()
    assert '<html lang="ti"' in result
    assert "ነጥብኩም፡ 100 %" in result  # "Your score: 100 %" in Tigrinya
    assert "Oui : Maj fait une majuscule." in result  # the module's own feedback, in French like its text


def test_quiz_of_untranslated_module_keeps_every_language_under_its_prefix(client, course):
    module = course["keyboard"]
    block = module.quiz[0]
    for code in ["en", "ar", "prs", "ps", "uk", "ru"]:
        response = client.post(f"/{code}/learner/quiz/{module.translation_key}/", {"attempt": str(uuid.uuid4())})
        assert response["Location"].startswith(f"/{code}/learner/quiz/{module.translation_key}/result/"), code
    assert block  # the quiz exists


def complete(client, *modules):
    """Let the learner of this browser complete `modules` (the first "I have finished" makes the learner)."""
    now = timezone.now()
    for module in modules:
        client.post(f"/fr/learner/finished/{module.translation_key}/")
        learner = Learner.objects.get()
        ModuleProgress.objects.update_or_create(
            learner=learner,
            module_key=module.translation_key,
            defaults={"finished_at": now, "passed_at": now, "completed_at": now},
        )


def next_step(client, url):
    """What the path page offers next: the public page's button, replaced by the learner's own (learner.js
    puts /api/learner/page/<id> in the slot « next »; the page is the same for everybody)."""
    page = client.get(url).content.decode()
    page_id, language = re.search(r'data-personal-bits="(\d+)" data-language="([\w-]+)"', page).groups()
    slots = client.get(f"/api/learner/page/{page_id}?language={language}").json()["slots"]
    return slots.get("next") or page


def test_a_finished_path_says_it_is_finished_and_offers_to_review_in_french(client, course):
    assert "Commencer la première leçon" in next_step(client, "/fr/premiers-pas/")
    complete(client, course["switch_on"], course["keyboard"])
    body = next_step(client, "/fr/premiers-pas/")
    assert "Parcours terminé" in body
    assert "Revoir la première leçon" in body
    assert "Commencer la première leçon" not in body


def test_a_started_path_offers_the_next_lesson_in_tigrinya(client, course):
    complete(client, course["switch_on"])
    body = next_step(client, "/ti/premiers-pas/")
    assert "ብዝቕጽል ትምህርቲ ቀጽሉ" in body  # "Continue with the next lesson"
    assert 'class="button" href="/ti/ordinateur/clavier/"' in body


def test_a_path_whose_first_lesson_is_almost_done_offers_to_continue_it_in_tigrinya(client, course):
    """Steps seen in the first lesson, nothing finished: not « start the first lesson » but « continue »."""
    complete(client, course["switch_on"])
    ModuleProgress.objects.filter(module_key=course["switch_on"].translation_key).update(
        finished_at=None, passed_at=None, completed_at=None, last_step="2"
    )
    body = next_step(client, "/ti/premiers-pas/")
    assert "ካብቲ ዘቋረጽኩምሉ ቀጽሉ" in body  # "Continue where you stopped"
    assert f'href="{course["switch_on"].get_translation(Locale.objects.get(language_code="ti")).url}"' in body
    assert "ብዝቕጽል ትምህርቲ ቀጽሉ" not in body


def test_the_language_switcher_of_an_untranslated_module_keeps_the_module_in_every_language(client, course):
    body = client.get("/ti/ordinateur/clavier/").content.decode()
    switcher = body[body.index('class="language-switcher"') :]
    switcher = switcher[: switcher.index("</details>")]
    for code in ["fr", "en", "ar", "prs", "ps", "ti", "uk", "ru"]:
        assert f'href="/{code}/ordinateur/clavier/"' in switcher, code
    home = client.get("/ti/ordinateur/allumer/").content.decode()
    assert 'href="/uk/ordinateur/allumer/"' in home[home.index('class="language-switcher"') :]


def test_the_language_switcher_follows_a_translation_published_after_the_page_was_seen(client, course, settings):
    """The switcher's links are kept between renders; publishing the Tigrinya keyboard lesson renews them."""
    settings.PAGE_CACHE_ENABLED = False  # rendered every time: only the switcher's own cache is tested

    def tigrinya_link():
        body = client.get("/fr/ordinateur/clavier/").content.decode()
        switcher = body[body.index('class="language-switcher"') :]
        return re.search(r'href="(/ti/[^"]+)"', switcher[: switcher.index("</details>")]).group(1)

    assert tigrinya_link() == "/ti/ordinateur/clavier/"  # the French lesson, served under /ti/
    tigrinya = Locale.objects.get(language_code="ti")
    translated = translate_now(course["keyboard"], tigrinya, {"Le clavier AZERTY": "ክላቪየር AZERTY"})
    translated.slug = "ክላቪየር"
    translated.save_revision().publish()
    assert unquote(tigrinya_link()) == "/ti/ordinateur/ክላቪየር/"
