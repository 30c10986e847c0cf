"""Published-style documents 4-6 of the seventh published stand-in (state-owned company's annual report excerpt,
development-bank loan press release, defence-ministry procurement announcement) with gold.

Example:
    >>> len(DOCS_B)
    3
"""
from __future__ import annotations

from gold_rows import E, N, R

AI = "artificial intelligence"

ANNUAL_REPORT = {
    "doc_id": "pub7-annual-report-bel-directors",
    "topic": "state-owned company's annual report (Directors' Report) excerpt",
    "text": """BHARAT ELECTRONICS LIMITED
(A Government of India Enterprise, Ministry of Defence)
72nd Annual Report 2025-26

DIRECTORS' REPORT

Dear Members,

Your Directors have pleasure in presenting the 72nd Annual Report of your Company for the financial year ended 31st March, 2026.

1. PERFORMANCE HIGHLIGHTS

Your Company achieved a turnover of ₹ 24,310 crore, a growth of 14% over the previous year. The order book as on 1st April, 2026 stood at ₹ 74,200 crore. Major orders received during the year include the Ashwini low-level transportable radars for the Indian Air Force and electronic warfare suites for the Indian Navy. The Government of India, through the Ministry of Defence, holds 51.14% of the paid-up equity share capital of the Company.

2. EXPORTS

Export orders worth US$ 106 million were executed during the year. Your Company supplied coastal surveillance radars to Mauritius and weapon-locating radars to Armenia.

3. COLLABORATIONS AND JOINT VENTURES

During the year, your Company signed a Memorandum of Understanding with Israel Aerospace Industries (IAI) for the maintenance of medium-range surface-to-air missile systems, and a Transfer of Technology agreement with Safran Electronics & Defense, France, for the local production of inertial navigation systems. BEL-Thales Systems Limited, a joint venture of your Company and Thales of France, in which your Company holds 74% of the equity, recorded a profit for the third consecutive year. The proposed joint venture with General Atomics Aeronautical Systems for unmanned aircraft has not been finalised.

4. RESEARCH AND DEVELOPMENT

Your Company spent 6.8% of its turnover on research and development. The Central Research Laboratory worked on artificial intelligence, quantum technologies and cybersecurity, in collaboration with the Defence Research and Development Organisation (DRDO) and the Indian Institute of Technology Madras.

5. SUBSIDIARY

BEL Optronic Devices Limited, a wholly owned subsidiary of your Company, manufactures image intensifier tubes for night-vision devices.

For and on behalf of the Board of Directors

Manoj Jain
Chairman & Managing Director
Bengaluru, 28th July, 2026
""",
    "entities": [
        E("Bharat Electronics Limited", "Organization", "BEL", "Bharat Electronics"),
        E("Government of India", "Organization"),
        E("Ministry of Defence", "Organization"),
        E("India", "Country", "Indian"),
        E("Indian Air Force", "Organization"),
        E("Indian Navy", "Organization"),
        E("Mauritius", "Country"),
        E("Armenia", "Country", "Armenian"),
        E("Israel Aerospace Industries", "Organization", "IAI"),
        E("Safran Electronics & Defense", "Organization"),
        E("France", "Country", "French"),
        E("BEL-Thales Systems Limited", "Organization", "BEL-Thales Systems"),
        E("Thales", "Organization"),
        E("General Atomics Aeronautical Systems", "Organization", "General Atomics"),
        E("Central Research Laboratory", "Organization"),
        E("Defence Research and Development Organisation", "Organization", "DRDO"),
        E("Indian Institute of Technology Madras", "Organization", "IIT Madras"),
        E("BEL Optronic Devices Limited", "Organization", "BEL Optronic Devices"),
        E("Manoj Jain", "Person", "Jain"),
        E(AI, "Technology", "AI"),
        E("quantum technologies", "Technology", "quantum technology", "quantum"),
        E("cybersecurity", "Technology"),
        E("radar", "Technology", "radars"),
        E("electronic warfare", "Technology"),
        E("unmanned aircraft", "Technology", "drones", "UAVs"),
    ],
    "relations": [
        R("Bharat Electronics Limited", "partOf", "Ministry of Defence"),
        R("Bharat Electronics Limited", "basedIn", "India"),
        R("Ministry of Defence", "partOf", "Government of India"),
        R("Government of India", "investsIn", "Bharat Electronics Limited"),
        R("Ministry of Defence", "investsIn", "Bharat Electronics Limited"),
        R("Bharat Electronics Limited", "suppliesTo", "Indian Air Force"),
        R("Bharat Electronics Limited", "suppliesTo", "Indian Navy"),
        R("Bharat Electronics Limited", "suppliesTo", "Mauritius"),
        R("Bharat Electronics Limited", "suppliesTo", "Armenia"),
        R("Bharat Electronics Limited", "focusesOn", "radar"),
        R("Bharat Electronics Limited", "focusesOn", "electronic warfare"),
        R("Bharat Electronics Limited", "agreementWith", "Israel Aerospace Industries"),
        R("Bharat Electronics Limited", "cooperatesWith", "Israel Aerospace Industries"),
        R("Bharat Electronics Limited", "agreementWith", "Safran Electronics & Defense"),
        R("Safran Electronics & Defense", "basedIn", "France"),
        R("Bharat Electronics Limited", "jointVentureWith", "Thales"),
        R("Thales", "basedIn", "France"),
        R("Bharat Electronics Limited", "investsIn", "BEL-Thales Systems Limited"),
        R("Thales", "investsIn", "BEL-Thales Systems Limited"),
        R("BEL-Thales Systems Limited", "partOf", "Bharat Electronics Limited"),
        R("Central Research Laboratory", "partOf", "Bharat Electronics Limited"),
        R("Central Research Laboratory", "focusesOn", AI),
        R("Central Research Laboratory", "focusesOn", "quantum technologies"),
        R("Central Research Laboratory", "focusesOn", "cybersecurity"),
        R("Central Research Laboratory", "cooperatesWith", "Defence Research and Development Organisation"),
        R("Central Research Laboratory", "cooperatesWith", "Indian Institute of Technology Madras"),
        R("BEL Optronic Devices Limited", "partOf", "Bharat Electronics Limited"),
        R("Manoj Jain", "leaderOf", "Bharat Electronics Limited"),
    ],
    "negatives": [
        N("Bharat Electronics Limited", "jointVentureWith", "General Atomics Aeronautical Systems"),
    ],
}

