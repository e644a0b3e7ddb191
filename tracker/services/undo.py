"""Undo one correction, itself audited.

Each reversal is a conditional UPDATE that only matches while the row still holds the value the
correction wrote: if someone changed it since, undo raises ConflictError instead of silently
throwing their later change away (undo that one first).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import models
from django.db.models import F

from tracker.models import (
    Correction,
    Quotation,
    Source,
    Speaker,
    SpeakerAlias,
    SpeakerRedirect,
    SpeakerRole,
    Statement,
)
from tracker.services import linking
from tracker.services.corrections import (
    ConflictError,
    CorrectionError,
    audit,
    quotation_changes,
    refresh_statements,
)
from tracker.services.generation import writes
from tracker.services.speakers import refresh_family_key

TARGETS: dict[str, type[models.Model]] = {
    "quotation": Quotation,
    "speaker": Speaker,
    "source": Source,
    "statement": Statement,
}


def _changed_since(model: type[models.Model], pk: int) -> ConflictError:
    current = model.objects.filter(pk=pk).first()
    return ConflictError(
        current or model(pk=pk),
        f"This {model._meta.verbose_name} changed after that correction; "
        "undo the later changes first.",
    )


def _revert(model: type[models.Model], pk: int, expect: dict[str, Any], **values: Any) -> None:
    """Set `values` on row `pk` only if it still matches `expect`; else raise a conflict."""
    if not model.update_if(pk, expect, **values):
        raise _changed_since(model, pk)


@dataclass(frozen=True)
class Reversal:
    """How one kind of correction is undone: `revert(correction, by)`, and the payload keys
    the service that made the change writes into its audit row and `revert` reads (checked
    before reverting, so a row that lacks one is refused with a message, not a KeyError).
    The action's label is its Correction.Action label."""

    action: Correction.Action
    revert: Callable[[Correction, AbstractBaseUser | None], None]
    payload: tuple[str, ...] = ()


REVERSALS: dict[str, Reversal] = {}


def reverses(*actions: Correction.Action, payload: tuple[str, ...] = ()):
    """Register the decorated function as the reversal of `actions`."""

    def register(revert: Callable[[Correction, AbstractBaseUser | None], None]):
        for action in actions:
            REVERSALS[action] = Reversal(action, revert, payload)
        return revert

    return register


# Quotations -----------------------------------------------------------------------------------


@reverses(Correction.Action.REATTRIBUTE, payload=("speaker_id", "quotations"))
def _undo_reattribute(c: Correction, by: AbstractBaseUser | None) -> None:
    new_id = c.payload["speaker_id"]
    for row in c.payload["quotations"]:
        _revert(
            Quotation,
            row["id"],
            {"speaker_id": new_id},
            **quotation_changes(by, speaker_id=row["speaker_id"], attribution_status=row["status"]),
        )
    created = c.payload.get("created_speaker_id")
    if created and not Quotation.objects.filter(speaker_id=created).exists():
        Speaker.objects.filter(pk=created).delete()
    refresh_statements(
        Quotation.objects.filter(pk__in=[r["id"] for r in c.payload["quotations"]]).values_list(
            "statement_id", flat=True
        )
    )


@reverses(Correction.Action.CONFIRM)
def _undo_confirm(c: Correction, by: AbstractBaseUser | None) -> None:
    _revert(
        Quotation,
        c.target_id,
        {"attribution_status": c.new_value},
        **quotation_changes(by, attribution_status=c.old_value),
    )


@reverses(Correction.Action.NOT_A_QUOTE, Correction.Action.RESTORE_QUOTE)
def _undo_not_a_quote(c: Correction, by: AbstractBaseUser | None) -> None:
    _revert(
        Quotation,
        c.target_id,
        {"not_a_quote": c.new_value},
        **quotation_changes(by, not_a_quote=c.old_value),
    )
    refresh_statements(
        Quotation.objects.filter(pk=c.target_id).values_list("statement_id", flat=True)
    )


@reverses(Correction.Action.EDIT_SPAN, payload=("span_edited",))
def _undo_span(c: Correction, by: AbstractBaseUser | None) -> None:
    old, new = c.old_value, c.new_value
    _revert(
        Quotation,
        c.target_id,
        {"start": new["start"], "end": new["end"]},
        **quotation_changes(
            by,
            start=old["start"],
            end=old["end"],
            text=old["text"],
            span_edited=c.payload["span_edited"],
        ),
    )


