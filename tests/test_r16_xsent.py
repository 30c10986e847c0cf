"""Reading across sentences, round 16 (``kg/nlp/relations/r16xsent.py``): a reported ``it`` rules its own clause's
descriptions off its reporter; a company word opening a sentence prefers the sentence before's subject also for
companies the gazetteer does not know; an ``its`` takes the organisation the ``its`` of the sentence before meant.
Sentences written for this test, none from a gold file."""

from __future__ import annotations

import doctest

import pytest

from kg.nlp.relations import r16xsent
from rule_runs import evidence_rules as triples


def test_doctests():
    """The module's examples hold."""
    assert doctest.testmod(r16xsent).failed == 0


REPORTED = [
    # "it" is Brightline, who said it: "the Norwegian firm" is the other company
    ("Nexora Technology makes memory chips in Norway. On Monday Brightline Systems said it would invest $50 million "
     "in the Norwegian firm.",
     [("brightline-systems", "investsIn", "nexora-technology"), ("nexora-technology", "basedIn", "norway")],
     [("brightline-systems", "basedIn", "norway")]),
    ("Kestrel Robotics builds warehouse robots. Halvard Capital said on Tuesday that it had bought a 20% stake in the "
     "company.",
     [("halvard-capital", "investsIn", "kestrel-robotics")], []),
]

SUBJECT = [
    # the sentence before's subject, not the partner named last, though neither company is in the gazetteer
    ("Kestrel Motors signed a deal with Volta Energy on Monday. The carmaker will buy batteries from the Swedish "
     "company Northcell.",
     [("northcell", "suppliesTo", "kestrel-motors")], [("northcell", "suppliesTo", "volta-energy")]),
]

KEPT = [
    # a name before it in its own sentence: the linker's reading stands
    ("Kestrel Motors signed a deal with Volta Energy on Monday. Volta Energy said the company would supply "
     "batteries to Ardent Mobility.",
     [("volta-energy", "suppliesTo", "ardent-mobility")], [("kestrel-motors", "suppliesTo", "ardent-mobility")]),
    # "the fund" is no company word: a subtype must be known to move it
    ("Halvard Capital signed a deal with Volta Energy on Monday. The fund will invest $40 million in Kestrel "
     "Robotics.", [], [("volta-energy", "investsIn", "kestrel-robotics")]),
]

CHAINED = [
    # a list of officials after a colon: each "its" is the "its" of the line before, the agency
    ("Travel bans were also imposed on three officials of the Marlow Procurement Agency:\n"
     "- Anna Ruiz, the agency's director;\n- Tomas Vidal, its deputy director;\n"
     "- Pablo Serra, who heads its naval systems department.",
     [("pablo-serra", "worksFor", "marlow-procurement-agency"),
      ("tomas-vidal", "worksFor", "marlow-procurement-agency")], []),
]


def _check(nlp, text, present, absent):
    found = triples(nlp, text)
    for triple in present:
        assert triple in found, (triple, sorted(found))
    for triple in absent:
        assert triple not in found, (triple, sorted(found))


@pytest.mark.parametrize("text,present,absent", REPORTED)
def test_reported_it_rules_out_its_reporter(nlp, text, present, absent):
    """``X said it would invest in the firm``: the firm is not X."""
    _check(nlp, text, present, absent)


@pytest.mark.parametrize("text,present,absent", SUBJECT)
def test_company_word_prefers_the_subject_before(nlp, text, present, absent):
    """``A signed a deal with B. The carmaker will …``: A, for companies of unknown subtype too."""
    _check(nlp, text, present, absent)


@pytest.mark.parametrize("text,present,absent", KEPT)
def test_linker_reading_kept(nlp, text, present, absent):
    """A name before the description in its sentence, or a word that is no company word: nothing moves."""
    _check(nlp, text, present, absent)


@pytest.mark.parametrize("text,present,absent", CHAINED)
def test_its_chained_across_list_lines(nlp, text, present, absent):
    """``- B, its deputy; - C, who heads its unit``: C's ``its`` is B's."""
    _check(nlp, text, present, absent)


