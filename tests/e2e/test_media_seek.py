"""An audio clip plays with its duration and seeks in Chromium (the player showed 0:00 / 0:00 without byte
ranges): the browser asks for ranges and the server answers 206 (core/media.py)."""

from pathlib import Path

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

CLIP = Path(__file__).resolve().parents[2] / "demo" / "media" / "audio" / "fr" / "allumer-se-connecter-eteindre-1.opus"


def test_an_audio_clip_of_a_lesson_shows_its_duration_and_seeks(live_site, phone):
    server, _homes = live_site
    clip = get_document_model()(title="Allumer")
    clip.file.save("allumer.opus", ContentFile(CLIP.read_bytes()), save=False)
    clip.save()
    url = clip.url  # what lessons link to (the live test server serves /media/ itself, not through our view)
    statuses = []
    phone.on("response", lambda response: statuses.append(response.status) if "allumer" in response.url else None)
    phone.goto(f"{server.url}/fr/")
    result = phone.evaluate(
        """async (src) => {
            const audio = new Audio();
            audio.preload = "metadata";
            audio.src = src;
            document.body.append(audio);
            await new Promise((ok, ko) => { audio.onloadedmetadata = ok; audio.onerror = () => ko(audio.error); });
            const duration = audio.duration;
            audio.currentTime = duration / 2;
            await new Promise((ok) => { audio.onseeked = ok; });
            return {duration, position: audio.currentTime, seekable: audio.seekable.length ? audio.seekable.end(0) : 0};
        }""",
        url,
    )
    assert 0 < result["duration"] < 60, result
    assert result["position"] > 0 and result["seekable"] > 0, result
    assert 206 in statuses, statuses
