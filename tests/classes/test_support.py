"""A trainer helps the learners of their class: new PIN or pictures, unlock, replace a lost card, merge two
cards of one person; each action is in Wagtail's audit log; translators and other trainers get 403."""

import uuid
from datetime import timedelta

import pytest
from django.contrib.auth.hashers import check_password
from django.test import Client
from django.utils import timezone

from classes.models import ClassLogEntry, Membership
from learners.identity import SESSION_KEY, issue_card
from learners.models import Attestation, Learner, LearnerCard, ModuleProgress, QuizAttempt
from simulators.models import PracticeResult
from tests.factories import LearnerGroupFactory, learner_in

pytestmark = pytest.mark.django_db


def url(group, learner):
    return f"/admin/groupes/{group.pk}/apprenants/{learner.pk}/"


def act(client, group, learner, action, **data):
    return client.post(url(group, learner), {"action": action, **data})


def pin_sign_in(code, pin):
    client = Client()
    response = client.post("/fr/learner/signin/", {"code": code, "pin": pin})
    return response.status_code == 302 and SESSION_KEY in client.session


def test_the_learner_page_shows_the_card_and_the_actions(trainer_client, group):
    learner = learner_in(group)
    page = trainer_client.get(url(group, learner)).content.decode()
    assert learner.active_card.code in page
    assert "Nouveau code PIN" in page and "Fusionner" in page


def test_a_new_pin_is_shown_once_works_and_the_old_one_no_longer_does(trainer_client, group):
    learner = learner_in(group, pin="4826")
    response = act(trainer_client, group, learner, "reset_pin")
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    page = response.content.decode()
    new_pin = page.split('class="new-pin">')[1].split("<")[0]
    assert len(new_pin) == 4 and new_pin.isdigit()
    card = LearnerCard.objects.get(learner=learner)
    assert new_pin not in card.pin_hash and check_password(new_pin, card.pin_hash)
    assert pin_sign_in(card.code, new_pin)
    assert not pin_sign_in(card.code, "4826")
    # Shown once: the learner's page says nothing of it afterwards.
    assert new_pin not in trainer_client.get(url(group, learner)).content.decode().replace(card.code, "")


def test_new_pictures_are_printed_on_the_card_and_let_the_learner_sign_in(trainer_client, group):
    learner = learner_in(group)
    page = act(trainer_client, group, learner, "reset_pictures").content.decode()
    names = page.split('class="new-pictures">')[1].split("</strong>")[0]
    chosen = [part.split("> ")[1].split(",")[0].strip() for part in names.split("<img")[1:]]
    assert len(chosen) == 3
    assert page.count('class="pictures"') == 1  # on the printed card
    card = LearnerCard.objects.get(learner=learner)
    client = Client()
    response = client.post(
        "/fr/learner/pictures/signin/",
        {"code": card.code, **{f"picture_{index}": name for index, name in enumerate(chosen, start=1)}},
    )
    assert response.status_code == 302


def test_unlocking_a_locked_card_lets_the_learner_try_again_at_once(trainer_client, group):
    learner = learner_in(group, pin="4826")
    LearnerCard.objects.filter(learner=learner).update(locked_until=timezone.now() + timedelta(minutes=15))
    assert "bloquée" in trainer_client.get(url(group, learner)).content.decode()
    response = act(trainer_client, group, learner, "unlock")
    assert response.status_code == 302
    assert pin_sign_in(learner.active_card.code, "4826")


def test_replacing_a_lost_card_revokes_it_and_keeps_the_progress(trainer_client, group):
    learner = learner_in(group, pin="4826")
    old = learner.active_card
    ModuleProgress.objects.create(learner=learner, module_key=uuid.uuid4(), steps_seen=["a"], steps_total=3)
    page = act(trainer_client, group, learner, "replace").content.decode()
    new = Learner.objects.get(pk=learner.pk).active_card
    assert new.code != old.code and new.code in page
    assert not pin_sign_in(old.code, "4826")
    assert ModuleProgress.objects.filter(learner=learner).count() == 1
    assert Client().get(f"/fr/learner/qr/{old.qr_secret}/").status_code == 410


