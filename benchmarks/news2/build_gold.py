"""Builds gold.jsonl of the news2 stand-in set (8 hand-written news-style articles, annotated per GUIDELINES.md).

Run: python3 benchmarks/news2/build_gold.py > benchmarks/news2/gold.jsonl
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gold_rows import doc, print_docs  # noqa: E402

US = ("United States", "Country", ["US", "U.S.", "USA", "United States of America", "America", "American", "Americans", "Washington"])
CN = ("China", "Country", ["Chinese", "People's Republic of China", "PRC", "Beijing"])



DOCS = []

# 1 African critical minerals
DOCS.append(doc("news2-zambia-congo-battery-corridor", """US backs Zambia-Congo battery corridor

LUSAKA, May 14 —
Zambia and the Democratic Republic of Congo signed a memorandum of understanding with the United States on Wednesday to develop a supply chain for electric vehicle batteries, linking the copper and cobalt mines of the Central African copperbelt to a precursor plant that the two countries plan to build near their shared border.

The US International Development Finance Corporation (DFC) said it would lend $150 million to the two governments for the plant, the agency's first battery project on the continent.

"This is about keeping the value of our minerals here in Africa," Zambian President Hakainde Hichilema told reporters after the signing ceremony. His Congolese counterpart, Felix Tshisekedi, said Kinshasa would no longer ship raw cobalt abroad "as if it were gravel".

Chinese companies dominate the region's mining industry. CMOC Group, which runs the giant Tenke Fungurume mine, and Zijin Mining together produce about a third of the world's cobalt, and Beijing has lent heavily to Congo's state miner Gécamines.

KoBold Metals, a California-based exploration start-up backed by Breakthrough Energy Ventures and Andreessen Horowitz, was granted a licence last year to search for lithium at Manono in Congo. The company has also agreed to supply cobalt concentrate to Gécamines once the planned plant starts production, a DFC official said.

Rwanda was not part of the talks. Tshisekedi, who accuses Kigali of smuggling minerals out of eastern Congo, said his country had not signed and would not sign any minerals deal with Rwanda.

Analysts cautioned that the project could founder if power supplies remain unreliable. Zambia's state utility ZESCO has rationed electricity for months after a drought cut output at the Kariba dam.""",
    [("Zambia", "Country", ["Zambian", "Lusaka"]),
     ("Democratic Republic of Congo", "Country", ["Congo", "DRC", "DR Congo", "Congolese", "Kinshasa", "Democratic Republic of the Congo"]),
     US,
     ("electric vehicles", "Technology", ["electric vehicle", "EVs", "EV"]),
     ("batteries", "Technology", ["battery"]),
     ("copper", "Technology", []),
     ("cobalt", "Technology", ["cobalt concentrate"]),
     ("US International Development Finance Corporation", "Organization", ["DFC", "International Development Finance Corporation", "U.S. International Development Finance Corporation"]),
     ("Hakainde Hichilema", "Person", ["Hichilema"]),
     ("Felix Tshisekedi", "Person", ["Tshisekedi", "Félix Tshisekedi"]),
     CN,
     ("CMOC Group", "Organization", ["CMOC", "China Molybdenum"]),
     ("Zijin Mining", "Organization", ["Zijin", "Zijin Mining Group"]),
     ("Gécamines", "Organization", ["Gecamines"]),
     ("KoBold Metals", "Organization", ["Kobold Metals", "KoBold"]),
     ("Breakthrough Energy Ventures", "Organization", ["Breakthrough Energy"]),
     ("Andreessen Horowitz", "Organization", ["a16z"]),
     ("lithium", "Technology", []),
     ("Rwanda", "Country", ["Rwandan", "Kigali"]),
     ("ZESCO", "Organization", []),
     ],
    [("Zambia", "agreementWith", "United States"),
     ("Democratic Republic of Congo", "agreementWith", "United States"),
     ("Zambia", "agreementWith", "Democratic Republic of Congo"),
     ("Zambia", "cooperatesWith", "Democratic Republic of Congo", "planned"),
     ("Zambia", "focusesOn", "batteries", "planned"),
     ("Democratic Republic of Congo", "focusesOn", "batteries", "planned"),
     ("US International Development Finance Corporation", "basedIn", "United States"),
     ("US International Development Finance Corporation", "investsIn", "Zambia", "planned"),
     ("US International Development Finance Corporation", "investsIn", "Democratic Republic of Congo", "planned"),
     ("US International Development Finance Corporation", "focusesOn", "batteries"),
     ("Hakainde Hichilema", "leaderOf", "Zambia"),
     ("Felix Tshisekedi", "leaderOf", "Democratic Republic of Congo"),
     ("CMOC Group", "basedIn", "China"),
     ("Zijin Mining", "basedIn", "China"),
     ("CMOC Group", "focusesOn", "cobalt"),
     ("Zijin Mining", "focusesOn", "cobalt"),
     ("China", "investsIn", "Gécamines"),
     ("Gécamines", "basedIn", "Democratic Republic of Congo"),
     ("KoBold Metals", "basedIn", "United States"),
     ("Breakthrough Energy Ventures", "investsIn", "KoBold Metals"),
     ("Andreessen Horowitz", "investsIn", "KoBold Metals"),
     ("KoBold Metals", "focusesOn", "lithium"),
     ("KoBold Metals", "suppliesTo", "Gécamines", "planned"),
     ("ZESCO", "basedIn", "Zambia"),
     ],
    [("Democratic Republic of Congo", "agreementWith", "Rwanda")]))

