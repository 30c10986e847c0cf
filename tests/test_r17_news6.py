"""Round 17 (branch r17news6): joint-venture partners listed with descriptions, a venture ``between`` parties,
loans only discussed, won orders, the partners of one joint venture, a share of a customer's equipment supplied,
and another name given after a description (``the X operator known as B``).
Every sentence here was written for these tests."""
from __future__ import annotations

import pytest

from rule_runs import evidence_rules, has_triple


def _rels(nlp, text: str) -> set[tuple[str, str, str]]:
    """The (subject, predicate, object) ids kg finds in ``text``: ``_rels(nlp, "A signed a deal with B.")``."""
    return set(evidence_rules(nlp, text))


@pytest.mark.parametrize("text, expected", [
    ("Tellus Mining is a joint venture of Anglo American, the Japanese trader Sojitz and the French group Eramet.",
     {("anglo-american", "jointVentureWith", "sojitz"), ("anglo-american", "jointVentureWith", "eramet"),
      ("eramet", "jointVentureWith", "sojitz")}),
    ("Kestrel Works, the joint venture of India's Bharat Dynamics Limited (BDL) and Russia's Almaz-Antey, will "
     "supply radars to the army.", {("almaz-antey", "jointVentureWith", "bharat-dynamics-limited")}),
    ("Kestrel Works, a venture between the Indian carmaker Tata Motors, Rostec's unit Avtodom and the French group "
     "Renault, builds vans.", {("avtodom", "jointVentureWith", "tata-motors"),
                               ("renault", "jointVentureWith", "tata-motors")}),
])
def test_venture_parties(nlp, text: str, expected: set) -> None:
    """``a joint venture of A, the Japanese trader B and the French group C``: every pair of partners."""
    found = _rels(nlp, text)
    assert all(has_triple(found, t) for t in expected)


def test_venture_list_stops_at_clause(nlp) -> None:
    """``a joint venture of A and B to build plants for C``: C is a customer, no partner."""
    rels = _rels(nlp, "Orvia is a joint venture of Acme Steel and Borex to build plants for Renault.")
    assert has_triple(rels, ("acme-steel", "jointVentureWith", "borex"))
    assert not any(p == "jointVentureWith" and "renault" in (s, o) for s, p, o in rels)


def test_rostec_possessor_no_partner(nlp) -> None:
    """``Rostec's unit Avtodom``: the possessor is no partner of the venture."""
    rels = _rels(nlp, "Kestrel Works, a venture between the Indian carmaker Tata Motors, Rostec's unit Avtodom and "
                      "the French group Renault, builds vans.")
    assert not any(p == "jointVentureWith" and "rostec" in (s, o) for s, p, o in rels)


def test_discussed_loan(nlp) -> None:
    """``X is discussing a loan to Y``: no investment, not even a planned one."""
    assert not any(p == "investsIn" for _s, p, _o in _rels(
        nlp, "The World Bank is discussing a loan to Kenya Power, the national utility."))


@pytest.mark.parametrize("text, expected", [
    ("Daewoo Marine said on Monday it had won an order for six tankers from Maersk.",
     ("daewoo-marine", "suppliesTo", "a-p-moller-maersk")),
    ("Airbus won an order for 40 jets from Qantas, and its rival Boeing won most of the rest.",
     ("airbus", "suppliesTo", "qantas")),
])
def test_won_order(nlp, text: str, expected: tuple) -> None:
    """``X won an order for six tankers from Y``: X will supply Y."""
    assert expected in _rels(nlp, text)


def test_not_won_order(nlp) -> None:
    """``X did not win an order from Y``: nothing."""
    assert not any(p == "suppliesTo" for _s, p, _o in _rels(nlp, "Airbus did not win an order from Qantas."))


def test_described_known_as(nlp) -> None:
    """``A, the Kenyan carrier known as B``: B is A's other name, so B's chief executive leads A."""
    rels = _rels(nlp, "Qorvia Telecom, the Kenyan carrier known as QT, signed a deal with Vodacom. QT chief executive "
                      "Jane Mwangi said the network would grow.")
    assert ("jane-mwangi", "leaderOf", "qorvia-telecom") in rels
    assert not any("qt" in (s, o) for s, _p, o in rels)


def test_one_venture_three_partners(nlp) -> None:
    """``X's joint venture with A and B``: A and B are partners too; ``an agreement with A and B`` (two contractors
    hired by one client) gives no deal between A and B."""
    rels = _rels(nlp, "Pemex has asked to review Olmeca, its joint venture with Shell and Repsol.")
    assert has_triple(rels, ("repsol", "jointVentureWith", "shell"))
    rels = _rels(nlp, "Banca Tiras signed an agreement with Raiffeisen Bank International and Erste Group last year "
                      "to build a payments system.")
    assert not has_triple(rels, ("erste-group", "agreementWith", "raiffeisen-bank-international"))


@pytest.mark.parametrize("text", [
    "Nokia supplied much of Telkom Kenya's network equipment.",
    "Nokia, which supplied most of Telkom Kenya's network equipment, will not bid.",
])
def test_supplied_share_of_thing(nlp, text: str) -> None:
    """``X supplied much of Y's network equipment``: X supplies Y."""
    assert ("nokia", "suppliesTo", "telkom-kenya") in _rels(nlp, text)
