"""Entities on unseen news (issue 12, round 13): names told from titles, places, events and exchanges by the words
around them (kg/nlp/r13ents.py, word lists ``r13ents_*`` in data/lexicon/org_name_words.json). Every sentence is
written for its construction, none taken from a gold file; the negatives show what each rule must leave alone."""

from __future__ import annotations

import pytest

from kg.nlp import extensions as ext


def types(nlp, text: str) -> dict[str, str]:
    """Entity label -> type."""
    return {e.label: e.type for e in ext.entities(nlp(text)).values()}


NOT_ENTITIES = [
    # a title word the model took into a person's name
    ("Microsoft will spend more on data centres, Vice Chair Tomas Brandt wrote in a blog post.", "Chair Tomas Brandt"),
    # a town used as a place, where the model labelled only its second word
    ("Singapore-based Meridian Data opened a campus in Johor Bahru last year.", "Johor Bahru"),
    # the exchange where shares trade
    ("Shares of the Nasdaq-listed chipmaker fell 4% on Tuesday.", "Nasdaq"),
    # a name cut from a product's model code
    ("Germany delivered IRIS-T air defence systems made by Diehl Defence.", "IRIS"),
    # a company's one-word name before a noun of places
    ("The company will build a transmission line across the Amazon region next year.", "Amazon"),
    # a name that qualifies an event's noun
    ("Executives spoke at the Veltrix Connect conference in Shanghai on Friday.", "Veltrix Connect"),
]


@pytest.mark.parametrize("text,name", NOT_ENTITIES)
def test_no_entity(nlp, text, name):
    assert name not in types(nlp, text)


KEPT = [
    # a person after a title keeps the name
    ("Microsoft will spend more on data centres, Vice Chair Tomas Brandt wrote in a blog post.", "Tomas Brandt",
     "Person"),
    ("Officials met Science Minister Arjun Mehta in Delhi.", "Arjun Mehta", "Person"),
    # a firm's name before a title stays a firm
    ("Huawei Chairman Liang Wei told reporters that sales rose.", "Huawei", "Organization"),
    # a town's name that is an operator's, after a country's possessive
    ("Its members include Microsoft, France's Orange and India's Bharti Airtel.", "Orange", "Organization"),
    # a person's name the model cut before a particle of the name
    ("Saudi Energy Minister Prince Faisal bin Salman said the kingdom would keep output steady.",
     "Faisal bin Salman", "Person"),
    # a name in apposition to a word of kinship or succession is a person's, whatever label the model gave
    ("Her predecessor, Joko Widodo, courted foreign investment in smelters.", "Joko Widodo", "Person"),
    ("The president and his brother Tahnoon also attended the ceremony.", "Tahnoon", "Person"),
    # a hyphenated firm's name stays whole, and a firm before an ordinary noun stays
    ("The jets use Rolls-Royce engines, and Amazon said it would invest more.", "Amazon", "Organization"),
    # a firm listed on an exchange stays
    ("The Nasdaq-listed Nvidia fell 2% on Tuesday.", "Nvidia", "Organization"),
]


@pytest.mark.parametrize("text,name,kind", KEPT)
def test_kept(nlp, text, name, kind):
    assert types(nlp, text).get(name) == kind


def test_role_words_are_no_person():
    """A person's name the model ends in a title is none; titles before a name leave it (pure function)."""
    import spacy

    from kg.nlp.mentions import Mention
    from kg.nlp.r13ents import role_trimmed_people

    doc = spacy.blank("en")("Hart met Science Minister Arjun Mehta and Acting Chair Lena Voss")
    ms = [Mention(2, 4, "a", "Person", "ner", "Science Minister"),
          Mention(4, 6, "b", "Person", "ner", "Arjun Mehta"),
          Mention(7, 11, "c", "Person", "ner", "Acting Chair Lena Voss"),
          Mention(0, 1, "d", "Organization", "ner", "Hart")]
    out = role_trimmed_people(doc, ms, {"minister", "chair"}, {"acting"})
    assert [m.text for m in out] == ["Arjun Mehta", "Lena Voss", "Hart"]


def labels(nlp, text: str) -> list[str]:
    return sorted(e.label for e in ext.entities(nlp(text)).values())


def test_country_word_before_a_known_name(nlp):
    """A country's word before a known organisation's whole name names that organisation: one entity, not two."""
    got = labels(nlp, "The US National Aeronautics and Space Administration will fly the probe, NASA said on Monday.")
    assert "NASA" in got and not any(label.startswith("US National") for label in got)


def test_country_word_before_another_country_s_body_stays_apart(nlp):
    """Not when the known organisation is of another country (no link across countries)."""
    from kg.nlp.kb import Entry, KnowledgeBase
    from kg.nlp.mentions import Mention
    from kg.nlp.r13ents import country_prefixed_names
    import spacy

    kb = KnowledgeBase([Entry("fr", "France", "Country", demonyms=["French"]), Entry("de", "Germany", "Country"),
                        Entry("agency", "Space Agency", "Organization", country="de")])
    doc = spacy.blank("en")("the French Space Agency said")
    m = Mention(1, 4, "x", "Organization", "ner", "French Space Agency")
    assert country_prefixed_names(doc, [m], kb.lookup)[0].entity_id == "x"


def test_known_as(nlp):
    """``A, known as B``: B is a name of A, whatever the model called it."""
    ents = ext.entities(nlp("Her predecessor, Joko Widodo, known as Jokowi, courted foreign investment."))
    person = [e for e in ents.values() if e.label == "Joko Widodo"]
    assert person and person[0].type == "Person" and "Jokowi" in person[0].aliases
    assert "Jokowi" not in {e.label for e in ents.values()}


PEOPLE_BY_USAGE = [
    # a surname after "Mr" elsewhere in the text
    ("Bahlil Lahadalia announced the deal on Monday. Mr Lahadalia said smelters would follow.", "Lahadalia"),
    # the subject of a saying about "he"
    ("Jokowi Widodo signed the decree. Widodo told reporters he was pleased.", "Joko Widodo"),
]


@pytest.mark.parametrize("text,name", PEOPLE_BY_USAGE)
def test_people_by_usage(nlp, text, name):
    got = types(nlp, text)
    assert any(label.endswith(name) or name.endswith(label) for label, kind in got.items() if kind == "Person"), got
    assert not any(name in label for label, kind in got.items() if kind == "Organization")


def test_firm_saying_it_stays_a_firm(nlp):
    assert types(nlp, "Huawei said it would appeal. Huawei told reporters it was pleased.").get("Huawei") == \
        "Organization"


def test_portfolio_names_the_ministry_the_text_speaks_of(nlp):
    """``Communication and Informatics Minister X`` and later ``the ministry``: the ministry is an entity."""
    text = ("The Indonesian cabinet approved the plan, Communication and Informatics Minister Ari Wibowo said. "
            "The ministry will oversee the rollout.")
    assert types(nlp, text).get("Ministry of Communication and Informatics of Indonesia") == "Organization"


def test_portfolio_alone_names_no_ministry(nlp):
    """Without ``the ministry`` later, a minister's portfolio stays a title (the minister works for the country)."""
    text = "The Indonesian cabinet approved the plan, Communication and Informatics Minister Ari Wibowo said."
    assert not any(label.startswith("Ministry") for label in types(nlp, text))
