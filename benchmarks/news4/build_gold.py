"""Builds gold.jsonl of the news4 stand-in set (6 hand-written news-style articles, annotated per GUIDELINES.md).

Run: python3 benchmarks/news4/build_gold.py > benchmarks/news4/gold.jsonl
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gold_rows import doc, print_docs  # noqa: E402

US = ("United States", "Country", ["US", "U.S.", "USA", "United States of America", "America", "American", "Americans",
                                   "Washington"])
CN = ("China", "Country", ["Chinese", "People's Republic of China", "PRC", "Beijing"])
RU = ("Russia", "Country", ["Russian", "Russian Federation", "Moscow"])
EU = ("European Union", "InternationalOrganization", ["EU", "Brussels", "bloc", "the bloc"])
AI = ("artificial intelligence", "Technology", ["AI"])
DC = ("data centers", "Technology", ["data centres", "data center", "data centre", "data-centre", "data-center",
                                     "datacenters", "AI data centres"])
CHIPS = ("semiconductors", "Technology", ["chips", "chip", "microchips", "processors", "AI chips", "AI processors",
                                          "memory chips"])
EV = ("electric vehicles", "Technology", ["electric vehicle", "EVs", "EV", "electric car", "electric cars",
                                          "electric-vehicle"])
UAE = ("United Arab Emirates", "Country", ["UAE", "Emirates", "Abu Dhabi", "Emirati", "Dubai"])
SAUDI = ("Saudi Arabia", "Country", ["Saudi", "Saudis", "Riyadh", "kingdom"])
TH = ("Thailand", "Country", ["Thai", "Bangkok"])
NVIDIA = ("Nvidia", "Organization", ["Nvidia Corporation", "NVIDIA"])
PIF = ("Public Investment Fund", "Organization", ["PIF", "Saudi Public Investment Fund"])

DOCS = []

# 1 sanctions evasion through third countries
DOCS.append(doc("news4-eu-sanctions-reexports-kyrgyzstan-uae", """EU blacklists Central Asian and Gulf traders over chip re-exports to Russia

BRUSSELS, May 14 —
The European Union on Wednesday imposed sanctions on 19 companies that it accuses of helping Russia obtain foreign electronics for its weapons, most of them registered in Kyrgyzstan, Kazakhstan, Armenia, Turkey and the United Arab Emirates.

Among them is Tenzor Trade, a Bishkek-based distributor that customs records show shipped microchips made by Texas Instruments and Analog Devices to Russian defence plants. Neither American chipmaker sold to the Kyrgyz firm directly, and both said they had halted all shipments to Russia in 2022.

The list also includes Dubai's Falcon Gulf Electronics, which supplied navigation modules to the Russian arms maker Kalashnikov Concern, and Kazakhstan's Astana Machinery, whose chief executive, Yerlan Dzhaksybekov, was sanctioned by the US Treasury Department last year.

Kazakh Trade Minister Arman Shakkaliyev said Kazakhstan was working with the European Union to tighten controls on re-exports and had asked the bloc's sanctions envoy, David O'Sullivan, to share evidence. Armenia said it had not supplied any military goods to Russia.

