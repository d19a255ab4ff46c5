"""Admin › Rapports as a trainer (a fresh Formateurs member), an administrator and a translator: what each
report shows, its CSV and XLSX exports, and what is refused."""

import csv
import io
from datetime import timedelta

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from classes import support
from tests.factories import LearnerGroupFactory, add_learners, learner_in
from tests.reports.conftest import answer, attest, diagnose, follow

pytestmark = pytest.mark.django_db

BASE = "/admin/rapports/"


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_rows(response):
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(body(response).decode("utf-8-sig"))))


def xlsx_rows(response):
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(body(response))).active
    return [list(row) for row in sheet.iter_rows(values_only=True)]


@pytest.fixture
def amina(group, module):
    learner = learner_in(group, name="Amina", language="ar", pin="975313")
    follow(learner, module, minutes=(0, 4, 9), score=100)
    answer(learner, module, 0)
    attest(learner)
    now = timezone.now()
    diagnose(learner, 2, {"1.1": 1, "2.1": 0}, now - timedelta(days=30))
    diagnose(learner, 4, {"1.1": 2, "2.1": 1}, now - timedelta(days=1))
    return learner


def test_the_class_report_shows_each_learner_by_card_with_modules_time_score_and_attestations(
    trainer_client, group, amina
):
    code = amina.active_card.code
    page = trainer_client.get(f"{BASE}groupes/{group.pk}/").content.decode()
    assert code in page and "Amina" in page
    assert "1 / 1" in page  # modules completed / started
    assert "100 %" in page and "2 → 4" in page
    assert "<svg" in page and "<title" in page and "<desc" in page and "Allumer l&#x27;ordinateur" in page


def test_the_class_report_exports_csv_and_xlsx_with_the_right_rows(trainer_client, group, amina):
    anonymous = learner_in(group, language="ti")
    rows = csv_rows(trainer_client.get(f"{BASE}groupes/{group.pk}/?export=csv"))
    heading, *data = rows
    assert heading[:3] == ["Carte", "Nom donné par l'apprenant", "Langue"]
    assert "1.1" in " ".join(heading) and len(data) == 2
    by_card = {row[0]: dict(zip(heading, row, strict=True)) for row in data}
    mine = by_card[amina.active_card.code]
    assert mine["Nom donné par l'apprenant"] == "Amina" and mine["Langue"] == "Arabe"
    assert mine["Modules terminés"] == "1" and mine["Temps passé (minutes)"] == "9"
    assert mine["Attestations"] == "1" and mine["Diagnostic : palier (premier → dernier)"] == "2 → 4"
    assert by_card[anonymous.active_card.code]["Nom donné par l'apprenant"] == ""
    sheet = xlsx_rows(trainer_client.get(f"{BASE}groupes/{group.pk}/?export=xlsx"))
    assert sheet[0][:3] == ["Carte", "Nom donné par l'apprenant", "Langue"]
    assert len(sheet) == 3
    assert {row[0] for row in sheet[1:]} == {amina.active_card.code, anonymous.active_card.code}


def test_exports_never_hold_a_pin_a_picture_password_or_a_qr_secret(trainer_client, group, amina):
    card, chosen = support.reset_pictures(trainer_client.user, group, amina)
    card.refresh_from_db()
    secrets = ["975313", card.pin_hash, card.picture_hash, card.qr_secret, "".join(chosen), " ".join(chosen)]
    for url in (f"{BASE}groupes/{group.pk}/", f"{BASE}apprenants/", f"{BASE}apprenants/{amina.pk}/"):
        for export in ("csv", "xlsx"):
            response = trainer_client.get(f"{url}?export={export}")
            cells = csv_rows(response) if export == "csv" else xlsx_rows(response)
            text = "\n".join("\t".join(str(cell) for cell in row) for row in cells)
            assert amina.active_card.code in text or "Allumer" in text
            for secret in secrets:
                assert secret not in text, (url, export)
            assert not set(chosen) & {str(cell) for row in cells for cell in row}


