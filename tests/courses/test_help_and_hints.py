"""The help page names the buttons of a lesson as the learner sees them, and a typed answer says what to type,
in the learner's language."""

import pytest
from wagtail.models import Locale

from courses.models import InfoPage
from tests.factories import ModulePageFactory, ThemePageFactory, question
from tests.utils import translate_now

pytestmark = pytest.mark.django_db


@pytest.fixture
def help_page(site):
    page = site["fr"].add_child(
        instance=InfoPage(title="Aide", slug="aide", body=[("heading", "Suivre une leçon"), ("lesson_buttons", None)])
    )
    page.save_revision().publish()
    translate_now(page, Locale.objects.get(language_code="ti"), {"Aide": "ሓገዝ", "Suivre une leçon": "ትምህርቲ ምክትታል"})
    return page


def test_the_tigrinya_help_page_names_the_buttons_as_the_tigrinya_lesson_shows_them(client, help_page):
    body = client.get("/ti/aide/").content.decode()
    buttons = body[body.index('class="lesson-buttons"') : body.index("</dl>")]
    for tigrinya in ["ዝቕጽል", "ዝሓለፈ", "ስምዑ"]:  # Next, Previous, Listen, as on the Tigrinya lesson
        assert tigrinya in buttons
    for french in ["Suivant", "Précédent", "Écouter"]:
        assert french not in buttons


def test_the_french_help_page_names_the_french_buttons(client, help_page):
    body = client.get("/fr/aide/").content.decode()
    buttons = body[body.index('class="lesson-buttons"') : body.index("</dl>")]
    assert "Suivant" in buttons and "Précédent" in buttons and "Écouter" in buttons


@pytest.fixture
def typed_questions(site):
    theme = ThemePageFactory(parent=site["fr"], slug="email")
    return ModulePageFactory(
        parent=theme,
        slug="ecrire",
        quiz=[
            question("short_answer", "Comment s'appelle le signe @ ?", answers=["arobase", "l'arobase"]),
            question("short_answer", "Quel numéro appelez-vous ?", answers=["3949", "39 49"]),
        ],
    )


def test_a_typed_answer_says_in_tigrinya_to_type_the_french_word(client, typed_questions):
    body = client.get("/ti/email/ecrire/").content.decode()
    word, number = typed_questions.quiz[0].id, typed_questions.quiz[1].id
    hint = body[body.index(f'id="q-{word}-hint"') :]
    assert "መልሲ ብፈረንሳይኛ ጽሓፉ።" in hint[: hint.index("</p>")]  # "Type your answer in French."
    assert f'aria-describedby="q-{word}-hint"' in body
    hint = body[body.index(f'id="q-{number}-hint"') :]
    assert "ቁጽሪ ብቁጽርታት ናይ ኪቦርድኩም ጽሓፉ።" in hint[: hint.index("</p>")]  # "Type the number…"


def test_a_typed_answer_says_in_french_to_type_the_answer_in_french(client, typed_questions):
    body = client.get("/fr/email/ecrire/").content.decode()
    assert "Écrivez la réponse en français." in body
    assert "Écrivez le numéro avec les chiffres de votre clavier." in body
