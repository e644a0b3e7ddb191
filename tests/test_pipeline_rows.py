"""pipeline._NewRows: an article's quotation rows made as `Quotation(**values)` makes them."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.models import Quotation, Source, Speaker
from tracker.services.pipeline import _NewRows

pytestmark = pytest.mark.django_db


def _fields(q: Quotation) -> dict:
    return {f.attname: getattr(q, f.attname) for f in Quotation._meta.concrete_fields}


@pytest.mark.parametrize("speaker", ["stored", "new", None])
def test_a_row_is_the_instance_the_constructor_makes(speaker):
    source = Source.objects.create(title="T", text="He said it.", content_hash="h")
    who = {
        "stored": Speaker.objects.create(name="Ann Example", slug="ann-example"),
        "new": Speaker(name="Bob Example", slug="bob-example"),
        None: None,
    }[speaker]
    values = dict(
        start=0,
        end=10,
        text="He said it",
        speaker_description="",
        speaker_ambiguous=False,
        speaker_mention="he",
        cue="said",
        confidence=0.8,
        is_partial=False,
        published=dt.date(2018, 8, 4),
        statement_id=None,
    )
    made = _NewRows(Quotation)({"source": source, "speaker": who}, **values)
    expected = Quotation(source=source, speaker=who, **values)
    got, want = _fields(made), _fields(expected)
    assert got.pop("created_at") <= want.pop("created_at")  # made first
    assert got == want
    assert made.source is source and made.speaker is who
    assert made._state.adding


def test_defaults_are_worked_out_once_per_maker():
    """A callable default (created_at's timezone.now) is the same for the maker's rows."""
    source = Source(pk=1, title="T", text="x")
    new = _NewRows(Quotation)
    a, b = (new({"source": source}, start=i, end=i + 1, text="x") for i in range(2))
    assert a.created_at == b.created_at and a.version == b.version == 1
    assert (a.start, b.start, a.source_id) == (0, 1, 1)
