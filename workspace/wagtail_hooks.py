"""The translation dashboard in the admin's menu."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from workspace import urls


@hooks.register("register_admin_urls")
def register_workspace_urls():
    return [path("traductions/", include(urls))]


@hooks.register("register_admin_menu_item")
def translation_dashboard_menu_item():
    return MenuItem("Traductions", reverse("workspace:dashboard"), icon_name="globe", order=250)
