"""Canadian news, fourth round: the forms the first three rounds covered least. Long features
and investigations in the style of the Globe and Mail and the National Post (many sources,
anonymous ones, documents and court filings quoted, people reintroduced paragraphs later by
surname or by role), world news from Canadian outlets (foreign leaders, ministers and
spokespeople, interpreters), sports and culture stories with a political angle (coaches,
athletes, artists, a team as a source), business news (chief executives, analysts' notes to
clients, earnings calls), and letters and columnists answering each other. Also precision: text
in quotation marks that is not a quote (titles of shows and books, slogans, nicknames, terms,
sarcasm) beside real partial quotes with a source. None comes from an annotated corpus; they
were written for this test, each with the speakers a careful reader would name, one per quote
found, in order (None: the quote is kept with no named speaker)."""

from __future__ import annotations

import pytest

from tracker.extraction import extract
from tracker.extraction.attribution import modified_head
from tracker.extraction.engine import extract_with_features, named_plan
from tracker.extraction.names import (
    NameMention,
    _described_given_name,
    _parse_run,
    ampersand_company,
    find_names,
    kin_family_name,
)
from tracker.extraction.types import ORGANISATION, PERSON

CASES = [
    # --- Long features and investigations: many sources, documents, reintroductions
    ('The Globe and Mail reviewed more than 4,000 pages of internal e-mails, obtained under '
     'access-to-information law. In one, dated March 2022, a senior procurement official wrote '
     'that the contract was "not defensible on value for money." The official, whom The Globe '
     'is not naming because they were not authorized to speak publicly, confirmed the e-mail.',
     [None]),
    ('Three current and former employees described a culture of fear at the agency. "You did '
     'not question the deputy minister, ever," said one former director, who spoke on condition '
     'of anonymity for fear of reprisal.',
     [None]),
    ('Margaret Olesen spent 22 years as a nurse at the Kelowna General Hospital before she '
     'quit last spring.\n\nThe health authority declined an interview request.\n\n"I loved '
     'that job until the day I couldn\'t do it any more," Ms. Olesen said.',
     ['Margaret Olesen']),
    ('In a statement of claim filed in Ontario Superior Court, the family alleges the home '
     '"failed to provide even the most basic care." None of the allegations has been tested in '
     'court. Lawyers for the home did not respond to requests for comment.',
     [None]),
    pytest.param(
     'According to the affidavit, the company\'s former chief financial officer, Raymond '
     'Touchette, told the board in 2021 that the numbers "did not reconcile." Mr. Touchette, '
     'reached at his home in Laval, declined to comment.',
     ['Raymond Touchette'],
     marks=pytest.mark.xfail(strict=True, reason=(
         "'According to the affidavit' makes the document the source of the clause it "
         "reports, as the annotation has it for 'according to a transcript'; a reader "
         "names the officer the affidavit quotes"
     ))),
    ('Dr. Anjali Rao, an emergency physician in Brampton, was one of the first to raise the '
     'alarm. Later, as the wait times grew, she began keeping a spreadsheet.\n\n"I started '
     'counting because nobody else was," Dr. Rao said.',
     ['Anjali Rao']),
    pytest.param(
     'The RCMP\'s own review, completed in 2023 and released to The Globe in heavily redacted '
     'form, found that officers "did not follow policy" on the night of the shooting.',
     [None],
     marks=pytest.mark.xfail(strict=True, reason=(
         "'found that' is not read as a cue, so the finding of a review is dropped"
     ))),
    ('The Crown alleges in court filings that Mr. Bhatt "knowingly misled investors" about the '
     'fund\'s returns. His lawyer, Andrea Cheng, said her client "looks forward to clearing '
     'his name."',
     ['Crown', 'Andrea Cheng']),
    ('Lucie Gagnon was 17 when she joined the program. Now 34, she remembers the first day '
     'clearly. "They took our phones and told us we were family now," she said. Her sister, '
     'Émilie, joined two years later. "I followed Lucie. I always did," Émilie Gagnon said.',
     ['Lucie Gagnon', 'Émilie Gagnon']),
    ('A spokesperson for the Privy Council Office, Pierre-Alain Bujold, said the government '
     '"takes these findings seriously." A former cabinet minister, who asked not to be named, '
     'was blunter. "Everyone knew," the former minister said.',
     ['Pierre-Alain Bujold', None]),
    ('The board\'s minutes from June 2020 record the chair, Gordon Fyfe, as saying the risk '
     'was "manageable." Mr. Fyfe did not respond to questions sent by e-mail.',
     ['Gordon Fyfe']),
    ('Court documents show the mine\'s operator was warned twice. "The tailings dam is at risk '
     'of failure in a major rain event," an engineering consultant wrote in a 2019 report filed '
     'as evidence.',
     [None]),
    ('The coroner, Dr. Dirk Huyer, said in his report that the death was "preventable." Three '
     'months later, the ministry had not adopted a single one of his recommendations. "That is '
     'not acceptable," Dr. Huyer said in an interview.',
     ['Dirk Huyer', 'Dirk Huyer']),
    ('For this story, the National Post spoke with 14 people who worked on the project. Most '
     'requested anonymity. "It was the worst-run file I have seen in 30 years," said a retired '
     'engineer.',
     [None]),
    ('Sandra Whitford, the band\'s former administrator, said she flagged the missing money in '
     '2018. Chief Darryl Bear disputes that. "No one ever came to council with those numbers," '
     'Bear said. Whitford said she has the e-mails. "I kept everything," she said.',
     ['Darryl Bear', 'Sandra Whitford']),
    ('In an internal memo seen by the Post, the deputy minister warned staff that the program '
     'was "under significant scrutiny." The department said in a statement that it "does not '
     'comment on internal communications."',
     [None, None]),
    ('The judge, Justice Catherine Aitken, was scathing. The government\'s conduct, she wrote, '
     'was "a textbook example of bad faith." The Attorney General\'s office said it was '
     'reviewing the decision.',
     ['Catherine Aitken']),
    ('Jean Morrison runs a food bank out of a church basement in Sydney, N.S. Most of her '
     'clients now have jobs, she said. "That\'s new. Five years ago, that wasn\'t who came '
     'through the door."',
     ['Jean Morrison']),
    ('Prof. Thomas Lindqvist, who studies procurement at Carleton University, said the pattern '
     'was familiar. "Sole-source contracts are supposed to be the exception," he said. "In this '
     'department, they became the rule." The professor said he had seen the same thing at '
     'National Defence.',
     ['Thomas Lindqvist', 'Thomas Lindqvist']),
    ('The whistle-blower\'s lawyer, David Yazbeck, said his client had been "punished for '
     'telling the truth." The department did not answer specific questions.',
     ['David Yazbeck']),
    # --- World news from Canadian outlets
    ('Ukrainian President Volodymyr Zelensky, speaking through an interpreter, thanked Canada '
     'for its support. "Canadians have stood with us from the first day," he said.',
     ['Volodymyr Zelensky']),
    ('India\'s Ministry of External Affairs called the allegations "absurd and motivated." '
     'Foreign Affairs Minister Mélanie Joly said Canada would "not be intimidated."',
     ['Ministry of External Affairs', 'Mélanie Joly']),  # the body, as round 3 names it
    ('WASHINGTON — U.S. President Donald Trump said on Tuesday that Canada would "pay a big '
     'price" if it did not lower its dairy tariffs. White House press secretary Karoline '
     'Leavitt later told reporters the President was "dead serious."',
     ['Donald Trump', 'Karoline Leavitt']),
    ('Chinese Foreign Ministry spokesperson Mao Ning said Beijing "firmly opposes" the '
     'Canadian surtax on electric vehicles. "China will take all necessary measures," she said '
     'at a regular briefing.',
     ['Mao Ning', 'Mao Ning']),
    ('Mexican President Claudia Sheinbaum said her government would "keep a cool head." '
     'Speaking in Spanish at her morning news conference, she added: "We are not going to '
     'respond to tariffs with tariffs."',
     ['Claudia Sheinbaum', 'Claudia Sheinbaum']),
    ('British Prime Minister Keir Starmer, standing beside Mr. Carney in London, said the two '
     'countries were "closer than ever." Mr. Carney called the United Kingdom "the most '
     'reliable of partners."',
     ['Keir Starmer', 'Carney']),
    ('Israel\'s ambassador to Canada, Iddo Moed, said the decision was "a reward for '
     'terrorism." Global Affairs Canada said the recognition was "consistent with long-standing '
     'Canadian policy."',
     ['Iddo Moed', 'Global Affairs Canada']),
    ('PARIS — French President Emmanuel Macron praised Canada\'s "courage" in a speech at the '
     'Élysée. "Canada and France speak the same language, in every sense," Macron said.',
     ['Emmanuel Macron', 'Emmanuel Macron']),
    ('The Kremlin dismissed the sanctions. "They have no effect whatsoever," Kremlin '
     'spokesman Dmitry Peskov told reporters in Moscow.',
     ['Dmitry Peskov']),
    ('Haitian Prime Minister Garry Conille, in an interview with CBC News, said Canada\'s '
     'police training mission was "welcome but small." "We need boots on the ground, not '
     'only money," he said in French.',
     ['Garry Conille', 'Garry Conille']),
    pytest.param(
     'A senior Canadian official, who briefed reporters on condition they not be named, said '
     'the talks were "constructive but difficult." The official said no deal was expected this '
     'week.',
     [None],
     marks=pytest.mark.xfail(strict=True, reason=(
         "an unnamed source described by a role ('senior Canadian official') is given as "
         "the description, as in round 3's 'senior Liberal source'; a reader names no one"
     ))),
    ('German Chancellor Friedrich Merz told the Bundestag that Europe must "stand on its own '
     'feet." Canada, he said, was "a natural partner" in that effort.',
     ['Friedrich Merz', 'Friedrich Merz']),
    ('Speaking through an interpreter, the mother of one of the detained Canadians said she '
     'had not slept in weeks. "I only want to hear his voice," she said.',
     [None]),
    ('U.S. Commerce Secretary Howard Lutnick, asked on CNBC about the auto tariffs, said '
     'Canadian plants would "have to move south." Ontario Premier Doug Ford called the remark '
     '"insulting to every autoworker in this province."',
     ['Howard Lutnick', 'Doug Ford']),
    ('NATO Secretary-General Mark Rutte said Canada was "moving in the right direction" on '
     'defence spending. Defence Minister David McGuinty welcomed the comment.',
     ['Mark Rutte']),
    ('In Kyiv, Oleksandra Matviichuk, the human-rights lawyer whose centre shared the 2022 '
     'Nobel Peace Prize, said Canada\'s help with documenting war crimes was "not symbolic." '
     '"It is evidence that will be used in court," she said.',
     ['Oleksandra Matviichuk', 'Oleksandra Matviichuk']),
    # --- Sports and culture with a political angle
    ('Team Canada coach Jon Cooper said the four-nations win "meant more than hockey." "Our '
     'guys felt what was going on back home," Cooper said after the final in Boston.',
     ['Jon Cooper', 'Jon Cooper']),
    ('The Canadiens said in a statement that they were "deeply disappointed" by the '
     'comments and that the player would not travel with the team.',
     ['Canadiens']),
    ('Toronto FC midfielder Jonathan Osorio said he understood the fans who booed the U.S. '
     'anthem. "People are upset, and they have a right to be," he said.',
     ['Jonathan Osorio']),
    ('Olympic champion Summer McIntosh, asked about the federal funding cuts, was careful. "I '
     'just want every kid to have a pool," McIntosh said. Swimming Canada chief executive '
     'Suzanne Paulins called the cuts "a serious concern."',
     ['Summer McIntosh', 'Suzanne Paulins']),
    ('The Toronto Blue Jays did not comment on the trade rumours. Manager John Schneider, '
     'asked before Tuesday\'s game, said only: "Bo is our shortstop."',
     ['John Schneider']),
    ('Singer Jessie Reyez, accepting the Juno for R&B recording of the year, dedicated the '
     'award to immigrant families. "This is for everybody whose parents crossed a border to '
     'give them a chance," Reyez said.',
     ['Jessie Reyez']),
    ('Filmmaker Alanis Obomsawin, 92, said the documentary was her answer to the '
     'government. "They never listened, so I kept filming," she said at the screening.',
     ['Alanis Obomsawin']),
    ('The NHL said the Hockey Canada investigation was "ongoing" and that it would not comment '
     'further. NHLPA executive director Marty Walsh said the players "deserve due process."',
     ['NHL', 'Marty Walsh']),
    ('Novelist Miriam Toews, whose book "Fight Night" was shortlisted for the Giller Prize, '
     'said the prize\'s sponsorship controversy was "bigger than any one writer."',
     ['Miriam Toews']),
    ('Edmonton Oilers general manager Stan Bowman said the club "respects the process" in '
     'the arbitration. The team\'s captain, Connor McDavid, was more direct. "We want him '
     'here," McDavid said.',
     ['Stan Bowman', 'Connor McDavid']),
    ('Canada Soccer said in a statement that it "accepts the findings in full" and that '
     'head coach Bev Priestman would not return. Priestman, in a separate statement, said she '
     'was "deeply sorry."',
     ['Canada Soccer', 'Bev Priestman']),
    ('Basketball star Shai Gilgeous-Alexander, back home in Hamilton, said he would play for '
     'Canada "whenever they ask." "This is where I learned the game," he said.',
     ['Shai Gilgeous-Alexander', 'Shai Gilgeous-Alexander']),
    ('Artistic director Alisa Palmer said the festival would stage the play despite the '
     'protest. "Theatre is where we argue in public," she said. The protesters\' spokesperson, '
     'Ruth Adeyemi, called that "an easy thing to say from the stage."',
     ['Alisa Palmer', 'Ruth Adeyemi']),
    # --- Business news
    ('Shares of Air Canada rose 6 per cent after the airline raised its outlook. "Demand for '
     'transatlantic travel remains strong," chief executive Michael Rousseau told analysts on '
     'an earnings call. Desjardins analyst Benoit Poirier said in a note to clients that the '
     'guidance was "conservative."',
     ['Michael Rousseau', 'Benoit Poirier']),
    ('"We continue to see the Canadian consumer as resilient but cautious," Scotiabank '
     'economist Derek Holt wrote in a research note on Friday.',
     ['Derek Holt']),
    ('Royal Bank of Canada chief executive Dave McKay told the bank\'s annual meeting that '
     'Canada had "a productivity crisis." He said the country needed to "get out of its own '
     'way" on major projects.',
     ['Dave McKay', 'Dave McKay']),
    ('Couche-Tard founder Alain Bouchard said the company would not walk away from the bid. '
     '"We are patient people," Bouchard told shareholders in Laval. Seven & i Holdings said in '
     'a filing that the offer "significantly undervalues" the company.',
     ['Alain Bouchard', 'Seven & i Holdings']),
    ('Analysts at National Bank Financial said in a note that the merger would face "a '
     'lengthy regulatory review." The Competition Bureau declined to comment.',
     ['National Bank Financial']),
    ('"This quarter was about execution," Lululemon Athletica Inc. chief executive Calvin '
     'McDonald said on a call with analysts. The company cut its full-year forecast, citing '
     'tariffs and "a more cautious U.S. consumer."',
     ['Calvin McDonald', 'Calvin McDonald']),
    ('Canadian Pacific Kansas City Ltd. chief executive Keith Creel said the strike would cost '
     'the economy "hundreds of millions of dollars a day." Teamsters Canada Rail Conference '
     'president Paul Boucher said the railways "created this crisis."',
     ['Keith Creel', 'Paul Boucher']),
    ('Bank of Canada senior deputy governor Carolyn Rogers said in a speech to the Vancouver '
     'Board of Trade that household debt remained "a vulnerability." Ms. Rogers said the bank '
     'was watching mortgage renewals closely. "About 60 per cent of mortgages will renew in '
     'the next two years," she said.',
     ['Carolyn Rogers', 'Carolyn Rogers']),
    ('Shopify Inc. reported revenue of US$2.36-billion, beating forecasts. "Merchants are '
     'choosing us because we ship," president Harley Finkelstein said in an interview. The '
     'stock rose 9 per cent.',
     ['Harley Finkelstein']),
    ('Tim Hortons\' parent company, Restaurant Brands International Inc., said sales in Canada '
     'were "solid." Analyst Chris O\'Cull of Stifel called the results "a clean beat."',
     ['Restaurant Brands International Inc.', "Chris O'Cull"]),
    ('BMO chief economist Douglas Porter said in a note to clients that the jobs report was '
     '"a real stinker." "There is no sugar-coating this one," he wrote.',
     ['Douglas Porter', 'Douglas Porter']),
    ('The union representing 3,000 workers at the smelter said the company\'s final offer was '
     '"an insult." Rio Tinto spokesperson Simon Letendre said the company remained "open to '
     'dialogue."',
     [None, 'Simon Letendre']),
    ('Rogers Communications Inc. chief executive Tony Staffieri said on the earnings call that '
     'the company was "very comfortable" with its debt levels. Analyst Maher Yaghi of '
     'Scotiabank asked whether a dividend cut was on the table. "No," Staffieri said.',
     ['Tony Staffieri', 'Tony Staffieri']),
    ('Economist Armine Yalnizyan, a fellow at the Atkinson Foundation, said the numbers '
     'showed "a two-track economy." "If you own a home, you are fine. If you rent, you are '
     'not," she said.',
     ['Armine Yalnizyan', 'Armine Yalnizyan']),
    # --- Letters and columnists answering each other
    ('Re: "Ottawa is losing the plot on housing" (Opinion, Feb. 3). Columnist Andrew Coyne '
     'writes that zoning is "the whole game." As a municipal planner for 25 years, I can tell '
     'him it is not.\n\nPeter Kwan, Mississauga',
     ['Andrew Coyne']),
    ('Letters to the editor\n\nMarcus Gee says the transit line is "a triumph of '
     'persistence." I would call it a triumph of overspending.\n\nHelen Baird, Toronto',
     ['Marcus Gee']),
    ('Last week, my colleague Robyn Urback argued that the Premier\'s plan was "cynical but '
     'smart." I agree with the first word and not the second.',
     ['Robyn Urback']),
    ('Chris Selley, responding in these pages, called my proposal "fantasy economics." Fair '
     'enough. But the fantasy has been tried in Finland, and it worked.',
     ['Chris Selley']),
    ('Re: Nurses are leaving, and we know why (Feb. 10). The writer says nurses are "burned '
     'out and ignored." I am a nurse, and she is right.\n\nLinda Park, Hamilton',
     [None]),
    ('Konrad Yakabuski: The Bloc\'s moment may already have passed\n\nYves-François Blanchet '
     'likes to say that the Bloc is "the only party that speaks for Quebec." Voters, it '
     'seems, have started to disagree.',
     ['Yves-François Blanchet']),
    ('Kelly Cryderman\'s column on the pipeline ("Alberta has heard this before," Jan. 28) '
     'misses the point. Albertans are not asking for sympathy; we are asking for a decision.'
     '\n\nRoss Chang, Calgary',
     []),
    ('Columnist Rex Murphy once wrote that Ottawa treats Newfoundland "as a footnote with a '
     'coastline." Reading this week\'s budget, it is hard to argue.',
     ['Rex Murphy']),
    ('To the editor: The minister says the new rules are "common sense." If so, why did it '
     'take his government nine years to find it?\n\nGeorge Patel, Victoria',
     [None]),
    # --- Precision: titles, slogans, nicknames, terms and sarcasm beside real quotes
    ('The CBC series "Little Mosque on the Prairie" ran for six seasons. Its creator, Zarqa '
     'Nawaz, said the show was "a love letter to small-town Saskatchewan."',
     ['Zarqa Nawaz']),
    ('The government calls it "the Build Canada plan." Conservative Leader Pierre Poilievre '
     'calls it "more of the same."',
     ['Pierre Poilievre']),
    ('Fans still call him "Mr. Hockey." At the unveiling of his statue, Gordie Howe\'s son '
     'Mark said his father "would have hated all this fuss."',
     ['Mark Howe']),
    ('The so-called "freedom convoy" occupied downtown Ottawa for three weeks in 2022. '
     'Inquiry commissioner Paul Rouleau concluded that the threshold for the Emergencies Act '
     'had been met, though "not easily."',
     ['Paul Rouleau']),
    ('Canada\'s "elbows up" summer has been good for domestic tourism. '
     '"Bookings are up 30 per cent on last year," said Beth Potter, president of the '
     'Tourism Industry Association of Canada.',
     ['Beth Potter']),
    ('The book, "The Sellout," by journalist Tom Parkin, was published in the fall. Parkin '
     'said in an interview that the NDP had "stopped talking to workers."',
     ['Tom Parkin']),
    ('The "Axe the tax" rallies drew thousands. Environment Minister Steven Guilbeault dismissed '
     'them as "a slogan, not a plan."',
     ['Steven Guilbeault']),
    ('Critics call the new office building the "Taj Mahal." City manager Paul Johnson said the '
     'cost was "in line with industry benchmarks."',
     ['Paul Johnson']),
    ('The province\'s "historic" deal with doctors has yet to produce '
     'a single new family physician in the region.',
     []),
    ('Netflix\'s "Letterkenny" spinoff begins filming in Sudbury next month. Mayor Paul '
     'Lefebvre said the production would bring "real money" to the city.',
     ['Paul Lefebvre']),
    ('The term "carbon leakage" means emissions moving abroad as industry relocates. Economist '
     'Dale Beugin of the Canadian Climate Institute said the risk was "real but small."',
     ['Dale Beugin']),
    ('So much for "sunny ways." The new government\'s first budget was a work of shadows.',
     []),
    ('The Ontario Science Centre, "temporarily closed" since June 2024, may not reopen at all. '
     'Infrastructure Minister Kinga Surma said the province was "exploring options."',
     ['Kinga Surma']),
    ('Hockey Night in Canada\'s "Coach\'s Corner" ended in 2019. Ron MacLean, asked about it '
     'this week, said he still missed the segment "every Saturday."',
     ['Ron MacLean']),
    ('Call the strategy "resilience," if you like. NDP MP Jenny Kwan has '
     'another word for it. "It\'s abandonment," she said.',
     ['Jenny Kwan']),
    ('Her debut album, "Prairie Gothic," came out in 2023. "I wrote it in my parents\' '
     'basement in Regina," singer Kaya Lindstrom said.',
     ['Kaya Lindstrom']),
    ('The Bloc Québécois\' campaign slogan, "Québec, c\'est nous," was everywhere in the '
     'riding. Bloc candidate Sophie Lemay said it was "not a slogan but a fact."',
     ['Sophie Lemay']),
    ('Conservative MP Michael Cooper called the bill a "backdoor gun grab." Public Safety '
     'Minister Gary Anandasangaree said that was "simply false."',
     ['Michael Cooper', 'Gary Anandasangaree']),
    ('The Crown called him the "architect" of the fraud. Defence lawyer Marie Henein said in '
     'her closing that the label was "a story, not evidence."',
     ['Crown', 'Marie Henein']),
    ('They call it "the Ring of Fire" for a reason. Chief Chris Moonias of Neskantaga First '
     'Nation said the community would "never consent" to the road.',
     ['Chris Moonias']),
]


