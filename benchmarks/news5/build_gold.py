"""Builds gold.jsonl of the news5 stand-in set (8 hand-written news-style articles, annotated per GUIDELINES.md).

Run: python3 benchmarks/news5/build_gold.py > benchmarks/news5/gold.jsonl
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gold_rows import doc, print_docs  # noqa: E402

US = ("United States", "Country", ["US", "U.S.", "USA", "United States of America", "America", "American", "Americans",
                                   "Washington"])
CN = ("China", "Country", ["Chinese", "People's Republic of China", "PRC", "Beijing"])
RU = ("Russia", "Country", ["Russian", "Russian Federation", "Moscow"])
EU = ("European Union", "InternationalOrganization", ["EU", "Brussels", "bloc", "the bloc"])
ROSATOM = ("Rosatom", "Organization", ["State Atomic Energy Corporation Rosatom", "Rosatom State Corporation"])
KZ = ("Kazakhstan", "Country", ["Kazakh", "Astana"])
IN = ("India", "Country", ["Indian", "New Delhi"])

DOCS = []

# 1 civil nuclear deals in Central Asia and India
DOCS.append(doc("news5-rosatom-uzbekistan-kazakhstan-reactors", """Rosatom wins Central Asian reactor orders as EDF looks to India

TASHKENT, June 12 —
Russia's state nuclear corporation Rosatom signed a contract with Uzbekistan on Wednesday to build a small nuclear power plant in the Jizzakh region, the first export order for its land-based small modular reactor. Rosatom chief executive Alexei Likhachev and Uzbek Energy Minister Jurabek Mirzamakhmudov signed the document in the presence of President Shavkat Mirziyoyev.

The plant will have six 55-megawatt units. Rosatom's fuel division, TVEL, will supply Uzatom with fuel for the lifetime of the reactors, and the Uzbek nuclear agency will run the site once it is built. Financing has not been settled: an Uzbek official said the government was discussing a state loan with Moscow but that no agreement had been reached.

Neighbouring Kazakhstan has also picked the Russian company. Its Agency for Atomic Energy named Rosatom last week as the leader of the consortium that will build the country's first large nuclear plant near Lake Balkhash, and said China National Nuclear Corporation (CNNC) would lead a second project. Kazatomprom, the state-owned miner that is the world's largest producer of uranium, will provide the fuel.

The choice was a setback for France's EDF and South Korea's Korea Hydro & Nuclear Power (KHNP), two of the world's most experienced reactor builders, which had competed with Rosatom for the Kazakh contract. EDF is now concentrating on India, where it has been negotiating for more than a decade to build six EPR reactors at Jaitapur for Nuclear Power Corporation of India Ltd (NPCIL). Indian officials said last month that the two sides were close to a techno-commercial offer but had not signed one.

Washington and Brussels have so far avoided sanctioning Rosatom itself, in part because American and European utilities still buy enriched uranium from its trading subsidiary Tenex. The United States banned imports of Russian enriched uranium in 2024, although waivers allow some shipments to continue until 2028.

"Central Asia has shown that Moscow's nuclear diplomacy survived the war," said Kari Aasland, an energy analyst at Bellona, the Norwegian environmental group. She said Rosatom's offers were attractive because it builds, fuels and often finances its plants, and takes back the spent fuel.""",
    [ROSATOM, RU,
     ("Uzbekistan", "Country", ["Uzbek", "Tashkent"]),
     ("nuclear power", "Technology", ["nuclear energy", "nuclear power plant", "nuclear plant"]),
     ("small modular reactors", "Technology", ["small modular reactor", "SMR", "SMRs"]),
     ("Alexei Likhachev", "Person", ["Likhachev"]),
     ("Jurabek Mirzamakhmudov", "Person", ["Mirzamakhmudov"]),
     ("Shavkat Mirziyoyev", "Person", ["Mirziyoyev"]),
     ("TVEL", "Organization", []),
     ("Uzatom", "Organization", []),
     KZ,
     ("Agency for Atomic Energy", "Organization", ["Kazakhstan's Agency for Atomic Energy"]),
     ("China National Nuclear Corporation", "Organization", ["CNNC"]),
     CN,
     ("Kazatomprom", "Organization", []),
     ("uranium", "Technology", ["enriched uranium"]),
     ("France", "Country", ["French", "Paris"]),
     ("EDF", "Organization", ["Electricite de France", "Électricité de France"]),
     ("South Korea", "Country", ["Korea", "Korean", "Seoul"]),
     ("Korea Hydro & Nuclear Power", "Organization", ["KHNP", "Korea Hydro and Nuclear Power"]),
     IN,
     ("Nuclear Power Corporation of India", "Organization", ["NPCIL", "Nuclear Power Corporation of India Ltd"]),
     US, EU,
     ("Tenex", "Organization", ["Techsnabexport"]),
     ("Kari Aasland", "Person", ["Aasland"]),
     ("Bellona", "Organization", ["Bellona Foundation"]),
     ("Norway", "Country", ["Norwegian", "Oslo"]),
     ],
    [("Rosatom", "basedIn", "Russia"),
     ("Rosatom", "agreementWith", "Uzbekistan"),
     ("Rosatom", "suppliesTo", "Uzbekistan", "planned"),
     ("Rosatom", "focusesOn", "nuclear power"),
     ("Rosatom", "focusesOn", "small modular reactors"),
     ("Alexei Likhachev", "leaderOf", "Rosatom"),
     ("Jurabek Mirzamakhmudov", "worksFor", "Uzbekistan"),
     ("Shavkat Mirziyoyev", "leaderOf", "Uzbekistan"),
     ("TVEL", "partOf", "Rosatom"),
     ("TVEL", "suppliesTo", "Uzatom", "planned"),
     ("Uzatom", "basedIn", "Uzbekistan"),
     ("Agency for Atomic Energy", "basedIn", "Kazakhstan"),
     ("Rosatom", "suppliesTo", "Kazakhstan", "planned"),
     ("China National Nuclear Corporation", "suppliesTo", "Kazakhstan", "planned"),
     ("China National Nuclear Corporation", "basedIn", "China"),
     ("China National Nuclear Corporation", "focusesOn", "nuclear power"),
     ("Kazatomprom", "basedIn", "Kazakhstan"),
     ("Kazatomprom", "focusesOn", "uranium"),
     ("EDF", "basedIn", "France"),
     ("Korea Hydro & Nuclear Power", "basedIn", "South Korea"),
     ("EDF", "focusesOn", "nuclear power"),
     ("Korea Hydro & Nuclear Power", "focusesOn", "nuclear power"),
     ("EDF", "competesWith", "Rosatom"),
     ("Korea Hydro & Nuclear Power", "competesWith", "Rosatom"),
     ("Nuclear Power Corporation of India", "basedIn", "India"),
     ("Tenex", "partOf", "Rosatom"),
     ("Tenex", "suppliesTo", "United States"),
     ("Tenex", "focusesOn", "uranium"),
     ("United States", "sanctions", "Russia"),
     ("Kari Aasland", "worksFor", "Bellona"),
     ("Bellona", "basedIn", "Norway"),
     ],
    [("Russia", "investsIn", "Uzbekistan"),
     ("EDF", "agreementWith", "Nuclear Power Corporation of India"),
     ("United States", "sanctions", "Rosatom"),
     ("European Union", "sanctions", "Rosatom")]))