# 2 Latin American lithium and Chinese carmakers
DOCS.append(doc("news2-byd-chile-lithium-tsingshan", """BYD drops Chile lithium plant as Tsingshan pushes ahead in Argentina

SANTIAGO, Aug 2 —
Chinese carmaker BYD has abandoned plans to build a lithium cathode factory in northern Chile, the country's economic development agency Corfo said on Friday, dealing a blow to President Gabriel Boric's hopes of moving the country up the battery value chain.

BYD had won a Corfo tender in 2023 that gave it access to lithium at preferential prices in exchange for investing $290 million in the plant. Corfo said the company had informed it that it would not go ahead with the project. BYD did not respond to a request for comment.

The setback contrasts with progress across the Andes. Tsingshan Holding Group, the Chinese stainless steel and nickel giant, is building a lithium carbonate plant in Argentina's Salta province with French miner Eramet, a joint venture that the two companies expect to start production next year. Ganfeng Lithium, which is based in Jiangxi province, has also bought stakes in several Argentine lithium brine projects.

Chile's own lithium industry is being reorganised. State copper miner Codelco and Chilean lithium producer SQM agreed last year to form a joint venture that will run the Salar de Atacama operations from 2031. The deal, which Tianqi Lithium, the Chinese group that is SQM's second-biggest shareholder, has challenged in court, was approved by regulators in May.

"Chile cannot only be a quarry," Economy Minister Nicolás Grau said in an interview. He added that Chile was in contact with other carmakers, among them China's Geely and South Korea's Hyundai Motor, although no agreement had been signed.

Albemarle, the US producer that also operates in the Atacama salt flat, supplies lithium to Tesla and Ford under long-term contracts.""",
    [("BYD", "Organization", ["BYD Company", "BYD Co"]),
     CN,
     ("Chile", "Country", ["Chilean", "Santiago"]),
     ("Corfo", "Organization", ["CORFO", "Production Development Corporation"]),
     ("Gabriel Boric", "Person", ["Boric"]),
     ("lithium", "Technology", ["lithium carbonate"]),
     ("batteries", "Technology", ["battery"]),
     ("Tsingshan Holding Group", "Organization", ["Tsingshan", "Tsingshan Holding"]),
     ("nickel", "Technology", []),
     ("Argentina", "Country", ["Argentine", "Argentinian", "Buenos Aires"]),
     ("Eramet", "Organization", []),
     ("France", "Country", ["French", "Paris"]),
     ("Ganfeng Lithium", "Organization", ["Ganfeng"]),
     ("Codelco", "Organization", []),
     ("copper", "Technology", []),
     ("SQM", "Organization", ["Sociedad Química y Minera", "Sociedad Quimica y Minera"]),
     ("Tianqi Lithium", "Organization", ["Tianqi"]),
     ("Nicolás Grau", "Person", ["Grau", "Nicolas Grau"]),
     ("Geely", "Organization", ["Zhejiang Geely", "Geely Holding"]),
     ("South Korea", "Country", ["South Korean", "Korea", "Seoul", "Republic of Korea"]),
     ("Hyundai Motor", "Organization", ["Hyundai", "Hyundai Motor Company"]),
     ("Albemarle", "Organization", ["Albemarle Corporation"]),
     US,
     ("Tesla", "Organization", ["Tesla Inc"]),
     ("Ford", "Organization", ["Ford Motor", "Ford Motor Company"]),
     ],
    [("BYD", "basedIn", "China"),
     ("Corfo", "basedIn", "Chile"),
     ("Gabriel Boric", "leaderOf", "Chile"),
     ("Tsingshan Holding Group", "basedIn", "China"),
     ("Tsingshan Holding Group", "focusesOn", "nickel"),
     ("Tsingshan Holding Group", "focusesOn", "lithium"),
     ("Eramet", "focusesOn", "lithium"),
     ("Tsingshan Holding Group", "jointVentureWith", "Eramet"),
     ("Tsingshan Holding Group", "investsIn", "Argentina"),
     ("Eramet", "investsIn", "Argentina"),
     ("Eramet", "basedIn", "France"),
     ("Ganfeng Lithium", "basedIn", "China"),
     ("Ganfeng Lithium", "investsIn", "Argentina"),
     ("Ganfeng Lithium", "focusesOn", "lithium"),
     ("Codelco", "basedIn", "Chile"),
     ("Codelco", "focusesOn", "copper"),
     ("SQM", "basedIn", "Chile"),
     ("SQM", "focusesOn", "lithium"),
     ("Codelco", "agreementWith", "SQM"),
     ("Codelco", "jointVentureWith", "SQM", "planned"),
     ("Tianqi Lithium", "basedIn", "China"),
     ("Tianqi Lithium", "investsIn", "SQM"),
     ("Nicolás Grau", "worksFor", "Chile"),
     ("Geely", "basedIn", "China"),
     ("Hyundai Motor", "basedIn", "South Korea"),
     ("Albemarle", "basedIn", "United States"),
     ("Albemarle", "focusesOn", "lithium"),
     ("Albemarle", "suppliesTo", "Tesla"),
     ("Albemarle", "suppliesTo", "Ford"),
     ],
    [("BYD", "investsIn", "Chile"), ("Chile", "agreementWith", "Geely"), ("Chile", "agreementWith", "Hyundai Motor")]))

