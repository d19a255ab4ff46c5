from django.apps import AppConfig


class SimulatorsConfig(AppConfig):
    """Practice without risk: the mouse and keyboard trainers, and simulations of public-service sites that
    trainers author in Wagtail. Only whether each step succeeded is stored, never what the learner typed."""

    name = "simulators"
    verbose_name = "Simulateurs"
