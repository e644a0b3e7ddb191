"""Canadian news, third round: opinion and features. Columns that argue with politicians'
words, columns quoting other columnists and reports, analysis with unnamed insiders,
editorials, first-person essays, profiles where one person speaks over many paragraphs in the
present tense with others between, interviews in question-and-answer form, and the web styles
of HuffPost Canada and Global News (posts, "READ MORE" links, video captions, live updates);
quotes that run across paragraphs, quotes after a paraphrase with no cue, nested quotes, scare
quotes and titles. None comes from an annotated corpus; they were written for this test, each
with the speakers a careful reader would name, one per quote found, in order (None: the quote
is kept with no named speaker)."""

from __future__ import annotations

import pytest

from tracker.extraction import extract
from tracker.extraction.attribution import another_speaker
from tracker.extraction.engine import extract_with_features
from tracker.extraction.names import bill_number, find_names
from tracker.extraction.subjects import one_told

CASES = [
    # --- Columns that argue with a politician's words
    ('When Pierre Poilievre says the country is "broken," he means something specific: that '
     'the things which used to work for a young family no longer do. He is not wrong about '
     'that. He is wrong about why.',
     ['Pierre Poilievre']),
    ('Mark Carney likes to say that Canada must "build, baby, build." Fair enough. But '
     'building takes workers, and the government has just cut the immigration targets that '
     'would supply them.',
     ['Mark Carney']),
    ('Consider the Premier\'s own words. "We will not raise taxes on hard-working Ontarians," '
     'Doug Ford told the legislature in April. Six months later, the gas tax cut expired, '
     'quietly.',
     ['Doug Ford']),
    pytest.param(
     'The minister\'s defence, offered on Sunday\'s edition of Rosemary Barton Live, was that '
     'the numbers were "a snapshot in time." That is a strange thing to say about a deficit '
     'that has tripled.',
     [None],
     marks=pytest.mark.xfail(strict=True, reason=(
         'a four-word quote owned by an unnamed minister ("The minister\'s defence ... was '
         'that") is read as a scare quote and dropped'))),
    ('Danielle Smith insists Alberta is "not going anywhere." Then why, one wonders, did her '
     'government spend the summer printing referendum questions?',
     ['Danielle Smith']),
    ('Jagmeet Singh told reporters in March that the NDP would "never" prop up a Conservative '
     'government. Never lasted about three weeks.',
     ['Jagmeet Singh']),
    pytest.param(
     'There is a phrase Liberal ministers have been repeating all week, like a catechism: "We '
     'have a plan." Ask them what the plan is, and you get a second phrase: "Stay tuned."',
     ['Liberal ministers', None],
     marks=pytest.mark.xfail(strict=True, reason=(
         'the group "Liberal ministers" is cut to its party word, and the short quote after '
         'the second colon, with no one to say it, is read as a scare quote'))),
    ('Here is what Premier David Eby said, in full, when asked about involuntary care: "If you '
     'are so ill that you cannot make decisions for yourself, it is not compassion to leave '
     'you on the street." You may disagree. But it is not the statement of a man who has '
     'given up on progressive politics.',
     ['David Eby']),
    ('François Legault has spent years telling Quebecers that immigration threatens "the '
     'survival of the French language." The data his own government published this week tell '
     'a more complicated story.',
     ['François Legault']),
    ('The Conservative Leader has a new favourite line. "Canada is broken, but it is ours to '
     'fix," Poilievre told a crowd in Oshawa on Saturday, and then he said it again in Sudbury '
     'on Sunday.',
     ['Poilievre']),
    # --- Columns quoting other columnists, writers and reports
    ('Andrew Coyne argued in these pages last week that the deficit is "a choice, not a '
     'necessity." I agree with half of that sentence.',
     ['Andrew Coyne']),
    ('In a column for the Toronto Star, Chantal Hébert wrote that the Bloc had "never been more '
     'comfortable in opposition." She may be right, but comfort is not a strategy.',
     ['Chantal Hébert']),
    ('The Parliamentary Budget Officer\'s latest report is blunt. The government\'s fiscal '
     'anchor, it says, is "not credible in any meaningful sense." Yves Giroux has said as much '
     'before, but rarely in writing.',
     [None]),
    ('As the C.D. Howe Institute put it in a study released Tuesday, interprovincial barriers '
     'act like "a tariff we impose on ourselves."',
     ['C.D. Howe Institute']),
    ('My Globe colleague Campbell Clark has described the Prime Minister\'s approach to '
     'Washington as "strategic patience." Patience, yes. Strategy, we will see.',
     ['Campbell Clark']),
    pytest.param(
     'The auditor general\'s report, tabled Tuesday, found that the department "did not know" '
     'how many contracts it had awarded. Karen Hogan told reporters it was "among the most '
     'troubling" audits of her tenure.',
     [None, 'Karen Hogan'],
     marks=pytest.mark.xfail(strict=True, reason=(
         'a three-word quote from a document\'s finding ("did not know") is read as a scare'
         ' quote and dropped'))),
    ('Writing in the National Post, Conrad Black calls the government "the most incompetent in '
     'our history." He has said this about every government since 1993.',
     ['Conrad Black']),
    ('Paul Wells, in his newsletter, put it more sharply: "This is a government that announces '
     'things instead of doing them."',
     ['Paul Wells']),
    # --- Analysis with unnamed insiders and pollsters
    ('As one senior Liberal put it to me this week, "We are governing like we have a majority, '
     'and we don\'t."',
     ['Liberal']),  # an unnamed source keeps its description, as annotated news does
    ('A Conservative strategist, who spoke on the condition that they not be named because '
     'they were not authorized to discuss internal polling, said the numbers were "ugly in the '
     '905."',
     ['Conservative strategist']),
    pytest.param(
     'One cabinet minister, asked privately whether the Prime Minister would shuffle before '
     'Christmas, shrugged. "Ask me in January."',
     [None],
     marks=pytest.mark.xfail(strict=True, reason=(
         'a quote with no cue after a sentence whose subject is an unnamed person ("One '
         'cabinet minister ... shrugged.") is dropped'))),
    pytest.param(
     'Inside the PMO, the mood is described as "grimly determined." Outside it, Liberal MPs '
     'are less polite. "People are scared," one Ontario MP said.',
     [None, 'Ontario MP'],
     marks=pytest.mark.xfail(strict=True, reason=(
         '"is described as" with no agent: the short quote is read as a scare quote and '
         'dropped'))),
    pytest.param(
     'Sources told CBC News that the deal was "very close" as of Thursday night. Neither the '
     'Prime Minister\'s Office nor the White House would comment.',
     [None],
     marks=pytest.mark.xfail(strict=True, reason=(
         'with the one told no longer read as the source (rule one_told), a two-word quote '
         'of unnamed sources ("the deal was \'very close\'") is read as a scare quote and '
         'dropped'))),
    ('The question hanging over the convention is simple. Can Carney hold the centre? "He has '
     'to," said Shachi Kurl, president of the Angus Reid Institute. "There is nowhere else for '
     'him to go."',
     ['Shachi Kurl', 'Shachi Kurl']),
    ('Veteran pollster Frank Graves sees it differently. The Liberal lead, he says, is "soft '
     'everywhere except Quebec."',
     ['Frank Graves']),
    ('What does the Bloc want? Its leader, Yves-François Blanchet, has been unusually candid. '
     '"We want Quebec to win," he said Tuesday. "Whether Canada wins is not my problem."',
     ['Yves-François Blanchet', 'Yves-François Blanchet']),
    # --- Editorials
    ('The Globe has argued for years that Canada\'s defence spending is "an embarrassment to a '
     'G7 country." The government has finally agreed, at least on paper.',
     ['Globe']),
    pytest.param(
     'Editorial\n\nThe Star has said before, and will say again: Toronto cannot "tough it out" '
     'through another winter of encampments. The city needs shelter beds, and it needs them '
     'now.',
     [],
     marks=pytest.mark.xfail(strict=True, reason=(
         'an idiom in quotation marks inside the paper\'s own claim ("The Star has said ...'
         ' cannot \'tough it out\'") is read as the paper\'s words'))),
    pytest.param(
     'National Post View\n\nOttawa calls its new border plan "the most significant investment '
     'in a generation." It is nothing of the kind. The plan adds 1,000 officers over five '
     'years.',
     [None],
     marks=pytest.mark.xfail(strict=True, reason=(
         'a capital standing for its government ("Ottawa calls") is named as the speaker, '
         'where "the federal government" is not'))),
    ('We said in this space last spring that the province\'s plan to close supervised '
     'consumption sites was "a decision that will cost lives." We take no pleasure in having '
     'been right.',
     [None]),
    ('It is worth recalling what the Supreme Court said in the Quebec secession reference: '
     'that a clear majority on a clear question would give rise to "a reciprocal obligation to '
     'negotiate." Nothing in the Clarity Act changes that.',
     ['Supreme Court']),
    ('EDITORIAL: The Senate should pass Bill C-5, with amendments\n\nThe government calls the '
     'bill the "One Canadian Economy Act." Whatever its name, it gives cabinet sweeping powers '
     'to set aside environmental law.',
     []),
    ('The Toronto Star Editorial Board\n\nMayor Olivia Chow promised a budget that would "put '
     'people first." This one puts the TTC first, which may amount to the same thing.',
     ['Olivia Chow']),
    # --- First-person essays
    ('I was 14 when my father lost his job at the Oshawa plant. I remember him sitting at the '
     'kitchen table, very still. "We\'ll be fine," he said. We were not fine.',
     [None]),
    ('My grandmother, who came to Winnipeg from Manila in 1972, used to tell me that Canada '
     'was "a country that keeps its promises." I think about that a lot these days.',
     [None]),
    ('FIRST PERSON\n\nWhen the doctor told me I had cancer, I did not cry. I asked her how '
     'long. "That\'s not the question to ask right now," she said gently. She was right.',
     [None]),
    ('I have taught high school in Surrey for 18 years. Every September, a student asks me the '
     'same thing: "Miss, why do we have to learn this?" I used to have an answer.',
     [None]),
    ('This column is personal. Last month, my son was one of 2,000 students who applied for 40 '
     'spots in a nursing program at Dawson. "Mom, I did everything right," he told me. He did.',
     [None]),
    ('I interviewed Ed Broadbent in 2019, two years before he died. I asked him whether he had '
     'any regrets. "Only that we never formed government," he said, and then laughed. "But we '
     'changed the ones that did."',
     ['Ed Broadbent', 'Ed Broadbent']),
    # --- Features and profiles: one voice over many paragraphs, others interleaved
    ('Marie-Claude Tremblay starts her day at 4 a.m., before the cows. "People think farming '
     'is a lifestyle," she says. "It is a business, and right now it is a losing one."\n\nHer '
     'husband, Luc Tremblay, handles the books. He is less diplomatic. "Supply management is '
     'the only reason we are still here," he says.',
     ['Marie-Claude Tremblay', 'Marie-Claude Tremblay', 'Luc Tremblay']),
    ('At 82, Eleanor Whitcombe no longer teaches. She still walks past the school every '
     'morning, though. "Habit," she says. "And I like to see the kids."',
     ['Eleanor Whitcombe', 'Eleanor Whitcombe']),
    ('Tom Moose has driven a snowplow on the Trans-Canada for 31 winters.\n\n"The worst was '
     '2008," he says. "We had whiteouts for three days. I slept in the truck."\n\nHe pauses.'
     '\n\n"You don\'t forget that kind of cold."\n\nHis supervisor, Angela Brant, says Moose is '
     'the best driver she has. "He knows every curve between here and Wawa," Brant says.',
     ['Tom Moose', 'Tom Moose', 'Tom Moose', 'Angela Brant']),
    ('The clinic in Thompson, Man., has two doctors for 20,000 people. Dr. Priya Raman is one '
     'of them.\n\n"Some days I see 60 patients," Raman says. "That is not medicine. That is '
     'crowd control."\n\nThe other, Dr. Kofi Mensah, moved here from Ghana in 2021. He says he '
     'plans to stay. "My kids are happy," he says. "That is what matters."',
     ['Priya Raman', 'Priya Raman', 'Kofi Mensah', 'Kofi Mensah']),
    ('Ask Gerry Bastien about the mill closing and he goes quiet for a long moment. "Three '
     'generations," he finally says. "My grandfather, my father, me. And now nothing."',
     ['Gerry Bastien', 'Gerry Bastien']),
    ('Jean-Luc Bouchard, 54, says he never expected to be homeless. "I had a house in Laval, a '
     'wife, a car," he says. "Then the divorce, then the drinking."\n\nA shelter worker, Nadia '
     'Haddad, says stories like his are now common. "We see professionals, people with '
     'degrees," she says.',
     ['Jean-Luc Bouchard', 'Jean-Luc Bouchard', 'Nadia Haddad']),
    ('Kim Thúy says she writes in French because it is the language that saved her. "French '
     'gave me a second life. I owe it everything."',
     ['Kim Thúy']),
    pytest.param(
     'Coach Sandra Paquette believes the team can win it all this year. She has seen enough. '
     '"These girls don\'t quit. I have never coached a group like this."',
     ['Sandra Paquette'],
     marks=pytest.mark.xfail(strict=True, reason=(
         'a quote with no cue after a paraphrase with "believes" and a pronoun sentence '
         'between is given no speaker'))),
    ('"My mother always said, \'Never let them see you sweat,\'" says Senator Ratna Omidvar. '
     '"So I didn\'t."',
     ['Ratna Omidvar', 'Ratna Omidvar']),
    ('Heather Stefanson\'s critics say she is too cautious. Wab Kinew, who sat across from her '
     'in the legislature for years, once called her "the most careful politician in '
     'Manitoba." She took it as a compliment. "Careful is good," she says. "Careful means you '
     'read the file."',
     ['Wab Kinew', 'Heather Stefanson', 'Heather Stefanson']),
    # --- Interviews in question-and-answer form
    ('The following interview has been edited and condensed.\n\nYou have said the health '
     'system is "on the brink." What do you mean by that?\n\nI mean that we are one bad flu '
     'season away from emergency rooms closing across the province.',
     [None]),
    pytest.param(
     'Q: Your critics call the plan "a giveaway to developers." Is it?\n\nA: No. Every unit we '
     'build has affordability conditions attached.',
     [None],
     marks=pytest.mark.xfail(strict=True, reason=(
         "a four-word quote of unnamed critics in an interviewer's question is read as a "
         'scare quote and dropped'))),
    ('In conversation with Toronto Star columnist Shree Paradkar, author Jesse Thistle talks '
     'about his memoir "From the Ashes" and what home means to him.\n\nWhat made you write the '
     'book?\n\nI needed to understand what happened to me.',
     []),
    pytest.param(
     'CBC Radio\'s The Current spoke with Canada\'s ambassador to the United States, Kirsten '
     'Hillman. Here is part of that conversation.\n\nMatt Galloway: Are the talks stalled?\n\n'
     'Kirsten Hillman: "Stalled" is not the word I would use. We are talking every day.',
     [],
     marks=pytest.mark.xfail(strict=True, reason=(
         'a word mentioned from the question ("\'Stalled\' is not the word I would use") is '
         "read as the interviewee's quote"))),
    ('This interview was conducted in French and has been translated.\n\nWhat did the premier '
     'tell you?\n\nHe said, "We are not going to abandon the regions." I believed him at the '
     'time.',
     [None]),
    # --- Web styles: posts, READ MORE, video captions, live updates
    ('In a post on X, Ontario Premier Doug Ford wrote: "We will never stop fighting for Ontario '
     'workers. Never." The post has been viewed more than two million times.',
     ['Doug Ford']),
    ('Toronto police say a 17-year-old boy has been charged.\n\nREAD MORE: Teen charged after '
     'stabbing at Scarborough mall\n\n"This was a targeted incident," Const. Laura Brabant '
     'said.',
     ['Laura Brabant']),
    ('WATCH: Poilievre says Liberals "broke the budget" - Oct 3, 2025\n\nConservative Leader '
     'Pierre Poilievre accused the government of hiding the deficit. "They are cooking the '
     'books," Poilievre said.',
     ['Pierre Poilievre']),
    ('NDP MP Leah Gazan took to social media after the vote.\n\n"Shameful. Absolutely shameful. '
     'Families will pay for this," Gazan posted on X.',
     ['Leah Gazan']),
    ('Twitter users were quick to weigh in.\n\n"Imagine thinking this is a good idea," one user '
     'wrote.\n\n"Who approved this??" wrote another.',
     [None, None]),
    ('Residents of Jasper describe the moment they were told to flee. "We just grabbed the dog '
     'and went," says resident Carol Ng.\n\nWATCH | Jasper residents return to what is left of '
     'their town',
     ['Carol Ng']),
    ('Story continues below advertisement\n\n"It\'s heartbreaking," said Chief Evan Yassie of '
     'the Hay River Dene Reserve. "People are scared to come home."',
     ['Evan Yassie', 'Evan Yassie']),
    pytest.param(
     'Follow along with our live coverage below.\n\n7:45 p.m. ET: Carney arrives in '
     'Washington. "We are here to get a deal," he told reporters on the tarmac.',
     ['Carney'],
     marks=pytest.mark.xfail(strict=True, reason=(
         'a surname named once ("Carney arrives") is not a reliable antecedent for "he" '
         '(single capitalised words named once are not people)'))),
    # --- Quotes across paragraphs, quotes after a paraphrase, nested quotes
    ('AFN National Chief Cindy Woodhouse Nepinak spoke for nearly 20 minutes.\n\n"For 150 '
     'years, this country made decisions about us without us. Those days are over.\n\n"We are '
     'not stakeholders. We are rights holders.\n\n"And we will be at the table," she said.',
     ['Cindy Woodhouse Nepinak', 'Cindy Woodhouse Nepinak', 'Cindy Woodhouse Nepinak']),
    ('Here is how Mark Carney put it in Washington:\n\n"Canada is not for sale. It never has '
     'been and it never will be.\n\n"But Canada is open for business with anyone who respects '
     'us."',
     ['Mark Carney', 'Mark Carney']),
    ('Kinew said Manitoba would not wait for Ottawa. "We have waited long enough. Our people '
     'are dying."',
     ['Kinew']),
    ('Singh recalled his first conversation with Jack Layton. "He told me, \'Never be afraid to '
     'be yourself,\' and I never have been," Singh said.',
     ['Singh']),
    pytest.param(
     'Hogue said the intelligence she saw was "often incomplete." She quoted one CSIS official '
     'who told her the service "cannot know what it does not collect."',
     ['Hogue', None],
     marks=pytest.mark.xfail(strict=True, reason=(
         'nested reporting ("She quoted one CSIS official who told her") gives the quote '
         'to the one who reports it'))),
    ('Three years ago, I wrote that the Liberals had "no plan for housing." I was wrong. They '
     'had several, and none of them worked.',
     [None]),
    ('Poilievre\'s line that "the Liberals broke it, and we will fix it" is borrowed, almost '
     'word for word, from Stephen Harper\'s 2006 campaign.',
     ['Poilievre']),
    ('Former prime minister Stephen Harper once dismissed the idea as "a socialist scheme." '
     'His successors have not been so sure.',
     ['Stephen Harper']),
    # --- Scare quotes, nicknames and titles that quote no one
    ('Conservatives have taken to calling the Prime Minister "Carbon Tax Carney." The nickname '
     'has not stuck.',
     []),
    pytest.param(
     'We are told the housing market has "stabilized." Tell that to anyone under 35 looking for '
     'a one-bedroom in Vancouver.',
     [],
     marks=pytest.mark.xfail(strict=True, reason=(
         'a one-word ironic quote ("We are told the market has \'stabilized\'") is kept as a'
         ' quote of no one'))),
    pytest.param(
     'Bill C-2, the "Strong Borders Act," would give police new powers to open mail. Civil '
     'liberties groups say the bill goes "far beyond" what is needed to secure the border.',
     [None],
     marks=pytest.mark.xfail(strict=True, reason=(
         'a two-word quote of unnamed groups ("Civil liberties groups say the bill goes \'far '
         'beyond\'") is read as a scare quote and dropped'))),
    ('In "The Inconvenient Indian," Thomas King writes that Canadians have always preferred '
     '"the Indian of the imagination" to the real one.',
     ['Thomas King']),
    pytest.param(
     'The province\'s "Buy Ontario" campaign cost $40 million. Critics call it "an ad for the '
     'premier." Ford defended the spending Tuesday. "Every dollar is worth it," he said.',
     [None, 'Ford'],
     marks=pytest.mark.xfail(strict=True, reason=(
         'a surname named once ("Ford defended") is not a reliable antecedent for "he"'))),
    ('The report, titled "Broken Promises: The State of Long-Term Care in Nova Scotia," found '
     'that one home in five failed its last inspection.',
     []),
    ('CBC\'s "Schitt\'s Creek" swept the Emmys in 2020. "We never expected this," co-creator '
     'Dan Levy said.',
     ['Dan Levy']),
]


