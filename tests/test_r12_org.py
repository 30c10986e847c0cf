"""Organisations the gazetteer does not know, told by general evidence (kg/nlp/r12org.py, word lists ``r12org_*``
and ``org_descriptors`` in data/lexicon/org_name_words.json): the shape of a name the model took for a person's,
bracketed short forms from a body's name in its own language, and describing nouns written with a hyphen. Every
name below is made up (none is in the gazetteer) and every sentence is written for its construction, none taken
from a gold file; the negatives show what each construction must leave alone."""

from __future__ import annotations

import pytest

from kg.nlp import extensions as ext


def types(nlp, text: str) -> dict[str, str]:
    """Entity label -> type."""
    return {e.label: e.type for e in ext.entities(nlp(text)).values()}


def aliases(nlp, text: str) -> dict[str, list[str]]:
    return {e.label: list(e.aliases) for e in ext.entities(nlp(text)).values()}


ORGANISATIONS = [
    # a country's name as the last word: a firm's national unit, never a person's surname
    ("The ministry ordered Anton Vietnam to stop exporting chips.", "Anton Vietnam"),
    # "X, which" with "which" the subject of the clause
    ("Orvane Tesk and Dalmir Vost, which compete with Samsung in memory chips, could benefit.", "Dalmir Vost"),
    # a first word that only begins firms' names
    ("Mario Rossi and Banco Ferreira Souza signed.", "Banco Ferreira Souza"),
    # describing nouns: a hyphenated "start-up" in apposition, "corporation", "insurgency"
    ("Last month Quillon, a Korean start-up, released a cheaper model.", "Quillon"),
    ("The Islamist insurgency Darvul Kemmat seized two towns.", "Darvul Kemmat"),
]


@pytest.mark.parametrize("text,name", ORGANISATIONS)
def test_organisation_by_shape_or_description(nlp, text, name):
    assert types(nlp, text).get(name) == "Organization"


PEOPLE = [
    # a person's name that is also a country's name stays a person
    ("Michael Jordan met Chad Smith in Paris on Monday.", "Chad Smith"),
    # "which" after a person's name as the object of a clause refers to the thing named before
    ("The talks were hosted by Secretary of State Marco Rubio, which Congolese officials attended.", "Marco Rubio"),
    ("Maria Ortega, who heads the fund, declined to comment.", "Maria Ortega"),
    ("The summit was chaired by Secretary of State Lena Marsh, which officials from nine countries were expected "
     "to attend.", "Lena Marsh"),
]


@pytest.mark.parametrize("text,name", PEOPLE)
def test_people_stay_people(nlp, text, name):
    assert types(nlp, text).get(name) == "Person"


def test_digits_and_ampersands_make_firms():
    import spacy

    from kg.nlp.r12org import org_shaped

    doc = spacy.blank("en")("They met Tarsel & Quin , Net4Mobility and Ana Ruiz .")
    never = lambda text: False  # noqa: E731
    assert org_shaped(doc[2:5], never, set()) and org_shaped(doc[6:7], never, set())
    assert not org_shaped(doc[8:10], never, set())


def test_short_form_from_a_native_name(nlp):
    text = ("The Norwegian Rail Authority (JBV) fined the operator on Monday. JBV said the operator had ignored "
            "two warnings.")
    found = aliases(nlp, text)
    assert "JBV" in found.get("Norwegian Rail Authority", [])
    assert "JBV" not in found


def test_country_short_form_in_brackets_is_no_alias(nlp):
    text = "Velmora Holdings Limited (UK) agreed to sell its stake. The UK welcomed the sale."
    found = aliases(nlp, text)
    assert "UK" not in found.get("Velmora Holdings Limited", [])


def test_unhyphenated_descriptor_still_needed(nlp):
    # a bare name after a comma, with no describing noun, is no organisation by this rule
    assert "Quillon" not in types(nlp, "Last month Quillon, slowly, released a cheaper model.")


def test_two_firms_on_either_side_of_and_stay_two(nlp):
    found = types(nlp, "The ministry fined Lusovia Telecom and Grendal Bank on Monday.")
    assert found.get("Lusovia Telecom") == "Organization" and found.get("Grendal Bank") == "Organization"
    found = types(nlp, "Lenders on the list include Kamabank, Tarvobank and Post Bank.")
    assert "Post Bank" in found and not any(" and " in name for name in found)


def test_halves_of_one_body_still_join(nlp):
    found = types(nlp, "The Danish Post and Telecom Authority said four companies were cleared.")
    assert "Danish Post and Telecom Authority" in found


def test_hyphenated_name_is_one_name(nlp):
    found = types(nlp, "The missiles were developed by Russia's Kirov-Zavod and Tula-Antey.")
    assert found.get("Tula-Antey") == "Organization"
    found = types(nlp, "Jean-Pierre Lacroix met Anne-Marie Dubois in Paris.")
    assert found.get("Jean-Pierre Lacroix") == "Person" and found.get("Anne-Marie Dubois") == "Person"


