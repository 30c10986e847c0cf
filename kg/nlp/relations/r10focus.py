"""Focus and seat constructions of branch r10-focus.

* Money a verb announces for a field: ``Toyota announced $2 billion of new investment in robotics``, ``the company
  plans a $3 billion investment in quantum computing``, ``Kia, which has pledged further investment in electric
  vehicles``: whoever announces, plans or pledges the investment works on the field (``r10focus_pledge_verbs``).
* A maker noun that names its technology by a product word (``Chinese model developers Zhipu AI and Baichuan``:
  artificial intelligence; ``state nuclear corporation Rosatom``), read from ``r10focus_maker_words`` when the
  document names that technology itself.
* A country's group noun whose list comes after a longer description with a dash: ``the four Swedish companies
  cleared to bid in the 5G spectrum auction — A, B, C and D —`` (the list rule of :mod:`r9based` stops at the
  first name inside the description or after ten words); ``Zain and Ooredoo, both Kuwaiti operators``.
* What an organisation was set up or works to do with a field (``a vehicle set up to secure critical minerals``),
  its standing in a field (``a key player in 5G``, ``one of the leaders in``), a technology market it dominates,
  an actor's drive or plan to build a technology (``India's push to build its own chips``).

The words are data: ``r10focus_*`` keys of ``data/lexicon/structure.json``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.based import described_orgs
from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.focus3 import group_word
from kg.nlp.relations.focus4 import PURSUIT_PREPS, names_after, pursuers
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r9based import group_noun, list_names
from kg.nlp.relations.r9focus import maker_key
from kg.nlp.relations.structure import org_noun_targets

#: how far a dash may stand after the group noun (the description between names no actor)
MAX_DESCRIPTION = 20
#: the dashes that open and close a list set off in a sentence
DASHES = ("\u2014", "\u2013")


def invested_nouns(obj: Token, nouns: frozenset[str]) -> list[Token]:
    """The investment nouns an object of a verb stands for: itself (``plans an investment``), or the noun after
    ``of`` of an amount and the amount (``$2 billion of investment``), also in the conjuncts of the object (``a
    plant and $5 billion of investment``).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["announced", "billion", "of", "investment", "in", "robotics"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 1, 2, 3, 4],
    ...           deps=["ROOT", "dobj", "prep", "pobj", "prep", "pobj"])
    >>> [t.text for t in invested_nouns(doc[1], frozenset({"investment"}))]
    ['investment', 'billion']
    """
    found: list[Token] = []
    for tok in [obj, *obj.conjuncts]:
        if tok.lower_ in nouns:
            found.append(tok)
            continue
        named = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj" and p.lower_ in nouns]
        # "$1 billion of investment in batteries": the parser may hang the field on the amount
        found += named + [tok] * bool(named)
    return found


def invested_fields(noun: Token, ctx: DocContext) -> list[str]:
    """The technologies an investment noun is into (``in electric vehicles``); not a company described by its
    field (``in a robotics start-up``), another actor's possession, nor an investment made with a partner."""
    if any(ctx.actors(p) for p in ctx.pobjs(noun, {"with"})):
        return []  # "investment in AI with Naver": a cooperation, read by the cooperation rules
    org_nouns = ctx.lex.words("org_nouns")
    found: list[str] = []
    for pobj in ctx.pobjs(noun, PURSUIT_PREPS):
        tech = ctx.entity(pobj)
        named = tech is not None and ctx.type_of(tech) == "Technology"  # "electric vehicles": no group noun
        if ctx.actors(pobj, conj=False) or any(c.dep_ == "poss" for c in pobj.children) or \
                (not named and (group_word(pobj) in org_nouns or pobj.lemma_ in org_nouns)):
            continue
        found += [t for t in ctx.technologies(pobj, shallow=True) if t not in found]
    return found


