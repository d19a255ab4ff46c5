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
from learners.models import Learner

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
    Membership.objects.filter(learner=other).exclude(
        group__in=Membership.objects.filter(learner=kept).values("group")
    ).update(learner=kept)
    identity.merge_learners(kept, other)
    card = kept.active_card
    _log(
        user,
        group,
        "classes.merge_cards",
        card=card.code if card else str(kept),
        old=old_card.code if old_card else str(other),
    )
    return kept
