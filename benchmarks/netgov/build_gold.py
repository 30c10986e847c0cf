"""Builds gold.jsonl of the netgov stand-in set (8 hand-written news-style articles on internet and
telecom governance, annotated per GUIDELINES.md).

Run: python3 benchmarks/netgov/build_gold.py > benchmarks/netgov/gold.jsonl
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gold_rows import doc, print_docs  # noqa: E402

US = ("United States", "Country", ["US", "U.S.", "USA", "United States of America", "America", "American", "Americans", "Washington"])
CN = ("China", "Country", ["Chinese", "People's Republic of China", "PRC", "Beijing"])
RU = ("Russia", "Country", ["Russian", "Russian Federation", "Moscow", "Russians"])
IN = ("India", "Country", ["Indian", "Indians", "New Delhi", "Republic of India"])
UK = ("United Kingdom", "Country", ["UK", "U.K.", "Britain", "British", "Great Britain", "London"])
EU = ("European Union", "InternationalOrganization", ["EU", "the bloc", "E.U."])
ITU = ("International Telecommunication Union", "InternationalOrganization", ["ITU", "the union", "International Telecommunications Union"])
UN = ("United Nations", "InternationalOrganization", ["UN", "U.N."])



DOCS = []

# 1 ITU resolution, ICANN, root servers
DOCS.append(doc("netgov-itu-plenipot-icann-root", """Russia and China win ITU study on internet addresses as US objects

GENEVA, Oct 14 —
Member states of the International Telecommunication Union (ITU) adopted a resolution on Friday asking the UN agency to study how governments could coordinate the allocation of internet addresses, a text championed by Russia and China and opposed by the United States and most European delegations.

The vote closed a three-week plenipotentiary conference at which delegates also re-elected Doreen Bogdan-Martin as secretary-general of the union. Her only declared rival, Russia's Rashid Ismailov, a former deputy telecoms minister, withdrew on the eve of the ballot.

Moscow and Beijing have long argued that the ITU, rather than ICANN, the California-based non-profit that coordinates the domain name system, should oversee the internet's core resources. Kurt Lindqvist, ICANN's chief executive, said the organisation would keep working with the ITU on technical questions but would not hand over any of its functions. "The root zone is not up for negotiation," he said.

On the sidelines of the conference, the China Academy of Information and Communications Technology (CAICT), a think tank under China's Ministry of Industry and Information Technology, signed a memorandum with Russia's Radio Research and Development Institute (NIIR) to prepare joint contributions to ITU study groups on network architecture.

Brazil, India and South Africa, fellow BRICS members of Russia and China, abstained. Indian delegates said New Delhi had not endorsed the text because it risked fragmenting the network. Kazakhstan and Kyrgyzstan, both members of the Regional Commonwealth in the Field of Communications (RCC), a Moscow-led grouping of post-Soviet telecom administrations, voted in favour.

Verisign, the Virginia-based company that operates two of the internet's 13 root server identities under an agreement with ICANN, declined to comment. Analysts said the resolution could prompt Moscow to press for an alternative root system within BRICS, though there was no sign that other members would join such a project.""",
    [ITU, RU, CN, US,
     ("Doreen Bogdan-Martin", "Person", ["Bogdan-Martin"]),
     ("Rashid Ismailov", "Person", ["Ismailov"]),
     ("ICANN", "Organization", ["Internet Corporation for Assigned Names and Numbers"]),
     ("Kurt Lindqvist", "Person", ["Lindqvist"]),
     ("China Academy of Information and Communications Technology", "Organization", ["CAICT"]),
     ("Ministry of Industry and Information Technology", "Organization", ["MIIT", "China's Ministry of Industry and Information Technology"]),
     ("Radio Research and Development Institute", "Organization", ["NIIR"]),
     ("Brazil", "Country", ["Brazilian"]), IN,
     ("South Africa", "Country", ["South African"]),
     ("BRICS", "InternationalOrganization", []),
     ("Kazakhstan", "Country", ["Kazakh"]),
     ("Kyrgyzstan", "Country", ["Kyrgyz"]),
     ("Regional Commonwealth in the Field of Communications", "InternationalOrganization", ["RCC"]),
     ("Verisign", "Organization", ["VeriSign"]),
     ],
    [("Doreen Bogdan-Martin", "leaderOf", "International Telecommunication Union"),
     ("Rashid Ismailov", "worksFor", "Russia"),
     ("ICANN", "basedIn", "United States"),
     ("Kurt Lindqvist", "leaderOf", "ICANN"),
     ("ICANN", "cooperatesWith", "International Telecommunication Union", "planned"),
     ("China Academy of Information and Communications Technology", "partOf", "Ministry of Industry and Information Technology"),
     ("China Academy of Information and Communications Technology", "basedIn", "China"),
     ("Ministry of Industry and Information Technology", "basedIn", "China"),
     ("Radio Research and Development Institute", "basedIn", "Russia"),
     ("China Academy of Information and Communications Technology", "agreementWith", "Radio Research and Development Institute"),
     ("China Academy of Information and Communications Technology", "cooperatesWith", "Radio Research and Development Institute", "planned"),
     ("Brazil", "memberOf", "BRICS"),
     ("India", "memberOf", "BRICS"),
     ("South Africa", "memberOf", "BRICS"),
     ("Russia", "memberOf", "BRICS"),
     ("China", "memberOf", "BRICS"),
     ("Kazakhstan", "memberOf", "Regional Commonwealth in the Field of Communications"),
     ("Kyrgyzstan", "memberOf", "Regional Commonwealth in the Field of Communications"),
     ("Russia", "memberOf", "Regional Commonwealth in the Field of Communications"),
     ("Verisign", "basedIn", "United States"),
     ("Verisign", "agreementWith", "ICANN"),
     ],
    []))