# 3 undersea cables and data centres in South-East Asia
DOCS.append(doc("news2-telkom-singtel-cable-google-thailand", """Telkom and Singtel to lay Batam cable as Google expands in Thailand

JAKARTA, Oct 21 —
Indonesia's state telecoms operator Telkom Indonesia and Singapore's Singtel have agreed to build a submarine cable linking Batam with Singapore, the companies said on Monday, as demand for data centre capacity in the region soars.

The 100-kilometre system, to be laid by Japan's NEC, will carry traffic for hyperscale data centres being built on Batam island, which Indonesia has turned into a special economic zone. Financial terms were not disclosed.

Singapore has capped new data centre construction on its territory since 2019 to save power, pushing operators to nearby Johor in Malaysia and to Batam. "Our partnership with Telkom shows that growth on both sides of the strait can go together," said Singtel chief executive Yuen Kuan Moon.

Elsewhere, Google said it would invest $1 billion in Thailand to build a data centre in Chonburi province and expand its cloud services, the Alphabet unit's first such facility in the country. Thai Prime Minister Srettha Thavisin welcomed the move, which follows Microsoft's pledge to build its own data centre region there.

US firms are not alone. Alibaba Cloud, the cloud computing arm of China's Alibaba Group, operates data centres in Indonesia, Malaysia and Thailand, and ByteDance is reported to be considering a $10 billion AI hub in Thailand.

Security concerns shadow the cable boom. Washington has warned regional governments against awarding contracts to HMN Technologies, the Chinese cable maker formerly known as Huawei Marine, and Singtel chose SubCom, a New Jersey company, rather than HMN to lay the SeaMeWe-6 cable in 2022. Vietnam, which has suffered repeated cable breaks, said it had no plans to hire HMN.""",
    [("Indonesia", "Country", ["Indonesian", "Jakarta"]),
     ("Telkom Indonesia", "Organization", ["Telkom", "PT Telkom Indonesia", "Telekomunikasi Indonesia"]),
     ("Singapore", "Country", ["Singaporean"]),
     ("Singtel", "Organization", ["Singapore Telecommunications", "SingTel"]),
     ("submarine cables", "Technology", ["submarine cable", "undersea cables", "undersea cable", "cable"]),
     ("data centers", "Technology", ["data centres", "data center", "data centre", "data-centre", "data-center", "datacenters", "hyperscale data centres"]),
     ("Japan", "Country", ["Japanese", "Tokyo"]),
     ("NEC", "Organization", ["NEC Corporation", "NEC Corp"]),
     ("Malaysia", "Country", ["Malaysian", "Kuala Lumpur"]),
     ("Yuen Kuan Moon", "Person", ["Yuen"]),
     ("Google", "Organization", ["Google LLC"]),
     ("Thailand", "Country", ["Thai", "Bangkok"]),
     ("cloud computing", "Technology", ["cloud services", "cloud"]),
     ("Alphabet", "Organization", ["Alphabet Inc"]),
     ("Srettha Thavisin", "Person", ["Srettha"]),
     ("Microsoft", "Organization", ["Microsoft Corp"]),
     US,
     ("Alibaba Cloud", "Organization", ["Aliyun"]),
     ("Alibaba Group", "Organization", ["Alibaba"]),
     CN,
     ("ByteDance", "Organization", []),
     ("artificial intelligence", "Technology", ["AI"]),
     ("HMN Technologies", "Organization", ["HMN", "HMN Tech", "Huawei Marine", "Huawei Marine Networks"]),
     ("SubCom", "Organization", ["SubCom LLC"]),
     ("Vietnam", "Country", ["Vietnamese", "Hanoi", "Viet Nam"]),
     ],
    [("Telkom Indonesia", "basedIn", "Indonesia"),
     ("Singtel", "basedIn", "Singapore"),
     ("Telkom Indonesia", "agreementWith", "Singtel"),
     ("Telkom Indonesia", "cooperatesWith", "Singtel"),
     ("NEC", "basedIn", "Japan"),
     ("NEC", "suppliesTo", "Telkom Indonesia", "planned"),
     ("NEC", "suppliesTo", "Singtel", "planned"),
     ("NEC", "focusesOn", "submarine cables"),
     ("Yuen Kuan Moon", "leaderOf", "Singtel"),
     ("Google", "investsIn", "Thailand", "planned"),
     ("Google", "focusesOn", "data centers"),
     ("Google", "focusesOn", "cloud computing"),
     ("Google", "partOf", "Alphabet"),
     ("Srettha Thavisin", "leaderOf", "Thailand"),
     ("Microsoft", "investsIn", "Thailand", "planned"),
     ("Microsoft", "focusesOn", "data centers"),
     ("Google", "basedIn", "United States"),
     ("Microsoft", "basedIn", "United States"),
     ("Alibaba Cloud", "partOf", "Alibaba Group"),
     ("Alibaba Group", "basedIn", "China"),
     ("Alibaba Cloud", "focusesOn", "cloud computing"),
     ("Alibaba Cloud", "focusesOn", "data centers"),
     ("Alibaba Cloud", "investsIn", "Indonesia"),
     ("Alibaba Cloud", "investsIn", "Malaysia"),
     ("Alibaba Cloud", "investsIn", "Thailand"),
     ("HMN Technologies", "basedIn", "China"),
     ("HMN Technologies", "focusesOn", "submarine cables"),
     ("SubCom", "basedIn", "United States"),
     ("SubCom", "suppliesTo", "Singtel"),
     ("SubCom", "focusesOn", "submarine cables"),
     ],
    [("ByteDance", "investsIn", "Thailand"), ("HMN Technologies", "suppliesTo", "Singtel"), ("HMN Technologies", "suppliesTo", "Vietnam")]))

