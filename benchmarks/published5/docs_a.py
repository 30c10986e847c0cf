"""Published-style documents 1-4 (Federal Register rule, UK financial sanctions notice, joint statement after a
state visit, foreign-ministry readout of a telephone talk) with gold.

Example:
    >>> len(DOCS_A)
    4
"""
from __future__ import annotations

from gold_rows import E, N, R

US = ["U.S.", "US", "USA", "United States of America", "America", "American", "Americans", "Washington"]
RU = ["Russian", "Russian Federation", "Moscow"]
AI = "artificial intelligence"
AI_AL = ["AI", "A.I."]
SEMI = "semiconductors"
SEMI_AL = ["semiconductor", "chips", "chip", "integrated circuits", "microelectronics", "microchips"]


FEDREG_RULE = {
    "doc_id": "pub5-fedreg-entity-list-additions",
    "topic": "Federal Register final rule adding entities to the Entity List",
    "text": """Federal Register / Vol. 91, No. 41 / Tuesday, March 3, 2026 / Rules and Regulations

DEPARTMENT OF COMMERCE

Bureau of Industry and Security

15 CFR Part 744

[Docket No. 260224-0051]

RIN 0694-AJ91

Additions to the Entity List; Removal of an Entity From the Entity List

AGENCY: Bureau of Industry and Security, Commerce.

ACTION: Final rule.

SUMMARY: In this rule, the Bureau of Industry and Security (BIS) amends the Export Administration Regulations (EAR) by adding seven entities to the Entity List. These entities have been determined by the U.S. Government to be acting contrary to the national security or foreign policy interests of the United States. The entities are located in India, Malaysia, Singapore and Vietnam. This rule also removes one entity under the destination of Malaysia from the Entity List.

DATES: This rule is effective March 3, 2026.

FOR FURTHER INFORMATION CONTACT: Chair, End-User Review Committee, Office of the Assistant Secretary for Export Administration, Bureau of Industry and Security, Department of Commerce, Phone: (202) 482-5991, Email: ERC@bis.doc.gov.

SUPPLEMENTARY INFORMATION:

Background

The Entity List (supplement no. 4 to part 744 of the EAR) identifies entities for which there is reasonable cause to believe, based on specific and articulable facts, that the entities have been involved, are involved, or pose a significant risk of being or becoming involved in activities contrary to the national security or foreign policy interests of the United States. The End-User Review Committee (ERC), chaired by the Department of Commerce, makes all decisions regarding additions to, removals from, or other modifications to the Entity List.

Additions to the Entity List

The ERC determined to add Kinta Avionics Sdn. Bhd. and Meridian Microsystems Sdn. Bhd., both of Malaysia, and Lumen Crest Trading Pte. Ltd. of Singapore to the Entity List for diverting U.S.-origin integrated circuits and navigation modules to Qods Aviation Industries, an Iranian manufacturer of unmanned aerial vehicles.

The ERC also determined to add Saigon Microtek Co., Ltd. and VN Sky Technology Joint Stock Company, both of Vietnam, and Arihant Aerotech Private Limited and Nandi Dynamics Private Limited, both of Bengaluru, India, for supplying electronic components to JSC Kronstadt, a Russian drone maker that is already on the Entity List. Nandi Dynamics is a subsidiary of Arihant Aerotech.

For the seven entities, BIS imposes a license requirement for all items subject to the EAR and adopts a license review policy of presumption of denial.

Removal From the Entity List

The ERC determined to remove Ozone Air Engineering Sdn. Bhd. of Malaysia from the Entity List after the company ceased its shipments to Qods Aviation Industries.

The ERC did not determine to add Viettel Group, Vietnam's state-owned telecommunications company, which had been the subject of a public request, and this rule takes no action with respect to it.

Savings Clause

Shipments of items removed from eligibility for a License Exception as a result of this regulatory action that were en route aboard a carrier to a port of export on March 3, 2026, may proceed to that destination.

Thea D. Rozman Kendler,
Assistant Secretary for Export Administration.
[FR Doc. 2026-04187 Filed 2-27-26; 8:45 am]
BILLING CODE 3510-33-P
""",
    "entities": [
        E("Bureau of Industry and Security", "Organization", "BIS"),
        E("United States Department of Commerce", "Organization", "Department of Commerce", "Commerce"),
        E("End-User Review Committee", "Organization", "ERC"),
        E("United States", "Country", *US),
        E("Government of the United States", "Organization", "U.S. Government", "US Government"),
        E("India", "Country", "Indian"),
        E("Malaysia", "Country", "Malaysian"),
        E("Singapore", "Country", "Singaporean"),
        E("Vietnam", "Country", "Viet Nam", "Vietnamese"),
        E("Iran", "Country", "Iranian"),
        E("Russia", "Country", *RU),
        E("Kinta Avionics", "Organization", "Kinta Avionics Sdn. Bhd."),
        E("Meridian Microsystems", "Organization", "Meridian Microsystems Sdn. Bhd."),
        E("Lumen Crest Trading", "Organization", "Lumen Crest Trading Pte. Ltd."),
        E("Qods Aviation Industries", "Organization", "Qods Aviation"),
        E("Saigon Microtek", "Organization", "Saigon Microtek Co., Ltd."),
        E("VN Sky Technology", "Organization", "VN Sky Technology Joint Stock Company"),
        E("Arihant Aerotech", "Organization", "Arihant Aerotech Private Limited"),
        E("Nandi Dynamics", "Organization", "Nandi Dynamics Private Limited"),
        E("Kronstadt", "Organization", "JSC Kronstadt"),
        E("Ozone Air Engineering", "Organization", "Ozone Air Engineering Sdn. Bhd."),
        E("Viettel Group", "Organization", "Viettel"),
        E("Thea D. Rozman Kendler", "Person", "Thea Rozman Kendler", "Rozman Kendler"),
        E(SEMI, "Technology", *SEMI_AL),
        E("drones", "Technology", "drone", "unmanned aerial vehicles", "UAVs"),
        E("telecommunications", "Technology", "telecom"),
    ],
    "relations": [
        R("Bureau of Industry and Security", "partOf", "United States Department of Commerce"),
        R("United States Department of Commerce", "basedIn", "United States"),
        R("Government of the United States", "basedIn", "United States"),
        *[R(s, "sanctions", o) for s in ("Bureau of Industry and Security", "End-User Review Committee") for o in [
            "Kinta Avionics", "Meridian Microsystems", "Lumen Crest Trading", "Saigon Microtek", "VN Sky Technology",
            "Arihant Aerotech", "Nandi Dynamics"]],
        *[R("Bureau of Industry and Security", "restrictsExportsTo", o) for o in [
            "Kinta Avionics", "Meridian Microsystems", "Lumen Crest Trading", "Saigon Microtek", "VN Sky Technology",
            "Arihant Aerotech", "Nandi Dynamics"]],
        R("Kinta Avionics", "basedIn", "Malaysia"),
        R("Meridian Microsystems", "basedIn", "Malaysia"),
        R("Lumen Crest Trading", "basedIn", "Singapore"),
        R("Saigon Microtek", "basedIn", "Vietnam"),
        R("VN Sky Technology", "basedIn", "Vietnam"),
        R("Arihant Aerotech", "basedIn", "India"),
        R("Nandi Dynamics", "basedIn", "India"),
        R("Ozone Air Engineering", "basedIn", "Malaysia"),
        R("Qods Aviation Industries", "basedIn", "Iran"),
        R("Kronstadt", "basedIn", "Russia"),
        R("Viettel Group", "basedIn", "Vietnam"),
        R("Kinta Avionics", "suppliesTo", "Qods Aviation Industries"),
        R("Meridian Microsystems", "suppliesTo", "Qods Aviation Industries"),
        R("Lumen Crest Trading", "suppliesTo", "Qods Aviation Industries"),
        R("Saigon Microtek", "suppliesTo", "Kronstadt"),
        R("VN Sky Technology", "suppliesTo", "Kronstadt"),
        R("Arihant Aerotech", "suppliesTo", "Kronstadt"),
        R("Nandi Dynamics", "suppliesTo", "Kronstadt"),
        R("Nandi Dynamics", "partOf", "Arihant Aerotech"),
        R("Qods Aviation Industries", "focusesOn", "drones"),
        R("Kronstadt", "focusesOn", "drones"),
        R("Viettel Group", "focusesOn", "telecommunications"),
    ],
    "negatives": [
        N("Bureau of Industry and Security", "sanctions", "Ozone Air Engineering"),
        N("End-User Review Committee", "sanctions", "Ozone Air Engineering"),
        N("Ozone Air Engineering", "suppliesTo", "Qods Aviation Industries"),
        N("Bureau of Industry and Security", "sanctions", "Viettel Group"),
        N("End-User Review Committee", "sanctions", "Viettel Group"),
    ],
}

