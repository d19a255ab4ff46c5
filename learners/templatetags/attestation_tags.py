"""The skills and hours an attestation names, for its public verification page."""

from django import template

from learners import attestation

register = template.Library()


@register.simple_tag
def attestation_skills(item):
    return attestation.skills(item)


@register.simple_tag
def attestation_hours(item):
    return attestation.hours(item)
