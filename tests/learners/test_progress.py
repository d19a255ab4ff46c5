"""Progress on the pages: bars, "continue where you stopped", paths completed, attestations, my data."""

import io
import json
import uuid

import pytest
from django.apps import apps
from django.test import Client
from pypdf import PdfReader

from learners.identity import issue_card
from learners.models import Attestation, Learner
from tests.learners.conftest import right_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    return Client()


def see_steps(client, module, count=None):
    client.get("/api/csrf")  # as lesson.js does: the lesson page itself carries no token
    events = [
        {"id": str(uuid.uuid4()), "kind": "step_seen", "module": str(module.translation_key), "step": block.id}
        for block in list(module.steps)[:count]
    ]
    response = client.post(
        "/api/progress",
        json.dumps({"events": events}),
        content_type="application/json",
        HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value,
    )
    assert response.status_code == 200, response.content


def pass_quiz(client, module, language="fr"):
    client.get("/api/csrf")
    response = client.post(
        f"/api/quiz/{module.translation_key}/attempts",
        json.dumps({"attempt": str(uuid.uuid4()), "answers": right_answers(module)}),
        content_type="application/json",
        HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value,
    )
    assert response.json()["passed"], response.content


def bits(client, page, language):
    """The learner's parts of a public home or path page, as learner.js gets them (private, no-store)."""
    response = client.get(f"/api/learner/page/{page.pk}?language={language}")
    assert "no-store" in response["Cache-Control"]
    return response.json()["slots"]


def client_card(client):
    """The learner card of the learner signed in on `client`."""
    return Learner.objects.get(pk=client.session["learner"]).cards.get()


def complete_path(client, course):
    for module in (course["first"], course["second"]):
        see_steps(client, module)
        pass_quiz(client, module)


def test_theme_page_shows_a_progress_bar_for_a_module_started(client, course):
    """The theme page is the same for everybody: learner.js fills the card's progress line from the API."""
    see_steps(client, course["first"], 1)
    response = client.get(course["theme"].url)
    page = response.content.decode()
    assert f'data-card-progress="{course["first"].translation_key}"' in page and "<progress" not in page
    assert "public" in response["Cache-Control"] and not response.cookies
    row = next(row for row in client.get("/api/learner/me").json()["modules"])
    assert row["module"] == str(course["first"].translation_key) and row["percent"] == 33


def test_home_offers_to_continue_where_the_learner_stopped_at_the_right_step(client, course):
    see_steps(client, course["first"], 2)
    assert "resume-card" not in client.get("/ar/").content.decode()  # public: the same for everybody
    home_ar = course["first_ar"].get_parent().get_parent()
    page = bits(client, home_ar, "ar")["resume"]
    second_step = course["first"].steps[1].id
    assert f"{course['first_ar'].url}#step-id-{second_step}" in page
    assert "تشغيل الحاسوب" in page


def test_a_module_is_completed_when_its_steps_are_seen_and_its_quiz_passed(client, course):
    module = course["first"]
    see_steps(client, module)
    assert client.get("/api/learner/me").json()["modules"][0]["completed"] is False
    pass_quiz(client, module)
    assert client.get("/api/learner/me").json()["modules"][0]["completed"] is True


def test_without_javascript_i_have_finished_marks_every_step(client, course):
    module = course["second"]
    client.get(module.url)
    client.post(f"/fr/learner/finished/{module.translation_key}/")
    summary = client.get("/api/learner/me").json()["modules"][0]
    assert summary["steps_seen"] == summary["steps_total"] == 2


def test_a_path_is_complete_when_all_its_modules_are_and_then_offers_the_attestation(client, course):
    see_steps(client, course["first"])
    pass_quiz(client, course["first"])
    page = " ".join(bits(client, course["path"], "fr").values())
    assert "Leçons terminées : 1 sur 2" in page
    # Half a path is not a completed path: no congratulations, no way towards the attestation yet.
    assert "Félicitations" not in page
    assert "/fr/learner/card/" not in page
    see_steps(client, course["second"])
    pass_quiz(client, course["second"])
    page = " ".join(bits(client, course["path"], "fr").values())
    assert "Vous avez terminé ce parcours. Félicitations !" in page
    assert "/fr/learner/card/" in page  # save the progress first: the attestation names the card


def test_without_javascript_my_progress_offers_the_attestation_of_a_completed_path(course):
    """The path page is public; « My progress » (linked from it) holds the same attestation form, with a token."""
    browser = Client(enforce_csrf_checks=True)
    complete_path(browser, course)
    assert "/fr/learner/" in browser.get(course["path"].url).content.decode()  # the « My progress » link
    page = browser.get("/fr/learner/").content.decode()
    assert "/fr/learner/card/" in page and "Obtenir mon attestation" not in page  # a card first
    learner = Learner.objects.get(pk=browser.session["learner"])
    issue_card(learner, "4826")
    page = browser.get("/fr/learner/").content.decode()
    action = f"/fr/learner/attestation/{course['path'].translation_key}/"
    form = page.split(f'action="{action}"')[1].split("</form>")[0]
    token = form.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    response = browser.post(action, {"csrfmiddlewaretoken": token})
    assert response.status_code == 302 and Attestation.objects.filter(learner=learner).count() == 1
    assert "Télécharger mon attestation" in browser.get("/fr/learner/").content.decode()


