"""Published-style documents 1-4 of the sixth published stand-in (joint-venture press release, earnings-call
transcript excerpt, annual-report risk factor on export controls, space trade-press article) with gold.

Example:
    >>> len(DOCS_A)
    4
"""
from __future__ import annotations

from gold_rows import E, N, R

US = ["U.S.", "US", "USA", "United States of America", "America", "American", "Americans", "Washington"]
CN = ["Chinese", "People's Republic of China", "PRC", "Beijing"]
AI = "artificial intelligence"
SEMI = ["semiconductor", "chips", "chip", "microchips"]


JV_RELEASE = {
    "doc_id": "pub6-release-renesas-tata-jv",
    "topic": "joint-venture press release with About sections and safe-harbour text",
    "text": """NEWS RELEASE

Renesas and Tata Electronics to Form Joint Venture for Power Semiconductor Assembly and Test in India

Partnership combines Renesas' power device portfolio with Tata's manufacturing scale; first output expected in 2028

TOKYO, Japan and BENGALURU, India, March 9, 2026 -- Renesas Electronics Corporation (TSE: 6723), a premier supplier of advanced semiconductor solutions, and Tata Electronics Private Limited, a subsidiary of Tata Sons, today announced that they have signed a definitive agreement to form a joint venture that will assemble and test power semiconductors in Dholera, Gujarat.

The joint venture, to be named Renesas Tata Power Devices Private Limited, will be owned 51% by Tata Electronics and 49% by Renesas. It will package silicon carbide and gallium nitride devices, including Renesas' RA-series controllers and its new RPD650 power module, for electric-vehicle makers and solar inverter manufacturers. Under a separate long-term supply agreement, Renesas will provide wafers to the venture, and Tata Electronics will supply assembled modules back to Renesas for its global customers.

"India is becoming one of the most important places in the world to build electronics, and Tata is the right partner to help us get there," said Hidetoshi Shibata, President and CEO of Renesas. "Together we can serve automotive customers from Pune to Stuttgart."

"This partnership brings world-class power technology to Dholera," said Randhir Thakur, CEO and Managing Director of Tata Electronics. "It builds on our collaboration with Powerchip Semiconductor Manufacturing Corporation on India's first commercial fab."

The Government of Gujarat has granted the project land and infrastructure support. The companies said the venture will not sell products to customers in Russia or Belarus. Closing is subject to regulatory approvals, including from the Competition Commission of India.

About Renesas Electronics Corporation
Renesas Electronics Corporation empowers a safer, smarter and more sustainable future where technology helps make our lives easier. A leading global provider of microcontrollers, Renesas combines expertise in embedded processing, analog, power and connectivity. Headquartered in Tokyo, Japan, Renesas has operations in more than 30 countries. More information can be found at renesas.com.

About Tata Electronics
Tata Electronics Private Limited is a greenfield venture of the Tata Group with expertise in manufacturing precision components. It is building India's first AI-enabled semiconductor foundry.

Forward-Looking Statements
This press release contains forward-looking statements, including statements about the expected timing of the joint venture and its benefits. Actual results could differ materially because of risks including regulatory delays, changes in demand and geopolitical developments. Neither Renesas nor Tata Electronics undertakes any obligation to update these statements.

Media Contacts:
Renesas Electronics Corporation, Corporate Communications, pr@renesas.com
Tata Electronics, media@tataelectronics.co.in
""",
    "entities": [
        E("Renesas Electronics", "Organization", "Renesas", "Renesas Electronics Corporation", "Renesas'"),
        E("Tata Electronics", "Organization", "Tata Electronics Private Limited", "Tata"),
        E("Tata Sons", "Organization", "Tata Group"),
        E("Renesas Tata Power Devices", "Organization", "Renesas Tata Power Devices Private Limited"),
        E("Japan", "Country", "Japanese"),
        E("India", "Country", "Indian"),
        E("Russia", "Country", "Russian"),
        E("Belarus", "Country", "Belarusian"),
        E("Hidetoshi Shibata", "Person", "Shibata"),
        E("Randhir Thakur", "Person", "Thakur"),
        E("Powerchip Semiconductor Manufacturing Corporation", "Organization", "Powerchip", "PSMC"),
        E("Government of Gujarat", "Organization"),
        E("Competition Commission of India", "Organization", "CCI"),
        E("semiconductors", "Technology", *SEMI, "power semiconductors", "semiconductor solutions"),
        E("electric vehicles", "Technology", "electric-vehicle", "EV"),
        E("microcontrollers", "Technology", "microcontroller"),
        E(AI, "Technology", "AI"),
    ],
    "relations": [
        R("Renesas Electronics", "jointVentureWith", "Tata Electronics", "planned"),
        R("Renesas Electronics", "agreementWith", "Tata Electronics"),
        R("Renesas Electronics", "cooperatesWith", "Tata Electronics"),
        R("Renesas Electronics", "investsIn", "Renesas Tata Power Devices", "planned"),
        R("Tata Electronics", "investsIn", "Renesas Tata Power Devices", "planned"),
        R("Renesas Electronics", "suppliesTo", "Renesas Tata Power Devices", "planned"),
        R("Tata Electronics", "suppliesTo", "Renesas Electronics", "planned"),
        R("Tata Electronics", "partOf", "Tata Sons"),
        R("Renesas Tata Power Devices", "basedIn", "India"),
        R("Renesas Tata Power Devices", "focusesOn", "semiconductors"),
        R("Renesas Electronics", "focusesOn", "semiconductors"),
        R("Renesas Electronics", "focusesOn", "microcontrollers"),
        R("Tata Electronics", "focusesOn", "semiconductors"),
        R("Renesas Electronics", "basedIn", "Japan"),
        R("Tata Electronics", "basedIn", "India"),
        R("Hidetoshi Shibata", "leaderOf", "Renesas Electronics"),
        R("Randhir Thakur", "leaderOf", "Tata Electronics"),
        R("Tata Electronics", "cooperatesWith", "Powerchip Semiconductor Manufacturing Corporation"),
        R("Government of Gujarat", "investsIn", "Renesas Tata Power Devices"),
        R("Government of Gujarat", "basedIn", "India"),
        R("Competition Commission of India", "basedIn", "India"),
    ],
    "negatives": [
        N("Renesas Tata Power Devices", "suppliesTo", "Russia"),
        N("Renesas Tata Power Devices", "suppliesTo", "Belarus"),
    ],
}

