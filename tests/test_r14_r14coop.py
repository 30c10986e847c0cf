"""Cooperation in the shapes wire copy uses beside the cooperation words (round 14, kg/nlp/relations/r14coop.py, word
lists ``r14coop_*`` in data/lexicon/cooperation.json). Every sentence is written for its construction (none from a
gold file); each negative has a positive of the same construction that must be found."""

from __future__ import annotations

import pytest

from kg.nlp import extensions as ext


def triples(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in ext.relations(nlp(text))}


def rules(nlp, text: str) -> set[str]:
    return {e.rule for r in ext.relations(nlp(text)) for e in r.evidence}


def has(found: set[tuple[str, str, str]], s: str, p: str, o: str) -> bool:
    """A symmetric relation in either direction."""
    return bool({(s, p, o), (o, p, s)} & found)


FOUND = [
    # two sides joining their own systems
    ("Russia and Iran have integrated their payment systems.", [("russia", "cooperatesWith", "iran")]),
    ("Turkey and Russia linked their banking systems last year.", [("turkey", "cooperatesWith", "russia")]),
    ("Tehran and Moscow have agreed to connect their national messaging systems.",
     [("iran", "cooperatesWith", "russia")]),
    ("The Central Bank of Russia and the Central Bank of Iran signed an agreement to link their financial messaging "
     "systems.", [("central-bank-of-russia", "cooperatesWith", "central-bank-of-iran")]),
    ("Mexico's Telmex and AT&T interconnect their networks at the border.", [("telmex", "cooperatesWith", "at-and-t")]),
    # a body set up together
    ("Mexico and Canada set up a working group on critical minerals.", [("mexico", "cooperatesWith", "canada")]),
    ("Vietnam and Laos agreed to establish a joint commission on energy.", [("vietnam", "cooperatesWith", "laos")]),
    ("Chile and Peru formed a bilateral task force on lithium.", [("chile", "cooperatesWith", "peru")]),
    # talks or a deal about cooperation
    ("Russia and Kazakhstan held talks on expanding cooperation in the nuclear industry.",
     [("russia", "cooperatesWith", "kazakhstan")]),
    ("Russia held talks with Kazakhstan on ways to boost cooperation in nuclear energy.",
     [("russia", "cooperatesWith", "kazakhstan")]),
    ("Egypt and China signed a memorandum on expanding cooperation in satellites.",
     [("egypt", "cooperatesWith", "china")]),
    # something common made or worked on together
    ("Russia, Belarus, Kazakhstan, Armenia and Kyrgyzstan are working on a common payment infrastructure.",
     [("russia", "cooperatesWith", "kyrgyzstan"), ("belarus", "cooperatesWith", "armenia")]),
    ("Brazil and Argentina discussed a common currency for trade.", [("brazil", "cooperatesWith", "argentina")]),
    # taking part in one undertaking
    ("The Bank of Thailand, the Hong Kong Monetary Authority and the People's Bank of China are taking part in "
     "Project mBridge.", [("bank-of-thailand", "cooperatesWith", "people-s-bank-of-china")]),
    ("Indonesia and Malaysia participate in the pilot on cross-border QR payments.",
     [("indonesia", "cooperatesWith", "malaysia")]),
    # names joined by a hyphen before a meeting
    ("The EU-CELAC summit in Brussels adopted a declaration on digital cooperation.",
     [("european-union", "cooperatesWith", "celac")]),
    ("The China-Brazil satellite programme launched its sixth satellite.", [("china", "cooperatesWith", "brazil")]),
    # a network's cards issued by a bank
    ("Gazprombank began issuing UnionPay cards in March.", [("gazprombank", "cooperatesWith", "china-unionpay")]),
    ("Tinkoff Bank said it would issue cards on the UnionPay network.",
     [("t-bank", "cooperatesWith", "china-unionpay")]),
    ("Sberbank is preparing cards co-badged with UnionPay.", [("sberbank", "cooperatesWith", "china-unionpay")]),
    # the named members of an undertaking
    ("Partners in the consortium are Meta, Vodafone and China Mobile.",
     [("meta-platforms", "cooperatesWith", "vodafone"), ("vodafone", "cooperatesWith", "china-mobile")]),
    # owning a thing together, and a standing channel opened with another
    ("Google, Meta and NTT jointly own the cable.", [("google", "jointVentureWith", "ntt")]),
    ("VTB has opened correspondent accounts with Bank of China.", [("vtb", "cooperatesWith", "bank-of-china")]),
    # one thing made, launched or proposed by several
    ("The platform was developed by Visa, Mastercard and JCB.", [("visa", "cooperatesWith", "jcb")]),
    ("The initiative, launched by Brazil, Mexico and Colombia, aims to close the digital divide.",
     [("brazil", "cooperatesWith", "colombia")]),
    # the parties an undertaking takes in
    ("The project involves Kazakhstan, Uzbekistan, Kyrgyzstan and China.", [("kazakhstan", "cooperatesWith", "china")]),
    ("The agreement involves Kazakhstan, Uzbekistan and Kyrgyzstan.", [("kazakhstan", "agreementWith", "kyrgyzstan")]),
    # r14coop2.py: a joint undertaking of several, a standing link, a deal reached between, joined in the passive,
    # things shared or exchanged
    ("The project is a joint initiative of the Asian Development Bank and the World Bank.",
     [("asian-development-bank", "cooperatesWith", "world-bank")]),
    ("Egypt and Sudan held joint talks on water security.", [("egypt", "cooperatesWith", "sudan")]),
    ("The trilateral meeting of Russia, Iran and Azerbaijan focused on transport.",
     [("russia", "cooperatesWith", "azerbaijan")]),
    ("The Central Bank of Brazil and the Bank of Russia are exploring a bridge between their payment systems.",
     [("central-bank-of-brazil", "cooperatesWith", "central-bank-of-russia")]),
    ("The swap line between Japan and India was renewed.", [("japan", "cooperatesWith", "india")]),
    ("The agreement was reached between Telefonica and the Government of Peru.",
     [("telefonica", "agreementWith", "government-of-peru")]),
    ("Iran's Shetab network was linked to Russia's payment system in 2024.", [("iran", "cooperatesWith", "russia")]),
    ("Argentina's ARSAT and Brazil's Telebras will share satellite capacity.",
     [("arsat", "cooperatesWith", "telebras")]),
    ("Russia's Roskomnadzor will exchange information with Belarus's Operational and Analytical Center.",
     [("roskomnadzor", "cooperatesWith", "operational-and-analytical-center")]),
    # a deal signed by people named by their role stands for their states
    ("The memorandum, signed in Astana by Kazakhstan's foreign minister and his Chinese counterpart, covers visas.",
     [("kazakhstan", "agreementWith", "china")]),
    ("The treaty was signed by Brazil's president and his Argentine counterpart.",
     [("brazil", "agreementWith", "argentina")]),
    # cooperation heads of state agree or discuss is their countries'
    ("Chinese President Xi Jinping and Brazilian President Luiz Inacio Lula da Silva agreed to deepen cooperation in "
     "semiconductors.", [("china", "cooperatesWith", "brazil")]),
    ("Uzbek President Shavkat Mirziyoyev held talks with Chinese Premier Li Qiang on cooperation in digital "
     "technologies.", [("uzbekistan", "cooperatesWith", "china")]),
    ("Kazakhstan's foreign minister and his Russian counterpart discussed cooperation in space.",
     [("kazakhstan", "cooperatesWith", "russia")]),
    ("Kazakhstan's digital minister signed a memorandum with his Chinese counterpart on AI.",
     [("kazakhstan", "agreementWith", "china")]),
    ("Brazil's finance minister Fernando Haddad signed an agreement with Chinese Finance Minister Lan Fo'an.",
     [("brazil", "agreementWith", "china")]),
    ("Uzbek Foreign Minister Bakhtiyor Saidov and his Turkmen counterpart Rashid Meredov signed a roadmap for "
     "cooperation.", [("uzbekistan", "cooperatesWith", "turkmenistan")]),
    ("Chilean President Gabriel Boric met Chinese President Xi Jinping in Beijing on Monday. The two leaders agreed "
     "to deepen cooperation in lithium.", [("chile", "cooperatesWith", "china")]),
    ("Russian President Vladimir Putin met Kazakh President Kassym-Jomart Tokayev in Astana to discuss cooperation "
     "in energy.", [("russia", "cooperatesWith", "kazakhstan")]),
]

