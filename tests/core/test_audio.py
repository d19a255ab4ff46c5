"""One rule for audio clips, whether a trainer chooses a document or a translator records one."""

import pytest
from django.core.exceptions import ValidationError

from core.audio import AUDIO_MAX_BYTES, check_recording


def test_a_webm_or_ogg_recording_is_accepted_by_its_bytes():
    assert check_recording(b"\x1a\x45\xdf\xa3" + b"\0" * 100) == "webm"
    assert check_recording(b"OggS" + b"\0" * 100) == "ogg"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "vide"),
        (b"<svg onload=alert(1)>", "pas un audio"),
        (b"OggS" + b"\0" * AUDIO_MAX_BYTES, "trop lourd"),
    ],
)
def test_a_refused_recording_says_why_in_french(data, message):
    with pytest.raises(ValidationError) as refused:
        check_recording(data)
    assert message in refused.value.messages[0]
