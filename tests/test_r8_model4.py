"""A gold document read from its saved parse (``kg.learn.corpus.gold_doc``) is the document ``parse_gold`` makes:
the same rule relations, candidate pairs, features and labels, so that experiments with the relation model's
features can re-read saved parses instead of running the pipeline again."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kg.ingest import clean_text
from kg.records import Document

GOLD = [{"doc_id": "x-01", "text": ("Norbank, a lender based in Oslo, opened a branch in Chile. "
                                    "Norway's government owns a third of the bank, and Chile's regulator welcomed it. "
                                    "Its chief executive, Kari Holm, said Norbank would invest in Peru next year."),
         "entities": [{"name": "Norbank", "type": "Organization"}, {"name": "Norway", "type": "Country"},
                      {"name": "Chile", "type": "Country"}, {"name": "Peru", "type": "Country"},
                      {"name": "Kari Holm", "type": "Person"}],
         "relations": [{"s": "Norbank", "p": "basedIn", "o": "Norway"},
                       {"s": "Kari Holm", "p": "leaderOf", "o": "Norbank"},
                       {"s": "Norbank", "p": "investsIn", "o": "Peru"}]}]


@pytest.fixture(scope="module")
def rules_nlp():
    from kg.nlp.pipeline import build_nlp

    return build_nlp(relation_model=False)


def test_gold_doc_from_a_saved_parse_is_what_parse_gold_makes(rules_nlp) -> None:
    from kg.learn.corpus import gold_doc, parse_gold

    [made] = parse_gold(GOLD, rules_nlp)
    g = GOLD[0]
    cleaned = clean_text(g["text"])
    saved = rules_nlp(cleaned.text).to_bytes()
    doc = Doc(rules_nlp.vocab).from_bytes(saved)
    lexicon = rules_nlp.get_pipe("kg_relations").lexicon
    again = gold_doc(doc, g, Document(doc_id=g["doc_id"], text=cleaned.text), lexicon)
    assert again.doc_id == made.doc_id == "x-01"
    assert [r.to_json() for r in again.rules] == [r.to_json() for r in made.rules]
    assert again.pairs.features == made.pairs.features and again.pairs.features
    assert [(p.first, p.second, p.sent) for p in again.pairs.pairs] == \
        [(p.first, p.second, p.sent) for p in made.pairs.pairs]
    assert again.labels == made.labels
    assert again.names == made.names
    # distant supervision: a pair gold relates is labelled with its class, by the direction in text order
    labelled = {(p.first, p.second): lab for p, lab in zip(again.pairs.pairs, again.labels) if lab}
    assert labelled[("kari-holm", "norbank")] == {"leaderOf>"}
    assert labelled[("norbank", "peru")] == {"investsIn>"}
    assert ("chile", "norbank") not in labelled and ("norbank", "chile") not in labelled
