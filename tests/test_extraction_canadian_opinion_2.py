"""Canadian opinion and features, second round (round 6): columns in the Globe and Mail,
National Post, Toronto Star, Ottawa Citizen, Maclean's, The Walrus, CBC Opinion, Policy Options
and The Tyee. Columnists weighing politicians' words, quoting reports, books, court rulings and
one another; rhetorical quotes and quotes inside questions; scare quotes, slogans and titles
that quote no one; first-person columns ("I asked her ..."); letters to the editor with their
signatures; editorials ("this newspaper", "we said in this space"); long feature scenes with
several people talking. None comes from an annotated corpus; they were written for this test,
before the extractor was run on them, each with the speakers a careful reader would name, one
per quote found, in order (None: the quote is kept with no named speaker)."""

from __future__ import annotations

import pytest

from tracker.extraction import extract
from tracker.extraction.engine import extract_with_features
from tracker.extraction.headings import prose_before_colon
from tracker.extraction.names import find_names, surname_org_word

CASES = [
    # --- Columns that weigh a politician's words
    ('Mark Carney told the House of Commons on Wednesday that his government would "not be '
     'lectured on fiscal responsibility" by the Conservatives. It was a good line. It was '
     'also, as the Conservatives were quick to point out, a little rich from a government '
     'about to post a $78-billion deficit.',
     ['Mark Carney']),
    ('Doug Ford likes to call himself "the most pro-worker premier in Ontario history." The '
     'nurses who spent three years under Bill 124 might want a word.',
     ['Doug Ford']),
    ('Asked on Tuesday whether the province would meet its housing target, Premier Tim Houston '
     'did not hesitate. "We will," he said. The numbers say otherwise: Nova Scotia built 6,200 '
     'units last year against a goal of 10,000.',
     ['Tim Houston']),
    ('Danielle Smith said this week that she wants a "strong and sovereign Alberta within a '
     'united Canada." Read that sentence twice. The first half is doing a lot of work that the '
     'second half is meant to undo.',
     ['Danielle Smith']),
    pytest.param(
     'It was Jean Chrétien, of all people, who put it best when I spoke to him last spring: '
     '"You don\'t win an election by telling people what they want to hear. You win by telling '
     'them what they already know."',
     ['Jean Chrétien'],
     marks=pytest.mark.xfail(strict=True, reason=(
         'a cleft sentence ("It was Jean Chrétien ... who put it best when I spoke to him '
         '...:") gives the colon\'s quote to the columnist\'s "I" of the clause between'))),
    ('"We are not going to go back to the old ways," Carney said in his speech to the Liberal '
     'caucus. Which old ways, exactly? He did not say, and nobody asked.',
     ['Carney']),
    ("Ontario Education Minister Paul Calandra says the province's school boards have been "
     '"wasting money on things that have nothing to do with the classroom." He has produced '
     'little evidence for this, but it polls well.',
     ['Paul Calandra']),
    ('François Legault once promised that a CAQ government would be "the government of the '
     'economy." Seven years later, Quebec has the largest deficit in its history, and Legault '
     'is on his way out.',
     ['François Legault']),
    pytest.param(
     'When reporters pressed Poilievre on whether he would keep the dental care program, he '
     'offered this: "We will protect the programs that work and fix the ones that don\'t." That '
     'is not an answer. That is a fortune cookie.',
     ['Poilievre'],
     marks=pytest.mark.xfail(strict=True, reason=(
         'a surname named once ("pressed Poilievre") is not a reliable antecedent for "he" '
         '(single capitalised words named once are not people)'))),
    ('Vancouver Mayor Ken Sim ran on a promise to "restore hope" and hire 100 police officers '
     'and 100 mental health nurses. The officers were hired. Ask the city how many nurses are '
     'on the job today and you will wait a while for the answer.',
     ['Ken Sim']),
    ('Wab Kinew, never one to waste a camera, stood in front of the shuttered Brandon plant '
     'and called the closure "a gut punch to every family in Westman." Then he promised a task '
     'force. Manitobans have seen a lot of task forces.',
     ['Wab Kinew']),
    ("Foreign Affairs Minister Anita Anand has described Canada's relationship with India as "
     '"in a reset." A reset to what, one might ask, and at whose expense?',
     ['Anita Anand']),
    ('Ford, for his part, called the decision "a disaster" and "an absolute joke" before '
     'leaving the scrum without taking questions.',
     ['Ford', 'Ford']),
    ('Every few months Mark Carney tells us that we are living through "a rupture, not a '
     'transition." He has said it at Davos, in the House and to a Chamber of Commerce lunch in '
     'Calgary. He is right, and repeating it is not a plan.',
     ['Mark Carney']),
    ('Jagmeet Singh called the budget "a betrayal of working people." Poilievre called it '
     '"Trudeau\'s fourth term." Carney, asked about both, smiled: "I\'m glad they read it."',
     ['Jagmeet Singh', 'Poilievre', 'Carney']),
    pytest.param(
     'In the end, Carney\'s message to Washington came down to four words: "We are not '
     'negotiating." Not yet, anyway.',
     ['Carney'],
     marks=pytest.mark.xfail(strict=True, reason=(
         'a quote owned through a noun of saying and "came down to four words:" ("Carney\'s '
         'message ... came down to") is read as a scare quote and dropped'))),
    ('The line that got the biggest laugh of the night belonged to Elizabeth May. "I have been '
     'in this House long enough to remember when the Conservatives believed in carbon '
     'pricing," she said.',
     ['Elizabeth May']),
    ('"There is no such thing as a free lunch, and there is no such thing as a free pharmacare '
     'program." That was Conservative health critic Stephen Ellis, speaking to reporters '
     'Monday.',
     ['Stephen Ellis']),
    ('Former Bank of Canada governor Stephen Poloz, who has never been one for hyperbole, told '
     'a Toronto audience this week that the housing market was "broken in ways that monetary '
     'policy cannot fix."',
     ['Stephen Poloz']),
    ('According to Mike Moffatt of the Missing Middle Initiative, Ontario would need to double '
     'its construction workforce "just to stand still." Nobody in government disputes the math.',
     ['Mike Moffatt']),
    ('Wrote former Conservative MP Michelle Rempel Garner on her Substack: "The party has a '
     'Quebec problem, and it is not going to fix it by pretending it doesn\'t."',
     ['Michelle Rempel Garner']),
    ('A spokesperson for Finance Minister François-Philippe Champagne said the government '
     '"does not comment on speculation." I was not speculating; I was reading the '
     "government's own documents.",
     ['spokesperson for Finance Minister François-Philippe Champagne']),
    # --- Reports, studies, court rulings and books
    ("The Fraser Institute's annual survey puts the median wait from referral to treatment at "
     '28.6 weeks, which the institute calls "the longest ever recorded." Whatever you think of '
     'the Fraser Institute, that number should alarm you.',
     ['Fraser Institute']),
    ('In her 2017 book "Seven Fallen Feathers," Tanya Talaga writes that Thunder Bay was "a '
     'city that has never reckoned with what it did to the children sent there." The city has, '
     'at least, started.',
     ['Tanya Talaga']),
    ('The Parliamentary Budget Office says the government\'s new defence target is "achievable '
     'only with significant new borrowing or cuts elsewhere." Neither option was mentioned in '
     'the budget speech.',
     ['Parliamentary Budget Office']),
    pytest.param(
     'The Bank of Canada, in its Monetary Policy Report, warned that tariffs would leave the '
     'economy "permanently smaller" than it would otherwise have been. Central bankers do not '
     'use words like "permanently" lightly.',
     ['Bank of Canada'],
     marks=pytest.mark.xfail(strict=True, reason=(
         'a word mentioned in the columnist\'s own sentence ("words like \'permanently\'") is '
         "kept as the bank's quote again"))),
    ('The Cullen Commission\'s final report described British Columbia as "a haven for money '
     'laundering" for more than a decade. Austin Cullen, to his credit, did not soften the '
     'language.',
     ['Cullen Commission']),  # rule document_author, the owner after "the"
    pytest.param(
     'A 2023 Statistics Canada study found that immigrants with foreign credentials were '
     '"significantly more likely" to work in jobs below their skill level. Nobody who has taken '
     'a taxi in Toronto needed a study to know that.',
     [None],
     marks=pytest.mark.xfail(strict=True, reason=(
         'a two-word quote from a study\'s finding ("significantly more likely") is read as a '
         'scare quote and dropped'))),
    ('As Jane Jacobs wrote in "The Death and Life of Great American Cities," "Cities have the '
     'capability of providing something for everybody, only because, and only when, they are '
     'created by everybody." Toronto\'s planners own the book. I am not sure they have read it.',
     ['Jane Jacobs']),
    ("The Truth and Reconciliation Commission's Calls to Action begin with child welfare. The "
     'first asks governments to commit "to reducing the number of Aboriginal children in '
     'care." A decade later, the number has gone up.',
     [None]),
    ('The report of the Public Order Emergency Commission concluded that the threshold for '
     'invoking the Emergencies Act had been met, but only just. Justice Paul Rouleau wrote '
     'that he reached that conclusion "with reluctance" and that reasonable people could '
     'disagree.',
     ['Paul Rouleau']),
    ('In a Policy Options essay last year, economist Trevor Tombe argued that equalization is '
     '"less a transfer from Alberta than a transfer from Albertans, like every other federal '
     'program." It is a distinction worth keeping in mind as the referendum talk grows louder.',
     ['Trevor Tombe']),
    # (the title is taken out before attribution: rules show_before and titled_claim)
    ('Margaret Atwood\'s claim in "Survival," that the central symbol for Canada is '
     '"undoubtedly Survival, la Survivance," has been quoted so often it has become a cliché. '
     'It was written in 1972. It reads differently now.',
     ['Margaret Atwood']),
    pytest.param(
     'The Auditor General of Ontario found that the Greenbelt land swap process was "biased" in '
     'favour of certain developers. The integrity commissioner went further.',
     ['Auditor General of Ontario'],
     marks=pytest.mark.xfail(strict=True, reason=(
         'a one-word quote of a finding ("biased") is read as a scare quote and dropped'))),
    ('As Donald Savoie argued in "Governing from the Centre," power in Ottawa has drifted to '
     '"a handful of courtiers" around the prime minister. Twenty-five years later, the handful '
     'has grown smaller.',
     ['Donald Savoie']),
    ('As this page argued in June, the Emergencies Act was never meant for a protest, however '
     'obnoxious. The Federal Court agreed, calling the invocation "not justified." The Court '
     'of Appeal has now agreed with it.',
     ['Federal Court']),
    ('Health economist Colleen Flood has called Canada\'s approach to private clinics "a '
     'two-tier system we refuse to name." The evidence suggests she is right.\n\nJennifer Ross '
     'is a health policy researcher at the University of Toronto.',
     ['Colleen Flood']),
    # --- Columnists quoting one another, and their readers
    ('My colleague Robyn Urback wrote on Monday that the Liberals have "no idea what to do '
     'with Alberta." I would go further: they have no idea what Alberta is.',
     ['Robyn Urback']),
    ('Over at the National Post, John Ivison suggests the Prime Minister is "running out the '
     'clock" on the trade talks. At the Star, Susan Delacourt sees a leader "playing a longer '
     'game than his critics understand." They cannot both be right, though they may both be '
     'early.',
     ['John Ivison', 'Susan Delacourt']),
    ('Stephen Maher, writing in Maclean\'s, calls the episode "the most consequential '
     'intelligence failure since Air India." That is a big claim. He makes a good case for it.',
     ['Stephen Maher']),
    ('Regular readers will know that I have been hard on this government. A reader from Kanata '
     'wrote to say I was "obsessed with the deficit." Perhaps. But obsession is a reasonable '
     'response to a $40-billion shortfall.',
     [None]),
    ("The Tyee's Andrew MacLeod reported last week that the ministry had known about the "
     'problem since 2021. When he asked Health Minister Josie Osborne about it, she said the '
     'file was "under active review." It has been under active review for four years.',
     ['Josie Osborne']),
    ('Paul Wells once wrote that Ottawa "is a town where nobody is ever fired and nothing is '
     'ever finished." I thought of that line this week.',
     ['Paul Wells']),
    ('Reader mail on Tuesday\'s column was, let us say, mixed. "You have clearly never run a '
     'business," wrote one. "Finally, someone said it," wrote another.',
     [None, None]),
    ('The Senate, Peter Harder once told me, is "the only place in Ottawa where people still '
     'read the bills." He was half joking.',
     ['Peter Harder']),
    ('"Pay attention to what they do, not what they say." My first editor, the late Bill Fox, '
     'told me that in 1986. It remains the only rule of political journalism I trust.',
     ['Bill Fox']),
    # --- Rhetorical quotes and quotes inside questions
    pytest.param(
     'Imagine the headline if a Conservative government had done this: "Tories quietly cut '
     'funding for women\'s shelters." There would be marches. Instead, there is silence.',
     [],
     marks=pytest.mark.xfail(strict=True, reason=(
         'an imagined headline after a colon ("Imagine the headline ...: \'...\'") is kept as '
         'a quote of no one'))),
    ('Somewhere in Ottawa, a communications staffer is drafting the line right now: "We hear '
     'the concerns of Canadians, and we are taking action." You will hear it by Friday.',
     [None]),
    ('What, exactly, did Danielle Smith mean when she said Albertans were "done asking '
     'nicely"? Her office did not respond to two requests for clarification.',
     ['Danielle Smith']),
    ('Is it "fear-mongering," as François-Philippe Champagne put it, to point out that the '
     'deficit has doubled? Or is it arithmetic?',
     ['François-Philippe Champagne']),
    pytest.param(
     'If Poilievre really believes, as he told a Calgary audience in June, that "the '
     'gatekeepers are the problem," why does his party\'s housing plan run to 40 pages of new '
     'federal conditions?',
     ['Poilievre'],
     marks=pytest.mark.xfail(strict=True, reason=(
         'a surname named once ("If Poilievre really believes") is not a reliable antecedent '
         'for "he"'))),
    ('Remember when Justin Trudeau promised that 2015 would be "the last federal election '
     'conducted under first-past-the-post"? Neither, apparently, does the Liberal Party.',
     ['Justin Trudeau']),
    pytest.param(
     'Did Poilievre really call the governor of the Bank of Canada "incompetent" and then '
     "promise to respect the bank's independence? He did, in the same speech.",
     ['Poilievre'],
     marks=pytest.mark.xfail(strict=True, reason=(
         'a one-word quote in a question ("call the governor ... \'incompetent\'") is read as '
         'a scare quote and dropped'))),
    ('What does it mean to be a "post-national state," as Justin Trudeau once called Canada, '
     'when the neighbour to the south wants to make you its 51st state?',
     ['Justin Trudeau']),
    ('How is a 2.5 per cent cap on rent increases "a war on landlords," as the Ontario '
     'Landlords Association calls it? Rents in the province have risen 40 per cent since 2019.',
     ['Ontario Landlords Association']),
    ('Asked whether he regretted the comment, Ford answered with a question of his own: "Why '
     'would I regret telling the truth?"',
     ['Ford']),
    ('A reader asks: "Why does my property tax keep going up when my services keep getting '
     'worse?" It is a fair question, and the answer is provincial downloading.',
     [None]),
    ('Who exactly is "the elite" Danielle Smith keeps talking about? Her cabinet includes '
     'three former oil executives and a Bay Street banker.',
     []),
    # --- Scare quotes, slogans and titles that quote no one
    ('Remember "Axe the tax"? The slogan carried Pierre Poilievre through a year of headlines, '
     'and then Mark Carney took the policy away from him on his first day in office.',
     []),
    ('The so-called "elbows up" moment has passed. Canadians are back to booking Florida '
     'vacations, if the airline data are any guide.',
     []),
    ('The government\'s "Buy Canadian" policy, announced with great fanfare in March, turns '
     'out to apply to about four per cent of federal procurement.',
     []),
    ('Fans of "Letterkenny" will know the type: the small-town hockey player who says little '
     'and means less.',
     []),
    pytest.param(
     'The Trudeau-era slogan "sunny ways" now reads like a period piece, as "peace, order and '
     'good government" did before it.',
     [],
     marks=pytest.mark.xfail(strict=True, reason=(
         'a motto mentioned after "as" ("as \'peace, order and good government\' did before '
         'it") is kept as a quote of no one'))),
    ('There is a word for a country that cannot build a pipeline, a subway or a hospital on '
     'time, and the word is not "progressive."',
     []),
    ('Canada\'s "feminist foreign policy," a phrase Global Affairs still uses on its website, '
     "has quietly disappeared from ministers' speeches.",
     []),
    ('CBC\'s "The National" led with the story on Tuesday night. By Wednesday, it was gone '
     'from the front page of every paper in the country.',
     []),
    # (rule appositive_title)
    ('The Walrus\'s cover story this month, "The End of the Cottage," is about who can still '
     'afford one. The answer: fewer of us every year.',
     []),
    ('Ottawa\'s "Team Canada" approach to the trade war, with premiers, business and labour '
     'all in the room, lasted about six weeks.',
     []),
    ('For a certain kind of Toronto homeowner, "density" is a dirty word and "neighbourhood '
     'character" is a sacred one.',
     []),
    ('The phrase "Canada is back" has aged poorly.',
     []),
    ('The so-called "Ring of Fire" road, which the province has promised for a decade, still '
     'exists only on paper. Chief Chris Moonias of Neskantaga First Nation says his community '
     'has "never been asked, only told."',
     ['Chris Moonias']),
    pytest.param(
     'Supporters call the Online Streaming Act "a lifeline for Canadian culture." Critics call '
     'it "a tax on Netflix subscribers." Both descriptions are, in their way, accurate.',
     [None, None],
     marks=pytest.mark.xfail(strict=True, reason=(
         'the second of two group quotes ("Critics call it \'a tax on Netflix subscribers.\'") '
         'is read as a scare quote and dropped'))),
    # --- First-person columns
    ('I asked Lisa Raitt, the former Conservative deputy leader, whether her party could win '
     'without Quebec. "Of course it can," she said. "The question is whether it can govern '
     'without Quebec."',
     ['Lisa Raitt', 'Lisa Raitt']),
    ('When I reached Naheed Nenshi by phone on Thursday, he was driving between Red Deer and '
     'Edmonton. I asked him whether the NDP could ever win rural Alberta. He laughed. "Ask me '
     'after the by-election."',
     ['Naheed Nenshi']),
    ('I spent a morning last week with Amrit Dhillon, who runs a trucking company out of '
     'Brampton with 40 rigs. I asked her what the tariffs had done to her business. "Ask me '
     'how many drivers I laid off," she said. "Eleven."',
     ['Amrit Dhillon', 'Amrit Dhillon']),
    ('My mother, who is 81 and has voted Liberal since Pierre Trudeau, called me after the '
     'debate. "I don\'t know who I\'m voting for," she said. "I\'ve never said that before."',
     [None, None]),
    ("I told Rebecca Lee, the minister's press secretary, that I would be writing this column. "
     'She said she would "get back to me." That was on Monday.',
     ['Rebecca Lee']),
    ('I have covered Parliament for 22 years, and I have never heard a cabinet minister say '
     'what Mélanie Joly said to me on Tuesday: "I don\'t know." It was, oddly, refreshing.',
     ['Mélanie Joly']),
    ('A confession: I supported the carbon tax. I wrote column after column defending it. "It '
     'is the cheapest way to cut emissions," I wrote in 2019, and I still believe that.',
     [None]),
    ('Jody Wilson-Raybould once told me, in an interview for this magazine, that she had "no '
     'regrets, only lessons." She said it without a trace of irony.',
     ['Jody Wilson-Raybould']),
    ('I grew up in Cape Breton, where every conversation about politics ended the same way. '
     '"They\'re all the same," my uncle would say, and then he would vote Liberal anyway.',
     [None]),
    ("This column is part of CBC's Opinion section. For more information about this section, "
     'please read our FAQ.\n\nWhen my daughter came out to me at 15, my first words were not '
     'the right ones. "Are you sure?" I asked. She looked at me as if I had slapped her.',
     [None]),
    ('The first time I met Harold Desjarlais, he was sitting on an overturned bucket outside '
     'his cabin on the Fort Chipewyan road, cleaning a rifle. He did not look up. "You\'re the '
     'writer," he said. It was not a question.',
     ['Harold Desjarlais']),
    ('A rider named Hassan, who asked that his last name not be used, told me he had been late '
     'for work 14 times since September. "My boss thinks I\'m lying," he said. "I show him the '
     'app."',
     ['Hassan', 'Hassan']),
    # --- Letters to the editor
    ('Re: Canada must pay its way in NATO (Opinion, Oct. 14)\n\nKelly McParland writes that '
     'Canada must spend "whatever it takes" to meet its NATO commitment. Whatever it takes '
     'from whom? Seniors on fixed incomes are already choosing between groceries and '
     'medication.\n\nMargaret Olsen, Peterborough, Ont.',
     ['Kelly McParland']),
    ('Letters to the editor\n\nAndrew Coyne calls the housing accord "a good start." A start, '
     'perhaps. Good, I am less sure. My daughter is 34, has two degrees, and still rents a '
     'basement in Mississauga.\n\nPeter Vukovich, Mississauga',
     ['Andrew Coyne']),
    ('Re: Why I stopped going to church (Oct. 8)\n\nAs a United Church minister for 30 years, '
     'I read this essay with sadness but not surprise. The writer says the church "stopped '
     'asking anything of me." I would gently suggest that it never stopped asking; it stopped '
     'insisting.\n\nRev. Ann Gillies, Guelph, Ont.',
     [None]),
    ('To the editor:\n\nMayor Olivia Chow says the city "cannot afford" to keep the rink at '
     'Nathan Phillips Square open into March. Yet it found $12 million for a bike lane on '
     'Bloor. Priorities, Madam Mayor.\n\nDon Pearce, Toronto',
     ['Olivia Chow']),
    ('Your editorial of Nov. 2 gets the economics right and the politics wrong. You write that '
     'First Nations along the route "stand to gain more than anyone." Some do. Others have '
     'been told, not asked.\n\nMarlene Paul, Prince Rupert, B.C.',
     [None]),
    pytest.param(
     'Letter of the day\n\nWhen my husband was dying at the Ottawa Hospital, a nurse named '
     'Grace sat with him for an hour after her shift ended. "Nobody should be alone for this," '
     'she told me. I never learned her last name. I hope she reads this.\n\nDiane Charbonneau, '
     'Orléans',
     ['Grace'],
     marks=pytest.mark.xfail(strict=True, reason=(
         'a given name alone ("a nurse named Grace") is not a reliable antecedent for "she"'))),
    # --- Editorials
    ('This newspaper has long supported a national pharmacare program. We said in 2019 that it '
     'was "the missing piece of medicare," and we still believe it. But the bill before '
     'Parliament is not that program.',
     [None]),
    ("Citizen editorial: Ottawa's light rail needs a public inquiry, again\n\nCity manager "
     'Wendy Stephanson told council Wednesday that the system is "stable and improving." '
     'Riders who spent an hour stranded at Tremblay station on Monday night may beg to differ.',
     ['Wendy Stephanson']),
    ("Editorial: Ontario's cuts to food inspection are a gamble\n\nOntario has cut 1,200 food "
     'inspection positions since 2018. The government calls this "modernization." We call it a '
     'gamble with public health.',
     [None]),
    ('The National Post has never been shy about its view of the carbon tax. But credit where '
     'it is due: when Mark Carney said the consumer levy had become "too divisive" to keep, he '
     'was right, and he acted.',
     ['Mark Carney']),
    pytest.param(
     'Globe editorial\n\nThe Prime Minister says his government will "move at the speed of '
     'business." Businesses that have waited three years for a federal environmental assessment '
     'would settle for a bureaucracy that answers its mail.',
     ['Prime Minister'],
     marks=pytest.mark.xfail(strict=True, reason=(
         'a bare title with no name ("The Prime Minister says") is given no speaker'))),
    ('In a letter to the city last month, the Toronto Region Board of Trade warned that '
     'congestion costs the region "$11 billion a year in lost productivity." That estimate is, '
     'if anything, low.',
     ['Toronto Region Board of Trade']),
    ('We do not often agree with Unifor. But Lana Payne is right when she says that the auto '
     'sector "cannot survive on subsidies and slogans." It needs customers.',
     ['Lana Payne']),
    pytest.param(
     "The Globe and Mail's position, stated in this space many times, is that supply management "
     'is "a cartel protected by law." That position has not changed.',
     ['Globe and Mail'],
     marks=pytest.mark.xfail(strict=True, reason=(
         'owned words with an appositive between ("The Globe and Mail\'s position, stated in '
         'this space many times, is that") are given no owner'))),
    # --- Features: scenes with several people talking
    ('The kitchen at the friendship centre is full by 6 a.m. Elder Shirley Keeshig stirs a pot '
     'of wild rice while her granddaughter, Tala, sets out bowls. "She does it wrong," Keeshig '
     'says, not unkindly. "Too many bowls. Nobody eats this early."\n\n"They will today," Tala '
     'says.',
     ['Shirley Keeshig', 'Shirley Keeshig', 'Tala']),
    ('On the wharf at Twillingate, Wade Pardy is untangling a net with his son, Josh. The cod '
     'are back, sort of. "Not like my father\'s time," Wade says. "But enough to make a go of '
     'it."\n\nJosh is less sure. "Ask me in five years," he says.',
     ['Wade Pardy', 'Wade Pardy', 'Josh']),
    ('The town hall in Grande Prairie ran long. A man in a Carhartt jacket stood up near the '
     'back. "Who in Ottawa has ever been here?" he asked. The room applauded. The MP, Chris '
     'Warkentin, waited for it to die down. "I live here," he said.',
     [None, 'Chris Warkentin']),
    ('Dr. Anjali Mehta, an emergency physician, and her colleague Dr. Sam Friesen have worked '
     'the overnight shift together for six years. "We have a system," Mehta says. "He talks, I '
     'work."\n\n"That\'s not true," Friesen says. "I also eat."',
     ['Anjali Mehta', 'Anjali Mehta', 'Sam Friesen', 'Sam Friesen']),
    ("Outside the courthouse in Regina, the victim's sister, Leanne Whitehawk, spoke for the "
     'family. "He got eight years," she said. "My brother got none." Defence lawyer Marcus '
     'Holt said his client would appeal. "This sentence is out of all proportion to the '
     'evidence," Holt said.',
     ['Leanne Whitehawk', 'Leanne Whitehawk', 'Marcus Holt']),
    ('Rachel Noseworthy was 19 when she left Corner Brook for the oil sands. Her mother, '
     'Brenda, drove her to the airport. "I cried the whole way home," Brenda says now. Rachel '
     'laughs. "She cried the whole way there, too."',
     ['Brenda', 'Rachel Noseworthy']),
    ('In the back room of a Scarborough banquet hall, the campaign manager, Vik Sharma, '
     'watches the numbers come in on a laptop. "Too early," he says to no one in particular. '
     'At 10:14, the candidate, Nita Patel, walks in. "Well?" she asks. Sharma closes the '
     'laptop. "We won."',
     ['Vik Sharma', 'Nita Patel', 'Vik Sharma']),
    ('The ferry from Horseshoe Bay is late again. Peggy Chu, who commutes to Bowen Island '
     'three days a week, has stopped complaining. "What\'s the point?" she says. Beside her, a '
     'man in a BC Ferries cap shrugs. "Mechanical," he says. "It\'s always mechanical."',
     ['Peggy Chu', None, None]),
    ('Jeremy Gauthier coaches the Iqaluit under-15 hockey team with his wife, Annie. He '
     'handles the drills; she handles everything else. "She\'s the real coach," he says. Annie '
     'Gauthier rolls her eyes. "Write that down," she says.',
     ['Jeremy Gauthier', 'Annie Gauthier']),
    ('When the bus from Attawapiskat finally pulls into Timmins, the students pour out. "Is '
     'that a Tim Hortons?" one of them shouts. Their teacher, Keith Sutherland, has made the '
     'trip twelve times. "Every year, same question," he says.',
     [None, 'Keith Sutherland']),
    ('Pauline Marois is 76 now and gardens in the mornings. She does not miss politics, she '
     'says, though she still reads three papers a day. "I read them to be angry," she says, '
     'laughing. "It keeps me young."',
     ['Pauline Marois', 'Pauline Marois']),
    ('Kevin Lee opened his ramen shop on Commercial Drive in 2019, months before the pandemic. '
     '"Worst timing in the history of restaurants," he says. His partner, Mina Cho, disagrees: '
     '"We learned everything the hard way, so we learned it properly."',
     ['Kevin Lee', 'Mina Cho']),
    pytest.param(
     'The triage nurse at the Moncton hospital, who asked that her name not be used because she '
     'is not allowed to speak to reporters, looks out at the waiting room. "Eleven hours," she '
     'says. "That man has been here eleven hours."',
     ['triage nurse', 'triage nurse'],
     marks=pytest.mark.xfail(strict=True, reason=(
         'an unnamed person described at length ("The triage nurse at the Moncton hospital, '
         'who asked ...") is not kept as the referent of "she"'))),
    ('Over coffee in a Yorkville hotel, Chrystia Freeland is unusually reflective. "I think I '
     'underestimated how tired people were," she says of her last months in cabinet. "Of us. '
     'Of me."',
     ['Chrystia Freeland', 'Chrystia Freeland']),
    ('Catherine McKenna, the former environment minister, has a blunt assessment of the '
     'climate debate. "We lost the argument on affordability," she told Maclean\'s. "We should '
     'have seen it coming."',
     ['Catherine McKenna', 'Catherine McKenna']),
    ('"Canada is a country that loves its North from a distance," says Inuk writer Norma '
     'Dunning. "It loves the idea. It does not love the people."',
     ['Norma Dunning', 'Norma Dunning']),
    ('"Listen," says Bob Rae, leaning forward. "The UN was never going to save the world. It '
     'was built to stop us from destroying it." He leans back. "On that, it has mostly worked."',
     ['Bob Rae', 'Bob Rae', 'Bob Rae']),
    pytest.param(
     '"It\'s not a nostalgia thing." Marc Lalonde, 26, runs the last independent record store '
     'in Sudbury. "People want something they can hold."',
     ['Marc Lalonde', 'Marc Lalonde'],
     marks=pytest.mark.xfail(strict=True, reason=(
         'a quote opening the paragraph before its speaker is introduced ("\'...\' Marc '
         'Lalonde, 26, runs ...") is given no speaker'))),
    ('Kinew recalled the advice his father gave him before his first campaign. "He said, '
     '\'Son, they will try to define you. Define yourself first,\'" Kinew said.',
     ['Kinew']),
    ('Nobody at the Ministry of Forests would speak on the record. In an emailed statement, '
     'the ministry said old-growth deferrals "remain a priority." The loggers I spoke to at '
     'the Port Alberni mill had heard that before. "Priority means nothing," said Dale '
     'Brennan, who has worked there for 28 years. "Priority means wait."',
     ['Ministry of Forests', 'Dale Brennan', 'Dale Brennan']),
    ('Interviews with 40 personal support workers in Winnipeg and Brandon, conducted for this '
     'study, paint a consistent picture. "We are not allowed to be human," one worker told us. '
     'Another said, "I love the residents. I hate the job."',
     [None, None]),
    ('At a news conference Wednesday, Mayor Olivia Chow was asked whether property taxes would '
     'rise again next year. "Let\'s get through this year first," she said. The answer, '
     'clearly, is yes.',
     ['Olivia Chow']),
]


