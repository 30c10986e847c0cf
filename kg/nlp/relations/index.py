"""Look-ups built once per document and shared by the relation rules, so that no rule scans the whole document.

The shared pass: the document's words (lower-case forms and lemmas) and parts of speech are read once from its
arrays, without a ``Token`` per token; a rule then asks for the tokens it needs instead of walking every token of
every sentence:

- ``ctx.find(sent, words)``: the tokens of a sentence whose form or lemma is one of ``words`` (a rule's trigger
  words: its first test must need one of them), in order; the document's positions for a word list are computed
  once and reused for every sentence (a large or derived word list is best made once as a frozenset: from the
  lexicon alone, once per lexicon, ``ctx.lex_memo(name, lambda: frozenset(...))``; from the document, once per
  document, ``ctx.index.memo(name, lambda: ...)``);
- ``ctx.index.tagged(sent, pos)``: the tokens of a sentence with one of the coarse parts of speech ``pos`` (a rule
  whose first test is the part of speech, such as ``tok.pos_ != "VERB"``);
- ``ctx.ents_in(sent)``: the sentence's entity mentions, ``ctx.index.ents_typed(sent, "Country", ctx.type_of)``
  those of one entity type; ``ctx.index.sents``: the document's sentences, made once.

A rule declares what it needs in a sentence before it can find anything (``@triggered_by(words=...)`` or
``types=...``, see :func:`triggered_by`): the relation extractor then runs it only on the sentences that have one
of those words or a mention of one of those types (:meth:`DocIndex.sentences_with`, :meth:`DocIndex.sentences_typed`),
and never calls it on the others.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from spacy.attrs import HEAD, LEMMA, LOWER, POS
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from kg.nlp.lexicon import Lexicon
from kg.nlp.relations.parse import Parse, read_parse


class Trigger(NamedTuple):
    """What a rule needs in a sentence to find anything: a token whose form or lemma is one of ``words(lexicon)``,
    or a mention of an entity of one of ``types`` (``"*"``: of any type, or of none)."""

    words: Callable[[Lexicon], Iterable[str]] | None = None
    types: tuple[str, ...] = ()


#: rule -> its trigger (:func:`triggered_by`); a rule not listed runs on every sentence
TRIGGERS: dict[Callable[..., Any], Trigger] = {}


def triggered_by(words: Callable[[Lexicon], Iterable[str]] | None = None,
                 types: Iterable[str] = ()) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Declare a rule's trigger: the rule yields nothing in a sentence without a token of ``words(lexicon)`` (the
    words of its first ``ctx.find``, by form or lemma) or without a mention of one of the entity ``types`` (those
    its first ``ctx.index.ents_typed`` asks for; ``"*"`` for ``ctx.ents_in``). The rule itself is unchanged.

    >>> @triggered_by(lambda lex: lex.words("member_nouns"))
    ... def rule(sent, ctx):
    ...     yield from ()
    >>> TRIGGERS[rule].types
    ()
    """
    def declare(rule: Callable[..., Any]) -> Callable[..., Any]:
        TRIGGERS[rule] = Trigger(words, tuple(types))
        return rule
    return declare


#: id of a lexicon -> what was derived from it (:func:`lexicon_memo`); an entry goes with its lexicon
_DERIVED: dict[int, dict[str, Any]] = {}


def lexicon_memo(lex: Lexicon, key: str, make: Callable[[], Any]) -> Any:
    """``make()``, made once per lexicon and kept while it lives (a word set or table derived from it that every
    document would otherwise make anew). A lexicon is not changed once loaded.

    >>> lex = Lexicon.from_dict({}, {"org_nouns": ["bank"]})
    >>> lexicon_memo(lex, "nouns", lambda: frozenset(lex.words("org_nouns"))) is lexicon_memo(lex, "nouns", set)
    True
    """
    table = lexicon_table(lex)
    if key not in table:
        table[key] = make()
    return table[key]


def lexicon_table(lex: Lexicon) -> dict[str, Any]:
    """The table of what :func:`lexicon_memo` derived from ``lex`` (kept while the lexicon lives): a reader that
    asks for many derived lists looks them up in it directly.

    >>> lex = Lexicon.from_dict({}, {"org_nouns": ["bank"]})
    >>> lexicon_table(lex) is lexicon_table(lex), "nouns" in lexicon_table(lex)
    (True, False)
    """
    table = _DERIVED.get(id(lex))
    if table is None:
        table = _DERIVED[id(lex)] = {}
        weakref.finalize(lex, _DERIVED.pop, id(lex), None)
    return table


