"""References back across sentences (kg/nlp/relations/xsent2.py, DocContext.recent_org): salience of the sentence
before's subject, groups described by a plural noun or counted and spelled out, ``it`` for a bloc. Every sentence
here is written for the test."""

from __future__ import annotations

import pytest

from kg.nlp.extensions import relations
from kg.nlp.relations import carry_references, resolve_pair_descriptions, resolve_plural_pronouns
from kg.nlp.relations.context import DocContext
from kg.nlp.relations.xsent2 import (prefer_previous_subject, resolve_bare_pairs, resolve_spelled_out_groups,
                                     resolve_subject_groups)


@pytest.fixture(scope="module")
def nlp():
    from kg.nlp.pipeline import build_nlp

    return build_nlp(relation_model=False)


def triples(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in relations(nlp(text))}


def context(nlp, text: str) -> tuple:
    """The document and its reference reading as the relation step has it before the rules run."""
    doc = nlp(text)
    rel = nlp.get_pipe("kg_relations")
    ctx = DocContext(doc, rel.lexicon, rel.leaders, rel.parents)
    resolve_plural_pronouns(doc, ctx)
    carry_references(doc, ctx)
    resolve_pair_descriptions(doc, ctx)
    prefer_previous_subject(doc, ctx)
    resolve_subject_groups(doc, ctx)
    resolve_spelled_out_groups(doc, ctx)
    resolve_bare_pairs(doc, ctx)
    return doc, ctx


def ref_of(doc, ctx, word: str, nth: int = 0) -> list[str]:
    toks = [t for t in doc if t.text == word]
    return ctx.refs.get(toks[nth].i, [])


# -- salience: a description opening a sentence continues the subject of the sentence before --------------------

def test_company_is_the_previous_subject_not_the_last_name(nlp):
    text = "Vodafone signed a deal with Nokia in March. The company will buy radio equipment from Ericsson."
    assert ("ericsson", "suppliesTo", "vodafone") in triples(nlp, text)
    assert ("ericsson", "suppliesTo", "nokia") not in triples(nlp, text)


def test_name_before_the_description_in_its_sentence_keeps_the_linker_answer(nlp):
    # "Nokia said the company …": the name in its own sentence is read by the reference step, not moved
    doc, ctx = context(nlp, "Vodafone signed a deal with Nokia in March. Nokia said the company would buy masts "
                            "from Ericsson.")
    assert ref_of(doc, ctx, "company") != ["vodafone"]


def test_object_description_is_not_moved(nlp):
    # only a subject continues the subject before: "... lobbied for the company" keeps the linker's answer
    doc, ctx = context(nlp, "Vodafone signed a deal with Nokia in March. Regulators later lobbied for the company "
                            "in Brussels.")
    assert ref_of(doc, ctx, "company") != ["vodafone"]


def test_country_description_moves_to_the_subject_country(nlp):
    doc, ctx = context(nlp, "Latvia has become the newest member of the Minerals Security Partnership, the "
                            "US-led club of producer nations. The Baltic state was welcomed at a meeting in Toronto.")
    assert ref_of(doc, ctx, "state") == ["latvia"]


def test_person_pronoun_moves_to_the_subject_person(nlp):
    doc, ctx = context(nlp, "Olaf Scholz held talks with Fumio Kishida in Berlin on Monday. On Tuesday he flew to "
                            "Paris to meet Emmanuel Macron.")
    assert ref_of(doc, ctx, "he") == ["olaf-scholz"]


def test_the_one_acted_on_keeps_the_reference(nlp):
    # "Vodafone sued Nokia. The company said it would appeal": the one sued answers, not the subject
    doc, ctx = context(nlp, "Vodafone sued Nokia in a London court in March. The company said it would appeal the "
                            "ruling.")
    assert ref_of(doc, ctx, "company") != ["vodafone"]


def test_description_naming_another_country_is_not_moved(nlp):
    # "the Finnish company" cannot be Vodafone, the British subject before
    doc, ctx = context(nlp, "Vodafone signed a deal with Nokia in March. The Finnish company will buy chips from "
                            "Intel.")
    assert ref_of(doc, ctx, "company") != ["vodafone"]


# -- a plural description as subject: the group that was the subject before --------------------------------------

def test_the_companies_are_the_subject_group_before(nlp):
    text = ("Ericsson and Nokia signed deals with Bharti Airtel. The companies will supply 5G equipment to "
            "Vodafone Idea.")
    found = triples(nlp, text)
    assert ("ericsson", "suppliesTo", "vodafone-idea") in found
    assert ("nokia", "suppliesTo", "vodafone-idea") in found
    assert ("bharti-airtel", "suppliesTo", "vodafone-idea") not in found


def test_the_partners_skip_a_country_named_after_the_group(nlp):
    doc, ctx = context(nlp, "Ericsson and Nokia won contracts in India. The partners will supply 5G equipment to "
                            "Bharti Airtel.")
    assert sorted(ref_of(doc, ctx, "partners")) == ["ericsson", "nokia"]