# 2 Russia sovereign internet, Roskomnadzor, RIPE NCC
DOCS.append(doc("netgov-roskomnadzor-signal-ripe", """Russia blocks Signal, slows YouTube as sovereign internet law bites

MOSCOW, Aug 9 —
Roskomnadzor, Russia's communications watchdog, said on Friday it had blocked the encrypted messaging service Signal and would slow access to Google's YouTube further, the latest step in a campaign to bring the Russian internet under state control.

The regulator said Signal, which is run by the US-based Signal Foundation, had broken Russian anti-terrorism law by failing to hand over user data. Under the 2019 sovereign internet law, operators must route traffic through filtering boxes supplied by the state, and the watchdog has ordered Rostelecom, MTS, MegaFon and VimpelCom to install the equipment at every exchange point by March.

Maksut Shadayev, the digital development minister, said the Russian government was working with the Federal Security Service (FSB) on a register of VPN providers, and that no decision had been taken on blocking Telegram, the messenger run by Pavel Durov.

The Wikimedia Foundation and Proton, the Swiss-based maker of an encrypted email service, said Roskomnadzor had also demanded that they delete articles and accounts. Proton has not complied, its chief executive Andy Yen said.

Meanwhile RIPE NCC, the Amsterdam-based registry that allocates internet addresses in Europe, the Middle East and Central Asia, said its Russian members would keep their address space. Rostelecom and MTS are among the roughly 2,000 Russian members of the registry, which is bound by Dutch law to apply European Union sanctions. The body said it had frozen the resources of one Russian member, the state-owned arms maker Almaz-Antey, which the EU blacklisted in 2014.

Some lawmakers have speculated that YouTube could be blocked outright by the end of the year. Google, which closed its Russian subsidiary after its bank accounts were seized in 2022, said it had not been notified of any such decision.""",
    [("Roskomnadzor", "Organization", ["Federal Service for Supervision of Communications, Information Technology and Mass Media"]),
     RU,
     ("Signal Foundation", "Organization", ["Signal"]),
     ("Google", "Organization", ["Google LLC"]),
     ("YouTube", "Organization", []),
     US,
     ("Rostelecom", "Organization", []),
     ("MTS", "Organization", ["Mobile TeleSystems"]),
     ("MegaFon", "Organization", ["Megafon"]),
     ("VimpelCom", "Organization", ["Beeline"]),
     ("Maksut Shadayev", "Person", ["Shadayev"]),
     ("Government of Russia", "Organization", ["Russian government", "the Russian government", "Russia's government"]),
     ("Federal Security Service", "Organization", ["FSB"]),
     ("Telegram", "Organization", []),
     ("Pavel Durov", "Person", ["Durov"]),
     ("Wikimedia Foundation", "Organization", ["Wikimedia"]),
     ("Proton", "Organization", ["Proton AG"]),
     ("Switzerland", "Country", ["Swiss"]),
     ("Andy Yen", "Person", ["Yen"]),
     ("RIPE NCC", "Organization", ["RIPE", "Réseaux IP Européens Network Coordination Centre"]),
     ("Netherlands", "Country", ["Dutch", "the Netherlands", "Holland"]),
     EU,
     ("Almaz-Antey", "Organization", ["Almaz Antey"]),
     ],
    [("Roskomnadzor", "basedIn", "Russia"),
     ("Roskomnadzor", "sanctions", "Signal Foundation"),
     ("Roskomnadzor", "sanctions", "YouTube"),
     ("Roskomnadzor", "sanctions", "Google"),
     ("YouTube", "partOf", "Google"),
     ("Signal Foundation", "basedIn", "United States"),
     ("Roskomnadzor", "directs", "Rostelecom"),
     ("Roskomnadzor", "directs", "MTS"),
     ("Roskomnadzor", "directs", "MegaFon"),
     ("Roskomnadzor", "directs", "VimpelCom"),
     ("Maksut Shadayev", "worksFor", "Government of Russia"),
     ("Government of Russia", "basedIn", "Russia"),
     ("Government of Russia", "cooperatesWith", "Federal Security Service"),
     ("Federal Security Service", "basedIn", "Russia"),
     ("Pavel Durov", "leaderOf", "Telegram"),
     ("Roskomnadzor", "directs", "Wikimedia Foundation"),
     ("Roskomnadzor", "directs", "Proton"),
     ("Proton", "basedIn", "Switzerland"),
     ("Andy Yen", "leaderOf", "Proton"),
     ("RIPE NCC", "basedIn", "Netherlands"),
     ("Rostelecom", "memberOf", "RIPE NCC"),
     ("MTS", "memberOf", "RIPE NCC"),
     ("Rostelecom", "basedIn", "Russia"),
     ("MTS", "basedIn", "Russia"),
     ("Almaz-Antey", "memberOf", "RIPE NCC"),
     ("Almaz-Antey", "basedIn", "Russia"),
     ("RIPE NCC", "sanctions", "Almaz-Antey"),
     ("European Union", "sanctions", "Almaz-Antey"),
     ],
    [("Roskomnadzor", "sanctions", "Telegram"), ("Russia", "sanctions", "Telegram")]))

