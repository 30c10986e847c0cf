"""Published-article stand-in, part C: a joint statement, an AP story, a ministry Q&A (texts, annotations)."""

JOINT_KR_ID = """Joint Statement on the Special Strategic Partnership between the Republic of Korea and the Republic of Indonesia

Jakarta, 12 September 2025

1. At the invitation of H.E. Prabowo Subianto, President of the Republic of Indonesia, H.E. Lee Jae-myung, President of the Republic of Korea, paid a state visit to Indonesia from 11 to 13 September 2025. The two Leaders held summit talks at the Merdeka Palace in a warm and friendly atmosphere.

2. The two Leaders welcomed the signing of a Memorandum of Understanding on Cooperation in Critical Minerals between the Ministry of Trade, Industry and Energy of the Republic of Korea and the Ministry of Energy and Mineral Resources of the Republic of Indonesia, and agreed to build resilient supply chains for nickel and other critical minerals.

3. The two Leaders noted with satisfaction the progress of the joint development of the KF-21 Boramae fighter aircraft by Korea Aerospace Industries and PT Dirgantara Indonesia, and affirmed their commitment to completing the programme.

4. Welcoming the commercial operation of the battery cell plant of HLI Green Power, a joint venture of Hyundai Motor Group and LG Energy Solution in Karawang, the two Leaders agreed to expand cooperation across the electric vehicle battery value chain, from nickel processing to battery recycling.

5. The two sides agreed to strengthen cooperation in the digital economy, including 5G networks, artificial intelligence and data centres, and welcomed the Memorandum of Understanding between the Ministry of Science and ICT of the Republic of Korea and the Ministry of Communication and Digital Affairs of the Republic of Indonesia.

6. As the largest member of the Association of Southeast Asian Nations (ASEAN), Indonesia welcomed the Republic of Korea's deepening cooperation with ASEAN under the ASEAN-Korea Comprehensive Strategic Partnership.

7. President Lee Jae-myung invited President Prabowo Subianto to visit the Republic of Korea at a mutually convenient time. President Prabowo accepted the invitation with appreciation.
"""

_MOTIE = "Ministry of Trade, Industry and Energy"
_MEMR = "Ministry of Energy and Mineral Resources of Indonesia"
_MSIT = "Ministry of Science and ICT"
_KOMDIGI = "Ministry of Communication and Digital Affairs of Indonesia"

