"""Builds gold.jsonl of the latam stand-in set (8 hand-written news-style articles on Latin America and
Central Asia, annotated per GUIDELINES.md).

Run: python3 benchmarks/latam/build_gold.py > benchmarks/latam/gold.jsonl
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gold_rows import doc, print_docs  # noqa: E402

US = ("United States", "Country", ["US", "U.S.", "USA", "United States of America", "America", "American", "Americans", "Washington"])
CN = ("China", "Country", ["Chinese", "People's Republic of China", "PRC", "Beijing"])
RU = ("Russia", "Country", ["Russian", "Russian Federation", "Moscow"])
KZ = ("Kazakhstan", "Country", ["Kazakh", "Astana"])
UZ = ("Uzbekistan", "Country", ["Uzbek", "Tashkent"])
KG = ("Kyrgyzstan", "Country", ["Kyrgyz", "Bishkek", "Kyrgyz Republic"])
BR = ("Brazil", "Country", ["Brazilian", "Brasília", "Brasilia"])
MX = ("Mexico", "Country", ["Mexican", "Mexico City"])
AR = ("Argentina", "Country", ["Argentine", "Argentinian", "Buenos Aires"])
CL = ("Chile", "Country", ["Chilean", "Santiago"])
BO = ("Bolivia", "Country", ["Bolivian", "La Paz"])
VE = ("Venezuela", "Country", ["Venezuelan", "Caracas"])
CU = ("Cuba", "Country", ["Cuban", "Havana"])
IR = ("Iran", "Country", ["Iranian", "Tehran"])
PA = ("Panama", "Country", ["Panamanian", "Panama City"])
PE = ("Peru", "Country", ["Peruvian", "Lima"])
AI = ("artificial intelligence", "Technology", ["AI"])
LI = ("lithium", "Technology", [])
EV = ("electric vehicles", "Technology", ["electric vehicle", "EVs", "EV", "electric cars", "electric car"])
BAT = ("batteries", "Technology", ["battery"])
SEMI = ("semiconductors", "Technology", ["chips", "chip", "microchips", "semiconductor"])
G5 = ("5G", "Technology", [])
DC = ("data centers", "Technology", ["data centres", "data centre", "data center"])
CLOUD = ("cloud computing", "Technology", ["cloud"])
HW = ("Huawei", "Organization", ["Huawei Technologies"])
BRICS = ("BRICS", "InternationalOrganization", [])
SCO = ("Shanghai Cooperation Organisation", "InternationalOrganization", ["SCO", "Shanghai Cooperation Organization"])
EAEU = ("Eurasian Economic Union", "InternationalOrganization", ["EAEU"])
CEXIM = ("Export-Import Bank of China", "Organization", ["China Exim Bank", "Exim Bank of China", "China Eximbank"])
CDB = ("China Development Bank", "Organization", ["CDB"])



DOCS = []

# 1 Kazakhstan: Chinese and Russian money in mining and nuclear power
DOCS.append(doc("latam-kazakhstan-tungsten-uranium-nuclear", """Chinese and Russian firms race for Kazakhstan's metals and reactors

ASTANA, March 3 —
Kazakhstan has picked Russia's state nuclear corporation Rosatom to lead the consortium that will build the country's first nuclear power plant, President Kassym-Jomart Tokayev said on Monday, while China National Nuclear Corporation (CNNC) is expected to build a second plant later in the decade.

The decision follows a referendum in which Kazakh voters backed nuclear power. Rosatom, which already owns stakes in several uranium mines in the country through its subsidiary Uranium One, will supply two VVER-1200 reactors, according to the energy ministry.

Kazatomprom, the world's largest uranium producer, signed a supply contract with CNNC's trading arm last month. The state miner is controlled by the sovereign wealth fund Samruk-Kazyna, which also holds the national railway company.

Beijing's interest goes beyond uranium. Jiaxin International Resources, a Hong Kong-listed company, has invested about $400 million in the Boguty tungsten deposit in the east of the country, and a unit of Zijin Mining is developing a copper mine near the Chinese border.

Eurasian Resources Group (ERG), a Luxembourg-registered miner that runs much of Kazakhstan's aluminium and ferroalloy output, said it was in talks with Chinese battery makers over supplies of cobalt and copper from its African operations. People familiar with the matter said CATL could take a minority stake in an ERG processing plant, though no agreement has been reached.

Western companies have not been shut out. France's Orano, which runs the Katco uranium joint venture with Kazatomprom, said it had renewed its contract, and Kazakhstan signed a memorandum on critical minerals with the European Union in 2022.

