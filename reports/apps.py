from django.apps import AppConfig


class ReportsConfig(AppConfig):
    """Admin › Rapports: learners', classes' and modules' progress, difficult questions, programme indicators."""

    name = "reports"
    verbose_name = "Rapports"
