"""Each quotation/source/statement correction: its effect, its audit row, its undo, conflicts."""

from __future__ import annotations

import datetime

import pytest

from tracker.models import Correction, Quotation, Source, Speaker, Statement
from tracker.services import actions
from tracker.services.actions import Undo
from tracker.services.corrections import ConflictError, CorrectionError, Scope


def fresh(obj):
    obj.refresh_from_db()
    return obj


def test_reattribute_moves_the_quotation_and_audits_it(world, editor):
    q = world.quote_he
    row = actions.Reattribute.apply(
        q, world.haley, seen_version=q.version, by=editor, reason="Haley said it"
    )

    q = fresh(q)
    assert q.speaker == world.haley
    assert q.attribution_status == Quotation.Status.CORRECTED
    assert q.changed_by == editor and q.version == 2
    assert (row.user, row.action, row.target_type, row.target_id) == (
        editor,
        "reattribute",
        "quotation",
        q.pk,
    )
    assert row.old_value == {"id": world.pompeo.pk, "name": "Mike Pompeo"}
    assert row.new_value == {"id": world.haley.pk, "name": "Nikki Haley"}
    assert row.reason == "Haley said it"


def test_undo_reattribute_restores_speaker_and_status_and_is_audited(world, editor):
    q = world.quote_he
    row = actions.Reattribute.apply(q, world.haley, seen_version=q.version, by=editor)
    undo_row = Undo.apply(row, by=editor)

    q = fresh(q)
    assert q.speaker == world.pompeo
    assert q.attribution_status == Quotation.Status.AUTO
    assert undo_row.action == "undo" and undo_row.payload["undoes"] == row.pk
    assert fresh(row).undone_by == undo_row
    with pytest.raises(CorrectionError):
        Undo.apply(row, by=editor)
    with pytest.raises(CorrectionError):
        Undo.apply(undo_row, by=editor)


def test_reattribute_to_a_new_speaker_creates_it_and_undo_removes_it(world, editor):
    q = world.quote_he
    row = actions.Reattribute.apply(
        q, seen_version=q.version, by=editor, new_speaker_name="  Kang  Kyung-wha "
    )
    kang = Speaker.objects.get(name="Kang Kyung-wha")
    assert fresh(q).speaker == kang
    assert kang.aliases.filter(normalised="kang kyung wha").exists()

    Undo.apply(row, by=editor)
    assert not Speaker.objects.filter(pk=kang.pk).exists()
    assert fresh(q).speaker == world.pompeo


def test_reattribute_by_typing_a_known_alias_reuses_that_speaker(world, editor):
    q = world.quote_he
    actions.Reattribute.apply(q, seen_version=q.version, by=editor, new_speaker_name="Haley")
    assert fresh(q).speaker == world.haley
    assert Speaker.objects.count() == 2


@pytest.mark.parametrize(
    ("scope", "moves_b"), [(Scope.ONE, False), (Scope.ARTICLE, False), (Scope.ALL, True)]
)
def test_reattribute_scope_reaches_the_statement_in_article_or_everywhere(
    world, editor, scope, moves_b
):
    q = world.quote_a
    row = actions.Reattribute.apply(q, world.haley, seen_version=q.version, by=editor, scope=scope)
    assert fresh(world.quote_a).speaker == world.haley
    assert (fresh(world.quote_b).speaker == world.haley) is moves_b
    assert fresh(world.statement).has_conflict is not moves_b

    Undo.apply(row, by=editor)
    assert fresh(world.quote_b).speaker == world.pompeo
    assert fresh(world.quote_b).attribution_status == Quotation.Status.AUTO


def test_a_stale_version_raises_a_conflict_showing_the_current_state(world, editor, reader):
    q = world.quote_he
    seen = q.version
    actions.Reattribute.apply(q, world.haley, seen_version=seen, by=editor)
    stale = Quotation.objects.get(pk=q.pk)
    stale.version = seen  # what the second editor's form still carries

    with pytest.raises(ConflictError) as err:
        actions.NotAQuote.apply(stale, seen_version=seen, by=editor)
    assert err.value.current.speaker == world.haley
    assert "changed" in str(err.value)
    q = fresh(q)
    assert q.not_a_quote is False
    assert Correction.objects.count() == 1


def test_a_conflict_rolls_back_the_whole_correction(world, editor):
    q = world.quote_a
    Quotation.objects.filter(pk=q.pk).update(version=7)
    with pytest.raises(ConflictError):
        actions.Reattribute.apply(
            q, seen_version=1, by=editor, new_speaker_name="Someone New", scope=Scope.ALL
        )
    assert not Speaker.objects.filter(name="Someone New").exists()
    assert fresh(world.quote_b).speaker == world.pompeo
    assert not Correction.objects.exists()


def test_confirm_keeps_the_attribution_and_undo_returns_it_to_extracted(world, editor):
    q = world.quote_a
    row = actions.Confirm.apply(q, seen_version=q.version, by=editor)
    assert fresh(q).attribution_status == Quotation.Status.CONFIRMED
    assert (row.action, row.old_value, row.new_value) == ("confirm", "auto", "confirmed")
    Undo.apply(row, by=editor)
    assert fresh(q).attribution_status == Quotation.Status.AUTO


