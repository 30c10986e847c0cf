"""Published-style documents 5-8 (two official releases, a deal release, an analysis piece) with gold.

Example:
    >>> len(DOCS_B)
    4
"""
from __future__ import annotations

from docs_a import CN, US, E, N, R

AI = "artificial intelligence"
SEMI = "semiconductors"

GOV_OFAC = {
    "doc_id": "pub2-gov-treasury-irgc-cyber",
    "topic": "official release (US Treasury designation)",
    "text": """Treasury Sanctions IRGC Cyber Actors and Front Companies Targeting Industrial Control Systems

February 2, 2026

WASHINGTON — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned four officials of the Islamic Revolutionary Guard Corps Cyber-Electronic Command (IRGC-CEC) and two Iran-based companies, Mahak Rayan Afraz and Emennet Pasargad, that conducted malicious cyber activities against water utilities and other critical infrastructure in the United States and Europe.

Among those designated today is Hamid Reza Lashgarian, the head of the IRGC-CEC. The IRGC-CEC is an Iranian government organization subordinate to the IRGC, which was designated pursuant to Executive Order 13224 in 2017.

In late 2023, IRGC-CEC operators hacked programmable logic controllers made by Unitronics, an Israeli manufacturer of industrial automation equipment, and defaced the devices' screens at U.S. water facilities.

"The deliberate targeting of critical infrastructure by cyber actors is a reckless and dangerous act," said Under Secretary of the Treasury for Terrorism and Financial Intelligence John K. Hurley. "The United States will not tolerate such attacks."

Concurrently, the U.S. Department of State's Rewards for Justice program is offering a reward of up to $10 million for information on the designated individuals. The Federal Bureau of Investigation (FBI) and the Cybersecurity and Infrastructure Security Agency (CISA) today issued a joint advisory on the group's techniques.

SANCTIONS IMPLICATIONS

As a result of today's action, all property and interests in property of the designated persons described above that are in the United States or in the possession or control of U.S. persons are blocked and must be reported to OFAC.

For identifying information on the individuals and entities sanctioned today, click here.

###
""",
    "entities": [
        E("United States Department of the Treasury", "Organization", "Department of the Treasury",
          "U.S. Department of the Treasury", "Treasury", "the Treasury"),
        E("Office of Foreign Assets Control", "Organization", "OFAC"),
        E("Islamic Revolutionary Guard Corps Cyber-Electronic Command", "Organization", "IRGC-CEC"),
        E("Islamic Revolutionary Guard Corps", "Organization", "IRGC"),
        E("Iran", "Country", "Iranian", "Tehran"),
        E("Mahak Rayan Afraz", "Organization"),
        E("Emennet Pasargad", "Organization"),
        E("United States", "Country", *US),
        E("Hamid Reza Lashgarian", "Person", "Lashgarian"),
        E("Unitronics", "Organization"),
        E("Israel", "Country", "Israeli"),
        E("John K. Hurley", "Person", "John Hurley", "Hurley"),
        E("United States Department of State", "Organization", "Department of State", "U.S. Department of State",
          "State Department"),
        E("Federal Bureau of Investigation", "Organization", "FBI"),
        E("Cybersecurity and Infrastructure Security Agency", "Organization", "CISA"),
    ],
    "relations": [
        R("Office of Foreign Assets Control", "partOf", "United States Department of the Treasury"),
        R("United States Department of the Treasury", "basedIn", "United States"),
        R("Office of Foreign Assets Control", "sanctions", "Mahak Rayan Afraz"),
        R("Office of Foreign Assets Control", "sanctions", "Emennet Pasargad"),
        R("Office of Foreign Assets Control", "sanctions", "Hamid Reza Lashgarian"),
        R("Mahak Rayan Afraz", "basedIn", "Iran"),
        R("Emennet Pasargad", "basedIn", "Iran"),
        R("Hamid Reza Lashgarian", "leaderOf", "Islamic Revolutionary Guard Corps Cyber-Electronic Command"),
        R("Islamic Revolutionary Guard Corps Cyber-Electronic Command", "partOf", "Islamic Revolutionary Guard Corps"),
        R("Islamic Revolutionary Guard Corps Cyber-Electronic Command", "basedIn", "Iran"),
        R("Islamic Revolutionary Guard Corps", "basedIn", "Iran"),
        R("Unitronics", "basedIn", "Israel"),
        R("John K. Hurley", "worksFor", "United States Department of the Treasury"),
        R("United States Department of State", "basedIn", "United States"),
        R("Federal Bureau of Investigation", "cooperatesWith", "Cybersecurity and Infrastructure Security Agency"),
        R("Federal Bureau of Investigation", "basedIn", "United States"),
        R("Cybersecurity and Infrastructure Security Agency", "basedIn", "United States"),
    ],
    "negatives": [],
}

