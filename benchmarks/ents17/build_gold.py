"""Builds gold.jsonl of the ents17 stand-in set: 10 hand-written news-style articles on Africa, South and Southeast
Asia, Eastern Europe and the Middle East, dense with organisations of kinds kg may not know (regional development
banks, sovereign funds, state-owned enterprises with long names, universities and academy institutes, provincial and
municipal governments, regulators and agencies with abbreviations defined in the text, parties, armed-forces units,
subsidiaries named after their parent) and with distractors the guidelines exclude (products, models, programmes,
laws, places, facilities, events). Entities only (relations are not annotated), per GUIDELINES.md.

Run: python3 benchmarks/ents17/build_gold.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gold_rows import doc, write_gold  # noqa: E402

O, C, IO, P, T = "Organization", "Country", "InternationalOrganization", "Person", "Technology"
CN = ("China", C, ["Chinese", "People's Republic of China", "PRC", "Beijing"])
RU = ("Russia", C, ["Russian", "Russian Federation", "Moscow"])
US = ("United States", C, ["US", "U.S.", "USA", "America", "American", "Washington"])
UAE = ("United Arab Emirates", C, ["UAE", "Emirati", "Abu Dhabi", "Emirates"])
AI = ("artificial intelligence", T, ["AI"])
DC = ("data centers", T, ["data centres", "data centre", "data center", "data-centre"])
CLOUD = ("cloud computing", T, ["cloud", "cloud services"])
SEMI = ("semiconductors", T, ["semiconductor", "chips", "chip", "microchips"])
G5 = ("5G", T, ["5G networks", "5G network"])
DRONES = ("drones", T, ["drone", "unmanned aerial vehicles"])
SUPER = ("supercomputers", T, ["supercomputer", "supercomputing"])
LLM = ("large language models", T, ["large language model", "language model", "language models", "LLM", "LLMs"])
RADAR = ("radar", T, ["radars"])
NVDA = ("Nvidia", O, ["NVIDIA", "Nvidia Corp"])
HW = ("Huawei", O, ["Huawei Technologies"])
G42 = ("G42", O, ["Group 42"])
EIB = ("European Investment Bank", IO, ["EIB"])

DOCS = []


def add(doc_id: str, topic: str, text: str, ents: list) -> None:
    """Append one document (entities only) to DOCS."""
    d = doc(doc_id, text, ents, [], [])
    d["topic"] = topic
    DOCS.append(d)


add("ents17-nigeria-nsia-feda-rack-centre", "Nigeria data centres", """NSIA and Afreximbank arm back Lagos data centre as states chase AI investment

LAGOS, March 4 —
The Nigeria Sovereign Investment Authority (NSIA) and the Fund for Export Development in Africa (FEDA), the investment arm of the African Export-Import Bank (Afreximbank), will put $150 million into Rack Centre, a Lagos data centre operator, the Federal Ministry of Communications, Innovation and Digital Economy said on Tuesday.

Minister Bosun Tijani said the money would add 12 megawatts of capacity for cloud computing and artificial intelligence workloads under the National Artificial Intelligence Strategy. The Nigerian Communications Commission (NCC), the telecoms regulator, still has to approve the transfer of licences held by Rack Centre's fibre unit, Rack Centre Networks.

The Kaduna State Government has offered land near the Kaduna dry port to Galaxy Backbone, the state-owned broadband company, for a second facility, and the Lagos State Ministry of Science and Technology is drafting rules for the power supply of data centres. The Transmission Company of Nigeria (TCN) warned that the grid could not yet carry the load.