@pytest.mark.parametrize(("text", "speakers"), CASES)
def test_speakers_of_canadian_news_fourth_round(text, speakers):
    assert [q.speaker for q in extract(text).quotes] == speakers


@pytest.mark.parametrize(("run", "name", "kind"), [
    # Rule role_before_given_name: a role noun that also names a magazine ("Economist"), then
    # a person's two names; given names ending in "-is" or "-us" are no headline's verb.
    ("Economist Dale Beugin", ("Dale", "Beugin"), PERSON),
    ("Economist Armine Yalnizyan", ("Armine", "Yalnizyan"), PERSON),
    ("Filmmaker Alanis Obomsawin", ("Alanis", "Obomsawin"), PERSON),
    ("Analyst Marcus Levin", ("Marcus", "Levin"), PERSON),
    # A body's word after the magazine's keeps the run a body ("Unit" is one).
    ("Economist Intelligence Unit", ("Economist", "Intelligence", "Unit"), ORGANISATION),
    ("Major Crimes Unit", ("Major", "Crimes", "Unit"), ORGANISATION),
])
def test_rule_role_before_given_name_with_a_magazine_role(run, name, kind):
    assert [(p[3], p[2]) for p in _parse_run(run)] == [(name, kind)]
    if kind == PERSON:
        assert _described_given_name(tuple(run.split())) == 1


