"""Builds gold.jsonl of the news3 stand-in set (8 hand-written news-style articles, annotated per GUIDELINES.md).

Run: python3 benchmarks/news3/build_gold.py > benchmarks/news3/gold.jsonl
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gold_rows import doc, print_docs  # noqa: E402

US = ("United States", "Country", ["US", "U.S.", "USA", "United States of America", "America", "American", "Americans",
                                   "Washington"])
CN = ("China", "Country", ["Chinese", "People's Republic of China", "PRC", "Beijing"])
EU = ("European Union", "InternationalOrganization", ["EU", "Brussels", "bloc", "the bloc"])
AI = ("artificial intelligence", "Technology", ["AI"])
DRONES = ("drones", "Technology", ["drone", "unmanned aircraft", "unmanned aerial vehicles", "autonomous drones",
                                   "crop-spraying drones"])
DC = ("data centers", "Technology", ["data centres", "data center", "data centre", "data-centre", "data-center",
                                     "datacenters", "AI data centres"])
CHIPS = ("semiconductors", "Technology", ["chips", "chip", "microchips", "processors", "AI chips", "AI processors"])
UAE = ("United Arab Emirates", "Country", ["UAE", "Emirates", "Abu Dhabi", "Emirati", "Dubai"])
SAUDI = ("Saudi Arabia", "Country", ["Saudi", "Saudis", "Riyadh", "kingdom"])

DOCS = []

# 1 military drones and defence electronics
DOCS.append(doc("news3-leonardo-baykar-drones-anduril-dji", """Leonardo and Baykar team up on drones as Europe races to rearm

ROME, March 11 —
Italian defence group Leonardo and Turkish drone maker Baykar have formed a joint venture to build unmanned aircraft in Italy, the two companies said on Tuesday, giving the Istanbul-based firm its first factory inside the European Union.

The venture, which the two partners will own equally, is to assemble Baykar's Akinci and TB3 drones at a plant near Turin and fit them with radar and electronic warfare systems made by the Italian group. Leonardo chief executive Roberto Cingolani said the deal would help Italy close a gap "that the war in Ukraine has made obvious to everyone".

Ukraine has become a laboratory for cheap drones. Skyeton, a Kyiv manufacturer whose Raybird aircraft fly long-range reconnaissance missions, signed an agreement last month with Slovakia's state-owned MSM Group to produce the aircraft in Slovakia. Quantum Systems, a Munich-based start-up, has opened a factory in Ukraine and supplies reconnaissance drones to the Ukrainian army.

Germany's Hensoldt, which makes radar and sensors, said it was in talks to buy a stake in Ukrainian swarm software developer Swarmer, though no agreement had been reached.

In Washington, the US Defense Innovation Unit has picked Anduril Industries and Shield AI to supply autonomous drones to the American military under its Replicator programme. Both companies are backed by Founders Fund, a San Francisco venture firm.

China's DJI, the world's biggest maker of commercial drones, has been shut out of the programme. The Pentagon added the Shenzhen company to its list of Chinese military companies in 2021, and lawmakers are pushing to ban its drones from American networks. DJI says it does not sell drones for military use and has never supplied China's People's Liberation Army.""",
    [("Leonardo", "Organization", ["Leonardo SpA", "Leonardo S.p.A."]),
     ("Italy", "Country", ["Italian", "Rome"]),
     ("Baykar", "Organization", ["Baykar Technologies"]),
     ("Turkey", "Country", ["Türkiye", "Turkish", "Ankara"]),
     DRONES,
     EU,
     ("radar", "Technology", []),
     ("electronic warfare", "Technology", ["electronic warfare systems"]),
     ("Roberto Cingolani", "Person", ["Cingolani"]),
     ("Ukraine", "Country", ["Ukrainian", "Kyiv"]),
     ("Skyeton", "Organization", []),
     ("MSM Group", "Organization", ["MSM"]),
     ("Slovakia", "Country", ["Slovak", "Bratislava"]),
     ("Quantum Systems", "Organization", []),
     ("Germany", "Country", ["German", "Berlin"]),
     ("Hensoldt", "Organization", ["Hensoldt AG"]),
     ("Swarmer", "Organization", []),
     US,
     ("Defense Innovation Unit", "Organization", ["DIU", "US Defense Innovation Unit"]),
     ("Anduril Industries", "Organization", ["Anduril"]),
     ("Shield AI", "Organization", []),
     ("Founders Fund", "Organization", []),
     CN,
     ("DJI", "Organization", ["SZ DJI Technology", "Da-Jiang Innovations"]),
     ("United States Department of Defense", "Organization", ["Pentagon", "US Department of Defense",
                                                               "Department of Defense", "Defense Department", "DoD"]),
     ("People's Liberation Army", "Organization", ["PLA", "Chinese military"]),
     ],
    [("Leonardo", "basedIn", "Italy"),
     ("Baykar", "basedIn", "Turkey"),
     ("Leonardo", "jointVentureWith", "Baykar"),
     ("Baykar", "investsIn", "Italy", "planned"),
     ("Baykar", "focusesOn", "drones"),
     ("Leonardo", "focusesOn", "drones", "planned"),
     ("Leonardo", "focusesOn", "radar"),
     ("Leonardo", "focusesOn", "electronic warfare"),
     ("Roberto Cingolani", "leaderOf", "Leonardo"),
     ("Skyeton", "basedIn", "Ukraine"),
     ("Skyeton", "focusesOn", "drones"),
     ("Skyeton", "agreementWith", "MSM Group"),
     ("MSM Group", "basedIn", "Slovakia"),
     ("Quantum Systems", "basedIn", "Germany"),
     ("Quantum Systems", "investsIn", "Ukraine"),
     ("Quantum Systems", "suppliesTo", "Ukraine"),
     ("Quantum Systems", "focusesOn", "drones"),
     ("Hensoldt", "basedIn", "Germany"),
     ("Hensoldt", "focusesOn", "radar"),
     ("Swarmer", "basedIn", "Ukraine"),
     ("Defense Innovation Unit", "basedIn", "United States"),
     ("Anduril Industries", "suppliesTo", "United States", "planned"),
     ("Shield AI", "suppliesTo", "United States", "planned"),
     ("Anduril Industries", "focusesOn", "drones"),
     ("Shield AI", "focusesOn", "drones"),
     ("Founders Fund", "investsIn", "Anduril Industries"),
     ("Founders Fund", "investsIn", "Shield AI"),
     ("Founders Fund", "basedIn", "United States"),
     ("DJI", "basedIn", "China"),
     ("DJI", "focusesOn", "drones"),
     ("United States Department of Defense", "sanctions", "DJI"),
     ("United States Department of Defense", "basedIn", "United States"),
     ("People's Liberation Army", "basedIn", "China"),
     ],
    [("Hensoldt", "investsIn", "Swarmer"), ("DJI", "suppliesTo", "People's Liberation Army")]))

# 2 EV and battery supply chains in Europe
DOCS.append(doc("news3-northvolt-catl-stellantis-spain", """Northvolt buyers circle as CATL breaks ground in Spain

