"""Turn raw bytes and records into article inputs: decoding, HTML, JSONL/CSV, datelines.

Everything here is input handling with no database access; ingest.py stores the result.
"""

from __future__ import annotations

import calendar
import csv
import dataclasses
import datetime as dt
import io
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from tracker.services.encodings import UndecodableError, decode_bytes, repair_mojibake


class ArticleError(ValueError):
    """Bad input, with a message meant for the person who supplied it."""


@dataclass(frozen=True)
class ArticleInput:
    text: str
    title: str = ""
    outlet: str = ""
    url: str | None = None
    date: str | dt.date | None = None  # explicit metadata; a dateline is the fallback
    origin: str = ""  # "report.txt", "feed.jsonl:12", "web form"


@dataclass(frozen=True)
class Record:
    """One article read from a file, or the reason it could not be read."""

    where: str
    article: ArticleInput | None = None
    error: str | None = None
    warning: str = ""  # stored, but worth a look ("3 bytes were not valid UTF-8 ...")


TEXT_SUFFIXES = (".txt", ".md", ".text")
HTML_SUFFIXES = (".html", ".htm")
TABLE_SUFFIXES = (".jsonl", ".ndjson", ".csv")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + TABLE_SUFFIXES


# ---------------------------------------------------------------- bytes -> text
def decode(data: bytes, name: str = "the file") -> str:
    """Bytes to text (tracker/services/encodings.py); a warning is dropped, see decode_noted."""
    return decode_noted(data, name)[0]


def decode_noted(data: bytes, name: str = "the file") -> tuple[str, str]:
    """Bytes to text and a warning for the report ("" when the decoding was clean)."""
    if not data.strip():
        raise ArticleError(f"{name} is empty.")
    try:
        decoded = decode_bytes(data)
    except UndecodableError as exc:
        raise ArticleError(f"{name} {exc}.")
    return decoded.text, f"{name}: {decoded.warning}" if decoded.warning else ""


