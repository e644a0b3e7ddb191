"""Editors' corrections as a registry: each kind of change is one class holding its actions
(Correction.Action; the choice's label is how the history pages name it, the value here how the
audit log's filter does), the payload keys its audit row carries for undo, `apply` (the change,
audited), `revert` (its undo) and `describe` (how the audit log reads a row), side by side.

Every `apply` runs in one transaction (@writes), takes the `version` the editor saw and changes
the row with a conditional UPDATE, so two editors changing the same thing at once cannot
overwrite each other: the second gets a ConflictError with the current row. Each returns the
Correction it wrote; `Undo.apply` reverses one. Each reversal is a conditional UPDATE that only
matches while the row still holds the value the correction wrote: if someone changed it since,
undo raises ConflictError instead of silently throwing their later change away.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any, ClassVar

from django.apps import apps
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
from tracker.names import normalise_name
from tracker.services import linking
from tracker.services.corrections import (
    ConflictError,
    CorrectionError,
    Scope,
    audit,
    quotation_changes,
    speaker_ref,
    versioned_update,
)
from tracker.services.generation import writes
from tracker.services.linking import refresh_statements
from tracker.services.spans import check_span, snap
from tracker.services.speakers import (
    add_alias,
    create_speaker,
    find_speaker,
    record_role,
    refresh_family_key,
)

REGISTRY: dict[str, type[Change]] = {}


class Change:
    """One kind of correction. `actions`: each action it writes, with its name in the audit
    log's filter. `payload`: the keys `revert` reads from the audit row (checked before
    reverting, so a row that lacks one is refused with a message, not a KeyError). `revert`
    is None only for what cannot be undone (an undo). `describe(correction)`: the row in
    words, a template the audit log fills with {target}, {old} and {new} (and a statement
    link's {before} and {after}); `description` unless a row needs more."""

    actions: ClassVar[dict[Correction.Action, str]]
    payload: ClassVar[tuple[str, ...]] = ()
    apply: ClassVar[Callable[..., Any]]
    revert: ClassVar[Callable[[Correction, AbstractBaseUser | None], None] | None]
    description: ClassVar[str]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for action in cls.actions:
            if action in REGISTRY:
                raise TypeError(f"{action} is registered twice ({REGISTRY[action].__name__}).")
            REGISTRY[action] = cls

    @classmethod
    def describe(cls, c: Correction) -> str:
        return cls.description


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


def _refresh_statements_of(**lookup: Any) -> None:
    """Refresh the statements of the quotations that `lookup` (a filter) selects."""
    refresh_statements(Quotation.objects.filter(**lookup).values_list("statement_id", flat=True))


def _json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime.date) else value


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


class Reattribute(Change):
    actions = {Correction.Action.REATTRIBUTE: "Reattribution"}
    payload = ("speaker_id", "quotations")

    @staticmethod
    @writes
    def apply(
        quotation: Quotation,
        speaker: Speaker | None = None,
        *,
        seen_version: int,
        by: AbstractBaseUser | None,
        new_speaker_name: str = "",
        scope: str = Scope.ONE,
        reason: str = "",
    ) -> Correction:
        """Attribute a quotation (and optionally its statement's other quotations) to a
        speaker."""
        created_speaker = None
        if speaker is None:
            speaker, created = new_speaker(new_speaker_name)
            created_speaker = speaker if created else None
        old_speaker = quotation.speaker
        targets = [quotation, *_statement_siblings(quotation, scope)]
        before = [
            {"id": q.pk, "speaker_id": q.speaker_id, "status": q.attribution_status}
            for q in targets
        ]
        corrected = quotation_changes(
            by, speaker=speaker, attribution_status=Quotation.Status.CORRECTED
        )
        for target, version in [(quotation, seen_version), *((q, q.version) for q in targets[1:])]:
            versioned_update(target, version, **corrected)
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

    @staticmethod
    def revert(c: Correction, by: AbstractBaseUser | None) -> None:
        new_id = c.payload["speaker_id"]
        for row in c.payload["quotations"]:
            _revert(
                Quotation,
                row["id"],
                {"speaker_id": new_id},
                **quotation_changes(
                    by, speaker_id=row["speaker_id"], attribution_status=row["status"]
                ),
            )
        created = c.payload.get("created_speaker_id")
        if created and not Quotation.objects.filter(speaker_id=created).exists():
            Speaker.objects.filter(pk=created).delete()
        ids = [r["id"] for r in c.payload["quotations"]]
        _refresh_statements_of(pk__in=ids)

    @classmethod
    def describe(cls, c: Correction) -> str:
        if c.old_value is None:
            return "Attributed {target} to {new}"
        return "Reattributed {target} from {old} to {new}"


