"""The r16pub4 fixes: parties listed in bullets below a listing, bullets labelled by country, measures adopted
against a state, legal forms of Turkish, Russian and Indonesian firms, short names of legal names, names of documents,
questions about reports in transcripts, bracketed countries, a possessive country and the gazetteer's, a speculation
that one person reports, transcript labels, later wire datelines and dated bylines. Sentences written for this test,
none from a gold file."""

from __future__ import annotations

import pytest

from kg.ingest.clean import clean_text, match_dateline
from kg.ingest.r15newsb import is_dated_credit
from kg.ingest.r16pub4 import later_agency_dateline, strip_transcript_labels
from rule_runs import evidence_rules as triples

EXPORT_LISTING = (
    "Today, the Department of Commerce's Bureau of Industry and Security (BIS) published a final rule adding five "
    "entities in China and Russia to the Entity List for diverting aircraft parts.\n"
    "\"We will not tolerate it,\" said the official.\n"
    "The entities added today are:\n"
    "- China: Hangzhou Redleaf International Trade Co., Ltd. (Hangzhou); Lumen Parts Co., Limited and Grey Heron "
    "Limited (both Hong Kong);\n"
    "- Russia: JSC Polyus Optika and Kamaz Avionika PLC (both Moscow).\n"
    "Lumen Parts, a subsidiary of Hangzhou Redleaf, shipped the gyroscopes to Kamaz Avionika.")

SANCTIONS_LISTING = (
    "Council of the EU\n"
    "The Council today adopted a new package of restrictive measures against Belarus.\n"
    "The Council decided to impose restrictive measures on an additional 9 individuals and 4 entities. Those listed "
    "include:\n"
    "- Minsk Wheel Tractor Plant OJSC, a heavy vehicle maker, and its director general, Pavel Sidorenko;\n"
    "- Integral Holding, a chipmaker controlled by the conglomerate Belneftekhim;\n"
    "- two entities in third countries that supplied machine tools to Belarus's arms industry: Ningbo Cedar Machinery "
    "Co., Ltd (China) and Steppe Components LLP (Kazakhstan).")

FOUND = [
    # parties listed in bullets below the sentence that adds them to the Entity List: sanctions and export curbs
    (EXPORT_LISTING,
     [("bureau-of-industry-and-security", "sanctions", "grey-heron"),
      ("bureau-of-industry-and-security", "restrictsExportsTo", "kamaz-avionika"),
      ("bureau-of-industry-and-security", "sanctions", "hangzhou-redleaf-international-trade"),
      # a bullet labelled by country: each organisation after the label is based there
      ("lumen-parts", "basedIn", "china"), ("polyus-optika", "basedIn", "russia"),
      # the short name of a legal name, which the model takes for a person, is the company
      ("lumen-parts", "partOf", "hangzhou-redleaf-international-trade")]),
    # parties listed after "imposed restrictive measures on ...": persons too, not the owner of one of them
    (SANCTIONS_LISTING,
     [("council-of-the-european-union", "sanctions", "pavel-sidorenko"),
      ("council-of-the-european-union", "sanctions", "integral"),
      ("council-of-the-european-union", "sanctions", "steppe-components-llp"),
      ("council-of-the-european-union", "sanctions", "belarus")]),
    # a package of sanctions adopted against a state
    ("The European Union today adopted a new package of sanctions against Belarus.",
     [("european-union", "sanctions", "belarus")]),
    # a deputy's title of a department, with its portfolio after "for": the person works for the department
    ('The State Department acted on Monday. "We will act," said Assistant Secretary of State for East Asian and '
     'Pacific Affairs Dana Whitfield.', [("dana-whitfield", "worksFor", "united-states-department-of-state")]),
    # a licence required to export to a state
    ("Since March 2023, the Commerce Department has required a license to export such parts to Iran.",
     [("united-states-department-of-commerce", "restrictsExportsTo", "iran")]),
]