def test_merging_two_cards_moves_progress_attempts_and_attestations_to_the_kept_card(trainer_client, group):
    kept, other = learner_in(group, name="Ahmad"), learner_in(group, name="Ahmad")
    module, path = uuid.uuid4(), uuid.uuid4()
    ModuleProgress.objects.create(learner=kept, module_key=module, steps_seen=["a"], steps_total=3, attempts=1)
    ModuleProgress.objects.create(
        learner=other, module_key=module, steps_seen=["b"], steps_total=3, attempts=2, best_score=80
    )
    ModuleProgress.objects.create(learner=other, module_key=uuid.uuid4(), steps_seen=["x"], steps_total=1)
    QuizAttempt.objects.create(
        id=uuid.uuid4(), learner=other, module_key=module, answers={}, result={}, score=80, passed=True
    )
    Attestation.objects.create(
        learner=other, path_key=path, code="ATT-1", holder="Ahmad", path_title="Premiers pas", modules=[]
    )
    other_group = LearnerGroupFactory(name="Samedi", created_by=trainer_client.user)
    Membership.objects.create(group=other_group, learner=other)
    PracticeResult.record(other, "mouse", "1", succeeded=True, mistakes=2)
    PracticeResult.record(kept, "mouse", "1", succeeded=False, mistakes=5)
    other_code = other.active_card.code

    response = act(trainer_client, group, kept, "merge", other_code=other_code.lower())
    assert response.status_code == 302

    assert not Learner.objects.filter(pk=other.pk).exists()
    merged = ModuleProgress.objects.get(learner=kept, module_key=module)
    assert merged.steps_seen == ["a", "b"] and merged.attempts == 3 and merged.best_score == 80
    assert ModuleProgress.objects.filter(learner=kept).count() == 2
    assert QuizAttempt.objects.filter(learner=kept).count() == 1
    assert Attestation.objects.get(code="ATT-1").learner == kept
    assert set(Membership.objects.filter(learner=kept).values_list("group__name", flat=True)) == {
        "Mardi matin – Melun",
        "Samedi",
    }
    assert not LearnerCard.objects.filter(code=other_code).exists()
    practice = PracticeResult.objects.get(learner=kept)
    assert practice.succeeded and practice.mistakes == 2


def test_merging_with_a_card_outside_the_class_changes_nothing(trainer_client, group):
    kept = learner_in(group)
    stranger = Learner.objects.create()
    card = issue_card(stranger, "1357")
    response = act(trainer_client, group, kept, "merge", other_code=card.code)
    assert response.status_code == 302
    page = trainer_client.get(url(group, kept)).content.decode()
    assert "Rien n&#x27;a été fusionné" in page or "Rien n'a été fusionné" in page
    assert Learner.objects.filter(pk=stranger.pk).exists()


def test_every_action_is_in_wagtails_audit_log_with_who_and_which_card_never_the_pin(trainer_client, group):
    learner = learner_in(group)
    for action in ("reset_pin", "reset_pictures", "unlock", "replace"):
        act(trainer_client, group, learner, action)
    entries = ClassLogEntry.objects.filter(object_id=str(group.pk), action__startswith="classes.")
    assert sorted(entries.values_list("action", flat=True)) == [
        "classes.replace_card",
        "classes.reset_pictures",
        "classes.reset_pin",
        "classes.unlock_card",
    ]
    assert all(entry.user == trainer_client.user and entry.timestamp for entry in entries)
    card = LearnerCard.objects.filter(learner=learner).order_by("created_at").first()
    reset = entries.get(action="classes.reset_pin")
    assert reset.data["card"] == card.code and set(reset.data) == {"group", "card"}
    history = trainer_client.get(f"/admin/groupes/history/{group.pk}/").content.decode()
    assert "Code PIN réinitialisé" in history or f"Nouveau code PIN pour la carte {card.code}" in history
    site_history = trainer_client.get("/admin/reports/site-history/").content.decode()
    assert f"Nouveau code PIN pour la carte {card.code}" in site_history


def test_a_translator_trying_a_pin_reset_gets_403_and_nothing_changes(translator_client, group):
    learner = learner_in(group, pin="4826")
    before = LearnerCard.objects.get(learner=learner).pin_hash
    response = act(translator_client, group, learner, "reset_pin")
    assert response.status_code == 403
    assert "seuls les formateurs et les administrateurs" in response.content.decode()
    assert LearnerCard.objects.get(learner=learner).pin_hash == before
    assert not ClassLogEntry.objects.filter(action__startswith="classes.").exists()


def test_another_trainer_cannot_reset_a_pin_in_a_class_that_is_not_theirs(other_trainer_client, group):
    learner = learner_in(group, pin="4826")
    response = act(other_trainer_client, group, learner, "reset_pin")
    assert response.status_code == 403
    assert "Ce groupe n&#x27;est pas le vôtre" in response.content.decode()
    assert pin_sign_in(learner.active_card.code, "4826")


def test_a_learner_of_another_class_cannot_be_reached_through_mine(trainer_client, group, other_trainer_client):
    theirs = LearnerGroupFactory(name="Autre", created_by=other_trainer_client.user)
    learner = learner_in(theirs, pin="4826")
    response = trainer_client.post(url(group, learner), {"action": "reset_pin"}, follow=True)
    assert response.status_code == 404
    assert pin_sign_in(learner.active_card.code, "4826")
    assert not ClassLogEntry.objects.filter(action__startswith="classes.").exists()


def test_the_site_history_shows_a_classes_actions_to_its_trainers_and_administrators_only(
    trainer_client, other_trainer_client, administrator_client, group
):
    learner = learner_in(group)
    act(trainer_client, group, learner, "reset_pin")
    line = f"Nouveau code PIN pour la carte {learner.active_card.code}"
    assert line in administrator_client.get("/admin/reports/site-history/").content.decode()
    other_history = other_trainer_client.get("/admin/reports/site-history/").content.decode()
    assert line not in other_history and "Mardi matin" not in other_history