@pytest.mark.parametrize(("text", "mention"), [
    # Rule modified_head: a source noun with where it is or whom it represents.
    ('The union representing 3,000 workers at the smelter said the offer was "an insult." '
     'Rio Tinto spokesperson Simon Letendre said the company remained "open to dialogue."',
     "The union representing 3,000 workers at the smelter"),
    ('The union at the smelter said the offer was "an insult."', "The union at the smelter"),
    ('Nurses at the hospital said the plan was "reckless."', "Nurses at the hospital"),
])
def test_rule_modified_head(text, mention):
    ex, feats = extract_with_features(text)
    assert ex.quotes[0].speaker_mention == mention
    assert "rule=modified_head" in feats[0]


def test_modified_head_needs_a_source_noun():
    assert modified_head("The smelter at the edge of town", 0, 31) is None
    assert modified_head("He told them at the meeting", 0, 27) is None


@pytest.mark.parametrize(("text", "is_piece"), [
    # Rule dated_piece: a headline cited with the day it ran, as letters and columns do.
    ('Kelly Cryderman\'s column ("Alberta has heard this before," Jan. 28) misses the point.',
     True),
    ('Your editorial "Ottawa must act on housing now" (Feb. 3) is wrong.', True),
    ('Your editorial "Ottawa must act on housing now" (Opinion, Feb. 3) is wrong.', True),
    # Speech is dated after its cue, not at the mark.
    ('"We will act on housing now," she said (Feb. 3).', False),
])
def test_rule_dated_piece(text, is_piece):
    s = extract_with_features(text)[0]
    assert (s.quotes == ()) is is_piece


