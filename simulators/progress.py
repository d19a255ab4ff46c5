"""Where a learner stands in each exercise: done, or stuck at step N of a simulation or level N of a trainer."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from simulators.models import PracticeResult, SimulationPage
from simulators.trainers import KEYBOARD_LEVELS, MOUSE_LEVELS

TRAINER_LEVELS = {"mouse": len(MOUSE_LEVELS), "keyboard": len(KEYBOARD_LEVELS)}


def trainers():
    """The trainers: {name: (title in the current language, url)}."""
    return {
        "mouse": (_("Mouse trainer"), reverse("simulators:mouse")),
        "keyboard": (_("AZERTY keyboard trainer"), reverse("simulators:keyboard")),
    }


@dataclass
class Standing:
    """A learner's standing in one exercise."""

    exercise: str
    title: str
    url: str
    done: int
    total: int
    stuck_at: int | None  # the first step not yet succeeded (1-based), None when every step is done
    stuck_title: str = ""
    trainer: bool = False  # a trainer counts levels, a simulation steps

    @property
    def finished(self):
        return self.stuck_at is None


def simulations(language=None):
    """The live simulations in `language`, with the French ones that have no translation in it."""
    language = language or get_language()
    pages = list(SimulationPage.objects.live().filter(locale__language_code=language).order_by("path"))
    keys = {page.translation_key for page in pages}
    if language != settings.LANGUAGE_CODE:
        french = SimulationPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE).order_by("path")
        pages += [page for page in french if page.translation_key not in keys]
    return pages


def url_in_language(page, language=None):
    """The simulation's address in `language`: an untranslated one opens in French inside that language's
    pages (their banner and menus), through the home page's fallback to French."""
    language = language or get_language()
    return page.url if page.locale.language_code == language else f"/{language}/{page.slug}/"


def _succeeded(learner):
    by_exercise = {}
    for exercise, step in PracticeResult.objects.filter(learner=learner, succeeded=True).values_list(
        "exercise", "step"
    ):
        by_exercise.setdefault(exercise, set()).add(step)
    return by_exercise


def standings(learner, pages):
    """The learner's standing in each simulation of `pages` they started, then in each trainer they started."""
    if learner is None:
        return []
    succeeded = _succeeded(learner)
    result = []
    for page in pages:
        done_ids = succeeded.get(page.exercise_key)
        if not done_ids:
            continue
        step_ids = [block.id for block in page.steps]
        stuck = next((index for index, step_id in enumerate(step_ids, start=1) if step_id not in done_ids), None)
        result.append(
            Standing(
                exercise=page.exercise_key,
                title=page.title,
                url=url_in_language(page),
                done=len(done_ids & set(step_ids)),
                total=len(step_ids),
                stuck_at=stuck,
                stuck_title=page.steps[stuck - 1].value["title"] if stuck else "",
            )
        )
    for name, (title, url) in trainers().items():
        done_levels = succeeded.get(name)
        if not done_levels:
            continue
        total = TRAINER_LEVELS[name]
        levels = [str(level) for level in range(1, total + 1)]
        stuck = next((index for index, level in enumerate(levels, start=1) if level not in done_levels), None)
        result.append(
            Standing(
                exercise=name,
                title=title,
                url=url,
                done=len(done_levels & set(levels)),
                total=total,
                stuck_at=stuck,
                trainer=True,
            )
        )
    return result
