"""`python manage.py load_demo`: the locales, the page tree in every language, an administrator and the
demo content (demo/content/*.toml, translated by demo/locale/<lang>/*.po). Idempotent: running it again
changes nothing that is already there."""

from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Page

from courses.models import HomePage
from demo.loader import Demo, create_admin


class Command(BaseCommand):
    help = "Charge le contenu de démonstration (idempotent) et crée un compte administrateur."

    @transaction.atomic
    def handle(self, *args, **options):
        demo = Demo(log=self.stdout.write)
        home_fr = demo.load()
        if demo.misses:
            self.stderr.write(
                f"{len(demo.misses)} demo strings have no translation and stay in French, e.g. {demo.misses[:3]}"
            )
        username, password, created = create_admin()
        self.stdout.write(self.style.SUCCESS(f"Demo content ready: {Page.objects.type(HomePage).count()} home pages."))
        self.stdout.write(f"Site: {home_fr.full_url}")
        if created:
            self.stdout.write(f"Admin: /admin/ — user {username!r}, password {password!r}")
        else:
            self.stdout.write(f"Admin: /admin/ — user {username!r} (already existed, password unchanged)")
