from django.apps import AppConfig


class CoursesConfig(AppConfig):
    """Learning content: the portal, themes, modules, steps and quizzes."""

    name = "courses"
    verbose_name = "Contenus pédagogiques"

    def ready(self):
        import mimetypes

        # Served with the right type so that browsers play them (Python does not know all of these).
        for extension, mime_type in {
            ".opus": "audio/ogg",
            ".oga": "audio/ogg",
            ".vtt": "text/vtt",
            ".m4a": "audio/mp4",
        }.items():
            mimetypes.add_type(mime_type, extension)

        from django.db.models.signals import post_save

        from courses.models import HomePage
        from courses.roles import on_home_page_saved

        post_save.connect(on_home_page_saved, sender=HomePage, dispatch_uid="courses.roles.home_page_saved")

        from wagtail.models import Revision

        from courses.roles import on_revision_saved

        post_save.connect(on_revision_saved, sender=Revision, dispatch_uid="courses.roles.revision_saved")
