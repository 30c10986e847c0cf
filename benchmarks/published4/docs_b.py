"""Published-style documents 5-8 (earnings release, think-tank brief, trade-press deal story, wire story with
bullets and reporting credits) with gold.

Example:
    >>> len(DOCS_B)
    4
"""
from __future__ import annotations

from gold_rows import E, N, R

US = ["U.S.", "US", "USA", "United States of America", "America", "American", "Americans", "Washington"]
CN = ["Chinese", "People's Republic of China", "PRC", "Beijing"]
AI = "artificial intelligence"


NOKIA_RESULTS = {
    "doc_id": "pub4-earnings-nokia-q4",
    "topic": "company earnings release",
    "text": """Nokia Corporation
Stock Exchange Release
29 January 2026 at 08:00 EET

Nokia Corporation Financial Report for Q4 and Full Year 2025

ESPOO, Finland -- Nokia Corporation (NYSE: NOK) today reported fourth-quarter net sales of EUR 6.1 billion, up 4% from a year earlier on a constant-currency basis.

Q4 2025 highlights
- Network Infrastructure net sales grew 11%, helped by demand for optical networking from AI data centers.
- Completed the acquisition of Infinera Corporation, which now operates as part of Nokia's Optical Networks business.
- NVIDIA invested USD 1.0 billion in Nokia; the two companies are partnering on AI-RAN products for 6G.
- Signed a five-year agreement with T-Mobile US to deploy AI-RAN in its network, with trials starting in 2026.

"Our partnership with NVIDIA puts Nokia at the heart of the AI supercycle," said Justin Hotard, President and CEO of Nokia. "We now have the technology -- and the customers -- to grow in mobile networks again."

Nokia Bell Labs, the company's research arm, demonstrated a 6G radio prototype with SoftBank Corp. in Tokyo during the quarter.

Outlook
Nokia expects comparable operating profit of EUR 2.0 billion to EUR 2.5 billion in 2026. Demand from hyperscalers such as Microsoft could lift optical sales further, although no new contract has been signed.

Nokia was not selected by Deutsche Telekom for its Open RAN rollout in Germany.

Forward-looking statements
Certain statements herein are forward-looking and may differ materially from actual results. Nokia undertakes no obligation to update them.

About Nokia
At Nokia, we create technology that helps the world act together. Headquartered in Espoo, Finland, Nokia is a B2B technology innovation leader in mobile, fixed and cloud networks.

Media Inquiries:
Nokia Communications
Phone: +358 10 448 4900
Email: press.services@nokia.com
""",
    "entities": [
        E("Nokia", "Organization", "Nokia Corporation", "Nokia Oyj"),
        E("Finland", "Country", "Finnish"),
        E("Infinera", "Organization", "Infinera Corporation"),
        E("NVIDIA", "Organization", "Nvidia", "NVIDIA Corporation"),
        E("T-Mobile US", "Organization", "T-Mobile"),
        E("Justin Hotard", "Person", "Hotard"),
        E("Nokia Bell Labs", "Organization", "Bell Labs"),
        E("SoftBank Corp.", "Organization", "SoftBank Corp", "SoftBank"),
        E("Microsoft", "Organization", "Microsoft Corp."),
        E("Deutsche Telekom", "Organization", "Deutsche Telekom AG"),
        E("Germany", "Country", "German"),
        E(AI, "Technology", "AI"),
        E("6G", "Technology", "sixth-generation networks"),
        E("optical networking", "Technology", "optical networks", "optical"),
        E("data centers", "Technology", "data center", "AI data centers"),
        E("Open RAN", "Technology", "open radio access networks"),
    ],
    "relations": [
        R("Nokia", "basedIn", "Finland"),
        R("Infinera", "partOf", "Nokia"),
        R("NVIDIA", "investsIn", "Nokia"),
        R("NVIDIA", "cooperatesWith", "Nokia", topics=["6G"]),
        R("Nokia", "focusesOn", "6G"),
        R("Nokia", "agreementWith", "T-Mobile US"),
        R("Nokia", "suppliesTo", "T-Mobile US", "planned"),
        R("Justin Hotard", "leaderOf", "Nokia"),
        R("Nokia Bell Labs", "partOf", "Nokia"),
        R("Nokia Bell Labs", "cooperatesWith", "SoftBank Corp.", topics=["6G"]),
        R("Nokia Bell Labs", "focusesOn", "6G"),
        R("Nokia", "focusesOn", "optical networking"),
    ],
    "negatives": [
        N("Nokia", "suppliesTo", "Microsoft"),
        N("Nokia", "agreementWith", "Microsoft"),
        N("Nokia", "suppliesTo", "Deutsche Telekom"),
    ],
}

