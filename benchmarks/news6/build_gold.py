"""Builds gold.jsonl of the news6 stand-in set (6 hand-written news-style articles, annotated per GUIDELINES.md).

Run: python3 benchmarks/news6/build_gold.py > benchmarks/news6/gold.jsonl
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gold_rows import doc, print_docs  # noqa: E402

US = ("United States", "Country", ["US", "U.S.", "USA", "America", "American", "Americans", "Washington"])
CN = ("China", "Country", ["Chinese", "Beijing"])
RU = ("Russia", "Country", ["Russian", "Russian Federation", "Moscow"])
EU = ("European Union", "InternationalOrganization", ["EU", "Brussels", "bloc", "the bloc"])
IN = ("India", "Country", ["Indian", "New Delhi"])
KR = ("South Korea", "Country", ["Korea", "Korean", "Koreans", "Seoul"])
JP = ("Japan", "Country", ["Japanese", "Tokyo"])
DE = ("Germany", "Country", ["German", "Berlin"])

DOCS = []

# 1 Gulf money in European telecoms and chips
DOCS.append(doc("news6-gulf-funds-european-telecoms-chips", """Gulf investors deepen bets on European telecoms and chipmakers

ABU DHABI, March 4 —
Emirates Telecommunications Group, the Emirati operator known as e&, raised its stake in Vodafone Group to 24.9% on Monday, cementing its position as the British carrier's largest shareholder. e& chief executive Hatem Dowidar said the purchase reflected the group's confidence in the turnaround led by Vodafone chief executive Margherita Della Valle.

The deal is part of a broader wave of Gulf money into European telecoms and chipmakers. Saudi Telecom Company (STC), in which the kingdom's Public Investment Fund holds a 64% stake, bought 9.9% of Spain's Telefonica last year, prompting the Spanish government to take a matching stake through its holding company SEPI. Madrid has not approved STC's request for a seat on the board, and officials said they had no plans to let the Saudi group raise its holding further.

In semiconductors, Abu Dhabi's Mubadala Investment Company agreed on Friday to invest 1.2 billion euros in Silvanta Microsystems, a Dresden-based maker of power chips for electric cars. Mubadala, which already owns most of the US contract chipmaker GlobalFoundries, will take a 30% stake, and GlobalFoundries will produce some of Silvanta's wafers at its plant in Dresden. Silvanta chief executive Katrin Vogel said the money would pay for a second production line.

Qatar's sovereign fund, Qatar Investment Authority (QIA), has taken a more cautious route. The fund has been in talks to join a financing round for Lumenra, a French photonics startup, but a spokesperson said no decision had been made.

Berlin has welcomed the capital but kept its guard up. Officials said Gulf investments in chip suppliers would face the same screening as Chinese ones, which the government has used twice in the past three years to block stakes in German firms. "We want the money, but not the dependence," said Lena Hartmann, an analyst at the Kiel Institute for the World Economy.