@triggered_by(lambda lex: lex.words("r10focus_pledge_verbs"))
def pledged_investment_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Toyota announced $2 billion of investment in robotics``, ``X plans a $3 billion investment in quantum
    computing``: the subject of a verb that announces, plans or pledges investment in a field works on it."""
    verbs = ctx.lex.words("r10focus_pledge_verbs")
    nouns = ctx.lex.words("r10focus_money_nouns")
    for verb in ctx.find(sent, verbs):
        if verb.pos_ != "VERB" or verb.lemma_ not in verbs or ctx.negated(verb) or \
                any(ctx.actors(p) for p in ctx.pobjs(verb, {"with"})):
            continue  # "plans investment with Y": a cooperation, read by the cooperation rules
        techs = [t for c in verb.children if c.dep_ == "dobj" for n in invested_nouns(c, nouns)
                 if not ctx.negated(n) for t in invested_fields(n, ctx)]
        if not techs:
            continue
        for owner in pursuers(ctx.subjects(verb), ctx):
            for tech in dict.fromkeys(techs):
                yield Candidate(owner, "focusesOn", tech, "focus:pledged-investment", ctx.status(verb), sent)


def long_maker_key(tok: Token, table: dict[str, object]) -> str | None:
    """The entry of ``table`` that ends at ``tok``, of up to three words (``atomic energy corporation``), else
    :func:`r9focus.maker_key`'s one-word entry.

    >>> import spacy
    >>> doc = spacy.blank("en")("the state atomic energy corporation")
    >>> long_maker_key(doc[4], {"atomic energy corporation": "nuclear-technology"})
    'atomic energy corporation'
    """
    for n in (3, 2):
        if tok.i >= n - 1:
            key = " ".join(t.lower_ for t in tok.doc[tok.i - n + 1:tok.i + 1])
            if key in table:
                return key
    return maker_key(tok, table)  # type: ignore[arg-type]


def named_choice(value: str | list[str], ctx: DocContext) -> str | None:
    """The first technology of an entry the document names (``nuclear corporation``: nuclear power, else
    nuclear technology), else None: a maker named in passing says nothing of a field the text is not about."""
    return next((t for t in ([value] if isinstance(value, str) else value) if t in ctx.entities), None)


@triggered_by(lambda lex: frozenset(k.rsplit(" ", 1)[-1] for k in lex.value("r10focus_maker_words")))
def product_maker_word_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``two other Chinese model developers, Zhipu AI and Baichuan``: a maker noun whose product word names a
    technology (``r10focus_maker_words``), when the document names that technology."""
    table = ctx.lex.value("r10focus_maker_words")
    ends = ctx.lex_memo("r10focus:maker_ends", lambda: frozenset(k.rsplit(" ", 1)[-1] for k in table))
    for tok in ctx.find(sent, ends):
        key = long_maker_key(tok, table)
        tech = named_choice(table[key], ctx) if key is not None else None
        if tech is None or ctx.negated(tok):
            continue
        named = {e.kb_id_ for e in ctx.ents_in(sent)}
        # a name of this sentence; "both camera makers" refers back to names the sentence does not give
        orgs = [a for a in org_noun_targets(tok, ctx) if a in named]
        if not orgs and tok.dep_ in ("compound", "nmod") and ctx.entity(tok.head):
            orgs = [a for a in [ctx.entity(tok.head)] if a and ctx.type_of(a) == "Organization"]
        if not orgs:  # "model developers, Zhipu AI and Baichuan": the list after the noun
            start = tok.i + 2 if tok.i + 1 < sent.end and ctx.doc[tok.i + 1].text in (",", ":") + DASHES \
                else tok.i + 1
            orgs = names_after(start, sent, ctx)
        for org in orgs:
            yield Candidate(org, "focusesOn", tech, "focus:product-maker-word", "asserted", sent)


def dashed_list_start(noun: Token, sent: Span, ctx: DocContext) -> int | None:
    """The token after the dash that opens a list after a group noun and a description of the group without
    actors or finite verbs (``companies cleared to bid in the 5G auction starting in May — A, B``), else None."""
    doc = ctx.doc
    for i in range(noun.i + 1, min(noun.i + MAX_DESCRIPTION, sent.end - 1)):
        tok = doc[i]
        if tok.text in DASHES:
            return i + 1 if i > noun.i + 1 else None
        eid = ctx.entity(tok)
        if (eid and ctx.is_actor(eid)) or tok.tag_ in ("VBZ", "VBP", "MD") or \
                (tok.is_punct and tok.text not in ("-", "\u2011")):
            return None
    return None


def dashed_names(start: int, sent: Span, ctx: DocContext) -> list[str]:
    """The organisations named between ``start`` and the closing dash of a list set off by dashes (``— A, B, C
    and the state broadcaster D —``), none when no dash closes it or a finite verb stands in it; a list that runs
    to the end of the sentence is read item by item (:func:`r9based.list_names`)."""
    doc = ctx.doc
    close = next((i for i in range(start, sent.end) if doc[i].text in DASHES), None)
    if close is None:
        names = list_names(start, sent, ctx)
        last = max((t.i for t in doc[start:sent.end] if ctx.entity(t) in names), default=start)
        return names if last + 2 >= sent.end else []
    if any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in doc[start:close]):
        return []
    names = [ctx.entity(t) for t in doc[start:close] if ctx.entity(t)
             and not (t.i + 1 < close and doc[t.i + 1].lower_ in ("'s", "\u2019s"))]
    if any(ctx.type_of(n or "") != "Organization" for n in names):
        return []  # "— Japan, the Netherlands and ASML —": not a list of the group's companies
    return list(dict.fromkeys(n for n in names if n))


