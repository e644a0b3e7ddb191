"""Speakers found outside the quote's own clause: an opening phrase before the subject, a
lead-in paragraph ending with a colon, and a quote that closes its sentence."""

from __future__ import annotations

from tracker.extraction import extract


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract(text).quotes]


def test_participle_takes_a_pronoun_subject_after_an_opening_phrase():
    text = ("Ivanka Trump signed a licensing agreement with G-III in 2012.\n\n"
            'At the time, she released a statement saying, "G-III has distinguished itself '
            'as a trusted partner for some of the finest brands."')
    assert speakers(text) == [("G-III has distinguished itself as a trusted partner for some "
                               "of the finest brands.", "Ivanka Trump")]


def test_participle_prefers_a_name_opening_the_main_clause_to_a_pronoun():
    text = ("When he arrived in Iowa, Sen. Ted Cruz spoke to supporters, saying "
            '"we will win this state."')
    assert speakers(text)[0][1] == "Ted Cruz"


def test_paragraph_ending_with_a_colon_leads_into_the_quote_below():
    text = ("No group has claimed responsibility for the attack.\n\n"
            "In response to the tragic loss of life, Republican presidential nominee Donald "
            "Trump issued the following statement:\n\n"
            "“Our prayers are with all those affected by the horrible attacks in Munich. "
            "This cannot continue.”\n\nTrump has taken a hard line on terrorism.")
    assert speakers(text)[0][1] == "Donald Trump"


def test_colon_lead_in_prefers_the_clause_subject_to_a_name_in_a_when_clause():
    text = ("George Wallace was governor of Alabama for four terms.\n\n"
            "When Wallace died in 1998, President Bill Clinton released the following "
            "statement:\n\n“Hillary and I offer our condolences to the family and friends of "
            "George Wallace.”")
    assert speakers(text)[0][1] == "Bill Clinton"


def test_quote_ending_its_sentence_is_not_claimed_by_the_next_sentence_verb():
    text = ('"It\'s a very sad development," Sen. Ted Cruz told reporters in Milwaukee. '
            '"This is the consequence of the culture of the Trump campaign." Ohio Gov. John '
            "Kasich said he would have fired Lewandowski.")
    assert [s for _, s in speakers(text)] == ["Ted Cruz", "Ted Cruz"]


def test_quote_ending_with_a_comma_still_takes_the_verb_after_it():
    text = ('"This is the consequence of the culture of the campaign," Ohio Gov. John Kasich '
            "said, adding that he would have fired Lewandowski.")
    assert speakers(text)[0][1] == "John Kasich"


def test_pronoun_tie_in_one_sentence_goes_to_the_main_clause_subject():
    text = ("''It is irresistible,'' said David Nevins of Showtime.\n\n"
            "Mr. Nevins said he pursued a new series only because Mr. David Lynch agreed to "
            "participate. (''We've persuaded the original creators to complete their mission,'' "
            "he said.)")
    assert speakers(text)[-1][1] == "David Nevins"


def test_sentence_adverb_before_a_comma_is_not_a_person():
    text = ("Luay Sami, 33, came to Clarkston from Iraq in 2011. Soon, he found the area "
            "welcoming. Recently, he said, he has realized that the rest of Georgia is not as "
            'hospitable.\n\n"The stereotyping is unfortunately still strong here," he said.\n\n'
            "Recently, Herman Cain was asked by a caller about refugees.")
    assert speakers(text)[0][1] == "Luay Sami"


def test_as_links_a_quote_to_the_cue_after_it():
    text = ('Still, the fact that the race "is a dead heat right now," as Sen. Ted Cruz said on '
            "a radio program on Monday, only magnifies the importance of every decision.")
    assert speakers(text) == [("is a dead heat right now,", "Ted Cruz")]


def test_partial_quote_in_a_while_clause_belongs_to_its_subject():
    text = ("Speaker Paul D. Ryan addressed the convention.\n\n"
            "While Mr. Ryan, representing the governing wing, laid out a vision for ''a "
            "reformed tax code that rewards free enterprise,'' Ben Carson attacked Mrs. "
            "Clinton.")
    assert speakers(text)[0][1] == "Paul D. Ryan"


def test_partial_quote_after_a_when_clause_belongs_to_the_main_subject():
    text = ("Annamaria Schifano grew up near the Trumps, and Freddy Trump was her friend.\n\n"
            "When Ms. Schifano moved to Jamaica Estates, Freddy confided to her that his "
            "parents had panicked because the Schifanos were ''the first ethnic family to move "
            "into the neighborhood.''")
    assert speakers(text)[0][1] == "Freddy Trump"


def test_partial_quote_in_a_second_clause_belongs_to_that_clause_subject():
    text = ("Gov. Chris Christie endorsed Donald Trump last week. Christie refers to the "
            "candidate, his longtime friend, as “Mr. Trump,” while Trump refers to the governor "
            "as “Chris.”")
    assert speakers(text) == [("Mr. Trump,", "Chris Christie"), ("Chris.", "Donald Trump")]


