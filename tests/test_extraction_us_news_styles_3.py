"""Fourth round of US political news (2019-2026), in styles and outlets the first three rounds
left out: AP and Reuters wire copy (datelines, "R-Calif.", "told Reuters", sources, credit
lines), local newspapers and TV station sites (mayors, sheriffs, residents with their age,
station call letters, tip lines), state-house reporting (lieutenant governors, speakers, pro
tems, "R-Fort Worth"), live blogs with timestamps, long-form magazine features (New Yorker and
Atlantic: "he told me", scenes, multi-paragraph quotes), debate and hearing write-ups with
back-and-forth exchanges, court reporting (judges, prosecutors, defense lawyers, filings and
opinions), business and economy news (the Fed, Treasury, chief economists, CEOs, analysts'
notes), interviews in question-and-answer form, corrections and updates. None comes from an
annotated corpus; each lists the speakers a reader would name, one per quote found, in order
(None: kept with no named speaker). The cases still failing are strict xfails with the reason.
The earlier rounds are tests/test_extraction_us_news_styles.py, _us_news_styles_2.py and
tests/test_extraction_us_web_styles.py."""

from __future__ import annotations

import pytest

from tracker.extraction import extract
from tracker.extraction.engine import extract_with_features
from tracker.extraction.lexicon import STOP
from tracker.extraction.names import find_names, party_tag
from tracker.extraction.subjects import object_of_preposition

