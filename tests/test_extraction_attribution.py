"""Speakers: cues before and after quotes, pronouns, role nouns, inheritance."""

from __future__ import annotations

import pytest

from tracker.extraction import extract
from tracker.extraction.engine import extract_with_features


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract(text).quotes]


INTRO = ("U.S. Secretary of State Mike Pompeo said Friday that enforcing sanctions on North "
         "Korea is a make-or-break factor.\n\n")


def test_speaker_after_the_quote_with_said():
    text = '"It will take time," Pompeo said.'
    assert speakers(text) == [("It will take time,", "Pompeo")]


def test_inverted_order_names_the_speaker_after_the_verb():
    text = ('"China and Russia blocked it," said U.S. Ambassador Nikki Haley, speaking '
            "alongside Pompeo.")
    assert speakers(text) == [("China and Russia blocked it,", "Nikki Haley")]


def test_speaker_before_the_quote_with_a_colon_lead_in():
    text = 'Chinese Ambassador Ma Zhaoxu told reporters: "We will fully implement the resolutions."'
    assert speakers(text)[0][1] == "Ma Zhaoxu"


def test_split_quote_keeps_the_speaker_for_the_second_part():
    text = INTRO + '"Sanctions are critical," he said. "Strict enforcement is our goal."'
    got = speakers(text)
    assert [s for _, s in got] == ["Mike Pompeo", "Mike Pompeo"]


def test_according_to_names_the_source():
    text = ('The talks stalled, "and there is no date for the next round," according to '
            "Kang Kyung Wha, the South Korean foreign minister.")
    assert speakers(text)[0][1] == "Kang Kyung Wha"


def test_appositive_between_name_and_verb_is_skipped():
    text = ('Speaking to reporters, Kang, the foreign minister, said: "We will hold them to '
            'that commitment."')
    q = extract(text).quotes[0]
    assert q.speaker == "Kang"
    assert q.speaker_role == "the foreign minister"


def test_speech_verbs_beyond_said():
    verbs = ("reiterated", "stressed", "noted", "warned", "insisted", "added", "told reporters")
    for verb in verbs:
        text = f'"The sanctions must stay in place until the end," Pompeo {verb}.'
        assert speakers(text)[0][1] == "Pompeo", verb


def test_pronoun_resolves_to_the_person_it_refers_to():
    text = ("Chinese Ambassador Ma Zhaoxu stressed Beijing's commitment to denuclearization.\n\n"
            '"China is committed to peace and stability on the Peninsula," he told reporters.')
    assert speakers(text)[0][1] == "Ma Zhaoxu"


def test_she_skips_a_man_named_more_recently():
    text = ('"China and Russia blocked it," said U.S. Ambassador Nikki Haley, speaking '
            'alongside Mike Pompeo.\n\n"They claim they need more information," she added.')
    assert speakers(text)[1][1] == "Nikki Haley"


def test_role_noun_resolves_to_the_person():
    text = INTRO + ('"The countries of the Security Council are united," the chief U.S. '
                    "diplomat told reporters.")
    assert speakers(text)[0][1] == "Mike Pompeo"


def test_partial_quote_goes_to_the_sentence_speaker():
    text = INTRO + ('Pompeo reiterated that North Korea is "illegally smuggling" petroleum '
                    "products in violation of sanctions.")
    q = extract(text).quotes[0]
    assert (q.text, q.speaker, q.partial) == ("illegally smuggling", "Mike Pompeo", True)


def test_organisation_as_speaker():
    text = ("Earlier this month, the North's Foreign Ministry accused Washington of pushing a "
            '"unilateral and gangster-like demand for denuclearization," hours after Pompeo '
            'said his talks were "productive."')
    got = dict(speakers(text))
    assert got["unilateral and gangster-like demand for denuclearization,"].endswith(
        "Foreign Ministry")
    assert got["productive."] == "Pompeo"


def test_paragraph_that_is_only_a_quote_continues_the_previous_speaker():
    text = (INTRO + "He noted that the reports, if true, would violate U.N. resolutions.\n\n"
            '"We want to remind every nation that this is a serious issue."')
    assert speakers(text)[-1][1] == "Mike Pompeo"


def test_multi_paragraph_quote_takes_the_speaker_named_at_its_end():
    text = ('Haley spoke first.\n\n"We want to remind every nation of this.\n\n'
            '"We expect every nation to abide by the resolutions," Pompeo said.')
    assert [s for _, s in speakers(text)] == ["Pompeo", "Pompeo"]


def test_lower_confidence_for_quotes_with_no_speaker_than_for_a_named_cue():
    words = '"We want the wall and we want it now, whatever it costs us in the end'
    nobody = extract(f'The crowd kept chanting. {words}."').quotes
    named = extract(f'{words}," Mike Smith said.').quotes
    assert nobody[0].speaker is None and named[0].speaker == "Mike Smith"
    assert nobody[0].confidence < 0.9 <= named[0].confidence