# 2 satellite internet: Chinese constellation against Starlink
DOCS.append(doc("news5-spacesail-telebras-qianfan-starlink", """SpaceSail signs Brazil deal as Chinese satellite network takes on Starlink

BRASILIA, Nov 19 —
Shanghai Spacecom Satellite Technology, the Chinese company building the Qianfan satellite constellation, signed a memorandum of understanding with Brazil's state telecoms company Telebras on Tuesday to offer satellite internet in remote parts of the Amazon. The deal is the latest step in Beijing's push to challenge Starlink, the network run by Elon Musk's SpaceX, in emerging markets.

The company, known as SpaceSail, is backed by an investment fund of the Shanghai municipal government and has put 90 satellites into orbit since last year. It aims to have more than 600 in service by the end of 2026. Under the agreement, Telebras will lease ground stations to the Chinese operator and resell its service to schools and health posts, said Frederico de Siqueira Filho, the president of the state company.

Brazil's communications minister, Juscelino Filho, said the partnership would reduce the country's dependence on Starlink, which has more than 250,000 customers in Brazil and whose owner clashed with the Supreme Court last year. SpaceX did not respond to a request for comment.

SpaceSail has signed similar agreements with Kazakhstan and with Orbitel Networks, a Kuala Lumpur-based broadband provider, and says it is talking to operators in Africa and the Middle East. In Indonesia, however, the communications ministry said it had not granted the company a licence and was not in talks with it.

Western rivals are also racing to sign up partners. Amazon's Project Kuiper has agreed to provide satellite connectivity to Vodafone and its African affiliate Vodacom, and Eutelsat, whose OneWeb unit operates the only other large low-orbit network, supplies terminals to Ukraine's armed forces.

Security officials in Washington have warned that Chinese satellite networks could be used to collect data on users abroad. Several US lawmakers urged the Commerce Department last month to add SpaceSail to its entity list, but the department has not done so, and a spokesperson declined to say whether it was reviewing the company.

"For governments that want an alternative to Musk, SpaceSail is the only one that can offer a full network within two or three years," said Marcus Leung, founder of the Hong Kong consultancy Orbital Gateway. He said the Chinese company would need to launch far more quickly to compete with Starlink, which already has more than 7,000 satellites in orbit.""",
    [("Shanghai Spacecom Satellite Technology", "Organization", ["SpaceSail", "Spacesail"]),
     CN,
     ("Brazil", "Country", ["Brazilian", "Brasilia"]),
     ("Telebras", "Organization", []),
     ("satellite internet", "Technology", ["satellite broadband", "satellite connectivity"]),
     ("Starlink", "Organization", []),
     ("Elon Musk", "Person", ["Musk"]),
     ("SpaceX", "Organization", ["Space Exploration Technologies"]),
     ("Frederico de Siqueira Filho", "Person", ["Siqueira Filho"]),
     ("Juscelino Filho", "Person", []),
     ("Supreme Court of Brazil", "Organization", ["Supreme Court", "Supreme Federal Court"]),
     KZ,
     ("Orbitel Networks", "Organization", ["Orbitel"]),
     ("Malaysia", "Country", ["Malaysian", "Kuala Lumpur"]),
     ("Indonesia", "Country", ["Indonesian", "Jakarta"]),
     ("Ministry of Communications of Indonesia", "Organization", ["communications ministry"]),
     ("Amazon", "Organization", ["Amazon.com"]),
     ("Vodafone", "Organization", ["Vodafone Group"]),
     ("Vodacom", "Organization", ["Vodacom Group"]),
     ("Eutelsat", "Organization", ["Eutelsat Group"]),
     ("OneWeb", "Organization", ["Eutelsat OneWeb"]),
     ("Ukraine", "Country", ["Ukrainian", "Kyiv"]),
     ("Armed Forces of Ukraine", "Organization", ["Ukraine's armed forces"]),
     US,
     ("United States Department of Commerce", "Organization", ["Commerce Department", "US Commerce Department",
                                                               "the department"]),
     ("Marcus Leung", "Person", ["Leung"]),
     ("Orbital Gateway", "Organization", ["Orbital Gateway Consulting"]),
     ],
    [("Shanghai Spacecom Satellite Technology", "basedIn", "China"),
     ("Shanghai Spacecom Satellite Technology", "agreementWith", "Telebras"),
     ("Shanghai Spacecom Satellite Technology", "focusesOn", "satellite internet"),
     ("Telebras", "basedIn", "Brazil"),
     ("China", "competesWith", "Starlink"),
     ("Shanghai Spacecom Satellite Technology", "competesWith", "Starlink"),
     ("Starlink", "partOf", "SpaceX"),
     ("Elon Musk", "leaderOf", "SpaceX"),
     ("Telebras", "suppliesTo", "Shanghai Spacecom Satellite Technology", "planned"),
     ("Frederico de Siqueira Filho", "leaderOf", "Telebras"),
     ("Juscelino Filho", "worksFor", "Brazil"),
     ("Starlink", "suppliesTo", "Brazil"),
     ("Starlink", "focusesOn", "satellite internet"),
     ("Shanghai Spacecom Satellite Technology", "agreementWith", "Kazakhstan"),
     ("Shanghai Spacecom Satellite Technology", "agreementWith", "Orbitel Networks"),
     ("Orbitel Networks", "basedIn", "Malaysia"),
     ("Ministry of Communications of Indonesia", "basedIn", "Indonesia"),
     ("Amazon", "suppliesTo", "Vodafone", "planned"),
     ("Amazon", "suppliesTo", "Vodacom", "planned"),
     ("Amazon", "agreementWith", "Vodafone"),
     ("Amazon", "agreementWith", "Vodacom"),
     ("Amazon", "focusesOn", "satellite internet"),
     ("Vodacom", "partOf", "Vodafone"),
     ("OneWeb", "partOf", "Eutelsat"),
     ("Eutelsat", "suppliesTo", "Armed Forces of Ukraine"),
     ("Armed Forces of Ukraine", "basedIn", "Ukraine"),
     ("United States Department of Commerce", "basedIn", "United States"),
     ("Marcus Leung", "leaderOf", "Orbital Gateway"),
     ("Orbital Gateway", "basedIn", "China"),
     ],
    [("Ministry of Communications of Indonesia", "agreementWith", "Shanghai Spacecom Satellite Technology"),
     ("Ministry of Communications of Indonesia", "cooperatesWith", "Shanghai Spacecom Satellite Technology"),
     ("Indonesia", "cooperatesWith", "Shanghai Spacecom Satellite Technology"),
     ("United States Department of Commerce", "sanctions", "Shanghai Spacecom Satellite Technology"),
     ("United States", "sanctions", "Shanghai Spacecom Satellite Technology")]))

