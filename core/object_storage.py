"""Uploads on S3-compatible object storage (django-storages), shared by several app servers.

Selected by the environment (config/settings/base.py: AWS_STORAGE_BUCKET_NAME, AWS_S3_ENDPOINT_URL, ...).
Files keep same-origin URLs (/media/...): learner pages request no other origin, and /media/ is served by
config.views.uploaded_file, which asks the object store for just the byte range a player wants (or by the
proxy in front, straight from the bucket; see the README). Every object is written with its type, a cache
lifetime and, for types a browser would run as a document (SVG, HTML, XML), `Content-Disposition:
attachment`, so that even a bucket served directly shows no uploaded page.
"""

import contextlib

from boto3.exceptions import S3UploadFailedError
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError, HTTPClientError
from botocore.exceptions import ConnectionError as StoreConnectionError
from django.conf import settings
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage
from storages.utils import clean_name
from wagtail.images.models import SourceImageIOError

from core.media import ACTIVE_TYPES, CHUNK_SIZE, IMMUTABLE, REVALIDATE, content_type, is_content_addressed
from core.storage import ContentAddressedMixin, StorageUnavailable

# A store that does not answer must fail within seconds (a learner is waiting), not after minutes of retries.
CLIENT_DEFAULTS = Config(connect_timeout=5, read_timeout=30, retries={"mode": "standard", "max_attempts": 3})


def _not_found(error):
    return error.response.get("ResponseMetadata", {}).get("HTTPStatusCode") == 404


def _unreachable(error):
    """Whether `error` (or one it came from) says the store cannot be reached or is failing (5xx), rather
    than that this request is wrong."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, (StoreConnectionError, HTTPClientError)):
            return True
        if (
            isinstance(error, ClientError)
            and error.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0) >= 500
        ):
            return True
        error = error.__cause__ or error.__context__
    return False


@contextlib.contextmanager
def _reaching(name):
    """Turn "the store cannot be reached" into StorageUnavailable: a 503 with a message, not a 500
    (core.storage.StorageFailureMiddleware); other errors are left as they are."""
    try:
        yield
    except (BotoCoreError, ClientError, S3UploadFailedError) as error:
        if _unreachable(error):
            raise StorageUnavailable(f"object storage unreachable for {name}: {type(error).__name__}") from error
        raise


class SafeS3Storage(S3Storage):
    """S3 storage for uploads: same-origin URLs, safe object headers, ranged reads (core/media.py), and a
    store that cannot be reached reported as StorageUnavailable."""

    def __init__(self, **settings):
        super().__init__(**settings)
        self.client_config = CLIENT_DEFAULTS.merge(self.client_config)  # what the settings say wins

    def save(self, name, content, max_length=None):
        with _reaching(name):
            return super().save(name, content, max_length=max_length)

    def _open(self, name, mode="rb"):
        with _reaching(name):
            return super()._open(name, mode)

    def exists(self, name):
        with _reaching(name):
            return super().exists(name)

    def delete(self, name):
        with _reaching(name):
            return super().delete(name)

    def size(self, name):
        with _reaching(name):
            return super().size(name)

    def listdir(self, name):
        with _reaching(name):
            return super().listdir(name)

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
            with _reaching(name):
                obj.load()
        except ClientError as error:
            if _not_found(error):
                raise FileNotFoundError(name) from None
            raise
        return obj.content_length, obj.last_modified, obj.e_tag, obj.content_type

    def read_range(self, name, start, end):
        """The bytes start..end (inclusive) of an object, asked of the object store as a range."""
        with _reaching(name):
            body = self._object(name).get(Range=f"bytes={start}-{end}")["Body"]
            try:
                yield from body.iter_chunks(CHUNK_SIZE)
            finally:
                body.close()


class S3RenditionStorage(ContentAddressedMixin, SafeS3Storage):
    """Image renditions on object storage: content-addressed names; one that cannot be written shows as a
    missing picture (Wagtail catches SourceImageIOError) instead of breaking the page."""

    def save(self, name, content, max_length=None):
        try:
            return super().save(name, content, max_length=max_length)
        except StorageUnavailable as error:
            raise SourceImageIOError(f"rendition not written: {error}") from error

    def _save(self, name, content):
        try:
            return super()._save(name, content)
        except (BotoCoreError, ClientError) as error:
            raise SourceImageIOError(f"rendition not written: {error}") from error
