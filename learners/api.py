"""The JSON API under /api/ (django-ninja), used by the site's own scripts and later by the offline mode.

It is session-authenticated like the pages: writes need the CSRF token, and it calls the same services as
the HTML forms (learners.identity, learners.progress). Messages are in the language of the request
(Accept-Language or the language cookie).
"""

import json
from datetime import datetime
from typing import Any, Literal
from uuid import UUID

from django.conf import settings
from django.http import JsonResponse
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from ninja import Field, NinjaAPI, Schema, Status
from ninja.errors import HttpError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.parser import Parser
from ninja.security import APIKeyCookie
from ninja.utils import check_csrf
from wagtail.models import Page

from learners import downloads, identity, limits, offline, progress
from learners.errors import BadPayload, LearnerError, NoLearner, NotFound, PayloadTooLarge

MAX_BODY_BYTES = 64 * 1024


class LearnerSession(APIKeyCookie):
    """The browser session that carries the learner (who may not exist yet); CSRF is checked on writes."""

    param_name = settings.SESSION_COOKIE_NAME

    def _get_key(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            raise BadPayload(_("This request is not valid.")) from None
        if length > MAX_BODY_BYTES:
            raise PayloadTooLarge()
        if check_csrf(request) is not None:
            raise HttpError(403, _("Your session has expired. Reload the page and try again."))
        return request.COOKIES.get(self.param_name)

    def authenticate(self, request, key):
        return True


def _has_nul(value):
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(key) or _has_nul(item) for key, item in value.items())
    if isinstance(value, list):
        return any(_has_nul(item) for item in value)
    return False


class JSONParser(Parser):
    """JSON bodies, refusing text with a NUL character: PostgreSQL cannot store it (it would be a 500)."""

    def parse_body(self, request):
        data = json.loads(request.body)
        if _has_nul(data):
            raise ValueError("a string contains a NUL character")
        return data


api = NinjaAPI(
    title="Numerik'AIR",
    parser=JSONParser(),
    version="1",
    description="Progress, quizzes and learner cards. Session cookie + CSRF token, like the site itself.",
    auth=LearnerSession(),
    urls_namespace="api",
    docs_url=None,
)


@api.exception_handler(LearnerError)
def learner_error(request, error):
    response = api.create_response(request, {"detail": str(error.message)}, status=error.status)
    if error.retry_after:
        response["Retry-After"] = str(error.retry_after)
    return response


@api.exception_handler(HttpError)
def http_error(request, error):
    """django-ninja's own refusals; "Cannot parse request body" (malformed JSON) in the learner's language."""
    detail = str(error)
    if error.status_code == 400 and detail.startswith("Cannot parse request body"):
        detail = _("This request is not valid.")
    return api.create_response(request, {"detail": detail}, status=error.status_code)


@api.exception_handler(NinjaValidationError)
def invalid_request(request, error):
    return api.create_response(
        request,
        {
            "detail": _("This request is not valid: some fields are missing or have the wrong type."),
            "errors": error.errors,
        },
        status=400,
    )


# --- Schemas -----------------------------------------------------------------------------------------


class CardIn(Schema):
    pin: str = Field(max_length=12, description="4 to 6 digits, chosen by the learner")
    display_name: str | None = Field(None, max_length=60, description="Optional, any script")
    replace: bool = Field(False, description="Revoke the current card and issue a new one")


class CardOut(Schema):
    code: str
    display_name: str
    qr_url: str
    qr_expires_at: datetime


class SignInIn(Schema):
    code: str = Field(max_length=64)
    pin: str = Field(max_length=12)


class ModuleSummary(Schema):
    module: UUID
    title: str | None
    url: str | None
    steps_seen: int
    steps_total: int
    percent: int
    completed: bool
    best_score: int | None
    attempts: int


class AttestationSummary(Schema):
    code: str
    path: str
    issued_at: datetime


class Me(Schema):
    signed_in: bool
    display_name: str
    card: str | None
    modules: list[ModuleSummary]
    attestations: list[AttestationSummary]


class EventIn(Schema):
    id: UUID
    kind: Literal["step_seen", "module_completed"]
    module: UUID
    step: str | None = Field(None, max_length=64)
    at: datetime | None = None


class ProgressIn(Schema):
    events: list[EventIn] = Field(max_length=progress.MAX_EVENTS)


class ProgressOut(Schema):
    received: int
    stored: int


class AttemptIn(Schema):
    attempt: UUID
    answers: dict[str, Any]


