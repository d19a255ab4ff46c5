"""Dates read with the learner's own month names, in Dari, Pashto and Tigrinya too (Django has no data for
them: config/formats/ and the month names in locales/)."""

import datetime
import uuid
import zoneinfo

import pytest
from django.utils import formats, translation

from learners.models import Attestation, Learner

SEVENTH_OF_DECEMBER = datetime.datetime(2026, 12, 7, 10, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Paris"))


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("fr", "7 décembre 2026"),
        ("ti", "7 ታሕሳስ 2026"),
        ("prs", "7 دسمبر 2026"),
        ("ps", "7 دسمبر 2026"),
        ("ar", "7 ديسمبر، 2026"),
        ("uk", "07 грудня 2026 р."),
        ("ru", "7 декабря 2026 г."),
        ("en", "Dec. 7, 2026"),
    ],
)
def test_a_date_is_written_with_the_month_name_of_the_language(code, expected):
    with translation.override(code):
        assert formats.date_format(SEVENTH_OF_DECEMBER, "DATE_FORMAT") == expected


def test_a_short_tigrinya_date_puts_the_day_first():
    with translation.override("ti"):
        assert formats.date_format(SEVENTH_OF_DECEMBER, "SHORT_DATE_FORMAT") == "07/12/2026"


@pytest.fixture
def attestation(db):
    return Attestation.objects.create(
        learner=Learner.objects.create(display_name="Selam"),
        path_key=uuid.uuid4(),
        code="ABCDE-FGHJK",
        holder="Selam",
        path_title="Premiers pas",
        modules=[],
        language="ti",
        issued_at=SEVENTH_OF_DECEMBER,
    )


def test_the_tigrinya_verify_page_gives_the_date_in_tigrinya(client, site, attestation):
    body = client.get("/ti/verify/ABCDE-FGHJK/").content.decode()
    assert "7 ታሕሳስ 2026" in body
    assert "déc." not in body and "décembre" not in body


def test_the_dari_verify_page_gives_the_date_in_dari(client, site, attestation):
    body = client.get("/prs/verify/ABCDE-FGHJK/").content.decode()
    assert "7 دسمبر 2026" in body
