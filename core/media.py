"""Uploaded files served to phones: byte ranges (so audio players can seek), the right type, long cache
lifetimes, conditional requests, and no bogus header.

One function serves a file from any storage: the local disk, or S3-compatible object storage (core.storage),
where a range is asked of the object store itself instead of downloading the whole object.

- A single range ("bytes=0-99", "bytes=100-", "bytes=-100") answers 206 with Content-Range; a range past the
  end answers 416 with "Content-Range: bytes */size"; several ranges, or a malformed header, get the whole
  file (200), as RFC 9110 allows.
- A name that holds a content hash (renditions, see core.storage.content_addressed) never changes: it is
  cached for a year, immutable. Any other file is cached for a day and revalidated with ETag/Last-Modified.
"""

import datetime
import mimetypes
import os
import posixpath
import re
from dataclasses import dataclass

from django.http import HttpResponse, StreamingHttpResponse
from django.middleware.gzip import GZipMiddleware as DjangoGZipMiddleware
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, parse_http_date_safe

CHUNK_SIZE = 64 * 1024
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "public, max-age=86400"
# name.0123456789abcdef.ext: the 16 hex digits are the start of the SHA-256 of the content.
CONTENT_HASH = re.compile(r"\.[0-9a-f]{16}\.[A-Za-z0-9]+$")
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
# Python's table lacks some, and calls every .webm a video.
_TYPES = {
    ".opus": "audio/ogg",
    ".oga": "audio/ogg",
    ".ogg": "audio/ogg",
    ".m4a": "audio/mp4",
    ".mp3": "audio/mpeg",
    ".aac": "audio/aac",
    ".vtt": "text/vtt",
    ".svg": "image/svg+xml",
    ".webp": "image/webp",
    ".avif": "image/avif",
}
# Types a browser would render as a document, where a script could run: never shown inline from object storage.
ACTIVE_TYPES = {"text/html", "application/xhtml+xml", "image/svg+xml", "application/xml", "text/xml"}
_VIDEO_CODECS = (b"V_VP8", b"V_VP9", b"V_AV1", b"V_MPEG")


def content_type(name, head=b""):
    """The type a browser needs for this file; `head` (its first bytes) tells a WebM audio clip from a video."""
    extension = posixpath.splitext(name)[1].lower()
    if extension == ".webm":
        return "video/webm" if any(codec in head for codec in _VIDEO_CODECS) else "audio/webm"
    return _TYPES.get(extension) or mimetypes.guess_type(name)[0] or "application/octet-stream"


def is_content_addressed(name):
    return bool(CONTENT_HASH.search(name))


@dataclass
class StoredFile:
    """What serving needs to know about a file in a storage, and how to read part of it."""

    storage: object
    name: str
    size: int
    modified: datetime.datetime
    etag: str
    content_type: str

    def chunks(self, start, end):
        """The bytes start..end (inclusive), in chunks."""
        reader = getattr(self.storage, "read_range", None)
        if reader is not None:  # object storage reads the range itself (core.storage.SafeS3Storage)
            yield from reader(self.name, start, end)
            return
        with self.storage.open(self.name, "rb") as handle:
            handle.seek(start)
            remaining = end - start + 1
            while remaining > 0:
                data = handle.read(min(CHUNK_SIZE, remaining))
                if not data:
                    break
                remaining -= len(data)
                yield data


def stored_file(storage, name):
    """The StoredFile for `name`; FileNotFoundError when there is no such file."""
    describe = getattr(storage, "describe", None)
    if describe is not None:  # object storage: one HEAD request gives all of it
        size, modified, etag, stored_type = describe(name)
        if stored_type in (None, "", "binary/octet-stream", "application/octet-stream"):
            stored_type = content_type(name)  # written without a type (by another tool): guessed from the name
        return StoredFile(storage, name, size, modified, etag, stored_type)
    path = storage.path(name)
    stat = os.stat(path)
    if not os.path.isfile(path):
        raise FileNotFoundError(name)
    head = b""
    if name.lower().endswith(".webm"):
        with open(path, "rb") as handle:
            head = handle.read(4096)
    modified = datetime.datetime.fromtimestamp(stat.st_mtime, tz=datetime.UTC)
    return StoredFile(
        storage, name, stat.st_size, modified, f'"{stat.st_size:x}-{stat.st_mtime_ns:x}"', content_type(name, head)
    )


def parse_range(header, size):
    """(start, end) of a single satisfiable range; None to send the whole file; "unsatisfiable" for 416."""
    match = _RANGE.match(header.strip())
    if match is None:
        return None  # malformed, or several ranges: the whole file
    first, last = match.groups()
    if not first and not last:
        return None
    if not first:  # the last N bytes
        length = int(last)
        if length == 0 or size == 0:
            return "unsatisfiable"
        return max(size - length, 0), size - 1
    start = int(first)
    if last and int(last) < start:
        return None  # invalid: ignored
    if start >= size:
        return "unsatisfiable"
    end = int(last) if last else size - 1
    return start, min(end, size - 1)


def _if_range_matches(request, stored):
    value = request.headers.get("if-range")
    if not value:
        return True
    if value.startswith('"') or value.startswith("W/"):
        return value == stored.etag
    date = parse_http_date_safe(value)
    return date is not None and int(stored.modified.timestamp()) <= date


def serve_stored(request, stored, *, cache_control=None, headers=None):
    """The response for GET or HEAD of a stored file, honouring Range, If-Range and conditional headers."""
    if cache_control is None:
        cache_control = IMMUTABLE if is_content_addressed(stored.name) else REVALIDATE
    last_modified = int(stored.modified.timestamp())
    common = {
        "Accept-Ranges": "bytes",
        "Cache-Control": cache_control,
        "ETag": stored.etag,
        "Last-Modified": http_date(last_modified),
        "X-Content-Type-Options": "nosniff",
        **(headers or {}),
    }
    conditional = get_conditional_response(request, etag=stored.etag, last_modified=last_modified)
    if conditional is not None:  # 304 Not Modified (or 412)
        for header, value in common.items():
            conditional[header] = value
        return conditional

    status, start, end = 200, 0, stored.size - 1
    requested = request.headers.get("range")
    if requested and _if_range_matches(request, stored):
        wanted = parse_range(requested, stored.size)
        if wanted == "unsatisfiable":
            response = HttpResponse(status=416)
            response["Content-Range"] = f"bytes */{stored.size}"
            for header, value in common.items():
                response[header] = value
            return response
        if wanted is not None:
            status, (start, end) = 206, wanted
    length = max(end - start + 1, 0)
    if request.method == "HEAD" or length == 0:
        response = HttpResponse(status=status, content_type=stored.content_type)
    else:
        response = StreamingHttpResponse(stored.chunks(start, end), status=status, content_type=stored.content_type)
    response["Content-Length"] = str(length)
    if status == 206:
        response["Content-Range"] = f"bytes {start}-{end}/{stored.size}"
    for header, value in common.items():
        response[header] = value
    return response


class GZipMiddleware(DjangoGZipMiddleware):
    """Django's GZipMiddleware, except for files served by byte ranges: compressing them would break the
    ranges (and audio, video and pictures are compressed already)."""

    def process_response(self, request, response):
        if response.get("Accept-Ranges") == "bytes":
            return response
        return super().process_response(request, response)
