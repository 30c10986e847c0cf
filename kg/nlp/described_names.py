"""Organisations named beside the noun that says what they are, whatever label the model gave the name.

``state-owned mobile operator NetOne``, ``the conglomerate Vingroup``, ``German port operator HHLA``,
``Egypt's state-owned operator Telecom Egypt``, ``Silex Microsystems, the Swedish subsidiary of ...``,
``Belaruskali, Belarus's state potash producer``, ``Eutelsat chief executive Eva Berneke`` and ``Argo AI`` name
organisations even where the statistical NER calls the name a product, a nationality, a work of art or a person
(``descriptors.py`` reads only names the model left unlabelled). A name found this way names the organisation
wherever else it is written in the document.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from kg.nlp.kb import slugify
from kg.nlp.mentions import PERSON_TITLES, Mention
from kg.nlp.r17news5 import person_guess
from kg.nlp.tokens import lowers, positions

#: labels of numbers and dates, never part of a name
NUMERIC = {"DATE", "TIME", "CARDINAL", "MONEY", "ORDINAL", "PERCENT", "QUANTITY"}
#: how a name hangs on the noun before it when that noun describes it
NAME_DEPS = {"appos", "compound", "npadvmod", "nmod"}
MAX_WORDS = 4
#: NER labels of names that are no actor whatever noun stands before them
NOT_ACTOR = {"LAW", "EVENT", "LANGUAGE"}
#: the tagger calls some capitalised names (HHLA) common nouns; a capital letter after a describing noun decides
NAME_POS = {"PROPN", "NOUN"}


def _name_run(doc: Doc, start: int, covered: dict[int, Mention]) -> int:
    """The end of the capitalised proper nouns from ``start`` that no mention covers, taking in a country
    word that ends the name (``Telecom Egypt``); ``start`` when there is none."""
    end = start
    while end < len(doc) and end - start < MAX_WORDS and end not in covered and doc[end].pos_ in NAME_POS and \
            doc[end].text[:1].isupper() and doc[end].ent_type_ not in NUMERIC:
        end += 1
    if start < end < len(doc) and (m := covered.get(end)) is not None and m.label == "Country" and \
            m.end == end + 1 and all(t.head.i == end for t in doc[start:end]) and \
            not (end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN"):
        end += 1  # the country word is the head of the name ("Telecom Egypt", "Nexperia China")
    return end


def _apposed_name(doc: Doc, noun: Token, covered: dict[int, Mention], firm: bool = False) -> Span | None:
    """The name a describing noun stands in apposition to, right before its comma (``Rain AI, a chip start-up``):
    the capitalised proper nouns ending at the noun's head, of which only words after the first may be a
    technology's name; None when the head is no such name or another name covers it."""
    head = noun.head
    if head.i + 1 >= len(doc) or doc[head.i + 1].text != "," or head.pos_ not in NAME_POS or \
            not head.text[:1].isupper():
        return None
    start = head.i
    while start > 0 and head.i - start < MAX_WORDS - 1 and doc[start - 1].pos_ in NAME_POS and \
            doc[start - 1].text[:1].isupper() and doc[start - 1].head.i == head.i:
        start -= 1
    span = doc[start:head.i + 1]
    if any(t.ent_type_ in NOT_ACTOR or t.ent_type_ in NUMERIC for t in span) or \
            (start > 0 and doc[start - 1].pos_ == "PROPN"):
        return None
    for i in range(span.start, span.end):
        m = covered.get(i)
        if m is not None and not (m.label == "Technology" and i > span.start and m.end <= span.end) and \
                not (firm and noun.left_edge.i == head.i + 2 and person_guess(m, span)):
            return None
    return span


def _left_name(doc: Doc, end: int, covered: dict[int, Mention]) -> Span | None:
    """The capitalised proper nouns that end at ``end`` (exclusive) and no mention covers, or None."""
    start = end
    while start > 0 and end - start < MAX_WORDS and start - 1 not in covered and doc[start - 1].pos_ in NAME_POS \
            and doc[start - 1].text[:1].isupper() and doc[start - 1].ent_type_ not in NOT_ACTOR | NUMERIC:
        start -= 1
    if start == end or (start > 0 and doc[start - 1].pos_ == "PROPN") or doc[start].is_sent_start:
        return None
    return doc[start:end]


def _named_before_roles(doc: Doc, roles: set[str], covered: dict[int, Mention]) -> list[Span]:
    """``Eutelsat chief executive Eva Berneke``: the name before a company's roles that stand before a
    person's name."""
    out = []
    for at in positions(doc, roles) if roles else []:
        if not doc[at].is_lower or (at > 0 and doc[at - 1].lower_ in roles):
            continue
        k = at
        while k < len(doc) and doc[k].lower_ in roles and doc[k].is_lower:
            k += 1
        person = covered.get(k)
        if k < len(doc) and (doc[k].ent_type_ == "PERSON" or person is not None and person.label == "Person") \
                and (span := _left_name(doc, at, covered)) is not None:
            out.append(span)
    return out


def _ai_names(doc: Doc, covered: dict[int, Mention]) -> list[Span]:
    """``Argo AI``, ``Moonshot AI``: one capitalised proper noun before ``AI`` that ends the name is a
    company's name (the technology word inside it is no mention of its own)."""
    out = []
    for at in positions(doc, {"ai"}):
        if doc[at].text != "AI" or at == 0 or (at + 1 < len(doc) and doc[at + 1].pos_ in ("PROPN", "NOUN")):
            continue  # "the Galaxy AI features": a product's name before the noun it names
        span = _left_name(doc, at, covered)
        if span is not None and len(span) == 1 and span[0].pos_ == "PROPN" and span[0].is_title and \
                not span[0].is_stop:
            out.append(doc[span.start:at + 1])
    return out


