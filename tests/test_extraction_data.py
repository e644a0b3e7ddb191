"""The extractor on the founding articles and on the PolNeAR training articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.extraction import extract
from tracker.extraction.evaluation import evaluate, same_speaker
from tracker.extraction.jsonl import LineError, extract_jsonl

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
needs_seeds = pytest.mark.skipif(not (DATA / "seeds.jsonl").exists(),
                                 reason="../shared/data/seeds.jsonl is not available")
needs_polnear = pytest.mark.skipif(not (DATA / "polnear-train.jsonl").exists(),
                                   reason="../shared/data/polnear-train.jsonl is not available")


def _predict(rows: list[dict]) -> list[dict]:
    return [{"id": r["id"], "quotes": [{"start": q.start, "end": q.end, "speaker": q.speaker}
                                       for q in extract(r["text"]).quotes]} for r in rows]


@needs_seeds
def test_every_seed_quote_is_found_with_the_right_speaker():
    rows = [json.loads(line) for line in (DATA / "seeds.jsonl").read_text().splitlines()]
    for row in rows:
        got = extract(row["text"]).quotes
        for g in row["quotes"]:
            hits = [q for q in got if q.start <= g["start"] + 2 and q.end >= g["end"] - 2]
            assert hits, f"missed {g['text']!r}"
            if g["speaker"]:
                assert same_speaker(g["speaker"], hits[0].speaker), (g["text"], hits[0].speaker)


@pytest.fixture(scope="module")
def polnear_report():
    rows = [json.loads(line) for line in (DATA / "polnear-train.jsonl").open()]
    return evaluate(rows, _predict(rows))


@needs_polnear
def test_polnear_quote_span_f1_meets_the_target(polnear_report):
    assert polnear_report.quotes.f1 >= 0.90


@needs_polnear
def test_polnear_attribution_accuracy_meets_the_target(polnear_report):
    assert polnear_report.attribution_accuracy >= 0.90


@needs_polnear
def test_polnear_end_to_end_f1_meets_the_target(polnear_report):
    assert polnear_report.end_to_end.f1 >= 0.85


@needs_polnear
def test_every_publisher_stays_above_a_floor(polnear_report):
    for name, r in polnear_report.by_publisher.items():
        assert r.quotes.f1 >= 0.90, name
        assert r.attribution_accuracy >= 0.85, name


def test_extract_jsonl_reports_malformed_lines_and_goes_on():
    lines = ['{"id": "a", "text": "\\"We will win,\\" Pompeo said."}', "not json",
             '{"text": "no id"}', '{"id": "b", "text": "x", "date": "2018-13-45"}', ""]
    out = list(extract_jsonl(lines))
    assert out[0]["id"] == "a" and out[0]["quotes"][0]["speaker"] == "Pompeo"
    errors = [x for x in out if isinstance(x, LineError)]
    assert [e.line for e in errors] == [2, 3, 4]
    assert "line 3" in str(errors[1]) and '"id"' in str(errors[1])
