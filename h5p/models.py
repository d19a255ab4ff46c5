"""H5P interactive activities: packages uploaded by trainers, extracted to storage, played in isolation."""

from django import forms
from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel

from h5p import validation


class H5PLibrary(models.Model):
    """An H5P library version known to the site. Only administrators bring new ones (they run code)."""

    machine_name = models.CharField(max_length=120)
    major = models.PositiveSmallIntegerField()
    minor = models.PositiveSmallIntegerField()
    patch = models.PositiveSmallIntegerField()
    added_at = models.DateTimeField(default=timezone.now)

    class Meta:
        app_label = "courses"  # see H5PPackage.Meta
        verbose_name = "bibliothèque H5P"
        verbose_name_plural = "bibliothèques H5P"
        constraints = [
            models.UniqueConstraint(fields=["machine_name", "major", "minor", "patch"], name="one_library_version")
        ]
        permissions = [("import_h5p_library", "Peut importer des paquets H5P qui apportent de nouvelles bibliothèques")]

    def __str__(self):
        return f"{self.machine_name} {self.major}.{self.minor}.{self.patch}"


def may_add_libraries(user):
    return user is not None and (user.is_superuser or user.has_perm("courses.import_h5p_library"))


def unknown_libraries(libraries):
    known = set(H5PLibrary.objects.values_list("machine_name", "major", "minor", "patch"))
    return [
        library
        for library in libraries
        if (library.machine_name, library.major, library.minor, library.patch) not in known
    ]


class H5PPackageForm(WagtailAdminModelForm):
    """Upload form: the .h5p file is validated completely before anything is written."""

    upload = forms.FileField(
        label="Fichier H5P (.h5p)",
        required=False,
        help_text="Une activité exportée d'un site H5P, avec ses bibliothèques. 300 Mo au plus une fois décompressée.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.instance.pk:
            self.fields["upload"].required = True
        self.fields["title"].required = False

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if not upload:
            return upload
        try:
            info = validation.validate(upload)
        except validation.H5PPackageError as error:
            raise forms.ValidationError(str(error)) from None
        new = unknown_libraries(info.libraries)
        if new and not may_add_libraries(getattr(self, "for_user", None)):
            names = ", ".join(f"{library.machine_name} {library.version}" for library in new[:5])
            raise forms.ValidationError(
                f"Ce paquet apporte des bibliothèques H5P nouvelles ou mises à jour ({names}). Elles contiennent du "
                "code : seul un administrateur peut les importer. Demandez-lui, ou choisissez un paquet qui utilise "
                "les bibliothèques déjà installées."
            )
        upload.seek(0)
        self.package_info = info
        return upload

    def save(self, commit=True):
        upload = self.cleaned_data.get("upload")
        if upload:
            import_into(
                self.instance,
                upload,
                title=self.cleaned_data.get("title"),
                user=getattr(self, "for_user", None),
                info=self.package_info,
                allow_new_libraries=True,  # checked in clean_upload
            )
            return self.instance
        return super().save(commit=commit)


class H5PPackage(models.Model):
    """One H5P activity (a .h5p file), extracted to storage and played in a sandboxed frame."""

    title = models.CharField("titre", max_length=255, blank=True, help_text="Par défaut, le titre du paquet.")
    folder = models.CharField(max_length=120, editable=False)
    main_library = models.CharField("type d'activité", max_length=120, editable=False)
    language = models.CharField("langue du contenu", max_length=16, blank=True, editable=False)
    size = models.PositiveBigIntegerField("taille (octets)", default=0, editable=False)
    files = models.PositiveIntegerField("fichiers", default=0, editable=False)
    libraries = models.JSONField(default=list, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, editable=False, related_name="+"
    )
    uploaded_at = models.DateTimeField(default=timezone.now, editable=False)

    base_form_class = H5PPackageForm
    panels = [FieldPanel("upload"), FieldPanel("title")]

    class Meta:
        # Created under the content app's label (courses/migrations/0004): the tables, content types and
        # permissions keep their names, so no data migration was needed to give H5P its own app.
        app_label = "courses"
        verbose_name = "activité H5P"
        verbose_name_plural = "activités H5P"

    def __str__(self):
        return self.title or self.main_library

    def file_path(self, name):
        return f"{self.folder}/{name}"


def import_into(package, fileobj, title=None, user=None, allow_new_libraries=False, info=None):
    """Validate, extract and register a package (a new one, or a new file for an existing one).

    Raises validation.H5PPackageError (nothing written) or PermissionError for new libraries without the right.
    """
    if info is None:
        info = validation.validate(fileobj)
    new = unknown_libraries(info.libraries)
    if new and not (allow_new_libraries or may_add_libraries(user)):
        raise PermissionError(
            "Ce paquet apporte de nouvelles bibliothèques H5P : seul un administrateur peut l'importer."
        )
    fileobj.seek(0)
    folder, info = validation.extract(fileobj, info=info)
    old_folder = package.folder if package.pk else None
    try:
        with transaction.atomic():
            for library in new:
                H5PLibrary.objects.get_or_create(
                    machine_name=library.machine_name, major=library.major, minor=library.minor, patch=library.patch
                )
            package.title = (title or "").strip() or info.title
            package.folder = folder
            package.main_library = info.main_library
            package.language = info.language
            package.size = info.size
            package.files = info.files
            package.libraries = [f"{library.machine_name} {library.version}" for library in info.libraries]
            if user is not None and package.uploaded_by_id is None:
                package.uploaded_by = user
            package.save()
    except BaseException:
        validation.delete_folder(folder)
        raise
    if old_folder:
        transaction.on_commit(lambda: validation.delete_folder(old_folder))
    return package