NAMED_PAIRS = [
    # "the two Wuxi Hengda companies": the two whose names hold the words, not the last two named
    ("The list names Wuxi Hengda Optics; Wuxi Hengda Metals; and Brightwave Technology. The two Wuxi Hengda "
     "companies supply parts to Kestrel Robotics.",
     [("wuxi-hengda-optics", "suppliesTo", "kestrel-robotics"),
      ("wuxi-hengda-metals", "suppliesTo", "kestrel-robotics")],
     [("brightwave-technology", "suppliesTo", "kestrel-robotics")]),
]


@pytest.mark.parametrize("text,present,absent", NAMED_PAIRS)
def test_plural_description_with_name_words(nlp, text, present, absent):
    """``the two X Y companies``: the two named companies whose names hold ``X Y``."""
    _check(nlp, text, present, absent)


def test_name_words_need_the_right_number():
    """Words that fit one name only (or three) give no pair: nobody rather than the wrong two."""
    from kg.nlp.mentions import Mention
    from kg.nlp.r16xsent import named_group
    from kg.records import Entity

    ents = {i: Entity(id=i, label=label, type="Organization") for i, label in
            (("a", "Wuxi Hengda Optics"), ("b", "Brightwave Technology"), ("c", "Kestrel Robotics"))}
    mentions = [Mention(start=k, end=k + 1, entity_id=i, label="ORG", kind="ner", text=i) for k, i in enumerate("abc")]
    assert named_group(mentions, ents, 10, ["wuxi", "hengda"], 2) == []
    ents["c"] = Entity(id="c", label="Wuxi Hengda Metals", type="Organization")
    assert named_group(mentions, ents, 10, ["wuxi", "hengda"], 2) == ["a", "c"]


def test_entity_side_doctests():
    """The entity-side module's examples hold."""
    from kg.nlp import r16xsent as entity_side

    assert doctest.testmod(entity_side).failed == 0


TOWN_OF_A_FIRM = [
    # Santa Clara is a town of Cuba and of California: the firm named before is American, so is the place
    ("Nvidia makes chips. Indosat runs networks. Under a memorandum signed with the government in 2022, the Santa "
     "Clara-based company pledged to train 20,000 students in AI.",
     "nvidia", "indosat-ooredoo-hutchison"),
]


@pytest.mark.parametrize("text,meant,not_meant", TOWN_OF_A_FIRM)
def test_town_of_several_countries_takes_a_named_firms_country(nlp, text, meant, not_meant):
    """``the Santa Clara-based company``: the firm of the country the town can be in."""
    doc = nlp(text)
    from kg.nlp import extensions

    readings = [ids for i, ids in extensions.refs(doc).items() if doc[i].lower_ == "company"]
    assert readings == [[meant]], readings


COUNTED = [
    # "two small Swedish firms" brings in new firms: not the two named before (no basedIn for them)
    ("Kestrel Motors and Volta Energy signed a supply deal last year. In May the regulator fined two small Swedish "
     "firms for breaking the rules.",
     [], [("kestrel-motors", "basedIn", "sweden"), ("volta-energy", "basedIn", "sweden")]),
    # a count set beside the names describes them
    ("Prosecutors said the money went to Kestrel Motors and Volta Energy, two Swedish firms that the regulator had "
     "fined in May.",
     [("kestrel-motors", "basedIn", "sweden"), ("volta-energy", "basedIn", "sweden")], []),
]


@pytest.mark.parametrize("text,present,absent", COUNTED)
def test_indefinite_count_is_no_reference(nlp, text, present, absent):
    """``added two Chinese banks``: new ones; ``A and B, two Chinese banks``: A and B."""
    _check(nlp, text, present, absent)


SETTING = [
    # the clause is set in Kerala: "the country" is India, though Singapore was named last
    ("India's telecoms regulator fined Apple over apps made by Singapore-based Bigo. In the southern state of Kerala, "
     "officials have told the country's two largest mobile operators to restore service.", "india"),
    # a country named before it in its own sentence: the place does not decide
    ("Kenya signed a rail deal with China. In Shanghai, Kenya's president said the country would buy more trains.",
     "kenya"),
]


@pytest.mark.parametrize("text,meant", SETTING)
def test_the_country_of_the_clauses_setting(nlp, text, meant):
    """``In the state of Kerala, … the country's operators``: India."""
    from kg.nlp import extensions

    doc = nlp(text)
    readings = [ids for i, ids in extensions.refs(doc).items() if doc[i].lower_ == "country"]
    assert readings == [[meant]], readings