Vodafone and e& also signed a five-year partnership last year to work together on cloud, cybersecurity and artificial intelligence services in Africa and Europe. Dowidar said on Monday that the two companies had no plans to merge their African businesses.""",
    [("Emirates Telecommunications Group", "Organization", ["e&", "Etisalat"]),
     ("United Arab Emirates", "Country", ["UAE", "Emirati", "Abu Dhabi"]),
     ("Vodafone Group", "Organization", ["Vodafone"]),
     ("United Kingdom", "Country", ["British", "Britain", "UK"]),
     ("Hatem Dowidar", "Person", ["Dowidar"]),
     ("Margherita Della Valle", "Person", ["Della Valle"]),
     ("Saudi Telecom Company", "Organization", ["STC"]),
     ("Saudi Arabia", "Country", ["Saudi", "kingdom"]),
     ("Public Investment Fund", "Organization", ["PIF"]),
     ("Telefonica", "Organization", ["Telefónica"]),
     ("Spain", "Country", ["Spanish", "Madrid"]),
     ("Government of Spain", "Organization", ["Spanish government"]),
     ("SEPI", "Organization", []),
     ("semiconductors", "Technology", ["chips", "chip", "power chips"]),
     ("Mubadala Investment Company", "Organization", ["Mubadala"]),
     ("Silvanta Microsystems", "Organization", ["Silvanta"]),
     DE,
     ("GlobalFoundries", "Organization", []),
     US,
     ("Katrin Vogel", "Person", ["Vogel"]),
     ("Qatar", "Country", ["Qatari"]),
     ("Qatar Investment Authority", "Organization", ["QIA"]),
     ("Lumenra", "Organization", []),
     ("France", "Country", ["French"]),
     ("photonics", "Technology", []),
     CN,
     ("Lena Hartmann", "Person", ["Hartmann"]),
     ("Kiel Institute for the World Economy", "Organization", ["Kiel Institute"]),
     ("cloud computing", "Technology", ["cloud"]),
     ("cybersecurity", "Technology", []),
     ("artificial intelligence", "Technology", ["AI"]),
     ],
    [("Emirates Telecommunications Group", "basedIn", "United Arab Emirates"),
     ("Emirates Telecommunications Group", "investsIn", "Vodafone Group"),
     ("Vodafone Group", "basedIn", "United Kingdom"),
     ("Hatem Dowidar", "leaderOf", "Emirates Telecommunications Group"),
     ("Margherita Della Valle", "leaderOf", "Vodafone Group"),
     ("Public Investment Fund", "investsIn", "Saudi Telecom Company"),
     ("Public Investment Fund", "basedIn", "Saudi Arabia"),
     ("Saudi Telecom Company", "basedIn", "Saudi Arabia"),
     ("Saudi Telecom Company", "investsIn", "Telefonica"),
     ("Telefonica", "basedIn", "Spain"),
     ("Government of Spain", "investsIn", "Telefonica"),
     ("SEPI", "investsIn", "Telefonica"),
     ("SEPI", "partOf", "Government of Spain"),
     ("SEPI", "basedIn", "Spain"),
     ("Government of Spain", "basedIn", "Spain"),
     ("Mubadala Investment Company", "basedIn", "United Arab Emirates"),
     ("Mubadala Investment Company", "investsIn", "Silvanta Microsystems", "planned"),
     ("Silvanta Microsystems", "basedIn", "Germany"),
     ("Silvanta Microsystems", "focusesOn", "semiconductors"),
     ("Mubadala Investment Company", "investsIn", "GlobalFoundries"),
     ("GlobalFoundries", "basedIn", "United States"),
     ("GlobalFoundries", "focusesOn", "semiconductors"),
     ("GlobalFoundries", "suppliesTo", "Silvanta Microsystems", "planned"),
     ("GlobalFoundries", "investsIn", "Germany"),
     ("Katrin Vogel", "leaderOf", "Silvanta Microsystems"),
     ("Qatar Investment Authority", "basedIn", "Qatar"),
     ("Lumenra", "basedIn", "France"),
     ("Lumenra", "focusesOn", "photonics"),
     ("Lena Hartmann", "worksFor", "Kiel Institute for the World Economy"),
     ("Vodafone Group", "agreementWith", "Emirates Telecommunications Group"),
     ("Vodafone Group", "cooperatesWith", "Emirates Telecommunications Group"),
     ],
    [("Qatar Investment Authority", "investsIn", "Lumenra"),
     ("Vodafone Group", "jointVentureWith", "Emirates Telecommunications Group"),
     ("Germany", "sanctions", "Mubadala Investment Company")]))

# 2 India-Russia defence co-production
DOCS.append(doc("news6-india-russia-brahmos-su30-coproduction", """India and Russia agree to build more missiles and fighter engines in India

NEW DELHI, Sept 9 —
India and Russia agreed on Monday to expand the joint production of weapons in India, with new orders for the BrahMos cruise missile and a plan to make engines and spare parts for the Indian Air Force's Su-30MKI fighters locally. Indian Defence Minister Rajnath Singh and his Russian counterpart Andrei Belousov signed a protocol on military-technical cooperation at the end of a two-day meeting in the Indian capital.

BrahMos Aerospace, the joint venture of India's Defence Research and Development Organisation (DRDO) and Russia's NPO Mashinostroyeniya, will supply 220 missiles to the Indian Navy under a contract worth about $2.3 billion. The company, which has already exported the missile to the Philippines, is also in talks with Vietnam and Indonesia, said its director general, Jaiteerth Joshi.

Hindustan Aeronautics Limited (HAL), the Indian state-owned aircraft maker, will assemble 240 AL-31FP engines under licence from United Engine Corporation, a unit of Russia's state conglomerate Rostec. HAL chairman D. K. Sunil said the company's plant in Koraput would make about 54% of each engine's parts.

