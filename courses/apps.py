from django.apps import AppConfig


class CoursesConfig(AppConfig):
    """Learning content: the portal, themes, modules, steps and quizzes."""

    name = "courses"
    verbose_name = "Contenus pédagogiques"
