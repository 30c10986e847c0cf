"""Builds gold.jsonl of the ents16 stand-in set: 10 hand-written news-style articles on Latin America and Central
Asia, dense with the things that trip a named-entity recogniser (products, projects, mines, plants, provinces,
news agencies cited as sources, stock exchanges, ministries named in Spanish or Portuguese, acronyms, titles,
generic technology words). Entities only (relations are not annotated), per GUIDELINES.md.

Run: python3 benchmarks/ents16/build_gold.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gold_rows import doc, write_gold  # noqa: E402

CN = ("China", "Country", ["Chinese", "People's Republic of China", "PRC", "Beijing"])
RU = ("Russia", "Country", ["Russian", "Russian Federation", "Moscow"])
US = ("United States", "Country", ["US", "U.S.", "USA", "United States of America", "America", "American",
                                   "Washington"])
KZ = ("Kazakhstan", "Country", ["Kazakh", "Astana"])
UZ = ("Uzbekistan", "Country", ["Uzbek", "Tashkent"])
KG = ("Kyrgyzstan", "Country", ["Kyrgyz", "Bishkek", "Kyrgyz Republic"])
TJ = ("Tajikistan", "Country", ["Tajik", "Dushanbe"])
TM = ("Turkmenistan", "Country", ["Turkmen", "Ashgabat"])
AR = ("Argentina", "Country", ["Argentine", "Argentinian", "Buenos Aires"])
CL = ("Chile", "Country", ["Chilean", "Santiago"])
BO = ("Bolivia", "Country", ["Bolivian", "La Paz"])
PE = ("Peru", "Country", ["Peruvian", "Lima"])
BR = ("Brazil", "Country", ["Brazilian", "Brasília", "Brasilia"])
MX = ("Mexico", "Country", ["Mexican", "Mexico City"])
EC = ("Ecuador", "Country", ["Ecuadorian", "Quito"])
LI = ("lithium", "Technology", ["lithium carbonate", "lithium brine"])
CU = ("copper", "Technology", ["copper concentrate", "copper ore"])
UR = ("uranium", "Technology", [])
RE = ("rare earths", "Technology", ["rare earth", "rare-earth", "rare earth elements", "rare-earth elements"])
BAT = ("batteries", "Technology", ["battery"])
EV = ("electric vehicles", "Technology", ["electric vehicle", "EVs", "EV", "electric cars"])
G5 = ("5G", "Technology", ["5G networks", "5G network"])
NP = ("nuclear power", "Technology", ["nuclear energy", "nuclear power plant", "nuclear power plants"])
HY = ("hydropower", "Technology", ["hydroelectric power", "hydroelectricity", "hydropower plant", "hydropower plants"])
SURV = ("surveillance technology", "Technology", ["surveillance cameras", "surveillance systems",
                                                  "video surveillance"])
FR = ("facial recognition", "Technology", ["facial-recognition", "facial recognition cameras"])
HW = ("Huawei", "Organization", ["Huawei Technologies"])
REUT = ("Reuters", "Organization", [])
XH = ("Xinhua", "Organization", ["Xinhua News Agency"])

DOCS = []


def add(doc_id: str, topic: str, text: str, ents: list) -> None:
    """Append one document (entities only) to DOCS."""
    d = doc(doc_id, text, ents, [], [])
    d["topic"] = topic
    DOCS.append(d)


add("ents16-chile-codelco-sqm-novandino", "Chile lithium partnership", """Codelco and SQM seal lithium venture as Tianqi vows to fight on

SANTIAGO, June 2 —
Chile's state copper giant Codelco and SQM, the lithium producer listed in Santiago and New York, signed the final agreement on Friday for Novandino Litio, the company that will mine lithium in the Salar de Atacama from 2031, the Ministerio de Minería said in a statement.