def test_not_a_quote_and_restore_are_each_audited_and_undoable(world, editor):
    q = world.quote_a
    flagged = actions.NotAQuote.apply(q, seen_version=q.version, by=editor)
    assert fresh(q).not_a_quote is True
    assert fresh(world.statement).quotation_count == 1
    restored = actions.NotAQuote.apply(q, False, seen_version=fresh(q).version, by=editor)
    assert (flagged.action, restored.action) == ("not_a_quote", "restore_quote")
    assert fresh(q).not_a_quote is False

    Undo.apply(restored, by=editor)
    assert fresh(q).not_a_quote is True
    Undo.apply(flagged, by=editor)
    assert fresh(q).not_a_quote is False


def test_edit_span_takes_the_text_from_the_article(world, editor):
    q = world.quote_he
    start = world.source_a.text.index('"Sanctions stay,"')
    end = len(world.source_a.text)
    row = actions.EditSpan.apply(q, start, end, seen_version=q.version, by=editor)
    q = fresh(q)
    assert q.text == '"Sanctions stay," he said.'
    assert q.span_edited is True
    assert row.old_value["text"] == '"Sanctions stay,"'

    Undo.apply(row, by=editor)
    q = fresh(q)
    assert (q.text, q.span_edited) == ('"Sanctions stay,"', False)


@pytest.mark.parametrize(("start", "end"), [(-1, 5), (10, 10), (20, 5), (0, 10_000)])
def test_edit_span_refuses_a_span_outside_the_article(world, editor, start, end):
    q = world.quote_he
    with pytest.raises(CorrectionError):
        actions.EditSpan.apply(q, start, end, seen_version=q.version, by=editor)
    assert not Correction.objects.exists()


def test_undo_refuses_when_the_row_changed_since(world, editor):
    q = world.quote_he
    first = actions.Reattribute.apply(q, world.haley, seen_version=q.version, by=editor)
    actions.Reattribute.apply(q, seen_version=fresh(q).version, by=editor, new_speaker_name="X Y")

    with pytest.raises(ConflictError):
        Undo.apply(first, by=editor)
    assert fresh(q).speaker.name == "X Y"
    assert fresh(first).undone_by is None


def test_edit_source_date_copies_it_to_quotations_and_undo_restores(world, editor):
    source = world.source_b
    rows = actions.EditSource.apply(
        source,
        seen_version=source.version,
        by=editor,
        published=datetime.date(2018, 8, 5),
        title="Pressure stays",
    )
    assert {r.action for r in rows} == {"edit_published", "edit_title"}
    source = fresh(source)
    assert source.date_origin == Source.DateOrigin.MANUAL
    assert fresh(world.quote_b).published == datetime.date(2018, 8, 5)
    assert fresh(world.statement).last_date == datetime.date(2018, 8, 5)

    for row in rows:
        Undo.apply(row, by=editor)
    source = fresh(source)
    assert (source.published, source.title, source.date_origin) == (None, "Pressure", "none")
    assert fresh(world.quote_b).published is None


def test_edit_source_with_a_stale_version_conflicts(world, editor):
    source = world.source_a
    actions.EditSource.apply(source, seen_version=1, by=editor, outlet="ST")
    with pytest.raises(ConflictError) as err:
        actions.EditSource.apply(fresh(source), seen_version=1, by=editor, outlet="Reuters")
    assert err.value.current.outlet == "ST"


def test_unlink_and_link_lock_the_statement_and_undo_unlocks(world, editor):
    q = world.quote_b
    unlinked = actions.Link.apply(q, None, seen_version=q.version, by=editor)
    q = fresh(q)
    assert (q.statement, q.statement_locked) == (None, True)
    assert fresh(world.statement).quotation_count == 1

    other = Statement.objects.create(text="Other")
    linked = actions.Link.apply(q, other, seen_version=q.version, by=editor)
    assert fresh(q).statement == other and linked.action == "link"
    assert fresh(other).quotation_count == 1

    Undo.apply(linked, by=editor)
    Undo.apply(unlinked, by=editor)
    q = fresh(q)
    assert (q.statement, q.statement_locked) == (world.statement, False)
    assert fresh(world.statement).quotation_count == 2


def test_merge_statements_moves_members_and_undo_restores_the_statement(world, editor):
    other = Statement.objects.create(text="Sanctions stay.", kind=Statement.Kind.TALKING_POINT)
    other_pk = other.pk
    Quotation.objects.filter(pk=world.quote_he.pk).update(statement=other)
    row = actions.MergeStatements.apply(world.statement, other, by=editor)
    assert not Statement.objects.filter(pk=other_pk).exists()
    he = fresh(world.quote_he)
    assert he.statement == world.statement and he.statement_locked
    assert fresh(world.statement).quotation_count == 3

    Undo.apply(row, by=editor)
    restored = Statement.objects.get(pk=other_pk)
    assert (restored.text, restored.kind) == ("Sanctions stay.", "talking_point")
    he = fresh(he)
    assert he.statement == restored and not he.statement_locked
    assert fresh(world.statement).quotation_count == 2
