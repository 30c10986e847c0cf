"""Published-style documents 1-4 (magazine feature, fact sheet, committee release, think-tank summary) with gold.

Example:
    >>> len(DOCS_A)
    4
"""
from __future__ import annotations

from gold_rows import E, N, R

US = ["U.S.", "US", "USA", "United States of America", "America", "American", "Americans", "Washington"]
CN = ["Chinese", "People's Republic of China", "PRC", "Beijing"]
JP = ["Japanese", "Tokyo"]
AI = "artificial intelligence"
AI_AL = ["AI", "A.I."]
SEMI = "semiconductors"
SEMI_AL = ["semiconductor", "chips", "chip", "microchips", "integrated circuits"]


FEATURE_KENYA = {
    "doc_id": "pub3-feature-kenya-geothermal-ai",
    "topic": "long-form magazine feature",
    "text": """THE BIG STORY

Steam, Servers and a Billion-Dollar Bet

Can a data centre fed by volcanic heat turn Kenya into Africa's AI capital? The people building it think so. Not everyone agrees.

By Achieng Otieno | Photographs by Tomas Lindqvist | 18 min read

The ground hisses at Olkaria. Plumes of white vapour drift over the acacias of Hell's Gate National Park, and every few minutes a pipeline shudders as it carries steam from wells drilled two kilometres into the Rift Valley. Grace Wanjiku, a shift engineer who has worked here for eleven years, points to a fenced plot of red earth beyond the turbines. "That is where the computers will live," she says. "Most of my family still thinks I am joking."

She is not. On that plot, Microsoft and G42, the Abu Dhabi artificial intelligence group, are building a data centre that will run on geothermal power. It is the centrepiece of a $1 billion investment in Kenya that the two companies unveiled in 2024, and the first large facility of its kind to be powered almost entirely by the heat of the earth.

The site will be operated by EcoCloud, a G42 subsidiary set up for the project. Its electricity will come from KenGen, the state-controlled generator that runs the Olkaria plants. "We have more steam than the grid can use at night," says Peter Njoroge, KenGen's managing director. "Selling it to a data centre is the best thing that could happen to us."

For Kenya's government, the project is proof that the country can be more than a consumer of other people's technology. President William Ruto likes to call the country the "Silicon Savannah". William Kabogo, the ICT minister, told me in his Nairobi office that Kenya wanted "our own cloud, our own models, trained in Swahili and Kikuyu and Luo, not imported".

Microsoft, for its part, is betting on a market its rivals also covet. Google, which competes with Microsoft for African cloud customers, opened an AI research centre in Nairobi in 2019. Microsoft vice chair Brad Smith, who flew to Nairobi for the signing, framed the deal in starker terms. "If we don't build this with our partners, someone else will," he said, declining to name who.

Not everyone is convinced. Nanjira Sambuli, a Nairobi-based technology policy researcher, worries about who will control the data. "A data centre on Kenyan soil is not the same thing as Kenyan sovereignty," she says. Others point to the grid. Safaricom, the country's largest mobile operator, in which Britain's Vodafone holds a stake, has not signed a deal with G42 to host its services at Olkaria, two people familiar with the talks told me.

Back at the fence, Wanjiku watches a crane lift the first steel frame into place. "They say the steam will never run out," she says. "We will see."

This article appears in the March 2026 print edition under the headline "Steam and servers". Subscribe to our magazine.
""",
    "entities": [
        E("Kenya", "Country", "Kenyan"),
        E("Microsoft", "Organization", "Microsoft Corp."),
        E("G42", "Organization", "Group 42"),
        E("United Arab Emirates", "Country", "UAE", "Abu Dhabi", "Emirati"),
        E("EcoCloud", "Organization"),
        E("KenGen", "Organization", "Kenya Electricity Generating Company"),
        E("Peter Njoroge", "Person", "Njoroge"),
        E("Government of Kenya", "Organization", "Kenya's government", "Kenyan government"),
        E("William Ruto", "Person", "Ruto"),
        E("William Kabogo", "Person", "Kabogo"),
        E("Google", "Organization"),
        E("Brad Smith", "Person", "Smith"),
        E("Nanjira Sambuli", "Person", "Sambuli"),
        E("Safaricom", "Organization"),
        E("Vodafone", "Organization", "Vodafone Group"),
        E("United Kingdom", "Country", "Britain", "British", "UK"),
        E("Grace Wanjiku", "Person", "Wanjiku"),
        E(AI, "Technology", *AI_AL),
        E("cloud computing", "Technology", "cloud"),
        E("geothermal energy", "Technology", "geothermal power", "geothermal"),
        E("data centres", "Technology", "data centre", "data center", "data centers"),
    ],
    "relations": [
        R("Microsoft", "cooperatesWith", "G42"),
        R("G42", "basedIn", "United Arab Emirates"),
        R("G42", "focusesOn", AI),
        R("Microsoft", "investsIn", "Kenya"),
        R("G42", "investsIn", "Kenya"),
        R("EcoCloud", "partOf", "G42"),
        R("KenGen", "suppliesTo", "EcoCloud", "planned"),
        R("KenGen", "basedIn", "Kenya"),
        R("KenGen", "focusesOn", "geothermal energy"),
        R("Peter Njoroge", "leaderOf", "KenGen"),
        R("William Ruto", "leaderOf", "Kenya"),
        R("William Kabogo", "worksFor", "Kenya"),
        R("Google", "competesWith", "Microsoft"),
        R("Google", "focusesOn", AI),
        R("Brad Smith", "worksFor", "Microsoft"),
        R("Safaricom", "basedIn", "Kenya"),
        R("Vodafone", "investsIn", "Safaricom"),
        R("Vodafone", "basedIn", "United Kingdom"),
    ],
    "negatives": [N("Safaricom", "agreementWith", "G42")],
}

