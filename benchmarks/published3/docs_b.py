"""Published-style documents 5-8 (exchange filing, live blog, state-media article, trade-show roundup) with gold.

Example:
    >>> len(DOCS_B)
    4
"""
from __future__ import annotations

from docs_a import AI, AI_AL, CN, SEMI, SEMI_AL, US, E, N, R

FILING_HUAHONG = {
    "doc_id": "pub3-filing-huahong-capital-increase",
    "topic": "stock-exchange announcement (Hong Kong)",
    "text": """Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility for the contents of this announcement, make no representation as to its accuracy or completeness and expressly disclaim any liability whatsoever for any loss howsoever arising from or in reliance upon the whole or any part of the contents of this announcement.

HUA HONG SEMICONDUCTOR LIMITED
華虹半導體有限公司
(incorporated in Hong Kong with limited liability)
(Stock Code: 1347)

DISCLOSEABLE AND CONNECTED TRANSACTION
CAPITAL INCREASE IN HUA HONG MANUFACTURING (WUXI) CO., LTD.

THE CAPITAL INCREASE AGREEMENT

The board (the "Board") of directors of Hua Hong Semiconductor Limited (the "Company") announces that on 27 March 2026 (after trading hours), the Company, China Integrated Circuit Industry Investment Fund Phase II Co., Ltd. ("Big Fund II") and Wuxi Xishan State-owned Capital Investment Co., Ltd. ("Xishan Capital") entered into a capital increase agreement (the "Capital Increase Agreement") with Hua Hong Manufacturing (Wuxi) Co., Ltd. (the "Target Company"), pursuant to which the Company, Big Fund II and Xishan Capital will contribute RMB4,020 million, RMB2,580 million and RMB1,200 million, respectively, to the registered capital of the Target Company.

Upon completion, the Target Company will be owned as to 51% by the Company and will remain a subsidiary of the Company. The proceeds will be used to expand the Target Company's 12-inch wafer fabrication line in Wuxi for integrated circuits at the 40nm to 55nm nodes.

INFORMATION ON THE PARTIES

The Company is a specialty foundry principally engaged in the manufacture of integrated circuits. Its controlling shareholder is Shanghai Huahong (Group) Co., Ltd. ("Huahong Group").

Big Fund II is a company established in the PRC whose shareholders include the Ministry of Finance of the PRC. It is a substantial shareholder of the Target Company and therefore a connected person of the Company at the subsidiary level.

LISTING RULES IMPLICATIONS

As one or more of the applicable percentage ratios exceed 5% but are less than 25%, the Capital Increase constitutes a discloseable transaction of the Company under Chapter 14 of the Listing Rules.

By order of the Board
Hua Hong Semiconductor Limited
Bai Peng
Chairman and Executive Director

Shanghai, the PRC, 27 March 2026

As at the date of this announcement, the directors of the Company are Bai Peng (Chairman and Executive Director) and Tang Junjun (President and Executive Director); Ye Feng as Non-executive Director; and Zhang Zuxin as Independent Non-executive Director.
""",
    "entities": [
        E("Hua Hong Semiconductor", "Organization", "Hua Hong Semiconductor Limited", "HUA HONG SEMICONDUCTOR LIMITED",
          "the Company", "Hua Hong"),
        E("China Integrated Circuit Industry Investment Fund Phase II", "Organization",
          "China Integrated Circuit Industry Investment Fund Phase II Co., Ltd.", "Big Fund II"),
        E("Wuxi Xishan State-owned Capital Investment", "Organization",
          "Wuxi Xishan State-owned Capital Investment Co., Ltd.", "Xishan Capital"),
        E("Hua Hong Manufacturing (Wuxi)", "Organization", "Hua Hong Manufacturing (Wuxi) Co., Ltd.", "the Target Company",
          "Target Company", "HUA HONG MANUFACTURING (WUXI) CO., LTD."),
        E("Shanghai Huahong (Group)", "Organization", "Shanghai Huahong (Group) Co., Ltd.", "Huahong Group",
          "Shanghai Huahong Group"),
        E("Ministry of Finance of China", "Organization", "Ministry of Finance of the PRC", "Ministry of Finance"),
        E("China", "Country", *CN),
        E("Bai Peng", "Person"),
        E("Tang Junjun", "Person"),
        E("Ye Feng", "Person"),
        E("Zhang Zuxin", "Person"),
        E(SEMI, "Technology", *SEMI_AL),
    ],
    "relations": [
        R("Hua Hong Semiconductor", "investsIn", "Hua Hong Manufacturing (Wuxi)", "planned"),
        R("China Integrated Circuit Industry Investment Fund Phase II", "investsIn", "Hua Hong Manufacturing (Wuxi)", "planned"),
        R("Wuxi Xishan State-owned Capital Investment", "investsIn", "Hua Hong Manufacturing (Wuxi)", "planned"),
        R("Hua Hong Semiconductor", "agreementWith", "China Integrated Circuit Industry Investment Fund Phase II"),
        R("Hua Hong Semiconductor", "agreementWith", "Wuxi Xishan State-owned Capital Investment"),
        R("Hua Hong Semiconductor", "agreementWith", "Hua Hong Manufacturing (Wuxi)"),
        R("China Integrated Circuit Industry Investment Fund Phase II", "agreementWith", "Wuxi Xishan State-owned Capital Investment"),
        R("China Integrated Circuit Industry Investment Fund Phase II", "agreementWith", "Hua Hong Manufacturing (Wuxi)"),
        R("Wuxi Xishan State-owned Capital Investment", "agreementWith", "Hua Hong Manufacturing (Wuxi)"),
        R("Hua Hong Manufacturing (Wuxi)", "partOf", "Hua Hong Semiconductor"),
        R("Hua Hong Manufacturing (Wuxi)", "focusesOn", SEMI),
        R("Hua Hong Semiconductor", "focusesOn", SEMI),
        R("Hua Hong Semiconductor", "partOf", "Shanghai Huahong (Group)"),
        R("China Integrated Circuit Industry Investment Fund Phase II", "basedIn", "China"),
        R("Ministry of Finance of China", "investsIn", "China Integrated Circuit Industry Investment Fund Phase II"),
        R("Ministry of Finance of China", "basedIn", "China"),
        R("Bai Peng", "leaderOf", "Hua Hong Semiconductor"),
        R("Tang Junjun", "leaderOf", "Hua Hong Semiconductor"),
        R("Ye Feng", "worksFor", "Hua Hong Semiconductor"),
        R("Zhang Zuxin", "worksFor", "Hua Hong Semiconductor"),
    ],
    "negatives": [],
}