def test_two_learners_with_the_same_name_are_two_rows(trainer_client, group):
    first, second = learner_in(group, name="Ahmad"), learner_in(group, name="Ahmad")
    rows = csv_rows(trainer_client.get(f"{BASE}groupes/{group.pk}/?export=csv"))[1:]
    assert sorted(row[0] for row in rows) == sorted([first.active_card.code, second.active_card.code])
    assert [row[1] for row in rows] == ["Ahmad", "Ahmad"]


def test_a_class_of_no_learner_says_how_to_fill_it(trainer_client, group):
    response = trainer_client.get(f"{BASE}groupes/{group.pk}/")
    assert response.status_code == 200
    assert "Ce groupe n&#x27;a encore aucun apprenant" in response.content.decode()
    assert csv_rows(trainer_client.get(f"{BASE}groupes/{group.pk}/?export=csv"))[1:] == []


def test_the_class_report_makes_as_many_queries_for_20_learners_as_for_2(trainer_client, group, module):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert trainer_client.get(f"{BASE}groupes/{group.pk}/").status_code == 200
        return len(captured)

    for index in range(2):
        follow(learner_in(group, name=f"L{index}"), module)
    few = queries()
    for index in range(18):
        learner = learner_in(group, name=f"M{index}")
        follow(learner, module)
        answer(learner, module, 1)
        attest(learner)
    assert queries() == few


def test_another_trainers_class_report_and_export_are_refused(other_trainer_client, group, amina):
    for url in (
        f"{BASE}groupes/{group.pk}/",
        f"{BASE}groupes/{group.pk}/?export=csv",
        f"{BASE}apprenants/{amina.pk}/",
        f"{BASE}apprenants/{amina.pk}/?export=xlsx",
        f"{BASE}apprenants/?groupe={group.pk}",
        f"{BASE}questions/?groupe={group.pk}&export=csv",
    ):
        response = other_trainer_client.get(url)
        assert response.status_code == 403, url
        assert "n&#x27;est pas dans vos groupes" in response.content.decode()
    rows = csv_rows(other_trainer_client.get(f"{BASE}apprenants/?export=csv"))
    assert rows[1:] == []  # their own list has none of this class's learners


def test_a_translator_is_refused_every_report(translator_client, group, amina):
    for path in ("apprenants/", "groupes/", "modules/", "questions/", "indicateurs/", f"groupes/{group.pk}/"):
        response = translator_client.get(f"{BASE}{path}?export=csv")
        assert response.status_code == 403, path
        assert "réservés aux formateurs" in response.content.decode()
    assert "/admin/rapports/apprenants/" not in translator_client.get("/admin/").content.decode()


def test_an_administrator_sees_every_class_and_learner(administrator_client, group, amina):
    assert administrator_client.get(f"{BASE}groupes/{group.pk}/").status_code == 200
    rows = csv_rows(administrator_client.get(f"{BASE}apprenants/?export=csv"))
    assert [row[0] for row in rows[1:]] == [amina.active_card.code]
    assert "Mardi matin" in administrator_client.get(f"{BASE}groupes/").content.decode()


def test_the_reports_are_in_the_rapports_menu_for_trainers(trainer_client):
    page = trainer_client.get("/admin/").content.decode()
    for path in ("apprenants", "groupes", "modules", "questions", "indicateurs"):
        assert f"/admin/rapports/{path}/" in page


def test_one_learners_report_lists_modules_attestations_and_diagnostic_per_competence(trainer_client, amina):
    page = trainer_client.get(f"{BASE}apprenants/{amina.pk}/").content.decode()
    assert "Allumer l&#x27;ordinateur" in page and "Premiers pas" in page
    assert "Diagnostic par compétence" in page and "1.1" in page
    rows = csv_rows(trainer_client.get(f"{BASE}apprenants/{amina.pk}/?export=csv"))
    assert rows[1][0] == "Allumer l'ordinateur" and rows[1][2] == "100"


