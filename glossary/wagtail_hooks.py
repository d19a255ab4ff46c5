"""The glossary in the admin: trainers write the words in French, translators translate them like pages."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from glossary.models import GlossaryTerm


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "openquote"
    menu_label = "Glossaire"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["term", "definition", "locale"]
    search_fields = ["term", "definition"]


register_snippet(GlossaryTermViewSet)
