"""`python manage.py generate_content --modules N`: synthetic modules for benchmarks (never run by load_demo).

Each module has illustrated steps and a translation in every other language. By default translations are
made with Wagtail's copy_for_translation (fast); `--localize` makes them through wagtail-localize's
records instead, as translators' would be (slower, closer to real use for the translation dashboard).
"""

import io
import time

from django.conf import settings
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Locale
from wagtail.rich_text import RichText

from courses.models import HomePage, ModulePage, ThemePage
from demo.translation import translate

WORDS = [
    "ordinateur",
    "écran",
    "clavier",
    "souris",
    "fenêtre",
    "fichier",
    "dossier",
    "document",
    "message",
    "adresse",
    "mot",
    "de",
    "passe",
    "compte",
    "site",
    "bouton",
    "menu",
    "icône",
    "clé",
    "photo",
    "papier",
    "rendez-vous",
    "courrier",
    "offre",
    "emploi",
    "formation",
]
MODULES_PER_THEME = 50


class Command(BaseCommand):
    help = "Crée N modules synthétiques (avec étapes, images et traductions) pour les mesures de performance."

    def add_arguments(self, parser):
        parser.add_argument("--modules", type=int, required=True, help="Nombre de modules à créer.")
        parser.add_argument("--steps", type=int, default=6, help="Étapes par module (6 par défaut).")
        parser.add_argument(
            "--languages",
            default=",".join(code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE),
            help="Langues des traductions, séparées par des virgules (toutes par défaut).",
        )
        parser.add_argument(
            "--localize", action="store_true", help="Traduire avec les enregistrements de wagtail-localize."
        )

    def handle(self, *args, modules, steps, languages, localize, **options):
        if modules < 1 or steps < 1:
            raise CommandError("--modules et --steps doivent être positifs.")
        home = HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
        if home is None:
            raise CommandError("Lancez d'abord `python manage.py load_demo` (il faut une page d'accueil).")
        locales = [Locale.objects.get_or_create(language_code=code.strip())[0] for code in languages.split(",") if code]
        image = self.image()
        started = time.monotonic()
        existing = ModulePage.objects.filter(locale=home.locale, slug__startswith="synthetique-").count()
        for index in range(existing, existing + modules):
            with transaction.atomic():
                theme = self.theme(home, index // MODULES_PER_THEME, locales, localize)
                module = self.module(theme, index, steps, image)
                for locale in locales:
                    if localize:
                        strings = {text: f"[{locale.language_code}] {text}" for text in self.strings(module)}
                        translate(module, locale, strings)
                    else:
                        self.copy(module, locale)
            if (index + 1 - existing) % 50 == 0:
                self.stdout.write(f"{index + 1 - existing} modules ({time.monotonic() - started:.0f} s)")
        self.stdout.write(
            self.style.SUCCESS(f"{modules} modules × {1 + len(locales)} langues en {time.monotonic() - started:.0f} s.")
        )

    def image(self):
        model = get_image_model()
        image = model.objects.filter(title="synthétique").first()
        if image is None:
            buffer = io.BytesIO()
            PILImage.new("RGB", (1200, 750), (11, 85, 99)).save(buffer, "PNG")
            image = model(title="synthétique")
            image.file.save("synthetique.png", ImageFile(buffer, name="synthetique.png"), save=False)
            image.save()
        return image

    def theme(self, home, number, locales, localize):
        slug = f"synthetique-{number}"
        theme = ThemePage.objects.filter(locale=home.locale, slug=slug).first()
        if theme is None:
            theme = ThemePage(title=f"Thème synthétique {number}", slug=slug, description="Pour les mesures.")
            home.add_child(instance=theme)
            theme.save_revision().publish()
            for locale in locales:
                if localize:
                    translate(theme, locale, {})
                else:
                    self.copy(theme, locale)
        return theme

    def module(self, theme, index, steps, image):
        def words(n, offset):
            return " ".join(WORDS[(index + offset + i) % len(WORDS)] for i in range(n))

        stream = [
            (
                "step",
                {
                    "title": f"Étape {n + 1} : {words(3, n)}",
                    "text": RichText(f"<p>Vous voyez {words(6, n)}.</p><p>Appuyez sur {words(2, n + 3)}.</p>"),
                    "illustration": {"image": image, "alt": f"Illustration : {words(4, n)}"},
                    "audio": None,
                    "video": {"video": None, "captions": None},
                    "callout": {"kind": "tip", "text": ""},
                    "vocabulary": [{"word": WORDS[(index + n) % len(WORDS)], "audio": None}],
                },
            )
            for n in range(steps)
        ]
        module = ModulePage(
            title=f"Module synthétique {index}",
            slug=f"synthetique-{index}",
            objective=f"À la fin, je sais utiliser {words(2, 0)}.",
            steps=stream,
        )
        theme.add_child(instance=module)
        module.save_revision().publish()
        return module

    def strings(self, module):
        texts = [module.title, module.objective]
        for block in module.steps:
            texts += [block.value["title"], block.value["illustration"]["alt"]]
        return texts

    def copy(self, page, locale):
        if page.has_translation(locale):
            return
        translated = page.copy_for_translation(locale, copy_parents=True)
        translated.title = f"[{locale.language_code}] {page.title}"
        translated.save_revision().publish()
