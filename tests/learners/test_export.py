""" "Download my data" holds every stored field of every table about the learner, but the sign-in secrets.

The test enumerates the models: a field or a table added later and not exported makes it fail."""

import json
import uuid
from datetime import datetime

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from classes.models import Membership
from diagnostic.models import DiagnosticResult
from h5p.models import H5PPackage
from learners.downloads import NOT_EXPORTED, SECTIONS
from learners.identity import issue_card
from learners.models import (
    Attestation,
    H5PResult,
    Learner,
    LearnerSession,
    ModuleProgress,
    ProgressEvent,
    QuizAttempt,
)
from simulators.models import PracticeResult
from tests.factories import LearnerGroupFactory

pytestmark = pytest.mark.django_db


def tables_about_a_learner():
    """Learner, then every model with a foreign key to it, with the reverse accessor of that key."""
    return {
        relation.related_model: relation.get_accessor_name()
        for relation in Learner._meta.related_objects
        if relation.one_to_many
    }


@pytest.fixture
def learner():
    """A learner with one row in every table, every field filled (nothing left at an empty default)."""
    now = timezone.now()
    module_key, package_key = uuid.uuid4(), uuid.uuid4()
    learner = Learner.objects.create(display_name="أمينة", language="ar")
    card = issue_card(learner, "4821")
    card.failed_pins, card.locked_until, card.revoked_at = 2, now, now
    card.save()
    LearnerSession.objects.create(session_key="s" * 32, learner=learner)
    ModuleProgress.objects.create(
        learner=learner,
        module_key=module_key,
        steps_seen=["a", "b"],
        steps_total=3,
        last_step="b",
        finished_at=now,
        best_score=80,
        passed_at=now,
        attempts=2,
        activities={"7": {"best": 50, "completed": True}},
        completed_at=now,
    )
    ProgressEvent.objects.create(
        id=uuid.uuid4(), learner=learner, kind="step_seen", module_key=module_key, step="a", language="ar"
    )
    QuizAttempt.objects.create(
        id=uuid.uuid4(),
        learner=learner,
        module_key=module_key,
        language="ar",
        answers={"q1": ["c1"]},
        result={"score": 80, "passed": True, "pass_mark": 70, "questions": [{"id": "q1", "correct": True}]},
        score=80,
        passed=True,
    )
    package = H5PPackage.objects.create(title="Vrai ou faux", folder="h5p/x", main_library="H5P.TrueFalse")
    H5PResult.objects.create(
        id=uuid.uuid4(),
        learner=learner,
        module_key=module_key,
        package=package,
        verb="http://adlnet.gov/expapi/verbs/answered",
        score_raw=1,
        score_max=2,
        completed=True,
        statement={"verb": {"id": "http://adlnet.gov/expapi/verbs/answered"}, "result": {"response": "true"}},
    )
    Attestation.objects.create(
        learner=learner,
        path_key=package_key,
        code="ABCDE-FGHJK",
        holder="أمينة",
        path_title="Premiers pas numériques",
        modules=[{"title": "Allumer", "objective": "Je sais allumer."}],
        language="ar",
    )
    trainer = get_user_model().objects.create_user("formatrice-export")
    Membership.objects.create(group=LearnerGroupFactory(created_by=trainer), learner=learner)
    DiagnosticResult.objects.create(
        learner=learner,
        run=uuid.uuid4(),
        language="ar",
        level=2,
        competences={"5.2": 1},
        answers=[{"question": str(uuid.uuid4()), "level": 1, "correct": True}],
        path_key=package_key,
    )
    PracticeResult.objects.create(learner=learner, exercise="keyboard", step="3", succeeded=True, mistakes=1)
    return learner


def as_json(value):
    """A stored value as the JSON file must hold it: dates in ISO 8601, UUIDs as text, the rest as is."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def download(learner):
    browser = Client()
    session = browser.session
    session["learner"] = learner.pk
    session.save()
    response = browser.get("/fr/learner/export/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    return json.loads(response.content)


def test_every_table_that_refers_to_a_learner_is_a_section_of_the_export():
    exported = {accessor for _section, accessor, _order in SECTIONS}
    missing = {model.__name__ for model, accessor in tables_about_a_learner().items() if accessor not in exported}
    assert not missing, f"tables about the learner left out of the export: {missing}"


def test_every_stored_field_of_every_row_is_in_the_export(learner):
    data = download(learner)
    sections = {accessor: section for section, accessor, _order in SECTIONS}
    tables = [(Learner, [learner], [data["learner"]])] + [
        (model, list(getattr(learner, accessor).all()), data[sections[accessor]])
        for model, accessor in tables_about_a_learner().items()
    ]
    missing = []
    for model, rows, exported_rows in tables:
        assert len(exported_rows) == len(rows) == 1, model.__name__
        for field in model._meta.concrete_fields:
            if field.name in NOT_EXPORTED.get(model, set()) or (field.is_relation and field.related_model is Learner):
                continue
            stored = field.value_from_object(rows[0])
            assert stored not in (None, "", [], {}), f"the fixture leaves {model.__name__}.{field.name} empty"
            if exported_rows[0].get(field.name, "missing") != as_json(stored):
                missing.append(f"{model.__name__}.{field.name}")
    assert not missing, f"stored but not exported (or exported wrong): {missing}"


def test_h5p_statements_quiz_results_and_progress_details_are_in_the_export(learner):
    data = download(learner)
    assert data["h5p_results"][0]["statement"]["result"] == {"response": "true"}
    assert data["quiz_attempts"][0]["result"]["questions"] == [{"id": "q1", "correct": True}]
    module = data["modules"][0]
    assert module["last_step"] == "b" and module["activities"] == {"7": {"best": 50, "completed": True}}
    assert data["cards"][0]["failed_pins"] == 2 and data["cards"][0]["locked_until"]
    assert data["attestations"][0]["modules"][0]["objective"] == "Je sais allumer."


def test_the_pin_hash_qr_secret_and_session_cookie_are_not_in_the_export(learner):
    card = learner.cards.get()
    text = json.dumps(download(learner))
    assert card.pin_hash not in text and card.qr_secret not in text and "s" * 32 not in text
    assert card.code in text