@pytest.mark.parametrize(("text", "speakers"), CASES)
def test_speakers_of_canadian_opinion_and_features(text, speakers):
    assert [q.speaker for q in extract(text).quotes] == speakers


def _decided(text):
    ex, feats = extract_with_features(text)
    return [q.speaker for q in ex.quotes], feats


@pytest.mark.parametrize(("text", "speakers"), [
    # Rule prose_colon: a headline's speaker stands in the colon's own sentence; in a first
    # paragraph of prose, a name of an earlier sentence is no headline's.
    ('Kevin Lee opened his shop in 2019. "Worst timing," he says. His partner, Mina Cho, '
     'disagrees: "We learned it properly."', ["Kevin Lee", "Mina Cho"]),
    ('"We just didn\'t execute," Cowboys coach Mike McCarthy said. Quarterback Dak Prescott was '
     'blunter: "It\'s on me."', ["Mike McCarthy", "Dak Prescott"]),
    ('Ted Cruz: "We will win"', ["Ted Cruz"]),
    # ... nor is a capitalised word after an indefinite article ("a Conservative government")
    ('Imagine the headline if a Conservative government had done this: "Tories quietly cut '
     'funding for shelters."', [None]),
])
def test_rule_prose_colon(text, speakers):
    assert _decided(text)[0] == speakers


