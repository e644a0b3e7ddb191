"""Server-side inline SVG charts: a monthly volume bar chart and a tiny sparkline.

No chart library and no JavaScript: these functions return the geometry as data, and the
tags volume_chart and sparkline (tracker.templatetags.drawn) draw it, escaping every label;
each chart carries a <title>/aria-label plus a text summary for screen readers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

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


def week_range(first: date, last: date) -> list[date]:
    """Every Monday from first's week to last's week inclusive."""
    monday = first - timedelta(days=first.weekday())
    return [monday + timedelta(weeks=i) for i in range((last - monday).days // 7 + 1)]


def fill_periods(counts: dict[date, int], unit: str) -> list[tuple[date, int]]:
    """Counts per period start ("week": Mondays, "month": firsts) with the gaps filled."""
    if not counts:
        return []
    if unit != "week":
        return fill_months(counts)  # capped at MAX_BARS bars
    periods = week_range(min(counts), max(counts))
    return [(p, counts.get(p, 0)) for p in periods]


def period_end(start: date, unit: str) -> date:
    """The last day of the week or month that starts on `start`."""
    if unit == "week":
        return start + timedelta(days=6)
    following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return following - timedelta(days=1)


def period_label(day: date | None, grouping: str) -> str:
    if day is None:
        return "Undated"
    if grouping == "day":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if grouping == "week":
        return f"Week of {day.day} {MONTHS[day.month - 1]} {day.year}"
    if grouping == "year":
        return str(day.year)
    return f"{MONTHS[day.month - 1]} {day.year}"


def period_start(day: date | None, grouping: str) -> date | None:
    if day is None or grouping == "day":
        return day
    if grouping == "week":
        return day - timedelta(days=day.weekday())
    if grouping == "year":
        return date(day.year, 1, 1)
    return date(day.year, day.month, 1)


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


def _x_label_at(x: float, slot: float, width: int, y: int, text: str) -> dict[str, object]:
    """An x label centred under its column, unless that would run off the chart: then it
    starts at the column's left edge (or ends at its right edge). Text is at most ~0.6 of the
    phone font size (20 units) wide per character."""
    half = len(text) * 6
    centre = x + slot / 2
    if centre - half < 0:
        return {"x": _n(max(x, 0)), "y": y, "text": text, "anchor": "start"}
    if centre + half > width:
        return {"x": _n(min(x + slot, width)), "y": y, "text": text, "anchor": "end"}
    return {"x": _n(centre), "y": y, "text": text, "anchor": "middle"}


def _counted(n: int, noun: str) -> str:
    """ "1 story", "2 stories", "1 quotation"."""
    if n == 1:
        noun = noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")
    return f"{n} {noun}"


@dataclass(frozen=True)
class VolumeChart:
    """What the volume_chart tag draws: bars per month or week, a y axis (0, half,
    max) and x labels thinned to fit, in SVG user units."""

    width: int
    height: int
    left: int
    right: int
    base: float
    bars: list[dict[str, object]]  # x, y, width, height, name, said, href, hit_x, hit_width
    y_ticks: list[dict[str, object]]  # y, text_y, value
    x_labels: list[dict[str, object]]  # x, y, text, anchor
    summary: str
    top: int = 16
    plot_height: int = 132
    linked: bool = False


def volume_chart(
    series: Sequence[tuple[date, int]],
    label: str,
    unit: str = "month",
    link: Callable[[date], str] | None = None,
    noun: str = "quotations",
) -> VolumeChart | None:
    """Bars per month (or week) with a y axis (0, half, max) and x labels thinned to fit, or
    None when nothing is dated; with `link`, each bar links to its period."""
    if not series:
        return None
    # Room above the top tick and below the axis for labels at phone size (20 user units).
    width, height, left, bottom, top = 640, 180, 40, 32, 16
    plot_w, plot_h = width - left - 8, height - bottom - top
    y_max = _nice_max(max(count for _, count in series))
    slot = plot_w / len(series)
    bar_w = min(max(slot * 0.8, 1), 36)
    bars = [
        {
            "x": _n(left + i * slot + (slot - bar_w) / 2),
            "y": _n(top + plot_h - plot_h * count / y_max),
            "width": _n(bar_w),
            "height": _n(plot_h * count / y_max),
            "name": _bar_title(day, series) if unit == "month" else period_label(day, unit),
            "said": _counted(count, noun),
            "href": link(day) if link is not None else "",
            # A link's hit area is the whole column, so a low bar is as easy to click.
            "hit_x": _n(left + i * slot),
            "hit_width": _n(slot),
        }
        for i, (day, count) in enumerate(series)
    ]
    y_ticks = [
        {
            "y": _n(top + plot_h - plot_h * v / y_max),
            "text_y": _n(top + plot_h - plot_h * v / y_max + 4),
            "value": v,
        }
        for v in (0, y_max // 2, y_max)
    ]
    x_labels = [
        _x_label_at(left + i * slot, slot, width, height - 5, _x_label(d, unit, len(series)))
        for i, d in _labelled(series, unit)
    ]
    total = sum(count for _, count in series)
    first, last = series[0][0], series[-1][0]
    per = "week" if unit == "week" else "month"
    summary = (
        f"{label}: {_counted(total, noun)} from {period_label(first, unit)}"
        f" to {period_label(last, unit)}, at most {max(c for _, c in series)} in a {per}"
    )
    return VolumeChart(
        width,
        height,
        left,
        width - 8,
        top + plot_h,
        bars,
        y_ticks,
        x_labels,
        summary,
        top=top,
        plot_height=plot_h,
        linked=link is not None,
    )


@dataclass(frozen=True)
class Sparkline:
    """What the sparkline tag draws: a 100x20 line of monthly counts."""

    points: str
    label: str
    width: int = 100
    height: int = 20


def sparkline(values: Sequence[int], label: str) -> Sparkline | None:
    """The line of `values`, or None for none; flat and one-value series still draw one."""
    if not values:
        return None
    width, height = 100, 20
    peak = max(values) or 1
    step = width / max(len(values) - 1, 1)
    points = " ".join(
        f"{i * step:.1f},{height - 2 - (height - 4) * v / peak:.1f}" for i, v in enumerate(values)
    )
    if len(values) == 1:
        points = f"0,{height - 2 - (height - 4):.1f} {width},{height - 2 - (height - 4):.1f}"
    return Sparkline(points, label, width, height)
