from django.apps import AppConfig


class DiagnosticConfig(AppConfig):
    """« Par où commencer ? »: a short spoken, picture-based test that proposes a learning path."""

    name = "diagnostic"
    verbose_name = "Diagnostic"