STOCKHOLM, Feb 20 —
Swedish battery maker Northvolt is in talks with several potential buyers for its Skellefteå plant, people close to the process said, weeks after the company filed for bankruptcy. Volkswagen, Northvolt's biggest shareholder with a stake of about 21 percent, has written off its investment and is not expected to take part in any rescue.

Chinese battery giant CATL, meanwhile, broke ground on Wednesday on a €4.1 billion battery cell plant in Figueruelas, near Zaragoza, which it is building in a joint venture with Stellantis. The carmaker, which owns the Peugeot and Fiat brands, will buy all of the plant's cells for its cheaper electric vehicles. Spanish Industry Minister Jordi Hereu said the government would give CATL and Stellantis €300 million in subsidies.

The plant will be CATL's third in Europe after Erfurt in Germany and Debrecen in Hungary, where the Ningde-based company is building a factory to supply BMW and Mercedes-Benz.

Brussels has grown wary of the dependence. The European Commission, which opened an anti-subsidy investigation into Chinese electric car makers in 2023, is considering attaching technology-transfer conditions to future Chinese battery investments in the bloc, two EU officials said. Commission Executive Vice-President Stéphane Séjourné declined to comment.

Smaller European players are trying to fill the gap. France's Verkor, backed by Renault and the state investment bank Bpifrance, opened its first battery gigafactory in Dunkirk in December, and Finnish refiner Keliber, a unit of South Africa's Sibanye-Stillwater, began producing lithium hydroxide last month. ACC, the battery joint venture of Stellantis, Mercedes-Benz and TotalEnergies, has put its plans for plants in Germany and Italy on hold.""",
    [("Northvolt", "Organization", ["Northvolt AB"]),
     ("Sweden", "Country", ["Swedish", "Stockholm"]),
     ("batteries", "Technology", ["battery", "battery cells", "cells"]),
     ("Volkswagen", "Organization", ["VW", "Volkswagen Group"]),
     CN,
     ("CATL", "Organization", ["Contemporary Amperex Technology", "Contemporary Amperex Technology Co"]),
     ("Spain", "Country", ["Spanish", "Madrid"]),
     ("Stellantis", "Organization", []),
     ("electric vehicles", "Technology", ["electric vehicle", "EVs", "EV", "electric car", "electric cars"]),
     ("Jordi Hereu", "Person", ["Hereu"]),
     ("Government of Spain", "Organization", ["Spanish government"]),
     ("Germany", "Country", ["German", "Berlin"]),
     ("Hungary", "Country", ["Hungarian", "Budapest"]),
     ("BMW", "Organization", ["BMW Group"]),
     ("Mercedes-Benz", "Organization", ["Mercedes", "Mercedes-Benz Group"]),
     EU,
     ("European Commission", "Organization", ["Commission", "EC"]),
     ("Stéphane Séjourné", "Person", ["Séjourné", "Stephane Sejourne"]),
     ("France", "Country", ["French", "Paris"]),
     ("Verkor", "Organization", []),
     ("Renault", "Organization", ["Renault Group"]),
     ("Bpifrance", "Organization", []),
     ("Finland", "Country", ["Finnish", "Helsinki"]),
     ("Keliber", "Organization", []),
     ("South Africa", "Country", ["South African", "Pretoria"]),
     ("Sibanye-Stillwater", "Organization", ["Sibanye Stillwater", "Sibanye"]),
     ("lithium", "Technology", ["lithium hydroxide"]),
     ("ACC", "Organization", ["Automotive Cells Company"]),
     ("TotalEnergies", "Organization", ["Total"]),
     ("Italy", "Country", ["Italian", "Rome"]),
     ],
    [("Northvolt", "basedIn", "Sweden"),
     ("Northvolt", "focusesOn", "batteries"),
     ("Volkswagen", "investsIn", "Northvolt"),
     ("CATL", "basedIn", "China"),
     ("CATL", "focusesOn", "batteries"),
     ("CATL", "jointVentureWith", "Stellantis"),
     ("CATL", "investsIn", "Spain"),
     ("Stellantis", "investsIn", "Spain"),
     ("CATL", "suppliesTo", "Stellantis", "planned"),
     ("Stellantis", "focusesOn", "electric vehicles"),
     ("Jordi Hereu", "worksFor", "Spain"),
     ("Government of Spain", "basedIn", "Spain"),
     ("Government of Spain", "investsIn", "CATL", "planned"),
     ("Government of Spain", "investsIn", "Stellantis", "planned"),
     ("CATL", "investsIn", "Germany"),
     ("CATL", "investsIn", "Hungary"),
     ("CATL", "suppliesTo", "BMW", "planned"),
     ("CATL", "suppliesTo", "Mercedes-Benz", "planned"),
     ("European Commission", "partOf", "European Union"),
     ("Stéphane Séjourné", "worksFor", "European Commission"),
     ("Verkor", "basedIn", "France"),
     ("Verkor", "focusesOn", "batteries"),
     ("Renault", "investsIn", "Verkor"),
     ("Bpifrance", "investsIn", "Verkor"),
     ("Bpifrance", "basedIn", "France"),
     ("Keliber", "basedIn", "Finland"),
     ("Keliber", "partOf", "Sibanye-Stillwater"),
     ("Sibanye-Stillwater", "basedIn", "South Africa"),
     ("Keliber", "focusesOn", "lithium"),
     ("Stellantis", "jointVentureWith", "Mercedes-Benz"),
     ("Stellantis", "jointVentureWith", "TotalEnergies"),
     ("Mercedes-Benz", "jointVentureWith", "TotalEnergies"),
     ("ACC", "focusesOn", "batteries"),
     ],
    [("ACC", "investsIn", "Germany"), ("ACC", "investsIn", "Italy")]))

# 3 quantum computing partnerships
DOCS.append(doc("news3-ibm-riken-quantinuum-pasqal", """IBM and RIKEN link quantum computer to Fugaku as Quantinuum raises $600 million

