"""evaluation.py gives the same figures as the shared score.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.extraction import extract
from tracker.extraction.evaluation import evaluate, format_report, report_dict, same_speaker

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TEXT = ('Intro line.\n\n"We will win," Mr. Smith said. "Big."\n\n"First para.\n\n'
        '"Second para," she added.\n\nThe group said it was "ready."')


def q(sub: str, who: str | None) -> dict:
    s = TEXT.index(sub)
    return {"start": s, "end": s + len(sub), "text": sub, "speaker": who}


GOLD = [{"id": "a1", "text": TEXT, "quotes": [
    q("We will win,", "John Smith"), q("Big.", "John Smith"), q("First para.", "Jane Doe"),
    q("Second para,", "Jane Doe"), q("ready.", None)]}]


def test_perfect_predictions_score_one():
    r = evaluate(GOLD, GOLD)
    assert r.quotes.f1 == r.quotes_exact.f1 == r.end_to_end.f1 == 1.0
    assert r.attribution_accuracy == 1.0


def test_marks_merged_paragraphs_and_partial_names_still_match():
    merged = TEXT.index("First para.") - 1, TEXT.index("Second para,") + len("Second para,") + 1
    pred = [{"id": "a1", "quotes": [
        q('"We will win,"', "Mr. Smith"), q("Big", "Smith"),
        {"start": merged[0], "end": merged[1], "speaker": "Jane Doe"}, q("ready", "the group")]}]
    r = evaluate(GOLD, pred)
    assert r.quotes_exact.f1 == 1.0 and r.end_to_end.f1 == 1.0


def test_a_wrong_speaker_costs_attribution_not_spans():
    pred = [dict(GOLD[0], quotes=[dict(x) for x in GOLD[0]["quotes"]])]
    pred[0]["quotes"][1]["speaker"] = "Jane Doe"
    r = evaluate(GOLD, pred)
    assert r.quotes.f1 == 1.0 and r.end_to_end.recall == 0.8
    assert r.attribution_accuracy == 0.75
    assert [e.kind for e in r.errors] == ["wrong_speaker"]
    assert "wrong_speaker: 1 in all" in format_report(r, errors=5)


def test_speaker_matching_rule():
    assert same_speaker("Mike Pompeo", "Secretary of State Pompeo")
    assert same_speaker("North Korea's Foreign Ministry", "Foreign Ministry")
    assert same_speaker("Kang Kyung Wha", "Kang Kyung-wha")
    assert not same_speaker("Hillary Clinton", "Donald Trump")
    assert not same_speaker("Mike Pompeo", "he")
    assert not same_speaker("Mike Pompeo", None)


def test_per_publisher_breakdown():
    gold = [dict(GOLD[0], publisher="A"), dict(GOLD[0], id="a2", publisher="B")]
    r = evaluate(gold, [])
    assert set(r.by_publisher) == {"A", "B"}
    assert r.by_publisher["A"].counts.gold == 5


@pytest.mark.skipif(not (SHARED / "tools" / "score.py").exists(),
                    reason="../shared/tools/score.py is not available")
def test_same_figures_as_the_shared_scorer(tmp_path):
    data = SHARED / "data" / "polnear-train.jsonl"
    gold_lines = data.read_text(encoding="utf-8").splitlines()[:120] if data.exists() else []
    gold = [json.loads(line) for line in gold_lines] + [
        json.loads(line) for line in (SHARED / "data" / "seeds.jsonl").read_text().splitlines()]
    pred = [{"id": g["id"], "quotes": [{"start": x.start, "end": x.end, "text": x.text,
                                        "speaker": x.speaker} for x in extract(g["text"]).quotes]}
            for g in gold]
    gp, pp = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gp.write_text("".join(json.dumps(g) + "\n" for g in gold))
    pp.write_text("".join(json.dumps(p) + "\n" for p in pred))
    out = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(gp), str(pp),
                          "--json"], capture_output=True, text=True, check=True)
    theirs = json.loads(out.stdout)
    ours = report_dict(evaluate(gold, pred))
    for key in ("quotes", "quotes_exact", "end_to_end"):
        for m in ("precision", "recall", "f1"):
            assert ours[key][m] == pytest.approx(theirs[key][m], abs=1e-12), (key, m)
    assert ours["attribution_accuracy"] == pytest.approx(theirs["attribution_accuracy"])
    for k in ("gold", "pred", "matched", "exact", "attr_total", "attr_correct", "e2e"):
        assert ours["counts"][k] == theirs["counts"][k], k