class QuestionResult(Schema):
    number: int
    id: str
    prompt: str
    correct: bool
    answered: bool
    chosen: list[str]
    messages: list[str]


class AttemptOut(Schema):
    attempt: UUID
    score: int
    passed: bool
    pass_mark: int
    questions: list[QuestionResult]


class H5PResultIn(Schema):
    id: UUID
    module: UUID
    package: int
    statement: dict[str, Any]


class H5PResultOut(Schema):
    stored: bool


class Message(Schema):
    detail: str


ERRORS = {400: Message, 403: Message, 404: Message, 409: Message, 410: Message, 423: Message, 429: Message}


# --- Helpers -----------------------------------------------------------------------------------------


def card_out(request, card):
    qr_path = reverse("learners:qr", kwargs={"secret": card.qr_secret})
    return {
        "code": card.code,
        "display_name": card.learner.display_name,
        "qr_url": request.build_absolute_uri(qr_path),
        "qr_expires_at": card.qr_expires_at,
    }


def me(learner):
    if learner is None:
        return {"signed_in": False, "display_name": "", "card": None, "modules": [], "attestations": []}
    language = translation.get_language()
    rows = list(learner.module_progress.order_by("-updated_at"))
    modules = []
    for row in rows:
        page = progress.module_for(row.module_key, language)
        modules.append(
            {
                "module": row.module_key,
                "title": page.title if page else None,
                "url": page.url if page else None,
                "steps_seen": len(row.steps_seen),
                "steps_total": row.steps_total,
                "percent": row.percent,
                "completed": bool(row.completed_at),
                "best_score": row.best_score,
                "attempts": row.attempts,
            }
        )
    card = learner.active_card
    return {
        "signed_in": card is not None,
        "display_name": learner.display_name,
        "card": card.code if card else None,
        "modules": modules,
        "attestations": [
            {"code": item.code, "path": item.path_title, "issued_at": item.issued_at}
            for item in learner.attestations.order_by("issued_at")
        ],
    }


# --- Endpoints ---------------------------------------------------------------------------------------


@api.post("/learner/card", response={201: CardOut, **ERRORS}, summary="Give the current learner a card")
def create_card(request, payload: CardIn):
    def issue(learner):
        if learner.active_card is not None and not payload.replace:
            raise LearnerError(_("You already have a card. To replace it, ask for a new card."))
        return identity.issue_card(learner, payload.pin, payload.display_name)

    return Status(201, card_out(request, identity.with_learner(request, issue)))


@api.post("/learner/signin", response={200: Me, **ERRORS}, summary="Sign in with a card code and PIN")
def sign_in(request, payload: SignInIn):
    learner = identity.sign_in(request, payload.code, payload.pin)
    return me(learner)


@api.post("/learner/signout", response={204: None}, summary="Forget the learner on this browser")
def sign_out(request):
    identity.sign_out(request)
    return Status(204, None)


@api.get("/csrf", auth=None, summary="A CSRF token for the forms of the public pages (sets the cookie; never cached)")
def csrf(request):
    """The lesson pages carry no token, so that they are the same for everybody and can be cached
    (courses/page_cache.py); their scripts ask for one here when the learner submits a form."""
    response = JsonResponse({"token": get_token(request)})
    patch_cache_control(response, private=True, no_store=True)
    return response


PAGE_BITS = {
    "HomePage": {"group": "classes/includes/for_your_group.html", "resume": "learners/bits/home_resume.html"},
    "LearningPathPage": {"progress": "learners/bits/path_progress.html", "next": "learners/bits/path_next.html"},
}


@api.get("/learner/page/{page_id}", auth=None, summary="The learner's own parts of a public home or path page")
def page_bits(request, page_id: int, language: str):
    """Home and path pages are the same for everybody (courses/page_cache.py); learner.js asks here for the
    learner's parts (« For your group », « Continue », the path's progress and attestation) as HTML in the
    page's language and puts each in the place named in the page (`data-personal-slot`). Empty for a stranger."""
    if language not in dict(settings.LANGUAGES):
        raise NotFound()
    page = Page.objects.live().filter(pk=page_id).specific().first()
    slots = PAGE_BITS.get(type(page).__name__) if page is not None else None
    if slots is None:
        raise NotFound()
    learner = identity.current_learner(request) if request.session.get(identity.SESSION_KEY) else None
    html = {}
    if learner is not None:
        request._learner = learner
        with translation.override(language):
            context = {"page": page, "learner": learner}
            if "resume" in slots:
                context["resume"] = progress.continue_where_stopped(learner, language)
            else:
                page.learner_language = language
                page.__dict__.pop("modules", None)
                context["status"] = progress.path_status(learner, page)
                context["attestation"] = learner.attestations.filter(path_key=page.translation_key).first()
            html = {
                name: render_to_string(template, context, request=request).strip() for name, template in slots.items()
            }
    response = JsonResponse({"slots": html})
    patch_cache_control(response, private=True, no_store=True)
    return response


