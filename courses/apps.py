import mimetypes

from django.apps import AppConfig


class CoursesConfig(AppConfig):
    """Lesson content: the portal, themes, modules and their steps, learning paths, info pages, site settings,
    and the bilingual lesson view. Its label also holds the glossary's and H5P's tables (see their models)."""

    name = "courses"
    verbose_name = "Contenus pédagogiques"

    def ready(self):
        from courses import signals  # noqa: PLC0415 (models are ready only now)

        signals.connect()
        # Served with the right type so that browsers play them (Python does not know all of these).
        for extension, mime_type in {
            ".opus": "audio/ogg",
            ".oga": "audio/ogg",
            ".vtt": "text/vtt",
            ".m4a": "audio/mp4",
        }.items():
            mimetypes.add_type(mime_type, extension)
