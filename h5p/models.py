"""H5P interactive activities: packages uploaded by trainers, extracted to storage, played in isolation."""

from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel

from h5p import validation


class H5PLibrary(models.Model):
    """An H5P library version known to the site. Only administrators bring new ones (they run code).

    `content_hash` is the hash of the library folder's files (validation.library_hash) as an administrator
    imported it: a package carrying other files under the same name and version is refused to everyone (a
    version must not change under the same number). Rows installed before the hash was kept have it empty:
    the first package that an administrator imports afterwards records it; until then, a trainer's package
    that uses that library needs an administrator.
    """

    machine_name = models.CharField(max_length=120)
    major = models.PositiveSmallIntegerField()
    minor = models.PositiveSmallIntegerField()
    patch = models.PositiveSmallIntegerField()
    content_hash = models.CharField("empreinte du code", max_length=64, blank=True, default="", editable=False)
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


@dataclass
class LibraryReview:
    """A package's libraries compared with the site's, by name, version and content hash."""

    new: list = field(default_factory=list)  # a name and version the site does not know: new code
    unverified: list = field(default_factory=list)  # known, but installed before hashes were kept
    changed: list = field(default_factory=list)  # known, with other files under the same version
    rows: dict = field(default_factory=dict)  # (name, major, minor, patch) -> H5PLibrary


def review_libraries(libraries, lock=False):
    rows = H5PLibrary.objects.filter(machine_name__in={library.machine_name for library in libraries})
    if lock:
        rows = rows.select_for_update()
    review = LibraryReview(rows={(row.machine_name, row.major, row.minor, row.patch): row for row in rows})
    for library in libraries:
        row = review.rows.get(library.key)
        if row is None:
            review.new.append(library)
        elif not row.content_hash:
            review.unverified.append(library)
        elif row.content_hash != library.content_hash:
            review.changed.append(library)
    return review


def _names(libraries):
    return ", ".join(str(library) for library in libraries[:5]) + (" …" if len(libraries) > 5 else "")


def library_refusal(review, may_add):
    """Why this user may not import a package with these libraries (in French), or None."""
    if review.changed:
        one = len(review.changed) == 1
        start = (
            f"La bibliothèque {_names(review.changed)} de ce paquet est différente de celle du site"
            if one
            else f"Les bibliothèques {_names(review.changed)} de ce paquet sont différentes de celles du site"
        ) + " : même nom, même version, mais d'autres fichiers."
        if may_add:
            return (
                f"{start} Une version ne doit pas changer sous le même numéro : le paquet est refusé, même pour un "
                "administrateur. Si ce code est voulu, donnez-lui un nouveau numéro de version (patchVersion dans "
                "son library.json) ; sinon, exportez l'activité d'un site qui utilise la même version."
            )
        return (
            f"{start} Une bibliothèque contient du code : seul un administrateur peut en apporter, et seulement "
            "sous un nouveau numéro de version. Demandez-lui, ou exportez l'activité d'un site qui utilise la même "
            "version de la bibliothèque."
        )
    if may_add:
        return None
    if review.new:
        return (
            f"Ce paquet apporte des bibliothèques H5P nouvelles ou mises à jour ({_names(review.new)}). Elles "
            "contiennent du code : seul un administrateur peut les importer. Demandez-lui, ou choisissez un paquet "
            "qui utilise les bibliothèques déjà installées."
        )
    if review.unverified:
        return (
            f"Les bibliothèques H5P {_names(review.unverified)} ont été installées avant que le site ne garde "
            "l'empreinte de leur code : il ne peut pas vérifier que ce paquet apporte le même. Seul un "
            "administrateur peut importer ce paquet (l'empreinte sera alors enregistrée) ; ensuite, les paquets "
            "qui utilisent cette même bibliothèque seront acceptés pour tous."
        )
    return None


def _record_libraries(libraries, may_add):
    """Inside the import's transaction: check again with the rows locked, then record new libraries and the
    hashes that were missing. Raises PermissionError."""
    review = review_libraries(libraries, lock=True)
    if refusal := library_refusal(review, may_add):
        raise PermissionError(refusal)
    for library in review.new:
        H5PLibrary.objects.create(
            machine_name=library.machine_name,
            major=library.major,
            minor=library.minor,
            patch=library.patch,
            content_hash=library.content_hash,
        )
    for library in review.unverified:
        row = review.rows[library.key]
        row.content_hash = library.content_hash
        row.save(update_fields=["content_hash"])


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
        refusal = library_refusal(review_libraries(info.libraries), may_add_libraries(getattr(self, "for_user", None)))
        if refusal:
            raise forms.ValidationError(refusal)
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
                info=self.package_info,  # the user's right is checked again, with the rows locked
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

    Raises validation.H5PPackageError or PermissionError (see library_refusal); nothing is written then.
    `allow_new_libraries` is the command line's administrator switch.
    """
    if info is None:
        info = validation.validate(fileobj)
    may_add = allow_new_libraries or may_add_libraries(user)
    if refusal := library_refusal(review_libraries(info.libraries), may_add):
        raise PermissionError(refusal)
    fileobj.seek(0)
    folder, info = validation.extract(fileobj, info=info)
    old_folder = package.folder if package.pk else None
    try:
        with transaction.atomic():
            _record_libraries(info.libraries, may_add)
            package.title = (title or "").strip() or info.title
            package.folder = folder
            package.main_library = info.main_library
            package.language = info.language
            package.size = info.size
            package.files = info.files
            package.libraries = [str(library) for library in info.libraries]
            if user is not None and package.uploaded_by_id is None:
                package.uploaded_by = user
            package.save()
    except BaseException:
        validation.delete_folder(folder)
        raise
    if old_folder:
        transaction.on_commit(lambda: validation.delete_folder(old_folder))
    return package
