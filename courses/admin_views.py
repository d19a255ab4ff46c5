"""Admin views for translators: the translation dashboard."""

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import reverse
from wagtail.models import GroupPagePermission

from courses import dashboard

PER_PAGE = 100


def languages_for(user):
    """The languages a user works on: their translator groups' languages, or all for trainers and admins."""
    others = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    if user.is_superuser or user.groups.filter(name__in=["Formateurs", "Administrateurs"]).exists():
        return others
    mine = set(
        GroupPagePermission.objects.filter(
            group__user=user, permission__codename="change_page", page__depth=2
        ).values_list("page__locale__language_code", flat=True)
    )
    return [code for code in others if code in mine]


def translation_dashboard(request):
    """Per language: every module's state, what is missing, and a link to do it."""
    names = dict(settings.LANGUAGES)
    codes = languages_for(request.user)
    code = request.GET.get("lang") if request.GET.get("lang") in codes else (codes[0] if codes else None)
    context = {"languages": [(c, names[c]) for c in codes], "code": code, "language_name": names.get(code)}
    if code:
        states = dashboard.language_states(code)
        show = request.GET.get("show", "")
        if show == "todo":
            states = [state for state in states if not state.complete or state.audio_missing]
        page = Paginator(states, PER_PAGE).get_page(request.GET.get("page"))
        for state in page.object_list:
            state.edit_url = reverse("wagtailadmin_pages:edit", args=[state.page["id"]]) if state.page else None
            state.translate_url = reverse("wagtail_localize:submit_page_translation", args=[state.french["id"]])
            state.sync_url = (
                reverse("wagtail_localize:update_translations", args=[state.source_id]) if state.source_id else None
            )
        context.update(
            summary=dashboard.summary(dashboard.language_states(code) if show else states),
            page=page,
            show=show,
        )
    return render(request, "courses/admin/translation_dashboard.html", context)
