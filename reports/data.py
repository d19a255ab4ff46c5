"""The rows of the reports, each built in a fixed number of queries whatever the number of learners (the
class report of 500 learners makes as many queries as that of 5: tests/reports/test_class_report.py).

Rows are plain dicts: Wagtail's ReportView paginates them and exports them to CSV or XLSX. No row holds a PIN,
a picture password or a QR secret: only the card's code, and the name the learner gave, if any."""

from collections import Counter, defaultdict

from django.conf import settings
from django.db.models import Avg, Count, OuterRef, Subquery, Sum

from courses.models import Competence, ModulePage
from diagnostic.models import DiagnosticResult
from learners.models import Attestation, LearnerCard, ModuleProgress, ProgressEvent, QuizAttempt
from reports.metrics import (
    answer_key,
    answer_label,
    minutes,
    success_rate,
    time_by_key,
    time_spent,
    translations_to_check,
)

LANGUAGE_NAMES = {code: str(name) for code, name in settings.LANGUAGES}


def language_name(code):
    return LANGUAGE_NAMES.get(code, code or "—")


def competence_key(code):
    return "c_" + code.replace(".", "_")


def percent(value):
    return None if value is None else round(100 * value)


def with_card_codes(learners):
    cards = LearnerCard.objects.filter(learner=OuterRef("pk"), revoked_at__isnull=True).order_by("-created_at")
    return learners.annotate(card_code=Subquery(cards.values("code")[:1])).order_by("card_code", "pk")


def _levels(first, latest):
    if first is None or first == latest:
        return str(latest)
    return f"{first} → {latest}"


def diagnostics_of(learner_ids):
    """{learner id: (first result, latest result)}: one query."""
    found = {}
    for result in DiagnosticResult.objects.filter(learner__in=learner_ids).order_by("finished_at", "pk"):
        first, _latest = found.get(result.learner_id, (result, None))
        found[result.learner_id] = (first, result)
    return found


def competences_named(codes):
    """[(code, name)] of the French competences among `codes`, in the framework's order (one query)."""
    names = dict(Competence.objects.filter(code__in=codes, locale__language_code="fr").values_list("code", "name"))
    return [(code, names.get(code, code)) for code in sorted(codes)]


def learner_rows(learners):
    """One row per learner of the queryset `learners`: modules, time spent, scores, attempts, attestations and
    the diagnostic (first → latest level, overall and per competence). Six queries."""
    return rows_of(list(with_card_codes(learners)))


def rows_of(learners):
    """learner_rows for a list of learners annotated by with_card_codes (a report's page): five queries."""
    ids = [learner.pk for learner in learners]
    progress = defaultdict(list)
    for row in ModuleProgress.objects.filter(learner__in=ids).values(
        "learner_id", "completed_at", "best_score", "attempts"
    ):
        progress[row["learner_id"]].append(row)
    moments = defaultdict(list)
    for learner_id, moment in ProgressEvent.objects.filter(learner__in=ids).values_list("learner_id", "occurred_at"):
        moments[learner_id].append(moment)
    attestations = dict(
        Attestation.objects.filter(learner__in=ids)
        .values("learner_id")
        .annotate(n=Count("pk"))
        .values_list("learner_id", "n")
    )
    diagnostics = diagnostics_of(ids)
    codes = set()
    for first, latest in diagnostics.values():
        codes.update(first.competences, latest.competences)
    rows = []
    for learner in learners:
        modules = progress.get(learner.pk, [])
        scores = [row["best_score"] for row in modules if row["best_score"] is not None]
        spent, sessions = time_spent(moments.get(learner.pk, []))
        row = {
            "learner_id": learner.pk,
            "card": learner.card_code or "",
            "name": learner.display_name,
            "language": language_name(learner.language),
            "modules_started": len(modules),
            "modules_completed": sum(1 for row in modules if row["completed_at"]),
            "minutes": minutes(spent),
            "sessions": sessions,
            "average_score": round(sum(scores) / len(scores)) if scores else None,
            "attempts": sum(row["attempts"] for row in modules),
            "attestations": attestations.get(learner.pk, 0),
            "last_active_at": learner.last_active_at,
            "diagnostic": "",
            **{competence_key(code): "" for code in codes},
        }
        if learner.pk in diagnostics:
            first, latest = diagnostics[learner.pk]
            row["diagnostic"] = _levels(first.level if first is not latest else None, latest.level)
            for code in codes:
                if code in latest.competences:
                    before = first.competences.get(code) if first is not latest else None
                    row[competence_key(code)] = _levels(before, latest.competences[code])
        rows.append(row)
    return rows, competences_named(codes)