Turkish lenders, led by state-owned Ziraat Bankasi, stopped processing payments from Russian importers last year under pressure from Washington, and trade between the two countries fell by a third. Analysts at the Royal United Services Institute said Russian buyers were now likely to route orders through new intermediaries in the Caucasus, where enforcement remains weak, and warned that the latest listings would only slow the trade rather than stop it.""",
    [EU, RU,
     ("Kyrgyzstan", "Country", ["Kyrgyz", "Bishkek"]),
     ("Kazakhstan", "Country", ["Kazakh", "Astana"]),
     ("Armenia", "Country", ["Armenian", "Yerevan"]),
     ("Turkey", "Country", ["Türkiye", "Turkish", "Ankara"]),
     UAE,
     ("Tenzor Trade", "Organization", []),
     CHIPS,
     ("Texas Instruments", "Organization", ["TI"]),
     ("Analog Devices", "Organization", ["ADI", "Analog Devices Inc"]),
     US,
     ("Falcon Gulf Electronics", "Organization", []),
     ("Kalashnikov Concern", "Organization", ["Kalashnikov"]),
     ("Astana Machinery", "Organization", []),
     ("Yerlan Dzhaksybekov", "Person", ["Dzhaksybekov"]),
     ("United States Department of the Treasury", "Organization", ["US Treasury Department", "Treasury Department",
                                                                   "US Treasury", "Treasury"]),
     ("Arman Shakkaliyev", "Person", ["Shakkaliyev"]),
     ("David O'Sullivan", "Person", ["O'Sullivan"]),
     ("Ziraat Bankasi", "Organization", ["Ziraat Bank", "Ziraat"]),
     ("Royal United Services Institute", "Organization", ["RUSI"]),
     ],
    [("European Union", "sanctions", "Tenzor Trade"),
     ("European Union", "sanctions", "Falcon Gulf Electronics"),
     ("European Union", "sanctions", "Astana Machinery"),
     ("Tenzor Trade", "basedIn", "Kyrgyzstan"),
     ("Tenzor Trade", "suppliesTo", "Russia"),
     ("Texas Instruments", "basedIn", "United States"),
     ("Analog Devices", "basedIn", "United States"),
     ("Texas Instruments", "focusesOn", "semiconductors"),
     ("Analog Devices", "focusesOn", "semiconductors"),
     ("Texas Instruments", "restrictsExportsTo", "Russia"),
     ("Analog Devices", "restrictsExportsTo", "Russia"),
     ("Falcon Gulf Electronics", "basedIn", "United Arab Emirates"),
     ("Falcon Gulf Electronics", "suppliesTo", "Kalashnikov Concern"),
     ("Kalashnikov Concern", "basedIn", "Russia"),
     ("Astana Machinery", "basedIn", "Kazakhstan"),
     ("Yerlan Dzhaksybekov", "leaderOf", "Astana Machinery"),
     ("United States Department of the Treasury", "sanctions", "Yerlan Dzhaksybekov"),
     ("United States Department of the Treasury", "basedIn", "United States"),
     ("Arman Shakkaliyev", "worksFor", "Kazakhstan"),
     ("Kazakhstan", "cooperatesWith", "European Union"),
     ("David O'Sullivan", "worksFor", "European Union"),
     ("Ziraat Bankasi", "basedIn", "Turkey"),
     ("Ziraat Bankasi", "restrictsExportsTo", "Russia"),
     ],
    [("Texas Instruments", "suppliesTo", "Tenzor Trade"),
     ("Analog Devices", "suppliesTo", "Tenzor Trade"),
     ("Armenia", "suppliesTo", "Russia")]))

# 2 Chinese EV makers' plants abroad
DOCS.append(doc("news4-byd-hungary-chinese-ev-plants-abroad", """BYD opens Hungarian plant as Chinese carmakers build abroad

SZEGED, Hungary, June 3 —
BYD, the Shenzhen-based electric-vehicle maker, began production at its first European car plant in Szeged on Monday, a factory that Hungarian Prime Minister Viktor Orban called "a vote of confidence in Hungary". The company has invested about 4 billion euros in the site and plans a second plant in Turkey, where it signed an agreement with the Turkish government last year to build 150,000 cars a year near Izmir.

A BYD spokeswoman denied that the company planned to build a plant in Italy.

Chinese rivals such as Chery and Great Wall Motor are following. Chery has formed a joint venture with Spanish carmaker Ebro to revive an idle factory in Barcelona, and Great Wall Motor took over a former Mercedes-Benz plant in Brazil, where it now assembles hybrid pickups for Latin American buyers.

Southeast Asia is the other front. SAIC Motor, the Shanghai group that owns the MG brand, opened a plant in Thailand in 2023, and Thailand's Board of Investment has granted tax incentives to Chinese carmakers Changan Automobile and GAC Aion, which are building factories near Bangkok. Battery maker CATL has agreed to supply cells to Changan's Thai plant under a ten-year contract.

