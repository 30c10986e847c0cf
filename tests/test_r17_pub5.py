"""The r17pub5 fixes: legal forms with their full stop (``Sdn. Bhd.``, ``Pte. Ltd.``, ``d.o.o.``), parties listed
between an adding verb and ``to the ... List``, ``A and B, both of <country>``, an agreement to work together,
``majority owned by``, money provided ``with``, funded work, a negated belief, product lines, honorifics before a titled name, an
all-caps surname, partners "from" several countries, and the furniture of official publications (footnote markers,
agency credit lines, ordinal datelines, Federal Register reference lines). Sentences written for this test, none
from a gold file."""

from __future__ import annotations

import pytest

from kg.ingest.clean import clean_text, match_dateline
from kg.ingest.r17pub5 import is_agency_credit, is_register_furniture, strip_footnotes
from rule_runs import evidence_rules as triples

FOUND = [
    # legal forms with their full stop close the name; "X of <country>"
    ("The Commerce Department said Penang Optics Sdn. Bhd. of Malaysia and Harbour Link Pte. Ltd. of Singapore "
     "were shipping lasers to Iran.",
     [("penang-optics-sdn-bhd", "basedIn", "malaysia"), ("harbour-link-pte", "basedIn", "singapore"),
      ("harbour-link-pte", "suppliesTo", "iran")]),
    ("Britain froze the assets of Morava Tehnika d.o.o. (Serbia) on Monday.",
     [("morava-tehnika-d-o-o", "basedIn", "serbia"), ("united-kingdom", "sanctions", "morava-tehnika-d-o-o")]),
    # every party between the adding verb and "to the Entity List", and "both of <country>"
    ("BIS determined to add Borneo Circuits Sdn. Bhd. and Kelana Power Sdn. Bhd., both of Malaysia, and Marina Bay "
     "Sourcing Pte. Ltd. of Singapore to the Entity List for diverting aircraft parts to Mahan Air.",
     [("bureau-of-industry-and-security", "sanctions", "borneo-circuits-sdn-bhd"),
      ("bureau-of-industry-and-security", "sanctions", "kelana-power-sdn-bhd"),
      ("bureau-of-industry-and-security", "restrictsExportsTo", "marina-bay-sourcing-pte"),
      ("borneo-circuits-sdn-bhd", "basedIn", "malaysia"), ("kelana-power-sdn-bhd", "basedIn", "malaysia")]),
    ("Lakshmi Optics Private Limited and Ganga Photonics Private Limited, both of Pune, India, denied the claims.",
     [("lakshmi-optics", "basedIn", "india"), ("ganga-photonics", "basedIn", "india")]),
    # an agreement to do something together is cooperation (planned)
    ("Statoil has agreed with Microsoft and Nvidia to build a data centre in Narvik.",
     [("equinor", "cooperatesWith", "microsoft"), ("equinor", "cooperatesWith", "nvidia")]),
    ("The minister welcomed the agreement between Siemens and Infosys to train engineers for the new plant.",
     [("siemens", "cooperatesWith", "infosys")]),
    # owned by another organisation
    ("Vexa Robotics, which is based in Lyon and majority owned by Siemens, makes industrial robots.",
     [("vexa-robotics", "partOf", "siemens")]),
    ("Kubota Motors is majority owned by Toyota.", [("kubota-motors", "partOf", "toyota")]),
    # money provided "with": an investment
    ("Norway will provide Kenya with a loan for a geothermal plant.", [("norway", "investsIn", "kenya")]),
    # funding the work of named parties
    ("The Bank of Norway will co-fund quantum projects at Equinor and Telenor under its grant scheme.",
     [("bank-of-norway", "investsIn", "equinor"), ("bank-of-norway", "investsIn", "telenor")]),
    ("The Bank of Norway will fund Equinor's quantum research.", [("bank-of-norway", "investsIn", "equinor")]),
    # honorifics between a title and the name
    ("Omani Foreign Minister His Excellency Sayyid Badr Albusaidi met the press.",
     [("sayyid-badr-albusaidi", "worksFor", "oman")]),
    # a belief not negated keeps its content
    ("The committee believes that Siemens supplied turbines to Egypt.", [("siemens", "suppliesTo", "egypt")]),
    # a partnership among named countries is still mutual
    ("Germany, France and Spain are partners in this effort.", [("germany", "cooperatesWith", "france")]),
]