# 3 China CAC data-export reviews
DOCS.append(doc("netgov-cac-data-export-review", """China's cyberspace regulator clears first car data exports, fines ride-hailing firm

BEIJING, March 22 —
The Cyberspace Administration of China (CAC) has approved the transfer of vehicle data abroad by BMW's Chinese joint venture and by Tesla, the first carmakers to pass the security review that the regulator requires before "important data" can leave the country, state media reported on Friday.

BMW Brilliance Automotive, the German carmaker's venture with Brilliance China Automotive Holdings, said the approval allowed it to share diagnostics data with engineers in Munich. Tesla, which builds cars in Shanghai, has stored the data of Chinese customers locally since 2021 and worked with the China Academy of Information and Communications Technology on the audit.

The agency, which reports to the Central Cyberspace Affairs Commission chaired by President Xi Jinping, also fined the ride-hailing company Hello Inc 12 million yuan for sending map data to servers in Singapore without clearance, and ordered app stores run by Huawei and Xiaomi to remove Hello's app until the company fixes the problem.

The rules, drafted together with the Ministry of Public Security, have irritated foreign business groups. The EU Chamber of Commerce in China, whose members include Siemens and Volkswagen, said on Monday that the reviews had delayed projects by months. The American Chamber of Commerce in China said US firms were considering moving data centres to Singapore, though none had yet done so.

Cyberspace officials met representatives of Apple and Microsoft in February, according to two people briefed on the meeting, who said the regulator might relax the rules for cloud services. The CAC has not commented on those reports.

Separately, the watchdog said it had not banned the products of Kioxia, the Japanese memory maker, from critical infrastructure, contradicting a report in a Tokyo newspaper.""",
    [("Cyberspace Administration of China", "Organization", ["CAC"]),
     CN,
     ("BMW", "Organization", ["BMW Group", "Bayerische Motoren Werke"]),
     ("BMW Brilliance Automotive", "Organization", ["BMW Brilliance", "BBA"]),
     ("Brilliance China Automotive Holdings", "Organization", ["Brilliance China Automotive", "Brilliance"]),
     ("Germany", "Country", ["German"]),
     ("Tesla", "Organization", ["Tesla Inc"]),
     ("China Academy of Information and Communications Technology", "Organization", ["CAICT"]),
     ("Central Cyberspace Affairs Commission", "Organization", []),
     ("Xi Jinping", "Person", ["Xi"]),
     ("Hello Inc", "Organization", ["Hello"]),
     ("Huawei", "Organization", ["Huawei Technologies"]),
     ("Xiaomi", "Organization", ["Xiaomi Corp"]),
     ("Ministry of Public Security", "Organization", []),
     ("EU Chamber of Commerce in China", "Organization", ["European Union Chamber of Commerce in China"]),
     ("Siemens", "Organization", ["Siemens AG"]),
     ("Volkswagen", "Organization", ["Volkswagen Group", "VW"]),
     ("American Chamber of Commerce in China", "Organization", ["AmCham China"]),
     US,
     ("Apple", "Organization", ["Apple Inc."]),
     ("Microsoft", "Organization", ["Microsoft Corp"]),
     ("Kioxia", "Organization", ["Kioxia Holdings"]),
     ("Japan", "Country", ["Japanese", "Tokyo"]),
     ],
    [("Cyberspace Administration of China", "basedIn", "China"),
     ("BMW", "jointVentureWith", "Brilliance China Automotive Holdings"),
     ("BMW Brilliance Automotive", "partOf", "BMW"),
     ("BMW Brilliance Automotive", "basedIn", "China"),
     ("BMW", "basedIn", "Germany"),
     ("Tesla", "cooperatesWith", "China Academy of Information and Communications Technology"),
     ("China Academy of Information and Communications Technology", "basedIn", "China"),
     ("Cyberspace Administration of China", "partOf", "Central Cyberspace Affairs Commission"),
     ("Xi Jinping", "leaderOf", "Central Cyberspace Affairs Commission"),
     ("Xi Jinping", "leaderOf", "China"),
     ("Cyberspace Administration of China", "sanctions", "Hello Inc"),
     ("Cyberspace Administration of China", "directs", "Huawei"),
     ("Cyberspace Administration of China", "directs", "Xiaomi"),
     ("Cyberspace Administration of China", "cooperatesWith", "Ministry of Public Security"),
     ("Ministry of Public Security", "basedIn", "China"),
     ("Siemens", "memberOf", "EU Chamber of Commerce in China"),
     ("Volkswagen", "memberOf", "EU Chamber of Commerce in China"),
     ("Kioxia", "basedIn", "Japan"),
     ],
    [("Cyberspace Administration of China", "sanctions", "Kioxia"), ("China", "sanctions", "Kioxia")]))

