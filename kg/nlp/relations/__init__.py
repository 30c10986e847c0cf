"""The ``kg_relations`` component: run the relation rules over every sentence and merge what they find."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import ensure_path

from kg.nlp.extensions import register_extensions
from kg.nlp.lexicon import Lexicon
from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.merge import merge_candidates
from kg.nlp.relations.descriptors import (descriptor_based_rule, located_rule, participle_rule,
                                          technology_descriptor_rule)
from kg.nlp.relations.membership import belong_rule, group_member_rule, join_rule, signatory_rule
from kg.nlp.relations.roles import role_rule
from kg.nlp.relations.focus import descriptor_rule, focus_possessive_rule, focus_rule
from kg.nlp.relations.structure import (based_in_rule, member_rule, name_rule, part_of_rule, rival_rule,
                                        title_rule)
from kg.nlp.relations.triggers import noun_rule, verb_rule

Rule = Callable[[Span, DocContext], Iterator[Candidate]]
RULES: tuple[Rule, ...] = (verb_rule, noun_rule, title_rule, based_in_rule, member_rule, part_of_rule, focus_rule,
                           focus_possessive_rule, rival_rule, name_rule, descriptor_rule, join_rule, role_rule,
                           group_member_rule, belong_rule, signatory_rule, descriptor_based_rule,
                           technology_descriptor_rule, located_rule, participle_rule)


@Language.factory("kg_relations", assigns=["doc._.relations"], requires=["doc.ents", "token.dep"],
                  default_config={"min_confidence": 0.0})
def make_relation_extractor(nlp: Language, name: str, min_confidence: float) -> "RelationExtractor":
    return RelationExtractor(name, min_confidence=min_confidence)


class RelationExtractor:
    """Typed relations between the linked entities of a document, each with status, topics and evidence."""

    def __init__(self, name: str = "kg_relations", *, min_confidence: float = 0.0) -> None:
        register_extensions()
        self.name = name
        self.min_confidence = min_confidence
        self.lexicon = Lexicon()
        self.confidence: dict[str, float] = {}
        self.leaders: dict[str, str] = {}

    def set_lexicon(self, lexicon: Lexicon, confidence: dict[str, float] | None = None,
                    leaders: dict[str, str] | None = None) -> None:
        self.lexicon = lexicon
        self.confidence = dict(confidence or {})
        self.leaders = dict(leaders or {})

    def __call__(self, doc: Doc) -> Doc:
        ctx = DocContext(doc, self.lexicon, self.leaders)
        resolve_plural_pronouns(doc, ctx)
        candidates = [c for sent in doc.sents for rule in RULES for c in rule(sent, ctx)]
        relations = merge_candidates(candidates, ctx, self.confidence)
        doc._.relations = [r for r in relations if r.confidence >= self.min_confidence]
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "lexicon.json").write_text(json.dumps(self.lexicon.to_dict(), indent=1, sort_keys=True),
                                           encoding="utf-8")
        (path / "confidence.json").write_text(json.dumps(self.confidence, indent=1, sort_keys=True), encoding="utf-8")
        (path / "leaders.json").write_text(json.dumps(self.leaders, indent=1, sort_keys=True), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "RelationExtractor":
        path = ensure_path(path)
        saved: dict[str, Any] = json.loads((path / "lexicon.json").read_text(encoding="utf-8"))
        self.set_lexicon(Lexicon.from_saved(saved), json.loads((path / "confidence.json").read_text(encoding="utf-8")),
                         json.loads((path / "leaders.json").read_text(encoding="utf-8")))
        return self


def resolve_plural_pronouns(doc: Doc, ctx: DocContext) -> None:
    """``they``/``their`` refer to the last group of two or more actors that was a clause's subject."""
    group: list[str] = []
    for sent in doc.sents:
        root = sent.root
        subjects = [a for a in ctx.subjects(root) if ctx.is_actor(a)] if root.pos_ in ("VERB", "AUX") else []
        # "X and Y said they would …": after the group that is this sentence's subject, "they" is that group
        after = max((c.right_edge.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), default=len(doc)) \
            if len(subjects) >= 2 else len(doc)
        for tok in sent:
            if tok.lower_ in ("they", "them", "their", "theirs"):
                here = subjects if tok.i > after else group
                if here:
                    ctx.plural_refs[tok.i] = list(here)
        if len(subjects) >= 2:
            group = subjects