# 3 satellite navigation: GLONASS and BeiDou
DOCS.append(doc("news5-glonass-beidou-stations-arab-pakistan", """Russia and China link satellite navigation systems as BeiDou wins users abroad

MOSCOW, Sept 3 —
Russia's space agency Roscosmos and the China Satellite Navigation Office signed an agreement on Tuesday to build monitoring stations for each other's navigation satellites, extending a 2018 treaty under which the two countries pledged to make GLONASS and BeiDou work together. Roscosmos director general Dmitry Bakanov said three Chinese stations would be set up on Russian territory and three Russian ones in China by 2027.

The deal deepens a partnership that has grown quickly since 2022. The European Union suspended its cooperation with Roscosmos in 2022, and the US Commerce Department added several Russian satellite makers, including the GLONASS builder ISS Reshetnev, to its entity list the same year.

For Beijing the agreement is part of a wider effort to sell satellite navigation services to other governments. The China-Arab States BeiDou Centre in Tunis, run jointly with the Arab Information and Communication Technology Organization (AICTO), an agency of the Arab League, trains engineers from across the region. Pakistan's space agency SUPARCO has relied on BeiDou since 2013, when it signed an agreement with the Chinese office to build a network of ground stations across the country.

Chinese companies are following. Tianlu Positioning, a Wuhan-based maker of navigation chips, said it had sold more than a million receivers to farm-machinery makers in Thailand and Egypt last year, and plans to open a sales office in Riyadh.

Not every customer is convinced. Thailand's Geo-Informatics and Space Technology Development Agency (GISTDA) said it would keep using the American GPS system alongside BeiDou, and Egypt has turned down Chinese offers to build a national ground network, preferring to work with European suppliers.

Russia, for its part, has struggled to sell GLONASS abroad. A plan to place ground stations in Nicaragua, announced a decade ago, was never carried out, and the only GLONASS station in Latin America, at the University of Brasilia, is run by Roscosmos together with Brazilian scientists.

"Combining the two systems gives users more satellites in view than GPS alone, which is what both governments want to sell," said Oleg Sarkisov, a researcher at the Institute of World Economy and International Relations (IMEMO) in Moscow. He said the two countries' militaries were also likely to use the joint stations, although neither government has said so.""",
    [RU, CN,
     ("Roscosmos", "Organization", ["State Space Corporation Roscosmos"]),
     ("China Satellite Navigation Office", "Organization", ["CSNO"]),
     ("satellite navigation", "Technology", ["navigation satellites", "satellite navigation services", "GNSS"]),
     ("Dmitry Bakanov", "Person", ["Bakanov"]),
     EU, US,
     ("United States Department of Commerce", "Organization", ["Commerce Department", "US Commerce Department"]),
     ("ISS Reshetnev", "Organization", ["Reshetnev", "Information Satellite Systems Reshetnev"]),
     ("satellites", "Technology", ["satellite"]),
     ("China-Arab States BeiDou Centre", "Organization", ["China-Arab States BeiDou/GNSS Centre"]),
     ("Arab Information and Communication Technology Organization", "Organization", ["AICTO"]),
     ("Arab League", "InternationalOrganization", ["League of Arab States"]),
     ("Pakistan", "Country", ["Pakistani", "Islamabad"]),
     ("SUPARCO", "Organization", ["Space and Upper Atmosphere Research Commission"]),
     ("Tianlu Positioning", "Organization", ["Tianlu"]),
     ("semiconductors", "Technology", ["chips", "navigation chips", "chip"]),
     ("Thailand", "Country", ["Thai", "Bangkok"]),
     ("Egypt", "Country", ["Egyptian", "Cairo"]),
     ("Geo-Informatics and Space Technology Development Agency", "Organization", ["GISTDA"]),
     ("Nicaragua", "Country", ["Nicaraguan", "Managua"]),
     ("University of Brasilia", "Organization", ["Universidade de Brasilia"]),
     ("Brazil", "Country", ["Brazilian", "Brasilia"]),
     ("Oleg Sarkisov", "Person", ["Sarkisov"]),
     ("Institute of World Economy and International Relations", "Organization", ["IMEMO"]),
     ],
    [("Roscosmos", "basedIn", "Russia"),
     ("China Satellite Navigation Office", "basedIn", "China"),
     ("Roscosmos", "agreementWith", "China Satellite Navigation Office"),
     ("Roscosmos", "cooperatesWith", "China Satellite Navigation Office", "planned"),
     ("Roscosmos", "focusesOn", "satellite navigation"),
     ("China Satellite Navigation Office", "focusesOn", "satellite navigation"),
     ("Russia", "agreementWith", "China"),
     ("Russia", "cooperatesWith", "China"),
     ("Russia", "focusesOn", "satellite navigation"),
     ("China", "focusesOn", "satellite navigation"),
     ("Dmitry Bakanov", "leaderOf", "Roscosmos"),
     ("United States Department of Commerce", "basedIn", "United States"),
     ("United States Department of Commerce", "sanctions", "ISS Reshetnev"),
     ("ISS Reshetnev", "basedIn", "Russia"),
     ("ISS Reshetnev", "focusesOn", "satellites"),
     ("ISS Reshetnev", "focusesOn", "satellite navigation"),
     ("China-Arab States BeiDou Centre", "cooperatesWith", "Arab Information and Communication Technology Organization"),
     ("China-Arab States BeiDou Centre", "focusesOn", "satellite navigation"),
     ("Arab Information and Communication Technology Organization", "partOf", "Arab League"),
     ("SUPARCO", "basedIn", "Pakistan"),
     ("SUPARCO", "agreementWith", "China Satellite Navigation Office"),
     ("Tianlu Positioning", "basedIn", "China"),
     ("Tianlu Positioning", "focusesOn", "semiconductors"),
     ("Tianlu Positioning", "focusesOn", "satellite navigation"),
     ("Tianlu Positioning", "suppliesTo", "Thailand"),
     ("Tianlu Positioning", "suppliesTo", "Egypt"),
     ("Geo-Informatics and Space Technology Development Agency", "basedIn", "Thailand"),
     ("Roscosmos", "cooperatesWith", "University of Brasilia"),
     ("University of Brasilia", "basedIn", "Brazil"),
     ("Oleg Sarkisov", "worksFor", "Institute of World Economy and International Relations"),
     ("Institute of World Economy and International Relations", "basedIn", "Russia"),
     ],
    [("European Union", "cooperatesWith", "Roscosmos"),
     ("Egypt", "cooperatesWith", "China"),
     ("Egypt", "agreementWith", "China"),
     ("Russia", "cooperatesWith", "Nicaragua"),
     ("Russia", "investsIn", "Nicaragua")]))

