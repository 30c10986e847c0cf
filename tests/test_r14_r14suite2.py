"""Constructions of branch r14suite2, found by the fresh held-out suite benchmarks/suite/fresh.jsonl. Every sentence
here is written for this test file (none is a suite item or comes from a gold file); each positive names the triple
it must give, each negative the triple it must not give."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rule_runs import evidence_rules as triples
from rule_runs import has_triple as has


ROOT = Path(__file__).resolve().parents[1]


POSITIVES = [
    # a counted group spelled out after a colon stands for its names, not for its country (groups.py)
    ("Britain blacklisted two Iranian airlines: Mahan Air and Iran Air.",
     ("united-kingdom", "sanctions", "iran-air")),
    ("Airbus signed contracts with two Indian carriers: IndiGo and Air India.",
     ("airbus", "agreementWith", "indigo-airline")),
    # the modifier of a copula that is not negated still counts
    ("Baidu is a Chinese company.", ("baidu", "basedIn", "china")),
    ("Huawei designs its own chips.", ("huawei", "focusesOn", "semiconductors")),
    ("Washington forced Nvidia to stop selling its AI chips to China.", ("nvidia", "focusesOn", "semiconductors")),
    # a person asking or telling an organisation to act (r14suite2.asked_to_act_rule)
    ("Lee Kuan Yew asked Temasek and GIC to invest more at home.", ("lee-kuan-yew", "directs", "gic")),
    ("\"I have told Sberbank to lend more,\" said Russian President Vladimir Putin.",
     ("vladimir-putin", "directs", "sberbank")),
    ("Emmanuel Macron will ask Airbus to build a plant.", ("emmanuel-macron", "directs", "airbus")),
    # at the helm, under the leadership of (r14suite2.helm_rule)
    ("Pat Gelsinger has been at the helm of Intel since 2021.", ("pat-gelsinger", "leaderOf", "intel")),
    ("Under the leadership of Satya Nadella, Microsoft has grown.", ("satya-nadella", "leaderOf", "microsoft")),
    # units that include named companies (r14suite2.units_include_rule)
    ("Stellantis's brands include Peugeot, Fiat and Jeep.", ("fiat", "partOf", "stellantis")),
    # flows: sold by, banned, halted (commerce4.imports_of_rule, r14suite2.halt_to_exports_rule)
    ("Arms sales by France to Egypt rose last year.", ("france", "suppliesTo", "egypt")),
    ("Exports of drones from Turkey to Russia are banned.", ("turkey", "restrictsExportsTo", "russia")),
    ("Canada's halt to arms exports to Israel angered its allies.", ("canada", "restrictsExportsTo", "israel")),
    # plural titles over "name of body" pairs, fronted appointments (r14suite2.plural_title_rule, …)
    ("Prime ministers Keir Starmer of Britain and Fumio Kishida of Japan met on Tuesday.",
     ("fumio-kishida", "leaderOf", "japan")),
    ("Foreign ministers David Lammy of Britain and Penny Wong of Australia met.",
     ("penny-wong", "worksFor", "australia")),
    ("Named chairman of Toyota in 2023, Akio Toyoda stepped back.", ("akio-toyoda", "leaderOf", "toyota")),
    # portfolio words inside a minister's title (structure.json title_words)
    ("Japanese industry minister Yoji Muto met reporters.", ("yoji-muto", "worksFor", "japan")),
    # a fronted "having" clause shares the main clause's subject (clauses.inherited_subjects)
    ("Having joined NATO in 2023, Finland has raised its defence budget.", ("finland", "memberOf", "nato")),
    # descriptions that refer back (references.json): the island, the kingdom
    ("Taiwan updated its rules. The island also barred exports of chips to China.",
     ("taiwan", "restrictsExportsTo", "china")),
    # ventures formed or held together (r14suite2.venture_together_rule)
    ("Honda and Sony merged their units into a joint venture.", ("honda", "jointVentureWith", "sony")),
    ("Siemens and Bosch jointly own a venture that makes fridges.", ("siemens", "jointVentureWith", "bosch")),
    # acting on someone's instruction (r14suite2.on_instruction_rule)
    ("Following an instruction from Xi Jinping, Sinopec cut its fuel prices.", ("xi-jinping", "directs", "sinopec")),
    # portfolio companies (r14suite2.portfolio_company_rule)
    ("Wayve is a portfolio company of SoftBank.", ("softbank-group", "investsIn", "wayve")),
    # the relative clause's verb carries the noun's preposition (triggers.noun_participants)
    ("Xpeng, in which Volkswagen bought a stake, launched a new model.", ("volkswagen", "investsIn", "xpeng")),
    # an agent hung on the list of a passive (clauses._subjects)
    ("Megvii was placed on a blacklist by Washington in 2019.", ("united-states", "sanctions", "megvii")),
    # a quoted "we" of a speaker whose capitalised title names a state (context._titled_state)
    ("\"We are proud to be part of the African Union,\" said Kenyan President William Ruto.",
     ("kenya", "memberOf", "african-union")),
    # founded in a country (r14suite2.founded_in_rule); "whose" things (slots.owner)
    ("Yandex was founded in Russia in 1997.", ("yandex", "basedIn", "russia")),
    ("Arm was set up in Britain in 1990.", ("arm-holdings", "basedIn", "united-kingdom")),
    ("Gazprom Neft, whose assets Britain has frozen, cut its output.", ("united-kingdom", "sanctions", "gazprom-neft")),
    # a decided plan to join (membership.JOIN_PLANS)
    ("Thailand intends to join the OECD.", ("thailand", "memberOf", "oecd")),
]

NEGATIVES = [
    # the colon list replaces the group's country
    ("Britain blacklisted two Iranian airlines: Mahan Air and Iran Air.",
     ("united-kingdom", "sanctions", "iran")),
    # negated copula, negated verb over a possessed product (structure.py, focus.py)
    ("Alibaba is not an American company, its lawyers said.", ("alibaba", "basedIn", "united-states")),
    ("Apple no longer makes its own modems.", ("apple", "focusesOn", "modems")),
    # "yet to" (data/lexicon/triggers.json negation phrases)
    ("Georgia has yet to join the European Union.", ("georgia", "memberOf", "european-union")),
    ("Vietnam has yet to sign a chip agreement with Japan.", ("vietnam", "agreementWith", "japan")),
    # a phrasal verb that negates with its particle (modality.phrasal_negator)
    ("Demis Hassabis turned down an offer to join Meta.", ("demis-hassabis", "worksFor", "meta")),
    ("Honda called off a plan to invest in Nissan.", ("honda", "investsIn", "nissan")),
    # talks that broke down, a takeover that collapsed (coop4._fails, modality._failed_deal)
    ("Talks between Orange and Telefonica on a merger broke down last week.",
     ("orange", "agreementWith", "telefonica")),
    ("Qualcomm's takeover of NXP collapsed in 2018.", ("qualcomm", "investsIn", "nxp-semiconductors")),
    # a clause completing a noun of supposition (modality._supposed)
    ("Speculation that Apple would invest in Intel lifted the shares.", ("apple", "investsIn", "intel")),
    ("Rumours that Sony would team up with Honda on cars were denied.", ("sony", "cooperatesWith", "honda")),
    # asking a state, or a company asking: no directive
    ("Xi Jinping told Russia to end the war.", ("xi-jinping", "directs", "russia")),
    ("Apple asked TSMC to build chips in Arizona.", ("apple", "directs", "tsmc")),
    ("Elon Musk did not ask Tesla to cut prices.", ("elon-musk", "directs", "tesla")),
    # a ban on exports that is not there, a supply that is banned
    ("Exports of chips from Taiwan to China are not banned.", ("taiwan", "restrictsExportsTo", "china")),
    ("Exports of drones from Turkey to Russia are banned.", ("turkey", "suppliesTo", "russia")),
    ("Sweden lifted its freeze on arms sales to Turkey.", ("sweden", "restrictsExportsTo", "turkey")),
    # a counted group of rivals or partners named after a preposition: rivals of the subject, not of each other
    ("Nvidia faces competition from three rivals: AMD, Intel and Qualcomm.", ("amd", "competesWith", "intel")),
    ("Appointed in 2023, Pekka Lundmark has cut costs at Nokia.", ("pekka-lundmark", "leaderOf", "nokia")),
    ("Anwar Ibrahim has directed Petronas to cut its spending.", ("anwar-ibrahim", "leaderOf", "petronas")),
    ("Siemens and Bosch each own a venture in China.", ("siemens", "jointVentureWith", "bosch")),
    ("Siemens and Bosch do not jointly own a venture.", ("siemens", "jointVentureWith", "bosch")),
    ("Yandex was not founded in Finland.", ("yandex", "basedIn", "finland")),
]


@pytest.mark.parametrize("text, triple", POSITIVES)
def test_construction_gives_triple(nlp, text, triple):
    got = triples(nlp, text)
    assert has(got, triple), sorted(got)


@pytest.mark.parametrize("text, triple", NEGATIVES)
def test_construction_does_not_give_triple(nlp, text, triple):
    got = triples(nlp, text)
    assert not has(got, triple), sorted(got)


def test_fresh_suite_is_well_formed():
    lines = (ROOT / "benchmarks" / "suite" / "fresh.jsonl").read_text(encoding="utf-8").splitlines()
    docs = [json.loads(x) for x in lines if x.strip()]
    assert len(docs) >= 120 and len({d["doc_id"] for d in docs}) == len(docs)
    predicates = {r["p"] for d in docs for r in d["relations"]}
    assert len(predicates) == 15
    assert sum(1 for d in docs if d["negatives"]) >= 25
