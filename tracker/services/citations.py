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


_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:[A-Za-z]\.)+[A-Za-z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|No|vs|etc)$"
)


def _sentence_ends(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(end of the sentence, start of the next) for each sentence break in text[lo:hi]; a
    full stop after an initial or an abbreviation ("U.S.", "Mr.") does not end a sentence."""
    ends = []
    for match in _SENTENCE_END.finditer(text, lo, hi):
        if text[match.start()] == "." and _ABBREVIATION.search(text, lo, match.start()):
            continue
        ends.append((match.start() + 1, match.end()))
    return ends


def sentence_bounds(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence(s) holding the span, inside the paragraph [lo, hi)."""
    left = lo
    for _, following in _sentence_ends(text, lo, start):
        left = following
    after = _sentence_ends(text, end, hi)
    right = after[0][0] if after else hi
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