# 4 Undersea cable consortia, cable cuts, landing permits
DOCS.append(doc("netgov-red-sea-baltic-cable-cuts", """Cable cuts strain consortia as Washington tightens landing rules

DUBAI, Feb 18 —
Repairs to three subsea cables cut in the Red Sea last month will take at least eight weeks, their owners said on Tuesday, as insurers and governments argue over who should pay.

The damaged systems include AAE-1, owned by a consortium of 19 carriers whose members include China Unicom, Telecom Egypt, Djibouti Telecom and Pakistan's PTCL, and Seacom, a privately funded cable company in which Kenya's Safaricom holds a stake. E-Marine, a cable-ship operator owned by the UAE telecom group e&, has been hired by the AAE-1 consortium to carry out the repairs. Telecom Egypt said it had not agreed to share the cost with Djibouti Telecom.

Yemen's Houthi rebels have denied targeting the cables, and US officials said a cargo ship struck by a Houthi missile had probably dragged its anchor across them.

In the Baltic, Finnish authorities are still holding the tanker Eagle S, which is suspected of damaging four data cables on Christmas Day. Cinia, the Finnish state-owned operator of the C-Lion1 cable to Germany, said it was cooperating with the National Bureau of Investigation. NATO members Finland, Estonia and Germany have since sent ships to patrol the sea.

In Washington, the Federal Communications Commission adopted rules that will deny landing licences to cables built with equipment from companies on its covered list, among them HMN Technologies, the Chinese cable maker. Google and Meta, partners in a new trans-Pacific system, said they supported the rules. Meta has signed a contract with Japan's NEC, which will manufacture and lay the cable.

Industry executives say the cuts could push more carriers to join rival consortia, though none has announced such a move.""",
    [("AAE-1 consortium", "Organization", ["AAE-1", "Asia-Africa-Europe 1 consortium"]),
     ("China Unicom", "Organization", []),
     ("Telecom Egypt", "Organization", []),
     ("Djibouti Telecom", "Organization", []),
     ("PTCL", "Organization", ["Pakistan Telecommunication Company"]),
     ("Pakistan", "Country", ["Pakistani"]),
     ("Seacom", "Organization", ["SEACOM"]),
     ("Safaricom", "Organization", []),
     ("Kenya", "Country", ["Kenyan"]),
     ("E-Marine", "Organization", ["E-Marine PJSC"]),
     ("e&", "Organization", ["Etisalat", "e& group"]),
     ("United Arab Emirates", "Country", ["UAE", "Emirati"]),
     ("Houthis", "Organization", ["Houthi", "Houthi rebels"]),
     ("Yemen", "Country", ["Yemeni"]),
     US,
     ("Finland", "Country", ["Finnish"]),
     ("Cinia", "Organization", ["Cinia Oy"]),
     ("Germany", "Country", ["German"]),
     ("National Bureau of Investigation", "Organization", ["NBI"]),
     ("NATO", "InternationalOrganization", ["North Atlantic Treaty Organization"]),
     ("Estonia", "Country", ["Estonian"]),
     ("Federal Communications Commission", "Organization", ["FCC"]),
     ("HMN Technologies", "Organization", ["HMN Tech", "HMN"]),
     CN,
     ("Google", "Organization", []),
     ("Meta", "Organization", ["Meta Platforms"]),
     ("NEC", "Organization", ["NEC Corp"]),
     ("Japan", "Country", ["Japanese"]),
     ("submarine cables", "Technology", ["subsea cables", "undersea cables", "cables", "cable"]),
     ],
    [("China Unicom", "memberOf", "AAE-1 consortium"),
     ("Telecom Egypt", "memberOf", "AAE-1 consortium"),
     ("Djibouti Telecom", "memberOf", "AAE-1 consortium"),
     ("PTCL", "memberOf", "AAE-1 consortium"),
     ("PTCL", "basedIn", "Pakistan"),
     ("Safaricom", "investsIn", "Seacom"),
     ("Safaricom", "basedIn", "Kenya"),
     ("E-Marine", "partOf", "e&"),
     ("e&", "basedIn", "United Arab Emirates"),
     ("E-Marine", "suppliesTo", "AAE-1 consortium"),
     ("Houthis", "basedIn", "Yemen"),
     ("Cinia", "basedIn", "Finland"),
     ("Cinia", "cooperatesWith", "National Bureau of Investigation"),
     ("National Bureau of Investigation", "basedIn", "Finland"),
     ("Finland", "memberOf", "NATO"),
     ("Estonia", "memberOf", "NATO"),
     ("Germany", "memberOf", "NATO"),
     ("Federal Communications Commission", "basedIn", "United States"),
     ("Federal Communications Commission", "sanctions", "HMN Technologies"),
     ("HMN Technologies", "basedIn", "China"),
     ("HMN Technologies", "focusesOn", "submarine cables"),
     ("Google", "cooperatesWith", "Meta"),
     ("Meta", "agreementWith", "NEC"),
     ("NEC", "suppliesTo", "Meta", "planned"),
     ("NEC", "basedIn", "Japan"),
     ("NEC", "focusesOn", "submarine cables"),
     ],
    [("Telecom Egypt", "agreementWith", "Djibouti Telecom")]))

