"""Names: titles, organisations, short forms and East Asian family names."""

from __future__ import annotations

import pytest

from tracker.extraction import ORGANISATION, PERSON, extract
from tracker.extraction.names import (
    EntityTable,
    _compound_family,
    find_names,
    name_key,
    same_person,
)
from tracker.identity import parse_name


def entities(text: str) -> dict[str, tuple[str, str | None, int]]:
    return {e.name: (e.kind, e.role, len(e.mentions)) for e in extract(text).entities}


def resolved(text: str) -> list[tuple[str, str]]:
    """(as written, the entity it was resolved to) of every name mention, in order."""
    ms = find_names(text, 0, len(text))
    table = EntityTable()
    table.build(ms)
    return [(m.text, table.entities[m.entity].display) for m in ms]


def test_titles_before_a_name_become_its_role():
    got = entities("U.S. Secretary of State Mike Pompeo said Friday that talks would go on.")
    assert got["Mike Pompeo"][:2] == (PERSON, "U.S. Secretary of State")


def test_short_form_resolves_to_the_full_name_used_earlier():
    text = ("U.S. Secretary of State Mike Pompeo met Kang.\n\n"
            "Mr Pompeo said talks would go on. Pompeo later left Singapore.")
    names = dict(resolved(text))
    assert names["Mr Pompeo"] == "Mike Pompeo"
    assert names["Pompeo"] == "Mike Pompeo"


def test_east_asian_family_name_comes_first():
    text = "Chinese Ambassador Ma Zhaoxu spoke. Ma said China would comply."
    ms = find_names(text, 0, len(text))
    table = EntityTable()
    table.build(ms)
    assert [table.entities[m.entity].display for m in ms if m.text == "Ma"] == ["Ma Zhaoxu"]


def test_kim_jong_un_and_kim_yong_chol_are_different_people():
    text = ("Trump met North Korean leader Kim Jong Un in Singapore. Pompeo met Kim Yong Chol, "
            "a close aide, in Pyongyang.")
    got = entities(text)
    assert "Kim Jong Un" in got and "Kim Yong Chol" in got


def test_a_short_form_goes_to_the_nearest_earlier_full_name():
    text = ("Trump met North Korean leader Kim Jong Un in June. Kim committed to the plan. "
            "Later Pompeo met Kim Yong Chol. Kim said the talks went well.")
    kims = [entity for written, entity in resolved(text) if written == "Kim"]
    assert kims == ["Kim Jong Un", "Kim Yong Chol"]


def test_organisations_are_recognised():
    got = entities("The U.N. Security Council met as the Foreign Ministry issued a statement.")
    assert got["U.N. Security Council"][0] == ORGANISATION
    assert got["Foreign Ministry"][0] == ORGANISATION


def test_places_are_not_people():
    got = entities("Officials in North Korea and South Korea met in New York on Friday.")
    assert not any(kind == PERSON for kind, _, _ in got.values())


def test_pronoun_mentions_are_added_to_the_person():
    text = ('U.S. Secretary of State Mike Pompeo spoke on Friday.\n\n'
            '"It will take time," he said.')
    pompeo = next(e for e in extract(text).entities if e.name == "Mike Pompeo")
    assert "he" in [m.text for m in pompeo.mentions]


def test_a_family_name_that_reads_as_a_nationality_is_still_a_name():
    text = ('Mark Cuban said he would consider it.\n\n"I think Donald has a real chance to win," '
            'Cuban said.')
    assert [q.speaker for q in extract(text).quotes] == ["Mark Cuban"]


def test_an_honorific_keeps_a_surname_that_looks_like_a_title():
    got = entities("Mr. Singer said the book would be published in July.")
    assert "Singer" in got


def test_a_place_after_of_is_not_part_of_the_name():
    got = entities("House Speaker Paul D. Ryan of Wisconsin lamented the state of the race.")
    assert "Paul D. Ryan" in got


def test_a_title_after_an_organisation_starts_the_person():
    got = entities("Committee Chairman Rep. Jason Chaffetz, R-Utah, said the hearing would go on.")
    assert got["Jason Chaffetz"][0] == PERSON