def test_descriptions_before_an_inverted_name_are_skipped():
    text = ('"Over time, there\'s been a lot of speculation about that," said former Utah '
            "governor Michael Leavitt, a Romney confidant.")
    assert speakers(text)[0][1] == "Michael Leavitt"


def test_inverted_source_is_the_person_not_the_organisation_before_it():
    text = ('"People feel that they\'re not wanted in the party," said Latino Decisions '
            "researcher Sylvia Manzano, who directed the polling.")
    assert speakers(text)[0][1] == "Sylvia Manzano"


def test_party_tag_between_name_and_verb():
    text = ('"If the Saudis did not participate, they have nothing to worry about," '
            "Sen. Chuck Schumer (D-N.Y.) said Tuesday.")
    assert speakers(text)[0][1] == "Chuck Schumer"


def test_quotes_joined_by_and_share_the_speaker_named_after_them():
    text = ('Guns are "the ultimate public health crisis" and "stunt children\'s growth," '
            "Howard Dean, the former governor of Vermont, predicted.")
    assert [s for _, s in speakers(text)] == ["Howard Dean", "Howard Dean"]


def test_passive_cue_names_the_speaker_after_by():
    text = ('Sanders was asked by host Bill Maher, "Now, you famously said you were tired of '
            'hearing about the emails, right?"')
    assert speakers(text)[0][1] == "Bill Maher"


def test_participle_takes_the_subject_of_the_main_clause():
    text = ("Curt Schilling's son, Grant Schilling, defended his father on Facebook, saying: "
            '"I can assure you he has made great strides to understand people today."')
    assert speakers(text)[0][1] == "Grant Schilling"


def test_colon_after_a_name_introduces_its_words():
    text = ('The interplay has been important for Republican contests - Philip Bump: "Two '
            'weeks ago, his strongest territory had been the South."')
    assert speakers(text)[0][1] == "Philip Bump"


def test_a_signature_line_names_the_speaker():
    text = ('"I will look into it. I don\'t know the status, but I will certainly look into '
            'it."\n\n- Hillary Clinton')
    assert speakers(text)[0][1] == "Hillary Clinton"


def test_show_titles_after_a_network_are_not_quotes():
    text = 'Trump told NBC\'s "Meet the Press" on Sunday that he would win the state.'
    assert speakers(text) == []


def test_a_quote_opening_a_sentence_after_a_cue_goes_to_that_source():
    text = ('Iowa State University\'s Dianne Bystrom agreed. "Mainstream Republicans are '
            'running out of time to find an alternative."')
    assert speakers(text)[0][1] == "Dianne Bystrom"


def test_they_and_group_nouns_name_no_person():
    text = '"We will take this fight state by state," they said.'
    assert speakers(text)[0][1] is None


def test_according_to_after_the_speaker_names_the_outer_source():
    text = ('"I ask you as a personal courtesy to me not to engage in any kind of protest," '
            "Sanders said, according to CNN.")
    assert speakers(text)[0][1] == "CNN"


def test_a_cue_right_before_a_partial_quote_beats_the_clause_after_it():
    text = ('And, in a clip that U.S. District Judge Michael W. Mosman called "distasteful," '
            'Santilli expressed a desire to "try, convict and shoot Hillary Clinton."')
    assert [s for _, s in speakers(text)] == ["Michael W. Mosman", "Santilli"]


def test_a_name_in_apposition_after_a_role_noun_is_the_source():
    text = ('"There are no ties of any consequence," said the bureau\'s director, James B. '
            "Comey, on Monday.")
    assert speakers(text)[0][1] == "James B. Comey"


def test_rule_subject_in_sentence_a_subject_outweighs_a_later_mention_in_its_sentence():
    """The sentence's subject stays the pronoun's referent though a later mention in the same
    sentence names them as a modifier ("the Carson campaign")."""
    text = ("Ben Carson spoke on CNN on Tuesday.\n\nCarson turned the story back on the Post, "
            "pointing out that the paper's Robert Costa had reported in June that the Carson "
            'campaign was coming apart.\n\n"Apparently not," he said.')
    (quote,) = extract(text).quotes
    assert quote.speaker == "Ben Carson"


@pytest.mark.parametrize(("text", "speaker"), [
    ('The plan was described as "a disaster" by Sen. Chuck Schumer.', "Chuck Schumer"),
    ('This feature of the movement has been called "strategic ambiguity" by Joshua Hendrick, '
     "a professor at Loyola University Maryland.", "Joshua Hendrick"),
    ('The deal was called "historic" by Prime Minister Mark Carney on Tuesday.', "Mark Carney"),
    ('The policy, which was dubbed "Alberta First" by Premier Danielle Smith, takes effect in '
     "May.", "Danielle Smith"),
])
def test_rule_passive_by_names_the_one_after_by(text, speaker):
    """Rule passive_by (tracker.extraction.speakers): a verb of naming in the passive before
    a quote and "by" and a name after it."""
    ex, features = extract_with_features(text)
    assert ex.quotes[0].speaker == speaker and "rule=passive_by" in features[0]


