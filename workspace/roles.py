"""Who may do what in the admin: trainers, one translator group per language, administrators.

Groups and their model permissions are created by a data migration (every install has them). Images and
documents are asked per collection, not per model: each group has its rights on them on the root collection
(every collection is under it), granted by another data migration. Page permissions are per language:
each language has its own home page, and every page of that language lives under it, so a group's rights on
that home page are its rights on the whole language — in Wagtail's own editor and in wagtail-localize's
translation editor alike (both ask the page's permissions). They are granted when a language's home page is
created (signal below) and, for existing ones, by the migration.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

# Wagtail asks these apps' permissions of a collection (GroupCollectionPermission), not of the group.
COLLECTION_APPS = ("wagtailimages", "wagtaildocs")

TRAINERS = "Formateurs"
ADMINISTRATORS = "Administrateurs"
FRENCH_LANGUAGE_NAMES = {
    "en": "anglais",
    "ar": "arabe",
    "prs": "dari",
    "ps": "pachto",
    "ti": "tigrigna",
    "uk": "ukrainien",
    "ru": "russe",
}

# (app label, codename)
COMMON = [
    ("wagtailadmin", "access_admin"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
    ("courses", "view_h5ppackage"),
]
# The skills framework and the diagnostic (Admin › Référentiel, Admin › Diagnostic): trainers write them in
# French, translators translate them (see diagnostic/migrations/0002_permissions.py for existing installs).
FRAMEWORK_EDITING = [
    (app, f"{action}_{model}")
    for app, model in [
        ("courses", "competencedomain"),
        ("courses", "competence"),
        ("diagnostic", "diagnosticquestion"),
        ("diagnostic", "diagnosticoutcome"),
    ]
    for action in ("add", "change", "delete")
]
FRAMEWORK_TRANSLATING = [
    ("courses", "change_competencedomain"),
    ("courses", "change_competence"),
    ("diagnostic", "change_diagnosticquestion"),
]
MODEL_PERMISSIONS = {
    TRAINERS: [
        *COMMON,
        ("wagtailimages", "change_image"),
        ("wagtaildocs", "change_document"),
        ("courses", "add_h5ppackage"),
        ("courses", "change_h5ppackage"),
        ("wagtail_localize", "submit_translation"),
        ("courses", "add_glossaryterm"),
        ("courses", "change_glossaryterm"),
        ("courses", "delete_glossaryterm"),
        *FRAMEWORK_EDITING,
    ],
    "translators": [*COMMON, ("courses", "change_glossaryterm"), *FRAMEWORK_TRANSLATING],
    ADMINISTRATORS: [
        *COMMON,
        ("wagtailimages", "change_image"),
        ("wagtailimages", "delete_image"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "delete_document"),
        ("courses", "add_h5ppackage"),
        ("courses", "change_h5ppackage"),
        ("courses", "delete_h5ppackage"),
        ("courses", "import_h5p_library"),
        ("courses", "add_glossaryterm"),
        ("courses", "change_glossaryterm"),
        ("courses", "delete_glossaryterm"),
        ("courses", "add_organisationsettings"),
        ("courses", "change_organisationsettings"),
        ("wagtail_localize", "submit_translation"),
        ("wagtailcore", "add_locale"),
        ("wagtailcore", "change_locale"),
        ("auth", "add_user"),
        ("auth", "change_user"),
        *FRAMEWORK_EDITING,
    ],
}
TRAINER_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"]
TRANSLATOR_PAGE_PERMISSIONS = ["change_page", "publish_page"]
ADMINISTRATOR_PAGE_PERMISSIONS = [*TRAINER_PAGE_PERMISSIONS]


def translator_group_name(code):
    return f"Traducteurs – {FRENCH_LANGUAGE_NAMES.get(code, code)}"


def translator_languages():
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def group_names():
    return [TRAINERS, ADMINISTRATORS, *(translator_group_name(code) for code in translator_languages())]


def permissions_of(name):
    """The (app label, codename) pairs of a group, by its name."""
    return MODEL_PERMISSIONS[name if name in MODEL_PERMISSIONS else "translators"]


def setup_groups(Group, Permission):  # noqa: N803 (historical models in migrations)
    """Create the groups with their model permissions (idempotent)."""
    for name in group_names():
        group, _created = Group.objects.get_or_create(name=name)
        for app_label, codename in permissions_of(name):
            group.permissions.add(*Permission.objects.filter(content_type__app_label=app_label, codename=codename))


def grant_collections(Group, Permission, Collection, GroupCollectionPermission):  # noqa: N803 (models passed in)
    """Give each group its image and document rights on the root collection (idempotent): without them
    Wagtail's choosers show nothing and offer no upload. Only administrators may delete."""
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    for group in Group.objects.filter(name__in=group_names()):
        for app_label, codename in permissions_of(group.name):
            if app_label not in COLLECTION_APPS:
                continue
            for permission in Permission.objects.filter(content_type__app_label=app_label, codename=codename):
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection_id=root.pk, permission=permission
                )


def grant_language_home(home, Group, Permission, GroupPagePermission):  # noqa: N803 (models passed in)
    """Give the trainers (French) or the language's translators their rights on a language's home page."""
    code = home.locale.language_code
    if code == settings.LANGUAGE_CODE:
        group_name, codenames = TRAINERS, TRAINER_PAGE_PERMISSIONS
    else:
        group_name, codenames = translator_group_name(code), TRANSLATOR_PAGE_PERMISSIONS
    group = Group.objects.filter(name=group_name).first()
    if group is None:
        return
    for permission in Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames):
        GroupPagePermission.objects.get_or_create(group=group, page_id=home.pk, permission=permission)


def on_home_page_saved(sender, instance, created, raw=False, **kwargs):
    """Signal: a new language's home page brings its translators' rights with it."""
    if raw or not created:
        return
    grant_language_home(instance, Group, Permission, GroupPagePermission)
