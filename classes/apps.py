from django.apps import AppConfig


class ClassesConfig(AppConfig):
    """Trainers' classes (« groupes »): learners who join with a code, their cards, what the class is asked to do."""

    name = "classes"
    verbose_name = "Groupes"
    default_auto_field = "django.db.models.BigAutoField"