NOT_FOUND = [
    # the owner named in a listed party's description is not listed
    (SANCTIONS_LISTING, ("council-of-the-european-union", "sanctions", "belneftekhim")),
    # a country in brackets after a listed company is where it is, not a supplier
    (SANCTIONS_LISTING, ("kazakhstan", "suppliesTo", "belarus")),
    # a measure not adopted
    ("The EU did not adopt sanctions against Serbia.", ("european-union", "sanctions", "serbia")),
    # a possibility that one unnamed person reports
    ("Pertamina may eventually ship surplus diesel to PetroVietnam, one person briefed on the plan said, declining "
     "to be identified.", ("pertamina", "suppliesTo", "petrovietnam")),
    ("Under the plan Telkom might one day sell satellite bandwidth to True Corp, one person close to the talks said.",
     ("telkom", "suppliesTo", "true-corp")),
    # a country's possessive before a list of firms does not reach a foreign firm the gazetteer knows
    ("Malaysia's Khazanah, Nvidia and YTL agreed to build a data centre.", ("nvidia", "basedIn", "malaysia")),
    # a question about a report in a transcript: its premise states no event
    ("Reports say Toyota will sign an agreement with Malaysia's Proton during the visit. Can you confirm?\n"
     "I'm not aware of that.", ("proton", "agreementWith", "toyota")),
    ("A report alleged that Autel has supplied components to Iran. Any comment?\nNo comment.",
     ("autel", "suppliesTo", "iran")),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_release_forms_give_their_relations(nlp, text: str, expected: list[tuple[str, str, str]]) -> None:
    """Each construction gives its relations (e.g. a bullet ``- China: A Co., Ltd.`` gives ``A basedIn China``)."""
    found = triples(nlp, text)
    for triple in expected:
        assert triple in found, (triple, sorted(found))


@pytest.mark.parametrize("text,triple", NOT_FOUND)
def test_unlisted_or_unconfirmed_forms_give_nothing(nlp, text: str, triple: tuple[str, str, str]) -> None:
    """What a release does not state gives nothing (e.g. ``The EU did not adopt sanctions against Serbia``)."""
    assert triple not in triples(nlp, text)


def test_legal_forms_close_names(nlp) -> None:
    """Turkish, Russian and Indonesian legal forms close a company's name (``... Sanayi ve Ticaret A.S.``)."""
    doc = nlp("The ministry named Kartal Elektronik Ticaret A.Ş., Beyaz Kule Dis Ticaret Ltd. Sti. and Anatolia "
              "Makine Sanayi ve Ticaret A.S. as suppliers, with Ural Wagon Concern JSC and Sinar Permata Tbk.")
    orgs = {e.text for e in doc.ents if e.label_ == "Organization"}
    assert {"Kartal Elektronik Ticaret A.Ş.", "Anatolia Makine Sanayi ve Ticaret A.S.", "Ural Wagon Concern JSC",
            "Sinar Permata Tbk"} <= orgs, orgs
    assert any(o.startswith("Beyaz Kule Dis Ticaret Ltd. Sti") for o in orgs), orgs


def test_documents_and_rules_are_no_actors(nlp) -> None:
    """A report's or a rule's title is no organisation, nor are its initials (``Export Administration
    Regulations (EAR)``)."""
    doc = nlp("Vantor Rail Financial Report for the First Quarter\n\nItems subject to the Export Administration "
              "Regulations (EAR) need a license, Vantor Rail said.")
    names = {e.text for e in doc.ents}
    assert not names & {"Vantor Rail Financial Report", "Export Administration Regulations", "EAR"}, names


def test_transcript_labels_and_later_datelines_are_furniture() -> None:
    """Speaker and questioner labels of a transcript, an agency dateline below the bullets, a dated byline."""
    lines = ["Kyodo: Will the minister visit?", "Wang Yi: Yes.", "AFP: And the deal?", "Wang Yi: It is signed."]
    assert strip_transcript_labels(lines) == ["Will the minister visit?", "Yes.", "And the deal?", "It is signed."]
    assert strip_transcript_labels(["Note: Acme signed.", "Beta: it did."]) == ["Note: Acme signed.", "Beta: it did."]
    found = later_agency_dateline(["UPDATE 2-Acme wins", "* Deal worth $1 bln", "(Adds quote)",
                                   "QUITO, May 2 (Reuters) - Acme won the tender."], match_dateline)
    assert found[0] == "QUITO, May 2 (Reuters)"
    assert is_dated_credit("Lena Ortiz and Tomas Berg | June 9, 2025")
    assert is_dated_credit("Ana Ruiz, Senior Editor, Asia | 6/9/2025")
    assert not is_dated_credit("Acme signed a deal with Beta. | June 9, 2025")
    text = clean_text("Acme to build plant\n* Plant worth $1 bln\n\nQUITO, May 2 (Reuters) - Acme will build a plant "
                      "in Ecuador.").text
    assert "Reuters" not in text and "Acme will build a plant in Ecuador." in text
    generic = ["Q: Why?", "A: No.", "Q: When?", "A: Soon."]
    assert strip_transcript_labels(generic) == generic


def test_shell_companies_are_no_mention_of_shell(nlp) -> None:
    """``Shell companies`` and ``a shell firm`` are a kind of company, not Shell; Shell itself stays."""
    doc = nlp("Shell companies and front firms will not shield anyone, the official said. The men hid behind a "
              "shell firm in Dubai.")
    assert not any(e.text.lower() == "shell" for e in doc.ents), [e.text for e in doc.ents]
    doc = nlp("Shell sold fuel to Kenya Power.")
    assert any(e.text == "Shell" for e in doc.ents)


def test_known_firm_with_its_country_in_its_own_language_is_its_unit(nlp) -> None:
    """``Telefónica Deutschland`` is one organisation, the unit in Germany, not Telefónica and a dropped word."""
    found = triples(nlp, "Telefónica Deutschland signed a roaming deal with Nokia on Tuesday.")
    assert ("telefonica-deutschland", "basedIn", "germany") in found, sorted(found)
