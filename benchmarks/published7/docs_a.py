"""Published-style documents 1-3 of the seventh published stand-in (regional summit chairman's statement, Treasury/OFAC
designation of a procurement network of front companies, court sentencing press release for export-control violations)
with gold.

Example:
    >>> len(DOCS_A)
    3
"""
from __future__ import annotations

from gold_rows import E, N, R

AI = "artificial intelligence"
SEMI = ["semiconductor", "chips", "chip", "microchips"]

ASEAN_STATEMENT = {
    "doc_id": "pub7-chairman-statement-asean-summit",
    "topic": "regional summit chairman's statement in numbered paragraphs",
    "text": """CHAIRMAN'S STATEMENT OF THE 48TH ASEAN SUMMIT

Kuala Lumpur, 26 May 2026

"Inclusivity and Sustainability"

1. The 48th ASEAN Summit was held in Kuala Lumpur on 26 May 2026 under the Chairmanship of Malaysia. The Summit was chaired by the Honourable Dato' Seri Anwar Ibrahim, Prime Minister of Malaysia, and attended by the Heads of State/Government of the ASEAN Member States. Timor-Leste participated for the first time as a full ASEAN Member State.

2. We welcomed the substantial progress in the negotiations of the ASEAN Digital Economy Framework Agreement (DEFA) and tasked the ASEAN Economic Ministers to conclude the negotiations by the end of 2026. We underscored the importance of semiconductors, artificial intelligence and cybersecurity for the region's future growth.

3. We noted with appreciation the signing of a Memorandum of Understanding between the ASEAN Secretariat and the International Telecommunication Union (ITU) on cybersecurity capacity building, and the opening of the ASEAN-Japan Cybersecurity Capacity Building Centre in Bangkok, which is funded by Japan.

4. We welcomed the plan of Singapore and Viet Nam to jointly develop a new submarine cable system linking the two countries, to be built by Viet Nam's Viettel Group and Singapore's Singtel, and encouraged other Member States to join such initiatives.

5. We agreed to deepen cooperation with the Republic of Korea on artificial intelligence and semiconductors, and looked forward to the inaugural ASEAN-Republic of Korea Digital Ministers' Meeting to be hosted by Seoul in 2027.

6. We took note of the proposal for a regional semiconductor supply chain arrangement with the United States. Discussions on the proposal have not concluded, and no arrangement has been signed.

7. We reiterated our concern over the situation in Myanmar and reaffirmed that the Five-Point Consensus remains our main reference. Myanmar continued to be represented at the Summit at a non-political level.

8. We expressed our appreciation to Malaysia for its warm hospitality and excellent arrangements, and welcomed the Philippines as the ASEAN Chair in 2026-2027.

- END -
""",
    "entities": [
        E("ASEAN", "InternationalOrganization", "Association of Southeast Asian Nations"),
        E("Malaysia", "Country", "Malaysian"),
        E("Anwar Ibrahim", "Person", "Dato' Seri Anwar Ibrahim"),
        E("Timor-Leste", "Country", "East Timor"),
        E("ASEAN Secretariat", "Organization"),
        E("International Telecommunication Union", "InternationalOrganization", "ITU"),
        E("ASEAN-Japan Cybersecurity Capacity Building Centre", "Organization"),
        E("Japan", "Country", "Japanese"),
        E("Singapore", "Country", "Singaporean"),
        E("Vietnam", "Country", "Viet Nam", "Vietnamese"),
        E("Viettel Group", "Organization", "Viettel"),
        E("Singtel", "Organization"),
        E("South Korea", "Country", "Republic of Korea", "Korea", "Seoul"),
        E("United States", "Country", "U.S.", "US"),
        E("Myanmar", "Country"),
        E("Philippines", "Country", "the Philippines"),
        E("semiconductors", "Technology", *SEMI),
        E(AI, "Technology", "AI"),
        E("cybersecurity", "Technology"),
        E("submarine cables", "Technology", "submarine cable", "submarine cable system"),
    ],
    "relations": [
        R("Anwar Ibrahim", "leaderOf", "Malaysia"),
        R("Timor-Leste", "memberOf", "ASEAN"),
        R("Myanmar", "memberOf", "ASEAN"),
        R("ASEAN Secretariat", "partOf", "ASEAN"),
        R("ASEAN Secretariat", "agreementWith", "International Telecommunication Union"),
        R("ASEAN Secretariat", "cooperatesWith", "International Telecommunication Union", topics=["cybersecurity"]),
        R("Japan", "investsIn", "ASEAN-Japan Cybersecurity Capacity Building Centre"),
        R("ASEAN-Japan Cybersecurity Capacity Building Centre", "focusesOn", "cybersecurity"),
        R("Singapore", "cooperatesWith", "Vietnam", "planned"),
        R("Viettel Group", "cooperatesWith", "Singtel", "planned"),
        R("Viettel Group", "basedIn", "Vietnam"),
        R("Singtel", "basedIn", "Singapore"),
        R("Viettel Group", "focusesOn", "submarine cables"),
        R("Singtel", "focusesOn", "submarine cables"),
        R("ASEAN", "cooperatesWith", "South Korea", "planned", topics=[AI, "semiconductors"]),
    ],
    "negatives": [
        N("ASEAN", "agreementWith", "United States"),
    ],
}