# 4 nuclear exports
DOCS.append(doc("news2-khnp-dukovany-rosatom", """Czechs pick KHNP for Dukovany as EDF cries foul

PRAGUE, July 18 —
The Czech Republic chose Korea Hydro & Nuclear Power (KHNP) on Wednesday to build two reactors at the Dukovany power station, rejecting a rival bid from France's EDF in the biggest nuclear tender in Europe in over a decade.

Prime Minister Petr Fiala said the South Korean company had offered better terms on price and schedule. Final contracts are to be signed by March, after which KHNP will supply its APR1000 reactors to the state utility CEZ, which will own the new units. Westinghouse, the US reactor builder, was excluded from the final round.

EDF said it would appeal to the Czech competition authority, the ÚOHS. "We regret the decision and will use all available remedies," the French group said in a statement. Paris has lobbied hard for its reactors across central Europe, where Poland picked Westinghouse in 2022 to build the country's first nuclear plant.

KHNP competes with Russia's Rosatom and China's CGN for contracts in export markets, and Seoul hailed the win as proof of its industry's strength. President Yoon Suk Yeol has pledged to sell ten reactors abroad by 2030. KHNP, a subsidiary of Korea Electric Power Corporation (KEPCO), already built the Barakah plant in the United Arab Emirates.

Rosatom, meanwhile, keeps expanding outside the West. The state corporation is building the Akkuyu plant in Turkey and the El Dabaa plant in Egypt, and signed an agreement with Uzbekistan last month on a small modular reactor project. Hungary, the only European Union member still working with the company on new capacity, has received a Russian state loan for the Paks II expansion. Brussels has not sanctioned Rosatom, whose fuel still powers dozens of reactors in the bloc.""",
    [("Czech Republic", "Country", ["Czech", "Czechs", "Czechia", "Prague"]),
     ("Korea Hydro & Nuclear Power", "Organization", ["KHNP", "Korea Hydro and Nuclear Power"]),
     ("France", "Country", ["French", "Paris"]),
     ("EDF", "Organization", ["Électricité de France", "Electricite de France"]),
     ("nuclear power", "Technology", ["nuclear", "nuclear energy", "reactors", "nuclear reactors"]),
     ("Petr Fiala", "Person", ["Fiala"]),
     ("South Korea", "Country", ["South Korean", "Korea", "Seoul", "Republic of Korea"]),
     ("CEZ", "Organization", ["ČEZ", "CEZ Group"]),
     ("Westinghouse", "Organization", ["Westinghouse Electric", "Westinghouse Electric Company"]),
     US,
     ("ÚOHS", "Organization", ["UOHS", "Czech competition authority", "Office for the Protection of Competition"]),
     ("Poland", "Country", ["Polish", "Warsaw"]),
     ("Rosatom", "Organization", ["State Atomic Energy Corporation Rosatom"]),
     ("Russia", "Country", ["Russian", "Russian Federation", "Moscow"]),
     ("CGN", "Organization", ["China General Nuclear", "China General Nuclear Power Group"]),
     CN,
     ("Yoon Suk Yeol", "Person", ["Yoon"]),
     ("Korea Electric Power Corporation", "Organization", ["KEPCO", "Korea Electric Power Corp", "Korea Electric Power"]),
     ("United Arab Emirates", "Country", ["UAE", "Emirates", "Abu Dhabi", "Emirati"]),
     ("the West", "Bloc", ["West"]),
     ("Turkey", "Country", ["Türkiye", "Turkish", "Ankara"]),
     ("Egypt", "Country", ["Egyptian", "Cairo"]),
     ("Uzbekistan", "Country", ["Uzbek", "Tashkent"]),
     ("small modular reactors", "Technology", ["small modular reactor", "SMR", "SMRs"]),
     ("Hungary", "Country", ["Hungarian", "Budapest"]),
     ("European Union", "InternationalOrganization", ["EU", "Brussels", "bloc"]),
     ],
    [("Korea Hydro & Nuclear Power", "suppliesTo", "Czech Republic", "planned"),
     ("Korea Hydro & Nuclear Power", "suppliesTo", "CEZ", "planned"),
     ("Korea Hydro & Nuclear Power", "basedIn", "South Korea"),
     ("Korea Hydro & Nuclear Power", "focusesOn", "nuclear power"),
     ("EDF", "basedIn", "France"),
     ("Petr Fiala", "leaderOf", "Czech Republic"),
     ("CEZ", "basedIn", "Czech Republic"),
     ("Westinghouse", "basedIn", "United States"),
     ("Westinghouse", "focusesOn", "nuclear power"),
     ("ÚOHS", "basedIn", "Czech Republic"),
     ("Westinghouse", "suppliesTo", "Poland", "planned"),
     ("Korea Hydro & Nuclear Power", "competesWith", "Rosatom"),
     ("Korea Hydro & Nuclear Power", "competesWith", "CGN"),
     ("Rosatom", "basedIn", "Russia"),
     ("CGN", "basedIn", "China"),
     ("Yoon Suk Yeol", "leaderOf", "South Korea"),
     ("Korea Hydro & Nuclear Power", "partOf", "Korea Electric Power Corporation"),
     ("Korea Hydro & Nuclear Power", "suppliesTo", "United Arab Emirates"),
     ("Rosatom", "focusesOn", "nuclear power"),
     ("Rosatom", "suppliesTo", "Turkey"),
     ("Rosatom", "suppliesTo", "Egypt"),
     ("Rosatom", "agreementWith", "Uzbekistan"),
     ("Hungary", "memberOf", "European Union"),
     ("Hungary", "cooperatesWith", "Rosatom"),
     ("Russia", "investsIn", "Hungary"),
     ("Rosatom", "suppliesTo", "European Union"),
     ],
    [("EDF", "suppliesTo", "Czech Republic"), ("Westinghouse", "suppliesTo", "Czech Republic"), ("European Union", "sanctions", "Rosatom")]))

