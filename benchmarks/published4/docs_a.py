"""Published-style documents 1-4 (export-control final rule, EU Council sanctions release, indictment release, foreign
ministry press-conference transcript) with gold.

Example:
    >>> len(DOCS_A)
    4
"""
from __future__ import annotations

from gold_rows import E, N, R

US = ["U.S.", "US", "USA", "United States of America", "America", "American", "Americans", "Washington"]
CN = ["Chinese", "People's Republic of China", "PRC", "Beijing"]
RU = ["Russian", "Russian Federation", "Moscow"]
SEMI = "semiconductors"
COMMERCE = ["U.S. Department of Commerce", "Department of Commerce", "Commerce Department", "Commerce"]


BIS_RULE = {
    "doc_id": "pub4-bis-entity-list-final-rule",
    "topic": "export-control final rule press release",
    "text": """FOR IMMEDIATE RELEASE
BUREAU OF INDUSTRY AND SECURITY
Office of Congressional and Public Affairs
www.bis.gov

February 12, 2026
Media Contact: OCPA@bis.doc.gov

COMMERCE ADDS EIGHT ENTITIES TO THE ENTITY LIST FOR DIVERTING U.S. CHIPS TO RUSSIA

WASHINGTON, D.C. – Today, the U.S. Department of Commerce's Bureau of Industry and Security (BIS) published a final rule adding eight entities in China, Türkiye, the United Arab Emirates and Russia to the Entity List for their role in diverting U.S.-origin integrated circuits and other microelectronics to Russia. The rule imposes a license requirement for all items subject to the Export Administration Regulations (EAR), and license applications will be reviewed under a policy of denial.

"Shell companies and transshipment hubs will not shield anyone from our export controls," said Under Secretary of Commerce for Industry and Security Jeffrey I. Kessler. "If you divert American technology to Moscow's drone factories, we will find you."

The entities added today are:

- China: Shenzhen Blue Hat International Trade Co., Ltd. (Shenzhen); Sinno Electronics Co., Limited and Tordan Industry Limited (both Hong Kong);
- Türkiye: Dexon Elektronik Ticaret A.Ş. (Istanbul);
- United Arab Emirates: Orion Star General Trading FZE and Falcon Rise Electronics L.L.C. (both Dubai);
- Russia: JSC Radiofizika and Kraftway Corporation PLC (both Moscow).

According to the rule, Dexon Elektronik and Orion Star obtained U.S.-origin microelectronics and re-exported them to JSC Radiofizika, which develops guidance systems for military drones. Sinno Electronics, a subsidiary of Shenzhen Blue Hat, shipped the same parts to Kraftway.

BIS is also removing one entity, Guangzhou Tianhai Precision Instruments Co., Ltd., from the Entity List after the company demonstrated that it no longer does business with Russian end users.

The Department of Commerce has not added Huawei's cloud unit, Huawei Cloud Computing Technologies Co., Ltd., to the list, despite calls from lawmakers to do so.

For more information, visit BIS's website at www.bis.gov.

###
""",
    "entities": [
        E("Bureau of Industry and Security", "Organization", "BIS"),
        E("United States Department of Commerce", "Organization", *COMMERCE),
        E("United States", "Country", *US),
        E("China", "Country", *CN),
        E("Turkey", "Country", "Türkiye", "Turkish"),
        E("United Arab Emirates", "Country", "UAE", "Emirati"),
        E("Russia", "Country", *RU),
        E("Jeffrey Kessler", "Person", "Jeffrey I. Kessler", "Kessler"),
        E("Shenzhen Blue Hat International Trade", "Organization", "Shenzhen Blue Hat International Trade Co., Ltd.",
          "Shenzhen Blue Hat"),
        E("Sinno Electronics", "Organization", "Sinno Electronics Co., Limited"),
        E("Tordan Industry", "Organization", "Tordan Industry Limited"),
        E("Dexon Elektronik Ticaret", "Organization", "Dexon Elektronik Ticaret A.Ş.", "Dexon Elektronik", "Dexon"),
        E("Orion Star General Trading", "Organization", "Orion Star General Trading FZE", "Orion Star"),
        E("Falcon Rise Electronics", "Organization", "Falcon Rise Electronics L.L.C."),
        E("Radiofizika", "Organization", "JSC Radiofizika"),
        E("Kraftway", "Organization", "Kraftway Corporation PLC", "Kraftway Corporation"),
        E("Guangzhou Tianhai Precision Instruments", "Organization",
          "Guangzhou Tianhai Precision Instruments Co., Ltd."),
        E("Huawei Cloud", "Organization", "Huawei Cloud Computing Technologies Co., Ltd.",
          "Huawei Cloud Computing Technologies"),
        E("Huawei", "Organization", "Huawei Technologies"),
        E(SEMI, "Technology", "integrated circuits", "microelectronics", "chips", "chip", "semiconductor"),
        E("drones", "Technology", "drone", "military drones"),
    ],
    "relations": [
        R("Bureau of Industry and Security", "partOf", "United States Department of Commerce"),
        R("United States Department of Commerce", "basedIn", "United States"),
        R("Jeffrey Kessler", "worksFor", "United States Department of Commerce"),
        *[R("Bureau of Industry and Security", p, o) for o in [
            "Shenzhen Blue Hat International Trade", "Sinno Electronics", "Tordan Industry", "Dexon Elektronik Ticaret",
            "Orion Star General Trading", "Falcon Rise Electronics", "Radiofizika", "Kraftway"]
          for p in ("sanctions", "restrictsExportsTo")],
        R("Shenzhen Blue Hat International Trade", "basedIn", "China"),
        R("Sinno Electronics", "basedIn", "China"),
        R("Tordan Industry", "basedIn", "China"),
        R("Dexon Elektronik Ticaret", "basedIn", "Turkey"),
        R("Orion Star General Trading", "basedIn", "United Arab Emirates"),
        R("Falcon Rise Electronics", "basedIn", "United Arab Emirates"),
        R("Radiofizika", "basedIn", "Russia"),
        R("Kraftway", "basedIn", "Russia"),
        R("Dexon Elektronik Ticaret", "suppliesTo", "Radiofizika"),
        R("Orion Star General Trading", "suppliesTo", "Radiofizika"),
        R("Sinno Electronics", "suppliesTo", "Kraftway"),
        R("Sinno Electronics", "partOf", "Shenzhen Blue Hat International Trade"),
        R("Radiofizika", "focusesOn", "drones"),
        R("Huawei Cloud", "partOf", "Huawei"),
    ],
    "negatives": [
        N("Bureau of Industry and Security", "sanctions", "Guangzhou Tianhai Precision Instruments"),
        N("Guangzhou Tianhai Precision Instruments", "suppliesTo", "Russia"),
        N("United States Department of Commerce", "sanctions", "Huawei Cloud"),
        N("Bureau of Industry and Security", "sanctions", "Huawei Cloud"),
    ],
}

