"""Shared fixtures: the founding articles, users with and without the editor role."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
SAMPLE_DIR = REPO / "sample_articles"


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
