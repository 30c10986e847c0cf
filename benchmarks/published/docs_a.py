"""Published-article stand-in, part A: a wire story, two company releases (the texts and their annotations)."""

WIRE_SEOUL = """Samsung, SK Hynix review China plans as U.S. tightens memory chip curbs

By Joyce Lee and Heekyong Yang

March 3, 2025 6:12 AM GMT+9 Updated 2 hours ago

FILE PHOTO: The logo of Samsung Electronics is seen at its office building in Seoul, South Korea, January 31, 2025. REUTERS/Kim Hong-Ji/File Photo Purchase Licensing Rights

SEOUL, March 3 (Reuters) - South Korea's Samsung Electronics (005930.KS), opens new tab and SK Hynix (000660.KS), opens new tab are reviewing supply plans for their Chinese plants after the United States tightened curbs on exports of advanced memory chips and chipmaking tools to China, three people familiar with the matter said on Monday.

The U.S. Commerce Department's Bureau of Industry and Security last month added 140 Chinese entities to its Entity List, including chip equipment maker Naura Technology Group (002371.SZ), opens new tab, and restricted shipments of high-bandwidth memory (HBM) chips to China.

Samsung, the world's largest memory chipmaker, makes about 40% of its NAND flash memory at its plant in Xian, while SK Hynix produces DRAM chips in Wuxi.

Both companies hold Validated End-User status, which lets them bring U.S. equipment into their Chinese plants without individual licences, and a Commerce Department spokesperson said on Friday the new rules did not revoke that status.

"We are closely monitoring the situation and will respond in line with the regulations," Samsung said in a statement.

SK Hynix, which supplies HBM chips to Nvidia (NVDA.O), opens new tab, said it did not expect a material impact on its business this year.

Industry Minister Ahn Duk-geun told reporters the government would seek consultations with Washington to minimise the impact on Korean companies.

China's commerce ministry said on Sunday it firmly opposed the U.S. move and would take "necessary measures" to protect the rights of Chinese companies.

Reporting by Joyce Lee in Seoul; Additional reporting by Karen Freifeld in Washington; Editing by Ed Davies

Our Standards: The Thomson Reuters Trust Principles., opens new tab
"""

WIRE_SEOUL_GOLD = {
    "entities": [
        ("Samsung Electronics", "Organization", ["Samsung"]),
        ("SK Hynix", "Organization", ["SK hynix"]),
        ("South Korea", "Country", ["Korean", "Korea"]),
        ("United States", "Country", ["U.S.", "US", "Washington"]),
        ("China", "Country", ["Chinese"]),
        ("United States Department of Commerce", "Organization", ["Commerce Department", "U.S. Commerce Department"]),
        ("Bureau of Industry and Security", "Organization", ["BIS"]),
        ("Naura Technology Group", "Organization", ["Naura"]),
        ("semiconductors", "Technology", ["memory chips", "chips", "memory chipmaker"]),
        ("semiconductor manufacturing equipment", "Technology", ["chipmaking tools", "chip equipment"]),
        ("high-bandwidth memory", "Technology", ["HBM"]),
        ("NAND flash memory", "Technology", []),
        ("DRAM", "Technology", []),
        ("Nvidia", "Organization", []),
        ("Ahn Duk-geun", "Person", []),
        ("Ministry of Commerce of China", "Organization", ["commerce ministry", "China's commerce ministry"]),
    ],
    "relations": [
        ("Samsung Electronics", "basedIn", "South Korea"),
        ("SK Hynix", "basedIn", "South Korea"),
        ("United States", "restrictsExportsTo", "China"),
        ("United States Department of Commerce", "basedIn", "United States"),
        ("Bureau of Industry and Security", "partOf", "United States Department of Commerce"),
        ("Bureau of Industry and Security", "sanctions", "Naura Technology Group"),
        ("Bureau of Industry and Security", "restrictsExportsTo", "China"),
        ("Naura Technology Group", "basedIn", "China"),
        ("Naura Technology Group", "focusesOn", "semiconductor manufacturing equipment"),
        ("Samsung Electronics", "focusesOn", "semiconductors"),
        ("Samsung Electronics", "focusesOn", "NAND flash memory"),
        ("SK Hynix", "focusesOn", "DRAM"),
        ("SK Hynix", "focusesOn", "high-bandwidth memory"),
        ("SK Hynix", "suppliesTo", "Nvidia"),
        ("Ahn Duk-geun", "worksFor", "South Korea"),
        ("Ministry of Commerce of China", "basedIn", "China"),
    ],
    "negatives": [
        ("United States", "restrictsExportsTo", "Samsung Electronics"),
        ("United States", "restrictsExportsTo", "SK Hynix"),
        ("United States Department of Commerce", "restrictsExportsTo", "Samsung Electronics"),
        ("United States Department of Commerce", "restrictsExportsTo", "SK Hynix"),
    ],
}

