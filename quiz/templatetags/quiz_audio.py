"""`{{ clip|synthetic }}`: whether a clip is a synthesised voice, which learners are told (core.audio)."""

from django import template

from core.audio import is_synthetic

register = template.Library()


@register.filter
def synthetic(document):
    return is_synthetic(document)