def test_the_classes_report_has_a_row_per_class_with_hours(trainer_client, group, amina, other_trainer_client):
    LearnerGroupFactory(name="Celui d'un autre", created_by=other_trainer_client.user)
    rows = csv_rows(trainer_client.get(f"{BASE}groupes/?export=csv"))
    assert rows[0][0] == "Groupe" and len(rows) == 2
    assert rows[1][0] == "Mardi matin – Melun" and rows[1][2] == "1"


def test_the_modules_report_counts_learners_who_started_and_completed(trainer_client, group, module, amina):
    follow(learner_in(group), module, completed=False, score=None)
    rows = csv_rows(trainer_client.get(f"{BASE}modules/?export=csv"))
    heading, row = rows[0], rows[1]
    values = dict(zip(heading, row, strict=True))
    assert values["Module"] == "Allumer l'ordinateur"
    assert values["Apprenants qui l'ont commencé"] == "2" and values["Apprenants qui l'ont terminé"] == "1"


def test_difficult_questions_give_the_share_of_right_answers_and_the_wrong_answer_most_chosen(
    trainer_client, group, module
):
    for _index in range(10):
        answer(learner_in(group, language="fr"), module, 0, language="fr")
    for index in range(10):
        answer(learner_in(group, language="ar"), module, 1 if index < 7 else 2 if index < 9 else 0, language="ar")
    rows = csv_rows(trainer_client.get(f"{BASE}questions/?export=csv"))
    heading, *data = rows
    first = dict(zip(heading, data[0], strict=True))
    assert first["Question"] == "Où est le bouton ?" and first["Langue des apprenants"] == "Arabe"
    assert first["Bonnes réponses (%)"] == "10" and first["Réponses"] == "10"
    assert first["Mauvaise réponse la plus choisie"] == "Derrière" and first["Choisie (fois)"] == "7"
    assert first["Traduction"] == "Traduction à vérifier"
    assert first["Module à revoir"].startswith("http://testserver/")
    french = next(
        dict(zip(heading, row, strict=True)) for row in data if row[2] == "Français" and row[1] == first["Question"]
    )
    assert french["Bonnes réponses (%)"] == "100" and french["Traduction"] == ""
    page = trainer_client.get(f"{BASE}questions/?module={module.translation_key}&langue=ar").content.decode()
    assert "Revoir le module" in page and "Traduction à vérifier" in page and "Français" not in page.split("<table")[-1]


def test_a_bad_module_filter_shows_every_module_without_error(trainer_client, group, module):
    answer(learner_in(group), module, 1)
    assert trainer_client.get(f"{BASE}questions/?module=pas-un-uuid").status_code == 200


def test_the_class_screens_link_to_the_class_report(trainer_client, group):
    assert (
        f"/admin/rapports/groupes/{group.pk}/"
        in trainer_client.get(f"/admin/groupes/edit/{group.pk}/").content.decode()
    )
    assert f"/admin/rapports/groupes/{group.pk}/" in trainer_client.get("/admin/groupes/").content.decode()


def test_a_class_of_1000_learners_shows_50_a_page_and_exports_all_of_them(trainer_client, group):
    add_learners(group, 1000)
    page = trainer_client.get(f"{BASE}groupes/{group.pk}/").content.decode()
    assert [f"CODE-{index:04d}" in page for index in range(60)] == [True] * 50 + [False] * 10
    assert "CODE-0999" in trainer_client.get(f"{BASE}groupes/{group.pk}/?p=20").content.decode()
    rows = csv_rows(trainer_client.get(f"{BASE}groupes/{group.pk}/?export=csv"))
    assert len(rows) == 1001 and len({row[0] for row in rows[1:]}) == 1000