LIVEBLOG_NURI = {
    "doc_id": "pub3-liveblog-nuri-launch",
    "topic": "live blog with timestamps",
    "text": """LIVE

Nuri rocket's fourth launch: live updates from Naro Space Center

Auto-update: ON | Key events | Latest first

Updated 2:05 a.m. KST

2:05 a.m.
Contact confirmed with all payloads

The Korea AeroSpace Administration (KASA) says ground stations in Antarctica and Norway have received signals from the main satellite and from 12 cubesats. Administrator Yoon Young-bin called it "a new beginning for Korea's private space industry".

1:42 a.m.
President congratulates launch team

President Lee Jae-myung congratulated the launch team in a message posted on social media, calling the launch "proof that our companies can now carry Korea into orbit".

1:27 a.m.
What is different this time?

This is the first Nuri launch in which Hanwha Aerospace acted as system integrator. The Korea Aerospace Research Institute (KARI), which developed the rocket over 12 years, has transferred its launch vehicle technology to Hanwha under a 2022 contract. Hanwha Aerospace CEO Son Jae-il watched from the control room.

1:13 a.m.
LIFTOFF

Nuri lifts off from Goheung at 1:13 a.m. local time.

12:48 a.m.
About the payload

The main payload, CAS500-3, was built by KAIST's Satellite Technology Research Center (SaTReC) and will observe the aurora and the upper atmosphere.

12:30 a.m.
Background

KASA signed an agreement with NASA in March to fly a Korean-built coronagraph on a future lunar mission. The agency denied a local media report that it would buy launches from SpaceX for its next reconnaissance satellites.

Share this live blog | Copy link | Report an error
""",
    "entities": [
        E("Korea AeroSpace Administration", "Organization", "KASA", "Korea Aerospace Administration"),
        E("South Korea", "Country", "Korea", "Korean", "South Korean", "Republic of Korea"),
        E("Yoon Young-bin", "Person"),
        E("Lee Jae-myung", "Person"),
        E("Hanwha Aerospace", "Organization", "Hanwha"),
        E("Korea Aerospace Research Institute", "Organization", "KARI"),
        E("Son Jae-il", "Person"),
        E("KAIST", "Organization", "Korea Advanced Institute of Science and Technology"),
        E("Satellite Technology Research Center", "Organization", "SaTReC"),
        E("NASA", "Organization", "National Aeronautics and Space Administration"),
        E("SpaceX", "Organization"),
        E("satellites", "Technology", "satellite", "cubesats"),
        E("launch vehicles", "Technology", "launch vehicle", "launch vehicle technology", "rocket", "rockets"),
    ],
    "relations": [
        R("Yoon Young-bin", "leaderOf", "Korea AeroSpace Administration"),
        R("Korea AeroSpace Administration", "basedIn", "South Korea"),
        R("Lee Jae-myung", "leaderOf", "South Korea"),
        R("Korea Aerospace Research Institute", "suppliesTo", "Hanwha Aerospace"),
        R("Korea Aerospace Research Institute", "agreementWith", "Hanwha Aerospace"),
        R("Korea Aerospace Research Institute", "focusesOn", "launch vehicles"),
        R("Korea Aerospace Research Institute", "basedIn", "South Korea"),
        R("Hanwha Aerospace", "focusesOn", "launch vehicles"),
        R("Son Jae-il", "leaderOf", "Hanwha Aerospace"),
        R("Satellite Technology Research Center", "partOf", "KAIST"),
        R("Satellite Technology Research Center", "focusesOn", "satellites"),
        R("Korea AeroSpace Administration", "agreementWith", "NASA"),
    ],
    "negatives": [N("SpaceX", "suppliesTo", "Korea AeroSpace Administration")],
}

