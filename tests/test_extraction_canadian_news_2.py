"""Canadian news, second round: forms tests/test_extraction_canadian_news.py covered thinly.
Business and markets (the Bank of Canada, analysts' notes, earnings calls, "Inc." and "Ltd."
companies), courts and inquiries (rulings quoted, testimony, cross-examination), provincial
politics outside Ontario and the North, councils, weather and emergencies, health and science,
arts and culture (titles of films, books, albums and songs in quotation marks, which quote no
one), sports features, profiles in the present tense ("she says"), opinion with scare quotes,
letters, and the noise of scraped pages (captions, "Related:", author bios, corrections, "The
Canadian Press" signatures). None comes from an annotated corpus; they were written for this
test, each with the speakers a careful reader would name, one per quote found, in order (None:
the quote is kept with no named speaker)."""

from __future__ import annotations

import pytest

from tracker.extraction import extract
from tracker.extraction.engine import extract_with_features, letter_reference, performed_title
from tracker.extraction.speakers import joint_title

CASES = [
    # --- Business and markets
    ('The Bank of Canada held its key interest rate at 2.75 per cent on Wednesday. "We are in '
     'a period of heightened uncertainty," governor Tiff Macklem told reporters at a news '
     'conference in Ottawa. Senior deputy governor Carolyn Rogers said the bank was "ready to '
     'act" if the economy weakened.',
     ['Tiff Macklem', 'Carolyn Rogers']),
    ('Shares of Canadian Tire Corp. Ltd. fell 4 per cent after the retailer reported '
     'weaker-than-expected quarterly results. "The consumer is clearly being more careful," '
     'chief executive Greg Hicks said on a conference call with analysts. Hicks said the '
     'company would cut about 3 per cent of its corporate workforce.',
     ['Greg Hicks']),
    ('"We view the pullback as a buying opportunity," RBC Dominion Securities analyst Irene '
     'Nattel wrote in a note to clients on Thursday. Nattel kept her outperform rating on the '
     'stock.',
     ['Irene Nattel']),
    ('Suncor Energy Inc. said production at its oilsands operations hit a record in the '
     'second quarter. "Our people delivered," president and CEO Rich Kruger said in a '
     'statement. The company also raised its dividend.',
     ['Rich Kruger']),
    ('On the call, one analyst asked whether the bank expected loan losses to keep rising. '
     '"We think we are close to the peak," replied TD chief risk officer Ajai Bambawale. "But '
     'we are not calling it yet."',
     ['Ajai Bambawale', 'Ajai Bambawale']),
    ('The S&P/TSX composite index closed down 212.3 points at 24,801.9. "It was a risk-off day '
     'from start to finish," said Allan Small, senior investment adviser at iA Private Wealth. '
     '"Nobody wants to own anything going into the weekend."',
     ['Allan Small', 'Allan Small']),
    ('In a statement, Rogers Communications Inc. said the outage was caused by "a maintenance '
     'update in our core network." The company said it would credit customers five days of '
     'service.',
     ['Rogers Communications Inc.']),
    ('Unifor national president Lana Payne said the tentative agreement was "a good deal for '
     'workers." Ford Motor Co. of Canada did not respond to a request for comment.',
     ['Lana Payne']),
    ('"Canadians are still spending, but they are trading down," said Benjamin Tal, deputy '
     'chief economist at CIBC World Markets Inc. Tal expects the bank to cut twice more this '
     'year.',
     ['Benjamin Tal']),
    ('Statistics Canada said the economy added 76,000 jobs in September. The agency said the '
     'gains were "concentrated in part-time work." "The headline number hides a lot of '
     'weakness," said Desjardins economist Randall Bartlett.',
     ['Statistics Canada', 'Randall Bartlett']),  # rule named_agency: the agency named
    ('Asked on the call about the U.S. tariffs, Canadian National Railway Co. CEO Tracy '
     'Robinson said the company was "well positioned."\n\n"We have flexibility in our network '
     'that others don\'t," she said. "We will use it."',
     ['Tracy Robinson', 'Tracy Robinson', 'Tracy Robinson']),
    # --- Courts and inquiries
    ('In a 42-page decision released Friday, Court of King\'s Bench Justice Grant Dunlop found '
     'the province had breached its duty to consult. "The Crown\'s conduct fell well short of '
     'what honour requires," Dunlop wrote.',
     ['Grant Dunlop']),
    ('The inquiry heard that RCMP commanders did not issue a public alert for hours. "We were '
     'getting information from everywhere, and none of it was confirmed," retired staff '
     'sergeant Brian Rehill testified on Tuesday.',
     ['Brian Rehill']),
    ('Under cross-examination, defence lawyer Alan Gold pressed the witness on her timeline.'
     '\n\n"You told police it was dark, didn\'t you?" Gold asked.\n\n"I said it was getting '
     'dark," she replied. "I could still see his face."',
     ['Alan Gold', None, None]),
    ('Commissioner Marie-Josée Hogue wrote in her final report that foreign interference "did '
     'not undermine the integrity" of the last two elections. But she warned that '
     'disinformation was "the single biggest risk to our democracy."',
     ['Marie-Josée Hogue', 'Marie-Josée Hogue']),
    ('Ms. Lam told the hearing she had raised the alarm with her manager twice. "I was told to '
     'stay in my lane," she said. Commission counsel Meaghan Kelly asked whether she had put '
     'her concerns in writing. "I did, in an email," Ms. Lam replied.',
     ['Lam', 'Lam']),
    ('Provincial court Judge Leslie Chapin sentenced the man to four years. "The harm caused '
     'to the victim cannot be overstated," she said in handing down the sentence. The man\'s '
     'lawyer said his client would appeal.',
     ['Leslie Chapin']),
    ('The Court of Appeal for Ontario overturned the conviction and ordered a new trial. "The '
     'trial judge\'s instructions to the jury were inadequate," Justice David Paciocco wrote '
     'for a unanimous panel.',
     ['David Paciocco']),
    ('The lawsuit, filed in B.C. Supreme Court, alleges the developer "ignored repeated '
     'warnings" about the foundation. In a statement, Westbank Corp. said the claims were '
     '"without merit" and that it would defend itself.',
     [None, 'Westbank Corp.']),
    ('In her victim impact statement, read aloud in court by a Crown prosecutor, the woman\'s '
     'mother described her daughter as "the light of our family." "I will never hear her laugh '
     'again," she wrote.',
     [None, None]),
    ('The Mass Casualty Commission heard from a Mountie who was among the first to respond. '
     '"It was chaos," Const. Stuart Beselt told the inquiry. "We didn\'t know who we were '
     'looking for."',
     ['Stuart Beselt', 'Stuart Beselt']),
    ('In dismissing the application, Justice Shaun Nakatsuru noted that the applicant "had '
     'every opportunity" to raise the issue earlier.',
     ['Shaun Nakatsuru']),
    # --- Provincial politics outside Ontario, and the North
    ('VICTORIA — B.C. Conservative Leader John Rustad says the NDP government has "lost the '
     'plot" on drug policy. "Decriminalization was a failed experiment, and British '
     'Columbians paid for it," Rustad told reporters at the legislature on Tuesday. Health '
     'Minister Josie Osborne said the province had already "changed course."',
     ['John Rustad', 'John Rustad', 'Josie Osborne']),
    ('EDMONTON — Alberta\'s Opposition NDP is calling on the government to release the '
     'contracts. "Albertans deserve to know where their money went," NDP Leader Naheed Nenshi '
     'said Monday. Premier Danielle Smith said the auditor general would review the file.',
     ['Naheed Nenshi']),
    ('QUEBEC — Quebec\'s finance minister, Eric Girard, tabled a budget Tuesday with a '
     '$13.6-billion deficit. Girard said the province had "no choice" given the tariffs. "We '
     'are protecting jobs," he said in French at the National Assembly.',
     ['Eric Girard', 'Eric Girard']),
    ('FREDERICTON — New Brunswick Premier Susan Holt says her government will not reopen the '
     'province\'s gender-identity policy. "We made a commitment, and we kept it," Holt said. '
     'Progressive Conservative Leader Glen Savoie accused her of "governing by press '
     'release."',
     ['Susan Holt', 'Glen Savoie']),
    ('ST. JOHN\'S, N.L. — Newfoundland and Labrador\'s deal with Quebec on Churchill Falls is '
     '"the best deal this province has ever seen," Premier Andrew Furey said Thursday. Critics '
     'are not so sure. "We are being asked to trust a memorandum," said Tony Wakeham, leader '
     'of the Opposition PCs.',
     ['Andrew Furey', 'Tony Wakeham']),
    ('CHARLOTTETOWN — P.E.I. Health Minister Mark McLane said the new medical school would '
     'open on schedule. "Islanders have waited long enough," McLane said.',
     ['Mark McLane']),
    ('YELLOWKNIFE — N.W.T. Premier R.J. Simpson said the territory would ask Ottawa for '
     'emergency help. "We cannot fight these fires alone," Simpson said. In Whitehorse, Yukon '
     'Premier Currie Dixon said his government was "watching closely."',
     ['R.J. Simpson', 'Currie Dixon']),
    ('IQALUIT — Nunavut MLA Adam Lightstone said housing was the territory\'s "number one '
     'crisis." "Families of 12 are living in three-bedroom units," he said.',
     ['Adam Lightstone', 'Adam Lightstone']),
    ('WINNIPEG — Manitoba\'s Progressive Conservatives say the NDP government is hiding the '
     'true size of the deficit. "They are cooking the books," Opposition finance critic Obby '
     'Khan said in the legislature on Wednesday. Finance Minister Adrien Sala called the '
     'accusation "ridiculous."',
     ['Obby Khan', 'Adrien Sala']),
    # --- Councils
    ('Vancouver city council voted 7-4 on Tuesday to end the ban. "This is about choice, not '
     'about forcing anyone," Mayor Ken Sim said after the vote. Coun. Pete Fry, who voted '
     'against, said the process had been "rushed from start to finish."',
     ['Ken Sim', 'Pete Fry']),
    ('Halifax Regional Council approved the budget on a 12-5 vote. Coun. Sam Austin said the '
     'tax increase was unavoidable. "We can\'t keep kicking the can down the road," Austin '
     'said. "The pipes don\'t fix themselves."',
     ['Sam Austin', 'Sam Austin']),
    ('The City of Edmonton says it will hire 30 more bylaw officers. "Residents have told us '
     'loud and clear that they want to feel safe downtown," city manager Andre Corbould said '
     'in a statement.',
     ['Andre Corbould']),
    ('A staff report going to council next week warns the arena is "at the end of its useful '
     'life." Brandon Mayor Jeff Fawcett told CKLQ that he supports a new build. "We can\'t '
     'keep patching it," Fawcett said.',
     [None, 'Jeff Fawcett']),
    # --- Weather and emergencies
    ('Environment Canada has issued a special weather statement for Metro Vancouver, warning '
     'of "significant rainfall" beginning Friday. "We could see 100 millimetres or more on the '
     'North Shore," meteorologist Armel Castellan said.',
     ['Environment Canada', 'Armel Castellan']),
    ('JASPER, Alta. — Residents forced from their homes by the wildfire say they do not know '
     'what they will come back to. "We left with the clothes on our backs," said Sheila '
     'Mackenzie, who has lived in Jasper for 31 years. "I keep checking the map."',
     ['Sheila Mackenzie', 'Sheila Mackenzie']),
    ('Fire Chief Darby Allen said crews had saved most of the downtown core. "It\'s a nasty, '
     'dirty fire," Allen said at a briefing Wednesday. Officials said the fire had grown to '
     '10,000 hectares.',
     ['Darby Allen']),
    ('Hydro-Québec says about 150,000 customers were still without power Saturday morning. '
     '"Our crews are working around the clock," spokesperson Maxence Huard-Lefebvre said. The '
     'utility could not say when power would be fully restored.',
     ['Maxence Huard-Lefebvre']),
    ('A winter storm warning is in effect for much of Nova Scotia. "Travel will be hazardous '
     'due to reduced visibility," Environment Canada said in its warning. Halifax Transit has '
     'suspended service.',
     ['Environment Canada']),
    # --- Health and science
    ('The study, published Monday in the Canadian Medical Association Journal, found that '
     'emergency room visits for heat illness had tripled. "These are not rare events any '
     'more," said lead author Dr. Amy Yao, an emergency physician at Sunnybrook. The '
     'researchers called for "urgent investment" in cooling centres.',
     ['Amy Yao', None]),
    ('Researchers at the University of Saskatchewan say they have developed a faster test for '
     'chronic wasting disease. "What used to take weeks now takes hours," said Vikram Misra, a '
     'professor of veterinary microbiology and one of the study\'s authors.',
     ['Vikram Misra']),
    ('The authors wrote that the findings "should be interpreted with caution" because the '
     'sample was small. Dr. Samir Sinha, director of geriatrics at Mount Sinai Hospital, who '
     'was not involved in the research, called the results "intriguing."',
     [None, 'Samir Sinha']),
    ('Dr. Theresa Tam, who stepped down as Canada\'s chief public health officer in June, says '
     'the country is "better prepared, but not prepared enough" for the next pandemic. "We '
     'learned hard lessons," Tam said in an interview.',
     ['Theresa Tam', 'Theresa Tam']),
    ('Alberta Health Services said in an email that the closure was "only temporary" and due '
     'to "staffing challenges." Local physician Dr. Kirsten Ferguson said residents had heard '
     'that before.',
     ['Alberta Health Services', 'Alberta Health Services']),
    # --- Arts and culture: titles in quotation marks quote no one
    ('Sarah Polley\'s "Women Talking" was the most-streamed Canadian film on the platform last '
     'year. Polley, who won an Oscar for the screenplay, said she was "stunned" by the '
     'response.',
     ['Sarah Polley']),
    pytest.param(
     'The Weeknd\'s new album, "Hurry Up Tomorrow," debuted at No. 1. In an interview with '
     'Variety, the Toronto singer said it was "the end of a chapter."',
     ['The Weeknd'],
     marks=pytest.mark.xfail(strict=True, reason="a stage name opening with \"The\" is not "
                             "read as a person, so \"the Toronto singer\" is kept as a "
                             "description")),
    ('Margaret Atwood\'s memoir, "Book of Lives," goes on sale Tuesday. "I have been putting '
     'this off for 60 years," Atwood told the CBC\'s Matt Galloway on The Current.',
     ['Margaret Atwood']),
    ('The CBC comedy "Schitt\'s Creek" still draws tourists to Goodwood, Ont. "We get people '
     'from Germany, from Brazil, from everywhere," said Bill Anderson, who runs the general '
     'store.',
     ['Bill Anderson']),
    ('The Stratford Festival opens its season with "The Tempest" and a new musical, "Anne of '
     'Green Gables." Artistic director Anita Rochon said the lineup was "about finding home."',
     ['Anita Rochon']),
    ('Tragically Hip fans gathered in Kingston on Saturday to sing "Bobcaygeon" and "Ahead by '
     'a Century" on the anniversary of Gord Downie\'s death. "It still feels like yesterday," '
     'said Karen Whitman, who drove from Ottawa.',
     ['Karen Whitman']),
    ('The exhibition, titled "Here We Are Here," runs at the Royal Ontario Museum until March. '
     'Curator Silvia Forni said the show asks visitors "to look at Canada from the outside '
     'in."',
     ['Silvia Forni']),
    # --- Sports features
    ('EDMONTON — Connor McDavid did not want to talk about his contract. "I\'m focused on '
     'winning a Cup," the Oilers captain said after practice Tuesday.\n\nCoach Kris Knoblauch '
     'was more forthcoming. "He\'s the best player in the world, and everybody wants him '
     'here," Knoblauch said. "That\'s not a secret."',
     ['Connor McDavid', 'Kris Knoblauch', 'Kris Knoblauch']),
    ('The Blue Jays\' Bo Bichette, back from a knee injury, went 3-for-4. "It felt good to be '
     'out there," Bichette said. Manager John Schneider said the shortstop looked "like '
     'himself again."',
     ['Bo Bichette', 'John Schneider']),
    ('CF Montréal head coach Marco Donadel was asked whether his job was in danger. "That is '
     'not my decision," he said. "I work every day."',
     ['Marco Donadel', 'Marco Donadel']),
    ('Marie-Philip Poulin scored the winner in overtime. "Honestly, I didn\'t even see it go '
     'in," the Victoire captain said. Her linemate Laura Stacey said Poulin "just does this."',
     ['Marie-Philip Poulin', 'Laura Stacey']),
    ('Roughriders quarterback Trevor Harris threw for 312 yards. "The O-line gave me all day," '
     'Harris said. "You can\'t ask for more than that."\n\nSaskatchewan hosts the Lions next '
     'Saturday.',
     ['Trevor Harris', 'Trevor Harris']),
    # --- Features and profiles in the present tense
    ('Amanda Cheng was 19 when she opened her first bakery in Richmond, B.C. "I didn\'t know '
     'anything about business," she says, laughing. "I just knew I could make a good egg '
     'tart."\n\nToday, Cheng runs four locations and employs 60 people. She says the hardest '
     'part was the pandemic.\n\n"We lost half our sales in a week," she says. "I cried in the '
     'walk-in fridge."',
     ['Amanda Cheng', 'Amanda Cheng', 'Amanda Cheng', 'Amanda Cheng']),
    ('For 40 years, Joe Nakogee has run a trapline near Attawapiskat. He speaks slowly, '
     'choosing his words. "The land is changing," he says. "The ice comes later. The geese '
     'come earlier."\n\nHis daughter, Sarah, translates when he switches to Cree. "He says his '
     'father would not recognize it," she explains.',
     ['Joe Nakogee', 'Joe Nakogee', 'Sarah']),  # rule given_name_alone
    pytest.param(
     'Dr. Kwame McKenzie remembers the first time a patient called him "doctor" without '
     'hesitating. It was 1994, in London. "It took a long time for people to see me," he '
     'says.',
     ['Kwame McKenzie'],
     marks=pytest.mark.xfail(strict=True, reason="a word named after \"called him\" is read "
                             "as a quote of the sentence's subject, not as a form of address")),
    ('Lisa Bouchard, 47, has been a paramedic in Sudbury for 22 years. "You see people on the '
     'worst day of their lives," Bouchard says. "You never get used to it. You just get better '
     'at carrying it."',
     ['Lisa Bouchard', 'Lisa Bouchard']),
    # --- Opinion: scare quotes, columns quoting others, editorials
    ('The government keeps talking about the so-called "affordability crisis" as though it '
     'arrived from nowhere. It did not. It was built, one policy at a time, by governments of '
     'every stripe.',
     []),
    ('The premier\'s "Alberta Next" panel wrapped up its tour this week. Smith says Albertans '
     'told her they want "a fair deal." What they told me, at every stop, was that they want a '
     'family doctor.',
     ['Smith']),
    ('EDITORIAL: Ottawa\'s "nation-building projects" need more than a name\n\nThe prime '
     'minister has promised to build "faster than ever before." Fine. But a promise is not a '
     'plan, and Canadians have heard this one before.',
     [None]),
    ('As the economist Jim Stanford has pointed out, "a tariff is a tax, and the people who '
     'pay it are Canadians." The Conservatives used to know this.',
     ['Jim Stanford']),
    ('Every few months, some "expert" goes on television to tell us that housing prices will '
     'fall. They never do. The Canada Mortgage and Housing Corp. said this week that starts '
     'were up 12 per cent.',
     []),
    ('When Finance Minister François-Philippe Champagne says the budget is "generational," '
     'believe him: it is our children who will pay for it.',
     ['François-Philippe Champagne']),
    # --- Letters to the editor
    ('Letters to the editor, Oct. 9: "Canada should not be anyone\'s 51st state"\n\nRe: '
     '"Carney heads to Washington" (Oct. 7). I hope the Prime Minister remembers who sent him '
     'there.\n\nRoss Anderson, Kamloops, B.C.',
     []),
    ('Your editorial of Sept. 3 calls the bike lanes "a war on cars." As someone who has '
     'cycled to work on Bloor Street for 15 years, I can tell you the war runs the other way.'
     '\n\nMaria Santos, Toronto',
     [None]),
    ('I was disappointed to read Councillor Mike Colle\'s comment that residents "will get '
     'used to it" (Neighbours fight new tower, Aug. 30). We will not get used to it.\n\nHelen '
     'Park, North York',
     ['Mike Colle']),
    # --- Scraped pages: captions, related links, bios, corrections, signatures
    ('Saskatoon police Chief Cameron McBride speaks at a news conference on Monday. (Kayle '
     'Neis/Saskatoon StarPhoenix)\n\nMcBride said the force would hire 20 new officers. "We '
     'are stretched thin," McBride said.\n\nRelated:\n\nSaskatoon police budget to rise 6 per '
     'cent\n\n\'We are stretched thin\': Chief asks for more officers',
     ['Cameron McBride']),
    ('Environment Minister Julie Dabrusin said the plan would be "practical and fair." '
     '"Canadians want action they can afford," she said.\n\nWith files from The Canadian '
     'Press\n\nCorrection: An earlier version of this story misidentified the minister\'s '
     'riding. It is Toronto—Danforth.',
     ['Julie Dabrusin', 'Julie Dabrusin']),
    ('"We knew the risks going in," said Ryan Paquette, who owns a farm near Brandon.\n\n'
     'Jenna Fletcher is a reporter with the Brandon Sun. She can be reached at '
     'jfletcher@brandonsun.com.',
     ['Ryan Paquette']),
    ('This article was first published by The Narwhal, a non-profit news outlet.\n\n"The '
     'river is sick," said Chief Sheldon Kent of the Black River First Nation. "We can see '
     'it, we can smell it."',
     ['Sheldon Kent', 'Sheldon Kent']),
    ('"We\'re going to rebuild," said Premier Tim Houston.\n\nPremier Tim Houston tours a '
     'property damaged by flooding in Bedford, N.S., on Sunday. (Darren Calabrese/The '
     'Canadian Press)\n\nThe province said it would cover up to $200,000 per household.',
     ['Tim Houston']),
    ('Ottawa police said the man was taken to hospital with minor injuries. "There is no risk '
     'to public safety," Const. Amy Gagnon said.\n\nThe Canadian Press',
     ['Amy Gagnon']),
    ('Share this article\n\nShare on Facebook\n\nShare on X\n\n"We should have been told," '
     'said Dave Ferris, a parent at the school. Ferris said the board learned of the asbestos '
     'in May.',
     ['Dave Ferris']),
    ('Tasha Kheiriddin is a political commentator and National Post columnist.\n\nThis column '
     'is part of our "Canada at a crossroads" series.',
     []),
    # --- More business, courts, provinces, weather, science, arts, sport, opinion, noise
    ('Loblaw Cos. Ltd. reported a 10 per cent rise in quarterly profit on Thursday. "Canadians '
     'continue to look for value," president Per Bank told analysts on a conference call. '
     'Analysts had expected earnings of $1.86 a share, according to LSEG data.',
     ['Per Bank']),
    ('"The housing market is frozen," said Robert Hogue, assistant chief economist at Royal Bank '
     'of Canada. "Buyers are waiting for lower rates, and sellers are waiting for higher '
     'prices."',
     ['Robert Hogue', 'Robert Hogue']),
    ('Bombardier Inc. chief executive Éric Martel said the order book was "the strongest in a '
     'decade." Shares rose 7 per cent on the Toronto Stock Exchange.',
     ['Éric Martel']),
    ('The Canadian Federation of Independent Business says its members are "running on '
     'fumes." "Small firms cannot absorb another cost increase," CFIB president Dan Kelly said '
     'in a release.',
     ['Canadian Federation of Independent Business', 'Dan Kelly']),
    # courts Q&A and inquiries
    ('Q. And you did not call 911?\n\nA. No. I thought he was sleeping.\n\nThe exchange, read '
     'into the record on Tuesday, came from the accused\'s police interview.',
     []),
    ('The inquest heard from Dr. Michael Pollanen, Ontario\'s chief forensic pathologist, on '
     'Wednesday. Pollanen testified that the injuries were "consistent with a fall." Under '
     'questioning from the family\'s lawyer, he conceded that other explanations were '
     '"possible."',
     ['Michael Pollanen', 'Michael Pollanen']),
    ('"I have no memory of that meeting," Trudeau told the commission. Asked by commission '
     'counsel whether anyone had briefed him, the former prime minister said: "Not that I '
     'recall."',
     ['Trudeau', 'Trudeau']),
    ('Justice Catherine Aitken granted the injunction, finding the protest had become "an '
     'occupation." The judge wrote that residents had endured "relentless noise" for weeks.',
     ['Catherine Aitken', 'Catherine Aitken']),
    # provinces
    ('HALIFAX — Nova Scotia Liberal Leader Zach Churchill says the province\'s health-care '
     'system is "in free fall." Premier Tim Houston rejected that. "The numbers tell a '
     'different story," Houston said in the legislature.',
     ['Zach Churchill', 'Tim Houston']),
    ('REGINA — Saskatchewan Premier Scott Moe says the province will stop collecting the '
     'carbon tax on natural gas. "This is about fairness," Moe said. Opposition Leader Carla '
     'Beck called the move "a stunt."',
     ['Scott Moe', 'Carla Beck']),
    ('WHITEHORSE — The Yukon government says it will review the mine\'s licence after the '
     'heap leach failure. "We expect the company to take full responsibility," Premier '
     'Ranj Pillai said.',
     ['Ranj Pillai']),
    # weather
    ('Environment Canada meteorologist Jennifer Smith says the heat will not break until the '
     'weekend. "Drink plenty of water and check on your neighbours," Smith said. Toronto has '
     'opened cooling centres at seven locations.',
     ['Jennifer Smith']),
    ('The B.C. Wildfire Service says the Downton Lake fire has grown to 28,000 hectares. "We '
     'are expecting extreme fire behaviour this afternoon," fire information officer Sarah '
     'Budd told reporters.',
     ['Sarah Budd']),
    # health/science
    pytest.param(
     'A new study by researchers at McGill University suggests that "forever chemicals" are '
     'present in most Canadians\' blood. "The exposure is nearly universal," said co-author '
     'Jonathan Ferrier.',
     ['Jonathan Ferrier'],
     marks=pytest.mark.xfail(strict=True, reason="a common name in quotation marks (\"forever "
                             "chemicals\") after \"suggests that\" is read as the study's "
                             "words, and \"researchers at McGill University\" as the "
                             "university")),
    ('Dr. Lisa Barrett, an infectious disease specialist in Halifax, says people should not '
     'panic. "Measles is preventable," she says. "Get the shot."',
     ['Lisa Barrett', 'Lisa Barrett']),
    # arts
    pytest.param(
     'Leonard Cohen\'s "Hallelujah" has been covered more than 300 times. Biographer Sylvie '
     'Simmons says Cohen was "amused, and a little baffled" by its success.',
     ['Sylvie Simmons'],
     marks=pytest.mark.xfail(strict=True, reason="\"biographer\" is no role noun: adding it "
                             "lowered the held-out e2e F1 (0.912 -> 0.911)")),
    ('The novel, "The Break," was shortlisted for the Giller Prize. "I wrote it for the women '
     'in my family," author Katherena Vermette said in an interview.',
     ['Katherena Vermette']),
    ('Drake\'s "Nokia" topped the chart for a third week. The Toronto rapper has not commented.',
     []),
    # sports
    ('Blue Jays starter Kevin Gausman allowed one run over seven innings. "I felt like I had '
     'everything working," Gausman said.\n\n"He was outstanding," manager John Schneider '
     'said. "That\'s the guy we need in October."',
     ['Kevin Gausman', 'John Schneider', 'John Schneider']),
    ('Canadian sprinter Andre De Grasse called the result "bittersweet." "I wanted gold," '
     'said the six-time Olympic medallist, who finished third.',
     ['Andre De Grasse', 'Andre De Grasse']),
    # opinion / letters
    ('The minister calls it "responsible fiscal management." Taxpayers might call it '
     'something else.',
     [None]),
    ('The Liberals promised a "middle-class tax cut." What they delivered was a rounding '
     'error.',
     []),
    pytest.param(
     'Re: Council approves bike lane removal (Nov. 12)\n\nAs a cyclist and a driver, I find '
     'the mayor\'s claim that the lanes cause "gridlock" hard to believe.\n\nTom Varga, '
     'Ottawa',
     [None],
     marks=pytest.mark.xfail(strict=True, reason="a one-word quote of an unnamed source "
                             "(\"gridlock\") is read as a scare quote and dropped")),
    # scraped noise
    ('Sign up to receive daily headline news from the Ottawa Citizen.\n\n"The city cannot '
     'keep doing this," said Coun. Ariel Troster. "We need a real plan."',
     ['Ariel Troster', 'Ariel Troster']),
    ('"We did everything we could," said Capt. Jean Côté of the Quebec City fire department.'
     '\n\nReport an error\n\nJournalistic standards\n\nAbout CBC News',
     ['Jean Côté']),
    ('Premier Danielle Smith speaks at a news conference in Edmonton on Aug. 12, 2025. '
     'PHOTO BY GREG SOUTHAM /Postmedia\n\nSmith said Alberta would hold a referendum. "Albertans '
     'will decide," she said.',
     ['Danielle Smith']),
    # --- Terms, slogans, signs and titles in opinion and features; members' bodies
    ('Ottawa\'s "Buy Canadian" policy has been welcomed by manufacturers. Jean Simard, '
     'president of the Aluminium Association of Canada, said it was "overdue."',
     ['Jean Simard']),
    ('The report, titled "Breaking Point: Emergency Care in Rural Nova Scotia," was released '
     'Thursday. It found that rural ERs were closed for more than 20,000 hours last year.',
     []),
    pytest.param(
     'Protesters carried signs reading "Hands off our parks" and "Nature is not for sale" '
     'outside the legislature in Victoria. "We will be back every week," organizer Jess '
     'Housty said.',
     ['Jess Housty'],
     marks=pytest.mark.xfail(strict=True, reason="the words on signs ('signs reading "
                             "\"...\" and \"...\"'), the second linked by \"and\", are kept "
                             "as a quote")),
    pytest.param(
     'What the government calls "modernization" is, in plain English, a cut. The union knows '
     'it, the workers know it and, I suspect, the minister knows it.',
     [],
     marks=pytest.mark.xfail(strict=True, reason="a term after \"what X calls\" is kept as "
                             "X's words (often it is: 'what critics call \"a cash grab\"'); "
                             "here it is a term")),
    ('The hashtag #NotMyPremier trended in Alberta on Tuesday. Smith\'s office called the '
     'online campaign "orchestrated by the NDP."',
     ["Smith's office"]),
    ('Residents call it "the Bowl," a low-lying stretch of homes that floods almost every '
     'spring. "We have sandbagged six years out of ten," said Mike Duguay, who has lived '
     'there since 1998.',
     ['Mike Duguay']),
    pytest.param(
     'He is what the French call a "bon vivant," and at 78, Jean Chrétien shows no sign of '
     'slowing down. "I feel like I am 50," he says.',
     ['Jean Chrétien'],
     marks=pytest.mark.xfail(strict=True, reason="a term after \"what the French call\" "
                             "is kept as a quote, as above")),
    ('In what critics have dubbed the "ArriveCAN scandal," the auditor general found that '
     'the app cost nearly $60 million. "Basic management practices were not followed," '
     'Karen Hogan told reporters.',
     ['Karen Hogan']),
    ('The Tories\' slogan this time is "Canada First." Poilievre repeated it 14 times in a '
     '20-minute speech.',
     []),
    ('"I\'m not a politician," says Olivia Chow, a little ruefully, though she has been one '
     'for 40 years. "I\'m an organizer who got elected."',
     ['Olivia Chow', 'Olivia Chow']),
    ('The Quebec government\'s Bill 96, known in French as "la loi 96," strengthened the '
     'Charter of the French Language. Critics called it "a step too far."',
     [None]),
    ('On Sunday, the CBC\'s "Marketplace" aired an investigation into grocery prices. '
     '"Shrinkflation is real," host Asha Tomlinson said on the program.',
     ['Asha Tomlinson']),
    ('Bank of Canada governor Tiff Macklem, speaking to the House of Commons finance '
     'committee, was asked whether the bank had moved too slowly. "In hindsight, yes," he '
     'said. "But we did not have hindsight at the time."',
     ['Tiff Macklem', 'Tiff Macklem']),
    ('Conservative MP Michael Barrett asked the witness whether she had deleted the emails. '
     '"I did not," she answered. "I have never deleted an email in my life."',
     [None, None]),
    ('The Globe and Mail\'s "Power Rankings" put Carney first for the third week in a row. '
     'Liberal strategist Greg MacEachern said the ranking was "fair."',
     ['Greg MacEachern']),
    ('Environment and Climate Change Canada has named the heat wave one of the "top 10 '
     'weather stories" of the year. Senior climatologist David Phillips said the summer was '
     '"one for the books."',
     ['David Phillips']),
    ('Calgary Flames forward Nazem Kadri on the power play: "We have to shoot more. Simple as '
     'that."\n\nThe Flames play in Winnipeg on Thursday.',
     ['Nazem Kadri']),
    ('Halifax\'s "Get Moving" plan promises 200 kilometres of new bike lanes by 2030. Council '
     'will vote on the first phase next month.',
     []),
    ('The film\'s title, "Measures for a Funeral," comes from a line in a poem. Director Sofia '
     'Bohdanowicz said the title "found me, not the other way around."',
     ['Sofia Bohdanowicz']),
    ('Manitoba Hydro says the rate increase is necessary. "We have to invest in the system," '
     'spokesperson Bruce Owen said. The Consumers\' Association of Canada called the increase '
     '"unjustified."',
     ['Bruce Owen', "Consumers' Association of Canada"]),
    # --- Couples in features, judges' reasons, councils, coroners, affidavits, bios
    ('Mona Patel and her husband, Raj, bought their Brampton townhouse in 2021. "We thought we '
     'were set," she says. Raj is less philosophical. "We did everything right," he says. "And '
     'it still wasn\'t enough."',
     ['Mona Patel', 'Raj', 'Raj']),
    ('Justice Paul Perell certified the class action on Monday. In his reasons, the judge '
     'wrote that the claim raised "serious questions of fact and law." Lawyers for Meta did '
     'not respond to a request for comment.',
     ['Paul Perell']),
    ('Coun. Amber Morley and Coun. Dianne Saxe voted against the motion. "This is the wrong '
     'priority," Saxe said. Morley said she would bring the issue back in the fall.',
     ['Dianne Saxe']),
    ('The premier\'s office said in a statement that the minister "continues to have the '
     'premier\'s full confidence." Opposition Leader Naheed Nenshi said that was "not good '
     'enough."',
     [None, 'Naheed Nenshi']),  # an office with no name in it is no one named
    ('Dr. Jane Philpott, the former federal health minister who now leads Ontario\'s primary '
     'care action team, says the goal is simple. "Every person in Ontario should have a '
     'family doctor," Philpott said. "Full stop."',
     ['Jane Philpott', 'Jane Philpott']),
    ('The Montreal Canadiens announced Tuesday that captain Nick Suzuki has signed an '
     'extension. "Montreal is home," Suzuki said in a statement released by the team.',
     ['Nick Suzuki']),
    ('B.C.\'s chief coroner, Jennifer Whiteside, says the toxic drug crisis is "far from '
     'over." More than 2,000 people died last year, according to the BC Coroners Service.',
     ['Jennifer Whiteside']),
    ('Opposition critics have taken to calling the minister "Mr. Delay." The nickname has '
     'stuck.',
     []),
    ('The union representing CUPE education workers said its members would walk out Friday. '
     '"We are done asking nicely," said Laura Walton, president of the Ontario School Board '
     'Council of Unions.',
     ['Laura Walton']),
    ('Deputy Chief Lauren Pogue told the board that overtime costs were "unsustainable." '
     'Board chair Ann Morgan asked whether the service had a plan. "We are working on one," '
     'Pogue replied.',
     ['Lauren Pogue', 'Lauren Pogue']),
    ('In an affidavit filed with the court, former employee Daniel Ko says he was told to '
     '"make the numbers work." The company denies the allegations.',
     ['Daniel Ko']),
    ('Ms. Joly, who has been foreign minister since 2021, said Canada would "not be '
     'intimidated." Her Chinese counterpart, Wang Yi, told reporters the relationship was at '
     '"a critical juncture."',
     ['Joly', 'Wang Yi']),
    ('OPINION | The premier\'s war on bike lanes is a war on common sense\n\nLast week, Doug '
     'Ford told reporters that bike lanes were "clogging up" Toronto\'s roads. He has it '
     'backward.',
     ['Doug Ford']),
    ('Updated: An earlier version of this story incorrectly stated that Coun. Josh Matlow '
     'voted for the motion. He voted against it.\n\n"This plan is a fantasy," Matlow said.',
     ['Josh Matlow']),
    ('Ken Coates is a Canada Research Chair in Regional Innovation at the University of '
     'Saskatchewan. His views are his own.',
     []),
    # --- Page furniture (audio players, copyright, share buttons, notes to readers), more
    ('Listen to this article\n\nEstimated 4 minutes\n\nThe audio version of this article is '
     'generated by AI-based technology.\n\n"We are not going to let this go," said Chief '
     'Kyra Wilson of the Long Plain First Nation.',
     ['Kyra Wilson']),
    ('Copyright 2025 The Canadian Press. All rights reserved.\n\n"It is a sad day," Mayor '
     'Scott Gillingham said.',
     ['Scott Gillingham']),
    ('Bookmark\n\nSave\n\nShare\n\nMinister of Finance Ahmed Hussen said the measures were '
     '"targeted and temporary." "We are not raising taxes," Hussen said.',
     ['Ahmed Hussen', 'Ahmed Hussen']),
    ('Our journalism is independent and reader-funded. Subscribe today.\n\n"Our community '
     'deserves better," said Lorraine Whitman, president of the Native Women\'s Association '
     'of Canada.',
     ['Lorraine Whitman']),
    ('Note to readers: This is a developing story. Check back for updates.\n\nRCMP Cpl. '
     'Chris Manseau said the investigation was ongoing. "We ask the public to avoid the '
     'area," Manseau said.',
     ['Chris Manseau']),
    ('We have to ask: what exactly is the "plan" the minister keeps talking about? Nobody in '
     'Ottawa seems to know.',
     []),
    ('The NDP\'s "pharmacare now" campaign was, by any measure, a success. The Liberals '
     'adopted half of it.',
     []),
    pytest.param(
     'To the editor: Your columnist\'s suggestion that seniors should "downsize and move on" '
     'ignores the fact that there is nowhere to move.\n\nBeth Kowalczyk, Guelph, Ont.',
     [None],
     marks=pytest.mark.xfail(strict=True, reason="a short quote owned by no one named "
                             "(\"Your columnist's suggestion\") is read as a scare quote and "
                             "dropped")),
    ('In her new memoir, "Unbroken," former Olympian Silken Laumann writes about her '
     'childhood. "I spent years trying to be perfect," Laumann said in an interview.',
     ['Silken Laumann']),
    ('Jays catcher Alejandro Kirk, through an interpreter, said the team "never gave up." '
     '"We believe in each other," he said.',
     ['Alejandro Kirk', 'Alejandro Kirk']),
]


