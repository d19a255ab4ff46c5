"""How search results are shown: titles and snippets with the matching words highlighted."""

from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.models import Page

from core.text import fold
from courses.models.pages import prefetch_pictograms
from courses.navigation import for_language
from search.analysis import term, words


def highlight(text, language, stems, prefix):
    """Escape `text` and wrap the words that match the query in <mark>."""
    stems = set(stems)
    pieces, last = [], 0
    for start, end, word in words(text):
        normalised = fold(word)
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


def rows(found):
    """Result rows for the template: the page, its theme (for the pictogram), the step and highlights.

    The French pages not translated into the learner's language (`found.untranslated`) come among them,
    labelled « en français » and opened under the learner's /<code>/; lessons before information pages.
    """
    found_rows = _rows(found)
    if found.untranslated is not None:
        found_rows += _rows(found.untranslated, learner_language=found.language)
        found_rows.sort(key=lambda row: (row["kind"] == "page", -row["score"]))
    return found_rows


def _rows(found, learner_language=None):
    documents, language, stems, prefix = found.documents, found.language, found.stems, found.prefix
    # Results only need titles and URLs: leave the steps' JSON in the database.
    pages = Page.objects.filter(pk__in={document.page_id for document in documents}).defer_streamfields().specific()
    pages = {page.pk: page for page in pages}
    if learner_language:  # French pages with no translation: their URL under /<learner_language>/
        pages = {page.pk: page for page in for_language(pages.values(), learner_language)}
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
        url = (page.learner_url if learner_language else page.url) + (
            f"#step-{document.step_number}" if document.step_number else ""
        )
        rows.append(
            {
                "url": url,
                "kind": document.kind,
                "page_title": page.title,
                "title": highlight(document.title, language, stems, prefix),
                "snippet": highlight(snippet(document.text, language, stems, prefix), language, stems, prefix),
                "theme": theme if hasattr(theme, "pictogram") else None,
                "step_number": document.step_number,
                "in_french": bool(learner_language),
                "score": getattr(document, "score", 0),
            }
        )
    return rows