@pytest.mark.parametrize(("inner", "named"), [
    # Rule named_plan: the name given to a plan, with two capitalised words at least.
    ("the Build Canada plan.", True),
    ("Made in Ontario strategy", True),
    ("the worst plan ever", False),
    ("the Trump plan,", False),
])
def test_rule_named_plan(inner, named):
    assert named_plan(inner) is named


def test_a_plan_named_in_quotation_marks_is_no_quote_but_the_reply_is():
    text = ('The government calls it "the Build Canada plan." Conservative Leader Pierre '
            'Poilievre calls it "more of the same."')
    assert [q.speaker for q in extract(text).quotes] == ["Pierre Poilievre"]


@pytest.mark.parametrize(("text", "body"), [
    # Rule ampersand_company: capitalised words joined by "&" are one firm.
    ("Procter & Gamble said", "Procter & Gamble"),
    ("Seven & i Holdings said", "Seven & i Holdings"),
    ("He sold it to Smith & Wesson.", "Smith & Wesson"),
    # The end of the sentence before, in the same capitalised run, is read alone.
    ("He met Tiff Macklem. Procter & Gamble said", "Procter & Gamble"),
])
def test_rule_ampersand_company(text, body):
    m = find_names(text, 0, len(text))[-1]
    assert (m.text, m.kind) == (body, ORGANISATION)
    assert ampersand_company(text, text.index("& ") + 2, len(text)) > 0


