"""Fetch one article over HTTP(S) through the SSRF-safe fetcher (tracker/netsafety.py)."""

from __future__ import annotations

from django.conf import settings

from tracker.netsafety import REFUSED_MESSAGE, FetchRefused, safe_fetch
from tracker.services.articles import ArticleError, ArticleInput, _html_article, decode

PAGE_TYPES = {"text/html", "application/xhtml+xml", "text/plain"}
# templates/base.html carries it: a page of this site, whatever address reached it (a public
# IP, another name), is refused rather than stored again as a mangled copy.
OWN_PAGE_MARK = b'<meta name="generator" content="Quote Tracker">'


def fetch_article(url: str) -> ArticleInput:
    limit = settings.MAX_ARTICLE_BYTES * 4  # HTML carries markup around the text
    try:
        page = safe_fetch(
            url, max_bytes=limit, timeout=settings.FETCH_TIMEOUT_SECONDS, accept=PAGE_TYPES
        )
    except FetchRefused as exc:
        raise ArticleError(str(exc))
    if OWN_PAGE_MARK in page.body:
        raise ArticleError(REFUSED_MESSAGE)
    try:
        text = page.body.decode(page.charset) if page.charset else decode(page.body, url)
    except (LookupError, UnicodeDecodeError):
        text = decode(page.body, url)
    if page.content_type == "text/plain":
        return ArticleInput(text=text, url=url, origin=url)
    article = _html_article(text, url, url=url)
    if not article.text.strip():
        raise ArticleError(f"No article text could be found at {url}.")
    return article
