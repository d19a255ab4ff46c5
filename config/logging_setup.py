"""Logs without secrets, as plain text or as one JSON object per line (`LOG_FORMAT=json`).

A URL can carry a secret: the QR code's sign-in secret (`/<lang>/learner/qr/<secret>/`, valid a year), an
attestation's verification code (`/<lang>/verify/<code>/`, `…/attestation/<code>.pdf`), a password-reset
token, a `?code=` typed in the verification form. `mask()` replaces them with `***` wherever a URL is
written: Django's log records (`MaskSecretsFilter`, on every handler) and gunicorn's access log
(`config.logging_gunicorn`), request line and Referer included.
"""

import json
import logging
import os
import re
from datetime import UTC, datetime

SECRET_IN_PATH = [
    re.compile(r"(/learner/qr/)[^/?#\s\"']+"),
    re.compile(r"(/verify/)[^/?#\s\"']+"),
    re.compile(r"(/learner/attestation/)[^/?#\s\"']+(?=\.pdf)"),
    re.compile(r"(/password_reset/confirm/)[^?#\s\"']+?(?=/?(?:[?#\s\"']|$))"),
]
SECRET_IN_QUERY = re.compile(
    r"((?:^|[?&])(?:code|pin|secret|token|key|password|csrfmiddlewaretoken|sessionid)=)[^&#\s\"']*", re.IGNORECASE
)


def mask(text):
    """`text` with every secret of a URL in it replaced by ***."""
    if not text or not isinstance(text, str):
        return text
    for pattern in SECRET_IN_PATH:
        text = pattern.sub(r"\1***", text)
    return SECRET_IN_QUERY.sub(r"\1***", text)


class MaskSecretsFilter(logging.Filter):
    """Masks secrets in a record's message and traceback before any handler writes it."""

    def filter(self, record):
        message = record.getMessage()
        masked = mask(message)
        if masked != message:
            record.msg, record.args = masked, ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC, ISO 8601), level, logger, message, and the traceback if any."""

    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": mask(record.getMessage()),
        }
        status = getattr(record, "status_code", None)
        if status is not None:
            entry["status"] = status
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = mask(record.exc_text)
        return json.dumps(entry, ensure_ascii=False)


def log_format():
    """ "json" or "text", from the LOG_FORMAT environment variable (text by default)."""
    return "json" if os.environ.get("LOG_FORMAT", "").strip().lower() == "json" else "text"


def logging_config(level="WARNING"):
    """Django's LOGGING: everything to the console, masked, in the chosen format."""
    formatter = {"()": JsonFormatter} if log_format() == "json" else {"format": "%(levelname)s %(name)s %(message)s"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"mask_secrets": {"()": MaskSecretsFilter}},
        "formatters": {"site": formatter},
        "handlers": {
            "console": {"class": "logging.StreamHandler", "filters": ["mask_secrets"], "formatter": "site"},
        },
        "root": {"handlers": ["console"], "level": level},
        # runserver's request lines (make dev) go through the same masking.
        "loggers": {"django.server": {"handlers": ["console"], "level": "INFO", "propagate": False}},
    }