OFAC_NETWORK = {
    "doc_id": "pub7-ofac-uav-procurement-network",
    "topic": "Treasury/OFAC designation release on a procurement network of front companies",
    "text": """U.S. DEPARTMENT OF THE TREASURY

PRESS RELEASES

Treasury Targets Procurement Network Supplying Iran's Drone Program

March 17, 2026

WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned five entities and two individuals based in Iran, the People's Republic of China, Hong Kong and Türkiye for their roles in procuring engines and navigation components on behalf of Qods Aviation Industries (QAI), an Iranian manufacturer of unmanned aerial vehicles (UAVs) for the Islamic Revolutionary Guard Corps (IRGC).

"Iran continues to rely on networks of front companies to obtain the components its drone program needs," said Under Secretary of the Treasury for Terrorism and Financial Intelligence John K. Hurley. "Treasury will keep exposing these networks and the firms that enable them."

The network is run by Tehran-based Pishro Sanat Aria Company, whose managing director, Reza Karimi, directs purchases for QAI. Pishro Sanat Aria used Shenzhen Hengda Electronics Co., Ltd. and Hong Kong-registered Bright Harbor Trading Limited as front companies to buy servo motors and GNSS modules from suppliers in China and ship them to Iran. Istanbul-based Anka Dis Ticaret A.S. forwarded small piston engines to QAI through Armenia. Karimi's deputy, Mehdi Sadeghi, arranged payments for the network through Bright Harbor Trading.

Several of the components were manufactured by European firms that sold them to authorized distributors. Treasury does not allege that any of these manufacturers knowingly supplied the network. The network also attempted to buy engines from Germany-based Limbach Flugmotoren, which declined the orders.

Today's action is being taken in coordination with the United Kingdom, which also designated Pishro Sanat Aria and Anka Dis Ticaret.

SANCTIONS IMPLICATIONS

As a result of today's action, all property and interests in property of the designated persons described above that are in the United States or in the possession or control of U.S. persons are blocked and must be reported to OFAC.

###
""",
    "entities": [
        E("United States Department of the Treasury", "Organization", "Department of the Treasury", "Treasury",
          "U.S. Department of the Treasury"),
        E("Office of Foreign Assets Control", "Organization", "OFAC"),
        E("Iran", "Country", "Iranian", "Tehran"),
        E("China", "Country", "People's Republic of China", "PRC", "Chinese"),
        E("Turkey", "Country", "Türkiye", "Turkish"),
        E("Qods Aviation Industries", "Organization", "QAI"),
        E("Islamic Revolutionary Guard Corps", "Organization", "IRGC"),
        E("John K. Hurley", "Person", "Hurley"),
        E("Pishro Sanat Aria Company", "Organization", "Pishro Sanat Aria"),
        E("Reza Karimi", "Person", "Karimi"),
        E("Shenzhen Hengda Electronics", "Organization", "Shenzhen Hengda Electronics Co., Ltd."),
        E("Bright Harbor Trading", "Organization", "Bright Harbor Trading Limited"),
        E("Anka Dis Ticaret", "Organization", "Anka Dis Ticaret A.S."),
        E("Armenia", "Country", "Armenian"),
        E("Mehdi Sadeghi", "Person", "Sadeghi"),
        E("Germany", "Country", "German"),
        E("Limbach Flugmotoren", "Organization"),
        E("United Kingdom", "Country", "UK", "U.K.", "Britain"),
        E("United States", "Country", "U.S.", "US"),
        E("unmanned aerial vehicles", "Technology", "UAVs", "UAV", "drones", "drone"),
    ],
    "relations": [
        R("Office of Foreign Assets Control", "partOf", "United States Department of the Treasury"),
        R("United States Department of the Treasury", "basedIn", "United States"),
        R("Office of Foreign Assets Control", "sanctions", "Pishro Sanat Aria Company"),
        R("Office of Foreign Assets Control", "sanctions", "Shenzhen Hengda Electronics"),
        R("Office of Foreign Assets Control", "sanctions", "Bright Harbor Trading"),
        R("Office of Foreign Assets Control", "sanctions", "Anka Dis Ticaret"),
        R("Office of Foreign Assets Control", "sanctions", "Reza Karimi"),
        R("Office of Foreign Assets Control", "sanctions", "Mehdi Sadeghi"),
        R("United Kingdom", "sanctions", "Pishro Sanat Aria Company"),
        R("United Kingdom", "sanctions", "Anka Dis Ticaret"),
        R("Qods Aviation Industries", "basedIn", "Iran"),
        R("Qods Aviation Industries", "suppliesTo", "Islamic Revolutionary Guard Corps"),
        R("Qods Aviation Industries", "focusesOn", "unmanned aerial vehicles"),
        R("Islamic Revolutionary Guard Corps", "basedIn", "Iran"),
        R("Iran", "focusesOn", "unmanned aerial vehicles"),
        R("John K. Hurley", "worksFor", "United States Department of the Treasury"),
        R("Pishro Sanat Aria Company", "basedIn", "Iran"),
        R("Pishro Sanat Aria Company", "suppliesTo", "Qods Aviation Industries"),
        R("Reza Karimi", "leaderOf", "Pishro Sanat Aria Company"),
        R("Shenzhen Hengda Electronics", "basedIn", "China"),
        R("Shenzhen Hengda Electronics", "suppliesTo", "Iran"),
        R("Bright Harbor Trading", "suppliesTo", "Iran"),
        R("Shenzhen Hengda Electronics", "suppliesTo", "Pishro Sanat Aria Company"),
        R("Bright Harbor Trading", "suppliesTo", "Pishro Sanat Aria Company"),
        R("Anka Dis Ticaret", "basedIn", "Turkey"),
        R("Anka Dis Ticaret", "suppliesTo", "Qods Aviation Industries"),
        R("Mehdi Sadeghi", "worksFor", "Pishro Sanat Aria Company"),
        R("Limbach Flugmotoren", "basedIn", "Germany"),
    ],
    "negatives": [
        N("Limbach Flugmotoren", "suppliesTo", "Pishro Sanat Aria Company"),
        N("Limbach Flugmotoren", "suppliesTo", "Qods Aviation Industries"),
        N("Limbach Flugmotoren", "suppliesTo", "Iran"),
    ],
}

