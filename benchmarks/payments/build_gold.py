"""Builds gold.jsonl of the payments stand-in set (8 hand-written news-style articles on payments and sanctions,
annotated per GUIDELINES.md).

Run: python3 benchmarks/payments/build_gold.py > benchmarks/payments/gold.jsonl
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gold_rows import doc, print_docs  # noqa: E402

US = ("United States", "Country", ["US", "U.S.", "USA", "United States of America", "America", "American", "Americans", "Washington"])
CN = ("China", "Country", ["Chinese", "People's Republic of China", "PRC", "Beijing"])
RU = ("Russia", "Country", ["Russian", "Russians", "Russian Federation", "Moscow"])
EU = ("European Union", "InternationalOrganization", ["EU", "E.U.", "Brussels"])
UK = ("United Kingdom", "Country", ["UK", "U.K.", "Britain", "British", "London"])
IN = ("India", "Country", ["Indian", "New Delhi", "Delhi"])
UAE = ("United Arab Emirates", "Country", ["UAE", "Emirati", "Emirates", "Abu Dhabi"])
OFAC = ("Office of Foreign Assets Control", "Organization", ["OFAC"])
TREAS = ("United States Department of the Treasury", "Organization", ["Treasury Department", "U.S. Treasury", "US Treasury", "Treasury", "Treasury Department's"])
WEST = ("the West", "Bloc", ["Western", "West"])
MIR = ("Mir", "Organization", ["Mir payment system", "National Card Payment System", "NSPK", "Mir card system"])
UNIONPAY = ("UnionPay", "Organization", ["China UnionPay", "UnionPay International"])
SWIFT = ("SWIFT", "Organization", ["Society for Worldwide Interbank Financial Telecommunication"])
BOR = ("Bank of Russia", "Organization", ["Central Bank of Russia", "Russian central bank"])



DOCS = []

# 1 Turkish banks and Mir
DOCS.append(doc("pay-turkish-banks-drop-mir", """Turkish lenders drop Russia's Mir cards under U.S. pressure

ISTANBUL, April 9 —
Two of Turkey's largest private lenders have stopped accepting Russia's Mir payment cards, leaving state-owned Ziraat Bank as one of the last Turkish banks still processing them, bankers familiar with the matter said on Tuesday.

Isbank and Denizbank suspended Mir transactions at their cash machines and card terminals last week, after the U.S. Treasury Department warned foreign lenders that processing payments for sanctioned Russian entities could expose them to secondary sanctions. Mir is operated by the National Card Payment System, a subsidiary of the Bank of Russia that Washington blacklisted in February.

"We do not want to lose access to the dollar," a senior executive at one of the banks said. Halkbank, which is already facing U.S. charges over Iran, halted Mir payments in 2022.

Ziraat Bank has not halted the service, according to two people close to the lender, but it has tightened checks on transfers from Russian banks. The state bank said in a statement that it complied with all international regulations.

The pressure is also felt on messaging systems. Moscow has urged its trading partners to connect to SPFS, the Bank of Russia's alternative to SWIFT, which was set up in 2014. About 20 foreign banks have joined SPFS, according to the central bank's governor, Elvira Nabiullina.

Turkish tourism operators fear the halt will hurt bookings. Russians made up the largest group of foreign visitors to Antalya last year, and many pay with Mir cards issued by Sberbank and VTB, two lenders that have been cut off from the Belgian messaging network since 2022.

Turkish Finance Minister Mehmet Simsek has said Ankara will not join Western sanctions against Russia but will not allow its financial system to be used to evade them. Russian officials said they were discussing with Turkish counterparts whether a Russian bank could open a branch in Istanbul to handle payments, an idea analysts said might never materialise.""",
    [("Turkey", "Country", ["Turkish", "Ankara", "Türkiye"]), RU, US, TREAS, MIR, BOR, SWIFT, WEST,
     ("Ziraat Bank", "Organization", ["Ziraat", "T.C. Ziraat Bankasi"]),
     ("Isbank", "Organization", ["Is Bank", "Turkiye Is Bankasi", "İşbank"]),
     ("Denizbank", "Organization", ["DenizBank"]),
     ("Halkbank", "Organization", ["Halk Bank", "Turkiye Halk Bankasi"]),
     ("Iran", "Country", ["Iranian", "Tehran"]),
     ("SPFS", "Organization", ["System for Transfer of Financial Messages"]),
     ("Elvira Nabiullina", "Person", ["Nabiullina"]),
     ("Sberbank", "Organization", ["Sber"]),
     ("VTB", "Organization", ["VTB Bank"]),
     ("Belgium", "Country", ["Belgian", "Brussels"]),
     ("Mehmet Simsek", "Person", ["Simsek", "Mehmet Şimşek"])],
    [("Isbank", "restrictsExportsTo", "Mir"),
     ("Denizbank", "restrictsExportsTo", "Mir"),
     ("Halkbank", "restrictsExportsTo", "Mir"),
     ("Isbank", "basedIn", "Turkey"),
     ("Denizbank", "basedIn", "Turkey"),
     ("Ziraat Bank", "basedIn", "Turkey"),
     ("Mir", "basedIn", "Russia"),
     ("Mir", "partOf", "Bank of Russia"),
     ("United States", "sanctions", "Mir"),
     ("United States Department of the Treasury", "basedIn", "United States"),
     ("SPFS", "partOf", "Bank of Russia"),
     ("Elvira Nabiullina", "leaderOf", "Bank of Russia"),
     ("Bank of Russia", "basedIn", "Russia"),
     ("SWIFT", "basedIn", "Belgium"),
     ("SWIFT", "restrictsExportsTo", "Sberbank"),
     ("SWIFT", "restrictsExportsTo", "VTB"),
     ("Mehmet Simsek", "worksFor", "Turkey"),
     ("the West", "sanctions", "Russia")],
    [("Ziraat Bank", "restrictsExportsTo", "Mir"), ("Turkey", "sanctions", "Russia")]))

# 2 China's CIPS and UnionPay
DOCS.append(doc("pay-china-cips-record-year", """China's CIPS grows as big banks keep Russia at arm's length