At Korwa in Uttar Pradesh, Indo-Russian Rifles, a venture between the Indian ordnance company Advanced Weapons and Equipment India, Rostec's arms exporter Rosoboronexport and the Russian rifle maker Kalashnikov Concern, has started delivering AK-203 assault rifles to the Indian Army. It plans to make 600,000 of them over ten years.

The expansion comes despite pressure from Washington. The United States has sanctioned Rosoboronexport and Rostec, and US officials have warned that further purchases could expose India to penalties. India has not been sanctioned so far, and officials in New Delhi said they did not expect to be. HAL has also not agreed to build the Su-57 fighter, which Moscow has offered to produce with the Indian company.

"Co-production lets India keep its Russian fleet flying while building up its own industry," said Nandan Unnikrishnan, a fellow at the Observer Research Foundation.""",
    [IN, RU,
     ("Indian Air Force", "Organization", []),
     ("Rajnath Singh", "Person", ["Singh"]),
     ("Andrei Belousov", "Person", ["Belousov"]),
     ("BrahMos Aerospace", "Organization", ["BrahMos"]),
     ("Defence Research and Development Organisation", "Organization", ["DRDO"]),
     ("NPO Mashinostroyeniya", "Organization", []),
     ("Indian Navy", "Organization", []),
     ("Philippines", "Country", ["Philippine"]),
     ("Vietnam", "Country", []),
     ("Indonesia", "Country", []),
     ("Jaiteerth Joshi", "Person", ["Joshi"]),
     ("Hindustan Aeronautics Limited", "Organization", ["HAL", "Hindustan Aeronautics"]),
     ("United Engine Corporation", "Organization", []),
     ("Rostec", "Organization", []),
     ("D. K. Sunil", "Person", ["Sunil"]),
     ("Indo-Russian Rifles", "Organization", []),
     ("Advanced Weapons and Equipment India", "Organization", []),
     ("Rosoboronexport", "Organization", []),
     ("Kalashnikov Concern", "Organization", ["Kalashnikov"]),
     ("Indian Army", "Organization", []),
     US,
     ("Nandan Unnikrishnan", "Person", ["Unnikrishnan"]),
     ("Observer Research Foundation", "Organization", ["ORF"]),
     ],
    [("India", "cooperatesWith", "Russia"),
     ("India", "agreementWith", "Russia"),
     ("Indian Air Force", "basedIn", "India"),
     ("Rajnath Singh", "worksFor", "India"),
     ("Andrei Belousov", "worksFor", "Russia"),
     ("Defence Research and Development Organisation", "jointVentureWith", "NPO Mashinostroyeniya"),
     ("Defence Research and Development Organisation", "basedIn", "India"),
     ("NPO Mashinostroyeniya", "basedIn", "Russia"),
     ("BrahMos Aerospace", "suppliesTo", "Indian Navy", "planned"),
     ("BrahMos Aerospace", "suppliesTo", "Philippines"),
     ("Jaiteerth Joshi", "leaderOf", "BrahMos Aerospace"),
     ("Indian Navy", "basedIn", "India"),
     ("Hindustan Aeronautics Limited", "basedIn", "India"),
     ("United Engine Corporation", "suppliesTo", "Hindustan Aeronautics Limited", "planned"),
     ("United Engine Corporation", "partOf", "Rostec"),
     ("Rostec", "basedIn", "Russia"),
     ("D. K. Sunil", "leaderOf", "Hindustan Aeronautics Limited"),
     ("Advanced Weapons and Equipment India", "jointVentureWith", "Rosoboronexport"),
     ("Advanced Weapons and Equipment India", "jointVentureWith", "Kalashnikov Concern"),
     ("Rosoboronexport", "jointVentureWith", "Kalashnikov Concern"),
     ("Advanced Weapons and Equipment India", "basedIn", "India"),
     ("Rosoboronexport", "partOf", "Rostec"),
     ("Kalashnikov Concern", "basedIn", "Russia"),
     ("Indo-Russian Rifles", "suppliesTo", "Indian Army"),
     ("Indian Army", "basedIn", "India"),
     ("United States", "sanctions", "Rosoboronexport"),
     ("United States", "sanctions", "Rostec"),
     ("Nandan Unnikrishnan", "worksFor", "Observer Research Foundation"),
     ],
    [("United States", "sanctions", "India"),
     ("Hindustan Aeronautics Limited", "agreementWith", "Russia"),
     ("BrahMos Aerospace", "suppliesTo", "Vietnam"),
     ("BrahMos Aerospace", "suppliesTo", "Indonesia")]))

# 3 Korean and Japanese yards and LNG carriers
DOCS.append(doc("news6-korean-yards-qatar-lng-carriers", """Korean yards take most of Qatar's LNG carrier orders as Japan stays out