The University of Lagos and the National Centre for Artificial Intelligence and Robotics (NCAIR) will run a training scheme, Three Million Technical Talent (3MTT), with Google's charity arm, Google.org. The African Democratic Congress (ADC), an opposition party, said the NSIA should have funded hospitals instead, the Punch newspaper reported.""",
    [("Nigeria Sovereign Investment Authority", O, ["NSIA", "Nigerian Sovereign Investment Authority"]),
     ("Nigeria", C, ["Nigerian", "Abuja"]),
     ("Fund for Export Development in Africa", O, ["FEDA"]),
     ("African Export-Import Bank", IO, ["Afreximbank", "African Export Import Bank"]),
     ("Rack Centre", O, ["Rack Centre Ltd"]), DC,
     ("Federal Ministry of Communications, Innovation and Digital Economy", O,
      ["Ministry of Communications, Innovation and Digital Economy"]),
     ("Bosun Tijani", P, ["Tijani"]), CLOUD, AI,
     ("Nigerian Communications Commission", O, ["NCC"]),
     ("Rack Centre Networks", O, []),
     ("Kaduna State Government", O, ["Kaduna State government", "Government of Kaduna State", "Kaduna government"]),
     ("Galaxy Backbone", O, ["Galaxy Backbone Limited"]),
     ("Lagos State Ministry of Science and Technology", O, []),
     ("Transmission Company of Nigeria", O, ["TCN"]),
     ("University of Lagos", O, ["UNILAG"]),
     ("National Centre for Artificial Intelligence and Robotics", O, ["NCAIR"]),
     ("Google", O, ["Google LLC"]), ("Google.org", O, []),
     ("African Democratic Congress", O, ["ADC"]),
     ("Punch", O, ["The Punch", "Punch newspaper"])])

add("ents17-kenya-kotda-g42-safaricom", "Kenya data centre and regulator", """Kenya approves G42-Microsoft data centre; regulator questions Safaricom unit

NAIROBI, May 12 —
The Konza Technopolis Development Authority (KoTDA) has approved a data centre to be built by Abu Dhabi's G42 and Microsoft with steam from the Olkaria field in Naivasha, Kenya's Ministry of Information, Communications and the Digital Economy said on Monday.

Kenya Electricity Generating Company (KenGen), the state-controlled power producer, will supply 100 megawatts from its Olkaria V plant. Principal Secretary John Tanui said the facility would host cloud computing services in Swahili and English under the Kenya Digital Masterplan.

The Communications Authority of Kenya (CA) has meanwhile asked Safaricom's fintech unit, M-Pesa Africa, to explain how customer data from the M-Pesa app is stored abroad under the Data Protection Act. Vodacom, which owns 35% of Safaricom through its Kenyan holding, declined to comment.

The Nairobi City County Government said it would move its revenue system to the new cloud, and the Kenya Defence Forces (KDF) are to train with Microsoft engineers in cybersecurity. Jomo Kenyatta University of Agriculture and Technology (JKUAT) will open an AI lab with G42's education arm, Inception.

Lawmakers from the opposition Orange Democratic Movement (ODM) asked the East African Community (EAC) to set common rules for data hosted in member states, the Daily Nation reported.""",
    [("Konza Technopolis Development Authority", O, ["KoTDA"]), DC, G42, UAE,
     ("Microsoft", O, ["Microsoft Corp"]), ("Kenya", C, ["Kenyan", "Nairobi"]),
     ("Ministry of Information, Communications and the Digital Economy", O,
      ["Ministry of Information, Communications and Digital Economy"]),
     ("Kenya Electricity Generating Company", O, ["KenGen"]),
     ("John Tanui", P, ["Tanui"]), CLOUD,
     ("Communications Authority of Kenya", O, ["CA"]),
     ("Safaricom", O, ["Safaricom PLC"]), ("M-Pesa Africa", O, []), ("Vodacom", O, ["Vodacom Group"]),
     ("Nairobi City County Government", O, ["Nairobi City County", "Nairobi County Government"]),
     ("Kenya Defence Forces", O, ["KDF"]), ("cybersecurity", T, ["cyber security"]),
     ("Jomo Kenyatta University of Agriculture and Technology", O, ["JKUAT"]), AI,
     ("Inception", O, []),
     ("Orange Democratic Movement", O, ["ODM"]),
     ("East African Community", IO, ["EAC"]),
     ("Daily Nation", O, ["Nation"])])