# 4 Belt and Road high-speed rail and ports
DOCS.append(doc("news5-kcic-whoosh-budapest-belgrade-hambantota", """Indonesia weighs extending Chinese-built fast railway as Belt and Road rail debts mount

JAKARTA, Oct 8 —
Indonesia's government is studying whether to extend the Jakarta-Bandung high-speed railway to Surabaya, two years after the Chinese-built line opened, but has not decided who would build or pay for the extension, Coordinating Minister for Infrastructure Agus Harimurti Yudhoyono said on Wednesday.

The 142-kilometre line is operated by Kereta Cepat Indonesia China (KCIC), a joint venture between a consortium of Indonesian state companies led by the railway operator PT Kereta Api Indonesia (KAI) and Beijing Yawan HSR, a group of Chinese firms headed by China Railway International. China Development Bank lent about three quarters of the project's $7.3 billion cost, and cost overruns forced KAI to take a further $450 million loan from the Chinese lender in 2024.

The railway company has since asked Danantara, Indonesia's new sovereign wealth fund, to help it restructure the debt. Danantara has not agreed to take on the loans, and its chief executive, Rosan Roeslani, said last month that the fund would only act once the government had settled the line's ownership.

In Europe, the Budapest-Belgrade railway, another flagship of China's Belt and Road Initiative, is also running late. China Railway International and China Railway Construction Corporation (CRCC) are rebuilding the Serbian section with loans from the Export-Import Bank of China, while a consortium of CRCC and Hungary's RM International is building the Hungarian stretch for the government in Budapest. The European Commission has asked Hungary to explain why the contract was awarded without an open tender.

Chinese companies are also extending their hold on ports along the route. Sinopec signed an agreement with Sri Lanka's government in January to build a $3.7 billion oil refinery next to Hambantota port, which China Merchants Port Holdings has operated on a 99-year lease since 2017. The Chinese refiner will own the plant outright and export most of its fuel.

India, which regards the port as a possible foothold for Chinese warships, has urged Colombo not to let Chinese research vessels dock there. Sri Lankan officials said they had not approved any such visits this year.

"The railways work, but the debts are now a political problem in every country that took them on," said Priya Ramaswamy, a researcher at the Global Development Policy Center of Boston University. She said Beijing had become more cautious about lending for large rail projects and now preferred smaller deals that Chinese companies could run for profit.""",
    [("Indonesia", "Country", ["Indonesian", "Jakarta"]),
     ("Government of Indonesia", "Organization", ["Indonesia's government", "Indonesian government", "the government"]),
     CN,
     ("high-speed rail", "Technology", ["high-speed railway", "high-speed railways", "high-speed line"]),
     ("Agus Harimurti Yudhoyono", "Person", ["Yudhoyono"]),
     ("Kereta Cepat Indonesia China", "Organization", ["KCIC"]),
     ("PT Kereta Api Indonesia", "Organization", ["KAI", "Kereta Api Indonesia"]),
     ("Beijing Yawan HSR", "Organization", ["Beijing Yawan"]),
     ("China Railway International", "Organization", ["CRI"]),
     ("China Development Bank", "Organization", ["CDB"]),
     ("Danantara", "Organization", ["Danantara Indonesia"]),
     ("Rosan Roeslani", "Person", ["Roeslani"]),
     ("China Railway Construction Corporation", "Organization", ["CRCC"]),
     ("Serbia", "Country", ["Serbian", "Belgrade"]),
     ("Export-Import Bank of China", "Organization", ["China Exim Bank", "Exim Bank of China"]),
     ("Hungary", "Country", ["Hungarian", "Budapest"]),
     ("RM International", "Organization", []),
     ("Government of Hungary", "Organization", ["government in Budapest", "Hungarian government"]),
     ("European Commission", "Organization", ["Commission"]),
     ("Sinopec", "Organization", ["China Petroleum & Chemical Corporation"]),
     ("Sri Lanka", "Country", ["Sri Lankan", "Colombo"]),
     ("Government of Sri Lanka", "Organization", ["Sri Lanka's government", "Sri Lankan government"]),
     ("China Merchants Port Holdings", "Organization", ["China Merchants Port", "CMPort"]),
     IN,
     ("Priya Ramaswamy", "Person", ["Ramaswamy"]),
     ("Global Development Policy Center", "Organization", ["GDP Center"]),
     ("Boston University", "Organization", []),
     ],
    [("Government of Indonesia", "basedIn", "Indonesia"),
     ("Agus Harimurti Yudhoyono", "worksFor", "Indonesia"),
     ("Kereta Cepat Indonesia China", "basedIn", "Indonesia"),
     ("Kereta Cepat Indonesia China", "focusesOn", "high-speed rail"),
     ("PT Kereta Api Indonesia", "jointVentureWith", "Beijing Yawan HSR"),
     ("PT Kereta Api Indonesia", "basedIn", "Indonesia"),
     ("Beijing Yawan HSR", "basedIn", "China"),
     ("China Railway International", "memberOf", "Beijing Yawan HSR"),
     ("China Railway International", "basedIn", "China"),
     ("China Development Bank", "basedIn", "China"),
     ("China Development Bank", "investsIn", "Kereta Cepat Indonesia China"),
     ("China Development Bank", "investsIn", "PT Kereta Api Indonesia"),
     ("Danantara", "basedIn", "Indonesia"),
     ("Rosan Roeslani", "leaderOf", "Danantara"),
     ("China Railway International", "suppliesTo", "Serbia"),
     ("China Railway Construction Corporation", "suppliesTo", "Serbia"),
     ("China Railway Construction Corporation", "basedIn", "China"),
     ("Export-Import Bank of China", "investsIn", "Serbia"),
     ("Export-Import Bank of China", "basedIn", "China"),
     ("China Railway Construction Corporation", "cooperatesWith", "RM International"),
     ("RM International", "basedIn", "Hungary"),
     ("China Railway Construction Corporation", "suppliesTo", "Government of Hungary"),
     ("RM International", "suppliesTo", "Government of Hungary"),
     ("Government of Hungary", "basedIn", "Hungary"),
     ("Sinopec", "agreementWith", "Government of Sri Lanka"),
     ("Sinopec", "investsIn", "Sri Lanka", "planned"),
     ("Sinopec", "basedIn", "China"),
     ("Government of Sri Lanka", "basedIn", "Sri Lanka"),
     ("China Merchants Port Holdings", "investsIn", "Sri Lanka"),
     ("China Merchants Port Holdings", "basedIn", "China"),
     ("Priya Ramaswamy", "worksFor", "Global Development Policy Center"),
     ("Global Development Policy Center", "partOf", "Boston University"),
     ],
    [("Danantara", "investsIn", "PT Kereta Api Indonesia"),
     ("Danantara", "investsIn", "Kereta Cepat Indonesia China")]))