@pytest.mark.parametrize(("name_end_text", "prose"), [
    ('Kevin Lee| opened his shop in 2019. His partner, Mina Cho, disagrees:', True),
    ('Trump| Attacks Gov. Jerry Brown:', False),
    ('Vik Sharma| watches the numbers at 10 p.m. Then:', False),
])
def test_prose_before_colon(name_end_text, prose):
    name_end = name_end_text.index("|")
    masked = name_end_text.replace("|", "")
    assert prose_before_colon(masked, name_end, masked.index(":")) is prose


@pytest.mark.parametrize("text", [
    # Stop words Imagine, Consider, Suppose, Somewhere: a column's openers, no names.
    'Imagine the headline: "Tories cut shelters."',
    'Somewhere in Ottawa, a staffer is drafting the line: "We hear you."',
    'Consider the numbers. Suppose the deficit doubles.',
])
def test_column_openers_are_no_names(text):
    assert not {"Imagine", "Somewhere", "Consider", "Suppose"} & {
        m.text for m in find_names(text, 0, len(text))}


@pytest.mark.parametrize(("text", "speakers", "rule"), [
    # Rule interposed_subject: a quote with no cue after a sentence whose subject is another
    # named person is that person's.
    ('Rachel Noseworthy was 19. Her mother, Brenda, drove her. "I cried the whole way home," '
     'Brenda says. Rachel laughs. "She cried the whole way there, too."',
     ["Brenda", "Rachel Noseworthy"], "interposed_subject"),
    ('"Too early," Vik Sharma says. Nita Patel walks in. "Well?" she asks. Sharma closes the '
     'laptop. "We won."', ["Vik Sharma", "Nita Patel", "Vik Sharma"], "interposed_subject"),
    # Rule modified_name: "the", one or two lower-case words and a name in apposition.
    ('"Pay attention to what they do," my first editor, the late Bill Graham, told me.',
     ["Bill Graham"], "modified_name"),
    ('"We will appeal," her lawyer, the veteran Marie Henein, said.', ["Marie Henein"],
     "modified_name"),
    # Rule that_was: "That was" (or "So said") and a person after a quote ending its sentence.
    ('"There is no such thing as a free pharmacare program." That was Conservative health '
     'critic Stephen Ellis, speaking to reporters Monday.', ["Stephen Ellis"], "that_was"),
    ('"We will not back down." So said Doug Ford.', ["Doug Ford"], "that_was"),
    # Rule as_the_body: "as the" before a body's name links the quote to its cue.
    ('It is "a war on landlords," as the Ontario Landlords Association calls it.',
     ["Ontario Landlords Association"], "as_the_body"),
    # Rule noun_of_name (with named_group_before): a body named with its noun first.
    ('Nobody at the Ministry of Forests would speak. In a statement, the ministry said the '
     'deferrals "remain a priority for the province."', ["Ministry of Forests"],
     "named_group_before"),
])
def test_the_named_rule_decides(text, speakers, rule):
    found, feats = _decided(text)
    assert found == speakers and f"rule={rule}" in feats[-1]


