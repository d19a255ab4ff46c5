"""Translatable settings of the site: who runs it and how to reach them."""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin


class OrganisationSettings(TranslatableMixin, models.Model):
    """Who runs the site (name, logo, contact), translatable like the pages: one record per language."""

    name = models.CharField(
        "nom de la structure", max_length=120, help_text="Exemple : AIR 77 – Groupe SOS Solidarités."
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="logo",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Image carrée ou horizontale, avec un texte alternatif.",
    )
    contact_text = models.CharField(
        "contact (texte)",
        max_length=255,
        blank=True,
        help_text="Une phrase simple : qui contacter et quand. Exemple : « Posez vos questions à votre conseiller. »",
    )
    contact_email = models.EmailField("adresse électronique de contact", blank=True)
    contact_phone = models.CharField("téléphone de contact", max_length=30, blank=True)
    address = models.CharField("adresse postale", max_length=255, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [
                FieldPanel("contact_text"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("address"),
            ],
            heading="Contact",
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "réglages de la structure"
        verbose_name_plural = "réglages de la structure"

    def __str__(self):
        return self.name

    @classmethod
    def for_current_language(cls):
        """The record in the active language, else the French one, else None."""
        wanted = [get_language(), settings.LANGUAGE_CODE]
        records = {
            record.locale.language_code: record
            for record in cls.objects.select_related("locale", "logo").filter(locale__language_code__in=wanted)
        }
        return records.get(wanted[0]) or records.get(wanted[1])
