"""Create or refresh a translation through wagtail-localize's own records.

The demo's translations are made exactly as a translator's would be in the localisation UI (a
TranslationSource, a Translation per locale, StringTranslations and SegmentOverrides), so they show up
there as synced translations that can be edited and kept up to date.
"""

import html
import json

from wagtail.models import Page
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


def translate(instance, locale, strings, overrides=None, publish=True):
    """Translate `instance` (a page or snippet in the source locale) into `locale`.

    `strings` maps each source string to its translation; a string with no entry keeps the source text
    (a brand name, say) and is returned in the list of misses. `overrides` maps the path of an
    overridable value (for example ``steps.<block id>.audio``) to the value for this locale (a document
    or image id). Returns (translated instance, misses).
    """
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    source.update_from_db()
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    # wagtail-localize stores plain-text strings HTML-escaped ("&" as "&amp;"): compare unescaped.
    lookup = {html.unescape(source_text): target for source_text, target in strings.items()}
    misses = []
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        data = segment.string.data
        text = lookup.get(html.unescape(data))
        if text is None:
            if segment.context.path != "slug":  # URLs keep the French slug unless a translator changes it
                misses.append(data)
            text = data
        elif data != html.unescape(data) and text == html.unescape(text):
            text = html.escape(text, quote=False)
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    if overrides:
        for segment in OverridableSegment.objects.filter(source=source).select_related("context"):
            if segment.context.path in overrides:
                SegmentOverride.objects.update_or_create(
                    locale=locale,
                    context=segment.context,
                    defaults={"data_json": json.dumps(overrides[segment.context.path])},
                )
    if isinstance(instance, Page):
        # wagtail-localize publishes pages when the transaction commits, from a copy of the page made now:
        # inside a long transaction that copy is stale (its tree counts) by then. Save a draft and publish
        # it at once from a fresh copy instead.
        translation.save_target(publish=False)
        target = translation.get_target_instance()
        if publish:
            Page.objects.get(pk=target.pk).get_latest_revision().publish()
        return Page.objects.get(pk=target.pk).specific, misses
    translation.save_target(publish=publish)
    return translation.get_target_instance(), misses
