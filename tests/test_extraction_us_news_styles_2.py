"""Second round of US political news of other months (2017-2024) than the annotated 2015-16
campaign: the Trump and Biden administrations, impeachments, the pandemic, the January 6
hearings, Supreme Court rulings, indictments and trials, midterms and the 2024 campaign, in the
styles of the seven train outlets (NYT with Mr./Ms. and two-apostrophe marks, WaPo and The
Hill party-state tags, Politico, USA Today, HuffPost, Breitbart, Western Journal) and of AP,
Reuters, CNN and Fox. They stress several people of one family (Trumps, Bidens, Clintons), two
presidents in one story, women and men alternating, split quotes, partial quotes in reported
speech, paraphrase then a quote with no cue, quotes of quotes, exchanges at hearings, press
secretaries, posts on X and Truth Social, pollsters and fact checks. None comes from an
annotated corpus; each lists the speakers a reader would name, one per quote found, in order
(None: kept with no named speaker). The cases still failing are strict xfails with the
reason. tests/test_extraction_us_news_styles.py is the first round."""

from __future__ import annotations

import pytest

from tracker.extraction import extract
from tracker.extraction.attribution import (
    indefinite_description,
    owned_role,
    plural_after_break,
)
from tracker.extraction.engine import extract_with_features
from tracker.extraction.speakers import role_of_description
from tracker.extraction.text import platform_x