SEOUL, Feb 21 —
Samsung Heavy Industries said on Wednesday it had won an order worth 3.9 trillion won ($2.9 billion) for 15 liquefied natural gas carriers from QatarEnergy, the largest single shipbuilding contract in South Korea's history. The vessels will be delivered in 2027 and 2028 and chartered to shipping companies under long-term contracts with the Qatari state energy company.

Its domestic rivals HD Hyundai Heavy Industries and Hanwha Ocean won most of the rest of the programme, which is meant to carry gas from Qatar's North Field expansion. HD Hyundai Heavy, which is owned by HD Korea Shipbuilding & Offshore Engineering, will build 17 ships, and Hanwha Ocean, the former Daewoo Shipbuilding & Marine Engineering that Hanwha Group bought in 2023, will build 12. China's Hudong-Zhonghua Shipbuilding, a unit of China State Shipbuilding Corporation (CSSC), took the remaining 18 and is the only Chinese yard in the programme.

Japanese shipbuilders, which built most LNG carriers in the 1990s, have not won a single order from QatarEnergy. Mitsubishi Heavy Industries stopped building such ships in 2023, and Japan Marine United, the country's second-largest yard, said it had no plans to return to the market. Instead, Imabari Shipbuilding, Japan's largest shipbuilder, agreed in January to work with Mitsubishi Heavy on a design for ammonia-fuelled carriers, and the two companies plan to form a joint venture in Tokyo.

The Korean government has backed its yards with export finance. The Export-Import Bank of Korea lent Samsung Heavy 1.6 trillion won to build the ships, a company spokesperson said. Seoul also faces pressure from Washington, which wants Korean yards to help rebuild American shipbuilding; Hanwha Ocean bought the Philly Shipyard in Pennsylvania last year.

"The Koreans have the labour and the technology, and the Chinese have the price," said Park Min-jun, a shipping analyst at Clarksons Research. "Japan has effectively left this market.\"""",
    [("Samsung Heavy Industries", "Organization", ["Samsung Heavy"]),
     ("QatarEnergy", "Organization", []),
     KR,
     ("Qatar", "Country", ["Qatari"]),
     ("HD Hyundai Heavy Industries", "Organization", ["HD Hyundai Heavy"]),
     ("Hanwha Ocean", "Organization", ["Daewoo Shipbuilding & Marine Engineering"]),
     ("HD Korea Shipbuilding & Offshore Engineering", "Organization", []),
     ("Hanwha Group", "Organization", []),
     CN,
     ("Hudong-Zhonghua Shipbuilding", "Organization", ["Hudong-Zhonghua"]),
     ("China State Shipbuilding Corporation", "Organization", ["CSSC"]),
     JP,
     ("Mitsubishi Heavy Industries", "Organization", ["Mitsubishi Heavy", "MHI"]),
     ("Japan Marine United", "Organization", []),
     ("Imabari Shipbuilding", "Organization", ["Imabari"]),
     ("Government of South Korea", "Organization", ["Korean government"]),
     ("Export-Import Bank of Korea", "Organization", ["KEXIM", "Korea Eximbank"]),
     US,
     ("Philly Shipyard", "Organization", []),
     ("Park Min-jun", "Person", ["Park"]),
     ("Clarksons Research", "Organization", []),
     ],
    [("Samsung Heavy Industries", "suppliesTo", "QatarEnergy", "planned"),
     ("Samsung Heavy Industries", "basedIn", "South Korea"),
     ("QatarEnergy", "basedIn", "Qatar"),
     ("Samsung Heavy Industries", "competesWith", "HD Hyundai Heavy Industries"),
     ("Samsung Heavy Industries", "competesWith", "Hanwha Ocean"),
     ("HD Hyundai Heavy Industries", "basedIn", "South Korea"),
     ("Hanwha Ocean", "basedIn", "South Korea"),
     ("HD Hyundai Heavy Industries", "suppliesTo", "QatarEnergy", "planned"),
     ("Hanwha Ocean", "suppliesTo", "QatarEnergy", "planned"),
     ("HD Hyundai Heavy Industries", "partOf", "HD Korea Shipbuilding & Offshore Engineering"),
     ("Hanwha Group", "investsIn", "Hanwha Ocean"),
     ("Hanwha Ocean", "partOf", "Hanwha Group"),
     ("Hudong-Zhonghua Shipbuilding", "basedIn", "China"),
     ("Hudong-Zhonghua Shipbuilding", "partOf", "China State Shipbuilding Corporation"),
     ("Hudong-Zhonghua Shipbuilding", "suppliesTo", "QatarEnergy", "planned"),
     ("Mitsubishi Heavy Industries", "basedIn", "Japan"),
     ("Japan Marine United", "basedIn", "Japan"),
     ("Imabari Shipbuilding", "basedIn", "Japan"),
     ("Imabari Shipbuilding", "cooperatesWith", "Mitsubishi Heavy Industries", "planned"),
     ("Imabari Shipbuilding", "jointVentureWith", "Mitsubishi Heavy Industries", "planned"),
     ("Government of South Korea", "basedIn", "South Korea"),
     ("Export-Import Bank of Korea", "investsIn", "Samsung Heavy Industries"),
     ("Hanwha Ocean", "investsIn", "Philly Shipyard"),
     ("Park Min-jun", "worksFor", "Clarksons Research"),
     ],
    [("Mitsubishi Heavy Industries", "suppliesTo", "QatarEnergy"),
     ("Japan Marine United", "suppliesTo", "QatarEnergy")]))

