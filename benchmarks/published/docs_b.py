"""Published-article stand-in, part B: a ministry release, a trade-press story, a web page (texts, annotations)."""

GOV_INDIA = """Ministry of Electronics & IT

India and Singapore sign MoU on Semiconductor Ecosystem Partnership

Two sides to cooperate in chip design, manufacturing and talent development

Posted On: 18 MAR 2025 4:05PM by PIB Delhi

The Ministry of Electronics and Information Technology (MeitY), Government of India, and the Ministry of Trade and Industry of the Republic of Singapore today signed a Memorandum of Understanding (MoU) on a Semiconductor Ecosystem Partnership in New Delhi. The MoU was signed in the presence of Union Minister for Electronics and Information Technology, Railways and Information & Broadcasting Shri Ashwini Vaishnaw and H.E. Mr. Gan Kim Yong, Deputy Prime Minister and Minister for Trade and Industry of Singapore.

Under the MoU, the two sides will cooperate in semiconductor cluster development, chip design and manufacturing, and talent development. The India Semiconductor Mission (ISM), a dedicated division under MeitY, and the Economic Development Board of Singapore (EDB) will work together to implement the partnership.

Speaking on the occasion, Shri Ashwini Vaishnaw said that India's semiconductor programme had attracted investments of over USD 18 billion, including Tata Electronics' semiconductor fab at Dholera and Micron Technology's memory chip assembly and test facility at Sanand.

H.E. Mr. Gan Kim Yong noted that Singapore accounts for about 10 per cent of global chip output and that Singaporean companies were keen to take part in India's growing semiconductor ecosystem.

***

MSZ/PS

(Release ID: 2112345) Visitor Counter : 1542

Read this release in: Hindi , Tamil , Telugu
"""

GOV_INDIA_GOLD = {
    "entities": [
        ("Ministry of Electronics and Information Technology", "Organization", ["MeitY", "Ministry of Electronics & IT"]),
        ("Government of India", "Organization", []),
        ("India", "Country", []),
        ("Ministry of Trade and Industry of Singapore", "Organization",
         ["Ministry of Trade and Industry", "Ministry of Trade and Industry of the Republic of Singapore"]),
        ("Singapore", "Country", ["Republic of Singapore", "Singaporean"]),
        ("Ashwini Vaishnaw", "Person", ["Shri Ashwini Vaishnaw"]),
        ("Gan Kim Yong", "Person", ["H.E. Mr. Gan Kim Yong", "Mr. Gan Kim Yong"]),
        ("semiconductors", "Technology", ["semiconductor", "chip", "chips", "memory chip"]),
        ("India Semiconductor Mission", "Organization", ["ISM"]),
        ("Economic Development Board of Singapore", "Organization", ["EDB", "Economic Development Board"]),
        ("Tata Electronics", "Organization", []),
        ("Micron Technology", "Organization", ["Micron"]),
    ],
    "relations": [
        ("Ministry of Electronics and Information Technology", "agreementWith", "Ministry of Trade and Industry of Singapore"),
        ("India", "agreementWith", "Singapore"),
        ("India", "cooperatesWith", "Singapore", "planned", ["semiconductors"]),
        ("Ministry of Electronics and Information Technology", "cooperatesWith",
         "Ministry of Trade and Industry of Singapore", "planned", ["semiconductors"]),
        ("Ministry of Electronics and Information Technology", "partOf", "Government of India"),
        ("Ministry of Electronics and Information Technology", "basedIn", "India"),
        ("Government of India", "basedIn", "India"),
        ("Ministry of Trade and Industry of Singapore", "basedIn", "Singapore"),
        ("Ashwini Vaishnaw", "leaderOf", "Ministry of Electronics and Information Technology"),
        ("Gan Kim Yong", "leaderOf", "Ministry of Trade and Industry of Singapore"),
        ("Gan Kim Yong", "worksFor", "Singapore"),
        ("India Semiconductor Mission", "partOf", "Ministry of Electronics and Information Technology"),
        ("India Semiconductor Mission", "cooperatesWith", "Economic Development Board of Singapore", "planned"),
        ("India Semiconductor Mission", "basedIn", "India"),
        ("Economic Development Board of Singapore", "basedIn", "Singapore"),
        ("Tata Electronics", "focusesOn", "semiconductors"),
        ("Micron Technology", "focusesOn", "semiconductors"),
        ("Micron Technology", "investsIn", "India"),
        ("Singapore", "focusesOn", "semiconductors"),
    ],
    "negatives": [],
}

TRADE_NOKIA = """Nokia bags Airtel 5G expansion as Ericsson keeps its share

News Analysis

By Iain Morris, International Editor, Light Reading

June 10, 2025

4 min read

Nokia has won a multi-year contract to expand Bharti Airtel's 5G network in India, the Finnish vendor said today, and will deploy equipment from its AirScale portfolio, including Habrok Massive MIMO radios and AirScale 5G Baseband Plus cards, across several of the operator's circles.

The baseband cards run on Nokia's ReefShark system-on-chip, which the vendor developed with Marvell Technology. Airtel will also deploy Nokia's MantaRay SON and MantaRay AutoPilot software to automate network operations. Nokia declined to put a value on the deal, but analysts at Dell'Oro Group put Airtel's annual radio network spending at about $1 billion.

Nokia's Swedish rival Ericsson, which also supplies Airtel with 5G radios including the AIR 3268 and the Radio 4490, keeps its share of the network, according to people familiar with the deal.

Samsung Networks, the telecom equipment unit of Samsung Electronics, supplies 4G and 5G equipment to Reliance Jio, India's largest operator, and did not bid for the Airtel contract.

Chinese vendors Huawei and ZTE, which India excluded from its 5G trials in 2021, no longer supply Airtel's radio network.

Related: Ericsson's Open RAN bet runs into reality

Related: Jio picks Samsung for 5G Advanced upgrade

About the Author

Iain Morris

International Editor, Light Reading

Iain Morris joined Light Reading as News Editor at the start of 2015 and covers the telecom operators and vendors of Europe and Asia.

Copyright \u00a9 2025 Informa TechTarget. All rights reserved.
"""