TOKYO, June 24 —
IBM and Japan's RIKEN research institute have installed a 156-qubit quantum computer next to the Fugaku supercomputer in Kobe, the partners said on Tuesday, the first time an IBM Quantum System Two has been deployed outside the United States.

The machine will be linked to Fugaku, which RIKEN operates, so that scientists can run workloads that combine quantum and classical supercomputers. "Quantum-centric supercomputing is no longer a slide in a presentation," said IBM chairman and chief executive Arvind Krishna.

Quantinuum, the company formed by the merger of Honeywell Quantum Solutions and Britain's Cambridge Quantum, said separately that it had raised $600 million in a round led by Quanta Computer and Nvidia's venture arm NVentures. Honeywell remains its majority owner. The Colorado-based firm also signed a memorandum with Qatari investor Al Rabban Capital to set up a joint venture for quantum computing in the Gulf.

Europe is trying to keep pace. The Dutch government and Delft University of Technology agreed to fund QuantWare, a start-up making quantum processors, with €20 million. France's Pasqal, which builds neutral-atom quantum computers, is supplying a machine to the Jülich Supercomputing Centre in Germany under a contract with the EuroHPC Joint Undertaking, the EU's supercomputing body.

China is not standing still. The University of Science and Technology of China, whose researchers built the Zuchongzhi quantum processors, was added to the US Entity List in 2021, and Chinese start-up Origin Quantum said it did not rely on American components. Executives dismissed as speculation reports that Origin Quantum was preparing to supply a machine to Saudi Aramco.""",
    [("IBM", "Organization", ["International Business Machines"]),
     ("Japan", "Country", ["Japanese", "Tokyo"]),
     ("RIKEN", "Organization", ["Riken"]),
     ("quantum computing", "Technology", ["quantum computer", "quantum computers", "quantum processors", "quantum"]),
     ("supercomputers", "Technology", ["supercomputer", "supercomputing"]),
     US,
     ("Arvind Krishna", "Person", ["Krishna"]),
     ("Quantinuum", "Organization", []),
     ("Honeywell Quantum Solutions", "Organization", []),
     ("United Kingdom", "Country", ["Britain", "British", "UK", "London"]),
     ("Cambridge Quantum", "Organization", ["Cambridge Quantum Computing"]),
     ("Quanta Computer", "Organization", ["Quanta"]),
     ("Nvidia", "Organization", ["NVIDIA", "Nvidia Corp"]),
     ("NVentures", "Organization", []),
     ("Honeywell", "Organization", ["Honeywell International"]),
     ("Qatar", "Country", ["Qatari", "Doha"]),
     ("Al Rabban Capital", "Organization", []),
     ("Government of the Netherlands", "Organization", ["Dutch government"]),
     ("Netherlands", "Country", ["Dutch", "The Hague", "Amsterdam"]),
     ("Delft University of Technology", "Organization", ["TU Delft"]),
     ("QuantWare", "Organization", []),
     ("France", "Country", ["French", "Paris"]),
     ("Pasqal", "Organization", []),
     ("Jülich Supercomputing Centre", "Organization", ["Julich Supercomputing Centre", "JSC"]),
     ("Germany", "Country", ["German", "Berlin"]),
     ("EuroHPC Joint Undertaking", "Organization", ["EuroHPC", "EuroHPC JU"]),
     EU,
     CN,
     ("University of Science and Technology of China", "Organization", ["USTC"]),
     ("Origin Quantum", "Organization", []),
     ("Saudi Aramco", "Organization", ["Aramco"]),
     ],
    [("IBM", "cooperatesWith", "RIKEN"),
     ("IBM", "suppliesTo", "RIKEN"),
     ("RIKEN", "basedIn", "Japan"),
     ("IBM", "focusesOn", "quantum computing"),
     ("RIKEN", "focusesOn", "supercomputers"),
     ("Arvind Krishna", "leaderOf", "IBM"),
     ("Quantinuum", "focusesOn", "quantum computing"),
     ("Quantinuum", "basedIn", "United States"),
     ("Cambridge Quantum", "basedIn", "United Kingdom"),
     ("Quanta Computer", "investsIn", "Quantinuum"),
     ("NVentures", "investsIn", "Quantinuum"),
     ("NVentures", "partOf", "Nvidia"),
     ("Honeywell", "investsIn", "Quantinuum"),
     ("Quantinuum", "agreementWith", "Al Rabban Capital"),
     ("Quantinuum", "jointVentureWith", "Al Rabban Capital", "planned"),
     ("Al Rabban Capital", "basedIn", "Qatar"),
     ("Government of the Netherlands", "basedIn", "Netherlands"),
     ("Government of the Netherlands", "investsIn", "QuantWare", "planned"),
     ("Delft University of Technology", "investsIn", "QuantWare", "planned"),
     ("QuantWare", "focusesOn", "quantum computing"),
     ("Pasqal", "basedIn", "France"),
     ("Pasqal", "focusesOn", "quantum computing"),
     ("Pasqal", "suppliesTo", "Jülich Supercomputing Centre"),
     ("Pasqal", "agreementWith", "EuroHPC Joint Undertaking"),
     ("Jülich Supercomputing Centre", "basedIn", "Germany"),
     ("EuroHPC Joint Undertaking", "partOf", "European Union"),
     ("EuroHPC Joint Undertaking", "focusesOn", "supercomputers"),
     ("University of Science and Technology of China", "basedIn", "China"),
     ("University of Science and Technology of China", "focusesOn", "quantum computing"),
     ("United States", "sanctions", "University of Science and Technology of China"),
     ("Origin Quantum", "basedIn", "China"),
     ],
    [("Origin Quantum", "suppliesTo", "Saudi Aramco")]))

# 4 biotech, genomics and data
DOCS.append(doc("news3-illumina-mofcom-wuxi-biobank", """China blacklists Illumina as genomic data becomes a front line

