"""Normalisation: each printing difference disappears; different words stay different."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tracker.linking.normalise import normalise, spelling, tokens

SAME = [
    ("case", "North Korea", "NORTH KOREA"),
    ("quote marks", "“It’s time,” he said", "\"It's time,\" he said"),
    ("hyphens", "fully-verified", "fully verified"),
    ("dashes", "blocked it — what", "blocked it -- what"),
    ("punctuation", "Now, for China: to block it!", "Now for China to block it"),
    ("whitespace", "illegally   smuggling\n petroleum", "illegally smuggling petroleum"),
    ("-ise", "denuclearisation", "denuclearization"),
    ("-ised", "organised labour", "organized labor"),
    ("-yse", "we analysed it", "we analyzed it"),
    ("-our", "honour our favourite neighbours", "honor our favorite neighbors"),
    ("-re", "the centre of the theatre", "the center of the theater"),
    ("doubled l", "she travelled and cancelled", "she traveled and canceled"),
    ("word list", "defence programme", "defense program"),
    ("number words", "two million barrels", "2 million barrels"),
    ("thousands separator", "500,000 barrels", "five hundred thousand barrels"),
    ("compound numbers", "twenty-five years", "25 years"),
    ("percent", "ten per cent", "10%"),
    ("ordinals", "the first summit", "the 1st summit"),
    ("contractions", "we can't and we're not", "we cannot and we are not"),
    ("editor's brackets", "We know [the violations] are going", "We know are going"),
    ("ellipsis", "committed to denuclearization...we are", "committed to denuclearization we are"),
    ("acronyms", "the U.S. and the U.N.", "the US and the UN"),
]

DIFFERENT = [
    ("case keeps words", "North Korea", "South Korea"),
    ("-our keeps short words", "four hours", "for hors"),
    ("-our keeps your", "your", "yor"),
    ("numbers keep their value", "two million", "three million"),
    ("separate numbers stay apart", "one, two", "12"),
    ("ordinals differ", "first", "second"),
    ("negation stays", "we can do it", "we cannot do it"),
    ("brackets only drop square ones", "the (U.N.) rules", "the rules"),
]


@pytest.mark.parametrize(("what", "a", "b"), SAME, ids=[case[0] for case in SAME])
def test_printing_differences_normalise_away(what, a, b):
    assert normalise(a).tokens == normalise(b).tokens


@pytest.mark.parametrize(("what", "a", "b"), DIFFERENT, ids=[case[0] for case in DIFFERENT])
def test_different_words_stay_different(what, a, b):
    assert normalise(a).tokens != normalise(b).tokens


def test_spans_point_at_the_original_words():
    text = "Achieve “final, fully-verified denuclearisation” — of two million"
    result = normalise(text)
    originals = [text[start:end] for start, end in result.spans]
    assert originals[:4] == ["Achieve", "final", "fully", "verified"]
    assert originals[-1] == "two million"
    assert result.tokens[-1] == "2000000"


def test_fast_tokens_equal_full_normalisation():
    for _, a, b in SAME + DIFFERENT:
        assert tokens(a) == normalise(a).tokens
        assert tokens(b) == normalise(b).tokens


def test_spelling_leaves_american_and_short_words_alone():
    assert spelling("organization") == "organization"
    assert spelling("our") == "our"
    assert spelling("genre") == "genre"


def test_linking_package_has_no_django_imports():
    package = Path(__file__).resolve().parents[1] / "tracker" / "linking"
    for path in package.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            assert not any(name.split(".")[0] == "django" for name in names), path.name


def test_shingle_keys_are_stable_across_processes_and_versions():
    # Stored keys must match keys computed later, by another process or Python: if this fails,
    # hashing changed and `manage.py relink` must run after the upgrade.
    from tracker.linking.keys import shingle_keys

    assert shingle_keys(tokens("final, fully verified denuclearization of North Korea")) == [
        290569475466583492,
        5794786416260313416,
        -6274586253900857408,
        4968779202067797403,
        4167560452020821053,
    ]


def test_windows_of_function_words_have_no_key():
    from tracker.linking.keys import shingle_keys

    assert shingle_keys(tokens("it is what it is")) == []
    assert len(shingle_keys(tokens("it is what it is, North Korea"))) == 2
