"""Structural relation rules: titles (leaderOf, worksFor), basedIn, partOf, focusesOn, rivalry (memberOf by a
membership noun: :mod:`kg.nlp.relations.membership`)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.based import based_elsewhere, described_orgs, nickname_of
from kg.nlp.relations.context import POSSESSIVE, Candidate, DocContext
from kg.nlp.relations.events import bygone
from kg.nlp.relations.focus2 import heads_a_part, unit_owners
from kg.nlp.relations.mentions import after_possessive, name_before
from kg.nlp.relations.r15latam_counterpart import counterpart_role
from kg.nlp.relations.r15newsa import nearest_conjunct
from kg.nlp.relations.r17pub5 import before_honorifics
from kg.nlp.relations.titles import Titles, title_kind, titles
from kg.nlp.relations.titles import entity_kind as _kind, title_words as _title_words
from kg.nlp.relations.index import triggered_by


def _persons(sent: Span, ctx: DocContext) -> list[Span]:
    return list(ctx.index.ents_typed(sent, "Person", ctx.type_of))


def org_in(tok: Token, ctx: DocContext, depth: int = 4) -> list[str]:
    """The organisation or country a title phrase points to: ``of X``, ``for X``, ``X's``, ``at X``."""
    if depth == 0:
        return []
    for child in tok.children:
        if child.dep_ in ("poss", "compound", "nmod", "amod") and child.i < tok.i:
            found = [a for a in ctx.actors(child, conj=False) if ctx.type_of(a) != "Person"]
            if found:
                return found
        if child.dep_ == "npadvmod" and child.i == tok.i - 2 and tok.doc[tok.i - 1].text == "-":
            found = org_in(child, ctx, depth - 1)  # "the ITU's secretary-general": the hyphen's first part has it
            if found:
                return found
    # "director general of X": the parser may hang "of X" on the title's last word (r17news5)
    trailing = [c for c in tok.children if c.dep_ == "amod" and c.i == tok.i + 1 and c.lower_ == "general"]
    for pobj in [p for t in [tok, *trailing] for p in ctx.pobjs(t, {"of", "for", "at"})]:
        found = [a for a in ctx.actors(pobj, conj=False) if ctx.type_of(a) != "Person"]
        if found:
            return found
        deeper = org_in(pobj, ctx, depth - 1)
        if deeper:
            return deeper
    return []


def _respective(root: Token, title_tok: Token, ctx: DocContext) -> list[str]:
    """``A and B, the chief executives of X and Y``: a plural title over as many bodies as there are names gives
    each name the body in its place (r17struct); [] otherwise."""
    if title_tok.tag_ != "NNS":
        return []
    first = root.head if root.dep_ == "conj" else root
    names = [first] + [c for c in first.conjuncts if c.i > first.i]
    people = [ctx.entity(t) for t in names]
    bodies = [a for p in ctx.pobjs(title_tok, {"of"}) for a in ctx.actors(p) if ctx.type_of(a) != "Person"]
    if len(people) < 2 or len(bodies) != len(people) or any(p is None or ctx.type_of(p) != "Person" for p in people):
        return []
    return [bodies[names.index(root)]] if root in names else []


