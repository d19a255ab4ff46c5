"""Admin › Rapports › Diagnostic des apprenants: each learner's diagnostic per competence, first beside latest
(before and after a path), in French, exported as CSV or XLSX."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from diagnostic.models import DiagnosticResult
from learners.identity import issue_card
from learners.models import Learner
from tests.utils import group_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def results(framework):
    """Amina took the diagnostic twice (before and after a path), Yonas once."""
    amina = Learner.objects.create(display_name="Amina", language="ar")
    issue_card(amina, "2468")
    yonas = Learner.objects.create(language="ti")
    card = issue_card(yonas, "1357")
    earlier = timezone.now() - timedelta(days=30)
    DiagnosticResult.objects.create(
        learner=amina,
        run="00000000-0000-0000-0000-000000000001",
        level=0,
        competences={"5.2": 0, "3.1": 0, "2.1": 0},
        finished_at=earlier,
    )
    DiagnosticResult.objects.create(
        learner=amina,
        run="00000000-0000-0000-0000-000000000002",
        level=2,
        competences={"5.2": 1, "3.1": 1, "2.1": 0},
    )
    DiagnosticResult.objects.create(
        learner=yonas,
        run="00000000-0000-0000-0000-000000000003",
        level=1,
        competences={"5.2": 1, "3.1": 0, "2.1": 0},
    )
    return {"amina": amina, "yonas": yonas, "yonas_card": card}


def test_a_trainer_sees_each_learners_progress_per_competence(trainer_client, results):
    page = trainer_client.get("/admin/rapports/diagnostic/").content.decode()
    assert "Diagnostic des apprenants" in page
    assert "Amina" in page and results["yonas_card"].code in page
    assert "0 → 1" in page  # Amina in 5.2 and 3.1, before and after
    assert "0 → 2" in page  # Amina's level (palier)


def test_the_report_exports_as_csv_with_a_column_per_competence(trainer_client, results):
    response = trainer_client.get("/admin/rapports/diagnostic/?export=csv")
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content).decode()
    header, *rows = body.strip().splitlines()
    assert "Apprenant" in header and "5.2 Construire un environnement numérique" in header
    assert "2.1 Interagir" in header
    assert any(row.startswith("Amina,") and "0 → 1" in row for row in rows)


def test_the_report_exports_as_xlsx(trainer_client, results):
    response = trainer_client.get("/admin/rapports/diagnostic/?export=xlsx")
    assert response.status_code == 200
    content = b"".join(response.streaming_content) if response.streaming else response.content
    assert content[:2] == b"PK"  # a zip: an Excel workbook


def test_a_translator_does_not_see_the_learners_report(site, results):
    client = Client()
    client.force_login(group_member("Traducteurs – arabe", "traductrice", "mot-de-passe-traductrice"))
    response = client.get("/admin/rapports/diagnostic/", follow=True)
    assert "Seuls les formateurs et les administrateurs voient le diagnostic des apprenants." in (
        response.content.decode()
    )
    assert "Amina" not in response.content.decode()


def test_erasing_a_learner_erases_their_diagnostics(results):
    results["amina"].delete()
    assert DiagnosticResult.objects.filter(learner_id=results["amina"].pk).count() == 0