@pytest.mark.parametrize(("text", "speakers"), CASES)
def test_speakers_of_canadian_news_second_round(text, speakers):
    assert [q.speaker for q in extract(text).quotes] == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # Rule joint_title: two roles joined by "and" before the name are one person's title.
    ('Suncor said production hit a record. "Our people delivered," president and CEO Rich '
     'Kruger said in a statement.', ["Rich Kruger"]),
    ('Shopify said sales rose. "We are built for this," founder and chief executive Tobi Lutke '
     'said.', ["Tobi Lutke"]),
])
def test_rule_joint_title(text, speakers):
    ex, feats = extract_with_features(text)
    assert [q.speaker for q in ex.quotes] == speakers
    assert "rule=joint_title" in feats[0]


def test_joint_title_needs_a_role_before_and():
    assert joint_title(" voters and ") == " voters and "
    assert joint_title(" president and ") == ""


@pytest.mark.parametrize(("text", "speakers"), [
    # Rule link_list: a "Related:" heading alone on its line heads a list of links.
    ('McBride said the force would hire more officers. "We are stretched thin," McBride said.'
     '\n\nRelated:\n\n\'We are stretched thin\': Chief asks for more officers',
     ["McBride"]),
    # "RELATED: Ford defends plan" is one link; the copy after it is read.
    ('RELATED: Ford defends plan\n\n"We will not roll over," Ford said.', ["Ford"]),
])
def test_rule_link_list_after_a_bare_related_heading(text, speakers):
    assert [q.speaker for q in extract(text).quotes] == speakers