SHANGHAI, March 5 —
China's Ministry of Commerce placed Illumina, the US maker of gene sequencing machines, on its unreliable entity list on Tuesday, barring the San Diego company from exporting sequencers to China in retaliation for new American tariffs.

The decision hurts a company that competes in China with MGI Tech, the sequencing unit of Shenzhen-based BGI Group, and could help its local rival win hospital contracts, analysts said. MGI Tech declined to comment.

Genomic data has become a battleground. A bill in the US Congress, the BIOSECURE Act, would bar federal contractors from working with BGI and with Chinese drug research contractor WuXi AppTec, which both deny sharing data with Beijing. WuXi AppTec has since agreed to sell its US and European cell and gene therapy operations, WuXi Advanced Therapies, to Altaris, a New York private equity firm.

In Britain, UK Biobank, which holds the genomes of half a million volunteers, signed a data access agreement with AstraZeneca on Monday and said it would no longer allow transfers of its data to China. GSK and Amgen are expected to sign similar deals later this year, according to people familiar with the talks.

Saudi Arabia is building its own database. The King Abdulaziz City for Science and Technology (KACST), the kingdom's national science agency, has teamed up with Oxford Nanopore Technologies, a British sequencing firm, to read the genomes of 100,000 Saudi citizens. The Oxford company said it had never sold its devices to BGI.""",
    [CN,
     ("Ministry of Commerce of China", "Organization", ["Ministry of Commerce", "MOFCOM", "Chinese Ministry of Commerce",
                                                        "China's commerce ministry", "commerce ministry"]),
     ("Illumina", "Organization", ["Illumina Inc"]),
     US,
     ("gene sequencing", "Technology", ["sequencing", "DNA sequencing", "genome sequencing", "sequencers"]),
     ("MGI Tech", "Organization", ["MGI"]),
     ("BGI Group", "Organization", ["BGI", "BGI Genomics"]),
     ("United States Congress", "Organization", ["US Congress", "Congress"]),
     ("WuXi AppTec", "Organization", ["WuXi"]),
     ("WuXi Advanced Therapies", "Organization", []),
     ("Altaris", "Organization", ["Altaris Capital"]),
     ("United Kingdom", "Country", ["Britain", "British", "UK", "London"]),
     ("UK Biobank", "Organization", ["Biobank"]),
     ("AstraZeneca", "Organization", []),
     ("GSK", "Organization", ["GlaxoSmithKline"]),
     ("Amgen", "Organization", []),
     SAUDI,
     ("King Abdulaziz City for Science and Technology", "Organization", ["KACST"]),
     ("Oxford Nanopore Technologies", "Organization", ["Oxford Nanopore", "ONT"]),
     ],
    [("Ministry of Commerce of China", "basedIn", "China"),
     ("Ministry of Commerce of China", "sanctions", "Illumina"),
     ("Illumina", "basedIn", "United States"),
     ("Illumina", "focusesOn", "gene sequencing"),
     ("Illumina", "competesWith", "MGI Tech"),
     ("MGI Tech", "partOf", "BGI Group"),
     ("MGI Tech", "basedIn", "China"),
     ("MGI Tech", "focusesOn", "gene sequencing"),
     ("BGI Group", "basedIn", "China"),
     ("United States Congress", "basedIn", "United States"),
     ("WuXi AppTec", "basedIn", "China"),
     ("WuXi Advanced Therapies", "partOf", "WuXi AppTec"),
     ("WuXi AppTec", "agreementWith", "Altaris"),
     ("Altaris", "investsIn", "WuXi Advanced Therapies", "planned"),
     ("Altaris", "basedIn", "United States"),
     ("UK Biobank", "basedIn", "United Kingdom"),
     ("UK Biobank", "agreementWith", "AstraZeneca"),
     ("UK Biobank", "restrictsExportsTo", "China"),
     ("King Abdulaziz City for Science and Technology", "basedIn", "Saudi Arabia"),
     ("King Abdulaziz City for Science and Technology", "cooperatesWith", "Oxford Nanopore Technologies"),
     ("Oxford Nanopore Technologies", "basedIn", "United Kingdom"),
     ("Oxford Nanopore Technologies", "focusesOn", "gene sequencing"),
     ],
    [("United States Congress", "sanctions", "BGI Group"), ("United States Congress", "sanctions", "WuXi AppTec"),
     ("United States", "sanctions", "BGI Group"), ("United States", "sanctions", "WuXi AppTec"),
     ("BGI Group", "cooperatesWith", "China"), ("WuXi AppTec", "cooperatesWith", "China"),
     ("UK Biobank", "agreementWith", "GSK"), ("UK Biobank", "agreementWith", "Amgen"),
     ("Oxford Nanopore Technologies", "suppliesTo", "BGI Group")]))