def test_headings_in_capitals_are_not_names():
    got = entities("FULL TEXT.\n\nThe Senate Judiciary Committee met on Friday.")
    assert "FULL TEXT" not in got


def test_mr_and_mrs_with_the_same_family_name_are_different_people():
    text = ("Hillary Clinton spoke at a rally.\n\nMr. Clinton had a relationship with Ms. "
            "Lewinsky, a White House intern.\n\nMrs. Clinton did not hesitate. ''Well, I would "
            "say that everybody should be believed,'' she said.")
    assert [q.speaker for q in extract(text).quotes] == ["Hillary Clinton"]
    hillary = next(e for e in extract(text).entities if e.name == "Hillary Clinton")
    assert "Mr. Clinton" not in [m.text for m in hillary.mentions]


def test_a_role_word_picks_the_person_with_the_same_role():
    text = ("Trump met North Korean leader Kim Jong Un in Singapore. Later Pompeo met Kim Yong "
            "Chol, a close aide to leader Kim, in Pyongyang.")
    ms = find_names(text, 0, len(text))
    table = EntityTable()
    table.build(ms)
    assert [table.entities[m.entity].display for m in ms if m.text == "Kim"] == ["Kim Jong Un"]


def test_events_and_laws_are_not_people():
    got = entities("Since World War II and the Cold War, the Warsaw Pact and the Affordable "
                   "Care Act changed, African-Americans heard Larry David say on Saturday "
                   "Night Live.")
    assert not ({"World War II", "Cold War", "Warsaw Pact", "Affordable Care Act", "Night Live",
                 "African-Americans"} & set(got))
    assert got["Larry David"][0] == PERSON


def test_plural_role_opening_a_sentence_is_not_a_name():
    text = ("Jeb Bush endorsed Ted Cruz on Wednesday.\n\n"
            'Aides say the former Florida governor plans to "actively support" Cruz.')
    assert "Aides" not in {e.name for e in extract(text).entities}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # Rule demonym_given_name: a demonym that is also a given name, before one name only.
        ('"Mexicans laugh," said German Ortega, one of the stars.', "German Ortega", None),
        ('"No," said Rep. Virginia Foxx.', "Virginia Foxx", "Rep."),
        # Before a title or a full name it is the role it usually is.
        ('"Yes," said German Chancellor Angela Merkel.', "Angela Merkel",
         "German Chancellor"),
        ('"Ja," said German Helmut Kohl.', "Helmut Kohl", "German"),
        ('"Go," said Virginia Gov. Terry McAuliffe.', "Terry McAuliffe", "Virginia Gov."),
    ],
)
def test_a_demonym_that_is_a_given_name_before_one_name_is_the_given_name(text, name, role):
    (quote,) = extract(text).quotes
    assert quote.speaker == name
    assert entities(text)[name][:2] == (PERSON, role)


def test_two_brothers_of_one_family_stay_two_speakers():
    text = ('"Mexicans laugh at our tragedies," said German Ortega, one of the stars.\n\n'
            '"This is a social critique," said Freddy Ortega, German\'s brother.')
    assert [q.speaker for q in extract(text).quotes] == ["German Ortega", "Freddy Ortega"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Rule established_short_form: a bare family name goes to the person the article
        # already calls by it, not to a relative just named in full.
        ('Carly Fiorina ran HP. "We grew," Fiorina said. On the jet she vented to her '
         'husband, Frank Fiorina. "It will be ugly," Fiorina said.',
         ["Carly Fiorina", "Carly Fiorina"]),
        # With no one called so yet, the nearest earlier full name ("Fiorina" after Frank).
        ('Carly Fiorina ran HP. Her husband is Frank Fiorina. "It will be ugly," Fiorina '
         'said.', ["Frank Fiorina"]),
        # A title with a gender still decides: "Mr. Fiorina" is Frank.
        ('Carly Fiorina ran HP. "We grew," Fiorina said. She vented to her husband, Frank '
         'Fiorina. "It will be ugly," Mr. Fiorina said.', ["Carly Fiorina", "Frank Fiorina"]),
    ],
)
def test_a_bare_family_name_stays_with_the_person_already_called_so(text, speakers):
    assert [q.speaker for q in extract(text).quotes] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Rule compound_family_name: a family name of two words, without the given name.
        ('Conservative MP Michelle Rempel Garner echoed the concern. "The government has lost '
         'control," Rempel Garner said.', ["Michelle Rempel Garner"]),
        # Written short first (a headline), the full name below still makes one person.
        ('Wasserman Schultz under fire.\n\n"I am staying," said Debbie Wasserman Schultz. '
         '"It is my job," Wasserman Schultz said.',
         ["Debbie Wasserman Schultz", "Debbie Wasserman Schultz"]),
    ],
)
def test_a_family_name_of_two_words_is_the_person_named_in_full(text, speakers):
    assert [q.speaker for q in extract(text).quotes] == speakers