@api.get("/learner/me", response=Me, summary="What the current learner has done")
def get_me(request):
    return me(identity.current_learner(request))


@api.get("/learner/export", response={200: dict[str, Any], **ERRORS}, summary="Download everything stored")
def export(request):
    learner = identity.current_learner(request)
    if learner is None:
        raise NoLearner()
    return downloads.my_data(learner)


@api.post("/learner/erase", response={204: None, **ERRORS}, summary="Erase the learner and all their data")
def erase(request):
    learner = identity.current_learner(request)
    if learner is None:
        raise NoLearner()
    progress.erase(learner)
    identity.sign_out(request)
    return Status(204, None)


@api.post("/progress", response={200: ProgressOut, **ERRORS}, summary="Record progress events (idempotent)")
def post_progress(request, payload: ProgressIn):
    events = [event.dict() for event in payload.events]
    return identity.with_learner(request, lambda learner: progress.record_events(learner, events))


@api.post(
    "/quiz/{module_key}/attempts",
    response={200: AttemptOut, **ERRORS},
    summary="Submit a quiz attempt (graded on the server; idempotent per attempt id)",
)
def post_attempt(request, module_key: UUID, payload: AttemptIn):
    if len(payload.answers) > 100:
        raise BadPayload(_("Too many answers for this quiz."))
    limits.count_quiz_attempt(request, request.session.get(identity.SESSION_KEY), payload.attempt)
    attempt, _created, module = identity.with_learner(
        request, lambda learner: progress.submit_attempt(learner, module_key, payload.attempt, payload.answers)
    )
    return progress.attempt_feedback(attempt, module=module)


@api.post("/h5p/results", response={200: H5PResultOut, **ERRORS}, summary="An H5P activity's xAPI statement")
def post_h5p_result(request, payload: H5PResultIn):
    _result, created = identity.with_learner(
        request,
        lambda learner: progress.record_h5p(learner, payload.module, payload.package, payload.id, payload.statement),
    )
    return {"stored": created}


# --- Offline mode (learners/offline.py, site/static/js/offline.js) ----------------------------------------


class OfflineFile(Schema):
    url: str
    bytes: int
    kind: str


class PathDownload(Schema):
    path: UUID
    title: str
    language: str
    stamp: str
    files: list[OfflineFile]
    bytes: int
    by_kind: dict[str, int]


class OfflineAttemptIn(Schema):
    attempt: UUID
    module: UUID
    fields: list[tuple[str, str]] = Field(max_length=500, description="The quiz form's [name, value] pairs")
    revision: int | None = Field(None, description="The page revision the learner answered")
    language: str = Field(max_length=8)


class OfflineAttemptOut(AttemptOut):
    result_url: str = Field(description="The learner's own page with this result (learners:quiz_result)")


@api.get(
    "/offline/paths/{path_key}",
    response={200: PathDownload, **ERRORS},
    summary="What downloading a learning path stores: its pages, pictures and audio in one language, with bytes",
    auth=None,
)
def offline_path(request, path_key: UUID, language: str):
    if language not in dict(settings.LANGUAGES):
        raise BadPayload(_("This language is not offered."))
    result = offline.path_download(request, path_key, language)
    if result is None:
        raise NotFound()
    return result


@api.post(
    "/offline/attempts",
    response={200: OfflineAttemptOut, **ERRORS},
    summary="A quiz attempt made offline, sent when back online (idempotent per attempt id)",
)
def post_offline_attempt(request, payload: OfflineAttemptIn):
    if payload.language not in dict(settings.LANGUAGES):
        raise BadPayload(_("This language is not offered."))
    limits.count_quiz_attempt(request, request.session.get(identity.SESSION_KEY), payload.attempt)
    with translation.override(payload.language):
        attempt, _created, module = identity.with_learner(
            request,
            lambda learner: offline.submit_offline_attempt(
                learner, payload.module, payload.attempt, payload.fields, payload.revision, payload.language
            ),
        )
        result_url = reverse("learners:quiz_result", kwargs={"module_key": payload.module, "attempt_id": attempt.pk})
        return {**progress.attempt_feedback(attempt, module=module), "result_url": result_url}
