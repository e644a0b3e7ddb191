"""Lookup `any_of` (tracker.lookups): the rows `in` finds, on SQLite and on PostgreSQL, where
the values go as one parameter whatever their number (the ingest's speaker reads)."""

from __future__ import annotations

import pytest
from django.db import connection

from tracker.models import Speaker, SpeakerAlias

pytestmark = pytest.mark.django_db(transaction=False)


@pytest.fixture
def people():
    made = [
        Speaker.objects.create(name=name, slug=f"s{i}", family_key=family)
        for i, (name, family) in enumerate(
            [
                ("Donald Trump", "trump"),
                ("Ivanka Trump", "trump"),
                ("Hillary Clinton", "clinton"),
                ("Odd, Name", "odd, name"),
                ("Kim Jong Un", "kim"),
                ("Acme", ""),
            ]
        )
    ]
    for speaker in made:
        SpeakerAlias.objects.create(speaker=speaker, alias=speaker.name, normalised=speaker.name)
    return made


def _both(model, field, values):
    any_of = set(model.objects.filter(**{f"{field}__any_of": values}).values_list("pk", flat=True))
    in_ = set(model.objects.filter(**{f"{field}__in": values}).values_list("pk", flat=True))
    return any_of, in_


@pytest.mark.parametrize(
    "values",
    [
        ["trump", "clinton"],
        {"trump", "nobody"},  # a set, as SpeakerBook passes its keys
        ["odd, name", "kim"],  # a value with a comma
        ["trump", None],  # None matches nothing, as with `in`
        [""],  # an empty value is a value
        [f"family{i}" for i in range(700)] + ["kim"],  # hundreds of values
    ],
)
def test_any_of_finds_the_rows_in_finds(people, values):
    any_of, in_ = _both(Speaker, "family_key", values)
    assert any_of == in_
    assert any_of  # every case finds someone


def test_any_of_on_integers_and_foreign_keys(people):
    ids = [people[0].pk, people[2].pk, 10**9]
    assert _both(Speaker, "pk", ids) == ({people[0].pk, people[2].pk},) * 2
    aliases, expected = _both(SpeakerAlias, "speaker_id", {people[1].pk: [], people[4].pk: []})
    assert aliases == expected and len(aliases) == 2


def test_any_of_an_empty_list_finds_nothing(people):
    assert not Speaker.objects.filter(family_key__any_of=[]).exists()
    assert not Speaker.objects.filter(family_key__any_of=[None]).exists()


def test_on_postgresql_the_values_are_one_parameter(people):
    few = Speaker.objects.filter(family_key__any_of=["trump"]).query.sql_with_params()
    many = Speaker.objects.filter(family_key__any_of=["trump", "kim", "x" * 5]).query
    sql, params = many.sql_with_params()
    if connection.vendor != "postgresql":
        assert len(params) == 3  # `in` elsewhere
        return
    assert sql == few[0]  # the same statement text for any number of values
    assert params == ('{"trump","kim","xxxxx"}',)


def test_any_of_reads_a_generator_once(people):
    found = Speaker.objects.filter(family_key__any_of=(k for k in ["trump", "kim"]))
    assert found.count() == 3


def test_any_of_refuses_model_instances(people):
    with pytest.raises(TypeError):
        list(SpeakerAlias.objects.filter(speaker_id__any_of=[people[0]]))