#: directed relations (investment, supply): r14coop3.py, and the amount after "up" (commerce3.py) and a round "of"
#: a company (r10invest.py)
DIRECTED = [
    ("Japan will give TSMC up to 476 billion yen in subsidies for its second plant.", ("japan", "investsIn", "tsmc")),
    ("Intel will receive $8.5 billion in grants from the United States.", ("united-states", "investsIn", "intel")),
    ("Kenya secured a $750 million loan from the World Bank.", ("world-bank", "investsIn", "kenya")),
    ("Mubadala and Temasek participated in the funding round of Mistral AI.", ("temasek", "investsIn", "mistral-ai")),
    ("The contract to build the metro was awarded to China Railway Construction Corporation by the Government of "
     "Nigeria.", ("china-railway-construction", "suppliesTo", "government-of-nigeria")),
    ("Vietnam Airlines took delivery of its first Airbus A350.", ("airbus", "suppliesTo", "vietnam-airlines")),
]

DIRECTED_NOT = [
    # money for orders is a sale, not funding; a contract not awarded
    ("Boeing received $2 billion in orders from Ryanair.", ("ryanair", "investsIn", "boeing")),
    ("The contract was not awarded to Huawei by the Government of Kenya.",
     ("huawei", "suppliesTo", "government-of-kenya")),
]


