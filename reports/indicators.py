"""Programme indicators for those who fund and steer the programme, over a period, seen by month, by
language, by class or by competence (the diagnostic). A fixed number of queries for any period.

- learners: distinct learners active in the period (a progress event or a quiz attempt);
- new learners: learners whose record was created in the period;
- sessions held: the days on which at least one learner of a class was active, per class (a class meeting);
- hours followed: the time spent read from progress events (reports.metrics.counted_gaps);
- modules completed, and paths completed (one attestation is issued per path completed).
"""

import calendar
from collections import defaultdict
from datetime import date, datetime, time, timedelta

from django.utils import formats, timezone, translation

from classes.models import Membership
from diagnostic.models import DiagnosticResult
from learners.models import Attestation, ModuleProgress, ProgressEvent, QuizAttempt
from reports.data import competences_named, language_name
from reports.metrics import counted_gaps

VIEWS = {"mois": "Par mois", "langue": "Par langue", "groupe": "Par groupe", "competence": "Par compétence"}


def default_period(today=None):
    """From the first day of the year to today."""
    today = today or timezone.localdate()
    return date(today.year, 1, 1), today


def months(start, end):
    first = date(start.year, start.month, 1)
    found = []
    while first <= end:
        found.append(first)
        first = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return found


def month_label(first):
    with translation.override("fr"):
        return formats.date_format(first, "F Y")


def _bounds(start, end):
    zone = timezone.get_current_timezone()
    return datetime.combine(start, time.min, zone), datetime.combine(end + timedelta(days=1), time.min, zone)


def indicator_rows(view, learners, groups, start, end):
    """The rows of one view of the indicators for `learners` (a queryset) and `groups` (the classes seen)."""
    if view == "competence":
        return competence_rows(learners, start, end)
    since, until = _bounds(start, end)
    ids = learners.values("pk")
    language_of = dict(learners.values_list("pk", "language"))
    groups_of = defaultdict(list)
    names = dict(groups.values_list("pk", "name"))
    for learner_id, group_id in Membership.objects.filter(group__in=groups, learner__in=ids).values_list(
        "learner_id", "group_id"
    ):
        groups_of[learner_id].append(group_id)

    def keys(learner_id, moment):
        if view == "mois":
            local = timezone.localtime(moment) if timezone.is_aware(moment) else moment
            return [date(local.year, local.month, 1)]
        if view == "langue":
            return [language_of.get(learner_id, "")]
        return groups_of.get(learner_id, [])

    if view == "mois":
        labels = {first: month_label(first) for first in months(start, end)}
    elif view == "langue":
        labels = {}
    else:
        labels = {pk: names[pk] for pk in names}
    totals = defaultdict(
        lambda: {"active": set(), "new": 0, "sessions": set(), "time": timedelta(0), "modules": 0, "paths": 0}
    )

    events = defaultdict(list)
    for learner_id, moment in ProgressEvent.objects.filter(
        learner__in=ids, occurred_at__gte=since, occurred_at__lt=until
    ).values_list("learner_id", "occurred_at"):
        events[learner_id].append((moment, moment))
        day = timezone.localtime(moment).date()
        for key in keys(learner_id, moment):
            totals[key]["active"].add(learner_id)
        for group_id in groups_of.get(learner_id, []):
            for key in keys(learner_id, moment) if view != "groupe" else [group_id]:
                totals[key]["sessions"].add((group_id, day))
    for learner_id, moment in QuizAttempt.objects.filter(
        learner__in=ids, submitted_at__gte=since, submitted_at__lt=until
    ).values_list("learner_id", "submitted_at"):
        for key in keys(learner_id, moment):
            totals[key]["active"].add(learner_id)
    for learner_id, moments in events.items():
        for moment, gap in counted_gaps(moments):
            for key in keys(learner_id, moment):
                totals[key]["time"] += gap
    for learner_id, moment in learners.filter(created_at__gte=since, created_at__lt=until).values_list(
        "pk", "created_at"
    ):
        for key in keys(learner_id, moment):
            totals[key]["new"] += 1
    for learner_id, moment in ModuleProgress.objects.filter(
        learner__in=ids, completed_at__gte=since, completed_at__lt=until
    ).values_list("learner_id", "completed_at"):
        for key in keys(learner_id, moment):
            totals[key]["modules"] += 1
    for learner_id, moment in Attestation.objects.filter(
        learner__in=ids, issued_at__gte=since, issued_at__lt=until
    ).values_list("learner_id", "issued_at"):
        for key in keys(learner_id, moment):
            totals[key]["paths"] += 1

    if view == "langue":
        order = sorted(totals, key=lambda code: language_name(code))
        labels = {code: language_name(code) for code in order}
    else:
        order = list(labels) if view == "mois" else sorted(labels, key=lambda pk: labels[pk].casefold())
    rows = []
    for key in order:
        entry = totals[key]
        rows.append(
            {
                "label": labels.get(key, str(key)),
                "learners": len(entry["active"]),
                "new_learners": entry["new"],
                "sessions": len(entry["sessions"]),
                "hours": round(entry["time"].total_seconds() / 3600, 1),
                "modules_completed": entry["modules"],
                "paths_completed": entry["paths"],
            }
        )
    return rows


def competence_rows(learners, start, end):
    """Per competence, from the diagnostics finished in the period: learners diagnosed, learners diagnosed at
    least twice, their average CRCN level at the first and at the latest diagnostic, and how many progressed."""
    since, until = _bounds(start, end)
    history = defaultdict(list)
    for result in DiagnosticResult.objects.filter(
        learner__in=learners.values("pk"), finished_at__gte=since, finished_at__lt=until
    ).order_by("finished_at", "pk"):
        history[result.learner_id].append(result.competences)
    per_code = defaultdict(lambda: {"learners": 0, "twice": 0, "first": [], "latest": [], "progressed": 0})
    for results in history.values():
        first, latest = results[0], results[-1]
        for code in set(first) | set(latest):
            entry = per_code[code]
            entry["learners"] += 1
            if len(results) > 1 and code in first and code in latest:
                entry["twice"] += 1
                entry["first"].append(first[code])
                entry["latest"].append(latest[code])
                entry["progressed"] += latest[code] > first[code]
    rows = []
    for code, name in competences_named(set(per_code)):
        entry = per_code[code]
        rows.append(
            {
                "label": f"{code} {name}" if name != code else code,
                "learners": entry["learners"],
                "twice": entry["twice"],
                "first_level": round(sum(entry["first"]) / len(entry["first"]), 1) if entry["first"] else None,
                "latest_level": round(sum(entry["latest"]) / len(entry["latest"]), 1) if entry["latest"] else None,
                "progressed": entry["progressed"],
            }
        )
    return rows


def days_in(first):
    return calendar.monthrange(first.year, first.month)[1]