def normalise_text(text: str) -> str:
    """Unicode NFC, \\n newlines and mojibake repaired (`encodings.repair_mojibake`); offsets
    of quotations refer to this form."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    # After NFC: decomposed mojibake ("A" and a combining tilde before "±") is then "Ã±".
    text = unicodedata.normalize("NFC", repair_mojibake(text))
    return text.lstrip("\ufeff").strip()


# ---------------------------------------------------------------- per-field checks
# Lengths match the Source columns; a longer value is refused, never cut.
FIELD_LIMITS = {"title": 500, "outlet": 200, "url": 2000}
_URL_VALIDATOR = URLValidator(schemes=["http", "https"])


def check_field(value: str, where: str, name: str, limit: int | None = None) -> str:
    """One text field: no NUL, no lone surrogates, at most `limit` characters."""
    if "\x00" in value:
        raise ArticleError(f'{where}: the "{name}" field contains a NUL character.')
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ArticleError(
            f'{where}: the "{name}" field contains an invalid character (a lone surrogate).'
        )
    if limit is not None and len(value) > limit:
        raise ArticleError(
            f'{where}: the "{name}" field is {len(value):,} characters long; '
            f"the limit is {limit:,}."
        )
    return value


def check_url(url: str, where: str) -> str:
    """An article address: http(s) only, well formed, at most 2,000 characters."""
    url = check_field(url.strip(), where, "url", FIELD_LIMITS["url"])
    try:
        _URL_VALIDATOR(url)
    except ValidationError:
        raise ArticleError(f'{where}: the "url" field is not an http:// or https:// address.')
    return url


def check_fields(article: ArticleInput, where: str) -> None:
    """Every metadata field of one article; the text is checked by check_text."""
    for name, limit in (("title", 500), ("outlet", 200)):
        check_field(getattr(article, name) or "", where, name, limit)
    if isinstance(article.date, str):
        check_field(article.date, where, "date", 100)
    if article.url:
        check_url(article.url, where)


# Unicode category Cc (C0 and C1 controls, DEL) but tab and newline: one regex scan instead of a
# category lookup per character (half a millisecond an article at ingest).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def check_text(text: str, where: str, max_bytes: int) -> str:
    check_field(text, where, "text")
    text = normalise_text(text)
    if not text:
        raise ArticleError(f"{where}: the article text is empty.")
    if len(text.encode("utf-8")) > max_bytes:
        raise ArticleError(f"{where}: the article is larger than the {max_bytes:,} byte limit.")
    controls = len(_CONTROLS.findall(text, 0, 8192))
    if controls > 0.05 * min(len(text), 8192):
        raise ArticleError(f"{where}: the text is full of control characters; is it binary?")
    return text


# ---------------------------------------------------------------- dates
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_MONTHS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
_MONTHS["sept"] = 9
_MONTH_WORD = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
# "date 2018-08-04 SINGAPORE - " (the founding articles' convention)
_DATE_PREFIX = re.compile(r"^\s*date[:\s]+(\d{4}-\d{1,2}-\d{1,2})\b", re.IGNORECASE)
# "WASHINGTON, Aug. 4 (Reuters) -", "LONDON, August 4, 2018 (AP) —"
_WIRE_DATELINE = re.compile(
    r"^\s*[A-Z][A-Za-z .'-]{1,40},\s*" + _MONTH_WORD + r"\s+(?P<day>\d{1,2})"
    r"(?:,\s*(?P<year>\d{4}))?\s*(?:\([A-Za-z .]+\)\s*)?[-–—]",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def parse_date(value: str | dt.date | None, where: str = "") -> dt.date | None:
    """Metadata date: ISO "2018-08-04" (a time part is ignored) or a date object."""
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    value = str(value).strip()
    if not value:
        return None
    match = _ISO.match(value)
    if not match:
        raise ArticleError(f"{where}: the date {value!r} is not in YYYY-MM-DD form.".lstrip(": "))
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        raise ArticleError(f"{where}: the date {value!r} does not exist.".lstrip(": "))


def check_date_range(value: dt.date, where: str, first: dt.date, last: dt.date) -> dt.date:
    """Refuse a date outside [first, last] (0001-01-01 and 9999-12-31 are typos, not news)."""
    if not first <= value <= last:
        raise ArticleError(
            f'{where}: the "date" {value.isoformat()} is outside {first.year}-{last.year}.'
        )
    return value


def dateline_date(text: str) -> dt.date | None:
    """The date a dateline at the top of the article gives, if any.

    A wire dateline without a year ("WASHINGTON, Aug. 4 (Reuters) -") takes the first year
    the article's opening mentions; with none, the article stays undated rather than guessed.
    """
    head = text[:400]
    match = _DATE_PREFIX.match(head)
    if match:
        try:
            return parse_date(match.group(1))
        except ArticleError:
            return None
    match = _WIRE_DATELINE.match(head)
    if not match:
        return None
    year_text = match.group("year") or next(iter(_YEAR.findall(text[:2000])), None)
    if year_text is None:
        return None
    try:
        return dt.date(int(year_text), _MONTHS[match.group("month").lower()], int(match["day"]))
    except ValueError:
        return None


# ---------------------------------------------------------------- files -> records
def html_article(html: str, origin: str, url: str | None = None) -> ArticleInput:
    import trafilatura  # heavy import, only needed for HTML

    text = trafilatura.extract(html, include_comments=False, include_tables=False) or ""
    meta = trafilatura.extract_metadata(html)
    return ArticleInput(
        text=text,
        title=(meta.title if meta and meta.title else "") or "",
        outlet=(meta.sitename if meta and meta.sitename else "") or "",
        url=url,
        date=(meta.date if meta and meta.date else None),
        origin=origin,
    )


def _from_mapping(row: dict, where: str) -> ArticleInput:
    if not isinstance(row, dict):
        raise ArticleError(f'{where}: expected an object with a "text" field.')
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ArticleError(f'{where}: the "text" field is missing or empty.')

    def field_text(*names: str) -> str:
        for name in names:
            value = row.get(name)
            if value in (None, ""):
                continue
            if not isinstance(value, (str, int, float)) or isinstance(value, bool):
                raise ArticleError(f'{where}: the "{name}" field must be text.')
            return str(value).strip()
        return ""

    return ArticleInput(
        text=text,
        title=field_text("title", "headline"),
        outlet=field_text("outlet", "publisher", "source"),
        url=field_text("url", "link") or None,
        date=field_text("date", "published", "published_at") or None,
        origin=where,
    )


def _jsonl_records(text: str, name: str) -> Iterator[Record]:
    for number, line in enumerate(text.split("\n"), 1):
        where = f"{name}:{number}"
        if not line.strip():
            continue
        try:
            yield Record(where, article=_from_mapping(json.loads(line), where))
        except json.JSONDecodeError as exc:
            yield Record(where, error=f"{where}: not valid JSON ({exc.msg}).")
        except RecursionError:
            yield Record(where, error=f"{where}: not valid JSON (nested too deeply).")
        except ArticleError as exc:
            yield Record(where, error=str(exc))


def _csv_records(text: str, name: str) -> Iterator[Record]:
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "text" not in [f.strip().lower() for f in reader.fieldnames]:
        yield Record(name, error=f'{name}: the CSV needs a header row with a "text" column.')
        return
    for row in reader:
        where = f"{name}:{reader.line_num}"
        if None in row:
            yield Record(where, error=f"{where}: the row has more fields than the header.")
            continue
        clean = {(k or "").strip().lower(): v for k, v in row.items()}
        try:
            yield Record(where, article=_from_mapping(clean, where))
        except ArticleError as exc:
            yield Record(where, error=str(exc))


def records_from_bytes(name: str, data: bytes) -> Iterator[Record]:
    """Every article in one uploaded or local file, by its suffix."""
    lower = name.lower()
    if not lower.endswith(SUPPORTED_SUFFIXES):
        yield Record(
            name, error=f"{name}: unsupported file type; use {', '.join(SUPPORTED_SUFFIXES)}."
        )
        return
    try:
        text, warning = decode_noted(data, name)
    except ArticleError as exc:
        yield Record(name, error=str(exc))
        return
    for number, record in enumerate(_records_of_text(name, text)):
        # The decoding warning once per file, on its first record.
        yield dataclasses.replace(record, warning=warning) if warning and not number else record


def _records_of_text(name: str, text: str) -> Iterator[Record]:
    lower = name.lower()
    if lower.endswith((".jsonl", ".ndjson")):
        yield from _jsonl_records(text, name)
    elif lower.endswith(".csv"):
        yield from _csv_records(text, name)
    elif lower.endswith(HTML_SUFFIXES):
        article = html_article(text, name)
        if not article.text.strip():
            yield Record(name, error=f"{name}: no article text could be found in the HTML.")
        else:
            yield Record(name, article=article)
    else:
        yield Record(
            name, article=ArticleInput(text=text, title=_title_from_name(name), origin=name)
        )


def _title_from_name(name: str) -> str:
    """A title from a file name like "pompeo-at-asean.txt"; none from "004_9655ec19.txt"."""
    stem = re.sub(r"\.[A-Za-z]+$", "", name.rsplit("/", 1)[-1])
    words = stem.replace("_", " ").replace("-", " ").split()
    if sum(1 for w in words if w.isalpha() and len(w) > 2) < 2:
        return ""
    return " ".join(words)