GOV_SAUDI = {
    "doc_id": "pub2-gov-saudi-mcit-mous",
    "topic": "official release (Gulf ministry, MoUs)",
    "text": """Ministry of Communications and Information Technology

Home > Media Center > News

MCIT Signs MoU with Korea's Ministry of Science and ICT to Cooperate in AI and 6G

Riyadh, 10 February 2026 (SPA) -- His Excellency Eng. Abdullah bin Amer Alswaha, Minister of Communications and Information Technology, and H.E. Bae Kyung-hoon, Deputy Prime Minister and Minister of Science and ICT of the Republic of Korea, signed a memorandum of understanding (MoU) on the sidelines of LEAP 2026 in Riyadh.

Under the MoU, the two countries will cooperate in artificial intelligence, 6G mobile networks and semiconductor design, exchange experts and establish a joint working group that will meet annually.

On the same occasion, the Saudi Data and Artificial Intelligence Authority (SDAIA) signed an agreement with Naver Cloud Corp. to develop Arabic-language large language models, and HUMAIN, a company wholly owned by the Public Investment Fund (PIF), signed a memorandum of understanding with Samsung Electronics Co., Ltd. under which Samsung will supply high-bandwidth memory for HUMAIN's data centres.

H.E. Eng. Alswaha stated that the agreements reflect the directives of His Royal Highness Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud, Prime Minister and Chairman of the Board of Directors of PIF, to build a leading digital economy in line with Saudi Vision 2030.

--End--

Share this news: Facebook | X | WhatsApp

Last modified: 10/02/2026 | Was this page helpful? Yes | No
""",
    "entities": [
        E("Ministry of Communications and Information Technology of Saudi Arabia", "Organization", "MCIT",
          "Ministry of Communications and Information Technology"),
        E("Ministry of Science and ICT", "Organization", "Korea's Ministry of Science and ICT", "MSIT",
          "Ministry of Science and ICT of the Republic of Korea"),
        E("South Korea", "Country", "Korea", "Republic of Korea", "Korean", "South Korean", "Seoul"),
        E("Saudi Arabia", "Country", "Saudi", "Kingdom of Saudi Arabia", "Riyadh"),
        E("Abdullah Alswaha", "Person", "Abdullah bin Amer Alswaha", "Alswaha", "Eng. Abdullah bin Amer Alswaha",
          "Eng. Alswaha"),
        E("Bae Kyung-hoon", "Person", "H.E. Bae Kyung-hoon"),
        E(AI, "Technology", "AI"),
        E("6G", "Technology", "6G mobile networks"),
        E(SEMI, "Technology", "semiconductor", "semiconductor design", "chips"),
        E("Saudi Data and Artificial Intelligence Authority", "Organization", "SDAIA"),
        E("Naver Cloud", "Organization", "Naver Cloud Corp.", "Naver Cloud Corp"),
        E("large language models", "Technology", "large language model", "LLMs"),
        E("HUMAIN", "Organization", "Humain"),
        E("Public Investment Fund", "Organization", "PIF"),
        E("Samsung Electronics", "Organization", "Samsung", "Samsung Electronics Co., Ltd.", "Samsung Electronics Co"),
        E("high-bandwidth memory", "Technology", "HBM"),
        E("data centers", "Technology", "data centres", "data center", "data centre"),
        E("Mohammed bin Salman", "Person", "Mohammed bin Salman bin Abdulaziz Al Saud", "MBS",
          "Crown Prince Mohammed bin Salman"),
    ],
    "relations": [
        R("Abdullah Alswaha", "leaderOf", "Ministry of Communications and Information Technology of Saudi Arabia"),
        R("Bae Kyung-hoon", "leaderOf", "Ministry of Science and ICT"),
        R("Bae Kyung-hoon", "worksFor", "South Korea"),
        R("Ministry of Communications and Information Technology of Saudi Arabia", "agreementWith",
          "Ministry of Science and ICT"),
        R("Saudi Arabia", "agreementWith", "South Korea"),
        R("Saudi Arabia", "cooperatesWith", "South Korea", "planned", topics=[AI, "6G", SEMI]),
        R("Ministry of Communications and Information Technology of Saudi Arabia", "cooperatesWith",
          "Ministry of Science and ICT", "planned", topics=[AI, "6G", SEMI]),
        R("Ministry of Communications and Information Technology of Saudi Arabia", "basedIn", "Saudi Arabia"),
        R("Ministry of Science and ICT", "basedIn", "South Korea"),
        R("Saudi Data and Artificial Intelligence Authority", "agreementWith", "Naver Cloud"),
        R("Saudi Data and Artificial Intelligence Authority", "cooperatesWith", "Naver Cloud", "planned",
          topics=["large language models"]),
        R("Saudi Data and Artificial Intelligence Authority", "basedIn", "Saudi Arabia"),
        R("Saudi Data and Artificial Intelligence Authority", "focusesOn", "large language models", "planned"),
        R("Naver Cloud", "focusesOn", "large language models", "planned"),
        R("HUMAIN", "partOf", "Public Investment Fund"),
        R("HUMAIN", "agreementWith", "Samsung Electronics"),
        R("Samsung Electronics", "suppliesTo", "HUMAIN", "planned"),
        R("Samsung Electronics", "focusesOn", "high-bandwidth memory"),
        R("HUMAIN", "focusesOn", "data centers"),
        R("Mohammed bin Salman", "leaderOf", "Saudi Arabia"),
        R("Mohammed bin Salman", "leaderOf", "Public Investment Fund"),
    ],
    "negatives": [],
}

