"""Paragraphs in the styles of Canadian news the extractor was not tuned on: Canadian Press
wire copy, CBC, CTV, Global News, the Toronto Star, the Globe and Mail (with its "Mr." and
"Ms."), the National Post and Postmedia locals; hard news (Parliament, Queen's Park, the
National Assembly, councils, police, courts, First Nations, health, sport, business) and
opinion (columns in the first person, letters, editorials), with French names and quotes
translated from French, documents as sources, multi-paragraph quotes, paragraphs with no cue
and the boilerplate of scraped pages. None comes from an annotated corpus; they were written
for this test, each with the speakers a careful reader would name, one per quote found, in
order (None: the quote is kept with no named speaker; a description with a name in it, "the
Flames bench boss", is given as the description, as the extractor's named_group rule does).
The constructions tests/test_extraction_other_styles.py covers are not repeated here."""

from __future__ import annotations

import pytest

from tracker.extraction import extract
from tracker.extraction.boilerplate import listed_links
from tracker.extraction.engine import extract_with_features, letter_reference
from tracker.extraction.text import paragraphs

CASES = [
    # --- Canadian Press wire copy: Parliament
    ('OTTAWA — Conservative Leader Pierre Poilievre says the Liberal government has '
     '"lost control" of immigration. Speaking to reporters on Parliament Hill on Tuesday, '
     'Poilievre said the numbers were unsustainable. "Canadians are paying the price for '
     'ten years of chaos," he said.',
     ['Pierre Poilievre', 'Pierre Poilievre']),
    ('Government House Leader Steven MacKinnon accused the Opposition of stalling the '
     'bill. "They would rather play games than help families," MacKinnon said in the '
     'foyer of the House of Commons. Conservative House leader Andrew Scheer dismissed '
     'the charge as "nonsense."',
     ['Steven MacKinnon', 'Andrew Scheer']),
    ('Bloc Québécois Leader Yves-François Blanchet said Quebec would not accept any '
     'intrusion into its jurisdiction. "Health is a Quebec responsibility, full stop," '
     'Blanchet said in French.',
     ['Yves-François Blanchet']),
    ('The parliamentary budget officer, Yves Giroux, said the government\'s fiscal anchor '
     'was "at risk." In a report released Thursday, his office said the deficit would '
     'exceed projections. "The margin for error is very thin," Giroux told a Senate '
     'committee.',
     ['Yves Giroux', 'Yves Giroux']),
    ('NDP MP Heather McPherson, the party\'s foreign affairs critic, called the decision '
     '"a betrayal." "The minister promised us transparency, and instead we got this," '
     'said McPherson, who represents Edmonton Strathcona.',
     ['Heather McPherson', 'Heather McPherson']),
    # --- Globe and Mail honorific style
    ('Quebec Premier François Legault defended the bill on Wednesday. Mr. Legault said '
     'the province had "no choice" but to act. "We are protecting French for the next '
     'generation," he told reporters in Quebec City.',
     ['François Legault', 'François Legault']),
    ('Ms. Freeland, who resigned from cabinet in December, said she had warned the Prime '
     'Minister repeatedly. "I told him the country could not afford costly political '
     'gimmicks," Ms. Freeland wrote in her letter.',
     ['Freeland']),
    ('Alberta Premier Danielle Smith has asked Ottawa to scrap the emissions cap. In an '
     'interview, Ms. Smith said the policy would "devastate" the province. "It is a '
     'production cap by another name," she said.',
     ['Danielle Smith', 'Danielle Smith']),
    # --- Queen's Park, MPPs
    ('TORONTO — Ontario Premier Doug Ford says he is "not going anywhere." Ford made the '
     'comments at an unrelated announcement in Brampton on Monday. "The people of Ontario '
     'elected us to get it done, and that\'s exactly what we\'re going to do," Ford said.',
     ['Doug Ford', 'Doug Ford']),
    ('NDP MPP Jessica Bell said the government\'s housing plan was failing renters. '
     '"Rents are up, evictions are up, and this government is doing nothing," Bell said '
     'at Queen\'s Park. Housing Minister Paul Calandra called the criticism "rich coming '
     'from the NDP."',
     ['Jessica Bell', 'Paul Calandra']),
    ('Ontario Liberal Leader Bonnie Crombie said the greenbelt scandal showed the '
     'government could not be trusted. "This is a government for insiders," she said.',
     ['Bonnie Crombie']),
    # --- Quebec, MNAs, French names, translated
    ('Québec solidaire MNA Sol Zanetti criticized the CAQ\'s plan. "The government is '
     'improvising," Zanetti said in French. Health Minister Christian Dubé replied that '
     'the reform was "already showing results."',
     ['Sol Zanetti', 'Christian Dubé']),
    ('Montreal Mayor Valérie Plante announced Tuesday that she would not seek a third '
     'term. "It was the honour of my life to serve Montrealers," Plante said, her voice '
     'breaking. "But it is time."',
     ['Valérie Plante', 'Valérie Plante']),
    ('Parti Québécois Leader Paul St-Pierre Plamondon said a referendum would be held in '
     'a first mandate. "Quebecers deserve to choose," St-Pierre Plamondon said, speaking '
     'in French.',
     ['Paul St-Pierre Plamondon']),
    ('Marie-Claude Bérubé, a nurse at the Hôpital du Sacré-Cœur, said staff were '
     'exhausted. "We are holding the system together with tape," Bérubé said. "Every '
     'night we are short."',
     ['Marie-Claude Bérubé', 'Marie-Claude Bérubé']),
    ('Former premier René Lévesque once called Quebec "something like a great people." '
     'Historian Jean-François Lisée said the phrase still resonates. "It defined a '
     'generation," Lisée said.',
     ['René Lévesque', 'Jean-François Lisée']),
    # --- BC and Prairies, MLAs
    ('B.C. Premier David Eby said the province would challenge the decision. "We will '
     'not stand by while British Columbians pay more," Eby told reporters in Victoria.',
     ['David Eby']),
    ('Saskatchewan NDP MLA Meara Conway said the government had ignored repeated '
     'warnings. "They were told in 2022. They were told again last year," Conway said.',
     ['Meara Conway']),
    ('Manitoba Premier Wab Kinew, the first First Nations premier of a province, called '
     'the moment "historic." "My father would have been proud," Kinew said.',
     ['Wab Kinew', 'Wab Kinew']),
    # --- City councils
    ('Coun. Josh Matlow said the vote was a mistake. "We are mortgaging the city\'s '
     'future," Matlow said during the debate. Deputy Mayor Ausma Malik said council had '
     '"made the responsible choice."',
     ['Josh Matlow', 'Ausma Malik']),
    ('Calgary Mayor Jyoti Gondek said the water main break was "a wake-up call." '
     '"Our infrastructure is aging, and we have to invest," Gondek said at a news '
     'conference at city hall.',
     ['Jyoti Gondek', 'Jyoti Gondek']),
    ('Ward 4 Coun. Sandra Dion said residents were angry. "People are tired of being '
     'ignored," said Dion, who has represented the ward since 2018.',
     ['Sandra Dion']),
    # --- Police
    ('RCMP say a 34-year-old man has been charged with second-degree murder. Cpl. '
     'Mathieu Gagné said investigators believe the victim and the accused knew each '
     'other. "This was not a random act," Gagné said in a news release.',
     ['Mathieu Gagné']),
    ('OPP Sgt. Kerry Schmidt said the crash closed the highway for several hours. "Slow '
     'down, leave space, and put your phone away," Schmidt said in a video posted to '
     'social media.',
     ['Kerry Schmidt']),
    ('Toronto police Chief Myron Demkiw said officers had made several arrests. "We will '
     'not tolerate hate in this city," Demkiw said. "Not now, not ever."',
     ['Myron Demkiw', 'Myron Demkiw']),
    ('"Our thoughts are with the family," said Const. Tania Visintin, a spokesperson for '
     'the Vancouver Police Department. She said the investigation was in its early '
     'stages.',
     ['Tania Visintin']),
    # --- Courts
    ('Crown prosecutor Marie-Ève Lemieux told the court the accused had shown "no '
     'remorse." Defence lawyer Frank Addario argued his client had been "a model '
     'prisoner" and asked for a conditional sentence.',
     ['Marie-Ève Lemieux', 'Frank Addario']),
    ('Ontario Superior Court Justice Michael Code said the evidence was "overwhelming." '
     '"The accused planned this attack for weeks," Code wrote in his decision.',
     ['Michael Code', 'Michael Code']),
    ('The Supreme Court of Canada ruled 5-4 that the search was unconstitutional. "The '
     'police had no reasonable grounds to believe an offence had been committed," the '
     'ruling reads.',
     [None]),
    ('In his reasons, Justice Robert Goldstein said the jury\'s verdict was "entirely '
     'reasonable." The judge added that the victim\'s family "showed remarkable '
     'dignity."',
     ['Robert Goldstein', 'Robert Goldstein']),
    # --- Indigenous leaders
    ('Assembly of First Nations National Chief Cindy Woodhouse Nepinak said First '
     'Nations were not consulted. "This is our land, and we will be at the table," '
     'Woodhouse Nepinak said.',
     ['Cindy Woodhouse Nepinak']),
    ('Chief Allan Adam of the Athabasca Chipewyan First Nation said the spill had '
     'poisoned the community\'s trust. "Nobody told us for nine months," Adam said.',
     ['Allan Adam']),
    ('Grand Chief Alvin Fiddler of Nishnawbe Aski Nation called the funding announcement '
     '"a good first step." "But our communities have been waiting for clean water for '
     'decades," Fiddler said.',
     ['Alvin Fiddler', 'Alvin Fiddler']),
    # --- Health
    ('Dr. Bonnie Henry, B.C.\'s provincial health officer, urged residents to get '
     'vaccinated. "The respiratory season is here, and it is hitting hard," Henry said '
     'Monday.',
     ['Bonnie Henry']),
    ('Ontario\'s chief medical officer of health, Dr. Kieran Moore, said cases of '
     'measles were rising. "We are seeing transmission in communities with low '
     'vaccination rates," Moore said.',
     ['Kieran Moore']),
    ('"Emergency departments are at a breaking point," the Canadian Medical Association '
     'said in a statement. The association called on Ottawa to act.',
     ['Canadian Medical Association']),
    # --- Sport
    ('Maple Leafs coach Craig Berube was blunt after the loss. "We didn\'t compete. '
     'Simple as that," Berube said. Captain Auston Matthews agreed. "It\'s on us," '
     'Matthews said.',
     ['Craig Berube', 'Auston Matthews']),
    ('"He\'s been our best player all year," said the veteran winger, who has played '
     'with Suzuki for four seasons. Canadiens coach Martin St-Louis called the '
     'performance "special."',
     [None, 'Martin St-Louis']),
    ('Oilers captain Connor McDavid scored twice in the third period. "We just stuck '
     'with it," McDavid said. "That\'s what good teams do."',
     ['Connor McDavid', 'Connor McDavid']),
    ('Raptors head coach Darko Rajaković said the team was still learning. "We are '
     'young, and we are going to make mistakes," Rajaković said after practice.',
     ['Darko Rajaković']),
    # --- Business
    ('Bank of Canada governor Tiff Macklem said the central bank was prepared to cut '
     'further. "We are watching the impact of tariffs very closely," Macklem told '
     'reporters in Ottawa.',
     ['Tiff Macklem']),
    ('Shopify president Harley Finkelstein said the company was "built for this '
     'moment." Analyst Nick Agostino of Laurentian Bank Securities was less sure. "The '
     'valuation leaves little room for error," Agostino said in a note to clients.',
     ['Harley Finkelstein', 'Nick Agostino']),
    ('"The consumer is under pressure," said Douglas Porter, chief economist at BMO '
     'Capital Markets. He said rising rents were eating into spending.',
     ['Douglas Porter']),
    ('Air Canada chief executive Michael Rousseau apologized for the disruption. "We '
     'let our customers down," Rousseau said in a statement. The union said the '
     'apology was "too little, too late."',
     ['Michael Rousseau', None]),
    # --- Documents as sources
    ('The auditor general\'s report says the department "failed to track" billions in '
     'spending. "There was no evidence that value for money was achieved," the report '
     'says.',
     [None, None]),
    ('According to the documents, obtained by CBC News through access to information, '
     'officials warned the minister in 2023. "The program is at high risk of fraud," '
     'one briefing note reads.',
     [None]),
    # --- Multi-paragraph quote and paragraphs with no cue
    ('Finance Minister François-Philippe Champagne defended the spending plan.\n\n'
     '"We are investing in the things that make this country stronger. Housing, '
     'defence, trade corridors.\n\n'
     '"Canadians expect us to build, and that\'s what we will do," Champagne said.',
     ['François-Philippe Champagne', 'François-Philippe Champagne']),
    ('Hamilton Mayor Andrea Horwath said the shelter would open next month.\n\n'
     '"No one should be sleeping outside in a Canadian winter," she said.\n\n'
     '"We have a responsibility to act."',
     ['Andrea Horwath', 'Andrea Horwath']),
    ('Nova Scotia Premier Tim Houston announced the plan in Halifax on Thursday.\n\n'
     '"This is about getting doctors to rural communities."\n\n'
     'The province has about 140,000 people on its waitlist for a family doctor.',
     ['Tim Houston']),
    # --- Web boilerplate in scraped articles
    ('Prime Minister Mark Carney said Canada would respond to the tariffs "with '
     'purpose and with force."\n\nStory continues below advertisement\n\n"We will '
     'not be bullied," Carney said.',
     ['Mark Carney', 'Mark Carney']),
    ('READ MORE: \'A dark day\': Ontario schools brace for strike\n\nEducation Minister '
     'Paul Calandra said he hoped a deal could be reached. "Kids belong in class," '
     'Calandra said.',
     ['Paul Calandra']),
    ('WATCH: Ford says \'we will fight\' tariffs\n\nFord said he had spoken to several '
     'U.S. governors. "They are on our side," Ford said.\n\nSign up for our weekly '
     'politics newsletter.',
     ['Ford']),
    ('Advertisement\n\nHealth Minister Marjorie Michel said the program would expand to '
     'seniors next year. "No one should have to choose between medicine and food," '
     'Michel said.\n\nTrending Now\n\nAdvertisement',
     ['Marjorie Michel']),
    ('Interim Liberal Leader John Fraser speaks to reporters at Queen\'s Park in Toronto '
     'on Monday. (THE CANADIAN PRESS/Chris Young)\n\nFraser said the budget "does '
     'nothing for families." "It is a missed opportunity," he said.',
     ['John Fraser', 'John Fraser']),
    ('Premier Scott Moe said the province would not collect the carbon tax. "We are '
     'standing up for Saskatchewan families," Moe said.\n\n(THE CANADIAN PRESS/Kayle '
     'Neis)\n\nThis report by The Canadian Press was first published Jan. 3, 2025.',
     ['Scott Moe']),
    # --- Opinion: columns with "I", letters, editorials
    ('I have covered Parliament for 20 years, and I have never seen a minister this '
     'unprepared. When I asked one Liberal MP about the bill, she sighed. "Don\'t ask '
     'me. Nobody has read it," she said, on condition she not be named.',
     [None]),
    ('I called Bob Rae, the former Ontario premier, to ask what he made of it. "It is '
     'the worst crisis in our relationship since the war," he told me. I think he is '
     'right.',
     ['Bob Rae']),
    ('Opinion\n\nLet me be clear: the premier is wrong. When Ford says the bill "cuts '
     'red tape," what he means is that it cuts oversight. I have read the bill. It '
     'does.',
     ['Ford']),
    ('Re: "Ottawa\'s housing plan falls short" (Editorial, March 4). I could not agree '
     'more. As a renter in Mississauga, I have watched my rent double.\n\nJane Whitfield, '
     'Mississauga',
     []),
    ('EDITORIAL\n\nThe federal government promised "a new era of accountability." Its '
     'record says otherwise. This week, the ethics commissioner found the minister had '
     'broken the rules. "The conflict was clear and avoidable," the commissioner wrote.',
     [None, None]),
    ('My colleague Robyn Urback put it well last week: the Conservatives are "running '
     'against a prime minister who no longer exists." I would add that they are '
     'running out of time.',
     ['Robyn Urback']),
    # --- CBC / CTV / Global styles
    ('Speaking on CBC\'s Power & Politics, Defence Minister David McGuinty said Canada '
     'would meet its NATO target. "We are on track, and our allies know it," McGuinty '
     'said.',
     ['David McGuinty']),
    ('In an interview with CTV\'s Question Period, Sen. Peter Harder said the upper '
     'chamber would not rush the bill. "Our job is sober second thought," Harder said.',
     ['Peter Harder']),
    ('Speaking to Global News, Sarah Nguyen said her family lost everything in the '
     'fire. "We had ten minutes to get out," said Nguyen, a mother of three. "Ten '
     'minutes."',
     ['Sarah Nguyen', 'Sarah Nguyen']),
    # --- Postmedia locals
    ('"It\'s the busiest we\'ve been in 30 years," said Gord Taylor, owner of Taylor\'s '
     'Hardware on Main Street in Sudbury. Taylor credits the new subdivision on the '
     'city\'s south end.',
     ['Gord Taylor']),
    ('The London Police Service said in a statement that the officer "acted '
     'appropriately." The family\'s lawyer, Kevin Egan, disagreed. "They shot a man in '
     'crisis," Egan said.',
     ['London Police Service', 'Kevin Egan']),
    ('Windsor MPP Lisa Gretzky, who sits with the NDP, called the closure "devastating '
     'for the west end." "Families will now have to drive across the city for care," '
     'Gretzky said.',
     ['Lisa Gretzky', 'Lisa Gretzky']),
    # --- French quotes, descriptive speakers, letters, documents, photo credits
    ('"Nous allons nous battre," Legault said — "We are going to fight." The premier '
     'made the comments at the National Assembly.',
     ['Legault', 'Legault']),
    ('"We will not accept a two-tier federation," Quebec\'s minister of Canadian '
     'relations, Jean-François Roberge, said in French on Friday.',
     ['Jean-François Roberge']),
    ('Mr. Carney told reporters in Brussels that Canada was "a reliable partner." Asked '
     'about the tariffs, Mr. Carney said: "We will respond at a time of our choosing."',
     ['Carney', 'Carney']),
    ('"It was a great team effort," said the 23-year-old defenceman, who was playing in '
     'his first playoff game.',
     [None]),
    ('"We\'re not going to make excuses," said the Flames bench boss. "We have to be '
     'better."',
     ['Flames bench boss', 'Flames bench boss']),
    ('Letters to the editor\n\nThe premier says the new highway will "save drivers 30 '
     'minutes a day." I have driven that road for 40 years. It will not.\n\nPeter '
     'Kowalski, Barrie, Ont.',
     [None]),
    pytest.param(
     'The Globe and Mail\'s editorial board has long argued that interprovincial trade '
     'barriers cost the economy billions. As we wrote last year, "there is no excuse for '
     'a country that cannot trade with itself."',
     ['The Globe and Mail'],
     marks=pytest.mark.xfail(strict=True, reason="an editorial quoting itself as \"we\": "
                             "the editorial board's pronoun is not resolved")),
    ('(THE CANADIAN PRESS/Adrian Wyld)\n\nGreen Party Leader Elizabeth May said the '
     'climate plan was "a step backwards." "We are going in the wrong direction," May '
     'said.',
     ['Elizabeth May', 'Elizabeth May']),
    ('Kelowna RCMP say a woman has died after a collision on Highway 97. "Speed is '
     'believed to be a factor," RCMP said in a news release Sunday.',
     ['RCMP']),
    ('The ruling reads, in part: "The applicant has failed to demonstrate that the '
     'minister\'s decision was unreasonable."',
     [None]),
    ('Dr. Fatima Al-Khatib, an emergency physician in Brampton, said she treats '
     'patients in hallways every shift. "This is not medicine. It is triage," said '
     'Al-Khatib.',
     ['Fatima Al-Khatib']),
    ('"We were told the ice was safe," said Elder Mary Jane Kakegamic of Sandy Lake '
     'First Nation. She said the community had lost two young men that winter.',
     ['Mary Jane Kakegamic']),
    ('Defence lawyer Marie Henein said outside court that her client was "relieved." '
     '"He has always maintained his innocence," Henein said.',
     ['Marie Henein', 'Marie Henein']),
    ('"That is a question for the Crown," Justice Anne Molloy said.',
     ['Anne Molloy']),
    ('The Crown argued the sentence should be at least eight years. "The offender '
     'targeted the most vulnerable," the Crown said in its submissions.',
     ['Crown']),
    ('Canadian Press\n\nOTTAWA — The federal government is "deeply concerned" about the '
     'detention of a Canadian in China, Global Affairs Canada says. "We are providing '
     'consular services to the family," spokesperson Charlotte MacLeod said in a '
     'statement.',
     ['Global Affairs Canada', 'Charlotte MacLeod']),
    ('Mississauga Mayor Carolyn Parrish did not mince words. "This is a cash grab, '
     'plain and simple," Parrish said Wednesday. Her Brampton counterpart, Patrick '
     'Brown, said he was "open to a conversation."',
     ['Carolyn Parrish', 'Patrick Brown']),
    ('Blue Jays manager John Schneider said the team was "frustrated." "We had our '
     'chances. We just didn\'t cash in," Schneider said. Vladimir Guerrero Jr. added: '
     '"We\'ll be back tomorrow."',
     ['John Schneider', 'John Schneider', 'Vladimir Guerrero Jr']),
    ('Desjardins economist Royce Mendes said the data pointed to "a soft landing." '
     '"The labour market is cooling, but it is not collapsing," Mendes wrote in a note.',
     ['Royce Mendes', 'Royce Mendes']),
    ('Loblaw chairman Galen Weston told MPs the company was not profiteering. "Our '
     'margins have not increased," Weston said. NDP MP Alistair MacGregor was not '
     'convinced. "Canadians know what they are paying," he said.',
     ['Galen Weston', 'Alistair MacGregor']),
    # --- Credits, sign-offs, honorifics and boilerplate between paragraphs
    ('Prime Minister Mark Carney arrives for a cabinet meeting on Parliament Hill in '
     'Ottawa on Tuesday. THE CANADIAN PRESS/Sean Kilpatrick\n\n"We are ready," '
     'Carney said of the talks.',
     ['Mark Carney']),
    ('"It\'s a sad day for our community," Chief Wilfred King of the Gull Bay First '
     'Nation said.\n\n— With files from Global News\' Isaac Callan',
     ['Wilfred King']),
    ('Conservative MP Melissa Lantsman asked the minister whether she had read the '
     'report. "Yes or no?" Lantsman said.\n\nThe minister did not answer directly.\n\n'
     'Global News has reached out to the minister\'s office for comment.',
     ['Melissa Lantsman']),
    ('Mr. Poilievre\'s spokesman, Sebastian Skamski, said in an email that the party '
     '"will not be lectured" by the Liberals.',
     ['Sebastian Skamski']),
    ('Ms. Anand said in French that the government would "do everything" to protect '
     'jobs in Quebec. "We will be there for workers," she said.',
     ['Anand', 'Anand']),
    ('"On ne lâchera pas," said Mr. Legault, which translates to "we will not let go."',
     ['Legault', 'Legault']),
    ('The Toronto Police Service said in a news release that officers were called to the '
     'area around 2 a.m. Police said the victim was "known to police."',
     ['Police']),
    ('Trending Now\n\nOntario NDP Leader Marit Stiles said families are struggling. '
     '"Grocery prices are through the roof," Stiles said.',
     ['Marit Stiles']),
    ('The report, tabled in the legislature Tuesday, found that wait times had doubled. '
     '"The ministry did not have reliable data," it says.',
     [None]),
    ('In a statement, the Assembly of First Nations said the decision "ignores the '
     'rights of First Nations." AFN National Chief Cindy Woodhouse Nepinak called it '
     '"a step backward."',
     ['Assembly of First Nations', 'Cindy Woodhouse Nepinak']),
    ('Jets head coach Scott Arniel liked what he saw. "Our D was really good tonight," '
     'Arniel said. "Hellebuyck was Hellebuyck."',
     ['Scott Arniel', 'Scott Arniel']),
    ('I asked Premier Houston whether the deal would survive the election. "It had '
     'better," he said, laughing.',
     ['Houston']),
    ('Lawyers for the accused argued that the search warrant was invalid. "The police '
     'cut corners," defence counsel Daniel Brown told the court.',
     ['Daniel Brown']),
    ('Finance Minister Peter Bethlenfalvy, speaking at the Empire Club, said Ontario '
     'would "not be intimidated." "We have a plan to protect Ontario," Bethlenfalvy '
     'said.',
     ['Peter Bethlenfalvy', 'Peter Bethlenfalvy']),
    ('Story continues below advertisement\n\n"Every single day we are seeing more '
     'patients than we can handle," said Dr. Raghu Venugopal, an emergency physician '
     'in Toronto.\n\nAdvertisement',
     ['Raghu Venugopal']),
    # --- Bylines, judges, columns, lists of links, letters' signatures
    ('Émilie Thériault | CBC News\n\nPosted: Jan 12, 2025 6:00 AM EST\n\nThe mayor of '
     'Rimouski, Guy Caron, says the city will appeal. "We were not consulted," Caron '
     'said in French.',
     ['Guy Caron']),
    ('Justice Jasmine Akbarali wrote that the officers had "no lawful authority" to enter '
     'the home. "The breach was serious," the judge wrote.',
     ['Jasmine Akbarali', 'Jasmine Akbarali']),
    ('According to court documents, the accused told police he "panicked." None of the '
     'allegations have been proven in court.',
     [None]),
    ('Ontario Health Minister Sylvia Jones defended the changes.\n\n"We are connecting '
     'people to care closer to home. That is what this is about.\n\n"Nobody will pay '
     'with their OHIP card, only their health card," Jones said.',
     ['Sylvia Jones', 'Sylvia Jones']),
    ('"We\'ve got to be better in our own end," said the Leafs\' captain. Toronto has '
     'lost four straight.',
     ["Leafs' captain"]),
    ('Ms. Lévesque, 54, has lived on the street for 30 years. "I\'ve never seen it this '
     'bad," Ms. Lévesque said.',
     ['Lévesque']),
    ('Conservative finance critic Jasraj Singh Hallan said the budget was "a disaster." '
     '"Canadians cannot afford another Liberal deficit," Hallan told reporters.',
     ['Jasraj Singh Hallan', 'Jasraj Singh Hallan']),
    ('The Canadian Press has learned that the government will delay the bill. A senior '
     'government source, who was not authorized to speak publicly, said the delay was '
     '"about getting it right."',
     [None]),
    ('"It\'s a very difficult situation," said Pascale St-Onge, the minister of '
     'Canadian heritage. St-Onge said the government would "stand up for" '
     'Canadian journalism.',
     ['Pascale St-Onge', 'Pascale St-Onge']),
    ('Meanwhile, at city hall, Coun. Diane Deans said she had "serious concerns" about '
     'the contract.\n\nThis report by The Canadian Press was first published Oct. 3, '
     '2024.',
     ['Diane Deans']),
    ('READ MORE: Trudeau says he\'s "disappointed" by the vote\n\nThe vote comes after '
     'weeks of debate. "It was the right thing to do," said Bloc MP Alexis '
     'Brunelle-Duceppe.',
     ['Alexis Brunelle-Duceppe']),
    ('Sidney Crosby, the Penguins captain from Cole Harbour, N.S., said he was proud to '
     'wear the Maple Leaf again. "It means everything," Crosby said.',
     ['Sidney Crosby']),
    ('Trending Now\n\n\'I was terrified\': Woman describes random attack on TTC '
     'streetcar\n\nFord says Ontario will retaliate if U.S. imposes tariffs\n\n'
     'Advertisement\n\nThe premier spoke in Oakville. "We will not roll over," Ford '
     'said.',
     ['Ford']),
    ('As former prime minister Brian Mulroney liked to say, "there are no friends in '
     'politics, only interests." He was right then, and he is right now.',
     ['Brian Mulroney']),
    ('In the words of Alberta\'s energy minister, Brian Jean, the pipeline is "the '
     'project of the century."',
     ['Brian Jean']),
    ('Q: Why run again?\n\nA: "Because the job isn\'t finished," said Ms. Chow.',
     ['Chow']),
    ('I reached Gary Anandasangaree, the public safety minister, on Thursday. He did '
     'not mince words. "The border is secure," he told me. "Full stop."',
     ['Gary Anandasangaree', 'Gary Anandasangaree']),
    ('(Photo by Jack Boland/Toronto Sun/Postmedia Network)\n\nCouncillor Brad Bradford '
     'said the plan was "dead on arrival." "Nobody at city hall supports it," Bradford '
     'said.',
     ['Brad Bradford', 'Brad Bradford']),
    ('— Margaret Lee, Victoria\n\nThe letter above is one of dozens we received. One '
     'reader called the plan "an insult to seniors."',
     [None]),
    ('Environment Minister Steven Guilbeault, in a statement, called the ruling "deeply '
     'disappointing" and said the government was "reviewing its options."',
     ['Steven Guilbeault', 'Steven Guilbeault']),
    ('"I don\'t have a crystal ball," the Bank of Canada governor said. "But the risks '
     'are tilted to the downside." Macklem has cut rates seven times.',
     ['Bank of Canada governor', 'Bank of Canada governor']),
    ('Tribal Chief Derek Nepinak of the Pimicikamak Cree Nation said the dam had '
     'flooded traplines for decades. "They took everything," he said.',
     ['Derek Nepinak']),
    # --- Sport round-ups, ridings, court pleadings, interviews
    ('VANCOUVER — The Canucks lost 5-1 to the Oilers on Saturday.\n\nCanucks head coach '
     'Rick Tocchet on his team\'s effort: "We were soft. Plain and '
     'simple." Defenceman Quinn Hughes, who had two assists, agreed. "We have to be '
     'harder to play against," said Hughes.',
     ['Rick Tocchet', 'Quinn Hughes']),
    ('Liberal MP Nathaniel Erskine-Smith (Beaches—East York) broke with his party on '
     'the vote. "I couldn\'t support it in good conscience," Erskine-Smith said.',
     ['Nathaniel Erskine-Smith']),
    ('Dr. Isaac Bogoch, an infectious diseases specialist at Toronto General Hospital, '
     'said the numbers were worrying. "We are not out of the woods," said Bogoch.',
     ['Isaac Bogoch']),
    ('The court heard that the accused texted the victim "I\'m sorry" hours before her '
     'death. Crown attorney Jill Cameron said the messages showed "a guilty mind."',
     [None, 'Jill Cameron']),
    ('On Rosemary Barton Live, the minister was asked whether she would resign. "No. '
     'Absolutely not," Joly replied.',
     ['Joly']),
    ('The NDP said in a statement that the cuts were "reckless." The party\'s health '
     'critic, France Gélinas, said nurses were "leaving in droves."',
     ['NDP', 'France Gélinas']),
    ('Premier Legault\'s office said in a statement that the province "will not be '
     'pushed around." Legault himself was in Paris.',
     ["Legault's office"]),
    ('"This is a good day for Nunavut," said Premier P.J. Akeeagok. MP Lori Idlout, who '
     'represents the territory, called the deal "long overdue."',
     ['P.J. Akeeagok', 'Lori Idlout']),
    ('The statement of claim alleges the company "knowingly misled" investors. None of '
     'the allegations have been tested in court.',
     [None]),
    ('Opposition Leader Pierre Poilievre, speaking at a rally in Calgary on Saturday, '
     'promised to "axe the tax." "Canadians are broke," Poilievre told the crowd. '
     '"They need relief now."',
     ['Pierre Poilievre', 'Pierre Poilievre', 'Pierre Poilievre']),
    ('OPINION: I have been a family doctor in Winnipeg for 22 years.\n\nLast week, a '
     'patient asked me a question I could not answer. "Why does it take a year to see '
     'a specialist?" she said.\n\nI did not have an answer for her.',
     [None]),
    ('Toronto-Danforth MP Julie Dabrusin said the funding would "make a real '
     'difference" for renters in her riding.',
     ['Julie Dabrusin']),
    # --- Ranks, wards and ridings, sign-offs, columns looking back
    ('Chief of the Defence Staff Gen. Jennie Carignan said recruitment was improving. '
     '"We are turning the corner," Carignan said. Lt.-Gen. Mike Wright, commander of the '
     'army, called the numbers "encouraging."',
     ['Jennie Carignan', 'Mike Wright']),
    ('"We need more buses, not fewer," said Coun. Riley Brockington (River Ward). '
     'Brockington has pushed for more transit funding for years.',
     ['Riley Brockington']),
    ('Ontario NDP MPP Chandra Pasma (Ottawa West–Nepean) said the cuts would hurt '
     'students. "This is the wrong direction," Pasma said.',
     ['Chandra Pasma']),
    ('Treasury Board President Jean-Yves Duclos said the public service would shrink. '
     '"We will do this responsibly," Duclos said. The Public Service Alliance of Canada '
     'called the plan "a betrayal of workers."',
     ['Jean-Yves Duclos', 'Public Service Alliance of Canada']),
    ('The NDP leader was not impressed. Don Davies, the party\'s interim leader, said the '
     'budget "leaves workers behind." "This government has lost its way," the NDP leader '
     'said.',
     ['Don Davies', 'Don Davies']),
    ('Fraser said the province was ready.\n\n"We have stockpiled salt, we have hired '
     'more drivers and we have a plan.\n\n"If the storm hits Friday, we will be there."',
     ['Fraser', 'Fraser']),
    ('I wrote last month that the premier was "playing with fire." I stand by that.\n\n'
     'This week, Ontario\'s financial accountability officer agreed, warning that the '
     'deficit could reach $10 billion.',
     [None]),
    ('With files from The Canadian Press\n\nOPP Insp. Martin Graham said the driver was '
     'airlifted to hospital. "The injuries are life-threatening," Graham said.',
     ['Martin Graham']),
    ('Quebec\'s premier, François Legault, said the province would go to court. "We will '
     'defend our law," he said, speaking in French.\n\nLegault\'s government adopted the '
     'law in 2019.',
     ['François Legault']),
    ('Staff Sgt. Maj. Daniel Tremblay, 52, of Valcartier, Que., has served for 30 years. '
     '"It has been an honour," said Tremblay.',
     ['Daniel Tremblay']),
    ('"The numbers do not add up," said Conservative MP Jasraj Hallan.\n\nRELATED '
     'VIDEO\n\nHallan, the party\'s finance critic, has called for a spring budget.',
     ['Jasraj Hallan']),
    ('"It\'s like a war zone," resident Lina Khoury told CTV News Montreal. "The water was '
     'up to my knees in minutes."',
     ['Lina Khoury', 'Lina Khoury']),
    # --- Quotation marks that quote no one: bills' nicknames, slogans, programs, titles
    ('Bill C-69, which critics dubbed the "no more pipelines" bill, was partly struck down '
     'by the Supreme Court. Alberta Premier Danielle Smith called the ruling "a big win."',
     ['Danielle Smith']),
    ('The so-called "notwithstanding clause" allows a province to override some Charter '
     'rights for five years. Legault has used it twice.',
     []),
    ('The Liberals\' "Canada Strong Pass" offers free rail travel for children this '
     'summer. Transport Minister Chrystia Freeland said the program was "a hit."',
     ['Chrystia Freeland']),
    ('Residents of the "Ward" neighbourhood in Toronto were displaced a century ago. The '
     'city\'s chief historian said the history was "largely forgotten."',
     [None]),
    ('Speaking on CBC\'s The House, Housing Minister Gregor Robertson said Build Canada '
     'Homes would "get shovels in the ground." He did not give a timeline.',
     ['Gregor Robertson']),
    ('The film "Blackberry," shot in Hamilton, won big at the Canadian Screen Awards. '
     'Director Matt Johnson called the night "surreal."',
     ['Matt Johnson']),
    ('Poilievre\'s slogan, "Bring it home," has been on every lawn sign since August. '
     'Strategists say it works.',
     []),
    ('The Crown read from the accused\'s text messages, including one that said: "I\'m '
     'going to make him pay." The trial continues Monday.',
     [None]),
    # --- Opinion: commentary, editorials, columns and letters
    pytest.param(
     'COMMENTARY\n\nThe prime minister likes to say that Canada is "back." I am not so '
     'sure. When I put the question to a former ambassador, she laughed. "Back where?" '
     'she asked.',
     [None, None],
     marks=pytest.mark.xfail(strict=True, reason="a one-word quote of an unnamed role "
                             "(\"back\") is read as a scare quote and dropped")),
    ('Editorial: Ottawa must fix the asylum system\n\nThe government insists the system '
     'is "working as intended." It is not. Municipalities are buckling, and mayors from '
     'Toronto to Montreal say they have "run out of room."',
     [None, None]),
    ('John Ivison: The Liberals have a spending problem\n\nIt was Jim Flaherty who once '
     'said that "the best social program is a job." His successors seem to have '
     'forgotten.',
     ['Jim Flaherty']),
    ('Letter of the day\n\nYour columnist writes that seniors are "living large." My '
     'husband and I live on $2,100 a month. Come and see how large.\n\nDoris McLean, '
     'Sudbury',
     [None]),
    ('Kelly McParland: Ford\'s latest fight is one he can win\n\nDoug Ford loves a '
     'scrap. Asked on Tuesday about the teachers\' unions, he did not hesitate. "Bring '
     'it on," the premier said.',
     ['Doug Ford']),
    ('"We have never had a government this hostile to science," says Katie Gibbs, '
     'executive director of Evidence for Democracy. I think she is right, and I think '
     'the numbers prove it.',
     ['Katie Gibbs']),
    # --- French, wire sign-offs, associations
    ('In an interview with Radio-Canada, Bérubé said the province had "lost control" of '
     'its borders. Pascal Bérubé, the PQ\'s immigration critic, has long called for '
     'lower thresholds.',
     ['Pascal Bérubé']),
    pytest.param(
     '« Nous sommes prêts », a déclaré le premier ministre François Legault, which '
     'translates as "We are ready."',
     ['François Legault', 'François Legault'],
     marks=pytest.mark.xfail(strict=True, reason="guillemets are not read as quotation "
                             "marks, nor a French cue (\"a déclaré\"); English-language "
                             "outlets mostly translate")),
    ('Manitoba RCMP say a 17-year-old has been arrested. In a news release, Sgt. Paul '
     'Manaigre said the teen "posed a risk to the community."\n\n— With files from '
     'Reuters',
     ['Paul Manaigre']),
    ('Asked whether he would apologize, the former minister shrugged. "For what?" he '
     'said.\n\nRandy Boissonnault resigned from cabinet in November.',
     [None]),
    ('Calgary Flames general manager Craig Conroy said the team was "not rebuilding." '
     'Conroy, who took over in 2023, said the team was "retooling."',
     ['Craig Conroy', 'Craig Conroy']),
    ('Premier Tim Houston\'s PCs won 43 of 55 seats. "Nova Scotians have spoken," '
     'Houston told supporters in Pictou.',
     ['Tim Houston']),
    ('The Ontario Medical Association, which represents the province\'s 43,000 '
     'physicians, said the deal was "a good start." OMA president Dr. Dominik Nowak '
     'said doctors were "cautiously optimistic."',
     ['Ontario Medical Association', 'Dominik Nowak']),
]


