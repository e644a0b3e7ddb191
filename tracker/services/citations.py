"""One quotation as it is cited: the sentence and paragraph around it, who said it, where,
and a plain-text citation; the page and its JSON export are built from the same record."""

from __future__ import annotations

import re
from typing import Any

from django.utils.html import format_html

from tracker.models import Correction, Quotation, QuotationSuccessor
from tracker.templatetags.tracker_tags import pubdate

_SENTENCE_END = re.compile(r"[.!?][\"'”’»)]*\s+")
MAX_HOPS = 20  # successor chains are re-pointed on every replacement; this only guards loops


def successor_of(pk: int) -> int | None:
    """The quotation that replaced quotation `pk` (following replacements), if any."""
    seen = {pk}
    current = None
    for _ in range(MAX_HOPS):
        row = QuotationSuccessor.objects.filter(old_id=pk).values_list("successor_id").first()
        if row is None or row[0] in seen:
            break
        current = pk = row[0]
        seen.add(pk)
    return current


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph(s) the span lies in: from the line break before it to the one after."""
    before = text.rfind("\n", 0, start)
    after = text.find("\n", end)
    return before + 1, len(text) if after == -1 else after


def sentence_bounds(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence(s) holding the span, inside the paragraph [lo, hi)."""
    left = lo
    for match in _SENTENCE_END.finditer(text, lo, start):
        left = match.end()
    found = _SENTENCE_END.search(text, end, hi)
    right = found.start() + 1 if found else hi
    # A closing quote mark right after the full stop belongs to the sentence.
    while right < hi and text[right] in "\"'”’»)":
        right += 1
    return left, max(right, end)


def citation_record(quotation: Quotation, url: str) -> dict[str, Any]:
    """Everything the quote page shows and its JSON export holds (plain data)."""
    source, speaker, statement = quotation.source, quotation.speaker, quotation.statement
    text = source.text
    lo, hi = paragraph_bounds(text, quotation.start, quotation.end)
    s_lo, s_hi = sentence_bounds(text, quotation.start, quotation.end, lo, hi)
    who = speaker.name if speaker else "Unattributed"
    when = pubdate(quotation.published) if quotation.published else "undated"
    where = ", ".join(p for p in (f"“{source}”", source.outlet, when) if p)
    history = [
        {
            "at": c.created_at.isoformat(),
            "action": c.action,
            "field": c.field,
            "by": c.user.get_username() if c.user else None,
            "undone": c.undone_by_id is not None,
        }
        for c in Correction.objects.filter(target_type="quotation", target_id=quotation.pk)
        .select_related("user")
        .order_by("-created_at", "-id")[:20]
    ]
    return {
        "id": quotation.pk,
        "url": url,
        "text": quotation.text,
        "speaker": (
            {"name": speaker.name, "id": speaker.slug, "role": speaker.role} if speaker else None
        ),
        "speaker_mention": quotation.speaker_mention,
        "cue": quotation.cue,
        "date": quotation.published.isoformat() if quotation.published else None,
        "article": {
            "id": source.pk,
            "title": str(source),
            "outlet": source.outlet,
            "url": source.url,
        },
        "statement": (
            {"id": statement.pk, "text": statement.text, "quotations": statement.quotation_count}
            if statement
            else None
        ),
        "confidence": round(quotation.confidence, 3),
        "attribution_status": quotation.attribution_status,
        "sentence": text[s_lo:s_hi].strip(),
        "paragraph": text[lo:hi].strip(),
        "citation": f"{who}, quoted in {where}: “{quotation.text}” {url}",
        "history": history,
        "_spans": (lo, hi, s_lo, s_hi),
    }


def paragraph_html(quotation: Quotation, spans: tuple[int, int, int, int]) -> str:
    """The paragraph, escaped, with its sentence in <span class="sentence"> and the quotation
    in <mark>."""
    text = quotation.source.text
    lo, hi, s_lo, s_hi = spans
    return format_html(
        '{}<span class="sentence">{}<mark class="quoted">{}</mark>{}</span>{}',
        text[lo:s_lo],
        text[s_lo : quotation.start],
        text[quotation.start : quotation.end],
        text[quotation.end : s_hi],
        text[s_hi:hi],
    )
