"""Settings shared by every environment. Everything that differs between machines comes from the environment."""

import os
import sys
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy, gettext_noop

from config.logging_setup import logging_config

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    """A comma-separated environment variable as a list, without empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def stop(message):
    """Stop the process at start with one sentence naming the variable to fix (no traceback)."""
    sys.exit(f"Numerik'AIR cannot start: {message}")


DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# Addresses or networks of the reverse proxies in front of the site (e.g. "10.0.0.0/8"): behind them, the
# client's address is read from X-Forwarded-For (core.clients.client_address).
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")

INSTALLED_APPS = [
    # Local: one app per concept; imports run one way (see .importlinter)
    "courses",
    "quiz",
    "glossary",
    "h5p",
    "workspace",
    "learners",
    "classes",
    "diagnostic",
    "search",
    "simulators",
    "reports",
    "demo",
    # Wagtail and wagtail-localize (wagtail_localize.locales replaces wagtail.locales)
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    # Wagtail's users app with our user views: no superuser or staff rights from the admin (workspace/users.py)
    "workspace.apps.UsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # Django (not django.contrib.admin: its /django-admin/ would bypass Wagtail's rights, and nothing needs it)
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    # Third party
    "csp",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages are compressed too (static files are served pre-compressed by whitenoise above). Learner pages
    # carry no secret, and Django masks CSRF tokens per response, so BREACH has nothing to read.
    "core.media.GZipMiddleware",  # Django's, except for media served by byte ranges
    # Public pages answered from the cache, marked public or private (courses/page_cache.py). Outside the
    # session and CSRF middleware: it must see whether they set a cookie or read the session.
    "courses.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "config.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Inside CSPMiddleware: it marks admin responses before the policy header is built.
    "config.middleware.AdminCSPMiddleware",
    "workspace.middleware.LanguageGuardMiddleware",
    # A full disk or an unreachable object store answers 503 with a message, not a 500 (core/storage.py).
    "core.storage.StorageFailureMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # A view that cannot reach the database answers 503 with Retry-After (config/unavailable.py).
    "config.unavailable.DatabaseUnavailableMiddleware",
    # Last: it turns a login that django-axes refused into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

# django-axes watches every login before the ordinary backend checks the password.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------------
# DATABASE_URL selects PostgreSQL in production; the default is a SQLite file in the project, in WAL
# mode with a busy timeout and immediate transactions so that concurrent writers wait instead of failing.
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}
_database_url = os.environ.get("DATABASE_URL", "").strip()
if _database_url:
    try:
        _database = dj_database_url.parse(_database_url, conn_max_age=60, conn_health_checks=True)
    except Exception:  # dj-database-url raises several types for a malformed URL
        stop("DATABASE_URL is malformed; expected e.g. postgres://user@host:5432/name or sqlite:///path.")
    if not _database.get("ENGINE"):
        stop("DATABASE_URL names an unknown database scheme; use postgres:// or sqlite:///.")
    if _database["ENGINE"] == "django.db.backends.sqlite3":
        _database["OPTIONS"] = {**SQLITE_OPTIONS, **_database.get("OPTIONS", {})}
        _database["CONN_MAX_AGE"] = 0
else:
    _database = {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": BASE_DIR / "db.sqlite3",
        "OPTIONS": SQLITE_OPTIONS,
    }
DATABASES = {"default": _database}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ----------------------------------------------------------------------------------------
# Redis is shared by every gunicorn worker and survives their restarts, so each rate limit is one budget for
# the whole site; production requires it (production.py). Short timeouts and ForgivingRedisCache: while Redis
# is away, pages are served without cache and without rate limits instead of failing (config/cache.py).
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "config.cache.ForgivingRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "numerikair",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Page cache (courses/page_cache.py) ---------------------------------------------------------------
# Public learner pages are kept in the cache above and purged on publish; a CDN or proxy keeps them
# PAGE_CACHE_S_MAXAGE (it is purged too when FRONTEND_CACHE_PURGE_URL is set). Browsers keep them
# PAGE_CACHE_MAX_AGE: 0, so a phone asks again each time (a 304 without body when nothing changed) and an
# approved change shows on the learner's next visit, which a browser cache cannot be told to purge.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "0"))
PAGE_CACHE_S_MAXAGE = int(os.environ.get("PAGE_CACHE_S_MAXAGE", "600"))
PAGE_CACHE_TIMEOUT = 24 * 3600
# An HTTP cache in front of the site (Varnish, nginx proxy_cache…) that accepts PURGE requests, e.g.
# http://127.0.0.1:6081 (wagtail.contrib.frontend_cache's HTTPBackend; see its docs for Cloudflare, CloudFront).
FRONTEND_CACHE_PURGE_URL = os.environ.get("FRONTEND_CACHE_PURGE_URL", "").strip()
if FRONTEND_CACHE_PURGE_URL:
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }

# --- Retention -------------------------------------------------------------------------------------
# Anonymous learners (no card) inactive for this many days are erased with their sessions by
# `manage.py purge_learners`, which also clears expired sessions (README, "Retention"). Run it every night.
try:
    LEARNER_RETENTION_DAYS = int(os.environ.get("LEARNER_RETENTION_DAYS", "90"))
except ValueError:
    stop("LEARNER_RETENTION_DAYS must be a whole number of days, e.g. 90.")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Admin login throttling (django-axes) ------------------------------------------------------------
# 5 wrong passwords for one username from one client address lock that pair for 15 minutes from the fifth
# (more tries while locked do not extend it); a successful login clears the count. Administrators unlock
# from Admin › Paramètres › Comptes bloqués (workspace/lockouts.py). The address is the client behind the
# trusted proxy (core.clients.client_address), never the proxy's.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_CLIENT_IP_CALLABLE = "workspace.lockouts.client_ip"
AXES_LOCKOUT_CALLABLE = "workspace.lockouts.lockout_response"
WAGTAILADMIN_USER_LOGIN_FORM = "workspace.lockouts.LoginForm"  # its password field labelled in French too
AXES_ENABLE_ADMIN = False  # no Django admin here
AXES_DISABLE_ACCESS_LOG = True  # nobody reads a log of successful logins; it would keep every address forever

# --- Languages ------------------------------------------------------------------------------------
# The one place where languages are declared. Adding a language = one line here + its .po file in
# locales/<code>/LC_MESSAGES/. Django has no data for prs, ps and ti: LANG_INFO is completed below
# from this table, and the compiled .po file is what makes Django's check_for_language() accept it.
LANGUAGE_DATA = [
    # code, English name, name in its own script, right-to-left
    ("fr", gettext_noop("French"), "Français", False),
    ("en", gettext_noop("English"), "English", False),
    ("ar", gettext_noop("Arabic"), "العربية", True),
    ("prs", gettext_noop("Dari"), "دری", True),
    ("ps", gettext_noop("Pashto"), "پښتو", True),
    ("ti", gettext_noop("Tigrinya"), "ትግርኛ", False),
    ("uk", gettext_noop("Ukrainian"), "Українська", False),
    ("ru", gettext_noop("Russian"), "Русский", False),
]
LANGUAGE_CODE = "fr"
# Names translated lazily: the admin shows "Arabe" to a French-speaking trainer.
LANGUAGES = [(code, gettext_lazy(name)) for code, name, _local, _bidi in LANGUAGE_DATA]
LANGUAGES_BIDI = [code for code, _name, _local, bidi in LANGUAGE_DATA if bidi]
for _code, _name, _local, _bidi in LANGUAGE_DATA:
    LANG_INFO[_code] = {**LANG_INFO.get(_code, {}), "code": _code, "name": _name, "name_local": _local, "bidi": _bidi}
# Our UI strings, then our corrections of Wagtail's and wagtail-localize's French (read before theirs).
LOCALE_PATHS = [BASE_DIR / "locales", BASE_DIR / "locale_overrides"]
USE_I18N = True
# Date formats of the languages Django has no data for (prs, ps, ti); their month names are in locales/.
FORMAT_MODULE_PATH = ["config.formats"]
USE_TZ = True
TIME_ZONE = "Europe/Paris"
LANGUAGE_COOKIE_NAME = "language"
LANGUAGE_COOKIE_SECURE = False  # production sets it

WAGTAIL_I18N_ENABLED = True
# Asking for a translation makes a draft, not a live copy of the French: learners keep the French page (marked
# « en français ») until the translator publishes, or a trainer approves, the translation.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Machine translation in wagtail-localize's editor is OFF unless the organisation decides otherwise: it
# sends the lesson text to another server. Set LIBRETRANSLATE_URL (and LIBRETRANSLATE_API_KEY), or
# DEEPL_AUTH_KEY, to turn it on.
if os.environ.get("LIBRETRANSLATE_URL", "").strip():
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": os.environ["LIBRETRANSLATE_URL"].strip(),
            "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
        },
    }
elif os.environ.get("DEEPL_AUTH_KEY", "").strip():
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_AUTH_KEY"].strip()},
    }
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Trainers and translators use the admin in French or English (a preference per user).
WAGTAILADMIN_PERMITTED_LANGUAGES = [("fr", "Français"), ("en", "English")]

# --- Static and media files -----------------------------------------------------------------------
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Uploads and renditions are written under a temporary name, then moved: a full disk leaves no half file
# (core/storage.py; `manage.py find_orphans` finds what a crash could still leave).
STORAGES = {
    "default": {"BACKEND": "core.storage.SafeFileSystemStorage"},
    "renditions": {"BACKEND": "core.storage.RenditionStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WAGTAILIMAGES_RENDITION_STORAGE = "renditions"
# Several app servers share their uploads on S3-compatible object storage (core/object_storage.py) when a bucket
# is named; boto3 reads AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY itself. URLs stay /media/... (same origin).
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    OBJECT_STORAGE_OPTIONS = {
        "bucket_name": AWS_STORAGE_BUCKET_NAME,
        "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
        "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
        "location": os.environ.get("AWS_LOCATION", ""),
        "addressing_style": os.environ.get("AWS_S3_ADDRESSING_STYLE") or None,  # "path" for most local servers
        "file_overwrite": False,  # two uploads of one name never replace each other
        "default_acl": None,  # private bucket: files reach learners through /media/
    }
    STORAGES["default"] = {"BACKEND": "core.object_storage.SafeS3Storage", "OPTIONS": OBJECT_STORAGE_OPTIONS}
    STORAGES["renditions"] = {"BACKEND": "core.object_storage.S3RenditionStorage", "OPTIONS": OBJECT_STORAGE_OPTIONS}

# --- Wagtail --------------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Numerik'AIR"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Documents also carry the lessons' audio clips, videos and their captions.
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "txt", "aac", "m4a", "mp3", "oga", "ogg", "opus", "webm", "mp4", "vtt"]
# Audio, video and captions play inside the page instead of downloading.
WAGTAILDOCS_INLINE_CONTENT_TYPES = [
    "application/pdf",
    "text/plain",
    "text/vtt",
    "audio/ogg",
    "audio/opus",
    "audio/webm",
    "audio/mp4",
    "audio/aac",
    "audio/mpeg",
    "video/mp4",
    "video/webm",
]
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp", "svg"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Security headers (strict on every environment; production adds HTTPS-only settings) --------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# No request from a learner's page may reach another origin.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", "blob:"],
        "media-src": [SELF, "blob:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}

# Console logs, secrets in URLs masked; LOG_FORMAT=json for one JSON object per line (config/logging_setup.py).
LOGGING = logging_config("WARNING")