The expansion comes as Chinese manufacturers try to get around tariffs in their biggest export markets. Analysts at Rhodium Group said output from the new plants could reach a million vehicles a year by 2030, although several projects in Europe have been delayed by slowing demand for electric cars.""",
    [("BYD", "Organization", ["BYD Co", "BYD Company"]),
     CN, EV,
     ("Hungary", "Country", ["Hungarian", "Budapest"]),
     ("Viktor Orban", "Person", ["Orban", "Viktor Orbán", "Orbán"]),
     ("Turkey", "Country", ["Türkiye", "Turkish", "Ankara"]),
     ("Government of Turkey", "Organization", ["Turkish government"]),
     ("Italy", "Country", ["Italian", "Rome"]),
     ("Chery", "Organization", ["Chery Automobile"]),
     ("Great Wall Motor", "Organization", ["Great Wall", "GWM"]),
     ("Ebro", "Organization", ["EBRO"]),
     ("Spain", "Country", ["Spanish", "Madrid"]),
     ("Mercedes-Benz", "Organization", ["Mercedes"]),
     ("Brazil", "Country", ["Brazilian", "Brasilia"]),
     ("SAIC Motor", "Organization", ["SAIC"]),
     TH,
     ("Board of Investment of Thailand", "Organization", ["Board of Investment", "Thailand's Board of Investment",
                                                          "BOI"]),
     ("Changan Automobile", "Organization", ["Changan"]),
     ("GAC Aion", "Organization", ["Aion"]),
     ("CATL", "Organization", ["Contemporary Amperex Technology"]),
     ("batteries", "Technology", ["battery", "battery cells", "cells"]),
     ("Rhodium Group", "Organization", ["Rhodium"]),
     ],
    [("BYD", "basedIn", "China"),
     ("BYD", "focusesOn", "electric vehicles"),
     ("BYD", "investsIn", "Hungary"),
     ("Viktor Orban", "leaderOf", "Hungary"),
     ("BYD", "investsIn", "Turkey", "planned"),
     ("BYD", "agreementWith", "Government of Turkey"),
     ("Government of Turkey", "basedIn", "Turkey"),
     ("Chery", "basedIn", "China"),
     ("Great Wall Motor", "basedIn", "China"),
     ("Chery", "jointVentureWith", "Ebro"),
     ("Ebro", "basedIn", "Spain"),
     ("Great Wall Motor", "investsIn", "Brazil"),
     ("SAIC Motor", "basedIn", "China"),
     ("SAIC Motor", "investsIn", "Thailand"),
     ("Board of Investment of Thailand", "basedIn", "Thailand"),
     ("Board of Investment of Thailand", "investsIn", "Changan Automobile"),
     ("Board of Investment of Thailand", "investsIn", "GAC Aion"),
     ("Changan Automobile", "basedIn", "China"),
     ("GAC Aion", "basedIn", "China"),
     ("Changan Automobile", "investsIn", "Thailand"),
     ("GAC Aion", "investsIn", "Thailand"),
     ("CATL", "focusesOn", "batteries"),
     ("CATL", "suppliesTo", "Changan Automobile", "planned"),
     ],
    [("BYD", "investsIn", "Italy")]))

# 3 Indian semiconductor fabs and assembly plants
DOCS.append(doc("news4-tata-psmc-micron-india-chip-plants", """Tata and PSMC break ground on India's first chip fab

DHOLERA, India, Feb 20 —
Tata Electronics and Taiwan's Powerchip Semiconductor Manufacturing Corporation (PSMC) broke ground on India's first commercial chip fabrication plant on Tuesday, a 910 billion rupee project in which the Taiwanese foundry will transfer its 28-nanometre process technology to Tata and train Indian engineers. Tata Electronics, a unit of the Tata Group, will own and run the fab.

The plant is one of several that India's government is subsidising. Micron Technology, the Idaho memory maker, expects its assembly and test plant in Sanand to ship its first memory chips this year. The US company is building the plant with support from the central government, which is paying half of its cost.

CG Power and Industrial Solutions, part of the Murugappa Group, has formed a joint venture with Japan's Renesas Electronics and Thailand's Stars Microelectronics to package chips for carmakers and phone makers. Renesas will also license chip designs to the venture.

Electronics and IT Minister Ashwini Vaishnaw said the approved projects would make India "a trusted node" in chip supply chains. Not every partnership has survived, however. Foxconn, the Taiwanese electronics manufacturer, pulled out of its planned chip venture with the mining group Vedanta in 2023 and is now working with HCL Group on a smaller assembly plant.

