"""Published-style documents 5-8 (parliamentary committee report excerpt, central-bank press release, ministry
subsidy announcement, state news agency dispatch) with gold.

Example:
    >>> len(DOCS_B)
    4
"""
from __future__ import annotations

from gold_rows import E, N, R

US = ["U.S.", "US", "USA", "United States of America", "America", "American", "Americans", "Washington"]
UK = ["UK", "U.K.", "British", "Britain"]
AI = "artificial intelligence"
AI_AL = ["AI", "A.I."]
SEMI = "semiconductors"
SEMI_AL = ["semiconductor", "chips", "chip", "integrated circuits", "microelectronics", "microchips"]


COMMITTEE_REPORT = {
    "doc_id": "pub5-commons-committee-compute-report",
    "topic": "parliamentary committee report excerpt",
    "text": """House of Commons
Science, Innovation and Technology Committee

Sovereign compute: the UK's AI infrastructure
Fourth Report of Session 2025–26

Report, together with formal minutes relating to the report

Ordered by the House of Commons to be printed 24 February 2026

3 The AI Research Resource

41. The Department for Science, Innovation and Technology (DSIT) told us that the AI Research Resource now comprises three national supercomputers: Isambard-AI at the University of Bristol, Dawn at the University of Cambridge and a third system under procurement in Edinburgh. Isambard-AI was built by Hewlett Packard Enterprise and uses around 5,400 Nvidia Grace Hopper chips; Dawn was developed with Dell Technologies and Intel.[52]

42. Witnesses from the University of Edinburgh told us that the Edinburgh system had been delayed after the previous Government cancelled its £800 million commitment in 2024. The Minister for AI and Digital Government, Kanishka Narayan, said that DSIT had since allocated £750 million to the project and that it would be "the most powerful supercomputer in the UK" when complete.[53]

43. Nscale, a British data centre company, has agreed with OpenAI and Nvidia to build an AI data centre at Cobalt Park in North Tyneside as part of the Stargate UK project. Nscale told us that it had not received any public subsidy for the project.[54]

44. We heard concerns about the concentration of supply. Arm Holdings, which is headquartered in Cambridge and majority owned by SoftBank Group, designs the processor cores used in many AI chips but does not manufacture them; almost all advanced AI chips are produced by TSMC in Taiwan.[55]

Conclusions and recommendations

45. The cancellation and later reinstatement of the Edinburgh investment damaged confidence in the Government's commitment to compute. We welcome DSIT's decision to fund the system.

46. The Government should explore a compute-sharing arrangement with the Government of Canada, whose Sovereign AI Compute Strategy has similar aims. Such an arrangement could allow British researchers to use Canadian capacity during peak demand. (Paragraph 44)

47. We are not persuaded that DSIT should take an equity stake in Nscale, as some witnesses proposed. (Paragraph 43)

[52] Q112 (Professor Simon McIntosh-Smith); written evidence from DSIT (SCI0041)
[53] Q187 (Kanishka Narayan MP)
[54] Written evidence from Nscale (SCI0058)
[55] Q64 (Arm Holdings)
""",
    "entities": [
        E("House of Commons", "Organization", "House"),
        E("Science, Innovation and Technology Committee", "Organization", "Committee"),
        E("United Kingdom", "Country", *UK),
        E("Department for Science, Innovation and Technology", "Organization", "DSIT"),
        E("University of Bristol", "Organization"),
        E("University of Cambridge", "Organization"),
        E("University of Edinburgh", "Organization"),
        E("Hewlett Packard Enterprise", "Organization", "HPE"),
        E("Nvidia", "Organization", "NVIDIA"),
        E("Dell Technologies", "Organization", "Dell"),
        E("Intel", "Organization", "Intel Corporation"),
        E("Kanishka Narayan", "Person", "Narayan"),
        E("Nscale", "Organization"),
        E("OpenAI", "Organization"),
        E("Arm Holdings", "Organization", "Arm"),
        E("SoftBank Group", "Organization", "SoftBank"),
        E("TSMC", "Organization", "Taiwan Semiconductor Manufacturing Company"),
        E("Taiwan", "Country", "Taiwanese"),
        E("Government of the United Kingdom", "Organization", "Government", "UK Government", "British Government"),
        E("Government of Canada", "Organization", "Canadian Government"),
        E("Canada", "Country", "Canadian"),
        E(AI, "Technology", *AI_AL),
        E(SEMI, "Technology", *SEMI_AL, "AI chips", "processor cores"),
        E("supercomputers", "Technology", "supercomputer", "supercomputing"),
        E("data centres", "Technology", "data centre", "AI data centre", "data center"),
    ],
    "relations": [
        R("Science, Innovation and Technology Committee", "partOf", "House of Commons"),
        R("House of Commons", "basedIn", "United Kingdom"),
        R("Department for Science, Innovation and Technology", "basedIn", "United Kingdom"),
        R("Department for Science, Innovation and Technology", "partOf", "Government of the United Kingdom"),
        R("Hewlett Packard Enterprise", "suppliesTo", "University of Bristol"),
        R("Nvidia", "suppliesTo", "University of Bristol"),
        R("Nvidia", "focusesOn", SEMI),
        R("University of Cambridge", "cooperatesWith", "Dell Technologies"),
        R("University of Cambridge", "cooperatesWith", "Intel"),
        R("Kanishka Narayan", "worksFor", "United Kingdom"),
        R("Department for Science, Innovation and Technology", "investsIn", "University of Edinburgh"),
        R("Nscale", "basedIn", "United Kingdom"),
        R("Nscale", "focusesOn", "data centres"),
        R("Nscale", "agreementWith", "OpenAI"),
        R("Nscale", "agreementWith", "Nvidia"),
        R("Nscale", "cooperatesWith", "OpenAI", "planned"),
        R("Nscale", "cooperatesWith", "Nvidia", "planned"),
        R("Arm Holdings", "partOf", "SoftBank Group"),
        R("Arm Holdings", "basedIn", "United Kingdom"),
        R("Arm Holdings", "focusesOn", SEMI),
        R("TSMC", "basedIn", "Taiwan"),
        R("TSMC", "focusesOn", SEMI),
        R("Government of Canada", "basedIn", "Canada"),
        R("Government of the United Kingdom", "basedIn", "United Kingdom"),
    ],
    "negatives": [
        N("Government of the United Kingdom", "investsIn", "Nscale"),
        N("Department for Science, Innovation and Technology", "investsIn", "Nscale"),
        N("Government of the United Kingdom", "cooperatesWith", "Government of Canada"),
        N("Government of the United Kingdom", "agreementWith", "Government of Canada"),
        N("United Kingdom", "cooperatesWith", "Canada"),
        N("Arm Holdings", "suppliesTo", "TSMC"),
    ],
}

