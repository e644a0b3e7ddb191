"""Titles of works in quotation marks (songs, books, films, shows, podcasts, reports, bills,
campaigns) are taken out before attribution (step titles, engine.title_rule): a title is no
quote, no cue's object and no boundary that changes who speaks the real quote beside it, as
US and Canadian news write them ('Dolly Parton, who wrote "I Will Always Love You" in 1973,
told Rolling Stone that the song "came from a real place."' is Parton's, not the
magazine's). Each title is named by the rule that decided; none of these paragraphs comes
from an annotated corpus."""

from __future__ import annotations

import pytest

from tracker.extraction import extract
from tracker.extraction.cues import TITLE
from tracker.extraction.engine import appositive_title, extract_with_features, title_rule
from tracker.extraction.marks import find_spans
from tracker.extraction.subjects import title_description


def _span(text: str, opening: str):
    """The span whose opening mark starts `opening` (the mark and its first words)."""
    i = text.index(opening)
    return next(s for s in find_spans(text) if s.open_start == i)


@pytest.mark.parametrize(("text", "opening", "rule"), [
    # the examples of title_rule's docstring, one for each rule
    ('"No to Free Lawyers" (2016) was the party\'s poster that year.', '"No',
     "dated_citation"),
    ('"This Kind of War," by T.R. Fehrenbach, about the Korean War, was on his desk.', '"This',
     "byline_title"),
    ('Re: "Ottawa\'s housing plan falls short" (Editorial, March 4). I could not agree more.',
     '"Ottawa', "letter_reference"),
    ('Rep. Jesús "Chuy" García, D-Ill., said the vote was close.', '"Chuy', "nickname"),
    ('Your editorial "Ottawa must act" (Feb. 3) is wrong.', '"Ottawa', "dated_piece"),
    ('The premier calls it "the Build Canada plan."', '"the', "named_plan"),
    ('the "Made in Ontario strategy" failed', '"Made', "named_plan"),
    # shows and films
    ('Aubrey Plaza, who starred in "Parks and Recreation," said', '"Parks', "show_before"),
    ('Jon Stewart, the host of "The Daily Show," told', '"The Daily', "show_before"),
    ('Speaking on Fox News\' "Hannity" on Wednesday night, Mike Johnson said', '"Hannity',
     "show_before"),
    ('the CBC\'s "The National" reported', '"The National', "show_before"),
    ('"Schitt\'s Creek" co-creator Dan Levy said', '"Schitt', "show_after"),
    ('"Broad City" star Ilana Glazer said', '"Broad', "show_after"),
    ('Maria Bartiromo said on Fox News channel\'s "Sunday Morning Futures" that', '"Sunday',
     "media_owner"),
    ('Sarah Polley, who wrote and directed "Women Talking," told the CBC', '"Women',
     "made_title"),
    # books and podcasts
    ('Carly Fiorina wrote in her memoir, "Tough Choices," that', '"Tough', "media_title"),
    ('Alex Cooper said on her podcast, "Call Her Daddy," that', '"Call', "media_title"),
    ('Her second novel, "The Quiet Season," was shortlisted for the Giller Prize.',
     '"The Quiet', "media_title"),
    ('Sen. Elizabeth Warren, who wrote "A Fighting Chance" in 2014, said', '"A Fighting',
     "made_title"),
    ('Jordan Peterson, who wrote "12 Rules for Life," told a Calgary audience', '"12',
     "made_title"),
    ('In "The Road to Serfdom," Friedrich Hayek warned that', '"The Road', "show_before"),
    # songs
    ('Dolly Parton, who wrote "I Will Always Love You" in 1973, told Rolling Stone', '"I Will',
     "made_title"),
    ('Fans gathered in Kingston to sing "Bobcaygeon" and cried.', '"Bobcaygeon',
     "performed_title"),
    ('the choir performed "O Canada" in both languages', '"O Canada', "performed_title"),
    # bills and reports
    ('Bill C-18, the "Online News Act," passed in June.', '"Online', "named_thing"),
    ('The committee\'s report, "Broken Promises," will be tabled on Monday.', '"Broken',
     "appositive_title"),
    ('The Walrus\'s cover story this month, "The End of the Cottage," is about who can still '
     'afford one.', '"The End', "appositive_title"),
    # words said, in title case or not
    ('She said, "Absolutely Not," and left.', '"Absolutely', None),
    ('"We Will Win," is what he said.', '"We Will', None),
    ('Trump wrote, "Make America Great Again!"', '"Make', None),
    ('he wrote: "We Will Win"', '"We Will', None),
    ('"It was a mistake," he said (2015).', '"It was', None),
    ('Ford said "We Will Build It" on Tuesday.', '"We Will', None),
    ('She called it "the worst plan ever."', '"the worst', None),
])
def test_title_rule(text, opening, rule):
    assert title_rule(text, _span(text, opening)) == rule


