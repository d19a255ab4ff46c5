"""`python manage.py rebuild_search_index`: index every live page again (after an import, say)."""

from django.core.management.base import BaseCommand

from search.indexing import rebuild


class Command(BaseCommand):
    help = "Reconstruit l'index de recherche multilingue."

    def handle(self, *args, **options):
        self.stdout.write(f"{rebuild()} pages indexées.")
