"""Organisations the statistical NER misses or cuts in a firm's argument positions (branch r17names,
``kg/nlp/r17names.py`` and small changes in ``kg/nlp/longer_names.py`` and ``kg/nlp/linker.py``): unknown names
that buy, build, are bought or receive investment; a country's word before a business head (``Saudi Telecom``);
a known name before a longer name; the NER's organisation over a spaceless hyphen. Sentences written for these
tests, none taken or paraphrased from a gold file."""

from __future__ import annotations

import pytest

from kg.nlp import extensions as ext


def ents(nlp, text: str) -> dict[str, str]:
    """Lower-cased label -> type of every entity of ``text``: ``{"cepsa": "Organization"}``."""
    doc = nlp(text)
    return {e.label.lower(): e.type for e in ext.entities(doc).values()}


FOUND = [
    ("Tarvos bought half of Brenmark in March.", "brenmark"),
    ("The warehouse was built by Kelvatek two years ago.", "kelvatek"),
    ("The state sold its flour mills to Norquist last week.", "norquist"),
    ("The pension fund invested in Zephyra in 2021.", "zephyra"),
    ("The carmaker signed a partnership with Wabtec.", "wabtec"),
    ("Vodafone sold its tower business to Saudi Telecom.", "saudi telecom"),
    ("Ghana Airways leased two jets from a Dublin lessor.", "ghana airways"),
    ("Mitsubishi Heavy will build the turbines for the plant.", "mitsubishi heavy"),
    ("Allison Transmission opened a factory near Chennai.", "allison transmission"),
    ("The airline leased six jets from Brevanta last year.", "brevanta"),
    ("The steelmaker buys coking coal from Raspadskaya-Ugol.", "raspadskaya-ugol"),
]


@pytest.mark.parametrize("text,name", FOUND)
def test_organisations_found(nlp, text: str, name: str) -> None:
    """``Tarvos bought half of Brenmark``: Brenmark is an organisation with its whole name."""
    assert ents(nlp, text).get(name) == "Organization"


def test_known_name_before_longer_name(nlp) -> None:
    """``Sony Honda Mobility`` is one firm, neither Sony nor a Honda unit alone."""
    found = ents(nlp, "Sony Honda Mobility plans to open a showroom in Osaka.")
    assert found.get("sony honda mobility") == "Organization" and "sony" not in found


def test_known_firm_with_own_ner_name(nlp) -> None:
    """``Hyundai Oilbank`` is its own firm, not Hyundai Motor."""
    found = ents(nlp, "Hyundai Oilbank raised its refinery output in May.")
    assert found.get("hyundai oilbank") == "Organization" and "hyundai motor company" not in found


NOT_FIRMS = [
    ("The company sold its software to Europe and Asia.", "europe"),
    ("The old bridge was built by Romans.", "romans"),
    ("Saudi Oil Minister Faisal spoke on Monday.", "saudi oil"),
    ("The fund invested in Kenya last year.", "kenya"),
]


@pytest.mark.parametrize("text,name", NOT_FIRMS)
def test_no_firm(nlp, text: str, name: str) -> None:
    """``sold its software to Europe``: a continent, a people, a minister's country stay no firm."""
    assert ents(nlp, text).get(name) != "Organization"


def test_known_name_after_hyphen_stays_apart(nlp) -> None:
    """``Renault-Nissan``: two known firms, no new one."""
    found = ents(nlp, "The Renault-Nissan alliance opened a plant in Tangier.")
    assert "renault-nissan" not in found


def test_model_names_after_hyphen_stay_apart(nlp) -> None:
    """``Orbix-SAR-4``, ``Kalmar-U``: a model's number or a letter after a firm's name and a hyphen makes no firm."""
    found = ents(nlp, "Orbix launched Orbix-SAR-4 on Tuesday, and the Kalmar-U venture mines uranium.")
    assert "orbix-sar-4" not in found and "kalmar-u" not in found


def test_name_cut_at_verbs_preposition(nlp) -> None:
    """``sold its share of X to Y``: the NER's one name over ``to`` is two firms."""
    found = ents(nlp, "Vedanta sold its share in Konkola to Kuwait Mining Partners in April.")
    assert not any(" to " in name for name in found)
