"""While the database cannot be reached: 503 with `Retry-After` and a message in the visitor's language.

A restarting PostgreSQL (or a SQLite file that stays locked) is a pause, not a bug: learner pages answer
with a short page that needs no database, the API with JSON, and the log gets one warning line instead of a
traceback per request. Errors that are bugs (IntegrityError, ProgrammingError…) still give the 500 page.
"""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils.translation import get_language, get_language_bidi
from django.utils.translation import gettext as _

logger = logging.getLogger("numerikair.unavailable")
RETRY_AFTER_SECONDS = 30
API_PREFIX = "/api/"


def database_down(error):
    """Whether `error` says the database is unreachable (not that a query is wrong)."""
    return isinstance(error, (OperationalError, InterfaceError))


def message():
    return f"{_('The site is unavailable for a moment')}. {_('It is not your fault. Please try again in a moment.')}"


def message_server_error():
    return f"{_('Something went wrong')}. {_('It is not your fault. Please try again in a moment.')}"


def unavailable_response(request):
    """The 503 answer: JSON under /api/, else site/templates/503.html (rendered without any context processor)."""
    if request.path_info.startswith(API_PREFIX):
        response = JsonResponse({"detail": message()}, status=503)
    else:
        context = {"LANGUAGE_CODE": get_language(), "LANGUAGE_BIDI": get_language_bidi(), "request": request}
        response = HttpResponse(loader.get_template("503.html").render(context), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    """Turns a view's "database unreachable" error into the 503 answer (config.views.server_error does the same
    for an error raised by a middleware, such as the session saving itself)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not database_down(exception):
            return None
        logger.warning("Database unavailable (%s: %s); answered 503", type(exception).__name__, exception)
        return unavailable_response(request)