add("ents17-egypt-tsfe-aoi-sczone", "Egypt and Ethiopia servers and data centres", """Egypt's sovereign fund and army-owned AOI court Chinese firms for Suez server plant

CAIRO, Sept 8 —
The Sovereign Fund of Egypt (TSFE) and the Arab Organization for Industrialization (AOI), the army-owned manufacturing group, signed a memorandum on Sunday with Huawei's cloud unit, Huawei Cloud, and China's Tsinghua Unigroup to assemble servers in the Suez Canal zone, the General Authority for the Suez Canal Economic Zone (SCZONE) said.

The Information Technology Industry Development Agency (ITIDA), which reports to the Ministry of Communications and Information Technology, will offer tax breaks under the Digital Egypt strategy. Waleid Gamal El-Dien, chairman of SCZONE, said the plant in Ain Sokhna would make 50,000 servers a year for data centres across Africa.

The Egyptian Armed Forces Engineering Authority is building the site, and Cairo University's Faculty of Computers and Artificial Intelligence will train technicians. The Central Bank of Egypt (CBE) said it would let the fund borrow in yuan from the Export-Import Bank of China.

In Addis Ababa, Ethiopia's Information Network Security Administration (INSA) said Ethiopian Investment Holdings (EIH) would seek a similar deal for a Huawei-built data centre, and Ethio Telecom said its mobile money service, Telebirr, would move to Alibaba Cloud. The African Union Commission, which is based in the city, is drafting a continental policy on artificial intelligence. The plans were announced on the sidelines of the Cairo ICT fair, Al-Ahram reported.""",
    [("Sovereign Fund of Egypt", O, ["TSFE", "The Sovereign Fund of Egypt"]), ("Egypt", C, ["Egyptian", "Cairo"]),
     ("Arab Organization for Industrialization", O, ["AOI", "Arab Organisation for Industrialisation"]),
     HW, ("Huawei Cloud", O, []), CN, ("Tsinghua Unigroup", O, ["Unigroup"]),
     ("General Authority for the Suez Canal Economic Zone", O, ["SCZONE", "Suez Canal Economic Zone"]),
     ("Information Technology Industry Development Agency", O, ["ITIDA"]),
     ("Ministry of Communications and Information Technology", O, ["MCIT"]),
     ("Waleid Gamal El-Dien", P, ["Gamal El-Dien", "Waleid Gamal El-Din"]), DC,
     ("Egyptian Armed Forces Engineering Authority", O, ["Armed Forces Engineering Authority"]),
     ("Cairo University", O, []),
     ("Faculty of Computers and Artificial Intelligence", O,
      ["Cairo University's Faculty of Computers and Artificial Intelligence",
       "Faculty of Computers and Artificial Intelligence of Cairo University"]),
     ("Central Bank of Egypt", O, ["CBE"]),
     ("Export-Import Bank of China", O, ["China Exim Bank", "China Eximbank", "Exim Bank of China"]),
     ("Ethiopia", C, ["Ethiopian", "Addis Ababa"]),
     ("Information Network Security Administration", O, ["INSA"]),
     ("Ethiopian Investment Holdings", O, ["EIH"]),
     ("Ethio Telecom", O, ["Ethiotelecom"]), ("Alibaba Cloud", O, ["Aliyun"]),
     ("African Union Commission", IO, ["AU Commission", "AUC"]), AI,
     ("Al-Ahram", O, ["Al Ahram", "Ahram"])])

