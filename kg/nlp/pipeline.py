"""``build_nlp``: the statistical English pipeline plus kg's own components, configured from ``data/``."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from kg.errors import ModelError
from kg.nlp import linker as _linker  # noqa: F401  (registers the factory)
from kg.nlp import relations as _relations  # noqa: F401
from kg.nlp import sentences as _sentences  # noqa: F401
from kg.nlp.gazetteer import kb_patterns, load_kb
from kg.nlp.lexicon import load_lexicon
from kg.nlp.places import load_places
from kg.resources import DEFAULT_MODEL, data_dir, read_json

KG_COMPONENTS = ("kg_gazetteer", "kg_gazetteer_lower", "kg_linker", "kg_relations")


def load_model(model: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package name or path, as :class:`ModelError` when it cannot be."""
    try:
        return spacy.load(model, exclude=[])
    except OSError as exc:
        raise ModelError(f"cannot load spaCy model {model!r}: not an installed package or pipeline folder "
                         f"(install it with pip, or pass --model with an installed one)") from exc
    except Exception as exc:  # a broken package or config: still one clear line
        raise ModelError(f"cannot load spaCy model {model!r}: {' '.join(str(exc).split())[:200]}") from exc


def build_nlp(model: str = DEFAULT_MODEL, data: Path | None = None) -> Language:
    """The full kg pipeline: ``model`` + line breaks + gazetteer ruler + linker + relation extractor.

    A folder saved with ``nlp.to_disk`` after ``build_nlp`` loads back with :func:`load_model` unchanged.
    """
    nlp = load_model(model)
    if all(name in nlp.pipe_names for name in KG_COMPONENTS):
        return nlp  # a saved kg pipeline already carries its data
    folder = data or data_dir()
    kb = load_kb(folder / "gazetteer")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_linebreaks", before="parser")
    # phrase matching (not token patterns): thousands of names cost little; one ruler matches names as
    # written (AI, US, MTS), the other all-lowercase names in any case (smart cities)
    exact = nlp.add_pipe("span_ruler", name="kg_gazetteer",
                         config={"spans_key": "kg_gazetteer", "overwrite": True, "validate": False,
                                 "phrase_matcher_attr": "ORTH"})
    lower = nlp.add_pipe("span_ruler", name="kg_gazetteer_lower",
                         config={"spans_key": "kg_gazetteer", "overwrite": False, "validate": False,
                                 "phrase_matcher_attr": "LOWER"})
    # ORTH and LOWER patterns need only the tokenizer: without this, add_patterns runs the tagger, parser and
    # NER over every one of the gazetteer's thousands of names
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n not in ("kg_gazetteer", "kg_gazetteer_lower")]):
        exact.add_patterns(kb_patterns(kb, case_sensitive=True))
        lower.add_patterns(kb_patterns(kb, case_sensitive=False))
    link = nlp.add_pipe("kg_linker", config={"spans_key": "kg_gazetteer"})
    not_entities = [line.strip() for line in (folder / "lexicon" / "not_entities.txt").read_text(
        encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    link.set_data(kb, read_json(folder / "lexicon" / "references.json"), not_entities,
                  read_json(folder / "lexicon" / "government_bodies.json")["bodies"],
                  read_json(folder / "lexicon" / "org_name_words.json"), load_places(folder / "places" / "regions.tsv"))
    rel = nlp.add_pipe("kg_relations")
    confidence_file = folder / "lexicon" / "rule_confidence.json"
    rel.set_lexicon(load_lexicon(folder / "lexicon"),
                    read_json(confidence_file) if confidence_file.exists() else {},
                    {e.id: e.leads for e in kb.entries.values() if e.leads})
    return nlp
