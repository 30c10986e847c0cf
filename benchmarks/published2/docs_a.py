"""Published-style documents 1-4 (two wire stories, two trade-press pieces) with their gold annotation.

Example:
    >>> len(DOCS_A)
    4
"""
from __future__ import annotations

from gold_rows import E, N, R

US = ["U.S.", "US", "USA", "United States of America", "America", "American", "Americans", "Washington"]
CN = ["Chinese", "People's Republic of China", "PRC", "Beijing"]
JP = ["Japanese", "Tokyo"]


QC = "quantum computing"
SEMI = "semiconductors"

WIRE_QUANTUM = {
    "doc_id": "pub2-wire-fujitsu-cdac-quantum",
    "topic": "wire story (Reuters style)",
    "text": """EXCLUSIVE: Fujitsu to supply quantum computer to India's C-DAC, sources say

By Satoshi Kanda and Aditi Rao

February 12, 2026 5:04 AM GMT+9 Updated 3 hours ago

TOKYO/NEW DELHI, Feb 12 (Reuters) - Japan's Fujitsu Ltd (6702.T), opens new tab will supply a superconducting quantum computer to India's Centre for Development of Advanced Computing (C-DAC) under a deal to be announced as early as this week, according to two people familiar with the matter.

The machine, based on a 256-qubit system that Fujitsu developed with the Japanese state-backed research institute RIKEN, would be installed in Pune next year, the people said, declining to be named because the talks are confidential.

Fujitsu declined to comment. C-DAC, a research body under India's Ministry of Electronics and Information Technology, did not immediately respond to a request for comment.

The contract would be the first export of a Japanese quantum computer. Tokyo and New Delhi agreed in 2023 to deepen cooperation in quantum technology and semiconductors, and Japanese Prime Minister Sanae Takaichi is due to visit India next month.

U.S. rival IBM had also bid for the Indian contract, one of the people said. IBM said in a statement it did not comment on discussions with customers.

Fujitsu President and CEO Takahito Tokita said in January the company aimed to complete a 1,000-qubit machine in fiscal 2026.

India launched a 60 billion rupee National Quantum Mission in 2023 to develop quantum computers of up to 1,000 qubits within eight years.

Reporting by Satoshi Kanda in Tokyo and Aditi Rao in New Delhi; Editing by Jacqueline Wong

Our Standards: The Thomson Reuters Trust Principles., opens new tab
""",
    "entities": [
        E("Fujitsu", "Organization", "Fujitsu Ltd", "Fujitsu Limited"),
        E("Japan", "Country", *JP),
        E("India", "Country", "Indian", "New Delhi"),
        E("Centre for Development of Advanced Computing", "Organization", "C-DAC"),
        E("RIKEN", "Organization"),
        E(QC, "Technology", "quantum computer", "quantum computers", "quantum technology", "quantum"),
        E(SEMI, "Technology", "semiconductor", "chips", "chip"),
        E("Ministry of Electronics and Information Technology", "Organization", "MeitY",
          "India's Ministry of Electronics and Information Technology"),
        E("Sanae Takaichi", "Person", "Takaichi"),
        E("IBM", "Organization", "International Business Machines"),
        E("United States", "Country", *US),
        E("Takahito Tokita", "Person", "Tokita"),
    ],
    "relations": [
        R("Fujitsu", "suppliesTo", "Centre for Development of Advanced Computing", "planned"),
        R("Fujitsu", "basedIn", "Japan"),
        R("Centre for Development of Advanced Computing", "basedIn", "India"),
        R("Fujitsu", "focusesOn", QC),
        R("RIKEN", "focusesOn", QC),
        R("Fujitsu", "cooperatesWith", "RIKEN", topics=[QC]),
        R("RIKEN", "basedIn", "Japan"),
        R("Centre for Development of Advanced Computing", "partOf", "Ministry of Electronics and Information Technology"),
        R("Ministry of Electronics and Information Technology", "basedIn", "India"),
        R("Japan", "cooperatesWith", "India", "planned", topics=[QC, SEMI]),
        R("Sanae Takaichi", "leaderOf", "Japan"),
        R("IBM", "basedIn", "United States"),
        R("IBM", "competesWith", "Fujitsu"),
        R("Takahito Tokita", "leaderOf", "Fujitsu"),
        R("India", "focusesOn", QC),
    ],
    "negatives": [],
}

