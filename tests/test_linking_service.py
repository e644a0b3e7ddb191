"""The linking service on the database: incremental linking, rebuilds, manual decisions."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from django.db import connection

from tracker.linking.grouping import TALKING_POINT
from tracker.models import Quotation, Source, Speaker, Statement, StatementKey
from tracker.services import linking

_hashes = itertools.count()

SENTENCES = [
    "We expect every nation to abide by the UN Security Council resolutions and enforce "
    "sanctions on North Korea.",
    "Right now, North Korea is illegally smuggling petroleum products into the country at a "
    "level that far exceeds the quotas established by the United Nations.",
    "The path ahead is not easy. It will take time. But our hopes for a safer world endure.",
    "China and Russia blocked it, and now they want to continue supplying this oil to Pyongyang.",
    "We will fully implement the resolutions on the peninsula and everybody is doing so.",
]
VARIANTS = [
    lambda s: s,
    lambda s: " ".join(s.split()[2:9]),
    lambda s: s.replace("every", "every single").replace("ize", "ise"),
    lambda s: s.replace(",", "").replace("and", "&"),
]


def make_source(day: int | None) -> Source:
    n = next(_hashes)
    return Source.objects.create(
        text=f"article {n}",
        content_hash=f"hash-{n}",
        published=dt.date(2018, 8, day) if day else None,
    )


def make_speaker(name: str) -> Speaker:
    return Speaker.objects.create(name=name, slug=name.lower().replace(" ", "-"))


def quote(source: Source, text: str, speaker: Speaker | None, **fields) -> Quotation:
    start = Quotation.objects.filter(source=source).count() * 1000
    return Quotation.objects.create(
        source=source,
        start=start,
        end=start + len(text),
        text=text,
        speaker=speaker,
        published=source.published,
        **fields,
    )


def partition() -> set[frozenset[int]]:
    groups: dict[int, set[int]] = {}
    for qid, sid in Quotation.objects.exclude(statement=None).values_list("pk", "statement_id"):
        groups.setdefault(sid, set()).add(qid)
    return {frozenset(g) for g in groups.values()}


def statements() -> set[tuple]:
    return set(
        Statement.objects.filter(quotation_count__gt=0).values_list(
            "text", "kind", "quotation_count", "story_count", "first_date", "last_date",
            "has_conflict",
        )
    )


@pytest.fixture
def speakers(db) -> list[Speaker]:
    return [make_speaker(name) for name in ("Mike Pompeo", "Nikki Haley", "Ma Zhaoxu")]


def ingest_generated(speakers: list[Speaker], articles: int = 12) -> None:
    """Articles of variants, linked one article at a time as ingestion does."""
    for a in range(articles):
        source = make_source(day=(a % 9) + 1 if a % 4 else None)
        rows = [
            quote(source, VARIANTS[(a + i) % len(VARIANTS)](text), speakers[i % len(speakers)])
            for i, text in enumerate(SENTENCES)
            if (a + i) % 3
        ]
        linking.link_quotations(rows)


def test_counts_written_while_linking_equal_a_recount_from_the_members(speakers):
    """Linking counts a statement from the members it read before linking plus the batch's
    quotations that joined it, without reading them back: the same as counting afresh."""
    ingest_generated(speakers)
    written = statements()
    assert any(count > 1 for _, _, count, *_ in written)
    linking.recount_statements(set(Statement.objects.values_list("pk", flat=True)))
    assert statements() == written


def test_incremental_linking_equals_a_full_relink(speakers):
    ingest_generated(speakers)
    incremental, stats = partition(), statements()
    assert len(incremental) < Quotation.objects.count()  # something did link
    linking.relink_all(progress=False)
    assert partition() == incremental
    assert statements() == stats


def test_a_relink_frees_its_structures_before_it_returns(speakers):
    """The rebuild's index is freed on a thread while the transaction commits
    (relink._free_later); relink_all waits for it, so none is left running."""
    from tracker.services import relink

    ingest_generated(speakers, articles=4)
    before = partition()
    linking.relink_all(progress=False)
    assert relink._freeing == []  # joined
    assert partition() == before


def test_articles_link_after_a_relink(speakers):
    ingest_generated(speakers, articles=6)
    linking.relink_all(progress=False)
    stored = Quotation.objects.filter(text=SENTENCES[2]).first()
    assert stored is not None
    # A fuller variant becomes the representative: its keys, most already posted, are posted
    # again, which needs the key table's primary key back after the rebuild dropped it.
    longer = quote(make_source(5), SENTENCES[2] + " We mean every word of it.", speakers[2])
    linking.link_quotations([longer])
    assert longer.statement_id == stored.statement_id
    pairs = list(StatementKey.objects.values_list("key", "statement_id"))
    assert len(pairs) == len(set(pairs))
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, StatementKey._meta.db_table)
    indexed = {tuple(c["columns"]) for c in constraints.values() if c["primary_key"] or c["index"]}
    assert {("key", "statement_id"), ("statement_id",)} <= indexed
    assert Statement.objects.get(pk=longer.statement_id).text == longer.text


def test_statement_stats_dates_and_conflict(speakers):
    pompeo, haley, _ = speakers
    early, late, undated = make_source(2), make_source(9), make_source(None)
    a = quote(early, SENTENCES[0], pompeo)
    b = quote(late, SENTENCES[0].replace("every", "each"), haley)
    c = quote(undated, SENTENCES[0], pompeo)
    linking.link_quotations([a])
    linking.link_quotations([b])
    linking.link_quotations([c])
    statement = Statement.objects.get()
    assert a.statement_id == b.statement_id == c.statement_id == statement.pk
    assert statement.quotation_count == 3
    assert (statement.first_date, statement.last_date) == (dt.date(2018, 8, 2), dt.date(2018, 8, 9))
    assert statement.has_conflict


def test_same_speaker_repeating_is_no_conflict(speakers):
    pompeo = speakers[0]
    for day in (1, 2):
        linking.link_quotations([quote(make_source(day), SENTENCES[1], pompeo)])
    statement = Statement.objects.get()
    assert statement.quotation_count == 2
    assert not statement.has_conflict


def test_not_a_quote_and_locked_quotations_are_never_linked(speakers):
    pompeo = speakers[0]
    first = quote(make_source(1), SENTENCES[0], pompeo)
    flagged = quote(make_source(2), SENTENCES[0], pompeo, not_a_quote=True)
    locked = quote(make_source(3), SENTENCES[0], pompeo, statement_locked=True)
    linking.link_quotations([first, flagged, locked])
    linking.relink_all(progress=False)
    flagged.refresh_from_db()
    locked.refresh_from_db()
    assert flagged.statement_id is None
    assert locked.statement_id is None
    assert Statement.objects.get().quotation_count == 1


def test_manual_link_and_unlink_survive_relink(speakers):
    pompeo = speakers[0]
    a = quote(make_source(1), SENTENCES[0], pompeo)
    b = quote(make_source(2), SENTENCES[0], pompeo)
    c = quote(make_source(3), SENTENCES[2], pompeo)
    linking.link_quotations([a, b, c])
    assert a.statement_id == b.statement_id != c.statement_id
    target = Statement.objects.get(pk=c.statement_id)
    linking.link_manually(a, target)
    linking.link_manually(b, None)
    linking.relink_all(progress=False)
    for q in (a, b, c):
        q.refresh_from_db()
    assert a.statement_id == c.statement_id == target.pk
    assert b.statement_id is None and b.statement_locked
    target.refresh_from_db()
    assert target.quotation_count == 2
    # A new copy of the unlinked words still links with the others automatically.
    d = quote(make_source(4), SENTENCES[0], pompeo)
    linking.link_quotations([d])
    assert d.statement_id == target.pk


def test_merged_statements_stay_merged_after_relink(speakers):
    pompeo = speakers[0]
    a = quote(make_source(1), SENTENCES[0], pompeo)
    b = quote(make_source(2), SENTENCES[3], pompeo)
    linking.link_quotations([a, b])
    keep, other = Statement.objects.get(pk=a.statement_id), Statement.objects.get(pk=b.statement_id)
    linking.merge_statements(keep, other)
    linking.relink_all(progress=False)
    a.refresh_from_db()
    b.refresh_from_db()
    assert a.statement_id == b.statement_id == keep.pk
    assert Statement.objects.get(pk=keep.pk).quotation_count == 2
    assert not Statement.objects.filter(pk=other.pk).exists()


def test_refresh_after_members_leave_picks_the_fullest_remaining_variant(speakers):
    pompeo = speakers[0]
    short = quote(make_source(1), "illegally smuggling petroleum products into the country", pompeo)
    full = quote(make_source(2), SENTENCES[1], pompeo)
    linking.link_quotations([short])
    linking.link_quotations([full])
    statement = Statement.objects.get()
    assert statement.text == SENTENCES[1]
    full.delete()
    linking.refresh_statements([statement.pk])
    statement.refresh_from_db()
    assert statement.text == short.text
    assert statement.quotation_count == 1


def test_linking_an_article_takes_few_queries(speakers, django_assert_max_num_queries):
    ingest_generated(speakers, articles=6)
    source = make_source(5)
    rows = [quote(source, VARIANTS[i % 4](text), speakers[0]) for i, text in enumerate(SENTENCES)]
    with django_assert_max_num_queries(20):
        linking.link_quotations(rows)
    assert all(q.statement_id for q in rows)
    assert StatementKey.objects.exists()


def test_founding_articles_link_the_talking_point_and_the_partial_quote(db):
    from tests.conftest import SAMPLE_DIR
    from tracker.services.ingest import ingest_records, records_from_path

    for path in sorted(SAMPLE_DIR.glob("*.txt")):
        ingest_records(records_from_path(path))

    def statement_of(fragment: str) -> int:
        return Quotation.objects.get(text__contains=fragment).statement_id

    talking_point = statement_of("fully verified denuclearization of North Korea")
    assert talking_point == statement_of("fully-verified denuclearisation of North Korea")
    assert Statement.objects.get(pk=talking_point).kind == TALKING_POINT
    smuggling = Quotation.objects.get(text__icontains="illegally smuggling", end__lt=2000,
                                      text__startswith="illegally")
    assert smuggling.statement_id == statement_of("Right now, North Korea is illegally smuggling")
    # A rebuild finds the same.
    before = partition()
    linking.relink_all(progress=False)
    assert partition() == before


def test_common_key_collapses_to_one_full_posting_and_relink_agrees(speakers, monkeypatch):
    from tracker.linking import grouping

    monkeypatch.setattr(grouping, "KEY_CAP", 2)
    openings = ["Frankly", "Today", "Again", "Tonight", "Remember"]
    endings = [
        "voters want lower taxes and better schools in every district",
        "farmers need rain before the harvest or prices will soar",
        "our navy patrols every ocean to keep the shipping lanes open",
        "nurses deserve better pay after years of double shifts",
        "young people cannot afford rent in any big city anymore",
    ]
    for opening, ending in zip(openings, endings, strict=True):
        text = f"{opening}, the Security Council agrees that {ending}."
        linking.link_quotations([quote(make_source(1), text, speakers[0])])
    from tracker.linking.keys import shingle_keys
    from tracker.linking.normalise import tokens

    common = shingle_keys(tokens("the Security Council agrees"))[0]
    postings = StatementKey.objects.filter(key=common).values_list("statement_id", flat=True)
    assert list(postings) == [0]
    assert Statement.objects.count() == 5
    before = partition()
    linking.relink_all(progress=False)
    assert partition() == before
    assert StatementKey.objects.filter(key=common).count() == 1


def test_relink_command_prints_a_summary(speakers):
    from io import StringIO

    from django.core.management import call_command

    for day in (1, 2):
        quote(make_source(day), SENTENCES[0], speakers[0])
    out = StringIO()
    call_command("relink", "--no-progress", stdout=out)
    assert "Linked 2 quotations into 1 statement (0 talking points" in out.getvalue()
    assert Statement.objects.get().quotation_count == 2