THINKTANK_GULF = {
    "doc_id": "pub4-thinktank-gulf-compute",
    "topic": "think-tank brief with hedged analysis",
    "text": """COMMENTARY | Technology Policy Program

The Gulf's Compute Gambit: Can Abu Dhabi Keep Both Washington and Beijing Close?

Mara Feldstein and Omar Haddad | February 4, 2026

In May 2025, the United States and the United Arab Emirates agreed to build a five-gigawatt AI campus in Abu Dhabi, the largest outside America.[1] The deal rests on a bet -- one that the Emiratis have been careful never to state publicly -- that the UAE can remain a customer of U.S. chips while keeping its trade ties with China.

The central actor is G42, the Abu Dhabi-based AI firm chaired by Sheikh Tahnoon bin Zayed Al Nahyan, the UAE's national security adviser. G42 sold its stakes in Chinese companies, including ByteDance, in 2024,[2] a precondition for Microsoft's $1.5 billion investment in the firm. Nvidia has since begun shipping advanced GPUs to G42's Stargate UAE data center.

Three caveats apply.

First, compliance is hard to verify. It is possible that Chinese firms could gain remote access to these chips through cloud services; we have found no evidence that Huawei has done so, and G42 denies any cooperation with Huawei.

Second, Saudi Arabia is moving fast. Humain, a subsidiary of Saudi Arabia's Public Investment Fund (PIF), has signed chip supply agreements with AMD and Qualcomm. Humain may eventually emerge as G42's main regional rival, though that is far from certain.

Third, Washington's patience is finite. The Commerce Department has not ruled out tighter licensing for the Gulf, and some in Congress would like to see it.

Our assessment: the UAE has probably done enough, for now, to keep the chips flowing.

[1] The campus will be built by G42 with OpenAI, Oracle and Nvidia as technology partners.
[2] G42 did not disclose the buyers.

The authors are fellows in the Technology Policy Program. This commentary is produced by an independent, nonpartisan institution; its views are the authors' own.
""",
    "entities": [
        E("United States", "Country", *US),
        E("United Arab Emirates", "Country", "UAE", "Emirati", "Emiratis", "Abu Dhabi"),
        E("China", "Country", *CN),
        E("G42", "Organization", "Group 42"),
        E("Tahnoon bin Zayed Al Nahyan", "Person", "Sheikh Tahnoon bin Zayed Al Nahyan", "Sheikh Tahnoon", "Tahnoon"),
        E("ByteDance", "Organization"),
        E("Microsoft", "Organization", "Microsoft Corp."),
        E("NVIDIA", "Organization", "Nvidia"),
        E("Huawei", "Organization", "Huawei Technologies"),
        E("Saudi Arabia", "Country", "Saudi"),
        E("Humain", "Organization"),
        E("Public Investment Fund", "Organization", "PIF"),
        E("AMD", "Organization", "Advanced Micro Devices"),
        E("Qualcomm", "Organization"),
        E("United States Department of Commerce", "Organization", "Commerce Department", "Department of Commerce",
          "Commerce"),
        E("United States Congress", "Organization", "Congress", "U.S. Congress"),
        E("OpenAI", "Organization"),
        E("Oracle", "Organization", "Oracle Corp."),
        E(AI, "Technology", "AI"),
        E("semiconductors", "Technology", "chips", "chip", "semiconductor"),
        E("GPUs", "Technology", "GPU", "advanced GPUs"),
        E("data centers", "Technology", "data center"),
        E("cloud computing", "Technology", "cloud services", "cloud"),
    ],
    "relations": [
        R("United States", "agreementWith", "United Arab Emirates"),
        R("United States", "cooperatesWith", "United Arab Emirates", "planned", topics=[AI]),
        R("G42", "basedIn", "United Arab Emirates"),
        R("G42", "focusesOn", AI),
        R("Tahnoon bin Zayed Al Nahyan", "leaderOf", "G42"),
        R("Tahnoon bin Zayed Al Nahyan", "worksFor", "United Arab Emirates"),
        R("ByteDance", "basedIn", "China"),
        R("Microsoft", "investsIn", "G42"),
        R("NVIDIA", "suppliesTo", "G42"),
        R("Humain", "partOf", "Public Investment Fund"),
        R("Humain", "basedIn", "Saudi Arabia"),
        R("Public Investment Fund", "basedIn", "Saudi Arabia"),
        R("Humain", "agreementWith", "AMD"),
        R("Humain", "agreementWith", "Qualcomm"),
        R("AMD", "suppliesTo", "Humain", "planned"),
        R("Qualcomm", "suppliesTo", "Humain", "planned"),
        R("United States Department of Commerce", "basedIn", "United States"),
        R("G42", "cooperatesWith", "OpenAI", "planned"),
        R("G42", "cooperatesWith", "Oracle", "planned"),
        R("G42", "cooperatesWith", "NVIDIA", "planned"),
    ],
    "negatives": [
        N("G42", "investsIn", "ByteDance"),
        N("Huawei", "cooperatesWith", "G42"),
        N("Humain", "competesWith", "G42"),
        N("United States Department of Commerce", "restrictsExportsTo", "United Arab Emirates"),
    ],
}

