"""Wagtail's `image`, `srcset_image` and `picture` tags, giving valid HTML for SVG renditions too.

Load it after `wagtailimages_tags` (`{% load wagtailimages_tags lesson_images %}`): the tags keep their names
and arguments. An SVG rendition (`preserve-svg`) measures itself in fractions of a pixel, and an SVG is never
enlarged, so Wagtail writes `width="320.0"` and a srcset with `640.0w` twice (width-640 and width-1024 of a
640-pixel drawing). HTML wants whole numbers and one candidate per width: browsers drop the others.
"""

from django import template
from wagtail.images.models import Picture, ResponsiveImage
from wagtail.images.shortcuts import get_rendition_or_not_found, get_renditions_or_not_found
from wagtail.images.templatetags import wagtailimages_tags as wagtail

register = template.Library()


def whole_pixels(rendition):
    """The rendition with integer width and height (in memory only; the database already stores integers)."""
    rendition.width, rendition.height = round(rendition.width), round(rendition.height)
    return rendition


def one_per_width(renditions):
    """`{spec: rendition}` with whole-pixel sizes, keeping the first rendition of each format and width."""
    kept, seen = {}, set()
    for spec, rendition in renditions.items():
        whole_pixels(rendition)
        fmt = next((part for part in spec.split("|") if part.startswith("format-")), "")
        if (fmt, rendition.width) in seen:
            continue
        seen.add((fmt, rendition.width))
        kept[spec] = rendition
    return kept


class ImageNode(wagtail.ImageNode):
    def render(self, context):
        image = self.validate_image(context)
        if not image:
            return ""
        rendition = whole_pixels(get_rendition_or_not_found(image, self.get_filter()))
        if self.output_var_name:
            context[self.output_var_name] = rendition
            return ""
        return rendition.img_tag({key: value.resolve(context) for key, value in self.attrs.items()})


class SrcsetImageNode(wagtail.SrcsetImageNode):
    wrapper = ResponsiveImage

    def render(self, context):
        image = self.validate_image(context)
        if not image:
            return ""
        renditions = one_per_width(get_renditions_or_not_found(image, self.get_filters()))
        if self.output_var_name:
            context[self.output_var_name] = self.wrapper(renditions)
            return ""
        attrs = {key: value.resolve(context) for key, value in self.attrs.items()}
        return self.wrapper(renditions, attrs).__html__()


class PictureNode(SrcsetImageNode):
    wrapper = Picture


NODES = {"image": ImageNode, "srcset_image": SrcsetImageNode, "picture": PictureNode}


def image_tag(parser, token):
    """Parsed exactly as Wagtail's tag of the same name, rendered by the node above."""
    node = wagtail.image(parser, token)
    return NODES[token.split_contents()[0]](
        node.image_expr, node.filter_specs, output_var_name=node.output_var_name, attrs=node.attrs
    )


for name in NODES:
    register.tag(name, image_tag)
