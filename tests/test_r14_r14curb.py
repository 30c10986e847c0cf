"""Sanctions, export curbs and rivalry as news wire tells them, read by branch r14curb:
``kg/nlp/relations/r14curb.py`` (a measure as the subject that reaches its targets, its holder named before it; a
flow curbed without a named holder; a business wound down in a country, customers dropped, supplies cut off; firms
barred from buying a country's goods; the suspension of a firm's operations; a platform a state suspends or
throttles; targets a measure hits or keeps under it; one cast as a rival) and ``debar`` as a sanctions verb. Every
sentence is written for its construction (none comes from a gold file); each positive states the triple it must give
(and the rule, when it is this branch's), each negative the triple it must not."""

from __future__ import annotations

import pytest

from rule_runs import evidence_rules as triples
from rule_runs import rules_by_triple

STATED = [
    # a measure as the subject, its holder in the sentence before (through goods, or by the measure's own kind)
    ("Washington tightened controls on chip tools. The rules bar shipments to SMIC and Huawei.",
     ("united-states", "restrictsExportsTo", "smic"), "r14curb:measure-reach"),
    ("Beijing retaliated with curbs on gallium exports. The restrictions hit the United States and Japan.",
     ("china", "restrictsExportsTo", "japan"), "r14curb:measure-reach"),
    ("Beijing imposed export controls on gallium and germanium. The measures target the United States.",
     ("china", "restrictsExportsTo", "united-states"), "r14curb:measure-reach"),
    ("Tokyo added 23 types of chipmaking equipment to its export control list. The curbs target China.",
     ("japan", "restrictsExportsTo", "china"), "r14curb:measure-reach"),
    ("China restricted exports of drone parts. The move hits Ukraine and the United States.",
     ("china", "restrictsExportsTo", "ukraine"), "r14curb:measure-reach"),
    ("Seoul tightened export controls on strategic goods. The rules apply to shipments to Russia and Belarus.",
     ("south-korea", "restrictsExportsTo", "belarus"), "r14curb:measure-reach"),
    ("Kenya banned exports of maize. The ban hit Uganda and Tanzania hard.",
     ("kenya", "restrictsExportsTo", "tanzania"), "r14curb:measure-reach"),
    ("The Commerce Department issued the rules. They restrict exports of advanced AI chips to China and Iran.",
     ("united-states-department-of-commerce", "restrictsExportsTo", "iran"), "r14curb:measure-reach"),
    ("The Treasury imposed sanctions on Moscow Exchange. The measures also target VTB Bank and the National "
     "Clearing Center.", ("united-states-department-of-the-treasury", "sanctions", "vtb"), "r14curb:measure-reach"),
    ("Canada imposed sanctions on Iran's Revolutionary Guards. The penalties also hit Mahan Air.",
     ("canada", "sanctions", "mahan-air"), "r14curb:measure-reach"),
    # a flow curbed with no one named: the measure told before
    ("The Dutch government imposed export controls on ASML's machines. Shipments to China now need a licence.",
     ("government-of-netherlands", "restrictsExportsTo", "china"), "r14curb:curbed-flow"),
    ("Beijing tightened its rules on rare earths. Exports of the metals to the United States are now banned.",
     ("china", "restrictsExportsTo", "united-states"), "r14curb:curbed-flow"),
    # a business wound down in a country, customers dropped, a misread flow verb
    ("Visa and Mastercard suspended their Russian operations in March.",
     ("mastercard", "restrictsExportsTo", "russia"), "r14curb:wound-down"),
    ("PayPal shuts down its services in Russia.", ("paypal", "restrictsExportsTo", "russia"), "r14curb:wound-down"),
    ("Starlink restricted its service in Ukraine.", ("starlink", "restrictsExportsTo", "ukraine"),
     "r14curb:wound-down"),
    ("Cloudflare terminated its services to Kiwi Farms.", ("cloudflare", "restrictsExportsTo", "kiwi-farms"),
     "r14curb:wound-down"),
    ("Deutsche Bank said it would wind down its remaining business in Russia.",
     ("deutsche-bank", "restrictsExportsTo", "russia"), None),
    ("Citigroup closed its consumer banking business in Russia.", ("citigroup", "restrictsExportsTo", "russia"),
     "r14curb:wound-down"),
    ("Cogent Communications disconnected its customers in Russia.",
     ("cogent-communications", "restrictsExportsTo", "russia"), "r14curb:wound-down"),
    ("Lumen Technologies cut ties with Russian customers.", ("lumen-technologies", "restrictsExportsTo", "russia"),
     "r14curb:wound-down"),
    ("Huawei stopped shipping equipment to Russia.", ("huawei", "restrictsExportsTo", "russia"),
     "r14curb:wound-down"),
    ("Chile restricted lithium exports to China.", ("chile", "restrictsExportsTo", "china"), None),
    # an unnamed group of banks resolves to its country
    ("Several Kazakh banks stopped processing transfers to Russia.", ("kazakhstan", "restrictsExportsTo", "russia"),
     None),
    ("Binance restricted services for Russian users.", ("binance", "restrictsExportsTo", "russia"),
     "r14curb:wound-down"),
    # a firm the gazetteer names, not the West its first word would give
    ("Western Union halted money transfers to Russia.", ("western-union", "restrictsExportsTo", "russia"), None),
    ("China added Skydio to its unreliable entity list.", ("china", "sanctions", "skydio"), None),
    # a measure's holders after "by"
    ("The curbs by Washington, Tokyo and The Hague on tool exports to China have reshaped the industry.",
     ("netherlands", "restrictsExportsTo", "china"), "r14curb:measure-by"),
    ("Sanctions by the EU and Britain on Rosneft hit tanker rates.", ("united-kingdom", "sanctions", "rosneft"),
     "r14curb:measure-by"),
    # a seller kept from supplying under a measure
    ("Under US export controls, Nvidia cannot sell its H100 chips to China.",
     ("united-states", "restrictsExportsTo", "china"), "r14curb:kept-from"),
    # supplies cut off
    ("Russia cut off gas to Bulgaria and Poland.", ("russia", "restrictsExportsTo", "poland"),
     "r14curb:cut-supply"),
    ("Turkmenistan cut gas supplies to Iran.", ("turkmenistan", "restrictsExportsTo", "iran"), "r14curb:cut-supply"),
    # barred from buying a country's goods
    ("The United States banned ZTE from buying American components.", ("united-states", "restrictsExportsTo", "zte"),
     "r14curb:barred-buying"),
    ("ZTE was barred from buying American components for seven years.",
     ("united-states", "restrictsExportsTo", "zte"), "r14curb:barred-buying"),
    # the suspension of a firm's operations
    ("The suspension of Visa and Mastercard operations in Russia pushed banks toward UnionPay.",
     ("visa", "restrictsExportsTo", "russia"), "r14curb:halting-noun"),
    # a platform a state or its regulator suspends or throttles; debarment
    ("Nigeria suspended Twitter indefinitely.", ("nigeria", "sanctions", "twitter"), "r14curb:suspended-platform"),
    ("Roskomnadzor began throttling Twitter in March 2021.", ("roskomnadzor", "sanctions", "twitter"),
     "r14curb:suspended-platform"),
    ("The World Bank debarred ZTE for fraudulent practices.", ("world-bank", "sanctions", "zte"), None),
    # targets a measure hits, or keeps under it
    ("Alfa-Bank was among the lenders hit by EU sanctions in 2022.", ("european-union", "sanctions", "alfa-bank"),
     "r14curb:measure-agent"),
    ("VTB, Russia's second-largest lender, is under sanctions from the United States, the EU and Britain.",
     ("united-kingdom", "sanctions", "vtb"), "r14curb:measure-agent"),
    # one cast as a rival
    ("India is positioning itself as a rival to China in electronics manufacturing.",
     ("china", "competesWith", "india"), "r14curb:as-rival"),
    ("Analysts see Zhipu as a homegrown rival to OpenAI.", ("openai", "competesWith", "zhipu-ai"),
     "r14curb:as-rival"),
    ("Kazakhstan is pitching itself as a counterweight to Russia in Central Asia.",
     ("kazakhstan", "competesWith", "russia"), "r14curb:as-rival"),
]