# 5 Starlink licensing and bans, ITU radio board
DOCS.append(doc("netgov-starlink-iran-itu-south-africa", """ITU board tells SpaceX to stop Starlink service in Iran; South Africa holds out

GENEVA/JOHANNESBURG, Nov 12 —
The ITU's Radio Regulations Board has told SpaceX to disable Starlink terminals operating in Iran, siding with Tehran in a complaint that the service breaks the country's control over its airwaves.

Iran, an ITU member state, had asked the board to order the United States, where Starlink is licensed, to make the satellite operator comply with its ban. The board, a 12-member body that rules on spectrum disputes, said Washington should "take all appropriate measures" to stop the unauthorised transmissions. Iran's telecommunications ministry says tens of thousands of terminals have been smuggled into the country since the 2022 protests.

SpaceX, whose chief executive Elon Musk has said Starlink will not switch off Iranian users, did not comment. The US State Department, which has exempted satellite internet kits from its sanctions on Iran, said it disagreed with the ruling.

In South Africa, the communications regulator ICASA has still not licensed Starlink, which does not meet a rule requiring 30% of a licensee's equity to be held by historically disadvantaged groups. Communications Minister Solly Malatsi proposed last month that foreign operators be allowed to invest in local skills programmes instead, a plan that Musk welcomed.

Elsewhere the company has found easier terrain. Vodacom, the South African operator controlled by Britain's Vodafone, signed an agreement with Amazon's Project Kuiper to use its satellites for backhaul, and Kenya's Safaricom is in talks with SpaceX about a similar deal.

Pakistan's telecom regulator, the Pakistan Telecommunication Authority (PTA), said Starlink had registered with the country's space regulator and could start service next year if it obtains a licence.""",
    [ITU,
     ("Radio Regulations Board", "Organization", ["RRB", "the board"]),
     ("SpaceX", "Organization", ["Space Exploration Technologies"]),
     ("Starlink", "Organization", []),
     ("Iran", "Country", ["Iranian", "Tehran"]),
     US,
     ("Elon Musk", "Person", ["Musk"]),
     ("United States Department of State", "Organization", ["State Department", "US State Department"]),
     ("South Africa", "Country", ["South African"]),
     ("ICASA", "Organization", ["Independent Communications Authority of South Africa"]),
     ("Solly Malatsi", "Person", ["Malatsi"]),
     ("Vodacom", "Organization", ["Vodacom Group"]),
     UK,
     ("Vodafone", "Organization", ["Vodafone Group"]),
     ("Amazon", "Organization", ["Amazon.com"]),
     ("Project Kuiper", "Organization", ["Kuiper"]),
     ("Safaricom", "Organization", []),
     ("Kenya", "Country", ["Kenyan"]),
     ("Pakistan", "Country", ["Pakistani"]),
     ("Pakistan Telecommunication Authority", "Organization", ["PTA"]),
     ("satellite internet", "Technology", ["satellite internet kits", "satellite broadband"]),
     ],
    [("Radio Regulations Board", "partOf", "International Telecommunication Union"),
     ("Radio Regulations Board", "directs", "SpaceX"),
     ("Radio Regulations Board", "directs", "United States"),
     ("Starlink", "partOf", "SpaceX"),
     ("Iran", "memberOf", "International Telecommunication Union"),
     ("Iran", "sanctions", "Starlink"),
     ("Starlink", "suppliesTo", "Iran"),
     ("Elon Musk", "leaderOf", "SpaceX"),
     ("United States Department of State", "basedIn", "United States"),
     ("United States Department of State", "sanctions", "Iran"),
     ("ICASA", "basedIn", "South Africa"),
     ("Solly Malatsi", "worksFor", "South Africa"),
     ("Vodacom", "basedIn", "South Africa"),
     ("Vodacom", "partOf", "Vodafone"),
     ("Vodafone", "basedIn", "United Kingdom"),
     ("Vodacom", "agreementWith", "Project Kuiper"),
     ("Project Kuiper", "partOf", "Amazon"),
     ("Project Kuiper", "suppliesTo", "Vodacom", "planned"),
     ("Safaricom", "basedIn", "Kenya"),
     ("Pakistan Telecommunication Authority", "basedIn", "Pakistan"),
     ("Starlink", "focusesOn", "satellite internet"),
     ],
    [("Starlink", "suppliesTo", "Pakistan"), ("Safaricom", "agreementWith", "SpaceX"),
     ("United States Department of State", "restrictsExportsTo", "Iran")]))

