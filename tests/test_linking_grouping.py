"""Verification and grouping: each kind of variant links, and a look-alike negative does not."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
from growth import GROWTH, best_times, cpu_seconds

from tracker.linking.display import fullest, word_diff
from tracker.linking.grouping import (
    FULL,
    KEY_CAP,
    TALKING_POINT,
    UTTERANCE,
    Index,
    Item,
    Linker,
    StatementState,
    candidate_states,
    candidates,
)
from tracker.linking.keys import shingle_keys
from tracker.linking.match import shared_phrase, utterance_score
from tracker.linking.normalise import tokens
from tracker.linking.stats import Tally

SMUGGLING = (
    "Right now, North Korea is illegally smuggling petroleum products into the country at a "
    "level that far exceeds the quotas established by the United Nations."
)
BASE = (
    "We expect every nation to abide by the UN Security Council resolutions and enforce "
    "sanctions on North Korea."
)

VARIANTS = [
    ("identical", BASE),
    ("partial quote", "abide by the UN Security Council resolutions"),
    (
        "spelling and punctuation",
        "We expect every nation to abide by the U.N. Security Council "
        "resolutions, and enforce sanctions on North Korea",
    ),
    (
        "inserted word",
        "We expect every single nation to abide by the UN Security Council "
        "resolutions and enforce sanctions on North Korea.",
    ),
    (
        "dropped word",
        "We expect every nation to abide by the UN Security Council resolutions "
        "and enforce sanctions on Korea.",
    ),
    (
        "ellipsis",
        "We expect every nation to abide by the UN Security Council resolutions ... "
        "on North Korea.",
    ),
    (
        "bracketed clarification",
        "[The US] expect every nation to abide by the UN Security "
        "Council resolutions and enforce sanctions on North Korea.",
    ),
]
NEGATIVES = [
    (
        "same topic, other words",
        "We expect China to stop the oil deliveries and enforce the ban on North Korea right now.",
    ),
    ("shared opening only", "We expect every nation to reject the proposal from Moscow this week."),
    ("other partial quote", "resolutions that were passed last year by Russia"),
]


def t(text: str) -> tuple[str, ...]:
    return tokens(text)


@pytest.mark.parametrize(("kind", "text"), VARIANTS, ids=[v[0] for v in VARIANTS])
def test_variants_match_the_original(kind, text):
    assert utterance_score(t(text), t(BASE)) > 0


@pytest.mark.parametrize(("kind", "text"), NEGATIVES, ids=[v[0] for v in NEGATIVES])
def test_different_statements_do_not_match(kind, text):
    assert utterance_score(t(text), t(BASE)) == 0


def _linker() -> Linker:
    counter = itertools.count(1)
    return Linker(Index(), lambda: next(counter))


@pytest.mark.parametrize(("kind", "text"), VARIANTS, ids=[v[0] for v in VARIANTS])
def test_variant_joins_the_statement_from_another_article(kind, text):
    linker = _linker()
    first = linker.link(Item.build(1, BASE, speaker=7, source=1))
    assert linker.link(Item.build(2, text, speaker=7, source=2)) == first


@pytest.mark.parametrize(("kind", "text"), NEGATIVES, ids=[v[0] for v in NEGATIVES])
def test_negative_starts_its_own_statement(kind, text):
    linker = _linker()
    first = linker.link(Item.build(1, BASE, speaker=7, source=1))
    assert linker.link(Item.build(2, text, speaker=7, source=2)) != first


def test_partial_quote_in_the_same_article_joins_the_full_quote():
    linker = _linker()
    short = linker.link(Item.build(1, "illegally smuggling", speaker=3, source=1))
    full = linker.link(Item.build(2, SMUGGLING, speaker=3, source=1))
    assert short == full
    assert linker.index.statements[full].text == SMUGGLING  # the fullest variant shows


def test_common_phrase_from_another_speaker_does_not_link():
    linker = _linker()
    first = linker.link(Item.build(1, BASE, speaker=7, source=1))
    assert linker.link(Item.build(2, "the UN Security Council", speaker=8, source=2)) != first


def test_two_word_fragment_does_not_link_across_articles():
    linker = _linker()
    full = linker.link(Item.build(1, SMUGGLING, speaker=3, source=1))
    assert linker.link(Item.build(2, "illegally smuggling", speaker=3, source=2)) != full


def test_short_fragment_of_another_speaker_does_not_link():
    linker = _linker()
    full = linker.link(Item.build(1, SMUGGLING, speaker=3, source=1))
    assert linker.link(Item.build(2, "illegally smuggling", speaker=4, source=1)) != full


def test_one_word_scare_quote_never_links():
    linker = _linker()
    full = linker.link(Item.build(1, "They made a complete commitment", speaker=3, source=1))
    assert linker.link(Item.build(2, "complete", speaker=3, source=1)) != full


def test_talking_point_links_one_speakers_phrase_across_articles():
    linker = _linker()
    a = linker.link(
        Item.build(
            1,
            "The countries of the Security Council are united on the "
            "need for final, fully verified denuclearization of North Korea,",
            speaker=5,
            source=1,
        )
    )
    b = linker.link(
        Item.build(
            2,
            "achieve final, fully-verified denuclearisation of North "
            "Korea, which Chairman Kim Jong Un had agreed to",
            speaker=5,
            source=2,
        )
    )
    assert a == b
    statement = linker.index.statements[a]
    assert statement.kind == TALKING_POINT
    assert statement.text == "final, fully verified denuclearization of North Korea"


def test_same_phrase_from_another_speaker_is_no_talking_point():
    linker = _linker()
    a = linker.link(
        Item.build(
            1,
            "we need a final, fully verified denuclearization of North Korea before anything else",
            speaker=5,
            source=1,
        )
    )
    b = linker.link(
        Item.build(
            2,
            "there will be no final, fully verified denuclearization of North Korea without talks",
            speaker=6,
            source=2,
        )
    )
    assert a != b
    assert linker.index.statements[a].kind == UTTERANCE


def test_phrase_of_function_words_is_no_talking_point():
    a = t("and it is what it is going to be for all of us today")
    b = t("nobody knows but it is what it is going to be for all of them")
    assert shared_phrase(a, b) is None


def test_grouping_is_not_transitive():
    # B is a partial quote of A and C contains B, but C is a different statement from A.
    linker = _linker()
    a = linker.link(
        Item.build(
            1,
            "We will enforce sanctions on North Korea until the regime "
            "gives up every nuclear weapon it has built",
            speaker=1,
            source=1,
        )
    )
    linker.link(Item.build(2, "enforce sanctions on North Korea", speaker=1, source=2))
    c = linker.link(
        Item.build(
            3,
            "We will not enforce sanctions on North Korea if China keeps "
            "buying its coal and its textiles in secret",
            speaker=1,
            source=3,
        )
    )
    assert c != a


def test_quotes_of_one_statement_by_two_speakers_are_a_conflict():
    linker = _linker()
    a = linker.link(Item.build(1, BASE, speaker=1, source=1))
    linker.link(Item.build(2, BASE, speaker=2, source=2))
    assert linker.index.statements[a].speakers == {1, 2}
    tally = Tally()
    for speaker, story in ((1, 1), (2, 2)):
        tally.add(None, story, speaker, confident=True)
    assert tally.conflict
    same = Tally().add(None, 1, 1, confident=True).add(None, 2, 1, confident=True)
    assert not same.add(None, 3, None).conflict


def test_fullest_variant_is_the_display_text():
    assert fullest(["abide by the UN", BASE, "North Korea"]) == BASE


def test_word_diff_shows_how_a_variant_differs():
    ops = word_diff("We expect every single nation to abide ... on North Korea.", BASE)
    kinds = [op.op for op in ops]
    assert kinds[0] == "equal"
    assert ("insert", "", "single") in [(o.op, o.display, o.variant) for o in ops]
    assert any(o.op in ("replace", "delete") and "sanctions" in o.display for o in ops)


def test_word_diff_treats_spelling_variants_as_equal():
    ops = word_diff("the denuclearisation of North Korea", "the denuclearization of North Korea")
    assert [op.op for op in ops] == ["equal"]
    assert ops[0].variant == "the denuclearisation of North Korea"


def test_posting_a_statements_keys_skips_those_it_has_and_fills_common_ones():
    index = Index()
    index.post(StatementState(1, "", ()), [10, 11, 10])
    assert index.new_postings == [(10, 1), (11, 1)]  # the repeated key once
    assert index.add(11, 1) is False  # already posted
    for sid in range(2, KEY_CAP + 1):
        index.post(StatementState(sid, "", ()), [10])
    assert index.postings[10] == list(range(1, KEY_CAP + 1)) and not index.filled
    index.post(StatementState(KEY_CAP + 1, "", ()), [10, 12])
    # The key is now too common: its statements forgotten, not posted, marked to be stored full.
    assert index.postings[10] is FULL and index.filled == {10}
    assert index.new_postings[-1] == (12, KEY_CAP + 1)
    assert index.add(10, 99) is False


def test_candidate_states_are_the_candidates():
    counter = itertools.count(1)
    linker = Linker(Index(), lambda: next(counter))
    linker.link(Item.build(1, BASE, 1, 1))
    linker.link(Item.build(2, SMUGGLING, 1, 1))
    item = Item.build(3, "abide by the UN Security Council resolutions", 1, 1)
    keys = shingle_keys(item.tokens)
    states = candidate_states(item, keys, linker.index)
    assert [st.id for st in states] == candidates(item, keys, linker.index)
    assert all(st is linker.index.statements[st.id] for st in states)


def _link_one_article(texts: list[str]) -> float:
    """CPU seconds to link the quotes of one article, one per text."""
    linker = Linker(Index(), itertools.count(1).__next__)
    items = [Item.build(i, text, 7, 1) for i, text in enumerate(texts)]

    def link_all() -> None:
        for item in items:
            linker.link(item)

    return cpu_seconds(link_all)


def _grows_linearly(texts: Callable[[int], list[str]], small: int) -> tuple[float, float, float]:
    """Best times to link an article of `small` quotes and one of four times as many (sizes
    that take tens of milliseconds, not a few), and their ratio."""
    return best_times(
        lambda: _link_one_article(texts(small)),
        lambda: _link_one_article(texts(4 * small)),
        4 * GROWTH,
    )


def test_one_word_quotes_of_one_article_link_in_linear_time():
    # Each used to be compared with every statement of its article before it was found to be
    # too short to link (quadratic: 16x for four times the quotes). An interview printed in one
    # sentence gives such quotes ("yes").
    small, large, ratio = _grows_linearly(lambda n: ["yes"] * n, 16000)
    assert ratio <= 4 * GROWTH, (small, large)


def _assignments(items: list[Item]) -> list[tuple[int, int]]:
    index = Index()
    linker = Linker(index, itertools.count(1).__next__)
    for item in items:
        linker.link(item)
    return index.assigned


def test_an_article_of_many_short_quotes_links_as_if_every_statement_were_compared(
    monkeypatch,
):
    # Rule many_in_one_article: past BIG_SOURCE statements an article's statements are filed
    # by word pairs; the quotes link exactly as when each is compared with all of them.
    import random

    from tracker.linking import grouping

    rng = random.Random(11)
    vocabulary = ["fine", "day", "we", "will", "win", "the", "deal", "no", "yes", "great"]
    texts = []
    for _ in range(400):
        n = rng.choice([1, 2, 2, 2, 3, 5, 8])
        texts.append(" ".join(rng.choice(vocabulary) for _ in range(n)))
    items = [
        Item.build(i, text, rng.choice([7, 8, None]), rng.choice([1, 1, 1, 2]))
        for i, text in enumerate(texts)
    ]
    filed = _assignments(items)
    monkeypatch.setattr(grouping, "BIG_SOURCE", 10**9)  # every statement compared
    assert _assignments(items) == filed
    assert len({sid for _, sid in filed}) < len(items)  # some did link


def test_two_word_quotes_of_one_article_link_in_linear_time():
    small, large, ratio = _grows_linearly(lambda n: [f"fine k{i}son" for i in range(n)], 4000)
    assert ratio <= 4 * GROWTH, (small, large)