FACTSHEET_US_JAPAN = {
    "doc_id": "pub3-factsheet-us-japan-tech",
    "topic": "government fact sheet with bullet lists",
    "text": """Briefing Room | Fact Sheets

FACT SHEET: The United States and Japan Launch a Technology Prosperity Partnership

The White House
October 28, 2025

Today, President Donald J. Trump and Prime Minister Sanae Takaichi of Japan signed a Memorandum of Cooperation on technology that commits both nations to lead the world in artificial intelligence, quantum computing, nuclear energy and space exploration.

ADVANCING AMERICAN LEADERSHIP IN ARTIFICIAL INTELLIGENCE:
- The United States and Japan will build a trusted AI technology stack together, and the U.S. Department of Commerce and Japan's Ministry of Economy, Trade and Industry (METI) will jointly promote exports of full-stack American AI packages to third countries.
- NVIDIA will supply 10,000 Blackwell GPUs to SoftBank Corp. for a sovereign AI supercomputer in Japan.
- OpenAI and SoftBank Group have formed SB OpenAI Japan, a joint venture to sell enterprise AI services to Japanese companies.

POWERING THE FUTURE WITH NUCLEAR ENERGY:
- Westinghouse Electric Company will partner with Mitsubishi Heavy Industries (MHI) and Toshiba to build AP1000 reactors and small modular reactors in the United States.
- The U.S. Department of Energy (DOE) and METI will cooperate on fusion energy research.

SECURING SUPPLY CHAINS:
- The two governments signed a framework on critical minerals and rare earths.
- Tokyo Electron will invest $1 billion in a new research and manufacturing campus in Texas.

REACHING FOR THE STARS:
- NASA and the Japan Aerospace Exploration Agency (JAXA) reaffirmed that a Japanese astronaut will land on the Moon aboard an American rover.

###
""",
    "entities": [
        E("United States", "Country", *US),
        E("Japan", "Country", *JP),
        E("Donald Trump", "Person", "Donald J. Trump", "Trump", "President Donald J. Trump"),
        E("Sanae Takaichi", "Person", "Takaichi"),
        E("United States Department of Commerce", "Organization", "U.S. Department of Commerce", "Department of Commerce",
          "Commerce Department"),
        E("Ministry of Economy, Trade and Industry", "Organization", "METI", "Japan's Ministry of Economy, Trade and Industry"),
        E("NVIDIA", "Organization", "Nvidia"),
        E("SoftBank Corp.", "Organization", "SoftBank Corp", "SoftBank"),
        E("SoftBank Group", "Organization", "SoftBank Group Corp."),
        E("OpenAI", "Organization"),
        E("SB OpenAI Japan", "Organization"),
        E("Westinghouse Electric Company", "Organization", "Westinghouse"),
        E("Mitsubishi Heavy Industries", "Organization", "MHI"),
        E("Toshiba", "Organization", "Toshiba Corp."),
        E("United States Department of Energy", "Organization", "U.S. Department of Energy", "DOE", "Department of Energy"),
        E("Tokyo Electron", "Organization", "TEL"),
        E("NASA", "Organization", "National Aeronautics and Space Administration"),
        E("Japan Aerospace Exploration Agency", "Organization", "JAXA"),
        E(AI, "Technology", *AI_AL),
        E("quantum computing", "Technology", "quantum"),
        E("nuclear energy", "Technology", "nuclear power", "nuclear"),
        E("space exploration", "Technology", "space"),
        E("GPUs", "Technology", "GPU", "graphics processing units"),
        E("small modular reactors", "Technology", "SMRs", "small modular reactor"),
        E("fusion energy", "Technology", "fusion"),
        E("supercomputers", "Technology", "supercomputer", "supercomputing"),
        E("critical minerals", "Technology", "rare earths"),
    ],
    "relations": [
        R("Donald Trump", "leaderOf", "United States"),
        R("Sanae Takaichi", "leaderOf", "Japan"),
        R("United States", "agreementWith", "Japan"),
        R("Donald Trump", "agreementWith", "Sanae Takaichi"),
        R("United States", "cooperatesWith", "Japan", "planned", topics=[AI]),
        R("United States Department of Commerce", "cooperatesWith", "Ministry of Economy, Trade and Industry", "planned"),
        R("United States Department of Commerce", "basedIn", "United States"),
        R("Ministry of Economy, Trade and Industry", "basedIn", "Japan"),
        R("NVIDIA", "suppliesTo", "SoftBank Corp.", "planned"),
        R("SoftBank Corp.", "focusesOn", AI),
        R("OpenAI", "jointVentureWith", "SoftBank Group"),
        R("SB OpenAI Japan", "partOf", "OpenAI"),
        R("SB OpenAI Japan", "partOf", "SoftBank Group"),
        R("SB OpenAI Japan", "focusesOn", AI),
        R("Westinghouse Electric Company", "cooperatesWith", "Mitsubishi Heavy Industries", "planned"),
        R("Westinghouse Electric Company", "cooperatesWith", "Toshiba", "planned"),
        R("Mitsubishi Heavy Industries", "cooperatesWith", "Toshiba", "planned"),
        R("Westinghouse Electric Company", "focusesOn", "nuclear energy"),
        R("Mitsubishi Heavy Industries", "focusesOn", "small modular reactors"),
        R("Westinghouse Electric Company", "focusesOn", "small modular reactors"),
        R("Toshiba", "focusesOn", "small modular reactors"),
        R("United States Department of Energy", "cooperatesWith", "Ministry of Economy, Trade and Industry", "planned",
          topics=["fusion energy"]),
        R("United States Department of Energy", "basedIn", "United States"),
        R("Tokyo Electron", "investsIn", "United States", "planned"),
        R("NASA", "cooperatesWith", "Japan Aerospace Exploration Agency"),
        R("NASA", "basedIn", "United States"),
        R("Japan Aerospace Exploration Agency", "basedIn", "Japan"),
    ],
    "negatives": [],
}

