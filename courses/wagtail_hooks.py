"""Admin registration: the translatable site settings, the H5P activities, the translation dashboard."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.admin_views import recorder, translation_dashboard
from courses.models import GlossaryTerm, H5PPackage, OrganisationSettings


class OrganisationSettingsViewSet(SnippetViewSet):
    """One record per language; translators translate it like a page."""

    model = OrganisationSettings
    icon = "site"
    menu_label = "Structure"
    add_to_settings_menu = True


register_snippet(OrganisationSettingsViewSet)


class H5PPackageViewSet(SnippetViewSet):
    """Trainers upload H5P activities here and choose them in a module step."""

    model = H5PPackage
    icon = "form"
    menu_label = "Activités H5P"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["title", "main_library", "size", "uploaded_at"]
    search_fields = ["title", "main_library"]


register_snippet(H5PPackageViewSet)


class GlossaryTermViewSet(SnippetViewSet):
    """Trainers write the words in French; translators translate them like pages."""

    model = GlossaryTerm
    icon = "openquote"
    menu_label = "Glossaire"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["term", "definition", "locale"]
    search_fields = ["term", "definition"]


register_snippet(GlossaryTermViewSet)


@hooks.register("register_admin_urls")
def register_translation_dashboard():
    return [
        path("traductions/", translation_dashboard, name="translation_dashboard"),
        path("traductions/audio/<int:page_id>/", recorder, name="translation_recorder"),
    ]


@hooks.register("register_admin_menu_item")
def translation_dashboard_menu_item():
    return MenuItem("Traductions", reverse("translation_dashboard"), icon_name="globe", order=250)
