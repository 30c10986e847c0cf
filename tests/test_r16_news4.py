"""Constructions found wrong on benchmarks/news4 (hand-written news-style articles): a plan denied by a verb two
clauses up, an accusation, a halt announced by the firms themselves, firm names ending in ``Machinery`` or
``Bankasi``, plants taken over or bought abroad, data centres run abroad, tax incentives. Sentences written for this
test, none from a gold file."""

from __future__ import annotations

import pytest

from rule_runs import evidence_rules as triples
from rule_runs import has_triple

FOUND = [
    # a plan said, not denied, still gives the investment
    ("Officials said that Volvo planned to open a factory in Hungary.", ("volvo", "investsIn", "hungary")),
    # plants taken over or bought in another country (data/lexicon/events.json plant_verbs; events._taken_over)
    ("Toyota Motor took over a former Ford plant in Argentina last year.", ("toyota", "investsIn", "argentina")),
    ("Oracle bought a factory in Mexico last year.", ("oracle", "investsIn", "mexico")),
    # data centres run or opened in another country (plant_compounds)
    ("Equinix opened a data centre in Ghana in March.", ("equinix", "investsIn", "ghana")),
    ("Teraco, which runs data centres in Kenya, signed a deal.", ("teraco", "investsIn", "kenya")),
    # tax incentives granted to a firm are a subsidy (triggers.json investsIn nouns)
    ("Vietnam's Ministry of Planning has granted tax incentives to LG Energy Solution and Samsung SDI.",
     ("ministry-of-planning", "investsIn", "samsung-sdi")),
    # firm names ending in Machinery or Bankasi are organisations, so their titles and owners attach
    ("The list also includes Kazakhstan's Astana Machinery, whose chief executive, Yerlan Dzhaksybekov, was fined.",
     ("yerlan-dzhaksybekov", "leaderOf", "astana-machinery")),
    ("Turkish lenders, including Ziraat Bankasi, stopped processing payments from Russian importers last year.",
     ("ziraat-bankasi", "restrictsExportsTo", "russia")),
    # a measure's reach told of the measure itself stays
    ("Britain imposed sanctions on 12 firms on Monday. The rules also bar shipments to Iran.",
     ("united-kingdom", "restrictsExportsTo", "iran")),
]

NOT_FOUND = [
    # a plan denied two clauses up (modality.negated)
    ("A Volvo spokesman denied that the company planned to open a factory in Poland.",
     ("volvo", "investsIn", "poland")),
    # helping an accused of is an allegation, and the accuser does not help (r16news3_charging_verbs)
    ("Britain sanctioned 12 firms that it accuses of helping Iran obtain drone engines.",
     ("united-kingdom", "cooperatesWith", "iran")),
    # "they" who said they halted shipments are the speakers, not the earlier sanctions (r14curb measure_reach_rule)
    ("Britain imposed sanctions on 12 firms on Monday. Neither Swiss supplier sold to them, and both said they had "
     "halted all shipments to Iran in 2021.", ("united-kingdom", "restrictsExportsTo", "iran")),
    # incentives for a technology give no investment
    ("Peru offered incentives for electric cars.", ("peru", "investsIn", "electric-vehicles")),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_construction_gives_relation(nlp, text: str, expected: tuple[str, str, str]) -> None:
    """``Oracle bought a factory in Mexico`` gives ``oracle investsIn mexico``."""
    assert has_triple(triples(nlp, text), expected)


@pytest.mark.parametrize("text,absent", NOT_FOUND)
def test_construction_gives_no_relation(nlp, text: str, absent: tuple[str, str, str]) -> None:
    """``A Volvo spokesman denied that the company planned to open a factory in Poland`` gives no ``investsIn``."""
    assert not has_triple(triples(nlp, text), absent)


@pytest.mark.parametrize("text,name", [
    ("Kazakhstan's Astana Machinery was fined on Monday.", "Astana Machinery"),
    ("Turkey's Ziraat Bankasi stopped the payments.", "Ziraat Bankasi"),
])
def test_firm_name_is_organisation(nlp, text: str, name: str) -> None:
    """``Astana Machinery`` is an organisation (``machinery``, ``bankasi`` end firm names)."""
    assert (name, "Organization") in {(e.text, e.label_) for e in nlp(text).ents} or \
        (name, "ORG") in {(e.text, e.label_) for e in nlp(text).ents}
