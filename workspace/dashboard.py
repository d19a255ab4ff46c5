"""The translators' dashboard: for each language, every module's state, in a constant number of queries.

States come from wagtail-localize's own records, aggregated in the database (never by loading pages):
- not translated: no page in that language;
- translated %: the module's strings (StringSegment, the slug aside) that have a translation for that
  language different from the French (a copy of the French is what a sync leaves: not yet translated);
- out of date: the French module was published after wagtail-localize last read it (its TranslationSource),
  so the translation lacks the latest changes until somebody syncs it;
- missing audio: steps whose audio is not overridden for that language (SegmentOverride), i.e. still the
  French clip or none; missing alt text: illustration descriptions not yet translated;
- audio to record (« audio à enregistrer »): each step and quiz question with no clip of its own in that
  language, listed by number (with the French title or question) — the work left to translators where no
  voice synthesises the language (tools/synthesise_audio.py).
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Exists, OuterRef
from wagtail.models import Locale, WorkflowState
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    TranslationSource,
)

from courses.models import ModulePage

STEP_AUDIO = r"^steps\.[^.]+\.audio$"
STEP_TITLE = r"^steps\.[^.]+\.title$"
STEP_ALT = r"^steps\.[^.]+\.illustration\.alt$"
QUESTION_PROMPT = r"^quiz\.[^.]+\.prompt$"
OWN_AUDIO = r"^(steps|quiz)\.[^.]+\.audio$"


@dataclass
class ModuleState:
    french: dict
    page: dict | None
    source_id: int | None
    percent: int
    out_of_date: bool
    steps: int
    audio_missing: int
    alt_missing: int
    in_review: bool = False
    audio_todo: list = None  # [("step" | "question", number, French text)] still without a clip of their own

    @property
    def translated(self):
        return self.page is not None

    @property
    def status(self):
        """not_translated, out_of_date, in_review, draft (never published), changes (published, with a saved
        draft learners do not see yet) or published."""
        if not self.translated:
            return "not_translated"
        if self.out_of_date:
            return "out_of_date"
        if self.in_review:
            return "in_review"
        if not self.page["live"]:
            return "draft"
        if self.page["has_unpublished_changes"]:
            return "changes"
        return "published"

    @property
    def complete(self):
        return self.status == "published" and self.percent == 100


def language_states(code):
    """[ModuleState] for every French module, in the language `code`."""
    locale = Locale.objects.get(language_code=code)
    french = list(
        ModulePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("path")
        .values("id", "title", "translation_key", "last_published_at", "live")
    )
    keys = [module["translation_key"] for module in french]
    pages = {
        page["translation_key"]: page
        for page in ModulePage.objects.filter(locale=locale, translation_key__in=keys).values(
            "id", "title", "translation_key", "live", "has_unpublished_changes"
        )
    }
    sources = {
        source["object_id"]: source
        for source in TranslationSource.objects.filter(
            object_id__in=keys, locale__language_code=settings.LANGUAGE_CODE
        ).values("id", "object_id", "last_updated_at")
    }
    source_ids = [source["id"] for source in sources.values()]
    # The slug is not text for learners; a "translation" identical to the French is a copy, not a translation.
    segments = StringSegment.objects.filter(source_id__in=source_ids).exclude(context__path="slug")
    totals = dict(segments.values("source_id").annotate(n=Count("id")).values_list("source_id", "n"))
    own_translation = Exists(
        StringTranslation.objects.filter(
            translation_of_id=OuterRef("string_id"), context_id=OuterRef("context_id"), locale=locale
        ).exclude(data=OuterRef("string__data"))
    )
    translated = dict(
        segments.filter(own_translation).values("source_id").annotate(n=Count("id")).values_list("source_id", "n")
    )
    steps = dict(
        segments.filter(context__path__regex=STEP_TITLE)
        .values("source_id")
        .annotate(n=Count("id"))
        .values_list("source_id", "n")
    )
    alts = dict(
        segments.filter(context__path__regex=STEP_ALT)
        .values("source_id")
        .annotate(n=Count("id"))
        .values_list("source_id", "n")
    )
    alts_done = dict(
        segments.filter(own_translation, context__path__regex=STEP_ALT)
        .values("source_id")
        .annotate(n=Count("id"))
        .values_list("source_id", "n")
    )
    audio_contexts = OverridableSegment.objects.filter(
        source_id__in=source_ids, context__path__regex=STEP_AUDIO
    ).values("context_id")
    own_audio = dict(
        OverridableSegment.objects.filter(
            source_id__in=source_ids,
            context__path__regex=STEP_AUDIO,
            context_id__in=SegmentOverride.objects.filter(locale=locale, context_id__in=audio_contexts).values(
                "context_id"
            ),
        )
        .values("source_id")
        .annotate(n=Count("id"))
        .values_list("source_id", "n")
    )
    todo = audio_to_record(segments, locale, keys)
    in_review = set(
        WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS, object_id__in=[str(page["id"]) for page in pages.values()]
        ).values_list("object_id", flat=True)
    )
    states = []
    for module in french:
        key = module["translation_key"]
        source = sources.get(key)
        page = pages.get(key)
        source_id = source["id"] if source else None
        total = totals.get(source_id, 0)
        done = translated.get(source_id, 0) if page else 0
        step_count = steps.get(source_id, 0)
        states.append(
            ModuleState(
                french=module,
                page=page,
                source_id=source_id,
                percent=round(100 * done / total) if total else 0,
                out_of_date=bool(
                    page
                    and source
                    and module["last_published_at"]
                    and module["last_published_at"] > source["last_updated_at"]
                ),
                steps=step_count,
                audio_missing=step_count - (own_audio.get(source_id, 0) if page else 0),
                alt_missing=alts.get(source_id, 0) - (alts_done.get(source_id, 0) if page else 0),
                in_review=bool(page and str(page["id"]) in in_review),
                audio_todo=todo.get(source_id, []) if page else [],
            )
        )
    return states


def audio_to_record(segments, locale, keys):
    """{source id: [("step" | "question", number, French text)]}: the steps and questions of each module
    whose audio has no override in `locale` (no clip of that language), in two queries for all modules."""
    done = set(
        SegmentOverride.objects.filter(
            locale=locale, context__object_id__in=keys, context__path__regex=OWN_AUDIO
        ).values_list("context__object_id", "context__path")
    )
    todo = {}
    numbers = {}
    rows = (
        segments.filter(context__path__regex=f"{STEP_TITLE}|{QUESTION_PROMPT}")
        .order_by("source_id", "order")
        .values_list("source_id", "context__object_id", "context__path", "string__data")
    )
    for source_id, key, path, text in rows:
        field, block_id, _name = path.split(".")
        kind = "step" if field == "steps" else "question"
        number = numbers[source_id, kind] = numbers.get((source_id, kind), 0) + 1
        if (key, f"{field}.{block_id}.audio") not in done:
            todo.setdefault(source_id, []).append((kind, number, text))
    return todo


def summary(states):
    """One line per language: share of modules fully translated and of steps with their own audio."""
    modules = len(states)
    steps = sum(state.steps for state in states)
    return {
        "modules": modules,
        "complete": sum(1 for state in states if state.complete),
        "complete_percent": round(100 * sum(1 for state in states if state.complete) / modules) if modules else 0,
        "audio_percent": round(100 * sum(state.steps - state.audio_missing for state in states) / steps)
        if steps
        else 0,
        "out_of_date": sum(1 for state in states if state.out_of_date),
        "not_translated": sum(1 for state in states if not state.translated),
    }