EU_COUNCIL = {
    "doc_id": "pub4-eu-council-sanctions-package",
    "topic": "EU Council press release on a sanctions package",
    "text": """Council of the EU
Press release | 23 February 2026 | 11:30

Russia's war of aggression against Ukraine: EU adopts 20th package of economic and individual sanctions

The Council today adopted a 20th package of restrictive measures against Russia in view of its continued war of aggression against Ukraine. The package targets Russia's military-industrial complex, its suppliers in third countries and the shadow fleet.

"Every euro Russia does not earn is a euro it cannot spend on drones. This package also closes the back doors that run through third countries," said Kaja Kallas, High Representative of the Union for Foreign Affairs and Security Policy.

Individual listings

The Council decided to impose restrictive measures on an additional 28 individuals and 36 entities. Those listed include:

- Kalashnikov Concern JSC, the Izhevsk-based arms manufacturer, and its general director, Alan Lushnikov;
- the Special Technology Centre LLC (STC), a St Petersburg company that designs reconnaissance drones, and its deputy director, Dmitry Voronin;
- Sitronics Group, a Moscow IT holding controlled by the conglomerate AFK Sistema;
- four entities in third countries that supplied dual-use goods to Russia's defence sector: Guangzhou Ausay Technology Co., Ltd (China), Aspa Elektronik Dis Ticaret Ltd. Sti. (Türkiye), Tengri Components LLP (Kazakhstan) and Gulf Horizon FZCO (United Arab Emirates).

Trade measures

The Council also agreed:
- new export bans on drone engines, machine tools and electronic components to Russia, worth €1.2 billion a year;
- to add 17 entities to the list of those directly supporting Russia's military-industrial complex, which face tighter restrictions on exports of dual-use goods and technology.

The Council did not list Rosatom, Russia's state nuclear energy corporation, as several member states opposed the move.

Background

The legal acts have been published in the Official Journal of the EU. Since February 2022 the EU has listed more than 2,500 individuals and entities in response to Russia's war against Ukraine.
""",
    "entities": [
        E("Council of the European Union", "Organization", "Council of the EU", "Council"),
        E("European Union", "InternationalOrganization", "EU", "Union"),
        E("Russia", "Country", *RU),
        E("Ukraine", "Country", "Ukrainian"),
        E("Kaja Kallas", "Person", "Kallas"),
        E("Kalashnikov Concern", "Organization", "Kalashnikov Concern JSC", "Kalashnikov"),
        E("Alan Lushnikov", "Person", "Lushnikov"),
        E("Special Technology Centre", "Organization", "Special Technology Centre LLC", "STC"),
        E("Dmitry Voronin", "Person", "Voronin"),
        E("Sitronics Group", "Organization", "Sitronics"),
        E("AFK Sistema", "Organization", "Sistema"),
        E("Guangzhou Ausay Technology", "Organization", "Guangzhou Ausay Technology Co., Ltd"),
        E("Aspa Elektronik Dis Ticaret", "Organization", "Aspa Elektronik Dis Ticaret Ltd. Sti.", "Aspa Elektronik"),
        E("Tengri Components", "Organization", "Tengri Components LLP"),
        E("Gulf Horizon", "Organization", "Gulf Horizon FZCO"),
        E("China", "Country", *CN),
        E("Turkey", "Country", "Türkiye", "Turkish"),
        E("Kazakhstan", "Country", "Kazakh"),
        E("United Arab Emirates", "Country", "UAE", "Emirati"),
        E("Rosatom", "Organization", "State Atomic Energy Corporation Rosatom"),
        E("drones", "Technology", "drone", "reconnaissance drones"),
        E("nuclear energy", "Technology", "nuclear power", "nuclear"),
    ],
    "relations": [
        R("Council of the European Union", "partOf", "European Union"),
        R("Kaja Kallas", "worksFor", "European Union"),
        *[R(s, "sanctions", o) for s in ("Council of the European Union", "European Union") for o in [
            "Russia", "Kalashnikov Concern", "Alan Lushnikov", "Special Technology Centre", "Dmitry Voronin",
            "Sitronics Group", "Guangzhou Ausay Technology", "Aspa Elektronik Dis Ticaret", "Tengri Components",
            "Gulf Horizon"]],
        R("Council of the European Union", "restrictsExportsTo", "Russia"),
        R("European Union", "restrictsExportsTo", "Russia"),
        R("Alan Lushnikov", "leaderOf", "Kalashnikov Concern"),
        R("Kalashnikov Concern", "basedIn", "Russia"),
        R("Special Technology Centre", "basedIn", "Russia"),
        R("Special Technology Centre", "focusesOn", "drones"),
        R("Dmitry Voronin", "worksFor", "Special Technology Centre"),
        R("Sitronics Group", "partOf", "AFK Sistema"),
        R("Sitronics Group", "basedIn", "Russia"),
        R("Guangzhou Ausay Technology", "basedIn", "China"),
        R("Aspa Elektronik Dis Ticaret", "basedIn", "Turkey"),
        R("Tengri Components", "basedIn", "Kazakhstan"),
        R("Gulf Horizon", "basedIn", "United Arab Emirates"),
        R("Guangzhou Ausay Technology", "suppliesTo", "Russia"),
        R("Aspa Elektronik Dis Ticaret", "suppliesTo", "Russia"),
        R("Tengri Components", "suppliesTo", "Russia"),
        R("Gulf Horizon", "suppliesTo", "Russia"),
        R("Rosatom", "basedIn", "Russia"),
        R("Rosatom", "focusesOn", "nuclear energy"),
    ],
    "negatives": [
        N("Council of the European Union", "sanctions", "Rosatom"),
        N("European Union", "sanctions", "Rosatom"),
    ],
}

