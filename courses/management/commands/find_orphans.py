"""Files under MEDIA_ROOT that no row refers to, and rows whose file is missing or empty (a full disk or a
crash during an upload can leave either). Reports them; `--delete` removes them."""

from datetime import timedelta

from django.apps import apps
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand
from django.db.models import FileField
from django.utils import timezone

from core.storage import is_temporary
from h5p.models import H5PPackage
from h5p.validation import STORAGE_ROOT, delete_folder


def stored_files(storage, folder=""):
    """Every file in the storage, by name relative to its root."""
    try:
        directories, files = storage.listdir(folder)
    except FileNotFoundError:
        return
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for directory in directories:
        yield from stored_files(storage, f"{folder}/{directory}" if folder else directory)


def file_fields():
    """(model, field) for every file field of every installed model (each field once, on the model that has it)."""
    for model in apps.get_models():
        if model._meta.proxy:
            continue
        for field in model._meta.concrete_fields:
            if isinstance(field, FileField) and field.model is model:
                yield model, field


def _size(storage, name):
    try:
        return storage.size(name)
    except (FileNotFoundError, NotADirectoryError):
        return None


class Orphans:
    """What find_orphans found: files without a row, and rows without their file."""

    def __init__(self, storage=None):
        self.storage = storage or default_storage
        self.files = []  # names
        self.rows = []  # (instance, its file field or None for an H5P package, what is wrong in French)

    def find(self):
        referenced = set()
        for model, field in file_fields():
            rows = model._base_manager.exclude(**{field.name: ""}).exclude(**{f"{field.name}__isnull": True})
            for instance in rows.only("pk", field.name).iterator():
                stored = getattr(instance, field.attname)
                name = stored.name if hasattr(stored, "name") else str(stored)
                referenced.add(name)
                size = _size(field.storage, name)
                if not size:
                    self.rows.append((instance, field, f"{field.name} = {name} ({'vide' if size == 0 else 'absent'})"))
        folders = set()
        for package in H5PPackage.objects.only("pk", "folder").iterator():
            folders.add(package.folder)
            if not _size(self.storage, f"{package.folder}/h5p.json"):
                self.rows.append((package, None, f"dossier {package.folder} sans h5p.json (absent ou vide)"))
        for name in stored_files(self.storage):
            in_package = name.startswith(f"{STORAGE_ROOT}/") and "/".join(name.split("/")[:2]) in folders
            if name not in referenced and not in_package:
                self.files.append(name)
        return self

    def old_enough(self, name, min_age):
        """Files written a moment ago may belong to an upload still running: left alone."""
        try:
            return self.storage.get_modified_time(name) <= timezone.now() - min_age
        except (NotImplementedError, FileNotFoundError):
            return True

    def delete(self, min_age=timedelta(hours=1)):
        """Delete the orphan files (not those written less than `min_age` ago) and the rows; returns counts."""
        files = [name for name in self.files if self.old_enough(name, min_age)]
        for name in files:
            self.storage.delete(name)
        for instance, field, _why in self.rows:
            if field is None:
                delete_folder(instance.folder, self.storage)
            else:
                name = getattr(instance, field.attname).name
                if field.storage.exists(name):
                    field.storage.delete(name)  # an empty file
            instance.delete()
        return len(files), len(self.rows)


class Command(BaseCommand):
    help = (
        "Trouve les fichiers de MEDIA_ROOT qu'aucune ligne ne référence (restes d'un envoi interrompu, disque "
        "plein…) et les lignes dont le fichier manque ou est vide. --delete les supprime."
    )

    def add_arguments(self, parser):
        parser.add_argument("--delete", action="store_true", help="supprimer ces fichiers et ces lignes")
        parser.add_argument(
            "--min-age",
            type=int,
            default=60,
            help="avec --delete, ne pas toucher aux fichiers écrits depuis moins de N minutes (60 par défaut)",
        )

    def handle(self, *args, delete=False, min_age=60, **options):
        orphans = Orphans().find()
        for name in orphans.files:
            kind = "fichier temporaire abandonné" if is_temporary(name) else "fichier sans ligne"
            self.stdout.write(f"{kind} : {name} ({_size(orphans.storage, name)} octets)")
        for instance, _field, why in orphans.rows:
            self.stdout.write(f"ligne sans fichier : {instance._meta.label} #{instance.pk} « {instance} » : {why}")
        if not delete:
            self.stdout.write(
                f"{len(orphans.files)} fichier(s) sans ligne, {len(orphans.rows)} ligne(s) sans fichier. "
                "Relancez avec --delete pour les supprimer."
            )
            return
        files, rows = orphans.delete(timedelta(minutes=min_age))
        self.stdout.write(f"{files} fichier(s) et {rows} ligne(s) supprimé(s).")
        if files < len(orphans.files):
            self.stdout.write(f"{len(orphans.files) - files} fichier(s) trop récent(s) laissé(s) (--min-age).")
