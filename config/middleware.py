"""Request middleware that wires the site's languages and security headers."""

import re

from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language_from_path

# A first path segment that looks like a language code ("/xx/", "/pt-br/").
LANGUAGE_LIKE_PREFIX = re.compile(r"^/([a-z]{2,3}(?:-[a-z0-9]{2,8})?)(?:/|$)", re.IGNORECASE)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, except that an unknown language prefix such as `/xx/` answers 404.

    Django would redirect `/xx/` to `/fr/xx/` because Wagtail's catch-all pattern accepts any path; a
    visitor who typed a language we do not have should get the not-found page in their own language.
    Paths without a prefix (`/`, `/aide/`) are still redirected to the visitor's language.

    The Wagtail admin is in French whatever the browser's language; each user may choose English in
    their account (Wagtail's own preference, applied by the admin on top of this).
    """

    ADMIN_PREFIXES = ("/admin/",)
    # Uploads and documents are the same bytes in every language: one cached copy for every phone.
    MEDIA_PREFIXES = ("/media/", "/documents/")
    UNPREFIXED = ("/api/", "/h5p/", *MEDIA_PREFIXES)

    def process_request(self, request):
        if request.path_info.startswith(self.ADMIN_PREFIXES):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
            return
        super().process_request(request)

    def process_response(self, request, response):
        if request.path_info.startswith(self.UNPREFIXED):
            # The API, the H5P player and the media have no language prefix: their 404s are answers, not
            # pages to redirect to /<lang>/, and they never vary by Accept-Language.
            if not request.path_info.startswith(self.MEDIA_PREFIXES) or response.status_code >= 400:
                # ... except a media error, which is a page in the visitor's language.
                response.setdefault("Content-Language", request.LANGUAGE_CODE)
                if request.path_info.startswith(self.MEDIA_PREFIXES):
                    patch_vary_headers(response, ("Accept-Language",))
            return response
        unknown_language_prefix = not get_language_from_path(request.path_info) and LANGUAGE_LIKE_PREFIX.match(
            request.path_info
        )
        if response.status_code == 404 and unknown_language_prefix:
            response.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)


class AdminCSPMiddleware:
    """Relax the Content-Security-Policy for the Wagtail admin only: it still needs inline scripts and
    styles, but it too may load nothing from another origin. Learner pages keep the strict policy."""

    ADMIN_PREFIXES = ("/admin/",)

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith(self.ADMIN_PREFIXES):
            response._csp_update = {
                "script-src": ["'unsafe-inline'"],
                "style-src": ["'unsafe-inline'"],
            }
        return response