add("ents17-india-tata-psmc-iit-madras", "India chips", """Tata's chip unit wins subsidy for Dholera fab as IIT Madras processor goes to the army

NEW DELHI, Feb 20 —
India's Ministry of Electronics and Information Technology (MeitY) approved on Thursday a subsidy of 440 billion rupees for the semiconductor fab that Tata Group's chip unit, Tata Electronics, is building with Taiwan's Powerchip Semiconductor Manufacturing Corporation (PSMC) in Dholera, Gujarat.

The Gujarat government will add land and water at a discount under its state semiconductor policy, Chief Minister Bhupendra Patel said. The Centre for Development of Advanced Computing (C-DAC), an autonomous society under MeitY, will buy the first batch of chips for its Param Rudra supercomputers.

At the Indian Institute of Technology Madras (IIT Madras), researchers said the Shakti processor had been made at the Semi-Conductor Laboratory (SCL), the government-owned fab in Mohali. Bharat Electronics Limited (BEL), the defence public sector undertaking, and the Defence Research and Development Organisation (DRDO) plan to put the processor in radars for the Indian Army's Corps of Signals.

The opposition Indian National Congress said the subsidy was a gift to a single conglomerate; the ruling Bharatiya Janata Party (BJP) called it a milestone for the country's chip programme. Shares of Tata Elxsi, another group company, rose 2% on the National Stock Exchange.""",
    [("India", C, ["Indian", "New Delhi"]),
     ("Ministry of Electronics and Information Technology", O, ["MeitY"]), SEMI,
     ("Tata Group", O, ["Tata"]), ("Tata Electronics", O, ["Tata Electronics Private Limited"]),
     ("Taiwan", C, ["Taiwanese", "Taipei"]),
     ("Powerchip Semiconductor Manufacturing Corporation", O, ["PSMC", "Powerchip"]),
     ("Gujarat government", O, ["Government of Gujarat"]), ("Bhupendra Patel", P, ["Patel"]),
     ("Centre for Development of Advanced Computing", O, ["C-DAC"]), SUPER,
     ("Indian Institute of Technology Madras", O, ["IIT Madras", "IIT-Madras"]),
     ("Semi-Conductor Laboratory", O, ["SCL", "Semiconductor Laboratory"]),
     ("Bharat Electronics Limited", O, ["BEL", "Bharat Electronics"]),
     ("Defence Research and Development Organisation", O, ["DRDO"]), RADAR,
     ("Indian Army", O, []), ("Corps of Signals", O, ["Indian Army's Corps of Signals"]),
     ("Indian National Congress", O, ["Congress", "Congress party"]),
     ("Bharatiya Janata Party", O, ["BJP"]), ("Tata Elxsi", O, []),
     ("National Stock Exchange of India", O, ["National Stock Exchange", "NSE"])])

add("ents17-pakistan-sco-zong-5g", "Pakistan and Bangladesh 5G", """Pakistan's army-run SCO and China Mobile's Zong to roll out 5G in Gilgit-Baltistan

ISLAMABAD, July 3 —
The Special Communications Organization (SCO), the Pakistan Army's telecoms arm in Gilgit-Baltistan and Azad Kashmir, signed a deal with China Mobile Pakistan, the Chinese operator's local subsidiary that trades as Zong, to build 5G networks along the Karakoram Highway, the Pakistan Telecommunication Authority (PTA) said on Wednesday.

The Special Investment Facilitation Council (SIFC), the civil-military body set up to court Gulf and Chinese money, cleared the project, and the National Radio and Telecommunication Corporation (NRTC), a defence-ministry company in Haripur, will assemble the base stations with ZTE.

The Punjab government separately opened an AI park in Lahore with the National University of Sciences and Technology (NUST) and Ignite, the National Technology Fund. Chief Minister Maryam Nawaz said the park would train 10,000 graduates a year. Pakistan Tehreek-e-Insaf (PTI), the party of jailed former prime minister Imran Khan, called the 5G deal opaque.

In Dhaka, the Bangladesh Telecommunication Regulatory Commission (BTRC) said state-owned Teletalk Bangladesh would test 5G with Huawei, while the Bangladesh Army's Signal Corps was studying drones made by a Chinese supplier. The Shanghai Cooperation Organisation, which Pakistan joined in 2017, will discuss telecoms at its summit in Tianjin, Dawn reported.""",
    [("Special Communications Organization", O, ["SCO", "Special Communications Organisation"]),
     ("Pakistan", C, ["Pakistani", "Islamabad"]), ("Pakistan Army", O, []),
     ("China Mobile Pakistan", O, ["Zong", "CMPak"]), ("China Mobile", O, ["China Mobile Ltd"]), CN, G5,
     ("Pakistan Telecommunication Authority", O, ["PTA"]),
     ("Special Investment Facilitation Council", O, ["SIFC"]),
     ("National Radio and Telecommunication Corporation", O, ["NRTC"]),
     ("ZTE", O, ["ZTE Corp", "ZTE Corporation"]),
     ("Punjab government", O, ["Government of Punjab", "Government of the Punjab"]), AI,
     ("National University of Sciences and Technology", O, ["NUST"]),
     ("Ignite", O, ["National Technology Fund"]),
     ("Maryam Nawaz", P, ["Nawaz"]),
     ("Pakistan Tehreek-e-Insaf", O, ["PTI", "Pakistan Tehreek-i-Insaf"]), ("Imran Khan", P, ["Khan"]),
     ("Bangladesh", C, ["Bangladeshi", "Dhaka"]),
     ("Bangladesh Telecommunication Regulatory Commission", O, ["BTRC"]),
     ("Teletalk Bangladesh", O, ["Teletalk"]), HW, ("Bangladesh Army", O, []),
     ("Signal Corps", O, ["Bangladesh Army's Signal Corps", "Corps of Signals"]), DRONES,
     ("Shanghai Cooperation Organisation", IO, ["Shanghai Cooperation Organization"]),
     ("Dawn", O, [])])