def hyphen_ends(doc: Doc, forms: set[str]) -> set[int]:
    """The last tokens of the hyphenated ``forms`` the tokenizer splits (``start-up`` is ``start``, ``-``, ``up``).

    >>> import spacy
    >>> sorted(hyphen_ends(spacy.blank("en")("a chip start-up, and a spin-off"), {"start-up", "company"}))
    [4]
    """
    parts = {tuple(f.split("-")) for f in forms if f.count("-") == 1}
    lower = lowers(doc)  # read once per document (no Token per token)
    return {i for i in range(2, len(doc)) if lower[i - 1] == "-" and (lower[i - 2], lower[i]) in parts}


def placed_firm(doc: Doc, tok: Token) -> bool:
    """Whether ``tok`` is the ``based`` of ``X-based`` (``a Perth-based miner``): a place where a firm is based
    describes a firm more often than a person."""
    return tok.lower_ == "based" and tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_


def _describes(doc: Doc, d: int, span: Span) -> bool:
    """Whether the noun at ``d`` stands in the name's phrase (``operator NetOne``), not as the object of a
    clause the name is the subject of (``the firm Kovac runs``)."""
    tok, root = doc[d], span.root
    return span.start <= tok.head.i < span.end or (root.head.i == d and root.dep_ in NAME_DEPS)


def described_names(doc: Doc, mentions: Sequence[Mention], descriptors: set[str],
                    reject: Callable[[str], bool], is_place: Callable[[str], bool], *,
                    either: set[str] = frozenset(), roles: set[str] = frozenset()) -> list[Mention]:
    """The mentions with organisations added: names right after a describing noun from ``descriptors``
    (written in lower case), or after a noun from ``either`` (which names people as often) that has a noun
    before it (``potash producer``), or before a company's ``roles`` and a person (``Eutelsat chief executive
    Eva Berneke``), or before ``AI`` (``Argo AI``); and every other place the same name is written. (A country's
    possessive before
    a name, ``South Africa's Vodacom``, is no such evidence here: it names payment systems and products as
    often as firms.)

    ``reject`` drops names that are no new actors (products, laws, known names); ``is_place`` drops towns.
    """
    covered = {i: m for m in mentions if m.end > m.start for i in range(m.start, m.end)}
    found: list[Mention] = []
    replaced: set[int] = set()
    def add(span: Span) -> None:
        m = Mention(span.start, span.end, slugify(span.text), "Organization", "ner", span.text)
        found.append(m)
        replaced.update(id(x) for i in range(span.start, span.end) if (x := covered.get(i)) is not None)
        for i in range(span.start, span.end):
            covered[i] = m

    for span in _named_before_roles(doc, roles, covered) + _ai_names(doc, covered):
        if not reject(span.text) and not is_place(span.text):
            add(span)
    hyphened = hyphen_ends(doc, descriptors)  # "a chip start-up": the descriptor's last token
    for at in sorted(set(positions(doc, descriptors | either)) | hyphened):
        tok = doc[at]
        if not tok.is_lower or tok.pos_ not in ("NOUN", "ADJ"):  # the tagger calls some nouns adjectives
            continue
        if tok.lower_ not in descriptors and at not in hyphened and not any(
                c.dep_ == "compound" and c.pos_ == "NOUN" or placed_firm(doc, c) for c in tok.children):
            continue  # "a competition partner" names a person; "the potash producer", "a Perth-based miner" a firm
        if tok.dep_ == "appos" and tok.head.i < at:
            # "Silex Microsystems, the Swedish subsidiary of ..."; "X, a Wuhan-based maker" even when the model
            # took X for a person (r17news5)
            span = _apposed_name(doc, tok, covered, tok.lower_ in descriptors or any(
                placed_firm(doc, c) for c in tok.children))
            if span is not None and not reject(span.text) and not is_place(span.text):
                add(span)
            continue
        end = _name_run(doc, at + 1, covered)
        if end == at + 1 or any(t.ent_type_ in NOT_ACTOR for t in doc[at + 1:end]):
            continue
        span = doc[at + 1:end]
        if span[0].lower_.rstrip(".") in PERSON_TITLES or reject(span.text) or is_place(span.text):
            continue
        if not _describes(doc, at, span):
            continue
        add(span)
    if not found:
        return list(mentions)
    for m in list(found):
        found.extend(_elsewhere(doc, m, covered, replaced))
    kept = [m for m in list(mentions) + found if id(m) not in replaced]
    return sorted(kept, key=lambda m: (m.start, m.end))


def _elsewhere(doc: Doc, name: Mention, covered: dict[int, Mention], replaced: set[int]) -> list[Mention]:
    """Other places ``name`` is written, where no other name covers it (a country word inside it, or a
    shorter name the model found there, gives way: ``Telecom`` + ``Egypt`` become ``Telecom Egypt``)."""
    words = [t.text for t in doc[name.start:name.end]]
    out = []
    for at in positions(doc, {words[0].lower()}):
        end = at + len(words)
        if at == name.start or end > len(doc) or [t.text for t in doc[at:end]] != words or \
                (end < len(doc) and doc[end].pos_ == "PROPN") or (at > 0 and doc[at - 1].pos_ == "PROPN"):
            continue
        inside = {id(m): m for i in range(at, end) if (m := covered.get(i)) is not None}
        if any(m.start < at or m.end > end or not (m.kind == "ner" or m.label == "Country")
               for m in inside.values()):
            continue
        replaced.update(inside)
        m = Mention(at, end, name.entity_id, "Organization", "ner", doc[at:end].text)
        out.append(m)
        for i in range(at, end):
            covered[i] = m
    return out
