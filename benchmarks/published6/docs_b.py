"""Published-style documents 5-8 of the sixth published stand-in (wire story with reporting credits, think-tank
commentary with footnote markers, Tokyo Stock Exchange notice of a share acquisition, newsletter digest) with gold.

Example:
    >>> len(DOCS_B)
    4
"""
from __future__ import annotations

from gold_rows import E, N, R

US = ["U.S.", "US", "USA", "United States of America", "America", "American", "Americans", "Washington"]
CN = ["Chinese", "People's Republic of China", "PRC", "Beijing"]
AI = "artificial intelligence"
SEMI = ["semiconductor", "chips", "chip", "microchips"]


WIRE_HYNIX = {
    "doc_id": "pub6-wire-sk-hynix-hbm4",
    "topic": "wire story with byline, dateline and reporting credits",
    "text": """SK Hynix to supply HBM4 chips to Nvidia, Microsoft as AI boom lifts memory prices

By Joyce Lee and Heekyong Yang

SEOUL, March 3 (Reuters) - South Korea's SK Hynix said on Tuesday it had signed agreements to supply its next-generation HBM4 high-bandwidth memory chips to Nvidia and Microsoft, cementing its lead over rivals Samsung Electronics and Micron Technology in a market driven by artificial intelligence.

SK Hynix, the world's second-largest memory chipmaker, will begin volume shipments of the 12-layer HBM4 stacks for Nvidia's Rubin GPUs in the second quarter, it said in a regulatory filing. Microsoft will use the chips in its Maia 200 AI accelerators, which are manufactured by Taiwan Semiconductor Manufacturing Co (TSMC).

Shares of SK Hynix rose 4.2% in morning trade, outpacing a 0.8% gain in the benchmark KOSPI.

Samsung, which supplies HBM3E to Advanced Micro Devices, has not yet passed Nvidia's qualification tests for HBM4, according to two people familiar with the matter who declined to be named because the information is confidential. A Samsung spokesperson said the company was "in close discussion" with customers and declined to comment further.

SK Hynix Chief Executive Kwak Noh-jung told shareholders last week that the company would invest 30 trillion won ($20.6 billion) this year, mostly in a new HBM plant in Cheongju and its advanced packaging facility in West Lafayette, Indiana, which is backed by a $458 million grant from the U.S. Commerce Department.

Analysts said SK Hynix could also win orders from Google and Amazon, which design their own AI chips, but the company did not name other customers.

"SK Hynix has effectively locked in the two biggest buyers of HBM for 2026," said Kim Dong-won, head of research at KB Securities in Seoul.

Micron, the only U.S. maker of memory chips, said last month it would start HBM4 shipments in the second half and has been expanding production in Hiroshima, Japan, with subsidies from the Japanese government.

SK Hynix, part of South Korea's SK Group, does not sell HBM to Chinese customers under U.S. export rules that took effect in December 2024.

($1 = 1,455.3000 won)

(Reporting by Joyce Lee and Heekyong Yang; Additional reporting by Max A. Cherney in San Francisco; Editing by Jamie Freed and Muralikumar Anantharaman)
""",
    "entities": [
        E("SK Hynix", "Organization", "SK hynix", "SK Hynix Inc"),
        E("Nvidia", "Organization", "NVIDIA"),
        E("Microsoft", "Organization"),
        E("South Korea", "Country", "Korea", "Korean", "Seoul"),
        E("Samsung Electronics", "Organization", "Samsung"),
        E("Micron Technology", "Organization", "Micron"),
        E("TSMC", "Organization", "Taiwan Semiconductor Manufacturing Co", "Taiwan Semiconductor Manufacturing Company"),
        E("Advanced Micro Devices", "Organization", "AMD"),
        E("Kwak Noh-jung", "Person", "Kwak"),
        E("United States Department of Commerce", "Organization", "U.S. Commerce Department", "Commerce Department"),
        E("United States", "Country", *US),
        E("Google", "Organization"),
        E("Amazon", "Organization"),
        E("Kim Dong-won", "Person"),
        E("KB Securities", "Organization"),
        E("Japan", "Country", "Japanese"),
        E("Government of Japan", "Organization", "Japanese government"),
        E("SK Group", "Organization"),
        E("China", "Country", *CN),
        E("high-bandwidth memory", "Technology", "HBM", "HBM4", "HBM3E"),
        E(AI, "Technology", "AI"),
        E("semiconductors", "Technology", *SEMI, "memory chips"),
        E("GPUs", "Technology", "GPU"),
    ],
    "relations": [
        R("SK Hynix", "suppliesTo", "Nvidia", "planned"),
        R("SK Hynix", "suppliesTo", "Microsoft", "planned"),
        R("SK Hynix", "agreementWith", "Nvidia"),
        R("SK Hynix", "agreementWith", "Microsoft"),
        R("SK Hynix", "basedIn", "South Korea"),
        R("SK Hynix", "competesWith", "Samsung Electronics"),
        R("SK Hynix", "competesWith", "Micron Technology"),
        R("SK Hynix", "focusesOn", "high-bandwidth memory"),
        R("SK Hynix", "focusesOn", "semiconductors"),
        R("TSMC", "suppliesTo", "Microsoft"),
        R("Samsung Electronics", "suppliesTo", "Advanced Micro Devices"),
        R("Samsung Electronics", "focusesOn", "high-bandwidth memory"),
        R("Kwak Noh-jung", "leaderOf", "SK Hynix"),
        R("United States Department of Commerce", "investsIn", "SK Hynix"),
        R("United States Department of Commerce", "basedIn", "United States"),
        R("Kim Dong-won", "worksFor", "KB Securities"),
        R("KB Securities", "basedIn", "South Korea"),
        R("Micron Technology", "basedIn", "United States"),
        R("Micron Technology", "focusesOn", "semiconductors"),
        R("Micron Technology", "focusesOn", "high-bandwidth memory"),
        R("Government of Japan", "investsIn", "Micron Technology"),
        R("Government of Japan", "basedIn", "Japan"),
        R("SK Hynix", "partOf", "SK Group"),
        R("SK Group", "basedIn", "South Korea"),
        R("United States", "restrictsExportsTo", "China"),
        R("Microsoft", "focusesOn", AI),
        R("Nvidia", "focusesOn", "GPUs"),
        R("Google", "focusesOn", "semiconductors"),
        R("Amazon", "focusesOn", "semiconductors"),
    ],
    "negatives": [
        N("Samsung Electronics", "suppliesTo", "Nvidia"),
        N("SK Hynix", "suppliesTo", "Google"),
        N("SK Hynix", "suppliesTo", "Amazon"),
        N("SK Hynix", "suppliesTo", "China"),
    ],
}

