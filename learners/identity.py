"""Who is learning: the anonymous learner of a browser session, and the card that brings them back elsewhere.

A card code is two short French words and four digits ("PLUME-CITRON-4827"): easy to read aloud and to type
on a phone, with no letter/digit look-alikes (the digits are 2-9). The PIN is chosen by the learner and
stored hashed. The QR secret is a separate random token, so a photo of the QR code does not reveal the PIN
and revoking a card kills both.
"""

import re
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.db import IntegrityError, transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from core.text import fold
from learners import limits
from learners.errors import CardLocked, CardUnusable, WrongCredentials
from learners.models import (
    Attestation,
    H5PResult,
    Learner,
    LearnerCard,
    LearnerSession,
    ModuleProgress,
    ProgressEvent,
    QuizAttempt,
)

SESSION_KEY = "learner"
MAX_FAILED_PINS = 5
LOCK_MINUTES = 15
QR_VALID_DAYS = getattr(settings, "LEARNER_QR_VALID_DAYS", 365)
PIN_PATTERN = re.compile(r"^[0-9]{4,6}$")

WORDS = [
    "ABEILLE",
    "ARBRE",
    "AVION",
    "BALLON",
    "BANANE",
    "BATEAU",
    "BISCUIT",
    "BOUGIE",
    "BOUTON",
    "BUREAU",
    "CABANE",
    "CACTUS",
    "CADEAU",
    "CAMION",
    "CANARD",
    "CANOT",
    "CARTE",
    "CASQUE",
    "CERISE",
    "CHAISE",
    "CHAPEAU",
    "CHEMIN",
    "CHEVAL",
    "CITRON",
    "CLOCHE",
    "COLLINE",
    "COQUE",
    "COULEUR",
    "CRAYON",
    "DAUPHIN",
    "DOMINO",
    "ECHARPE",
    "ETOILE",
    "FENETRE",
    "FLEUR",
    "FORET",
    "FOURMI",
    "FRAISE",
    "FROMAGE",
    "FUSEE",
    "GATEAU",
    "GIRAFE",
    "GUITARE",
    "HIBOU",
    "JARDIN",
    "JUDO",
    "KIWI",
    "LAPIN",
    "LAVANDE",
    "LEGUME",
    "LIVRE",
    "LOUPE",
    "LUNE",
    "MAISON",
    "MANGUE",
    "MARCHE",
    "MELON",
    "MIROIR",
    "MONTAGNE",
    "MOUTON",
    "NUAGE",
    "OISEAU",
    "OLIVE",
    "ORANGE",
    "PANDA",
    "PAPAYE",
    "PARAPLUIE",
    "PENDULE",
    "PIANO",
    "PIRATE",
    "PLAGE",
    "PLUME",
    "POMME",
    "PONT",
    "POTAGER",
    "PRUNE",
    "RADIS",
    "RAISIN",
    "RENARD",
    "RIVIERE",
    "ROBOT",
    "ROCHER",
    "SALADE",
    "SAPIN",
    "SAVON",
    "SOLEIL",
    "SOURIS",
    "SUCRE",
    "TABLE",
    "TAMBOUR",
    "TAPIS",
    "TOMATE",
    "TORTUE",
    "TRAIN",
    "TULIPE",
    "VALISE",
    "VELO",
    "VIOLON",
    "VOLCAN",
    "WAGON",
    "ZEBRE",
]
DIGITS = "23456789"

# Sent by merge_learners(kept, other) before `other` is deleted, for apps above learners to move their rows.
learner_merging = Signal()


# --- The learner of this session -------------------------------------------------------------------


def current_learner(request):
    """The learner tied to this browser session, if any (`with_learner` creates one on a first write)."""
    learner_id = request.session.get(SESSION_KEY)
    return Learner.objects.filter(pk=learner_id).first() if learner_id else None


