"""The extract_quotes and evaluate_quotes management commands (no database needed)."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

ARTICLE = ('"China and Russia blocked it," said U.S. Ambassador Nikki Haley.\n\n'
           '"They claim they need more information," she added.')


def _gold(tmp_path):
    s1 = ARTICLE.index("China")
    e1 = ARTICLE.index(',"') + 1
    s2 = ARTICLE.index("They")
    e2 = ARTICLE.index(',"', s2) + 1
    gold = {"id": "g1", "publisher": "Test", "text": ARTICLE, "quotes": [
        {"start": s1, "end": e1, "speaker": "Nikki Haley"},
        {"start": s2, "end": e2, "speaker": "Nikki Haley"}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n")
    return path


def test_extract_quotes_writes_one_line_per_article_and_skips_bad_lines(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a1", "text": ARTICLE}) + "\nnot json\n")
    out = tmp_path / "out.jsonl"
    err = StringIO()
    call_command("extract_quotes", str(src), "-o", str(out), stderr=err)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["a1"]
    assert [q["speaker"] for q in rows[0]["quotes"]] == ["Nikki Haley", "Nikki Haley"]
    assert "line 2" in err.getvalue()


def test_extract_quotes_strict_fails_on_a_bad_line(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a1"}\n')
    with pytest.raises(CommandError, match="line 1"):
        call_command("extract_quotes", str(src), "--strict", stdout=StringIO(),
                     stderr=StringIO())


def test_evaluate_quotes_scores_the_extractor_against_gold(tmp_path):
    out = StringIO()
    call_command("evaluate_quotes", str(_gold(tmp_path)), "--errors", "3", stdout=out)
    text = out.getvalue()
    assert "attribution accuracy" in text and "1.000" in text


def test_evaluate_quotes_json_matches_given_predictions(tmp_path):
    gold = _gold(tmp_path)
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"id": "g1", "quotes": []}) + "\n")
    out = StringIO()
    call_command("evaluate_quotes", str(gold), "--pred", str(pred), "--json", stdout=out)
    report = json.loads(out.getvalue())
    assert report["quotes"]["recall"] == 0.0 and report["counts"]["gold"] == 2
