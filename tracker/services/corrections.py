"""Editors' corrections to quotations and sources, each audited by a Correction row.

Every function runs in one transaction, takes the `version` the editor saw and changes the row
with a conditional UPDATE (`filter(pk=..., version=seen)`), so two editors changing the same
thing at once cannot overwrite each other: the second gets a ConflictError with the current row.
Each returns the Correction it wrote; `tracker.services.undo.undo()` reverses it.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import models
from django.db.models import F
from django.utils import timezone

from tracker.models import Correction, Quotation, Source, Speaker, Statement
from tracker.services import linking
from tracker.services.generation import writes
from tracker.services.speakers import create_speaker, find_speaker, record_role


class CorrectionError(ValueError):
    """The requested change makes no sense (an empty span, a speaker merged into itself)."""


class ConflictError(Exception):
    """Someone changed the row since the editor loaded it; `current` is its state now."""

    def __init__(self, current: models.Model, message: str = "") -> None:
        self.current = current
        super().__init__(
            message
            or f"Someone else changed this {current._meta.verbose_name} while you were "
            "editing it. Its current state is shown; make your change again if still needed."
        )


class Scope(models.TextChoices):
    """How far a reattribution reaches along the quotation's statement."""

    ONE = "one", "this quotation only"
    ARTICLE = "article", "every quotation of this statement in this article"
    ALL = "all", "every quotation of this statement in all articles"


def versioned_update(instance: models.Model, seen_version: int, **changes: Any) -> None:
    """UPDATE the row only if its version is still `seen_version`; else raise ConflictError."""
    model = type(instance)
    if not model.update_if(instance.pk, {"version": seen_version}, **changes):
        raise ConflictError(model.objects.get(pk=instance.pk))
    instance.refresh_from_db()


def audit(
    user: AbstractBaseUser | None,
    action: Correction.Action,
    target: models.Model,
    field: str = "",
    old: Any = None,
    new: Any = None,
    reason: str = "",
    payload: dict[str, Any] | None = None,
) -> Correction:
    return Correction.objects.create(
        user=user if user is not None and user.is_authenticated else None,
        action=action,
        target_type=target._meta.model_name,
        target_id=target.pk,
        field=field,
        old_value=old,
        new_value=new,
        reason=reason,
        payload=payload or {},
    )


def speaker_ref(speaker: Speaker | None) -> dict[str, Any] | None:
    """How a speaker appears in an audit row: readable now, resolvable by id later."""
    return {"id": speaker.pk, "name": speaker.name} if speaker else None


def refresh_statements(ids: Iterable[int | None]) -> None:
    """Recompute counts, dates and conflict flags of the statements whose members changed."""
    linking.refresh_statements(ids)


def quotation_changes(user: AbstractBaseUser | None, **changes: Any) -> dict[str, Any]:
    """`changes` to a quotation, with who made them (a signed-in user, or nobody) and when."""
    by = user if user is not None and user.is_authenticated else None
    return {**changes, "changed_by": by, "changed_at": timezone.now()}


# Quotations -----------------------------------------------------------------------------------


def new_speaker(name: str, role: str = "") -> tuple[Speaker, bool]:
    """The speaker an editor typed: an existing one by name or alias, else a new row."""
    name = " ".join(name.split())
    if not name:
        raise CorrectionError("Type the speaker's name.")
    existing = find_speaker(name, typed=True) or Speaker.objects.filter(name__iexact=name).first()
    if existing:
        return existing, False
    speaker = create_speaker(name)
    if role:
        record_role(speaker, role, None)
    return speaker, True


def _statement_siblings(quotation: Quotation, scope: str) -> list[Quotation]:
    if scope == Scope.ONE or quotation.statement_id is None:
        return []
    siblings = Quotation.objects.live().filter(statement_id=quotation.statement_id)
    if scope == Scope.ARTICLE:
        siblings = siblings.filter(source_id=quotation.source_id)
    return list(siblings.exclude(pk=quotation.pk))