MAS_RELEASE = {
    "doc_id": "pub5-mas-press-release-ai-quantum",
    "topic": "central bank press release",
    "text": """Media Releases
Monetary Authority of Singapore

MAS and Bank of Thailand Sign MoU on AI and Quantum-Safe Finance; MAS Awards Grants to Three Banks

Singapore, 9 March 2026... The Monetary Authority of Singapore (MAS) and the Bank of Thailand (BOT) today signed a Memorandum of Understanding (MoU) to cooperate on the responsible use of artificial intelligence (AI) and on preparing the financial sector for quantum computing. The MoU was signed by Mr Chia Der Jiun, Managing Director of MAS, and Dr Sethaput Suthiwartnarueput, Governor of the BOT, on the sidelines of the Asia Tech x Singapore summit.

Under the MoU, the two central banks will share supervisory approaches to AI model risk, conduct joint pilots of quantum-safe cryptography for cross-border payments, and exchange staff. The cooperation builds on the linkage between Singapore's PayNow and Thailand's PromptPay launched in 2021.

Grants under the Financial Sector Technology and Innovation Scheme

2 MAS also announced that it will co-fund AI and quantum projects at DBS Bank, OCBC and United Overseas Bank (UOB) under the Financial Sector Technology and Innovation Grant Scheme, with a total commitment of up to S$35 million. DBS Bank will work with IBM on quantum-safe encryption for its payment systems, while OCBC has partnered with Microsoft to deploy generative AI tools for its relationship managers.

3 Mr Chia said: "Central banks must prepare for a world in which quantum computers can break today's encryption. Working with the Bank of Thailand will help both our financial systems get there sooner."

4 MAS has not approved any application from Binance for a licence under the Payment Services Act, and Binance is not permitted to offer services to Singapore residents. Members of the public should refer to the MAS Financial Institutions Directory.

5 MAS is also in discussions with the Hong Kong Monetary Authority on a possible extension of the pilot, but no agreement has been reached.

About the Monetary Authority of Singapore

The Monetary Authority of Singapore is Singapore's central bank and integrated financial regulator. As a central bank, MAS promotes sustained non-inflationary economic growth through the conduct of monetary policy and close macroeconomic surveillance. For more information, visit www.mas.gov.sg.

Media contact: Tan Wei Ling, Corporate Communications, MAS, media@mas.gov.sg
""",
    "entities": [
        E("Monetary Authority of Singapore", "Organization", "MAS"),
        E("Bank of Thailand", "Organization", "BOT"),
        E("Singapore", "Country", "Singaporean"),
        E("Thailand", "Country", "Thai"),
        E("Chia Der Jiun", "Person", "Chia", "Mr Chia"),
        E("Sethaput Suthiwartnarueput", "Person", "Sethaput"),
        E("DBS Bank", "Organization", "DBS"),
        E("OCBC", "Organization", "Oversea-Chinese Banking Corporation"),
        E("United Overseas Bank", "Organization", "UOB"),
        E("IBM", "Organization"),
        E("Microsoft", "Organization"),
        E("Binance", "Organization"),
        E("Hong Kong Monetary Authority", "Organization", "HKMA"),
        E(AI, "Technology", *AI_AL),
        E("quantum computing", "Technology", "quantum", "quantum computers"),
        E("post-quantum cryptography", "Technology", "quantum-safe cryptography", "quantum-safe encryption",
          "quantum-safe"),
        E("generative AI", "Technology", "generative artificial intelligence"),
    ],
    "relations": [
        R("Monetary Authority of Singapore", "agreementWith", "Bank of Thailand"),
        R("Monetary Authority of Singapore", "cooperatesWith", "Bank of Thailand", "planned"),
        R("Monetary Authority of Singapore", "basedIn", "Singapore"),
        R("Bank of Thailand", "basedIn", "Thailand"),
        R("Chia Der Jiun", "leaderOf", "Monetary Authority of Singapore"),
        R("Sethaput Suthiwartnarueput", "leaderOf", "Bank of Thailand"),
        R("Monetary Authority of Singapore", "investsIn", "DBS Bank", "planned"),
        R("Monetary Authority of Singapore", "investsIn", "OCBC", "planned"),
        R("Monetary Authority of Singapore", "investsIn", "United Overseas Bank", "planned"),
        R("DBS Bank", "basedIn", "Singapore"),
        R("OCBC", "basedIn", "Singapore"),
        R("United Overseas Bank", "basedIn", "Singapore"),
        R("DBS Bank", "cooperatesWith", "IBM", "planned"),
        R("OCBC", "cooperatesWith", "Microsoft"),
    ],
    "negatives": [
        N("Monetary Authority of Singapore", "agreementWith", "Hong Kong Monetary Authority"),
        N("Monetary Authority of Singapore", "cooperatesWith", "Hong Kong Monetary Authority"),
        N("Binance", "suppliesTo", "Singapore"),
    ],
}

