"""Fetch one article over HTTP(S), with a timeout and a size cap."""

from __future__ import annotations

import urllib.error
import urllib.request
from urllib.parse import urlsplit

from django.conf import settings

from tracker.services.articles import ArticleError, ArticleInput, _html_article, decode

USER_AGENT = "QuoteTracker/0.1 (+article ingestion)"


def fetch_article(url: str) -> ArticleInput:
    if urlsplit(url).scheme not in ("http", "https"):
        raise ArticleError("Only http:// and https:// addresses can be fetched.")
    limit = settings.MAX_ARTICLE_BYTES * 4  # HTML carries markup around the text
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=settings.FETCH_TIMEOUT_SECONDS) as response:
            kind = response.headers.get_content_type()
            if kind not in ("text/html", "application/xhtml+xml", "text/plain"):
                raise ArticleError(f"{url} is {kind}, not an HTML or text page.")
            data = response.read(limit + 1)
            charset = response.headers.get_content_charset()
    except urllib.error.HTTPError as exc:
        raise ArticleError(f"{url} answered HTTP {exc.code}.")
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise ArticleError(f"{url} could not be fetched ({reason}).")
    if len(data) > limit:
        raise ArticleError(f"{url} is larger than the {limit:,} byte limit.")
    try:
        text = data.decode(charset) if charset else decode(data, url)
    except (LookupError, UnicodeDecodeError):
        text = decode(data, url)
    if kind == "text/plain":
        return ArticleInput(text=text, url=url, origin=url)
    article = _html_article(text, url, url=url)
    if not article.text.strip():
        raise ArticleError(f"No article text could be found at {url}.")
    return article
