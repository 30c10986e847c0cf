"""Candidate pairs of linked entities in a sentence, and the features a relation model scores them by.

A pair is two different entities mentioned in one sentence (by name, or through a reference back such as
``the bank`` that the linker resolved), at least one of them an actor; ``first`` is the one mentioned first.
Features are plain strings: entity types, the dependency path between the two mentions (labels and lemmas),
the path's top word, the words between, distance, trigger-lexicon classes, and what the rules already found.

The parse is read once per document into plain lists (:class:`TokenArrays`, from ``Doc.to_array``), since
creating spaCy ``Token`` objects per look-up would cost more than the whole model.

Examples
--------
>>> bucket(0), bucket(3), bucket(12)
('0', '2-3', '8+')
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA, POS, SENT_START
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc

from kg.nlp import extensions
from kg.nlp.lexicon import Lexicon
from kg.records import Entity

MAX_BETWEEN = 12  # words between two mentions used as features; farther pairs get only the path
MAX_DISTANCE = 30  # pairs farther apart than this many tokens are not scored (8 halved what the model could add)
MAX_PAIRS = 12  # pairs per sentence at most (the nearest ones): lists of dozens of names say little per pair
CHILD_DEPS = ("poss", "case", "appos")
NEG_PATH = "negpath"  # a word on the path between the two is negated: the model adds no edge for the pair


class Pair(NamedTuple):
    """One candidate pair: entity ids in text order, the mention root tokens used, the sentence's index."""

    first: str
    second: str
    sent: int
    i1: int
    i2: int


class LazyStrings:
    """Lowercased strings of a column of string hashes, each looked up when first read (most never are)."""

    def __init__(self, hashes: list[int], strings: Any, cache: dict[int, str]) -> None:
        self.hashes, self.strings, self.cache = hashes, strings, cache

    def __getitem__(self, i: int) -> str:
        h = self.hashes[i]
        s = self.cache.get(h)
        if s is None:
            s = self.cache[h] = self.strings[h].lower() if h else ""
        return s


class TokenArrays:
    """Heads, dependency labels, lemmas and verb-ness of a document's tokens as Python lists."""

    def __init__(self, doc: Doc, roots: list[tuple[int, str]] | None = None,
                 ents: dict[str, Entity] | None = None) -> None:
        arr = doc.to_array([HEAD, DEP, LEMMA, POS, SENT_START])
        n = len(doc)
        self._heads = np.arange(n, dtype=np.int64) + arr[:, 0].view(np.int64)
        self.heads: list[int] = self._heads.tolist()
        cache: dict[int, str] = {}
        self.deps = LazyStrings(arr[:, 1].tolist(), doc.vocab.strings, cache)
        self.lemmas = LazyStrings(arr[:, 2].tolist(), doc.vocab.strings, cache)
        self.verb = [p in (VERB, AUX) for p in arr[:, 3].tolist()]
        self._children: dict[int, list[int]] | None = None
        self._ancestors: dict[int, list[int]] = {}
        self.triggers: dict[int, tuple[str, ...]] = {}
        #: token -> its lemma as a word between a pair (``None`` for punctuation) and its ``btrig=`` features
        self.between: dict[int, tuple[str | None, list[str]]] = {}
        self.negators: set[str] | None = None
        #: tokens with a ``neg`` child, and whether a negating governor is above a token (remembered)
        self.neg_heads = set(self._heads[arr[:, 1] == doc.vocab.strings.add("neg")].tolist())
        self.governed: dict[int, bool] = {}
        self.facts = DocFacts(doc, np.cumsum(arr[:, 4] == 1).tolist(), roots, ents)

    def children(self, i: int) -> list[int]:
        """The tokens whose head is ``i``, in order (every token's listed in one pass at the first call)."""
        if self._children is None:
            self._children = {}
            for c, h in enumerate(self.heads):
                if c != h:
                    self._children.setdefault(h, []).append(c)
        return self._children.get(i, [])

    def ancestors(self, i: int) -> list[int]:
        """``i`` and the tokens above it up to the root (remembered: pairs share their tokens)."""
        out = self._ancestors.get(i)
        if out is None:
            heads, out, j = self.heads, [i], i
            while heads[j] != j and len(out) < 60:
                j = heads[j]
                out.append(j)
            self._ancestors[i] = out
        return out

    def path(self, i1: int, i2: int) -> tuple[list[int], int | None, list[int]]:
        """Tokens from ``i1`` up to the lowest common ancestor (excluded), the ancestor, and tokens from it
        down to ``i2`` (excluded it, listed from the ancestor's side); ``None`` when not in one tree."""
        chain1 = self.ancestors(i1)
        index = {t: n for n, t in enumerate(chain1)}
        down: list[int] = []
        for t in self.ancestors(i2):
            if t in index:
                return chain1[:index[t]], t, down[::-1]
            down.append(t)
        return chain1, None, down[::-1]