def test_attestation_pdf_names_the_path_and_the_code_and_verifies(client, course):
    complete_path(client, course)
    client.get("/fr/learner/card/")
    client.post("/fr/learner/card/", {"display_name": "محمد أحمد", "pin": "1234", "pin_again": "1234"})
    response = client.post(f"/fr/learner/attestation/{course['path'].translation_key}/")
    assert response.status_code == 302
    attestation = Attestation.objects.get()
    pdf = client.get(response["Location"])
    assert pdf["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "Premiers pas numériques" in text
    assert attestation.code in text
    assert "Allumer l'ordinateur" in text and "La souris" in text
    verify = Client().get(f"/en/verify/{attestation.code.lower()}/")
    assert verify.status_code == 200
    assert "محمد أحمد" in verify.content.decode() and "Premiers pas numériques" in verify.content.decode()
    assert Client().get("/en/verify/AAAAA-BBBBB/").status_code == 404


def glyphs_mapped_to(pdf_bytes, char):
    """How many different glyphs of the PDF's fonts stand for `char` (ToUnicode maps)."""
    reader = PdfReader(io.BytesIO(pdf_bytes))
    count = 0
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if "/ToUnicode" not in font:
                continue
            cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
            target = f"<{ord(char):04X}>"
            count += sum(1 for line in cmap.splitlines() if line.strip().upper().endswith(target))
    return count


def test_arabic_names_are_joined_and_ethiopic_names_are_drawn(course):
    """Shaped Arabic uses a different glyph for م at the start and in the middle of "محمد"; unshaped
    text would use one. Every Ethiopic syllable gets a real glyph from the Ethiopic font."""
    from learners.attestation import render_pdf

    learner = Learner.objects.create(display_name="محمد")
    issue_card(learner, "1234")
    attestation = Attestation.objects.create(
        learner=learner,
        path_key=uuid.uuid4(),
        code="ABCDE-FGHJK",
        holder="محمد",
        path_title="Premiers pas",
        modules=[{"title": "Allumer", "objective": "Je sais allumer."}],
        language="ar",
    )
    pdf = render_pdf(attestation, "https://example.org/fr/verify/ABCDE-FGHJK/")
    assert glyphs_mapped_to(pdf, "م") >= 2
    attestation.holder = "ሰላም ሃብተ"
    pdf = render_pdf(attestation, "https://example.org/fr/verify/ABCDE-FGHJK/")
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "ሰላም" in text and "ሃብተ" in text


def test_export_gives_everything_and_erase_leaves_no_row_that_refers_to_the_learner(client, course):
    complete_path(client, course)
    client.get("/fr/learner/card/")
    client.post("/fr/learner/card/", {"display_name": "Amina", "pin": "1234", "pin_again": "1234"})
    client.post(f"/fr/learner/attestation/{course['path'].translation_key}/")
    other = Client()
    see_steps(other, course["first"], 1)  # somebody else, who must keep their data
    data = json.loads(client.get("/fr/learner/export/").content)
    assert data["learner"]["display_name"] == "Amina"
    assert len(data["quiz_attempts"]) == 2 and len(data["attestations"]) == 1 and data["events"]
    card = client_card(client)
    assert card.pin_hash not in json.dumps(data) and card.qr_secret not in json.dumps(data)
    learner_id = client.session["learner"]
    client.post("/fr/learner/erase/")
    for model in apps.get_app_config("learners").get_models():
        field = "pk" if model is Learner else "learner_id"
        assert not model.objects.filter(**{field: learner_id}).exists(), model.__name__
    assert Learner.objects.count() == 1  # the other learner
    assert "learner" not in client.session


def test_the_module_page_shows_the_learners_progress(client, course):
    """The page is the same for everybody; lesson.js fills its progress line from /api/learner/me."""
    see_steps(client, course["first"], 1)
    page = client.get(course["first_ar"].url).content.decode()
    assert "data-module-progress" in page and "<progress" not in page
    me = client.get("/api/learner/me", HTTP_ACCEPT_LANGUAGE="ar").json()
    row = next(row for row in me["modules"] if row["module"] == str(course["first"].translation_key))
    assert row["percent"] == 33


def test_the_attestation_carries_the_organisations_logo(course):
    from wagtail.models import Locale

    from learners.attestation import render_pdf
    from tests.factories import OrganisationSettingsFactory
    from tests.learners.conftest import make_image

    OrganisationSettingsFactory(locale=Locale.objects.get(language_code="fr"), name="AIR 77", logo=make_image("logo"))
    learner = Learner.objects.create()
    attestation = Attestation.objects.create(
        learner=learner,
        path_key=uuid.uuid4(),
        code="ABCDE-FGHJK",
        holder="Amina",
        path_title="Premiers pas",
        modules=[],
        language="fr",
    )
    reader = PdfReader(io.BytesIO(render_pdf(attestation, "https://example.org/fr/verify/ABCDE-FGHJK/")))
    images = reader.pages[0].images
    assert len(images) == 2  # the logo and the QR code of the verification URL
    assert "AIR 77" in reader.pages[0].extract_text()