add("ents17-vietnam-viettel-vast-chips", "Vietnam chips", """Viettel's chip unit to open design centre with academy institute

HANOI, Oct 15 —
Viettel High Technology Industries Corporation, the chip and defence electronics unit of the army-owned Viettel Group, will set up a chip design centre with the Institute of Information Technology of the Vietnam Academy of Science and Technology (VAST), the Ministry of Science and Technology (MOST) said on Tuesday.

The centre will design chips for 5G base stations and for Viettel's drones, and will share a clean room with the Hanoi University of Science and Technology (HUST). The National Innovation Center (NIC), which reports to the Ministry of Planning and Investment, said Nvidia had agreed to send engineers under the national semiconductor strategy.

The Ho Chi Minh City People's Committee has offered land in the Saigon Hi-Tech Park to FPT Corporation's chip subsidiary, FPT Semiconductor, which designs power management chips in Da Nang. General Secretary To Lam, head of the Communist Party of Vietnam, told a party meeting that the country should train 50,000 semiconductor engineers by 2030.

South Korea's Samsung Electronics, Vietnam's largest foreign investor, said it would expand its display plant in Bac Ninh, and the Vietnam Development Bank (VDB) will lend to local suppliers. Hanwha Aerospace is in talks with the General Department of Defence Industry of the Vietnam People's Army about drone engines, VnExpress reported.""",
    [("Viettel High Technology Industries Corporation", O, ["Viettel High Tech", "Viettel High Technology"]),
     SEMI, ("Viettel Group", O, ["Viettel", "Viettel Military Industry and Telecoms Group"]),
     ("Institute of Information Technology of the Vietnam Academy of Science and Technology", O,
      ["Institute of Information Technology"]),
     ("Vietnam Academy of Science and Technology", O, ["VAST"]),
     ("Ministry of Science and Technology", O, ["MOST"]), G5, DRONES,
     ("Hanoi University of Science and Technology", O, ["HUST"]),
     ("National Innovation Center", O, ["NIC", "National Innovation Centre"]),
     ("Ministry of Planning and Investment", O, ["MPI"]), NVDA,
     ("Ho Chi Minh City People's Committee", O, ["People's Committee of Ho Chi Minh City"]),
     ("FPT Corporation", O, ["FPT", "FPT Corp"]), ("FPT Semiconductor", O, []),
     ("To Lam", P, ["Tô Lâm", "Lam"]), ("Communist Party of Vietnam", O, ["CPV", "Vietnamese Communist Party"]),
     ("South Korea", C, ["South Korean", "Korea", "Korean", "Seoul"]),
     ("Samsung Electronics", O, ["Samsung"]), ("Vietnam", C, ["Vietnamese", "Viet Nam", "Hanoi"]),
     ("Vietnam Development Bank", O, ["VDB"]), ("Hanwha Aerospace", O, []),
     ("General Department of Defence Industry", O, ["General Department of Defense Industry"]),
     ("Vietnam People's Army", O, ["People's Army of Vietnam", "VPA"]),
     ("VnExpress", O, [])])