WIRE_EU_JAMMING = {
    "doc_id": "pub2-wire-eu-jamming-sanctions",
    "topic": "wire story (AFP style)",
    "text": """EU sanctions Russian firms over Baltic satellite jamming

Brussels (AFP) - The European Union on Tuesday imposed sanctions on three Russian companies it accused of jamming satellite navigation signals over the Baltic Sea, the bloc's first listing aimed squarely at electronic warfare.

The firms -- Special Technology Center, Radioavtomatika and Vega Radio Engineering Corporation -- make electronic warfare systems used by Russia's armed forces, the EU said in a statement. The measures freeze their assets in the bloc and bar European companies from doing business with them.

"Russia's interference with civil aviation puts lives at risk and will not go unanswered," EU foreign policy chief Kaja Kallas said.

The bloc also listed Chang Guang Satellite Technology, a Chinese satellite operator it said had supplied satellite imagery to Russia's military intelligence agency, the GRU.

China's foreign ministry said the company had not provided any military products to Russia and that Beijing "firmly opposes unilateral sanctions that have no basis in international law".

Hungary had held up the package for two weeks, according to diplomats familiar with the talks, before dropping its objections on Monday.

Estonian Prime Minister Kristen Michal said more than 1,000 flights a day had been affected by interference in recent months.

The EU has adopted 19 packages of sanctions against Russia since Moscow launched its full-scale invasion of Ukraine in February 2022.

dk-ach/rmb

© Agence France-Presse
""",
    "entities": [
        E("European Union", "InternationalOrganization", "EU", "the bloc"),
        E("Russia", "Country", "Russian", "Moscow"),
        E("Russian Armed Forces", "Organization", "Russia's armed forces", "armed forces", "Russian military"),
        E("Special Technology Center", "Organization", "Special Technology Centre", "STC"),
        E("Radioavtomatika", "Organization"),
        E("Vega Radio Engineering Corporation", "Organization", "Vega"),
        E("electronic warfare", "Technology", "EW"),
        E("satellite navigation", "Technology", "satellite navigation signals"),
        E("Kaja Kallas", "Person", "Kallas"),
        E("Chang Guang Satellite Technology", "Organization", "Chang Guang"),
        E("China", "Country", *CN),
        E("satellite remote sensing", "Technology", "satellite imagery", "satellites", "satellite"),
        E("GRU", "Organization", "Main Intelligence Directorate"),
        E("Ministry of Foreign Affairs of China", "Organization", "foreign ministry", "China's foreign ministry",
          "Chinese foreign ministry"),
        E("Hungary", "Country", "Hungarian"),
        E("Estonia", "Country", "Estonian"),
        E("Kristen Michal", "Person", "Michal"),
        E("Ukraine", "Country", "Ukrainian"),
    ],
    "relations": [
        R("European Union", "sanctions", "Special Technology Center"),
        R("European Union", "sanctions", "Radioavtomatika"),
        R("European Union", "sanctions", "Vega Radio Engineering Corporation"),
        R("Special Technology Center", "basedIn", "Russia"),
        R("Radioavtomatika", "basedIn", "Russia"),
        R("Vega Radio Engineering Corporation", "basedIn", "Russia"),
        R("Special Technology Center", "focusesOn", "electronic warfare"),
        R("Radioavtomatika", "focusesOn", "electronic warfare"),
        R("Vega Radio Engineering Corporation", "focusesOn", "electronic warfare"),
        R("Special Technology Center", "suppliesTo", "Russian Armed Forces"),
        R("Radioavtomatika", "suppliesTo", "Russian Armed Forces"),
        R("Vega Radio Engineering Corporation", "suppliesTo", "Russian Armed Forces"),
        R("Kaja Kallas", "worksFor", "European Union"),
        R("European Union", "sanctions", "Chang Guang Satellite Technology"),
        R("Chang Guang Satellite Technology", "basedIn", "China"),
        R("Chang Guang Satellite Technology", "focusesOn", "satellite remote sensing"),
        R("Chang Guang Satellite Technology", "suppliesTo", "GRU"),
        R("GRU", "basedIn", "Russia"),
        R("Russian Armed Forces", "basedIn", "Russia"),
        R("Ministry of Foreign Affairs of China", "basedIn", "China"),
        R("Kristen Michal", "leaderOf", "Estonia"),
        R("European Union", "sanctions", "Russia"),
    ],
    "negatives": [N("Chang Guang Satellite Technology", "suppliesTo", "Russia")],
}