PR_EUTELSAT = {
    "doc_id": "pub2-pr-eutelsat-airbus-leo",
    "topic": "company deal release (Business Wire style)",
    "text": """Eutelsat Orders 100 LEO Satellites from Airbus Defence and Space, Completes €1.5 Billion Capital Increase

PARIS & TAUFKIRCHEN, Germany--(BUSINESS WIRE)--Eutelsat Communications S.A. (Euronext Paris: ETL) ("Eutelsat") today announced that it has signed a contract with Airbus Defence and Space GmbH for 100 low Earth orbit (LEO) satellites to replenish and extend its constellation, with deliveries starting in 2027.

The satellites will be built on the Arrow platform at Airbus's facility in Toulouse and will carry a new digital payload developed with Thales Alenia Space SAS, a joint venture between Thales S.A. and Leonardo S.p.A.

Eutelsat also announced the completion of its €1.5 billion capital increase. The French State, through the Agence des participations de l'État (APE), subscribed €717 million, and India's Bharti Enterprises Ltd. and the UK Government also took part.

"This order secures the continuity of Europe's only sovereign LEO constellation," said Jean-François Fallacher, Chief Executive Officer of Eutelsat Group.

"We are proud to build the next generation of connectivity satellites in Europe," said Alain Fauré, Head of Space Systems at Airbus Defence and Space.

About Eutelsat Group
Eutelsat Group is a global leader in satellite communications, operating a fleet of 35 geostationary satellites and more than 600 LEO satellites. The Group is headquartered in Paris, France. For more information, visit www.eutelsat.com.

About Airbus
Airbus Defence and Space GmbH is a division of Airbus SE, a global leader in aeronautics, space and related services.

Forward-Looking Statements
This press release contains forward-looking statements. Eutelsat may seek further partnerships with other satellite manufacturers or operators, and actual results could differ materially from those expressed. Eutelsat undertakes no obligation to update any forward-looking statement.

Contacts
Media: Joanna Darlington, Eutelsat, +33 1 53 98 47 00, jdarlington@eutelsat.com
""",
    "entities": [
        E("Eutelsat", "Organization", "Eutelsat Communications S.A.", "Eutelsat Communications", "Eutelsat Group"),
        E("Airbus Defence and Space", "Organization", "Airbus Defence and Space GmbH"),
        E("satellites", "Technology", "satellite", "LEO satellites", "low Earth orbit satellites",
          "satellite communications", "LEO constellation", "constellation"),
        E("Thales Alenia Space", "Organization", "Thales Alenia Space SAS"),
        E("Thales", "Organization", "Thales S.A.", "Thales SA"),
        E("Leonardo", "Organization", "Leonardo S.p.A.", "Leonardo SpA"),
        E("France", "Country", "French", "French State", "Paris"),
        E("Agence des participations de l'État", "Organization", "APE"),
        E("India", "Country", "Indian"),
        E("Bharti Enterprises", "Organization", "Bharti Enterprises Ltd.", "Bharti Enterprises Ltd", "Bharti"),
        E("Government of the United Kingdom", "Organization", "UK Government", "British government"),
        E("Jean-François Fallacher", "Person", "Fallacher"),
        E("Alain Fauré", "Person", "Fauré"),
        E("Airbus", "Organization", "Airbus SE"),
    ],
    "relations": [
        R("Eutelsat", "agreementWith", "Airbus Defence and Space"),
        R("Airbus Defence and Space", "suppliesTo", "Eutelsat", "planned"),
        R("Airbus Defence and Space", "focusesOn", "satellites"),
        R("Eutelsat", "focusesOn", "satellites"),
        R("Airbus Defence and Space", "cooperatesWith", "Thales Alenia Space", topics=["satellites"]),
        R("Thales", "jointVentureWith", "Leonardo"),
        R("Thales Alenia Space", "partOf", "Thales"),
        R("Thales Alenia Space", "partOf", "Leonardo"),
        R("France", "investsIn", "Eutelsat"),
        R("Agence des participations de l'État", "investsIn", "Eutelsat"),
        R("Agence des participations de l'État", "basedIn", "France"),
        R("Bharti Enterprises", "investsIn", "Eutelsat"),
        R("Bharti Enterprises", "basedIn", "India"),
        R("Government of the United Kingdom", "investsIn", "Eutelsat"),
        R("Jean-François Fallacher", "leaderOf", "Eutelsat"),
        R("Alain Fauré", "worksFor", "Airbus Defence and Space"),
        R("Eutelsat", "basedIn", "France"),
        R("Airbus Defence and Space", "partOf", "Airbus"),
    ],
    "negatives": [],
}

