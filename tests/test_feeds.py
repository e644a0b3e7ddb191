"""Feeds: RSS/Atom and sitemaps polled from a local HTTP server (never the internet)."""

from __future__ import annotations

import datetime as dt
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.conftest import SAMPLE_DIR
from tracker.models import Feed, FeedHost, Source
from tracker.services import feeds
from tracker.services.articles import ArticleError

pytestmark = pytest.mark.django_db
ARTICLES = sorted(SAMPLE_DIR.glob("*.txt"))


class _Site(BaseHTTPRequestHandler):
    pages: dict[str, tuple[str, bytes]] = {}
    requests: list[tuple[str, dict]] = []
    etag = '"v1"'

    def do_GET(self):
        self.requests.append((self.path, dict(self.headers)))
        if self.path == "/feed.xml" and self.headers.get("If-None-Match") == self.etag:
            self.send_response(304)
            self.end_headers()
            return
        if self.path not in self.pages:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        kind, body = self.pages[self.path]
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        if self.path == "/feed.xml":
            self.send_header("ETag", self.etag)
            self.send_header("Last-Modified", "Sat, 04 Aug 2018 10:00:00 GMT")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def _html(title: str, text: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    return (
        f"<html><head><title>{title}</title></head><body><nav>Home | World</nav><article>"
        f"<h1>{title}</h1>{paragraphs}</article><footer>Subscribe now</footer></body></html>"
    ).encode()


@pytest.fixture
def site(settings):
    settings.FEED_HOST_INTERVAL_SECONDS = 0
    # Loopback is refused by the fetcher's address policy (tracker/netsafety.py); tests only.
    settings.FETCH_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    # The browser tests' live server answers on localhost; the feed server is 127.0.0.1, which
    # must not count as this site.
    settings.ALLOWED_HOSTS = ["testserver", "localhost"]
    base_pages = {
        f"/story/{i}": ("text/html; charset=utf-8", _html(f"Story {i}", p.read_text()))
        for i, p in enumerate(ARTICLES)
    }
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    base = f"http://127.0.0.1:{server.server_port}"
    items = "".join(
        f"<item><title>Story {i}</title><link>{base}/story/{i}</link>"
        f"<pubDate>Sat, 0{4 + i} Aug 2018 09:00:00 GMT</pubDate></item>"
        for i in range(len(ARTICLES))
    )
    items += f"<item><title>Gone</title><link>{base}/missing</link></item>"
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
        f"{items}</channel></rss>"
    )
    urls = "".join(f"<url><loc>{base}/story/{i}</loc></url>" for i in range(len(ARTICLES)))
    sitemap = (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{urls}</urlset>"
    )
    _Site.pages = {
        **base_pages,
        "/feed.xml": ("application/rss+xml", rss.encode()),
        "/sitemap.xml": ("application/xml", sitemap.encode()),
        "/junk.xml": ("text/html", b"<html><body>not a feed</body></html>"),
    }
    _Site.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()


def test_a_feed_brings_its_new_articles_then_asks_conditionally(site):
    feed = feeds.subscribe(f"{site}/feed.xml", outlet="Desk")
    result = feeds.poll(feed.pk)
    assert (result["ingested"], result["failed"], result["status"]) == (2, 1, "new")
    feed.refresh_from_db()
    assert feed.articles == 2 and feed.items_seen == 3 and feed.etag == '"v1"'
    assert "HTTP 404" in feed.last_error and feed.last_polled_at
    assert feed.next_poll_at > timezone.now()
    source = Source.objects.get(url=f"{site}/story/0")
    assert source.title == "Story 0" and source.outlet == "Desk"
    assert source.published == dt.date(2018, 8, 4)
    assert "Home | World" not in source.text and "Subscribe now" not in source.text

    result = feeds.poll(feed.pk)
    assert result["status"] == "unchanged" and result["ingested"] == 0
    conditional = [h for p, h in _Site.requests if p == "/feed.xml"][-1]
    assert conditional.get("If-None-Match") == '"v1"'
    assert conditional.get("If-Modified-Since") == "Sat, 04 Aug 2018 10:00:00 GMT"
    assert Source.objects.count() == 2


def test_known_urls_are_skipped_without_fetching(site):
    feeds.poll(feeds.subscribe(f"{site}/sitemap.xml").pk)
    assert Source.objects.count() == 2
    _Site.requests.clear()
    _Site.etag = '"v2"'  # the sitemap is served anew, but lists the same pages
    feeds.poll(feeds.subscribe(f"{site}/sitemap.xml").pk)
    assert [p for p, _ in _Site.requests] == ["/sitemap.xml"]
    assert Source.objects.count() == 2


def test_errors_back_off_and_are_shown(site, editor_client):
    feed = feeds.subscribe(f"{site}/junk.xml")
    now = timezone.now()
    feeds.poll(feed.pk)
    feed.refresh_from_db()
    assert feed.failures == 1 and "not a feed" in feed.last_error
    first_delay = feed.next_poll_at - now
    feeds.poll(feed.pk)
    feed.refresh_from_db()
    assert feed.failures == 2 and feed.next_poll_at - timezone.now() > first_delay
    body = editor_client.get(reverse("feed-list")).content.decode()
    assert "not a feed" in body and "2 failed polls in a row" in body


def test_due_feeds_are_scheduled_once(site):
    feed = feeds.subscribe(f"{site}/feed.xml")
    Feed.objects.filter(pk=feed.pk).update(next_poll_at=timezone.now() - dt.timedelta(minutes=1))
    assert feeds.schedule_due() == [feed.pk]  # the immediate backend polls it here
    assert Source.objects.count() == 2
    assert feeds.schedule_due() == []


def test_one_request_per_host_per_interval(site, settings, monkeypatch):
    settings.FEED_HOST_INTERVAL_SECONDS = 5
    slept = []
    monkeypatch.setattr(
        feeds.time,
        "sleep",
        lambda s: (slept.append(s), FeedHost.objects.update(next_request_at=timezone.now())),
    )
    feeds.wait_for_host(f"{site}/a")
    assert slept == []
    feeds.wait_for_host(f"{site}/b")
    assert slept and 0 < slept[0] <= 5


def test_sitemap_index_and_bad_xml_are_explained():
    with pytest.raises(ArticleError, match="sitemap index"):
        feeds.parse_items(b'<?xml version="1.0"?><sitemapindex><sitemap/></sitemapindex>')
    with pytest.raises(ArticleError, match="not valid XML"):
        feeds.parse_items(b"<urlset><url><loc>x</loc></url>")


def test_editor_subscribes_pauses_and_polls_from_the_feeds_page(
    site, editor_client, reader, client
):
    url = reverse("feed-list")
    assert editor_client.post(url, {"url": "not a url"}).status_code == 400
    r = editor_client.post(url, {"url": f"{site}/feed.xml", "outlet": "Desk"})
    assert r.status_code == 302
    feed = Feed.objects.get()
    r = editor_client.post(reverse("feed-poll", args=[feed.pk]))
    assert r.status_code == 302 and Source.objects.count() == 2
    body = editor_client.get(url).content.decode()
    assert "Desk" in body and "2 <span" in body
    editor_client.post(reverse("feed-toggle", args=[feed.pk]))
    assert not Feed.objects.get().active
    client.force_login(reader)
    assert client.post(url, {"url": f"{site}/x"}).status_code == 403
    assert client.post(reverse("feed-poll", args=[feed.pk])).status_code == 403
