"""`{{ url|web_url }}`: an address only if it is http(s), for links to stored URLs.

Ingest already refuses any other scheme; this keeps rows stored before that check from
ever rendering a `javascript:` link.
"""

from __future__ import annotations

from django import template

register = template.Library()


@register.filter
def web_url(value: str | None) -> str:
    value = (value or "").strip()
    return value if value.lower().startswith(("http://", "https://")) else ""
