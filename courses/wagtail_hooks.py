"""Admin registration of the content app: the translatable organisation settings."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.models import OrganisationSettings


class OrganisationSettingsViewSet(SnippetViewSet):
    """One record per language; translators translate it like a page."""

    model = OrganisationSettings
    icon = "site"
    menu_label = "Structure"
    add_to_settings_menu = True


register_snippet(OrganisationSettingsViewSet)
