"""The fragments a page draws fifty or a hundred times, drawn in Python.

A search or a speaker's timeline shows 50 quotation rows and a chart of up to 240 bars.
Django's template language spends about 0.2 ms on each row and 50 us on each bar (every
variable is looked up, localised and escaped through several layers), which made these two
fragments half the time of a page seen for the first time after a new article (bench/README.md,
"Pages"). Here each is one pass of string formatting: every text that comes from data goes
through `escape`, and numbers are formatted here, so the output is the markup the templates
drew: 50 rows in a fifth of the time (the URL reversals are most of what is left), a chart of
120 bars in a twentieth. Everything else on a page stays in templates.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from urllib.parse import quote

from django import template
from django.urls import get_script_prefix, reverse
from django.utils.html import conditional_escape, escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator

from tracker.charts import Sparkline, VolumeChart
from tracker.templatetags.tracker_tags import percent, pubdate

register = template.Library()

# Below this the confidence is shown as low (and the review queue asks about it first).
LOW_CONFIDENCE = 0.6
_PLACEHOLDER = 987654321  # matches both <int:...> and <slug:...>


@lru_cache(maxsize=64)
def _route(name: str, script_prefix: str) -> tuple[str, str]:
    """The URL of route `name` around its one argument, reversed once per process and
    prefix: a list of 50 rows needs 200 URLs, and each reverse() costs 15 us."""
    head, _, tail = reverse(name, args=[_PLACEHOLDER]).partition(str(_PLACEHOLDER))
    return head, tail


def _url(name: str, arg: object) -> str:
    """reverse(name, args=[arg]) for a route with one int or slug argument."""
    head, tail = _route(name, get_script_prefix())
    return f"{head}{quote(str(arg), safe='')}{tail}"


def _speaker(quotation: Any) -> str:
    if quotation.speaker_id is not None:
        speaker = quotation.speaker
        return (
            f'<a class="speaker" href="{escape(_url("speaker-detail", speaker.slug))}">'
            f"{escape(speaker.name)}</a>"
        )
    description = quotation.speaker_description
    if not description:
        return '<span class="speaker muted">Unattributed</span>'
    if quotation.speaker_ambiguous:
        return f'<span class="speaker muted">Ambiguous: “{escape(description)}”</span>'
    return f'<span class="speaker muted">Unnamed: {escape(description)}</span>'


@register.simple_tag
def speaker_label(quotation: Any) -> str:
    """Who said a quotation, as every row and page shows it: the speaker's name linked to
    their page, else what the article gave ("Unnamed: a State Department official",
    'Ambiguous: “Clinton”'), else "Unattributed". Escaped here."""
    return mark_safe(_speaker(quotation))  # noqa: S308


@register.simple_tag
def family_badge(quotation: Any) -> str:
    """The badge of a speaker bound by the family name alone (`Quotation.bound_by_family`),
    in rows and beside the speaker on the reader, statement and correction pages."""
    if not quotation.bound_by_family:
        return ""
    note = escape(quotation.bound_by_family_note)
    return mark_safe(f'<span class="badge" title="{note}">by family name</span>')  # noqa: S308


def _family_badge(quotation: Any) -> str:
    badge = family_badge(quotation)
    return f" · {badge}" if badge else ""


def _repeated(quotation: Any) -> str:
    """The badge of a statement told in more than one independent story."""
    if quotation.statement_id is None:
        return ""
    stories = quotation.statement.story_count
    if stories <= 1:
        return ""
    return (
        f' · <a class="badge" href="{_url("statement-detail", quotation.statement_id)}"'
        f' title="This statement is told in {stories} independent stories">'
        f"repeated in {stories} stories</a>"
    )


def _confidence(quotation: Any) -> str:
    checked = quotation.attribution_status != "auto"
    low = " low" if quotation.confidence < LOW_CONFIDENCE else ""
    title = "How sure the extractor is of the speaker" + (
        "; checked by an editor" if checked else ""
    )
    said = "checked" if checked else f"{percent(quotation.confidence)} sure"
    return f'<span class="confidence{low}" title="{title}">{said}</span>'


@register.simple_tag
def quotation_row(quotation: Any, show_speaker: bool = False, highlighted: str = "") -> SafeString:
    """One quotation in a list (a speaker's timeline, a search): its text (or `highlighted`,
    escaped unless it is safe HTML already), then speaker, date, outlet, article, repeats,
    confidence and a link to its own page. `select_related("source", "speaker", "statement")`
    keeps it query-free."""
    source = quotation.source
    published = quotation.published
    meta = [_speaker(quotation)] if show_speaker else []
    day = f' datetime="{published:%Y-%m-%d}"' if published else ""
    meta.append(f"<time{day}>{escape(pubdate(published))}</time>")
    if source.outlet:
        meta.append(f'<span class="outlet">{escape(source.outlet)}</span>')
    title = Truncator(str(source)).chars(70)
    reader = f"{_url('source-detail', quotation.source_id)}#q{quotation.pk}"
    meta.append(f'<a href="{escape(reader)}">{escape(title)}</a>')
    text = conditional_escape(highlighted) if highlighted else escape(quotation.text)
    return mark_safe(  # noqa: S308 - every piece above is escaped or formatted here
        f'<article class="quote-card" id="row-q{quotation.pk}">'
        f'<blockquote cite="{escape(source.url or "")}"><p>{text}</p></blockquote>'
        f'<p class="meta">{" · ".join(meta)}{_family_badge(quotation)}{_repeated(quotation)}'
        f" · {_confidence(quotation)}"
        f' · <a class="permalink" href="{_url("quotation-detail", quotation.pk)}">Cite</a></p>'
        "</article>"
    )


def _bar(chart: VolumeChart, bar: dict[str, Any]) -> str:
    name, said = escape(bar["name"]), escape(bar["said"])
    rect = (
        f'<rect x="{bar["x"]}" y="{bar["y"]}" width="{bar["width"]}" height="{bar["height"]}">'
        f"<title>{name}: {said}</title></rect>"
    )
    if not bar["href"]:
        return rect
    return (
        f'<a href="{escape(bar["href"])}" aria-label="{name}: {said}">'
        f'<rect class="hit" x="{bar["hit_x"]}" y="{chart.top}" width="{bar["hit_width"]}"'
        f' height="{chart.plot_height}"/>{rect}</a>'
    )


@register.simple_tag
def volume_chart(chart: VolumeChart | None, noun: str = "quotations") -> SafeString:
    """A volume chart (tracker.charts.VolumeChart) as inline SVG, with a text summary; bars
    link to their period when the chart is linked."""
    if chart is None:
        return mark_safe(f'<p class="muted">No dated {escape(noun)} yet.</p>')  # noqa: S308
    summary = escape(chart.summary)
    ticks = "".join(
        f'<line x1="{chart.left}" x2="{chart.right}" y1="{tick["y"]}" y2="{tick["y"]}"'
        f' class="grid"/><text x="{chart.left - 6}" y="{tick["text_y"]}" text-anchor="end">'
        f"{tick['value']}</text>"
        for tick in chart.y_ticks
    )
    bars = "".join(_bar(chart, bar) for bar in chart.bars)
    labels = "".join(
        f'<text x="{label["x"]}" y="{label["y"]}" text-anchor="{label["anchor"]}">'
        f"{escape(label['text'])}</text>"
        for label in chart.x_labels
    )
    return mark_safe(  # noqa: S308 - texts escaped above, numbers formatted by tracker.charts
        f'<figure class="chart{" linked" if chart.linked else ""}">'
        f'<svg viewBox="0 0 {chart.width} {chart.height}" role="img" aria-label="{summary}"'
        f' preserveAspectRatio="xMidYMid meet"><title>{summary}</title>'
        f'<g class="axis">{ticks}</g><g class="bars">{bars}</g>'
        f'<g class="axis x-labels">{labels}</g>'
        f'<line x1="{chart.left}" x2="{chart.right}" y1="{chart.base}" y2="{chart.base}"'
        f' class="baseline"/></svg><figcaption>{summary}</figcaption></figure>'
    )


@register.simple_tag
def sparkline(spark: Sparkline | None) -> SafeString:
    """A speaker's monthly sparkline (tracker.charts.Sparkline), or a dash for none."""
    if spark is None:
        return mark_safe('<span class="muted">–</span>')  # noqa: S308
    label = escape(spark.label)
    return mark_safe(  # noqa: S308 - the label escaped, the points formatted by tracker.charts
        f'<svg class="sparkline" viewBox="0 0 {spark.width} {spark.height}"'
        f' width="{spark.width}" height="{spark.height}" role="img" aria-label="{label}">'
        f'<title>{label}</title><polyline points="{spark.points}"/></svg>'
    )
