"""`python manage.py load_demo`: the locales, the page tree in every language, an administrator and the
demo content. Idempotent: running it again changes nothing that is already there."""

import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale, Page, Site

from courses.demo import home
from courses.demo.lessons import load_lessons
from courses.demo.translate import translate
from courses.models import HomePage, OrganisationSettings


class Command(BaseCommand):
    help = "Charge le contenu de démonstration (idempotent) et crée un compte administrateur."

    @transaction.atomic
    def handle(self, *args, **options):
        locales = self.create_locales()
        home_fr = self.create_home(locales)
        self.create_organisation(locales)
        misses = load_lessons(home_fr, locales, self.stdout.write)
        if misses:
            self.stderr.write(f"{len(misses)} demo strings have no translation and stay in French, e.g. {misses[:3]}")
        username, password, created = self.create_admin()
        self.stdout.write(self.style.SUCCESS(f"Demo content ready: {Page.objects.type(HomePage).count()} home pages."))
        self.stdout.write(f"Site: {home_fr.full_url}")
        if created:
            self.stdout.write(f"Admin: /admin/ — user {username!r}, password {password!r}")
        else:
            self.stdout.write(f"Admin: /admin/ — user {username!r} (already existed, password unchanged)")

    def create_locales(self):
        locales = {}
        for code, _name in settings.LANGUAGES:
            locales[code], _created = Locale.objects.get_or_create(language_code=code)
        return locales

    def create_home(self, locales):
        root = Page.get_first_root_node()
        french = locales[settings.LANGUAGE_CODE]
        home_fr = HomePage.objects.filter(locale=french).first()
        if home_fr is None:
            # Wagtail's initial migration creates a "Welcome" page; the portal replaces it.
            for welcome in root.get_children().exact_type(Page):
                welcome.delete()
            home_fr = HomePage(slug="accueil", locale=french, **home.HOME_FR)
            root.add_child(instance=home_fr)
            home_fr.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        site.root_page = home_fr
        site.hostname = site.hostname or "localhost"
        site.port = site.port or 80
        site.site_name = "Numerik'AIR"
        site.save()
        for code, strings in home.HOME_TRANSLATIONS.items():
            if not HomePage.objects.filter(locale=locales[code], translation_key=home_fr.translation_key).exists():
                translate(home_fr, locales[code], strings)
        return home_fr

    def create_organisation(self, locales):
        french = locales[settings.LANGUAGE_CODE]
        organisation = OrganisationSettings.objects.filter(locale=french).first()
        if organisation is None:
            organisation = OrganisationSettings.objects.create(locale=french, **home.ORGANISATION_FR)
        for code, strings in home.ORGANISATION_TRANSLATIONS.items():
            if not OrganisationSettings.objects.filter(
                locale=locales[code], translation_key=organisation.translation_key
            ).exists():
                translate(organisation, locales[code], strings)

    def create_admin(self):
        username = os.environ.get("DEMO_ADMIN_USERNAME", "admin")
        password = os.environ.get("DEMO_ADMIN_PASSWORD", "numerikair-demo")
        user_model = get_user_model()
        user, created = user_model.objects.get_or_create(
            username=username, defaults={"is_staff": True, "is_superuser": True, "first_name": "Admin"}
        )
        if created:
            user.set_password(password)
            user.save()
        return username, password, created
