"""Issue 12, round 8 (entities other than technologies): describing nouns inside NER names, firms named by a
capitalised technology word, towns the model took for actors, last words of firms' names. Every sentence here was
written for these tests (none from a gold file)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from kg.nlp import extensions as ext
from kg.nlp.mentions import Mention
from kg.nlp.name_edges import firms_named_by_technology
from kg.nlp.name_parts import describing_noun
from kg.nlp.repair import split_span


def names(nlp, text: str) -> dict[str, str]:
    """Label -> type of the entities the text names."""
    return {e.label: e.type for e in ext.entities(nlp(text)).values()}


# --- a describing noun inside an NER name (kg/nlp/repair.py split_span) ---

def test_a_describing_noun_ends_what_comes_before_the_name(nlp) -> None:
    found = names(nlp, "Kazakh miner Kazatomprom signed a deal with China's CGN.")
    assert found.get("Kazatomprom") == "Organization"
    assert not any("miner" in label for label in found)
    assert found.get("Kazakhstan") == "Country"


def test_name_particles_are_no_describing_nouns() -> None:
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Tahnoon", "bin", "Zayed", "chairs"], pos=["PROPN", "NOUN", "PROPN", "VERB"])
    assert [p.text for p in split_span(Span(doc, 0, 3, label="PERSON"))] == ["Tahnoon bin Zayed"]
    doc = Doc(vocab, words=["its", "subsidiary", "HiSilicon"], pos=["PRON", "NOUN", "PROPN"])
    assert [p.text for p in split_span(Span(doc, 0, 3, label="ORG"))] == ["HiSilicon"]
    doc = Doc(vocab, words=["Kazakh", "miner", "Kazatomprom"], pos=["ADJ", "NOUN", "PROPN"])
    assert describing_noun(doc, 1) and [p.text for p in split_span(Span(doc, 0, 3, label="ORG"))] == ["Kazatomprom"]
    # a lower-case noun at the end of a name cuts nothing
    doc = Doc(vocab, words=["Acme", "Labs", "unit"], pos=["PROPN", "PROPN", "NOUN"])
    assert [p.text for p in split_span(Span(doc, 0, 3, label="ORG"))] == ["Acme Labs unit"]


def test_a_person_with_a_particle_keeps_the_whole_name(nlp) -> None:
    assert names(nlp, "Sheikh Tahnoon bin Zayed chairs the fund.").get("Tahnoon bin Zayed") == "Person"


# --- last words of firms' names (data/lexicon/org_name_words.json org_last_words) ---

def test_a_name_ending_in_a_word_of_firms_is_no_person(nlp) -> None:
    found = names(nlp, "Rongsheng Petrochemical and Hengli Petrochemical both buy crude from Aramco.")
    assert found.get("Rongsheng Petrochemical") == "Organization"
    assert found.get("Hengli Petrochemical") == "Organization"


def test_people_stay_people(nlp) -> None:
    found = names(nlp, "Li Qiang met Chen Gang and Wu Hao in Beijing.")
    assert found.get("Chen Gang") == "Person" and found.get("Wu Hao") == "Person"


def test_whose_after_a_firms_name_makes_no_person(nlp) -> None:
    found = names(nlp, "Tianjin Microelectronics, whose design unit makes sensors, said sales rose.")
    assert found.get("Tianjin Microelectronics") == "Organization"


# --- firms named by a capitalised technology word (kg/nlp/name_edges.py) ---

def test_a_firm_named_by_a_technology_word(nlp) -> None:
    found = names(nlp, "Indonesian nickel producer Harita Nickel signed with Chinese firm Lygend Resources.")
    assert found.get("Harita Nickel") == "Organization" and found.get("nickel") == "Technology"
    found = names(nlp, "Ghanaian lithium developer Atlantic Lithium signed an offtake with Piedmont Lithium.")
    assert found.get("Atlantic Lithium") == "Organization" and "Atlantic" not in found


def test_a_technology_word_alone_stays_a_technology(nlp) -> None:
    found = names(nlp, "Lithium prices fell as Albemarle cut output.")
    assert found.get("lithium") == "Technology" and found.get("Albemarle") == "Organization"


def test_no_firm_without_an_ner_name_or_at_a_headline() -> None:
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["producer", "Harita", "Nickel", "signed"], pos=["NOUN", "PROPN", "PROPN", "VERB"])
    tech = Mention(2, 3, "nickel", "Technology", "name", "Nickel")
    assert firms_named_by_technology(doc, [tech], set()) == [tech]  # the model found no name there
    doc = Doc(vocab, words=["Harita", "Nickel", "Signs", "Deal"], pos=["PROPN", "PROPN", "VERB", "NOUN"])
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    tech = Mention(1, 2, "nickel", "Technology", "name", "Nickel")
    assert firms_named_by_technology(doc, [tech], set()) == [tech]  # a headline's capitalised run


# --- towns the model took for actors (kg/nlp/actors.py) ---

def test_a_town_named_as_a_place_elsewhere_is_no_organisation(nlp) -> None:
    found = names(nlp, "Officials in Sendai said Sendai would build new roads.")
    assert "Sendai" not in found


def test_a_town_the_model_calls_a_person_is_no_actor(nlp) -> None:
    found = names(nlp, "Officials in Kurashiki said Kurashiki would welcome the plant.")
    assert "Kurashiki" not in found


def test_an_operator_named_like_a_town_stays(nlp) -> None:
    assert names(nlp, "France's Orange will handle the landing in Marseille.").get("Orange") == "Organization"
    assert names(nlp, "Lyft said it would expand to Toronto.").get("Lyft") == "Organization"


# --- spellings of known people (data/gazetteer/people.jsonl) ---

def test_another_spelling_of_a_known_leader(nlp) -> None:
    found = names(nlp, "Ukrainian President Volodymyr Zelenskiy spoke to Erdogan on Friday.")
    assert found.get("Volodymyr Zelensky") == "Person"



def test_a_town_word_that_begins_a_firms_name_is_its_short_form(nlp) -> None:
    text = ("Officials in Kurashiki said Kurashiki Ocean Logistics would expand. "
            "Kurashiki said the deal would close in May.")
    ents = list(ext.entities(nlp(text)).values())
    assert [(e.label, e.type, e.aliases) for e in ents] == \
        [("Kurashiki Ocean Logistics", "Organization", ["Kurashiki"])]


# --- two names in one NER span, a known one beside "and" (kg/nlp/repair.py split_span) ---

def test_a_known_name_beside_and_splits_the_span(nlp) -> None:
    found = names(nlp, "The Japan Bank for International Cooperation and Nippon Export and Investment Insurance "
                       "back the mine.")
    assert found.get("Japan Bank for International Cooperation") == "Organization"
    assert found.get("Nippon Export and Investment Insurance") == "Organization"


def test_and_inside_a_body_name_stays(nlp) -> None:
    found = names(nlp, "The Navoi Mining and Metallurgical Company signed the deal with Orano.")
    # one organisation, under the gazetteer's canonical name (its English name "... Company" is an alias)
    assert found.get("Navoi Mining and Metallurgical Combinat") == "Organization" and "Metallurgical Company" not in found


def test_and_splits_only_beside_a_known_organisation() -> None:
    doc = spacy.blank("en")("Ministry of Mines and Energy")
    doc.spans["kg_gazetteer"] = [Span(doc, 4, 5, label="Technology")]  # "Energy" as a technology: no actor
    assert [p.text for p in split_span(doc[0:5])] == ["Ministry of Mines and Energy"]
    doc.spans["kg_gazetteer"] = [Span(doc, 0, 3, label="Organization")]  # one word after "and": a field
    assert [p.text for p in split_span(doc[0:5])] == ["Ministry of Mines and Energy"]
    doc = spacy.blank("en")("Rio Tinto and Ivanhoe Mines")
    doc.spans["kg_gazetteer"] = [Span(doc, 0, 2, label="Organization")]
    assert [p.text for p in split_span(doc[0:5])] == ["Rio Tinto", "Ivanhoe Mines"]
    doc.spans["kg_gazetteer"] = [Span(doc, 3, 5, label="Organization")]
    assert [p.text for p in split_span(doc[0:5])] == ["Rio Tinto", "Ivanhoe Mines"]


# --- capitalised words with digits before a name (kg/nlp/name_edges.py alphanumeric_starts) ---

def test_a_word_with_digits_begins_the_name(nlp) -> None:
    found = names(nlp, "Swedish operator Hi3G Access said it would replace the equipment.")
    assert found.get("Hi3G Access") == "Organization" and "G Access" not in found
    found = names(nlp, "Shares of Sber24 Holdings and X5 Group rose.")
    assert found.get("Sber24 Holdings") == "Organization"


def test_a_quarter_begins_no_name(nlp) -> None:
    found = names(nlp, "In Q3 Zhipu AI doubled its revenue.")
    assert not any(label.startswith("Q3") for label in found)


# --- a firm's products named between its possessive and a common noun, and "-class" (kg/nlp/actors.py) ---

def test_a_firms_product_is_no_organisation(nlp) -> None:
    assert "Optimus" not in names(nlp, "Tesla's Optimus robot and Figure's humanoid were shown.")
    assert "CUDA" not in names(nlp, "Nvidia's CUDA software locks in customers.")
    assert "Akula" not in names(nlp, "The Akula-class submarine and the Kalibr missiles were shown.")


def test_a_firms_unit_stays_an_organisation(nlp) -> None:
    assert names(nlp, "Huawei's HiSilicon division designs chips.").get("HiSilicon") == "Organization"
    assert names(nlp, "Alibaba's Ant group and Tencent's WeBank unit were fined.").get("WeBank") == "Organization"


# --- people: abbreviated titles, "the chief executive of X, NAME" (kg/nlp/people.py, kg/nlp/descriptors.py) ---

def test_an_abbreviated_title_is_no_given_name(nlp) -> None:
    found = names(nlp, "Lt. Gen. Mohammed Al-Ghamdi and Brig. Gen. Tom Smith inspected the base.")
    assert found.get("Tom Smith") == "Person" and "Gen. Tom Smith" not in found


def test_initials_stay_in_the_name(nlp) -> None:
    found = names(nlp, "TSMC founder Morris Chang and chairman C.C. Wei spoke.")
    assert any(label.endswith("Wei") and t == "Person" for label, t in found.items())


def test_the_head_of_a_firm_named_after_a_comma_is_a_person(nlp) -> None:
    found = names(nlp, "The CEO of Naver, Choi Soo-yeon, said the company would invest.")
    assert found.get("Choi Soo-yeon") == "Person" and found.get("Naver") == "Organization"


def test_a_firm_described_after_a_role_of_stays_a_firm(nlp) -> None:
    found = names(nlp, "The deal was signed by Ana Quispe, president of the state mining company Minera Andina "
                       "del Sur, and by a Rosatom envoy.")
    assert found.get("Ana Quispe") == "Person"
    assert found.get("Minera Andina del Sur", "Organization") == "Organization"
    found = names(nlp, "\"It is a warning,\" said Tom Reyes, a co-founder of the Boston consultancy "
                       "Ridgeline Advisory.")
    assert found.get("Ridgeline Advisory") == "Organization"


# --- government bodies and leaders' governments (kg/nlp/governments.py, kg/nlp/actors.py) ---

def test_a_ministry_name_that_goes_on_past_ministry_keeps_its_words(nlp) -> None:
    found = names(nlp, "The U.S. Embassy in Jakarta and the Indonesian Coordinating Ministry for Maritime Affairs "
                       "and Investment met.")
    assert found.get("Indonesian Coordinating Ministry for Maritime Affairs and Investment") == "Organization"
    assert not any("Ministry of Coordinating" in label for label in found)


def test_a_portfolio_ministry_still_takes_its_country(nlp) -> None:
    found = names(nlp, "Mexico's economy ministry said the carmaker would build a plant in Nuevo Leon.")
    assert found.get("Ministry of Economy of Mexico") == "Organization"


def test_the_government_of_a_named_leader_names_a_person(nlp) -> None:
    found = names(nlp, "The Argentine government of Javier Milei welcomed the investment.")
    assert found.get("Javier Milei") == "Person" and found.get("Government of Argentina") == "Organization"
    assert names(nlp, "The government of National Unity signed the deal.").get("National Unity") != "Person"


# --- people the model missed: a surname read as a word, a role of "manager" (kg/nlp/descriptors.py) ---

def test_a_surname_read_as_a_pronoun_begins_a_described_name(nlp) -> None:
    found = names(nlp, "He Yadong, a spokesman for the commerce ministry, said Beijing opposed the move.")
    assert found.get("He Yadong") == "Person"
    assert names(nlp, "He said the plan was good, a spokesman added.") == {}


def test_a_manager_described_in_a_list_is_a_person(nlp) -> None:
    found = names(nlp, "- Kemal Arif Demirtas, a programme manager in its radar division.")
    assert found.get("Kemal Arif Demirtas") == "Person"


def test_an_asset_manager_stays_a_firm(nlp) -> None:
    assert names(nlp, "US asset manager Arrowpoint Capital bought the stake.").get("Arrowpoint Capital") == \
        "Organization"


# --- a long form defined by its short form in parentheses (kg/nlp/name_edges.py defined_long_forms) ---

def test_words_before_a_matching_short_form_name_the_organisation(nlp) -> None:
    doc = nlp("Emirates Global Aluminium (EGA) will build a smelter in Oklahoma. EGA said costs rose.")
    ents = {e.label: e for e in ext.entities(doc).values()}
    assert ents["Emirates Global Aluminium"].type == "Organization"
    assert "EGA" in ents["Emirates Global Aluminium"].aliases and "EGA" not in ents


def test_a_short_form_that_does_not_match_defines_nothing(nlp) -> None:
    found = names(nlp, "Officials at Northern Copper Ridge (XYZ) declined to comment.")
    assert "Northern Copper Ridge" not in found


def test_a_commodity_trader_described_after_a_comma_is_a_firm(nlp) -> None:
    found = names(nlp, "Kestrava, the Geneva-based commodity trader, sold zinc to a Belgian smelter.")
    assert found.get("Kestrava") == "Organization"