# 5 Gulf funds in Western AI and chips
DOCS.append(doc("news2-mgx-openai-pif-humain", """Abu Dhabi's MGX joins OpenAI round as Saudi fund eyes chip stake

ABU DHABI/RIYADH, Nov 5 —
MGX, the Abu Dhabi technology investor chaired by Sheikh Tahnoon bin Zayed, has invested in OpenAI's latest funding round, people familiar with the matter said, deepening Gulf investors' ties with American artificial intelligence companies.

The fund, whose shareholders include Mubadala and G42, also backs Elon Musk's xAI and joined BlackRock and Microsoft last year in a $30 billion partnership to build data centres and the energy infrastructure that feeds them. MGX declined to comment on the size of its OpenAI stake.

Saudi Arabia's Public Investment Fund (PIF) is moving in the same direction. The kingdom's sovereign wealth fund is in talks to buy a minority stake in a US chip designer, two sources said, though no agreement has been reached and the PIF could still walk away. Separately, its AI company Humain signed a deal with Nvidia in May under which the US chipmaker will sell it 18,000 of its most advanced processors, and AMD agreed to supply Humain with chips worth $10 billion over five years.

The flows have drawn scrutiny in Washington. The Committee on Foreign Investment in the United States (CFIUS) in 2023 ordered Prosperity7, a venture fund of Saudi Aramco, to sell its stake in Rain AI, a Californian start-up developing chips for artificial intelligence. Lawmakers have also questioned G42's links with Chinese firms; the Emirati company said it had divested from China and no longer works with Huawei.

"Capital is welcome, control is not," said a senior Commerce Department official. Qatar's QIA, Kuwait's KIA and Oman's OIA have so far kept a lower profile, preferring stakes in listed firms.""",
    [("MGX", "Organization", ["MGX Fund Management"]),
     ("United Arab Emirates", "Country", ["UAE", "Emirates", "Abu Dhabi", "Emirati"]),
     ("Tahnoon bin Zayed", "Person", ["Sheikh Tahnoon bin Zayed", "Tahnoon bin Zayed Al Nahyan", "Sheikh Tahnoon", "Tahnoon"]),
     ("OpenAI", "Organization", []),
     US,
     ("artificial intelligence", "Technology", ["AI"]),
     ("Mubadala", "Organization", ["Mubadala Investment Company"]),
     ("G42", "Organization", ["Group 42"]),
     ("Elon Musk", "Person", ["Musk"]),
     ("xAI", "Organization", []),
     ("BlackRock", "Organization", []),
     ("Microsoft", "Organization", ["Microsoft Corp"]),
     ("data centers", "Technology", ["data centres", "data center", "data centre", "data-centre", "data-center", "datacenters"]),
     ("Saudi Arabia", "Country", ["Saudi", "Riyadh", "kingdom"]),
     ("Public Investment Fund", "Organization", ["PIF", "Saudi Public Investment Fund"]),
     ("semiconductors", "Technology", ["chips", "chip", "microchips", "processors"]),
     ("Humain", "Organization", ["HUMAIN"]),
     ("Nvidia", "Organization", ["NVIDIA", "Nvidia Corp"]),
     ("AMD", "Organization", ["Advanced Micro Devices"]),
     ("Committee on Foreign Investment in the United States", "Organization", ["CFIUS"]),
     ("Prosperity7", "Organization", ["Prosperity7 Ventures"]),
     ("Saudi Aramco", "Organization", ["Aramco"]),
     ("Rain AI", "Organization", ["Rain"]),
     CN,
     ("Huawei", "Organization", ["Huawei Technologies"]),
     ("United States Department of Commerce", "Organization", ["Commerce Department", "Department of Commerce", "US Commerce Department"]),
     ("Qatar", "Country", ["Qatari", "Doha"]),
     ("Qatar Investment Authority", "Organization", ["QIA"]),
     ("Kuwait", "Country", ["Kuwaiti"]),
     ("Kuwait Investment Authority", "Organization", ["KIA"]),
     ("Oman", "Country", ["Omani", "Muscat"]),
     ("Oman Investment Authority", "Organization", ["OIA"]),
     ],
    [("MGX", "basedIn", "United Arab Emirates"),
     ("Tahnoon bin Zayed", "leaderOf", "MGX"),
     ("MGX", "investsIn", "OpenAI"),
     ("Mubadala", "investsIn", "MGX"),
     ("G42", "investsIn", "MGX"),
     ("MGX", "investsIn", "xAI"),
     ("Elon Musk", "leaderOf", "xAI"),
     ("MGX", "cooperatesWith", "BlackRock"),
     ("MGX", "cooperatesWith", "Microsoft"),
     ("BlackRock", "cooperatesWith", "Microsoft"),
     ("Public Investment Fund", "basedIn", "Saudi Arabia"),
     ("Humain", "partOf", "Public Investment Fund"),
     ("Humain", "focusesOn", "artificial intelligence"),
     ("Humain", "agreementWith", "Nvidia"),
     ("Nvidia", "suppliesTo", "Humain", "planned"),
     ("Nvidia", "basedIn", "United States"),
     ("Nvidia", "focusesOn", "semiconductors"),
     ("AMD", "suppliesTo", "Humain", "planned"),
     ("Committee on Foreign Investment in the United States", "basedIn", "United States"),
     ("Committee on Foreign Investment in the United States", "directs", "Prosperity7"),
     ("Prosperity7", "partOf", "Saudi Aramco"),
     ("Rain AI", "basedIn", "United States"),
     ("Rain AI", "focusesOn", "semiconductors"),
     ("Rain AI", "focusesOn", "artificial intelligence"),
     ("G42", "basedIn", "United Arab Emirates"),
     ("United States Department of Commerce", "basedIn", "United States"),
     ("Qatar Investment Authority", "basedIn", "Qatar"),
     ("Kuwait Investment Authority", "basedIn", "Kuwait"),
     ("Oman Investment Authority", "basedIn", "Oman"),
     ],
    [("Prosperity7", "investsIn", "Rain AI"), ("G42", "cooperatesWith", "Huawei"), ("G42", "investsIn", "China")]))

