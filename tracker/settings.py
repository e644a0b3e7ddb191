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
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "tracker.middleware.LoginRequiredForReadingMiddleware",
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
            ],
        },
    },
]

WSGI_APPLICATION = "tracker.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        # Reusing connections matters: a new PostgreSQL connection per request costs most of
        # the throughput of a cheap page.
        conn_max_age=envint("CONN_MAX_AGE", 600),
        conn_health_checks=True,
    )
}
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

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
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