DOJ_INDICTMENT = {
    "doc_id": "pub4-doj-export-evasion-indictment",
    "topic": "Justice Department indictment press release",
    "text": """Department of Justice
Office of Public Affairs

FOR IMMEDIATE RELEASE                    Tuesday, March 10, 2026

Three Charged in Scheme to Ship U.S. Semiconductors to Russia Through Shell Companies and Freight Forwarders

An indictment was unsealed today in Brooklyn, New York, charging three men with conspiring to evade U.S. export controls by routing American-made semiconductors to Russia through a Hong Kong shell company and a freight forwarder in Armenia.

According to court documents, Anton Mikhailov, 41, a Russian national, is the director of Astra Components Ltd., a Hong Kong shell company with no employees and no office of its own. Li Weiming, 45, of Hong Kong, worked for Astra Components as its purchasing agent. Karen Hakobyan, 38, of Yerevan, is the founder and director of Ararat Cargo Logistics CJSC, an Armenian freight forwarder.

Between 2023 and 2025, the defendants allegedly bought semiconductors from U.S. manufacturers, including Texas Instruments Incorporated (NASDAQ: TXN) and Analog Devices, Inc. (NASDAQ: ADI), through distributors, falsely claiming that the parts were destined for civilian use in Armenia. Ararat Cargo then forwarded the shipments to Elbrus Trade LLC, a Moscow company that supplies the Russian Ministry of Defense. The indictment does not allege that Ararat Cargo shipped any items directly to the Ministry of Defense.

Since February 2022, the Commerce Department has required a license to export such items to Russia.

"These defendants hid behind shell companies and freight forwarders to feed Russia's war machine," said Assistant Attorney General John A. Eisenberg of the Justice Department's National Security Division. "Those schemes do not end at the border."

If convicted, each defendant faces up to 20 years in prison. Mikhailov and Hakobyan were arrested in Spain on March 6; Li remains at large.

The case was investigated by the Commerce Department's Office of Export Enforcement and Homeland Security Investigations.

An indictment is merely an allegation. All defendants are presumed innocent until proven guilty beyond a reasonable doubt in a court of law.

Updated March 10, 2026
Topic: Export Control
Component: National Security Division (NSD)
""",
    "entities": [
        E("United States Department of Justice", "Organization", "Department of Justice", "Justice Department", "DOJ",
          "U.S. Department of Justice"),
        E("United States", "Country", *US),
        E("Russia", "Country", *RU),
        E("Armenia", "Country", "Armenian"),
        E("China", "Country", *CN),
        E("Spain", "Country", "Spanish"),
        E("Anton Mikhailov", "Person", "Mikhailov"),
        E("Astra Components", "Organization", "Astra Components Ltd."),
        E("Li Weiming", "Person", "Li"),
        E("Karen Hakobyan", "Person", "Hakobyan"),
        E("Ararat Cargo Logistics", "Organization", "Ararat Cargo Logistics CJSC", "Ararat Cargo"),
        E("Texas Instruments", "Organization", "Texas Instruments Incorporated", "TI"),
        E("Analog Devices", "Organization", "Analog Devices, Inc.", "ADI"),
        E("Elbrus Trade", "Organization", "Elbrus Trade LLC"),
        E("Ministry of Defence of Russia", "Organization", "Russian Ministry of Defense", "Ministry of Defense",
          "Russian Defence Ministry"),
        E("United States Department of Commerce", "Organization", *COMMERCE),
        E("John A. Eisenberg", "Person", "John Eisenberg", "Eisenberg"),
        E("National Security Division", "Organization", "NSD"),
        E("Office of Export Enforcement", "Organization", "OEE"),
        E("Homeland Security Investigations", "Organization", "HSI"),
        E(SEMI, "Technology", "semiconductor", "chips", "chip"),
    ],
    "relations": [
        R("Anton Mikhailov", "leaderOf", "Astra Components"),
        R("Li Weiming", "worksFor", "Astra Components"),
        R("Karen Hakobyan", "leaderOf", "Ararat Cargo Logistics"),
        R("Astra Components", "basedIn", "China"),
        R("Ararat Cargo Logistics", "basedIn", "Armenia"),
        R("Texas Instruments", "basedIn", "United States"),
        R("Analog Devices", "basedIn", "United States"),
        R("Texas Instruments", "focusesOn", SEMI),
        R("Analog Devices", "focusesOn", SEMI),
        R("Texas Instruments", "suppliesTo", "Astra Components"),
        R("Analog Devices", "suppliesTo", "Astra Components"),
        R("Ararat Cargo Logistics", "suppliesTo", "Elbrus Trade"),
        R("Elbrus Trade", "basedIn", "Russia"),
        R("Elbrus Trade", "suppliesTo", "Ministry of Defence of Russia"),
        R("Ministry of Defence of Russia", "basedIn", "Russia"),
        R("United States Department of Commerce", "restrictsExportsTo", "Russia"),
        R("United States Department of Commerce", "basedIn", "United States"),
        R("John A. Eisenberg", "leaderOf", "National Security Division"),
        R("National Security Division", "partOf", "United States Department of Justice"),
        R("Office of Export Enforcement", "partOf", "United States Department of Commerce"),
    ],
    "negatives": [N("Ararat Cargo Logistics", "suppliesTo", "Ministry of Defence of Russia")],
}

