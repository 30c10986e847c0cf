"""kg's attribute ruler (kg/nlp/attributes.py) gives every token the attributes spaCy's gives it."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from kg.ingest import iter_documents
from kg.nlp.attributes import FastAttributeRuler
from kg.nlp.pipeline import faster_attribute_ruler, load_model
from saved_pipelines import load_in_new_process

ROOT = Path(__file__).resolve().parents[1]
ODD = ("I gave it to you. Gonna do it, y'all? Let's go, c'mon! There's nothin' we ain't got; "
       "he's sure that it isn't. Do they? They did.   Which one, whose, that?\n\nI'm here, you're there.")


def attributes(doc: spacy.tokens.Doc) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.fixture(scope="module")
def both() -> tuple[spacy.Language, spacy.Language]:
    plain, fast = load_model(), load_model()
    faster_attribute_ruler(fast)
    return plain, fast


def test_same_attributes_as_spacys_ruler(both: tuple[spacy.Language, spacy.Language]) -> None:
    plain, fast = both
    assert isinstance(fast.get_pipe("attribute_ruler"), FastAttributeRuler)
    texts = [d.text for d in iter_documents([str(ROOT / "data" / "articles")])] + [ODD]
    for a, b in zip(plain.pipe(texts), fast.pipe(texts)):
        assert attributes(a) == attributes(b)


def test_every_pattern_kind_is_exercised(both: tuple[spacy.Language, spacy.Language]) -> None:
    """The odd text reaches the patterns the tables leave to the Matcher (two tokens, regular expressions)."""
    plain, fast = both
    ruler = fast.get_pipe("attribute_ruler")
    doc = plain(ODD)
    matched = {number for number, *_ in ruler.match(doc)}
    rest = {int(plain.vocab.strings[m]) for _, matcher in ruler._rest for m, _, _ in matcher(doc, allow_missing=True)}
    assert len(rest) >= 5 and rest <= matched
    assert ruler.match(doc) == plain.get_pipe("attribute_ruler").match(doc)


def test_saved_pipeline_loads_with_the_fast_ruler(both: tuple[spacy.Language, spacy.Language],
                                                  tmp_path: Path) -> None:
    _, fast = both
    fast.to_disk(tmp_path / "p")
    name, count, pos = load_in_new_process(tmp_path / "p", "attribute_ruler",
                                           "[type(r).__name__, len(r.patterns), [t.pos_ for t in doc]]", ODD)
    assert (name, count) == ("FastAttributeRuler", len(fast.get_pipe("attribute_ruler").patterns))
    assert pos == [t.pos_ for t in fast(ODD)]
