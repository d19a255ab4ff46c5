"""The diagnostic's content (questions, the path proposed for each level) and its results.

Questions are translatable snippets: each holds one quiz question (quiz.blocks, tagged with the competence it
checks) and the diagnostic level it belongs to. A question is named by its `translation_key`, the same in
every language, so an answer given in Tigrinya is graded against the same question as in French. Results
belong to a learner (deleted with them) and are keyed by the run's id, so a replayed diagnostic is stored
once.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.dispatch import receiver
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index

from diagnostic.blocks import DiagnosticStreamBlock
from learners.identity import learner_merging

MAX_LEVEL = 9


class DiagnosticQuestion(TranslatableMixin, index.Indexed, models.Model):
    """One question of the diagnostic: a picture or a small task, at one level of difficulty."""

    level = models.PositiveSmallIntegerField(
        "palier",
        validators=[MinValueValidator(1), MaxValueValidator(MAX_LEVEL)],
        help_text=(
            "1 = la souris et l'écran (les tout premiers gestes), puis de plus en plus difficile. Le diagnostic "
            "cherche le palier de l'apprenant en posant 2 ou 3 questions d'un palier."
        ),
    )
    crcn_level = models.PositiveSmallIntegerField(
        "niveau CRCN vérifié",
        choices=[(1, "Niveau 1"), (2, "Niveau 2")],
        default=1,
        help_text="Le niveau du référentiel qu'une bonne réponse montre, dans la compétence de la question.",
    )
    sort_order = models.PositiveSmallIntegerField("ordre dans le palier", default=0)
    question = StreamField(
        DiagnosticStreamBlock(),
        verbose_name="question",
        min_num=1,
        max_num=1,
        help_text="Une seule question : une image à toucher, un endroit à toucher, un mot à écrire… Choisissez "
        "la compétence qu'elle vérifie.",
    )

    panels = [FieldPanel("level"), FieldPanel("crcn_level"), FieldPanel("sort_order"), FieldPanel("question")]
    search_fields = [index.SearchField("question"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "question du diagnostic"
        verbose_name_plural = "questions du diagnostic"
        ordering = ["level", "sort_order", "pk"]

    def __str__(self):
        bound = self.block
        prompt = bound.value["prompt"] if bound else "—"
        return f"Palier {self.level} · {prompt}"

    @property
    def block(self):
        """The question's bound block (None if a trainer emptied it)."""
        return self.question[0] if len(self.question) else None

    @property
    def competence(self):
        bound = self.block
        return bound.value.get("competence") if bound else None


class DiagnosticOutcome(models.Model):
    """Which learning path the diagnostic proposes from a level on (the highest level reached wins)."""

    from_level = models.PositiveSmallIntegerField(
        "à partir du palier",
        unique=True,
        validators=[MaxValueValidator(MAX_LEVEL)],
        help_text="0 = l'apprenant ne réussit pas le premier palier (la souris) : proposez les premiers pas.",
    )
    path = models.ForeignKey(
        "courses.LearningPathPage",
        verbose_name="parcours proposé",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="Le parcours en français : l'apprenant le voit dans sa langue quand il est traduit.",
    )

    panels = [FieldPanel("from_level"), FieldPanel("path")]

    class Meta:
        verbose_name = "parcours proposé"
        verbose_name_plural = "parcours proposés"
        ordering = ["from_level"]

    def __str__(self):
        return f"Palier {self.from_level} et plus → {self.path.title}"


class DiagnosticResult(models.Model):
    """A finished diagnostic of a learner with a card: the level, each competence's level, the path."""

    learner = models.ForeignKey("learners.Learner", on_delete=models.CASCADE, related_name="diagnostics")
    run = models.UUIDField("passage", unique=True)
    language = models.CharField("langue", max_length=8, blank=True)
    level = models.PositiveSmallIntegerField("palier atteint")
    # {"<competence code>": CRCN level reached (0 = not yet)}, for the competences the diagnostic checks.
    competences = models.JSONField("compétences", default=dict)
    # [{"question": translation key, "level": n, "correct": bool}], in the order asked.
    answers = models.JSONField("réponses", default=list)
    path_key = models.UUIDField("parcours proposé (translation_key)", null=True, blank=True)
    started_at = models.DateTimeField("commencé le", default=timezone.now)
    finished_at = models.DateTimeField("terminé le", default=timezone.now)

    class Meta:
        verbose_name = "résultat de diagnostic"
        verbose_name_plural = "résultats de diagnostic"
        indexes = [models.Index(fields=["learner", "finished_at"])]

    def __str__(self):
        return f"{self.learner} – palier {self.level} ({self.finished_at:%d/%m/%Y})"


@receiver(learner_merging)
def _move_diagnostics(sender, kept, other, **kwargs):
    """Diagnostics of a merged card stay with the person, for the trainer's pre/post comparison."""
    DiagnosticResult.objects.filter(learner=other).update(learner=kept)
