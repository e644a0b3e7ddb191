"""Quotation spans: which marks open and close, and what counts as a quote."""

from __future__ import annotations

import time

import pytest

from tracker.extraction import extract
from tracker.extraction.marks import find_spans


def spans(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_spans(text)]


def quotes(text: str) -> list[str]:
    return [q.text for q in extract(text).quotes]


def test_straight_double_quotes_cover_the_words_with_inner_punctuation():
    text = '"The countries of the Security Council are united," the chief U.S. diplomat said.'
    assert spans(text) == ["The countries of the Security Council are united,"]


def test_curly_double_quotes_are_found():
    text = "“China and Russia blocked it,” said U.S. Ambassador Nikki Haley."
    assert spans(text) == ["China and Russia blocked it,"]


def test_single_quotes_nested_inside_double_ones_stay_inside():
    text = "\"He told me, 'We will win this,' and I believed him,\" Mr. Smith said."
    assert spans(text) == ["He told me, 'We will win this,' and I believed him,"]


def test_apostrophes_are_not_quotation_marks():
    text = "It's worth remembering this isn't just America's goal, Pompeo's aides said."
    assert spans(text) == []


def test_guillemets_are_quotation_marks():
    text = "«Nous sommes prêts», a déclaré le ministre."
    assert spans(text) == ["Nous sommes prêts"]


def test_backquotes_open_and_two_apostrophes_close():
    text = "``We will win this state,'' Mr. Smith said."
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [
        ("We will win this state,", "Smith")]


def test_a_nickname_with_no_speaker_is_not_a_quote():
    text = 'The senator, known to supporters as "Little Marco," skipped the event in Iowa.'
    assert quotes(text) == []


def test_new_york_times_two_apostrophes_open_and_close_a_quote():
    text = "''People turn to Facebook to check on loved ones,'' Ms. White said."
    assert spans(text) == ["People turn to Facebook to check on loved ones,"]


def test_new_york_times_nested_single_mark_next_to_the_closing_one():
    text = "''He kept saying 'no way,''' Mr. Abboud said."
    assert spans(text) == ["He kept saying 'no way,'"]


def test_a_stray_mark_does_not_swallow_the_rest_of_the_article():
    text = ('Pompeo said the talks were "productive.\n\n'
            'Kang said she would meet him. "We are ready," she said.')
    got = spans(text)
    assert "We are ready," in got
    assert not any("Kang said" in s for s in got)


def test_unbalanced_marks_never_crash():
    for text in ['"', '""', '“', 'He said "', '" "', "''", "'''", '“”', "a ' b ' c"]:
        extract(text)


def test_a_quote_running_over_paragraphs_gives_one_quote_per_paragraph():
    text = ('"We want to remind every nation of this.\n\n'
            '"We expect every nation to abide by the resolutions," he said.')
    got = find_spans(text)
    assert [text[s.start:s.end] for s in got] == [
        "We want to remind every nation of this.",
        "We expect every nation to abide by the resolutions,"]
    assert got[0].continued and got[1].continues and got[0].chain == got[1].chain


# Rule elided_letter: an apostrophe for left-out letters is no quotation mark, straight or curly.
def test_an_elided_letter_does_not_close_a_double_quoted_quote():
    for text, words in [
        ('Trump called him "Lyin\' Ted" again on Tuesday.', "Lyin' Ted"),
        ("Trump called him “Lyin’ Ted” again on Tuesday.", "Lyin’ Ted"),
        ("Trump called him ''Lyin' Ted'' again on Tuesday.", "Lyin' Ted"),
        ('He said "I love rock \'n\' roll music" at the show.', "I love rock 'n' roll music"),
        ("He said “I love rock ’n’ roll music” at the show.", "I love rock ’n’ roll music"),
        ('He said "we are goin\' home now" at the show.', "we are goin' home now"),
        ('He said "we are goin\'" at the show.', "we are goin'"),
        ("''We are goin''' he said at the show.", "We are goin'"),
        ('He said "we will get \'em all" at the show.', "we will get 'em all"),
        ("He said “we will get ’em all” at the show.", "we will get ’em all"),
        ('He said "back in the \'90s it was fine" at the show.', "back in the '90s it was fine"),
        ("He said “back in the ’90s it was fine” at the show.", "back in the ’90s it was fine"),
    ]:
        assert spans(text) == [words], text


