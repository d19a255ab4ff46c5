from django.apps import AppConfig


class LearnersConfig(AppConfig):
    """People: learner cards without email, progress, attempts, groups and attestations."""

    name = "learners"
    verbose_name = "Apprenants"