Analysts said Intel could join a future fab project, but the American chipmaker has made no commitment, and Indian officials have declined to say whether talks are under way.""",
    [("Tata Electronics", "Organization", []),
     ("Taiwan", "Country", ["Taiwanese", "Taipei"]),
     ("Powerchip Semiconductor Manufacturing Corporation", "Organization", ["PSMC", "Powerchip"]),
     ("India", "Country", ["Indian", "New Delhi"]),
     CHIPS,
     ("Tata Group", "Organization", ["Tata"]),
     ("Government of India", "Organization", ["India's government", "central government", "Indian government"]),
     ("Micron Technology", "Organization", ["Micron"]),
     US,
     ("CG Power and Industrial Solutions", "Organization", ["CG Power"]),
     ("Murugappa Group", "Organization", ["Murugappa"]),
     ("Japan", "Country", ["Japanese", "Tokyo"]),
     ("Renesas Electronics", "Organization", ["Renesas"]),
     TH,
     ("Stars Microelectronics", "Organization", []),
     ("Ashwini Vaishnaw", "Person", ["Vaishnaw"]),
     ("Foxconn", "Organization", ["Hon Hai", "Hon Hai Precision Industry"]),
     ("Vedanta", "Organization", ["Vedanta Limited", "Vedanta Resources"]),
     ("HCL Group", "Organization", ["HCL"]),
     ("Intel", "Organization", ["Intel Corporation"]),
     ],
    [("Tata Electronics", "cooperatesWith", "Powerchip Semiconductor Manufacturing Corporation"),
     ("Powerchip Semiconductor Manufacturing Corporation", "basedIn", "Taiwan"),
     ("Powerchip Semiconductor Manufacturing Corporation", "suppliesTo", "Tata Electronics", "planned"),
     ("Tata Electronics", "investsIn", "India"),
     ("Tata Electronics", "focusesOn", "semiconductors"),
     ("Tata Electronics", "partOf", "Tata Group"),
     ("Government of India", "basedIn", "India"),
     ("Government of India", "investsIn", "Micron Technology"),
     ("Micron Technology", "basedIn", "United States"),
     ("Micron Technology", "investsIn", "India"),
     ("Micron Technology", "focusesOn", "semiconductors"),
     ("CG Power and Industrial Solutions", "partOf", "Murugappa Group"),
     ("CG Power and Industrial Solutions", "jointVentureWith", "Renesas Electronics"),
     ("CG Power and Industrial Solutions", "jointVentureWith", "Stars Microelectronics"),
     ("Renesas Electronics", "jointVentureWith", "Stars Microelectronics"),
     ("Renesas Electronics", "basedIn", "Japan"),
     ("Stars Microelectronics", "basedIn", "Thailand"),
     ("Ashwini Vaishnaw", "worksFor", "India"),
     ("Foxconn", "basedIn", "Taiwan"),
     ("Foxconn", "cooperatesWith", "HCL Group"),
     ("Intel", "basedIn", "United States"),
     ("Intel", "focusesOn", "semiconductors"),
     ],
    [("Foxconn", "jointVentureWith", "Vedanta"),
     ("Intel", "investsIn", "India")]))

# 4 African data centres and fibre
DOCS.append(doc("news4-g42-microsoft-kenya-africa-data-centres", """Gulf and Chinese money flows into Africa's data centres and cables

NAIROBI, Sept 9 —
G42, the Abu Dhabi artificial intelligence group, and Microsoft said on Monday they would jointly build a geothermal-powered data centre in Kenya, the largest single investment in the country's digital infrastructure. Kenyan President William Ruto, who attended the announcement, said the campus would give East African firms access to cloud services without sending their data abroad.

Further south, Cassava Technologies, the pan-African group chaired by Zimbabwean billionaire Strive Masiyiwa, signed an agreement with Nvidia to install the US chipmaker's GPUs in its data centres in South Africa. Cassava said the first machines would be running by the end of the year.

Chinese suppliers such as HMN Technologies and ZTE remain central to the continent's networks. HMN, formerly known as Huawei Marine and now controlled by Hengtong Group, laid the PEACE subsea cable that lands in Kenya and Egypt, and ZTE is supplying routers to Ethio Telecom, Ethiopia's state operator, under a contract signed last year.

