"""Feeds: RSS/Atom feeds and sitemaps that bring new articles on their own.

The workers poll each active feed every FEED_POLL_MINUTES (`schedule_due`, run by every
worker's loop; one worker wins each feed), politely: a conditional GET (ETag,
Last-Modified), backoff after errors (doubling, up to a day), and at most one request per
host every FEED_HOST_INTERVAL_SECONDS across all workers. New items are fetched through the
one fetcher (tracker.services.fetch) with their main text extracted; URLs already stored
are skipped.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from tracker.models import Feed, FeedHost, Source
from tracker.services.articles import ArticleError, ArticleInput
from tracker.services.fetch import fetch_article, fetch_bytes
from tracker.services.ingest import DUPLICATE, FAILED, INGESTED, ingest_article

logger = logging.getLogger(__name__)

FEED_BYTES = 5 * 1024 * 1024
ITEMS_PER_POLL = 50
MAX_BACKOFF = dt.timedelta(days=1)
FEED_TYPES = None  # servers label feeds anything from text/xml to text/html


@dataclass(frozen=True)
class Item:
    url: str
    title: str = ""
    date: str | None = None


@dataclass(frozen=True)
class PollResult:
    feed: int
    status: str  # "new", "unchanged" or "error"
    items: int = 0
    ingested: int = 0
    duplicates: int = 0
    failed: int = 0
    error: str = ""


def wait_for_host(url: str) -> None:
    """Block until this worker may send the next request to the URL's host."""
    host = (urlsplit(url).hostname or "").lower()[:255]
    interval = dt.timedelta(seconds=settings.FEED_HOST_INTERVAL_SECONDS)
    with contextlib.suppress(IntegrityError):
        FeedHost.objects.get_or_create(host=host)
    while True:
        now = timezone.now()
        if FeedHost.objects.filter(host=host, next_request_at__lte=now).update(
            next_request_at=now + interval
        ):
            return
        row = FeedHost.objects.filter(host=host).values_list("next_request_at", flat=True)
        wait = ((row.first() or now) - now).total_seconds()
        time.sleep(min(max(wait, 0.01), settings.FEED_HOST_INTERVAL_SECONDS))


def parse_items(data: bytes) -> list[Item]:
    """Items of an RSS/Atom feed (feedparser) or a sitemap (<urlset>), newest kept in order."""
    head = data[:2048].lstrip()
    if b"<urlset" in head or b"<sitemapindex" in head:
        return _sitemap_items(data)
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries and not parsed.get("version"):
        reason = parsed.get("bozo_exception") or "no RSS, Atom or sitemap found"
        raise ArticleError(f"not a feed or sitemap ({reason})")
    items = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        date = dt.date(*stamp[:3]).isoformat() if stamp else None
        items.append(Item(link.strip(), (entry.get("title") or "").strip(), date))
    return items


def _sitemap_items(data: bytes) -> list[Item]:
    try:
        root = ET.fromstring(data)  # noqa: S314 - expat refuses entity expansion bombs
    except ET.ParseError as exc:
        raise ArticleError(f"the sitemap is not valid XML ({exc})")
    if root.tag.endswith("sitemapindex"):
        raise ArticleError("this is a sitemap index; subscribe to the sitemaps it lists")
    items = []
    for node in root:
        loc = lastmod = None
        for child in node:
            if child.tag.endswith("}loc") or child.tag == "loc":
                loc = (child.text or "").strip()
            elif child.tag.endswith("lastmod"):
                lastmod = (child.text or "").strip()[:10] or None
        if loc:
            items.append(Item(loc, "", lastmod))
    return items


def _http_date(value: str) -> str:
    return value.strip()[:100]


