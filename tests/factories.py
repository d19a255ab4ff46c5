"""factory_boy factories for the course pages, and builders of classes' learners (tests and benchmarks)."""

import factory
import wagtail_factories
from wagtail.rich_text import RichText

from classes.joining import join
from classes.models import Membership
from courses.models import HomePage, LearningPathPage, ModulePage, OrganisationSettings, PathModule, ThemePage
from learners.identity import issue_card
from learners.models import Learner, LearnerCard


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Numerik'AIR"
    slug = factory.Sequence(lambda n: f"accueil-{n}")
    tagline = "Le numérique pas à pas, dans ma langue."

    class Meta:
        model = HomePage


class OrganisationSettingsFactory(factory.django.DjangoModelFactory):
    name = "AIR 77"
    contact_text = "Parlez à votre conseiller."

    class Meta:
        model = OrganisationSettings


class ThemePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Thème {n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")
    description = "Une phrase simple."
    colour = "teal"

    class Meta:
        model = ThemePage


def step(title="Allumer l'ordinateur", text="Appuyez sur le bouton rond.", image=None, alt="Le bouton rond.", **extra):
    """The raw value of one step block, as a (block type, value) pair for ModulePage.steps."""
    value = {
        "title": title,
        "text": RichText(f"<p>{text}</p>"),
        "illustration": {"image": image, "alt": alt},
        "audio": extra.get("audio"),
        "video": {"video": None, "captions": None},
        "callout": {"kind": extra.get("callout_kind", "tip"), "text": extra.get("callout", "")},
        "vocabulary": [{"word": word, "audio": None} for word in extra.get("vocabulary", [])],
        "h5p": extra.get("h5p"),
        "simulation": extra.get("simulation"),
    }
    return ("step", value)


class ModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Module {n}")
    slug = factory.Sequence(lambda n: f"module-{n}")
    objective = "À la fin, je sais allumer l'ordinateur."
    duration = 10
    level = "debutant"
    steps = factory.LazyFunction(lambda: [step()])

    class Meta:
        model = ModulePage


class LearningPathPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Parcours {n}")
    slug = factory.Sequence(lambda n: f"parcours-{n}")
    intro = "Pour commencer."
    start_here = True

    class Meta:
        model = LearningPathPage
        skip_postgeneration_save = True

    @factory.post_generation
    def modules(self, create, extracted, **kwargs):
        for index, module in enumerate(extracted or []):
            PathModule.objects.create(path=self, module=module, sort_order=index)


def question(kind, prompt="Quelle est la bonne réponse ?", **fields):
    """The raw value of one quiz question, as a (block type, value) pair for ModulePage.quiz.

    Choices are given as dicts: {"text", "correct", "feedback"} (or {"image", "label", …} for image_choice).
    """
    value = {"prompt": prompt, "image": None, "alt": "", "audio": None}
    if kind in ("single_choice", "multiple_choice", "image_choice"):
        value["choices"] = [
            {"text": "", "label": "", "image": None, "audio": None, "correct": False, "feedback": "", **choice}
            for choice in fields.pop("choices")
        ]
        if kind != "image_choice":
            for choice in value["choices"]:
                choice.pop("label"), choice.pop("image"), choice.pop("audio")
        else:
            for choice in value["choices"]:
                choice.pop("text")
    else:
        value.update(feedback_correct="Bravo.", feedback_wrong="Ce n'est pas ça.")
    value.update(fields)
    return (kind, value)


class LearnerGroupFactory(factory.django.DjangoModelFactory):
    """A class (« groupe ») of the classes app; pass `created_by`."""

    name = factory.Sequence(lambda n: f"Groupe {n}")
    place = "Centre social, Melun"
    languages = factory.LazyFunction(lambda: ["ar", "prs"])

    class Meta:
        model = "classes.LearnerGroup"


def learner_in(group, name="", language="ar", pin="4826"):
    """A learner with a card (PIN `pin`) who joined `group`; returns the learner."""
    learner = Learner.objects.create(display_name=name, language=language)
    issue_card(learner, pin)
    join(group, learner)
    return learner


def add_learners(group, count, languages=("ar",), prefix="CODE", name=""):
    """`count` learners with cards in `group`, written in bulk: the n-th speaks languages[n % len(languages)],
    has the card code `{prefix}-{n:04d}` and the name `name.format(n=n)` (none by default). Returns them."""
    learners = Learner.objects.bulk_create(
        [
            Learner(language=languages[index % len(languages)], display_name=name.format(n=index))
            for index in range(count)
        ]
    )
    LearnerCard.objects.bulk_create(
        [
            LearnerCard(
                learner=learner,
                code=f"{prefix}-{index:04d}",
                pin_hash="x",
                qr_secret=f"{prefix.lower()}-{index}",
                qr_expires_at="2030-01-01T00:00Z",
            )
            for index, learner in enumerate(learners)
        ]
    )
    Membership.objects.bulk_create([Membership(group=group, learner=learner) for learner in learners])
    return learners