NOT_FOUND = [
    ("Statoil has not agreed with Microsoft to build a data centre.", [("equinor", "cooperatesWith", "microsoft")]),
    ("In 2020 Statoil agreed with Microsoft to build a data centre; that partnership did not go ahead.",
     [("equinor", "cooperatesWith", "microsoft")]),
    ("The minister welcomed the agreement between Siemens and Infosys to train engineers; the deal was never "
     "completed.", [("siemens", "cooperatesWith", "infosys")]),
    ("The minister welcomed the agreement between Siemens and Infosys to buy the plant.",
     [("siemens", "cooperatesWith", "infosys")]),
    ("BIS did not determine to add Petronas, the Malaysian oil company, to the Entity List.",
     [("bureau-of-industry-and-security", "sanctions", "petronas")]),
    ("Volvo bought a plant owned by Siemens.", [("volvo", "partOf", "siemens")]),
    ("The Bank of Norway will not co-fund Equinor's quantum research.", [("bank-of-norway", "investsIn", "equinor")]),
    ("Equinor will fund a study of Huawei.", [("equinor", "investsIn", "huawei")]),
    ("Kubota Motors is minority owned by Toyota.", [("kubota-motors", "partOf", "toyota")]),
    ("Norway will provide Kenya with a loan for a geothermal plant.", [("norway", "suppliesTo", "kenya")]),
    # what a negated belief completes states nothing
    ("We are not persuaded that the UK Treasury should take an equity stake in Rolls-Royce.",
     [("hm-treasury", "investsIn", "rolls-royce")]),
    ("The committee does not believe that Siemens supplied turbines to Egypt.", [("siemens", "suppliesTo", "egypt")]),
    # partners of someone else: not of each other
    ("Firms from Germany, France and Spain are now partners in this effort.",
     [("germany", "cooperatesWith", "france"), ("france", "cooperatesWith", "spain")]),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_found(nlp, text: str, expected: list[tuple[str, str, str]]) -> None:
    """Each construction gives its relations: ``Norway will provide Kenya with a loan`` -> Norway investsIn Kenya."""
    found = triples(nlp, text)
    for s, p, o in expected:
        assert (s, p, o) in found or (o, p, s) in found and p == "cooperatesWith", ((s, p, o), sorted(found))


@pytest.mark.parametrize("text,absent", NOT_FOUND)
def test_not_found(nlp, text: str, absent: list[tuple[str, str, str]]) -> None:
    """Negated, called off, supposed or unrelated: ``X should supply Y`` -> no suppliesTo."""
    found = triples(nlp, text)
    for s, p, o in absent:
        assert (s, p, o) not in found and (o, p, s) not in found, ((s, p, o), sorted(found))


def test_honorific_after_title(nlp) -> None:
    """``Indian Prime Minister Shri Rajesh Kumar``: the Prime Minister leads India (the honorific skipped)."""
    found = triples(nlp, "Indian Prime Minister Shri Rajesh Kumar met the press.")
    assert any(p == "leaderOf" and o == "india" and "rajesh" in s for s, p, o in found), sorted(found)


def test_all_caps_surname(nlp) -> None:
    """``Mr. TANAKA Hiroshi`` and later ``Minister Tanaka`` are one person."""
    doc = nlp("On May 2, Mr. TANAKA Hiroshi, Minister for Foreign Affairs of Japan, met Mr. Paulo Silva. "
              "Minister Tanaka said Japan values Brazil.")
    people = {e.kb_id_ for e in doc.ents if e.label_ == "Person"}
    assert "tanaka" not in people and "tanaka-hiroshi" in people, people


def test_ministers_not_an_entity(nlp) -> None:
    """``The two Ministers`` names no one."""
    doc = nlp("The two Ministers agreed to meet again in Tokyo.")
    assert not any(e.text.lower().endswith("ministers") for e in doc.ents), [e.text for e in doc.ents]


def test_product_line(nlp) -> None:
    """``Nvidia Grace Hopper superchips``: the maker is named, the product line is no organisation."""
    doc = nlp("The Jülich centre was built by Eviden and uses around 24,000 Nvidia Grace Hopper superchips.")
    orgs = {e.text for e in doc.ents if e.label_ == "Organization"}
    assert "Nvidia" in orgs and not any("Hopper" in o for o in orgs), orgs


def test_furniture() -> None:
    """Footnote markers glued to words, agency credits, Federal Register reference lines."""
    assert strip_footnotes(["Acme built it with Intel.[3] It works.[4]", "[3] Evidence (X01)"]) == \
        ["Acme built it with Intel. It works.", "[3] Evidence (X01)"]
    assert is_agency_credit("WAM/Ann Smith/Omar Ali") and not is_agency_credit("AI/ML tools")
    assert is_register_furniture("15 CFR Parts 740 and 744") and is_register_furniture("BILLING CODE 3510-33-P")
    assert is_register_furniture("[Docket No. 250101-0001]") and is_register_furniture("RIN 0694-AJ12")
    assert not is_register_furniture("The rule cites 15 CFR Part 744.")
    assert match_dateline("OSLO, 3rd March, 2026 (WAM) -- Norway signed.") == ("OSLO, 3rd March, 2026 (WAM)",
                                                                             "Norway signed.")
    text = clean_text("Norway signs deal\nOSLO, 3rd March, 2026 (WAM) -- Norway signed with Bosch.[3] Fine.\n"
                      "[3] Evidence from Bosch\nWAM/Ann Smith/Omar Ali").text
    assert text == "Norway signs deal\nNorway signed with Bosch. Fine.\n[3] Evidence from Bosch", text
