"""Word lists used to read names: titles, organisation words, places, first names."""

from __future__ import annotations


def _set(s: str) -> frozenset[str]:
    return frozenset(s.split())


# Capitalised words that start a sentence or a phrase but never a name.
STOP = _set(
    """The A An But And Or So In On At For With As After Before When While If Although Though
    Because Since Earlier Later Last This That These Those It He She They We I You His Her
    Their Our Its My Your Then Now Still Yet Also Even Meanwhile However Instead Both Some Many
    Most All Asked Speaking During Under Over According Despite Among Without Like Unlike Once
    Just Only Not No Yes Here There What Why How Who Where Which Whether Addressing Each Every
    Another Other Such Few More Less Much Until Through Across Against Into From By Of To Up Thus
    Indeed Perhaps Maybe Still Next First Second Third Finally Again Already Never Always Ever
    Today Tonight Yesterday Tomorrow Sources Officials Critics Supporters Voters Republicans
    Democrats Americans Asked Says Said Please Dear Oh Well Ok OK Hey Let Let's Do Does Did
    Is Are Was Were Will Would Can Could Should Must May Might Has Have Had Being Been Whoever
    Whatever Wherever Either Neither Nor Everyone Everybody Nobody Someone Somebody Anyone
    Photo Video Image Watch Read Click See Follow Related Update Editor's Note One Two Three
    Exclusive Breaking Spotted Transitions Birthdays Correction Corrections Clarification
    Four Five Six Seven Eight Nine Ten Dozens Hundreds Thousands Millions Ask Q Imagine
    Consider Suppose Somewhere""")
# (Ask: the imperative opening a feature's sentence, "Ask Gerry Bastien about the mill and he
# goes quiet"; Imagine, Consider, Suppose, Somewhere: a column's imperative or scene-setting
# opener, "Imagine the headline if ...: '...'", "Somewhere in Ottawa, a staffer is drafting
# the line: '...'"; Q: the label of an interviewer's question, "Q: Your critics call it ...";
# Correction, Clarification: rule correction_label, "Correction: An earlier version of this
# story ..." opens with a label, no one's name.)

# Connectives that open a sentence before a comma ("Rather, he said, ..."): no name there,
# though some are surnames elsewhere ("Dan Rather", "Rather added").
CONNECTIVES = _set("""Rather Otherwise Nonetheless Nevertheless Moreover Furthermore Besides
    Likewise Overall Regardless Afterward Afterwards Therefore Hence""")

# Words that end a run of capitalised words even in mid-run ("Hillary Releasing Her Goldman"):
# function words only, so that surnames like Read, Hope or Watch stay in names.
BREAKERS = _set(
    """The A An But And Or So In On At For With As If It He She They We I You His Her Their Our
    Its My Your This That These Those Is Are Was Were Will Would Can Could Should Has Have Had
    Be Been Not No Says Said To From By Of
    While When Although Though Because Since Unless Whereas Who Whose Under
    Tells Warns Slams Blasts Urges Claims Admits Vows Insists Argues Defends Rips Accuses
    Praises Responds Reveals Denies Announces""")
# (The verbs of title-case headlines: "Howard Dean Tells Democratic Convention" is Howard Dean
# telling, not one long name.)