PIB_SEMICON = {
    "doc_id": "pub5-pib-cabinet-semiconductor-units",
    "topic": "ministry announcement of a subsidy programme",
    "text": """Ministry of Electronics & IT

Cabinet approves two more semiconductor units under India Semiconductor Mission

Total investment of Rs 8,900 crore; units to create 3,200 direct jobs

Posted On: 04 MAR 2026 4:12PM by PIB Delhi

The Union Cabinet chaired by Prime Minister Shri Narendra Modi has approved two more semiconductor units under the India Semiconductor Mission (ISM). The Government of India will provide fiscal support of 50 per cent of the project cost to both units on a pari-passu basis.

The first unit will be set up by a joint venture of HCL Group and Foxconn at Jewar in Uttar Pradesh. The plant will manufacture display driver chips for mobile phones, laptops and automobiles, with a capacity of 20,000 wafers per month. Foxconn will supply the manufacturing technology and HCL will hold a majority stake.

The second unit, a silicon carbide fab in Odisha, will be set up by SiCSem Private Limited in technology collaboration with Clas-SiC Wafer Fab Ltd., United Kingdom. The unit will make silicon carbide devices for electric vehicles, railways and defence applications.

Union Minister for Electronics & IT Shri Ashwini Vaishnaw said the approvals take the number of ISM projects to eight, with cumulative investment of about Rs 1.6 lakh crore. "Semiconductor design and manufacturing in India is no longer a dream. Companies from Japan, Taiwan, the United States and the United Kingdom are now partners in this journey," he said.

Earlier units approved under the Mission include Micron Technology's assembly and test facility in Sanand, Tata Electronics' fab in Dholera built in partnership with Powerchip Semiconductor Manufacturing Corporation (PSMC) of Taiwan, and the CG Power unit set up with Renesas Electronics of Japan and Stars Microelectronics of Thailand.

A proposal from Israel's Tower Semiconductor for a fab in Maharashtra has not been approved, and the Ministry has not received a revised application.

***

NKR/PSM
(Release ID: 2231457)
""",
    "entities": [
        E("Ministry of Electronics and Information Technology", "Organization", "Ministry of Electronics & IT", "MeitY",
          "Ministry"),
        E("Union Cabinet", "Organization", "Cabinet"),
        E("Narendra Modi", "Person", "Modi", "Shri Narendra Modi"),
        E("Government of India", "Organization"),
        E("India", "Country", "Indian"),
        E("HCL Group", "Organization", "HCL"),
        E("Foxconn", "Organization", "Hon Hai"),
        E("SiCSem", "Organization", "SiCSem Private Limited"),
        E("Clas-SiC Wafer Fab", "Organization", "Clas-SiC Wafer Fab Ltd."),
        E("United Kingdom", "Country", *UK),
        E("Ashwini Vaishnaw", "Person", "Vaishnaw", "Shri Ashwini Vaishnaw"),
        E("Japan", "Country", "Japanese"),
        E("Taiwan", "Country", "Taiwanese"),
        E("United States", "Country", *US),
        E("Micron Technology", "Organization", "Micron"),
        E("Tata Electronics", "Organization"),
        E("Powerchip Semiconductor Manufacturing Corporation", "Organization", "PSMC", "Powerchip"),
        E("CG Power", "Organization", "CG Power and Industrial Solutions"),
        E("Renesas Electronics", "Organization", "Renesas"),
        E("Stars Microelectronics", "Organization"),
        E("Thailand", "Country", "Thai"),
        E("Tower Semiconductor", "Organization", "Tower"),
        E("Israel", "Country", "Israeli"),
        E(SEMI, "Technology", *SEMI_AL, "display driver chips"),
        E("silicon carbide", "Technology", "silicon carbide devices"),
        E("electric vehicles", "Technology", "electric vehicle", "EVs"),
    ],
    "relations": [
        R("Narendra Modi", "leaderOf", "Union Cabinet"),
        R("Narendra Modi", "leaderOf", "India"),
        R("Union Cabinet", "basedIn", "India"),
        R("Ministry of Electronics and Information Technology", "basedIn", "India"),
        R("Government of India", "basedIn", "India"),
        R("Government of India", "investsIn", "HCL Group", "planned"),
        R("Government of India", "investsIn", "Foxconn", "planned"),
        R("Government of India", "investsIn", "SiCSem", "planned"),
        R("HCL Group", "jointVentureWith", "Foxconn"),
        R("Foxconn", "suppliesTo", "HCL Group", "planned"),
        R("HCL Group", "basedIn", "India"),
        R("HCL Group", "focusesOn", SEMI),
        R("Foxconn", "focusesOn", SEMI),
        R("SiCSem", "cooperatesWith", "Clas-SiC Wafer Fab"),
        R("SiCSem", "basedIn", "India"),
        R("Clas-SiC Wafer Fab", "basedIn", "United Kingdom"),
        R("SiCSem", "focusesOn", "silicon carbide"),
        R("Ashwini Vaishnaw", "leaderOf", "Ministry of Electronics and Information Technology"),
        R("Tata Electronics", "cooperatesWith", "Powerchip Semiconductor Manufacturing Corporation"),
        R("Tata Electronics", "basedIn", "India"),
        R("Tata Electronics", "focusesOn", SEMI),
        R("Powerchip Semiconductor Manufacturing Corporation", "basedIn", "Taiwan"),
        R("CG Power", "cooperatesWith", "Renesas Electronics"),
        R("CG Power", "cooperatesWith", "Stars Microelectronics"),
        R("CG Power", "basedIn", "India"),
        R("Renesas Electronics", "basedIn", "Japan"),
        R("Stars Microelectronics", "basedIn", "Thailand"),
        R("Tower Semiconductor", "basedIn", "Israel"),
        R("Tower Semiconductor", "focusesOn", SEMI),
    ],
    "negatives": [
        N("Government of India", "investsIn", "Tower Semiconductor"),
        N("Union Cabinet", "investsIn", "Tower Semiconductor"),
        N("Tower Semiconductor", "investsIn", "India"),
    ],
}

