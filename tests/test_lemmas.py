"""kg's lemmatizer (kg/nlp/lemmas.py) gives every token the lemma spaCy's English rule lemmatizer gives it."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.lookups import Lookups
from spacy.tokens import Doc

from kg.ingest import iter_documents
from kg.nlp.lemmas import CachedLemmatizer
from kg.nlp.pipeline import faster_attribute_ruler, faster_lemmatizer, load_model
from saved_pipelines import load_in_new_process

ROOT = Path(__file__).resolve().parents[1]
ODD = ("The ministers were meeting; she's met them twice. Better chips, best wafers, the fastest lines! "
       "Gonna do it? They've been sanctioned, having bought drones. Data, media, criteria; the analyses were run.")


@pytest.fixture(scope="module")
def both() -> tuple[spacy.Language, spacy.Language]:
    plain, fast = load_model(), load_model()
    faster_attribute_ruler(fast)
    faster_lemmatizer(fast)
    return plain, fast


def test_same_lemmas_as_spacys_lemmatizer(both: tuple[spacy.Language, spacy.Language]) -> None:
    plain, fast = both
    assert isinstance(fast.get_pipe("lemmatizer"), CachedLemmatizer)
    texts = [d.text for d in iter_documents([str(ROOT / "data" / "articles")])] + [ODD, ODD.upper(), ""]
    for _ in range(2):  # the second time from what the lemmatizer remembers
        for a, b in zip(plain.pipe(texts), fast.pipe(texts)):
            assert [(t.text, t.lemma_) for t in a] == [(t.text, t.lemma_) for t in b]
    assert [t.lemma_ for t in fast("The ministers were meeting")] == ["the", "minister", "be", "meet"]


def test_a_lemma_already_set_is_kept_unless_overwrite() -> None:
    nlp = spacy.blank("en")
    lookups = Lookups()
    lookups.add_table("lemma_rules", {"noun": [["s", ""]]})
    words, pos = ["chips", "wafers"], ["NOUN", "NOUN"]
    for overwrite, expected in ((False, ["chipset", "wafer"]), (True, ["chip", "wafer"])):
        lemmatizer = CachedLemmatizer(nlp.vocab, None, mode="rule", overwrite=overwrite)
        lemmatizer.initialize(lookups=lookups)
        doc = Doc(nlp.vocab, words=words, pos=pos, lemmas=["chipset", ""])
        assert [t.lemma_ for t in lemmatizer(doc)] == expected


def test_only_an_english_rule_lemmatizer_is_replaced() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    faster_lemmatizer(nlp)
    assert type(nlp.get_pipe("lemmatizer")).__name__ == "EnglishLemmatizer"
    faster_lemmatizer(spacy.blank("en"))  # no lemmatizer: nothing to do


def test_saved_pipeline_loads_with_the_cached_lemmatizer(both: tuple[spacy.Language, spacy.Language],
                                                         tmp_path: Path) -> None:
    _, fast = both
    fast.to_disk(tmp_path / "p")
    found = load_in_new_process(tmp_path / "p", "lemmatizer", "[type(r).__name__, [t.lemma_ for t in doc]]", ODD)
    assert found == ["CachedLemmatizer", [t.lemma_ for t in fast(ODD)]]