# 5 hyperscale data centres and cloud in the Gulf and Asia
DOCS.append(doc("news3-khazna-oracle-aws-humain-ytl", """Khazna and Oracle plan Abu Dhabi campus as AWS pours $5 billion into Saudi cloud

DUBAI, Sept 9 —
Khazna Data Centers, the UAE's largest data centre operator, has agreed with Oracle to build a 1-gigawatt campus in Abu Dhabi that will host the US company's cloud computing and artificial intelligence services, the two firms said on Monday.

Khazna, majority-owned by Abu Dhabi AI group G42, already runs more than 30 facilities in the Emirates and Saudi Arabia. Its chief executive, Hassan Alnaqbi, said construction would start in the first quarter.

Amazon Web Services (AWS) is pushing into Saudi Arabia with a $5.3 billion cloud region due to open next year, in partnership with Humain, the AI company set up by the kingdom's Public Investment Fund. The Amazon unit will also train 100,000 Saudis in cloud skills, Minister of Communications and Information Technology Abdullah Alswaha said.

Asia is just as busy. In Malaysia, YTL Power International is building a data centre park in Johor with Nvidia, whose GPUs will power a supercomputer that the Malaysian group plans to rent to local AI developers. Singapore-based ST Telemedia Global Data Centres, a subsidiary of Temasek, opened its second campus in India last month, and Japan's SoftBank said it would invest 1 trillion yen in AI data centres in Hokkaido.

Not every project is going ahead. Microsoft denied reports that it was planning a second data centre region in Indonesia, saying it had no new investments to announce, and Chinese operator GDS Holdings said talks over a campus in Thailand had stalled.""",
    [("Khazna Data Centers", "Organization", ["Khazna", "Khazna Data Centres"]),
     UAE,
     DC,
     ("Oracle", "Organization", ["Oracle Corp"]),
     US,
     ("cloud computing", "Technology", ["cloud", "cloud services"]),
     AI,
     ("G42", "Organization", ["Group 42"]),
     SAUDI,
     ("Hassan Alnaqbi", "Person", ["Alnaqbi"]),
     ("Amazon Web Services", "Organization", ["AWS"]),
     ("Humain", "Organization", ["HUMAIN"]),
     ("Public Investment Fund", "Organization", ["PIF"]),
     ("Amazon", "Organization", ["Amazon.com"]),
     ("Abdullah Alswaha", "Person", ["Alswaha"]),
     ("Malaysia", "Country", ["Malaysian", "Kuala Lumpur"]),
     ("YTL Power International", "Organization", ["YTL Power", "YTL"]),
     ("Nvidia", "Organization", ["NVIDIA", "Nvidia Corp"]),
     ("GPUs", "Technology", ["GPU", "graphics processing units"]),
     ("supercomputers", "Technology", ["supercomputer"]),
     ("Singapore", "Country", ["Singaporean"]),
     ("ST Telemedia Global Data Centres", "Organization", ["STT GDC", "ST Telemedia"]),
     ("Temasek", "Organization", ["Temasek Holdings"]),
     ("India", "Country", ["Indian", "New Delhi"]),
     ("Japan", "Country", ["Japanese", "Tokyo"]),
     ("SoftBank", "Organization", ["SoftBank Group", "SoftBank Corp"]),
     ("Microsoft", "Organization", ["Microsoft Corp"]),
     ("Indonesia", "Country", ["Indonesian", "Jakarta"]),
     CN,
     ("GDS Holdings", "Organization", ["GDS"]),
     ("Thailand", "Country", ["Thai", "Bangkok"]),
     ],
    [("Khazna Data Centers", "basedIn", "United Arab Emirates"),
     ("Khazna Data Centers", "focusesOn", "data centers"),
     ("Khazna Data Centers", "agreementWith", "Oracle"),
     ("Khazna Data Centers", "cooperatesWith", "Oracle", "planned"),
     ("Khazna Data Centers", "suppliesTo", "Oracle", "planned"),
     ("Oracle", "basedIn", "United States"),
     ("Oracle", "focusesOn", "cloud computing"),
     ("Oracle", "focusesOn", "artificial intelligence"),
     ("G42", "investsIn", "Khazna Data Centers"),
     ("Khazna Data Centers", "partOf", "G42"),
     ("G42", "basedIn", "United Arab Emirates"),
     ("G42", "focusesOn", "artificial intelligence"),
     ("Khazna Data Centers", "investsIn", "Saudi Arabia"),
     ("Hassan Alnaqbi", "leaderOf", "Khazna Data Centers"),
     ("Amazon Web Services", "investsIn", "Saudi Arabia", "planned"),
     ("Amazon Web Services", "cooperatesWith", "Humain"),
     ("Amazon Web Services", "focusesOn", "cloud computing"),
     ("Amazon Web Services", "partOf", "Amazon"),
     ("Humain", "partOf", "Public Investment Fund"),
     ("Humain", "focusesOn", "artificial intelligence"),
     ("Humain", "basedIn", "Saudi Arabia"),
     ("Public Investment Fund", "basedIn", "Saudi Arabia"),
     ("Abdullah Alswaha", "worksFor", "Saudi Arabia"),
     ("YTL Power International", "basedIn", "Malaysia"),
     ("YTL Power International", "cooperatesWith", "Nvidia"),
     ("YTL Power International", "focusesOn", "data centers"),
     ("Nvidia", "suppliesTo", "YTL Power International", "planned"),
     ("Nvidia", "focusesOn", "GPUs"),
     ("ST Telemedia Global Data Centres", "basedIn", "Singapore"),
     ("ST Telemedia Global Data Centres", "partOf", "Temasek"),
     ("ST Telemedia Global Data Centres", "focusesOn", "data centers"),
     ("ST Telemedia Global Data Centres", "investsIn", "India"),
     ("SoftBank", "basedIn", "Japan"),
     ("SoftBank", "focusesOn", "data centers", "planned"),
     ("GDS Holdings", "basedIn", "China"),
     ],
    [("Microsoft", "investsIn", "Indonesia"), ("GDS Holdings", "investsIn", "Thailand")]))

