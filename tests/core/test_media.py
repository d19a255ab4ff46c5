"""Media are served so that phones can seek in audio and keep files: byte ranges, right types, cache headers,
no bogus header, and still a policy that runs nothing (core/media.py, config/views.py)."""

import io
import re

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from core.media import parse_range

pytestmark = pytest.mark.django_db

# An Ogg Opus clip is opaque bytes to the server: a header then distinct bytes, so a wrong offset shows.
OPUS_CLIP = b"OggS\x00\x02" + bytes(range(256)) * 40
WEBM_AUDIO = b"\x1a\x45\xdf\xa3" + b"\x00" * 60 + b"A_OPUS" + b"\x01" * 3000
WEBM_VIDEO = b"\x1a\x45\xdf\xa3" + b"\x00" * 60 + b"V_VP9" + b"\x01" * 3000


def _document(name, data, title="clip"):
    document = get_document_model()(title=title)
    document.file.save(name, ContentFile(data), save=False)
    document.save()
    return document


@pytest.fixture
def clip():
    return _document("bonjour.opus", OPUS_CLIP)


def _body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_a_range_of_an_audio_clip_answers_206_with_exactly_those_bytes(clip):
    for url in (clip.url, clip.file.url):  # the lessons' /documents/ link and the file under /media/
        response = Client().get(url, HTTP_RANGE="bytes=100-199")
        assert response.status_code == 206, url
        assert _body(response) == OPUS_CLIP[100:200]
        assert response["Content-Range"] == f"bytes 100-199/{len(OPUS_CLIP)}"
        assert response["Content-Length"] == "100"
        assert response["Content-Type"] == "audio/ogg"
        assert response["Accept-Ranges"] == "bytes"


def test_open_ended_and_suffix_ranges_give_the_end_of_the_clip(clip):
    size = len(OPUS_CLIP)
    response = Client().get(clip.url, HTTP_RANGE=f"bytes={size - 10}-")
    assert response.status_code == 206 and _body(response) == OPUS_CLIP[-10:]
    response = Client().get(clip.url, HTTP_RANGE="bytes=-5")
    assert response.status_code == 206 and _body(response) == OPUS_CLIP[-5:]
    assert response["Content-Range"] == f"bytes {size - 5}-{size - 1}/{size}"
    # A player asking past the end gets what there is.
    response = Client().get(clip.url, HTTP_RANGE=f"bytes={size - 3}-{size + 1000}")
    assert response.status_code == 206 and _body(response) == OPUS_CLIP[-3:]


def test_a_range_past_the_end_answers_416_with_the_size(clip):
    size = len(OPUS_CLIP)
    for url in (clip.url, clip.file.url):
        response = Client().get(url, HTTP_RANGE=f"bytes={size}-")
        assert response.status_code == 416
        assert response["Content-Range"] == f"bytes */{size}"


def test_a_malformed_or_multiple_range_gets_the_whole_clip(clip):
    for header in ("bytes=abc", "bytes=0-1,5-9", "items=0-9", "bytes=9-3"):
        response = Client().get(clip.url, HTTP_RANGE=header)
        assert response.status_code == 200, header
        assert _body(response) == OPUS_CLIP