@triggered_by(types=("Person",))
def title_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Sberbank CEO German Gref``, ``Russian President Vladimir Putin``, ``X, director general of Y``,
    ``X, who heads Y``, ``its chief executive, Jensen Huang``."""
    doc = ctx.doc
    title = titles(ctx.lex)
    for person in _persons(sent, ctx):
        pid = person.kb_id_
        # left: ORG/COUNTRY ['s] TITLE... PERSON
        i, words = person.start - 1, []
        # "Prime Minister Shri X", "President His Highness Sheikh X": the honorifics before the name (r17pub5)
        i = before_honorifics(doc, i, sent.start, ctx.lex.words("r17pub5_honorifics"))
        comma = i > sent.start and doc[i].text == "," and doc[i - 1].lower_ in title.words and \
            doc[i - 1].lower_ not in ("and", "the", "of")
        i -= 1 if comma else 0  # "Siemens's chief executive, Karl Weber": the title set off by a comma
        while i >= sent.start and (doc[i].lower_ in title.words or doc[i].lower_ == "co-founder") and \
                not ctx.entity(doc[i]) \
                and (doc[i].lower_ != "under" or doc[i].tag_ != "IN"):  # "Egypt under President X" (a preposition)
            words.insert(0, doc[i].lower_)
            i -= 1
            if i > sent.start and doc[i].text == "-" and doc[i - 1].lower_ in title.words:
                i -= 1  # "UN Secretary-General António Guterres": a title joined by a hyphen
        if comma and "of" in words:
            i, words = person.start - 1, []  # "Airbus's head of strategy, X": the apposition reads it (a part)
        if words and i >= sent.start and doc[i].lower_ in POSSESSIVE:
            i -= 1
        owner = ctx.entity(doc[i]) if i >= sent.start else None
        if words and owner is None and i >= sent.start and doc[i].lower_ == "its":
            owner = next(iter(ctx.refs.get(i) or ctx.recent_org(doc[i])), None)  # "its chief executive, Karl Weber"
        if words and owner and ctx.is_actor(owner) and ctx.type_of(owner) != "Person":
            kind = title_kind(words, _kind(owner, ctx), title)
            if kind:
                yield Candidate(pid, kind, owner, "title:before", "asserted", sent)
                continue
        # "President Vladimir Putin": the title is in the text, what he presides over is in the gazetteer
        led = ctx.leaders.get(pid)
        if words and led in ctx.entities and title_kind(words, _kind(led, ctx), title) == "leaderOf" \
                and not any(w in ("former", "then", "ex") for w in words):
            yield Candidate(pid, "leaderOf", led, "title:known", "asserted", sent)
            continue
        after = _title_after(person, sent, ctx, title)
        if after:
            yield Candidate(pid, after[0], after[1], "title:after", "asserted", sent)
            continue
        root = person.root
        # appositions both ways: "X, director of Y" / "the head of Y, X"
        # "A and B, the ministry's police director": the title after the last name of a pair is that name's
        last = max((c.i for c in root.children if c.dep_ == "conj" and ctx.entity(c)), default=-1)
        title_toks = [c for c in root.children if c.dep_ == "appos" and not ctx.entity(c) and not c.i > last > root.i]
        # "said Jean-Luc Moreau, Chief Executive Officer of X": the parser may make the title a conjunct (r15newsb)
        title_toks += [c for c in root.children if c.dep_ == "conj" and c.pos_ == "PROPN" and not ctx.entity(c) and
                       c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == "," and
                       not any(g.dep_ == "cc" for g in root.children)]
        if root.dep_ == "conj" and ctx.entity(root.head) and not any(c.dep_ == "conj" for c in root.children):
            title_toks += [c for c in root.head.children if c.dep_ == "appos" and c.i > root.i and not ctx.entity(c)]
        if root.dep_ == "appos" and not ctx.entity(root.head):
            title_toks.append(root.head)
        # "X, 51, of Katy, Texas, the owner and president of Y": the title after the person's home town (r17pub7)
        home_of: dict[int, Token] = {}
        for town in (t for p in root.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.children
                     if t.dep_ == "pobj" and not ctx.entity(t)):
            towns = [town] + [c for c in town.children if c.dep_ in ("appos", "conj") and not ctx.entity(c)]
            home = [w for t in towns for a in t.children if a.dep_ == "appos" and not ctx.entity(a)
                    for w in (a, *a.conjuncts)[:2] if w.lower_ in title.words][:1]  # "owner and president"
            title_toks += home
            home_of.update((w.i, w.head) for w in home if w.dep_ == "conj")  # "president" of "owner ... of Y"
        # "X, the chairman of A and a director of B": each title of the apposition
        # (not a title after another person's name: "A, Minister of X, and B, Minister of Y of Korea")
        title_toks += [c for t in list(title_toks) for c in t.conjuncts if c.i > t.i and not ctx.entity(c) and
                       not any(ctx.type_of(ctx.entity(doc[k]) or "") == "Person" for k in range(t.i + 1, c.i))]
        for n, title_tok in enumerate(title_toks):
            if n and title_tok.lower_ not in title.words and title_tok.i > title_toks[0].i:
                continue  # "X, director of Y, the AU's energy agency": the second apposition describes Y (r17news5)
            orgs = _respective(root, title_tok, ctx) or org_in(title_tok, ctx) or (
                org_in(home_of[title_tok.i], ctx) if title_tok.i in home_of else [])
            kind = title_kind(_title_words(title_tok), _kind(orgs[0], ctx) if orgs else "", title)
            if kind == "leaderOf" and heads_a_part(title_tok, ctx):
                kind = "worksFor"  # "head of funds at X": the head of a part works for the whole
            for org in orgs[:1]:
                if kind:
                    yield Candidate(pid, kind, org, "title:appos", "asserted", sent)
        # "an AI company chaired by X"
        if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.dep_ == "acl" and \
                root.head.head.lemma_ in ctx.lex.words("leader_verbs"):
            for org in org_noun_targets(nearest_conjunct(root.head.head), ctx):  # "A and B, chaired by X": B
                yield Candidate(pid, "leaderOf", org, "title:chaired-by", "asserted", sent)
        # relative clause: "X, who heads Y"; main clause: "X founded Y", "X chairs Y"
        clauses = [c for c in root.children if c.dep_ == "relcl"]
        clauses += [root.head] if root.dep_ == "nsubj" and root.head.pos_ == "VERB" and not ctx.negated(root.head) \
            else []
        # "X, who founded and ran Y": a verb coordinated in the clause without a subject of its own (r15suite3)
        clauses += [v for c in clauses for v in c.conjuncts if v.i > c.i and v.pos_ == "VERB" and
                    not any(k.dep_ in ("nsubj", "nsubjpass") for k in v.children)]
        for child in clauses:
            if child.lemma_ in ctx.lex.words("leader_verbs") and \
                    not any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in child.children):
                # ("X directed Petronas to cut spending": an order to act, not the running of it)
                for obj in child.children:
                    if obj.dep_ == "dobj":
                        # "who heads the board of X": the body of which he heads a part
                        for org in ctx.actors(obj) or [a for p in ctx.pobjs(obj, {"of"}) for a in ctx.actors(p)]:
                            yield Candidate(pid, "leaderOf", org, "title:relcl", "asserted", sent)
                        for org in unit_owners(obj, ctx):  # "who heads TikTok's Indian business"
                            yield Candidate(pid, "worksFor", org, "title:relcl-unit", "asserted", sent)


def _title_after(person: Span, sent: Span, ctx: DocContext, title: Titles) -> tuple[str, str] | None:
    """``X, the Commerce Department's under secretary for …``: read in surface order, since the parser often
    breaks such appositions. Returns (leaderOf or worksFor, organisation)."""
    doc, i = ctx.doc, person.end
    if i >= sent.end or doc[i].text != ",":
        return None
    i += 1
    if i < sent.end and doc[i].lower_ in ("the", "a", "an"):
        i += 1
    org = ctx.entity(doc[i]) if i < sent.end else None
    if not org or not ctx.is_actor(org) or ctx.type_of(org) == "Person":
        return None
    while i < sent.end and ctx.entity(doc[i]) == org:
        i += 1
    if i >= sent.end or doc[i].lower_ not in POSSESSIVE:
        return None
    words: list[str] = []
    for tok in doc[i + 1:min(sent.end, i + 12)]:
        if tok.text == "," and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ in title.words and words:
            continue  # "X, Baidu's co-founder, chairman and chief executive": a list of titles
        if tok.lower_ in ("co", "-") and tok.i + 1 < sent.end and (doc[tok.i + 1].lower_ in title.words or doc[tok.i + 1].lower_ == "-"):
            continue  # "co-founder" comes out as three tokens
        if tok.lower_ not in title.words or ctx.entity(tok):
            break
        words.append(tok.lower_)
    kind = title_kind(words, _kind(org, ctx), title)
    return (kind, org) if kind else None


def org_noun_targets(head: Token, ctx: DocContext) -> list[str]:
    """Organisations a noun such as ``bank`` or ``company`` stands for: itself, its apposition, what it describes."""
    found = [a for a in ctx.actors(head, conj=False) if ctx.type_of(a) == "Organization"]
    if found:
        return found
    if head.dep_ == "pobj" and head.head.lower_ in ("among", "as") and head.head.head.pos_ in ("AUX", "VERB"):
        # "ByteDance and Tencent were among the Chinese companies that …"
        return [a for a in ctx.clause_subjects(head.head.head) if ctx.type_of(a) == "Organization"]
    if head.lower_ in ctx.lex.words("org_nouns") or head.lemma_ in ctx.lex.words("org_nouns"):
        if head.dep_ == "appos" and ctx.entity(head.head):
            return [a for a in [name_before(head, ctx) or ctx.entity(head.head)]
                    if a and ctx.type_of(a) == "Organization"]
        if head.dep_ in ("attr",) :
            return [a for c in head.head.children if c.dep_ == "nsubj" for a in ctx.actors(c)
                    if ctx.type_of(a) == "Organization"]
    return []


def possessed_names(sent: Span, ctx: DocContext) -> list[tuple[str, str | None]]:
    """(name, what its possessor names) for each token of ``sent`` in a name right after a possessive (``Spain's
    Telefonica``: Telefonica, Spain), read once per sentence (the name's first token, :func:`mention_start`, and
    the token before the possessive, :func:`after_possessive`) from the mention table, with no token made.

    >>> import spacy
    >>> from kg.nlp.relations.index import DocIndex
    >>> doc = spacy.blank("en")("Spain 's Telefonica and Orange")
    >>> ctx = DocContext.__new__(DocContext)
    >>> ctx.doc, ctx.mention_at, ctx.index = doc, {0: "es", 2: "telefonica", 4: "orange"}, DocIndex(doc)
    >>> possessed_names(doc[:], ctx)
    [('telefonica', 'es')]
    """
    def make() -> list[tuple[str, str | None]]:
        doc, at, out = ctx.doc, ctx.mention_at, []
        for i in range(sent.start, sent.end):
            eid = at.get(i)
            if not eid:
                continue
            start = i
            while start > 0 and at.get(start - 1) and at.get(start - 1) == eid:
                start -= 1
            if start > 0 and doc[start - 1].text in POSSESSIVE:
                out.append((eid, at.get(doc[start - 2].i)))  # doc[-1] when the name starts the document's 2nd token
        return out
    return ctx.index.memo(f"possessed names:{sent.start}", make)


def _country_words(sent: Span, ctx: DocContext) -> Iterator[tuple[Token, str]]:
    """(head token, country id) for every country named in a sentence, by name or by ``the country``."""
    for ent in ctx.index.ents_typed(sent, "Country", ctx.type_of):
        yield ent.root, ent.kb_id_
    for i, ids in ctx.refs.items():
        if sent.start <= i < sent.end and len(ids) == 1 and ctx.type_of(ids[0]) == "Country":
            yield ctx.doc[i], ids[0]


def based_in_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Russia's Skolkovo``, ``the Chinese company`` (Huawei), ``Chinese companies like Baidu``, ``Huawei of
    China``, ``UK-based Tortoise Media``, ``the country's biggest bank, Sberbank``, ``Russia's government``."""
    doc = ctx.doc
    for root, cid in _country_words(sent, ctx):
        end = root.i + 1
        while end < len(doc) and ctx.entity(doc[end]) == cid:
            end += 1
        nxt = doc[end] if end < len(doc) else None
        # "UK-based X", "Beijing-based X": the organisation between "based" and what it modifies
        if nxt is not None and (nxt.lower_ in ("-based", "based") or (nxt.text == "-" and end + 1 < len(doc)
                                                                      and doc[end + 1].lower_ == "based")):
            based = nxt if nxt.lower_ != "-" else doc[end + 1]
            span = range(based.i + 1, max(based.head.i, based.i) + 1)
            orgs = [ctx.entity(doc[i]) for i in span if ctx.entity(doc[i]) and
                    ctx.type_of(ctx.entity(doc[i]) or "") == "Organization"]
            if not orgs:  # "Rakuten Mobile, the Tokyo-based carrier": what the description stands for
                orgs = described_orgs(doc[max(based.head.i, based.i)], ctx)
            for org in dict.fromkeys(o for o in orgs if o):
                yield Candidate(org, "basedIn", cid, "based:hyphen", "asserted", sent)
            continue
        if root.dep_ in ("poss", "amod", "compound", "nmod") and root.head.i > root.i:
            if root.dep_ == "poss" and counterpart_role(doc, end + 1, root.head.i + 1, ctx.lex):
                continue  # "Sinosure, Pakistan's largest creditor": the other party (r15latam_counterpart.py)
            head = root.head
            named = ctx.entity(head.head) if head.dep_ in ("compound", "appos") and head.head.i > head.i else None
            # "the South Korean electronics maker Samsung": the description names what follows, not a reference
            orgs = [named] if named and ctx.type_of(named) == "Organization" and not ctx.entity(head) \
                else org_noun_targets(head, ctx)
            steps = 0
            # "the Russian business daily Vedomosti": climb the modifiers to the name they describe
            while not orgs and head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i and steps < 3:
                head, steps = head.head, steps + 1
                orgs = org_noun_targets(head, ctx)
            if root.dep_ == "poss" and ctx.entity(head) and orgs:
                # "India's AWEIL and MIL": the possessive covers the conjuncts that have no possessor of their own
                # … but not a name before it, nor one with a possessor of its own the parser hung elsewhere
                # ("between Hyundai Rotem and Poland's agency"; "France's Orange, …, and Norway's Telenor")
                group = [ctx.mention_root(head)] + [c for c in ctx.mention_root(head).conjuncts
                                                    if not any(g.dep_ == "poss" for g in c.children)
                                                    and c.i > head.i and not after_possessive(c, ctx)]
                orgs = [a for t in group for a in ctx.actors(t, conj=False) if ctx.type_of(a) == "Organization"]
            after = ctx.entity(nxt.nbor()) if nxt is not None and nxt.lower_ in POSSESSIVE and nxt.i + 1 < len(doc) \
                else None
            if root.dep_ == "poss" and after and ctx.type_of(after) == "Organization" and after not in orgs:
                head, orgs = nxt.nbor(), [after]  # "Japan's Tokyo Electron and South Korea's Samsung"
            rule = "based:possessive" if root.dep_ == "poss" else "based:modifier"
            # a name with another country's possessive in front of it is that country's ("Spain's Telefonica")
            owned = {eid for eid, possessor in possessed_names(sent, ctx) if possessor not in (None, cid)}
            owned |= based_elsewhere(sent, cid, ctx)
            nicknamed = nickname_of(root.head, ctx) if root.dep_ == "poss" else None
            if nicknamed is not None:  # "Yandex, often called Russia's Google": Yandex, not Google
                orgs, rule = nicknamed, "based:nickname"
            if head.dep_ == "attr" and ctx.negated(head):
                continue  # "X is not a Chinese company"
            for org in orgs:
                if org != cid and org not in owned:
                    yield Candidate(org, "basedIn", cid, rule, "asserted", sent)
        # "Naver (South Korea)": a country in brackets after a company's name
        start = root.i
        while start > 0 and ctx.entity(doc[start - 1]) == cid:
            start -= 1
        before = doc[start - 2] if start >= 2 and doc[start - 1].text == "(" else None
        if before is not None and nxt is not None and nxt.text == ")" and ctx.entity(before) and \
                ctx.type_of(ctx.entity(before) or "") == "Organization":
            yield Candidate(ctx.entity(before) or "", "basedIn", cid, "based:bracket", "asserted", sent)
        # "Huawei of China"
        if root.dep_ == "pobj" and root.head.lower_ == "of" and ctx.entity(root.head.head):
            org = ctx.entity(root.head.head)
            if org and ctx.type_of(org) == "Organization":
                yield Candidate(org, "basedIn", cid, "based:of", "asserted", sent)
        # "Defetoo, a little-known company from China": a description of a name, from its country
        if root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.pos_ == "NOUN":
            for org in described_orgs(root.head.head, ctx):
                yield Candidate(org, "basedIn", cid, "based:from", "asserted", sent)