def test_an_elided_letter_does_not_close_a_single_quoted_quote():
    for text, words in [
        ("Trump said 'Lyin' Ted is a liar' at the rally.", "Lyin' Ted is a liar"),
        ("Trump said ‘Lyin’ Ted is a liar’ at the rally.", "Lyin’ Ted is a liar"),
        ("Trump said 'I love rock 'n' roll music' at the rally.", "I love rock 'n' roll music"),
        ("Trump said ‘I love rock ’n’ roll music’ at the rally.", "I love rock ’n’ roll music"),
        ("Trump said 'we are goin' home now' at the rally.", "we are goin' home now"),
        ("Trump said ‘we are goin’ home now’ at the rally.", "we are goin’ home now"),
        ("Trump said 'good ol' boys run it' at the rally.", "good ol' boys run it"),
        ("Trump said 'we will get 'em all' at the rally.", "we will get 'em all"),
        ("Trump said ‘we will get ’em all’ at the rally.", "we will get ’em all"),
        ("Trump said 'back in the '90s it was fine' at the rally.",
         "back in the '90s it was fine"),
        ("Trump said ‘back in the ’90s it was fine’ at the rally.",
         "back in the ’90s it was fine"),
    ]:
        assert spans(text) == [words], text


def test_an_elided_word_does_not_open_a_single_quote():
    text = "He likes rock 'n roll and 'em all, and 'other stuff like this' today."
    assert spans(text) == ["other stuff like this"]


def test_real_closing_single_marks_still_close():
    # British style, straight and curly, one after another in a paragraph.
    text = "Trump said 'we will win this state,' and left. He said 'no more of this' later."
    assert spans(text) == ["we will win this state,", "no more of this"]
    text = "Trump said ‘we will win this state’ and left. He said ‘no more of this’ later."
    assert spans(text) == ["we will win this state", "no more of this"]
    # A dropped g at the very end of a quote closes it when nothing else does.
    assert spans("Trump said 'we are goin',' and left.") == ["we are goin',"]
    assert spans("Trump said 'we are just talkin' and then 'another thing here' ended.") == [
        "we are just talkin", "another thing here"]
    # Nested: the single quote inside a double one closes itself, not the double one.
    text = "\"He said 'no' today and 'yes' tomorrow,\" Mr. Smith said."
    assert spans(text) == ["He said 'no' today and 'yes' tomorrow,"]
    text = "\"We're goin' with 'no' today,\" Mr. Smith said."
    assert spans(text) == ["We're goin' with 'no' today,"]


def test_lyin_ted_reaches_the_quotes_with_its_speaker():
    text = "Trump said, “Lyin’ Ted Cruz lies about everything.” He repeated it later."
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [
        ("Lyin’ Ted Cruz lies about everything.", "Trump")]
    text = "Trump told the crowd 'Lyin' Ted will never win this' on Tuesday."
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [
        ("Lyin' Ted will never win this", "Trump")]


def test_single_quoted_headline_of_three_words_or_more_counts():
    text = "Ryan: Anti-Semitic Images Have ‘No Place In A Presidential Campaign’"
    assert spans(text) == ["No Place In A Presidential Campaign"]


def test_book_titles_with_no_speaker_are_not_quotes():
    text = 'She is the author of the book "The Fixers: Eddie Mannix and the MGM Machine."'
    assert quotes(text) == []


def test_scare_quotes_with_no_speaker_are_left_out():
    text = 'The so-called "deal" fell apart within weeks of the summit in Vienna.'
    assert quotes(text) == []


def test_photo_captions_are_not_quotes():
    text = "(Mike Pompeo)[Getty/Kyodo]\n\nPompeo also called for cracking down on evasion."
    assert quotes(text) == []


def test_a_show_title_before_a_role_word_is_not_a_quote():
    text = ('"Orange is the New Black" star Selenis Leyva said she was proud of the show. '
            'Peter Serafinowicz, who has starred in "Parks and Recreation" and "Guardians of the '
            'Galaxy," posted a video on Twitter.')
    assert extract(text).quotes == ()


@pytest.mark.parametrize("text", [
    # A show's title after its channel's or network's possessive, in lower case.
    'Sunday on Fox News channel\u2019s \u201cSunday Morning Futures,\u201d Rep. Darrell Issa '
    'criticized the plan.',
    "She appeared on the network's \"Meet the Press\" on Sunday to defend the plan.",
    "He wrote in the magazine's \"Letters From Washington\" column last week.",
])
def test_a_show_title_after_a_media_noun_is_not_a_quote(text):
    assert extract(text).quotes == ()


def test_degenerate_input_is_handled_in_linear_time():
    # Each of these took minutes when some step was quadratic; now about a second each.
    for text in ("Mr. Smith said. " * 20000, "'a b c' " * 20000, "“a” " * 20000,
                 '"' * 50000, 'He said "a ' * 20000):
        start = time.process_time()
        extract(text)
        assert time.process_time() - start < 8, text[:20]