STATEMEDIA_ROSATOM = {
    "doc_id": "pub3-statemedia-rosatom-burkina",
    "topic": "translated state-media article (TASS style)",
    "text": """Rosatom, Burkina Faso sign roadmap on construction of nuclear power plant

MOSCOW, September 26. /TASS/. Director General of the State Atomic Energy Corporation Rosatom Alexey Likhachev and Minister of Energy, Mines and Quarries of Burkina Faso Yacouba Zabre Gouba have signed a roadmap on the construction of a nuclear power plant in the African republic, a TASS correspondent reports from the World Atomic Week international forum.

Under the document, Rosatom will build a plant based on small modular reactors and train Burkinabe specialists at Russian universities, including the National Research Nuclear University MEPhI.

"Burkina Faso has chosen a reliable partner. Russia has never left its friends without light," Likhachev said at the signing ceremony.

Earlier, the President of Burkina Faso, His Excellency Captain Ibrahim Traore, held talks with Russian President Vladimir Putin in Moscow and thanked the Russian side for its support in developing peaceful nuclear energy. The sides also agreed to expand cooperation in the field of satellite communications.

Rosatom's subsidiary Rusatom Overseas will be responsible for the implementation of the project, Chairman of the Government of the Russian Federation Mikhail Mishustin said on Thursday. The Russian Cabinet has earmarked 2 billion roubles for the training programme.

On the sidelines of the forum, Rosatom also signed a memorandum of understanding with the Ministry of Innovation and Technology of Ethiopia on the use of nuclear technologies in medicine.

The State Atomic Energy Corporation Rosatom is a Russian state corporation that unites more than 450 enterprises of the nuclear industry.
""",
    "entities": [
        E("Rosatom", "Organization", "State Atomic Energy Corporation Rosatom", "State Atomic Energy Corporation"),
        E("Burkina Faso", "Country", "Burkinabe"),
        E("Alexey Likhachev", "Person", "Likhachev", "Alexei Likhachev"),
        E("Ministry of Energy, Mines and Quarries of Burkina Faso", "Organization", "Ministry of Energy, Mines and Quarries"),
        E("Yacouba Zabre Gouba", "Person", "Gouba"),
        E("Russia", "Country", "Russian", "Russian Federation", "Moscow"),
        E("National Research Nuclear University MEPhI", "Organization", "MEPhI"),
        E("Ibrahim Traore", "Person", "Traore", "Ibrahim Traoré"),
        E("Vladimir Putin", "Person", "Putin"),
        E("Rusatom Overseas", "Organization"),
        E("Government of Russia", "Organization", "Government of the Russian Federation", "Russian Cabinet",
          "Russian government"),
        E("Mikhail Mishustin", "Person", "Mishustin"),
        E("Ministry of Innovation and Technology of Ethiopia", "Organization", "Ministry of Innovation and Technology"),
        E("Ethiopia", "Country", "Ethiopian"),
        E("nuclear energy", "Technology", "nuclear power", "nuclear technologies", "nuclear power plant"),
        E("small modular reactors", "Technology", "small modular reactor", "SMRs"),
        E("satellite communications", "Technology"),
    ],
    "relations": [
        R("Alexey Likhachev", "leaderOf", "Rosatom"),
        R("Yacouba Zabre Gouba", "leaderOf", "Ministry of Energy, Mines and Quarries of Burkina Faso"),
        R("Yacouba Zabre Gouba", "worksFor", "Burkina Faso"),
        R("Ministry of Energy, Mines and Quarries of Burkina Faso", "basedIn", "Burkina Faso"),
        R("Rosatom", "agreementWith", "Ministry of Energy, Mines and Quarries of Burkina Faso"),
        R("Alexey Likhachev", "agreementWith", "Yacouba Zabre Gouba"),
        R("Rosatom", "suppliesTo", "Burkina Faso", "planned"),
        R("Rosatom", "focusesOn", "nuclear energy"),
        R("Rosatom", "focusesOn", "small modular reactors"),
        R("Rosatom", "basedIn", "Russia"),
        R("National Research Nuclear University MEPhI", "basedIn", "Russia"),
        R("Ibrahim Traore", "leaderOf", "Burkina Faso"),
        R("Vladimir Putin", "leaderOf", "Russia"),
        R("Russia", "cooperatesWith", "Burkina Faso", topics=["nuclear energy"]),
        R("Rusatom Overseas", "partOf", "Rosatom"),
        R("Mikhail Mishustin", "leaderOf", "Government of Russia"),
        R("Government of Russia", "basedIn", "Russia"),
        R("Rosatom", "agreementWith", "Ministry of Innovation and Technology of Ethiopia"),
        R("Ministry of Innovation and Technology of Ethiopia", "basedIn", "Ethiopia"),
    ],
    "negatives": [],
}

