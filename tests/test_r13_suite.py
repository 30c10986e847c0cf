"""Constructions of branch r13suite (kg/nlp/relations/r13suite_*.py, word lists ``r13suite_*`` in
data/lexicon/cooperation.json), found by the own behavioural suite benchmarks/suite/own.jsonl. Every sentence here
is written for this test file (none is a suite item or comes from a gold file); each positive names the triple it
must give, each negative the triple it must not give."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rule_runs import evidence_rules as triples


ROOT = Path(__file__).resolve().parents[1]
SYMMETRIC = {"cooperatesWith", "agreementWith", "jointVentureWith", "competesWith"}


def has(got: dict, triple: tuple[str, str, str]) -> bool:
    s, p, o = triple
    return triple in got or (p in SYMMETRIC and (o, p, s) in got)


POSITIVES = [
    # a counted group spelled out after a colon or "among them" (r13suite_lists.py)
    ("Airbus delivered A320 jets to three airlines last month: Lufthansa, Air France and KLM.",
     ("airbus", "suppliesTo", "lufthansa")),
    ("Samsung supplies memory chips to three customers: Apple, Dell and HP.",
     ("samsung-electronics", "suppliesTo", "hp-inc")),
    ("Nvidia has invested in several start-ups: Wayve, Mistral AI and Perplexity.", ("nvidia", "investsIn", "wayve")),
    ("Volkswagen runs joint ventures with two Chinese carmakers, among them SAIC Motor and FAW Group.",
     ("volkswagen", "jointVentureWith", "saic-motor")),
    ("Two start-ups develop quantum computers: IonQ and Quantinuum.", ("quantinuum", "focusesOn",
                                                                        "quantum-computing")),
    # trigger verbs the tagger misread (r13suite_misread.py)
    ("Denso and Aisin supply transmissions to Toyota and Mazda.", ("aisin", "suppliesTo", "mazda")),
    ("Sumco, which supplies silicon wafers to Intel, cut its forecast.", ("sumco", "suppliesTo", "intel")),
    ("Spotify competes with Apple Music.", ("spotify", "competesWith", "apple-music")),
    # fronted participles (r13suite_fronted.py)
    ("Backed by SoftBank and Nvidia, Wayve raised new money.", ("softbank-group", "investsIn", "wayve")),
    ("Funded by Mubadala, GlobalFoundries built a new plant.", ("mubadala", "investsIn", "globalfoundries")),
    ("Instructed by the Kremlin to cut costs, Rostec closed two plants.", ("kremlin", "directs", "rostec")),
    ("Having signed a trade deal with Japan, Britain expects more exports.",
     ("united-kingdom", "agreementWith", "japan")),
    # fronted roles, naming nouns, planned hires, accession (r13suite_roles.py)
    ("As a member of NATO, Poland will spend more on defence.", ("poland", "memberOf", "nato")),
    ("As part of Alphabet, Waymo could raise money more easily.", ("waymo", "partOf", "alphabet")),
    ("The appointment of Pat Gelsinger as chief executive of Intel surprised analysts.",
     ("pat-gelsinger", "leaderOf", "intel")),
    ("Kevin Scott will join Google next month.", ("kevin-scott", "worksFor", "google")),
    ("Sweden's accession to NATO took effect in March.", ("sweden", "memberOf", "nato")),
    # groups of people, possessed units (r13suite_people.py)
    ("Colette Kress and Jay Puri, two of Nvidia's senior executives, sold shares.",
     ("jay-puri", "worksFor", "nvidia")),
    ("Apple hired three engineers: Jeff Williams, Johny Srouji and Craig Federighi.",
     ("johny-srouji", "worksFor", "apple")),
    ("The panel had three chief executives: Tim Cook of Apple, Sundar Pichai of Alphabet and Andy Jassy of Amazon.",
     ("tim-cook", "leaderOf", "apple")),
    ("Volkswagen cut its forecast. Its subsidiary Scania will sell more trucks.", ("scania", "partOf", "volkswagen")),
    # passives naming the parties in their agent (r13suite_passive.py)
    ("The new engine is being developed jointly by Safran and Rolls-Royce.", ("safran", "cooperatesWith",
                                                                            "rolls-royce")),
    ("The refinery is operated as a joint venture by Sinopec and SABIC.", ("sinopec", "jointVentureWith", "sabic")),
    ("The new fund will be managed jointly by Mubadala and BlackRock.", ("mubadala", "jointVentureWith",
                                                                       "blackrock")),
    ("Ericsson has been selected by Vodafone as a partner for its new network.",
     ("ericsson", "cooperatesWith", "vodafone")),
    ("Murata was picked by Apple as a supplier of components.", ("murata", "suppliesTo", "apple")),
]

NEGATIVES = [
    # inverted conditions and questions suppose (r13suite_modality.py)
    ("Should Germany restrict exports of machine tools to Russia, prices would rise.",
     ("germany", "restrictsExportsTo", "russia")),
    ("Were Temasek to invest in Intel, the shares would jump.", ("temasek", "investsIn", "intel")),
    ("Were Apple to team up with Baidu, it would gain a partner.", ("apple", "cooperatesWith", "baidu")),
    ("Did Huawei supply chips to Russia?", ("huawei", "suppliesTo", "russia")),
    ("Will Ukraine join NATO?", ("ukraine", "memberOf", "nato")),
    # lists that are not a counted group in a trigger's slot
    ("Microsoft met three executives: Brad Smith, Amy Hood and Kevin Scott.", ("amy-hood", "worksFor", "microsoft")),
    ("Apple did not sell phones to three countries: Iran, Syria and Cuba.", ("apple", "suppliesTo", "iran")),
    # a negated misread verb
    ("Bosch no longer supply brakes to Volkswagen.", ("bosch", "suppliesTo", "volkswagen")),
    # a fronted role whose "of" is no name; a former member; a hire denied
    ("As part of its deal with Nvidia, Foxconn will build servers.", ("foxconn", "partOf", "nvidia")),
    ("As a former member of OPEC, Qatar sells gas freely.", ("qatar", "memberOf", "opec")),
    ("Kevin Scott will not join Google.", ("kevin-scott", "worksFor", "google")),
    ("Kevin Scott might join Google.", ("kevin-scott", "worksFor", "google")),
    ("The rules were published jointly by the Ministry of Commerce and the Ministry of Finance.",
     ("ministry-of-commerce-of-china", "cooperatesWith", "ministry-of-finance-of-china")),
    ("The launcher was developed jointly by the American and German companies.",
     ("united-states", "cooperatesWith", "germany")),
    ("Ericsson was not selected by Vodafone as a partner.", ("ericsson", "cooperatesWith", "vodafone")),
    ("Ericsson was chosen by Vodafone as a potential partner.", ("ericsson", "cooperatesWith", "vodafone")),
    ("Tim Cook and Satya Nadella, two of the industry's best-known executives, met.",
     ("tim-cook", "worksFor", "satya-nadella")),
]


@pytest.mark.parametrize("text, triple", POSITIVES)
def test_construction_gives_triple(nlp, text, triple):
    got = triples(nlp, text)
    assert has(got, triple), f"{triple} not in {sorted(got)}"


@pytest.mark.parametrize("text, triple", NEGATIVES)
def test_construction_does_not_give_triple(nlp, text, triple):
    got = triples(nlp, text)
    assert not has(got, triple), f"{triple} found by {got.get(triple)}"


def test_inverted_condition_keeps_plain_statements(nlp):
    """Only the inverted clause is supposed: the plain clause beside it is still stated."""
    got = triples(nlp, "Japan restricted exports of chipmaking tools to China, and should Korea follow, prices "
                       "would rise.")
    assert has(got, ("japan", "restrictsExportsTo", "china"))


def test_suite_is_well_formed():
    """The own suite names an entity for every relation end and uses only the vocabulary (score.py check rules)."""
    docs = [json.loads(line) for line in (ROOT / "benchmarks" / "suite" / "own.jsonl").read_text().splitlines()]
    assert len(docs) >= 120
    for d in docs:
        names = {e["name"] for e in d["entities"]}
        for r in d["relations"] + d["negatives"]:
            assert r["s"] in names and r["o"] in names, (d["doc_id"], r)
