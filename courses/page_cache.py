"""The page cache of the learner site: the same HTML for every visitor, kept in the shared cache (Redis in
production) and marked `Cache-Control: public` so that browsers, proxies and a CDN may keep it too.

A Wagtail page is public when its type is listed in PUBLIC_PAGE_TYPES, it has no view restriction, and its
response sets no cookie and never read the session (the learner's progress, name and « continuer » come
from /api/learner/me after load). Such a response gets max-age, s-maxage and an ETag (304 on
If-None-Match), and is stored under its path; the next GET of that path is answered from the cache without
touching the database. Any publish, unpublish, move or deletion of a page, any glossary change and any
settings change purges every stored page at once (a new version number), and the CDN through
wagtail.contrib.frontend_cache when WAGTAILFRONTENDCACHE is configured.

Everything else that used the session, set a cookie or varies on it is personal: `private, no-store`.
"""

import hashlib
import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_cache_control

logger = logging.getLogger("numerikair.cache")

VERSION_KEY = "pagecache:version"
ENTRY_PREFIX = "pagecache:page:"
# Query strings that change a page and may be cached; any other query string is served, never stored.
CACHED_QUERIES = {"", "french=0", "french=1"}
PUBLIC_PAGE_TYPES = ("HomePage", "ThemePage", "ModulePage", "LearningPathPage", "InfoPage")
DROPPED_HEADERS = {"set-cookie", "date", "content-length"}


def mark_public(page, request):
    """Called before Wagtail serves `page`: note it as public when nobody needs rights to read it."""
    if type(page).__name__ not in PUBLIC_PAGE_TYPES or page._meta.app_label != "courses":
        return
    if page.alias_of_id is not None:  # an alias is also restricted by its original's ancestors
        restricted = page.get_view_restrictions().exists()
    else:
        restricted = any(page.path.startswith(path) for path in restricted_paths())
    if not restricted:
        request.public_page = page


def restricted_paths():
    """The tree paths of the pages under a view restriction (themselves and their descendants are private).

    Kept under the current version: adding or removing a restriction purges (courses/signals.py)."""
    key = f"{ENTRY_PREFIX}restricted:{current_version()}"
    paths = cache.get(key)
    if paths is None:
        from wagtail.models import PageViewRestriction  # noqa: PLC0415 (models load after the app registry)

        paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(key, paths, settings.PAGE_CACHE_TIMEOUT)
    return paths


def purge(reason=""):
    """Forget every stored page (they are all keyed on the current version)."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)
    logger.info("page cache purged (%s)", reason)


def current_version():
    """The version every stored page and fragment of a published page is keyed on (a new one at each purge)."""
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY)
    return version


def purge_frontend(pages=None):
    """Ask the CDN (wagtail.contrib.frontend_cache) to forget `pages`, or every live public page."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache  # noqa: PLC0415 (optional app)
    from wagtail.models import Page  # noqa: PLC0415 (models load after the app registry)

    if pages is None:
        pages = Page.objects.live().specific()
    try:
        purge_pages_from_cache(pages)
    except Exception:  # a CDN away must never break a publish
        logger.exception("frontend cache purge failed")


def _entry_key(request):
    if request.method not in ("GET", "HEAD") or request.META.get("QUERY_STRING", "") not in CACHED_QUERIES:
        return None
    return f"{ENTRY_PREFIX}{request.get_host()}{request.get_full_path()}"


def _etag(content):
    return '"' + hashlib.md5(content, usedforsecurity=False).hexdigest() + '"'


def _matches(request, etag):
    wanted = request.META.get("HTTP_IF_NONE_MATCH", "")
    tags = {tag.strip().removeprefix("W/") for tag in wanted.split(",")}
    return etag in tags or "*" in tags


def _not_modified(response):
    not_modified = HttpResponseNotModified()
    for header in ("ETag", "Cache-Control", "Content-Language", "Vary"):
        if header in response:
            not_modified[header] = response[header]
    return not_modified


def make_public(response):
    patch_cache_control(
        response, public=True, max_age=settings.PAGE_CACHE_MAX_AGE, s_maxage=settings.PAGE_CACHE_S_MAXAGE
    )
    response["ETag"] = _etag(response.content)


def make_personal(response):
    if "Cache-Control" not in response:
        patch_cache_control(response, private=True, no_store=True)


def _is_public(request, response):
    session = getattr(request, "session", None)
    return (
        getattr(request, "public_page", None) is not None
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "cookie" not in response.get("Vary", "").lower()
        and not (session is not None and session.accessed)
        and "Cache-Control" not in response
    )


def _is_personal(request, response):
    session = getattr(request, "session", None)
    return bool(
        response.cookies or "cookie" in response.get("Vary", "").lower() or (session is not None and session.accessed)
    )


class PageCacheMiddleware:
    """Answer public pages from the cache; mark responses public or personal. Place it outside the session,
    CSRF and locale middleware (it must see the cookies they set) and inside GZip and security headers."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = _entry_key(request) if settings.PAGE_CACHE_ENABLED else None
        if key is not None:
            found = cache.get_many([VERSION_KEY, key])
            version, entry = found.get(VERSION_KEY), found.get(key)
            if version is None:
                purge("no version yet")
            elif entry is not None and entry["version"] == version:
                response = HttpResponse(entry["content"], status=entry["status"])
                for name, value in entry["headers"]:
                    response[name] = value
                response["X-Page-Cache"] = "hit"
                return _not_modified(response) if _matches(request, response["ETag"]) else response
        else:
            version = None
        response = self.get_response(request)
        if _is_public(request, response):
            make_public(response)
            if key is not None and version is not None:
                headers = [(name, value) for name, value in response.items() if name.lower() not in DROPPED_HEADERS]
                entry = {"version": version, "status": 200, "headers": headers, "content": response.content}
                cache.set(key, entry, settings.PAGE_CACHE_TIMEOUT)
                response["X-Page-Cache"] = "miss"
            if _matches(request, response["ETag"]):
                return _not_modified(response)
        elif _is_personal(request, response):
            make_personal(response)
        return response