The deal is the centrepiece of President Gabriel Boric's National Lithium Strategy, which reserves the largest salt flats for projects under state control. Mining Minister Aurora Williams told the newspaper El Mercurio that the venture would lift Chile's output of lithium carbonate by a third by 2030 without new evaporation ponds in the Antofagasta region.

China's Tianqi Lithium, which owns about 22% of SQM, said it would take the matter to court after the Comisión para el Mercado Financiero (CMF), the market regulator, rejected its request for a shareholder vote. Tianqi shares fell 3% in Shenzhen.

Corfo, the development agency that leases the Atacama concessions, said the new company would sell part of its output at preferential prices to battery makers that set up in Chile. Max Power Lithium, a Canadian junior, and France's Eramet have bid for smaller salt flats under the same strategy, according to Reuters.""",
    [CL, ("Codelco", "Organization", ["Corporación Nacional del Cobre", "Corporacion Nacional del Cobre"]),
     CU, ("SQM", "Organization", ["Sociedad Química y Minera", "Sociedad Quimica y Minera", "Sociedad Química y Minera de Chile"]),
     LI, ("Novandino Litio", "Organization", []),
     ("Ministerio de Minería", "Organization", ["Ministerio de Mineria", "Ministry of Mining", "Mining Ministry",
                                               "Ministry of Mining of Chile"]),
     ("Gabriel Boric", "Person", ["Boric"]), ("Aurora Williams", "Person", ["Williams"]),
     ("El Mercurio", "Organization", []), CN, ("Tianqi Lithium", "Organization", ["Tianqi"]),
     ("Comisión para el Mercado Financiero", "Organization", ["CMF", "Comision para el Mercado Financiero",
                                                             "Financial Market Commission"]),
     ("Corfo", "Organization", ["CORFO", "Corporación de Fomento de la Producción", "Production Development Corporation"]),
     BAT, ("Max Power Lithium", "Organization", []), ("Canada", "Country", ["Canadian"]),
     ("France", "Country", ["French"]), ("Eramet", "Organization", []), REUT])

add("ents16-argentina-jujuy-ganfeng-exar", "Argentina lithium provinces", """Ganfeng wins approval for Salta lithium plant under Milei's incentive regime

BUENOS AIRES, Aug 14 —
Argentina has approved Ganfeng Lithium's $1.2 billion Mariana project in Salta province under the Régimen de Incentivo para Grandes Inversiones (RIGI), the investment regime that President Javier Milei pushed through Congress last year, Economy Minister Luis Caputo wrote on X.

The Chinese group, the world's third-largest lithium producer, will build a solar park to power the plant, which is to turn out 20,000 tonnes a year of lithium chloride from brine in the Puna highlands. Ganfeng already controls Minera Exar, the operator of the Cauchari-Olaroz salt flat in neighbouring Jujuy, together with Lithium Americas (Argentina) and the provincial state company Jujuy Energía y Minería Sociedad del Estado (JEMSE).

Jujuy Governor Carlos Sadir said the province wanted the royalties of Cauchari-Olaroz spent on roads and water. Rio Tinto, which bought Arcadium Lithium this year, has also applied to RIGI for its Rincon project, the business daily Ámbito Financiero reported.

Not everybody is pleased. Indigenous communities around the Salinas Grandes told the newspaper Clarín that the brine pumping endangered their water, and the national mining secretariat, the Secretaría de Minería, has yet to publish the environmental studies. The Merval index barely moved on the news.""",
    [AR, ("Ganfeng Lithium", "Organization", ["Ganfeng", "Jiangxi Ganfeng Lithium"]),
     ("Javier Milei", "Person", ["Milei"]),
     ("National Congress of Argentina", "Organization", ["Congress", "Argentine Congress", "Congreso de la Nación"]),
     ("Luis Caputo", "Person", ["Caputo"]), CN, LI,
     ("solar energy", "Technology", ["solar park", "solar power"]),
     ("Minera Exar", "Organization", ["Exar"]),
     ("Lithium Americas (Argentina)", "Organization", ["Lithium Americas", "Lithium Americas Argentina"]),
     ("Jujuy Energía y Minería Sociedad del Estado", "Organization", ["JEMSE", "Jujuy Energia y Mineria Sociedad del Estado"]),
     ("Carlos Sadir", "Person", ["Sadir"]), ("Rio Tinto", "Organization", ["Rio Tinto Group"]),
     ("Arcadium Lithium", "Organization", ["Arcadium"]),
     ("Ámbito Financiero", "Organization", ["Ambito Financiero", "Ámbito"]),
     ("Clarín", "Organization", ["Clarin"]),
     ("Secretaría de Minería", "Organization", ["Secretaria de Mineria", "mining secretariat", "Mining Secretariat"])])