@pytest.mark.parametrize(("text", "speakers"), CASES)
def test_speakers_of_canadian_news(text, speakers):
    assert [q.speaker for q in extract(text).quotes] == speakers


@pytest.mark.parametrize(("text", "speaker"), [
    # Rule statement_issuer: a quote opening the paragraph after one announcing an
    # organisation's statement is that statement.
    ('Party officials met on Sunday.\n\nAt Brazile\'s direction, the DNC issued a statement '
     'apologizing to Sanders for the emails.\n\n"On behalf of everyone at the DNC, we want to '
     'offer a deep and sincere apology to Senator Sanders and his supporters."', "DNC"),
    ('Doctors were alarmed.\n\nHealth Canada on Monday released a statement about the '
     'recall.\n\n"We are reviewing the report and will update Canadians."', "Health Canada"),
])
def test_rule_statement_issuer(text, speaker):
    ex, feats = extract_with_features(text)
    assert ex.quotes[-1].speaker == speaker
    assert "rule=statement_issuer" in feats[-1]


def test_no_statement_announced_leaves_rule_statement_issuer_out():
    text = ('Officials met on Monday.\n\nThe DNC met on Monday in Philadelphia.\n\n'
            '"We want to apologize to everyone we have hurt this week."')
    _, feats = extract_with_features(text)
    assert all("rule=statement_issuer" not in f for f in feats)