The Kazakh government has denied that it plans to restrict uranium exports to Western buyers.""",
    [KZ, RU, CN,
     ("Rosatom", "Organization", ["Rosatom State Nuclear Energy Corporation"]),
     ("Kassym-Jomart Tokayev", "Person", ["Tokayev"]),
     ("China National Nuclear Corporation", "Organization", ["CNNC"]),
     ("nuclear power", "Technology", ["nuclear power plant", "nuclear power plants"]),
     ("uranium", "Technology", []),
     ("Uranium One", "Organization", []),
     ("Kazatomprom", "Organization", []),
     ("Samruk-Kazyna", "Organization", []),
     ("Jiaxin International Resources", "Organization", ["Jiaxin International"]),
     ("tungsten", "Technology", []),
     ("Zijin Mining", "Organization", ["Zijin"]),
     ("copper", "Technology", []),
     ("Eurasian Resources Group", "Organization", ["ERG"]),
     ("aluminium", "Technology", ["aluminum"]),
     ("Luxembourg", "Country", []),
     ("cobalt", "Technology", []),
     BAT,
     ("CATL", "Organization", ["Contemporary Amperex Technology"]),
     ("Orano", "Organization", []),
     ("France", "Country", ["French", "Paris"]),
     ("Katco", "Organization", []),
     ("critical minerals", "Technology", []),
     ("European Union", "InternationalOrganization", ["EU"]),
     ("Government of Kazakhstan", "Organization", ["Kazakh government"]),
     ("the West", "Bloc", ["Western"]),
     ],
    [("Rosatom", "basedIn", "Russia"),
     ("Rosatom", "suppliesTo", "Kazakhstan", "planned"),
     ("Rosatom", "focusesOn", "nuclear power"),
     ("Kassym-Jomart Tokayev", "leaderOf", "Kazakhstan"),
     ("China National Nuclear Corporation", "basedIn", "China"),
     ("Rosatom", "investsIn", "Kazakhstan"),
     ("Uranium One", "partOf", "Rosatom"),
     ("Uranium One", "focusesOn", "uranium"),
     ("Kazatomprom", "focusesOn", "uranium"),
     ("Kazatomprom", "basedIn", "Kazakhstan"),
     ("Kazatomprom", "agreementWith", "China National Nuclear Corporation"),
     ("Kazatomprom", "suppliesTo", "China National Nuclear Corporation"),
     ("Kazatomprom", "partOf", "Samruk-Kazyna"),
     ("Samruk-Kazyna", "basedIn", "Kazakhstan"),
     ("Jiaxin International Resources", "investsIn", "Kazakhstan"),
     ("Jiaxin International Resources", "focusesOn", "tungsten"),
     ("Zijin Mining", "basedIn", "China"),
     ("Zijin Mining", "focusesOn", "copper"),
     ("Zijin Mining", "investsIn", "Kazakhstan"),
     ("Eurasian Resources Group", "focusesOn", "aluminium"),
     ("Eurasian Resources Group", "basedIn", "Luxembourg"),
     ("Orano", "basedIn", "France"),
     ("Orano", "jointVentureWith", "Kazatomprom"),
     ("Orano", "focusesOn", "uranium"),
     ("Katco", "partOf", "Orano"),
     ("Katco", "partOf", "Kazatomprom"),
     ("Orano", "agreementWith", "Kazatomprom"),
     ("Kazakhstan", "agreementWith", "European Union"),
     ("Government of Kazakhstan", "basedIn", "Kazakhstan"),
     ],
    [("CATL", "investsIn", "Eurasian Resources Group"),
     ("Government of Kazakhstan", "restrictsExportsTo", "the West"),
     ("Kazakhstan", "restrictsExportsTo", "the West")]))

# 2 Central Asian rail corridor and telecoms
DOCS.append(doc("latam-cku-railway-uzbek-telecom", """Work starts on China-Kyrgyzstan-Uzbekistan railway as Huawei wins Uzbek 5G deal

BISHKEK, Dec 28 (Staff report) —
Construction began on Friday on the long-delayed China-Kyrgyzstan-Uzbekistan railway, a 523-kilometre line that will give Chinese freight a southern route to Europe that avoids Russia.

The project will be run by a joint venture of China Railway Group, Kyrgyz Temir Zholu and Uzbekistan Railways (O'zbekiston Temir Yo'llari), in which the Chinese side holds 51 percent. The China Development Bank is financing about half of the $4.7 billion cost, Kyrgyz President Sadyr Japarov said at the ceremony, which was attended by Chinese Vice Premier Zhang Guoqing and Uzbek President Shavkat Mirziyoyev.

Moscow, which has long regarded Central Asia as its backyard, has watched warily. Russian Railways, which operates the main northern route through Kazakhstan, is not involved in the project, and a Kremlin spokesman declined to comment.

In Tashkent, the state operator Uzbektelecom said it had signed an agreement with Huawei to build a 5G network covering the capital and Samarkand by 2027. The Chinese company will also supply equipment for a national data centre that the government plans to open next year. Uzbektelecom chief executive Ulugbek Juraev said ZTE, which built much of the country's 4G network, would maintain the older equipment.

Beeline Uzbekistan, a subsidiary of the Amsterdam-based VEON, is testing 5G with Nokia. VEON has said it will not use Huawei gear in its core network.

