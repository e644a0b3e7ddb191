"""Storing articles: dates, duplicates, bad input, all-or-nothing writes (any database)."""

from __future__ import annotations

import datetime as dt
import json
from types import SimpleNamespace

import pytest
from django.core.management import CommandError, call_command

from tests.conftest import SAMPLE_DIR
from tracker.extraction import extract
from tracker.identity import decide_article
from tracker.models import Quotation, Source, Speaker, SpeakerAlias
from tracker.services import pipeline, watch_tasks
from tracker.services.articles import ArticleInput, records_from_bytes
from tracker.services.ingest import (
    DUPLICATE,
    FAILED,
    INGESTED,
    ingest_article,
    ingest_records,
    iter_paths,
    records_from_path,
)
from tracker.signals import quotations_stored

pytestmark = pytest.mark.django_db

UNDATED = SAMPLE_DIR / "000_4d40971ed7c2765a.txt"
DATED = SAMPLE_DIR / "004_9655ec19fbc129ec.txt"


def ingest_file(path):
    return ingest_records(records_from_path(path))


def test_founding_articles_are_dated_from_metadata_or_dateline():
    ingest_file(UNDATED)
    ingest_file(DATED)
    undated, dated = Source.objects.order_by("origin")
    assert undated.published is None and undated.date_origin == Source.DateOrigin.NONE
    assert dated.published == dt.date(2018, 8, 4)
    assert dated.date_origin == Source.DateOrigin.DATELINE
    assert dated.quotations.filter(published=dt.date(2018, 8, 4)).exists()


def test_founding_articles_give_each_speaker_one_page():
    for path in iter_paths([SAMPLE_DIR]):
        ingest_file(path)
    pompeo = Speaker.objects.get(name="Mike Pompeo")
    assert set(pompeo.quotations.values_list("source__origin", flat=True)) == {
        str(UNDATED),
        str(DATED),
    }
    for name in ["Nikki Haley", "Ma Zhaoxu", "Kang Kyung Wha"]:
        assert Speaker.objects.get(name=name).quotations.exists(), name
    assert SpeakerAlias.objects.filter(speaker=pompeo, normalised="pompeo").exists()


def test_metadata_date_wins_over_the_dateline():
    outcome = ingest_article(ArticleInput(text=DATED.read_text(), date="2018-08-05", origin="meta"))
    assert outcome.source.published == dt.date(2018, 8, 5)
    assert outcome.source.date_origin == Source.DateOrigin.METADATA


def test_the_same_file_twice_is_stored_once():
    first = ingest_file(DATED)
    second = ingest_file(DATED)
    assert first.outcomes[0].status == INGESTED
    assert second.outcomes[0].status == DUPLICATE
    assert "already ingested" in second.outcomes[0].message
    assert Source.objects.count() == 1


def test_the_same_url_twice_is_stored_once():
    ingest_article(ArticleInput(text="One version.", url="https://example.org/a"))
    outcome = ingest_article(ArticleInput(text="Another version.", url="https://example.org/a"))
    assert outcome.status == DUPLICATE
    assert Source.objects.count() == 1


@pytest.mark.parametrize(
    ("article", "message"),
    [
        (ArticleInput(text="   \n  "), "empty"),
        (ArticleInput(text="Pompeo said so.", date="2018-02-30"), "does not exist"),
        (ArticleInput(text="Pompeo said so.", date="yesterday"), "YYYY-MM-DD"),
        (ArticleInput(text="\x01\x02\x03\x04\x05 control" * 50), "control characters"),
    ],
)
def test_bad_article_gets_a_clear_message_and_stores_nothing(article, message):
    outcome = ingest_article(article)
    assert outcome.status == FAILED
    assert message in outcome.message
    assert not Source.objects.exists()


def test_oversized_article_stores_nothing(settings):
    settings.MAX_ARTICLE_BYTES = 1000
    outcome = ingest_article(ArticleInput(text=DATED.read_text()))
    assert outcome.status == FAILED and "byte limit" in outcome.message
    assert not Source.objects.exists()


def test_binary_file_stores_nothing():
    report = ingest_records(records_from_bytes("photo.txt", b"\x89PNG\x00\x00\x01\x02" * 64))
    assert report.outcomes[0].status == FAILED
    assert "binary" in report.outcomes[0].message
    assert not Source.objects.exists()


