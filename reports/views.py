"""Admin › Rapports: Wagtail report views (paginated, `?export=csv` and `?export=xlsx`), each with its
server-drawn charts (reports.charts) and a table beside every chart.

Trainers see the learners of the classes they run, administrators every learner, anyone else gets 403 with a
French sentence. Learners are named by their card's code, and by a name only where they gave one."""

import uuid
from datetime import date, timedelta

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from classes.models import Membership
from courses.navigation import for_language
from learners.models import Attestation, ModuleProgress, ProgressEvent
from reports import access, indicators
from reports.charts import chart
from reports.data import (
    LANGUAGE_NAMES,
    competence_key,
    competences_named,
    diagnostics_of,
    french_modules,
    module_rows,
    question_rows,
    rows_of,
    with_card_codes,
)
from reports.metrics import minutes, time_by_key

LEARNER_HEADINGS = {
    "card": "Carte",
    "name": "Nom donné par l'apprenant",
    "language": "Langue",
    "modules_started": "Modules commencés",
    "modules_completed": "Modules terminés",
    "minutes": "Temps passé (minutes)",
    "sessions": "Séances",
    "average_score": "Score moyen aux quiz (%)",
    "attempts": "Tentatives de quiz",
    "attestations": "Attestations",
    "last_active_at": "Dernière activité",
    "diagnostic": "Diagnostic : palier (premier → dernier)",
}


def dash(value):
    return "—" if value in (None, "") else value


def field_columns(**labels):
    """A table column per field, showing the row's value under that name as it is: field_columns(hours="Heures")."""
    return [Column(name, label=label) for name, label in labels.items()]


class BaseReport(ReportView):
    """What every report shares: the 403, filters read from the query string, charts, the exported fields
    (`export_headings`), the print stylesheet."""

    template_name = "reports/report.html"
    header_icon = "doc-full-inverse"
    paginate_by = 50
    index_url_name = None
    intro = ""

    def dispatch(self, request, *args, **kwargs):
        try:
            if not access.may_report(request.user):
                raise PermissionDenied(access.REFUSED)
            self.check(request, *args, **kwargs)
            return super().dispatch(request, *args, **kwargs)
        except PermissionDenied as refusal:
            message = str(refusal) or access.REFUSED
            context = {"page_title": "Accès refusé", "header_icon": "warning", "message": message}
            return render(request, "classes/admin/forbidden.html", context, status=403)

    def check(self, request, *args, **kwargs):
        """Raise PermissionDenied for what this user may not see (a class, a learner)."""

    @property
    def list_export(self):
        """The exported fields: those of `export_headings`, in their order."""
        return list(self.export_headings)

    def get_index_url(self):
        return reverse(self.index_url_name, kwargs=self.kwargs)

    def get_index_results_url(self):
        return reverse(self.index_url_name + "_results", kwargs=self.kwargs)

    @cached_property
    def group(self):
        """The class chosen in the « Groupe » filter (403 if it is not the user's), or None."""
        value = self.request.GET.get("groupe", "")
        return access.group_for(self.request.user, int(value)) if value.isdigit() else None

    @cached_property
    def learners(self):
        learners = access.visible_learners(self.request.user, self.group)
        language = self.request.GET.get("langue", "")
        if language in LANGUAGE_NAMES:
            learners = learners.filter(language=language)
        return learners

    def group_filter(self):
        options = [("", "Tous mes groupes")] + [
            (str(pk), name) for pk, name in access.visible_groups(self.request.user).values_list("pk", "name")
        ]
        return {"name": "groupe", "label": "Groupe", "options": options, "value": self.request.GET.get("groupe", "")}

    def language_filter(self):
        options = [("", "Toutes les langues")] + [(code, name) for code, name in LANGUAGE_NAMES.items()]
        return {"name": "langue", "label": "Langue", "options": options, "value": self.request.GET.get("langue", "")}

    def get_filters(self):
        return []

    def get_charts(self):
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not self.is_export:
            context.update(filters=self.get_filters(), charts=self.get_charts(), report_intro=self.intro)
        return context