def test_proper_run_goes_over_a_hyphen():
    import spacy
    from spacy.tokens import Doc

    from kg.nlp.descriptors import proper_runs

    doc = Doc(spacy.blank("en").vocab, words=["by", "Almaz", "-", "Antey", "and", "Oka", "-", "plant"],
              spaces=[True, False, False, True, True, False, False, False],
              pos=["ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PUNCT", "NOUN"])
    assert [run.text for run in proper_runs(doc, set())] == ["Almaz-Antey", "Oka"]


def test_town_written_with_its_state_is_a_place(nlp):
    text = ("The venture grew out of a 2019 deal under which the Santa Clara, California-based chip designer formed "
            "two joint ventures with Sugon.")
    assert "Santa Clara" not in types(nlp, text)
    assert "Palo Alto" not in types(nlp, "Under the deal the Palo Alto, California-based software maker formed a "
                                         "venture with Tencent.")
    # a firm before a comma and a country's name in a list stays a firm
    assert types(nlp, "Velcor Systems, Italy and Spain signed the accord.").get("Velcor Systems") == "Organization"
    assert types(nlp, "Shares of Velcor Group, California's biggest grocer, rose.").get("Velcor Group") == \
        "Organization"


def test_catalogue_is_no_organisation(nlp):
    found = types(nlp, "The ban was written into a revised Catalogue of Goods Prohibited and Restricted from Export.")
    assert not any(name.startswith("Catalogue") for name in found)


def test_name_runs_on_to_the_words_its_short_form_spells(nlp):
    text = ("The Board for Digital Trade in the Republic of Korea (BDTRK) fined Kelvar on Monday. BDTRK said Kelvar "
            "had ignored two orders.")
    found = aliases(nlp, text)
    assert "BDTRK" in found.get("Board for Digital Trade in the Republic of Korea", [])
    assert "Board for Digital Trade" not in found


def test_short_form_of_a_second_name_after_and(nlp):
    text = "Kelvar Mining and Tamoto Copper Company (TCC) agreed to merge their plants."
    found = types(nlp, text)
    assert "Kelvar Mining" in found and not any(name.startswith("Kelvar Mining and") for name in found)


@pytest.mark.parametrize("text,name", [
    ("Its apps Talkoo, WeChat and Velo Browser are used by millions.", "Velo Browser"),
    ("The plant will build engines for the Light Strike Aircraft, the fighter the navy wants.",
     "Light Strike Aircraft"),
])
def test_products_by_their_last_word(nlp, text, name):
    assert name not in types(nlp, text)


def test_person_with_a_product_word_elsewhere_stays(nlp):
    assert types(nlp, "Maria Ortega, who designed the browser, left Velcor Group.").get("Maria Ortega") == "Person"


def test_name_taken_for_a_product_but_described_as_a_firm(nlp):
    found = types(nlp, "The state rocket corporation Roskosmoflot and Energia signed a deal.")
    assert found.get("Roskosmoflot") == "Organization"


def test_product_described_as_a_product_stays_out():
    import spacy
    from spacy.tokens import Span

    from kg.nlp.r12described import described_products

    doc = spacy.blank("en")("the app Velo Chat and the platform Orbix")
    doc.ents = [Span(doc, 2, 4, label="PRODUCT"), Span(doc, 7, 8, label="PRODUCT")]
    assert described_products(doc, [], {"company", "start-up"}, lambda text: False) == []


@pytest.mark.parametrize("text,name", [
    ("The scanners were bought by the Children's Hospital of Lagos last year.", "Children's Hospital of Lagos"),
    ("Drones were bought by the People's Armed Police of Veldavia.", "People's Armed Police of Veldavia"),
])
def test_possessive_of_a_plural_noun_inside_a_name(nlp, text, name):
    found = types(nlp, text)
    assert found.get(name) == "Organization" and "Children" not in found and "People" not in found


def test_owner_possessive_still_cuts(nlp):
    found = types(nlp, "Velcor Group's Hanra Labs unit raised money.")
    assert "Velcor Group's Hanra Labs" not in found


def test_known_firm_and_a_country_name_its_national_unit(nlp):
    found = types(nlp, "The regulator ordered Nexperia China and its subcontractors to stop exporting chips.")
    assert found.get("Nexperia China") == "Organization"
    found = types(nlp, "SoftBank and OpenAI set up SB OpenAI Japan, a venture that will sell the models.")
    assert found.get("SB OpenAI Japan") == "Organization"


def test_known_firm_before_a_country_possessive_stays_apart(nlp):
    found = types(nlp, "Huawei met Kenya's regulator on Monday.")
    assert "Huawei Kenya" not in found and found.get("Huawei") == "Organization"


def test_listed_product_names_are_no_organisations(nlp):
    text = "India banned apps of ByteDance and Alibaba, whose TikTok, Vimo and QQ Browser are used by millions."
    assert "QQ Browser" not in types(nlp, text)
    text = "The firms Tencent and Baidu, whose WeChat, Yolo and Sogo Browser are used by many, objected."
    assert "Sogo Browser" not in types(nlp, text)