Raxio Group, a data-centre operator backed by the International Finance Corporation, opened a facility in Ethiopia in March and plans others in Mozambique and Tanzania.

Saudi Arabia's Public Investment Fund is in talks to invest in Nigerian data-centre company Rack Centre, people familiar with the matter said, but no deal has been agreed and the fund declined to comment. Power shortages remain the biggest obstacle: operators in Lagos and Nairobi still rely on diesel generators for much of their electricity.""",
    [("G42", "Organization", ["Group 42"]),
     UAE, AI,
     ("Microsoft", "Organization", ["Microsoft Corporation"]),
     DC,
     ("Kenya", "Country", ["Kenyan", "Nairobi"]),
     ("William Ruto", "Person", ["Ruto"]),
     ("cloud computing", "Technology", ["cloud", "cloud services"]),
     ("Cassava Technologies", "Organization", ["Cassava"]),
     ("Strive Masiyiwa", "Person", ["Masiyiwa"]),
     ("Zimbabwe", "Country", ["Zimbabwean", "Harare"]),
     NVIDIA, US,
     ("GPUs", "Technology", ["GPU", "graphics processing units"]),
     ("South Africa", "Country", ["South African", "Pretoria"]),
     CN,
     ("HMN Technologies", "Organization", ["HMN", "Huawei Marine", "HMN Tech"]),
     ("ZTE", "Organization", ["ZTE Corporation"]),
     ("Hengtong Group", "Organization", ["Hengtong"]),
     ("Egypt", "Country", ["Egyptian", "Cairo"]),
     ("Ethio Telecom", "Organization", []),
     ("Ethiopia", "Country", ["Ethiopian", "Addis Ababa"]),
     ("Raxio Group", "Organization", ["Raxio"]),
     ("International Finance Corporation", "Organization", ["IFC"]),
     ("Mozambique", "Country", []),
     ("Tanzania", "Country", []),
     SAUDI, PIF,
     ("Nigeria", "Country", ["Nigerian", "Abuja"]),
     ("Rack Centre", "Organization", []),
     ],
    [("G42", "basedIn", "United Arab Emirates"),
     ("G42", "focusesOn", "artificial intelligence"),
     ("G42", "cooperatesWith", "Microsoft", "planned"),
     ("G42", "investsIn", "Kenya", "planned"),
     ("Microsoft", "investsIn", "Kenya", "planned"),
     ("William Ruto", "leaderOf", "Kenya"),
     ("Strive Masiyiwa", "leaderOf", "Cassava Technologies"),
     ("Cassava Technologies", "agreementWith", "Nvidia"),
     ("Nvidia", "suppliesTo", "Cassava Technologies", "planned"),
     ("Nvidia", "basedIn", "United States"),
     ("Nvidia", "focusesOn", "GPUs"),
     ("Cassava Technologies", "investsIn", "South Africa"),
     ("HMN Technologies", "basedIn", "China"),
     ("ZTE", "basedIn", "China"),
     ("Hengtong Group", "investsIn", "HMN Technologies"),
     ("HMN Technologies", "partOf", "Hengtong Group"),
     ("ZTE", "suppliesTo", "Ethio Telecom"),
     ("ZTE", "agreementWith", "Ethio Telecom"),
     ("Ethio Telecom", "basedIn", "Ethiopia"),
     ("International Finance Corporation", "investsIn", "Raxio Group"),
     ("Raxio Group", "focusesOn", "data centers"),
     ("Raxio Group", "investsIn", "Ethiopia"),
     ("Raxio Group", "investsIn", "Mozambique", "planned"),
     ("Raxio Group", "investsIn", "Tanzania", "planned"),
     ("Public Investment Fund", "basedIn", "Saudi Arabia"),
     ("Rack Centre", "basedIn", "Nigeria"),
     ("Rack Centre", "focusesOn", "data centers"),
     ],
    [("Public Investment Fund", "investsIn", "Rack Centre")]))