# 6 AI chip smuggling and enforcement
DOCS.append(doc("news3-singapore-nvidia-servers-bis-taiwan", """Singapore charges three over Nvidia servers as chip smuggling crackdown widens

SINGAPORE, March 1 —
Singapore prosecutors have charged three men with fraud over the sale of servers containing Nvidia chips that were allegedly diverted to China, the latest case in a widening crackdown on the smuggling of advanced AI processors.

The servers were supplied by Dell Technologies and Super Micro Computer to Aurelia Compute, a Singapore-registered trading firm, and then shipped to Malaysia, court documents showed. Neither US company has been accused of wrongdoing. Home Affairs Minister K. Shanmugam said Singapore was working closely with the United States on the case.

In Washington, the US Justice Department charged two Chinese nationals in California last month with exporting tens of millions of dollars' worth of Nvidia GPUs to China through Malaysia and Singapore. The Commerce Department's Bureau of Industry and Security (BIS) has added 14 Chinese entities to the Entity List this year, among them Hefei Tianlan Computing, a server maker that it accused of buying American chips for military research.

Nvidia, which designs the chips, said it worked with its partners to comply with export rules and had no evidence that its products had reached blacklisted buyers. Chief executive Jensen Huang has said the company does not sell its most advanced chips to China.

Malaysia, under pressure from Washington, introduced permits in July for exports of US-made AI chips. Trade Minister Tengku Zafrul Aziz said the country would not allow itself to be used as a route for smuggling.

Taiwan has tightened its own rules. The island's Bureau of Foreign Trade in June added Chinese telecoms giant Huawei and chipmaker SMIC to its list of entities barred from receiving Taiwanese technology without a permit, a step welcomed by US officials.""",
    [("Singapore", "Country", ["Singaporean"]),
     ("Nvidia", "Organization", ["NVIDIA", "Nvidia Corp"]),
     CHIPS,
     CN,
     AI,
     ("Dell Technologies", "Organization", ["Dell"]),
     ("Super Micro Computer", "Organization", ["Supermicro", "Super Micro"]),
     ("Aurelia Compute", "Organization", []),
     ("Malaysia", "Country", ["Malaysian", "Kuala Lumpur"]),
     US,
     ("K. Shanmugam", "Person", ["Shanmugam", "K Shanmugam"]),
     ("United States Department of Justice", "Organization", ["US Justice Department", "Justice Department",
                                                               "Department of Justice", "DOJ"]),
     ("GPUs", "Technology", ["GPU", "graphics processing units"]),
     ("United States Department of Commerce", "Organization", ["Commerce Department", "US Commerce Department",
                                                               "Department of Commerce"]),
     ("Bureau of Industry and Security", "Organization", ["BIS"]),
     ("Hefei Tianlan Computing", "Organization", ["Tianlan"]),
     ("Jensen Huang", "Person", ["Huang"]),
     ("Tengku Zafrul Aziz", "Person", ["Zafrul", "Tengku Zafrul"]),
     ("Taiwan", "Country", ["Taiwanese", "Taipei"]),
     ("Bureau of Foreign Trade", "Organization", ["BOFT"]),
     ("Huawei", "Organization", ["Huawei Technologies"]),
     ("SMIC", "Organization", ["Semiconductor Manufacturing International Corporation",
                               "Semiconductor Manufacturing International Corp"]),
     ],
    [("Dell Technologies", "suppliesTo", "Aurelia Compute"),
     ("Super Micro Computer", "suppliesTo", "Aurelia Compute"),
     ("Dell Technologies", "basedIn", "United States"),
     ("Super Micro Computer", "basedIn", "United States"),
     ("Aurelia Compute", "basedIn", "Singapore"),
     ("K. Shanmugam", "worksFor", "Singapore"),
     ("Singapore", "cooperatesWith", "United States"),
     ("United States Department of Justice", "basedIn", "United States"),
     ("Bureau of Industry and Security", "partOf", "United States Department of Commerce"),
     ("United States Department of Commerce", "basedIn", "United States"),
     ("Bureau of Industry and Security", "sanctions", "Hefei Tianlan Computing"),
     ("Hefei Tianlan Computing", "basedIn", "China"),
     ("Nvidia", "focusesOn", "semiconductors"),
     ("Jensen Huang", "leaderOf", "Nvidia"),
     ("Tengku Zafrul Aziz", "worksFor", "Malaysia"),
     ("Bureau of Foreign Trade", "basedIn", "Taiwan"),
     ("Bureau of Foreign Trade", "sanctions", "Huawei"),
     ("Bureau of Foreign Trade", "sanctions", "SMIC"),
     ("Huawei", "basedIn", "China"),
     ("SMIC", "basedIn", "China"),
     ("SMIC", "focusesOn", "semiconductors"),
     ],
    [("Aurelia Compute", "suppliesTo", "China"), ("Nvidia", "suppliesTo", "China")]))

