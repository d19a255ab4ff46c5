"""Admin registration of the translatable site settings and of the H5P activities."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.models import H5PPackage, OrganisationSettings


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
