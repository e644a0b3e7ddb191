"""Sources written after the verb or in a long appositive: where the source ends."""

from __future__ import annotations

from tracker.extraction import extract


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract(text).quotes]


def test_inverted_source_stops_at_the_end_of_its_sentence():
    text = ("Sen. Kelly Ayotte, R-N.H., refunded $43,100 to the donors. \"Out of an abundance "
            'of caution, the campaign has refunded the contributions," said Ayotte campaign '
            "manager Jon Kohan. Ayotte called on others to do the same.")
    assert speakers(text)[0][1] == "Jon Kohan"


def test_inverted_source_keeps_a_title_abbreviation():
    text = '"We will see," said Sen. John Smith. Ayotte called on others to do the same.'
    assert speakers(text)[0][1] == "John Smith"


def test_role_with_a_place_before_the_name_in_apposition():
    text = ("Freddy Trump enrolled at Lehigh University in Pennsylvania.\n\n"
            "''It may have been Freddy's first attempt to make his own statement to his "
            "father,'' said his best friend at Lehigh, Bruce Turry, who joined too.")
    assert speakers(text)[0][1] == "Bruce Turry"


def test_conjunction_before_a_name_with_a_long_appositive():
    text = ("The foundation will continue to raise money.\n\n"
            "But Tom Fitton, the president of Judicial Watch, a conservative group that has "
            "sued to obtain records, said that ''the decision comes far too late.''")
    assert speakers(text)[0][1] == "Tom Fitton"


def test_a_name_describing_a_role_gives_way_to_the_person_named_after_it():
    text = ("Barack Obama began his presidency with a stimulus bill. Former Obama spokesman "
            "Robert Gibbs derided and insulted “the professional left” in 2010.")
    assert speakers(text) == [("the professional left", "Robert Gibbs")]


def test_participle_subject_after_a_name_used_as_a_modifier():
    text = ("Hillary Clinton spoke on Tuesday. Clinton campaign chairman John Podesta "
            'answered the charge on Twitter, saying it was "a distraction from the real '
            'issues."')
    assert speakers(text)[0][1] == "John Podesta"


def test_outlet_reporting_the_sentence_is_the_cited_source():
    text = ("Students displayed a photo of Trump’s face at the game. Andrean High School fans "
            "also chanted, “Build a wall,” referring to the candidate’s vow, the Chicago "
            "Tribune reports. Footage of the game spread online.")
    assert speakers(text) == [("Build a wall,", "Chicago Tribune")]


def test_outlet_named_mid_sentence_is_not_an_outer_source():
    text = ('"We will win this state," Sen. Ted Cruz said, as the Chicago Tribune reported '
            "on Monday that his lead had grown.")
    assert speakers(text)[0][1] == "Ted Cruz"


def test_unclosed_quote_is_cut_at_the_comma_before_its_cue():
    text = ("Sen. Ted Cruz spoke in Des Moines on Monday.\n\n"
            "“We are going to win this state, said Sen. Ted Cruz to a cheering crowd.\n\n"
            "The crowd cheered for several minutes.")
    assert speakers(text) == [("We are going to win this state,", "Ted Cruz")]


def test_unclosed_quote_without_a_cue_still_runs_to_the_paragraph_end():
    text = ("Sen. Ted Cruz spoke in Des Moines.\n\n"
            "“We are going to win this state, and then we will win the nomination.\n\n"
            "The crowd cheered.")
    quotes = extract(text).quotes
    assert quotes[0].text == "We are going to win this state, and then we will win the nomination."


def test_party_label_after_a_name_in_an_appositive_subject():
    text = ("Speaking later on the same show, Sen. Claire McCaskill (D-Mo.), who has endorsed "
            'Clinton, said Sanders has pushed her to be a "stronger" and "more aggressive" '
            "candidate.")
    assert [s for _, s in speakers(text)] == ["Claire McCaskill", "Claire McCaskill"]


def test_party_label_before_the_comma_of_the_cue():
    text = ("Tuesday at Baldwin Wallace University in Berea, OH, after winning Ohio in the "
            "primary, Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered "
            "wagon.”")
    assert speakers(text)[0][1] == "John Kasich"


def test_document_filed_by_a_person_names_that_person():
    text = ("Michelle Fields later tweeted a photograph of her arm.\n\n"
            "“Although there was probable cause to make an arrest, the evidence cannot prove "
            "all legally required elements of the crime” according to a court document filed "
            "by state attorney Dave Aronberg.")
    assert speakers(text)[0][1] == "Dave Aronberg"


def test_headline_quote_belongs_to_the_person_before_the_colon():
    text = ("Gillibrand on Hillary Releasing Her Goldman Sachs Speech Transcripts: ‘I Think She "
            "Will.’\n\nSen. Kirsten Gillibrand said on Sunday that she expects Hillary Clinton "
            "to release the transcripts.")
    assert speakers(text)[0][1] == "Kirsten Gillibrand"


def test_headline_quote_belongs_to_the_person_before_a_capitalised_verb():
    text = ("Guns Are ‘The Ultimate Public Health Crisis,’ Howard Dean Tells Democratic "
            "Convention.\n\nGuns are “the ultimate public health crisis,” Howard Dean, the "
            "former governor of Vermont, said on Wednesday.")
    assert [s for _, s in speakers(text)] == ["Howard Dean", "Howard Dean"]


def test_documents_from_a_person_name_that_person():
    text = ("Betsey Wright coined a term in 1992. According to White House-era documents from "
            "Diane D. Blair, a close friend of Mrs. Clinton's who died in 2000, the first lady "
            "had referred to Ms. Lewinsky as a ''narcissistic loony toon.''")
    assert speakers(text) == [("narcissistic loony toon.", "Diane D. Blair")]


def test_the_board_is_the_group_the_article_named_with_that_noun():
    text = ("Nikki Haley should be deported, a headline from the Wall Street Journal editorial "
            "board reads.\n\n"
            '"We have to ask whether we are talking about the same Nikki Haley," the editorial '
            "board writes.")
    assert speakers(text)[0][1] == "Wall Street Journal editorial board"


def test_a_group_noun_with_no_named_group_before_stays_unnamed():
    text = ('"We have to ask whether we are talking about the same Nikki Haley," the editorial '
            "board writes.")
    assert speakers(text)[0][1] is None


def test_column_slug_before_a_headline_colon_is_not_the_speaker():
    text = ("The Latest: Trump delivers defense of ‘New York values.’\n\n"
            "WASHINGTON (AP) — The Latest on campaign 2016. Donald Trump spoke in Manhattan.")
    assert speakers(text) == [("New York values.", "Donald Trump")]
    assert "Latest" not in {e.name for e in extract(text).entities}


def test_group_after_of_the_is_where_the_inverted_source_works():
    text = ("The AFT endorsement “was early enough that most people didn’t know who Bernie "
            "Sanders was,” said Jesse Heiserman of the CORE Teachers.")
    assert speakers(text)[0][1] == "Jesse Heiserman"


def test_according_to_closing_the_sentence_is_the_cited_source():
    text = ('"There is no feasible basis to the wholesale labeling of Filipinos," Joey Salceda '
            "said in a bill filed in the House of Representatives, according to the Philippine "
            "Star.")
    assert speakers(text)[0][1] == "Philippine Star"
