"""The digital-skills framework: the CRCN (cadre de référence des compétences numériques, the one Pix
certifies), 5 domains and 16 competences, as translatable snippets.

The programme teaches the first two of its eight levels (« novice »): a module tagged « Débutant » teaches
level 1 of its competences, « Intermédiaire » level 2 (`ModulePage.crcn_level`).
"""

from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

# The CRCN levels this programme teaches. The framework has 8 levels in 4 degrees (novice 1-2,
# indépendant 3-4, avancé 5-6, expert 7-8); Numerik'AIR stops at the end of « novice ».
TAUGHT_LEVELS = [1, 2]
LEVEL_OF_MODULE = {"debutant": 1, "intermediaire": 2}


def in_source_language():
    """Modules and questions point at the French competences (the same in every translation)."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


class CompetenceDomain(TranslatableMixin, index.Indexed, models.Model):
    """One of the 5 domains of the CRCN, e.g. « 1. Information et données »."""

    number = models.PositiveSmallIntegerField("numéro", help_text="De 1 à 5, comme dans le CRCN.")
    name = models.CharField("nom", max_length=120)

    panels = [FieldPanel("number"), FieldPanel("name")]
    search_fields = [index.SearchField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "domaine de compétences"
        verbose_name_plural = "domaines de compétences"
        ordering = ["number"]

    def __str__(self):
        return f"{self.number}. {self.name}"


class Competence(TranslatableMixin, index.Indexed, models.Model):
    """One of the 16 competences of the CRCN, e.g. « 2.1 Interagir »; modules and questions refer to it."""

    domain = models.ForeignKey(
        CompetenceDomain, verbose_name="domaine", on_delete=models.PROTECT, related_name="competences"
    )
    code = models.CharField("code", max_length=8, help_text="Le numéro du CRCN, par exemple « 2.1 ».")
    name = models.CharField("nom", max_length=160)
    pictogram = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="pictogramme",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Un dessin simple, montré aux apprenants à côté du nom.",
    )

    panels = [FieldPanel("domain"), FieldPanel("code"), FieldPanel("name"), FieldPanel("pictogram")]
    # Translators translate the name only; the code and the domain are the framework's, the same everywhere.
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("code"),
        SynchronizedField("domain"),
        SynchronizedField("pictogram"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("code"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "compétence"
        verbose_name_plural = "compétences"
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} {self.name}"

    def in_language(self, locale):
        """This competence in `locale` when translated, else itself (the French)."""
        return self.get_translation_or_none(locale) or self
