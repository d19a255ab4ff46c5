"""« For your group » on the learner's home page: what the learner's classes are asked to do, in the
learner's language (the French page when it has no live translation). Two queries, whatever the number of
classes."""

from django import template
from django.db.models import F
from wagtail.models import Locale, Page

from classes.models import Assignment
from learners import identity

register = template.Library()


def _learner(request):
    if request is None or not hasattr(request, "session") or not request.session.get(identity.SESSION_KEY):
        return None
    if not hasattr(request, "_learner"):
        request._learner = identity.current_learner(request)
    return request._learner


def assignments_for(learner, locale):
    """[(page in the learner's language, due date or None)] of the learner's classes, soonest first, each page once."""
    rows = (
        Assignment.objects.filter(group__memberships__learner=learner)
        .order_by(F("due_on").asc(nulls_last=True), "group_id", "sort_order")
        .values_list("page_id", "page__translation_key", "due_on")
    )
    rows = list(dict.fromkeys((page_id, key, due) for page_id, key, due in rows))
    if not rows:
        return []
    keys = {key for _page_id, key, _due in rows}
    pages = Page.objects.live().filter(translation_key__in=keys).specific().select_related("locale")
    by_key = {}
    for page in pages:
        best = by_key.get(page.translation_key)
        if best is None or page.locale_id == locale.pk:
            by_key[page.translation_key] = page
    seen, items = set(), []
    for _page_id, key, due in rows:
        page = by_key.get(key)
        if page is not None and key not in seen and (page.locale_id == locale.pk or page.locale.language_code == "fr"):
            seen.add(key)
            items.append({"page": page, "due_on": due})
    return items


@register.inclusion_tag("classes/includes/for_your_group_list.html", takes_context=True)
def for_your_group(context):
    learner = _learner(context.get("request"))
    items = assignments_for(learner, Locale.get_active()) if learner else []
    return {"items": items, "request": context.get("request")}
