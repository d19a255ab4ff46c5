"""xAPI statements of H5P activities count, as self-reported, in the module's progress."""

import io
import json
import uuid

import pytest
from django.core.management import call_command
from django.test import Client

from h5p.models import H5PPackage
from learners.models import H5PResult, ModuleProgress
from tests import h5p_packages as packages
from tests.factories import ModulePageFactory, ThemePageFactory, step
from tests.learners.conftest import csrf

pytestmark = pytest.mark.django_db

STATEMENT = {
    "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
    "result": {"score": {"raw": 3, "max": 4, "scaled": 0.75}, "completion": True, "success": True},
}


@pytest.fixture
def activity(site, tmp_path):
    path = tmp_path / "paquet.h5p"
    path.write_bytes(packages.build().getvalue())
    call_command("import_h5p", str(path), "--allow-new-libraries", stdout=io.StringIO())
    package = H5PPackage.objects.get()
    theme = ThemePageFactory(parent=site["fr"])
    module = ModulePageFactory(parent=theme, steps=[step(h5p=package), step("Deux")])
    return module, package


def send(client, token, module, package_id, result_id=None, statement=None):
    body = {
        "id": result_id or str(uuid.uuid4()),
        "module": str(module.translation_key),
        "package": package_id,
        "statement": statement or STATEMENT,
    }
    return client.post("/api/h5p/results", json.dumps(body), content_type="application/json", HTTP_X_CSRFTOKEN=token)


def test_a_statement_is_kept_and_counted_as_self_reported_once(activity):
    module, package = activity
    client = Client(enforce_csrf_checks=True)
    token = csrf(client)
    result_id = str(uuid.uuid4())
    assert send(client, token, module, package.pk, result_id).json() == {"stored": True}
    assert send(client, token, module, package.pk, result_id).json() == {"stored": False}
    assert H5PResult.objects.get().self_reported is True
    assert ModuleProgress.objects.get().activities == {str(package.pk): {"best": 75, "completed": True}}
    page = client.get("/en/learner/").content.decode()
    assert "75 %" in page and "reported by the activity" in page


def test_a_package_that_is_not_in_the_lesson_is_refused(activity, tmp_path):
    module, _package = activity
    client = Client(enforce_csrf_checks=True)
    response = send(client, csrf(client), module, 999_999)
    assert response.status_code == 400
    assert not H5PResult.objects.exists()


def test_a_statement_without_the_csrf_token_is_refused(activity):
    module, package = activity
    client = Client(enforce_csrf_checks=True)
    body = {
        "id": str(uuid.uuid4()),
        "module": str(module.translation_key),
        "package": package.pk,
        "statement": STATEMENT,
    }
    response = client.post("/api/h5p/results", json.dumps(body), content_type="application/json")
    assert response.status_code == 403
    assert not H5PResult.objects.exists()


def test_an_oversized_statement_is_refused(activity):
    module, package = activity
    client = Client(enforce_csrf_checks=True)
    response = send(client, csrf(client), module, package.pk, statement={**STATEMENT, "extra": "x" * 20_000})
    assert response.status_code == 400
    assert not H5PResult.objects.exists()


def test_a_translator_may_choose_another_activity_for_their_language_and_it_counts(activity, tmp_path):
    from wagtail.models import Locale

    from tests.utils import translate_now

    module, package = activity
    path = tmp_path / "autre.h5p"
    path.write_bytes(packages.build(packages.files(title="Le bouton en arabe")).getvalue())
    call_command("import_h5p", str(path), stdout=io.StringIO())  # its library is known now
    arabic_package = H5PPackage.objects.exclude(pk=package.pk).get()
    step_id = module.steps[0].id
    arabic = translate_now(
        module, Locale.objects.get(language_code="ar"), {}, overrides={f"steps.{step_id}.h5p": arabic_package.pk}
    )
    client = Client(enforce_csrf_checks=True)
    page = client.get(arabic.url).content.decode()
    assert f"/h5p/play/{arabic_package.pk}/" in page and f"/h5p/play/{package.pk}/" not in page
    assert send(client, csrf(client, "/ar/learner/"), module, arabic_package.pk).json() == {"stored": True}


def test_a_lesson_with_an_activity_weighs_about_the_same_until_the_learner_taps_start(activity, client):
    from django.test import Client as PlainClient

    module, package = activity
    theme = module.get_parent()
    plain = ModulePageFactory(parent=theme, steps=[step(), step("Deux")])
    with_activity = PlainClient().get(module.url).content
    without = PlainClient().get(plain.url).content
    assert b"h5p-standalone" not in with_activity and b"/h5p/files/" not in with_activity
    assert len(with_activity) - len(without) < 1200  # the card, its button and one small script tag


def test_h5p_results_made_before_signing_in_join_the_card_instead_of_being_deleted(activity):
    from learners.identity import issue_card
    from learners.models import Learner

    module, package = activity
    card = issue_card(Learner.objects.create(display_name="Amina"), "482193")
    client = Client(enforce_csrf_checks=True)
    token = csrf(client)
    assert send(client, token, module, package.pk).json() == {"stored": True}
    client.get("/en/learner/signin/")
    response = client.post(
        "/en/learner/signin/",
        {"code": card.code, "pin": "482193", "csrfmiddlewaretoken": client.cookies["csrftoken"].value},
    )
    assert response.status_code == 302
    assert Learner.objects.count() == 1
    assert H5PResult.objects.get().learner_id == card.learner_id
    progress = ModuleProgress.objects.get()
    assert progress.learner_id == card.learner_id
    assert progress.activities == {str(package.pk): {"best": 75, "completed": True}}
    page = client.get("/en/learner/").content.decode()
    assert "75 %" in page and "reported by the activity" in page