# 5 vaccines and biotech plants in Africa
DOCS.append(doc("news5-biontech-kigali-moderna-kenya-vaccines", """BioNTech's Kigali plant starts production as Africa builds its own vaccine industry

KIGALI, Rwanda, March 4 —
BioNTech said on Tuesday that its modular factory in Kigali had produced its first batches of mRNA vaccines for clinical trials, making Rwanda the first African country with a working mRNA plant. The German company built the site from shipping containers and plans to hand it over to African operators once the local staff it is training can run it on their own.

Rwanda's government gave the project land and a ten-year tax holiday, and the European Investment Bank, the bloc's lending arm, has lent BioNTech 40 million euros for the site. President Paul Kagame, who attended the ceremony, said the plant showed that "Africa can make what Africa needs".

Elsewhere progress has been slower. Moderna said in August that it had paused its plans for an mRNA factory in Kenya because demand for vaccines on the continent had fallen and it had received no orders from African governments. Kenyan officials said the US company had not withdrawn from its 2022 agreement with the Kenyan government, and that talks on a smaller fill-and-finish plant were continuing.

In Senegal, the Institut Pasteur de Dakar is building a plant to make measles and yellow fever vaccines with grants from the Mastercard Foundation and the US International Development Finance Corporation. The institute expects to start production next year.

South Africa's Aspen Pharmacare signed a licensing deal last year with the Serum Institute of India, the world's largest vaccine maker by volume, to make four childhood vaccines at its plant in Gqeberha. The Indian manufacturer will transfer the technology and supply the active ingredients until Aspen can make them itself.

In North Africa, Egypt's state vaccine maker VACSERA has formed a joint venture with China's Sinovac Biotech to produce vaccines for the Middle East and Africa, and the two companies are now adding a line for hepatitis vaccines. Sinovac did not say whether it would invest further in the venture.

Jean Kaseya, director general of the Africa Centres for Disease Control and Prevention (Africa CDC), the African Union's public health agency, said African plants still made less than 2 per cent of the vaccines the continent uses. The African Union wants that share to reach 60 per cent by 2040, and has asked donors and Gavi, the vaccine alliance, to commit to buying African-made doses.

"Without guaranteed orders, none of these factories will survive," Kaseya said.""",
    [("BioNTech", "Organization", ["BioNTech SE"]),
     ("Rwanda", "Country", ["Rwandan", "Kigali"]),
     ("mRNA vaccines", "Technology", ["mRNA", "mRNA vaccine", "mRNA technology"]),
     ("vaccines", "Technology", ["vaccine"]),
     ("Germany", "Country", ["German", "Berlin"]),
     ("Government of Rwanda", "Organization", ["Rwanda's government", "Rwandan government"]),
     ("European Investment Bank", "Organization", ["EIB"]),
     EU,
     ("Paul Kagame", "Person", ["Kagame"]),
     ("Moderna", "Organization", ["Moderna Inc"]),
     ("Kenya", "Country", ["Kenyan", "Nairobi"]),
     US,
     ("Government of Kenya", "Organization", ["Kenyan government", "Kenya's government"]),
     ("Senegal", "Country", ["Senegalese", "Dakar"]),
     ("Institut Pasteur de Dakar", "Organization", ["Pasteur Institute of Dakar"]),
     ("Mastercard Foundation", "Organization", []),
     ("US International Development Finance Corporation", "Organization", ["DFC",
                                                                           "International Development Finance Corporation"]),
     ("South Africa", "Country", ["South African", "Pretoria"]),
     ("Aspen Pharmacare", "Organization", ["Aspen"]),
     ("Serum Institute of India", "Organization", ["Serum Institute"]),
     IN,
     ("Egypt", "Country", ["Egyptian", "Cairo"]),
     ("VACSERA", "Organization", ["Egyptian Holding Company for Biological Products and Vaccines"]),
     CN,
     ("Sinovac Biotech", "Organization", ["Sinovac"]),
     ("Jean Kaseya", "Person", ["Kaseya"]),
     ("Africa Centres for Disease Control and Prevention", "Organization", ["Africa CDC"]),
     ("African Union", "InternationalOrganization", ["AU"]),
     ("Gavi", "Organization", ["Gavi, the Vaccine Alliance"]),
     ],
    [("BioNTech", "investsIn", "Rwanda"),
     ("BioNTech", "focusesOn", "mRNA vaccines"),
     ("BioNTech", "basedIn", "Germany"),
     ("Government of Rwanda", "basedIn", "Rwanda"),
     ("Government of Rwanda", "investsIn", "BioNTech"),
     ("European Investment Bank", "investsIn", "BioNTech"),
     ("European Investment Bank", "partOf", "European Union"),
     ("Paul Kagame", "leaderOf", "Rwanda"),
     ("Moderna", "basedIn", "United States"),
     ("Moderna", "focusesOn", "mRNA vaccines"),
     ("Moderna", "agreementWith", "Government of Kenya"),
     ("Government of Kenya", "basedIn", "Kenya"),
     ("Institut Pasteur de Dakar", "basedIn", "Senegal"),
     ("Institut Pasteur de Dakar", "focusesOn", "vaccines"),
     ("Mastercard Foundation", "investsIn", "Institut Pasteur de Dakar"),
     ("US International Development Finance Corporation", "investsIn", "Institut Pasteur de Dakar"),
     ("US International Development Finance Corporation", "basedIn", "United States"),
     ("Aspen Pharmacare", "basedIn", "South Africa"),
     ("Aspen Pharmacare", "agreementWith", "Serum Institute of India"),
     ("Aspen Pharmacare", "focusesOn", "vaccines"),
     ("Serum Institute of India", "basedIn", "India"),
     ("Serum Institute of India", "focusesOn", "vaccines"),
     ("Serum Institute of India", "suppliesTo", "Aspen Pharmacare", "planned"),
     ("VACSERA", "basedIn", "Egypt"),
     ("VACSERA", "focusesOn", "vaccines"),
     ("VACSERA", "jointVentureWith", "Sinovac Biotech"),
     ("Sinovac Biotech", "basedIn", "China"),
     ("Sinovac Biotech", "focusesOn", "vaccines"),
     ("Jean Kaseya", "leaderOf", "Africa Centres for Disease Control and Prevention"),
     ("Africa Centres for Disease Control and Prevention", "partOf", "African Union"),
     ("Africa Centres for Disease Control and Prevention", "focusesOn", "vaccines"),
     ],
    [("Moderna", "investsIn", "Kenya")]))