class LearnerColumnsMixin:
    """Columns and export fields of a list of learners (reports.data.learner_rows)."""

    def get_queryset(self):
        """The learners with their card's code: the page's rows are computed for the page only (rows_of), the
        export's for all of them."""
        return list(with_card_codes(self.learners))

    def paginate_queryset(self, queryset, page_size):
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        page.object_list, _competences = rows_of(list(object_list))
        return paginator, page, page.object_list, is_paginated

    def as_spreadsheet(self, queryset, spreadsheet_format):
        rows, self.competences = rows_of(list(queryset))
        return super().as_spreadsheet(rows, spreadsheet_format)

    @property
    def export_headings(self):
        return {
            **LEARNER_HEADINGS,
            **{competence_key(code): f"{code} {name}" for code, name in getattr(self, "competences", [])},
        }

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "card",
                label="Carte",
                accessor=lambda row: row["card"] or f"Apprenant {row['learner_id']}",
                get_url=lambda row: reverse("reports_learner", args=[row["learner_id"]]),
            ),
            Column("name", label="Nom (s'il l'a donné)", accessor=lambda row: dash(row["name"])),
            Column("language", label="Langue"),
            Column("modules_completed", label="Modules terminés / commencés", accessor=self._modules),
            Column("minutes", label="Temps (min)"),
            Column("average_score", label="Score moyen", accessor=lambda row: _percent(row["average_score"])),
            *field_columns(attempts="Tentatives", attestations="Attestations"),
            Column("diagnostic", label="Diagnostic", accessor=lambda row: dash(row["diagnostic"])),
        ]

    @staticmethod
    def _modules(row):
        return f"{row['modules_completed']} / {row['modules_started']}"


def _percent(value):
    return "—" if value is None else f"{value} %"


class LearnersReportView(LearnerColumnsMixin, BaseReport):
    page_title = "Progrès des apprenants"
    index_url_name = "reports_learners"
    intro = "Un apprenant par ligne : ouvrez sa carte pour voir chaque module, ses attestations et son diagnostic."
    no_results_message = "Aucun apprenant dans vos groupes pour l'instant."

    def get_filters(self):
        return [self.group_filter(), self.language_filter()]

    def get_filename(self):
        return "apprenants-progres"


class ClassReportView(LearnerColumnsMixin, BaseReport):
    """One class: a row per learner, and a chart of the modules its learners completed."""

    page_title = "Rapport du groupe"
    index_url_name = "reports_class"
    no_results_message = (
        "Ce groupe n'a encore aucun apprenant : donnez-leur le code du groupe pour qu'ils le rejoignent."
    )

    def check(self, request, *args, **kwargs):
        self.the_group = access.group_for(request.user, kwargs["pk"])

    @cached_property
    def group(self):
        return self.the_group

    def get_page_subtitle(self):
        return self.the_group.name

    def get_filename(self):
        return f"groupe-{self.the_group.pk}-rapport"

    def get_charts(self):
        rows = [row for row in module_rows(self.learners, with_time=False) if row["started"]]
        rows.sort(key=lambda row: -row["completed"])
        return [
            chart(
                "Modules terminés par les apprenants du groupe",
                "Pour chaque module commencé dans le groupe, le nombre d'apprenants qui l'ont terminé.",
                [(row["title"], row["completed"]) for row in rows[:15]],
                label_heading="Module",
                value_heading="Apprenants qui l'ont terminé",
            )
        ]


class ClassesReportView(BaseReport):
    """A row per class the user runs: learners, active learners, modules completed, attestations, hours."""

    page_title = "Progrès des groupes"
    index_url_name = "reports_classes"
    no_results_message = "Vous n'avez pas encore de groupe."
    export_headings = {
        "name": "Groupe",
        "place": "Lieu",
        "learners": "Apprenants",
        "active": "Apprenants actifs (30 derniers jours)",
        "modules_completed": "Modules terminés",
        "attestations": "Attestations",
        "hours": "Heures suivies",
    }

    def get_filename(self):
        return "groupes-progres"

    def get_queryset(self):
        groups = list(access.visible_groups(self.request.user))
        members = {}
        for group_id, learner_id in Membership.objects.filter(group__in=groups).values_list("group_id", "learner_id"):
            members.setdefault(group_id, []).append(learner_id)
        ids = {learner for learners in members.values() for learner in learners}
        completed = dict.fromkeys(ids, 0)
        for learner_id in ModuleProgress.objects.filter(learner__in=ids, completed_at__isnull=False).values_list(
            "learner_id", flat=True
        ):
            completed[learner_id] += 1
        attestations = dict.fromkeys(ids, 0)
        for learner_id in Attestation.objects.filter(learner__in=ids).values_list("learner_id", flat=True):
            attestations[learner_id] += 1
        events = ProgressEvent.objects.filter(learner__in=ids).values_list("learner_id", "learner_id", "occurred_at")
        spent = time_by_key(events)
        recent = timezone.now() - timedelta(days=30)
        active = set(
            ProgressEvent.objects.filter(learner__in=ids, occurred_at__gte=recent).values_list("learner_id", flat=True)
        )
        rows = []
        for group in groups:
            learners = members.get(group.pk, [])
            rows.append(
                {
                    "pk": group.pk,
                    "name": group.name,
                    "place": group.place,
                    "learners": len(learners),
                    "active": sum(1 for learner in learners if learner in active),
                    "modules_completed": sum(completed[learner] for learner in learners),
                    "attestations": sum(attestations[learner] for learner in learners),
                    "hours": round(sum(minutes(spent.get(learner)) for learner in learners) / 60, 1),
                }
            )
        self.rows = rows
        return rows

    def get_charts(self):
        return [
            chart(
                "Heures suivies par groupe",
                "Le temps passé par les apprenants de chaque groupe, en heures, lu dans leurs progrès.",
                [(row["name"], row["hours"]) for row in self.rows[:20]],
                unit="h",
                label_heading="Groupe",
                value_heading="Heures suivies",
            )
        ]

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "name", label="Groupe", accessor="name", get_url=lambda row: reverse("reports_class", args=[row["pk"]])
            ),
            *field_columns(
                learners="Apprenants",
                active="Actifs (30 j)",
                modules_completed="Modules terminés",
                attestations="Attestations",
                hours="Heures",
            ),
        ]