Kazakhstan, for its part, is reported to be considering a stake in the rail venture. An Astana official said no decision had been taken.""",
    [CN, KG, UZ, RU, KZ, HW, G5, DC,
     ("China Railway Group", "Organization", ["China Railway Group Limited", "CREC"]),
     ("Kyrgyz Temir Zholu", "Organization", ["Kyrgyz Temir Jolu", "Kyrgyz Railways"]),
     ("Uzbekistan Railways", "Organization", ["O'zbekiston Temir Yo'llari"]),
     CDB,
     ("Sadyr Japarov", "Person", ["Japarov"]),
     ("Zhang Guoqing", "Person", []),
     ("Shavkat Mirziyoyev", "Person", ["Mirziyoyev"]),
     ("Russian Railways", "Organization", ["RZD"]),
     ("Uzbektelecom", "Organization", []),
     ("Government of Uzbekistan", "Organization", []),
     ("Ulugbek Juraev", "Person", ["Juraev"]),
     ("ZTE", "Organization", []),
     ("Beeline Uzbekistan", "Organization", ["Beeline"]),
     ("VEON", "Organization", []),
     ("Netherlands", "Country", ["Dutch", "Amsterdam"]),
     ("Nokia", "Organization", []),
     ],
    [("China Railway Group", "jointVentureWith", "Kyrgyz Temir Zholu", "planned"),
     ("China Railway Group", "jointVentureWith", "Uzbekistan Railways", "planned"),
     ("Kyrgyz Temir Zholu", "jointVentureWith", "Uzbekistan Railways", "planned"),
     ("China Railway Group", "basedIn", "China"),
     ("Kyrgyz Temir Zholu", "basedIn", "Kyrgyzstan"),
     ("Uzbekistan Railways", "basedIn", "Uzbekistan"),
     ("China Development Bank", "basedIn", "China"),
     ("Sadyr Japarov", "leaderOf", "Kyrgyzstan"),
     ("Zhang Guoqing", "worksFor", "China"),
     ("Shavkat Mirziyoyev", "leaderOf", "Uzbekistan"),
     ("Russian Railways", "basedIn", "Russia"),
     ("Uzbektelecom", "basedIn", "Uzbekistan"),
     ("Uzbektelecom", "agreementWith", "Huawei"),
     ("Huawei", "suppliesTo", "Uzbektelecom", "planned"),
     ("Huawei", "basedIn", "China"),
     ("Huawei", "suppliesTo", "Government of Uzbekistan", "planned"),
     ("Ulugbek Juraev", "leaderOf", "Uzbektelecom"),
     ("ZTE", "suppliesTo", "Uzbekistan"),
     ("Beeline Uzbekistan", "partOf", "VEON"),
     ("VEON", "basedIn", "Netherlands"),
     ("Beeline Uzbekistan", "cooperatesWith", "Nokia"),
     ("Beeline Uzbekistan", "focusesOn", "5G"),
     ("Beeline Uzbekistan", "basedIn", "Uzbekistan"),
     ],
    [("Huawei", "suppliesTo", "VEON"),
     ("Russian Railways", "jointVentureWith", "China Railway Group")]))

# 3 Lithium triangle
DOCS.append(doc("latam-lithium-triangle-deals", """Chile, Argentina and Bolivia court rival buyers for lithium

SANTIAGO, June 10 —
Chile's state copper giant Codelco completed its partnership with SQM on Tuesday, creating a joint venture that will control lithium production in the Salar de Atacama until 2060. Codelco will hold a majority of the venture, Novandino Litio, from 2031.

The deal was opposed by Tianqi Lithium, the Chinese company that owns about a fifth of SQM, which asked regulators to put it to a shareholder vote. The regulator rejected the request. Chilean President Gabriel Boric has said the state must lead the industry, though he has ruled out nationalising it.

Across the Andes, Argentina has drawn most of the region's new investment. Rio Tinto, which bought Arcadium Lithium earlier this year, is spending $2.5 billion on the Rincon project in Salta province, and China's Ganfeng Lithium operates the Cauchari-Olaroz mine with Canada's Lithium Americas. The provincial state company YPF Litio, a unit of the oil group YPF, signed a memorandum with Eramet, the French miner, to explore brine deposits in Catamarca.

President Javier Milei's government has offered tax breaks to foreign miners under a new investment regime, and officials in Buenos Aires say two more Chinese-backed projects are awaiting approval.

Bolivia, which holds the world's largest lithium resources, has struggled to develop them. Its state company Yacimientos de Litio Bolivianos (YLB) signed contracts last year with a consortium led by CATL and with Uranium One, a subsidiary of Rosatom, to build direct lithium extraction plants at Uyuni. The Bolivian legislature has not yet ratified the contracts, and opposition lawmakers say the CATL deal could be cancelled after the election.

Analysts at Benchmark Mineral Intelligence said Chinese refiners would still process most of the region's output into battery chemicals.""",
    [CL, AR, BO, CN, RU,
     ("Codelco", "Organization", ["Corporación Nacional del Cobre", "National Copper Corporation of Chile"]),
     ("SQM", "Organization", ["Sociedad Química y Minera"]),
     LI, ("copper", "Technology", []),
     ("Novandino Litio", "Organization", []),
     ("Tianqi Lithium", "Organization", ["Tianqi"]),
     ("Gabriel Boric", "Person", ["Boric"]),
     ("Rio Tinto", "Organization", []),
     ("Arcadium Lithium", "Organization", ["Arcadium"]),
     ("Ganfeng Lithium", "Organization", ["Ganfeng"]),
     ("Lithium Americas", "Organization", []),
     ("Canada", "Country", ["Canadian", "Ottawa"]),
     ("YPF Litio", "Organization", []),
     ("YPF", "Organization", []),
     ("Eramet", "Organization", []),
     ("France", "Country", ["French", "Paris"]),
     ("Javier Milei", "Person", ["Milei"]),
     ("Government of Argentina", "Organization", []),
     ("Yacimientos de Litio Bolivianos", "Organization", ["YLB"]),
     ("CATL", "Organization", ["Contemporary Amperex Technology"]),
     ("Uranium One", "Organization", []),
     ("Rosatom", "Organization", []),
     ("lithium extraction", "Technology", ["direct lithium extraction"]),
     ("Benchmark Mineral Intelligence", "Organization", []),
     BAT,
     ],
    [("Codelco", "basedIn", "Chile"),
     ("Codelco", "focusesOn", "copper"),
     ("Codelco", "jointVentureWith", "SQM"),
     ("Codelco", "cooperatesWith", "SQM"),
     ("Novandino Litio", "partOf", "Codelco"),
     ("Novandino Litio", "partOf", "SQM"),
     ("Novandino Litio", "focusesOn", "lithium"),
     ("Codelco", "investsIn", "Novandino Litio", "planned"),
     ("Tianqi Lithium", "basedIn", "China"),
     ("Tianqi Lithium", "investsIn", "SQM"),
     ("Gabriel Boric", "leaderOf", "Chile"),
     ("Rio Tinto", "investsIn", "Arcadium Lithium"),
     ("Rio Tinto", "investsIn", "Argentina"),
     ("Ganfeng Lithium", "basedIn", "China"),
     ("Ganfeng Lithium", "cooperatesWith", "Lithium Americas"),
     ("Lithium Americas", "basedIn", "Canada"),
     ("YPF Litio", "partOf", "YPF"),
     ("YPF Litio", "basedIn", "Argentina"),
     ("YPF Litio", "agreementWith", "Eramet"),
     ("Eramet", "basedIn", "France"),
     ("YPF Litio", "cooperatesWith", "Eramet", "planned"),
     ("Javier Milei", "leaderOf", "Argentina"),
     ("Javier Milei", "leaderOf", "Government of Argentina"),
     ("Government of Argentina", "basedIn", "Argentina"),
     ("Yacimientos de Litio Bolivianos", "basedIn", "Bolivia"),
     ("Yacimientos de Litio Bolivianos", "agreementWith", "CATL"),
     ("Yacimientos de Litio Bolivianos", "agreementWith", "Uranium One"),
     ("Uranium One", "partOf", "Rosatom"),
     ("CATL", "suppliesTo", "Yacimientos de Litio Bolivianos", "planned"),
     ("Uranium One", "suppliesTo", "Yacimientos de Litio Bolivianos", "planned"),
     ("Yacimientos de Litio Bolivianos", "focusesOn", "lithium"),
     ],
    [("Tianqi Lithium", "agreementWith", "Codelco")]))

