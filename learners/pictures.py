"""A picture password, for learners who read little: 3 pictures out of 12, tapped in order, beside the PIN.

It is stored hashed with Django's password hashers, like the PIN, and never in clear: the pictures can be
shown (and printed on the card) only at the moment they are chosen. Wrong tries count against the card like
wrong PINs (the same lock), and the codes tried count against the client's address like code + PIN.
"""

import secrets
from datetime import timedelta

from django.contrib.auth.hashers import check_password, make_password
from django.db import transaction
from django.templatetags.static import static
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from learners import identity, limits
from learners.errors import CardLocked, CardUnusable, WrongCredentials
from learners.models import LearnerCard

LENGTH = 3
# name: what the picture shows, in the learner's language (its alternative text)
PICTURES = {
    "house": gettext_lazy("house"),
    "sun": gettext_lazy("sun"),
    "tree": gettext_lazy("tree"),
    "cat": gettext_lazy("cat"),
    "car": gettext_lazy("car"),
    "fish": gettext_lazy("fish"),
    "star": gettext_lazy("star"),
    "cup": gettext_lazy("cup"),
    "flower": gettext_lazy("flower"),
    "bird": gettext_lazy("bird"),
    "key": gettext_lazy("key"),
    "apple": gettext_lazy("apple"),
}


def choices():
    """[(name, label, picture URL)] in a fixed order, for forms and cards."""
    return [(name, label, picture_url(name)) for name, label in PICTURES.items()]


def picture_url(name):
    return static(f"learners/pictures/{name}.svg")


def valid(pictures):
    return len(pictures) == LENGTH and all(name in PICTURES for name in pictures)


def _secret(pictures):
    return "picture:" + "-".join(pictures)


def random_pictures():
    return [secrets.choice(list(PICTURES)) for _ in range(LENGTH)]


def set_pictures(card, pictures):
    """Give `card` this picture password (a list of 3 names, in order); stored hashed."""
    if not valid(pictures):
        raise WrongCredentials(_("Choose one picture in each row."))
    card.picture_hash = make_password(_secret(pictures))
    card.save(update_fields=["picture_hash"])


def clear_pictures(card):
    card.picture_hash = ""
    card.save(update_fields=["picture_hash"])


def _wrong_pictures(left):
    return _(
        "This code and these pictures do not match. Tries left before the card is locked for 15 minutes: %(left)s."
    ) % {"left": left}


def sign_in(request, code, pictures):
    """Sign this browser in with a card code and 3 pictures in order; returns the learner.

    The same rules as code + PIN (learners.identity.sign_in): failures counted per client address
    (learners.limits), wrong tries counted on the card, locked after 5 for 15 minutes, the session id
    changed at sign-in."""
    code = identity.normalise_code(code)
    limits.refuse_if_too_many_failures(request)
    locked = None
    with transaction.atomic():
        card = LearnerCard.objects.select_for_update().select_related("learner").filter(code=code).first()
        if card is None:
            limits.count_failure(request, distinct=code)
            raise WrongCredentials(_wrong_pictures(identity.MAX_FAILED_PINS))
        if card.revoked_at:
            limits.count_failure(request, distinct=code)
            raise CardUnusable(_("This card was replaced by a new one. Use the code of your new card."))
        now = timezone.now()
        if card.locked_until and card.locked_until > now:
            limits.count_failure(request, distinct=code)
            raise CardLocked(identity._locked_message(card))
        if not card.picture_hash:
            raise WrongCredentials(_("This card has no pictures. Sign in with your PIN, or ask your trainer."))
        if valid(pictures) and check_password(_secret(pictures), card.picture_hash):
            card.failed_pins = 0
            card.locked_until = None
            card.save(update_fields=["failed_pins", "locked_until"])
        else:
            card.failed_pins += 1
            if card.failed_pins >= identity.MAX_FAILED_PINS:
                card.failed_pins = 0
                card.locked_until = now + timedelta(minutes=identity.LOCK_MINUTES)
                card.save(update_fields=["failed_pins", "locked_until"])
                # Raised after the block commits: the count and the lock must outlive this request.
                locked = CardLocked(identity._locked_message(card))
            else:
                card.save(update_fields=["failed_pins"])
                locked = WrongCredentials(_wrong_pictures(identity.MAX_FAILED_PINS - card.failed_pins))
    if locked:
        limits.count_failure(request)
        raise locked
    identity._adopt_session_progress(request, card.learner)
    identity._sign_in_session(request, card.learner)
    return card.learner