ROUNDUP_IDEX = {
    "doc_id": "pub3-roundup-idex-defence",
    "topic": "trade-show news roundup",
    "text": """Show Daily | IDEX 2027 | Day 2

IDEX Day 2 roundup: EDGE deals, a Saudi-Korean tie-up and a Turkish drone maker's Italian debut

Abu Dhabi, 18 February 2027 | By our show staff | Stand news, contracts, photos

Tawazun signs AED 4.6bn with EDGE units
The UAE's Tawazun Council signed contracts worth AED 4.6 billion with EDGE Group subsidiaries on the second day of the show. The largest went to NIMR, EDGE's armoured vehicle maker, for 300 six-wheeled vehicles. (Hall 9, Stand 09-A01)

SAMI and Hanwha to co-produce in the Kingdom
Saudi Arabian Military Industries (SAMI) and South Korea's Hanwha Aerospace signed a memorandum of understanding to co-produce self-propelled howitzers in Saudi Arabia. Hanwha will transfer production technology to SAMI's Riyadh plant.

Leonardo and EDGE launch joint venture
Italy's Leonardo and EDGE said their joint venture, to be based in Abu Dhabi, would develop electronic warfare and avionics systems for Gulf customers.

Baykar brings Piaggio to Abu Dhabi
Turkish drone maker Baykar, which acquired Italy's Piaggio Aerospace last year, showed a Piaggio-built trainer alongside its Kizilelma unmanned fighter. Baykar chairman Selcuk Bayraktar said the company was in talks with several Gulf air forces.

BEL eyes Gulf radar market
India's Bharat Electronics Limited (BEL) signed a teaming agreement with Abu Dhabi's EDGE to offer air defence radars to third countries.

Halcon denies Sudan report
A spokesperson for EDGE's missile unit Halcon denied a media report that it had agreed to supply missiles to Sudan.

More from IDEX 2027: Photo gallery | Full exhibitor list | Sign up for the Show Daily newsletter
""",
    "entities": [
        E("Tawazun Council", "Organization", "Tawazun"),
        E("United Arab Emirates", "Country", "UAE", "Emirati", "Abu Dhabi"),
        E("EDGE Group", "Organization", "EDGE"),
        E("NIMR", "Organization"),
        E("Saudi Arabian Military Industries", "Organization", "SAMI"),
        E("Hanwha Aerospace", "Organization", "Hanwha"),
        E("South Korea", "Country", "Korea", "Korean", "South Korean"),
        E("Saudi Arabia", "Country", "Saudi", "the Kingdom"),
        E("Leonardo", "Organization", "Leonardo S.p.A."),
        E("Italy", "Country", "Italian"),
        E("Baykar", "Organization"),
        E("Turkey", "Country", "Turkish", "Türkiye"),
        E("Piaggio Aerospace", "Organization", "Piaggio"),
        E("Selcuk Bayraktar", "Person", "Bayraktar", "Selçuk Bayraktar"),
        E("Bharat Electronics Limited", "Organization", "BEL", "Bharat Electronics"),
        E("India", "Country", "Indian"),
        E("Halcon", "Organization"),
        E("Sudan", "Country", "Sudanese"),
        E("electronic warfare", "Technology", "EW"),
        E("avionics", "Technology"),
        E("drones", "Technology", "drone", "unmanned aerial vehicles", "UAVs", "unmanned"),
        E("radar", "Technology", "radars"),
        E("air defence", "Technology", "air defense"),
    ],
    "relations": [
        R("Tawazun Council", "basedIn", "United Arab Emirates"),
        R("Tawazun Council", "agreementWith", "NIMR"),
        R("NIMR", "partOf", "EDGE Group"),
        R("NIMR", "suppliesTo", "Tawazun Council", "planned"),
        R("Saudi Arabian Military Industries", "agreementWith", "Hanwha Aerospace"),
        R("Saudi Arabian Military Industries", "cooperatesWith", "Hanwha Aerospace", "planned"),
        R("Hanwha Aerospace", "basedIn", "South Korea"),
        R("Saudi Arabian Military Industries", "basedIn", "Saudi Arabia"),
        R("Hanwha Aerospace", "suppliesTo", "Saudi Arabian Military Industries", "planned"),
        R("Leonardo", "jointVentureWith", "EDGE Group"),
        R("Leonardo", "basedIn", "Italy"),
        R("Leonardo", "focusesOn", "electronic warfare"),
        R("EDGE Group", "focusesOn", "electronic warfare"),
        R("Leonardo", "focusesOn", "avionics"),
        R("EDGE Group", "focusesOn", "avionics"),
        R("Baykar", "basedIn", "Turkey"),
        R("Baykar", "focusesOn", "drones"),
        R("Piaggio Aerospace", "partOf", "Baykar"),
        R("Piaggio Aerospace", "basedIn", "Italy"),
        R("Selcuk Bayraktar", "leaderOf", "Baykar"),
        R("Bharat Electronics Limited", "basedIn", "India"),
        R("Bharat Electronics Limited", "agreementWith", "EDGE Group"),
        R("Bharat Electronics Limited", "cooperatesWith", "EDGE Group", "planned", topics=["radar"]),
        R("EDGE Group", "basedIn", "United Arab Emirates"),
        R("Halcon", "partOf", "EDGE Group"),
    ],
    "negatives": [N("Halcon", "suppliesTo", "Sudan"), N("Halcon", "agreementWith", "Sudan")],
}

DOCS_B = [FILING_HUAHONG, LIVEBLOG_NURI, STATEMEDIA_ROSATOM, ROUNDUP_IDEX]
