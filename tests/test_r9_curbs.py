"""Halts and export curbs in shapes read by branch r9-curbs: ``kg/nlp/relations/r9curbs.py`` (orders no longer
taken from a customer, a halted flow whose destination the parser hung on a stray word), goods sent to a
destination after a measure (``restrictions on gallium shipped to X``, ``slots.bound_for``) and access denied to a
named holder (``denied Huawei access``, the ``deny`` trigger). Every sentence is written for its construction (none
comes from a gold file); each positive states the triples it must give, each negative the triples it must not."""

from __future__ import annotations

import pytest

from rule_runs import evidence_rules as triples


STATED = [
    # orders no longer taken from a customer
    ("Foundry giant TSMC stopped taking orders from Huawei in September.",
     ("tsmc", "restrictsExportsTo", "huawei"), "r9curbs:halted-orders"),
    ("Foxconn halted orders from Huawei after the new rules took effect.",
     ("foxconn", "restrictsExportsTo", "huawei"), "r9curbs:halted-orders"),
    ("Samsung has suspended new orders from Xiaomi.", ("samsung-electronics", "restrictsExportsTo", "xiaomi"),
     "r9curbs:halted-orders"),
    # a halted flow whose "to" phrase hangs on a word the parser took for a verb
    ("MP Materials stopped shipping rare earth concentrate to China.",
     ("mp-materials", "restrictsExportsTo", "china"), "r9curbs:stray-destination"),
    # goods named after the measure, sent to a destination
    ("China imposed export restrictions on gallium shipped to the United States.",
     ("china", "restrictsExportsTo", "united-states"), None),
    # access denied to a holder the parser reads as a compound of "access"
    ("Taiwan denied SMIC access to advanced tools.", ("taiwan", "restrictsExportsTo", "smic"), None),
    ("The United States denied Huawei access to American software.",
     ("united-states", "restrictsExportsTo", "huawei"), None),
]

NOT_STATED = [
    # negated, hypothetical, and flows from the other side
    ("TSMC did not stop taking orders from Huawei.", ("tsmc", "restrictsExportsTo", "huawei")),
    ("TSMC might stop taking orders from Huawei.", ("tsmc", "restrictsExportsTo", "huawei")),
    # orders for a product, not from a customer
    ("Apple stopped taking orders for the iPhone from Thursday.", ("apple", "restrictsExportsTo", "iphone")),
    # the word after the flow's object has a clause of its own
    ("MP Materials stopped shipping concentrate, which was refined in China.",
     ("mp-materials", "restrictsExportsTo", "china")),
    # goods made by someone, not sent to them
    ("China imposed restrictions on gallium exported by Chinese firms.", ("china", "restrictsExportsTo", "china")),
    # access granted, not denied
    ("Taiwan granted SMIC access to advanced tools.", ("taiwan", "restrictsExportsTo", "smic")),
]


@pytest.mark.parametrize("text,triple,rule", STATED, ids=[t[:50] for t, _x, _r in STATED])
def test_stated(nlp, text, triple, rule):
    found = triples(nlp, text)
    assert triple in found, sorted(found)
    if rule:
        assert rule in found[triple]


@pytest.mark.parametrize("text,triple", NOT_STATED, ids=[t[:50] for t, _x in NOT_STATED])
def test_not_stated(nlp, text, triple):
    assert triple not in triples(nlp, text)


THERE = [
    ("Nokia said it would exit Russia and stop serving customers there.", ("nokia", "restrictsExportsTo", "russia")),
    ("Visa entered Russia in 1993 but suspended all operations there in March.",
     ("visa", "restrictsExportsTo", "russia")),
]


@pytest.mark.parametrize("text,triple", THERE, ids=[t[:50] for t, _x in THERE])
def test_halted_there(nlp, text, triple):
    found = triples(nlp, text)
    assert triple in found, sorted(found)
    assert "r9curbs:halted-there" in found[triple]


def test_there_needs_one_country(nlp):
    """With two countries named before ``there``, it is not known which one is meant."""
    found = triples(nlp, "After Japan and Russia signed the deal, Sony suspended operations there.")
    assert not any(p == "restrictsExportsTo" and s == "sony" for s, p, _o in found)
    assert ("visa", "restrictsExportsTo", "russia") not in triples(
        nlp, "Visa did not suspend operations there, a spokesman for its Russia unit said.")


