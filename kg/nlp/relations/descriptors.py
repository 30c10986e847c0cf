"""A country's descriptor before names: ``the Chinese memory makers YMTC and CXMT``, ``Chinese telecoms giant
Huawei``, ``China's three state-owned operators, China Telecom, China Mobile and China Unicom``.

The parser often hangs such names on the wrong word, so the rule reads the surface order: a country word
(demonym or possessive), a few descriptor words of which one is an organisation noun, then a list of names.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.r16focus import described_name
from kg.nlp.relations.based import nickname_of
from kg.nlp.relations.context import POSSESSIVE, Candidate, DocContext
from kg.nlp.relations.index import triggered_by

MAX_DESCRIPTOR_WORDS = 5
ARTICLES = {"the", "a", "an", "its", "their"}
LIST_JOINERS = {",", "and", "as", "well", "\u2014", "\u2013", ":", "among", "them", "including", "such", "like"}


@triggered_by(types=("Country",))
def descriptor_based_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``<country word> <descriptor …> <org noun> NAME(, NAME)* (and NAME)`` gives ``NAME basedIn country``."""
    doc = ctx.doc
    org_nouns = ctx.lex.words("org_nouns")
    for ent in ctx.index.ents_typed(sent, "Country", ctx.type_of):
        cid = ent.kb_id_
        i = ent.end
        if i < sent.end and doc[i].lower_ in POSSESSIVE:
            i += 1
            first = ctx.entity(doc[i]) if i < sent.end else None
            if first and ctx.type_of(first) == "Organization":
                # "South Korea's Samsung": the name right after the possessive, however the parser hung it
                if nickname_of(doc[i], ctx) is None:  # not "Yandex, often called Russia's Google"
                    yield Candidate(first, "basedIn", cid, "based:possessive", "asserted", sent)
                continue
        seen_org_noun = False
        words = 0
        after_name = _in_apposition(ent.start, sent, ctx)
        while i < sent.end and words < MAX_DESCRIPTOR_WORDS:
            tok = doc[i]
            eid = ctx.entity(tok)
            if eid and ctx.type_of(eid) != "Technology":
                break
            if tok.text in ("-", "\u2011") and not tok.whitespace_ and not doc[i - 1].whitespace_:
                i += 1  # "state-owned": one word in three tokens
                continue
            if tok.is_punct or tok.pos_ not in ("NOUN", "ADJ", "NUM", "PROPN", "VERB") or \
                    (tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound", "nmod")):
                break
            seen_org_noun = seen_org_noun or tok.lower_ in org_nouns or tok.lemma_.lower() in org_nouns
            i, words = i + 1, words + 1
        if not seen_org_noun or i >= sent.end:
            continue
        names: list[str] = []
        while i < sent.end:
            eid = ctx.entity(doc[i])
            if eid and ctx.type_of(eid) == "Organization":
                if eid not in names:
                    names.append(eid)
            elif doc[i].lower_ not in LIST_JOINERS or (doc[i].lower_ == "," and not names
                                                       and (words == 0 or after_name)):
                # "Nokia, the Finnish equipment maker, and Ericsson": a description after a name is that name's
                break
            i += 1
        for org in names:
            yield Candidate(org, "basedIn", cid, "based:descriptor", "asserted", sent)


def _in_apposition(start: int, sent: Span, ctx: DocContext) -> bool:
    """Whether the description beginning at ``start`` (after its article) follows a name and a comma.

    >>> import spacy; from types import SimpleNamespace
    >>> doc = spacy.blank("en")("Nokia , the Finnish maker , and Ericsson")
    >>> ctx = SimpleNamespace(doc=doc, entity=lambda t: "x" if t.i in (0, 7) else None, is_actor=lambda e: True)
    >>> _in_apposition(3, doc[:], ctx), _in_apposition(7, doc[:], ctx)
    (True, False)
    """
    doc, j = ctx.doc, start - 1
    while j > sent.start and doc[j].lower_ in ARTICLES:
        j -= 1
    eid = ctx.entity(doc[j - 1]) if j > sent.start and doc[j].text == "," else None
    return bool(eid and ctx.is_actor(eid))


@triggered_by(types=("Technology",))
def technology_descriptor_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the US AI start-up Anthropic``, ``CloudWalk, a Guangzhou-based artificial intelligence start-up``,
    ``chip designer Nvidia``: a technology that modifies an organisation noun describing a name."""
    doc = ctx.doc
    org_nouns = ctx.lex_memo("descriptors:org_or_focus_nouns",
                             lambda: ctx.lex.words("org_nouns") | ctx.lex.words("focus_nouns"))
    for ent in ctx.index.ents_typed(sent, "Technology", ctx.type_of):
        tech = ent.kb_id_
        i, noun = ent.end, None
        while i < sent.end and i < ent.end + 5:
            tok = doc[i]
            if tok.lower_ == "start" and doc[i:i + 3].text.lower() in ("start-up", "start-ups"):
                noun, i = doc[i + 2], i + 3  # the tokenizer splits "start-up"
                continue
            if ctx.entity(tok) or tok.pos_ not in ("NOUN", "ADJ", "PROPN", "PUNCT") or tok.text in (",", "(", ")"):
                break
            if tok.lower_ in org_nouns or tok.lemma_.lower() in org_nouns:
                noun = tok
            i += 1
        if noun is None:
            continue
        head = doc[noun.i - 2] if noun.lower_ in ("up", "ups") else noun
        # the name right after the description, else what the description is in apposition to
        named = ctx.entity(doc[i]) if i < sent.end else None
        orgs = [named] if named and ctx.type_of(named) == "Organization" else []
        if not orgs:
            for t in (noun, head, noun.head):
                if t.dep_ == "appos" and ctx.entity(t.head):
                    # "Oracle and Humain, the Saudi AI company": the last name before it (r16focus.py)
                    named_by = ctx.entity(described_name(t)) or ctx.entity(t.head)
                    orgs = [a for a in [named_by] if a and ctx.type_of(a) == "Organization"]
                    break
        if not orgs and any(t.dep_ == "appos" for t in (noun, head)):
            # "Apollo Go, Baidu's autonomous driving unit, …" with the apposition hung on another word
            from kg.nlp.relations.focus4 import named_before

            orgs = [a for a in [named_before(head, ctx)] if a]
        if not orgs:
            # "two Chinese robotics start-ups, Unitree and Fourier"; "the AI start-up" naming one before
            from kg.nlp.relations.structure import org_noun_targets

            orgs = [a for a in org_noun_targets(noun, ctx) if ctx.type_of(a) == "Organization"]
        if noun.lower_ in ctx.lex.words("part_nouns") and not orgs:
            # "Amazon's cloud computing arm": the parent works on what its unit is named for; but "Huawei's chip
            # unit HiSilicon", a named unit, is the one that does
            orgs += [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)
                     if ctx.type_of(a) == "Organization" and a not in orgs]
        for org in orgs:
            yield Candidate(org, "focusesOn", tech, "focus:descriptor", "asserted", sent)


@triggered_by(lambda lex: lex.words("location_verbs"))
def located_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``X is based in Russia``, ``X, headquartered in China,``, ``X, which is registered in Switzerland``, ``a
    company based in Japan``: an organisation located in a country."""
    from kg.nlp.relations.structure import org_noun_targets

    for tok in ctx.find(sent, ctx.lex.words("location_verbs")):
        if tok.pos_ not in ("VERB", "ADJ") or tok.tag_ not in ("VBN", "JJ") or ctx.negated(tok):
            continue
        countries = [a for p in ctx.pobjs(tok, {"in"}) for a in ctx.actors(p, conj=False)
                     if ctx.type_of(a) == "Country"]
        if not countries:
            continue
        if tok.dep_ in ("acl", "relcl", "amod") and tok.head.i != tok.i:
            orgs = org_noun_targets(tok.head, ctx)
        else:
            orgs = [a for a in ctx.clause_subjects(tok) if ctx.type_of(a) == "Organization"]
        for org in orgs:
            for cid in countries:
                yield Candidate(org, "basedIn", cid, "based:located", "asserted", sent)


#: words a percentage ends with before the ``by`` of its holder
PERCENT_WORDS = frozenset({"%", "percent", "cent", "pct"})
#: how far after an ``owned`` its holders' shares may stand
STAKE_REACH = 16


def stake_owners(tok: Token, sent: Span, ctx: DocContext) -> list[str]:
    """The holders of the shares an ``owned`` gives in percent (``owned 51% by X and 49% by Y``), up to the end
    of its clause; none when no share below 100 percent is given (r17pub6)."""
    doc, out = ctx.doc, []
    for i in range(tok.i + 1, min(sent.end, tok.i + STAKE_REACH)):
        if doc[i].text in (";", ".") or doc[i].pos_ == "VERB":
            break
        if doc[i].lower_ != "by" or doc[i - 1].lower_ not in PERCENT_WORDS:
            continue
        amount = next((doc[k] for k in range(i - 2, max(tok.i, i - 4), -1) if doc[k].like_num), None)
        if amount is None or amount.text.rstrip("%") in ("100", "100.0"):
            continue
        out += [a for p in doc[i].children if p.dep_ == "pobj" for a in ctx.actors(p, conj=False)]
    return out


def owner_relation(owner: str, owned: str, partial: bool, ctx: DocContext) -> str | None:
    """What owning says: a company wholly owned by a company is its part; a stake, or a state's, an investment."""
    if ctx.type_of(owned) != "Organization" or not ctx.is_actor(owner):
        return None
    return "partOf" if ctx.type_of(owner) == "Organization" and not partial else "investsIn"


@triggered_by(lambda lex: lex.value("participles"))
def participle_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``US-sanctioned Huawei``, ``Microsoft-backed OpenAI``, ``Alibaba-owned Lazada``; ``X and Y, both owned by
    Z``; ``X is majority-owned by Z``: a participle that names one side of a relation."""
    table = ctx.lex.value("participles")
    doc = ctx.doc
    for tok in ctx.find(sent, set(table)):
        if tok.lower_ not in table or ctx.negated(tok):
            continue
        predicate = table[tok.lower_]
        # a majority owner controls: its company is a part of it; a minority or shared owner invests
        partial = any(t.lower_ in ("minority", "partly", "partially", "jointly", "part")  # "part-owned" (r17news5)
                      for t in doc[max(sent.start, tok.i - 2):tok.i])
        if tok.i >= 2 and doc[tok.i - 1].text == "-" and ctx.entity(doc[tok.i - 2]):
            owners = ctx.actors(ctx.mention_root(doc[tok.i - 2]), conj=False)
            # "SoftBank-controlled British chip designer Arm": what an owner owns is an organisation
            nxt = next((t for t in doc[tok.i + 1:min(sent.end, tok.i + 5)] if ctx.entity(t) and (
                predicate != "owner" or ctx.type_of(ctx.entity(t) or "") == "Organization")), None)
            targets = ctx.actors(ctx.mention_root(nxt), conj=False) if nxt is not None else []
            head = tok.head
            if not targets and tok.dep_ in ("amod", "compound") and head.dep_ == "appos" and head.pos_ == "NOUN":
                targets = ctx.actors(ctx.mention_root(head.head), conj=False)  # "Rosneft, a US-sanctioned firm"
        elif any(c.dep_ == "agent" for c in tok.children):
            owners = ctx.subjects(tok)
            if tok.dep_ in ("acl", "relcl", "amod") and tok.head.i != tok.i:
                head = tok.head
                if head.lower_ in ("both", "all") and head.dep_ in ("appos", "npadvmod"):
                    head = head.head  # "X and Y, both owned by Z"
                group = [head] + list(head.conjuncts)
                targets = [a for t in group for a in ctx.actors(t, conj=False)]
                if not targets and (head.dep_ == "appos" or head.pos_ == "NOUN" and
                                    head.left_edge.lower_ in ("a", "an", "the")):
                    # (r16invest: "X, a chip start-up backed by Y" with the description taken for an object)
                    # "Mir, the card system owned by the central bank", the apposition hung on another word
                    from kg.nlp.relations.focus4 import named_before

                    targets = [a for a in [named_before(head, ctx)] if a]
            elif tok.dep_ == "acomp":
                targets = ctx.subjects(tok.head)  # "X is majority-owned by Z"
            else:
                targets = [a for c in tok.children if c.dep_ == "nsubjpass" for a in ctx.actors(c)]
        else:
            continue
        stakes = stake_owners(tok, sent, ctx) if predicate == "owner" else []
        if stakes:  # "owned 51% by X and 49% by Y" (r17pub6): each holds a stake
            partial, owners = True, list(dict.fromkeys([*owners, *stakes]))
        for owner in owners:
            for target in targets:
                if owner == target:
                    continue
                if predicate == "owner":
                    rel = owner_relation(owner, target, partial, ctx)
                    if rel == "partOf":
                        yield Candidate(target, rel, owner, f"participle:{tok.lower_}", "asserted", sent)
                    elif rel:
                        yield Candidate(owner, rel, target, f"participle:{tok.lower_}", "asserted", sent)
                else:
                    yield Candidate(owner, predicate, target, f"participle:{tok.lower_}", "asserted", sent)
