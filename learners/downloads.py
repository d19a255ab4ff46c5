"""Files a learner downloads, shared by the HTML views and the API."""

import json
import uuid
from datetime import date, datetime

from django.http import HttpResponse

from learners.models import Learner, LearnerCard, LearnerSession

# Every table that refers to a learner, as a section of the export: (section, reverse accessor, order).
# tests/learners/test_export.py fails when a table or a field is added and not exported.
SECTIONS = [
    ("cards", "cards", "created_at"),
    ("sessions", "sessions", "created_at"),
    ("modules", "module_progress", "updated_at"),
    ("events", "events", "occurred_at"),
    ("quiz_attempts", "attempts", "submitted_at"),
    ("h5p_results", "h5p_results", "received_at"),
    ("attestations", "attestations", "issued_at"),
    ("classes", "memberships", "joined_at"),  # the classes (« groupes ») the learner joined (classes app)
    ("diagnostics", "diagnostics", "finished_at"),  # « Par où commencer ? » results (diagnostic app)
    ("practice", "practice_results", "first_at"),  # trainers' levels and simulation steps (simulators app)
]
# Stored, but left out on purpose: the secrets that would let whoever holds the file sign in as the learner
# (and the link to the learner in each row: the whole file is about one learner).
NOT_EXPORTED = {
    # A hash of 4 to 6 digits (or of 3 pictures out of 12) is the secret in clear for anybody who tries.
    LearnerCard: {"pin_hash", "picture_hash", "qr_secret"},
    LearnerSession: {"session_key"},  # the session cookie itself
}


def _plain(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def _row(instance):
    """Every stored field of a row (foreign keys as the id they store), but the learner link and secrets."""
    left_out = NOT_EXPORTED.get(type(instance), set())
    return {
        field.name: _plain(field.value_from_object(instance))
        for field in instance._meta.concrete_fields
        if field.name not in left_out and not (field.is_relation and field.related_model is Learner)
    }


def everything_stored(learner):
    """Everything stored about the learner, by table, as plain JSON values (the PIN and QR secret excepted)."""
    data = {"learner": _row(learner)}
    for section, accessor, order in SECTIONS:
        data[section] = [_row(row) for row in getattr(learner, accessor).order_by(order)]
    return data


def my_data(learner):
    """Everything stored about the learner, as a JSON file to download."""
    data = json.dumps(everything_stored(learner), ensure_ascii=False, indent=2)
    response = HttpResponse(data, content_type="application/json")
    response["Content-Disposition"] = 'attachment; filename="numerikair-my-data.json"'
    return response
