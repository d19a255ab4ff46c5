"""What purges the page cache (courses.page_cache): a page published, unpublished, moved or deleted (a
translation published in wagtail-localize is a page published), a glossary word changed, a setting changed,
a view restriction added or removed.
Navigation lists pages on other pages (home, theme, path, language links), so every stored page goes."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from courses import page_cache
from courses.models import OrganisationSettings
from glossary.models import GlossaryTerm


def _purge_pages(sender, **kwargs):
    # Now, and again once committed: a request served between the two would have stored the old page.
    page_cache.purge(f"{sender.__name__} changed")
    transaction.on_commit(lambda: page_cache.purge(f"{sender.__name__} committed"))


def _purge_everything(sender, **kwargs):
    # Every page shows these: the local cache and the CDN's copy of every live page.
    page_cache.purge(f"{sender.__name__} changed")

    def purge():
        page_cache.purge(f"{sender.__name__} committed")
        page_cache.purge_frontend()

    transaction.on_commit(purge)


def connect():
    page_published.connect(_purge_pages, dispatch_uid="pagecache-published")
    page_unpublished.connect(_purge_pages, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(_purge_pages, dispatch_uid="pagecache-moved")
    post_delete.connect(_purge_pages, sender=Page, dispatch_uid="pagecache-deleted")
    for model in (GlossaryTerm, OrganisationSettings, PageViewRestriction):
        post_save.connect(_purge_everything, sender=model, dispatch_uid=f"pagecache-save-{model.__name__}")
        post_delete.connect(_purge_everything, sender=model, dispatch_uid=f"pagecache-delete-{model.__name__}")