LIGHTREADING_OPENRAN = {
    "doc_id": "pub4-tradepress-vodafone-samsung-openran",
    "topic": "telecom trade-press deal story",
    "text": """OPEN RAN

Vodafone picks Samsung for 4,000-site Open RAN swap in Germany, sidelines Huawei

The operator will replace Huawei radio gear with Samsung's virtualized RAN software running on Dell servers, in Europe's biggest Open RAN contract yet.

Jonas Brandt, Senior Editor, Europe | 3/5/2026
12 Comments

Vodafone Germany has chosen Samsung Electronics (KRX: 005930) as the lead supplier for a 4,000-site Open RAN rollout, in a blow to Huawei, which today supplies roughly a third of the operator's radio sites in the country.

Under the deal, Samsung will supply its vRAN software and radios, Dell Technologies (NYSE: DELL) will provide the servers, and Intel will supply the Xeon processors that run the software. Vodafone Germany is a subsidiary of the UK's Vodafone Group.

"This is a vote of confidence in Open RAN at real scale," said Francisco Martín Pignatelli, head of Open RAN at Vodafone, in a press briefing. "We are not experimenting any more."

Samsung Networks chief Woojune Kim called the contract "a milestone for the ecosystem." Samsung Networks is the network business of Samsung Electronics.

The timing is not a coincidence. Germany's Federal Ministry of the Interior last year ordered the country's operators -- Deutsche Telekom, Vodafone Germany and Telefónica Deutschland -- to remove Huawei components from their 5G core networks by the end of 2026.

What about Ericsson and Nokia? Neither vendor won business in the deal. "We think Ericsson may yet pick up the core," said Stefan Pongratz, an analyst at Dell'Oro Group, "but nothing has been announced."

Related posts:
- Deutsche Telekom trims Open RAN ambitions
- Is Open RAN finally growing up?

Comments (12) | Log in to comment
""",
    "entities": [
        E("Vodafone Germany", "Organization", "Vodafone Deutschland"),
        E("Vodafone Group", "Organization", "Vodafone"),
        E("Samsung Electronics", "Organization", "Samsung", "Samsung Electronics Co."),
        E("Huawei", "Organization", "Huawei Technologies"),
        E("Germany", "Country", "German"),
        E("Dell Technologies", "Organization", "Dell"),
        E("Intel", "Organization", "Intel Corp."),
        E("United Kingdom", "Country", "UK", "Britain", "British"),
        E("Francisco Martín Pignatelli", "Person", "Pignatelli"),
        E("Samsung Networks", "Organization"),
        E("Woojune Kim", "Person", "Kim"),
        E("Federal Ministry of the Interior", "Organization", "Germany's Federal Ministry of the Interior",
          "Interior Ministry"),
        E("Deutsche Telekom", "Organization"),
        E("Telefónica Deutschland", "Organization", "Telefonica Deutschland"),
        E("Ericsson", "Organization"),
        E("Nokia", "Organization"),
        E("Stefan Pongratz", "Person", "Pongratz"),
        E("Dell'Oro Group", "Organization", "Dell'Oro"),
        E("Open RAN", "Technology", "vRAN", "virtualized RAN", "open radio access network"),
        E("5G", "Technology", "5G core networks", "5G networks"),
        E("semiconductors", "Technology", "processors", "chips"),
    ],
    "relations": [
        R("Samsung Electronics", "suppliesTo", "Vodafone Germany", "planned"),
        R("Dell Technologies", "suppliesTo", "Vodafone Germany", "planned"),
        R("Intel", "suppliesTo", "Vodafone Germany", "planned"),
        R("Huawei", "suppliesTo", "Vodafone Germany"),
        R("Vodafone Germany", "partOf", "Vodafone Group"),
        R("Vodafone Germany", "basedIn", "Germany"),
        R("Vodafone Group", "basedIn", "United Kingdom"),
        R("Samsung Electronics", "focusesOn", "Open RAN"),
        R("Francisco Martín Pignatelli", "worksFor", "Vodafone Group"),
        R("Woojune Kim", "leaderOf", "Samsung Networks"),
        R("Samsung Networks", "partOf", "Samsung Electronics"),
        R("Federal Ministry of the Interior", "basedIn", "Germany"),
        R("Federal Ministry of the Interior", "directs", "Deutsche Telekom"),
        R("Federal Ministry of the Interior", "directs", "Vodafone Germany"),
        R("Federal Ministry of the Interior", "directs", "Telefónica Deutschland"),
        R("Federal Ministry of the Interior", "sanctions", "Huawei"),
        R("Deutsche Telekom", "basedIn", "Germany"),
        R("Telefónica Deutschland", "basedIn", "Germany"),
        R("Stefan Pongratz", "worksFor", "Dell'Oro Group"),
    ],
    "negatives": [
        N("Ericsson", "suppliesTo", "Vodafone Germany"),
        N("Nokia", "suppliesTo", "Vodafone Germany"),
    ],
}