COMMITTEE_CCP = {
    "doc_id": "pub3-committee-ccp-chip-tools",
    "topic": "congressional committee press release",
    "text": """Select Committee on the CCP
Press Releases

Moolenaar, Krishnamoorthi Press Commerce to Close Chip Tool Loophole After Investigation Finds Record Sales to Chinese Fabs

March 3, 2026

WASHINGTON, D.C. — Today, Chairman John Moolenaar (R-MI) and Ranking Member Raja Krishnamoorthi (D-IL) of the House Select Committee on the Strategic Competition Between the United States and the Chinese Communist Party (the Select Committee) sent a letter to Secretary of Commerce Howard Lutnick urging the Department to add ChangXin Memory Technologies (CXMT) and the remaining subsidiaries of Semiconductor Manufacturing International Corporation (SMIC) to the Entity List.

The letter follows a year-long investigation by the Select Committee, which found that Applied Materials, Lam Research and KLA sold more than $10 billion of semiconductor manufacturing equipment to Chinese chipmakers in 2024, including CXMT and SMIC. Japan's Tokyo Electron and the Netherlands' ASML also supplied CXMT with advanced tools, the investigation found.

"Every tool we sell to CXMT today is a tool that will be used to undercut American memory makers tomorrow," said Chairman Moolenaar. "The Department must act."

"This is not a partisan issue," said Ranking Member Krishnamoorthi. "Our allies in Tokyo and The Hague need to stand with us."

The Commerce Department has not added CXMT to the Entity List, although it placed SMIC on the list in 2020.

Read the full letter here.

###

Contact: Select Committee Press Office | 202-226-9678
""",
    "entities": [
        E("House Select Committee on the CCP", "Organization", "Select Committee on the CCP", "Select Committee",
          "House Select Committee on the Strategic Competition Between the United States and the Chinese Communist Party"),
        E("John Moolenaar", "Person", "Moolenaar", "Chairman Moolenaar"),
        E("Raja Krishnamoorthi", "Person", "Krishnamoorthi", "Ranking Member Krishnamoorthi"),
        E("United States", "Country", *US),
        E("Howard Lutnick", "Person", "Lutnick"),
        E("United States Department of Commerce", "Organization", "Commerce Department", "Department of Commerce",
          "Commerce", "the Department"),
        E("ChangXin Memory Technologies", "Organization", "CXMT"),
        E("Semiconductor Manufacturing International Corporation", "Organization", "SMIC"),
        E("Applied Materials", "Organization"),
        E("Lam Research", "Organization"),
        E("KLA", "Organization", "KLA Corp."),
        E("China", "Country", *CN),
        E("Tokyo Electron", "Organization", "TEL"),
        E("Japan", "Country", *JP),
        E("Netherlands", "Country", "Dutch", "The Hague"),
        E("ASML", "Organization"),
        E("semiconductor manufacturing equipment", "Technology", "chipmaking equipment", "chip tools", "chip tool"),
        E(SEMI, "Technology", *SEMI_AL),
        E("memory chips", "Technology", "memory"),
    ],
    "relations": [
        R("John Moolenaar", "leaderOf", "House Select Committee on the CCP"),
        R("Raja Krishnamoorthi", "worksFor", "House Select Committee on the CCP"),
        R("House Select Committee on the CCP", "basedIn", "United States"),
        R("Howard Lutnick", "leaderOf", "United States Department of Commerce"),
        R("United States Department of Commerce", "basedIn", "United States"),
        R("Applied Materials", "suppliesTo", "ChangXin Memory Technologies"),
        R("Lam Research", "suppliesTo", "ChangXin Memory Technologies"),
        R("KLA", "suppliesTo", "ChangXin Memory Technologies"),
        R("Applied Materials", "suppliesTo", "Semiconductor Manufacturing International Corporation"),
        R("Lam Research", "suppliesTo", "Semiconductor Manufacturing International Corporation"),
        R("KLA", "suppliesTo", "Semiconductor Manufacturing International Corporation"),
        R("Applied Materials", "suppliesTo", "China"),
        R("Lam Research", "suppliesTo", "China"),
        R("KLA", "suppliesTo", "China"),
        R("Applied Materials", "focusesOn", "semiconductor manufacturing equipment"),
        R("Lam Research", "focusesOn", "semiconductor manufacturing equipment"),
        R("KLA", "focusesOn", "semiconductor manufacturing equipment"),
        R("ChangXin Memory Technologies", "basedIn", "China"),
        R("Semiconductor Manufacturing International Corporation", "basedIn", "China"),
        R("ChangXin Memory Technologies", "focusesOn", SEMI),
        R("Semiconductor Manufacturing International Corporation", "focusesOn", SEMI),
        R("Tokyo Electron", "basedIn", "Japan"),
        R("ASML", "basedIn", "Netherlands"),
        R("Tokyo Electron", "suppliesTo", "ChangXin Memory Technologies"),
        R("ASML", "suppliesTo", "ChangXin Memory Technologies"),
        R("United States Department of Commerce", "sanctions", "Semiconductor Manufacturing International Corporation"),
    ],
    "negatives": [N("United States Department of Commerce", "sanctions", "ChangXin Memory Technologies")],
}