#: pattern -> the hashes whose strings were tested against it and those it matched (:meth:`DocIndex.matching`)
_TESTED: dict[re.Pattern[str], tuple[set[int], set[int]]] = {}
#: word list -> the string-store hashes of its words (the same in every document: a hash depends on the string only)
_HASHES: dict[frozenset[str], frozenset[int]] = {}


#: the trigger word lists of a run of rules -> each word's hash -> the numbers of the lists with that word, and the
#: hashes as a set (:meth:`DocIndex.sentences_with_each`)
_INVERTED: dict[tuple[frozenset[str] | None, ...], tuple[dict[int, list[int]], frozenset[int]]] = {}


#: a lemma's hash -> the hash of its lower-case form (:meth:`DocIndex._index`)
_LOWERED: dict[int, int] = {0: 0}


def word_hashes(words: frozenset[str]) -> frozenset[int]:
    """The hashes under which spaCy's string store files ``words`` (remembered across documents).

    >>> from spacy.strings import StringStore
    >>> word_hashes(frozenset({"chip"})) == {StringStore()["chip"]}
    True
    """
    found = _HASHES.get(words)
    if found is None:
        if len(_HASHES) > 4096:  # word lists made anew per document would pile up
            _HASHES.clear()
        found = _HASHES[words] = frozenset(hash_string(w) if w else 0 for w in words)  # as vocab.strings[w]
    return found


