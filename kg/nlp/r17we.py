"""The issuer of a document, for its unquoted first person (branch r17we).

In a press release, an earnings-call transcript, an annual report's risk factors or an official statement, an
unquoted "we", "our", "us" is the body that issues the text: ``ASM International -- Annual Report`` … ``we source
parts from X``. The issuer is read from the document's opening (its title or first sentence naming one
organisation as what reports, announces or holds the call) or an operator's ``welcome to X's … call`` (the cleaner
has taken ``About X`` headings out of the text); when these name more than one organisation, there is no clear
issuer and nothing is resolved. A quoted "we" is left to the speaker reading (:meth:`DocContext.speaker_body`).
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Span

#: words of a title or first sentence that make its leading organisation the document's issuer
ISSUER_CUES = frozenset({
    "announce", "announces", "announced", "reports", "reported", "report", "results", "earnings", "transcript",
    "statement", "release", "unveils", "unveiled", "launches", "launched", "posts", "posted", "annual",
    "quarter", "quarterly", "10-k", "20-f", "hereby",
})

#: how many non-empty lines make a document's opening (furniture, title, deck, first sentence)
OPENING_LINES = 5

#: opening quotation marks and the ones that close them; a straight ``"`` toggles
OPENING_QUOTES, CLOSING_QUOTES = frozenset({"\u201c"}), frozenset({"\u201d"})


class _Reader(Protocol):
    """What the issuer reading asks of :class:`kg.nlp.relations.context.DocContext`."""

    def type_of(self, entity_id: str) -> str: ...


def _org_spans(doc: Doc, ents: list[Span], ids: list[str], ctx: _Reader) -> list[tuple[Span, str]]:
    """The organisation mentions of the document, in order, with their ids."""
    return [(e, i) for e, i in zip(ents, ids) if ctx.type_of(i) == "Organization"]


def _line_of(doc: Doc, start: int) -> tuple[int, int]:
    """The token range of the line (between newlines) holding token ``start``.

    >>> import spacy
    >>> _line_of(spacy.blank("en")("Title here\\nBody text ."), 3)
    (3, 6)
    """
    a = start
    while a > 0 and "\n" not in doc[a - 1].text_with_ws:
        a -= 1
    b = start
    while b < len(doc) - 1 and "\n" not in doc[b].text_with_ws:
        b += 1
    return a, b + 1


def _in_brackets(doc: Doc, a: int, i: int) -> bool:
    """Whether token ``i`` stands inside parentheses opened after ``a`` (a ticker: ``X (ETR: SIE)``).

    >>> import spacy
    >>> doc = spacy.blank("en")("Siemens (ETR: SIE) today")
    >>> _in_brackets(doc, 0, 2), _in_brackets(doc, 0, 6)
    (True, False)
    """
    depth = 0
    for t in doc[a:i]:
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0


def issuer_candidates(doc: Doc, ents: list[Span], ids: list[str], ctx: _Reader) -> set[str]:
    """The organisations a document's opening and an operator's welcome name as its issuer.

    The opening is the first :data:`OPENING_LINES` non-empty lines (furniture, title, deck, first paragraph): a
    line whose first organisation begins it (after at most three other words) with a cue word (``reports``,
    ``announced``, ``earnings``, ``transcript``, ``annual`` …) on the line or a ticker in parentheses after it
    (``X (NYSE: X)``) gives that organisation and every other one named before the cue outside parentheses
    (``X and Y today announced``: two, so no clear issuer). Tested in ``tests/test_r17_we.py``.
    """
    orgs = _org_spans(doc, ents, ids, ctx)
    found: set[str] = set()
    if not orgs:
        return found
    lines: list[tuple[int, int]] = []
    i = 0
    while i < len(doc) and len(lines) < OPENING_LINES:
        a, b = _line_of(doc, i)
        if any(not t.is_space for t in doc[a:b]):
            lines.append((a, b))
        i = b
    for a, b in lines:
        on_line = [(span, eid) for span, eid in orgs if a <= span.start < b]
        if not on_line:
            continue
        first = on_line[0][0]
        lead = [t for t in doc[a:first.start] if not t.is_punct and not t.is_space]
        cue = next((t.i for t in doc[a:b] if t.lower_ in ISSUER_CUES), None)
        ticker = first.end + 1 < len(doc) and doc[first.end].text == "(" and any(
            t.text == ":" or t.text.endswith((".T", ".HK", ".KS", ".AS")) for t in doc[first.end:first.end + 5])
        if len(lead) <= 3 and (cue is not None or ticker):
            # every organisation named before the cue: "X and Y today announced" has no one issuer
            found.update(eid for span, eid in on_line if span == first or (
                (cue is None or span.start < cue) and not _in_brackets(doc, a, span.start)))
    for span, eid in orgs:
        before = doc[span.start - 1] if span.start else None
        if before is not None and before.lower_ == "to" and span.start >= 2 and doc[span.start - 2].lower_ == \
                "welcome" and span.end < len(doc) and doc[span.end].lower_ in ("'s", "\u2019s"):
            found.add(eid)  # the operator's "welcome to X's earnings call"
    return found


def quoted(doc: Doc, i: int) -> bool:
    """Whether token ``i`` stands inside quotation marks, counting them from the start of its paragraph (a quote
    may run over several sentences: ``"We grew. We will build," she said.``).

    >>> import spacy
    >>> doc = spacy.blank("en")('"We grew. We build," she said. We sell.')
    >>> quoted(doc, 4), quoted(doc, 11)
    (True, False)
    """
    a = i
    while a > 0 and "\n" not in doc[a - 1].text_with_ws:
        a -= 1
    inside = False
    for t in doc[a:i]:
        if t.text in OPENING_QUOTES:
            inside = True
        elif t.text in CLOSING_QUOTES:
            inside = False
        elif t.text == '"' or t.text == "``" or t.text == "''":
            inside = not inside if t.text == '"' else t.text == "``"
    return inside