@pytest.mark.parametrize(
    ("full", "short", "same"),
    [
        ("Michelle Rempel Garner", "Rempel Garner", True),
        ("Jason Van Dyke", "Van Dyke", True),
        # A given name and a family name are not a family name of two words.
        ("Offensive Things Donald Trump", "Donald Trump", False),
        # The longer name must open with a given name: not a headline's or a place's word.
        ("Kill Trayvon Martin", "Trayvon Martin", False),
        ("Old San Juan", "San Juan", False),
        # An initial is not a family name.
        ("George W. Bush", "W. Bush", False),
    ],
)
def test_rule_compound_family_name(full, short, same):
    a, b = name_key(tuple(full.split())), name_key(tuple(short.split()))
    assert _compound_family(a, b) is same and _compound_family(b, a) is same


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Rule org_short_form: "Compaq" of "Compaq Computer" is the company, so "she" is not.
        ('Carly Fiorina ran HP and wanted Compaq Computer. The board of Compaq met in '
         'August. Compaq agreed. "The market will hate this deal," she said.',
         "Carly Fiorina"),
        # A person who carries the word comes first.
        ('Hillary Clinton spoke at the Clinton Foundation. "We will win," Clinton said.',
         "Hillary Clinton"),
    ],
)
def test_a_short_form_of_an_organisation_is_not_a_person(text, speaker):
    (quote,) = extract(text).quotes
    assert quote.speaker == speaker


def test_a_demonym_is_never_the_short_form_of_an_organisation():
    text = ("Donald Trump met the Jewish National Fund. Many Jewish leaders were wary. "
            '"He is neutral," Trump said.')
    jewish = [entity for written, entity in resolved(text) if written == "Jewish"]
    assert jewish and "Jewish National Fund" not in jewish


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # A director, spokesman, premier or police rank after an organisation or a place is
        # the person's title, not part of the name.
        ('"We won," said Clinton Communications Director Jennifer Palmieri.',
         "Jennifer Palmieri", "Clinton Communications Director"),
        ('"No," said FBI Director James Comey.', "James Comey", "FBI Director"),
        ('"Calm," said Pentagon Spokesman Peter Cook.', "Peter Cook", "Pentagon Spokesman"),
        # Premiers, treasurers, councillors and police ranks after a state, city or force.
        ('"We\'re not going to cop it," said NSW Premier Chris Minns.', "Chris Minns",
         "NSW Premier"),
        ('"It adds up," said Victorian Treasurer Tim Pallas.', "Tim Pallas",
         "Victorian Treasurer"),
        ('"Absolutely not," said Toronto Coun. Josh Matlow.', "Josh Matlow", "Toronto Coun."),
        ('"The suspect fled," said RCMP Cpl. Mike Moore.', "Mike Moore", "RCMP Cpl."),
    ],
)
def test_a_title_after_an_organisation_or_place_goes_to_the_role(text, name, role):
    (quote,) = extract(text).quotes
    assert (quote.speaker, quote.speaker_role) == (name, role)