THINKTANK_CABLES = {
    "doc_id": "pub3-thinktank-taiwan-cables",
    "topic": "think-tank report summary (hedged findings)",
    "text": """Publications > Reports

Fragile Threads: Subsea Cable Incidents Around Taiwan, 2023-2025

Report | Su Tzu-yun, Lin Pei-hsuan | 14 January 2026 | 46 pages | Download PDF

Summary

Taiwan depends on some fifteen international subsea cables for more than 95 percent of its data traffic. This report by the Institute for National Defense and Security Research (INDSR) reviews 27 cable faults recorded between 2023 and 2025 and asks how many of them were accidents.

Key findings

- Chunghwa Telecom, Taiwan's largest telecommunications operator, repaired 19 of the 27 faults, most of them on cables linking the main island to the Matsu and Penghu islands.
- In at least four cases, vessels with Chinese crews appear to have dragged their anchors across cables. The evidence suggests, but does not prove, that these were deliberate.
- HMN Technologies, a Chinese cable builder, may have shared route survey data with the People's Liberation Army Navy. We found no direct evidence of such transfers.
- Chunghwa Telecom has signed a contract with Japan's NEC Corporation to lay two new cables to the main island by 2027.
- Chunghwa Telecom has partnered with Eutelsat OneWeb to provide backup satellite links for government agencies.
- Taiwan's Ministry of Digital Affairs (MODA) has awarded Chunghwa Telecom a NT$550 million grant for a microwave backup network.

Policy implications

Taipei could, in our assessment, seek additional satellite capacity from SpaceX, although the government has not reached any agreement with the company. A stronger coast guard presence would likely deter some incidents.

About the authors

Su Tzu-yun is director of INDSR's Division of Cyber Security and Decision-Making Simulation. Lin Pei-hsuan is an assistant research fellow at the institute.

INDSR is a think tank funded by Taiwan's Ministry of National Defense.

Related publications | Share | Cite this report
""",
    "entities": [
        E("Taiwan", "Country", "Taiwanese", "Taipei"),
        E("Institute for National Defense and Security Research", "Organization", "INDSR"),
        E("Chunghwa Telecom", "Organization", "Chunghwa Telecom Co."),
        E("China", "Country", *CN),
        E("HMN Technologies", "Organization", "HMN Tech"),
        E("People's Liberation Army Navy", "Organization", "PLA Navy", "PLAN"),
        E("NEC Corporation", "Organization", "NEC", "NEC Corp."),
        E("Japan", "Country", *JP),
        E("Eutelsat OneWeb", "Organization", "OneWeb"),
        E("Ministry of Digital Affairs", "Organization", "MODA", "Taiwan's Ministry of Digital Affairs"),
        E("SpaceX", "Organization"),
        E("Su Tzu-yun", "Person"),
        E("Lin Pei-hsuan", "Person"),
        E("Ministry of National Defense", "Organization", "Taiwan's Ministry of National Defense"),
        E("subsea cables", "Technology", "subsea cable", "submarine cables", "cables", "cable"),
        E("satellite communications", "Technology", "satellite links", "satellite capacity"),
        E("telecommunications", "Technology", "telecom"),
    ],
    "relations": [
        R("Institute for National Defense and Security Research", "basedIn", "Taiwan"),
        R("Chunghwa Telecom", "basedIn", "Taiwan"),
        R("Chunghwa Telecom", "focusesOn", "telecommunications"),
        R("HMN Technologies", "basedIn", "China"),
        R("HMN Technologies", "focusesOn", "subsea cables"),
        R("People's Liberation Army Navy", "basedIn", "China"),
        R("Chunghwa Telecom", "agreementWith", "NEC Corporation"),
        R("NEC Corporation", "suppliesTo", "Chunghwa Telecom", "planned"),
        R("NEC Corporation", "basedIn", "Japan"),
        R("Chunghwa Telecom", "cooperatesWith", "Eutelsat OneWeb", topics=["satellite communications"]),
        R("Ministry of Digital Affairs", "basedIn", "Taiwan"),
        R("Ministry of Digital Affairs", "investsIn", "Chunghwa Telecom"),
        R("Su Tzu-yun", "worksFor", "Institute for National Defense and Security Research"),
        R("Lin Pei-hsuan", "worksFor", "Institute for National Defense and Security Research"),
        R("Ministry of National Defense", "investsIn", "Institute for National Defense and Security Research"),
        R("Ministry of National Defense", "basedIn", "Taiwan"),
    ],
    "negatives": [
        N("HMN Technologies", "suppliesTo", "People's Liberation Army Navy"),
        N("HMN Technologies", "cooperatesWith", "People's Liberation Army Navy"),
        N("SpaceX", "suppliesTo", "Taiwan"),
        N("Taiwan", "agreementWith", "SpaceX"),
    ],
}

DOCS_A = [FEATURE_KENYA, FACTSHEET_US_JAPAN, COMMITTEE_CCP, THINKTANK_CABLES]
