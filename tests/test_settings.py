"""Settings come from the environment, strictly; the suite runs on the database it was given."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.db import connection

from tests.conftest import REPO

# The browser tests allow ORM calls beside Playwright's event loop; production must not.
_TEST_ONLY = ("DEBUG", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE")


def load_settings(
    show: str = "s.DEBUG, s.ALLOWED_HOSTS", **env: str
) -> subprocess.CompletedProcess:
    """Import the settings in a fresh process with `env`, printing `show` (s: the module)."""
    clean = {k: v for k, v in os.environ.items() if k not in _TEST_ONLY}
    return subprocess.run(
        [sys.executable, "-c", f"import tracker.settings as s; print({show})"],
        cwd=REPO,
        env={**clean, **env},
        capture_output=True,
        text=True,
    )


def test_production_defaults_need_a_secret_key():
    result = load_settings()
    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


def test_junk_debug_value_is_refused_not_guessed():
    result = load_settings(DEBUG="yes please", SECRET_KEY="k")
    assert "Unexpected value DEBUG='yes please'" in result.stderr


def test_login_required_for_reading_adds_djangos_login_wall():
    def middleware(wall: str) -> str:
        return load_settings("s.MIDDLEWARE", SECRET_KEY="k", LOGIN_REQUIRED_FOR_READING=wall).stdout

    wall = "django.contrib.auth.middleware.LoginRequiredMiddleware"
    assert wall in middleware("True") and wall not in middleware("False")


def test_junk_number_is_refused():
    result = load_settings(SECRET_KEY="k", MAX_ARTICLE_BYTES="lots")
    assert "Unexpected value MAX_ARTICLE_BYTES='lots'" in result.stderr


def test_junk_task_backend_is_refused():
    result = load_settings(DEBUG="True", TASKS_BACKEND="celery")
    assert "Unexpected value TASKS_BACKEND='celery'" in result.stderr


def test_an_empty_database_url_is_the_sqlite_default_and_junk_is_refused():
    engine = 's.DATABASES["default"]["ENGINE"]'
    empty = load_settings(engine, DEBUG="True", DATABASE_URL="  ", ENV_FILE="")
    assert empty.stdout.strip() == "django.db.backends.sqlite3", empty.stderr
    junk = load_settings(engine, DEBUG="True", DATABASE_URL="bogus", ENV_FILE="")
    assert junk.returncode != 0
    assert "DATABASE_URL must look like postgres://" in junk.stderr and "'bogus'" in junk.stderr


def test_production_settings_are_debug_off_with_listed_hosts():
    result = load_settings(SECRET_KEY="k", ALLOWED_HOSTS="quotes.example.org, www.example.org")
    assert result.stdout.strip() == "False ['quotes.example.org', 'www.example.org']"


def test_deploy_checks_pass_with_production_settings():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=REPO,
        env={
            **{k: v for k, v in os.environ.items() if k not in _TEST_ONLY},
            "DEBUG": "False",
            "SECRET_KEY": "a-long-and-random-production-secret-key-for-the-deploy-check-0123",
            "ALLOWED_HOSTS": "quotes.example.org",
        },
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.django_db
def test_suite_runs_on_the_database_in_database_url():
    wanted = "postgresql" if os.getenv("DATABASE_URL", "").startswith("postgres") else "sqlite"
    assert connection.vendor == wanted
