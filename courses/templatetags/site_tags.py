"""Template tags of the site shell: language switcher, meta description and organisation settings."""

from django import template
from django.conf import settings
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _
from wagtail.models import Page

from courses.models import OrganisationSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to this page in every language, the current language first.

    On a Wagtail page each link goes to the page's live translation; where there is none (or outside a
    page), it goes to that language's home. Names are given in their own script, never as flags.
    """
    current = get_language()
    page = context.get("page")
    translations = {}
    if isinstance(page, Page):
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation.get_url(context.get("request"))
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