class DocIndex:
    """Tokens by word and by part of speech, and mentions by sentence, built lazily on first use.

    >>> import spacy
    >>> doc = spacy.blank("en")("Russia and China cooperate.")
    >>> [t.text for t in DocIndex(doc).find(doc[:], {"cooperate", "china"})]
    ['China', 'cooperate']
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._words: dict[int, list[int]] | None = None
        self._keys: set[int] | None = None
        self._found: dict[frozenset[str], list[int]] = {}
        self._pos: dict[str, list[int]] | None = None
        self._sent_ents: dict[int, list[Span]] | None = None
        self._sents: list[Span] | None = None
        self._memo: dict[Any, Any] = {}
        self._heads: list[int] | None = None
        self._ents: list[Span] | None = None
        self._parse: Parse | None = None
        self._subtrees: dict[int, list[int]] = {}

    def memo(self, key: str, make: Callable[[], Any]) -> Any:
        """``make()``, made once per document (a rule's word list derived from the lexicon, say)."""
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]

    @property
    def parse(self) -> Parse:
        """The document's parse as plain lists (:func:`read_parse`), read once."""
        parse = self._parse
        if parse is None:
            parse = self._parse = read_parse(self.doc)
        return parse

    @property
    def ents(self) -> list[Span]:
        """The document's entity mentions (``Doc.ents`` makes them anew at each call)."""
        if self._ents is None:
            self._ents = list(self.doc.ents)
        return self._ents

    @property
    def ent_ids(self) -> list[str]:
        """The entity id of each of :attr:`ents` (``Span.kb_id_`` decodes it at each call)."""
        ids = self._memo.get("ent_ids")
        if ids is None:
            ids = self._memo["ent_ids"] = [e.kb_id_ for e in self.ents]
        return ids

    @property
    def sents(self) -> list[Span]:
        """The document's sentences (``Doc.sents`` makes them anew at each call)."""
        if self._sents is None:
            self._sents = list(self.doc.sents)
        return self._sents

    def _index(self) -> dict[int, list[int]]:
        if self._words is None:
            # by the hashes of each token's lower-case form and lemma: no Token, nor a string, per token; a lemma
            # that differs from the form is filed under its own lower-case form, each distinct lemma lowered once
            index: dict[int, list[int]] = {}
            strings, lowered = self.doc.vocab.strings, _LOWERED
            if len(lowered) > 500_000:
                lowered.clear()
                lowered[0] = 0
            # (a list made only for a word not seen before in the document: no ``setdefault(key, [])`` per token)
            for i, (low, lemma) in enumerate(self.doc.to_array([LOWER, LEMMA]).tolist()) if len(self.doc) else ():
                at = index.get(low)
                if at is None:
                    index[low] = [i]
                else:
                    at.append(i)
                if lemma != low:
                    key = lowered.get(lemma)
                    if key is None:
                        key = lowered[lemma] = strings[strings[lemma].lower()]
                    if key:
                        at = index.get(key)
                        if at is None:
                            index[key] = [i]
                        else:
                            at.append(i)
            self._words = index
        return self._words

    def within(self, i: int, top: int) -> bool:
        """Whether token ``i`` is in the subtree of token ``top`` (``top`` or one of its descendants), without
        making the subtree's tokens: by the heads above ``i``.

        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("en").vocab, words=["big", "firms", "sell", "chips"], heads=[1, 2, 2, 2],
        ...           deps=["amod", "nsubj", "ROOT", "dobj"])
        >>> index = DocIndex(doc)
        >>> index.within(0, 1), index.within(2, 1), index.within(1, 1), index.within(3, 2), index.within(3, 1)
        (True, False, True, True, False)
        """
        heads = self._heads
        if heads is None:
            offsets = self.doc.to_array(HEAD).view("int64").tolist() if len(self.doc) else []
            heads = self._heads = [n + off for n, off in enumerate(offsets)]
        while i != top:
            head = heads[i]
            if head == i:
                return False
            i = head
        return True

    def positions(self, words: Iterable[str]) -> list[int]:
        """The indices of the document's tokens whose lower-case form or lemma is one of ``words``, in order."""
        # a frozenset is its own key, its hash computed once: a rule asking for a large word list at every sentence
        # passes one made once per document (``memo``)
        key = words if type(words) is frozenset else frozenset(words)
        found = self._found.get(key)
        if found is None:
            index = self._index()
            # the words the document has: one set intersection over the smaller of the two (``frozenset &
            # dict.keys()`` walks the whole word list), no look-up per word
            if self._keys is None:
                self._keys = set(index)
            hit = word_hashes(key).intersection(self._keys)
            if len(hit) == 1:  # in order already; a token filed twice under one word (form and lemma) once
                found = list(dict.fromkeys(index[next(iter(hit))]))
            else:
                found = sorted({i for h in hit for i in index[h]})
            self._found[key] = found
        return found

    def known_positions(self, words: frozenset[str]) -> list[int] | None:
        """:meth:`positions` of ``words`` when the document was asked for them before, else None.

        >>> import spacy
        >>> index, words = DocIndex(spacy.blank("en")("Firms sell chips")), frozenset({"chips"})
        >>> index.known_positions(words), index.positions(words), index.known_positions(words)
        (None, [2], [2])
        """
        return self._found.get(words)

    def matching(self, pattern: re.Pattern[str]) -> list[int]:
        """The indices of the tokens whose text ``pattern`` matches (``pattern.match``, an ASCII pattern), in order:
        only the tokens whose lower-case form matches it ignoring case are read, each distinct form tested once
        across documents.

        >>> import spacy
        >>> DocIndex(spacy.blank("en")("the H100 and the h100 or H20")).matching(re.compile(r"H\\d+"))
        [1, 6]
        """
        relaxed = re.compile(pattern.pattern, pattern.flags | re.IGNORECASE)
        strings, doc = self.doc.vocab.strings, self.doc
        tested, matched = _TESTED.setdefault(relaxed, (set(), set()))
        if len(tested) > 100_000:
            tested.clear()
            matched.clear()
        index = self._index()
        if self._keys is None:
            self._keys = set(index)
        # by set operations: only the words no document had before are tested
        for key in self._keys - tested:
            tested.add(key)
            if relaxed.match(strings[key]) is not None:
                matched.add(key)
        where = {i for key in self._keys & matched for i in index[key]}
        return [i for i in sorted(where) if pattern.match(doc[i].text)]

    def find(self, sent: Span, words: Iterable[str]) -> list[Token]:
        """The tokens of ``sent`` whose lower-case form or lemma is one of ``words``, in order."""
        doc = self.doc
        return [doc[i] for i in self.find_at(sent, words)]

    def find_at(self, sent: Span, words: Iterable[str]) -> list[int]:
        """The indices of :meth:`find`'s tokens: a rule that rejects most of them by :attr:`parse` makes a
        ``Token`` only for those it keeps."""
        where = self.positions(words)
        return where[bisect_left(where, sent.start):bisect_left(where, sent.end)]

    def tagged(self, sent: Span, pos: Iterable[str]) -> list[Token]:
        """The tokens of ``sent`` whose coarse part of speech (``Token.pos_``) is one of ``pos``, in order."""
        if self._pos is None:
            by_pos: dict[str, list[int]] = {}
            strings = self.doc.vocab.strings
            for i, p in enumerate(self.doc.to_array(POS).tolist()) if len(self.doc) else ():
                by_pos.setdefault(strings[p], []).append(i)
            self._pos = by_pos
        key = ("tagged", frozenset(pos))
        where = self._memo.get(key)
        if where is None:
            where = self._memo[key] = sorted(i for p in key[1] for i in self._pos.get(p, ()))
        doc = self.doc
        return [doc[i] for i in where[bisect_left(where, sent.start):bisect_left(where, sent.end)]]

    def ents_in(self, sent: Span) -> list[Span]:
        """The entity mentions of ``sent`` (``Span.ents`` scans the whole document each time)."""
        if self._sent_ents is None:
            by_sent: dict[int, list[Span]] = {}
            # the sentence that holds an entity's first token, by its start (``Span.sent`` scans the document)
            starts = [s.start for s in self.sents]
            for ent in self.ents:
                by_sent.setdefault(starts[bisect_right(starts, ent.start) - 1], []).append(ent)
            self._sent_ents = by_sent
        return self._sent_ents.get(sent.start, [])

    def sent_of(self, i: int) -> Span:
        """The sentence of token ``i``, as ``Token.sent`` gives it (which scans the document for the sentence's
        bounds at each call): one of :attr:`sents`, found by its start.

        >>> import spacy
        >>> doc = spacy.blank("en")("Rosatom met Tata . Sony met Intel .")
        >>> doc[4].is_sent_start = True
        >>> index = DocIndex(doc)
        >>> index.sent_of(5) == doc[5].sent, index.sent_of(0).text
        (True, 'Rosatom met Tata .')
        """
        return self.sents[self.sent_number(i)]

    def sent_number(self, i: int) -> int:
        """The position among :attr:`sents` of the sentence of token ``i`` (a binary search over their starts).

        >>> import spacy
        >>> doc = spacy.blank("en")("Rosatom met Tata . Sony met Intel .")
        >>> doc[4].is_sent_start = True
        >>> DocIndex(doc).sent_number(5)
        1
        """
        starts = self.memo("sentence starts", lambda: [s.start for s in self.sents])
        return bisect_right(starts, i) - 1

    def subtree(self, i: int) -> list[int]:
        """The indices of ``Token.subtree`` of token ``i``, in its order (the subtrees of its left children, the
        token, those of its right children), read from :attr:`parse` without a ``Token`` and made once per token.

        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("en").vocab, words=["big", "firms", "sell", "new", "chips"], heads=[1, 2, 2, 4, 2],
        ...           deps=["amod", "nsubj", "ROOT", "amod", "dobj"])
        >>> index = DocIndex(doc)
        >>> index.subtree(2) == [t.i for t in doc[2].subtree], index.subtree(4)
        (True, [3, 4])
        """
        known = self._subtrees.get(i)
        if known is None:
            children = self.parse.children
            known = []
            for c in children[i]:
                if c > i:
                    break
                known += self.subtree(c)
            known.append(i)
            for c in children[i]:
                if c > i:
                    known += self.subtree(c)
            self._subtrees[i] = known
        return known

    def sentence_floor(self, i: int, reach: int) -> int:
        """The first token of the sentence ``reach`` sentences before the one of token ``i`` (of the first
        sentence when there are fewer): where a reference back may look for its antecedent.

        >>> import spacy
        >>> doc = spacy.blank("en")("A met B. C met D. E met F.")
        >>> doc[4].is_sent_start = doc[8].is_sent_start = True
        >>> DocIndex(doc).sentence_floor(9, 1), DocIndex(doc).sentence_floor(9, 5)
        (4, 0)
        """
        starts = self.memo("sentence starts", lambda: [s.start for s in self.sents])
        return starts[max(0, bisect_right(starts, i) - 1 - reach)]

    def sentences_with(self, words: Iterable[str]) -> set[int]:
        """The starts of the sentences that have a token whose lower-case form or lemma is one of ``words``."""
        start_of = self.memo("sentence_start_of", lambda: [s.start for s in self.sents for _ in range(len(s))])
        return {start_of[i] for i in self.positions(words)}

    def sentences_with_each(self, word_lists: tuple[frozenset[str] | None, ...]) -> dict[int, set[int]]:
        """:meth:`sentences_with` for each of ``word_lists`` at once, by its number (only the lists the document
        has a word of; ``None``: no list): one pass over the document's words that are in any list, not one
        look-up per list (the lists are the rules' triggers, the same in every document).

        >>> import spacy
        >>> doc = spacy.blank("en")("Firms sell chips. Banks lend.")
        >>> doc[3].is_sent_start = True
        >>> lists = (frozenset({"chips", "lend"}), None, frozenset({"banks"}))
        >>> sorted(DocIndex(doc).sentences_with_each(lists).items())
        [(0, {0, 3}), (2, {3})]
        """
        known = _INVERTED.get(word_lists)
        if known is None:
            if len(_INVERTED) > 64:
                _INVERTED.clear()
            inverted: dict[int, list[int]] = {}
            for n, words in enumerate(word_lists):
                for h in word_hashes(words) if words is not None else ():
                    inverted.setdefault(h, []).append(n)
            known = _INVERTED[word_lists] = (inverted, frozenset(inverted))
        inverted, hashes = known
        index = self._index()
        if self._keys is None:
            self._keys = set(index)
        start_of = self.memo("sentence_start_of", lambda: [s.start for s in self.sents for _ in range(len(s))])
        out: dict[int, set[int]] = {}
        for h in hashes.intersection(self._keys):
            starts = {start_of[i] for i in index[h]}
            for n in inverted[h]:
                got = out.get(n)
                if got is None:
                    out[n] = set(starts)
                else:
                    got |= starts
        return out

    def sentences_typed(self, types: Iterable[str], type_of: Callable[[str], str]) -> set[int]:
        """The starts of the sentences with a mention of an entity of one of ``types`` (by ``type_of``, the
        same as :meth:`ents_typed`; ``"*"``: a mention of any entity)."""
        out: set[int] = set()
        for entity_type in types:
            # each type's sentences found once per document (the mentions' types are read once, ents_typed)
            starts = self._memo.get(("typed starts", entity_type))
            if starts is None:
                starts = set()
                if entity_type == "*":
                    self.ents_in(self.sents[0]) if self.sents else None
                    starts.update(start for start, ents in (self._sent_ents or {}).items() if ents)
                elif self.sents:
                    self.ents_typed(self.sents[0], entity_type, type_of)
                    starts.update(start for start, ents in self._memo[("ents", entity_type)].items() if ents)
                self._memo[("typed starts", entity_type)] = starts
            out |= starts
        return out

    def _sentence_ent_ids(self) -> dict[int, list[str]]:
        """The entity ids of the mentions of :meth:`ents_in`, by sentence start."""
        assert self._sent_ents is not None
        id_of = dict(zip(map(id, self.ents), self.ent_ids))
        return {start: [id_of[id(e)] for e in ents] for start, ents in self._sent_ents.items()}

    def ents_typed(self, sent: Span, entity_type: str, type_of: Callable[[str], str]) -> list[Span]:
        """The entity mentions of ``sent`` whose entity ``type_of`` gives as ``entity_type`` (``ctx.type_of``),
        sorted once per document: a mention's type does not change while the rules run."""
        by_sent = self._memo.get(("ents", entity_type))
        if by_sent is None:
            self.ents_in(sent)
            assert self._sent_ents is not None
            ids = self.memo("sentence_ent_ids", self._sentence_ent_ids)  # each mention's id decoded once
            by_sent = self._memo[("ents", entity_type)] = {
                start: [e for e, eid in zip(ents, ids[start]) if type_of(eid) == entity_type]
                for start, ents in self._sent_ents.items()}
        return by_sent.get(sent.start, [])
