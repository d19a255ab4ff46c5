"""A small diagnostic for the tests: the CRCN competences it checks, two paths (the first steps and a later
one) translated into Arabic and Tigrinya, and seven questions on three levels (1 = the mouse), translated too.

`Player` plays the diagnostic through the plain forms, as a browser without JavaScript would."""

import re
from html import unescape

import pytest
from django.test import Client
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale

from courses.models import Competence, CompetenceDomain
from diagnostic.models import DiagnosticOutcome, DiagnosticQuestion
from quiz.blocks import tap_grid
from tests.factories import LearningPathPageFactory, ModulePageFactory, ThemePageFactory, question

PATH_TITLES = {
    "premiers": {"fr": "Premiers pas numériques", "ar": "الخطوات الرقمية الأولى", "ti": "ቀዳሞት ዲጂታላዊ ስጉምትታት"},
    "later": {"fr": "Mes démarches en ligne", "ar": "معاملاتي على الإنترنت", "ti": "ጉዳያተይ ብኢንተርነት"},
}
PROMPTS = {
    "Touchez le bouton OK.": {"ar": "المسوا زر OK.", "ti": "መልጎም OK ጠውቑ።"},
    "Touchez l'image de la souris.": {"ar": "المسوا صورة الفأرة.", "ti": "ስእሊ ማውስ ጠውቑ።"},
    "Touchez le pointeur de la souris.": {"ar": "المسوا مؤشر الفأرة.", "ti": "መመልከቲ ማውስ ጠውቑ።"},
    "Écrivez l'arobase.": {"ar": "اكتبوا علامة @.", "ti": "ኣሮባስ ጽሓፉ።"},
    "Écrivez encore l'arobase.": {"ar": "اكتبوا علامة @ مرة أخرى.", "ti": "ኣሮባስ ደጊምኩም ጽሓፉ።"},
    "Quelle est une adresse mail ?": {"ar": "أيّ واحد منها عنوان بريد إلكتروني؟", "ti": "ኣየናይ እዩ ኣድራሻ ኢመይል?"},
    "Un service public demande votre mot de passe par mail.": {
        "ar": "مصلحة عامة تطلب كلمة المرور بالبريد الإلكتروني.",
        "ti": "ህዝባዊ ኣገልግሎት መሕለፊ ቃልኩም ብኢመይል ይሓትት።",
    },
}
COMPETENCE_NAMES = {
    "5.2": {"fr": "Construire un environnement numérique", "ar": "بناء بيئة رقمية", "ti": "ዲጂታላዊ ሃዋህው ምህናጽ"},
    "3.1": {"fr": "Développer des documents textuels", "ar": "إعداد المستندات النصية", "ti": "ናይ ጽሑፍ ሰነዳት ምድላው"},
    "2.1": {"fr": "Interagir", "ar": "التفاعل", "ti": "ምርኻብ"},
}


def make_image(title="capture"):
    from wagtail.images import get_image_model

    return get_image_model().objects.create(title=title, file=get_test_image_file(size=(640, 400)))


def build_framework(home):
    """Three CRCN competences in French, translated into Arabic and Tigrinya."""
    domains = {
        number: CompetenceDomain.objects.create(locale=home.locale, number=number, name=name)
        for number, name in [
            (2, "Communication et collaboration"),
            (3, "Création de contenu"),
            (5, "Environnement numérique"),
        ]
    }
    competences = {}
    for code, names in COMPETENCE_NAMES.items():
        competence = Competence.objects.create(
            locale=home.locale, domain=domains[int(code[0])], code=code, name=names["fr"]
        )
        for language in ("ar", "ti"):
            translated = competence.copy_for_translation(Locale.objects.get(language_code=language))
            translated.name = names[language]
            translated.save()
        competences[code] = competence
    return competences


@pytest.fixture
def framework(site):
    return build_framework(site["fr"])


@pytest.fixture
def diagnostic(site, framework):
    return build_diagnostic(site["fr"], framework)


