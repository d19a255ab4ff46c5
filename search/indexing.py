"""Keep the search index in step with published pages, in every language."""

from django.db import transaction
from wagtail.models import Page

from core.text import fold
from courses.models import InfoPage, ModulePage, ThemePage
from search.analysis import TYPO_MIN_LENGTH, deletions, plain, term, words
from search.models import SearchDocument, SearchTerm, SearchVariant

TITLE, BODY = 3, 1


def _terms_of(text, language, weight):
    """{term: weight} for a text: each word's stem, and the word itself for prefix matching."""
    found = {}
    for _start, _end, word in words(text):
        if len(word) == 1 and word.isascii():
            continue
        for value in {term(word, language), fold(word)[:64]}:
            if value:
                found[value] = max(found.get(value, 0), weight)
    return found


def _document(page, kind, title, text, weighted_texts, step_number=None):
    language = page.locale.language_code
    document = SearchDocument.objects.create(
        page=page, locale_id=page.locale_id, kind=kind, step_number=step_number, title=title[:255], text=text
    )
    found = {}
    for value, weight in weighted_texts:
        for key, key_weight in _terms_of(value, language, weight).items():
            found[key] = max(found.get(key, 0), key_weight)
    SearchTerm.objects.bulk_create(
        SearchTerm(document=document, locale_id=page.locale_id, term=key, weight=weight)
        for key, weight in found.items()
    )
    # What lets a query with one typo find these terms (search.query): shared by the language's documents.
    SearchVariant.objects.bulk_create(
        (
            SearchVariant(locale_id=page.locale_id, variant=variant, term=key)
            for key in found
            if len(key) >= TYPO_MIN_LENGTH
            for variant in deletions(key)
        ),
        ignore_conflicts=True,
    )


@transaction.atomic
def index_page(page):
    """(Re)index one page in its own language; anything else than themes, modules and info pages is skipped."""
    page = page.specific
    remove_page(page)
    if not page.live:
        return
    if isinstance(page, ThemePage):
        _document(page, "theme", page.title, page.description, [(page.title, TITLE), (page.description, BODY)])
    elif isinstance(page, ModulePage):
        _document(page, "module", page.title, page.objective, [(page.title, TITLE), (page.objective, BODY)])
        for number, block in enumerate(page.steps, start=1):
            value = block.value
            text = plain(value["text"].source)
            vocabulary = " ".join(item["word"] for item in value["vocabulary"])
            callout = plain(value["callout"]["text"] or "")
            _document(
                page,
                "step",
                value["title"],
                text,
                [(value["title"], 2), (text, BODY), (vocabulary, 2), (callout, BODY)],
                step_number=number,
            )
    elif isinstance(page, InfoPage):
        body = " ".join(_block_text(block) for block in page.body)
        _document(
            page, "page", page.title, page.intro or body[:300], [(page.title, TITLE), (page.intro, BODY), (body, BODY)]
        )


def remove_page(page):
    SearchDocument.objects.filter(page_id=page.pk).delete()


def rebuild():
    SearchDocument.objects.all().delete()
    SearchVariant.objects.all().delete()
    count = 0
    for page in Page.objects.live().specific().iterator():
        index_page(page)
        count += 1
    return count


def _block_text(block):
    if block.block_type == "paragraph":
        return plain(block.value.source)
    if block.block_type == "contact":
        return f"{block.value['name']} {block.value['description']}"
    if block.block_type == "heading":
        return block.value
    return ""
