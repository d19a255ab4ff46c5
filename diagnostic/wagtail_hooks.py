"""Admin: the diagnostic's questions and proposed paths (Admin › Diagnostic), and the trainers' report."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from diagnostic.models import DiagnosticOutcome, DiagnosticQuestion
from diagnostic.reports import DiagnosticReportView


class DiagnosticQuestionViewSet(SnippetViewSet):
    """The questions, translated like pages; each checks one competence at one level."""

    model = DiagnosticQuestion
    icon = "help"
    menu_label = "Questions"
    list_display = ["__str__", "crcn_level", "locale"]


class DiagnosticOutcomeViewSet(SnippetViewSet):
    """Which path is proposed from which level on."""

    model = DiagnosticOutcome
    icon = "list-ol"
    menu_label = "Parcours proposés"


class DiagnosticGroup(SnippetViewSetGroup):
    items = (DiagnosticQuestionViewSet, DiagnosticOutcomeViewSet)
    menu_icon = "help"
    menu_label = "Diagnostic"
    menu_name = "diagnostic"


register_snippet(DiagnosticGroup)


@hooks.register("register_admin_urls")
def register_report_url():
    return [
        path("rapports/diagnostic/", DiagnosticReportView.as_view(), name="diagnostic_report"),
        path(
            "rapports/diagnostic/resultats/",
            DiagnosticReportView.as_view(results_only=True),
            name="diagnostic_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return MenuItem("Diagnostic des apprenants", reverse("diagnostic_report"), icon_name="user", order=700)
