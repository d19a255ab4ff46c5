"""Template tags of the site shell: language switcher, fonts, meta description and organisation settings."""

from django import template
from django.conf import settings
from django.core.cache import cache
from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _
from wagtail.models import Page

from core.fonts import fonts_for
from courses.blocks import bold_only
from courses.models import OrganisationSettings
from courses.navigation import for_language, urls_in_every_language
from courses.page_cache import current_version

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to this page in every language, the current language first.

    On a Wagtail page each link goes to the page's live translation, or where there is none to its French
    page served under that language (courses.navigation); outside a page, to that language's home. Names are
    given in their own script, never as flags.
    """
    current = get_language()
    page = context.get("page")
    translations = {}
    if isinstance(page, Page) and page.live:
        # Links change only when a page is published, unpublished, moved or deleted, which purges the page
        # cache: its version keys them, so most renders skip the four queries.
        key = f"language-links:{current_version()}:{page.pk}"
        translations = cache.get(key)
        if translations is None:
            translations = urls_in_every_language(page, [code for code, _name in settings.LANGUAGES])
            cache.set(key, translations, settings.PAGE_CACHE_TIMEOUT)
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        links.append(
            {
                "code": code,
                "name_local": info["name_local"],
                "dir": "rtl" if info["bidi"] else "ltr",
                "url": translations.get(code) or f"/{code}/",
                "is_current": code == current,
            }
        )
    links.sort(key=lambda link: not link["is_current"])
    return links


@register.simple_tag
def language_fonts():
    """URLs of the fonts the current language's script is drawn with, for <link rel="preload">: the text is
    laid out once in its own font instead of twice (a fallback font, then ours when the stylesheet found it)."""
    return [static(name) for name in fonts_for(get_language())]


# The page's own summary, in this order; the first one that is not empty describes the page.
SUMMARY_FIELDS = ("search_description", "objective", "description", "intro", "tagline")


@register.simple_tag(takes_context=True)
def meta_description(context):
    """What search engines and link previews show: the page's search description, else its own summary
    (a module's objective, a theme's description, an intro or tagline), else one sentence about the site."""
    page = context.get("page")
    for field in SUMMARY_FIELDS:
        text = " ".join(strip_tags(str(getattr(page, field, "") or "")).split())
        if text:
            return Truncator(text).chars(300)
    return _("Short lessons with pictures and audio, in French and in your language, to learn to use a computer.")


@register.simple_tag
def organisation():
    """The organisation's settings in the active language (French as fallback), or None."""
    return OrganisationSettings.for_current_language()


@register.simple_tag
def learner_page(page):
    """`page` as a learner of the active language opens it: with `learner_url` (under /<code>/, also when
    the page is not translated) and `in_french` (it has no translation: label it « en français »)."""
    if hasattr(page, "learner_url"):
        return page
    return for_language([page], get_language())[0]


@register.filter
def first_unfinished(items):
    """The first of a path's items ({"module", "progress"}) whose module the learner has not completed."""
    for item in items:
        progress = item.get("progress")
        if progress is None or not getattr(progress, "completed_at", None):
            return item
    return None


@register.filter(name="bold_only")
def bold_only_filter(text):
    """A tip's text as HTML where only <b>…</b> is markup (courses.blocks.bold_only)."""
    return bold_only(text)