@pytest.mark.parametrize("text,expected", DIRECTED)
def test_directed_found(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize("text,absent", DIRECTED_NOT)
def test_directed_not_found(nlp, text, absent):
    assert absent not in triples(nlp, text)


@pytest.mark.parametrize("text,expected", FOUND)
def test_found(nlp, text, expected):
    found = triples(nlp, text)
    for s, p, o in expected:
        assert has(found, s, p, o), (s, p, o, sorted(found))


NOT_FOUND = [
    # joined things that are not the parties' own
    ("Huawei connected a million homes to Safaricom's network.", ("huawei", "cooperatesWith", "safaricom")),
    # a body one party sets up alone, or each on its own; a plain group is not a joint body
    ("The European Commission set up a working group on chips with no outside members.",
     ("european-commission", "cooperatesWith", "european-union")),
    ("Google and Meta each set up a working group on AI safety.", ("google", "cooperatesWith", "meta-platforms")),
    ("Germany and France did not set up a joint commission.", ("germany", "cooperatesWith", "france")),
    # rejected talks, and cooperation with a third party named on the noun
    ("Brazil and Argentina rejected talks on expanding cooperation.", ("brazil", "cooperatesWith", "argentina")),
    # a common thing that is a fact, not something made together
    ("Russia and China share a common border.", ("russia", "cooperatesWith", "china")),
    ("Chile and Argentina face a common problem with drought.", ("chile", "cooperatesWith", "argentina")),
    # stopping or refusing to accept a network's cards
    ("Isbank and Denizbank stopped accepting UnionPay cards under US pressure.",
     ("denizbank", "cooperatesWith", "china-unionpay")),
    ("Gazprombank refused to issue UnionPay cards.", ("gazprombank", "cooperatesWith", "china-unionpay")),
    # members of a named body are its members, not partners of each other
    ("Brazil and India are members of the World Trade Organization.", ("brazil", "cooperatesWith", "india")),
    # owned by one, or jointly owned in the passive (a joint venture of the owners, not the thing)
    ("Google owns the cable together with its data centres.", ("google", "jointVentureWith", "meta-platforms")),
    # the members of a consortium or the founders of a body are not thereby partners (gold reads membership)
    ("Its members include China Telecom, China Mobile and Microsoft.", ("china-mobile", "cooperatesWith", "microsoft")),
    ("The lender, founded by Brazil, Russia and India, is based in Shanghai.", ("brazil", "cooperatesWith", "india")),
    # several joined to one system are not joined to each other
    ("Gazprombank, Sovcombank and Post Bank are connected to the Chinese system.",
     ("gazprombank", "cooperatesWith", "sovcombank")),
    # things made by several that are plural, or each on their own
    ("The phones were built by Foxconn and Pegatron.", ("foxconn", "cooperatesWith", "pegatron")),
    ("The report was written by the IMF and the World Bank separately.",
     ("international-monetary-fund", "cooperatesWith", "world-bank")),
    # talks between rivals, a shared fact, a cut link, a refusal to share
    ("Talks between Russia and Ukraine collapsed.", ("russia", "cooperatesWith", "ukraine")),
    ("The US-China meeting in Geneva ended without a deal.", ("united-states", "cooperatesWith", "china")),
    ("The US-China trade war hit chip exports.", ("united-states", "cooperatesWith", "china")),
    ("Russia and China share a long border.", ("russia", "cooperatesWith", "china")),
    ("Argentina halted the swap line with China.", ("argentina", "cooperatesWith", "china")),
    ("Gazprom and CNPC refused to share costs.", ("gazprom", "cooperatesWith", "cnpc")),
    ("Washington accused Huawei of sharing information with Moscow.", ("huawei", "cooperatesWith", "russia")),
    # a deal not signed, or signed by one side only
    ("The memorandum was not signed by Kazakhstan's foreign minister and his Chinese counterpart.",
     ("kazakhstan", "agreementWith", "china")),
    # a leader refusing to cooperate, or criticising others' cooperation
    ("Vladimir Putin said Russia would not cooperate with Ukraine's President Volodymyr Zelensky.",
     ("russia", "cooperatesWith", "ukraine")),
    ("Russian President Vladimir Putin criticised cooperation between Kazakhstan and the United States.",
     ("russia", "cooperatesWith", "kazakhstan")),
    # leaders meeting about something else, or refusing to discuss cooperation
    ("Russian President Vladimir Putin met Ukrainian President Volodymyr Zelensky to discuss a ceasefire.",
     ("russia", "cooperatesWith", "ukraine")),
    ("Russian President Vladimir Putin met Kazakh President Kassym-Jomart Tokayev but refused to discuss cooperation.",
     ("russia", "cooperatesWith", "kazakhstan")),
    # closing a channel
    ("VTB closed its correspondent accounts with Bank of China.", ("vtb", "cooperatesWith", "bank-of-china")),
]


@pytest.mark.parametrize("text,absent", NOT_FOUND)
def test_not_found(nlp, text, absent):
    s, p, o = absent
    assert not has(triples(nlp, text), s, p, o)


def test_rules_are_this_rounds(nlp):
    """The constructions are found by this module's rules, not by chance elsewhere."""
    assert any(r.startswith("r14coop:joined-own") for r in rules(nlp, "Russia and Iran have integrated their "
                                                                     "payment systems."))
    assert any(r.startswith("r14coop:set-up-body") for r in rules(nlp, "Mexico and Canada set up a working group "
                                                                       "on critical minerals."))
    assert any(r.startswith("r14coop:cards") for r in rules(nlp, "Gazprombank began issuing UnionPay cards."))
