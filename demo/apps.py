from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo content (demo/content/*.toml, demo/locale/<lang>/*.po) and the commands that load it."""

    name = "demo"
    label = "demo"
    verbose_name = "Contenu de démonstration"
