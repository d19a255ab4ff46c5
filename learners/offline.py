"""Offline mode: the service worker, the manifest and the offline page of each language, what a learning
path download holds (URLs and bytes), and offline quiz attempts graded against the quiz the learner saw.

The browser side is site/static/js/offline.js; the worker is learners/templates/learners/offline/sw.js.
"""

import hashlib
import html
import io
import json
import os
import re
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.core.handlers.base import BaseHandler
from django.core.handlers.wsgi import WSGIRequest
from django.http import HttpResponse, JsonResponse, QueryDict
from django.shortcuts import render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_safe
from wagtail.documents import get_document_model
from wagtail.models import Revision

from core.fonts import LANGUAGE_FONTS, fonts_for
from courses.navigation import for_language
from learners import progress
from learners.errors import BadPayload, LearnerError, NotFound
from quiz.blocks import QuizPayloadError
from quiz.grading import answers_from_form

# The shell: precached by the worker at install, so that any page can open offline in its own script.
SHELL_STATIC = [
    "css/site.css",
    "js/common.js",
    "js/offline.js",
    "js/search.js",
    "js/lesson.js",
    "js/learner.js",
    "img/favicon.svg",
    "img/logo.svg",
    "img/check.svg",
    "img/cross.svg",
    "img/retry.svg",
    "img/listen.svg",
    "img/warning.svg",
    "img/tip.svg",
    "img/lost.svg",
]
CACHE_SECONDS = 3600
ASSET = re.compile(r"""\b(?:src|href|poster|data-src|srcset)\s*=\s*["']([^"']+)["']""")


def _languages():
    return [code for code, _name in settings.LANGUAGES]


def shell_urls(language):
    names = [*SHELL_STATIC, *fonts_for(language)]
    return [static(name) for name in names] + [f"/{language}/offline/", f"/{language}/manifest.webmanifest"]


def _version():
    """Changes with the shell's files (a new deploy installs a new worker and drops the old caches)."""
    digest = hashlib.sha256()
    for name in [*SHELL_STATIC, *sorted({font for fonts in LANGUAGE_FONTS.values() for font in fonts})]:
        digest.update(static(name).encode())
        found = finders.find(name)
        if found:
            with open(found, "rb") as handle:
                digest.update(handle.read())
    digest.update(_render_worker("").encode())
    return digest.hexdigest()[:12]


def _render_worker(version):
    context = {
        "version": version,
        "shell_json": json.dumps({language: shell_urls(language) for language in _languages()}),
        "languages_json": json.dumps(_languages()),
    }
    return render_to_string("learners/offline/sw.js", context)


# --- Views ---------------------------------------------------------------------------------------------


