"""Attestations name the framework competences (CRCN) and levels the path taught, and the hours followed."""

import io

import pytest
from django.test import Client
from pypdf import PdfReader

from courses.models import Competence, CompetenceDomain
from learners import attestation as attestations
from learners.models import Attestation
from tests.learners.test_progress import complete_path

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    return Client()


@pytest.fixture
def tagged_course(course, site):
    """The course of tests/learners, its modules tagged: 5.2 at level 1 (débutant) and 3.1 at level 2."""
    french = site["fr"].locale
    domains = {
        number: CompetenceDomain.objects.create(locale=french, number=number, name=name)
        for number, name in [(3, "Création de contenu"), (5, "Environnement numérique")]
    }
    environment = Competence.objects.create(
        locale=french, domain=domains[5], code="5.2", name="Construire un environnement numérique"
    )
    documents = Competence.objects.create(
        locale=french, domain=domains[3], code="3.1", name="Développer des documents textuels"
    )
    first, second = course["first"], course["second"]
    first.competences.set([environment])
    first.duration = 45
    first.save_revision().publish()
    second.competences.set([environment, documents])
    second.level = "intermediaire"
    second.duration = 20
    second.save_revision().publish()
    return course


def issued(client, course):
    complete_path(client, course)
    client.get("/fr/learner/card/")
    client.post("/fr/learner/card/", {"display_name": "Amina", "pin": "1234", "pin_again": "1234"})
    client.post(f"/fr/learner/attestation/{course['path'].translation_key}/")
    return Attestation.objects.get()


def test_the_attestation_pdf_names_the_competences_the_levels_and_the_hours_in_french(client, tagged_course):
    attestation = issued(client, tagged_course)
    pdf = attestations.render_pdf(attestation, "https://example.org/fr/verify/X/")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Compétences numériques atteintes (CRCN, le référentiel de Pix)" in text
    # 5.2 is taught at level 1 by the first module and level 2 by the second: the highest counts.
    assert "5.2 Construire un environnement numérique : niveau 2" in text
    assert "3.1 Développer des documents textuels : niveau 2" in text
    assert "Heures de formation suivies : 1 h 5 min" in text


def test_the_verification_page_shows_the_competences_and_hours_in_english(client, tagged_course):
    attestation = issued(client, tagged_course)
    page = Client().get(f"/en/verify/{attestation.code}/").content.decode()
    assert "Skills reached" in page
    assert "5.2 Construire un environnement numérique : niveau 2" in page
    assert "Hours followed" in page and "1 h 5 min" in page


def test_an_attestation_issued_before_competences_still_verifies(client, course):
    attestation = issued(client, course)
    attestation.modules = [
        {"title": module["title"], "objective": module["objective"]} for module in attestation.modules
    ]
    attestation.save()
    response = Client().get(f"/fr/verify/{attestation.code}/")
    assert response.status_code == 200
    assert "Compétences atteintes" not in response.content.decode()
    assert attestations.render_pdf(attestation, "https://example.org/")[:4] == b"%PDF"