CASES = [
    # AP wire copy: datelines, "the Republican said", second-day ledes, "said Tuesday"
    ('WASHINGTON (AP) — President Joe Biden on Tuesday urged Congress to pass the border bill, '
     'saying lawmakers "have a duty to act." "The time for games is over," Biden said at the '
     'White House.',
     ['Joe Biden', 'Joe Biden']),
    ('PHOENIX (AP) — Arizona Secretary of State Adrian Fontes said Monday that county officials '
     'who refuse to certify results "will be held accountable." The Democrat did not say what '
     'action he would take.',
     ['Adrian Fontes']),
    ('ATLANTA (AP) — "Georgia voters deserve better than this," said Brad Raffensperger, the '
     'state\'s Republican secretary of state, in an interview with The Associated Press.',
     ['Brad Raffensperger']),
    ('DES MOINES, Iowa (AP) — Nikki Haley told voters at a packed diner Saturday that the '
     'country needed "a new generation of leadership." The former South Carolina governor '
     'added, "I don\'t do drama."',
     ['Nikki Haley', 'Nikki Haley']),
    ('MADISON, Wis. (AP) — Wisconsin Gov. Tony Evers vetoed the Republican-drawn maps on '
     'Thursday. "These maps are no better than the ones they replace," the Democratic governor '
     'said in a statement.',
     ['Tony Evers']),
    ('The White House did not immediately respond to a request for comment. Rep. Steve Scalise, '
     'the No. 2 House Republican, said the administration was "asleep at the wheel."',
     ['Steve Scalise']),
    ('"It\'s a sad day for the country," said Ohio Republican Sen. Rob Portman, who is retiring. '
     '"But it is not the end of the story."',
     ['Rob Portman', 'Rob Portman']),
    ('WASHINGTON (AP) — The Supreme Court on Friday left in place a ruling that blocked the '
     'rule. Justice Sonia Sotomayor, writing in dissent, said the court had "once again '
     'abandoned" its role.',
     ['Sonia Sotomayor']),
    ('Associated Press writers Lisa Mascaro and Farnoush Amiri contributed to this report.',
     []),
    ('House Speaker Kevin McCarthy, R-Calif., told reporters Wednesday that he would "never" '
     'agree to the Senate plan. Asked if a shutdown was now likely, he said, "That\'s up to the '
     'Senate."',
     ['Kevin McCarthy', 'Kevin McCarthy']),
    ('Sen. Raphael Warnock, D-Ga., said the decision was "a betrayal." His Republican opponent, '
     'Herschel Walker, called it "the right call."',
     ['Raphael Warnock', 'Herschel Walker']),
    ('"We have to be honest with the American people," Mike Pence, the former vice president, '
     'said in a speech in New Hampshire.',
     ['Mike Pence']),
    # Reuters: "told Reuters", sources, datelines with dates, "he added"
    ('WASHINGTON, March 3 (Reuters) - U.S. Treasury Secretary Janet Yellen said on Friday the '
     'banking system remained "sound and resilient," even as regional lenders came under '
     'pressure.',
     ['Janet Yellen']),
    ('"We are not going to be rushed," a senior administration official told Reuters, speaking '
     'on condition of anonymity because the talks are private.',
     [None]),
    ('Senate Majority Leader Chuck Schumer told Reuters in an interview that Democrats would '
     '"keep pushing" on voting rights. "This fight is not over," he added.',
     ['Chuck Schumer', 'Chuck Schumer']),
    ('The company declined to comment. A spokesperson for the Commerce Department said the '
     'agency was "reviewing the matter."',
     ['Commerce Department']),
    ('"The risks to inflation remain tilted to the upside," Federal Reserve Governor '
     'Christopher Waller said in remarks prepared for delivery in Frankfurt.',
     ['Christopher Waller']),
    ('Two sources familiar with the matter said the president was "furious" about the leak. '
     'The White House declined to comment.',
     [None]),
    ('NEW YORK, Nov 9 (Reuters) - Shares of Tesla fell 4% after Chief Executive Elon Musk said '
     'the company faced "enormous challenges" in the coming year.',
     ['Elon Musk']),
    ('"This is a dangerous escalation," Secretary of State Antony Blinken told a news '
     'conference in Tokyo, adding that Washington would "respond accordingly."',
     ['Antony Blinken', 'Antony Blinken']),
    ('Reporting by Jeff Mason; Additional reporting by Trevor Hunnicutt; Editing by Heather '
     'Timmons',
     []),
    # local newspapers and TV station sites
    ('ST. PAUL, Minn. (KARE) — Minneapolis Mayor Jacob Frey told KARE 11 on Monday that the '
     'city was "not going to back down" from the policing agreement.',
     ['Jacob Frey']),
    ('"We just want answers," said Maria Lopez, whose son was killed in the crash. "That\'s all '
     'we\'ve ever wanted."',
     ['Maria Lopez', 'Maria Lopez']),
    ('Mayor Karen Bass spoke at a news conference Tuesday morning. "We are going to house every '
     'single one of these people," Bass said.',
     ['Karen Bass']),
    ('Council member Brandon Johnson, who represents the 4th Ward, said the budget was "a '
     'disaster waiting to happen." Council President Mary Ellen Hill disagreed. "It\'s '
     'balanced," she said.',
     ['Brandon Johnson', 'Mary Ellen Hill']),
    ('Sheriff Mark Lamb told 12News the investigation was ongoing. "We\'re not going to rush '
     'this," he said.',
     ['Mark Lamb']),
    ('Copyright 2024 WDAF. All rights reserved.',
     []),
    ('School board president Lisa Carver said the vote came down to money. "We simply don\'t '
     'have it," Carver told the Gazette after the meeting.',
     ['Lisa Carver']),
    ('"It\'s going to be a long night," County Clerk Dana DeBeauvoir said as ballots continued '
     'to arrive late Tuesday.',
     ['Dana DeBeauvoir']),
    ('Residents packed the township hall Thursday. "Nobody asked us," said Tom Brennan, 62, a '
     'retired teacher who has lived on Elm Street for 30 years.',
     ['Tom Brennan']),
    ('State Rep. Angela Romero, D-Orlando, called the bill "cruel." Rep. Jeff Holcomb, '
     'R-Spring Hill, said it was "long overdue."',
     ['Angela Romero', 'Jeff Holcomb']),
    ('Have a news tip? Email us at tips@wral.com or call 919-555-0100.',
     []),
    # state-house reporting
    ('AUSTIN — Lt. Gov. Dan Patrick said Tuesday the Senate would "not waste one more minute" '
     'on the House plan. House Speaker Dade Phelan shot back that Patrick was "throwing a '
     'tantrum."',
     ['Dan Patrick', 'Dade Phelan']),
    ('"This is the most important vote you will take this session," Senate President Pro Tem '
     'Greg Treat, R-Oklahoma City, told colleagues before the roll call.',
     ['Greg Treat']),
    ('Assembly Speaker Robert Rivas, D-Hollister, said in a statement that the deal "delivers '
     'for working families." Republicans were less impressed. "It\'s a shell game," said '
     'Assembly Republican Leader James Gallagher of Yuba City.',
     ['Robert Rivas', 'James Gallagher']),
    ('Gov. Gretchen Whitmer signed the bill at a ceremony in Lansing on Wednesday. "Michigan '
     'is open for business," Whitmer said, flanked by union leaders.',
     ['Gretchen Whitmer']),
    ('Sen. Mike Shirkey, the Republican majority leader, told reporters the governor had '
     '"overstepped." Asked whether he would sue, Shirkey said: "Everything is on the table."',
     ['Mike Shirkey', 'Mike Shirkey']),
    ('In floor debate, Rep. Zooey Zephyr, a Missoula Democrat, told colleagues they would see '
     '"blood on your hands." House Majority Leader Sue Vinton said the remark was '
     '"inappropriate and disrespectful."',
     ['Zooey Zephyr', 'Sue Vinton']),
    ('"The governor has made his position clear," said Taryn Fenske, a spokeswoman for Gov. '
     'Ron DeSantis.',
     ['Taryn Fenske']),
    ('The measure passed the House 88-56. Its sponsor, Rep. Matt Krause, R-Fort Worth, said he '
     'was "grateful" for the bipartisan support.',
     ['Matt Krause']),
    ('Attorney General Ken Paxton called the lawsuit "baseless." His office did not respond to '
     'questions about who had paid for the trip.',
     ['Ken Paxton']),
    # live blogs with timestamps
    ('8:14 p.m. ET\n\nFormer President Trump takes the stage in Manchester. "We\'re going to '
     'win New Hampshire," he tells the crowd.',
     ['Trump']),
    ('Updated 2:47 PM EDT\n\nSen. Joe Manchin tells CNN he is "not there yet" on the package.',
     ['Joe Manchin']),
    ('LIVE UPDATES\n\n9:02 a.m.: Polls are now open across Virginia. Gov. Glenn Youngkin voted '
     'early in Great Falls and told reporters he felt "very good."',
     ['Glenn Youngkin']),
    ('11:30 a.m. — Vice President Kamala Harris, speaking in Atlanta: "We are not going back."',
     ['Kamala Harris']),
    ('From CNN\'s Manu Raju\n\nHouse Republican Leader Kevin McCarthy said Monday he would '
     '"absolutely" run for speaker.',
     ['Kevin McCarthy']),
    ('4:05 p.m.\n\nThe jury has been sent home for the day. Judge Juan Merchan told jurors to '
     '"not discuss the case with anyone."',
     ['Juan Merchan']),
    ('Key Points\n\nBiden calls the ruling "deeply disappointing"\nTrump says he will '
     '"fight it all the way"',
     ['Biden', 'Trump']),
    ('Posted at 10:12 a.m.\n\nRep. Matt Gaetz just filed the motion to vacate. "Bring it on," '
     'McCarthy tweeted minutes later.',
     ['McCarthy']),
    ('6:58 p.m.\n\n"This race is too close to call," NBC News\' Steve Kornacki said on air.',
     ['Steve Kornacki']),
    # long-form magazine features (New Yorker, The Atlantic)
    ('When I met Senator Mitt Romney in his office, on a gray afternoon in March, he was eating '
     'a peanut-butter sandwich. "I\'m not sure the party I joined exists anymore," he told me. '
     'He paused. "Maybe it never did."',
     ['Mitt Romney', 'Mitt Romney']),
    ('"People think politics is about ideas," Stacey Abrams said. "It\'s about math." We were '
     'sitting in a coffee shop in East Atlanta, and she had a spreadsheet open on her laptop.',
     ['Stacey Abrams', 'Stacey Abrams']),
    ('Steve Bannon likes to talk about "flooding the zone." When I asked him what that meant, '
     'he laughed. "It means you never stop," he said.',
     ['Steve Bannon', 'Steve Bannon']),
    ('A former aide to the senator, who asked not to be named because she still works in '
     'politics, told me, "He is the loneliest man I have ever met."',
     [None]),
    ('Pete Buttigieg, the Transportation Secretary, has a way of answering questions in '
     'complete paragraphs. "The thing about infrastructure," he told me, "is that nobody '
     'notices it until it breaks."',
     ['Pete Buttigieg', 'Pete Buttigieg']),
    ('Liz Cheney is not given to introspection. But in her office in Cheyenne she allowed '
     'that the last three years had been "clarifying." "I know who my friends are," she said.',
     ['Liz Cheney', 'Liz Cheney']),
    ('"Look," Chris Christie told me, leaning back in his chair. "Nobody in that room thought '
     'he would lose."',
     ['Chris Christie', 'Chris Christie']),
    ('Later, walking to his car, Beto O\'Rourke was more candid. "I screwed up," he said. "I '
     'know that."',
     ["Beto O'Rourke", "Beto O'Rourke"]),
    ('The governor\'s chief of staff, a wiry man named Tom Hoffman, put it more bluntly: "We '
     'were flying blind."',
     ['Tom Hoffman']),
    ('"I didn\'t come here to make friends," Representative Alexandria Ocasio-Cortez said, '
     'when I asked whether she regretted the fight. "I came here to change things."',
     ['Alexandria Ocasio-Cortez', 'Alexandria Ocasio-Cortez']),
    ('Josh Shapiro told me that he thinks about his grandfather often. "He came here with '
     'nothing," Shapiro said.\n\n"And this country gave him everything. That is not a small '
     'thing.\n\n"That is the whole thing."',
     ['Josh Shapiro', 'Josh Shapiro', 'Josh Shapiro']),
    # debates and hearings: exchanges
    ('"Did you or did you not speak to the president that morning?" asked Rep. Adam Schiff. '
     '"I don\'t recall," Meadows replied.',
     ['Adam Schiff', 'Meadows']),
    ('At one point, Sen. Josh Hawley asked the nominee whether men could get pregnant. "I\'m '
     'not sure where you\'re going with this," she said.',
     [None]),
    ('Moderator Lester Holt asked Trump whether he would accept the results. "I want to see '
     'an honest election," Trump said. Biden interjected: "He won\'t."',
     ['Trump', 'Biden']),
    ('"Will you shut up, man?" Biden said at one point, as Trump continued to interrupt.',
     ['Biden']),
    ('Sen. Ted Cruz pressed Attorney General Merrick Garland on the memo. "Do you regret '
     'it?" Cruz asked. "No," Garland said. "I stand by it."',
     ['Ted Cruz', 'Merrick Garland', 'Merrick Garland']),
    ('Vance said Walz had "been caught lying." Walz, visibly flustered, responded: "I\'ve been '
     'a knucklehead at times."',
     ['Vance', 'Walz']),
    ('Committee Chairman James Comer, R-Ky., opened the hearing by calling the investigation '
     '"the most important of our lifetime." Ranking member Jamie Raskin, D-Md., called it "a '
     'circus."',
     ['James Comer', 'Jamie Raskin']),
    pytest.param(
        'Under questioning from Sen. Amy Klobuchar, the FBI director acknowledged that the bureau '
        'had "made mistakes." "We own that," Christopher Wray said.',
        ['Christopher Wray', 'Christopher Wray'],
        marks=pytest.mark.xfail(strict=True, reason=(
            "'Under questioning from Sen. Amy Klobuchar' gives the questioner the quote; 'the "
            "FBI director' is named only in the next sentence"))),
    pytest.param(
        'DeSantis turned to Haley. "You\'re a mainstream media candidate," he said. "Ron, you '
        'just lie," she shot back.',
        ['DeSantis', 'Haley'],
        marks=pytest.mark.xfail(strict=True, reason=(
            "'he' and 'she' after 'DeSantis turned to Haley' stay unresolved: the two family "
            "names carry no sex"))),
    ('"Mr. Zuckerberg, you have blood on your hands," Sen. Lindsey Graham said as the hearing '
     'opened.',
     ['Lindsey Graham']),
    ('Harris said Trump had "no plan" for health care. "I have concepts of a plan," Trump '
     'answered, drawing laughter from some in the audience.',
     ['Harris', 'Trump']),
    # court reporting: judges, attorneys, filings
    ('U.S. District Judge Tanya Chutkan wrote that the former president\'s claim of immunity '
     '"does not confer a lifelong get-out-of-jail-free pass."',
     ['Tanya Chutkan']),
    ('"The defendant has shown no remorse," Assistant U.S. Attorney Sarah Martin told the '
     'court. Defense attorney John Lauro countered that his client had "done nothing wrong."',
     ['Sarah Martin', 'John Lauro']),
    pytest.param(
        'In a 43-page filing late Friday, special counsel Jack Smith\'s office argued that Trump '
        '"resorted to crimes" to stay in power.',
        ["Jack Smith's office"],
        marks=pytest.mark.xfail(strict=True, reason=(
            "'special counsel Jack Smith's office' keeps only 'Smith's office'"))),
    ('Prosecutors wrote in the indictment that the scheme was "designed to deceive" '
     'investors.',
     [None]),
    ('Judge Aileen Cannon did not immediately rule. "I\'ll take it under advisement," she '
     'said.',
     ['Aileen Cannon']),
    ('Outside the courthouse, Alina Habba, an attorney for Trump, told reporters the verdict '
     'was "a disgrace." "We will appeal," she said.',
     ['Alina Habba', 'Alina Habba']),
    ('Chief Justice John Roberts, writing for the majority, said the president enjoys '
     '"absolute immunity" for core constitutional acts. In her dissent, Justice Ketanji Brown '
     'Jackson called the ruling "a seismic shift."',
     ['John Roberts', 'Ketanji Brown Jackson']),
    ('"Your honor, the state has not met its burden," defense lawyer Steve Sadow said during '
     'closing arguments.',
     ['Steve Sadow']),
    ('The judge cut him off. "Mr. Kise, I have read your brief," Justice Arthur Engoron said. '
     '"Sit down."',
     ['Arthur Engoron', 'Arthur Engoron']),
    ('According to the complaint, the officer told the victim, "You\'re going to regret '
     'this."',
     [None]),
    ('A spokesman for the Manhattan district attorney\'s office declined to comment. Trump\'s '
     'lawyer, Todd Blanche, said in an email that the charges were "legally baseless."',
     ['Todd Blanche']),
    pytest.param(
        'The 5th U.S. Circuit Court of Appeals said in its opinion that the law was "plainly '
        'unconstitutional."',
        ['5th U.S. Circuit Court of Appeals'],
        marks=pytest.mark.xfail(strict=True, reason=(
            "the ordinal of 'The 5th U.S. Circuit Court of Appeals' is dropped from the "
            "court's name"))),
    # business and economy news with officials
    ('Fed Chair Jerome Powell told reporters after the meeting that the central bank was '
     '"prepared to raise rates further if appropriate." "We are not there yet," he said of '
     'rate cuts.',
     ['Jerome Powell', 'Jerome Powell']),
    ('"Consumers are still spending, but they\'re getting choosier," said Diane Swonk, chief '
     'economist at KPMG.',
     ['Diane Swonk']),
    ('Commerce Secretary Gina Raimondo said the chips funding would "bring manufacturing '
     'home." Intel CEO Pat Gelsinger called it "a historic moment."',
     ['Gina Raimondo', 'Pat Gelsinger']),
    ('In a note to clients, Goldman Sachs analysts wrote that tariffs would "weigh on growth" '
     'through 2026.',
     ['Goldman Sachs']),
    ('"We expect the labor market to cool," Labor Secretary Julie Su said in an interview '
     'Friday. "But it remains strong."',
     ['Julie Su', 'Julie Su']),
    ('Boeing CEO Dave Calhoun told employees in a memo that the company would "learn from this '
     'incident." The FAA administrator, Mike Whitaker, said the agency was "not satisfied."',
     ['Dave Calhoun', 'Mike Whitaker']),
    ('Treasury Secretary Scott Bessent said on Sunday that the administration would not '
     '"blink first" in its trade fight with China.',
     ['Scott Bessent']),
    ('"Housing affordability is the worst it has been in decades," said Lawrence Yun, the '
     'National Association of Realtors\' chief economist. Sales fell 4.1% in March.',
     ['Lawrence Yun']),
    ('Amazon said in a statement that the union vote "does not reflect" the views of most '
     'workers.',
     ['Amazon']),
    ('Shawn Fain, president of the United Auto Workers, told members in a Facebook live '
     'address that the companies had "made record profits." "We want our fair share," he '
     'said.',
     ['Shawn Fain', 'Shawn Fain']),
    # interviews in question-and-answer form
    ('This interview has been edited for length and clarity.\n\nQ: Why did you vote against '
     'the bill?\n\nA: "Because it spends money we don\'t have," Sen. Rand Paul said.',
     ['Rand Paul']),
    ('Gov. Jared Polis sat down with The Denver Post this week.\n\nDenver Post: Will you run for '
     'president?\n\nPolis: "I love my job."',
     ['Jared Polis']),
    ('Q. What did the president say to you?\n\nA. He said, "Get it done."',
     [None]),
    ('We asked Sen. Tammy Duckworth about the veterans bill. "It\'s personal for me," she '
     'said. "It always has been."',
     ['Tammy Duckworth', 'Tammy Duckworth']),
    ('In a wide-ranging interview with NPR, former Speaker Nancy Pelosi said she had "no '
     'regrets" about stepping down from leadership.',
     ['Nancy Pelosi']),
    # corrections and updates
    pytest.param(
        'Correction: An earlier version of this story misidentified the senator who called the '
        'plan "dead on arrival." It was Sen. John Thune, not Sen. John Cornyn.',
        ['John Thune'],
        marks=pytest.mark.xfail(strict=True, reason=(
            "the senator is named only after the quote ('It was Sen. John Thune'), so the "
            "three-word quote has no speaker and is dropped (before rule correction_label, "
            "the label 'Correction' was its speaker)"))),
    ('This story has been updated with comment from the governor\'s office. "The governor '
     'stands by his decision," spokesman Sam Ruth said.',
     ['Sam Ruth']),
    ('UPDATE, 3:30 p.m.: A spokesperson for Sen. Bob Menendez said in a statement that the '
     'senator "will be fully exonerated."',
     ['spokesperson for Sen. Bob Menendez']),
    ('Editor\'s note: This article has been updated to reflect that Rep. Henry Cuellar, D-Texas, '
     'pleaded not guilty. "I am innocent," Cuellar said Friday.',
     ['Henry Cuellar']),
    ('CORRECTION (Jan. 12): A previous version of this article incorrectly said the mayor '
     'called the plan "reckless." He called it "rushed."',
     [None, None]),
    # more wire and hearing styles
    ('Speaking to reporters at the Capitol, Senate Minority Leader Mitch McConnell said the '
     'nominee was "well qualified" and deserved "a fair hearing."',
     ['Mitch McConnell', 'Mitch McConnell']),
    ('Texas Gov. Greg Abbott said the buses would keep running. "Until the border is secure, '
     'we will continue," Abbott said.',
     ['Greg Abbott']),
    ('"I think he\'s wrong," Rep. Don Bacon, R-Neb., said of the president. "And I\'ve told '
     'him that."',
     ['Don Bacon', 'Don Bacon']),
    ('White House press secretary Karine Jean-Pierre told reporters aboard Air Force One that '
     'the president was "focused on the American people."',
     ['Karine Jean-Pierre']),
    ('New York Attorney General Letitia James said the settlement "sends a clear message." The '
     'company admitted no wrongdoing.',
     ['Letitia James']),
    ('"The election was stolen," Lindell told the crowd, without evidence.',
     ['Lindell']),
    pytest.param(
        'Sen. Kyrsten Sinema, I-Ariz., left the chamber without speaking to reporters. Her office '
        'later issued a statement saying she "remains committed" to the deal.',
        [None],
        marks=pytest.mark.xfail(strict=True, reason=(
            "'Her office later issued a statement saying she \"remains committed\"': with no "
            "one named as the source the two-word quote is dropped as a scare quote ('Her "
            "office said she ...' keeps it, with no named speaker)"))),
    ('Rep. Ritchie Torres, D-N.Y., called the protest "antisemitic." Rep. Rashida Tlaib, '
     'D-Mich., said such claims were "dishonest and dangerous."',
     ['Ritchie Torres', 'Rashida Tlaib']),
    ('Asked about the polls, Biden campaign chair Jen O\'Malley Dillon said, "We\'ve always '
     'known this would be close."',
     ["Jen O'Malley Dillon"]),
    ('Gov. Andy Beshear of Kentucky, a Democrat, told Fox News Sunday he was "not interested" '
     'in the vice presidency.',
     ['Andy Beshear']),
    ('"Enough is enough," the mothers chanted outside the statehouse.',
     [None]),
    ('Former national security adviser John Bolton wrote in his book that Trump had asked for '
     'help "to win the election."',
     ['John Bolton']),
    ('Homeland Security Secretary Kristi Noem said the raids would "continue every single '
     'day." Chicago Mayor Brandon Johnson called them "an act of terror."',
     ['Kristi Noem', 'Brandon Johnson']),
    ('"We\'re going to look at everything," Defense Secretary Pete Hegseth told reporters at '
     'the Pentagon on Thursday.',
     ['Pete Hegseth']),
    ('Rep. Thomas Massie, R-Ky., said in a post on X that the bill was "a debt bomb." Trump '
     'responded on Truth Social, calling Massie "a third-rate congressman."',
     ['Thomas Massie', 'Trump']),
    ('NYC mayoral candidate Zohran Mamdani told supporters Tuesday night that "the future is '
     'in your hands." Andrew Cuomo conceded shortly before midnight.',
     ['Zohran Mamdani']),
]


