"""Small readings of names in their phrase: where a name starts, whether a possessive owns it, which names a
plural group noun lists after it, which organisation a title before a name gives. Plain functions over a
:class:`~kg.nlp.relations.context.DocContext`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:  # context imports this module
    from kg.nlp.relations.context import DocContext

POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}


def mention_start(tok: Token, ctx: DocContext) -> int:
    """Where the name ``tok`` is part of starts (``tok.i`` outside names)."""
    start = tok.i
    while start > 0 and ctx.entity(ctx.doc[start - 1]) and ctx.entity(ctx.doc[start - 1]) == ctx.entity(tok):
        start -= 1
    return start


def after_possessive(tok: Token, ctx: DocContext) -> bool:
    """Whether the name ``tok`` heads comes right after a possessive (``Norway's Telenor``: Telenor)."""
    start = mention_start(tok, ctx)
    return start > 0 and ctx.doc[start - 1].text in POSSESSIVE


def ends_in_possessive(tok: Token, ctx: DocContext) -> bool:
    """Whether the name ``tok`` is part of ends in a possessive followed by another name (``Norway's
    Telenor``: Norway)."""
    eid = ctx.mention_at.get(tok.i)
    if eid is None:
        return False
    end = tok.i
    while end + 1 < len(ctx.doc) and ctx.mention_at.get(end + 1) == eid:
        end += 1
    return end + 2 < len(ctx.doc) and ctx.doc[end + 1].text in POSSESSIVE and \
        ctx.mention_at.get(end + 2) not in (None, eid)


def name_before(desc: Token, ctx: DocContext) -> str | None:
    """The actor named right before a singular description in apposition, whatever head the parser gave the
    description: ``Samsung, the Korean chipmaker, and TSMC, the Taiwanese foundry`` -> TSMC for ``foundry``.

    >>> import spacy; from spacy.tokens import Doc; from types import SimpleNamespace
    >>> doc = Doc(spacy.blank("en").vocab, words=["TSMC", ",", "the", "foundry"], heads=[0, 0, 3, 0],
    ...           deps=["ROOT", "punct", "det", "appos"])
    >>> ctx = SimpleNamespace(doc=doc, entity=lambda t: "tsmc" if t.i == 0 else None, is_actor=lambda e: True)
    >>> name_before(doc[3], ctx)
    'tsmc'
    """
    i = desc.left_edge.i
    if desc.tag_ in ("NNS", "NNPS") or i < 2 or ctx.doc[i - 1].text != ",":
        return None
    eid = ctx.entity(ctx.doc[i - 2])
    return eid if eid and ctx.is_actor(eid) else None


def listed_after_group(tok: Token, ctx: DocContext) -> list[Token]:
    """Names listed right after a plural group noun, however the parser hung them: ``Chinese start-ups, Unitree
    and Fourier`` (a conjunct after the comma), ``several Chinese developers, among them Baidu and Tencent``
    (``among them`` on the verb). Returns the first listed token of each kind; its conjuncts follow from it."""
    doc = ctx.doc
    nxt = tok.i + 1
    if nxt + 1 >= len(doc) or doc[nxt].text != ",":
        return []
    after = doc[nxt + 1]
    found = [c for c in tok.children if c.dep_ == "conj" and c.i == nxt + 1 and ctx.entity(c)
             and ctx.is_actor(ctx.entity(c) or "")]
    if after.lower_ == "among" and after.head.pos_ in ("VERB", "AUX") and nxt + 2 < len(doc) and \
            doc[nxt + 2].lower_ == "them":
        found += [c for c in after.children if c.dep_ == "pobj" and c.i > nxt + 2]
    if not found and after.lower_ == "among" and nxt + 3 < len(doc) and doc[nxt + 2].lower_ == "them" and \
            ctx.is_actor(ctx.entity(doc[nxt + 3]) or ""):
        found.append(ctx.mention_root(doc[nxt + 3]))  # "…, among them ByteDance and Tencent" hung elsewhere
    return found


def described_names(desc: Token, ctx: DocContext) -> list[str]:
    """The names an apposition describes: a plural description every conjunct (``Sweden and Finland, NATO's newest
    members``), a singular one the name right before it (``Sweden and Turkey, a NATO member``)."""
    head = desc.head
    if desc.tag_ == "NNS":
        return ctx.actors(head)
    before = name_before(desc, ctx)
    return [before] if before else ctx.actors(head, conj=False)


def titled_body(person: Token, ctx: DocContext) -> str | None:
    """The organisation a title before a name gives: ``Safran chief executive Olivier Andriès`` -> Safran.

    Only lower-case words may stand between the organisation and the name, so that a list of names is no title.
    """
    doc, sent = ctx.doc, ctx.index.sent_of(person.i)  # (Token.sent scans the document)
    i = person.i
    while i > sent.start and ctx.entity(doc[i]) == ctx.entity(person):
        i -= 1
    words = 0
    while i >= sent.start and not ctx.entity(doc[i]) and doc[i].is_lower and doc[i].is_alpha and words < 4:
        i, words = i - 1, words + 1
    org = ctx.entity(doc[i]) if i >= sent.start and words else None
    return org if org and ctx.type_of(org) == "Organization" else None