@pytest.mark.parametrize(("text", "is_reference"), [
    # Rule letter_reference: the headline a letter answers, after "Re:" opening a paragraph.
    ('Re: "Ottawa\'s housing plan falls short" (Editorial, March 4). I could not agree more.',
     True),
    ('Letters\n\nRE: "Council votes to close library"', True),
    ('Mayor Jane Re: "We will rebuild."', False),
])
def test_rule_letter_reference(text, is_reference):
    assert letter_reference(text, text.index('"')) is is_reference
    assert (not extract(text).quotes) is is_reference


@pytest.mark.parametrize(("text", "speaker"), [
    # Rule name_as_modifier: up to three lower-case words between the name and the person
    # noun ending a description that opens with "the" ("the Flames bench boss").
    ('"We\'re not going to make excuses," said the Flames bench boss.', "Flames bench boss"),
    ('"We were outworked," said the Calgary Flames captain.', "Calgary Flames captain"),
])
def test_rule_name_as_modifier_reads_the_described_person(text, speaker):
    ex, (feats,) = extract_with_features(text)
    assert ex.quotes[0].speaker == speaker
    assert "src=group" in feats  # the description with its name, not the team (src=org)


@pytest.mark.parametrize(("text", "speakers"), [
    # Rule link_list: the headlines listed under "Trending Now" are links, not copy.
    ("Trending Now\n\n'I was terrified': Woman describes attack on TTC streetcar\n\nFord says "
     'Ontario will retaliate\n\nAdvertisement\n\nThe premier spoke. "We will not roll over," '
     "Ford said.", ["Ford"]),
    # The list ends at the first sentence: the copy after it is read.
    ('Most Popular\n\n"We will not roll over," Premier Doug Ford said in Oakville.',
     ["Doug Ford"]),
])
def test_rule_link_list(text, speakers):
    assert [q.speaker for q in extract(text).quotes] == speakers