# 6 EU Digital Services Act fines
DOCS.append(doc("netgov-eu-dsa-fine-x", """Brussels hands X first fine under Digital Services Act

BRUSSELS, July 10 —
The European Commission fined X 140 million euros on Thursday for breaching the Digital Services Act, the first penalty under the European Union's law on illegal content, saying the platform had misled users with its paid blue check marks and refused researchers access to its data.

Henna Virkkunen, the Commission's executive vice-president for tech sovereignty, said the decision was "about transparency, not censorship". X's chief executive, Linda Yaccarino, said the company would appeal to the EU's General Court in Luxembourg.

The Commission, the bloc's executive arm, is also investigating TikTok and Meta's Facebook and Instagram over their handling of election content, and has opened proceedings against the online marketplaces AliExpress and Temu. Officials said a decision on TikTok could come by the autumn and might include a fine of up to 6% of its global turnover.

Enforcement is shared with national regulators. The Commission works closely with Ireland's media regulator Coimisiún na Meán, which oversees the many US platforms with European headquarters in Dublin, and France's Arcom; both sit on the European Board for Digital Services, which brings together the 27 national coordinators.

Germany and France, the bloc's largest members, have pressed for faster action. In Washington, the State Department called the fine an attack on free speech, and officials hinted that the United States could respond with tariffs, although the two sides signed a trade framework only last month.

The fine follows a 500 million euro penalty that the Commission imposed on Apple in April under the Digital Markets Act, the companion law for the largest gatekeeper platforms. Apple has complied with the order while it appeals.""",
    [("European Commission", "Organization", ["Commission", "the Commission"]),
     ("X", "Organization", ["X Corp", "X Corp."]),
     EU,
     ("Henna Virkkunen", "Person", ["Virkkunen"]),
     ("Linda Yaccarino", "Person", ["Yaccarino"]),
     ("General Court", "Organization", ["EU General Court"]),
     ("TikTok", "Organization", []),
     ("Meta", "Organization", ["Meta Platforms"]),
     ("AliExpress", "Organization", []),
     ("Temu", "Organization", []),
     ("Coimisiún na Meán", "Organization", ["Coimisiun na Mean"]),
     ("Ireland", "Country", ["Irish", "Dublin"]),
     US,
     ("Arcom", "Organization", []),
     ("France", "Country", ["French"]),
     ("European Board for Digital Services", "Organization", []),
     ("Germany", "Country", ["German"]),
     ("United States Department of State", "Organization", ["State Department"]),
     ("Apple", "Organization", ["Apple Inc."]),
     ],
    [("European Commission", "sanctions", "X"),
     ("European Commission", "partOf", "European Union"),
     ("Henna Virkkunen", "worksFor", "European Commission"),
     ("Linda Yaccarino", "leaderOf", "X"),
     ("General Court", "partOf", "European Union"),
     ("European Commission", "cooperatesWith", "Coimisiún na Meán"),
     ("European Commission", "cooperatesWith", "Arcom"),
     ("Coimisiún na Meán", "basedIn", "Ireland"),
     ("Arcom", "basedIn", "France"),
     ("Coimisiún na Meán", "memberOf", "European Board for Digital Services"),
     ("Arcom", "memberOf", "European Board for Digital Services"),
     ("Germany", "memberOf", "European Union"),
     ("France", "memberOf", "European Union"),
     ("United States Department of State", "basedIn", "United States"),
     ("United States", "agreementWith", "European Union"),
     ("European Commission", "sanctions", "Apple"),
     ("European Commission", "directs", "Apple"),
     ],
    [("European Commission", "sanctions", "TikTok"), ("United States", "sanctions", "European Union")]))

