"""Translate a page or snippet through wagtail-localize's PO import, the path translators use.

The demo's translations are made exactly as a translator's upload of a PO file would be (a TranslationSource,
a Translation per locale, StringTranslations and SegmentOverrides), so they show up in the localisation UI as
synced translations that can be edited and kept up to date.
"""

import html
import json

from django.core.serializers.json import DjangoJSONEncoder
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import Page
from wagtail_localize.models import OverridableSegment, SegmentOverride, Translation, TranslationSource


def translate(instance, locale, strings, overrides=None, publish=True):
    """Translate `instance` (a page or snippet in the source locale) into `locale`.

    `strings` maps each source string to its translation; a string with no entry keeps the source text
    and is returned in the list of misses (the slug keeps the French without being one). `overrides` maps
    the path of an overridable value (for example ``steps.<block id>.audio``) to the value for this locale
    (a document or image id). Returns (translated instance, misses).
    """
    source = current_source(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    misses = fill(po, strings)
    translation.import_po(po, tool_name="load_demo")
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


def current_source(instance):
    """The TranslationSource of `instance`, its segments up to date with the database.

    Refreshing the segments is the slow part of a translation: it is done only when the source content
    changed since it was extracted (a trainer edited the French), not once per language.
    """
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created and changed(source):
        source.update_from_db()
    return source


def changed(source):
    """Whether the source object changed since its content was extracted (dates that every save moves,
    such as a snippet's `updated_at`, do not count)."""
    instance = source.get_source_instance()
    if isinstance(instance, ClusterableModel):
        current = instance.to_json()
    else:
        current = json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder)
    volatile = {field.name for field in instance._meta.concrete_fields if getattr(field, "auto_now", False)}

    def content(serialised):
        return {key: value for key, value in json.loads(serialised).items() if key not in volatile}

    return content(current) != content(source.content_json)


def fill(po, strings):
    """Write each translation of `strings` into the msgstr of the exported `po`; returns the misses.

    wagtail-localize stores plain-text strings HTML-escaped ("&" as "&amp;"): compare unescaped, and escape
    a plain translation of an escaped source. A string with no translation keeps its source text.
    """
    lookup = {html.unescape(source): target for source, target in strings.items()}
    misses = []
    for entry in po:
        if entry.obsolete:
            continue
        text = lookup.get(html.unescape(entry.msgid))
        if text is None:
            if entry.msgctxt != "slug":  # URLs keep the French slug unless a translator changes it
                misses.append(entry.msgid)
            text = entry.msgid
        elif entry.msgid != html.unescape(entry.msgid) and text == html.unescape(text):
            text = html.escape(text, quote=False)
        entry.msgstr = text
    return misses
