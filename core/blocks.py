"""Document chooser blocks that accept only some kinds of file, shared by lessons, quizzes and the glossary."""

from django.core.exceptions import ValidationError
from wagtail.documents.blocks import DocumentChooserBlock

from core.audio import check_audio_document


class FileKindChooserBlock(DocumentChooserBlock):
    """A document chooser that accepts only some file extensions, with a French message."""

    def __init__(self, extensions, kind_label, **kwargs):
        # Historical migrations of courses also pass max_bytes (the audio rule now lives in core.audio).
        kwargs.pop("max_bytes", None)
        self.extensions = tuple(extensions)
        self.kind_label = kind_label
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        if value is not None:
            self.check_document(value)
        return value

    def check_document(self, document):
        extension = document.file_extension.lower()
        if extension not in self.extensions:
            raise ValidationError(
                f"Ce fichier n'est pas {self.kind_label} (« .{extension} »). "
                f"Formats acceptés : {', '.join(self.extensions)}."
            )


class AudioChooserBlock(DocumentChooserBlock):
    """An optional audio clip (see core.audio for what is accepted); each language may have its own."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", "Audio")
        kwargs.setdefault(
            "help_text",
            "Un court enregistrement (Opus ou AAC, mono, 48 kbit/s au plus, 3 minutes au plus). "
            "Chaque langue peut avoir le sien : le traducteur le remplace dans l'éditeur de traduction.",
        )
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        if value is not None:
            check_audio_document(value)
        return value
