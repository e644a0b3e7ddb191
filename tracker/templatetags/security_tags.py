"""Template filters that keep stored data from becoming an attack or a leak.

`{{ url|web_url }}`: an address only if it is http(s). Ingest already refuses any other
scheme; this keeps rows stored before that check from ever rendering a `javascript:` link.

`{{ correction.user|editor_name:is_editor }}`: editors see who made a change, readers see
"an editor" (editors' accounts are not published).
"""

from __future__ import annotations

from django import template

register = template.Library()


@register.filter
def web_url(value: str | None) -> str:
    value = (value or "").strip()
    return value if value.lower().startswith(("http://", "https://")) else ""


@register.filter
def editor_name(user: object, viewer_is_editor: bool) -> str:
    if user is None:
        return "—"
    return user.get_username() if viewer_is_editor else "an editor"  # type: ignore[attr-defined]