# 4 Chinese battery makers in Morocco
DOCS.append(doc("news6-chinese-battery-makers-morocco", """Chinese battery makers pile into Morocco to reach Europe and the US

KENITRA, Morocco, May 14 —
Gotion High-Tech, the Chinese battery maker partly owned by Volkswagen, broke ground on Tuesday on a $1.3 billion gigafactory near Kenitra, north of Rabat, that will make cells and battery packs for electric cars. The plant, Africa's first gigafactory, will start production in 2026 and could later expand to 100 gigawatt-hours a year, said Gotion chairman Li Zhen.

Morocco's industry minister, Ryad Mezzour, said the kingdom had signed an investment agreement with the Hefei-based company last year and would give it land and tax breaks. Morocco has a free-trade agreement with the United States, which lets cars with Moroccan-made batteries qualify for American subsidies, and it is close to European carmakers' plants in Spain.

Gotion is not alone. CNGR Advanced Material, a Chinese maker of cathode materials, is building a plant in Jorf Lasfar in a joint venture with Al Mada, the investment fund of Morocco's royal family, and China's BTR New Material Group plans to build an anode factory in Tangier. Al Mada also owns Managem, the mining company that supplies cobalt to Renault under a five-year contract.

OCP Group, Morocco's largest company and the world's biggest phosphate exporter, said it would supply phosphoric acid to Gotion's plant. It has also formed a joint venture with the South Korean battery materials maker LG Chem to make precursors in Jorf Lasfar.

The push has drawn criticism in Washington, where lawmakers have asked the Treasury to check whether Chinese-owned plants in Morocco should be excluded from electric vehicle tax credits, though the administration has not changed the rules. Stellantis, which assembles small cars in Kenitra, said it had not agreed to buy cells from Gotion and was still comparing suppliers.

"Morocco is selling itself as a neutral platform between China, Europe and the United States," said Yassine Benali, an economist at the Policy Center for the New South.""",
    [("Gotion High-Tech", "Organization", ["Gotion"]),
     CN,
     ("Volkswagen", "Organization", []),
     ("batteries", "Technology", ["battery", "battery packs", "cells"]),
     ("Morocco", "Country", ["Moroccan", "kingdom", "Rabat"]),
     ("Li Zhen", "Person", []),
     ("Ryad Mezzour", "Person", ["Mezzour"]),
     US,
     ("Spain", "Country", []),
     ("CNGR Advanced Material", "Organization", ["CNGR"]),
     ("Al Mada", "Organization", []),
     ("BTR New Material Group", "Organization", ["BTR"]),
     ("Managem", "Organization", []),
     ("Renault", "Organization", []),
     ("OCP Group", "Organization", ["OCP"]),
     ("LG Chem", "Organization", []),
     ("South Korea", "Country", ["South Korean", "Korean"]),
     ("United States Department of the Treasury", "Organization", ["Treasury"]),
     ("Stellantis", "Organization", []),
     ("Yassine Benali", "Person", ["Benali"]),
     ("Policy Center for the New South", "Organization", []),
     ],
    [("Gotion High-Tech", "basedIn", "China"),
     ("Volkswagen", "investsIn", "Gotion High-Tech"),
     ("Gotion High-Tech", "focusesOn", "batteries"),
     ("Gotion High-Tech", "investsIn", "Morocco"),
     ("Li Zhen", "leaderOf", "Gotion High-Tech"),
     ("Ryad Mezzour", "worksFor", "Morocco"),
     ("Morocco", "agreementWith", "Gotion High-Tech"),
     ("Morocco", "investsIn", "Gotion High-Tech", "planned"),
     ("Morocco", "agreementWith", "United States"),
     ("CNGR Advanced Material", "basedIn", "China"),
     ("CNGR Advanced Material", "investsIn", "Morocco"),
     ("CNGR Advanced Material", "jointVentureWith", "Al Mada"),
     ("Al Mada", "basedIn", "Morocco"),
     ("BTR New Material Group", "basedIn", "China"),
     ("BTR New Material Group", "investsIn", "Morocco", "planned"),
     ("Managem", "partOf", "Al Mada"),
     ("Managem", "suppliesTo", "Renault"),
     ("OCP Group", "basedIn", "Morocco"),
     ("OCP Group", "suppliesTo", "Gotion High-Tech", "planned"),
     ("OCP Group", "jointVentureWith", "LG Chem"),
     ("LG Chem", "basedIn", "South Korea"),
     ("Stellantis", "investsIn", "Morocco"),
     ("Yassine Benali", "worksFor", "Policy Center for the New South"),
     ],
    [("Gotion High-Tech", "suppliesTo", "Stellantis"),
     ("Stellantis", "agreementWith", "Gotion High-Tech"),
     ("United States", "sanctions", "Gotion High-Tech")]))