OPED = {
    "doc_id": "pub2-oped-gulf-chips-hedged",
    "topic": "analysis / opinion (hedged)",
    "text": """ANALYSIS: Will the Gulf's AI ambitions survive Washington's chip rules?

Opinion | Technology & Geopolitics | 6 min read

The views expressed are the author's own.

The United Arab Emirates and Saudi Arabia want to become the world's third pole of artificial intelligence, after the United States and China. Whether they can depends less on money than on access to advanced chips.

Analysts say Nvidia could eventually be allowed to ship its most powerful Blackwell processors to G42, the Abu Dhabi group, if the Commerce Department is satisfied with its security safeguards. Nothing has been agreed, and officials in Washington remain divided.

Huawei is widely rumoured to be pitching its Ascend accelerators to Gulf buyers as an alternative. Some bankers even speculate that the Public Investment Fund might take a stake in a Chinese AI chip designer such as Cambricon, though people close to the fund say no such talks have taken place.

Could Riyadh and Beijing sign a technology pact? Perhaps. But the kingdom is unlikely to risk its access to American hardware for one, and Microsoft, which has long been seen as a possible partner for Saudi cloud projects, has not signed any agreement with the Saudi Data and Artificial Intelligence Authority.

There is also talk in Brussels that the European Union may seek its own AI partnership with the Gulf Cooperation Council, but diplomats describe the idea as "very early".

If the gamble fails, the Gulf states may end up as expensive customers rather than AI powers.
""",
    "entities": [
        E("United Arab Emirates", "Country", "UAE", "Emirati", "Abu Dhabi"),
        E("Saudi Arabia", "Country", "Saudi", "Riyadh", "the kingdom"),
        E(AI, "Technology", "AI"),
        E("United States", "Country", *US),
        E("China", "Country", *CN),
        E(SEMI, "Technology", "semiconductor", "chips", "chip", "AI chip", "processors", "accelerators"),
        E("Nvidia", "Organization", "NVIDIA", "Nvidia Corp"),
        E("G42", "Organization", "Group 42"),
        E("United States Department of Commerce", "Organization", "Commerce Department", "Department of Commerce"),
        E("Huawei", "Organization", "Huawei Technologies"),
        E("Public Investment Fund", "Organization", "PIF"),
        E("Cambricon", "Organization", "Cambricon Technologies"),
        E("Microsoft", "Organization", "Microsoft Corp"),
        E("cloud computing", "Technology", "cloud"),
        E("Saudi Data and Artificial Intelligence Authority", "Organization", "SDAIA"),
        E("European Union", "InternationalOrganization", "EU", "Brussels"),
        E("Gulf Cooperation Council", "InternationalOrganization", "GCC"),
    ],
    "relations": [
        R("G42", "basedIn", "United Arab Emirates"),
        R("Cambricon", "basedIn", "China"),
        R("Cambricon", "focusesOn", SEMI),
        R("United Arab Emirates", "focusesOn", AI),
        R("Saudi Arabia", "focusesOn", AI),
    ],
    "negatives": [
        N("Nvidia", "suppliesTo", "G42"),
        N("Huawei", "suppliesTo", "United Arab Emirates"),
        N("Huawei", "suppliesTo", "Saudi Arabia"),
        N("Public Investment Fund", "investsIn", "Cambricon"),
        N("Saudi Arabia", "agreementWith", "China"),
        N("Microsoft", "agreementWith", "Saudi Data and Artificial Intelligence Authority"),
        N("Microsoft", "cooperatesWith", "Saudi Arabia"),
        N("European Union", "cooperatesWith", "Gulf Cooperation Council"),
        N("European Union", "agreementWith", "Gulf Cooperation Council"),
    ],
}

DOCS_B = [GOV_OFAC, GOV_SAUDI, PR_EUTELSAT, OPED]