add("ents16-peru-las-bambas-chancay", "Peru copper and ports", """MMG's Las Bambas reopens as Chinese port at Chancay lures Peruvian copper

LIMA, Nov 5 —
MMG Ltd resumed shipments from its Las Bambas copper mine in the Apurímac region on Monday after a 40-day blockade of the mining corridor by local communities ended, the Ministerio de Energía y Minas (MINEM) said.

The Hong Kong-listed miner, controlled by China Minmetals Corporation, produces about 2% of the world's copper concentrate. Energy and Mines Minister Rómulo Mucho told the state news agency Andina that police would be sent to keep the road open and that a dialogue table with the Cotabambas communities would meet in Lima.

Most of that concentrate is expected to leave through the new port of Chancay, north of Lima, which Cosco Shipping Ports built and runs with a 60% stake alongside Peru's Volcan Compañía Minera. President Dina Boluarte opened the terminal with Chinese President Xi Jinping, calling it the start of a "Lima-Shanghai corridor".

Southern Copper Corp, the unit of Grupo México that trades on the New York Stock Exchange as SCCO, said it still planned to start building its Tía María project in Arequipa this year despite local protests. Chinalco, which runs the Toromocho mine in the Junín highlands, said it was studying an expansion, according to the business newspaper Gestión.

Washington has warned that the Chancay terminal could serve military purposes, a claim Beijing rejects.""",
    [("MMG", "Organization", ["MMG Ltd", "MMG Limited"]), CU, PE,
     ("Ministerio de Energía y Minas", "Organization", ["MINEM", "Ministerio de Energia y Minas",
                                                        "Ministry of Energy and Mines", "Ministry of Energy and Mines of Peru"]),
     ("China Minmetals Corporation", "Organization", ["China Minmetals", "Minmetals"]),
     ("Rómulo Mucho", "Person", ["Romulo Mucho", "Mucho"]),
     ("Andina", "Organization", ["Agencia Andina"]),
     ("Cosco Shipping Ports", "Organization", ["COSCO Shipping Ports"]),
     ("Volcan Compañía Minera", "Organization", ["Volcan", "Volcan Compania Minera"]),
     ("Dina Boluarte", "Person", ["Boluarte"]), CN, ("Xi Jinping", "Person", ["Xi"]),
     ("Southern Copper", "Organization", ["Southern Copper Corp", "Southern Copper Corporation", "SCCO"]),
     ("Grupo México", "Organization", ["Grupo Mexico"]),
     ("New York Stock Exchange", "Organization", ["NYSE"]),
     ("Chinalco", "Organization", ["Aluminum Corporation of China"]),
     ("Gestión", "Organization", ["Gestion"]), US])

