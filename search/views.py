"""Search in the learner's language, with French results as a labelled fallback, and typing suggestions."""

from html import unescape

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.html import strip_tags
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from core.clients import client_address
from core.ratelimit import RateLimit
from search import query as search_query
from search import results
from search.analysis import MAX_QUERY_LENGTH

SUGGESTIONS = 6
SEARCHES = RateLimit("search", limit=60, window=60)  # per client address and minute
# Suggestions follow the typing (one request per pause), so they get a budget of their own.
SUGGESTS = RateLimit("suggest", limit=120, window=60)


def _too_many_searches():
    return _("You have searched many times in a short while. Please wait one minute.")


@require_GET
def search(request):
    """`/<lang>/search/?q=…`: results in the active language; French results below when there are none."""
    raw = request.GET.get("q", "")
    query = raw[:MAX_QUERY_LENGTH].strip()
    context = {"query": query, "cut": len(raw) > MAX_QUERY_LENGTH, "results": [], "french_results": []}
    address = client_address(request)
    if SEARCHES.exceeded(address):
        context["message"] = _too_many_searches()
        response = render(request, "search/search.html", context, status=429)
        response["Retry-After"] = str(SEARCHES.retry_after(address))
        return response
    if not query:
        context["message"] = _("Type a word to search the lessons, for example a word from a lesson title.")
        return render(request, "search/search.html", context)
    found = search_query.search(query, get_language())
    if not found.stems:
        context["message"] = _("Type letters or numbers: signs alone cannot be searched.")
        return render(request, "search/search.html", context)
    context["results"] = results.rows(found)
    context["french_results"] = results.rows(found.french) if found.french else []
    return render(request, "search/search.html", context)


@require_GET
def suggest(request):
    """Titles that match what the learner is typing, for the search box (JSON)."""
    query = request.GET.get("q", "")[:MAX_QUERY_LENGTH].strip()
    if not query:
        return JsonResponse({"suggestions": []})
    address = client_address(request)
    if SUGGESTS.exceeded(address):
        response = JsonResponse({"detail": _too_many_searches(), "suggestions": []}, status=429)
        response["Retry-After"] = str(SUGGESTS.retry_after(address))
        return response
    found = search_query.search(query, get_language(), limit=SUGGESTIONS * 2, french_fallback=False)
    seen, suggestions = set(), []
    for row in results.rows(found):
        if row["url"] in seen:
            continue
        seen.add(row["url"])
        title = unescape(strip_tags(row["title"]))  # highlighted HTML; a suggestion is plain text (search.js)
        label = row["page_title"] if row["kind"] != "step" else f"{row['page_title']} – {title}"
        suggestions.append({"label": label, "url": row["url"]})
        if len(suggestions) == SUGGESTIONS:
            break
    return JsonResponse({"suggestions": suggestions})
