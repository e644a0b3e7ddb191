"""Shared fixtures: the founding articles, users with and without the editor role."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
SAMPLE_DIR = REPO / "sample_articles"


def database_url() -> str:
    """The test database as a DATABASE_URL, for commands run in another process (it sees
    committed data only: their tests use transaction=True)."""
    from django.db import connection

    s = connection.settings_dict
    if connection.vendor == "postgresql":
        host, port = s["HOST"] or "127.0.0.1", s["PORT"] or 5432
        return f"postgres://{s['USER']}@{host}:{port}/{s['NAME']}"
    return f"sqlite:///{s['NAME']}"


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _tasks_run_at_once(settings):
    """Background tasks run inside the call that enqueues them; tests of the real workers
    (tests/test_workers.py) start `manage.py worker` processes instead."""
    settings.TASKS = {
        "default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}
    }


@pytest.fixture
def editor(db) -> User:
    user = User.objects.create_user("edith", password="correct-horse-battery")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def reader(db) -> User:
    return User.objects.create_user("rita", password="correct-horse-battery")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def htmx_headers() -> dict[str, str]:
    return {"HX-Request": "true"}


# --- Dashboard: the founding articles ingested through the real pipeline --------------------
@pytest.fixture(autouse=True)
def _empty_cache():
    """Dashboard aggregates are cached; each test starts from an empty cache."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed(): ...`: the on-commit hooks registered in the block (the data
    generation's bump) run at its end, as a real transaction's commit runs them; a test's
    own transaction never commits."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def new_data(committed):
    """Move the data generation on, as a write service does when it commits: for tests that
    make rows directly. `new_data(appended_only=True)` for rows that only add quotations."""
    from tracker.services.generation import bump

    def move(appended_only: bool = False) -> None:
        with committed():
            bump(appended_only=appended_only)

    return move


FOUNDING_OUTLETS = {"000": "Seoul Desk (sample)", "004": "Singapore Desk (sample)"}


@pytest.fixture
def founding_articles(db) -> list:
    """Both sample articles, stored with titles and outlets, quotations extracted and linked."""
    from tracker.services.articles import ArticleInput
    from tracker.services.ingest import ingest_article

    sources = []
    for path in sorted(SAMPLE_DIR.glob("*.txt")):
        outcome = ingest_article(
            ArticleInput(
                text=path.read_text(encoding="utf-8"),
                title=f"North Korea sanctions ({path.stem[:3]})",
                outlet=FOUNDING_OUTLETS[path.stem[:3]],
                origin=path.name,
            )
        )
        assert outcome.source is not None, outcome.message
        sources.append(outcome.source)
    return sources