add("ents16-kazakhstan-kazatomprom-cgn", "Kazakh uranium", """Kazatomprom cuts uranium forecast, signs supply deal with China's CGN

ASTANA, Aug 23 —
Kazatomprom, the world's biggest uranium miner, cut its 2025 production forecast by up to 17% on Friday, blaming shortages of sulphuric acid and delays at new sites such as the Budenovskoye deposit in the Turkestan region, the company told the Astana International Exchange (AIX), where its shares trade alongside London.

Hours later it signed a long-term contract to deliver uranium concentrate to CGN Mining, the trading arm of China General Nuclear Power Group (CGN), Kazinform reported. China now buys more than half of Kazakh output, most of it carried by rail through the Dostyk crossing.

Budenovskoye is developed by a joint company of Kazatomprom and Uranium One, the Rosatom subsidiary, whose share of the deposit's output goes to Russia. The arrangement has drawn criticism in Washington, where the US Department of Energy is trying to wean American reactors off Russian fuel.

Energy Minister Almasadam Satkaliyev told Interfax-Kazakhstan that the country's first nuclear power plant, to be built by Rosatom near the village of Ulken on Lake Balkhash, would not depend on imported uranium. Samruk-Kazyna, the sovereign wealth fund that owns 75% of Kazatomprom, said it had no plans to sell more shares this year.

Analysts at Halyk Finance said the cut could push spot prices above $90 a pound.""",
    [("Kazatomprom", "Organization", ["NAC Kazatomprom", "National Atomic Company Kazatomprom"]), UR,
     ("Astana International Exchange", "Organization", ["AIX"]), KZ,
     ("CGN Mining", "Organization", ["CGN Mining Company"]),
     ("China General Nuclear Power Group", "Organization", ["CGN", "China General Nuclear", "China General Nuclear Power Corporation"]),
     ("Kazinform", "Organization", ["Kazinform news agency"]), CN,
     ("Uranium One", "Organization", ["Uranium One Group"]),
     ("Rosatom", "Organization", ["State Atomic Energy Corporation Rosatom", "ROSATOM"]), RU, US,
     ("United States Department of Energy", "Organization", ["US Department of Energy", "Department of Energy", "DOE"]),
     ("Almasadam Satkaliyev", "Person", ["Satkaliyev"]),
     ("Interfax-Kazakhstan", "Organization", ["Interfax"]), NP,
     ("Samruk-Kazyna", "Organization", ["Samruk Kazyna"]),
     ("Halyk Finance", "Organization", [])])

add("ents16-uzbekistan-almalyk-rare-earths-5g", "Uzbek rare earths and 5G", """Uzbekistan taps Chinese partners for rare earths and 5G as Tashkent goes digital

TASHKENT, Oct 9 —
Almalyk Mining and Metallurgical Combine (AMMC), Uzbekistan's state copper producer, has agreed with China's Shenghe Resources to build a plant for rare earth elements in the Tashkent region, the national news agency UzA reported on Wednesday.

The project, part of President Shavkat Mirziyoyev's Uzbekistan-2030 strategy, will process tailings from AMMC's Kalmakyr and Yoshlik mines. Deputy Prime Minister Jamshid Khodjaev said rare earths would be "the new cotton" of the Uzbek economy, though officials gave no figure for the investment.

On the same day Uzbektelecom, the state operator, said it would extend its 5G network to all regional capitals by 2026 with equipment from Huawei and ZTE. The Ministry of Digital Technologies, headed by Sherzod Shermatov, called it the backbone of the Digital Uzbekistan programme.

Huawei is also behind the Safe City system that has put thousands of surveillance cameras with facial recognition on the streets of Tashkent, Samarkand and Bukhara. Human Rights Watch said the cameras had been used to track protesters in Karakalpakstan in 2022.

Kun.uz, a private news site, noted that Huawei's Mate phones and HarmonyOS tablets now sell openly in Tashkent shops despite US sanctions on the company.""",
    [("Almalyk Mining and Metallurgical Combine", "Organization", ["AMMC", "Almalyk MMC", "Almalyk"]), UZ, CU,
     CN, ("Shenghe Resources", "Organization", ["Shenghe", "Shenghe Resources Holding"]), RE,
     ("UzA", "Organization", ["National News Agency of Uzbekistan"]),
     ("Shavkat Mirziyoyev", "Person", ["Mirziyoyev"]), ("Jamshid Khodjaev", "Person", ["Khodjaev"]),
     ("Uzbektelecom", "Organization", []), G5, HW, ("ZTE", "Organization", ["ZTE Corporation"]),
     ("Ministry of Digital Technologies", "Organization", ["Ministry of Digital Technologies of Uzbekistan"]),
     ("Sherzod Shermatov", "Person", ["Shermatov"]), SURV, FR,
     ("Human Rights Watch", "Organization", ["HRW"]), ("Kun.uz", "Organization", []), US])

