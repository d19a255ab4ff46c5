from django.apps import AppConfig


class H5PConfig(AppConfig):
    """H5P activities: validated imports, storage, and the sandboxed player."""

    name = "h5p"
    verbose_name = "Activités H5P"