def test_without_range_the_whole_clip_comes_with_long_cache_headers_and_no_bogus_header(clip):
    response = Client().get(clip.url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert response.status_code == 200
    assert _body(response) == OPUS_CLIP
    assert response["Content-Length"] == str(len(OPUS_CLIP))
    assert response["Content-Type"] == "audio/ogg"
    # Not gzipped (it would break ranges), and no "Content-Encoding: None" as Wagtail's own view sent.
    assert "Content-Encoding" not in response
    assert response["Cache-Control"] == "public, max-age=86400"
    assert response["ETag"].startswith('"') and response["Last-Modified"]
    assert response["Content-Disposition"].startswith("inline")
    assert "Set-Cookie" not in response and not response.cookies
    for name, value in response.items():
        assert value not in ("None", ""), name


def test_head_answers_the_headers_of_get_without_a_body(clip):
    response = Client().head(clip.url)
    assert response.status_code == 200
    assert response["Content-Length"] == str(len(OPUS_CLIP))
    assert response["Accept-Ranges"] == "bytes"
    assert response["Content-Type"] == "audio/ogg"
    assert _body(response) == b""
    ranged = Client().head(clip.file.url, HTTP_RANGE="bytes=0-9")
    assert ranged.status_code == 206 and ranged["Content-Range"] == f"bytes 0-9/{len(OPUS_CLIP)}"
    assert _body(ranged) == b""


def test_a_second_visit_revalidates_with_etag_and_date_then_gets_304(clip):
    first = Client().get(clip.file.url)
    again = Client().get(clip.file.url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and _body(again) == b""
    assert Client().get(clip.file.url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    # If-Range with another version's tag: the whole (new) file, not a mismatched piece.
    stale = Client().get(clip.file.url, HTTP_RANGE="bytes=0-9", HTTP_IF_RANGE='"old-version"')
    assert stale.status_code == 200 and _body(stale) == OPUS_CLIP


def test_webm_clips_are_audio_and_webm_videos_are_video():
    audio = _document("enregistrement.webm", WEBM_AUDIO)
    video = _document("film.webm", WEBM_VIDEO, title="film")
    assert Client().get(audio.url)["Content-Type"] == "audio/webm"
    assert Client().get(audio.file.url)["Content-Type"] == "audio/webm"
    assert Client().get(video.url)["Content-Type"] == "video/webm"


def test_media_keep_the_policy_that_runs_nothing(clip):
    for url, headers in ((clip.file.url, {}), (clip.file.url, {"HTTP_RANGE": "bytes=0-9"})):
        response = Client().get(url, **headers)
        policy = response["Content-Security-Policy"]
        assert "sandbox" in policy.split("; ") and "default-src 'none'" in policy
        assert response["X-Content-Type-Options"] == "nosniff"
    assert Client().get(clip.url)["Content-Security-Policy"] == "default-src 'none'"


def test_an_svg_is_served_as_svg_in_the_sandbox():
    image = get_image_model()(title="logo")
    image.file.save("logo.svg", ContentFile(b'<svg xmlns="http://www.w3.org/2000/svg"/>'), save=False)
    image.width = image.height = 10
    image.save()
    response = Client().get(image.file.url)
    assert response["Content-Type"] == "image/svg+xml"
    assert "sandbox" in response["Content-Security-Policy"]


def _png_image():
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 48), (200, 30, 30)).save(buffer, "PNG")
    image = get_image_model()(title="rouge")
    image.file.save("rouge.png", ContentFile(buffer.getvalue()), save=False)
    image.width, image.height = 64, 48
    image.save()
    return image


def _png_rendition():
    return _png_image().get_rendition("fill-32x32")


def test_renditions_have_content_addressed_names_cached_for_a_year():
    image = _png_image()
    rendition = image.get_rendition("fill-32x32")
    assert re.search(r"\.[0-9a-f]{16}\.png$", rendition.file.name), rendition.file.name
    response = Client().get(rendition.url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"
    assert response["Content-Type"] == "image/png"
    # The original keeps its name and a day's cache, revalidated.
    assert Client().get(image.file.url)["Cache-Control"] == "public, max-age=86400"


def test_a_missing_file_or_a_half_written_one_is_not_found(clip):
    assert Client().get("/media/documents/absent.opus").status_code == 404
    assert Client().get("/media/documents/.upload-0123.part").status_code == 404


def test_media_are_the_same_file_in_every_language_so_caches_keep_one_copy(clip):
    """A Pashto and a Ukrainian phone behind the same proxy share one cached copy of a picture or a clip: no
    Vary on Accept-Language or Cookie, no language redirect, and the long cache lifetime stays."""
    rendition = _png_rendition()
    for url, lifetime in (
        (clip.file.url, "public, max-age=86400"),
        (clip.url, "public, max-age=86400"),
        (rendition.url, "public, max-age=31536000, immutable"),
    ):
        for language in ("ps", "uk"):
            response = Client().get(url, HTTP_ACCEPT_LANGUAGE=language, HTTP_COOKIE="django_language=ar")
            assert response.status_code == 200, url
            vary = response.get("Vary", "").lower()
            assert "accept-language" not in vary and "cookie" not in vary, (url, vary)
            assert "Content-Language" not in response
            assert response["Cache-Control"] == lifetime
    # A missing file is not sent to /ps/media/... (a page of the site): the not-found page, in Pashto.
    for missing in ("/media/images/absent.png", "/documents/999/absent.opus"):
        response = Client().get(missing, HTTP_ACCEPT_LANGUAGE="ps")
        assert response.status_code == 404 and "Location" not in response, missing
        assert response["Content-Language"] == "ps"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("bytes=0-0", (0, 0)),
        ("bytes=5-", (5, 9)),
        ("bytes=-3", (7, 9)),
        ("bytes=-30", (0, 9)),
        ("bytes=10-", "unsatisfiable"),
        ("bytes=-0", "unsatisfiable"),
        ("bytes=3-1", None),
        ("bytes=-", None),
        ("bytes=0-1, 3-4", None),
    ],
)
def test_range_headers_are_read_as_rfc_9110_says(header, expected):
    assert parse_range(header, 10) == expected