# 6 fertiliser trade and farm technology
DOCS.append(doc("news5-phosagro-uralkali-ocp-ethiopia-fertiliser", """EU tariffs push Russian fertiliser to Brazil and India as Morocco's OCP expands in Africa

BRUSSELS, July 2 —
Russian fertiliser makers are sending more of their output to Brazil and India after the European Union's tariffs on their products took effect this week, traders and company officials said.

PhosAgro, one of Russia's largest producers of phosphate fertilisers, said its exports to Brazil rose by a quarter in the first half, and the company signed a five-year supply agreement with the Brazilian farm cooperative Coamo in May. Uralkali, the Russian potash miner, has agreed to supply Indian Potash Ltd, India's main state importer, with 1.2 million tonnes of potash a year at a price below that of its Canadian rival Nutrien.

The bloc's tariffs, which will rise each year until they make imports all but impossible by 2028, were designed to cut the revenue Moscow earns from the trade. The EU has not sanctioned the fertiliser producers themselves, to avoid pushing up food prices, although it has listed several of their owners, including Andrey Melnichenko, the former chairman of EuroChem. Melnichenko has challenged his listing in the EU's General Court.

Morocco's OCP Group, the world's largest phosphate exporter, is meanwhile expanding across Africa. It signed an agreement with Ethiopia's government in March to build a $2.5 billion fertiliser plant in Dire Dawa, and it has formed a joint venture with Nigeria's Dangote Group to produce ammonia at a new plant in Akwa Ibom state. OCP chief executive Mostafa Terrab said Africa should "feed itself with its own fertiliser".

Norway's Yara, Europe's largest fertiliser maker, said it had no plans to build a plant in Ethiopia, although it would keep selling to the country's farmers through local distributors.

Farm technology companies are also courting African governments. Syngenta Group, the Swiss seed and pesticide maker owned by China's Sinochem, opened a research centre in Nairobi last month where it will develop drought-tolerant maize using gene editing, in partnership with the Kenya Agricultural and Livestock Research Organization (KALRO). Kenya's agriculture minister, Mutahi Kagwe, said the country would review any gene-edited seed before it reached farmers.

"Fertiliser has become a geopolitical product," said Hannah Clarke, a fertiliser analyst at the consultancy CRU Group. He said Russia's share of world potash and phosphate trade had barely fallen since 2022, because buyers in Brazil and India had taken the volumes Europe no longer wanted.""",
    [RU,
     ("Brazil", "Country", ["Brazilian", "Brasilia"]),
     IN, EU,
     ("PhosAgro", "Organization", []),
     ("Coamo", "Organization", ["Coamo Agroindustrial Cooperativa"]),
     ("Uralkali", "Organization", []),
     ("potash", "Technology", []),
     ("Indian Potash Ltd", "Organization", ["Indian Potash", "IPL"]),
     ("Canada", "Country", ["Canadian", "Ottawa"]),
     ("Nutrien", "Organization", []),
     ("Andrey Melnichenko", "Person", ["Melnichenko", "Andrei Melnichenko"]),
     ("EuroChem", "Organization", ["EuroChem Group"]),
     ("General Court", "Organization", ["General Court of the European Union"]),
     ("Morocco", "Country", ["Moroccan", "Rabat"]),
     ("OCP Group", "Organization", ["OCP"]),
     ("Ethiopia", "Country", ["Ethiopian", "Addis Ababa"]),
     ("Government of Ethiopia", "Organization", ["Ethiopia's government", "Ethiopian government"]),
     ("Nigeria", "Country", ["Nigerian", "Abuja"]),
     ("Dangote Group", "Organization", ["Dangote"]),
     ("Mostafa Terrab", "Person", ["Terrab"]),
     ("Norway", "Country", ["Norwegian", "Oslo"]),
     ("Yara", "Organization", ["Yara International"]),
     ("Syngenta Group", "Organization", ["Syngenta"]),
     ("Switzerland", "Country", ["Swiss", "Bern"]),
     CN,
     ("Sinochem", "Organization", ["Sinochem Holdings"]),
     ("gene editing", "Technology", ["gene-edited", "genome editing"]),
     ("Kenya Agricultural and Livestock Research Organization", "Organization", ["KALRO"]),
     ("Kenya", "Country", ["Kenyan", "Nairobi"]),
     ("Mutahi Kagwe", "Person", ["Kagwe"]),
     ("Hannah Clarke", "Person", ["Clarke"]),
     ("CRU Group", "Organization", ["CRU"]),
     ],
    [("European Union", "sanctions", "Russia"),
     ("PhosAgro", "basedIn", "Russia"),
     ("PhosAgro", "suppliesTo", "Brazil"),
     ("PhosAgro", "agreementWith", "Coamo"),
     ("PhosAgro", "suppliesTo", "Coamo", "planned"),
     ("Coamo", "basedIn", "Brazil"),
     ("Uralkali", "basedIn", "Russia"),
     ("Uralkali", "focusesOn", "potash"),
     ("Uralkali", "agreementWith", "Indian Potash Ltd"),
     ("Uralkali", "suppliesTo", "Indian Potash Ltd", "planned"),
     ("Indian Potash Ltd", "basedIn", "India"),
     ("Nutrien", "basedIn", "Canada"),
     ("Nutrien", "competesWith", "Uralkali"),
     ("Nutrien", "focusesOn", "potash"),
     ("European Union", "sanctions", "Andrey Melnichenko"),
     ("Andrey Melnichenko", "leaderOf", "EuroChem"),
     ("General Court", "partOf", "European Union"),
     ("OCP Group", "basedIn", "Morocco"),
     ("OCP Group", "agreementWith", "Government of Ethiopia"),
     ("OCP Group", "investsIn", "Ethiopia", "planned"),
     ("Government of Ethiopia", "basedIn", "Ethiopia"),
     ("OCP Group", "jointVentureWith", "Dangote Group"),
     ("OCP Group", "investsIn", "Nigeria", "planned"),
     ("Dangote Group", "basedIn", "Nigeria"),
     ("Mostafa Terrab", "leaderOf", "OCP Group"),
     ("Yara", "basedIn", "Norway"),
     ("Yara", "suppliesTo", "Ethiopia"),
     ("Syngenta Group", "basedIn", "Switzerland"),
     ("Syngenta Group", "partOf", "Sinochem"),
     ("Sinochem", "basedIn", "China"),
     ("Syngenta Group", "investsIn", "Kenya"),
     ("Syngenta Group", "focusesOn", "gene editing"),
     ("Syngenta Group", "cooperatesWith", "Kenya Agricultural and Livestock Research Organization"),
     ("Kenya Agricultural and Livestock Research Organization", "basedIn", "Kenya"),
     ("Mutahi Kagwe", "worksFor", "Kenya"),
     ("Hannah Clarke", "worksFor", "CRU Group"),
     ],
    [("Yara", "investsIn", "Ethiopia"),
     ("European Union", "sanctions", "PhosAgro"),
     ("European Union", "sanctions", "Uralkali"),
     ("European Union", "sanctions", "EuroChem")]))

