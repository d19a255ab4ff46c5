"""Audio recorded (or uploaded) by a translator for one step of a module in their language.

The clip must pass core.audio's rule for recordings (small web formats recognised by their first bytes, at
most 3 minutes). It becomes a Wagtail document and
the language's override of the step's audio in wagtail-localize, so a later sync keeps it. It goes into the
translation's draft, never live: the translator publishes, or submits to a trainer, from the dashboard.
"""

import json

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtail_localize.models import OverridableSegment, SegmentOverride, Translation

from core.audio import check_recording
from core.storage import is_disk_full


class RecordingError(ValueError):
    """The clip is refused; the message says why, in French (the admin's language)."""


def check(data):
    """The clip's extension; RecordingError (in French) when core.audio refuses it."""
    try:
        return check_recording(data)
    except ValidationError as error:
        raise RecordingError(error.messages[0]) from None


def audio_segment(translation, step_id):
    return OverridableSegment.objects.filter(source=translation.source, context__path=f"steps.{step_id}.audio").first()


def save_step_audio(page, step_id, data, user=None):
    """Store `data` as the audio of step `step_id` of the translated `page`; returns the document."""
    extension = check(data)
    translation = (
        Translation.objects.filter(source__object_id=page.translation_key, target_locale=page.locale)
        .select_related("source")
        .first()
    )
    if translation is None:
        raise RecordingError(_("Cette page n'est pas une traduction : l'audio français se choisit dans l'éditeur."))
    segment = audio_segment(translation, step_id)
    if segment is None:
        raise RecordingError(
            _(
                "Cette étape n'a pas encore d'audio en français : un formateur doit d'abord en ajouter un, "
                "puis la traduction peut avoir le sien."
            )
        )
    number = next((n for n, block in enumerate(page.steps, start=1) if block.id == step_id), "?")
    document = get_document_model()(
        title=f"{page.title} – étape {number} ({page.locale.language_code})",
        collection=Collection.get_first_root_node(),
        uploaded_by_user=user,
    )
    try:
        # The storage writes under a temporary name then moves (core.storage): a full disk leaves no half clip.
        document.file.save(
            f"{page.slug}-{number}-{page.locale.language_code}.{extension}", ContentFile(data), save=False
        )
    except OSError as error:
        if is_disk_full(error):
            raise RecordingError(
                "Le disque du serveur est plein : l'audio n'est pas enregistré. Réessayez plus tard, ou prévenez "
                "un administrateur."
            ) from error
        raise
    try:
        with transaction.atomic():
            document.save()
            SegmentOverride.objects.update_or_create(
                locale=page.locale,
                context=segment.context,
                defaults={"data_json": json.dumps(document.pk), "last_translated_by": user},
            )
            translation.save_target(user=user, publish=False)  # into the draft: publishing is an explicit step
    except BaseException:
        document.file.delete(save=False)  # no clip without its row
        raise
    return document
