"""The ``kg_relation_model`` component: a trained linear model's second opinion after the relation rules.

It scores every pair of linked entities that share a sentence (:mod:`kg.learn.features`), adds the edges the
rules missed where the model is confident enough (each with ``rule`` ``model:<predicate>``), and gives every
relation, rule-found or not, a calibrated confidence. Its model comes from ``initialize`` (kg's shipped one by
default); without one it passes documents through unchanged. Saved with the pipeline as plain JSON and numpy arrays.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path

from kg.learn.predict import analyse, combine, edge_scores, emittable_types
from kg.nlp import extensions
from kg.nlp.extensions import register_extensions

if TYPE_CHECKING:
    from kg.learn.model import RelationModel


class RelationModelComponent:
    """Adds model edges to ``doc._.relations`` and calibrates the confidence of all of them."""

    def __init__(self, nlp: Language, name: str = "kg_relation_model", *, relations: str = "kg_relations") -> None:
        register_extensions()
        self.nlp, self.name, self.relations = nlp, name, relations
        self.model: RelationModel | None = None
        self.allowed: set[tuple[str, str]] = set()

    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None,
                   model: str | None = None) -> None:
        """Load the relation model of the folder ``model`` (written by ``kg train``; default: the model kg ships in
        its data, ``relation_model``, or none when the data has none).

        Called by ``nlp.initialize()`` (``[initialize.components.kg_relation_model]`` in the config) or by hand
        after ``add_pipe``, as :func:`kg.nlp.pipeline.build_nlp` does.
        """
        from kg.learn.model import RelationModel, is_model_folder
        from kg.resources import data_dir

        folder = Path(model) if model is not None else data_dir() / "relation_model"
        self._use(RelationModel.load(folder) if model is not None or is_model_folder(folder) else None)

    def _use(self, model: RelationModel | None) -> None:
        self.model = model
        #: the entity types between which the model may add an edge: other pairs are not scored
        self.allowed = emittable_types(model.thresholds) if model is not None else set()

    def __call__(self, doc: Doc) -> Doc:
        if self.model is None:
            return doc
        rules = extensions.relations(doc)
        dp = analyse(doc, self.nlp.get_pipe(self.relations).lexicon, ruled=bool(self.model.meta.get("ruled_pairs")),
                     allowed=self.allowed, rules=rules)
        scored = edge_scores(dp, self.model.scores(dp.features), self.model.classes)
        extensions.set_relations(doc, combine(rules, dp, scored, self.model, copy_rules=False))
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.model is not None:
            self.model.save(path)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "RelationModelComponent":
        from kg.learn.model import RelationModel, is_model_folder

        path = ensure_path(path)
        self._use(RelationModel.load(path) if is_model_folder(path) else None)
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """The files of :meth:`to_disk` in one msgpack message (name -> content; none without a model)."""
        with tempfile.TemporaryDirectory() as tmp:
            self.to_disk(tmp)
            return srsly.msgpack_dumps({p.name: p.read_bytes() for p in sorted(Path(tmp).iterdir())})

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "RelationModelComponent":
        with tempfile.TemporaryDirectory() as tmp:
            for name, content in srsly.msgpack_loads(data).items():
                (Path(tmp) / Path(name).name).write_bytes(content)
            return self.from_disk(tmp)