# 7 Arctic shipping and ice-class ships
DOCS.append(doc("news5-newnew-northern-sea-route-arctic-lng2-ice-pact", """Chinese container line plans record Arctic season as sanctions squeeze Russia's LNG fleet

MURMANSK, Aug 20 —
NewNew Shipping Line, a Hainan-based container carrier, plans to send 14 ships along Russia's Northern Sea Route this summer, twice as many as last year, after agreeing with Rosatom to form a joint venture that will build five ice-class container ships. The Russian state corporation manages traffic on the Arctic route, and its icebreaker fleet operator Atomflot will escort the Chinese vessels through the ice.

"Our Chinese partners have shown that the route works for container cargo," said Vladimir Panov, Rosatom's special representative for Arctic development. The voyage from Shanghai to St Petersburg takes about 18 days, against more than 35 through the Suez Canal.

Larger Chinese carriers have stayed away, and shipyards in China have declined to build ice-class tankers for Arctic LNG 2, the gas venture controlled by Novatek, since the United States sanctioned the project in 2023. South Korea's Hanwha Ocean cancelled an order for three of the vessels last year, citing the sanctions.

Novatek, Russia's largest producer of liquefied natural gas, has turned instead to the Zvezda shipyard in the Far East. The yard, which is controlled by the state oil company Rosneft, delivered the first Russian-built Arc7 gas carrier in January and is building four more. India's Deendayal Port Authority said in May that it would not accept cargoes from the sanctioned project.

The ships that do sail face a growing Western presence in the Arctic. The United States, Canada and Finland signed the ICE Pact last year to coordinate the building of icebreakers, and in June Washington ordered two heavy icebreakers for the US Coast Guard from Helsinki Shipyard, the Finnish yard owned by Canada's Davie Shipbuilding. Davie will also build three medium icebreakers at its Quebec yard for the Canadian Coast Guard.

Work in the Arctic Council, the main forum for the region, remains largely frozen. Its other seven members, including the United States, Canada, Finland and Norway, stopped working with Russia after the invasion of Ukraine, and officials in Oslo said there were no plans to restore contacts while the war continued.

"The Northern Sea Route is becoming a Russian-Chinese corridor rather than an international one," said Erik Lundgren, a senior fellow at The Arctic Institute, a Washington-based research group. He said NewNew's sailings were still tiny compared with traffic through Suez, but that Beijing saw the route as a hedge against disruption in the Red Sea.""",
    [("NewNew Shipping Line", "Organization", ["NewNew Shipping", "NewNew"]),
     CN, RU, ROSATOM,
     ("Atomflot", "Organization", ["FSUE Atomflot"]),
     ("Vladimir Panov", "Person", ["Panov"]),
     ("Arctic LNG 2", "Organization", []),
     ("Novatek", "Organization", ["NOVATEK"]),
     US,
     ("South Korea", "Country", ["Korea", "Korean", "Seoul"]),
     ("Hanwha Ocean", "Organization", ["Hanwha"]),
     ("Zvezda", "Organization", ["Zvezda shipyard", "Zvezda Shipbuilding Complex"]),
     ("Rosneft", "Organization", []),
     IN,
     ("Deendayal Port Authority", "Organization", []),
     ("Canada", "Country", ["Canadian", "Ottawa"]),
     ("Finland", "Country", ["Finnish", "Helsinki"]),
     ("United States Coast Guard", "Organization", ["US Coast Guard", "Coast Guard"]),
     ("Helsinki Shipyard", "Organization", []),
     ("Davie Shipbuilding", "Organization", ["Davie"]),
     ("Canadian Coast Guard", "Organization", []),
     ("Arctic Council", "InternationalOrganization", []),
     ("Norway", "Country", ["Norwegian", "Oslo"]),
     ("Ukraine", "Country", ["Ukrainian", "Kyiv"]),
     ("Erik Lundgren", "Person", ["Lundgren"]),
     ("The Arctic Institute", "Organization", ["Arctic Institute"]),
     ],
    [("NewNew Shipping Line", "basedIn", "China"),
     ("NewNew Shipping Line", "agreementWith", "Rosatom"),
     ("NewNew Shipping Line", "jointVentureWith", "Rosatom", "planned"),
     ("NewNew Shipping Line", "cooperatesWith", "Rosatom"),
     ("Rosatom", "basedIn", "Russia"),
     ("Atomflot", "partOf", "Rosatom"),
     ("Vladimir Panov", "worksFor", "Rosatom"),
     ("Arctic LNG 2", "partOf", "Novatek"),
     ("Novatek", "basedIn", "Russia"),
     ("United States", "sanctions", "Arctic LNG 2"),
     ("Hanwha Ocean", "basedIn", "South Korea"),
     ("Zvezda", "basedIn", "Russia"),
     ("Zvezda", "suppliesTo", "Novatek"),
     ("Zvezda", "partOf", "Rosneft"),
     ("Rosneft", "basedIn", "Russia"),
     ("Deendayal Port Authority", "basedIn", "India"),
     ("United States", "agreementWith", "Canada"),
     ("United States", "agreementWith", "Finland"),
     ("Canada", "agreementWith", "Finland"),
     ("United States", "cooperatesWith", "Canada"),
     ("United States", "cooperatesWith", "Finland"),
     ("Canada", "cooperatesWith", "Finland"),
     ("United States Coast Guard", "basedIn", "United States"),
     ("Helsinki Shipyard", "suppliesTo", "United States Coast Guard", "planned"),
     ("Helsinki Shipyard", "basedIn", "Finland"),
     ("Helsinki Shipyard", "partOf", "Davie Shipbuilding"),
     ("Davie Shipbuilding", "basedIn", "Canada"),
     ("Davie Shipbuilding", "suppliesTo", "Canadian Coast Guard", "planned"),
     ("Canadian Coast Guard", "basedIn", "Canada"),
     ("United States", "memberOf", "Arctic Council"),
     ("Canada", "memberOf", "Arctic Council"),
     ("Finland", "memberOf", "Arctic Council"),
     ("Norway", "memberOf", "Arctic Council"),
     ("Russia", "memberOf", "Arctic Council"),
     ("Erik Lundgren", "worksFor", "The Arctic Institute"),
     ("The Arctic Institute", "basedIn", "United States"),
     ],
    [("China", "suppliesTo", "Arctic LNG 2"),
     ("China", "suppliesTo", "Novatek"),
     ("Hanwha Ocean", "suppliesTo", "Novatek"),
     ("Hanwha Ocean", "suppliesTo", "Arctic LNG 2"),
     ("United States", "cooperatesWith", "Russia"),
     ("Norway", "cooperatesWith", "Russia"),
     ("Canada", "cooperatesWith", "Russia"),
     ("Finland", "cooperatesWith", "Russia")]))