@pytest.mark.parametrize(("text", "speakers"), CASES)
def test_speakers_of_us_news_styles_3(text, speakers):
    assert [q.speaker for q in extract(text).quotes] == speakers


@pytest.mark.parametrize(("tag", "is_tag"), [
    # rule party_tag: the party and state after a lawmaker's name is no one's name
    ("R-Fort Worth", True),
    ("D-N.Y", True),
    ("I-Ariz", True),
    ("Jean-Pierre", False),
    ("R-", False),
])
def test_party_tag(tag, is_tag):
    assert party_tag(tag) is is_tag


@pytest.mark.parametrize(("text", "speakers"), [
    ('Its sponsor, Rep. Matt Krause, R-Fort Worth, said he was "grateful."', ["Matt Krause"]),
    ('The bill, by Sen. Jane Doe, D-San Antonio, would "fix the problem," she said.',
     ["Jane Doe"]),
])
def test_party_tag_leaves_the_lawmaker(text, speakers):
    assert [q.speaker for q in extract(text).quotes] == speakers


@pytest.mark.parametrize(("prefix", "obj"), [
    # rule object_of_preposition: a name after a preposition is no participle's subject
    ("Trump responded on", True),
    ("The head of", True),
    ("Trump said the", False),
    ("The Washington Post columnist", False),
])
def test_object_of_preposition(prefix, obj):
    assert object_of_preposition(prefix) is obj


