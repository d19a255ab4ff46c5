"""Who may do what in the admin: trainers, one translator group per language, administrators.

Groups and their model permissions are created by a data migration (every install has them). Page
permissions are per language: each language has its own home page, and every page of that language lives
under it, so a group's rights on that home page are its rights on the whole language — in Wagtail's own
editor and in wagtail-localize's translation editor alike (both ask the page's permissions). They are
granted when a language's home page is created (signal below) and, for existing ones, by the migration.
"""

from django.conf import settings

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
    ],
    "translators": [*COMMON, ("courses", "change_glossaryterm")],
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


def setup_groups(Group, Permission):  # noqa: N803 (models passed in: historical ones in migrations)
    """Create the groups with their model permissions (idempotent)."""
    for name in group_names():
        group, _created = Group.objects.get_or_create(name=name)
        key = name if name in MODEL_PERMISSIONS else "translators"
        for app_label, codename in MODEL_PERMISSIONS[key]:
            group.permissions.add(*Permission.objects.filter(content_type__app_label=app_label, codename=codename))


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
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission

    grant_language_home(instance, Group, Permission, GroupPagePermission)


# --- Drafts stay drafts ---------------------------------------------------------------------------


def keep_live_content(page):
    """wagtail-localize writes a translation's draft into the page row itself, which is what learners see;
    put the published content back so that a draft stays a draft. When the draft is being published,
    Wagtail's publication (queued after this) writes it in anyway."""
    live = page.live_revision
    if not page.live or live is None or page.latest_revision_id == live.pk:
        return
    published = live.as_object()
    published.latest_revision_id = page.latest_revision_id
    published.has_unpublished_changes = True
    published.draft_title = page.draft_title
    published.save(clean=False)


def on_revision_saved(sender, instance, created, raw=False, **kwargs):
    """Signal: after a new revision of a translated page, learners keep seeing the published content, and
    in a language under review the draft goes to a trainer."""
    if raw or not created:
        return
    from django.db import transaction
    from wagtail.models import Page

    if not isinstance(instance.content_object, Page):
        return
    page_id, user = instance.object_id, instance.user

    def restore():
        page = Page.objects.filter(pk=page_id).select_related("locale").first()
        if page is not None and page.locale.language_code != settings.LANGUAGE_CODE:
            page = page.specific
            keep_live_content(page)
            submit_for_review(page, user)

    transaction.on_commit(restore)


# --- Per-language review (Wagtail workflows) --------------------------------------------------------

REVIEW_WORKFLOW = "Relecture des traductions"
REVIEW_TASK = "Relecture par un formateur"


def review_workflow():
    from wagtail.models import Workflow

    return Workflow.objects.filter(name=REVIEW_WORKFLOW).first()


def _home(code):
    from courses.models import HomePage

    return HomePage.objects.filter(locale__language_code=code).first()


def review_required(code):
    from wagtail.models import WorkflowPage

    home, workflow = _home(code), review_workflow()
    return bool(home and workflow and WorkflowPage.objects.filter(page=home, workflow=workflow).exists())


def set_review(code, required):
    """Translations into `code` are published by their translators, or reviewed by a trainer first: then
    the translators lose the right to publish, their drafts go to Wagtail's review workflow, and the
    trainers may open and publish that language's pages (Wagtail publishes an approved page as its
    approver, who must hold the right)."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission, WorkflowPage

    home, workflow = _home(code), review_workflow()
    translators = Group.objects.filter(name=translator_group_name(code)).first()
    trainers = Group.objects.filter(name=TRAINERS).first()
    if home is None or workflow is None or translators is None or trainers is None:
        return
    publish, change = (
        Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        for codename in ("publish_page", "change_page")
    )
    if required:
        WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})
        GroupPagePermission.objects.filter(group=translators, page=home, permission=publish).delete()
        for permission in (change, publish):
            GroupPagePermission.objects.get_or_create(group=trainers, page=home, permission=permission)
    else:
        WorkflowPage.objects.filter(page=home, workflow=workflow).delete()
        GroupPagePermission.objects.get_or_create(group=translators, page=home, permission=publish)
        GroupPagePermission.objects.filter(group=trainers, page=home, permission__in=[change, publish]).delete()


def submit_for_review(page, user):
    """A translator who may not publish saved a draft (wagtail-localize's editor has no "submit" button):
    send it to the language's review workflow."""
    workflow = page.get_workflow()
    if workflow is None or workflow.name != REVIEW_WORKFLOW or page.workflow_in_progress:
        return
    if user is None or page.permissions_for_user(user).can_publish():
        return
    workflow.start(page, user)
