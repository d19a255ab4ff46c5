"""Template tags of the translators' workspace."""

from django import template
from django.urls import reverse
from wagtail.models import Page

from workspace import review

register = template.Library()


@register.simple_tag
def review_submission(instance, user):
    """In wagtail-localize's editor, for a translator of a reviewed language who may not publish: the address
    that submits the translation to a trainer, and whether it already waits for one. None otherwise."""
    if not isinstance(instance, Page) or not review.review_required(instance.locale.language_code):
        return None
    permissions = instance.permissions_for_user(user)
    if not permissions.can_edit() or permissions.can_publish():
        return None
    return {
        "url": reverse("workspace:send", args=[instance.pk]),
        "in_review": instance.workflow_in_progress,
    }
