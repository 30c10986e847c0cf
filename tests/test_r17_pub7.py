"""The r17pub7 fixes: a firm's name after ``<place>-based`` / ``-registered`` without the place, ``Incorporated`` as a
legal form, a person with an age in apposition kept after a place, a loan or grant given "to help" a named body.
Sentences written for this test, none from a gold file."""

from __future__ import annotations

import pytest

from rule_runs import evidence_rules as triples


def _ents(nlp, text: str) -> set[tuple[str, str]]:
    """Entity texts and labels of ``text`` (``{("Acme", "Organization")}``)."""
    return {(e.text, e.label_) for e in nlp(text).ents}


@pytest.mark.parametrize("text, name", [
    ("The regulator fined Istanbul-based Derin Makina A.S. on Friday.", "Derin Makina A.S."),
    ("Parts were shipped by Hong Kong-registered Kestrel Crane Trading Limited last year.",
     "Kestrel Crane Trading Limited"),
    ("Dubai-headquartered Falcon Sands General Trading LLC denied the report.", "Falcon Sands General Trading LLC"),
])
def test_seat_participle_is_no_part_of_a_name(nlp, text: str, name: str) -> None:
    """``Istanbul-based Derin Makina A.S.`` names ``Derin Makina A.S.``."""
    names = {t for t, _label in _ents(nlp, text)}
    assert name in names, names
    assert not any("-based" in t or "-registered" in t or "-headquartered" in t for t in names), names


def test_incorporated_is_a_legal_form(nlp) -> None:
    """``Marlow Devices Incorporated`` and ``Marlow Devices`` are one firm."""
    found = triples(nlp, "The chips were made by Marlow Devices Incorporated. Marlow Devices sells them to Japan.")
    assert ("marlow-devices", "suppliesTo", "japan") in found, found


@pytest.mark.parametrize("text, person", [
    ("In federal court in Boston, Arthur Lindqvist, 51, of Quincy, was sentenced to two years.", "Arthur Lindqvist"),
    ("At a hearing in Houston, Maria Delgado, 38, of Katy, Texas, pleaded guilty.", "Maria Delgado"),
])
def test_person_with_age_after_a_place_is_kept(nlp, text: str, person: str) -> None:
    """``in Boston, Arthur Lindqvist, 51, of Quincy``: a person, not part of a list of places."""
    assert (person, "Person") in _ents(nlp, text)


@pytest.mark.parametrize("text, triple", [
    ("The World Bank has approved a $200 million loan to help Zambia Electricity Supply Corporation, the country's "
     "state-owned power company, expand its grid.",
     ("world-bank", "investsIn", "zambia-electricity-supply")),
    ("The African Development Bank approved a grant to help Ethiopian Electric Power build a solar plant.",
     ("african-development-bank", "investsIn", "ethiopian-electric-power")),
])
def test_loan_to_help_a_body_is_an_investment(nlp, text: str, triple: tuple[str, str, str]) -> None:
    """``approved a loan to help X expand its grid``: the lender invests in X."""
    assert triple in triples(nlp, text)


def test_loan_refused_or_helping_nobody_gives_nothing(nlp) -> None:
    """A refused loan, and a loan that helps a project rather than a body, give no investment."""
    found = triples(nlp, "The World Bank did not approve a loan to help Ethiopian Electric Power build a plant.")
    assert not any(p == "investsIn" for _s, p, _o in found), found
    found = triples(nlp, "The World Bank approved a loan to help the project reach more villages in Zambia.")
    assert not any(p == "investsIn" for _s, p, _o in found), found


def test_dateline_with_a_date_in_brackets_is_furniture() -> None:
    """``CALLAO, PERU (3 May 2026) —`` below a release's headline is a dateline: taken off, the country with it."""
    from kg.ingest.clean import clean_text
    cleaned = clean_text("News Release | 3 May 2026\nBank Approves Water Loan\nCALLAO, PERU (3 May 2026) — The World "
                         "Bank has approved a loan to help Sedapal expand its network.\n")
    assert cleaned.dateline == "CALLAO, PERU (3 May 2026)"
    assert "PERU" not in cleaned.text and cleaned.text.endswith("The World Bank has approved a loan to help Sedapal "
                                                               "expand its network.")


@pytest.mark.parametrize("text, triple", [
    ("Maria Delgado, 38, of Katy, Texas, the owner and president of Gulf Parts LLC, pleaded guilty.",
     ("maria-delgado", "leaderOf", "gulf-parts")),
    ("Earlier today, Arthur Lind, 51, of Quincy, Massachusetts, the president of Harbor Parts LLC, was sentenced.",
     ("arthur-lind", "leaderOf", "harbor-parts")),
    ("Arthur Lind, 51, of Quincy, the chief financial officer of Harbor Parts LLC, was sentenced.",
     ("arthur-lind", "worksFor", "harbor-parts")),
])
def test_title_after_a_home_town_gives_structure(nlp, text: str, triple: tuple[str, str, str]) -> None:
    """``X, 38, of Katy, Texas, the owner and president of Y``: the title hangs on the town; X leads Y."""
    assert triple in triples(nlp, text)


def test_field_of_an_officials_title_is_no_body(nlp) -> None:
    """``Under Secretary of the Treasury for Terrorism and Financial Intelligence Ann Berg``: no body named
    ``Terrorism``; the person and the Treasury stay; a grant ``for`` a firm keeps the firm."""
    ents = _ents(nlp, '"We will act," said Under Secretary of the Treasury for Terrorism and Financial Intelligence '
                      'Ann Berg. The fund approved a grant for Kenya Power.')
    names = {t for t, _label in ents}
    assert "Terrorism" not in names and "Financial Intelligence" not in names, names
    assert ("Ann Berg", "Person") in ents and "Kenya Power" in names, ents


def test_acquisition_of_goods_is_no_stake(nlp) -> None:
    """``a contract with the Republic of Korea for the acquisition of eight howitzers``: goods bought, no investment
    in Korea; the contract stays an agreement."""
    found = triples(nlp, "The Department of Defense of Peru (DDP) signed on Friday a government-to-government "
                         "contract with the Republic of Korea for the acquisition of eight (8) K9 self-propelled "
                         "howitzers for the Peruvian Army.")
    assert ("department-of-defense-of-peru", "investsIn", "south-korea") not in found, found
    assert ("department-of-defense-of-peru", "agreementWith", "south-korea") in found, found