EARNINGS_CALL = {
    "doc_id": "pub6-call-tokyo-electron-q3",
    "topic": "earnings-call transcript excerpt with operator and analysts",
    "text": """Tokyo Electron Limited (8035.T) Q3 FY2026 Earnings Call Transcript

Operator: Good afternoon, ladies and gentlemen, and welcome to Tokyo Electron's third-quarter earnings conference call. At this time all participants are in listen-only mode. I would now like to hand the call over to Toshiki Kawai, President and CEO. Please go ahead.

Toshiki Kawai: Thank you, operator. Net sales in the quarter reached 640 billion yen. Demand for our etch and deposition tools from logic customers remained strong, led by TSMC's 2-nanometer ramp in Taiwan and Samsung Electronics' investment in high-bandwidth memory. We also shipped our first Episode UL coater-developer systems to Rapidus in Hokkaido for its pilot line. China accounted for 36% of sales, down from 44% a year ago, as new U.S. and Japanese export controls took effect.

Operator: Thank you. Our first question comes from Kazuo Yoshikawa with Morgan Stanley MUFG Securities. Please go ahead.

Kazuo Yoshikawa: Thank you. There are reports that you are supplying etch tools to SMIC's 5-nanometer line in Shanghai. Can you comment on that?

Toshiki Kawai: We comply fully with the export regulations of Japan and the United States. We do not supply SMIC with equipment for advanced nodes, and we do not ship to any customer on the Entity List. Our China business today is mainly mature-node and power semiconductor customers.

Operator: Our next question comes from Aiko Matsuda with Goldman Sachs Japan. Please go ahead.

Aiko Matsuda: Thank you. Hiroshi Kawamoto, maybe a question for you as CFO. Will you build a second plant in the United States to be closer to Intel and Micron?

Hiroshi Kawamoto: We are always reviewing our footprint, but we have no plan at this time for a U.S. manufacturing plant. We will invest 150 billion yen in research and development this year, including a new development building in Miyagi, and we are deepening our joint research with imec in Belgium on high-NA patterning.

Operator: Our last question comes from Sebastien Lemaire with BNP Paribas Exane.

Sebastien Lemaire: Do you see Applied Materials or Lam Research as the bigger competitor in etch?

Toshiki Kawai: Both are strong competitors. We compete with Lam Research in conductor etch every day, and we think our new Acrevia system will win share.

Operator: That concludes today's question-and-answer session. Thank you for participating.
""",
    "entities": [
        E("Tokyo Electron", "Organization", "Tokyo Electron Limited", "TEL"),
        E("Toshiki Kawai", "Person", "Kawai"),
        E("TSMC", "Organization", "Taiwan Semiconductor Manufacturing Company"),
        E("Taiwan", "Country", "Taiwanese"),
        E("Samsung Electronics", "Organization", "Samsung"),
        E("Rapidus", "Organization"),
        E("China", "Country", *CN),
        E("United States", "Country", *US),
        E("Japan", "Country", "Japanese"),
        E("Kazuo Yoshikawa", "Person", "Yoshikawa"),
        E("Morgan Stanley MUFG Securities", "Organization"),
        E("SMIC", "Organization", "Semiconductor Manufacturing International Corporation"),
        E("Aiko Matsuda", "Person", "Matsuda"),
        E("Goldman Sachs Japan", "Organization", "Goldman Sachs"),
        E("Hiroshi Kawamoto", "Person", "Kawamoto"),
        E("Intel", "Organization", "Intel Corporation"),
        E("Micron", "Organization", "Micron Technology"),
        E("imec", "Organization", "IMEC"),
        E("Belgium", "Country", "Belgian"),
        E("Sebastien Lemaire", "Person", "Lemaire"),
        E("BNP Paribas Exane", "Organization", "BNP Paribas"),
        E("Applied Materials", "Organization"),
        E("Lam Research", "Organization", "Lam"),
        E("semiconductors", "Technology", *SEMI, "power semiconductor"),
        E("high-bandwidth memory", "Technology", "HBM"),
        E("semiconductor manufacturing equipment", "Technology", "etch", "deposition tools", "etch tools"),
    ],
    "relations": [
        R("Toshiki Kawai", "leaderOf", "Tokyo Electron"),
        R("Hiroshi Kawamoto", "worksFor", "Tokyo Electron"),
        R("Tokyo Electron", "suppliesTo", "TSMC"),
        R("Tokyo Electron", "suppliesTo", "Samsung Electronics"),
        R("Tokyo Electron", "suppliesTo", "Rapidus"),
        R("Tokyo Electron", "suppliesTo", "China"),
        R("TSMC", "basedIn", "Taiwan"),
        R("Samsung Electronics", "focusesOn", "high-bandwidth memory"),
        R("United States", "restrictsExportsTo", "China"),
        R("Japan", "restrictsExportsTo", "China"),
        R("Kazuo Yoshikawa", "worksFor", "Morgan Stanley MUFG Securities"),
        R("Aiko Matsuda", "worksFor", "Goldman Sachs Japan"),
        R("Sebastien Lemaire", "worksFor", "BNP Paribas Exane"),
        R("SMIC", "basedIn", "China"),
        R("Tokyo Electron", "cooperatesWith", "imec"),
        R("imec", "basedIn", "Belgium"),
        R("Tokyo Electron", "competesWith", "Lam Research"),
        R("Tokyo Electron", "competesWith", "Applied Materials"),
        R("Tokyo Electron", "focusesOn", "semiconductor manufacturing equipment"),
    ],
    "negatives": [
        N("Tokyo Electron", "suppliesTo", "SMIC"),
        N("Tokyo Electron", "suppliesTo", "Intel"),
        N("Tokyo Electron", "suppliesTo", "Micron"),
    ],
}

