"""Paragraphs in the styles of news the extractor was not tuned on (issue 11): Canadian,
British, Australian and Asian titles and name orders, documents and agencies, courts and police,
columns, posts and boilerplate. None comes from the annotated corpus; they were written for this
test, each with the speakers a reader would name, one per quote found, in order (None: the quote
is kept with no named speaker)."""

from __future__ import annotations

import pytest

from tracker.extraction import extract

CASES = [
    ('"We are working to rebook every passenger," said Air Canada spokesperson Peter '
     'Fitzpatrick.',
     ['Peter Fitzpatrick']),
    ('Jane Philpott, who resigned from cabinet in March, said the process was flawed. '
     '"I could not stay," she said.',
     ['Jane Philpott']),
    ('"I have never seen anything like it," Michelle Rempel Garner '
     '(Conservative—Calgary Nose Hill) said in the House.',
     ['Michelle Rempel Garner']),
    ('The MP for Kingston and the Islands, Mark Gerretsen, said the motion was "a '
     'stunt."',
     ['Mark Gerretsen']),
    ('"The risk remains low," Dr. Theresa Tam, Canada\'s chief public health officer, '
     'said Friday.',
     ['Theresa Tam']),
    ('"We want peace on the peninsula," South Korean President Lee Jae-myung said on '
     'Tuesday.',
     ['Lee Jae-myung']),
    ('"India will not bow to pressure," External Affairs Minister S. Jaishankar said.',
     ['S. Jaishankar']),
    ('Opposition Leader Peter Dutton said the budget was "a con job."',
     ['Peter Dutton']),
    ('"Inflation is moderating," Treasurer Jim Chalmers told ABC radio.',
     ['Jim Chalmers']),
    ('"This is a day of mourning," Mr Albanese said. "We grieve with the families."',
     ['Albanese', 'Albanese']),
    ('Foreign Minister Penny Wong was in Jakarta. "We are partners," Ms Wong told '
     'reporters.',
     ['Penny Wong']),
    ('"We will fix the foundations," Sir Keir Starmer said in Downing Street.',
     ['Keir Starmer']),
    ('Speaking to reporters on Parliament Hill, Poilievre said: "Axe the tax."',
     ['Poilievre']),
    ('Freeland, speaking to reporters in Ottawa, said "everything is on the table."',
     ['Freeland']),
    ('"We are prepared for any outcome," Prime Minister Fumio Kishida told parliament.',
     ['Fumio Kishida']),
    ('"Singapore must stay united," Mr Lee Hsien Loong said at the rally.',
     ['Lee Hsien Loong']),
    ('"It was terrifying," said one resident, Mary Brown, who lives nearby.',
     ['Mary Brown']),
    ('"We will respond in due course," the statement from the Prime Minister\'s Office '
     'read.',
     ["Prime Minister's Office"]),
    ('"Canadians deserve better," NDP Leader Jagmeet Singh wrote on X, formerly '
     'Twitter.',
     ['Jagmeet Singh']),
    ('Doug Ford met Justin Trudeau on Friday. "We had a good meeting," Ford told '
     'reporters afterward. "He listened."',
     ['Doug Ford', 'Doug Ford']),
    ('Melanie Joly spoke with her counterpart. "Canada stands with Ukraine," she said. '
     'Her ministry later issued a clarification.',
     ['Melanie Joly']),
    ('"There is no plan B," the premier said. Danielle Smith had earlier called the '
     'policy "a disaster."',
     [None, 'Danielle Smith']),
    ('Health Minister Mark Holland and his critic, Stephen Ellis, clashed in committee. '
     '"This is shameful," Ellis said.',
     ['Stephen Ellis']),
    # rule spokesperson_for: the unnamed spokesperson described with the company
    ('"We have no comment at this time," a spokesperson for Loblaw Companies Ltd. said '
     'in an email.',
     ['spokesperson for Loblaw Companies Ltd.']),
    ('"The numbers speak for themselves," Statistics Canada said in its release.',
     ['Statistics Canada']),
    ('"I am honoured," said Mayor Olivia Chow at the ceremony.',
     ['Olivia Chow']),
    ('RCMP Supt. Chris Clark said investigators were "following every lead."',
     ['Chris Clark']),
    ('"It is a sad day," Chief Justice Richard Wagner said.',
     ['Richard Wagner']),
    ('Defence lawyer Marie Henein said her client was "relieved."',
     ['Marie Henein']),
    ('Indigenous Services Minister Patty Hajdu said the deal was "historic." Chief '
     'Cindy Woodhouse Nepinak of the Assembly of First Nations called it "a first '
     'step."',
     ['Patty Hajdu', 'Cindy Woodhouse Nepinak']),
    ('"The tariffs are a tax on Americans," Carney said, as reported by Reuters.',
     ['Carney']),
    ('Former prime minister Stephen Harper weighed in. "It was a mistake," Harper said.',
     ['Stephen Harper']),
    ('"We need more homes," Housing Minister Sean Fraser said. "Now."',
     ['Sean Fraser', 'Sean Fraser']),
    ('Xi Jinping met Joe Biden in San Francisco. "The world is big enough for both," Mr '
     'Xi said.',
     ['Xi Jinping']),
    ('"Our relationship is strong," New Zealand Prime Minister Christopher Luxon said.',
     ['Christopher Luxon']),
    ('"Quite frankly, it is unacceptable," Toronto Police Chief Myron Demkiw told '
     'reporters.',
     ['Myron Demkiw']),
    ('"I won\'t be running again," Pierre Poilievre\'s former deputy, Melissa Lantsman, '
     'said.',
     ['Melissa Lantsman']),
    ('Narendra Modi addressed the rally in Varanasi.\n\n"India is the mother of '
     'democracy," the prime minister said.\n\n"We will build a developed India by '
     '2047."',
     ['Narendra Modi', 'Narendra Modi']),
    ('Chinese Foreign Ministry spokesperson Mao Ning said Beijing "firmly opposes" the '
     'move.',
     ['Mao Ning']),
    ("Japan's top government spokesman, Chief Cabinet Secretary Yoshimasa Hayashi, said "
     'Tokyo would "respond firmly."',
     ['Yoshimasa Hayashi']),
    ('Anwar Ibrahim, Malaysia\'s prime minister, told reporters: "We will not be '
     'bullied."',
     ['Anwar Ibrahim']),
    ('"It was a misunderstanding," said Ms. Tan, 45, a teacher from Singapore.',
     ['Tan']),
    ('Catherine McKenna and Pierre Poilievre clashed in the debate. "You have no plan," '
     'she told him. "I have a plan," he replied.',
     ['Catherine McKenna', 'Pierre Poilievre']),
    ('In a video posted to Instagram, Justin Trudeau said: "Thank you, Canada."',
     ['Justin Trudeau']),
    ('Premier Wab Kinew took to social media on Saturday. "Manitobans are resilient," '
     'he wrote.',
     ['Wab Kinew']),
    ('Sign up for our newsletter\n\n"The economy is slowing," said Tiff Macklem, '
     'governor of the Bank of Canada.',
     ['Tiff Macklem']),
    ('The columnist writes every week. I spoke to Maria Lopez, who runs a bakery in '
     'Kensington Market. "Rent has doubled," she told me.',
     ['Maria Lopez']),
    ('Story continues below advertisement\n\nHe said: "We are done here."',
     [None]),
    ('South Korea\'s Yoon Suk Yeol met Kishida. "We have turned a new page," Yoon said.',
     ['Yoon Suk Yeol']),
    ('"We are not a threat to anyone," Tsai Ing-wen said in Taipei.',
     ['Tsai Ing-wen']),
    ('Elections Canada spokesperson Matthew McKenna said turnout was "strong."',
     ['Matthew McKenna']),
    ('"Housing is a human right," said Coun. Alejandra Bravo, who represents Davenport.',
     ['Alejandra Bravo']),
    ('Moe told reporters in Regina. "Saskatchewan will not pay the carbon tax," the '
     'premier said.',
     ['Moe']),
    ('Bank of Canada Governor Tiff Macklem said rates would "stay higher for longer." '
     'Senior Deputy Governor Carolyn Rogers echoed him: "We are not done."',
     ['Tiff Macklem', 'Carolyn Rogers']),
    ('Australia\'s Prime Minister Anthony Albanese said the deal was "a win for both '
     'countries."',
     ['Anthony Albanese']),
    ('Former British prime minister Boris Johnson said Ukraine must "win this war."',
     ['Boris Johnson']),
    ('Labour MP Dawn Butler said: "This is institutional racism."',
     ['Dawn Butler']),
    ('Home Secretary Yvette Cooper told the Commons: "We will restore order."',
     ['Yvette Cooper']),
    ('Doug Ford echoed the mayor. "We need the subway now," Ford echoed.',
     ['Doug Ford']),
    ('Jagmeet Singh scolded the prime minister. "You have failed workers," Singh '
     'scolded.',
     ['Jagmeet Singh']),
    ('Pierre Poilievre took to X on Sunday: "The carbon tax is dead."',
     ['Pierre Poilievre']),
    ('Elon Musk took to X to respond. "This is false," he wrote.',
     ['Elon Musk']),
    ('Danielle Smith wrote on Facebook that the policy was "an attack on Alberta."',
     ['Danielle Smith']),
    ('In an interview with CBC News, Chrystia Freeland said the tariffs were '
     '"unacceptable."',
     ['Chrystia Freeland']),
    ('"We are not going anywhere," Olivia Chow posted on Instagram.',
     ['Olivia Chow']),
    ('"This is a disgrace," fumed Conservative MP Michael Cooper.',
     ['Michael Cooper']),
    ('"We will win this," vowed NDP Leader Jagmeet Singh.',
     ['Jagmeet Singh']),
    ('"It was a tough year," conceded Bank of Canada Governor Tiff Macklem.',
     ['Tiff Macklem']),
    ('"Not on my watch," the premier quipped. David Eby had been asked about the '
     'pipeline.',
     [None]),
    ('Marc Miller, the immigration minister, doubled down: "The cap stays."',
     ['Marc Miller']),
    ('Karina Gould, the government House leader, told The Canadian Press in an '
     'interview that the bill was "a priority."',
     ['Karina Gould']),
    ('Asked whether he would resign, Trudeau replied: "No."',
     ['Trudeau']),
    ('When asked about the deal, Ford said, "It\'s a great day for Ontario."',
     ['Ford']),
    ('Smith, speaking in Calgary on Friday, insisted that Alberta "will not back down."',
     ['Smith']),
    ('"I am not a quitter," Boris Johnson told the BBC, adding: "I will fight on."',
     ['Boris Johnson', 'Boris Johnson']),
    ('Rishi Sunak, in his final speech as prime minister, told the country: "I have '
     'heard your anger."',
     ['Rishi Sunak']),
    ('"It is a moment of reckoning," as Mark Carney put it on Tuesday.',
     ['Mark Carney']),
    ('Ontario Superior Court Justice Jane Kelly ruled on Friday. "The evidence is '
     'overwhelming," Kelly wrote in her decision.',
     ['Jane Kelly']),
    ('"The accused acted with intent," Justice Michael Code wrote.',
     ['Michael Code']),
    ('Det. Sgt. Ryan Kim said officers were "still searching for a motive."',
     ['Ryan Kim']),
    ('Staff Sgt. Marco Ricciardi of Toronto police said the area was "secure."',
     ['Marco Ricciardi']),
    ('"There is no risk to the public," said Insp. Stephen Smith.',
     ['Stephen Smith']),
    ('Defence lawyer Danielle Robitaille argued her client was "not a flight risk."',
     ['Danielle Robitaille']),
    # rule spokesperson_for: the unnamed spokesperson described with the ministry
    ('"We are reviewing the decision," said a spokesperson for the Ministry of the '
     'Attorney General.',
     ['spokesperson for the Ministry of the Attorney General']),
    ('The coroner, Dr. Dirk Huyer, said the death was "preventable."',
     ['Dirk Huyer']),
    ('Chief Coroner Dr. Dirk Huyer said the death was "preventable."',
     ['Dirk Huyer']),
    ('Crown attorney Sarah Shaikh told the jury the killing was "planned and '
     'deliberate."',
     ['Sarah Shaikh']),
    ('Const. Alex Li, a police spokesperson, said the suspect "fled on foot."',
     ['Alex Li']),
    ('"Nobody is above the law," Prime Minister Mark Carney said, adding, "Nobody."',
     ['Mark Carney', 'Mark Carney']),
    ('Mr Justice Fordham said the policy was "unlawful."',
     ['Fordham']),
    ('Lord Justice Singh said the Home Office had "acted irrationally."',
     ['Singh']),
    ('By Andrew Coyne\n\nThe government has lost its way. As one senior official put it '
     'to me, "Nobody knows what the plan is."\n\nI have heard this before.',
     [None]),
    ('OPINION\n\nI spoke to Sheila Watt-Cloutier last week.\n\n"The Arctic is the '
     'barometer of the planet," she told me.\n\n"We are the canaries in the coal mine."',
     ['Sheila Watt-Cloutier', 'Sheila Watt-Cloutier']),
    ('Finance Minister François-Philippe Champagne tabled the budget. The minister said '
     'the deficit was "under control."\n\n"We have a plan," he said.',
     ['François-Philippe Champagne', 'François-Philippe Champagne']),
    ('Anita Anand met her counterpart on Tuesday.\n\n"We discussed trade, security and '
     'the Arctic. It was a productive meeting."\n\nShe left for Brussels that night.',
     ['Anita Anand']),
    ('Mélanie Joly, the foreign affairs minister, spoke first. Then Dominic LeBlanc '
     'took the floor. "We are not naive," LeBlanc said. "But we are hopeful," Joly '
     'added.',
     ['Dominic LeBlanc', 'Mélanie Joly']),
    ('Columnist Margaret Wente once wrote that Canada was "a nation of whiners." She '
     'was wrong.',
     ['Margaret Wente']),
    ('"We were shocked," said Amira Elghawaby, Canada\'s special representative on '
     'combatting Islamophobia.',
     ['Amira Elghawaby']),
    ("Kevin O'Leary, the businessman and Shark Tank star, said the plan was "
     '"ridiculous."',
     ["Kevin O'Leary"]),
    ('"It is a tragedy," said Nunavut Premier P.J. Akeeagok.',
     ['P.J. Akeeagok']),
]


@pytest.mark.parametrize(("text", "speakers"), CASES)
def test_speakers_of_news_in_other_styles(text, speakers):
    assert [q.speaker for q in extract(text).quotes] == speakers