MFA_PRESSER = {
    "doc_id": "pub4-mfa-press-conference-transcript",
    "topic": "foreign ministry press-conference transcript",
    "text": """Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on March 12, 2026

2026-03-12 19:30

At the invitation of Prime Minister Anwar Ibrahim of Malaysia, Premier Li Qiang of the State Council will pay an official visit to Malaysia from March 16 to 18.

CCTV: Could you share more details about Premier Li Qiang's visit? What are China's expectations?

Lin Jian: Malaysia is a good neighbor and comprehensive strategic partner of China. During the visit, Premier Li Qiang will hold talks with Prime Minister Anwar, and the two sides will sign cooperation documents on the digital economy, artificial intelligence and semiconductors. China stands ready to work with Malaysia to deepen cooperation in these fields.

Reuters: The Dutch government said yesterday that ASML, the Dutch maker of chipmaking equipment, will need licenses to service its lithography machines in China. What is China's response?

Lin Jian: China firmly opposes the US's overstretching of the concept of national security and its coercion of other countries into joining its technology blockade against China. We have lodged representations with the Dutch side. We hope the Netherlands will respect market principles and the spirit of contract, and protect the legitimate rights and interests of Chinese companies such as SMIC and Hua Hong Semiconductor.

Bloomberg: Reports say China Mobile will sign an agreement with Malaysia's Axiata Group during the visit to build a 5G network in Kuala Lumpur. Can you confirm?

Lin Jian: I'm not aware of what you mentioned. I'd refer you to the competent authorities.

AFP: A US congressional report alleged this week that Chinese drone maker DJI has supplied components to Iran. Do you have any comment?

Lin Jian: I'm not aware of the specifics. China always exercises prudent and responsible controls over exports of drones. The so-called report is pure fabrication.

Follow-up: Will China investigate the matter?

Lin Jian: I have answered this question.
""",
    "entities": [
        E("Ministry of Foreign Affairs of China", "Organization", "Foreign Ministry", "Chinese Foreign Ministry",
          "Ministry of Foreign Affairs"),
        E("Lin Jian", "Person", "Lin"),
        E("China", "Country", *CN),
        E("Malaysia", "Country", "Malaysian", "Kuala Lumpur"),
        E("Anwar Ibrahim", "Person", "Anwar", "Prime Minister Anwar"),
        E("Li Qiang", "Person", "Premier Li Qiang", "Premier Li"),
        E("State Council", "Organization", "State Council of China"),
        E("Government of the Netherlands", "Organization", "Dutch government", "the Dutch side"),
        E("Netherlands", "Country", "Dutch"),
        E("ASML", "Organization", "ASML Holding"),
        E("United States", "Country", *US),
        E("SMIC", "Organization", "Semiconductor Manufacturing International Corporation"),
        E("Hua Hong Semiconductor", "Organization", "Hua Hong"),
        E("China Mobile", "Organization"),
        E("Axiata Group", "Organization", "Axiata"),
        E("DJI", "Organization", "SZ DJI Technology"),
        E("Iran", "Country", "Iranian"),
        E("artificial intelligence", "Technology", "AI"),
        E(SEMI, "Technology", "semiconductor", "chips", "chip"),
        E("semiconductor manufacturing equipment", "Technology", "chipmaking equipment", "lithography machines"),
        E("digital economy", "Technology"),
        E("5G", "Technology", "5G network", "5G networks"),
        E("drones", "Technology", "drone"),
    ],
    "relations": [
        R("Lin Jian", "worksFor", "Ministry of Foreign Affairs of China"),
        R("Ministry of Foreign Affairs of China", "basedIn", "China"),
        R("Anwar Ibrahim", "leaderOf", "Malaysia"),
        R("Li Qiang", "leaderOf", "State Council"),
        R("State Council", "basedIn", "China"),
        R("China", "agreementWith", "Malaysia", "planned"),
        R("China", "cooperatesWith", "Malaysia", "planned"),
        R("Government of the Netherlands", "basedIn", "Netherlands"),
        R("Government of the Netherlands", "restrictsExportsTo", "China"),
        R("ASML", "basedIn", "Netherlands"),
        R("ASML", "focusesOn", "semiconductor manufacturing equipment"),
        R("United States", "restrictsExportsTo", "China"),
        R("SMIC", "basedIn", "China"),
        R("Hua Hong Semiconductor", "basedIn", "China"),
        R("Axiata Group", "basedIn", "Malaysia"),
        R("DJI", "basedIn", "China"),
        R("DJI", "focusesOn", "drones"),
    ],
    "negatives": [
        N("China Mobile", "agreementWith", "Axiata Group"),
        N("China Mobile", "suppliesTo", "Axiata Group"),
        N("DJI", "suppliesTo", "Iran"),
    ],
}

DOCS_A = [BIS_RULE, EU_COUNCIL, DOJ_INDICTMENT, MFA_PRESSER]