JOINT_KR_ID_GOLD = {
    "entities": [
        ("South Korea", "Country", ["Republic of Korea", "Korea", "Korean", "ROK"]),
        ("Indonesia", "Country", ["Republic of Indonesia", "Indonesian"]),
        ("Prabowo Subianto", "Person", ["Prabowo", "President Prabowo"]),
        ("Lee Jae-myung", "Person", ["President Lee Jae-myung"]),
        (_MOTIE, "Organization", ["Ministry of Trade, Industry and Energy of the Republic of Korea", "MOTIE"]),
        (_MEMR, "Organization", ["Ministry of Energy and Mineral Resources",
                                 "Ministry of Energy and Mineral Resources of the Republic of Indonesia"]),
        ("critical minerals", "Technology", []),
        ("nickel", "Technology", []),
        ("fighter aircraft", "Technology", []),
        ("Korea Aerospace Industries", "Organization", ["KAI"]),
        ("PT Dirgantara Indonesia", "Organization", ["Dirgantara Indonesia", "PTDI"]),
        ("HLI Green Power", "Organization", []),
        ("Hyundai Motor Group", "Organization", ["Hyundai"]),
        ("LG Energy Solution", "Organization", ["LGES"]),
        ("batteries", "Technology", ["battery", "battery cell", "electric vehicle battery"]),
        ("electric vehicles", "Technology", ["electric vehicle"]),
        ("5G", "Technology", []),
        ("artificial intelligence", "Technology", ["AI"]),
        ("data centers", "Technology", ["data centres"]),
        (_MSIT, "Organization", ["Ministry of Science and ICT of the Republic of Korea", "MSIT"]),
        (_KOMDIGI, "Organization", ["Ministry of Communication and Digital Affairs",
                                    "Ministry of Communication and Digital Affairs of the Republic of Indonesia",
                                    "Komdigi"]),
        ("Association of Southeast Asian Nations", "InternationalOrganization", ["ASEAN"]),
    ],
    "relations": [
        ("Prabowo Subianto", "leaderOf", "Indonesia"),
        ("Lee Jae-myung", "leaderOf", "South Korea"),
        ("South Korea", "agreementWith", "Indonesia"),
        (_MOTIE, "agreementWith", _MEMR),
        (_MOTIE, "basedIn", "South Korea"),
        (_MEMR, "basedIn", "Indonesia"),
        ("South Korea", "cooperatesWith", "Indonesia", "planned", ["critical minerals", "nickel", "batteries",
                                                                  "electric vehicles", "5G",
                                                                  "artificial intelligence", "data centers"]),
        ("Korea Aerospace Industries", "cooperatesWith", "PT Dirgantara Indonesia", "asserted", ["fighter aircraft"]),
        ("Korea Aerospace Industries", "focusesOn", "fighter aircraft"),
        ("PT Dirgantara Indonesia", "focusesOn", "fighter aircraft"),
        ("Korea Aerospace Industries", "basedIn", "South Korea"),
        ("PT Dirgantara Indonesia", "basedIn", "Indonesia"),
        ("Hyundai Motor Group", "jointVentureWith", "LG Energy Solution"),
        ("HLI Green Power", "partOf", "Hyundai Motor Group"),
        ("HLI Green Power", "partOf", "LG Energy Solution"),
        ("HLI Green Power", "focusesOn", "batteries"),
        (_MSIT, "agreementWith", _KOMDIGI),
        (_MSIT, "basedIn", "South Korea"),
        (_KOMDIGI, "basedIn", "Indonesia"),
        ("Indonesia", "memberOf", "Association of Southeast Asian Nations"),
        ("South Korea", "cooperatesWith", "Association of Southeast Asian Nations"),
    ],
    "negatives": [],
}

AP_EU = """EU sanctions Chinese drone engine maker over Russia's attack drones

By RAF CASERT

Updated 3:41 PM GMT+1, March 4, 2025

Share
Share
Copy
Link copied
Email
Facebook
X
Reddit
LinkedIn
Pinterest
Flipboard
Print

BRUSSELS (AP) \u2014 The European Union on Tuesday imposed sanctions on Chinese drone engine maker Xiamen Limbach Aircraft Engine Co., Ltd. and two other companies it accused of helping Russia build long-range attack drones, the bloc's first direct listing of a Chinese firm for drone work.

The Council of the European Union said Xiamen Limbach had worked with Russian arms maker Kupol, a subsidiary of state defense conglomerate Almaz-Antey, to develop and produce the Garpiya-3 drone, which Russia has fired at Ukrainian cities and power plants.

The United States sanctioned Xiamen Limbach and Kupol last October.

China's Foreign Ministry spokesperson Lin Jian said Beijing "firmly opposes" the listing and would take necessary measures to protect the legitimate rights of Chinese companies. He denied that China had supplied lethal weapons to either side in the conflict.

Xiamen Limbach did not respond to a request for comment.

Associated Press writer Lorne Cook in Brussels contributed to this report.

Follow AP's coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine
"""

