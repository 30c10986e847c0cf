"""Curbs, supplies, deals and joint ventures of branch r17curb (kg/nlp/relations/r17curb.py, and the fixes to
curbs3b.py / r13suite_fronted.py (a fronted ``by`` the parser labels ``prep``), r14coop.py / roles.py / triggers.py
(partners in a venture hold it jointly) and the lexicon's supposing verbs (``consider``, ``contemplate`` a deal)). Sentences
written for this test, none from a gold file nor from benchmarks/suite/curb17.jsonl."""

from __future__ import annotations

import pytest

from rule_runs import evidence_rules as triples
from rule_runs import has_triple

FOUND = [
    # a fronted passive participle whose "by" the parser labels prep
    ("Sanctioned by Norway in June, Sberbank closed its office.", ("norway", "sanctions", "sberbank")),
    ("Funded by Temasek in 2021, Grab opened a bank.", ("temasek", "investsIn", "grab")),
    # cut off from a state's goods
    ("Cut off from American chips since 2022, Huawei designed its own processors.",
     ("united-states", "restrictsExportsTo", "huawei")),
    ("Cut off from Japan's chemicals in 2019, Samsung Electronics found new suppliers.",
     ("japan", "restrictsExportsTo", "samsung-electronics")),
    # a fronted supplying participle
    ("Supplying engines to Airbus and Embraer, Rolls-Royce opened a new plant on Monday.",
     ("rolls-royce", "suppliesTo", "embraer")),
    # customers listed before "with"
    ("Bosch supplies Toyota and Honda with brake systems.", ("bosch", "suppliesTo", "honda")),
    ("Foxconn provides Apple, Dell and HP with servers.", ("foxconn", "suppliesTo", "hp-inc")),
    # a signatory or party to a deal with a named counterpart
    ("Oman, a signatory to a trade pact with India, hosted the summit.", ("oman", "agreementWith", "india")),
    ("Oman is a party to an accord with India.", ("oman", "agreementWith", "india")),
    ("Namibia and Germany are parties to a hydrogen accord.", ("namibia", "agreementWith", "germany")),
    # a venture made with a partner, told in a relative clause (also a quoted "we")
    ('"The joint venture we set up with Toyota is growing," Panasonic said.',
     ("panasonic", "jointVentureWith", "toyota")),
    ("The joint venture that Renault set up with Nissan in Chennai makes engines.", ("renault", "jointVentureWith", "nissan")),
    # a venture or a firm made by two companies
    ("The venture was created by Sony and Honda in 2022.", ("sony", "jointVentureWith", "honda")),
    ("Established by Ford and SK On, BlueOval SK will build battery plants.",
     ("ford", "jointVentureWith", "sk-on")),
    # co-owners of one venture with a third party
    ("Toyota and Denso run a joint venture with Aisin.", ("toyota", "jointVentureWith", "denso")),
    # partners in a venture
    ("Huawei, Vodafone's partner in the Cairo venture, expanded its network.",
     ("huawei", "jointVentureWith", "vodafone")),
    ("Vodafone's partner in the Cairo venture, Huawei, expanded its network.",
     ("huawei", "jointVentureWith", "vodafone")),
    ("Huawei is Vodafone's partner in a cloud venture.", ("huawei", "jointVentureWith", "vodafone")),
    ("Toyota, Honda and Nissan are partners in a joint venture that makes batteries.",
     ("toyota", "jointVentureWith", "nissan")),
    # a measure whose relative clause says who imposed it on whom
    ("The curbs that China placed on exports to Japan hurt carmakers.", ("china", "restrictsExportsTo", "japan")),
    ("The curbs Japan placed on exports to South Korea hurt Samsung.",
     ("japan", "restrictsExportsTo", "south-korea")),
    ("The sanctions Canada imposed on Sberbank remain in force.", ("canada", "sanctions", "sberbank")),
    # a fronted "hit by" a state's sanctions
    ("Hit by British sanctions last year, Sovcomflot sold tankers.", ("united-kingdom", "sanctions", "sovcomflot")),
    # goods made by one company for another, in the passive or the goods' relative clause
    ("The turbines are being made by Vestas for Ørsted.", ("vestas", "suppliesTo", "rsted")),
    ("The chips that TSMC makes for Nvidia are in short supply.", ("tsmc", "suppliesTo", "nvidia")),
]