RISK_FACTORS = {
    "doc_id": "pub6-annual-report-asmi-export-risk",
    "topic": "annual-report risk-factor section on export controls",
    "text": """ASM International N.V. -- Annual Report 2025

Risk factors

Export control and trade restrictions may limit our ability to sell to customers in certain countries.

We are subject to the export control laws of the Netherlands, the European Union, the United States and other jurisdictions. Since September 2023, the Dutch government has required ASM to obtain export licenses for certain advanced atomic layer deposition (ALD) and epitaxy tools shipped to China, and in January 2025 the Netherlands extended these requirements to further tool categories. The U.S. Department of Commerce's Bureau of Industry and Security (BIS) has in addition restricted the export of U.S.-origin items to many of our Chinese customers and has added several of them, including SMIC and Yangtze Memory Technologies Co., Ltd. (YMTC), to the Entity List. As a result, we no longer ship advanced tools such as our Synergis and Intrepid ES systems to YMTC.

In 2025, customers in China accounted for approximately 31% of our revenue, mainly from mature-node logic and power devices. Should further customers be added to the Entity List, or should Japan and South Korea adopt similar controls on their suppliers, our revenue from China could decline materially. It is possible that China's Ministry of Commerce could impose countermeasures on foreign equipment makers, as it did in 2023 when it restricted exports of gallium and germanium; MOFCOM has not taken any action against ASM to date.

We depend on a limited number of suppliers for critical components. For example, we source certain reactor parts from Ferrotec Holdings in Japan and vacuum components from VAT Group in Switzerland. Any export restriction affecting these suppliers could disrupt our production in Singapore and Korea.

We also compete with larger companies, such as Applied Materials, Lam Research and Tokyo Electron, as well as with Chinese competitors supported by state funds, such as Naura Technology Group and Piotech, which benefit from the National Integrated Circuit Industry Investment Fund.

Our largest customers, including TSMC, Samsung and Intel, account for a significant portion of our sales. A reduction in capital spending by any one of them could adversely affect our results. We cannot assure you that Intel will continue to purchase our ALD tools for its 18A process.

Management considers these risks in its annual risk assessment, which is reviewed by the Audit Committee of the Supervisory Board.
""",
    "entities": [
        E("ASM International", "Organization", "ASM International N.V.", "ASM", "ASMI"),
        E("Netherlands", "Country", "Dutch", "Holland"),
        E("Government of the Netherlands", "Organization", "Dutch government"),
        E("European Union", "InternationalOrganization", "EU"),
        E("United States", "Country", *US),
        E("China", "Country", *CN),
        E("United States Department of Commerce", "Organization", "U.S. Department of Commerce", "Department of Commerce", "Commerce Department"),
        E("Bureau of Industry and Security", "Organization", "BIS"),
        E("SMIC", "Organization", "Semiconductor Manufacturing International Corporation"),
        E("Yangtze Memory Technologies", "Organization", "Yangtze Memory Technologies Co., Ltd.", "YMTC"),
        E("Japan", "Country", "Japanese"),
        E("South Korea", "Country", "Korea", "Korean"),
        E("Ministry of Commerce of China", "Organization", "MOFCOM", "China's Ministry of Commerce", "Ministry of Commerce"),
        E("Ferrotec Holdings", "Organization", "Ferrotec"),
        E("VAT Group", "Organization"),
        E("Switzerland", "Country", "Swiss"),
        E("Singapore", "Country"),
        E("Applied Materials", "Organization"),
        E("Lam Research", "Organization"),
        E("Tokyo Electron", "Organization", "TEL"),
        E("Naura Technology Group", "Organization", "Naura"),
        E("Piotech", "Organization"),
        E("National Integrated Circuit Industry Investment Fund", "Organization", "Big Fund"),
        E("TSMC", "Organization"),
        E("Samsung", "Organization", "Samsung Electronics"),
        E("Intel", "Organization"),
        E("atomic layer deposition", "Technology", "ALD"),
        E("gallium", "Technology"),
        E("germanium", "Technology"),
    ],
    "relations": [
        R("ASM International", "basedIn", "Netherlands"),
        R("Government of the Netherlands", "restrictsExportsTo", "China"),
        R("Netherlands", "restrictsExportsTo", "China"),
        R("Government of the Netherlands", "basedIn", "Netherlands"),
        R("Bureau of Industry and Security", "partOf", "United States Department of Commerce"),
        R("United States Department of Commerce", "basedIn", "United States"),
        R("Bureau of Industry and Security", "restrictsExportsTo", "China"),
        R("Bureau of Industry and Security", "sanctions", "SMIC"),
        R("Bureau of Industry and Security", "sanctions", "Yangtze Memory Technologies"),
        R("Bureau of Industry and Security", "restrictsExportsTo", "SMIC"),
        R("Bureau of Industry and Security", "restrictsExportsTo", "Yangtze Memory Technologies"),
        R("SMIC", "basedIn", "China"),
        R("Yangtze Memory Technologies", "basedIn", "China"),
        R("ASM International", "restrictsExportsTo", "Yangtze Memory Technologies"),
        R("ASM International", "suppliesTo", "China"),
        R("Ministry of Commerce of China", "basedIn", "China"),
        R("Ferrotec Holdings", "suppliesTo", "ASM International"),
        R("Ferrotec Holdings", "basedIn", "Japan"),
        R("VAT Group", "suppliesTo", "ASM International"),
        R("VAT Group", "basedIn", "Switzerland"),
        R("ASM International", "competesWith", "Applied Materials"),
        R("ASM International", "competesWith", "Lam Research"),
        R("ASM International", "competesWith", "Tokyo Electron"),
        R("ASM International", "competesWith", "Naura Technology Group"),
        R("ASM International", "competesWith", "Piotech"),
        R("Naura Technology Group", "basedIn", "China"),
        R("Piotech", "basedIn", "China"),
        R("National Integrated Circuit Industry Investment Fund", "investsIn", "Naura Technology Group"),
        R("National Integrated Circuit Industry Investment Fund", "investsIn", "Piotech"),
        R("ASM International", "suppliesTo", "TSMC"),
        R("ASM International", "suppliesTo", "Samsung"),
        R("ASM International", "suppliesTo", "Intel"),
        R("ASM International", "focusesOn", "atomic layer deposition"),
    ],
    "negatives": [
        N("ASM International", "suppliesTo", "Yangtze Memory Technologies"),
        N("Japan", "restrictsExportsTo", "China"),
        N("South Korea", "restrictsExportsTo", "China"),
        N("Ministry of Commerce of China", "sanctions", "ASM International"),
        N("Ministry of Commerce of China", "restrictsExportsTo", "ASM International"),
    ],
}

