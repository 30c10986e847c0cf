"""Round 15, recall of weak predicates on unseen text (kg/nlp/relations/r15recall.py). Sentences written for these
tests, none from a gold file."""

from __future__ import annotations

import pytest

from rule_runs import evidence_rules as triples
from rule_runs import has_triple

OFFICIALS = [
    # a deputy's head-of-state title: the deputy works for the country the text makes theirs
    ("LONDON — Britain accused China of hacking. In Parliament, Deputy Prime Minister Oliver Hart said the attack "
     "was serious.", ("oliver-hart", "worksFor", "united-kingdom")),
    ("China sent a delegation to Paris. China was represented by Vice Premier Liu Bo, who attended the summit.",
     ("liu-bo", "worksFor", "china")),
    # a portfolio secretary with no body of that portfolio named
    ("India signed the deal on Monday. Defence Secretary Raj Mehta signed for the Indian side.",
     ("raj-mehta", "worksFor", "india")),
    # a minister's title in apposition with no country or body of its own
    ("Indonesia wants a trade deal. Budi Santoso, the coordinating minister for maritime affairs, has said Jakarta "
     "will ask for a limited deal.", ("budi-santoso", "worksFor", "indonesia")),
]

NOT_OFFICIALS = [
    # a party's secretary is no official of the country
    ("Vietnam hosted the talks. Party Secretary Tran Van Minh met the delegation.",
     ("tran-van-minh", "worksFor", "vietnam")),
    # the head is the head, not a deputy
    ("Kenya signed the deal. President Amani Otieno said it would create jobs.",
     ("amani-otieno", "worksFor", "kenya")),
    # a secretary whose department the text names leads it (the title rules' reading), no worksFor from here
    ("The United States tightened its rules. Commerce Secretary Dana Reed said the Department of Commerce would "
     "enforce them.", ("dana-reed", "worksFor", "united-states")),
]


@pytest.mark.parametrize("text,triple", OFFICIALS)
def test_official_works_for_country(nlp, text: str, triple: tuple[str, str, str]) -> None:
    """``Vice Premier Liu Bo`` in a text about China works for China."""
    assert has_triple(triples(nlp, text), triple)


@pytest.mark.parametrize("text,triple", NOT_OFFICIALS)
def test_not_an_official_of_the_country(nlp, text: str, triple: tuple[str, str, str]) -> None:
    """``Party Secretary X`` or ``President X`` gives no worksFor to the country from these titles."""
    assert not has_triple(triples(nlp, text), triple)
