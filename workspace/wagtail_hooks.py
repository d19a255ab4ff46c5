"""The workspace in the admin: the translation dashboard, the locked accounts, and the user screens'
bulk actions that leave superusers alone."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from workspace import urls, users
from workspace.views import is_administrator


@hooks.register("register_admin_urls")
def register_workspace_urls():
    return [
        path("traductions/", include(urls)),
        path("comptes-bloques/", include((urls.lockout_urlpatterns, "lockouts"))),
    ]


@hooks.register("register_admin_menu_item")
def translation_dashboard_menu_item():
    return MenuItem("Traductions", reverse("workspace:dashboard"), icon_name="globe", order=250)


class AdministratorsMenuItem(MenuItem):
    """A menu item only administrators see."""

    def is_shown(self, request):
        return is_administrator(request.user)


@hooks.register("register_settings_menu_item")
def lockouts_menu_item():
    return AdministratorsMenuItem("Comptes bloqués", reverse("lockouts:index"), icon_name="lock", order=610)


# After Wagtail's own (order 0), so that these replace its user bulk actions of the same name.
for bulk_action in users.BULK_ACTIONS:
    hooks.register("register_bulk_action", bulk_action, order=1)
