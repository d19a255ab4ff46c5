"""Admin › Rapports › Diagnostic des apprenants: each learner's diagnostic per competence, the first one
beside the latest (before and after a path), exported as CSV or XLSX by Wagtail's ReportView."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.functional import cached_property
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from courses.models import Competence
from diagnostic.models import DiagnosticResult

# The groups made by the workspace's roles (workspace.roles.TRAINERS, ADMINISTRATORS): the diagnostic sits
# above the workspace in the layers and does not import it.
TRAINER_GROUPS = ("Formateurs", "Administrateurs")
REFUSED = "Seuls les formateurs et les administrateurs voient le diagnostic des apprenants."


def sees_learners(user):
    return user.is_superuser or user.groups.filter(name__in=TRAINER_GROUPS).exists()


def _column_key(code):
    return "c" + code.replace(".", "_")


def _levels(first, latest):
    if first is None:
        return "–"
    if first == latest:
        return str(latest)
    return f"{first} → {latest}"


def learner_rows():
    """One row per learner with a diagnostic: first and latest level, and per competence "first → latest"."""
    results = DiagnosticResult.objects.select_related("learner").order_by("learner_id", "finished_at")
    by_learner = {}
    for result in results:
        by_learner.setdefault(result.learner_id, []).append(result)
    rows = []
    for history in by_learner.values():
        first, latest = history[0], history[-1]
        learner = first.learner
        card = learner.active_card
        row = {
            "learner": learner.display_name or (card.code if card else f"Apprenant {learner.pk}"),
            "card": card.code if card else "",
            "count": len(history),
            "first_at": first.finished_at,
            "latest_at": latest.finished_at,
            "level": _levels(first.level, latest.level) if len(history) > 1 else str(latest.level),
        }
        for code in set(first.competences) | set(latest.competences):
            before = first.competences.get(code) if len(history) > 1 else None
            row[_column_key(code)] = (
                _levels(before, latest.competences.get(code, 0))
                if before is not None
                else str(latest.competences.get(code, 0))
            )
        rows.append(row)
    rows.sort(key=lambda row: row["latest_at"], reverse=True)
    return rows


class DiagnosticReportView(ReportView):
    """Per learner: the diagnostic's level (palier) and the CRCN level reached in each competence."""

    page_title = "Diagnostic des apprenants"
    header_icon = "user"
    index_url_name = "diagnostic_report"
    index_results_url_name = "diagnostic_report_results"
    paginate_by = 50

    def dispatch(self, request, *args, **kwargs):
        if not sees_learners(request.user):
            messages.error(request, REFUSED)
            return redirect("wagtailadmin_home")
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def competences(self):
        """The French competences that some diagnostic result names, in the framework's order."""
        codes = set()
        for competences in DiagnosticResult.objects.values_list("competences", flat=True):
            codes.update(competences)
        return list(Competence.objects.filter(code__in=codes, locale__language_code="fr").order_by("code"))

    @property
    def list_export(self):
        return ["learner", "card", "count", "first_at", "latest_at", "level"] + [
            _column_key(competence.code) for competence in self.competences
        ]

    @property
    def export_headings(self):
        return {
            "learner": "Apprenant",
            "card": "Carte",
            "count": "Diagnostics passés",
            "first_at": "Premier diagnostic",
            "latest_at": "Dernier diagnostic",
            "level": "Palier (premier → dernier)",
            **{_column_key(competence.code): str(competence) for competence in self.competences},
        }

    @property
    def columns(self):
        return [
            Column("learner", label="Apprenant"),
            Column("count", label="Diagnostics"),
            DateColumn("latest_at", label="Dernier diagnostic"),
            Column("level", label="Palier"),
            *(Column(_column_key(c.code), label=c.code, accessor=_column_key(c.code)) for c in self.competences),
        ]

    def get_queryset(self):
        rows = learner_rows()
        for row in rows:
            for competence in self.competences:
                row.setdefault(_column_key(competence.code), "–")
        return rows

    @property
    def no_results_message(self):
        return "Aucun apprenant avec une carte n'a encore passé le diagnostic."