# 4 Brazil and Mexico: chips, EVs, satellites
DOCS.append(doc("latam-brazil-mexico-chips-evs-satellites", """Brazil and Mexico bet on chips, electric cars and satellites

SAO PAULO, Sept 22 —
BYD began assembling electric cars at its new plant in Camaçari, Bahia, on Monday, the Chinese carmaker's largest factory outside Asia. The company bought the site from Ford, which closed its Brazilian operations in 2021, and plans to build batteries there from 2027.

Brazil's government, led by President Luiz Inácio Lula da Silva, has raised import tariffs on electric vehicles to push foreign brands to produce locally. Great Wall Motor, another Chinese manufacturer, is expected to open a plant in Iracemápolis in São Paulo state.

The country is also trying to revive its chip industry. The science ministry said it would inject 300 million reais into CEITEC, the state semiconductor maker in Porto Alegre that the previous government had tried to close. Taiwan's Foxconn, which assembles servers in Jundiaí, was reported to be weighing a packaging plant, but the company said it had no plans to make chips in Brazil.

In space, the Brazilian Space Agency and China's CAST are jointly developing CBERS-6, the seventh satellite of a 35-year partnership in remote sensing. Embraer's defence unit, Visiona, built the country's first nanosatellite with funding from the agency.

Mexico is pursuing a similar course. President Claudia Sheinbaum's government launched Olinia, a state project to design small electric cars, and said a new semiconductor design centre would be set up with Intel in Jalisco. Tesla, which announced a gigafactory in Nuevo León in 2023, has not started building it, and Elon Musk said the plan was on hold.

Meanwhile Foxconn is building a factory in Guadalajara to assemble Nvidia's GB200 servers for the US market, a project that Mexican officials hope will bring more artificial intelligence investment.""",
    [BR, MX, CN, US,
     ("BYD", "Organization", ["BYD Auto", "BYD Co"]),
     EV, BAT, SEMI, AI,
     ("Ford", "Organization", ["Ford Motor", "Ford Motor Company"]),
     ("Government of Brazil", "Organization", ["Brazil's government"]),
     ("Luiz Inácio Lula da Silva", "Person", ["Lula", "Lula da Silva", "Luiz Inacio Lula da Silva"]),
     ("Great Wall Motor", "Organization", ["Great Wall Motors", "Great Wall"]),
     ("Ministry of Science, Technology and Innovation of Brazil", "Organization", ["science ministry"]),
     ("CEITEC", "Organization", []),
     ("Taiwan", "Country", ["Taiwanese", "Taipei"]),
     ("Foxconn", "Organization", ["Hon Hai", "Hon Hai Precision Industry"]),
     ("Brazilian Space Agency", "Organization", ["AEB", "Agência Espacial Brasileira"]),
     ("China Academy of Space Technology", "Organization", ["CAST"]),
     ("remote sensing", "Technology", []),
     ("satellites", "Technology", ["satellite", "nanosatellite"]),
     ("Embraer", "Organization", []),
     ("Visiona", "Organization", ["Visiona Space Technology"]),
     ("Claudia Sheinbaum", "Person", ["Sheinbaum"]),
     ("Government of Mexico", "Organization", []),
     ("Intel", "Organization", []),
     ("Tesla", "Organization", []),
     ("Elon Musk", "Person", ["Musk"]),
     ("Nvidia", "Organization", []),
     ],
    [("BYD", "basedIn", "China"),
     ("BYD", "focusesOn", "electric vehicles"),
     ("BYD", "investsIn", "Brazil"),
     ("BYD", "focusesOn", "batteries"),
     ("Luiz Inácio Lula da Silva", "leaderOf", "Brazil"),
     ("Luiz Inácio Lula da Silva", "leaderOf", "Government of Brazil"),
     ("Government of Brazil", "basedIn", "Brazil"),
     ("Great Wall Motor", "basedIn", "China"),
     ("Ministry of Science, Technology and Innovation of Brazil", "basedIn", "Brazil"),
     ("Ministry of Science, Technology and Innovation of Brazil", "investsIn", "CEITEC", "planned"),
     ("CEITEC", "basedIn", "Brazil"),
     ("CEITEC", "focusesOn", "semiconductors"),
     ("Foxconn", "basedIn", "Taiwan"),
     ("Brazilian Space Agency", "basedIn", "Brazil"),
     ("China Academy of Space Technology", "basedIn", "China"),
     ("Brazilian Space Agency", "cooperatesWith", "China Academy of Space Technology"),
     ("Brazilian Space Agency", "focusesOn", "satellites"),
     ("China Academy of Space Technology", "focusesOn", "satellites"),
     ("Visiona", "partOf", "Embraer"),
     ("Visiona", "focusesOn", "satellites"),
     ("Brazilian Space Agency", "investsIn", "Visiona"),
     ("Claudia Sheinbaum", "leaderOf", "Mexico"),
     ("Claudia Sheinbaum", "leaderOf", "Government of Mexico"),
     ("Government of Mexico", "basedIn", "Mexico"),
     ("Government of Mexico", "focusesOn", "electric vehicles"),
     ("Government of Mexico", "cooperatesWith", "Intel", "planned"),
     ("Foxconn", "investsIn", "Mexico"),
     ],
    [("Foxconn", "investsIn", "Brazil"),
     ("Tesla", "investsIn", "Mexico")]))

