"""Names coordinated after a description (round 13, the lead's): ``A, the X maker, and B, the Y firm, agreed``.
A description in apposition describes the name right before it, whatever head the parser gave it; a name the
parser hangs on the description of the name before is that name's conjunct; "A, the group, and B signed" has two
subjects. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from kg.nlp.extensions import relations


def triples(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in relations(nlp(text))}


@pytest.mark.parametrize("text, right, wrong", [
    ("Nokia, the Finnish equipment maker, and Ericsson, its Swedish rival, agreed to cooperate on 6G research.",
     {("nokia", "basedIn", "finland"), ("ericsson", "basedIn", "sweden")}, ("ericsson", "basedIn", "finland")),
    ("Samsung, the South Korean chipmaker, and TSMC, the Taiwanese foundry, signed a supply agreement with Nvidia.",
     {("tsmc", "basedIn", "taiwan"), ("samsung-electronics", "basedIn", "south-korea")},
     ("samsung-electronics", "basedIn", "taiwan")),
    ("Siemens, the German engineering company, and Hitachi signed a memorandum on hydrogen.",
     {("siemens", "basedIn", "germany")}, ("hitachi", "basedIn", "germany")),
])
def test_a_description_after_a_name_is_that_names(nlp, text, right, wrong):
    found = triples(nlp, text)
    assert right <= found
    assert wrong not in found


def test_a_name_after_a_description_is_a_conjunct_of_the_name_before(nlp):
    found = triples(nlp, "Samsung, the South Korean chipmaker, and TSMC, the Taiwanese foundry, signed a supply "
                         "agreement with Nvidia.")
    assert {("nvidia", "agreementWith", "samsung-electronics"), ("nvidia", "agreementWith", "tsmc")} <= found


def test_jointly_with_a_name_after_a_description(nlp):
    found = triples(nlp, "Rosatom, Russia's state nuclear company, and CNNC, its Chinese counterpart, will jointly "
                         "build reactors in Egypt.")
    assert ("cnnc", "cooperatesWith", "rosatom") in found or ("rosatom", "cooperatesWith", "cnnc") in found
    assert ("cnnc", "basedIn", "russia") not in found


def test_two_subjects_split_by_a_description(nlp):
    found = triples(nlp, "Siemens, the German engineering company, and Hitachi signed a memorandum on hydrogen.")
    assert ("hitachi", "agreementWith", "siemens") in found or ("siemens", "agreementWith", "hitachi") in found


def test_a_plural_description_still_stands_for_both(nlp):
    found = triples(nlp, "Huawei and ZTE, the two Chinese telecom giants, opened labs in Serbia.")
    assert {("huawei", "basedIn", "china"), ("zte", "basedIn", "china")} <= found


@pytest.mark.parametrize("text, kept", [
    ("Nexperia says it is no longer controlled by Wingtech.", False),
    ("Nexperia denied being controlled by Wingtech.", False),
    ("Nexperia, which is controlled by Wingtech, makes chips in the Netherlands.", True),
])
def test_a_known_parent_tie_the_text_denies_is_no_part(nlp, text, kept):
    assert (("nexperia", "partOf", "wingtech") in triples(nlp, text)) is kept


@pytest.mark.parametrize("text, actor, field", [
    ("Tencent is competing with ByteDance in chatbots.", "tencent", "artificial-intelligence"),
    ("Huawei will cooperate with Telkomsel in 5G.", "huawei", "5g"),
])
def test_dealing_in_a_field_gives_the_model_no_focus(nlp, text, actor, field):
    found = {(r.subject, r.predicate, r.object): r.evidence[0].rule for r in relations(nlp(text))}
    assert not any(key[1] == "focusesOn" and rule.startswith("model:") for key, rule in found.items()), found
