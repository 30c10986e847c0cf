"""Constructions and modality cues of branch r15suite3, found by the third fresh held-out set
benchmarks/suite/fresh2.jsonl. Every sentence here is written for this test file (none is a suite item or comes from
a gold file); each positive names the triple it must give, each negative the triple it must not give."""

from __future__ import annotations

import pytest

from rule_runs import evidence_rules as triples
from rule_runs import has_triple as has

POSITIVES = [
    # a sales verb the parser read as a modifier of the goods (r15suite3.misread_sales_verb_rule)
    ("Airbus exports aircraft to Peru.", ("airbus", "suppliesTo", "peru")),
    ("Airbus and Boeing both export aircraft to Peru.", ("airbus", "suppliesTo", "peru")),
    ("Airbus and Boeing both export aircraft to Peru.", ("boeing", "suppliesTo", "peru")),
    # a fronted passive participle: the main clause's subject was founded or admitted (fronted_participle_rule)
    ("Admitted to NATO in 2023, Finland doubled its defence budget.", ("finland", "memberOf", "nato")),
    ("Founded in Sweden in 2006, Spotify now operates worldwide.", ("spotify", "basedIn", "sweden")),
    # a role "as" names at an organisation (as_role_at_rule)
    ("Satya Nadella, who spent years as a senior engineer at Sun Microsystems, joined Microsoft in 1992.",
     ("satya-nadella", "worksFor", "sun-microsystems")),
    # a directive that binds someone to act (binding_directive_rule)
    ("A directive from the European Commission requires Google to open its app store.",
     ("european-commission", "directs", "google")),
    # lexicon: cap (restrictsExportsTo), jointly + study
    ("India will cap rice exports to Bangladesh.", ("india", "restrictsExportsTo", "bangladesh")),
    ("Siemens, Bosch and Philips are jointly studying a new hospital scanner.", ("bosch", "cooperatesWith", "siemens")),
    # hired or recruited as a title that is no head's, also by an international body (r12lex.joined_employer_rule)
    ("Gita Gopinath was recruited by the IMF as its chief economist in 2019.",
     ("gita-gopinath", "worksFor", "international-monetary-fund")),
    # a leading verb coordinated in a relative clause (structure.py, title:relcl)
    ("Jack Ma, who founded and ran Alibaba for 20 years, moved to Tokyo.", ("jack-ma", "leaderOf", "alibaba-group")),
    # instructed in a relative clause, a described holding, absorbed into (r15suite3.py)
    ("Sberbank, which Vladimir Putin has instructed to lend more, hired staff.",
     ("vladimir-putin", "directs", "sberbank")),
    ("Arm, long one of SoftBank's biggest investments, raised prices.", ("softbank-group", "investsIn", "arm-holdings")),
    ("Nissan was absorbed into Renault in 2030.", ("nissan", "partOf", "renault")),
    # a name the model calls a place that is the object of an actor's verb is an organisation (kg.nlp.r15suite3)
    ("Switzerland and Iceland have sanctioned Belavia.", ("iceland", "sanctions", "belavia")),
    ("Nigeria has sanctioned Konga.", ("nigeria", "sanctions", "konga")),
]

NEGATIVES = [
    ("Airbus does not export aircraft to Peru.", ("airbus", "suppliesTo", "peru")),
    # unnamed reports of a possibility (modality.reported_speculation with r15suite3_speculating_sources)
    ("Reports suggest Alibaba could partner with Tencent.", ("alibaba-group", "cooperatesWith", "tencent")),
    ("Diplomats say Egypt could sign a gas deal with Israel.", ("egypt", "agreementWith", "israel")),
    # an indefinite deal that only would do something (r15suite3_modality.supposed_deal)
    ("A merger between Nissan and Honda would create a giant.", ("nissan", "jointVentureWith", "honda")),
    ("A partnership between Apple and Baidu would need approval in Beijing.", ("apple", "cooperatesWith", "baidu")),
    ("An alliance between Renault and Geely could cut costs.", ("renault", "cooperatesWith", "geely")),
    # leaving a place (r15suite3_modality.left_behind)
    ("Shein moved its headquarters out of China in 2021.", ("shein", "basedIn", "china")),
    # a cap on exports is no supply; negated or unrelated relatives give nothing
    ("India will cap rice exports to Bangladesh.", ("india", "suppliesTo", "bangladesh")),
    ("Sberbank, which Vladimir Putin likes to visit, hired staff.", ("vladimir-putin", "directs", "sberbank")),
    ("Arm is not one of SoftBank's investments.", ("softbank-group", "investsIn", "arm-holdings")),
    ("Tim Cook was hired by Apple as its chief executive.", ("tim-cook", "worksFor", "apple")),
    # "under" a leader that is not fronted tells when; an "as" after a verb that is no career's names no employer
    ("French companies sold tools to Egypt under President Abdel Fattah al-Sisi.",
     ("abdel-fattah-al-sisi", "leaderOf", "france")),
    ("Lula attended the swearing-in of Dilma Rousseff as president of the New Development Bank.",
     ("luiz-inacio-lula-da-silva", "leaderOf", "new-development-bank")),
    # a gazetteer-less name the model calls a place stays a place after "in" (kg.nlp.r15suite3)
    ("Jumia opened an office in Lagos.", ("jumia", "basedIn", "lagos")),
    # states that battle are at war, not rivals
    ("Ukraine is battling Russia in the east.", ("ukraine", "competesWith", "russia")),
]

KEPT = [
    # a definite deal that will do something exists; a named actor's "could" is an offer
    ("The agreement between Ghana and Nigeria will boost trade.", ("ghana", "agreementWith", "nigeria")),
    ("Nokia said it could supply Telkomsel with radios.", ("nokia", "suppliesTo", "telkomsel")),
]


@pytest.mark.parametrize("text,expected", POSITIVES)
def test_construction_gives_relation(nlp, text, expected):
    assert has(triples(nlp, text), expected)


@pytest.mark.parametrize("text,absent", NEGATIVES)
def test_negated_or_supposed_gives_nothing(nlp, text, absent):
    found = triples(nlp, text)
    assert absent not in found and (absent[2], absent[1], absent[0]) not in found


@pytest.mark.parametrize("text,expected", KEPT)
def test_asserted_or_offered_stays(nlp, text, expected):
    assert has(triples(nlp, text), expected)
