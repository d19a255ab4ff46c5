"""Translations reviewed per language, and drafts that stay drafts.

Administrators choose, per language, whether translators publish themselves or a trainer reviews first
(Wagtail's workflow "Relecture des traductions"). wagtail-localize writes a translation's draft into the page
row, which learners would see: the published content is put back until the draft is published.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowPage
from wagtail_localize.models import Translation

from courses.models import HomePage
from workspace.roles import TRAINERS, translator_group_name


def keep_live_content(page):
    """wagtail-localize writes a translation's draft into the page row itself, which is what learners see;
    put the published content back so that a draft stays a draft. When the draft is being published,
    Wagtail's publication (queued after this) writes it in anyway."""
    live = page.live_revision
    if not page.live or live is None or page.latest_revision_id == live.pk:
        return
    published = live.as_object()
    published.latest_revision_id = page.latest_revision_id
    # Wagtail's with_content_json() leaves these as they were when the revision was made (before publishing):
    # keep the row's, or the next draft would find no live revision to put back.
    published.live_revision_id = page.live_revision_id
    published.last_published_at = page.last_published_at
    published.has_unpublished_changes = True
    published.draft_title = page.draft_title
    published.save(clean=False)


def on_revision_saved(sender, instance, created, raw=False, **kwargs):
    """Signal: after a new revision of a translated page, learners keep seeing the published content. A
    draft stays with its translator until they send it (dashboard or translation editor)."""
    if raw or not created:
        return
    if not isinstance(instance.content_object, Page):
        return
    page_id = instance.object_id

    def restore():
        page = Page.objects.filter(pk=page_id).select_related("locale").first()
        if page is not None and page.locale.language_code != settings.LANGUAGE_CODE:
            keep_live_content(page.specific)

    transaction.on_commit(restore)


REVIEW_WORKFLOW = "Relecture des traductions"
REVIEW_TASK = "Relecture par un formateur"


def review_workflow():
    return Workflow.objects.filter(name=REVIEW_WORKFLOW).first()


def _home(code):
    return HomePage.objects.filter(locale__language_code=code).first()


def review_required(code):
    home, workflow = _home(code), review_workflow()
    return bool(home and workflow and WorkflowPage.objects.filter(page=home, workflow=workflow).exists())


def set_review(code, required):
    """Translations into `code` are published by their translators, or reviewed by a trainer first: then
    the translators lose the right to publish, their drafts go to Wagtail's review workflow, and the
    trainers may open and publish that language's pages (Wagtail publishes an approved page as its
    approver, who must hold the right)."""
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
    """Send a translator's draft to the language's review workflow (unless one is already running, or the
    user may publish anyway)."""
    workflow = page.get_workflow()
    if workflow is None or workflow.name != REVIEW_WORKFLOW or page.workflow_in_progress:
        return
    if user is None or page.permissions_for_user(user).can_publish():
        return
    workflow.start(page, user)


class SendError(ValueError):
    """The translation cannot be sent; the message says why, in French (the admin's language)."""


def send_translation(page, user):
    """The translator's explicit last step: write every saved string of the translation into a draft, then
    publish it (the language publishes directly) or submit it to a trainer (the language is reviewed).
    Returns "published" or "submitted"."""
    page = page.specific
    if not page.permissions_for_user(user).can_edit():
        raise SendError(_("Votre compte ne peut pas modifier cette langue."))
    translation = (
        Translation.objects.filter(source__object_id=page.translation_key, target_locale=page.locale)
        .select_related("source")
        .first()
    )
    if translation is None:
        raise SendError(_("Cette page n'est pas une traduction."))
    reviewed = review_required(page.locale.language_code)
    if not reviewed and not page.permissions_for_user(user).can_publish():
        raise SendError(_("Votre compte ne peut pas publier cette langue : demandez à un administrateur."))
    with transaction.atomic():
        translation.save_target(user=user, publish=False)
    page = Page.objects.get(pk=page.pk).specific
    if reviewed:
        submit_for_review(page, user)
        return "submitted"
    page.get_latest_revision().publish(user=user)
    return "published"
