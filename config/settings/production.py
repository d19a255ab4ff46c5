"""Production settings: everything secret or host-specific comes from the environment."""

from .base import *  # noqa: F403
from .base import REDIS_URL, SECRET_KEY, stop

if not SECRET_KEY:
    stop("SECRET_KEY is not set; set it to a long random string.")
if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5:
    stop("SECRET_KEY is too short; use at least 50 random characters.")
if not REDIS_URL:
    # Without it each worker would keep its own rate-limit budgets, lost at every restart.
    stop("REDIS_URL is not set; set it to the Redis that every worker shares, e.g. redis://127.0.0.1:6379/0.")

DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
