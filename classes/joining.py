"""Learners join a class with its code (typed, or in the URL of its QR code).

Only wrong codes count, per client address (behind the trusted proxy), so a whole class joining from the
centre's one connection is never refused; past the limit every code is refused, the right one too, until
the hour is over: guessing stops paying.
"""

from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from classes.models import LearnerGroup, Membership, normalise_join_code
from core.clients import client_address
from core.ratelimit import RateLimit
from learners.errors import NotFound, TooManyTries

WRONG_CODES_PER_ADDRESS_PER_HOUR = 20
WRONG_CODES = RateLimit("class-join-failures", limit=WRONG_CODES_PER_ADDRESS_PER_HOUR, window=3600)


class WrongJoinCode(NotFound):
    default_message = _("No group has this code. Check it with your trainer: letters and digits, no spaces.")


class TooManyJoinCodes(TooManyTries):
    default_message = _("Too many wrong group codes from this connection. Please wait an hour, or ask your trainer.")


def find_group(request, code):
    """The class with this join code; raises TooManyJoinCodes or WrongJoinCode (and counts the failure)."""
    address = client_address(request)
    if WRONG_CODES.reached(address):
        raise TooManyJoinCodes()
    group = LearnerGroup.objects.filter(join_code=normalise_join_code(code)).first() if code else None
    if group is None:
        WRONG_CODES.exceeded(address)
        raise WrongJoinCode()
    return group


def join(group, learner):
    """Put `learner` in `group`; joining again changes nothing. Returns True when the learner is new there."""
    try:
        with transaction.atomic():
            _membership, created = Membership.objects.get_or_create(group=group, learner=learner)
    except IntegrityError:  # joined at the same instant from another tab
        return False
    return created