ADB_LOAN = {
    "doc_id": "pub7-adb-loan-uzbek-grid",
    "topic": "development-bank news release on a loan to a state-owned utility",
    "text": """News Release | 14 April 2026

ADB Approves $350 Million to Modernize Uzbekistan's Power Transmission Grid

MANILA, PHILIPPINES (14 April 2026) — The Asian Development Bank (ADB) has approved a $350 million loan to help National Electric Grid of Uzbekistan JSC (NEGU), the country's state-owned transmission company, strengthen and digitalize its high-voltage network and connect more solar and wind power.

The project will build 420 kilometers of 500-kilovolt lines, upgrade eight substations with digital control systems, and install a 200-megawatt battery energy storage system near Samarkand. The Asian Infrastructure Investment Bank (AIIB) will cofinance the project with a $150 million loan, and the European Union will provide a €40 million grant through its Global Gateway investment platform.

"Uzbekistan has set an ambitious target of generating 40% of its electricity from renewable sources by 2030, and a modern grid is essential to reach it," said ADB Director General for Central and West Asia Yevgeniy Zhukov. "This project will also improve the reliability of supply for households and businesses."

The Ministry of Energy of Uzbekistan is the executing agency, and NEGU will implement the project. Equipment will be procured through open international competitive bidding; no contracts have yet been awarded. Earlier this year, NEGU signed a cooperation agreement with Korea Electric Power Corporation (KEPCO) on grid digitalization and operator training.

ADB is committed to achieving a prosperous, inclusive, resilient, and sustainable Asia and the Pacific, while sustaining its efforts to eradicate extreme poverty. Established in 1966, it is owned by 69 members—49 from the region. Uzbekistan joined ADB in 1995.

Media Contact
Department of Communications and Knowledge Management, media@adb.org
""",
    "entities": [
        E("Asian Development Bank", "InternationalOrganization", "ADB"),
        E("National Electric Grid of Uzbekistan", "Organization", "National Electric Grid of Uzbekistan JSC", "NEGU"),
        E("Uzbekistan", "Country", "Uzbek"),
        E("Asian Infrastructure Investment Bank", "InternationalOrganization", "AIIB"),
        E("European Union", "InternationalOrganization", "EU"),
        E("Yevgeniy Zhukov", "Person", "Zhukov"),
        E("Ministry of Energy of Uzbekistan", "Organization", "Ministry of Energy"),
        E("Korea Electric Power Corporation", "Organization", "KEPCO"),
        E("renewable energy", "Technology", "renewable sources", "solar and wind power"),
        E("battery energy storage", "Technology", "battery energy storage system"),
    ],
    "relations": [
        R("Asian Development Bank", "investsIn", "National Electric Grid of Uzbekistan"),
        R("Asian Infrastructure Investment Bank", "investsIn", "National Electric Grid of Uzbekistan", "planned"),
        R("European Union", "investsIn", "National Electric Grid of Uzbekistan", "planned"),
        R("National Electric Grid of Uzbekistan", "basedIn", "Uzbekistan"),
        R("Yevgeniy Zhukov", "worksFor", "Asian Development Bank"),
        R("Ministry of Energy of Uzbekistan", "basedIn", "Uzbekistan"),
        R("National Electric Grid of Uzbekistan", "agreementWith", "Korea Electric Power Corporation"),
        R("National Electric Grid of Uzbekistan", "cooperatesWith", "Korea Electric Power Corporation"),
        R("Uzbekistan", "memberOf", "Asian Development Bank"),
        R("Uzbekistan", "focusesOn", "renewable energy"),
        R("National Electric Grid of Uzbekistan", "focusesOn", "battery energy storage"),
    ],
    "negatives": [],
}