NOT_STATED = [
    # a measure lifted, threatened, considered, debated or denied carries nothing to the sentence after it
    ("Beijing lifted its rules on rare earths. Exports of the metals to the United States are now allowed.",
     ("china", "restrictsExportsTo", "united-states")),
    ("Washington threatened new export controls. Shipments to China would need a licence.",
     ("united-states", "restrictsExportsTo", "china")),
    ("Washington is considering export controls on chip tools. The rules would bar shipments to SMIC.",
     ("united-states", "restrictsExportsTo", "smic")),
    ("The EU lifted sanctions on Gazprombank. The move also covers Sberbank.",
     ("european-union", "sanctions", "sberbank")),
    ("The United States eased sanctions on Venezuela. The measures no longer cover PDVSA.",
     ("united-states", "sanctions", "pdvsa")),
    ("The United States imposed sanctions on Hezbollah. The measures do not target Lebanon's central bank.",
     ("united-states", "sanctions", "central-bank-of-lebanon")),
    ("India debated a ban on exports of rice. The ban would hit Bangladesh.",
     ("india", "restrictsExportsTo", "bangladesh")),
    ("Mexico imposed new rules on steel imports. The rules apply to shipments from China.",
     ("mexico", "restrictsExportsTo", "china")),
    # a firm an export curb hits is most often the exporter, not its target
    ("Washington tightened export controls on AI chips. The curbs hit Nvidia and AMD.",
     ("united-states", "restrictsExportsTo", "nvidia")),
    # negated, considered or only possible
    ("Nokia said it would not wind down its business in Russia.", ("nokia", "restrictsExportsTo", "russia")),
    ("Visa has not suspended its operations in Russia.", ("visa", "restrictsExportsTo", "russia")),
    ("Raiffeisen is considering shutting down its business in Russia.",
     ("raiffeisen-bank-international", "restrictsExportsTo", "russia")),
    ("Cogent Communications could disconnect its customers in Russia.",
     ("cogent-communications", "restrictsExportsTo", "russia")),
    ("Nigeria refused to suspend Twitter.", ("nigeria", "sanctions", "twitter")),
    ("The United States did not bar ZTE from buying American components.",
     ("united-states", "restrictsExportsTo", "zte")),
    ("Russia threatened to cut off gas to Bulgaria.", ("russia", "restrictsExportsTo", "bulgaria")),
    ("Alfa-Bank was not among the lenders hit by EU sanctions.", ("european-union", "sanctions", "alfa-bank")),
    ("VTB is no longer under EU sanctions.", ("european-union", "sanctions", "vtb")),
    ("Visa lifted the suspension of its operations in Russia.", ("visa", "restrictsExportsTo", "russia")),
    ("Reports of a suspension of Visa operations in Russia were denied.", ("visa", "restrictsExportsTo", "russia")),
    ("Tokyo does not see Seoul as a rival to its chip industry.", ("japan", "competesWith", "south-korea")),
    ("Export controls by Japan on South Korea were lifted in 2023.", ("japan", "restrictsExportsTo", "south-korea")),
    ("Under US export controls, Nvidia can sell its H20 chips to China.",
     ("united-states", "restrictsExportsTo", "china")),
]


@pytest.mark.parametrize(("text", "triple", "rule"), STATED)
def test_stated(nlp, text, triple, rule):
    found = rules_by_triple(nlp, text) if rule is not None else triples(nlp, text)
    assert triple in found, sorted(found)
    if rule is not None:
        assert rule in found[triple], found[triple]


@pytest.mark.parametrize(("text", "triple"), NOT_STATED)
def test_not_stated(nlp, text, triple):
    from kg.nlp.extensions import entities

    named = entities(nlp(text))
    assert triple[0] in named and triple[2] in named, sorted(named)  # the pair is there to be related
    found = triples(nlp, text)
    assert triple not in found, found.get(triple)
