"""Quote Tracker settings: one module, configured by environment variables.

Defaults are safe for production (DEBUG off, no ALLOWED_HOSTS, HTTPS cookies); the quick start
sets DEBUG=True. Junk values raise ImproperlyConfigured instead of being guessed at.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent


def envbool(name: str, default: bool) -> bool:
    value = os.getenv(name)
    if value is None or value == "":
        return default
    if value not in ("True", "False", "1", "0"):
        raise ImproperlyConfigured(f"Unexpected value {name}={value!r}, use True or False")
    return value in ("True", "1")


def envint(name: str, default: int) -> int:
    value = os.getenv(name, "")
    if value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"Unexpected value {name}={value!r}, use a whole number")


def envlist(name: str) -> list[str]:
    return [item.strip() for item in os.getenv(name, "").split(",") if item.strip()]


# --- .env (issue 10) --------------------------------------------------------------------------
# scripts/quickstart.sh writes a git-ignored .env (DEBUG=True and a generated SECRET_KEY) so
# that `.venv/bin/python manage.py ...` works as the README prints it. Variables already in
# the environment win; ENV_FILE names another file, and ENV_FILE= (empty) reads none.


def read_env_file(path: str | Path) -> None:
    """KEY=VALUE lines into os.environ, unless already set. Blank lines and # comments are
    skipped; one pair of matching quotes around a value is removed.

    >>> read_env_file("/nonexistent")  # a missing file is no error
    """
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.removeprefix("export ").partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not key.isidentifier():
            raise ImproperlyConfigured(f"{path}:{number}: expected KEY=VALUE")
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        os.environ.setdefault(key, value)


_env_file = os.getenv("ENV_FILE", str(BASE_DIR / ".env"))
if _env_file:
    read_env_file(_env_file)

DEBUG = envbool("DEBUG", False)

SECRET_KEY = os.getenv("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("Set SECRET_KEY (or DEBUG=True for local development)")
    SECRET_KEY = "insecure-development-key-only-used-when-DEBUG-is-on"

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS")
if DEBUG and not ALLOWED_HOSTS:
    ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"]
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_htmx",
    "django_tasks_db",
    "tracker",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Hardening (issue 10): CSP and Permissions-Policy headers, NUL in a query string is a 400.
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "tracker.middleware.PermissionsPolicyMiddleware",
    "tracker.middleware.RejectNulMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "tracker.middleware.TimezoneMiddleware",
]

ROOT_URLCONF = "tracker.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "tracker.context_processors.permissions",
                "tracker.context_processors.alerts",
            ],
        },
    },
]

WSGI_APPLICATION = "tracker.wsgi.application"

def database_from_url(url: str) -> dict[str, object]:
    """DATABASE_URL: empty or unset means the SQLite file beside the code (an empty value is a
    blank line in .env); anything else must be a URL dj-database-url knows."""
    try:
        return dj_database_url.parse(
            url or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
            # Reusing connections matters: a new PostgreSQL connection per request costs most
            # of the throughput of a cheap page.
            conn_max_age=envint("CONN_MAX_AGE", 600),
            conn_health_checks=True,
        )
    except ValueError as err:  # dj_database_url.UnknownSchemeError among them
        raise ImproperlyConfigured(
            f"DATABASE_URL must look like postgres://USER@HOST:PORT/NAME or sqlite:///PATH, "
            f"not {url!r} ({err})"
        ) from err


DATABASES = {"default": database_from_url(os.getenv("DATABASE_URL", "").strip())}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL;",
        # Writers take the lock at BEGIN, so concurrent ingests wait instead of failing.
        "transaction_mode": "IMMEDIATE",
    }
    # Tests use a file, not Django's in-memory default: with a file the browser tests' live
    # server opens its own connection instead of sharing the test thread's, which can
    # deadlock. One file per process, so parallel runs don't collide.
    DATABASES["default"]["TEST"] = {
        "NAME": str(Path(tempfile.gettempdir()) / f"quote-tracker-test-{os.getpid()}.sqlite3")
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# The covering index on quotations is PostgreSQL's (INCLUDE); SQLite, which has no such need,
# keeps the same index without the extra column: nothing to warn about.
SILENCED_SYSTEM_CHECKS = ["models.W040"]


# --- Cache ----------------------------------------------------------------------------------
# CACHE_URL: "locmem://" (the default: each process its own, fine for the quick start) or
# "redis://HOST:PORT/DB" (Django's RedisCache: every gunicorn worker shares one cache). Every
# cached value is keyed by the data generation (tracker.services.generation), which lives in
# the database, so no backend can serve a page older than the latest change.
def cache_from_url(url: str) -> dict[str, object]:
    if url in ("", "locmem://"):
        return {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "quote-tracker",
            "OPTIONS": {"MAX_ENTRIES": 2000},
        }
    if url.startswith(("redis://", "rediss://", "unix://")):
        return {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": os.getenv("CACHE_KEY_PREFIX", "quote-tracker"),
        }
    raise ImproperlyConfigured(f"CACHE_URL must be locmem:// or redis://HOST:PORT/DB, not {url!r}")


CACHES = {"default": cache_from_url(os.getenv("CACHE_URL", "").strip())}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# ModelBackend with a one-query has_perm (see the module).
AUTHENTICATION_BACKENDS = ["tracker.auth_backends.PermissionBackend"]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

# Reading is open unless this is on; editing always needs an editor.
LOGIN_REQUIRED_FOR_READING = envbool("LOGIN_REQUIRED_FOR_READING", False)
if LOGIN_REQUIRED_FOR_READING:  # Django's own wall; the login page and static files stay open
    MIDDLEWARE.append("django.contrib.auth.middleware.LoginRequiredMiddleware")

LANGUAGE_CODE = "en-us"
def envzone(name: str, default: str) -> str:
    """An IANA time zone name ("Europe/London"); junk stops the start."""
    import zoneinfo

    value = os.environ.get(name, "").strip() or default
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as err:
        raise ImproperlyConfigured(f"{name} must be a time zone name, got {value!r}") from err
    return value


# Times are shown in this zone unless a reader picks their own on the audit log.
TIME_ZONE = envzone("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Serve straight from the app folders when collectstatic has not run (quick start, tests).
WHITENOISE_USE_FINDERS = DEBUG

# Ingestion limits: an article is text, so a few MB is already generous.
MAX_ARTICLE_BYTES = envint("MAX_ARTICLE_BYTES", 2 * 1024 * 1024)
MAX_UPLOAD_BYTES = envint("MAX_UPLOAD_BYTES", 50 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = MAX_ARTICLE_BYTES + 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FETCH_TIMEOUT_SECONDS = envint("FETCH_TIMEOUT_SECONDS", 10)

# --- Hardening (issue 10) -------------------------------------------------------------------
# Networks the URL fetcher may reach despite its address policy (tracker/netsafety.py). Only
# tests set this (to 127.0.0.1/32 for a local server); production leaves it empty.
FETCH_ALLOWED_NETWORKS: list[str] = []
# Plausible publication dates; an article outside them is refused (DATE_MAX_YEAR=0: next year).
DATE_MIN_YEAR = envint("DATE_MIN_YEAR", 1800)
DATE_MAX_YEAR = envint("DATE_MAX_YEAR", 0)
# Content-Security-Policy: scripts and styles only from our own static files; no inline script,
# style attribute, event handler or eval anywhere (htmx is configured for it in base.html).
SECURE_CSP = {
    "default-src": [CSP.NONE],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}
# Throttling (tracker/throttle.py): failed log-ins per account and per address in a window,
# and full CSV/JSON exports per client per hour.
LOGIN_FAILURES_PER_ACCOUNT = envint("LOGIN_FAILURES_PER_ACCOUNT", 5)
LOGIN_FAILURES_PER_IP = envint("LOGIN_FAILURES_PER_IP", 20)
LOGIN_LOCKOUT_MINUTES = envint("LOGIN_LOCKOUT_MINUTES", 15)
EXPORTS_PER_HOUR = envint("EXPORTS_PER_HOUR", 60)
# Browser features no page uses, switched off for this site and anything it might embed.
PERMISSIONS_POLICY = [
    (feature, [])
    for feature in (
        "accelerometer", "camera", "display-capture", "geolocation", "gyroscope",
        "magnetometer", "microphone", "midi", "payment", "usb", "serial",
        "browsing-topics",
    )
]  # fmt: skip
# Alerts (following): links in emails and webhooks start with SITE_URL.
SITE_URL = os.getenv("SITE_URL", "http://localhost:8000").rstrip("/")
# Email: the console in development, SMTP (EMAIL_HOST etc.) in production, where
# `check --deploy` refuses the console; EMAIL_BACKEND chooses either way.
_EMAIL_BACKEND = os.getenv(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
MAILERS = {"default": {"BACKEND": _EMAIL_BACKEND}}
if _EMAIL_BACKEND == "django.core.mail.backends.smtp.EmailBackend":
    MAILERS["default"]["OPTIONS"] = {
        "host": os.getenv("EMAIL_HOST", "localhost"),
        "port": envint("EMAIL_PORT", 25),
        "username": os.getenv("EMAIL_HOST_USER", ""),
        "password": os.getenv("EMAIL_HOST_PASSWORD", ""),
        "use_tls": envbool("EMAIL_USE_TLS", False),
        "use_ssl": envbool("EMAIL_USE_SSL", False),
        "timeout": envint("EMAIL_TIMEOUT_SECONDS", 20),
    }
DEFAULT_FROM_EMAIL = os.getenv("DEFAULT_FROM_EMAIL", "Quote Tracker <alerts@localhost>")
WEBHOOK_TIMEOUT_SECONDS = envint("WEBHOOK_TIMEOUT_SECONDS", 10)
WEBHOOK_ATTEMPTS = envint("WEBHOOK_ATTEMPTS", 4)
WEBHOOK_BACKOFF_SECONDS = envint("WEBHOOK_BACKOFF_SECONDS", 30)
# Networks webhooks may reach although they are private (e.g. an intranet receiver).
WEBHOOK_ALLOWED_NETWORKS = envlist("WEBHOOK_ALLOWED_NETWORKS")
# Background jobs (django.tasks): stored in the database, run by `manage.py worker`.
# TASKS_BACKEND=immediate runs each task inside the call that enqueues it (tests, scripts).
_TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django.tasks.backends.immediate.ImmediateBackend",
}
if os.getenv("TASKS_BACKEND", "database") not in _TASK_BACKENDS:
    raise ImproperlyConfigured(
        f"Unexpected value TASKS_BACKEND={os.getenv('TASKS_BACKEND')!r}, use database or immediate"
    )
TASKS = {
    "default": {
        "BACKEND": _TASK_BACKENDS[os.getenv("TASKS_BACKEND", "database")],
        "QUEUES": ["default"],
    }
}
# Records per job unit: a worker takes one unit at a time, so several workers share a batch.
JOB_UNIT_SIZE = envint("JOB_UNIT_SIZE", 50)
# Articles stored per transaction by a batch ingest: fewer queries per article, and still a
# short transaction (readers never wait on it; on SQLite writers wait their turn).
INGEST_BATCH = envint("INGEST_BATCH", 20)
# A running unit whose worker has not reported for this long is handed to another worker.
JOB_STALE_SECONDS = envint("JOB_STALE_SECONDS", 60)
# Feeds: minutes between polls of one feed, and seconds between two requests to one host.
FEED_POLL_MINUTES = envint("FEED_POLL_MINUTES", 15)
FEED_HOST_INTERVAL_SECONDS = envint("FEED_HOST_INTERVAL_SECONDS", 2)

SESSION_COOKIE_SECURE = not DEBUG
# Database sessions whose writes do not wait for the disk (tracker/sessions.py).
SESSION_ENGINE = "tracker.sessions"
CSRF_COOKIE_SECURE = not DEBUG
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 0 if DEBUG else 60 * 60 * 24 * 30)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.getenv("LOG_LEVEL", "WARNING")},
}
