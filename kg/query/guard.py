"""Checks on a query's text before any engine parses it: size, nesting depth, UPDATE, SERVICE and FROM.

SPARQL parsers recurse once per nested group: a few kilobytes of ``{{{…}}}`` overflow the stack of the process that
parses them. These checks read the text with a small lexer instead: comments, strings and IRIs are masked first, so a
word in a comment (``# download with care``) or in a literal is never taken for a keyword.

Examples
--------
>>> info = check_query("PREFIX x: <http://x/> # INSERT? no\\nSELECT * FROM <http://g> WHERE { ?s ?p 'DELETE' }")
>>> info.form, info.has_from, info.uses_service
('SELECT', True, False)
>>> check_query("SELECT * WHERE " + "{" * 300 + "}" * 300)
Traceback (most recent call last):
...
kg.errors.QueryError: the query nests groups 300 deep; at most 128 are allowed
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.errors import QueryError

#: Characters a query may have (a saved query is about 2,000).
MAX_QUERY_CHARS = 100_000
#: Brackets (``{``, ``(`` and ``[``) a query may open inside each other.
MAX_NESTING = 128

#: IRIs, strings (long ones first) and comments: masked before keywords are looked for
_MASKED = re.compile(r'<[^<>"{}|^`\\\s]*>|"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                     r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|#[^\n]*')
_PROLOGUE = re.compile(r"\s*(?:(?:PREFIX\s+[^\s:]*:\s*<\s*>|BASE\s*<\s*>)\s*)*", re.IGNORECASE)
_FIRST_WORD = re.compile(r"[A-Za-z]+")
_UPDATE_WORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"})
_QUERY_FORMS = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:])", re.IGNORECASE)
_FROM = re.compile(r"(?<![\w:?$])FROM(?![\w:])", re.IGNORECASE)
_OPEN, _CLOSE = "{([", "})]"


class UpdateRefused(QueryError):
    """The text is a SPARQL UPDATE request, which kg never runs."""


class ServiceRefused(QueryError):
    """The query calls a remote endpoint (``SERVICE``), which is refused unless allowed."""


@dataclass(frozen=True)
class QueryInfo:
    """What the lexer found: the query form (``SELECT`` …, ``""`` when unknown) and the clauses that matter."""

    form: str
    has_from: bool
    uses_service: bool


def mask(text: str) -> str:
    """``text`` with IRIs, strings and comments blanked out (same length, so positions still match).

    >>> mask('SELECT ?s WHERE { ?s <http://x/#a> "a { b" } # {')
    'SELECT ?s WHERE { ?s <           > "     " }    '
    """
    def blank(m: re.Match[str]) -> str:
        s = m.group(0)
        if s[0] == "<":
            return "<" + " " * (len(s) - 2) + ">"
        if s[0] in "\"'":
            return s[0] + " " * (len(s) - 2) + s[-1]
        return " " * len(s)

    return _MASKED.sub(blank, text)


def nesting_depth(masked: str) -> int:
    """The deepest nesting of brackets in a masked query text.

    >>> nesting_depth("SELECT * WHERE { { ?s ?p ?o } FILTER((1)) }")
    3
    """
    depth = deepest = 0
    for ch in masked:
        if ch in _OPEN:
            depth += 1
            deepest = max(deepest, depth)
        elif ch in _CLOSE:
            depth = max(depth - 1, 0)
    return deepest


def query_form(masked: str) -> str:
    """The first keyword after the prologue (PREFIX and BASE declarations), upper-cased.

    >>> query_form("PREFIX a: <    >\\nBASE <  > WITH <  > DELETE { } WHERE { }")
    'WITH'
    """
    prologue = _PROLOGUE.match(masked)  # it matches any text (every part of it is optional)
    rest = masked[prologue.end():] if prologue is not None else masked
    word = _FIRST_WORD.match(rest)
    return word.group(0).upper() if word else ""


def check_query(text: str, *, allow_service: bool = False, max_chars: int = MAX_QUERY_CHARS,
                max_nesting: int = MAX_NESTING) -> QueryInfo:
    """Check ``text`` before an engine parses it; raise :class:`QueryError` (or a subclass) for what kg refuses.

    Refused: an empty or oversized text, brackets nested deeper than ``max_nesting``, an UPDATE request
    (:class:`UpdateRefused`) and, unless ``allow_service``, a ``SERVICE`` call (:class:`ServiceRefused`).

    >>> check_query("DELETE WHERE { ?s ?p ?o }")
    Traceback (most recent call last):
    ...
    kg.query.guard.UpdateRefused: SPARQL UPDATE is not allowed: kg only reads graphs
    >>> check_query("SELECT * WHERE { SERVICE <http://127.0.0.1:1/x> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    kg.query.guard.ServiceRefused: SERVICE (a call to another endpoint) is refused; kg queries only its own graph
    """
    if len(text) > max_chars:
        raise QueryError(f"the query has {len(text):,} characters; at most {max_chars:,} are allowed")
    masked = mask(text)
    if not masked.strip():
        raise QueryError("the query is empty")
    depth = nesting_depth(masked)
    if depth > max_nesting:
        raise QueryError(f"the query nests groups {depth} deep; at most {max_nesting} are allowed")
    form = query_form(masked)
    if form in _UPDATE_WORDS:
        raise UpdateRefused("SPARQL UPDATE is not allowed: kg only reads graphs")
    uses_service = bool(_SERVICE.search(masked))
    if uses_service and not allow_service:
        raise ServiceRefused("SERVICE (a call to another endpoint) is refused; kg queries only its own graph")
    return QueryInfo(form if form in _QUERY_FORMS else "", bool(_FROM.search(masked)), uses_service)