TRADE_RAPIDUS = {
    "doc_id": "pub2-trade-rapidus-2nm",
    "topic": "trade press (semiconductors)",
    "text": """Rapidus samples 2nm test chips, signs Tenstorrent as first customer

Foundry | Process Technology

By Kenji Morimoto, Tokyo Correspondent, EE Asia Semiconductor Review | July 18, 2025 | 5 min read

Rapidus Corp. has produced its first 2-nanometer test wafers at its IIM-1 fab in Chitose, Hokkaido, and signed Canadian AI chip startup Tenstorrent Inc. as its first publicly announced customer, the Japanese foundry said at a customer event on Friday.

The prototype chips use gate-all-around (GAA) transistors based on technology licensed from IBM, where about 150 Rapidus engineers were trained at the Albany NanoTech Complex in New York. Rapidus President and CEO Atsuyoshi Koike said the 2HP process would enter volume production in 2027, with a process design kit (PDK) available to early customers from the first quarter of 2026.

Tenstorrent CEO Jim Keller said the company would manufacture a future version of its Blackhole AI accelerator on the Rapidus process. Tenstorrent's current chips are made by Samsung Foundry.

Rapidus has received more than ¥1.7 trillion in subsidies from Japan's Ministry of Economy, Trade and Industry (METI). Toyota, Sony, NTT, SoftBank and NEC are among its shareholders.

Dutch chip equipment maker ASML, which installed an NXE:3800E EUV scanner at the Chitose fab in December, has opened a customer support office in Hokkaido.

Rapidus is not working with TSMC, which builds its own fabs in Kumamoto through Japan Advanced Semiconductor Manufacturing (JASM), its joint venture with Sony and Denso.

Related: Rapidus, IBM extend 2nm R&D pact to chiplets | TSMC's Kumamoto fab 2 delayed

Tags: Rapidus, 2nm, GAA, Tenstorrent, EUV, Japan
""",
    "entities": [
        E("Rapidus", "Organization", "Rapidus Corp.", "Rapidus Corp", "Rapidus Corporation"),
        E("Tenstorrent", "Organization", "Tenstorrent Inc.", "Tenstorrent Inc"),
        E("Canada", "Country", "Canadian"),
        E("Japan", "Country", *JP),
        E(SEMI, "Technology", "semiconductor", "chips", "chip", "AI chip", "AI chips", "AI accelerator",
          "test chips", "prototype chips", "foundry"),
        E("IBM", "Organization"),
        E("Atsuyoshi Koike", "Person", "Koike"),
        E("Jim Keller", "Person", "Keller"),
        E("Samsung Foundry", "Organization"),
        E("Ministry of Economy, Trade and Industry", "Organization", "METI",
          "Japan's Ministry of Economy, Trade and Industry"),
        E("Toyota", "Organization", "Toyota Motor"),
        E("Sony", "Organization", "Sony Group"),
        E("NTT", "Organization", "Nippon Telegraph and Telephone"),
        E("SoftBank", "Organization", "SoftBank Group"),
        E("NEC", "Organization", "NEC Corporation"),
        E("ASML", "Organization", "ASML Holding"),
        E("Netherlands", "Country", "Dutch"),
        E("semiconductor manufacturing equipment", "Technology", "chip equipment", "chipmaking equipment"),
        E("TSMC", "Organization", "Taiwan Semiconductor Manufacturing Company"),
        E("Japan Advanced Semiconductor Manufacturing", "Organization", "JASM"),
        E("Denso", "Organization", "Denso Corp"),
    ],
    "relations": [
        R("Rapidus", "basedIn", "Japan"),
        R("Rapidus", "focusesOn", SEMI),
        R("Tenstorrent", "basedIn", "Canada"),
        R("Tenstorrent", "focusesOn", SEMI),
        R("Rapidus", "agreementWith", "Tenstorrent"),
        R("Rapidus", "suppliesTo", "Tenstorrent", "planned"),
        R("IBM", "suppliesTo", "Rapidus"),
        R("Atsuyoshi Koike", "leaderOf", "Rapidus"),
        R("Jim Keller", "leaderOf", "Tenstorrent"),
        R("Samsung Foundry", "suppliesTo", "Tenstorrent"),
        R("Ministry of Economy, Trade and Industry", "investsIn", "Rapidus"),
        R("Ministry of Economy, Trade and Industry", "basedIn", "Japan"),
        R("Toyota", "investsIn", "Rapidus"),
        R("Sony", "investsIn", "Rapidus"),
        R("NTT", "investsIn", "Rapidus"),
        R("SoftBank", "investsIn", "Rapidus"),
        R("NEC", "investsIn", "Rapidus"),
        R("ASML", "basedIn", "Netherlands"),
        R("ASML", "focusesOn", "semiconductor manufacturing equipment"),
        R("ASML", "suppliesTo", "Rapidus"),
        R("TSMC", "focusesOn", SEMI),
        R("Japan Advanced Semiconductor Manufacturing", "partOf", "TSMC"),
        R("TSMC", "jointVentureWith", "Sony"),
        R("TSMC", "jointVentureWith", "Denso"),
        R("Sony", "jointVentureWith", "Denso"),
    ],
    "negatives": [N("Rapidus", "cooperatesWith", "TSMC")],
}