# 7 ports, shipping and logistics technology
DOCS.append(doc("news3-rotterdam-konecranes-zpmc-dpworld", """Rotterdam orders automated cranes as scrutiny of Chinese port gear grows

ROTTERDAM, Oct 15 —
The Port of Rotterdam Authority and Finnish crane maker Konecranes have signed a contract for 24 automated stacking cranes for the Maasvlakte II terminal, the two said on Wednesday, part of a €1 billion effort to make Europe's largest port fully electric by 2030.

The cranes will run on software from Navis, a California company owned by Kalmar, which was spun off from Cargotec last year. Konecranes chief executive Marko Tulokas said the order was the biggest in the company's history.

Security worries hang over the sector. A US congressional report last year found that cranes made by Shanghai Zhenhua Heavy Industries (ZPMC), which supplies about 80 percent of the ship-to-shore cranes used in American ports, contained cellular modems that the buyers had not requested. ZPMC, a unit of Chinese state-owned China Communications Construction Company, denied that its equipment posed a risk. Washington has since funded Mitsui E&S, the Japanese shipbuilder, to make cranes at a new plant in the US through its American subsidiary Paceco.

The European Union has not banned ZPMC cranes, and its ports keep buying them. In Hamburg, terminal operator HHLA, in which China's COSCO Shipping took a 24.99 percent stake in 2023 after the German government approved the deal, said it had no plans to replace its Chinese equipment.

Elsewhere, DP World, the Dubai-based ports group led by chairman Sultan Ahmed bin Sulayem, is competing with India's Adani Group for a contract to run an automated terminal in Colombo, where Sri Lanka's state-run port authority SLPA has invited bids.""",
    [("Port of Rotterdam Authority", "Organization", ["Port of Rotterdam", "Havenbedrijf Rotterdam"]),
     ("Finland", "Country", ["Finnish", "Helsinki"]),
     ("Konecranes", "Organization", []),
     ("ship-to-shore cranes", "Technology", ["cranes", "port cranes", "ship-to-shore crane", "container cranes",
                                             "automated stacking cranes", "ZPMC cranes"]),
     ("Navis", "Organization", []),
     US,
     ("Kalmar", "Organization", []),
     ("Cargotec", "Organization", []),
     ("Marko Tulokas", "Person", ["Tulokas"]),
     ("ZPMC", "Organization", ["Shanghai Zhenhua Heavy Industries", "Shanghai Zhenhua Heavy Industries Co"]),
     CN,
     ("China Communications Construction Company", "Organization", ["CCCC", "China Communications Construction"]),
     ("Mitsui E&S", "Organization", ["Mitsui E&S Co", "Mitsui Engineering & Shipbuilding"]),
     ("Japan", "Country", ["Japanese", "Tokyo"]),
     ("Paceco", "Organization", ["Paceco Corp", "Paceco Corp."]),
     EU,
     ("HHLA", "Organization", ["Hamburger Hafen und Logistik"]),
     ("COSCO Shipping", "Organization", ["COSCO", "China COSCO Shipping"]),
     ("Government of Germany", "Organization", ["German government"]),
     ("Germany", "Country", ["German", "Berlin"]),
     ("DP World", "Organization", []),
     UAE,
     ("Sultan Ahmed bin Sulayem", "Person", ["bin Sulayem", "Sultan bin Sulayem"]),
     ("India", "Country", ["Indian", "New Delhi"]),
     ("Adani Group", "Organization", ["Adani", "Adani Ports"]),
     ("Sri Lanka Ports Authority", "Organization", ["SLPA"]),
     ("Sri Lanka", "Country", ["Sri Lankan", "Colombo"]),
     ],
    [("Port of Rotterdam Authority", "agreementWith", "Konecranes"),
     ("Konecranes", "suppliesTo", "Port of Rotterdam Authority", "planned"),
     ("Konecranes", "basedIn", "Finland"),
     ("Konecranes", "focusesOn", "ship-to-shore cranes"),
     ("Navis", "basedIn", "United States"),
     ("Navis", "partOf", "Kalmar"),
     ("Marko Tulokas", "leaderOf", "Konecranes"),
     ("ZPMC", "suppliesTo", "United States"),
     ("ZPMC", "focusesOn", "ship-to-shore cranes"),
     ("ZPMC", "partOf", "China Communications Construction Company"),
     ("ZPMC", "basedIn", "China"),
     ("China Communications Construction Company", "basedIn", "China"),
     ("United States", "investsIn", "Mitsui E&S"),
     ("Mitsui E&S", "basedIn", "Japan"),
     ("Mitsui E&S", "focusesOn", "ship-to-shore cranes"),
     ("Mitsui E&S", "investsIn", "United States"),
     ("Paceco", "partOf", "Mitsui E&S"),
     ("Paceco", "basedIn", "United States"),
     ("ZPMC", "suppliesTo", "European Union"),
     ("COSCO Shipping", "investsIn", "HHLA"),
     ("COSCO Shipping", "basedIn", "China"),
     ("HHLA", "basedIn", "Germany"),
     ("Government of Germany", "basedIn", "Germany"),
     ("DP World", "basedIn", "United Arab Emirates"),
     ("Sultan Ahmed bin Sulayem", "leaderOf", "DP World"),
     ("DP World", "competesWith", "Adani Group"),
     ("Adani Group", "basedIn", "India"),
     ("Sri Lanka Ports Authority", "basedIn", "Sri Lanka"),
     ],
    [("Kalmar", "partOf", "Cargotec"), ("European Union", "sanctions", "ZPMC")]))