@require_safe
@cache_control(no_cache=True, max_age=0)
def service_worker(request):
    """/sw.js, at the root so that its scope is the whole site."""
    response = HttpResponse(_render_worker(_version()), content_type="text/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = "/"
    return response


@require_safe
@cache_control(public=True, max_age=86400)
def manifest(request):
    language = translation.get_language()
    data = {
        "name": "Numerik'AIR",
        "short_name": "Numerik'AIR",
        "description": _("Digital skills, step by step, in my language."),
        "lang": language,
        "dir": "rtl" if translation.get_language_bidi() else "ltr",
        "start_url": f"/{language}/",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0b5563",
        # PNG first: older Android offers to install only with a 192 and a 512 PNG (tools/make_app_icons.sh).
        "icons": [
            {"src": static("img/icon-192.png"), "sizes": "192x192", "type": "image/png", "purpose": "any"},
            {"src": static("img/icon-512.png"), "sizes": "512x512", "type": "image/png", "purpose": "any"},
            {
                "src": static("img/icon-maskable-512.png"),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "maskable",
            },
            {"src": static("img/favicon.svg"), "sizes": "any", "type": "image/svg+xml", "purpose": "any"},
        ],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/manifest+json"
    return response


@require_safe
@cache_control(public=True, max_age=3600)
def offline_page(request):
    """Shown by the worker for a page that is neither on the network nor in the phone."""
    return render(request, "learners/offline/offline.html", {})


@never_cache
@require_safe
def heartbeat(request):
    """The connection check of offline.js (navigator.onLine says nothing about the network behind the wifi)."""
    return HttpResponse(status=204)


# --- What a path download holds --------------------------------------------------------------------------


class _Inner(BaseHandler):
    """Our own site, asked from inside one request (as an anonymous visitor), to measure what it serves."""

    def __init__(self, outer):
        super().__init__()
        self.load_middleware()
        self.host = outer.get_host()
        self.scheme = outer.scheme

    def get(self, url, language):
        parts = urlsplit(url)
        host, _sep, port = self.host.partition(":")
        environ = {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": parts.path,
            "QUERY_STRING": parts.query,
            "SERVER_NAME": host,
            "SERVER_PORT": port or ("443" if self.scheme == "https" else "80"),
            "HTTP_HOST": self.host,
            "HTTP_ACCEPT_LANGUAGE": language,
            "wsgi.url_scheme": self.scheme,
            "wsgi.input": io.BytesIO(b""),
        }
        with translation.override(language):
            return self.get_response(WSGIRequest(environ))


def _body_and_size(response):
    """(text of an HTML page or None, bytes) of a response, without closing it (closing one ends the outer
    request's database connection)."""
    if response.streaming:
        length = response.get("Content-Length")
        if length is None:
            length = sum(len(chunk) for chunk in response.streaming_content)
        stream = getattr(response, "file_to_stream", None)
        if stream is not None:
            stream.close()
        return None, int(length)
    content = response.content
    is_html = response.get("Content-Type", "").startswith("text/html")
    return (content.decode("utf-8", "replace") if is_html else None), len(content)


def _kind(url, content_type):
    if content_type.startswith("text/html"):
        return "page"
    if content_type.startswith("image/"):
        return "picture"
    if content_type.startswith("audio/") or content_type in ("application/ogg",):
        return "audio"
    if content_type.startswith("video/"):
        return "video"
    return "shell"


def _assets(page_html):
    prefixes = (settings.STATIC_URL, settings.MEDIA_URL, "/documents/")
    found = []
    for match in ASSET.finditer(page_html):
        for candidate in html.unescape(match.group(1)).split(","):
            url = candidate.strip().split(" ")[0]
            if url.startswith(prefixes) and url not in found:
                found.append(url)
    return found


def _audio_ids(value):
    """Ids of the documents under an "audio" key anywhere in a StreamField's raw data."""
    found = set()
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "audio" and isinstance(item, int):
                found.add(item)
            else:
                found |= _audio_ids(item)
    elif isinstance(value, list):
        for item in value:
            found |= _audio_ids(item)
    return found


def _page_audio(page):
    return _audio_ids(list(page.steps.raw_data)) | _audio_ids(list(page.quiz.raw_data))


def _french_only_audio(modules, language):
    """URLs of the French clips a translated module shows beside its own (« Listen in French »): a download
    holds the audio of the chosen language only."""
    if language == settings.LANGUAGE_CODE:
        return set()
    ids = set()
    for module in modules:
        french = module.french_source if module.locale.language_code != settings.LANGUAGE_CODE else None
        if french is not None:
            ids |= _page_audio(french) - _page_audio(module)
    return {document.url for document in get_document_model().objects.filter(pk__in=ids)}


def _static_file(url):
    """The file behind a static URL: collected (hashed names in production), else found in the sources."""
    name = url[len(settings.STATIC_URL) :].split("?")[0]
    root = settings.STATIC_ROOT and os.path.join(settings.STATIC_ROOT, name)
    if root and os.path.isfile(root):
        return root
    return finders.find(name)


def stamp(path, modules):
    """A revision stamp of a path in one language: it changes when the path or one of its modules is
    published again (offline.js then downloads the path again)."""
    parts = [f"{page.pk}:{page.live_revision_id or page.latest_revision_id}" for page in [path, *modules]]
    return hashlib.sha256(";".join(parts).encode()).hexdigest()[:16]


def path_download(request, path_key, language):
    """{"path", "title", "language", "stamp", "files": [{"url", "bytes", "kind"}], "bytes", "by_kind"}
    for a learning path in `language`: its page, its modules' pages, and the pictures and audio they show
    (in that language only). None when there is no such path."""
    with translation.override(language):
        path = progress.path_for(path_key, language)
        if path is None:
            return None
        path.learner_language = language
        path = for_language([path], language)[0]
        path.learner_language = language
        modules = path.modules
        revision = stamp(path, modules)
        key = f"offline:path:{path_key}:{language}:{revision}"
        cached = cache.get(key)
        if cached is not None:
            return cached
        inner = _Inner(request)
        files, seen = [], set()
        pages = [path.learner_url, *[module.learner_url for module in modules]]
        assets = []
        skipped = _french_only_audio(modules, language)
        for url in pages:
            response = inner.get(url, language)
            if response.status_code != 200:
                continue
            page_html, size = _body_and_size(response)
            files.append({"url": url, "bytes": size, "kind": "page"})
            seen.add(url)
            assets.extend(asset for asset in _assets(page_html or "") if asset not in assets)
        for url in assets:
            if url in seen or url in skipped:
                continue
            seen.add(url)
            if url.startswith(settings.STATIC_URL):
                found = _static_file(url)
                if found:
                    files.append({"url": url, "bytes": os.path.getsize(found), "kind": "shell"})
                continue
            response = inner.get(url, language)
            if response.status_code != 200:
                continue
            _html, size = _body_and_size(response)
            files.append({"url": url, "bytes": size, "kind": _kind(url, response.get("Content-Type", ""))})
        by_kind = {}
        for item in files:
            by_kind[item["kind"]] = by_kind.get(item["kind"], 0) + item["bytes"]
        result = {
            "path": str(path.translation_key),
            "title": path.title,
            "language": language,
            "stamp": revision,
            "files": files,
            "bytes": sum(item["bytes"] for item in files),
            "by_kind": by_kind,
        }
        cache.set(key, result, CACHE_SECONDS)
        return result


# --- Offline quiz attempts -------------------------------------------------------------------------------


def quiz_as_seen(module, revision_id):
    """The quiz the learner answered: None when it is the live one, its older version when that revision of
    this page is still stored. Raises LearnerError when it changed and the version seen is gone."""
    if revision_id is None or revision_id == module.live_revision_id:
        return None
    revision = Revision.page_revisions.filter(pk=revision_id, object_id=str(module.pk)).first()
    if revision is None:
        raise QuizChanged()
    seen = revision.as_object()
    if list(seen.quiz.raw_data) == list(module.quiz.raw_data):
        return None
    return seen.quiz


class QuizChanged(LearnerError):
    status = 409

    def __init__(self):
        super().__init__(
            _(
                "This quiz has changed since you answered it offline, so your answers cannot be graded. "
                "Please take the quiz again."
            )
        )


def submit_offline_attempt(learner, module_key, attempt_id, fields, revision_id, language):
    """Grade an attempt made offline: `fields` are the quiz form's [name, value] pairs as the learner filled
    them; `revision_id` the page revision the learner saw."""
    module = progress.module_for(module_key, language)
    if module is None or not module.quiz:
        raise NotFound()
    seen = quiz_as_seen(module, revision_id)
    data = QueryDict(mutable=True)
    for name, value in fields:
        data.appendlist(name, value)
    try:
        answers = answers_from_form(seen if seen is not None else module.quiz, data)
    except (QuizPayloadError, ValueError) as error:
        raise BadPayload(
            str(error) if isinstance(error, QuizPayloadError) else _("This request is not valid.")
        ) from None
    return progress.submit_attempt(learner, module_key, attempt_id, answers, quiz_as_seen=seen)