SHANGHAI, June 3 —
China's Cross-Border Interbank Payment System (CIPS) processed a record 175 trillion yuan last year, its operator said on Monday, as more trade with Russia, Brazil and the Gulf is settled in the Chinese currency rather than through dollar channels.

CIPS, which is overseen by the People's Bank of China, now counts more than 1,500 participating banks. Among the latest to join directly are Kazakhstan's Halyk Bank and Brazil's Banco Bocom BBM, a unit of Bank of Communications.

Yet the system has not shielded Chinese lenders from Western pressure. Industrial and Commercial Bank of China and Bank of China, the country's two largest state banks, restricted yuan transfers to Russian companies last year, and smaller regional banks followed. A few lenders in border provinces, such as the little-known Heihe Rural Commercial Bank, still handle payments for Russian importers, people in the trade say.

UnionPay has also trodden carefully. The Shanghai-based card network, which signed a deal with the Bank of Russia's Mir system in 2017 to issue co-branded cards, has declined to accept cards issued by Russian banks that are under U.S. sanctions, fearing it could itself be blacklisted.

Washington has hinted it could go further. Treasury Secretary Janet Yellen said last year that the United States was prepared to sanction Chinese banks that help Moscow's war effort, a threat officials have repeated but not yet carried out against a major Chinese lender.

The European Union in June added two small Chinese banks to its sanctions list for the first time, but spared the big state lenders. Beijing protested the decision and said it would take measures to protect its companies.

Analysts at Standard Chartered expect CIPS volumes to keep growing, though the yuan still accounts for less than 5 percent of global payments tracked by SWIFT.""",
    [CN, RU, US, EU, TREAS, WEST, MIR, BOR, UNIONPAY, SWIFT,
     ("Cross-Border Interbank Payment System", "Organization", ["CIPS"]),
     ("Brazil", "Country", ["Brazilian", "Brasilia"]),
     ("People's Bank of China", "Organization", ["PBOC", "PBoC"]),
     ("Kazakhstan", "Country", ["Kazakh", "Astana"]),
     ("Halyk Bank", "Organization", ["Halyk"]),
     ("Banco Bocom BBM", "Organization", ["Bocom BBM"]),
     ("Bank of Communications", "Organization", ["BoCom", "Bocom"]),
     ("Industrial and Commercial Bank of China", "Organization", ["ICBC"]),
     ("Bank of China", "Organization", ["BOC"]),
     ("Heihe Rural Commercial Bank", "Organization", []),
     ("Janet Yellen", "Person", ["Yellen"]),
     ("Standard Chartered", "Organization", ["StanChart"])],
    [("Cross-Border Interbank Payment System", "basedIn", "China"),
     ("People's Bank of China", "basedIn", "China"),
     ("Halyk Bank", "basedIn", "Kazakhstan"),
     ("Halyk Bank", "cooperatesWith", "Cross-Border Interbank Payment System"),
     ("Banco Bocom BBM", "basedIn", "Brazil"),
     ("Banco Bocom BBM", "cooperatesWith", "Cross-Border Interbank Payment System"),
     ("Banco Bocom BBM", "partOf", "Bank of Communications"),
     ("Industrial and Commercial Bank of China", "restrictsExportsTo", "Russia"),
     ("Bank of China", "restrictsExportsTo", "Russia"),
     ("Industrial and Commercial Bank of China", "basedIn", "China"),
     ("Bank of China", "basedIn", "China"),
     ("UnionPay", "basedIn", "China"),
     ("UnionPay", "agreementWith", "Mir"),
     ("Mir", "partOf", "Bank of Russia"),
     ("UnionPay", "restrictsExportsTo", "Russia"),
     ("United States", "sanctions", "Russia"),
     ("Janet Yellen", "leaderOf", "United States Department of the Treasury"),
     ("European Union", "sanctions", "China")],
    [("Heihe Rural Commercial Bank", "restrictsExportsTo", "Russia"), ("United States", "sanctions", "UnionPay"),
     ("United States", "sanctions", "China")]))

# 3 Central Asian and Armenian banks
DOCS.append(doc("pay-central-asia-banks-cut-russia", """Central Asian and Armenian banks cut Russian links as sanctions threat grows

