"""One cache keyed by the data generation: for every page, an editor never sees HTML cached for
a reader or a visitor, and a change made through a write service shows at once to everyone.
Run on whatever cache CACHE_URL names (CI runs this module on Redis too)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.core.cache import cache, caches
from django.http import HttpResponse
from django.test import Client

from tests.conftest import REPO
from tests.test_settings import load_settings
from tracker.models import Speaker, Statement

pytestmark = pytest.mark.django_db

PAGES = {
    "home": "/",
    "speaker list": "/speakers/",
    "speaker page": "/speakers/mike-pompeo/",
    "speaker page by month": "/speakers/mike-pompeo/?group=month",
    "speaker timeline fragment": ("/speakers/mike-pompeo/?group=month", {"HX-Request": "true"}),
    "statement page": "/statements/{statement}/",
    "search": "/quotations/?q=sanctions",
    "search by speaker": "/quotations/?speaker=mike-pompeo",
    "compare": "/compare/?speaker=mike-pompeo&speaker=nikki-haley&q=sanctions",
    "article list": "/sources/",
    "article": "/sources/{source}/",
    "review queue": "/review/",
    "changes": "/changes/",
}


def _url(page: str, founding_articles) -> tuple[str, dict[str, str]]:
    url, headers = PAGES[page] if isinstance(PAGES[page], tuple) else (PAGES[page], {})
    statement = Statement.objects.filter(quotations__speaker__slug="mike-pompeo").first()
    source = next(s for s in founding_articles if "Pompeo" in s.text)
    return url.format(statement=statement.pk, source=source.pk), headers


def _is_html(value: object) -> bool:
    """A page (content and headers), a fragment, or a context holding HTML."""
    if isinstance(value, tuple) and value and isinstance(value[0], bytes):
        return True
    return isinstance(value, (str, bytes, HttpResponse)) or (
        isinstance(value, dict) and any(isinstance(v, (str, HttpResponse)) for v in value.values())
    )


@pytest.fixture
def html_read_from_cache(monkeypatch) -> list[object]:
    """Every page or fragment of HTML read from the cache (data results are not HTML)."""
    backend = caches["default"]
    read: list[object] = []
    get, get_many = backend.get, backend.get_many

    def spy_get(key, default=None, version=None):
        value = get(key, default, version=version)
        if value is not default and _is_html(value):
            read.append(value)
        return value

    def spy_get_many(keys, version=None):
        found = get_many(keys, version=version)
        read.extend(v for v in found.values() if _is_html(v))
        return found

    monkeypatch.setattr(backend, "get", spy_get)
    monkeypatch.setattr(backend, "get_many", spy_get_many)
    return read


def _visitors(reader, editor) -> dict[str, Client]:
    visitors = {"visitor": Client(), "reader": Client(), "editor": Client()}
    visitors["reader"].force_login(reader)
    visitors["editor"].force_login(editor)
    return visitors


@pytest.mark.parametrize("page", PAGES)
def test_an_editor_never_sees_html_cached_for_readers(
    page, founding_articles, reader, editor, html_read_from_cache
):
    url, headers = _url(page, founding_articles)
    visitors = _visitors(reader, editor)
    for who in ("visitor", "reader", "visitor", "reader"):  # fill and use every cache
        assert visitors[who].get(url, headers=headers).status_code in (200, 302, 403)
    html_read_from_cache.clear()
    body = visitors["editor"].get(url, headers=headers).text
    assert html_read_from_cache == []
    if not headers:
        assert "Log out edith" in body and "Log out rita" not in body
    # And the other way round: what the editor's view rendered is never kept for others.
    html_read_from_cache.clear()
    assert "Log out edith" not in visitors["visitor"].get(url, headers=headers).text
    assert "Log out edith" not in visitors["reader"].get(url, headers=headers).text


# The speaker's new name shows on these pages; the article's new title on the others.
RENAMED_SPEAKER_SHOWS = [p for p in PAGES if p not in ("review queue", "changes")]


def _rename_speaker(editor) -> tuple[str, str]:
    from tracker.services.actions import EditSpeaker

    pompeo = Speaker.objects.get(slug="mike-pompeo")
    EditSpeaker.apply(pompeo, seen_version=pompeo.version, by=editor, name="Michael Richard Pompeo")
    return "Mike Pompeo", "Michael Richard Pompeo"


def _retitle_article(editor, founding_articles) -> tuple[str, str]:
    from tracker.services.actions import EditSource

    source = next(s for s in founding_articles if "Pompeo" in s.text)
    old = source.title
    source.refresh_from_db()
    EditSource.apply(source, seen_version=source.version, by=editor, title="A title set just now")
    return old, "A title set just now"


@pytest.mark.parametrize("page", RENAMED_SPEAKER_SHOWS)
def test_a_change_shows_at_once_to_everyone(
    page, founding_articles, reader, editor, committed
):
    url, headers = _url(page, founding_articles)
    visitors = _visitors(reader, editor)
    speaker_shown = page not in ("speaker timeline fragment", "article list")
    before = "Mike Pompeo" if speaker_shown else next(
        s.title for s in founding_articles if "Pompeo" in s.text
    )
    for client in visitors.values():
        assert before in client.get(url, headers=headers).text
        client.get(url, headers=headers)  # now served from the caches
    with committed():
        if speaker_shown:
            old, new = _rename_speaker(editor)
        else:
            old, new = _retitle_article(editor, founding_articles)
    for who, client in visitors.items():
        assert new in client.get(url, headers=headers).text, who


def test_an_anonymous_page_is_served_whole_from_the_cache_by_djangos_page_cache_keys(
    client, founding_articles, django_assert_num_queries
):
    first = client.get("/speakers/")
    assert {"HX-Request", "Cookie"} <= {h.strip() for h in first["Vary"].split(",")}
    with django_assert_num_queries(1):  # the data generation
        again = client.get("/speakers/")
    assert again.content == first.content
    fragment = client.get("/speakers/", {"q": "pompeo"}, headers={"HX-Request": "true"})
    assert "<html" not in fragment.text  # Vary: HX-Request keeps page and fragment apart


def test_a_command_in_another_process_is_seen_at_once(founding_articles, transactional_db):
    """The generation lives in the database: a change committed elsewhere moves it here."""
    from tracker.services.generation import current

    before = current()
    from tracker.services.generation import bump

    bump()  # outside a transaction: applied at once, as another process's commit would
    assert current().value == before.value + 1 and current().rebuilt == before.value + 1
    bump(appended_only=True)
    assert current().value == before.value + 2 and current().rebuilt == before.value + 1


def test_writes_bump_once_committed_and_not_when_rolled_back(db, committed):
    from django.db import transaction

    from tracker.services.generation import current, writes

    @writes
    def fails() -> None:
        raise RuntimeError

    @writes(appended_only=True)
    def adds() -> None:
        pass

    start = current()
    with committed(), pytest.raises(RuntimeError):
        fails()
    assert current() == start
    with committed():
        adds()
    assert current().value == start.value + 1 and current().rebuilt == start.rebuilt
    with committed(), transaction.atomic():
        adds()
        assert current() == current().__class__(start.value + 1, start.rebuilt)  # not yet
    assert current().value == start.value + 2


def test_an_admin_save_moves_the_generation(admin_client, founding_articles, committed):
    from tracker.services.generation import current

    pompeo = Speaker.objects.get(slug="mike-pompeo")
    before = current()
    with committed():
        response = admin_client.post(
            f"/admin/tracker/speaker/{pompeo.pk}/change/",
            {"name": "Mike R. Pompeo", "slug": pompeo.slug, "kind": pompeo.kind,
             "role": pompeo.role, "version": pompeo.version,
             "created_at_0": pompeo.created_at.date().isoformat(),
             "created_at_1": pompeo.created_at.time().isoformat(timespec="seconds"),
             "aliases-TOTAL_FORMS": 0, "aliases-INITIAL_FORMS": 0,
             "roles-TOTAL_FORMS": 0, "roles-INITIAL_FORMS": 0},
        )
    assert response.status_code in (200, 302)
    assert current().rebuilt > before.value


# Transactions opened other than through @writes, and why no cached page misses them.
INNER_TRANSACTIONS = {
    # Articles: store_extractions and process_source bump inside them.
    "ingest.py": 3,
    "linking.py": 1,  # link_quotations, run inside store_extractions or process_source
    # Job and feed records, on pages no cache holds; the articles they bring are stored
    # through store_extractions, relinks through relink.rebuild (@writes).
    "jobs.py": 9,
    "feeds.py": 1,
    # A user's own watches and alerts: never in a shared cache (the header's unread count and
    # Follow buttons are cached per user and dropped when they change).
    "alerts.py": 2,
    "watches.py": 1,
}


def test_every_write_transaction_in_the_services_bumps_the_generation():
    """Correct by construction: services open transactions through @writes only."""
    services = REPO / "tracker" / "services"
    opened = {
        path.name: path.read_text().count("transaction.atomic")
        for path in services.glob("*.py")
        if path.name != "generation.py"
    }
    assert {name: n for name, n in opened.items() if n} == INNER_TRANSACTIONS


# --- CACHES from the environment ------------------------------------------------------------
def _caches(**env: str) -> subprocess.CompletedProcess:
    return load_settings("s.CACHES['default']", SECRET_KEY="k", **env)


def test_cache_url_chooses_the_backend():
    assert "LocMemCache" in _caches(CACHE_URL="").stdout
    redis = _caches(CACHE_URL="redis://127.0.0.1:6379/3", CACHE_KEY_PREFIX="qt").stdout
    assert "django.core.cache.backends.redis.RedisCache" in redis
    assert "'redis://127.0.0.1:6379/3'" in redis and "'qt'" in redis
    junk = _caches(CACHE_URL="memcached://somewhere")
    assert junk.returncode != 0 and "CACHE_URL must be" in junk.stderr


def test_the_configured_cache_keeps_versions_apart():
    cache.set("tracker:test", "old", version=1)
    cache.set("tracker:test", "new", version=2)
    assert cache.get("tracker:test", version=1) == "old"
    assert cache.get("tracker:test", version=2) == "new"
    assert cache.get("tracker:test", version=3) is None


@pytest.mark.skipif(
    not os.getenv("CACHE_URL", "").startswith("redis"), reason="CACHE_URL is not Redis"
)
def test_two_processes_share_one_redis_cache():
    cache.set("tracker:shared", "from the test process", 60)
    other = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.core.cache import cache; "
            "print(cache.get('tracker:shared')); cache.set('tracker:back', 'from the other', 60)",
        ],
        cwd=REPO,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "tracker.settings"},
        capture_output=True,
        text=True,
    )
    assert other.stdout.strip() == "from the test process", other.stderr
    assert cache.get("tracker:back") == "from the other"
