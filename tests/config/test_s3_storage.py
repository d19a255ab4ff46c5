"""Uploads on S3-compatible object storage (core/object_storage.py), tested against a local S3 server (moto in
server mode, on a free port: no network). A trainer uploads a picture and an audio clip through Wagtail; the
lesson's rendition and the clip come back through /media/ and /documents/ (same origin, with byte ranges);
unsafe types are stored so that they never open as a page; deleting removes the objects. When the store cannot
be reached (nothing listens on its port), learners and trainers get a message in their language, never a 500."""

import io
import logging
import os
import re
import socket
import time

import boto3
import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.test import Client
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError

from core.object_storage import S3RenditionStorage, SafeS3Storage
from core.storage import StorageUnavailable
from courses.management.commands.find_orphans import Orphans

pytestmark = pytest.mark.django_db
BUCKET = "numerikair-media"
OPUS_CLIP = b"OggS\x00\x02" + bytes(range(256)) * 64
ENVIRONMENT = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
    "NO_PROXY": "127.0.0.1,localhost",
    "no_proxy": "127.0.0.1,localhost",
}


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def s3_endpoint():
    """A local S3 server for this module, with an empty bucket; the environment restored afterwards."""
    from moto.server import ThreadedMotoServer

    saved = {name: os.environ.get(name) for name in [*ENVIRONMENT, "AWS_SESSION_TOKEN", "AWS_PROFILE"]}
    os.environ.update(ENVIRONMENT)
    os.environ.pop("AWS_SESSION_TOKEN", None)
    os.environ.pop("AWS_PROFILE", None)
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no line per S3 request in the test output
    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    boto3.client("s3", endpoint_url=endpoint).create_bucket(Bucket=BUCKET)
    yield endpoint
    server.stop()
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def _use_store(endpoint, settings, monkeypatch):
    options = {
        "bucket_name": BUCKET,
        "endpoint_url": endpoint,
        "region_name": "us-east-1",
        "addressing_style": "path",
        "file_overwrite": False,
        "default_acl": None,
    }
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "core.object_storage.SafeS3Storage", "OPTIONS": options},
        "renditions": {"BACKEND": "core.object_storage.S3RenditionStorage", "OPTIONS": options},
    }
    # Model fields took their storage when the models were loaded: point them at the bucket too.
    uploads, renditions = SafeS3Storage(**options), S3RenditionStorage(**options)
    image_model = get_image_model()
    monkeypatch.setattr(image_model._meta.get_field("file"), "storage", uploads)
    monkeypatch.setattr(image_model.get_rendition_model()._meta.get_field("file"), "storage", renditions)
    monkeypatch.setattr(get_document_model()._meta.get_field("file"), "storage", uploads)


@pytest.fixture
def bucket(s3_endpoint, settings, monkeypatch):
    """Uploads and renditions on the bucket, configured as production does from the environment."""
    _use_store(s3_endpoint, settings, monkeypatch)
    client = boto3.client("s3", endpoint_url=s3_endpoint)
    yield client
    listed = client.list_objects_v2(Bucket=BUCKET).get("Contents", [])
    for entry in listed:
        client.delete_object(Bucket=BUCKET, Key=entry["Key"])


def _keys(client):
    return sorted(entry["Key"] for entry in client.list_objects_v2(Bucket=BUCKET).get("Contents", []))


def _png(width=120, height=90):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (20, 120, 200)).save(buffer, "PNG")
    return buffer.getvalue()


def _body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_the_uploads_go_to_the_bucket_configured_in_the_settings(bucket):
    name = default_storage.save("documents/note.txt", ContentFile(b"bonjour"))
    assert _keys(bucket) == [name]


def test_a_trainer_uploads_a_picture_whose_rendition_is_stored_and_served_from_the_bucket(
    bucket, trainer_client, django_capture_on_commit_callbacks
):
    data = _png()
    upload = ContentFile(data, name="ordinateur.png")
    response = trainer_client.post(reverse("wagtailimages:add"), {"title": "Ordinateur", "file": upload})
    assert response.status_code in (200, 302), response.content[:500]
    image = get_image_model().objects.get(title="Ordinateur")
    assert image.file.name in _keys(bucket)
    assert bucket.get_object(Bucket=BUCKET, Key=image.file.name)["Body"].read() == data
    # URLs stay on the site: learner pages request no other origin.
    assert image.file.url == f"/media/{image.file.name}"

    rendition = image.get_rendition("fill-60x45")
    assert re.search(r"\.[0-9a-f]{16}\.png$", rendition.file.name)
    assert rendition.file.name in _keys(bucket)
    stored = bucket.head_object(Bucket=BUCKET, Key=rendition.file.name)
    assert stored["ContentType"] == "image/png"
    assert stored["CacheControl"] == "public, max-age=31536000, immutable"
    served = Client().get(rendition.url)
    assert served.status_code == 200
    assert served["Cache-Control"] == "public, max-age=31536000, immutable"
    assert PILImage.open(io.BytesIO(_body(served))).size == (60, 45)
    assert "sandbox" in served["Content-Security-Policy"]

    # Deleting the picture in the admin removes the original and its renditions from the bucket.
    with django_capture_on_commit_callbacks(execute=True):
        deleted = trainer_client.post(reverse("wagtailimages:delete", args=[image.pk]))
    assert deleted.status_code == 302
    assert _keys(bucket) == []
    assert Client().get(f"/media/{image.file.name}").status_code == 404