@pytest.mark.parametrize(("text", "speakers", "opening", "rule"), [
    # a song: the title no longer cuts 'who wrote' off 'told', so the listener is no speaker
    ('Dolly Parton, who wrote "I Will Always Love You" in 1973, told Rolling Stone years '
     'later that the song "came from a real place."', ['Dolly Parton'], '"I Will',
     "made_title"),
    ('Gord Downie, who wrote "Bobcaygeon" in 1998, told CBC Radio that the song was "about a '
     'place and a feeling."', ['Gord Downie'], '"Bobcaygeon', "made_title"),
    ('Taylor Swift, who performed "Cruel Summer" in Toronto, told fans the city had been '
     '"absolutely magical."', ['Taylor Swift'], '"Cruel', "performed_title"),
    ('Bruce Springsteen, who recorded "Born in the U.S.A." in 1984, told the crowd the song '
     'had been "misunderstood for forty years."', ['Bruce Springsteen'], '"Born',
     "made_title"),
    # books
    ('Ta-Nehisi Coates, who wrote "Between the World and Me," told NPR that he was "still '
     'angry."', ['Ta-Nehisi Coates'], '"Between', "made_title"),
    ('Jody Wilson-Raybould, who wrote "Indian in the Cabinet" after leaving cabinet, told '
     'reporters she had "no regrets at all."', ['Jody Wilson-Raybould'], '"Indian',
     "made_title"),
    ('Jordan Peterson, who wrote "12 Rules for Life," told a Calgary audience that young men '
     'were "starving for purpose."', ['Jordan Peterson'], '"12', "made_title"),
    ('Michelle Obama wrote in her memoir, "Becoming," that she never had "any interest in '
     'politics."', ['Michelle Obama'], '"Becoming', "media_title"),
    ('In "The Road to Serfdom," Friedrich Hayek warned that planning leads to "the end of '
     'freedom."', ['Friedrich Hayek'], '"The Road', "show_before"),
    # films and shows
    ('Sarah Polley, who wrote and directed "Women Talking," told the CBC the film was "about '
     'the right to choose."', ['Sarah Polley'], '"Women', "made_title"),
    ('Speaking on Fox News\' "Hannity" on Wednesday night, House Speaker Mike Johnson said the '
     'plan was "dead on arrival."', ['Mike Johnson'], '"Hannity', "show_before"),
    ('Jon Stewart, the host of "The Daily Show," told the committee that the veterans had been '
     '"abandoned by their country."', ['Jon Stewart'], '"The Daily', "show_before"),
    ('"Schitt\'s Creek" co-creator Dan Levy said the town was "a place where everyone '
     'belongs."', ['Dan Levy'], '"Schitt', "show_after"),
    ('Anderson Cooper said on CNN\'s "Anderson Cooper 360" that the footage was "hard to '
     'watch."', ['Anderson Cooper'], '"Anderson', "show_before"),
    # podcasts
    ('Joe Rogan told listeners of "The Joe Rogan Experience" that he was "not a doctor."',
     ['Joe Rogan'], '"The Joe', "show_before"),
    ('Ezra Klein, host of "The Ezra Klein Show," wrote that the policy was "a mistake from the '
     'start."', ['Ezra Klein'], '"The Ezra', "show_before"),
    # bills and reports
    ('Bill C-18, the "Online News Act," passed in June. Meta spokesperson Rachel Curran said '
     'the company would "end news availability" in Canada.', ['Rachel Curran'], '"Online',
     "named_thing"),
    ('The Walrus\'s cover story this month, "The End of the Cottage," is about who can still '
     'afford one.', [], '"The End', "appositive_title"),
])
def test_a_title_changes_no_speaker(text, speakers, opening, rule):
    assert title_rule(text, _span(text, opening)) == rule
    assert [q.speaker for q in extract(text).quotes] == speakers


@pytest.mark.parametrize(("prefix", "description"), [
    # rule title_description (the docstring's examples)
    (f'{TITLE * 25} star', "star"),
    (f'{TITLE * 9} host', "host"),
    (TITLE * 9, ""),
])
def test_rule_title_description(prefix, description):
    assert title_description(prefix) == description


@pytest.mark.parametrize(("text", "speaker"), [
    # a title opening the description before a name leaves the name the sentence's subject
    ('"Orange Is the New Black" star Selenis Leyva said she was tired of being called a "real '
     'woman" in interviews.', "Selenis Leyva"),
    ('"Letterkenny" creator Jared Keeso said the show had "run its course."', "Jared Keeso"),
])
def test_a_title_before_a_role_keeps_the_subject(text, speaker):
    assert [q.speaker for q in extract(text).quotes] == [speaker]


@pytest.mark.parametrize(("text", "expected"), [
    # rule appositive_title (the docstring's examples)
    ('The Walrus\'s cover story this month, "The End of the Cottage," is about', True),
    ('Her second novel, "The Quiet Season," was shortlisted', True),
    ('The committee\'s report, "Broken Promises," will be tabled', True),
    ('"We Will Win," is what he said', False),
    ('in a psychology class, "Perceptions 301," because', False),
    ('She said, "Absolutely Not," and left', False),
])
def test_rule_appositive_title(text, expected):
    s = _span(text, '"')
    assert appositive_title(text, s, text[s.start:s.end]) is expected


def test_a_claim_made_in_a_work_is_its_authors():
    # rule owned_words (titled_claim): the title stands between the noun of saying and its
    # clause
    text = ('Margaret Atwood\'s claim in "Survival," that the central symbol for Canada is '
            '"undoubtedly Survival, la Survivance," has been quoted so often it has become a '
            'cliché.')
    ex, feats = extract_with_features(text)
    assert [q.speaker for q in ex.quotes] == ['Margaret Atwood']
    assert "rule=owned_words" in feats[0]