add("ents17-indonesia-danantara-neutradc", "Indonesia and Malaysia data centres", """Danantara backs Telkom data centre unit as Johor tightens water rules

JAKARTA, Jan 22 —
Danantara, Indonesia's new sovereign wealth fund, will buy a 30% stake in NeutraDC, the data centre subsidiary of state-owned PT Telkom Indonesia, alongside Singapore's GIC, the fund's chief executive Rosan Roeslani said on Wednesday.

The Indonesia Investment Authority (INA), which Danantara now oversees, said the money would go to a campus in Batam for cloud computing and AI. The National Research and Innovation Agency (BRIN) and the Bandung Institute of Technology (ITB) will use part of the capacity to train Sahabat-AI, an Indonesian-language large language model built with Indosat Ooredoo Hutchison.

The West Java provincial government wants a second campus near the Rebana industrial corridor, while the Ministry of Communication and Digital Affairs (Komdigi) is drafting rules under the Personal Data Protection Law that would keep public data at home.

Across the strait, Johor's state government said data centres in the Johor-Singapore Special Economic Zone would have to recycle water after Malaysia's Tenaga Nasional Berhad (TNB) warned of grid strain. Khazanah Nasional, Malaysia's sovereign fund, and the Employees Provident Fund (EPF) have backed YTL Power International's AI cloud built on Nvidia chips. The Malaysian Investment Development Authority (MIDA) said ByteDance's $2.1 billion data centre in Johor was on schedule, The Edge reported.""",
    [("Danantara", O, ["Daya Anagata Nusantara", "BPI Danantara"]), ("Indonesia", C, ["Indonesian", "Jakarta"]),
     ("NeutraDC", O, []), DC, ("Telkom Indonesia", O, ["PT Telkom Indonesia", "Telkom"]),
     ("Singapore", C, ["Singaporean"]), ("GIC", O, ["GIC Private Limited"]),
     ("Rosan Roeslani", P, ["Roeslani"]),
     ("Indonesia Investment Authority", O, ["INA"]), CLOUD, AI,
     ("National Research and Innovation Agency", O, ["BRIN", "Badan Riset dan Inovasi Nasional"]),
     ("Bandung Institute of Technology", O, ["ITB", "Institut Teknologi Bandung"]), LLM,
     ("Indosat Ooredoo Hutchison", O, ["Indosat"]),
     ("West Java provincial government", O, ["West Java government", "Government of West Java",
                                             "West Java Provincial Government"]),
     ("Ministry of Communication and Digital Affairs", O, ["Komdigi"]),
     ("Johor State Government", O, ["Johor state government", "Johor government", "Government of Johor"]),
     ("Malaysia", C, ["Malaysian", "Kuala Lumpur"]),
     ("Tenaga Nasional Berhad", O, ["TNB", "Tenaga Nasional"]),
     ("Khazanah Nasional", O, ["Khazanah", "Khazanah Nasional Berhad"]),
     ("Employees Provident Fund", O, ["EPF"]), ("YTL Power International", O, ["YTL Power"]), NVDA, SEMI,
     ("Malaysian Investment Development Authority", O, ["MIDA"]), ("ByteDance", O, []),
     ("The Edge", O, ["The Edge Malaysia"])])

add("ents17-poland-pfr-bgk-chips", "Poland and Czechia chips and research", """Polish state funds back chip packaging plant after Intel exit

WARSAW, April 9 —
The Polish Development Fund (PFR) and the state development bank Bank Gospodarstwa Krajowego (BGK) will invest 800 million zlotys in a semiconductor packaging plant near Wroclaw, the Ministry of Digital Affairs said on Wednesday, two years after Intel dropped its own project there.

The plant will be run by a consortium of Polish Armaments Group (PGZ), the state defence holding, and the Lukasiewicz Research Network's Institute of Microelectronics and Photonics, which will supply chips for radar. Deputy Prime Minister Krzysztof Gawkowski said it would be financed partly under the European Union's Chips Act.

Separately, the Institute of Physical Chemistry of the Polish Academy of Sciences spun off a quantum sensing start-up, QuantumLab Warszawa, with backing from the Warsaw University of Technology. The Cyberspace Defence Forces Component Command, the Polish Armed Forces' cyber unit, will test its sensors.

In Prague, the state-controlled power company CEZ Group and the Czech Academy of Sciences' Institute of Physics said they would build a supercomputer for AI research with a loan from the European Investment Bank (EIB). The opposition Law and Justice (PiS) party said the plant should have gone to eastern Poland, while Civic Coalition lawmakers defended it, the daily Rzeczpospolita reported.""",
    [("Polish Development Fund", O, ["PFR", "Polski Fundusz Rozwoju"]),
     ("Bank Gospodarstwa Krajowego", O, ["BGK"]), SEMI,
     ("Ministry of Digital Affairs", O, ["Polish Ministry of Digital Affairs"]), ("Intel", O, ["Intel Corp"]),
     ("Polish Armaments Group", O, ["PGZ", "Polska Grupa Zbrojeniowa"]),
     ("Lukasiewicz Research Network", O, ["Łukasiewicz Research Network", "Lukasiewicz"]),
     ("Institute of Microelectronics and Photonics", O,
      ["Lukasiewicz Research Network's Institute of Microelectronics and Photonics",
       "Lukasiewicz Institute of Microelectronics and Photonics"]), RADAR,
     ("Krzysztof Gawkowski", P, ["Gawkowski"]), ("European Union", IO, ["EU"]),
     ("Institute of Physical Chemistry of the Polish Academy of Sciences", O, ["Institute of Physical Chemistry"]),
     ("quantum sensing", T, ["quantum sensors"]), ("QuantumLab Warszawa", O, ["QuantumLab"]),
     ("Warsaw University of Technology", O, []),
     ("Cyberspace Defence Forces Component Command", O, ["Cyberspace Defense Forces Component Command", "DKWOC"]),
     ("Polish Armed Forces", O, []), ("Poland", C, ["Polish", "Warsaw"]),
     ("Czech Republic", C, ["Czech", "Czechia", "Prague"]), ("CEZ Group", O, ["CEZ", "ČEZ", "ČEZ Group"]),
     ("Czech Academy of Sciences", O, []),
     ("Institute of Physics", O, ["Institute of Physics of the Czech Academy of Sciences"]), SUPER, AI, EIB,
     ("Law and Justice", O, ["PiS", "Prawo i Sprawiedliwość"]), ("Civic Coalition", O, ["KO"]),
     ("Rzeczpospolita", O, [])])

