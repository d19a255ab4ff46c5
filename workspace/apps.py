from django.apps import AppConfig
from django.db.models.signals import post_save


class WorkspaceConfig(AppConfig):
    """The translators' workspace: roles and per-language rights, translation review, the translation
    dashboard, the audio recorder and the guards that explain the admin's refusals."""

    name = "workspace"
    verbose_name = "Espace des traducteurs"

    def ready(self):
        # Models and the modules that use them can only be imported once the app registry is ready.
        from wagtail.models import Revision

        from courses.models import HomePage
        from workspace.review import on_revision_saved
        from workspace.roles import on_home_page_saved

        post_save.connect(on_home_page_saved, sender=HomePage, dispatch_uid="workspace.roles.home_page_saved")
        post_save.connect(on_revision_saved, sender=Revision, dispatch_uid="workspace.review.revision_saved")
