"""Fetch over HTTP(S), with a timeout and a size cap: one article, or a feed document.

Every request the project makes to the outside goes through `fetch_bytes`, so the network
policy lives in one place.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings

from tracker.services.articles import ArticleError, ArticleInput, _html_article, decode

USER_AGENT = "QuoteTracker/0.1 (+article ingestion)"
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


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
    """GET `url` (http/https only) within the timeout and `limit` bytes; `types`: the content
    types accepted (None: any). Conditional headers given in `headers` may get a 304."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise ArticleError("Only http:// and https:// addresses can be fetched.")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=settings.FETCH_TIMEOUT_SECONDS) as response:
            kind = response.headers.get_content_type()
            if types is not None and kind not in types:
                raise ArticleError(f"{url} is {kind}, not an HTML or text page.")
            data = response.read(limit + 1)
            charset = response.headers.get_content_charset()
            answer = dict(response.headers.items())
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Fetched(304, headers=dict(exc.headers.items()))
        raise ArticleError(f"{url} answered HTTP {exc.code}.")
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise ArticleError(f"{url} could not be fetched ({reason}).")
    if len(data) > limit:
        raise ArticleError(f"{url} is larger than the {limit:,} byte limit.")
    return Fetched(200, data, kind, charset, answer)


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
    article = _html_article(text, url, url=url)
    if not article.text.strip():
        raise ArticleError(f"No article text could be found at {url}.")
    return article
