"""Technology kinds (weapons systems, minerals), organisation names and the rules added for them, on sentences
written for these tests (none is taken from a gold file)."""

from __future__ import annotations

from kg.nlp import extensions as ext


def techs(nlp, text: str) -> set[str]:
    """Canonical names of the technologies the text names."""
    return {e.label for e in ext.entities(nlp(text)).values() if e.type == "Technology"}


def test_weapons_systems_are_separate_kinds(nlp) -> None:
    found = techs(nlp, "The army ordered self-propelled howitzers, main battle tanks and multiple rocket launchers, "
                       "and the navy wants two frigates armed with anti-ship missiles.")
    assert {"artillery systems", "tanks", "rocket artillery", "warships", "anti-ship missiles"} <= found
    assert "armoured vehicles" not in found


def test_fighter_forms_and_missile_systems(nlp) -> None:
    found = techs(nlp, "The deal covers 40 stealth fighters and a surface-to-air missile system.")
    assert found == {"fighter aircraft", "air defence systems"}


def test_minerals_of_the_battery_supply_chain(nlp) -> None:
    found = techs(nlp, "The miner sells cobalt, nickel ore and flake graphite for batteries and rare-earth magnets.")
    assert {"cobalt", "nickel", "graphite", "batteries", "rare earth magnets"} <= found
    assert "rare earths" not in found


def test_chatbots_are_artificial_intelligence(nlp) -> None:
    assert techs(nlp, "The startup launched an AI chatbot for lawyers.") == {"artificial intelligence"}


def test_a_company_name_beats_the_technology_word_it_begins_with(nlp) -> None:
    doc = nlp("Rosatom's subsidiary Uranium One signed a contract with the Bolivian buyer.")
    found = {e.label: e.type for e in ext.entities(doc).values()}
    assert found.get("Uranium One") == "Organization" and "uranium" not in found



def orgs_and_people(nlp, text: str) -> set[str]:
    return {e.label for e in ext.entities(nlp(text)).values() if e.type in ("Organization", "Person")}


def test_operations_projects_and_ships_are_not_actors(nlp) -> None:
    found = orgs_and_people(nlp, "The navy commissioned INS Kolkata in 2014, and Operation Sentinel began a year "
                                 "later.")
    assert not found


def test_events_are_not_actors(nlp) -> None:
    assert not orgs_and_people(nlp, "Ministers will meet during Helsinki Energy Week next month.")


def test_a_version_number_ends_a_model_name(nlp) -> None:
    assert "Kestrel 4.0" not in orgs_and_people(nlp, "Samsung will put Kestrel 4.0 on its phones.")


def test_a_name_before_a_weapons_noun_is_a_product(nlp) -> None:
    found = orgs_and_people(nlp, "The ministry bought Kestrel drones and Harrow howitzers from Vantor Dynamics.")
    assert found == {"Vantor Dynamics"}


def test_two_bodies_joined_by_and_the_are_two_names(nlp) -> None:
    found = orgs_and_people(nlp, "The rules were issued by the Ministry of Mines and the Ministry of Ports of "
                                 "Ruritania, according to Vantor Dynamics.")
    assert "Ministry of Mines" in found and not any(" and the " in name for name in found)


def test_a_body_without_a_country_belongs_to_the_country_the_text_is_about(nlp) -> None:
    doc = nlp("Chile's copper output rose. Chile wants more mines, and the finance ministry said Chilean exports "
              "would grow, while Peru waited.")
    assert "Ministry of Finance of Chile" in {e.label for e in ext.entities(doc).values()}


def test_a_body_without_a_country_in_a_text_about_two_countries_stays_unnamed(nlp) -> None:
    doc = nlp("Chile and Peru signed a copper deal, and the finance ministry welcomed it.")
    assert not any(e.label.startswith("Ministry of Finance") for e in ext.entities(doc).values())


def test_mining_companies_named_after_their_mineral_are_companies(nlp) -> None:
    doc = nlp("Lynas Rare Earths and Tianqi Lithium agreed to share a processing plant.")
    found = {e.label: e.type for e in ext.entities(doc).values()}
    assert found.get("Lynas Rare Earths") == "Organization" and found.get("Tianqi Lithium") == "Organization"


def test_cloud_named_by_a_provider_is_cloud_computing(nlp) -> None:
    assert "cloud computing" in techs(nlp, "The startup will train its models on Vantor's cloud from next year.")


def test_a_cloud_unit_of_a_known_company_is_no_topic_by_its_name(nlp) -> None:
    assert "cloud computing" not in techs(nlp, "Alibaba Cloud hired a new chief financial officer.")


def test_a_company_unit_beats_the_technology_words_in_its_name(nlp) -> None:
    doc = nlp("Baidu AI Cloud said on Monday it had signed a deal with a carmaker.")
    assert "Baidu AI Cloud" in {e.label for e in ext.entities(doc).values()}


def test_the_country_a_text_is_about_owns_its_unnamed_ministry(nlp) -> None:
    doc = nlp("Japan tightened chip rules on Friday. Exports from Japan will need approval from the trade ministry, "
              "and China and Chinese firms and Beijing protested.")
    assert "Ministry of Economy, Trade and Industry" in {e.label for e in ext.entities(doc).values()}


def test_a_law_named_with_a_possessive_names_no_possessor(nlp) -> None:
    found = orgs_and_people(nlp, "The fines were set under the Protecting Ruritania's Harbours From Smuggling Act "
                                 "last year.")
    assert not found


def test_products_and_trade_fairs_are_not_actors(nlp) -> None:
    found = orgs_and_people(nlp, "Vantor Dynamics showed Patriot launchers and Trainium servers at VivaTech.")
    assert found == {"Vantor Dynamics"}


def test_a_chipmaker_named_after_its_product_works_on_it(nlp) -> None:
    # only when the text names the area on its own too (tests/test_entity_round4.py: a name alone is no area)
    doc = nlp("Hua Hong Semiconductor raised chip prices, and Alibaba Cloud cut them.")
    assert "semiconductors" in {e.label for e in ext.entities(doc).values()}


def test_bylines_name_no_person(nlp) -> None:
    for text in ("By Maria Lindqvist | March 3, 2025\n\nVantor Dynamics said on Monday it would build a plant.",
                 "Chip rules tighten\n\nMaria Lindqvist | Stockholm\n\nVantor Dynamics said it would build a plant."):
        assert not any(e.type == "Person" for e in ext.entities(nlp(text)).values())


def test_a_hyphenated_surname_refers_back_to_the_full_name(nlp) -> None:
    doc = nlp("Defence Minister Jan Nowak-Zielinski met the envoy. Nowak-Zielinski said the talks went well.")
    people = [e for e in ext.entities(doc).values() if e.type == "Person"]
    assert [p.label for p in people] == ["Jan Nowak-Zielinski"] and "Nowak-Zielinski" in people[0].aliases


def test_artillery_units_name_no_weapons_system(nlp) -> None:
    assert not techs(nlp, "The two armies agreed to train their artillery units together.")