class ModulesReportView(BaseReport):
    page_title = "Progrès par module"
    index_url_name = "reports_modules"
    no_results_message = "Aucun module pour l'instant."
    export_headings = {
        "title": "Module",
        "duration": "Durée prévue (minutes)",
        "started": "Apprenants qui l'ont commencé",
        "completed": "Apprenants qui l'ont terminé",
        "average_score": "Meilleur score moyen (%)",
        "attempts": "Tentatives de quiz",
        "minutes": "Temps passé en tout (minutes)",
        "average_minutes": "Temps moyen par apprenant (minutes)",
    }

    def get_filters(self):
        return [self.group_filter(), self.language_filter()]

    def get_filename(self):
        return "modules-progres"

    def get_queryset(self):
        self.rows = module_rows(self.learners)
        return self.rows

    def get_charts(self):
        started = sorted((row for row in self.rows if row["started"]), key=lambda row: -row["completed"])
        return [
            chart(
                "Apprenants ayant terminé chaque module",
                "Pour chaque module commencé, le nombre d'apprenants qui l'ont terminé.",
                [(row["title"], row["completed"]) for row in started[:15]],
                label_heading="Module",
                value_heading="Apprenants qui l'ont terminé",
            )
        ]

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label="Module",
                accessor="title",
                get_url=lambda row: reverse("reports_questions") + f"?module={row['module_key']}",
            ),
            *field_columns(started="Commencé", completed="Terminé"),
            Column("average_score", label="Score moyen", accessor=lambda row: _percent(row["average_score"])),
            Column("attempts", label="Tentatives"),
            Column("average_minutes", label="Temps moyen (min)", accessor=lambda row: dash(row["average_minutes"])),
        ]