class DocFacts:
    """What a document says of its entities beyond one sentence: the country each belongs to (from the
    gazetteer), the sentences each is mentioned in, and which tokens are references back (``the bank``)."""

    def __init__(self, doc: Doc, sent_of: list[int], roots: list[tuple[int, str]] | None = None,
                 ents: dict[str, Entity] | None = None) -> None:
        ents = extensions.entities(doc) if ents is None else ents
        self.country = {eid: e.country for eid, e in ents.items() if e.country}
        self.subtype = {eid: e.subtype for eid, e in ents.items() if e.subtype}
        self.refs = set(extensions.refs(doc))
        self.sents: dict[str, set[int]] = {}
        for i, eid in mention_roots(doc) if roots is None else roots:
            self.sents.setdefault(eid, set()).add(sent_of[i])

    def features(self, pair: "Pair", ty: str) -> list[str]:
        """Pair features from the whole document: gazetteer country link (``kc=``), sentences shared
        (``co=``), how often each entity is mentioned (``sal=``), the entities' subtypes (``sty=``), references back
        (``ref=``), first sentence.

        >>> facts = DocFacts.__new__(DocFacts)
        >>> facts.country, facts.refs, facts.sents = {"vtb": "russia"}, {7}, {"vtb": {0, 2}, "russia": {2}}
        >>> facts.subtype = {"vtb": "bank"}
        >>> facts.features(Pair("vtb", "russia", 2, 3, 7), "Organization|Country")
        ['kc=Organization|Country:1in2', 'co=1', 'sal=2-3:1', 'sty=bank|-', 'ref=2', 'ref=Organization|Country:2']
        """
        c1, c2 = self.country.get(pair.first), self.country.get(pair.second)
        link = "1in2" if c1 == pair.second else "2in1" if c2 == pair.first else \
            "same" if c1 and c1 == c2 else "other" if c1 or c2 else "none"
        s1, s2 = self.sents.get(pair.first, set()), self.sents.get(pair.second, set())
        out = [f"kc={ty}:{link}", f"co={bucket(len(s1 & s2))}", f"sal={bucket(len(s1))}:{bucket(len(s2))}",
               f"sty={self.subtype.get(pair.first, '-')}|{self.subtype.get(pair.second, '-')}"]
        for n, t in ((1, pair.i1), (2, pair.i2)):
            if t in self.refs:
                out += [f"ref={n}", f"ref={ty}:{n}"]
        if pair.sent == 0:
            out.append("sent0")
        return out


def bucket(n: int) -> str:
    """A coarse size class of a count."""
    return "0" if n == 0 else "1" if n == 1 else "2-3" if n <= 3 else "4-7" if n <= 7 else "8+"


def mention_roots(doc: Doc) -> list[tuple[int, str]]:
    """(root token, entity id) of every linked mention and reference back, in text order."""
    out = [(ent.root.i, ent.kb_id_) for ent in doc.ents if ent.kb_id_]
    for i, ids in extensions.refs(doc).items():
        out.extend((i, eid) for eid in ids)
    return sorted(out)


def candidate_pairs(doc: Doc, types: dict[str, str], sent_bounds: list[tuple[int, int]],
                    roots: list[tuple[int, str]] | None = None) -> Iterator[Pair]:
    """Every pair of linked entities sharing a sentence, at least one an actor, nearest first per sentence
    (``roots``: the document's :func:`mention_roots`, when already read)."""
    mentions = mention_roots(doc) if roots is None else roots
    if len(mentions) < 2:
        return
    m = 0
    for s, (start, end) in enumerate(sent_bounds):
        first_at: dict[str, int] = {}
        while m < len(mentions) and mentions[m][0] < end:
            i, eid = mentions[m]
            if i >= start:
                first_at.setdefault(eid, i)
            m += 1
        if len(first_at) < 2:
            continue
        items = sorted(first_at.items(), key=lambda kv: kv[1])
        pairs = []
        for a in range(len(items)):
            for b in range(a + 1, len(items)):
                (e1, t1), (e2, t2) = items[a], items[b]
                if t1 == t2 or t2 - t1 > MAX_DISTANCE:
                    continue
                if types.get(e1, "Technology") == "Technology" and types.get(e2, "Technology") == "Technology":
                    continue
                pairs.append(Pair(e1, e2, s, t1, t2))
        pairs.sort(key=lambda p: p.i2 - p.i1)
        yield from pairs[:MAX_PAIRS]


