"""Fixtures for the corrections tests: two short articles that report the same statement."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import pytest

from tracker.models import Quotation, Source, Speaker, SpeakerAlias, Statement

TEXT_A = (
    'Mike Pompeo said "We will keep the pressure on." Nikki Haley agreed. '
    '"Sanctions stay," he said.'
)
TEXT_B = 'In Singapore, "We will keep the pressure on," Pompeo told reporters.'


@dataclass
class World:
    source_a: Source
    source_b: Source
    pompeo: Speaker
    haley: Speaker
    statement: Statement
    quote_a: Quotation  # "We will keep the pressure on." in A, linked to `statement`
    quote_b: Quotation  # the same words in B, linked to `statement`
    quote_he: Quotation  # "Sanctions stay," in A, attributed through "he"


def make_speaker(name: str, *aliases: str, role: str = "") -> Speaker:
    speaker = Speaker.objects.create(name=name, slug=name.lower().replace(" ", "-"), role=role)
    for alias in (name, *aliases):
        SpeakerAlias.objects.create(speaker=speaker, alias=alias)
    return speaker


def make_quote(source: Source, words: str, speaker: Speaker | None, **extra) -> Quotation:
    start = source.text.index(words)
    return Quotation.objects.create(
        source=source,
        start=start,
        end=start + len(words),
        text=words,
        speaker=speaker,
        published=source.published,
        **extra,
    )


@pytest.fixture
def world(db) -> World:
    source_a = Source.objects.create(
        title="Pompeo presses Asean",
        outlet="Straits Times",
        published=datetime.date(2018, 8, 4),
        text=TEXT_A,
        content_hash="a",
    )
    source_b = Source.objects.create(title="Pressure", outlet="Wire", text=TEXT_B, content_hash="b")
    pompeo = make_speaker("Mike Pompeo", "Pompeo", role="US Secretary of State")
    haley = make_speaker("Nikki Haley", "Haley")
    statement = Statement.objects.create(text="We will keep the pressure on.", quotation_count=2)
    quote_a = make_quote(
        source_a,
        '"We will keep the pressure on."',
        pompeo,
        statement=statement,
        speaker_mention="Mike Pompeo",
        confidence=0.9,
    )
    quote_b = make_quote(
        source_b,
        '"We will keep the pressure on,"',
        pompeo,
        statement=statement,
        speaker_mention="Pompeo",
        confidence=0.8,
    )
    quote_he = make_quote(
        source_a, '"Sanctions stay,"', pompeo, speaker_mention="he", confidence=0.4
    )
    return World(source_a, source_b, pompeo, haley, statement, quote_a, quote_b, quote_he)


@pytest.fixture(name="make_speaker")
def _make_speaker_fixture():
    return make_speaker


@pytest.fixture(name="make_quote")
def _make_quote_fixture():
    return make_quote