UK_NOTICE = {
    "doc_id": "pub5-uk-financial-sanctions-notice",
    "topic": "UK financial sanctions notice (Russia regime)",
    "text": """FINANCIAL SANCTIONS NOTICE

Russia

17/03/2026

Introduction

1. The Russia (Sanctions) (EU Exit) Regulations 2019 were made under the Sanctions and Anti-Money Laundering Act 2018 and impose financial and trade sanctions in the United Kingdom.

2. On 17 March 2026 the Foreign, Commonwealth and Development Office (FCDO) designated five persons under the Russia regime and updated the UK Sanctions List. The Office of Financial Sanctions Implementation (OFSI), part of HM Treasury, has updated the Consolidated List of Asset Freeze Targets accordingly.

Notice summary (Full details are provided in the Annex to this Notice)

3. The following entries have been added to the Consolidated List and are now subject to an asset freeze:

- Altyn Tech Trade LLC (Kyrgyzstan)
- Ruslan Abdykadyrov, director of Altyn Tech Trade LLC
- Siam Precision Parts Co., Ltd. (Thailand)
- Dunav Elektronika d.o.o. (Serbia)
- JSC IEMZ Kupol (Russia)

4. The following entry has been removed from the Consolidated List and is no longer subject to an asset freeze:

- Oriental Mast General Trading FZE (United Arab Emirates)

Statement of reasons (extract)

Altyn Tech Trade LLC has supplied CNC machine tools and microelectronics to JSC IEMZ Kupol, a Russian manufacturer of attack drones, and Ruslan Abdykadyrov is responsible for its operations. Siam Precision Parts and Dunav Elektronika have exported electronic components with military applications to Russia. JSC IEMZ Kupol is a subsidiary of Almaz-Antey, which is already designated.

What you must do

5. You must: (i) check whether you maintain any accounts or hold any funds or economic resources for the persons set out in the Annex to this Notice; (ii) freeze such accounts, and other funds or economic resources; (iii) refrain from dealing with the funds or assets or making them available (directly or indirectly) to such persons unless licensed by OFSI; (iv) report any findings to OFSI, together with any additional information that would facilitate compliance with the Regulations.

6. Oriental Mast General Trading FZE was delisted following a successful administrative review. It would be open to the Secretary of State to designate it again if new evidence emerged.

Ransomware and sanctions

7. Making or facilitating a ransomware payment to a designated person is prohibited.

Enquiries

8. Non-media enquiries about the implementation of financial sanctions in the UK should be addressed to: Office of Financial Sanctions Implementation, HM Treasury, 1 Horse Guards Road, London SW1A 2HQ. Non-media enquiries about the sanctions measures themselves should be addressed to: sanctions@fcdo.gov.uk.
""",
    "entities": [
        E("United Kingdom", "Country", "UK", "U.K.", "British", "Britain"),
        E("Foreign, Commonwealth and Development Office", "Organization", "FCDO"),
        E("Office of Financial Sanctions Implementation", "Organization", "OFSI"),
        E("HM Treasury", "Organization", "Treasury"),
        E("Altyn Tech Trade", "Organization", "Altyn Tech Trade LLC"),
        E("Ruslan Abdykadyrov", "Person", "Abdykadyrov"),
        E("Siam Precision Parts", "Organization", "Siam Precision Parts Co., Ltd."),
        E("Dunav Elektronika", "Organization", "Dunav Elektronika d.o.o."),
        E("IEMZ Kupol", "Organization", "JSC IEMZ Kupol", "Kupol"),
        E("Oriental Mast General Trading", "Organization", "Oriental Mast General Trading FZE"),
        E("Almaz-Antey", "Organization", "Almaz Antey"),
        E("Kyrgyzstan", "Country", "Kyrgyz"),
        E("Thailand", "Country", "Thai"),
        E("Serbia", "Country", "Serbian"),
        E("Russia", "Country", *RU),
        E("United Arab Emirates", "Country", "UAE", "Emirati"),
        E(SEMI, "Technology", *SEMI_AL),
        E("drones", "Technology", "drone", "attack drones"),
    ],
    "relations": [
        R("Foreign, Commonwealth and Development Office", "basedIn", "United Kingdom"),
        R("Office of Financial Sanctions Implementation", "partOf", "HM Treasury"),
        R("HM Treasury", "basedIn", "United Kingdom"),
        R("Office of Financial Sanctions Implementation", "basedIn", "United Kingdom"),
        *[R("Foreign, Commonwealth and Development Office", "sanctions", o) for o in [
            "Altyn Tech Trade", "Ruslan Abdykadyrov", "Siam Precision Parts", "Dunav Elektronika", "IEMZ Kupol"]],
        R("Ruslan Abdykadyrov", "leaderOf", "Altyn Tech Trade"),
        R("Altyn Tech Trade", "basedIn", "Kyrgyzstan"),
        R("Siam Precision Parts", "basedIn", "Thailand"),
        R("Dunav Elektronika", "basedIn", "Serbia"),
        R("IEMZ Kupol", "basedIn", "Russia"),
        R("Oriental Mast General Trading", "basedIn", "United Arab Emirates"),
        R("Altyn Tech Trade", "suppliesTo", "IEMZ Kupol"),
        R("Siam Precision Parts", "suppliesTo", "Russia"),
        R("Dunav Elektronika", "suppliesTo", "Russia"),
        R("IEMZ Kupol", "focusesOn", "drones"),
        R("IEMZ Kupol", "partOf", "Almaz-Antey"),
    ],
    "negatives": [
        N("Foreign, Commonwealth and Development Office", "sanctions", "Oriental Mast General Trading"),
        N("Office of Financial Sanctions Implementation", "sanctions", "Oriental Mast General Trading"),
        N("United Kingdom", "sanctions", "Oriental Mast General Trading"),
    ],
}