@triggered_by(types=("Country",))
def described_group_list_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the four Swedish companies cleared to bid in the 5G spectrum auction — Telia, Tele2 and Teracom —``:
    each name of the list set off by dashes after a country's group noun and its description is based there."""
    for ent in ctx.index.ents_typed(sent, "Country", ctx.type_of):
        noun = group_noun(ent.root, ctx)
        start = dashed_list_start(noun, sent, ctx) if noun is not None else None
        names = dashed_names(start, sent, ctx) if start is not None else []
        if len(names) < 2:
            continue  # one name: not a list of the group
        for org in names:
            yield Candidate(org, "basedIn", ent.kb_id_, "based:described-group-list", "asserted", sent)


def purpose_fields(verb: Token, ctx: DocContext) -> list[str]:
    """The technologies a purpose verb is about, in its object or its ``for``/``in``/``on`` phrase with the
    examples listed there (``to secure supply chains for critical minerals such as lithium``: both)."""
    found: list[str] = []
    for child in verb.children:
        if child.dep_ == "dobj" or (child.dep_ == "prep" and child.lower_ in ("for", "in", "on", "into")):
            found += [t for t in ctx.technologies(child, shallow=True) if t not in found]
    return found


@triggered_by(lambda lex: lex.words("r10focus_purpose_verbs"))
def purpose_clause_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Orion CMC, a vehicle set up last October to secure critical minerals``, ``the group of countries working
    to secure supply chains for critical minerals``: what an organisation was set up or works to do with a field
    says it works on the field."""
    verbs = ctx.lex.words("r10focus_purpose_verbs")
    carriers = ctx.lex.words("r10focus_purpose_carriers")
    for verb in ctx.find(sent, verbs):
        carrier = verb.head
        if verb.pos_ != "VERB" or verb.lemma_ not in verbs or verb.dep_ not in ("advcl", "xcomp") or \
                not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or \
                carrier.dep_ not in ("acl", "relcl") or carrier.lemma_ not in carriers or \
                ctx.negated(verb) or ctx.negated(carrier):
            continue
        noun = carrier.head
        orgs = [a for a in ctx.actors(noun, conj=False, groups=False)
                if ctx.type_of(a) in ("Organization", "InternationalOrganization")] or described_orgs(noun, ctx)
        techs = purpose_fields(verb, ctx) if orgs else []
        for org in orgs:
            for tech in techs:
                yield Candidate(org, "focusesOn", tech, "focus:purpose-clause", "asserted", sent)


#: the pronouns of a speaker in a quote (``we are a leader in …``)
FIRST_PERSON = frozenset({"we", "i", "us"})
#: actors that can stand in a field (``China is a leader in AI``, ``Huawei, one of the leaders in 5G``)
STANDING_TYPES = ("Organization", "Country", "InternationalOrganization")


def speaker_subject(verb: Token, steps: int = 3) -> bool:
    """Whether the subject of ``verb``, or of the clause it hangs on when it has none (``we are partners to
    become …``), is a speaker's ``we``/``I``."""
    while steps:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj.lower_ in FIRST_PERSON
        if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head is verb:
            return False
        verb, steps = verb.head, steps - 1
    return False


def standing_holders(noun: Token, ctx: DocContext) -> list[str]:
    """Who a noun of standing in a field describes: the subject of ``is a major player``, the name in apposition
    (``Huawei, a key player``), the one of ``one of the leaders`` (either way), the subject of ``is at the
    forefront``.

    >>> import spacy
    >>> doc = spacy.blank("en")("a player")
    >>> standing_holders(doc[1], None)
    []
    """
    tok = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        tok = noun.head.head  # "one of the leaders in 5G"
    elif noun.dep_ == "pobj" and noun.head.lower_ == "at" and noun.head.head.lemma_ in ("be", "remain", "stay"):
        return ctx.subjects(noun.head.head)  # "is at the forefront of AI"
    if tok.dep_ == "attr" and tok.head.lemma_ in ("be", "become", "remain"):
        if speaker_subject(tok.head):
            return []  # "we want to become key players": a speaker's aim, its speaker not resolved here
        return ctx.subjects(tok.head)
    if tok.dep_ == "appos":
        return described_orgs(tok, ctx) or [a for a in ctx.actors(ctx.mention_root(tok.head), conj=False)]
    return []


