"""Furniture of published articles (kg/ingest/wire.py): captions, stamps, credits, service lines and release
trailers leave the text; the article's sentences, its date and lines that merely mention an agency stay. The
articles are written for these tests."""

from __future__ import annotations

from kg.extract import doc_to_extraction
from kg.ingest.clean import clean_text
from kg.ingest.wire import is_wire_furniture
from kg.records import Document

WIRE = """Vietnam picks Samsung for chip packaging plant

By Anna Tran and Minh Le

March 4, 2025 9:12 AM GMT+7 Updated 2 hours ago

HANOI, March 4 (Reuters) - Vietnam has chosen Samsung Electronics to build a chip packaging plant near Hanoi, the \
planning ministry said on Tuesday.

FILE PHOTO: A Samsung logo at a trade fair in Berlin. REUTERS/Fabian Bimmer/File Photo Purchase Licensing Rights

A Reuters/Ipsos poll last month found strong support for foreign investment.

Sign up here.

Reporting by Anna Tran in Hanoi; Editing by Kim Coghill

Our Standards: The Thomson Reuters Trust Principles., opens new tab
"""

RELEASE = """Ericsson and Telkomsel sign 5G agreement

JAKARTA, Indonesia, May 2, 2025 /PRNewswire/ -- Ericsson has signed a five-year agreement with Telkomsel to \
modernise its radio network.

Media Contacts:
Ericsson Corporate Communications
Phone: +46 10 719 69 92

SOURCE Ericsson

View original content: https://www.prnewswire.com/news-releases/ericsson-100.html
"""


def test_wire_furniture_leaves_the_text():
    cleaned = clean_text(WIRE)
    lines = cleaned.text.split("\n")
    assert cleaned.dateline == "HANOI, March 4 (Reuters)"
    assert lines[0] == "Vietnam picks Samsung for chip packaging plant"
    assert any(line.startswith("Vietnam has chosen Samsung Electronics") for line in lines)
    assert "A Reuters/Ipsos poll last month found strong support for foreign investment." in lines
    for gone in ("Anna Tran and", "GMT+7", "FILE PHOTO", "Sign up here", "Editing by", "Trust Principles"):
        assert gone not in cleaned.text


def test_release_trailers_and_contact_block_leave_the_text():
    text = clean_text(RELEASE).text
    assert "Ericsson has signed a five-year agreement with Telkomsel" in text.replace("\n", " ")
    for gone in ("Corporate Communications", "+46", "SOURCE Ericsson", "View original content"):
        assert gone not in text


def test_a_date_alone_and_a_sentence_about_a_source_stay():
    assert not is_wire_furniture("February 12, 2025")
    text = clean_text("Nokia wins Thai deal\nA source close to the talks said Nokia won.\n"
                      "Reporting by state media said the tender closed early.").text
    assert text.split("\n")[1:] == ["A source close to the talks said Nokia won.",
                                    "Reporting by state media said the tender closed early."]


def test_no_entity_from_the_furniture(nlp):
    document = Document(doc_id="wire-1", text=clean_text(WIRE).text)
    labels = {e.label for e in doc_to_extraction(nlp(document.text), document).entities}
    assert {"Samsung Electronics", "Vietnam"} <= labels
    assert not any(name in label for label in labels
                   for name in ("Fabian", "Bimmer", "Kim Coghill", "Anna Tran", "Minh Le", "Thomson", "GMT"))


def test_a_title_case_headline_is_read_as_a_sentence(nlp):
    cleaned = clean_text("Nokia Supplies Telkomsel With Radio Gear For Jakarta Network\nNokia said the radios ship "
                         "in May.")
    headline = cleaned.text.split("\n")[0]
    assert headline == "Nokia supplies Telkomsel with Radio Gear for Jakarta Network"
    document = Document(doc_id="wire-2", text=cleaned.text)
    extraction = doc_to_extraction(nlp(document.text), document)
    labels = {e.id: e.label for e in extraction.entities}
    assert "Nokia Supplies Telkomsel" not in labels.values()
    assert ("nokia", "suppliesTo", "telkomsel") in {(r.subject, r.predicate, r.object) for r in extraction.relations}


def test_a_sentence_case_headline_and_body_lines_keep_their_case():
    text = "Samsung, SK Hynix get indefinite waiver for China fabs\nThe Bank Of Korea Said So On Monday In Seoul."
    assert clean_text(text).text == text