ALMATY, Feb 12 —
Banks in Kazakhstan, Kyrgyzstan and Armenia are cutting ties with Russian counterparts as Washington steps up threats of secondary sanctions, squeezing one of the main routes for payments between Russia and the rest of the world.

Kazakhstan's Halyk Bank, the country's largest lender, said on Monday it would stop processing transfers in dollars and euros to Russia from March 1, and would limit rouble payments to customers who can document the origin of their goods. Freedom Finance Bank and Bank CenterCredit took similar steps last year.

In Kyrgyzstan, Keremet Bank was designated by the U.S. Office of Foreign Assets Control in January for helping a sanctioned Russian lender, Promsvyazbank, move money abroad. The Kyrgyz central bank said the lender would continue to serve domestic customers. Two other Kyrgyz banks, Tolubay and Eurasian Savings Bank, were sanctioned by OFAC in 2024.

Armenia's biggest bank, Ameriabank, has stopped accepting Mir cards and closed the accounts of several Russian firms, its chief executive Artak Hanesyan told local media. But Ardshinbank, which is partly owned by Russian investors, has not cut its correspondent account with VTB, a person close to the bank said.

Uzbekistan has taken a different path. Its state-owned Agrobank signed an agreement with Gazprombank last month to settle trade in local currencies, and Tashkent has not signalled any plan to restrict such transfers.

"Every bank in the region is weighing the Russian business against the risk of losing its dollar accounts," said Kamilla Utegenova, an analyst at Almaty-based consultancy Eurasia Risk Partners. She said Kazakh regulators could order banks to halt rouble transfers altogether if Washington added a large Kazakh lender to its sanctions list, though she considered that unlikely.

Russia's Finance Ministry said the restrictions were temporary and that Moscow and Astana remained close partners.""",
    [("Kazakhstan", "Country", ["Kazakh", "Astana"]),
     ("Kyrgyzstan", "Country", ["Kyrgyz", "Bishkek", "Kyrgyz Republic"]),
     ("Armenia", "Country", ["Armenian", "Yerevan"]),
     RU, US, OFAC, MIR,
     ("Halyk Bank", "Organization", ["Halyk"]),
     ("Freedom Finance Bank", "Organization", ["Freedom Bank"]),
     ("Bank CenterCredit", "Organization", ["CenterCredit"]),
     ("Keremet Bank", "Organization", ["Keremet"]),
     ("Promsvyazbank", "Organization", ["PSB"]),
     ("Tolubay", "Organization", ["Tolubay Bank"]),
     ("Eurasian Savings Bank", "Organization", []),
     ("Ameriabank", "Organization", ["Ameria"]),
     ("Artak Hanesyan", "Person", ["Hanesyan"]),
     ("Ardshinbank", "Organization", []),
     ("VTB", "Organization", ["VTB Bank"]),
     ("Uzbekistan", "Country", ["Uzbek", "Tashkent"]),
     ("Agrobank", "Organization", []),
     ("Gazprombank", "Organization", []),
     ("Kamilla Utegenova", "Person", ["Utegenova"]),
     ("Eurasia Risk Partners", "Organization", []),
     ("Ministry of Finance of Russia", "Organization", ["Finance Ministry", "Russian Finance Ministry"])],
    [("Halyk Bank", "restrictsExportsTo", "Russia", "planned"),
     ("Halyk Bank", "basedIn", "Kazakhstan"),
     ("Freedom Finance Bank", "restrictsExportsTo", "Russia"),
     ("Bank CenterCredit", "restrictsExportsTo", "Russia"),
     ("Office of Foreign Assets Control", "sanctions", "Keremet Bank"),
     ("Office of Foreign Assets Control", "basedIn", "United States"),
     ("Keremet Bank", "basedIn", "Kyrgyzstan"),
     ("Promsvyazbank", "basedIn", "Russia"),
     ("Office of Foreign Assets Control", "sanctions", "Tolubay"),
     ("Office of Foreign Assets Control", "sanctions", "Eurasian Savings Bank"),
     ("Tolubay", "basedIn", "Kyrgyzstan"),
     ("Eurasian Savings Bank", "basedIn", "Kyrgyzstan"),
     ("Ameriabank", "basedIn", "Armenia"),
     ("Ameriabank", "restrictsExportsTo", "Mir"),
     ("Ameriabank", "restrictsExportsTo", "Russia"),
     ("Artak Hanesyan", "leaderOf", "Ameriabank"),
     ("Russia", "investsIn", "Ardshinbank"),
     ("Agrobank", "basedIn", "Uzbekistan"),
     ("Agrobank", "agreementWith", "Gazprombank"),
     ("Kamilla Utegenova", "worksFor", "Eurasia Risk Partners"),
     ("Eurasia Risk Partners", "basedIn", "Kazakhstan"),
     ("Ministry of Finance of Russia", "basedIn", "Russia"),
     ("Russia", "cooperatesWith", "Kazakhstan")],
    [("Ardshinbank", "restrictsExportsTo", "VTB"), ("Uzbekistan", "restrictsExportsTo", "Russia")]))

