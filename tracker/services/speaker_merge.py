"""Speaker corrections: merge two speakers, split an alias off, rename or edit the role.

Merges and splits record in the Correction payload everything needed to put each row back as
it was (the removed speaker's fields and id, the aliases and quotations that moved), so undo
restores the previous state exactly rather than approximately.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import F

from tracker.models import Correction, Quotation, Speaker, SpeakerAlias, SpeakerRedirect
from tracker.names import normalise_name
from tracker.services.corrections import (
    ConflictError,
    CorrectionError,
    audit,
    refresh_statements,
    speaker_ref,
    versioned_update,
)
from tracker.services.generation import writes
from tracker.services.speakers import add_alias, create_speaker, refresh_family_key

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


def ensure_alias(speaker: Speaker, name: str) -> SpeakerAlias | None:
    """Make `name` an alias of `speaker` when no speaker holds it yet; return the new row."""
    return add_alias(speaker, name, by_editor=True)


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
                    "first_date": role.first_date.isoformat() if role.first_date else None,
                    "last_date": role.last_date.isoformat() if role.last_date else None,
                    "articles": role.articles,
                }
            )
        else:
            moved.append(role.pk)
    other.roles.filter(pk__in=moved).update(speaker=keep)
    return moved, dropped


@writes
def merge_speakers(
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
    snapshot: dict[str, Any] = {f: getattr(other, f) for f in SPEAKER_SNAPSHOT}
    snapshot["created_at"] = snapshot["created_at"].isoformat()
    snapshot["version"] = other_version
    old_ref = speaker_ref(other)
    alias_ids = list(other.aliases.values_list("id", flat=True))
    quotation_ids = list(other.quotations.values_list("id", flat=True))
    statement_ids = set(other.quotations.values_list("statement_id", flat=True))

    other.aliases.update(speaker=keep)
    other.quotations.update(speaker=keep, version=F("version") + 1)
    created_alias = ensure_alias(keep, other.name)
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


@writes
def split_alias(
    alias: SpeakerAlias, *, seen_version: int, by: AbstractBaseUser | None, reason: str = ""
) -> Correction:
    """The alias names someone else: give it its own speaker, with the extracted quotations
    whose speaker mention is that name (confirmed or corrected ones stay where people put them)."""
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
    refresh_statements(
        Quotation.objects.filter(pk__in=moving).values_list("statement_id", flat=True)
    )
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


@writes
def edit_speaker(
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
    """Rename a speaker or edit their role, kind, external id or affiliation (the fields the
    registry file holds). The URL (slug) stays, so links keep working, and both names stay
    aliases so re-extraction still finds the speaker. None leaves a field as it is."""
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
        if not Speaker.objects.filter(pk=speaker.pk, version=seen_version).exists():
            raise ConflictError(Speaker.objects.get(pk=speaker.pk))
        return []
    old = {k: getattr(speaker, k) for k in changed}
    versioned_update(speaker, seen_version, **changed)
    if "name" in changed or "kind" in changed:
        refresh_family_key(speaker.pk)
    created = []
    if "name" in changed:
        aliases = (ensure_alias(speaker, old["name"]), ensure_alias(speaker, changed["name"]))
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