def test_wrongly_encoded_file_is_decoded_before_giving_up():
    text = "« Nous appliquerons pleinement les sanctions », a déclaré le ministre français. " * 3
    report = ingest_records(records_from_bytes("article.txt", text.encode("cp1252")))
    assert report.outcomes[0].status == INGESTED
    assert Source.objects.get().text == text.strip()


def jsonl(*rows: object) -> bytes:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows).encode()


def test_malformed_jsonl_line_is_named_and_the_good_records_go_in():
    data = jsonl(
        {"text": DATED.read_text(), "title": "Singapore", "outlet": "Straits Times"},
        '{"text": "broken',
        {"text": UNDATED.read_text(), "outlet": "Kyodo"},
    )
    report = ingest_records(records_from_bytes("feed.jsonl", data))
    assert [o.status for o in report.outcomes] == [INGESTED, FAILED, INGESTED]
    assert report.failures[0].where == "feed.jsonl:2"
    assert Source.objects.count() == 2


def test_strict_mode_stores_nothing_when_one_record_is_bad():
    data = jsonl({"text": DATED.read_text()}, {"text": "fine", "date": "2018-13-01"})
    report = ingest_records(records_from_bytes("feed.jsonl", data), strict=True)
    assert report.count(FAILED) == 1 and "strict" in report.outcomes[0].message
    assert "feed.jsonl:2" in report.outcomes[0].message
    assert not Source.objects.exists() and not Quotation.objects.exists()
    assert not Speaker.objects.exists()


def test_a_failure_half_way_through_an_article_leaves_no_rows(monkeypatch):
    def explode(quotations):
        raise RuntimeError("linking broke")

    monkeypatch.setattr(pipeline.linking, "link_quotations", explode)
    outcome = ingest_article(ArticleInput(text=DATED.read_text()))
    assert outcome.status == FAILED and "nothing was stored" in outcome.message
    assert not Source.objects.exists()
    assert not Quotation.objects.exists()
    assert not Speaker.objects.exists() and not SpeakerAlias.objects.exists()


def test_oversized_upload_is_refused_before_reading(settings, tmp_path):
    settings.MAX_UPLOAD_BYTES = 100
    big = tmp_path / "big.txt"
    big.write_text("Pompeo said so. " * 50)
    report = ingest_records(records_from_path(big))
    assert "byte limit" in report.outcomes[0].message
    assert not Source.objects.exists()


def test_reprocessing_keeps_a_confirmed_attribution_and_adds_no_duplicates():
    source = ingest_article(ArticleInput(text=DATED.read_text())).source
    count = source.quotations.count()
    quote = source.quotations.exclude(speaker=None).first()
    haley = Speaker.objects.create(name="Nikki Haley", slug="nikki-haley")
    Quotation.objects.filter(pk=quote.pk).update(
        speaker=haley, attribution_status=Quotation.Status.CORRECTED
    )
    pipeline.process_source(source)
    assert source.quotations.count() == count
    assert Quotation.objects.get(pk=quote.pk).speaker == haley


def test_ingest_command_prints_a_summary_and_names_failures(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(DATED.read_text())
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "feed.jsonl").write_text('{"text": "Kang said so."}\nnot json\n')
    with pytest.raises(CommandError, match="2 failed"):
        call_command("ingest", str(tmp_path))
    out, err = capsys.readouterr()
    assert "2 ingested, 0 duplicates, 2 failed" in out
    assert "empty.txt is empty" in err
    assert "feed.jsonl:2: not valid JSON" in err


def test_ingest_command_twice_reports_duplicates(capsys):
    call_command("ingest", str(SAMPLE_DIR))
    call_command("ingest", str(SAMPLE_DIR))
    out, _ = capsys.readouterr()
    assert "0 ingested, 2 duplicates, 0 failed" in out
    assert Source.objects.count() == 2


def test_untitled_article_is_titled_by_its_opening_words_without_the_dateline():
    source = ingest_file(DATED).outcomes[0].source
    assert source.title.startswith("US Secretary of State Mike Pompeo on Saturday")
    assert source.title.endswith("…")


def test_a_readable_file_name_becomes_the_title(tmp_path):
    path = tmp_path / "pompeo-urges-asean-pressure.txt"
    path.write_text(DATED.read_text())
    assert ingest_file(path).outcomes[0].source.title == "pompeo urges asean pressure"