@pytest.mark.parametrize(
    "name", ["Compaq Computer", "General Motors", "Air Canada Airlines", "Statistics Canada",
             "Elections Canada", "Suncor Energy", "American Legion", "Royal Canadian Legion",
             "English Premier League"],
)
def test_company_and_agency_words_make_an_organisation(name):
    text = f'"Prices will rise," said {name}.'
    assert entities(text)[name][0] == ORGANISATION


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Rule titled_office: a title's office is one organisation, possessive and all.
        ("The Prime Minister's Office said in a statement that Trudeau \"remains committed to "
         "the deal.\"", "Prime Minister's Office"),
        ('The Mayor\'s Office said that the plan "is on track."', "Mayor's Office"),
        # A person's office is not a title's: "Trump's" still ends the name before it.
        ('Trump\'s Office of Management said "no."', "Office of Management"),
    ],
)
def test_rule_titled_office(text, speaker):
    (quote,) = extract(text).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Rule described_gender: "her son Jordan Lopez" is a boy, so "she" is his mother.
        ('Maria Lopez came with her son Jordan Lopez, 12.\n\n"He loves the game," she said.',
         "Maria Lopez"),
        # "his late son Beau Biden" is a man: "she" is not him (a bare "Clinton" named once
        # is no one the extractor may guess, so no one).
        ("Sanders held a rally Saturday while Clinton hosted an event Monday, during which "
         "she thanked Vice President Joe Biden and his late son Beau Biden, who died last "
         'year.\n\n"I want to mention someone who is not here," she said.', None),
    ],
)
def test_rule_described_gender(text, speaker):
    (quote,) = extract(text).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(("a", "b", "same"), [
    ("John Smith", "John Q. Smith", True), ("John Smith", "J. Smith", True),
    ("Jo Smith", "John Smith", True), ("John Smith", "Jane Smith", False),
    ("John Smith", "John Jones", False), ("K. Smith", "John Smith", False),
    ("Michelle Rempel Garner", "Rempel Garner", True)])
def test_same_person_examples(a, b, same):
    key = tuple(w.lower().rstrip(".") for w in a.split())
    other = tuple(w.lower().rstrip(".") for w in b.split())
    assert same_person(key, other) == same_person(other, key) == same


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Rule month_family_name: "May" after a given name is a family name, not a month, and
        # a capitalised "May" before the cue is no auxiliary ("he may say").
        ('Prime Minister Theresa May said: "Brexit means Brexit." May added that "we will '
         'make a success of it."', ["Theresa May", "Theresa May"]),
        ('"Brexit means Brexit," Theresa May said.', ["Theresa May"]),
        # A party leader's title after the party's name is the role, not an organisation.
        ('Green Party Leader Elizabeth May scolded the government. "This is a betrayal," she '
         'said.', ["Elizabeth May"]),
        # A police rank with its dot opens the role ("Const." is no name).
        ('Toronto police Const. Victor Kwong said officers arrived at 9 p.m. "The suspect '
         'fled on foot," Kwong said.', ["Victor Kwong"]),
        # The month alone stays a month.
        ('The vote is in May. "No," he said.', [None]),
    ],
)
def test_month_family_names_and_titles_before_them(text, speakers):
    assert [q.speaker for q in extract(text).quotes] == speakers


@pytest.mark.parametrize(
    ("run", "names"),
    [
        # A headline's verb ends the name before it: "Howard Dean Tells ..." is Howard Dean.
        ("Howard Dean Tells Democratic Convention",
         [(("Howard", "Dean"), PERSON), (("Democratic", "Convention"), ORGANISATION)]),
        ("Clinton Warns Of Trump", [(("Clinton",), PERSON), (("Trump",), PERSON)]),
        # Rule role_before_given_name: a role word before a given name and a family name.
        ("Benghazi Widow Dorothy Woods", [(("Dorothy", "Woods"), PERSON)]),
        ("Army Veteran John Smith", [(("John", "Smith"), PERSON)]),
        ("Mary Jo White", [(("Mary", "Jo", "White"), PERSON)]),
        # Any role noun, at any place before the given name (a sentence's first word too).
        ("Historian Jean-François Lisée", [(("Jean-François", "Lisée"), PERSON)]),
        ("Analyst Nick Agostino", [(("Nick", "Agostino"), PERSON)]),
        ("Windsor MPP Lisa Gretzky", [(("Lisa", "Gretzky"), PERSON)]),
        ("Elder Mary Jane Kakegamic", [(("Mary", "Jane", "Kakegamic"), PERSON)]),
        ("Defenceman Quinn Hughes", [(("Quinn", "Hughes"), PERSON)]),
        # Rule hyphened_title: ranks joined by a hyphen are one title.
        ("Lt.-Gen. Mike Wright", [(("Mike", "Wright"), PERSON)]),
        ("Maj.-Gen. Peter Scott", [(("Peter", "Scott"), PERSON)]),
        ("Vice-Admiral Angus Topshee", [(("Angus", "Topshee"), PERSON)]),
        ("Jean-Yves Duclos", [(("Jean-Yves", "Duclos"), PERSON)]),
        ("Star Wars Day", []),
        # Rule given_name_title: a title word after a given name is a family name, and "of"
        # after it says where the person is from.
        ("Chief Wilfred King of the Gull Bay First Nation", [(("Wilfred", "King"), PERSON)]),
        ("Martin Luther King of the SCLC", [(("Martin", "Luther", "King"), PERSON)]),
        ("Chancellor of the Exchequer Rachel Reeves", [(("Rachel", "Reeves"), PERSON)]),
        # Conventions and summits are bodies, not people called "Convention".
        ("Republican National Convention",
         [(("Republican", "National", "Convention"), ORGANISATION)]),
    ],
)
def test_headline_verbs_and_roles_split_a_capitalised_run(run, names):
    from tracker.extraction.names import _parse_run
    assert [(p[3], p[2]) for p in _parse_run(run)] == names


