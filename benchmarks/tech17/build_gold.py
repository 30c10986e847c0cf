"""Build benchmarks/tech17/gold.jsonl: 8 short news-style articles dense in technology areas (round 17, issue 12).

Written and annotated by GUIDELINES.md before kg was run on them. Run: ``python benchmarks/tech17/build_gold.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).with_name("gold.jsonl")


def E(name: str, typ: str, *aliases: str) -> dict:
    """A gold entity: ``E("Sweden", "Country")["type"]`` -> ``'Country'``."""
    return {"name": name, "type": typ, "aliases": list(aliases)}


def R(s: str, p: str, o: str, status: str = "asserted") -> dict:
    """A gold relation: ``R("A", "basedIn", "B")["p"]`` -> ``'basedIn'``."""
    return {"s": s, "p": p, "o": o, "status": status}


DOCS = [
    {"doc_id": "tech17-mining-lynas-ssab",
     "text": "Lynas and SSAB bet on new metal processes\n\n"
             "Australian miner Lynas Rare Earths said on Tuesday it would build a heavy rare earths separation plant "
             "in Texas with funding from the US Department of Defense. Chief executive Amanda Lacaze said the plant "
             "would use solvent extraction to produce dysprosium and terbium, which go into permanent magnets for "
             "electric vehicles and wind turbines.\n\n"
             "Separately, Swedish steelmaker SSAB signed an agreement with Volvo to supply fossil-free steel made by "
             "hydrogen direct reduction, a process SSAB developed with iron ore miner LKAB and utility Vattenfall in "
             "their joint venture HYBRIT.",
     "entities": [E("Lynas Rare Earths", "Organization", "Lynas"), E("Australia", "Country", "Australian"),
                  E("United States", "Country", "US"), E("US Department of Defense", "Organization"),
                  E("Amanda Lacaze", "Person"), E("rare earths", "Technology", "heavy rare earths"),
                  E("solvent extraction", "Technology"), E("dysprosium", "Technology"), E("terbium", "Technology"),
                  E("rare earth magnets", "Technology", "permanent magnets"), E("electric vehicles", "Technology"),
                  E("wind energy", "Technology", "wind turbines"), E("SSAB", "Organization"),
                  E("Sweden", "Country", "Swedish"), E("Volvo", "Organization"),
                  E("green steel", "Technology", "fossil-free steel"),
                  E("hydrogen direct reduction", "Technology"), E("LKAB", "Organization"),
                  E("Vattenfall", "Organization"), E("HYBRIT", "Organization")],
     "relations": [R("Lynas Rare Earths", "basedIn", "Australia"), R("Amanda Lacaze", "leaderOf", "Lynas Rare Earths"),
                   R("US Department of Defense", "investsIn", "Lynas Rare Earths"),
                   R("US Department of Defense", "basedIn", "United States"),
                   R("Lynas Rare Earths", "focusesOn", "rare earths"), R("Lynas Rare Earths", "focusesOn", "dysprosium"),
                   R("Lynas Rare Earths", "focusesOn", "terbium"),
                   R("Lynas Rare Earths", "focusesOn", "solvent extraction"),
                   R("SSAB", "basedIn", "Sweden"), R("SSAB", "agreementWith", "Volvo"),
                   R("SSAB", "suppliesTo", "Volvo", "planned"), R("SSAB", "focusesOn", "green steel"),
                   R("SSAB", "focusesOn", "hydrogen direct reduction"),
                   R("LKAB", "focusesOn", "hydrogen direct reduction"),
                   R("Vattenfall", "focusesOn", "hydrogen direct reduction"),
                   R("SSAB", "jointVentureWith", "LKAB"), R("SSAB", "jointVentureWith", "Vattenfall"),
                   R("LKAB", "jointVentureWith", "Vattenfall"),
                   R("SSAB", "cooperatesWith", "LKAB"), R("SSAB", "cooperatesWith", "Vattenfall")],
     "negatives": []},
    {"doc_id": "tech17-energy-catl-statkraft",
     "text": "CATL to ship sodium-ion storage to Norway\n\n"
             "Chinese battery maker CATL will supply sodium-ion batteries to Norwegian utility Statkraft for a "
             "grid-scale energy storage project, the companies said on Monday. CATL chairman Robin Zeng said "
             "sodium-ion cells cost less than lithium iron phosphate batteries and work better in cold weather.\n\n"
             "Statkraft, Europe's largest generator of renewable power, also plans to add pumped hydro storage and "
             "offshore wind capacity. In a separate deal, Siemens Energy agreed with Saudi Arabia's ACWA Power to "
             "build electrolysers for a green hydrogen plant.",
     "entities": [E("CATL", "Organization"), E("China", "Country", "Chinese"), E("Statkraft", "Organization"),
                  E("Norway", "Country", "Norwegian"), E("Robin Zeng", "Person"),
                  E("batteries", "Technology", "sodium-ion batteries", "sodium-ion cells",
                    "lithium iron phosphate batteries", "battery"),
                  E("energy storage", "Technology", "grid-scale energy storage"),
                  E("renewable energy", "Technology", "renewable power"),
                  E("pumped hydro storage", "Technology"), E("offshore wind", "Technology"),
                  E("Siemens Energy", "Organization"), E("Saudi Arabia", "Country"), E("ACWA Power", "Organization"),
                  E("electrolysers", "Technology"), E("hydrogen", "Technology", "green hydrogen")],
     "relations": [R("CATL", "basedIn", "China"), R("CATL", "suppliesTo", "Statkraft", "planned"),
                   R("CATL", "focusesOn", "batteries"), R("Robin Zeng", "leaderOf", "CATL"),
                   R("Statkraft", "basedIn", "Norway"), R("Statkraft", "focusesOn", "renewable energy"),
                   R("Statkraft", "focusesOn", "energy storage"),
                   R("Statkraft", "focusesOn", "pumped hydro storage", "planned"),
                   R("Statkraft", "focusesOn", "offshore wind", "planned"),
                   R("Siemens Energy", "agreementWith", "ACWA Power"), R("ACWA Power", "basedIn", "Saudi Arabia"),
                   R("Siemens Energy", "focusesOn", "electrolysers"), R("ACWA Power", "focusesOn", "hydrogen")],
     "negatives": []},
    {"doc_id": "tech17-biotech-biontech-wuxi",
     "text": "BioNTech expands cancer vaccine work in Britain\n\n"
             "German drugmaker BioNTech will open a research centre in Cambridge to develop personalised cancer "
             "vaccines based on messenger RNA, the company said. Chief executive Ugur Sahin said the centre would also "
             "work on antibody-drug conjugates and use machine learning to pick targets.\n\n"
             "Meanwhile, Chinese contract manufacturer WuXi Biologics signed a deal with Swiss firm Lonza to share "
             "capacity for monoclonal antibodies, and Illumina said its gene sequencing machines would be used by "
             "Genomics England in a new newborn screening study.",
     "entities": [E("BioNTech", "Organization"), E("Germany", "Country", "German"),
                  E("United Kingdom", "Country", "Britain"), E("Ugur Sahin", "Person"),
                  E("vaccines", "Technology", "cancer vaccines", "personalised cancer vaccines", "messenger RNA"),
                  E("antibody-drug conjugates", "Technology"), E("machine learning", "Technology"),
                  E("WuXi Biologics", "Organization"), E("China", "Country", "Chinese"), E("Lonza", "Organization"),
                  E("Switzerland", "Country", "Swiss"), E("monoclonal antibodies", "Technology"),
                  E("Illumina", "Organization"), E("gene sequencing", "Technology"),
                  E("Genomics England", "Organization")],
     "relations": [R("BioNTech", "basedIn", "Germany"), R("Ugur Sahin", "leaderOf", "BioNTech"),
                   R("BioNTech", "focusesOn", "vaccines"), R("BioNTech", "focusesOn", "antibody-drug conjugates"),
                   R("BioNTech", "focusesOn", "machine learning"),
                   R("WuXi Biologics", "basedIn", "China"), R("Lonza", "basedIn", "Switzerland"),
                   R("WuXi Biologics", "agreementWith", "Lonza"), R("WuXi Biologics", "cooperatesWith", "Lonza"),
                   R("WuXi Biologics", "focusesOn", "monoclonal antibodies"),
                   R("Lonza", "focusesOn", "monoclonal antibodies"),
                   R("Illumina", "focusesOn", "gene sequencing"), R("Illumina", "suppliesTo", "Genomics England"),
                   R("Genomics England", "basedIn", "United Kingdom")],
     "negatives": []},
    {"doc_id": "tech17-agri-syngenta-embrapa",
     "text": "Syngenta and Embrapa team up on drought-tolerant wheat\n\n"
             "Swiss agrochemical group Syngenta, owned by China's Sinochem, has agreed with Brazil's agricultural "
             "research agency Embrapa to develop drought-tolerant wheat using gene editing, the partners said. The "
             "work will combine precision agriculture tools such as soil sensors and crop-spraying drones with "
             "satellite imagery.\n\n"
             "In India, the tractor maker Mahindra & Mahindra said it would start selling electric tractors next "
             "year, while fertiliser producer Yara is testing green ammonia made from renewable hydrogen in Norway.",
     "entities": [E("Syngenta", "Organization"), E("Switzerland", "Country", "Swiss"), E("Sinochem", "Organization"),
                  E("China", "Country"), E("Embrapa", "Organization"), E("Brazil", "Country"),
                  E("gene editing", "Technology"), E("precision agriculture", "Technology"),
                  E("drones", "Technology", "crop-spraying drones"),
                  E("remote sensing", "Technology", "satellite imagery"),
                  E("India", "Country"), E("Mahindra & Mahindra", "Organization"),
                  E("electric tractors", "Technology"), E("Yara", "Organization"),
                  E("green ammonia", "Technology"), E("hydrogen", "Technology", "renewable hydrogen"),
                  E("Norway", "Country")],
     "relations": [R("Syngenta", "basedIn", "Switzerland"), R("Sinochem", "investsIn", "Syngenta"),
                   R("Syngenta", "partOf", "Sinochem"), R("Sinochem", "basedIn", "China"),
                   R("Embrapa", "basedIn", "Brazil"), R("Syngenta", "agreementWith", "Embrapa"),
                   R("Syngenta", "cooperatesWith", "Embrapa"), R("Syngenta", "focusesOn", "gene editing"),
                   R("Embrapa", "focusesOn", "gene editing"),
                   R("Syngenta", "focusesOn", "precision agriculture"),
                   R("Embrapa", "focusesOn", "precision agriculture"),
                   R("Mahindra & Mahindra", "basedIn", "India"),
                   R("Mahindra & Mahindra", "focusesOn", "electric tractors", "planned"),
                   R("Yara", "focusesOn", "green ammonia"), R("Yara", "focusesOn", "hydrogen")],
     "negatives": []},
    {"doc_id": "tech17-transport-alstom-ratp",
     "text": "Alstom wins Paris metro signalling order\n\n"
             "French train maker Alstom will equip two Paris metro lines with communications-based train control, "
             "operator RATP said on Thursday. The signalling system allows driverless trains to run closer together.\n\n"
             "Alstom is also testing hydrogen trains in Germany, while Japan's Kawasaki Heavy Industries said it had "
             "agreed with Airbus to study hydrogen aircraft. Airbus chief executive Guillaume Faury said sustainable "
             "aviation fuel would cut emissions sooner than new engines.",
     "entities": [E("Alstom", "Organization"), E("France", "Country", "French"), E("RATP", "Organization"),
                  E("communications-based train control", "Technology", "signalling system"),
                  E("autonomous vehicles", "Technology", "driverless trains"),
                  E("hydrogen trains", "Technology"), E("Germany", "Country"), E("Japan", "Country"),
                  E("Kawasaki Heavy Industries", "Organization"), E("Airbus", "Organization"),
                  E("hydrogen aircraft", "Technology"), E("Guillaume Faury", "Person"),
                  E("sustainable aviation fuel", "Technology")],
     "relations": [R("Alstom", "basedIn", "France"), R("Alstom", "suppliesTo", "RATP"),
                   R("Alstom", "focusesOn", "communications-based train control"),
                   R("Alstom", "focusesOn", "hydrogen trains"), R("Kawasaki Heavy Industries", "basedIn", "Japan"),
                   R("Kawasaki Heavy Industries", "agreementWith", "Airbus"),
                   R("Kawasaki Heavy Industries", "cooperatesWith", "Airbus"),
                   R("Kawasaki Heavy Industries", "focusesOn", "hydrogen aircraft"),
                   R("Airbus", "focusesOn", "hydrogen aircraft"), R("Guillaume Faury", "leaderOf", "Airbus")],
     "negatives": []},
    {"doc_id": "tech17-finance-swift-visa",
     "text": "Banks test tokenised deposits on shared ledger\n\n"
             "Swift said on Wednesday that HSBC, Citigroup and Singapore's DBS Bank had joined a trial of tokenised "
             "deposits settled on a distributed ledger. Swift's chief executive Javier Perez-Tasso said the network "
             "would link central bank digital currencies with existing payment rails.\n\n"
             "Visa separately announced a partnership with Indonesian lender Bank Mandiri to offer contactless "
             "payments and biometric authentication, and said it would use artificial intelligence to block card "
             "fraud.",
     "entities": [E("Swift", "Organization"), E("HSBC", "Organization"), E("Citigroup", "Organization"),
                  E("Singapore", "Country"), E("DBS Bank", "Organization"),
                  E("tokenised deposits", "Technology"), E("blockchain", "Technology", "distributed ledger"),
                  E("Javier Perez-Tasso", "Person"),
                  E("digital currencies", "Technology", "central bank digital currencies"),
                  E("Visa", "Organization"), E("Indonesia", "Country", "Indonesian"),
                  E("Bank Mandiri", "Organization"), E("contactless payments", "Technology"),
                  E("biometrics", "Technology", "biometric authentication"),
                  E("artificial intelligence", "Technology")],
     "relations": [R("DBS Bank", "basedIn", "Singapore"), R("HSBC", "cooperatesWith", "Swift"),
                   R("Citigroup", "cooperatesWith", "Swift"), R("DBS Bank", "cooperatesWith", "Swift"),
                   R("Swift", "focusesOn", "tokenised deposits"), R("Swift", "focusesOn", "blockchain"),
                   R("HSBC", "focusesOn", "tokenised deposits"), R("Citigroup", "focusesOn", "tokenised deposits"),
                   R("DBS Bank", "focusesOn", "tokenised deposits"),
                   R("Javier Perez-Tasso", "leaderOf", "Swift"), R("Swift", "focusesOn", "digital currencies"),
                   R("Visa", "cooperatesWith", "Bank Mandiri"), R("Bank Mandiri", "basedIn", "Indonesia"),
                   R("Visa", "focusesOn", "contactless payments"), R("Bank Mandiri", "focusesOn", "contactless payments"),
                   R("Visa", "focusesOn", "biometrics"), R("Bank Mandiri", "focusesOn", "biometrics"),
                   R("Visa", "focusesOn", "artificial intelligence", "planned")],
     "negatives": []},
    {"doc_id": "tech17-telecom-ericsson-jio",
     "text": "Ericsson and Jio roll out standalone 5G core\n\n"
             "Sweden's Ericsson will supply Reliance Jio with a cloud-native 5G core and massive MIMO radios, the "
             "Indian operator said. Jio chairman Akash Ambani said the network would also carry fixed wireless "
             "access for homes.\n\n"
             "Nokia, meanwhile, signed a deal with Vodafone to upgrade its submarine cable links using coherent "
             "optics, and SpaceX's Starlink won approval in Vietnam for direct-to-cell satellite service.",
     "entities": [E("Sweden", "Country"), E("Ericsson", "Organization"), E("Reliance Jio", "Organization", "Jio"),
                  E("India", "Country", "Indian"), E("5G", "Technology", "5G core", "cloud-native 5G core"),
                  E("massive MIMO", "Technology", "massive MIMO radios"), E("Akash Ambani", "Person"),
                  E("fixed wireless access", "Technology"), E("Nokia", "Organization"),
                  E("Vodafone", "Organization"), E("submarine cables", "Technology", "submarine cable"),
                  E("optical networking", "Technology", "coherent optics"), E("SpaceX", "Organization"),
                  E("Starlink", "Organization"), E("Vietnam", "Country"),
                  E("direct-to-cell", "Technology", "direct-to-cell satellite service")],
     "relations": [R("Ericsson", "basedIn", "Sweden"), R("Ericsson", "suppliesTo", "Reliance Jio", "planned"),
                   R("Reliance Jio", "basedIn", "India"), R("Ericsson", "focusesOn", "5G"),
                   R("Ericsson", "focusesOn", "massive MIMO"), R("Reliance Jio", "focusesOn", "5G"),
                   R("Akash Ambani", "leaderOf", "Reliance Jio"),
                   R("Reliance Jio", "focusesOn", "fixed wireless access"),
                   R("Nokia", "agreementWith", "Vodafone"), R("Nokia", "suppliesTo", "Vodafone"),
                   R("Nokia", "focusesOn", "optical networking"), R("Vodafone", "focusesOn", "submarine cables"),
                   R("Starlink", "partOf", "SpaceX"), R("Starlink", "focusesOn", "direct-to-cell")],
     "negatives": []},
    {"doc_id": "tech17-space-isro-ispace",
     "text": "India's space agency and Japan's ispace plan lunar lander\n\n"
             "The Indian Space Research Organisation (ISRO) and Japanese start-up ispace signed a memorandum to "
             "develop a lunar lander with a robotic rover, ISRO chairman V. Narayanan said on Friday. ISRO will also "
             "test an electric propulsion system and a reusable launch vehicle this year.\n\n"
             "Luxembourg-based SES said it had ordered four satellites for its medium Earth orbit constellation from "
             "Boeing, and would add optical inter-satellite links to cut latency.",
     "entities": [E("India", "Country", "Indian"), E("Japan", "Country", "Japanese"),
                  E("Indian Space Research Organisation", "Organization", "ISRO"), E("ispace", "Organization"),
                  E("space exploration", "Technology", "lunar lander", "robotic rover"), E("V. Narayanan", "Person"),
                  E("electric propulsion", "Technology", "electric propulsion system"),
                  E("launch vehicles", "Technology", "reusable launch vehicle"),
                  E("Luxembourg", "Country"), E("SES", "Organization"),
                  E("satellites", "Technology", "medium Earth orbit constellation"), E("Boeing", "Organization"),
                  E("optical inter-satellite links", "Technology")],
     "relations": [R("Indian Space Research Organisation", "basedIn", "India"), R("ispace", "basedIn", "Japan"),
                   R("Indian Space Research Organisation", "agreementWith", "ispace"),
                   R("Indian Space Research Organisation", "cooperatesWith", "ispace"),
                   R("Indian Space Research Organisation", "focusesOn", "space exploration"),
                   R("ispace", "focusesOn", "space exploration"),
                   R("V. Narayanan", "leaderOf", "Indian Space Research Organisation"),
                   R("Indian Space Research Organisation", "focusesOn", "electric propulsion"),
                   R("Indian Space Research Organisation", "focusesOn", "launch vehicles"),
                   R("SES", "basedIn", "Luxembourg"), R("Boeing", "suppliesTo", "SES"),
                   R("SES", "focusesOn", "satellites"), R("Boeing", "focusesOn", "satellites"),
                   R("SES", "focusesOn", "optical inter-satellite links", "planned")],
     "negatives": []},
]

if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for d in DOCS:
            d = {"doc_id": d["doc_id"], "topic": "tech17: technology areas", "source": "written for round 17",
                 **{k: v for k, v in d.items() if k != "doc_id"}}
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
