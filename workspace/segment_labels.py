"""Segment labels in wagtail-localize's translation editor that say what each segment is.

wagtail-localize names a StreamField segment by its block and that block's first child only: the alt text
of a step's illustration reads « Illustration », and a choice's feedback reads « Réponses », like the choice.
Translators then translate the wrong thing. This adds the deeper labels: « Illustration › Texte alternatif »,
« Réponses › Explication montrée après la réponse ». Installed in WorkspaceConfig.ready(); it wraps
wagtail-localize's own function and changes nothing else.
"""

from django.utils.text import capfirst
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail_localize.views import edit_translation

SEPARATOR = " › "


def block_labels(stream_block, field_path):
    """The labels of the blocks below the stream child on `field_path` ("steps.step.illustration.alt")."""
    parts = field_path.split(".")
    block = stream_block.child_blocks.get(parts[1]) if len(parts) > 1 else None
    labels = []
    for name in parts[2:]:
        while isinstance(block, blocks.ListBlock):
            block = block.child_block
        child = getattr(block, "child_blocks", {}).get(name)
        if child is None:
            continue  # a list item's position, not a block
        block = child
        labels.append(str(capfirst(child.label)))
    return labels


def with_full_labels(get_segment_location_info):
    def location_info(source_instance, tab_helper, content_path, field_path, widget=False):
        info = get_segment_location_info(source_instance, tab_helper, content_path, field_path, widget=widget)
        field = source_instance._meta.get_field(field_path.split(".")[0])
        if isinstance(field, StreamField):
            labels = block_labels(field.stream_block, field_path)
            if len(labels) > 1:
                info["subField"] = SEPARATOR.join(labels)
        return info

    location_info.wrapped = get_segment_location_info
    return location_info


def install():
    if not hasattr(edit_translation.get_segment_location_info, "wrapped"):
        edit_translation.get_segment_location_info = with_full_labels(edit_translation.get_segment_location_info)
