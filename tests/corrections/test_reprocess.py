"""Every kind of editor decision survives `reprocess` (re-extraction) and relinking."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tracker.models import Quotation, Source, Speaker, Statement
from tracker.services import actions
from tracker.services.actions import Undo
from tracker.services.ingest import ingest_records, iter_paths, records_from_path
from tracker.services.reprocess import reprocess

SAMPLE_DIR = Path(__file__).resolve().parents[2] / "sample_articles"


@pytest.fixture
def founding(db):
    for path in iter_paths([SAMPLE_DIR]):
        ingest_records(records_from_path(path))
    assert Source.objects.count() == 2
    return {s.published is None: s for s in Source.objects.all()}  # True: the undated one


def quote(startswith: str) -> Quotation:
    return Quotation.objects.select_related("speaker").get(text__startswith=startswith)


def rerun(relink: bool = True) -> None:
    reprocess(Source.objects.order_by("pk"), relink=relink)


def test_reprocess_without_decisions_gives_the_same_quotations(founding):
    before = sorted(Quotation.objects.values_list("source_id", "start", "end", "speaker__name"))
    rerun()
    assert (
        sorted(Quotation.objects.values_list("source_id", "start", "end", "speaker__name"))
        == before
    )


def test_confirmed_and_corrected_attributions_survive(founding, editor):
    confirmed, corrected = quote("complete"), quote("immediately")
    actions.Confirm.apply(confirmed, seen_version=1, by=editor)
    haley = Speaker.objects.get(name="Nikki Haley")
    actions.Reattribute.apply(corrected, haley, seen_version=1, by=editor)
    rerun()
    assert Quotation.objects.get(pk=confirmed.pk).attribution_status == "confirmed"
    kept = Quotation.objects.get(pk=corrected.pk)
    assert (kept.speaker, kept.attribution_status) == (haley, "corrected")
    assert Quotation.objects.filter(text="immediately").count() == 1


def test_edited_spans_survive_without_duplicates(founding, editor):
    q = quote("illegally smuggling")
    text = q.source.text
    start = text.rindex(" ", 0, q.start - 1) + 1  # widen by one word to the left
    actions.EditSpan.apply(q, start, q.end, seen_version=1, by=editor)
    rerun()
    q.refresh_from_db()
    assert (q.start, q.span_edited) == (start, True)
    overlapping = Quotation.objects.filter(source=q.source, start__lt=q.end, end__gt=q.start)
    assert list(overlapping) == [q]


def test_not_a_quote_flags_survive_and_the_span_is_not_extracted_again(founding, editor):
    q = quote("complete")
    actions.NotAQuote.apply(q, seen_version=1, by=editor)
    rerun()
    assert Quotation.objects.get(pk=q.pk).not_a_quote is True
    assert Quotation.objects.filter(source=q.source, start=q.start).count() == 1


def test_manual_unlinks_and_links_survive_relinking(founding, editor):
    shared = quote("achieve final")  # linked with its twin in the other article
    assert shared.statement.quotation_count == 2
    actions.Link.apply(shared, None, seen_version=1, by=editor)
    moved, target = quote("It's worth remembering"), quote("We expect every nation")
    actions.Link.apply(moved, target.statement, seen_version=1, by=editor)
    rerun()
    shared.refresh_from_db()
    moved.refresh_from_db()
    assert shared.statement is None and shared.statement_locked
    # The linked quotation stays in the statement the editor chose, which keeps its id.
    assert moved.statement_id == target.statement_id and moved.statement_locked
    assert Statement.objects.get(pk=target.statement_id).quotation_count >= 1


def test_merged_statements_stay_merged_after_relinking(founding, editor):
    a, b = quote("Strict enforcement"), quote("The path ahead")
    actions.MergeStatements.apply(a.statement, b.statement, by=editor)
    rerun()
    assert quote("Strict enforcement").statement_id == quote("The path ahead").statement_id


def test_merged_speakers_stay_merged_and_are_not_recreated(founding, editor):
    pompeo = Speaker.objects.get(name="Mike Pompeo")
    n_quotes = pompeo.quotations.count()
    keep = Speaker.objects.create(name="Michael R. Pompeo", slug="michael-r-pompeo")
    actions.MergeSpeakers.apply(keep, pompeo, keep_version=1, other_version=1, by=editor)
    rerun()
    assert not Speaker.objects.filter(name="Mike Pompeo").exists()
    assert keep.quotations.count() == n_quotes


def test_renamed_speakers_keep_their_name(founding, editor):
    haley = Speaker.objects.get(name="Nikki Haley")
    n_quotes = haley.quotations.count()
    actions.EditSpeaker.apply(haley, seen_version=1, by=editor, name="Nikki R. Haley")
    rerun()
    assert not Speaker.objects.filter(name="Nikki Haley").exists()
    assert Speaker.objects.get(name="Nikki R. Haley").quotations.count() == n_quotes


def test_split_aliases_stay_split(founding, editor):
    kim = Speaker.objects.get(name="Kim Jong Un")
    alias = kim.aliases.get(alias="Kim")
    actions.SplitAlias.apply(alias, seen_version=1, by=editor)
    rerun()
    assert quote("complete").speaker.name == "Kim"


def test_source_dates_set_by_an_editor_survive(founding, editor):
    undated = founding[True]
    actions.EditSource.apply(
        undated, seen_version=1, by=editor, published=datetime.date(2017, 11, 29)
    )
    rerun()
    undated.refresh_from_db()
    assert undated.published == datetime.date(2017, 11, 29) and undated.date_origin == "manual"
    assert set(undated.quotations.values_list("published", flat=True)) == {undated.published}


def test_undo_after_reprocess_still_works(founding, editor):
    q = quote("immediately")
    row = actions.Reattribute.apply(q, seen_version=1, by=editor, new_speaker_name="The document")
    rerun()
    Undo.apply(row, by=editor)
    q.refresh_from_db()
    assert q.speaker is None and q.attribution_status == "auto"


def test_reprocess_command_for_one_source_or_all(founding, editor, capsys):
    actions.Confirm.apply(quote("complete"), seen_version=1, by=editor)
    source = quote("complete").source
    call_command("reprocess", "--source", str(source.pk))
    assert "Reprocessed 1 article:" in capsys.readouterr().out
    call_command("reprocess", "--all", "--relink")
    out = capsys.readouterr().out
    assert "Reprocessed 2 articles" in out and "1 kept as editors decided" in out
    assert Statement.objects.exists()
    with pytest.raises(CommandError):
        call_command("reprocess", "--source", "999")


def test_reprocessing_starts_cached_tallies_afresh(founding, django_capture_on_commit_callbacks):
    from tracker.models import Rebuild
    from tracker.services.generation import current
    from tracker.services.timelines import speaker_stats

    pompeo = Speaker.objects.get(name="Mike Pompeo")
    before, generation = speaker_stats(pompeo), current()
    with django_capture_on_commit_callbacks(execute=True):
        rerun(relink=False)  # each article's quotations are replaced by new rows
    # Quotations went away: more than additions, so running totals start afresh.
    assert current().value > generation.value and current().rebuilt > generation.rebuilt
    assert speaker_stats(pompeo)["count"] == before["count"]  # not counted twice
    with django_capture_on_commit_callbacks(execute=True):
        rerun(relink=True)
    # Logged for the admin: each run of reprocess, and the relink.
    assert sorted(Rebuild.objects.values_list("kind", flat=True)) == [
        "relink",
        "reprocess",
        "reprocess",
    ]


def test_rebuilds_are_listed_read_only_in_the_admin(founding, client):
    from django.contrib.auth.models import User

    client.force_login(User.objects.create_superuser("root", password="correct-horse-battery"))
    rerun(relink=True)
    page = client.get("/admin/tracker/rebuild/")
    assert page.status_code == 200 and "statements rebuilt" in page.text
    assert client.get("/admin/tracker/rebuild/add/").status_code == 403