DATES = _set(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December Sept Christmas Easter
    Thanksgiving""")

# Social platforms people post on ("took to X", "Elon Musk, on X: ...").
SOCIAL_PLATFORMS = ("Twitter", "X", "Facebook", "Instagram", "TikTok", "Threads", "Bluesky",
                    "LinkedIn", "YouTube", "Truth Social")

# Months as abbreviated before a day ("Jan. 6", Reuters' "Jan 20"); "Jan" is a given name too.
MONTH_ABBREVIATIONS = _set("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec")

# Titles and role words written before a name: "U.S. Secretary of State Mike Pompeo".
TITLE_WORDS = _set(
    """Mr Mrs Ms Miss Mx Dr Sen Rep Gov Lt Gen Adm Col Sgt Capt Prof Rev Hon Sens Reps Gens
    Senator Representative Congressman Congresswoman President Vice Secretary Governor General
    Undersecretary Under-Secretary Secretary-General
    Admiral Judge Justice Professor Reverend Mayor Ambassador Chairman Chairwoman Chair
    Minister Premier Sir Dame Lord Lady Former Chancellor Prime Foreign Defense Defence State
    Interior Treasury Attorney Chief Deputy Assistant Executive Director Commissioner Sheriff
    Detective Officer Speaker Leader Majority Minority Whip Press Spokesman Spokeswoman
    Pope King Queen Prince Princess Sheikh Cardinal Bishop Father Sister Brother Rabbi Imam
    Pastor Coach Dean Provost Councilman Councilwoman Councilor Delegate Lawmaker Sergeant
    Captain Lieutenant Colonel Major Corporal Private Agent Trooper Inspector Superintendent
    Supervisor Auditor Comptroller Treasurer Clerk Commander Marshal Mrs. Ret Candidate
    Nominee Republican Democratic Democrat Independent Libertarian GOP Presidential Acting
    Emir Crown Supreme Federal Homeland Security National Economic Finance Trade Health
    Education Energy Labor Commerce Transportation Agriculture Justice Communications Campaign
    Policy Political Senior Top Special Envoy Adviser Advisor Counsel Solicitor Legal Surgeon
    Billionaire Businessman Businesswoman Actor Actress Singer Rapper Host Anchor Reporter
    Columnist Author Writer Editor Producer Founder CEO CFO COO Chairman President-elect
    Vice-President Gubernatorial Senate House Congressional Mayoral Rev. Jr Dr.
    MP MPP MLA MNA MHA MEP Councillor Exchequer Shadow Opposition Baroness Viscount
    Duchess Taoiseach Tánaiste Alderman Alderwoman Ombudsman Const Constable Cpl Coun Supt Insp
    Det Majesty Highness Holiness Excellency TD MLC Shri Smt Shrimati Magistrate
    Coroner PM CM Honour Prosecutor Maj Brig Brigadier Cmdr Olympian Paralympian
    Ogichidaa Okimaw Keeper Tem Tempore Trustee
    Recorder Councilmember Councilmembers Assemblymember Assemblyman Assemblywoman Member
    Undersheriff Selectman Selectwoman Freeholder Ald""")

# Given names that are also a title or a common word: "Dean Baker", "Major Garrett", "Will
# Estrada", "Baron Trump" (rules given_title_word of the identity layer and
# demonym_given_name of the name reader). "Judge", "King" or "Bishop" are titles and stay
# roles: "Judge Curiel" is Curiel, role Judge.
GIVEN_TITLE_WORDS = _set("Dean Will Baron Major")

# Party labels written before a title ("Conservative Leader Pierre Poilievre", "Labour MP Dawn
# Butler", "NDP MPP Jill Andrew"): part of the title there, and only there ("Conservative
# Case" is no one's title). Rule party_label: a party of two words is read word by word up to
# the title ("Sinn Féin TD Pearse Doherty", "Fianna Fáil TD Jim O'Callaghan", "Fine Gael
# senator ..."), and Irish, Indian and Australian parties are labels too ("Congress MLA Ravi
# Kumar", "BJP MP ...", "Greens Senator ..."), and so are Quebec's, of two or three words
# ("Bloc Québécois MP Alexis Brunelle-Duceppe", "Parti Québécois MNA Joël Arseneau",
# "Coalition Avenir Québec MNA Youri Chassin"), and the provinces' Progressive Conservatives
# and United Conservatives ("Progressive Conservative MLA Glen Savoie", "United Conservative
# MLA ...").
PARTY_WORDS = _set("""Conservative Liberal Labour NDP Bloc SNP Reform Plaid Green Tory Sinn Féin
    Fianna Fáil Fine Gael Congress BJP AAP TMC DMK AIADMK Greens Nationals Coalition Parti
    Québécois Quebecois Avenir Progressive United""")

DEMONYMS = _set(
    """U.S. US American Americans Chinese Japanese Korean North South Russian British French
    German Israeli Palestinian Iranian Iraqi Syrian Turkish Mexican Canadian Indian Pakistani
    Afghan Saudi Egyptian Ukrainian Italian Spanish European Asian African Australian Cuban
    Venezuelan Brazilian Polish Dutch Swedish Greek Irish Scottish Welsh U.N. UN EU U.K. UK
    Taiwanese Vietnamese Filipino Thai Burmese Malaysian Indonesian Singaporean Jordanian
    Lebanese Libyan Yemeni Qatari Emirati Kuwaiti Nigerian Kenyan Ethiopian Colombian
    Argentine Chilean Peruvian Texas California Florida Ohio Iowa Virginia Arizona Nevada
    Wisconsin Michigan Pennsylvania Georgia Kentucky Utah Vermont Maine Alabama
    Ontario Quebec Québec Alberta Manitoba Saskatchewan B.C. BC Yukon Nunavut Albertan
    Ontarian Quebecer Québécois Manitoban""")

# Demonyms that are also given names: before one name only, they are the given name ("German
# Ortega", "Rep. Virginia Foxx"), elsewhere the role they usually are (rule demonym_given_name).
GIVEN_DEMONYMS = _set("German Virginia Georgia")

# Words that make a capitalised sequence an organisation.
ORG_WORDS = _set(
    """Ministry Department Committee Council Party Campaign Commission Agency Association
    Institute University College Foundation Center Centre Company Corp Corporation Inc Group
    News Times Post Journal Network Bank Fund Club Union Administration Office Senate House
    Congress Court Police Army Navy Force Federation Organization Organisation Coalition
    Alliance Project Board Bureau Service Services Society Caucus Church Press Media Magazine
    Review Daily Tribune Herald Gazette Reports PAC Fox CNN NBC ABC CBS MSNBC NPR PBS Reuters
    AP Twitter Facebook Google Apple Microsoft Amazon Politico Breitbart BuzzFeed Bloomberg
    Pentagon Kremlin Parliament Assembly Legislature Secretariat Government Cabinet Academy
    School Hospital Clinic Council Industries Holdings Partners Co LLC Ltd Trust Watch Institution
    Embassy Consulate Conference Forum Movement Front Brigade Command Guard Corps Division
    Authority Cooperation Initiative Lab Laboratory Studios Records Channel Radio Television TV
    Magazine Tribune Examiner Inquirer Observer Monitor Telegraph Guardian Economist Atlantic
    Hill Axios Vox Slate Salon Gallup Quinnipiac Marist Rasmussen Pew Monmouth Ipsos YouGov
    Republicans Democrats Inc. Corp. Co. Justice Security
    Computer Computers Motors Airlines Airways Technologies Systems Energy Pharmaceuticals
    Electric Entertainment Enterprises Investments Petroleum Railway Railways Telecom Networks
    Legion League Convention Summit Olympics
    Software Foods Brands Semiconductor Automotive Logistics Statistics Elections
    Chamber Tribunal Exchange Confederation Cooperative Co-operative Directorate Constabulary
    Ferries Rail Water Social Unit""")
# (Ferries, Rail, Water: "Irish Ferries", "Irish Rail", "Irish Water" are companies, not a
# person with a demonym before the name. Social: "Truth Social" is a platform, not a person
# called Social.)
# (Not "Communications", "Financial" or "Technology": they open job titles, "Clinton
# Communications Director Jennifer Palmieri", "Chief Financial Officer ...".)

# Capitalised sequences that are places, not speakers.
PLACES = _set(
    """America Washington China Russia Japan Korea Iran Iraq Syria Israel Beijing Moscow
    Pyongyang Seoul Tokyo Singapore London Paris Berlin Europe Asia Africa Mexico Canada
    Britain England France Germany Italy Spain Cuba Ukraine Turkey Egypt Libya Afghanistan
    Pakistan India Brazil Venezuela Iowa Ohio Florida Texas California Virginia Nevada Arizona
    Michigan Wisconsin Pennsylvania Georgia Colorado Carolina Hampshire Jersey York Boston
    Chicago Philadelphia Cleveland Denver Atlanta Miami Orlando Detroit Manhattan Brooklyn
    Alabama Alaska Arkansas Connecticut Delaware Hawaii Idaho Illinois Indiana Kansas Kentucky
    Louisiana Maine Maryland Massachusetts Minnesota Mississippi Missouri Montana Nebraska
    Oklahoma Oregon Tennessee Utah Vermont Wyoming Dakota States Kingdom Nations Korea Arabia
    Ontario Quebec Québec Alberta Manitoba Saskatchewan Yukon Nunavut Scotland Wales Ottawa
    Toronto Montreal Vancouver Calgary Edmonton Winnipeg Halifax
    Street Avenue Square Park Island Islands County City Valley River Mountain Beach Bay Lake
    Baghdad Damascus Tehran Jerusalem Kabul Havana Caracas Brussels Geneva Vienna Rome Madrid
    Peninsula Gulf Sea Ocean Strait Heights Hills Airport Station Hall Tower Building Mall""")

# Titles of a place that name a person on their own ("the Duke of Sussex", "the Archbishop
# of Canterbury"): rule peerage (extraction.names, identity.names).
PEERAGES = _set("""Duke Duchess Earl Countess Prince Princess Marquess Marchioness Viscount
    Viscountess Baron Baroness Archbishop Bishop""")

MALE_TITLES = _set("Mr Mr. Sir Lord King Prince Father Brother Congressman Councilman "
                   "Chairman Spokesman Businessman Sheikh Pope Rabbi Cardinal Bishop Emir "
                   "Duke Earl Marquess Viscount Baron Archbishop")
FEMALE_TITLES = _set("Ms Ms. Mrs Mrs. Miss Dame Lady Queen Princess Sister Congresswoman "
                     "Councilwoman Chairwoman Spokeswoman Businesswoman Actress Duchess "
                     "Countess Marchioness Viscountess Baroness")

MALE_NAMES = _set(
    """Aaron Abraham Adam Alan Albert Alex Alexander Andrew Andy Anthony Arthur Barack Ben
    Benjamin Bernie Bernard Bill Bob Bobby Brad Brian Bruce Carl Carlos Charles Charlie Chris
    Christopher Chuck Cory Craig Dan Daniel Darrell Dave David Dennis Dick Don Donald Doug Douglas
    Ed Eddie Edward Elijah Eric Frank Fred Gary George Gerald Greg Gregory Harold Harry Henry
    Howard Ian Jack Jacob Jake James Jared Jason Jay Jeb Jeff Jeffrey Jeremy Jerome Jerry Jim
    Jimmy Joe
    Joel John Johnny Jon Jonathan Jose Joseph Josh Juan Justin Keith Ken Kenneth Kevin Kim Kirk
    Larry Lee Lindsey Luis Marco Mark Martin Matt Matthew Michael Mike Mitch Mitt Newt Nick
    Nicholas Orrin Patrick Paul Pete Peter Phil Philip Ralph Rand Randy Raymond Reince Richard
    Rick Rob Robert Roger Ron Ronald Roy Rudy Russell Ryan Sam Samuel Scott Sean Sherrod Stephen
    Steve Steven Ted Terry Thomas Tim Timothy Todd Tom Tommy Tony Travis Trey Vladimir Walter
    Wayne William Willie Xi Ben Chris Corey Devin Dwight Elliot Franklin Gavin Hank Jesse Kellyanne
    Lyndon Mohammed Muhammad Ahmed Omar Ali Hassan Reza Rahm Reid Rex Roy Stuart Vince Wolf Zach
    Bashar Recep Shinzo Emmanuel Boris
    Pierre François Jean-François Jacques Marc Luc Denis Yves Gilles Michel Stéphane Mathieu
    Maxime Jagmeet Naheed Wab Blaine Rishi Keir Nigel Gordon Liam Connor Declan Seamus Callum
    Angus Hamish Alistair Gareth Rhys Owen Dylan Ethan Noah Lucas Logan Nathan Tyler Kyle
    Derek Darren Trevor Shane Colin Neil Duncan Euan Ahmad Mohamed Mohammad Hussein Karim Amir
    Arjun Rahul Rajesh Sanjay Vijay Harjit Navdeep Anil Sunil Ravi Hiroshi Takeshi Kenji
    Fumio Shigeru Yoshihide Olaf Friedrich Klaus Jürgen Hans Dmitry Sergei Volodymyr Andrzej
    Giorgio Giuseppe Matteo Pedro Miguel Javier Alejandro Andrés Jorge Ricardo Fernando Sergio
    Diego Rafael Gustavo Wilfred""") - _set(
    "Lindsey Kellyanne Kim")

FEMALE_NAMES = _set(
    """Abigail Alice Alicia Alison Amanda Amy Andrea Angela Ann Anna Anne Barbara Betsy Betty
    Beverly Brenda Carly Carol Caroline Catherine Cathy Cecile Chelsea Christina Christine Claire
    Cynthia Dana Deborah Debbie Diana Diane Donna Dorothy Elizabeth Ellen Emily Emma Erin Eva
    Frances Gabrielle Gloria Hannah Heather Heidi Helen Hillary Hope Huma Ivanka Jackie Jane Janet
    Jean Jeanne Jennifer Jessica Jill Joan Joanne Joni Joyce Judith Judy Julia Julie Karen Kate
    Katherine Kathleen Kathy Katie Kayleigh Kelly Kellyanne Kim Kimberly Kirsten Krysten Laura
    Lauren Linda Lisa Loretta Lori Louise Lynn Madeleine Marcia Margaret Maria Marie Marsha Martha
    Mary Megan Megyn Melania Melissa Michele Michelle Mika Monica Nancy Natalie Nicole Nikki Nina
    Olivia Pam Pamela Patricia Patty Paula Rachel Rebecca Robin Rosie Ruth Sally Samantha Sandra
    Sara Sarah Sharon Shirley Stephanie Susan Susana Suzanne Tammy Teresa Theresa Tina Tulsi
    Valerie Victoria Virginia Wendy Yvonne Zoe Ayanna Condoleezza Dianne Elaine Elena Gina Jeanine
    Cindy Kristen Lena Liz Margo Marion Maxine Meg Mia Nia Omarosa Sheila Sonia Stacey Tara Tracy
    Lindsay Katrina Ileana Jan Kathryn Ruth Hope Rhonda Peggy Brooke Tamika Marissa Ericka
    Danielle Chrystia Mélanie Melanie Sophie Isabelle Geneviève Genevieve Chantal Nathalie
    Josée Sylvie Véronique Manon Marie-Claude Anne-Marie Siobhan Niamh Aoife Saoirse Fiona
    Kirsty Eilidh Nicola Priti Suella Kemi Yvette Harriet Penny Bridget Imogen Lucy Chloe
    Amelia Jacinda Marit Tanya Marilyn Carla Christy Jenny Ginette Leah Leona Ruby Hazel
    Yuko Yuriko Sanae Akiko Keiko Naomi Tamara Ursula Giorgia Ségolène Annalena Olena Yulia
    Svetlana Indira Priya Anita Sunita Neha Aisha Fatima Leila Layla Zainab Mariam Maryam
    Ayesha Kamala Gretchen Kyrsten Marjorie Ilhan Rashida Alexandria Ketanji Kristi Kari
    """) - _set("Kim Jean")  # "Jean" is a man's name in French (Jean Chrétien, Jean Charest)

# Role nouns a reporter uses instead of repeating a person's name.
PERSON_ROLE_NOUNS = _set(
    """diplomat minister ambassador secretary senator congressman congresswoman lawmaker
    president candidate nominee governor mayor spokesman spokeswoman spokesperson official
    leader chairman chairwoman chief executive director businessman businesswoman billionaire
    mogul developer magnate star host anchor actor actress singer father mother wife husband
    son daughter veteran adviser advisor aide strategist operative pollster analyst economist
    professor expert lawyer attorney judge justice prosecutor commissioner sheriff officer
    general admiral manager founder president-elect frontrunner front-runner hopeful
    contender rival challenger incumbent speaker democrat republican independent socialist
    pundit commentator columnist writer author reporter journalist editor activist organizer
    student teacher resident voter supporter woman man owner chair premier chancellor king
    queen emir envoy negotiator representative rep. sen. gov. legislator delegate
    mp mpp mla mna mep councillor councilor alderman reeve taoiseach
    defenceman defenseman winger goalie goaltender netminder rookie
    coach player captain athlete skater pitcher quarterback striker midfielder
    neighbour neighbor homeowner tenant landlord farmer nurse doctor physician surgeon worker
    employee entrepreneur retiree grandmother grandfather mom dad parent organiser volunteer
    survivor witness scientist researcher historian paramedic firefighter constable mp.
    soldier elder boss reader listener viewer caller user commenter
    pm cm honour honor magistrate coroner
    mum principal pastor priest rabbi imam bishop chef artist musician filmmaker novelist
    defendant complainant plaintiff claimant appellant victim coroner juror investigator
    sister brother aunt uncle cousin nephew niece grandson granddaughter widow widower
    friend colleague partner fiance fiancee girlfriend boyfriend passenger driver
    protester protestor demonstrator patient commuter motorist shopper
    ally confidant loyalist insider donor surrogate backer critic opponent
    curator conductor choreographer playwright poet composer meteorologist epidemiologist
    medallist medalist sprinter ceo cfo coo mvp champion
    attendee participant panelist bystander onlooker eyewitness guest
    fisherman fisherwoman fisher harvester lobsterman rancher trapper trucker logger
    electrician plumber welder""")

# Role nouns of a person who speaks for someone else ("a spokesperson for the minister", "an
# aide to the premier", "a lawyer for Smith"): the one spoken for is the source (rule
# spokesperson_for). Not "voter", "friend", "resident": a voter from Brampton speaks for no one.
SPEAKS_FOR_NOUNS = _set("""spokesperson spokesman spokeswoman spokespeople aide aides adviser
    advisor lawyer lawyers attorney attorneys counsel representative official officials
    publicist agent""")

# Positions of players: a role only with a modifier ("the rookie centre", "the veteran
# forward"); alone they are places or things ("the centre said" is an organisation's).
POSITION_NOUNS = _set("""centre center forward defender goalkeeper keeper blueliner centreman
    shortstop linebacker outfielder infielder catcher guard""")

MALE_ROLE_NOUNS = _set("congressman spokesman chairman businessman father husband son man "
                       "king councilman grandfather dad alderman priest")
FEMALE_ROLE_NOUNS = _set("congresswoman spokeswoman chairwoman businesswoman mother wife "
                         "daughter woman actress queen councilwoman grandmother mom mum "
                         "alderwoman")

# Groups named by a capitalised plural: never a single speaker.
GROUPS = _set(
    """Muslims Christians Jews Democrats Republicans Americans Latinos Hispanics Evangelicals
    Catholics Protestants Mormons Mexicans Conservatives Liberals Progressives Independents
    Libertarians Millennials Blacks Whites Asians Europeans Russians Syrians Iraqis Iranians
    Israelis Palestinians Saudis Germans Brits Canadians Cubans Africans Arabs Kurds Sunnis
    Shiites Afghans Pakistanis Indians Koreans Japanese Chinese Turks Greeks Italians Germans
    Britons Scots Irish Veterans Dems Repubs Trumpers Berniebros Feds Congressmen Senators""")

# Last words that make a capitalised sequence an event, a law or a thing, never a person:
# "Cold War", "Warsaw Pact", "Affordable Care Act", "Saturday Night Live".
THINGS = _set(
    """War Wars Pact Act Law Laws Bill Plan Deal Street Live Matter Matters Movement Day Night
    Week Month Year Age Era Crisis Summit Convention Debate Debates Caucus Caucuses Primary
    Primaries Amendment Constitution Treaty Accord Agreement Doctrine Program Programme Policy
    Reform Care Empire Republic Church Mosque Temple Bible Koran Quran God Jesus Christ Award
    Awards Prize Games Olympics Cup Series Bowl Tour Festival Fair Show Hour Times Dream
    Revolution Rights Coast Belt Valley Union Medicare Medicaid Obamacare Trail Index Survey
    Poll Polls Report Speech Address Tower Towers Building Center Centre Hall Museum Memorial
    Monument Station Airport Bridge Highway Road Route Line Lines Trade Wall Avenue Park
    Lawn Room Rotunda Plaza Courthouse""")


# Verbs of speaking to someone: in the passive ("Trudeau was asked:", "Voters were told:") their
# subject is the one spoken to, never the speaker (rule passive_addressee).
PASSIVE_ADDRESSEE_VERBS = _set("asked told warned urged reminded questioned pressed")

# Rule passive_charge: a verb of accusing in the passive ("He was charged with", "she is
# accused of") quotes the charge, which the one charged never said; with no "by" it names
# no speaker.
PASSIVE_CHARGE_VERBS = _set("charged accused")

# Rule role_abbreviation: role nouns written short, and the role they stand for (the one a
# title before a name spells out): "the PM added" after "Prime Minister Narendra Modi" is
# Modi, "the CM" a chief minister (India); "His Honour said" after "Justice Michael Lee" is
# the judge. A short form alone is never a name ("PM" is no organisation).
# Rule capital_role: roles written in capitals. After "the" and its modifiers ("the CEO
# said", "the two-time MVP said") they describe a person named before, not an organisation
# called by its initials; before a name they stay titles ("CEO Tim Cook").
CAPITAL_ROLES = frozenset("CEO CFO COO MVP".split())
ROLE_ABBREVIATIONS = {"pm": "prime minister", "cm": "chief minister", "honour": "", "honor": "",
                      "ceo": "ceo", "cfo": "cfo", "coo": "coo", "mvp": ""}

# Rule post_nominal: letters after a full name are an office or an honour, not part of the
# name ("Tom Little KC" then "Mr Little" is one person; "Jess Phillips MP", "Pearse Doherty
# TD", "Sir David Attenborough OBE").
POST_NOMINALS = _set("KC QC SC MP TD MLA MLC MSP MEP MPP OBE MBE CBE KBE DBE")

# Rule wire_report: news agencies, which report what others said ("According to the Canadian
# Press, the premier said he would 'not back down'" quotes the premier, not the agency).
WIRE_SERVICES = frozenset(("Canadian Press", "Associated Press", "AP", "Press Association",
                           "PA", "PA Media", "Australian Associated Press", "AAP",
                           "Press Trust of India", "PTI", "ANI", "IANS", "Reuters", "AFP",
                           "Agence France-Presse", "UPI", "United Press International",
                           # state and national agencies US outlets cite for foreign leaders'
                           # words ("According to Xinhua, Premier Li Qiang told the forum ...")
                           "Xinhua", "Xinhua News Agency", "KCNA", "Korean Central News Agency",
                           "Yonhap", "Yonhap News Agency", "Kyodo", "Kyodo News", "TASS",
                           "RIA Novosti", "Interfax", "IRNA", "WAFA", "Anadolu",
                           "Anadolu Agency", "EFE", "ANSA", "dpa", "Bernama", "Antara",
                           "Saudi Press Agency", "SPA", "Emirates News Agency", "WAM"))