# 5 Huawei and Chinese banks in Latin America
DOCS.append(doc("latam-huawei-chinese-banks-cloud", """Huawei expands Latin American cloud as Chinese lenders return

MEXICO CITY, April 15 —
Huawei opened its third cloud region in Latin America on Tuesday, a data centre in Querétaro that will serve Mexican banks and government agencies, and said it would train 10,000 local engineers in artificial intelligence over three years.

The Shenzhen-based company already runs cloud regions in Santiago and São Paulo. In Chile it has partnered with the telecom operator Entel on 5G and with the University of Chile on AI research, and last year it was chosen to supply core equipment to Telefónica's Brazilian unit, Vivo. Claro, owned by Carlos Slim's América Movil, has not chosen a 5G vendor in Mexico.

Huawei's expansion comes as Chinese state lenders, which largely stopped lending to the region after 2019, return with smaller loans. The Export-Import Bank of China is lending $1.1 billion to Ecuador for a hydroelectric project, and China Development Bank extended a credit line to Brazil's development bank BNDES for renewable energy projects, the two banks said in a joint statement.

Bank of China, meanwhile, opened a branch in Lima to finance trade between Peru and China, and ICBC Argentina, a subsidiary of the Industrial and Commercial Bank of China, arranged a yuan swap facility with Argentina's central bank.

Washington has warned governments in the region against using Chinese telecom equipment. The State Department's top official for the Western Hemisphere said in March that Huawei's cloud services posed risks to data security, a charge the company denied. The United States has not imposed sanctions on any Latin American operator for buying Huawei equipment.

Costa Rica, however, barred suppliers from countries that have not signed the Budapest cybercrime convention from its 5G tenders, a rule that excludes Huawei.""",
    [MX, CN, CL, BR, PE, AR, US, HW, CLOUD, DC, AI, G5,
     ("Entel", "Organization", ["Entel Chile"]),
     ("University of Chile", "Organization", ["Universidad de Chile"]),
     ("Telefónica", "Organization", ["Telefonica"]),
     ("Vivo", "Organization", ["Telefônica Brasil", "Telefonica Brasil"]),
     ("Claro", "Organization", []),
     ("Carlos Slim", "Person", ["Slim"]),
     ("América Movil", "Organization", ["America Movil", "América Móvil"]),
     CEXIM,
     ("Ecuador", "Country", ["Ecuadorian", "Quito"]),
     CDB,
     ("BNDES", "Organization", ["Brazilian Development Bank", "Banco Nacional de Desenvolvimento Econômico e Social"]),
     ("renewable energy", "Technology", []),
     ("Bank of China", "Organization", []),
     ("ICBC Argentina", "Organization", []),
     ("Industrial and Commercial Bank of China", "Organization", ["ICBC"]),
     ("Central Bank of Argentina", "Organization", ["Banco Central de la República Argentina", "BCRA"]),
     ("United States Department of State", "Organization", ["State Department", "US State Department"]),
     ("Costa Rica", "Country", ["Costa Rican", "San José"]),
     ("telecommunications equipment", "Technology", ["telecom equipment"]),
     ],
    [("Huawei", "investsIn", "Mexico"),
     ("Huawei", "focusesOn", "cloud computing"),
     ("Huawei", "focusesOn", "artificial intelligence"),
     ("Huawei", "basedIn", "China"),
     ("Huawei", "cooperatesWith", "Entel"),
     ("Entel", "basedIn", "Chile"),
     ("Huawei", "cooperatesWith", "University of Chile"),
     ("University of Chile", "basedIn", "Chile"),
     ("Huawei", "suppliesTo", "Vivo"),
     ("Vivo", "partOf", "Telefónica"),
     ("Vivo", "basedIn", "Brazil"),
     ("Claro", "partOf", "América Movil"),
     ("Carlos Slim", "leaderOf", "América Movil"),
     ("Export-Import Bank of China", "investsIn", "Ecuador"),
     ("Export-Import Bank of China", "basedIn", "China"),
     ("China Development Bank", "investsIn", "BNDES"),
     ("China Development Bank", "basedIn", "China"),
     ("BNDES", "basedIn", "Brazil"),
     ("China Development Bank", "agreementWith", "BNDES"),
     ("Bank of China", "basedIn", "China"),
     ("Bank of China", "investsIn", "Peru"),
     ("ICBC Argentina", "partOf", "Industrial and Commercial Bank of China"),
     ("ICBC Argentina", "agreementWith", "Central Bank of Argentina"),
     ("Central Bank of Argentina", "basedIn", "Argentina"),
     ("ICBC Argentina", "basedIn", "Argentina"),
     ("Industrial and Commercial Bank of China", "basedIn", "China"),
     ("United States Department of State", "basedIn", "United States"),
     ("Costa Rica", "sanctions", "Huawei"),
     ],
    [("United States", "sanctions", "Claro"), ("Huawei", "suppliesTo", "Claro")]))

