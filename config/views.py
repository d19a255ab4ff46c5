"""Views of the site shell that are not Wagtail pages: health check, uploaded files and error pages."""

import sys

from csp.decorators import csp_exempt
from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import DatabaseError, connection
from django.http import Http404, HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template import loader
from django.utils.crypto import get_random_string
from django.utils.translation import get_language, get_language_bidi
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.documents.models import document_served

from config import unavailable
from core.media import REVALIDATE, serve_stored, stored_file
from core.storage import is_temporary

# Uploads are shown as pictures, sound and video, never run: even an SVG with a script, opened directly,
# gets a document that may run nothing and reach nothing (a sandbox with no script).
UPLOAD_POLICY = "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; sandbox"


def _cache_state():
    """ "ok" after a real round trip through the shared cache, "unreachable" when Redis does not answer."""
    try:
        ping = getattr(cache, "ping", None)
        if ping is not None:
            ping()  # ForgivingRedisCache would turn a failed get/set into a quiet miss
        key, value = f"healthz:{get_random_string(12)}", get_random_string(12)
        cache.set(key, value, timeout=10)
        if cache.get(key) != value:
            return "unreachable"
        cache.delete(key)
    except Exception:  # any failure of the cache is the answer
        return "unreachable"
    return "ok"


@never_cache
@require_safe
def healthz(request):
    """Health for the platform and the monitoring (GET or HEAD).

    200 after a real database round trip, 503 (JSON) when the database is unreachable: without it nothing
    works. The cache is reported too; without it the site still serves pages (with no rate limits), so an
    unreachable Redis gives 200 with "status": "degraded" rather than having the platform restart the site.
    """
    cache_state = _cache_state()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        return JsonResponse(
            {"status": "error", "database": "unreachable", "cache": cache_state, "detail": error.__class__.__name__},
            status=503,
        )
    status = "ok" if cache_state == "ok" else "degraded"
    return JsonResponse({"status": status, "database": "ok", "cache": cache_state})


def _stored(name):
    try:
        if is_temporary(name):
            raise FileNotFoundError(name)
        return stored_file(default_storage, name)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        raise Http404 from None


@require_safe
@csp_exempt()
def uploaded_file(request, path):
    """A file uploaded by a trainer or translator, served with a policy that runs no script, byte ranges (audio
    players seek) and long cache lifetimes (core/media.py); from the disk or from object storage alike."""
    response = serve_stored(
        request,
        _stored(path),
        headers={"Content-Security-Policy": UPLOAD_POLICY, "Cross-Origin-Resource-Policy": "same-origin"},
    )
    return response


@require_safe
@csp_exempt()
def document(request, document_id, document_filename):
    """Wagtail's document view (/documents/<id>/<name>: the lessons' audio, video and captions) with byte
    ranges, the right type and no bogus header; privacy restrictions (Wagtail's hooks) still apply first."""
    model = get_document_model()
    doc = get_object_or_404(model, id=document_id)
    if doc.filename != document_filename:
        raise Http404("This document does not match the given filename.")
    for hook in hooks.get_hooks("before_serve_document"):
        result = hook(doc, request)
        if isinstance(result, HttpResponse):
            return result
    if getattr(settings, "WAGTAILDOCS_SERVE_METHOD", None) == "redirect":
        return redirect(doc.file.url)
    document_served.send(sender=model, instance=doc, request=request)
    restricted = doc.collection.get_view_restrictions().exists()
    return serve_stored(
        request,
        _stored(doc.file.name),
        cache_control="private, no-cache" if restricted else REVALIDATE,
        headers={
            "Content-Disposition": doc.content_disposition,
            "Content-Security-Policy": "default-src 'none'",
            "Cross-Origin-Resource-Policy": "same-origin",
        },
    )


def server_error(request, template_name="500.html"):
    """A friendly 500 page in the visitor's language that needs no database (it may be what failed); JSON under
    /api/. An unreachable database raised outside a view (the session saving itself, say) answers 503."""
    if unavailable.database_down(sys.exc_info()[1]):
        return unavailable.unavailable_response(request)
    if request.path_info.startswith(unavailable.API_PREFIX):
        return JsonResponse({"detail": unavailable.message_server_error()}, status=500)
    template = loader.get_template(template_name)
    body = template.render({"LANGUAGE_CODE": get_language(), "LANGUAGE_BIDI": get_language_bidi(), "request": request})
    return HttpResponseServerError(body)