def test_partial_quote_after_a_comma_clause_with_a_new_subject():
    text = ("Donald J. Trump and Hillary Clinton both won in New York.\n\n"
            "Donald J. Trump wrested back control of the Republican race, while Hillary Clinton "
            "dealt a severe blow to Senator Bernie Sanders with a win that led her to declare "
            "that the Democratic nomination was ''in sight.''")
    assert speakers(text)[0][1] == "Hillary Clinton"


def test_question_opening_with_an_auxiliary_makes_its_name_the_subject():
    text = ("Sen. Marco Rubio answered a question from Scott Szlachta about H-1B visas.\n\n"
            "Was Szlachta satisfied with the response?\n\n"
            '"To a point," he said. "He sort of redirected."')
    assert [s for _, s in speakers(text)] == ["Scott Szlachta", "Scott Szlachta"]


def test_pronoun_skips_a_name_that_only_describes_the_subject():
    text = ("President Barack Obama spoke on Monday.\n\n"
            "And Obama spokesman Josh Earnest, a former campaign aide, defended the plan in "
            "an interview on Tuesday.\n\n"
            "“It will protect American families,” he said.")
    assert speakers(text)[-1][1] == "Josh Earnest"


def test_name_inside_an_opening_phrase_is_not_the_subject():
    text = ("Pete Santilli started his YouTube channel in 2009.\n\n"
            "In his first YouTube dispatches, Santilli wears a suit and tie, pointing to bottles "
            'of soda and telling viewers that corn syrup is "destroying our health."')
    assert speakers(text)[0][1] == "Pete Santilli"


def test_absolute_participle_takes_the_name_just_before_it():
    text = ("Both men issued a statement expressing optimism about working together – House "
            "Speaker Paul Ryan saying he was “very encouraged” and Donald Trump calling the "
            "meeting “great.”")
    assert speakers(text) == [("very encouraged", "Paul Ryan"), ("great.", "Donald Trump")]


def test_name_inside_an_opening_participle_phrase_is_not_the_subject():
    text = ("Jeb Bush and Chris Christie say Sen. Marco Rubio has not been tested.\n\n"
            "Speaking to MSNBC’s Morning Joe on Monday in New Hampshire, Bush referred to Rubio "
            "as “a bright, charismatic leader” but said he lacked experience.")
    assert speakers(text)[0][1] == "Jeb Bush"


def test_role_with_an_of_phrase_between_a_modifier_and_the_person():
    text = ("Clinton has a galaxy of famous supporters in her corner.\n\n"
            "Former US secretary of state Madeleine Albright, a Clinton supporter, fanned "
            "controversy by reviving her line that there was a “special place in hell” for "
            "some women.")
    assert speakers(text)[0][1] == "Madeleine Albright"


def test_pronoun_prefers_a_source_just_introduced_with_a_description():
    text = ("''It's a matter of diffuse benefits and concentrated costs,'' said David Autor, an "
            "economist.\n\n''But our political system hasn't addressed those costs,'' he said."
            "\n\nSome staunch defenders of globalization, like Gary Clyde Hufbauer, a senior "
            "fellow at the Peterson Institute, also acknowledge that the government has failed "
            "workers.\n\nBut the benefit of free trade is ''10 times the size of the losses,'' "
            "he said.")
    assert speakers(text)[-1][1] == "Gary Clyde Hufbauer"


def test_cue_with_a_colon_leads_into_the_next_quote_not_back_to_the_last():
    text = ("Abdullah Zahed, 25, and his wife, Breshna Alawee, 27, pleaded for understanding.\n\n"
            "''We are refugees,'' Ms. Alawee said. ''We are not terrorists.'' Mr. Zahed said: "
            "''The attack that happened today is the work of terrorists.''")
    assert [s for _, s in speakers(text)] == ["Breshna Alawee", "Breshna Alawee",
                                              "Abdullah Zahed"]


def test_participle_subject_after_an_outlet_possessive():
    text = ("The Blaze’s Matt Walsh provided a philosophical justification for a blacklist, "
            "saying it is necessary to “identify the traitors and remember them.”")
    assert speakers(text)[0][1] == "Matt Walsh"


def test_participle_subject_after_an_age():
    text = ("76-year-old Morton Blackwell, founder of the Leadership Institute, endorsed Cruz "
            "last week, saying he “has consistently demonstrated his deep commitment to "
            "conservative principles.”")
    assert speakers(text)[0][1] == "Morton Blackwell"


def test_absolute_participle_after_with_the():
    text = ("Teachers unions were among the earliest supporters of Hillary Clinton, with the "
            "American Federation of Teachers calling her “the champion working families need.”")
    assert speakers(text)[0][1] == "American Federation of Teachers"