# 7 UN cybercrime convention and Global Digital Compact
DOCS.append(doc("netgov-un-cybercrime-convention-hanoi", """UN cybercrime treaty opens for signature in Hanoi as rights groups object

HANOI, Oct 25 —
Vietnam, China, Russia, Brazil and the European Union were among 65 parties that signed the United Nations Convention against Cybercrime on Saturday, the first global treaty on online crime, five years after Moscow proposed it at the UN General Assembly.

The convention obliges signatories to share electronic evidence and to extradite suspects in serious cases. UN Secretary-General António Guterres, who attended the ceremony, called it "a shield for victims everywhere". The UN Office on Drugs and Crime (UNODC), whose executive director Ghada Waly negotiated the final text with member states, will act as its secretariat.

The United States did not sign, though officials in Washington said they had not ruled out doing so. Human Rights Watch and the digital rights group Access Now warned that authoritarian governments could use the treaty to pursue journalists and dissidents abroad, a concern shared by Microsoft, whose president Brad Smith called the text "a surveillance treaty in disguise".

Vietnam's deputy prime minister, Bui Thanh Son, said his government would work with Interpol and the Association of Southeast Asian Nations (ASEAN), of which Vietnam is a member, to train police across the region.

The treaty follows the Global Digital Compact, adopted by the General Assembly last year, which tasks the International Telecommunication Union and UNESCO with helping poorer states connect their citizens. Both agencies belong to the UN system. Diplomats said India might sign next year, but New Delhi has given no indication.""",
    [("Vietnam", "Country", ["Vietnamese", "Hanoi", "Viet Nam"]),
     CN, RU,
     ("Brazil", "Country", ["Brazilian"]),
     EU, UN,
     ("United Nations General Assembly", "Organization", ["UN General Assembly", "General Assembly"]),
     ("António Guterres", "Person", ["Guterres", "Antonio Guterres"]),
     ("United Nations Office on Drugs and Crime", "Organization", ["UNODC", "UN Office on Drugs and Crime"]),
     ("Ghada Waly", "Person", ["Waly"]),
     US,
     ("Human Rights Watch", "Organization", ["HRW"]),
     ("Access Now", "Organization", []),
     ("Microsoft", "Organization", ["Microsoft Corp"]),
     ("Brad Smith", "Person", ["Smith"]),
     ("Bui Thanh Son", "Person", ["Son"]),
     ("Interpol", "InternationalOrganization", ["INTERPOL"]),
     ("Association of Southeast Asian Nations", "InternationalOrganization", ["ASEAN"]),
     ITU,
     ("UNESCO", "InternationalOrganization", ["United Nations Educational, Scientific and Cultural Organization"]),
     IN,
     ],
    [("Vietnam", "agreementWith", "China"),
     ("Vietnam", "agreementWith", "Russia"),
     ("Vietnam", "agreementWith", "Brazil"),
     ("Vietnam", "agreementWith", "European Union"),
     ("China", "agreementWith", "Russia"),
     ("China", "agreementWith", "Brazil"),
     ("China", "agreementWith", "European Union"),
     ("Russia", "agreementWith", "Brazil"),
     ("Russia", "agreementWith", "European Union"),
     ("Brazil", "agreementWith", "European Union"),
     ("United Nations General Assembly", "partOf", "United Nations"),
     ("António Guterres", "leaderOf", "United Nations"),
     ("United Nations Office on Drugs and Crime", "partOf", "United Nations"),
     ("Ghada Waly", "leaderOf", "United Nations Office on Drugs and Crime"),
     ("Brad Smith", "leaderOf", "Microsoft"),
     ("Bui Thanh Son", "worksFor", "Vietnam"),
     ("Vietnam", "cooperatesWith", "Interpol", "planned"),
     ("Vietnam", "cooperatesWith", "Association of Southeast Asian Nations", "planned"),
     ("Vietnam", "memberOf", "Association of Southeast Asian Nations"),
     ("United Nations General Assembly", "directs", "International Telecommunication Union"),
     ("United Nations General Assembly", "directs", "UNESCO"),
     ("International Telecommunication Union", "partOf", "United Nations"),
     ("UNESCO", "partOf", "United Nations"),
     ],
    [("United States", "agreementWith", "Vietnam"), ("United States", "agreementWith", "Russia"),
     ("United States", "agreementWith", "China"), ("India", "agreementWith", "Vietnam"),
     ("India", "agreementWith", "Russia")]))