def test_listed_links_stop_at_a_sentence():
    text = "Trending Now\n\nFord says Ontario will retaliate\n\nThe premier spoke on Monday."
    paras = paragraphs(text)
    assert listed_links(text, paras, 0) == [1]


@pytest.mark.parametrize(("text", "speakers", "rule"), [
    # Rule topic_lead_in: "<person> on <topic>:" introduces that person's words.
    ('The Canucks lost 5-1 on Saturday.\n\nCanucks head coach Rick Tocchet on his team\'s '
     'effort: "We were soft. Plain and simple."', ["Rick Tocchet"], "topic_lead_in"),
    ('The talks resumed on Monday.\n\nCarney on the tariffs: "We will respond."', ["Carney"],
     "topic_lead_in"),
])
def test_rule_topic_lead_in(text, speakers, rule):
    ex, feats = extract_with_features(text)
    assert [q.speaker for q in ex.quotes] == speakers
    assert f"rule={rule}" in feats[0]


@pytest.mark.parametrize(("text", "speakers"), [
    # Rule response_after_quote: "X agreed." after a quote that ends its sentence responds.
    ('Rick Tocchet said the team was flat. "We were soft. Plain and simple." Defenceman Quinn '
     'Hughes, who had two assists, agreed.', ["Rick Tocchet"]),
    ('"We were soft," Hughes agreed.', ["Hughes"]),
    ('Bernie Sanders smiled. "You ruined it, huh?" he responded.', ["Bernie Sanders"]),
])
def test_rule_response_after_quote(text, speakers):
    assert [q.speaker for q in extract(text).quotes] == speakers


