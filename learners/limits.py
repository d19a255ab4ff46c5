"""The learner pages' rate limits, each keyed on the client behind the trusted proxy (core.clients).

Sign-in limits count failures only: a classroom whose learners all sign in behind one address (a school's
NAT, a proxy the site does not trust) is never slowed by the sign-ins that succeed. A wrong PIN costs one
failure to the address and one to the card (5 lock the card, in the database); an unknown, replaced or
locked code costs the address one failure however often it is retyped. Once an address has used its
failures, every sign-in from it is refused until its hour ends, right ones too: otherwise the answer to a
guess would still tell a right one from a wrong one.
"""

from core.clients import client_address
from core.ratelimit import RateLimit
from learners.errors import TooManyAttempts, TooManyTries

FAILURES_PER_ADDRESS_PER_HOUR = 30
SIGN_IN_FAILURES = RateLimit("signin-failures", limit=FAILURES_PER_ADDRESS_PER_HOUR, window=3600)
# A QR secret cannot be guessed (192 random bits); this only stops a script from trying.
QR_FAILURES = RateLimit("qr-failures", limit=FAILURES_PER_ADDRESS_PER_HOUR, window=3600)
# Answering a quiz takes a person more than a few seconds; a classroom behind one address sends at most a
# few dozen a minute. Sending the same attempt again (an offline phone catching up) costs nothing.
ATTEMPTS_PER_LEARNER_PER_MINUTE = 10
ATTEMPTS_PER_ADDRESS_PER_MINUTE = 120
LEARNER_ATTEMPTS = RateLimit("quiz-learner", limit=ATTEMPTS_PER_LEARNER_PER_MINUTE, window=60)
ADDRESS_ATTEMPTS = RateLimit("quiz-address", limit=ATTEMPTS_PER_ADDRESS_PER_MINUTE, window=60)


def refuse_if_too_many_failures(request, limit=SIGN_IN_FAILURES):
    """Before checking a code, PIN or QR secret: refuse when this address has failed too often."""
    address = client_address(request)
    if limit.reached(address):
        raise TooManyTries(retry_after=limit.retry_after(address))


def count_failure(request, limit=SIGN_IN_FAILURES, distinct=None):
    limit.hit(client_address(request), distinct=distinct)


def count_quiz_attempt(request, learner_id, attempt_id):
    """Count a new quiz attempt for this learner (None before their first write) and this address; raises
    TooManyAttempts, before anything is stored, when either went over its budget."""
    budgets = [(ADDRESS_ATTEMPTS, client_address(request))]
    if learner_id is not None:
        budgets.insert(0, (LEARNER_ATTEMPTS, learner_id))
    for limit, key in budgets:
        if limit.exceeded(key, distinct=str(attempt_id)):
            raise TooManyAttempts(retry_after=limit.retry_after(key))