# 4 Crypto exchanges and stablecoin issuers
DOCS.append(doc("pay-crypto-exchange-designations", """US, EU and UK target crypto exchange used by Russian firms

WASHINGTON, Aug 14 —
The United States, the European Union and Britain on Thursday targeted a network of cryptocurrency exchanges accused of helping Russian companies evade sanctions, in one of the largest coordinated actions against digital-asset firms to date.

The U.S. Treasury's Office of Foreign Assets Control designated Grinex, a Kyrgyzstan-registered exchange that investigators say succeeded Garantex after the Moscow-based platform was shut down in March, as well as three of its executives. OFAC also sanctioned Old Vector, the issuer of a rouble-backed token, and the state-owned lender PSB.

Britain's Office of Financial Sanctions Implementation said it had frozen assets of Grinex and of the payment agent A7, while the European Union added the exchange to its latest sanctions package and barred EU firms from transacting with it.

Within hours, Tether, the issuer of the world's largest stablecoin, said it had frozen wallets holding about $27 million linked to Grinex. "We work with law enforcement agencies around the world," Tether chief executive Paolo Ardoino said. Circle, which issues the rival USDC coin, did not say whether it had frozen any wallets.

Garantex was itself sanctioned by OFAC in 2022, and its operators were charged in the United States this year. Investigators say the exchange processed at least $96 billion in transactions since 2019, much of it for sanctioned banks and ransomware groups.

Binance, the world's largest exchange by trading volume, said it had no relationship with Grinex and did not serve users in Russia.

Kyrgyzstan's government said it was studying the designations. Officials in Bishkek have previously defended the country's crypto sector, and the national bank said last month that it would not revoke the licences of exchanges registered there without evidence of wrongdoing. Analysts said the Kyrgyz authorities might nonetheless come under pressure to close the platforms.""",
    [US, EU, UK, RU, TREAS, OFAC,
     ("Kyrgyzstan", "Country", ["Kyrgyz", "Bishkek", "Kyrgyz Republic"]),
     ("Grinex", "Organization", []),
     ("Garantex", "Organization", ["Garantex Europe"]),
     ("Old Vector", "Organization", []),
     ("Promsvyazbank", "Organization", ["PSB"]),
     ("Office of Financial Sanctions Implementation", "Organization", ["OFSI"]),
     ("A7", "Organization", ["A7 LLC"]),
     ("Tether", "Organization", ["Tether Holdings", "Tether Limited"]),
     ("Paolo Ardoino", "Person", ["Ardoino"]),
     ("Circle Internet Group", "Organization", ["Circle", "Circle Internet Financial"]),
     ("Binance", "Organization", []),
     ("Government of Kyrgyzstan", "Organization", ["Kyrgyz government", "Kyrgyzstan's government"])],
    [("Office of Foreign Assets Control", "sanctions", "Grinex"),
     ("Office of Foreign Assets Control", "partOf", "United States Department of the Treasury"),
     ("United States Department of the Treasury", "basedIn", "United States"),
     ("Grinex", "basedIn", "Kyrgyzstan"),
     ("Garantex", "basedIn", "Russia"),
     ("Office of Foreign Assets Control", "sanctions", "Old Vector"),
     ("Office of Foreign Assets Control", "sanctions", "Promsvyazbank"),
     ("Office of Financial Sanctions Implementation", "basedIn", "United Kingdom"),
     ("Office of Financial Sanctions Implementation", "sanctions", "Grinex"),
     ("Office of Financial Sanctions Implementation", "sanctions", "A7"),
     ("European Union", "sanctions", "Grinex"),
     ("Tether", "restrictsExportsTo", "Grinex"),
     ("Paolo Ardoino", "leaderOf", "Tether"),
     ("Office of Foreign Assets Control", "sanctions", "Garantex")],
    [("Circle Internet Group", "restrictsExportsTo", "Grinex"), ("Binance", "cooperatesWith", "Grinex"),
     ("Binance", "suppliesTo", "Russia")]))