add("ents17-ukraine-usf-udi-romarm", "Ukraine, Romania and Moldova drones and cyber", """Ukraine's drone forces to get Romanian-built airframes as Kyiv institute adapts AI targeting

KYIV, Nov 18 —
Ukraine's Unmanned Systems Forces, the drone branch of the Armed Forces of Ukraine, will receive 20,000 airframes a month from a joint venture of Ukrainian Defense Industry (UDI), the state holding formerly called Ukroboronprom, and Romania's state arms maker Romarm, the Ministry of Strategic Industries said on Monday.

The V.M. Glushkov Institute of Cybernetics of the National Academy of Sciences of Ukraine is adapting computer vision software for the drones with Brave1, the government's defence technology cluster, Digital Transformation Minister Mykhailo Fedorov said. The 3rd Separate Assault Brigade and the Da Vinci Wolves battalion have tested the system, called Avengers, near Pokrovsk.

The Kyiv City Military Administration said it would house the assembly line in a former tram depot, while the European Investment Bank (EIB) is weighing a loan to Ukrenergo, the grid operator, to protect substations from drone strikes.

In Bucharest, the Romanian Intelligence Service (SRI) warned that hackers from the GRU's Unit 74455, known as Sandworm, had targeted Nuclearelectrica, the operator of the Cernavoda nuclear power plant. Moldova's Party of Action and Solidarity (PAS) asked the Organization for Security and Co-operation in Europe (OSCE) to send cyber experts before the elections. The Bayraktar TB2 drones that Ukraine bought from Turkey's Baykar in 2021 are now used mainly at sea, Ukrainska Pravda reported.""",
    [("Ukraine", C, ["Ukrainian", "Kyiv"]), ("Unmanned Systems Forces", O, []), DRONES,
     ("Armed Forces of Ukraine", O, ["Ukrainian Armed Forces"]),
     ("Ukrainian Defense Industry", O, ["UDI", "Ukroboronprom"]),
     ("Romania", C, ["Romanian", "Bucharest"]), ("Romarm", O, []),
     ("Ministry of Strategic Industries", O, ["Ministry of Strategic Industries of Ukraine"]),
     ("V.M. Glushkov Institute of Cybernetics of the National Academy of Sciences of Ukraine", O,
      ["Glushkov Institute of Cybernetics", "Institute of Cybernetics", "V.M. Glushkov Institute of Cybernetics"]),
     ("computer vision", T, []), ("Brave1", O, []), ("Mykhailo Fedorov", P, ["Fedorov"]),
     ("3rd Separate Assault Brigade", O, ["Third Separate Assault Brigade"]),
     ("Da Vinci Wolves", O, ["Da Vinci Wolves battalion"]),
     ("Kyiv City Military Administration", O, []), EIB, ("Ukrenergo", O, []),
     ("Romanian Intelligence Service", O, ["SRI"]), ("GRU", O, ["Main Intelligence Directorate"]),
     ("Unit 74455", O, ["Sandworm"]), ("Nuclearelectrica", O, []),
     ("nuclear power", T, ["nuclear power plant", "nuclear energy"]),
     ("Moldova", C, ["Moldovan", "Chisinau"]), ("Party of Action and Solidarity", O, ["PAS"]),
     ("Organization for Security and Co-operation in Europe", IO, ["OSCE",
                                                                   "Organization for Security and Cooperation in Europe"]),
     ("Turkey", C, ["Türkiye", "Turkish"]), ("Baykar", O, []), ("Ukrainska Pravda", O, []), AI])

