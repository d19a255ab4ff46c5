"""What a learner of one language can open: every live page, translated or not.

A theme or module with no translation in the learner's language has no page of its own under /<code>/, but
the routing (courses.models.pages.FallbackToFrenchRoutingMixin) serves its French page there, in the learner's
shell. The listings (home, theme, path, search, my progress) show such a page too: its French page, with
`learner_url` under /<code>/ and `in_french` set, so that its card says « en français » in the learner's
language. Translated pages get `learner_url` = their own URL and `in_french` = False.

Queries do not grow with the number of pages: one for the translations, and for the pages in French two
more (their ancestors and the ancestors' translations).
"""

from django.conf import settings
from wagtail.models import Page

from core.translation import french_version


def _language(page):
    return page.locale.language_code


def _mark(page, url, in_french):
    page.learner_url = url
    page.in_french = in_french
    return page


def for_language(pages, language):
    """`pages` (French, or already in `language`) as a learner of `language` opens them, in the same order:
    each replaced by its live translation when there is one, else kept in French with a URL under /<code>/."""
    pages = list(pages)
    if language == settings.LANGUAGE_CODE:
        return [_mark(page, page.url, False) for page in pages]
    # A page in a third language (a path's module may point at any copy) counts as its French version.
    pages = [page if _language(page) in (language, settings.LANGUAGE_CODE) else french_version(page) for page in pages]
    pages = [page for page in pages if page is not None]
    french = [page for page in pages if _language(page) == settings.LANGUAGE_CODE]
    translations = {}
    if french:
        translations = {
            page.translation_key: page
            for page in Page.objects.live()
            .filter(locale__language_code=language, translation_key__in={page.translation_key for page in french})
            .specific()
        }
    result, pending = [], []
    for page in pages:
        if _language(page) == language:
            result.append(_mark(page, page.url, False))
            continue
        translated = translations.get(page.translation_key)
        if translated is not None:
            result.append(_mark(translated, translated.url, False))
        else:
            pending.append(page)
            result.append(page)
    for page, url in zip(pending, _urls_in_language(pending, language), strict=True):
        _mark(page, url, True)
    return result


def _urls_in_language(pages, language):
    """The URL under /<language>/ of French pages that have no live translation into `language`: the URL of
    their nearest ancestor that is translated, followed by the French slugs below it (what the routing
    follows)."""
    if not pages:
        return []
    steplen = Page.steplen
    paths = {page.path[:end] for page in pages for end in range(steplen, len(page.path), steplen)}
    ancestors = {
        page.path: page for page in Page.objects.filter(path__in=paths).only("path", "slug", "translation_key")
    }
    translated = {
        page.translation_key: page
        for page in Page.objects.live().filter(
            locale__language_code=language,
            translation_key__in={ancestor.translation_key for ancestor in ancestors.values()},
        )
    }
    urls = []
    for page in pages:
        slugs, path, base = [page.slug], page.path[:-steplen], None
        while path in ancestors:
            ancestor = ancestors[path]
            if ancestor.translation_key in translated:
                base = translated[ancestor.translation_key].url
                break
            slugs.insert(0, ancestor.slug)
            path = path[:-steplen]
        urls.append(f"{base}{'/'.join(slugs)}/" if base else page.url)
    return urls


def children_for_language(parent, language, page_type):
    """The live children of one type of `parent` (a page in `language`, or the French page served in its
    place) as a learner of `language` sees them: in the order of the French tree, untranslated ones in
    French. Children that exist only in `language` (written there, with no French source) come last."""
    french_parent = french_version(parent)
    if french_parent is None:
        return for_language(parent.get_children().live().type(page_type).specific(), language)
    children = list(french_parent.get_children().live().type(page_type).specific())
    if _language(parent) == language and parent.pk != french_parent.pk:
        keys = {child.translation_key for child in children}
        children += [
            child
            for child in parent.get_children().live().type(page_type).specific()
            if child.translation_key not in keys
        ]
    return for_language(children, language)


def learner_url(page, language):
    """Where a learner of `language` opens `page`: its translation, or its French page under /<code>/."""
    return for_language([page], language)[0].learner_url


def urls_in_every_language(page, languages):
    """{language: where a learner of that language opens `page`} in four queries, whatever the number of
    languages: the live translation's URL, or the French page's URL under /<code>/ (the language switcher)."""
    french = french_version(page)
    if french is None:
        return {}
    translations = {
        translation.locale.language_code: translation
        for translation in Page.objects.live().filter(translation_key=french.translation_key).select_related("locale")
    }
    steplen = Page.steplen
    paths = [french.path[:end] for end in range(steplen, len(french.path), steplen)]
    ancestors = list(Page.objects.filter(path__in=paths).order_by("-depth").only("path", "slug", "translation_key"))
    translated = {
        (ancestor.translation_key, ancestor.locale.language_code): ancestor
        for ancestor in Page.objects.live()
        .filter(translation_key__in={ancestor.translation_key for ancestor in ancestors})
        .select_related("locale")
    }
    urls = {}
    for language in languages:
        if language in translations:
            urls[language] = translations[language].url
            continue
        slugs = [french.slug]
        for ancestor in ancestors:  # nearest first
            found = translated.get((ancestor.translation_key, language))
            if found is not None:
                urls[language] = f"{found.url}{'/'.join(slugs)}/"
                break
            slugs.insert(0, ancestor.slug)
    return urls
