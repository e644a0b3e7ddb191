"""Template helpers: the safe quotation highlighter, speaker colours, dates and confidence."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from django import template
from django.http import QueryDict
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

# Twenty looks: ten hues that keep 7:1 contrast with dark text, solid-underlined, then the
# same ten striped and double-underlined, so no two of the first twenty speakers share one
# and none is told apart by hue alone. Speakers beyond twenty reuse them.
PALETTE_SIZE = 20
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")


def speaker_colours(quotations: Iterable[Any]) -> dict[int | None, int]:
    """Colour index per speaker id, in order of first appearance (None = unattributed)."""
    colours: dict[int | None, int] = {}
    for quotation in quotations:
        key = quotation.speaker_id
        if key is not None and key not in colours:
            colours[key] = len([k for k in colours if k is not None]) % PALETTE_SIZE
    return colours


def _paragraph_ranges(text: str) -> list[tuple[int, int]]:
    ranges, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if match.start() > start:
            ranges.append((start, match.start()))
        start = match.end()
    if start < len(text):
        ranges.append((start, len(text)))
    return ranges


def _non_overlapping(quotations: Sequence[Any], length: int) -> list[Any]:
    """Quotations sorted by start; a span nested in or overlapping an earlier one is skipped."""
    kept, last_end = [], -1
    for quotation in sorted(quotations, key=lambda q: (q.start, -q.end)):
        if 0 <= quotation.start < quotation.end <= length and quotation.start >= last_end:
            kept.append(quotation)
            last_end = quotation.end
    return kept


def _mark(quotation: Any, piece: str, first: bool, colour: int | None) -> SafeString:
    speaker = quotation.speaker.name if quotation.speaker_id else "Unattributed"
    css = f"quote sp-{colour}" if colour is not None else "quote sp-none"
    return format_html(
        '<a href="#qd{pk}" class="{css}"{id} data-quote="{pk}" data-speaker="{speaker}" '
        'data-confidence="{confidence}" title="{speaker}">{piece}</a>',
        pk=quotation.pk,
        css=css,
        id=format_html(' id="q{}"', quotation.pk) if first else "",
        speaker=speaker,
        confidence=f"{quotation.confidence:.2f}",
        piece=piece,
    )


def highlight_quotations(text: str, quotations: Sequence[Any]) -> SafeString:
    """The article as <p> paragraphs with each quotation wrapped in a link to its details.

    Every piece of article text goes through conditional_escape; only our own markup is
    trusted. A quotation that crosses a paragraph break is split into one mark per paragraph;
    the first piece carries the id q<pk>.

    Each <p> carries data-start, its offset in the text, so a selection in the reader maps
    back to characters of the article (static/tracker/select_span.js).

    >>> highlight_quotations("<b>", [])
    '<p data-start="0">&lt;b&gt;</p>'
    """
    colours = speaker_colours(quotations)
    quotes = _non_overlapping(quotations, len(text))
    seen: set[int] = set()
    paragraphs = []
    for p_start, p_end in _paragraph_ranges(text):
        parts, cursor = [], p_start
        for quotation in quotes:
            start, end = max(quotation.start, p_start), min(quotation.end, p_end)
            if start >= end:
                continue
            parts.append(conditional_escape(text[cursor:start]))
            first = quotation.pk not in seen
            seen.add(quotation.pk)
            piece = conditional_escape(text[start:end])
            parts.append(_mark(quotation, piece, first, colours.get(quotation.speaker_id)))
            cursor = end
        parts.append(conditional_escape(text[cursor:p_end]))
        paragraphs.append(
            format_html('<p data-start="{}">{}</p>', p_start, mark_safe("".join(parts)))
        )
    # Safe: each part above was escaped or built by format_html.
    return mark_safe("\n".join(paragraphs))


@register.simple_tag
def highlighted_text(source: Any, quotations: Sequence[Any]) -> SafeString:
    return highlight_quotations(source.text, quotations)


@register.filter
def colour_of(speaker_id: int | None, colours: dict[int | None, int]) -> str:
    colour = colours.get(speaker_id)
    return f"sp-{colour}" if colour is not None else "sp-none"


@register.filter
def pubdate(value: date | None) -> str:
    """'4 Aug 2018', or 'Undated' for sources without a date."""
    if value is None:
        return "Undated"
    return f"{value.day} {value:%b %Y}"


@register.simple_tag
def stories_outlets(stories: int, outlets: int | None = None) -> str:
    """'3 stories, 5 outlets': how every page counts repetition (independent stories, reprints
    and repeats inside one article once; tracker.linking.stats), and the outlets behind them."""
    label = f"{stories} stor{'y' if stories == 1 else 'ies'}"
    if outlets is not None:
        label += f", {outlets} outlet{'' if outlets == 1 else 's'}"
    return label


@register.filter
def percent(value: float | None) -> str:
    """A share or a confidence as a whole percentage that never overstates: 0.997 is "99%",
    not a certain "100%" (a calibrated confidence of 0.997 is still wrong 3 times in 1,000);
    only 1 is "100%" and only 0 is "0%"."""
    if value is None:
        return ""
    share = round(value * 100)
    if share == 100 and value < 1:
        share = 99
    elif share == 0 and value > 0:
        share = 1
    return f"{share}%"


def query_string(query: QueryDict | None, **changes: Any) -> str:
    """`query` as "?a=1&b=2" with some parameters replaced (None/'' removes them)."""
    params = query.copy() if query is not None else QueryDict(mutable=True)
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.simple_tag
def diff_html(tokens: Iterable[tuple[str, str]]) -> SafeString:
    """Word diff as HTML: tokens are (op, text) with op in equal/insert/delete."""
    tags = {"insert": "ins", "delete": "del"}
    return format_html_join(
        "",
        "{}",
        (
            (format_html("<{tag}>{text}</{tag}>", tag=tags[op], text=text) if op in tags else text,)
            for op, text in tokens
        ),
    )
