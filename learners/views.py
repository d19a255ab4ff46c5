"""Learner pages: my progress, my card, sign in (code + PIN or QR code), my data, quiz and progress forms
for browsers without JavaScript, attestations and their public verification page."""

import uuid

import segno
from django.contrib import messages
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.middleware.csrf import CsrfViewMiddleware
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, ensure_csrf_cookie
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from courses.models import LearningPathPage
from courses.navigation import learner_url
from learners import attestation as attestations
from learners import downloads, identity, limits, progress
from learners.errors import LearnerError
from learners.forms import CardForm, SignInForm, VerifyForm
from learners.models import Attestation, QuizAttempt
from learners.templatetags.learner_tags import quiz_context
from quiz.blocks import QuizPayloadError
from quiz.grading import answers_from_form


def _learner_or_none(request):
    return identity.current_learner(request)


@require_GET
@ensure_csrf_cookie  # the site's scripts and the API take their token from here too
def my_progress(request):
    """What I have done: modules, scores, paths, attestations; my card; my data."""
    learner = _learner_or_none(request)
    context = {"learner": learner, "card": learner.active_card if learner else None}
    if learner is not None:
        rows = list(learner.module_progress.order_by("-updated_at"))
        context["modules"] = [{"progress": row, "module": progress.module_for(row.module_key)} for row in rows]
        paths = LearningPathPage.objects.live().filter(locale__language_code=request.LANGUAGE_CODE)
        context["attestations"] = list(learner.attestations.order_by("issued_at"))
        issued = {attestation.path_key: attestation for attestation in context["attestations"]}
        context["paths"] = [
            {
                "path": path,
                "status": progress.path_status(learner, path),
                "attestation": issued.get(path.translation_key),
            }
            for path in paths
        ]
    return render(request, "learners/my_progress.html", context)


@require_http_methods(["GET", "POST"])
def card(request):
    """Save my progress with a card, or show (and print) the card I have."""
    learner = _learner_or_none(request)
    current = learner.active_card if learner else None
    replacing = request.GET.get("new") == "1" or request.POST.get("replace") == "1"
    form = CardForm(request.POST or None, initial={"display_name": learner.display_name if learner else ""})
    if request.method == "POST" and form.is_valid():
        if current is not None and not replacing:
            return redirect("learners:card")
        pin, name = form.cleaned_data["pin"], form.cleaned_data["display_name"]
        identity.with_learner(request, lambda learner: identity.issue_card(learner, pin, name))
        messages.success(request, _("Your card is ready. Print it or take a photo of it."))
        return redirect("learners:card")
    if current is not None and not replacing:
        qr_url = request.build_absolute_uri(reverse("learners:qr", kwargs={"secret": current.qr_secret}))
        qr_svg = segno.make(qr_url, error="m").svg_inline(scale=4, dark="#1b1f23", omitsize=True)
        return render(request, "learners/card.html", {"learner": learner, "card": current, "qr_svg": qr_svg})
    return render(
        request,
        "learners/card_form.html",
        {"form": form, "learner": learner, "replacing": replacing and current is not None},
        status=400 if request.method == "POST" else 200,
    )


@require_http_methods(["GET", "POST"])
def sign_in(request):
    """Come back with code + PIN."""
    form = SignInForm(request.POST or None)
    status, retry_after = 200, None
    if request.method == "POST" and form.is_valid():
        try:
            identity.sign_in(request, form.cleaned_data["code"], form.cleaned_data["pin"])
        except LearnerError as error:
            form.add_error(None, error.message)
            status, retry_after = error.status, error.retry_after
        else:
            messages.success(request, _("Welcome back! Your progress is here."))
            return redirect(_next_url(request) or reverse("learners:progress"))
    elif request.method == "POST":
        status = 400
    return _with_retry_after(render(request, "learners/sign_in.html", {"form": form}, status=status), retry_after)


def _with_retry_after(response, seconds):
    if seconds:
        response["Retry-After"] = str(seconds)
    return response


def _next_url(request):
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return None


@require_POST
def sign_out(request):
    identity.sign_out(request)
    return redirect("learners:progress")


@require_http_methods(["GET", "POST"])
def qr_sign_in(request, secret):
    """The page a scanned card opens: confirm, then sign in (a link alone never signs anybody in)."""
    try:
        card = identity.card_for_qr(request, secret)
    except LearnerError as error:
        response = render(
            request, "learners/sign_in.html", {"form": SignInForm(), "qr_error": error.message}, status=error.status
        )
        return _with_retry_after(response, error.retry_after)
    if request.method == "POST":
        identity.sign_in_with_qr(request, secret)
        messages.success(request, _("Welcome back! Your progress is here."))
        return redirect("learners:progress")
    return render(request, "learners/qr.html", {"card": card})


@require_GET
def export(request):
    learner = _learner_or_none(request)
    if learner is None:
        raise Http404
    return downloads.my_data(learner)


@require_http_methods(["GET", "POST"])
def erase(request):
    learner = _learner_or_none(request)
    if request.method == "POST" and learner is not None:
        progress.erase(learner)
        identity.sign_out(request)
        messages.success(request, _("All your data has been erased from this site."))
        return redirect("learners:progress")
    return render(request, "learners/erase.html", {"learner": learner})


def _personal(response):
    patch_cache_control(response, private=True, no_store=True)
    return response


