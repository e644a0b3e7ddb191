"""The quotation highlighter and small template helpers (no database)."""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

from tracker.charts import fill_months, sparkline, volume_chart
from tracker.templatetags import drawn
from tracker.templatetags.tracker_tags import diff_html, highlight_quotations, pubdate


@dataclass
class Q:
    pk: int
    start: int
    end: int
    speaker_id: int | None = 1
    confidence: float = 0.9

    @property
    def speaker(self):
        return SimpleNamespace(name="A <b>")


def test_highlight_wraps_the_span_and_escapes_everything_else():
    text = 'x <y> "hello & bye" z'
    start = text.index("hello")
    html = highlight_quotations(text, [Q(7, start, start + len("hello & bye"))])
    start = '<p data-start="0">x &lt;y&gt; &quot;<a href="#qd7" class="quote sp-0" id="q7"'
    assert html.startswith(start)
    assert ">hello &amp; bye</a>&quot; z</p>" in html
    assert 'data-speaker="A &lt;b&gt;"' in html


def test_a_quotation_across_paragraphs_is_split_and_keeps_one_id():
    text = "One two.\n\nThree four."
    html = highlight_quotations(text, [Q(3, 4, 15)])
    assert html.count('id="q3"') == 1
    assert html.count('data-quote="3"') == 2
    assert html.count("<p data-start=") == 2


def test_overlapping_and_out_of_range_spans_are_skipped():
    text = "abcdefghij"
    html = highlight_quotations(text, [Q(1, 0, 5), Q(2, 3, 8), Q(3, 8, 99)])
    assert 'data-quote="1"' in html
    assert 'data-quote="2"' not in html and 'data-quote="3"' not in html
    assert "fghij" in html


def test_unattributed_quotations_get_the_neutral_colour():
    html = highlight_quotations("abc", [Q(1, 0, 3, speaker_id=None)])
    assert "sp-none" in html and 'data-speaker="Unattributed"' in html


def test_pubdate_says_undated_for_missing_dates():
    import datetime

    assert pubdate(None) == "Undated"
    assert pubdate(datetime.date(2018, 8, 4)) == "4 Aug 2018"


def test_diff_html_escapes_and_marks_changes():
    html = diff_html([("equal", "a <b> "), ("delete", "old"), ("insert", "new")])
    assert html == "a &lt;b&gt; <del>old</del><ins>new</ins>"


def test_volume_chart_has_axes_labels_and_a_text_summary():
    import datetime

    series = fill_months({datetime.date(2018, 1, 1): 3, datetime.date(2018, 4, 1): 10})
    assert [n for _, n in series] == [3, 0, 0, 10]
    svg = drawn.volume_chart(volume_chart(series, "Quotes by <X>"))
    assert svg.count("<rect") == 4
    assert "Jan 18" in svg and ">0</text>" in svg
    assert "Quotes by &lt;X&gt;: 13 quotations from Jan 2018 to Apr 2018" in svg


def test_sparkline_draws_a_line_even_for_one_value():
    def draw(values: list[int]) -> str:
        return drawn.sparkline(sparkline(values, "x <y>"))

    assert "<polyline" in draw([4]) and 'aria-label="x &lt;y&gt;"' in draw([4])
    assert "<polyline" not in draw([]) and "–" in draw([])
    assert "No dated quotations" in drawn.volume_chart(None)
    assert "No dated stories" in drawn.volume_chart(None, "stories")


def test_linked_chart_bars_link_to_their_period_with_escaped_urls():
    import datetime

    series = fill_months({datetime.date(2018, 1, 1): 3, datetime.date(2018, 2, 1): 1})
    chart = volume_chart(series, "x", link=lambda day: f"/q/?start={day}&end=<{day}>")
    svg = drawn.volume_chart(chart)
    assert 'class="chart linked"' in svg
    assert svg.count('<rect class="hit"') == 2
    assert 'href="/q/?start=2018-01-01&amp;end=&lt;2018-01-01&gt;"' in svg
    assert 'aria-label="Jan 2018: 3 quotations"' in svg