@pytest.mark.parametrize(("text", "speaker"), [
    ('Trump responded on Truth Social, calling Massie "a third-rate congressman."', "Trump"),
    ('Trump spoke to Fox News, calling Massie "a third-rate congressman."', "Trump"),
])
def test_participle_subject_is_not_the_object(text, speaker):
    assert [q.speaker for q in extract(text).quotes] == [speaker]


@pytest.mark.parametrize("label", ["Correction", "Corrections", "Clarification"])
def test_correction_label(label):
    # rule correction_label: the label of a correction or clarification is no one's name
    text = f'{label}: An earlier version of this story misquoted the mayor as saying "no."'
    assert label in STOP
    assert all(q.speaker != label for q in extract(text).quotes)


@pytest.mark.parametrize(("run", "name", "role"), [
    # rule title_before_given_name: an office's words, a title, then a known given name
    ("Federal Reserve Chair Jerome Powell", ("Jerome", "Powell"), "Federal Reserve Chair"),
    ("County Clerk Dana DeBeauvoir", ("Dana", "DeBeauvoir"), "County Clerk"),
    ("Senate President Pro Tem Greg Treat", ("Greg", "Treat"), "Senate President Pro Tem"),
    ("Harris County Judge Lina Hidalgo", ("Lina", "Hidalgo"), "Harris County Judge"),
])
def test_title_before_given_name(run, name, role):
    text = f'{run} said it was "late."'
    [m] = find_names(text, 0, len(text))
    assert (m.name, m.role) == (name, role)


