"""What every correction uses: its errors, the optimistic-concurrency update, the audit row.
The corrections themselves, each with its undo, are the registry in tracker.services.actions.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import models
from django.utils import timezone

from tracker.models import Correction, Speaker


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


def quotation_changes(user: AbstractBaseUser | None, **changes: Any) -> dict[str, Any]:
    """`changes` to a quotation, with who made them (a signed-in user, or nobody) and when."""
    by = user if user is not None and user.is_authenticated else None
    return {**changes, "changed_by": by, "changed_at": timezone.now()}