# 6 US pressure on Panama and Peru ports
DOCS.append(doc("latam-panama-peru-ports-us-pressure", """US steps up pressure on Chinese-run ports in Panama and Peru

PANAMA CITY, Feb 20 —
CK Hutchison agreed on Thursday to sell its two Panama Canal ports to a consortium of BlackRock and Terminal Investment Limited (TiL), the shipping unit of Mediterranean Shipping Company, ending weeks of pressure from Washington over Chinese influence on the waterway.

The Hong Kong conglomerate's subsidiary Panama Ports Company has run the terminals at Balboa and Cristóbal since 1997. US Secretary of State Marco Rubio had told Panamanian President José Raúl Mulino that the canal's neutrality was at risk, and Panama's comptroller opened an audit of the concession.

Beijing criticised the sale. China's State Administration for Market Regulation said it would review the deal, and state media reported that COSCO Shipping had been invited to join the buyers. Neither CK Hutchison nor BlackRock confirmed that.

Mulino announced that Panama would leave China's Belt and Road Initiative, the first Latin American country to do so, but said his government would not expel Chinese companies. China Harbour Engineering Company, which is building a fourth bridge over the canal, will continue the work.

Further south, the $3.5 billion port of Chancay in Peru, majority-owned by COSCO Shipping Ports, opened in November with a visit by Xi Jinping. Peru's state port authority APN had tried to strip COSCO of exclusive operating rights before Congress restored them. US officials said the port could be used by the Chinese navy, which Lima rejects.

The US Federal Maritime Commission has opened an inquiry into port fees in the region, and lawmakers in Washington have proposed barring ships that call at Chancay from US ports. The White House has not endorsed that proposal.

Peruvian President Dina Boluarte said Peru would keep working with both China and the United States.""",
    [PA, CN, US, PE,
     ("CK Hutchison", "Organization", ["CK Hutchison Holdings", "Hutchison"]),
     ("BlackRock", "Organization", []),
     ("Terminal Investment Limited", "Organization", ["TiL", "TIL"]),
     ("Mediterranean Shipping Company", "Organization", ["MSC"]),
     ("Panama Ports Company", "Organization", []),
     ("Marco Rubio", "Person", ["Rubio"]),
     ("José Raúl Mulino", "Person", ["Mulino", "Jose Raul Mulino"]),
     ("State Administration for Market Regulation", "Organization", ["SAMR"]),
     ("COSCO Shipping", "Organization", ["COSCO", "China COSCO Shipping"]),
     ("Government of Panama", "Organization", []),
     ("China Harbour Engineering Company", "Organization", ["China Harbour Engineering", "CHEC"]),
     ("COSCO Shipping Ports", "Organization", []),
     ("Xi Jinping", "Person", ["Xi"]),
     ("Autoridad Portuaria Nacional", "Organization", ["APN", "National Port Authority"]),
     ("Congress of Peru", "Organization", ["Congress"]),
     ("People's Liberation Army Navy", "Organization", ["Chinese navy", "PLA Navy"]),
     ("Federal Maritime Commission", "Organization", ["FMC", "US Federal Maritime Commission"]),
     ("White House", "Organization", []),
     ("Dina Boluarte", "Person", ["Boluarte"]),
     ],
    [("CK Hutchison", "agreementWith", "BlackRock"),
     ("CK Hutchison", "agreementWith", "Terminal Investment Limited"),
     ("BlackRock", "investsIn", "Panama Ports Company", "planned"),
     ("Terminal Investment Limited", "investsIn", "Panama Ports Company", "planned"),
     ("Terminal Investment Limited", "partOf", "Mediterranean Shipping Company"),
     ("BlackRock", "cooperatesWith", "Terminal Investment Limited"),
     ("Panama Ports Company", "partOf", "CK Hutchison"),
     ("CK Hutchison", "basedIn", "China"),
     ("Marco Rubio", "worksFor", "United States"),
     ("José Raúl Mulino", "leaderOf", "Panama"),
     ("José Raúl Mulino", "leaderOf", "Government of Panama"),
     ("Government of Panama", "basedIn", "Panama"),
     ("State Administration for Market Regulation", "basedIn", "China"),
     ("China Harbour Engineering Company", "basedIn", "China"),
     ("China Harbour Engineering Company", "suppliesTo", "Panama"),
     ("COSCO Shipping Ports", "investsIn", "Peru"),
     ("COSCO Shipping Ports", "partOf", "COSCO Shipping"),
     ("COSCO Shipping Ports", "basedIn", "China"),
     ("Autoridad Portuaria Nacional", "basedIn", "Peru"),
     ("Congress of Peru", "basedIn", "Peru"),
     ("People's Liberation Army Navy", "basedIn", "China"),
     ("Federal Maritime Commission", "basedIn", "United States"),
     ("White House", "basedIn", "United States"),
     ("Dina Boluarte", "leaderOf", "Peru"),
     ("Peru", "cooperatesWith", "China"),
     ("Peru", "cooperatesWith", "United States"),
     ],
    [("COSCO Shipping", "investsIn", "Panama Ports Company"),
     ("Government of Panama", "sanctions", "China Harbour Engineering Company")]))