def name_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """What a name says: ``Russia's government``, ``US Commerce Department`` and ``Indian Army`` are based in
    their country; ``AI Alliance Network`` and ``Taiwan Semiconductor Manufacturing`` work on their technology."""
    # the names inside other names, listed once per document
    inside = ctx.index.memo("inside_mentions", lambda: [m for m in ctx.mentions if m.kind == "inside" and m.within])
    for m in inside:
        if not sent.start <= m.start < sent.end:
            continue
        if m.label == "Country" and getattr(ctx.entities.get(m.within), "country", None) in (None, m.entity_id):
            # not when the gazetteer places the firm elsewhere: "America Movil" is Mexican
            yield Candidate(m.within, "basedIn", m.entity_id, "based:name", "asserted", sent)
        elif m.label == "Technology":
            yield Candidate(m.within, "focusesOn", m.entity_id, "focus:name", "asserted", sent)


@triggered_by(lambda lex: lex.words("part_nouns") | {"belong"}, types=("Organization",))
def part_of_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the US Commerce Department's Bureau of Industry and Security``, ``X and Y, which belong to Rostec``,
    ``X, its plant``."""
    for ent in ctx.index.ents_typed(sent, "Organization", ctx.type_of):
        eid = ent.kb_id_
        root = ent.root
        # only a possessive can name a whole (the words between are read for those alone)
        if root.dep_ != "poss" or not ctx.entity(root.head):
            continue
        between = {w for t in ctx.doc[root.i + 1:root.head.i] for w in (t.lower_, t.lemma_)}
        if between & ctx.lex.words("not_part_words"):
            continue  # "Nvidia's rival AMD", "Huawei's partner Leica": a relation other than a part
        if ctx.type_of(ctx.entity(root.head) or "") == "Organization":
            part = ctx.entity(root.head)
            if part and part != eid:
                yield Candidate(part, "partOf", eid, "part:possessive", "asserted", sent)
    part_nouns = ctx.lex.words("part_nouns")
    for tok in ctx.find(sent, ctx.lex_memo("part_words", lambda: frozenset(part_nouns | {"belong"}))):
        if tok.lemma_ == "belong" and tok.pos_ == "VERB" and not ctx.negated(tok) and not bygone(tok, ctx):
            parts = ctx.subjects(tok)
            for whole in (a for p in ctx.pobjs(tok, {"to"}) for a in ctx.actors(p)):
                pred = "memberOf" if ctx.type_of(whole) in ("InternationalOrganization", "Bloc") else "partOf"
                for part in parts:
                    if part != whole and ctx.type_of(part) == "Organization":
                        yield Candidate(part, pred, whole, "part:belong", "asserted", sent)
        if tok.lower_ not in part_nouns:
            continue
        subject = [c for c in tok.head.children if c.dep_ == "nsubj" and ctx.entity(c)] \
            if tok.dep_ == "attr" and tok.head.lemma_ == "be" and not ctx.negated(tok.head) else []
        if tok.dep_ == "appos" and ctx.entity(tok.head) or subject:
            # "X, the group's chip unit"; "X is the space arm of Y"
            part = ctx.entity(subject[0] if subject else tok.head)
            wholes = [a for c in tok.children if c.dep_ == "poss" for a in
                      (_org_before(c, part, ctx) if c.lower_ == "its" else ctx.actors(c)) if a != part]
            # "the U.S. subsidiary of Japan's Mitsui E&S": a name the parser ends on a word outside the mention
            wholes += [a for p in ctx.pobjs(tok, {"of"}) for a in ctx.actors(p) or [
                a for c in p.children if c.dep_ == "compound" for a in ctx.actors(c, conj=False)] if a != part]
            # "a Beijing-based CASC subsidiary"
            wholes += [a for c in tok.children if c.dep_ == "compound" and c.i < tok.i
                       for a in ctx.actors(c, conj=False) if a != part]
            # "X and Y, both part of Z": each name the description is set beside (r17struct)
            parts = [a for a in ctx.actors(tok.head) if ctx.type_of(a) == "Organization"] \
                if tok.dep_ == "appos" and any(c.lower_ in ("both", "all") for c in tok.children) else [part]
            for whole in wholes:
                for one in parts:
                    if one and one != whole and ctx.type_of(whole) in ("Organization", "InternationalOrganization"):
                        yield Candidate(one, "partOf", whole, "part:appos", "asserted", sent)


def _org_before(tok: Token, exclude: str | None, ctx: DocContext) -> list[str]:
    """``X, its plant``: ``its`` is the organisation the sentence is about (its subject), else the one named
    last before X, never X itself."""
    named = [(i, ctx.entity(ctx.doc[i])) for i in range(tok.i - 1, max(tok.sent.start - 40, -1), -1)]
    orgs = [(i, e) for i, e in named if e and e != exclude and ctx.type_of(e) == "Organization"]
    subjects = [(ctx.mention_root(ctx.doc[i]).head.dep_ != "ROOT", e) for i, e in orgs if i >= tok.sent.start
                and ctx.mention_root(ctx.doc[i]).dep_ in ("nsubj", "nsubjpass")]
    return [sorted(subjects, key=lambda s: s[0])[0][1]] if subjects else [e for _i, e in orgs[:1]]


def _over_gap(tok: Token, ctx: DocContext) -> bool:
    """Whether the rival word ``tok`` stands in the object of a lead or gap noun's preposition (``its lead over
    rivals A and B``, ``the gap with rival C``), up to three heads above it (r17pub6)."""
    gaps = ctx.lex.words("coop5_gap_nouns")
    node = tok
    for _ in range(3):
        if node.dep_ == "pobj" and node.head.lower_ in ("over", "with", "to", "on") and node.head.head.lemma_ in gaps:
            return True
        if node.head is node:
            return False
        node = node.head
    return False


@triggered_by(lambda lex: lex.words("rival_words"))
def rival_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Rival chipmaker AMD`` competes with the organisation the text was about just before."""
    rival_words = ctx.lex.words("rival_words")
    for tok in ctx.find(sent, rival_words):  # the words' tokens (by form or lemma), in order
        if tok.lower_ not in rival_words or tok.dep_ not in ("amod", "compound"):
            continue
        target = tok.head
        if _over_gap(tok, ctx):
            continue  # "its lead over rivals A and B": whose lead it is (coop5.closing_gap_rule), not the last name
        named = [a for c in target.children if c.dep_ in ("appos", "compound") for a in ctx.actors(c)]
        named += [a for a in [ctx.entity(target.head)] if a] if target.dep_ in ("compound", "appos") else []
        named += [a for a in [ctx.entity(target)] if a]
        for org in dict.fromkeys(named):
            kind = ctx.entities[org].subtype if org in ctx.entities else None
            before = [e.kb_id_ for e in ctx.doc.ents if e.end <= tok.i and ctx.type_of(e.kb_id_) == "Organization"
                      and e.kb_id_ != org and ctx.entities[e.kb_id_].subtype == kind]
            its = [c for t in (tok, target) for c in t.children if c.dep_ == "poss" and c.lower_ == "its"]
            if its and before:  # "below those of its rival X": whose rival the sentence's subject is (r17news5)
                before = [e for e in _org_before(its[0], org, ctx) if ctx.entities[e].subtype == kind] or before
            if before:
                yield Candidate(org, "competesWith", before[-1], "rival:modifier", "asserted", sent)
