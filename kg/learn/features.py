"""Candidate pairs of linked entities in a sentence, and the features a relation model scores them by.

A pair is two different entities mentioned in one sentence (by name, or through a reference back such as
``the bank`` that the linker resolved), at least one of them an actor. ``first`` is the one mentioned first.
Features are plain strings: entity types, the dependency path between the two mentions (labels and lemmas),
the path's top word, the words between, distance, trigger-lexicon classes, and what the rules already found.

Examples
--------
>>> bucket(0), bucket(3), bucket(12)
('0', '2-3', '8+')
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from kg.nlp.lexicon import Lexicon

MAX_BETWEEN = 12  # words between two mentions used as features; farther pairs get only the path
MAX_DISTANCE = 40  # pairs farther apart than this many tokens are not scored
MAX_PAIRS = 30  # pairs per sentence at most (the nearest ones): lists of dozens of names say little per pair


class Pair(NamedTuple):
    """One candidate pair in one sentence: entity ids in text order and the mention tokens used."""

    first: str
    second: str
    sent: Span
    tok1: Token
    tok2: Token


def bucket(n: int) -> str:
    """A coarse size class of a count."""
    return "0" if n == 0 else "1" if n == 1 else "2-3" if n <= 3 else "4-7" if n <= 7 else "8+"


def sentence_mentions(sent: Span, refs: dict[int, list[str]]) -> dict[str, Token]:
    """entity id -> the root token of its first mention in ``sent`` (names first, then references back)."""
    out: dict[str, Token] = {}
    for ent in sent.ents:
        if ent.kb_id_ and ent.kb_id_ not in out:
            out[ent.kb_id_] = ent.root
    for i in range(sent.start, sent.end):
        for eid in refs.get(i, ()):
            out.setdefault(eid, sent.doc[i])
    return out


def candidate_pairs(doc: Doc, types: dict[str, str]) -> Iterator[Pair]:
    """Every pair of linked entities sharing a sentence, at least one an actor, nearest first per sentence."""
    refs: dict[int, list[str]] = doc._.kg_refs or {}
    for sent in doc.sents:
        mentions = sentence_mentions(sent, refs)
        if len(mentions) < 2:
            continue
        items = sorted(mentions.items(), key=lambda kv: kv[1].i)
        pairs = []
        for a in range(len(items)):
            for b in range(a + 1, len(items)):
                (e1, t1), (e2, t2) = items[a], items[b]
                if t1.i == t2.i or abs(t2.i - t1.i) > MAX_DISTANCE:
                    continue
                if types.get(e1, "Technology") == "Technology" and types.get(e2, "Technology") == "Technology":
                    continue
                pairs.append(Pair(e1, e2, sent, t1, t2))
        pairs.sort(key=lambda p: abs(p.tok2.i - p.tok1.i))
        yield from pairs[:MAX_PAIRS]


def dependency_path(t1: Token, t2: Token) -> tuple[list[Token], Token | None, list[Token]]:
    """Tokens from ``t1`` up to the lowest common ancestor, the ancestor, and tokens from it down to ``t2``.

    ``up`` and ``down`` exclude the ancestor; ``down`` is listed from the ancestor's side. ``None`` as the ancestor
    when the two are not in one tree.
    """
    chain1 = [t1, *t1.ancestors]
    index = {t.i: n for n, t in enumerate(chain1)}
    down: list[Token] = []
    for t in (t2, *t2.ancestors):
        if t.i in index:
            return chain1[:index[t.i]], t, down[::-1]
        down.append(t)
    return chain1, None, down[::-1]


def trigger_classes(tok: Token, lex: Lexicon) -> set[str]:
    """The predicates a word triggers in the lexicon, as a verb or a noun."""
    entries = lex.verbs.get(tok.lemma_, ()) if tok.pos_ in ("VERB", "AUX") else lex.nouns.get(tok.lemma_, ())
    return {p for p, _slots in entries}


def pair_features(pair: Pair, types: dict[str, str], lex: Lexicon, rule_preds: set[str]) -> list[str]:
    """The feature strings of one pair; ``rule_preds`` are the predicates (``p>``, ``p<``, ``p``) the rules found
    for it in this sentence.
    """
    t1, t2 = pair.tok1, pair.tok2
    ty = f"{types.get(pair.first, '?')}|{types.get(pair.second, '?')}"
    up, top, down = dependency_path(t1, t2)
    feats = [f"ty={ty}", f"d1={t1.dep_}", f"d2={t2.dep_}", f"dist={bucket(t2.i - t1.i - 1)}",
             f"len={bucket(len(up) + len(down))}"]
    labels = "<".join(t.dep_ for t in up) + "^" + ">".join(t.dep_ for t in down)
    inner = [t for t in up[1:]] + [t for t in down[:-1]]
    feats.append(f"path={labels}")
    feats.append(f"tpath={ty}:{labels}")
    if top is not None:
        lem = top.lemma_.lower()
        feats += [f"top={lem}", f"tytop={ty}:{lem}", f"toppath={lem}:{labels}"]
        if top.i in (t1.i, t2.i):
            feats.append(f"topis={'1' if top.i == t1.i else '2'}:{labels}")
        for p in trigger_classes(top, lex):
            feats += [f"ttrig={p}", f"ttrigd={p}:{up[-1].dep_ if up else '-'}:{down[0].dep_ if down else '-'}"]
        if any(c.dep_ == "neg" for c in top.children):
            feats.append("neg")
    for t in inner:
        lem = t.lemma_.lower()
        feats.append(f"pl={lem}")
        for p in trigger_classes(t, lex):
            feats.append(f"ptrig={p}")
    gap = pair.sent.doc[t1.i + 1:t2.i]
    if len(gap) <= MAX_BETWEEN:
        words = [t.lemma_.lower() for t in gap if not t.is_punct]
        feats += [f"bw={w}" for w in words]
        feats.append(f"btw={' '.join(words[:6])}")
        for t in gap:
            for p in trigger_classes(t, lex):
                feats.append(f"btrig={p}")
    else:
        feats.append("far")
    for t in (t1, t2):
        for c in t.children:
            if c.dep_ in ("poss", "case", "appos"):
                feats.append(f"child={c.dep_}")
    feats += [f"rule={r}" for r in sorted(rule_preds)] or ["rule=none"]
    return feats


def pair_label(first: str, second: str, predicate: str, subject: str, symmetric: bool) -> str:
    """The class of a relation over a pair in text order: ``p`` (symmetric), ``p>`` (first is the subject), ``p<``.

    >>> pair_label("a", "b", "sanctions", "b", False), pair_label("a", "b", "cooperatesWith", "b", True)
    ('sanctions<', 'cooperatesWith')
    """
    if symmetric:
        return predicate
    return f"{predicate}>" if subject == first else f"{predicate}<"