add("ents16-kyrgyz-tajik-kambarata-rogun", "Central Asian hydropower", """Development banks line up for Kambarata-1 as Tajikistan seeks Rogun money

BISHKEK, Sept 30 —
The World Bank and the Asian Infrastructure Investment Bank (AIIB) have joined the Eurasian Development Bank (EDB) in financing the Kambarata-1 hydropower plant on the Naryn River, the Kyrgyz Ministry of Energy said, after a meeting in Bishkek attended by the energy ministers of Kazakhstan and Uzbekistan.

The 1,860-megawatt dam, which will be co-owned by the three countries, is to be built by a consortium led by PowerChina, according to the ministry. Kyrgyz Energy Minister Taalaibek Ibraev told the news agency AKIpress that the plant would end the winter blackouts that force Kyrgyzstan to import electricity from Kazakhstan and Russia.

Kyrgyz National Energy Holding Company will run the plant through a new subsidiary, Kambarata HPP-1 Development Company, in which Kazakhstan's Samruk-Energy and Uzbekistan's Uzbekhydroenergo will hold equal stakes.

Downstream, Tajikistan is still looking for about $4 billion to finish the Rogun dam on the Vakhsh, which Italy's Webuild is building for the state utility Barki Tojik. President Emomali Rahmon told Asia-Plus that Rogun would let his country export clean electricity to Afghanistan and Pakistan through the CASA-1000 line.

Critics say Central Asia is betting too much on hydropower as glaciers retreat and the Syr Darya shrinks.""",
    [("World Bank", "InternationalOrganization", ["World Bank Group"]),
     ("Asian Infrastructure Investment Bank", "InternationalOrganization", ["AIIB"]),
     ("Eurasian Development Bank", "InternationalOrganization", ["EDB"]), HY,
     ("Ministry of Energy of the Kyrgyz Republic", "Organization", ["Kyrgyz Ministry of Energy", "Ministry of Energy",
                                                                   "Kyrgyz energy ministry"]),
     KG, KZ, UZ, ("PowerChina", "Organization", ["Power Construction Corporation of China"]),
     ("Taalaibek Ibraev", "Person", ["Ibraev"]), ("AKIpress", "Organization", ["AKIpress news agency"]), RU,
     ("Kyrgyz National Energy Holding Company", "Organization", ["National Energy Holding Company"]),
     ("Kambarata HPP-1 Development Company", "Organization", []),
     ("Samruk-Energy", "Organization", ["Samruk Energy"]), ("Uzbekhydroenergo", "Organization", []),
     TJ, ("Italy", "Country", ["Italian"]), ("Webuild", "Organization", ["Webuild SpA"]),
     ("Barki Tojik", "Organization", []), ("Emomali Rahmon", "Person", ["Rahmon"]),
     ("Asia-Plus", "Organization", ["Asia Plus"]), ("Afghanistan", "Country", ["Afghan"]),
     ("Pakistan", "Country", ["Pakistani"])])