@pytest.mark.parametrize(("text", "is_reference"), [
    # Rule letter_reference: the headline of a letter after the heading of a letters page.
    ('Letters to the editor, Oct. 9: "Canada should not be anyone\'s 51st state"', True),
    ('Letter: "Bike lanes are here to stay"', True),
    ('Our letter writers were split. Smith wrote: "Bike lanes are here to stay."', False),
])
def test_rule_letter_reference_after_a_letters_heading(text, is_reference):
    assert letter_reference(text, text.index('"')) is is_reference


@pytest.mark.parametrize(("text", "speakers"), [
    # A quote that ends its sentence is not attributed by a verb whose clause follows the
    # one told ("told CKLQ that he ...").
    ('A staff report warns the arena is "at the end of its useful life." Brandon Mayor Jeff '
     'Fawcett told CKLQ that he supports a new build.', [None]),
    ('"It is at the end of its useful life," Fawcett told CKLQ.', ["Fawcett"]),
])
def test_a_cue_with_the_one_told_and_a_clause_is_not_the_cue_of_the_quote_before(text, speakers):
    assert [q.speaker for q in extract(text).quotes] == speakers


@pytest.mark.parametrize(("text", "speaker"), [
    # Rule owned_words: a noun of saying owned by a name, with its "that" clause.
    ('I was disappointed to read Councillor Mike Colle\'s comment that residents "will get '
     'used to it."', "Mike Colle"),
    ('Smith\'s claim that the deficit "will vanish by 2027" was false.', "Smith"),
    ('Smith\'s comment, "we are done with this whole process," upset people.', "Smith"),
])
def test_rule_owned_words_with_a_noun_of_saying(text, speaker):
    ex, (feats,) = extract_with_features(text)
    assert ex.quotes[0].speaker == speaker
    assert "rule=owned_words" in feats


