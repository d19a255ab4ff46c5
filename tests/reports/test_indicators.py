"""Admin › Rapports › Indicateurs du programme: by month, language, class and competence over a period, with
CSV and XLSX exports, charts, and a print stylesheet of one A4 page."""

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from learners.models import Learner
from tests.factories import learner_in
from tests.reports.conftest import attest, diagnose, follow
from tests.reports.test_reports import csv_rows, xlsx_rows

pytestmark = pytest.mark.django_db

URL = "/admin/rapports/indicateurs/"
PARIS = ZoneInfo("Europe/Paris")
PERIOD = "du=2026-11-01&au=2026-12-31"


@pytest.fixture
def programme(group, module):
    """Amina (ar), new in November, 9 minutes in November; Bilal (fr), there since October, 10 minutes in
    December, completes the module and a path in December."""
    amina = learner_in(group, name="Amina", language="ar")
    Learner.objects.filter(pk=amina.pk).update(created_at=datetime(2026, 11, 10, 9, tzinfo=PARIS))
    follow(amina, module, minutes=(0, 4, 9), completed=False, start=datetime(2026, 11, 10, 10, tzinfo=PARIS))
    bilal = learner_in(group, name="Bilal", language="fr")
    Learner.objects.filter(pk=bilal.pk).update(created_at=datetime(2026, 10, 1, 9, tzinfo=PARIS))
    follow(bilal, module, minutes=(0, 10), start=datetime(2026, 12, 2, 10, tzinfo=PARIS))
    attestation = attest(bilal)
    attestation.issued_at = datetime(2026, 12, 2, 11, tzinfo=PARIS)
    attestation.save()
    return amina, bilal


def as_dicts(rows):
    heading, *data = rows
    return [dict(zip(heading, row, strict=True)) for row in data]


def test_by_month_learners_new_ones_sessions_hours_modules_and_paths(trainer_client, programme):
    rows = as_dicts(csv_rows(trainer_client.get(f"{URL}?{PERIOD}&export=csv")))
    assert [row["Mois"] for row in rows] == ["novembre 2026", "décembre 2026"]
    november, december = rows
    assert november["Apprenants actifs"] == "1" and november["Nouveaux apprenants"] == "1"
    assert november["Séances tenues"] == "1" and november["Heures suivies"] == "0.1"
    assert december["Apprenants actifs"] == "1" and december["Nouveaux apprenants"] == "0"
    assert december["Modules terminés"] == "1" and december["Parcours terminés (attestations délivrées)"] == "1"


def test_by_language_and_by_class(trainer_client, programme):
    rows = as_dicts(csv_rows(trainer_client.get(f"{URL}?{PERIOD}&vue=langue&export=csv")))
    assert {row["Langue"]: row["Apprenants actifs"] for row in rows} == {"Arabe": "1", "Français": "1"}
    sheet = xlsx_rows(trainer_client.get(f"{URL}?{PERIOD}&vue=groupe&export=xlsx"))
    assert sheet[0][0] == "Groupe" and sheet[1][0] == "Mardi matin – Melun"
    assert sheet[1][1] == 2 and sheet[1][3] == 2  # two learners, two session days


def test_a_period_filters_what_is_counted(trainer_client, programme):
    rows = as_dicts(csv_rows(trainer_client.get(f"{URL}?du=2026-12-01&au=2026-12-31&export=csv")))
    assert len(rows) == 1 and rows[0]["Apprenants actifs"] == "1" and rows[0]["Nouveaux apprenants"] == "0"


def test_progress_per_competence_from_the_diagnostic(trainer_client, programme):
    amina, bilal = programme
    diagnose(amina, 1, {"1.1": 0, "3.1": 1}, datetime(2026, 11, 10, 9, tzinfo=PARIS))
    diagnose(amina, 3, {"1.1": 2, "3.1": 1}, datetime(2026, 12, 10, 9, tzinfo=PARIS))
    diagnose(bilal, 2, {"1.1": 1}, datetime(2026, 12, 1, 9, tzinfo=PARIS))
    rows = as_dicts(csv_rows(trainer_client.get(f"{URL}?{PERIOD}&vue=competence&export=csv")))
    by_code = {row["Compétence"]: row for row in rows}
    assert by_code["1.1"]["Apprenants diagnostiqués"] == "2"
    assert by_code["1.1"]["Niveau moyen au premier diagnostic"] == "0.0"
    assert by_code["1.1"]["Niveau moyen au dernier diagnostic"] == "2.0"
    assert (
        by_code["1.1"]["Apprenants qui ont progressé"] == "1" and by_code["3.1"]["Apprenants qui ont progressé"] == "0"
    )


def test_the_page_draws_accessible_charts_with_tables_and_prints_on_a4(trainer_client, programme):
    page = trainer_client.get(f"{URL}?{PERIOD}").content.decode()
    assert page.count('<svg class="report-chart" role="img"') == 2
    assert "<caption" in page and "Apprenants actifs, par mois" in page
    assert "reports/reports.css" in page and "du 01/11/2026 au 31/12/2026" in page
    css = (Path(__file__).resolve().parents[2] / "reports/static/reports/reports.css").read_text()
    assert "size: A4" in css and "@media print" in css


def test_bad_dates_say_how_to_write_them_and_show_the_year(trainer_client, programme):
    response = trainer_client.get(f"{URL}?du=31/12/2026&au=hier")
    assert response.status_code == 200
    assert "Les dates s&#x27;écrivent comme 2026-01-31" in response.content.decode()
    response = trainer_client.get(f"{URL}?du=2026-12-31&au=2026-01-01&vue=nimporte")
    assert "La fin de la période est avant son début" in response.content.decode()


def test_another_trainer_counts_none_of_these_learners(other_trainer_client, programme):
    rows = as_dicts(csv_rows(other_trainer_client.get(f"{URL}?{PERIOD}&export=csv")))
    assert {row["Apprenants actifs"] for row in rows} == {"0"}