def with_learner(request, work):
    """`work(learner)` for this session's learner; a learner created for it is kept only if `work` succeeds.

    A refused request (a malformed answer, an unknown lesson, a limit) therefore stores no learner and
    leaves the session as it was.
    """
    learner = current_learner(request)
    if learner is not None:
        return work(learner)
    with transaction.atomic():
        learner = Learner.objects.create(language=get_language() or "")
        result = work(learner)
        request.session[SESSION_KEY] = learner.pk
        learner.attach_session(request.session)
    return result


def _sign_in_session(request, learner):
    """Attach `learner` to a fresh session id (no session fixation); erasing the learner will end it."""
    LearnerSession.objects.filter(session_key=request.session.session_key or "").delete()
    request.session.cycle_key()
    request.session[SESSION_KEY] = learner.pk
    learner.attach_session(request.session)


def sign_out(request):
    LearnerSession.objects.filter(session_key=request.session.session_key or "").delete()
    request.session.flush()


# --- Codes -------------------------------------------------------------------------------------------


def new_code():
    first, second = secrets.choice(WORDS), secrets.choice(WORDS)
    while second == first:
        second = secrets.choice(WORDS)
    digits = "".join(secrets.choice(DIGITS) for _ in range(4))
    return f"{first}-{second}-{digits}"


def normalise_code(text):
    """What a learner typed, as stored: capitals, no accents, words and digits joined by hyphens."""
    return "-".join(re.findall(r"[A-Z]+|[0-9]+", fold(str(text)[:64]).upper()))


def valid_pin(pin):
    return bool(PIN_PATTERN.match(str(pin or "")))


@transaction.atomic
def issue_card(learner, pin, display_name=None):
    """Give `learner` a new card (revoking the one they had): returns the card."""
    if not valid_pin(pin):
        raise WrongCredentials(_("Choose a PIN of 4 to 6 digits."))
    now = timezone.now()
    learner.cards.filter(revoked_at__isnull=True).update(revoked_at=now)
    if display_name is not None:
        learner.display_name = display_name.strip()[:60]
        learner.save(update_fields=["display_name"])
    for _attempt in range(20):
        try:
            with transaction.atomic():
                return LearnerCard.objects.create(
                    learner=learner,
                    code=new_code(),
                    pin_hash=make_password(pin),
                    qr_secret=secrets.token_urlsafe(24),
                    qr_expires_at=now + timedelta(days=QR_VALID_DAYS),
                )
        except IntegrityError:  # the same code or secret already exists: draw again
            continue
    raise RuntimeError("could not draw a free card code")


def revoke_card(learner):
    learner.cards.filter(revoked_at__isnull=True).update(revoked_at=timezone.now())


# --- Signing in --------------------------------------------------------------------------------------