KOREA_VIETNAM = {
    "doc_id": "pub5-joint-statement-korea-vietnam",
    "topic": "joint statement after a state visit",
    "text": """Joint Statement between the Republic of Korea and the Socialist Republic of Viet Nam on the Occasion of the State Visit of President Lee Jae-myung

Hanoi, 11 March 2026

1. At the invitation of To Lam, General Secretary of the Communist Party of Viet Nam and President of the Socialist Republic of Viet Nam, President Lee Jae-myung of the Republic of Korea paid a State Visit to Viet Nam from 9 to 11 March 2026. The two leaders held talks in a warm and friendly atmosphere and agreed to further deepen the Comprehensive Strategic Partnership between the two countries.

2. The two sides agreed to expand cooperation in science, technology and innovation, with a focus on semiconductors, artificial intelligence, digital transformation, 5G and 6G telecommunications, nuclear power and critical minerals. They also agreed to strengthen cooperation in defence industry, space and climate change response.

3. The two leaders welcomed the signing of the following documents during the visit:
- a Memorandum of Understanding between the Ministry of Science and ICT of the Republic of Korea and the Ministry of Science and Technology of Viet Nam on artificial intelligence and semiconductor human resources;
- an Agreement between the Ministry of Trade, Industry and Energy of the Republic of Korea and the Ministry of Industry and Trade of Viet Nam on a critical minerals supply chain partnership;
- a Memorandum of Understanding between Korea Hydro & Nuclear Power and Vietnam Electricity (EVN) on cooperation in nuclear power human resource development.

4. The Vietnamese side welcomed Samsung Electronics' plan to build a semiconductor packaging and test plant in Thai Nguyen province and the investment of LG Innotek in Hai Phong, and asked Korean companies to transfer more technology to Vietnamese suppliers. The Korean side appreciated the role of Viettel Group, which has partnered with Samsung Electronics on 5G network equipment.

5. The two sides noted that Vietnam has not yet selected a partner for its Ninh Thuan nuclear power project, and the Korean side expressed its hope that Korean companies could take part if Vietnam decides to invite bids.

6. The two leaders reaffirmed the importance of ASEAN centrality. Viet Nam, as a member of ASEAN, supported the Republic of Korea in strengthening its relations with the Association.

7. President Lee Jae-myung thanked General Secretary and President To Lam for the warm hospitality and invited him to visit the Republic of Korea at a mutually convenient time. To Lam accepted the invitation with pleasure.
""",
    "entities": [
        E("South Korea", "Country", "Republic of Korea", "Korea", "Korean", "ROK"),
        E("Vietnam", "Country", "Viet Nam", "Socialist Republic of Viet Nam", "Vietnamese"),
        E("Lee Jae-myung", "Person", "Lee"),
        E("To Lam", "Person", "Tô Lâm"),
        E("Communist Party of Vietnam", "Organization", "Communist Party of Viet Nam"),
        E("Ministry of Science and ICT", "Organization", "MSIT", "Ministry of Science and ICT of the Republic of Korea"),
        E("Ministry of Science and Technology of Vietnam", "Organization", "Ministry of Science and Technology of Viet Nam",
          "Ministry of Science and Technology"),
        E("Ministry of Trade, Industry and Energy", "Organization", "MOTIE",
          "Ministry of Trade, Industry and Energy of the Republic of Korea"),
        E("Ministry of Industry and Trade of Vietnam", "Organization", "Ministry of Industry and Trade of Viet Nam",
          "Ministry of Industry and Trade"),
        E("Korea Hydro & Nuclear Power", "Organization", "KHNP"),
        E("Vietnam Electricity", "Organization", "EVN"),
        E("Samsung Electronics", "Organization", "Samsung"),
        E("LG Innotek", "Organization"),
        E("Viettel Group", "Organization", "Viettel"),
        E("ASEAN", "InternationalOrganization", "Association of Southeast Asian Nations", "Association"),
        E(SEMI, "Technology", *SEMI_AL),
        E(AI, "Technology", *AI_AL),
        E("digital transformation", "Technology"),
        E("5G", "Technology", "5G network", "5G telecommunications"),
        E("6G", "Technology"),
        E("nuclear energy", "Technology", "nuclear power", "nuclear"),
        E("critical minerals", "Technology"),
        E("space technology", "Technology", "space"),
    ],
    "relations": [
        R("Lee Jae-myung", "leaderOf", "South Korea"),
        R("To Lam", "leaderOf", "Vietnam"),
        R("To Lam", "leaderOf", "Communist Party of Vietnam"),
        R("Communist Party of Vietnam", "basedIn", "Vietnam"),
        R("South Korea", "cooperatesWith", "Vietnam", "planned"),
        R("South Korea", "agreementWith", "Vietnam"),
        R("Ministry of Science and ICT", "agreementWith", "Ministry of Science and Technology of Vietnam"),
        R("Ministry of Science and ICT", "basedIn", "South Korea"),
        R("Ministry of Science and Technology of Vietnam", "basedIn", "Vietnam"),
        R("Ministry of Trade, Industry and Energy", "agreementWith", "Ministry of Industry and Trade of Vietnam"),
        R("Ministry of Trade, Industry and Energy", "basedIn", "South Korea"),
        R("Ministry of Industry and Trade of Vietnam", "basedIn", "Vietnam"),
        R("Korea Hydro & Nuclear Power", "agreementWith", "Vietnam Electricity"),
        R("Korea Hydro & Nuclear Power", "cooperatesWith", "Vietnam Electricity", "planned"),
        R("Korea Hydro & Nuclear Power", "basedIn", "South Korea"),
        R("Vietnam Electricity", "basedIn", "Vietnam"),
        R("Samsung Electronics", "investsIn", "Vietnam", "planned"),
        R("Samsung Electronics", "focusesOn", SEMI),
        R("Samsung Electronics", "basedIn", "South Korea"),
        R("LG Innotek", "investsIn", "Vietnam"),
        R("LG Innotek", "basedIn", "South Korea"),
        R("Viettel Group", "cooperatesWith", "Samsung Electronics"),
        R("Viettel Group", "basedIn", "Vietnam"),
        R("Vietnam", "memberOf", "ASEAN"),
    ],
    "negatives": [
        N("Korea Hydro & Nuclear Power", "suppliesTo", "Vietnam"),
        N("South Korea", "suppliesTo", "Vietnam"),
    ],
}