# 8 African and South Asian fintech and digital currencies
DOCS.append(doc("news5-moniepoint-papss-enaira-mpesa-bkash", """Moniepoint raises $110 million as Africa's payment networks race to connect

LAGOS, April 15 —
Moniepoint, the Lagos-based payments company, said on Monday it had raised $110 million in a funding round led by Development Partners International, with participation from Google's Africa Investment Fund and Visa. The card network also agreed to work with the company on cross-border payments for its merchants.

The company, which processes payments for more than 10 million small businesses in Nigeria, is run by its co-founder and chief executive, Tosin Eniolorunda. It plans to use the money to expand into Kenya and to apply for a banking licence in Britain.

The deal comes as the Central Bank of Nigeria tries to revive the eNaira, the digital currency it launched in 2021 and which few Nigerians use. Governor Olayemi Cardoso said the central bank was studying whether to link the eNaira to the Pan-African Payment and Settlement System (PAPSS), the cross-border network run by the African Export-Import Bank (Afreximbank), but had made no decision.

The Cairo-based lender said this month that 15 central banks had joined PAPSS, including the Bank of Ghana and the Central Bank of Kenya, and that the system now settled payments in local currencies between 150 commercial banks. The lender's president, George Elombi, said Afreximbank would provide $3 billion to cover settlement between members.

In East Africa, Safaricom, the Kenyan operator of the M-Pesa mobile money service, said M-Pesa Ethiopia had passed 10 million users two years after its launch. Safaricom is part-owned by South Africa's Vodacom, which in turn is controlled by Britain's Vodafone. Ethiopian officials said they had not decided whether to let the operator raise its stake in the Ethiopian unit beyond 55 per cent.

Chinese investors have been more cautious. Ant Group, the Chinese fintech giant, holds a stake in Bangladesh's bKash, the mobile money unit of BRAC Bank, but said it had no plans to invest in Nigerian payment companies. In Pakistan, the State Bank of Pakistan said it would launch a pilot of a central bank digital currency next year with technical help from the World Bank.

"Mobile money has done more for financial inclusion in Africa than any central bank digital currency," said Amara Okonkwo, a fintech analyst at Kalabash Insights, a Lagos-based research firm. She said regulators now had to make the networks work together across borders.""",
    [("Moniepoint", "Organization", ["Moniepoint Inc"]),
     ("Nigeria", "Country", ["Nigerian", "Nigerians", "Abuja"]),
     ("Development Partners International", "Organization", ["DPI"]),
     ("Google", "Organization", ["Alphabet"]),
     ("Visa", "Organization", ["Visa Inc"]),
     ("Tosin Eniolorunda", "Person", ["Eniolorunda"]),
     ("Kenya", "Country", ["Kenyan", "Nairobi"]),
     ("United Kingdom", "Country", ["Britain", "British", "UK", "London"]),
     ("Central Bank of Nigeria", "Organization", ["CBN"]),
     ("central bank digital currencies", "Technology", ["central bank digital currency", "digital currency", "CBDC",
                                                        "CBDCs"]),
     ("Olayemi Cardoso", "Person", ["Cardoso"]),
     ("Pan-African Payment and Settlement System", "Organization", ["PAPSS"]),
     ("African Export-Import Bank", "Organization", ["Afreximbank"]),
     ("Egypt", "Country", ["Egyptian", "Cairo"]),
     ("Bank of Ghana", "Organization", []),
     ("Central Bank of Kenya", "Organization", ["CBK"]),
     ("George Elombi", "Person", ["Elombi"]),
     ("Safaricom", "Organization", []),
     ("mobile money", "Technology", ["mobile payments"]),
     ("Ethiopia", "Country", ["Ethiopian", "Addis Ababa"]),
     ("South Africa", "Country", ["South African", "Pretoria"]),
     ("Vodacom", "Organization", ["Vodacom Group"]),
     ("Vodafone", "Organization", ["Vodafone Group"]),
     ("Ant Group", "Organization", ["Ant Financial"]),
     CN,
     ("Bangladesh", "Country", ["Bangladeshi", "Dhaka"]),
     ("bKash", "Organization", []),
     ("BRAC Bank", "Organization", []),
     ("Pakistan", "Country", ["Pakistani", "Islamabad"]),
     ("State Bank of Pakistan", "Organization", ["SBP"]),
     ("World Bank", "InternationalOrganization", []),
     ("Amara Okonkwo", "Person", ["Okonkwo"]),
     ("Kalabash Insights", "Organization", []),
     ],
    [("Moniepoint", "basedIn", "Nigeria"),
     ("Development Partners International", "investsIn", "Moniepoint"),
     ("Google", "investsIn", "Moniepoint"),
     ("Visa", "investsIn", "Moniepoint"),
     ("Visa", "cooperatesWith", "Moniepoint", "planned"),
     ("Tosin Eniolorunda", "leaderOf", "Moniepoint"),
     ("Moniepoint", "investsIn", "Kenya", "planned"),
     ("Central Bank of Nigeria", "basedIn", "Nigeria"),
     ("Central Bank of Nigeria", "focusesOn", "central bank digital currencies"),
     ("Olayemi Cardoso", "leaderOf", "Central Bank of Nigeria"),
     ("Pan-African Payment and Settlement System", "partOf", "African Export-Import Bank"),
     ("African Export-Import Bank", "basedIn", "Egypt"),
     ("Bank of Ghana", "memberOf", "Pan-African Payment and Settlement System"),
     ("Central Bank of Kenya", "memberOf", "Pan-African Payment and Settlement System"),
     ("Central Bank of Kenya", "basedIn", "Kenya"),
     ("George Elombi", "leaderOf", "African Export-Import Bank"),
     ("African Export-Import Bank", "investsIn", "Pan-African Payment and Settlement System", "planned"),
     ("Safaricom", "basedIn", "Kenya"),
     ("Safaricom", "focusesOn", "mobile money"),
     ("Safaricom", "investsIn", "Ethiopia"),
     ("Vodacom", "investsIn", "Safaricom"),
     ("Vodacom", "basedIn", "South Africa"),
     ("Vodacom", "partOf", "Vodafone"),
     ("Vodafone", "basedIn", "United Kingdom"),
     ("Ant Group", "basedIn", "China"),
     ("Ant Group", "investsIn", "bKash"),
     ("bKash", "basedIn", "Bangladesh"),
     ("bKash", "partOf", "BRAC Bank"),
     ("bKash", "focusesOn", "mobile money"),
     ("BRAC Bank", "basedIn", "Bangladesh"),
     ("State Bank of Pakistan", "basedIn", "Pakistan"),
     ("State Bank of Pakistan", "focusesOn", "central bank digital currencies", "planned"),
     ("State Bank of Pakistan", "cooperatesWith", "World Bank", "planned"),
     ("Amara Okonkwo", "worksFor", "Kalabash Insights"),
     ("Kalabash Insights", "basedIn", "Nigeria"),
     ],
    [("Ant Group", "investsIn", "Nigeria"),
     ("Central Bank of Nigeria", "cooperatesWith", "Pan-African Payment and Settlement System"),
     ("Central Bank of Nigeria", "memberOf", "Pan-African Payment and Settlement System")]))


if __name__ == "__main__":
    print_docs(DOCS)
