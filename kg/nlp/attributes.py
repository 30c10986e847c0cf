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
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore
from spacy.tokens import Doc

#: token attributes a one-token pattern may test for equality to be looked up in a table, in the order of the
#: columns :meth:`FastAttributeRuler.match` reads; the most selective ones first
TABLE_ATTRS = ("LOWER", "ORTH", "DEP", "TAG", "IS_SPACE")

#: a pattern's number and the values it refuses (``NOT_IN``), by column
Entry = tuple[int, tuple[tuple[int, frozenset[int]], ...]]
#: (the columns a group of patterns tests, its first column's values, value tuple -> its patterns)
Table = tuple[list[int], np.ndarray, dict[tuple[int, ...], list[Entry]]]


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


def _present(need: Need, present: list[set[int]], texts: dict[int, list[str]], strings: StringStore) -> bool:
    column, test = need
    if isinstance(test, frozenset):
        return not test.isdisjoint(present[column])
    if column not in texts:  # the words, decoded once per document and only for a regular expression
        texts[column] = [strings[v] for v in present[column]]
    return any(test.search(word) for word in texts[column])


class FastAttributeRuler(AttributeRuler):
    """An :class:`AttributeRuler` whose :meth:`match` looks one-token patterns up in tables (same matches)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._tables: list[Table] | None = None
        self._rest: list[tuple[list[list[Need]], Matcher]] = []

    def add(self, patterns: Any, attrs: dict, index: int = 0) -> None:  # type: ignore[override]
        super().add(patterns, attrs, index)
        self._tables = None  # made anew on the next match

    def _build(self) -> None:
        groups: dict[tuple[int, ...], dict[tuple[int, ...], list[Entry]]] = defaultdict(lambda: defaultdict(list))
        self._rest = []
        strings = self.vocab.strings
        for number, entry in enumerate(self.patterns):
            others = []
            for pattern in entry["patterns"]:
                if not is_table_pattern(pattern):
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
        self._tables = [(list(columns), np.array(sorted({k[0] for k in values}), dtype="uint64"), dict(values))
                        for columns, values in groups.items()]

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The matches of every pattern, as spaCy's ruler lists them: (pattern number, match id, start, end),
        sorted, so later patterns take precedence."""
        if self._tables is None:
            self._build()
        assert self._tables is not None
        strings = self.vocab.strings
        found: set[tuple[int, int]] = set()  # (pattern number, token)
        if len(doc):
            array = doc.to_array(list(TABLE_ATTRS))
            columns_of = [array[:, c].tolist() for c in range(len(TABLE_ATTRS))]
            for columns, firsts, table in self._tables:
                # the tokens whose first tested value is one of the group's, then the whole test
                first = columns_of[columns[0]]
                near = range(len(first)) if len(firsts) > 16 else \
                    np.flatnonzero(np.isin(array[:, columns[0]], firsts)).tolist()
                rest = [columns_of[c] for c in columns[1:]]
                for i in near:
                    for number, refused in table.get((first[i], *(col[i] for col in rest)), ()):
                        if not any(columns_of[c][i] in values for c, values in refused):
                            found.add((number, i))
        matches = [(number, strings[str(number)], i, i + 1) for number, i in found]
        if self._rest and len(doc):
            present = [set(column) for column in columns_of]
            texts: dict[int, list[str]] = {}
            for needs, matcher in self._rest:
                # a pattern's Matcher runs only where some alternative's first token could match
                if any(all(_present(need, present, texts, strings) for need in alternative) for alternative in needs):
                    matches += [(int(strings[m_id]), m_id, start, end)
                                for m_id, start, end in matcher(doc, allow_missing=True, as_spans=False)]
        matches.sort()
        return matches
