"""Serving H5P activities in isolation.

H5P packages carry JavaScript written by others. The player page is served with `Content-Security-Policy:
sandbox allow-scripts` (and embedded in `<iframe sandbox="allow-scripts">`), so it runs in an opaque
origin: it cannot read the site's cookies or storage, cannot script the lesson page, and its requests to
the site are cross-site (the session cookie, SameSite=Lax, is not sent) and may only reach this package's
own files (connect-src). Package files are served with `nosniff`, a sandboxing CSP of their own and CORS
without credentials, from a folder whose name changes with every upload (so they can be cached for good).
"""

import mimetypes
import posixpath

from csp.decorators import csp_exempt
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_GET

from h5p.models import H5PPackage

# Types we serve package files as; anything else is sent as plain bytes.
SAFE_TYPES = {
    "js": "text/javascript",
    "css": "text/css",
    "json": "application/json",
    "svg": "image/svg+xml",
    "vtt": "text/vtt",
    "txt": "text/plain",
    "md": "text/plain",
    "woff2": "font/woff2",
    "woff": "font/woff",
    "opus": "audio/ogg",
}
FILE_POLICY = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; media-src 'self'"
# The page shown instead of the player when it is opened on its own: it runs nothing at all.
ALONE_POLICY = (
    "sandbox; default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; form-action 'none'; "
    "base-uri 'none'"
)
# What browsers send as Sec-Fetch-Dest for a page loaded in a frame (anything else is a tab or a window).
FRAMED = {"iframe", "frame"}


def files_base(package):
    """The URL folder of a package's files, ending with a slash."""
    return reverse("h5p:file", args=[package.folder.rsplit("/", 1)[-1], "h5p.json"]).removesuffix("h5p.json")


def _origin(request):
    return request.build_absolute_uri("/").rstrip("/")


def player_policy(request, package):
    origin = _origin(request)
    files = request.build_absolute_uri(files_base(package))
    return "; ".join(
        [
            "sandbox allow-scripts",
            "default-src 'none'",
            # H5P libraries are old-style scripts (some evaluate code); they run in an opaque origin.
            f"script-src {origin}/static/ {files} 'unsafe-inline' 'unsafe-eval'",
            f"style-src {origin}/static/ {files} 'unsafe-inline'",
            f"img-src {origin}/static/ {files} data: blob:",
            f"media-src {files} blob:",
            f"font-src {origin}/static/ {files} data:",
            f"connect-src {files}",
            "frame-src 'self' blob: data:",
            "frame-ancestors 'self'",
            "form-action 'none'",
            "base-uri 'none'",
        ]
    )


@require_GET
@csp_exempt()
@xframe_options_sameorigin
def player(request, pk):
    """The page inside the lesson's sandboxed frame: h5p-standalone playing one package.

    Opened on its own (in a tab: a link, a typed address), a package's scripts would run in a top-level page,
    where the sandbox does not stop them from sending the tab to another site. So the player runs only in a
    frame: a browser that says it opens a document (Sec-Fetch-Dest) gets a page without any script, and
    js/h5p-player.js refuses to start when it is not in a frame (for browsers that do not send the header).
    """
    package = get_object_or_404(H5PPackage, pk=pk)
    destination = request.headers.get("Sec-Fetch-Dest")
    if destination is not None and destination not in FRAMED:
        response = render(request, "h5p/opened_alone.html", {"package": package})
        response["Content-Security-Policy"] = ALONE_POLICY
        response["X-Content-Type-Options"] = "nosniff"
        response["Cache-Control"] = "private, no-cache"
        patch_vary_headers(response, ["Sec-Fetch-Dest"])
        return response
    files_url = files_base(package).rstrip("/")
    response = render(
        request,
        "h5p/player.html",
        {"package": package, "files_url": files_url, "parent_origin": _origin(request)},
    )
    response["Content-Security-Policy"] = player_policy(request, package)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "public, max-age=86400"  # offline replay for a day; files for a year
    patch_vary_headers(response, ["Sec-Fetch-Dest"])
    return response


@require_GET
@csp_exempt()
def package_file(request, folder, name):
    """One file of an extracted package, straight from storage."""
    if not name or ".." in name.split("/") or "\\" in name or name.startswith("/"):
        raise Http404
    package_folder = f"h5p/{folder}"
    if not H5PPackage.objects.filter(folder=package_folder).exists():
        raise Http404
    path = posixpath.join(package_folder, name)
    try:
        handle = default_storage.open(path, "rb")
    except (FileNotFoundError, OSError):
        raise Http404 from None
    extension = posixpath.splitext(name)[1].lower().lstrip(".")
    content_type = SAFE_TYPES.get(extension) or mimetypes.guess_type(name)[0] or "application/octet-stream"
    if content_type.startswith("text/html") or content_type in ("application/xhtml+xml", "application/xml"):
        content_type = "text/plain"
    response = FileResponse(handle, content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = FILE_POLICY
    response["Access-Control-Allow-Origin"] = "*"  # the player's opaque origin ("null"); never with credentials
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    response["Cache-Control"] = "public, max-age=31536000, immutable"  # a new upload gets a new folder
    return response
