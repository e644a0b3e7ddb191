"""A speaker's tally: per-statement counts in sorted arrays, the same answers as a dict."""

from __future__ import annotations

import pickle
import random
from datetime import date, timedelta

from tracker.linking.stats import widen
from tracker.services.timelines import Spans, SpeakerTally, day_ordinal, ordinal_day


def rows(n: int, seed: int = 1) -> list[dict[str, object]]:
    rng = random.Random(seed)
    start = date(2015, 1, 1)
    def day() -> date | None:
        return None if rng.random() < 0.05 else start + timedelta(days=rng.randrange(900))

    return [
        {"published": day(), "statement_id": None if rng.random() < 0.1 else rng.randrange(1, 400)}
        for _ in range(n)
    ]


def reference(rows: list[dict[str, object]]) -> dict[int, tuple[int, int, int]]:
    """The per-statement fold written plainly, as a dict."""
    spans: dict[int, tuple[int, int, int]] = {}
    for row in rows:
        if (sid := row["statement_id"]) is None:
            continue
        n, first, last = spans.get(sid, (0, 0, 0))
        spans[sid] = (n + 1, *widen(first, last, day_ordinal(row["published"])))
    return spans


def test_statement_spans_agree_with_a_dict_whatever_the_order_of_ids():
    added = rows(3000)
    tally = SpeakerTally().add(added[:1000]).add(added[1000:])  # ids arrive in any order
    expected = reference(added)
    spans = tally.statements
    assert list(spans.ids) == sorted(expected)
    assert all(spans.get(sid) == span for sid, span in expected.items())
    assert spans.get(10**6) is None


def test_most_repeated_is_most_often_then_latest_first():
    added = rows(3000, seed=2)
    expected = reference(added)
    ranked = sorted(
        ((sid, n, first, last) for sid, (n, first, last) in expected.items() if n > 1),
        key=lambda row: (-row[1], -row[3], row[0]),
    )[:8]
    assert SpeakerTally().add(added).most_repeated(8) == [
        (sid, n, ordinal_day(first), ordinal_day(last)) for sid, n, first, last in ranked
    ]


def test_a_tally_survives_the_cache_whole_and_small():
    tally = SpeakerTally().add(rows(3000, seed=3))
    again = pickle.loads(pickle.dumps(tally))
    assert again == tally and again.most_repeated(40) == tally.most_repeated(40)
    assert list(again.statements.ids) == list(tally.statements.ids)
    assert again.monthly == tally.monthly and again.count == tally.count
    spans = Spans()
    for sid in range(5000):
        spans.put(sid, 2, 1, 2)
    # Raw bytes: an 8-byte id and three 4-byte numbers per statement.
    assert len(pickle.dumps(spans, pickle.HIGHEST_PROTOCOL)) < 5000 * (8 + 3 * 4) + 500


def test_activity_ranks_speakers_most_quoted_first_then_by_id():
    from tracker.services.timelines import Activity

    added = [{**row, "speaker_id": row["statement_id"]} for row in rows(3000, seed=4)]
    counted = Activity().add(added)
    expected = reference([{**row, "statement_id": row["speaker_id"]} for row in added])
    assert counted.total == 3000
    order = sorted(expected, key=lambda pk: (-expected[pk][0], pk))
    assert counted.ranked() == order
    assert counted.ranked(7) == order[:7] and counted.ranked(10**6) == order
    assert dict(counted.speakers.items()) == expected
    assert all(pk in counted.speakers for pk in expected) and 10**6 not in counted.speakers
