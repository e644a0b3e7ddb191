"""Speaker merges, alias splits and renames: effect, audit row, exact undo, conflicts."""

from __future__ import annotations

import pytest

from tracker.models import Quotation, Speaker, SpeakerAlias
from tracker.services.actions import EditSpeaker, MergeSpeakers, SplitAlias, Undo
from tracker.services.corrections import ConflictError, CorrectionError


def state():
    """Everything a merge touches, to compare before and after undo."""
    speakers = list(Speaker.objects.order_by("pk").values("pk", "name", "slug", "kind", "role"))
    aliases = list(SpeakerAlias.objects.order_by("pk").values_list("pk", "speaker_id", "alias"))
    quotes = list(Quotation.objects.order_by("pk").values_list("pk", "speaker_id"))
    return speakers, aliases, quotes


def test_merge_moves_quotations_and_aliases_and_keeps_the_name_as_alias(
    world, editor, make_speaker, make_quote
):
    dup = make_speaker("Mike Pompeo Jr", "M. Pompeo", role="diplomat")
    dup_pk = dup.pk
    q = make_quote(world.source_b, "Pompeo told reporters", dup)
    row = MergeSpeakers.apply(
        world.pompeo, dup, keep_version=1, other_version=1, by=editor, reason="same man"
    )
    assert not Speaker.objects.filter(pk=dup_pk).exists()
    q.refresh_from_db()
    assert q.speaker == world.pompeo
    assert set(world.pompeo.aliases.values_list("alias", flat=True)) >= {
        "Mike Pompeo Jr",
        "M. Pompeo",
        "Pompeo",
    }
    assert (row.action, row.target_id, row.old_value["name"]) == (
        "merge_speakers",
        world.pompeo.pk,
        "Mike Pompeo Jr",
    )


def test_undo_merge_restores_the_previous_state_exactly(world, editor, make_speaker, make_quote):
    dup = make_speaker("Kang Kyung-wha", "Kang")
    make_quote(world.source_b, "Pompeo told reporters", dup)
    Speaker.objects.filter(pk=dup.pk).update(role="Foreign Minister")
    dup_pk, before = dup.pk, state()
    row = MergeSpeakers.apply(world.pompeo, dup, keep_version=1, other_version=1, by=editor)
    assert state() != before

    Undo.apply(row, by=editor)
    assert state() == before
    assert Speaker.objects.get(pk=dup_pk).slug == "kang-kyung-wha"


def test_merge_with_a_stale_speaker_version_conflicts_and_changes_nothing(world, editor):
    before = state()
    Speaker.objects.filter(pk=world.haley.pk).update(version=3)
    with pytest.raises(ConflictError):
        MergeSpeakers.apply(world.pompeo, world.haley, keep_version=1, other_version=1, by=editor)
    assert state() == before


def test_a_speaker_cannot_be_merged_into_itself(world, editor):
    with pytest.raises(CorrectionError):
        MergeSpeakers.apply(world.pompeo, world.pompeo, keep_version=1, other_version=1, by=editor)


def test_undo_merge_refuses_after_a_moved_quotation_was_reattributed(world, editor, make_quote):
    from tracker.services.actions import Reattribute

    row = MergeSpeakers.apply(world.pompeo, world.haley, keep_version=1, other_version=1, by=editor)
    q = make_quote(world.source_b, "told reporters", world.pompeo)
    row.payload["quotation_ids"].append(q.pk)
    row.save()
    Reattribute.apply(q, seen_version=q.version, by=editor, new_speaker_name="Somebody Else")
    with pytest.raises(ConflictError):
        Undo.apply(row, by=editor)
    assert not Speaker.objects.filter(pk=world.haley.pk).exists()


def test_split_alias_gives_it_a_speaker_with_its_extracted_quotations(world, editor, make_quote):
    confirmed = make_quote(
        world.source_b,
        "told reporters",
        world.pompeo,
        speaker_mention="Pompeo",
        attribution_status=Quotation.Status.CONFIRMED,
    )
    alias = world.pompeo.aliases.get(alias="Pompeo")
    before = state()
    row = SplitAlias.apply(alias, seen_version=1, by=editor)

    split_off = Speaker.objects.get(name="Pompeo")
    world.quote_b.refresh_from_db()
    confirmed.refresh_from_db()
    assert world.quote_b.speaker == split_off  # its mention was "Pompeo"
    assert confirmed.speaker == world.pompeo  # an editor's decision stays
    assert world.quote_a.speaker == world.pompeo
    assert split_off.aliases.get().alias == "Pompeo"
    assert row.action == "split_alias"

    Undo.apply(row, by=editor)
    assert state() == before


def test_a_speakers_only_name_cannot_be_split_off(world, editor):
    lone = Speaker.objects.create(name="Ri Yong Ho", slug="ri")
    alias = SpeakerAlias.objects.create(speaker=lone, alias="Ri Yong Ho")
    with pytest.raises(CorrectionError):
        SplitAlias.apply(alias, seen_version=1, by=editor)


def test_rename_and_role_are_audited_per_field_and_keep_the_url(world, editor):
    rows = EditSpeaker.apply(
        world.haley, seen_version=1, by=editor, name="Nikki R. Haley", role="UN ambassador"
    )
    assert [r.action for r in rows] == ["edit_name", "edit_role"]
    haley = Speaker.objects.get(pk=world.haley.pk)
    assert (haley.name, haley.role, haley.slug) == (
        "Nikki R. Haley",
        "UN ambassador",
        "nikki-haley",
    )
    assert haley.aliases.filter(alias="Nikki R. Haley").exists()

    Undo.apply(rows[0], by=editor)
    haley.refresh_from_db()
    assert haley.name == "Nikki Haley" and haley.role == "UN ambassador"
    assert not haley.aliases.filter(alias="Nikki R. Haley").exists()


def test_rename_with_a_stale_version_conflicts(world, editor):
    EditSpeaker.apply(world.haley, seen_version=1, by=editor, role="Ambassador")
    with pytest.raises(ConflictError) as err:
        EditSpeaker.apply(world.haley, seen_version=1, by=editor, name="N. Haley")
    assert err.value.current.role == "Ambassador"
    assert Speaker.objects.get(pk=world.haley.pk).name == "Nikki Haley"