AP_EU_GOLD = {
    "entities": [
        ("European Union", "InternationalOrganization", ["EU", "the bloc"]),
        ("Xiamen Limbach Aircraft Engine", "Organization",
         ["Xiamen Limbach", "Xiamen Limbach Aircraft Engine Co., Ltd.", "Xiamen Limbach Aircraft Engine Co."]),
        ("China", "Country", ["Chinese", "Beijing"]),
        ("Russia", "Country", ["Russian"]),
        ("drones", "Technology", ["drone", "attack drones", "long-range attack drones", "drone engine"]),
        ("Council of the European Union", "Organization", []),
        ("Kupol", "Organization", []),
        ("Almaz-Antey", "Organization", []),
        ("Ukraine", "Country", ["Ukrainian"]),
        ("United States", "Country", []),
        ("Ministry of Foreign Affairs of China", "Organization", ["Foreign Ministry", "China's Foreign Ministry"]),
        ("Lin Jian", "Person", []),
    ],
    "relations": [
        ("European Union", "sanctions", "Xiamen Limbach Aircraft Engine"),
        ("Xiamen Limbach Aircraft Engine", "basedIn", "China"),
        ("Xiamen Limbach Aircraft Engine", "focusesOn", "drones"),
        ("Council of the European Union", "partOf", "European Union"),
        ("Xiamen Limbach Aircraft Engine", "cooperatesWith", "Kupol", "asserted", ["drones"]),
        ("Kupol", "basedIn", "Russia"),
        ("Kupol", "partOf", "Almaz-Antey"),
        ("Kupol", "focusesOn", "drones"),
        ("United States", "sanctions", "Xiamen Limbach Aircraft Engine"),
        ("United States", "sanctions", "Kupol"),
        ("Ministry of Foreign Affairs of China", "basedIn", "China"),
        ("Lin Jian", "worksFor", "Ministry of Foreign Affairs of China"),
    ],
    "negatives": [
        ("China", "suppliesTo", "Russia"),
        ("China", "suppliesTo", "Ukraine"),
    ],
}

MOFCOM_QA = """MOFCOM Spokesperson Answers Reporters' Questions on Export Controls of Tungsten and Other Items

Release time: 2025-02-04 17:30  Source: MOFCOM Press Office

Font size: Large Medium Small

Question: The Ministry of Commerce today issued an announcement on export controls of items related to tungsten, tellurium, bismuth, molybdenum and indium. Some foreign media say the measures target the United States. What is the Ministry's response?

Answer: Spokesperson He Yadong said that, in accordance with the Export Control Law of the People's Republic of China, the Ministry of Commerce, together with the General Administration of Customs, decided to implement export controls on the above items in order to safeguard national security and interests and to fulfil international obligations such as non-proliferation. The measures are not targeted at any specific country or region, and exports that comply with the relevant provisions will be licensed.

Question: The Ministry also added two American companies to the Unreliable Entity List. Can you give more details?

Answer: He Yadong said that the working mechanism of the Unreliable Entity List had decided to add PVH Corp. and Illumina, Inc. of the United States to the list, as the two companies had violated normal market transaction principles and discriminated against Chinese enterprises. China welcomes foreign companies that abide by Chinese law to invest and operate in China.

\u3010Print\u3011\u3010Close\u3011

Share to: WeChat  Weibo
"""

MOFCOM_QA_GOLD = {
    "entities": [
        ("Ministry of Commerce of China", "Organization", ["Ministry of Commerce", "MOFCOM", "the Ministry"]),
        ("China", "Country", ["People's Republic of China", "Chinese"]),
        ("United States", "Country", ["American"]),
        ("tungsten", "Technology", []),
        ("tellurium", "Technology", []),
        ("bismuth", "Technology", []),
        ("molybdenum", "Technology", []),
        ("indium", "Technology", []),
        ("He Yadong", "Person", []),
        ("General Administration of Customs", "Organization", []),
        ("PVH", "Organization", ["PVH Corp.", "PVH Corp"]),
        ("Illumina", "Organization", ["Illumina, Inc.", "Illumina Inc."]),
    ],
    "relations": [
        ("Ministry of Commerce of China", "basedIn", "China"),
        ("General Administration of Customs", "basedIn", "China"),
        ("He Yadong", "worksFor", "Ministry of Commerce of China"),
        ("Ministry of Commerce of China", "sanctions", "PVH"),
        ("Ministry of Commerce of China", "sanctions", "Illumina"),
        ("PVH", "basedIn", "United States"),
        ("Illumina", "basedIn", "United States"),
    ],
    "negatives": [
        ("China", "restrictsExportsTo", "United States"),
        ("Ministry of Commerce of China", "restrictsExportsTo", "United States"),
    ],
}