THINKTANK_AFRICA = {
    "doc_id": "pub6-thinktank-africa-digital-footnotes",
    "topic": "think-tank commentary with footnote markers",
    "text": """Analysis -- Geoeconomics Unit

Who Builds Africa's Networks? Huawei, Its Rivals, and the Limits of Choice

Ngozi Adeyemi, Senior Fellow | 12 February 2026

Over the past two decades Huawei has built an estimated 70 percent of Africa's 4G base stations.¹ In Kenya, the company constructed the national data centre at Konza Technopolis, financed by a loan from the Export-Import Bank of China,² and it remains the main equipment supplier to Safaricom, the country's largest operator. Safaricom, which is controlled by Vodacom Group and through it by Britain's Vodafone, also buys radio equipment from Nokia.³

Ethiopia offers a second model. Ethio Telecom signed a contract with ZTE in 2024 to build 5G sites in Addis Ababa, while the new entrant Safaricom Ethiopia has relied on Ericsson for its core network.⁴ The Ethiopian government has so far refused to restrict either Chinese vendor, and there is no public evidence that Washington has pressed it to do so.

Nigeria is harder to read. Galaxy Backbone, the state-owned infrastructure company, has worked with Huawei on the National Data Centre in Abuja, yet Nigeria's communications minister, Bosun Tijani, has promoted a plan with Google to train three million technical workers.⁵ Whether Abuja will award its next national backbone tender to Huawei or to a European supplier remains unclear.

The African Union's Smart Africa alliance, of which Kenya, Ethiopia and Nigeria are members, has urged its members to diversify suppliers. The European Union's Global Gateway has pledged to co-finance fibre projects with the African Development Bank, though no contract with Nigeria has been signed.⁶

Three conclusions follow. First, African governments treat vendor choice as a matter of price and financing, not alignment. Second, Western alternatives will gain ground only if they come with financing comparable to China Exim's. Third, a U.S. ban on Huawei in Africa, sometimes floated in Congress, would likely do little: no African government has said it would follow one.

Notes
¹ Estimate based on operator disclosures, 2024.
² Loan agreement signed in 2017; see Ministry of ICT press release.
³ Nokia press release, June 2025.
⁴ Ericsson annual report 2024, p. 41.
⁵ Federal Ministry of Communications, Innovation and Digital Economy statement, 2025.
⁶ African Development Bank, board documents, 2025.

The views expressed are those of the author.
""",
    "entities": [
        E("Huawei", "Organization", "Huawei Technologies"),
        E("Kenya", "Country", "Kenyan"),
        E("Export-Import Bank of China", "Organization", "China Exim", "China Exim Bank"),
        E("China", "Country", *CN),
        E("Safaricom", "Organization"),
        E("Vodacom Group", "Organization", "Vodacom"),
        E("Vodafone", "Organization", "Vodafone Group"),
        E("United Kingdom", "Country", "Britain", "UK", "British"),
        E("Nokia", "Organization"),
        E("Ethiopia", "Country", "Ethiopian"),
        E("Ethio Telecom", "Organization"),
        E("ZTE", "Organization"),
        E("Safaricom Ethiopia", "Organization"),
        E("Ericsson", "Organization"),
        E("Government of Ethiopia", "Organization", "Ethiopian government"),
        E("United States", "Country", *US),
        E("Nigeria", "Country", "Nigerian", "Abuja"),
        E("Galaxy Backbone", "Organization"),
        E("Bosun Tijani", "Person", "Tijani"),
        E("Google", "Organization"),
        E("African Union", "InternationalOrganization", "AU"),
        E("Smart Africa", "InternationalOrganization", "Smart Africa alliance"),
        E("European Union", "InternationalOrganization", "EU"),
        E("African Development Bank", "InternationalOrganization", "AfDB"),
        E("United States Congress", "Organization", "Congress"),
        E("Federal Ministry of Communications, Innovation and Digital Economy", "Organization"),
        E("4G", "Technology"),
        E("5G", "Technology"),
        E("data centers", "Technology", "data centre", "data center", "National Data Centre"),
        E("telecommunications equipment", "Technology", "equipment", "radio equipment"),
    ],
    "relations": [
        R("Huawei", "suppliesTo", "Kenya"),
        R("Huawei", "suppliesTo", "Safaricom"),
        R("Export-Import Bank of China", "investsIn", "Kenya"),
        R("Export-Import Bank of China", "basedIn", "China"),
        R("Safaricom", "basedIn", "Kenya"),
        R("Safaricom", "partOf", "Vodacom Group"),
        R("Vodacom Group", "partOf", "Vodafone"),
        R("Safaricom", "partOf", "Vodafone"),
        R("Vodafone", "basedIn", "United Kingdom"),
        R("Nokia", "suppliesTo", "Safaricom"),
        R("Ethio Telecom", "agreementWith", "ZTE"),
        R("ZTE", "suppliesTo", "Ethio Telecom"),
        R("Ethio Telecom", "basedIn", "Ethiopia"),
        R("ZTE", "focusesOn", "5G"),
        R("Ericsson", "suppliesTo", "Safaricom Ethiopia"),
        R("Safaricom Ethiopia", "basedIn", "Ethiopia"),
        R("Government of Ethiopia", "basedIn", "Ethiopia"),
        R("Huawei", "basedIn", "China"),
        R("ZTE", "basedIn", "China"),
        R("Galaxy Backbone", "basedIn", "Nigeria"),
        R("Galaxy Backbone", "cooperatesWith", "Huawei"),
        R("Huawei", "suppliesTo", "Galaxy Backbone"),
        R("Bosun Tijani", "worksFor", "Nigeria"),
        R("Nigeria", "cooperatesWith", "Google", "planned"),
        R("Smart Africa", "partOf", "African Union"),
        R("Kenya", "memberOf", "Smart Africa"),
        R("Ethiopia", "memberOf", "Smart Africa"),
        R("Nigeria", "memberOf", "Smart Africa"),
        R("European Union", "cooperatesWith", "African Development Bank", "planned"),
        R("Huawei", "focusesOn", "4G"),
        R("Huawei", "focusesOn", "data centers"),
    ],
    "negatives": [
        N("Government of Ethiopia", "sanctions", "Huawei"),
        N("Government of Ethiopia", "sanctions", "ZTE"),
        N("Ethiopia", "sanctions", "Huawei"),
        N("Ethiopia", "sanctions", "ZTE"),
        N("United States", "directs", "Ethiopia"),
        N("Huawei", "suppliesTo", "Nigeria"),
        N("European Union", "agreementWith", "Nigeria"),
        N("United States", "sanctions", "Huawei"),
    ],
}

