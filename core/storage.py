"""Uploads that survive a full disk: every file is written under a temporary name in its folder, then moved
into place, so a failed write leaves no half file; a full disk, or an object store that cannot be reached,
answers a clear message instead of a 500.

Used for every upload (STORAGES["default"]) and for image renditions (STORAGES["renditions"]): a rendition
that cannot be written shows as a broken picture instead of breaking the page (Wagtail's `{% image %}` tag
catches SourceImageIOError, and only that).
"""

import contextlib
import errno
import hashlib
import logging
import os
import posixpath
import uuid

from django.core.files import File
from django.core.files.storage import FileSystemStorage
from django.http import HttpResponse, JsonResponse
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_bidi
from django.utils.translation import gettext as _
from wagtail.images.models import SourceImageIOError

logger = logging.getLogger("numerikair.storage")
TEMP_PREFIX = ".upload-"
TEMP_SUFFIX = ".part"
DISK_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
RETRY_AFTER_SECONDS = 300
STORAGE_RETRY_AFTER_SECONDS = 60
# Without hard links (some network file systems), a rename is the fallback.
_NO_HARD_LINKS = {errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOTSUP, errno.EOPNOTSUPP}


def is_disk_full(error):
    """Whether this error, or one it was raised from, says the disk (or the quota) is full."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, OSError) and error.errno in DISK_FULL:
            return True
        error = error.__cause__ or error.__context__
    return False


class StorageUnavailable(OSError):
    """The object store (core/object_storage.py) cannot be reached: nothing was read or written."""


def is_storage_unavailable(error):
    """Whether this error, or one it was raised from, says the object store cannot be reached."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, StorageUnavailable):
            return True
        error = error.__cause__ or error.__context__
    return False


def is_temporary(name):
    """A file that SafeFileSystemStorage was still writing (left only if the process was killed)."""
    base = os.path.basename(name)
    return base.startswith(TEMP_PREFIX) and base.endswith(TEMP_SUFFIX)


class SafeFileSystemStorage(FileSystemStorage):
    """Django's file system storage, but a file appears under its name only once it is written completely."""

    def _save(self, name, content):
        directory = os.path.dirname(name)
        temporary = os.path.join(directory, f"{TEMP_PREFIX}{uuid.uuid4().hex}{TEMP_SUFFIX}")
        try:
            temporary = super()._save(temporary, content)
            return self._move_into_place(temporary, name)
        finally:
            self._discard(temporary)

    def _move_into_place(self, temporary, name):
        source = self.path(temporary)
        while True:
            target = self.path(name)
            try:
                if self._allow_overwrite:
                    os.replace(source, target)
                else:
                    os.link(source, target)  # fails if the name exists: two uploads never overwrite each other
            except FileExistsError:
                name = self.get_available_name(name)
                continue
            except OSError as error:
                if error.errno not in _NO_HARD_LINKS:
                    raise
                if os.path.exists(target):
                    name = self.get_available_name(name)
                    continue
                os.rename(source, target)
            return os.path.relpath(target, self.location).replace("\\", "/")

    def _discard(self, name):
        with contextlib.suppress(FileNotFoundError):
            os.remove(self.path(name))


def content_addressed(name, content):
    """`name` with the start of the SHA-256 of `content` before its extension (images/a.fill-80x80.webp becomes
    images/a.fill-80x80.0123456789abcdef.webp): a name that never holds other bytes, cached for a year
    (core/media.py). Renditions only: an upload keeps its name (H5P packages refer to their files by name)."""
    digest = hashlib.sha256()
    if hasattr(content, "seek"):
        content.seek(0)
    for chunk in content.chunks():
        digest.update(chunk)
    if hasattr(content, "seek"):
        content.seek(0)
    root, extension = posixpath.splitext(name)
    return f"{root}.{digest.hexdigest()[:16]}{extension}"


class ContentAddressedMixin:
    """A storage whose saved names hold a hash of their content (see content_addressed)."""

    def save(self, name, content, max_length=None):
        if name is not None and content is not None:
            if not hasattr(content, "chunks"):
                content = File(content, name)
            name = content_addressed(name, content)
        return super().save(name, content, max_length=max_length)


class RenditionStorage(ContentAddressedMixin, SafeFileSystemStorage):
    """Image renditions: content-addressed names; a rendition that cannot be written is reported to Wagtail as
    a missing picture."""

    def _save(self, name, content):
        try:
            return super()._save(name, content)
        except SourceImageIOError:
            raise
        except OSError as error:
            raise SourceImageIOError(error.errno, f"rendition not written: {error.strerror}") from error


def disk_full_message():
    return _("The server's disk is full: your file was not saved. Try again later, or tell an administrator.")


def storage_unavailable_message(request):
    if request.method in ("GET", "HEAD"):
        return _("This file cannot be shown right now. Please try again in a moment.")
    return _("The file storage cannot be reached: your file was not saved. Try again in a few minutes.")


class StorageFailureMiddleware:
    """A full disk, or an object store that cannot be reached, answers 503 with Retry-After and a message in
    the user's language (JSON for the API and for Wagtail's multiple uploader, which shows `error_message`),
    never a 500 traceback. The admin is in French, so a trainer's upload gets the French message."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if is_disk_full(exception):
            title, message, retry_after = _("Disk full"), disk_full_message(), RETRY_AFTER_SECONDS
        elif is_storage_unavailable(exception):
            logger.warning("Object storage unreachable (%s); answered 503", exception.__cause__ or exception)
            title = _("The site is unavailable for a moment")
            message, retry_after = storage_unavailable_message(request), STORAGE_RETRY_AFTER_SECONDS
        else:
            return None
        match = request.resolver_match
        if match is not None and match.url_name == "add_multiple":
            # Wagtail's uploader shows the message of an answer that says success: false.
            return JsonResponse({"success": False, "error_message": message})
        if request.path.startswith("/api/") or "application/json" in request.headers.get("accept", ""):
            response = JsonResponse({"detail": message}, status=503)
        else:
            home = "/admin/" if request.path.startswith("/admin/") else f"/{get_language() or 'fr'}/"
            response = HttpResponse(
                format_html(
                    '<!doctype html><html lang="{}" dir="{}"><head><meta charset="utf-8">'
                    '<meta name="viewport" content="width=device-width, initial-scale=1"><title>{}</title></head>'
                    '<body><main><h1>{}</h1><p role="alert">{}</p><p><a href="{}">{}</a></p></main></body></html>',
                    get_language() or "fr",
                    "rtl" if get_language_bidi() else "ltr",
                    title,
                    title,
                    message,
                    home,
                    _("Back to home"),
                ),
                status=503,
            )
        response["Retry-After"] = str(retry_after)
        response["Cache-Control"] = "no-store"
        return response
