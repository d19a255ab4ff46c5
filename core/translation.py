"""The French version of a page or snippet: French is the source and the language being learned."""

from django.conf import settings
from wagtail.models import Locale


def french_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def is_french(instance):
    return instance.locale.language_code == settings.LANGUAGE_CODE


def french_version(instance):
    """The French version of a translatable page or snippet (itself when it is French), or None."""
    if is_french(instance):
        return instance
    return instance.get_translation_or_none(french_locale())
