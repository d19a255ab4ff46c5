from django.apps import AppConfig
from django.db.models.signals import post_save
from wagtail.users import apps as wagtail_users_apps


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
        from workspace.segment_labels import install

        install()

        post_save.connect(on_home_page_saved, sender=HomePage, dispatch_uid="workspace.roles.home_page_saved")
        post_save.connect(on_revision_saved, sender=Revision, dispatch_uid="workspace.review.revision_saved")


class UsersConfig(wagtail_users_apps.WagtailUsersAppConfig):
    """Wagtail's users app (same label, same tables) with our user views, which never grant superuser or
    staff rights nor open a superuser's account (workspace/users.py). Listed in INSTALLED_APPS in place
    of "wagtail.users", as Wagtail documents for a custom user viewset."""

    default = False  # "workspace" itself is WorkspaceConfig
    user_viewset = "workspace.users.UserViewSet"