# 5 India's UPI and RuPay abroad
DOCS.append(doc("pay-india-upi-pix-link", """India's UPI to link with Brazil's Pix as payments diplomacy widens

MUMBAI, Sept 18 —
India's Unified Payments Interface (UPI) will be linked with Brazil's Pix instant payment system under an agreement signed on Wednesday, the latest in a series of deals through which New Delhi is exporting its digital payments model.

NPCI International, the overseas arm of the National Payments Corporation of India (NPCI), signed the memorandum with Banco Central do Brasil, which operates Pix. The link, expected to go live next year, would let Indian tourists pay at Brazilian shops by scanning a QR code and allow remittances between the two countries within seconds.

UPI is already connected to Singapore's PayNow, and Indian visitors can use it in the United Arab Emirates through a partnership with Mashreq Bank's NEOPAY unit. In France, NPCI International teamed up with payments firm Lyra in 2024 to accept UPI at the Eiffel Tower.

NPCI's RuPay card network is also spreading. The Central Bank of Sri Lanka and the Maldives Monetary Authority have both agreed to issue RuPay cards domestically, and Nepal's Fonepay has joined the network.

"We want every Indian to be able to pay anywhere with UPI," NPCI International chief executive Ritesh Shukla said.

Not every market has opened its doors. Talks with the Bank of Russia on linking RuPay with the Mir card system have stalled since 2023, officials said, and Indian banks have refused to process Mir payments for fear of U.S. sanctions. State Bank of India, the country's largest lender, has not joined any arrangement with Russian card networks.

Some officials in New Delhi have floated the idea of linking UPI with China's UnionPay, but a senior finance ministry official said that was "not on the table".""",
    [IN, ("Brazil", "Country", ["Brazilian", "Brasilia"]), UAE, US, RU, CN, BOR, MIR, UNIONPAY,
     ("Unified Payments Interface", "Organization", ["UPI"]),
     ("Pix", "Organization", ["PIX"]),
     ("NPCI International", "Organization", ["NIPL", "NPCI International Payments"]),
     ("National Payments Corporation of India", "Organization", ["NPCI"]),
     ("Banco Central do Brasil", "Organization", ["Central Bank of Brazil", "Brazilian central bank", "BCB"]),
     ("Singapore", "Country", ["Singaporean"]),
     ("PayNow", "Organization", []),
     ("Mashreq Bank", "Organization", ["Mashreq", "Mashreqbank"]),
     ("NEOPAY", "Organization", ["Neopay"]),
     ("France", "Country", ["French", "Paris"]),
     ("Lyra", "Organization", ["Lyra Network"]),
     ("RuPay", "Organization", []),
     ("Central Bank of Sri Lanka", "Organization", ["CBSL"]),
     ("Sri Lanka", "Country", ["Sri Lankan", "Colombo"]),
     ("Maldives Monetary Authority", "Organization", ["MMA"]),
     ("Maldives", "Country", ["Maldivian", "Male"]),
     ("Nepal", "Country", ["Nepali", "Nepalese", "Kathmandu"]),
     ("Fonepay", "Organization", []),
     ("Ritesh Shukla", "Person", ["Shukla"]),
     ("State Bank of India", "Organization", ["SBI"])],
    [("Unified Payments Interface", "basedIn", "India"),
     ("Pix", "basedIn", "Brazil"),
     ("Unified Payments Interface", "cooperatesWith", "Pix", "planned"),
     ("NPCI International", "partOf", "National Payments Corporation of India"),
     ("National Payments Corporation of India", "basedIn", "India"),
     ("NPCI International", "agreementWith", "Banco Central do Brasil"),
     ("Banco Central do Brasil", "basedIn", "Brazil"),
     ("Pix", "partOf", "Banco Central do Brasil"),
     ("Unified Payments Interface", "cooperatesWith", "PayNow"),
     ("PayNow", "basedIn", "Singapore"),
     ("Unified Payments Interface", "cooperatesWith", "NEOPAY"),
     ("NEOPAY", "partOf", "Mashreq Bank"),
     ("NPCI International", "cooperatesWith", "Lyra"),
     ("RuPay", "partOf", "National Payments Corporation of India"),
     ("Central Bank of Sri Lanka", "cooperatesWith", "RuPay", "planned"),
     ("Maldives Monetary Authority", "cooperatesWith", "RuPay", "planned"),
     ("Central Bank of Sri Lanka", "basedIn", "Sri Lanka"),
     ("Maldives Monetary Authority", "basedIn", "Maldives"),
     ("Fonepay", "cooperatesWith", "RuPay"),
     ("Fonepay", "basedIn", "Nepal"),
     ("Ritesh Shukla", "leaderOf", "NPCI International"),
     ("India", "restrictsExportsTo", "Mir"),
     ("State Bank of India", "basedIn", "India"),
     ("UnionPay", "basedIn", "China")],
    [("RuPay", "cooperatesWith", "Mir"), ("State Bank of India", "cooperatesWith", "Russia"),
     ("Unified Payments Interface", "cooperatesWith", "UnionPay")]))