@pytest.mark.parametrize("text", [
    'The bill has been called "a giveaway" by critics.',  # no one named: a scare quote
    'The deal was called "historic" in the House.',
])
def test_rule_passive_by_needs_a_name_after_by(text):
    assert not extract(text).quotes


@pytest.mark.parametrize("text", [
    'Ford calls the plan "a game changer." Critics call it "a boondoggle for developers."',
    'Ford calls the plan "a game changer." But economists say it is "a boondoggle."',
])
def test_rule_group_subject_keeps_a_group_s_words_from_the_last_speaker(text):
    """Rule group_subject (tracker.extraction.speakers): a new sentence opened by a group
    right after a quote does not carry the last speaker to its quote (rule split did)."""
    from tracker.extraction.marks import Span
    from tracker.extraction.speakers import group_subject

    quotes = extract(text).quotes
    assert quotes[0].speaker == "Ford" and all(q.speaker != "Ford" for q in quotes[1:])
    a = text.index('"')
    b = text.index('"', a + 1) + 1
    c = text.index('"', b)
    last, quote = Span(a + 1, b - 1, a, b, 0), Span(c + 1, len(text) - 1, c, len(text), 0)
    assert group_subject(text, text, last, quote)  # (no quote inside: the text is its mask)


def test_rule_split_still_carries_the_speaker_to_a_quote_opening_its_sentence():
    assert [q.speaker for q in extract('"One thing is clear," Ford said. "We will build it."')
            .quotes] == ["Ford", "Ford"]


@pytest.mark.parametrize("sentence, name, subordinate", [
    ("When Donald Trump held rallies, protesters came.", "Donald Trump", True),
    ("After Nega helped found the movement, he explained it.", "Nega", True),
    ("Protesters came when Trump held rallies.", "Trump", False),
    ("On Friday Trump held rallies.", "Trump", False),
])
def test_rule_subordinate_subject(sentence, name, subordinate):
    """Rule subordinate_subject (tracker.extraction.subjects): a name right after a
    subordinator that opens its sentence is the subject of that clause."""
    from tracker.extraction.subjects import is_subordinate_subject

    assert is_subordinate_subject(sentence, 0, sentence.index(name)) is subordinate


@pytest.mark.parametrize("text, speakers", [
    # the subordinate clause's subject is the only subject of its sentence: "he" is Trump,
    # not the speaker of the paragraph before
    ('Chapter president Luis Osuna told the Post: "It is not only Mexicans." He added that '
     'members are "Latino, non-Latino."\n\nWhen Donald Trump held rallies in the southwest, '
     'protesters came. "Everybody is talking about the protesters," he tweeted on May 2.',
     ["Luis Osuna", "Luis Osuna", "Donald Trump"]),
    # the main clause names its own subject: "he" is Kasich, not the subordinate Trump
    ('Mr. Kasich spoke first. When Mr. Trump tried to defend his remarks, Mr. Kasich '
     'forcefully differed.\n\n"I think that the government butchered those kids," he said.',
     ["Kasich"]),
])
def test_rule_subordinate_subject_in_pronoun_resolution(text, speakers):
    assert [q.speaker for q in extract(text).quotes] == speakers


@pytest.mark.parametrize("text, speakers", [
    ('Rosa Martinez, 71, has lived on Elm Street since 1979. "This was a good street once," '
     'she said.\n\nHer grandson, Tony, 19, disagrees. "It\'s still a good street," he said.',
     ["Rosa Martinez", "Tony"]),
    ('The woman identified herself as a 52-year-old resident named Caroline.\n\n"He truly '
     'cares about the American people," she said of Trump.', ["Caroline"]),
])
def test_rule_given_name_alone(text, speakers):
    """Rule given_name_alone (tracker.extraction.names.EntityTable.reliable): a person
    known by a given name alone is a referent though named once."""
    from tracker.extraction.names import EntityTable, find_names

    assert [q.speaker for q in extract(text).quotes] == speakers
    table = EntityTable()
    table.build(find_names(text, 0, len(text)))
    assert any(e.name == (speakers[-1],) for e in table.entities)
    assert all(table.reliable(i) for i, e in enumerate(table.entities)
               if e.name == (speakers[-1],))


def test_rule_given_name_alone_needs_a_given_name():
    from tracker.extraction.names import EntityTable, find_names

    text = 'Imagine the headline if they had done this: "Tories cut funding." There were marches.'
    table = EntityTable()
    table.build(find_names(text, 0, len(text)))
    assert not any(table.reliable(i) for i, e in enumerate(table.entities)
                   if e.name == ("Imagine",))