def french_modules(keys=None):
    modules = ModulePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    if keys is not None:
        modules = modules.filter(translation_key__in=keys)
    return {module.translation_key: module for module in modules.order_by("path")}


def module_rows(learners, with_time=True):
    """One row per French module: learners who started it, completed it, their average best score, quiz
    attempts and time spent (unless not `with_time`). Three queries (two without the time)."""
    stats = {
        row["module_key"]: row
        for row in ModuleProgress.objects.filter(learner__in=learners.values("pk"))
        .values("module_key")
        .annotate(
            started=Count("pk"), completed=Count("completed_at"), score=Avg("best_score"), attempts=Sum("attempts")
        )
    }
    spent = {}
    if with_time:
        events = ProgressEvent.objects.filter(learner__in=learners.values("pk")).values_list(
            "learner_id", "module_key", "occurred_at"
        )
        spent = time_by_key(events)
    rows = []
    for key, module in french_modules().items():
        row = stats.get(key, {})
        started = row.get("started", 0)
        rows.append(
            {
                "module_key": str(key),
                "page_id": module.pk,
                "title": module.title,
                "duration": module.duration,
                "started": started,
                "completed": row.get("completed", 0),
                "average_score": round(row["score"]) if row.get("score") is not None else None,
                "attempts": row.get("attempts") or 0,
                "minutes": minutes(spent.get(key)),
                "average_minutes": round(minutes(spent.get(key)) / started) if started else None,
            }
        )
    return rows


def question_rows(learners, module_key=None, language=None):
    """Per module, question and learner language: answers, the share of right ones, the wrong answer most
    often chosen, and « traduction à vérifier » (reports.metrics.translations_to_check). Most difficult first.
    Two queries."""
    attempts = QuizAttempt.objects.filter(learner__in=learners.values("pk"))
    if module_key:
        attempts = attempts.filter(module_key=module_key)
    stats = {}
    for key, lang, result in attempts.values_list("module_key", "language", "result"):
        for graded in result.get("questions", []):
            entry = stats.setdefault((key, graded["id"], lang or ""), {"right": 0, "total": 0, "wrong": Counter()})
            entry["total"] += 1
            if graded.get("correct"):
                entry["right"] += 1
            elif graded.get("answer") is not None:
                entry["wrong"][answer_key(graded["answer"])] += 1
    by_question = defaultdict(dict)
    for (key, question, lang), entry in stats.items():
        by_question[(key, question)][lang] = (entry["right"], entry["total"])
    flagged = {question: translations_to_check(languages) for question, languages in by_question.items()}
    modules = french_modules({key for key, _q, _l in stats})
    rows = []
    for (key, question, lang), entry in stats.items():
        if language and lang != language:
            continue
        module = modules.get(key)
        bound = next((b for b in module.quiz if b.id == question), None) if module else None
        wrong = entry["wrong"].most_common(1)
        rate = success_rate(entry["right"], entry["total"])
        rows.append(
            {
                "module_key": str(key),
                "module": module.title if module else "Module supprimé",
                "page": module,
                "question_id": question,
                "question": bound.value["prompt"] if bound else "Question supprimée",
                "language_code": lang,
                "language": language_name(lang),
                "answers": entry["total"],
                "right_percent": percent(rate),
                "wrong_answer": answer_label(bound, wrong[0][0]) if wrong else "",
                "wrong_count": wrong[0][1] if wrong else 0,
                "check_translation": "Traduction à vérifier" if lang in flagged[(key, question)] else "",
            }
        )
    rows.sort(key=lambda row: (row["right_percent"], -row["answers"], row["module"], row["question"]))
    return rows
