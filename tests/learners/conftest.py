"""A small course for the learner tests: a theme, two modules (the first with one question of each type,
translated into Arabic), and a path made of both."""

import pytest
from django.test import Client
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale

from courses.models import ModulePage
from quiz.grading import model_answers
from tests.factories import LearningPathPageFactory, ModulePageFactory, ThemePageFactory, question, step
from tests.utils import translate_now


def make_image(title="capture"):
    from wagtail.images import get_image_model

    return get_image_model().objects.create(title=title, file=get_test_image_file(size=(640, 400)))


def full_quiz(image):
    return [
        question(
            "single_choice",
            "Quel bouton allume l'ordinateur ?",
            choices=[
                {"text": "Le bouton rond", "correct": True, "feedback": "Oui : le bouton rond allume."},
                {"text": "La touche Entrée", "feedback": "Non : Entrée valide ce que vous écrivez."},
            ],
        ),
        question(
            "multiple_choice",
            "Qu'est-ce qui sert à écrire ?",
            choices=[
                {"text": "Le clavier", "correct": True, "feedback": "Oui, le clavier."},
                {"text": "L'écran tactile", "correct": True, "feedback": "Oui, aussi."},
                {"text": "Le câble", "feedback": "Non, le câble donne le courant."},
            ],
        ),
        question(
            "image_choice",
            "Où est la souris ?",
            choices=[
                {"image": image, "label": "une souris", "correct": True, "feedback": "C'est la souris."},
                {"image": image, "label": "un clavier", "feedback": "C'est le clavier."},
            ],
        ),
        question("true_false", "On éteint en débranchant le câble.", answer=False),
        question("order", "Mettez dans l'ordre.", items=["Allumer", "Se connecter", "Éteindre"]),
        question(
            "tap",
            "Touchez le bouton.",
            image=image,
            alt="Un écran avec un bouton en haut à droite.",
            target_x=70.0,
            target_y=5.0,
            target_width=20.0,
            target_height=10.0,
        ),
        question("short_answer", "Quelle touche valide ?", answers=["Entrée", "Enter"]),
    ]


def right_answers(module):
    """What a learner who knows everything answers (the tests know the answers; the page never says)."""
    return model_answers(module.quiz)


@pytest.fixture
def course(site):
    return build_course(site["fr"])


def build_course(home):
    """Theme > two modules (the first with every kind of question), a path, and their Arabic versions."""
    image = make_image()
    theme = ThemePageFactory(parent=home, title="Utiliser un ordinateur", slug="ordinateur")
    first = ModulePageFactory(
        parent=theme,
        title="Allumer l'ordinateur",
        slug="allumer",
        steps=[step("Le bouton", "Appuyez."), step("La session", "Tapez."), step("Éteindre", "Cliquez.")],
        quiz=full_quiz(image),
    )
    second = ModulePageFactory(
        parent=theme,
        title="La souris",
        slug="souris",
        objective="À la fin, je sais cliquer.",
        steps=[step("Tenir", "Tenez la souris."), step("Cliquer", "Cliquez.")],
        quiz=[
            question(
                "single_choice",
                "Avec quel doigt clique-t-on ?",
                choices=[{"text": "L'index", "correct": True}, {"text": "Le pouce"}],
            )
        ],
    )
    path = LearningPathPageFactory(
        parent=home, title="Premiers pas numériques", slug="premiers-pas", modules=[first, second]
    )
    arabic = Locale.objects.get(language_code="ar")
    translate_now(theme, arabic, {"Utiliser un ordinateur": "استخدام الحاسوب"})
    first_ar = translate_now(first, arabic, {"Allumer l'ordinateur": "تشغيل الحاسوب", "Le bouton rond": "الزر الدائري"})
    translate_now(second, arabic, {"La souris": "الفأرة"})
    path_ar = translate_now(path, arabic, {"Premiers pas numériques": "الخطوات الرقمية الأولى"})
    first = ModulePage.objects.get(pk=first.pk)
    second = ModulePage.objects.get(pk=second.pk)
    return {"theme": theme, "first": first, "second": second, "path": path, "first_ar": first_ar, "path_ar": path_ar}


@pytest.fixture
def client():
    return Client(enforce_csrf_checks=True)


def csrf(client, url="/fr/learner/"):
    """Open a page like a browser does, and return the CSRF token it set."""
    client.get(url)
    return client.cookies["csrftoken"].value