# 6 BRICS payments, mBridge and CBDC pilots
DOCS.append(doc("pay-brics-mbridge-cbdc", """BRICS weighs payment links as mBridge nears commercial use

RIO DE JANEIRO, July 7 —
BRICS finance ministers agreed on Sunday to study a common cross-border payment platform, but stopped short of endorsing a single currency, as members remain divided over how far to challenge the dollar.

The statement asked the group's central banks to report by next year on linking national payment systems such as Brazil's Pix, India's UPI and Russia's SPFS. Russia, which chaired the bloc last year, has pushed hardest for a "BRICS Pay" network that would bypass SWIFT. Indian officials have said New Delhi has no plan to replace the dollar.

Separately, the central banks of China, Thailand, the United Arab Emirates and Saudi Arabia are moving their jointly run mBridge digital currency project toward commercial use. The Bank for International Settlements, which helped design the platform, withdrew from the project last year, saying it had reached maturity; BIS general manager Agustin Carstens denied that the exit was linked to concerns the system could be used to evade sanctions.

The People's Bank of China, which has run the largest retail pilot of a central bank digital currency, has signed memorandums with the central banks of the UAE and Saudi Arabia to settle oil trade over mBridge. The Saudi Central Bank joined the project in 2024 as a full participant.

Banco Central do Brasil is also testing Drex, a digital version of the real, with banks including Itaú Unibanco, Bradesco and Banco do Brasil. Central bank governor Gabriel Galípolo said a decision on a wider launch would come next year.

U.S. officials are watching. Republican senators have proposed a bill that would allow the Treasury to sanction foreign banks that use BRICS payment links to serve sanctioned Russian entities, though the measure has little chance of passing this year. President Donald Trump has threatened a 100 percent tariff on BRICS members if they create a rival currency.""",
    [("BRICS", "InternationalOrganization", ["BRICS+", "BRICS bloc"]),
     ("Brazil", "Country", ["Brazilian", "Brasilia"]), IN, RU, CN, UAE, US, TREAS, SWIFT,
     ("Pix", "Organization", ["PIX"]),
     ("Unified Payments Interface", "Organization", ["UPI"]),
     ("SPFS", "Organization", ["System for Transfer of Financial Messages"]),
     ("Thailand", "Country", ["Thai", "Bangkok"]),
     ("Saudi Arabia", "Country", ["Saudi", "Riyadh", "Kingdom of Saudi Arabia"]),
     ("Bank for International Settlements", "InternationalOrganization", ["BIS"]),
     ("Agustín Carstens", "Person", ["Agustin Carstens", "Carstens"]),
     ("People's Bank of China", "Organization", ["PBOC", "PBoC"]),
     ("Saudi Central Bank", "Organization", ["SAMA", "Saudi Arabian Monetary Authority"]),
     ("Banco Central do Brasil", "Organization", ["Central Bank of Brazil", "BCB"]),
     ("Itaú Unibanco", "Organization", ["Itau Unibanco", "Itaú", "Itau"]),
     ("Bradesco", "Organization", ["Banco Bradesco"]),
     ("Banco do Brasil", "Organization", []),
     ("Gabriel Galípolo", "Person", ["Gabriel Galipolo", "Galípolo"]),
     ("Donald Trump", "Person", ["Trump"])],
    [("Pix", "basedIn", "Brazil"),
     ("Unified Payments Interface", "basedIn", "India"),
     ("SPFS", "basedIn", "Russia"),
     ("Russia", "memberOf", "BRICS"),
     ("China", "cooperatesWith", "Thailand"),
     ("China", "cooperatesWith", "United Arab Emirates"),
     ("China", "cooperatesWith", "Saudi Arabia"),
     ("Thailand", "cooperatesWith", "United Arab Emirates"),
     ("Thailand", "cooperatesWith", "Saudi Arabia"),
     ("United Arab Emirates", "cooperatesWith", "Saudi Arabia"),
     ("Agustín Carstens", "leaderOf", "Bank for International Settlements"),
     ("People's Bank of China", "basedIn", "China"),
     ("People's Bank of China", "agreementWith", "United Arab Emirates"),
     ("People's Bank of China", "agreementWith", "Saudi Arabia"),
     ("Saudi Central Bank", "basedIn", "Saudi Arabia"),
     ("Banco Central do Brasil", "basedIn", "Brazil"),
     ("Banco Central do Brasil", "cooperatesWith", "Itaú Unibanco"),
     ("Banco Central do Brasil", "cooperatesWith", "Bradesco"),
     ("Banco Central do Brasil", "cooperatesWith", "Banco do Brasil"),
     ("Gabriel Galípolo", "leaderOf", "Banco Central do Brasil"),
     ("Donald Trump", "leaderOf", "United States")],
    []))