class Confirm(Change):
    actions = {Correction.Action.CONFIRM: "Speaker confirmed"}
    description = "Confirmed the speaker of {target}"

    @staticmethod
    @writes
    def apply(
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

    @staticmethod
    def revert(c: Correction, by: AbstractBaseUser | None) -> None:
        _revert(
            Quotation,
            c.target_id,
            {"attribution_status": c.new_value},
            **quotation_changes(by, attribution_status=c.old_value),
        )


class NotAQuote(Change):
    actions = {
        Correction.Action.NOT_A_QUOTE: "Not a quote",
        Correction.Action.RESTORE_QUOTE: "Restored as a quote",
    }

    @staticmethod
    @writes
    def apply(
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

    @staticmethod
    def revert(c: Correction, by: AbstractBaseUser | None) -> None:
        _revert(
            Quotation,
            c.target_id,
            {"not_a_quote": c.new_value},
            **quotation_changes(by, not_a_quote=c.old_value),
        )
        _refresh_statements_of(pk=c.target_id)

    @classmethod
    def describe(cls, c: Correction) -> str:
        if c.action == Correction.Action.NOT_A_QUOTE:
            return "Marked {target} as not a quote"
        return "Restored {target} as a quote"


class EditSpan(Change):
    actions = {Correction.Action.EDIT_SPAN: "Span changed"}
    description = "Changed the span of {target}: was {old}"
    payload = ("span_edited",)

    @staticmethod
    @writes
    def apply(
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

    @staticmethod
    def revert(c: Correction, by: AbstractBaseUser | None) -> None:
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


class CreateQuote(Change):
    """A quotation an editor marked by hand, by selecting it in the article reader."""

    actions = {Correction.Action.CREATE_QUOTE: "Quotation marked"}
    description = "Marked {target} as a quotation by selecting it in the article"

    @staticmethod
    @writes
    def apply(
        source: Source, start: int, end: int, *, by: AbstractBaseUser | None, reason: str = ""
    ) -> tuple[Quotation, Correction]:
        """Mark [start, end) of the article as a quotation the extractor missed. It has no
        speaker yet (the review queue asks for one); its span is an editor's, so re-extraction
        keeps it."""
        start, end = snap(source.text, start, end)
        check_span(source, start, end)
        if source.quotations.live().filter(start__lt=end, end__gt=start).exists():
            raise CorrectionError(
                "Part of this selection is already a quotation: change that one's span instead."
            )
        quotation = Quotation.objects.create(
            source=source,
            start=start,
            end=end,
            text=source.text[start:end],
            published=source.published,
            confidence=1.0,
            span_edited=True,
            **quotation_changes(by),
        )
        linking.link_quotations([quotation])
        new = {"start": start, "end": end, "text": quotation.text}
        # `statement_id` says which statement it joined or started.
        payload = {"source_id": source.pk, "statement_id": quotation.statement_id}
        row = audit(
            by, Correction.Action.CREATE_QUOTE, quotation, "span", None, new, reason, payload
        )
        return quotation, row

    @staticmethod
    def revert(c: Correction, by: AbstractBaseUser | None) -> None:
        """Remove the quotation. The statement it joined is counted again; one it alone made
        is deleted with it."""
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


# Statements -----------------------------------------------------------------------------------


class Link(Change):
    actions = {Correction.Action.LINK: "Linked", Correction.Action.UNLINK: "Unlinked"}
    payload = ("statement_locked",)

    @staticmethod
    @writes
    def apply(
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

    @staticmethod
    def revert(c: Correction, by: AbstractBaseUser | None) -> None:
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

    @classmethod
    def describe(cls, c: Correction) -> str:
        return f"{c.get_action_display()} {{target}}: from {{before}} to {{after}}"


STATEMENT_SNAPSHOT = ("text", "kind", "created_at", "updated_at")


class MergeStatements(Change):
    actions = {Correction.Action.MERGE_STATEMENTS: "Statements merged"}
    description = "Merged another statement into {target}"
    payload = ("statement", "quotations")

    @staticmethod
    @writes
    def apply(
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

    @staticmethod
    def revert(c: Correction, by: AbstractBaseUser | None) -> None:
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
        unlocked = c.payload.get("unlocked", [])
        Quotation.objects.filter(pk__in=unlocked).update(statement_locked=False)
        refresh_statements([c.target_id, saved["id"]])


# Sources --------------------------------------------------------------------------------------


class _EditField(Change):
    """Edits of a record's fields, one audit row (and action) per field."""

    actions = {}

    @classmethod
    def describe(cls, c: Correction) -> str:
        field = c.action.removeprefix("edit_").replace("published", "date")
        return f"Changed the {field} of {{target}} from {{old}} to {{new}}"

    @staticmethod
    def unchanged(record: models.Model, seen_version: int) -> list[Correction]:
        """Nothing to change: no audit rows, or a conflict if the record changed meanwhile."""
        model = type(record)
        if not model.objects.filter(pk=record.pk, version=seen_version).exists():
            raise ConflictError(model.objects.get(pk=record.pk))
        return []


class EditSource(_EditField):
    actions = {
        Correction.Action.EDIT_TITLE: "Title changed",
        Correction.Action.EDIT_OUTLET: "Outlet changed",
        Correction.Action.EDIT_PUBLISHED: "Date changed",
    }
    fields = ("title", "outlet", "published")

    @staticmethod
    @writes
    def apply(
        source: Source,
        *,
        seen_version: int,
        by: AbstractBaseUser | None,
        reason: str = "",
        **values: Any,
    ) -> list[Correction]:
        """Set or fix an article's title, outlet or date (one audit row per changed field)."""
        unknown = set(values) - set(EditSource.fields)
        if unknown:
            raise CorrectionError(f"Cannot edit {', '.join(sorted(unknown))} of an article.")
        changed = {k: v for k, v in values.items() if getattr(source, k) != v}
        if not changed:
            return _EditField.unchanged(source, seen_version)
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
            _refresh_statements_of(source=source)
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

    @staticmethod
    def revert(c: Correction, by: AbstractBaseUser | None) -> None:
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
            _refresh_statements_of(source_id=c.target_id)


# Speakers -------------------------------------------------------------------------------------
# Merges and splits record in the payload everything needed to put each row back as it was
# (the removed speaker's fields and id, the aliases and quotations that moved), so undo
# restores the previous state exactly rather than approximately.

SPEAKER_SNAPSHOT = (
    "name",
    "slug",
    "kind",
    "role",
    "family_key",
    "external_id",
    "affiliation",
    "registered",
    "created_at",
    "version",
)


def _move_roles(other: Speaker, keep: Speaker) -> tuple[list[int], list[dict[str, Any]]]:
    """Give `keep` the roles of `other`; a title both hold stays `keep`'s (and is returned as
    data, so undoing the merge gives it back to `other`)."""
    held = {title.lower() for title in keep.roles.values_list("title", flat=True)}
    moved, dropped = [], []
    for role in other.roles.all():
        if role.title.lower() in held:
            dropped.append(
                {
                    "title": role.title,
                    "first_date": _json(role.first_date),
                    "last_date": _json(role.last_date),
                    "articles": role.articles,
                }
            )
        else:
            moved.append(role.pk)
    other.roles.filter(pk__in=moved).update(speaker=keep)
    return moved, dropped


class MergeSpeakers(Change):
    actions = {Correction.Action.MERGE_SPEAKERS: "Speakers merged"}
    description = "Merged {old} into {target}"
    payload = ("speaker", "quotation_ids", "created_alias_id", "alias_ids")

    @staticmethod
    @writes
    def apply(
        keep: Speaker,
        other: Speaker,
        *,
        keep_version: int,
        other_version: int,
        by: AbstractBaseUser | None,
        reason: str = "",
    ) -> Correction:
        """`other` is the same person as `keep`: its quotations and aliases move, its name stays
        as an alias of `keep`, and the `other` row goes."""
        if keep.pk == other.pk:
            raise CorrectionError("A speaker cannot be merged into itself.")
        versioned_update(other, other_version)
        versioned_update(keep, keep_version)
        snapshot: dict[str, Any] = {f: _json(getattr(other, f)) for f in SPEAKER_SNAPSHOT}
        snapshot["version"] = other_version
        old_ref = speaker_ref(other)
        alias_ids = list(other.aliases.values_list("id", flat=True))
        quotation_ids = list(other.quotations.values_list("id", flat=True))
        statement_ids = set(other.quotations.values_list("statement_id", flat=True))

        other.aliases.update(speaker=keep)
        other.quotations.update(speaker=keep, version=F("version") + 1)
        created_alias = add_alias(keep, other.name, by_editor=True)
        role_ids, dropped_roles = _move_roles(other, keep)
        # The merged speaker's page (and pages already redirected to it) now lead to `keep`.
        redirects = SpeakerRedirect.objects.filter(speaker=other)
        redirect_ids = list(redirects.values_list("id", flat=True))
        redirects.update(speaker=keep)
        redirect, _ = SpeakerRedirect.objects.update_or_create(
            old_slug=other.slug, defaults={"speaker": keep}
        )
        other_pk = other.pk
        other.delete()
        refresh_statements(statement_ids)
        return audit(
            by,
            Correction.Action.MERGE_SPEAKERS,
            keep,
            "speaker",
            old_ref,
            speaker_ref(keep),
            reason,
            {
                "speaker": {"id": other_pk, **snapshot},
                "alias_ids": alias_ids,
                "quotation_ids": quotation_ids,
                "created_alias_id": created_alias.pk if created_alias else None,
                "role_ids": role_ids,
                "dropped_roles": dropped_roles,
                "redirect_ids": redirect_ids,
                "redirect_id": redirect.pk,
            },
        )

    @staticmethod
    def revert(c: Correction, by: AbstractBaseUser | None) -> None:
        saved = dict(c.payload["speaker"])
        if (
            Speaker.objects.filter(pk=saved["id"]).exists()
            or Speaker.objects.filter(slug=saved["slug"]).exists()
        ):
            raise CorrectionError(
                "A speaker with that id or address exists again; nothing to restore."
            )
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
        _refresh_statements_of(pk__in=quotation_ids)


class SplitAlias(Change):
    actions = {Correction.Action.SPLIT_ALIAS: "Name split off"}
    description = "Split {new} off {old}"
    payload = ("new_speaker_id", "quotation_ids")

    @staticmethod
    @writes
    def apply(
        alias: SpeakerAlias, *, seen_version: int, by: AbstractBaseUser | None, reason: str = ""
    ) -> Correction:
        """The alias names someone else: give it its own speaker, with the extracted quotations
        whose speaker mention is that name (confirmed or corrected ones stay where people put
        them)."""
        speaker = alias.speaker
        if speaker.aliases.count() < 2:
            raise CorrectionError("A speaker's only name cannot be split off.")
        versioned_update(speaker, seen_version)
        split_off = create_speaker(alias.alias, speaker.kind)
        moving = [
            pk
            for pk, mention in speaker.quotations.filter(
                attribution_status=Quotation.Status.AUTO
            ).values_list("id", "speaker_mention")
            if normalise_name(mention) == alias.normalised
        ]
        # Marked corrected: an editor decided who said these, so re-extraction keeps them.
        Quotation.objects.filter(pk__in=moving).update(
            speaker=split_off,
            attribution_status=Quotation.Status.CORRECTED,
            version=F("version") + 1,
        )
        SpeakerAlias.objects.filter(pk=alias.pk).update(speaker=split_off)
        _refresh_statements_of(pk__in=moving)
        return audit(
            by,
            Correction.Action.SPLIT_ALIAS,
            speaker,
            "alias",
            speaker_ref(speaker),
            speaker_ref(split_off),
            reason,
            {"alias_id": alias.pk, "new_speaker_id": split_off.pk, "quotation_ids": moving},
        )

    @staticmethod
    def revert(c: Correction, by: AbstractBaseUser | None) -> None:
        new_id, ids = c.payload["new_speaker_id"], c.payload["quotation_ids"]
        if Quotation.objects.filter(speaker_id=new_id).exclude(pk__in=ids).exists() or (
            Quotation.objects.filter(pk__in=ids, speaker_id=new_id).count() != len(ids)
        ):
            raise _changed_since(Speaker, new_id)
        Quotation.objects.filter(pk__in=ids).update(
            speaker_id=c.target_id,
            attribution_status=Quotation.Status.AUTO,
            version=F("version") + 1,
        )
        SpeakerAlias.objects.filter(speaker_id=new_id).update(speaker_id=c.target_id)
        Speaker.objects.filter(pk=new_id).delete()
        Speaker.objects.filter(pk=c.target_id).update(version=F("version") + 1)
        _refresh_statements_of(pk__in=ids)


class EditSpeaker(_EditField):
    actions = {
        Correction.Action.EDIT_NAME: "Renamed",
        Correction.Action.EDIT_ROLE: "Role changed",
        Correction.Action.EDIT_KIND: "Kind changed",
        Correction.Action.EDIT_EXTERNAL_ID: "External id changed",
        Correction.Action.EDIT_AFFILIATION: "Affiliation changed",
    }

    @staticmethod
    @writes
    def apply(
        speaker: Speaker,
        *,
        seen_version: int,
        by: AbstractBaseUser | None,
        reason: str = "",
        name: str | None = None,
        role: str | None = None,
        kind: str | None = None,
        external_id: str | None = None,
        affiliation: str | None = None,
    ) -> list[Correction]:
        """Rename a speaker or edit their role, kind, external id or affiliation (the fields
        the registry file holds). The URL (slug) stays, so links keep working, and both names
        stay aliases so re-extraction still finds the speaker. None leaves a field as it is."""
        changed = {}
        for field_name, value in (
            ("kind", kind),
            ("external_id", external_id),
            ("affiliation", affiliation),
        ):
            if value is not None and value.strip() != getattr(speaker, field_name):
                changed[field_name] = value.strip()
        if "kind" in changed and changed["kind"] not in Speaker.Kind.values:
            raise CorrectionError("A speaker is a person or an organisation.")
        if name is not None and " ".join(name.split()) != speaker.name:
            changed["name"] = " ".join(name.split())
            if not changed["name"]:
                raise CorrectionError("A speaker needs a name.")
        if role is not None and role.strip() != speaker.role:
            changed["role"] = role.strip()
        if not changed:
            return _EditField.unchanged(speaker, seen_version)
        old = {k: getattr(speaker, k) for k in changed}
        versioned_update(speaker, seen_version, **changed)
        if "name" in changed or "kind" in changed:
            refresh_family_key(speaker.pk)
        created = []
        if "name" in changed:
            names = (old["name"], changed["name"])
            aliases = [add_alias(speaker, each, by_editor=True) for each in names]
            created = [alias.pk for alias in aliases if alias]
        return [
            audit(
                by,
                Correction.Action.edit(field),
                speaker,
                field,
                old[field],
                value,
                reason,
                {"created_alias_ids": created if field == "name" else []},
            )
            for field, value in changed.items()
        ]

    @staticmethod
    def revert(c: Correction, by: AbstractBaseUser | None) -> None:
        _revert(Speaker, c.target_id, {c.field: c.new_value}, **{c.field: c.old_value})
        SpeakerAlias.objects.filter(pk__in=c.payload.get("created_alias_ids", [])).delete()
        refresh_family_key(c.target_id)


# Undo -----------------------------------------------------------------------------------------


class Undo(Change):
    """Reverses one correction, itself audited. An undo cannot be undone (revert is None):
    the editor makes the change again instead."""

    actions = {Correction.Action.UNDO: "Undone"}
    revert = None

    @staticmethod
    @writes
    def apply(
        correction: Correction, *, by: AbstractBaseUser | None, reason: str = ""
    ) -> Correction:
        """Reverse one correction and record the reversal; raises ConflictError if the row has
        changed since, CorrectionError if it cannot be undone (already undone, or an undo)."""
        # Lock the row so two editors clicking Undo at once cannot both reverse it.
        correction = Correction.objects.select_for_update().get(pk=correction.pk)
        if correction.undone_by_id is not None:
            raise CorrectionError("That change has already been undone.")
        change = REGISTRY.get(correction.action)
        if change is None or change.revert is None:
            raise CorrectionError("An undo cannot itself be undone; make the change again instead.")
        if missing := [key for key in change.payload if key not in correction.payload]:
            raise CorrectionError(
                f"This change lacks what undoing it needs ({', '.join(missing)})."
            )
        change.revert(correction, by)
        target = apps.get_model("tracker", correction.target_type)(pk=correction.target_id)
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

    @classmethod
    def describe(cls, c: Correction) -> str:
        if c.payload.get("undone_action") == Correction.Action.CREATE_QUOTE:
            return "Undid marking {target} as a quotation: it is removed"
        return "Undid a change to {target} (back to {new})"


def can_undo(correction: Correction) -> bool:
    change = REGISTRY.get(correction.action)
    return correction.undone_by_id is None and change is not None and change.revert is not None


def latest_change(target_type: str, pk: int) -> Correction | None:
    """The newest change to a record (not an undo), for the Undo offered on its page."""
    return (
        Correction.objects.filter(target_type=target_type, target_id=pk)
        .exclude(action=Correction.Action.UNDO)
        .select_related("user")
        .first()
    )
