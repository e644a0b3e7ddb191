"""Quotation spans: which marks open and close, and what counts as a quote."""

from __future__ import annotations

import time

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


def test_degenerate_input_is_handled_in_linear_time():
    # Each of these took minutes when some step was quadratic; now about a second each.
    for text in ("Mr. Smith said. " * 20000, "'a b c' " * 20000, "“a” " * 20000,
                 '"' * 50000, 'He said "a ' * 20000):
        start = time.process_time()
        extract(text)
        assert time.process_time() - start < 8, text[:20]