# 7 Iran's Shetab and Russia's Mir
DOCS.append(doc("pay-iran-shetab-mir-link", """Iran, Russia fully link Shetab and Mir card networks

TEHRAN, Nov 20 —
Iran and Russia have fully connected their national card networks, Shetab and Mir, allowing Iranians travelling to Russia to withdraw cash and pay with local bank cards, the Central Bank of Iran said on Wednesday.

The link, which was tested with a few banks last year, now covers all Iranian banks and all issuers of Mir cards, central bank governor Mohammad Reza Farzin said. He added that Tehran and Moscow had also agreed to connect their messaging systems, Iran's SEPAM and Russia's SPFS, so that Iranian banks cut off from SWIFT can trade with Russian lenders.

Both countries are under heavy Western sanctions. SWIFT disconnected Iranian banks in 2012 under pressure from the European Union, and the United States has sanctioned the Central Bank of Iran since 2019, accusing it of financing terrorism, a charge Tehran rejects.

Bank Melli Iran and Bank Saderat, two of the country's largest state lenders, were the first to issue cards accepted on the Mir network. Russia's VTB, which opened a representative office in Tehran in 2023, is expected to handle most of the trade flows on the Russian side.

Not everyone in the region is willing to join. Banks in the United Arab Emirates, where many Iranian traders keep accounts, have refused to accept Mir cards since 2024, and Emirates NBD closed the accounts of several Iranian companies last year. First Abu Dhabi Bank did not respond to a request for comment on whether it would process payments routed through Shetab.

Analysts said the link was mainly symbolic. "The volumes will be small until someone outside the sanctioned club joins," said Esfandyar Batmanghelidj, chief executive of the London-based Bourse & Bazaar Foundation. Iranian officials have said Armenia and Belarus may connect their card systems to Shetab, but neither government has confirmed any talks.""",
    [("Iran", "Country", ["Iranian", "Iranians", "Tehran", "Islamic Republic of Iran"]), RU, MIR, SWIFT, WEST, EU, US, UAE, UK,
     ("Shetab", "Organization", ["Shetab network", "Shetab Banking System"]),
     ("Central Bank of Iran", "Organization", ["CBI", "Iranian central bank"]),
     ("Mohammad Reza Farzin", "Person", ["Farzin"]),
     ("SEPAM", "Organization", []),
     ("SPFS", "Organization", ["System for Transfer of Financial Messages"]),
     ("Bank Melli Iran", "Organization", ["Bank Melli"]),
     ("Bank Saderat", "Organization", ["Bank Saderat Iran"]),
     ("VTB", "Organization", ["VTB Bank"]),
     ("Emirates NBD", "Organization", []),
     ("First Abu Dhabi Bank", "Organization", ["FAB"]),
     ("Esfandyar Batmanghelidj", "Person", ["Batmanghelidj"]),
     ("Bourse & Bazaar Foundation", "Organization", ["Bourse and Bazaar Foundation"]),
     ("Armenia", "Country", ["Armenian", "Yerevan"]),
     ("Belarus", "Country", ["Belarusian", "Minsk"])],
    [("Iran", "cooperatesWith", "Russia"),
     ("Shetab", "cooperatesWith", "Mir"),
     ("Shetab", "basedIn", "Iran"),
     ("Mir", "basedIn", "Russia"),
     ("Mohammad Reza Farzin", "leaderOf", "Central Bank of Iran"),
     ("Central Bank of Iran", "basedIn", "Iran"),
     ("Iran", "agreementWith", "Russia"),
     ("SEPAM", "cooperatesWith", "SPFS", "planned"),
     ("SEPAM", "basedIn", "Iran"),
     ("SPFS", "basedIn", "Russia"),
     ("SWIFT", "restrictsExportsTo", "Iran"),
     ("the West", "sanctions", "Iran"),
     ("the West", "sanctions", "Russia"),
     ("United States", "sanctions", "Central Bank of Iran"),
     ("Bank Melli Iran", "basedIn", "Iran"),
     ("Bank Saderat", "basedIn", "Iran"),
     ("Bank Melli Iran", "cooperatesWith", "Mir"),
     ("Bank Saderat", "cooperatesWith", "Mir"),
     ("VTB", "basedIn", "Russia"),
     ("United Arab Emirates", "restrictsExportsTo", "Mir"),
     ("Emirates NBD", "restrictsExportsTo", "Iran"),
     ("Esfandyar Batmanghelidj", "leaderOf", "Bourse & Bazaar Foundation"),
     ("Bourse & Bazaar Foundation", "basedIn", "United Kingdom")],
    [("Armenia", "cooperatesWith", "Shetab"), ("Belarus", "cooperatesWith", "Shetab")]))

