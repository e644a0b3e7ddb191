"""Server-side inline SVG charts: a monthly volume bar chart and a tiny sparkline.

No chart library and no JavaScript: the HTML is built with format_html so labels are escaped,
and each chart carries a <title>/aria-label plus a text summary for screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

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


# A chart never has more bars than this, whatever the dates: 0001 to 9999 by month would be
# 119,988 <rect>s (10 MB a page). Longer spans are counted per year, or per k years.
MAX_BARS = 240


def _months_between(first: date, last: date) -> int:
    return (last.year - first.year) * 12 + last.month - first.month + 1


def fill_months(counts: dict[date, int], max_bars: int = MAX_BARS) -> list[tuple[date, int]]:
    """Monthly counts with the empty months in between filled with zero.

    When the span has more than max_bars months, each bar is k whole years (k >= 1) starting
    on 1 January, so the work and the output stay bounded by max_bars.
    """
    if not counts:
        return []
    first, last = min(counts), max(counts)
    if _months_between(first, last) <= max_bars:
        return [(m, counts.get(m, 0)) for m in month_range(first, last)]
    k = -(-(last.year - first.year + 1) // max_bars)
    years: dict[int, int] = {}
    for month, count in counts.items():
        start = first.year + (month.year - first.year) // k * k
        years[start] = years.get(start, 0) + count
    return [(date(y, 1, 1), years.get(y, 0)) for y in range(first.year, last.year + 1, k)]


def _bar_title(month: date, series: Sequence[tuple[date, int]]) -> str:
    """"Aug 2018" for monthly bars, "1850" or "1850-1859" for bars of whole years."""
    if len(series) < 2 or _months_between(series[0][0], series[1][0]) <= 2:
        return f"{MONTHS[month.month - 1]} {month.year}"
    years = (_months_between(series[0][0], series[1][0]) - 1) // 12
    return str(month.year) if years == 1 else f"{month.year}–{month.year + years - 1}"


def _n(value: float) -> str:
    return f"{value:.1f}"


def _nice_max(value: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if value <= step * 4:
            return step * 4 if value > step * 2 else max(step * 2, 1)
    return value


def _month_label(month: date, total: int) -> str:
    return str(month.year) if total > 24 else f"{MONTHS[month.month - 1]} {month.year % 100:02d}"


def volume_chart(series: Sequence[tuple[date, int]], label: str) -> SafeString:
    """Bars per month with a y axis (0, half, max) and x labels thinned to fit."""
    if not series:
        return mark_safe('<p class="muted">No dated quotations yet.</p>')  # constant markup
    width, height, left, bottom, top = 640, 180, 40, 24, 10
    plot_w, plot_h = width - left - 8, height - bottom - top
    y_max = _nice_max(max(count for _, count in series))
    slot = plot_w / len(series)
    bar_w = min(max(slot * 0.8, 1), 36)
    bars = format_html_join(
        "",
        '<rect x="{}" y="{}" width="{}" height="{}"><title>{}: {}</title></rect>',
        (
            (
                _n(left + i * slot + (slot - bar_w) / 2),
                _n(top + plot_h - plot_h * count / y_max),
                _n(bar_w),
                _n(plot_h * count / y_max),
                _bar_title(month, series),
                count,
            )
            for i, (month, count) in enumerate(series)
        ),
    )
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
    # At most ~8 labels: Januaries (every k-th year) for long series, every n-th month otherwise.
    if len(series) > 24:
        k = max(1, -(-len(series) // (12 * 8)))
        labelled = [(i, m) for i, (m, _) in enumerate(series) if m.month == 1 and m.year % k == 0]
    else:
        every = max(1, -(-len(series) // 8))
        labelled = [(i, m) for i, (m, _) in enumerate(series) if i % every == 0]
    x_labels = format_html_join(
        "",
        '<text x="{}" y="{}" text-anchor="middle">{}</text>',
        (
            (_n(left + i * slot + slot / 2), height - 6, _month_label(month, len(series)))
            for i, month in labelled
        ),
    )
    total = sum(count for _, count in series)
    first, last = series[0][0], series[-1][0]
    summary = (
        f"{label}: {total} quotations from {MONTHS[first.month - 1]} {first.year}"
        f" to {MONTHS[last.month - 1]} {last.year}, at most {max(c for _, c in series)} in a month"
    )
    return format_html(
        '<figure class="chart"><svg viewBox="0 0 {w} {h}" role="img" aria-label="{s}" '
        'preserveAspectRatio="xMidYMid meet"><title>{s}</title>'
        '<g class="axis">{y}</g><g class="bars">{bars}</g><g class="axis">{x}</g>'
        '<line x1="{l}" x2="{r}" y1="{base}" y2="{base}" class="baseline"/></svg>'
        "<figcaption>{s}</figcaption></figure>",
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