@pytest.mark.parametrize(
    ("run", "name", "role"),
    [
        # Rule title_of_office, its docstring's examples: what a title is of belongs to the
        # role, and the name starts at the first known given name after it.
        ("Chancellor of the Exchequer Rachel Reeves", ("Rachel", "Reeves"),
         "Chancellor of the Exchequer"),
        ("Leader of the Opposition Pierre Poilievre", ("Pierre", "Poilievre"),
         "Leader of the Opposition"),
        ("Governor of the Bank of England Andrew Bailey", ("Andrew", "Bailey"),
         "Governor of the Bank of England"),
        ("Secretary of the Treasury Mnuchin", ("Mnuchin",), "Secretary of the Treasury"),
        ("Speaker of the House Paul Ryan", ("Paul", "Ryan"), "Speaker of the House"),
        ("Minister of Health Sylvia Jones", ("Sylvia", "Jones"), "Minister of Health"),
        # After an organisation too: the title of an office, then the person.
        ("White House Chief of Staff John Kelly", ("John", "Kelly"),
         "White House Chief of Staff"),
        ("Ontario Minister of Health Sylvia Jones", ("Sylvia", "Jones"),
         "Ontario Minister of Health"),
        # Where the office's words read as titles, the name starts at a known given name.
        ("Undersecretary for Political Affairs Wendy Sherman", ("Wendy", "Sherman"),
         "Undersecretary for Political Affairs"),
        ("Secretary of State Rex Tillerson", ("Rex", "Tillerson"), "Secretary of State"),
        # A chief of a force or a company is a person's title, not an organisation's name.
        ("Toronto Police Chief Myron Demkiw", ("Myron", "Demkiw"), "Toronto Police Chief"),
        ("Ottawa Fire Chief Paul Hutt", ("Paul", "Hutt"), "Ottawa Fire Chief"),
        # A style of address is part of the role.
        ("Her Majesty Queen Elizabeth II", ("Elizabeth", "II"), "Majesty Queen"),
        # A title with no one named is no name.
        ("Leader of the Opposition", None, None),
    ],
)
def test_rule_title_of_office(run, name, role):
    from tracker.extraction.names import find_names, title_of_office
    text = f"Yesterday {run} spoke."
    found = [(m.name, m.role, m.kind) for m in find_names(text, 0, len(text))]
    assert found == ([(name, role, PERSON)] if name else [])
    ws = tuple(run.split())
    if "of" in ws:
        k = ws.index("of") + 1 + (ws[ws.index("of") + 1] == "the")
        assert (title_of_office(ws, k) >= 0) == (name is not None)


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ('"We will not be moved on this," said Chancellor of the Exchequer Rachel Reeves.',
         "Rachel Reeves", PERSON),
        ('"This budget is a failure," Leader of the Opposition Pierre Poilievre said.',
         "Pierre Poilievre", PERSON),
        # An organisation word before "of the" keeps the whole name.
        ('"We disagree with the ruling," the Department of the Interior said.',
         "Department of the Interior", ORGANISATION),
        # Elsewhere "of the" still ends a name: the person, then where they are from.
        ('Members of the Senate voted. "It passed," said Mitch McConnell.', "Mitch McConnell",
         PERSON),
        ('"Taxes are too high," said John Smith of the Heritage Foundation.', "John Smith",
         PERSON),
    ],
)
def test_title_of_office_speakers(text, speaker, kind):
    (quote,) = extract(text).quotes
    assert (quote.speaker, quote.speaker_kind) == (speaker, kind)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Rule peerage: a title of a place names the person ("Duke", a title alone, did).
        ('Prince Harry spoke in London. "We have to do better for veterans," the Duke of '
         'Sussex said.', "Duke of Sussex"),
        ('"We have to do better for veterans," the Prince of Wales said on Tuesday.',
         "Prince of Wales"),
        ('"It was a wonderful day for everyone," said the Duchess of Cambridge.',
         "Duchess of Cambridge"),
        ('"It is a difficult time for the family," said the Archbishop of Canterbury.',
         "Archbishop of Canterbury"),
        # A title of no place stays a title with its name.
        ('"The bill is a mistake and we will oppose it," said Baroness Chakrabarti.',
         "Chakrabarti"),
    ],
)
def test_rule_peerage(text, speaker):
    (quote,) = extract(text).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Rule modal_given_name: "Will" where a source stands is the given name.
        ('"I am so happy to be here tonight," Will Smith said.', [("Will", "Smith")]),
        ('"We will see what happens next," said Will Hurd, a Texas congressman.',
         [("Will", "Hurd")]),
        ('Will Hurd said the wall was "a third-century solution."', [("Will", "Hurd")]),
        # A question's auxiliary stays one.
        ("Will Trump run again? Nobody knows.", [("Trump",)]),
        ("He asked: Will Trump win?", [("Trump",)]),
    ],
)
def test_rule_modal_given_name(text, names):
    from tracker.extraction.names import find_names
    assert [m.name for m in find_names(text, 0, len(text))] == names