TRADE_NOKIA_GOLD = {
    "entities": [
        ("Nokia", "Organization", []),
        ("Bharti Airtel", "Organization", ["Airtel"]),
        ("5G", "Technology", []),
        ("India", "Country", []),
        ("Finland", "Country", ["Finnish"]),
        ("Marvell Technology", "Organization", ["Marvell"]),
        ("Dell'Oro Group", "Organization", ["Dell'Oro"]),
        ("Ericsson", "Organization", []),
        ("Sweden", "Country", ["Swedish"]),
        ("Samsung Networks", "Organization", []),
        ("Samsung Electronics", "Organization", ["Samsung"]),
        ("Reliance Jio", "Organization", ["Jio"]),
        ("4G", "Technology", []),
        ("China", "Country", ["Chinese"]),
        ("Huawei", "Organization", []),
        ("ZTE", "Organization", []),
    ],
    "relations": [
        ("Nokia", "suppliesTo", "Bharti Airtel", "asserted", ["5G"]),
        ("Nokia", "agreementWith", "Bharti Airtel"),
        ("Bharti Airtel", "basedIn", "India"),
        ("Nokia", "basedIn", "Finland"),
        ("Nokia", "cooperatesWith", "Marvell Technology"),
        ("Bharti Airtel", "focusesOn", "5G"),
        ("Ericsson", "basedIn", "Sweden"),
        ("Ericsson", "competesWith", "Nokia"),
        ("Ericsson", "suppliesTo", "Bharti Airtel", "asserted", ["5G"]),
        ("Samsung Networks", "partOf", "Samsung Electronics"),
        ("Samsung Networks", "suppliesTo", "Reliance Jio", "asserted", ["4G", "5G"]),
        ("Reliance Jio", "basedIn", "India"),
        ("Huawei", "basedIn", "China"),
        ("ZTE", "basedIn", "China"),
        ("India", "sanctions", "Huawei"),
        ("India", "sanctions", "ZTE"),
    ],
    "negatives": [
        ("Huawei", "suppliesTo", "Bharti Airtel"),
        ("ZTE", "suppliesTo", "Bharti Airtel"),
        ("Samsung Networks", "suppliesTo", "Bharti Airtel"),
    ],
}

WEB_KAZ = """Skip to main content

Home | News | Energy | Mining | Markets | Opinion | Events

Subscribe | Sign in

We use cookies to give you the best possible experience on our site. By continuing to browse, you agree to our use of cookies.

Accept all cookies | Manage preferences

Energy

Kazatomprom agrees to supply uranium to China's CGN under 10-year deal

By Aliya Nurlanova

14 January 2025

Share this article

Facebook

X

LinkedIn

Email

Kazakhstan's state nuclear company Kazatomprom has signed a 10-year contract to supply natural uranium concentrate to China General Nuclear Power Group (CGN), the companies said on Tuesday, deepening energy ties between Astana and Beijing.

Under the deal, Kazatomprom will deliver the material through Semizbay-U, its joint venture with CGN, which operates two mines in the Turkestan region, the statement said.

Kazatomprom, the world's largest uranium producer, accounts for about a fifth of global output. China is building more nuclear reactors than any other country and imports most of the uranium it needs.

Chief executive Meirzhan Yussupov said the contract "secures a long-term market for our production".

The deal comes as utilities in Europe and North America look for alternatives to supply from Russia, whose state nuclear corporation Rosatom controls a large share of the world's enrichment capacity.

Advertisement

Related articles

Cameco raises 2025 production guidance as McArthur River ramps up

Uzbekistan's Navoiyuran signs supply deal with France's Orano

Newsletter

Get the Energy Briefing in your inbox every morning. Sign up

Most read

OPEC+ extends output cuts into second quarter

\u00a9 2025 Energy Monitor Media Ltd. All rights reserved.

Privacy Policy | Terms of Use | Cookie Settings | Contact us
"""

WEB_KAZ_GOLD = {
    "entities": [
        ("Kazatomprom", "Organization", []),
        ("Kazakhstan", "Country", ["Astana"]),
        ("China General Nuclear Power Group", "Organization", ["CGN"]),
        ("China", "Country", ["Beijing"]),
        ("uranium", "Technology", ["natural uranium concentrate", "uranium concentrate"]),
        ("Semizbay-U", "Organization", []),
        ("nuclear power", "Technology", ["nuclear reactors"]),
        ("Meirzhan Yussupov", "Person", []),
        ("Russia", "Country", []),
        ("Rosatom", "Organization", []),
    ],
    "relations": [
        ("Kazatomprom", "basedIn", "Kazakhstan"),
        ("China General Nuclear Power Group", "basedIn", "China"),
        ("Kazatomprom", "agreementWith", "China General Nuclear Power Group"),
        ("Kazatomprom", "suppliesTo", "China General Nuclear Power Group", "planned", ["uranium"]),
        ("Kazakhstan", "cooperatesWith", "China"),
        ("Kazatomprom", "jointVentureWith", "China General Nuclear Power Group"),
        ("Semizbay-U", "partOf", "Kazatomprom"),
        ("Kazatomprom", "focusesOn", "uranium"),
        ("China", "focusesOn", "nuclear power"),
        ("Meirzhan Yussupov", "leaderOf", "Kazatomprom"),
        ("Rosatom", "basedIn", "Russia"),
    ],
    "negatives": [],
}