@pytest.mark.parametrize(("text", "speakers"), [
    # not rule interposed_subject: the last speaker again, no person acting, or a name that
    # does not open its sentence
    ('"One," Ford said. Ford paused. "Two."', ["Ford", "Ford"]),
    ('"One," Doug Ford said. The plan costs $8 billion. "It is worth it."',
     ["Doug Ford", "Doug Ford"]),
    ('"We satirize the elite," said Freddy Ortega. But the oversized Trump face has not hurt '
     'interest. "It\'s had a marvelous result."', ["Freddy Ortega", "Freddy Ortega"]),
    # not rule that_was: no person after "That was"
    ('"We will win." That was the message from the campaign.', []),
    # not rule modified_name: no person's name in the apposition
    ('"No," his critics, the people of Ontario, said.', [None]),
])
def test_where_the_new_rules_do_not_decide(text, speakers):
    assert _decided(text)[0] == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # Rule demonstrative_that: "that" pointing back at the quote opens no reported clause.
    ('"Pay attention to what they do." Bill Graham told me that in 1986.', ["Bill Graham"]),
    ('"We will not back down." Ford said that on Tuesday.', ["Ford"]),
    ('"We will not back down." Ford said that.', ["Ford"]),
    # ... but "that" opening a clause does
    ('"We will not back down." Ford told reporters that in 2015 Ottawa erred badly.', [None]),
])
def test_rule_demonstrative_that(text, speakers):
    assert _decided(text)[0] == speakers


@pytest.mark.parametrize(("name", "person"), [
    # Rule surname_org_word: a known given name and a family name that is also an
    # organisation's word ("Fox", "Hill") is a person.
    (("Bill", "Fox"), True),
    (("Liam", "Fox"), True),
    (("Anita", "Hill"), True),
    (("Fox", "News"), False),
    (("Capitol", "Hill"), False),
    (("Bill", "Fox", "News"), False),
])
def test_rule_surname_org_word(name, person):
    assert surname_org_word(name) is person
    text = " ".join(name) + " said it."
    assert [m.kind for m in find_names(text, 0, len(text))] == [
        "person" if person else "organisation"]