PR_FLUENCE = """Fluence to Supply 500 MW / 2,000 MWh Battery Energy Storage System to AGL Energy in New South Wales

News provided by
Fluence Energy, Inc.
May 20, 2025, 07:00 ET

Share this article

ARLINGTON, Va., May 20, 2025 /PRNewswire/ -- Fluence Energy, Inc. (NASDAQ: FLNC) ("Fluence" or the "Company"), a global market leader in energy storage products and services, today announced that it has signed an agreement with AGL Energy Limited (ASX: AGL) to supply a 500 MW / 2,000 MWh battery energy storage system for AGL's Tomago site in New South Wales.

The project will use Fluence's Gridstack\u2122 Pro product, built on the Company's sixth-generation technology platform, and will be operated through the Fluence Mosaic\u2122 bidding software and the Fluence Nispera\u2122 asset performance management platform. The lithium-ion battery cells will be supplied by AESC, a Japan-headquartered battery maker.

"Australia is one of the most dynamic energy storage markets in the world, and we are proud to deepen our partnership with AGL," said Julian Nebreda, President and Chief Executive Officer of Fluence. "Tomago will be one of the largest batteries in the National Electricity Market."

Damien Nicks, Managing Director and Chief Executive Officer of AGL Energy Limited, said: "This project is a cornerstone of our plan to build grid-scale energy storage that keeps the lights on as coal plants close."

Construction is expected to begin in the second half of 2025, with commercial operation targeted for 2027.

About Fluence

Fluence Energy, Inc. (Nasdaq: FLNC) is a global market leader delivering intelligent energy storage products, services and optimization software. The Company's solutions are helping to create a more resilient grid across nearly 50 markets. Fluence is headquartered in Arlington, Virginia, USA. For more information, visit our website, or follow us on LinkedIn or X.

About AGL

AGL Energy Limited is one of Australia's leading integrated essential service providers, with a proud history of innovation spanning more than 185 years. AGL supplies energy and other essential services to around 4.5 million customer accounts.

Forward-Looking Statements

This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995. These statements are based on the Company's current expectations and are subject to risks and uncertainties, including those described in the Company's Annual Report on Form 10-K filed with the Securities and Exchange Commission. Fluence undertakes no obligation to update any forward-looking statement.

Media Contact
Ellen Wells
Fluence Energy
Email: media.na@fluenceenergy.com

Investor Relations
Lexington May
Phone: +1 713-909-5629

SOURCE Fluence Energy, Inc.
"""

PR_FLUENCE_GOLD = {
    "entities": [
        ("Fluence Energy", "Organization", ["Fluence", "Fluence Energy, Inc.", "Fluence Energy Inc"]),
        ("AGL Energy", "Organization", ["AGL", "AGL Energy Limited"]),
        ("energy storage", "Technology", ["battery energy storage", "grid-scale energy storage"]),
        ("batteries", "Technology", ["battery", "lithium-ion battery cells", "battery cells"]),
        ("AESC", "Organization", []),
        ("Japan", "Country", []),
        ("Australia", "Country", []),
        ("Julian Nebreda", "Person", []),
        ("Damien Nicks", "Person", []),
        ("United States", "Country", ["USA"]),
    ],
    "relations": [
        ("Fluence Energy", "agreementWith", "AGL Energy"),
        ("Fluence Energy", "suppliesTo", "AGL Energy", "planned"),
        ("Fluence Energy", "cooperatesWith", "AGL Energy"),
        ("Fluence Energy", "focusesOn", "energy storage"),
        ("AESC", "suppliesTo", "Fluence Energy", "planned"),
        ("AESC", "basedIn", "Japan"),
        ("AESC", "focusesOn", "batteries"),
        ("Julian Nebreda", "leaderOf", "Fluence Energy"),
        ("Damien Nicks", "leaderOf", "AGL Energy"),
        ("AGL Energy", "focusesOn", "energy storage", "planned"),
        ("Fluence Energy", "basedIn", "United States"),
        ("AGL Energy", "basedIn", "Australia"),
    ],
    "negatives": [],
}