# 5 Japanese and Korean shipbuilding and defence deals in Southeast Asia
DOCS.append(doc("news4-hd-hyundai-philippine-navy-japan-indonesia", """Korean and Japanese shipyards compete for Southeast Asian navies

MANILA, Oct 17 —
The Philippine Navy signed a contract with South Korea's HD Hyundai Heavy Industries on Thursday for six offshore patrol vessels, the navy's biggest single order, Defence Secretary Gilberto Teodoro said. The Ulsan shipbuilder delivered two frigates to the Philippines in 2020 and 2021 and is already building two corvettes for the navy.

Japan, which relaxed its rules on arms exports in 2023, agreed in April to transfer six used Abukuma-class destroyer escorts to the Philippines. It is also pitching frigates built by Mitsubishi Heavy Industries, the Japanese shipbuilder, to Indonesia, after Prime Minister Shigeru Ishiba and Indonesian President Prabowo Subianto signed an agreement in January on the transfer of defence equipment.

Hanwha Ocean, South Korea's other big naval shipbuilder, is teaming up with PT PAL, Indonesia's state shipyard, to build submarines in Surabaya. PT PAL, which is already building two Scorpene submarines with France's Naval Group, would handle final assembly under the proposal.

Not every pitch has succeeded. A Royal Thai Navy spokesman denied reports that the navy had agreed to buy a frigate from Hanwha, saying no decision had been made, and Vietnam has so far kept buying Russian-designed ships.

Regional governments are spending more on their fleets as tensions with China grow in the South China Sea. Both Seoul and Tokyo see the region as a test of whether their yards can win export orders against cheaper Chinese rivals and established European builders.""",
    [("Philippine Navy", "Organization", ["navy", "the navy"]),
     ("South Korea", "Country", ["Korea", "Korean", "Seoul", "Republic of Korea"]),
     ("HD Hyundai Heavy Industries", "Organization", ["HD HHI", "Hyundai Heavy Industries"]),
     ("Gilberto Teodoro", "Person", ["Teodoro"]),
     ("Philippines", "Country", ["Philippine", "Manila", "Filipino"]),
     ("Japan", "Country", ["Japanese", "Tokyo"]),
     ("Mitsubishi Heavy Industries", "Organization", ["MHI"]),
     ("Indonesia", "Country", ["Indonesian", "Jakarta"]),
     ("Shigeru Ishiba", "Person", ["Ishiba"]),
     ("Prabowo Subianto", "Person", ["Prabowo"]),
     ("Hanwha Ocean", "Organization", ["Hanwha"]),
     ("PT PAL", "Organization", ["PT PAL Indonesia"]),
     ("Naval Group", "Organization", []),
     ("France", "Country", ["French", "Paris"]),
     ("Royal Thai Navy", "Organization", []),
     ("Vietnam", "Country", ["Vietnamese", "Hanoi"]),
     RU, CN,
     ],
    [("Philippine Navy", "agreementWith", "HD Hyundai Heavy Industries"),
     ("HD Hyundai Heavy Industries", "suppliesTo", "Philippine Navy"),
     ("HD Hyundai Heavy Industries", "suppliesTo", "Philippines"),
     ("HD Hyundai Heavy Industries", "basedIn", "South Korea"),
     ("Philippine Navy", "basedIn", "Philippines"),
     ("Gilberto Teodoro", "worksFor", "Philippines"),
     ("Japan", "suppliesTo", "Philippines", "planned"),
     ("Mitsubishi Heavy Industries", "basedIn", "Japan"),
     ("Shigeru Ishiba", "leaderOf", "Japan"),
     ("Prabowo Subianto", "leaderOf", "Indonesia"),
     ("Japan", "agreementWith", "Indonesia"),
     ("Hanwha Ocean", "basedIn", "South Korea"),
     ("Hanwha Ocean", "cooperatesWith", "PT PAL"),
     ("PT PAL", "basedIn", "Indonesia"),
     ("PT PAL", "cooperatesWith", "Naval Group"),
     ("Naval Group", "basedIn", "France"),
     ],
    [("Hanwha Ocean", "suppliesTo", "Royal Thai Navy")]))