@writes
def reattribute(
    quotation: Quotation,
    speaker: Speaker | None = None,
    *,
    seen_version: int,
    by: AbstractBaseUser | None,
    new_speaker_name: str = "",
    scope: str = Scope.ONE,
    reason: str = "",
) -> Correction:
    """Attribute a quotation (and optionally its statement's other quotations) to a speaker."""
    created_speaker = None
    if speaker is None:
        speaker, created = new_speaker(new_speaker_name)
        created_speaker = speaker if created else None
    old_speaker = quotation.speaker
    targets = [quotation, *_statement_siblings(quotation, scope)]
    before = [
        {"id": q.pk, "speaker_id": q.speaker_id, "status": q.attribution_status} for q in targets
    ]
    for target, version in [(quotation, seen_version), *((q, q.version) for q in targets[1:])]:
        if not target.reattribute(speaker, seen_version=version, by=by):
            raise ConflictError(Quotation.objects.get(pk=target.pk))
    refresh_statements(q.statement_id for q in targets)
    return audit(
        by,
        Correction.Action.REATTRIBUTE,
        quotation,
        "speaker",
        speaker_ref(old_speaker),
        speaker_ref(speaker),
        reason,
        {
            "quotations": before,
            "speaker_id": speaker.pk,
            "created_speaker_id": created_speaker.pk if created_speaker else None,
            "scope": scope,
        },
    )


@writes
def confirm_attribution(
    quotation: Quotation, *, seen_version: int, by: AbstractBaseUser | None, reason: str = ""
) -> Correction:
    """A person checked the attribution: it stays as it is through every re-run."""
    old = quotation.attribution_status
    versioned_update(
        quotation,
        seen_version,
        **quotation_changes(by, attribution_status=Quotation.Status.CONFIRMED),
    )
    return audit(
        by,
        Correction.Action.CONFIRM,
        quotation,
        "attribution_status",
        old,
        quotation.attribution_status,
        reason,
    )


@writes
def set_not_a_quote(
    quotation: Quotation,
    value: bool = True,
    *,
    seen_version: int,
    by: AbstractBaseUser | None,
    reason: str = "",
) -> Correction:
    """Flag (or restore) a span the extractor wrongly took for a quotation."""
    old = quotation.not_a_quote
    versioned_update(quotation, seen_version, **quotation_changes(by, not_a_quote=value))
    refresh_statements([quotation.statement_id])
    action = Correction.Action.NOT_A_QUOTE if value else Correction.Action.RESTORE_QUOTE
    return audit(by, action, quotation, "not_a_quote", old, value, reason)


@writes
def edit_span(
    quotation: Quotation,
    start: int,
    end: int,
    *,
    seen_version: int,
    by: AbstractBaseUser | None,
    reason: str = "",
) -> Correction:
    """Widen or narrow the quotation within its article; the text follows the span."""
    text = quotation.source.text
    if not 0 <= start < end <= len(text):
        raise CorrectionError(
            f"A span must lie within the article (0–{len(text)}) and not be empty."
        )
    if not text[start:end].strip():
        raise CorrectionError("The new span holds only white space.")
    old = {"start": quotation.start, "end": quotation.end, "text": quotation.text}
    was_edited = quotation.span_edited
    versioned_update(
        quotation,
        seen_version,
        **quotation_changes(by, start=start, end=end, text=text[start:end], span_edited=True),
    )
    new = {"start": start, "end": end, "text": quotation.text}
    payload = {"span_edited": was_edited}
    return audit(by, Correction.Action.EDIT_SPAN, quotation, "span", old, new, reason, payload)


# Sources --------------------------------------------------------------------------------------

SOURCE_FIELDS = ("title", "outlet", "published")


