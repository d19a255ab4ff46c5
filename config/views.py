"""Views of the site shell that are not Wagtail pages: health check, uploaded files and error pages."""

from csp.decorators import csp_exempt
from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponseServerError, JsonResponse
from django.template import loader
from django.utils.translation import get_language, get_language_bidi
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_safe
from django.views.static import serve

# Uploads are shown as pictures, sound and video, never run: even an SVG with a script, opened directly,
# gets a document that may run nothing and reach nothing (a sandbox with no script).
UPLOAD_POLICY = "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; sandbox"


@never_cache
@require_GET
def healthz(request):
    """Liveness for the platform: 200 only after a real database round trip, 503 (JSON) otherwise."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        return JsonResponse(
            {"status": "error", "database": "unreachable", "detail": error.__class__.__name__},
            status=503,
        )
    return JsonResponse({"status": "ok", "database": "ok"})


@require_safe
@csp_exempt()
def uploaded_file(request, path):
    """A file uploaded by a trainer or translator (MEDIA_ROOT), served with a policy that runs no script."""
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["Content-Security-Policy"] = UPLOAD_POLICY
    response["X-Content-Type-Options"] = "nosniff"
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    return response


def server_error(request, template_name="500.html"):
    """A friendly 500 page in the visitor's language that needs no database (it may be what failed)."""
    template = loader.get_template(template_name)
    body = template.render({"LANGUAGE_CODE": get_language(), "LANGUAGE_BIDI": get_language_bidi(), "request": request})
    return HttpResponseServerError(body)