class QuestionsReportView(BaseReport):
    """Difficult questions per module and learner language, the most difficult first."""

    page_title = "Questions difficiles"
    index_url_name = "reports_questions"
    intro = (
        "Les questions les moins réussies d'abord, par langue des apprenants. « Traduction à vérifier » : dans "
        "cette langue, la question est réussie au moins 30 points de moins que dans les autres (10 réponses au "
        "moins de chaque côté)."
    )
    no_results_message = "Aucune réponse à un quiz pour l'instant."
    export_headings = {
        "module": "Module",
        "question": "Question",
        "language": "Langue des apprenants",
        "answers": "Réponses",
        "right_percent": "Bonnes réponses (%)",
        "wrong_answer": "Mauvaise réponse la plus choisie",
        "wrong_count": "Choisie (fois)",
        "check_translation": "Traduction",
        "url": "Module à revoir",
    }

    def get_filters(self):
        keys = french_modules()
        module_options = [("", "Tous les modules")] + [(str(key), page.title) for key, page in keys.items()]
        module = {
            "name": "module",
            "label": "Module",
            "options": module_options,
            "value": self.request.GET.get("module", ""),
        }
        return [module, self.group_filter(), self.language_filter()]

    def get_filename(self):
        return "questions-difficiles"

    def get_queryset(self):
        module = self.request.GET.get("module", "")
        try:
            module_key = str(uuid.UUID(module)) if module else None
        except ValueError:
            module_key = None
        language = self.request.GET.get("langue", "")
        self.rows = question_rows(access.visible_learners(self.request.user, self.group), module_key, language or None)
        for row in self.rows:
            row["url"] = ""
        return self.rows

    def decorate_paginated_queryset(self, object_list):
        self._add_urls(object_list)
        return object_list

    def as_spreadsheet(self, queryset, spreadsheet_format):
        self._add_urls(queryset)
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def _add_urls(self, rows):
        """The module in the learners' language (or in French under their language), to teach it again."""
        by_language = {}
        for row in rows:
            if row["page"] is not None:
                by_language.setdefault(row["language_code"] or "fr", {})[row["page"].pk] = row["page"]
        urls = {}
        for language, pages in by_language.items():
            for page, translated in zip(pages.values(), for_language(list(pages.values()), language), strict=True):
                urls[(language, page.pk)] = translated.learner_url
        for row in rows:
            if row["page"] is not None:
                url = urls.get((row["language_code"] or "fr", row["page"].pk)) or ""
                row["url"] = self.request.build_absolute_uri(url) if url else ""

    def get_charts(self):
        hardest = [row for row in self.rows if row["answers"]][:10]
        return [
            chart(
                "Bonnes réponses aux questions les plus difficiles",
                "La part de bonnes réponses des dix questions les moins réussies, par langue des apprenants.",
                [(f"{row['question']} ({row['language']})", row["right_percent"]) for row in hardest],
                unit="%",
                label_heading="Question (langue)",
                value_heading="Bonnes réponses",
            )
        ]

    @cached_property
    def columns(self):
        return [
            *field_columns(module="Module", question="Question", language="Langue", answers="Réponses"),
            Column("right_percent", label="Bonnes réponses", accessor=lambda row: _percent(row["right_percent"])),
            Column(
                "wrong_answer",
                label="Mauvaise réponse la plus choisie",
                accessor=lambda row: (
                    f"{row['wrong_answer']} ({row['wrong_count']} fois)" if row["wrong_count"] else "—"
                ),
            ),
            Column("check_translation", label="Traduction", accessor=lambda row: dash(row["check_translation"])),
            TitleColumn(
                "url",
                label="À revoir",
                accessor=lambda row: "Revoir le module" if row["url"] else "—",
                get_url=lambda row: row["url"] or None,
            ),
        ]


