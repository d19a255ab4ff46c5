"""Admin views for translators: the translation dashboard and the step-by-step audio recorder."""

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from core.audio import AUDIO_MAX_BYTES
from courses.lesson import build_steps
from courses.models import ModulePage
from workspace import dashboard, recordings, review, roles
from workspace.middleware import editable_language_codes

PER_PAGE = 100


def languages_for(user):
    """The languages a user works on: their translator groups' languages, or all for trainers and admins."""
    others = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    if user.is_superuser or user.groups.filter(name__in=[roles.TRAINERS, roles.ADMINISTRATORS]).exists():
        return others
    mine = editable_language_codes(user)
    return [code for code in others if code in mine]


def is_administrator(user):
    return user.is_superuser or user.groups.filter(name=roles.ADMINISTRATORS).exists()


def translation_dashboard(request):
    """Per language: every module's state, what is missing, and a link to do it."""
    names = dict(settings.LANGUAGES)
    codes = languages_for(request.user)
    if request.method == "POST" and request.POST.get("lang") in codes and is_administrator(request.user):
        code = request.POST["lang"]
        review.set_review(code, request.POST.get("review") == "1")
        if review.review_required(code):
            messages.success(
                request,
                _("%(language)s : un formateur relit les traductions avant leur publication.")
                % {"language": names[code]},
            )
        else:
            messages.success(
                request, _("%(language)s : les traducteurs publient eux-mêmes.") % {"language": names[code]}
            )
        return redirect(f"{reverse('workspace:dashboard')}?lang={code}")
    code = request.GET.get("lang") if request.GET.get("lang") in codes else (codes[0] if codes else None)
    context = {
        "languages": [(c, names[c]) for c in codes],
        "code": code,
        "language_name": names.get(code),
        "can_submit": request.user.has_perm("wagtail_localize.submit_translation"),
        "is_administrator": is_administrator(request.user),
        "review": review.review_required(code) if code else False,
    }
    if code:
        states = dashboard.language_states(code)
        show = request.GET.get("show", "")
        if show == "todo":
            states = [state for state in states if not state.complete or state.audio_missing or state.audio_todo]
        page = Paginator(states, PER_PAGE).get_page(request.GET.get("page"))
        for state in page.object_list:
            state.edit_url = reverse("wagtailadmin_pages:edit", args=[state.page["id"]]) if state.page else None
            state.record_url = reverse("workspace:recorder", args=[state.page["id"]]) if state.page else None
            state.send_url = reverse("workspace:send", args=[state.page["id"]]) if state.page else None
            state.translate_url = reverse("wagtail_localize:submit_page_translation", args=[state.french["id"]])
            state.sync_url = (
                reverse("wagtail_localize:update_translations", args=[state.source_id]) if state.source_id else None
            )
        context.update(
            summary=dashboard.summary(dashboard.language_states(code) if show else states),
            page=page,
            show=show,
        )
    return render(request, "workspace/translation_dashboard.html", context)


def recorder(request, page_id):
    """Record (or upload) the audio of each step of a module in the translator's language."""
    page = get_object_or_404(ModulePage, pk=page_id)
    wants_json = "application/json" in request.headers.get("accept", "")
    if not page.permissions_for_user(request.user).can_edit():
        if wants_json:
            return JsonResponse({"error": _("Votre compte ne peut pas modifier cette langue.")}, status=403)
        messages.error(request, _("Votre compte ne peut pas modifier cette page."))
        return redirect("workspace:dashboard")
    if request.method == "POST":
        upload = request.FILES.get("audio")
        step_id = request.POST.get("step", "")
        try:
            if upload is None or step_id not in [block.id for block in page.steps]:
                raise recordings.RecordingError(_("Choisissez une étape et un enregistrement."))
            document = recordings.save_step_audio(page, step_id, upload.read(AUDIO_MAX_BYTES + 1), user=request.user)
        except recordings.RecordingError as error:
            if wants_json:
                return JsonResponse({"error": str(error)}, status=400)
            messages.error(request, str(error))
            return redirect("workspace:recorder", page_id=page.pk)
        if wants_json:
            return JsonResponse({"url": document.url, "title": document.title})
        messages.success(request, _("L'audio est enregistré dans le brouillon de cette étape."))
        return redirect("workspace:recorder", page_id=page.pk)
    page = ModulePage.objects.get(pk=page.pk)
    steps = build_steps(page, page.french_source)
    return render(
        request,
        "workspace/recorder.html",
        {"page": page, "steps": steps, "language": dict(settings.LANGUAGES).get(page.locale.language_code)},
    )


@require_POST
def send_translation(request, page_id):
    """Publish a translated module, or submit it to a trainer when its language is reviewed."""
    page = get_object_or_404(Page, pk=page_id)
    code = page.locale.language_code
    try:
        outcome = review.send_translation(page, request.user)
    except review.SendError as error:
        messages.error(request, str(error))
    else:
        if outcome == "submitted":
            messages.success(
                request, _("« %(title)s » est envoyé à un formateur pour relecture.") % {"title": page.title}
            )
        else:
            messages.success(
                request, _("« %(title)s » est publié : les apprenants voient cette version.") % {"title": page.title}
            )
    back = request.POST.get("next", "")
    if back.startswith("/admin/") and url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        return redirect(back)  # the translation editor, where the translator clicked
    return redirect(f"{reverse('workspace:dashboard')}?lang={code}")
