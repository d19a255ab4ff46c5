"""Create or refresh a translation through wagtail-localize's own records.

The demo's translations are made exactly as a translator's would be in the localisation UI (a
TranslationSource, a Translation per locale and StringTranslations), so they show up there as synced
translations that can be edited and kept up to date.
"""

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


def translate(instance, locale, strings, publish=True):
    """Translate `instance` (a page or snippet in the source locale) into `locale`.

    `strings` maps each French source string to its translation; a string with no entry keeps the French
    text (a brand name, say). Returns the translated instance.
    """
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    source.update_from_db()
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = strings.get(segment.string.data, segment.string.data)
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    translation.save_target(publish=publish)
    return translation.get_target_instance()