# 5 Lobito corridor and African minerals deals with the US and the EU
DOCS.append(doc("news6-lobito-corridor-congo-minerals", """US and EU back Lobito railway as Congo courts Western miners

LUANDA, Oct 3 —
The International Development Finance Corporation (DFC), the US government's development bank, approved a $553 million loan on Thursday to Lobito Atlantic Railway, the consortium that runs the 1,300-km line from Angola's Atlantic coast to the Congolese border. The consortium is a joint venture of the commodities trader Trafigura, the Portuguese construction group Mota-Engil and the Belgian rail operator Vecturis.

The European Union has pledged to pay for a feasibility study for a new line into Zambia's Copperbelt, and the European Investment Bank is discussing a loan to Zambia Railways, the Zambian state operator. Angola's President Joao Lourenco said the corridor would let copper and cobalt from Congo and Zambia reach Western buyers without passing through Chinese-run ports in Tanzania.

Washington and Kinshasa are also close to a minerals deal. Under a draft seen by reporters, Congo would give US companies access to new lithium and cobalt concessions in return for security support, but the two governments have not signed it. KoBold Metals, the California-based exploration company backed by Bill Gates and Jeff Bezos, has already agreed to buy the Manono lithium project from AVZ Minerals, an Australian miner that lost its licence in a dispute with the Congolese state.

China remains the dominant buyer. China's CMOC Group, which runs the Tenke Fungurume and Kisanfu mines in Congo, produced more cobalt last year than the rest of the world combined, and its compatriot Zijin Mining is building a copper smelter in Kolwezi. Congo's state miner Gecamines has asked to renegotiate the terms of Sicomines, its joint venture with China Railway Group and Sinohydro.

The EU signed strategic partnerships on raw materials with Zambia and Congo in 2023 and a similar one with Rwanda last year. Critics say the Rwandan deal rewards a country that United Nations experts accuse of smuggling minerals out of eastern Congo. "Europe needs the minerals, but it has very little leverage," said Claire Mutombo, a researcher at the Egmont Institute.""",
    [("International Development Finance Corporation", "Organization", ["DFC", "US International Development Finance Corporation"]),
     US,
     ("Lobito Atlantic Railway", "Organization", []),
     ("Angola", "Country", ["Angolan"]),
     ("Democratic Republic of the Congo", "Country", ["Congo", "Congolese", "Kinshasa", "DRC"]),
     ("Trafigura", "Organization", []),
     ("Mota-Engil", "Organization", []),
     ("Portugal", "Country", ["Portuguese"]),
     ("Vecturis", "Organization", []),
     ("Belgium", "Country", ["Belgian"]),
     EU,
     ("Zambia", "Country", ["Zambian"]),
     ("European Investment Bank", "Organization", ["EIB"]),
     ("Zambia Railways", "Organization", []),
     ("Joao Lourenco", "Person", ["Lourenco", "João Lourenço"]),
     CN,
     ("Tanzania", "Country", []),
     ("KoBold Metals", "Organization", ["KoBold"]),
     ("Bill Gates", "Person", ["Gates"]),
     ("Jeff Bezos", "Person", ["Bezos"]),
     ("AVZ Minerals", "Organization", ["AVZ"]),
     ("Australia", "Country", ["Australian"]),
     ("CMOC Group", "Organization", ["CMOC"]),
     ("Zijin Mining", "Organization", ["Zijin"]),
     ("Gecamines", "Organization", ["Gécamines"]),
     ("Sicomines", "Organization", []),
     ("China Railway Group", "Organization", []),
     ("Sinohydro", "Organization", []),
     ("Rwanda", "Country", ["Rwandan"]),
     ("United Nations", "InternationalOrganization", ["UN"]),
     ("Claire Mutombo", "Person", ["Mutombo"]),
     ("Egmont Institute", "Organization", []),
     ],
    [("International Development Finance Corporation", "basedIn", "United States"),
     ("International Development Finance Corporation", "investsIn", "Lobito Atlantic Railway"),
     ("Lobito Atlantic Railway", "investsIn", "Angola"),
     ("Trafigura", "jointVentureWith", "Mota-Engil"),
     ("Trafigura", "jointVentureWith", "Vecturis"),
     ("Mota-Engil", "jointVentureWith", "Vecturis"),
     ("Mota-Engil", "basedIn", "Portugal"),
     ("Vecturis", "basedIn", "Belgium"),
     ("Zambia Railways", "basedIn", "Zambia"),
     ("Joao Lourenco", "leaderOf", "Angola"),
     ("KoBold Metals", "basedIn", "United States"),
     ("Bill Gates", "investsIn", "KoBold Metals"),
     ("Jeff Bezos", "investsIn", "KoBold Metals"),
     ("KoBold Metals", "agreementWith", "AVZ Minerals"),
     ("AVZ Minerals", "basedIn", "Australia"),
     ("China", "investsIn", "Tanzania"),
     ("CMOC Group", "basedIn", "China"),
     ("CMOC Group", "investsIn", "Democratic Republic of the Congo"),
     ("Zijin Mining", "basedIn", "China"),
     ("Zijin Mining", "investsIn", "Democratic Republic of the Congo"),
     ("Gecamines", "basedIn", "Democratic Republic of the Congo"),
     ("Gecamines", "jointVentureWith", "China Railway Group"),
     ("Gecamines", "jointVentureWith", "Sinohydro"),
     ("China Railway Group", "jointVentureWith", "Sinohydro"),
     ("European Union", "agreementWith", "Zambia"),
     ("European Union", "agreementWith", "Democratic Republic of the Congo"),
     ("European Union", "agreementWith", "Rwanda"),
     ("Claire Mutombo", "worksFor", "Egmont Institute"),
     ],
    [("United States", "agreementWith", "Democratic Republic of the Congo"),
     ("European Investment Bank", "investsIn", "Zambia Railways")]))