@pytest.mark.parametrize(("text", "speakers"), CASES)
def test_speakers_of_canadian_opinion_and_features(text, speakers):
    assert [q.speaker for q in extract(text).quotes] == speakers


@pytest.mark.parametrize(("text", "mention"), [
    # Rule another_speaker: "another" or "a third" alone after the verb is one more unnamed
    # person: the quote is kept, with no one named.
    ('"Imagine thinking this is a good idea," one user wrote.\n\n"Who approved this??" wrote '
     'another.', "another"),
    ('"We are still here," said a third.', "a third"),
])
def test_rule_another_speaker(text, mention):
    ex, feats = extract_with_features(text)
    assert (ex.quotes[-1].speaker, ex.quotes[-1].speaker_mention) == (None, mention)
    assert "rule=another_speaker" in feats[-1]


def test_another_before_a_noun_is_no_rule_another_speaker():
    assert another_speaker("said another voter.", 5) is None
    assert another_speaker("said another.", 5).text == "another"


@pytest.mark.parametrize(("text", "speakers"), [
    # Rule possessive_opener: a possessive name opening its sentence is whom "she" may mean.
    ('Heather Stefanson\'s critics say she is too cautious. "Careful is good," she says.',
     ["Heather Stefanson"]),
    ('Naheed Nenshi\'s office says he is in Calgary. "I will be back Monday," he said.',
     ["Naheed Nenshi"]),
])
def test_rule_possessive_opener(text, speakers):
    assert [q.speaker for q in extract(text).quotes] == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # Stop words Ask and Q: an imperative opening a feature's sentence, and the label of an
    # interviewer's question, are no names.
    ('Ask Gerry Bastien about the mill and he goes quiet. "Three generations," he finally '
     'says.', ["Gerry Bastien"]),
    ('Q: What did the minister tell you?\n\nA: "We will fix it by spring," Joly said.',
     ["Joly"]),
])
def test_openers_that_are_no_names(text, speakers):
    assert [q.speaker for q in extract(text).quotes] == speakers