def test_a_trainer_uploads_an_audio_clip_that_plays_with_byte_ranges(
    bucket, trainer_client, django_capture_on_commit_callbacks
):
    upload = ContentFile(OPUS_CLIP, name="bonjour.opus")
    response = trainer_client.post(reverse("wagtaildocs:add"), {"title": "Bonjour", "file": upload})
    assert response.status_code in (200, 302), response.content[:500]
    clip = get_document_model().objects.get(title="Bonjour")
    assert bucket.head_object(Bucket=BUCKET, Key=clip.file.name)["ContentType"] == "audio/ogg"
    for url in (clip.url, clip.file.url):  # the lesson's /documents/ link, and /media/
        response = Client().get(url, HTTP_RANGE="bytes=1000-1999")
        assert response.status_code == 206, url
        assert response["Content-Range"] == f"bytes 1000-1999/{len(OPUS_CLIP)}"
        assert response["Content-Type"] == "audio/ogg"
        assert _body(response) == OPUS_CLIP[1000:2000]
        assert Client().get(url, HTTP_RANGE=f"bytes={len(OPUS_CLIP)}-").status_code == 416
    whole = Client().get(clip.url)
    assert whole.status_code == 200 and _body(whole) == OPUS_CLIP
    assert "Content-Encoding" not in whole
    assert Client().get(clip.url, HTTP_IF_NONE_MATCH=whole["ETag"]).status_code == 304

    with django_capture_on_commit_callbacks(execute=True):
        clip.delete()
    assert _keys(bucket) == []


def test_an_svg_in_the_bucket_never_opens_as_a_page(bucket):
    name = default_storage.save("original_images/piege.svg", ContentFile(b"<svg onload='alert(1)'/>"))
    stored = bucket.head_object(Bucket=BUCKET, Key=name)
    assert stored["ContentType"] == "image/svg+xml"
    assert stored["ContentDisposition"] == "attachment"
    served = Client().get(f"/media/{name}")
    assert served["Content-Type"] == "image/svg+xml" and "sandbox" in served["Content-Security-Policy"]


def test_two_uploads_of_one_name_keep_both_files(bucket):
    first = default_storage.save("documents/clip.opus", ContentFile(b"OggS first"))
    second = default_storage.save("documents/clip.opus", ContentFile(b"OggS second"))
    assert first != second
    assert default_storage.open(first).read() == b"OggS first"


def test_find_orphans_lists_a_file_no_row_refers_to_on_object_storage(bucket):
    orphan = default_storage.save("documents/reste.opus", ContentFile(OPUS_CLIP))
    assert Orphans(default_storage).find().files == [orphan]


# --- The store cannot be reached ------------------------------------------------------------------------


@pytest.fixture
def store_down(s3_endpoint, settings, monkeypatch):
    """The same settings, but nothing listens on the store's port (a stopped server)."""
    _use_store(f"http://127.0.0.1:{_free_port()}", settings, monkeypatch)


def test_a_store_that_does_not_answer_fails_within_seconds(store_down):
    started = time.monotonic()
    with pytest.raises(StorageUnavailable):
        default_storage.exists("documents/clip.opus")
    assert time.monotonic() - started < 10


def test_a_learner_asking_for_a_picture_or_a_clip_gets_a_503_in_their_language_not_a_500(store_down, caplog):
    clip = get_document_model().objects.create(title="Bonjour", file="documents/bonjour.opus")
    with caplog.at_level(logging.WARNING):
        picture = Client().get("/media/original_images/souris.png", HTTP_ACCEPT_LANGUAGE="uk")
    assert picture.status_code == 503
    assert picture["Retry-After"] and picture["Cache-Control"] == "no-store"
    assert "Цей файл зараз не вдається показати" in picture.content.decode()
    assert not any(record.exc_info for record in caplog.records)  # one warning line, no traceback
    assert [record.levelname for record in caplog.records if record.name == "numerikair.storage"] == ["WARNING"]
    audio = Client().get(clip.url, HTTP_ACCEPT_LANGUAGE="ar", HTTP_RANGE="bytes=0-99")
    assert audio.status_code == 503
    assert "لا يمكن عرض هذا الملف الآن" in audio.content.decode() and 'dir="rtl"' in audio.content.decode()


def test_a_trainers_upload_while_the_store_is_down_says_so_in_french_and_keeps_no_row(store_down, trainer_client):
    upload = ContentFile(_png(), name="ordinateur.png")
    response = trainer_client.post(reverse("wagtailimages:add"), {"title": "Ordinateur", "file": upload})
    assert response.status_code == 503
    assert (
        "Le stockage des fichiers ne répond pas : votre fichier n&#x27;est pas enregistré" in response.content.decode()
    )
    assert not get_image_model().objects.exists()
    clip = ContentFile(OPUS_CLIP, name="bonjour.opus")
    response = trainer_client.post(reverse("wagtaildocs:add"), {"title": "Bonjour", "file": clip})
    assert response.status_code == 503 and "Le stockage des fichiers ne répond pas" in response.content.decode()
    assert not get_document_model().objects.exists()


def test_the_multiple_uploader_shows_the_french_message_beside_the_file(store_down, trainer_client):
    upload = ContentFile(_png(), name="clavier.png")
    response = trainer_client.post(
        reverse("wagtailimages:add_multiple"), {"files[]": upload}, HTTP_X_REQUESTED_WITH="XMLHttpRequest"
    )
    assert response.json()["success"] is False
    assert "Le stockage des fichiers ne répond pas" in response.json()["error_message"]


def test_a_lesson_picture_that_cannot_be_read_shows_as_missing_instead_of_breaking_the_page(store_down):
    # Wagtail's {% image %} tag shows a missing picture for SourceImageIOError, and only for that.
    image = get_image_model().objects.create(title="Souris", file="original_images/souris.png", width=120, height=90)
    with pytest.raises(SourceImageIOError):
        image.get_rendition("fill-60x45")
