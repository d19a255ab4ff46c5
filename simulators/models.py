"""A simulation page (a plainly fake copy of a public-service site, step by step) and the practice results.

A result says only whether a learner succeeded at one step of one exercise: never what they typed.
Exercises are keyed like the lessons' progress: a simulation by its `translation_key` (the same in every
language), a trainer by its name ("mouse", "keyboard").
"""

from django.db import IntegrityError, models, transaction
from django.dispatch import receiver
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.translation import french_version
from learners.identity import learner_merging, with_learner
from simulators.blocks import SimulationStreamBlock
from simulators.simulation import build_steps, step_number


class PracticeResult(models.Model):
    """Whether one learner succeeded at one step of one exercise. One row per step: replays change nothing."""

    learner = models.ForeignKey("learners.Learner", on_delete=models.CASCADE, related_name="practice_results")
    exercise = models.CharField("exercice", max_length=64)  # a simulation's translation_key, or "mouse"/"keyboard"
    step = models.CharField("étape", max_length=64)  # a simulation step's block id, or a trainer's level number
    succeeded = models.BooleanField("réussie", default=False)
    mistakes = models.PositiveSmallIntegerField("erreurs", null=True, blank=True)  # the fewest, for trainers
    first_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "résultat d'entraînement"
        verbose_name_plural = "résultats d'entraînement"
        constraints = [
            models.UniqueConstraint(fields=["learner", "exercise", "step"], name="one_practice_result_per_step")
        ]

    def __str__(self):
        return f"{self.exercise} {self.step}: {'ok' if self.succeeded else '…'}"

    @classmethod
    def record(cls, learner, exercise, step, succeeded=True, mistakes=None):
        """Store one step's outcome, idempotently: a success is never undone, the fewest mistakes are kept,
        and a replay or a step sent out of order updates the same single row."""
        now = timezone.now()
        try:
            with transaction.atomic():
                row, created = cls.objects.select_for_update().get_or_create(
                    learner=learner,
                    exercise=exercise,
                    step=str(step),
                    defaults={"succeeded": succeeded, "mistakes": mistakes, "first_at": now, "updated_at": now},
                )
        except IntegrityError:  # the same step sent twice at once: the other request created the row
            row, created = cls.objects.get(learner=learner, exercise=exercise, step=str(step)), False
        if created:
            return row
        changed = False
        if succeeded and not row.succeeded:
            row.succeeded, changed = True, True
        if mistakes is not None and (row.mistakes is None or mistakes < row.mistakes):
            row.mistakes, changed = mistakes, True
        if changed:
            row.updated_at = now
            row.save(update_fields=["succeeded", "mistakes", "updated_at"])
        return row


@receiver(learner_merging)
def _move_practice_results(sender, kept, other, **kwargs):
    """Practice done before signing in (or on a merged card) joins `kept`: a success is never lost."""
    for row in PracticeResult.objects.filter(learner=other):
        PracticeResult.record(kept, row.exercise, row.step, succeeded=row.succeeded, mistakes=row.mistakes)


class SimulationPage(Page):
    """A simulation: the screens of a fake site, one step at a time, checked in the learner's browser."""

    fake_site_name = models.CharField(
        "nom du faux site",
        max_length=80,
        help_text="Un nom inventé, qui ne copie pas le vrai : « Espace emploi (exercice) ». Aucun vrai logo.",
    )
    intro = models.TextField(
        "présentation",
        max_length=400,
        help_text="Une ou deux phrases faciles : ce que l'apprenant va s'entraîner à faire.",
    )
    steps = StreamField(SimulationStreamBlock(), verbose_name="étapes")

    content_panels = [*Page.content_panels, FieldPanel("fake_site_name"), FieldPanel("intro"), FieldPanel("steps")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["courses.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = "simulation"
        verbose_name_plural = "simulations"

    @property
    def exercise_key(self):
        return str(self.translation_key)

    def screen_steps(self):
        french = french_version(self)
        return build_steps(self, french if french is not None and french.pk != self.pk else None)

    def serve(self, request, *args, **kwargs):
        """GET shows one step (?step=N). POST carries only the step number and the button pressed — the
        fields on the screen have no name, so nothing typed is ever sent — and records a success."""
        steps = self.screen_steps()
        total = len(steps)
        source = request.POST if request.method == "POST" else request.GET
        number = step_number(source.get("step"), total)
        wrong = False
        if request.method == "POST" and number <= total:
            step = steps[number - 1]
            if step.expected_id and request.POST.get("choice") == step.expected_id:
                # The learner (and its session) is stored only with the success it came for.
                with_learner(request, lambda learner: PracticeResult.record(learner, self.exercise_key, step.id))
                return HttpResponseRedirect(f"{request.path}?step={number + 1}&after={number}")
            wrong = True
        after = step_number(request.GET.get("after"), total) if request.GET.get("after") else None
        context = self.get_context(request, *args, **kwargs)
        context.update(
            {
                "steps": steps,
                "total": total,
                "step": steps[number - 1] if number <= total else None,
                "finished": number > total,
                "previous": steps[after - 1] if after and after <= total else None,
                "wrong": wrong,
            }
        )
        return TemplateResponse(request, self.get_template(request, *args, **kwargs), context)
