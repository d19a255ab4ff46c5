"""The workspace in the admin: the translation dashboard, the locked accounts, the user screens'
bulk actions that leave superusers alone, and our fonts and text direction for the languages translated."""

from django.conf import settings
from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
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


@hooks.register("insert_global_admin_css")
def script_fonts_css():
    """Our Arabic-script and Ethiopic fonts in the admin, for those characters only (unicode-range)."""
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin-scripts.css"))


@hooks.register("insert_global_admin_js")
def text_direction_js():
    """Fields in the language, and so the direction, of the text being written in them."""
    return format_html(
        '<script src="{}" data-rtl-languages="{}" defer></script>',
        static("js/admin-scripts.js"),
        " ".join(settings.LANGUAGES_BIDI),
    )


# After Wagtail's own (order 0), so that these replace its user bulk actions of the same name.
for bulk_action in users.BULK_ACTIONS:
    hooks.register("register_bulk_action", bulk_action, order=1)