# 8 India app bans, shutdowns, 3GPP/GSMA
DOCS.append(doc("netgov-india-app-blocks-shutdowns-3gpp", """India blocks 119 more apps as shutdowns and a standards fight test its digital ambitions

NEW DELHI, Feb 21 —
India's Ministry of Electronics and Information Technology (MeitY) has ordered Google and Apple to remove 119 mobile apps from their stores, most of them developed by Chinese companies, including video-chat apps made by Guangzhou-based Joyy and its Singapore-based unit Bigo Technology.

The ministry cited national security, the same ground on which it banned TikTok and dozens of other Chinese apps in 2020. It said it had not blocked any apps of Sea Ltd, the Singapore-based owner of the game Free Fire, whose earlier ban was lifted last year.

In the north-eastern state of Manipur, the state government has ordered the country's three private operators, Bharti Airtel, Reliance Jio and Vodafone Idea, to suspend mobile data for a further five days after renewed clashes. Access Now, a digital rights group, said India imposed more internet shutdowns last year than any other country.

The standards front is quieter but no less contested. The Telecommunications Standards Development Society, India (TSDSI), the country's standards body, is one of seven organisational partners of the 3rd Generation Partnership Project (3GPP), alongside Europe's ETSI and China's CCSA. TSDSI wants 3GPP to adopt an Indian-designed 5G feature that Nokia and Ericsson say duplicates existing work.

GSMA, the London-based association of mobile operators whose members include Airtel and Jio, has backed the Indian operators in a separate dispute over satellite spectrum, arguing that it should be auctioned rather than handed to Starlink and other satellite firms. Vodafone Idea, which left the association in 2023, has not joined the campaign.""",
    [IN,
     ("Ministry of Electronics and Information Technology", "Organization", ["MeitY", "IT ministry"]),
     ("Google", "Organization", []),
     ("Apple", "Organization", ["Apple Inc."]),
     CN,
     ("Joyy", "Organization", ["JOYY", "Joyy Inc"]),
     ("Bigo Technology", "Organization", ["Bigo"]),
     ("Singapore", "Country", ["Singaporean"]),
     ("TikTok", "Organization", []),
     ("Sea Ltd", "Organization", ["Sea", "Sea Limited"]),
     ("Government of Manipur", "Organization", ["Manipur government"]),
     ("Bharti Airtel", "Organization", ["Airtel"]),
     ("Reliance Jio", "Organization", ["Jio"]),
     ("Vodafone Idea", "Organization", ["Vi"]),
     ("Access Now", "Organization", []),
     ("Telecommunications Standards Development Society, India", "Organization", ["TSDSI"]),
     ("3rd Generation Partnership Project", "Organization", ["3GPP"]),
     ("ETSI", "Organization", ["European Telecommunications Standards Institute"]),
     ("CCSA", "Organization", ["China Communications Standards Association"]),
     ("Nokia", "Organization", []),
     ("Ericsson", "Organization", []),
     ("GSMA", "Organization", ["GSM Association"]),
     UK,
     ("Starlink", "Organization", []),
     ("mobile applications", "Technology", ["apps", "mobile apps", "app"]),
     ("5G", "Technology", []),
     ],
    [("Ministry of Electronics and Information Technology", "basedIn", "India"),
     ("Ministry of Electronics and Information Technology", "directs", "Google"),
     ("Ministry of Electronics and Information Technology", "directs", "Apple"),
     ("Ministry of Electronics and Information Technology", "sanctions", "Joyy"),
     ("Ministry of Electronics and Information Technology", "sanctions", "Bigo Technology"),
     ("Ministry of Electronics and Information Technology", "sanctions", "TikTok"),
     ("Joyy", "basedIn", "China"),
     ("Bigo Technology", "basedIn", "Singapore"),
     ("Bigo Technology", "partOf", "Joyy"),
     ("Joyy", "focusesOn", "mobile applications"),
     ("Bigo Technology", "focusesOn", "mobile applications"),
     ("Sea Ltd", "basedIn", "Singapore"),
     ("Government of Manipur", "basedIn", "India"),
     ("Government of Manipur", "directs", "Bharti Airtel"),
     ("Government of Manipur", "directs", "Reliance Jio"),
     ("Government of Manipur", "directs", "Vodafone Idea"),
     ("Bharti Airtel", "basedIn", "India"),
     ("Reliance Jio", "basedIn", "India"),
     ("Vodafone Idea", "basedIn", "India"),
     ("Telecommunications Standards Development Society, India", "basedIn", "India"),
     ("Telecommunications Standards Development Society, India", "memberOf", "3rd Generation Partnership Project"),
     ("ETSI", "memberOf", "3rd Generation Partnership Project"),
     ("CCSA", "memberOf", "3rd Generation Partnership Project"),
     ("CCSA", "basedIn", "China"),
     ("GSMA", "basedIn", "United Kingdom"),
     ("Bharti Airtel", "memberOf", "GSMA"),
     ("Reliance Jio", "memberOf", "GSMA"),
     ],
    [("Ministry of Electronics and Information Technology", "sanctions", "Sea Ltd"), ("India", "sanctions", "Sea Ltd"),
     ("Vodafone Idea", "memberOf", "GSMA")]))

if __name__ == "__main__":
    print_docs(DOCS)
