"""The glossary: words of the lessons with an easy definition, translated like pages, with audio."""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin

from core.audio import check_audio_document


class GlossaryTerm(TranslatableMixin, models.Model):
    """A word learners meet in the lessons ("la souris"); marked in the step texts, tap to see it explained."""

    term = models.CharField(
        "mot",
        max_length=80,
        help_text="Tel qu'il est écrit dans les leçons, avec l'article : « la souris ». Le traducteur écrit le mot "
        "utilisé dans les leçons de sa langue.",
    )
    definition = models.CharField(
        "explication", max_length=300, help_text="Une ou deux phrases faciles. Exemple : « Le petit appareil… »"
    )
    audio = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="prononciation (audio)",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Court (Opus ou AAC). Chaque langue peut avoir la sienne.",
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="image (facultatif)",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(auto_now=True)

    panels = [FieldPanel("term"), FieldPanel("definition"), FieldPanel("audio"), FieldPanel("image")]

    class Meta(TranslatableMixin.Meta):
        # Created under the content app's label (courses/migrations/0006): the table, content type and
        # permissions keep their names, so no data migration was needed to give the glossary its own app.
        app_label = "courses"
        verbose_name = "mot du glossaire"
        verbose_name_plural = "glossaire"

    def __str__(self):
        return self.term

    def clean(self):
        super().clean()
        if self.audio_id:
            try:
                check_audio_document(self.audio)
            except ValidationError as error:
                raise ValidationError({"audio": error.messages}) from None