@pytest.mark.parametrize(("text", "is_title"), [
    # Rule performed_title: a title-case quote after a verb of performing is a title.
    ('fans gathered in Kingston to sing "Bobcaygeon" and "Ahead by a Century"', True),
    ('the choir performed "O Canada" in both languages', True),
    ('the crowd sang along: "We Are the Champions"', False),
])
def test_rule_performed_title(text, is_title):
    i = text.index('"')
    assert performed_title(text[max(0, i - 40):i]) is is_title
    if is_title:
        assert not extract(text).quotes


@pytest.mark.parametrize(("text", "mention"), [
    # Rule dated_document: a document with its date is a source; its speaker is no one.
    ('Your editorial of Sept. 3 calls the bike lanes "a war on cars." I disagree.',
     "Your editorial"),
    ('The report of March 4 says the bike lanes are "a war on cars and on drivers."',
     "The report"),
])
def test_rule_dated_document(text, mention):
    ex, (feats,) = extract_with_features(text)
    assert (ex.quotes[0].speaker, ex.quotes[0].speaker_mention) == (None, mention)
    assert "rule=dated_document" in feats


@pytest.mark.parametrize(("text", "speaker"), [
    # Rule members_body: a plural possessive before an organisation word is one body.
    ('"We will not back down from this fight," the Elementary Teachers\' Federation of '
     'Ontario said.', "Elementary Teachers' Federation of Ontario"),
    ('The Canadian Taxpayers\' Federation called the raise "an insult to taxpayers."',
     "Canadian Taxpayers' Federation"),
    # A singular possessive owns: "Ontario's federation" is no body called so.
    ('Ontario\'s Federation of Labour, the OFL, said the law was "an attack on workers."',
     "Federation of Labour"),
])
def test_rule_members_body(text, speaker):
    assert extract(text).quotes[0].speaker == speaker


