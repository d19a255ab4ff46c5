"""What an audio clip must be to play on a learner's phone: a small web format, at most 3 minutes.

One rule for the documents trainers choose (step audio, glossary pronunciation, question audio) and the
clips translators record; messages are in French, the admin's language.
"""

import struct

from django.core.exceptions import ValidationError

AUDIO_EXTENSIONS = ("aac", "m4a", "mp3", "oga", "ogg", "opus", "webm")
AUDIO_MAX_BYTES = 1_500_000  # 3 minutes at 48 kbit/s is about 1.1 MB
MAX_SECONDS = 180


def check_audio_document(document):
    """Raise ValidationError unless a chosen document is an audio file of an accepted type and size."""
    extension = document.file_extension.lower()
    if extension not in AUDIO_EXTENSIONS:
        raise ValidationError(
            f"Ce fichier n'est pas un fichier audio (« .{extension} »). "
            f"Formats acceptés : {', '.join(AUDIO_EXTENSIONS)}."
        )
    size = document.file_size or document.file.size
    if size > AUDIO_MAX_BYTES:
        raise ValidationError(
            f"Ce fichier est trop lourd ({size // 1000} Ko). Maximum : {AUDIO_MAX_BYTES // 1000} Ko "
            "(3 minutes). Enregistrez un clip plus court ou plus compressé."
        )


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


def check_recording(data):
    """The extension of a recorded clip (bytes, recognised by content, not name); ValidationError if refused."""
    if not data:
        raise ValidationError("Le fichier est vide : enregistrez de nouveau.")
    if len(data) > AUDIO_MAX_BYTES:
        raise ValidationError(
            f"Le fichier est trop lourd ({len(data) // 1000} Ko ; maximum {AUDIO_MAX_BYTES // 1000} Ko). "
            "Enregistrez un clip plus court (3 minutes au plus)."
        )
    extension = sniff(data)
    if extension is None:
        raise ValidationError(
            "Ce fichier n'est pas un audio accepté. Formats acceptés : Opus (WebM, Ogg) ou AAC (M4A)."
        )
    if extension == "ogg" and ogg_seconds(data) > MAX_SECONDS:
        raise ValidationError("Le clip dure plus de 3 minutes : enregistrez-le en plus court.")
    return extension


SYNTHETIC = "voix de synthèse"  # in a clip's title: made by a speech synthesiser, so labelled for learners


def is_synthetic(document):
    """True for a clip whose title says it was synthesised (the demo's, or a trainer's that says so)."""
    return document is not None and SYNTHETIC in document.title.lower()