SENTENCING = {
    "doc_id": "pub7-usao-sentencing-export-russia",
    "topic": "U.S. Attorney's Office sentencing press release for export-control violations",
    "text": """U.S. Attorney's Office
Eastern District of New York

FOR IMMEDIATE RELEASE
Thursday, April 9, 2026

Brooklyn Businessman Sentenced to 42 Months in Prison for Shipping Controlled Microelectronics to Russia Through Armenia

Earlier today, in federal court in Brooklyn, Arthur Petrosyan, 51, of Brooklyn, New York, the owner and president of Ararat Tech Supply LLC, was sentenced by United States District Judge Eric R. Komitee to 42 months' imprisonment for conspiring to violate the Export Control Reform Act. Petrosyan pleaded guilty in October 2025 and was also ordered to forfeit $1.8 million.

"This defendant put profit ahead of national security and helped arm a hostile military," stated United States Attorney Joseph Nocella, Jr.

According to court filings, between 2022 and 2024 Petrosyan and his co-conspirators bought more than $6 million worth of integrated circuits and radio-frequency components from U.S. distributors, including parts made by Analog Devices, Inc. and Texas Instruments Incorporated. The Brooklyn-based Ararat Tech Supply then exported the parts to Yerevan Component Trade LLC, an Armenian company, which re-shipped them to Moscow-based Elektronika Trade OOO. Elektronika Trade is a supplier to Russian defense manufacturers, including the Radioelectronic Technologies Concern (KRET), a subsidiary of the state corporation Rostec. Components from the shipments were later recovered from Russian cruise missiles in Ukraine.

The Commerce Department's Bureau of Industry and Security (BIS) added Elektronika Trade to the Entity List in May 2023. The manufacturers are not accused of wrongdoing, and the government does not allege that Analog Devices or Texas Instruments knew of the scheme.

The case was investigated by the Federal Bureau of Investigation and BIS's Office of Export Enforcement as part of the Disruptive Technology Strike Force, an interagency effort co-led by the Departments of Justice and Commerce.

Contact
John Marzulli, United States Attorney's Office, (718) 254-6323

Updated April 9, 2026
""",
    "entities": [
        E("United States Attorney's Office for the Eastern District of New York", "Organization",
          "U.S. Attorney's Office", "United States Attorney's Office"),
        E("Arthur Petrosyan", "Person", "Petrosyan"),
        E("Ararat Tech Supply", "Organization", "Ararat Tech Supply LLC"),
        E("Eric R. Komitee", "Person", "Komitee"),
        E("Joseph Nocella, Jr.", "Person", "Joseph Nocella", "Nocella"),
        E("Analog Devices", "Organization", "Analog Devices, Inc."),
        E("Texas Instruments", "Organization", "Texas Instruments Incorporated"),
        E("Yerevan Component Trade", "Organization", "Yerevan Component Trade LLC"),
        E("Armenia", "Country", "Armenian"),
        E("Elektronika Trade", "Organization", "Elektronika Trade OOO"),
        E("Russia", "Country", "Russian", "Moscow"),
        E("Radioelectronic Technologies Concern", "Organization", "KRET"),
        E("Rostec", "Organization"),
        E("Ukraine", "Country"),
        E("United States Department of Commerce", "Organization", "Commerce Department", "Commerce"),
        E("Bureau of Industry and Security", "Organization", "BIS"),
        E("Federal Bureau of Investigation", "Organization", "FBI"),
        E("Office of Export Enforcement", "Organization"),
        E("Disruptive Technology Strike Force", "Organization"),
        E("United States Department of Justice", "Organization", "Department of Justice", "Justice"),
        E("United States", "Country", "U.S.", "US"),
        E("John Marzulli", "Person"),
        E("semiconductors", "Technology", *SEMI, "integrated circuits", "microelectronics"),
    ],
    "relations": [
        R("Arthur Petrosyan", "leaderOf", "Ararat Tech Supply"),
        R("Ararat Tech Supply", "basedIn", "United States"),
        R("Ararat Tech Supply", "suppliesTo", "Yerevan Component Trade"),
        R("Ararat Tech Supply", "suppliesTo", "Russia"),
        R("Yerevan Component Trade", "basedIn", "Armenia"),
        R("Yerevan Component Trade", "suppliesTo", "Elektronika Trade"),
        R("Elektronika Trade", "basedIn", "Russia"),
        R("Elektronika Trade", "suppliesTo", "Radioelectronic Technologies Concern"),
        R("Radioelectronic Technologies Concern", "partOf", "Rostec"),
        R("Radioelectronic Technologies Concern", "basedIn", "Russia"),
        R("Joseph Nocella, Jr.", "leaderOf", "United States Attorney's Office for the Eastern District of New York"),
        R("Bureau of Industry and Security", "partOf", "United States Department of Commerce"),
        R("Bureau of Industry and Security", "sanctions", "Elektronika Trade"),
        R("Office of Export Enforcement", "partOf", "Bureau of Industry and Security"),
        R("Federal Bureau of Investigation", "cooperatesWith", "Office of Export Enforcement"),
        R("Disruptive Technology Strike Force", "partOf", "United States Department of Justice"),
        R("Disruptive Technology Strike Force", "partOf", "United States Department of Commerce"),
        R("John Marzulli", "worksFor", "United States Attorney's Office for the Eastern District of New York"),
        R("Analog Devices", "focusesOn", "semiconductors"),
        R("Texas Instruments", "focusesOn", "semiconductors"),
    ],
    "negatives": [
        N("Analog Devices", "suppliesTo", "Russia"),
        N("Texas Instruments", "suppliesTo", "Russia"),
        N("Analog Devices", "suppliesTo", "Elektronika Trade"),
        N("Texas Instruments", "suppliesTo", "Elektronika Trade"),
    ],
}

DOCS_A = [ASEAN_STATEMENT, OFAC_NETWORK, SENTENCING]