SPACE_TRADE = {
    "doc_id": "pub6-tradepress-telkomsat-thales",
    "topic": "space trade-press article with product and model names",
    "text": """SATELLITE | COMMERCIAL

Telkomsat picks Thales Alenia Space for Merah Putih 3, books Falcon 9 ride

By Dewi Anggraini -- February 24, 2026

JAKARTA -- Indonesian operator Telkomsat has ordered a software-defined geostationary satellite from Thales Alenia Space to expand broadband coverage across the archipelago's eastern provinces, the companies said Feb. 23.

Merah Putih 3 will be built on Thales Alenia Space's Space INSPIRE platform and carry a fully reconfigurable Ku-band payload of about 80 gigabits per second. The 3,500-kilogram satellite is slated to launch in the second half of 2028 on a SpaceX Falcon 9 from Cape Canaveral, Telkomsat said, and will replace the aging Telkom-3S at 118 degrees East.

Telkomsat, the satellite arm of state-owned PT Telkom Indonesia, did not disclose the contract value. Industry sources put it at roughly $300 million including launch and insurance.

"Merah Putih 3 gives us the flexibility to move capacity to wherever demand is, from schools in Papua to fishing fleets in Maluku," said Lukman Hakim Abd. Rauf, president director of Telkomsat.

Thales Alenia Space, a joint venture between France's Thales (67%) and Italy's Leonardo (33%), has now won four of the 11 commercial geostationary orders placed worldwide since January 2025. Its chief executive, Hervé Derrey, said the Space INSPIRE line had been chosen by operators in Asia, the Middle East and Latin America.

Telkomsat also signed a memorandum of understanding with Japan's SKY Perfect JSAT to study sharing ground stations and backup capacity, according to a statement from the Indonesian company.

Competitors Airbus Defence and Space and Boeing had both bid for the contract, industry officials told SpaceNews; Airbus confirmed it took part. China Great Wall Industry Corp. did not submit an offer, a Telkomsat spokesperson said, despite Beijing's push to sell its DFH-4 satellites in Southeast Asia.

Telkomsat's last satellite, Merah Putih 2, was built by Thales Alenia Space's U.S. rival Maxar Technologies and launched on a Falcon 9 in 2024. Maxar, now owned by private equity firm Advent International, is no longer pursuing new geostationary communications satellites.

Related: Indonesia weighs second LEO constellation after Starlink approval
""",
    "entities": [
        E("Telkomsat", "Organization", "PT Telkom Satelit Indonesia"),
        E("Thales Alenia Space", "Organization"),
        E("SpaceX", "Organization", "Space Exploration Technologies"),
        E("Indonesia", "Country", "Indonesian"),
        E("Telkom Indonesia", "Organization", "PT Telkom Indonesia", "Telkom"),
        E("Lukman Hakim Abd. Rauf", "Person", "Lukman Hakim Abd Rauf", "Rauf"),
        E("Thales", "Organization", "Thales Group"),
        E("France", "Country", "French"),
        E("Leonardo", "Organization", "Leonardo S.p.A."),
        E("Italy", "Country", "Italian"),
        E("Hervé Derrey", "Person", "Herve Derrey", "Derrey"),
        E("SKY Perfect JSAT", "Organization"),
        E("Japan", "Country", "Japanese"),
        E("Airbus Defence and Space", "Organization", "Airbus"),
        E("Boeing", "Organization"),
        E("SpaceNews", "Organization"),
        E("China Great Wall Industry Corp.", "Organization", "China Great Wall Industry Corporation", "CGWIC"),
        E("China", "Country", *CN),
        E("Maxar Technologies", "Organization", "Maxar"),
        E("Advent International", "Organization", "Advent"),
        E("United States", "Country", *US),
        E("satellite communications", "Technology", "satellites", "satellite"),
    ],
    "relations": [
        R("Thales Alenia Space", "suppliesTo", "Telkomsat", "planned"),
        R("Telkomsat", "agreementWith", "Thales Alenia Space"),
        R("SpaceX", "suppliesTo", "Telkomsat", "planned"),
        R("Telkomsat", "basedIn", "Indonesia"),
        R("Telkomsat", "partOf", "Telkom Indonesia"),
        R("Telkom Indonesia", "basedIn", "Indonesia"),
        R("Lukman Hakim Abd. Rauf", "leaderOf", "Telkomsat"),
        R("Thales", "jointVentureWith", "Leonardo"),
        R("Thales Alenia Space", "partOf", "Thales"),
        R("Thales", "investsIn", "Thales Alenia Space"),
        R("Leonardo", "investsIn", "Thales Alenia Space"),
        R("Thales", "basedIn", "France"),
        R("Leonardo", "basedIn", "Italy"),
        R("Hervé Derrey", "leaderOf", "Thales Alenia Space"),
        R("Telkomsat", "agreementWith", "SKY Perfect JSAT"),
        R("Telkomsat", "cooperatesWith", "SKY Perfect JSAT", "planned"),
        R("SKY Perfect JSAT", "basedIn", "Japan"),
        R("Thales Alenia Space", "competesWith", "Airbus Defence and Space"),
        R("Thales Alenia Space", "competesWith", "Boeing"),
        R("Thales Alenia Space", "competesWith", "Maxar Technologies"),
        R("Maxar Technologies", "suppliesTo", "Telkomsat"),
        R("Maxar Technologies", "basedIn", "United States"),
        R("Maxar Technologies", "partOf", "Advent International"),
        R("Advent International", "investsIn", "Maxar Technologies"),
        R("China Great Wall Industry Corp.", "basedIn", "China"),
        R("Thales Alenia Space", "focusesOn", "satellite communications"),
        R("Telkomsat", "focusesOn", "satellite communications"),
    ],
    "negatives": [
        N("China Great Wall Industry Corp.", "suppliesTo", "Telkomsat"),
        N("Airbus Defence and Space", "suppliesTo", "Telkomsat"),
        N("Boeing", "suppliesTo", "Telkomsat"),
    ],
}

DOCS_A = [
    dict(JV_RELEASE), dict(EARNINGS_CALL), dict(RISK_FACTORS), dict(SPACE_TRADE),
]