def _minutes_left(until):
    return max(1, int((until - timezone.now()).total_seconds() + 59) // 60)


def _locked_message(card):
    minutes = _minutes_left(card.locked_until)
    return ngettext(
        "This card is locked after too many wrong PINs. Try again in %(minutes)s minute.",
        "This card is locked after too many wrong PINs. Try again in %(minutes)s minutes.",
        minutes,
    ) % {"minutes": minutes}


class _UnknownCode(WrongCredentials):
    """No card has this code: for the learner, a wrong code or PIN (400), counted once per code."""


class _LockedNow(CardLocked):
    """The wrong PIN that locked the card: counted like every wrong PIN."""


def sign_in(request, code, pin):
    """Sign this browser in with a card code and PIN; returns the learner. Failures are counted (learners.limits)."""
    code = normalise_code(code)
    limits.refuse_if_too_many_failures(request)
    try:
        learner = _check_card(code, pin)
    except (_LockedNow, WrongCredentials) as failure:
        # A wrong PIN counts each time; an unknown code once however often it is retyped.
        limits.count_failure(request, distinct=code if isinstance(failure, _UnknownCode) else None)
        raise
    except (CardUnusable, CardLocked):  # a replaced or locked card: once per code too
        limits.count_failure(request, distinct=code)
        raise
    _adopt_session_progress(request, learner)
    _sign_in_session(request, learner)
    return learner


def _check_card(code, pin):
    """The learner of this code and PIN; raises (after recording a wrong PIN on the card) otherwise."""
    with transaction.atomic():
        card = LearnerCard.objects.select_for_update().select_related("learner").filter(code=code).first()
        if card is None:
            raise _UnknownCode()
        if card.revoked_at:
            raise CardUnusable(_("This card was replaced by a new one. Use the code of your new card."))
        now = timezone.now()
        if card.locked_until and card.locked_until > now:
            raise CardLocked(_locked_message(card))
        if check_password(str(pin or ""), card.pin_hash):
            card.failed_pins = 0
            card.locked_until = None
            card.save(update_fields=["failed_pins", "locked_until"])
            return card.learner
        card.failed_pins += 1
        if card.failed_pins >= MAX_FAILED_PINS:
            card.failed_pins = 0
            card.locked_until = now + timedelta(minutes=LOCK_MINUTES)
            card.save(update_fields=["failed_pins", "locked_until"])
            # Raised after the block commits: the count and the lock must outlive this request.
            failure = _LockedNow(_locked_message(card))
        else:
            card.save(update_fields=["failed_pins"])
            left = MAX_FAILED_PINS - card.failed_pins
            failure = WrongCredentials(
                ngettext(
                    "This code and PIN do not match. %(left)s try left before the card is locked for 15 minutes.",
                    "This code and PIN do not match. %(left)s tries left before the card is locked for 15 minutes.",
                    left,
                )
                % {"left": left}
            )
    raise failure


def card_for_qr(request, secret):
    """The card a QR code points at, if it can still be used; raises CardUnusable with the reason.

    Unknown secrets count as failed sign-ins of the client's address (learners.limits.QR_FAILURES).
    """
    limits.refuse_if_too_many_failures(request, limits.QR_FAILURES)
    card = LearnerCard.objects.select_related("learner").filter(qr_secret=str(secret)[:64]).first()
    if card is None or card.revoked_at:
        limits.count_failure(request, limits.QR_FAILURES, distinct=str(secret)[:64])
        raise CardUnusable(_("This QR code is no longer valid: the card was replaced. Sign in with your code and PIN."))
    if card.qr_expires_at <= timezone.now():
        raise CardUnusable(_("This QR code has expired. Sign in with your code and PIN, then print a new card."))
    return card


def sign_in_with_qr(request, secret):
    card = card_for_qr(request, secret)
    _adopt_session_progress(request, card.learner)
    _sign_in_session(request, card.learner)
    return card.learner


# --- Merging what was done before signing in --------------------------------------------------------


@transaction.atomic
def _adopt_session_progress(request, learner):
    """Progress made anonymously on this browser before signing in joins the card's learner."""
    anonymous = current_learner(request)
    if anonymous is None or anonymous.pk == learner.pk or anonymous.cards.exists():
        return
    merge_learners(learner, anonymous)


@transaction.atomic
def merge_learners(kept, other):
    """Everything `other` did moves to `kept`, then `other` is deleted: signing in after working anonymously,
    or a trainer merging two cards of one person. Steps seen are united, the best score and the earliest
    dates kept; an attestation for a path `kept` already holds is dropped. Other apps move their own rows
    (class memberships, practice results) on the `learner_merging` signal. All or nothing."""
    ProgressEvent.objects.filter(learner=other).update(learner=kept)
    QuizAttempt.objects.filter(learner=other).update(learner=kept)
    H5PResult.objects.filter(learner=other).update(learner=kept)
    Attestation.objects.filter(learner=other).exclude(
        path_key__in=Attestation.objects.filter(learner=kept).values("path_key")
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
    learner_merging.send(sender=Learner, kept=kept, other=other)
    other.delete()


def _merge_progress(target, row):
    """One module done by both: the union of the steps seen, the best score, the earliest dates."""
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
