"""The pure rules of following: what a watch wants, what a quotation offers (no database)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.services.watch_terms import Offer, Want, sentence_around, stem, topic_words


def offer(
    text: str,
    speaker: int | None = 1,
    statement: int | None = None,
    outlet: str = "Wire One",
    published: date | None = date(2018, 8, 6),
) -> Offer:
    return Offer.of(text, speaker, statement, outlet, published)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("sanctions", "sanction"),
        ("talked", "talk"),
        ("talking", "talk"),
        ("bus", "bus"),
        ("uses", "uses"),
    ],
)
def test_stem_drops_common_endings_of_long_words(word, expected):
    assert stem(word) == expected


def test_topic_words_fold_case_and_repeats():
    assert topic_words("Sanctions, SANCTION and the Talks") == ["sanction", "and", "the", "talk"]


def test_a_speaker_on_a_topic_needs_both():
    want = Want(speaker_id=1, words=("sanction",))
    assert want.matches(offer("We keep the sanctions"))
    assert not want.matches(offer("We keep the sanctions", speaker=2))
    assert not want.matches(offer("We keep the pressure"))


def test_short_words_must_match_whole():
    want = Want(words=("war",))
    assert want.matches(offer("No war now"))
    assert not want.matches(offer("A warning"))


def test_every_watch_is_found_through_an_anchor_its_matches_offer():
    cases = [
        (Want(statement_id=7), offer("anything", statement=7)),
        (Want(speaker_id=1, words=("sanction",)), offer("Sanctioned firms")),
        (Want(words=("sanction", "korea")), offer("Korean sanctions")),
        (Want(words=("war",)), offer("war, again")),
        (Want(outlet="wire one"), offer("x", outlet="  Wire   ONE ")),
    ]
    for want, matching in cases:
        assert want.matches(matching)
        assert want.anchor() in matching.anchors


def test_dates_of_a_saved_search_bound_its_matches():
    want = Want(words=("talk",), start=date(2018, 1, 1), end=date(2018, 12, 31))
    assert want.matches(offer("talks"))
    assert not want.matches(offer("talks", published=date(2019, 1, 1)))
    assert not want.matches(offer("talks", published=None))


def test_a_watch_with_nothing_to_follow_has_no_anchor():
    with pytest.raises(ValueError):
        Want(start=date(2018, 1, 1)).anchor()


def test_sentence_around_keeps_the_quotation_in_its_sentence():
    text = 'First one. "We will act," Smith told reporters on Monday. Later on.'
    start = text.index('"We')
    end = text.index(',"') + 2
    assert sentence_around(text, start, end) == (
        "",
        '"We will act,"',
        " Smith told reporters on Monday.",
    )
    text = "Intro.\n\nHe said the talks were \u201cgoing well\u201d today. Next."
    start = text.index("\u201c")
    assert sentence_around(text, start, start + 12) == (
        "He said the talks were ",
        "\u201cgoing well\u201d",
        " today.",
    )


def test_anchored_matching_finds_exactly_what_checking_every_watch_finds():
    """The anchor index may skip a watch only when the watch cannot match."""
    import random

    from tracker.services.watch_matching import match_offers

    rng = random.Random(3)
    vocab = [
        "sanctions",
        "sanction",
        "war",
        "warning",
        "talks",
        "talked",
        "oil",
        "korea",
        "korean",
        "tariff",
        "tariffs",
        "bus",
        "buses",
        "summit",
    ]
    offers = {
        i: offer(
            " ".join(rng.sample(vocab, 4)),
            speaker=rng.choice([1, 2, None]),
            statement=rng.choice([5, 6, None]),
            outlet=rng.choice(["A", "B", ""]),
        )
        for i in range(40)
    }
    rows = []
    for i in range(300):
        row = {
            "id": i,
            "user_id": i % 7,
            "speaker_id": rng.choice([1, 2, None]),
            "statement_id": rng.choice([5, 6, None, None]),
            "outlet": rng.choice(["a", "", ""]),
            "query": " ".join(rng.sample(vocab, rng.randint(0, 2))),
            "start": None,
            "end": None,
            "phrase": "",
        }
        if row["speaker_id"] and i % 5 == 0:  # a talking point: its speaker and two words
            row["phrase"] = " ".join(rng.sample(vocab, 2))
        if row["speaker_id"] or row["statement_id"] or row["outlet"] or row["query"]:
            rows.append(row)
    from tracker.services.watch_matching import want_from

    every = {(r["id"], q) for r in rows for q, o in offers.items() if want_from(r).matches(o)}
    anchored = {(hit.watch["id"], hit.quotation_id) for hit in match_offers(offers, rows)}
    assert anchored == every and every
