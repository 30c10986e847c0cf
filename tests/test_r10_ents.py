"""Issue 12, round 10: organisations on unseen news. Short forms of a name used later, organisation names that are
also towns' names. Every sentence here was written for these tests (none from a gold file)."""

from __future__ import annotations

from kg.nlp import extensions as ext


def entities(nlp, text: str) -> dict[str, tuple[str, list[str]]]:
    """Label -> (type, aliases) of the entities the text names."""
    return {e.label: (e.type, e.aliases) for e in ext.entities(nlp(text)).values()}


# --- short forms of an organisation's name (kg/nlp/r10ents.py short_forms) ---

def test_a_first_word_used_later_is_the_organisation(nlp) -> None:
    found = entities(nlp, "Tyrrell Asset Management bought the port on Monday. Tyrrell paid $2 billion for it.")
    assert found["Tyrrell Asset Management"] == ("Organization", ["Tyrrell"])
    assert set(found) == {"Tyrrell Asset Management"}


def test_an_acronym_that_begins_the_name_is_the_organisation(nlp) -> None:
    doc = nlp("Shares of QX Materials Corp rose after it signed an offtake deal with Ford. "
              "QX will ship magnets from Nevada next year.")
    found = {e.label: e.aliases for e in ext.entities(doc).values()}
    assert "QX" in found["QX Materials Corp"]
    # the short form carries relations: the sentence with "QX" alone now has its actor
    assert any(m.text == "QX" and m.label == "Organization" for m in ext.mentions(doc))


def test_no_short_form_after_an_article_or_a_title(nlp) -> None:
    doc = nlp("Hale Minerals opened a mine in Chile. An MP asked about it, and Mr Hale declined to comment.")
    assert not any(m.text == "Hale" and m.label == "Organization" for m in ext.mentions(doc))
    doc = nlp("MP Materials opened a mine in Chile. An MP asked about it.")
    assert [m.start for m in ext.mentions(doc) if m.text.startswith("MP")] == [0]


def test_a_place_or_a_common_word_is_no_short_form(nlp) -> None:
    doc = nlp("Gansu Power Grid Company signed the contract. Wind farms in Gansu will feed it.")
    assert not any(m.text == "Gansu" and m.label == "Organization" for m in ext.mentions(doc))
    doc = nlp("Energy Vault Holdings raised $100 million. Energy prices rose, and Energy Vault said it would grow.")
    assert not any(m.text == "Energy" and m.label == "Organization" for m in ext.mentions(doc))


def test_a_short_form_two_organisations_share_names_neither(nlp) -> None:
    doc = nlp("Morvath Aerospace and Morvath Logistics split in 2020. Morvath said the split would save money.")
    found = entities(nlp, doc.text)
    assert found["Morvath Aerospace"] == ("Organization", []) and found["Morvath Logistics"] == ("Organization", [])
    assert not any(m.text == "Morvath" for m in ext.mentions(doc))


# --- an organisation named like a town (kg/nlp/r10ents.py described_org, kg/nlp/actors.py _is_place) ---

def test_the_operator_named_like_a_town_stays_an_operator(nlp) -> None:
    found = entities(nlp, "The telecom operator France's Orange joined the cable consortium in March. "
                          "Orange will land the cable in Marseille.")
    assert found.get("Orange", ("",))[0] == "Organization"
    assert found.get("France", ("",))[0] == "Country"
    # the second "Orange", unlabelled by the model, is the same operator
    doc = nlp("The telecom operator France's Orange joined the cable consortium in March. "
              "Orange will land the cable in Marseille.")
    assert [m.entity_id for m in ext.mentions(doc) if m.text == "Orange"] == ["orange", "orange"]


def test_a_town_after_a_possessive_stays_a_place(nlp) -> None:
    found = entities(nlp, "The fund was set up in China's Shenzhen in 2019 with money from Huawei.")
    assert "Shenzhen" not in found and found["Huawei"][0] == "Organization"


def test_a_firm_named_like_a_town_in_a_list_of_firms_is_a_firm(nlp) -> None:
    found = entities(nlp, "The consortium's members include Japan's NTT, US-based Meta, France's Orange and "
                          "India's Reliance Jio.")
    assert found.get("Orange", ("",))[0] == "Organization"
    # without a list of firms the town stays a town
    assert "Orange" not in entities(nlp, "The cable was built with money from France's Orange.")


# --- a body's name with "and" in it stays whole ---

def test_a_body_named_with_and_stays_one_body(nlp) -> None:
    found = entities(nlp, "The Ministry of Mines and Energy approved the licence for Vale.")
    assert not any(label in ("Energy", "Ministry of Mines") for label in found)


# --- a name without the country word it begins with (kg/nlp/r10ents.py country_word_links) ---

def test_a_name_without_its_country_word_is_the_same_body(nlp) -> None:
    found = entities(nlp, "The Brazilian Supreme Court heard the appeal on Friday. Lawyers expect the Supreme Court "
                          "to rule before June.")
    courts = [label for label in found if "Supreme Court" in label]
    assert len(courts) == 1 and found[courts[0]][0] == "Organization"


def test_a_name_that_begins_with_a_province_is_named_by_its_second_word(nlp) -> None:
    found = entities(nlp, "Zhejiang Qianlu Cobalt will build the plant with a local partner. Qianlu said on Monday "
                          "that output would start in 2026.")
    assert found == {"Zhejiang Qianlu Cobalt": ("Organization", ["Qianlu"])}
    found = entities(nlp, "The port is run by Shandong Weiqiao Pioneering Group. Weiqiao also owns a smelter.")
    assert found["Shandong Weiqiao Pioneering Group"] == ("Organization", ["Weiqiao"])


def test_a_firm_of_its_own_is_no_short_form_of_a_project(nlp) -> None:
    doc = nlp("Alcoa and Sojitz run the Alcoa-Sojitz Gallium Recovery Project in Wagerup. Alcoa owns 75%.")
    alcoa = {m.entity_id for m in ext.mentions(doc) if m.text == "Alcoa"}
    assert len(alcoa) == 1 and "project" not in next(iter(alcoa))


# --- a body's name the model cut at "and" (kg/nlp/r10ents.py joined_bodies) ---

def test_a_regulator_named_with_and_is_one_body(nlp) -> None:
    found = entities(nlp, "Sweden's Post and Telecom Authority banned Huawei equipment in 2020.")
    assert found.get("Post and Telecom Authority", ("",))[0] == "Organization"
    assert "Telecom Authority" not in found
    # a known firm before "and" stays a firm of its own
    found = entities(nlp, "Huawei and Telecom Authority officials met on Monday.")
    assert found["Huawei"][0] == "Organization"


# --- an honorific before a name the model took for an organisation (kg/nlp/mentions.py ner_mention) ---

def test_mr_before_a_name_makes_a_person(nlp) -> None:
    found = entities(nlp, "Hale Minerals opened a mine in Chile. Mr Hale declined to comment.")
    assert found["Hale Minerals"][0] == "Organization"
    assert "Mr Hale" not in found and found.get("Hale", ("",))[0] == "Person"