class LearnerReportView(BaseReport):
    """One learner: each module, their attestations and their diagnostic per competence."""

    page_title = "Progrès d'un apprenant"
    index_url_name = "reports_learner"
    template_name = "reports/learner.html"
    no_results_message = "Cet apprenant n'a encore commencé aucun module."
    export_headings = {
        "title": "Module",
        "steps": "Étapes vues",
        "percent": "Progression (%)",
        "best_score": "Meilleur score (%)",
        "attempts": "Tentatives de quiz",
        "minutes": "Temps passé (minutes)",
        "completed_at": "Terminé le",
    }

    def check(self, request, *args, **kwargs):
        self.learner = access.learner_for(request.user, kwargs["pk"])
        self.card = self.learner.active_card

    def get_page_subtitle(self):
        code = self.card.code if self.card else f"Apprenant {self.learner.pk}"
        return f"{code} – {self.learner.display_name}" if self.learner.display_name else code

    def get_filename(self):
        return f"apprenant-{self.learner.pk}"

    def get_queryset(self):
        progress = list(ModuleProgress.objects.filter(learner=self.learner).order_by("-updated_at"))
        modules = french_modules({row.module_key for row in progress})
        events = ProgressEvent.objects.filter(learner=self.learner).values_list(
            "learner_id", "module_key", "occurred_at"
        )
        spent = time_by_key(events)
        return [
            {
                "title": modules[row.module_key].title if row.module_key in modules else "Module supprimé",
                "steps": f"{len(row.steps_seen)} / {row.steps_total}",
                "percent": row.percent,
                "best_score": row.best_score,
                "attempts": row.attempts,
                "minutes": minutes(spent.get(row.module_key)),
                "completed_at": row.completed_at,
            }
            for row in progress
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.is_export:
            return context
        diagnostics = diagnostics_of([self.learner.pk]).get(self.learner.pk)
        competences = []
        if diagnostics:
            first, latest = diagnostics
            for code, name in competences_named(set(first.competences) | set(latest.competences)):
                competences.append(
                    {
                        "code": code,
                        "name": name,
                        "first": first.competences.get(code, "—") if first is not latest else "—",
                        "latest": latest.competences.get(code, "—"),
                    }
                )
        context.update(
            learner=self.learner,
            language=LANGUAGE_NAMES.get(self.learner.language, "—"),
            attestations=self.learner.attestations.order_by("issued_at"),
            diagnostic=diagnostics,
            competences=competences,
        )
        return context

    @cached_property
    def columns(self):
        return [
            Column("title", label="Module"),
            Column("percent", label="Progression", accessor=lambda row: f"{row['percent']} %"),
            Column("best_score", label="Meilleur score", accessor=lambda row: _percent(row["best_score"])),
            *field_columns(attempts="Tentatives", minutes="Temps (min)"),
            DateColumn("completed_at", label="Terminé le", accessor="completed_at"),
        ]


class IndicatorsView(BaseReport):
    """Programme indicators over a period, by month, language, class or competence; one A4 page when printed."""

    page_title = "Indicateurs du programme"
    index_url_name = "reports_indicators"
    template_name = "reports/indicators.html"
    paginate_by = 100
    no_results_message = "Aucune donnée pour cette période."

    @cached_property
    def period(self):
        start, end = indicators.default_period()
        try:
            start = date.fromisoformat(self.request.GET.get("du", "")) if self.request.GET.get("du") else start
            end = date.fromisoformat(self.request.GET.get("au", "")) if self.request.GET.get("au") else end
        except ValueError:
            self.period_error = "Les dates s'écrivent comme 2026-01-31. La période de l'année en cours est montrée."
            return indicators.default_period()
        if end < start:
            self.period_error = "La fin de la période est avant son début. La période de l'année en cours est montrée."
            return indicators.default_period()
        return start, end

    @cached_property
    def view(self):
        value = self.request.GET.get("vue", "mois")
        return value if value in indicators.VIEWS else "mois"

    @property
    def export_headings(self):
        if self.view == "competence":
            return {
                "label": "Compétence",
                "learners": "Apprenants diagnostiqués",
                "twice": "Diagnostiqués deux fois ou plus",
                "first_level": "Niveau moyen au premier diagnostic",
                "latest_level": "Niveau moyen au dernier diagnostic",
                "progressed": "Apprenants qui ont progressé",
            }
        return {
            "label": {"mois": "Mois", "langue": "Langue", "groupe": "Groupe"}[self.view],
            "learners": "Apprenants actifs",
            "new_learners": "Nouveaux apprenants",
            "sessions": "Séances tenues",
            "hours": "Heures suivies",
            "modules_completed": "Modules terminés",
            "paths_completed": "Parcours terminés (attestations délivrées)",
        }

    def get_filename(self):
        start, end = self.period
        return f"indicateurs-{self.view}-{start:%Y-%m-%d}-{end:%Y-%m-%d}"

    def get_page_subtitle(self):
        start, end = self.period
        return f"du {start:%d/%m/%Y} au {end:%d/%m/%Y}"

    def get_queryset(self):
        start, end = self.period
        learners = access.visible_learners(self.request.user)
        self.rows = indicators.indicator_rows(self.view, learners, access.visible_groups(self.request.user), start, end)
        return self.rows

    def get_charts(self):
        if self.view == "competence":
            return [
                chart(
                    "Niveau moyen au dernier diagnostic, par compétence",
                    "Pour chaque compétence, le niveau CRCN moyen des apprenants diagnostiqués deux fois ou plus.",
                    [(row["label"], row["latest_level"] or 0) for row in self.rows],
                    label_heading="Compétence",
                    value_heading="Niveau moyen",
                )
            ]
        heading = self.export_headings["label"]
        return [
            chart(
                f"Apprenants actifs, {indicators.VIEWS[self.view].lower()}",
                "Le nombre d'apprenants qui ont travaillé sur le site pendant la période.",
                [(row["label"], row["learners"]) for row in self.rows],
                label_heading=heading,
                value_heading="Apprenants actifs",
            ),
            chart(
                f"Heures suivies, {indicators.VIEWS[self.view].lower()}",
                "Le temps passé par les apprenants, en heures, lu dans leurs progrès.",
                [(row["label"], row["hours"]) for row in self.rows],
                unit="h",
                label_heading=heading,
                value_heading="Heures suivies",
            ),
        ]

    def get_filters(self):
        start, end = self.period
        return [
            {"name": "du", "label": "Du", "type": "date", "value": start.isoformat()},
            {"name": "au", "label": "Au", "type": "date", "value": end.isoformat()},
            {"name": "vue", "label": "Vue", "options": list(indicators.VIEWS.items()), "value": self.view},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["period_error"] = getattr(self, "period_error", "")
        return context

    @cached_property
    def columns(self):
        return field_columns(**self.export_headings)