# 6 Indian / Japanese shipbuilding and ports
DOCS.append(doc("news2-cochin-mhi-lng-carriers", """Cochin Shipyard teams up with Mitsubishi as India courts Japanese yards

NEW DELHI, Feb 11 —
India's Cochin Shipyard has signed a memorandum of understanding with Japan's Mitsubishi Heavy Industries to build liquefied natural gas carriers in Kerala, the state-run shipbuilder said on Tuesday, part of New Delhi's push to become one of the world's top five shipbuilding nations by 2047.

Under the agreement the Japanese group will transfer hull design technology and train Indian engineers, while Cochin Shipyard will build the first vessels for the Shipping Corporation of India, which has ordered six carriers. Imabari Shipbuilding, Japan's largest yard, is also weighing an Indian joint venture, an Indian official said, although the company has made no decision.

Prime Minister Narendra Modi has made shipbuilding a priority, and New Delhi last year approved a $7 billion fund for the sector. "We cannot keep paying foreign yards to carry our trade," Shipping Minister Sarbananda Sonowal said.

The two countries have been drawing closer at sea. Japan's Nippon Yusen (NYK Line) and India's Adani Ports, chaired by billionaire Gautam Adani, agreed in January to develop a car terminal at Mundra, while the Japan International Cooperation Agency (JICA) is financing a deep-water port in the Andaman and Nicobar Islands.

India's ambitions face formidable incumbents. China, South Korea and Japan build more than 90% of the world's ships, and Chinese yards such as China State Shipbuilding Corporation (CSSC) have undercut rivals on price. South Korea's HD Hyundai, which competes with CSSC for LNG carrier orders, has instead opted to expand in the Philippines and has ruled out an Indian yard for now.""",
    [("India", "Country", ["Indian", "New Delhi"]),
     ("Cochin Shipyard", "Organization", ["Cochin Shipyard Ltd", "CSL"]),
     ("Japan", "Country", ["Japanese", "Tokyo"]),
     ("Mitsubishi Heavy Industries", "Organization", ["MHI", "Mitsubishi"]),
     ("LNG carriers", "Technology", ["liquefied natural gas carriers", "LNG carrier", "carriers"]),
     ("Shipping Corporation of India", "Organization", ["SCI"]),
     ("Imabari Shipbuilding", "Organization", ["Imabari"]),
     ("Narendra Modi", "Person", ["Modi"]),
     ("Sarbananda Sonowal", "Person", ["Sonowal"]),
     ("Nippon Yusen", "Organization", ["NYK Line", "NYK", "Nippon Yusen Kabushiki Kaisha"]),
     ("Adani Ports", "Organization", ["Adani Ports and Special Economic Zone", "APSEZ"]),
     ("Gautam Adani", "Person", ["Adani"]),
     ("Japan International Cooperation Agency", "Organization", ["JICA"]),
     CN,
     ("South Korea", "Country", ["South Korean", "Korea", "Seoul", "Republic of Korea"]),
     ("China State Shipbuilding Corporation", "Organization", ["CSSC", "China State Shipbuilding Corp"]),
     ("HD Hyundai", "Organization", ["HD Hyundai Heavy Industries"]),
     ("Philippines", "Country", ["Philippine", "Filipino", "Manila"]),
     ],
    [("Cochin Shipyard", "basedIn", "India"),
     ("Mitsubishi Heavy Industries", "basedIn", "Japan"),
     ("Cochin Shipyard", "agreementWith", "Mitsubishi Heavy Industries"),
     ("Cochin Shipyard", "cooperatesWith", "Mitsubishi Heavy Industries", "planned"),
     ("Cochin Shipyard", "focusesOn", "LNG carriers", "planned"),
     ("Cochin Shipyard", "suppliesTo", "Shipping Corporation of India", "planned"),
     ("Shipping Corporation of India", "basedIn", "India"),
     ("Imabari Shipbuilding", "basedIn", "Japan"),
     ("Narendra Modi", "leaderOf", "India"),
     ("Sarbananda Sonowal", "worksFor", "India"),
     ("India", "cooperatesWith", "Japan"),
     ("Nippon Yusen", "basedIn", "Japan"),
     ("Adani Ports", "basedIn", "India"),
     ("Gautam Adani", "leaderOf", "Adani Ports"),
     ("Nippon Yusen", "agreementWith", "Adani Ports"),
     ("Nippon Yusen", "cooperatesWith", "Adani Ports", "planned"),
     ("Japan International Cooperation Agency", "basedIn", "Japan"),
     ("Japan International Cooperation Agency", "investsIn", "India"),
     ("China State Shipbuilding Corporation", "basedIn", "China"),
     ("HD Hyundai", "basedIn", "South Korea"),
     ("HD Hyundai", "competesWith", "China State Shipbuilding Corporation"),
     ("HD Hyundai", "investsIn", "Philippines", "planned"),
     ],
    [("Imabari Shipbuilding", "jointVentureWith", "India"), ("HD Hyundai", "investsIn", "India")]))