# 8 Correspondent banking and de-risking
DOCS.append(doc("pay-correspondent-banking-derisking", """Raiffeisen deepens Russia cuts as de-risking spreads through correspondent banking

FRANKFURT, March 28 —
Raiffeisen Bank International will cut the number of payments its Russian subsidiary sends abroad by a further 60 percent this year, the Austrian lender said on Thursday, bowing to pressure from the European Central Bank and U.S. officials to shrink its business in the country.

Raiffeisenbank, the Moscow-based unit, is one of the few remaining Western-owned lenders that still clear euro and dollar payments for Russian companies. The ECB ordered Raiffeisen last April to reduce lending to Russian clients and to close most correspondent accounts that its Russian unit holds for foreign banks. Chief executive Johann Strobl said the group still wanted to sell the subsidiary but that Moscow had blocked every buyer proposed.

UniCredit, Italy's second-biggest bank, has also been cutting back. Its chief executive Andrea Orcel said the Milan-based lender had ended correspondent banking for Russian banks and would no longer open accounts for new Russian customers.

Such de-risking reaches well beyond Russia. JPMorgan Chase and Citigroup have closed the correspondent accounts of dozens of small lenders in the Caribbean and the Pacific islands in recent years, and Deutsche Bank stopped clearing dollars for several banks in Armenia and Georgia after an internal review, according to a report by the Financial Stability Board.

Sanctions authorities have tried to limit the damage. OFAC last month issued a general licence allowing banks to process payments for humanitarian aid and energy deliveries involving Gazprombank, and the U.K.'s Treasury granted a similar exemption to pay for Russian gas still flowing to Hungary and Slovakia.

"A bank that is punished for serving a sanctioned client will not take the chance," said Nicolas Veron, a senior fellow at the Peterson Institute for International Economics. He said regulators should consider a safe harbour for small lenders, an idea Washington has so far rejected.""",
    [RU, US, UK, OFAC, WEST,
     ("Raiffeisen Bank International", "Organization", ["Raiffeisen", "RBI"]),
     ("Austria", "Country", ["Austrian", "Vienna"]),
     ("Raiffeisenbank Russia", "Organization", ["Raiffeisenbank"]),
     ("European Central Bank", "Organization", ["ECB"]),
     ("Johann Strobl", "Person", ["Strobl"]),
     ("UniCredit", "Organization", []),
     ("Italy", "Country", ["Italian", "Rome"]),
     ("Andrea Orcel", "Person", ["Orcel"]),
     ("JPMorgan Chase", "Organization", ["JPMorgan", "JP Morgan"]),
     ("Citigroup", "Organization", ["Citi", "Citibank"]),
     ("Deutsche Bank", "Organization", []),
     ("Armenia", "Country", ["Armenian", "Yerevan"]),
     ("Georgia", "Country", ["Georgian", "Tbilisi"]),
     ("Financial Stability Board", "InternationalOrganization", ["FSB"]),
     ("Gazprombank", "Organization", []),
     ("HM Treasury", "Organization", ["UK Treasury", "British Treasury", "U.K.'s Treasury"]),
     ("Hungary", "Country", ["Hungarian", "Budapest"]),
     ("Slovakia", "Country", ["Slovak", "Bratislava"]),
     ("Nicolas Veron", "Person", ["Veron", "Nicolas Véron"]),
     ("Peterson Institute for International Economics", "Organization", ["Peterson Institute", "PIIE"])],
    [("Raiffeisen Bank International", "restrictsExportsTo", "Russia", "planned"),
     ("Raiffeisen Bank International", "basedIn", "Austria"),
     ("Raiffeisenbank Russia", "partOf", "Raiffeisen Bank International"),
     ("Raiffeisenbank Russia", "basedIn", "Russia"),
     ("European Central Bank", "directs", "Raiffeisen Bank International"),
     ("Johann Strobl", "leaderOf", "Raiffeisen Bank International"),
     ("UniCredit", "basedIn", "Italy"),
     ("Andrea Orcel", "leaderOf", "UniCredit"),
     ("UniCredit", "restrictsExportsTo", "Russia"),
     ("Deutsche Bank", "restrictsExportsTo", "Armenia"),
     ("Deutsche Bank", "restrictsExportsTo", "Georgia"),
     ("HM Treasury", "basedIn", "United Kingdom"),
     ("Russia", "suppliesTo", "Hungary"),
     ("Russia", "suppliesTo", "Slovakia"),
     ("Nicolas Veron", "worksFor", "Peterson Institute for International Economics")],
    [("Office of Foreign Assets Control", "restrictsExportsTo", "Gazprombank"),
     ("HM Treasury", "restrictsExportsTo", "Hungary"), ("HM Treasury", "restrictsExportsTo", "Slovakia")]))

if __name__ == "__main__":
    print_docs(DOCS)