def test_goods_bought_are_no_blocked_deal(nlp):
    """Stopping a foreign firm from buying chips curbs its supplies; stopping it from buying a company directs it."""
    assert ("united-states", "directs", "huawei") not in triples(
        nlp, "The United States blocked Huawei from buying American chips.")
    assert ("united-states", "directs", "huawei") in triples(
        nlp, "The United States blocked Huawei from acquiring Motorola.")


ORDERS = [
    ("ByteDance was required by Congress to divest TikTok.",
     ("united-states-congress", "directs", "bytedance"), "r9curbs:ordered-by"),
    ("The Commerce Department's order requiring Nvidia to stop sales to China took effect on Monday.",
     ("united-states-department-of-commerce", "directs", "nvidia"), "r9curbs:order-requiring"),
    ("CFIUS issued an order requiring Beijing Kunlun Tech to sell Grindr.",
     ("cfius", "directs", "beijing-kunlun-tech"), "r9curbs:order-requiring"),
]


@pytest.mark.parametrize("text,triple,rule", ORDERS, ids=[t[:50] for t, _x, _r in ORDERS])
def test_orders(nlp, text, triple, rule):
    found = triples(nlp, text)
    assert triple in found, sorted(found)
    assert rule in found[triple]


def test_orders_not_given(nlp):
    """A negated order, and advice from someone who has no say, direct no one."""
    assert ("ofcom", "directs", "huawei") not in triples(nlp, "Huawei was not required by Ofcom to leave the network.")
    found = triples(nlp, "Samsung was told by Goldman Sachs analysts to expect weaker demand.")
    assert not any(p == "directs" for _s, p, _o in found)


SUCH = [
    ("Payments in rubles sent from Belarus are being refused by several Turkish lenders. Among the banks that have "
     "stopped processing such payments are Ziraat Bank and Halkbank, a banker said.",
     {("ziraat-bank", "restrictsExportsTo", "belarus"), ("halkbank", "restrictsExportsTo", "belarus")}),
    ("Shipments of drones to Iran have been growing. Since March, DJI has suspended such shipments.",
     {("dji", "restrictsExportsTo", "iran")}),
]


@pytest.mark.parametrize("text,expected", SUCH, ids=[t[:50] for t, _x in SUCH])
def test_such_flows(nlp, text, expected):
    found = triples(nlp, text)
    assert expected <= set(found), sorted(found)
    assert all("r9curbs:such-flows" in found[t] for t in expected)


def test_such_flows_not_stated(nlp):
    """Not halted, or a flow of another kind than the one named before."""
    assert ("ziraat-bank", "restrictsExportsTo", "belarus") not in triples(
        nlp, "Payments from Belarus have grown. Ziraat Bank has not stopped processing such payments.")
    assert ("dji", "restrictsExportsTo", "iran") not in triples(
        nlp, "Shipments of drones to Iran have been growing. Since March, DJI has suspended such payments.")


def test_own_firm_measure(nlp):
    """Curbs a state puts on a firm of its own direct it; curbs on a foreign firm restrict exports to it."""
    found = triples(nlp, "The Netherlands imposed curbs on ASML.")
    assert ("netherlands", "directs", "asml") in found and "r9curbs:own-firm-measure" in found[
        ("netherlands", "directs", "asml")]
    assert ("netherlands", "restrictsExportsTo", "asml") not in found
    found = triples(nlp, "The United States imposed restrictions on Huawei.")
    assert ("united-states", "restrictsExportsTo", "huawei") in found
    assert ("united-states", "directs", "huawei") not in found
    assert ("netherlands", "directs", "asml") not in triples(nlp, "The Netherlands did not impose curbs on ASML.")


def test_cut_off_flow(nlp):
    """Supplies cut off to a customer are halted; costs cut, or supplies not cut off, are not."""
    found = triples(nlp, "Gazprom cut off gas supplies to Bulgaria.")
    assert "r9curbs:cut-off-flow" in found.get(("gazprom", "restrictsExportsTo", "bulgaria"), set())
    assert ("samsung-electronics", "restrictsExportsTo", "huawei") in triples(
        nlp, "Samsung cut off shipments of displays to Huawei.")
    assert ("gazprom", "restrictsExportsTo", "bulgaria") not in triples(
        nlp, "Gazprom did not cut off supplies to Bulgaria.")
    assert not any(p == "restrictsExportsTo" for _s, p, _o in triples(nlp, "Samsung cut costs in its display unit."))