# 7 pharma / biotech
DOCS.append(doc("news2-astrazeneca-eccogene-biosecure", """AstraZeneca strikes China obesity deal despite US biotech curbs

LONDON, June 27 —
AstraZeneca has agreed to pay Eccogene, a Shanghai-based biotech, up to $2 billion for the rights to an experimental obesity pill, the British drugmaker said on Thursday, the latest in a string of Western licensing deals with Chinese laboratories.

Under the agreement, AstraZeneca will make an upfront payment of $185 million and take over development of the drug outside China, while Eccogene keeps the Chinese rights. The company's chief executive, Pascal Soriot, has said China will remain a core market even as political pressure grows in Washington.

The US House of Representatives passed the Biosecure Act in September, a bill that would bar federal contractors from using Chinese contract research firms such as WuXi AppTec and BGI Genomics. The Pentagon has already placed BGI on a list of Chinese military companies, and the Commerce Department added two BGI units to its Entity List in March. WuXi said it poses no threat to US national security.

Other groups have not been deterred. Merck & Co licensed a heart drug from China's Hengrui Medicine last year, and Novo Nordisk bought a minority stake in United Laboratories, a Chinese maker of insulin. Pfizer, by contrast, said it had no plans to form research partnerships in China.

Beijing has meanwhile been building up its own champions. China's drug regulator, the National Medical Products Administration, has cut approval times, and BeiGene, which was founded in Beijing, now sells its cancer drug Brukinsa in more than 60 countries, including the United States.

Analysts at Jefferies said licensing deals with Chinese biotechs could reach $20 billion this year if the Biosecure Act stalls.""",
    [("AstraZeneca", "Organization", ["AstraZeneca plc"]),
     ("Eccogene", "Organization", []),
     CN,
     ("United Kingdom", "Country", ["UK", "Britain", "British", "London"]),
     ("Pascal Soriot", "Person", ["Soriot"]),
     US,
     ("United States House of Representatives", "Organization", ["House of Representatives", "US House of Representatives", "House"]),
     ("WuXi AppTec", "Organization", ["WuXi"]),
     ("BGI Genomics", "Organization", ["BGI", "BGI Group"]),
     ("United States Department of Defense", "Organization", ["Pentagon", "Department of Defense", "Defense Department"]),
     ("United States Department of Commerce", "Organization", ["Commerce Department", "Department of Commerce", "US Commerce Department"]),
     ("Merck & Co", "Organization", ["Merck", "Merck & Co."]),
     ("Hengrui Medicine", "Organization", ["Jiangsu Hengrui Medicine", "Hengrui", "Jiangsu Hengrui Pharmaceuticals"]),
     ("Novo Nordisk", "Organization", []),
     ("United Laboratories", "Organization", ["United Laboratories International"]),
     ("Pfizer", "Organization", ["Pfizer Inc"]),
     ("National Medical Products Administration", "Organization", ["NMPA"]),
     ("BeiGene", "Organization", ["BeOne Medicines"]),
     ("Jefferies", "Organization", ["Jefferies Financial Group"]),
     ],
    [("Eccogene", "basedIn", "China"),
     ("AstraZeneca", "basedIn", "United Kingdom"),
     ("AstraZeneca", "agreementWith", "Eccogene"),
     ("Pascal Soriot", "leaderOf", "AstraZeneca"),
     ("United States House of Representatives", "basedIn", "United States"),
     ("WuXi AppTec", "basedIn", "China"),
     ("BGI Genomics", "basedIn", "China"),
     ("United States Department of Defense", "sanctions", "BGI Genomics"),
     ("United States Department of Commerce", "sanctions", "BGI Genomics"),
     ("United States Department of Commerce", "restrictsExportsTo", "BGI Genomics"),
     ("United States Department of Defense", "basedIn", "United States"),
     ("United States Department of Commerce", "basedIn", "United States"),
     ("Hengrui Medicine", "basedIn", "China"),
     ("Merck & Co", "agreementWith", "Hengrui Medicine"),
     ("Novo Nordisk", "investsIn", "United Laboratories"),
     ("United Laboratories", "basedIn", "China"),
     ("National Medical Products Administration", "basedIn", "China"),
     ("BeiGene", "basedIn", "China"),
     ("BeiGene", "suppliesTo", "United States"),
     ],
    [("Pfizer", "cooperatesWith", "China")]))