CASES = [
    # NYT: Mr./Ms., two-single-quote marks, several of one family
    ("Donald Trump Jr. told reporters on Tuesday that his father would ''never back down.'' "
     "Mr. Trump, speaking later in Iowa, said, ''My son is right.''",
     ['Donald Trump Jr', 'Trump']),  # (names keep 'Jr' without its stop)
    ("Ivanka Trump told the committee that she had accepted the attorney general's findings. "
     "''I respect Attorney General Barr,'' she said. ''I accepted what he was saying.''",
     ['Ivanka Trump', 'Ivanka Trump']),
    pytest.param(
        "Melania Trump rarely speaks in public. But on Thursday, the former first lady said in "
        "a statement that she was ''saddened'' by the violence. Her husband had not commented.",
        ['Melania Trump'],
        marks=pytest.mark.xfail(strict=True, reason=(
            "'the former first lady' names no one the article gave that role; the one-word "
            "quote with no speaker is then dropped as a scare quote"))),
    ("Hunter Biden said on Wednesday that he would testify only in public. ''I am here,'' Mr. "
     "Biden said outside the Capitol. ''Let me be clear: My father was not financially "
     "involved in my business.''",
     ['Hunter Biden', 'Hunter Biden']),
    ("President Biden pardoned his son on Sunday. In a statement, Mr. Biden said that Hunter "
     "had been ''singled out only because he is my son.''",
     ['Biden']),
    ("Hillary Clinton, appearing with her daughter, Chelsea, at a book event, said the ruling "
     "was ''a terrible day for women.'' Chelsea Clinton added that she was ''furious.''",
     ['Hillary Clinton', 'Chelsea Clinton']),
    ("Ms. Cheney, the vice chairwoman of the committee, opened the hearing with a warning. "
     "''Tonight I say this to my Republican colleagues,'' she said. ''There will come a day "
     "when Donald Trump is gone, but your dishonor will remain.''",
     ['Cheney', 'Cheney']),
    ("Mr. McCarthy said he had spoken with the former president on Jan. 6. ''He told me, "
     "'Well, Kevin, I guess these people are more upset about the election than you are,''' "
     "Representative Jaime Herrera Beutler said Mr. McCarthy had recounted.",
     ['Jaime Herrera Beutler']),
    # two presidents in play
    ("President Biden on Friday criticized his predecessor's plan. ''The former president "
     "wants to cut Social Security,'' Mr. Biden said. Mr. Trump fired back hours later, "
     "calling the claim ''a total lie.''",
     ['Biden', 'Trump']),
    ("Former President Barack Obama campaigned for Vice President Kamala Harris in "
     "Pittsburgh. ''She is ready,'' Mr. Obama said. Ms. Harris, speaking in Michigan, said "
     "she was ''grateful for his friendship.''",
     ['Barack Obama', 'Kamala Harris']),
    # WaPo
    ("Sen. Susan Collins (R-Maine) said she was ''disappointed'' by the nomination. Sen. Lisa "
     "Murkowski (R-Alaska) went further. ''I can't support this,'' she said.",
     ['Susan Collins', 'Lisa Murkowski']),
    ('Rep. Liz Cheney (R-Wyo.) and Rep. Adam Kinzinger (R-Ill.) were the only Republicans on '
     'the panel. "I\'m a Republican, but I\'m an American first," Kinzinger said.',
     ['Adam Kinzinger']),
    ('"This was not a close call," said a senior administration official, who spoke on the '
     'condition of anonymity to discuss internal deliberations. The official added that the '
     'president had been "briefed multiple times."',
     [None, None]),
    ('Gov. Ron DeSantis (R) signed the bill on Wednesday. "Florida is where woke goes to '
     'die," DeSantis said at the signing. His spokeswoman, Christina Pushaw, called critics '
     '"hysterical."',
     ['Ron DeSantis', 'Christina Pushaw']),
    ('Gov. Gretchen Whitmer (D) said the plot against her was "a wake-up call." "I never '
     'imagined anything like this," she said in an interview with The Washington Post.',
     ['Gretchen Whitmer', 'Gretchen Whitmer']),
    # Politico
    ('House Speaker Kevin McCarthy (R-Calif.) insisted the debt deal would pass. "We\'ll '
     'have the votes," he said. But Rep. Chip Roy (R-Texas) said the agreement was "a turd '
     'sandwich."',
     ['Kevin McCarthy', 'Chip Roy']),
    ('Senate Majority Leader Chuck Schumer (D-N.Y.) said the chamber would stay in session. '
     '"We are not leaving until this gets done," he said. Senate Minority Leader Mitch '
     'McConnell (R-Ky.) did not respond to a request for comment.',
     ['Chuck Schumer']),
    ('A senior Democratic aide said leadership was "deeply frustrated" with the White House. '
     '"They keep moving the goal posts," the aide said.',
     ['senior Democratic aide', None]),  # named_group, then 'the aide' unnamed (as in train)
    ('Rep. Matt Gaetz (R-Fla.) filed the motion to vacate on Monday night. "Bring it on," '
     'McCarthy posted on X minutes later.',
     ['McCarthy']),
    # USA Today
    ('White House press secretary Jen Psaki said Monday the administration is "not '
     'considering" a national vaccine mandate. "That\'s not the role of the federal '
     'government," Psaki told reporters during the daily briefing.',
     ['Jen Psaki', 'Jen Psaki']),
    ('Asked about the report, press secretary Kayleigh McEnany said, "The president has '
     'always taken this seriously." She declined to say whether he had been tested.',
     ['Kayleigh McEnany']),
    ('Sarah Huckabee Sanders, the White House press secretary, told reporters the president '
     'was "very happy" with the outcome. She said Trump would "keep fighting for the American '
     'people."',
     ['Sarah Huckabee Sanders', 'Sarah Huckabee Sanders']),
    ('Karine Jean-Pierre was asked Tuesday whether President Joe Biden would sign the bill. '
     '"The president has been very clear," she said. "He wants this done."',
     ['Karine Jean-Pierre', 'Karine Jean-Pierre']),
    # HuffPost
    ('Trump lashed out at the judge on Truth Social early Saturday. "This is a RIGGED trial," '
     'he wrote. "Judge Engoron is a political hack!"',
     ['Trump', 'Trump']),
    ('Rep. Alexandria Ocasio-Cortez (D-N.Y.) ripped the ruling on Instagram. "This is what '
     'they wanted all along," she said. Her colleague Rep. Ilhan Omar (D-Minn.) called it "a '
     'dark day."',
     ['Alexandria Ocasio-Cortez', 'Ilhan Omar']),
    ('Sen. Lindsey Graham (R-S.C.) said in 2016 that if Republicans nominated Trump, "we will '
     'get destroyed ... and we will deserve it." On Sunday, Graham said Trump was "the most '
     'consequential president of my lifetime."',
     ['Lindsey Graham', 'Lindsey Graham']),
    # the source cited by "according to" is the one annotated (as in train: '..., Hewitt
    # said, according to a transcript of the show' has the transcript as source); before
    # rule role_of_description the quote had no cue at all and was dropped
    ('"I don\'t recall," Trump\'s former chief of staff Mark Meadows said repeatedly under '
     'oath, according to a transcript.',
     [None]),
    # Breitbart
    ('Rep. Jim Jordan (R-OH) told Breitbart News on Thursday that the FBI had "weaponized" '
     'its power against parents. "This is un-American," Jordan said.',
     ['Jim Jordan', 'Jim Jordan']),
    ('Sen. Ted Cruz (R-TX) blasted the Biden administration\'s border policy. "Joe Biden has '
     'created the worst border crisis in history," Cruz said. "And Kamala Harris is the '
     'border czar."',
     ['Ted Cruz', 'Ted Cruz']),
    pytest.param(
        'Donald Trump Jr. posted on Instagram: "They want to put my father in jail for the '
        'rest of his life." The former president\'s son added that Democrats were '
        '"terrified."',
        ['Donald Trump Jr', 'Donald Trump Jr'],
        marks=pytest.mark.xfail(strict=True, reason=(
            "'the former president's son' is someone of the president's (owned_role); that "
            "he is the Trump Jr. just named needs kinship the engine does not read"))),
    # Western Journal
    ('In a post on X, Rep. Marjorie Taylor Greene (R-GA) said the impeachment was "a sham." '
     '"Democrats have no evidence," she wrote.',
     ['Marjorie Taylor Greene', 'Marjorie Taylor Greene']),
    ('Former Vice President Mike Pence told Fox News that he had "no right" to overturn the '
     'election. "The Constitution is clear," Pence said.',
     ['Mike Pence', 'Mike Pence']),
    # AP
    ('WASHINGTON (AP) — Speaker Nancy Pelosi said Thursday that Trump "is a threat to the '
     'Constitution." "He has to go," the California Democrat said.',
     ['Nancy Pelosi', 'Nancy Pelosi']),
    ('ATLANTA (AP) — Georgia Secretary of State Brad Raffensperger said he had refused to '
     '"find" votes for Trump. "The numbers are the numbers," Raffensperger said.',
     ['Brad Raffensperger', 'Brad Raffensperger']),
    ('Trump pleaded not guilty. "I did nothing wrong," he told reporters at the airport. His '
     'lawyer, Todd Blanche, said the indictment was "a political hit job."',
     ['Trump', 'Todd Blanche']),
    ('The jury found Trump guilty on all 34 counts. "This was a disgrace," Trump said outside '
     'the courtroom. "The real verdict is going to be Nov. 5 by the people."',
     ['Trump', 'Trump']),
    # Reuters
    ('WASHINGTON, Jan 6 (Reuters) - U.S. Attorney General Merrick Garland said on Wednesday the '
     'Justice Department would hold accountable "all January 6th perpetrators, at any '
     'level." He did not mention Trump by name.',
     ['Merrick Garland']),
    ('The official, who asked not to be named, said the White House had "no plans" to lift '
     'the tariffs. Treasury Secretary Scott Bessent said later the talks were "constructive."',
     [None, 'Scott Bessent']),
    # CNN
    ('"We\'re not going back," Harris told the crowd in Atlanta. Her running mate, Minnesota '
     'Gov. Tim Walz, said Trump was "weird."',
     ['Harris', 'Tim Walz']),
    ('CNN\'s Dana Bash asked Harris about her change of position on fracking. "My values have '
     'not changed," Harris replied.',
     ['Harris']),
    ('Jake Tapper pressed Sen. Tom Cotton on the claim. "Senator, that\'s not true," Tapper '
     'said. "It is true, Jake," Cotton replied.',
     ['Jake Tapper', 'Tom Cotton']),
    # Fox
    ('Fox News host Sean Hannity asked Trump whether he would be a dictator. "Except for day '
     'one," Trump said.',
     ['Trump']),
    ('"We are not going to let this happen," Rep. Elise Stefanik, R-N.Y., told Fox News '
     'Digital. The New York Republican said Harvard had been "a cesspool of antisemitism."',
     ['Elise Stefanik', 'Elise Stefanik']),
    # judges, opinions and dissents
    ('Chief Justice John Roberts, writing for the majority, said the president is "entitled '
     'to at least presumptive immunity." In her dissent, Justice Sonia Sotomayor warned that '
     'the president is now "a king above the law."',
     ['John Roberts', 'Sonia Sotomayor']),
    ('Justice Samuel Alito wrote that Roe was "egregiously wrong from the start." Justice '
     'Stephen Breyer, joined by Justices Sonia Sotomayor and Elena Kagan, wrote in dissent '
     'that the decision was made "with sorrow."',
     ['Samuel Alito', 'Stephen Breyer']),
    ('Judge Aileen Cannon dismissed the case on Monday. The appointment of the special '
     'counsel, she wrote, "violates the Appointments Clause."',
     ['Aileen Cannon']),
    ('U.S. District Judge Beryl Howell said the rioter had shown "no remorse." "You attacked '
     'the heart of our democracy," Howell told him at sentencing.',
     ['Beryl Howell', 'Beryl Howell']),
    # indictments and special counsels
    ('Special counsel Jack Smith said the attack on the Capitol was "fueled by lies." "Our '
     'laws apply to everyone," Smith said in a brief statement.',
     ['Jack Smith', 'Jack Smith']),
    ('Manhattan District Attorney Alvin Bragg said the case was about "34 false statements '
     'made to cover up other crimes." Trump\'s lawyers called it "a travesty."',
     ['Alvin Bragg', "Trump's lawyers"]),  # a described group, as 'senior Democratic aide'
    # hearings with exchanges
    ('"Did you ever tell the president that the election was stolen?" Rep. Zoe Lofgren '
     'asked. "No," former Attorney General Bill Barr said. "I told him it was bull----."',
     ['Zoe Lofgren', 'Bill Barr', 'Bill Barr']),
    ('Cassidy Hutchinson testified that Meadows had told her, "Things might get real, real '
     'bad on January 6th." She said she felt "scared and nervous."',
     ['Meadows', 'Cassidy Hutchinson']),  # the words Meadows said, as she reported them
    ('Sen. Maria Cantwell pressed the nominee. "Will you commit to following the law?" she '
     'asked. "Absolutely, senator," Hegseth said.',
     ['Maria Cantwell', 'Hegseth']),
    # pandemic
    ('"We have it totally under control," Trump told CNBC in January 2020. "It\'s one person '
     'coming in from China." Weeks later he declared a national emergency.',
     ['Trump', 'Trump']),
    ('Dr. Anthony Fauci told senators the country could see "100,000 deaths a day." Sen. '
     'Rand Paul (R-Ky.) accused him of lying. "Senator Paul, you do not know what you are '
     'talking about," Fauci said.',
     ['Anthony Fauci', 'Anthony Fauci']),
    ('CDC Director Rochelle Walensky said she felt a sense of "impending doom." "Right now I\'m '
     'scared," she told reporters.',
     ['Rochelle Walensky', 'Rochelle Walensky']),
    # governors
    ('Gov. Gavin Newsom (D-Calif.) said Trump was "playing politics with people\'s lives." '
     '"We will see him in court," Newsom said.',
     ['Gavin Newsom', 'Gavin Newsom']),
    ('Texas Gov. Greg Abbott said the buses would keep running. "Until Biden secures the '
     'border, we will keep sending migrants to sanctuary cities," Abbott wrote on X.',
     ['Greg Abbott']),
    ('Gov. Kathy Hochul, a Democrat, said she was "deeply troubled" by the allegations. "No '
     'one is above the law," she said of Andrew Cuomo, her predecessor.',
     ['Kathy Hochul', 'Kathy Hochul']),
    # campaign surrogates, polls and pollsters
    ('"The voters are tired of chaos," said Sarah Longwell, a Republican strategist who runs '
     'focus groups. Patrick Murray, director of the Monmouth University Polling Institute, said '
     'the race was "basically tied."',
     ['Sarah Longwell', 'Patrick Murray']),
    ('The poll found Harris leading by 3 points. "That\'s within the margin of error," said '
     'Lee Miringoff, director of the Marist Institute for Public Opinion. "This race is a '
     'coin flip."',
     ['Lee Miringoff', 'Lee Miringoff']),
    ('Trump campaign spokeswoman Karoline Leavitt said Harris was "dangerously liberal." '
     'Harris spokesman Ian Sams said the attack was "desperate."',
     ['Karoline Leavitt', 'Ian Sams']),
    ('Vivek Ramaswamy, campaigning for Trump in Ohio, said the country needed "a revolution." '
     'J.D. Vance, the Republican vice-presidential nominee, said the ticket would "win big."',
     ['Vivek Ramaswamy', 'J.D. Vance']),
    # fact-check passages
    ('Trump claimed that immigrants in Springfield were "eating the pets." That is false: city '
     'officials said there were "no credible reports" of pets being harmed.',
     ['Trump', None]),
    ('Biden said on Tuesday that inflation was "zero" in July. In fact, consumer prices rose '
     '3.2% over the year, according to the Bureau of Labor Statistics.',
     ['Biden']),
    # paraphrase then a quote with no cue; pronoun chains
    ('Sen. Kyrsten Sinema said she would not support changing the filibuster. She has held '
     'that position for years. "Eliminating the 60-vote threshold will not cure our '
     'disease of division."',
     ['Kyrsten Sinema']),
    ('Vice President Kamala Harris met with the Israeli prime minister on Thursday. Afterward '
     'she spoke to reporters. "It is time for this war to end," she said. "I will not be '
     'silent."',
     ['Kamala Harris', 'Kamala Harris']),
    ('Nikki Haley said she would stay in the race. Trump mocked her as "birdbrain." "He can '
     'call me whatever he wants," Haley said.',
     ['Trump', 'Nikki Haley']),
    ('Rep. Nancy Mace (R-S.C.) said the speaker had "lied" to her. Mace, who voted to oust '
     'McCarthy, added: "He broke his word to women."',
     ['Nancy Mace', 'Nancy Mace']),
    # multi-paragraph with pronoun chains and alternating sexes
    ('Sen. Elizabeth Warren (D-Mass.) pressed the Wells Fargo chief on the fake accounts.\n\n'
     '"You should resign," she said.\n\nStumpf said he was "fully accountable." "I am deeply '
     'sorry," he said.',
     ['Elizabeth Warren', 'Stumpf', 'Stumpf']),
    ('Attorney General Pam Bondi defended the firings on Monday.\n\n"They were not loyal," '
     'she said. "The president deserves a team he can trust."\n\nFormer FBI Director James '
     'Comey said the firings were "a terrible mistake."',
     ['Pam Bondi', 'Pam Bondi', 'James Comey']),
    ('Rep. Hakeem Jeffries (D-N.Y.) said Democrats would not provide votes to save the '
     'speaker.\n\n"It\'s their mess," he said. "They have to clean it up."',
     ['Hakeem Jeffries', 'Hakeem Jeffries']),
    ('Rep. Lauren Boebert (R-Colo.) apologized on Monday for her behavior at the theater.\n\n'
     '"I\'m truly sorry," she said in a statement. Her campaign manager said she had been '
     '"going through a difficult public divorce."',
     ['Lauren Boebert', None]),
    # tweets and Truth Social posts
    ('"A total witch hunt!!!" Trump wrote on Truth Social Tuesday morning, hours before his '
     'arraignment.',
     ['Trump']),
    ('Elon Musk posted on X that the agency was "a criminal organization." Sen. Chris Murphy '
     '(D-Conn.) responded, "This is a heist."',
     ['Elon Musk', 'Chris Murphy']),
    # quotes of quotes
    ('Biden recalled his father\'s advice. "My dad used to say, \'Joey, a job is about a lot '
     'more than a paycheck,\'" he told the crowd.',
     ['Biden']),
    pytest.param(
        'Pence wrote that Trump had called him on the morning of Jan. 6. "You\'re too '
        'honest," Trump told him, according to Pence\'s memoir.',
        ['Trump'],
        marks=pytest.mark.xfail(strict=True, reason=(
            "the source cited by 'according to' wins, as the annotation of train has it for "
            "transcripts and outlets ('..., Sanders said, according to CNN'); a memoir that "
            "quotes a call is arguably its author's report too, so this stays the reader's "
            "answer, not a rule (keeping the inner cue when the outer source is unnamed lost 5 "
            "train quotes)"))),
    # second batch
    # split around the cue, and a woman after a man in one exchange
    ('"I think the president," Ms. Pelosi said, pausing, "is afraid of the truth." Mr. Trump '
     'called her "a nasty woman" in a post that night.',
     ['Pelosi', 'Pelosi', 'Trump']),
    ('"We have to be honest with the American people," Sen. Mitt Romney (R-Utah) said, "and '
     'the truth is the election was not stolen."',
     ['Mitt Romney', 'Mitt Romney']),
    # the president when two are in play
    # (rule opening_subject: Biden, named once, opens the sentence as its subject)
    ('Biden met with Trump in the Oval Office on Wednesday. "Welcome back," the president '
     'told his successor. Trump said the transition would be "as smooth as it gets."',
     ['Biden', 'Trump']),
    ('Former President Bill Clinton spoke on the second night of the convention. "I have '
     'known Joe Biden for a long time," Mr. Clinton said. "He is a decent man." President '
     'Biden watched from the White House.',
     ['Bill Clinton', 'Bill Clinton']),
    # press secretaries quoting the president
    ('Press secretary Karoline Leavitt read a statement from the president at the start of '
     'the briefing. "We are going to bring prices down," she said, adding that tariffs were '
     '"working."',
     ['Karoline Leavitt', 'Karoline Leavitt']),
    ('Sean Spicer insisted that the inaugural crowd was "the largest audience to ever witness '
     'an inauguration, period." Kellyanne Conway later defended him, saying he had offered '
     '"alternative facts."',
     ['Sean Spicer', 'Kellyanne Conway']),  # rule participle_report
    # partial quotes inside reported speech
    ('Mr. Mueller said his report did "not exonerate" the president, and that charging him '
     'was "not an option we could consider."',
     ['Mueller', 'Mueller']),
    ('Ms. Haley told supporters in Charleston that she would not be "bullied" out of the race '
     'and that Mr. Trump was "unhinged."',
     ['Haley', 'Haley']),
    # paraphrase then a quote with no cue, and a pronoun chain across paragraphs
    ('Gov. Andy Beshear of Kentucky said Democrats had to talk to rural voters.\n\n"We can\'t '
     'write off half the country."\n\nHe said the party had "lost its way" on the economy.',
     ['Andy Beshear', 'Andy Beshear']),
    ('Senator Tim Scott of South Carolina said he was suspending his campaign. He told Trey '
     'Gowdy on Fox News that voters were "really clear."\n\n"I think the voters, who are the '
     'most remarkable people on the planet, have been really clear that they\'re telling me: '
     'Not now, Tim."',
     ['Tim Scott', 'Tim Scott']),
    # Truth Social and X posts, all caps
    ('Trump posted on Truth Social shortly after midnight: "THE RADICAL LEFT DEMOCRATS ARE '
     'DESTROYING OUR COUNTRY!" He followed it with a second post calling the judge '
     '"corrupt."',
     ['Trump', 'Trump']),
    # rule platform_x: "on X." ends the sentence ("X. Rep." was read as an initial)
    ('"Joe Biden is the worst president in history," Rep. Byron Donalds (R-Fla.) wrote on X. '
     'Rep. Jasmine Crockett (D-Texas) shot back: "Sit down."',
     ['Byron Donalds', 'Jasmine Crockett']),
    # judges and dissents quoting the majority
    ('In her dissent, Justice Ketanji Brown Jackson wrote that the majority\'s ruling was '
     '"let them eat cake obliviousness." Justice Neil Gorsuch wrote separately that the '
     'decision was "compelled by the Constitution."',
     ['Ketanji Brown Jackson', 'Neil Gorsuch']),
    ('Judge Juan Merchan told Trump he would be jailed if he kept violating the gag order. '
     '"The last thing I want to do is put you in jail," Merchan said. "You are the former '
     'president of the United States and possibly the next president as well."',
     ['Juan Merchan', 'Juan Merchan']),
    # indictments
    # the outer report names the source (train: 'Israel said Clinton called on ...')
    ('The indictment says Trump told an aide, "Look what I have. This is secret '
     'information." Walt Nauta\'s lawyer, Stanley Woodward, declined to comment.',
     [None]),
    ('Fani Willis, the Fulton County district attorney, said she had "followed the facts." '
     'Her office charged 19 people, including Rudy Giuliani and Mark Meadows.',
     ['Fani Willis']),
    # hearings with exchanges
    ('"Do you believe the election was stolen?" Sen. Dick Durbin asked Kash Patel. "Senator, '
     'Joe Biden is the president," Patel said. "That\'s not what I asked," Durbin replied.',
     ['Dick Durbin', 'Kash Patel', 'Dick Durbin']),
    ('Rep. Elise Stefanik asked the university presidents whether calling for the genocide '
     'of Jews violated their codes of conduct. "It is a context-dependent decision," '
     'Claudine Gay said. Elizabeth Magill, the president of Penn, gave a similar answer.',
     ['Claudine Gay']),
    # anonymous officials, sources
    ('Two senior U.S. officials told NBC News that the strike had been planned "for weeks." '
     'One of the officials said the president "signed off on Friday."',
     ['senior U.S. officials', None]),  # named_group, then one of them unnamed
    ('A White House official, speaking on condition of anonymity, said Biden was "furious" '
     'with Netanyahu. The official said the president had told aides: "He\'s not listening."',
     ['White House official', None]),  # named_group; 'the official' after it is None in
    # train too ('A Republican committee aide blasted ... "...," the aide said')
    # pollsters and strategists
    pytest.param(
        '"Biden\'s age is the number one concern of voters," said Frank Luntz, a Republican '
        'pollster. Celinda Lake, a Democratic pollster who worked for the Biden campaign, '
        'disagreed. "The economy is what matters," she said.',
        ['Frank Luntz', 'Celinda Lake'],
        marks=pytest.mark.xfail(strict=True, reason=(
            "'Lake' is a place word and 'Celinda' no known given name, so 'Celinda Lake' is "
            "read as a place ('Kari Lake', with a known given name, is a person); 'she' then "
            "finds no woman"))),
    ('According to a Quinnipiac University poll released Wednesday, 52 percent of voters '
     'disapprove of the president. "These are bad numbers," said Tim Malloy, a Quinnipiac '
     'polling analyst.',
     ['Tim Malloy']),
    # fact checks
    ('"We had the greatest economy in the history of our country," Trump said at the debate. '
     'That is not true. Growth under Trump averaged 2.5 percent, less than under Clinton.',
     ['Trump']),
    ('Harris said that Trump "left us the worst unemployment since the Great Depression." '
     'That is misleading: the jobless rate spiked during the pandemic and had fallen by the '
     'time he left office, economists said.',
     ['Harris']),
    # campaign surrogates
    ('Sen. Bernie Sanders (I-Vt.) campaigned for Harris in Michigan. "This is the most '
     'important election of our lifetimes," he said. Rep. Rashida Tlaib (D-Mich.), who has '
     'not endorsed Harris, did not attend.',
     ['Bernie Sanders']),
    ('Lara Trump, the RNC co-chair, said every Republican should "get behind" her '
     'father-in-law. Eric Trump, her husband, told Fox News his father was "in great '
     'spirits."',
     ['Lara Trump', 'Eric Trump']),
    # midterms and governors
    ('Gov. Brian Kemp said he would not "be bullied" by anyone. "Georgians decide Georgia '
     'elections," the governor said. Trump had attacked Kemp repeatedly.',
     ['Brian Kemp', 'Brian Kemp']),
    ('Pennsylvania Gov. Josh Shapiro said the arson attack on his residence was "an attack '
     'on all of us." His wife, Lori, "is doing well," he added.',
     ['Josh Shapiro', 'Josh Shapiro']),
    # third batch: families, first ladies, statements of institutions, present tense
    pytest.param(
        'Donald Trump Jr. and Eric Trump appeared at the rally. "Our father has done more for '
        'this country than anyone," Eric Trump said. Mr. Trump then took the stage. "Thank '
        'you, Eric," he said.',
        ['Eric Trump', 'Trump'],
        marks=pytest.mark.xfail(strict=True, reason=(
            "'Mr. Trump' joins the Trump named last (Eric); that it is their father, never "
            "named in full, is not read"))),
    ('The White House said in a statement that the president "condemns in the strongest '
     'possible terms" the attack. Vice President Kamala Harris called it "an act of terror."',
     ['White House', 'Kamala Harris']),
    ('The Supreme Court said in an unsigned order that the lower court had "erred." Justice '
     'Sonia Sotomayor, joined by Justices Elena Kagan and Ketanji Brown Jackson, dissented.',
     ['Supreme Court']),
    ('"He\'s a liar," Rep. Marjorie Taylor Greene, R-Ga., said of the speaker. The '
     'congresswoman added that she would force a vote "next week."',
     ['Marjorie Taylor Greene', 'Marjorie Taylor Greene']),
    ('Pence said he and Trump would "probably never see eye to eye" on Jan. 6. The former vice '
     'president added, "I had no right to overturn the election."',
     ['Pence', 'Pence']),
    ('House Speaker Mike Johnson says the bill is "dead on arrival." Democrats say he is '
     'bluffing. "He doesn\'t have the votes," says Rep. Pramila Jayapal (D-Wash.).',
     ['Mike Johnson', 'Pramila Jayapal']),
    ('According to the complaint, the defendant told officers he wanted to "hang Mike '
     'Pence." His lawyer, Jonathan Zucker, said his client was "deeply remorseful."',
     [None, 'Jonathan Zucker']),
    ('Mr. Trump Jr. said on his podcast that the verdict was "a disgrace." His father posted '
     'on Truth Social: "THE REAL VERDICT IS NOV 5TH!"',
     ['Trump Jr', None]),
    ('"Thoughts and prayers are not enough," Gov. Tim Walz (D) said. Minnesota\'s first lady, '
     'Gwen Walz, said she was "heartbroken."',
     ['Tim Walz', 'Gwen Walz']),
    ('Dr. Deborah Birx told the panel that deaths could have been reduced "by 30 to 40 '
     'percent." Dr. Robert Redfield, the former CDC director, agreed. "We lost a lot of '
     'people," he said.',
     ['Deborah Birx', 'Robert Redfield']),
    ('Sen. Raphael Warnock (D-Ga.) won re-election on Tuesday. "The people have spoken," he '
     'told supporters in Atlanta. His opponent, Herschel Walker, conceded. "I\'m not going to '
     'make any excuses," Walker said.',
     ['Raphael Warnock', 'Herschel Walker']),
    pytest.param(
        'Jill Biden defended her husband after the debate. "Joe, you did such a great job," '
        'she told him onstage. The president said he "didn\'t have a great night."',
        ['Jill Biden', 'Biden'],
        marks=pytest.mark.xfail(strict=True, reason=(
            "'the president' goes to Jill Biden, the one Biden named: her husband is named "
            "only as 'Joe' inside her quote"))),
]


