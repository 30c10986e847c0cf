"""Payments and sanctions (branch r15pay): payment systems known by name, payments halted, cards refused, accounts
closed, wallets frozen, banks cut off, systems linked, bare short forms of bodies named in full, another state's
Treasury, and crypto exchanges that are no exchange between parties. Sentences written for these tests, none taken
from a gold file."""

from __future__ import annotations

import pytest

from kg.nlp import extensions as ext
from rule_runs import evidence_rules as triples
from rule_runs import has_triple

MIR = "national-payment-card-system"


def ents(nlp, text: str) -> dict[str, tuple[str, str]]:
    """Label -> (id, type) of every entity of ``text``; e.g. ``{"Mir": ...}`` is absent, the label is canonical."""
    doc = nlp(text)
    return {e.label: (eid, e.type) for eid, e in ext.entities(doc).items()}


PAYMENT_SYSTEMS = [
    ("Garanti BBVA has stopped accepting Mir cards at its terminals.", MIR),
    ("Nepal's central bank joined RuPay last year.", "rupay"),
    ("Kazakh banks may route trade through SPFS, the Russian messaging system.", "spfs"),
    ("Shoppers in Sao Paulo pay with Pix at most stores.", "pix-payment-system"),
    ("Tourists can now pay with UPI in Dubai malls.", "unified-payments-interface"),
    ("Halyk Bank became a direct participant in CIPS in March.", "cross-border-interbank-payment-system"),
    ("Singaporeans can send money home through PayNow.", "paynow"),
]


@pytest.mark.parametrize("text,eid", PAYMENT_SYSTEMS)
def test_payment_systems_are_organizations(nlp, text, eid):
    """A payment system or card network named alone is an organisation: ``Mir cards`` -> the Mir system."""
    found = {i: t for i, t in ents(nlp, text).values()}
    assert found.get(eid) == "Organization"


HALTS = [
    ("Garanti BBVA has stopped accepting Mir cards at its terminals.", ("garanti-bbva", "restrictsExportsTo", MIR)),
    ("Akbank suspended UnionPay transactions in March.", ("akbank", "restrictsExportsTo", "china-unionpay")),
    ("VakifBank halted Mir payments last year.", ("vakfbank", "restrictsExportsTo", MIR)),
    ("Kaspi Bank refused to process Mir payments, the bank said.", ("kaspi-bank", "restrictsExportsTo", MIR)),
    ("Commerzbank ended correspondent banking for Russian lenders in 2023.",
     ("commerzbank", "restrictsExportsTo", "russia")),
    ("BNP Paribas stopped clearing euros for banks in Kazakhstan and Armenia.",
     ("bnp-paribas", "restrictsExportsTo", "armenia")),
    ("Akbank stopped accepting Mir cards and closed the accounts of several Russian firms.",
     ("akbank", "restrictsExportsTo", "russia")),
    ("Turkey halted Mir payments in May.", ("turkey", "restrictsExportsTo", MIR)),
    ("Tether said it had frozen wallets linked to Garantex.", ("tether", "restrictsExportsTo", "garantex")),
    ("SWIFT disconnected Iranian banks in 2012.", ("swift", "restrictsExportsTo", "iran")),
]


@pytest.mark.parametrize("text,triple", HALTS)
def test_halted_payments_restrict_exports(nlp, text, triple):
    """The bank that stops serving a system or a party restricts exports to it (GUIDELINES: halting payments)."""
    assert has_triple(triples(nlp, text), triple)


NOT_HALTS = [
    ("Akbank has not stopped accepting Mir cards or closed the accounts of Russian firms.",
     ("akbank", "restrictsExportsTo", MIR)),
    ("VakifBank could stop accepting Mir cards, analysts said.", ("vakfbank", "restrictsExportsTo", MIR)),
    ("Tether had not frozen wallets linked to Garantex.", ("tether", "restrictsExportsTo", "garantex")),
    # an unnamed group halts: no one named halts
    ("Western sanctions led the American companies to block cards of some Russian banks.",
     ("united-states", "restrictsExportsTo", "russia")),
]


@pytest.mark.parametrize("text,absent", NOT_HALTS)
def test_negated_weighed_or_unnamed_halts_give_nothing(nlp, text, absent):
    """Negated, hypothetical and unnamed halts carry no relation."""
    assert absent not in triples(nlp, text)


def test_frozen_assets_of_a_sanctions_body_are_sanctions(nlp):
    """``OFSI froze the assets of Garantex``: a state body's freeze is a sanction."""
    found = triples(nlp, "The Office of Financial Sanctions Implementation froze the assets of Garantex.")
    assert ("ofsi", "sanctions", "garantex") in found


LINKS = [
    # both systems named: the systems are linked, not their owners
    ("Singapore's PayNow will be linked with Brazil's Pix instant payment system next year.",
     [("paynow", "cooperatesWith", "pix-payment-system")], [("singapore", "cooperatesWith", "brazil"),
                                                             ("singapore", "cooperatesWith", "pix-payment-system")]),
    # one side unnamed: each side's owner, as before
    ("Iran's Shetab network was linked to Russia's payment system.",
     [("iran", "cooperatesWith", "russia")], []),
]


