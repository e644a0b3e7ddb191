"""tracker.bulk: the same bulk writes on whichever database the suite runs on (CI runs it on
SQLite and on PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.utils import timezone

from tracker.bulk import backend
from tracker.models import Speaker, SpeakerAlias, Statement, StatementKey

pytestmark = pytest.mark.django_db(transaction=False)

q = connection.ops.quote_name
STATEMENTS = q(Statement._meta.db_table)
KEYS = q(StatementKey._meta.db_table)
INDEX = "statementkey_statement_idx"  # StatementKey.Meta's index on statement_id


def _statements(n: int) -> list[Statement]:
    return Statement.objects.bulk_create(
        [Statement(text=f"words {i}", normalised=f"words {i}") for i in range(n)]
    )


def test_backend_is_the_connections():
    assert backend().__name__ == f"tracker.bulk.{connection.vendor}"


def test_insert_then_reset_sequence_gives_the_next_id():
    bulk = backend()
    columns = ["id", "text", "normalised", "kind", "quotation_count", "story_count"]
    columns += ["has_conflict", "created_at", "updated_at"]
    rows = [
        (500 + i, f"said {i}", f"said {i}", "utterance", 0, 0, False, "2024-01-01T00:00:00Z",
         "2024-01-01T00:00:00Z")
        for i in range(3)
    ]
    with connection.cursor() as cursor:
        bulk.insert(cursor, STATEMENTS, columns, rows)
        bulk.reset_sequence(cursor, STATEMENTS)
    texts = sorted(Statement.objects.values_list("text", flat=True))
    assert texts == ["said 0", "said 1", "said 2"]
    assert Statement.objects.create(text="next", normalised="next").pk == 503


def test_refill_keys_writes_every_pair_and_rebuilds_the_index():
    a, b = _statements(2)
    pairs = [(7, a.pk), (3, b.pk), (7, b.pk), (-2, a.pk)]
    with connection.cursor() as cursor:
        backend().refill_keys(cursor, KEYS, iter(pairs), INDEX)
        indexes = connection.introspection.get_constraints(cursor, StatementKey._meta.db_table)
    stored = set(StatementKey.objects.values_list("key", "statement_id"))
    assert stored == set(pairs)
    assert INDEX in indexes and indexes[INDEX]["columns"] == ["statement_id"]


def test_insert_new_pairs_skips_what_is_stored():
    a, b = _statements(2)
    StatementKey.objects.create(key=1, statement=a)
    with connection.cursor() as cursor:
        backend().insert_new_pairs(cursor, KEYS, ["key", "statement_id"], [(1, a.pk), (2, b.pk)])
    assert set(StatementKey.objects.values_list("key", "statement_id")) == {(1, a.pk), (2, b.pk)}


def test_select_in_reads_many_values_ints_and_text():
    made = _statements(1200)  # more than one IN (...) chunk on SQLite
    ids = [s.pk for s in made]
    sql = f"SELECT id FROM {STATEMENTS} WHERE id {{match}}"
    with connection.cursor() as cursor:
        assert sorted(r[0] for r in backend().select_in(cursor, sql, ids)) == ids
        texts = ["words 1", "words 1199", "nobody"]
        sql = f"SELECT text FROM {STATEMENTS} WHERE text {{match}}"
        assert sorted(r[0] for r in backend().select_in(cursor, sql, texts)) == texts[:2]


def test_update_rows_sets_values_by_id():
    a, b, c = _statements(3)
    with connection.cursor() as cursor:
        backend().update_rows(
            cursor, Statement, ["story_count", "has_conflict"], [(4, True, b.pk), (2, False, c.pk)]
        )
    got = {s.pk: (s.story_count, s.has_conflict) for s in Statement.objects.all()}
    assert got == {a.pk: (0, False), b.pk: (4, True), c.pk: (2, False)}


def test_assigner_writes_in_steps_what_was_added_since_the_last_step():
    a, b, c = _statements(3)
    pairs: list[tuple[int, int]] = []
    with connection.cursor() as cursor, backend().Assigner(
        cursor, STATEMENTS, "quotation_count"
    ) as assigner:
        pairs.append((a.pk, 5))
        assigner.send(pairs)
        assigner.wait()  # before this connection reads again
        assert Statement.objects.filter(pk=b.pk).values_list("quotation_count", flat=True)[0] == 0
        pairs += [(b.pk, 7), (c.pk, 9)]
        assigner.send(pairs)
        pairs.append((a.pk, 6))
        assigner.finish(pairs)
    got = dict(Statement.objects.values_list("pk", "quotation_count"))
    assert got == {a.pk: 6, b.pk: 7, c.pk: 9}


def test_update_rows_of_many_rows():
    stored = _statements(120)
    with connection.cursor() as cursor:
        backend().update_rows(
            cursor,
            Statement,
            ["quotation_count", "text"],
            [(i, f"now {i}", s.pk) for i, s in enumerate(stored)],
        )
        # Twice in one transaction.
        backend().update_rows(cursor, Statement, ["story_count"], [(7, s.pk) for s in stored])
    got = {
        pk: (n, text, stories)
        for pk, n, text, stories in Statement.objects.values_list(
            "pk", "quotation_count", "text", "story_count"
        )
    }
    assert got == {s.pk: (i, f"now {i}", 7) for i, s in enumerate(stored)}


def test_create_gives_ids_in_order_and_binds_objects_saved_since():
    speaker = Speaker(name="Ann Example", slug="ann-example")
    aliases = [SpeakerAlias(speaker=speaker, alias=f"A {i}", normalised=f"a {i}") for i in range(3)]
    backend().create(Speaker, [speaker])  # saved after the aliases were given it
    reserved = [Statement(text="first", normalised="first")]
    backend().reserve_ids(Statement, reserved)
    made = backend().create(SpeakerAlias, aliases)
    assert [a.pk for a in made] == sorted(a.pk for a in made)
    assert all(a.speaker_id == speaker.pk and a.speaker is speaker for a in made)
    assert set(SpeakerAlias.objects.values_list("normalised", "speaker_id")) == {
        (f"a {i}", speaker.pk) for i in range(3)
    }
    # A reserved id is kept when the row is written; the next row gets a later one.
    backend().create(Statement, [*reserved, Statement(text="second", normalised="second")])
    first, second = Statement.objects.order_by("pk")
    assert (first.pk, first.text) == (reserved[0].pk, "first") and second.pk > first.pk
    assert first.created_at is not None  # a default filled in as bulk_create would


def test_insert_returning_gives_the_new_ids_in_order():
    columns = ["text", "normalised", "kind", "quotation_count", "story_count", "has_conflict"]
    columns += ["first_date", "created_at", "updated_at"]
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    rows = [
        (f"said {i}", f"said {i}", "utterance", i, 1, False,
         connection.ops.adapt_datefield_value(day), now, now)
        for i, day in enumerate([dt.date(2016, 5, 1), None, dt.date(2016, 5, 3)])
    ]
    with connection.cursor() as cursor:
        ids = backend().insert_returning(cursor, Statement, columns, rows)
    got = {s.pk: (s.text, s.quotation_count, s.first_date) for s in Statement.objects.all()}
    assert got == {
        ids[0]: ("said 0", 0, dt.date(2016, 5, 1)),
        ids[1]: ("said 1", 1, None),
        ids[2]: ("said 2", 2, dt.date(2016, 5, 3)),
    }


AWKWARD = [
    'say "hi"',
    'back\\slash \\"',
    "NULL",
    "",
    "{braces}, commas",
    "’curly’ \n\ttabs",
    "é 漢字",
]


def test_insert_returning_and_update_rows_keep_any_text_and_time():
    """The values arrive as written whatever they hold (quotes, backslashes, braces, the
    word NULL, empty strings, other scripts), times with their time zone."""
    when = timezone.now().replace(microsecond=123456)
    columns = ["text", "normalised", "kind", "quotation_count", "story_count", "has_conflict"]
    columns += ["created_at", "updated_at"]
    adapt = connection.ops.adapt_datetimefield_value
    rows = [
        (t, t, "utterance", i, 0, i % 2 == 0, adapt(when), adapt(when))
        for i, t in enumerate(AWKWARD)
    ]
    with connection.cursor() as cursor:
        ids = backend().insert_returning(cursor, Statement, columns, rows)
    stored = {
        s.pk: (s.text, s.normalised, s.has_conflict, s.updated_at) for s in Statement.objects.all()
    }
    pairs = list(enumerate(zip(ids, AWKWARD, strict=True)))
    assert stored == {pk: (t, t, i % 2 == 0, when) for i, (pk, t) in pairs}
    with connection.cursor() as cursor:
        backend().update_rows(
            cursor,
            Statement,
            ["text", "first_date"],
            [
                (t[::-1], None if i % 2 else dt.date(2018, 8, i + 1), pk)
                for i, (pk, t) in enumerate(zip(ids, AWKWARD, strict=True))
            ],
        )
    got = {s.pk: (s.text, s.first_date) for s in Statement.objects.all()}
    assert got == {
        pk: (t[::-1], None if i % 2 else dt.date(2018, 8, i + 1))
        for i, (pk, t) in enumerate(zip(ids, AWKWARD, strict=True))
    }


def test_select_many_answers_each_query_and_pipeline_writes_them_all():
    a, b = _statements(2)
    with connection.cursor() as cursor:
        with backend().pipeline(cursor):
            backend().update_rows(cursor, Statement, ["story_count"], [(3, a.pk)])
            backend().insert_new_pairs(cursor, KEYS, ["key", "statement_id"], [(8, b.pk)])
        texts, keys, none = backend().select_many(
            cursor,
            [
                (f"SELECT text FROM {STATEMENTS} WHERE id {{match}}", [b.pk]),
                (f"SELECT key, statement_id FROM {KEYS} WHERE key {{match}}", [8, 9]),
                (f"SELECT id FROM {STATEMENTS} WHERE text {{match}}", ["nobody"]),
            ],
        )
    assert (texts, keys, none) == ([("words 1",)], [(8, b.pk)], [])
    assert Statement.objects.get(pk=a.pk).story_count == 3