@pytest.mark.parametrize(("text", "speakers"), CASES)
def test_speakers_of_us_news_of_other_months(text, speakers):
    assert [q.speaker for q in extract(text).quotes] == speakers


@pytest.mark.parametrize(("gap", "description"), [
    # rule role_of_description: a role with an "of" complement between quote and name
    (' former chief of staff ', True),
    (" Trump's former secretary of state ", True),
    (' director of national intelligence ', True),
    (' because of ', False),
])
def test_role_of_description(gap, description):
    assert role_of_description(gap) is description


@pytest.mark.parametrize(("text", "subject"), [
    # rule plural_after_break: a bare plural opening the clause after a colon or semicolon
    ("That is false: city officials", "city officials"),
    ("The vote failed; Republican leaders", "Republican leaders"),
    ("That is false: the claim of city officials", None),
])
def test_plural_after_break(text, subject):
    assert plural_after_break(text) == subject


@pytest.mark.parametrize(("text", "owned"), [
    # feature owned_role: "his"/"her"/"their" own a role as a possessive name does
    ("Her campaign manager", True),
    ("his spokesman", True),
    ("the former senator", False),
])
def test_owned_role_of_a_pronoun(text, owned):
    assert owned_role(text) is owned


def test_her_campaign_manager_is_not_she():
    text = ('Rep. Lauren Boebert apologized on Monday.\n\n"I\'m truly sorry," she said. Her '
            'campaign manager said she had been "going through a difficult public divorce."')
    assert [q.speaker for q in extract(text).quotes] == ["Lauren Boebert", None]


