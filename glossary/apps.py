from django.apps import AppConfig


class GlossaryConfig(AppConfig):
    """The glossary: words of the lessons with an easy definition and audio, marked in the step texts."""

    name = "glossary"
    verbose_name = "Glossaire"
