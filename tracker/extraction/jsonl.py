"""JSONL in and out for the command line: articles in, one line of quotes per article out.

Input lines: {"id": ..., "text": ..., "date": "YYYY-MM-DD"?}. A malformed line (not JSON, no
"id" or no string "text", a bad date) is reported as a LineError naming its line number and
skipped, so one bad article does not stop a batch; the caller decides whether errors are fatal.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from . import extract
from .types import Quote


@dataclass(frozen=True)
class LineError:
    line: int  # 1-based line number in the input
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def parse_article(line: str) -> tuple[str, str, datetime.date | None]:
    """(id, text, date) of one input line; raises ValueError naming what is wrong."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(row, dict):
        raise ValueError("not a JSON object")
    if "id" not in row or row["id"] is None:
        raise ValueError('missing "id"')
    text = row.get("text")
    if not isinstance(text, str):
        raise ValueError('"text" must be a string')
    date = None
    if row.get("date"):
        try:
            date = datetime.date.fromisoformat(str(row["date"]))
        except ValueError:
            raise ValueError(f'"date" {row["date"]!r} is not YYYY-MM-DD') from None
    return str(row["id"]), text, date


def quote_dict(q: Quote) -> dict:
    return {"start": q.start, "end": q.end, "text": q.text, "speaker": q.speaker,
            "speaker_mention": q.speaker_mention, "cue": q.cue,
            "confidence": round(q.confidence, 3)}


def extract_jsonl(lines: Iterable[str]) -> Iterator[dict | LineError]:
    """For each input line, an output dict {"id", "quotes": [...]} or a LineError."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            aid, text, date = parse_article(line)
        except ValueError as exc:
            yield LineError(n, str(exc))
            continue
        result = extract(text, date)
        yield {"id": aid, "quotes": [quote_dict(q) for q in result.quotes]}


def read_rows(lines: Iterable[str], what: str = "input") -> list[dict]:
    """JSON objects of a JSONL file (gold or predictions); raises ValueError naming the line."""
    rows = []
    seen: set[str] = set()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            key = str(row["id"])
            if not isinstance(row.get("quotes") or [], list):
                raise TypeError('"quotes" is not a list')
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f'{what} line {n}: not an article line with "id" and a "quotes" '
                             f"list ({exc.__class__.__name__}: {exc})") from None
        if key in seen:
            raise ValueError(f"{what} line {n}: duplicate id {key!r}")
        seen.add(key)
        rows.append(row)
    return rows