@writes
def edit_source(
    source: Source,
    *,
    seen_version: int,
    by: AbstractBaseUser | None,
    reason: str = "",
    **values: Any,
) -> list[Correction]:
    """Set or fix an article's title, outlet or date (one audit row per changed field)."""
    unknown = set(values) - set(SOURCE_FIELDS)
    if unknown:
        raise CorrectionError(f"Cannot edit {', '.join(sorted(unknown))} of an article.")
    changed = {k: v for k, v in values.items() if getattr(source, k) != v}
    if not changed:
        if Source.objects.filter(pk=source.pk, version=seen_version).exists():
            return []
        raise ConflictError(Source.objects.get(pk=source.pk))
    old = {k: getattr(source, k) for k in changed}
    old_origin = source.date_origin
    extra = {}
    if "published" in changed:
        extra["date_origin"] = (
            Source.DateOrigin.MANUAL if changed["published"] else Source.DateOrigin.NONE
        )
    versioned_update(source, seen_version, **changed, **extra)
    if "published" in changed:
        # The timeline index reads the copy on each quotation.
        Quotation.objects.filter(source=source).update(published=changed["published"])
        refresh_statements(
            source.quotations.exclude(statement=None).values_list("statement_id", flat=True)
        )
    payload = {"date_origin": old_origin}
    return [
        audit(
            by,
            Correction.Action.edit(field),
            source,
            field,
            _json(old[field]),
            _json(value),
            reason,
            payload,
        )
        for field, value in changed.items()
    ]


def _json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime.date) else value


# Statements -----------------------------------------------------------------------------------


@writes
def link_quotation(
    quotation: Quotation,
    statement: Statement | None,
    *,
    seen_version: int,
    by: AbstractBaseUser | None,
    reason: str = "",
) -> Correction:
    """Put a quotation into a statement (or take it out with statement=None), for good."""
    old = {"statement_id": quotation.statement_id, "locked": quotation.statement_locked}
    versioned_update(quotation, seen_version, **quotation_changes(by))
    # The linking service locks the link (relinking leaves it) and updates statement stats.
    if statement is None:
        linking.unlink_manually(quotation)
    else:
        linking.link_manually(quotation, statement)
    action = Correction.Action.LINK if statement else Correction.Action.UNLINK
    return audit(
        by,
        action,
        quotation,
        "statement",
        old["statement_id"],
        quotation.statement_id,
        reason,
        {"statement_locked": old["locked"]},
    )


def unlink_quotation(
    quotation: Quotation, *, seen_version: int, by: AbstractBaseUser | None, reason: str = ""
) -> Correction:
    return link_quotation(quotation, None, seen_version=seen_version, by=by, reason=reason)


STATEMENT_SNAPSHOT = ("text", "kind", "created_at", "updated_at")


@writes
def merge_statements(
    keep: Statement, other: Statement, *, by: AbstractBaseUser | None, reason: str = ""
) -> Correction:
    """Two statements are one: `other`'s quotations join `keep` (locked) and `other` goes."""
    if keep.pk == other.pk:
        raise CorrectionError("A statement cannot be merged into itself.")
    # Lock both rows in key order: A->B and B->A at the same time then queue instead of
    # deadlocking, and the second finds a statement gone and gets a conflict (409), not a
    # foreign key violation at COMMIT (500).
    rows = Statement.objects.select_for_update().filter(pk__in=[keep.pk, other.pk])
    locked = {s.pk: s for s in rows.order_by("pk")}
    if len(locked) < 2:
        survivor = next(iter(locked.values()), None)
        if survivor is None:
            raise CorrectionError("Both statements are gone; someone else changed them.")
        raise ConflictError(
            survivor,
            "Someone else merged one of these statements meanwhile. This is the statement "
            "now; merge again if still needed.",
        )
    keep, other = locked[keep.pk], locked[other.pk]
    members = list(other.quotations.values("id", "statement_locked"))
    kept = list(keep.quotations.filter(statement_locked=False).values_list("id", flat=True))
    snapshot = {f: _json(getattr(other, f)) for f in STATEMENT_SNAPSHOT}
    other_pk = other.pk
    Quotation.objects.filter(statement=other).update(version=F("version") + 1)
    linking.merge_statements(keep, other)
    return audit(
        by,
        Correction.Action.MERGE_STATEMENTS,
        keep,
        "statement",
        other_pk,
        keep.pk,
        reason,
        {"statement": {"id": other_pk, **snapshot}, "quotations": members, "unlocked": kept},
    )