PROCUREMENT = {
    "doc_id": "pub7-dnd-fighter-procurement",
    "topic": "defence-ministry procurement announcement",
    "text": """Republic of the Philippines
DEPARTMENT OF NATIONAL DEFENSE
Public Affairs Service

PRESS RELEASE No. 2026-041

DND SIGNS CONTRACT FOR 12 MULTI-ROLE FIGHTERS

QUEZON CITY — The Department of National Defense (DND) signed on Monday a government-to-government contract with the Kingdom of Sweden for the acquisition of twelve (12) JAS 39 Gripen C/D multi-role fighter aircraft for the Philippine Air Force (PAF), under Horizon 3 of the Revised AFP Modernization Program.

Secretary of National Defense Gilberto C. Teodoro Jr. and Sweden's Defence Materiel Administration (FMV), represented by its Director General Göran Mårtensson, signed the contract at Camp Aguinaldo. Saab AB of Sweden will manufacture the aircraft, with deliveries to the PAF scheduled to begin in 2028. The contract is valued at PHP 40 billion and includes training, spare parts and a ground-based support system.

Under an industrial cooperation arrangement, Saab will partner with the state-owned Philippine Aerospace Development Corporation (PADC) to establish a maintenance facility at Clark Air Base. Saab will also work with the University of the Philippines Diliman on avionics software training.

The DND evaluated competing offers of F-16 Block 70 aircraft from Lockheed Martin of the United States and of KF-21 aircraft from Korea Aerospace Industries. Neither offer was selected.

"This acquisition will give our Air Force the capability to defend our airspace and our maritime domain," Secretary Teodoro said. "We thank the Government of Sweden for its support."

The Philippine Air Force, commanded by Lieutenant General Arthur M. Cordura, will form a new fighter wing at Basa Air Base to operate the aircraft.

Financing for the contract will be provided by the Swedish Export Credit Corporation (SEK).

PAS-DND
""",
    "entities": [
        E("Department of National Defense", "Organization", "DND"),
        E("Philippines", "Country", "Republic of the Philippines", "Philippine"),
        E("Sweden", "Country", "Kingdom of Sweden", "Swedish"),
        E("Philippine Air Force", "Organization", "PAF", "Air Force"),
        E("Gilberto C. Teodoro Jr.", "Person", "Gilberto Teodoro", "Teodoro"),
        E("Defence Materiel Administration", "Organization", "FMV"),
        E("Göran Mårtensson", "Person", "Mårtensson"),
        E("Saab", "Organization", "Saab AB"),
        E("Philippine Aerospace Development Corporation", "Organization", "PADC"),
        E("University of the Philippines Diliman", "Organization"),
        E("Lockheed Martin", "Organization"),
        E("United States", "Country", "U.S.", "US"),
        E("Korea Aerospace Industries", "Organization", "KAI"),
        E("Government of Sweden", "Organization"),
        E("Swedish Export Credit Corporation", "Organization", "SEK"),
        E("avionics", "Technology"),
        E("Arthur M. Cordura", "Person", "Arthur Cordura", "Cordura"),
    ],
    "relations": [
        R("Department of National Defense", "basedIn", "Philippines"),
        R("Department of National Defense", "agreementWith", "Sweden"),
        R("Department of National Defense", "agreementWith", "Defence Materiel Administration"),
        R("Sweden", "suppliesTo", "Philippines", "planned"),
        R("Saab", "suppliesTo", "Philippine Air Force", "planned"),
        R("Saab", "basedIn", "Sweden"),
        R("Philippine Air Force", "basedIn", "Philippines"),
        R("Arthur M. Cordura", "leaderOf", "Philippine Air Force"),
        R("Gilberto C. Teodoro Jr.", "leaderOf", "Department of National Defense"),
        R("Defence Materiel Administration", "basedIn", "Sweden"),
        R("Göran Mårtensson", "leaderOf", "Defence Materiel Administration"),
        R("Saab", "cooperatesWith", "Philippine Aerospace Development Corporation", "planned"),
        R("Philippine Aerospace Development Corporation", "basedIn", "Philippines"),
        R("Saab", "cooperatesWith", "University of the Philippines Diliman", "planned"),
        R("Lockheed Martin", "basedIn", "United States"),
        R("Lockheed Martin", "competesWith", "Saab"),
        R("Korea Aerospace Industries", "competesWith", "Saab"),
        R("Government of Sweden", "basedIn", "Sweden"),
        R("Swedish Export Credit Corporation", "basedIn", "Sweden"),
        R("Swedish Export Credit Corporation", "investsIn", "Department of National Defense", "planned"),
    ],
    "negatives": [
        N("Lockheed Martin", "suppliesTo", "Philippine Air Force"),
        N("Lockheed Martin", "suppliesTo", "Philippines"),
        N("Lockheed Martin", "agreementWith", "Department of National Defense"),
        N("Korea Aerospace Industries", "suppliesTo", "Philippine Air Force"),
        N("Korea Aerospace Industries", "suppliesTo", "Philippines"),
        N("Korea Aerospace Industries", "agreementWith", "Department of National Defense"),
    ],
}

DOCS_B = [ANNUAL_REPORT, ADB_LOAN, PROCUREMENT]
