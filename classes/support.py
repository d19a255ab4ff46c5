"""What a trainer does for a learner of their class: a new PIN or new pictures, unlock a card, replace a lost
card, merge two cards of one person. Each is written to Wagtail's audit log (who, when, which card) on the
class, so it shows in the class's history and in the admin's site history; never the PIN or the pictures.

The new PIN or pictures are returned once, to be shown to the trainer and told to the learner; only their
hashes are stored.
"""

import secrets

from django.contrib.auth.hashers import make_password
from django.db import transaction
from wagtail.log_actions import log

from classes.models import Membership
from learners import identity, pictures
from learners.models import Attestation, H5PResult, Learner, ModuleProgress, ProgressEvent, QuizAttempt

PIN_DIGITS = "23456789"
PIN_LENGTH = 4

ACTIONS = {
    "classes.reset_pin": ("Code PIN réinitialisé", "Nouveau code PIN pour la carte {card}"),
    "classes.reset_pictures": ("Images réinitialisées", "Nouvelles images pour la carte {card}"),
    "classes.unlock_card": ("Carte débloquée", "Carte {card} débloquée"),
    "classes.replace_card": ("Carte remplacée", "Carte {old} perdue : remplacée par la carte {card}"),
    "classes.merge_cards": ("Cartes fusionnées", "Carte {old} fusionnée dans la carte {card}"),
}


def _log(user, group, action, **data):
    log(instance=group, action=action, user=user, data={"group": group.name, **data})


def _new_pin():
    return "".join(secrets.choice(PIN_DIGITS) for _ in range(PIN_LENGTH))


def _card_or_new(learner):
    """The learner's card, or a new one when they have none left (revoked): returns (card, new PIN or None)."""
    card = learner.active_card
    if card is not None:
        return card, None
    pin = _new_pin()
    return identity.issue_card(learner, pin), pin


@transaction.atomic
def reset_pin(user, group, learner):
    """A new PIN (returned once); the card is unlocked too."""
    card, pin = _card_or_new(learner)
    if pin is None:
        pin = _new_pin()
        card.pin_hash = make_password(pin)
        card.failed_pins = 0
        card.locked_until = None
        card.save(update_fields=["pin_hash", "failed_pins", "locked_until"])
    _log(user, group, "classes.reset_pin", card=card.code)
    return card, pin


@transaction.atomic
def reset_pictures(user, group, learner):
    """Three new pictures (returned once, in order); the card is unlocked too."""
    card, _pin = _card_or_new(learner)
    chosen = pictures.random_pictures()
    pictures.set_pictures(card, chosen)
    card.failed_pins = 0
    card.locked_until = None
    card.save(update_fields=["failed_pins", "locked_until"])
    _log(user, group, "classes.reset_pictures", card=card.code)
    return card, chosen


@transaction.atomic
def unlock(user, group, learner):
    card = learner.active_card
    if card is None:
        return None
    card.failed_pins = 0
    card.locked_until = None
    card.save(update_fields=["failed_pins", "locked_until"])
    _log(user, group, "classes.unlock_card", card=card.code)
    return card


@transaction.atomic
def replace_card(user, group, learner):
    """A lost card: its code, PIN, pictures and QR code stop working; a new card with a new PIN (returned once)
    keeps the learner's progress."""
    old = learner.active_card
    pin = _new_pin()
    card = identity.issue_card(learner, pin)
    _log(user, group, "classes.replace_card", card=card.code, old=old.code if old else "—")
    return card, pin


@transaction.atomic
def merge(user, group, kept, other):
    """One person with two cards: everything of `other` (progress, quiz attempts, H5P results, attestations,
    classes) moves to `kept`, then `other` and its cards are deleted. All or nothing."""
    if kept.pk == other.pk:
        raise ValueError("the same learner")
    kept = Learner.objects.select_for_update().get(pk=kept.pk)
    other = Learner.objects.select_for_update().get(pk=other.pk)
    old_card = other.active_card
    ProgressEvent.objects.filter(learner=other).update(learner=kept)
    QuizAttempt.objects.filter(learner=other).update(learner=kept)
    H5PResult.objects.filter(learner=other).update(learner=kept)
    Attestation.objects.filter(learner=other).exclude(
        path_key__in=Attestation.objects.filter(learner=kept).values("path_key")
    ).update(learner=kept)
    Membership.objects.filter(learner=other).exclude(
        group__in=Membership.objects.filter(learner=kept).values("group")
    ).update(learner=kept)
    mine = {row.module_key: row for row in ModuleProgress.objects.select_for_update().filter(learner=kept)}
    for row in ModuleProgress.objects.filter(learner=other):
        target = mine.get(row.module_key)
        if target is None:
            row.learner = kept
            row.save(update_fields=["learner"])
            continue
        _merge_progress(target, row)
    if not kept.display_name and other.display_name:
        kept.display_name = other.display_name
        kept.save(update_fields=["display_name"])
    other.delete()
    card = kept.active_card
    _log(
        user,
        group,
        "classes.merge_cards",
        card=card.code if card else str(kept),
        old=old_card.code if old_card else str(other),
    )
    return kept


def _merge_progress(target, row):
    """One module done on two cards: the union of the steps seen, the best score, the earliest dates."""
    target.steps_seen = sorted(set(target.steps_seen) | set(row.steps_seen))
    target.steps_total = max(target.steps_total, row.steps_total)
    target.attempts += row.attempts
    target.best_score = max((s for s in (target.best_score, row.best_score) if s is not None), default=None)
    for field in ("finished_at", "passed_at", "completed_at"):
        dates = [date for date in (getattr(target, field), getattr(row, field)) if date]
        setattr(target, field, min(dates) if dates else None)
    target.activities = {**row.activities, **target.activities}
    if row.updated_at >= target.updated_at:
        target.last_step = row.last_step
    target.updated_at = max(target.updated_at, row.updated_at)
    target.save()