add("ents16-ckuz-railway-aktau-port", "Central Asian railways and ports", """Work starts on China-Kyrgyzstan-Uzbekistan railway as Caspian ports expand

JALAL-ABAD, Dec 27 —
China Railway Group, China Road and Bridge Corporation (CRBC) and China Railway 20th Bureau Group started work on Friday on the Kyrgyz section of the China-Kyrgyzstan-Uzbekistan railway, a 523-kilometre line that will let Chinese freight reach Central Asia without crossing Kazakhstan or Russia, Xinhua reported.

The $4.7 billion project is run by a joint company of China Railway International, Kyrgyz Temir Zholu and O'zbekiston Temir Yo'llari, the three state railway operators. Kyrgyz President Sadyr Japarov said the line, which needs more than 40 tunnels through the Fergana range, would make his country "a transit hub, not a dead end".

Kazakhstan is hedging. Kazakhstan Temir Zholy (KTZ) has ordered 150 locomotives from Wabtec's plant in Astana and is expanding the container hub at the port of Aktau with DP World, the Dubai-based operator. The Trans-Caspian route through Azerbaijan and Georgia carried 4.5 million tonnes last year, Azerbaijan Railways told the Trend news agency.

Russian Railways (RZD) said it still expected most China-Europe rail freight to pass through Russia, according to TASS. Analysts at the Eurasian Development Bank warned that all three corridors would compete for the same cargo.""",
    [("China Railway Group", "Organization", ["China Railway Group Limited", "CREC"]),
     ("China Road and Bridge Corporation", "Organization", ["CRBC"]),
     ("China Railway 20th Bureau Group", "Organization", []), KG, UZ, CN, KZ, RU, XH,
     ("China Railway International", "Organization", []),
     ("Kyrgyz Temir Zholu", "Organization", []), ("O'zbekiston Temir Yo'llari", "Organization", ["Uzbekistan Railways"]),
     ("Sadyr Japarov", "Person", ["Japarov"]),
     ("Kazakhstan Temir Zholy", "Organization", ["KTZ"]), ("rolling stock", "Technology", ["locomotives"]),
     ("Wabtec", "Organization", ["Westinghouse Air Brake Technologies"]),
     ("DP World", "Organization", []), ("United Arab Emirates", "Country", ["UAE", "Emirati", "Dubai"]),
     ("Azerbaijan", "Country", ["Azerbaijani", "Baku"]), ("Georgia", "Country", ["Georgian", "Tbilisi"]),
     ("Azerbaijan Railways", "Organization", ["ADY"]), ("Trend", "Organization", ["Trend news agency"]),
     ("Russian Railways", "Organization", ["RZD"]), ("TASS", "Organization", []),
     ("Eurasian Development Bank", "InternationalOrganization", ["EDB"])])

add("ents16-brazil-cbers-inpe-launch", "Brazilian satellites", """China launches new Earth observation satellite for Brazil as Alcântara waits

SÃO JOSÉ DOS CAMPOS, Brazil, Oct 18 —
A Long March 4B rocket lifted off from the Taiyuan Satellite Launch Center on Friday carrying CBERS-6, the latest satellite built jointly by Brazil's National Institute for Space Research (INPE) and the China Academy of Space Technology (CAST), Xinhua reported.

The 1.8-tonne spacecraft carries a synthetic aperture radar that can see through the clouds over the Amazon, where the Prodes and Deter programmes use its images to track deforestation. INPE director Clezio De Nardin told Agência Brasil that CBERS-6 would give Brazilian agencies free remote sensing data for at least five years.

The Ministério da Ciência, Tecnologia e Inovação (MCTI) paid about 200 million reais for its share of the satellite. Minister Luciana Santos said Brazil wanted to launch the next CBERS from its own Alcântara base in Maranhão, which the Brazilian Space Agency (AEB) has opened to foreign companies under a 2019 safeguards agreement with the United States.

South Korea's Innospace failed to reach orbit from Alcântara last year, and Brazil has yet to fly a rocket of its own. Folha de S.Paulo reported that Embraer's defence unit was studying a small launch vehicle with the Brazilian Air Force.

Argentina's ARSAT, meanwhile, has asked SpaceX to launch its ARSAT-SG1 communications satellite in 2027.""",
    [CN, BR, ("National Institute for Space Research", "Organization", ["INPE", "Instituto Nacional de Pesquisas Espaciais"]),
     ("China Academy of Space Technology", "Organization", ["CAST"]), XH,
     ("radar", "Technology", ["synthetic aperture radar"]),
     ("Clezio De Nardin", "Person", ["De Nardin"]), ("Agência Brasil", "Organization", ["Agencia Brasil"]),
     ("remote sensing", "Technology", ["Earth observation", "remote-sensing"]),
     ("Ministério da Ciência, Tecnologia e Inovação", "Organization", ["MCTI", "Ministerio da Ciencia, Tecnologia e Inovacao",
                                                                      "Ministry of Science, Technology and Innovation"]),
     ("Luciana Santos", "Person", ["Santos"]),
     ("Brazilian Space Agency", "Organization", ["AEB", "Agência Espacial Brasileira"]), US,
     ("South Korea", "Country", ["South Korean", "Korea", "Seoul"]), ("Innospace", "Organization", []),
     ("Folha de S.Paulo", "Organization", ["Folha"]), ("Embraer", "Organization", ["Embraer Defense & Security"]),
     ("Brazilian Air Force", "Organization", ["Força Aérea Brasileira", "FAB"]),
     ("space technology", "Technology", ["launch vehicle", "rocket", "spacecraft"]),
     AR, ("ARSAT", "Organization", ["Empresa Argentina de Soluciones Satelitales"]),
     ("SpaceX", "Organization", ["Space Exploration Technologies"]),
     ("satellite communications", "Technology", ["communications satellite"])])

