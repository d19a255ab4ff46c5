"""Import an H5P package (.h5p) from the command line, through the same validator as the admin upload."""

from django.core.management.base import BaseCommand, CommandError

from h5p.models import H5PPackage, import_into
from h5p.validation import H5PPackageError, validate


class Command(BaseCommand):
    help = "Valide puis importe un paquet H5P (.h5p). Rien n'est écrit si le paquet est refusé."

    def add_arguments(self, parser):
        parser.add_argument("file", help="le fichier .h5p")
        parser.add_argument("--title", default="", help="titre (par défaut, celui du paquet)")
        parser.add_argument(
            "--allow-new-libraries",
            action="store_true",
            help=(
                "en administrateur : accepter les bibliothèques H5P encore inconnues du site (elles contiennent du "
                "code) et enregistrer l'empreinte de celles installées avant qu'elle ne soit gardée. Une "
                "bibliothèque différente de celle du site sous le même numéro de version reste refusée."
            ),
        )

    def handle(self, *args, **options):
        try:
            with open(options["file"], "rb") as handle:
                info = validate(handle)
                package = import_into(
                    H5PPackage(),
                    handle,
                    title=options["title"],
                    allow_new_libraries=options["allow_new_libraries"],
                    info=info,
                )
        except FileNotFoundError:
            raise CommandError(f"Fichier introuvable : {options['file']}") from None
        except (H5PPackageError, PermissionError) as error:
            raise CommandError(f"Paquet refusé : {error}") from None
        self.stdout.write(
            f"Importé : « {package.title} » ({package.main_library}, {package.files} fichiers, "
            f"{package.size // 1000} Ko), n° {package.pk}."
        )
        if info.ignored:
            self.stdout.write(f"Ignoré (à la racine du paquet, comme le fait H5P) : {', '.join(info.ignored[:10])}.")
