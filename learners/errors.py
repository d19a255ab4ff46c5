"""Errors of the learner services: each carries an HTTP status and a message in the learner's language.

The HTML views show the message in the form; the API answers {"detail": message} with the status.
"""

from django.utils.translation import gettext_lazy as _


class LearnerError(Exception):
    """Something the learner (or their browser) asked that cannot be done; nothing was changed."""

    status = 400
    default_message = _("This request cannot be processed.")
    retry_after = None  # seconds, for a refusal that ends (sent as the Retry-After header)

    def __init__(self, message=None, retry_after=None):
        self.message = message or self.default_message
        if retry_after is not None:
            self.retry_after = retry_after
        super().__init__(str(self.message))


class BadPayload(LearnerError):
    status = 400


class PayloadTooLarge(LearnerError):
    status = 400  # not 413: for the learner's browser this is one more malformed request
    default_message = _("This request is too large.")


class WrongCredentials(LearnerError):
    status = 400
    default_message = _("This code and PIN do not match. Check the code on your card and try again.")


class CardLocked(LearnerError):
    status = 423


class TooManyTries(LearnerError):
    """Too many failed sign-ins (wrong codes, PINs or QR codes) from one client address."""

    status = 429
    default_message = _("Too many codes were tried from this connection. Please wait an hour, or ask your trainer.")


class TooManyAttempts(LearnerError):
    """Quiz answers sent faster than a person answers."""

    status = 429
    default_message = _("You have sent many answers in a short while. Please wait a minute, then try again.")


class CardUnusable(LearnerError):
    status = 410


class NotYours(LearnerError):
    status = 409
    default_message = _("This answer was already sent by somebody else. Reload the page and try again.")


class NoLearner(LearnerError):
    status = 404
    default_message = _("You have no saved progress yet on this device.")


class NotFound(LearnerError):
    status = 404
    default_message = _("This lesson does not exist or is no longer online.")
