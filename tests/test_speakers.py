"""Resolving the people an article quotes to canonical speakers across articles."""

from __future__ import annotations

import pytest

from tracker.extraction.types import Entity, Mention
from tracker.models import Speaker, SpeakerAlias
from tracker.services.speakers import find_speaker, get_or_create_speaker, resolve_entities

pytestmark = pytest.mark.django_db


def entity(name: str, *mentions: str, role: str | None = None) -> Entity:
    return Entity(name, "person", role, tuple(Mention(0, len(m), m) for m in mentions))


def test_only_quoted_entities_become_speakers():
    pompeo = entity("Mike Pompeo", "Mike Pompeo", "Pompeo")
    bessho = entity("Koro Bessho", "Koro Bessho")
    resolved = resolve_entities((pompeo, bessho), speaking={"Mike Pompeo"})
    assert list(resolved) == ["Mike Pompeo"]
    assert not Speaker.objects.filter(name="Koro Bessho").exists()


def test_short_forms_become_aliases_but_pronouns_and_role_nouns_do_not():
    pompeo = entity(
        "Mike Pompeo", "Mike Pompeo", "Mr Pompeo", "He", "the chief U.S. diplomat", "Pompeo"
    )
    speaker = resolve_entities((pompeo,), speaking={"Mike Pompeo"})["Mike Pompeo"]
    assert set(speaker.aliases.values_list("normalised", flat=True)) == {"mike pompeo", "pompeo"}
    assert find_speaker("Mr. Pompeo") == speaker


def test_people_sharing_a_family_name_stay_apart():
    kim = get_or_create_speaker("Kim Jong Un")
    aide = get_or_create_speaker("Kim Yong Chol")
    assert kim != aide
    assert get_or_create_speaker("Kim Jong Un") == kim


def test_a_middle_initial_finds_the_known_speaker():
    trump = get_or_create_speaker("Donald Trump")
    assert get_or_create_speaker("Donald J. Trump") == trump


def test_a_different_middle_initial_is_not_merged_into_a_fuller_name():
    elder = get_or_create_speaker("George H. W. Bush")
    assert get_or_create_speaker("George W. Bush") != elder


def test_a_known_role_is_kept_and_a_missing_one_filled_in():
    speaker = get_or_create_speaker("Ma Zhaoxu")
    assert (
        get_or_create_speaker("Ma Zhaoxu", role="Chinese Ambassador").role == "Chinese Ambassador"
    )
    assert get_or_create_speaker("Ma Zhaoxu", role="Vice minister").role == "Chinese Ambassador"
    assert SpeakerAlias.objects.filter(speaker=speaker).count() == 1


def test_a_descriptive_speaker_name_is_found_again():
    campaign = get_or_create_speaker("Trump campaign", kind="organisation")
    assert get_or_create_speaker("Trump campaign", kind="organisation") == campaign
    assert Speaker.objects.filter(name="Trump campaign").count() == 1
