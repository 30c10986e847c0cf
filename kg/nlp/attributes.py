"""``kg_attribute_ruler``: spaCy's attribute ruler with the same patterns and output, matched faster.

The English models' ``attribute_ruler`` maps fine-grained tags to parts of speech and morphology with about 180
token patterns, most of them one token long and made of plain equalities (``{"TAG": "NNS"}``,
``{"LOWER": "i", "TAG": "PRP"}``). spaCy's :class:`~spacy.matcher.Matcher` tries every pattern at every token and
takes about a tenth of the whole pipeline's time. This ruler finds the matches of those one-token patterns by
looking the token's values up in a table (one look-up per group of patterns on the same attributes), leaves the
other patterns to a Matcher, and sets the attributes exactly as spaCy's ruler does (:meth:`AttributeRuler.
set_annotations`, in pattern order), so the Doc is the same. Everything else (saving, loading, adding patterns)
is spaCy's own.

>>> import spacy
>>> from spacy.tokens import Doc
>>> nlp = spacy.blank("en")
>>> ruler = FastAttributeRuler(nlp.vocab, "ruler")
>>> ruler.add([[{"TAG": "NNS"}]], {"POS": "NOUN", "MORPH": "Number=Plur"})
>>> ruler.add([[{"LOWER": "chips", "TAG": "NNS"}]], {"LEMMA": "chip"})
>>> doc = ruler(Doc(nlp.vocab, words=["Chips", "sell"], tags=["NNS", "VBP"]))
>>> [(t.pos_, str(t.morph), t.lemma_) for t in doc]
[('NOUN', 'Number=Plur', 'chip'), ('', '', '')]
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import product
from typing import Any

import numpy as np
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.errors import Errors
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

#: token attributes a one-token pattern may test for equality to be looked up in a table, in the order of the
#: columns :meth:`FastAttributeRuler.match` reads; the most selective ones first
TABLE_ATTRS = ("LOWER", "ORTH", "DEP", "TAG", "IS_SPACE")

#: a pattern's number and the values it refuses (``NOT_IN``), by column
Entry = tuple[int, tuple[tuple[int, frozenset[int]], ...]]
#: (the columns a group of patterns tests, value tuple -> its patterns)
Table = tuple[list[int], dict[tuple[int, ...], list[Entry]]]
#: the token attributes the ruler writes a column at a time; a pattern setting another one is set token by token
WRITTEN = frozenset((POS, TAG, MORPH, LEMMA, DEP))
#: how many tokens' values (and merged attributes) the ruler remembers before it starts afresh
MAX_KNOWN = 200_000


def is_table_pattern(pattern: list[dict[str, Any]]) -> bool:
    """Whether a Matcher pattern is one token testing attributes of :data:`TABLE_ATTRS` for equality, ``IN`` or
    ``NOT_IN`` (at least one test not ``NOT_IN``).

    >>> is_table_pattern([{"TAG": "NN"}]), is_table_pattern([{"TAG": {"IN": ["NN"]}, "DEP": {"NOT_IN": [""]}}])
    (True, True)
    >>> is_table_pattern([{"LOWER": {"REGEX": "^a"}}]), is_table_pattern([{"DEP": {"NOT_IN": [""]}}])
    (False, False)
    """
    if len(pattern) != 1 or not pattern[0]:
        return False
    tests = pattern[0]
    plain = [k for k, v in tests.items() if isinstance(v, (str, bool)) or (isinstance(v, dict) and list(v) == ["IN"])]
    negated = [k for k, v in tests.items() if isinstance(v, dict) and list(v) == ["NOT_IN"]]
    return bool(plain) and len(plain) + len(negated) == len(tests) and all(k in TABLE_ATTRS for k in tests)


def _values(test: str | bool | dict[str, list[str]], strings: StringStore) -> list[int]:
    """The values a test accepts (``IN``) or refuses (``NOT_IN``), as :meth:`Doc.to_array` gives them."""
    if isinstance(test, dict):
        return [_value(v, strings) for v in next(iter(test.values()))]
    return [_value(test, strings)]


def _value(value: str | bool, strings: StringStore) -> int:
    """A pattern value as :meth:`Doc.to_array` gives it: a string's id (its symbol or its hash), a flag's 0 or 1."""
    return int(value) if isinstance(value, bool) else strings.add(value)


#: what a pattern's first token needs somewhere in a document: (column, values one of which must be there) or
#: (column, a regular expression one of the words must match)
Need = tuple[int, frozenset[int] | re.Pattern[str]]


def first_token_needs(pattern: list[dict[str, Any]], strings: StringStore) -> list[Need]:
    """What the first token of a Matcher pattern needs to find in a document's words before the pattern can match
    (its plain, ``IN`` and ``REGEX`` tests of :data:`TABLE_ATTRS`; nothing when the token is optional).

    >>> needs = first_token_needs([{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}], StringStore())
    >>> [(column, need.pattern) for column, need in needs]
    [(0, "^y'?$")]
    >>> first_token_needs([{"DEP": "expl", "OP": "?"}, {"LOWER": "is"}], StringStore())
    []
    """
    first = pattern[0] if pattern else {}
    if first.get("OP") in ("?", "*", "!"):
        return []
    needs: list[Need] = []
    for key, test in first.items():
        if key not in TABLE_ATTRS:
            continue
        column = TABLE_ATTRS.index(key)
        if isinstance(test, dict) and list(test) == ["REGEX"] and key in ("LOWER", "ORTH"):
            needs.append((column, re.compile(test["REGEX"])))
        elif isinstance(test, (str, bool)) or (isinstance(test, dict) and list(test) == ["IN"]):
            needs.append((column, frozenset(_values(test, strings))))
    return needs


#: a regular expression's words: (the ids of the words it matches, the ids of all words it was tried on)
Tried = tuple[set[int], set[int]]


def _present(need: Need, present: list[set[int]], tried: dict[Need, Tried], strings: StringStore) -> bool:
    """Whether a document's words (``present``, their ids by column) can satisfy ``need``; a regular expression
    is tried once per word (``tried`` remembers it across documents).

    >>> strings = StringStore(["yall", "all"])
    >>> need, tried = (0, re.compile("^y")), {}
    >>> _present(need, [{strings["all"]}], tried, strings), _present(need, [{strings["yall"]}], tried, strings)
    (False, True)
    """
    column, test = need
    if isinstance(test, frozenset):
        return not test.isdisjoint(present[column])
    hits, seen = tried.setdefault(need, (set(), set()))
    new = present[column] - seen
    if new:
        hits.update(v for v in new if test.search(strings[v]))
        seen |= new
    return not hits.isdisjoint(present[column])


class FastAttributeRuler(AttributeRuler):
    """An :class:`AttributeRuler` whose :meth:`match` looks one-token patterns up in tables (same matches)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._tables: list[Table] | None = None
        self._rest: list[tuple[list[list[Need]], Matcher]] = []
        self._forget()

    def add(self, patterns: Any, attrs: dict, index: int = 0) -> None:  # type: ignore[override]
        super().add(patterns, attrs, index)
        self._tables = None  # made anew on the next match
        self._forget()

    def _forget(self) -> None:
        """Start afresh what the ruler remembers: the pattern set of each token's values, and what each set sets."""
        self._known: dict[tuple[int, ...], int] = {}
        self._sets: list[tuple[int, ...]] = []
        self._set_ids: dict[tuple[int, ...], int] = {}
        self._merged: list[dict[Any, Any]] = []
        self._columns: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self._other = np.zeros(0, dtype=bool)
        self._tried: dict[Need, Tried] = {}

    def _build(self) -> None:
        groups: dict[tuple[int, ...], dict[tuple[int, ...], list[Entry]]] = defaultdict(lambda: defaultdict(list))
        self._rest = []
        strings = self.vocab.strings
        for number, entry in enumerate(self.patterns):
            others = []
            for pattern in entry["patterns"]:
                if not is_table_pattern(pattern) or entry["index"] not in (0, -1):
                    others.append(pattern)
                    continue
                tests = pattern[0]
                refused = tuple((TABLE_ATTRS.index(k), frozenset(_values(v, strings))) for k, v in tests.items()
                                if isinstance(v, dict) and "NOT_IN" in v)
                columns = tuple(sorted(TABLE_ATTRS.index(k) for k, v in tests.items()
                                       if not (isinstance(v, dict) and "NOT_IN" in v)))
                for key in product(*(_values(tests[TABLE_ATTRS[c]], strings) for c in columns)):
                    groups[columns][key].append((number, refused))
            if others:
                matcher = Matcher(self.vocab, validate=False)
                matcher.add(str(number), others)
                self._rest.append(([first_token_needs(p, strings) for p in others], matcher))
        self._tables = [(list(columns), dict(values)) for columns, values in groups.items()]

    def __call__(self, doc: Doc) -> Doc:
        """Set the attributes of every match, as :meth:`AttributeRuler.set_annotations` would, column by column."""
        try:
            if len(doc):
                self._annotate(doc)
            return doc
        except Exception as e:
            return self.get_error_handler()(self.name, self, [doc], e)

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The matches of every pattern, as spaCy's ruler lists them: (pattern number, match id, start, end),
        sorted, so later patterns take precedence."""
        strings = self.vocab.strings
        matches = []
        if len(doc):
            rows = doc.to_array(list(TABLE_ATTRS)).tolist()
            matches = [(number, strings[str(number)], i, i + 1)
                       for i, row in enumerate(rows) for number in self._sets[self._set_of(tuple(row))]]
            matches += self._rest_matches(doc, rows)
        matches.sort()
        return matches

    def _set_of(self, values: tuple[int, ...]) -> int:
        """The number of the set of one-token patterns a token with these :data:`TABLE_ATTRS` values matches
        (remembered per values)."""
        known = self._known.get(values)
        if known is None:
            if self._tables is None:
                self._build()
            assert self._tables is not None
            found = {number for columns, table in self._tables
                     for number, refused in table.get(tuple(values[c] for c in columns), ())
                     if not any(values[c] in refused_values for c, refused_values in refused)}
            if len(self._known) > MAX_KNOWN:
                self._forget()
            known = self._known[values] = self._set_id(tuple(sorted(found)))
        return known

    def _set_id(self, numbers: tuple[int, ...]) -> int:
        """The number of a set of patterns (sorted), given the first time it comes by."""
        found = self._set_ids.get(numbers)
        if found is None:
            found = self._set_ids[numbers] = len(self._sets)
            self._sets.append(numbers)
        return found

    def _rest_matches(self, doc: Doc, rows: list[list[int]]) -> list[tuple[int, int, int, int]]:
        """The matches of the patterns left to a Matcher, each run only where some alternative's first token
        could match."""
        if self._tables is None:
            self._build()
        strings = self.vocab.strings
        matches: list[tuple[int, int, int, int]] = []
        if self._rest:
            present = [set(column) for column in zip(*rows)]
            for needs, matcher in self._rest:
                if any(all(_present(need, present, self._tried, strings) for need in alternative)
                       for alternative in needs):
                    matches += [(int(strings[m_id]), m_id, start, end)
                                for m_id, start, end in matcher(doc, allow_missing=True, as_spans=False)]
        return matches

    def _annotate(self, doc: Doc) -> None:
        """Each token's attributes merged from its matches in pattern order, written a column at a time."""
        rows = doc.to_array(list(TABLE_ATTRS)).tolist()
        known, set_of = self._known, self._set_of
        sets = [known[values] if values in known else set_of(values) for values in map(tuple, rows)]
        for number, _, start, end in self._rest_matches(doc, rows):
            i = self._token_of(number, start, end, doc)
            sets[i] = self._set_id(tuple(sorted({*self._sets[sets[i]], number})))
        if len(self._merged) < len(self._sets):
            self._merge()
        index = np.array(sets)
        written = [attr for attr, (_, has) in self._columns.items() if has[index].any()]
        if written:
            array = doc.to_array(written)
            for c, attr in enumerate(written):
                values, has = self._columns[attr]
                where = has[index]
                array[where, c] = values[index[where]]
            doc.from_array(written, array)
        for i in np.flatnonzero(self._other[index]).tolist():
            set_token_attrs(doc[i], {k: v for k, v in self._merged[sets[i]].items() if k not in WRITTEN})

    def _merge(self) -> None:
        """The attributes each set of patterns sets (later patterns over earlier ones), and as columns: the value
        of each attribute of :data:`WRITTEN` by set, whether the set sets it, whether it sets another one."""
        for numbers in self._sets[len(self._merged):]:
            merged: dict[Any, Any] = {}
            for number in numbers:
                merged.update(self.attrs[number])
            self._merged.append(merged)
        self._columns = {attr: (np.array([m.get(attr, 0) for m in self._merged], dtype="uint64"),
                                np.array([attr in m for m in self._merged], dtype=bool))
                         for attr in sorted(WRITTEN)}
        self._other = np.array([any(k not in WRITTEN for k in m) for m in self._merged], dtype=bool)

    def _token_of(self, number: int, start: int, end: int, doc: Doc) -> int:
        """The token a match of pattern ``number`` sets (its index into the match), as spaCy's ruler finds it."""
        index = self.indices[number]
        i = (start if index >= 0 else end) + index
        if not start <= i < end:
            raise ValueError(Errors.E1001.format(patterns=self.matcher.get(str(number)),
                                                 span=[t.text for t in doc[start:end]], index=index))
        return i