add("ents17-saudi-sdaia-humain-kaust", "Gulf and Turkish language models", """SDAIA and PIF's Humain pick KAUST to train Arabic model; Abu Dhabi's ATRC opens Falcon lab

RIYADH, Feb 11 —
The Saudi Data and Artificial Intelligence Authority (SDAIA) and Humain, the artificial intelligence company owned by the Public Investment Fund (PIF), will train the next version of the ALLaM Arabic language model on supercomputers at King Abdullah University of Science and Technology (KAUST), SDAIA president Abdullah Alghamdi said at the LEAP conference on Tuesday.

King Abdulaziz City for Science and Technology (KACST) will supply Arabic text, and the Saudi Electricity Company will build a dedicated substation near Thuwal. The Ministry of Communications and Information Technology (MCIT) said NEOM would host a second data centre.

In Abu Dhabi, the Advanced Technology Research Council (ATRC) said its applied research arm, the Technology Innovation Institute (TII), had opened a lab for its Falcon models with Mohamed bin Zayed University of Artificial Intelligence (MBZUAI). MGX, the AI investment company backed by Mubadala and G42, is raising a second fund, and the Abu Dhabi Department of Economic Development granted licences to three chip design start-ups.

Turkey's Presidency of Defence Industries (SSB) and the Scientific and Technological Research Council of Türkiye (TÜBİTAK) said on Wednesday that Aselsan, the army foundation's electronics company, would put a Turkish language model on its command systems. The Gulf Cooperation Council (GCC) secretariat said member states would share Arabic data for such models, Al Jazeera reported.""",
    [("Saudi Data and Artificial Intelligence Authority", O, ["SDAIA"]), ("Humain", O, ["HUMAIN"]), AI,
     ("Public Investment Fund", O, ["PIF"]), LLM, SUPER,
     ("King Abdullah University of Science and Technology", O, ["KAUST"]),
     ("Abdullah Alghamdi", P, ["Alghamdi"]),
     ("King Abdulaziz City for Science and Technology", O, ["KACST"]),
     ("Saudi Electricity Company", O, ["SEC", "Saudi Electricity"]),
     ("Ministry of Communications and Information Technology", O, ["MCIT"]), DC,
     ("Advanced Technology Research Council", O, ["ATRC"]),
     ("Technology Innovation Institute", O, ["TII"]),
     ("Mohamed bin Zayed University of Artificial Intelligence", O, ["MBZUAI"]),
     ("MGX", O, []), ("Mubadala", O, ["Mubadala Investment Company"]), G42,
     ("Abu Dhabi Department of Economic Development", O, ["Department of Economic Development", "ADDED"]), SEMI,
     ("Turkey", C, ["Türkiye", "Turkish", "Turkiye", "Ankara"]),
     ("Presidency of Defence Industries", O, ["SSB", "Presidency of Defense Industries"]),
     ("Scientific and Technological Research Council of Türkiye", O,
      ["TÜBİTAK", "TUBITAK", "Scientific and Technological Research Council of Turkey"]),
     ("Aselsan", O, ["ASELSAN"]), ("Gulf Cooperation Council", IO, ["GCC"]),
     ("Al Jazeera", O, ["Al-Jazeera"]),
     ("Saudi Arabia", C, ["Saudi", "Riyadh", "Kingdom of Saudi Arabia"]), UAE])

if __name__ == "__main__":
    write_gold(Path(__file__).resolve().parent, DOCS)