JAPAN_INDIA_CALL = {
    "doc_id": "pub5-mofa-readout-japan-india",
    "topic": "foreign ministry readout of a telephone talk",
    "text": """Japan-India Foreign Ministers' Telephone Talk

March 5, 2026

On March 5, commencing at 7:30 p.m. for approximately 40 minutes, Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, held a telephone talk with Dr. S. Jaishankar, Minister of External Affairs of the Republic of India. The overview of the talk is as follows.

1. At the outset, Minister Motegi stated that Japan and India, as the Special Strategic and Global Partnership, share fundamental values, and that he wishes to further strengthen bilateral relations in all areas. In response, Minister Jaishankar stated that India attaches great importance to its relationship with Japan.

2. The two Ministers welcomed the progress of the Japan-India Economic Security Initiative, including cooperation on semiconductors, critical minerals, clean energy and artificial intelligence. Minister Motegi welcomed the decision of Renesas Electronics to expand its joint venture with CG Power and Industrial Solutions in Gujarat, and the agreement between Tokyo Electron and Tata Electronics to train engineers for India's first semiconductor fab. The two Ministers also confirmed that the Japan International Cooperation Agency (JICA) will provide India with a yen loan for the Mumbai-Ahmedabad high-speed rail project.

3. The two Ministers exchanged views on regional situations, including the Indo-Pacific and the situation in Ukraine. Minister Motegi explained Japan's position on China's export restrictions on rare earths to Japan. The two Ministers shared the view that Japan and India, together with the United States and Australia, will continue to work closely through the Quad to realize a free and open Indo-Pacific.

4. In response to a question about media reports, Minister Jaishankar stated that India has not decided to purchase Japanese US-2 amphibious aircraft and that no such agreement was discussed during the talk.

5. The two Ministers confirmed that they would continue to communicate closely, including in the run-up to the next Japan-India Annual Summit.
""",
    "entities": [
        E("Japan", "Country", "Japanese", "Tokyo"),
        E("India", "Country", "Indian", "Republic of India", "New Delhi"),
        E("Toshimitsu Motegi", "Person", "MOTEGI Toshimitsu", "Motegi", "Minister Motegi"),
        E("S. Jaishankar", "Person", "Jaishankar", "Subrahmanyam Jaishankar", "Minister Jaishankar"),
        E("Renesas Electronics", "Organization", "Renesas"),
        E("CG Power and Industrial Solutions", "Organization", "CG Power"),
        E("Tokyo Electron", "Organization", "TEL"),
        E("Tata Electronics", "Organization"),
        E("Japan International Cooperation Agency", "Organization", "JICA"),
        E("China", "Country", "Chinese", "Beijing"),
        E("United States", "Country", *US),
        E("Australia", "Country", "Australian"),
        E("Quad", "InternationalOrganization", "Quadrilateral Security Dialogue"),
        E("Ukraine", "Country", "Ukrainian"),
        E(SEMI, "Technology", *SEMI_AL),
        E("critical minerals", "Technology"),
        E("clean energy", "Technology"),
        E(AI, "Technology", *AI_AL),
        E("rare earths", "Technology", "rare earth", "rare-earth"),
    ],
    "relations": [
        R("Toshimitsu Motegi", "worksFor", "Japan"),
        R("S. Jaishankar", "worksFor", "India"),
        R("Japan", "cooperatesWith", "India"),
        R("Renesas Electronics", "jointVentureWith", "CG Power and Industrial Solutions"),
        R("Renesas Electronics", "basedIn", "Japan"),
        R("CG Power and Industrial Solutions", "basedIn", "India"),
        R("Tokyo Electron", "agreementWith", "Tata Electronics"),
        R("Tokyo Electron", "cooperatesWith", "Tata Electronics", "planned"),
        R("Tokyo Electron", "basedIn", "Japan"),
        R("Tata Electronics", "basedIn", "India"),
        R("Japan International Cooperation Agency", "basedIn", "Japan"),
        R("Japan International Cooperation Agency", "investsIn", "India", "planned"),
        R("China", "restrictsExportsTo", "Japan"),
        R("Japan", "memberOf", "Quad"),
        R("India", "memberOf", "Quad"),
        R("United States", "memberOf", "Quad"),
        R("Australia", "memberOf", "Quad"),
        R("Japan", "cooperatesWith", "United States", "planned"),
        R("Japan", "cooperatesWith", "Australia", "planned"),
        R("India", "cooperatesWith", "United States", "planned"),
        R("India", "cooperatesWith", "Australia", "planned"),
        R("United States", "cooperatesWith", "Australia", "planned"),
    ],
    "negatives": [
        N("Japan", "suppliesTo", "India"),
        N("India", "agreementWith", "Japan"),
    ],
}

DOCS_A = [FEDREG_RULE, UK_NOTICE, KOREA_VIETNAM, JAPAN_INDIA_CALL]