@pytest.mark.parametrize(("text", "speaker", "rule"), [
    # rule participle_lead_in: a name, "speaking" and where or "asked" and about what, a colon
    ('11:30 a.m. — Vice President Kamala Harris, speaking in Atlanta: "We are not going back."',
     "Kamala Harris", "participle_lead_in"),
    ('9:40 p.m. — Sen. John Fetterman, speaking at his victory party: "We jammed them up."',
     "John Fetterman", "participle_lead_in"),
    ('10:05 a.m. ET — House Speaker Mike Johnson, asked about the deadline: "We will meet it."',
     "Mike Johnson", "participle_lead_in"),
    # rule named_apposition: an appositive ending "named" and a name gives the subject
    ('The chief of staff, a wiry man named Tom Hoffman, said: "We were flying blind."',
     "Tom Hoffman", "named_apposition"),
])
def test_the_named_rule_decides(text, speaker, rule):
    ex, feats = extract_with_features(text)
    assert ex.quotes[0].speaker == speaker and f"rule={rule}" in feats[0]


@pytest.mark.parametrize(("text", "speakers"), [
    # rule question_then_answer: a quoted question does not share its answer's tail cue
    ('Prosecutor Nathan Wade asked the witness, "Did you see him that night?" "No," she '
     'answered.', ["Nathan Wade", None]),
    ('Guns are "a crisis" and "stunt growth," Dean said.', ["Dean", "Dean"]),
])
def test_question_then_answer(text, speakers):
    assert [q.speaker for q in extract(text).quotes] == speakers
