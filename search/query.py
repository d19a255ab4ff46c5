"""The search query and its ranking: documents of one language that contain every term of the query.

A word that matches no term of the language is matched with one typo (search.analysis.one_typo_apart),
through the variants stored by search.indexing: exact lookups, the same on SQLite and PostgreSQL. A match
with a typo weighs half an exact one. Lessons (themes, modules, steps) rank above information pages.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from wagtail.models import Locale, Page

from search.analysis import TYPO_MIN_LENGTH, analyse_query, deletions, one_typo_apart
from search.models import SearchDocument, SearchTerm, SearchVariant

RESULTS = 20
PER_PAGE = 2  # at most two results per page, so that one long module does not hide the others
EXACT, WITH_A_TYPO = 2, 1  # how much a match counts, times the term's weight


@dataclass
class Found:
    """What a query found in one language, with what the presentation needs to highlight it."""

    language: str
    documents: list
    stems: list  # the query's terms, and the terms it matched with a typo
    prefix: str
    french: "Found | None" = None  # French results, when nothing was found in the learner's language
    untranslated: "Found | None" = None  # French pages not translated into the learner's language


def _near(stem, locale):
    """Terms of the language one typo away from `stem` (none for short stems)."""
    if len(stem) < TYPO_MIN_LENGTH:
        return set()
    variants = deletions(stem)
    candidates = set(
        SearchVariant.objects.filter(locale=locale, variant__in=variants | {stem}).values_list("term", flat=True)
    )
    candidates |= variants  # terms with one letter fewer, if the index has them
    return {
        candidate for candidate in candidates if len(candidate) >= TYPO_MIN_LENGTH and one_typo_apart(stem, candidate)
    }


def find(query, language, limit=RESULTS, untranslated_into=None):
    """Documents of one language that contain every query term (the last may be a prefix), best first.

    With `untranslated_into`, only documents of pages that have no live translation into that language.
    Returns (documents, terms matched: the query's and those found with a typo).
    """
    stems, prefix = analyse_query(query, language)
    if not stems:
        return [], stems
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return [], stems
    rows = SearchTerm.objects.filter(locale=locale)
    if untranslated_into:
        translated = Page.objects.live().filter(locale__language_code=untranslated_into).values("translation_key")
        rows = rows.exclude(document__page__translation_key__in=translated)
    scores, kinds, matched = None, {}, list(stems)
    for index, stem in enumerate(stems):
        condition = Q(term=stem)
        if index == len(stems) - 1 and prefix:
            condition |= Q(term__gte=prefix, term__lt=prefix + "\uffff")
        found = list(rows.filter(condition).values_list("document_id", "weight", "document__kind")[:5000])
        factor = EXACT
        if not found and not SearchTerm.objects.filter(condition, locale=locale).exists():
            # The word is in no document of the language: a typo, perhaps.
            near = _near(stem, locale)
            if near:
                matched += sorted(near)
                found = list(rows.filter(term__in=near).values_list("document_id", "weight", "document__kind")[:5000])
                factor = WITH_A_TYPO
        matches = defaultdict(int)
        for document_id, weight, kind in found:
            matches[document_id] = max(matches[document_id], weight * factor)
            kinds[document_id] = kind
        if scores is None:
            scores = dict(matches)
        else:
            scores = {key: value + matches[key] for key, value in scores.items() if key in matches}
        if not scores:
            return [], matched

    def rank(key):
        # Lessons before information pages; then the score; a module or theme before its steps.
        return (kinds[key] == "page", -scores[key], kinds[key] == "step")

    best = sorted(scores, key=rank)[: limit * 3]
    documents = {
        document.pk: document
        for document in SearchDocument.objects.filter(pk__in=best, page__live=True).select_related("page")
    }
    ranked = [documents[key] for key in best if key in documents]
    # At most two results per page, so that one long module does not hide the others.
    per_page, kept = defaultdict(int), []
    for document in ranked:
        if per_page[document.page_id] < PER_PAGE:
            per_page[document.page_id] += 1
            document.score = scores[document.pk]
            kept.append(document)
    return kept[:limit], matched


def search(query, language, limit=RESULTS, french_fallback=True):
    """Found documents in `language`, with the French pages that have no translation into it; French results
    of every page when nothing is found (unless `french_fallback` is off)."""
    documents, stems = find(query, language, limit)
    found = Found(language, documents, stems, analyse_query(query, language)[1])
    if language == settings.LANGUAGE_CODE or not stems:
        return found
    french_prefix = analyse_query(query, settings.LANGUAGE_CODE)[1]
    untranslated, untranslated_stems = find(query, settings.LANGUAGE_CODE, limit, untranslated_into=language)
    if untranslated:
        found.untranslated = Found(settings.LANGUAGE_CODE, untranslated, untranslated_stems, french_prefix)
    if french_fallback and not documents:
        # A French word typed in another language: the French pages, below (those listed above excepted).
        shown = {document.pk for document in untranslated}
        french, french_stems = find(query, settings.LANGUAGE_CODE, limit)
        french = [document for document in french if document.pk not in shown]
        if french:
            found.french = Found(settings.LANGUAGE_CODE, french, french_stems, french_prefix)
    return found
