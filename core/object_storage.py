"""Uploads on S3-compatible object storage (django-storages), shared by several app servers.

Selected by the environment (config/settings/base.py: AWS_STORAGE_BUCKET_NAME, AWS_S3_ENDPOINT_URL, ...).
Files keep same-origin URLs (/media/...): learner pages request no other origin, and /media/ is served by
config.views.uploaded_file, which asks the object store for just the byte range a player wants (or by the
proxy in front, straight from the bucket; see the README). Every object is written with its type, a cache
lifetime and, for types a browser would run as a document (SVG, HTML, XML), `Content-Disposition:
attachment`, so that even a bucket served directly shows no uploaded page.
"""

from botocore.exceptions import BotoCoreError, ClientError
from django.conf import settings
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage
from storages.utils import clean_name
from wagtail.images.models import SourceImageIOError

from core.media import ACTIVE_TYPES, CHUNK_SIZE, IMMUTABLE, REVALIDATE, content_type, is_content_addressed
from core.storage import ContentAddressedMixin


def _not_found(error):
    return error.response.get("ResponseMetadata", {}).get("HTTPStatusCode") == 404


class SafeS3Storage(S3Storage):
    """S3 storage for uploads: same-origin URLs, safe object headers, ranged reads (core/media.py)."""

    def url(self, name, parameters=None, expire=None, http_method=None):
        return settings.MEDIA_URL + filepath_to_uri(clean_name(name))

    def _get_write_parameters(self, name, content=None):
        params = self.get_object_parameters(name)
        head = b""
        if content is not None and name.lower().endswith(".webm") and hasattr(content, "read"):
            content.seek(0)
            head = content.read(4096)
            content.seek(0)
        kind = content_type(name, head)
        params.setdefault("ContentType", kind)
        if kind in ACTIVE_TYPES:
            params["ContentDisposition"] = "attachment"
        params.setdefault("CacheControl", IMMUTABLE if is_content_addressed(name) else REVALIDATE)
        if "ACL" not in params and self.default_acl:
            params["ACL"] = self.default_acl
        return params

    def _object(self, name):
        return self.bucket.Object(self._normalize_name(clean_name(name)))

    def describe(self, name):
        """(size, modified, etag, content type) of a stored object, in one HEAD request."""
        obj = self._object(name)
        try:
            obj.load()
        except ClientError as error:
            if _not_found(error):
                raise FileNotFoundError(name) from None
            raise
        return obj.content_length, obj.last_modified, obj.e_tag, obj.content_type

    def read_range(self, name, start, end):
        """The bytes start..end (inclusive) of an object, asked of the object store as a range."""
        body = self._object(name).get(Range=f"bytes={start}-{end}")["Body"]
        try:
            yield from body.iter_chunks(CHUNK_SIZE)
        finally:
            body.close()


class S3RenditionStorage(ContentAddressedMixin, SafeS3Storage):
    """Image renditions on object storage: content-addressed names; one that cannot be written shows as a
    missing picture (Wagtail catches SourceImageIOError) instead of breaking the page."""

    def _save(self, name, content):
        try:
            return super()._save(name, content)
        except (BotoCoreError, ClientError) as error:
            raise SourceImageIOError(f"rendition not written: {error}") from error