@pytest.mark.parametrize(("text", "speaker", "kind"), [
    ('"We are ready," Ontario Power Generation said.', "Ontario Power Generation", ORGANISATION),
    ('"The funding is late," Manitoba Keewatinowi Okimakanak said in a statement.',
     "Manitoba Keewatinowi Okimakanak", ORGANISATION),
    ('"No," said Texas Ted Cruz.', "Ted Cruz", PERSON),  # a given name: a person of the place
    ('"Yes," Ohio Gov. John Kasich said.', "John Kasich", PERSON),  # a title: a person
    ('"Fine," said Rep. Virginia Foxx.', "Virginia Foxx", PERSON),
])
def test_rule_place_first_body(text, speaker, kind):
    """Rule place_first_body (tracker.extraction.names._read): a body named with its province
    or state first was a person under the words after the place ("Power Generation")."""
    (quote,) = extract(text).quotes
    assert (quote.speaker, quote.speaker_kind) == (speaker, kind)


@pytest.mark.parametrize(
    ("text", "speaker", "family"),
    [
        # Rule dutch_particles: "van den", "ter", "van 't" and "in 't" join a Dutch family
        # name to its given name, in the name reader and in the identity parser.
        ('"Europe is disintegrating," said Sophie in \'t Veld, a Dutch member.',
         "Sophie in 't Veld", "in 't Veld"),
        ('"It is fine," said Jan van den Berg, a Dutch member.', "Jan van den Berg",
         "van den Berg"),
        ('"It is fine," said Pieter van ’t Hek.', "Pieter van ’t Hek", "van ’t Hek"),
        ('"It is fine," said Gerard ter Borch.', "Gerard ter Borch", "ter Borch"),
        # "in" is no particle otherwise.
        ('"We won," Trump said in Iowa.', "Trump", "Trump"),
    ],
)
def test_rule_dutch_particles(text, speaker, family):
    quote = extract(text).quotes[0]
    assert quote.speaker == speaker
    assert parse_name(quote.speaker).family == family