# 8 fisheries monitoring and food technology
DOCS.append(doc("news3-gfw-indonesia-hawkeye-xag", """Indonesia opens its fishing fleet data as satellites hunt dark vessels

JAKARTA, Nov 27 —
Indonesia's Ministry of Marine Affairs and Fisheries has signed an agreement with Global Fishing Watch to share tracking data from 5,000 fishing boats, the ministry said on Thursday, making the country the first in Asia to publish such data.

The non-profit, which is backed by Google and the conservation group Oceana, develops artificial intelligence tools that map fishing activity from satellite imagery. Its chief executive, Tony Long, said the data would help authorities catch vessels that switch off their transponders to fish illegally.

Satellite firms are chasing the same market. HawkEye 360, a Virginia company that detects radio signals from orbit, has partnered with the Pacific Islands Forum Fisheries Agency to monitor the waters of the agency's 17 member states, and Norway's Kongsberg Satellite Services supplies satellite images to the Peruvian Navy.

Chinese distant-water fleets are the main target. Ecuador, whose waters around the Galápagos drew hundreds of Chinese squid boats in 2020, is in talks with state-owned China Great Wall Industry Corporation over a fisheries surveillance satellite, but President Daniel Noboa's office said no contract had been signed.

On land, Singapore's state investor Temasek has taken a stake in Israeli dairy-protein start-up Remilk, which makes milk proteins by precision fermentation, and Chinese drone maker XAG said it had sold 5,000 crop-spraying drones to farmers in Brazil last year. The Shenzhen-based firm also plans to open an assembly plant in Brazil, a move that Brazil's agriculture ministry welcomed.""",
    [("Indonesia", "Country", ["Indonesian", "Jakarta"]),
     ("Ministry of Marine Affairs and Fisheries", "Organization", ["Indonesian Ministry of Marine Affairs and Fisheries",
                                                                   "KKP"]),
     ("Global Fishing Watch", "Organization", ["GFW"]),
     ("Google", "Organization", ["Google LLC"]),
     ("Oceana", "Organization", []),
     AI,
     ("satellite remote sensing", "Technology", ["satellite imagery", "satellite images", "remote sensing"]),
     ("Tony Long", "Person", ["Long"]),
     ("HawkEye 360", "Organization", ["HawkEye"]),
     US,
     ("Pacific Islands Forum Fisheries Agency", "InternationalOrganization", ["Forum Fisheries Agency", "FFA"]),
     ("Norway", "Country", ["Norwegian", "Oslo"]),
     ("Kongsberg Satellite Services", "Organization", ["KSAT"]),
     ("Peruvian Navy", "Organization", ["Peru's navy", "Navy of Peru"]),
     ("Peru", "Country", ["Peruvian", "Lima"]),
     CN,
     ("Ecuador", "Country", ["Ecuadorian", "Quito"]),
     ("China Great Wall Industry Corporation", "Organization", ["CGWIC", "China Great Wall Industry"]),
     ("Daniel Noboa", "Person", ["Noboa"]),
     ("Singapore", "Country", ["Singaporean"]),
     ("Temasek", "Organization", ["Temasek Holdings"]),
     ("Israel", "Country", ["Israeli"]),
     ("Remilk", "Organization", []),
     ("XAG", "Organization", ["XAG Co"]),
     DRONES,
     ("Brazil", "Country", ["Brazilian", "Brasilia", "Brasília"]),
     ("Ministry of Agriculture of Brazil", "Organization", ["Brazil's agriculture ministry",
                                                            "Brazilian agriculture ministry"]),
     ],
    [("Ministry of Marine Affairs and Fisheries", "basedIn", "Indonesia"),
     ("Ministry of Marine Affairs and Fisheries", "agreementWith", "Global Fishing Watch"),
     ("Ministry of Marine Affairs and Fisheries", "cooperatesWith", "Global Fishing Watch"),
     ("Google", "investsIn", "Global Fishing Watch"),
     ("Oceana", "investsIn", "Global Fishing Watch"),
     ("Global Fishing Watch", "focusesOn", "artificial intelligence"),
     ("Tony Long", "leaderOf", "Global Fishing Watch"),
     ("HawkEye 360", "basedIn", "United States"),
     ("HawkEye 360", "cooperatesWith", "Pacific Islands Forum Fisheries Agency"),
     ("Kongsberg Satellite Services", "basedIn", "Norway"),
     ("Kongsberg Satellite Services", "suppliesTo", "Peruvian Navy"),
     ("Kongsberg Satellite Services", "focusesOn", "satellite remote sensing"),
     ("Peruvian Navy", "basedIn", "Peru"),
     ("China Great Wall Industry Corporation", "basedIn", "China"),
     ("Daniel Noboa", "leaderOf", "Ecuador"),
     ("Temasek", "basedIn", "Singapore"),
     ("Temasek", "investsIn", "Remilk"),
     ("Remilk", "basedIn", "Israel"),
     ("XAG", "basedIn", "China"),
     ("XAG", "focusesOn", "drones"),
     ("XAG", "suppliesTo", "Brazil"),
     ("XAG", "investsIn", "Brazil", "planned"),
     ("Ministry of Agriculture of Brazil", "basedIn", "Brazil"),
     ],
    [("Ecuador", "agreementWith", "China Great Wall Industry Corporation"),
     ("China Great Wall Industry Corporation", "suppliesTo", "Ecuador")]))

if __name__ == "__main__":
    print_docs(DOCS)
