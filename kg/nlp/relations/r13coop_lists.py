"""Lists of parties read in surface order for the cooperation rules of r13coop.py: the parser chains long lists,
lists with descriptions inside and headlines wrongly (``A, the B and C`` comes out as an apposition and a
conjunct); and the completion of the cooperation and agreements the rules found to every name of a list one of
their parties stands in."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.nlp.relations.context import POSSESSIVE, Candidate, DocContext
from kg.nlp.relations.coop import party_ids

#: the predicates completed here
COOPERATION = ("cooperatesWith", "agreementWith")
#: what ends a list of names on its left: the sentence's start or one of these
LIST_STARTS = {",", ";", ":", "\u2014", "\u2013", "(", "\"", "\u201c"}
#: the part a name plays in its clause (a list's names play one)
ROLES = {"nsubj": "subject", "nsubjpass": "subject", "pobj": "object", "dobj": "object", "attr": "object",
         "dative": "object"}
HYPHENS = ("-", "\u2013", "\u2014", "/")


def surface_list(end: int, ctx: DocContext, *, opened: bool = False) -> list[str]:
    """The names of :func:`read_list`."""
    return read_list(end, ctx, opened=opened)[0]


def read_list(end: int, ctx: DocContext, *, opened: bool = False) -> tuple[list[str], int]:
    """The list of actor names that ends at token ``end``, read in surface order (the parser chains long lists,
    lists with a description inside and headlines wrongly): ``A, B and C``, ``A, the B and C``, ``A and B``; a name
    with its country's possessive before it counts once (``South Korea's Samsung and SK Hynix``). Only the last
    part when two lists meet (``… by A and B, C and D``); a part before a comma only when it is one name of the
    same kind as those of the last part; empty when the list does not start a clause (``Unlike Russia, China …``),
    unless ``opened`` (the list is a preposition's object)."""
    doc, at = ctx.doc, ctx.mention_at
    start = ctx.index.sent_of(end).start
    items: list[tuple[str, int]] = []  # right to left: (entity id or separator, its first token)
    i = end
    while i >= start:
        eid = at.get(i)
        if eid is not None:
            while i - 1 >= start and at.get(i - 1) == eid:
                i -= 1
            first = i
            i -= 1
            if i >= start + 1 and doc[i].lower_ in POSSESSIVE and at.get(i - 1) is not None \
                    and ctx.type_of(at[i - 1]) == "Country" and ctx.type_of(eid) == "Organization":
                owner = at[i - 1]  # "South Korea's Samsung": the country owns the name
                i -= 1
                while i >= start and at.get(i) == owner:
                    i -= 1
                first = i + 1
            root = ctx.mention_root(doc[first])
            while i >= start and _describes(doc[i], root, ctx) or i >= start and doc[i].lower_ == "the":
                first = i  # "the conglomerate Vingroup", "software firm FPT": a description before the name
                i -= 1
            items.append((eid, first))
            continue
        if doc[i].lower_ in ("and", ",", "&"):
            items.append((doc[i].lower_, i))
            i -= 1
            continue
        past = past_description(i, ctx)
        if past != i and items and items[-1][0] == ",":
            i = past  # "Siemens, the German engineering company, and Hitachi": past the description
            continue
        break
    items.reverse()
    # the parts between commas; the last whole, one name each before it
    parts: list[list[tuple[str, int]]] = [[]]
    for item in items:
        if item[0] == ",":
            parts.append([])
        else:
            parts[-1].append(item)
    for part in parts:
        while part and part[0][0] in ("and", "&"):
            part.pop(0)  # "A, B, and C"; "…, and India and Japan signed"
    parts = [p for p in parts if p]
    if not parts:
        return [], end + 1
    kept = [parts[-1]]
    kinds = {ctx.type_of(x) for x, _ in parts[-1] if x not in ("and", "&")}
    for part in reversed(parts[:-1]):
        if len(part) != 1 or ctx.type_of(part[0][0]) not in kinds:
            break
        kept.insert(0, part)
    first = kept[0][0][1]
    before = doc[first - 1] if first > start else None
    if before is not None and not opened and before.text not in LIST_STARTS and \
            before.lower_ not in ctx.lex.words("r13coop_list_starts"):
        return [], end + 1
    return party_ids([x for part in kept for x, _ in part if x not in ("and", "&")], ctx), first


def past_description(i: int, ctx: DocContext) -> int:
    """Where the name before an apposition that ends at token ``i`` ends (``Siemens, the German engineering
    company``: at ``Siemens``), a comma after it included; ``i`` itself when no such description ends there."""
    doc = ctx.doc
    j = i - 1 if doc[i].text == "," and i > 0 else i
    tok = doc[j]
    start = ctx.index.sent_of(j).start  # (Token.sent scans the document; a head is in its token's sentence)
    while tok.dep_ != "appos" and tok.head.i != tok.i and tok.head.i <= j and tok.head.i >= start:
        tok = tok.head
    if tok.dep_ != "appos" or ctx.entity(tok) or ctx.entity(tok.head) is None:
        return i
    before = tok.left_edge.i - 1
    if before < 1 or doc[before].text != "," or ctx.mention_at.get(before - 1) is None or any(
            ctx.mention_at.get(t.i) and not (ctx.type_of(ctx.mention_at[t.i]) == "Country" and t.dep_ in (
                "amod", "compound", "nmod", "poss", "case")) for t in doc[before + 1:j + 1]):
        return i  # the parser may hang the description on an earlier name: the name before it is described
    return before - 1


def _opens_description(tok: Token, ctx: DocContext) -> bool:
    """Whether ``tok`` starts a description in apposition to a name (``, the South Korean chipmaker,``)."""
    top = tok
    while top.dep_ != "appos" and top.head.i != top.i and top.head.i >= tok.i:
        top = top.head
    return top.dep_ == "appos" and top.left_edge.i == tok.i and not ctx.entity(top) and \
        ctx.entity(top.head) is not None


def _describes(tok: Token, root: Token, ctx: DocContext, *, anywhere: bool = False) -> bool:
    """Whether ``tok`` is a word of the description before the name headed by ``root``: ``the conglomerate``,
    ``military-owned telecoms operator``, ``the Japanese space agency`` (a country's adjective too); ``anywhere``:
    of a description in apposition (its words need not lead to a name after them)."""
    if tok.lower_ in (",", "and", "&") or tok.dep_ == "punct" and tok.text not in HYPHENS or \
            not anywhere and (tok.i < root.left_edge.i or tok.head.i < tok.i):
        return False
    eid = ctx.mention_at.get(tok.i)
    return eid is None or ctx.type_of(eid) == "Country" and tok.dep_ in ("amod", "compound", "nmod")


def list_after(tok: Token, ctx: DocContext) -> list[str]:
    """The list of names that starts at ``tok`` (the object of ``between``, ``among``): ``among Saudi Arabia,
    the UAE and Qatar``, however the parser chained it (a description in a list comes out as an apposition)."""
    doc, at = ctx.doc, ctx.mention_at
    if at.get(tok.i) is None:
        return []
    first = ctx.mention_root(tok).left_edge.i
    end, i, stop = tok.i, tok.i, ctx.index.sent_of(tok.i).end
    while i < stop:
        if at.get(i) is not None:
            end = i
        elif doc[i].lower_ not in ("and", ",", "the", "&") and doc[i].lower_ not in POSSESSIVE:
            break
        i += 1
    found, start = read_list(end, ctx, opened=True)
    return found if found and start <= first else []


def list_around(ent: Span, ctx: DocContext) -> list[str]:
    """The coordinated list of names the mention ``ent`` stands in, read in surface order (:func:`surface_list`),
    when it has ``and``; else the mention's own entity. A list whose later name starts a clause of its own
    (``… with A, and B signed …``) is no list."""
    doc, at = ctx.doc, ctx.mention_at
    own = at.get(ent.start)
    sent = ctx.index.sent_of(ent.start)  # (Span.sent scans the document)
    i, end, stop = ent.end, ent.end - 1, sent.end if ent.end <= sent.end else ent.sent.end
    while i < stop:
        if doc[i - 1].text == "," and _opens_description(doc[i], ctx):
            j = i
            while j < stop and doc[j].text not in (",", "and") and _describes(doc[j], doc[j], ctx, anywhere=True):
                j += 1  # "with Samsung, the South Korean chipmaker, and TSMC": past the description
            if j > i:
                i = j
                continue
        if at.get(i) is not None:
            end = i
        elif doc[i].lower_ not in ("and", ",", "the", "&") and doc[i].lower_ not in POSSESSIVE:
            break
        i += 1
    listed, first = read_list(end, ctx, opened=True)
    if own not in listed or len(listed) < 2 or first > ent.start or \
            not any(t.lower_ in ("and", "&") for t in doc[first:end]):
        return [own] if own else []
    if len({ctx.type_of(x) for x in listed}) > 1:
        return [own]  # "A in Russia and B": no list of one kind
    anchor = ctx.mention_root(doc[ent.start])
    named = [t for t in doc[first:end + 1] if at.get(t.i) in listed]  # not a country inside a description
    roles = {ROLES.get(ctx.mention_root(t).dep_) for t in named}
    if {"subject", "object"} <= roles:
        return [own]  # "… invested in X, and Y has also backed …": two clauses, no list
    for t in named:
        root = ctx.mention_root(t)
        if root.dep_ in ("amod", "compound", "nmod", "npadvmod") and ctx.entity(root.head) != at.get(t.i) or \
                root.dep_ == "poss" and ctx.type_of(at[t.i]) != "Country" or \
                end + 1 < len(doc) and doc[end + 1].text in HYPHENS:
            return [own]  # "the Chinese company", "SoftBank-controlled Arm": a name inside a description
        if root.dep_ in ("nsubj", "nsubjpass") and (root.dep_ != anchor.dep_ or root.head.i != anchor.head.i):
            return [own]
    if i < stop and doc[i].pos_ in ("VERB", "AUX") and anchor.dep_ not in ("nsubj", "nsubjpass"):
        return [own]  # "… with A and B said": the list ends in a clause's subject
    return listed


def complete_lists(candidates: list[Candidate], ctx: DocContext) -> list[Candidate]:
    """The found cooperation and agreements, with every name of a list that one of their parties stands in
    (``Nvidia will work with FPT, Viettel and the conglomerate Vingroup``: the parser chained the list, the rule
    read two of its names; ``the defence chiefs of A, the B and the C``): coordination distributes, and every pair
    of a multi-party deal's signatories has it."""
    lists: dict[tuple[int, str], list[str]] = {}
    by_sent: dict[int, list[Span]] = {}
    out = list(candidates)
    seen = {(c.subject, c.predicate, c.object) for c in candidates}
    for c in candidates:
        if c.predicate not in COOPERATION:
            continue
        ents = by_sent.get(c.sent.start)
        if ents is None:
            ents = by_sent[c.sent.start] = ctx.ents_in(c.sent)
        sides = []
        for eid in (c.subject, c.object):
            key = (c.sent.start, eid)
            if key not in lists:
                named = [ent for ent in ents if ctx.mention_at.get(ent.start) == eid]
                # named once in the sentence: else which of its mentions the rule read is unknown
                lists[key] = list_around(named[0], ctx) if len(named) == 1 else [eid]
            sides.append(lists[key])
        left, right = sides
        if len(left) == 1 and len(right) == 1:
            continue
        if c.object in left or c.subject in right:
            continue  # both of one list: the rules pair a list's names when it says so
        extra = [(s, o) for s in left for o in right if s != o]
        for s, o in extra:
            if (s, c.predicate, o) in seen or (o, c.predicate, s) in seen:
                continue
            seen.add((s, c.predicate, o))
            out.append(Candidate(s, c.predicate, o, f"{c.rule}+r13coop:list", c.status, c.sent, c.topics))
    return out
