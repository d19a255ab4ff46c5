"""Classes, their trainers (each a fresh member of their group) and learners with cards."""

import pytest
from django.test import Client

from classes.joining import join
from classes.models import Membership
from learners.identity import issue_card
from learners.models import Learner, LearnerCard
from tests.factories import LearnerGroupFactory
from tests.utils import group_member


def member_client(group_name, username):
    client = Client()
    client.user = group_member(group_name, username, f"mot-de-passe-{username}")
    client.force_login(client.user)
    return client


@pytest.fixture
def other_trainer_client(db):
    return member_client("Formateurs", "autre-formateur")


@pytest.fixture
def translator_client(db):
    return member_client("Traducteurs – arabe", "traductrice")


@pytest.fixture
def group(trainer_client):
    return LearnerGroupFactory(name="Mardi matin – Melun", created_by=trainer_client.user)


def learner_in(group, name="", language="ar", pin="4826"):
    """A learner with a card (PIN `pin`) who joined `group`; returns the learner."""
    learner = Learner.objects.create(display_name=name, language=language)
    issue_card(learner, pin)
    join(group, learner)
    return learner


def add_learners(group, count):
    """`count` learners with cards in `group`, written in bulk."""
    learners = Learner.objects.bulk_create([Learner(language="ar") for _ in range(count)])
    LearnerCard.objects.bulk_create(
        [
            LearnerCard(
                learner=learner,
                code=f"CODE-{index:04d}",
                pin_hash="x",
                qr_secret=f"s{index}",
                qr_expires_at="2030-01-01T00:00Z",
            )
            for index, learner in enumerate(learners)
        ]
    )
    Membership.objects.bulk_create([Membership(group=group, learner=learner) for learner in learners])