TSE_NOTICE = {
    "doc_id": "pub6-filing-nec-avantra-shares",
    "topic": "Tokyo Stock Exchange notice of a share acquisition",
    "text": """March 2, 2026

Company name: NEC Corporation
Representative: Takayuki Morita, President and CEO
(Code: 6701, Prime Market of the Tokyo Stock Exchange)
Contact: Corporate Communications Division

Notice Concerning Acquisition of Shares of Avantra Networks Ltd. (Making It a Subsidiary)

NEC Corporation ("NEC") hereby announces that its Board of Directors resolved at a meeting held today to acquire 60% of the issued shares of Avantra Networks Ltd. ("Avantra"), an Israeli developer of Open RAN software, from Jerusalem Venture Partners and other existing shareholders, making Avantra a consolidated subsidiary of NEC.

1. Reason for the Share Acquisition
NEC supplies 5G radio units to NTT DOCOMO and Rakuten Mobile in Japan and to Vodafone in the United Kingdom. Avantra's RIC software and its AV-9 orchestration suite will allow NEC to offer operators a complete Open RAN package. NEC also intends to integrate Avantra's technology with the AI-RAN platform it is developing jointly with Nvidia.

2. Overview of the Subsidiary to be Transferred
(1) Name: Avantra Networks Ltd.
(2) Location: Tel Aviv, Israel
(3) Title and name of representative: Yael Ben-David, Chief Executive Officer
(4) Business: development and sale of radio access network software
(5) Major shareholders before the transaction: Jerusalem Venture Partners 38%; Qualcomm Ventures 14%
(6) Relationship between NEC and Avantra: There is no capital, personnel or business relationship to be noted between NEC and Avantra.

3. Overview of the Counterparties to the Share Acquisition
Jerusalem Venture Partners (Jerusalem, Israel), a venture capital fund. There is no capital, personnel or business relationship between NEC and the seller.

4. Number of Shares to be Acquired, Acquisition Price and Shareholding Before and After
(1) Shares held before the transaction: 0 shares (0%)
(2) Shares to be acquired: 6,000,000 shares
(3) Acquisition price: approximately USD 240 million, funded from cash on hand
(4) Shares held after the transaction: 6,000,000 shares (60%)

5. Schedule
Board resolution: March 2, 2026
Execution of share purchase agreement: March 2, 2026
Share transfer (planned): April 2026, subject to approval by the Israel Competition Authority

6. Future Outlook
The impact of this transaction on NEC's consolidated results for the fiscal year ending March 31, 2026 is expected to be minor. NEC will promptly announce any matter that should be disclosed.

(Reference) Qualcomm Ventures will keep its 14% stake after the transaction. NEC has not decided whether to acquire the remaining shares.
""",
    "entities": [
        E("NEC", "Organization", "NEC Corporation"),
        E("Takayuki Morita", "Person", "Morita"),
        E("Tokyo Stock Exchange", "Organization", "TSE"),
        E("Avantra Networks", "Organization", "Avantra Networks Ltd.", "Avantra"),
        E("Israel", "Country", "Israeli"),
        E("Jerusalem Venture Partners", "Organization", "JVP"),
        E("NTT DOCOMO", "Organization", "NTT Docomo", "Docomo"),
        E("Rakuten Mobile", "Organization"),
        E("Japan", "Country", "Japanese"),
        E("Vodafone", "Organization", "Vodafone UK"),
        E("United Kingdom", "Country", "UK", "Britain", "British"),
        E("Nvidia", "Organization", "NVIDIA"),
        E("Yael Ben-David", "Person", "Ben-David"),
        E("Qualcomm Ventures", "Organization"),
        E("Israel Competition Authority", "Organization"),
        E("Open RAN", "Technology", "open radio access network"),
        E("5G", "Technology"),
        E(AI, "Technology", "AI"),
    ],
    "relations": [
        R("Takayuki Morita", "leaderOf", "NEC"),
        R("NEC", "investsIn", "Avantra Networks", "planned"),
        R("NEC", "agreementWith", "Jerusalem Venture Partners"),
        R("Avantra Networks", "partOf", "NEC", "planned"),
        R("Avantra Networks", "basedIn", "Israel"),
        R("Avantra Networks", "focusesOn", "Open RAN"),
        R("Jerusalem Venture Partners", "investsIn", "Avantra Networks"),
        R("Jerusalem Venture Partners", "basedIn", "Israel"),
        R("Qualcomm Ventures", "investsIn", "Avantra Networks"),
        R("NEC", "suppliesTo", "NTT DOCOMO"),
        R("NEC", "suppliesTo", "Rakuten Mobile"),
        R("NEC", "suppliesTo", "Vodafone"),
        R("NTT DOCOMO", "basedIn", "Japan"),
        R("Rakuten Mobile", "basedIn", "Japan"),
        R("Vodafone", "basedIn", "United Kingdom"),
        R("NEC", "focusesOn", "5G"),
        R("NEC", "focusesOn", "Open RAN"),
        R("NEC", "cooperatesWith", "Nvidia"),
        R("NEC", "focusesOn", AI),
        R("Yael Ben-David", "leaderOf", "Avantra Networks"),
        R("Israel Competition Authority", "basedIn", "Israel"),
    ],
    "negatives": [
        N("NEC", "cooperatesWith", "Avantra Networks"),
        N("NEC", "cooperatesWith", "Jerusalem Venture Partners"),
        N("NEC", "investsIn", "Jerusalem Venture Partners"),
    ],
}