# 7 BRICS, SCO and EAEU membership moves
DOCS.append(doc("latam-brics-sco-eaeu-membership", """Bolivia and Cuba become BRICS partners; Kazakhstan says no for now

KAZAN, Oct 24 —
Bolivia and Cuba were among 13 countries invited to become partner countries of BRICS at the bloc's summit in Kazan, Russia, while Kazakhstan, a close ally of Moscow, said it would not seek partner status for the time being.

Bolivian President Luis Arce, who attended the summit, said his country wanted full membership and would offer its lithium reserves to BRICS members. Cuba's president, Miguel Díaz-Canel, thanked Russia for its support and met Vladimir Putin on the sidelines, where the two leaders signed an agreement on energy cooperation.

Venezuela's bid was blocked by Brazil, a founding member of the group, after a dispute over the Venezuelan election. Nicolás Maduro's foreign ministry called the veto "an aggression", and Caracas recalled its ambassador from Brasília. Brazil's foreign minister, Mauro Vieira, said the decision reflected the consensus rule of the bloc.

Argentina, which had been invited to join in 2023, declined the invitation after Javier Milei took office. Mexico has never applied.

In Central Asia, the picture is different. Uzbekistan, an observer in the Eurasian Economic Union since 2020, is negotiating to join the World Trade Organization, and Tashkent has ruled out full EAEU membership for now. Kyrgyzstan and Kazakhstan, both members of the EAEU and the Shanghai Cooperation Organisation, agreed with Russia to deepen payments cooperation in national currencies.

The New Development Bank, the lender set up by BRICS and headed by former Brazilian president Dilma Rousseff, said it had admitted Uzbekistan and Colombia as new members. Colombia, whose president Gustavo Petro has sought closer ties with China, signed a memorandum on joining the Belt and Road Initiative in May.""",
    [BO, CU, KZ, RU, VE, BR, AR, MX, UZ, KG, CN, BRICS, SCO, EAEU, LI,
     ("Luis Arce", "Person", ["Arce"]),
     ("Miguel Díaz-Canel", "Person", ["Díaz-Canel", "Miguel Diaz-Canel", "Diaz-Canel"]),
     ("Vladimir Putin", "Person", ["Putin"]),
     ("Nicolás Maduro", "Person", ["Maduro", "Nicolas Maduro"]),
     ("Ministry of Foreign Affairs of Venezuela", "Organization", ["Venezuelan foreign ministry"]),
     ("Mauro Vieira", "Person", ["Vieira"]),
     ("Javier Milei", "Person", ["Milei"]),
     ("World Trade Organization", "InternationalOrganization", ["WTO"]),
     ("New Development Bank", "InternationalOrganization", ["NDB"]),
     ("Dilma Rousseff", "Person", ["Rousseff"]),
     ("Colombia", "Country", ["Colombian", "Bogotá", "Bogota"]),
     ("Gustavo Petro", "Person", ["Petro"]),
     ],
    [     ("Luis Arce", "leaderOf", "Bolivia"),
     ("Miguel Díaz-Canel", "leaderOf", "Cuba"),
     ("Vladimir Putin", "leaderOf", "Russia"),
     ("Cuba", "agreementWith", "Russia"),
     ("Miguel Díaz-Canel", "agreementWith", "Vladimir Putin"),
     ("Brazil", "memberOf", "BRICS"),
     ("Nicolás Maduro", "leaderOf", "Venezuela"),
     ("Ministry of Foreign Affairs of Venezuela", "basedIn", "Venezuela"),
     ("Mauro Vieira", "worksFor", "Brazil"),
     ("Uzbekistan", "memberOf", "World Trade Organization", "planned"),
     ("Kyrgyzstan", "memberOf", "Eurasian Economic Union"),
     ("Kazakhstan", "memberOf", "Eurasian Economic Union"),
     ("Kyrgyzstan", "memberOf", "Shanghai Cooperation Organisation"),
     ("Kazakhstan", "memberOf", "Shanghai Cooperation Organisation"),
     ("Kyrgyzstan", "agreementWith", "Russia"),
     ("Kazakhstan", "agreementWith", "Russia"),
     ("Kyrgyzstan", "cooperatesWith", "Russia", "planned"),
     ("Kazakhstan", "cooperatesWith", "Russia", "planned"),
     ("Kyrgyzstan", "agreementWith", "Kazakhstan"),
     ("Kyrgyzstan", "cooperatesWith", "Kazakhstan", "planned"),
     ("Dilma Rousseff", "leaderOf", "New Development Bank"),
     ("Dilma Rousseff", "leaderOf", "Brazil"),
     ("New Development Bank", "partOf", "BRICS"),
     ("Uzbekistan", "memberOf", "New Development Bank"),
     ("Colombia", "memberOf", "New Development Bank"),
     ("Gustavo Petro", "leaderOf", "Colombia"),
     ],
    [("Kazakhstan", "memberOf", "BRICS"), ("Venezuela", "memberOf", "BRICS"),
     ("Argentina", "memberOf", "BRICS"), ("Mexico", "memberOf", "BRICS"),
     ]))

