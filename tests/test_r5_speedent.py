"""The per-document word index of kg.nlp.tokens gives what spaCy's own Token and Span attributes give."""

from __future__ import annotations

import spacy

from kg.nlp.tokens import lowers, positions, puncts, span_text

TEXT = "The  Ministry of Ports (MoP) said:\n\nIndia's navy and the U.S. Navy met in Kochi. “Quoted” words, too."


def test_lowers_and_puncts_are_the_tokens_own() -> None:
    doc = spacy.blank("en")(TEXT)
    assert lowers(doc) == [t.lower_ for t in doc]
    assert puncts(doc) == [t.is_punct for t in doc]


def test_span_text_is_span_text_for_every_span() -> None:
    doc = spacy.blank("en")(TEXT)
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            assert span_text(doc[start:end]) == doc[start:end].text


def test_positions_finds_every_listed_word_in_order() -> None:
    doc = spacy.blank("en")(TEXT)
    assert positions(doc, {"navy", "the"}) == [i for i, t in enumerate(doc) if t.lower_ in {"navy", "the"}]
    assert positions(doc, ["kochi"]) == [[t.lower_ for t in doc].index("kochi")]
    assert positions(doc, {"absent"}) == []
    assert positions(spacy.blank("en")(""), {"the"}) == []


def test_a_retokenized_document_is_read_again() -> None:
    doc = spacy.blank("en")("the Ministry of Ports said")
    assert span_text(doc[1:4]) == "Ministry of Ports" and positions(doc, {"said"}) == [4]
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[1:4])
    assert lowers(doc) == ["the", "ministry of ports", "said"]
    assert positions(doc, {"said"}) == [2] and span_text(doc[1:2]) == "Ministry of Ports"