add("ents16-andean-surveillance-5g-tenders", "Surveillance and 5G in the Andes", """Chinese cameras and 5G gear spread across the Andes despite US warnings

QUITO, March 11 —
Ecuador's interior ministry has extended its contract with China National Electronics Import & Export Corporation (CEIEC) for the ECU-911 emergency system, adding 1,500 surveillance cameras made by Hikvision and Dahua Technology in Guayaquil and Esmeraldas, the newspaper El Universo reported.

Interior Minister John Reimberg said the cameras, some with facial recognition, had helped cut homicides in the port city. The US State Department, which put Hikvision on a sanctions list in 2019, said it had raised concerns with Quito.

In Bolivia, the state telecom company Entel picked Huawei to build its first 5G network in La Paz, Santa Cruz and Cochabamba, after the BOL-110 security system was rolled out with Chinese loans. Entel's president, Carlos Cuéllar, told the news agency ABI that the equipment was "the best value on the market".

Peru's Ministerio de Transportes y Comunicaciones (MTC) awarded the 3.5 GHz band to Claro, the unit of Mexico's América Móvil, and to Telefónica del Perú, which use Ericsson and Nokia gear. Colombia's ETB, the Bogotá utility, is testing Huawei's cloud computing services, according to Bloomberg Línea.

"Latin America does not want to choose sides," said Margaret Myers of the Inter-American Dialogue in Washington.""",
    [EC, ("Ministry of the Interior of Ecuador", "Organization", ["interior ministry", "Ministerio del Interior",
                                                                "Ecuador's interior ministry"]),
     ("China National Electronics Import & Export Corporation", "Organization", ["CEIEC",
      "China National Electronics Import and Export Corporation"]), CN,
     SURV, ("Hikvision", "Organization", ["Hangzhou Hikvision Digital Technology"]),
     ("Dahua Technology", "Organization", ["Dahua"]), ("El Universo", "Organization", []),
     ("John Reimberg", "Person", ["Reimberg"]), FR, US,
     ("United States Department of State", "Organization", ["US State Department", "State Department"]),
     BO, ("Entel", "Organization", ["Empresa Nacional de Telecomunicaciones"]), HW, G5,
     ("Carlos Cuéllar", "Person", ["Carlos Cuellar", "Cuéllar"]), ("ABI", "Organization", ["Agencia Boliviana de Información"]),
     PE, ("Ministerio de Transportes y Comunicaciones", "Organization", ["MTC", "Ministry of Transport and Communications"]),
     ("Claro", "Organization", ["Claro Perú"]), MX, ("América Móvil", "Organization", ["America Movil"]),
     ("Telefónica del Perú", "Organization", ["Telefonica del Peru"]), ("Ericsson", "Organization", []),
     ("Nokia", "Organization", []), ("Colombia", "Country", ["Colombian", "Bogotá", "Bogota"]),
     ("ETB", "Organization", ["Empresa de Telecomunicaciones de Bogotá"]),
     ("cloud computing", "Technology", ["cloud", "cloud services", "cloud computing services"]),
     ("Bloomberg Línea", "Organization", ["Bloomberg Linea"]), ("Margaret Myers", "Person", ["Myers"]),
     ("Inter-American Dialogue", "Organization", [])])

