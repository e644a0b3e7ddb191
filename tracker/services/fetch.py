"""Fetch over HTTP(S): one article, or a feed document.

Every request the project makes to the outside goes through `fetch_bytes`, which goes
through the SSRF-safe fetcher (tracker/netsafety.py): the network policy lives in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings

from tracker.netsafety import REFUSED_MESSAGE, FetchRefused, safe_fetch
from tracker.services.articles import ArticleError, ArticleInput, decode, html_article

PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
# templates/base.html carries it: a page of this site, whatever address reached it (a public
# IP, another name), is refused rather than stored again as a mangled copy.
OWN_PAGE_MARK = b'<meta name="generator" content="Quote Tracker">'


@dataclass(frozen=True)
class Fetched:
    status: int  # 200, or 304 (not modified: no data)
    data: bytes = b""
    content_type: str = ""
    charset: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


def fetch_bytes(
    url: str, *, limit: int, types: tuple[str, ...] | None, headers: dict[str, str] | None = None
) -> Fetched:
    """GET `url` (public http/https only) within the deadline and `limit` bytes; `types`: the
    content types accepted (None: any). Conditional headers given in `headers` may get a 304."""
    try:
        page = safe_fetch(
            url,
            max_bytes=limit,
            timeout=settings.FETCH_TIMEOUT_SECONDS,
            accept=set(types) if types is not None else None,
            headers=headers,
        )
    except FetchRefused as exc:
        raise ArticleError(str(exc))
    if page.status == 304:
        return Fetched(304, headers=page.headers)
    if OWN_PAGE_MARK in page.body:
        raise ArticleError(REFUSED_MESSAGE)
    return Fetched(200, page.body, page.content_type, page.charset, page.headers)


def fetch_article(url: str) -> ArticleInput:
    """The article at `url`: its main text (trafilatura) and metadata."""
    limit = settings.MAX_ARTICLE_BYTES * 4  # HTML carries markup around the text
    fetched = fetch_bytes(url, limit=limit, types=PAGE_TYPES)
    try:
        text = (
            fetched.data.decode(fetched.charset) if fetched.charset else decode(fetched.data, url)
        )
    except (LookupError, UnicodeDecodeError):
        text = decode(fetched.data, url)
    if fetched.content_type == "text/plain":
        return ArticleInput(text=text, url=url, origin=url)
    article = html_article(text, url, url=url)
    if not article.text.strip():
        raise ArticleError(f"No article text could be found at {url}.")
    return article