@pytest.mark.parametrize("text,present,absent", LINKS)
def test_linked_systems(nlp, text, present, absent):
    """Systems linked in the passive join each other; their owners only where a side is unnamed."""
    found = triples(nlp, text)
    for triple in present:
        assert has_triple(found, triple)
    for triple in absent:
        assert not has_triple(found, triple)


def test_short_form_of_a_body_named_in_full(nlp):
    """``BIS`` after ``the Bank for International Settlements`` is the bank, not the Bureau of Industry and
    Security; with the Commerce Department it stays the bureau."""
    bank = ents(nlp, "The Bank for International Settlements published a report. BIS general manager Pablo "
                     "Hernandez de Cos said stablecoins were risky.")
    assert "Bureau of Industry and Security" not in bank
    bureau = ents(nlp, "The Commerce Department's BIS added Huawei to the Entity List.")
    assert "Bureau of Industry and Security" in bureau


def test_another_states_treasury(nlp):
    """``the U.K.'s Treasury`` is HM Treasury; ``the U.S. Treasury`` stays the US one."""
    assert "HM Treasury" in ents(nlp, "The U.K.'s Treasury granted an exemption to Acme Bank.")
    assert "United States Department of the Treasury" in ents(nlp, "The U.S. Treasury sanctioned Acme Bank.")


def test_crypto_exchange_is_no_exchange_between_parties(nlp):
    """``a crypto exchange`` is a trading venue: the states that target it do not cooperate."""
    found = triples(nlp, "Japan and Britain target a crypto exchange used by Russian firms.")
    assert not has_triple(found, ("japan", "cooperatesWith", "united-kingdom"))
    found = triples(nlp, "Japan and Britain agreed on a technology exchange in quantum computing.")
    assert has_triple(found, ("japan", "cooperatesWith", "united-kingdom"))


FOLLOWED = [
    ("Akbank halted transfers to Russia in May. Garanti BBVA and Yapi Kredi Bank took similar steps last year.",
     ("yapi-kredi-bank", "restrictsExportsTo", "russia")),
    ("Akbank halted transfers to Russia in May. Garanti BBVA followed suit.",
     ("garanti-bbva", "restrictsExportsTo", "russia")),
    ("Britain sanctioned Rosatom in June. Canada did the same in July.", ("canada", "sanctions", "rosatom")),
]


@pytest.mark.parametrize("text,triple", FOLLOWED)
def test_followers_take_the_step_before(nlp, text, triple):
    """Those who follow suit or take similar steps take the halt or sanction of the sentence before."""
    assert has_triple(triples(nlp, text), triple)


NOT_FOLLOWED = [
    ("Akbank halted transfers to Russia in May. Garanti BBVA has not followed suit.",
     ("garanti-bbva", "restrictsExportsTo", "russia")),
    ("Britain sanctioned Rosatom in June. Canada could take similar steps, officials said.",
     ("canada", "sanctions", "rosatom")),
    ("Japan took similar steps to boost chip output. Britain sanctioned Rosatom in June.",
     ("japan", "sanctions", "rosatom")),
]


@pytest.mark.parametrize("text,absent", NOT_FOLLOWED)
def test_unfollowed_or_possible_steps_give_nothing(nlp, text, absent):
    """A step not followed, only possible, or told before the one it would follow gives nothing."""
    assert absent not in triples(nlp, text)


SYSTEM_LINKS = [
    ("Armenia and Russia linked their card networks, ArCa and Mir, in 2023.", ("arca", "cooperatesWith", MIR), True),
    ("Vietnam's Napas has connected to UnionPay, the company said.", ("napas", "cooperatesWith", "china-unionpay"),
     True),
    ("Napas has not connected to UnionPay.", ("napas", "cooperatesWith", "china-unionpay"), False),
    ("Huawei connected homes to the network of Orange.", ("huawei", "cooperatesWith", "orange"), False),
]


@pytest.mark.parametrize("text,triple,present", SYSTEM_LINKS)
def test_systems_linked_in_the_active(nlp, text, triple, present):
    """Named systems in apposition to the joined ones, and a named system linking itself to another, cooperate."""
    assert has_triple(triples(nlp, text), triple) is present


NO_LONGER = [
    ("Isbank no longer accepts Mir cards.", ("isbank", "restrictsExportsTo", MIR), True),
    ("Mir cards are no longer accepted at Akbank terminals.", ("akbank", "restrictsExportsTo", MIR), True),
    ("JCB told merchants that payments from Iranian lenders will no longer be handled after May.",
     ("jcb", "restrictsExportsTo", "iran"), True),
    ("Isbank still accepts Mir cards.", ("isbank", "restrictsExportsTo", MIR), False),
]


@pytest.mark.parametrize("text,triple,present", NO_LONGER)
def test_cards_no_longer_handled(nlp, text, triple, present):
    """A bank that no longer accepts or processes a system's cards or a party's payments restricts exports to it."""
    assert has_triple(triples(nlp, text), triple) is present
