"""Third round of entity rules (issue 12): people the model cut short or mistyped, organisations named by the
noun that describes them. Every sentence is written for these tests (none is taken from a gold file)."""

from __future__ import annotations


def found(nlp, text: str) -> dict[str, str]:
    """Canonical entity name -> type, for the text."""
    return {e.label: e.type for e in nlp(text)._.kg_entities.values()}


def test_a_person_after_a_title_beats_a_company_named_like_the_surname(nlp) -> None:
    ents = found(nlp, "Deputy minister Nezar Patria praised the plan.")
    assert ents.get("Nezar Patria") == "Person" and "Patria" not in ents


def test_a_founder_named_like_his_company_is_a_person(nlp) -> None:
    ents = found(nlp, "Neither the company nor its founder and chief executive, Eugene Kaspersky, was sanctioned.")
    assert ents.get("Eugene Kaspersky") == "Person"


def test_a_titled_person_hung_on_a_programme_noun_is_no_product(nlp) -> None:
    ents = found(nlp, "The talks went well for the IndiaAI Mission, close to the target, Electronics and IT Minister "
                      "Ashwini Vaishnaw said on Thursday. It falls under Vaishnaw's ministry.")
    assert ents.get("Ashwini Vaishnaw") == "Person" and "Vaishnaw" not in ents


def test_a_role_keeps_a_person_that_an_ambiguous_noun_would_make_a_firm(nlp) -> None:
    assert found(nlp, "Wu Weiran, chief designer of China's lunar exploration programme, spoke.").get("Wu Weiran") == \
        "Person"
    assert found(nlp, '"The rules only bite late," said Alex Haffner, a competition partner at the British law '
                      'firm Fladgate.').get("Alex Haffner") == "Person"


def test_a_given_name_left_out_by_the_model_joins_the_surname(nlp) -> None:
    ents = found(nlp, "He met Adolfo Urso, the minister of enterprises. Urso also spoke.")
    assert ents.get("Adolfo Urso") == "Person" and "Urso" not in ents


def test_a_name_before_who_is_a_person(nlp) -> None:
    ents = found(nlp, "The sanctions also hit Serhat Gençoğlu, who heads its air defence department.")
    assert ents.get("Serhat Gençoğlu") == "Person"


def test_an_ambassador_in_apposition_is_a_person(nlp) -> None:
    ents = found(nlp, "Planning Minister Ahsan Iqbal and Khalil Hashmi, Pakistan's ambassador to China, watched the "
                      "launch.")
    assert ents.get("Khalil Hashmi") == "Person"


def test_a_fellow_at_an_institute_is_a_person(nlp) -> None:
    ents = found(nlp, '"They learned a lot," said Heather Penney, a senior fellow at the Mitchell Institute for '
                      'Aerospace Studies.')
    assert ents.get("Heather Penney") == "Person"


def test_military_ranks_are_titles(nlp) -> None:
    ents = found(nlp, "Rear Admiral John Vann, commander of the Cyber Command, warned the ports.")
    assert ents.get("John Vann") == "Person" and "Rear Admiral" not in ents