def test_a_count_that_does_not_match_resolves_nothing(nlp):
    doc, ctx = context(nlp, "Ericsson and Nokia won contracts in India. The three partners will supply 5G "
                            "equipment to Bharti Airtel.")
    assert ref_of(doc, ctx, "partners") == []


def test_a_modified_plural_is_a_new_group(nlp):
    # "the Chinese companies" names a group of its own (read by the rules as China), not Ericsson and Nokia
    doc, ctx = context(nlp, "Ericsson and Nokia won contracts in India. The Chinese companies will supply 5G "
                            "equipment to Bharti Airtel.")
    assert sorted(ref_of(doc, ctx, "companies")) != ["ericsson", "nokia"]


def test_a_plural_object_is_left_alone(nlp):
    doc, ctx = context(nlp, "Ericsson and Nokia won contracts in India. Bharti Airtel praised the partners on "
                            "Friday.")
    assert sorted(ref_of(doc, ctx, "partners")) != ["ericsson", "nokia"]


# -- it/its after a bloc or an international organisation that was the subject -----------------------------------

def test_it_after_a_bloc_subject(nlp):
    doc, ctx = context(nlp, "The European Union signed a raw-materials pact with Chile on Tuesday. It also "
                            "agreed to fund a refinery near Antofagasta.")
    it = [t for t in doc if t.text == "It"][0]
    assert ctx.recent_org(it) == ["european-union"]


def test_it_after_a_bloc_subject_beats_a_company_named_after_it(nlp):
    # the bloc is the subject before: "it" is the bloc, not the company named last
    doc, ctx = context(nlp, "The European Union signed a raw-materials pact with Codelco on Tuesday. It also "
                            "agreed to fund a refinery near Antofagasta.")
    it = [t for t in doc if t.text == "It"][0]
    assert ctx.recent_org(it) == ["european-union"]


def test_it_after_a_state_that_was_a_reported_subject_only(nlp):
    # "Huawei said China would …": China is the subject of the reported clause, not of the sentence
    doc, ctx = context(nlp, "Huawei said China would block the deal. It also said it would sue Ericsson.")
    it = [t for t in doc if t.text == "It"][0]
    assert ctx.recent_org(it) == ["huawei"]


# -- a counted group spelled out in the next sentence ------------------------------------------------------------

def test_counted_group_spelled_out_by_a_repeating_subject(nlp):
    text = ("The Treasury sanctioned four Chinese firms on Monday. The four firms are Sinno Electronics, Hong Kong "
            "Lion Tech, Jiangsu Huaxin and Tianjin Keyvia.")
    doc, ctx = context(nlp, text)
    firms = [t for t in doc if t.text == "firms"][0]
    named = ctx.refs.get(firms.i, [])
    assert len(named) == 4
    based = {s for s, p, o in triples(nlp, text) if p == "basedIn" and o == "china"}
    assert based >= set(named)


def test_counted_group_spelled_out_by_they(nlp):
    doc, ctx = context(nlp, "The Treasury sanctioned three Chinese firms on Monday. They are Sinno Electronics, "
                            "Jiangsu Huaxin and Tianjin Keyvia.")
    firms = [t for t in doc if t.text == "firms"][0]
    assert len(ctx.refs.get(firms.i, [])) == 3


def test_a_partial_list_does_not_spell_out_the_group(nlp):
    # two names for four firms: "include" gives examples, not the group
    doc, ctx = context(nlp, "The Treasury sanctioned four Chinese firms on Monday. They include Sinno Electronics "
                            "and Tianjin Keyvia.")
    firms = [t for t in doc if t.text == "firms"][0]
    assert firms.i not in ctx.refs


def test_a_different_count_does_not_spell_out_the_group(nlp):
    doc, ctx = context(nlp, "The Treasury sanctioned four Chinese firms on Monday. The three firms are Sinno "
                            "Electronics, Jiangsu Huaxin and Tianjin Keyvia.")
    firms = [t for t in doc if t.text == "firms"][0]
    assert firms.i not in ctx.refs


# -- a bare "the two" within its own sentence ---------------------------------------------------------------------

def test_bare_two_is_the_subject_and_the_other_name(nlp):
    doc, ctx = context(nlp, "Apple pairs its own models with OpenAI's chatbot under an agreement the two signed last "
                            "year.")
    assert sorted(ref_of(doc, ctx, "two")) == ["apple", "openai"]


def test_bare_two_with_two_other_names_is_left_open(nlp):
    # TSMC and Samsung, or Apple and one of them? More than one other name: no reading
    doc, ctx = context(nlp, "Apple buys chips from TSMC and Samsung, and the two compete for its orders.")
    assert sorted(ref_of(doc, ctx, "two")) != ["apple", "tsmc"]
    assert len(ref_of(doc, ctx, "two")) != 2 or "apple" not in ref_of(doc, ctx, "two")


def test_its_after_a_bloc_subject_in_its_own_sentence(nlp):
    doc, ctx = context(nlp, "ASEAN said its members would buy drones from Baykar.")
    its = [t for t in doc if t.text == "its"][0]
    assert ctx.recent_org(its) == ["asean"]
