"""Server-side inline SVG charts: a monthly volume bar chart and a tiny sparkline.

No chart library and no JavaScript: these functions return the geometry as data, and the
templates _chart.html and _sparkline.html draw it (so labels are escaped like any template
text); each chart carries a <title>/aria-label plus a text summary for screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

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


def _month_label(month: date, total: int) -> str:
    return str(month.year) if total > 24 else f"{MONTHS[month.month - 1]} {month.year % 100:02d}"


@dataclass(frozen=True)
class VolumeChart:
    """What templates/tracker/_chart.html draws: bars per month, a y axis (0, half, max) and
    x labels thinned to fit, in SVG user units."""

    width: int
    height: int
    left: int
    right: int
    base: float
    bars: list[dict[str, object]]  # x, y, width, height, month, count
    y_ticks: list[dict[str, object]]  # y, value
    x_labels: list[dict[str, object]]  # x, y, text
    summary: str


def volume_chart(series: Sequence[tuple[date, int]], label: str) -> VolumeChart | None:
    """The chart of monthly counts, or None when there is no dated quotation."""
    if not series:
        return None
    width, height, left, bottom, top = 640, 180, 40, 24, 10
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
            "month": f"{MONTHS[month.month - 1]} {month.year}",
            "count": count,
        }
        for i, (month, count) in enumerate(series)
    ]
    y_ticks = [
        {
            "y": _n(top + plot_h - plot_h * v / y_max),
            "text_y": _n(top + plot_h - plot_h * v / y_max + 4),
            "value": v,
        }
        for v in (0, y_max // 2, y_max)
    ]
    # At most ~8 labels: Januaries (every k-th year) for long series, every n-th month otherwise.
    if len(series) > 24:
        k = max(1, -(-len(series) // (12 * 8)))
        labelled = [(i, m) for i, (m, _) in enumerate(series) if m.month == 1 and m.year % k == 0]
    else:
        every = max(1, -(-len(series) // 8))
        labelled = [(i, m) for i, (m, _) in enumerate(series) if i % every == 0]
    x_labels = [
        {
            "x": _n(left + i * slot + slot / 2),
            "y": height - 6,
            "text": _month_label(month, len(series)),
        }
        for i, month in labelled
    ]
    total = sum(count for _, count in series)
    first, last = series[0][0], series[-1][0]
    summary = (
        f"{label}: {total} quotations from {MONTHS[first.month - 1]} {first.year}"
        f" to {MONTHS[last.month - 1]} {last.year}, at most {max(c for _, c in series)} in a month"
    )
    return VolumeChart(
        width, height, left, width - 8, top + plot_h, bars, y_ticks, x_labels, summary
    )


@dataclass(frozen=True)
class Sparkline:
    """What templates/tracker/_sparkline.html draws: a 100x20 line of monthly counts."""

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
