from django.apps import AppConfig
from wagtail.signals import page_published, page_unpublished


class SearchConfig(AppConfig):
    """Multilingual search of the lessons: our own index, the same on SQLite and PostgreSQL."""

    name = "search"
    label = "site_search"
    verbose_name = "Recherche"

    def ready(self):
        # The indexing module imports page models: only once the app registry is ready.
        from search.indexing import index_page, remove_page

        # Published or unpublished in any language: that language's entries follow at once.
        page_published.connect(lambda sender, instance, **kwargs: index_page(instance), weak=False)
        page_unpublished.connect(lambda sender, instance, **kwargs: remove_page(instance), weak=False)
        # Deleted pages take their entries with them (foreign key cascade).
