"""The pipeline's matrix products through numpy's BLAS (kg.nlp.pipeline.numpy_matrix_products): the same
annotations as thinc's default (blis), on the layers of every trained component."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
import spacy
from thinc.api import NumpyOps

from kg.ingest import iter_documents
from kg.nlp.pipeline import build_nlp, load_model, numpy_matrix_products

ROOT = Path(__file__).resolve().parents[1]


def blis_layers(nlp: spacy.Language) -> int:
    return sum(1 for _, c in nlp.pipeline if hasattr(getattr(c, "model", None), "walk")
               for layer in c.model.walk() if isinstance(layer.ops, NumpyOps) and layer.ops.use_blis)


def annotations(doc: spacy.tokens.Doc) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.dep_, str(t.head.i), t.ent_iob_, t.ent_type_) for t in doc]


@pytest.fixture(scope="module")
def both() -> tuple[spacy.Language, spacy.Language]:
    stock, fast = load_model(), load_model()
    assert numpy_matrix_products(fast) > 50  # the tok2vec, tagger, parser and NER layers
    return stock, fast


def test_no_layer_left_on_blis(both: tuple[spacy.Language, spacy.Language]) -> None:
    stock, fast = both
    assert blis_layers(stock) > 50 and blis_layers(fast) == 0
    assert numpy_matrix_products(fast) == 0  # a second call has nothing left to change


def test_same_annotations_and_nearly_the_same_vectors(both: tuple[spacy.Language, spacy.Language]) -> None:
    stock, fast = both
    texts = [d.text for d in iter_documents([str(ROOT / "data" / "articles")])]
    assert texts
    for a, b in zip(stock.pipe(texts), fast.pipe(texts)):
        assert annotations(a) == annotations(b)
        # the products differ only by the order of their sums: float32 rounding, nothing more
        assert numpy.allclose(a.tensor, b.tensor, atol=1e-4)
        assert not numpy.array_equal(a.tensor, numpy.zeros_like(a.tensor))


def test_kg_pipeline_uses_numpy_products() -> None:
    nlp = build_nlp(relation_model=False)
    assert blis_layers(nlp) == 0
    assert isinstance(nlp.get_pipe("ner").model.ops, NumpyOps) and not nlp.get_pipe("ner").model.ops.use_blis
