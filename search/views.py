"""Search in the learner's language, with French results as a labelled fallback, and typing suggestions."""

from collections import defaultdict

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

from courses.models.pages import prefetch_pictograms
from search.analysis import MAX_QUERY_LENGTH, analyse_query, normalise, strip_marks, term, words
from search.models import SearchDocument, SearchTerm

RESULTS = 20
PER_PAGE = 2
SUGGESTIONS = 6
RATE_LIMIT = 60  # searches per address per minute


def rate_limited(request):
    """Cache-based limit per address (the cache is Redis in production)."""
    address = request.META.get("REMOTE_ADDR", "unknown")
    key = f"search-rate:{address}"
    if cache.add(key, 1, timeout=60):
        return False
    try:
        return cache.incr(key) > RATE_LIMIT
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=60)
        return False


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


def highlight(text, language, stems, prefix):
    """Escape `text` and wrap the words that match the query in <mark>."""
    stems = set(stems)
    pieces, last = [], 0
    for start, end, word in words(text):
        normalised = strip_marks(normalise(word, language))
        if term(word, language) in stems or (prefix and normalised.startswith(prefix)):
            pieces += [escape(text[last:start]), "<mark>", escape(word), "</mark>"]
            last = end
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))  # noqa: S308 (every piece is escaped)


def snippet(text, language, stems, prefix, size=160):
    """A short part of the text around the first match."""
    position = 0
    for start, _end, word in words(text):
        if term(word, language) in stems:
            position = max(0, start - 40)
            break
    part = text[position : position + size]
    return ("…" if position else "") + part + ("…" if position + size < len(text) else "")


def present(documents, language, stems, prefix):
    """Result rows for the template: the page, its theme (for the pictogram), the step and highlights."""
    # Results only need titles and URLs: leave the steps' JSON in the database.
    pages = Page.objects.filter(pk__in={document.page_id for document in documents}).defer_streamfields().specific()
    pages = {page.pk: page for page in pages}
    # Parents found by tree path in one query (treebeard paths have 4 characters per level).
    parent_paths = {page.pk: page.path[: -Page.steplen] for page in pages.values()}
    themes_by_path = {
        page.path: page
        for page in Page.objects.filter(path__in=set(parent_paths.values())).defer_streamfields().specific()
    }
    parents = {key: themes_by_path.get(path) for key, path in parent_paths.items()}
    prefetch_pictograms([page for page in [*themes_by_path.values(), *pages.values()] if hasattr(page, "pictogram_id")])
    rows = []
    for document in documents:
        page = pages.get(document.page_id)
        if page is None:
            continue
        theme = page if document.kind == "theme" else parents.get(page.pk)
        url = page.url + (f"#step-{document.step_number}" if document.step_number else "")
        rows.append(
            {
                "url": url,
                "kind": document.kind,
                "page_title": page.title,
                "title": highlight(document.title, language, stems, prefix),
                "snippet": highlight(snippet(document.text, language, stems, prefix), language, stems, prefix),
                "theme": theme if hasattr(theme, "pictogram") else None,
                "step_number": document.step_number,
            }
        )
    return rows


@require_GET
def search(request):
    """`/<lang>/search/?q=…`: results in the active language; French results below when there are none."""
    language = get_language()
    raw = request.GET.get("q", "")
    query = raw[:MAX_QUERY_LENGTH].strip()
    context = {"query": query, "cut": len(raw) > MAX_QUERY_LENGTH, "results": [], "french_results": []}
    if rate_limited(request):
        context["message"] = _("You have searched many times in a short while. Please wait one minute.")
        return render(request, "search/search.html", context, status=429)
    if not query:
        context["message"] = _("Type a word to search the lessons, for example a word from a lesson title.")
        return render(request, "search/search.html", context)
    documents, stems = find(query, language)
    if not stems:
        context["message"] = _("Type letters or numbers: signs alone cannot be searched.")
        return render(request, "search/search.html", context)
    _stems, prefix = analyse_query(query, language)
    context["results"] = present(documents, language, stems, prefix)
    if not documents and language != settings.LANGUAGE_CODE:
        french, french_stems = find(query, settings.LANGUAGE_CODE)
        _ignored, french_prefix = analyse_query(query, settings.LANGUAGE_CODE)
        context["french_results"] = present(french, settings.LANGUAGE_CODE, french_stems, french_prefix)
    return render(request, "search/search.html", context)


@require_GET
def suggest(request):
    """Titles that match what the learner is typing, for the search box (JSON)."""
    language = get_language()
    query = request.GET.get("q", "")[:MAX_QUERY_LENGTH].strip()
    if not query or rate_limited(request):
        return JsonResponse({"suggestions": []})
    documents, _stems = find(query, language, limit=SUGGESTIONS * 2)
    seen, suggestions = set(), []
    for row in present(documents, language, *analyse_query(query, language)):
        if row["url"] in seen:
            continue
        seen.add(row["url"])
        label = row["page_title"] if row["kind"] != "step" else f"{row['page_title']} – {strip_tags(row['title'])}"
        suggestions.append({"label": label, "url": row["url"]})
        if len(suggestions) == SUGGESTIONS:
            break
    return JsonResponse({"suggestions": suggestions})
