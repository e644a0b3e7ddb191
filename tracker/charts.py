"""Server-side inline SVG charts: a monthly volume bar chart and a tiny sparkline.

No chart library and no JavaScript: the HTML is built with format_html so labels are escaped,
and each chart carries a <title>/aria-label plus a text summary for screen readers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def month_range(first: date, last: date) -> list[date]:
    """Every first-of-month from first's month to last's month inclusive."""
    months, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def fill_months(counts: dict[date, int]) -> list[tuple[date, int]]:
    """Monthly counts with the empty months in between filled with zero."""
    if not counts:
        return []
    return [(m, counts.get(m, 0)) for m in month_range(min(counts), max(counts))]


def _n(value: float) -> str:
    return f"{value:.1f}"


def _nice_max(value: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if value <= step * 4:
            return step * 4 if value > step * 2 else max(step * 2, 1)
    return value


def week_range(first: date, last: date) -> list[date]:
    """Every Monday from first's week to last's week inclusive."""
    monday = first - timedelta(days=first.weekday())
    return [monday + timedelta(weeks=i) for i in range((last - monday).days // 7 + 1)]


def fill_periods(counts: dict[date, int], unit: str) -> list[tuple[date, int]]:
    """Counts per period start ("week": Mondays, "month": firsts) with the gaps filled."""
    if not counts:
        return []
    periods = (week_range if unit == "week" else month_range)(min(counts), max(counts))
    return [(p, counts.get(p, 0)) for p in periods]


def period_end(start: date, unit: str) -> date:
    """The last day of the week or month that starts on `start`."""
    if unit == "week":
        return start + timedelta(days=6)
    following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return following - timedelta(days=1)


def _bar_label(day: date, unit: str) -> str:
    if unit == "week":
        return f"Week of {day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{MONTHS[day.month - 1]} {day.year}"


def _x_label(day: date, unit: str, total: int) -> str:
    if unit == "week" and total <= 60:
        return f"{day.day} {MONTHS[day.month - 1]}"
    return str(day.year) if total > 24 else f"{MONTHS[day.month - 1]} {day.year % 100:02d}"


def _labelled(series: Sequence[tuple[date, int]], unit: str) -> list[tuple[int, date]]:
    """At most ~8 x labels: the first period of every k-th year for long series, every n-th
    period otherwise."""
    per_year = 52 if unit == "week" else 12
    if len(series) > 24 and not (unit == "week" and len(series) <= 60):
        k = max(1, -(-len(series) // (per_year * 8)))
        return [
            (i, day)
            for i, (day, _) in enumerate(series)
            if day.year % k == 0 and (i == 0 or series[i - 1][0].year != day.year) and i > 0
        ]
    every = max(1, -(-len(series) // 8))
    return [(i, day) for i, (day, _) in enumerate(series) if i % every == 0]


def _counted(n: int, noun: str) -> str:
    """ "1 story", "2 stories", "1 quotation"."""
    if n == 1:
        noun = noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")
    return f"{n} {noun}"


def volume_chart(
    series: Sequence[tuple[date, int]],
    label: str,
    unit: str = "month",
    link: Callable[[date], str] | None = None,
    noun: str = "quotations",
) -> SafeString:
    """Bars per month (or week) with a y axis (0, half, max) and x labels thinned to fit;
    with `link`, each bar is a link (to the period's own page or filter)."""
    if not series:
        return mark_safe(f'<p class="muted">No dated {noun} yet.</p>')  # constant markup
    width, height, left, bottom, top = 640, 180, 40, 24, 10
    plot_w, plot_h = width - left - 8, height - bottom - top
    y_max = _nice_max(max(count for _, count in series))
    slot = plot_w / len(series)
    bar_w = min(max(slot * 0.8, 1), 36)
    bar = '<rect x="{}" y="{}" width="{}" height="{}"><title>{}: {}</title></rect>'
    # A link's hit area is the whole column, so a low bar is as easy to click as a high one.
    linked = (
        '<a href="{}" aria-label="{}: {}"><rect class="hit" x="{}" y="{}" width="{}" '
        'height="{}"/>' + bar + "</a>"
    )
    rows = []
    for i, (day, count) in enumerate(series):
        x = _n(left + i * slot + (slot - bar_w) / 2)
        y, h = _n(top + plot_h - plot_h * count / y_max), _n(plot_h * count / y_max)
        name = _bar_label(day, unit)
        said = _counted(count, noun)
        if link is not None:
            hit = (_n(left + i * slot), top, _n(slot), plot_h)
            rows.append(
                format_html(linked, link(day), name, said, *hit, x, y, _n(bar_w), h, name, said)
            )
        else:
            rows.append(format_html(bar, x, y, _n(bar_w), h, name, said))
    bars = mark_safe("".join(rows))  # each piece built by format_html above
    y_ticks = format_html_join(
        "",
        '<line x1="{l}" x2="{r}" y1="{y}" y2="{y}" class="grid"/>'
        '<text x="{tx}" y="{ty}" text-anchor="end">{v}</text>',
        (
            {
                "l": left,
                "r": width - 8,
                "y": _n(top + plot_h - plot_h * v / y_max),
                "tx": left - 6,
                "ty": _n(top + plot_h - plot_h * v / y_max + 4),
                "v": v,
            }
            for v in (0, y_max // 2, y_max)
        ),
    )
    x_labels = format_html_join(
        "",
        '<text x="{}" y="{}" text-anchor="middle">{}</text>',
        (
            (_n(left + i * slot + slot / 2), height - 6, _x_label(day, unit, len(series)))
            for i, day in _labelled(series, unit)
        ),
    )
    total = sum(count for _, count in series)
    first, last = series[0][0], series[-1][0]
    per = "week" if unit == "week" else "month"
    summary = (
        f"{label}: {_counted(total, noun)} from {_bar_label(first, unit)}"
        f" to {_bar_label(last, unit)}, at most {max(c for _, c in series)} in a {per}"
    )
    return format_html(
        '<figure class="chart{cls}"><svg viewBox="0 0 {w} {h}" role="img" aria-label="{s}" '
        'preserveAspectRatio="xMidYMid meet"><title>{s}</title>'
        '<g class="axis">{y}</g><g class="bars">{bars}</g><g class="axis">{x}</g>'
        '<line x1="{l}" x2="{r}" y1="{base}" y2="{base}" class="baseline"/></svg>'
        "<figcaption>{s}</figcaption></figure>",
        cls=" linked" if link else "",
        w=width,
        h=height,
        s=summary,
        y=y_ticks,
        bars=bars,
        x=x_labels,
        l=left,
        r=width - 8,
        base=top + plot_h,
    )


def sparkline(values: Sequence[int], label: str) -> SafeString:
    """A 100x20 line of monthly counts; flat and empty series still draw a baseline."""
    if not values:
        return mark_safe('<span class="muted">–</span>')  # constant markup
    width, height = 100, 20
    peak = max(values) or 1
    step = width / max(len(values) - 1, 1)
    points = " ".join(
        f"{i * step:.1f},{height - 2 - (height - 4) * v / peak:.1f}" for i, v in enumerate(values)
    )
    if len(values) == 1:
        points = f"0,{height - 2 - (height - 4):.1f} {width},{height - 2 - (height - 4):.1f}"
    return format_html(
        '<svg class="sparkline" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" '
        'aria-label="{label}"><title>{label}</title><polyline points="{p}"/></svg>',
        w=width,
        h=height,
        label=label,
        p=points,
    )
