from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Multilingual search of the lessons (arrives with the search issue)."""

    name = "search"
    label = "site_search"
    verbose_name = "Recherche"

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from search.indexing import index_page, remove_page

        # Published or unpublished in any language: that language's entries follow at once.
        page_published.connect(lambda sender, instance, **kwargs: index_page(instance), weak=False)
        page_unpublished.connect(lambda sender, instance, **kwargs: remove_page(instance), weak=False)
        # Deleted pages take their entries with them (foreign key cascade).
