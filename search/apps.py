from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Multilingual search of the lessons (arrives with the search issue)."""

    name = "search"
    label = "site_search"
    verbose_name = "Recherche"
