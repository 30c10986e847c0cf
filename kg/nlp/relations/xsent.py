"""Relations that hold across sentences: what an entity's canonical name says about its country, and leadership
handed on from a predecessor to a successor.

- ``… the Pentagon said. … the United States …``: the linker names the Pentagon ``United States Department of
  Defense``; a body whose canonical name ends in ``of <Country>`` (``Government of Hungary``, ``Ministry of
  Finance of South Korea``) or starts with a country's name is based in that country when the document names the
  country anywhere, not only in the same sentence (:func:`canonical_country_rule`).
- ``Yury Borisov, then head of Roscosmos, … His successor, Dmitry Bakanov, said …``, ``… attacked by his
  predecessor Liz Truss``, ``X, who replaced Y in November``: the other person of a succession holds the same
  office (GUIDELINES.md: former heads keep the relation their title gives). :func:`inherit_succession` runs
  after the rules, on what they found in the whole document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by


def _country_patterns(ctx: DocContext) -> list[tuple[str, re.Pattern[str]]]:
    """Each country the document names, with a pattern for an organisation's canonical name that says it."""
    out = []
    for eid, e in ctx.entities.items():
        if e.type == "Country" and e.label:
            name = re.escape(e.label)
            out.append((eid, re.compile(rf"(?:\bof (?:the )?{name}$|^{name} )")))
    return out


def _named_in_country(ctx: DocContext) -> dict[int, list[tuple[str, str]]]:
    """Sentence start -> (organisation, country) pairs whose canonical name says the country, each listed in the
    sentence of the organisation's first mention (once per document)."""
    countries = _country_patterns(ctx)
    out: dict[int, list[tuple[str, str]]] = {}
    if not countries:
        return out
    first: dict[str, int] = {}
    for m in ctx.mentions:
        if m.kind != "inside" and (m.entity_id not in first or m.start < first[m.entity_id]):
            first[m.entity_id] = m.start
    starts = [s.start for s in ctx.index.sents]
    for eid, at in first.items():
        e = ctx.entities.get(eid)
        if e is None or e.type != "Organization":
            continue
        # a known country of its own decides: "Embassy of China in the United Kingdom" is China's
        found = [cid for cid, pattern in countries if cid != eid and pattern.search(e.label)
                 and e.country in (None, cid)]
        if len(found) != 1:
            continue
        start = max(s for s in starts if s <= at)
        out.setdefault(start, []).append((eid, found[0]))
    return out


@triggered_by(types=("Organization",))
def canonical_country_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The Treasury said on Monday …`` in a text that names the United States: ``United States Department of
    the Treasury`` is based there; ``Government of Hungary``, ``Ministry of Defence of South Korea`` likewise. The
    relation is stated once, in the sentence of the organisation's first mention."""
    for org, country in ctx.index.memo("canonical_country", lambda: _named_in_country(ctx)).get(sent.start, []):
        yield Candidate(org, "basedIn", country, "based:canonical-name", "asserted", sent)


#: nouns that name the other holder of an office (``his successor``, ``her predecessor``)
SUCCESSION_NOUNS = frozenset({"successor", "predecessor"})
#: verbs whose subject and object held the same office one after the other (``X replaced Y``)
SUCCESSION_VERBS = frozenset({"replace", "replaced", "replaces", "succeed", "succeeded", "succeeds"})
#: both, looked up once per document through the index
SUCCESSION_WORDS = SUCCESSION_NOUNS | SUCCESSION_VERBS


def _person(ctx: DocContext, tok: Token | None) -> str | None:
    """The person a token names or refers to (``his`` resolved by the reference step), else None."""
    if tok is None:
        return None
    ids = [ctx.mention_at[tok.i]] if tok.i in ctx.mention_at else ctx.refs.get(tok.i, [])
    return ids[0] if len(ids) == 1 and ctx.type_of(ids[0]) == "Person" else None


def _named_after(ctx: DocContext, tok: Token) -> str | None:
    """The person named right after a succession noun: ``his successor, Dmitry Bakanov``, ``predecessor Liz
    Truss``."""
    doc = ctx.doc
    i = tok.i + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    return _person(ctx, doc[i]) if i < len(doc) and doc[i].sent.start == tok.sent.start else None


def _possessor(ctx: DocContext, tok: Token) -> str | None:
    """Whose successor or predecessor: ``his``/``her`` (resolved to a person), ``Sunak's``, ``whose``."""
    for c in tok.children:
        if c.dep_ != "poss":
            continue
        if c.lower_ == "whose":
            verb = tok
            while verb.dep_ != "relcl" and verb.head is not verb:
                verb = verb.head
            return _person(ctx, verb.head) if verb.dep_ == "relcl" else None
        return _person(ctx, c)
    return None


def succession_pairs(ctx: DocContext) -> list[tuple[str, str, Span]]:
    """(office holder, other holder of the same office, sentence) for each succession the document states between
    two people: the possessor of ``successor``/``predecessor`` and the person named after it, the subject and
    the object of ``replaced``/``succeeded``."""
    doc = ctx.doc
    pairs: list[tuple[str, str, Span]] = []
    for tok in ctx.find(doc[:], SUCCESSION_WORDS):
        if tok.lower_ in SUCCESSION_NOUNS:
            one, other = _possessor(ctx, tok), _named_after(ctx, tok)
        elif tok.lemma_ in SUCCESSION_VERBS and tok.pos_ == "VERB" and not ctx.negated(tok):
            subject = [c for c in tok.children if c.dep_ == "nsubj"]
            objects = [c for c in tok.children if c.dep_ == "dobj"]
            if subject and subject[0].lower_ in ("who", "that") and tok.dep_ == "relcl":
                subject = [tok.head]  # "President X, who replaced Y in November"
            one = _person(ctx, subject[0]) if subject else None
            other = _person(ctx, objects[0]) if objects else None
        else:
            continue
        if one and other and one != other:
            pairs.append((one, other, tok.sent))
    return pairs


def inherit_succession(candidates: list[Candidate], ctx: DocContext) -> list[Candidate]:
    """The leaderOf relations the rules found for the person whose office a succession names, given to the other
    person too: ``his successor X`` and ``his predecessor X`` head what he heads, ``A, who replaced B``: B headed
    what A heads. Only that way: the named one may have held other offices the possessor never held."""
    if not ctx.index.sentences_with(SUCCESSION_WORDS):
        return []
    pairs = succession_pairs(ctx)
    if not pairs:
        return []
    leads: dict[str, list[Candidate]] = {}
    for c in candidates:
        if c.predicate == "leaderOf":
            leads.setdefault(c.subject, []).append(c)
    added: list[Candidate] = []
    for holder, other, sent in pairs:
        for c in leads.get(holder, []):
            if c.object != other and not any(d.object == c.object for d in leads.get(other, [])):
                added.append(Candidate(other, "leaderOf", c.object, "title:succession", "asserted", sent))
    return added