# 8 satellite internet licences
DOCS.append(doc("news2-starlink-india-licence-spacecom", """Starlink wins India licence as rivals queue for spectrum

NEW DELHI, June 6 —
India's Department of Telecommunications has granted Starlink, the satellite internet unit of Elon Musk's SpaceX, a licence to offer broadband services in the country, two officials said on Friday, ending a wait of more than three years.

The approval follows distribution deals that Starlink struck in March with India's two largest mobile operators, Reliance Jio and Bharti Airtel, which will sell its equipment in their stores. Starlink still needs spectrum, which the Telecom Regulatory Authority of India (TRAI) has recommended be allocated administratively rather than auctioned.

OneWeb, the satellite operator in which Bharti Enterprises is the largest shareholder, received its own licence in 2021 and has since been taken over by France's Eutelsat. Amazon has applied for a licence for its Kuiper constellation but has not yet been authorised.

Elsewhere in the region, regulators have been less welcoming. Bangladesh allowed Starlink to start services in May after Chief Adviser Muhammad Yunus invited Musk to Dhaka, but Pakistan has not granted the company a licence, and Vietnam is weighing a pilot of up to 600,000 subscribers.

China is racing to build its own constellations. Shanghai Spacecom Satellite Technology (SSST), a Shanghai-based company backed by state funds, has launched the first satellites of its Qianfan network and signed an agreement with Brazil's state telecoms company Telebras to provide services there. The company is also in talks with Kazakhstan and Malaysia.

"Satellite internet will not replace fibre, but it will reach villages that fibre never will," said Ashwini Vaishnaw, India's telecoms minister.""",
    [("India", "Country", ["Indian", "New Delhi"]),
     ("Department of Telecommunications", "Organization", ["DoT", "Department of Telecommunications of India"]),
     ("Starlink", "Organization", []),
     ("satellite internet", "Technology", ["satellite broadband"]),
     ("Elon Musk", "Person", ["Musk"]),
     ("SpaceX", "Organization", ["Space Exploration Technologies"]),
     ("Reliance Jio", "Organization", ["Jio", "Reliance Jio Infocomm"]),
     ("Bharti Airtel", "Organization", ["Airtel"]),
     ("Telecom Regulatory Authority of India", "Organization", ["TRAI"]),
     ("OneWeb", "Organization", ["Eutelsat OneWeb"]),
     ("Bharti Enterprises", "Organization", ["Bharti"]),
     ("France", "Country", ["French", "Paris"]),
     ("Eutelsat", "Organization", ["Eutelsat Group"]),
     ("Amazon", "Organization", ["Amazon.com"]),
     ("Bangladesh", "Country", ["Bangladeshi", "Dhaka"]),
     ("Muhammad Yunus", "Person", ["Yunus"]),
     ("Pakistan", "Country", ["Pakistani", "Islamabad"]),
     ("Vietnam", "Country", ["Vietnamese", "Hanoi", "Viet Nam"]),
     CN,
     ("Shanghai Spacecom Satellite Technology", "Organization", ["SSST", "Spacecom"]),
     ("Brazil", "Country", ["Brazilian", "Brasília", "Brasilia"]),
     ("Telebras", "Organization", ["Telebrás"]),
     ("Kazakhstan", "Country", ["Kazakh", "Astana"]),
     ("Malaysia", "Country", ["Malaysian", "Kuala Lumpur"]),
     ("Ashwini Vaishnaw", "Person", ["Vaishnaw"]),
     ],
    [("Department of Telecommunications", "basedIn", "India"),
     ("Starlink", "partOf", "SpaceX"),
     ("Elon Musk", "leaderOf", "SpaceX"),
     ("Starlink", "focusesOn", "satellite internet"),
     ("Starlink", "suppliesTo", "India", "planned"),
     ("Starlink", "agreementWith", "Reliance Jio"),
     ("Starlink", "agreementWith", "Bharti Airtel"),
     ("Starlink", "suppliesTo", "Reliance Jio", "planned"),
     ("Starlink", "suppliesTo", "Bharti Airtel", "planned"),
     ("Reliance Jio", "basedIn", "India"),
     ("Bharti Airtel", "basedIn", "India"),
     ("Telecom Regulatory Authority of India", "basedIn", "India"),
     ("Bharti Enterprises", "investsIn", "OneWeb"),
     ("Eutelsat", "investsIn", "OneWeb"),
     ("OneWeb", "partOf", "Eutelsat"),
     ("Eutelsat", "basedIn", "France"),
     ("Starlink", "suppliesTo", "Bangladesh"),
     ("Muhammad Yunus", "leaderOf", "Bangladesh"),
     ("Shanghai Spacecom Satellite Technology", "basedIn", "China"),
     ("Shanghai Spacecom Satellite Technology", "focusesOn", "satellite internet"),
     ("Shanghai Spacecom Satellite Technology", "agreementWith", "Telebras"),
     ("Shanghai Spacecom Satellite Technology", "suppliesTo", "Brazil", "planned"),
     ("Telebras", "basedIn", "Brazil"),
     ("Ashwini Vaishnaw", "worksFor", "India"),
     ],
    [("Starlink", "suppliesTo", "Pakistan"), ("Starlink", "suppliesTo", "Vietnam")]))

if __name__ == "__main__":
    print_docs(DOCS)