add("ents16-turkmen-gas-development-banks", "Central Asian gas, banks and solar", """Turkmenistan courts CNPC for Galkynysh as banks eye Central Asian solar

ASHGABAT, May 20 —
Türkmengaz, Turkmenistan's state gas company, signed a contract on Monday with China National Petroleum Corporation (CNPC) for the fourth phase of the Galkynysh field, the world's second-largest gas deposit, the state newspaper Neytralny Turkmenistan reported.

President Serdar Berdimuhamedov said the deal would help fill Line D of the Central Asia-China gas pipeline, a project that has been stalled for a decade. Gazprom, which stopped buying Turkmen gas in 2016 and resumed small purchases in 2019, did not comment, according to Interfax.

Development banks are looking elsewhere. The Asian Development Bank (ADB) and the Islamic Development Bank approved $300 million for a solar power plant in Uzbekistan's Samarkand region built by Masdar, the Abu Dhabi clean energy company, with batteries for energy storage. The European Bank for Reconstruction and Development (EBRD) said it would lend to Kazakhstan's Samruk-Kazyna for wind farms near the Dzungarian Gate.

China Development Bank and the Export-Import Bank of China still lend most of the money for the region's coal plants. VEB.RF, Russia's state development corporation, has offered to finance a nuclear power plant in Uzbekistan, Uzbek energy minister Jurabek Mirzamahmudov told the RIA Novosti agency.

"Gas will be the bridge fuel," Mirzamahmudov said.""",
    [("Türkmengaz", "Organization", ["Turkmengaz", "Turkmengas"]), TM,
     ("China National Petroleum Corporation", "Organization", ["CNPC", "China National Petroleum Corp"]), CN,
     ("Neytralny Turkmenistan", "Organization", []), ("Serdar Berdimuhamedov", "Person", ["Berdimuhamedov"]),
     ("Gazprom", "Organization", []), ("Interfax", "Organization", []),
     ("Asian Development Bank", "InternationalOrganization", ["ADB"]),
     ("Islamic Development Bank", "InternationalOrganization", ["IsDB"]),
     ("solar energy", "Technology", ["solar power", "solar power plant"]), UZ,
     ("Masdar", "Organization", ["Abu Dhabi Future Energy Company"]),
     ("United Arab Emirates", "Country", ["UAE", "Emirati", "Abu Dhabi"]), BAT,
     ("energy storage", "Technology", ["battery storage"]),
     ("European Bank for Reconstruction and Development", "InternationalOrganization", ["EBRD"]), KZ,
     ("Samruk-Kazyna", "Organization", ["Samruk Kazyna"]), ("wind energy", "Technology", ["wind farms", "wind power"]),
     ("China Development Bank", "Organization", ["CDB"]),
     ("Export-Import Bank of China", "Organization", ["China Exim Bank", "China Eximbank", "Exim Bank of China"]),
     ("VEB.RF", "Organization", ["VEB"]), RU, NP, ("Jurabek Mirzamahmudov", "Person", ["Mirzamahmudov"]),
     ("RIA Novosti", "Organization", [])])

if __name__ == "__main__":
    write_gold(Path(__file__).resolve().parent, DOCS)
