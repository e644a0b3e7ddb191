"""Corrections as a registry: each action's label (Correction.Action) and reversal with its
payload (tracker.services.undo.REVERSALS) are declared once; undo and history read them."""

from __future__ import annotations

import pytest

from tracker.models import Correction, Quotation
from tracker.services.corrections import CorrectionError, confirm_attribution
from tracker.services.undo import REVERSALS, can_undo, undo
from tracker.templatetags.correction_tags import change_label


def test_every_action_but_undo_has_a_reversal():
    assert set(REVERSALS) == set(Correction.Action) - {Correction.Action.UNDO}
    for action, reversal in REVERSALS.items():
        assert reversal.action == action and callable(reversal.revert)


def test_history_labels_are_the_actions_labels():
    for action in Correction.Action:
        assert change_label(Correction(action=action)) == action.label
    assert change_label(Correction(action="retired_action")) == "Retired action"


@pytest.mark.django_db
def test_a_row_without_the_payload_its_reversal_needs_is_refused_with_a_message(
    founding_articles, editor
):
    quotation = Quotation.objects.exclude(speaker=None).first()
    confirm_attribution(quotation, seen_version=quotation.version, by=editor)
    row = Correction.objects.get(action=Correction.Action.CONFIRM)
    assert can_undo(row)
    broken = Correction.objects.create(
        action=Correction.Action.EDIT_SPAN, target_type="quotation", target_id=quotation.pk
    )
    with pytest.raises(CorrectionError, match="span_edited"):
        undo(broken, by=editor)
    undone = undo(row, by=editor)
    assert undone.action == Correction.Action.UNDO and not can_undo(undone)


def test_the_audit_log_can_filter_by_every_action():
    from tracker.correction_forms import ACTIONS

    assert {name for name, _ in ACTIONS if name} == set(Correction.Action)
