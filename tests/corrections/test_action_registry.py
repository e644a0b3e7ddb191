"""Corrections as a registry (tracker.services.actions): each action is one class holding its
label, payload keys, apply and revert; undo, history labels and the audit log read it."""

from __future__ import annotations

import inspect

import pytest

from tracker.models import Correction, Quotation
from tracker.services.actions import REGISTRY, Change, Confirm, Undo, can_undo
from tracker.services.corrections import CorrectionError
from tracker.templatetags.correction_tags import action_label, change_label


def _kinds(cls: type) -> list[type]:
    return [k for sub in cls.__subclasses__() for k in (sub, *_kinds(sub))]


def test_every_action_has_exactly_one_entry_with_a_label_payload_apply_and_revert():
    assert set(REGISTRY) == set(Correction.Action)
    owners = [action for change in _kinds(Change) for action in change.actions]
    assert sorted(owners) == sorted(Correction.Action)  # one class per action, no more
    for action, change in REGISTRY.items():
        assert action.label and change.actions[action], action
        assert isinstance(change.payload, tuple) and all(isinstance(k, str) for k in change.payload)
        assert callable(change.apply) and change.describe(Correction(action=action)), action
        # The forward change runs in one transaction that bumps the data generation.
        assert hasattr(change.apply, "__wrapped__"), f"{action}: apply is not @writes"
        if action == Correction.Action.UNDO:
            assert change.revert is None and "cannot be undone" in inspect.getdoc(change)
        else:
            assert list(inspect.signature(change.revert).parameters) == ["c", "by"], action


def test_a_second_class_for_a_registered_action_is_refused():
    with pytest.raises(TypeError, match="registered twice"):
        type("Again", (Change,), {"actions": {Correction.Action.CONFIRM: "Confirmed again"}})
    assert REGISTRY[Correction.Action.CONFIRM] is Confirm


def test_history_labels_are_the_actions_labels():
    for action in Correction.Action:
        assert change_label(Correction(action=action)) == action.label
        assert action_label(action) == REGISTRY[action].actions[action]
    assert change_label(Correction(action="retired_action")) == "Retired action"
    assert action_label("retired_action") == "Retired action"
    assert not can_undo(Correction(action="retired_action"))


@pytest.mark.django_db
def test_a_row_without_the_payload_its_reversal_needs_is_refused_with_a_message(
    founding_articles, editor
):
    quotation = Quotation.objects.exclude(speaker=None).first()
    Confirm.apply(quotation, seen_version=quotation.version, by=editor)
    row = Correction.objects.get(action=Correction.Action.CONFIRM)
    assert can_undo(row)
    broken = Correction.objects.create(
        action=Correction.Action.EDIT_SPAN, target_type="quotation", target_id=quotation.pk
    )
    with pytest.raises(CorrectionError, match="span_edited"):
        Undo.apply(broken, by=editor)
    undone = Undo.apply(row, by=editor)
    assert undone.action == Correction.Action.UNDO and not can_undo(undone)
    with pytest.raises(CorrectionError, match="An undo cannot itself be undone"):
        Undo.apply(undone, by=editor)


def test_the_audit_log_can_filter_by_every_action():
    from tracker.correction_forms import ACTIONS

    assert [name for name, _ in ACTIONS if name] == list(Correction.Action)
    assert dict(ACTIONS)["reattribute"] == "Reattribution" and dict(ACTIONS)["undo"] == "Undone"
