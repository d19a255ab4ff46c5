"""Admin registration of the content app: the translatable organisation settings and the skills framework."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from courses import page_cache
from courses.models import Competence, CompetenceDomain, OrganisationSettings


@hooks.register("before_serve_page")
def mark_public_pages(page, request, serve_args, serve_kwargs):
    """The page types whose HTML is the same for every visitor are cached (courses.page_cache)."""
    page_cache.mark_public(page, request)


class OrganisationSettingsViewSet(SnippetViewSet):
    """One record per language; translators translate it like a page."""

    model = OrganisationSettings
    icon = "site"
    menu_label = "Structure"
    add_to_settings_menu = True


register_snippet(OrganisationSettingsViewSet)


class CompetenceDomainViewSet(SnippetViewSet):
    """The 5 domains of the digital-skills framework (CRCN), translated like pages."""

    model = CompetenceDomain
    icon = "folder-open-inverse"
    menu_label = "Domaines"
    list_display = ["__str__", "locale"]


class CompetenceViewSet(SnippetViewSet):
    """The 16 competences of the framework: modules and quiz questions are tagged with them."""

    model = Competence
    icon = "tick"
    menu_label = "Compétences"
    list_display = ["__str__", "domain", "locale"]


class FrameworkGroup(SnippetViewSetGroup):
    """Admin › Référentiel: domains and competences of the CRCN."""

    items = (CompetenceDomainViewSet, CompetenceViewSet)
    menu_icon = "tick"
    menu_label = "Référentiel"
    menu_name = "referentiel"


register_snippet(FrameworkGroup)