@reverses(Correction.Action.CREATE_QUOTE)
def _undo_create_quote(c: Correction, by: AbstractBaseUser | None) -> None:
    """Remove a quotation an editor marked by hand (tracker.services.spans.create_quotation).
    The statement it joined is counted again; one it alone made is deleted with it."""
    quotation = Quotation.objects.select_for_update().filter(pk=c.target_id).first()
    if quotation is None:
        raise CorrectionError("That quotation no longer exists; nothing to remove.")
    later = Correction.objects.filter(pk__gt=c.pk, undone_by=None)
    # A statement merge moved it with its statement: that undo needs it back where it was.
    merged = any(
        row["id"] == c.target_id
        for payload in later.filter(action=Correction.Action.MERGE_STATEMENTS).values_list(
            "payload", flat=True
        )
        for row in payload.get("quotations", [])
    )
    # A reattribution through its statement (the row is on another quotation) shows in its
    # state: a speaker, a status.
    as_created = (
        (quotation.start, quotation.end) == (c.new_value["start"], c.new_value["end"])
        and quotation.speaker_id is None
        and quotation.attribution_status == Quotation.Status.AUTO
        and not quotation.not_a_quote
    )
    own = later.filter(target_type="quotation", target_id=c.target_id).exclude(
        action=Correction.Action.UNDO
    )
    if merged or not as_created or own.exists():
        raise _changed_since(Quotation, c.target_id)
    statement_id = quotation.statement_id
    quotation.delete()
    refresh_statements([statement_id])


@reverses(Correction.Action.LINK, Correction.Action.UNLINK, payload=("statement_locked",))
def _undo_link(c: Correction, by: AbstractBaseUser | None) -> None:
    # A statement emptied by the change was deleted with it: made again here.
    if c.old_value is not None and not linking.restore_statement(c.old_value):
        raise _changed_since(Statement, c.old_value)
    _revert(
        Quotation,
        c.target_id,
        {"statement_id": c.new_value},
        **quotation_changes(
            by, statement_id=c.old_value, statement_locked=c.payload["statement_locked"]
        ),
    )
    refresh_statements([c.old_value, c.new_value])


@reverses(Correction.Action.MERGE_STATEMENTS, payload=("statement", "quotations"))
def _undo_merge_statements(c: Correction, by: AbstractBaseUser | None) -> None:
    saved = dict(c.payload["statement"])
    if Statement.objects.filter(pk=saved["id"]).exists():
        raise CorrectionError("That statement exists again; nothing to restore.")
    if saved["kind"] == Statement.Kind.UTTERANCE:
        # Refreshing sets the display text back and posts its linking keys again.
        saved["text"] = ""
    Statement.objects.create(**saved)
    for row in c.payload["quotations"]:
        _revert(
            Quotation,
            row["id"],
            {"statement_id": c.target_id},
            statement_id=saved["id"],
            statement_locked=row["statement_locked"],
        )
    Quotation.objects.filter(pk__in=c.payload.get("unlocked", [])).update(statement_locked=False)
    refresh_statements([c.target_id, saved["id"]])


# Sources --------------------------------------------------------------------------------------


@reverses(
    Correction.Action.EDIT_TITLE, Correction.Action.EDIT_OUTLET, Correction.Action.EDIT_PUBLISHED
)
def _undo_source_field(c: Correction, by: AbstractBaseUser | None) -> None:
    field = c.field
    old, new = c.old_value, c.new_value
    extra = {}
    if field == "published":
        old = datetime.date.fromisoformat(old) if old else None
        new = datetime.date.fromisoformat(new) if new else None
        extra["date_origin"] = c.payload["date_origin"]
    _revert(Source, c.target_id, {field: new}, **{field: old}, **extra)
    if field == "published":
        Quotation.objects.filter(source_id=c.target_id).update(published=old)
        refresh_statements(
            Quotation.objects.filter(source_id=c.target_id).values_list("statement_id", flat=True)
        )


# Speakers -------------------------------------------------------------------------------------