WIRE_INDONESIA = {
    "doc_id": "pub4-wire-danantara-nvidia-indosat",
    "topic": "wire story with bullets and reporting credits",
    "text": """UPDATE 1-Indonesia's Danantara, Nvidia and Indosat agree to build $2 bln AI data centre

* Sovereign fund to invest $2 bln in Jakarta site
* Nvidia to supply chips, Indosat to operate centre
* Deal follows Prabowo's talks with Nvidia's Huang

(Adds analyst comment in paragraph 6, shares in paragraph 8)

By Ananda Putri and Fransiska Halim

JAKARTA, Feb 18 (Reuters) - Indonesia's sovereign wealth fund Danantara, Nvidia and Indosat Ooredoo Hutchison agreed on Wednesday to build a $2 billion artificial intelligence data centre in Jakarta, the three companies said, as Southeast Asia's largest economy tries to catch up with its neighbours in AI.

Under the agreement, Nvidia will supply its latest Blackwell chips to the site, which Indosat will operate. Danantara will fund most of the construction, Chief Investment Officer Pandu Sjahrir told reporters.

The deal follows a meeting in December between President Prabowo Subianto and Nvidia CEO Jensen Huang in Jakarta.

Indosat, Indonesia's second-largest mobile operator, is controlled by Ooredoo Hutchison Asia, a joint venture between Qatar's Ooredoo and Hong Kong's CK Hutchison.

Indosat could later sell computing capacity at the site to Vietnam's FPT Corp, one person familiar with the matter said, asking not to be named because the talks are private.

"It is a credible project, but power supply in Jakarta remains the bottleneck," said Rina Hartono, an analyst at Maybank Sekuritas Indonesia.

Microsoft said in 2024 it would invest $1.7 billion in cloud and AI infrastructure in Indonesia over four years.

Indosat shares rose 4.1% in Jakarta trading, outperforming the broader index.

($1 = 16,350 rupiah)

(Reporting by Ananda Putri and Fransiska Halim; Additional reporting by Max Chen in San Francisco; Editing by Kanupriya Rao and Jamie Ford)
""",
    "entities": [
        E("Indonesia", "Country", "Indonesian", "Jakarta"),
        E("Danantara", "Organization", "Daya Anagata Nusantara"),
        E("NVIDIA", "Organization", "Nvidia"),
        E("Indosat Ooredoo Hutchison", "Organization", "Indosat"),
        E("Pandu Sjahrir", "Person", "Sjahrir"),
        E("Prabowo Subianto", "Person", "Prabowo"),
        E("Jensen Huang", "Person", "Huang"),
        E("Ooredoo Hutchison Asia", "Organization"),
        E("Ooredoo", "Organization"),
        E("Qatar", "Country", "Qatari"),
        E("CK Hutchison", "Organization", "CK Hutchison Holdings"),
        E("China", "Country", *CN),
        E("FPT Corp", "Organization", "FPT", "FPT Corporation"),
        E("Vietnam", "Country", "Vietnamese"),
        E("Rina Hartono", "Person", "Hartono"),
        E("Maybank Sekuritas Indonesia", "Organization", "Maybank Sekuritas"),
        E("Microsoft", "Organization", "Microsoft Corp."),
        E(AI, "Technology", "AI"),
        E("data centers", "Technology", "data centre", "AI data centre", "data center"),
        E("semiconductors", "Technology", "chips", "chip"),
        E("cloud computing", "Technology", "cloud"),
    ],
    "relations": [
        R("Danantara", "basedIn", "Indonesia"),
        R("Danantara", "agreementWith", "NVIDIA"),
        R("Danantara", "agreementWith", "Indosat Ooredoo Hutchison"),
        R("NVIDIA", "agreementWith", "Indosat Ooredoo Hutchison"),
        R("Danantara", "cooperatesWith", "NVIDIA", "planned", topics=[AI]),
        R("Danantara", "cooperatesWith", "Indosat Ooredoo Hutchison", "planned", topics=[AI]),
        R("NVIDIA", "cooperatesWith", "Indosat Ooredoo Hutchison", "planned", topics=[AI]),
        R("NVIDIA", "suppliesTo", "Indosat Ooredoo Hutchison", "planned"),
        R("Pandu Sjahrir", "worksFor", "Danantara"),
        R("Prabowo Subianto", "leaderOf", "Indonesia"),
        R("Jensen Huang", "leaderOf", "NVIDIA"),
        R("Indosat Ooredoo Hutchison", "basedIn", "Indonesia"),
        R("Indosat Ooredoo Hutchison", "partOf", "Ooredoo Hutchison Asia"),
        R("Ooredoo", "jointVentureWith", "CK Hutchison"),
        R("Ooredoo", "basedIn", "Qatar"),
        R("CK Hutchison", "basedIn", "China"),
        R("FPT Corp", "basedIn", "Vietnam"),
        R("Rina Hartono", "worksFor", "Maybank Sekuritas Indonesia"),
        R("Microsoft", "investsIn", "Indonesia", "planned"),
    ],
    "negatives": [N("Indosat Ooredoo Hutchison", "suppliesTo", "FPT Corp")],
}

DOCS_B = [NOKIA_RESULTS, THINKTANK_GULF, LIGHTREADING_OPENRAN, WIRE_INDONESIA]