@pytest.mark.parametrize(("text", "description", "article"), [
    ('"No," another New Hampshire Republican added.', "New", "another"),
    ('"No," a South Carolina Republican said.', "South", "a "),
    ('"No," the New York Republican said.', "New", None),
])
def test_indefinite_description(text, description, article):
    start = indefinite_description(text, text.index(description))
    assert start == (text.index(article) if article else -1)


@pytest.mark.parametrize(("text", "dot", "ends"), [
    # rule platform_x: "on X." is the platform, and its stop ends the sentence
    ("Donalds wrote on X. Crockett said", "X.", True),
    ("Malcolm X. Jones said", "X.", False),
    ("Plan X. The vote", "X.", False),
])
def test_platform_x(text, dot, ends):
    assert platform_x(text, text.index(dot) + 1) is ends


def test_platform_x_ends_the_sentence_for_names_and_cues():
    text = ('"Biden is bad," Rep. Byron Donalds wrote on X. Crockett said it was "silly."')
    ex = extract(text)
    assert [e.name for e in ex.entities] == ["Byron Donalds", "Crockett"]
    assert [q.speaker for q in ex.quotes] == ["Byron Donalds", "Crockett"]


@pytest.mark.parametrize(("text", "speaker", "rule"), [
    # rule role_of_description: a role with an "of" complement between quote and name
    ('"We will not comply," former chief of staff Mark Meadows said.', "Mark Meadows",
     "role_of_description"),
    ('"We will not comply," Trump\'s former secretary of state Rex Tillerson said.',
     "Rex Tillerson", "role_of_description"),
    ('"It is a threat," director of national intelligence Avril Haines told senators.',
     "Avril Haines", "role_of_description"),
    # a place of two words before a party is a description ("the South Carolina Republican"
    # was one already), read as a role noun: the one described before
    ('Rep. Elise Stefanik (R-N.Y.) spoke. The New York Republican said it was "a disgrace."',
     "Elise Stefanik", "described_person"),
    ('Sen. Joe Manchin spoke. The West Virginia Democrat said the bill was "dead."',
     "Joe Manchin", "described_person"),
    # rule indefinite_description: ... unless "a" or "another" makes it someone unnamed
    ('Sen. Marco Rubio spoke. "Trump can bleed," another New Hampshire Republican added.',
     "New Hampshire Republican", "indefinite_description"),
    ('Sen. Marco Rubio spoke. "Trump can bleed," a New Hampshire Republican said.',
     "New Hampshire Republican", "indefinite_description"),
    # rule participle_report: the subject of "saying" or "adding" is the source of a quote in
    # the clause it reports, not that clause's own subject
    ('Sean Spicer spoke first. Kellyanne Conway later defended him, saying he had offered '
     '"alternative facts."', "Kellyanne Conway", "participle_report"),
    ('Donald Trump spoke first. Melania Trump later defended him, saying he had offered "a '
     'sincere apology to all."', "Melania Trump", "participle_report"),
    # rule plural_after_break: a bare plural after a colon is the (unnamed) source
    ('Trump claimed that immigrants were "eating the pets." That is false: city officials '
     'said there were "no credible reports" of pets being harmed.', None, "plural_after_break"),
])
def test_the_named_rule_decides(text, speaker, rule):
    ex, feats = extract_with_features(text)
    assert ex.quotes[-1].speaker == speaker and f"rule={rule}" in feats[-1]