# 6 Caspian fibre and the Middle Corridor
DOCS.append(doc("news6-caspian-fibre-middle-corridor", """Kazakhstan and Azerbaijan lay Caspian fibre link that bypasses Russia

BAKU, April 8 —
Kazakhtelecom and AzerTelecom have started laying a 380-kilometre fibre-optic cable across the bed of the Caspian Sea, the first data link between Central Asia and the Caucasus that does not pass through Russia. The two operators set up a joint venture, Caspian Digital Link, in 2023 to build and run the line, which is due to carry traffic by the end of next year, said AzerTelecom chief executive Elmir Velizadeh.

The cable is part of the Digital Silk Way project, under which Azerbaijan wants to become a data hub between Europe and Asia. AzerTelecom, which is owned by the Azerbaijani holding NEQSOL, has signed memorandums with Georgia's Caucasus Online to extend the route to the Black Sea and with Turkey's Turk Telekom to reach Istanbul. In Central Asia, the Kazakh operator plans to connect the cable to Uzbekistan and Kyrgyzstan through its own backbone.

Much of the financing comes from the West. The European Bank for Reconstruction and Development (EBRD) lent $60 million to Caspian Digital Link in March, and the European Union has included the link in its Global Gateway programme, under which it promised Central Asian governments 10 billion euros for transport and digital connections. Brussels has said it could also pay for a second cable, but the European Commission has not approved the money.

The fibre follows the route of the Middle Corridor, the rail and ferry line from China to Europe that avoids Russian territory. Kazakhstan's national railway company Kazakhstan Temir Zholy signed an agreement with Azerbaijan Railways and Georgian Railway last year to form a joint logistics company, and China's Xi'an Free Trade Port runs weekly container trains on the route.

Russia's Rostelecom said last month that it would not build a competing line across the Caspian. Huawei, which supplied much of Kazakhtelecom's network equipment, will not take part in the cable, Kazakh officials said.

"Astana wants a second door to Europe," said Aigerim Seitkali, an analyst at Eurasian Digital Research, a consultancy in Almaty.""",
    [("Kazakhtelecom", "Organization", []),
     ("AzerTelecom", "Organization", []),
     RU,
     ("Caspian Digital Link", "Organization", []),
     ("Elmir Velizadeh", "Person", ["Velizadeh"]),
     ("Azerbaijan", "Country", ["Azerbaijani", "Baku"]),
     ("NEQSOL", "Organization", ["NEQSOL Holding"]),
     ("Georgia", "Country", ["Georgian"]),
     ("Caucasus Online", "Organization", []),
     ("Turkey", "Country", ["Turkish", "Türkiye"]),
     ("Turk Telekom", "Organization", ["Türk Telekom"]),
     ("Kazakhstan", "Country", ["Kazakh", "Astana"]),
     ("Uzbekistan", "Country", []),
     ("Kyrgyzstan", "Country", []),
     ("European Bank for Reconstruction and Development", "InternationalOrganization", ["EBRD"]),
     EU,
     ("European Commission", "Organization", []),
     CN,
     ("Kazakhstan Temir Zholy", "Organization", ["KTZ"]),
     ("Azerbaijan Railways", "Organization", []),
     ("Georgian Railway", "Organization", []),
     ("Xi'an Free Trade Port", "Organization", []),
     ("Rostelecom", "Organization", []),
     ("Huawei", "Organization", []),
     ("Aigerim Seitkali", "Person", ["Seitkali"]),
     ("Eurasian Digital Research", "Organization", []),
     ],
    [("Kazakhtelecom", "jointVentureWith", "AzerTelecom"),
     ("Kazakhtelecom", "basedIn", "Kazakhstan"),
     ("AzerTelecom", "basedIn", "Azerbaijan"),
     ("Elmir Velizadeh", "leaderOf", "AzerTelecom"),
     ("AzerTelecom", "partOf", "NEQSOL"),
     ("NEQSOL", "basedIn", "Azerbaijan"),
     ("AzerTelecom", "agreementWith", "Caucasus Online"),
     ("AzerTelecom", "agreementWith", "Turk Telekom"),
     ("Caucasus Online", "basedIn", "Georgia"),
     ("Turk Telekom", "basedIn", "Turkey"),
     ("European Bank for Reconstruction and Development", "investsIn", "Caspian Digital Link"),
     ("European Commission", "partOf", "European Union"),
     ("Kazakhstan Temir Zholy", "basedIn", "Kazakhstan"),
     ("Kazakhstan Temir Zholy", "agreementWith", "Azerbaijan Railways"),
     ("Kazakhstan Temir Zholy", "agreementWith", "Georgian Railway"),
     ("Azerbaijan Railways", "agreementWith", "Georgian Railway"),
     ("Kazakhstan Temir Zholy", "jointVentureWith", "Azerbaijan Railways", "planned"),
     ("Kazakhstan Temir Zholy", "jointVentureWith", "Georgian Railway", "planned"),
     ("Azerbaijan Railways", "jointVentureWith", "Georgian Railway", "planned"),
     ("Xi'an Free Trade Port", "basedIn", "China"),
     ("Rostelecom", "basedIn", "Russia"),
     ("Huawei", "suppliesTo", "Kazakhtelecom"),
     ("Aigerim Seitkali", "worksFor", "Eurasian Digital Research"),
     ],
    [("Rostelecom", "competesWith", "Kazakhtelecom"),
     ("Rostelecom", "competesWith", "AzerTelecom"),
     ("Huawei", "cooperatesWith", "Kazakhtelecom"),
     ("European Commission", "investsIn", "Caspian Digital Link")]))


if __name__ == "__main__":
    print_docs(DOCS)