# 8 Venezuela and Cuba with Russia, China and Iran
DOCS.append(doc("latam-venezuela-cuba-russia-china-iran", """Venezuela and Cuba lean on Russia, China and Iran as US tightens sanctions

CARACAS, July 8 —
Venezuela's state oil company PDVSA has signed a deal with China Concord Resources, a little-known Chinese firm, to invest $1 billion in two oilfields, the oil ministry said on Monday, weeks after Washington reimposed sanctions on the Venezuelan energy sector.

The agreement is the latest sign that President Nicolás Maduro is turning to allies in Beijing, Moscow and Tehran. Iran's state refiner NIOC has supplied condensate and spare parts to PDVSA refineries, and Venezuelan officials have said that Iranian engineers helped assemble Mohajer-6 drones at a military factory in Aragua state. The US Treasury sanctioned Empresa Aeronáutica Nacional, the state firm that runs the plant, last year.

Russia's role has shifted. Rosneft sold its Venezuelan assets to Roszarubezhneft, a state-owned company, in 2020 to avoid US penalties, and Russian arms exporter Rosoboronexport still services the Venezuelan air force's Su-30 fighter jets. Russian diplomats denied reports that Moscow was supplying air defence systems to Caracas this year.

In Cuba, China is building solar parks with a combined capacity of 1,000 megawatts to ease blackouts, and Huawei has supplied the state telecom monopoly ETECSA with equipment for its mobile network. Cuba's government signed an agreement with Russia's Rosatom in 2023 on nuclear medicine, and Russian oil companies have shipped crude to the island, according to tanker tracking data.

Chinese banks, by contrast, have been cautious. The China Development Bank, once Venezuela's largest creditor, has not issued new loans to the country since 2016, and it is unclear whether Beijing would restructure the remaining debt.

Analysts at the Atlantic Council said Iranian help could allow Venezuela to restart a refinery at Cardón, though nothing has been confirmed.""",
    [VE, CN, RU, IR, US, CU, HW,
     ("PDVSA", "Organization", ["Petróleos de Venezuela", "Petroleos de Venezuela"]),
     ("China Concord Resources", "Organization", ["China Concord Resources Corp"]),
     ("Ministry of Petroleum of Venezuela", "Organization", ["oil ministry"]),
     ("Nicolás Maduro", "Person", ["Maduro", "Nicolas Maduro"]),
     ("National Iranian Oil Company", "Organization", ["NIOC"]),
     ("drones", "Technology", ["drone"]),
     ("United States Department of the Treasury", "Organization", ["US Treasury", "Treasury"]),
     ("Empresa Aeronáutica Nacional", "Organization", ["EANSA", "Empresa Aeronautica Nacional"]),
     ("Rosneft", "Organization", []),
     ("Roszarubezhneft", "Organization", []),
     ("Rosoboronexport", "Organization", []),
     ("Venezuelan Air Force", "Organization", ["Venezuelan air force"]),
     ("fighter aircraft", "Technology", ["fighter jets"]),
     ("air defence systems", "Technology", ["air defense systems"]),
     ("solar energy", "Technology", ["solar parks", "solar"]),
     ("ETECSA", "Organization", []),
     ("Government of Cuba", "Organization", ["Cuba's government"]),
     ("Rosatom", "Organization", []),
     ("nuclear medicine", "Technology", []),
     CDB,
     ("Atlantic Council", "Organization", []),
     ],
    [("PDVSA", "basedIn", "Venezuela"),
     ("PDVSA", "agreementWith", "China Concord Resources"),
     ("China Concord Resources", "basedIn", "China"),
     ("China Concord Resources", "investsIn", "Venezuela", "planned"),
     ("Ministry of Petroleum of Venezuela", "basedIn", "Venezuela"),
     ("United States", "sanctions", "Venezuela"),
     ("Nicolás Maduro", "leaderOf", "Venezuela"),
     ("Venezuela", "cooperatesWith", "China"),
     ("Venezuela", "cooperatesWith", "Russia"),
     ("Venezuela", "cooperatesWith", "Iran"),
     ("National Iranian Oil Company", "basedIn", "Iran"),
     ("National Iranian Oil Company", "suppliesTo", "PDVSA"),
     ("United States Department of the Treasury", "sanctions", "Empresa Aeronáutica Nacional"),
     ("United States Department of the Treasury", "basedIn", "United States"),
     ("Empresa Aeronáutica Nacional", "basedIn", "Venezuela"),
     ("Empresa Aeronáutica Nacional", "focusesOn", "drones"),
     ("Rosneft", "basedIn", "Russia"),
     ("Roszarubezhneft", "basedIn", "Russia"),
     ("Roszarubezhneft", "investsIn", "Venezuela"),
     ("Rosoboronexport", "basedIn", "Russia"),
     ("Rosoboronexport", "suppliesTo", "Venezuelan Air Force"),
     ("Venezuelan Air Force", "basedIn", "Venezuela"),
     ("China", "investsIn", "Cuba"),
     ("Huawei", "suppliesTo", "ETECSA"),
     ("ETECSA", "basedIn", "Cuba"),
     ("Huawei", "basedIn", "China"),
     ("Government of Cuba", "agreementWith", "Rosatom"),
     ("Government of Cuba", "basedIn", "Cuba"),
     ("Rosatom", "basedIn", "Russia"),
     ("Russia", "suppliesTo", "Cuba"),
     ("China Development Bank", "basedIn", "China"),
     ],
    [("Russia", "suppliesTo", "Venezuela"),
     ("China Development Bank", "investsIn", "Venezuela")]))

if __name__ == "__main__":
    print_docs(DOCS)