TRADE_EAND = {
    "doc_id": "pub2-trade-eand-nokia-core",
    "topic": "trade press (telecom)",
    "text": """e& taps Nokia for 5G-Advanced core as Huawei keeps radio share

Ray Le Maistre, Editorial Director, TelecomTV | 14 October 2025

Share: LinkedIn | X | Email

e&, the Emirati telecom group formerly known as Etisalat, has chosen Finland's Nokia to supply the 5G-Advanced standalone (SA) core network for its home market, replacing core equipment from China's Huawei, which will keep its share of the operator's radio access network (RAN), the companies announced at GITEX Global in Dubai.

Under the multi-year deal, Nokia will deploy its cloud-native Core software, including the Shared Data Layer and the MantaRay autonomous operations suite, across three e& data centres. Financial terms were not disclosed.

"This is one of the largest core swaps in the region," said Raghav Sahgal, President of Cloud and Network Services at Nokia.

Separately, e& signed a memorandum of understanding with Qualcomm Technologies Inc. to trial 6G radio prototypes in the 7 GHz band from 2027. Hatem Dowidar, Group CEO of e&, said the operator wanted to be "among the first to take 6G from the lab to the field".

e& is 60% owned by the Emirates Investment Authority, the UAE's sovereign wealth fund.

Ericsson, which had also bid for the core contract, was not selected, according to people briefed on the tender.

Read more:
- Ooredoo picks Ericsson for Qatar 5G-Advanced
- GSMA: Gulf operators lead on 5G SA adoption

© 2025 TelecomTV. All rights reserved. | Privacy | Cookies
""",
    "entities": [
        E("e&", "Organization", "Etisalat", "e& UAE", "Emirates Telecommunications Group"),
        E("United Arab Emirates", "Country", "UAE", "Emirati"),
        E("Nokia", "Organization", "Nokia Oyj"),
        E("Finland", "Country", "Finnish"),
        E("5G", "Technology", "5G-Advanced", "5G SA", "5G-Advanced standalone"),
        E("Huawei", "Organization", "Huawei Technologies"),
        E("China", "Country", *CN),
        E("Raghav Sahgal", "Person", "Sahgal"),
        E("Qualcomm", "Organization", "Qualcomm Technologies Inc.", "Qualcomm Technologies", "Qualcomm Technologies Inc"),
        E("6G", "Technology", "sixth-generation"),
        E("Hatem Dowidar", "Person", "Dowidar"),
        E("Emirates Investment Authority", "Organization", "EIA"),
        E("Ericsson", "Organization", "Telefonaktiebolaget LM Ericsson"),
    ],
    "relations": [
        R("e&", "basedIn", "United Arab Emirates"),
        R("Nokia", "basedIn", "Finland"),
        R("Huawei", "basedIn", "China"),
        R("Nokia", "suppliesTo", "e&", "planned"),
        R("Nokia", "agreementWith", "e&"),
        R("Huawei", "suppliesTo", "e&"),
        R("Raghav Sahgal", "worksFor", "Nokia"),
        R("e&", "agreementWith", "Qualcomm"),
        R("e&", "cooperatesWith", "Qualcomm", "planned", topics=["6G"]),
        R("Hatem Dowidar", "leaderOf", "e&"),
        R("e&", "partOf", "Emirates Investment Authority"),
        R("Emirates Investment Authority", "basedIn", "United Arab Emirates"),
    ],
    "negatives": [N("Ericsson", "suppliesTo", "e&")],
}

DOCS_A = [WIRE_QUANTUM, WIRE_EU_JAMMING, TRADE_RAPIDUS, TRADE_EAND]