def _without_token(request):
    """Django's CSRF check, run by hand on the forms of the public module page, which carry no token (it would
    make the page personal: courses/page_cache.py). lesson.js adds one at submit; without script the learner
    gets a page of their own with the same form and a token, and presses once more."""
    return CsrfViewMiddleware(lambda request: None).process_view(request, None, (), {}) is not None


def _confirm(request, module, label):
    """The posted form again, with a token (and an attempt id the learner keeps if they press twice)."""
    fields = [
        (name, value)
        for name, values in request.POST.lists()
        if name not in ("csrfmiddlewaretoken", "attempt")
        for value in values
    ]
    attempt = request.POST.get("attempt", "")
    try:
        attempt = str(uuid.UUID(attempt))
    except ValueError:
        attempt = str(uuid.uuid4())
    context = {"module": module, "module_url": learner_url(module, request.LANGUAGE_CODE), "label": label}
    context.update(fields=fields, attempt=attempt, action=request.path)
    return _personal(render(request, "learners/confirm.html", context))


def _quiz_page(request, module, result=None, error=None, status=200):
    context = {
        "module": module,
        "module_url": learner_url(module, request.LANGUAGE_CODE),
        "quiz": quiz_context(module, result=result, personal=True),
        "error": error,
    }
    return _personal(render(request, "learners/quiz_page.html", context, status=status))


@csrf_exempt  # checked by _without_token: the public page's form has no token
@require_POST
def submit_quiz(request, module_key):
    """The quiz form without JavaScript, graded; then the result on a page of the learner's own, in their
    language (an untranslated module stays under /<code>/, served in French)."""
    module = progress.module_for(module_key, request.LANGUAGE_CODE)
    if module is None:
        raise Http404
    if _without_token(request) or not request.POST.get("attempt"):
        return _confirm(request, module, _("Check my answers"))
    try:
        attempt_id = uuid.UUID(request.POST.get("attempt", ""))
        answers = answers_from_form(module.quiz, request.POST)
        limits.count_quiz_attempt(request, request.session.get(identity.SESSION_KEY), attempt_id)
        attempt, _created, _module = identity.with_learner(
            request, lambda learner: progress.submit_attempt(learner, module_key, attempt_id, answers)
        )
    except ValueError as error:  # a malformed attempt id, or QuizPayloadError
        message = str(error) if isinstance(error, QuizPayloadError) else _("This request is not valid.")
        return _quiz_page(request, module, error=message, status=400)
    except LearnerError as error:
        return _quiz_page(request, module, error=error.message, status=error.status)
    url = reverse("learners:quiz_result", kwargs={"module_key": module_key, "attempt_id": attempt.pk})
    return HttpResponseRedirect(f"{url}#quiz-result")


@require_GET
def quiz_result(request, module_key, attempt_id):
    """The result of one of my attempts, with the quiz again below: private to the learner who sent it."""
    learner = _learner_or_none(request)
    module = progress.module_for(module_key, request.LANGUAGE_CODE)
    attempt = None
    if learner is not None and module is not None:
        attempt = QuizAttempt.objects.filter(pk=attempt_id, learner=learner, module_key=module_key).first()
    if attempt is None:
        raise Http404
    result = progress.attempt_feedback(attempt, request.LANGUAGE_CODE, module=module)
    return _quiz_page(request, module, result=result)


@csrf_exempt  # checked by _without_token: the public page's form has no token
@require_POST
def finish_module(request, module_key):
    """ "I have finished this module" (without JavaScript every step is on one page)."""
    module = progress.module_for(module_key, request.LANGUAGE_CODE)
    if module is None:
        raise Http404
    if _without_token(request):
        return _confirm(request, module, _("I have finished this lesson"))
    identity.with_learner(request, lambda learner: progress.finish_module(learner, module))
    module_url = learner_url(module, request.LANGUAGE_CODE)
    return HttpResponseRedirect(f"{module_url}#quiz" if module.quiz else module_url)


@require_POST
def issue_attestation(request, path_key):
    learner = _learner_or_none(request)
    path = progress.path_for(path_key, request.LANGUAGE_CODE)
    if learner is None or path is None:
        raise Http404
    try:
        attestation = attestations.issue(learner, path)
    except LearnerError as error:
        messages.error(request, error.message)
        return redirect(learner_url(path, request.LANGUAGE_CODE))
    return redirect("learners:attestation_pdf", code=attestation.code)


@require_GET
def attestation_pdf(request, code):
    learner = _learner_or_none(request)
    attestation = Attestation.objects.filter(code=code, learner=learner).first() if learner else None
    if attestation is None:
        raise Http404
    verify_url = request.build_absolute_uri(reverse("learners_verify", kwargs={"code": attestation.code}))
    response = HttpResponse(attestations.render_pdf(attestation, verify_url), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="attestation-{attestation.code}.pdf"'
    return response


@require_GET
def verify(request, code=None):
    """Public: a trainer or an employer checks that an attestation is genuine."""
    if code is None and request.GET.get("code"):
        return redirect("learners_verify", code=attestations.normalise_verification_code(request.GET["code"]))
    found = None
    if code is not None:
        found = Attestation.objects.filter(code=attestations.normalise_verification_code(code)).first()
    status = 404 if code is not None and found is None else 200
    return render(
        request,
        "learners/verify.html",
        {"attestation": found, "code": code, "form": VerifyForm(initial={"code": code or ""})},
        status=status,
    )
