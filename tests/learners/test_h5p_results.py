"""xAPI statements of H5P activities count, as self-reported, in the module's progress."""

import io
import json
import uuid

import pytest
from django.core.management import call_command
from django.test import Client

from courses.factories import ModulePageFactory, ThemePageFactory, step
from courses.models import H5PPackage
from learners.models import H5PResult, ModuleProgress
from tests import h5p_packages as packages
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