BW_ROCKETLAB = """Rocket Lab Signs Five-Launch Deal with iQPS, Bringing Japanese Operator's Electron Launches to 13

Fourth multi-launch contract with the Earth-imaging company

LONG BEACH, Calif.--(BUSINESS WIRE)--Rocket Lab USA, Inc. (Nasdaq: RKLB) ("Rocket Lab" or "the Company"), a global leader in launch services and space systems, today announced it has signed a multi-launch agreement with Japanese Earth-imaging company iQPS Inc. (TSE: 5595) for five additional dedicated Electron launches, beginning in 2026.

iQPS is building a constellation of 36 synthetic aperture radar (SAR) satellites, the QPS-SAR series, that can image the Earth's surface at night and through clouds. The new contract follows the deployment of QPS-SAR-9 and QPS-SAR-10 on Electron earlier this year.

"We're thrilled iQPS has once again put its trust in Electron to build out its constellation," said Sir Peter Beck, Rocket Lab founder and CEO.

Dr. Shunsuke Onishi, President and CEO of iQPS, said: "Electron has delivered every one of our satellites precisely to orbit, and this agreement gives us the launch cadence we need."

The satellite programme is partly funded by the Japan Aerospace Exploration Agency (JAXA) through the government's Space Strategy Fund.

About Rocket Lab

Rocket Lab is a leading launch and space systems company that provides launch services, spacecraft, payloads and satellite components serving commercial, government, and national security markets. Rocket Lab's Electron rocket is the second most frequently launched U.S. rocket annually. Rocket Lab is headquartered in Long Beach, California, and has launch sites in New Zealand and Virginia.

Rocket Lab Forward-Looking Statements

This press release may contain forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995. We intend such forward-looking statements to be covered by the safe harbor provisions of Section 27A of the Securities Act of 1933 and Section 21E of the Securities Exchange Act of 1934. Factors that could cause actual results to differ are described in our filings with the Securities and Exchange Commission (SEC).

Contacts
Rocket Lab Media Contact
Morgan Bailey
media@rocketlabusa.com
"""

BW_ROCKETLAB_GOLD = {
    "entities": [
        ("Rocket Lab", "Organization", ["Rocket Lab USA", "Rocket Lab USA, Inc."]),
        ("iQPS", "Organization", ["iQPS Inc."]),
        ("Japan", "Country", ["Japanese"]),
        ("synthetic aperture radar", "Technology", ["SAR", "synthetic aperture radar satellites"]),
        ("Peter Beck", "Person", ["Sir Peter Beck"]),
        ("Shunsuke Onishi", "Person", ["Dr. Shunsuke Onishi"]),
        ("Japan Aerospace Exploration Agency", "Organization", ["JAXA"]),
        ("United States", "Country", ["U.S."]),
        ("New Zealand", "Country", []),
    ],
    "relations": [
        ("Rocket Lab", "agreementWith", "iQPS"),
        ("Rocket Lab", "suppliesTo", "iQPS"),
        ("iQPS", "basedIn", "Japan"),
        ("iQPS", "focusesOn", "synthetic aperture radar"),
        ("Peter Beck", "leaderOf", "Rocket Lab"),
        ("Shunsuke Onishi", "leaderOf", "iQPS"),
        ("Japan Aerospace Exploration Agency", "investsIn", "iQPS"),
        ("Japan Aerospace Exploration Agency", "basedIn", "Japan"),
        ("Rocket Lab", "basedIn", "United States"),
    ],
    "negatives": [],
}