def poll(feed_id: int) -> dict:
    """Poll one feed now; new items become articles. Returns what happened."""
    feed = Feed.objects.get(pk=feed_id)
    now = timezone.now()
    headers = {}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    try:
        wait_for_host(feed.url)
        fetched = fetch_bytes(feed.url, limit=FEED_BYTES, types=FEED_TYPES, headers=headers)
        items = [] if fetched.status == 304 else parse_items(fetched.data)
    except ArticleError as exc:
        return _failed(feed, str(exc), now).__dict__
    result = _ingest_new(feed, items)
    Feed.objects.filter(pk=feed.pk).update(
        etag=_http_date(fetched.headers.get("ETag", feed.etag) or ""),
        last_modified=_http_date(fetched.headers.get("Last-Modified", feed.last_modified) or ""),
        last_polled_at=now,
        next_poll_at=now + dt.timedelta(minutes=settings.FEED_POLL_MINUTES),
        last_error=result.error,
        failures=0,
        articles=feed.articles + result.ingested,
        items_seen=feed.items_seen + result.items,
    )
    status = "unchanged" if fetched.status == 304 else "new"
    return {**result.__dict__, "status": status}


def _failed(feed: Feed, message: str, now: dt.datetime) -> PollResult:
    failures = feed.failures + 1
    delay = min(
        dt.timedelta(minutes=settings.FEED_POLL_MINUTES) * 2 ** min(failures, 10), MAX_BACKOFF
    )
    Feed.objects.filter(pk=feed.pk).update(
        last_polled_at=now, next_poll_at=now + delay, last_error=message[:2000], failures=failures
    )
    return PollResult(feed.pk, "error", error=message)


def _ingest_new(feed: Feed, items: list[Item]) -> PollResult:
    links = list(dict.fromkeys(item.url for item in items))[:ITEMS_PER_POLL]
    known = set(Source.objects.filter(url__in=links).values_list("url", flat=True))
    by_url = {item.url: item for item in items}
    counts = {INGESTED: 0, DUPLICATE: 0, FAILED: 0}
    errors = []
    new = [url for url in links if url not in known]
    for url in new:
        item = by_url[url]
        try:
            wait_for_host(url)
            page = fetch_article(url)
        except ArticleError as exc:
            counts[FAILED] += 1
            errors.append(str(exc))
            continue
        article = ArticleInput(
            text=page.text,
            title=item.title or page.title,
            outlet=feed.outlet or page.outlet,
            url=url,
            date=item.date or page.date,
            origin=f"feed {feed.pk}: {url}"[:300],
        )
        outcome = ingest_article(article)
        counts[outcome.status] += 1
        if outcome.status == FAILED:
            errors.append(outcome.message)
    error = ""
    if errors:
        error = f"{len(errors)} of {len(new)} new items failed; first: {errors[0]}"
    return PollResult(
        feed.pk,
        "new",
        len(items),
        counts[INGESTED],
        counts[DUPLICATE] + len(known),
        counts[FAILED],
        error,
    )


def schedule_due(now: dt.datetime | None = None) -> list[int]:
    """Enqueue a poll of every feed that is due; a conditional update lets one worker win."""
    from tracker.tasks import poll_feed

    now = now or timezone.now()
    queued = []
    due = Feed.objects.filter(active=True, next_poll_at__lte=now).values_list("pk", "next_poll_at")
    for pk, next_poll in due:
        with transaction.atomic():
            # Claimed for a while: the poll sets the real next time when it ends.
            won = Feed.objects.filter(pk=pk, next_poll_at=next_poll).update(
                next_poll_at=now + dt.timedelta(minutes=settings.FEED_POLL_MINUTES)
            )
            if won:
                poll_feed.enqueue(pk)
                queued.append(pk)
    return queued


def subscribe(url: str, *, outlet: str = "", title: str = "", user=None) -> Feed:
    feed, _ = Feed.objects.get_or_create(
        url=url, defaults={"outlet": outlet, "title": title, "created_by": user}
    )
    return feed


def poll_soon(feed: Feed) -> None:
    """An editor asked: enqueue a poll now (and push the scheduled one back)."""
    from tracker.tasks import poll_feed

    Feed.objects.filter(pk=feed.pk).update(
        next_poll_at=timezone.now() + dt.timedelta(minutes=settings.FEED_POLL_MINUTES)
    )
    poll_feed.enqueue(feed.pk)
