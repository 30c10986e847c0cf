"""Technology mentions that make a technology an entity, and organisation repairs (round 4), on sentences written
for these tests (none is taken from a gold file)."""

from __future__ import annotations

from kg.nlp import extensions as ext


def techs(nlp, text: str) -> set[str]:
    """Canonical names of the technologies the text names."""
    return {e.label for e in ext.entities(nlp(text)).values() if e.type == "Technology"}


def test_technology_only_inside_a_company_name_is_no_entity(nlp) -> None:
    assert techs(nlp, "Mistral AI hired forty engineers in Paris last year.") == set()


def test_technology_named_on_its_own_keeps_the_mention_inside_a_name(nlp) -> None:
    doc = nlp("Mistral AI trains AI models for banks.")
    assert {e.label for e in ext.entities(doc).values() if e.type == "Technology"} == {"artificial intelligence"}


def test_bare_missiles_are_no_technology_area(nlp) -> None:
    # the word refers back to the weapon just named, or passes by; the kind of missile is the area
    assert techs(nlp, "The new sensor can track aircraft and missiles at long range.") == set()
    assert techs(nlp, "The navy tested new anti-ship missiles and missile technology.") == {"anti-ship missiles",
                                                                                            "missile technology"}


def test_a_technology_with_a_digit_at_the_end_of_a_sentence(nlp) -> None:
    # spaCy leaves "6G." whole and splits "6G," into "6 G"; both name the technology
    assert techs(nlp, "The two labs will now work together on 6G.") == {"6G"}
    assert techs(nlp, "Operators bought 5G, fibre and cloud services.") >= {"5G"}


def test_tank_ammunition_autonomy_and_cyber_forms(nlp) -> None:
    assert techs(nlp, "A state plant will make armour-piercing rounds under licence.") == {"tank ammunition"}
    found = techs(nlp, "The allies test autonomous maritime systems and share advanced cyber tools.")
    assert found == {"autonomous systems", "cybersecurity"}


def test_share_lines_in_other_languages_are_boilerplate() -> None:
    from kg.ingest.clean import clean_text

    text = "Rostec will build a plant near Delhi.\n\nПоделиться: VK · Telegram · WhatsApp\n\nКомментарии закрыты."
    assert "Telegram" not in clean_text(text).text
    assert "Rostec will build a plant" in clean_text(text).text


def orgs(nlp, text: str) -> set[str]:
    """Canonical names of the organisations the text names."""
    return {e.label for e in ext.entities(nlp(text)).values() if e.type == "Organization"}


def test_a_seat_of_government_named_as_a_place_is_no_actor(nlp) -> None:
    assert "White House" not in orgs(nlp, "The two leaders signed the framework at the White House on Monday.")
    assert "White House" in orgs(nlp, "The White House welcomed the framework on Monday.")
    assert "Kremlin" in orgs(nlp, "Talks in the Kremlin ended, and the Kremlin said they went well.")


def test_a_former_name_in_apposition_is_an_alias(nlp) -> None:
    for text in ("Investors include Lumora Capital, the venture firm formerly known as Brightwater Partners.",
                 "The cable went to Korvane Systems, the former Delmar Subsea Networks, last year."):
        assert len(orgs(nlp, text)) == 1, text


def test_a_portfolio_before_a_ministers_title_is_no_body(nlp) -> None:
    assert orgs(nlp, "Northern Energy Secretary Dana Ruiz visited the plant.") == set()


def test_a_platform_or_brand_named_in_apposition_is_a_product(nlp) -> None:
    found = orgs(nlp, "Vantor Labs will build Helix Compute, a cloud platform running on Nvidia chips.")
    assert found == {"Vantor Labs", "Nvidia"}


def test_a_person_before_another_ministers_title_stays(nlp) -> None:
    doc = nlp("Defence Minister Arvid Kallas and Foreign Minister Lena Varga took part in the talks.")
    assert {e.label for e in ext.entities(doc).values() if e.type == "Person"} == {"Arvid Kallas", "Lena Varga"}


def test_a_model_code_after_a_hyphen_names_a_product() -> None:
    from kg.nlp.repair import is_non_entity

    assert is_non_entity("KorSat-MX2", set(), set())
    assert not is_non_entity("APT41", set(), set())


def test_regions_and_longer_body_names(nlp) -> None:
    assert orgs(nlp, "The miner will dig near Darwin in the Northern Territory next year.") == set()
    assert orgs(nlp, "The loan came from the Secretariat of Digital Affairs of Brazil.") == {"Secretariat of Digital Affairs"}


def test_ict_is_a_technology_area(nlp) -> None:
    found = techs(nlp, "The grant will build information and communication technology (ICT) skills in rural schools.")
    assert found == {"information and communications technology"}
    assert orgs(nlp, "ICT Minister Arvo Linde opened the centre.") == set()