# 6 AI-model partnerships between Gulf funds and Western labs
DOCS.append(doc("news4-mgx-openai-mistral-humain-gulf-ai-funds", """Gulf funds bankroll Western AI labs in the race for frontier models

ABU DHABI, Nov 4 —
MGX, the Abu Dhabi technology investor backed by Mubadala and G42, has joined a new funding round for OpenAI, the San Francisco developer of ChatGPT, the companies said on Tuesday. G42 itself received a $1.5 billion investment from Microsoft last year, a deal that required the Emirati group to remove Chinese equipment from its data centres.

In Europe, Mistral AI, the French model developer, has formed a joint venture with MGX and Nvidia to build a large AI campus outside Paris. The venture will be Europe's largest, its backers said, and French President Emmanuel Macron has promised faster grid connections for it.

Saudi Arabia is pursuing its own path. Humain, the Riyadh-based subsidiary of the Public Investment Fund, the kingdom's sovereign wealth fund, will buy 18,000 Nvidia processors and has signed an agreement with Qualcomm to develop AI chips. Humain chief executive Tareq Amin said the company would offer Arabic language models to governments across the region.

Not every Western lab has taken Gulf money. Anthropic, whose backers include Amazon and Google, said it had not accepted investment from MGX, though chief executive Dario Amodei told staff in a memo that the company might seek such funding in the future.

Critics in Washington worry that the deals could give Gulf states leverage over American AI. Commerce Department officials have required the companies involved to keep their most advanced chips out of reach of Chinese buyers.""",
    [("MGX", "Organization", ["MGX Fund"]),
     UAE,
     ("Mubadala", "Organization", ["Mubadala Investment Company"]),
     ("G42", "Organization", ["Group 42"]),
     ("OpenAI", "Organization", []),
     US,
     ("Microsoft", "Organization", ["Microsoft Corporation"]),
     CN, DC, AI,
     ("Mistral AI", "Organization", ["Mistral"]),
     ("France", "Country", ["French", "Paris"]),
     NVIDIA,
     ("Emmanuel Macron", "Person", ["Macron"]),
     SAUDI,
     ("Humain", "Organization", ["HUMAIN"]),
     PIF, CHIPS,
     ("Qualcomm", "Organization", ["Qualcomm Inc"]),
     ("Tareq Amin", "Person", ["Amin"]),
     ("Anthropic", "Organization", []),
     ("Amazon", "Organization", ["Amazon.com"]),
     ("Google", "Organization", ["Alphabet"]),
     ("Dario Amodei", "Person", ["Amodei"]),
     ("United States Department of Commerce", "Organization", ["Commerce Department", "US Commerce Department",
                                                               "Department of Commerce"]),
     ],
    [("MGX", "basedIn", "United Arab Emirates"),
     ("Mubadala", "investsIn", "MGX"),
     ("G42", "investsIn", "MGX"),
     ("MGX", "investsIn", "OpenAI"),
     ("OpenAI", "basedIn", "United States"),
     ("Microsoft", "investsIn", "G42"),
     ("G42", "basedIn", "United Arab Emirates"),
     ("Mistral AI", "basedIn", "France"),
     ("Mistral AI", "jointVentureWith", "MGX"),
     ("Mistral AI", "jointVentureWith", "Nvidia"),
     ("MGX", "jointVentureWith", "Nvidia"),
     ("Emmanuel Macron", "leaderOf", "France"),
     ("Humain", "basedIn", "Saudi Arabia"),
     ("Humain", "partOf", "Public Investment Fund"),
     ("Public Investment Fund", "basedIn", "Saudi Arabia"),
     ("Nvidia", "suppliesTo", "Humain", "planned"),
     ("Nvidia", "focusesOn", "semiconductors"),
     ("Humain", "agreementWith", "Qualcomm"),
     ("Humain", "focusesOn", "semiconductors", "planned"),
     ("Qualcomm", "focusesOn", "semiconductors", "planned"),
     ("Tareq Amin", "leaderOf", "Humain"),
     ("Amazon", "investsIn", "Anthropic"),
     ("Google", "investsIn", "Anthropic"),
     ("Dario Amodei", "leaderOf", "Anthropic"),
     ("United States Department of Commerce", "basedIn", "United States"),
     ],
    [("MGX", "investsIn", "Anthropic")]))

if __name__ == "__main__":
    print_docs(DOCS)