def test_a_document_named_with_its_complement_is_a_source():
    text = ('Investors were stunned. The statement of claim alleges the company "knowingly '
            'misled" investors.')
    (quote,) = extract(text).quotes
    assert (quote.speaker, quote.speaker_mention) == (None, "The statement of claim")


@pytest.mark.parametrize(("text", "speakers"), [
    # Rule read_from: the reader of a document is not the source of its words.
    ('The trial opened Monday.\n\nThe Crown read from the accused\'s text messages, including '
     'one that said: "I\'m going to make him pay."', [None]),
    ('Council met Tuesday.\n\nMayor Olivia Chow read aloud from the letter: "We can no longer '
     'afford to live here."', [None]),
    # Reading a statement out is still a cue of its own: "the statement read" is the document's.
    ('"We will review the decision," the statement read.', [None]),
])
def test_rule_read_from(text, speakers):
    assert [q.speaker for q in extract(text).quotes] == speakers


@pytest.mark.parametrize(("text", "mention"), [
    # Rule place_of_source: people described by a plural role, then where they are from.
    ('Officials in Ottawa say the plan is "dead on arrival."', "Officials"),
    ('Municipalities are buckling, and mayors from Toronto to Montreal say they have "run out '
     'of room."', "mayors"),
    ('Residents of Halifax said the storm was "terrifying and loud."', "Residents"),
])
def test_rule_place_of_source_for_people_described_by_a_plural_role(text, mention):
    ex, (feats,) = extract_with_features(text)
    assert (ex.quotes[0].speaker, ex.quotes[0].speaker_mention) == (None, mention)
    assert "rule=place_of_source" in feats


