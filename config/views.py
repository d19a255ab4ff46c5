"""Views of the site shell that are not Wagtail pages: health check and error pages."""

from django.db import DatabaseError, connection
from django.http import HttpResponseServerError, JsonResponse
from django.template import loader
from django.utils.translation import get_language, get_language_bidi
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


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


def server_error(request, template_name="500.html"):
    """A friendly 500 page in the visitor's language that needs no database (it may be what failed)."""
    template = loader.get_template(template_name)
    body = template.render({"LANGUAGE_CODE": get_language(), "LANGUAGE_BIDI": get_language_bidi(), "request": request})
    return HttpResponseServerError(body)