NEWSLETTER = {
    "doc_id": "pub6-newsletter-orbit-silicon-digest",
    "topic": "newsletter digest of short items",
    "text": """THE ORBIT & SILICON WEEKLY -- Issue 214 -- Friday, March 6, 2026

In this issue: Rapidus money, a Vietnamese AI pact, Brazil's chip plan, and a launch deal in Riyadh.

1. Rapidus gets another top-up. Japan's Ministry of Economy, Trade and Industry (METI) approved a further 100 billion yen for Rapidus, bringing state support for the Hokkaido foundry to about 1.8 trillion yen. IBM, which licensed its 2-nanometer process to Rapidus, will keep about 150 Rapidus engineers at its Albany research center through 2027. Reports this week that Apple would take a stake in Rapidus were denied by both companies.

2. Vietnam's FPT and Nvidia. FPT Corporation signed a memorandum of understanding with Nvidia to build an AI factory in Hanoi using H200 systems. FPT chairman Truong Gia Binh said the facility would serve customers in Japan and South Korea.

3. Brazil revives Ceitec. Brazil's science ministry said state chipmaker Ceitec will partner with Taiwan's Foxconn on a packaging line in Porto Alegre. Talks with Chinese firms about a second line have not started, officials said.

4. Saudi launch deal. The Saudi Space Agency agreed with Arianespace to launch two Saudi Earth-observation satellites on a Vega C rocket in 2027. Arianespace is a subsidiary of ArianeGroup, itself jointly owned by Airbus and Safran.

5. Quick hits.
- Australia's Gilmour Space delayed the second flight of its Eris rocket to June.
- India's Skyroot Aerospace raised $45 million from Singapore's Temasek; Skyroot builds the Vikram-1 launcher.
- Kazakhstan and Russia's Roscosmos extended their Baikonur lease talks; no agreement was reached.

Forwarded this? Subscribe at orbitsilicon.news. Reply to this email with tips. Unsubscribe | Manage preferences
""",
    "entities": [
        E("Rapidus", "Organization"),
        E("Japan", "Country", "Japanese"),
        E("Ministry of Economy, Trade and Industry", "Organization", "METI"),
        E("IBM", "Organization"),
        E("Apple", "Organization"),
        E("Vietnam", "Country", "Vietnamese"),
        E("FPT Corporation", "Organization", "FPT", "FPT Corp"),
        E("Nvidia", "Organization", "NVIDIA"),
        E("Truong Gia Binh", "Person"),
        E("South Korea", "Country", "Korea", "Korean"),
        E("Brazil", "Country", "Brazilian"),
        E("Ministry of Science, Technology and Innovation of Brazil", "Organization", "science ministry"),
        E("Ceitec", "Organization"),
        E("Taiwan", "Country", "Taiwanese"),
        E("Foxconn", "Organization", "Hon Hai"),
        E("China", "Country", *CN),
        E("Saudi Space Agency", "Organization"),
        E("Saudi Arabia", "Country", "Saudi"),
        E("Arianespace", "Organization"),
        E("ArianeGroup", "Organization"),
        E("Airbus", "Organization"),
        E("Safran", "Organization"),
        E("Australia", "Country", "Australian"),
        E("Gilmour Space", "Organization", "Gilmour Space Technologies"),
        E("India", "Country", "Indian"),
        E("Skyroot Aerospace", "Organization", "Skyroot"),
        E("Singapore", "Country"),
        E("Temasek", "Organization", "Temasek Holdings"),
        E("Kazakhstan", "Country", "Kazakh"),
        E("Russia", "Country", "Russian"),
        E("Roscosmos", "Organization"),
        E(AI, "Technology", "AI"),
        E("semiconductors", "Technology", *SEMI, "chipmaker"),
        E("satellites", "Technology", "satellite"),
    ],
    "relations": [
        R("Ministry of Economy, Trade and Industry", "investsIn", "Rapidus"),
        R("Ministry of Economy, Trade and Industry", "basedIn", "Japan"),
        R("Japan", "investsIn", "Rapidus"),
        R("Rapidus", "basedIn", "Japan"),
        R("IBM", "suppliesTo", "Rapidus"),
        R("IBM", "cooperatesWith", "Rapidus"),
        R("Rapidus", "focusesOn", "semiconductors"),
        R("FPT Corporation", "agreementWith", "Nvidia"),
        R("FPT Corporation", "cooperatesWith", "Nvidia", "planned"),
        R("FPT Corporation", "basedIn", "Vietnam"),
        R("FPT Corporation", "focusesOn", AI),
        R("Truong Gia Binh", "leaderOf", "FPT Corporation"),
        R("FPT Corporation", "suppliesTo", "Japan", "planned"),
        R("FPT Corporation", "suppliesTo", "South Korea", "planned"),
        R("Ceitec", "cooperatesWith", "Foxconn", "planned"),
        R("Ceitec", "basedIn", "Brazil"),
        R("Ceitec", "focusesOn", "semiconductors"),
        R("Foxconn", "basedIn", "Taiwan"),
        R("Ministry of Science, Technology and Innovation of Brazil", "basedIn", "Brazil"),
        R("Saudi Space Agency", "agreementWith", "Arianespace"),
        R("Arianespace", "suppliesTo", "Saudi Space Agency", "planned"),
        R("Saudi Space Agency", "basedIn", "Saudi Arabia"),
        R("Arianespace", "partOf", "ArianeGroup"),
        R("Airbus", "jointVentureWith", "Safran"),
        R("Airbus", "investsIn", "ArianeGroup"),
        R("Safran", "investsIn", "ArianeGroup"),
        R("Gilmour Space", "basedIn", "Australia"),
        R("Skyroot Aerospace", "basedIn", "India"),
        R("Temasek", "investsIn", "Skyroot Aerospace"),
        R("Temasek", "basedIn", "Singapore"),
        R("Roscosmos", "basedIn", "Russia"),
        R("Saudi Space Agency", "focusesOn", "satellites"),
    ],
    "negatives": [
        N("Apple", "investsIn", "Rapidus"),
        N("Ceitec", "cooperatesWith", "China"),
        N("Kazakhstan", "agreementWith", "Roscosmos"),
        N("Kazakhstan", "agreementWith", "Russia"),
    ],
}

DOCS_B = [
    dict(WIRE_HYNIX), dict(THINKTANK_AFRICA), dict(TSE_NOTICE), dict(NEWSLETTER),
]