@reverses(
    Correction.Action.MERGE_SPEAKERS,
    payload=("speaker", "quotation_ids", "created_alias_id", "alias_ids"),
)
def _undo_merge_speakers(c: Correction, by: AbstractBaseUser | None) -> None:
    saved = dict(c.payload["speaker"])
    if (
        Speaker.objects.filter(pk=saved["id"]).exists()
        or Speaker.objects.filter(slug=saved["slug"]).exists()
    ):
        raise CorrectionError("A speaker with that id or address exists again; nothing to restore.")
    restored = Speaker.objects.create(**saved)
    quotation_ids = c.payload["quotation_ids"]
    moved = Quotation.objects.filter(pk__in=quotation_ids, speaker_id=c.target_id).update(
        speaker=restored, version=F("version") + 1
    )
    if moved != len(quotation_ids):
        raise _changed_since(Speaker, c.target_id)
    SpeakerAlias.objects.filter(pk=c.payload["created_alias_id"] or 0).delete()
    SpeakerAlias.objects.filter(pk__in=c.payload["alias_ids"], speaker_id=c.target_id).update(
        speaker=restored
    )
    # The old address is the restored speaker's own again.
    SpeakerRedirect.objects.filter(pk=c.payload.get("redirect_id") or 0).delete()
    SpeakerRedirect.objects.filter(pk__in=c.payload.get("redirect_ids", [])).update(
        speaker=restored
    )
    SpeakerRole.objects.filter(pk__in=c.payload.get("role_ids", [])).update(speaker=restored)
    SpeakerRole.objects.bulk_create(
        SpeakerRole(speaker=restored, **role) for role in c.payload.get("dropped_roles", [])
    )
    Speaker.objects.filter(pk=c.target_id).update(version=F("version") + 1)
    refresh_statements(
        Quotation.objects.filter(pk__in=quotation_ids).values_list("statement_id", flat=True)
    )


@reverses(Correction.Action.SPLIT_ALIAS, payload=("new_speaker_id", "quotation_ids"))
def _undo_split_alias(c: Correction, by: AbstractBaseUser | None) -> None:
    new_id, ids = c.payload["new_speaker_id"], c.payload["quotation_ids"]
    if Quotation.objects.filter(speaker_id=new_id).exclude(pk__in=ids).exists() or (
        Quotation.objects.filter(pk__in=ids, speaker_id=new_id).count() != len(ids)
    ):
        raise _changed_since(Speaker, new_id)
    Quotation.objects.filter(pk__in=ids).update(
        speaker_id=c.target_id, attribution_status=Quotation.Status.AUTO, version=F("version") + 1
    )
    SpeakerAlias.objects.filter(speaker_id=new_id).update(speaker_id=c.target_id)
    Speaker.objects.filter(pk=new_id).delete()
    Speaker.objects.filter(pk=c.target_id).update(version=F("version") + 1)
    refresh_statements(Quotation.objects.filter(pk__in=ids).values_list("statement_id", flat=True))


@reverses(
    Correction.Action.EDIT_NAME,
    Correction.Action.EDIT_ROLE,
    Correction.Action.EDIT_KIND,
    Correction.Action.EDIT_EXTERNAL_ID,
    Correction.Action.EDIT_AFFILIATION,
)
def _undo_speaker_field(c: Correction, by: AbstractBaseUser | None) -> None:
    _revert(Speaker, c.target_id, {c.field: c.new_value}, **{c.field: c.old_value})
    SpeakerAlias.objects.filter(pk__in=c.payload.get("created_alias_ids", [])).delete()
    refresh_family_key(c.target_id)


def latest_change(target_type: str, pk: int) -> Correction | None:
    """The newest change to a record (not an undo), for the Undo offered on its page."""
    return (
        Correction.objects.filter(target_type=target_type, target_id=pk)
        .exclude(action=Correction.Action.UNDO)
        .select_related("user")
        .first()
    )


def can_undo(correction: Correction) -> bool:
    return correction.undone_by_id is None and correction.action in REVERSALS


@writes
def undo(correction: Correction, *, by: AbstractBaseUser | None, reason: str = "") -> Correction:
    """Reverse one correction and record the reversal; raises ConflictError if the row has
    changed since, CorrectionError if it cannot be undone (already undone, or an undo)."""
    # Lock the row so two editors clicking Undo at once cannot both reverse it.
    correction = Correction.objects.select_for_update().get(pk=correction.pk)
    if correction.undone_by_id is not None:
        raise CorrectionError("That change has already been undone.")
    reversal = REVERSALS.get(correction.action)
    if reversal is None:
        raise CorrectionError("An undo cannot itself be undone; make the change again instead.")
    if missing := [key for key in reversal.payload if key not in correction.payload]:
        raise CorrectionError(f"This change lacks what undoing it needs ({', '.join(missing)}).")
    reversal.revert(correction, by)
    target = TARGETS[correction.target_type](pk=correction.target_id)
    row = audit(
        by,
        Correction.Action.UNDO,
        target,
        correction.field,
        correction.new_value,
        correction.old_value,
        reason,
        {"undoes": correction.pk, "undone_action": correction.action},
    )
    correction.undone_by = row
    correction.save(update_fields=["undone_by"])
    return row