@pytest.mark.parametrize(("text", "speaker"), [
    # Rule owned_words with the nouns line, argument, pledge and boast.
    ('Poilievre\'s line that "the Liberals broke it, and we will fix it" is borrowed.',
     "Poilievre"),
    ('Eby\'s pledge that the province "will not leave a single person behind" was made in '
     '2022.', "Eby"),
    ('Kinew\'s argument that the deficit "will vanish within two budgets" did not survive the '
     'fall update.', "Kinew"),
])
def test_rule_owned_words_with_more_nouns_of_saying(text, speaker):
    ex, (feats,) = extract_with_features(text)
    assert ex.quotes[0].speaker == speaker
    assert "rule=owned_words" in feats


def test_a_title_case_quote_after_a_sentence_opening_in_is_a_title():
    # Rule show_before with "In" opening the sentence: 'In "The Inconvenient Indian," ...'
    text = ('In "The Inconvenient Indian," Thomas King writes that Canadians prefer "the Indian '
            'of the imagination" to the real one.')
    assert [q.speaker for q in extract(text).quotes] == ["Thomas King"]


@pytest.mark.parametrize(("run", "after", "is_bill"), [
    # Rule bill_number: "Bill" with a bill's number is legislation, not a man called Bill.
    ("Bill C-2", ", the Strong Borders Act", True),
    ("Bill", " 96 limits the use of English", True),
    ("Bill Blair", " said", False),
])
def test_rule_bill_number(run, after, is_bill):
    assert bill_number(run, after) is is_bill
    text = run + after
    named = [m.text for m in find_names(text, 0, len(text)) if m.text.startswith("Bill")]
    assert named == ([] if is_bill else [run])


@pytest.mark.parametrize(("prefix", "told"), [
    # Rule one_told: a name right after a verb of telling is the one told, not the subject.
    ("Sources told", True),
    ("Officials warned", True),
    ("The Washington Post columnist", False),
])
def test_rule_one_told(prefix, told):
    assert one_told(prefix) is told


def test_the_outlet_told_is_not_the_source_of_the_quote():
    text = ('Sources told CBC News that the deal was "very close to being done, perhaps by '
            'Friday."')
    assert [q.speaker for q in extract(text).quotes] == [None]
