"""The search query and its ranking: documents of one language that contain every term of the query."""

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from wagtail.models import Locale

from search.analysis import analyse_query
from search.models import SearchDocument, SearchTerm

RESULTS = 20
PER_PAGE = 2  # at most two results per page, so that one long module does not hide the others


@dataclass
class Found:
    """What a query found in one language, with what the presentation needs to highlight it."""

    language: str
    documents: list
    stems: list
    prefix: str
    french: "Found | None" = None  # French results, when the learner's language has none


def find(query, language, limit=RESULTS):
    """Documents of one language that contain every query term (the last may be a prefix), best first."""
    stems, prefix = analyse_query(query, language)
    if not stems:
        return [], stems
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return [], stems
    scores = None
    for index, stem in enumerate(stems):
        condition = Q(term=stem)
        if index == len(stems) - 1 and prefix:
            condition |= Q(term__gte=prefix, term__lt=prefix + "\uffff")
        matches = defaultdict(int)
        for document_id, weight in SearchTerm.objects.filter(condition, locale=locale).values_list(
            "document_id", "weight"
        )[:5000]:
            matches[document_id] = max(matches[document_id], weight)
        if scores is None:
            scores = dict(matches)
        else:
            scores = {key: value + matches[key] for key, value in scores.items() if key in matches}
        if not scores:
            return [], stems
    best = sorted(scores, key=lambda key: -scores[key])[: limit * 3]
    documents = {
        document.pk: document
        for document in SearchDocument.objects.filter(pk__in=best, page__live=True).select_related("page")
    }
    ranked = [documents[key] for key in best if key in documents]
    # Kind order on equal scores: a module or theme before its steps.
    ranked.sort(key=lambda document: (-scores[document.pk], document.kind == "step"))
    # At most two results per page, so that one long module does not hide the others.
    per_page, kept = defaultdict(int), []
    for document in ranked:
        if per_page[document.page_id] < PER_PAGE:
            per_page[document.page_id] += 1
            kept.append(document)
    return kept[:limit], stems


def search(query, language, limit=RESULTS, french_fallback=True):
    """Found documents in `language`, with French ones when there are none (unless `french_fallback` is off)."""
    documents, stems = find(query, language, limit)
    found = Found(language, documents, stems, analyse_query(query, language)[1])
    if french_fallback and stems and not documents and language != settings.LANGUAGE_CODE:
        french, french_stems = find(query, settings.LANGUAGE_CODE, limit)
        found.french = Found(
            settings.LANGUAGE_CODE, french, french_stems, analyse_query(query, settings.LANGUAGE_CODE)[1]
        )
    return found
