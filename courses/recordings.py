"""Audio recorded (or uploaded) by a translator for one step of a module in their language.

The clip is accepted only in small web formats (Opus in WebM or Ogg, AAC in MP4/M4A), recognised by its
first bytes (not its name), at most AUDIO_MAX_BYTES and 3 minutes (measured exactly for Ogg; the
recorder stops itself at 3 minutes and the size limit bounds the rest). It becomes a Wagtail document and
the language's override of the step's audio in wagtail-localize, so a later sync keeps it.
"""

import json
import struct

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtail_localize.models import OverridableSegment, SegmentOverride, Translation

from courses.blocks import AUDIO_MAX_BYTES

MAX_SECONDS = 180


class RecordingError(ValueError):
    """The clip is refused; the message says why, in French (the admin's language)."""


def sniff(data):
    """The file extension for these bytes, or None when they are not a web audio format we accept."""
    if data[:4] == b"\x1a\x45\xdf\xa3":
        return "webm"
    if data[:4] == b"OggS":
        return "ogg"
    if data[4:8] == b"ftyp" and data[8:12] in (b"M4A ", b"mp42", b"isom", b"iso5", b"iso6", b"dash", b"M4B "):
        return "m4a"
    return None


def ogg_seconds(data):
    """Duration of an Ogg Opus/Vorbis file from its last page's granule position (48 kHz for Opus)."""
    last = data.rfind(b"OggS")
    if last < 0 or last + 14 > len(data):
        return 0
    granule = struct.unpack_from("<q", data, last + 6)[0]
    return max(granule, 0) / 48_000


def check(data):
    if not data:
        raise RecordingError("Le fichier est vide : enregistrez de nouveau.")
    if len(data) > AUDIO_MAX_BYTES:
        raise RecordingError(
            f"Le fichier est trop lourd ({len(data) // 1000} Ko ; maximum {AUDIO_MAX_BYTES // 1000} Ko). "
            "Enregistrez un clip plus court (3 minutes au plus)."
        )
    extension = sniff(data)
    if extension is None:
        raise RecordingError("Ce fichier n'est pas un audio accepté. Formats acceptés : Opus (WebM, Ogg) ou AAC (M4A).")
    if extension == "ogg" and ogg_seconds(data) > MAX_SECONDS:
        raise RecordingError("Le clip dure plus de 3 minutes : enregistrez-le en plus court.")
    return extension


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
        raise RecordingError("Cette page n'est pas une traduction : l'audio français se choisit dans l'éditeur.")
    segment = audio_segment(translation, step_id)
    if segment is None:
        raise RecordingError(
            "Cette étape n'a pas encore d'audio en français : un formateur doit d'abord en ajouter un, "
            "puis la traduction peut avoir le sien."
        )
    number = next((n for n, block in enumerate(page.steps, start=1) if block.id == step_id), "?")
    document = get_document_model()(
        title=f"{page.title} – étape {number} ({page.locale.language_code})",
        collection=Collection.get_first_root_node(),
        uploaded_by_user=user,
    )
    document.file.save(f"{page.slug}-{number}-{page.locale.language_code}.{extension}", ContentFile(data), save=False)
    document.save()
    SegmentOverride.objects.update_or_create(
        locale=page.locale,
        context=segment.context,
        defaults={"data_json": json.dumps(document.pk), "last_translated_by": user},
    )
    translation.save_target(user=user, publish=page.live)
    return document