def test_a_batch_is_announced_once_after_commit_with_every_article(
    django_capture_on_commit_callbacks,
):
    """One `quotations_stored` signal per stored batch (its receivers enqueue one task per
    batch, not one per article: each enqueue is a commit of its own)."""
    sent = []

    def on_stored(sender, stored, **kwargs):
        sent.append(stored)

    quotations_stored.connect(on_stored)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            ingest_records(
                [*records_from_path(UNDATED), *records_from_path(DATED)]
                + list(records_from_bytes("feed.jsonl", b'{"text": "Nobody said a thing."}\n'))
            )
    finally:
        quotations_stored.disconnect(on_stored)
    assert len(sent) == 1
    quoted = Source.objects.filter(quotations__isnull=False).distinct()
    assert set(sent[0]) == set(quoted.values_list("pk", flat=True)) and len(sent[0]) == 2
    for source_id, ids in sent[0].items():
        assert sorted(ids) == sorted(
            Quotation.objects.filter(source_id=source_id).values_list("pk", flat=True)
        )


def test_alerts_of_a_batch_are_matched_in_one_task(monkeypatch, django_capture_on_commit_callbacks):
    enqueued = []
    monkeypatch.setattr(watch_tasks, "match_new_articles", SimpleNamespace(enqueue=enqueued.append))
    with django_capture_on_commit_callbacks(execute=True):
        ingest_records([*records_from_path(UNDATED), *records_from_path(DATED)])
    assert enqueued == [sorted(Source.objects.values_list("pk", flat=True))]


def test_what_ingest_prepares_before_its_transaction_is_what_it_stores():
    text = DATED.read_text()
    extraction = extract(text, None)
    prepared = pipeline.prepare(text, extraction)
    outcome = ingest_article(ArticleInput(text=text))
    assert outcome.quotations == prepared.quotations == outcome.source.quotations.count()
    quotes = [q for q in extraction.quotes if q.end > q.start]
    assert prepared.decisions == decide_article(quotes, extraction.entities, text)


def test_an_alert_task_queued_for_one_article_still_runs():
    """Tasks enqueued before batches were matched in one task name one article."""
    source = ingest_file(DATED).outcomes[0].source
    assert watch_tasks.match_new_article.call(source.pk) == {"created": 0, "reprints": 0}


def test_a_batch_decided_before_another_worker_stored_its_new_speaker_is_decided_again(
    monkeypatch,
):
    """Speakers are decided without a lock; when the names a batch creates are locked, another
    worker may have stored one meanwhile (here: while we wait for its lock): the batch is
    decided again and finds that speaker instead of making a second one."""
    from tracker.services import locks
    from tracker.services.speakers import get_or_create_speaker

    taken = []

    def other_worker_first(ids, shared=()):
        taken.append(list(ids))
        if len(taken) == 1:
            get_or_create_speaker("Tilda Marchbanks")

    monkeypatch.setattr(locks, "lock_article", other_worker_first)
    text = "“We will not accept it,” said Senator Tilda Marchbanks on Monday."
    outcome = ingest_article(ArticleInput(text=text, date="2018-08-04"))
    quotation = outcome.source.quotations.get()
    marchbanks = Speaker.objects.get(name="Tilda Marchbanks")
    assert quotation.speaker == marchbanks
    # Decided again, it creates only the stored speaker's new role: that one more lock.
    assert taken[1:] == [[locks.name_lock_id(f"role:{marchbanks.pk}:senator")]]
    assert quotation.speaker.role == "Senator"


def test_the_garbage_collector_is_spaced_out_while_an_ingest_runs(monkeypatch):
    """Ingest raises the youngest generation's threshold while it runs (nested or from two
    threads too) and sets it back afterwards, even when it fails."""
    import gc

    from tracker.services import ingest

    during = []

    def storing(records, bookkeeping):
        during.append(gc.get_threshold()[0])
        if records == ["nested"]:
            ingest.ingest_records([])
            during.append(gc.get_threshold()[0])
        if records == ["broken"]:
            raise RuntimeError("broken")
        return []

    monkeypatch.setattr(ingest, "_pipelined", storing)
    before = gc.get_threshold()
    ingest_records(["nested"])
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError):
        ingest_records(["broken"])
    assert gc.get_threshold() == before
    assert during == [max(before[0], ingest.INGEST_GC_THRESHOLD)] * 4