ABSENT = [
    # exports a curb is on are no supply, also when the curb's relative clause carries "on"
    ("The curbs Japan placed on exports to South Korea hurt Samsung.", ("japan", "suppliesTo", "south-korea")),
    # partners in a venture hold it jointly: no cooperatesWith beside the venture
    ("Huawei, Vodafone's partner in the Cairo venture, expanded its network.",
     ("huawei", "cooperatesWith", "vodafone")),
    ("Toyota, Honda and Nissan are partners in a joint venture that makes batteries.",
     ("toyota", "cooperatesWith", "nissan")),
    # a joint venture partner holds the venture: no cooperatesWith beside it
    ("Nissan, Renault's joint venture partner, raised its stake.", ("nissan", "cooperatesWith", "renault")),
    # goods made for one's own use, or a report made for a body, are no supply
    ("The phones that Samsung makes for itself sell well.", ("samsung-electronics", "suppliesTo", "samsung-electronics")),
    ("The report was produced by McKinsey for the European Commission.",
     ("mckinsey", "suppliesTo", "european-commission")),
    # a gerund subject is no participle clause of the speaker
    ("Supplying arms to Russia would breach the embargo, Samsung Electronics said.",
     ("samsung-electronics", "suppliesTo", "russia")),
    # a deal the parties failed to reach
    ("Vietnam and Cambodia failed to agree on a border treaty.", ("vietnam", "agreementWith", "cambodia")),
    # a deal the failed talks were about
    ("The talks on a trade deal between Canada and China collapsed.", ("canada", "agreementWith", "china")),
    ("Talks over a joint venture between Nokia and Ericsson broke down in May.",
     ("nokia", "jointVentureWith", "ericsson")),
    # a deal or venture only considered
    ("Petrobras is considering a joint venture with Shell.", ("petrobras", "jointVentureWith", "shell")),
    ("Petrobras is contemplating an agreement with Shell.", ("petrobras", "agreementWith", "shell")),
    # a firm founded by people is no joint venture; one company's venture has no co-owner
    ("The venture was founded by Elon Musk and Sam Altman.", ("elon-musk", "jointVentureWith", "sam-altman")),
    # each of the subjects runs its own venture
    ("Toyota and Honda each run a joint venture with GAC.", ("toyota", "jointVentureWith", "honda")),
    # a party to talks, not to a deal
    ("Oman is a party to the talks with India.", ("oman", "agreementWith", "india")),
    ("Namibia and Germany are not parties to the accord.", ("namibia", "agreementWith", "germany")),
    # a negated signatory
    ("Oman is not a signatory to the pact with India.", ("oman", "agreementWith", "india")),
    # cut off by the subject's own decision, not from a state's goods
    ("Cut off from its customers by the strike, Boeing lost money.", ("boeing", "restrictsExportsTo", "boeing")),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_found(nlp, text, expected):
    """``Oman is a party to an accord with India`` -> Oman agreementWith India."""
    assert has_triple(triples(nlp, text), expected)


@pytest.mark.parametrize("text,absent", ABSENT)
def test_absent(nlp, text, absent):
    """``Petrobras is considering a joint venture with Shell`` -> no jointVentureWith."""
    found = triples(nlp, text)
    assert absent not in found and (absent[2], absent[1], absent[0]) not in found


def test_cut_off_from_customers_gives_no_curb(nlp):
    """``Cut off from its customers by the strike, Boeing lost money``: no state's goods, no export restriction."""
    found = triples(nlp, "Cut off from its customers by the strike, Boeing lost money.")
    assert not any(p == "restrictsExportsTo" for _s, p, _o in found)


def test_considering_an_act_with_partners_keeps_them(nlp):
    """Only a deal that is the object of ``consider`` is weighed: ``Russia is considering building a reactor
    together with China`` still tells of Russia's work with China."""
    found = triples(nlp, "Russia is seriously considering building a reactor on the Moon together with its "
                         "Chinese partners.")
    assert has_triple(found, ("russia", "cooperatesWith", "china"))


@pytest.mark.parametrize("text,pair", [
    ("The Chile-Peru trade deal marked its tenth anniversary.", ("chile", "agreementWith", "peru")),
    ("The Japan-South Korea trade deal marked its tenth anniversary.", ("japan", "agreementWith", "south-korea")),
])
def test_hyphen_joined_states_are_two(nlp, text, pair):
    """``the Japan-South Korea trade deal``: two states the NER model ran together into one organisation."""
    assert has_triple(triples(nlp, text), pair)
