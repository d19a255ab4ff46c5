"""H5P activities in the admin: trainers upload them here and choose them in a module step."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from h5p.models import H5PPackage


class H5PPackageViewSet(SnippetViewSet):
    model = H5PPackage
    icon = "form"
    menu_label = "Activités H5P"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["title", "main_library", "size", "uploaded_at"]
    search_fields = ["title", "main_library"]


register_snippet(H5PPackageViewSet)