WAM_DISPATCH = {
    "doc_id": "pub5-wam-uae-italy-agreements",
    "topic": "state news agency dispatch",
    "text": """UAE President, Italian Prime Minister witness exchange of agreements in AI, energy and defence

ROME, 25th February, 2026 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan and Giorgia Meloni, Prime Minister of Italy, today witnessed the exchange of 16 agreements and memoranda of understanding between the UAE and Italy, during His Highness's state visit to the Italian Republic.

The agreements cover artificial intelligence, data centres, renewable energy, space, defence industries, critical minerals and advanced manufacturing, and build on the comprehensive strategic partnership between the two countries.

Among the agreements exchanged, MGX and Italy's Cassa Depositi e Prestiti (CDP) signed a framework agreement to co-invest in AI data centres and digital infrastructure in Italy. G42 and Leonardo agreed to establish a joint venture to develop AI solutions for the defence and aerospace sectors. Masdar signed an agreement with Enel to develop 2 gigawatts of solar and battery storage projects in Italy and third countries.

EDGE Group and Fincantieri signed a memorandum of understanding to cooperate in naval unmanned systems, while the Mohammed bin Rashid Space Centre and the Italian Space Agency (ASI) agreed to cooperate on lunar exploration.

His Highness Sheikh Mohamed bin Zayed said the UAE and Italy share a vision of economic growth driven by technology and innovation. Prime Minister Meloni said the agreements would bring investments of USD 40 billion into Italy.

Sources close to the talks said that MGX was also considering a possible stake in Telecom Italia's network unit, though no decision has been made.

The state visit was attended by Sheikh Tahnoun bin Zayed Al Nahyan, Deputy Ruler of Abu Dhabi and National Security Adviser, who also chairs MGX and G42, and Sultan Ahmed Al Jaber, Minister of Industry and Advanced Technology and Managing Director and Group CEO of ADNOC.

WAM/Tariq Alfaham/Hatem Mohamed
""",
    "entities": [
        E("United Arab Emirates", "Country", "UAE", "Emirati", "U.A.E."),
        E("Italy", "Country", "Italian", "Italian Republic", "Rome"),
        E("Mohamed bin Zayed Al Nahyan", "Person", "Mohamed bin Zayed", "Sheikh Mohamed bin Zayed",
          "Sheikh Mohamed bin Zayed Al Nahyan"),
        E("Giorgia Meloni", "Person", "Meloni", "Prime Minister Meloni"),
        E("MGX", "Organization"),
        E("Cassa Depositi e Prestiti", "Organization", "CDP"),
        E("G42", "Organization"),
        E("Leonardo", "Organization", "Leonardo S.p.A."),
        E("Masdar", "Organization"),
        E("Enel", "Organization"),
        E("EDGE Group", "Organization", "EDGE"),
        E("Fincantieri", "Organization"),
        E("Mohammed bin Rashid Space Centre", "Organization", "MBRSC"),
        E("Italian Space Agency", "Organization", "ASI", "Agenzia Spaziale Italiana"),
        E("Telecom Italia", "Organization", "TIM"),
        E("Tahnoun bin Zayed Al Nahyan", "Person", "Sheikh Tahnoun bin Zayed Al Nahyan", "Tahnoun bin Zayed",
          "Sheikh Tahnoun"),
        E("Sultan Ahmed Al Jaber", "Person", "Al Jaber", "Sultan Al Jaber"),
        E("ADNOC", "Organization", "Abu Dhabi National Oil Company"),
        E(AI, "Technology", *AI_AL),
        E("data centres", "Technology", "data centre", "AI data centres", "data centers"),
        E("renewable energy", "Technology", "renewables"),
        E("space technology", "Technology", "space"),
        E("critical minerals", "Technology"),
        E("advanced manufacturing", "Technology"),
        E("solar energy", "Technology", "solar"),
        E("battery storage", "Technology", "batteries"),
        E("unmanned systems", "Technology", "naval unmanned systems", "drones"),
    ],
    "relations": [
        R("Mohamed bin Zayed Al Nahyan", "leaderOf", "United Arab Emirates"),
        R("Giorgia Meloni", "leaderOf", "Italy"),
        R("United Arab Emirates", "agreementWith", "Italy"),
        R("United Arab Emirates", "cooperatesWith", "Italy"),
        R("MGX", "agreementWith", "Cassa Depositi e Prestiti"),
        R("MGX", "investsIn", "Italy", "planned"),
        R("MGX", "cooperatesWith", "Cassa Depositi e Prestiti", "planned"),
        R("Cassa Depositi e Prestiti", "basedIn", "Italy"),
        R("MGX", "basedIn", "United Arab Emirates"),
        R("MGX", "focusesOn", "data centres"),
        R("Cassa Depositi e Prestiti", "focusesOn", "data centres"),
        R("G42", "jointVentureWith", "Leonardo", "planned"),
        R("G42", "agreementWith", "Leonardo"),
        R("G42", "basedIn", "United Arab Emirates"),
        R("Leonardo", "basedIn", "Italy"),
        R("G42", "focusesOn", AI),
        R("Leonardo", "focusesOn", AI),
        R("Masdar", "agreementWith", "Enel"),
        R("Masdar", "cooperatesWith", "Enel", "planned"),
        R("Masdar", "basedIn", "United Arab Emirates"),
        R("Enel", "basedIn", "Italy"),
        R("Masdar", "focusesOn", "solar energy"),
        R("Enel", "focusesOn", "solar energy"),
        R("Masdar", "focusesOn", "battery storage"),
        R("Enel", "focusesOn", "battery storage"),
        R("EDGE Group", "agreementWith", "Fincantieri"),
        R("EDGE Group", "cooperatesWith", "Fincantieri", "planned"),
        R("EDGE Group", "basedIn", "United Arab Emirates"),
        R("Fincantieri", "basedIn", "Italy"),
        R("Mohammed bin Rashid Space Centre", "cooperatesWith", "Italian Space Agency", "planned"),
        R("Mohammed bin Rashid Space Centre", "agreementWith", "Italian Space Agency"),
        R("Mohammed bin Rashid Space Centre", "basedIn", "United Arab Emirates"),
        R("Italian Space Agency", "basedIn", "Italy"),
        R("United Arab Emirates", "investsIn", "Italy", "planned"),
        R("Telecom Italia", "basedIn", "Italy"),
        R("Tahnoun bin Zayed Al Nahyan", "leaderOf", "MGX"),
        R("Tahnoun bin Zayed Al Nahyan", "leaderOf", "G42"),
        R("Tahnoun bin Zayed Al Nahyan", "worksFor", "United Arab Emirates"),
        R("Sultan Ahmed Al Jaber", "worksFor", "United Arab Emirates"),
        R("Sultan Ahmed Al Jaber", "leaderOf", "ADNOC"),
        R("ADNOC", "basedIn", "United Arab Emirates"),
    ],
    "negatives": [
        N("MGX", "investsIn", "Telecom Italia"),
        N("United Arab Emirates", "investsIn", "Telecom Italia"),
    ],
}

DOCS_B = [COMMITTEE_REPORT, MAS_RELEASE, PIB_SEMICON, WAM_DISPATCH]