def trigger_classes(i: int, arrays: TokenArrays, lex: Lexicon) -> tuple[str, ...]:
    """The predicates token ``i`` triggers in the lexicon, as a verb or a noun (remembered per token)."""
    found = arrays.triggers.get(i)
    if found is None:
        table = lex.verbs if arrays.verb[i] else lex.nouns
        found = arrays.triggers[i] = tuple(p for p, _slots in table.get(arrays.lemmas[i], ()))
    return found


def negating_governor(i: int, arrays: TokenArrays, lex: Lexicon) -> bool:
    """Whether token ``i`` or a word above it undoes what it governs (``refused to sign``, ``denied``: the
    lexicon's negation governors), or a word above it is negated."""
    found = arrays.governed.get(i)
    if found is None:
        words = arrays.negators
        if words is None:
            words = arrays.negators = set(lex.negation.get("governors", []))
        found = arrays.governed[i] = any(arrays.lemmas[t] in words or (t != i and t in arrays.neg_heads)
                                         for t in arrays.ancestors(i))
    return found


def pair_features(pair: Pair, arrays: TokenArrays, types: dict[str, str], lex: Lexicon,
                  rule_preds: set[str]) -> tuple[list[str], int]:
    """The feature strings of one pair, and the top token of the path between them (its first mention's when
    not in one tree); ``rule_preds`` are the classes (``p>``, ``p<``, ``p``) the rules found for it in this
    sentence."""
    i1, i2 = pair.i1, pair.i2
    deps, lemmas = arrays.deps, arrays.lemmas
    ty = f"{types.get(pair.first, '?')}|{types.get(pair.second, '?')}"
    up, top, down = arrays.path(i1, i2)
    labels = "<".join([deps[t] for t in up]) + "^" + ">".join([deps[t] for t in down])
    # tyd=: the two mentions' roles by the pair's types (a country as "poss" is a seat, a technology as "pobj" a field)
    feats = [f"ty={ty}", f"d1={deps[i1]}", f"d2={deps[i2]}", f"tyd={ty}:{deps[i1]}:{deps[i2]}",
             f"dist={bucket(i2 - i1 - 1)}", f"len={bucket(len(up) + len(down))}", f"path={labels}",
             f"tpath={ty}:{labels}"]
    if top is not None:
        lem = lemmas[top]
        feats += [f"top={lem}", f"tytop={ty}:{lem}"]
        if top == i1 or top == i2:
            feats.append(f"topis={'1' if top == i1 else '2'}:{labels}")
        trig = trigger_classes(top, arrays, lex)
        if trig:
            edge = f"{deps[up[-1]] if up else '-'}:{deps[down[0]] if down else '-'}"
            for p in trig:
                feats += [f"ttrig={p}", f"ttrigd={p}:{edge}"]
        if "neg" in [deps[c] for c in arrays.children(top)]:
            feats.append("neg")
        if negating_governor(top, arrays, lex):
            feats.append("neggov")
    inner = up[1:] + down[:-1]
    for t in inner:
        feats.append("pl=" + lemmas[t])
        for p in trigger_classes(t, arrays, lex):  # typtrig=: a trigger on the path by the pair's types
            feats += ["ptrig=" + p, f"typtrig={ty}:{p}"]
    if any(t in arrays.neg_heads for t in inner):  # "a pledge not to conduct chip work": below the top clause
        feats.append(NEG_PATH)
    if i2 - i1 - 1 <= MAX_BETWEEN:
        cells, between = [], arrays.between  # the pairs of a sentence share their words: each read once
        for t in range(i1 + 1, i2):
            cell = between.get(t)
            if cell is None:
                cell = between[t] = (None if deps[t] == "punct" else lemmas[t],
                                     ["btrig=" + p for p in trigger_classes(t, arrays, lex)])
            cells.append(cell)
        words = [w for w, _ in cells if w is not None]
        feats += ["bw=" + w for w in words]
        for _, trig_feats in cells:
            feats += trig_feats
    else:
        feats.append("far")
    for t in (i1, i2):
        feats += ["child=" + deps[c] for c in arrays.children(t) if deps[c] in CHILD_DEPS]
    feats += arrays.facts.features(pair, ty)
    feats += ["rule=" + r for r in sorted(rule_preds)] or ["rule=none"]
    return feats, (top if top is not None else i1)


def pair_label(first: str, second: str, predicate: str, subject: str, symmetric: bool) -> str:
    """The class of a relation over a pair in text order: ``p`` (symmetric), ``p>`` (first is the subject), ``p<``.

    >>> pair_label("a", "b", "sanctions", "b", False), pair_label("a", "b", "cooperatesWith", "b", True)
    ('sanctions<', 'cooperatesWith')
    """
    if symmetric:
        return predicate
    return f"{predicate}>" if subject == first else f"{predicate}<"
