"""The ``kg_relation_model`` component: a trained linear model's second opinion after the relation rules.

It scores every pair of linked entities that share a sentence (:mod:`kg.learn.features`), adds the edges the
rules missed where the model is confident enough (each with ``rule`` ``model:<predicate>``), and gives every
relation, rule-found or not, a calibrated confidence. Without a model (``set_model`` never called) it passes
documents through unchanged. Saved with the pipeline as plain JSON and numpy arrays.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path

from kg.learn.model import RelationModel, is_model_folder
from kg.learn.predict import analyse, combine, edge_scores, emittable_types
from kg.nlp.extensions import register_extensions, relations, set_relations


@Language.factory("kg_relation_model", assigns=["doc._.relations"], requires=["doc._.relations"],
                  default_config={"relations": "kg_relations"})
def make_relation_model(nlp: Language, name: str, relations: str) -> "RelationModelComponent":
    return RelationModelComponent(nlp, name, relations=relations)


class RelationModelComponent:
    """Adds model edges to ``doc._.relations`` and calibrates the confidence of all of them."""

    def __init__(self, nlp: Language, name: str = "kg_relation_model", *, relations: str = "kg_relations") -> None:
        register_extensions()
        self.nlp, self.name, self.relations = nlp, name, relations
        self.model: RelationModel | None = None
        self.allowed: set[tuple[str, str]] = set()

    def set_model(self, model: RelationModel | None) -> None:
        self.model = model
        #: the entity types between which the model may add an edge: other pairs are not scored
        self.allowed = emittable_types(model.thresholds) if model is not None else set()

    def __call__(self, doc: Doc) -> Doc:
        if self.model is None:
            return doc
        dp = analyse(doc, self.nlp.get_pipe(self.relations).lexicon, ruled=bool(self.model.meta.get("ruled_pairs")),
                     allowed=self.allowed)
        scored = edge_scores(dp, self.model.scores(dp.features), self.model.classes)
        set_relations(doc, combine(relations(doc), dp, scored, self.model, copy_rules=False))
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.model is not None:
            self.model.save(path)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "RelationModelComponent":
        path = ensure_path(path)
        self.set_model(RelationModel.load(path) if is_model_folder(path) else None)
        return self