def test_ampersand_company_leaves_a_possessive_to_the_usual_reading():
    assert ampersand_company("Johnson & Johnson's vaccine", 10, 27) == 0


@pytest.mark.parametrize(("text", "speaker"), [
    # Rule owned_words: a possessive, the quotation, then a noun of saying.
    ('Voters remember Donald Trump\'s "woman\'s card" remark.', "Donald Trump"),
    ('Mark Carney\'s "elbows up" comment went viral.', "Mark Carney"),
])
def test_rule_owned_words_with_the_noun_after(text, speaker):
    ex, feats = extract_with_features(text)
    assert [q.speaker for q in ex.quotes] == [speaker]
    assert "rule=owned_words" in feats[0]


def test_a_slogan_after_a_possessive_is_no_remark():
    assert extract('Voters remember Pierre Poilievre\'s "axe the tax" slogan.').quotes == ()


@pytest.mark.parametrize(("text", "name"), [
    # Rule kin_family_name: "<full name>'s son Mark" is Mark of that family.
    ("At the unveiling, Gordie Howe's son Mark said", ("Mark", "Howe")),
    ("Donald Trump's daughter Ivanka said", ("Ivanka", "Trump")),
    # No full name before: the given name alone.
    ("Howe's son Mark said", ("Mark",)),
])
def test_rule_kin_family_name(text, name):
    m = find_names(text, 0, len(text))[-1]
    assert (m.name, m.described) == (name, text.split()[-3])


def test_kin_family_name_reads_the_owner_and_the_kin_word():
    text = "Gordie Howe's son Mark"
    owner = NameMention(0, 11, "Gordie Howe", ("Gordie", "Howe"), PERSON, possessive=True)
    mark = NameMention(18, 22, "Mark", ("Mark",), PERSON)
    assert kin_family_name(text, owner, mark, "son")
    assert not kin_family_name(text, owner, mark, "daughter")


@pytest.mark.parametrize(("text", "speakers"), [
    # Rule appositive_quote: a quotation opening the subject's apposition is no one's words.
    ('The Ontario Science Centre, "temporarily closed" since June 2024, may not reopen at '
     'all.', []),
    ('The Ontario Science Centre, "temporarily closed" since June 2024, may not reopen. '
     'Kinga Surma said the province was "exploring options."', ["Kinga Surma"]),
])
def test_rule_appositive_quote(text, speakers):
    assert [q.speaker for q in extract(text).quotes] == speakers