@triggered_by(lambda lex: lex.words("r10focus_standing_nouns"))
def standing_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Huawei is a major player in 5G``, ``Huawei, one of the leaders in 5G``, ``Nvidia is at the forefront of
    artificial intelligence``: an actor's standing in a field says it works on it."""
    nouns = ctx.lex.words("r10focus_standing_nouns")
    for noun in ctx.find(sent, nouns):
        if noun.pos_ != "NOUN" or noun.lower_ not in nouns or ctx.negated(noun):
            continue
        techs = [t for p in ctx.pobjs(noun, {"in", "of"}) for t in ctx.technologies(p, shallow=True)]
        if not techs:
            continue
        for holder in dict.fromkeys(standing_holders(noun, ctx)):
            if ctx.type_of(holder) in STANDING_TYPES:
                for tech in dict.fromkeys(techs):
                    yield Candidate(holder, "focusesOn", tech, "focus:standing", "asserted", sent)


def market_nouns(obj: Token) -> list[Token]:
    """The market nouns an object of ``dominate``/``control`` names: itself, or the market of a share of it
    (``80% of the market for GPUs``)."""
    if obj.lower_ in ("market", "markets"):
        return [obj]
    return [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
            if p.dep_ == "pobj" and p.lower_ in ("market", "markets")]


@triggered_by(lambda lex: lex.words("r10focus_market_verbs"))
def dominated_market_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nvidia dominates the market for GPUs``, ``X controls 80% of the global GPU market``: who dominates the
    market of a technology works on it."""
    verbs = ctx.lex.words("r10focus_market_verbs")
    for verb in ctx.find(sent, verbs):
        if verb.pos_ != "VERB" or verb.lemma_ not in verbs or ctx.negated(verb):
            continue
        markets = [m for c in verb.children if c.dep_ == "dobj" for m in market_nouns(c)]
        techs = [t for m in markets for t in ctx.technologies(m, shallow=True)]
        if markets:  # "dominates the market for GPUs": the parser may hang "for" on the verb
            techs += [t for p in ctx.pobjs(verb, {"for", "in"}) for t in ctx.technologies(p, shallow=True)]
        if not techs:
            continue
        for holder in dict.fromkeys(ctx.subjects(verb)):
            if ctx.type_of(holder) in STANDING_TYPES:
                for tech in dict.fromkeys(techs):
                    yield Candidate(holder, "focusesOn", tech, "focus:dominated-market", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r10focus_drive_nouns"))
def drive_to_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Uzbekistan's drive to cover its cities with surveillance cameras``, ``India's push to build its own
    chips``: an actor's drive or plan to make, build or deploy a technology says it works on it."""
    nouns = ctx.lex.words("r10focus_drive_nouns")
    verbs = ctx.lex.words("r10focus_purpose_verbs") | ctx.lex.words("r10focus_drive_verbs")
    for noun in ctx.find(sent, nouns):
        acts = [c for c in noun.children if c.dep_ == "acl" and c.lemma_ in verbs
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        if not acts or noun.pos_ != "NOUN" or noun.lower_ not in nouns or \
                not any(c.dep_ == "poss" for c in noun.children) or ctx.negated(noun):
            continue  # the cheap tests first: most drives and plans have no owner's infinitive
        owners = [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)
                  if ctx.type_of(a) in STANDING_TYPES]
        for verb in acts if owners else ():
            if ctx.negated(verb):
                continue
            techs = [t for c in verb.children
                     if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("with", "for", "in", "into"))
                     for t in ctx.technologies(c, shallow=True)]
            for owner in dict.fromkeys(owners):
                for tech in dict.fromkeys(techs):
                    yield Candidate(owner, "focusesOn", tech, "focus:drive-to", "asserted", sent)


@triggered_by(lambda lex: frozenset({"both", "all"}), types=("Country",))
def both_described_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Zain and Ooredoo, both Kuwaiti operators, sell phones``: the parser makes the description one more
    conjunct of the names (``both`` their conjunction); each name is based in the description's country."""
    for ent in ctx.index.ents_typed(sent, "Country", ctx.type_of):
        noun = group_noun(ent.root, ctx)
        if noun is None or noun.dep_ != "conj" or noun.head.i >= noun.i:
            continue
        opener = ctx.doc[noun.left_edge.i - 1] if noun.left_edge.i > sent.start else None
        if noun.left_edge.lower_ not in ("both", "all") and (opener is None or opener.lower_ not in ("both", "all")):
            continue
        group = [noun.head] + [c for c in noun.head.conjuncts if c.i < noun.i]
        names = [a for t in group for a in ctx.actors(t, conj=False) if ctx.type_of(a) == "Organization"]
        if len(names) < 2:
            continue
        for org in dict.fromkeys(names):
            yield Candidate(org, "basedIn", ent.kb_id_, "based:both-described", "asserted", sent)