def build_diagnostic(home, framework):
    """The paths, the outcomes and the questions; returns {"paths": {...}, "questions": [...]}."""
    theme = ThemePageFactory(parent=home, slug="souris")
    first_module = ModulePageFactory(parent=theme, title="Tenir la souris", competences=[framework["5.2"]])
    later_module = ModulePageFactory(
        parent=theme, title="Envoyer un message", level="intermediaire", competences=[framework["2.1"]]
    )
    premiers = LearningPathPageFactory(
        parent=home, slug="premiers-pas-numeriques", title=PATH_TITLES["premiers"]["fr"], modules=[first_module]
    )
    later = LearningPathPageFactory(
        parent=home,
        slug="mes-demarches-en-ligne",
        title=PATH_TITLES["later"]["fr"],
        start_here=False,
        modules=[later_module],
    )
    for key, path in (("premiers", premiers), ("later", later)):
        for language in ("ar", "ti"):
            translated = path.copy_for_translation(Locale.objects.get(language_code=language))
            translated.title = PATH_TITLES[key][language]
            translated.save_revision().publish()
    DiagnosticOutcome.objects.create(from_level=0, path=premiers)
    DiagnosticOutcome.objects.create(from_level=1, path=later)
    image = make_image()
    mouse = framework["5.2"]
    specs = [
        (
            1,
            1,
            question(
                "tap",
                "Touchez le bouton OK.",
                image=image,
                alt="Une fenêtre, OK en bas à droite.",
                competence=mouse,
                target_x=62.0,
                target_y=70.0,
                target_width=25.0,
                target_height=15.0,
            ),
        ),
        (
            1,
            1,
            question(
                "image_choice",
                "Touchez l'image de la souris.",
                competence=mouse,
                choices=[
                    {"image": image, "label": "La souris", "correct": True, "feedback": "Oui."},
                    {"image": image, "label": "Le clavier", "feedback": "Non."},
                ],
            ),
        ),
        (
            1,
            1,
            question(
                "image_choice",
                "Touchez le pointeur de la souris.",
                competence=mouse,
                choices=[
                    {"image": image, "label": "La flèche", "correct": True, "feedback": "Oui."},
                    {"image": image, "label": "La loupe", "feedback": "Non."},
                ],
            ),
        ),
        (2, 1, question("short_answer", "Écrivez l'arobase.", answers=["@"], competence=framework["3.1"])),
        (2, 1, question("short_answer", "Écrivez encore l'arobase.", answers=["@"], competence=framework["3.1"])),
        (
            3,
            1,
            question(
                "single_choice",
                "Quelle est une adresse mail ?",
                competence=framework["2.1"],
                choices=[
                    {"text": "amina.diallo@example.com", "correct": True, "feedback": "Oui."},
                    {"text": "www.example.com", "feedback": "Non."},
                ],
            ),
        ),
        (
            3,
            2,
            question(
                "true_false",
                "Un service public demande votre mot de passe par mail.",
                answer=False,
                competence=framework["2.1"],
            ),
        ),
    ]
    questions = []
    for order, (level, crcn_level, block) in enumerate(specs):
        created = DiagnosticQuestion.objects.create(
            locale=home.locale, level=level, crcn_level=crcn_level, sort_order=order, question=[block]
        )
        prompt = block[1]["prompt"]
        for language in ("ar", "ti"):
            translated = created.copy_for_translation(Locale.objects.get(language_code=language))
            translated.question[0].value["prompt"] = PROMPTS[prompt][language]
            translated.save()
        questions.append(created)
    return {
        "paths": {"premiers": premiers, "later": later},
        "questions": questions,
        "modules": [first_module, later_module],
    }


def form_answer(bound, right):
    """What the plain form posts for `bound`: the right answer, or a wrong one."""
    kind, value = bound.block_type, bound.value
    if kind == "tap":
        if right:
            columns, rows = tap_grid(value["image"])
            column = int((value["target_x"] + value["target_width"] / 2) // (100 / columns))
            row = int((value["target_y"] + value["target_height"] / 2) // (100 / rows))
            return f"{column}-{row}"
        return "0-0"
    if kind in ("single_choice", "image_choice", "drag"):  # a drag task without JavaScript: the tapped picture
        choices = list(value["choices"].bound_blocks)
        return next(choice.id for choice in choices if bool(choice.value["correct"]) == right)
    if kind == "short_answer":
        return "@" if right else "a"
    if kind == "true_false":
        return "true" if bool(value["answer"]) == right else "false"
    raise AssertionError(kind)


class Player:
    """A browser without JavaScript taking the diagnostic in `language`."""

    def __init__(self, language, client=None):
        self.language = language
        self.client = client or Client()
        self.asked = []

    def url(self, name):
        return f"/{self.language}/diagnostic/{name}"

    def start(self):
        return self.client.post(self.url("start/"), follow=True)

    @property
    def state(self):
        return self.client.session.get("diagnostic")

    def current(self):
        """The question on the screen (French DiagnosticQuestion)."""
        key = self.state["pending"]
        return DiagnosticQuestion.objects.get(translation_key=key, locale__language_code="fr")

    def post(self, key, bound, answer, run=None, follow=True, **extra):
        data = {"run": run or self.state["run"], "question": key, f"q-{bound.id}": answer, **extra}
        return self.client.post(self.url("answer/"), data, follow=follow)

    def answer(self, right):
        question = self.current()
        self.asked.append(question)
        return self.post(str(question.translation_key), question.block, form_answer(question.block, right))

    def answer_by_level(self, passes):
        """Answer until the end: right at the levels in `passes`, wrong elsewhere; returns the last response."""
        response = None
        while self.state and not self.state["finished"]:
            response = self.answer(self.current().level in passes)
        return response


def text(response):
    """The page's visible text, tags removed and spaces collapsed."""
    html = response.content.decode()
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html))).strip()
