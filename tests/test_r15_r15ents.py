"""Organisations the gazetteer does not know, told by the words around them (``kg.nlp.r15ents``). Sentences written
for this test, none from a gold file; the firm names are made up or real firms kg does not list."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.nlp.extensions import entities


def typed(nlp: Language, text: str) -> set[tuple[str, str]]:
    """(label, type) of every entity ``text`` names: ``typed(nlp, "Huawei sued.")`` -> ``{("Huawei", "Organization")}``."""
    return {(e.label, e.type) for e in entities(nlp(text)).values()}


FIRMS = [
    # a name the model takes for a place it is not, in a firm's role
    ("Veltrona is headquartered in Lyon, France.", "Veltrona"),
    ("Brisko acquired Talvento in a deal worth $2 billion.", "Talvento"),
    ("Brisko acquired Talvento in a deal worth $2 billion.", "Brisko"),
    ("Investors bought a 10 percent stake in Korvessa last week.", "Korvessa"),
    ("The operator signed an agreement with Trendyol to expand deliveries.", "Trendyol"),
    ("Shares of Hepsiburada jumped after the announcement.", "Hepsiburada"),
    # "with" on a verb of deals, for a name the model took for a place
    ("The cement maker signed a deal with Sinomax to build a kiln.", "Sinomax"),
    ("The retailer merged with Talvento last year.", "Talvento"),
    # a name the model calls a person, listed with a firm the gazetteer knows
    ("Zhipu and Moonshot are developing large language models.", "Moonshot"),
    # a name the model calls a person, ending in a word of firms' names, after "in"
    ("Oracle invested $500 million in Zentrix Labs.", "Zentrix Labs"),
    # a name after a leading legal form
    ("The smelter will be operated by PT Sulawa Nickel Indonesia.", "Sulawa Nickel Indonesia"),
    ("The network is run by JSC Tengrinet and its partners.", "Tengrinet"),
]


@pytest.mark.parametrize("text,name", FIRMS)
def test_unknown_firm_in_firm_role_is_organisation(nlp, text, name):
    assert (name, "Organization") in typed(nlp, text)


NOT_FIRMS = [
    # a town in a firm-like role stays a place; a person stays a person
    ("Nantes bought new trams for its network.", "Nantes"),
    ("The council signed an agreement with Nantes on water supply.", "Nantes"),
    ("Maria Velasco acquired the painting in 2019.", "Maria Velasco"),
    # a name after a leading legal form does not swallow the technology named after it in lower case
    ("PT Sulawa Nickel mines nickel in Sulawesi.", "nickel"),
]


@pytest.mark.parametrize("text,name", NOT_FIRMS)
def test_no_firm_without_firm_role(nlp, text, name):
    assert (name, "Organization") not in typed(nlp, text)


def test_legal_form_name_replaces_inner_country_and_metal(nlp):
    found = typed(nlp, "The plant is operated by PT Sulawa Nickel Indonesia.")
    assert ("Sulawa Nickel Indonesia", "Organization") in found
    assert ("nickel", "Technology") not in found


def test_other_uses_of_firm_follow_the_first(nlp):
    doc = nlp("Brisko acquired Talvento last year. Talvento now sells shoes in Spain.")
    ids = [e.kb_id_ for e in doc.ents if e.text == "Talvento"]
    assert len(ids) == 2 and len(set(ids)) == 1


NAMED_FIRMS = [
    # a capitalised name ending in a word of firms' names, whatever the model made of it
    ("Analysts at Verhoeven Group expect prices to rise.", "Verhoeven Group"),
    ("Marlin Labs opened an office in Oslo.", "Marlin Labs"),
    # "analysts at X"
    ("Analysts at Bernstein expect chip prices to rise.", "Bernstein"),
]


@pytest.mark.parametrize("text,name", NAMED_FIRMS)
def test_firm_named_or_staffed_name_is_organisation(nlp, text, name):
    assert (name, "Organization") in typed(nlp, text)


def test_short_form_inside_longer_name_is_that_firm(nlp):
    found = typed(nlp, "China Great Wall Industry Corporation arranged the launch. Great Wall has sold satellites "
                       "to Nigeria.")
    assert ("China Great Wall Industry Corporation", "Organization") in found
    assert ("Great Wall", "Organization") not in found


CHIPS = [
    # "chips in" names chips where "chips" is a noun with a modifier, not the verb "chip in"
    ("SK Hynix produces DRAM chips in Wuxi.", ("DRAM", "Technology")),
    ("The firm makes advanced chips in Taiwan.", ("semiconductors", "Technology")),
    ("Korea leads the world in chipmaking.", ("semiconductors", "Technology")),
    ("India bought twenty jet fighters from France.", ("fighter aircraft", "Technology")),
]


@pytest.mark.parametrize("text,entity", CHIPS)
def test_technology_mentions(nlp, text, entity):
    assert entity in typed(nlp, text)


def test_verb_chip_in_names_no_chips(nlp):
    assert ("semiconductors", "Technology") not in typed(nlp, "Sberbank chips in $5 million for the fund.")


def test_commodity_abbreviation_is_no_entity(nlp):
    found = typed(nlp, "Qatar signed a 27-year LNG supply deal with China.")
    assert not any(label == "LNG" for label, _ in found)


GAZETTEER = [
    # well-known actors the gazetteer now lists (r15ents.jsonl), in sentences the model alone misreads
    ("Moderna is based in Cambridge, Massachusetts.", ("Moderna", "Organization")),
    ("Sinovac shipped doses to Chile.", ("Sinovac", "Organization")),
    ("The Knesset passed the bill on Monday.", ("Knesset", "Organization")),
    ("Gavi bought vaccines for Malawi.", ("Gavi", "InternationalOrganization")),
    ("Woodside signed a supply contract with a Japanese utility.", ("Woodside Energy", "Organization")),
]


@pytest.mark.parametrize("text,entity", GAZETTEER)
def test_gazetteer_additions(nlp, text, entity):
    assert entity in typed(nlp, text)


GOVERNMENT_MODIFIERS = [
    # "government" qualifying a document, another body or money names no government
    ("Premier Zhao's government work report called for more chip research.", "Government of China"),
    ("The fund answers to the Abu Dhabi government body that finances it.", "Government of the United Arab Emirates"),
    ("South Korean government bonds rallied on Friday.", "Government of South Korea"),
]


@pytest.mark.parametrize("text,name", GOVERNMENT_MODIFIERS)
def test_government_as_modifier_is_no_government(nlp, text, name):
    assert (name, "Organization") not in typed(nlp, text)


def test_government_itself_still_named(nlp):
    assert ("Government of China", "Organization") in typed(nlp, "The Chinese government approved the deal.")


def test_title_and_name_taken_for_organisation_is_person(nlp):
    found = typed(nlp, "Answer: Spokesperson Wen Likang said that the rules apply to all exporters.")
    assert ("Wen Likang", "Person") in found
    assert not any(t == "Organization" and "Wen" in label for label, t in found)
