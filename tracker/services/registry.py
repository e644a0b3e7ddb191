"""A speaker registry newsrooms can seed: import and export speakers as CSV.

Columns: name, aliases, kind, roles, external_id, affiliation. Aliases and roles are
separated by ";"; a role may carry its dates: "U.S. Secretary of State (2018-2021)" or
"(2018-04-26 to 2021-01-20)". Registered speakers are matched before any other, so the
next articles attach to them. A bad row is refused with its file, line and field, and
changes nothing; the other rows go on.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from tracker.identity.names import clean_role
from tracker.models import Speaker, SpeakerAlias, SpeakerRole
from tracker.names import normalise_name
from tracker.services.generation import writes
from tracker.services.speakers import (
    add_alias,
    create_speaker,
    find_speaker,
    same_role,
    unique_slug,
)

COLUMNS = ("name", "aliases", "kind", "roles", "external_id", "affiliation")
_DATED = re.compile(r"^(?P<title>.*?)\s*\((?P<first>[\d-]+)\s*(?:-|–|to)\s*(?P<last>[\d-]*)\)$")
_DAY = re.compile(r"^\d{4}(-\d{2}-\d{2})?$")
_EXTERNAL_ID = re.compile(r"^\S{1,100}$")


class RowError(ValueError):
    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column


@dataclass(frozen=True)
class RoleSpec:
    title: str
    first: dt.date | None = None
    last: dt.date | None = None


@dataclass(frozen=True)
class Row:
    name: str
    aliases: tuple[str, ...]
    kind: str
    roles: tuple[RoleSpec, ...]
    external_id: str
    affiliation: str


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return f"{self.created} created, {self.updated} updated, {len(self.errors)} refused"


def _day(text: str, end: bool) -> dt.date | None:
    if not text:
        return None
    if not _DAY.match(text):
        raise ValueError(text)
    if len(text) == 4:
        return dt.date(int(text), 12, 31) if end else dt.date(int(text), 1, 1)
    return dt.date.fromisoformat(text)


def _role(text: str) -> RoleSpec:
    match = _DATED.match(text)
    title, first, last = (text, "", "") if not match else match.group("title", "first", "last")
    try:
        start, end = _day(first, False), _day(last, True)
    except ValueError:
        raise RowError(
            "roles", f"role “{text}” has dates that are not YYYY or YYYY-MM-DD"
        ) from None
    if start and end and end < start:
        raise RowError("roles", f"role “{text}” ends before it starts")
    cleaned = clean_role(title)
    if not cleaned:
        raise RowError("roles", f"“{title}” is not a role (an office or a job)")
    return RoleSpec(cleaned, start, end)


def parse_row(values: dict[str, str | None]) -> Row:
    """Check one CSV row; raise RowError naming the column at fault."""
    get = {c: " ".join((values.get(c) or "").split()) for c in COLUMNS}
    if not get["name"]:
        raise RowError("name", "a speaker needs a name")
    if len(get["name"]) > 200:
        raise RowError("name", "longer than 200 characters")
    kind = get["kind"].lower() or Speaker.Kind.PERSON
    if kind == "organization":
        kind = Speaker.Kind.ORGANISATION
    if kind not in Speaker.Kind.values:
        raise RowError("kind", f"“{get['kind']}” is not one of: person, organisation")
    aliases = tuple(a.strip() for a in get["aliases"].split(";") if a.strip())
    if any(len(a) > 200 for a in aliases):
        raise RowError("aliases", "an alias is longer than 200 characters")
    roles = tuple(_role(r.strip()) for r in get["roles"].split(";") if r.strip())
    if get["external_id"] and not _EXTERNAL_ID.match(get["external_id"]):
        raise RowError("external_id", "an id is one word of at most 100 characters")
    if len(get["affiliation"]) > 200:
        raise RowError("affiliation", "longer than 200 characters")
    return Row(get["name"], aliases, kind, roles, get["external_id"], get["affiliation"])


def _match(row: Row) -> Speaker | None:
    if row.external_id:
        found = Speaker.objects.filter(external_id=row.external_id).first()
        if found:
            return found
    for name in (row.name, *row.aliases):
        if found := find_speaker(name, row.kind):
            return found
    return None


@writes
def apply_row(row: Row) -> tuple[Speaker, bool]:
    """Store one registry row: the known speaker is updated, else a new one is made."""
    speaker = _match(row)
    created = speaker is None
    if speaker is None:
        speaker = create_speaker(row.name, row.kind)
    for alias in (row.name, *row.aliases):
        holder = SpeakerAlias.objects.filter(normalised=normalise_name(alias)).first()
        if holder and holder.speaker_id != speaker.pk:
            raise RowError("aliases", f"“{alias}” is already a name of {holder.speaker.name}")
        add_alias(speaker, alias, by_editor=True)
    for spec in row.roles:
        role = same_role(speaker, spec.title) or SpeakerRole.objects.create(
            speaker=speaker, title=spec.title
        )
        role.first_date = (
            min(d for d in (role.first_date, spec.first) if d) if spec.first else (role.first_date)
        )
        role.last_date = (
            max(d for d in (role.last_date, spec.last) if d) if spec.last else (role.last_date)
        )
        role.save()
    speaker.registered = True
    speaker.external_id = row.external_id or speaker.external_id
    speaker.affiliation = row.affiliation or speaker.affiliation
    latest = speaker.roles.first()
    if latest:
        speaker.role = latest.title
    if not speaker.slug:
        speaker.slug = unique_slug(speaker.name)
    speaker.save()
    return speaker, created


def import_csv(text: str, name: str) -> ImportReport:
    """Import every row of a registry CSV; bad rows are listed and change nothing."""
    report = ImportReport()
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in ("name",) if c not in (reader.fieldnames or [])]
    if missing:
        report.errors.append(f"{name}:1: column “name” is missing (columns: {', '.join(COLUMNS)})")
        return report
    unknown = [c for c in reader.fieldnames or [] if c not in COLUMNS]
    if unknown:
        report.errors.append(f"{name}:1: unknown column “{unknown[0]}”")
        return report
    for values in reader:
        line = reader.line_num
        try:
            _, created = apply_row(parse_row(values))
        except RowError as exc:
            report.errors.append(f"{name}:{line}: {exc.column}: {exc}")
            continue
        if created:
            report.created += 1
        else:
            report.updated += 1
    return report


def _role_text(role: SpeakerRole) -> str:
    if not (role.first_date or role.last_date):
        return role.title
    first = role.first_date.isoformat() if role.first_date else ""
    last = role.last_date.isoformat() if role.last_date else ""
    return f"{role.title} ({first} to {last})"


def export_rows(speakers: Iterable[Speaker]) -> Iterable[list[str]]:
    yield list(COLUMNS)
    for speaker in speakers:
        aliases = [a.alias for a in speaker.aliases.all() if a.alias != speaker.name]
        roles = [_role_text(r) for r in speaker.roles.all()]
        yield [
            speaker.name,
            "; ".join(aliases),
            speaker.kind,
            "; ".join(roles),
            speaker.external_id,
            speaker.affiliation,
        ]


def export_csv(out: io.TextIOBase) -> int:
    """Write every speaker in the import format; return how many."""
    writer = csv.writer(out)
    count = -1
    speakers = Speaker.objects.order_by("name", "pk").prefetch_related("aliases", "roles")
    for count, row in enumerate(export_rows(speakers)):  # noqa: B007
        writer.writerow(row)
    return max(count, 0)
