"""Branch r17we: an unquoted "we"/"our"/"us" is the one organisation a document presents as its issuer."""

from __future__ import annotations

import pytest

from rule_runs import evidence_rules, has_triple


def triples(nlp, text: str) -> set[tuple[str, str, str]]:
    """The (subject, predicate, object) ids the pipeline finds in ``text``.

    >>> # triples(nlp, "Intel buys parts from Ferrotec.")  ->  {("ferrotec", "suppliesTo", "intel")}
    """
    return set(evidence_rules(nlp, text))


@pytest.mark.parametrize("text, triple", [
    # an annual report's title names the issuer; "we source" / "our customers" are it
    ("Infineon Technologies AG -- Annual Report 2024\nRisk factors\n"
     "We buy silicon wafers from Siltronic. Our largest customers include Bosch.",
     ("siltronic", "suppliesTo", "infineon")),
    ("Infineon Technologies AG -- Annual Report 2024\nRisk factors\n"
     "We buy silicon wafers from Siltronic. Our largest customers include Bosch.",
     ("infineon", "suppliesTo", "bosch")),
    # an earnings-call transcript: the operator welcomes listeners to the issuer's call
    ("Good morning and welcome to Nokia's fourth-quarter earnings call.\n"
     "Thank you. This quarter we compete with Ericsson for every large contract.",
     ("nokia", "competesWith", "ericsson")),
    # a release opening "X (ticker) today announced"
    ("Siemens AG (ETR: SIE) today announced quarterly results.\nWe supply our trains to Deutsche Bahn.",
     ("siemens", "suppliesTo", "deutsche-bahn")),
])
def test_unquoted_we_is_the_issuer(nlp, text: str, triple: tuple[str, str, str]) -> None:
    """``X -- Annual Report`` … ``We buy wafers from Y``: Y suppliesTo X."""
    assert has_triple(triples(nlp, text), triple)


@pytest.mark.parametrize("text, subject", [
    # two companies announce together: no one issuer
    ("Siemens and Nokia today announced a partnership.\nWe supply our trains to Deutsche Bahn.", None),
    # a news story: no issuer in the opening, the writer's "we" is nobody
    ("Chip stocks fell on Monday.\nWe think Nvidia will keep selling to Alibaba.", "nvidia"),
    # a quoted "we" in a later sentence of the same quotation is not the issuer
    ("Infineon Technologies AG -- Annual Report 2024\n"
     "\"The market is hard. We buy wafers from Siltronic,\" an analyst said.", None),
])
def test_no_clear_issuer_gives_nothing(nlp, text: str, subject: str | None) -> None:
    """Where the document has no one issuer, or the "we" is quoted, no relation names an issuer."""
    found = triples(nlp, text)
    for issuer in ("siemens", "nokia", "infineon"):
        assert not any(s == issuer and p == "suppliesTo" for s, p, o in found), found
    if subject is None:
        assert not any(p == "suppliesTo" and o == "infineon" for s, p, o in found), found


def test_quoted_and_issuer_readers() -> None:
    """The quotation state runs over the paragraph; the issuer needs one organisation."""
    import spacy

    from kg.nlp.r17we import quoted

    doc = spacy.blank("en")('"We grew. We build," she said. We sell.')
    assert quoted(doc, 4) and quoted(doc, 5)  # the second "We", inside the quotation
    assert not quoted(doc, len(doc) - 3)  # "We sell": after the closing mark


def test_unquoted_we_after_a_speaking_company(nlp) -> None:
    """``Nokia said on Friday. We compete with Ericsson …``: the unquoted "we" is the body that spoke just before,
    also when its chief executive spoke; a writer's "we" after nobody spoke is nobody."""
    said = "Markets were calm.\nNokia said on Friday. We compete with Ericsson in India."
    assert has_triple(triples(nlp, said), ("nokia", "competesWith", "ericsson"))
    ceo = 'Markets were calm.\nNokia chief executive Justin Hotard said: "Demand held up." We compete with Ericsson.'
    assert has_triple(triples(nlp, ceo), ("nokia", "competesWith", "ericsson"))
    nobody = "Markets were calm.\nNokia opened a plant on Friday. We compete with Ericsson, a reader wrote."
    assert not has_triple(triples(nlp, nobody), ("nokia", "competesWith", "ericsson"))


@pytest.mark.parametrize("text, triple, found", [
    ("Clients in Brazil represented a fifth of Embraer's sales last year.", ("embraer", "suppliesTo", "brazil"),
     True),
    ("Infineon Technologies AG -- Annual Report 2024\nCustomers in Japan accounted for 12% of our revenue.",
     ("infineon", "suppliesTo", "japan"), True),
    ("Customers in China could account for half of Nvidia's revenue by 2027, analysts speculated.",
     ("nvidia", "suppliesTo", "china"), False),
    ("Customers in Russia did not account for any of Nokia's sales.", ("nokia", "suppliesTo", "russia"), False),
])
def test_customer_share_of_revenue(nlp, text: str, triple: tuple[str, str, str], found: bool) -> None:
    """``Customers in X accounted for N% of Y's revenue``: Y suppliesTo X; nothing negated or speculated."""
    assert has_triple(triples(nlp, text), triple) is found