@pytest.mark.parametrize(("text", "mention"), [
    # The writer's or the paper's own ("Your columnist", "our reporter") names no one.
    ('Letter of the day\n\nYour columnist writes that seniors are "living large." I disagree.',
     "Your columnist"),
    ('Our reporter asked the minister about the plan. "We have no comment at this time," our '
     'reporter said.', "our reporter"),
])
def test_first_person_owners_name_no_one(text, mention):
    (quote,) = extract(text).quotes
    assert (quote.speaker, quote.speaker_mention) == (None, mention)


@pytest.mark.parametrize(("text", "speakers"), [
    # Rule number_comma: the comma of "43,000" opens no appositive.
    ('The Ontario Medical Association, which represents the province\'s 43,000 physicians, said '
     'the deal was "a good start." OMA president Dr. Dominik Nowak said doctors were '
     '"cautiously optimistic."', ["Ontario Medical Association", "Dominik Nowak"]),
    # A cue with a reported clause of its own ("said doctors were") is not the cue of the
    # quote that ended the sentence before it.
    ('Doctors reacted on Monday. The deal was "a good start for all of us." Nowak said doctors '
     'were "cautiously optimistic."', [None, "Nowak"]),
])
def test_appositives_with_numbers_and_cues_with_clauses(text, speakers):
    assert [q.speaker for q in extract(text).quotes] == speakers