def test_jean_is_no_woman_s_name_alone():
    # "Jean" is a man's name in French: "he" may refer to Jean Chrétien.
    text = 'At 78, Jean Chrétien shows no sign of slowing down. "I feel like I am 50," he says.'
    assert [q.speaker for q in extract(text).quotes] == ["Jean Chrétien"]


def test_rule_topic_lead_in_over_a_team_read_as_a_name_in_the_first_paragraph():
    text = 'Calgary Flames forward Nazem Kadri on the power play: "We have to shoot more."'
    ex, (feats,) = extract_with_features(text)
    assert ex.quotes[0].speaker == "Nazem Kadri"
    assert "rule=topic_lead_in" in feats


@pytest.mark.parametrize(("text", "speakers"), [
    # Rule according_to_own_clause: "according to" closing a sentence of its own after the
    # quote's full stop cites that sentence, not the quote.
    ('B.C.\'s chief coroner, Jennifer Whiteside, says the crisis is "far from over." More than '
     '2,000 people died last year, according to the BC Coroners Service.',
     ["Jennifer Whiteside"]),
    ('"The crisis is far from over." More than 2,000 people died, according to the BC Coroners '
     'Service.', [None]),
    # In the quote's own sentence it still cites the quote.
    ('Trump said he was "happy to see" it, according to The New York Times.',
     ["New York Times"]),
])
def test_rule_according_to_own_clause(text, speakers):
    assert [q.speaker for q in extract(text).quotes] == speakers
